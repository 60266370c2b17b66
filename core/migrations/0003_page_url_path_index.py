"""An index on Wagtail's page URL paths, for HomePage.route's shortcut
(docs/performance.md). A hash index on PostgreSQL (paths may be long), a
plain one elsewhere."""

from django.db import migrations

NAME = "core_page_url_path_idx"


def create(apps, schema_editor):
    using = "USING hash " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailcore_page {using}(url_path)")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_audit_entry"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
