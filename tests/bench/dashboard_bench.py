#!/usr/bin/env python3
"""Dashboards at scale: keel-platform with 1M and 10M requests, and the console against it.

For each size it prints
  - the platform's aggregate endpoints: p50 / p95 / max over repeated calls (keep-alive),
  - the console (GUI, offscreen) on an empty cache and again on the warm cache: time from
    process start to the first spend frame with data and to the SLO frame, the sync timeline,
    peak RSS (VmHWM) and the cache's size on disk.

The console reports its frames on the keel.perf logging category (see models/logging.h); this
script only reads those lines, so what it measures is what the console itself saw.

Usage: tests/bench/dashboard_bench.py BUILD_DIR [--sizes 1,10] [--data-root DIR] [--repeat 30] [--warm-runs 5]
Generated platform data is kept in --data-root (default BUILD_DIR/bench-data) and reused.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

NOW = "2026-11-30T12:00:00Z"  # pinned: the dataset and the console's clock never read today
DAYS = 30


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def start_platform(build, data_dir, per_day):
    cmd = [os.path.join(build, "bin", "keel-platform"), "--listen", "127.0.0.1:0", "--data", data_dir,
           "--days", str(DAYS), "--requests-per-day", str(per_day), "--now", NOW, "--demo-tokens"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = proc.stdout.readline().strip()
    if not url.startswith("http://"):
        proc.kill()
        sys.exit("keel-platform did not start: " + proc.stderr.read())
    threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()  # drain
    tokens = json.load(open(os.path.join(data_dir, "demo-tokens.json")))
    return proc, url, tokens


def timed_get(conn, path, token):
    started = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": "Bearer " + token})
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000.0
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status} {body[:200]!r}")
    return elapsed, body


def bench_aggregates(url, tokens, repeat):
    parsed = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
    finops, council = tokens["finops"], tokens["council"]
    end_day = NOW[:10]
    dims = "model,provider,use_case,team,customer_segment,route,prompt_template"
    slos = json.loads(timed_get(conn, "/v1/slos?limit=1000", council)[1])["items"]
    cases = [
        ("spend, 30 days by model (daily)", f"/v1/spend?granularity=day&group_by=model&limit=10000", finops),
        ("spend, 30 days, every dimension, first page", f"/v1/spend?granularity=day&group_by={dims}&limit=10000", finops),
        ("spend, 7 days hourly by team", f"/v1/spend?granularity=hour&group_by=team&from=2026-11-23&to={end_day}&limit=10000", finops),
        ("spend, 12 weeks weekly by use case", "/v1/spend?granularity=week&group_by=use_case&limit=10000", finops),
        ("budgets", "/v1/budgets", finops),
        ("slos", "/v1/slos", council),
        (f"slo status, each of {len(slos)} (30d)", None, council),
        ("series p95 latency, 7 days hourly", "/v1/telemetry/series?metric=latency_p95_ms&step=3600", council),
        ("series request rate by route, 7 days", "/v1/telemetry/series?metric=request_rate&step=3600&group_by=route", council),
        ("metrics exposition", "/metrics", council),
    ]
    rows = []
    for name, path, token in cases:
        times = []
        for i in range(repeat):
            if path is None:
                slo = slos[i % len(slos)]["id"]
                times.append(timed_get(conn, f"/v1/slos/{slo}/status?window=30d", token)[0])
            else:
                times.append(timed_get(conn, path, token)[0])
        rows.append((name, percentile(times, 50), percentile(times, 95), max(times)))
    # The console's own roll-up sync: every page of the full-dimension daily spend.
    times, pages = [], 0
    for _ in range(max(3, repeat // 10)):
        cursor, started = None, time.perf_counter()
        while True:
            path = f"/v1/spend?granularity=day&group_by={dims}&limit=10000" + (f"&cursor={cursor}" if cursor else "")
            page = json.loads(timed_get(conn, path, finops)[1])
            pages += 1
            cursor = page.get("next_cursor")
            if not cursor:
                break
        times.append((time.perf_counter() - started) * 1000.0)
    rows.append((f"spend roll-up sync, all pages ({pages // len(times)})", percentile(times, 50), percentile(times, 95), max(times)))
    return rows


PERF = re.compile(r"keel\.perf: (.*)")


def run_console(build, url, token, view, cache_dir, settle_after, timeout_s=600):
    """Starts the console, collects keel.perf lines until `settle_after(lines)` says enough."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "KEEL_TOKEN": token,
                "QT_LOGGING_RULES": "keel.perf.info=true;keel.*.debug=false",
                "XDG_CONFIG_HOME": os.path.join(cache_dir, "config")})
    cmd = [os.path.join(build, "bin", "keel"), "--platform", url, "--cache-dir", cache_dir, "--now", NOW,
           "--view", view]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    lines, hwm = [], 0
    deadline = time.time() + timeout_s

    def read_hwm():
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) // 1024
        except OSError:
            pass
        return 0

    for line in proc.stderr:
        m = PERF.search(line)
        if m:
            lines.append(m.group(1).strip())
            hwm = max(hwm, read_hwm())
            if settle_after(lines):
                break
        if time.time() > deadline:
            lines.append("TIMEOUT")
            break
    hwm = max(hwm, read_hwm())
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
    return lines, hwm


def since_start(line):
    m = re.search(r"since start (\d+) ms", line)
    return int(m.group(1)) if m else None


def first(lines, prefix, must=""):
    for line in lines:
        if line.startswith(prefix) and must in line:
            return line
    return None


def dir_mb(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            if f.endswith((".sqlite", ".db", "-wal", "-shm")) or "cache" in f:
                total += os.path.getsize(os.path.join(root, f))
    return total / 1e6


def console_runs(build, url, tokens, label, warm_runs):
    """Each role on its own view, first on an empty cache (a full first sync, the raw-request
    window last), then `warm_runs` times on the cache that run left (warm). One start of a GUI
    process varies by ±60 ms on two cores, so the warm row is the run with the median first
    frame, and the spread of all warm runs is printed beside it."""
    out = []
    last_resource = "sync requests"
    for role, view in (("finops", "spend"), ("council", "slo")):
        cache = tempfile.mkdtemp(prefix="keel-bench-cache-")
        try:
            warm = []
            for state in ["empty"] + ["warm"] * warm_runs:
                if view == "spend":
                    done = lambda ls: (any(l.startswith(last_resource) for l in ls)
                                       and any(l.startswith("spend frame") and "data" in l for l in ls))
                else:
                    done = lambda ls: (any(l.startswith("slo frame") for l in ls)
                                       and any(l.startswith(last_resource) for l in ls))
                lines, hwm = run_console(build, url, tokens[role], view, cache, done)
                frame = first(lines, "spend frame", "data") if view == "spend" else first(lines, "slo frame")
                run = (label, view, state, frame, [l for l in lines if l.startswith("sync ")], hwm, dir_mb(cache), "")
                if state == "empty":
                    out.append(run)
                else:
                    warm.append(run)
            if warm:
                ats = sorted(since_start(r[3]) if r[3] else 10**9 for r in warm)
                median = ats[len(ats) // 2]
                pick = next(r for r in warm if (since_start(r[3]) if r[3] else 10**9) == median)
                spread = f"n={len(ats)}, {ats[0]}-{ats[-1]} ms" if len(ats) > 1 else ""
                out.append(pick[:7] + (spread,))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build")
    ap.add_argument("--sizes", default="1,10", help="millions of platform requests, comma-separated")
    ap.add_argument("--data-root", default=None)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--warm-runs", type=int, default=5, help="console starts on the warm cache (median shown)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    root = os.path.abspath(args.data_root or os.path.join(build, "bench-data"))
    os.makedirs(root, exist_ok=True)
    for size in [int(s) for s in args.sizes.split(",")]:
        per_day = 34_000 * size  # the recipe: 30 days x 34,000 a day is 1.005M (diurnal shape)
        data = os.path.join(root, f"platform-{size}M")
        generated = not os.path.exists(os.path.join(data, "platform.db"))
        started = time.perf_counter()
        proc, url, tokens = start_platform(build, data, per_day)
        label = f"{size}M"
        print(f"== {label} requests ({DAYS} days x {per_day}/day)"
              + (f", generated in {time.perf_counter() - started:.1f} s" if generated else ", data reused"))
        try:
            print(f"{'platform endpoint':58s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
            for name, p50, p95, mx in bench_aggregates(url, tokens, args.repeat):
                print(f"{name:58s} {p50:8.1f} {p95:8.1f} {mx:8.1f}")
            print(f"{'console':8s} {'view':5s} {'cache':6s} {'first frame':>12s} {'load':>8s} {'peak RSS':>9s} {'cache':>9s}"
                  f"  {'warm runs':>20s}  sync timeline")
            for (_, view, state, frame, syncs, hwm, cache_mb, spread) in console_runs(build, url, tokens, label,
                                                                                      args.warm_runs):
                at = since_start(frame) if frame else None
                load = re.search(r"(load|painted) (\d+) ms", frame or "")
                timeline = ", ".join(f"{s.split(',')[0][5:]} {since_start(s)}" for s in syncs)
                print(f"{label:8s} {view:5s} {state:6s} {str(at) + ' ms' if at is not None else 'none':>12s} "
                      f"{(load.group(2) + ' ms') if load else '-':>8s} {hwm:>6d} MB {cache_mb:7.0f} MB"
                      f"  {spread:>20s}  {timeline}")
        finally:
            proc.terminate()
            proc.wait(30)


if __name__ == "__main__":
    main()
