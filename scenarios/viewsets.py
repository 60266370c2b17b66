"""Wagtail admin for mentors: scenarios (with parties and the OSINT corpus
inline), consignments (with the event log and the hidden truth inline) and
the indicator catalogue. Published and in-review versions are read-only."""

import django_filters
from django.contrib import messages
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
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.roles import Role, user_has_role
from core.admin_widgets import TranslatedSnippetChooserViewSet, YesNoColumn

from .models import Consignment, Indicator, Party, Scenario, ScenarioStatus
from .services import NOT_A_DRAFT


class ConsignmentForm(WagtailAdminModelForm):
    """Consignments go into draft scenarios, with parties of that scenario."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        drafts = Scenario.objects.drafts()
        if "scenario" in self.fields:
            self.fields["scenario"].queryset = drafts
        parties = Party.objects.filter(scenario__in=drafts)
        if self.instance.scenario_id:
            parties = Party.objects.filter(scenario_id=self.instance.scenario_id)
        for name in ("shipper", "consignee", "notify_party", "freight_payer"):
            if name in self.fields:
                self.fields[name].queryset = parties.select_related("scenario")
                self.fields[name].label_from_instance = lambda p: f"{p.name} ({p.scenario})"

    def clean(self):
        """A new consignment lists the parties of every draft; the chosen ones
        must belong to the consignment's own scenario."""
        cleaned = super().clean()
        scenario = cleaned.get("scenario") or (self.instance.scenario if self.instance.scenario_id else None)
        if scenario is None:
            return cleaned
        for name in ("shipper", "consignee", "notify_party", "freight_payer"):
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
        return Consignment.objects.filter(scenario__form_of__isnull=True)


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
            ObjectList(
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
            ),
            ObjectList([InlinePanel("parties", heading=_("Parties"))], heading=_("Parties")),
            ObjectList([InlinePanel("osint_pages", heading=_("OSINT corpus"))], heading=_("OSINT corpus")),
        ]
    )

    def get_queryset(self, request):
        return Scenario.objects.authored()


class ConsignmentViewSet(SnippetViewSet):
    model = Consignment
    chooser_viewset_class = ConsignmentChooserViewSet
    icon = "box"
    menu_label = _("Consignments")
    list_display = ["container_number", "scenario", "transport_mode", "goods"]
    filterset_class = ConsignmentFilterSet
    search_fields = ["container_number", "goods_description"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Consignment.objects.filter(scenario__form_of__isnull=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
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
            ),
            ObjectList(
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
            ),
            ObjectList([InlinePanel("events", heading=_("Container events"))], heading=_("Container events")),
            ObjectList(
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
    return redirect("scenarios:review", pk=scenario.root.pk)


def scenario_listing_buttons(instance, user):
    if not isinstance(instance, Scenario) or not user_has_role(user, Role.MENTOR, Role.STAFF):
        return []
    buttons = [
        ListingButton(_("Preview as trainee"), reverse("scenarios:preview", args=[instance.pk]), priority=10),
        ListingButton(_("Review and publish"), reverse("scenarios:review", args=[instance.pk]), priority=20),
    ]
    if user.has_perm("scenarios.export_scenario"):
        buttons.append(
            ListingButton(_("Export JSON"), reverse("scenarios:export", args=[instance.pk]), priority=30)
        )
    return buttons


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("scenarios.add_scenario")
