"""Scenario editing in the Wagtail admin, in a real browser."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from tests.browser.test_h5p_player import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("typed", ["2026-03-01 10:30+03:00", "2026-03-01T10:30+03:00"])
def test_an_event_time_typed_with_an_offset_is_stored_at_that_moment(
    live_server, page, make_user, password, typed
):
    from scenarios.models import ContainerEvent
    from tests.factories.scenarios import scenario_build

    mentor = make_user(role=Role.MENTOR)
    consignment = scenario_build().consignments.order_by("pk").first()
    event = consignment.events.get()
    sign_in(page, live_server, mentor, password)
    page.goto(f"{live_server.url}/admin/snippets/scenarios/consignment/edit/{consignment.pk}/")
    page.get_by_role("tab", name="Container events").click()
    field = page.locator("#id_events-0-occurred_at")
    # The stored time is shown with its offset (10:00 UTC in the server's zone).
    expect(field).to_have_value("2026-03-01 15:00+05:00")
    field.fill("")
    field.type(typed)
    page.keyboard.press("Tab")
    expect(field).to_have_value(typed)  # nothing rewrites what was typed
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("updated")
    event = ContainerEvent.objects.get(pk=event.pk)
    assert event.occurred_at == dt.datetime(2026, 3, 1, 7, 30, tzinfo=dt.UTC)


def test_a_new_consignment_offers_only_its_scenarios_parties_within_a_1366_px_screen(
    live_server, page, make_user, password
):
    from tests.factories.scenarios import PartyFactory, scenario_build

    mentor = make_user(role=Role.MENTOR)
    aktau = scenario_build(title={"en": "Port of Aktau, March"})
    PartyFactory(scenario=aktau, name="Caspian Logistics and Forwarding " * 6)
    other = scenario_build(title={"en": "Tashkent exports"})
    PartyFactory(scenario=other, name="Other Scenario Trading LLP")
    page.set_viewport_size({"width": 1366, "height": 900})
    sign_in(page, live_server, mentor, password)
    page.goto(f"{live_server.url}/admin/snippets/scenarios/consignment/add/")
    shipper = page.locator("#id_shipper")
    expect(shipper.locator("option")).to_have_count(1)  # only "---------" before a scenario
    page.get_by_role("button", name="Choose scenario").click()
    page.locator(".modal-content").get_by_role("link", name="Port of Aktau, March").click()
    expect(page).to_have_url(
        f"{live_server.url}/admin/snippets/scenarios/consignment/add/?scenario={aktau.pk}"
    )
    expect(shipper.locator("option")).to_have_count(1 + aktau.parties.count())
    names = [text.strip() for text in shipper.locator("option").all_text_contents()]
    assert set(names[1:]) == {p.name.strip() for p in aktau.parties.all()}
    assert "Other Scenario Trading LLP" not in names
    right = page.evaluate("document.querySelector('#id_shipper').getBoundingClientRect().right")
    assert right <= 1366
