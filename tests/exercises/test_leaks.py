"""The hidden truth never reaches a trainee before their own submission.

Every trainee-facing page and endpoint of an in-progress attempt is rendered
and searched for the truth texts and markers of the scenario; across many
attempts the shown order and references must not be correlated with truth.
"""

import ast
import statistics
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from exercises import services
from exercises.models import AttemptItem
from scenarios.models.truth import ConsignmentTruth
from tests.factories.exercises import TRUTH_MARKERS

pytestmark = pytest.mark.django_db

# Truth words that no trainee page may carry before submission (model field names,
# choice values and our factory's marker texts).
FORBIDDEN = (
    *TRUTH_MARKERS, "high_risk", "rip_on_rip_off", "Rip-on/rip-off", "concealment", "finding_",
    "engine_probability", "Risk engine baseline",
)  # fmt: skip

TRAINEE_FACING_MODULES = [
    "exercises/views.py",
    "exercises/selectors.py",
    "exercises/forms.py",
    "exercises/urls.py",
    "exercises/parallel.py",
]


def url(name, attempt, **kwargs):
    return reverse(f"exercises:{name}", kwargs={"public_id": attempt.public_id, **kwargs})


def assert_clean(response, where, echo: str = ""):
    body = response.content.decode()
    if echo:  # the search box repeats what the trainee typed
        body = body.replace(echo, "")
    for marker in FORBIDDEN:
        assert marker not in body, f"{marker!r} leaked in {where}"
    for header, value in response.items():
        for marker in FORBIDDEN:
            assert marker not in value, f"{marker!r} leaked in header {header} of {where}"


def every_trainee_response(client, attempt):
    """(where, response) for every page and endpoint a trainee can reach."""
    items = list(AttemptItem.objects.filter(attempt=attempt))
    yield "catalogue", client.get(reverse("exercises:catalogue"))
    for sort in (
        "",
        "container",
        "-container",
        "goods",
        "origin",
        "loading",
        "consignee",
        "value",
        "-weight",
    ):
        yield f"workspace sort={sort}", client.get(url("workspace", attempt), {"sort": sort})
    yield (
        "workspace filtered",
        client.get(url("workspace", attempt), {"q": "tiles", "mode": "sea", "selected": "1"}),
    )
    for item in items:
        yield f"item {item.ref}", client.get(url("item", attempt, ref=item.ref))
    for query in ("registry", "Trading", "TRUTHMARK", "Secret", "high_risk", "seal", "drugs"):
        search = client.get(url("osint", attempt), {"q": query})
        yield f"osint {query}", search, query
        for hit in search.context["hits"] if search.context else ():
            yield (
                f"osint page {hit.ref}",
                client.get(url("osint_page", attempt, ref=hit.ref), {"q": query}),
                query,
            )
    yield "finish", client.get(url("finish", attempt))
    yield "submit confirmation", client.get(url("submit", attempt), follow=True)
    yield "examine before locking", client.get(url("examine", attempt), follow=True)
    yield "debrief before submission", client.get(url("debrief", attempt), follow=True)
    yield (
        "autosave select",
        client.post(
            url("item", attempt, ref=items[0].ref),
            {"selected": "on", "indicators": ["IND-21"]},
            HTTP_ACCEPT="application/json",
        ),
    )
    yield (
        "autosave error",
        client.post(
            url("item", attempt, ref=items[1].ref),
            {"selected": "on", "indicators": ["IND-00"]},
            HTTP_ACCEPT="application/json",
        ),
    )
    yield (
        "autosave stale",
        client.post(
            url("item", attempt, ref=items[1].ref),
            {"selected": "on", "revision": "0"},
            HTTP_ACCEPT="application/json",
        ),
    )
    yield "plain save", client.post(url("item", attempt, ref=items[2].ref), {"selected": "on"}, follow=True)
    yield (
        "examine attempt before lock",
        client.post(
            url("examine", attempt), {"action": "examine", "ref": items[0].ref, "method": "xray"}, follow=True
        ),
    )


@pytest.mark.parametrize("language", ["en", "ru", "uz", "tk"])
def test_no_trainee_response_of_an_in_progress_attempt_carries_truth(client, trainee, attempt, language):
    from django.utils import translation

    client.force_login(trainee)
    with translation.override(language):
        seen = 0
        for where, response, *echo in every_trainee_response(client, attempt):
            assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, where
            assert_clean(response, where, *echo)
            seen += 1
    assert seen > 20


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_trainee_response_of_an_assessed_attempt_on_its_form_carries_truth(
    client, trainee, scenario, language
):
    from django.utils import translation

    from exercises.models import AttemptMode

    attempt = services.attempt_start(user=trainee, scenario=scenario, mode=AttemptMode.ASSESSED)
    assert attempt.form_seed is not None
    client.force_login(trainee)
    with translation.override(language):
        seen = 0
        for where, response, *echo in every_trainee_response(client, attempt):
            assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, where
            assert_clean(response, where, *echo)
            assert str(attempt.form_seed) not in response.content.decode(), where
            seen += 1
    assert seen > 20


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_trainee_response_of_an_attempt_on_a_hidden_form_carries_its_truth(client, trainee, language):
    """A generated scenario's assessed attempt pins a hidden form: neither its
    truth nor anything naming it as a form (its id, its label, its seed)
    reaches the trainee."""
    from django.utils import translation

    from exercises.models import AttemptMode
    from scenarios.truth import scenario_truth
    from tests.factories.exercises import generated_scenario_with_forms

    parent = generated_scenario_with_forms(seed=9191, forms=2)
    attempt = services.attempt_start(user=trainee, scenario=parent, mode=AttemptMode.ASSESSED)
    form = attempt.scenario
    assert form.form_of == parent
    truth = scenario_truth(scenario=form, language=language).values()
    hidden = {
        text
        for t in truth
        if t.high_risk
        for text in (t.debrief, t.finding_documents, t.finding_xray, t.finding_partial, t.finding_devanning)
        if len(text) > 20
    }
    assert hidden
    client.force_login(trainee)
    with translation.override(language):
        seen = 0
        for where, response, *echo in every_trainee_response(client, attempt):
            assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, where
            assert_clean(response, where, *echo)
            body = response.content.decode()
            for text in hidden:
                assert text not in body, f"the form's truth leaked in {where}"
            for marker in (
                str(attempt.form_seed),
                f'name="scenario" value="{form.pk}"',
                "Hidden form",
                f"{form.form_label} ·",
            ):
                assert marker not in body, f"{marker!r} in {where}"
            seen += 1
    assert seen > 20


def test_examination_reveals_only_the_examined_containers_chosen_method(client, trainee, attempt):
    client.force_login(trainee)
    items = list(AttemptItem.objects.filter(attempt=attempt))
    for item in items[:2]:
        client.post(url("item", attempt, ref=item.ref), {"selected": "on"})
    client.post(url("finish", attempt))
    page = client.get(url("examine", attempt))
    assert_clean(page, "examine page, nothing examined")
    client.post(url("examine", attempt), {"action": "examine", "ref": items[0].ref, "method": "documents"})
    body = client.get(url("examine", attempt)).text
    assert f"TRUTHMARK documents {items[0].consignment_id}" in body
    for marker in ("xray", "partial", "devanning", "Secret debrief"):
        assert f"TRUTHMARK {marker}" not in body and "Secret debrief" not in body
    assert f"TRUTHMARK documents {items[1].consignment_id}" not in body
    for item in items:
        assert_clean(client.get(url("item", attempt, ref=item.ref)), "item page during examination")


def test_shown_order_and_refs_are_not_correlated_with_truth(make_user, scenario):
    high = set(
        ConsignmentTruth.objects.filter(consignment__scenario=scenario, high_risk=True).values_list(
            "consignment_id", flat=True
        )
    )
    positions_of_high, pk_rank_vs_position, smallest_ref_is_high = [], [], 0
    attempts = 80
    for _i in range(attempts):
        attempt = services.attempt_start(user=make_user(), scenario=scenario)
        items = list(AttemptItem.objects.filter(attempt=attempt).order_by("position"))
        pks = sorted(i.consignment_id for i in items)
        positions_of_high += [i.position for i in items if i.consignment_id in high]
        pk_rank_vs_position += [(pks.index(i.consignment_id), i.position) for i in items]
        smallest_ref_is_high += min(items, key=lambda i: i.ref).consignment_id in high
        assert all(str(i.consignment_id) != i.ref for i in items)
    n = len(pks)
    # The high-risk consignments are the first created; shuffling must hide that.
    assert abs(statistics.mean(positions_of_high) - (n + 1) / 2) < 0.6
    ranks, positions = zip(*pk_rank_vs_position, strict=True)
    assert abs(statistics.correlation(ranks, positions)) < 0.2
    # 2 of 6 are high-risk: the smallest ref should be high-risk about a third of the time.
    assert 0.1 < smallest_ref_is_high / attempts < 0.6


def test_workspace_shows_consignments_in_the_attempts_own_order(client, trainee, attempt):
    client.force_login(trainee)
    body = client.get(url("workspace", attempt)).text
    items = list(
        AttemptItem.objects.filter(attempt=attempt).order_by("position").select_related("consignment")
    )
    offsets = [body.index(f'/c/{i.ref}/"') for i in items]
    assert offsets == sorted(offsets)


@pytest.mark.parametrize("module", TRAINEE_FACING_MODULES)
def test_trainee_facing_exercise_code_never_imports_the_truth(module):
    path = Path(settings.BASE_DIR) / module
    tree = ast.parse(path.read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert not imported & {"scenarios.truth", "scenarios.models.truth", "truth", "ConsignmentTruth"}
    assert "ConsignmentTruth" not in path.read_text()


def test_the_threat_vocabulary_the_alert_form_uses_imports_nothing_of_the_scenarios_app():
    path = Path(settings.BASE_DIR) / "scenarios/threats.py"
    imported = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert imported and all(name.startswith("django.") for name in imported), imported
    forms = (Path(settings.BASE_DIR) / "exercises/forms.py").read_text()
    assert "from scenarios.threats import SUSPICION_CHOICES" in forms


def test_views_reach_the_truth_only_through_the_debrief_module():
    source = (Path(settings.BASE_DIR) / "exercises/views.py").read_text()
    assert "scenario_truth" not in source
    debrief = (Path(settings.BASE_DIR) / "exercises/debrief.py").read_text()
    assert "if not attempt.is_submitted:\n        raise DebriefNotAvailable" in debrief
