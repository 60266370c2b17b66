from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Attempt
from .services import debrief_cache_forget


@receiver(post_delete, sender=Attempt, dispatch_uid="exercises.debrief_cache_forget")
def _forget_deleted_attempts_debriefs(sender, instance, **kwargs):
    # An attempt goes with its trainee's account (the users' admin deletes
    # it); its debriefs kept rendered go once the deletion is committed.
    transaction.on_commit(lambda: debrief_cache_forget(attempts=[instance]))
