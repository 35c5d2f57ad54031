"""Validated records -> SQLite, atomically and deterministically.

The database is written to a temporary file beside the target and renamed
over it only when complete, so a failing build leaves the last good database
as it was.  Rows are inserted in id order, so the same files give the same
rows.  A lock file beside the database lets one build run at a time: a
process that finds the database stale waits for a build under way, then
builds only if the database is still stale; and a build clears what a killed
build left behind.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .load import Dataset, load
from ..paths import SCHEMA_VERSION, data_dir, data_files, database_path, needs_build
from .periods import parse_period, precision
from ..answering.understand import content_tokens, normalize


def data_fingerprint(folder: Path | None = None) -> str:
    """A hash of every curated file's path and bytes."""
    folder = folder or data_dir()
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for path in data_files(folder):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(db_path: Path | None = None, folder: Path | None = None, if_stale: bool = False) -> Path:
    """Validate the curated files and write the database; return its path.

    With `if_stale`, the database is written only if it is still stale once
    this process holds the build lock (another may have just built it)."""
    folder = folder or data_dir()
    db_path = db_path or database_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(db_path):
        if if_stale and not needs_build(db_path, folder):
            return db_path
        for leftover in db_path.parent.glob(f".build-{db_path.name}-*"):
            leftover.unlink(missing_ok=True)  # a killed build's: no build runs but this one
        dataset = load(folder)  # raises DataError before anything is written
        temp = db_path.with_name(f".build-{db_path.name}-{os.getpid()}-{secrets.token_hex(4)}.db")
        try:
            # Created by os.open with 0o666, so the umask decides, as for any file
            # (mkstemp's 0600 kept a service account from reading the database).
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            connection = sqlite3.connect(temp)
            try:
                _write(sqlite_utils.Database(connection), dataset, data_fingerprint(folder))
                connection.commit()
            finally:
                connection.close()
            os.replace(temp, db_path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return db_path


@contextmanager
def _build_lock(db_path: Path):
    """Hold an exclusive lock on a file beside the database (where flock exists)."""
    try:
        import fcntl
    except ImportError:  # not on this system: builds are not serialised
        yield
        return
    with open(db_path.with_name(f".build-{db_path.name}.lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _insert(db: sqlite_utils.Database, table: str, rows, *, pk, columns: dict, foreign_keys=()):
    """Create the table from its declared columns (so it exists even when
    empty), then insert the rows."""
    db[table].create(columns, pk=pk, foreign_keys=list(foreign_keys))
    db[table].insert_all(rows)


def _write(db: sqlite_utils.Database, data: Dataset, fingerprint: str) -> None:
    text, integer, real = str, int, float
    _insert(db, "sources", (
        {
            "id": s.id, "short_name": s.short_name, "producer": s.producer, "title": s.title, "url_main": s.url_main,
            "date_published": s.date_published, "date_accessed": s.date_accessed,
            "as_of": s.as_of, "citation_full": " ".join(s.citation_full.split()),
            "license_name": s.license.name, "license_url": s.license.url,
            "kind": s.kind, "processing": " ".join(s.processing.split()),
        }
        for s in data.sources
    ), pk="id", columns={
        "id": text, "short_name": text, "producer": text, "title": text, "url_main": text,
        "date_published": text, "date_accessed": text, "as_of": text,
        "citation_full": text, "license_name": text, "license_url": text,
        "kind": text, "processing": text,
    })
    _insert(db, "source_sections", (
        {"source_id": s.id, "name": sec.name, "anchor": sec.anchor,
         "first_line": sec.first_line, "last_line": sec.last_line}
        for s in data.sources
        for sec in s.sections
    ), pk=("source_id", "name"), columns={
        "source_id": text, "name": text, "anchor": text, "first_line": integer, "last_line": integer,
    }, foreign_keys=[("source_id", "sources", "id")])
    _insert(db, "topics", ({"name": t} for t in sorted({m.topic for m in data.metrics})),
            pk="name", columns={"name": text})
    _insert(db, "metrics", (
        {
            "id": m.id, "name": m.name, "topic": m.topic, "unit": m.unit,
            "description": m.description, "aliases": "; ".join(m.aliases),
            "additive": int(m.additive), "change_of": m.change_of, "part_of": m.part_of,
            "not_for": "; ".join(m.not_for),
        }
        for m in data.metrics
    ), pk="id", columns={
        "id": text, "name": text, "topic": text, "unit": text, "description": text,
        "aliases": text, "additive": integer, "change_of": text, "part_of": text, "not_for": text,
    }, foreign_keys=[("topic", "topics", "name")])
    _insert(db, "metric_aliases", (
        {"metric_id": m.id, "alias": alias, "words": " ".join(content_tokens(normalize(alias)))}
        for m in data.metrics
        for alias in sorted({m.name.lower(), m.id.replace("_", " "), *(a.lower() for a in m.aliases)})
    ), pk=("metric_id", "alias"), columns={"metric_id": text, "alias": text, "words": text},
        foreign_keys=[("metric_id", "metrics", "id")])
    units = {m.id: m.unit for m in data.metrics}
    observations = []
    for o in data.observations:
        start, end = parse_period(o.period)
        observations.append({
            "id": o.id, "metric_id": o.metric, "period": o.period,
            "period_start": start.isoformat() if start else None,
            "period_end": end.isoformat(),
            "year": start.year if start and "/" not in o.period else None,
            "value": o.value, "unit": units[o.metric], "qualifier": o.qualifier,
            "source_id": o.source, "locator": o.locator, "as_written": o.as_written,
            "note": o.note, "unverifiable": o.unverifiable,
            "file": data.origin[f"observations:{o.id}"],
        })
    _insert(db, "observations", observations, pk="id", columns={
        "id": text, "metric_id": text, "period": text, "period_start": text, "period_end": text,
        "year": integer, "value": real, "unit": text, "qualifier": text, "source_id": text,
        "locator": text, "as_written": text, "note": text, "unverifiable": text, "file": text,
    }, foreign_keys=[("metric_id", "metrics", "id"), ("source_id", "sources", "id")])
    _insert(db, "people", (
        {"id": p.id, "name": p.name, "country": p.country, "role": p.role,
         "aliases": "; ".join(p.aliases), "source_id": p.source or None, "locator": p.locator}
        for p in data.people
    ), pk="id", columns={"id": text, "name": text, "country": text, "role": text, "aliases": text,
                         "source_id": text, "locator": text},
        foreign_keys=[("source_id", "sources", "id")])
    events = []
    for e in data.events:
        start, end = parse_period(e.date)
        events.append({
            "id": e.id, "date": e.date, "precision": precision(e.date),
            "date_start": start.isoformat(), "date_end": end.isoformat(), "year": start.year,
            "title": e.title, "category": e.category, "summary": " ".join(e.summary.split()),
            "source_id": e.source, "locator": e.locator, "claim": e.claim,
            "date_as_written": e.date_as_written, "unverifiable": e.unverifiable,
            "file": data.origin[f"events:{e.id}"],
        })
    _insert(db, "events", events, pk="id", columns={
        "id": text, "date": text, "precision": text, "date_start": text, "date_end": text,
        "year": integer, "title": text, "category": text, "summary": text, "source_id": text,
        "locator": text, "claim": text, "date_as_written": text, "unverifiable": text, "file": text,
    }, foreign_keys=[("source_id", "sources", "id")])
    _insert(db, "event_people", (
        {"event_id": e.id, "person_id": person}
        for e in data.events
        for person in sorted(set(e.people))
    ), pk=("event_id", "person_id"), columns={"event_id": text, "person_id": text},
        foreign_keys=[("event_id", "events", "id"), ("person_id", "people", "id")])
    _insert(db, "relationship_labels", (
        {"id": lab.id, "label": lab.label, "date": lab.date,
         "date_start": parse_period(lab.date)[0].isoformat(),
         "source_id": lab.source, "locator": lab.locator, "event_id": lab.event, "note": lab.note}
        for lab in data.labels
    ), pk="id", columns={
        "id": text, "label": text, "date": text, "date_start": text, "source_id": text,
        "locator": text, "event_id": text, "note": text,
    }, foreign_keys=[("source_id", "sources", "id"), ("event_id", "events", "id")])
    _insert(db, "disagreements", ({"id": d.id, "note": d.note} for d in data.disagreements),
            pk="id", columns={"id": text, "note": text})
    _insert(db, "disagreement_records", (
        {"disagreement_id": d.id, "record_id": record_id}
        for d in data.disagreements
        for record_id in d.records
    ), pk=("disagreement_id", "record_id"), columns={"disagreement_id": text, "record_id": text},
        foreign_keys=[("disagreement_id", "disagreements", "id")])
    _indexes_and_search(db)
    _views(db)
    _insert(db, "build_info", [
        {"key": "schema_version", "value": SCHEMA_VERSION},
        {"key": "data_fingerprint", "value": fingerprint},
        {"key": "domain_words", "value": " ".join(_domain_words(data))},
    ], pk="key", columns={"key": text, "value": text})


def _domain_words(data: Dataset) -> list[str]:
    """Words of event titles: the subjects the sources write about.  The
    question reader uses them to notice a subject a metric does not cover."""
    words = set()
    for event in data.events:
        words.update(content_tokens(normalize(event.title)))
    return sorted(w for w in words if not w.isdigit() and len(w) > 3)


def _indexes_and_search(db: sqlite_utils.Database) -> None:
    for table, columns in [
        ("observations", ["metric_id", "period_start", "period_end"]),
        ("observations", ["source_id"]),
        ("observations", ["year"]),
        ("events", ["date_start"]),
        ("events", ["category"]),
        ("events", ["source_id"]),
        ("events", ["claim"]),
        ("event_people", ["person_id"]),
        ("metric_aliases", ["alias"]),
        ("metrics", ["topic"]),
    ]:
        db[table].create_index(columns, if_not_exists=True)
    db["observations"].enable_fts(["note", "locator", "qualifier"], create_triggers=False)
    db["events"].enable_fts(["title", "summary"], create_triggers=False, tokenize="porter")
    db["metrics"].enable_fts(["name", "description", "aliases"], create_triggers=False)
    db["people"].enable_fts(["name", "role", "aliases"], create_triggers=False)


def _views(db: sqlite_utils.Database) -> None:
    # Every pair of records from different sources that state the same thing
    # differently: same metric and period found by SQL, the rest curated.
    db.create_view(
        "conflicts",
        """
        select
          'same metric and period' as kind,
          a.metric_id || ' ' || a.period as about,
          a.id as record_a, a.source_id as source_a, a.value as value_a,
          b.id as record_b, b.source_id as source_b, b.value as value_b,
          round(a.value - b.value, 6) as difference,
          a.unit as unit,
          '' as note
        from observations a
        join observations b
          on a.metric_id = b.metric_id and a.period = b.period
         and a.source_id < b.source_id and a.value != b.value
        union all
        select
          'curated' as kind,
          d.id as about,
          ra.record_id, coalesce(oa.source_id, ea.source_id), oa.value,
          rb.record_id, coalesce(ob.source_id, eb.source_id), ob.value,
          case when oa.unit = ob.unit and oa.metric_id = ob.metric_id
               then round(oa.value - ob.value, 6) end,
          case when oa.unit = ob.unit then oa.unit end,
          d.note
        from disagreements d
        join disagreement_records ra on ra.disagreement_id = d.id
        join disagreement_records rb on rb.disagreement_id = d.id and ra.record_id < rb.record_id
        left join observations oa on oa.id = ra.record_id
        left join observations ob on ob.id = rb.record_id
        left join events ea on ea.id = ra.record_id
        left join events eb on eb.id = rb.record_id
        where coalesce(oa.source_id, ea.source_id) != coalesce(ob.source_id, eb.source_id)
        """,
    )
