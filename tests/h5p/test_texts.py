"""Which parts of an H5P content are the author's texts (h5p.texts), and how
they travel through wagtail-localize segments (h5p.fields) and back."""

import copy
from collections import Counter

from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.strings import StringValue

from h5p.fields import H5PTextsField
from h5p.texts import apply_texts, find_texts, semantics_in_language

SEMANTICS = [
    {"name": "intro", "type": "text", "label": "Introduction", "widget": "html", "tags": ["p", "strong"]},
    {
        "name": "questions",
        "type": "list",
        "label": "Questions",
        "field": {
            "name": "question",
            "type": "group",
            "label": "Question",
            "fields": [
                {"name": "text", "type": "text", "label": "Text"},
                {"name": "points", "type": "number", "label": "Points"},
                {
                    "name": "options",
                    "type": "list",
                    "label": "Options",
                    "field": {
                        "name": "option",
                        "type": "group",
                        "label": "Option",
                        "fields": [
                            {"name": "text", "type": "text", "label": "Text"},
                            {"name": "correct", "type": "boolean", "label": "Correct"},
                            # A group of one field: H5P stores the field's value itself.
                            {
                                "name": "tip",
                                "type": "group",
                                "label": "Tip",
                                "fields": [
                                    {
                                        "name": "tip",
                                        "type": "text",
                                        "label": "Tip",
                                        "widget": "html",
                                        "tags": ["p"],
                                    }
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    },
    {"name": "mode", "type": "select", "label": "Mode", "options": [{"value": "a", "label": "A"}]},
    {"name": "colour", "type": "text", "label": "Colour", "widget": "colorSelector"},
    {"name": "start", "type": "text", "label": "Start", "regexp": {"pattern": "^[0-9:]+$"}},
    {"name": "media", "type": "library", "label": "Media", "options": ["H5P.Text 1.1"]},
    {
        "name": "l10n",
        "type": "group",
        "label": "Interface texts",
        "common": True,
        "fields": [
            {"name": "check", "type": "text", "label": "Check", "default": "Check"},
            {"name": "retry", "type": "text", "label": "Retry", "default": "Retry"},
        ],
    },
]
TEXT_SEMANTICS = [{"name": "text", "type": "text", "label": "Text", "widget": "html", "tags": ["p", "em"]}]

PARAMS = {
    "intro": "<p>Read the <strong>manifest</strong> first.</p><p>Then choose.</p>",
    "questions": [
        {
            "text": "Which seal is broken?",
            "points": 2,
            "options": [
                {"text": "Seal A", "correct": True, "tip": "<p>Look at the photo.</p>"},
                {"text": "Ship&#039;s seal", "correct": False},
            ],
        }
    ],
    "mode": "a",
    "colour": "#ff0000",
    "start": "00:10",
    "media": {
        "library": "H5P.Text 1.1",
        "params": {"text": "<p>An <em>old</em> port.</p>"},
        "subContentId": "x",
    },
    "l10n": {"check": "Check", "retry": "Retry"},
}


def semantics_of(name):
    return TEXT_SEMANTICS if name == "H5P.Text 1.1" else None


def test_texts_are_found_in_nested_lists_groups_and_sub_content():
    found = find_texts(SEMANTICS, PARAMS, semantics_of)
    assert [(text["path"], text["html"], text["label"]) for text in found] == [
        (["intro"], True, "Introduction"),
        (["questions", 0, "text"], False, "Question 1 › Text"),
        (["questions", 0, "options", 0, "text"], False, "Question 1 › Option 1 › Text"),
        (["questions", 0, "options", 0, "tip"], True, "Question 1 › Option 1 › Tip › Tip"),
        (["questions", 0, "options", 1, "text"], False, "Question 1 › Option 2 › Text"),
        (["media", "params", "text"], True, "Media › Text"),
    ]
    assert found[4]["value"] == "Ship&#039;s seal"


def test_each_sub_content_library_s_semantics_is_read_once_however_often_it_is_used():
    # A question set: every question is sub-content, most of the same few libraries.
    semantics = [
        {
            "name": "questions",
            "type": "list",
            "label": "Questions",
            "field": {"name": "question", "type": "library", "label": "Question"},
        }
    ]
    params = {
        "questions": [
            *({"library": "H5P.Text 1.1", "params": {"text": f"<p>Question {n}</p>"}} for n in range(3)),
            *({"library": "H5P.Missing 1.0", "params": {"text": "<p>Unknown</p>"}} for _ in range(2)),
        ]
    }
    asked = Counter()

    def counting_semantics_of(name):
        asked[name] += 1
        return semantics_of(name)

    found = find_texts(semantics, params, counting_semantics_of)
    assert [text["value"] for text in found] == [
        "<p>Question 0</p>",
        "<p>Question 1</p>",
        "<p>Question 2</p>",
    ]
    assert asked == {"H5P.Text 1.1": 1, "H5P.Missing 1.0": 1}
    # Once per reading: the next one asks again (a library may have been updated since).
    find_texts(semantics, params, counting_semantics_of)
    assert asked == {"H5P.Text 1.1": 2, "H5P.Missing 1.0": 2}


def test_a_language_file_relabels_the_texts_and_what_it_lacks_stays_as_written():
    # language/ru.json of a content type: the semantics' structure, by position,
    # with only the texts; this one lacks the option's "Text" and the tip.
    russian = [
        {"label": "Введение"},
        {
            "label": "Вопросы",
            "field": {
                "label": "Вопрос",
                "fields": [{"label": "Текст"}, {"label": "Баллы"}, {"field": {"label": "Вариант"}}],
            },
        },
    ]
    relabelled = semantics_in_language(SEMANTICS, russian)
    assert [text["label"] for text in find_texts(relabelled, PARAMS, semantics_of)] == [
        "Введение",
        "Вопрос 1 › Текст",
        "Вопрос 1 › Вариант 1 › Text",
        "Вопрос 1 › Вариант 1 › Tip › Tip",
        "Вопрос 1 › Вариант 2 › Text",
        "Media › Text",
    ]
    assert SEMANTICS[0]["label"] == "Introduction"  # the semantics themselves are unchanged
    # Anything but a list of fields is no translation.
    assert semantics_in_language(SEMANTICS, {"label": "x"}) is SEMANTICS


def test_interface_texts_numbers_flags_selects_colours_and_patterns_are_not_texts():
    values = {text["value"] for text in find_texts(SEMANTICS, PARAMS, semantics_of)}
    for not_a_text in ("Check", "Retry", "a", "#ff0000", "00:10", 2, True):
        assert not_a_text not in values
    # Sub-content of a library that is not installed is left out, not guessed.
    assert all(text["path"][0] != "media" for text in find_texts(SEMANTICS, PARAMS))


def test_segments_give_html_as_a_template_with_its_strings_and_plain_text_as_read():
    texts = find_texts(SEMANTICS, PARAMS, semantics_of)
    segments = H5PTextsField().get_translatable_segments(texts)
    intro = [segment for segment in segments if segment.path == "intro"]
    assert isinstance(intro[0], TemplateSegmentValue)
    assert intro[0].string_count == 2
    assert "<strong>" not in intro[0].template  # inline markup travels with its string
    assert [segment.string.data for segment in intro[1:]] == [
        "Read the <strong>manifest</strong> first.",
        "Then choose.",
    ]
    seal = next(segment for segment in segments if segment.path == "questions.0.options.1.text")
    assert seal.render_text() == "Ship's seal"
    assert {segment.path for segment in segments} == {
        "intro",
        "questions.0.text",
        "questions.0.options.0.text",
        "questions.0.options.0.tip",
        "questions.0.options.1.text",
        "media.params.text",
    }


def translated(segments, words):
    """The segments as wagtail-localize hands them back, each string translated
    by `words` (keyed by the string as stored, inline markup included)."""
    result = []
    for order, segment in enumerate(segments):
        if isinstance(segment, StringSegmentValue):
            data = words.get(segment.string.data, segment.string.data)
            result.append(
                StringSegmentValue(segment.path, StringValue(data), attrs=segment.attrs, order=order)
            )
        else:
            result.append(segment.with_order(order))
    # wagtail-localize lists strings before templates: their order is what counts.
    return sorted(result, key=lambda s: isinstance(s, TemplateSegmentValue))


def test_translated_texts_go_back_in_place_and_nothing_else_changes():
    texts = find_texts(SEMANTICS, PARAMS, semantics_of)
    field = H5PTextsField()
    words = {
        "Read the <strong>manifest</strong> first.": "Сначала прочтите <strong>манифест</strong>.",
        "Then choose.": "Затем выберите.",
        "Which seal is broken?": "Какая пломба сорвана?",
        "Seal A": "Пломба А",
        "Look at the photo.": "Посмотрите на фото.",
        StringValue.from_plaintext("Ship's seal").data: StringValue.from_plaintext("Пломба 'судна'").data,
        "An <em>old</em> port.": "<em>Старый</em> порт.",
    }
    restored = field.restore_translated_segments(
        texts, translated(field.get_translatable_segments(texts), words)
    )
    before = copy.deepcopy(PARAMS)
    russian = apply_texts(PARAMS, restored)
    assert before == PARAMS  # the stored content is never changed
    assert russian["intro"] == "<p>Сначала прочтите <strong>манифест</strong>.</p><p>Затем выберите.</p>"
    question = russian["questions"][0]
    assert question["text"] == "Какая пломба сорвана?"
    assert question["options"][0]["text"] == "Пломба А"
    assert question["options"][0]["tip"] == "<p>Посмотрите на фото.</p>"
    # Stored escaped, as H5P core stores plain text: written back escaped.
    assert question["options"][1]["text"] == "Пломба &#039;судна&#039;"
    assert russian["media"]["params"]["text"] == "<p><em>Старый</em> порт.</p>"
    for key in ("mode", "colour", "start", "l10n"):
        assert russian[key] == PARAMS[key]
    assert (question["points"], question["options"][0]["correct"]) == (2, True)


def test_a_translation_lands_only_where_its_source_text_still_is():
    texts = [
        {
            "path": ["questions", 0, "text"],
            "value": "Какая пломба сорвана?",
            "source": "Which seal is broken?",
        },
        {"path": ["intro"], "value": "Старый текст", "source": "<p>An older introduction.</p>"},
        {"path": ["questions", 5, "text"], "value": "Нет такого", "source": "Gone"},
    ]
    shown = apply_texts(PARAMS, texts)
    assert shown["questions"][0]["text"] == "Какая пломба сорвана?"
    assert shown["intro"] == PARAMS["intro"]  # changed since: the new source text shows
    assert len(shown["questions"]) == 1
