from wagtail import hooks

from .page_cache import page_cache_allow


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    page_cache_allow(request, page)


@hooks.register("before_create_page")
def free_slug_of_abandoned_draft(request, parent_page, page_class):
    # An abandoned "Add page" never blocks the next one (core/abandoned_drafts.py).
    from .abandoned_drafts import free_slug_held_by_abandoned_draft

    free_slug_held_by_abandoned_draft(request, parent_page)
