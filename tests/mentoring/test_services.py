"""Cohorts, trainees one by one and in bulk, session notes, indicator tallies."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from openpyxl import Workbook

from accounts.roles import Role, user_has_role
from core.models import AuditEntry
from courses.models import Enrolment
from mentoring import services
from mentoring.models import Cohort, CohortMembership, IndicatorTally, SessionNote

pytestmark = pytest.mark.django_db
User = get_user_model()
BASE = "https://academy.example.org/"


def csv_file(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode("utf-8")


def xlsx_file(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_saving_a_cohort_enrols_its_trainees_in_its_courses_and_is_audited(staff, trainee, course, mentor):
    from datetime import date

    cohort = Cohort(name="Aktau", country="KZ", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 5))
    services.cohort_save(cohort=cohort, actor=staff, mentors=[mentor], courses=[])
    CohortMembership.objects.create(cohort=cohort, user=trainee)
    assert not Enrolment.objects.exists()
    services.cohort_save(cohort=cohort, actor=staff, courses=[course])
    assert Enrolment.objects.get().user == trainee
    assert Enrolment.objects.get().course_key == course.translation_key
    assert list(AuditEntry.objects.values_list("action", flat=True).order_by("pk")) == [
        "mentoring.cohort_create",
        "mentoring.cohort_change",
    ]


def test_a_cohort_cannot_end_before_it_starts(staff):
    from datetime import date

    from django.core.exceptions import ValidationError

    cohort = Cohort(name="Aktau", country="KZ", starts_on=date(2026, 3, 5), ends_on=date(2026, 3, 2))
    with pytest.raises(ValidationError):
        services.cohort_save(cohort=cohort, actor=staff)
    assert not Cohort.objects.exists()


def test_adding_a_new_person_creates_an_invited_trainee_enrolled_in_the_courses(cohort, staff, course):
    with_commit = services.trainee_add(
        cohort=cohort,
        data={
            "email": "Gulnara.Saidova@Example.org",
            "full_name": "Гульнара Саидова",
            "preferred_language": "ru",
        },
        actor=staff,
        base_url=BASE,
    )
    assert with_commit.created == 1 and with_commit.added == 1
    user = User.objects.get(email="gulnara.saidova@example.org")
    assert user_has_role(user, Role.TRAINEE)
    assert not user.has_usable_password()
    assert Enrolment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert AuditEntry.objects.filter(action="mentoring.trainee_add").exists()


def test_the_invitation_is_sent_after_commit_in_the_trainees_language(
    cohort, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.trainee_add(
            cohort=cohort,
            data={"email": "new@example.org", "full_name": "Merdan", "preferred_language": "ru"},
            actor=staff,
            base_url=BASE,
        )
    message = mail.outbox[0]
    assert message.to == ["new@example.org"]
    assert "https://academy.example.org/ru/accounts/password/reset/key/" in message.body
    assert cohort.name in message.subject


@pytest.mark.parametrize(
    ("language", "greeting", "subject"),
    [
        ("kk", "Сәлеметсіз бе, Merdan!", "бағдарламасына шақырылдыңыз"),
        ("tg", "Салом, Merdan!", "даъват шудед"),
        ("az", "Salam, Merdan!", "proqramına dəvət olunursunuz"),
    ],
)
def test_the_invitation_text_is_in_the_trainees_language(
    cohort, staff, django_capture_on_commit_callbacks, language, greeting, subject
):
    with django_capture_on_commit_callbacks(execute=True):
        services.trainee_add(
            cohort=cohort,
            data={"email": "new@example.org", "full_name": "Merdan", "preferred_language": language},
            actor=staff,
            base_url=BASE,
        )
    message = mail.outbox[0]
    assert message.body.startswith(greeting)
    assert f"/{language}/accounts/password/reset/key/" in message.body
    assert subject in message.subject
    assert "Hello" not in message.body and "invited" not in message.subject
    # The platform's name, in front of the subject and as the sender, in the same language.
    with translation.override(language):
        name = gettext("PCU Academy")
    assert name != "PCU Academy"
    assert message.subject.startswith(f"[{name}] ")
    assert message.from_email.startswith(f"{name} <")


def test_adding_an_existing_trainee_twice_adds_them_once_and_sends_nothing(
    cohort, staff, other_trainee, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.trainee_add(
            cohort=cohort, data={"email": other_trainee.email}, actor=staff, base_url=BASE
        )
        second = services.trainee_add(
            cohort=cohort, data={"email": other_trainee.email}, actor=staff, base_url=BASE
        )
    assert (first.added, first.created, second.added, second.already) == (1, 0, 0, 1)
    assert CohortMembership.objects.filter(cohort=cohort, user=other_trainee).count() == 1
    assert mail.outbox == []


def test_a_good_csv_imports_every_row(cohort, staff, trainee, django_capture_on_commit_callbacks):
    content = csv_file(
        "email,full_name,country,agency,duty_station,preferred_language",
        "aigul@example.org,Айгуль Каримова,KZ,customs,Aktau seaport PCU,ru",
        f"{trainee.email},,,,,",
        "dilshod@example.org,Dilshod Rahimov,Uzbekistan,Police,Tashkent dry port PCU,uz",
    )
    with django_capture_on_commit_callbacks(execute=True):
        report = services.trainees_import(
            cohort=cohort, content=content, filename="cohort.csv", actor=staff, base_url=BASE
        )
    assert (report.added, report.created, report.already) == (2, 2, 1)
    dilshod = User.objects.get(email="dilshod@example.org")
    assert (dilshod.country, dilshod.agency, dilshod.preferred_language) == ("UZ", "police", "uz")
    assert sorted(m.to[0] for m in mail.outbox) == ["aigul@example.org", "dilshod@example.org"]
    entry = AuditEntry.objects.get(action="mentoring.trainees_import")
    assert entry.actor == staff and entry.details["rows"] == 3 and entry.details["file"] == "cohort.csv"
    # The accounts it created got the trainee role from the importing staff member.
    roles_given = AuditEntry.objects.filter(action="accounts.role_change")
    assert sorted(e.target_repr for e in roles_given) == sorted(
        str(u) for u in (dilshod, User.objects.get(email="aigul@example.org"))
    )
    assert {e.actor for e in roles_given} == {staff}


def test_a_good_xlsx_imports_too(cohort, staff):
    content = xlsx_file([["email", "full_name"], ["serik@example.org", "Serik Zhakupov"]])
    report = services.trainees_import(
        cohort=cohort, content=content, filename="c.xlsx", actor=staff, base_url=BASE
    )
    assert report.added == 1
    assert cohort.memberships.filter(user__email="serik@example.org").exists()


def test_bad_rows_are_reported_by_row_and_nothing_is_imported(
    cohort, staff, mentor, django_capture_on_commit_callbacks
):
    users_before = User.objects.count()
    content = csv_file(
        "email,full_name,country,agency,preferred_language",
        "good@example.org,Good Row,KZ,customs,ru",
        "not-an-address,Bad Mail,KZ,customs,ru",
        "x@example.org,Bad Country,Narnia,customs,ru",
        "good@example.org,Twice,KZ,customs,ru",
        f"{mentor.email},A Mentor,,,",
        "y@example.org,Bad Language,,,fr",
    )
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.MentoringError) as raised:
        services.trainees_import(
            cohort=cohort, content=content, filename="bad.csv", actor=staff, base_url=BASE
        )
    messages = [str(p) for p in raised.value.problems]
    assert [p.row for p in raised.value.problems] == [3, 4, 5, 6, 7]
    assert "not-an-address" in messages[0]
    assert "Narnia" in messages[1]
    assert "row 2" in messages[2]
    assert mentor.email in messages[3]
    assert "fr" in messages[4]
    assert User.objects.count() == users_before
    assert cohort.memberships.count() == 1
    assert mail.outbox == []
    assert not AuditEntry.objects.filter(action="mentoring.trainees_import").exists()


@pytest.mark.parametrize(
    ("content", "filename", "expected"),
    [
        (b"name\nx\n", "t.csv", "email"),
        (b"email,colour\na@example.org,red\n", "t.csv", "colour"),
        (b"email\n", "t.csv", "no rows"),
        (b"email\na@example.org\n", "t.txt", ".csv or .xlsx"),
        (b"not a workbook", "t.xlsx", "readable"),
        ("email\nä@example.org\n".encode("latin-1"), "t.csv", "UTF-8"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(cohort, staff, content, filename, expected):
    with pytest.raises(services.MentoringError) as raised:
        services.trainees_import(
            cohort=cohort, content=content, filename=filename, actor=staff, base_url=BASE
        )
    assert expected in raised.value.message
    assert cohort.memberships.count() == 1


def test_only_a_mentor_of_the_cohort_writes_notes_on_its_trainees(
    cohort, mentor, trainee, other_mentor, other_trainee
):
    note = services.session_note_add(cohort=cohort, mentee=trainee, author=mentor, text=" Seal log drill. ")
    assert note.text == "Seal log drill."
    with pytest.raises(services.MentoringError):
        services.session_note_add(cohort=cohort, mentee=trainee, author=other_mentor, text="x")
    with pytest.raises(services.MentoringError):
        services.session_note_add(cohort=cohort, mentee=other_trainee, author=mentor, text="x")
    with pytest.raises(services.MentoringError):
        services.session_note_add(cohort=cohort, mentee=trainee, author=mentor, text="   ")
    assert SessionNote.objects.count() == 1


def test_removing_a_trainee_keeps_their_enrolments(cohort, staff, trainee):
    services.cohort_enrol(cohort=cohort)
    services.trainee_remove(cohort=cohort, user=trainee, actor=staff)
    assert not cohort.memberships.exists()
    assert Enrolment.objects.filter(user=trainee).exists()
    with pytest.raises(services.MentoringError):
        services.trainee_remove(cohort=cohort, user=trainee, actor=staff)


def test_tallies_count_found_missed_and_over_flagged_indicators_by_category():
    breakdown = {
        "outcomes": {
            "A": {"found": ["IND-01"], "missed": ["IND-21", "IND-22"], "wrong": []},
            "B": {"found": [], "missed": ["IND-06"], "wrong": ["IND-10"]},
            "C": {"found": [], "missed": [], "wrong": ["IND-10", "IND-99"]},
        }
    }
    categories = {
        "IND-01": "parties",
        "IND-21": "container_seal",
        "IND-22": "container_seal",
        "IND-06": "route",
        "IND-10": "goods",
    }
    assert services.tallies_from_breakdown(breakdown, categories) == {
        "parties": {"planted": 1, "found": 1, "missed": 0, "wrong": 0},
        "container_seal": {"planted": 2, "found": 0, "missed": 2, "wrong": 0},
        "route": {"planted": 1, "found": 0, "missed": 1, "wrong": 0},
        "goods": {"planted": 0, "found": 0, "missed": 0, "wrong": 2},
        "other": {"planted": 0, "found": 0, "missed": 0, "wrong": 1},
    }


def test_tallies_judge_only_cited_reasoning_on_opened_high_risk_consignments():
    breakdown = {
        "outcomes": {
            "hit": {"outcome": "hit", "found": ["IND-01"], "missed": ["IND-21"], "wrong": []},
            "silent hit": {"outcome": "hit", "found": [], "missed": ["IND-21", "IND-22"], "wrong": []},
            "unopened": {"outcome": "miss", "found": [], "missed": ["IND-06"], "wrong": []},
            "decoy": {"outcome": "correct_release", "found": [], "missed": ["IND-06"], "wrong": []},
            "false alarm": {"outcome": "false_alarm", "found": ["IND-06"], "missed": [], "wrong": ["IND-10"]},
        }
    }
    categories = {
        "IND-01": "parties",
        "IND-21": "container_seal",
        "IND-22": "container_seal",
        "IND-06": "route",
    }
    assert services.tallies_from_breakdown(breakdown, categories) == {
        "parties": {"planted": 1, "found": 1, "missed": 0, "wrong": 0},
        "container_seal": {"planted": 1, "found": 0, "missed": 1, "wrong": 0},
        "other": {"planted": 0, "found": 0, "missed": 0, "wrong": 1},
    }


def test_submitting_an_attempt_writes_its_tallies_in_the_same_transaction(trainee):
    from exercises.services import attempt_save_item, attempt_start, attempt_submit
    from scenarios.truth import scenario_truth
    from tests.factories.exercises import published_exercise_scenario

    scenario = published_exercise_scenario()
    attempt = attempt_start(user=trainee, scenario=scenario)
    truth = scenario_truth(scenario=scenario)
    item = next(i for i in attempt.items.all() if truth[i.consignment_id].high_risk)
    attempt_save_item(attempt=attempt, user=trainee, ref=item.ref, selected=True, indicators=["IND-10"])
    # No after-commit callback runs here (the test's transaction never
    # commits): the tallies are written with the score.
    attempt = attempt_submit(attempt=attempt, user=trainee)
    tallies = IndicatorTally.objects.filter(attempt=attempt)
    assert tallies.exists()
    written = sorted(tallies.values_list("category", "planted", "found", "missed", "wrong"))
    services.attempt_tally(attempt=attempt)  # a second write adds nothing
    assert sorted(tallies.values_list("category", "planted", "found", "missed", "wrong")) == written
    # Only the high-risk consignment opened with a citation counts, not the unopened ones.
    assert sum(t.planted for t in tallies) == len(truth[item.consignment_id].indicators)
    assert sum(len(t.indicators) for t in truth.values()) > len(truth[item.consignment_id].indicators)
    assert sum(t.wrong for t in tallies) == len({"IND-10"} - set(truth[item.consignment_id].indicators))
    assert {t.user_id for t in tallies} == {trainee.pk}


def test_the_import_reads_sex_as_a_code_or_a_label_in_either_language(cohort, staff):
    content = csv_file(
        "email,full_name,sex",
        "aigul@example.org,Айгуль Каримова,Female",
        "dilshod@example.org,Dilshod Rahimov,male",
        "maral@example.org,Maral Annaýewa,",
    )
    with translation.override("ru"):
        services.trainees_import(cohort=cohort, content=content, filename="c.csv", actor=staff, base_url=BASE)
        services.trainee_add(
            cohort=cohort,
            data={"email": "zarina@example.org", "sex": "Предпочитаю не указывать"},
            actor=staff,
            base_url=BASE,
        )
    sexes = dict(User.objects.filter(email__contains="@example.org").values_list("email", "sex"))
    assert sexes["aigul@example.org"] == "female"
    assert sexes["dilshod@example.org"] == "male"
    assert sexes["maral@example.org"] == ""
    assert sexes["zarina@example.org"] == "prefer_not_to_say"


def test_an_unknown_sex_in_an_import_is_named_and_nothing_is_imported(cohort, staff):
    users_before = User.objects.count()
    content = csv_file("email,sex", "a@example.org,female", "b@example.org,yes")
    with pytest.raises(services.MentoringError) as raised:
        services.trainees_import(cohort=cohort, content=content, filename="c.csv", actor=staff, base_url=BASE)
    assert [p.row for p in raised.value.problems] == [3]
    assert "yes" in str(raised.value.problems[0]) and "sex" in str(raised.value.problems[0])
    assert User.objects.count() == users_before
