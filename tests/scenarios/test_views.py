import json
from http import HTTPStatus

import pytest
from django.urls import reverse

from scenarios.models import Scenario, ScenarioStatus
from tests.factories.scenarios import scenario_build

pytestmark = pytest.mark.django_db

SECRET = "Secret debrief"


def _admin_urls(scenario):
    consignment = scenario.consignments.first()
    return [
        reverse("wagtailsnippets_scenarios_scenario:list"),
        reverse("wagtailsnippets_scenarios_scenario:edit", args=[scenario.pk]),
        reverse("wagtailsnippets_scenarios_consignment:list"),
        reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk]),
        reverse("wagtailsnippets_scenarios_indicator:list"),
        reverse("scenarios_admin:review", args=[scenario.pk]),
    ]


def _scenario_urls(scenario):
    return [
        reverse("scenarios:preview", args=[scenario.pk]),
        reverse("scenarios:review", args=[scenario.pk]),
        reverse("scenarios:export", args=[scenario.pk]),
        reverse("scenarios:import"),
    ]


def test_trainee_gets_403_on_preview_review_export_and_import(client, trainee, draft_scenario):
    client.force_login(trainee)
    for url in _scenario_urls(draft_scenario):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FORBIDDEN, url
        assert SECRET not in response.content.decode()
    response = client.post(reverse("scenarios:action", args=[draft_scenario.pk, "submit"]))
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_trainee_never_gets_a_scenario_admin_page(client, trainee, draft_scenario):
    client.force_login(trainee)
    for url in _admin_urls(draft_scenario):
        response = client.get(url)
        # Wagtail sends users without admin access to the login page.
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND), url
        assert SECRET not in response.content.decode()


def test_anonymous_is_sent_to_login(client, draft_scenario):
    response = client.get(reverse("scenarios:preview", args=[draft_scenario.pk]))
    assert response.status_code == HTTPStatus.FOUND


def test_mentor_opens_admin_pages(client, mentor, draft_scenario):
    client.force_login(mentor)
    for url in [*_admin_urls(draft_scenario), reverse("wagtailsnippets_scenarios_scenario:add")]:
        assert client.get(url).status_code == HTTPStatus.OK, url


def test_staff_sees_but_does_not_edit(client, staff, draft_scenario):
    client.force_login(staff)
    consignment = draft_scenario.consignments.first()
    for url in (
        reverse("wagtailsnippets_scenarios_scenario:list"),
        reverse("wagtailsnippets_scenarios_scenario:inspect", args=[draft_scenario.pk]),
        reverse("wagtailsnippets_scenarios_consignment:inspect", args=[consignment.pk]),
        reverse("scenarios_admin:review", args=[draft_scenario.pk]),
        reverse("scenarios:preview", args=[draft_scenario.pk]),
    ):
        assert client.get(url).status_code == HTTPStatus.OK, url
    response = client.get(reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk]))
    assert response.status_code != HTTPStatus.OK


def test_preview_shows_documents_in_the_language_without_truth(client, mentor, draft_scenario):
    client.force_login(mentor)
    response = client.get(reverse("scenarios:preview", args=[draft_scenario.pk]) + "?lang=ru")
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Сценарий" in html
    consignment = draft_scenario.consignments.first()
    assert consignment.container_number in html
    assert consignment.seals_declared in html
    for word in (SECRET, "Секретный", "high_risk", "IND-21 " + "Seal"):
        assert word not in html


def test_staff_can_export_but_not_act(client, staff, draft_scenario):
    client.force_login(staff)
    response = client.get(reverse("scenarios:export", args=[draft_scenario.pk]))
    assert response.status_code == HTTPStatus.OK
    assert json.loads(response.content)["consignments"][0]["truth"]["high_risk"] in (True, False)
    response = client.post(reverse("scenarios:action", args=[draft_scenario.pk, "submit"]))
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_review_workflow_through_the_pages(client, mentor, second_mentor):
    scenario = scenario_build(created_by=mentor)
    client.force_login(mentor)
    client.post(reverse("scenarios:action", args=[scenario.pk, "submit"]))
    client.post(reverse("scenarios:action", args=[scenario.pk, "approve"]))
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.IN_REVIEW  # the author cannot approve
    client.force_login(second_mentor)
    client.post(reverse("scenarios:action", args=[scenario.pk, "approve"]))
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.PUBLISHED


def test_admin_edit_of_published_scenario_is_refused_and_changes_nothing(client, mentor, published_scenario):
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[published_scenario.pk])
    response = client.post(url, {"title-en": "Hacked", "inspection_budget": "1"})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("scenarios_admin:review", args=[published_scenario.pk])
    published_scenario.refresh_from_db()
    assert published_scenario.title["en"] != "Hacked"
    consignment = published_scenario.consignments.first()
    response = client.post(reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk]), {})
    assert response.status_code == HTTPStatus.FOUND
    response = client.post(reverse("wagtailsnippets_scenarios_scenario:delete", args=[published_scenario.pk]))
    assert Scenario.objects.filter(pk=published_scenario.pk).exists()


def test_a_draft_is_deleted_with_its_consignments_and_truth_from_the_admin(client, mentor, draft_scenario):
    from scenarios.models import Consignment, ConsignmentTruth

    assert ConsignmentTruth.objects.filter(consignment__scenario=draft_scenario).exists()
    client.force_login(mentor)
    response = client.post(reverse("wagtailsnippets_scenarios_scenario:delete", args=[draft_scenario.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Scenario.objects.filter(pk=draft_scenario.pk).exists()
    assert not Consignment.objects.exists() and not ConsignmentTruth.objects.exists()


def test_a_party_named_on_a_consignment_is_not_deleted_on_its_own(draft_scenario):
    from django.db.models import RestrictedError

    from scenarios.models import Party

    party = draft_scenario.consignments.first().shipper
    with pytest.raises(RestrictedError):
        party.delete()
    assert Party.objects.filter(pk=party.pk).exists()


def test_new_version_from_the_review_page(client, mentor, published_scenario):
    client.force_login(mentor)
    response = client.post(reverse("scenarios:action", args=[published_scenario.pk, "new_version"]))
    draft = Scenario.objects.get(lineage=published_scenario.lineage, version=2)
    assert response["Location"] == reverse("scenarios_admin:review", args=[draft.pk])
    assert (
        client.get(reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft.pk])).status_code
        == HTTPStatus.OK
    )


def test_import_page_reports_problems_and_saves_nothing(client, mentor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(mentor)
    upload = SimpleUploadedFile("bad.json", b'{"format": "x"}', content_type="application/json")
    response = client.post(reverse("scenarios:import"), {"kind": "json", "file": upload})
    assert response.status_code == HTTPStatus.OK
    assert "not a PCU Academy scenario" in response.content.decode()
    assert not Scenario.objects.exists()


def _formset(prefix, rows):
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}  # fmt: skip
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{i}-{key}"] = value
        data[f"{prefix}-{i}-ORDER"] = str(i)
        data[f"{prefix}-{i}-DELETE"] = ""
    return data


def test_mentor_builds_a_scenario_by_hand_in_the_admin(client, mentor):
    from tests.factories.scenarios import container_number

    client.force_login(mentor)
    data = {
        "title_0": "Hand-made",
        "title_1": "Вручную",
        "briefing_0": "Select two.",
        "phase": "import",
        "location": "KZAAU",
        "transport_modes": ["sea"],
        "inspection_budget": "1",
        "difficulty": "2",
        "pass_mark": "60",
        "weight_severity": "0.50",
        "weight_skill": "0.30",
        "weight_indicators": "0.20",
        **_formset(
            "parties",
            [
                {"ref": "a", "kind": "company", "name": "Alpha LLP", "country": "KZ"},
                {"ref": "b", "kind": "company", "name": "Beta MMC", "country": "AZ"},
            ],
        ),  # fmt: skip
        **_formset(
            "osint_pages",
            [{"kind": "news", "url": "https://news.example.org/1", "title_0": "News", "body_0": "Text"}],
        ),  # fmt: skip
    }
    response = client.post(reverse("wagtailsnippets_scenarios_scenario:add"), data)
    assert response.status_code == HTTPStatus.FOUND, (
        (
            response.context["form"].errors,
            {k: (f.errors, f.non_form_errors()) for k, f in response.context["form"].formsets.items()},
            [str(m) for m in response.context["messages"]],
        )
        if response.context
        else response
    )
    scenario = Scenario.objects.get()
    assert scenario.title == {"en": "Hand-made", "ru": "Вручную"}
    parties = {p.ref: p for p in scenario.parties.all()}
    for i, high in enumerate((True, False)):
        consignment = {
            "scenario": str(scenario.pk),
            "container_number": container_number(900 + i),
            "size_type": "22G1",
            "transport_mode": "sea",
            "transport_document_number": f"BL{i}",
            "seals_declared": f"S{i}",
            "conveyance": "MV Test",
            "place_of_receipt": "AZBAK",
            "port_of_loading": "AZALT",
            "port_of_discharge": "KZAAU",
            "final_destination": "KZALA",
            "shipper": str(parties["b"].pk),
            "consignee": str(parties["a"].pk),
            "freight_terms": "prepaid",
            # Texts by language, one input per language as the admin renders them (en, ru, uz, tk, ...).
            "goods_description_0": "Tiles",
            "goods_description_1": "Плитка",
            "goods_description_3": "Plitalar",
            "hs_code": "690722",
            "country_of_origin": "AZ",
            "packages": "10",
            "package_type_0": "cartons",
            "package_type_1": "коробки",
            "gross_weight_kg": "1000",
            "declared_value": "500",
            "currency": "USD",
            "incoterms": "FOB",
            **_formset(
                "events",
                [
                    {
                        "code": "LOAD",
                        "place": "AZALT",
                        "occurred_at": "2026-03-01 10:00",
                        "seal_numbers": f"S{i}",
                        "remark_0": "Loaded",
                        "remark_2": "Yuklandi",
                    }
                ],
            ),  # fmt: skip
            **_formset(
                "truth",
                [
                    {
                        "high_risk": "on" if high else "",
                        "threat": "drugs" if high else "none",
                        "concealment": "none",
                        "severity": "1",
                        "indicators": ["IND-21"] if high else [],
                    }
                ],
            ),  # fmt: skip
        }
        response = client.post(reverse("wagtailsnippets_scenarios_consignment:add"), consignment)
        assert response.status_code == HTTPStatus.FOUND, (
            (
                response.context["form"].errors,
                {k: (f.errors, f.non_form_errors()) for k, f in response.context["form"].formsets.items()},
                [str(m) for m in response.context["messages"]],
            )
            if response.context
            else response
        )
    from scenarios.validation import scenario_problems

    assert scenario_problems(scenario) == []
    stored = scenario.consignments.order_by("pk").first()
    assert stored.goods_description == {"en": "Tiles", "ru": "Плитка", "tk": "Plitalar"}
    assert stored.package_type == {"en": "cartons", "ru": "коробки"}
    assert stored.events.get().remark == {"en": "Loaded", "uz": "Yuklandi"}
    # The listing shows the goods as text in the mentor's language and finds them by it.
    listing = client.get(reverse("wagtailsnippets_scenarios_consignment:list"), {"q": "Tiles"})
    assert listing.status_code == HTTPStatus.OK
    assert stored.container_number in listing.content.decode()
    assert "Tiles" in listing.content.decode() and "&#x27;en&#x27;" not in listing.content.decode()
    bad = dict(consignment, container_number="TEXU3070070")
    response = client.post(reverse("wagtailsnippets_scenarios_consignment:add"), bad)
    assert response.status_code == HTTPStatus.OK
    assert "check digit" in response.content.decode()


def test_a_consignment_cannot_take_a_party_of_another_scenario(draft_scenario):
    from scenarios.models import Consignment
    from scenarios.viewsets import ConsignmentViewSet
    from tests.factories.scenarios import PartyFactory, ScenarioFactory

    own = PartyFactory(scenario=draft_scenario)
    foreign = PartyFactory(scenario=ScenarioFactory())
    form_class = ConsignmentViewSet.edit_handler.bind_to_model(Consignment).get_form_class()
    form = form_class(
        data={"scenario": draft_scenario.pk, "shipper": foreign.pk, "consignee": own.pk},
        instance=Consignment(),
    )
    form.is_valid()
    # The other scenario's party is not even offered.
    assert "shipper" in form.errors
    assert foreign.pk not in {party.pk for party in form.fields["shipper"].queryset}
    assert "consignee" not in form.errors


def _in_review(author):
    from scenarios.services import scenario_submit_for_review

    scenario = scenario_build(created_by=author, consignments=3, high_risk=1)
    truth = scenario.consignments.order_by("pk").first().truth.get()
    truth.concealment = "false_wall"
    truth.finding_xray = {"en": "TRUTHMARK dense block behind the front wall"}
    truth.save()
    return scenario_submit_for_review(scenario=scenario, user=author)


def test_the_reviewing_mentor_sees_every_consignments_truth(client, mentor, second_mentor):
    from scenarios.models.truth import ConsignmentTruth

    scenario = _in_review(mentor)
    client.force_login(second_mentor)
    response = client.get(reverse("scenarios_admin:review", args=[scenario.pk]))
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "The hidden truth, consignment by consignment" in html
    for truth in ConsignmentTruth.objects.filter(consignment__scenario=scenario).select_related(
        "consignment"
    ):
        truth_part = html.split("The hidden truth, consignment by consignment", 1)[1]
        section = truth_part.split(truth.consignment.container_number, 1)[1].split("</section>", 1)[0]
        assert truth.debrief["en"] in section
        if truth.high_risk:
            assert "High-risk" in section
            for shown in (
                "Drugs",
                "False wall or floor",
                "2.00",
                "IND-21 ",
                "X-ray scan finds",
                "TRUTHMARK dense block",
            ):
                assert shown in section, shown
        else:
            assert "Clean" in section and "High-risk" not in section
    # In review the version is locked: no edit link.
    for consignment in scenario.consignments.all():
        assert reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk]) not in html


@pytest.mark.parametrize("who", ["trainee", "staff"])
def test_the_truth_stays_hidden_from_trainees_and_non_reviewers(client, mentor, request, who):
    scenario = _in_review(mentor)
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("scenarios_admin:review", args=[scenario.pk]))
    html = response.content.decode()
    assert response.status_code == (HTTPStatus.FORBIDDEN if who == "trainee" else HTTPStatus.OK)
    for secret in (
        SECRET,
        "TRUTHMARK",
        "False wall or floor",
        "The hidden truth, consignment by consignment",
    ):
        assert secret not in html


def test_problems_of_a_draft_link_to_where_they_are_fixed(client, mentor, draft_scenario):
    from scenarios.models.truth import ConsignmentTruth

    consignment = draft_scenario.consignments.order_by("pk").last()
    ConsignmentTruth.objects.filter(consignment=consignment).delete()
    draft_scenario.weight_skill = "0.90"
    draft_scenario.save()
    client.force_login(mentor)
    html = client.get(reverse("scenarios_admin:review", args=[draft_scenario.pk])).content.decode()
    problems = html.split('class="case-problems"', 1)[1].split("</ul>", 1)[0]
    scenario_edit = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    consignment_edit = reverse("wagtailsnippets_scenarios_consignment:edit", args=[consignment.pk])
    weights = (
        problems.split("they must add up to 1.", 1)[0].rsplit("<li>", 1)[1]
        + problems.split("they must add up to 1.", 1)[1].split("</li>", 1)[0]
    )
    missing = problems.split("The hidden truth is missing.", 1)[1].split("</li>", 1)[0]
    assert f'href="{scenario_edit}"' in weights
    assert f'href="{consignment_edit}"' in missing
    # The truth section links each consignment to its edit page too.
    truth = html.split("The hidden truth, consignment by consignment", 1)[1]
    assert f'href="{consignment_edit}#tab-' in truth  # its "Hidden truth" tab


@pytest.mark.parametrize("languages", [("ru", "en", "uz"), ("en", "tk", "ru")])
def test_the_scenario_chooser_speaks_each_editors_language_in_turn(
    client, make_user, draft_scenario, languages
):
    """The consignment form's scenario chooser is built once per process; its
    button must still read in the language of whoever opens the form."""
    from django.utils import translation
    from django.utils.translation import gettext

    from accounts.roles import Role

    url = reverse("wagtailsnippets_scenarios_consignment:add")
    for language in languages:
        editor = make_user(role=Role.MENTOR, language=language)
        client.force_login(editor)
        page = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        with translation.override(language):
            expected = gettext("Choose %(object)s") % {"object": Scenario._meta.verbose_name}
        assert f'lang="{language}"' in page
        assert expected in page, (language, expected)
        others = {"en": "Choose scenario", "ru": "Выбрать сценарий", "uz": "tanlash", "tk": "saýlamak"}
        assert not [text for lang, text in others.items() if lang != language and text in page], language
