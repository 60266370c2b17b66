"""locale_vendor/ holds our translations of the dependencies' messages
(allauth in Turkmen, Latin Uzbek, Kazakh and Tajik, the Wagtail admin and
wagtail-localize in Uzbek and Turkmen, and Russian where the packages' own
Russian has gaps or does not agree with a model's name). They are complete
for the installed versions, keep every placeholder, and the pages people meet
render without English."""

import functools
import html
import importlib.util
import re
from importlib.machinery import SourceFileLoader
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts.roles import Role
from core.models import HomePage
from courses.models import LessonPage
from tests.factories.courses import build_course

VENDOR = Path(settings.BASE_DIR) / "locale_vendor"
LANGUAGES = ["uz", "tk"]
DOMAINS = ["django", "djangojs"]
# Kazakh and Tajik: allauth's account and MFA pages only (django domain); their
# admin falls back to Russian.
ALLAUTH_ONLY_LANGUAGES = ["kk", "tg"]
CATALOGUES = [(language, domain) for language in LANGUAGES for domain in DOMAINS] + [
    (language, "django") for language in ALLAUTH_ONLY_LANGUAGES
]
# Python named and positional (%(name)s, %(count)d, %s, %d) and str.format
# ({name}, {0}, {}) placeholders; Wagtail's JavaScript uses the same two kinds.
PLACEHOLDER = re.compile(r"%\([A-Za-z_0-9]+\)[sdif]|%[sdif]|\{[A-Za-z_0-9]*\}")
# Text Wagtail 8.0.1 writes into its templates without marking it for
# translation (the header's aria-label="Actions"); no catalogue can change it.
UPSTREAM_UNTRANSLATABLE = {"Actions"}


def vendor_messages():
    """bin/vendor-messages as a module: its SOURCES define the scope."""
    loader = SourceFileLoader("vendor_messages", str(Path(settings.BASE_DIR) / "bin" / "vendor-messages"))
    spec = importlib.util.spec_from_loader("vendor_messages", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@functools.cache
def catalogue(language, domain="django"):
    return polib.pofile(str(VENDOR / language / "LC_MESSAGES" / f"{domain}.po"))


def forms(entry):
    return (
        [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
        if entry.msgid_plural
        else [entry.msgstr]
    )


@pytest.fixture(scope="module")
def templates():
    script = vendor_messages()
    return {(language, domain): script.template(domain, language) for language, domain in CATALOGUES}


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_vendor_catalogue_has_no_empty_or_fuzzy_entry(language, domain):
    po = catalogue(language, domain)
    assert not [e.msgid for e in po.untranslated_entries()], f"{language}/{domain}: untranslated"
    assert not [e.msgid for e in po.fuzzy_entries()], f"{language}/{domain}: fuzzy"
    assert not [e.msgid for e in po if e.msgid_plural and not all(forms(e))], (
        f"{language}/{domain}: plural form"
    )
    assert len(po.translated_entries()) > 100


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_vendor_placeholders_match(language, domain):
    for entry in catalogue(language, domain).translated_entries():
        if entry.msgid_plural:
            singular, plural = (
                sorted(PLACEHOLDER.findall(entry.msgid)),
                sorted(PLACEHOLDER.findall(entry.msgid_plural)),
            )
            first, *others = forms(entry)
            # The singular form may name the number ("1 page") like the msgid does.
            assert sorted(PLACEHOLDER.findall(first)) in (singular, plural), f"{language}: {entry.msgid!r}"
            for form in others:
                assert sorted(PLACEHOLDER.findall(form)) == plural, f"{language}: {entry.msgid_plural!r}"
        else:
            expected = sorted(PLACEHOLDER.findall(entry.msgid))
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == expected, f"{language}: {entry.msgid!r}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_uzbek_is_latin_with_modifier_letter_turned_comma(domain):
    for entry in catalogue("uz", domain).translated_entries():
        for form in forms(entry):
            assert not re.search(r"[А-Яа-яЁё]", form), f"Cyrillic in {entry.msgid!r}"
            assert not re.search(r"[oOgG]['‘’`ʼ]", form), f"oʻ/gʻ must use U+02BB: {form!r}"


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_every_dependency_msgid_in_scope_is_translated(templates, language, domain):
    """An upgrade of allauth or Wagtail that adds or changes messages fails
    here until `bin/vendor-messages` has merged them and they are translated."""
    translated = {(e.msgctxt, e.msgid) for e in catalogue(language, domain).translated_entries()}
    missing = [e.msgid for e in templates[language, domain] if (e.msgctxt, e.msgid) not in translated]
    assert not missing, f"{language}/{domain}: {len(missing)} msgids to translate, e.g. {missing[:10]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_russian_overrides_are_messages_the_dependencies_still_have(templates, domain):
    """locale_vendor/ru is kept by hand (the packages ship Russian): every
    entry must still be a message of the installed versions, translated, with
    the msgid's placeholders."""
    in_scope = {(e.msgctxt, e.msgid) for e in templates["uz", domain]}
    po = catalogue("ru", domain)
    assert [e.msgid for e in po if (e.msgctxt, e.msgid) not in in_scope] == []
    assert not po.untranslated_entries() and not po.fuzzy_entries()
    for entry in po:
        for index, form in enumerate(forms(entry)):
            expected = entry.msgid_plural if entry.msgid_plural and index else entry.msgid
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(expected)), entry.msgid


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_russian_admin_has_every_message_in_scope(templates, domain):
    """Wagtail's and wagtail-localize's own Russian, with ours where it has
    gaps ("- Select an option -", "Actions (footer)"): after an upgrade, a new
    message missing from both fails here."""
    script = vendor_messages()
    translated = {(e.msgctxt, e.msgid) for e in catalogue("ru", domain).translated_entries()}
    for source in script.SOURCES:
        path = script.package_dir(source.package) / "locale" / "ru" / "LC_MESSAGES" / f"{domain}.po"
        if source.domain == domain and path.exists():
            translated |= {(e.msgctxt, e.msgid) for e in polib.pofile(str(path)).translated_entries()}
    missing = [e.msgid for e in templates["uz", domain] if (e.msgctxt, e.msgid) not in translated]
    assert not missing, missing[:10]


@pytest.mark.parametrize(("language", "domain"), [*CATALOGUES, ("ru", "django"), ("ru", "djangojs")], ids=str)
def test_a_translation_keeps_the_space_its_message_ends_with(language, domain):
    """wagtail-localize writes gettext("Publish in ") + a language's name: a
    translation without the space read "Опубликовать вТуркменский"."""
    for entry in catalogue(language, domain).translated_entries():
        if entry.msgid.endswith(" "):
            assert all(form.endswith(" ") for form in forms(entry)), f"{language}: {entry.msgid!r}"


@pytest.mark.parametrize("language", ["tk", "kk", "tg"])
def test_every_allauth_account_and_mfa_msgid_is_translated(language):
    script = vendor_messages()
    allauth = [s for s in script.SOURCES if s.package == "allauth"]
    assert all(language in s.languages for s in allauth)
    entries = [e for s in allauth for e in script.source_entries(s)]
    assert len(entries) > 250  # account and MFA: login, sign-up, e-mails, TOTP, recovery codes...
    translated = {(e.msgctxt, e.msgid) for e in catalogue(language).translated_entries()}
    assert not [e.msgid for e in entries if (e.msgctxt, e.msgid) not in translated]


@pytest.mark.parametrize("language", ALLAUTH_ONLY_LANGUAGES)
def test_kazakh_and_tajik_vendor_catalogues_are_allauth_in_cyrillic(language):
    """Only allauth and Django's password rules (the admin stays Russian for
    them), written in Cyrillic."""
    po = catalogue(language)
    assert not (VENDOR / language / "LC_MESSAGES" / "djangojs.po").exists()
    assert all(
        path.startswith(("allauth/", "django/contrib/auth/")) for e in po for path, _line in e.occurrences
    )
    latin_only = [
        e.msgid
        for e in po.translated_entries()
        for form in forms(e)
        if not re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіҲҳҶҷӢӣӮӯ]", PLACEHOLDER.sub("", form))
    ]
    # Brand and standard names stay as they are.
    assert set(latin_only) <= {"WebAuthn"}, latin_only


@functools.cache
def english_interface_texts(language, domain="django"):
    """The vendor msgids whose translation differs from the English, without
    placeholders: if one of them shows on a page, that page is not translated."""
    return {
        e.msgid
        for e in catalogue(language, domain).translated_entries()
        if not e.msgid_plural and not PLACEHOLDER.search(e.msgid) and e.msgstr != e.msgid
    }


def visible_texts(body: str) -> set[str]:
    body = re.sub(r"<(script|style|svg|template)\b.*?</\1>", "", body, flags=re.S)
    texts = {html.unescape(t).strip() for t in re.findall(r">([^<>]+)<", body)}
    texts |= {
        html.unescape(a).strip() for a in re.findall(r'(?:aria-label|title|placeholder)="([^"]+)"', body)
    }
    return {t for t in texts if t}


def english_left(body, language):
    return sorted((visible_texts(body) & english_interface_texts(language)) - UPSTREAM_UNTRANSLATABLE)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "heading"),
    [
        ("account_login", "Açar sözüňizi unutdyňyzmy?"),
        ("account_signup", "Hasaba durmak"),
        ("account_reset_password", "Açar sözüni dikeltmek"),
    ],
)
def test_allauth_pages_render_in_turkmen_without_english(client, url_name, heading):
    with translation.override("tk"):
        url = reverse(url_name)
    assert url.startswith("/tk/")
    body = client.get(url).content.decode()
    assert heading in body
    assert english_left(body, "tk") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "url_name", "heading"),
    [
        ("kk", "account_login", "Құпиясөзіңізді ұмыттыңыз ба?"),
        ("kk", "account_signup", "Тіркелу"),
        ("kk", "account_reset_password", "Құпиясөзді қалпына келтіру"),
        ("tg", "account_login", "Паролро фаромӯш кардед?"),
        ("tg", "account_signup", "Бақайдгирӣ"),
        ("tg", "account_reset_password", "Барқарор кардани парол"),
    ],
)
def test_allauth_pages_render_in_kazakh_and_tajik_without_english(client, language, url_name, heading):
    with translation.override(language):
        url = reverse(url_name)
    assert url.startswith(f"/{language}/")
    body = client.get(url).content.decode()
    assert heading in body
    assert english_left(body, language) == []


@pytest.fixture
def lesson(site_tree):
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1)
    return LessonPage.objects.descendant_of(course).get()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "publish"), [("uz", "Eʼlon qilish"), ("tk", "Çap etmek")])
def test_wagtail_page_editor_for_a_lesson_renders_without_english(
    client, make_user, lesson, language, publish
):
    """An editor whose site language is Uzbek or Turkmen gets the page editor
    (panels, publish menu, status side panel) in that language."""
    client.force_login(make_user(role=Role.MENTOR, language=language, is_superuser=True))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    body = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert f'lang="{language}"' in body
    assert publish in body
    assert english_left(body, language) == []


@pytest.mark.django_db
def test_mentors_may_choose_uzbek_and_turkmen_for_the_admin(client, make_user):
    mentor = make_user(role=Role.MENTOR)
    client.force_login(mentor)
    body = client.get(reverse("wagtailadmin_account")).content.decode()
    assert '<option value="uz"' in body
    assert '<option value="tk"' in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("tk", "Tassyklaýjy programmany işjeňleşdirmek"),
        ("kk", "Аутентификатор қолданбасын іске қосу"),
        ("tg", "Фаъол кардани барномаи аутентификатор"),
    ],
)
def test_mfa_setup_renders_without_english(client, make_user, password, language, heading):
    """Setting up the authenticator app, as a trainee meets it: the password is
    asked again first, then the set-up page opens."""
    user = make_user(role=Role.TRAINEE, language=language)
    client.post(f"/{language}/accounts/login/", {"login": user.email, "password": password})
    response = client.get(f"/{language}/accounts/2fa/totp/activate/")
    assert response["Location"].startswith(f"/{language}/accounts/reauthenticate/")
    reauthenticate = client.get(response["Location"]).content.decode()
    assert english_left(reauthenticate, language) == []
    response = client.post(response["Location"], {"password": password}, follow=True)
    body = response.content.decode()
    assert heading in body
    assert english_left(body, language) == []


@pytest.mark.parametrize("language", ["uz", "tk", "kk", "tg"])
def test_django_password_rules_are_told_in_the_readers_language(language):
    """Sign-up and password change show Django's password validators' messages."""
    from django.contrib.auth import password_validation
    from django.core.exceptions import ValidationError

    from tests.factories.accounts import UserFactory

    user = UserFactory.build(email="aman.orazow@example.org", full_name="Aman Orazow")
    with translation.override(language):
        with pytest.raises(ValidationError) as refused:
            password_validation.validate_password("1234567", user)
        help_texts = password_validation.password_validators_help_texts()
    shown = [*refused.value.messages, *help_texts]
    assert len(refused.value.messages) >= 3  # too short, too common, entirely numeric
    english = [text for text in shown if re.search(r"\b(password|Your|This)\b", text)]
    assert not english, english
