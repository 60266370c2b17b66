"""StreamField blocks of a lesson body.

Other apps add their own blocks (an H5P activity, an exercise) through the
`COURSES_EXTRA_LESSON_BLOCKS` setting, a list of `(block_name, "dotted.path")`
pairs, so this app never imports them. A block that is an assessment says so
with a class attribute `is_assessment = True`; its StreamField block id is the
`assessment_key` it reports results under (see `courses.services`). Optional
class attributes: `assessment_kind` (the `kind` of its results, the block
name by default) and `assessment_grading` ("best" or "last": which of its
recorded results counts; by default the value's "grading", else "best").
"""

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"
        preview_value = {"text": "Risk indicators in the bill of lading"}
        description = _("A section heading inside the lesson.")


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h3", "bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "courses/blocks/rich_text.html"
        preview_value = (
            "<p>A container's documents tell a story. <strong>Read them together</strong>: the bill "
            "of lading, the invoice and the packing list must agree.</p>"
        )
        description = _("Paragraphs, lists and links.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "courses/blocks/image.html"
        preview_value = {"alt_text": "", "caption": "A 40-foot container at the examination bay"}
        description = _("An image with alternative text and a caption.")


class VideoBlock(blocks.StructBlock):
    """A video served from our own document store, with a WebVTT captions file."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    video = DocumentChooserBlock(label=_("video file (MP4 or WebM)"))
    captions = DocumentChooserBlock(label=_("captions (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("transcript"), required=False, features=["bold", "italic", "ol", "ul"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"
        preview_value = {"title": "Sealing a container after examination"}
        description = _("A self-hosted video with a captions track and an optional transcript.")


CALLOUT_KINDS = [
    ("tip", _("Tip")),
    ("warning", _("Warning")),
    ("case_study", _("Case study")),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("kind"), choices=CALLOUT_KINDS, default="tip")
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "warning",
            "title": "Seal numbers",
            "text": "<p>Compare the seal number on the box with the one on the bill of lading.</p>",
        }
        description = _("A highlighted tip, warning or case study.")


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("link text"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "courses/blocks/document.html"
        preview_value = {"label": "Sample bill of lading (PDF)"}
        description = _("A file the trainee can download.")


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("term"), max_length=200)
    definition = blocks.TextBlock(label=_("definition"))

    class Meta:
        icon = "help"
        label = _("Glossary term")
        template = "courses/blocks/glossary_term.html"
        preview_value = {
            "term": "Rip-on/rip-off",
            "definition": "Smuggling that places contraband into a legitimate container after loading.",
        }
        description = _("A term and its definition.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"), max_length=500)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.TextBlock(label=_("feedback"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Option")


class ChoiceQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    options = blocks.ListBlock(OptionBlock(), label=_("options"), min_num=2)

    class Meta:
        icon = "list-ul"


class TrueFalseQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("statement"))
    answer = blocks.BooleanBlock(label=_("the statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("feedback when the trainee answers “true”"), required=False)
    feedback_false = blocks.TextBlock(label=_("feedback when the trainee answers “false”"), required=False)

    class Meta:
        icon = "tick"
        label = _("True or false")


class NumericQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    answer = blocks.FloatBlock(label=_("correct answer"))
    tolerance = blocks.FloatBlock(label=_("tolerance (±)"), default=0, min_value=0)
    unit = blocks.CharBlock(label=_("unit"), max_length=50, required=False)
    feedback = blocks.TextBlock(label=_("feedback"), required=False)

    class Meta:
        icon = "order"
        label = _("Numeric answer")


class QuestionsBlock(blocks.StreamBlock):
    single_choice = ChoiceQuestionBlock(label=_("Single choice"))
    multiple_choice = ChoiceQuestionBlock(label=_("Multiple choice"))
    true_false = TrueFalseQuestionBlock()
    numeric = NumericQuestionBlock()


GRADING_CHOICES = [("best", _("Best attempt counts")), ("last", _("Last attempt counts"))]


class QuizBlock(blocks.StructBlock):
    """A quiz scored on the server: the template never renders `correct`,
    `answer`, `tolerance` or feedback before the trainee's own submission."""

    is_assessment = True
    assessment_kind = "quiz"

    title = blocks.CharBlock(label=_("title"), max_length=200)
    intro = blocks.TextBlock(label=_("introduction"), required=False)
    pass_mark = blocks.IntegerBlock(label=_("pass mark (%)"), default=70, min_value=0, max_value=100)
    max_attempts = blocks.IntegerBlock(
        label=_("attempts allowed"), default=0, min_value=0, help_text=_("0 means unlimited.")
    )
    grading = blocks.ChoiceBlock(label=_("grading"), choices=GRADING_CHOICES, default="best")
    required = blocks.BooleanBlock(label=_("required to complete the lesson"), default=True, required=False)
    questions = QuestionsBlock(label=_("questions"), min_num=1)

    class Meta:
        icon = "form"
        label = _("Quiz")
        template = "courses/blocks/quiz.html"
        preview_value = {
            "title": "Check your understanding",
            "pass_mark": 70,
            "max_attempts": 0,
            "grading": "best",
            "questions": [
                {
                    "type": "true_false",
                    "value": {"text": "A packing list states the value of the goods.", "answer": False},
                },
            ],
        }
        description = _("Questions checked on the server, with a pass mark and a retake policy.")

    def get_context(self, value, parent_context=None):
        # The lesson page passes each block its id and the trainee's quiz
        # states; without them (previews) the quiz renders read-only.
        context = super().get_context(value, parent_context=parent_context)
        parent = parent_context or {}
        block_id = parent.get("block_id")
        states = parent.get("quiz_states") or {}
        context["state"] = states.get(str(block_id)) if block_id else None
        context["block_id"] = block_id
        return context


def lesson_body_blocks() -> list[tuple[str, blocks.Block]]:
    """The LessonPage body: our blocks, then those listed in
    `COURSES_EXTRA_LESSON_BLOCKS`."""
    body = [
        ("heading", HeadingBlock()),
        ("rich_text", RichTextBlock()),
        ("image", CaptionedImageBlock()),
        ("video", VideoBlock()),
        ("callout", CalloutBlock()),
        ("document", DocumentDownloadBlock()),
        ("glossary_term", GlossaryTermBlock()),
        ("quiz", QuizBlock()),
    ]
    for name, path in getattr(settings, "COURSES_EXTRA_LESSON_BLOCKS", []):
        block_class = import_string(path)
        body.append((name, block_class()))
    return body


def block_is_assessment(block: blocks.Block) -> bool:
    return bool(getattr(block, "is_assessment", False))


def block_is_required(bound_block) -> bool:
    """An assessment counts towards lesson completion unless its value says
    `required: False`."""
    value = bound_block.value
    try:
        return bool(value.get("required", True))
    except AttributeError:
        return True
