"""`manage.py programme_report --from 2026-01-01 --to 2026-03-31 --language ru --out report.pdf`:
the programme report (reports.programme_report) as a PDF file."""

from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from core import audit
from reports.programme_report import ReportRequest, report_pdf
from reports.selectors import Filters


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"“{value}” is not a date in the form YYYY-MM-DD.") from None


class Command(BaseCommand):
    help = "Write the programme report for a period as a PDF (figures as on the programme dashboard)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="First day, YYYY-MM-DD.")
        parser.add_argument("--to", dest="end", required=True, help="Last day, YYYY-MM-DD (included).")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="Language of the report: " + ", ".join(code for code, _name in settings.LANGUAGES) + ".",
        )
        parser.add_argument("--out", required=True, help="The PDF file to write.")

    def handle(self, *args, start, end, language, out, **options):
        start, end = _day(start), _day(end)
        if end < start:
            raise CommandError("The period ends before it starts.")
        if language not in dict(settings.LANGUAGES):
            raise CommandError(
                f"Unknown language “{language}”; use one of: {', '.join(dict(settings.LANGUAGES))}."
            )
        filters = Filters(date_from=start, date_to=end)
        with translation.override(language):
            pdf = report_pdf(ReportRequest(filters=filters, language=language))
        with open(out, "wb") as handle:
            handle.write(pdf)
        audit.record(
            "reports.programme_report",
            language=language,
            filters=filters.describe(),
            bytes=len(pdf),
            file=out,
        )
        self.stdout.write(f"{out}: {len(pdf)} bytes, {start.isoformat()} – {end.isoformat()}, {language}")
