"""When a trainee joined and left a cohort: set on adding, editable by staff
in the cohort's trainee list, audited, and filled in for existing rows by
the migration."""

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.urls import reverse

from core.models import AuditEntry
from mentoring import services
from mentoring.models import CohortMembership


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("starts_on", "today", "expected"),
    [
        (date(2026, 3, 2), date(2026, 2, 10), date(2026, 3, 2)),  # added before the start: the start
        (date(2026, 3, 2), date(2026, 4, 20), date(2026, 4, 20)),  # added later: that day
    ],
)
def test_a_trainee_joins_on_the_later_of_the_day_added_and_the_cohorts_start(
    cohort, staff, starts_on, today, expected, monkeypatch
):
    cohort.starts_on = starts_on
    cohort.save()
    monkeypatch.setattr(services.timezone, "localdate", lambda: today)
    services.trainee_add(
        cohort=cohort,
        data={"email": "new.officer@example.org", "preferred_language": "ru"},
        actor=staff,
        base_url="http://testserver/",
    )
    membership = CohortMembership.objects.get(cohort=cohort, user__email="new.officer@example.org")
    assert membership.joined_on == expected and membership.left_on is None


@pytest.mark.django_db
def test_active_on_counts_the_joining_and_the_leaving_day(cohort, trainee):
    CohortMembership.objects.filter(cohort=cohort, user=trainee).update(
        joined_on=date(2026, 3, 2), left_on=date(2026, 3, 31)
    )
    active = CohortMembership.objects.filter(cohort=cohort)
    assert [active.active_on(day).exists() for day in (date(2026, 3, 1), date(2026, 3, 2))] == [False, True]
    assert [active.active_on(day).exists() for day in (date(2026, 3, 31), date(2026, 4, 1))] == [True, False]


def _row_form(page: str, user_id: int) -> str:
    action = reverse("mentoring_admin:membership_dates", args=[page_cohort(page), user_id])
    return page.split(f'action="{action}"')[1].split("</form>")[0]


def page_cohort(page: str) -> int:
    return int(re.search(r"/admin/mentoring/cohorts/(\d+)/trainees/\d+/dates/", page).group(1))


@pytest.mark.django_db
def test_staff_change_the_dates_in_the_trainee_list_and_it_is_audited(client, staff, cohort, trainee):
    client.force_login(staff)
    url = reverse("mentoring_admin:trainees", args=[cohort.pk])
    page = client.get(url).text
    form = _row_form(page, trainee.pk)
    joined = CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on
    # The row's form shows the stored dates, under the names the view reads.
    assert f'name="joined_on" value="{joined.isoformat()}"' in form and 'name="left_on"' in form
    response = client.post(
        reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]),
        {"joined_on": "2026-03-03", "left_on": "2026-05-31"},
    )
    assert response.status_code == HTTPStatus.FOUND and response.url == url
    membership = CohortMembership.objects.get(cohort=cohort, user=trainee)
    assert (membership.joined_on, membership.left_on) == (date(2026, 3, 3), date(2026, 5, 31))
    entry = AuditEntry.objects.get(action="mentoring.membership_dates")
    assert entry.actor == staff and entry.details["trainee"] == trainee.email
    assert entry.details["joined_on"] == "2026-03-03" and entry.details["left_on"] == "2026-05-31"
    assert 'value="2026-05-31"' in _row_form(client.get(url).text, trainee.pk)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"joined_on": "2026-03-03", "left_on": "2026-03-01"}, "cannot leave a cohort before joining it"),
        ({"joined_on": "", "left_on": ""}, "This field is required."),
        ({"joined_on": "soon", "left_on": ""}, "Enter a valid date."),
    ],
)
def test_bad_dates_are_refused_with_the_reason_and_change_nothing(
    client, staff, cohort, trainee, data, message
):
    client.force_login(staff)
    before = (
        CohortMembership.objects.filter(cohort=cohort, user=trainee).values_list("joined_on", "left_on").get()
    )
    response = client.post(reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]), data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.text
    after = (
        CohortMembership.objects.filter(cohort=cohort, user=trainee).values_list("joined_on", "left_on").get()
    )
    assert after == before
    assert not AuditEntry.objects.filter(action="mentoring.membership_dates").exists()


@pytest.mark.django_db
def test_mentors_cannot_change_membership_dates(client, mentor, cohort, trainee):
    client.force_login(mentor)
    before = CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on
    response = client.post(
        reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]),
        {"joined_on": "2020-01-01", "left_on": ""},
    )
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on == before


BEFORE = [("mentoring", "0002_retally_cited_reasoning_only")]
AFTER = [("mentoring", "0004_membership_dates_required")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_fills_in_the_later_of_the_day_added_and_the_cohorts_start(make_user, migrator):
    early, late = make_user(email="early@example.org"), make_user(email="late@example.org")
    apps = migrator(BEFORE)
    Cohort = apps.get_model("mentoring", "Cohort")
    Membership = apps.get_model("mentoring", "CohortMembership")
    cohort = Cohort.objects.create(
        name="C", country="KZ", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 5)
    )
    Membership.objects.create(cohort=cohort, user_id=early.pk)
    Membership.objects.create(cohort=cohort, user_id=late.pk)
    # 19:30 UTC on 1 April is 2 April in Tashkent, the programme's time zone.
    Membership.objects.filter(user_id=early.pk).update(added_at=datetime(2026, 2, 1, 8, tzinfo=UTC))
    Membership.objects.filter(user_id=late.pk).update(added_at=datetime(2026, 4, 1, 19, 30, tzinfo=UTC))
    apps = migrator(AFTER)
    rows = dict(
        apps.get_model("mentoring", "CohortMembership").objects.values_list("user__email", "joined_on")
    )
    assert rows == {"early@example.org": date(2026, 3, 2), "late@example.org": date(2026, 4, 2)}


def _import(client, cohort, content: bytes, filename: str = "trainees.csv", **headers):
    """Post the import form as the trainee page renders it, with `content` as its file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.html_forms import page_form

    url = reverse("mentoring_admin:trainees", args=[cohort.pk])
    form = page_form(client.get(url, **headers).text, action="import")
    assert "import-file" in form.names()
    data = form.data() | {"import-file": SimpleUploadedFile(filename, content)}
    return client.post(url, data, **headers)


def _dates(cohort) -> dict:
    return {
        email: (joined, left)
        for email, joined, left in CohortMembership.objects.filter(cohort=cohort).values_list(
            "user__email", "joined_on", "left_on"
        )
    }


@pytest.mark.django_db
def test_an_import_sets_each_rows_joining_and_leaving_day_and_defaults_as_adding_one(
    client, staff, cohort, trainee
):
    from django.utils import timezone

    before = _dates(cohort)[trainee.email]
    client.force_login(staff)
    content = (
        "email,full_name,joined_on,left_on\n"
        "aigul@example.org,Aigul Karimova,2026-03-02,2026-03-31\n"
        "serik@example.org,Serik Zhakupov,2026-02-20,\n"
        "dilshod@example.org,Dilshod Rahimov,,\n"
        f"{trainee.email},,2020-01-01,2020-02-01\n"
    ).encode()
    response = _import(client, cohort, content)
    assert response.status_code == HTTPStatus.FOUND
    default = max(timezone.localdate(), cohort.starts_on)
    dates = _dates(cohort)
    assert dates["aigul@example.org"] == (date(2026, 3, 2), date(2026, 3, 31))
    assert dates["serik@example.org"] == (date(2026, 2, 20), None)
    assert dates["dilshod@example.org"] == (default, None)
    # Someone already in the cohort keeps their membership as it was.
    assert dates[trainee.email] == before
    # The trainee list shows what was stored.
    page = client.get(reverse("mentoring_admin:trainees", args=[cohort.pk])).text
    aigul = CohortMembership.objects.get(cohort=cohort, user__email="aigul@example.org").user_id
    assert 'value="2026-03-31"' in _row_form(page, aigul)


@pytest.mark.django_db
def test_an_xlsx_date_cell_is_read_as_its_day(client, staff, cohort):
    import io
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["email", "joined_on", "left_on"])
    book.active.append(["serik@example.org", datetime(2026, 3, 3), "2026-04-30"])
    buffer = io.BytesIO()
    book.save(buffer)
    client.force_login(staff)
    response = _import(client, cohort, buffer.getvalue(), filename="trainees.xlsx")
    assert response.status_code == HTTPStatus.FOUND
    assert _dates(cohort)["serik@example.org"] == (date(2026, 3, 3), date(2026, 4, 30))


@pytest.mark.django_db
def test_bad_dates_in_an_import_are_named_by_row_and_nothing_changes(client, staff, cohort):
    from django.contrib.auth import get_user_model

    users, memberships = get_user_model().objects.count(), dict(_dates(cohort))
    client.force_login(staff)
    content = (
        b"email,joined_on,left_on\n"
        b"good@example.org,2026-03-02,\n"
        b"dotted@example.org,01.03.2026,\n"
        b"short@example.org,2026-3-1,\n"
        b"nonsense@example.org,2026-02-30,\n"
        b"backwards@example.org,2026-03-10,2026-03-09\n"
        b"early@example.org,,2020-01-01\n"
        b"compact@example.org,,20260301\n"
    )
    response = _import(client, cohort, content)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    text = response.text
    assert "Row 3: joined_on “01.03.2026” is not a date written YYYY-MM-DD" in text
    assert "Row 4: joined_on “2026-3-1” is not a date" in text
    assert "Row 5: joined_on “2026-02-30” is not a date" in text
    assert (
        "Row 6: left_on 2026-03-09 is before the day the trainee joins the cohort (joined_on 2026-03-10)"
        in text
    )
    assert "Row 7: left_on 2020-01-01 is before the day the trainee joins the cohort" in text
    assert "Row 8: left_on “20260301” is not a date" in text
    assert "Row 2" not in text
    assert get_user_model().objects.count() == users and _dates(cohort) == memberships
    assert not AuditEntry.objects.filter(action="mentoring.trainees_import").exists()


@pytest.mark.django_db
def test_a_bad_date_is_explained_in_the_importers_language(cohort, staff):
    from django.utils import translation

    with translation.override("ru"):
        with pytest.raises(services.MentoringError) as raised:
            services.trainees_import(
                cohort=cohort,
                content=b"email,joined_on\nserik@example.org,01.03.2026\n",
                filename="t.csv",
                actor=staff,
                base_url="http://testserver/",
            )
        message = str(raised.value.problems[0])
    assert message == "Строка 2: joined_on «01.03.2026» — не дата в виде ГГГГ-ММ-ДД (например, 2026-03-01)."
    assert not CohortMembership.objects.filter(cohort=cohort, user__email="serik@example.org").exists()


class _Table(HTMLParser):
    """The text of each cell of each row of the tables of class `css_class`
    (every table when it is empty)."""

    def __init__(self, css_class: str):
        super().__init__(convert_charrefs=True)
        self.css_class, self.inside, self.rows, self.cell = css_class, False, [], None

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and (not self.css_class or self.css_class in classes):
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif self.inside and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join(self.cell.split()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def _table_rows(html: str, css_class: str) -> list[list[str]]:
    parser = _Table(css_class)
    parser.feed(html)
    return parser.rows


@pytest.mark.django_db
def test_the_workspace_counts_only_what_a_trainee_did_while_in_the_cohort(
    client, mentor, cohort, trainee, course
):
    """Attempts and lessons before joining and after leaving are not the
    cohort's, in the mentor workspace as in the programme's figures."""
    from zoneinfo import ZoneInfo

    from courses.models import CourseCompletion, Enrolment, LessonPage, LessonProgress
    from exercises.models import Attempt, AttemptMode, AttemptStatus
    from reports.selectors import Filters, programme_dashboard
    from tests.factories.exercises import published_exercise_scenario

    tz = ZoneInfo("Asia/Tashkent")

    def at(day: date):
        return datetime(day.year, day.month, day.day, 12, tzinfo=tz)

    CohortMembership.objects.filter(cohort=cohort, user=trainee).update(
        joined_on=date(2026, 3, 2), left_on=date(2026, 3, 31)
    )
    Enrolment.objects.create(user=trainee, course_key=course.translation_key)
    first, second = LessonPage.objects.live().descendant_of(course).order_by("path")[:2]
    for lesson, day in ((first, date(2026, 2, 25)), (second, date(2026, 3, 10))):
        LessonProgress.objects.create(
            user=trainee,
            course_key=course.translation_key,
            lesson_key=lesson.translation_key,
            completed_at=at(day),
            completed_how=LessonProgress.How.MARKED,
        )
    CourseCompletion.objects.create(user=trainee, course_key=course.translation_key)
    CourseCompletion.objects.filter(user=trainee).update(completed_at=at(date(2026, 4, 5)))
    scenario = published_exercise_scenario()
    attempts = {
        day: Attempt.objects.create(
            user=trainee,
            scenario=scenario,
            status=AttemptStatus.SUBMITTED,
            mode=AttemptMode.ASSESSED,
            started_at=at(day),
            submitted_at=at(day),
            pass_mark=60,
            score=score,
            passed=score >= 60,
            breakdown={"consignments": 40, "high_risk": 6, "selected": 5, "hits": 3},
        )
        for day, score in (
            (date(2026, 3, 1), 10),  # the day before joining
            (date(2026, 3, 2), 70),  # the joining day
            (date(2026, 3, 31), 90),  # the leaving day
            (date(2026, 4, 1), 30),  # the day after leaving
        )
    }
    client.force_login(mentor)
    page = client.get(reverse("mentoring:workspace")).text
    # The trainee's row: the course, attempts, mean score, awaiting feedback. One
    # of the two lessons was done in the cohort; the completion came after leaving.
    assert _table_rows(page, "mentee-progress")[1][1:] == ["50 %", "2", "80", "2"]
    for day, attempt in attempts.items():
        review = reverse("exercises:review", args=[attempt.public_id])
        assert (review in page) == (date(2026, 3, 2) <= day <= date(2026, 3, 31)), day
    mentee = client.get(reverse("mentoring:mentee", args=[cohort.pk, trainee.pk])).text
    assert [course.title, "50 %"] in _table_rows(mentee, "")
    # The programme's figures for the cohort count the same attempts.
    figures = dict(programme_dashboard(Filters(cohort=cohort), today=date(2026, 6, 15)).figures)
    assert figures["Exercise attempts"] == 2
