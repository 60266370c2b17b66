import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, ReferenceIndex

from h5p import selectors
from h5p.blocks import H5PActivityBlock
from h5p.player_strings import player_translations

pytestmark = pytest.mark.django_db


def render_block(user, activity, **value):
    block = H5PActivityBlock()
    request = RequestFactory().get("/en/lesson/")
    request.user = user
    data = block.to_python(
        {"activity": activity.pk if activity else None, "required": True, "pass_threshold": 70}
    )
    return block.render(data, context={"request": request, **value})


def test_block_renders_an_isolated_player_for_a_mentor(mentor, activity):
    html = render_block(mentor, activity)
    assert 'class="h5p-player-frame"' in html
    assert "Required: score at least 70% to complete the lesson." in html
    assert "H5P scores are reported by your browser" in html


def test_block_shows_no_player_and_no_content_to_a_trainee_not_enrolled(trainee, activity):
    html = render_block(trainee, activity)
    assert "h5p-player-frame" not in html
    assert "/h5p/embed/" not in html
    assert "available to the course" in html


def test_two_blocks_on_one_page_get_two_players_and_one_host_script(mentor, activity, activity_factory):
    other = activity_factory(title="Second")
    html = render_block(mentor, activity) + render_block(mentor, other)
    assert html.count('class="h5p-player-frame"') == 2
    assert str(activity.uuid) in html and str(other.uuid) in html


def test_activity_pages_come_from_the_reference_index(activity, site_tree):
    page = Page.objects.filter(depth=2).first()
    page_type = ContentType.objects.get_for_model(Page)
    ReferenceIndex.objects.create(
        content_type=page_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        to_content_type=ContentType.objects.get_for_model(activity),
        to_object_id=str(activity.pk),
        model_path="body.h5p.activity",
        content_path="body.abc.activity",
        content_path_hash=uuid.uuid4(),
    )
    assert list(selectors.activity_pages(activity=activity)) == [page]


def test_activity_in_no_lesson_has_no_pages(activity):
    assert not selectors.activity_pages(activity=activity).exists()


@pytest.mark.parametrize(
    ("language", "fullscreen", "close"),
    [("ru", "Во весь экран", "Закрыть"), ("uz", "Toʻliq ekran", "Yopish"), ("tk", "Doly ekran", "Ýapmak")],
)
def test_player_interface_strings_are_shipped_in_our_languages(language, fullscreen, close):
    with translation.override(language):
        strings = player_translations()
    assert (strings["fullscreen"], strings["close"]) == (fullscreen, close)


def test_the_activity_chooser_speaks_each_readers_language_in_turn():
    """The lesson body's own block (built once per process), shown to a Turkmen
    editor and then to an English one: the second must not get the first's words."""
    import json

    from wagtail.admin.telepath import JSContext

    from courses.models import LessonPage

    stream = LessonPage._meta.get_field("body").stream_block
    chooser = next(b for b in stream.child_blocks.values() if isinstance(b, H5PActivityBlock)).child_blocks[
        "activity"
    ]

    def editor_json(language):
        with translation.override(language):
            return json.dumps(JSContext().pack(chooser), ensure_ascii=False)

    turkmen = editor_json("tk")
    english = editor_json("en")
    uzbek = editor_json("uz")
    assert "H5P ýumşy saýlamak" in turkmen
    assert "Choose H5P activity" in english
    assert "saýlamak" not in english
    assert "tanlash" in uzbek and "saýlamak" not in uzbek
