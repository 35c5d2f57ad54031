"""Canned queries: one for each kind of question crr answers, each with an
example that runs.

A metric is matched by its id (that metric alone), a word of its name or one of its
aliases, so "trade" finds every trade metric and "trade_total" that one.  Dates compare by prefix, so "2024", "2024-09" and
"2024-09-12" all work as bounds.
"""

from __future__ import annotations

import urllib.parse
from html import escape


# A metric's own id is that metric alone; other words match names and aliases, with "_"
# and "%" taken as written (in LIKE they match any character: "lng_exports_to_china"
# would find "LNG exports to China (bcm)" and its growth multiple too).
METRIC_MATCH = """(m.id = :metric
       or not exists (select 1 from metrics where id = :metric)
          and (m.name like '%' || replace(replace(replace(:metric, '\\', '\\\\'), '_', '\\_'), '%', '\\%') || '%' escape '\\'
               or m.id in (select metric_id from metric_aliases where alias = lower(:metric))))"""
# Each row's source, section, the address of that section and the source's full
# reference: a row copied or exported on its own is cited.
CITED = """s.short_name as source, {alias}.locator,
       s.url_main || coalesce('#' || nullif(ss.anchor, ''), '') as link, s.citation_full as reference"""
OBSERVATION_COLUMNS = """o.id as observation, m.name as metric, o.period, o.value, o.unit,
       o.qualifier, o.reporter, """ + CITED.format(alias="o")
OBSERVATIONS_JOIN = """observations o
  join metrics m on m.id = o.metric_id
  join sources s on s.id = o.source_id
  left join source_sections ss on ss.source_id = o.source_id and ss.name = o.locator"""
EVENT_COLUMNS = """e.id as event, e.date, e.title, e.category, e.summary, """ + CITED.format(alias="e")
EVENTS_JOIN = """events e
  join sources s on s.id = e.source_id
  left join source_sections ss on ss.source_id = e.source_id and ss.name = e.locator"""


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
        "The change of a metric from one period to another; the change and the percentage "
        "are derived (end minus start). Pairs within one source come first; a pair across two "
        "sources is marked so in its pairing column, as their figures may differ in what they count.",
        f"""
select m.name as metric,
       case when a.source_id = b.source_id then 'one source'
            else 'across two sources: compare with care' end as pairing,
       a.period as start_period, a.value as start_value,
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
        "Every figure of a metric, earliest first. A metric's id (trade_total) gives that one "
        "series, in one unit; a word (trade) gives every metric it names.",
        f"""
select {OBSERVATION_COLUMNS}
from {OBSERVATIONS_JOIN}
where {METRIC_MATCH}
order by m.name, coalesce(o.period_start, ''), o.period_end, s.short_name""",
        {"metric": "trade_total"}),
    "when_did": _query(
        "When did it happen?",
        "Events whose title or summary holds all the words given (full-text search).",
        f"""
select {EVENT_COLUMNS}
from events_fts
  join events e on e.rowid = events_fts.rowid
  join sources s on s.id = e.source_id
  left join source_sections ss on ss.source_id = e.source_id and ss.name = e.locator
where events_fts match '"' || replace(replace(trim(:q), '"', ''), ' ', '" "') || '"'
order by e.date_start, e.id""",
        {"q": "Ocean-2024"}),
    "events_in_year": _query(
        "What happened in a year",
        "Every event of a year, in date order.",
        f"""
select {EVENT_COLUMNS}
from {EVENTS_JOIN}
where e.year = cast(:year as integer)
order by e.date_start, e.id""",
        {"year": "2001"}),
    "events_between": _query(
        "Events between two dates",
        "Events dated between two dates (YYYY, YYYY-MM or YYYY-MM-DD), in date order.",
        f"""
select {EVENT_COLUMNS}
from {EVENTS_JOIN}
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
        "Events whose records name one person, or both of two (leave person_b empty for one), "
        "optionally of one category (leave it empty for all), counted by year. A record may name "
        "both without their meeting, so this is no count of meetings.",
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
        "with the gap when the units agree. Metric: part of a metric's id or name (every pair of "
        "its records); leave it empty for every pair.",
        """
select c.kind, c.about, c.record_a, sa.short_name as source_a, c.value_a,
       c.record_b, sb.short_name as source_b, c.value_b, c.difference, c.unit, c.note
from conflicts c
  left join sources sa on sa.id = c.source_a
  left join sources sb on sb.id = c.source_b
where :metric = '' or c.about like '%' || :metric || '%'
   or exists (select 1 from observations o join metrics m on m.id = o.metric_id
              where o.id in (c.record_a, c.record_b)
                and (m.id like '%' || :metric || '%' or m.name like '%' || :metric || '%'))
order by c.kind, c.about""",
        {"metric": "trade"}),
}
