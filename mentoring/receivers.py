from django.dispatch import receiver

from exercises.signals import attempt_submitted

from .services import attempt_tally


@receiver(attempt_submitted, dispatch_uid="mentoring.attempt_tally")
def _tally_submitted_attempt(sender, attempt, **kwargs):
    attempt_tally(attempt=attempt)
