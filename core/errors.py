"""The one base of every error a user reads.

A service refuses a request by raising a subclass of `UserFacingError` (one
per app: `ExerciseError`, `CourseError`, `ScenarioError`, ...) with one of its
module's translatable message constants, formatted. Nothing was changed when
one is raised: services write in a transaction and check before they write.
Views show `message` (a flash message, a JSON error, a form error) and, where
they answer with a status of their own, answer with `status`; a subclass sets
its own status when the refusal is not the user's input (a conflict, a page
that is not theirs).
"""

from http import HTTPStatus


class UserFacingError(Exception):
    """A refused request: `message` (translatable) says why, `status` is the HTTP
    status a view answers with."""

    status: HTTPStatus = HTTPStatus.BAD_REQUEST

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message
