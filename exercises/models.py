"""Learner records of container-selection exercises.

An attempt pins one published scenario version. Its consignments are shown in
a per-attempt shuffled order under opaque per-attempt references
(`AttemptItem.ref`), never database ids or creation order. Nothing here holds
the hidden truth until the trainee has committed to a selection: the
examination result is copied in when the trainee examines a container they
have already locked in, and the score when the attempt is submitted.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AttemptStatus(models.TextChoices):
    SELECTING = "selecting", _("Selecting")
    EXAMINING = "examining", _("Examining")
    SUBMITTED = "submitted", _("Submitted")


class AttemptMode(models.TextChoices):
    """Practice: unlimited, the scenario as authored, never counts. Assessed:
    a limited number per exercise, each on its own parallel form; these are
    the attempts that count towards a lesson."""

    PRACTICE = "practice", _("Practice")
    ASSESSED = "assessed", _("Assessed")


class ExaminationMethod(models.TextChoices):
    DOCUMENTS = "documents", _("Documentary check")
    XRAY = "xray", _("Scan / X-ray")
    PARTIAL = "partial", _("Partial devanning")
    DEVANNING = "devanning", _("Full devanning")
    SEAL = "seal", _("Seal verification")


class AttemptQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=AttemptStatus.SUBMITTED)

    def submitted(self):
        return self.filter(status=AttemptStatus.SUBMITTED)

    def overdue(self, now=None):
        return self.open().filter(deadline__isnull=False, deadline__lte=now or timezone.now())

    def of_user(self, user):
        return self.filter(user=user)

    def of_exercise(self, *, user, lineage, lesson_key=None, block_id: str = ""):
        """`user`'s attempts at one exercise, in every language: a lesson's
        exercise block (the lesson's translation key and the block id, shared
        by all translations of the lesson) or, without a lesson, the
        standalone exercise on the scenario `lineage`."""
        if lesson_key is not None:
            return self.filter(user=user, lesson_key=lesson_key, block_id=block_id)
        return self.filter(
            user=user, lesson_key__isnull=True, lesson_page_id__isnull=True, scenario__lineage=lineage
        )


class Attempt(models.Model):
    """One trainee's run of one scenario version."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="attempts"
    )
    # The version started, or (assessed attempts at generated scenarios) one of
    # its hidden forms; `scenario.root` is the version either way.
    scenario = models.ForeignKey(
        "scenarios.Scenario", verbose_name=_("scenario version"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AttemptStatus.choices, default=AttemptStatus.SELECTING
    )
    mode = models.CharField(
        _("mode"), max_length=10, choices=AttemptMode.choices, default=AttemptMode.PRACTICE
    )
    # The secret seed of this attempt's parallel form (exercises/parallel.py);
    # empty: the scenario as authored. Never shown; mentors see `form_code`.
    form_seed = models.BigIntegerField(_("form seed"), null=True, blank=True, editable=False)
    revision = models.PositiveIntegerField(
        _("revision"), default=0, help_text=_("Incremented by every saved change.")
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    selection_locked_at = models.DateTimeField(_("selection locked at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    expired = models.BooleanField(_("closed when time ran out"), default=False)
    last_item_ref = models.CharField(_("last consignment viewed"), max_length=16, blank=True)
    # Where the attempt came from: a lesson's exercise block (Courses wiring).
    lesson_page_id = models.PositiveIntegerField(_("lesson page id"), null=True, blank=True)
    # The lesson's translation key: the same for every language version of the
    # lesson, so one exercise block is one exercise in all languages.
    lesson_key = models.UUIDField(_("lesson translation key"), null=True, blank=True, db_index=True)
    block_id = models.CharField(_("lesson block id"), max_length=64, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark"))
    required = models.BooleanField(_("required to complete the lesson"), default=False)
    score = models.FloatField(_("score"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    breakdown = models.JSONField(_("score breakdown"), default=dict, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        indexes = [models.Index(fields=["status", "deadline"])]

    def __str__(self):
        return f"{self.user} / {self.scenario} ({self.get_status_display()})"

    @property
    def is_submitted(self) -> bool:
        return self.status == AttemptStatus.SUBMITTED

    @property
    def is_assessed(self) -> bool:
        return self.mode == AttemptMode.ASSESSED

    def _form_code(self) -> str:
        """Which parallel form the attempt had ("F-3A9C12"; "V3 · F-3A9C12" on
        the hidden form V3 of a generated scenario), "" for the scenario as authored."""
        from .parallel import form_code

        code = form_code(self.form_seed)
        variant = self.scenario.form_label
        return f"{variant} · {code}" if variant and code else variant or code

    _form_code.short_description = _("parallel form")
    form_code = property(_form_code)

    @property
    def budget(self) -> int:
        return self.scenario.inspection_budget


class AttemptItem(models.Model):
    """A consignment as this attempt shows it: shuffled position, opaque ref."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    consignment = models.ForeignKey(
        "scenarios.Consignment", verbose_name=_("consignment"), on_delete=models.PROTECT, related_name="+"
    )
    ref = models.CharField(_("reference"), max_length=16)
    position = models.PositiveIntegerField(_("position"))
    # When the trainee first opened the consignment's page in this attempt
    # (the workspace table marks it).
    opened_at = models.DateTimeField(_("first opened at"), null=True, blank=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("attempt consignment")
        verbose_name_plural = _("attempt consignments")
        # The workspace reads an attempt's consignments in their order.
        indexes = [models.Index(fields=["attempt", "position"], name="attemptitem_order")]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "ref"], name="attemptitem_unique_ref"),
            models.UniqueConstraint(fields=["attempt", "consignment"], name="attemptitem_unique_consignment"),
        ]

    def __str__(self):
        return self.ref


class Selection(models.Model):
    """A container the trainee selected, with cited indicators and a justification,
    then (after the selection is locked) the examination and its result."""

    item = models.OneToOneField(AttemptItem, on_delete=models.CASCADE, related_name="selection")
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="selections")
    indicators = models.JSONField(_("indicators"), default=list, blank=True)
    justification = models.TextField(_("justification"), blank=True, max_length=1000)
    selected_at = models.DateTimeField(_("selected at"), default=timezone.now)
    method = models.CharField(
        _("examination method"), max_length=10, choices=ExaminationMethod.choices, blank=True
    )
    result = models.TextField(_("examination result"), blank=True)
    finding = models.TextField(_("recorded finding"), blank=True, max_length=1000)
    examined_at = models.DateTimeField(_("examined at"), null=True, blank=True)

    class Meta:
        ordering = ["item__position"]
        verbose_name = _("selection")
        verbose_name_plural = _("selections")

    def __str__(self):
        return str(self.item)


class Alert(models.Model):
    """A structured alert to a partner unit, in the style of ContainerComm."""

    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="alert")
    item_ref = models.CharField(_("container"), max_length=16, blank=True)
    seal = models.CharField(_("seal number"), max_length=100, blank=True)
    route = models.CharField(_("route"), max_length=300, blank=True)
    suspicion = models.CharField(_("suspicion"), max_length=20, blank=True)
    indicators = models.JSONField(_("indicators"), default=list, blank=True)
    action = models.CharField(_("action requested"), max_length=20, blank=True)
    remarks = models.TextField(_("remarks"), blank=True, max_length=1000)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.item_ref


class OsintQuery(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="osint_queries")
    query = models.CharField(_("query"), max_length=200)
    results = models.PositiveIntegerField(_("results"), default=0)
    at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("OSINT query")
        verbose_name_plural = _("OSINT queries")

    def __str__(self):
        return self.query


class OsintVisit(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="osint_visits")
    page = models.ForeignKey("scenarios.OsintPage", on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("opened OSINT page")
        verbose_name_plural = _("opened OSINT pages")

    def __str__(self):
        return str(self.page)


class Feedback(models.Model):
    """A mentor's comment on an attempt; the trainee reads it in the debrief."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("feedback"), max_length=4000)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # When the trainee first opened the debrief after it was written: until
    # then their attempt list marks the attempt "New feedback".
    read_at = models.DateTimeField(_("read at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self):
        return self.text[:40]
