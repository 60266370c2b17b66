"""Second step of 0006: the texts by language take the old columns' names."""

from django.db import migrations, models

import scenarios.fields
import scenarios.models.scenario

# (model, field, options of the new field), as in 0006.
FIELDS = (
    ("party", "activity", {"blank": True, "max_length": 200, "verbose_name": "registered activity"}),
    ("party", "trade_history", {"blank": True, "max_length": 300, "verbose_name": "trade history"}),
    ("consignment", "goods_description", {"max_length": 300, "verbose_name": "goods description"}),
    (
        "consignment",
        "package_type",
        {
            "default": scenarios.models.scenario.default_package_type,
            "max_length": 30,
            "verbose_name": "package type",
        },
    ),
    ("containerevent", "remark", {"blank": True, "max_length": 200, "verbose_name": "remark"}),
)


class Migration(migrations.Migration):
    dependencies = [("scenarios", "0006_scenario_texts_by_language")]

    operations = [
        # Undoing the migration re-adds the old required column to rows that exist.
        migrations.AlterField(
            model_name="consignment",
            name="goods_description",
            field=models.CharField(default="", max_length=300, verbose_name="goods description"),
        ),
        *[migrations.RemoveField(model_name=model_name, name=field) for model_name, field, _o in FIELDS],
        *[
            migrations.RenameField(model_name=model_name, old_name=f"{field}_map", new_name=field)
            for model_name, field, _o in FIELDS
        ],
        # The final definitions (the temporary columns allowed blanks).
        *[
            migrations.AlterField(
                model_name=model_name,
                name=field,
                field=scenarios.fields.TranslatedTextField(
                    **{**options, "default": options.get("default", dict)}, multiline=False
                ),
            )
            for model_name, field, options in FIELDS
        ],
    ]
