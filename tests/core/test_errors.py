"""Every app refuses a request through one base error: a translated message
and the HTTP status a view answers with."""

from http import HTTPStatus

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from certificates import signing
from certificates.services import ALREADY_REVOKED, CertificateError
from core.errors import UserFacingError
from courses.services import ERR_NOT_ENROLLED, CourseError
from exercises import errors as exercise_errors
from h5p.services import H5PError
from h5p.validation import PackageInvalid
from mentoring.services import ERR_EMPTY_NOTE, MentoringError
from privacy.services import NOT_PENDING, PrivacyError
from scenarios.errors import ScenarioError
from scenarios.services import NOT_A_DRAFT


@pytest.mark.parametrize(
    ("error_class", "message", "status"),
    [
        (exercise_errors.ExerciseError, exercise_errors.OVER_BUDGET, HTTPStatus.BAD_REQUEST),
        (exercise_errors.AttemptClosedError, exercise_errors.SUBMITTED, HTTPStatus.CONFLICT),
        (exercise_errors.StaleSaveError, exercise_errors.STALE, HTTPStatus.CONFLICT),
        (exercise_errors.NotYourAttemptError, exercise_errors.NOT_YOURS, HTTPStatus.NOT_FOUND),
        (CourseError, ERR_NOT_ENROLLED, HTTPStatus.BAD_REQUEST),
        (CertificateError, ALREADY_REVOKED, HTTPStatus.BAD_REQUEST),
        (signing.PayloadError, signing.BAD_SIGNATURE, HTTPStatus.BAD_REQUEST),
        (H5PError, _("The activity's place in the lesson is not valid."), HTTPStatus.BAD_REQUEST),
        (PackageInvalid, _("The activity's place in the lesson is not valid."), HTTPStatus.BAD_REQUEST),
        (MentoringError, ERR_EMPTY_NOTE, HTTPStatus.BAD_REQUEST),
        (PrivacyError, NOT_PENDING, HTTPStatus.BAD_REQUEST),
        (ScenarioError, NOT_A_DRAFT, HTTPStatus.BAD_REQUEST),
    ],
)
def test_every_apps_refusal_is_a_user_facing_error_in_the_readers_language(error_class, message, status):
    with translation.override("ru"):
        error = error_class(message)
        shown = str(error.message)
    assert isinstance(error, UserFacingError)
    assert error.status == status
    assert shown == str(error) != ""
    with translation.override("ru"):
        assert shown == str(message)
    assert shown != str(message), "the message is translated, not English"
