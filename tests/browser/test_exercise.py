"""A complete exercise attempt in Uzbek, from the catalogue to the debrief."""

import re

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_uzbek_trainee_runs_an_exercise_from_start_to_debrief(live_server, page, seeded_demo_without_courses):
    from exercises.models import Attempt

    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill("trainee.uz@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/uz/")

    page.goto(f"{live_server.url}/uz/exercises/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Konteyner tanlash mashqlari")
    page.get_by_role("button", name="Mashq qilish").first.click()
    page.wait_for_url(re.compile(r"/uz/exercises/attempts/[0-9a-f-]+/$"))
    expect(page.get_by_text("Brifing")).to_be_visible()

    # Investigate: open the first consignment, read its documents side by side, select it.
    page.locator("table.consignments tbody tr a").first.click()
    expect(page.get_by_role("heading", name="Bojxona deklaratsiyasi")).to_be_visible()
    page.get_by_label("Bu konteynerni koʻrik uchun tanlash").check()
    page.locator(".indicator-tags label", has_text="IND-21").locator("input").check()
    page.get_by_label("Asoslash").fill("Plomba raqami terminalda boshqacha.")
    page.get_by_text("Barcha oʻzgarishlar saqlandi").wait_for()
    expect(page.locator("[data-selected-count]")).to_have_text(re.compile(r"^\d+ tadan 1 tasi tanlandi$"))

    # The OSINT sandbox.
    page.get_by_role("link", name="OSINT qidiruvi").first.click()
    page.get_by_label("Qidirish").fill("tracking")
    page.get_by_role("button", name="Qidirish").click()
    page.locator("ol.osint-results a").first.click()
    expect(page.get_by_role("link", name="Natijalarga qaytish")).to_be_visible()

    # Lock the selection, examine, submit.
    page.get_by_role("link", name="Tanlovni yakunlash").first.click()
    page.get_by_role("button", name="Tanlovni qulflash va koʻrikdan oʻtkazish").click()
    page.wait_for_url(re.compile(r"/examine/$"))
    page.get_by_label("Koʻrik usuli").first.select_option("devanning")
    page.get_by_role("button", name="Koʻrikdan oʻtkazish").first.click()
    expect(page.locator(".exam-result").first).not_to_be_empty()
    page.get_by_role("link", name="Urinishni topshirish").last.click()
    page.get_by_role("button", name="Ha, topshirish").click()
    page.wait_for_url(re.compile(r"/debrief/$"))

    expect(page.locator("html")).to_have_attribute("lang", "uz")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tahlil")
    expect(page.get_by_role("heading", name="Har bir koʻrsatkich nimani bildiradi")).to_be_visible()
    attempt = Attempt.objects.filter(user__email="trainee.uz@example.org").order_by("-started_at").first()
    assert attempt.is_submitted
    assert attempt.selections.get().justification == "Plomba raqami terminalda boshqacha."
