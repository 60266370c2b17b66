from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .fields import H5PTextsField


class GradingPolicy(models.TextChoices):
    BEST = "best", _("Best attempt")
    LAST = "last", _("Last attempt")
    FIRST = "first", _("First attempt")


class H5PLibrary(models.Model):
    """An installed H5P library: executable JavaScript shared by every activity."""

    machine_name = models.CharField(_("machine name"), max_length=255)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    metadata = models.JSONField(_("library.json"), default=dict)
    installed_at = models.DateTimeField(_("installed at"), auto_now=True)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("installed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"], name="h5p_library_unique_version"
            )
        ]
        permissions = [("upload_h5p_libraries", _("Can upload H5P libraries (executable JavaScript)"))]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def runnable(self) -> bool:
        """A content type (activities are made with it), not a helper library."""
        return self.metadata.get("runnable") in (1, True, "1")


class H5PActivity(TranslatableMixin, index.Indexed, models.Model):
    """An uploaded H5P activity (a snippet): the content of one `.h5p` package.

    Translatable with wagtail-localize: a translation is a copy in another
    locale (`translation_of` the uploaded activity) holding only its title
    and texts. The uploaded activity keeps the package, and every result,
    resume state and xAPI statement, whatever language it was played in.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    grading_policy = models.CharField(
        _("grading policy"),
        max_length=8,
        choices=GradingPolicy.choices,
        default=GradingPolicy.BEST,
        help_text=_("Which attempt counts when a trainee plays the activity more than once."),
    )
    main_library = models.ForeignKey(
        H5PLibrary, verbose_name=_("main library"), on_delete=models.PROTECT, related_name="+"
    )
    libraries = models.ManyToManyField(H5PLibrary, verbose_name=_("libraries"), related_name="activities")
    h5p_json = models.JSONField(_("h5p.json"), default=dict)
    texts = H5PTextsField(
        _("texts"),
        default=list,
        blank=True,
        help_text=_("The texts of the activity (question, answers, feedback), taken from the package."),
    )
    translation_of = models.ForeignKey(
        "self",
        verbose_name=_("translation of"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.CASCADE,
        related_name="translated_copies",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Also what wagtail-localize's translation editor lists (it reads the
    # model's panels): a text needs a panel to be offered for translation.
    panels = [FieldPanel("title"), FieldPanel("grading_policy"), FieldPanel("texts")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    # What wagtail-localize translates (title, texts) and copies from the
    # uploaded activity on every update (policy, content type). A
    # translation's own uuid is new: it is never played under it.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("texts"),
        SynchronizedField("grading_policy", overridable=False),
        SynchronizedField("main_library", overridable=False),
        SynchronizedField("h5p_json", overridable=False),
    ]
    exclude_fields_in_copy = ["uuid"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def original_id(self) -> int:
        """The id of the uploaded activity this one is (or translates)."""
        return self.translation_of_id or self.pk

    @property
    def original(self) -> H5PActivity:
        """The uploaded activity: it holds the package and every result."""
        return self.translation_of if self.translation_of_id else self

    def copy_for_translation(self, locale, exclude_fields=None):
        translated = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translated.translation_of_id = self.original_id
        return translated

    @property
    def xapi_object_id(self) -> str:
        """The IRI the player puts in statement.object.id for this activity."""
        return f"urn:pcu-academy:h5p:{self.uuid}"


class H5PFile(models.Model):
    """One stored file of an activity's content or of an installed library."""

    activity = models.ForeignKey(
        H5PActivity, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    library = models.ForeignKey(
        H5PLibrary, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    path = models.CharField(_("path in the package"), max_length=500)
    file = models.FileField(_("file"), max_length=700)
    size = models.PositiveBigIntegerField(_("size"))

    class Meta:
        verbose_name = _("H5P file")
        verbose_name_plural = _("H5P files")
        constraints = [
            models.CheckConstraint(
                condition=Q(activity__isnull=False, library__isnull=True)
                | Q(activity__isnull=True, library__isnull=False),
                name="h5p_file_one_owner",
            ),
            models.UniqueConstraint(fields=["activity", "path"], name="h5p_file_unique_activity_path"),
            models.UniqueConstraint(fields=["library", "path"], name="h5p_file_unique_library_path"),
        ]

    def __str__(self) -> str:
        return self.path


class H5PStatement(models.Model):
    """An xAPI statement exactly as the trainee's browser posted it (after validation)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_statements"
    )
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="statements")
    lesson = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    block_id = models.CharField(max_length=64, blank=True)
    verb = models.CharField(max_length=255)
    object_id = models.CharField(max_length=500)
    statement = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["received_at", "pk"]

    def __str__(self) -> str:
        return f"{self.verb} {self.object_id}"


class H5PAttemptQuerySet(models.QuerySet):
    def for_placement(self, *, user, activity, lesson_id: int | None, block_id: str):
        return self.filter(user=user, activity=activity, lesson_id=lesson_id, block_id=block_id)


class H5PAttempt(models.Model):
    """One play-through with a score, as reported by the trainee's browser."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts")
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    block_id = models.CharField(max_length=64, blank=True)
    session = models.CharField(max_length=64)
    raw_score = models.FloatField()
    max_score = models.FloatField()
    score = models.FloatField(help_text=_("Percent, 0 to 100."))
    answered = models.BooleanField(default=False)
    completed = models.BooleanField(default=False)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = H5PAttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("H5P attempt")
        verbose_name_plural = _("H5P attempts")
        ordering = ["started_at", "pk"]

    def __str__(self) -> str:
        return f"{self.activity} · {self.score:.0f}%"


class H5PUserState(models.Model):
    """Resume state (H5P contentUserData) of one trainee in one placement of an activity."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="user_states")
    lesson = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    block_id = models.CharField(max_length=64, blank=True)
    state = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("H5P resume state")
        verbose_name_plural = _("H5P resume states")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity", "lesson", "block_id"],
                condition=Q(lesson__isnull=False),
                name="h5p_state_unique_lesson_placement",
            ),
            models.UniqueConstraint(
                fields=["user", "activity", "block_id"],
                condition=Q(lesson__isnull=True),
                name="h5p_state_unique_standalone_placement",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.activity}"
