from wagtail import hooks

from .page_cache import page_cache_allow


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    page_cache_allow(request, page)
