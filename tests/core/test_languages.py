import json
from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db

HOME = [
    ("en", "PCU Academy", "Sign in"),
    ("ru", "Академия ГПК", "Войти"),
    ("uz", "PNG akademiyasi", "Kirish"),
    ("tk", "PGT akademiýasy", "Girmek"),
]


@pytest.mark.parametrize(("language", "title", "sign_in"), HOME)
def test_home_page_is_served_in_each_language(client, site_tree, language, title, sign_in):
    response = client.get(f"/{language}/")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html
    assert sign_in in html
    # The home page's title is the site's name: said once, not "X · X".
    assert f"<title>{title}</title>" in html


def test_root_redirects_to_a_language_prefix(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize(("language", "sign_in"), [(lang, s) for lang, _t, s in HOME])
def test_allauth_pages_follow_the_prefix(client, language, sign_in):
    response = client.get(f"/{language}/accounts/login/")
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{language}">' in response.content.decode()


def test_switcher_goes_to_the_same_page_in_the_new_language_and_remembers_it(client, trainee, site_tree):
    client.force_login(trainee)
    response = client.post("/i18n/setlang/", {"language": "uz", "next": "/en/"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/uz/"
    assert response.cookies["django_language"].value == "uz"
    trainee.refresh_from_db()
    assert trainee.preferred_language == "uz"


def test_switcher_translates_non_page_urls(client, trainee):
    client.force_login(trainee)
    response = client.post("/i18n/setlang/", {"language": "tk", "next": "/en/profile/"})
    assert response["Location"] == "/tk/profile/"


def test_switcher_works_for_anonymous_visitors(client, site_tree):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/en/accounts/login/"})
    assert response["Location"] == "/ru/accounts/login/"
    assert response.cookies["django_language"].value == "ru"


def test_switcher_rejects_unknown_languages_and_changes_nothing(client, trainee):
    client.force_login(trainee)
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/en/"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    trainee.refresh_from_db()
    assert trainee.preferred_language == "en"


def test_switcher_never_redirects_off_site(client, site_tree):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "https://evil.example.com/en/"})
    assert response["Location"] == "/ru/"


def test_switcher_requires_post(client):
    assert client.get("/i18n/setlang/?language=ru").status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_header_shows_role_aware_navigation(client, make_user, site_tree):
    from accounts.roles import Role

    client.force_login(make_user(role=Role.TRAINEE))
    assert 'href="/admin/"' not in client.get("/en/").content.decode()
    client.force_login(make_user(role=Role.MENTOR))
    assert 'href="/admin/"' in client.get("/en/").content.decode()


def test_home_page_query_count_is_bounded(client, trainee, site_tree, django_assert_max_num_queries):
    client.force_login(trainee)
    client.get("/en/")
    with django_assert_max_num_queries(12):
        assert client.get("/en/").status_code == HTTPStatus.OK


def test_pages_use_only_our_own_assets(client, site_tree):
    html = client.get("/en/accounts/login/").content.decode() + client.get("/en/").content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html


@pytest.mark.parametrize(
    ("language", "title", "sign_in"),
    [
        ("kk", "ПБТ академиясы", "Кіру"),
        ("tg", "Академияи ГНБ", "Ворид шудан"),
        ("az", "LNQ Akademiyası", "Daxil ol"),
    ],
)
def test_home_page_is_served_in_the_partner_languages(client, site_tree, language, title, sign_in):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html
    assert sign_in in html


@pytest.mark.parametrize(
    ("language", "saving"),
    [("ru", "Сохранение…"), ("tk", "Ýatda saklanýar…"), ("kk", "Сақталуда…"), ("az", "Yadda saxlanılır…")],
)
def test_javascript_catalogue_serves_our_script_texts(client, language, saving):
    response = client.get(f"/{language}/jsi18n/")
    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    assert saving in body or json.dumps(saving)[1:-1] in body
    assert "%(count)s consignment matches" in body  # the plural entry, keyed by its singular


def test_pages_load_the_javascript_catalogue_of_their_language(client, site_tree):
    assert 'src="/kk/jsi18n/"' in client.get("/kk/").content.decode()


def test_admin_falls_back_to_russian_for_languages_it_lacks(client, make_user):
    from accounts.roles import Role

    client.force_login(make_user(role=Role.MENTOR, language="kk"))
    client.cookies["django_language"] = "kk"
    html = client.get("/admin/").content.decode()
    assert 'lang="ru"' in html
    client.cookies["django_language"] = "en"
    assert 'lang="en"' in client.get("/admin/").content.decode()
