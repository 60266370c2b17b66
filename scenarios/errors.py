"""Errors raised by scenario services (`core.errors.UserFacingError`s), each
carrying translated messages."""

from dataclasses import dataclass, field

from core.errors import UserFacingError


@dataclass(frozen=True)
class Problem:
    """One thing wrong, and where: `where` names the field, row or column;
    `target`, when set, is the object to edit to fix it (the review page links it)."""

    where: str
    message: str
    target: object = field(default=None, compare=False, repr=False)

    def __str__(self):
        return f"{self.where}: {self.message}" if self.where else self.message


class ScenarioError(UserFacingError):
    """A scenario action was refused; `problems` lists why, `message` is all of
    them in one line."""

    def __init__(self, problems):
        if not isinstance(problems, list | tuple):
            problems = [problems]
        self.problems = [p if isinstance(p, Problem) else Problem("", str(p)) for p in problems]
        super().__init__("; ".join(str(p) for p in self.problems))


class ScenarioLockedError(ScenarioError):
    pass


class ScenarioInvalidError(ScenarioError):
    pass


class ScenarioImportError(ScenarioError):
    pass
