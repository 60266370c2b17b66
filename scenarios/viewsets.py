"""Wagtail admin for mentors: scenarios (with parties and the OSINT corpus
inline), consignments (with the event log and the hidden truth inline) and
the indicator catalogue. Published and in-review versions are read-only."""

import django_filters
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.roles import Role, user_has_role
from core.admin_widgets import TranslatedSnippetChooserViewSet, YesNoColumn
from core.ids import row_id

from .fields import EventTimeInput
from .models import Consignment, Indicator, Party, Scenario, ScenarioStatus
from .models.scenario import PARTY_ROLES
from .services import NOT_A_DRAFT


class Tab(ObjectList):
    """A tab whose id on the edit page ("tab-<name>", the "#tab-<name>" that
    opens it) is `name` in every language. Wagtail derives a tab's id from its
    heading (`clean_name`), translated by the request that first renders the
    edit page in the process, and keeps it: a link to a tab built in another
    reader's language pointed nowhere."""

    def __init__(self, children=(), *args, name: str, **kwargs):
        super().__init__(children, *args, **kwargs)
        self.name = name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "name": self.name}

    @property
    def clean_name(self):
        return self.name


class ConsignmentForm(WagtailAdminModelForm):
    """Consignments go into draft scenarios, with parties of that scenario:
    the party lists offer the parties of the consignment's own scenario only
    (the one posted, else the one being edited or given to the add page as
    ?scenario=), none before a scenario is chosen."""

    class Media:
        css = {"all": ["scenarios/consignment-form.css"]}
        js = ["scenarios/consignment-form.js"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        drafts = Scenario.objects.drafts()
        if "scenario" in self.fields:
            self.fields["scenario"].queryset = drafts
        scenario_id = self._scenario_id()
        parties = Party.objects.filter(scenario_id=scenario_id) if scenario_id else Party.objects.none()
        for name in PARTY_ROLES:
            if name not in self.fields:
                continue
            field = self.fields[name]
            field.queryset = parties
            field.widget.attrs.update({"class": "party-select", "data-party-scenario": scenario_id or ""})
            if not scenario_id:
                field.help_text = _("Choose the scenario first: its parties are offered here.")

    def _scenario_id(self) -> str:
        """The scenario whose parties the lists offer, as a string ("" when none):
        the one posted, else (nothing or no id posted) the consignment's own."""
        posted = None
        if self.is_bound and "scenario" in self.fields:
            posted = row_id(self.data.get(self.add_prefix("scenario")))
        scenario_id = posted or self.instance.scenario_id
        return str(scenario_id) if scenario_id else ""

    def clean(self):
        """The chosen parties must belong to the consignment's own scenario
        (a consignment moved to another scenario keeps its old choices)."""
        cleaned = super().clean()
        scenario = cleaned.get("scenario") or (self.instance.scenario if self.instance.scenario_id else None)
        if scenario is None:
            return cleaned
        for name in PARTY_ROLES:
            party = cleaned.get(name)
            if party is not None and party.scenario_id != scenario.pk:
                self.add_error(
                    name,
                    _("%(party)s belongs to the scenario “%(other)s”; choose a party of “%(scenario)s”.")
                    % {"party": party.name, "other": party.scenario, "scenario": scenario},
                )
        return cleaned


class ScenarioChooserViewSet(TranslatedSnippetChooserViewSet):
    def get_object_list(self):
        return Scenario.objects.authored()  # never a hidden form


class ConsignmentChooserViewSet(TranslatedSnippetChooserViewSet):
    def get_object_list(self):
        return Consignment.objects.authored()


class ConsignmentFilterSet(WagtailFilterSet):
    """The listing's filters, the scenario filter offering no hidden form."""

    scenario = django_filters.ModelChoiceFilter(
        queryset=Scenario.objects.authored(), label=Consignment._meta.get_field("scenario").verbose_name
    )

    class Meta:
        model = Consignment
        fields = ["scenario", "transport_mode"]


class ScenarioViewSet(SnippetViewSet):
    """Scenarios as mentors author them: the hidden forms of generated
    scenarios are listed, chosen and searched nowhere."""

    model = Scenario
    chooser_viewset_class = ScenarioChooserViewSet
    icon = "clipboard-list"
    menu_label = _("Scenarios")
    list_display = ["__str__", "status", "phase", "inspection_budget", "updated_at"]
    list_filter = ["status", "phase"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = TabbedInterface(
        [
            Tab(
                [
                    FieldPanel("title"),
                    FieldPanel("briefing"),
                    FieldRowPanel([FieldPanel("phase"), FieldPanel("location")]),
                    FieldPanel("transport_modes"),
                    FieldRowPanel(
                        [
                            FieldPanel("inspection_budget"),
                            FieldPanel("time_limit_minutes"),
                            FieldPanel("difficulty"),
                        ]
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("pass_mark"),
                            FieldRowPanel(
                                [
                                    FieldPanel("weight_severity"),
                                    FieldPanel("weight_skill"),
                                    FieldPanel("weight_indicators"),
                                ]
                            ),
                        ],
                        heading=_("Scoring"),
                    ),
                ],
                heading=_("Case file"),
                name="case_file",
            ),
            Tab([InlinePanel("parties", heading=_("Parties"))], heading=_("Parties"), name="parties"),
            Tab(
                [InlinePanel("osint_pages", heading=_("OSINT corpus"))],
                heading=_("OSINT corpus"),
                name="osint_corpus",
            ),
        ]
    )

    def get_queryset(self, request):
        return Scenario.objects.authored()


class ConsignmentCreateView(snippet_views.CreateView):
    def get_initial_form_instance(self):
        """`?scenario=<id>` (the review page's "Add a consignment") starts the
        new consignment in that draft, so its parties are offered at once."""
        instance = super().get_initial_form_instance() or Consignment()
        wanted = row_id(self.request.GET.get("scenario"))
        if wanted is not None:
            instance.scenario = Scenario.objects.drafts().filter(pk=wanted).first()
        return instance


class ConsignmentViewSet(SnippetViewSet):
    model = Consignment
    add_view_class = ConsignmentCreateView
    chooser_viewset_class = ConsignmentChooserViewSet
    icon = "box"
    menu_label = _("Consignments")
    list_display = ["container_number", "scenario", "transport_mode", "goods"]
    filterset_class = ConsignmentFilterSet
    search_fields = ["container_number", "goods_description"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Consignment.objects.authored()

    edit_handler = TabbedInterface(
        [
            Tab(
                [
                    FieldPanel("scenario"),
                    FieldRowPanel(
                        [
                            FieldPanel("container_number"),
                            FieldPanel("size_type"),
                            FieldPanel("transport_mode"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("seals_declared"), FieldPanel("seals_recorded")]),
                    FieldRowPanel(
                        [
                            FieldPanel("transport_document_number"),
                            FieldPanel("conveyance"),
                            FieldPanel("voyage"),
                        ]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("place_of_receipt"),
                            FieldPanel("port_of_loading"),
                            FieldPanel("transshipment"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("port_of_discharge"), FieldPanel("final_destination")]),
                    FieldRowPanel([FieldPanel("shipper"), FieldPanel("consignee")]),
                    FieldRowPanel(
                        [FieldPanel("notify_party"), FieldPanel("freight_payer"), FieldPanel("freight_terms")]
                    ),
                ],
                heading=_("Transport document"),
                name="transport_document",
            ),
            Tab(
                [
                    FieldPanel("goods_description"),
                    FieldRowPanel([FieldPanel("hs_code"), FieldPanel("country_of_origin")]),
                    FieldRowPanel([FieldPanel("packages"), FieldPanel("package_type")]),
                    FieldRowPanel(
                        [
                            FieldPanel("gross_weight_kg"),
                            FieldPanel("net_weight_kg"),
                            FieldPanel("scale_weight_kg"),
                        ]
                    ),
                    FieldRowPanel(
                        [FieldPanel("declared_value"), FieldPanel("currency"), FieldPanel("incoterms")]
                    ),
                    FieldRowPanel([FieldPanel("invoice_number"), FieldPanel("declaration_number")]),
                    FieldRowPanel(
                        [
                            FieldPanel("booking_date"),
                            FieldPanel("filing_date"),
                            FieldPanel("loading_date"),
                            FieldPanel("arrival_date"),
                        ]
                    ),
                    FieldPanel("scans"),
                ],
                heading=_("Invoice, packing list, declaration"),
                name="invoice",
            ),
            Tab(
                [
                    InlinePanel(
                        "events",
                        heading=_("Container events"),
                        panels=[
                            FieldPanel("code"),
                            FieldPanel("place"),
                            FieldPanel(
                                "occurred_at",
                                widget=EventTimeInput(),
                                help_text=_(
                                    "Date and time with the place's UTC offset, for example "
                                    "2026-03-01 10:30+04:00. A time without an offset is read in "
                                    "your admin time zone."
                                ),
                            ),
                            FieldPanel("seal_numbers"),
                            FieldPanel("remark"),
                        ],
                    )
                ],
                heading=_("Container events"),
                name="container_events",
            ),
            Tab(
                [
                    InlinePanel(
                        "truth",
                        min_num=1,
                        max_num=1,
                        heading=_("Hidden truth"),
                        panels=[
                            FieldRowPanel(
                                [FieldPanel("high_risk"), FieldPanel("threat"), FieldPanel("concealment")]
                            ),
                            FieldPanel("severity"),
                            FieldPanel("indicators"),
                            FieldPanel("finding_documents"),
                            FieldPanel("finding_xray"),
                            FieldPanel("finding_partial"),
                            FieldPanel("finding_devanning"),
                            FieldPanel("debrief"),
                        ],
                    )
                ],
                heading=_("Hidden truth"),
                name="hidden_truth",
            ),
        ],
        base_form_class=ConsignmentForm,
    )


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    chooser_viewset_class = TranslatedSnippetChooserViewSet
    icon = "tag"
    menu_label = _("Risk indicators")
    list_display = ["code", "__str__", "category", YesNoColumn("active", Indicator)]
    list_filter = ["category", "active"]
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("category"), FieldPanel("active")]),
        FieldPanel("name"),
        FieldPanel("description"),
    ]


class ScenariosViewSetGroup(SnippetViewSetGroup):
    items = (ScenarioViewSet, ConsignmentViewSet, IndicatorViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Scenarios")
    menu_name = "scenarios"


def _locked_scenario(instance) -> Scenario | None:
    scenario = instance if isinstance(instance, Scenario) else getattr(instance, "scenario", None)
    if scenario is not None and scenario.status != ScenarioStatus.DRAFT:
        return scenario
    return None


def refuse_locked_edit(request, instance):
    """For the before_edit/delete_snippet hooks: a locked version is never
    changed through the admin; the mentor goes to its review page instead."""
    scenario = _locked_scenario(instance)
    if scenario is None:
        return None
    messages.error(request, str(NOT_A_DRAFT))
    return redirect("scenarios_admin:review", pk=scenario.root.pk)


def scenario_listing_buttons(instance, user):
    if not isinstance(instance, Scenario) or not user_has_role(user, Role.MENTOR, Role.STAFF):
        return []
    buttons = [
        ListingButton(_("Preview as trainee"), reverse("scenarios:preview", args=[instance.pk]), priority=10),
        ListingButton(
            _("Review and publish"), reverse("scenarios_admin:review", args=[instance.pk]), priority=20
        ),
    ]
    if user.has_perm("scenarios.export_scenario"):
        buttons.append(
            ListingButton(_("Export JSON"), reverse("scenarios:export", args=[instance.pk]), priority=30)
        )
    return buttons


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("scenarios.add_scenario")


class ReturnedScenariosPanel(Component):
    """On the admin dashboard: the viewer's drafts a reviewer returned, with
    the comment and a link to the review page, until sent for review again."""

    name = "returned_scenarios"
    order = 90
    template_name = "scenarios/admin/returned_panel.html"

    def __init__(self, scenarios):
        self.scenarios = scenarios

    def get_context_data(self, parent_context=None):
        return {"scenarios": self.scenarios}


def returned_scenarios_panel(user) -> ReturnedScenariosPanel | None:
    scenarios = list(
        Scenario.objects.returned().filter(Q(created_by=user) | Q(submitted_by=user)).order_by("-updated_at")
    )
    return ReturnedScenariosPanel(scenarios) if scenarios else None
