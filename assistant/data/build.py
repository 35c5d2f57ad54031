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
import json
import os
import re
import secrets
import sqlite3
from collections import Counter
from contextlib import closing, contextmanager
from pathlib import Path

import sqlite_utils

from .load import Dataset, load
from .records import QUALIFIERS
from ..paths import SCHEMA_VERSION, data_dir, data_files, database_path, needs_build
from .periods import decade_window, parse_period, precision
from ..reading.lexicon import Lexicon, lexicon_words, phrase_key, vocabulary_rows
from ..reading.words import content_tokens, normalize


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
    refuse_foreign(db_path)  # (before any lock or folder is made beside it)
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
                _write_engine_state(connection, temp)
            finally:
                connection.close()
            os.replace(temp, db_path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    from ..writing.render import compile_answer_templates

    compile_answer_templates()  # so that no question waits for Jinja2 to compile one
    return db_path


def refuse_foreign(db_path: Path) -> None:
    """Raise NotOurDatabase when the path holds something crr did not build: a build writes
    over its own database only ("CRR_DB=/etc/passwd" must not replace the file)."""
    from .errors import NotOurDatabase

    if not os.path.lexists(db_path):
        return
    if db_path.is_dir():
        raise NotOurDatabase(str(db_path), "a folder")
    if not db_path.is_file():
        raise NotOurDatabase(str(db_path), "not a regular file")
    if db_path.stat().st_size == 0:
        return  # (an empty file holds nothing to lose)
    is_sqlite = False
    try:
        with open(db_path, "rb") as file:
            is_sqlite = file.read(16) == b"SQLite format 3\x00"
        if is_sqlite:
            with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as connection:
                if connection.execute("select 1 from sqlite_master where name = 'build_info'").fetchone():
                    return
    except (OSError, sqlite3.Error):
        pass
    raise NotOurDatabase(str(db_path), "another program's SQLite database" if is_sqlite else "a file that is no database")


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
            "kind": s.kind, "dataset_file": s.dataset_file, "vintage": " ".join(s.vintage.split()),
            "processing": " ".join(s.processing.split()),
        }
        for s in data.sources
    ), pk="id", columns={
        "id": text, "short_name": text, "producer": text, "title": text, "url_main": text,
        "date_published": text, "date_accessed": text, "as_of": text,
        "citation_full": text, "license_name": text, "license_url": text,
        "kind": text, "dataset_file": text, "vintage": text, "processing": text,
    })
    _insert(db, "source_sections", (
        {"source_id": s.id, "name": sec.name, "anchor": sec.anchor,
         "first_line": sec.first_line, "last_line": sec.last_line,
         "published": sec.published or "", "publisher": sec.publisher}
        for s in data.sources
        for sec in s.sections
    ), pk=("source_id", "name"), columns={
        "source_id": text, "name": text, "anchor": text, "first_line": integer, "last_line": integer,
        "published": text, "publisher": text,
    }, foreign_keys=[("source_id", "sources", "id")])
    _insert(db, "topics", ({"name": t} for t in sorted({m.topic for m in data.metrics})),
            pk="name", columns={"name": text})
    vocabulary = data.vocabulary
    rows = vocabulary_rows(vocabulary, data.people, {s.id for s in data.sources})
    _insert(db, "vocabulary", ({"phrase": phrase, "facet": facet, "value": value, "cased": cased}
                                for phrase, facet, value, cased in rows),
            pk=("phrase", "facet", "value"), columns={"phrase": text, "facet": text, "value": text, "cased": text})
    _insert(db, "subjects", ({"id": s.id, "parent": s.parent, "currency": s.currency, "weak": int(s.weak),
                               "of_people": int(s.of_people), "of_whom": int(s.of_whom), "kinds_apart": int(s.kinds_apart)}
                              for s in vocabulary.subjects),
            pk="id", columns={"id": text, "parent": text, "currency": text, "weak": integer, "of_people": integer,
                              "of_whom": integer, "kinds_apart": integer})
    _insert(db, "parties", ({"id": p.id, "name": p.name, "members": "; ".join(p.members)} for p in vocabulary.parties),
            pk="id", columns={"id": text, "name": text, "members": text})
    _insert(db, "currencies", ({"id": c.id, "name": c.name} for c in vocabulary.currencies),
            pk="id", columns={"id": text, "name": text})
    _insert(db, "units", ({"id": u.id, "name": u.name, "metric_units": "; ".join(u.units)} for u in vocabulary.units),
            pk="id", columns={"id": text, "name": text, "metric_units": text})
    metric_rows = []
    for m in data.metrics:
        source, target = m.flow_ends
        metric_rows.append({
            "id": m.id, "name": m.name, "topic": m.topic, "unit": m.unit, "measure": m.measure,
            "subjects": "; ".join(m.subjects), "parties": "; ".join(m.parties),
            "flow_from": source, "flow_to": target, "people": "; ".join(m.people),
            "description": m.description, "aliases": "; ".join(m.aliases),
            "additive": int(m.additive), "change_of": m.change_of, "base": m.base, "part_of": m.part_of,
            "share_of": m.share_of, "compared_with": m.compared_with,
            "not_for": "; ".join(m.not_for), "only_with": "; ".join(m.only_with), "together": "; ".join(m.together),
            "complement": "; ".join(m.complement),
        })
    _insert(db, "metrics", metric_rows, pk="id", columns={
        "id": text, "name": text, "topic": text, "unit": text, "measure": text, "subjects": text,
        "parties": text, "flow_from": text, "flow_to": text, "people": text, "description": text,
        "aliases": text, "additive": integer, "change_of": text, "base": text, "part_of": text, "share_of": text, "compared_with": text, "not_for": text,
        "only_with": text, "together": text, "complement": text,
    }, foreign_keys=[("topic", "topics", "name")])
    _insert(db, "metric_aliases", (
        {"metric_id": m.id, "alias": alias, "words": " ".join(content_tokens(normalize(alias)))}
        for m in data.metrics
        for alias in sorted({m.name.lower(), m.id.replace("_", " "), *(a.lower() for a in m.aliases)})
    ), pk=("metric_id", "alias"), columns={"metric_id": text, "alias": text, "words": text},
        foreign_keys=[("metric_id", "metrics", "id")])
    _insert(db, "qualifiers", (
        {"qualifier": qualifier, "bound": bound, "strict": int(strict)}
        for qualifier, (bound, strict) in sorted(QUALIFIERS.items())
        if qualifier  # a plain figure has none
    ), pk="qualifier", columns={"qualifier": text, "bound": text, "strict": integer})
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
            "note": o.note, "unverifiable": o.unverifiable, "reporter": o.reporter,
            "file": data.origin[f"observations:{o.id}"],
        })
    _insert(db, "observations", observations, pk="id", columns={
        "id": text, "metric_id": text, "period": text, "period_start": text, "period_end": text,
        "year": integer, "value": real, "unit": text, "qualifier": text, "source_id": text,
        "locator": text, "as_written": text, "note": text, "unverifiable": text, "reporter": text, "file": text,
    }, foreign_keys=[("metric_id", "metrics", "id"), ("source_id", "sources", "id")])
    _insert(db, "people", (
        {"id": p.id, "name": p.name, "country": p.country, "role": p.role,
         "aliases": "; ".join(p.aliases), "source_id": p.source or None, "locator": p.locator}
        for p in data.people
    ), pk="id", columns={"id": text, "name": text, "country": text, "role": text, "aliases": text,
                         "source_id": text, "locator": text},
        foreign_keys=[("source_id", "sources", "id")])
    events = []
    lexicon = Lexicon(rows)
    for e in data.events:
        start, end = parse_period(e.date)
        year, exactness = start.year, precision(e.date)
        if window := decade_window(e.date_as_written, e.date):
            # An event the source dates only by a decade ("early 2000s") is filed under a
            # year, but spans the decade's part: "before 2001" does not take it in.
            (start, end), exactness = window, "decade"
        subjects, parties = _event_facets(lexicon, vocabulary, e)
        events.append({
            "id": e.id, "date": e.date, "precision": exactness,
            "date_start": start.isoformat(), "date_end": end.isoformat(), "year": year,
            "title": e.title, "category": e.category, "subjects": subjects, "parties": parties,
            "summary": " ".join(e.summary.split()),
            "source_id": e.source, "locator": e.locator, "claim": e.claim,
            "date_as_written": e.date_as_written, "unverifiable": e.unverifiable,
            "file": data.origin[f"events:{e.id}"],
        })
    _insert(db, "events", events, pk="id", columns={
        "id": text, "date": text, "precision": text, "date_start": text, "date_end": text,
        "year": integer, "title": text, "category": text, "subjects": text, "parties": text,
        "summary": text, "source_id": text,
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
    _insert(db, "disagreement_inputs", (
        {"disagreement_id": d.id, "record_id": record_id}
        for d in data.disagreements
        for record_id in d.derived_from
    ), pk=("disagreement_id", "record_id"), columns={"disagreement_id": text, "record_id": text},
        foreign_keys=[("disagreement_id", "disagreements", "id")])
    _indexes_and_search(db)
    _views(db)
    _insert(db, "build_info", [
        {"key": "schema_version", "value": SCHEMA_VERSION},
        {"key": "data_fingerprint", "value": fingerprint},
        {"key": "domain_words", "value": " ".join(_domain_words(data))},
        {"key": "corpus_words", "value": " ".join(_corpus_words(data))},
        {"key": "event_search", "value": json.dumps({**data.vocabulary.event_search.model_dump(),
                                                     "roles": data.vocabulary.roles,
                                                     "places": data.vocabulary.places,
                                                     "firms": data.vocabulary.firms,
                                                     "source_asked": data.vocabulary.source_asked}, sort_keys=True)},
        {"key": "word_groups", "value": json.dumps(data.vocabulary.word_groups)},
        {"key": "typo_words", "value": json.dumps(_typo_words(data))},
        {"key": "proper_names", "value": " ".join(_proper_names(data))},
        {"key": "cased_words", "value": json.dumps(_cased_words(data), sort_keys=True)},
        {"key": "verdicts", "value": json.dumps(sorted(data.vocabulary.verdicts))},
        {"key": "described", "value": json.dumps(data.vocabulary.described, sort_keys=True)},
        {"key": "offices", "value": json.dumps([{"id": o.id, "name": o.names[0], "party": o.party,
                                                 "holders": [[t.since, t.person] for t in o.holders],
                                                 "source": o.source, "locator": o.locator}
                                                for o in data.vocabulary.offices])},
        {"key": "counts", "value": json.dumps({"counts": data.vocabulary.counts,
                                               "not_counted": data.vocabulary.not_counted}, sort_keys=True)},
        {"key": "subject_things", "value": json.dumps(sorted({phrase_key(t) for s in data.vocabulary.subjects
                                                               for t in s.things} - {""}))},
    ], pk="key", columns={"key": text, "value": text})


def _write_engine_state(connection: sqlite3.Connection, path: Path) -> None:
    """The engine's start-up objects, made from the tables just written (startup.py)."""
    from ..startup import rows
    from .store import Store

    store = Store(path)
    try:
        state = rows(store)
    finally:
        store.close()
    connection.executemany("insert into build_info (key, value) values (?, ?)", state)
    connection.commit()


def _event_facets(lexicon: Lexicon, vocabulary, event) -> tuple[str, str]:
    """The subjects and parties an event is about: its category's subjects and those its words name."""
    subjects = list(vocabulary.event_categories.get(event.category, []))
    parties = []
    for found in lexicon.scan(lexicon_words(normalize(f"{event.title} ; {event.summary}")),
                              frozenset({"subject", "party"})):
        for binding in found.bindings:
            named = subjects if binding.facet == "subject" else parties
            if binding.value not in named:
                named.append(binding.value)
    return "; ".join(subjects), "; ".join(parties)


def _corpus_words(data: Dataset) -> list[str]:
    """Every word the records use (stemmed as the lexicon stems): a question's word
    found here is a real word, never read as a typo of another."""
    words = set()
    texts = [f"{e.title} {e.summary}" for e in data.events]
    texts += [f"{m.name} {m.description} {' '.join(m.aliases)}" for m in data.metrics]
    texts += [f"{p.name} {p.role}" for p in data.people]
    # (and the words crr's vocabulary groups as saying the same: "cbr" is the central bank)
    texts += [" ".join(group) for group in data.vocabulary.word_groups]
    # (and the things it names as counted or not: "tanks" is no typo of "thanks")
    texts += [" ".join(data.vocabulary.not_counted), " ".join(data.vocabulary.uncounted)]
    for text in texts:
        words.update(w for w in lexicon_words(normalize(text)) if w.isalpha())
    return sorted(words)


def _typo_words(data: Dataset) -> dict[str, list[str]]:
    """The words a typo in a question may be of, as the records and the vocabulary write
    them, and the common English words near them that are no typo (reading/typos.py)."""
    from ..reading.periods import MONTHS
    from ..reading.typos import TIME_WORDS, typo_words

    texts = [f"{e.title} {e.summary}" for e in data.events]
    texts += [f"{m.name} {m.description} {' '.join(m.aliases)}" for m in data.metrics]
    texts += [f"{p.name} {p.role}" for p in data.people]
    texts.append(" ".join(_strings(data.vocabulary.model_dump())))  # its words, not its field names
    return typo_words(texts, [*MONTHS, *TIME_WORDS], _english_words())


def _strings(value) -> list[str]:
    """Every text held in a nest of dicts and lists, the dicts' keys left out."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    return []


def _proper_names(data: Dataset) -> list[str]:
    """The words the events write only with a capital, mid-sentence, that are no English word
    (or a rare one) and no month: the names of firms, places and people ("Rosneft", "Amur")."""
    from ..reading.periods import MONTHS

    text = " ".join(f"{e.title}. {e.summary}" for e in data.events)
    small = set(re.findall(r"\b[a-z]+\b", text))
    english = _english_words()
    return sorted({w.lower() for w in re.findall(r"(?<=[\w,;] )[A-Z][a-z]+", text)
                   if w.lower() not in small and english.get(w.lower(), 0) <= RARE_ENGLISH} - set(MONTHS))


def _cased_words(data: Dataset) -> dict[str, str]:
    """How the curated names and texts write a name that is never written small mid-sentence:
    "china" as "China", "sipri" as "SIPRI", "lng" as "LNG" (store.cased).  A word that is also
    a common English one ("great", "road") counts only where it is an acronym or written so often."""
    texts = [m.name for m in data.metrics] + [f"{e.title}. {e.summary}" for e in data.events]
    forms: dict[str, Counter] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:])\s+", text):
            for word in re.findall(r"[A-Za-z]+", sentence)[1:]:
                forms.setdefault(word.lower(), Counter())[word] += 1
    english = _english_words()
    cased = {}
    for small, written in forms.items():
        if len(written) == 1 and small not in written and len(small) > 1:
            (form, seen), = written.items()
            if form.isupper() or seen >= NAME_SEEN or english.get(small, 0) <= RARE_ENOUGH:
                cased[small] = form
    return cased


# How often a name must be written mid-sentence, or how rare an English word it must be
# (in pyspellchecker's list), for its capitals to be given back: "Chinese", "Siberia".
NAME_SEEN, RARE_ENOUGH = 3, 20_000


# How often (in pyspellchecker's list) a word may be seen and still be a name: "Amur", "Duma".
RARE_ENGLISH = 100


def _english_words() -> dict[str, int]:
    """English words by how often they are seen (pyspellchecker's list), or none where it
    is not installed: then no English word is told from a typo but crr's own."""
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return {}
    return dict(SpellChecker().word_frequency.dictionary)


def _domain_words(data: Dataset) -> list[str]:
    """Words of event titles: the subjects the sources write about.  The
    question reader uses them to notice a subject a metric does not cover."""
    words = set()
    for event in data.events:
        words.update(content_tokens(normalize(event.title)))
    # Words that join the others or say nothing of what a figure is ("through", "pass").
    joining = {token for phrase in data.vocabulary.event_search.ignore
               for token in content_tokens(normalize(phrase))}
    return sorted(w for w in words - joining if not w.isdigit() and len(w) > 3)


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
    # (the figure's metric and the words the source gave it: "bilateral trade", "245")
    db["observations"].enable_fts(["metric_id", "period", "as_written", "note", "locator", "qualifier"], create_triggers=False)
    db["events"].enable_fts(["title", "summary"], create_triggers=False, tokenize="porter")
    db["metrics"].enable_fts(["name", "description", "aliases"], create_triggers=False)
    db["people"].enable_fts(["name", "role", "aliases"], create_triggers=False)


# Whether two figures of the same thing cannot both be true, given how each is
# qualified (qualifiers.bound): two plain or approximate values disagree when
# they differ; two floors, or two ceilings, can always both hold; a bound and a
# value disagree only when the value breaks the bound; a floor and a ceiling
# when the floor lies above the ceiling.  {a} and {b} name the two rows.
BREAKS = """(case
  when {a}.bound in ('value', 'approximate') and {b}.bound in ('value', 'approximate')
    then {a}.value != {b}.value
  when {a}.bound = {b}.bound then 0
  when {a}.bound = 'lower' and {b}.bound != 'upper'
    then {b}.value < {a}.value or ({a}.strict and {b}.value = {a}.value)
  when {b}.bound = 'lower' and {a}.bound != 'upper'
    then {a}.value < {b}.value or ({b}.strict and {a}.value = {b}.value)
  when {a}.bound = 'upper' and {b}.bound != 'lower'
    then {b}.value > {a}.value or ({a}.strict and {b}.value = {a}.value)
  when {b}.bound = 'upper' and {a}.bound != 'lower'
    then {a}.value > {b}.value or ({b}.strict and {a}.value = {b}.value)
  when {a}.bound = 'lower'
    then {a}.value > {b}.value or (({a}.strict or {b}.strict) and {a}.value = {b}.value)
  else {b}.value > {a}.value or (({a}.strict or {b}.strict) and {a}.value = {b}.value)
end)"""


def _views(db: sqlite3.Connection | sqlite_utils.Database) -> None:
    """The `conflicts` view: every pair of records that cannot both be right.

    - same metric and period: found by SQL, hedges respected (BREAKS); one
      source's figures for two reporters (the IMF's China-reported and
      Russia-reported trade) are the source's own split, not a conflict;
    - span against the sum of its years: a figure for a span of an additive
      metric (a flow or a count) and the yearly figures of one source and
      reporter inside it.  When the years cover the span, their sum must match
      it; when they do not, the sum is a floor the span's figure must reach;
    - curated: pairs only a reader can match (db/disagreements.yaml); a figure
      set against records combined by arithmetic (a decade's yearly rows) is
      paired with those records as one, their ids joined by ' + '.
    """
    db.create_view(
        "conflicts",
        f"""
        with hedged as (
          select o.*, coalesce(q.bound, 'value') as bound, coalesce(q.strict, 0) as strict
          from observations o left join qualifiers q on q.qualifier = o.qualifier
        ),
        yearly as (
          -- One figure a year for each source and reporter (a source that states the
          -- same year twice with one value counts once); floors count as floors.
          select metric_id, source_id, reporter, year, min(id) as id, min(value) as value,
                 max(bound = 'lower') as floor
          from hedged
          where period glob '[0-9][0-9][0-9][0-9]' and bound != 'upper'
          group by metric_id, source_id, reporter, year
          having count(distinct value) = 1
        ),
        span_sums as (
          select s.id as span_id, y.source_id, y.reporter, count(*) as years,
                 min(y.year) as first_year, max(y.year) as last_year,
                 round(sum(y.value), 6) as total, max(y.floor) as floor,
                 group_concat(y.id, ' + ') as ids
          from hedged s
            join metrics m on m.id = s.metric_id and m.additive
            join (select * from yearly order by year) y
              on y.metric_id = s.metric_id
             and y.year || '-01-01' >= s.period_start and y.year || '-12-31' <= s.period_end
             and not (y.source_id = s.source_id and y.reporter != s.reporter)
          where s.period like '%/%' and s.period_start is not null
          group by s.id, y.source_id, y.reporter
        ),
        totals as (
          -- The years' sum as a figure of its own: the span's value when the years
          -- cover it and none is a mere floor; otherwise a floor for the span.
          select t.*, t.total as value, 0 as strict,
                 case when not t.floor and s.period_start like '%-01-01' and s.period_end like '%-12-31'
                       and t.years = cast(substr(s.period_end, 1, 4) as integer)
                                   - cast(substr(s.period_start, 1, 4) as integer) + 1
                      then 'value' else 'lower' end as bound
          from span_sums t join hedged s on s.id = t.span_id
        )
        select
          'same metric and period' as kind,
          a.metric_id || ' ' || a.period as about,
          a.id as record_a, a.source_id as source_a, a.value as value_a,
          b.id as record_b, b.source_id as source_b, b.value as value_b,
          round(a.value - b.value, 6) as difference,
          a.unit as unit,
          -- (a gap of a thousandth is rounding or a unit converted, more than a disagreement;
          -- a gap between two percentages is in points)
          case when a.bound in ('value', 'approximate') and b.bound in ('value', 'approximate')
                    and abs(a.value - b.value) <= 0.001 * max(abs(a.value), abs(b.value))
               then 'Within a thousandth of each other: rounding or a unit converted, more than a disagreement.'
               when a.unit = 'percent' then 'The difference is in percentage points.'
               else '' end as note
        from hedged a
        join hedged b
          on a.metric_id = b.metric_id and a.period = b.period
         and (a.source_id < b.source_id
              or (a.source_id = b.source_id and a.reporter = b.reporter and a.id < b.id))
        where {BREAKS.format(a="a", b="b")}
        union all
        select
          'span against the sum of its years',
          s.metric_id || ' ' || s.period,
          s.id, s.source_id, s.value,
          t.ids, t.source_id, t.total,
          round(s.value - t.total, 6),
          s.unit,
          'The sum of ' || t.years || ' yearly figures, ' || t.first_year || ' to ' || t.last_year
            || case when t.bound = 'value' then ''
                    else ', is a floor for the span (not every year is given)' end || '.'
        from hedged s join totals t on t.span_id = s.id
        where {BREAKS.format(a="s", b="t")}
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
        union all
        select
          'curated',
          d.id,
          ra.record_id, coalesce(oa.source_id, ea.source_id), oa.value,
          i.ids, i.source_id, null, null, null,
          d.note
        from disagreements d
        join disagreement_records ra on ra.disagreement_id = d.id
        left join observations oa on oa.id = ra.record_id
        left join events ea on ea.id = ra.record_id
        join (
          -- The records a figure is derived from, one row a source, their ids in order.
          select disagreement_id, source_id, group_concat(record_id, ' + ') as ids
          from (select di.disagreement_id, coalesce(o.source_id, e.source_id) as source_id,
                       di.record_id
                from disagreement_inputs di
                left join observations o on o.id = di.record_id
                left join events e on e.id = di.record_id
                order by di.disagreement_id, di.record_id)
          group by disagreement_id, source_id
        ) i on i.disagreement_id = d.id
        where coalesce(oa.source_id, ea.source_id) != i.source_id
        """,
    )
