"""Cohorts, their members and courses, mentors' private session notes, and the
per-attempt indicator tallies behind the weakness profiles and the regional
figures.

A cohort's courses are source-language CoursePages; learner records are keyed
by their translation key, so a cohort tracks one record per trainee and course
whatever language they study in.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Country


class CohortQuerySet(models.QuerySet):
    def of_mentor(self, user):
        return self.filter(mentors=user)


class Cohort(models.Model):
    """A mentorship programme: for example four days for the officers of one
    seaport and one dry port."""

    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=8, choices=Country.choices)
    duty_stations = models.TextField(
        _("duty stations"),
        blank=True,
        help_text=_("One per line, for example: Turkmenbashi seaport PCU."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    mentors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("mentors"), blank=True, related_name="mentored_cohorts"
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        blank=True,
        related_name="+",
        help_text=_("Every trainee of the cohort is enrolled in these courses."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "name"]
        permissions = [("import_trainees", _("Can add trainees to cohorts in bulk"))]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The cohort cannot end before it starts.")})

    @property
    def duty_station_list(self) -> list[str]:
        return [line.strip() for line in self.duty_stations.splitlines() if line.strip()]


def membership_active_on(day, *, path: str = "") -> models.Q:
    """The one rule of the days a membership counts for its cohort: joined on
    or before `day` (a date or a date expression), and not left before it
    (the leaving day still counts). `path` leads from the rows filtered to
    their memberships ("user__cohort_memberships"); empty on CohortMembership."""
    prefix = f"{path}__" if path else ""
    return models.Q(**{f"{prefix}joined_on__lte": day}) & (
        models.Q(**{f"{prefix}left_on__isnull": True}) | models.Q(**{f"{prefix}left_on__gte": day})
    )


class CohortMembershipQuerySet(models.QuerySet):
    def active_on(self, day):
        """Memberships that count `day`'s activity for their cohort (`membership_active_on`)."""
        return self.filter(membership_active_on(day))


class CohortMembership(models.Model):
    """A trainee in a cohort. Their activity counts for the cohort (in the
    programme's figures) only from `joined_on` to `left_on`, both included."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="cohort_memberships",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set by the services to the later of the day the trainee is added and the
    # cohort's start; the default only serves code that creates rows directly.
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(
        _("left on"),
        null=True,
        blank=True,
        help_text=_("Empty while the trainee is still in the cohort."),
    )

    objects = CohortMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort trainee")
        verbose_name_plural = _("cohort trainees")
        ordering = ["user__full_name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="mentoring_one_membership"),
            models.CheckConstraint(
                condition=models.Q(left_on__isnull=True) | models.Q(left_on__gte=models.F("joined_on")),
                name="mentoring_leaves_after_joining",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.user}"


class InvitationStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    EXPIRED = "expired", _("Expired")


class Invitation(models.Model):
    """The e-mail inviting a new trainee of a cohort to choose a password:
    when it was last sent (and how often), and when it was accepted. Its
    link expires after PASSWORD_RESET_TIMEOUT."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="cohort_invitations",
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    times_sent = models.PositiveSmallIntegerField(_("times sent"), default=1)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="mentoring_one_invitation")]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.user}"

    @property
    def expires_at(self):
        return self.sent_at + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)

    @property
    def status(self) -> InvitationStatus:
        """Accepted once the person chose a password (through this or any
        later link); otherwise expired once the last link ran out."""
        if self.accepted_at is not None or self.user.has_usable_password():
            return InvitationStatus.ACCEPTED
        if timezone.now() >= self.expires_at:
            return InvitationStatus.EXPIRED
        return InvitationStatus.SENT

    def get_status_display(self) -> str:
        return str(self.status.label)


class SessionNote(models.Model):
    """A mentor's private note on a session with one mentee. Only its author
    reads it; the trainee never does."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="notes")
    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("mentor"), on_delete=models.CASCADE, related_name="+"
    )
    session_on = models.DateField(_("session date"))
    text = models.TextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("session note")
        verbose_name_plural = _("session notes")
        ordering = ["-session_on", "-pk"]
        indexes = [models.Index(fields=["mentee", "author"])]

    def __str__(self) -> str:
        return f"{self.session_on} · {self.mentee}"


class IndicatorTally(models.Model):
    """How one submitted attempt handled the indicators of one category:
    planted (in the truth of the consignments), found (cited and planted),
    missed (planted, not cited) and wrong (cited where not planted: over-flagged).
    Written when the attempt is submitted, so profiles and regional figures
    are sums over this table rather than walks through score breakdowns."""

    attempt = models.ForeignKey("exercises.Attempt", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    submitted_at = models.DateTimeField()
    category = models.CharField(max_length=20)
    planted = models.PositiveIntegerField(default=0)
    found = models.PositiveIntegerField(default=0)
    missed = models.PositiveIntegerField(default=0)
    wrong = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("indicator tally")
        verbose_name_plural = _("indicator tallies")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "category"], name="mentoring_one_tally_per_category")
        ]
        indexes = [models.Index(fields=["user", "submitted_at"])]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.category}"
