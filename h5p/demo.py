"""Demo H5P activity built on our own content type (no network needed), with
its Russian, Uzbek and Turkmen translations, placed in a demo lesson.

Runs after the courses seed (INSTALLED_APPS order): the activity goes, as a
required block with a pass threshold of 80 %, at the end of one demo lesson
and of that lesson's translations, keeping the same block id so results
count across languages. Its translations are made through wagtail-localize,
as a mentor would (Translate, then the translation editor), so they open in
its editor; Kazakh, Tajik and Azerbaijani readers get the Russian one, as
they get the Russian lessons (LANGUAGE_FALLBACKS). Idempotent: once a page
uses the activity, nothing more is placed; an activity seeded before its
answers carried feedback gets the current package.
"""

from __future__ import annotations

import io

from django.conf import settings
from django.db import transaction

from . import sample
from .models import H5PActivity
from .selectors import activity_pages, libraries_installed
from .services import activity_import, activity_replace_package, activity_translate
from .validation import package_validate

DEMO_TITLE = "Which document states the cargo?"
BLOCK_NAME = "h5p_activity"
DEMO_PASS_THRESHOLD = 80
# The activity asks about shipping documents: a lesson of a course about
# documents suits it best.
PREFERRED_COURSE_WORD = "document"

# Every text of the activity, in English (the package) and its translations.
# Each answer: text, correct, feedback (why it is right or wrong).
DEMO_CONTENT = {
    "title": {
        "en": DEMO_TITLE,
        "ru": "В каком документе указан груз?",
        "uz": "Yuk qaysi hujjatda koʻrsatilgan?",
        "tk": "Ýük haýsy resminamada görkezilýär?",
    },
    "question": {
        "en": "Which document states what the container holds?",
        "ru": "В каком документе указано, что находится в контейнере?",
        "uz": "Konteynerda nima borligi qaysi hujjatda koʻrsatiladi?",
        "tk": "Konteýnerde näme bardygy haýsy resminamada görkezilýär?",
    },
    "answers": [
        (
            {"en": "The bill of lading", "ru": "Коносамент", "uz": "Konosament", "tk": "Konosament"},
            False,
            {
                "en": "Not quite: the bill of lading is the carrier's receipt and contract of carriage for "
                "one shipper's consignment. What every container on board holds is listed in the cargo "
                "manifest, which the carrier lodges with customs.",
                "ru": "Не совсем: коносамент — это расписка перевозчика и договор перевозки партии одного "
                "грузоотправителя. Что находится в каждом контейнере на борту, перечислено в грузовом "
                "манифесте, который перевозчик подаёт в таможню.",
                "uz": "Unchalik emas: konosament — tashuvchining tilxati va bitta yuk joʻnatuvchi partiyasini "
                "tashish shartnomasi. Bortdagi har bir konteynerda nima borligi yuk manifestida sanab "
                "oʻtiladi, uni tashuvchi bojxonaga taqdim etadi.",
                "tk": "Doly däl: konosament daşaýjynyň kwitansiýasy we bir ýük iberijiniň ýüküni daşamak "
                "şertnamasydyr. Bortdaky her bir konteýnerde näme bardygy ýük manifestinde sanalýar, ony "
                "daşaýjy gümrüge tabşyrýar.",
            },
        ),
        (
            {
                "en": "The cargo manifest",
                "ru": "Грузовой манифест",
                "uz": "Yuk manifesti",
                "tk": "Ýük manifesti",
            },
            True,
            {
                "en": "Yes: the cargo manifest lists every container on board with its goods, and the "
                "carrier lodges it with customs before the vessel arrives.",
                "ru": "Да: в грузовом манифесте перечислены все контейнеры на борту с их товарами, и "
                "перевозчик подаёт его в таможню до прихода судна.",
                "uz": "Ha: yuk manifestida bortdagi barcha konteynerlar ulardagi tovarlar bilan sanab "
                "oʻtiladi va tashuvchi uni kema kelishidan oldin bojxonaga taqdim etadi.",
                "tk": "Hawa: ýük manifestinde bortdaky ähli konteýnerler olardaky harytlar bilen sanalýar, "
                "daşaýjy ony gämi gelmezden öň gümrüge tabşyrýar.",
            },
        ),
        (
            {"en": "The crew list", "ru": "Список экипажа", "uz": "Ekipaj roʻyxati", "tk": "Ekipaž sanawy"},
            False,
            {
                "en": "No: the crew list names the people on board, not the cargo. What the containers hold "
                "is stated in the cargo manifest.",
                "ru": "Нет: в списке экипажа указаны люди на борту, а не груз. Что находится в контейнерах, "
                "указано в грузовом манифесте.",
                "uz": "Yoʻq: ekipaj roʻyxatida yuk emas, bortdagi odamlar koʻrsatiladi. Konteynerlarda nima "
                "borligi yuk manifestida koʻrsatiladi.",
                "tk": "Ýok: ekipaž sanawynda ýük däl-de, bortdaky adamlar görkezilýär. Konteýnerlerde näme "
                "bardygy ýük manifestinde görkezilýär.",
            },
        ),
    ],
}
DEMO_LANGUAGES = ("ru", "uz", "tk")


def demo_package() -> bytes:
    """The demo activity's `.h5p` file (English)."""
    content = sample.sample_content(
        question=DEMO_CONTENT["question"]["en"],
        answers=tuple(
            (text["en"], correct, feedback["en"]) for text, correct, feedback in DEMO_CONTENT["answers"]
        ),
    )
    return sample.pack_h5p(title=DEMO_TITLE, content=content)


def demo_translations() -> dict[str, dict[str, str]]:
    """English text -> {language: text} for every text of the demo activity."""
    pairs = [DEMO_CONTENT["title"], DEMO_CONTENT["question"]]
    for text, _correct, feedback in DEMO_CONTENT["answers"]:
        pairs += [text, feedback]
    return {texts["en"]: {code: texts[code] for code in DEMO_LANGUAGES} for texts in pairs}


def translations_ensure(*, activity: H5PActivity) -> None:
    """Translate `activity` into DEMO_LANGUAGES through wagtail-localize,
    each segment from demo_translations(); translations that exist are
    brought up to date with those texts."""
    translations = demo_translations()
    for code in [code for code, _name in settings.LANGUAGES if code in DEMO_LANGUAGES]:
        activity_translate(
            activity=activity,
            language=code,
            texts={english: texts[code] for english, texts in translations.items()},
        )


def demo_activity(*, stdout=None) -> H5PActivity:
    """The demo activity (uploaded, in English), imported when missing; one
    seeded before its answers carried feedback gets the current package."""
    activity = (
        H5PActivity.objects.filter(title=DEMO_TITLE, translation_of__isnull=True).order_by("pk").first()
    )
    if activity is None:
        activity = activity_import(stream=io.BytesIO(demo_package()), may_upload_libraries=True)
        if stdout:
            stdout.write(f"  H5P activity {activity.title!r} (id {activity.pk})")
    elif not any(text["path"][-1:] == ["feedback"] for text in activity.texts):
        package = package_validate(
            io.BytesIO(demo_package()), installed=libraries_installed(), may_upload_libraries=True
        )
        activity = activity_replace_package(activity=activity, package=package)
        if stdout:
            stdout.write(f"  H5P activity {activity.title!r}: answers now explain themselves")
    return activity


def demo_lesson():
    """The source-language lesson for the demo activity: the first lesson
    without assessments in a course about documents, else in any course
    (reading order); None when there is no course."""
    from courses.models import CoursePage, LessonPage, source_locale
    from courses.selectors.structure import lesson_assessments

    courses = list(CoursePage.objects.live().filter(locale=source_locale()).order_by("path"))
    courses.sort(key=lambda course: PREFERRED_COURSE_WORD not in course.slug)
    fallback = None
    for course in courses:
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            fallback = fallback or lesson
            if not lesson_assessments(lesson):
                return lesson
    return fallback


def lesson_place(*, activity: H5PActivity, lesson, stdout=None) -> str:
    """Append `activity` as a required block to `lesson` and each of its
    translations, with one block id. Returns the block id."""
    from courses.services import lesson_block_append

    value = {"activity": activity.pk, "required": True, "pass_threshold": DEMO_PASS_THRESHOLD}
    block_id = lesson_block_append(lesson=lesson, block_type=BLOCK_NAME, value=value)
    if stdout:
        stdout.write(f"  H5P activity placed in lesson {lesson.title!r}")
    return block_id


@transaction.atomic
def seed(*, stdout=None) -> None:
    activity = demo_activity(stdout=stdout)
    translations_ensure(activity=activity)
    if activity_pages(activity=activity).exists():
        return
    lesson = demo_lesson()
    if lesson is not None:
        lesson_place(activity=activity, lesson=lesson, stdout=stdout)
