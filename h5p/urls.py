from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("activities/<uuid:uuid>/play/", views.play, name="play"),
    path("activities/<uuid:uuid>/xapi/", views.xapi, name="xapi"),
    path("activities/<uuid:uuid>/state/", views.state, name="state"),
    path("embed/<str:token>/", views.embed, name="embed"),
    path("embed/<str:token>/package/<path:path>", views.package_file, name="file"),
]
