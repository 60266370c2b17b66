"""The production settings guard, run in a child process as a deployment
would run it."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-used-only-in-this-test-0123456789abcdef",
    "DJANGO_ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "postgres://academy:pw@127.0.0.1:5432/academy",
    "DJANGO_MEDIA_ROOT": "/srv/academy/media",
    "CERTIFICATE_SIGNING_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
    "PCU_SEED_SECRET": "another-long-random-secret-for-seeds-0123456789",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "PCU_SEED_SECRET"))
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"DJANGO_ALLOWED_HOSTS": None}, "DJANGO_ALLOWED_HOSTS is not set"),
        ({"DATABASE_URL": None}, "DATABASE_URL is not set"),
        ({"DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY is too short"),
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be a boolean"),
        ({"REDIS_URL": "http://cache:6379"}, "REDIS_URL must start with redis://"),
        ({"DJANGO_MEDIA_ROOT": None}, "DJANGO_MEDIA_ROOT is not set"),
        ({"DJANGO_S3_BUCKET": "academy-media"}, "DJANGO_S3_ACCESS_KEY_ID is not set"),
        ({"DJANGO_SECURE_HSTS_SECONDS": "a year"}, "DJANGO_SECURE_HSTS_SECONDS must be an integer"),
        ({"CERTIFICATE_SIGNING_KEY": None}, "CERTIFICATE_SIGNING_KEY is not set"),
        ({"PCU_SEED_SECRET": None}, "PCU_SEED_SECRET is not set"),
        ({"PCU_SEED_SECRET": "short"}, "PCU_SEED_SECRET is too short"),
        ({"CERTIFICATE_SIGNING_KEY": "c2hvcnQ"}, "CERTIFICATE_SIGNING_KEY must be 32 random bytes"),
        (
            {"CERTIFICATE_SIGNING_KEY": settings.CERTIFICATE_DEVELOPMENT_SIGNING_KEY},
            "CERTIFICATE_SIGNING_KEY is the public development key",
        ),
    ],
)
def test_production_names_the_missing_or_malformed_variable(change, message):
    env = {**PRODUCTION_ENV, **change}
    result = _manage("check", env={k: v for k, v in env.items() if v is not None})
    assert result.returncode != 0
    assert message in result.stderr


def test_production_with_redis_and_s3_passes_the_deploy_checks():
    env = {
        **PRODUCTION_ENV,
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "DJANGO_S3_BUCKET": "academy-media",
        "DJANGO_S3_ACCESS_KEY_ID": "key",
        "DJANGO_S3_SECRET_ACCESS_KEY": "secret",
        "DJANGO_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    }
    script = (
        "from django.conf import settings as s; "
        "print(s.STORAGES['default']['BACKEND'], s.SESSION_ENGINE, s.TASKS['default']['BACKEND'])"
    )
    result = _manage("shell", "-v", "0", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "storages.backends.s3.S3Storage",
        "django.contrib.sessions.backends.cache",
        "django_tasks_db.DatabaseBackend",
    ]


def test_production_refuses_sqlite():
    result = _manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///tmp/x.sqlite3"})
    assert result.returncode != 0
    assert "production needs PostgreSQL" in result.stderr


def test_production_passes_the_deploy_checks():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr


def test_every_environment_variable_is_listed_in_env_example():
    import re
    from pathlib import Path

    base = Path(settings.BASE_DIR)
    source = "".join(p.read_text() for p in (base / "config" / "settings").glob("*.py"))
    read = set(re.findall(r'(?:env_\w+|_require)\(\s*"([A-Z][A-Z0-9_]+)"', source))
    listed = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (base / ".env.example").read_text(), re.MULTILINE))
    assert read, "no environment variables found: the pattern is stale"
    assert read - listed == set()


@pytest.mark.parametrize(("value", "expected"), [(None, "False"), ("true", "True"), ("false", "False")])
def test_production_sign_up_is_off_unless_configured(value, expected):
    env = dict(PRODUCTION_ENV)
    if value is not None:
        env["DJANGO_ACCOUNT_ALLOW_SIGNUP"] = value
    code = "from django.conf import settings; print(settings.ACCOUNT_ALLOW_SIGNUP)"
    result = _manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected
