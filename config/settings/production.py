"""Production: PostgreSQL, secrets from the environment, HTTPS only, several
app servers and task workers sharing the database, the cache and the media.

Refuses to start without DJANGO_SECRET_KEY, PCU_SEED_SECRET, DJANGO_ALLOWED_HOSTS and a
PostgreSQL DATABASE_URL; malformed variables stop start-up with a message
naming them. With production values it passes
`manage.py check --deploy --fail-level WARNING`.
"""

import base64
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL
from .env import env_bool, env_int, env_list, env_str


def _require(name: str, hint: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"{name} is not set. {hint}")
    return value


SECRET_KEY = _require(
    "DJANGO_SECRET_KEY",
    "Production refuses to start without a secret key; generate one "
    "(for example: python -c 'import secrets; print(secrets.token_urlsafe(50))').",
)
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is too short: use at least 50 random characters.")
DEBUG = env_bool("DJANGO_DEBUG", False)

PCU_SEED_SECRET = _require(
    "PCU_SEED_SECRET",
    "Production refuses to start without the secret every drawn seed (demo scenarios, parallel forms of "
    "assessed exercises) is derived from; generate one "
    "(for example: python -c 'import secrets; print(secrets.token_urlsafe(32))').",
)
if len(PCU_SEED_SECRET) < 32:
    raise ImproperlyConfigured("PCU_SEED_SECRET is too short: use at least 32 random characters.")
if PCU_SEED_SECRET == SECRET_KEY:
    raise ImproperlyConfigured("PCU_SEED_SECRET must differ from DJANGO_SECRET_KEY.")

CERTIFICATE_SIGNING_KEY = _require(
    "CERTIFICATE_SIGNING_KEY",
    "Production refuses to start without the Ed25519 key that signs certificates; generate one "
    "(for example: python -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())').",
)
try:
    _certificate_seed = base64.urlsafe_b64decode(
        CERTIFICATE_SIGNING_KEY + "=" * (-len(CERTIFICATE_SIGNING_KEY) % 4)
    )
except ValueError:
    _certificate_seed = b""
if len(_certificate_seed) != 32:
    raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY must be 32 random bytes in base64url.")
if CERTIFICATE_SIGNING_KEY.rstrip("=") == CERTIFICATE_DEVELOPMENT_SIGNING_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "CERTIFICATE_SIGNING_KEY is the public development key: anyone could forge certificates. "
        "Generate a new one."
    )
_require("DJANGO_ALLOWED_HOSTS", "List the host names the site answers to, comma-separated.")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])

if not env_str("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Production needs PostgreSQL: postgres://USER:PASSWORD@HOST:5432/NAME."
    )
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "DATABASE_URL: production needs PostgreSQL: set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/NAME."
    )
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DJANGO_DB_CONNECT_TIMEOUT", 5)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

REQUIRE_STAFF_MFA = env_bool("DJANGO_REQUIRE_STAFF_MFA", True)
# Public sign-up is off unless the deployment asks for it: accounts come from
# programme staff (the user editor, trainee imports into cohorts).
ACCOUNT_ALLOW_SIGNUP = env_bool("DJANGO_ACCOUNT_ALLOW_SIGNUP", False)

# Cache and sessions: Redis when REDIS_URL is set, else the database. Either is
# shared by every app server, which allauth's rate limits need.
if REDIS_URL:
    if urlsplit(REDIS_URL).scheme not in ("redis", "rediss", "unix"):
        raise ImproperlyConfigured("REDIS_URL must start with redis://, rediss:// or unix://.")
    _redis_options = {"socket_connect_timeout": 2, "socket_timeout": 2}
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": _redis_options,
        },
        "sessions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sessions",
            "TIMEOUT": None,
            "OPTIONS": _redis_options,
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    SESSION_CACHE_ALIAS = "sessions"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Media: S3-compatible object storage when DJANGO_S3_BUCKET is set, else a
# directory every app server and worker mounts (DJANGO_MEDIA_ROOT).
_S3_BUCKET = env_str("DJANGO_S3_BUCKET")
if _S3_BUCKET:
    _s3_options = {
        "bucket_name": _S3_BUCKET,
        "access_key": _require("DJANGO_S3_ACCESS_KEY_ID", "It is needed with DJANGO_S3_BUCKET."),
        "secret_key": _require("DJANGO_S3_SECRET_ACCESS_KEY", "It is needed with DJANGO_S3_BUCKET."),
        "endpoint_url": env_str("DJANGO_S3_ENDPOINT_URL"),
        "region_name": env_str("DJANGO_S3_REGION"),
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    _default_storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3_options}
else:
    MEDIA_ROOT = _require(
        "DJANGO_MEDIA_ROOT",
        "Without DJANGO_S3_BUCKET, set it to a directory shared by every app server and worker.",
    )
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": _default_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
STATIC_ROOT = env_str("DJANGO_STATIC_ROOT") or STATIC_ROOT  # noqa: F405

# Background tasks are queued in PostgreSQL and run by `manage.py db_worker`
# processes on any machine.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# The health endpoint is polled over plain HTTP by load balancers.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Behind one reverse proxy by default (see SECURE_PROXY_SSL_HEADER above).
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 1)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True

EMAIL_BACKEND = env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "core.logging.JSONFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint reports every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
