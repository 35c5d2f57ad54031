"""The built database -> CSV files and a Frictionless Data Package.

One CSV per table (and one for the ``conflicts`` view), rows in primary-key
order, and a ``datapackage.json`` (Data Package v1) that describes every
column, key and reference, so the data can be validated and reused without
SQLite.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from pathlib import Path

from ..paths import ensure_database

PACKAGE_NAME = "crr-china-russia-relations"

# Tables in the order a reader meets them; search indexes and build_info are
# machinery of the database, not data.
TABLES = (
    "sources", "source_sections", "topics", "metrics", "metric_aliases", "observations",
    "events", "people", "event_people", "relationship_labels", "disagreements",
    "disagreement_records", "disagreement_inputs", "qualifiers", "subjects", "parties", "currencies", "units",
    "vocabulary",
)
VIEWS = ("conflicts",)

SQLITE_TYPES = {"TEXT": "string", "INTEGER": "integer", "REAL": "number"}
# View columns computed by an expression have no declared type in SQLite.
EXPRESSION_TYPES = {"conflicts.difference": "number"}

# Open Definition ids for the licences the sources use; others keep a title.
LICENSE_IDS = {"CC BY-SA 4.0": "CC-BY-SA-4.0", "CC0 1.0": "CC0-1.0", "CC BY 4.0": "CC-BY-4.0"}

TABLE_DESCRIPTIONS = {
    "sources": "The documents and datasets that every record cites.",
    "source_sections": "The parts of a source a locator may name, by line of its snapshot.",
    "topics": "The topics metrics are grouped under.",
    "metrics": "What is measured, in which unit.",
    "metric_aliases": "Words people use for a metric, lower-cased.",
    "observations": "One cited figure a row.",
    "events": "Dated events, each cited.",
    "people": "People the sources name.",
    "event_people": "Which people took part in which events.",
    "relationship_labels": "The official names of the relationship and when they were adopted.",
    "disagreements": "Records from different sources that state the same thing differently.",
    "disagreement_records": "The records each disagreement pairs.",
    "disagreement_inputs": "Records a disagreement's note combines (sums, differences) into the figure "
                           "set against its records; not themselves in dispute.",
    "qualifiers": "How each qualifier bounds a figure: a value, an approximate value, a floor or a ceiling.",
    "subjects": "What figures and events are about; a subject's parent is the broader subject.",
    "parties": "The countries and blocs a question may name.",
    "currencies": "Currencies a question may ask a figure in.",
    "units": "Units of measure a question may ask for, and the metric units they mean.",
    "vocabulary": "How crr reads a question's words: each phrase (stemmed) and the facet it binds.",
    "conflicts": "Every pair of records that cannot both be right: same metric and period "
                 "(hedges respected, one source's reporters not paired), a span against the sum "
                 "of its years, and the curated disagreements.",
}

# Column descriptions: by column name, with table.column where a name means
# something different in one table.
COLUMN_DESCRIPTIONS = {
    "id": "Identifier of the record.",
    "short_name": "How answers name the source: Wikipedia, SIPRI ...",
    "producer": "Who made the source.",
    "title": "Title.",
    "url_main": "Address of the source.",
    "date_published": "When the source was published (ISO 8601, may be partial).",
    "date_accessed": "When the source was read (ISO 8601, may be partial).",
    "as_of": "Date that open spans ('since 2003') in this source end at.",
    "citation_full": "The full citation of the source.",
    "license_name": "Licence of the source's content.",
    "license_url": "Address of the licence.",
    "kind": "encyclopedia, dashboard or dataset.",
    "processing": "How figures from a dataset were computed from it.",
    "dataset_file": "For a dataset: the producer's yearly CSV its figures are checked against.",
    "vintage": "For a dataset: the release or copy the figures come from (edition, commit, export date).",
    "bound": "value, approximate, lower (a floor) or upper (a ceiling).",
    "strict": "1 when the bound itself is excluded ('more than 2' excludes 2).",
    "qualifiers.qualifier": "A qualifier as records write it; a plain figure has none and counts as a value.",
    "source_id": "The source cited (sources.id).",
    "name": "Name.",
    "anchor": "Anchor of the section in the source's web page.",
    "first_line": "First line of the section in the snapshot file (1-based).",
    "last_line": "Last line of the section in the snapshot file (inclusive).",
    "published": "For a section that is an edition of its own: its publication date (else empty).",
    "publisher": "For a section that is an edition of its own: its publisher, when not the source's producer.",
    "topic": "Topic of the metric (topics.name).",
    "unit": "Unit of the values.",
    "description": "What the metric measures.",
    "aliases": "Other names, separated by '; '.",
    "additive": "1 when values of consecutive periods may be summed.",
    "change_of": "For a growth rate: the metric whose change it gives.",
    "base": "For a figure relative to a base year: that year.",
    "compared_with": "For a change a source states: what it is measured against, when not the start of its span.",
    "not_for": "Words that mean a question asks for something other than this metric, separated by '; '.",
    "only_with": "For a figure relative to something, words one of which a question must say to ask for it, separated by '; '.",
    "complement": "For a share whose rest is the other part of one whole (votes cast alike, the rest cast differently), "
                  "words that ask for that rest, separated by '; ': crr derives it as 100 less the share.",
    "together": "For a figure of several things counted as one (meetings and calls), the subject ids it adds up, "
                "separated by '; '; a question asking for fewer of them is not answered by it.",
    "part_of": "For a count of a subset (naval of all exercises): the metric of the whole.",
    "share_of": "For a share, the metric of the whole it is a share of, where crr holds it.",
    "members": "For a region or bloc, the parties in it (parties.id), separated by '; '.",
    "measure": "What kind of number: amount, volume, share, count, rank, capacity, duration, length, growth or ratio.",
    "subjects": "What the record is about (subjects.id), separated by '; '.",
    "parties": "The countries and blocs the record is about (parties.id), separated by '; '.",
    "flow_from": "Where the goods, money or people come from (parties.id), if the metric is a flow.",
    "flow_to": "Where they go (parties.id), if the metric is a flow.",
    "metrics.people": "The people a count is of (people.id), separated by '; '.",
    "reporter": "The country whose statistics give the figure, where the producer says (china or russia).",
    "parent": "The broader subject (subjects.id).",
    "metric_units": "The metric units (metrics.unit) this unit of a question means, separated by '; '.",
    "weak": "1 when the subject names the form of a thing (a deal) and rules no metric out.",
    "of_people": "1 when the subject is what people do (meet, visit): a figure of it is of the people it names.",
    "of_whom": "1 when the subject is what is said of someone (a poll's views): a figure of it is of no one it does not name.",
    "kinds_apart": "1 when the subjects under it are things apart: an event about one is no event about another (oil is not gas).",
    "subjects.currency": "The currency a currency subject is (ISO 4217).",
    "phrase": "A phrase, as its stemmed words.",
    "facet": "What the phrase binds: party, person, people, subject, currency, unit, measure, judgement or harmless.",
    "vocabulary.value": "The id it stands for (a party, subject, person ...).",
    "cased": "The phrase as it must be written to count (\"US\", not \"us\"), when case matters.",
    "metric_id": "The metric (metrics.id).",
    "alias": "A word or phrase for the metric.",
    "words": "The alias's content words as the question reader matches them.",
    "period": "The period the figure is for (ISO 8601 date or interval).",
    "period_start": "First day of the period (empty for an open start).",
    "period_end": "Last day of the period.",
    "year": "Year of the period or date, when it lies within one year.",
    "value": "The figure, in the unit.",
    "qualifier": "How the source qualifies the figure ('more than', 'about', ...).",
    "locator": "The section of the source that states it (source_sections.name).",
    "as_written": "The number as the source text writes it ('a third', '$6 billion'); a hedge the source puts before it ('more than', 'about') may be left to the qualifier column.",
    "note": "Context, in our own words.",
    "unverifiable": "Why the figure or date cannot be found in the source text, if so.",
    "file": "The curated file the record comes from.",
    "date": "Date (YYYY, YYYY-MM or YYYY-MM-DD), or an interval of two (1858/1860).",
    "precision": "year, month, day, or span for an interval: how precise the date is.",
    "date_start": "First day the date can mean.",
    "date_end": "Last day the date can mean.",
    "category": "Kind of event.",
    "summary": "What happened, in our own words.",
    "claim": "Key shared by events from different sources that date the same thing.",
    "date_as_written": "The date as the source writes it, when unusual.",
    "country": "China, Russia or other.",
    "people.source_id": "The source that names the person in this role, when it is not an event (sources.id).",
    "people.locator": "The section of that source.",
    "role": "Roles the sources give, with years.",
    "event_id": "The event (events.id).",
    "person_id": "The person (people.id).",
    "label": "The official name of the relationship.",
    "disagreement_id": "The disagreement (disagreements.id).",
    "record_id": "An observation or event id.",
    "about": "What the two records are about.",
    "record_a": "First record.",
    "source_a": "Source of the first record.",
    "value_a": "Value of the first record.",
    "record_b": "Second record, or the records summed or combined, joined by ' + '.",
    "source_b": "Source of the second record.",
    "value_b": "Value of the second record, or the sum of the records.",
    "difference": "value_a minus value_b, when the units agree.",
    "sources.title": "Title of the source.",
    "sources.id": "Identifier of the source, as records cite it.",
    "source_sections.name": "Name of the section: a heading or a chart topic.",
    "topics.name": "Name of the topic.",
    "metrics.name": "Name of the metric.",
    "events.title": "Short title of the event.",
    "people.name": "Name as the sources spell it.",
    "people.aliases": "Other names, separated by '; '.",
    "disagreements.note": "How the records differ.",
    "relationship_labels.note": "Context, in our own words.",
    "conflicts.kind": "'same metric and period', 'span against the sum of its years' or 'curated'.",
    "conflicts.note": "How the records differ: the curated note, or which years were summed.",
}


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, position in the primary key or 0) per column."""
    return [(name, declared, pk)
            for _, name, declared, _, _, pk in db.execute(f"pragma table_info([{table}])")]


# Columns that hold ISO dates (YYYY-MM-DD, or empty), in any table or view: typed loaders read
# them as dates.
DATE_COLUMNS = frozenset({"period_start", "period_end", "date_start", "date_end"})


def _field_type(table: str, name: str, declared: str) -> str:
    if name in DATE_COLUMNS:
        return "date"
    return SQLITE_TYPES.get(declared.upper()) or EXPRESSION_TYPES.get(f"{table}.{name}", "string")


def _foreign_keys(db: sqlite3.Connection, table: str) -> list[dict]:
    keys: dict[int, dict] = {}
    for key_id, _, other, column, other_column, *_ in db.execute(
            f"pragma foreign_key_list([{table}])"):
        key = keys.setdefault(
            key_id, {"fields": [], "reference": {"resource": other, "fields": []}})
        key["fields"].append(column)
        key["reference"]["fields"].append(other_column)
    return [keys[key_id] for key_id in sorted(keys)]


def _write_csv(path: Path, header: list[str], rows: list, bom: bool = False) -> None:
    # (with a byte-order mark, a spreadsheet opened by a double click reads the file as UTF-8)
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _resource(db: sqlite3.Connection, table: str, out_dir: Path, bom: bool = False) -> dict:
    """Write one table's CSV and return its Data Package resource."""
    columns = _columns(db, table)
    names = [name for name, _, _ in columns]
    primary_key = [name for name, _, pk in sorted(columns, key=lambda c: c[2]) if pk]
    # A view has no primary key: order by every column so the file is stable.
    order = ", ".join(f"[{name}]" for name in (primary_key or names))
    rows = db.execute(f"select * from [{table}] order by {order}").fetchall()
    _write_csv(out_dir / f"{table}.csv", names, rows, bom)
    fields = []
    for name, declared, _ in columns:
        field = {"name": name, "type": _field_type(table, name, declared)}
        description = COLUMN_DESCRIPTIONS.get(f"{table}.{name}") or COLUMN_DESCRIPTIONS.get(name)
        if description:
            field["description"] = description
        fields.append(field)
    schema: dict = {"fields": fields}
    if primary_key:
        schema["primaryKey"] = primary_key
    foreign_keys = _foreign_keys(db, table)
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "profile": "tabular-data-resource",
        "name": table,
        "path": f"{table}.csv",
        "title": table.replace("_", " ").capitalize(),
        "description": TABLE_DESCRIPTIONS.get(table, ""),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _licenses(db: sqlite3.Connection) -> list[dict]:
    licenses = []
    for name, url in db.execute(
            "select distinct license_name, license_url from sources order by license_name"):
        entry = {"title": name, "path": url}
        if name in LICENSE_IDS:
            entry = {"name": LICENSE_IDS[name], **entry}
        licenses.append(entry)
    return licenses


def export(db_path: Path, out_dir: Path, bom: bool = False) -> Path:
    """Write the CSV files and datapackage.json into out_dir; return the descriptor's path.
    With `bom`, each CSV starts with a UTF-8 byte-order mark, for spreadsheets."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        resources = [_resource(db, table, out_dir, bom) for table in TABLES + VIEWS]
        package = {
            "profile": "tabular-data-package",
            "name": PACKAGE_NAME,
            "title": "China–Russia relations: cited figures and events",
            "description": (
                "A curated dataset of figures (trade, energy, currency, security, arms, "
                "diplomacy ...) and dated events in relations between China and Russia. "
                "Every record names its source and the section that states it; figures "
                "keep their sources' licences."
            ),
            "licenses": _licenses(db),
            "sources": [
                {"title": title, "path": url}
                for title, url in db.execute("select title, url_main from sources order by id")
            ],
            "resources": resources,
        }
    finally:
        db.close()
    descriptor = out_dir / "datapackage.json"
    descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    return descriptor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="crr export",
        description="Write every table as CSV with a Frictionless datapackage.json.",
        epilog="example: crr export out/   (then: frictionless validate out/datapackage.json)",
    )
    parser.add_argument("dir", type=Path, metavar="DIR", help="folder to write into")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="database to export (default: the built db/, rebuilt if stale)")
    parser.add_argument("--bom", action="store_true",
                        help="start each CSV with a UTF-8 byte-order mark, so that Excel opens it "
                             "by a double click with its dashes and accents intact")
    args = parser.parse_args(argv)

    from .load import DataError

    if args.db is not None and not args.db.is_file():
        print(f"crr export: no database {args.db}", file=sys.stderr)
        return 2
    try:
        descriptor = export(ensure_database(args.db), args.dir, args.bom)
    except DataError as error:
        print(f"crr export: the curated data does not validate.\n{error}", file=sys.stderr)
        return 2
    print(descriptor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
