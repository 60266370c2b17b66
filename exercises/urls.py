from django.urls import path
from django.views.decorators.cache import never_cache

from . import views

app_name = "exercises"


def attempt_page(view):
    """A page of one attempt: never kept by the browser (Cache-Control: no-store),
    so Back after submitting asks the server again and shows the submitted state
    instead of a live-looking copy of the workspace."""
    return never_cache(view)


urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("attempts/<uuid:public_id>/", attempt_page(views.workspace), name="workspace"),
    path("attempts/<uuid:public_id>/c/<str:ref>/", attempt_page(views.item), name="item"),
    path("attempts/<uuid:public_id>/osint/", attempt_page(views.osint), name="osint"),
    path("attempts/<uuid:public_id>/osint/<str:ref>/", attempt_page(views.osint_page), name="osint_page"),
    path("attempts/<uuid:public_id>/finish/", attempt_page(views.finish_selection), name="finish"),
    path("attempts/<uuid:public_id>/examine/", attempt_page(views.examine), name="examine"),
    path("attempts/<uuid:public_id>/submit/", attempt_page(views.submit), name="submit"),
    path("attempts/<uuid:public_id>/debrief/", attempt_page(views.debrief), name="debrief"),
    path("review/", views.review_list, name="review_list"),
    path("review/<uuid:public_id>/", views.review_detail, name="review"),
]
