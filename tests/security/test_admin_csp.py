"""The admin's script nonces: Wagtail's own inline scripts and our script
files get this response's nonce; anything else does not (core/admin_csp.py,
below django-csp's middleware)."""

import re

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.admin_csp import (
    STATIC_SCRIPT_TEMPLATES,
    AdminScriptNonceMiddleware,
    _static_template_scripts,
    stamp_admin_scripts,
)
from core.security import ContentSecurityPolicyMiddleware

NONCE = "n0nce"
STAMPED = f'<script nonce="{NONCE}"'
NONCE_ATTR = f' nonce="{NONCE}"'

WAGTAIL_SHAPES = [
    '<script>initDateChooser("id_booking_date", {"dayOfWeekStart": 1, "format": "Y-m-d"});</script>',
    '<script>initDateTimeChooser("id_events\\u002D0\\u002Doccurred_at", {"format": "Y-m-d H:i"});</script>',
    '<script>new SnippetChooser("id_scenario", {"modalUrl": "/admin/snippets/choose/scenarios/scenario/"});</script>',
    """<script>
        (function() {
            var panel = new InlinePanel(JSON.parse("{\\u0022formsetPrefix\\u0022: \\u0022id_events\\u0022}"));
        })();
    </script>""",
    """<script>
        if (typeof window.chooserUrls === "undefined") {
            window.chooserUrls = {
                imageChooser: "/admin/images/chooser/",
                documentChooser: "/admin/documents/chooser/",
                pageChooser: "/admin/choose-page/",
            }
        }
    </script>""",
    '<script src="/static/wagtailadmin/js/core.js?v=1"></script>',
    '<script defer src="/admin/jsi18n/"></script>',
]

INJECTED = [
    "<script>alert(1)</script>",
    '<script>initDateChooser("x", {}); alert(1);</script>',
    '<script>initDateChooser("x", {"a": alert(1)});</script>',
    '<script>new Function("alert(1)");</script>',
    '<script>new PageChooser("x", {}), fetch("/admin/");</script>',
    """<script>(function() { var panel = new InlinePanel(JSON.parse("x" + alert(1) + "")); })();</script>""",
    """<script>if (typeof window.chooserUrls === "undefined") { window.chooserUrls = { a: "/x" + alert(1), } }</script>""",
    '<script src="https://cdn.example.com/x.js"></script>',
    '<script src="//cdn.example.com/x.js"></script>',
    '<script src="/\\cdn.example.com/x.js"></script>',
    '<script type="text/x-template">new PageChooser("x", {});</script>',
]


@pytest.mark.parametrize("html", WAGTAIL_SHAPES)
def test_the_scripts_wagtail_writes_get_the_nonce(html):
    stamped = stamp_admin_scripts(f"<p>before</p>{html}<p>after</p>", NONCE)
    assert stamped.count(STAMPED) == 1
    assert stamped.replace(f' nonce="{NONCE}"', "") == f"<p>before</p>{html}<p>after</p>"


def test_the_parser_reads_scripts_as_a_browser_does():
    html = (
        "<p>a\r\nb</p>\n<SCRIPT SRC='/static/a.js'></SCRIPT>\n"
        '<script src="/static/b.js" src="https://cdn.example.com/x.js"></script>'
        '<script src="https://cdn.example.com/x.js" src="/static/c.js"></script>'
        '<script>\n  initDateChooser("a", {"b": "</p>"});\n</script >'
        '<!-- <script src="/static/in-a-comment.js"></script> -->'
    )
    stamped = stamp_admin_scripts(html, NONCE)
    # The first of two src attributes counts, as in a browser.
    assert f"<SCRIPT{NONCE_ATTR} SRC='/static/a.js'>" in stamped
    assert f'<script{NONCE_ATTR} src="/static/b.js"' in stamped
    assert '<script src="https://cdn.example.com/x.js" src="/static/c.js">' in stamped
    assert f"<script{NONCE_ATTR}>\n  initDateChooser" in stamped
    assert '<!-- <script src="/static/in-a-comment.js"></script> -->' in stamped
    assert stamped.replace(NONCE_ATTR, "") == html


@pytest.mark.parametrize("html", INJECTED)
def test_anything_else_stays_without_it(html):
    assert stamp_admin_scripts(html, NONCE) == html


def test_a_script_that_already_has_a_nonce_is_left_alone():
    html = '<script nonce="other">go()</script><script src="/static/a.js"></script>'
    assert (
        stamp_admin_scripts(html, NONCE)
        == f'<script nonce="other">go()</script>{STAMPED} src="/static/a.js"></script>'
    )


def test_an_unclosed_script_is_not_trusted():
    html = '<p>x</p><script>initDateChooser("a", {});'
    assert stamp_admin_scripts(html, NONCE) == html


def test_fixed_scripts_are_read_from_the_installed_templates():
    from django.template.loader import get_template

    scripts = _static_template_scripts()
    assert scripts, f"no inline script found in {STATIC_SCRIPT_TEMPLATES}"
    source = get_template(STATIC_SCRIPT_TEMPLATES[0]).template.source
    body = re.search(r"<script[^>]*>(.*?)</script>", source, re.S).group(1)
    assert STAMPED in stamp_admin_scripts(f"<script>{body}</script>", NONCE)
    assert STAMPED not in stamp_admin_scripts(f"<script>{body};alert(1)</script>", NONCE)


@pytest.mark.parametrize(
    ("path", "stamped"),
    [("/admin/pages/", True), ("/django-admin/", True), ("/en/courses/", False)],
)
def test_the_middleware_stamps_admin_html_only(settings, path, stamped):
    body = '<script src="/static/a.js"></script><script>alert(1)</script>'
    middleware = stack(lambda request: HttpResponse(body, headers={"Content-Length": str(len(body))}))
    response = middleware(RequestFactory().get(path))
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    # Outside the admin nothing used the nonce: neither the page nor the header has one.
    assert bool(nonce) is stamped
    assert ("nonce=" in html) is stamped
    if stamped:
        assert f'<script nonce="{nonce.group(1)}" src="/static/a.js">' in html
    assert "<script>alert(1)</script>" in html
    assert response["Content-Length"] == str(len(response.content))


def test_the_middleware_leaves_other_admin_content_types_alone():
    body = b'{"html": "<script src=\\"/static/a.js\\"></script>"}'
    middleware = stack(lambda request: HttpResponse(body, content_type="application/json"))
    response = middleware(RequestFactory().get("/admin/x/"))
    assert response.content == body
    # The header carries the nonce all the same: with 'strict-dynamic' nothing runs without it.
    assert re.search(
        r"script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)", response["Content-Security-Policy"]
    )


def stack(view):
    """The two middleware in the order of settings.MIDDLEWARE."""
    return ContentSecurityPolicyMiddleware(AdminScriptNonceMiddleware(view))
