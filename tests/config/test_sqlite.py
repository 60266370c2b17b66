"""`make run` on SQLite: requests that write at the same time wait for each
other instead of failing with "database is locked" (config/settings/base.py)."""

import os
import subprocess
import sys
import textwrap

from django.conf import settings

# Two requests' worth of work at once, each in its own thread and connection:
# read, think, write — what the H5P state and xAPI views do.
WRITERS = textwrap.dedent(
    """
    import threading, time
    import django
    django.setup()
    from django.db import connection, connections, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS saved (n integer)")
        cursor.execute("PRAGMA journal_mode")
        print("journal", cursor.fetchone()[0])
    failures = []

    def request(n):
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT count(*) FROM saved")
                    time.sleep(0.3)
                    cursor.execute("INSERT INTO saved VALUES (%s)", [n])
        except Exception as error:
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=request, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM saved")
        print("saved", cursor.fetchone()[0])
    print("failures", failures)
    """
)


def test_concurrent_writers_on_sqlite_wait_instead_of_failing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", WRITERS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "journal wal" in result.stdout
    assert "saved 4" in result.stdout, result.stdout
    assert "failures []" in result.stdout, result.stdout
