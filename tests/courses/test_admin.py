from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.roles import Role
from courses.models import CompletionRule, CourseRequiredLesson, Enrolment, LessonPage
from courses.services import enrolment_create, lesson_mark_complete

pytestmark = pytest.mark.django_db


def test_staff_enrol_people_in_an_invitation_only_course(make_course, staff, make_user, client):
    course = make_course(self_enrolment=False)
    people = [make_user(), make_user()]
    client.force_login(staff)
    url = reverse("courses_admin:staff_enrol")
    assert client.get(url).status_code == HTTPStatus.OK
    response = client.post(url, {"course": course.pk, "users": [p.pk for p in people]})
    assert response.status_code == HTTPStatus.FOUND
    assert set(Enrolment.objects.values_list("user_id", "source")) == {(p.pk, "staff") for p in people}


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.MENTOR])
def test_only_staff_may_enrol_others(make_course, make_user, client, role):
    course = make_course()
    client.force_login(make_user(role=role))
    response = client.post(reverse("courses_admin:staff_enrol"), {"course": course.pk, "users": []})
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert not Enrolment.objects.exists()


def test_report_lists_progress_and_exports_csv_and_xlsx(make_course, trainee, staff, client):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    lesson_mark_complete(user=trainee, lesson=LessonPage.objects.descendant_of(course).first())
    client.force_login(staff)
    url = reverse("courses_admin:enrolment_report")
    html = client.get(url).content.decode()
    assert trainee.full_name in html
    assert course.title in html
    csv = client.get(url, {"export": "csv"})
    assert csv.status_code == HTTPStatus.OK
    body = csv.content.decode("utf-8-sig")
    assert trainee.email in body
    assert ",1,2,50," in body
    xlsx = client.get(url, {"export": "xlsx"})
    assert xlsx.status_code == HTTPStatus.OK
    content = xlsx.content if hasattr(xlsx, "content") else b"".join(xlsx.streaming_content)
    assert content[:2] == b"PK"


def test_report_shows_rules_pointing_at_deleted_lessons(make_course, staff, client):
    course = make_course(lessons=2)
    course.completion_rule = CompletionRule.SELECTED_LESSONS
    course.save()
    lesson = LessonPage.objects.descendant_of(course).last()
    CourseRequiredLesson.objects.create(course=course, lesson=lesson)
    lesson.delete()
    client.force_login(staff)
    html = client.get(reverse("courses_admin:enrolment_report")).content.decode()
    assert "A required lesson was deleted; the rule is ignored." in html


def test_trainee_cannot_see_the_report(trainee, client):
    client.force_login(trainee)
    response = client.get(reverse("courses_admin:enrolment_report"))
    assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)


def test_mentor_can_author_pages_in_the_course_tree(make_course, mentor):
    from courses.models import CourseIndexPage
    from courses.services import course_tree_permissions_grant

    course = make_course()
    course_tree_permissions_grant()
    index = CourseIndexPage.objects.get()
    assert index.permissions_for_user(mentor).can_add_subpage()
    assert course.permissions_for_user(mentor).can_edit()
    assert course.permissions_for_user(mentor).can_publish()
    assert not index.get_parent().permissions_for_user(mentor).can_edit()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_enrolment_report_file_states_its_filters_and_defines_each_column(
    make_course, trainee, staff, client, fmt
):
    import csv as csv_module
    import io

    from openpyxl import load_workbook

    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    client.force_login(staff)
    texts = {}
    for language, about, heading in (
        ("en", "About this file", "Definitions"),
        ("ru", "Об этом файле", "Определения"),
    ):
        response = client.get(
            reverse("courses_admin:enrolment_report"),
            {"export": fmt, "course_key": str(course.translation_key)},
            HTTP_ACCEPT_LANGUAGE=language,
        )
        assert response.status_code == HTTPStatus.OK
        if fmt == "csv":
            lines = list(csv_module.reader(io.StringIO(response.content.decode("utf-8-sig"))))
            head, table = lines[: lines.index([])], lines[lines.index([]) + 1 :]
        else:
            book = load_workbook(io.BytesIO(response.content))
            head = [["" if v is None else str(v) for v in row] for row in book.worksheets[0].values]
            table = [["" if v is None else str(v) for v in row] for row in book.worksheets[1].values]
        assert head[0][0] == about and len(table) == 2 and table[1][1] == trainee.email
        names = [row[0] for row in head]
        context = dict(row for row in head[1 : names.index("")])
        assert context[table[0][4]] == course.title  # the course filter, by the column's own word
        defined = {row[0]: row[1] for row in head[names.index(heading) + 1 :] if row[0]}
        assert all(defined.get(column) for column in table[0]), (table[0], defined)
        texts[language] = [defined[column] for column in table[0]]
    assert all(
        ru != en and any("а" <= ch <= "я" for ch in ru)
        for ru, en in zip(texts["ru"], texts["en"], strict=True)
    )
