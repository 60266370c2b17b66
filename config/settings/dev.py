"""Local development and the embedded demo: `make run`."""

import hashlib

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", True)
# A development key is only acceptable because this module is never used in
# production; config.settings.production insists on a real one.
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or "dev-only-insecure-key-do-not-deploy"  # noqa: S105
# Seeds (core/seeds.py): derived from the secret key unless set; production insists on its own.
PCU_SEED_SECRET = (
    env_str("PCU_SEED_SECRET") or hashlib.sha256(f"pcu-seed-secret:{SECRET_KEY}".encode()).hexdigest()
)
EMAIL_BACKEND = env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Anyone can forge certificates with the development key; production refuses it.
CERTIFICATE_SIGNING_KEY = env_str("CERTIFICATE_SIGNING_KEY") or CERTIFICATE_DEVELOPMENT_SIGNING_KEY  # noqa: F405

# Background work (certificate PDFs) is queued in the database, as in
# production, and `make run`/`make serve` start a `db_worker` beside the
# server: completing a course no longer waits for its PDF to render.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
