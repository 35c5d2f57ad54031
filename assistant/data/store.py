"""Read-only queries over the built database.

Every query binds its parameters; no SQL is assembled from question text.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class MetricRow:
    id: str
    name: str
    topic: str
    unit: str
    description: str
    additive: bool
    change_of: str | None
    part_of: str | None
    not_for: tuple[str, ...] = ()
    measure: str = ""
    subjects: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    flow: tuple[str | None, str | None] = (None, None)
    people: tuple[str, ...] = ()
    base: str | None = None
    together: tuple[str, ...] = ()   # the subjects a figure of several counts as one
    share_of: str | None = None      # for a share, the metric of its whole
    only_with: tuple[str, ...] = ()  # words one of which a question must say (a relative figure)
    complement: tuple[str, ...] = ()  # words asking the rest of a share's whole (votes cast differently)
    compared_with: str | None = None  # for a stated change: what it is against, when not its span's start

    @property
    def titled(self) -> str:
        """Its name with its unit, said once: "Bilateral trade (USD bn)", "Russian LNG exports
        to China (bcm)" (whose name has it already)."""
        return self.name if self.name.endswith(f"({self.unit})") else f"{self.name} ({self.unit})"


@dataclass(frozen=True)
class SourceRow:
    id: str
    short_name: str
    producer: str
    title: str
    url_main: str
    date_published: str
    date_accessed: str
    as_of: str
    citation_full: str
    license_name: str
    license_url: str
    kind: str
    processing: str
    vintage: str = ""  # the producer's release, and the copy crr read it from
    # (section, published, publisher) of each section that is an edition of its own
    editions: tuple = ()

    def edition(self, locator: str) -> tuple[str, str] | None:
        """(published, publisher) of the edition a locator names; None for any other locator."""
        return next(((published, publisher) for name, published, publisher in self.editions if name == locator), None)


class Record(dict):
    """A row of a query, read as a sqlite3.Row is: a column by name (in any case) or by
    position, the values in order when iterated, keys() the names.  A name is looked up
    in the dict, where sqlite3.Row compares it with each column's name in turn: the
    engine reads the columns of the same rows for question after question."""

    __slots__ = ()

    def __missing__(self, key):
        if isinstance(key, int):
            return tuple(self.values())[key]
        if isinstance(key, str):
            folded = key.lower()
            for name, value in self.items():
                if name.lower() == folded:
                    return value
        raise IndexError("No item with that key")

    def __iter__(self):
        return iter(self.values())

    def __contains__(self, value) -> bool:
        return value in self.values()

    def __hash__(self) -> int:
        return hash(tuple(self.values()))

    def keys(self) -> list[str]:
        return list(dict.keys(self))


# Query results a Store keeps.  The database is never changed in place (a build
# writes a new file and renames it over the old one, which an open connection
# goes on reading), so a result stays true for the Store's whole life.
KEPT_RESULTS = 4096


class Store:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.connection = sqlite3.connect(
            f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
        )
        self.connection.row_factory = sqlite3.Row
        self._results: dict[tuple, list[sqlite3.Row]] = {}

    def close(self) -> None:
        self.connection.close()

    def rows(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """The rows of a query, each query run once: the engine asks the same few many times."""
        key = (sql, tuple(params.items()) if isinstance(params, dict) else tuple(params))
        try:
            found = self._results.get(key)
        except TypeError:  # a parameter that cannot be a key: run the query each time
            return self._fetch(sql, params)
        if found is None:
            found = self._fetch(sql, params)
            if len(self._results) >= KEPT_RESULTS:
                self._results.pop(next(iter(self._results)))  # the oldest goes first
            self._results[key] = found
        return list(found)  # the caller's own list, which it may sort or extend

    def _fetch(self, sql: str, params: tuple | dict) -> list[Record] | list[sqlite3.Row]:
        cursor = self.connection.cursor()
        cursor.row_factory = None
        cursor.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        if len(set(names)) < len(names):  # two columns of one name: only a sqlite3.Row reads both
            return [sqlite3.Row(cursor, values) for values in cursor.fetchall()]
        return [Record(zip(names, values)) for values in cursor.fetchall()]

    # --- small tables, read once ------------------------------------------

    @cached_property
    def metrics(self) -> dict[str, MetricRow]:
        def listed(text: str | None) -> tuple[str, ...]:
            return tuple(w for w in (text or "").split("; ") if w)

        groups = [set(group) for group in self.word_groups]

        def not_for(text: str | None, name: str) -> tuple[str, ...]:
            # A word a metric is not for, and the words that say the same ("positive": "good"),
            # but for those its name has ("share" is not for the Yamal stakes, which are stakes).
            words = listed(text)
            if not words:
                return ()
            own = set(re.findall(r"[a-z]+", name.lower()))
            said = [w for group in groups if group & set(words) and not group & own for w in sorted(group)]
            return tuple(dict.fromkeys([*words, *said]))

        return {
            row["id"]: MetricRow(
                row["id"], row["name"], row["topic"], row["unit"], row["description"],
                bool(row["additive"]), row["change_of"], row["part_of"], not_for(row["not_for"], row["name"]),
                row["measure"], listed(row["subjects"]), listed(row["parties"]),
                (row["flow_from"], row["flow_to"]), listed(row["people"]), row["base"], listed(row["together"]),
                row["share_of"], listed(row["only_with"]), listed(row["complement"]),
                row["compared_with"] if "compared_with" in row.keys() else None,
            )
            for row in self.rows("select * from metrics order by id")
        }

    @cached_property
    def subjects(self) -> dict[str, sqlite3.Row]:
        """Every subject by id: its parent, its currency, whether it is weak."""
        return {row["id"]: row for row in self.rows("select * from subjects order by id")}

    @cached_property
    def parties(self) -> dict[str, str]:
        """Party id -> its name in an answer ("the European Union")."""
        return {row["id"]: row["name"] for row in self.rows("select id, name from parties")}

    @cached_property
    def party_members(self) -> dict[str, tuple[str, ...]]:
        """A region or bloc -> the parties in it (Central Asia: Kazakhstan, ...)."""
        return {row["id"]: tuple(m for m in (row["members"] or "").split("; ") if m)
                for row in self.rows("select id, members from parties")}

    @cached_property
    def bounds(self) -> dict[str, tuple[str, bool]]:
        """Qualifier -> how it bounds the true value ('lower', 'upper', 'value',
        'approximate') and whether the bound itself is excluded."""
        return {row["qualifier"]: (row["bound"], bool(row["strict"]))
                for row in self.rows("select qualifier, bound, strict from qualifiers")}

    @cached_property
    def currencies(self) -> dict[str, str]:
        return {row["id"]: row["name"] for row in self.rows("select id, name from currencies")}

    @cached_property
    def units(self) -> dict[str, sqlite3.Row]:
        return {row["id"]: row for row in self.rows("select * from units")}

    @cached_property
    def lexicon_rows(self) -> list[tuple[str, str, str, str]]:
        return [tuple(row) for row in self.rows("select phrase, facet, value, cased from vocabulary")]

    @cached_property
    def newest_year(self) -> int:
        """The year of the latest figure crr holds of anything: how old "now" is in its data."""
        row = self.rows("select max(period_end) as e from observations")
        return int((row[0]["e"] or "0")[:4]) if row else 0

    @cached_property
    def aliases(self) -> list[tuple[str, str, str]]:
        """(alias, metric id, its content words as the build read them), lower case."""
        return [(r["alias"], r["metric_id"], r["words"]) for r in self.rows(
            "select alias, metric_id, words from metric_aliases order by alias, metric_id")]

    @cached_property
    def domain_words(self) -> frozenset[str]:
        row = self.rows("select value from build_info where key = 'domain_words'")
        return frozenset(row[0]["value"].split()) if row else frozenset()

    @cached_property
    def event_search(self) -> dict:
        """The words of db/vocabulary.yaml that find events: ignore, synonyms, category_words,
        spellings, roles, places."""
        import json

        row = self.rows("select value from build_info where key = 'event_search'")
        return json.loads(row[0]["value"]) if row else {}

    @cached_property
    def proper_names(self) -> frozenset[str]:
        """The words the events write only as names ("rosneft", "amur"), worked out by the build."""
        row = self.rows("select value from build_info where key = 'proper_names'")
        return frozenset(row[0]["value"].split()) if row else frozenset()

    @cached_property
    def offices(self) -> list[dict]:
        """The offices whose holders crr lists, in order of time (db/vocabulary.yaml: offices)."""
        import json

        row = self.rows("select value from build_info where key = 'offices'")
        return json.loads(row[0]["value"]) if row else []

    @cached_property
    def described(self) -> dict[str, list[str]]:
        """A firm or body -> the descriptions a question may give it by (db/vocabulary.yaml: described)."""
        import json

        row = self.rows("select value from build_info where key = 'described'")
        return json.loads(row[0]["value"]) if row else {}

    @cached_property
    def verdicts(self) -> frozenset[str]:
        """Words that weigh a figure ("busy", "at odds"; db/vocabulary.yaml: verdicts)."""
        import json

        row = self.rows("select value from build_info where key = 'verdicts'")
        return frozenset(json.loads(row[0]["value"])) if row else frozenset()

    @cached_property
    def typo_words(self) -> dict[str, list[str]]:
        """The words a typo may be of, and the English words near them (reading/typos.py)."""
        import json

        row = self.rows("select value from build_info where key = 'typo_words'")
        return json.loads(row[0]["value"]) if row else {}

    @cached_property
    def word_groups(self) -> list[list[str]]:
        """Groups of words that say the same of a figure (db/vocabulary.yaml: word_groups)."""
        import json

        row = self.rows("select value from build_info where key = 'word_groups'")
        return json.loads(row[0]["value"]) if row else []

    @cached_property
    def counts(self) -> dict:
        """What "how many" may count (db/vocabulary.yaml: counts, not_counted)."""
        import json

        row = self.rows("select value from build_info where key = 'counts'")
        return json.loads(row[0]["value"]) if row else {"counts": {}, "not_counted": []}

    @cached_property
    def subject_things(self) -> frozenset[str]:
        """The phrases that name one thing within a subject (db/vocabulary.yaml: things), as read."""
        import json

        row = self.rows("select value from build_info where key = 'subject_things'")
        return frozenset(json.loads(row[0]["value"])) if row else frozenset()

    @cached_property
    def cased_words(self) -> dict[str, str]:
        import json

        row = self.rows("select value from build_info where key = 'cased_words'")
        return json.loads(row[0]["value"]) if row else {}

    def cased(self, text: str) -> str:
        """`text` with the names a lower-casing took the capitals from given them back:
        "latest china's arms imports from russia (sipri tiv)" → "... China's ... Russia (SIPRI TIV)"."""
        words = self.cased_words
        return re.sub(r"[a-z]+", lambda m: words.get(m.group(0), m.group(0)), text)

    @cached_property
    def corpus_words(self) -> frozenset[str]:
        row = self.rows("select value from build_info where key = 'corpus_words'")
        return frozenset(row[0]["value"].split()) if row else frozenset()

    @cached_property
    def sources(self) -> dict[str, SourceRow]:
        fields = [name for name in SourceRow.__dataclass_fields__ if name != "editions"]
        editions: dict[str, list] = {}
        for (source_id, name), (published, publisher) in self.editions.items():
            editions.setdefault(source_id, []).append((name, published, publisher))
        return {
            row["id"]: SourceRow(**{name: row[name] for name in fields}, editions=tuple(editions.get(row["id"], ())))
            for row in self.rows("select * from sources order by id")
        }

    @cached_property
    def anchors(self) -> dict[tuple[str, str], str]:
        return {(r["source_id"], r["name"]): r["anchor"] for r in self.rows(
            "select source_id, name, anchor from source_sections")}

    @cached_property
    def editions(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(source id, section) -> (published, publisher) of the sections that are editions of their own."""
        return {(r["source_id"], r["name"]): (r["published"], r["publisher"]) for r in self.rows(
            "select source_id, name, published, publisher from source_sections where published != ''")}

    @cached_property
    def topics(self) -> list[str]:
        return [r["name"] for r in self.rows("select name from topics order by name")]

    @cached_property
    def people(self) -> list[sqlite3.Row]:
        return self.rows("select * from people order by id")

    # --- observations -----------------------------------------------------

    def observations(self, metric_id: str) -> list[sqlite3.Row]:
        """Every observation of a metric, earliest period first."""
        return self.rows(
            """select * from observations where metric_id = ?
               order by coalesce(period_start, ''), period_end, source_id, id""",
            (metric_id,),
        )

    @cached_property
    def observation_counts(self) -> dict[str, int]:
        """How many observations each metric holds (a metric with none is not listed)."""
        return {r[0]: r[1] for r in self.rows("select metric_id, count(*) from observations group by metric_id")}

    def observations_of_parts(self, metric_id: str) -> list[sqlite3.Row]:
        return self.rows(
            """select o.* from observations o join metrics m on m.id = o.metric_id
               where m.part_of = ? order by o.period_start, o.id""",
            (metric_id,),
        )

    def change_metrics(self, metric_id: str) -> list[str]:
        return [r["id"] for r in self.rows(
            "select id from metrics where change_of = ? order by id", (metric_id,))]

    @cached_property
    def disputed(self) -> frozenset[str]:
        """Every record a curated disagreement names: few, read once, so that most answers,
        whose records none names, need no query."""
        return frozenset(row["record_id"] for row in self.rows("select record_id from disagreement_records"))

    def disagreement_notes(self, record_ids: list[str]) -> list[sqlite3.Row]:
        if not record_ids or self.disputed.isdisjoint(record_ids):
            return []
        marks = ",".join("?" for _ in record_ids)
        return self.rows(
            f"""select distinct d.id, d.note from disagreements d
                join disagreement_records r on r.disagreement_id = d.id
                where r.record_id in ({marks}) order by d.id""",
            tuple(record_ids),
        )

    def disputed_records(self, record_ids: list[str]) -> set[str]:
        """Those of the records that a curated disagreement names."""
        return {record_id for record_id in record_ids if record_id in self.disputed}

    # --- events -----------------------------------------------------------

    def events_between(self, start: str | None, end: str | None,
                       categories: tuple[str, ...] = ()) -> list[sqlite3.Row]:
        sql = "select * from events where date_end >= ? and date_start <= ?"
        params: list = [start or "0000-01-01", end or "9999-12-31"]
        if categories:
            sql += f" and category in ({','.join('?' for _ in categories)})"
            params += list(categories)
        return self.rows(sql + " order by date_start, id", tuple(params))

    def search_events(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        """Full-text search on event titles and summaries (FTS5 syntax escaped).  The
        terms are rough stems ("recognis"): each finds the words it begins too."""
        terms = " OR ".join('"' + t.replace('"', '""') + '"' + ("*" if len(t) > 3 else "")
                            for t in query.split() if t)
        if not terms:
            return []
        return self.rows(
            """select e.*, bm25(events_fts) as rank from events_fts
               join events e on e.rowid = events_fts.rowid
               where events_fts match ? order by rank limit ?""",
            (terms, limit),
        )

    def events_with_person(self, person_id: str) -> list[sqlite3.Row]:
        return self.rows(
            """select e.* from events e join event_people p on p.event_id = e.id
               where p.person_id = ? order by e.date_start, e.id""",
            (person_id,),
        )

    def people_of_event(self, event_id: str) -> list[sqlite3.Row]:
        return self.rows(
            """select pe.* from people pe join event_people ep on ep.person_id = pe.id
               where ep.event_id = ? order by pe.name""",
            (event_id,),
        )
