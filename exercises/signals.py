"""Signals other apps subscribe to; `exercises` sends them and knows nothing
of the receivers."""

from django.dispatch import Signal

# Sent once per attempt, after the transaction that submitted (and scored) it
# commits. kwargs: attempt (the submitted Attempt, breakdown included).
attempt_submitted = Signal()
