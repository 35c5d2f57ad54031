"""Datasette metadata for the built database: descriptions, units, facets,
sorts, labels, search, and the canned queries (queries.py) and the dashboard
(dashboard.py).

Metadata is data.  Table and column descriptions are the ones the CSV export
publishes (`export.TABLE_DESCRIPTIONS`, `export.COLUMN_DESCRIPTIONS`); this
module adds only what Datasette needs beyond them.  The source and licence
notes are read from the `sources` table, so they name exactly the sources the
rows cite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .dashboard import CHARTS, dashboard_config, unfiltered  # noqa: F401 (the dashboard's, named here too)
from .queries import CANNED_QUERIES
from ...data.export import COLUMN_DESCRIPTIONS, TABLE_DESCRIPTIONS

TITLE = "China–Russia relations"
DESCRIPTION = (
    "Cited figures and dated events on relations between China and Russia: trade, "
    "energy, the yuan, joint exercises, arms, leader meetings, UN voting, students, "
    "tourism, the border and treaties. Every row names its source and the section "
    "that states it; where the sources disagree, both rows stay."
)
DASHBOARD = "china-russia"

# What the export does not describe: the build's own bookkeeping (every data
# column is described once, in export.py).
EXTRA_TABLE_DESCRIPTIONS = {
    "build_info": "How the database was built: schema version, a hash of the curated files "
                  "and the words the question reader knows.",
}
EXTRA_COLUMN_DESCRIPTIONS = {
    "build_info.key": "Name of the setting.",
    "build_info.value": "Its value.",
}
# Shown where a column has no description yet; a test lists such columns.
UNDESCRIBED = "(not described yet)"

# The unit of every column, by name, with table.column where a name means
# something different in one table.  "text" and "identifier" are units too:
# they say the column holds no quantity.
COLUMN_UNITS = {
    "id": "identifier", "short_name": "text", "producer": "text", "title": "text",
    "url_main": "URL", "date_published": "ISO 8601 date", "date_accessed": "ISO 8601 date",
    "as_of": "ISO 8601 date", "citation_full": "text", "license_name": "text",
    "license_url": "URL", "kind": "category", "processing": "text",
    "dataset_file": "file name", "vintage": "text", "bound": "category", "strict": "flag (0 or 1)",
    "source_id": "identifier (sources.id)", "name": "text", "anchor": "URL fragment",
    "first_line": "line number", "last_line": "line number", "published": "ISO 8601 date", "publisher": "text", "topic": "category (topics.name)",
    "unit": "unit name", "description": "text", "aliases": "text", "additive": "flag (0 or 1)",
    "change_of": "identifier (metrics.id)", "base": "year", "part_of": "identifier (metrics.id)",
    "metric_id": "identifier (metrics.id)", "alias": "text",
    "period": "ISO 8601 date or interval", "period_start": "ISO 8601 date",
    "period_end": "ISO 8601 date", "year": "year", "value": "the unit in the row's unit column",
    "qualifier": "text", "locator": "section name (source_sections.name)", "as_written": "text",
    "note": "text", "unverifiable": "text", "file": "path in db/", "date": "ISO 8601 date",
    "precision": "category", "date_start": "ISO 8601 date", "date_end": "ISO 8601 date",
    "category": "category", "summary": "text", "claim": "identifier", "date_as_written": "text",
    "country": "category", "role": "text", "event_id": "identifier (events.id)",
    "person_id": "identifier (people.id)", "label": "text",
    "disagreement_id": "identifier (disagreements.id)",
    "record_id": "identifier (observations.id or events.id)", "about": "text",
    "record_a": "identifier", "source_a": "identifier (sources.id)",
    "value_a": "the unit in the row's unit column", "record_b": "identifier",
    "source_b": "identifier (sources.id)", "value_b": "the unit in the row's unit column",
    "difference": "the unit in the row's unit column", "key": "text",
    "build_info.value": "text", "conflicts.kind": "category",
}

# Units that say only that a column holds no quantity: not repeated in its description.
PLAIN_UNITS = {"text", "identifier", "category", "unit name", "integer", "number", "file name"}
DECLARED_UNITS = {"TEXT": "text", "INTEGER": "integer", "REAL": "number"}

# Facets, default sort and the column that names a row where others point to it.
TABLE_SETTINGS = {
    "sources": {"sort": "id", "facets": ["kind", "license_name"], "label_column": "short_name"},
    "source_sections": {"sort": "first_line", "facets": ["source_id"], "label_column": "name"},
    "topics": {"sort": "name", "label_column": "name"},
    "metrics": {"sort": "topic", "facets": ["topic", "unit", "additive"], "label_column": "name"},
    "metric_aliases": {"sort": "metric_id", "facets": ["metric_id"]},
    "observations": {"sort_desc": "period_end", "facets": ["metric_id", "source_id", "year", "reporter"],
                     "size": 50},
    "events": {"sort_desc": "date_start", "facets": ["category", "source_id", "year"],
               "label_column": "title", "size": 50},
    "people": {"sort": "name", "facets": ["country"], "label_column": "name"},
    "event_people": {"sort": "event_id", "facets": ["person_id"]},
    "relationship_labels": {"sort": "date_start", "facets": ["source_id"], "label_column": "label"},
    "disagreements": {"sort": "id", "label_column": "note"},
    "disagreement_records": {"sort": "disagreement_id", "facets": ["disagreement_id"]},
    "disagreement_inputs": {"sort": "disagreement_id", "facets": ["disagreement_id"]},
    "qualifiers": {"sort": "qualifier", "facets": ["bound"]},
    "conflicts": {"facets": ["kind", "source_a", "source_b"]},
    "build_info": {"hidden": True},
}

# The columns a table's page shows first (after its key), in this order: what a
# reader looks for before the bookkeeping.  The rest follow in the table's order.
LEAD_COLUMNS = {
    "observations": ["metric_id", "period", "value", "qualifier", "source_id", "locator", "as_written"],
    "events": ["date", "title", "category", "source_id", "locator", "summary"],
    "metrics": ["name", "topic", "unit", "description"],
    "conflicts": ["about", "value_a", "source_a", "value_b", "source_b", "difference", "note"],
}

# Full-text search: the tables the build indexed, by their FTS5 tables.
SEARCH = {"events": "events_fts", "observations": "observations_fts",
          "metrics": "metrics_fts", "people": "people_fts"}

# Where a table's rows come from: tables with a source_id name the sources
# their rows cite, other tables of cited records name every source, and the
# rest are crr's own curation of those records.
SOURCED_TABLES = ("observations", "events", "relationship_labels", "source_sections")
CITED_TABLES = {*SOURCED_TABLES, "sources", "people", "event_people", "conflicts"}
LICENCE = "Each row keeps its source's licence (see sources)"


def database_name(db_path: Path | str) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def metadata(db_path: Path | str) -> dict:
    """The whole Datasette metadata for the built database at db_path."""
    name = database_name(db_path)
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        short_names = dict(connection.execute("select id, short_name from sources order by id"))
        # Every table and view but the search index's own tables.
        names = [row[0] for row in connection.execute(
            "select name from sqlite_master where type in ('table', 'view')"
            " and name not like 'sqlite_%' and name not like '%_fts%' order by name")]
        columns = {table: {row[1]: row[2] for row in connection.execute(
                       f"pragma table_info([{table}])")} for table in names}
        cited_by = {table: [row[0] for row in connection.execute(
                        f"select distinct source_id from [{table}] order by source_id")]
                    for table in SOURCED_TABLES}
        dashboard = dashboard_config(name, connection)
    finally:
        connection.close()
    sources_url = f"/{name}/sources"
    every_source = ", ".join(short_names.values())
    tables = {}
    for table, declared in columns.items():
        if table in cited_by:
            source = ", ".join(short_names[s] for s in cited_by[table])
        else:
            source = every_source if table in CITED_TABLES else "crr's curation of the cited records"
        tables[table] = {
            "title": table.replace("_", " ").capitalize(),
            "description": (TABLE_DESCRIPTIONS.get(table) or EXTRA_TABLE_DESCRIPTIONS.get(table)
                            or UNDESCRIBED),
            "source": source,
            "source_url": sources_url,
            "license": LICENCE if table in CITED_TABLES else "MIT (crr's curation)",
            "license_url": sources_url,
            "columns": {column: column_description(table, column, kind)
                        for column, kind in declared.items()},
            "column_units": {column: column_unit(table, column, kind)
                             for column, kind in declared.items()},
            **TABLE_SETTINGS.get(table, {}),
        }
        if table in SEARCH:
            tables[table].update(fts_table=SEARCH[table], fts_pk="rowid")
    inherited = {"license": LICENCE, "license_url": sources_url, "source": every_source, "source_url": sources_url,
                 "about": "The sources and how each figure was made", "about_url": f"/{name}/sources"}
    for settings in tables.values():
        # Datasette fills a table's missing keys from the top level into the dict it is given, on
        # the first visit to the table's page: filled here, every replica serves the same pages
        # whatever it has served before.
        for key, value in inherited.items():
            settings.setdefault(key, value)
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        **inherited,
        "databases": {name: {
            "title": TITLE,
            "description": DESCRIPTION,
            "source": every_source, "source_url": sources_url,
            "license": LICENCE, "license_url": sources_url,
            "tables": tables,
            "queries": CANNED_QUERIES,
        }},
        "plugins": {"datasette-dashboards": {DASHBOARD: dashboard}},
    }


def column_description(table: str, column: str, declared: str = "") -> str:
    text = (COLUMN_DESCRIPTIONS.get(f"{table}.{column}")
            or EXTRA_COLUMN_DESCRIPTIONS.get(f"{table}.{column}")
            or COLUMN_DESCRIPTIONS.get(column, UNDESCRIBED))
    unit = column_unit(table, column, declared)
    # A unit is said where it tells the reader something: not "text" or "identifier",
    # and not what the description says already ("ISO 8601 date", "metrics.id").
    reference = unit[unit.find("(") + 1:-1] if unit.endswith(")") else unit
    if unit.split(" (")[0] in PLAIN_UNITS and (unit == reference or reference in text):
        return text
    if reference in text or unit in text:
        return text
    return f"{text} Unit: {unit}."


def column_unit(table: str, column: str, declared: str = "") -> str:
    """The column's unit; a column not listed has its SQLite type's."""
    return (COLUMN_UNITS.get(f"{table}.{column}") or COLUMN_UNITS.get(column)
            or DECLARED_UNITS.get(declared.upper(), UNDESCRIBED))
