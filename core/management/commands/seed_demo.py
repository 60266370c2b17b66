from importlib import import_module, util
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = "Create the demo site tree and accounts. Safe to run again: it only adds what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip",
            action="append",
            default=[],
            metavar="APP",
            help="Leave out this app's demo data (for instance --skip courses); repeat for several.",
        )

    def handle(self, *args, **options):
        skip = set(options["skip"])
        for app_config in apps.get_app_configs():
            if Path(app_config.path).parent != settings.BASE_DIR:
                continue  # only the project's own apps
            if app_config.label in skip:
                continue
            module_name = f"{app_config.name}.demo"
            if util.find_spec(module_name) is None:
                continue
            self.stdout.write(f"{app_config.label}:")
            import_module(module_name).seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(_("Demo data is in place.")))
