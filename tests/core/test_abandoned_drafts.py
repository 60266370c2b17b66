"""An abandoned "Add page" (a draft Wagtail autosaved, never published) does
not block the next page with the same address: the author's own draft moves
aside and stays reachable; anyone else's page still blocks."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.roles import Role
from core.models import HomePage
from courses.models import LessonPage, ModulePage
from tests.factories.courses import build_course
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(site_tree):
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="drafts-course")
    return ModulePage.objects.child_of(course).get()


def author(make_user, **kwargs):
    return make_user(role=Role.MENTOR, is_superuser=True, **kwargs)


def create(client, module, title, slug, *, publish):
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    form = next(f for f in rendered_forms(client.get(url).text) if "slug" in f.names())
    data = form.data(title=title, slug=slug)
    data.update(nested_form_data({"body": streamfield([])}))
    if publish:
        data["action-publish"] = ["action-publish"]
    return client.post(url, data, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_the_authors_own_abandoned_draft_moves_aside(client, make_user, module):
    me = author(make_user)
    client.force_login(me)
    create(client, module, "Risk indicators", "risk-indicators", publish=False)  # then abandoned
    abandoned = LessonPage.objects.get(slug="risk-indicators")
    assert not abandoned.live
    response = create(client, module, "Risk indicators", "risk-indicators", publish=True)
    new = LessonPage.objects.live().get(slug="risk-indicators")
    assert new.pk != abandoned.pk
    abandoned.refresh_from_db()
    assert abandoned.slug == "risk-indicators-draft" and not abandoned.live
    # The editor opens the old draft at its new address (its latest revision agrees).
    assert abandoned.get_latest_revision_as_object().slug == "risk-indicators-draft"
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[abandoned.pk])).text
    assert 'value="risk-indicators-draft"' in edit
    text = " ".join(messages_of(response))
    assert "Your unfinished draft “Risk indicators”" in text and "risk-indicators-draft" in text
    assert reverse("wagtailadmin_pages:edit", args=[abandoned.pk]) in response.text


@pytest.mark.parametrize("case", ["someone_elses_draft", "published_once"])
def test_other_pages_still_block_the_address(client, make_user, module, case):
    me = author(make_user)
    if case == "someone_elses_draft":
        client.force_login(author(make_user))
        create(client, module, "Seals", "seals", publish=False)
    else:
        client.force_login(me)
        create(client, module, "Seals", "seals", publish=True)
        LessonPage.objects.get(slug="seals").unpublish()
    client.force_login(me)
    response = create(client, module, "Seals", "seals", publish=True)
    assert response.status_code == HTTPStatus.OK
    assert "The slug &#x27;seals&#x27; is already in use within the parent page." in response.text
    assert LessonPage.objects.filter(slug__startswith="seals").count() == 1
    assert LessonPage.objects.get(slug="seals")


def test_a_second_abandoned_draft_takes_the_next_free_address(client, make_user, module):
    me = author(make_user)
    client.force_login(me)
    create(client, module, "Seals", "seals", publish=False)
    create(client, module, "Seals", "seals", publish=False)  # moves the first to seals-draft
    create(client, module, "Seals", "seals", publish=True)  # moves the second to seals-draft-2
    slugs = sorted(LessonPage.objects.filter(slug__startswith="seals").values_list("slug", "live"))
    assert slugs == [("seals", True), ("seals-draft", False), ("seals-draft-2", False)]
