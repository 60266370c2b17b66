"""The workspace table in a real browser: every column on a 1366 px screen
and on a 390 px phone, the sticky header, sorting with its direction, the
"viewed" marker, country names in the reader's language, the attempts table
on a phone, and a refused selection that must not stay ticked.

With SCREENSHOTS_DIR set (`SCREENSHOTS_DIR=docs/screenshots pytest -m browser
tests/browser/test_workspace_table.py`), the Turkmen workspace is saved as
workspace-tk-1366.png and workspace-tk-390.png there (docs/exercises.md)."""

import os
import re
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def generated(db):
    """A generated scenario of 60 consignments (more than one page of the
    table), its texts in every language, published."""
    from scenarios.generator import scenario_document_generate
    from scenarios.interchange import scenario_import
    from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed

    indicator_catalogue_ensure()
    document = scenario_document_generate(seed=1366, consignments=60, high_risk=4, budget=4, title="Tables")
    return scenario_publish_unreviewed(scenario=scenario_import(document=document))


def _signed_in(page, live_server, user):
    """The browser carries a session of `user` (signed in as the login page would)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("SCREENSHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name))


def _workspace(page, live_server, make_user, scenario, *, language="tk", width=1366, height=900):
    from exercises.services import attempt_start

    user = make_user(language=language)
    attempt = attempt_start(user=user, scenario=scenario)
    page.set_viewport_size({"width": width, "height": height})
    _signed_in(page, live_server, user)
    url = f"{live_server.url}/{language}/exercises/attempts/{attempt.public_id}/"
    page.goto(url)
    return attempt, url


def _overflow(page) -> int:
    """How far the page is wider than the window (0: no horizontal scroll)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_every_column_of_the_turkmen_workspace_fits_1366_px_under_a_sticky_header(
    live_server, page, make_user, generated
):
    _attempt, _url = _workspace(page, live_server, make_user, generated)
    headers = page.locator("table.consignments thead th")
    expect(headers).to_have_count(9)
    titles = [t.strip() for t in headers.all_inner_texts()]
    assert titles[7] == "Baha" and titles[8] == "Saýlandy", titles  # Value, Selected in Turkmen
    # No horizontal scroll, neither of the page nor of the table's box.
    assert _overflow(page) <= 0
    assert (
        page.evaluate(
            "(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth; })()"
        )
        <= 0
    )
    for i in range(9):
        box = headers.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 1366, titles[i]
    _screenshot(page, "workspace-tk-1366.png")

    # The header stays in view while the lines scroll under it.
    wrap = page.locator(".table-wrap")
    top = wrap.bounding_box()["y"]
    wrap.evaluate("w => { w.scrollTop = 900; }")
    assert wrap.evaluate("w => w.scrollTop") > 0
    assert abs(headers.first.bounding_box()["y"] - top) <= 2
    expect(headers.first).to_be_in_viewport()


def test_sorting_by_hs_code_marks_its_direction_and_sorts_every_consignment(
    live_server, page, make_user, generated
):
    from scenarios.models import Consignment

    _workspace(page, live_server, make_user, generated)
    codes = sorted(Consignment.objects.filter(scenario=generated).values_list("hs_code", flat=True))
    hs = page.locator("table.consignments thead th").nth(2)
    expect(hs).not_to_have_attribute("aria-sort", re.compile(".*"))

    hs.get_by_role("link").click()
    page.wait_for_url(re.compile(r"sort=hs"))
    hs = page.locator("table.consignments thead th").nth(2)
    expect(hs).to_have_attribute("aria-sort", "ascending")
    expect(hs.locator(".sort-mark")).to_have_text("▲")
    shown = page.locator("table.consignments tbody td:nth-child(3)").all_inner_texts()
    assert shown == codes[: len(shown)] and len(shown) == 50  # the first page of the whole sorted set

    hs.get_by_role("link").click()
    page.wait_for_url(re.compile(r"sort=-hs"))
    hs = page.locator("table.consignments thead th").nth(2)
    expect(hs).to_have_attribute("aria-sort", "descending")
    expect(hs.locator(".sort-mark")).to_have_text("▼")
    assert page.locator("table.consignments tbody td:nth-child(3)").first.inner_text() == codes[-1]
    # The next page goes on in the same order.
    page.get_by_role("link", name=re.compile("Indiki")).click()
    last = page.locator("table.consignments tbody td:nth-child(3)").all_inner_texts()
    assert last == sorted(codes, reverse=True)[50:]


def test_the_origin_filter_names_countries_in_turkmen_and_filters_every_line(
    live_server, page, make_user, generated
):
    from scenarios.catalogue import country_name
    from scenarios.models import Consignment

    _workspace(page, live_server, make_user, generated)
    options = page.locator("select[name=origin] option").all_inner_texts()[1:]
    assert options and not [o for o in options if re.fullmatch(r"[A-Z]{2}", o.strip())], options
    origin = Consignment.objects.filter(scenario=generated).values_list("country_of_origin", flat=True)[0]
    name = country_name(origin, "tk")
    assert name in options and name != origin
    page.locator("select[name=origin]").select_option(label=name)
    page.locator("form.table-filters button[type=submit]").click()
    page.wait_for_url(re.compile(rf"origin={origin}"))
    cells = page.locator("table.consignments tbody td:nth-child(4)").all_inner_texts()
    assert cells and set(cells) == {name}
    assert len(cells) == min(
        50, Consignment.objects.filter(scenario=generated, country_of_origin=origin).count()
    )


def test_a_consignment_the_trainee_opened_is_marked_in_the_table(live_server, page, make_user, generated):
    attempt, url = _workspace(page, live_server, make_user, generated)
    expect(page.locator(".opened-mark")).to_have_count(0)
    page.locator("table.consignments tbody tr").nth(2).get_by_role("link").click()
    page.wait_for_url(re.compile(r"/c/[0-9a-f]+/$"))
    ref = page.url.rstrip("/").rsplit("/", 1)[1]
    page.goto(url)
    row = page.locator("table.consignments tbody tr").nth(2)
    expect(row.locator(".opened-mark")).to_have_text("seredildi")
    expect(page.locator(".opened-mark")).to_have_count(1)
    assert attempt.items.get(ref=ref).opened_at is not None


def test_at_390_px_every_column_of_the_workspace_shows_without_horizontal_scroll(
    live_server, page, make_user, generated
):
    _workspace(page, live_server, make_user, generated, width=390, height=844)
    assert _overflow(page) <= 0
    first = page.locator("table.consignments tbody tr").first
    cells = first.locator("td")
    expect(cells).to_have_count(9)
    labels = [cells.nth(i).get_attribute("data-label") for i in range(9)]
    assert labels[7] == "Baha" and labels[8] == "Saýlandy"
    for i in range(9):
        box = cells.nth(i).bounding_box()
        assert box["width"] > 0 and box["x"] >= 0 and box["x"] + box["width"] <= 390, labels[i]
        # Each field is named beside its value.
        assert cells.nth(i).evaluate("td => getComputedStyle(td, '::before').content") == f'"{labels[i]}"'
    page.locator("table.consignments tbody tr").nth(1).scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, document.querySelector('#consignments').offsetTop - 8)")
    _screenshot(page, "workspace-tk-390.png")


def test_the_attempts_table_does_not_overflow_a_390_px_phone(live_server, page, make_user, generated):
    from exercises.services import attempt_start, attempt_submit

    user = make_user(language="tk")
    for _ in range(2):
        attempt_submit(attempt=attempt_start(user=user, scenario=generated), user=user)
    page.set_viewport_size({"width": 390, "height": 844})
    _signed_in(page, live_server, user)
    page.goto(f"{live_server.url}/tk/exercises/")
    expect(page.locator("table.attempts tbody tr")).to_have_count(2)
    assert _overflow(page) <= 0
    table = page.locator("table.attempts").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= 390


def test_a_refused_fifth_selection_does_not_stay_ticked(live_server, page, make_user, generated):
    from exercises.models import Selection
    from exercises.services import attempt_save_item

    attempt, _url = _workspace(page, live_server, make_user, generated, language="en")
    items = list(attempt.items.order_by("position"))
    for item in items[:4]:  # the budget is 4
        attempt_save_item(attempt=attempt, user=attempt.user, ref=item.ref, selected=True)
    page.goto(f"{live_server.url}/en/exercises/attempts/{attempt.public_id}/c/{items[4].ref}/")
    box = page.get_by_label("Select this container for examination")
    expect(box).not_to_be_checked()
    box.check()
    expect(page.locator("[data-save-status]")).to_contain_text("4")  # "You may select at most 4 ..."
    expect(page.locator("[data-save-status]")).not_to_have_text("All changes saved")
    expect(box).not_to_be_checked()
    assert Selection.objects.filter(attempt=attempt).count() == 4
    assert not Selection.objects.filter(item=items[4]).exists()
    # What the server accepted still shows as accepted: deselecting one saves.
    page.goto(f"{live_server.url}/en/exercises/attempts/{attempt.public_id}/c/{items[0].ref}/")
    box = page.get_by_label("Select this container for examination")
    expect(box).to_be_checked()
    box.uncheck()
    expect(page.locator("[data-save-status]")).to_have_text("All changes saved")
    expect(box).not_to_be_checked()
    assert Selection.objects.filter(attempt=attempt).count() == 3
