"""The trainee workspace, debrief and mentor review over HTTP."""

from datetime import timedelta
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from exercises import services
from exercises.models import Alert, Attempt, AttemptStatus, Feedback, Selection
from tests.exercises.test_services import refs_by_risk
from tests.factories.mentoring import cohort_build
from tests.html_forms import page_form

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def url(name, attempt, **kwargs):
    return reverse(f"exercises:{name}", kwargs={"public_id": attempt.public_id, **kwargs})


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client


def test_catalogue_lists_published_scenarios_with_a_start_form(trainee_client, scenario):
    response = trainee_client.get(reverse("exercises:catalogue"))
    assert response.status_code == HTTPStatus.OK
    assert "Scenario" in response.text
    assert f'name="scenario" value="{scenario.pk}"' in response.text
    assert 'method="post"' in response.text


def test_catalogue_needs_login(client):
    response = client.get(reverse("exercises:catalogue"))
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_starting_from_the_catalogue_opens_the_workspace(trainee_client, scenario, trainee):
    response = trainee_client.post(reverse("exercises:catalogue"), {"scenario": scenario.pk})
    attempt = Attempt.objects.get(user=trainee)
    assert response["Location"] == url("workspace", attempt)
    page = trainee_client.get(response["Location"])
    assert page.status_code == HTTPStatus.OK
    assert "Select the riskiest containers." in page.text
    assert "Selected 0 of 3" in page.text


def test_starting_a_draft_scenario_is_refused(trainee_client, trainee):
    from tests.factories.scenarios import scenario_build

    draft = scenario_build()
    response = trainee_client.post(reverse("exercises:catalogue"), {"scenario": draft.pk}, follow=True)
    assert "not published" in response.text
    assert not Attempt.objects.exists()


def test_full_attempt_from_workspace_to_debrief(trainee_client, attempt):
    high, low = refs_by_risk(attempt)
    for ref in (high[0], low[0]):
        response = trainee_client.post(
            url("item", attempt, ref=ref),
            {"selected": "on", "indicators": ["IND-21"], "justification": "Seal mismatch"},
            **JSON,
        )
        assert response.status_code == HTTPStatus.OK, response.content
    assert response.json()["selected_label"] == "Selected 2 of 3"
    assert trainee_client.get(url("finish", attempt)).status_code == HTTPStatus.OK
    assert trainee_client.post(url("finish", attempt))["Location"] == url("examine", attempt)
    page = trainee_client.get(url("examine", attempt))
    examine = page_form(page.text, action="examine", ref=high[0])
    trainee_client.post(url("examine", attempt), examine.data(method="xray"))
    page = trainee_client.get(url("examine", attempt))
    assert "TRUTHMARK xray" in page.text
    finding = page_form(page.text, action="finding", ref=high[0])
    response = trainee_client.post(
        url("examine", attempt), finding.data(finding="Bags behind the doors"), **JSON
    )
    assert response.status_code == HTTPStatus.OK, response.content
    alert_form = page_form(page.text, action="alert")
    response = trainee_client.post(
        url("examine", attempt),
        alert_form.data(
            item_ref=high[0],
            seal="SEAL-1",
            route="Baku - Aktau",
            suspicion="drugs",
            indicators=["IND-21"],
            action_requested="hold",
            revision=str(response.json()["revision"]),
        ),
        **JSON,
    )
    assert response.status_code == HTTPStatus.OK, response.content
    alert = Alert.objects.get(attempt=attempt)
    assert (alert.item_ref, alert.seal, alert.route, alert.suspicion, alert.indicators, alert.action) == (
        high[0],
        "SEAL-1",
        "Baku - Aktau",
        "drugs",
        ["IND-21"],
        "hold",
    )
    # The page shows the saved alert again, its requested action selected.
    again = page_form(trainee_client.get(url("examine", attempt)).text, action="alert")
    assert again.data()["action_requested"] == ["hold"]
    assert again.data()["indicators"] == ["IND-21"]
    boxes = [c for c in again.controls if c.name == "indicators"]
    assert len(boxes) > 20 and [c.value for c in boxes if c.checked] == ["IND-21"]
    assert trainee_client.get(url("submit", attempt)).status_code == HTTPStatus.OK
    response = trainee_client.post(url("submit", attempt))
    assert response["Location"] == url("debrief", attempt)
    debrief = trainee_client.get(url("debrief", attempt))
    assert debrief.status_code == HTTPStatus.OK
    assert "Secret debrief" in debrief.text
    assert "Chance-corrected skill" in debrief.text
    assert "at random" in debrief.text
    assert "Bags behind the doors" in debrief.text
    attempt.refresh_from_db()
    assert attempt.breakdown["hits"] == 1
    alert_score = attempt.breakdown["alert"]
    assert alert_score["score"] > 0
    assert f"Alert score {alert_score['score']:.0f} / 100" in debrief.text


def test_double_submit_gives_one_submission(trainee_client, attempt):
    first = trainee_client.post(url("submit", attempt))
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    second = trainee_client.post(url("submit", attempt))
    assert first["Location"] == second["Location"] == url("debrief", attempt)
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"indicators": ["IND-99"]}, "IND-99"),
        ({"justification": "x" * 1001}, "1000"),
    ],
)
def test_bad_autosave_answers_an_error_and_records_nothing(trainee_client, attempt, data, message):
    ref = attempt.items.first().ref
    response = trainee_client.post(url("item", attempt, ref=ref), {"selected": "on", **data}, **JSON)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.json()["error"]
    assert not Selection.objects.exists()


def test_selection_beyond_budget_is_refused_over_http(trainee_client, attempt):
    refs = [i.ref for i in attempt.items.all()]
    for ref in refs[:3]:
        trainee_client.post(url("item", attempt, ref=ref), {"selected": "on"}, **JSON)
    response = trainee_client.post(url("item", attempt, ref=refs[3]), {"selected": "on"}, **JSON)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "budget is 3" in response.json()["error"]
    assert Selection.objects.count() == 3


def test_unknown_ref_is_refused(trainee_client, attempt):
    response = trainee_client.post(url("item", attempt, ref="deadbeef"), {"selected": "on"}, **JSON)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert trainee_client.get(url("item", attempt, ref="deadbeef")).status_code == HTTPStatus.NOT_FOUND


def test_stale_autosave_from_another_tab_is_refused(trainee_client, attempt):
    refs = [i.ref for i in attempt.items.all()]
    trainee_client.post(url("item", attempt, ref=refs[0]), {"selected": "on", "revision": 0}, **JSON)
    response = trainee_client.post(
        url("item", attempt, ref=refs[1]), {"selected": "on", "revision": 0}, **JSON
    )
    assert response.status_code == HTTPStatus.CONFLICT
    assert "out of date" in response.json()["error"]
    assert Selection.objects.count() == 1


def test_autosave_after_submission_is_refused(trainee_client, attempt):
    trainee_client.post(url("submit", attempt))
    ref = attempt.items.first().ref
    response = trainee_client.post(url("item", attempt, ref=ref), {"selected": "on"}, **JSON)
    assert response.status_code == HTTPStatus.CONFLICT
    assert not Selection.objects.exists()


def test_plain_form_post_without_javascript_saves_and_redirects(trainee_client, attempt):
    ref = attempt.items.first().ref
    response = trainee_client.post(url("item", attempt, ref=ref), {"selected": "on", "justification": "why"})
    assert response.status_code == HTTPStatus.FOUND
    assert Selection.objects.get().justification == "why"


def test_returning_trainee_continues_where_they_were(trainee_client, attempt):
    items = list(attempt.items.all())
    trainee_client.post(
        url("item", attempt, ref=items[2].ref), {"selected": "on", "justification": "keep"}, **JSON
    )
    trainee_client.get(url("item", attempt, ref=items[4].ref))
    page = trainee_client.get(url("workspace", attempt))
    assert url("item", attempt, ref=items[4].ref) in page.text
    assert f"Continue with {items[4].consignment.container_number}" in page.text
    item_page = trainee_client.get(url("item", attempt, ref=items[2].ref))
    assert "keep" in item_page.text


def test_table_search_filter_and_sort(trainee_client, attempt):
    items = list(attempt.items.select_related("consignment"))
    numbers = sorted(i.consignment.container_number for i in items)
    page = trainee_client.get(url("workspace", attempt), {"sort": "container"})
    positions = [page.text.index(n) for n in numbers]
    assert positions == sorted(positions)
    page = trainee_client.get(url("workspace", attempt), {"sort": "-container"})
    positions = [page.text.index(n) for n in numbers]
    assert positions == sorted(positions, reverse=True)
    page = trainee_client.get(url("workspace", attempt), {"q": numbers[0]})
    assert numbers[0] in page.text and numbers[1] not in page.text
    page = trainee_client.get(url("workspace", attempt), {"origin": "CN"})
    assert numbers[0] not in page.text


@pytest.mark.sqlite  # exercises.selectors.osint_search: PostgreSQL full-text search or the portable one
def test_osint_search_and_pages_are_logged(trainee_client, attempt):
    page = trainee_client.get(url("osint", attempt), {"q": "registered"})
    assert "Registry extract" in page.text
    ref = page.context["hits"][0].ref
    assert str(page.context["hits"][0]) and f"/osint/{ref}/" in page.text
    opened = trainee_client.get(url("osint_page", attempt, ref=ref))
    assert "Trading Company registered 2019." in opened.text
    assert attempt.osint_queries.get().query == "registered"
    assert attempt.osint_visits.count() == 1


def test_an_overdue_attempt_is_closed_when_the_trainee_returns(trainee_client, make_scenario, trainee):
    scenario = make_scenario(time_limit_minutes=5)
    attempt = services.attempt_start(
        user=trainee, scenario=scenario, now=timezone.now() - timedelta(minutes=6)
    )
    response = trainee_client.get(url("workspace", attempt))
    assert response["Location"] == url("debrief", attempt)
    attempt.refresh_from_db()
    assert attempt.expired
    assert "time ran out" in trainee_client.get(url("debrief", attempt)).text


def test_countdown_is_shown_when_there_is_a_time_limit(trainee_client, make_scenario, trainee):
    attempt = services.attempt_start(user=trainee, scenario=make_scenario(time_limit_minutes=30))
    page = trainee_client.get(url("workspace", attempt))
    assert 'data-countdown="' in page.text
    assert "Time left" in page.text


ALL_TRAINEE_URLS = ["workspace", "osint", "finish", "examine", "submit", "debrief"]


@pytest.mark.parametrize("name", ALL_TRAINEE_URLS)
def test_another_trainee_gets_404_on_every_page(client, make_user, attempt, name):
    client.force_login(make_user())
    assert client.get(url(name, attempt)).status_code == HTTPStatus.NOT_FOUND
    assert client.post(url(name, attempt)).status_code == HTTPStatus.NOT_FOUND


def test_another_trainee_cannot_save_into_an_attempt(client, make_user, attempt):
    client.force_login(make_user())
    ref = attempt.items.first().ref
    assert client.post(url("item", attempt, ref=ref), {"selected": "on"}).status_code == HTTPStatus.NOT_FOUND
    assert not Selection.objects.exists()


def test_trainee_cannot_open_mentor_review(trainee_client, attempt):
    assert trainee_client.get(reverse("exercises:review_list")).status_code == HTTPStatus.FORBIDDEN
    assert trainee_client.get(url("review", attempt)).status_code == HTTPStatus.FORBIDDEN


def test_mentor_reviews_and_the_trainee_reads_the_feedback(client, mentor, trainee, attempt):
    cohort_build(mentors=[mentor], trainees=[trainee])
    ref = attempt.items.first().ref
    services.attempt_save_item(
        attempt=attempt, user=trainee, ref=ref, selected=True, justification="Odd route"
    )
    services.osint_query_log(attempt=attempt, query="caspian star", results=0)
    services.attempt_submit(attempt=attempt, user=trainee)
    client.force_login(mentor)
    listing = client.get(reverse("exercises:review_list"))
    assert url("review", attempt) in listing.text
    page = client.get(url("review", attempt))
    assert "Odd route" in page.text and "caspian star" in page.text
    # The selected container is listed with the trainee's work.
    assert attempt.items.select_related("consignment").get(ref=ref).consignment.container_number in page.text
    response = client.post(url("review", attempt), {"text": "Check the seal log first."})
    assert response.status_code == HTTPStatus.FOUND
    assert Feedback.objects.get().author == mentor
    client.force_login(trainee)
    assert "Check the seal log first." in client.get(url("debrief", attempt)).text


def test_a_mentor_sees_only_the_attempts_of_their_cohorts(client, make_user, trainee, attempt):
    from accounts.roles import Role

    services.attempt_submit(attempt=attempt, user=trainee)
    other_mentor = make_user(role=Role.MENTOR)
    cohort_build(mentors=[other_mentor], trainees=[make_user()])
    client.force_login(other_mentor)
    assert url("review", attempt) not in client.get(reverse("exercises:review_list")).text
    assert client.get(url("review", attempt)).status_code == HTTPStatus.NOT_FOUND
    assert client.post(url("review", attempt), {"text": "Hi"}).status_code == HTTPStatus.NOT_FOUND
    assert not Feedback.objects.exists()


def test_debrief_of_an_open_attempt_goes_back_to_the_workspace(trainee_client, attempt):
    response = trainee_client.get(url("debrief", attempt))
    assert response["Location"] == url("workspace", attempt)
    assert attempt.status == AttemptStatus.SELECTING


@pytest.mark.parametrize("mode", ["practice", "assessed"])
@pytest.mark.parametrize("name", ["workspace", "item", "osint", "finish", "examine", "submit", "debrief"])
def test_workspace_pages_do_not_query_per_consignment(client, make_scenario, make_user, name, mode):
    """Small against large: every page of an attempt makes as many queries
    with 4 consignments as with 24 (no exact count: only that it does not
    grow), and so does the debrief's first visit, which builds its body."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (4, 24):
        user = make_user()
        attempt = services.attempt_start(
            user=user, scenario=make_scenario(consignments=size, budget=3), mode=mode
        )
        items = list(attempt.items.order_by("position"))
        for item in items[:2]:
            services.attempt_save_item(attempt=attempt, user=user, ref=item.ref, selected=True)
        if name in ("examine", "submit", "debrief"):
            services.attempt_lock_selection(attempt=attempt, user=user)
        if name == "debrief":
            services.attempt_submit(attempt=attempt, user=user)
        address = url("item", attempt, ref=items[1].ref) if name == "item" else url(name, attempt)
        query = {"q": "registry"} if name == "osint" else {}
        client.force_login(user)
        # Warm caches (site, locale, the menu, the scenario's table, the
        # form); the debrief's first visit builds its body, so it is counted too.
        client.get(reverse("exercises:catalogue"))
        with CaptureQueriesContext(connection) as first:
            client.get(address, query)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address, query).status_code == HTTPStatus.OK
        counts.append((len(first) if name == "debrief" else 0, len(queries)))
    assert counts[0] == counts[1]


def test_the_table_sorts_and_filters_every_consignment_not_only_one_page(
    trainee_client, make_scenario, trainee, monkeypatch
):
    from exercises import views
    from scenarios.models import Consignment

    monkeypatch.setattr(views, "WORKSPACE_PAGE_SIZE", 3)
    scenario = make_scenario(consignments=8, budget=3)
    codes = ["010121", "020130", "030211", "040110", "050100", "060110", "070200", "080111"]
    for consignment, code in zip(
        Consignment.objects.filter(scenario=scenario).order_by("pk"), codes, strict=True
    ):
        Consignment.objects.filter(pk=consignment.pk).update(hs_code=code)
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    address = url("workspace", attempt)

    def column(page, name):
        return [getattr(i.consignment, name) for i in page.context["page"].object_list]

    first = trainee_client.get(address, {"sort": "-hs"})
    assert column(first, "hs_code") == ["080111", "070200", "060110"]
    assert '<th scope="col" aria-sort="descending"><a href="?sort=hs#consignments">HS code' in first.text
    assert "▼" in first.text and first.text.count("aria-sort") == 1
    third = trainee_client.get(address, {"sort": "-hs", "page": "3"})
    assert column(third, "hs_code") == ["020130", "010121"]
    assert "Page 3 of 3" in third.text
    ascending = trainee_client.get(address, {"sort": "hs"})
    assert column(ascending, "hs_code") == ["010121", "020130", "030211"]
    assert 'aria-sort="ascending"' in ascending.text and "▲" in ascending.text
    # A search finds a line on whatever page it would be.
    found = trainee_client.get(address, {"q": "080111"})
    assert column(found, "hs_code") == ["080111"]


def test_the_origin_filter_names_countries_in_the_readers_language(trainee_client, make_scenario, trainee):
    from scenarios.models import Consignment

    scenario = make_scenario(consignments=4, budget=2)
    ids = list(Consignment.objects.filter(scenario=scenario).order_by("pk").values_list("pk", flat=True))
    Consignment.objects.filter(pk__in=ids[:2]).update(country_of_origin="CN")
    Consignment.objects.filter(pk__in=ids[2:]).update(country_of_origin="KZ")
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    page = trainee_client.get(url("workspace", attempt).replace("/en/", "/tk/", 1))
    assert '<option value="CN" >Hytaý</option>' in page.text
    assert '<option value="KZ" >Gazagystan</option>' in page.text
    assert ">CN<" not in page.text and ">KZ<" not in page.text
    assert page.text.count('<td data-label="Gelip çykyşy">Hytaý</td>') == 2
    filtered = trainee_client.get(url("workspace", attempt).replace("/en/", "/tk/", 1), {"origin": "KZ"})
    assert [i.consignment.country_of_origin_name for i in filtered.context["page"]] == ["Gazagystan"] * 2


def test_the_table_marks_the_consignments_the_trainee_has_viewed(trainee_client, attempt):
    items = list(attempt.items.order_by("position"))
    assert "opened-mark" not in trainee_client.get(url("workspace", attempt)).text
    trainee_client.get(url("item", attempt, ref=items[1].ref))
    trainee_client.get(url("item", attempt, ref=items[1].ref))
    page = trainee_client.get(url("workspace", attempt))
    assert [i.opened for i in page.context["page"]] == [i == 1 for i in range(len(items))]
    assert page.text.count('<span class="opened-mark">viewed</span>') == 1
    first = attempt.items.get(pk=items[1].pk).opened_at
    assert first is not None
    trainee_client.get(url("item", attempt, ref=items[1].ref))
    assert attempt.items.get(pk=items[1].pk).opened_at == first  # the first opening is kept


def test_the_workspace_rows_link_each_item_escape_the_declarants_text_and_follow_the_language(
    client, make_user
):
    from scenarios.models import Consignment
    from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed
    from tests.factories.scenarios import scenario_build

    indicator_catalogue_ensure()
    scenario = scenario_build(consignments=3, high_risk=1, budget=1)
    Consignment.objects.filter(scenario=scenario).update(
        goods_description={"en": '<script>alert("x")</script> Tiles', "ru": "<b>Плитка</b>"},
        port_of_loading="AZALT",
    )
    scenario = scenario_publish_unreviewed(scenario=scenario)
    user = make_user()
    attempt = services.attempt_start(user=user, scenario=scenario)
    item = attempt.items.order_by("position").first()
    services.attempt_save_item(attempt=attempt, user=user, ref=item.ref, selected=True)
    client.force_login(user)
    address = url("workspace", attempt)
    page = client.get(address).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    for each in attempt.items.all():
        assert f'href="{url("item", attempt, ref=each.ref)}"' in page
    assert page.count('class="is-selected"') == 1
    assert "Alyat (Port of Baku) (AZALT)" in page
    # The same published case file, read again in Russian, is in Russian.
    page = client.get(address.replace("/en/", "/ru/", 1)).content.decode()
    assert "Алят (Бакинский порт) (AZALT)" in page
    assert "&lt;b&gt;Плитка&lt;/b&gt;" in page and "Tiles" not in page


def test_every_page_of_an_attempt_is_never_stored_by_the_browser(trainee_client, attempt):
    """Back after submitting must ask the server again, not show a stored live workspace."""
    high, _low = refs_by_risk(attempt)
    osint = trainee_client.get(url("osint", attempt), {"q": "registered"})
    pages = {
        "workspace": trainee_client.get(url("workspace", attempt)),
        "item": trainee_client.get(url("item", attempt, ref=high[0])),
        "osint": osint,
        "osint_page": trainee_client.get(url("osint_page", attempt, ref=osint.context["hits"][0].ref)),
        "finish": trainee_client.get(url("finish", attempt)),
        "autosave": trainee_client.post(url("item", attempt, ref=high[0]), {"selected": "on"}, **JSON),
    }
    trainee_client.post(url("finish", attempt))
    pages["examine"] = trainee_client.get(url("examine", attempt))
    pages["submit"] = trainee_client.get(url("submit", attempt))
    trainee_client.post(url("submit", attempt))
    pages["debrief"] = trainee_client.get(url("debrief", attempt))
    pages["workspace after submission"] = trainee_client.get(url("workspace", attempt))
    for name, response in pages.items():
        assert response.status_code in {HTTPStatus.OK, HTTPStatus.FOUND}, name
        assert "no-store" in response.get("Cache-Control", ""), name
    assert pages["debrief"].status_code == HTTPStatus.OK
    assert "Secret debrief" in pages["debrief"].text
    # The catalogue is not a page of one attempt: left to the site's defaults.
    assert "no-store" not in trainee_client.get(reverse("exercises:catalogue")).get("Cache-Control", "")


def test_debrief_in_russian_counts_in_russian_and_uses_one_decimal_separator(trainee_client, attempt):
    import re

    high, _low = refs_by_risk(attempt)
    trainee_client.post(
        url("item", attempt, ref=high[0]), {"selected": "on", "indicators": ["IND-21"]}, **JSON
    )
    trainee_client.post(url("submit", attempt))
    english = trainee_client.get(url("debrief", attempt)).text
    assert "You opened 1 container and found 1 of the" in english
    page = trainee_client.get(url("debrief", attempt).replace("/en/", "/ru/", 1)).text
    assert "Вы вскрыли 1 контейнер и нашли 1 из" in page
    assert "1 из 1 вскрытого вами контейнера стоило вскрывать." in page
    metrics = page[
        page.index('<table class="metrics">') : page.index("</table>", page.index('<table class="metrics">'))
    ]
    assert re.findall(r"\d,\d", metrics), "the metrics show decimals"
    assert not re.findall(r"\d\.\d", metrics), "a Russian page writes decimals with a comma"


def test_a_debrief_is_rendered_once_per_attempt_and_language_and_never_shown_for_another(
    client, make_user, mentor, scenario
):
    """The debrief body is kept in the cache after its first rendering: a
    second visit reads no consignment, truth or selection again, and the kept
    body belongs to its own attempt and language only."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first, second = make_user(), make_user()
    cohort_build(mentors=[mentor], trainees=[first, second])
    opened = services.attempt_start(user=first, scenario=scenario)
    high, _low = refs_by_risk(opened)
    services.attempt_save_item(
        attempt=opened, user=first, ref=high[0], selected=True, justification="Seal number differs"
    )
    services.attempt_submit(attempt=opened, user=first)
    none = services.attempt_submit(
        attempt=services.attempt_start(user=second, scenario=scenario), user=second
    )

    client.force_login(first)
    with CaptureQueriesContext(connection) as built:
        page = client.get(url("debrief", opened)).text
    assert "You opened 1 container and found 1 of the" in page and "Seal number differs" in page
    with CaptureQueriesContext(connection) as kept:
        again = client.get(url("debrief", opened)).text

    def body(text):
        return text[text.index('<section class="score card">') : text.rindex("</table>")]

    assert body(again) == body(page)
    read_again = [
        q["sql"]
        for q in kept.captured_queries
        if any(
            t in q["sql"]
            for t in ("scenarios_consignmenttruth", "exercises_selection", "exercises_attemptitem")
        )
    ]
    assert not read_again and len(kept) < len(built)

    client.force_login(second)
    theirs = client.get(url("debrief", none)).text
    assert "You opened 0 containers" in theirs and "Seal number differs" not in theirs
    # The first trainee's next attempt on the same scenario has its own debrief.
    client.force_login(first)
    nxt = services.attempt_submit(attempt=services.attempt_start(user=first, scenario=scenario), user=first)
    assert "You opened 0 containers" in client.get(url("debrief", nxt)).text

    # The mentor's review shows the same attempt's body, in the mentor's language.
    client.force_login(mentor)
    review = client.get(url("review", opened).replace("/en/", "/ru/", 1)).text
    assert "Вы вскрыли 1 контейнер и нашли 1 из" in review and "Seal number differs" in review


class _TableLabels(HTMLParser):
    """The workspace table's column titles and, line by line, its cells' data-labels."""

    def __init__(self):
        super().__init__()
        self.titles: list[str] = []
        self.lines: list[list[str]] = []
        self._title: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "th":
            self._title = []
        elif tag == "tr":
            self.lines.append([])
        elif tag == "td" and "data-label" in attrs:
            self.lines[-1].append(attrs["data-label"])

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)

    def handle_endtag(self, tag):
        if tag == "th" and self._title is not None:
            self.titles.append("".join(self._title).strip())
            self._title = None


@pytest.mark.parametrize(
    ("language", "value", "selected"), [("en", "Value", "Selected"), ("tk", "Baha", "Saýlandy")]
)
def test_on_a_phone_each_cell_is_named_by_its_columns_title_in_the_readers_language(
    trainee_client, attempt, language, value, selected
):
    """A narrow screen shows each cell with its column's title beside it (the
    cell's data-label): the same words as the table's header."""
    page = trainee_client.get(url("workspace", attempt).replace("/en/", f"/{language}/", 1))
    table = _TableLabels()
    table.feed(page.text.split('<table class="consignments">', 1)[1].split("</table>", 1)[0])
    assert table.titles[-2:] == [value, selected] and len(table.titles) == 9
    lines = [labels for labels in table.lines if labels]
    assert len(lines) == attempt.items.count()
    assert all(labels == table.titles for labels in lines)


def test_the_consignment_form_shows_the_saved_indicators_ticked_and_posts_them_back(trainee_client, attempt):
    item = attempt.items.order_by("position").first()
    page = trainee_client.get(url("item", attempt, ref=item.ref)).text
    form = page_form(page, revision=str(attempt.revision))
    boxes = [c for c in form.controls if c.name == "indicators"]
    assert len(boxes) > 20 and not any(c.checked for c in boxes)
    chosen = [boxes[2].value, boxes[7].value]
    data = form.data(selected="", indicators=chosen, justification="Seal numbers differ.")
    assert trainee_client.post(url("item", attempt, ref=item.ref), data).status_code == 302
    assert sorted(Selection.objects.get(item=item).indicators) == sorted(chosen)

    attempt.refresh_from_db()
    again = page_form(
        trainee_client.get(url("item", attempt, ref=item.ref)).text, revision=str(attempt.revision)
    )
    assert sorted(c.value for c in again.controls if c.name == "indicators" and c.checked) == sorted(chosen)
    # Saved again as rendered (one box unticked), only the other stays.
    data = again.data(indicators=[chosen[1]])
    assert trainee_client.post(url("item", attempt, ref=item.ref), data).status_code == 302
    assert Selection.objects.get(item=item).indicators == [chosen[1]]


def test_reopening_the_same_consignment_writes_nothing_and_another_moves_the_resume_point(
    trainee_client, attempt
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first, second = attempt.items.order_by("position")[:2]
    trainee_client.get(url("item", attempt, ref=first.ref))
    with CaptureQueriesContext(connection) as ctx:
        assert trainee_client.get(url("item", attempt, ref=first.ref)).status_code == 200
    assert not [q for q in ctx.captured_queries if q["sql"].startswith("UPDATE")]
    trainee_client.get(url("item", attempt, ref=second.ref))
    attempt.refresh_from_db()
    assert attempt.last_item_ref == second.ref
    assert attempt.items.get(pk=second.pk).opened_at is not None
    trainee_client.get(url("item", attempt, ref=first.ref))
    attempt.refresh_from_db()
    assert attempt.last_item_ref == first.ref
