from django.db import migrations


def add_default_indicators(apps, schema_editor):
    from scenarios.catalogue import DEFAULT_INDICATORS

    Indicator = apps.get_model("scenarios", "Indicator")
    for code, category, texts in DEFAULT_INDICATORS:
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "category": category,
                "name": {lang: name for lang, (name, _d) in texts.items()},
                "description": {lang: desc for lang, (_n, desc) in texts.items()},
            },
        )


class Migration(migrations.Migration):
    dependencies = [("scenarios", "0001_initial")]

    operations = [migrations.RunPython(add_default_indicators, migrations.RunPython.noop)]
