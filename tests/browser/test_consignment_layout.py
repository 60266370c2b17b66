"""The consignment page at a laptop's 1366 px: the container's event log and
the parties' registry extracts get the whole width of the case file, not a
third of it beside the documents."""

import re
from io import StringIO

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_events_and_parties_use_the_whole_width_of_the_case_file_at_1366_px(live_server, browser):
    from django.core.management import call_command

    call_command("seed_demo", skip=["courses"], stdout=StringIO())
    context = browser.new_context(locale="tk-TM", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/tk/accounts/login/")
    page.locator("input[name=login]").fill("trainee.tk@example.org")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/tk/exercises/")
    page.locator("button[name=mode][value=practice]").first.click()
    page.wait_for_url(re.compile(r"/tk/exercises/attempts/[0-9a-f-]+/$"))
    page.locator("table.consignments tbody tr a").first.click()
    page.wait_for_url(re.compile(r"/c/[0-9a-f]+/$"))

    events = page.locator(".documents section", has=page.get_by_role("heading", name="Konteýner wakalary"))
    parties = page.locator(".documents section", has=page.get_by_role("heading", name="Gatnaşyjylar"))
    expect(events.locator("tbody tr").first).to_be_visible()
    expect(parties.locator("dd").first).to_be_visible()

    grid = page.locator(".documents").bounding_box()
    documents = page.locator(".documents > section").all()
    boxes = [section.bounding_box() for section in documents]
    # The transport document, the invoice and the declaration share the first row ...
    assert len({round(box["y"]) for box in boxes[:3]}) == 1, boxes[:3]
    # ... and the event log and the parties each take a whole row below them.
    for section in (events, parties):
        box = section.bounding_box()
        assert box["width"] >= 0.98 * grid["width"], (box, grid)
        assert box["y"] > boxes[0]["y"]
    # The event table fits: no horizontal scrolling, no time wrapped over two lines.
    assert events.evaluate("e => e.scrollWidth <= e.clientWidth")
    first_time = events.locator("tbody td").first
    assert first_time.evaluate("td => td.getBoundingClientRect().height") < 2 * first_time.evaluate(
        "td => parseFloat(getComputedStyle(td).lineHeight) || 24"
    )
    # A party's registry extract reads in lines, not a word or two per line.
    for description in parties.locator("dd").all():
        assert description.bounding_box()["width"] > 0.5 * grid["width"]
    context.close()
