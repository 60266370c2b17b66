"""Quiz checking on the server, from a QuizBlock value and a trainee's answers.

Questions and options are identified by their StreamField/ListBlock ids, which
wagtail-localize keeps identical in every translation.
"""

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

SINGLE = "single_choice"
MULTIPLE = "multiple_choice"
TRUE_FALSE = "true_false"
NUMERIC = "numeric"
TRUE_FALSE_IDS = ("true", "false")


class QuizAnswerError(ValueError):
    """The submitted answers do not fit the quiz; nothing is recorded."""


@dataclass(frozen=True)
class PublicOption:
    id: str
    text: str


@dataclass(frozen=True)
class PublicQuestion:
    """What a trainee may see before submitting: no correctness, no feedback."""

    id: str
    kind: str
    text: str
    options: tuple[PublicOption, ...] = ()
    unit: str = ""


@dataclass(frozen=True)
class QuestionResult:
    id: str
    correct: bool
    feedback: tuple[str, ...] = field(default_factory=tuple)


def _options(question_value) -> list[tuple[str, object]]:
    return [(str(child.id), child.value) for child in question_value["options"].bound_blocks]


def _shuffle_key(seed: str, option_id: str) -> str:
    # Order options by a hash of the trainee and the option id: stable for one
    # trainee, unrelated to which option is correct or how the author ordered them.
    return hashlib.sha256(f"{seed}:{option_id}".encode()).hexdigest()


def public_questions(quiz_value, *, seed: str) -> list[PublicQuestion]:
    questions = []
    for child in quiz_value["questions"]:
        kind, value = child.block_type, child.value
        if kind in (SINGLE, MULTIPLE):
            options = sorted(_options(value), key=lambda item: _shuffle_key(seed, item[0]))
            public = tuple(PublicOption(id=oid, text=o["text"]) for oid, o in options)
            questions.append(PublicQuestion(id=str(child.id), kind=kind, text=value["text"], options=public))
        elif kind == TRUE_FALSE:
            questions.append(PublicQuestion(id=str(child.id), kind=kind, text=value["text"]))
        elif kind == NUMERIC:
            questions.append(
                PublicQuestion(id=str(child.id), kind=kind, text=value["text"], unit=value.get("unit") or "")
            )
    return questions


def _parse_number(raw: str) -> float:
    try:
        number = float(raw.strip().replace(",", ".").replace(" ", ""))
    except ValueError:
        raise QuizAnswerError(_("“%(value)s” is not a number.") % {"value": raw[:40]}) from None
    if not math.isfinite(number):
        raise QuizAnswerError(_("“%(value)s” is not a number.") % {"value": raw[:40]})
    return number


def normalise_answers(quiz_value, answers: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Check that `answers` (question id -> submitted values) answers every
    question exactly once with the question's own options; return them in a
    canonical form. Raises QuizAnswerError naming the first problem."""
    questions = {str(child.id): child for child in quiz_value["questions"]}
    for question_id in answers:
        if question_id not in questions:
            raise QuizAnswerError(_("The answers include a question that is not in this quiz."))
    clean: dict[str, list[str]] = {}
    for position, (question_id, child) in enumerate(questions.items(), start=1):
        given = [value for value in answers.get(question_id, []) if str(value).strip() != ""]
        if not given:
            raise QuizAnswerError(_("Question %(number)s has no answer.") % {"number": position})
        if len(set(given)) != len(given):
            raise QuizAnswerError(_("Question %(number)s has the same answer twice.") % {"number": position})
        kind = child.block_type
        if kind != MULTIPLE and len(given) > 1:
            raise QuizAnswerError(_("Question %(number)s takes one answer only.") % {"number": position})
        if kind in (SINGLE, MULTIPLE):
            option_ids = {oid for oid, _value in _options(child.value)}
            if not set(given) <= option_ids:
                raise QuizAnswerError(
                    _("Question %(number)s was answered with an option it does not have.")
                    % {"number": position}
                )
            clean[question_id] = sorted(given)
        elif kind == TRUE_FALSE:
            if given[0] not in TRUE_FALSE_IDS:
                raise QuizAnswerError(
                    _("Question %(number)s was answered with an option it does not have.")
                    % {"number": position}
                )
            clean[question_id] = given
        else:
            clean[question_id] = [repr(_parse_number(given[0]))]
    return clean


def score(quiz_value, answers: Mapping[str, list[str]]) -> tuple[float, dict[str, bool]]:
    """Score normalised answers: one point per question (a multiple-choice
    question needs exactly the correct set). Returns (percent, correct by id)."""
    results: dict[str, bool] = {}
    for child in quiz_value["questions"]:
        question_id, kind, value = str(child.id), child.block_type, child.value
        given = answers[question_id]
        if kind in (SINGLE, MULTIPLE):
            correct_ids = {oid for oid, option in _options(value) if option["correct"]}
            results[question_id] = set(given) == correct_ids
        elif kind == TRUE_FALSE:
            results[question_id] = (given[0] == "true") == bool(value["answer"])
        else:
            tolerance = abs(value.get("tolerance") or 0)
            results[question_id] = abs(float(given[0]) - float(value["answer"])) <= tolerance + 1e-9
    total = len(results)
    percent = round(100.0 * sum(results.values()) / total, 1) if total else 0.0
    return percent, results


def feedback(
    quiz_value, answers: Mapping[str, list[str]], results: Mapping[str, bool]
) -> list[QuestionResult]:
    """Per-question outcome and the author's feedback for what the trainee
    chose, in the language of `quiz_value`. Only for after a submission."""
    out = []
    for child in quiz_value["questions"]:
        question_id, kind, value = str(child.id), child.block_type, child.value
        if question_id not in answers:
            continue
        given = answers[question_id]
        if kind in (SINGLE, MULTIPLE):
            texts = tuple(o["feedback"] for oid, o in _options(value) if oid in given and o["feedback"])
        elif kind == TRUE_FALSE:
            text = value["feedback_true"] if given[0] == "true" else value["feedback_false"]
            texts = (text,) if text else ()
        else:
            texts = (value["feedback"],) if value.get("feedback") else ()
        out.append(QuestionResult(id=question_id, correct=bool(results.get(question_id)), feedback=texts))
    return out
