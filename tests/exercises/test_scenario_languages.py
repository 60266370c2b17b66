"""Scenario texts in the reader's language: a generated scenario's goods,
package types, party activities, trade histories and event remarks reach a
Turkmen, Uzbek or Russian trainee in their language on every page of an
attempt, and a Kazakh reader gets the Russian text with a notice."""

import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.roles import Role
from exercises import services
from scenarios.fields import FALLBACK_NOTICE
from scenarios.generator import scenario_document_generate
from scenarios.interchange import scenario_import
from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


class _Text(HTMLParser):
    """The text a reader sees (no tags, attributes, scripts or styles)."""

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style") and self.hidden > 0

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def _text(response) -> str:
    assert response.status_code == HTTPStatus.OK
    parser = _Text()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def _shows(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@pytest.fixture
def generated():
    """A generated import scenario, published, and its document."""
    indicator_catalogue_ensure()
    document = scenario_document_generate(seed=7, consignments=12, high_risk=2, phase="import")
    scenario = scenario_publish_unreviewed(scenario=scenario_import(document=document))
    return scenario, document


def _texts(document) -> list[dict]:
    """Every language map of the kinds this feature covers, as generated."""
    maps = []
    for party in document["parties"]:
        maps += [party["activity"], party["trade_history"]]
    for c in document["consignments"]:
        maps += [c["goods_description"], c["package_type"]]
        maps += [e["remark"] for e in c["events"] if e["remark"]]
    return maps


def _pages(client, user, scenario, language) -> dict[str, str]:
    """The text of the workspace, every consignment page, the examination
    page and the debrief of one attempt, walked through as the trainee would."""
    client.force_login(user)
    pages = {}
    with translation.override(language):
        attempt = services.attempt_start(user=user, scenario=scenario)

        def url(name, **kwargs):
            return reverse(f"exercises:{name}", kwargs={"public_id": attempt.public_id, **kwargs})

        items = list(attempt.items.order_by("position"))
        pages["workspace"] = _text(client.get(url("workspace")))
        for item in items:
            pages[f"item {item.ref}"] = _text(client.get(url("item", ref=item.ref)))
        for item in items[: scenario.inspection_budget]:
            services.attempt_save_item(attempt=attempt, user=user, ref=item.ref, selected=True)
        services.attempt_lock_selection(attempt=attempt, user=user)
        for item in items[: scenario.inspection_budget]:
            services.attempt_examine(attempt=attempt, user=user, ref=item.ref, method="documents")
        pages["examination"] = _text(client.get(url("examine")))
        services.attempt_submit(attempt=attempt, user=user)
        pages["debrief"] = _text(client.get(url("debrief")))
    return pages


@pytest.mark.parametrize("language", ["tk", "uz", "ru"])
def test_a_trainee_meets_no_english_scenario_text(client, generated, language):
    scenario, document = generated
    user = UserFactory(roles=[Role.TRAINEE], preferred_language=language)
    pages = _pages(client, user, scenario, language)
    maps = _texts(document)
    english = {m["en"] for m in maps if m["en"] != m[language]}
    assert english, "the generated scenario has texts to translate"
    for name, text in pages.items():
        leftovers = sorted(phrase for phrase in english if _shows(text, phrase))
        assert not leftovers, (language, name, leftovers)
    everything = " ".join(pages.values())
    # Every translation of the covered kinds is shown somewhere.
    missing = sorted({m[language] for m in maps} - {m[language] for m in maps if m[language] in everything})
    assert not missing, (language, missing)
    goods = {c["goods_description"][language] for c in document["consignments"]}
    for name in ("workspace", "examination", "debrief"):
        assert any(g in pages[name] for g in goods), (language, name)


def test_a_kazakh_reader_gets_the_russian_text_with_a_notice(client, generated):
    scenario, document = generated
    user = UserFactory(roles=[Role.TRAINEE], preferred_language="kk")
    pages = _pages(client, user, scenario, "kk")
    with translation.override("kk"):
        notice = str(FALLBACK_NOTICE)
    assert notice != "Scenario texts without a version in your language are shown in Russian."
    for name in ("workspace", "examination", "debrief"):
        assert notice in pages[name], name
    first = document["consignments"][0]
    assert first["goods_description"]["ru"] in pages["workspace"]
    assert not any(_shows(pages["workspace"], c["goods_description"]["en"]) for c in document["consignments"])
    item_pages = " ".join(text for name, text in pages.items() if name.startswith("item "))
    assert notice in item_pages
    assert "Гружёный контейнер принят на терминал" in item_pages


def test_readers_of_the_written_languages_see_no_notice(client, generated):
    scenario, _document = generated
    user = UserFactory(roles=[Role.TRAINEE], preferred_language="uz")
    pages = _pages(client, user, scenario, "uz")
    with translation.override("kk"):
        notice = str(FALLBACK_NOTICE)
    assert all(notice not in text for text in pages.values())
