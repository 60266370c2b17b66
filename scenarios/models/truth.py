"""The hidden ground truth. Only mentor and staff views, export, and scoring
(via `scenarios.truth`) may import this module; trainee-facing code never does."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from ..fields import ChoiceListField, TranslatedTextField
from ..threats import Threat
from .scenario import Consignment, DraftOnlyMixin, indicator_choices


class Concealment(models.TextChoices):
    NONE = "none", _("None")
    RIP_ON_RIP_OFF = "rip_on_rip_off", _("Rip-on/rip-off")
    FALSE_WALL = "false_wall", _("False wall or floor")
    INSIDE_CARGO = "inside_cargo", _("Inside legitimate cargo")
    STRUCTURE = "structure", _("Container structure or reefer unit")
    MISDECLARATION = "misdeclaration", _("Misdeclared goods")


class ConsignmentTruth(DraftOnlyMixin, models.Model):
    """What is really in a consignment and why (one per consignment)."""

    consignment = ParentalKey(Consignment, on_delete=models.CASCADE, related_name="truth")
    high_risk = models.BooleanField(_("high risk"), default=False)
    # No default: the mentor states the threat (or "None") for every consignment,
    # which also keeps the inline truth form from counting as untouched.
    threat = models.CharField(_("threat"), max_length=12, choices=Threat.choices)
    concealment = models.CharField(
        _("concealment"), max_length=16, choices=Concealment.choices, default=Concealment.NONE
    )
    indicators = ChoiceListField(_("indicators truly present"), choices_source=indicator_choices, blank=True)
    severity = models.DecimalField(
        _("severity weight"), max_digits=5, decimal_places=2, default=Decimal("1.00"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )  # fmt: skip
    finding_documents = TranslatedTextField(_("documentary check finds"), blank=True)
    finding_xray = TranslatedTextField(_("X-ray scan finds"), blank=True)
    finding_partial = TranslatedTextField(_("opening the doors finds"), blank=True)
    finding_devanning = TranslatedTextField(_("full devanning finds"), blank=True)
    debrief = TranslatedTextField(_("debrief explanation"), blank=True)
    # Identifiers of the source records (e.g. the declaration IDs of an imported
    # declarations table): hidden truth, never shown to trainees.
    source_references = models.JSONField(_("source references"), default=list, blank=True)
    # The declarations risk engine's fraud probability for this consignment
    # (scenarios.declarations_engine), stored when the version is published:
    # what a debrief baseline ranks by after submission, never shown before.
    engine_probability = models.FloatField(
        _("risk engine probability"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("hidden truth")
        verbose_name_plural = _("hidden truths")
        constraints = [models.UniqueConstraint(fields=["consignment"], name="truth_one_per_consignment")]

    def __str__(self):
        return f"{self.consignment}: {'high risk' if self.high_risk else 'low risk'}"

    def _scenario_id_for_lock(self):
        return (
            Consignment.objects.filter(pk=self.consignment_id).values_list("scenario_id", flat=True).first()
        )
