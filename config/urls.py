from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import last_modified
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from accounts.admin_account import FullNameAccountView
from accounts.views import admin_login_redirect
from core import serving
from core import views as core_views
from core.media import public_media
from reports import wagtail_exports

handler500 = "core.views.server_error"

# The JavaScript catalogue (djangojs in LOCALE_PATHS) changes only with a
# deployment: browsers keep it for an hour and then revalidate it cheaply.
_STARTED = timezone.now()
javascript_catalog = cache_control(max_age=3600)(
    last_modified(lambda request, **kwargs: _STARTED)(JavaScriptCatalog.as_view(packages=[]))
)

# Wagtail's page URLs, its serve view with our routing shortcut (core/serving.py).
wagtail_page_urls = [
    *(pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"),
    re_path(serve_pattern, serving.serve, name="wagtail_serve"),
]

# Both admins sign in through allauth's login: one rate-limited, MFA-aware door.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/login/", admin_login_redirect, name="wagtailadmin_login_redirect"),
    # Account settings that save with a full name alone (accounts/admin_account.py).
    path(
        "admin/account/",
        never_cache(require_admin_access(FullNameAccountView.as_view())),
        name="wagtailadmin_account",
    ),
    # Wagtail's report exports through our spreadsheet rule (same addresses).
    path("admin/", include(wagtail_exports.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", core_views.set_language, name="set_language"),
    path("healthz", core_views.healthz, name="healthz"),
    path("scenarios/", include("scenarios.urls")),
]

urlpatterns += i18n_patterns(
    path("jsi18n/", javascript_catalog, name="javascript-catalog"),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("accounts.urls")),
    path("privacy/", include("privacy.urls")),
    path("learning/", include("courses.urls")),
    path("h5p/", include("h5p.urls")),
    path("exercises/", include("exercises.urls")),
    path("mentoring/", include("mentoring.urls")),
    path("", include("certificates.urls")),
    path("", include(wagtail_page_urls)),
    prefix_default_language=True,
)

# Media by address: public course images only, in every mode (DEBUG too);
# certificates, H5P files and documents only through their own views.
urlpatterns.insert(0, path("media/<path:path>", public_media, name="public_media"))
