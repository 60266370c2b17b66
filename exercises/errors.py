"""Errors raised by exercise services (`core.errors.UserFacingError`s). Each
carries a translated message and the HTTP status a view should answer with."""

from http import HTTPStatus

from django.utils.translation import gettext_lazy as _

from core.errors import UserFacingError


class ExerciseError(UserFacingError):
    """An exercise action was refused; nothing was recorded."""


class AttemptClosedError(ExerciseError):
    """The attempt no longer accepts this change (submitted, time up, or the
    selection is locked)."""

    status = HTTPStatus.CONFLICT


class StaleSaveError(ExerciseError):
    """The change was made on an older copy of the attempt (another tab)."""

    status = HTTPStatus.CONFLICT


class NotYourAttemptError(ExerciseError):
    status = HTTPStatus.NOT_FOUND


NOT_PUBLISHED = _("This scenario is not published.")
SUPERSEDED = _(
    "This version of the scenario has been replaced by a newer one and can no longer be started; "
    "start the current version from the exercise catalogue."
)
NO_ATTEMPTS_LEFT = _(
    "You have used all %(limit)d assessed attempts at this exercise; you can still practise it "
    "(practice attempts never count)."
)
OPEN_IN_OTHER_MODE = _(
    "You have an open %(mode)s attempt at this exercise: continue and submit it before starting another."
)
UNKNOWN_MODE = _("Unknown attempt mode: %(mode)s.")
NOT_YOURS = _("This attempt does not exist or is not yours.")
SUBMITTED = _("This attempt has already been submitted; the change was not saved.")
TIME_UP = _("The time for this attempt has run out; the change was not saved.")
LOCKED = _("The selection is locked for examination; it can no longer be changed.")
NOT_LOCKED = _("Finish the selection before examining containers.")
STALE = _("This page is out of date (the attempt was changed in another window). Reload it and try again.")
UNKNOWN_ITEM = _("Unknown consignment reference: %(ref)s.")
OVER_BUDGET = _("The inspection budget is %(budget)d containers; deselect one before selecting another.")
UNKNOWN_INDICATOR = _("Unknown risk indicator: %(code)s.")
TOO_LONG = _("The justification is longer than %(limit)d characters.")
NOT_SELECTED = _("Only selected containers can be examined or named in the alert.")
UNKNOWN_METHOD = _("Unknown examination method: %(method)s.")
ALREADY_EXAMINED = _("This container has already been examined.")
NOT_EXAMINED = _("Examine the container before recording a finding.")
UNKNOWN_CHOICE = _("Unknown value for %(field)s: %(value)s.")
EMPTY_FEEDBACK = _("Write some feedback before sending it.")
NOT_A_MENTOR = _("Only mentors and programme staff may review attempts.")
NOT_SUBMITTED = _("Feedback can only be given on a submitted attempt.")
