"""What every figure of the programme's reports means, in the reader's
language: shown under the dashboard, on the first sheet or in the header of
every export and at the end of the programme report (docs/reports.md says
the same in English)."""

from django.utils.translation import gettext_lazy as _

from .suppression import MIN_PEOPLE

# Breakdown measures: key, column label, definition.
MEASURES = (
    (
        "people_trained",
        _("People trained"),
        _(
            "Trainees with at least one training activity in the period: enrolling in a course, "
            "completing a lesson, completing a course or submitting an assessed exercise attempt "
            "(without a period: at any time). A person counts once in a row however many activities "
            "they had, so a total can be less than the sum of its rows."
        ),
    ),
    (
        "people_enrolled",
        _("People enrolled"),
        _("Trainees who enrolled in at least one course in the period (people, not enrolments)."),
    ),
    (
        "people_completing",
        _("People completing a course"),
        _("Trainees who completed at least one course in the period (people, not completions)."),
    ),
    (
        "completions",
        _("Completions"),
        _(
            "Course completions in the period, including the earlier completion of a course a trainee "
            "later took again to renew a certificate."
        ),
    ),
    (
        "hours",
        _("Training hours"),
        _(
            "For every completion in the period, the course's estimated hours; for a course without "
            "them, the estimated minutes of its lessons added up and divided by 60."
        ),
    ),
    (
        "certificates_issued",
        _("Certificates issued"),
        _("Certificates issued in the period."),
    ),
    (
        "certificates_revoked",
        _("Certificates revoked"),
        _("Certificates revoked in the period (by the date of revocation)."),
    ),
    (
        "certificates_expiring",
        _("Certificates expiring"),
        _(
            "Certificates valid today that expire within the next 60 days, whatever the period "
            "(by month: the month they expire)."
        ),
    ),
    (
        "attempts",
        _("Exercise attempts"),
        _("Assessed exercise attempts submitted in the period; practice attempts never count."),
    ),
    (
        "d_prime",
        # xgettext:no-python-format
        _("Skill d′ (95 % interval)"),
        _(
            # xgettext:no-python-format
            "Sensitivity d′ of every container decision of the attempts pooled, with its 95 % interval: "
            "the wider of the interval over decisions and the interval over attempts, as in the "
            "mentors' profiles. 0 is chance; an interval wider than 1 is not yet reliable."
        ),
    ),
)

# Rules that apply to every figure.
RULES = (
    (
        "period",
        _("Period"),
        _(
            "Every figure counts the events whose own date falls in the period, both days included: "
            "enrolments by enrolment date, lessons and courses by completion date, attempts by "
            "submission, certificates by issue and revocations by revocation date."
        ),
    ),
    (
        "trainees",
        _("Trainees"),
        _(
            "Only trainee accounts count, as selected by the country, agency and duty station of "
            "their profile today."
        ),
    ),
    (
        "cohort",
        _("Cohort"),
        _(
            "An activity counts for a cohort only if it happened between the day the trainee joined "
            "the cohort and the day they left it, both included (certificates: the day of issue). "
            "A trainee in several cohorts counts in each of them."
        ),
    ),
    (
        "course",
        _("Course"),
        _(
            "Exercise attempts belong to the course whose lesson they were started from; attempts "
            "started from the exercise catalogue belong to no course."
        ),
    ),
    (
        "sex",
        _("Sex"),
        _(
            "As stated by each trainee in their profile: female, male, or not stated (they preferred "
            "not to say or did not answer). Reported only in totals, never next to a name."
        ),
    ),
    (
        "small_cells",
        _("Small cells"),
        _(
            "In every table that shows sex, a cell with 1 to %(n)d people is not shown, with all its "
            "figures; so that no total gives it back, the smallest other cell of its row or column is "
            "not shown either, until no hidden cell stands alone in any row or column."
        ),
    ),
)


def measure_definitions() -> list[tuple[str, str]]:
    return [(str(label), str(text)) for _key, label, text in MEASURES]


def rule_definitions(*, with_sex: bool = True) -> list[tuple[str, str]]:
    """The rules in the active language; those about sex only for tables that show it."""
    rules = []
    for key, label, text in RULES:
        if key in ("sex", "small_cells") and not with_sex:
            continue
        rules.append((str(label), str(text) % {"n": MIN_PEOPLE - 1} if key == "small_cells" else str(text)))
    return rules
