"""H5P activities translated with wagtail-localize: the author's texts become
segments, each language plays its translation (or its fallback), and results
stay with the uploaded activity."""

import html
import io
import json
import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.strings import StringValue

from courses.services import enrolment_create
from h5p import sample, selectors, services
from h5p.models import H5PActivity, H5PAttempt, H5PStatement
from h5p.validation import package_validate
from tests.factories.h5p import make_activity, translate_activity

pytestmark = pytest.mark.django_db

QUESTION = "Which document states what the container holds?"
ANSWERS = (
    ("The bill of lading", False, "The B/L covers one consignment."),
    ("The cargo manifest", True, "It lists every container on board."),
    ("The crew list", False, "It names people, not cargo."),
)
RUSSIAN = {
    "Manifest check": "Проверка манифеста",
    QUESTION: "В каком документе указано, что находится в контейнере?",
    "The bill of lading": "Коносамент",
    "The cargo manifest": "Грузовой манифест",
    "The crew list": "Список экипажа",
    "The B/L covers one consignment.": "Коносамент относится к одной партии.",
    "It lists every container on board.": "В нём перечислены все контейнеры на борту.",
    "It names people, not cargo.": "В нём указаны люди, а не груз.",
}
SESSION = "5f0c1d2e-8a7b-4c3d-9e1f-a2b3c4d5e6f7"


@pytest.fixture
def activity(db):
    return make_activity(content=sample.sample_content(question=QUESTION, answers=ANSWERS))


@pytest.fixture
def russian(activity):
    return translate_activity(activity, "ru", RUSSIAN)


@pytest.fixture
def mentor_client(client, mentor):
    client.force_login(mentor)
    return client


def player_src(html: str) -> str:
    return re.search(r'class="h5p-player-frame" src="([^"]+)"', html).group(1)


def played(client, url):
    """(player page, embed page, content.json) as the reader's browser gets them."""
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    src = player_src(page.content.decode())
    embed = Client().get(src)
    content = Client().get(src + "package/content/content.json")
    assert content.status_code == HTTPStatus.OK
    return page.content.decode(), embed.content.decode(), json.loads(content.content)


def play_url(activity, language):
    with translation.override(language):
        return reverse("h5p:play", args=[activity.uuid])


def texts_of(content):
    return {
        "question": content["question"],
        "answers": [answer["text"] for answer in content["answers"]],
        "feedback": [answer["feedback"] for answer in content["answers"]],
    }


def test_segments_are_the_title_and_the_authors_texts_not_the_interface(activity):
    source, _created = TranslationSource.get_or_create_from_instance(activity)
    strings = {
        StringValue(segment.string.data).render_text()
        for segment in StringSegment.objects.filter(source=source).select_related("string")
    }
    assert strings == set(RUSSIAN)
    # Nothing else of the content (the correct flags, the buttons) is offered.
    assert "Check" not in strings


def test_the_russian_translation_is_a_copy_that_plays_as_the_uploaded_activity(activity, russian):
    assert russian.locale.language_code == "ru"
    assert (russian.translation_of, russian.translation_key) == (activity, activity.translation_key)
    assert russian.uuid != activity.uuid
    assert russian.title == "Проверка манифеста"
    assert russian.original == activity
    assert list(selectors.activity_translations(activity=russian).order_by("pk")) == [activity, russian]
    # Library listings count the activity once.
    assert list(selectors.library_activities(library=activity.main_library)) == [activity]


def test_a_russian_reader_plays_the_russian_texts_and_interface(mentor_client, activity, russian):
    page, embed, content = played(mentor_client, play_url(activity, "ru"))
    assert texts_of(content) == {
        "question": RUSSIAN[QUESTION],
        "answers": ["Коносамент", "Грузовой манифест", "Список экипажа"],
        "feedback": [
            "Коносамент относится к одной партии.",
            "В нём перечислены все контейнеры на борту.",
            "В нём указаны люди, а не груз.",
        ],
    }
    assert [answer["correct"] for answer in content["answers"]] == [False, True, False]
    assert content["l10n"]["check"] == "Проверить"
    assert '<h1 lang="ru">Проверка манифеста</h1>' in page
    assert '<html lang="ru">' in embed
    assert "<title>Проверка манифеста</title>" in embed
    # The player names the uploaded activity: results are stored against it.
    assert f"/activities/{activity.uuid}/xapi/" in page
    assert str(russian.uuid) not in page


def test_a_translations_address_plays_the_activity_it_translates(mentor_client, activity, russian):
    page, _embed, content = played(mentor_client, play_url(russian, "ru"))
    assert f"/activities/{activity.uuid}/xapi/" in page
    assert content["question"] == RUSSIAN[QUESTION]


@pytest.mark.parametrize(
    ("language", "shown_in", "question"),
    [
        # Kazakh readers get Russian (LANGUAGE_FALLBACKS), as for the lessons.
        ("kk", "ru", RUSSIAN[QUESTION]),
        ("tg", "ru", RUSSIAN[QUESTION]),
        # Uzbek has no translation and no fallback: the uploaded text.
        ("uz", "en", QUESTION),
        ("en", "en", QUESTION),
    ],
)
def test_a_language_without_a_translation_falls_back(
    mentor_client, activity, russian, language, shown_in, question
):
    _page, embed, content = played(mentor_client, play_url(activity, language))
    assert content["question"] == question
    assert f'<html lang="{shown_in}">' in embed
    # The content type's buttons still speak the reader's own language
    # (English: the content type's own default, nothing to fill in).
    assert (
        content.get("l10n", {}).get("check", "Check")
        == {"kk": "Тексеру", "tg": "Санҷидан", "uz": "Tekshirish", "en": "Check"}[language]
    )


def test_results_of_a_translation_address_are_refused(client, mentor, activity, russian):
    client.force_login(mentor)
    response = client.post(
        reverse("h5p:xapi", args=[russian.uuid]),
        data=json.dumps({"statement": {}, "session": SESSION}),
        content_type="application/json",
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not H5PStatement.objects.exists()


def test_replacing_the_package_keeps_the_translations_of_unchanged_texts(activity, russian, mentor_client):
    changed = sample.sample_content(question="Which document lists the containers?", answers=ANSWERS)
    package = package_validate(
        io.BytesIO(sample.pack_h5p(content=changed)),
        installed=selectors.libraries_installed(),
        may_upload_libraries=False,
    )
    services.activity_replace_package(activity=activity, package=package)
    russian.refresh_from_db()
    assert [text["value"] for text in russian.texts][:2] == [
        "Which document lists the containers?",
        "Коносамент",
    ]
    _page, _embed, content = played(mentor_client, play_url(activity, "ru"))
    # The new question shows as uploaded until it is translated; the rest stays Russian.
    assert content["question"] == "Which document lists the containers?"
    assert content["answers"][1]["text"] == "Грузовой манифест"


def test_a_translation_has_no_package_of_its_own(russian):
    package = package_validate(
        io.BytesIO(sample.pack_h5p()), installed=selectors.libraries_installed(), may_upload_libraries=False
    )
    with pytest.raises(services.H5PError):
        services.activity_replace_package(activity=russian, package=package)


def test_the_edit_page_lists_the_texts_read_from_the_package(mentor_client, activity, russian):
    html = mentor_client.get(
        reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk])
    ).content.decode()
    assert "Question" in html and "The cargo manifest" in html
    assert "It names people, not cargo." in html


class _TextsList(HTMLParser):
    """The (label, text) pairs of the edit page's list of texts."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.current = None
        self.pairs: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "dl" and "h5p-texts" in (dict(attrs).get("class") or ""):
            self.inside = True
        elif self.inside and tag == "dt":
            self.pairs.append(["", ""])
            self.current = 0
        elif self.inside and tag == "dd":
            self.current = 1

    def handle_endtag(self, tag):
        if tag in ("dt", "dd"):
            self.current = None
        elif tag == "dl":
            self.inside = False

    def handle_data(self, data):
        if self.current is not None:
            self.pairs[-1][self.current] += data


def texts_shown(html: str) -> list[tuple[str, str]]:
    parser = _TextsList()
    parser.feed(html)
    return [(" ".join(label.split()), " ".join(text.split())) for label, text in parser.pairs]


@pytest.mark.parametrize(
    ("language", "question", "answer", "text", "feedback"),
    [
        ("en", "Question", "Answer", "Text", "Feedback"),
        ("ru", "Вопрос", "Ответ", "Текст", "Пояснение"),
        ("uz", "Savol", "Javob", "Matn", "Izoh"),
        ("tk", "Sorag", "Jogap", "Tekst", "Düşündiriş"),
    ],
)
def test_the_edit_page_labels_the_texts_in_the_mentors_language(
    client, make_user, activity, language, question, answer, text, feedback
):
    from wagtail.users.models import UserProfile

    from accounts.roles import Role

    mentor = make_user(role=Role.MENTOR, language=language)
    profile = UserProfile.get_for_user(mentor)
    profile.preferred_language = language
    profile.save()
    client.force_login(mentor)
    page = client.get(reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk]))
    assert page.status_code == HTTPStatus.OK
    expected = [(question, QUESTION)]
    for number, (answer_text, _correct, answer_feedback) in enumerate(ANSWERS, start=1):
        expected += [
            (f"{answer} {number} › {text}", answer_text),
            (f"{answer} {number} › {feedback}", answer_feedback),
        ]
    assert texts_shown(page.content.decode()) == expected
    # Stored as the content type's semantics write them; translated when shown.
    activity.refresh_from_db()
    assert [stored["label"] for stored in activity.texts][:2] == ["Question", "Answer 1 › Text"]


def test_a_sub_content_name_with_a_digit_int_refuses_names_no_library(activity):
    # Content parameters come from the uploaded package: "¹" passes str.isdigit().
    assert selectors.semantics_of("PCU.SelectionCheck 1.0") is not None
    assert selectors.semantics_of("PCU.SelectionCheck ¹.0") is None


def test_the_translation_editor_shows_each_text_with_its_translation(mentor_client, russian):
    response = mentor_client.get(reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[russian.pk]))
    assert response.status_code == HTTPStatus.OK
    # wagtail-localize's editor (a script reading its props): each source text
    # under the activity's "Texts", with the Russian translation.
    props = json.loads(html.unescape(re.search(r'data-props="([^"]+)"', response.content.decode()).group(1)))
    sources = {segment["id"]: segment for segment in props["segments"] if segment["type"] == "string"}
    translated = {
        sources[item["segment_id"]]["source"]: StringValue(item["data"]).render_text()
        for item in props["initialStringTranslations"]
        if item["segment_id"] in sources
    }
    assert translated == RUSSIAN
    assert {segment["location"]["field"] for segment in sources.values()} == {"Title", "Texts"}


def test_a_mentor_translates_an_activity_from_the_admin(client, mentor, activity):
    client.force_login(mentor)
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["h5p", "h5pactivity", activity.pk])
    # The list of activities offers wagtail-localize's Translate action.
    listing = client.get(reverse("wagtailsnippets_h5p_h5pactivity:list")).content.decode()
    assert submit in listing
    form = client.get(submit).content.decode()
    ru = Locale.objects.get(language_code="ru")
    assert re.search(rf'name="locales" value="{ru.pk}"', form)
    response = client.post(submit, {"locales": [ru.pk]})
    assert response.status_code == HTTPStatus.FOUND
    copy = activity.get_translation(ru)
    assert (copy.translation_of, copy.title) == (activity, "Manifest check")
    # Untranslated yet: a Russian reader gets the uploaded texts.
    assert [text["value"] for text in copy.texts] == [text["value"] for text in activity.texts]


def test_a_package_uploaded_in_the_russian_list_is_a_russian_activity(client, mentor, activity):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(mentor)
    response = client.post(
        reverse("wagtailsnippets_h5p_h5pactivity:add") + "?locale=ru",
        {
            "title": "Проверка пломб",
            "grading_policy": "best",
            "package": SimpleUploadedFile("a.h5p", sample.pack_h5p(), content_type="application/zip"),
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    uploaded = H5PActivity.objects.get(title="Проверка пломб")
    assert (uploaded.locale.language_code, uploaded.translation_of) == ("ru", None)


def test_a_third_party_content_type_is_translated_by_its_semantics(mentor_client):
    from tests.h5p.third_party import pack_truefalse

    true_false = services.activity_import(stream=io.BytesIO(pack_truefalse()), may_upload_libraries=True)
    # H5P.TrueFalse: the question is the author's (HTML); its buttons and
    # messages are `common` interface texts, its behaviour flags no text at all.
    assert [(text["path"], text["html"], text["value"]) for text in true_false.texts] == [
        (["question"], True, "<p>Is this false?</p>\n")
    ]
    translate_activity(true_false, "ru", {"Hello World": "Привет, мир", "Is this false?": "Это ложь?"})
    _page, _embed, content = played(mentor_client, play_url(true_false, "ru"))
    assert content["question"] == "<p>Это ложь?</p>\n"
    assert content["l10n"]["trueText"] == "Истина"


# ---------------------------------------------------------------------------
# In lessons


def test_a_russian_lesson_plays_the_translation_and_counts_one_result(
    client, make_lesson, activity, russian, trainee
):
    lesson, block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=lesson.get_parent().get_parent().specific)
    ru_lesson = lesson.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    ru_lesson.save_revision().publish()
    client.force_login(trainee)
    with translation.override("ru"):
        url = ru_lesson.url
    html, embed, content = played(client, url)
    assert '<h2 class="h5p-activity-title" lang="ru">Проверка манифеста</h2>' in html
    assert content["answers"][1]["text"] == "Грузовой манифест"
    assert '<html lang="ru">' in embed
    services.statement_record(
        user=trainee,
        activity=activity,
        statement={
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "object": {"id": activity.xapi_object_id},
            "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}},
        },
        session=SESSION,
        lesson_id=ru_lesson.pk,
        block_id=block_id,
    )
    attempt = H5PAttempt.objects.get()
    assert (attempt.activity, attempt.lesson_id, attempt.score) == (activity, ru_lesson.pk, 100.0)


def test_translating_a_lesson_translates_its_activity_in_the_same_workflow(make_lesson, activity, trainee):
    lesson, block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=lesson.get_parent().get_parent().specific)
    ru = Locale.objects.get(language_code="ru")
    # As the "Translate" action does, parents first.
    for page in [*lesson.get_ancestors().filter(depth__gte=3).specific(), lesson]:
        if not page.has_translation(ru):
            translate_object(page, [ru])
    ru_lesson = lesson.get_translation(ru).specific
    copy = H5PActivity.objects.get(locale=ru)
    assert copy.translation_of == activity
    [block] = [child for child in ru_lesson.body if child.block_type == "h5p_activity"]
    assert block.value["activity"] == copy
    # The lesson holding the translation still lets its trainees play, and
    # their result goes to the uploaded activity.
    assert ru_lesson in [page.specific for page in selectors.activity_pages(activity=activity)]
    assert selectors.activity_user_can_play(user=trainee, activity=activity)
    assert selectors.placement_find(page=ru_lesson, block_id=block_id, activity=activity) is not None


# ---------------------------------------------------------------------------
# The demo activity


def test_the_demo_activity_ships_in_russian_uzbek_and_turkmen_with_feedback(mentor_client):
    from h5p import demo

    demo.seed()
    demo.seed()  # idempotent
    activity = H5PActivity.objects.get(title=demo.DEMO_TITLE)
    assert sorted(
        selectors.activity_translations(activity=activity).values_list("locale__language_code", flat=True)
    ) == ["en", "ru", "tk", "uz"]
    for language in ("en", "ru", "uz", "tk"):
        _page, _embed, content = played(mentor_client, play_url(activity, language))
        assert content["question"] == demo.DEMO_CONTENT["question"][language]
        for answer, (text, correct, feedback) in zip(
            content["answers"], demo.DEMO_CONTENT["answers"], strict=True
        ):
            assert (answer["text"], answer["correct"], answer["feedback"]) == (
                text[language],
                correct,
                feedback[language],
            )
    # Kazakh readers: the Russian texts, Kazakh buttons.
    _page, embed, content = played(mentor_client, play_url(activity, "kk"))
    assert content["question"] == demo.DEMO_CONTENT["question"]["ru"]
    assert content["l10n"]["check"] == "Тексеру"


def test_an_older_demo_activity_gets_the_answers_feedback(db):
    from h5p import demo

    old = make_activity(title=demo.DEMO_TITLE)
    demo.seed()
    old.refresh_from_db()
    assert H5PActivity.objects.filter(translation_of__isnull=True, title=demo.DEMO_TITLE).get() == old
    assert [text["value"] for text in old.texts if text["path"][-1] == "feedback"] == [
        feedback["en"] for _text, _correct, feedback in demo.DEMO_CONTENT["answers"]
    ]
