from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.policy, name="policy"),
    path("export/", views.export, name="export"),
    path("erasure/", views.erasure_ask, name="erasure_ask"),
    path("erasure/withdraw/", views.erasure_withdraw, name="erasure_withdraw"),
]
