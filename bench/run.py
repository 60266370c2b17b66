#!/usr/bin/env python3
"""`make bench`: the benchmark suite (docs/performance.md).

1. Creates the PostgreSQL database `pcu_bench` (dropped first), migrates it
   with production settings, loads the demo and builds the dataset
   (bench/dataset.py).
2. Starts gunicorn with production settings (bench.settings adds only the
   baselines) and drives it with wrk, a separate process on loopback, at 1, 10
   and 50 connections per page; then the exam-start burst and the page weights.
3. Runs the in-process timings (bench/timings.py) and the bulk certificate
   rendering through `manage.py db_worker`.
4. Writes bench/results/<date>.json with a `budgets` object and rewrites the
   summary table in docs/performance.md.

Environment: BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres),
BENCH_PORT (8100), BENCH_DURATION (seconds per load point, 8),
BENCH_TRAINEES (10000), BENCH_ATTEMPTS (200000), BENCH_BULK_CERTIFICATES (1000),
BENCH_WORKERS (gunicorn workers, 2), BENCH_SUBMISSIONS (4500), BENCH_COHORT (200),
BENCH_DB (the database, pcu_bench), BENCH_REDIS_DB (13), BENCH_ONLY
(comma-separated page names: load only those, write nothing).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import psycopg
import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
ADMIN_URL = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = os.environ.get("BENCH_DB", "pcu_bench")
REDIS_DB = int(os.environ.get("BENCH_REDIS_DB", "13"))
PORT = int(os.environ.get("BENCH_PORT", "8100"))
DURATION = int(os.environ.get("BENCH_DURATION", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
TRAINEES = int(os.environ.get("BENCH_TRAINEES", "10000"))
ATTEMPTS = int(os.environ.get("BENCH_ATTEMPTS", "200000"))
BULK_CERTIFICATES = int(os.environ.get("BENCH_BULK_CERTIFICATES", "1000"))
# Attempts prepared for the submission points (each is submitted once).
SUBMISSIONS = int(os.environ.get("BENCH_SUBMISSIONS", "4500"))
# Trainees starting the same assessed lesson exercise at once (the exam start).
COHORT = int(os.environ.get("BENCH_COHORT", "200"))
# Every one of them must have started and opened the workspace within this.
EXAM_START_LIMIT_S = 10
# p95 at 10 connections of every trainee page of an exercise.
EXERCISE_P95_LIMIT_MS = 250
EXERCISE_PAGES = (
    "workspace_large", "consignment_large", "osint_search", "examination", "submission", "debrief",
)  # fmt: skip
CONNECTIONS = (1, 10, 50)
BASE = f"http://127.0.0.1:{PORT}"
ORIGIN = f"https://127.0.0.1:{PORT}"
PROXY = {"X-Forwarded-Proto": "https"}
WORK = ROOT / "var" / "bench"
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "performance.md"
LUA = ROOT / "bench" / "wrk" / "targets.lua"
PAGE_WEIGHT_LIMIT = 150 * 1024


def say(message: str) -> None:
    print(f"bench: {message}", flush=True)


def environment() -> dict:
    database_url = urlsplit(ADMIN_URL)._replace(path=f"/{DB_NAME}").geturl()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"},
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "CERTIFICATE_SIGNING_KEY": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        # Production refuses to start without the secret drawn seeds come from.
        "PCU_SEED_SECRET": secrets.token_urlsafe(32),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_CSRF_TRUSTED_ORIGINS": ORIGIN,
        "DATABASE_URL": database_url,
        "DJANGO_DB_CONN_MAX_AGE": "60",
        "DJANGO_MEDIA_ROOT": str(WORK / "media"),
        "DJANGO_STATIC_ROOT": str(WORK / "static"),
        "DJANGO_REQUIRE_STAFF_MFA": "false",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DJANGO_LOG_LEVEL": "WARNING",
        # One client (wrk on loopback) stands for many verifiers here.
        "CERTIFICATE_VERIFY_RATE_LIMIT": str(10**9),
        "PYTHONPATH": str(ROOT),
    }
    if redis_reachable():
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB}"
    return env


def redis_reachable() -> bool:
    with suppress(OSError), socket.create_connection(("127.0.0.1", 6379), timeout=1):
        return True
    return False


def manage(env, *args, capture=False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        text=True,
    )
    return result.stdout or ""


# ---------------------------------------------------------------------------
# Load


def wrk(
    name: str,
    targets: list[tuple[str, str, str, str]],
    connections: int,
    *,
    once=False,
    json_=False,
    duration: int | None = None,
):
    path = WORK / f"targets-{name}.tsv"
    path.write_text("".join("\t".join(t) + "\n" for t in targets))
    threads = 1 if connections == 1 else 2
    env = {
        **os.environ,
        "BENCH_TARGETS": str(path),
        "BENCH_THREADS": str(threads),
        "BENCH_ONCE": "1" if once else "0",
        "BENCH_JSON": "1" if json_ else "0",
        "BENCH_CSRF": CSRF,
        "BENCH_ORIGIN": ORIGIN,
    }
    out = subprocess.run(
        [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{duration or DURATION}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            BASE,
        ],  # fmt: skip
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    drain()
    line = next(line for line in out.splitlines() if line.startswith("{"))
    data = json.loads(line)
    seconds = data["duration_us"] / 1e6
    data["rps"] = round(data["requests"] / seconds, 1) if seconds else 0.0
    data["errors"] = sum(
        data[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
    )
    if all(method == "GET" for method, *_rest in targets):
        # A page answered with a redirect was not served (a lost session
        # sends a trainee to the login page): that is a failed request.
        data["errors"] += data["redirects"]
    return data


CSRF = ""


def drain(limit_s: float = 120) -> None:
    """Wait until the server has finished the requests wrk left queued when it
    stopped (the next point would otherwise start behind them)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        started = time.monotonic()
        with suppress(requests.RequestException):
            requests.get(f"{BASE}/bench/bare/", headers=PROXY, timeout=limit_s)
            if time.monotonic() - started < 0.05:
                return
        time.sleep(0.2)


# BENCH_ONLY=lesson_page,minimal_wagtail_page: load only these pages and
# write nothing (for working on one page against a --reuse'd dataset).
ONLY = {name for name in os.environ.get("BENCH_ONLY", "").split(",") if name}


def page_targets(fx: dict) -> dict:
    """{page name: wrk targets} of every page the load phase drives."""

    def anon(url):
        return [("GET", url, "-", "-")]

    u = fx["urls"]
    autosave_body = "selected=on&justification=Seal+numbers+differ+between+the+documents."
    return {
        "bare_view": anon(u["bare"]),
        "minimal_wagtail_page": anon(u["minimal_wagtail"]),
        "course_page_anonymous": anon(u["course_anonymous"]),
        "lesson_page": [("GET", u["lesson"], s, "-") for s in fx["readers"]],
        "workspace_small": [("GET", t["url"], t["session"], "-") for t in fx["workspace_small"]],
        "workspace_large": [("GET", t["url"], t["session"], "-") for t in fx["workspace_large"]],
        "consignment_large": [("GET", t["url"], t["session"], "-") for t in fx["consignment_large"]],
        "autosave": [("POST", t["url"], t["session"], autosave_body) for t in fx["autosave"]],
        "osint_search": [("GET", t["url"], t["session"], "-") for t in fx["osint_large"]],
        "examination": [("GET", t["url"], t["session"], "-") for t in fx["examination_large"]],
        "debrief": [("GET", t["url"], t["session"], "-") for t in fx["debrief_large"]],
        "verify_page": anon(u["verify"]),
        "staff_dashboard": [("GET", u["dashboard"], fx["staff"], "-")],
    }


def load_phase(fx: dict) -> dict:
    scenarios = page_targets(fx)
    if ONLY:
        scenarios = {name: targets for name, targets in scenarios.items() if name in ONLY}
    results: dict = {}
    for name, targets in scenarios.items():
        results[name] = {}
        if name == "staff_dashboard":
            # The figures as a staff member's visit leaves them, kept
            # DASHBOARD_CACHE_SECONDS (5 minutes) for every other: the load
            # measures the page staff get in that time. Computing them is
            # timed in process (timings.dashboard_compute).
            requests.get(
                BASE + fx["urls"]["dashboard"], cookies={"sessionid": fx["staff"]}, headers=PROXY, timeout=300
            ).raise_for_status()
        for c in CONNECTIONS:
            results[name][str(c)] = wrk(name, targets, c, json_=name == "autosave")
            r = results[name][str(c)]
            say(f"{name:24s} c={c:<3d} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f}  p95 {r['p95_ms']:7.1f} ms"
                f"  errors {r['errors']}")  # fmt: skip
    if ONLY and "submission" not in ONLY:
        return results
    # Submissions: every attempt is submitted once; the pool is split between the points.
    pool = [("POST", t["url"], t["session"], "-") for t in fx["submit"]]
    results["submission"] = {}
    share = len(pool) // len(CONNECTIONS)
    for i, c in enumerate(CONNECTIONS):
        r = wrk("submission", pool[i * share : (i + 1) * share], c, once=True)
        r["valid"] = r["wrapped"] == 0
        results["submission"][str(c)] = r
        say(f"{'submission':24s} c={c:<3d} {r['rps']:8.1f} req/s  p95 {r['p95_ms']:7.1f} ms"
            f"  errors {r['errors']}  pool exhausted by {r['wrapped']}")  # fmt: skip
    return results


# The ratio budgets compare a page with its baseline measured right before it,
# in alternating rounds, and take the median of the rounds' ratios: on a
# 2-CPU machine the same page's req/s moves by a quarter between points a
# minute apart, which one measurement of each would count as a difference
# between the pages.
RATIO_PAIRS = (("course_page_anonymous", "bare_view"), ("lesson_page", "minimal_wagtail_page"))
RATIO_ROUNDS = 5
RATIO_SECONDS = 5


def ratio_phase(fx: dict) -> dict:
    targets = page_targets(fx)
    out = {}
    for page, baseline in RATIO_PAIRS:
        if ONLY and not {page, baseline} <= ONLY:
            continue
        rounds = []
        for _ in range(RATIO_ROUNDS):
            base = wrk(baseline, targets[baseline], 10, duration=RATIO_SECONDS)["rps"]
            rps = wrk(page, targets[page], 10, duration=RATIO_SECONDS)["rps"]
            rounds.append(
                {"baseline_rps": base, "page_rps": rps, "ratio": round(rps / base, 3) if base else 0.0}
            )
        median = statistics.median(r["ratio"] for r in rounds)
        out[f"{page}_vs_{baseline}"] = {"rounds": rounds, "median_ratio": median}
        say(f"{page} / {baseline} at 10 connections, {RATIO_ROUNDS} alternating rounds: "
            f"{', '.join(str(r['ratio']) for r in rounds)}; median {median}")  # fmt: skip
    return out


def burst(fx: dict) -> dict:
    """The exam start: the cohort (BENCH_COHORT, 200) starts the same assessed
    lesson exercise within one second, each then opening the workspace of
    their own parallel form; every request must succeed, and the last trainee
    must have the workspace within EXAM_START_LIMIT_S of the first click."""
    cohort = fx["cohort"]
    start_url = BASE + fx["urls"]["exercise_start"]
    form = {"lesson": str(fx["exam"]["lesson"]), "block": fx["exam"]["block"], "mode": "assessed"}
    outcomes: list[dict] = [{} for _ in cohort]
    t0 = time.monotonic() + 0.5

    def one(i, session):
        time.sleep(max(0.0, t0 + i / len(cohort) - time.monotonic()))
        cookies = {"sessionid": session, "csrftoken": CSRF}
        headers = {**PROXY, "X-CSRFToken": CSRF, "Origin": ORIGIN, "Referer": ORIGIN + "/"}
        started = time.monotonic()
        try:
            r = requests.post(
                start_url, data=form, cookies=cookies, headers=headers, allow_redirects=False, timeout=60
            )
            location = r.headers.get("Location", "")
            ok = r.status_code == 302 and "/attempts/" in location
            page_ok = False
            if ok:
                page = requests.get(urljoin(BASE, location), cookies=cookies, headers=PROXY, timeout=60)
                page_ok = page.status_code == 200
            outcomes[i] = {
                "status": r.status_code,
                "ok": ok and page_ok,
                "seconds": time.monotonic() - started,
                "sent_at": started - t0,
                "done_at": time.monotonic() - t0,
            }
        except requests.RequestException as error:
            outcomes[i] = {
                "status": None,
                "ok": False,
                "error": str(error),
                "seconds": time.monotonic() - started,
                "done_at": time.monotonic() - t0,
            }

    threads = [threading.Thread(target=one, args=(i, s)) for i, s in enumerate(cohort)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(o["seconds"] for o in outcomes)
    return {
        "users": len(cohort),
        "mode": "assessed",
        "errors": sum(1 for o in outcomes if not o["ok"]),
        "p50_ms": round(times[len(times) // 2] * 1000, 1),
        "p95_ms": round(times[int(len(times) * 0.95) - 1] * 1000, 1),
        "max_ms": round(times[-1] * 1000, 1),
        "spread_s": round(max(o.get("sent_at", 0) for o in outcomes), 2),
        # From the first trainee's click to the last trainee's workspace.
        "all_started_s": round(max(o["done_at"] for o in outcomes), 2),
    }


ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def page_weight(fx: dict) -> dict:
    """Bytes a trainee's browser transfers for each page: the HTML compressed
    with gzip (what the reverse proxy sends; the app does not compress HTML)
    plus every static asset it links, as whitenoise serves it (brotli or gzip)."""
    session = fx["readers"][1]
    pages = {
        "course_index": fx["urls"]["course_anonymous"].rsplit("/", 2)[0] + "/",
        "course": fx["urls"]["course_anonymous"],
        "lesson": fx["urls"]["lesson"],
        "my_learning": "/en/learning/",
        "exercises": "/en/exercises/",
        "workspace_small": fx["workspace_small"][1]["url"],
        "workspace_large": fx["workspace_large"][1]["url"],
        "consignment_large": fx["consignment_large"][1]["url"],
        "osint_search": fx["osint_large"][1]["url"],
        "examination": fx["examination_large"][1]["url"],
        "debrief": fx["debrief_large"][1]["url"],
        "certificates": "/en/certificates/",
        "profile": "/en/profile/",
        "verify": fx["urls"]["verify"],
    }
    sessions_for = {
        "workspace_small": fx["workspace_small"][1]["session"],
        "workspace_large": fx["workspace_large"][1]["session"],
        "consignment_large": fx["consignment_large"][1]["session"],
        "osint_search": fx["osint_large"][1]["session"],
        "examination": fx["examination_large"][1]["session"],
        "debrief": fx["debrief_large"][1]["session"],
    }
    out = {}
    for name, path in pages.items():
        jar = {"sessionid": sessions_for.get(name, session)}
        r = requests.get(BASE + path, cookies=jar, headers=PROXY, timeout=30, allow_redirects=False)
        html = r.content
        html_gz = len(gzip.compress(html, 6))
        assets = {}
        for asset in sorted(set(ASSET.findall(r.text))):
            a = requests.get(
                BASE + asset, headers={**PROXY, "Accept-Encoding": "br, gzip"}, timeout=30, stream=True
            )
            assets[asset] = len(a.raw.read()) if a.status_code == 200 else 0
        total = html_gz + sum(assets.values())
        out[name] = {
            "status": r.status_code,
            "html_bytes": len(html),
            "html_gzip_bytes": html_gz,
            "assets": assets,
            "total_bytes": total,
        }
    return out


# ---------------------------------------------------------------------------
# Bulk certificates through the task worker


def bulk_certificates(env: dict, ids: list[int], database_url: str) -> dict:
    if not ids:
        return {"count": 0}
    manage(env, "shell", "-v", "0", "-c", (
        "from django_tasks_db.models import DBTaskResult; DBTaskResult.objects.all().delete()\n"
        "from certificates.tasks import render_certificate_pdf\n"
        f"[render_certificate_pdf.enqueue(pk) for pk in {ids!r}]"
    ))  # fmt: skip
    workers = [
        subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "-v", "0"], cwd=ROOT, env=env
        )
        for _ in range(WORKERS)
    ]
    started = time.monotonic()
    try:
        while True:
            with psycopg.connect(database_url) as db:
                ready, failed = db.execute(
                    "SELECT count(*) FILTER (WHERE pdf_status = 'ready'), count(*) FILTER (WHERE pdf_status = 'failed') "
                    "FROM certificates_certificate WHERE id = ANY(%s)",
                    [ids],
                ).fetchone()
            if ready + failed >= len(ids) or time.monotonic() - started > 1800:
                break
            time.sleep(1)
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(timeout=30)
            except subprocess.TimeoutExpired:
                w.kill()
    seconds = time.monotonic() - started
    return {
        "count": len(ids),
        "workers": WORKERS,
        "ready": ready,
        "failed": failed,
        "seconds": round(seconds, 1),
        "per_certificate_s": round(seconds / len(ids), 3),
    }


# ---------------------------------------------------------------------------
# Budgets and reports


def budget(value, limit, passed, unit="", note="") -> dict:
    return {"value": value, "limit": limit, "pass": bool(passed), "unit": unit, "note": note}


def budgets(load: dict, ratios: dict, burst_: dict, weights: dict, timings: dict, queries: dict) -> dict:
    out = {}
    ratio = ratios["course_page_anonymous_vs_bare_view"]["median_ratio"]
    out["course_page_anonymous_vs_bare_view"] = budget(
        ratio,
        0.40,
        ratio >= 0.40,
        f"median ratio of req/s at 10 connections over {RATIO_ROUNDS} alternating rounds",
    )
    ratio = ratios["lesson_page_vs_minimal_wagtail_page"]["median_ratio"]
    out["lesson_page_vs_minimal_wagtail_page"] = budget(
        ratio,
        1.0,
        ratio >= 1.0,
        f"median ratio of req/s at 10 connections over {RATIO_ROUNDS} alternating rounds",
    )
    for name in EXERCISE_PAGES:
        point = load.get(name, {}).get("10")
        p95 = point["p95_ms"] if point and point["requests"] else None
        valid = point is not None and point.get("valid", True)
        out[f"{name}_p95_at_10"] = budget(
            p95,
            EXERCISE_P95_LIMIT_MS,
            p95 is not None and valid and p95 < EXERCISE_P95_LIMIT_MS,
            "ms",
            "" if p95 is not None and valid else "no valid measurement",
        )
    point = load["staff_dashboard"]["10"]
    p95 = point["p95_ms"] if point["requests"] else None
    out["staff_dashboard_p95_at_10"] = budget(p95, 500, p95 is not None and p95 < 500, "ms")
    cert = timings["certificate"]
    ratio = round(cert["certificate_s"] / cert["bare_weasyprint_s"], 3)
    out["certificate_render_vs_bare_weasyprint"] = budget(ratio, 1.5, ratio <= 1.5, "ratio of seconds")
    report = timings["programme_report"]
    out["programme_report_pdf_seconds"] = budget(report["seconds"], 10, report["seconds"] < 10, "s")
    out["exam_start_burst_errors"] = budget(
        burst_["errors"], 0, burst_["errors"] == 0, f"failed of {burst_['users']}"
    )
    out["exam_start_burst_seconds"] = budget(
        burst_["all_started_s"],
        EXAM_START_LIMIT_S,
        burst_["all_started_s"] <= EXAM_START_LIMIT_S,
        f"s until the last of {burst_['users']} had the workspace",
    )
    heaviest = max(weights.items(), key=lambda kv: kv[1]["total_bytes"])
    out["trainee_page_weight"] = budget(
        heaviest[1]["total_bytes"], PAGE_WEIGHT_LIMIT, heaviest[1]["total_bytes"] < PAGE_WEIGHT_LIMIT, "bytes",
        f"heaviest: {heaviest[0]}",
    )  # fmt: skip
    errors = sum(
        r["errors"]
        for name, points in load.items()
        for r in points.values()
        if isinstance(r, dict) and "errors" in r
    )
    out["load_errors"] = budget(errors, 0, errors == 0, "failed requests")
    out["constant_queries_per_page"] = budget(
        len(queries["varying"]), 0, not queries["varying"], "pages whose query count grew with the data",
        ", ".join(queries["varying"]) or "every page constant",
    )  # fmt: skip
    return out


def write_doc(results: dict) -> None:
    load = results["load"]
    bare = {c: load["bare_view"][c]["rps"] for c in ("1", "10", "50")}
    rows = [
        "| page | req/s at 1 | at 10 | at 50 | p95 ms at 10 | ratio to bare view at 10 |",
        "|---|---|---|---|---|---|",
    ]
    for name, points in load.items():
        rps = [points[c]["rps"] for c in ("1", "10", "50")]
        ratio = points["10"]["rps"] / bare["10"] if bare["10"] else 0
        rows.append(
            f"| {name} | {rps[0]:.0f} | {rps[1]:.0f} | {rps[2]:.0f} | {points['10']['p95_ms']:.0f} | {ratio:.3f} |"
        )
    brows = ["| budget | value | limit | pass |", "|---|---|---|---|"]
    for name, b in results["budgets"].items():
        value = "–" if b["value"] is None else b["value"]
        brows.append(f"| {name} | {value} {b['unit']} | {b['limit']} | {'yes' if b['pass'] else '**no**'} |")
    rrows = ["| pair | ratio of req/s at 10 in each round | median |", "|---|---|---|"]
    for name, pair in results["ratios"].items():
        each = ", ".join(f"{r['ratio']:.3f}" for r in pair["rounds"])
        rrows.append(f"| {name} | {each} | {pair['median_ratio']:.3f} |")
    table = (
        f"<!-- bench:summary -->\nLast run: {results['date']} on {results['machine']['cpus']} CPUs, "
        f"{results['machine']['gunicorn_workers']} gunicorn workers, {results['machine']['duration_s']} s per point "
        f"(`bench/results/{results['file']}`).\n\n"
        + "\n".join(brows)
        + "\n\n"
        + "\n".join(rrows)
        + "\n\n"
        + "\n".join(rows)
        + "\n<!-- /bench:summary -->"
    )
    text = DOC.read_text() if DOC.exists() else ""
    pattern = re.compile(r"<!-- bench:summary -->.*<!-- /bench:summary -->", re.S)
    DOC.write_text(
        pattern.sub(lambda _m: table, text) if pattern.search(text) else text + "\n" + table + "\n"
    )


# ---------------------------------------------------------------------------


def build(env: dict) -> None:
    fixtures = WORK / "fixtures.json"
    say(f"cache and sessions in {'Redis' if 'REDIS_URL' in env else 'PostgreSQL'}")
    if "REDIS_URL" in env:
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{DB_NAME}"')
    say("migrating and loading the demo")
    for args in (["migrate", "--no-input", "-v", "0"], ["createcachetable"], ["collectstatic", "--no-input", "-v", "0"],
                 ["compilemessages", "-v", "0", "--ignore", ".venv/*", "--ignore", "node_modules/*"], ["seed_demo"]):  # fmt: skip
        manage(env, *args)
    say(f"building the dataset ({TRAINEES} trainees, {ATTEMPTS} attempts)")
    fixtures = WORK / "fixtures.json"
    subprocess.run(
        [PYTHON, "-m", "bench.dataset", "--out", str(fixtures), "--trainees", str(TRAINEES),
         "--attempts", str(ATTEMPTS), "--bulk-certificates", str(BULK_CERTIFICATES), "--submissions", str(SUBMISSIONS),
         "--cohort", str(COHORT)],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip


def serve(env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [GUNICORN, "config.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", str(WORKERS),
         "--log-level", "warning", "--timeout", "60"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        with suppress(requests.RequestException):
            if requests.get(f"{BASE}/healthz", timeout=5).status_code == 200:
                return server
        if time.monotonic() > deadline:
            server.send_signal(signal.SIGTERM)  # a SIGKILL would leave its workers running
            server.wait(timeout=30)
            raise SystemExit("bench: gunicorn never became healthy")
        time.sleep(0.5)


def main() -> int:
    global CSRF
    shutil.which("wrk") or subprocess.run([str(ROOT / "bin" / "ensure-debian-packages"), "wrk"], check=True)
    began = time.monotonic()
    reuse = "--reuse" in sys.argv[1:]
    fixtures = WORK / "fixtures.json"
    if reuse:
        # Drive the database and sessions of the previous run again (developing the harness).
        env = json.loads((WORK / "env.json").read_text())
    else:
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        env = environment()
        (WORK / "env.json").write_text(json.dumps(env))
        build(env)
    # Tasks the demo and the dataset queued (search and reference index updates) and no
    # worker ran: once older than HEALTHZ_MAX_QUEUE_AGE (a slow build, a --reuse), /healthz
    # would report a stalled queue. The bulk rendering queues its own.
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as db:
        db.execute("DELETE FROM django_tasks_database_dbtaskresult WHERE status = 'READY'")
    fx = json.loads(fixtures.read_text())
    CSRF = fx["csrf"]
    dataset_s = time.monotonic() - began
    say(f"dataset ready after {dataset_s:.0f} s; starting gunicorn with {WORKERS} workers on {BASE}")
    server = serve(env)
    try:
        # Warm every worker (imports, template loading) before measuring.
        wrk(
            "warm-up",
            [
                ("GET", fx["urls"]["course_anonymous"], "-", "-"),
                ("GET", fx["urls"]["lesson"], fx["readers"][0], "-"),
            ],
            4,
        )
        # Every exercise page once per attempt: the scenario's case file and each
        # assessed attempt's form are in the shared cache, as on a running server.
        wrk(
            "warm-up-exercises",
            [
                ("GET", t["url"], t["session"], "-")
                for name in (
                    "workspace_large",
                    "consignment_large",
                    "osint_large",
                    "examination_large",
                    "debrief_large",
                    "workspace_small",
                )
                for t in fx[name]
            ],  # fmt: skip
            2,
            once=True,
        )
        load = load_phase(fx)
        ratios = ratio_phase(fx)
        if ONLY:
            say("BENCH_ONLY is set: no burst, timings or results written")
            return 0
        burst_ = burst(fx)
        say(
            f"exam-start burst: {burst_['errors']} errors of {burst_['users']}, p95 {burst_['p95_ms']} ms, "
            f"all started after {burst_['all_started_s']} s"
        )
        weights = page_weight(fx)
        say("page weights: " + ", ".join(f"{k} {v['total_bytes'] // 1024} KB" for k, v in weights.items()))
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    say("in-process timings")
    timings_out = WORK / "timings.json"
    subprocess.run([PYTHON, "-m", "bench.timings", "--out", str(timings_out), "--fixtures", str(fixtures)],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    timings = json.loads(timings_out.read_text())
    timings["scenario_large"] = fx["scenario_large"]
    say(f"bulk rendering of {len(fx['bulk_certificates'])} certificates through {WORKERS} task workers")
    timings["certificate_bulk"] = bulk_certificates(env, fx["bulk_certificates"], env["DATABASE_URL"])
    say(f"bulk: {timings['certificate_bulk']}")

    now = dt.datetime.now(dt.UTC)
    name = now.strftime("%Y-%m-%d") + ".json"
    results = {
        "date": now.strftime("%Y-%m-%d %H:%M UTC"),
        "file": name,
        "machine": {
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
            "gunicorn_workers": WORKERS,
            "duration_s": DURATION,
            "connections": CONNECTIONS,
            "cache": "redis" if "REDIS_URL" in env else "database",
        },
        "dataset": {**fx["population"], "build_timings": fx["build_timings"]},
        "load": load,
        "ratios": ratios,
        "exam_start_burst": burst_,
        "page_weight": weights,
        "timings": timings,
    }
    results["budgets"] = budgets(load, ratios, burst_, weights, timings, timings["queries"])
    results["total_seconds"] = round(time.monotonic() - began, 1)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / name).write_text(json.dumps(results, indent=2) + "\n")
    write_doc(results)
    failed = [k for k, b in results["budgets"].items() if not b["pass"]]
    say(
        f"wrote bench/results/{name} in {results['total_seconds']:.0f} s; budgets missed: {', '.join(failed) or 'none'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
