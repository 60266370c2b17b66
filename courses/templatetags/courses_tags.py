from django import template

register = template.Library()


@register.simple_tag
def learner_panel(panels, course_key):
    """The panels other apps add about the reader in one course, from the
    ``learner_panels`` the view read for every course it shows
    (courses.panels.learner_panels)."""
    return (panels or {}).get(course_key, "")
