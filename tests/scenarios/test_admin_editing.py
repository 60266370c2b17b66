"""Editing scenarios in the Wagtail admin: what the forms refuse on save, and
what they offer (issue #19, the mentor's walk-through)."""

import datetime as dt
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from scenarios.models import Scenario
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


def admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def edit_form(client, url, field):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    forms = [f for f in rendered_forms(response.text) if field in f.names()]
    assert len(forms) == 1
    return forms[0]


@pytest.mark.parametrize(
    ("language", "total", "text"),
    [("en", "1.10", "add up to 1.10"), ("ru", "1,10", "Сумма трёх весов оценки равна 1,10")],
)
def test_weights_not_adding_up_to_one_are_refused_on_save_naming_the_sum(
    client, mentor, draft_scenario, language, total, text
):
    admin_language(mentor, language)
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    form = edit_form(client, url, "weight_skill")
    response = client.post(
        url, form.data(weight_severity="0.60", weight_skill="0.30", weight_indicators="0.20")
    )
    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert text in response.text
    draft_scenario.refresh_from_db()
    assert draft_scenario.weight_severity == Decimal("0.50")


def test_weights_adding_up_to_one_are_saved(client, mentor, draft_scenario):
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    form = edit_form(client, url, "weight_skill")
    response = client.post(
        url, form.data(weight_severity="0.60", weight_skill="0.20", weight_indicators="0.20")
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Scenario.objects.get(pk=draft_scenario.pk).weight_severity == Decimal("0.60")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-03-01 10:30+03:00", dt.datetime(2026, 3, 1, 7, 30, tzinfo=dt.UTC)),
        ("2026-03-01T10:30:00+03:00", dt.datetime(2026, 3, 1, 7, 30, tzinfo=dt.UTC)),
        ("2026-03-01 10:30Z", dt.datetime(2026, 3, 1, 10, 30, tzinfo=dt.UTC)),
        # Without an offset: the admin's time zone (the server's, Asia/Tashkent).
        ("2026-03-01 10:30", dt.datetime(2026, 3, 1, 5, 30, tzinfo=dt.UTC)),
    ],
)
def test_event_times_keep_their_offset(client, mentor, draft_scenario, typed, stored):
    consignment = draft_scenario.consignments.order_by("pk").first()
    event = consignment.events.get()
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    form = edit_form(client, url, "events-0-occurred_at")
    # The stored time is shown with its offset, never without one.
    assert form.value("events-0-occurred_at") == "2026-03-01 15:00+05:00"
    response = client.post(url, form.data(**{"events-0-occurred_at": typed}))
    assert response.status_code == HTTPStatus.FOUND
    event.refresh_from_db()
    assert event.occurred_at == stored


def test_an_event_time_in_another_shape_is_refused_and_nothing_changes(client, mentor, draft_scenario):
    consignment = draft_scenario.consignments.order_by("pk").first()
    event = consignment.events.get()
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    form = edit_form(client, url, "events-0-occurred_at")
    response = client.post(url, form.data(**{"events-0-occurred_at": "1 March 2026 10:30 UTC+3"}))
    assert response.status_code == HTTPStatus.OK
    assert "Enter a valid date/time." in response.text
    event.refresh_from_db()
    assert event.occurred_at == dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC)


def party_options(form, name="shipper"):
    control = next(c for c in form.controls if c.name == name)
    return {value for value, _selected in control.options if value}


def test_a_consignment_offers_only_its_own_scenarios_parties(client, mentor, draft_scenario):
    from tests.factories.scenarios import scenario_build

    other = scenario_build()
    consignment = draft_scenario.consignments.order_by("pk").first()
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    form = edit_form(client, url, "shipper")
    own = {str(pk) for pk in draft_scenario.parties.values_list("pk", flat=True)}
    for name in ("shipper", "consignee", "notify_party", "freight_payer"):
        assert party_options(form, name) == own
    assert not party_options(form) & {str(pk) for pk in other.parties.values_list("pk", flat=True)}


def test_the_add_page_offers_the_parties_of_the_scenario_it_is_given(client, mentor, draft_scenario):
    from scenarios.models import Consignment
    from tests.factories.scenarios import container_number, scenario_build

    scenario_build()  # another draft, whose parties must not be offered
    client.force_login(mentor)
    add = reverse("wagtailsnippets_scenarios_consignment:add")
    assert party_options(edit_form(client, add, "shipper")) == set()
    url = f"{add}?scenario={draft_scenario.pk}"
    form = edit_form(client, url, "shipper")
    parties = [str(pk) for pk in draft_scenario.parties.order_by("pk").values_list("pk", flat=True)]
    assert party_options(form) == set(parties)
    assert form.value("scenario") == str(draft_scenario.pk)
    data = form.data(
        container_number=container_number(777),
        transport_document_number="BL777",
        seals_declared="S777",
        conveyance="MV Test",
        place_of_receipt="AZBAK",
        port_of_loading="AZALT",
        port_of_discharge="KZAAU",
        final_destination="KZALA",
        shipper=parties[0],
        consignee=parties[1],
        goods_description_0="Tiles",
        hs_code="690722",
        country_of_origin="AZ",
        packages="10",
        gross_weight_kg="1000",
        declared_value="500",
        **{
            "truth-0-high_risk": [""],  # ticked (the box has no value attribute)
            "truth-0-threat": "none",
            "truth-0-concealment": "none",
            "truth-0-severity": "1",
        },
    )
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.text[:3000]
    created = Consignment.objects.get(container_number=container_number(777))
    assert created.scenario == draft_scenario and str(created.shipper_id) == parties[0]


# "²" passes str.isdigit() and int() refuses it; the long one overflows a
# 64-bit id, which SQLite refuses to compare.
NOT_IDS = ["²", "1²", "abc", "-3", "0", "99999999999999999999999"]


@pytest.mark.parametrize("wanted", NOT_IDS)
def test_the_add_page_ignores_a_scenario_parameter_that_is_not_an_id(client, mentor, draft_scenario, wanted):
    client.force_login(mentor)
    add = reverse("wagtailsnippets_scenarios_consignment:add")
    response = client.get(add, {"scenario": wanted})
    assert response.status_code == HTTPStatus.OK
    form = next(f for f in rendered_forms(response.text) if "shipper" in f.names())
    assert form.value("scenario") == ""  # no scenario chosen
    assert party_options(form) == set()


@pytest.mark.parametrize("wanted", NOT_IDS)
def test_a_posted_scenario_that_is_not_an_id_is_refused_in_the_editors_language(
    client, mentor, draft_scenario, wanted
):
    from scenarios.models import Consignment

    admin_language(mentor, "ru")
    consignment = draft_scenario.consignments.order_by("pk").first()
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    form = edit_form(client, url, "shipper")
    assert form.value("goods_description_0") != "Tiles"
    data = form.data(goods_description_0="Tiles")
    # A forged request: the page offers no such value, so it is set by hand.
    data["scenario"] = [wanted]
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert "Выберите корректный вариант" in response.text
    # The lists still offer the parties of the consignment's own scenario.
    own = {str(pk) for pk in draft_scenario.parties.values_list("pk", flat=True)}
    assert party_options(next(f for f in rendered_forms(response.text) if "shipper" in f.names())) == own
    assert Consignment.objects.get(pk=consignment.pk).goods_description == consignment.goods_description


def _title_inputs(language_texts: dict[str, str]) -> dict[str, str]:
    """The title's inputs (one per language, as the edit page names them) filled
    with `language_texts`, every other language blank."""
    from scenarios.fields import LANGUAGE_CODES

    return {f"title_{i}": language_texts.get(code, "") for i, code in enumerate(LANGUAGE_CODES)}


@pytest.fixture
def russian_draft(mentor):
    """A draft a Russian-speaking mentor generated from the admin, with the
    title typed in: the scenario's title is Russian only."""
    from scenarios.services import scenario_generate

    admin_language(mentor, "ru")
    scenario = scenario_generate(seed=41, consignments=6, title={"ru": "Учения в Актау"}, user=mentor)
    assert scenario.title == {"ru": "Учения в Актау"}
    return scenario


def test_a_title_in_the_mentors_language_only_is_saved(client, mentor, russian_draft):
    from scenarios.selectors import scenario_overview

    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[russian_draft.pk])
    form = edit_form(client, url, "title_0")
    assert form.value("title_1") == "Учения в Актау" and form.value("title_0") == ""
    response = client.post(url, form.data(inspection_budget="3"))
    assert response.status_code == HTTPStatus.FOUND
    saved = Scenario.objects.get(pk=russian_draft.pk)
    assert saved.inspection_budget == 3 and saved.title == {"ru": "Учения в Актау"}
    # Readers of every language get the one title there is.
    for language in ("en", "uz", "tk", "kk", "az"):
        assert scenario_overview(scenario=saved, language=language).title == "Учения в Актау"
    assert str(saved).startswith("Учения в Актау")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ru", "Поле «Заголовок» нужно заполнить хотя бы на одном языке."),
        ("en", "Fill in “Title” in at least one language."),
    ],
)
def test_a_scenario_without_a_title_in_any_language_is_refused_naming_the_field(
    client, mentor, russian_draft, language, message
):
    admin_language(mentor, language)
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[russian_draft.pk])
    form = edit_form(client, url, "title_0")
    response = client.post(url, form.data(inspection_budget="3", **_title_inputs({"ru": "  "})))
    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert message in response.text
    assert set(response.context["form"].errors) == {"title"}
    saved = Scenario.objects.get(pk=russian_draft.pk)
    assert saved.inspection_budget != 3 and saved.title == {"ru": "Учения в Актау"}
