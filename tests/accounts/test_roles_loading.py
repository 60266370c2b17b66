"""A person's roles are read once per request, in one query, and a role
change shows on their next request."""

from http import HTTPStatus

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.roles import Role, role_assign, user_roles


def test_the_roles_are_read_in_one_query_and_remembered(make_user):
    mentor = get_user_model().objects.get(pk=make_user(role=Role.MENTOR).pk)
    with CaptureQueriesContext(connection) as first:
        assert user_roles(mentor) == {Role.MENTOR}
    with CaptureQueriesContext(connection) as again:
        assert user_roles(mentor) == {Role.MENTOR}
    assert len(first) == 1
    assert not again.captured_queries


def test_a_role_given_counts_on_this_object_and_on_the_next_request(make_user, client):
    trainee = make_user(role=Role.TRAINEE)
    loaded = get_user_model().objects.get(pk=trainee.pk)
    assert user_roles(loaded) == {Role.TRAINEE}
    role_assign(user=loaded, role=Role.MENTOR)
    assert user_roles(loaded) == {Role.TRAINEE, Role.MENTOR}

    client.force_login(trainee)
    url = reverse("mentoring:workspace")
    trainee.groups.clear()
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    role_assign(user=trainee, role=Role.MENTOR)
    assert client.get(url).status_code == HTTPStatus.OK
