"""The content type's interface texts (Check, Retry, feedback) reach the
player in the trainee's language (h5p.l10n)."""

import json
import re
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from h5p import sample
from tests.factories.h5p import make_activity

pytestmark = pytest.mark.django_db

ENGLISH = {"check": "Check", "retry": "Retry", "correct": "Correct.", "wrong": "Not correct."}


def content_json(client, activity, language) -> dict:
    with translation.override(language):
        url = reverse("h5p:play", args=[activity.uuid])
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    src = re.search(r'class="h5p-player-frame" src="([^"]+)"', page.content.decode()).group(1)
    response = Client().get(src + "package/content/content.json")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Security-Policy"]
    return json.loads(response.content)


@pytest.fixture
def mentor_client(client, mentor):
    client.force_login(mentor)
    return client


@pytest.mark.parametrize(
    ("language", "check", "wrong"),
    [
        ("ru", "Проверить", "Неверно."),
        ("uz", "Tekshirish", "Notoʻgʻri."),
        ("tk", "Barla", "Nädogry."),
        ("kk", "Тексеру", "Дұрыс емес."),
        ("tg", "Санҷидан", "Нодуруст."),
        ("az", "Yoxla", "Doğru deyil."),
    ],
)
def test_default_interface_texts_follow_the_trainee_language(mentor_client, language, check, wrong):
    # As exported from an English editor: the English defaults are in the content.
    activity = make_activity(content=sample.sample_content(l10n=dict(ENGLISH)))
    content = content_json(mentor_client, activity, language)
    assert content["l10n"]["check"] == check
    assert content["l10n"]["wrong"] == wrong
    assert content["question"] == "Which document states what the container holds?"


def test_missing_texts_and_another_language_defaults_are_replaced_but_own_texts_stay(mentor_client):
    own = {"check": "Check the B/L", "retry": "Ещё раз"}  # own words; Russian default
    activity = make_activity(content=sample.sample_content(l10n=own))
    content = content_json(mentor_client, activity, "tk")
    assert content["l10n"] == {
        "check": "Check the B/L",
        "retry": "Gaýtadan synanyş",
        "correct": "Dogry.",
        "wrong": "Nädogry.",
    }
    # no l10n at all in the package: filled in
    bare = make_activity(content=sample.sample_content())
    assert content_json(mentor_client, bare, "kk")["l10n"]["retry"] == "Қайталау"


def test_english_keeps_the_package_texts(mentor_client):
    activity = make_activity(content=sample.sample_content(l10n=dict(ENGLISH)))
    assert content_json(mentor_client, activity, "en")["l10n"] == ENGLISH
