from django import template

from privacy.forms import ErasureAskForm
from privacy.selectors import erasure_pending_for

register = template.Library()


@register.inclusion_tag("privacy/includes/profile_section.html", takes_context=True)
def privacy_profile_section(context):
    """The "Your data" part of the profile page: the download, and asking
    for erasure (or the pending request)."""
    user = context["request"].user
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "pending": erasure_pending_for(user),
        "erasure_form": context.get("erasure_form") or ErasureAskForm(),
    }


@register.filter
def sees_posting(user) -> bool:
    """Whether `user` may see where people serve (agency and duty station):
    programme staff, who enrol and report by them. Mentors coach the person
    and see name and country only (docs/privacy.md, minimisation)."""
    from privacy.selectors import posting_visible_to

    return posting_visible_to(user)
