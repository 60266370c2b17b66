"""Scenarios and what a trainee may see of them: consignments, documents'
fields, container events, parties, the OSINT corpus, the indicator catalogue.

Nothing here refers to the hidden truth (see `truth.py`).
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.search import index

from ..catalogue import CONTAINER_SEAL, DOCUMENTS_TIMING, GOODS, PARTIES, ROUTE, VALUE_WEIGHT
from ..fields import ChoiceListField, TranslatedTextField, localized
from ..validators import (
    validate_container_number,
    validate_country,
    validate_currency,
    validate_hs_code,
    validate_locode,
    validate_locode_list,
    validate_positive,
    validate_seals,
    validate_size_type,
)


class IndicatorCategory(models.TextChoices):
    PARTIES = PARTIES, _("Parties")
    ROUTE = ROUTE, _("Route and logistics")
    GOODS = GOODS, _("Goods")
    VALUE_WEIGHT = VALUE_WEIGHT, _("Value, weight, money")
    DOCUMENTS_TIMING = DOCUMENTS_TIMING, _("Documents and timing")
    CONTAINER_SEAL = CONTAINER_SEAL, _("Container and seal")


class Indicator(index.Indexed, models.Model):
    """One entry of the editable risk-indicator catalogue."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=IndicatorCategory.choices)
    name = TranslatedTextField(_("name"), multiline=False)
    description = TranslatedTextField(_("description"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    search_fields = [index.SearchField("code"), index.FilterField("category")]

    class Meta:
        ordering = ["code"]
        verbose_name = _("risk indicator")
        verbose_name_plural = _("risk indicators")

    def __str__(self):
        return f"{self.code} {localized(self.name, None)}"


def indicator_choices():
    return [(i.code, str(i)) for i in Indicator.objects.filter(active=True)]


class Phase(models.TextChoices):
    IMPORT = "import", _("Pre-arrival (import)")
    EXPORT = "export", _("Pre-departure (export)")
    TRANSIT = "transit", _("Transit")


class TransportMode(models.TextChoices):
    SEA = "sea", _("Sea")
    RAIL = "rail", _("Rail")
    ROAD = "road", _("Road")
    FERRY = "ferry", _("Ferry (Ro-Ro)")


class Difficulty(models.IntegerChoices):
    BASIC = 1, _("Basic")
    INTERMEDIATE = 2, _("Intermediate")
    ADVANCED = 3, _("Advanced")
    EXPERT = 4, _("Expert")
    MASTER = 5, _("Master")


class ScenarioStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")


class ScenarioQuerySet(models.QuerySet):
    """Domain states of scenarios. The lists (`drafts`, `published`,
    `current`, `of_lineage`, `authored`) never include the hidden forms of
    generated scenarios (`Scenario.form_of`): a form is reached only through
    its parent (`forms_of`) or an attempt that pins it. `locked` keeps them,
    since it guards edits of any row."""

    def authored(self):
        """Scenarios as mentors author, generate or import them: every row but the hidden forms."""
        return self.filter(form_of__isnull=True)

    def forms(self):
        """Every hidden form (of any scenario)."""
        return self.filter(form_of__isnull=False)

    def forms_of(self, scenario):
        """The hidden forms of a generated scenario version, by form index."""
        return self.filter(form_of=scenario).order_by("form_index")

    def drafts(self):
        return self.authored().filter(status=ScenarioStatus.DRAFT)

    def published(self):
        """Every published version, including superseded ones that attempts may pin."""
        return self.authored().filter(status=ScenarioStatus.PUBLISHED)

    def current(self):
        """Published versions not replaced by a newer published version."""
        return self.published().filter(superseded_at__isnull=True)

    def locked(self):
        """Versions (and forms) whose content may no longer change."""
        return self.exclude(status=ScenarioStatus.DRAFT)

    def returned(self):
        """Drafts a reviewer sent back to their author: submitted once (the
        submitter stays recorded), draft again, until sent for review anew."""
        return self.drafts().filter(submitted_by__isnull=False)

    def of_lineage(self, lineage):
        return self.authored().filter(lineage=lineage).order_by("version")


WEIGHTS_TOTAL = _("The three scoring weights add up to %(total)s; they must add up to 1.")


def _modes():
    return TransportMode.choices


class Scenario(index.Indexed, ClusterableModel):
    """One version of a case file. A lineage groups the versions; a published
    version never changes (edits go to a new draft version)."""

    lineage = models.UUIDField(_("lineage"), default=uuid.uuid4, editable=False, db_index=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    previous_version = models.ForeignKey(
        "self", verbose_name=_("previous version"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ScenarioStatus.choices,
        default=ScenarioStatus.DRAFT,
        editable=False,
    )
    title = TranslatedTextField(_("title"), multiline=False)
    briefing = TranslatedTextField(_("briefing"), help_text=_("What the trainee is told before starting."))
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices, default=Phase.IMPORT)
    location = models.CharField(
        _("location"),
        max_length=5,
        validators=[validate_locode],
        help_text=_("UN/LOCODE of the seaport, dry port or border crossing."),
    )
    transport_modes = ChoiceListField(_("transport modes"), choices_source=_modes, blank=True)
    inspection_budget = models.PositiveSmallIntegerField(
        _("inspection budget"),
        validators=[MinValueValidator(1)],
        help_text=_("How many containers may be selected."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), null=True, blank=True)
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.INTERMEDIATE
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark"),
        default=60,
        validators=[MaxValueValidator(100)],
        help_text=_("Composite score out of 100."),
    )
    weight_severity = models.DecimalField(
        _("weight of severity-weighted capture"), max_digits=4, decimal_places=2, default=Decimal("0.50"),
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )  # fmt: skip
    weight_skill = models.DecimalField(
        _("weight of chance-corrected skill"), max_digits=4, decimal_places=2, default=Decimal("0.30"),
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )  # fmt: skip
    weight_indicators = models.DecimalField(
        _("weight of indicator F1"), max_digits=4, decimal_places=2, default=Decimal("0.20"),
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )  # fmt: skip
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("approved by"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    review_comment = models.TextField(_("review comment"), blank=True, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True, editable=False)
    # A generated scenario: the arguments of `scenario_document_generate`
    # but the seed, and the public seed (None when the platform drew a secret
    # one); empty for authored and imported scenarios (`services.scenario_generate`).
    generator_settings = models.JSONField(_("generator settings"), null=True, blank=True, editable=False)
    # A hidden form of a generated scenario: the same settings, a secret seed
    # (`services.scenario_forms_generate`). It shares its parent's lineage,
    # version and scenario fields, and appears in no list (`ScenarioQuerySet`).
    form_of = models.ForeignKey(
        "self", verbose_name=_("form of"), null=True, blank=True, editable=False,
        on_delete=models.CASCADE, related_name="forms",
    )  # fmt: skip
    form_index = models.PositiveSmallIntegerField(_("form number"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ScenarioQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.FilterField("status"), index.FilterField("form_of")]

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")
        constraints = [
            models.UniqueConstraint(
                fields=["lineage", "version"],
                condition=models.Q(form_of__isnull=True),
                name="scenario_unique_version",
            ),
            models.UniqueConstraint(fields=["form_of", "form_index"], name="scenario_unique_form"),
        ]
        permissions = [
            ("review_scenario", _("Can review and publish scenarios")),
            ("view_scenario_truth", _("Can see the hidden truth of scenarios")),
            ("export_scenario", _("Can export scenarios with their truth")),
        ]

    def __str__(self):
        return f"{localized(self.title, None)} (v{self.version})"

    @classmethod
    def get_indexed_objects(cls):
        # Hidden forms never enter the search index (admin search, choosers).
        return super().get_indexed_objects().filter(form_of__isnull=True)

    @property
    def root(self) -> "Scenario":
        """The scenario version as mentors know it: the parent of a hidden
        form, else the scenario itself. Lineage rules (one open attempt,
        superseded versions, statistics, reports) treat a form as its root."""
        return self.form_of if self.form_of_id is not None else self

    @property
    def form_label(self) -> str:
        """A hidden form's label for mentors ("V3"); "" for any other scenario."""
        return f"V{self.form_index}" if self.form_of_id is not None else ""

    @property
    def weights_total(self) -> Decimal | None:
        weights = (self.weight_severity, self.weight_skill, self.weight_indicators)
        if any(weight is None for weight in weights):
            return None
        return sum((Decimal(str(weight)) for weight in weights), Decimal(0))

    def clean(self):
        """Refuse weights that do not add up to 1 when the scenario is saved,
        not only when it is sent for review."""
        super().clean()
        total = self.weights_total
        if total is not None and abs(total - 1) > Decimal("0.005"):
            raise ValidationError(WEIGHTS_TOTAL % {"total": number_format(total, 2)}, code="weights_total")


class DraftOnlyMixin:
    """Refuses to save or delete content that belongs to a locked (in review or
    published) scenario version: a published version never changes."""

    def _scenario_id_for_lock(self):
        return self.scenario_id

    def _refuse_if_locked(self):
        from ..errors import ScenarioLockedError

        scenario_id = self._scenario_id_for_lock()
        if scenario_id and Scenario.objects.filter(pk=scenario_id).locked().exists():
            raise ScenarioLockedError(
                _("Only a draft can be changed; create a new version of this scenario instead.")
            )

    def save(self, *args, **kwargs):
        self._refuse_if_locked()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._refuse_if_locked()
        return super().delete(*args, **kwargs)


class PartyKind(models.TextChoices):
    COMPANY = "company", _("Company")
    PERSON = "person", _("Person")


class Party(DraftOnlyMixin, models.Model):
    """A company or person appearing across consignments, with registry details."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="parties")
    ref = models.SlugField(_("reference"), max_length=20, help_text=_("Short key, unique in the scenario."))
    kind = models.CharField(_("kind"), max_length=10, choices=PartyKind.choices, default=PartyKind.COMPANY)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country code"), max_length=2, validators=[validate_country])
    address = models.CharField(_("address"), max_length=300, blank=True)
    registration_number = models.CharField(_("registration number"), max_length=40, blank=True)
    incorporated_on = models.DateField(_("incorporated on"), null=True, blank=True)
    activity = TranslatedTextField(_("registered activity"), multiline=False, max_length=200, blank=True)
    directors = models.CharField(_("directors"), max_length=300, blank=True)
    email = models.CharField(_("e-mail"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.CharField(_("website"), max_length=200, blank=True)
    trade_history = TranslatedTextField(_("trade history"), multiline=False, max_length=300, blank=True)

    class Meta:
        ordering = ["ref"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [models.UniqueConstraint(fields=["scenario", "ref"], name="party_unique_ref")]

    def __str__(self):
        return self.name


class FreightTerms(models.TextChoices):
    PREPAID = "prepaid", _("Prepaid")
    COLLECT = "collect", _("Collect")


class Incoterms(models.TextChoices):
    EXW = "EXW", "EXW"
    FCA = "FCA", "FCA"
    FOB = "FOB", "FOB"
    CFR = "CFR", "CFR"
    CIF = "CIF", "CIF"
    CPT = "CPT", "CPT"
    CIP = "CIP", "CIP"
    DAP = "DAP", "DAP"
    DPU = "DPU", "DPU"
    DDP = "DDP", "DDP"


def default_package_type() -> dict[str, str]:
    return {"en": "cartons", "ru": "коробки", "uz": "karton qutilar", "tk": "karton gutular"}


# A consignment's fields naming a party of its scenario.
PARTY_ROLES = ("shipper", "consignee", "notify_party", "freight_payer")


class ConsignmentQuerySet(models.QuerySet):
    def authored(self):
        """Consignments of scenarios as mentors author them: none of a hidden
        form's (`ScenarioQuerySet.authored`)."""
        return self.filter(scenario__form_of__isnull=True)


class Consignment(DraftOnlyMixin, ClusterableModel):
    """A container consignment with the fields of its documents."""

    scenario = models.ForeignKey(
        Scenario, verbose_name=_("scenario"), on_delete=models.CASCADE, related_name="consignments"
    )
    container_number = models.CharField(
        _("container number"), max_length=11, validators=[validate_container_number]
    )
    size_type = models.CharField(
        _("size/type code"), max_length=4, default="22G1", validators=[validate_size_type]
    )
    transport_mode = models.CharField(
        _("transport mode"), max_length=10, choices=TransportMode.choices, default=TransportMode.SEA
    )
    transport_document_number = models.CharField(_("B/L or waybill number"), max_length=40)
    seals_declared = models.CharField(
        _("seal numbers as declared"),
        max_length=200,
        validators=[validate_seals],
        help_text=_("Comma-separated."),
    )
    seals_recorded = models.CharField(
        _("seal numbers recorded at the terminal"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated."),
    )
    conveyance = models.CharField(_("vessel, train or truck"), max_length=100)
    voyage = models.CharField(_("voyage or trip"), max_length=40, blank=True)
    place_of_receipt = models.CharField(_("place of receipt"), max_length=5, validators=[validate_locode])
    port_of_loading = models.CharField(_("port of loading"), max_length=5, validators=[validate_locode])
    transshipment = models.CharField(
        _("transshipment points"),
        max_length=100,
        blank=True,
        validators=[validate_locode_list],
        help_text=_("Comma-separated UN/LOCODEs."),
    )
    port_of_discharge = models.CharField(_("port of discharge"), max_length=5, validators=[validate_locode])
    final_destination = models.CharField(_("final destination"), max_length=5, validators=[validate_locode])
    # RESTRICT, not PROTECT: a party in use cannot be deleted on its own, but
    # deleting a draft scenario takes its parties and consignments together.
    shipper = models.ForeignKey(Party, verbose_name=_("shipper"), on_delete=models.RESTRICT, related_name="+")
    consignee = models.ForeignKey(
        Party, verbose_name=_("consignee"), on_delete=models.RESTRICT, related_name="+"
    )
    notify_party = models.ForeignKey(
        Party,
        verbose_name=_("notify party"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="+",
    )
    freight_payer = models.ForeignKey(
        Party,
        verbose_name=_("freight payer"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="+",
    )
    freight_terms = models.CharField(
        _("freight terms"), max_length=10, choices=FreightTerms.choices, default=FreightTerms.PREPAID
    )
    goods_description = TranslatedTextField(_("goods description"), multiline=False, max_length=300)
    hs_code = models.CharField(_("HS code"), max_length=12, validators=[validate_hs_code])
    country_of_origin = models.CharField(_("country of origin"), max_length=2, validators=[validate_country])
    packages = models.PositiveIntegerField(_("packages"), validators=[validate_positive])
    package_type = TranslatedTextField(
        _("package type"), multiline=False, max_length=30, default=default_package_type
    )
    gross_weight_kg = models.DecimalField(
        _("declared gross weight (kg)"), max_digits=10, decimal_places=1, validators=[validate_positive]
    )
    net_weight_kg = models.DecimalField(
        _("net weight (kg)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[validate_positive],
    )
    scale_weight_kg = models.DecimalField(
        _("weight at the scale (kg)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[validate_positive],
    )
    declared_value = models.DecimalField(
        _("declared value"), max_digits=14, decimal_places=2, validators=[validate_positive]
    )
    currency = models.CharField(_("currency"), max_length=3, default="USD", validators=[validate_currency])
    incoterms = models.CharField(
        _("Incoterms"), max_length=3, choices=Incoterms.choices, default=Incoterms.FOB
    )
    invoice_number = models.CharField(_("invoice number"), max_length=40, blank=True)
    declaration_number = models.CharField(_("declaration number"), max_length=40, blank=True)
    booking_date = models.DateField(_("booking date"), null=True, blank=True)
    filing_date = models.DateField(_("filing date"), null=True, blank=True)
    loading_date = models.DateField(_("loading date"), null=True, blank=True)
    arrival_date = models.DateField(_("arrival date"), null=True, blank=True)
    scans = models.ManyToManyField(
        "wagtaildocs.Document", verbose_name=_("attached scans"), blank=True, related_name="+"
    )

    objects = ConsignmentQuerySet.as_manager()

    class Meta:
        ordering = ["container_number"]
        verbose_name = _("consignment")
        verbose_name_plural = _("consignments")
        constraints = [
            models.UniqueConstraint(
                fields=["scenario", "container_number"], name="consignment_unique_container"
            )
        ]

    def __str__(self):
        return self.container_number

    @admin.display(description=_("goods description"))
    def goods(self) -> str:
        """The goods description in the reader's language (admin listings)."""
        return localized(self.goods_description, None)

    @staticmethod
    def split_list(value: str) -> list[str]:
        return [part.strip() for part in (value or "").split(",") if part.strip()]


class EventCode(models.TextChoices):
    GATE_IN = "GTIN", _("Gate in")
    GATE_OUT = "GTOT", _("Gate out")
    STUFFED = "STUF", _("Stuffed")
    STRIPPED = "STRP", _("Stripped")
    LOAD = "LOAD", _("Loaded")
    DISCHARGE = "DISC", _("Discharged")
    SEAL_INSPECTED = "INSP", _("Seal inspected")
    SEAL_REMOVED = "RMVD", _("Seal removed")
    RESEALED = "RSEA", _("Resealed")
    CUSTOMS_SELECTED = "CSEL", _("Selected by customs")
    RELEASED = "RELS", _("Released")


class ContainerEvent(DraftOnlyMixin, models.Model):
    """One line of the container's event log (DCSA-style codes)."""

    consignment = ParentalKey(Consignment, on_delete=models.CASCADE, related_name="events")
    code = models.CharField(_("event"), max_length=4, choices=EventCode.choices)
    place = models.CharField(_("place"), max_length=5, validators=[validate_locode])
    occurred_at = models.DateTimeField(_("time"))
    seal_numbers = models.CharField(_("seal numbers"), max_length=200, blank=True)
    remark = TranslatedTextField(_("remark"), multiline=False, max_length=200, blank=True)

    class Meta:
        ordering = ["occurred_at", "id"]
        verbose_name = _("container event")
        verbose_name_plural = _("container events")

    def __str__(self):
        return f"{self.code} {self.place} {self.occurred_at:%Y-%m-%d %H:%M}"

    def _scenario_id_for_lock(self):
        return (
            Consignment.objects.filter(pk=self.consignment_id).values_list("scenario_id", flat=True).first()
        )


class OsintPageKind(models.TextChoices):
    REGISTRY = "registry", _("Company registry extract")
    TRACKING = "tracking", _("Carrier tracking page")
    AIS = "ais", _("Vessel AIS history")
    SANCTIONS = "sanctions", _("Sanctions or watch-list entry")
    PRICE = "price", _("Price reference")
    ALERT = "alert", _("Partner-unit alert")
    NEWS = "news", _("News item")
    WEBSITE = "website", _("Company website")


class OsintPage(DraftOnlyMixin, index.Indexed, models.Model):
    """A page of the scenario's offline "Internet"."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="osint_pages")
    kind = models.CharField(_("kind"), max_length=12, choices=OsintPageKind.choices)
    url = models.CharField(
        _("address"), max_length=200, help_text=_("A fictitious address on a reserved example domain.")
    )
    title = TranslatedTextField(_("title"), multiline=False)
    body = TranslatedTextField(_("text"))

    class Meta:
        ordering = ["kind", "url"]
        verbose_name = _("OSINT page")
        verbose_name_plural = _("OSINT pages")

    def __str__(self):
        return self.url

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(scenario__form_of__isnull=True)
