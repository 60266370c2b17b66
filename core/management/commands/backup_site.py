"""`manage.py backup_site --output DIR`: the database and the media files, in a
form `restore_site` loads into an empty installation of the same version."""

import json
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
DATABASE_FILE = "database.json"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"
# The search index is rebuilt from the data after a restore (`update_index`);
# its SQLite and PostgreSQL tables differ, so it is not portable anyway.
EXCLUDED = ["wagtailsearch"]


class Command(BaseCommand):
    help = (
        "Back up the whole site: every database row (keeping primary keys, so "
        "references in page revisions and JSON stay valid) and the media files. "
        "Restore with restore_site. Stop the app servers and workers first, or "
        "take the backup while nobody works, for a consistent copy."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", required=True, help="Directory for the backup (created; must be empty)."
        )

    def handle(self, *args, output, **options):
        target = Path(output)
        if target.exists() and any(target.iterdir()):
            raise CommandError(f"The directory {target} is not empty; give a new or empty directory.")
        if not isinstance(default_storage, FileSystemStorage):
            raise CommandError(
                "The media files are in object storage; back the bucket up with the storage's own "
                "tools (versioning, sync) and the database with pg_dump (docs/deploy.md)."
            )
        target.mkdir(parents=True, exist_ok=True)
        unmanaged = [m._meta.label for m in apps.get_models() if not m._meta.managed]  # views, reports
        call_command(
            "dumpdata",
            exclude=[*EXCLUDED, *unmanaged],
            output=str(target / DATABASE_FILE),
            verbosity=0,
        )
        media_root = Path(settings.MEDIA_ROOT)
        with tarfile.open(target / MEDIA_FILE, "w:gz") as archive:
            if media_root.is_dir():
                for path in sorted(media_root.iterdir()):
                    archive.add(path, arcname=path.name)
        migrations = sorted(
            f"{app}.{name}"
            for app, name in MigrationRecorder(connection).migration_qs.values_list("app", "name")
        )
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database_vendor": connection.vendor,
            "migrations": migrations,
        }
        (target / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        self.stdout.write(f"Backed up the database and {media_root} to {target}.")
