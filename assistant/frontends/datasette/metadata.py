"""Datasette metadata for the built database: descriptions, units, facets,
sorts, labels, search, canned queries and the dashboard.

Metadata is data.  Table and column descriptions are the ones the CSV export
publishes (`export.TABLE_DESCRIPTIONS`, `export.COLUMN_DESCRIPTIONS`); this
module adds only what Datasette needs beyond them.  The source and licence
notes are read from the `sources` table, so they name exactly the sources the
rows cite.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from html import escape
from pathlib import Path

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
    "first_line": "line number", "last_line": "line number", "topic": "category (topics.name)",
    "unit": "unit name", "description": "text", "aliases": "text", "additive": "flag (0 or 1)",
    "change_of": "identifier (metrics.id)", "part_of": "identifier (metrics.id)",
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
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENCE,
        "license_url": sources_url,
        "source": every_source,
        "source_url": sources_url,
        "about": "Ask a question",
        "about_url": "/-/ask",
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
    return f"{text} Unit: {column_unit(table, column, declared)}."


def column_unit(table: str, column: str, declared: str = "") -> str:
    """The column's unit; a column not listed has its SQLite type's."""
    return (COLUMN_UNITS.get(f"{table}.{column}") or COLUMN_UNITS.get(column)
            or DECLARED_UNITS.get(declared.upper(), UNDESCRIBED))


# --- canned queries ----------------------------------------------------------
#
# One for each kind of question crr answers.  A metric is matched by its id, a word of
# its name or one of its aliases, so "trade" finds trade_total.  Dates compare
# by prefix, so "2024", "2024-09" and "2024-09-12" all work as bounds.

METRIC_MATCH = """(m.id = :metric or m.name like '%' || :metric || '%'
       or m.id in (select metric_id from metric_aliases where alias = lower(:metric)))"""
OBSERVATION_COLUMNS = """o.id as observation, m.name as metric, o.period, o.value, o.unit,
       o.qualifier, s.short_name as source, o.locator"""
OBSERVATIONS_JOIN = """observations o
  join metrics m on m.id = o.metric_id
  join sources s on s.id = o.source_id"""
EVENT_COLUMNS = """e.id as event, e.date, e.title, e.category, e.summary,
       s.short_name as source, e.locator"""


def _query(title: str, description: str, sql: str, example: dict[str, str]) -> dict:
    """A canned query whose parameters are the example's keys; its description
    links to the query run with the example."""
    tried = " · ".join(f"{name} = {value or '(empty)'}" for name, value in example.items())
    link = escape("?" + urllib.parse.urlencode(example))
    return {
        "title": title,
        "description": description,
        "description_html": f'{escape(description)} <a href="{link}">Try it: {escape(tried)}</a>',
        "sql": sql.strip(),
        "params": list(example),
        "example": example,
    }


CANNED_QUERIES = {
    "metric_in_year": _query(
        "A metric in a year",
        "Every cited figure of a metric for a year (and the months and quarters in it).",
        f"""
select {OBSERVATION_COLUMNS}
from {OBSERVATIONS_JOIN}
where {METRIC_MATCH}
  and o.year = cast(:year as integer)
order by m.name, o.period, s.short_name""",
        {"metric": "trade", "year": "2024"}),
    "metric_since": _query(
        "A metric since a date",
        "Figures of a metric for periods that start on or after a date, spans included.",
        f"""
select {OBSERVATION_COLUMNS}
from {OBSERVATIONS_JOIN}
where {METRIC_MATCH}
  and substr(o.period_start, 1, length(:since)) >= :since
order by m.name, o.period_start, o.period_end""",
        {"metric": "joint exercises", "since": "2022"}),
    "metric_between": _query(
        "A metric between two dates",
        "Figures of a metric for periods that lie between two dates (YYYY, YYYY-MM or "
        "YYYY-MM-DD).",
        f"""
select {OBSERVATION_COLUMNS}
from {OBSERVATIONS_JOIN}
where {METRIC_MATCH}
  and substr(coalesce(o.period_start, ''), 1, length(:start)) >= :start
  and substr(o.period_end, 1, length(:end)) <= :end
order by m.name, o.period_start, o.period_end""",
        {"metric": "trade", "start": "2018", "end": "2024"}),
    "change_between": _query(
        "Change between two periods",
        "The change of a metric from one period to another, each source on its own; "
        "the change and the percentage are derived (end minus start).",
        f"""
select m.name as metric, a.period as start_period, a.value as start_value,
       b.period as end_period, b.value as end_value, a.unit,
       round(b.value - a.value, 3) as change_derived,
       case when a.value != 0 and a.unit != 'percent'
            then round(100.0 * (b.value - a.value) / a.value, 1) end as percent_derived,
       sa.short_name as start_source, sb.short_name as end_source,
       a.id as start_observation, b.id as end_observation
from observations a
  join observations b on b.metric_id = a.metric_id
  join metrics m on m.id = a.metric_id
  join sources sa on sa.id = a.source_id
  join sources sb on sb.id = b.source_id
where {METRIC_MATCH}
  and a.period = :start and b.period = :end
order by m.name, a.source_id = b.source_id desc, sa.short_name, sb.short_name""",
        {"metric": "trade", "start": "2022", "end": "2024"}),
    "latest_peak_lowest": _query(
        "Latest, highest and lowest value of a metric",
        "For a metric: its most recent figure, its highest and its lowest, each with "
        "its source.",
        f"""
with matched as (
  select o.*, m.name as metric_name
  from observations o join metrics m on m.id = o.metric_id
  where {METRIC_MATCH}
)
select 'latest' as which, o.id as observation, o.metric_name as metric, o.period, o.value,
       o.unit, o.qualifier, s.short_name as source, o.locator
from matched o join sources s on s.id = o.source_id
where o.period_end = (select max(period_end) from matched x where x.metric_id = o.metric_id)
union all
select 'highest', o.id, o.metric_name, o.period, o.value, o.unit, o.qualifier, s.short_name,
       o.locator
from matched o join sources s on s.id = o.source_id
where o.value = (select max(value) from matched x where x.metric_id = o.metric_id)
union all
select 'lowest', o.id, o.metric_name, o.period, o.value, o.unit, o.qualifier, s.short_name,
       o.locator
from matched o join sources s on s.id = o.source_id
where o.value = (select min(value) from matched x where x.metric_id = o.metric_id)
order by metric, which""",
        {"metric": "UN voting agreement"}),
    "series": _query(
        "A metric over time",
        "Every figure of a metric, earliest first.",
        f"""
select {OBSERVATION_COLUMNS}
from {OBSERVATIONS_JOIN}
where {METRIC_MATCH}
order by m.name, coalesce(o.period_start, ''), o.period_end, s.short_name""",
        {"metric": "trade"}),
    "when_did": _query(
        "When did it happen?",
        "Events whose title or summary holds all the words given (full-text search).",
        f"""
select {EVENT_COLUMNS}
from events_fts
  join events e on e.rowid = events_fts.rowid
  join sources s on s.id = e.source_id
where events_fts match '"' || replace(replace(trim(:q), '"', ''), ' ', '" "') || '"'
order by e.date_start, e.id""",
        {"q": "Ocean-2024"}),
    "events_in_year": _query(
        "What happened in a year",
        "Every event of a year, in date order.",
        f"""
select {EVENT_COLUMNS}
from events e join sources s on s.id = e.source_id
where e.year = cast(:year as integer)
order by e.date_start, e.id""",
        {"year": "2001"}),
    "events_between": _query(
        "Events between two dates",
        "Events dated between two dates (YYYY, YYYY-MM or YYYY-MM-DD), in date order.",
        f"""
select {EVENT_COLUMNS}
from events e join sources s on s.id = e.source_id
where substr(e.date_end, 1, length(:start)) >= :start
  and substr(e.date_start, 1, length(:end)) <= :end
order by e.date_start, e.id""",
        {"start": "2022-02", "end": "2022-12"}),
    "who_took_part": _query(
        "Who took part?",
        "The people the sources name for events whose title or summary holds all the "
        "words given.",
        """
select e.id as event, e.date, e.title, p.name as person, p.country, p.role,
       s.short_name as source, e.locator
from events_fts
  join events e on e.rowid = events_fts.rowid
  join event_people ep on ep.event_id = e.id
  join people p on p.id = ep.person_id
  join sources s on s.id = e.source_id
where events_fts match '"' || replace(replace(trim(:q), '"', ''), ' ', '" "') || '"'
order by e.date_start, e.id, p.name""",
        {"q": "Treaty of Good-Neighborliness"}),
    "count_events": _query(
        "How many events?",
        "Events with one person, or with two together (leave person_b empty for one), "
        "optionally of one category (leave it empty for all), counted by year.",
        """
with chosen as (
  select e.* from events e
  where exists (select 1 from event_people ep join people p on p.id = ep.person_id
                where ep.event_id = e.id
                  and (p.name like '%' || :person_a || '%' or p.aliases like '%' || :person_a || '%'))
    and (:person_b = '' or exists (
                select 1 from event_people ep join people p on p.id = ep.person_id
                where ep.event_id = e.id
                  and (p.name like '%' || :person_b || '%' or p.aliases like '%' || :person_b || '%')))
    and (:category = '' or e.category = :category)
)
select year, count(*) as events, sum(count(*)) over () as events_in_all_years,
       group_concat(date || ' ' || title, '; ') as titles
from chosen
group by year
order by year""",
        {"person_a": "Xi", "person_b": "Putin", "category": ""}),
    "about_metric": _query(
        "About a metric",
        "What a metric measures, its unit and topic, and what the data holds for it.",
        f"""
select m.id as metric_id, m.name, m.topic, m.unit, m.description, m.aliases,
       count(o.id) as observations, min(o.period) as first_period, max(o.period) as last_period,
       group_concat(distinct s.short_name) as sources
from metrics m
  left join observations o on o.metric_id = m.id
  left join sources s on s.id = o.source_id
where {METRIC_MATCH}
group by m.id
order by m.topic, m.name""",
        {"metric": "yuan"}),
    "sources_disagree": _query(
        "Where the sources disagree",
        "Pairs of records from different sources that state the same thing differently, "
        "with the gap when the units agree. Leave metric empty for every pair.",
        """
select c.kind, c.about, c.record_a, sa.short_name as source_a, c.value_a,
       c.record_b, sb.short_name as source_b, c.value_b, c.difference, c.unit, c.note
from conflicts c
  left join sources sa on sa.id = c.source_a
  left join sources sb on sb.id = c.source_b
where :metric = '' or c.about like '%' || :metric || '%'
order by c.kind, c.about""",
        {"metric": "trade"}),
}


# --- the dashboard -------------------------------------------------------------
#
# Every chart's SQL returns a source_id column, from which its source note is
# written, and takes the dashboard's filters: a year range (on the year a
# period ends) and a topic (of the chart's metrics).  datasette-dashboards drops
# a [[ ... ]] clause whose parameter is empty.

YEAR_OF = "cast(substr({end}, 1, 4) as integer)"
FILTERS = """
  [[ and {year} >= cast(:year_from as integer) ]]
  [[ and {year} <= cast(:year_to as integer) ]]
  [[ and {topic} = :topic ]]"""


def _filters(end: str = "o.period_end", topic: str = "m.topic") -> str:
    return FILTERS.format(year=YEAR_OF.format(end=end), topic=topic)


POINTS = "o.period not like '%/%'"


def _metrics(*ids: str) -> str:
    return "o.metric_id in (" + ", ".join(f"'{i}'" for i in ids) + ")"


def _metric_sql(*conditions: str, extra: str = "") -> str:
    """Observations that meet the conditions, with metric and source names, filtered."""
    where = "\n  and ".join(conditions)
    return f"""
select group_concat(o.id, ', ') as ids, o.year, o.period, o.period_end, o.value, o.unit,
       o.qualifier, m.name as metric, s.short_name as source, o.source_id{extra}
from observations o
  join metrics m on m.id = o.metric_id
  join sources s on s.id = o.source_id
where {where}{_filters()}
group by o.metric_id, o.period, o.source_id, o.value
order by o.period_end, m.name, s.short_name""".strip()


def _tooltip(*fields: tuple[str, str]) -> list[dict]:
    return [{"field": field, "type": kind} for field, kind in fields]


BASIC_TOOLTIP = _tooltip(("metric", "nominal"), ("period", "nominal"), ("value", "quantitative"),
                         ("unit", "nominal"), ("qualifier", "nominal"), ("source", "nominal"),
                         ("ids", "nominal"))

def _lines(x: dict, y_title: str, by_metric: bool = True, zero: bool = True) -> dict:
    """A line chart with a point at each value, one line a metric unless `by_metric` is off."""
    y = {"field": "value", "type": "quantitative", "title": y_title}
    if not zero:
        y["scale"] = {"zero": False}
    encoding = {"x": x, "y": y, "tooltip": BASIC_TOOLTIP}
    if by_metric:
        encoding["color"] = {"field": "metric", "type": "nominal",
                             "legend": {"orient": "bottom", "columns": 1, "labelLimit": 400}}
    return {"mark": {"type": "line", "point": True, "tooltip": True}, "encoding": encoding}


YEAR_AXIS = {"field": "year", "type": "quantitative", "axis": {"format": "d"}}

# Who a yearly figure is from: the source, and the country reporting it where
# the producer says (the IMF has both sides' figures).
SERIES_SOURCE = ("s.short_name || case o.reporter when 'china' then ', as China reports it'"
                 " when 'russia' then ', as Russia reports it' else '' end")


def _yearly_sql(*metric_ids: str, by_metric: bool = False) -> str:
    """Yearly figures of the metrics, one line a source and reporter (and metric,
    when `by_metric`), each line with a row for every year between its first
    and its last figure: a year with no figure has a null value, which the
    chart draws as a gap, never as a line across it."""
    # The metric's name without its unit (the axis gives it), then who gives the figure.
    name = "case when instr(m.name, ' (') > 0 then substr(m.name, 1, instr(m.name, ' (') - 1) else m.name end"
    series = f"{name} || ': ' || {SERIES_SOURCE}" if by_metric else SERIES_SOURCE
    return f"""
with recursive figures as (
  select {series} as series, o.metric_id, m.name as metric, m.topic, o.source_id,
         s.short_name as source, o.reporter, o.year, o.period, o.value, o.unit, o.qualifier,
         group_concat(o.id, ', ') as ids
  from observations o
    join metrics m on m.id = o.metric_id
    join sources s on s.id = o.source_id
  where {_metrics(*metric_ids)} and o.period glob '[0-9][0-9][0-9][0-9]'
  group by series, o.year, o.value
),
lines as (
  select series, metric_id, metric, topic, source_id, source, reporter,
         min(year) as first_year, max(year) as last_year
  from figures group by series
),
years(year) as (
  select min(first_year) from lines
  union all select year + 1 from years where year < (select max(last_year) from lines)
)
select y.year, y.year || '-01-01' as date, l.series, l.metric, l.source, l.source_id,
       case l.reporter when 'china' then 'China' when 'russia' then 'Russia' else '' end as reporter,
       f.period, f.value, coalesce(f.unit, (select unit from metrics where id = l.metric_id)) as unit,
       f.qualifier, f.ids
from lines l
  join years y on y.year between l.first_year and l.last_year
  left join figures f on f.series = l.series and f.year = y.year
where 1 = 1{FILTERS.format(year="y.year", topic="l.topic")}
order by l.series, y.year""".strip()


YEARLY_TOOLTIP = _tooltip(("series", "nominal"), ("period", "nominal"), ("value", "quantitative"),
                          ("unit", "nominal"), ("qualifier", "nominal"), ("source", "nominal"),
                          ("reporter", "nominal"), ("ids", "nominal"))


def _yearly_lines(unit: str) -> dict:
    """Lines over a time axis, one a series, a point at each figure; a null value
    breaks its line, so a missing year shows as a gap."""
    return {
        "mark": {"type": "line", "point": True, "tooltip": True,
                 "invalid": "break-paths-show-domains"},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "timeUnit": "year", "title": "year",
                  "scale": {"padding": 12}},
            "y": {"field": "value", "type": "quantitative", "title": unit},
            "color": {"field": "series", "type": "nominal", "title": None,
                      "legend": {"orient": "bottom", "columns": 1, "labelLimit": 420}},
            "tooltip": YEARLY_TOOLTIP,
        },
    }


def _labelled_bars(x_title: str, label_limit: int) -> dict:
    """Horizontal bars, one a row, each labelled with its metric and period."""
    return {
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "label", "type": "nominal", "title": None,
                  "axis": {"labelLimit": label_limit}},
            "x": {"field": "value", "type": "quantitative", "title": x_title},
            "color": {"field": "metric", "type": "nominal", "legend": None},
            "tooltip": BASIC_TOOLTIP,
        },
    }


# Bars of events per year by source, with the titles in the tooltip.
EVENTS_PER_YEAR = {
    "mark": {"type": "bar", "tooltip": True},
    "encoding": {
        "x": {"field": "year", "type": "ordinal"},
        "y": {"field": "events", "type": "quantitative", "title": "events"},
        "color": {"field": "source", "type": "nominal"},
        "tooltip": _tooltip(("year", "ordinal"), ("events", "quantitative"),
                            ("source", "nominal"), ("titles", "nominal")),
    },
}

CHARTS = {
    "trade": {
        "title": "Bilateral trade by year (USD bn), each source and reporter a line",
        "description": "IMF Direction of Trade Statistics as China reports it (its exports FOB plus "
                       "imports CIF) and as Russia reports it, 1992–2020; Wikipedia's and the "
                       "Dashboard's figures as points. A gap is a year with no figure.",
        "topic": "Trade",
        "query": _yearly_sql("trade_total"),
        "display": _yearly_lines("USD bn"),
    },
    "trade_directions": {
        "title": "Goods trade in each direction (USD bn), as China and as Russia report it",
        "description": "IMF Direction of Trade Statistics, 1992–2020: Russia to China is China's "
                       "imports (CIF) and Russia's exports (FOB); China to Russia is China's "
                       "exports (FOB) and Russia's imports (CIF).",
        "topic": "Trade",
        "query": _yearly_sql("trade_russia_to_china", "trade_china_to_russia", by_metric=True),
        "display": _yearly_lines("USD bn"),
    },
    "oil": {
        "title": "Russian crude oil to China by year (million tonnes)",
        "description": "China Customs (as China reports its imports, 2000–2022), the Energy "
                       "Institute's trade movements (2018–2023) and the Dashboard's 2024 figure.",
        "topic": "Energy",
        "query": _yearly_sql("oil_exports_to_china"),
        "display": _yearly_lines("million tonnes"),
    },
    "gas_bcm": {
        "title": "Russian gas to China by year, pipeline and LNG (bcm)",
        "description": "Energy Institute trade movements (2018–2023) for pipeline gas and LNG, "
                       "and the Dashboard's pipeline gas for 2025; all in billion cubic metres.",
        "topic": "Energy",
        "query": _yearly_sql("pipeline_gas_exports_to_china", "lng_exports_to_china_bcm",
                             by_metric=True),
        "display": _yearly_lines("bcm"),
    },
    "gas_tonnes": {
        "title": "Russian gas to China by year, LNG and pipeline gas by weight (million tonnes)",
        "description": "China Customs, as China reports its imports: LNG from 2010 and pipeline "
                       "gas by weight for 2019–2021 (2019 is December alone); the Dashboard's "
                       "LNG for 2025.",
        "topic": "Energy",
        "query": _yearly_sql("lng_exports_to_china", "pipeline_gas_exports_to_china_mt",
                             by_metric=True),
        "display": _yearly_lines("million tonnes"),
    },
    "energy_value": {
        "title": "Value of China's crude oil and pipeline gas imports from Russia (USD bn)",
        "description": "China Customs, as China reports its imports: crude oil 2000–2022, "
                       "pipeline gas 2019–2022.",
        "topic": "Energy",
        "query": _yearly_sql("oil_exports_to_china_value", "pipeline_gas_exports_to_china_value",
                             by_metric=True),
        "display": _yearly_lines("USD bn"),
    },
    "yuan": {
        "title": "The yuan's share of Russia's trade settlements (percent)",
        "topic": "Currency",
        "query": _metric_sql(
            _metrics("yuan_share_russia_trade", "yuan_share_russia_exports",
                     "yuan_share_russia_imports", "national_currencies_share_china_russia_trade"),
            # Points, and the shares 'before the invasion' drawn at their end.
            f"({POINTS} or o.period like '../%')"),
        "display": _lines({"field": "period_end", "type": "temporal", "title": "end of period",
                            "axis": {"format": "%b %Y"}}, "percent"),
    },
    "composition": {
        "title": "Trade composition: shares of product groups (percent)",
        "topic": "Trade",
        "query": _metric_sql("(o.metric_id like 'russia_exports_to_china_share_%'"
                             " or o.metric_id like 'china_exports_to_russia_share_%')"),
        "display": {
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "y": {"field": "metric", "type": "nominal", "title": None, "sort": "-x",
                      "axis": {"labelLimit": 380}},
                "yOffset": {"field": "source", "type": "nominal"},
                "x": {"field": "value", "type": "quantitative", "title": "percent"},
                "color": {"field": "source", "type": "nominal", "legend": {"orient": "bottom"}},
                "tooltip": BASIC_TOOLTIP,
            },
        },
    },
    "exercises": {
        "title": "Joint military exercises per year, and the naval share",
        "topic": "Security",
        "query": """
select o.id as ids, o.year, o.period, o.value, o.unit, o.qualifier, m.name as metric,
       s.short_name as source, o.source_id,
       case when o.metric_id = 'joint_naval_exercises' then 'naval' else 'all' end as kind,
       (select round(100.0 * n.value / a.value, 1)
          from observations a join observations n
            on n.period = a.period and n.source_id = a.source_id
         where a.metric_id = 'joint_exercises' and n.metric_id = 'joint_naval_exercises'
           and a.period = o.period and a.source_id = o.source_id) as naval_share_derived
from observations o
  join metrics m on m.id = o.metric_id
  join sources s on s.id = o.source_id
where o.metric_id in ('joint_exercises', 'joint_naval_exercises')
  and o.period not like '%/%'""" + _filters() + """
order by o.year, kind""",
        "display": {
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal"},
                "xOffset": {"field": "kind", "type": "nominal"},
                "y": {"field": "value", "type": "quantitative", "title": "exercises"},
                "color": {"field": "kind", "type": "nominal", "title": "exercises"},
                "tooltip": [*BASIC_TOOLTIP,
                            {"field": "naval_share_derived", "type": "quantitative",
                             "title": "naval share, % (derived)"}],
            },
        },
    },
    "exercise_events": {
        "title": "Joint exercises recorded as events, per year",
        "topic": "Security",
        "query": """
select e.year, count(*) as events, s.short_name as source, e.source_id,
       group_concat(e.title, '; ') as titles
from events e join sources s on s.id = e.source_id
where e.category = 'exercise'""" + _filters(end="e.date_end", topic="'Security'") + """
group by e.year, e.source_id
order by e.year""",
        "display": EVENTS_PER_YEAR,
    },
    "arms": {
        "title": "China's arms imports, all suppliers and from Russia (SIPRI TIV mn)",
        "topic": "Arms",
        "query": _metric_sql(_metrics("china_arms_imports_tiv", "china_arms_imports_from_russia_tiv"), POINTS),
        "display": _lines(YEAR_AXIS, "TIV mn"),
    },
    "un_voting": {
        "title": "UN General Assembly: share of votes where China and Russia agreed (percent)",
        "topic": "UN",
        "query": _metric_sql(_metrics("unga_same_vote_share"), POINTS),
        "display": _lines(YEAR_AXIS, "percent", by_metric=False, zero=False),
    },
    "engagements": {
        "title": "Engagements: leaders, foreign ministers and military leaders (counts over spans)",
        "topic": "Diplomacy",
        "query": _metric_sql(_metrics("xi_putin_interactions", "xi_putin_meetings",
                                      "foreign_minister_meetings", "military_leader_engagements"),
                             extra=",\n       m.name || ' (' || o.period || ')' as label"),
        "display": _labelled_bars("count", label_limit=380),
    },
    "leader_events": {
        "title": "Xi–Putin meetings and calls recorded as events, per year",
        "topic": "Diplomacy",
        "query": """
select e.year, count(*) as events, s.short_name as source, e.source_id,
       group_concat(e.date || ' ' || e.title, '; ') as titles
from events e join sources s on s.id = e.source_id
where e.id in (select event_id from event_people where person_id = 'xi-jinping')
  and e.id in (select event_id from event_people where person_id = 'vladimir-putin')"""
        + _filters(end="e.date_end", topic="'Diplomacy'") + """
group by e.year, e.source_id
order by e.year""",
        "display": EVENTS_PER_YEAR,
    },
    "students": {
        "title": "Chinese students in Russia",
        "topic": "Society",
        "query": _metric_sql(_metrics("chinese_students_in_russia"), POINTS),
        "display": {
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal"},
                "y": {"field": "value", "type": "quantitative", "title": "students"},
                "tooltip": BASIC_TOOLTIP,
            },
        },
    },
    "tourism": {
        "title": "Tourist visits: Chinese to Russia and Russian to China",
        "topic": "Society",
        "query": _metric_sql(_metrics("chinese_visits_to_russia", "russian_visits_to_china"), POINTS,
                             extra=",\n       m.name || ', ' || s.short_name as series"),
        "display": {
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal"},
                "xOffset": {"field": "series", "type": "nominal"},
                "y": {"field": "value", "type": "quantitative", "title": "visits"},
                "color": {"field": "series", "type": "nominal",
                          "legend": {"orient": "bottom", "columns": 1, "labelLimit": 400}},
                "tooltip": BASIC_TOOLTIP,
            },
        },
    },
}

OPTIONAL_CLAUSE = re.compile(r"\[\[.*?\]\]")


def unfiltered(sql: str) -> str:
    """A chart's SQL with every optional filter clause dropped."""
    return OPTIONAL_CLAUSE.sub("", sql)


def source_note(connection: sqlite3.Connection, sql: str) -> str:
    """'Source: ...' naming, with its producer, every source the chart's rows cite."""
    names = [row[0] for row in connection.execute(
        f"""select short_name || ' (' || producer || ')' from sources
            where id in (select source_id from ({unfiltered(sql)})) order by short_name""")]
    return "Source: " + "; ".join(names) + "."


# The Vega-Lite the plugin ships (its spec defaults to the v5 schema and warns).
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"


def dashboard_config(database: str, connection: sqlite3.Connection) -> dict:
    charts = {}
    for slug, chart in CHARTS.items():
        display = {"$schema": VEGA_LITE_SCHEMA, **chart["display"]}
        charts[slug] = {
            "title": chart["title"],
            "description": chart.get("description", ""),
            "db": database,
            "query": chart["query"].strip(),
            "library": "vega-lite",
            "display": display,
            "topic": chart["topic"],
            "source_note": source_note(connection, chart["query"]),
        }
    return {
        "title": "China–Russia relations in figures",
        "description": (
            "Every chart is drawn from the database's cited rows; its note names the sources "
            "and its SQL link opens the query behind it. Figures marked 'derived' are computed "
            "by crr from cited rows."
        ),
        "settings": {"allow_fullscreen": False},
        "filters": {
            "year_from": {"name": "From year", "type": "number", "min": 1971, "max": 2030},
            "year_to": {"name": "To year", "type": "number", "min": 1971, "max": 2030},
            "topic": {"name": "Topic", "type": "select", "db": database,
                      "query": "select name from topics order by name"},
        },
        "charts": charts,
    }
