import os
import shutil
import threading

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class Requests:
    """Requests the live server has received and not yet answered."""

    def __init__(self):
        self.pending = 0
        self.idle = threading.Condition()

    def __enter__(self):
        with self.idle:
            self.pending += 1

    def __exit__(self, *exc):
        with self.idle:
            self.pending -= 1
            self.idle.notify_all()

    def wait_until_idle(self, timeout: float = 30) -> None:
        with self.idle:
            self.idle.wait_for(lambda: self.pending == 0, timeout=timeout)


REQUESTS = Requests()


class SerialisedWSGIServer(ThreadedWSGIServer):
    """The live server, handling one request at a time.

    With SQLite in memory every server thread shares the test's single
    connection; two overlapping requests from the browser (an xAPI statement
    and a state save, say) would interleave their statements on it and fail
    with "cannot release savepoint". Connections still get a thread each, so
    keep-alive does not block other requests between them.
    """

    def set_app(self, application):
        lock = threading.Lock()

        def serialised(environ, start_response):
            with REQUESTS, lock:
                response = application(environ, start_response)
                try:
                    return list(response)
                finally:
                    # request_finished handlers run here, still in turn.
                    if hasattr(response, "close"):
                        response.close()

        super().set_app(serialised)


# pytest-django's live_server builds a LiveServerThread; every browser test
# goes through this module first.
LiveServerThread.server_class = SerialisedWSGIServer


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}: run `make sysdeps`.")
    # Playwright's sync API runs an event loop in this thread; Django's ORM
    # calls from the test body are still synchronous and safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()
    # A request the page sent as it closed (an H5P state save, say) may still
    # be running on the test's connection: the database is emptied next.
    REQUESTS.wait_until_idle()
