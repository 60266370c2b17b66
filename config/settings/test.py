"""Settings for the pytest suite: fast hashing, in-memory cache and e-mail,
temporary media."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
PCU_SEED_SECRET = "test-only-seed-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change pages directly; tests/core/test_anonymous_cache.py turns the page cache on.
PAGE_CACHE_SECONDS = 0
# Figures computed for every request (tests change data between requests).
DASHBOARD_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="pcu-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="pcu-test-static-")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
REQUIRE_STAFF_MFA = False
ACCOUNT_ALLOW_SIGNUP = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CERTIFICATE_SIGNING_KEY = CERTIFICATE_DEVELOPMENT_SIGNING_KEY  # noqa: F405
CERTIFICATE_TRUSTED_PUBLIC_KEYS = []
CERTIFICATE_VERIFY_BASE_URL = "https://academy.example.org"
