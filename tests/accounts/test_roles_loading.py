"""The signed-in user is loaded with their roles in one query
(accounts.backends), and a role change shows on their next request."""

from http import HTTPStatus

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.backends import ModelBackend
from accounts.roles import Role, role_assign, user_roles


def test_the_backend_reads_the_roles_with_the_user(make_user):
    mentor = make_user(role=Role.MENTOR)
    loaded = ModelBackend().get_user(mentor.pk)
    with CaptureQueriesContext(connection) as ctx:
        roles = user_roles(loaded)
    assert roles == {Role.MENTOR}
    assert not ctx.captured_queries


def test_an_unknown_or_inactive_user_is_not_loaded(make_user):
    inactive = make_user(is_active=False)
    assert ModelBackend().get_user(inactive.pk) is None
    assert ModelBackend().get_user(10**9) is None
    assert ModelBackend().get_user("not a number") is None


def test_a_role_given_counts_on_this_object_and_on_the_next_request(make_user, client):
    trainee = make_user(role=Role.TRAINEE)
    loaded = ModelBackend().get_user(trainee.pk)
    assert user_roles(loaded) == {Role.TRAINEE}
    role_assign(user=loaded, role=Role.MENTOR)
    assert user_roles(loaded) == {Role.TRAINEE, Role.MENTOR}

    client.force_login(trainee)
    url = reverse("mentoring:workspace")
    trainee.groups.clear()
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    role_assign(user=trainee, role=Role.MENTOR)
    assert client.get(url).status_code == HTTPStatus.OK
