from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, user_roles

_LOOK_UP = object()


def nav_items(user, *, catalogue_url=_LOOK_UP) -> list[dict]:
    """The main menu for `user`. `catalogue_url`: the course catalogue's
    address in the active language when the page already knows it (None:
    there is none), else it is looked up."""
    roles = user_roles(user)
    items = []
    if Role.TRAINEE in roles or not user.is_authenticated:
        # Visitors see the course catalogue too: what they would sign up for.
        if catalogue_url is _LOOK_UP:
            from courses.selectors.structure import course_index_url

            catalogue_url = course_index_url()
        index_url = catalogue_url
        if index_url:
            items.append({"label": _("Courses"), "url": index_url})
    if Role.TRAINEE in roles:
        items.append({"label": _("My learning"), "url": reverse("courses:my_learning")})
    if user.is_authenticated:
        items.append({"label": _("Exercises"), "url": reverse("exercises:catalogue")})
    if Role.MENTOR in roles or Role.STAFF in roles:
        items.append({"label": _("Mentor workspace"), "url": reverse("mentoring:workspace")})
        items.append({"label": _("Attempts to review"), "url": reverse("exercises:review_list")})
    if Role.MENTOR in roles or Role.STAFF in roles:
        items.append({"label": _("Administration"), "url": reverse("wagtailadmin_home")})
    return items


def site_chrome(request) -> dict:
    """Header data every page needs: languages for the switcher, role-aware
    navigation and the roles themselves. The menu is built when a template
    first shows it, so a page that gives its own (`nav_items` in the page's
    context, see LessonPage) does not look the catalogue up again."""
    user = getattr(request, "user", None)
    languages = [
        {"code": code, "name_local": get_language_info(code)["name_local"]}
        for code, _name in settings.LANGUAGES
    ]
    roles = user_roles(user) if user is not None else frozenset()
    return {
        "site_languages": languages,
        "nav_items": SimpleLazyObject(lambda: nav_items(user)) if user is not None else [],
        "user_role_labels": [role.label for role in Role if role in roles],
        "signup_open": settings.ACCOUNT_ALLOW_SIGNUP,
    }
