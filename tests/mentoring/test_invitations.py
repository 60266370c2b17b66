"""Invitations of new trainees: tracked (sent, accepted, expired) on the
cohort's trainee page, and sent again on demand (audited)."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import AuditEntry
from mentoring.models import Invitation, InvitationStatus
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(client, staff, cohort, django_capture_on_commit_callbacks):
    client.force_login(staff)
    url = reverse("mentoring_admin:trainees", args=[cohort.pk])
    form = next(f for f in rendered_forms(client.get(url).text) if "add-email" in f.names())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, form.data(**{"add-email": "new.officer@example.org", "add-full_name": "New Officer"})
        )
    assert response.status_code == HTTPStatus.FOUND
    mail.outbox.clear()
    return Invitation.objects.get(user__email="new.officer@example.org")


def row_of(client, cohort, email):
    page = client.get(reverse("mentoring_admin:trainees", args=[cohort.pk])).text
    return page, page.split(f"<td>{email}</td>", 1)[1].split("</tr>", 1)[0]


def resend_form(page, cohort, invitation):
    action = reverse("mentoring_admin:invitation_resend", args=[cohort.pk, invitation.user_id])
    forms = [f for f in rendered_forms(page) if f.attrs.get("action") == action]
    return action, forms[0] if forms else None


def test_a_new_trainees_invitation_is_listed_as_sent(client, staff, cohort, invited):
    assert invited.status == InvitationStatus.SENT and invited.sent_by == staff and invited.times_sent == 1
    page, row = row_of(client, cohort, invited.user.email)
    assert "Sent" in row and "Send again" in row


def test_sending_again_mails_a_fresh_link_and_is_audited(
    client, staff, cohort, invited, django_capture_on_commit_callbacks
):
    page, _row = row_of(client, cohort, invited.user.email)
    action, form = resend_form(page, cohort, invited)
    before = invited.sent_at
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, form.data())
    assert response.status_code == HTTPStatus.FOUND
    assert [m.to for m in mail.outbox] == [["new.officer@example.org"]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    invited.refresh_from_db()
    assert invited.times_sent == 2 and invited.sent_at > before
    entry = AuditEntry.objects.get(action="mentoring.invitation_resend")
    assert entry.actor == staff and entry.details["trainee"] == "new.officer@example.org"
    _page, row = row_of(client, cohort, invited.user.email)
    assert "Sent 2 times" in row


def test_an_expired_invitation_says_so_and_can_be_sent_again(client, cohort, invited):
    Invitation.objects.filter(pk=invited.pk).update(sent_at=timezone.now() - timedelta(days=4))
    page, row = row_of(client, cohort, invited.user.email)
    assert "Expired" in row
    _action, form = resend_form(page, cohort, invited)
    assert form is not None


def test_an_accepted_invitation_is_marked_and_not_sent_again(client, cohort, invited, staff):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    # The trainee follows the link and chooses a password (allauth's pages).
    user = invited.user
    visitor = Client()
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    link = reverse(
        "account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": "KEY"}
    )
    link = link.replace(f"{user_pk_to_url_str(user)}-KEY", key)
    response = visitor.get(link, follow=True)
    form = next(f for f in rendered_forms(response.text) if "password1" in f.names())
    set_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = visitor.post(
        set_url, form.data(password1="Caspian-Harbour-2026", password2="Caspian-Harbour-2026")
    )
    assert response.status_code == HTTPStatus.FOUND
    invited.refresh_from_db()
    assert invited.accepted_at is not None and invited.status == InvitationStatus.ACCEPTED
    page, row = row_of(client, cohort, user.email)
    assert "Accepted" in row and "Send again" not in row
    action = reverse("mentoring_admin:invitation_resend", args=[cohort.pk, user.pk])
    response = client.post(action, follow=True)
    assert "has already chosen a password" in response.text
    assert mail.outbox == [] and not AuditEntry.objects.filter(action="mentoring.invitation_resend").exists()


def test_mentors_cannot_send_invitations_again(client, mentor, cohort, invited):
    client.force_login(mentor)
    action = reverse("mentoring_admin:invitation_resend", args=[cohort.pk, invited.user_id])
    response = client.post(action)
    # Wagtail answers a refused admin request with its dashboard.
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == reverse("wagtailadmin_home")
    invited.refresh_from_db()
    assert invited.times_sent == 1


def test_the_link_expires_after_password_reset_timeout(invited, settings):
    assert invited.expires_at - invited.sent_at == timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
