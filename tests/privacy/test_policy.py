from http import HTTPStatus

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_profile_page_links_to_the_privacy_page_in_each_language(client, make_user, language):
    user = make_user(language=language)
    client.force_login(user)
    with translation.override(language):
        profile_url = reverse("accounts:profile")
        policy_url = reverse("privacy:policy")
    assert policy_url.startswith(f"/{language}/")
    profile = client.get(profile_url)
    assert profile.status_code == HTTPStatus.OK
    assert f'href="{policy_url}"' in profile.content.decode()
    page = client.get(policy_url)
    assert page.status_code == HTTPStatus.OK
    assert page["Content-Language"] == language


def test_the_privacy_page_states_the_configured_terms_in_the_readers_language(client, db, settings):
    settings.PRIVACY_RETENTION_DAYS = {
        **settings.PRIVACY_RETENTION_DAYS,
        "session_notes": 123,
        "audit_entries": 0,
    }
    english = client.get("/en/privacy/").content.decode()
    assert "Mentors&#x27; session notes" in english
    assert "123 days, then deleted" in english
    assert "Only the mentor who wrote the note." in english
    russian = client.get("/ru/privacy/").content.decode()
    assert "123 дня, затем удаляются" in russian
    assert "Журнал аудита" in russian
