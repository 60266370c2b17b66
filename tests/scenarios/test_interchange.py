import json

import pytest

from scenarios.errors import ScenarioImportError
from scenarios.interchange import scenario_export, scenario_import
from scenarios.models import Scenario

pytestmark = pytest.mark.django_db


def _comparable(document):
    return {k: v for k, v in document.items() if k not in ("lineage", "version", "status")}


def test_export_import_round_trip_gives_an_equal_scenario(published_scenario, mentor):
    exported = scenario_export(scenario=published_scenario)
    assert isinstance(exported["consignments"], list)
    assert all(isinstance(c["truth"]["high_risk"], bool) for c in exported["consignments"])
    text = json.dumps(exported, ensure_ascii=False)
    imported = scenario_import(document=text, user=mentor)
    assert imported.pk != published_scenario.pk
    assert imported.lineage != published_scenario.lineage
    assert imported.status == "draft"
    assert _comparable(scenario_export(scenario=imported)) == _comparable(exported)


def _broken(published_scenario, mutate):
    document = scenario_export(scenario=published_scenario)
    mutate(document)
    before = Scenario.objects.count()
    with pytest.raises(ScenarioImportError) as error:
        scenario_import(document=document)
    assert Scenario.objects.count() == before
    return [str(p) for p in error.value.problems]


def test_import_reports_every_problem_with_its_path_and_saves_nothing(published_scenario):
    def mutate(doc):
        doc["consignments"][0]["container_number"] = "TEXU3070070"
        doc["consignments"][1]["gross_weight_kg"] = "-10"
        doc["consignments"][2]["container_number"] = doc["consignments"][3]["container_number"]

    problems = _broken(published_scenario, mutate)
    joined = " | ".join(problems)
    assert "consignments[0].container_number" in joined and "check digit" in joined
    assert "consignments[1].gross_weight_kg" in joined
    assert "appears twice" in joined


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(format="other"), "not a PCU Academy scenario"),
        (lambda d: d["consignments"][0].pop("truth"), "truth"),
        (lambda d: d["consignments"][0]["truth"].update(high_risk="yes"), "true or false"),
        (lambda d: d["consignments"][0].update(shipper="nobody"), "No party with the reference nobody"),
        (lambda d: d.update(inspection_budget=99), "inspection budget"),
        (lambda d: [c["truth"].update(high_risk=False) for c in d["consignments"]], "high-risk"),
        (
            lambda d: d["consignments"][0]["truth"].update(indicators=["NOPE"]),
            "Unknown indicator codes: NOPE",
        ),
    ],
)
def test_bad_documents_are_refused(published_scenario, mutate, expected):
    assert any(expected in p for p in _broken(published_scenario, mutate))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(b"\xff\xfe{not json", "not UTF-8 JSON"), (b"x" * (25 * 1024 * 1024 + 1), "larger than 25 MB")],
)
def test_unreadable_files_are_refused(raw, expected):
    with pytest.raises(ScenarioImportError, match=expected):
        scenario_import(document=raw)


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _attach_scan(consignment, title="Bill of lading scan", data=PDF):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title=title)
    document.file.save("bl-scan.pdf", ContentFile(data), save=False)
    document.save()
    consignment.scans.add(document)
    return document


def test_attached_scans_travel_with_the_export(published_scenario, mentor):
    consignment = published_scenario.consignments.order_by("container_number").first()
    _attach_scan(consignment)
    exported = scenario_export(scenario=published_scenario)
    [scan] = next(
        c for c in exported["consignments"] if c["container_number"] == consignment.container_number
    )["scans"]
    assert scan["title"] == "Bill of lading scan"
    assert scan["filename"].endswith(".pdf")

    imported = scenario_import(document=json.dumps(exported), user=mentor)
    copy = imported.consignments.get(container_number=consignment.container_number)
    [document] = copy.scans.all()
    with document.file.open("rb") as handle:
        assert handle.read() == PDF
    # The storage may give the stored copy a new file name; the rest is equal.
    for document in (exported, again := scenario_export(scenario=imported)):
        for item in document["consignments"]:
            for attached in item["scans"]:
                attached.pop("filename")
    assert _comparable(again) == _comparable(exported)


@pytest.mark.parametrize(
    ("scan", "message"),
    [
        ({"title": "x", "filename": "x.exe", "content_base64": "JVBERi0="}, "PDF file name"),
        ({"title": "x", "filename": "../x.pdf", "content_base64": "JVBERi0="}, "PDF file name"),
        ({"title": "x", "filename": "x.pdf", "content_base64": "not base64!"}, "not valid base64"),
        ({"title": "x", "filename": "x.pdf", "content_base64": "aGVsbG8="}, "not a PDF"),
        ({"title": "", "filename": "x.pdf", "content_base64": "JVBERi0="}, "title"),
        ("scan", "Expected an object"),
    ],
)
def test_bad_scans_are_refused_and_nothing_is_stored(published_scenario, scan, message):
    from wagtail.documents.models import Document

    documents = Document.objects.count()
    problems = _broken(published_scenario, lambda doc: doc["consignments"][0].__setitem__("scans", [scan]))
    assert any(message in problem and "consignments[0].scans[0]" in problem for problem in problems), problems
    assert Document.objects.count() == documents


def test_infinity_and_nan_are_refused_with_their_path(published_scenario):
    document = scenario_export(scenario=published_scenario)
    document["inspection_budget"] = float("inf")
    document["consignments"][0]["declared_value"] = float("nan")
    text = json.dumps(document)  # Python writes them as Infinity and NaN
    before = Scenario.objects.count()
    with pytest.raises(ScenarioImportError) as caught:
        scenario_import(document=text)
    wheres = {problem.where for problem in caught.value.problems}
    assert wheres == {"inspection_budget", "consignments[0].declared_value"}
    assert Scenario.objects.count() == before


def test_an_older_document_with_plain_strings_imports_them_as_english(published_scenario, mentor):
    document = scenario_export(scenario=published_scenario)
    # The format before these texts had languages: plain strings.
    for party in document["parties"]:
        party["activity"], party["trade_history"] = "Wholesale trade", "No previous declarations."
    for c in document["consignments"]:
        c["goods_description"], c["package_type"] = "Washing machines", "pieces"
        for event in c["events"]:
            event["remark"] = "Gate in at the terminal"
    imported = scenario_import(document=json.dumps(document), user=mentor)
    party = imported.parties.order_by("ref").first()
    assert party.activity == {"en": "Wholesale trade"}
    assert party.trade_history == {"en": "No previous declarations."}
    consignment = imported.consignments.order_by("pk").first()
    assert consignment.goods_description == {"en": "Washing machines"}
    assert consignment.package_type == {"en": "pieces"}
    assert consignment.events.first().remark == {"en": "Gate in at the terminal"}
    exported = scenario_export(scenario=imported)
    assert exported["consignments"][0]["goods_description"] == {"en": "Washing machines"}


def test_texts_by_language_travel_with_the_export(published_scenario, mentor):
    from scenarios.generator import scenario_document_generate
    from scenarios.services import indicator_catalogue_ensure

    indicator_catalogue_ensure()
    document = scenario_document_generate(seed=2, consignments=8, high_risk=1, phase="export")
    imported = scenario_import(document=document, user=mentor)
    exported = scenario_export(scenario=imported)
    for stored in exported["consignments"]:
        assert set(stored["goods_description"]) == {"en", "ru", "uz", "tk"}
        assert set(stored["package_type"]) == {"en", "ru", "uz", "tk"}
    by_number = {c["container_number"]: c for c in exported["consignments"]}
    for generated in document["consignments"]:
        stored = by_number[generated["container_number"]]
        assert stored["goods_description"] == generated["goods_description"]
        assert [e["remark"] for e in stored["events"]] == [e["remark"] for e in generated["events"]]
    refs = {p["ref"]: p for p in exported["parties"]}
    for party in document["parties"]:
        assert refs[party["ref"]]["activity"] == party["activity"]
        assert refs[party["ref"]]["trade_history"] == party["trade_history"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda doc: doc["consignments"][0].update(package_type={"en": "cartons", "ru": "к" * 31}),
            "consignments[0].package_type: Each language's text may have at most 30 characters.",
        ),
        (
            lambda doc: doc["parties"][0].update(trade_history={"en": ["a list"]}),
            "parties[0].trade_history: Expected a text or an object of texts by language.",
        ),
        (
            lambda doc: doc["consignments"][0]["events"][0].update(remark={"xx": "?"}),
            "consignments[0].events[0].remark: Unknown language codes: xx.",
        ),
    ],
)
def test_bad_texts_by_language_are_refused_with_their_path(published_scenario, mutate, expected):
    assert expected in _broken(published_scenario, mutate)


def test_one_run_reports_the_documents_and_the_publishing_checks_problems_together(
    published_scenario, tmp_path
):
    """A field error used to stop the import before the publishing check ran:
    the budget, the missing high-risk consignment and the weights then came
    up only on a second run."""
    from django.core.management import CommandError, call_command

    from scenarios.models import Indicator

    document = scenario_export(scenario=published_scenario)
    document["location"] = "NOWHERE"
    document["inspection_budget"] = 99
    document["weights"] = {"severity": "0.60", "skill": "0.30", "indicators": "0.20"}
    document["indicators"].append({"code": "IND-99", "category": "goods", "name": "New one"})
    document["consignments"][0]["container_number"] = "TEXU3070070"
    for consignment in document["consignments"]:
        consignment["truth"]["high_risk"] = False
    before = (Scenario.objects.count(), Indicator.objects.count())
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False))
    with pytest.raises(CommandError) as error:
        call_command("import_scenario", str(path))
    lines = str(error.value).splitlines()
    for expected in (
        "scenario.location",
        "add up to 1.10",
        "consignments[0].container_number",
        "inspection_budget: The inspection budget (99) is larger than the number of consignments (4).",
        "consignments: Mark at least one consignment as high-risk.",
    ):
        assert any(expected in line for line in lines), (expected, lines)
    assert (Scenario.objects.count(), Indicator.objects.count()) == before


def test_a_valid_document_still_imports_with_its_new_indicators(published_scenario, mentor):
    from scenarios.models import Indicator

    document = scenario_export(scenario=published_scenario)
    document["indicators"].append({"code": "IND-99", "category": "goods", "name": {"en": "New one"}})
    document["consignments"][0]["truth"]["indicators"] = ["IND-99"]
    imported = scenario_import(document=document, user=mentor)
    assert Indicator.objects.get(code="IND-99").name == {"en": "New one"}
    truth = imported.consignments.get(container_number=document["consignments"][0]["container_number"])
    assert truth.truth.get().indicators == ["IND-99"]
    assert imported.parties.count() == len(document["parties"])
