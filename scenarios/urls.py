from django.urls import path

from . import mentor_views, views

app_name = "scenarios"

urlpatterns = [
    path("<int:pk>/preview/", views.scenario_preview, name="preview"),
    path("<int:pk>/review/", mentor_views.scenario_review_redirect, name="review"),
    path("<int:pk>/export.json", mentor_views.scenario_export, name="export"),
    path("<int:pk>/consignments/upload/", mentor_views.consignments_upload, name="consignments_upload"),
    path("<int:pk>/<slug:action>/", mentor_views.scenario_action, name="action"),
    path("import/", mentor_views.scenario_import_view, name="import"),
]
