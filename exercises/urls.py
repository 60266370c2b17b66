from django.urls import path

from . import views

app_name = "exercises"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("attempts/<uuid:public_id>/", views.workspace, name="workspace"),
    path("attempts/<uuid:public_id>/c/<str:ref>/", views.item, name="item"),
    path("attempts/<uuid:public_id>/osint/", views.osint, name="osint"),
    path("attempts/<uuid:public_id>/osint/<str:ref>/", views.osint_page, name="osint_page"),
    path("attempts/<uuid:public_id>/finish/", views.finish_selection, name="finish"),
    path("attempts/<uuid:public_id>/examine/", views.examine, name="examine"),
    path("attempts/<uuid:public_id>/submit/", views.submit, name="submit"),
    path("attempts/<uuid:public_id>/debrief/", views.debrief, name="debrief"),
    path("review/", views.review_list, name="review_list"),
    path("review/<uuid:public_id>/", views.review_detail, name="review"),
]
