import io
import uuid

from h5p import sample
from h5p.services import activity_import


def make_activity(*, title="Manifest check", user=None, grading_policy="best", **pack_options):
    """An activity built on our own content type, imported with the operator's rights."""
    return activity_import(
        stream=io.BytesIO(sample.pack_h5p(title=title, **pack_options)),
        user=user,
        grading_policy=grading_policy,
        may_upload_libraries=True,
    )


def h5p_block(activity, *, required=True, pass_threshold=80, block_id=None) -> dict:
    """A raw H5P activity block for a lesson body."""
    return {
        "type": "h5p_activity",
        "id": block_id or str(uuid.uuid4()),
        "value": {"activity": activity.pk, "required": required, "pass_threshold": pass_threshold},
    }


def place_in_lesson(lesson, activity, *, required=True, pass_threshold=80, replace=False) -> str:
    """Add `activity` to `lesson` (appended, or as the whole body), publish; return the block id."""
    block = h5p_block(activity, required=required, pass_threshold=pass_threshold)
    lesson.body = [block] if replace else [*lesson.body.raw_data, block]
    lesson.save_revision().publish()
    return block["id"]


def translate_activity(activity, language: str, mapping: dict[str, str]):
    """Translate `activity` into `language` through wagtail-localize, as a
    mentor does in its editor: each segment whose source text is a key of
    `mapping` gets that translation, the others keep the source text.
    Returns the translation (an H5PActivity in that locale)."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
    from wagtail_localize.strings import StringValue

    locale, _created = Locale.objects.get_or_create(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(activity)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = mapping.get(StringValue(segment.string.data).render_text())
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": StringValue.from_plaintext(text).data},
            )
    translation.save_target()
    return activity.get_translation(locale)
