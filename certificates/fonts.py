"""Which letters each certificate language needs, and whether an installed
font has them. Fonts are found through fontconfig, as WeasyPrint finds them."""

import shutil
import string
import subprocess
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

_RU = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
LANGUAGE_LETTERS: dict[str, str] = {
    "en": string.ascii_letters,
    "ru": _RU + _RU.lower(),
    # Uzbek Latin: oʻ and gʻ take the modifier letter turned comma (U+02BB),
    # the tutuq belgisi is the modifier letter apostrophe (U+02BC).
    "uz": string.ascii_letters + "\u02bb\u02bc",
    "tk": string.ascii_letters + "ÄäÇçŇňÖöŞşÜüÝýŽž",
    # Kazakh and Tajik are written in Cyrillic with letters Russian lacks.
    "kk": _RU + _RU.lower() + "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
    "tg": _RU + _RU.lower() + "ҒғӢӣҚқӮӯҲҳҶҷ",
    "az": string.ascii_letters + "ÇçƏəĞğIıİÖöŞşÜü",
}


@cache
def font_file(family: str) -> Path | None:
    """The file fontconfig picks for `family`, or None when the family is not
    installed (fontconfig would silently substitute another)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    result = subprocess.run(  # noqa: S603 - fixed program, family passed as one argument
        [fc_match, "--format=%{family}\n%{file}", family],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) < 2:
        return None
    families = {name.strip().casefold() for name in lines[0].split(",")}
    if family.strip().casefold() not in families:
        return None
    return Path(lines[1])


@cache
def _cmap(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap() or {})


def letters_missing(family: str, language: str) -> list[str] | None:
    """The letters of `language` the font lacks ([] when it covers them all),
    or None when the family is not installed."""
    path = font_file(family)
    if path is None:
        return None
    cmap = _cmap(path)
    return [letter for letter in LANGUAGE_LETTERS.get(language, "") if ord(letter) not in cmap]
