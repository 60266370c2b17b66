"""`manage.py restore_site DIR`: load a `backup_site` backup into this
installation's database and media storage."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from .backup_site import DATABASE_FILE, FORMAT, MANIFEST_FILE, MEDIA_FILE

FIRST = {"contenttypes.contenttype", "auth.permission"}


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: migrates the database, replaces every row with "
        "the backup's (in one transaction), replaces the media files and rebuilds the search "
        "index. Refuses a database that already holds accounts unless --replace is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The directory backup_site wrote.")
        parser.add_argument(
            "--replace", action="store_true", help="Replace a database and media that already hold data."
        )
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index.")

    def handle(self, *args, directory, replace, skip_index, **options):
        source = Path(directory)
        for name in (MANIFEST_FILE, DATABASE_FILE, MEDIA_FILE):
            if not (source / name).is_file():
                raise CommandError(f"{source / name} is missing: this is not a backup made by backup_site.")
        manifest = json.loads((source / MANIFEST_FILE).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise CommandError(f"Unknown backup format {manifest.get('format')!r}; expected {FORMAT}.")
        if not isinstance(default_storage, FileSystemStorage):
            raise CommandError(
                "Restoring media files into object storage is not supported; see docs/deploy.md."
            )
        media_root = Path(settings.MEDIA_ROOT)

        call_command("migrate", interactive=False, verbosity=0)
        applied = {
            f"{a}.{n}" for a, n in MigrationRecorder(connection).migration_qs.values_list("app", "name")
        }
        missing = sorted(set(manifest["migrations"]) - applied)
        if missing:
            raise CommandError(
                "The backup comes from a newer version of the platform (migrations unknown here: "
                + ", ".join(missing[:5])
                + "). Update the code first."
            )
        from django.contrib.auth import get_user_model

        has_media = media_root.is_dir() and any(media_root.iterdir())
        if not replace and (get_user_model().objects.exists() or has_media):
            raise CommandError(
                "The database or the media directory already holds data; restoring replaces all of it. "
                "Run again with --replace if that is what you want."
            )

        rows = json.loads((source / DATABASE_FILE).read_text(encoding="utf-8"))
        first = [r for r in rows if r["model"] in FIRST]
        rest = [r for r in rows if r["model"] not in FIRST]
        del rows
        with tempfile.TemporaryDirectory() as work, transaction.atomic():
            # Every table emptied, content types and permissions included, so
            # the backup's primary keys load unchanged. Content types go in
            # first: signal handlers that run while the rest loads look them up.
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            ContentType.objects.clear_cache()
            for index, part in enumerate((first, rest)):
                fixture = Path(work, f"part{index}.json")
                fixture.write_text(json.dumps(part), encoding="utf-8")
                call_command("loaddata", str(fixture), verbosity=0)
            ContentType.objects.clear_cache()

        if media_root.is_dir():
            for path in media_root.iterdir():
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / MEDIA_FILE, "r:gz") as archive:
            archive.extractall(media_root, filter="data")
        if not skip_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(f"Restored {source} into the database and {media_root}.")
