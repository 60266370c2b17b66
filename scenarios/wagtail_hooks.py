from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import mentor_views
from .viewsets import (
    ImportMenuItem,
    ScenariosViewSetGroup,
    refuse_locked_edit,
    returned_scenarios_panel,
    scenario_listing_buttons,
)


@hooks.register("register_admin_viewset")
def register_scenario_viewsets():
    return ScenariosViewSetGroup()


@hooks.register("before_edit_snippet")
def before_edit_snippet(request, instance):
    return refuse_locked_edit(request, instance)


@hooks.register("before_delete_snippet")
def before_delete_snippet(request, instances):
    for instance in instances if isinstance(instances, list | tuple) else [instances]:
        response = refuse_locked_edit(request, instance)
        if response is not None:
            return response
    return None


@hooks.register("register_snippet_listing_buttons")
def snippet_listing_buttons(snippet, user, next_url=None):
    return scenario_listing_buttons(snippet, user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import scenario"), reverse("scenarios:import"), icon_name="upload", order=310)


@hooks.register("register_admin_menu_item")
def register_generate_menu_item():
    # Shown to those who may add scenarios, as the import is.
    return ImportMenuItem(
        _("Generate scenario"), reverse("scenarios_admin:generate"), icon_name="cogs", order=311
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("<int:pk>/review/", mentor_views.scenario_review, name="review"),
        path("generate/", mentor_views.scenario_generate_view, name="generate"),
    ]
    return [path("scenarios/", include((urls, "scenarios_admin"), namespace="scenarios_admin"))]


@hooks.register("construct_homepage_panels")
def add_returned_scenarios_panel(request, panels):
    panel = returned_scenarios_panel(request.user)
    if panel is not None:
        panels.append(panel)
