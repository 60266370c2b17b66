"""Races on PostgreSQL: the same request arriving several times at once (double
clicks, two tabs, a retry racing the original) gives one result each.

SQLite serialises writers, so there is nothing to race there: these tests
skip. Run them with
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/pytest tests/security/test_concurrency.py`.
The plain double submission and the plain double certificate issuance are in
`tests/exercises/test_concurrency.py` and `tests/certificates/test_issuance.py`.
"""

import threading
from unittest import mock

import pytest
from django.db import connection, connections

from accounts.roles import Role
from exercises import errors, services
from exercises.models import Attempt, Selection
from tests.factories.exercises import published_exercise_scenario

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs PostgreSQL row locks"),
]


def race(*calls):
    """Run the callables at the same moment, each in its own thread (and so
    its own database connection). Returns (results, errors) in call order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)
    failures = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as exc:  # noqa: BLE001 - returned to the test
            failures[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


@pytest.fixture
def en_home(site_tree):
    from core.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


def _fresh(attempt):
    return Attempt.objects.get(pk=attempt.pk)


def test_concurrent_enrolment_creates_one_enrolment(en_home, trainee):
    from courses.models import Enrolment
    from courses.services import enrolment_create
    from tests.factories.courses import build_course

    assert connection.vendor == "postgresql"
    course = build_course(en_home, lessons=1, slug="race-course")
    results, failures = race(*[lambda: enrolment_create(user=trainee, course=course).pk] * 6)
    assert failures == [None] * 6
    assert len(set(results)) == 1
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_concurrent_issuance_gives_one_certificate_per_cycle_and_unique_codes(en_home, make_user):
    from certificates import services as certificate_services
    from certificates.models import Certificate
    from tests.factories.courses import build_course

    course = build_course(en_home, lessons=1, slug="race-cert")
    course.certificate_enabled = True
    course.save_revision().publish()
    course.refresh_from_db()
    trainees = [make_user(role=Role.TRAINEE) for _i in range(3)]

    def issue(user):
        return lambda: certificate_services.certificate_issue(user=user, course=course).pk

    with mock.patch.object(certificate_services, "_enqueue_render"):
        # Three trainees, each completing twice at once.
        results, failures = race(*[issue(user) for user in trainees * 2])
        assert failures == [None] * 6
        assert len(set(results)) == 3
        first = Certificate.objects.get(user=trainees[0])
        certificate_services.certificate_revoke(certificate=first, reason="Issued in error", revoked_by=None)
        # A new cycle after revocation, requested four times at once.
        again, failures = race(*[issue(trainees[0])] * 4)
    assert failures == [None] * 4
    assert len(set(again)) == 1
    assert sorted(Certificate.objects.filter(user=trainees[0]).values_list("cycle", flat=True)) == [1, 2]
    codes = list(Certificate.objects.values_list("code", flat=True))
    assert len(codes) == 4
    assert len(set(codes)) == 4


def test_autosaves_of_different_items_at_once_lose_no_row(trainee):
    scenario = published_exercise_scenario(consignments=6, budget=6)
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    refs = list(attempt.items.values_list("ref", flat=True))
    start = attempt.revision

    def save(ref):
        return lambda: (
            services.attempt_save_item(
                attempt=_fresh(attempt), user=trainee, ref=ref, selected=True, indicators=["IND-21"]
            ).revision
        )

    revisions, failures = race(*[save(ref) for ref in refs])
    assert failures == [None] * 6
    assert sorted(revisions) == list(range(start + 1, start + 7))
    assert set(Selection.objects.filter(attempt=attempt).values_list("item__ref", flat=True)) == set(refs)
    assert _fresh(attempt).revision == start + 6


def test_autosaves_of_one_item_at_once_last_write_wins(trainee):
    scenario = published_exercise_scenario()
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    ref = attempt.items.first().ref

    def save(text):
        return lambda: (
            services.attempt_save_item(
                attempt=_fresh(attempt), user=trainee, ref=ref, selected=True, justification=text
            ).revision,
            text,
        )

    results, failures = race(*[save(f"note {n}") for n in range(6)])
    assert failures == [None] * 6
    # Saves are serialised by the attempt's row lock: the one that got the
    # highest revision committed last, and its text is what is stored.
    assert len({revision for revision, _text in results}) == 6
    last = max(results)[1]
    assert Selection.objects.get(attempt=attempt).justification == last


def test_autosaves_from_two_tabs_on_the_same_revision_one_wins(trainee):
    scenario = published_exercise_scenario()
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    ref = attempt.items.first().ref
    revision = attempt.revision

    def save(text):
        return lambda: services.attempt_save_item(
            attempt=_fresh(attempt),
            user=trainee,
            ref=ref,
            selected=True,
            justification=text,
            revision=revision,
        )

    results, failures = race(*[save(f"tab {n}") for n in range(4)])
    won = [n for n, result in enumerate(results) if result is not None]
    assert len(won) == 1
    assert all(isinstance(f, errors.StaleSaveError) for n, f in enumerate(failures) if n not in won)
    assert Selection.objects.get(attempt=attempt).justification == f"tab {won[0]}"
    assert _fresh(attempt).revision == revision + 1


def test_submission_racing_an_autosave_scores_what_was_saved(trainee):
    scenario = published_exercise_scenario(consignments=6, budget=6)
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    first, late = list(attempt.items.values_list("ref", flat=True))[:2]
    services.attempt_save_item(attempt=attempt, user=trainee, ref=first, selected=True, indicators=["IND-21"])

    results, failures = race(
        lambda: services.attempt_save_item(attempt=_fresh(attempt), user=trainee, ref=late, selected=True),
        lambda: services.attempt_submit(attempt=_fresh(attempt), user=trainee),
        lambda: services.attempt_submit(attempt=_fresh(attempt), user=trainee),
    )
    assert failures[1:] == [None, None]
    assert failures[0] is None or isinstance(failures[0], errors.AttemptClosedError)
    done = _fresh(attempt)
    saved = set(Selection.objects.filter(attempt=attempt).values_list("item__ref", flat=True))
    # Either the save came first and counts, or it was refused and nothing was stored.
    assert saved == ({first, late} if failures[0] is None else {first})
    assert done.breakdown["selected"] == len(saved)
    assert results[1].score == results[2].score == done.score


def test_concurrent_first_h5p_state_saves_keep_one_row(trainee, en_home):
    from courses.models import LessonPage
    from courses.services import enrolment_create
    from h5p import services as h5p_services
    from h5p.models import H5PUserState
    from tests.factories.courses import build_course
    from tests.factories.h5p import make_activity, place_in_lesson

    course = build_course(en_home, lessons=1, slug="race-h5p")
    lesson = LessonPage.objects.descendant_of(course).get()
    activity = make_activity(title="Race activity")
    block_id = place_in_lesson(lesson, activity)
    enrolment_create(user=trainee, course=course)

    def save(n):
        return lambda: (
            h5p_services.state_save(
                user=trainee, activity=activity, state=f'{{"n": {n}}}', lesson_id=lesson.pk, block_id=block_id
            ).state
        )

    results, failures = race(*[save(n) for n in range(4)])
    assert failures == [None] * 4
    assert H5PUserState.objects.filter(user=trainee).count() == 1
    assert H5PUserState.objects.get(user=trainee).state in results
