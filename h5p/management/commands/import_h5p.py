from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from h5p.models import GradingPolicy
from h5p.services import activity_import
from h5p.validation import PackageInvalid


class Command(BaseCommand):
    help = (
        "Import an .h5p file as an H5P activity, libraries included (the operator's full rights). "
        "Prints the new activity's id."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to the .h5p file")
        parser.add_argument("--title", help="activity title (default: the title in h5p.json)")
        parser.add_argument(
            "--grading-policy", choices=[choice.value for choice in GradingPolicy], default=GradingPolicy.BEST
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            with path.open("rb") as stream:
                activity = activity_import(
                    stream=stream,
                    title=options["title"],
                    grading_policy=options["grading_policy"],
                    may_upload_libraries=True,
                )
        except PackageInvalid as exc:
            raise CommandError(f"{path}: {exc.message}") from exc
        self.stdout.write(str(activity.pk))
