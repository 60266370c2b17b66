from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import CoursePage, LessonPage
from .panels import learner_panels
from .selectors.pages import my_learning as my_learning_items
from .services import CourseError, course_restart, enrolment_create, lesson_mark_complete
from .services import quiz_submit as quiz_submit_service


def _back(request, fallback: str):
    # Untranslated lessons are served under the translated course's URL, so
    # the form says where to come back to.
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback or "/")


@login_required
def my_learning(request):
    items = my_learning_items(user=request.user, language=translation.get_language(), request=request)
    panels = learner_panels(request, [item.progress.course_key for item in items])
    return render(request, "courses/my_learning.html", {"items": items, "learner_panels": panels})


@login_required
@require_POST
def enrol(request, page_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        enrolment_create(user=request.user, course=course)
    except CourseError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You are enrolled. Start with the first lesson."))
    return _back(request, course.get_url(request))


@login_required
@require_POST
def restart(request, page_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        course_restart(user=request.user, course=course)
    except CourseError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("You are taking the course again. Complete it to receive a new certificate.")
        )
    return _back(request, course.get_url(request))


@login_required
@require_POST
def lesson_complete(request, page_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    try:
        lesson_mark_complete(user=request.user, lesson=lesson)
    except CourseError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Lesson marked as complete."))
    return _back(request, lesson.get_url(request))


def _answers(post) -> dict[str, list[str]]:
    return {key.removeprefix("q-"): post.getlist(key) for key in post if key.startswith("q-")}


@login_required
@require_POST
def quiz_submit(request, page_id: int, assessment_key: str):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    try:
        outcome = quiz_submit_service(
            user=request.user, lesson=lesson, assessment_key=assessment_key, answers=_answers(request.POST)
        )
    except CourseError as error:
        messages.error(request, error.message)
        return _back(request, lesson.get_url(request))
    if outcome.passed:
        messages.success(request, _("You passed with %(score)s%%.") % {"score": f"{outcome.score:g}"})
    else:
        messages.warning(
            request, _("Your score is %(score)s%%, below the pass mark.") % {"score": f"{outcome.score:g}"}
        )
    response = _back(request, lesson.get_url(request))
    response["Location"] += f"#quiz-{assessment_key}"
    return response
