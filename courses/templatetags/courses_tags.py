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
# Seconds rendered blocks are kept at most (a new content version or
# revision drops them sooner).
SHARED_BLOCKS_SECONDS = 3600


@register.simple_tag(takes_context=True)
def shared_blocks_html(context, page) -> dict:
    """{block id: HTML} of the page's shared blocks (SHARED_BLOCK_TYPES),
    kept in the default cache by page, live revision and active language
    under the content version (core.content_version: any publication, a
    linked page, image or document changing), so every reader of the same
    revision in one language gets the same HTML. A preview, or a page that
    is not live, is always rendered afresh."""
    from django.utils.translation import get_language

    from core.content_version import versioned_cache_get

    request = context.get("request")
    if not page.pk or not page.live or getattr(request, "is_preview", False):
        return {}

    def render() -> dict:
        found = {}
        for block in page.body:
            if block.block_type in SHARED_BLOCK_TYPES:
                block_context = context.flatten()
                block_context["block_id"] = block.id
                found[str(block.id)] = block.render_as_block(context=block_context)
        return found

    key = f"courses:lesson-blocks:{page.pk}:{page.live_revision_id}:{get_language()}"
    return versioned_cache_get(key, render, timeout=SHARED_BLOCKS_SECONDS)
