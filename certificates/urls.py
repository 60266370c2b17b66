from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify"),
    path("verify/key/", views.verify_key, name="verify_key"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("certificates/", views.my_certificates, name="mine"),
    path("certificates/<int:pk>/pdf/", views.download, name="download"),
]
