"""Changes made in the Wagtail user editor and its bulk actions go to the
audit log (roles, superuser and staff flags, active flag, e-mail address,
password), and the bulk actions keep to `accounts.permissions`."""

from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.users.utils import user_can_delete_user
from wagtail.users.views.bulk_actions import AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction

from core import audit

from .permissions import delegable_groups, user_can_manage_account, user_may_grant_privileges

# Fields whose change is recorded with the values before and after.
WATCHED_FIELDS = ("is_superuser", "is_staff", "is_active", "email")
_BEFORE = "pcu_audit_user_before"


def _state(user) -> dict:
    state = {name: getattr(user, name) for name in WATCHED_FIELDS}
    state["groups"] = set(user.groups.values_list("name", flat=True)) if user.pk else set()
    state["password"] = user.password if user.pk else ""
    return state


def _empty_state() -> dict:
    return {
        "is_superuser": False,
        "is_staff": False,
        "is_active": False,
        "email": "",
        "groups": set(),
        "password": "",
    }


@hooks.register("before_edit_user")
def _remember_state(request, user):
    setattr(request, _BEFORE, _state(user))


@hooks.register("after_edit_user")
def _audit_user_edit(request, user):
    record_user_changes(request=request, user=user, before=getattr(request, _BEFORE, None) or _empty_state())


@hooks.register("after_create_user")
def _audit_new_user(request, user):
    record_user_changes(request=request, user=user, before=_empty_state(), created=True)


def record_user_changes(*, request, user, before: dict, created: bool = False) -> None:
    """One `accounts.role_change` entry when the roles (groups) changed, one
    `accounts.user_change` entry naming the other watched fields that did,
    with their values before and after (for a password: only that it was
    set)."""
    after = _state(get_user_model().objects.get(pk=user.pk))
    if after["groups"] != before["groups"]:
        audit.record(
            "accounts.role_change",
            request=request,
            target=user,
            added=sorted(after["groups"] - before["groups"]),
            removed=sorted(before["groups"] - after["groups"]),
        )
    changed = {
        name: [before[name], after[name]]
        for name in WATCHED_FIELDS
        if before[name] != after[name] and not (created and name in ("email", "is_active"))
    }
    if after["password"] != before["password"] and not (created and not user.has_usable_password()):
        changed["password"] = "set"  # noqa: S105 - a marker, never the password
    if changed:
        audit.record("accounts.user_change", request=request, target=user, changed=changed)


class GuardedAssignRoleBulkAction(AssignRoleBulkAction):
    """Wagtail's "Assign role", limited like the editor: accounts the actor
    may manage, and for non-superusers the Trainee role only. Audited."""

    def check_perm(self, obj):
        return super().check_perm(obj) and user_can_manage_account(self.request.user, obj)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not user_may_grant_privileges(self.request.user):
            form.fields["role"].queryset = delegable_groups()
        return form

    def get_execution_context(self):
        return {**super().get_execution_context(), "request": self.request}

    @classmethod
    def execute_action(cls, objects, role=None, request=None, **kwargs):
        lacking = (
            [] if role is None else [user for user in objects if not user.groups.filter(pk=role.pk).exists()]
        )
        result = super().execute_action(objects, role=role, **kwargs)
        for user in lacking:
            audit.record("accounts.role_change", request=request, target=user, added=[role.name], removed=[])
        return result


class GuardedSetActiveStateBulkAction(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and user_can_manage_account(self.request.user, obj)

    def get_execution_context(self):
        return {**super().get_execution_context(), "request": self.request}

    @classmethod
    def execute_action(cls, objects, mark_as_active=False, request=None, **kwargs):
        changing = [
            user for user in objects if user.is_active != mark_as_active and user != kwargs.get("user")
        ]
        result = super().execute_action(objects, mark_as_active=mark_as_active, **kwargs)
        for user in changing:
            audit.record(
                "accounts.user_change",
                request=request,
                target=user,
                changed={"is_active": [user.is_active, mark_as_active]},
            )
        return result


class GuardedDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, obj):
        return user_can_delete_user(self.request.user, obj) and user_can_manage_account(
            self.request.user, obj
        )


# Registered after Wagtail's own (order 1): the registry keeps the last class
# registered for an action name.
for _action in (GuardedAssignRoleBulkAction, GuardedSetActiveStateBulkAction, GuardedDeleteBulkAction):
    hooks.register("register_bulk_action", _action, order=1)
