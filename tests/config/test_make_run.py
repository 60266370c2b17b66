"""`make run`/`make serve` on another port: links and certificate QR codes
point at the address the site is served at."""

import os
import shutil
import subprocess

from django.conf import settings

# An extra makefile read after ours: prints the verification address a
# certificate would carry, from the settings our Makefile's recipes get.
SHOW = (
    "show-verify-url:\n"
    "\t@$(MANAGE) shell -v 0 -c "
    "\"from certificates.selectors import certificate_verify_url; print(certificate_verify_url('ABCD-EFGH'))\"\n"
)


def _verify_url(*make_args: str, **env_vars: str) -> str:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "WAGTAILADMIN_", "CERTIFICATE_", "MAKE"))
    }
    env |= {"DJANGO_SETTINGS_MODULE": "config.settings.dev", **env_vars}
    result = subprocess.run(  # noqa: S603 (our own Makefile)
        [
            shutil.which("make") or "/usr/bin/make",
            "-s",
            "--no-print-directory",
            "-f",
            "Makefile",
            "-f",
            "-",
            *make_args,
            "show-verify-url",
        ],
        input=SHOW,
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_qr_codes_point_at_the_port_the_site_is_served_on():
    assert _verify_url("PORT=8101").startswith("http://127.0.0.1:8101/verify/ABCD-EFGH/")
    assert _verify_url("HOST=0.0.0.0", "PORT=8000").startswith("http://0.0.0.0:8000/verify/")


def test_a_configured_address_wins():
    url = _verify_url("PORT=8101", WAGTAILADMIN_BASE_URL="https://academy.example.org")
    assert url.startswith("https://academy.example.org/verify/ABCD-EFGH/")
    url = _verify_url("PORT=8101", CERTIFICATE_VERIFY_BASE_URL="https://verify.example.org")
    assert url.startswith("https://verify.example.org/verify/ABCD-EFGH/")


def test_the_demo_queues_certificate_pdfs_for_a_worker_started_beside_the_server():
    """Completing a course must not wait for the PDF inside the request."""
    backend = (
        "show-task-backend:\n"
        "\t@$(MANAGE) shell -v 0 -c "
        "\"from django_tasks import task_backends; print(type(task_backends['default']).__name__)\"\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "MAKE"))}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    make = shutil.which("make") or "/usr/bin/make"
    shown = subprocess.run(  # noqa: S603 (our own Makefile)
        [make, "-s", "--no-print-directory", "-f", "Makefile", "-f", "-", "show-task-backend"],
        input=backend,
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().splitlines()[-1] == "DatabaseBackend"
    for target in ("run", "serve"):
        recipe = subprocess.run(  # noqa: S603 (our own Makefile)
            [make, "-n", "--no-print-directory", "-W", "install", "-W", "seed", target, "PORT=8101"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert recipe.returncode == 0, recipe.stderr
        last = recipe.stdout.strip().splitlines()[-1]
        assert "manage.py db_worker" in last
        assert "manage.py runserver 127.0.0.1:8101" in last
