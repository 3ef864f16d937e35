"""Load on the production stack: gunicorn + PostgreSQL + Redis on loopback, measured by wrk.

Builds the demo agency in a throwaway PostgreSQL database (plus a stock Wagtail page holding the
same text as a news page, as benchmarks/serve.py does), starts gunicorn on the production
settings, and measures the home page, a news page, the stock page, search and the sitemap: first
with the page cache off (every page built by Django), then on (KHAOSAN_PAGE_CACHE_SECONDS).
Pages are measured round by round, interleaved, so machine noise hits them alike. Prints
requests/s and p50/p95 latency per page, and the ratio news / stock in each mode.

Every request goes to 127.0.0.1 only; each wrk run is bounded by --duration.

    .venv/bin/python benchmarks/load.py [--duration 5] [--rounds 2] [--connections 8]
    make load
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
POSTGRES = os.environ.get(
    "KHAOSAN_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("KHAOSAN_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
SEARCH = "/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"  # ข่าว (news)

WRK_SCRIPT = """
wrk.headers["X-Forwarded-Proto"] = "https"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'KHAOSAN {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, '
    .. '"status_errors": %d, "other_errors": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def prepare():
    """In a child process on the benchmark settings: seed the demo, add the stock twin, print
    the URLs to measure as JSON."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    from benchmarks.serve import governed_page, stock_twin
    from content_types.demo import seed_demo

    seed_demo(os.environ.get("DEMO_PASSWORD", "benchmark-password"))
    news = governed_page()
    html = Client().get(news.url).content.decode()
    main_text = html.split("<main", 1)[1].split("</main>", 1)[0].split(">", 1)[1]
    stock = stock_twin(news, main_text)
    print(json.dumps({"home": "/", "news": news.url, "stock": stock.url}))


def run(args, env, **kwargs):
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, **kwargs)  # noqa: S603
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback only
        return response.status


def start_gunicorn(env, port, log):
    process = subprocess.Popen(  # noqa: S603
        [GUNICORN, "-c", "cms/gunicorn.conf.py"],
        cwd=ROOT, env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.flush()
            sys.exit("gunicorn exited at start:\n" + Path(log.name).read_text()[-3000:])
        try:
            if get(f"http://127.0.0.1:{port}/healthz/") == 200:
                return process
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    stop(process)
    log.flush()
    sys.exit("gunicorn did not answer within 60 s:\n" + Path(log.name).read_text()[-3000:])


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wrk(url, duration, connections, script):
    command = [shutil.which("wrk"), "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    output = subprocess.run(  # noqa: S603
        [*command, "-s", script, url],
        capture_output=True, text=True, timeout=duration + 60, check=True,
    ).stdout  # fmt: skip
    line = next(ln for ln in output.splitlines() if ln.startswith("KHAOSAN "))
    result = json.loads(line.removeprefix("KHAOSAN "))
    if not result["requests"]:
        sys.exit(f"{url}: no answer within {duration} s")
    if result["status_errors"] or result["other_errors"]:
        sys.exit(f"{url}: {result['status_errors']} non-2xx/3xx answers, "
                 f"{result['other_errors']} socket errors")  # fmt: skip
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per page per round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn processes")
    parser.add_argument("--keep", action="store_true", help="keep the database and files")
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        return prepare()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (make load does it)")

    import psycopg

    name = f"khaosan_load_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    tmp = Path(tempfile.mkdtemp(prefix="khaosan-load-"))
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env = {
        **clean,
        "DATABASE_URL": POSTGRES.rsplit("/", 1)[0] + "/" + name,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "MEDIA_ROOT": str(tmp / "media"),
        "TEST_MEDIA_ROOT": str(tmp / "media"),  # where the demo builder (test settings) writes
        "STATIC_ROOT": str(tmp / "static"),
        "PYTHAINLP_OFFLINE": "1",
        "WEB_CONCURRENCY": str(args.workers),
        "GUNICORN_ACCESSLOG": os.environ.get("GUNICORN_ACCESSLOG", ""),  # not measured by default
        "GUNICORN_MAX_REQUESTS": "0",  # a worker restart mid-run would be measured too
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
        "KHAOSAN_REQUIRE_2FA": "0",
    }
    production = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.production_settings"}
    script = tmp / "report.lua"
    script.write_text(WRK_SCRIPT)
    try:
        print(f"Building the demo in PostgreSQL database {name} ...", flush=True)
        run([PYTHON, "manage.py", "migrate", "--noinput"], production)
        demo = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
        urls = json.loads(run([PYTHON, __file__, "--prepare"], demo).strip().splitlines()[-1])
        urls.update(search=SEARCH, sitemap="/sitemap.xml")
        run([PYTHON, "manage.py", "collectstatic", "--noinput"], production)

        results = {}
        for mode, seconds in (("no cache", "0"), ("page cache", "300")):
            port = free_port()
            with open(tmp / f"gunicorn-{seconds}.log", "wb") as log:
                server = start_gunicorn(
                    {**production, "KHAOSAN_PAGE_CACHE_SECONDS": seconds}, port, log
                )
                try:
                    base = f"http://127.0.0.1:{port}"
                    for path in urls.values():  # warm up: templates, connections, the cache
                        for _ in range(5):
                            get(base + path)
                    runs = {page: [] for page in urls}
                    for _ in range(args.rounds):
                        for page, path in urls.items():
                            runs[page].append(
                                wrk(base + path, args.duration, args.connections, script)
                            )
                    results[mode] = runs
                except SystemExit:
                    print(
                        f"{mode}: gunicorn's log:",
                        (tmp / f"gunicorn-{seconds}.log").read_text()[-4000:],
                    )
                    raise
                finally:
                    stop(server)
        report(results, urls, args)
    finally:
        if args.keep:
            print(f"kept: database {name}, files {tmp}")
        else:
            with psycopg.connect(POSTGRES, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            shutil.rmtree(tmp, ignore_errors=True)


def report(results, urls, args):
    print(
        f"\ngunicorn {args.workers} workers x 4 threads, PostgreSQL, Redis; wrk 1 thread, "
        f"{args.connections} connections, {args.rounds} rounds x {args.duration} s per page; "
        f"{os.cpu_count()} cores"
    )
    print(f"{'mode':<12}{'page':<9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}  path")
    for mode, runs in results.items():
        for page, samples in runs.items():
            rps = statistics.median(r["rps"] for r in samples)
            p50 = statistics.median(r["p50_us"] for r in samples) / 1000
            p95 = statistics.median(r["p95_us"] for r in samples) / 1000
            print(f"{mode:<12}{page:<9}{rps:>9.1f}{p50:>9.1f}{p95:>9.1f}  {urls[page]}")
    for mode, runs in results.items():
        news = statistics.median(r["rps"] for r in runs["news"])
        stock = statistics.median(r["rps"] for r in runs["stock"])
        print(f"ratio news/stock requests/s, {mode}: {news / stock:.2f}")
    off = statistics.median(r["rps"] for r in results["no cache"]["news"])
    on = statistics.median(r["rps"] for r in results["page cache"]["news"])
    print(f"page cache speed-up on the news page: {on / off:.1f}x")


if __name__ == "__main__":
    main()
