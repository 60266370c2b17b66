"""The WSGI entry point's garbage collection for long-running web workers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import gc; import config.wsgi; "
    "print(gc.get_threshold()[0], gc.get_freeze_count() > 0, callable(config.wsgi.application))"
)


def _probe(**env) -> list[str]:
    result = subprocess.run(  # noqa: S603 (this interpreter, a fixed probe)
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.parametrize(
    ("setting", "shown"),
    [
        ("", ["50000", "True", "True"]),  # the default: what start-up loaded is frozen
        ("20000", ["20000", "True", "True"]),
        ("0", ["700", "False", "True"]),  # Python's own collector, untouched
    ],
)
def test_a_web_worker_collects_garbage_as_configured(setting, shown):
    assert _probe(DJANGO_GC_THRESHOLD=setting) == shown
