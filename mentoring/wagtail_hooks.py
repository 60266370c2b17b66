from django.urls import include, path
from wagtail import hooks

from . import viewsets
from .selectors import mentor_learner_scope

hooks.register("mentor_learner_scope", mentor_learner_scope)


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return viewsets.CohortViewSet("cohorts")


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("cohorts/<int:pk>/trainees/", viewsets.cohort_trainees, name="trainees"),
        path(
            "cohorts/<int:pk>/trainees/<int:user_id>/remove/",
            viewsets.cohort_trainee_remove,
            name="trainee_remove",
        ),
        path(
            "cohorts/<int:pk>/trainees/<int:user_id>/dates/",
            viewsets.cohort_membership_dates,
            name="membership_dates",
        ),
        path(
            "cohorts/<int:pk>/trainees/<int:user_id>/resend/",
            viewsets.cohort_invitation_resend,
            name="invitation_resend",
        ),
    ]
    return [path("mentoring/", include((urls, "mentoring_admin"), namespace="mentoring_admin"))]
