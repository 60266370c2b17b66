"""Writes: a person's data download, erasure (asked for by the person,
confirmed by staff) and the retention purge. Each is audited in the core
audit log."""

from __future__ import annotations

import io
import json
import zipfile

from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import audit

from .selectors import personal_data_collect

README = _(
    "Everything PCU Academy holds about you, as of %(when)s.\n\n"
    "data.json holds every category below in one file; each CSV file holds one category "
    "for a spreadsheet (UTF-8; a cell that starts with = + - or @ is prefixed with an apostrophe "
    "so that it is never run as a formula).\n\n"
    "%(listing)s"
)


def _csv_value(value):
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def personal_data_export(*, user, request=None, language: str | None = None) -> bytes:
    """A ZIP of everything about `user` (JSON and one CSV per category), in
    `language` (the user's preferred language by default). Recorded in the
    audit log as a personal-data export."""
    from reports.exports import csv_bytes

    language = language or user.preferred_language or "en"
    with translation.override(language):
        categories = personal_data_collect(user=user, language=language)
        now = timezone.localtime().replace(microsecond=0)
        document = {
            "generated_at": now.isoformat(),
            "language": language,
            "categories": {c.key: {"title": str(c.title), "rows": c.rows} for c in categories},
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2, default=str))
            for c in categories:
                archive.writestr(
                    f"{c.key}.csv",
                    csv_bytes(
                        [label for _key, label in c.columns],
                        ([_csv_value(row.get(key)) for key, _label in c.columns] for row in c.rows),
                    ),
                )
            listing = "\n".join(f"- {c.key}.csv: {c.title} ({len(c.rows)})" for c in categories)
            archive.writestr("README.txt", str(README) % {"when": now.isoformat(), "listing": listing})
    audit.record(
        "privacy.export",
        actor=user,
        request=request,
        target=user,
        categories={c.key: len(c.rows) for c in categories},
    )
    return buffer.getvalue()
