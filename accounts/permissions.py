"""Who may change whose account in the admin's user editor.

Superusers manage every account. Anyone else who may change users (programme
staff) manages only accounts without privileges — trainees and mentors, not
staff, not superusers, not themselves — and within them only profile fields,
the active flag and the Trainee role: never the superuser flag, a password,
or a role that gives permissions (`DELEGABLE_ROLES` carry none).
"""

from django.contrib.auth.models import Group

from .roles import Role

#: Roles a non-superuser may give and take in the user editor. They carry no
#: permission (see `ROLE_PERMISSIONS`), so giving them raises nobody.
DELEGABLE_ROLES: tuple[Role, ...] = (Role.TRAINEE,)
#: Roles whose holders staff may still look after (profile fields only).
MANAGEABLE_ROLES: tuple[Role, ...] = (Role.TRAINEE, Role.MENTOR)


def delegable_groups():
    return Group.objects.filter(name__in=[role.value for role in DELEGABLE_ROLES])


def user_can_manage_account(actor, target) -> bool:
    """True when `actor` may open `target` in the user editor and save it."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    if target.pk is not None and target.pk == actor.pk:
        return False
    if target.is_superuser or target.is_staff:
        return False
    if target.pk is None:
        return True
    allowed = {role.value for role in MANAGEABLE_ROLES}
    return not target.groups.exclude(name__in=allowed).exists()


def user_may_grant_privileges(actor) -> bool:
    """True when `actor` may set the superuser flag, passwords and any role."""
    return actor is not None and actor.is_authenticated and actor.is_active and actor.is_superuser
