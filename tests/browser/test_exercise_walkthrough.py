"""A trainee's whole attempt through the real pages, as a browser sends it:
what each form stores, and what the debrief then shows."""

import re

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAVED = "All changes saved"


def _start(live_server, page):
    """Sign in as the English demo trainee and start an attempt (the test
    asks for seeded_demo_without_courses)."""
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill("trainee.en@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/en/exercises/")
    page.get_by_role("button", name="Practise").first.click()
    page.wait_for_url(re.compile(r"/en/exercises/attempts/[0-9a-f-]+/$"))


def test_trainee_selects_examines_sends_the_alert_and_reads_its_score(
    live_server, page, seeded_demo_without_courses
):
    from exercises.models import Alert, Attempt, Selection

    _start(live_server, page)
    attempt = Attempt.objects.filter(user__email="trainee.en@example.org").order_by("-started_at").first()
    assert not attempt.is_submitted

    # Select the first consignment of the table and cite two indicators.
    page.locator("table.consignments tbody tr a").first.click()
    page.get_by_label("Select this container for examination").check()
    tags = page.locator(".indicator-tags label input")
    cited = [tags.nth(0).get_attribute("value"), tags.nth(1).get_attribute("value")]
    tags.nth(0).check()
    tags.nth(1).check()
    page.get_by_label("Justification").fill("Seal number differs from the terminal's record.")
    expect(page.locator("[data-save-status]")).to_have_text(SAVED)
    ref = page.url.rstrip("/").rsplit("/", 1)[1]

    # Lock, examine, record a finding.
    page.get_by_role("link", name="Finish selection").first.click()
    page.get_by_role("button", name="Lock the selection and examine").click()
    page.wait_for_url(re.compile(r"/examine/$"))
    page.get_by_label("Examination method").first.select_option("devanning")
    page.get_by_role("button", name="Examine", exact=True).first.click()
    expect(page.locator(".exam-result").first).not_to_be_empty()
    page.get_by_label("Your finding").fill("Packages behind the first row of boxes.")
    expect(page.locator("[data-save-status]")).to_have_text(SAVED)

    # The alert: a server error while saving is reported as one, never as "no connection".
    alert = page.locator("section.alert-draft form")
    alert.get_by_label("Container", exact=True).select_option(ref)
    alert.get_by_label("Seal number").fill("AZ-778812")
    alert.get_by_label("Route").fill("Baku - Aktau - Tashkent")
    alert.get_by_label("Suspicion").select_option("drugs")
    alert.locator(f".indicator-tags label input[value='{cited[0]}']").check()
    alert.get_by_label("Action requested").select_option("hold")

    def refuse(route):
        if route.request.method == "POST":
            route.fulfill(status=500, content_type="text/html", body="<h1>Server Error (500)</h1>")
        else:
            route.continue_()

    page.route(re.compile(r"/examine/$"), refuse)
    alert.get_by_role("button", name="Save the alert").click()
    status = page.locator("[data-save-status]")
    expect(status).to_contain_text("the server answered with an error (500)")
    expect(status).not_to_contain_text("no connection")
    assert not Alert.objects.filter(attempt=attempt).exists()
    page.unroute(re.compile(r"/examine/$"), refuse)
    alert.get_by_role("button", name="Save the alert").click()
    expect(status).to_have_text(SAVED)

    # Submit and read the debrief.
    page.get_by_role("link", name="Submit the attempt").last.click()
    page.get_by_role("button", name="Yes, submit").click()
    page.wait_for_url(re.compile(r"/debrief/$"))

    selection = Selection.objects.get(attempt=attempt)
    assert selection.item.ref == ref
    assert sorted(selection.indicators) == sorted(cited)
    assert selection.justification == "Seal number differs from the terminal's record."
    assert selection.method == "devanning"
    assert selection.result
    assert selection.finding == "Packages behind the first row of boxes."
    stored = Alert.objects.get(attempt=attempt)
    assert (
        stored.item_ref,
        stored.seal,
        stored.route,
        stored.suspicion,
        stored.indicators,
        stored.action,
    ) == (
        ref,
        "AZ-778812",
        "Baku - Aktau - Tashkent",
        "drugs",
        [cited[0]],
        "hold",
    )
    attempt.refresh_from_db()
    assert attempt.is_submitted
    score = attempt.breakdown["alert"]["score"]
    expect(page.get_by_role("heading", name="Your alert")).to_be_visible()
    expect(page.get_by_text(f"Alert score {score:.0f} / 100")).to_be_visible()
    expect(page.get_by_text("Packages behind the first row of boxes.")).to_be_visible()


def test_back_after_submitting_shows_the_submitted_attempt(live_server, page, seeded_demo_without_courses):
    """Without routes (which turn the browser's cache off), as a trainee's browser behaves."""
    from exercises.models import Attempt

    _start(live_server, page)
    workspace = page.url
    page.locator("table.consignments tbody tr a").first.click()
    page.get_by_label("Select this container for examination").check()
    expect(page.locator("[data-save-status]")).to_have_text(SAVED)
    page.goto(workspace)
    expect(page.locator("table.consignments tbody tr.is-selected")).to_have_count(1)
    page.get_by_role("link", name="Finish selection").first.click()
    page.get_by_role("button", name="Lock the selection and examine").click()
    page.wait_for_url(re.compile(r"/examine/$"))
    page.get_by_role("link", name="Submit the attempt").last.click()
    page.get_by_role("button", name="Yes, submit").click()
    page.wait_for_url(re.compile(r"/debrief/$"))
    assert Attempt.objects.filter(user__email="trainee.en@example.org").latest("started_at").is_submitted

    # Back, and back again: each page is asked for again and shows the submitted attempt.
    for _step in range(3):
        page.go_back()
        expect(page).to_have_url(re.compile(r"/debrief/$"))
        expect(page.get_by_role("heading", level=1)).to_contain_text("Debrief")
        expect(page.locator("[data-countdown]")).to_have_count(0)
        expect(page.locator("form[data-autosave]")).to_have_count(0)
