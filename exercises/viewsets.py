"""Wagtail admin: a read-only listing of exercise attempts for mentors and
staff (the review itself happens on the mentor review pages)."""

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.scope import scope_learner_records
from core.admin_widgets import YesNoColumn

from .models import Attempt


class AttemptIndexView(generic.IndexView):
    def get_base_queryset(self):
        # Mentors list only their cohorts' trainees' attempts.
        return scope_learner_records(super().get_base_queryset(), self.request.user)


class AttemptInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        qs = scope_learner_records(Attempt.objects.all(), self.request.user)
        return get_object_or_404(qs, pk=unquote(str(self.pk)))


class AttemptViewSet(ModelViewSet):
    model = Attempt
    index_view_class = AttemptIndexView
    inspect_view_class = AttemptInspectView
    icon = "crosshairs"
    menu_label = _("Exercise attempts")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "user",
        "scenario",
        "mode",
        "form_code",
        "status",
        "score",
        YesNoColumn("passed", Attempt),
        YesNoColumn("expired", Attempt),
        "started_at",
        "submitted_at",
    ]
    list_filter = ["status", "mode", "passed", "expired"]
    search_fields = ["user__email", "user__full_name"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "scenario",
        "mode",
        "form_code",
        "status",
        "started_at",
        "deadline",
        "selection_locked_at",
        "submitted_at",
        "expired",
        "score",
        "passed",
        "pass_mark",
        "lesson_page_id",
        "block_id",
    ]
    form_fields = ["pass_mark"]
