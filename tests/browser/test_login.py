import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_turkmen_trainee_logs_in_and_sees_the_turkmen_interface(
    live_server, page, seeded_demo_without_courses
):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill("trainee.tk@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/tk/")
    expect(page.locator("html")).to_have_attribute("lang", "tk")
    expect(page.get_by_role("button", name="Çykmak")).to_be_visible()
    expect(page.get_by_role("link", name="Profil").first).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("PGT akademiýasy")
