"""Course trees built directly (without translations) for service and query tests."""

import uuid

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def quiz_block(*, pass_mark=50, max_attempts=0, grading="best", required=True) -> dict:
    """Raw quiz block: q1 single (o1 correct), q2 true/false (true)."""
    return {
        "type": "quiz",
        "id": str(uuid.uuid4()),
        "value": {
            "title": "Quick check",
            "intro": "",
            "pass_mark": pass_mark,
            "max_attempts": max_attempts,
            "grading": grading,
            "required": required,
            "questions": [
                {
                    "type": "single_choice",
                    "id": "q1",
                    "value": {
                        "text": "Who issues the bill of lading?",
                        "options": [
                            {
                                "type": "item",
                                "id": "o1",
                                "value": {
                                    "text": "The carrier",
                                    "correct": True,
                                    "feedback": "FEEDBACK-CARRIER",
                                },
                            },
                            {
                                "type": "item",
                                "id": "o2",
                                "value": {
                                    "text": "The buyer",
                                    "correct": False,
                                    "feedback": "FEEDBACK-BUYER",
                                },
                            },
                        ],
                    },
                },
                {
                    "type": "true_false",
                    "id": "q2",
                    "value": {
                        "text": "Seals have numbers.",
                        "answer": True,
                        "feedback_true": "FEEDBACK-T",
                        "feedback_false": "FEEDBACK-F",
                    },
                },
            ],
        },
    }


def build_course(
    home,
    *,
    lessons: int = 2,
    modules: int = 1,
    quiz_in_last: bool = False,
    self_enrolment: bool = True,
    slug: str = "course",
    **quiz_kwargs,
) -> CoursePage:
    index = CourseIndexPage.objects.child_of(home).first() or _publish(
        home, CourseIndexPage(title="Courses", slug="courses", locale=home.locale)
    )
    course = _publish(
        index,
        CoursePage(
            title=f"Course {slug}",
            slug=slug,
            summary="Summary",
            self_enrolment=self_enrolment,
            locale=home.locale,
        ),
    )
    per_module = max(1, lessons // modules)
    made = 0
    for m in range(modules):
        module = _publish(
            course, ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}", locale=home.locale)
        )
        count = per_module if m < modules - 1 else lessons - made
        for _i in range(count):
            made += 1
            body = [{"type": "rich_text", "id": str(uuid.uuid4()), "value": f"<p>Lesson {made} text.</p>"}]
            if quiz_in_last and made == lessons:
                body = [quiz_block(**quiz_kwargs)]
            _publish(
                module,
                LessonPage(title=f"Lesson {made}", slug=f"lesson-{made}", body=body, locale=home.locale),
            )
    return course
