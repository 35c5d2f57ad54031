"""`crr serve` under hostile SQL: bounded per request, the server stays up and
the pages of an ordinary visitor stay fast.

One real server on 127.0.0.1; three clients send queries built to exhaust
memory or time, while a fourth loads ordinary pages.  The bounds asserted
are the issue's: resident memory under 500 MB, the ordinary p99 under
200 ms.  The rest of this file checks the bounds one by one in-process.
"""

from __future__ import annotations

import http.client
import json
import random
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from datasette import hookimpl  # noqa: E402

from assistant.frontends.datasette import bounds  # noqa: E402
from assistant.frontends.datasette.asgi import AccessLog, ResponseCache  # noqa: E402
from assistant.frontends.datasette.plugin import Asker, datasette_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DB = "china_russia"
HOSTILE_SQL = [
    "select zeroblob(100000000) from observations limit 10",
    "select printf('%.*c', 900000000, 'x')",
    "select printf('%.*c', 90000, 'x') from observations",
    "select printf('%.*c', 20000, 'x'), randomblob(500) from observations",  # just under the budget
    "with recursive r(x) as (select 1 union all select x + 1 from r) select count(*) from r",
    "with recursive r(x) as (select 'a' union all select x || x from r) select length(x) from r",
    "with recursive r(x) as (select 1 union all select x + 1 from r limit 10000000) "
    "select x, randomblob(1000) from r order by 2",
    "select * from observations a, events b, metrics c, people d order by random()",
    "select group_concat(a.summary || b.summary) from events a, events b",
    "select length(trim(printf('%.*c', 90000, 'a'), printf('%.*c', 8000, 'b') || 'a')) from observations",
    "with s(x, y) as materialized (select printf('%.*c', 50000, 'a'), printf('%.*c', 25000, 'a') || 'b') "
    "select instr(substr(x, 1 + (a.rowid % 2)), y) from s, observations a, observations b",
    "select count(*) from observations a, observations b, observations c, observations d "
    "where a.note like '%a%e%i%o%u%a%e%i%o%u%x'",
    "select json_group_array(randomblob(5000)) from observations a, observations b",
]
ORDINARY = ["/", f"/{DB}/observations", "/-/dashboards/china-russia", "/-/ask?q=trade+in+2024%3F",
            f"/{DB}/events?category=exercise", f"/{DB}/metric_in_year?metric_id=trade_total&year=2024"]


@contextmanager
def serving(db_path, log: Path):
    """`crr serve --port 0` in a subprocess, its stderr in `log`; yields (process, host, port)."""
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--db", str(db_path), "--port", "0"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True)
    try:
        line = process.stdout.readline()
        if not line.startswith("crr serve: http://127.0.0.1:"):
            raise AssertionError(f"crr serve did not start: {line!r} {log.read_text()}")
        port = int(line.split()[2].rstrip("/").rsplit(":", 1)[1])
        yield process, "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=30)


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Client:
    """One keep-alive connection; returns (status, body, seconds)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.connection = http.client.HTTPConnection(host, port, timeout=60)

    def get(self, path: str) -> tuple[int, bytes, float]:
        began = time.perf_counter()
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            body = response.read()
        except (http.client.HTTPException, OSError):
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            raise
        return response.status, body, time.perf_counter() - began


def said_beyond_access(log: str) -> str:
    """The server's log without its ordinary access lines (status 200): what explains
    an odd status, a traceback or SQLite's error, is what is left."""
    return "\n".join(line for line in log.splitlines()
                     if not (line.startswith("127.0.0.1 ") and " 200 " in line))[-6000:]


def sql_path(sql: str) -> str:
    return f"/{DB}.json?" + urllib.parse.urlencode({"sql": sql})


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads resident memory from /proc")
def test_hostile_sql_neither_exhausts_the_server_nor_slows_an_ordinary_visitor(db_path, tmp_path):
    with serving(db_path, tmp_path / "serve.log") as (process, host, port):
        ordinary = Client(host, port)
        for path in ORDINARY:  # a visitor's pages, as the site has them once visited
            assert ordinary.get(path)[0] == 200, path
        statuses, latencies, peak = {}, [], [resident_mb(process.pid)]
        done = threading.Event()

        def hostile(seed: int) -> None:
            client = Client(host, port)
            queries = HOSTILE_SQL[:]
            random.Random(seed).shuffle(queries)
            for sql in queries:
                statuses[(seed, sql)] = client.get(sql_path(sql))[0]

        def sample() -> None:
            while not done.is_set():
                peak.append(resident_mb(process.pid))
                done.wait(0.02)

        threads = [threading.Thread(target=hostile, args=(seed,)) for seed in range(3)]
        sampler = threading.Thread(target=sample)
        for thread in [*threads, sampler]:
            thread.start()
        while any(thread.is_alive() for thread in threads) and len(latencies) < 20_000:
            path = ORDINARY[len(latencies) % len(ORDINARY)]
            status, _, seconds = ordinary.get(path)
            assert status == 200, path
            latencies.append(seconds)
        for thread in threads:
            thread.join(timeout=60)
        done.set()
        sampler.join()

        assert process.poll() is None, "the server died"
        assert ordinary.get("/")[0] == 200
        assert len(statuses) == 3 * len(HOSTILE_SQL)
        odd = {key: status for key, status in statuses.items() if status not in (200, 400)}
        # Only the odd ones (the whole table is cut short in the report), with what the server
        # said beyond its access lines (a traceback, SQLite's errors) and the access lines of each.
        assert not odd, (odd, said_beyond_access((tmp_path / "serve.log").read_text(errors="replace")))
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99)]
        report = (f"hostile server: peak RSS {max(peak):.0f} MB; ordinary client p99 {p99 * 1000:.0f} ms, "
                  f"p50 {latencies[len(latencies) // 2] * 1000:.1f} ms over {len(latencies)} requests")
        print(report)
        assert max(peak) < 500, report
        assert p99 < 0.2, report


def test_a_failing_query_is_not_served_from_the_cache(db_path, tmp_path):
    with serving(db_path, tmp_path / "serve.log") as (process, host, port):
        client = Client(host, port)
        slow = sql_path("with recursive r(x) as (select 1 union all select x + 1 from r) select count(*) from r")
        for _ in range(2):
            status, body, _ = client.get(slow)
            assert status == 400 and b"too long" in body
        for path in [sql_path("select * from nowhere"), f"/{DB}/no_such_table"]:
            first, second = client.get(path), client.get(path)
            assert first[0] == second[0] != 200


def test_the_console_gets_one_line_for_a_4xx_and_an_access_line_a_request(db_path, tmp_path):
    log = tmp_path / "serve.log"
    with serving(db_path, log) as (process, host, port):
        client = Client(host, port)
        assert client.get("/no/such/page")[0] == 404
        assert client.get("/")[0] == 200
    lines = log.read_text().splitlines()
    assert "Traceback" not in log.read_text()
    assert [line for line in lines if " 404 " in line] == [
        line for line in lines if line.startswith("127.0.0.1 GET /no/such/page 404 ")]
    assert len([line for line in lines if "/no/such/page" in line]) == 1
    assert any(line.startswith("127.0.0.1 GET / 200 ") for line in lines)


class BrokenRoute:
    """A route with a fault of the server's own, to see what a real 500 prints."""

    @staticmethod
    @hookimpl
    def register_routes():
        async def broken(request):
            raise RuntimeError("a fault of the server's own")

        return [(r"^/-/broken$", broken)]


@pytest.mark.asyncio
async def test_a_traceback_is_printed_for_a_real_500_and_never_for_a_4xx(db_path, capfd):
    from datasette.plugins import pm

    pm.register(BrokenRoute, name="crr-test-broken-route")
    try:
        ds = datasette_for(db_path)
        assert (await ds.client.get("/no/such/page")).status_code == 404
        assert (await ds.client.get(sql_path("select * from nowhere"))).status_code == 400
        assert "Traceback" not in capfd.readouterr().err
        assert (await ds.client.get("/-/broken")).status_code == 500
        printed = capfd.readouterr().err
        assert printed.count("Traceback") == 1 and "a fault of the server's own" in printed
    finally:
        pm.unregister(name="crr-test-broken-route")


# --- each bound, in-process -----------------------------------------------------------


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path)


async def query(ds, sql: str):
    response = await ds.client.get(sql_path(sql))
    return response.status_code, response.json()


@pytest.mark.asyncio
@pytest.mark.parametrize("sql, error", [
    ("select zeroblob(100000000)", "too big"),
    ("with recursive r(x) as (select 'a' union all select x || x from r) select x from r", "too big"),
    ("select printf('%.*c', 90000, 'x') from observations", "larger than 8 MB"),
    ("with recursive r(x) as (select 1 union all select x + 1 from r) select count(*) from r", "too long"),
    ("attach database ':memory:' as other", ""),
])
async def test_a_query_past_a_bound_is_a_400_that_says_which(ds, sql, error):
    status, data = await query(ds, sql)
    assert status == 400 and data["ok"] is False
    assert error in data["error"]


@pytest.mark.asyncio
async def test_printf_over_the_length_limit_is_null_at_once_and_otherwise_sqlites(ds):
    sql = "select printf('%5.1f|%-3d|%%|%.*c|%q', 2.25, 7, 3, 'x', 'it''s') as a, format('%s', 1) as b"
    status, data = await query(ds, sql)
    assert status == 200 and data["rows"] == [list(sqlite3.connect(":memory:").execute(sql).fetchone())]
    status, data = await query(ds, "select printf('%.*c', 900000000, 'x') as a")
    assert status == 200 and data["rows"] == [[None]]


@pytest.mark.asyncio
async def test_trim_is_sqlites_trim(ds):
    sql = ("select trim('  x  ') as a, ltrim('aabca', 'ab') as b, rtrim('aabca', 'ca') as c, "
           "trim(12312, '12') as d, trim(null, 'a') as e")
    plain = sqlite3.connect(":memory:").execute(sql).fetchone()
    status, data = await query(ds, sql)
    assert status == 200 and data["rows"] == [list(plain)]


@pytest.mark.asyncio
async def test_ordinary_queries_and_whole_tables_stay_within_the_bounds(ds):
    status, data = await query(ds, "select group_concat(summary, ' ') from events")
    assert status == 200 and len(data["rows"][0][0]) > 10_000
    page = await ds.client.get(f"/{DB}/metric_aliases.json?_size=max")
    assert page.status_code == 200 and len(page.json()["rows"]) == bounds.MAX_RETURNED_ROWS


@pytest.mark.asyncio
async def test_the_settings_are_crrs(ds):
    settings = (await ds.client.get("/-/settings.json")).json()
    for name, value in bounds.SETTINGS.items():
        assert settings[name] == value, name


def test_a_connection_gets_every_sqlite_limit():
    connection = sqlite3.connect(":memory:")
    bounds.limit_connection(connection)
    for limit, value in bounds.SQLITE_LIMITS.items():
        assert connection.getlimit(limit) == value


# --- the response cache and the access log --------------------------------------------


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def page_app(sizes: dict[str, int], calls: list[str], status: int = 200):
    async def app(scope, receive, send):
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * sizes.get(scope["path"], 10)})

    return app


async def get(app, path: str) -> bytes:
    sent = []

    async def send(event):
        sent.append(event)

    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
             "headers": [(b"host", b"h")], "client": ("127.0.0.1", 1)}
    await app(scope, None, send)
    return b"".join(event.get("body", b"") for event in sent if event["type"] == "http.response.body")


@pytest.mark.asyncio
async def test_the_cache_is_bounded_by_bytes_and_frees_what_expires():
    calls, clock = [], Clock()
    sizes = {"/a": 400, "/b": 400, "/c": 400, "/huge": 5000}
    cache = ResponseCache(page_app(sizes, calls), max_bytes=1000, max_entry_bytes=1000, ttl=10, clock=clock)
    for path in ["/a", "/b", "/a", "/b"]:
        await get(cache, path)
    assert calls == ["/a", "/b"] and cache.size == 800
    await get(cache, "/c")  # over 1,000 bytes: the oldest goes
    assert list(key[0] for key in cache.kept) == ["/b", "/c"] and cache.size <= 1000
    assert len(await get(cache, "/huge")) == 5000  # passed through whole, not kept
    assert len(await get(cache, "/huge")) == 5000 and calls.count("/huge") == 2
    clock.now = 11
    await get(cache, "/x")  # any request frees what has expired
    assert [key[0] for key in cache.kept] == ["/x"] and cache.size == 10


@pytest.mark.asyncio
async def test_the_cache_keeps_no_error_and_no_page_whose_facets_timed_out():
    calls = []
    cache = ResponseCache(page_app({}, calls, status=400))
    await get(cache, "/q")
    await get(cache, "/q")
    assert calls == ["/q", "/q"]

    async def degraded(scope, receive, send):
        calls.append("degraded")
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b'<p class="facets-timed-out">These facets'})

    cache = ResponseCache(degraded)
    await get(cache, "/t")
    await get(cache, "/t")
    assert calls.count("degraded") == 2


@pytest.mark.asyncio
async def test_the_access_log_writes_one_short_line_a_request():
    import io

    stream = io.StringIO()
    log = AccessLog(page_app({}, []), stream=stream)
    await get(log, "/a")
    await get(log, "/" + "x" * 5000)
    first, second = stream.getvalue().splitlines()
    assert first.startswith("127.0.0.1 GET /a 200 ") and first.endswith(" ms")
    assert len(second) < 300 and "5,001 characters" in second


# --- the Ask page off the event loop -----------------------------------------------------


@pytest.mark.asyncio
async def test_the_asker_answers_in_its_own_thread_and_refuses_past_its_queue():
    import asyncio

    asker = Asker(threads=1, waiting=2)
    gate = threading.Event()

    def blocked():
        gate.wait(30)
        return threading.current_thread()

    async def third():
        refused = await asker.run(blocked)  # two are waiting already
        gate.set()
        return refused

    # Tasks start in order: the first two are queued when the third asks.
    first, second, refused = await asyncio.gather(asker.run(blocked), asker.run(blocked), third())
    assert refused is None
    assert first is second is not threading.current_thread()  # one thread, not the event loop's
    assert asker.queued == 0


@pytest.mark.asyncio
async def test_ask_json_refuses_a_question_over_the_limit_and_answers_one_under_it(ds):
    from assistant.limits import MAX_QUESTION_CHARS

    over = await ds.client.get("/-/ask.json?q=" + "a" * (MAX_QUESTION_CHARS + 1))
    assert over.status_code == 400 and f"{MAX_QUESTION_CHARS:,}" in over.json()["error"]
    under = await ds.client.get("/-/ask.json?q=" + urllib.parse.quote(("trade in 2024 " * 40)[:MAX_QUESTION_CHARS]))
    assert under.status_code == 200 and json.loads(under.text)["question"]


@pytest.mark.asyncio
async def test_a_page_asking_for_too_many_facets_is_refused(ds):
    many = "&".join(["_facet=metric_id"] * (bounds.MAX_FACETS + 1))
    response = await ds.client.get(f"/{DB}/observations.json?{many}")
    assert response.status_code == 400 and f"at most {bounds.MAX_FACETS}" in response.json()["error"]
    assert (await ds.client.get(f"/{DB}/observations.json?_facet=metric_id&_facet=unit")).status_code == 200


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/-/ask.json?q=", "/-/ask?q="])
async def test_the_ask_page_names_an_impossible_date_rather_than_failing(ds, path):
    response = await ds.client.get(path + urllib.parse.quote("trade on 31 June 2022"))
    assert response.status_code == 200 and "There is no 31 June 2022" in response.text


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", [f"/{DB}/observations", f"/{DB}/metric_in_year", f"/{DB}/observations.csv"])
async def test_a_write_to_a_page_of_the_database_is_a_405_not_a_500(ds, method, path):
    response = await getattr(ds.client, method)(path)
    assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD"
    assert "read-only" in response.json()["error"]


@pytest.mark.asyncio
async def test_a_query_csv_that_fails_after_it_began_is_a_400_not_an_empty_200(ds):
    failing = await ds.client.get(sql_path("select printf('%.*c', 90000, 'x') from observations").replace(".json", ".csv"))
    assert failing.status_code == 400 and "larger than 8 MB" in failing.text
    empty = await ds.client.get(sql_path("select 1 as a where 0").replace(".json", ".csv"))
    assert empty.status_code == 200 and empty.text.strip() == "a"


def test_the_earlier_questions_asked_again_fit_in_their_budget():
    from assistant.frontends.datasette.plugin import KEPT_CHARACTERS, _earlier

    class Request:
        class args:
            @staticmethod
            def getlist(name):
                return ["x" * 400] * 6 + ["trade in 2024?"]

    earlier, problem = _earlier(Request)
    assert not problem and earlier[-1] == "trade in 2024?" and sum(map(len, earlier)) <= KEPT_CHARACTERS


@pytest.mark.asyncio
@pytest.mark.parametrize("sql", ["select fts3_tokenizer('simple')", "select fts3_tokenizer('x', x'00')"])
async def test_fts3_tokenizer_gives_no_address_and_takes_none(ds, sql):
    status, data = await query(ds, sql)
    assert status == 200 and data["rows"] == [[None]]
    status, data = await query(ds, "select count(*) from events_fts where events_fts match 'gas'")
    assert status == 200 and data["rows"][0][0] > 0
