"""Settings shared by every environment. Environment-specific modules import
this one and override what differs; values come from the environment
(see `.env.example`)."""

import base64
import hashlib

import dj_database_url
from csp.constants import NONCE, NONE, SELF, STRICT_DYNAMIC, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from .env import BASE_DIR, env_bool, env_int, env_list, env_str

VAR_DIR = BASE_DIR / "var"

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
# Secret from which every seed the platform draws is derived (core/seeds.py):
# demo scenarios and the parallel forms of assessed exercises. Required in
# production; development derives one from SECRET_KEY, tests use a fixed one.
PCU_SEED_SECRET = env_str("PCU_SEED_SECRET")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps come first so their templates override the dependencies'.
    "core",
    "accounts",
    "courses",
    "scenarios",
    "exercises",
    "certificates",
    "h5p",
    "mentoring",
    "reports",
    "privacy",
    # Wagtail and translation workflow
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Content-Security-Policy (django-csp; core.security.ContentSecurityPolicyMiddleware)
    "csp",
    # Background tasks (django-tasks; database backend in production)
    "django_tasks",
    "django_tasks_db",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    # Nonces for the inline scripts Wagtail's admin widgets write (core.admin_csp).
    "core.admin_csp.AdminScriptNonceMiddleware",
    # The H5P content origin answers only player pages and package files.
    "h5p.middleware.ContentHostMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.AdminLanguageFallbackMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Anonymous visitors' public pages (core/anonymous_cache.py): above CSRF,
    # which sets its cookie on a page that rendered a token (never stored).
    "core.anonymous_cache.AnonymousPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: private on every response to a signed-in person.
    "core.security.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffMFAMiddleware",
    "accounts.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# Database: SQLite in var/ unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One file shared by every request of `make run`: the H5P player's state
    # and xAPI requests write while the page's own requests do. Transactions
    # take the write lock when they begin (IMMEDIATE), so a second writer
    # waits its turn (up to `timeout` seconds) instead of failing with
    # "database is locked" when it upgrades from reading to writing; WAL lets
    # readers go on while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else a file cache under var/ that every
# process on this machine shares (allauth's rate limits need a shared cache).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# The running release's name in the keys of what the cache keeps from the
# code (core/release.py, docs/deploy.md): empty, a hash of the project's
# files, the same on every server running the same release.
RELEASE_FINGERPRINT = env_str("PCU_RELEASE")
# Seconds an anonymous visitor's public page stays in the cache (0 turns the
# page cache off); publishing any page drops every stored page at once
# (core/anonymous_cache.py).
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 600)
# Seconds a course-tree page's row found by its address is kept at most (0:
# looked up every time); any page, site, locale or view-restriction change
# drops them all at once (core/serving.py).
ROUTE_CACHE_SECONDS = env_int("DJANGO_ROUTE_CACHE_SECONDS", 3600)
# A web worker's first garbage-collection threshold (config/wsgi.py, Python's
# default is 700); 0 leaves the collector as Python sets it.
GC_THRESHOLD = env_int("DJANGO_GC_THRESHOLD", 50_000)

# A task still marked running after this many seconds was left by a worker
# that died; `manage.py requeue_stalled_tasks` queues it again. Far longer
# than any task runs (a certificate render is stopped after
# CERTIFICATE_RENDER_TIMEOUT).
TASKS_STALLED_AFTER = env_int("DJANGO_TASKS_STALLED_AFTER", 1800)

# Seconds the programme dashboard's figures are reused for the same filters
# and language (0: computed for every request).
DASHBOARD_CACHE_SECONDS = env_int("DJANGO_DASHBOARD_CACHE_SECONDS", 300)

# /healthz reports the task queue as failing when a task waits longer than this.
HEALTHZ_MAX_QUEUE_AGE = env_int("DJANGO_HEALTHZ_MAX_QUEUE_AGE", 600)

# Background work runs inline here; production queues it in the database for
# `manage.py db_worker` processes.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

AUTH_USER_MODEL = "accounts.User"
# Django's (force_login, the admin's own checks) and allauth's (sign-in by e-mail).
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail is the login; usernames do not exist.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupProfileForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# E-mail subjects start with the platform's name in the recipient's language
# (accounts.adapter.email_subject), not a fixed English prefix.
# Failed logins: 5 per account per 5 minutes, 10 per IP per minute.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/300s/key",
    "reset_password": "20/m/ip,5/m/key",
    "signup": "20/m/ip",
}
# Turning public sign-up off suits deployments where staff create accounts.
ACCOUNT_ALLOW_SIGNUP = env_bool("DJANGO_ACCOUNT_ALLOW_SIGNUP", True)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "PCU Academy"
# Mentors and programme staff must set up TOTP before using the site.
REQUIRE_STAFF_MFA = env_bool("DJANGO_REQUIRE_STAFF_MFA", False)

# Languages: English is the source; trainees read Russian, Uzbek (Latin) and
# Turkmen, and the programme's partners Kazakh, Tajik (Cyrillic) and
# Azerbaijani (Latin). docs/i18n.md explains how to add one.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("uz", _("Uzbek")),
    ("tk", _("Turkmen")),
    ("kk", _("Kazakh")),
    ("tg", _("Tajik")),
    ("az", _("Azerbaijani")),
]
# Where something exists in too few languages, readers of these get Russian
# instead of English: the Wagtail admin (core.middleware.
# AdminLanguageFallbackMiddleware) and demo course content.
LANGUAGE_FALLBACKS = {"kk": "ru", "tg": "ru", "az": "ru"}
# locale/ holds our own messages; locale_vendor/ our translations of the
# dependencies' messages they lack (allauth in Turkmen, the Wagtail admin in
# Uzbek and Turkmen; docs/vendor-translations.md). The first directory wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
# Our date and number formats where Django's do not fit a language
# (config/formats/<lang>/formats.py; Django's own fill in the rest).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Asia/Tashkent")
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "PCU Academy"
# The admin would fetch avatars from gravatar.com: a closed network has no
# route there, and an officer's e-mail hash must not leave it. Uploaded
# avatars and the default one still show.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail offers only the admin languages it ships; locale_vendor/ adds Uzbek
# and Turkmen, so mentors can work in every language of the site.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in ("en", "ru", "uz", "tk")
]
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The Wagtail admin signs in through the same (rate-limited, MFA-aware) login.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# mp4/webm/vtt: lesson videos and their captions are served from the document store.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "mp4", "webm", "vtt"]

# Lesson body blocks other apps contribute, as (block_name, "dotted.path.BlockClass");
# courses imports them by path so it never depends on those apps.
COURSES_EXTRA_LESSON_BLOCKS: list[tuple[str, str]] = [
    ("h5p_activity", "h5p.blocks.H5PActivityBlock"),
    ("exercise", "exercises.blocks.ExerciseBlock"),
]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = env_str("DJANGO_MEDIA_ROOT") or str(VAR_DIR / "media")
# The H5P player (h5p-standalone) comes from npm (`make install`) and is served
# as our own static files under /static/h5p-standalone/.
STATICFILES_DIRS = [("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "PCU Academy <no-reply@localhost>")
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content-Security-Policy through django-csp (docs/security.md, "Response
# headers"). The platform's own pages: scripts and styles from our static
# files or carrying the response's nonce (`request.csp_nonce`, written into
# the header only when a template used it); nothing from anywhere else; never
# framed. core.security.ContentSecurityPolicyMiddleware adds H5P_CONTENT_ORIGIN
# to frame-src and serves the admin its own policy (below). Views that set
# their own header (the H5P player and package files, media) keep it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Paths served the admin policy: the directives below replace the platform's.
# Scripts only with the response's nonce, which core.admin_csp gives to our
# script files and the inline scripts Wagtail's widgets write, and what those
# create later ('strict-dynamic'); Wagtail writes style attributes, which no
# nonce covers, so inline styles stay allowed; the admin frames itself (page
# previews). None drops a directive.
CSP_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
CSP_ADMIN_DIRECTIVES = {
    "script-src": [SELF, NONCE, STRICT_DYNAMIC],
    "style-src": [SELF, UNSAFE_INLINE],
    "worker-src": [SELF, "blob:"],
    "manifest-src": None,
    "frame-ancestors": [SELF],
}

# Reverse proxies we run in front of the app servers, each appending the
# address it saw to X-Forwarded-For. The client address (rate limits, audit
# log) is the entry the outermost of them appended; anything a client writes
# into the header itself is ignored. 0: no proxy, the socket peer is the client.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
# Our own rate limits (per signed-in user, or per address), per minute.
# allauth's ACCOUNT_RATE_LIMITS above covers login, password reset and sign-up.
RATE_LIMIT_XAPI_PER_MINUTE = env_int("DJANGO_RATE_LIMIT_XAPI_PER_MINUTE", 120)
RATE_LIMIT_AUTOSAVE_PER_MINUTE = env_int("DJANGO_RATE_LIMIT_AUTOSAVE_PER_MINUTE", 120)
# Assessed attempts a trainee has at a standalone exercise (a lesson's
# exercise block sets its own); practice attempts are unlimited.
EXERCISES_ASSESSED_ATTEMPTS = env_int("EXERCISES_ASSESSED_ATTEMPTS", 2)
# Hidden forms a generated scenario gets when it is published (a task
# worker makes them): each assessed attempt draws one the trainee has not
# had, a fresh generator variant with a secret seed (docs/exercises.md).
EXERCISES_GENERATED_FORMS = env_int("EXERCISES_GENERATED_FORMS", 6)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # Per-page-save task chatter and admin audit lines are not worth a console line.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint reports every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}

# H5P activities (docs/h5p.md, docs/security.md). Package files and the player
# are served from H5P_CONTENT_ORIGIN when set (a separate origin such as
# https://h5p.academy.example.org pointing at the same application, or with a
# "*" label, https://*.h5p.academy.example.org, one origin per activity);
# otherwise from this origin inside an iframe sandboxed without allow-same-origin.
H5P_CONTENT_ORIGIN = (env_str("H5P_CONTENT_ORIGIN") or "").rstrip("/")
H5P_MAX_PACKAGE_SIZE = env_int("H5P_MAX_PACKAGE_SIZE", 200 * 1024 * 1024)
H5P_MAX_UNCOMPRESSED_SIZE = env_int("H5P_MAX_UNCOMPRESSED_SIZE", 500 * 1024 * 1024)
H5P_MAX_FILE_SIZE = env_int("H5P_MAX_FILE_SIZE", 100 * 1024 * 1024)
H5P_MAX_FILES = env_int("H5P_MAX_FILES", 5000)
H5P_MAX_COMPRESSION_RATIO = env_int("H5P_MAX_COMPRESSION_RATIO", 100)
# How long a player link (the signed address of the package files) stays valid.
H5P_PLAYER_TOKEN_MAX_AGE = env_int("H5P_PLAYER_TOKEN_MAX_AGE", 6 * 60 * 60)

# Certificates. The Ed25519 signing key (32 random bytes, base64url) signs the
# offline payload in every certificate's QR code. Development and tests fall
# back to a key derived from a public phrase: anyone can forge with it, so
# production refuses it (config.settings.production).
CERTIFICATE_DEVELOPMENT_SIGNING_KEY = (
    base64.urlsafe_b64encode(hashlib.sha256(b"PCU Academy development certificate key").digest())
    .rstrip(b"=")
    .decode()
)
CERTIFICATE_SIGNING_KEY = env_str("CERTIFICATE_SIGNING_KEY")
# Retired public keys (base64url, comma-separated) still accepted for
# certificates printed before a key rotation.
CERTIFICATE_TRUSTED_PUBLIC_KEYS = env_list("CERTIFICATE_TRUSTED_PUBLIC_KEYS", [])
# Start of the verification URL printed in QR codes (the public address).
CERTIFICATE_VERIFY_BASE_URL = env_str("CERTIFICATE_VERIFY_BASE_URL") or WAGTAILADMIN_BASE_URL
# Seconds one PDF may take to render before it is abandoned (and retried).
CERTIFICATE_RENDER_TIMEOUT = env_int("CERTIFICATE_RENDER_TIMEOUT", 60)
# Attempts at rendering one PDF before it is reported as failed.
CERTIFICATE_RENDER_ATTEMPTS = env_int("CERTIFICATE_RENDER_ATTEMPTS", 3)
# Verification look-ups per client and minute (/verify/).
CERTIFICATE_VERIFY_RATE_LIMIT = env_int("CERTIFICATE_VERIFY_RATE_LIMIT", 30)

# Privacy (docs/privacy.md): days each kind of record is kept before the
# `purge_expired_data` task deletes or anonymises it; 0 keeps it for good.
PRIVACY_RETENTION_DAYS = {
    # Raw xAPI statements and saved activity state (scores are kept).
    "attempt_logs": env_int("DJANGO_RETAIN_ATTEMPT_LOGS_DAYS", 365),
    # OSINT searches and opened pages of submitted exercise attempts.
    "osint_logs": env_int("DJANGO_RETAIN_OSINT_LOGS_DAYS", 365),
    # Mentors' private session notes.
    "session_notes": env_int("DJANGO_RETAIN_SESSION_NOTES_DAYS", 730),
    # Accounts created by an invitation that was never used.
    "invitations": env_int("DJANGO_RETAIN_INVITATIONS_DAYS", 90),
    # Audit log entries.
    "audit_entries": env_int("DJANGO_RETAIN_AUDIT_DAYS", 1825),
}
