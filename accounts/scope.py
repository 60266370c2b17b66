"""Whose learner records a person may see.

Staff (and superusers) see everyone's; a trainee sees their own; a mentor
sees their own and those of the trainees in the cohorts they mentor. The
cohort rule lives in `mentoring`, which registers it through the
`mentor_learner_scope` Wagtail hook, so apps below it (courses, exercises)
apply the rule without importing it.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail import hooks

from .roles import Role, user_has_role


def learners_visible_to(user):
    """A queryset of user ids whose records `user` may read, or None for
    "everyone" (staff). Use it as `filter(user__in=...)`: one subquery."""
    User = get_user_model()
    if user is None or not user.is_authenticated or not user.is_active:
        return User.objects.none().values("pk")
    if user.is_superuser or user_has_role(user, Role.STAFF):
        return None
    condition = Q(pk=user.pk)
    if user_has_role(user, Role.MENTOR):
        for scope in hooks.get_hooks("mentor_learner_scope"):
            condition |= scope(user)
    return User.objects.filter(condition).values("pk")


def scope_learner_records(queryset, user, *, field: str = "user"):
    """`queryset` narrowed to the records of learners `user` may see."""
    visible = learners_visible_to(user)
    if visible is None:
        return queryset
    return queryset.filter(**{f"{field}__in": visible})
