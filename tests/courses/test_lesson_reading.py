"""The lesson's reading (courses.selectors.pages.lesson_reading): the blocks
that show every reader the same are rendered once per lesson, revision and
language and come from the cache; nothing of one reader (their token, their
quiz state) and nothing unpublished gets into it (docs/performance.md)."""

import json
import re
import uuid
from http import HTTPStatus

from django.test import Client
from django.urls import reverse

from core.content_version import content_version_bump
from courses.models import AssessmentAttempt, LessonPage
from courses.selectors.pages import lesson_reading
from courses.services import enrolment_create

from .conftest import translation_of

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _lesson(course):
    return LessonPage.objects.live().descendant_of(course).order_by("path").first()


def _rewrite_behind_the_signals(lesson, html):
    body = [{"type": "rich_text", "id": str(uuid.uuid4()), "value": html}]
    LessonPage.objects.filter(pk=lesson.pk).update(body=json.dumps(body))


def test_shared_blocks_come_from_the_cache_with_their_markup(make_course, client, trainee):
    course = make_course(lessons=1)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = _lesson(course)
    assert "<p>Lesson 1 text.</p>" in client.get(lesson.url).content.decode()
    _rewrite_behind_the_signals(lesson, "<p>Rewritten behind the signals.</p>")
    html = client.get(lesson.url).content.decode()
    assert "<p>Lesson 1 text.</p>" in html  # kept, and not escaped on the way back
    assert "Rewritten" not in html
    content_version_bump()
    assert "<p>Rewritten behind the signals.</p>" in client.get(lesson.url).content.decode()


def test_a_republished_lesson_shows_its_new_text_at_once(make_course, client, trainee):
    course = make_course(lessons=1)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = _lesson(course)
    client.get(lesson.url)
    lesson.body = [("rich_text", "<p>Weigh the container first.</p>")]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "<p>Weigh the container first.</p>" in html
    assert "Lesson 1 text." not in html


def test_each_language_reads_its_own_blocks(sample_course, sample_lessons, make_user):
    reader = make_user()
    enrolment_create(user=reader, course=sample_course)
    english, russian = sample_lessons[0], translation_of(sample_lessons[0], "ru")
    client = Client()
    client.force_login(reader)
    for _ in range(2):  # built, then read from the cache
        en = client.get(english.url).content.decode()
        ru = client.get(russian.url).content.decode()
        assert "Compare the seal numbers." in en and "Сравните номера пломб." not in en
        assert "Сравните номера пломб." in ru and "Compare the seal numbers." not in ru


def test_the_reading_is_built_from_the_published_lesson_never_a_draft(make_course):
    from django.utils import translation

    course = make_course(lessons=1)
    lesson = _lesson(course)
    lesson.body = [("rich_text", "<p>Unpublished draft text.</p>")]
    lesson.save_revision()
    draft = lesson.get_latest_revision_as_object()
    assert draft.live_revision_id == lesson.live_revision_id  # a draft carries the live revision's id
    with translation.override("en"):
        reading = lesson_reading(draft)
    html = "".join(part.html for part in reading.body_parts)
    assert "Lesson 1 text." in html
    assert "Unpublished" not in html


def test_a_preview_renders_the_draft_and_leaves_the_cache_to_the_published_lesson(
    make_course, client, trainee
):
    course = make_course(lessons=1)
    enrolment_create(user=trainee, course=course)
    lesson = _lesson(course)
    draft = _lesson(course)
    draft.body = [("rich_text", "<p>Unpublished draft text.</p>")]
    preview = draft.make_preview_request().render().content.decode()
    assert "Unpublished draft text." in preview
    client.force_login(trainee)
    html = client.get(lesson.url).content.decode()
    assert "Lesson 1 text." in html and "Unpublished" not in html


def test_each_reader_gets_their_own_quiz_and_token_on_a_cached_lesson(make_course, make_user):
    course = make_course(lessons=1, quiz_in_last=True)
    lesson = _lesson(course)
    key = lesson.body[0].id
    readers = [make_user(), make_user()]
    for reader in readers:
        enrolment_create(user=reader, course=course)
    clients, tokens = [], []
    for reader in readers:
        client = Client(enforce_csrf_checks=True)
        client.force_login(reader)
        page = client.get(lesson.url)
        assert page.status_code == HTTPStatus.OK
        tokens.append(set(TOKEN.findall(page.content.decode())))
        clients.append(client)
    assert tokens[0] and tokens[1] and tokens[0].isdisjoint(tokens[1])
    for reader, client, found in zip(readers, clients, tokens, strict=True):
        client.post(
            reverse("courses:quiz_submit", args=[lesson.pk, key]),
            {"csrfmiddlewaretoken": next(iter(found)), "q-q1": "o1", "q-q2": "true"},
        )
        assert AssessmentAttempt.objects.filter(user=reader, passed=True).count() == 1
    # Each reader's page now shows their own result.
    for client in clients:
        assert "quiz-passed" in client.get(lesson.url).content.decode()
