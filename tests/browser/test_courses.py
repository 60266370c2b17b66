import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_uzbek_trainee_enrols_completes_lessons_and_passes_the_quiz(
    live_server, page, seeded_demo_without_courses, sample_course
):

    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill("trainee.uz@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/uz/")

    page.get_by_role("link", name="Kurslar").first.click()
    page.get_by_role("link", name="Namuna kurs").click()
    page.get_by_role("button", name="Bu kursga roʻyxatdan oʻtish").click()
    page.get_by_role("link", name="Toʻxtagan joyingizdan davom eting").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Hujjatlarni oʻqish")
    expect(page.get_by_text("Plomba raqamlarini solishtiring.")).to_be_visible()
    page.get_by_role("button", name="Bajarilgan deb belgilash").click()
    expect(page.get_by_text("Siz bu darsni yakunladingiz.")).to_be_visible()

    page.get_by_role("link", name="Keyingi dars").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hujjatlar boʻyicha test")
    page.get_by_label("Konosament").check()
    page.get_by_label("Yangi yuk oluvchi").check()
    page.get_by_label("Aylanma yoʻnalish").check()
    page.get_by_label("Notoʻgʻri", exact=True).check()
    page.get_by_label("Javobingiz").fill("12")
    page.get_by_role("button", name="Javoblarni yuborish").click()
    expect(page.get_by_text("Siz 100% natija bilan oʻtdingiz.")).to_be_visible()
    expect(page.get_by_text("Siz bu darsni yakunladingiz.")).to_be_visible()

    page.get_by_role("link", name="Mening oʻqishim").first.click()
    # The demo cohort enrols the trainee in other courses too; only this one is done.
    expect(page.locator("progress[value='100']")).to_have_count(1)
    expect(page.get_by_text("Kurs").first).to_be_visible()

    # The same record in Russian.
    page.goto(f"{live_server.url}/ru/courses/sample-course/")
    expect(page.locator("progress")).to_have_attribute("value", "100")
