"""Checks behind `make i18n-check` (docs/i18n.md).

Two kinds of check, both pure functions so tests can feed them broken input:

- `catalogue_problems(po)`: entries of one catalogue that are untranslated,
  fuzzy, or whose placeholders differ from the msgid's.
- `english_leftovers(html, language, ...)`: interface text of a rendered page
  that is still English: any English msgid of our catalogues that some
  language translates (so it is interface text, not a code like "PDF"), found
  in the visible text or in user-facing attributes, plus a few English words
  of the dependencies a trainee meets on our pages.
- `admin_leftovers(html, language, ...)`: the same for a Wagtail admin page,
  with the messages of the dependencies' catalogues (locale_vendor/), the
  widgets Wagtail sends inside its block definitions, and the raw values
  (None, True, False) and English column names a listing prints when a field
  is shown without a translated label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib

PLACEHOLDER = re.compile(r"%\([A-Za-z_0-9]+\)[sdf]|%[sdf]|\{[a-z_0-9]*\}")
# Text a translation may legitimately leave in English in every language.
NEUTRAL_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
SKIPPED_ELEMENTS = {"script", "style", "template", "noscript"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}  # fmt: skip
# English interface words of our dependencies (allauth, Django forms) that a
# trainee meets on our pages; none of them may survive in another language.
DEPENDENCY_ENGLISH = (
    "Sign In",
    "Sign Up",
    "Forgot your password?",
    "Remember Me",
    "Password (again)",
    "This field is required.",
    "Already have an account?",
)


# Where Wagtail's admin puts a block definition (JSON holding widget HTML).
BLOCK_DATA_ATTRIBUTE = "data-w-block-data-value"
# Text an admin page must not show in another language: a field's raw value
# (None, True, False), Wagtail's English a catalogue of the installed version
# lacks or never reaches, column names taken from an untranslated field.
RAW_VALUES = ("None", "True", "False")
ADMIN_ENGLISH = (*RAW_VALUES, "- Select an option -", "Created at", "Updated at", "More actions")
# A count or label with a raw None in it ("1-20 of 213 None", "22 ta Nonedan").
RAW_NONE = re.compile(r"(?<![A-Za-z])None")
# Wagtail 8.0.1 writes these into its templates or evaluates them at start-up,
# out of every catalogue's reach (docs/vendor-translations.md).
ADMIN_UPSTREAM_ENGLISH = frozenset({"Actions", "Home"})


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def catalogue_problems(po: polib.POFile) -> list[str]:
    """Every untranslated, fuzzy or placeholder-mismatched entry, one line each."""
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
            continue
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not all(form.strip() for form in forms):
            problems.append(f"untranslated: {entry.msgid!r}")
            continue
        expected = placeholders(entry.msgid_plural or entry.msgid)
        singular = placeholders(entry.msgid)
        for form in forms:
            # A plural's singular form may name the count in words ("one").
            if placeholders(form) not in (expected, singular):
                problems.append(f"placeholders differ: {entry.msgid!r} -> {form!r}")
    return problems


@dataclass(frozen=True)
class Msg:
    text: str
    pattern: re.Pattern | None
    anchor: str


def _compile(msgid: str) -> Msg:
    text = " ".join(msgid.split())
    parts = PLACEHOLDER.split(text)
    if len(parts) == 1:
        return Msg(text, None, text)
    # A placeholder stands for text inside one node; nodes are joined by "\n".
    regex = r"[^\n]+?".join(re.escape(part) for part in parts)
    return Msg(text, re.compile(regex), max(parts, key=len).strip())


@cache
def interface_messages(locale_dir: str, language: str) -> tuple[Msg, ...]:
    """English msgids of the django and djangojs catalogues under
    `locale_dir` that are interface text (some language translates them
    differently) and that `language` does not leave in English (it
    translates them differently, or lacks them)."""
    translated_somewhere: dict[str, bool] = {}
    kept_in_english: set[str] = set()
    for path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
        this_language = path.parent.parent.name == language
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                differs = any(form and form != msgid for form in forms)
                translated_somewhere[msgid] = translated_somewhere.get(msgid, False) or differs
                if this_language and msgid in forms:
                    kept_in_english.add(msgid)
    messages = []
    for msgid, translated in translated_somewhere.items():
        words = re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub(" ", msgid))
        # A bare placeholder says nothing about the language, and one word
        # around a placeholder ("Select %(code)s") would match English
        # content (names, scenario texts) as often as interface text.
        if not words or (PLACEHOLDER.search(msgid) and len(words) < 2):
            continue
        if translated and msgid not in kept_in_english:
            messages.append(_compile(msgid))
    return tuple(messages)


class _TextCollector(HTMLParser):
    """Visible text nodes and user-facing attribute values, skipping scripts
    (`skipped` elements) and anything marked as written in another language
    (lang=".."). `unseen` holds the indexes of the nodes inside an element
    with the `hidden` attribute (shown only when a script reveals it)."""

    def __init__(self, language: str, skipped: frozenset[str] | set[str] = SKIPPED_ELEMENTS):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.skipped = skipped
        self.stack: list[tuple[str, bool, bool]] = []
        self.nodes: list[str] = []
        self.unseen: set[int] = set()
        self.block_data: list[str] = []

    def _hidden(self) -> bool:
        return any(hidden for _tag, hidden, _unseen in self.stack)

    def _add(self, text: str) -> None:
        if any(unseen for _tag, _hidden, unseen in self.stack):
            self.unseen.add(len(self.nodes))
        self.nodes.append(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = (attributes.get("lang") or "").split("-")[0]
        other_language = bool(lang) and lang != self.language and tag != "html"
        hidden = tag in self.skipped or other_language or attributes.get("translate") == "no"
        if not (hidden or self._hidden()):
            if attributes.get(BLOCK_DATA_ATTRIBUTE):
                self.block_data.append(attributes[BLOCK_DATA_ATTRIBUTE])
            for name in NEUTRAL_ATTRIBUTES:
                if attributes.get(name):
                    self._add(attributes[name])
            if tag == "input" and attributes.get("type") in ("submit", "button") and attributes.get("value"):
                self._add(attributes["value"])
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, hidden, "hidden" in attributes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self.stack:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._hidden() and data.strip():
            self._add(data)


def visible_text(html: str, language: str) -> list[str]:
    collector = _TextCollector(language)
    collector.feed(html)
    collector.close()
    return [" ".join(node.split()) for node in collector.nodes]


def english_leftovers(html: str, language: str, messages: tuple[Msg, ...]) -> list[str]:
    """The English interface texts found in `html`, a page in `language`."""
    nodes = visible_text(html, language)
    return sorted(
        set(_messages_in(nodes, messages)) | {w for w in DEPENDENCY_ENGLISH if w in "\n".join(nodes)}
    )


def _messages_in(nodes: list[str], messages: tuple[Msg, ...]) -> list[str]:
    node_set = set(nodes)
    joined = "\n".join(nodes)
    found = []
    for msg in messages:
        if msg.anchor not in joined:
            continue
        if msg.pattern is None:
            # One word ("Status") counts only as a whole text node; longer
            # messages also inside a longer text.
            hit = (
                msg.text in node_set
                if " " not in msg.text
                else re.search(rf"(?<![A-Za-z]){re.escape(msg.text)}(?![A-Za-z])", joined)
            )
        else:
            hit = msg.pattern.search(joined)
        if hit:
            found.append(msg.text if msg.pattern is None else f"{msg.text} ({hit.group(0)!r})")
    return found


def admin_text(html: str, language: str) -> tuple[list[str], set[int]]:
    """`visible_text` of a Wagtail admin page, and of the widgets inside its
    block definitions: a StreamField sends each block's form (a choice
    block's <select> with its options) as HTML inside JSON, which the editor
    shows when a block is added. What an editor typed (a textarea's text) is
    content and left out. Also the indexes of the nodes inside `hidden`
    elements."""
    collector = _TextCollector(language, skipped=SKIPPED_ELEMENTS | {"textarea"})
    collector.feed(html)
    collector.close()
    nodes = list(collector.nodes)
    for data in collector.block_data:
        for text in _strings(json.loads(data)):
            if "<" in text:
                nodes += visible_text(text, language)
    return [" ".join(node.split()) for node in nodes], collector.unseen


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def admin_leftovers(
    html: str, language: str, messages: tuple[Msg, ...], as_written: tuple[str, ...] = ()
) -> list[str]:
    """English on an admin page in `language`: messages (of our catalogues and
    the dependencies', `interface_messages` of each) and ADMIN_ENGLISH, less
    what Wagtail writes in English where no catalogue reaches
    (ADMIN_UPSTREAM_ENGLISH) and text nodes that are one of `as_written`
    (content shown as its author wrote it: the titles in a page's
    breadcrumbs)."""
    nodes, unseen = admin_text(html, language)
    content = set(as_written)
    nodes = ["" if node in content else node for node in nodes]
    # A raw value counts where it can be seen or heard: Wagtail leaves "None"
    # in the hidden counter of a side panel's toggle until a script sets it.
    seen = [node for index, node in enumerate(nodes) if index not in unseen]
    nodes = [
        node
        for index, node in enumerate(nodes)
        if node not in ADMIN_UPSTREAM_ENGLISH and not (index in unseen and node in RAW_VALUES)
    ]
    found = set(_messages_in(nodes, messages)) - ADMIN_UPSTREAM_ENGLISH
    found |= {text for text in ADMIN_ENGLISH if text in seen}
    found |= {node for node in seen if RAW_NONE.search(node)}
    return sorted(found)


WORD = re.compile(r"[A-Za-z]{3,}")


def _words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(PLACEHOLDER.sub(" ", text))}


@cache
def interface_words(locale_dir: str, language: str) -> frozenset[str]:
    """Lower-case English words (three letters or more) of our msgids that
    `language`'s own translations never use: words of the interface's English
    that a reader of `language` should never meet."""
    english: set[str] = set()
    own: set[str] = set()
    for path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
        this_language = path.parent.parent.name == language
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            english |= _words(entry.msgid) | _words(entry.msgid_plural or "")
            if this_language:
                forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
                for form in forms:
                    own |= _words(form)
    return frozenset(english - own)


def untranslated_text(
    english_html: str, html: str, language: str, words: frozenset[str], as_written: tuple[str, ...] = ()
) -> list[str]:
    """Text of a page in `language` that bypassed the catalogues altogether.

    `english_leftovers` finds English messages *of the catalogues*; a string
    that never reached them (written outside gettext, or where the extractor
    does not look) is in no catalogue. Such text reads the same on the
    English render of the same page: every text node shown identically in
    both renders that holds an English interface word (`interface_words`).
    `as_written` lists values shown as their source wrote them (the case
    file's documents: goods descriptions, party names); they are taken out
    of a node before its words are looked at."""
    english_nodes = set(visible_text(english_html, "en"))
    values = sorted({v for v in as_written if v}, key=len, reverse=True)
    found = set()
    for node in visible_text(html, language):
        if node not in english_nodes:
            continue
        rest = node
        for value in values:
            rest = rest.replace(value, " ")
        if _words(rest) & words:
            found.add(node)
    return sorted(found)
