"""Mentor and staff pages: review and publish, versions, export, import.

These read the truth (the publishing check, the export) and are never
reachable by a trainee (403)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder

from accounts.roles import Role, role_required, user_has_role
from core import audit

from .declarations import declarations_import_with_report
from .errors import ScenarioError
from .interchange import scenario_export_json, scenario_import
from .models import Scenario, ScenarioStatus
from .services import (
    scenario_approve,
    scenario_new_version,
    scenario_return_to_draft,
    scenario_submit_for_review,
)
from .tabular import consignments_import
from .truth import scenario_truth_review
from .validation import scenario_problems


@role_required(Role.MENTOR, Role.STAFF)
def scenario_review(request, pk):
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    is_mentor = user_has_role(request.user, Role.MENTOR)
    problems = scenario_problems(scenario) if scenario.status != ScenarioStatus.PUBLISHED else []
    # Only a draft can be edited; the links go to the admin's edit pages.
    finder = AdminURLFinder(request.user) if scenario.status == ScenarioStatus.DRAFT else None

    def edit_url(target):
        return finder.get_edit_url(target) if finder is not None and target is not None else None

    # The hidden truth, for mentors who review scenarios: what they approve.
    can_see_truth = is_mentor and request.user.has_perm("scenarios.review_scenario")
    truth_rows = (
        [(row, edit_url(row.consignment)) for row in scenario_truth_review(scenario=scenario)]
        if can_see_truth
        else []
    )
    context = {
        "scenario": scenario,
        "problems": [(problem, edit_url(problem.target)) for problem in problems],
        "truth_rows": truth_rows,
        "can_see_truth": can_see_truth,
        "versions": Scenario.objects.of_lineage(scenario.lineage),
        "can_submit": is_mentor and scenario.status == ScenarioStatus.DRAFT,
        "can_review": is_mentor
        and scenario.status == ScenarioStatus.IN_REVIEW
        and request.user.pk not in {scenario.submitted_by_id, scenario.created_by_id},
        "can_new_version": is_mentor and scenario.status == ScenarioStatus.PUBLISHED,
        "can_export": request.user.has_perm("scenarios.export_scenario"),
        "can_upload": is_mentor and scenario.status == ScenarioStatus.DRAFT,
        "upload_form": ConsignmentsUploadForm(),
        "forms_made": Scenario.objects.forms_of(scenario).count() if scenario.generator_settings else 0,
        "forms_wanted": settings.EXERCISES_GENERATED_FORMS,
    }
    return render(request, "scenarios/review.html", context)


ACTIONS = {
    "submit": lambda scenario, user, comment: scenario_submit_for_review(scenario=scenario, user=user),
    "approve": lambda scenario, user, comment: scenario_approve(scenario=scenario, reviewer=user),
    "return": lambda scenario, user, comment: scenario_return_to_draft(
        scenario=scenario, reviewer=user, comment=comment
    ),
    "new_version": lambda scenario, user, comment: scenario_new_version(scenario=scenario, user=user),
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
        result = ACTIONS[action](scenario, request.user, request.POST.get("comment", "")[:2000])
    except ScenarioError as error:
        for problem in error.problems:
            messages.error(request, str(problem))
        return redirect("scenarios:review", pk=scenario.pk)
    messages.success(request, DONE[action])
    return redirect("scenarios:review", pk=result.pk)


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
            return redirect("scenarios:review", pk=scenario.pk)
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
        return redirect("scenarios:review", pk=pk)
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
    return redirect("scenarios:review", pk=pk)
