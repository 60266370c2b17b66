import csv
import io
import json
import zipfile
from http import HTTPStatus

from django.urls import reverse

from core.models import AuditEntry
from tests.privacy.forms import post_form, strict_client

CATEGORIES = {
    "profile",
    "enrolments",
    "progress",
    "quiz_attempts",
    "exercise_attempts",
    "exercise_selections",
    "exercise_debriefs",
    "osint_queries",
    "mentor_feedback",
    "h5p_results",
    "h5p_statements",
    "h5p_saved_state",
    "certificates",
    "indicator_tallies",
    "audit_log",
}


def _download(client, user, language="en"):
    client = strict_client(user)
    response = post_form(client, reverse("accounts:profile"), reverse("privacy:export"))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/zip"
    assert "private" in response["Cache-Control"]
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_the_download_holds_every_category_as_json_and_csv(client, footprint):
    archive = _download(client, footprint.user)
    names = set(archive.namelist())
    assert {f"{key}.csv" for key in CATEGORIES} | {"data.json", "README.txt"} <= names
    data = json.loads(archive.read("data.json"))["categories"]
    assert set(data) == CATEGORIES

    profile = data["profile"]["rows"][0]
    assert profile["full_name"] == "Мерген Аннаев"
    assert profile["duty_station"] == "Turkmenbashi seaport PCU"
    assert profile["sex"] == "Male"
    assert profile["cohorts"] == "Aktau and Altynkol PCU"
    assert [row["course"] for row in data["enrolments"]["rows"]] == [footprint.course.title]
    assert any(row["completed_at"] for row in data["progress"]["rows"])
    assert [(row["kind"], row["score"]) for row in data["quiz_attempts"]["rows"]] == [("quiz", 80.0)]
    attempts = {row["attempt"]: row for row in data["exercise_attempts"]["rows"]}
    assert attempts[str(footprint.submitted.public_id)]["score"] == footprint.submitted.score
    assert attempts[str(footprint.open_attempt.public_id)]["score"] is None
    debriefed = {row["attempt"] for row in data["exercise_debriefs"]["rows"]}
    assert debriefed == {str(footprint.submitted.public_id)}
    assert any(row["high_risk"] for row in data["exercise_debriefs"]["rows"])
    justifications = {row["justification"] for row in data["exercise_selections"]["rows"]}
    assert {"Seal numbers differ", "Route odd"} <= justifications
    assert [row["query"] for row in data["osint_queries"]["rows"]] == ["Caspian Star Shipping"]
    assert [row["feedback"] for row in data["mentor_feedback"]["rows"]] == ["Good eye for the seals."]
    assert [row["activity"] for row in data["h5p_results"]["rows"]] == ["Manifest check"]
    assert data["h5p_statements"]["rows"] and data["h5p_saved_state"]["rows"]
    assert [row["code"] for row in data["certificates"]["rows"]] == [footprint.certificate.code]
    assert data["indicator_tallies"]["rows"]

    with archive.open("mentor_feedback.csv") as raw:
        text = raw.read().decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Attempt", "mentor", "feedback", "When"]
    assert rows[1][2] == "Good eye for the seals."


def test_an_open_attempts_hidden_truth_is_not_in_the_download(client, footprint):
    archive = _download(client, footprint.user)
    everything = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert footprint.open_result not in everything
    # Mentors' private session notes are not addressed to the trainee.
    assert "Private: asked about a transfer." not in everything


def test_a_formula_typed_by_the_user_is_neutralised_in_the_csv(client, footprint):
    footprint.user.duty_station = '=HYPERLINK("http://evil.example","x")'
    footprint.user.save()
    archive = _download(client, footprint.user)
    rows = list(csv.reader(io.StringIO(archive.read("profile.csv").decode("utf-8").lstrip("\ufeff"))))
    station = rows[1][rows[0].index("duty station or unit")]
    assert station.startswith("'=")


def test_the_download_is_in_the_users_language_and_audited(client, footprint):
    footprint.user.preferred_language = "ru"
    footprint.user.save()
    archive = _download(client, footprint.user)
    header = archive.read("certificates.csv").decode("utf-8").lstrip("\ufeff").splitlines()[0]
    assert "Курс" in header
    assert "Всё, что Академия ГПК хранит о вас" in archive.read("README.txt").decode("utf-8")
    entry = AuditEntry.objects.get(action="privacy.export")
    assert entry.actor == footprint.user and entry.target_id == str(footprint.user.pk)
    assert entry.details["categories"]["certificates"] == 1


def test_only_the_signed_in_person_downloads_and_only_by_post(client, db):
    response = client.post(reverse("privacy:export"))
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response["Location"]
    assert not AuditEntry.objects.filter(action="privacy.export").exists()


def test_the_download_states_the_evidence_a_certificate_was_issued_on(client, footprint):
    """The skill estimate printed on a certificate is the holder's data too."""
    footprint.certificate.evidence = {
        "rule_met": True,
        "forms": 4,
        "decisions": 160,
        "d_prime": 1.9712,
        "d_prime_low": 1.5403,
        "d_prime_high": 2.4021,
        "min_forms": 3,
        "max_width": 1.0,
    }
    footprint.certificate.save(update_fields=["evidence"])
    data = json.loads(_download(client, footprint.user).read("data.json"))["categories"]
    (row,) = data["certificates"]["rows"]
    assert "assessed exercise forms: 4; decisions: 160" in row["evidence"]
    assert "1.97 (95% interval 1.54 to 2.40)" in row["evidence"]


def test_courses_are_named_as_the_reader_sees_them_a_withdrawn_translation_not_at_all(footprint):
    """The download names a course as the platform's pages do for the reader
    (reports.selectors.course_titles): its live translation, else its title."""
    from wagtail.models import Locale

    from privacy.selectors import personal_data_collect

    russian = footprint.course.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    russian.title = "Профилирование контейнеров"
    russian.save_revision().publish()
    withdrawn = footprint.course.copy_for_translation(
        Locale.objects.get(language_code="uz"), copy_parents=True
    )
    withdrawn.title = "Konteynerlarni profillash"
    withdrawn.save_revision().publish()
    withdrawn.refresh_from_db()
    withdrawn.unpublish()

    def enrolled_in(language):
        categories = personal_data_collect(user=footprint.user, language=language)
        return [row["course"] for row in next(c for c in categories if c.key == "enrolments").rows]

    assert enrolled_in("ru") == ["Профилирование контейнеров"]
    assert enrolled_in("uz") == [footprint.course.title]
    assert enrolled_in("en") == [footprint.course.title]


def test_lessons_are_named_by_their_published_title_an_unpublished_translation_not_at_all(client, footprint):
    """A translation an editor has not published yet (and its title) is not
    the lesson's name; once published, it is, for a reader of its language."""
    from wagtail.models import Locale

    from courses.models import LessonPage
    from courses.selectors.structure import localised

    lesson = LessonPage.objects.live().descendant_of(footprint.course).first()
    draft = lesson.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    draft.title = "Черновик урока"
    draft.save()
    assert not localised([lesson], draft.locale, LessonPage)  # no live Russian lesson
    footprint.user.preferred_language = "ru"
    footprint.user.save()

    def lesson_names():
        data = json.loads(_download(client, footprint.user).read("data.json"))["categories"]
        return {row["lesson"] for key in ("progress", "quiz_attempts") for row in data[key]["rows"]}

    assert lesson_names() == {lesson.title}

    draft.save_revision().publish()
    assert lesson_names() == {"Черновик урока"}
