from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.roles import (
    ROLE_PERMISSIONS,
    Role,
    role_groups_ensure,
    role_required,
    user_has_role,
    user_roles,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", list(Role))
def test_role_groups_exist_with_their_permissions_after_migrate(role):
    group = Group.objects.get(name=role.value)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert set(ROLE_PERMISSIONS[role]) <= granted


def test_role_groups_ensure_keeps_permissions_an_admin_added():
    from django.contrib.auth.models import Permission

    group = Group.objects.get(name=Role.MENTOR.value)
    extra = Permission.objects.get(codename="view_user")
    group.permissions.add(extra)
    role_groups_ensure()
    assert group.permissions.filter(pk=extra.pk).exists()


@pytest.mark.parametrize(
    ("role", "checks", "expected"),
    [
        (Role.TRAINEE, (Role.TRAINEE,), True),
        (Role.TRAINEE, (Role.MENTOR, Role.STAFF), False),
        (Role.MENTOR, (Role.MENTOR,), True),
        (Role.STAFF, (Role.MENTOR, Role.STAFF), True),
        (None, (Role.TRAINEE,), False),
    ],
)
def test_user_has_role(make_user, role, checks, expected):
    assert user_has_role(make_user(role=role), *checks) is expected


def test_superuser_holds_every_role(make_user):
    admin = make_user(role=None, is_superuser=True, is_staff=True)
    assert user_roles(admin) == frozenset(Role)


def test_anonymous_and_inactive_users_hold_no_role(make_user):
    assert user_roles(AnonymousUser()) == frozenset()
    assert user_roles(make_user(role=Role.STAFF, is_active=False)) == frozenset()


def test_roles_are_read_once_per_user_object(make_user, django_assert_num_queries):
    user = make_user(role=Role.MENTOR)
    with django_assert_num_queries(1):
        user_has_role(user, Role.MENTOR)
        user_has_role(user, Role.STAFF)
        user_roles(user)


@pytest.mark.parametrize(
    ("role", "expected"),
    [(Role.STAFF, HTTPStatus.OK), (Role.TRAINEE, HTTPStatus.FORBIDDEN)],
)
def test_role_required_decorator(make_user, role, expected):
    from django.core.exceptions import PermissionDenied

    @role_required(Role.STAFF)
    def view(request):
        return HttpResponse("ok")

    request = RequestFactory().get("/en/reports/")
    request.user = make_user(role=role)
    if expected == HTTPStatus.FORBIDDEN:
        with pytest.raises(PermissionDenied):
            view(request)
    else:
        assert view(request).status_code == expected


def test_role_required_sends_anonymous_users_to_login():
    @role_required(Role.STAFF)
    def view(request):
        return HttpResponse("ok")

    request = RequestFactory().get("/en/reports/")
    request.user = AnonymousUser()
    response = view(request)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]
    assert "next=/en/reports/" in response["Location"]


# The role groups kept in the cache (accounts.roles.user_roles) follow every
# change of them, whichever way it is made.


def _fresh(user):
    """The user as the next request loads it (nothing remembered on it)."""
    return type(user).objects.get(pk=user.pk)


def _roles_now(user):
    return user_roles(_fresh(user))


def _kept(user):
    """The user's roles read once the mark of the role given when the test
    made the user has expired (CHANGED_SECONDS), so now kept in the cache."""
    from django.core.cache import cache

    from accounts.roles import _roles_key

    cache.delete(_roles_key(user.pk))
    roles = _roles_now(user)
    assert isinstance(cache.get(_roles_key(user.pk)), tuple)
    return roles


def test_roles_are_read_from_the_cache_once_kept(make_user, django_assert_num_queries):
    mentor = make_user(role=Role.MENTOR)
    assert _kept(mentor) == {Role.MENTOR}
    fresh = _fresh(mentor)
    with django_assert_num_queries(0):
        assert user_roles(fresh) == {Role.MENTOR}


@pytest.mark.parametrize(
    "withdraw",
    [
        lambda user, group: user.groups.remove(group),
        lambda user, group: user.groups.clear(),
        lambda user, group: user.groups.set([]),
        lambda user, group: group.user_set.remove(user),
        lambda user, group: group.user_set.clear(),
        lambda user, group: group.delete(),
    ],
    ids=["remove", "clear", "set", "group-remove", "group-clear", "group-delete"],
)
def test_a_withdrawn_role_is_gone_at_the_next_request(make_user, withdraw):
    mentor = make_user(role=Role.MENTOR)
    assert _kept(mentor) == {Role.MENTOR}
    withdraw(_fresh(mentor), Group.objects.get(name=Role.MENTOR.value))
    assert _roles_now(mentor) == frozenset()


@pytest.mark.parametrize(
    "grant",
    [
        lambda user, group: user.groups.add(group),
        lambda user, group: group.user_set.add(user),
    ],
    ids=["add", "group-add"],
)
def test_a_granted_role_holds_at_the_next_request(make_user, grant):
    trainee = make_user(role=Role.TRAINEE)
    assert _kept(trainee) == {Role.TRAINEE}
    grant(_fresh(trainee), Group.objects.get(name=Role.STAFF.value))
    assert _roles_now(trainee) == {Role.TRAINEE, Role.STAFF}


def test_a_renamed_role_group_no_longer_gives_its_role(make_user):
    mentor = make_user(role=Role.MENTOR)
    assert _kept(mentor) == {Role.MENTOR}
    group = Group.objects.get(name=Role.MENTOR.value)
    group.name = "Former mentors"
    group.save()
    assert _roles_now(mentor) == frozenset()


def test_groups_read_before_a_change_are_not_kept_after_it(make_user):
    """A request that read the groups before a withdrawal committed, and
    stores them after, must not keep the role alive."""
    from django.core.cache import cache

    from accounts.roles import ROLES_SECONDS, _roles_key

    mentor = make_user(role=Role.MENTOR)
    assert _kept(mentor) == {Role.MENTOR}
    stale = tuple(mentor.groups.values_list("name", flat=True))  # read before the change
    mentor.groups.clear()
    cache.add(_roles_key(mentor.pk), stale, ROLES_SECONDS)  # the late reader's store
    assert _roles_now(mentor) == frozenset()


def test_a_mentor_whose_role_is_withdrawn_loses_the_workspace_at_once(make_user, client):
    mentor = make_user(role=Role.MENTOR)
    assert _kept(mentor) == {Role.MENTOR}
    client.force_login(mentor)
    assert client.get("/en/mentoring/").status_code == HTTPStatus.OK
    mentor.groups.remove(Group.objects.get(name=Role.MENTOR.value))
    assert client.get("/en/mentoring/").status_code == HTTPStatus.FORBIDDEN


def test_a_deleted_users_roles_are_not_kept_for_an_account_given_the_same_id(make_user):
    from django.core.cache import cache

    from accounts.roles import _roles_key

    staff = make_user(role=Role.STAFF)
    assert _kept(staff) == {Role.STAFF}
    pk = staff.pk
    staff.delete()
    assert not isinstance(cache.get(_roles_key(pk)), tuple)  # no group names kept for that id
