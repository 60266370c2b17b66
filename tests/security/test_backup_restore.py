"""Backup and restore: a site with a submitted exercise attempt, an H5P result
and a certificate (with its PDFs) is backed up, restored by a separate
process into a fresh SQLite database and media directory — twice — and the
restored site holds the same records, files and verifiable certificates."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from accounts.roles import Role

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ROOT = Path(settings.BASE_DIR)
COMPARED = [
    "accounts.user",
    "exercises.attempt",
    "exercises.selection",
    "courses.enrolment",
    "h5p.h5pattempt",
    "h5p.h5pstatement",
    "certificates.certificate",
    "core.auditentry",
]
VERB = "http://adlnet.gov/expapi/verbs/"


# Django's JSON serializer writes times to the millisecond, and leaves the
# fraction out when it is zero: a time the backup kept as 12:00:05.000 reads
# back as 12:00:05 (one time in a thousand made at 12:00:05.000xxx).
WHOLE_SECOND = re.compile(r'(T\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)"')


def _rows(text: str) -> list:
    text = WHOLE_SECOND.sub(r'\1.000\2"', text)
    return sorted(json.loads(text), key=lambda row: (row["model"], str(row["pk"])))


def _manage(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture
def small_site(site_tree, make_user):
    from certificates import services as certificate_services
    from core.models import HomePage
    from courses.models import LessonPage
    from courses.services import enrolment_create
    from exercises import services
    from h5p.services import statement_record
    from tests.factories.courses import build_course
    from tests.factories.exercises import published_exercise_scenario
    from tests.factories.h5p import make_activity, place_in_lesson

    trainee = make_user(role=Role.TRAINEE, email="restored@example.org")
    attempt = services.attempt_start(user=trainee, scenario=published_exercise_scenario())
    ref = attempt.items.order_by("position").first().ref
    services.attempt_save_item(attempt=attempt, user=trainee, ref=ref, selected=True, indicators=["IND-21"])
    attempt = services.attempt_submit(attempt=attempt, user=trainee)

    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=1, slug="backup-course")
    course.certificate_enabled = True
    course.save_revision().publish()
    lesson = LessonPage.objects.descendant_of(course).get()
    activity = make_activity(title="Backup activity")
    block_id = place_in_lesson(lesson, activity)
    enrolment_create(user=trainee, course=course)
    for verb in ("answered", "completed"):
        statement_record(
            user=trainee,
            activity=activity,
            statement={
                "actor": {"name": "x", "mbox": "mailto:x@example.org"},
                "verb": {"id": VERB + verb},
                "object": {"id": activity.xapi_object_id, "objectType": "Activity"},
                "result": {"score": {"min": 0, "max": 10, "raw": 7, "scaled": 0.7}},
            },
            session="5f0c1d2e-8a7b-4c3d-9e1f-a2b3c4d5e6f7",
            lesson_id=lesson.pk,
            block_id=block_id,
        )
    certificate = certificate_services.certificate_issue(user=trainee, course=course)
    assert certificate_services.certificate_render_attempt(certificate_id=certificate.pk) == "ready"
    certificate.refresh_from_db()
    return certificate


def test_a_backup_restores_twice_into_a_fresh_database_with_identical_records(small_site, tmp_path):
    from certificates.services import certificate_content

    certificate = small_site
    backup = tmp_path / "backup"
    call_command("backup_site", output=str(backup), verbosity=0)
    assert {p.name for p in backup.iterdir()} == {"database.json", "media.tar.gz", "manifest.json"}
    expected = _rows(_dump())
    assert {row["model"] for row in expected} >= {
        "exercises.attempt",
        "h5p.h5pattempt",
        "certificates.certificate",
    }
    payload = certificate_content(certificate).payload
    pdf = Path(settings.MEDIA_ROOT, certificate.pdf.name).read_bytes()

    media = tmp_path / "media"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "restore-test-key",
    }
    for replace in ([], ["--replace"]):
        result = _manage(env, "restore_site", str(backup), *replace)
        assert result.returncode == 0, result.stderr
        dumped = _manage(env, "dumpdata", *COMPARED)
        assert dumped.returncode == 0, dumped.stderr
        assert _rows(dumped.stdout) == expected
        assert (media / certificate.pdf.name).read_bytes() == pdf
        assert (media / certificate.pdf_archival.name).is_file()
        for value in (certificate.code, payload):
            verified = _manage(env, "verify_certificate", value)
            assert verified.returncode == 0, verified.stderr
            assert verified.stdout.startswith("VALID")

    # A third time without --replace is refused, naming the problem, and changes nothing.
    refused = _manage(env, "restore_site", str(backup))
    assert refused.returncode != 0
    assert "already holds data" in refused.stderr


def _dump() -> str:
    from io import StringIO

    out = StringIO()
    call_command("dumpdata", *COMPARED, stdout=out)
    return out.getvalue()


def test_restore_refuses_a_directory_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="is not a backup made by backup_site"):
        call_command("restore_site", str(tmp_path))


def test_backup_refuses_a_directory_that_is_not_empty(tmp_path):
    (tmp_path / "something").write_text("x")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("backup_site", output=str(tmp_path))
