"""Wagtail admin for programme staff: cohorts (list, add, edit, delete) and
each cohort's trainees (add one, import a table, remove)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_widgets import CalendarDateColumn

from .forms import CohortForm, MembershipDatesForm, TraineeAddForm, TraineeImportForm
from .models import Cohort, CohortMembership, Invitation
from .services import (
    MentoringError,
    cohort_delete,
    cohort_save,
    invitation_resend,
    membership_dates_set,
    trainee_add,
    trainee_remove,
    trainees_import,
)


def _base_url(request) -> str:
    return request.build_absolute_uri("/")


class CohortIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(trainee_count=Count("memberships"))


class _SaveMixin:
    def save_instance(self):
        with transaction.atomic():
            cohort = self.form.save(commit=False)
            return cohort_save(
                cohort=cohort,
                actor=self.request.user,
                mentors=self.form.cleaned_data["mentors"],
                courses=self.form.cleaned_data["courses"],
                request=self.request,
            )


class CohortCreateView(_SaveMixin, generic.CreateView):
    pass


class CohortEditView(_SaveMixin, generic.EditView):
    pass


class CohortDeleteView(generic.DeleteView):
    def delete_action(self):
        cohort_delete(cohort=self.object, actor=self.request.user, request=self.request)


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = gettext_lazy("Cohorts")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CohortIndexView
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    list_filter = ["country"]
    search_fields = ["name"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return CohortForm

    @property
    def list_display(self):
        return [
            TitleColumn("name", label=gettext_lazy("Name"), url_name=self.get_url_name("edit")),
            Column("country", label=gettext_lazy("Country"), accessor="get_country_display"),
            CalendarDateColumn("starts_on", label=gettext_lazy("Starts on")),
            CalendarDateColumn("ends_on", label=gettext_lazy("Ends on")),
            TitleColumn(
                "trainee_count",
                label=gettext_lazy("Trainees"),
                get_url=lambda cohort: reverse("mentoring_admin:trainees", args=[cohort.pk]),
            ),
        ]


def _cohort(request, pk) -> Cohort:
    if not request.user.has_perm("mentoring.change_cohort"):
        raise PermissionDenied
    return get_object_or_404(Cohort, pk=pk)


def _report_messages(request, report) -> None:
    messages.success(
        request,
        ngettext(
            "%(count)s trainee added to the cohort.", "%(count)s trainees added to the cohort.", report.added
        )
        % {"count": report.added},
    )
    if report.created:
        messages.info(
            request,
            ngettext(
                "%(count)s new account created; an invitation to choose a password was e-mailed.",
                "%(count)s new accounts created; invitations to choose a password were e-mailed.",
                report.created,
            )
            % {"count": report.created},
        )
    if report.already:
        messages.info(
            request,
            ngettext(
                "%(count)s person was already in the cohort.",
                "%(count)s people were already in the cohort.",
                report.already,
            )
            % {"count": report.already},
        )


def cohort_trainees(request, pk):
    """The trainees of one cohort, with the add-one and import forms."""
    cohort = _cohort(request, pk)
    add_form = TraineeAddForm(prefix="add")
    import_form = TraineeImportForm(prefix="import")
    problems = []
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "add":
                add_form = TraineeAddForm(request.POST, prefix="add")
                if add_form.is_valid():
                    report = trainee_add(
                        cohort=cohort,
                        data=add_form.cleaned_data,
                        actor=request.user,
                        base_url=_base_url(request),
                        request=request,
                    )
                    _report_messages(request, report)
                    return redirect("mentoring_admin:trainees", pk=cohort.pk)
            elif action == "import":
                if not request.user.has_perm("mentoring.import_trainees"):
                    raise PermissionDenied
                import_form = TraineeImportForm(request.POST, request.FILES, prefix="import")
                if import_form.is_valid():
                    upload = import_form.cleaned_data["file"]
                    report = trainees_import(
                        cohort=cohort,
                        content=upload.read(),
                        filename=upload.name,
                        actor=request.user,
                        base_url=_base_url(request),
                        request=request,
                    )
                    _report_messages(request, report)
                    return redirect("mentoring_admin:trainees", pk=cohort.pk)
            else:
                messages.error(request, _("Unknown action."))
        except MentoringError as error:
            problems = error.problems
            messages.error(request, _("Nothing was changed. Correct the problems below and try again."))
    return _trainees_page(request, cohort, add_form=add_form, import_form=import_form, problems=problems)


def _trainees_page(request, cohort, *, add_form=None, import_form=None, problems=(), dates_form=None):
    memberships = list(CohortMembership.objects.filter(cohort=cohort).select_related("user", "added_by"))
    invitations = {i.user_id: i for i in Invitation.objects.filter(cohort=cohort).select_related("user")}
    for membership in memberships:
        membership.invitation = invitations.get(membership.user_id)
        # Each row's own form; the one just posted keeps its values and errors.
        if dates_form is not None and dates_form.user_id == membership.user_id:
            membership.dates_form = dates_form
        else:
            membership.dates_form = MembershipDatesForm(
                initial={"joined_on": membership.joined_on, "left_on": membership.left_on},
                auto_id=f"id_m{membership.user_id}_%s",
            )
    return TemplateResponse(
        request,
        "mentoring/admin/trainees.html",
        {
            "page_title": _("Trainees of %(cohort)s") % {"cohort": cohort.name},
            "header_icon": "group",
            "cohort": cohort,
            "memberships": memberships,
            "add_form": add_form or TraineeAddForm(prefix="add"),
            "import_form": import_form or TraineeImportForm(prefix="import"),
            "problems": problems,
            "can_import": request.user.has_perm("mentoring.import_trainees"),
        },
        status=400 if problems or dates_form is not None else 200,
    )


@require_POST
def cohort_membership_dates(request, pk, user_id):
    """Change when one trainee joined and left the cohort (their activity
    counts for the cohort only between the two days)."""
    cohort = _cohort(request, pk)
    membership = get_object_or_404(
        CohortMembership.objects.select_related("user"), cohort=cohort, user_id=user_id
    )
    form = MembershipDatesForm(request.POST, auto_id=f"id_m{user_id}_%s")
    if form.is_valid():
        try:
            membership_dates_set(
                cohort=cohort,
                user=membership.user,
                joined_on=form.cleaned_data["joined_on"],
                left_on=form.cleaned_data["left_on"],
                actor=request.user,
                request=request,
            )
        except MentoringError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Dates saved for %(name)s.") % {"name": membership.user})
            return redirect("mentoring_admin:trainees", pk=cohort.pk)
    form.user_id = membership.user_id
    messages.error(request, _("The dates of %(name)s were not saved.") % {"name": membership.user})
    return _trainees_page(request, cohort, dates_form=form)


@require_POST
def cohort_trainee_remove(request, pk, user_id):
    cohort = _cohort(request, pk)
    membership = get_object_or_404(CohortMembership, cohort=cohort, user_id=user_id)
    trainee_remove(cohort=cohort, user=membership.user, actor=request.user, request=request)
    messages.success(request, _("%(name)s is no longer in the cohort.") % {"name": membership.user})
    return redirect("mentoring_admin:trainees", pk=cohort.pk)


@require_POST
def cohort_invitation_resend(request, pk, user_id):
    """Send a trainee's invitation again (a new link), audited."""
    cohort = _cohort(request, pk)
    invitation = get_object_or_404(Invitation, cohort=cohort, user_id=user_id)
    try:
        invitation_resend(
            invitation=invitation, actor=request.user, base_url=_base_url(request), request=request
        )
    except MentoringError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("The invitation was sent again to %(email)s.") % {"email": invitation.user.email}
        )
    return redirect("mentoring_admin:trainees", pk=cohort.pk)
