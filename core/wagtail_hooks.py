from wagtail import hooks


@hooks.register("before_create_page")
def free_slug_of_abandoned_draft(request, parent_page, page_class):
    # An abandoned "Add page" never blocks the next one (core/abandoned_drafts.py).
    from .abandoned_drafts import free_slug_held_by_abandoned_draft

    free_slug_held_by_abandoned_draft(request, parent_page)
