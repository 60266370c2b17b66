"""Nonces for the inline scripts the Wagtail admin writes.

Wagtail 8 and wagtail-localize still write a few inline ``<script>`` elements
from widget and panel templates that render without the request (date
pickers in ``wagtailadmin/widgets/*_input.html``, choosers in
``wagtail.admin.widgets.chooser.BaseChooser.render``, inline panels), so
their templates cannot print ``request.csp_nonce``. Rather than allow every
inline script in the admin, :class:`AdminScriptNonceMiddleware` hands admin
HTML to :func:`stamp_admin_scripts`, which reads it with the standard
library's HTML parser and gives this response's nonce to

- ``<script src>`` elements loading files from our own origin, and
- inline scripts whose whole text is one of the shapes those templates
  write, with every argument checked to be a JSON literal (data, never code).

Anything else (an injected ``<script>alert(1)</script>``, an event handler
attribute, a script from another origin) stays without the nonce, and the
browser refuses to run it. The admin policy (``CSP_ADMIN_DIRECTIVES``) adds
``'strict-dynamic'`` so the scripts the trusted ones create later (chooser
modals load their HTML with jQuery, inline panels copy their empty form)
still run. The only change made to the page is a ``nonce`` attribute in the
start tag of those scripts.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from core.security import is_admin_path

_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}

# initDateChooser("id_start", {...});  (wagtailadmin/widgets/*_input.html)
_DATE_INIT = re.compile(r"^(?:initDateChooser|initTimeChooser|initDateTimeChooser)\((.*)\);?$", re.S)
# new PageChooser("id_page", {...});  (wagtail.admin.widgets.chooser.BaseChooser.render)
_CHOOSER_INIT = re.compile(r"^new [A-Z][A-Za-z]*Chooser\((.*)\);?$", re.S)
# (function() { var panel = new InlinePanel(JSON.parse("...")); })();
_PANEL_INIT = re.compile(
    r"^\(function\(\) \{ var panel = new (?:InlinePanel|MultipleChooserPanel)"
    r'\(JSON\.parse\("((?:[^"\\]|\\.)*)"\)\); \}\)\(\);?$',
    re.S,
)
# wagtail_localize/admin/edit_translation.html: the chooser URLs it needs.
_LOCALIZE_URLS = re.compile(
    r'^if \(typeof window\.chooserUrls === "undefined"\) \{ window\.chooserUrls = \{ '
    r'((?:\w+: "/[\w/.-]*", )*\w+: "/[\w/.-]*",?) \} \}$',
    re.S,
)
# Installed admin templates whose inline scripts are fixed text (no template
# tags): those scripts are part of the deployed code, so their exact text is
# trusted wherever it appears.
STATIC_SCRIPT_TEMPLATES = ("wagtail_localize/admin/submit_translation.html",)


@functools.cache
def _static_template_scripts() -> frozenset[str]:
    from django.template.loader import get_template

    scripts = set()
    for name in STATIC_SCRIPT_TEMPLATES:
        for script in _scripts_in(get_template(name).template.source):
            body = script.body
            if script.closed and body.strip() and "{%" not in body and "{{" not in body:
                scripts.add(" ".join(body.split()))
    return frozenset(scripts)


def _json_arguments(text: str) -> bool:
    """Whether ``text`` is a comma-separated list of JSON literals."""
    try:
        json.loads(f"[{text}]")
    except ValueError:
        return False
    return True


def _json_string_holding_json(literal: str) -> bool:
    try:
        json.loads(json.loads(f'"{literal}"'))
    except (ValueError, TypeError):
        return False
    return True


def is_known_admin_script(text: str) -> bool:
    """Whether an inline script's text is one the admin's own templates write."""
    code = " ".join(text.split())
    if match := _DATE_INIT.match(code) or _CHOOSER_INIT.match(code):
        return _json_arguments(match.group(1))
    if match := _PANEL_INIT.match(code):
        return _json_string_holding_json(match.group(1))
    if _LOCALIZE_URLS.match(code):
        return True
    return code in _static_template_scripts()


def _same_origin(url: str) -> bool:
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


@dataclass
class _Script:
    """One ``<script>`` element: where its start tag begins in the page, its
    attributes (the first of each name, as browsers read them), its text."""

    tag_start: int
    attrs: dict[str, str]
    parts: list[str] = field(default_factory=list)
    closed: bool = False

    @property
    def body(self) -> str:
        return "".join(self.parts)


class _ScriptFinder(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        # The parser counts lines by "\n" only.
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", html)]
        self.scripts: list[_Script] = []
        self.current: _Script | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag != "script":
            return
        first: dict[str, str] = {}
        for name, value in attrs:
            first.setdefault(name, value or "")
        self.current = _Script(tag_start=self._offset(), attrs=first)
        self.scripts.append(self.current)

    def handle_data(self, data):
        if self.current is not None:
            self.current.parts.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.current is not None:
            self.current.closed = True
            self.current = None


def _scripts_in(html: str) -> list[_Script]:
    finder = _ScriptFinder(html)
    finder.feed(html)
    # No close(): an unclosed script at the end stays unclosed (never trusted).
    return finder.scripts


def _trusted(script: _Script) -> bool:
    if "nonce" in script.attrs or not script.closed:
        return False
    if script.attrs.get("type", "").strip().lower() not in _JS_TYPES:
        return False
    if "src" in script.attrs:
        return _same_origin(script.attrs["src"].strip())
    return is_known_admin_script(script.body)


def stamp_admin_scripts(html: str, nonce: str) -> str:
    """``html`` with ``nonce`` on the scripts described in the module docstring."""
    out: list[str] = []
    position = 0
    for script in _scripts_in(html):
        if _trusted(script):
            # Right after "<script".
            end = script.tag_start + len("<script")
            out.append(html[position:end])
            out.append(f' nonce="{nonce}"')
            position = end
    out.append(html[position:])
    return "".join(out)


class AdminScriptNonceMiddleware:
    """Gives admin HTML pages' trusted scripts the response's nonce. Right
    below ``core.security.ContentSecurityPolicyMiddleware``, which writes
    the same nonce into the header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_admin_path(request.path_info)
            and not response.streaming
            and "text/html" in response.get("Content-Type", "")
        ):
            charset = response.charset or "utf-8"
            html = response.content.decode(charset, errors="surrogateescape")
            stamped = stamp_admin_scripts(html, str(request.csp_nonce))
            if stamped != html:
                response.content = stamped.encode(charset, errors="surrogateescape")
                if response.has_header("Content-Length"):
                    response["Content-Length"] = str(len(response.content))
        return response
