import pytest
from django.conf import settings
from django.test import override_settings
from wagtail import blocks

from courses.blocks import block_is_assessment, lesson_body_blocks


class ActivityBlock(blocks.StructBlock):
    """Stands in for a block another app (H5P, exercises) contributes."""

    is_assessment = True
    title = blocks.CharBlock()

    class Meta:
        icon = "media"
        template = "courses/blocks/heading.html"


OWN_BLOCKS = ["heading", "rich_text", "image", "video", "callout", "document", "glossary_term", "quiz"]


def test_lesson_body_has_every_block_the_issue_lists_then_the_configured_ones():
    extra = [name for name, _path in settings.COURSES_EXTRA_LESSON_BLOCKS]
    assert [name for name, _block in lesson_body_blocks()] == OWN_BLOCKS + extra


@pytest.mark.parametrize(("name", "block"), lesson_body_blocks())
def test_every_block_has_an_icon_a_preview_and_a_template(name, block):
    assert block.meta.icon and block.meta.icon != "placeholder"
    # Each app keeps its block templates in <app>/blocks/.
    assert "/blocks/" in block.meta.template
    assert block.is_previewable
    assert block.get_description()


@override_settings(COURSES_EXTRA_LESSON_BLOCKS=[("activity", "tests.courses.test_blocks.ActivityBlock")])
def test_other_apps_add_blocks_through_the_setting():
    body = dict(lesson_body_blocks())
    assert isinstance(body["activity"], ActivityBlock)
    assert block_is_assessment(body["activity"])
    assert block_is_assessment(body["quiz"])
    assert not block_is_assessment(body["rich_text"])


def test_quiz_preview_shows_questions_without_the_key():
    from courses.blocks import QuizBlock

    block = QuizBlock()
    html = block.render(block.get_preview_value())
    assert "A packing list states the value of the goods." in html
    assert "<form" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", OWN_BLOCKS)
def test_admin_block_preview_renders_with_the_site_stylesheet(client, mentor, name):
    from http import HTTPStatus

    from django.urls import reverse

    from courses.models import LessonPage

    block = LessonPage._meta.get_field("body").stream_block.child_blocks[name]
    client.force_login(mentor)
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == HTTPStatus.OK
    assert "core/site.css" in response.content.decode()
