from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def course_learner_panels(context, course_key):
    """HTML that other apps add about one learner in one course (for instance
    the certificate): each function registered with the Wagtail hook
    "course_learner_panels" is called as fn(request=, course_key=) and returns
    HTML or "". Courses knows nothing of those apps."""
    from django.utils.safestring import mark_safe
    from wagtail import hooks

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return ""
    parts = (fn(request=request, course_key=course_key) for fn in hooks.get_hooks("course_learner_panels"))
    return mark_safe("".join(part for part in parts if part))  # noqa: S308 - each hook returns rendered HTML
