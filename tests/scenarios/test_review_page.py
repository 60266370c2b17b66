"""The review page inside the Wagtail admin: its layout, the reader's admin
language, and a link to edit everything it lists (issue #19)."""

from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.users.models import UserProfile

from scenarios.services import scenario_new_version

pytestmark = pytest.mark.django_db


class _TabsOfInputs(HTMLParser):
    """For each input of an edit page, the id ("tab-…") of the tab around it."""

    def __init__(self):
        super().__init__()
        self.sections: list[str] = []  # ids of the open <section> elements
        self.tab_of: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.sections.append(attrs.get("id") or "")
        elif tag == "input" and attrs.get("name"):
            tabs = [id_ for id_ in self.sections if id_.startswith("tab-")]
            if tabs:
                self.tab_of[attrs["name"]] = tabs[0]

    def handle_endtag(self, tag):
        if tag == "section" and self.sections:
            self.sections.pop()


def tab_holding(html: str, formset: str) -> str:
    """The id ("tab-…") of the edit page's tab holding the inline panel of `formset`."""
    parser = _TabsOfInputs()
    parser.feed(html)
    return parser.tab_of[f"{formset}-TOTAL_FORMS"]


def review(client, scenario):
    response = client.get(reverse("scenarios_admin:review", args=[scenario.pk]))
    assert response.status_code == HTTPStatus.OK
    return response.text


def test_the_former_address_leads_to_the_admin_page(client, mentor, draft_scenario):
    client.force_login(mentor)
    response = client.get(reverse("scenarios:review", args=[draft_scenario.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("scenarios_admin:review", args=[draft_scenario.pk])
    assert response["Location"].startswith("/admin/")


def test_the_page_is_in_the_admin_layout_with_a_way_back(client, mentor, draft_scenario):
    client.force_login(mentor)
    html = review(client, draft_scenario)
    assert "data-wagtail-sidebar" in html or 'id="wagtail-sidebar"' in html
    assert f'href="{reverse("wagtailsnippets_scenarios_scenario:list")}"' in html


def test_a_draft_links_to_edit_everything_it_lists(client, make_user, draft_scenario):
    from accounts.roles import Role

    # A superuser: documents are edited by those who hold their permissions.
    mentor = make_user(role=Role.MENTOR, is_superuser=True)
    consignment = draft_scenario.consignments.order_by("container_number").first()
    scan = Document(title="Bill of lading scan")
    scan.file.save("bl.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    scan.save()
    consignment.scans.add(scan)
    client.force_login(mentor)
    html = review(client, draft_scenario)
    scenario_edit = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    assert f'href="{scenario_edit}"' in html
    # Parties and the OSINT corpus: links to the tabs of the scenario's edit
    # page that hold them.
    edit_page = client.get(scenario_edit).text
    for formset in ("parties", "osint_pages"):
        tab = tab_holding(edit_page, formset)
        assert f'href="{scenario_edit}#{tab}"' in html
    consignment_edit = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    truth_tab = tab_holding(client.get(consignment_edit).text, "truth")
    assert f'href="{consignment_edit}#{truth_tab}"' in html
    for each in draft_scenario.consignments.all():
        edit = reverse("wagtailsnippets_scenarios_consignment:edit", args=[each.pk])
        assert f'href="{edit}">{each.container_number}</a>' in html
    assert f'href="{reverse("wagtaildocs:edit", args=[scan.pk])}">Bill of lading scan</a>' in html
    add = reverse("wagtailsnippets_scenarios_consignment:add") + f"?scenario={draft_scenario.pk}"
    assert f'href="{add}"' in html
    for party in draft_scenario.parties.all():
        assert party.name in html


def test_the_links_to_tabs_open_the_tab_the_edit_page_has_in_every_reviewers_language(
    client, make_user, draft_scenario
):
    """Wagtail builds an edit page's panels once per process, in the language
    of whoever opens it first: the review page's links to its tabs must point
    at the tab the page really has, whatever the language of the reviewer and
    of whoever came first (so the languages take turns here)."""
    from accounts.roles import Role

    scenario_edit = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    consignment = draft_scenario.consignments.order_by("container_number").first()
    consignment_edit = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    anchors = set()
    for language in ("ru", "en", "uz", "tk"):
        reviewer = make_user(role=Role.MENTOR)
        profile = UserProfile.get_for_user(reviewer)
        profile.preferred_language = language
        profile.save()
        client.force_login(reviewer)
        html = review(client, draft_scenario)
        edit_page = client.get(scenario_edit).text
        links = [
            f"{scenario_edit}#{tab_holding(edit_page, 'parties')}",
            f"{scenario_edit}#{tab_holding(edit_page, 'osint_pages')}",
            f"{consignment_edit}#{tab_holding(client.get(consignment_edit).text, 'truth')}",
        ]
        for link in links:
            assert f'href="{link}"' in html, (language, link)
        anchors.add(tuple(links))
    # The same links in every language: one a reviewer sends a colleague works too.
    assert len(anchors) == 1


def test_a_published_version_offers_no_edit_link_but_a_new_version(client, mentor, published_scenario):
    client.force_login(mentor)
    html = review(client, published_scenario)
    assert reverse("wagtailsnippets_scenarios_scenario:edit", args=[published_scenario.pk]) not in html
    assert "/admin/snippets/scenarios/consignment/edit/" not in html
    assert "Create a new version to edit" in html
    draft = scenario_new_version(scenario=published_scenario, user=mentor)
    html = review(client, draft)
    assert reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft.pk]) in html


def test_staff_read_the_page_without_edit_links(client, staff, draft_scenario):
    client.force_login(staff)
    html = review(client, draft_scenario)
    page = html.split('class="nice-padding scenario-review"', 1)[1]
    assert "/edit/" not in page
    assert reverse("wagtailsnippets_scenarios_consignment:add") not in page


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Отправить на проверку"), ("tk", "Barlaga ibermek"), ("en", "Send for review")],
)
def test_the_page_speaks_the_admin_language_not_the_sites(client, make_user, draft_scenario, language, text):
    from accounts.roles import Role

    mentor = make_user(role=Role.MENTOR, language="uz")  # the site language: Uzbek
    profile = UserProfile.get_for_user(mentor)
    profile.preferred_language = language
    profile.save()
    client.force_login(mentor)
    client.cookies["django_language"] = "uz"
    html = review(client, draft_scenario)
    assert f'lang="{language}"' in html
    assert text in html


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_the_page_reads_the_consignments_once_and_as_many_queries_whatever_their_number(
    client, make_user, status
):
    """Small against large (no exact count: only that it does not grow): the
    publishing check, the consignment table and the truth take the
    consignments from one reading. Generated scenarios: their consignments
    name notify parties and freight payers, which the check validates."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.roles import Role
    from scenarios.services import scenario_generate, scenario_submit_for_review

    author = make_user(role=Role.MENTOR)
    # The reviewer sees the truth too; a superuser, for every edit link.
    reviewer = make_user(role=Role.MENTOR, is_superuser=True)
    counts = []
    for size in (6, 18):
        scenario = scenario_generate(seed=size, consignments=size, user=author)
        if status == "in_review":
            scenario_submit_for_review(scenario=scenario, user=author)
        client.force_login(reviewer)
        review(client, scenario)  # warm caches (site, admin menu, locale)
        with CaptureQueriesContext(connection) as queries:
            html = review(client, scenario)
        assert "The hidden truth, consignment by consignment" in html
        assert all(c.container_number in html for c in scenario.consignments.all())
        reads = [q["sql"] for q in queries if 'FROM "scenarios_consignment"' in q["sql"]]
        assert len(reads) == 1, reads
        counts.append(len(queries))
    assert counts[0] == counts[1]
