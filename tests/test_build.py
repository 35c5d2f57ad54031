"""The build: validation errors name file, record and field; atomic; deterministic."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.data.build import build
from assistant.data.errors import DataError
from assistant.data.load import load
from assistant.paths import data_dir, needs_build

EXPECTED_TABLES = {
    "sources", "source_sections", "topics", "metrics", "metric_aliases", "observations",
    "events", "people", "event_people", "relationship_labels", "disagreements",
    "disagreement_records", "disagreement_inputs", "qualifiers", "build_info",
}


def dump(path: Path) -> list:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "select name from sqlite_master where type='table' and name not like '%_fts%' order by name")]
        return [(t, connection.execute(f"select * from [{t}]").fetchall()) for t in tables]


def test_tables_keys_indexes_and_search(db_path):
    with sqlite3.connect(db_path) as connection:
        names = {r[0] for r in connection.execute("select name from sqlite_master where type='table'")}
        assert EXPECTED_TABLES <= names
        assert {"observations_fts", "events_fts", "metrics_fts"} <= names
        fks = connection.execute("pragma foreign_key_list(observations)").fetchall()
        assert {(fk[2], fk[3]) for fk in fks} == {("metrics", "metric_id"), ("sources", "source_id")}
        indexes = {r[1] for r in connection.execute("pragma index_list(observations)")}
        assert any("metric_id" in name for name in indexes)
        assert connection.execute("pragma foreign_key_check").fetchall() == []
        hits = connection.execute(
            "select count(*) from events_fts where events_fts match 'exercise'").fetchone()[0]
        assert hits > 0


def test_same_files_give_same_rows(tmp_path):
    first, second = build(tmp_path / "a.db"), build(tmp_path / "b.db")
    assert dump(first) == dump(second)


def test_conflicts_view_pairs_disagreeing_sources(db_path):
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("select about, source_a, source_b from conflicts").fetchall()
    assert any(about == "trade-2025" for about, _, _ in rows)
    assert any(about == "first-joint-exercise" for about, _, _ in rows)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    folder = tmp_path / "db"
    shutil.copytree(data_dir(), folder, ignore=shutil.ignore_patterns("*.db", ".build-*"))
    return folder


def append_row(path: Path, row: str) -> None:
    path.write_text(path.read_text().rstrip("\n") + "\n" + row + "\n")


BAD_ROWS = {
    "wrong type": ("bad-value-wp,trade_total,2024,lots,,wikipedia-china-russia-relations,Economic relations,,,",
                   "bad-value-wp", "value"),
    "unknown source": ("bad-source,trade_total,2024,1,,nowhere-news,Economic relations,,,",
                       "bad-source", "source"),
    "unknown metric": ("bad-metric-wp,trade_totl,2024,1,,wikipedia-china-russia-relations,Economic relations,,,",
                       "bad-metric-wp", "metric"),
    "duplicate id": ("trade-total-2024-wp,trade_total,2024,1,,wikipedia-china-russia-relations,Economic relations,,,",
                     "trade-total-2024-wp", "id"),
    "bad period": ("bad-period-wp,trade_total,2024-13,1,,wikipedia-china-russia-relations,Economic relations,,,",
                   "bad-period-wp", "period"),
    "unknown locator": ("bad-locator-wp,trade_total,2024,1,,wikipedia-china-russia-relations,Economy,,,",
                        "bad-locator-wp", "locator"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_a_bad_record_is_named_and_the_last_good_database_survives(case, data_copy, tmp_path):
    target = build(tmp_path / "good.db", data_copy)
    before = target.read_bytes()
    row, record, field = BAD_ROWS[case]
    append_row(data_copy / "observations" / "trade.csv", row)
    with pytest.raises(DataError) as caught:
        build(target, data_copy)
    problems = caught.value.problems
    assert any(p.file == "observations/trade.csv" and p.record == record and p.field == field
               for p in problems), problems
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".build-*.db"))  # the lock file stays; no temporary database does


def test_malformed_yaml_is_reported_with_its_line(data_copy):
    (data_copy / "events" / "broken.yaml").write_text("- id: x\n  date: [unclosed\n")
    with pytest.raises(DataError) as caught:
        load(data_copy)
    assert any(p.file == "events/broken.yaml" and p.record.startswith("line") for p in caught.value.problems)


def test_an_event_with_an_unknown_person_is_refused(data_copy):
    (data_copy / "events" / "extra.yaml").write_text(
        "- id: extra-event\n  date: '2024-05'\n  title: T\n  category: visit\n  summary: S\n"
        "  people: [nobody-known]\n  source: china-russia-dashboard\n  locator: Trade\n")
    with pytest.raises(DataError) as caught:
        load(data_copy)
    assert [(p.record, p.field) for p in caught.value.problems] == [("extra-event", "people")]


def test_needs_build_follows_file_times(data_copy, tmp_path):
    target = tmp_path / "x.db"
    assert needs_build(target, data_copy)
    build(target, data_copy)
    assert not needs_build(target, data_copy)
    newest = data_copy / "labels.yaml"
    newest.touch()
    import os
    stamp = target.stat().st_mtime + 5
    os.utime(newest, (stamp, stamp))
    assert needs_build(target, data_copy)


# --- events dated to a span of years --------------------------------------------------

def test_an_event_may_be_dated_to_a_span(data_copy):
    (data_copy / "events" / "extra.yaml").write_text(
        "- id: span-event\n  date: 1858/1860\n  title: T\n  category: history\n  summary: S\n"
        "  source: wikipedia-china-russia-relations\n  locator: History\n"
        "- id: backwards-event\n  date: 1860/1858\n  title: T\n  category: history\n  summary: S\n"
        "  source: wikipedia-china-russia-relations\n  locator: History\n"
        "- id: half-event\n  date: 2023-H1/2024\n  title: T\n  category: history\n  summary: S\n"
        "  source: wikipedia-china-russia-relations\n  locator: History\n")
    with pytest.raises(DataError) as caught:
        load(data_copy)
    assert sorted((p.record, p.field) for p in caught.value.problems) == [
        ("backwards-event", "date"), ("half-event", "date")]


def test_a_span_event_is_found_in_every_year_it_covers(db_path, engine):
    with sqlite3.connect(db_path) as connection:
        row = connection.execute(
            "select date, precision, date_start, date_end, year from events"
            " where id = 'russian-annexation-manchuria-1858-1860'").fetchone()
    assert row == ("1858/1860", "span", "1858-01-01", "1860-12-31", 1858)
    answer = engine.ask("what happened in 1859?")
    assert "russian-annexation-manchuria-1858-1860" in {e.event_id for e in answer.events}


# --- records that used to build, and files that were not read --------------------------

EVENT = ("- id: {id}\n  date: '2024-05'\n  title: T\n  category: visit\n  summary: S\n"
         "  source: china-russia-dashboard\n  locator: Trade\n")


def problems_of(folder: Path) -> list:
    with pytest.raises(DataError) as caught:
        build(folder.parent / "out.db", folder)
    return caught.value.problems


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e999"])
def test_a_value_that_is_not_a_finite_number_is_refused(value, data_copy):
    append_row(data_copy / "observations" / "trade.csv",
               f"odd-value-wp,trade_total,2024,{value},,wikipedia-china-russia-relations,Economic relations,,,")
    assert [(p.file, p.record, p.field) for p in problems_of(data_copy)] == [
        ("observations/trade.csv", "odd-value-wp", "value")]


def test_an_empty_yaml_file_is_refused_but_one_with_a_comment_is_not(data_copy):
    (data_copy / "events" / "emptied.yaml").write_text("\n  \n")
    (data_copy / "people" / "none-yet.yaml").write_text("# No one yet: the sources name no diplomats here.\n")
    assert [(p.file, p.record) for p in problems_of(data_copy)] == [("events/emptied.yaml", "-")]


def test_a_yml_file_is_named_not_silently_skipped(data_copy):
    (data_copy / "events" / "extra.yml").write_text(EVENT.format(id="extra-event"))
    problems = problems_of(data_copy)
    assert [(p.file, p.message) for p in problems] == [("events/extra.yml", "not read: rename it extra.yaml")]


def test_a_file_where_no_kind_of_record_is_read_is_named(data_copy):
    (data_copy / "events" / "old").mkdir()
    (data_copy / "events" / "old" / "more.yaml").write_text(EVENT.format(id="more-event"))
    assert [p.file for p in problems_of(data_copy)] == ["events/old/more.yaml"]


def test_a_key_written_twice_names_the_record_and_the_field(data_copy):
    (data_copy / "events" / "twice.yaml").write_text(EVENT.format(id="twice-event") + "  date: '2023-01'\n")
    problems = problems_of(data_copy)
    assert [(p.file, p.record, p.field) for p in problems] == [("events/twice.yaml", "twice-event", "date")]
    assert "lines 2 and 8" in problems[0].message


def test_a_folder_named_like_a_file_of_records_is_named_not_a_crash(data_copy, tmp_path):
    (data_copy / "events" / "x.yaml").mkdir()
    assert [(p.file, p.message) for p in problems_of(data_copy)] == [
        ("events/x.yaml", "a folder, not a file of records")]
    assert needs_build(tmp_path / "none.db", data_copy)  # the staleness check does not trip on it


def test_a_byte_order_mark_is_read_not_taken_for_the_first_column(data_copy, tmp_path):
    plain = build(tmp_path / "plain.db", data_copy)
    for path in [data_copy / "observations" / "trade.csv", data_copy / "events" / "exercise.yaml"]:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    marked = build(tmp_path / "marked.db", data_copy)

    def records(path):
        with sqlite3.connect(path) as connection:
            return [connection.execute(f"select * from {table} order by id").fetchall()
                    for table in ("observations", "events")]

    assert records(marked) == records(plain)


def test_a_csv_column_named_twice_is_named(data_copy):
    path = data_copy / "observations" / "trade.csv"
    header, rest = path.read_text().split("\n", 1)
    path.write_text(header + ",note\n" + rest)
    problems = [(p.file, p.record, p.field) for p in problems_of(data_copy)]
    assert problems[0] == ("observations/trade.csv", "line 1", "note")


# --- housekeeping: leftovers, file mode, one build at a time ----------------------------


def test_a_killed_builds_leftover_is_cleared_by_the_next_build(data_copy, tmp_path):
    leftover = tmp_path / ".build-out.db-4242-deadbeef.db"
    leftover.write_bytes(b"half a database")
    other = tmp_path / ".build-other.db-4242-deadbeef.db"  # another database's: not this build's to clear
    other.write_bytes(b"")
    build(tmp_path / "out.db", data_copy)
    assert not leftover.exists() and other.exists()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_the_database_is_readable_as_the_umask_allows(umask, mode, data_copy, tmp_path):
    previous = os.umask(umask)
    try:
        path = build(tmp_path / "out.db", data_copy)
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == mode


def test_a_process_finding_the_database_stale_waits_for_a_build_under_way(data_copy, tmp_path, monkeypatch):
    import fcntl
    import threading

    target = tmp_path / "out.db"
    assert needs_build(target, data_copy)
    built_elsewhere = build(tmp_path / "elsewhere.db", data_copy)
    asking, real_flock, results = threading.Event(), fcntl.flock, []

    def flock(handle, operation):
        if threading.current_thread() is waiting and operation == fcntl.LOCK_EX:
            asking.set()  # the second build asks for the lock now
        return real_flock(handle, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    with open(tmp_path / ".build-out.db.lock", "a") as lock:
        real_flock(lock, fcntl.LOCK_EX)  # another process is building
        waiting = threading.Thread(target=lambda: results.append(build(target, data_copy, if_stale=True)))
        waiting.start()
        assert asking.wait(120), "the second build did not ask for the lock"
        os.replace(built_elsewhere, target)  # ... and finishes
        inode = target.stat().st_ino
        real_flock(lock, fcntl.LOCK_UN)
    waiting.join(timeout=120)
    assert results == [target]
    assert target.stat().st_ino == inode  # found fresh once the lock was its own: not built again
