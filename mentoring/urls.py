from django.urls import path

from . import views

app_name = "mentoring"

urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("cohorts/<int:cohort_id>/trainees/<int:user_id>/", views.mentee, name="mentee"),
]
