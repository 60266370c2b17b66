"""The demo mentor follows a mentee in Russian; the demo staff user filters
the programme dashboard and finds the charts and exports."""

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def test_demo_mentor_reads_a_mentees_profile_and_staff_filter_the_dashboard(
    live_server, page, seeded_demo_without_courses
):
    from mentoring.demo import COHORT_NAME
    from mentoring.models import Cohort, SessionNote

    sign_in(page, live_server, "mentor@example.org")
    page.goto(f"{live_server.url}/ru/mentoring/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Рабочее место наставника")
    expect(page.get_by_role("heading", name=COHORT_NAME)).to_be_visible()
    page.get_by_role("link", name="Merdan Orazow").click()
    page.get_by_role("heading", name="Навык отбора").wait_for()
    expect(page.locator("svg.chart").first).to_be_visible()
    page.get_by_label("Заметка").fill("Разобрать журнал пломб на следующей встрече.")
    page.get_by_role("button", name="Сохранить заметку").click()
    page.get_by_text("Заметка сохранена").wait_for()
    assert SessionNote.objects.filter(text__startswith="Разобрать").exists()

    page.context.clear_cookies()
    cohort = Cohort.objects.get(name=COHORT_NAME)
    sign_in(page, live_server, "staff@example.org")
    page.goto(f"{live_server.url}/admin/programme/")
    page.get_by_label("Country", exact=True).select_option("KZ")
    page.get_by_label("Cohort", exact=True).select_option(str(cohort.pk))
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**country=KZ**")
    expect(page.locator(".report-figures")).to_contain_text("People trained")
    expect(page.get_by_role("heading", name="Breakdown by country and sex")).to_be_visible()
    expect(page.get_by_role("heading", name="Hit rate and d′ by month")).to_be_visible()
    with page.expect_download() as download:
        page.locator("#report-skill").get_by_role("link", name="Export CSV").click()
    assert download.value.suggested_filename.startswith("pcu-skill-")
