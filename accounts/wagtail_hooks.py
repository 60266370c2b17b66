"""Role changes made in the Wagtail user editor go to the audit log."""

from wagtail import hooks

from core import audit


def _group_names(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True)) if user.pk else set()


@hooks.register("before_edit_user")
def _remember_roles(request, user):
    request._audit_roles_before = _group_names(user)


@hooks.register("after_edit_user")
def _audit_role_change(request, user):
    _record(request, user, getattr(request, "_audit_roles_before", set()))


@hooks.register("after_create_user")
def _audit_new_user_roles(request, user):
    _record(request, user, set())


def _record(request, user, before: set[str]) -> None:
    after = _group_names(user)
    if after != before:
        audit.record(
            "accounts.role_change",
            request=request,
            target=user,
            added=sorted(after - before),
            removed=sorted(before - after),
        )
