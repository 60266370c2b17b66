"""Production settings plus the benchmark's baselines (`make bench` only).

Everything of `config.settings.production` applies unchanged; this module only
adds the bare view and the template of the minimal Wagtail page, so the
baselines run in the same processes, behind the same middleware, as the
product pages they are compared with.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import BASE_DIR, TEMPLATES

ROOT_URLCONF = "bench.urls"
# bench/templates/wagtailcore/page.html: the plain template of the minimal
# Wagtail page (a bare `wagtailcore.Page`, title only).
TEMPLATES[0]["DIRS"] = [BASE_DIR / "bench" / "templates", *TEMPLATES[0]["DIRS"]]
