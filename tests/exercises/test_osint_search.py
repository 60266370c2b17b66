"""The OSINT search's results come twenty to a page, in the corpus's order;
a page number out of range shows the nearest page; a search is recorded once,
however its pages are turned."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from exercises import selectors
from exercises.services import attempt_start
from scenarios.models import OsintPage
from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed
from tests.factories.scenarios import scenario_build

pytestmark = pytest.mark.django_db

NEWS = [f"https://news.example.org/{i:02d}" for i in range(45)]


@pytest.fixture
def attempt(trainee):
    """An attempt on a scenario whose corpus has 45 harbour news pages
    (besides the factory's registry extract)."""
    indicator_catalogue_ensure()
    scenario = scenario_build(consignments=4, high_risk=1, budget=2)
    for address in reversed(NEWS):  # created out of order: the corpus's order is the addresses'
        OsintPage.objects.create(
            scenario=scenario,
            kind="news",
            url=address,
            title={"en": "Harbour news"},
            body={"en": "Quay works."},
        )
    return attempt_start(user=trainee, scenario=scenario_publish_unreviewed(scenario=scenario))


@pytest.mark.parametrize(
    ("asked", "shown", "first"),
    [(1, 1, 0), (2, 2, 20), (3, 3, 40), (4, 3, 40), (99, 3, 40), (0, 1, 0), (-2, 1, 0)],
)
def test_results_come_twenty_to_a_page_and_a_page_out_of_range_shows_the_nearest(
    attempt, asked, shown, first
):
    results = selectors.osint_search(attempt=attempt, query="harbour NEWS", language="en", page=asked)
    assert results.count == 45
    assert (results.page.number, results.page.paginator.num_pages) == (shown, 3)
    assert [hit.url for hit in results.hits] == NEWS[first : first + 20]


def test_an_empty_query_finds_nothing_on_one_page(attempt):
    results = selectors.osint_search(attempt=attempt, query="  ", language="en", page=3)
    assert results.count == 0 and results.hits == ()
    assert (results.page.number, results.page.paginator.num_pages) == (1, 1)


def test_the_pager_numbers_the_results_and_links_the_neighbouring_pages(client, trainee, attempt):
    client.force_login(trainee)
    address = reverse("exercises:osint", kwargs={"public_id": attempt.public_id})
    last = client.get(address, {"q": "harbour", "page": "7"}).text
    assert "45 results" in last and "Page 3 of 3" in last and 'start="41"' in last
    assert 'rel="prev"' in last and "page=2" in last and 'rel="next"' not in last
    first = client.get(address, {"q": "harbour"}).text
    assert "Page 1 of 3" in first and 'start="1"' in first
    assert 'rel="next"' in first and "page=2" in first and 'rel="prev"' not in first
    one_page = client.get(address, {"q": "registered"}).text
    assert "1 result" in one_page and 'class="pager"' not in one_page


@pytest.mark.parametrize(
    ("asked", "shown"),
    [("2", 2), ("1", 1), ("99", 3), ("abc", 1), ("²", 1), ("", 1), ("0", 1), ("-2", 1)],
)
def test_a_search_is_recorded_once_whatever_page_of_it_is_asked_for(client, trainee, attempt, asked, shown):
    client.force_login(trainee)
    address = reverse("exercises:osint", kwargs={"public_id": attempt.public_id})
    assert "45 results" in client.get(address, {"q": "harbour"}).text
    response = client.get(address, {"q": "harbour", "page": asked})
    assert response.status_code == HTTPStatus.OK
    assert "45 results" in response.text and f"Page {shown} of 3" in response.text
    assert list(attempt.osint_queries.values_list("query", "results")) == [("harbour", 45)]
