"""Nonces for the inline scripts the Wagtail admin writes.

Wagtail 8 and wagtail-localize still write a few inline ``<script>`` elements
from widget and panel templates that render without the request (date
pickers, choosers, inline panels), so their templates cannot print
``request.csp_nonce``. Rather than allow every inline script in the admin,
the CSP middleware hands admin HTML to :func:`stamp_admin_scripts`, which
gives this response's nonce to

- ``<script src>`` elements loading files from our own origin, and
- inline scripts whose whole text is one of the shapes those templates
  write, with every argument checked to be a JSON literal (data, never code).

Anything else (an injected ``<script>alert(1)</script>``, an event handler
attribute, a script from another origin) stays without the nonce, and the
browser refuses to run it. The admin policy adds ``'strict-dynamic'`` so the
scripts the trusted ones create later (chooser modals load their HTML with
jQuery, inline panels copy their empty form) still run.
"""

from __future__ import annotations

import functools
import json
import re

_SCRIPT_OPEN = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
_ATTR_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ATTR_NONCE = re.compile(r"\snonce\s*=", re.IGNORECASE)
_ATTR_TYPE = re.compile(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
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
        source = get_template(name).template.source
        for match in re.finditer(r"<script\b[^>]*>(.*?)</script>", source, re.S | re.I):
            body = match.group(1)
            if body.strip() and "{%" not in body and "{{" not in body:
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


def stamp_admin_scripts(html: str, nonce: str) -> str:
    """``html`` with ``nonce`` on the scripts described in the module docstring."""
    out: list[str] = []
    position = 0
    nonce_attr = f' nonce="{nonce}"'
    while match := _SCRIPT_OPEN.search(html, position):
        attrs = match.group(1)
        close = _SCRIPT_CLOSE.search(html, match.end())
        end = close.end() if close else len(html)
        body = html[match.end() : close.start()] if close else ""
        trusted = False
        if not _ATTR_NONCE.search(attrs):
            kind = _ATTR_TYPE.search(attrs)
            kind = next(filter(None, kind.groups()), "").strip().lower() if kind else ""
            src = _ATTR_SRC.search(attrs)
            if kind in _JS_TYPES:
                if src:
                    trusted = _same_origin(next(filter(None, src.groups()), ""))
                else:
                    trusted = is_known_admin_script(body)
        out.append(html[position : match.start()])
        if trusted:
            out.append(f"<script{nonce_attr}{attrs}>")
        else:
            out.append(match.group(0))
        out.append(html[match.end() : end])
        position = end
    out.append(html[position:])
    return "".join(out)
