"""Signals other apps subscribe to; `exercises` sends them and knows nothing
of the receivers."""

from django.dispatch import Signal

# Sent once per attempt inside the transaction that submits (and scores) it,
# right after the scored row is written: receivers write what must agree with
# the attempt, in the same commit (an error rolls the submission back).
# kwargs: attempt (the submitted Attempt, breakdown included).
attempt_scored = Signal()

# Sent once per attempt, after the transaction that submitted (and scored) it
# commits. kwargs: attempt (the submitted Attempt, breakdown included).
attempt_submitted = Signal()
