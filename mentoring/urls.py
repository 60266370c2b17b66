from django.urls import path

from . import views

app_name = "mentoring"

urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("cohorts/<int:cohort_id>/trainees/<int:user_id>/", views.mentee, name="mentee"),
    path(
        "cohorts/<int:cohort_id>/trainees/<int:user_id>/notes/<int:note_id>/",
        views.note_edit,
        name="note_edit",
    ),
    path(
        "cohorts/<int:cohort_id>/trainees/<int:user_id>/notes/<int:note_id>/delete/",
        views.note_delete,
        name="note_delete",
    ),
]
