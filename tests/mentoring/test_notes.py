"""Session notes: their author edits and deletes them (audited, without the
text); nobody else can, not a co-mentor, not staff, not the trainee."""

from datetime import date
from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.roles import Role
from core.models import AuditEntry
from mentoring.models import SessionNote
from mentoring.services import MentoringError, session_note_add, session_note_change, session_note_delete
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def note(cohort, mentor, trainee):
    return session_note_add(
        cohort=cohort, mentee=trainee, author=mentor, text="PRIVATE-FIRST", session_on=date(2026, 3, 3)
    )


@pytest.fixture
def co_mentor(make_user, cohort):
    user = make_user(role=Role.MENTOR, email="co.mentor@example.org")
    cohort.mentors.add(user)
    return user


def urls(note):
    args = [note.cohort_id, note.mentee_id, note.pk]
    return reverse("mentoring:note_edit", args=args), reverse("mentoring:note_delete", args=args)


def test_the_author_edits_a_note_from_the_mentee_page(client, mentor, note):
    client.force_login(mentor)
    mentee_url = reverse("mentoring:mentee", args=[note.cohort_id, note.mentee_id])
    page = client.get(mentee_url).text
    edit_url, delete_url = urls(note)
    assert f'href="{edit_url}"' in page and f'action="{delete_url}"' in page
    form = next(f for f in rendered_forms(client.get(edit_url).text) if "note-text" in f.names())
    assert form.value("note-text") == "PRIVATE-FIRST"
    response = client.post(
        edit_url, form.data(**{"note-text": "PRIVATE-SECOND", "note-session_on": "2026-03-04"})
    )
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == mentee_url
    note.refresh_from_db()
    assert (note.text, note.session_on) == ("PRIVATE-SECOND", date(2026, 3, 4))
    entry = AuditEntry.objects.get(action="mentoring.note_change")
    assert entry.actor == mentor and entry.target_id == str(note.pk)
    assert "PRIVATE" not in str(entry.details)


def test_an_empty_note_is_refused_and_the_old_text_kept(client, mentor, note):
    client.force_login(mentor)
    edit_url, _delete = urls(note)
    form = next(f for f in rendered_forms(client.get(edit_url).text) if "note-text" in f.names())
    response = client.post(edit_url, form.data(**{"note-text": "   "}))
    assert response.status_code == HTTPStatus.OK
    note.refresh_from_db()
    assert note.text == "PRIVATE-FIRST"
    assert not AuditEntry.objects.filter(action="mentoring.note_change").exists()


def test_the_author_deletes_a_note(client, mentor, note):
    client.force_login(mentor)
    mentee_url = reverse("mentoring:mentee", args=[note.cohort_id, note.mentee_id])
    page = client.get(mentee_url).text
    _edit, delete_url = urls(note)
    form = next(f for f in rendered_forms(page) if f.attrs.get("action") == delete_url)
    response = client.post(delete_url, form.data())
    assert response.status_code == HTTPStatus.FOUND
    assert not SessionNote.objects.filter(pk=note.pk).exists()
    entry = AuditEntry.objects.get(action="mentoring.note_delete")
    assert entry.actor == mentor and entry.target_id == str(note.pk) and "PRIVATE" not in str(entry.details)
    assert "PRIVATE-FIRST" not in client.get(mentee_url).text


@pytest.mark.parametrize(
    ("who", "status"),
    [("co_mentor", HTTPStatus.NOT_FOUND), ("staff", HTTPStatus.NOT_FOUND), ("trainee", HTTPStatus.FORBIDDEN)],
)
def test_nobody_else_edits_or_deletes_a_note(client, request, note, who, status):
    client.force_login(request.getfixturevalue(who))
    edit_url, delete_url = urls(note)
    assert client.get(edit_url).status_code == status
    assert (
        client.post(edit_url, {"note-text": "HIJACKED", "note-session_on": "2026-03-05"}).status_code
        == status
    )
    assert client.post(delete_url).status_code == status
    note.refresh_from_db()
    assert note.text == "PRIVATE-FIRST"
    assert not AuditEntry.objects.filter(
        action__in=["mentoring.note_change", "mentoring.note_delete"]
    ).exists()


def test_a_co_mentor_sees_no_edit_link_for_anothers_note(client, co_mentor, note):
    client.force_login(co_mentor)
    page = client.get(reverse("mentoring:mentee", args=[note.cohort_id, note.mentee_id])).text
    edit_url, delete_url = urls(note)
    assert edit_url not in page and delete_url not in page and "PRIVATE-FIRST" not in page


def test_the_services_refuse_anyone_but_the_author(co_mentor, note):
    with pytest.raises(MentoringError, match="Only the mentor who wrote this note"):
        session_note_change(note=note, author=co_mentor, text="x", session_on=None)
    with pytest.raises(MentoringError, match="Only the mentor who wrote this note"):
        session_note_delete(note=note, author=co_mentor)
    assert SessionNote.objects.get(pk=note.pk).text == "PRIVATE-FIRST"
