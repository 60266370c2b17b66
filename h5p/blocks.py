"""The lesson block that places an H5P activity in a lesson.

Courses registers it through COURSES_EXTRA_LESSON_BLOCKS; this app does not
import Courses. Lesson templates render blocks with `{% include_block %}`;
the block finds its own id on the page to tie results to the placement.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from . import player


class ActivityChooserBlock(SnippetChooserBlock):
    """The snippet chooser with its button texts in each reader's language.

    Wagtail's snippet chooser widget formats "Choose %(object)s" when it is
    built, and a block builds its widget once per process: whoever opened the
    page editor first fixed the texts for every later user ("H5P ýumşy
    saýlamak" for an English admin). These texts stay lazy instead."""

    @cached_property
    def widget(self):
        from core.admin_widgets import TranslatedSnippetChooser

        if not self.has_explicit_icon:
            self.set_meta_options({"icon": self.target_model.snippet_viewset.icon})
        return TranslatedSnippetChooser(self.target_model, icon=self.meta.icon)

    def deconstruct(self):
        # Migrations see the SnippetChooserBlock it refines: the stored value
        # is the same; only the admin widget's texts differ.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


class H5PActivityBlock(blocks.StructBlock):
    activity = ActivityChooserBlock("h5p.H5PActivity", label=_("H5P activity"))
    required = blocks.BooleanBlock(
        label=_("Required to complete the lesson"),
        required=False,
        default=True,
    )
    pass_threshold = blocks.IntegerBlock(
        label=_("Pass threshold (%)"),
        min_value=0,
        max_value=100,
        default=80,
        help_text=_("The score (0–100) a trainee needs. H5P scores are reported by the trainee's browser."),
    )

    # Courses counts this block among the lesson's assessments. Every result
    # reported to Courses is the score that counts under the activity's own
    # grading policy at that moment, so the latest report is the one to keep.
    is_assessment = True
    assessment_kind = "h5p"
    assessment_grading = "last"

    class Meta:
        icon = "pick"
        label = _("H5P activity")
        template = "h5p/blocks/h5p_activity_block.html"
        preview_value = {"required": True, "pass_threshold": 80}
        description = _("An interactive H5P activity; its score can be required to complete the lesson.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = context.get("request")
        activity = value.get("activity")
        context["player"] = None
        if request is None or activity is None:
            return context
        # A lesson translated with wagtail-localize may hold the activity's
        # translation: it plays, and counts, as the uploaded activity.
        activity = activity.original
        page = context.get("page")
        block_id = context.get("block_id") or _find_block_id(page, value)
        lesson_id = page.pk if page is not None and page.pk and block_id else None
        context["player"] = player.player_config(
            request=request, activity=activity, lesson_id=lesson_id, block_id=block_id if lesson_id else ""
        )
        context["result"] = _counted_result(context, activity, page, block_id, value) if lesson_id else None
        return context


class LessonResults:
    """The reader's H5P results that count in one lesson, read on first use
    (one query however many H5P blocks the lesson has, none when it has
    none). The lesson page puts one in its context through the
    ``lesson_reader_context`` hook (h5p/wagtail_hooks.py)."""

    def __init__(self, *, user, lesson, enrolment=None):
        """`enrolment`: the reader's in the lesson's course as the page found
        it; None to look it up (not found, or not looked up)."""
        self.user = user
        self.lesson = lesson
        self.enrolment = enrolment

    @cached_property
    def results(self) -> dict:
        from courses.selectors.progress import enrolment_for

        from .selectors import lesson_results

        if not self.user.is_authenticated:
            return {}
        enrolment = self.enrolment or enrolment_for(user=self.user, page=self.lesson)
        if enrolment is None:
            return {}
        return lesson_results(user=self.user, lesson=self.lesson, since=enrolment.cycle_started_at)


def _counted_result(context, activity, page, block_id: str, value) -> dict | None:
    """The trainee's score that counts for this block, once they have one."""
    results = context.get("h5p_results")
    if not isinstance(results, LessonResults) or results.lesson.pk != page.pk:
        results = LessonResults(user=context["request"].user, lesson=page)
    counted = results.results.get((activity.pk, block_id))
    if counted is None:
        return None
    threshold = value.get("pass_threshold") or 0
    return {"score": counted.score, "passed": counted.score >= threshold, "threshold": threshold}


def _find_block_id(page, value) -> str:
    """The id of the stream child holding `value` on `page` ("" when not found)."""
    if page is None:
        return ""
    from wagtail.fields import StreamField

    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for child in getattr(page, field.name):
                if child.value is value:
                    return child.id or ""
    return ""
