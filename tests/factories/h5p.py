import io
import uuid

from h5p import sample
from h5p.services import activity_import, activity_translate


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
    """Translate `activity` into `language` as a mentor does in
    wagtail-localize's editor (`h5p.services.activity_translate`): each
    segment whose source text is a key of `mapping` gets that translation,
    the others keep the source text. Returns the translation."""
    return activity_translate(activity=activity, language=language, texts=mapping)
