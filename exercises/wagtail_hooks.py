from wagtail import hooks

from .viewsets import AttemptViewSet


@hooks.register("register_admin_viewset")
def register_attempt_viewset():
    return AttemptViewSet("exercise_attempts")
