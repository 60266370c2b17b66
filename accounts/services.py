from typing import Any

from django.conf import settings
from django.db import transaction

from .models import PROFILE_FIELDS, User


@transaction.atomic
def user_update_profile(*, user: User, data: dict[str, Any]) -> User:
    """Write the profile fields present in `data` to `user` in one save."""
    changed = [name for name in PROFILE_FIELDS if name in data]
    for name in changed:
        setattr(user, name, data[name])
    user.full_clean(exclude=[f.name for f in User._meta.fields if f.name not in changed])
    user.save(update_fields=changed)
    if "preferred_language" in changed:
        _wagtail_language_sync(user)
    return user


@transaction.atomic
def user_set_language(*, user: User, language: str) -> None:
    """Remember `language` as the user's preferred language."""
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
        _wagtail_language_sync(user)


def _wagtail_language_sync(user: User) -> None:
    """Keep the Wagtail admin profile's language (which Wagtail's own e-mails,
    such as moderation notices, are written in) equal to ours, where the
    admin offers that language; otherwise leave Wagtail's choice alone."""
    from wagtail.users.models import UserProfile

    permitted = {code for code, _name in getattr(settings, "WAGTAILADMIN_PERMITTED_LANGUAGES", [])}
    if user.preferred_language in permitted:
        UserProfile.objects.update_or_create(
            user=user, defaults={"preferred_language": user.preferred_language}
        )
