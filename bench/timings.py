"""In-process timings of `make bench` (run by bench/run.py in the bench
database with bench.settings): scoring, certificate rendering against a bare
WeasyPrint render of the same HTML, H5P validation of a 50 MB package, and the
query count of each trainee page with little and with much data.

    python -m bench.timings --out var/bench/timings.json --fixtures var/bench/fixtures.json
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def scoring_timing(count: int = 10_000) -> dict:
    """`exercises.scoring.score` on `count` attempts of a 50-consignment
    scenario (5 high-risk, budget 8) with random selections."""
    from exercises import scoring

    rng = random.Random(10)
    codes = [f"IND-{n:02d}" for n in range(1, 31)]
    inputs = []
    for _ in range(count):
        truth = tuple(
            scoring.ConsignmentTruth(
                key=f"c{i}",
                high_risk=i < 5,
                severity=rng.choice((1.0, 2.0, 3.0)) if i < 5 else 1.0,
                indicators=frozenset(rng.sample(codes, 3)) if i < 5 else frozenset(),
            )
            for i in range(50)
        )
        picks = rng.sample(range(50), 8)
        selections = tuple(
            scoring.Selection(key=f"c{i}", indicators=frozenset(rng.sample(codes, 2))) for i in picks
        )
        inputs.append(scoring.ScoringInput(truth=truth, selections=selections, budget=8))
    started = time.perf_counter()
    for data in inputs:
        scoring.score(data)
    seconds = time.perf_counter() - started
    return {
        "attempts": count,
        "seconds": round(seconds, 3),
        "per_attempt_ms": round(seconds / count * 1000, 4),
    }


def certificate_timing(repeat: int = 11) -> dict:
    """One certificate PDF the way the worker renders it
    (`certificate_pdf_build`: the renderer process, PDF and PDF/A-3b) against a bare
    WeasyPrint `HTML(string=...).write_pdf()` of the same HTML in this process."""
    from weasyprint import HTML

    from certificates import rendering, selectors
    from certificates.models import Certificate
    from certificates.services import certificate_content, certificate_pdf_build

    certificate = Certificate.objects.order_by("pk").first()
    layout = selectors.template_layout(selectors.template_for_language(certificate.language))
    html = rendering.certificate_document(certificate_content(certificate), layout)
    HTML(string=html).write_pdf()  # load fonts once for both
    certificate_pdf_build(certificate)
    # Taken in turn, so that both see the same machine: on a shared virtual
    # machine a run of one then a run of the other drifted apart by 20 %.
    bare_times, product_times = [], []
    for _ in range(repeat):
        bare_times.append(_median_seconds(lambda: HTML(string=html).write_pdf(), 1))
        product_times.append(_median_seconds(lambda: certificate_pdf_build(certificate), 1))
    bare, product = statistics.median(bare_times), statistics.median(product_times)
    return {"repeat": repeat, "bare_weasyprint_s": round(bare, 4), "certificate_s": round(product, 4)}


def programme_report_timing() -> dict:
    """The quarterly programme report PDF (reports.programme_report) for the
    last complete quarter of the generated programme, in Russian, as the
    dashboard's button and `manage.py programme_report` render it."""
    from django.utils import timezone

    from reports.programme_report import ReportRequest, last_quarter, report_pdf
    from reports.selectors import Filters

    start, end = last_quarter(timezone.localdate())
    request = ReportRequest(filters=Filters(date_from=start, date_to=end), language="ru")
    started = time.perf_counter()
    pdf = report_pdf(request)
    seconds = time.perf_counter() - started
    return {"period": f"{start} – {end}", "seconds": round(seconds, 3), "bytes": len(pdf)}


def dashboard_timing() -> dict:
    """The staff dashboard's figures computed afresh for the whole programme
    (`reports.selectors.programme_dashboard`, no filter, in English), as the
    first visit after DASHBOARD_CACHE_SECONDS computes them."""
    from django.utils import translation

    from reports.selectors import Filters, programme_dashboard

    with translation.override("en"):
        started = time.perf_counter()
        programme_dashboard(Filters())
        seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3)}


def h5p_timing(megabytes: int = 50) -> dict:
    """`h5p.validation.package_validate` of a package of `megabytes` MB (our
    content type plus incompressible media files)."""
    from h5p.sample import pack_h5p
    from h5p.validation import PackageLimits, package_validate

    rng = random.Random(50)
    chunk = 5 * 1024 * 1024
    extra = {
        f"content/images/photo-{n}.jpg": rng.randbytes(chunk) for n in range(megabytes * 1024 * 1024 // chunk)
    }
    package = pack_h5p(extra_files=extra)
    limits = PackageLimits.from_settings()
    started = time.perf_counter()
    package_validate(io.BytesIO(package), installed={}, may_upload_libraries=True, limits=limits)
    return {"package_bytes": len(package), "seconds": round(time.perf_counter() - started, 3)}


def debrief_build_timing(fixtures: dict, count: int = 5) -> dict:
    """The debrief body of a submitted 1,000-consignment attempt built afresh
    (`exercises.debrief.debrief_body_render`, what `debrief_body_html`
    keeps in the cache: a trainee's first visit after submitting; the load
    test reads bodies back from the cache), with the scenario's table and
    form in the cache as other trainees leave them; median of `count`
    attempts, in English."""
    from django.urls import resolve

    from exercises.debrief import debrief_body_render
    from exercises.models import Attempt

    public_ids = [resolve(t["url"]).kwargs["public_id"] for t in fixtures["debrief_large"][:count]]
    times = []
    for attempt in Attempt.objects.select_related("scenario").filter(public_id__in=public_ids):
        started = time.perf_counter()
        debrief_body_render(attempt=attempt, language="en")
        times.append(time.perf_counter() - started)
    return {"attempts": len(times), "median_ms": round(1000 * statistics.median(times), 1)}


def query_counts(fixtures: dict) -> dict:
    """Queries each trainee page runs with little and with much data: every
    page of an exercise on the 50- and on the 1,000-consignment scenario (the
    same trainee's attempts where one trainee has both), and the lesson."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def count(session: str | None, url: str) -> tuple[int, int]:
        client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
        if session:
            client.cookies["sessionid"] = session
        client.get(url)  # warm the shared cache (case file, form, site)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        return len(ctx), response.status_code

    out = {"pages": {}, "varying": []}
    for name in ("workspace", "consignment", "osint", "examination", "debrief"):
        small, large = fixtures[f"{name}_small"][0], fixtures[f"{name}_large"][0]
        a, b = count(small["session"], small["url"]), count(large["session"], large["url"])
        out["pages"][name] = {"small": a[0], "large": b[0], "status": [a[1], b[1]]}
        if a[0] != b[0]:
            out["varying"].append(name)
    for name, url in (("course_anonymous", fixtures["urls"]["course_anonymous"]),):
        n, status = count(None, url)
        out["pages"][name] = {"queries": n, "status": status}
    n, status = count(fixtures["readers"][0], fixtures["urls"]["lesson"])
    out["pages"]["lesson"] = {"queries": n, "status": status}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--fixtures", required=True)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    fixtures = json.loads(Path(args.fixtures).read_text())
    out = {
        "scoring": scoring_timing(),
        "certificate": certificate_timing(),
        "h5p_validation": h5p_timing(),
        "programme_report": programme_report_timing(),
        "dashboard_compute": dashboard_timing(),
        "debrief_build": debrief_build_timing(fixtures),
        "queries": query_counts(fixtures),
    }
    Path(args.out).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
