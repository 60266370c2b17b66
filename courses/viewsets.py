"""Wagtail admin views: the enrolment report (CSV/XLSX export) and staff
enrolment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from accounts.scope import scope_learner_records
from core import audit
from reports.definitions import ENROLMENT_REPORT, labelled

from .models import CoursePage, Enrolment, source_locale
from .selectors import source_courses
from .services import CourseError, enrolment_create


def _course_choices():
    return [(str(course.translation_key), course.title) for course in source_courses()]


class EnrolmentReportFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=_course_choices)

    class Meta:
        model = Enrolment
        fields = ["course_key", "source"]


@dataclass
class _Row:
    learner: str
    email: str
    country: str
    agency: str
    course: str
    enrolled_at: datetime
    how: str
    lessons_completed: int
    lessons_required: int
    percent: int
    completed_at: datetime | None


class EnrolmentReportView(ReportView):
    page_title = _("Course enrolments")
    header_icon = "group"
    index_url_name = "courses_admin:enrolment_report"
    index_results_url_name = "courses_admin:enrolment_report_results"
    template_name = "courses/admin/enrolment_report.html"
    filterset_class = EnrolmentReportFilterSet
    export_filename = "course-enrolments"
    # The columns of the file, each with the definition the file states.
    list_export = list(ENROLMENT_REPORT)
    columns = [
        Column("learner", label=_("Learner")),
        Column("country", label=_("Country")),
        Column("course", label=_("Course")),
        DateColumn("enrolled_at", label=_("Enrolled at")),
        Column("how", label=_("How")),
        Column("percent", label=_("Progress (%)")),
        DateColumn("completed_at", label=_("Completed at")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.view_enrolment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # Staff see every enrolment, mentors those of their cohorts' trainees.
        queryset = Enrolment.objects.select_related("user").order_by("-created_at")
        return scope_learner_records(queryset, self.request.user)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The file as the programme's exports are written (reports.exports):
        its context, then the definition of each column, then the rows."""
        from reports import exports
        from reports.programme_report import period_dates

        # Names and e-mail addresses leave the platform: who took them, when,
        # how many and under which filters goes to the audit log.
        audit.record(
            "courses.enrolment_report_export",
            request=self.request,
            format=spreadsheet_format,
            rows=len(queryset),
            filters={key: value for key, value in self.request.GET.items() if key != "export" and value},
        )
        definitions = labelled(ENROLMENT_REPORT[key] for key in self.list_export)
        context = exports.export_context(
            title=str(self.page_title),
            period=period_dates(None, None),
            filters=self._described_filters() or [(_("Filters"), _("none (every enrolment)"))],
            definitions=definitions,
        )
        columns = [name for name, _text in definitions]
        rows = [[getattr(row, key) for key in self.list_export] for row in queryset]
        if spreadsheet_format == self.FORMAT_CSV:
            content, content_type = exports.csv_bytes(columns, rows, context), "text/csv; charset=utf-8"
        else:
            content = exports.xlsx_bytes(str(self.page_title), columns, rows, context)
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.{spreadsheet_format}"'
        return response

    def _described_filters(self) -> list[tuple[str, str]]:
        """Each filter in use, as (its label, the value chosen, as the page names it)."""
        found = self.filters
        if found is None or not found.is_valid():
            return []
        described = []
        for name, field in found.form.fields.items():
            value = found.form.cleaned_data.get(name)
            if value in (None, ""):
                continue
            shown = dict(getattr(field, "choices", ())).get(value, value)
            described.append((capfirst(str(field.label)), str(shown)))
        return described

    def decorate_paginated_queryset(self, object_list):
        items = list(object_list)
        if items and isinstance(items[0], _Row):
            return items
        from reports.selectors import enrolment_report_rows

        return [_Row(**row) for row in enrolment_report_rows(items)]

    def get_table(self, object_list):
        # The table is built before ReportView decorates the page of results.
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def get_context_data(self, **kwargs):
        from .selectors.structure import course_rule_problems

        context = super().get_context_data(**kwargs)
        context["rule_problems"] = [
            (course, problems) for course in source_courses() if (problems := course_rule_problems(course))
        ]
        return context


class StaffEnrolmentForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    users = forms.ModelMultipleChoiceField(
        label=_("People"),
        queryset=get_user_model().objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 12}),
        help_text=_("Hold Ctrl (or Cmd) to choose several people."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.filter(locale=source_locale()).order_by("title")
        self.fields["users"].queryset = get_user_model().objects.filter(is_active=True).order_by("email")


def staff_enrol(request):
    """Programme staff enrol people in a course (any course, self-enrolment or not)."""
    if not request.user.has_perm("courses.add_enrolment"):
        raise PermissionDenied
    form = StaffEnrolmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        course = form.cleaned_data["course"]
        try:
            for user in form.cleaned_data["users"]:
                enrolment_create(user=user, course=course, enrolled_by=request.user)
        except CourseError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(count)s people are enrolled in “%(course)s”.")
                % {"count": len(form.cleaned_data["users"]), "course": course.title},
            )
            return redirect(reverse("courses_admin:enrolment_report"))
    return TemplateResponse(
        request,
        "courses/admin/staff_enrol.html",
        {"form": form, "page_title": _("Enrol people"), "header_icon": "user"},
    )
