"""WSGI entry point (gunicorn config.wsgi)."""

import gc
import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# Garbage collection for a long-running web worker (docs/performance.md). A
# request allocates tens of thousands of short-lived objects; with Python's
# first threshold of 700 many are still alive when the collector runs, are
# promoted, and every few dozen requests a full collection walks the whole
# application (over 200,000 objects: modules, classes, URL patterns) for
# 100-150 ms. A higher threshold lets reference counting free them first,
# and freezing what start-up loaded keeps it out of every later collection.
if settings.GC_THRESHOLD > 0:
    gc.set_threshold(settings.GC_THRESHOLD)
    gc.freeze()
