"""bin/ensure-debian-packages: required packages fail loudly, optional ones
(HarfBuzz's subsetter for faster PDFs) are skipped where they cannot be had."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bin" / "ensure-debian-packages"
ABSENT = "pcu-academy-no-such-package"


@pytest.fixture
def no_apt(tmp_path):
    """A PATH with the tools the script reads, but no apt-get."""
    for tool in ("dpkg-query", "grep", "id", "env"):
        (tmp_path / tool).symlink_to(shutil.which(tool))
    return str(tmp_path)


def _run(path, *args):
    return subprocess.run(  # noqa: S603 - our own script
        ["/bin/bash", str(SCRIPT), *args], env={"PATH": path}, capture_output=True, text=True, timeout=60
    )


def test_a_missing_required_package_fails_and_names_itself(no_apt):
    result = _run(no_apt, ABSENT)
    assert result.returncode == 1 and ABSENT in result.stderr


def test_a_missing_optional_package_is_skipped_with_a_note(no_apt):
    result = _run(no_apt, "--optional", ABSENT)
    assert result.returncode == 0 and f"Skipping optional system packages: {ABSENT}" in result.stderr


def test_installed_packages_need_nothing(no_apt):
    for args in (("bash",), ("--optional", "bash")):
        result = _run(no_apt, *args)
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_set_up_asks_for_harfbuzzs_subsetter_as_optional():
    # What make would run for `make sysdeps` (every set-up and test target
    # depends on it), with its variables expanded.
    make = shutil.which("make")
    commands = subprocess.run(  # noqa: S603 - make, on our own Makefile
        [make, "-n", "sysdeps"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    ).stdout.splitlines()
    assert "bin/ensure-debian-packages --optional libharfbuzz-subset0" in commands
    required = next(
        c for c in commands if c.startswith("bin/ensure-debian-packages ") and "--optional" not in c
    )
    assert "libharfbuzz-subset0" not in required.split()
