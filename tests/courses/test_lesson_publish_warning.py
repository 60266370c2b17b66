"""Adding a lesson to a live course: the author is warned in the page editor,
before publishing, how many enrolled trainees' progress drops, and told once
it has dropped (not when the publication is only scheduled)."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.roles import Role
from courses.models import CourseCompletion, LessonPage, LessonProgress, ModulePage
from courses.services import enrolment_create, lesson_mark_complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_course(make_course, make_user):
    course = make_course(lessons=2, slug="live-course")
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    started, idle, finished = (make_user(role=Role.TRAINEE) for _ in range(3))
    for user in (started, idle, finished):
        enrolment_create(user=user, course=course)
    lesson_mark_complete(user=started, lesson=first)
    lesson_mark_complete(user=finished, lesson=first)
    CourseCompletion.objects.create(user=finished, course_key=course.translation_key)
    return course


def editor(make_user):
    return make_user(role=Role.MENTOR, is_superuser=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_the_add_lesson_page_warns_how_many_trainees_progress_drops(client, make_user, live_course):
    client.force_login(editor(make_user))
    module = ModulePage.objects.child_of(live_course).first()
    response = client.get(reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]))
    assert response.status_code == HTTPStatus.OK
    text = " ".join(messages_of(response))
    assert "Course live-course" in text and "(2 → 3)" in text
    # One trainee started and has not finished; the idle one and the finished one are not affected.
    assert "the progress of 1 enrolled trainee who has started it will drop" in text
    assert "the progress of 1 enrolled trainee who has started it will drop" in response.text


def publish_new_lesson(client, course, **fill):
    """Post the add-lesson form as the editor renders it, with "Publish"."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from tests.html_forms import rendered_forms

    module = ModulePage.objects.child_of(course).first()
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    form = next(
        f for f in rendered_forms(client.get(url).text) if "title" in f.names() and "slug" in f.names()
    )
    data = form.data(title="Lesson 3", slug="lesson-3", **fill)
    # The StreamField's inputs are written by the editor's script: an empty body.
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = ["action-publish"]
    return client.post(url, data, follow=True)


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("en", "the progress of 1 enrolled trainee dropped (all 2 lessons done is now 2 of 3)"),
        ("ru", "Прогресс 1 записанного слушателя снизился (все 2 пройденных уроков теперь — 2 из 3)"),
    ],
)
def test_publishing_the_lesson_says_what_it_did(client, make_user, live_course, language, notice):
    from wagtail.users.models import UserProfile

    user = editor(make_user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = publish_new_lesson(client, live_course)
    assert LessonPage.objects.live().filter(slug="lesson-3").exists(), messages_of(response)
    assert any(notice in m for m in messages_of(response)), messages_of(response)


def test_a_lesson_scheduled_for_later_is_not_said_to_have_lowered_anyones_progress(
    client, make_user, live_course
):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(editor(make_user))
    tomorrow = timezone.localtime() + timedelta(days=1)
    response = publish_new_lesson(client, live_course, go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"))
    lesson = LessonPage.objects.get(slug="lesson-3")
    assert not lesson.live  # scheduled, not published
    shown = messages_of(response)
    assert any("scheduled for publishing" in m for m in shown), shown
    assert not any("dropped" in m or "Published in the live course" in m for m in shown), shown


def test_editing_a_draft_lesson_warns_but_a_live_one_does_not(client, make_user, live_course):
    client.force_login(editor(make_user))
    module = ModulePage.objects.child_of(live_course).first()
    draft = LessonPage(title="Draft lesson", slug="draft-lesson", locale=module.locale)
    module.add_child(instance=draft)
    draft.save_revision()
    LessonPage.objects.filter(pk=draft.pk).update(live=False)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert any("will drop" in m for m in messages_of(response))
    live = LessonPage.objects.live().descendant_of(live_course).first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[live.pk]))
    assert not any("required lesson" in m for m in messages_of(response))


def test_no_warning_when_the_course_requires_selected_lessons_only(client, make_user, live_course):
    from courses.models import CourseRequiredLesson

    first = LessonPage.objects.live().descendant_of(live_course).order_by("path").first()
    live_course.completion_rule = "selected_lessons"
    live_course.save_revision().publish()
    CourseRequiredLesson.objects.create(course=live_course, lesson=first)
    client.force_login(editor(make_user))
    module = ModulePage.objects.child_of(live_course).first()
    response = client.get(reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]))
    assert not any("required lesson" in m for m in messages_of(response))
    assert LessonProgress.objects.exists()
