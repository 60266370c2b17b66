import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import HomePage
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, ModulePage
from courses.services import enrolment_create

from .conftest import translation_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (CourseIndexPage, HomePage, True),
        (CoursePage, CourseIndexPage, True),
        (ModulePage, CoursePage, True),
        (LessonPage, ModulePage, True),
        (CoursePage, HomePage, False),
        (LessonPage, CoursePage, False),
        (ModulePage, CourseIndexPage, False),
        (LessonPage, LessonPage, False),
        (CourseIndexPage, CoursePage, False),
    ],
)
def test_page_tree_rules(child, parent, allowed):
    fits = child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    assert fits is allowed


def test_lessons_take_no_children():
    assert LessonPage.allowed_subpage_models() == []


def test_lesson_requires_enrolment(sample_lessons, client, trainee):
    lesson = sample_lessons[0]
    client.force_login(trainee)
    response = client.get(lesson.url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("/sample-course/")


def test_a_trainee_refused_a_lesson_is_looked_up_once(make_course, client, trainee, make_user):
    """The enrolment serve() found missing is not looked for again (through the
    lesson's course) before the trainee is sent to the course page."""
    course = make_course(lessons=2)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    enrolled = make_user()
    enrolment_create(user=enrolled, course=course)
    client.force_login(enrolled)
    assert client.get(lesson.url).status_code == HTTPStatus.OK
    client.force_login(trainee)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(lesson.url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == course.url
    enrolment_reads = [q for q in ctx.captured_queries if Enrolment._meta.db_table in q["sql"]]
    assert len(enrolment_reads) == 1


def test_anonymous_visitor_is_sent_to_sign_in(sample_lessons, client):
    response = client.get(sample_lessons[0].url)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Three papers", "Compare the seal numbers.", "Consignee", "Warning"]),
        ("ru", ["Три документа", "Сравните номера пломб.", "Грузополучатель", "Предупреждение"]),
        ("uz", ["Uchta hujjat", "Plomba raqamlarini solishtiring.", "Yuk oluvchi", "Ogohlantirish"]),
        ("tk", ["Üç resminama", "Plomba belgilerini deňeşdiriň.", "Ýük alyjy", "Duýduryş"]),
    ],
)
def test_every_block_renders_in_each_language(
    sample_course, sample_lessons, client, trainee, language, expected
):
    enrolment_create(user=trainee, course=sample_course)
    client.force_login(trainee)
    for lesson in sample_lessons:
        page = lesson if language == "en" else translation_of(lesson, language)
        response = client.get(page.url)
        assert response.status_code == HTTPStatus.OK
    reading = sample_lessons[0] if language == "en" else translation_of(sample_lessons[0], language)
    html = client.get(reading.url).content.decode()
    for text in expected:
        assert text in html
    assert "https://example.org/routes" in html


ANSWER_KEY_MARKERS = [
    "FEEDBACK-CARRIER",
    "FEEDBACK-BUYER",
    "FEEDBACK-T",
    "FEEDBACK-F",
    "correct",
    'answer"',
]


def test_answer_key_absent_from_the_quiz_before_submission(make_course, client, trainee):
    course = make_course(lessons=1, quiz_in_last=True)
    enrolment_create(user=trainee, course=course)
    lesson = LessonPage.objects.descendant_of(course).get()
    client.force_login(trainee)
    html = client.get(lesson.url).content.decode()
    assert "Who issues the bill of lading?" in html
    assert 'name="q-q1"' in html
    for marker in ["FEEDBACK-CARRIER", "FEEDBACK-BUYER", "FEEDBACK-T", "FEEDBACK-F"]:
        assert marker not in html
    assert not re.search(r"data-correct|is-correct|\"correct\"|checked", html)
    # Submitting a wrong answer shows only the feedback of what was chosen.
    url = reverse("courses:quiz_submit", args=[lesson.pk, lesson.body[0].id])
    client.post(url, {"q-q1": "o2", "q-q2": "false", "next": lesson.url})
    after = client.get(lesson.url).content.decode()
    assert "FEEDBACK-BUYER" in after
    assert "FEEDBACK-F" in after
    assert "FEEDBACK-CARRIER" not in after
    assert "FEEDBACK-T<" not in after


def test_quiz_submission_errors_are_shown_and_record_nothing(make_course, client, trainee):
    from courses.models import AssessmentAttempt

    course = make_course(lessons=1, quiz_in_last=True)
    enrolment_create(user=trainee, course=course)
    lesson = LessonPage.objects.descendant_of(course).get()
    client.force_login(trainee)
    url = reverse("courses:quiz_submit", args=[lesson.pk, lesson.body[0].id])
    response = client.post(url, {"q-q1": "o1", "next": lesson.url}, follow=True)
    assert "Question 2 has no answer." in response.content.decode()
    assert not AssessmentAttempt.objects.exists()


def test_untranslated_lesson_is_served_in_the_source_language_with_a_notice(
    sample_course, sample_lessons, client, make_user
):
    reading = sample_lessons[0]
    translation_of(reading, "ru").delete()
    trainee = make_user(language="ru")
    enrolment_create(user=trainee, course=sample_course)
    client.force_login(trainee)
    ru_course = translation_of(sample_course, "ru")
    course_html = client.get(ru_course.url).content.decode()
    assert "ещё не переведён" in course_html
    url = f"{ru_course.url}documents/reading-documents/"
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Three papers" in html
    assert "Этот урок ещё не переведён на ваш язык" in html
    assert '<html lang="ru">' in html


def test_course_page_offers_enrolment_and_then_continue(make_course, client, trainee):
    course = make_course(lessons=2)
    client.force_login(trainee)
    html = client.get(course.url).content.decode()
    assert reverse("courses:enrol", args=[course.pk]) in html
    response = client.post(reverse("courses:enrol", args=[course.pk]), {"next": course.url})
    assert response.status_code == HTTPStatus.FOUND
    html = client.get(course.url).content.decode()
    assert "Continue where you left off" in html
    assert "/lesson-1/" in html


def test_by_invitation_course_refuses_self_enrolment_over_http(make_course, client, trainee):
    from courses.models import Enrolment

    course = make_course(self_enrolment=False)
    client.force_login(trainee)
    response = client.post(reverse("courses:enrol", args=[course.pk]), follow=True)
    assert "invitation only" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_mark_complete_over_http(make_course, client, trainee):
    from courses.selectors.progress import course_progress

    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    lesson = LessonPage.objects.descendant_of(course).first()
    client.force_login(trainee)
    assert "Mark as complete" in client.get(lesson.url).content.decode()
    client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    assert course_progress(user=trainee, course=course).completed == 1
    assert "You have completed this lesson." in client.get(lesson.url).content.decode()


def test_my_learning_lists_courses_with_progress(make_course, client, trainee):
    from courses.services import lesson_mark_complete

    course = make_course(lessons=4)
    enrolment_create(user=trainee, course=course)
    lesson_mark_complete(user=trainee, lesson=LessonPage.objects.descendant_of(course).first())
    client.force_login(trainee)
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert course.title in html
    assert 'value="25"' in html
    assert "/lesson-2/" in html


def test_trainee_navigation_has_courses_and_my_learning(make_course, client, trainee):
    make_course()
    client.force_login(trainee)
    html = client.get("/en/").content.decode()
    assert f'href="{reverse("courses:my_learning")}"' in html
    assert 'href="/en/courses/"' in html


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # the first request builds what is cached for every reader
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return len(ctx.captured_queries)


def test_course_page_and_my_learning_use_as_many_queries_for_5_lessons_as_for_50(
    make_course, client, make_user
):
    from courses.services import lesson_mark_complete

    counts = {}
    for lessons in (5, 50):
        course = make_course(lessons=lessons, modules=5, slug=f"c{lessons}")
        trainee = make_user()
        enrolment_create(user=trainee, course=course)
        for lesson in LessonPage.objects.descendant_of(course)[:3]:
            lesson_mark_complete(user=trainee, lesson=lesson)
        client.force_login(trainee)
        counts[lessons] = (_queries(client, course.url), _queries(client, reverse("courses:my_learning")))
    assert counts[5] == counts[50], counts


def test_visitors_header_links_to_the_courses(make_course, client):
    make_course()
    html = client.get("/en/").content.decode()
    nav = html[
        html.index('<nav class="main-nav"') : html.index("</nav>", html.index('<nav class="main-nav"'))
    ]
    assert 'href="/en/courses/"' in nav
    assert reverse("courses:my_learning") not in nav
    assert client.get("/en/courses/").status_code == HTTPStatus.OK


@pytest.mark.parametrize(
    ("enabled", "months", "said"),
    [
        (True, 24, "Completing the course earns a certificate, valid for 24 months."),
        (True, 1, "Completing the course earns a certificate, valid for 1 month."),
        (True, None, "Completing the course earns a certificate."),
        (False, None, None),
    ],
)
def test_course_page_says_whether_a_certificate_is_issued(make_course, client, enabled, months, said):
    course = make_course()
    course.certificate_enabled = enabled
    course.certificate_validity_months = months
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    if said:
        assert said in html
    else:
        assert "earns a certificate" not in html
