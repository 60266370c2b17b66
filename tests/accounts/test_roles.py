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
