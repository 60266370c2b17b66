from allauth.account.signals import password_reset
from django.dispatch import receiver

from exercises.signals import attempt_scored

from .services import attempt_tally, invitations_accept


@receiver(attempt_scored, dispatch_uid="mentoring.attempt_tally")
def _tally_scored_attempt(sender, attempt, **kwargs):
    # In the submission's own transaction: the tallies commit with the score
    # or not at all, and no second transaction follows each submission.
    attempt_tally(attempt=attempt)


@receiver(password_reset, dispatch_uid="mentoring.invitations_accept")
def _invitation_accepted(sender, request, user, **kwargs):
    # The invitation link is allauth's password-reset-from-key page.
    invitations_accept(user=user)
