"""The Wagtail admin works under its nonce-only script policy: date pickers,
choosers and inline panels run, and the browser reports no violation."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from tests.browser.test_h5p_player import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def test_mentor_edits_a_consignment_with_every_admin_script_running(live_server, page, make_user, password):
    from tests.factories.scenarios import ScenarioFactory

    mentor = make_user(role=Role.MENTOR)
    ScenarioFactory(title={"en": "Port of Aktau, March"})
    page.add_init_script(RECORD_VIOLATIONS)
    sign_in(page, live_server, mentor, password)
    page.goto(f"{live_server.url}/admin/snippets/scenarios/consignment/add/")

    # The scenario chooser (an inline "new ...Chooser" script) opens its modal.
    page.get_by_role("button", name="Choose scenario").click()
    modal = page.locator(".modal-content")
    expect(modal.get_by_role("link", name="Port of Aktau, March")).to_be_visible()
    modal.get_by_role("link", name="Port of Aktau, March").click()
    expect(page.locator("[data-chooser-title]").first).to_have_text("Port of Aktau, March (v1)")

    # A date picker (an inline initDateChooser script).
    page.get_by_role("tab", name="Invoice, packing list, declaration").click()
    page.get_by_label("Booking date").click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()
    page.keyboard.press("Escape")

    # An inline panel (its inline script) adds a row; an event's time is a
    # plain input that keeps a typed UTC offset (the picker dropped it).
    page.get_by_role("tab", name="Container events").click()
    page.locator("#id_events-ADD").click()
    row = page.locator("[id^='inline_child_events-']").last
    expect(row.get_by_label("Time")).to_be_visible()
    row.get_by_label("Time").fill("2026-03-01 10:30+04:00")
    expect(row.get_by_label("Time")).to_have_value("2026-03-01 10:30+04:00")

    assert page.evaluate("window.__cspViolations") == []
