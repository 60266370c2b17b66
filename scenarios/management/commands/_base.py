from django.core.management.base import CommandError

from scenarios.errors import ScenarioError


def fail(error: ScenarioError) -> CommandError:
    """One CommandError listing every problem, one per line."""
    return CommandError("\n".join(str(p) for p in error.problems))
