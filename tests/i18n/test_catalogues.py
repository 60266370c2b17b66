"""`make i18n-check`, part one: the catalogues in locale/ are complete for
every language in LANGUAGES, in both domains (django: Python and templates;
djangojs: our JavaScript): every message of today's source is present,
translated, not fuzzy, with the same placeholders."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.i18n.checks import catalogue_problems, english_leftovers, interface_messages

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
DOMAINS = ["django", "djangojs"]
IGNORE = ["tests/*", "bench/*", "node_modules/*", ".venv/*", "var/*"]


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """Our catalogues re-extracted from today's source, in a scratch copy of
    the source tree (makemessages writes next to the sources it reads)."""
    base = Path(settings.BASE_DIR)
    tree = tmp_path_factory.mktemp("source") / "tree"
    skip = shutil.ignore_patterns(
        ".git",
        ".venv",
        "var",
        "node_modules",
        "__pycache__",
        "*.pyc",
        "*.mo",
        "tests",
        "bench",
        "locale_vendor",
    )
    shutil.copytree(base, tree, ignore=skip)
    cwd = os.getcwd()
    os.chdir(tree)
    try:
        with override_settings(LOCALE_PATHS=[tree / "locale"]):
            for domain in DOMAINS:
                call_command(
                    "makemessages",
                    locale=LANGUAGES,
                    domain=domain,
                    ignore_patterns=IGNORE,
                    no_obsolete=True,
                    verbosity=0,
                )
    finally:
        os.chdir(cwd)
    return tree / "locale"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(fresh_catalogues, language, domain):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / f"{domain}.po"))
    problems = catalogue_problems(catalogue)
    assert not problems, f"{language} {domain}: {problems[:20]}"
    assert len(catalogue.translated_entries()) > (50 if domain == "django" else 5)


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_has_no_gaps_and_matching_placeholders(language, domain):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    problems = catalogue_problems(polib.pofile(str(path)))
    assert not problems, f"{language} {domain}: {problems[:20]}"


def _entry(msgid, msgstr="", **kwargs):
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **kwargs)


def test_catalogue_check_reports_each_kind_of_gap():
    po = polib.POFile()
    po.append(_entry("Save", "Сақтау"))
    po.append(_entry("Home"))
    po.append(_entry("Profile", "Профиль", flags=["fuzzy"]))
    po.append(_entry("Welcome, %(name)s", "Қош келдіңіз, %(user)s"))
    plural = polib.POEntry(
        msgid="%(count)s file", msgid_plural="%(count)s files", msgstr_plural={0: "%(count)s файл", 1: ""}
    )
    po.append(plural)
    problems = catalogue_problems(po)
    assert problems == [
        "untranslated: 'Home'",
        "fuzzy: 'Profile'",
        "placeholders differ: 'Welcome, %(name)s' -> 'Қош келдіңіз, %(user)s'",
        "untranslated: '%(count)s file'",
    ]


def test_removing_an_entry_fails_both_checks(fresh_catalogues, tmp_path):
    """Take "My certificates" out of the Kazakh catalogue: the catalogue check
    reports it untranslated and a Kazakh page showing it is reported too."""
    source = fresh_catalogues / "kk" / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(source))
    entry = po.find("My certificates")
    assert entry is not None and entry.msgstr
    entry.msgstr = ""
    assert "untranslated: 'My certificates'" in catalogue_problems(po)

    locale_dir = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", locale_dir)
    po.save(str(locale_dir / "kk" / "LC_MESSAGES" / "django.po"))
    page = '<html lang="kk"><body><h1>My certificates</h1><p lang="en">My certificates</p></body></html>'
    assert english_leftovers(page, "kk", interface_messages(str(locale_dir), "kk")) == ["My certificates"]
    translated = page.replace("<h1>My certificates</h1>", "<h1>Менің сертификаттарым</h1>")
    assert english_leftovers(translated, "kk", interface_messages(str(locale_dir), "kk")) == []


@pytest.mark.parametrize(
    "catalogue",
    sorted(
        str(path.relative_to(settings.BASE_DIR))
        for directory in settings.LOCALE_PATHS
        for path in Path(directory).glob("*/LC_MESSAGES/*.po")
    ),
)
def test_catalogue_compiles_with_format_checks(catalogue):
    """What `make compilemessages` runs: msgfmt --check-format. A msgid that
    xgettext takes for a format string ("95 % low": "% l…") fails here; mark
    it `# xgettext:no-python-format` in the source."""
    import subprocess

    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check-format", "-o", os.devnull, str(Path(settings.BASE_DIR) / catalogue)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
