"""`make i18n-check`, part three: the admin pages a mentor and programme staff
use most, rendered in Russian, Uzbek and Turkmen, show no English (of our
catalogues or the dependencies', tests.i18n.checks.admin_leftovers), no raw
None/True/False, and Russian that agrees with the model names it carries."""

import json
import re
from http import HTTPStatus

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from accounts.roles import Role
from tests.i18n.checks import admin_leftovers, interface_messages

pytestmark = pytest.mark.django_db

LANGUAGES = ["ru", "uz", "tk"]


@pytest.fixture
def admin_data(site_tree, make_user):
    from core.models import HomePage
    from courses.models import CourseIndexPage, LessonPage
    from scenarios.models import Scenario
    from tests.factories.courses import build_course
    from tests.factories.exercises import published_exercise_scenario
    from tests.factories.mentoring import cohort_build
    from tests.factories.scenarios import scenario_build

    published_exercise_scenario()
    draft = scenario_build(title={"en": "Caspian ferries", "ru": "Паромы Каспия"})
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1)
    # Page titles are content: keep them clear of interface words ("Courses").
    CourseIndexPage.objects.filter(pk=course.get_parent().pk).update(
        title="PCU catalogue", draft_title="PCU catalogue"
    )
    cohort_build(trainees=[make_user(role=Role.TRAINEE)], courses=[course])
    return {
        "editor": {
            language: make_user(role=Role.STAFF, is_superuser=True, language=language)
            for language in ["en", *LANGUAGES]
        },
        "draft": draft,
        "consignment": draft.consignments.first(),
        "lesson": LessonPage.objects.descendant_of(course).first(),
        "published": Scenario.objects.published().first(),
        "locale": Locale.objects.get(language_code="en"),
    }


def _pages(data):
    return {
        "scenario list": reverse("wagtailsnippets_scenarios_scenario:list"),
        "scenario edit": reverse("wagtailsnippets_scenarios_scenario:edit", args=[data["draft"].pk]),
        "consignment edit": reverse(
            "wagtailsnippets_scenarios_consignment:edit", args=[data["consignment"].pk]
        ),
        "cohort list": reverse("cohorts:index"),
        "scenario chooser": reverse("wagtailsnippetchoosers_scenarios_scenario:choose"),
        "lesson editor": reverse("wagtailadmin_pages:edit", args=[data["lesson"].pk]),
        "page search": reverse("wagtailadmin_pages:search") + "?q=module",
    }


PAGES = [
    "scenario list",
    "scenario edit",
    "consignment edit",
    "cohort list",
    "scenario chooser",
    "lesson editor",
    "page search",
]


def _get(client, url, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == HTTPStatus.OK, url
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html, url
    return html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_admin_page_shows_no_english_and_no_raw_values(client, admin_data, page, language):
    client.force_login(admin_data["editor"][language])
    html = _get(client, _pages(admin_data)[page], language)
    messages = interface_messages(str(settings.BASE_DIR / "locale"), language) + interface_messages(
        str(settings.BASE_DIR / "locale_vendor"), language
    )
    # The edited page's breadcrumbs show the titles of the English tree.
    titles = tuple(
        Page.objects.ancestor_of(admin_data["lesson"], inclusive=True).values_list("draft_title", flat=True)
    )
    leftovers = admin_leftovers(html, language, messages, as_written=titles)
    assert not leftovers, f"{page} in {language} still shows: {leftovers}"


def test_the_check_finds_what_the_walk_through_met():
    """admin_leftovers flags each leftover of the issue, in the places Wagtail
    puts them (a StreamField's block definitions hold its choice widgets)."""
    block = (
        '{"_type": "wagtail.blocks.ChoiceBlock", "_args": ["<select name=\\"__NAME__\\">'
        '<option value=\\"\\" selected>- Select an option -</option></select>"]}'
    )
    page = (
        '<html lang="ru"><body><h1>Choose</h1><p>1-20 of 213 None</p>'
        '<div data-w-block-data-value="{}"></div>'
        '<th>Created at</th><td><span class="w-sr-only">True</span></td>'
        "<div hidden>None</div><textarea>Choose</textarea></body></html>"
    ).replace("{}", block.replace('"', "&quot;"))
    with translation.override("ru"):
        messages = interface_messages(str(settings.BASE_DIR / "locale_vendor"), "ru")
    found = admin_leftovers(page, "ru", messages)
    assert found == sorted(["- Select an option -", "1-20 of 213 None", "Choose", "Created at", "True"])


def test_russian_admin_counts_and_buttons_agree_with_the_model_name(client, admin_data):
    client.force_login(admin_data["editor"]["ru"])
    listing = _get(client, reverse("wagtailsnippets_scenarios_scenario:list"), "ru")
    count = listing.split('class="pagination__end"', 1)[1].split("</div>", 1)[0]
    assert " ".join(count.split()).endswith("Сценарии: 2")
    assert "Добавить: сценарий" in listing
    consignment = _get(
        client,
        reverse("wagtailsnippets_scenarios_consignment:edit", args=[admin_data["consignment"].pk]),
        "ru",
    )
    assert "Добавить: событие контейнера" in consignment
    assert "Добавить: скрытая истина" in consignment
    assert "Выбрать: сценарий" in consignment or "Заменить: сценарий" in consignment
    scenario = _get(
        client, reverse("wagtailsnippets_scenarios_scenario:edit", args=[admin_data["draft"].pk]), "ru"
    )
    assert "Добавить: участник" in scenario
    assert "Добавить участник" not in scenario
    chooser = _get(client, reverse("wagtailsnippetchoosers_scenarios_scenario:choose"), "ru")
    assert re.search(r">\s*Выбрать\s*<", chooser)
    search = _get(client, reverse("wagtailadmin_pages:search") + "?q=module", "ru")
    assert re.search(r"1–1 из 1 страницы", search), re.findall(r"\d+–\d+ [^<]*", search)


def test_russian_admin_messages_do_not_mistake_the_gender(client, admin_data):
    """ "Сценарий … создана": Wagtail's Russian gives every model the gender of
    "страница"; ours say it without agreeing with the model's name."""
    from scenarios.models import Indicator, IndicatorCategory

    indicator = Indicator.objects.create(
        code="IND-99", category=IndicatorCategory.DOCUMENTS_TIMING, name={"en": "Test", "ru": "Проба"}
    )
    client.force_login(admin_data["editor"]["ru"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    response = client.post(
        reverse("wagtailsnippets_scenarios_indicator:delete", args=[indicator.pk]), HTTP_ACCEPT_LANGUAGE="ru"
    )
    assert response.status_code == HTTPStatus.FOUND
    assert not Indicator.objects.filter(pk=indicator.pk).exists()
    shown = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert shown == ["Индикатор риска «IND-99 Проба»: запись удалена."]


@pytest.mark.parametrize(
    ("language", "publish"),
    [("ru", "Опубликовать перевод: "), ("uz", "Eʼlon qilish: "), ("tk", "Çap etmek: ")],
)
def test_the_translation_editors_publish_button_keeps_its_space(client, admin_data, language, publish):
    """wagtail-localize writes gettext("Publish in ") + the language's name:
    "Опубликовать вТуркменский" lost the space."""
    client.force_login(admin_data["editor"][language])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog"), HTTP_ACCEPT_LANGUAGE=language)
    assert f'"Publish in ": {json.dumps(publish)}' in catalogue.content.decode()


@pytest.mark.parametrize(("language", "yes"), [("ru", "Да"), ("uz", "Ha"), ("tk", "Hawa")])
def test_yes_no_cells_name_their_icon_in_the_readers_language(client, admin_data, language, yes):
    """The users' "active" column (Wagtail's BooleanColumn) told a screen
    reader "True" in every language."""
    from tests.i18n.checks import admin_text

    client.force_login(admin_data["editor"][language])
    listing = _get(client, reverse("wagtailusers_users:index"), language)
    nodes, _unseen = admin_text(listing, language)
    assert yes in nodes
    assert not {"True", "False", "None"} & set(nodes)
