"""Course pages and learner records.

Learner records (enrolments, lesson progress, assessment attempts,
completions) point at a course or lesson by its Wagtail `translation_key`,
shared by every translation of the page, so a trainee who switches language
keeps one record.
"""

from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page

from core.models import AnonymousCacheMixin, LineageViewRestrictionsMixin

from .blocks import lesson_body_blocks


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def source_language_version(page: Page) -> Page | None:
    """The version of `page` in the source language (LANGUAGE_CODE), of its
    specific type: `page` itself when it is in that language, else its
    translation there (live or not), None when it has none. One query at
    most."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return page.specific_class.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()


class UntranslatedChildRouteMixin:
    """Serve a source-language child page under this translation's URL when
    the child has no live translation here yet, so a course in Russian still
    reaches a lesson that only exists in English (its template shows a
    notice)."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            child = self._untranslated_child(path_components[0])
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])

    def _untranslated_child(self, slug: str):
        source = source_language_version(self)
        if source is None or source.pk == self.pk:
            return None
        child = source.get_children().live().filter(slug=slug).first()
        if child is None:
            return None
        translated = child.get_translation_or_none(self.locale)
        if translated is not None and translated.live:
            return None
        return child


class CourseIndexPage(AnonymousCacheMixin, LineageViewRestrictionsMixin, Page):
    """The catalogue of courses in one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    # HomePage.route finds it by URL path (its parent types fix the levels above).
    route_by_url_path = True
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from .selectors.pages import course_catalogue

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_catalogue(index=self, user=request.user)
        return context


class CompletionRule(models.TextChoices):
    ALL_LESSONS = "all_lessons", _("Every lesson")
    SELECTED_LESSONS = "selected_lessons", _("Only the lessons listed below")


class CoursePage(AnonymousCacheMixin, LineageViewRestrictionsMixin, UntranslatedChildRouteMixin, Page):
    summary = models.TextField(_("summary"))
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("objective"), max_length=300, icon="tick"))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    audience = models.TextField(_("audience"), blank=True)
    estimated_hours = models.DecimalField(
        _("estimated hours"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    self_enrolment = models.BooleanField(
        _("trainees may enrol themselves"),
        default=True,
        help_text=_("When off, only programme staff can enrol people."),
    )
    completion_rule = models.CharField(
        _("lessons required for completion"),
        max_length=32,
        choices=CompletionRule.choices,
        default=CompletionRule.ALL_LESSONS,
        help_text=_(
            "A lesson is complete when the trainee marks a reading lesson as done, or passes every "
            "required assessment in it (each quiz has its own pass mark)."
        ),
    )
    certificate_enabled = models.BooleanField(_("issue a certificate on completion"), default=False)
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that never expires."),
    )
    evidence_min_forms = models.PositiveSmallIntegerField(
        _("assessed forms needed for the certificate"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_(
            "Courses with exercises only: the certificate needs at least this many submitted assessed "
            "attempts (each on its own parallel form) in the course's lessons."
        ),
    )
    evidence_max_width = models.DecimalField(
        _("widest d′ interval for the certificate"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("1.00"),
        validators=[MinValueValidator(Decimal("0.10")), MaxValueValidator(Decimal("5.00"))],
        help_text=_(
            "Courses with exercises only: the confidence interval of the trainee's pooled d′ over "
            "those forms must be at most this wide (1.00 is the mentors' reliability rule)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("audience"),
        FieldPanel("estimated_hours"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("self_enrolment"),
                FieldPanel("completion_rule"),
                InlinePanel("required_lessons", label=_("Required lesson")),
            ],
            heading=_("Enrolment and completion"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("certificate_enabled"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("evidence_min_forms"),
                FieldPanel("evidence_max_width"),
            ],
            heading=_("Certificate"),
        ),
        *Page.settings_panels,
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    # HomePage.route finds it by URL path (its parent types fix the levels above).
    route_by_url_path = True
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .panels import learner_panels
        from .selectors.pages import course_outline

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline(user=request.user, course=self, request=request)
        context["outline"] = outline
        if outline.progress is not None:
            context["learner_panels"] = learner_panels(request, [outline.progress.course_key])
        return context


class CourseRequiredLesson(Orderable):
    """One lesson a course with the "selected lessons" rule requires. A rule
    whose lesson was deleted keeps its row (lesson empty) and is reported in
    the admin instead of breaking completion."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="required_lessons")
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [PageChooserPanel("lesson", "courses.LessonPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("required lesson")


class ModulePage(LineageViewRestrictionsMixin, UntranslatedChildRouteMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["courses.CoursePage"]
    # HomePage.route finds it by URL path (its parent types fix the levels above).
    route_by_url_path = True
    subpage_types = ["courses.LessonPage"]
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its lessons are listed on the course.
        return redirect(self.get_parent().get_url(request) or "/")


class LessonPage(LineageViewRestrictionsMixin, Page):
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), null=True, blank=True)
    body = StreamField(lesson_body_blocks(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("minutes"), FieldPanel("body")]

    parent_page_types = ["courses.ModulePage"]
    # HomePage.route finds it by URL path (its parent types fix the levels above).
    route_by_url_path = True
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def shared_reading(self):
        """What every reader of this lesson in the active language shares
        (courses.selectors.pages.LessonReading), in one cache read."""
        from .selectors.pages import lesson_reading

        return lesson_reading(self)

    def view_restriction_ids(self) -> list[int]:
        return list(self.shared_reading.restriction_ids)

    def serve(self, request, *args, **kwargs):
        from .selectors.progress import enrolment_for, user_can_view_lesson
        from .selectors.structure import course_of
        from .services import lesson_visit

        # Looked up once for the access check, the visit and the page.
        structure = self.shared_reading.structure
        course_key = structure.course_key if structure is not None else None
        enrolment = (
            enrolment_for(user=request.user, course_key=course_key, with_progress_of=self)
            if course_key is not None
            else None
        )
        if not user_can_view_lesson(user=request.user, enrolment=enrolment):
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.get_full_path())
            messages.info(request, _("Enrol in the course to open its lessons."))
            course = course_of(self)
            return redirect(course.get_url(request) if course else "/")
        progress = lesson_visit(user=request.user, lesson=self, course_key=course_key, enrolment=enrolment)
        reader = {"structure": structure, "enrolment": enrolment, "progress": progress}
        return super().serve(request, *args, reader=reader, **kwargs)

    def get_context(self, request, *args, reader=None, **kwargs):
        """`reader`: what serve() looked up (the course structure, the
        enrolment and the progress); a preview has looked nothing up."""
        from core.context_processors import nav_items

        from .selectors.pages import lesson_body, lesson_view

        context = super().get_context(request, *args, **kwargs)
        context["lesson_view"] = lesson_view(
            user=request.user, lesson=self, request=request, **(reader or {})
        )
        context["quiz_states"] = context["lesson_view"].quiz_states
        # Blocks that show every reader the same come rendered from the
        # lesson's reading; a preview renders every block afresh.
        context["lesson_body"] = lesson_body(self, self.shared_reading if reader is not None else None)
        # What other apps' blocks read once for the reader, however many of
        # them the lesson has: fn(request=, lesson=, enrolment=) -> dict for
        # the context (`enrolment`: the reader's, as serve() found it; None
        # when not enrolled or not looked up, as in a preview).
        enrolment = (reader or {}).get("enrolment")
        for fn in hooks.get_hooks("lesson_reader_context"):
            context.update(fn(request=request, lesson=self, enrolment=enrolment))
        if reader is not None:
            # The menu, with the catalogue's address the lesson's reading brought.
            context["nav_items"] = nav_items(request.user, catalogue_url=self.shared_reading.catalogue_url)
        return context


# ---------------------------------------------------------------------------
# Learner records


class EnrolmentQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class Enrolment(models.Model):
    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        STAFF = "staff", _("Enrolled by staff")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    source = models.CharField(_("how"), max_length=16, choices=Source.choices, default=Source.SELF)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    # Re-certification: taking the course again after the certificate expired
    # starts the next cycle; assessments count from the cycle's start.
    cycle = models.PositiveIntegerField(_("cycle"), default=1)
    cycle_started_at = models.DateTimeField(_("cycle started at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="courses_one_enrolment")]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key}"


class LessonProgressQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)


class LessonProgress(models.Model):
    class How(models.TextChoices):
        MARKED = "marked", _("Marked as complete")
        ASSESSMENTS = "assessments", _("Assessments passed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField()
    last_visited_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_how = models.CharField(max_length=16, choices=How.choices, blank=True)

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="courses_one_progress_per_lesson")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_key}"


class AssessmentAttempt(models.Model):
    """One result of one assessment in a lesson: a quiz submission, an H5P
    result, an exercise attempt. `assessment_key` is the StreamField block id,
    the same in every translation."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField()
    assessment_key = models.CharField(max_length=64)
    kind = models.CharField(max_length=32)
    number = models.PositiveIntegerField()
    score = models.FloatField()
    passed = models.BooleanField()
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The enrolment's cycle when the attempt was made (see Enrolment.cycle).
    cycle = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "assessment_key", "number"], name="courses_attempt_number"
            )
        ]
        indexes = [models.Index(fields=["user", "lesson_key", "assessment_key"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.assessment_key} #{self.number}"


class CourseCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course_key = models.UUIDField(db_index=True)
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="courses_one_completion")]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key}"


class PastCompletion(models.Model):
    """A completion from an earlier cycle, kept when the trainee takes the
    course again to re-certify (CourseCompletion holds the current one)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField(db_index=True)
    cycle = models.PositiveIntegerField(_("cycle"))
    completed_at = models.DateTimeField(_("completed at"))
    restarted_at = models.DateTimeField(_("taken again at"), auto_now_add=True)

    class Meta:
        verbose_name = _("past completion")
        verbose_name_plural = _("past completions")
        ordering = ["cycle"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "cycle"], name="courses_one_past_per_cycle")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key} #{self.cycle}"
