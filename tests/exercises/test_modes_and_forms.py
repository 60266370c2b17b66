"""Practice and assessed attempts, parallel forms and the attempt limit.

The copy attack of the assessment-integrity issue is driven end to end
through the pages: an assessed attempt, its debrief read, a retake (or
another trainee) selecting the debrief's high-risk container numbers."""

import uuid
from http import HTTPStatus

import pytest
from django.test import override_settings
from stdnum import iso6346

from courses.models import AssessmentAttempt, LessonPage
from courses.selectors import course_progress
from courses.services import enrolment_create
from exercises import errors, services
from exercises.debrief import attempt_debrief
from exercises.models import Attempt, AttemptMode
from exercises.parallel import form_build, form_code, form_for
from scenarios import selectors as scenario_selectors
from scenarios.truth import scenario_truth
from tests.factories.attempts import attempt_items
from tests.html_forms import page_form, rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(db):
    """A generated scenario (parties, OSINT tracking and registry pages that
    name containers and companies), published."""
    from scenarios.generator import scenario_document_generate
    from scenarios.interchange import scenario_import
    from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed

    indicator_catalogue_ensure()
    document = scenario_document_generate(seed=4242, consignments=12, high_risk=3, budget=4, title="Forms")
    return scenario_publish_unreviewed(scenario=scenario_import(document=document))


def _authored(scenario):
    views = scenario_selectors.scenario_consignments(scenario=scenario)
    return views, scenario_selectors.scenario_parties(scenario=scenario)


def _start(client, scenario, mode):
    """The catalogue's "Practise" / "Start an assessed attempt" button."""
    return client.post("/en/exercises/", {"scenario": scenario.pk, "mode": mode})


def _debrief_high_risk_numbers(client, attempt) -> set[str]:
    """The container numbers the debrief page shows as high-risk."""
    html = client.get(f"/en/exercises/attempts/{attempt.public_id}/debrief/").content.decode()
    numbers = {
        r.item.consignment.container_number for r in attempt_debrief(attempt=attempt).rows if r.high_risk
    }
    assert numbers and all(n in html for n in numbers)
    return numbers


def _select_by_numbers(client, attempt, numbers) -> int:
    """What a copier does: search the workspace for each copied number and
    select what the search finds (as the item page's form posts it)."""
    selected = 0
    for number in numbers:
        html = client.get(f"/en/exercises/attempts/{attempt.public_id}/", {"q": number}).content.decode()
        for item in attempt_items(attempt=attempt):
            c = item.consignment
            if number in (c.container_number,) and f"/c/{item.ref}/" in html:
                client.post(
                    f"/en/exercises/attempts/{attempt.public_id}/c/{item.ref}/",
                    {"selected": "on", "indicators": ["IND-21"], "justification": "Copied", "revision": ""},
                )
                selected += 1
    return selected


def _submit(client, attempt) -> Attempt:
    client.post(f"/en/exercises/attempts/{attempt.public_id}/finish/")
    client.post(f"/en/exercises/attempts/{attempt.public_id}/submit/")
    attempt.refresh_from_db()
    assert attempt.is_submitted
    return attempt


# --- the parallel form itself -------------------------------------------------------


def test_a_form_redraws_the_identifiers_consistently_and_validly(generated):
    views, parties = _authored(generated)
    form = form_build(seed=123456789, identifiers=scenario_selectors.scenario_identifiers(scenario=generated))
    authored_numbers = {v.container_number for v in views}
    new_numbers = [form.container(v.container_number) for v in views]
    assert len(set(new_numbers)) == len(views)
    assert not set(new_numbers) & authored_numbers
    assert all(iso6346.is_valid(n) for n in new_numbers)
    assert all(n[:4] == v.container_number[:4] for n, v in zip(new_numbers, views, strict=True))
    for v in views:
        shown = form.consignment(v)
        # One party keeps one new name on every consignment.
        assert shown.shipper.name == form.names[v.shipper.name] != v.shipper.name
        assert shown.consignee.name == form.names[v.consignee.name] != v.consignee.name
        assert shown.transport_document_number != v.transport_document_number
        # A seal recorded at the terminal differs from the declared one exactly when it did.
        assert (set(shown.seals_recorded) == set(shown.seals_declared)) == (
            set(v.seals_recorded) == set(v.seals_declared)
        )
        assert shown.goods_description == v.goods_description
        assert shown.declared_value == v.declared_value
    # Another seed, another form; the same seed, the same form.
    other = form_build(
        seed=987654321, identifiers=scenario_selectors.scenario_identifiers(scenario=generated)
    )
    assert {other.container(v.container_number) for v in views} != set(new_numbers)
    again = form_build(
        seed=123456789, identifiers=scenario_selectors.scenario_identifiers(scenario=generated)
    )
    assert again.containers == form.containers and again.names == form.names


def test_the_osint_pages_of_a_form_name_the_forms_containers_and_companies(generated):
    views, parties = _authored(generated)
    form = form_build(seed=31337, identifiers=scenario_selectors.scenario_identifiers(scenario=generated))
    pages = [
        form.osint(p) for p in scenario_selectors.scenario_osint_pages(scenario=generated, language="en")
    ]
    text = " ".join(f"{p.url} {p.title} {p.body}" for p in pages)
    for v in views:
        assert v.container_number not in text
        assert form.container(v.container_number) in text  # its tracking page
    for party in parties:
        assert party.name not in text
        assert party.registration_number not in text


def test_form_codes_are_short_one_way_labels():
    assert form_code(None) == ""
    assert form_code(5).startswith("F-") and len(form_code(5)) == 8
    assert form_code(5) != form_code(6)


# --- modes --------------------------------------------------------------------------


def test_an_assessed_attempt_gets_a_secret_form_and_a_practice_attempt_the_scenario_as_authored(
    generated, trainee
):
    practice = services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.PRACTICE)
    assert practice.form_seed is None and form_for(practice) is None
    services.attempt_submit(attempt=practice, user=trainee)
    assessed = services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.ASSESSED)
    assert assessed.mode == AttemptMode.ASSESSED
    assert assessed.form_seed is not None
    with override_settings(PCU_SEED_SECRET="another-secret-of-another-installation"):
        from core.seeds import seed_derive

        assert seed_derive(purpose="exercises.form", parts=(assessed.public_id,)) != assessed.form_seed


def test_every_trainee_page_of_an_assessed_attempt_shows_its_form(client, generated, trainee):
    client.force_login(trainee)
    _start(client, generated, "assessed")
    attempt = Attempt.objects.get()
    form = form_for(attempt)
    views, parties = _authored(generated)
    base = f"/en/exercises/attempts/{attempt.public_id}"
    pages = [client.get(f"{base}/").content.decode()]
    items = attempt_items(attempt=attempt)
    for item in items:
        pages.append(client.get(f"{base}/c/{item.ref}/").content.decode())
    # The OSINT search finds a tracking page by the form's number, not by the authored one.
    one = views[0]
    found = client.get(f"{base}/osint/", {"q": form.container(one.container_number)}).content.decode()
    assert "0 results" not in found
    assert attempt.osint_queries.get(query=form.container(one.container_number)).results >= 1
    # (that page echoes the typed query, so it is not among the pages checked below)
    client.get(f"{base}/osint/", {"q": one.container_number})
    assert attempt.osint_queries.get(query=one.container_number).results == 0
    pages.append(client.get(f"{base}/osint/", {"q": "registry"}).content.decode())
    # Select, lock, examine: the examination page and its results.
    first = items[0]
    client.post(f"{base}/c/{first.ref}/", {"selected": "on", "indicators": ["IND-21"], "justification": "x"})
    client.post(f"{base}/finish/")
    client.post(f"{base}/examine/", {"action": "examine", "ref": first.ref, "method": "documents"})
    pages.append(client.get(f"{base}/examine/").content.decode())
    client.post(f"{base}/submit/")
    pages.append(client.get(f"{base}/debrief/").content.decode())
    html = "\n".join(pages)
    assert "Assessed attempt: it counts" in pages[0]
    for v in views:
        assert v.container_number not in html
        assert form.container(v.container_number) in html
        assert v.transport_document_number not in html
    for party in parties:
        assert party.name not in html
    assert str(attempt.form_seed) not in html


def test_the_table_pages_read_the_forms_table_values_not_the_whole_form(client, generated, trainee):
    """The workspace and the pages after the selection show the form's values
    from what the form gives the table (kept per version, form and
    language), without reading the form itself, half a megabyte for a large
    scenario, on every request."""
    from django.core.cache import cache

    from exercises.parallel import form_table_values

    client.force_login(trainee)
    _start(client, generated, "assessed")
    attempt = Attempt.objects.get()
    form = form_for(attempt)
    form_key = scenario_selectors.published_cache_key(generated, "indexed-form", attempt.form_seed)
    table = scenario_selectors.scenario_table(scenario=generated, language="en")
    base = f"/en/exercises/attempts/{attempt.public_id}"
    first = client.get(f"{base}/").content.decode()
    kept = form_table_values(attempt, table, language="en")
    assert kept == {row.id: form.row_values(row) for row in table}
    assert all(form.container(row.container_number) in first for row in table)

    item = attempt_items(attempt=attempt)[0]
    consignment = page_form(
        client.get(f"{base}/c/{item.ref}/").content.decode(), revision=str(attempt.revision)
    )
    client.post(
        f"{base}/c/{item.ref}/", consignment.data(selected="", indicators=["IND-21"], justification="x")
    )
    assert attempt.selections.get().item.ref == item.ref
    cache.delete(form_key)
    pages = [client.get(f"{base}/").content.decode(), client.get(f"{base}/finish/").content.decode()]
    finish = next(f for f in rendered_forms(pages[1]) if f.attrs.get("method") == "post")
    client.post(f"{base}/finish/", finish.data())
    attempt.refresh_from_db()
    assert attempt.selection_locked_at is not None
    pages += [client.get(f"{base}/examine/").content.decode(), client.get(f"{base}/submit/").content.decode()]
    assert cache.get(form_key) is None  # none of them needed the form
    authored = attempt.items.get(ref=item.ref).consignment.container_number
    assert all(form.container(authored) in page for page in pages)
    assert not any(authored in page for page in pages)


def test_practice_attempts_never_count_for_the_lesson(
    client, site_tree, generated, trainee, django_capture_on_commit_callbacks
):
    from core.models import HomePage
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="modes-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    block_id = str(uuid.uuid4())
    value = {"scenario": str(generated.lineage), "pass_mark": 30, "grading": "best", "attempts": 2}
    lesson.body = [{"type": "exercise", "id": block_id, "value": {**value, "required": True}}]
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    enrolment_create(user=trainee, course=course.specific)
    client.force_login(trainee)
    html = client.get(lesson.url).content.decode()
    assert 'name="mode" value="practice"' in html and 'name="mode" value="assessed"' in html
    assert "Assessed attempts left: 2 of 2." in html
    truth = scenario_truth(scenario=generated)

    def play(mode):
        client.post("/en/exercises/", {"lesson": lesson.pk, "block": block_id, "mode": mode})
        attempt = Attempt.objects.open().get(user=trainee)
        for item in [i for i in attempt.items.all() if truth[i.consignment_id].high_risk]:
            services.attempt_save_item(
                attempt=attempt,
                user=trainee,
                ref=item.ref,
                selected=True,
                indicators=sorted(truth[item.consignment_id].indicators),
            )
        with django_capture_on_commit_callbacks(execute=True):
            return services.attempt_submit(attempt=attempt, user=trainee)

    practice = play("practice")
    assert practice.mode == AttemptMode.PRACTICE and practice.passed
    assert not AssessmentAttempt.objects.exists()
    assert not course_progress(user=trainee, course=course.specific).is_complete
    assert "Assessed attempts left: 2 of 2." in client.get(lesson.url).content.decode()
    assessed = play("assessed")
    assert assessed.passed
    assert AssessmentAttempt.objects.get().details == {"attempt": str(assessed.public_id)}
    assert course_progress(user=trainee, course=course.specific).is_complete
    assert "Assessed attempts left: 1 of 2." in client.get(lesson.url).content.decode()


def test_the_assessed_attempt_limit_is_enforced_with_a_message(client, generated, trainee):
    client.force_login(trainee)
    for _n in range(2):
        _start(client, generated, "assessed")
        _submit(client, Attempt.objects.open().get())
    catalogue = client.get("/en/exercises/").content.decode()
    assert "Assessed attempts left: 0 of 2." in catalogue
    assert 'name="mode" value="assessed"' not in catalogue
    response = _start(client, generated, "assessed")
    assert response.status_code == HTTPStatus.FOUND
    assert Attempt.objects.count() == 2
    message = str(errors.NO_ATTEMPTS_LEFT % {"limit": 2})
    assert message in client.get(response["Location"]).content.decode()
    # Practice stays open.
    _start(client, generated, "practice")
    assert Attempt.objects.open().get().mode == AttemptMode.PRACTICE


def test_a_lesson_block_sets_its_own_limit(generated, trainee, site_tree):
    from core.models import HomePage
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="limit-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    enrolment_create(user=trainee, course=course.specific)
    kwargs = {"user": trainee, "scenario": generated, "lesson_page_id": lesson.pk, "block_id": "b1"}
    services.attempt_submit(
        attempt=services.attempt_start(**kwargs, mode=AttemptMode.ASSESSED, attempts_allowed=1), user=trainee
    )
    with pytest.raises(errors.ExerciseError) as refused:
        services.attempt_start(**kwargs, mode=AttemptMode.ASSESSED, attempts_allowed=1)
    assert refused.value.message == errors.NO_ATTEMPTS_LEFT % {"limit": 1}
    assert Attempt.objects.count() == 1


def test_an_open_attempt_in_the_other_mode_is_named_and_nothing_starts(generated, trainee):
    services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.PRACTICE)
    with pytest.raises(errors.ExerciseError, match="open practice attempt"):
        services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.ASSESSED)
    with pytest.raises(errors.ExerciseError, match="Unknown attempt mode"):
        services.attempt_start(user=trainee, scenario=generated, mode="exam")
    assert Attempt.objects.count() == 1


# --- the copy attack -----------------------------------------------------------------


def test_copying_the_debrief_into_the_retake_does_not_pass(client, generated, trainee):
    client.force_login(trainee)
    _start(client, generated, "assessed")
    first = Attempt.objects.get()
    # Attempt 1 at random: one container, then read the debrief.
    item = attempt_items(attempt=first)[0]
    client.post(f"/en/exercises/attempts/{first.public_id}/c/{item.ref}/", {"selected": "on"})
    first = _submit(client, first)
    copied = _debrief_high_risk_numbers(client, first)
    # The copied numbers do answer attempt 1's own form...
    assert {i.consignment.container_number for i in attempt_items(attempt=first)} >= copied
    # ...but not the retake: none of them exists on its form.
    _start(client, generated, "assessed")
    retake = Attempt.objects.open().get()
    assert retake.form_seed != first.form_seed
    shown = {i.consignment.container_number for i in attempt_items(attempt=retake)}
    assert not copied & shown
    assert _select_by_numbers(client, retake, copied) == 0
    retake = _submit(client, retake)
    assert not retake.passed
    assert retake.breakdown["hits"] == 0


def test_two_trainees_sharing_answers_gain_nothing(client, generated, trainee, make_user):
    other = make_user()
    client.force_login(trainee)
    _start(client, generated, "assessed")
    mine = Attempt.objects.get(user=trainee)
    mine = _submit(client, mine)
    shared = _debrief_high_risk_numbers(client, mine)
    client.force_login(other)
    _start(client, generated, "assessed")
    theirs = Attempt.objects.open().get(user=other)
    assert not shared & {i.consignment.container_number for i in attempt_items(attempt=theirs)}
    assert _select_by_numbers(client, theirs, shared) == 0
    theirs = _submit(client, theirs)
    assert not theirs.passed


def test_without_forms_the_copy_would_pass(client, generated, trainee):
    """The control: on the scenario as authored (practice), the same copy
    selects every high-risk container, so the tests above can fail."""
    client.force_login(trainee)
    _start(client, generated, "practice")
    first = _submit(client, Attempt.objects.get())
    copied = _debrief_high_risk_numbers(client, first)
    _start(client, generated, "practice")
    again = Attempt.objects.open().get()
    assert _select_by_numbers(client, again, copied) == len(copied)
    again = _submit(client, again)
    assert again.breakdown["hits"] == len(copied)


# --- scoring and mentors -------------------------------------------------------------


def test_the_alert_is_checked_against_the_seals_of_the_attempts_form(generated, trainee):
    attempt = services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.ASSESSED)
    item = attempt_items(attempt=attempt)[0]
    services.attempt_save_item(attempt=attempt, user=trainee, ref=item.ref, selected=True)
    services.attempt_lock_selection(attempt=attempt, user=trainee)
    authored = next(
        v for v in scenario_selectors.scenario_consignments(scenario=generated) if v.id == item.consignment.id
    )
    assert item.consignment.seals_declared[0] != authored.seals_declared[0]
    services.attempt_save_alert(
        attempt=attempt, user=trainee, item_ref=item.ref, seal=item.consignment.seals_declared[0]
    )
    with_form_seal = services.attempt_submit(attempt=attempt, user=trainee).breakdown["alert"]
    other = services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.ASSESSED)
    item2 = next(i for i in attempt_items(attempt=other) if i.consignment.id == item.consignment.id)
    services.attempt_save_item(attempt=other, user=trainee, ref=item2.ref, selected=True)
    services.attempt_lock_selection(attempt=other, user=trainee)
    services.attempt_save_alert(
        attempt=other, user=trainee, item_ref=item2.ref, seal=authored.seals_declared[0]
    )
    with_authored_seal = services.attempt_submit(attempt=other, user=trainee).breakdown["alert"]
    assert with_form_seal["correctness"] > with_authored_seal["correctness"]


def test_mentors_see_which_form_each_trainee_had(client, generated, trainee, mentor):
    from tests.factories.mentoring import cohort_build

    cohort_build(mentors=[mentor], trainees=[trainee])
    attempt = services.attempt_start(user=trainee, scenario=generated, mode=AttemptMode.ASSESSED)
    services.attempt_submit(attempt=attempt, user=trainee)
    client.force_login(mentor)
    listing = client.get("/en/exercises/review/").content.decode()
    assert attempt.form_code in listing
    review = client.get(f"/en/exercises/review/{attempt.public_id}/").content.decode()
    assert f"parallel form {attempt.form_code}" in review
    form = form_for(attempt)
    for v in scenario_selectors.scenario_consignments(scenario=generated):
        assert v.container_number in review  # as authored
        assert form.container(v.container_number) in review  # as the trainee saw it


def test_each_form_searches_its_own_words_and_a_search_reads_no_page_again(generated, make_user):
    """The texts the OSINT search reads are kept per form: two assessed
    attempts find a tracking page by their own form's container number only,
    a practice attempt by the authored one, and a repeated search reads no
    OSINT page from the database."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from exercises import selectors

    one, two = (
        services.attempt_start(user=make_user(), scenario=generated, mode=AttemptMode.ASSESSED)
        for _ in range(2)
    )
    practice = services.attempt_start(user=make_user(), scenario=generated, mode=AttemptMode.PRACTICE)
    number = _authored(generated)[0][0].container_number
    mine, theirs = form_for(one).container(number), form_for(two).container(number)
    assert len({number, mine, theirs}) == 3

    def found(attempt, query) -> int:
        return selectors.osint_search(attempt=attempt, query=query, language="en").count

    assert found(one, mine) >= 1 and found(one, theirs) == 0 and found(one, number) == 0
    assert found(two, theirs) >= 1 and found(two, mine) == 0
    assert found(practice, number) >= 1 and found(practice, mine) == 0
    with CaptureQueriesContext(connection) as queries:
        assert found(one, mine) >= 1
    assert not [q for q in queries.captured_queries if "scenarios_osintpage" in q["sql"]]
