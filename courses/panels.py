"""HTML that other apps add about the reader in each course a page lists
(for instance the certificate), read once for every course on the page.

Each function registered with the Wagtail hook ``course_learner_panels`` is
called as ``fn(request=, course_keys=)`` and returns ``{course_key: HTML}``
for the courses it has something to say about. Courses knows nothing of
those apps."""

from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks


def learner_panels(request, course_keys) -> dict[str, SafeString]:
    """``{course_key: HTML}`` for every key in ``course_keys`` that a hook
    answered, the hooks' HTML in their registration order."""
    keys = list(course_keys)
    if request is None or not request.user.is_authenticated or not keys:
        return {}
    parts: dict[str, list[str]] = {}
    for fn in hooks.get_hooks("course_learner_panels"):
        for key, html in fn(request=request, course_keys=keys).items():
            if html:
                parts.setdefault(key, []).append(html)
    return {key: mark_safe("".join(html)) for key, html in parts.items()}  # noqa: S308 - hooks return rendered HTML
