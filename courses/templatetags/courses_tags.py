from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`mapping[key]`, or None: for dicts keyed by block id in templates."""
    try:
        return mapping.get(str(key))
    except AttributeError:
        return None


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


# Lesson blocks whose HTML is the same for every reader of the page in one
# language; the quiz, exercise and H5P blocks show each reader their own
# state and are rendered for every request.
SHARED_BLOCK_TYPES = frozenset(
    {"heading", "rich_text", "image", "video", "callout", "document", "glossary_term"}
)
_SHARED_HTML = None


@register.simple_tag(takes_context=True)
def shared_blocks_html(context, page) -> dict:
    """{block id: HTML} of the page's shared blocks (SHARED_BLOCK_TYPES),
    rendered once per page, language and pages generation in this process.
    A preview, or a page that is not live, is always rendered afresh."""
    global _SHARED_HTML
    from django.utils.translation import get_language

    from core.generations import LocalMemo, pages_generation_for

    request = context.get("request")
    if not page.pk or not page.live or getattr(request, "is_preview", False):
        return {}
    if _SHARED_HTML is None:
        _SHARED_HTML = LocalMemo(size=512)
    key = (page.pk, get_language(), pages_generation_for(page))
    found = _SHARED_HTML.get(key)
    if found is None:
        found = {}
        for block in page.body:
            if block.block_type in SHARED_BLOCK_TYPES:
                block_context = context.flatten()
                block_context["block_id"] = block.id
                found[str(block.id)] = block.render_as_block(context=block_context)
        _SHARED_HTML.set(key, found)
    return found
