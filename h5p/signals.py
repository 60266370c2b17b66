from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .files import stored_file_delete
from .models import H5PFile


@receiver(post_delete, sender=H5PFile, dispatch_uid="h5p_file_delete_stored")
def delete_stored_file(sender, instance, **kwargs):
    # Deleting an activity or replacing a library removes its rows; the stored
    # bytes go once the deletion is committed.
    name = instance.file.name
    storage = instance.file.storage
    if name:
        transaction.on_commit(lambda: stored_file_delete(storage, name))
