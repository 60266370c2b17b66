"""What every figure of the programme's reports means, in the reader's
language: shown under the dashboard, on the first sheet or in the header of
every export and at the end of the programme report (docs/reports.md says
the same in English)."""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from .selectors import EXPIRING_DAYS
from .suppression import MIN_PEOPLE


def _expiring_definition() -> str:
    return ngettext(
        "Certificates valid today that expire within the next %(days)d day, whatever the period "
        "(by month: the month they expire).",
        "Certificates valid today that expire within the next %(days)d days, whatever the period "
        "(by month: the month they expire).",
        EXPIRING_DAYS,
    ) % {"days": EXPIRING_DAYS}


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
        # In the reader's language when shown, with the days of reports.selectors.EXPIRING_DAYS.
        lazy(_expiring_definition, str)(),
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


# What each column of an export means: every export states the definition of
# each of its columns (docs/reports.md, "Exports"), then the rules above.
COURSE_TITLE = _(
    "The course, by its title in the reader's language (its translation where there is one, else the "
    "original title)."
)
D_PRIME_LOW = (
    # xgettext:no-python-format
    _("d′ 95 % low"),
    # xgettext:no-python-format
    _("The lower end of the 95 % interval of d′ (see d′)."),
)
D_PRIME_HIGH = (
    # xgettext:no-python-format
    _("d′ 95 % high"),
    # xgettext:no-python-format
    _("The upper end of the 95 % interval of d′ (see d′)."),
)
MEDIAN_DAYS = _(
    "The median number of days from enrolment to completion, over the completions in the period (current "
    "ones, not the earlier completions of a course taken again); empty without completions."
)

# The breakdown's dimensions as columns (the rules "Cohort" and "Sex" define theirs).
DIMENSIONS = {
    "country": _("The trainee's country, as their profile states it today."),
    "agency": _("The trainee's agency, as their profile states it today."),
    "duty_station": _("The trainee's duty station or unit, as their profile states it today."),
    "course": _(
        "The course, by its title in the reader's language. Exercise attempts count for the course whose "
        "lesson they were started from; attempts started from the exercise catalogue count under “No "
        "course (exercise catalogue)”."
    ),
    "month": _("The calendar month of each event's own date (see Period), written year-month."),
    "quarter": _("The calendar quarter of each event's own date (see Period)."),
}

# The other tables of the dashboard: (column, definition) in the table's order.
TABLES = {
    "courses": (
        (_("Course"), COURSE_TITLE),
        (_("Enrolments"), _("Enrolments in the course made in the period (by enrolment date).")),
        (
            _("Of which completed"),
            _(
                "Of those enrolments, the ones whose course the trainee has completed, whenever they completed it."
            ),
        ),
        (_("Completion rate (%)"), _("“Of which completed” as a percentage of the enrolments.")),
        (
            _("Completions in the period"),
            _(
                "Completions of the course in the period (by completion date), including the earlier completion "
                "of a course a trainee later took again to renew a certificate, whenever they enrolled."
            ),
        ),
        (_("Median days to completion"), MEDIAN_DAYS),
    ),
    "monthly": (
        (_("Month"), _("The calendar month, written year-month.")),
        (_("Enrolments"), _("Enrolments in courses made in the month (by enrolment date).")),
        (
            _("Completions"),
            _(
                "Course completions in the month (by completion date), including the earlier completion of a "
                "course a trainee later took again to renew a certificate."
            ),
        ),
    ),
    "time_to_completion": (
        (
            _("Days"),
            _(
                "Days from enrolment to completion, in bands: a band includes its lower end and stops before "
                "its upper end (0–7: less than 7 days)."
            ),
        ),
        (
            _("Completions"),
            _(
                "Completions in the period (current ones, not the earlier completions of a course taken again) "
                "whose days from enrolment fall in the band."
            ),
        ),
    ),
    "scores": (
        (
            _("Score"),
            _(
                "The composite exercise score (0 to 100) in bands of 10 points: a band includes its lower end "
                "and stops before its upper end; the last one includes 100."
            ),
        ),
        (
            _("Attempts"),
            _(
                "Assessed exercise attempts submitted in the period whose score falls in the band; practice "
                "attempts never count."
            ),
        ),
    ),
    "skill": (
        (_("Month"), _("The calendar month in which the attempts were submitted, written year-month.")),
        (
            _("Attempts"),
            _("Assessed exercise attempts submitted in the month; practice attempts never count."),
        ),
        (
            _("Decisions"),
            _("Container decisions of those attempts: every consignment of each attempt, opened or not."),
        ),
        (
            _("Hit rate"),
            _(
                "Of the containers the trainees opened in those attempts, the share that was high-risk (hits "
                "divided by containers opened, every attempt of the month pooled), from 0 to 1."
            ),
        ),
        (
            # xgettext:no-python-format
            _("Hit rate 95 % low"),
            # xgettext:no-python-format
            _("The lower end of the 95 % Wilson interval of the hit rate."),
        ),
        (
            # xgettext:no-python-format
            _("Hit rate 95 % high"),
            # xgettext:no-python-format
            _("The upper end of the 95 % Wilson interval of the hit rate."),
        ),
        (
            "d′",
            _(
                # xgettext:no-python-format
                "Sensitivity d′ of the month's container decisions pooled: how much better than chance the "
                "trainees told high-risk from clean containers (hits against false alarms, with the "
                "log-linear correction), with its 95 % interval over those decisions. 0 is chance."
            ),
        ),
        D_PRIME_LOW,
        D_PRIME_HIGH,
    ),
    "categories": (
        (_("Category"), _("A category of the indicator catalogue.")),
        (
            _("Planted"),
            _(
                "Indicators of the category planted in the high-risk containers the trainees opened and cited "
                "at least one indicator for, in the assessed attempts submitted in the period."
            ),
        ),
        (_("Found"), _("Of those planted indicators, the ones the trainees cited.")),
        (
            _("Missed"),
            _("Of those planted indicators, the ones the trainees did not cite (planted minus found)."),
        ),
        (_("Missed (%)"), _("Missed as a percentage of planted.")),
        (
            _("Over-flagged"),
            _("Indicators of the category the trainees cited on an opened container where none was planted."),
        ),
    ),
    "certificates": (
        (_("Course"), COURSE_TITLE),
        (_("Issued in the period"), _("Certificates of the course issued in the period (by date of issue).")),
        (
            _("Revoked in the period"),
            _("Certificates of the course revoked in the period (by date of revocation), whenever issued."),
        ),
        (
            _("Valid today"),
            _(
                "Certificates of the course neither revoked nor expired today (a certificate without an expiry "
                "date does not expire), whatever the period."
            ),
        ),
        (
            # The plural form follows the days filled in (table_definitions' `days`).
            ngettext_lazy("Expiring within %(days)d day", "Expiring within %(days)d days", "days"),
            ngettext_lazy(
                "Certificates of the course valid today that expire within the next %(days)d day, whatever "
                "the period.",
                "Certificates of the course valid today that expire within the next %(days)d days, whatever "
                "the period.",
                "days",
            ),
        ),
    ),
}

# The headline figures (the first sheet of the workbook of every table): the
# two columns, then each figure not among the measures above.
HEADLINE_COLUMNS = (
    (_("Figure"), _("The name of the headline figure; each one is defined below.")),
    (
        _("Value"),
        _(
            "The figure for every trainee the filters select, in the period; the counts of people are the "
            "totals of the breakdown."
        ),
    ),
)
HEADLINE_FIGURES = (
    (_("Enrolments"), _("Enrolments in courses made in the period (by enrolment date).")),
    (_("Expiring soon"), next(text for key, _label, text in MEASURES if key == "certificates_expiring")),
    (_("Median days to completion"), MEDIAN_DAYS),
    (
        _("Pass rate (%)"),
        _(
            "Assessed exercise attempts submitted in the period that reached their scenario's pass mark, as a "
            "percentage of those attempts."
        ),
    ),
)

# The audit log's export.
AUDIT_COLUMNS = (
    (_("When"), _("When it happened: ISO 8601 to the second, with the offset of the programme's time zone.")),
    (
        _("Who"),
        _(
            "The e-mail address of the person who did it, as it was then; empty when no signed-in person "
            "did it."
        ),
    ),
    (_("Action"), _("What was done, as a code: the app, a dot and the action (reports.export).")),
    (_("Object type"), _("The kind of record it was done to (app.model); empty when none.")),
    (_("Object id"), _("The id of that record.")),
    (_("Object"), _("That record as it was named then.")),
    (
        _("IP address"),
        _(
            "The IP address the request came from; empty when there was no web request (a command) or the "
            "address is unknown."
        ),
    ),
    (_("Details"), _("What else was recorded about it (filters, counts, earlier values), as JSON.")),
)


# The course enrolment report (Reports › Course enrolments, courses/viewsets.py),
# by the keys of reports.selectors.enrolment_report_rows.
ENROLMENT_REPORT = {
    "learner": (
        _("Learner"),
        _("The trainee's full name as their profile gives it (the name on certificates)."),
    ),
    "email": (_("E-mail"), _("The trainee's e-mail address, with which they sign in.")),
    "country": (_("Country"), DIMENSIONS["country"]),
    "agency": (_("Agency"), DIMENSIONS["agency"]),
    "course": (_("Course"), COURSE_TITLE),
    "enrolled_at": (
        _("Enrolled at"),
        _(
            "When the trainee was enrolled in the course: ISO 8601 to the second, with the offset of the "
            "programme's time zone."
        ),
    ),
    "how": (
        _("How"),
        _("How the enrolment was made: by the trainee themselves, or by staff (a cohort too)."),
    ),
    "lessons_completed": (
        _("Lessons completed"),
        _(
            "The lessons the course requires that the trainee has completed, in any of its languages, in the "
            "current cycle (taking a course again to renew a certificate starts a new one)."
        ),
    ),
    "lessons_required": (
        _("Lessons required"),
        _("The lessons the course requires for completion: every live lesson, or those its page chooses."),
    ),
    "percent": (
        _("Progress (%)"),
        _("Lessons completed as a percentage of lessons required, rounded; 0 when the course requires none."),
    ),
    "completed_at": (
        _("Completed at"),
        _(
            "When the trainee completed the course (ISO 8601, as above); empty while they have not, and "
            "while they take it again to renew a certificate."
        ),
    ),
}


def labelled(pairs, **values) -> list[tuple[str, str]]:
    """(column, definition) pairs in the active language, with `values` filled
    in (only for texts with placeholders: "95 %" is no placeholder). A plural
    text (ngettext_lazy with a key of `values`) is formatted before it is made
    text, so that its form follows the number filled in."""
    if not values:
        return [(str(name), str(text)) for name, text in pairs]
    return [(str(name % values), str(text % values)) for name, text in pairs]


def table_definitions(key: str, **values) -> list[tuple[str, str]]:
    """(column, definition) of every column of dashboard table `key` (not the
    breakdown), in the table's order and the active language."""
    return labelled(TABLES[key], **values)


def dimension_definition(key: str) -> str:
    """What the breakdown's column for dimension `key` holds."""
    rules = {rule: text for rule, _label, text in RULES}
    return str(DIMENSIONS[key] if key in DIMENSIONS else rules[key])


def measure_column_definitions() -> list[tuple[str, str]]:
    """(column, definition) of the breakdown's figures: every measure, d′ in
    three columns (the value and its interval)."""
    columns = []
    for key, label, text in MEASURES:
        if key == "d_prime":
            columns += [("d′", str(text)), *labelled((D_PRIME_LOW, D_PRIME_HIGH))]
        else:
            columns.append((str(label), str(text)))
    return columns


def headline_definitions(figures) -> list[tuple[str, str]]:
    """The headline sheet's columns, then each of `figures` (its labels)."""
    known = {str(label): str(text) for _key, label, text in MEASURES} | dict(labelled(HEADLINE_FIGURES))
    return labelled(HEADLINE_COLUMNS) + [(str(name), known[str(name)]) for name in figures]


def export_definitions(columns, *, with_sex: bool) -> list[tuple[str, str]]:
    """What one table's export states: its columns' definitions, then the
    rules for every figure that no column already names."""
    names = {name for name, _text in columns}
    return list(columns) + [rule for rule in rule_definitions(with_sex=with_sex) if rule[0] not in names]


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
