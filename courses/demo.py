"""Demo courses, loaded from `courses/demo_content/*.py` (the format is in
docs/courses.md, "Course content files").

The English tree is created as ordinary pages; the Russian, Uzbek and Turkmen
trees are made through wagtail-localize (a TranslationSource, a Translation and
a StringTranslation for every segment, then `save_target`), so mentors can go
on editing them in wagtail-localize's editor. Idempotent: a page that exists is
left alone, with any later edits.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import uuid
from collections.abc import Iterable
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from core.models import HomePage

from .models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .services import course_tree_permissions_grant

CONTENT_PACKAGE = "courses.demo_content"
LANGUAGES = ("en", "ru", "uz", "tk")

INDEX = {
    "slug": "courses",
    "title": {"en": "Courses", "ru": "Курсы", "uz": "Kurslar", "tk": "Kurslar"},
    "intro": {
        "en": "Self-paced courses for Port Control Unit officers. Enrol, study in your language and "
        "track your progress.",
        "ru": "Курсы для самостоятельного обучения сотрудников групп портового контроля. Запишитесь, "
        "учитесь на своём языке и следите за своим прогрессом.",
        "uz": "Port nazorat guruhlari xodimlari uchun mustaqil oʻqish kurslari. Roʻyxatdan oʻting, oʻz "
        "tilingizda oʻqing va oʻz yutuqlaringizni kuzatib boring.",
        "tk": "Port gözegçilik toparlarynyň işgärleri üçin özbaşdak okuw kurslary. Ýazylyň, öz "
        "diliňizde okaň we öz ösüşiňizi yzarlaň.",
    },
}


def content_modules(package: str = CONTENT_PACKAGE) -> list[dict]:
    """The COURSE dicts of every module in `package`, by module name."""
    pkg = importlib.import_module(package)
    courses = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package}.{info.name}")
        if hasattr(module, "COURSE"):
            courses.append(module.COURSE)
    return courses


# ---------------------------------------------------------------------------
# Building the English source tree


def _id() -> str:
    return str(uuid.uuid4())


def _en(text: dict | None) -> str:
    return (text or {}).get("en", "") if isinstance(text, dict) else (text or "")


def _question_raw(question: dict) -> dict:
    kind = question["kind"]
    if kind in ("single", "multiple"):
        options = [
            {
                "type": "item",
                "id": _id(),
                "value": {
                    "text": _en(option["text"]),
                    "correct": bool(option.get("correct")),
                    "feedback": _en(option.get("feedback")),
                },
            }
            for option in question["options"]
        ]
        block_type = "single_choice" if kind == "single" else "multiple_choice"
        return {"type": block_type, "id": _id(), "value": {"text": _en(question["text"]), "options": options}}
    if kind == "true_false":
        return {
            "type": "true_false",
            "id": _id(),
            "value": {
                "text": _en(question["text"]),
                "answer": bool(question["answer"]),
                "feedback_true": _en(question.get("feedback_true")),
                "feedback_false": _en(question.get("feedback_false")),
            },
        }
    if kind == "numeric":
        return {
            "type": "numeric",
            "id": _id(),
            "value": {
                "text": _en(question["text"]),
                "answer": float(question["answer"]),
                "tolerance": float(question.get("tolerance") or 0),
                "unit": _en(question.get("unit")),
                "feedback": _en(question.get("feedback")),
            },
        }
    raise ValueError(f"Unknown question kind {kind!r}")


def _block_raw(block: dict) -> dict:
    kind = block["type"]
    if kind == "heading":
        value = {"text": _en(block["text"])}
    elif kind == "rich_text":
        value = _en(block["html"])
    elif kind == "callout":
        value = {"kind": block["kind"], "title": _en(block.get("title")), "text": _en(block["html"])}
    elif kind == "glossary_term":
        value = {"term": _en(block["term"]), "definition": _en(block["definition"])}
    elif kind == "quiz":
        quiz = block["quiz"]
        value = {
            "title": _en(quiz["title"]),
            "intro": _en(quiz.get("intro")),
            "pass_mark": int(quiz.get("pass_mark", 70)),
            "max_attempts": int(quiz.get("max_attempts", 0)),
            "grading": quiz.get("grading", "best"),
            "required": True,
            "questions": [_question_raw(question) for question in quiz["questions"]],
        }
    else:
        raise ValueError(f"Unknown block type {kind!r}")
    return {"type": kind, "id": _id(), "value": value}


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


# ---------------------------------------------------------------------------
# Translation maps: English segment text -> text in each language


def _plain_pairs(text: dict | None) -> Iterable[tuple[str, dict[str, str]]]:
    if not isinstance(text, dict) or not text.get("en"):
        return []
    source = StringValue.from_plaintext(text["en"]).data
    return [
        (source, {code: StringValue.from_plaintext(text[code]).data for code in LANGUAGES if text.get(code)})
    ]


def _html_pairs(html: dict | None) -> Iterable[tuple[str, dict[str, str]]]:
    if not isinstance(html, dict) or not html.get("en"):
        return []
    _template, source_strings = extract_strings(html["en"])
    translated = {}
    for code in LANGUAGES:
        if html.get(code):
            _t, strings = extract_strings(html[code])
            translated[code] = [string.data for string, _attrs in strings]
    pairs = []
    for index, (string, _attrs) in enumerate(source_strings):
        pairs.append(
            (
                string.data,
                {code: items[index] for code, items in translated.items() if index < len(items)},
            )
        )
    return pairs


def _quiz_pairs(quiz: dict) -> Iterable[tuple[str, dict[str, str]]]:
    yield from _plain_pairs(quiz.get("title"))
    yield from _plain_pairs(quiz.get("intro"))
    for question in quiz["questions"]:
        yield from _plain_pairs(question.get("text"))
        yield from _plain_pairs(question.get("unit"))
        yield from _plain_pairs(question.get("feedback"))
        yield from _plain_pairs(question.get("feedback_true"))
        yield from _plain_pairs(question.get("feedback_false"))
        for option in question.get("options", []):
            yield from _plain_pairs(option.get("text"))
            yield from _plain_pairs(option.get("feedback"))


def _lesson_pairs(lesson: dict) -> Iterable[tuple[str, dict[str, str]]]:
    yield from _plain_pairs(lesson["title"])
    for block in lesson["body"]:
        kind = block["type"]
        if kind == "heading":
            yield from _plain_pairs(block["text"])
        elif kind == "rich_text":
            yield from _html_pairs(block["html"])
        elif kind == "callout":
            yield from _plain_pairs(block.get("title"))
            yield from _html_pairs(block["html"])
        elif kind == "glossary_term":
            yield from _plain_pairs(block["term"])
            yield from _plain_pairs(block["definition"])
        elif kind == "quiz":
            yield from _quiz_pairs(block["quiz"])


def _map(pairs: Iterable[tuple[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    mapping: dict[str, dict[str, str]] = {}
    for source, translations in pairs:
        mapping.setdefault(source, {}).update(translations)
    return mapping


def translate_page(page: Page, locale: Locale, mapping: dict[str, dict[str, str]]) -> Page:
    """Translate `page` into `locale` through wagtail-localize, taking each
    segment's text from `mapping` (source text -> {language: text}); segments
    without an entry (the slug, for one) keep the source text. Returns the
    translated page; an existing live translation is left as it is."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.live:
        return existing.specific
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    code = locale.language_code
    # A language the content files lack takes its fallback's text (Russian for
    # Kazakh, Tajik and Azerbaijani), for mentors to translate later.
    fallback = settings.LANGUAGE_FALLBACKS.get(code, code)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        texts = mapping.get(segment.string.data, {})
        data = texts.get(code) or texts.get(fallback) or segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    # save_target(publish=True) publishes on commit; publishing here instead
    # lets the children of this page be checked and translated in the same
    # transaction.
    translated, _created = translation.source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    translated.get_latest_revision().publish()
    return translated.specific


# ---------------------------------------------------------------------------
# Loading


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def course_index_ensure(*, locales: dict[str, Locale]) -> CourseIndexPage:
    source = locales[settings.LANGUAGE_CODE]
    home = HomePage.objects.filter(locale=source).first()
    if home is None:
        raise RuntimeError("The home page is missing: run core's demo seed first.")
    index = _child(home, CourseIndexPage, INDEX["slug"])
    if index is None:
        index = _publish(
            home,
            CourseIndexPage(
                title=INDEX["title"]["en"], slug=INDEX["slug"], intro=INDEX["intro"]["en"], locale=source
            ),
        )
    mapping = _map([*_plain_pairs(INDEX["title"]), *_plain_pairs(INDEX["intro"])])
    for _code, locale in locales.items():
        if locale.pk != source.pk:
            translate_page(index, locale, mapping)
    return index


def course_load(*, data: dict, index: CourseIndexPage, locales: dict[str, Locale], stdout=None) -> CoursePage:
    """Create the course described by `data` (see docs/courses.md) under
    `index` with its translations; parts that exist are kept."""
    source_locale = index.locale
    course = _child(index, CoursePage, data["slug"])
    if course is None:
        course = _publish(
            index,
            CoursePage(
                title=_en(data["title"]),
                slug=data["slug"],
                summary=_en(data["summary"]),
                objectives=[{"type": "objective", "id": _id(), "value": _en(o)} for o in data["objectives"]],
                audience=_en(data.get("audience")),
                estimated_hours=Decimal(str(data.get("estimated_hours", 0))) or None,
                self_enrolment=data.get("self_enrolment", True),
                certificate_enabled=data.get("certificate_enabled", True),
                certificate_validity_months=data.get("certificate_validity_months"),
                locale=source_locale,
            ),
        )
        if stdout:
            stdout.write(f"  course {data['slug']}")
    course_map = _map(
        [
            *_plain_pairs(data["title"]),
            *_plain_pairs(data["summary"]),
            *_plain_pairs(data.get("audience")),
            *[pair for objective in data["objectives"] for pair in _plain_pairs(objective)],
        ]
    )
    pages: list[tuple[Page, dict]] = [(course, course_map)]
    for module_data in data["modules"]:
        module = _child(course, ModulePage, module_data["slug"])
        if module is None:
            module = _publish(
                course,
                ModulePage(
                    title=_en(module_data["title"]),
                    slug=module_data["slug"],
                    intro=_en(module_data.get("intro")),
                    locale=source_locale,
                ),
            )
        pages.append(
            (module, _map([*_plain_pairs(module_data["title"]), *_plain_pairs(module_data.get("intro"))]))
        )
        for lesson_data in module_data["lessons"]:
            lesson = _child(module, LessonPage, lesson_data["slug"])
            if lesson is None:
                lesson = _publish(
                    module,
                    LessonPage(
                        title=_en(lesson_data["title"]),
                        slug=lesson_data["slug"],
                        minutes=lesson_data.get("minutes"),
                        body=[_block_raw(block) for block in lesson_data["body"]],
                        locale=source_locale,
                    ),
                )
            pages.append((lesson, _map(_lesson_pairs(lesson_data))))
    # Parents before children: wagtail-localize needs the translated parent.
    for _code, locale in locales.items():
        if locale.pk == source_locale.pk:
            continue
        for page, mapping in pages:
            translate_page(page, locale, mapping)
    return course


@contextlib.contextmanager
def indexed_once():
    """Update the search and reference indexes once for each object saved
    inside the block, when it ends, instead of on every save: translating a
    course tree saves each page several times. Meant for loaders run from a
    management command (it briefly turns the per-save updates off for the
    whole process)."""
    from django.db.models.signals import post_save
    from modelsearch import index as search_index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    searched = [m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    saved: dict[tuple[type, object], object] = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and (sender in searched or ReferenceIndex.is_indexed(sender)):
            saved[(sender, instance.pk)] = instance

    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="courses.demo.indexed_once")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="courses.demo.indexed_once")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    for (model, pk), instance in saved.items():
        if not model._default_manager.filter(pk=pk).exists():
            continue
        if model in searched:
            search_index.insert_or_update_object(instance)
        if ReferenceIndex.is_indexed(model):
            ReferenceIndex.create_or_update_for_object(instance)


@transaction.atomic
def seed(*, stdout=None, package: str = CONTENT_PACKAGE) -> None:
    with indexed_once():
        _seed(stdout=stdout, package=package)


def _seed(*, stdout=None, package: str = CONTENT_PACKAGE) -> None:
    locales = _locales()
    index = course_index_ensure(locales=locales)
    course_tree_permissions_grant()
    for data in content_modules(package):
        course_load(data=data, index=index, locales=locales, stdout=stdout)
