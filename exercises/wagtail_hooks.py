from wagtail import hooks

from .viewsets import AttemptViewSet


@hooks.register("register_admin_viewset")
def register_attempt_viewset():
    return AttemptViewSet("exercise_attempts")


# The editor warns when a course's exercises cannot reach the assessed forms
# its certificate needs (exercises/course_checks.py).
@hooks.register("before_edit_page")
def warn_unreachable_certificate_evidence(request, page):
    from .course_checks import course_evidence_warn

    if request.method == "GET":
        course_evidence_warn(request, page)


@hooks.register("after_publish_page")
def warn_unreachable_certificate_evidence_after_publish(request, page):
    from .course_checks import course_evidence_warn

    course_evidence_warn(request, page)
