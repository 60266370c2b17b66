from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("enrol/<int:page_id>/", views.enrol, name="enrol"),
    path("restart/<int:page_id>/", views.restart, name="restart"),
    path("lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:page_id>/quiz/<str:assessment_key>/", views.quiz_submit, name="quiz_submit"),
]
