"""Receivers that drop the role groups kept in the cache
(accounts.roles.user_roles) whenever someone's groups change: a user's
groups or a group's users added, removed, cleared or set (Django's
m2m_changed), a group renamed or deleted, a user deleted (so that a new
account given the same id, which SQLite may do, starts afresh). Connected in
AccountsConfig.ready.

Rows of the membership table written directly, not through the relation,
send no signal (Django sends none for the tables it creates for a
many-to-many relation); no code of ours does that, and what is kept expires
within ROLES_SECONDS."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from .roles import roles_forget_everywhere


def _members(group) -> list:
    return list(group.user_set.values_list("pk", flat=True))


def _groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # a user's groups
        roles_forget_everywhere([instance.pk])
    elif action == "pre_clear":  # a group's users, all of them
        roles_forget_everywhere(_members(instance))
    else:  # a group's users, those named
        roles_forget_everywhere(pk_set or ())


def _user_deleted(sender, instance, **kwargs) -> None:
    roles_forget_everywhere([instance.pk])


def _group_changed(sender, instance, created=False, **kwargs) -> None:
    if not created:
        roles_forget_everywhere(_members(instance))


def roles_receivers_connect() -> None:
    through = get_user_model().groups.through
    m2m_changed.connect(_groups_changed, sender=through, dispatch_uid="accounts.roles.m2m")
    post_delete.connect(_user_deleted, sender=get_user_model(), dispatch_uid="accounts.roles.user_deleted")
    post_save.connect(_group_changed, sender=Group, dispatch_uid="accounts.roles.group_saved")
    pre_delete.connect(_group_changed, sender=Group, dispatch_uid="accounts.roles.group_deleted")
