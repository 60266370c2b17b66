"""Demo site tree: the home page in every language.

`manage.py seed_demo` calls `seed()` here and in every other app that has a
`demo` module, in INSTALLED_APPS order. Each `seed()` is idempotent: it creates
what is missing and leaves existing content (and later edits) alone.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_CONTENT = {
    "en": {
        "title": "PCU Academy",
        "intro": (
            "Courses, container-selection exercises and mentoring for the officers of "
            "Port Control Units, in your language."
        ),
    },
    "ru": {
        "title": "Академия ГПК",
        "intro": (
            "Курсы, упражнения по отбору контейнеров и наставничество для сотрудников "
            "групп портового контроля — на вашем языке."
        ),
    },
    "uz": {
        "title": "PNG akademiyasi",
        "intro": (
            "Port nazorat guruhlari xodimlari uchun kurslar, konteynerlarni tanlash "
            "mashqlari va murabbiylik — oʻz tilingizda."
        ),
    },
    "tk": {
        "title": "PGT akademiýasy",
        "intro": (
            "Port gözegçilik toparlarynyň işgärleri üçin kurslar, konteýnerleri saýlamak "
            "boýunça maşklar we halypaçylyk — öz diliňizde."
        ),
    },
    "kk": {
        "title": "ПБТ академиясы",
        "intro": (
            "Порттық бақылау топтары қызметкерлеріне арналған курстар, контейнерлерді "
            "іріктеу жаттығулары және тәлімгерлік — өз тіліңізде."
        ),
    },
    "tg": {
        "title": "Академияи ГНБ",
        "intro": (
            "Курсҳо, машқҳои интихоби контейнерҳо ва мураббигӣ барои кормандони "
            "гурӯҳҳои назорати бандар — бо забони шумо."
        ),
    },
    "az": {
        "title": "LNQ Akademiyası",
        "intro": (
            "Liman nəzarəti qruplarının əməkdaşları üçün kurslar, konteyner seçimi "
            "məşqləri və mentorluq — öz dilinizdə."
        ),
    },
}


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def _source_home(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    if root is None:
        # A flushed database (tests that truncate tables) has lost the tree
        # root Wagtail's migrations create.
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    # Wagtail's first migration leaves a placeholder "Welcome" page on the
    # default site; the demo home page takes its place.
    for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
        placeholder.delete()
    content = HOME_CONTENT[locale.language_code]
    home = root.add_child(
        instance=HomePage(title=content["title"], intro=content["intro"], slug="home", locale=locale)
    )
    home.save_revision().publish()
    return home


@transaction.atomic
def seed(*, stdout=None) -> None:
    locales = _locales()
    source_locale = locales[settings.LANGUAGE_CODE]
    home = _source_home(source_locale)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="PCU Academy"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "PCU Academy"
        site.save()

    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or home.get_translation_or_none(locale) is not None:
            continue
        translated = home.copy_for_translation(locale)
        content = HOME_CONTENT[code]
        translated.title = content["title"]
        translated.intro = content["intro"]
        translated.save_revision().publish()
        if stdout:
            stdout.write(f"  home page in {code}")
