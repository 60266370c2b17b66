"""The exercise block for lesson pages (registered by the courses app through
`COURSES_EXTRA_LESSON_BLOCKS = [("exercise", "exercises.blocks.ExerciseBlock")]`)."""

from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from scenarios import selectors as scenario_selectors

DEFAULT_ASSESSED_ATTEMPTS = 2


def _scenario_choices():
    return [(s.lineage, s.title) for s in scenario_selectors.published_scenarios(language=get_language())]


class ExerciseBlock(blocks.StructBlock):
    """Embeds the current published version of a scenario in a lesson."""

    is_assessment = True
    assessment_kind = "exercise"

    scenario = blocks.ChoiceBlock(
        choices=_scenario_choices,
        label=_("Scenario"),
        help_text=_("The current published version is used; attempts keep the version they started on."),
    )
    pass_mark = blocks.IntegerBlock(
        required=False,
        min_value=0,
        max_value=100,
        label=_("Pass mark"),
        help_text=_("Leave empty to use the scenario's own pass mark."),
    )
    grading = blocks.ChoiceBlock(
        label=_("grading"),
        choices=[("best", _("Best attempt counts")), ("last", _("Last attempt counts"))],
        default="best",
        help_text=_("Among the assessed attempts; practice attempts never count."),
    )
    attempts = blocks.IntegerBlock(
        default=DEFAULT_ASSESSED_ATTEMPTS,
        min_value=1,
        max_value=10,
        label=_("Assessed attempts"),
        help_text=_(
            "How many assessed attempts a trainee has, each on its own parallel form of the scenario. "
            "Practice is unlimited."
        ),
    )
    required = blocks.BooleanBlock(required=False, default=True, label=_("Required to complete the lesson"))

    class Meta:
        icon = "crosshairs"
        label = _("Container-selection exercise")
        template = "exercises/blocks/exercise_block.html"
        preview_template = "exercises/blocks/exercise_block_preview.html"
        description = _("A scored container-selection exercise on a published scenario.")

    @cached_property
    def preview_value(self):
        choices = _scenario_choices()
        return {
            "scenario": choices[0][0] if choices else "",
            "pass_mark": None,
            "grading": "best",
            "attempts": DEFAULT_ASSESSED_ATTEMPTS,
            "required": True,
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        current = [
            s
            for s in scenario_selectors.published_scenarios(language=get_language())
            if s.lineage == value.get("scenario")
        ]
        scenario = current[0] if current else None
        context["exercise"] = scenario
        context["pass_mark"] = value.get("pass_mark") or (scenario.pass_mark if scenario else None)
        context["state"] = self._state(value, scenario, parent_context or {})
        context["counted"] = _counted_attempt(context, value)
        return context

    def _state(self, value, scenario, parent_context):
        """The reader's open attempt and assessed attempts left (in every
        language version of the lesson), or None for a visitor or a preview."""
        from .selectors import exercise_block_attempts, exercise_state

        request = parent_context.get("request")
        page = parent_context.get("page")
        block_id = parent_context.get("block_id")
        user = getattr(request, "user", None)
        if scenario is None or not block_id or page is None or not getattr(page, "pk", None):
            return None
        if user is None or not user.is_authenticated:
            return None
        return exercise_state(
            user=user,
            lineage=scenario.lineage,
            allowed=exercise_block_attempts(value),
            lesson_key=page.translation_key,
            block_id=str(block_id),
        )


def _counted_attempt(context, value):
    """The reader's submitted attempt that counts for this block, if any."""
    from .selectors import lesson_attempt_that_counts

    user = getattr(context.get("request"), "user", None)
    page, block_id = context.get("page"), context.get("block_id")
    if user is None or not user.is_authenticated or page is None or not page.pk or not block_id:
        return None
    return lesson_attempt_that_counts(
        user=user,
        lesson_key=page.translation_key,
        block_id=str(block_id),
        policy=value.get("grading") or "best",
    )
