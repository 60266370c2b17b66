"""Goods descriptions, package types, registered activities, trade histories
and event remarks become texts by language ({"en": ..., "ru": ...}), like
OSINT pages: each plain string is kept as its English text.

A text column cannot become JSON in place on every database (PostgreSQL
would parse the old strings as JSON), so each field gets a new JSON column,
the texts are copied over (here), and the new column takes the old one's
name (0007: a separate migration, as PostgreSQL refuses to alter a table
with row changes pending in the same transaction)."""

from django.db import migrations

import scenarios.fields
import scenarios.models.scenario

# (model, field, options of the new field)
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
MODELS = {"party": "Party", "consignment": "Consignment", "containerevent": "ContainerEvent"}


def _copy(apps, schema_editor, *, forward: bool):
    if schema_editor.connection.vendor == "postgresql":
        # Check foreign keys as rows change, so that no check is left pending
        # for the column changes that follow in the same transaction.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for model_name, field, _options in FIELDS:
        model = apps.get_model("scenarios", MODELS[model_name])
        source, target = (field, f"{field}_map") if forward else (f"{field}_map", field)
        rows = []
        for row in model.objects.only("pk", source).iterator(chunk_size=2000):
            value = getattr(row, source)
            if forward:
                setattr(row, target, {"en": value} if value else {})
            else:
                text = value.get("en") or next((t for t in value.values() if t), "") if value else ""
                setattr(row, target, text)
            rows.append(row)
            if len(rows) >= 500:
                model.objects.bulk_update(rows, [target])
                rows = []
        if rows:
            model.objects.bulk_update(rows, [target])


def texts_to_maps(apps, schema_editor):
    _copy(apps, schema_editor, forward=True)


def maps_to_texts(apps, schema_editor):
    _copy(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [("scenarios", "0005_merge_difficulty_source_references")]

    operations = [
        *[
            migrations.AddField(
                model_name=model_name,
                name=f"{field}_map",
                field=scenarios.fields.TranslatedTextField(
                    **{**options, "default": options.get("default", dict), "blank": True}, multiline=False
                ),
            )
            for model_name, field, options in FIELDS
        ],
        migrations.RunPython(texts_to_maps, maps_to_texts, elidable=False),
    ]
