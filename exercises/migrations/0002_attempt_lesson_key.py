from django.db import migrations, models


def lesson_keys_fill(apps, schema_editor):
    """Existing lesson attempts get their lesson's translation key."""
    Attempt = apps.get_model("exercises", "Attempt")
    Page = apps.get_model("wagtailcore", "Page")
    page_ids = set(
        Attempt.objects.filter(lesson_page_id__isnull=False).values_list("lesson_page_id", flat=True)
    )
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    for page_id, key in keys.items():
        Attempt.objects.filter(lesson_page_id=page_id).update(lesson_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="lesson_key",
            field=models.UUIDField(
                blank=True, db_index=True, null=True, verbose_name="lesson translation key"
            ),
        ),
        migrations.RunPython(lesson_keys_fill, migrations.RunPython.noop),
    ]
