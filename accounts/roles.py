"""Roles and the one helper every view uses to check them.

A role is a Django group with a fixed name. Superusers hold every role.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import wraps

from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    TRAINEE = "Trainee"
    MENTOR = "Mentor"
    STAFF = "Programme staff"

    @property
    def label(self) -> str:
        return str(ROLE_LABELS[self])


ROLE_LABELS = {
    Role.TRAINEE: _("Trainee"),
    Role.MENTOR: _("Mentor"),
    Role.STAFF: _("Programme staff"),
}

# Scenarios: mentors author and review; staff see everything, truth included,
# and may export, but do not edit.
_SCENARIO_MODELS = (
    "scenario",
    "consignment",
    "indicator",
    "party",
    "osintpage",
    "containerevent",
    "consignmenttruth",
)
SCENARIO_VIEWER_PERMISSIONS: tuple[str, ...] = (
    *(f"scenarios.view_{model}" for model in _SCENARIO_MODELS),
    "scenarios.view_scenario_truth",
    "scenarios.export_scenario",
)
SCENARIO_AUTHOR_PERMISSIONS: tuple[str, ...] = (
    *SCENARIO_VIEWER_PERMISSIONS,
    *(f"scenarios.{action}_{model}" for model in _SCENARIO_MODELS for action in ("add", "change", "delete")),
    "scenarios.review_scenario",
)

# Permissions each role's group carries, as "app_label.codename". Later
# capabilities add theirs here so one migrate brings every group up to date.
ROLE_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.TRAINEE: (),
    Role.MENTOR: (
        "wagtailadmin.access_admin",
        *SCENARIO_AUTHOR_PERMISSIONS,
        "wagtail_localize.submit_translation",
        "courses.view_enrolment",
        # H5P content, not libraries: h5p.upload_h5p_libraries is granted separately.
        "h5p.add_h5pactivity",
        "h5p.change_h5pactivity",
        "h5p.delete_h5pactivity",
        "h5p.view_h5pactivity",
        "exercises.view_attempt",
    ),
    Role.STAFF: (
        "wagtailadmin.access_admin",
        "accounts.view_user",
        "accounts.add_user",
        "accounts.change_user",
        *SCENARIO_VIEWER_PERMISSIONS,
        "courses.view_enrolment",
        "courses.add_enrolment",
        "exercises.view_attempt",
        "certificates.view_certificate",
        "certificates.issue_certificate",
        "certificates.revoke_certificate",
        "certificates.regenerate_certificate",
        "certificates.view_certificatetemplate",
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "mentoring.view_cohort",
        "mentoring.add_cohort",
        "mentoring.change_cohort",
        "mentoring.delete_cohort",
        "mentoring.import_trainees",
        "reports.view_programme_dashboard",
        "core.view_auditentry",
    ),
}

_CACHE_ATTR = "_pcu_role_names"

# Seconds the shared cache keeps a user's role groups at most. Any change of
# them drops the entry at once (roles_forget_everywhere, connected in
# accounts/apps.py), so this only bounds how long an entry nobody reads stays.
ROLES_SECONDS = 300
# What a dropped entry holds for a minute (a request's longest, the app
# servers' timeout): readers then ask the database, and a reader who read
# the groups before the change cannot store them again (cache.add only adds
# a missing entry).
_CHANGED = "changed"
CHANGED_SECONDS = 60


def _roles_key(user_pk) -> str:
    return f"accounts:roles:{user_pk}"


def user_roles(user) -> frozenset[Role]:
    """The roles `user` holds (all of them for a superuser, none when
    anonymous or inactive, both read from the user's own row).

    The names of the user's groups are kept in the default cache, shared by
    every app server, and dropped whenever they change (see
    roles_forget_everywhere); read in one query when not kept, and
    remembered on the user object for the rest of the request.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(Role)
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        key = _roles_key(user.pk)
        names = cache.get(key)
        if names is None or names == _CHANGED:
            stored = names is None
            names = tuple(user.groups.values_list("name", flat=True))
            if stored:
                cache.add(key, names, ROLES_SECONDS)
        cached = frozenset(role for role in Role if role.value in names)
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_roles(user) -> None:
    """Drop what `user` remembers of their roles (after changing them)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def roles_forget_everywhere(user_pks) -> None:
    """Drop the kept group names of the users `user_pks` on every app server:
    now, for this transaction's own reads, and again once it commits. Until
    the mark expires their roles are read from the database, so a reader who
    read the groups before the change cannot keep them (CHANGED_SECONDS)."""
    keys = [_roles_key(pk) for pk in user_pks]
    if not keys:
        return

    def mark() -> None:
        cache.set_many(dict.fromkeys(keys, _CHANGED), CHANGED_SECONDS)

    mark()
    transaction.on_commit(mark, robust=True)


def user_has_role(user, *roles: Role) -> bool:
    """True when `user` holds at least one of `roles`."""
    return bool(user_roles(user) & set(roles))


def role_required(*roles: Role) -> Callable:
    """View decorator: anonymous users go to the login page, users without one
    of `roles` get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not user_has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def role_assign(*, user, role: Role, actor=None, request=None) -> None:
    """Give `user` the group of `role` (idempotent). When someone does it (an
    `actor` or a `request` is given: a sign-up, a trainee import), a role
    newly given goes to the audit log like a change in the Wagtail user
    editor; set-up scripts (the demo, tests) pass neither."""
    from core import audit

    group = Group.objects.get(name=role.value)
    if user.groups.filter(pk=group.pk).exists():
        return
    user.groups.add(group)
    forget_roles(user)
    if actor is not None or request is not None:
        audit.record(
            "accounts.role_change", actor=actor, request=request, target=user, added=[role.value], removed=[]
        )


@transaction.atomic
def role_groups_ensure() -> None:
    """Create the role groups and give each its listed permissions (never removes
    what an administrator added)."""
    for role, perm_names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role.value)
        perms = []
        for name in perm_names:
            app_label, codename = name.split(".")
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm is not None:
                perms.append(perm)
        group.permissions.add(*perms)
