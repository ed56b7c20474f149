"""Web benchmark: the officer and public pages under load, on the national-scale register.

    .venv/bin/python benchmarks/web/run.py [--url URL] [--keep] [--reuse] [--scale S] [--seconds N]
                                           [--clients 20] [--page-cache on|off|both] [--only NAME]

Loads the core benchmark's national data set (benchmarks/core/generate.py: 43 forces,
ten years) into a fresh database (SQLite by default, benchmarks/out/web/concord-web.db;
--url for PostgreSQL: an empty database), builds the search index, adds one signed-in
user, and serves the application with gunicorn (`concord serve`) on loopback. Then a
bounded load generator runs against each page in turn for a fixed time: wrk where it is
installed (`apt-get install wrk`; benchmarks/web/sessions.lua gives each request one of
CLIENTS signed-in sessions' cookies, none for the public pages), else asyncio + httpx in
this process (which costs about as much CPU as the server it measures). Both are closed
loop: each connection sends its next request as soon as the last is answered.

The pages come from the table PAGES below. A page whose route does not exist yet
(404) is skipped with a note. The same server returning a static file (GOV.UK
Frontend's CSS) gives the floor; each page's p95 is reported as a ratio of it, with the
server's CPU seconds per request (the gunicorn processes, from /proc).

Goals: issue 11, p95 <= 50 ms for each officer page with 20 clients on a 2-core machine;
issue 12, >= 300 requests/s for the OParl meetings list and p95 <= 50 ms for a public
meeting page and a forum's iCalendar feed.
Results: benchmarks/out/web/results-<backend>-cache-<on|off>.json and a Markdown table on
stdout (pasted into docs/benchmarks.md). Exit status 1 when a page answers with an error status.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "benchmarks" / "out" / "web"
CONCORD = Path(sys.executable).with_name("concord")
sys.path.insert(0, str(ROOT / "benchmarks" / "core"))

EMAIL = "bench@cambridgeshire-opcc.example"
PASSWORD = "a benchmark password, not secret"
GOAL_MS = 50.0
#: issue 12: the public JSON register's list is measured by throughput instead
GOAL_PER_SECOND, THROUGHPUT_PAGES = 300.0, ("/api/",)

#: (name, URL template, what fills it): the pages measured, in order; {agreement} and {meeting} are keys
#: read from the loaded register. The static file is the floor every page is compared with.
PAGES: list[tuple[str, str]] = [
    ("static file (CSS)", "/assets/govuk-frontend.min.css"),
    ("agreement register", "/agreements"),
    ("an agreement's page", "/agreements/{agreement}"),
    ("a meeting's page", "/meetings/{meeting}"),
    ("dashboard (national findings)", "/?as-of={as_of}"),
    ("search", "/search?q=collaboration+agreement"),
    ("search, agreements only", "/search?q=collaboration&kind=agreement"),
    ("forces", "/forces"),
    ("a force", "/forces/kent"),
    ("policing bodies", "/policing-bodies"),
    ("history", "/history"),
    # issue 12: the public pages, asked for by clients that are not signed in
    ("public: OParl meetings list, page 1", "/api/v1/bodies/{body}/meetings"),
    ("public: a meeting's page", "/public/meetings/{public_meeting}"),
    ("public: a forum's iCalendar feed", "/public/meetings/forums/{forum}/calendar.ics"),
]
#: pages asked for without a session (the public ones) start with these
PUBLIC_PREFIXES = ("/api/", "/public/")


@dataclass
class Measured:
    name: str
    path: str
    times: list[float] = field(default_factory=list)
    errors: dict = field(default_factory=dict)
    seconds: float = 0.0
    #: CPU seconds used while measuring: by the load generator, by the server's processes
    cpu: dict = field(default_factory=dict)
    skipped: str | None = None

    #: figures a load generator measured itself (wrk): requests, p50/p95/p99/max in ms
    figures: dict = field(default_factory=dict)

    def summary(self, floor: float | None) -> dict:
        if self.skipped:
            return {"page": self.name, "path": self.path, "skipped": self.skipped}
        if self.figures:
            n, p50, p95, p99, top = (self.figures[k] for k in ("requests", "p50", "p95", "p99", "max"))
        else:
            ms = sorted(t * 1000 for t in self.times)
            q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else [ms[0]] * 99
            n, p50, p95, p99, top = len(ms), statistics.median(ms), q[94], q[98], ms[-1]
        return {"page": self.name, "path": self.path, "requests": n,
                "per_second": round(n / self.seconds, 1), "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
                "p99_ms": round(p99, 1), "max_ms": round(top, 1), "errors": self.errors,
                "p95_over_static": round(p95 / floor, 1) if floor else None, "goal_met": n / self.seconds >= GOAL_PER_SECOND if self.path.startswith(THROUGHPUT_PAGES)
                else p95 <= GOAL_MS,
                **({"cpu_share": {k: round(v / self.seconds, 2) for k, v in self.cpu.items()},
                    "server_cpu_ms_per_request": round(self.cpu.get("server", 0.0) * 1000 / max(n, 1), 2)}
                   if self.cpu else {})}


# --- the register and the server -----------------------------------------------------------

def prepare(url: str, scale: float) -> dict:
    import generate  # benchmarks/core/generate.py

    from concord.services import search, users
    from concord.services.context import system_actor, unit_of_work
    from concord.store.db import Store

    t0 = time.perf_counter()
    loaded = generate.load(url, scale, progress=lambda m: print("  " + m, flush=True))
    store = Store(url, actor="benchmark")
    with unit_of_work(store, system_actor("benchmark")) as ctx:
        t1 = time.perf_counter()
        entries = search.rebuild(ctx)
        t_index = time.perf_counter() - t1
        users.add_user(ctx, EMAIL, "Benchmark Officer", PASSWORD, "cambridgeshire-opcc", "approver")
    keys = _keys(store)
    store.dispose()
    print(f"  search index: {entries} entries in {t_index:.1f} s", flush=True)
    return {"load_seconds": round(time.perf_counter() - t0, 1), "index_entries": entries,
            "index_seconds": round(t_index, 1), "rows": loaded["rows"], "as_of": loaded["as_of"], **keys}


def _keys(store) -> dict:  # noqa: ANN001
    """An agreement and a meeting with the most parts, so that their pages are not the light ones."""
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        agreement = conn.execute(sa.text(
            "SELECT a.slug FROM agreement a JOIN agreement_party p ON p.agreement_id = a.id "
            "GROUP BY a.slug ORDER BY count(*) DESC, a.slug LIMIT 1")).scalar()
        meeting = conn.execute(sa.text(
            "SELECT meeting_id FROM agenda_item GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id "
            "LIMIT 1")).scalar()
        # the public ones: the body, forum and meeting with the most published meetings or items
        public = "m.public = true AND m.marking = 'OFFICIAL' AND f.public = true"
        body = conn.execute(sa.text(
            f"SELECT b.slug FROM meeting m JOIN forum f ON f.id = m.forum_id JOIN policing_body b "
            f"ON b.id = f.policing_body_id WHERE {public} GROUP BY b.slug ORDER BY count(*) DESC, b.slug "
            "LIMIT 1")).scalar()
        forum = conn.execute(sa.text(
            f"SELECT f.slug FROM meeting m JOIN forum f ON f.id = m.forum_id WHERE {public} "
            "GROUP BY f.slug ORDER BY count(*) DESC, f.slug LIMIT 1")).scalar()
        public_meeting = conn.execute(sa.text(
            f"SELECT m.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN forum f ON f.id = m.forum_id "
            f"WHERE {public} GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT 1")).scalar()
    return {"agreement": agreement, "meeting": meeting, "body": body, "forum": forum,
            "public_meeting": public_meeting}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int, threads: int, log: Path,
                 page_cache: bool = True) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "CONCORD_USER"}
    env.update({"CONCORD_DATABASE_URL": url, "CONCORD_SECRET_KEY": "benchmark key, not secret",
                "CONCORD_PAGE_CACHE": "1" if page_cache else "0"})
    proc = subprocess.Popen([str(CONCORD), "serve", "--port", str(port), "--workers", str(workers),
                             "--threads", str(threads)], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the server stopped: see {log}") from None
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"the server did not start in 60 s: see {log}")


def process_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) used so far by process `pid` and each of its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, todo = set(), [pid]
    while todo:
        p = todo.pop()
        tree.add(p)
        todo += [c for c, pp in parent.items() if pp == p and c not in tree]
    return {p: used.get(p, 0.0) for p in tree}


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by process `pid` and its children."""
    return sum(process_cpu(pid).values())


SERVER_PID: list[int] = []
#: the load generator: wrk where installed (apt-get install wrk), else the asyncio + httpx one below
WRK = None if os.environ.get("CONCORD_BENCH_HTTPX") else shutil.which("wrk")


# --- the load generator --------------------------------------------------------------------

async def signed_in_client(base: str):  # noqa: ANN201
    import httpx

    client = httpx.AsyncClient(base_url=base, timeout=30, follow_redirects=False,
                               limits=httpx.Limits(max_connections=1))
    form = await client.get("/sign-in")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form.text)
    if token is None:
        raise RuntimeError("the sign-in page has no CSRF token")
    done = await client.post("/sign-in", data={"csrf_token": token[1], "email": EMAIL, "password": PASSWORD})
    if done.status_code != 302:
        raise RuntimeError(f"signing in failed: {done.status_code}")
    await client.get("/forces")  # as a browser would: the session now holds its CSRF token for forms
    return client


async def hammer(clients: list, path: str, seconds: float, warm: float) -> Measured:
    import httpx

    measured = Measured("", path)
    stop_warm = time.perf_counter() + warm
    stop = stop_warm + seconds

    async def one(client) -> None:  # noqa: ANN001
        while True:
            t0 = time.perf_counter()
            if t0 >= stop:
                return
            try:
                response = await client.get(path)
            except httpx.TransportError as failed:  # e.g. a kept-alive connection the server closed
                if t0 >= stop_warm:
                    name = type(failed).__name__
                    measured.errors[name] = measured.errors.get(name, 0) + 1
                continue
            t1 = time.perf_counter()
            if t0 >= stop_warm:
                measured.times.append(t1 - t0)
                if response.status_code != 200:
                    measured.errors[response.status_code] = measured.errors.get(response.status_code, 0) + 1

    async def cpu_meter() -> None:
        await asyncio.sleep(max(0.0, stop_warm - time.perf_counter()))
        before = time.process_time(), tree_cpu(SERVER_PID[0]) if SERVER_PID else 0.0
        await asyncio.sleep(max(0.0, stop - time.perf_counter()))
        measured.cpu = {"load generator": time.process_time() - before[0]}
        if SERVER_PID:
            measured.cpu["server"] = tree_cpu(SERVER_PID[0]) - before[1]

    await asyncio.gather(cpu_meter(), *(one(c) for c in clients))
    measured.seconds = seconds
    return measured


def wrk_hammer(base: str, cookies: Path, path: str, clients: int, seconds: float, warm: float) -> Measured:
    """One page under wrk: `clients` connections on 2 threads, each request with a signed-in session's cookie
    (none for a public page: `cookies` is then an empty file)."""
    import resource

    def wrk(duration: float) -> str:
        ran = subprocess.run([WRK, "-t", "2", "-c", str(clients), "-d", f"{max(1, round(duration))}s", "--timeout", "30s",
                              "-s", str(HERE / "sessions.lua"), base + path, "--", str(cookies), "2"],
                             capture_output=True, text=True)
        if ran.returncode:
            raise RuntimeError(f"wrk failed: {ran.stderr or ran.stdout}")
        return ran.stdout.strip().splitlines()[-1]

    if warm:
        wrk(warm)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    server = process_cpu(SERVER_PID[0]) if SERVER_PID else {}
    figures = json.loads(wrk(seconds))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    measured = Measured("", path, seconds=figures["duration_us"] / 1e6)
    measured.cpu = {"load generator": after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime}
    if SERVER_PID:
        now = process_cpu(SERVER_PID[0])
        used = {p: t - server.get(p, 0.0) for p, t in now.items()}
        measured.cpu["server"] = sum(used.values())
        # the gunicorn worker that worked most: wrk's kept-alive connections may all land on one
        measured.cpu["busiest worker"] = max(used.values(), default=0.0)
    measured.figures = {"requests": figures["requests"], "max": figures["max_us"] / 1000,
                        **{k: figures[f"{k}_us"] / 1000 for k in ("p50", "p95", "p99")}}
    measured.errors = {int(k): v for k, v in figures["statuses"].items()}
    measured.errors.update({f"socket {k}": v for k, v in figures["socket_errors"].items() if v})
    return measured


async def run_load(base: str, pages: list[tuple[str, str]], n_clients: int, seconds: float,
                   warm: float) -> list[Measured]:
    import httpx

    clients = [await signed_in_client(base) for _ in range(n_clients)]
    anonymous = [httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1))
                 for _ in range(n_clients)]
    cookies = OUT / "sessions.txt"
    cookies.write_text("".join("; ".join(f"{k}={v}" for k, v in c.cookies.items()) + "\n" for c in clients))
    nobody = OUT / "no-sessions.txt"
    nobody.write_text("")
    out = []
    try:
        for name, path in pages:
            public = path.startswith(PUBLIC_PREFIXES)
            asker = anonymous[0] if public else clients[0]
            try:
                probe = await asker.get(path)
            except httpx.TransportError:
                probe = await asker.get(path)
            if probe.status_code == 404:
                m = Measured(name, path, skipped="not built yet (404)")
                print(f"  {name}: skipped, {path} is not built yet (404)", flush=True)
            else:
                if WRK:
                    m = await asyncio.to_thread(wrk_hammer, base, nobody if public else cookies, path, n_clients,
                                                seconds, warm)
                else:
                    m = await hammer(anonymous if public else clients, path, seconds, warm)
                m.name = name
                s = m.summary(None)
                print(f"  {name}: {s['requests']} requests, p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, "
                      f"CPU share {s.get('cpu_share')}"
                      f"{', errors ' + str(m.errors) if m.errors else ''}", flush=True)
            out.append(m)
    finally:
        for c in clients + anonymous:
            await c.aclose()
    return out


# --- the report ----------------------------------------------------------------------------

def _busy(r: dict) -> str:
    share = r.get("cpu_share") or {}
    if "server" not in share:
        return "—"
    return f"{share['server']:.2f} ({share['busiest worker']:.2f})" if "busiest worker" in share \
        else f"{share['server']:.2f}"


def markdown(results: dict) -> str:
    lines = [f"{results['backend']}, page cache {results['page_cache']} ({results['workers']} gunicorn workers × "
             f"{results['threads']} threads, "
             f"{results['clients']} clients ({results['generator']}), {results['seconds']} s per page; load average "
             f"{results['load_average'][0]} before, {results['load_average'][1]} after):", "",
             "| page | requests/s | p50 ms | p95 ms | p95 ÷ static | server CPU ms/request | "
             "server CPUs busy (busiest worker) | goal: p95 ≤ 50 ms (OParl list: ≥ 300 requests/s) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in results["pages"]:
        if "skipped" in r:
            lines.append(f"| {r['page']} (`{r['path']}`) | — | — | — | — | — | — | skipped: {r['skipped']} |")
            continue
        ratio = "1.0" if r["path"].startswith("/assets/") else str(r["p95_over_static"])
        errors = f"; errors {r['errors']}" if r["errors"] else ""
        lines.append(f"| {r['page']} | {r['per_second']} | {r['p50_ms']} | {r['p95_ms']} | {ratio} | "
                     f"{r.get('server_cpu_ms_per_request', '—')} | {_busy(r)} | "
                     f"{'met' if r['goal_met'] else 'missed'}{errors} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="an empty PostgreSQL database (default: a fresh SQLite file)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=10.0, help="measured seconds per page")
    ap.add_argument("--warm", type=float, default=2.0, help="seconds of load before measuring each page")
    ap.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    ap.add_argument("--threads", type=int, default=4, help="threads per worker")
    ap.add_argument("--keep", action="store_true", help="keep the SQLite file")
    ap.add_argument("--reuse", action="store_true", help="use the SQLite file of an earlier --keep run as it is")
    ap.add_argument("--page-cache", choices=("on", "off", "both"), default="on",
                    help="the server's page cache (both: a run without it, then one with it)")
    ap.add_argument("--only", help="measure only the pages whose name contains this text (the static file always)")
    args = ap.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    db_file = OUT / "concord-web.db"
    url = args.url
    if url is None:
        url = f"sqlite:///{db_file}"
        if not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    print(f"Loading the national register (scale {args.scale}) into {url.split('@')[-1]}", flush=True)
    if args.reuse:
        from concord.store.db import Store

        store = Store(url)
        data = {"reused": True, "as_of": "2025-01-15", **_keys(store)}
        store.dispose()
    else:
        data = prepare(url, args.scale)
    pages = [(name, path.format(as_of=data["as_of"], **{k: data[k] for k in
                                                        ("agreement", "meeting", "body", "forum", "public_meeting")}))
             for name, path in PAGES
             if not args.only or path.startswith("/assets/") or args.only in name]
    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    failed = False
    for cache in (("off", "on") if args.page_cache == "both" else (args.page_cache,)):
        proc, base = start_server(url, args.workers, args.threads, OUT / "server.log", cache == "on")
        SERVER_PID[:] = [proc.pid]
        load_before = os.getloadavg()[0]
        try:
            print(f"Serving on {base} (page cache {cache}); {args.clients} clients, {args.seconds} s per page",
                  flush=True)
            measured = asyncio.run(run_load(base, pages, args.clients, args.seconds, args.warm))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        floor = next((m for m in measured if m.path.startswith("/assets/") and not m.skipped), None)
        floor_p95 = floor.summary(None)["p95_ms"] if floor else None
        results = {"backend": backend, "date": dt.date.today().isoformat(), "machine": _machine(),
                   "generator": "wrk" if WRK else "httpx", "page_cache": cache,
                   "clients": args.clients, "seconds": args.seconds, "workers": args.workers, "threads": args.threads,
                   "data": {k: v for k, v in data.items() if k != "rows"},
                   "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
                   "pages": [m.summary(floor_p95) for m in measured]}
        (OUT / f"results-{backend.lower()}-cache-{cache}.json").write_text(json.dumps(results, indent=2))
        print()
        print(markdown(results))
        print()
        # an error status fails the run; a dropped kept-alive connection (retried) is only counted
        failed = failed or any(isinstance(k, int) for m in measured for k in m.errors)
    if not args.keep and not args.url:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    return 1 if failed else 0


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())
