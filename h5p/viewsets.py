from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from core.admin_widgets import TranslatedSnippetChooserViewSet

from . import selectors, services
from .forms import H5PActivityForm
from .models import H5PActivity, H5PLibrary
from .validation import PackageInvalid, dependency_refs


class _PackageRefusedOnSave:
    """A package valid when the form was checked can still be refused while it
    is stored (a library it needs was uninstalled in between): the form shows
    why, as for any refused package, and nothing is stored."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except PackageInvalid as exc:
            form.add_error("package", exc.message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class H5PActivityCreateView(_PackageRefusedOnSave, CreateView):
    def save_instance(self):
        form = self.form
        activity = services.activity_create(
            package=form.validated_package,
            user=self.request.user,
            title=form.cleaned_data.get("title") or None,
            grading_policy=form.cleaned_data["grading_policy"],
            # The locale chosen in the listing: the language the package is written in.
            locale=getattr(self, "locale", None),
        )
        log(instance=activity, action="wagtail.create", user=self.request.user)
        form.instance = activity
        return activity


class H5PActivityEditView(_PackageRefusedOnSave, EditView):
    def save_instance(self):
        # Title, policy and new content together or not at all.
        with transaction.atomic():
            activity = super().save_instance()
            package = self.form.validated_package
            if package is not None:
                activity = services.activity_replace_package(
                    activity=activity, package=package, user=self.request.user
                )
                self.form.instance = activity
        return activity


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    chooser_viewset_class = TranslatedSnippetChooserViewSet
    icon = "pick"
    menu_label = _("H5P activities")
    menu_name = "h5p-activities"
    add_to_admin_menu = True
    menu_order = 310
    add_view_class = H5PActivityCreateView
    edit_view_class = H5PActivityEditView
    list_display = [
        "title",
        Column("main_library", label=_("Content type")),
        "grading_policy",
        DateColumn("created_at", label=capfirst(H5PActivity._meta.get_field("created_at").verbose_name)),
    ]
    list_filter = ["grading_policy"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("package"), FieldPanel("title"), FieldPanel("grading_policy"), FieldPanel("texts")],
        base_form_class=H5PActivityForm,
    )


class H5PLibraryPermissionPolicy(ModelPermissionPolicy):
    """Libraries come only from packages: nobody adds or edits one by hand.
    Whoever works with activities may see the list (which content types they
    can use); uninstalling needs the permission to upload libraries."""

    VIEW_PERMISSIONS = ("h5p.view_h5pactivity", "h5p.add_h5pactivity", selectors.UPLOAD_LIBRARIES_PERMISSION)

    def user_has_permission(self, user, action):
        if action == "view":
            return any(user.has_perm(name) for name in self.VIEW_PERMISSIONS)
        if action == "delete":
            return user.has_perm(selectors.UPLOAD_LIBRARIES_PERMISSION)
        return False

    def users_with_any_permission(self, actions):
        names = set()
        if "view" in actions:
            names.update(self.VIEW_PERMISSIONS)
        if "delete" in actions:
            names.add(selectors.UPLOAD_LIBRARIES_PERMISSION)
        users = get_user_model().objects.filter(is_active=True)
        if not names:
            return users.none()
        permissions = Permission.objects.filter(
            content_type__app_label="h5p", codename__in=[name.split(".", 1)[1] for name in names]
        )
        return users.filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permissions)
            | Q(groups__permissions__in=permissions)
        ).distinct()


class H5PLibraryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("installed_by")
            .annotate(activity_count=Count("activities", distinct=True))
        )


class H5PLibraryInspectView(generic.InspectView):
    LABELS = {
        "title": _("Title"),
        "machine_name": _("Machine name"),
        "version": _("Version"),
        "runnable": _("Content type"),
        "author": _("Author"),
        "license": _("Licence"),
        "core_api": _("H5P core API"),
        "dependencies": _("Needs"),
        "dependants": _("Needed by"),
        "activities": _("Activities"),
        "installed_at": _("Installed"),
        "installed_by": _("Installed by"),
    }

    def get_field_label(self, field_name, field):
        return self.LABELS[field_name]

    def _metadata(self, key):
        # library.json as checked on installation.
        value = self.object.metadata.get(key)
        return value if isinstance(value, str) and value else "-"

    def get_version_display_value(self):
        library = self.object
        return f"{library.major_version}.{library.minor_version}.{library.patch_version}"

    def get_runnable_display_value(self):
        return (
            _("Yes: activities can be made with it")
            if self.object.runnable
            else _("No: used by other libraries")
        )

    def get_author_display_value(self):
        return self._metadata("author")

    def get_license_display_value(self):
        return self._metadata("license")

    def get_core_api_display_value(self):
        core_api = self.object.metadata.get("coreApi")
        if isinstance(core_api, dict):
            return f"{core_api.get('majorVersion', '?')}.{core_api.get('minorVersion', '?')}"
        return "-"

    def get_dependencies_display_value(self):
        refs = dependency_refs(self.object.metadata.get("preloadedDependencies"), self.object.folder)
        return ", ".join(str(ref) for ref in refs) or "-"

    def get_dependants_display_value(self):
        return ", ".join(str(other) for other in selectors.library_dependants(library=self.object)) or "-"

    def get_activities_display_value(self):
        titles = (
            selectors.library_activities(library=self.object)
            .order_by("title")
            .values_list("title", flat=True)
        )
        return ", ".join(titles) or "-"


class H5PLibraryDeleteView(generic.DeleteView):
    template_name = "h5p/admin/library_confirm_delete.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.refusal = selectors.library_delete_refusal(library=self.object)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "refusal": self.refusal}

    def form_valid(self, form):
        if self.refusal:
            # Still in use (the page said so): nothing is deleted.
            messages.error(self.request, self.refusal)
            return redirect(self.get_success_url())
        return super().form_valid(form)

    def delete_action(self):
        try:
            services.library_delete(library=self.object, user=self.request.user)
        except services.H5PError as exc:  # put to use since the page was shown
            raise PermissionDenied(exc.message) from exc


class H5PLibraryViewSet(ModelViewSet):
    """Admin → H5P libraries: what is installed, what uses it, and uninstalling unused ones."""

    model = H5PLibrary
    index_view_class = H5PLibraryIndexView
    inspect_view_class = H5PLibraryInspectView
    delete_view_class = H5PLibraryDeleteView
    icon = "code"
    menu_label = _("H5P libraries")
    menu_name = "h5p-libraries"
    add_to_admin_menu = True
    menu_order = 311
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["title"]
    search_fields = ["title", "machine_name"]
    search_backend_name = None
    list_display = [
        "title",
        Column("library", label=_("Library"), accessor=str),
        Column(
            "runnable",
            label=_("Content type"),
            accessor=lambda library: _("Yes") if library.runnable else "",
        ),
        Column("activity_count", label=_("Activities")),
        DateColumn("installed_at", label=_("Installed")),
        Column("installed_by", label=_("Installed by")),
    ]
    inspect_view_fields = list(H5PLibraryInspectView.LABELS)
