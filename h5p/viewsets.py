from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from . import services
from .forms import H5PActivityForm
from .models import H5PActivity


class H5PActivityCreateView(CreateView):
    def save_instance(self):
        form = self.form
        activity = services.activity_create(
            package=form.validated_package,
            user=self.request.user,
            title=form.cleaned_data.get("title") or None,
            grading_policy=form.cleaned_data["grading_policy"],
        )
        log(instance=activity, action="wagtail.create", user=self.request.user)
        form.instance = activity
        return activity


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "pick"
    menu_label = _("H5P activities")
    menu_name = "h5p-activities"
    add_to_admin_menu = True
    menu_order = 310
    add_view_class = H5PActivityCreateView
    list_display = [
        "title",
        Column("main_library", label=_("Content type")),
        "grading_policy",
        DateColumn("created_at"),
    ]
    list_filter = ["grading_policy"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("package"), FieldPanel("title"), FieldPanel("grading_policy")],
        base_form_class=H5PActivityForm,
    )
