"""Posting a form of a rendered page as a browser would: its action, its
fields, its CSRF token, on a client that enforces CSRF checks."""

import re

from django.test import Client


def strict_client(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def post_form(client: Client, page_url: str, action: str, data: dict | None = None):
    page = client.get(page_url).content.decode()
    start = page.index(f'action="{action}"')
    form = page[start:].split("</form>", 1)[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    names = set(re.findall(r'name="([^"]+)"', form))
    assert set(data or {}) <= names, f"fields not in the form: {set(data or {}) - names}"
    return client.post(action, {"csrfmiddlewaretoken": token, **(data or {})})
