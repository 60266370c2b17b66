"""Mentor and staff pages: review and publish, versions, export, import.

These read the truth (the publishing check, the export) and are never
reachable by a trainee (403)."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder

from accounts.roles import Role, role_required, user_has_role
from core import audit
from core.seeds import SEED_BITS

from .declarations import declarations_import_with_report
from .errors import ScenarioError
from .fields import FALLBACK_LANGUAGE, LANGUAGE_CODES, reader_language
from .generator import MAX_CONSIGNMENTS
from .interchange import scenario_export_json, scenario_import
from .likelihoods import DEFAULT_DIFFICULTY
from .models import Consignment, Difficulty, Phase, Scenario, ScenarioStatus
from .services import (
    scenario_approve,
    scenario_generate,
    scenario_new_version,
    scenario_return_to_draft,
    scenario_submit_for_review,
)
from .tabular import consignments_import
from .truth import scenario_truth_review
from .validation import scenario_problems


def _tab_anchor(model, relation_name: str) -> str:
    """ "#tab-…" of the admin edit page's tab holding the inline panel of
    `relation_name` ("" when there is none): the tabs have fixed names, the
    same in every language (`viewsets.Tab`)."""
    handler = model.snippet_viewset.get_edit_handler()
    for child, identifier in zip(handler.children, handler.child_identifiers, strict=False):
        if any(
            getattr(panel, "relation_name", None) == relation_name for panel in getattr(child, "children", ())
        ):
            return f"#tab-{identifier}"
    return ""


@role_required(Role.MENTOR, Role.STAFF)
def scenario_review_redirect(request, pk):
    """The review page's former address (outside the admin): bookmarks and
    old links land on the admin page."""
    return redirect("scenarios_admin:review", pk=pk)


@role_required(Role.MENTOR, Role.STAFF)
def scenario_review(request, pk):
    """Review and publish, inside the Wagtail admin (its layout, the reader's
    admin language): what must be fixed, everything the scenario holds with a
    link to the admin page that edits it (while it is a draft), the workflow
    buttons, the hidden truth for mentors who review."""
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    is_mentor = user_has_role(request.user, Role.MENTOR)
    is_draft = scenario.status == ScenarioStatus.DRAFT
    checked = scenario.status != ScenarioStatus.PUBLISHED
    # Read once for the publishing check (with the event logs), the table and the truth.
    consignments = list(
        scenario.consignments.select_related("shipper", "consignee")
        .prefetch_related("scans", *(["events"] if checked else []))
        .order_by("container_number")
    )
    problems = scenario_problems(scenario, consignments=consignments) if checked else []
    # Only a draft can be edited; the links go to the admin's edit pages (and
    # only for people allowed to edit: the finder checks the permission).
    finder = AdminURLFinder(request.user) if is_draft else None

    def edit_url(target):
        return finder.get_edit_url(target) if finder is not None and target is not None else None

    # The hidden truth, for mentors who review scenarios: what they approve.
    can_see_truth = is_mentor and request.user.has_perm("scenarios.review_scenario")
    truth_tab = _tab_anchor(Consignment, "truth")
    truth_rows = (
        [
            (row, url + truth_tab if (url := edit_url(row.consignment)) else None)
            for row in scenario_truth_review(scenario=scenario, consignments=consignments)
        ]
        if can_see_truth
        else []
    )
    scenario_edit = edit_url(scenario)
    consignment_rows = [
        (consignment, edit_url(consignment), [(scan, edit_url(scan)) for scan in consignment.scans.all()])
        for consignment in consignments
    ]
    can_add = is_draft and request.user.has_perm("scenarios.add_consignment")
    context = {
        "page_title": _("Review and publish: %(scenario)s") % {"scenario": scenario},
        "header_icon": "clipboard-list",
        "scenario": scenario,
        "scenario_edit_url": scenario_edit,
        "parties_edit_url": scenario_edit + _tab_anchor(Scenario, "parties") if scenario_edit else None,
        "osint_edit_url": scenario_edit + _tab_anchor(Scenario, "osint_pages") if scenario_edit else None,
        "scenarios_url": reverse("wagtailsnippets_scenarios_scenario:list"),
        "consignments_url": reverse("wagtailsnippets_scenarios_consignment:list")
        + f"?scenario={scenario.pk}",
        "add_consignment_url": (
            reverse("wagtailsnippets_scenarios_consignment:add") + f"?scenario={scenario.pk}"
            if can_add
            else None
        ),
        "consignments": consignment_rows,
        "parties": scenario.parties.all(),
        "osint_pages": scenario.osint_pages.all(),
        "problems": [(problem, edit_url(problem.target)) for problem in problems],
        "truth_rows": truth_rows,
        "can_see_truth": can_see_truth,
        "versions": Scenario.objects.of_lineage(scenario.lineage),
        "can_submit": is_mentor and is_draft,
        "can_review": is_mentor
        and scenario.status == ScenarioStatus.IN_REVIEW
        and request.user.pk not in {scenario.submitted_by_id, scenario.created_by_id},
        "can_new_version": is_mentor and scenario.status == ScenarioStatus.PUBLISHED,
        "can_export": request.user.has_perm("scenarios.export_scenario"),
        "can_upload": is_mentor and is_draft,
        "upload_form": ConsignmentsUploadForm(),
        "forms_made": Scenario.objects.forms_of(scenario).count() if scenario.generator_settings else 0,
        "forms_wanted": settings.EXERCISES_GENERATED_FORMS,
    }
    return TemplateResponse(request, "scenarios/admin/review.html", context)


ACTIONS = {
    "submit": lambda scenario, request, comment: scenario_submit_for_review(
        scenario=scenario, user=request.user
    ),
    "approve": lambda scenario, request, comment: scenario_approve(scenario=scenario, reviewer=request.user),
    "return": lambda scenario, request, comment: scenario_return_to_draft(
        scenario=scenario, reviewer=request.user, comment=comment, base_url=request.build_absolute_uri("/")
    ),
    "new_version": lambda scenario, request, comment: scenario_new_version(
        scenario=scenario, user=request.user
    ),
}
DONE = {
    "submit": _("Sent for review."),
    "approve": _("Approved and published."),
    "return": _("Returned to the author."),
    "new_version": _("A new draft version was created."),
}


@require_POST
@role_required(Role.MENTOR)
def scenario_action(request, pk, action):
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    if action not in ACTIONS:
        raise PermissionDenied
    try:
        result = ACTIONS[action](scenario, request, request.POST.get("comment", "")[:2000])
    except ScenarioError as error:
        for problem in error.problems:
            messages.error(request, str(problem))
        return redirect("scenarios_admin:review", pk=scenario.pk)
    messages.success(request, DONE[action])
    return redirect("scenarios_admin:review", pk=result.pk)


@role_required(Role.MENTOR, Role.STAFF)
def scenario_export(request, pk):
    if not request.user.has_perm("scenarios.export_scenario"):
        raise PermissionDenied
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    response = HttpResponse(
        scenario_export_json(scenario=scenario), content_type="application/json; charset=utf-8"
    )
    # The document carries the hidden ground truth.
    audit.record("scenarios.truth_export", request=request, target=scenario, version=scenario.version)
    response["Content-Disposition"] = (
        f'attachment; filename="scenario-{scenario.pk}-v{scenario.version}.json"'
    )
    response["Cache-Control"] = "no-store"
    return response


class ImportForm(forms.Form):
    KIND_CHOICES = [("json", _("Scenario JSON document")), ("declarations", _("Customs declarations table"))]
    kind = forms.ChoiceField(label=_("What are you importing?"), choices=KIND_CHOICES)
    file = forms.FileField(label=_("File"))
    label_column = forms.CharField(label=_("Outcome column"), initial="Fraud", required=False)
    rows = forms.IntegerField(label=_("Rows"), initial=40, min_value=2, max_value=500, required=False)
    budget = forms.IntegerField(label=_("Inspection budget"), initial=5, min_value=1, required=False)
    title = forms.CharField(label=_("Title"), required=False, max_length=200)


class ConsignmentsUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
    mapping = forms.CharField(
        label=_("Column mapping"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One line per field: field=Column heading. Unmapped fields read the column of the same name."
        ),
    )

    def clean_mapping(self):
        mapping = {}
        for number, line in enumerate(self.cleaned_data["mapping"].splitlines(), start=1):
            if not line.strip():
                continue
            field, sep, column = line.partition("=")
            if not sep:
                raise forms.ValidationError(
                    _("Line %(n)d: write field=Column heading."), params={"n": number}, code="mapping"
                )
            mapping[field.strip()] = column.strip()
        return mapping


@role_required(Role.MENTOR)
def scenario_import_view(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = None
        try:
            if form.cleaned_data["kind"] == "json":
                scenario = scenario_import(document=upload.read(), user=request.user)
            else:
                imported = declarations_import_with_report(
                    content=upload.read(),
                    filename=upload.name,
                    label_column=form.cleaned_data["label_column"] or "Fraud",
                    rows=form.cleaned_data["rows"] or 40,
                    budget=form.cleaned_data["budget"] or 5,
                    title=form.cleaned_data["title"] or upload.name,
                    user=request.user,
                )
                scenario, report = imported.scenario, imported.report
        except ScenarioError as error:
            problems = error.problems
        else:
            audit.record(
                "scenarios.import",
                request=request,
                target=scenario,
                kind=form.cleaned_data["kind"],
                file=upload.name[:200],
            )
            messages.success(request, _("Imported as a draft."))
            if report is not None:
                messages.info(
                    request,
                    _("Rows taken: %(taken)d; containers: %(containers)d. Rows skipped: %(skipped)s.")
                    % {
                        "taken": report.rows_taken,
                        "containers": report.consignments,
                        "skipped": "; ".join(report.skipped_lines()) or "0",
                    },
                )
            return redirect("scenarios_admin:review", pk=scenario.pk)
    return render(request, "scenarios/import.html", {"form": form, "problems": problems})


@require_POST
@role_required(Role.MENTOR)
def consignments_upload(request, pk):
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    form = ConsignmentsUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("scenarios_admin:review", pk=pk)
    upload = form.cleaned_data["file"]
    try:
        count = consignments_import(
            scenario=scenario,
            content=upload.read(),
            filename=upload.name,
            mapping=form.cleaned_data["mapping"],
        )
    except ScenarioError as error:
        for problem in error.problems:
            messages.error(request, str(problem))
    else:
        audit.record(
            "scenarios.consignments_import",
            request=request,
            target=scenario,
            rows=count,
            file=upload.name[:200],
        )
        messages.success(request, _("Consignments added: %(count)d.") % {"count": count})
    return redirect("scenarios_admin:review", pk=pk)


class GenerateForm(forms.Form):
    """What `manage.py generate_scenario` takes, for the admin."""

    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Blank: a title from the place and phase."),
    )
    phase = forms.ChoiceField(label=_("phase"), choices=Phase.choices, initial=Phase.IMPORT)
    consignments = forms.IntegerField(
        label=_("Consignments"), min_value=2, max_value=MAX_CONSIGNMENTS, initial=40
    )
    difficulty = forms.TypedChoiceField(
        label=_("difficulty"), choices=Difficulty.choices, coerce=int, initial=DEFAULT_DIFFICULTY
    )
    prevalence = forms.DecimalField(
        label=_("High-risk share (%)"),
        required=False,
        min_value=Decimal("0.1"),
        max_value=Decimal("50"),
        decimal_places=1,
        help_text=_("Blank: 2–5 %, drawn from the seed."),
    )
    high_risk = forms.IntegerField(
        label=_("High-risk consignments"),
        required=False,
        min_value=1,
        help_text=_("A number instead of a share."),
    )
    budget = forms.IntegerField(
        label=_("Inspection budget"),
        required=False,
        min_value=1,
        help_text=_("Blank: 1.5 times the high-risk consignments."),
    )
    seed = forms.IntegerField(
        label=_("Seed"),
        required=False,
        min_value=0,
        max_value=2**SEED_BITS - 1,
        help_text=_(
            "Blank (recommended): the platform draws a secret seed. The same seed and settings always "
            "give the same scenario, truth included: choose one like a password, or leave it blank."
        ),
    )

    def clean_title(self) -> dict[str, str] | None:
        """The title typed, as a text in the language the mentor works in (the
        admin's): a Russian mentor's title is the scenario's Russian title."""
        title = self.cleaned_data["title"].strip()
        if not title:
            return None
        language = reader_language()
        return {language if language in LANGUAGE_CODES else FALLBACK_LANGUAGE: title}

    def clean(self):
        cleaned = super().clean()
        count = cleaned.get("consignments")
        if cleaned.get("high_risk") is not None and cleaned.get("prevalence") is not None:
            self.add_error(
                "high_risk", _("Give the number of high-risk consignments or their share, not both.")
            )
        if count is not None:
            if cleaned.get("high_risk") is not None and cleaned["high_risk"] >= count:
                self.add_error(
                    "high_risk",
                    _("There must be fewer high-risk consignments than consignments (%(n)d).") % {"n": count},
                )
            if cleaned.get("budget") is not None and cleaned["budget"] > count:
                self.add_error(
                    "budget",
                    _("The inspection budget cannot exceed the number of consignments (%(n)d).")
                    % {"n": count},
                )
        return cleaned


@role_required(Role.MENTOR)
def scenario_generate_view(request):
    """The generator in the admin: a new draft, reviewed like any other."""
    if not request.user.has_perm("scenarios.add_scenario"):
        raise PermissionDenied
    form = GenerateForm(request.POST or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            scenario = scenario_generate(
                user=request.user,
                consignments=data["consignments"],
                phase=data["phase"],
                difficulty=data["difficulty"],
                title=data["title"],
                seed=data["seed"],
                high_risk=data["high_risk"],
                prevalence=float(data["prevalence"]) / 100 if data["prevalence"] is not None else None,
                budget=data["budget"],
                request=request,
            )
        except ScenarioError as error:
            problems = error.problems
        else:
            messages.success(
                request,
                _("Generated as a draft: %(count)d consignments. Review it, then send it for review.")
                % {"count": scenario.consignments.count()},
            )
            return redirect("scenarios_admin:review", pk=scenario.pk)
    return TemplateResponse(
        request,
        "scenarios/admin/generate.html",
        {
            "page_title": _("Generate scenario"),
            "header_icon": "clipboard-list",
            "form": form,
            "problems": problems,
        },
        status=400 if (request.method == "POST" and (form.errors or problems)) else 200,
    )
