"""Faults: a process dying half-way through a write, the task worker down for a
while, the database unavailable. Nothing is half-written, nothing is lost,
and the work completes when it is tried again."""

import io
import json
from datetime import timedelta
from http import HTTPStatus
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from exercises import services
from exercises.models import Attempt, AttemptStatus, Selection
from tests.factories.exercises import published_exercise_scenario

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Killed(Exception):  # noqa: N818 - stands for the process being stopped
    """Raised where the process would have died."""


def _first_ref(attempt):
    return attempt.items.order_by("position").first().ref


def test_a_submission_dying_after_its_first_write_leaves_the_attempt_open_and_a_retry_submits(trainee):
    attempt = services.attempt_start(user=trainee, scenario=published_exercise_scenario())
    services.attempt_save_item(attempt=attempt, user=trainee, ref=_first_ref(attempt), selected=True)
    revision = Attempt.objects.get(pk=attempt.pk).revision
    # The scored UPDATE has run when the work after the commit is queued: die there.
    with mock.patch.object(services.transaction, "on_commit", side_effect=Killed), pytest.raises(Killed):
        services.attempt_submit(attempt=attempt, user=trainee)
    stored = Attempt.objects.get(pk=attempt.pk)
    assert (stored.status, stored.submitted_at, stored.score, stored.breakdown, stored.revision) == (
        AttemptStatus.SELECTING,
        None,
        None,
        {},
        revision,
    )
    done = services.attempt_submit(attempt=attempt, user=trainee)
    assert done.is_submitted and done.score is not None
    assert done.breakdown["selected"] == 1


def test_an_autosave_dying_after_its_first_write_stores_nothing_and_a_retry_saves(trainee):
    attempt = services.attempt_start(user=trainee, scenario=published_exercise_scenario())
    ref = _first_ref(attempt)
    # The selection row is written before the revision bump: die at the bump.
    with mock.patch.object(services, "_bump", side_effect=Killed), pytest.raises(Killed):
        services.attempt_save_item(attempt=attempt, user=trainee, ref=ref, selected=True, justification="x")
    assert not Selection.objects.filter(attempt=attempt).exists()
    assert Attempt.objects.get(pk=attempt.pk).revision == attempt.revision
    services.attempt_save_item(attempt=attempt, user=trainee, ref=ref, selected=True, justification="x")
    assert Selection.objects.get(attempt=attempt).justification == "x"


def test_a_certificate_render_dying_while_storing_leaves_no_half_stored_pdf_and_the_retry_renders(trainee):
    from certificates import services as certificate_services
    from certificates.models import Certificate
    from tests.factories.certificates import CertificateFactory

    certificate = CertificateFactory(user=trainee)
    storage = certificate.pdf.storage
    real_save = storage.save
    saved = []

    def dies_on_the_second_file(name, content, **kwargs):
        if saved:
            raise Killed
        saved.append(real_save(name, content, **kwargs))
        return saved[-1]

    with (
        mock.patch.object(storage, "save", side_effect=dies_on_the_second_file),
        mock.patch.object(certificate_services, "_retry") as retry,
    ):
        assert certificate_services.certificate_render_attempt(certificate_id=certificate.pk) == "retrying"
    retry.assert_called_once_with(certificate.pk)
    stored = Certificate.objects.get(pk=certificate.pk)
    assert (stored.pdf.name, stored.pdf_archival.name, stored.pdf_status) == (
        "",
        "",
        Certificate.PdfStatus.PENDING,
    )
    assert not storage.exists(saved[0]), "the first file written was left behind"
    # The queued retry (run here directly) stores both files.
    assert certificate_services.certificate_render_attempt(certificate_id=certificate.pk) == "ready"
    stored = Certificate.objects.get(pk=certificate.pk)
    assert stored.pdf_status == Certificate.PdfStatus.READY
    assert storage.open(stored.pdf.name).read(5) == b"%PDF-"
    assert storage.exists(stored.pdf_archival.name)


def test_work_queued_while_the_worker_was_down_is_done_when_it_runs(
    trainee, make_user, django_capture_on_commit_callbacks
):
    """Certificates issued and attempts running out of time while no worker
    runs: the restarted worker renders the queued PDFs, and the periodic
    `close_overdue_attempts` job (queued by cron meanwhile) closes the attempts at
    their deadline, not at the restart."""
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate
    from exercises.tasks import close_overdue_attempts
    from tests.factories.certificates import CertificateFactory

    with override_settings(TASKS=DB_TASKS):
        from certificates.services import _enqueue_render

        certificate = CertificateFactory(user=trainee)
        with django_capture_on_commit_callbacks(execute=True):
            _enqueue_render(certificate.pk)
        scenario = published_exercise_scenario(time_limit_minutes=5)
        started = timezone.now() - timedelta(minutes=30)
        attempts = [
            services.attempt_start(user=make_user(), scenario=scenario, now=started) for _i in range(2)
        ]
        close_overdue_attempts.enqueue()
        queued = set(DBTaskResult.objects.ready().values_list("task_path", flat=True))
        assert {
            "certificates.tasks.render_certificate_pdf",
            "exercises.tasks.close_overdue_attempts",
        } <= queued
        assert Certificate.objects.get(pk=certificate.pk).pdf_status == Certificate.PdfStatus.PENDING
        assert not Attempt.objects.submitted().exists()

        # The worker drops connections whose autocommit differs from the
        # settings; inside this test's transaction that would close the
        # test's own PostgreSQL connection.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert not DBTaskResult.objects.ready().exists()
    assert Certificate.objects.get(pk=certificate.pk).pdf_status == Certificate.PdfStatus.READY
    for attempt in attempts:
        attempt.refresh_from_db()
        assert attempt.is_submitted and attempt.expired
        assert attempt.submitted_at == attempt.deadline


@pytest.mark.parametrize("step", ["autosave", "submit"])
def test_a_database_outage_during_a_save_gives_503_with_retry_and_the_resent_request_is_kept(trainee, step):
    attempt = services.attempt_start(user=trainee, scenario=published_exercise_scenario())
    ref = _first_ref(attempt)
    client = Client(raise_request_exception=False)
    client.force_login(trainee)
    if step == "autosave":
        url = reverse("exercises:item", kwargs={"public_id": attempt.public_id, "ref": ref})
        data = {"selected": "on", "justification": "Seal number differs", "revision": attempt.revision}
        target = "attempt_save_item"
    else:
        services.attempt_save_item(attempt=attempt, user=trainee, ref=ref, selected=True)
        url = reverse("exercises:submit", kwargs={"public_id": attempt.public_id})
        data = {}
        target = "attempt_submit"

    def post():
        return client.post(url, data, HTTP_ACCEPT="application/json", HTTP_X_REQUESTED_WITH="XMLHttpRequest")

    with mock.patch.object(services, target, side_effect=OperationalError("server closed the connection")):
        response = post()
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response["Retry-After"] == "30"
    body = json.loads(response.content)
    assert (body["ok"], body["retry"]) == (False, True)
    stored = Attempt.objects.get(pk=attempt.pk)
    assert not stored.is_submitted
    # What the browser keeps and sends again once the database is back:
    response = post()
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    if step == "autosave":
        assert Selection.objects.get(attempt=attempt).justification == "Seal number differs"
    else:
        assert Attempt.objects.get(pk=attempt.pk).is_submitted


def test_a_task_left_running_by_a_killed_worker_is_queued_again_and_done(
    trainee, django_capture_on_commit_callbacks
):
    """A worker killed after claiming a task leaves it marked running; the
    requeue command (run by the same timer as the overdue attempts) puts it
    back, and the next worker finishes it. A task still within its time is
    left alone."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate
    from core.models import AuditEntry
    from tests.factories.certificates import CertificateFactory

    with override_settings(TASKS=DB_TASKS):
        from certificates.services import _enqueue_render

        stalled_certificate, busy_certificate = CertificateFactory(user=trainee), CertificateFactory()
        with django_capture_on_commit_callbacks(execute=True):
            _enqueue_render(stalled_certificate.pk)
            _enqueue_render(busy_certificate.pk)
        rows = list(DBTaskResult.objects.filter(task_path="certificates.tasks.render_certificate_pdf"))
        assert len(rows) == 2
        stalled, busy = sorted(rows, key=lambda r: r.args_kwargs["args"][0] != stalled_certificate.pk)
        for row, started in ((stalled, timezone.now() - timedelta(hours=2)), (busy, timezone.now())):
            row.claim("worker-that-died")
            DBTaskResult.objects.filter(pk=row.pk).update(started_at=started)

        out = io.StringIO()
        call_command("requeue_stalled_tasks", stdout=out)
        assert "requeued 1 stalled task(s)" in out.getvalue()
        assert DBTaskResult.objects.get(pk=stalled.pk).status == TaskResultStatus.READY
        assert DBTaskResult.objects.get(pk=busy.pk).status == TaskResultStatus.RUNNING
        entry = AuditEntry.objects.get(action="tasks.requeue_stalled")
        assert entry.details == {"count": 1, "tasks": ["certificates.tasks.render_certificate_pdf"]}

        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert Certificate.objects.get(pk=stalled_certificate.pk).pdf_status == Certificate.PdfStatus.READY
    assert DBTaskResult.objects.get(pk=stalled.pk).status == TaskResultStatus.SUCCESSFUL
