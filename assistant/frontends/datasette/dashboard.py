"""The dashboard's charts: their SQL, their Vega-Lite, and the cards the page shows.

Every chart's SQL returns a `source` and `source_id` for each row, from which
its source note is written, and takes the dashboard's filters: a year range
(on the year a period ends) and a topic (of the chart's metrics).
datasette-dashboards drops a [[ ... ]] clause whose parameter is empty.

The rules the charts keep:
- one unit a chart: its y axis is titled with that unit;
- time on a temporal axis, a year with no figure a null that breaks the line
  (a gap, never a line across it), and lines only where a series is yearly;
- every point's source (and reporter) in its tooltip;
- a time chart in which no series has three points or more is not drawn: its
  figures are listed as a card (`card`), each with its period and source, as
  are figures over spans of their own (kind "figures");
- crr's own timeline is shown as entries, one mark an event, never counted
  as if it were a count of what happened.

The page gets each chart's rows with the page itself (`cards`), so charts
draw as soon as the scripts run, with no request after the page.
"""

from __future__ import annotations

import re
import sqlite3

TIME_FIELD = "date"   # a chart whose x is this field is a time chart
MIN_POINTS = 3        # fewer in every series: a figure card, not a chart

YEAR_OF = "cast(substr({end}, 1, 4) as integer)"
# A figure is in the years chosen when its time meets them: "since February 2022" is in 2021
# to 2025, though it runs to 2026.
FILTERS = """
  [[ and {last_year} >= cast(:year_from as integer) ]]
  [[ and {first_year} <= cast(:year_to as integer) ]]
  [[ and {topic} = :topic ]]"""


def _filters(end: str = "o.period_end", start: str = "o.period_start", topic: str = "m.topic") -> str:
    return FILTERS.format(last_year=YEAR_OF.format(end=end), first_year=YEAR_OF.format(end=f"coalesce({start}, {end})"),
                          topic=topic)


def _metrics(*ids: str) -> str:
    return "o.metric_id in (" + ", ".join(f"'{i}'" for i in ids) + ")"


# Who gives a figure: the source, and the country reporting it where the
# producer says (the IMF has both sides' figures).
SERIES_SOURCE = ("s.short_name || case o.reporter when 'china' then ', as China reports it'"
                 " when 'russia' then ', as Russia reports it' else '' end")
# The reporter as every table writes it ("china", to join on), and as a reader says it ("China").
REPORTER = "o.reporter, case o.reporter when 'china' then 'China' when 'russia' then 'Russia' else '' end as reporter_name"
# A metric's name without its unit in brackets (the axis gives the unit).
BARE_NAME = ("case when instr(m.name, ' (') > 0 then substr(m.name, 1, instr(m.name, ' (') - 1)"
             " else m.name end")


def _yearly_sql(*metric_ids: str, by_metric: bool = False) -> str:
    """Yearly figures of the metrics, one series a source and reporter (and metric,
    when `by_metric`), each with a row for every year between its first and its
    last figure: a year with no figure has a null value, drawn as a gap."""
    series = f"{BARE_NAME} || ': ' || {SERIES_SOURCE}" if by_metric else SERIES_SOURCE
    return f"""
with recursive figures as (
  select {series} as series, o.metric_id, m.name as metric, m.topic, o.source_id,
         s.short_name as source, o.reporter, o.year, o.period, o.value, o.unit, o.qualifier,
         group_concat(o.id, ', ') as ids, group_concat(o.locator, ' | ') as locators
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
       {REPORTER.replace("o.", "l.")},
       f.period, f.value, coalesce(f.unit, (select unit from metrics where id = l.metric_id)) as unit,
       f.qualifier, f.ids, f.locators
from lines l
  join years y on y.year between l.first_year and l.last_year
  left join figures f on f.series = l.series and f.year = y.year
where 1 = 1{FILTERS.format(first_year="y.year", last_year="y.year", topic="l.topic")}
order by l.series, y.year""".strip()


def _metric_sql(*conditions: str, extra: str = "") -> str:
    """Observations that meet the conditions, one row a figure, with its series
    (metric and source), filtered."""
    where = "\n  and ".join(conditions)
    return f"""
select group_concat(o.id, ', ') as ids, o.year, o.period, o.period_end, o.value, o.unit,
       o.qualifier, m.name as metric, {BARE_NAME} || ': ' || {SERIES_SOURCE} as series,
       s.short_name as source, o.source_id, {REPORTER}, group_concat(o.locator, ' | ') as locators{extra}
from observations o
  join metrics m on m.id = o.metric_id
  join sources s on s.id = o.source_id
where {where}{_filters()}
group by o.metric_id, o.period, o.source_id, o.value
order by o.period_end, m.name, s.short_name""".strip()


# A tooltip's fields as a reader names them.
TOOLTIP_TITLES = {"reporter_name": "reporter", "locators": "locator"}


def _tooltip(*fields: tuple[str, str]) -> list[dict]:
    return [{"field": field, "type": kind, "title": TOOLTIP_TITLES.get(field, field)} for field, kind in fields]


TOOLTIP = _tooltip(("metric", "nominal"), ("period", "nominal"), ("value", "quantitative"),
                   ("unit", "nominal"), ("qualifier", "nominal"), ("source", "nominal"),
                   ("reporter_name", "nominal"), ("locators", "nominal"), ("ids", "nominal"))
LEGEND = {"orient": "bottom", "columns": 1, "labelLimit": 460, "title": None}


def _yearly_lines(unit: str, zero: bool = True) -> dict:
    """Lines over a time axis, one a series, a point at each figure; a null value
    breaks its line, so a missing year shows as a gap."""
    y = {"field": "value", "type": "quantitative", "title": unit}
    if not zero:
        y["scale"] = {"zero": False}
    return {
        "mark": {"type": "line", "point": True, "tooltip": True, "invalid": "break-paths-show-domains"},
        "encoding": {
            "x": {"field": TIME_FIELD, "type": "temporal", "timeUnit": "year", "title": "year",
                  "scale": {"padding": 12}},
            "y": y,
            "color": {"field": "series", "type": "nominal", "legend": LEGEND},
            "tooltip": TOOLTIP,
        },
    }


def _dated_points(unit: str) -> dict:
    """Points on a time axis, one colour a series and no line between them:
    figures months or years apart are not a continuous series."""
    return {
        "mark": {"type": "point", "filled": True, "size": 70, "tooltip": True},
        "encoding": {
            "x": {"field": TIME_FIELD, "type": "temporal", "title": None, "axis": {"format": "%b %Y"},
                  "scale": {"padding": 14}},
            "y": {"field": "value", "type": "quantitative", "title": unit},
            "color": {"field": "series", "type": "nominal", "legend": LEGEND},
            "shape": {"field": "source", "type": "nominal", "legend": None},
            "tooltip": TOOLTIP,
        },
    }


def _share_bars(direction: str) -> dict:
    """Horizontal bars of product groups' shares, a bar a source."""
    return {
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "group", "type": "nominal", "title": None, "sort": "-x",
                  "axis": {"labelLimit": 260}},
            "yOffset": {"field": "source", "type": "nominal"},
            "x": {"field": "value", "type": "quantitative", "title": f"percent of {direction}"},
            "color": {"field": "source", "type": "nominal", "legend": LEGEND},
            "tooltip": TOOLTIP,
        },
    }


def _share_sql(prefix: str) -> str:
    """Shares of product groups, each named by its group: "Clothing's share of ..." is Clothing."""
    owner = "substr(m.name, 1, instr(m.name, ' share of') - 1)"  # "Clothing's", "Mineral fuels'"
    group = (f"case when {owner} like '%''s' then substr({owner}, 1, length({owner}) - 2)"
             f" else rtrim({owner}, '''') end")
    return _metric_sql(f"o.metric_id like '{prefix}%'", extra=f",\n       {group} as \"group\"")


TIMELINE_SQL = """
select e.id as ids, e.date_start as date, e.date_start as period, e.title, e.year,
       case when e.category = 'exercise' then 'joint exercise'
            else 'Xi–Putin meeting or call' end as entry,
       s.short_name as source, e.source_id
from events e join sources s on s.id = e.source_id
where (e.category = 'exercise'
       or (e.id in (select event_id from event_people where person_id = 'xi-jinping')
           and e.id in (select event_id from event_people where person_id = 'vladimir-putin')))
  and e.date_start glob '[0-9][0-9][0-9][0-9]*'""" + FILTERS.format(
    first_year=YEAR_OF.format(end="e.date_start"), last_year=YEAR_OF.format(end="e.date_end"),
    topic="(case when e.category = 'exercise' then 'Security' else 'Diplomacy' end)") + """
order by e.date_start"""

TIMELINE = {
    "mark": {"type": "tick", "thickness": 2, "tooltip": True},
    "encoding": {
        "x": {"field": TIME_FIELD, "type": "temporal", "title": None},
        "y": {"field": "entry", "type": "nominal", "title": None, "axis": {"labelLimit": 200}},
        "color": {"field": "source", "type": "nominal", "legend": LEGEND},
        "tooltip": _tooltip(("period", "nominal"), ("title", "nominal"), ("source", "nominal"),
                            ("ids", "nominal")),
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
        "title": "Russia's trade settled in yuan, and in yuan or rubles (percent)",
        "description": "Each figure at the end of its period: a month, the years before the "
                       "invasion (drawn at February 2022), or the Dashboard's estimate for the time "
                       "since February 2024 (drawn at its end, February 2026). The sources give single "
                       "months, not a monthly series, so no line joins them.",
        "topic": "Currency",
        "query": _metric_sql(
            _metrics("yuan_share_russia_trade", "yuan_share_russia_exports",
                     "yuan_share_russia_imports", "national_currencies_share_china_russia_trade"),
            extra=",\n       o.period_end as date"),
        "display": _dated_points("percent"),
    },
    "russia_sells": {
        "title": "What Russia sells China: product groups' shares of its exports (percent)",
        "description": "Wikipedia gives Russia's exports to China (undated); the Dashboard gives "
                       "China's imports from Russia since February 2022. Each bar is one source's "
                       "share of one whole; the shares of one source add up to at most 100.",
        "topic": "Trade",
        "query": _share_sql("russia_exports_to_china_share_"),
        "display": _share_bars("the trade"),
        "kind": "bars",
    },
    "china_sells": {
        "title": "What China sells Russia: product groups' shares of its exports (percent)",
        "description": "Wikipedia gives Russia's imports from China (undated); the Dashboard gives "
                       "China's exports to Russia since February 2022.",
        "topic": "Trade",
        "query": _share_sql("china_exports_to_russia_share_"),
        "display": _share_bars("the trade"),
        "kind": "bars",
    },
    "exercises": {
        "title": "Joint military exercises by year, all and naval (exercises)",
        "description": "The Dashboard's yearly counts. It gives them for 2024 and 2025; its "
                       "counts over longer spans (since 2003, since 2022) are rows of the "
                       "joint exercises metric.",
        "topic": "Security",
        "query": _yearly_sql("joint_exercises", "joint_naval_exercises", by_metric=True),
        "display": _yearly_lines("exercises"),
    },
    "arms": {
        "title": "China's arms imports, all suppliers and from Russia (SIPRI TIV mn)",
        "description": "SIPRI trend-indicator values in millions, by year of delivery, "
                       "2000–2023. A TIV measures the military capability transferred, not a price.",
        "topic": "Arms",
        "query": _yearly_sql("china_arms_imports_tiv", "china_arms_imports_from_russia_tiv",
                             by_metric=True),
        "display": _yearly_lines("TIV mn"),
    },
    "un_voting": {
        "title": "UN General Assembly: share of votes where China and Russia voted alike (percent)",
        "description": "Voeten, Strezhnev and Bailey's voting data, by session year, 1971–2019. "
                       "The axis does not start at zero.",
        "topic": "UN",
        "query": _yearly_sql("unga_same_vote_share"),
        "display": _yearly_lines("percent", zero=False),
    },
    "engagements": {
        "title": "Engagements between leaders, foreign ministers and military leaders",
        "description": "Counts over spans, each for its own span; none is given year by year, "
                       "so they are figures, not a chart.",
        "topic": "Diplomacy",
        "query": _metric_sql(_metrics("xi_putin_interactions", "xi_putin_meetings",
                                      "foreign_minister_meetings", "military_leader_engagements")),
        "display": {"encoding": {"tooltip": TOOLTIP}},
        "kind": "figures",
    },
    "timeline": {
        "title": "Entries in crr's timeline: joint exercises and Xi–Putin meetings",
        "description": "Each mark is one event crr's timeline records, with its source. The "
                       "timeline is a selection from the sources, not a count of every exercise "
                       "or meeting held: for counts, see the figures above.",
        "topic": "Security",
        "topics": ["Security", "Diplomacy"],
        "query": TIMELINE_SQL,
        "display": TIMELINE,
        "kind": "timeline",
        "height": 110,
    },
    "students": {
        "title": "Chinese students in Russia (students)",
        "description": "The Dashboard's figures for the years it gives.",
        "topic": "Society",
        "query": _yearly_sql("chinese_students_in_russia"),
        "display": _yearly_lines("students"),
    },
    "tourism": {
        "title": "Tourist visits: Chinese to Russia and Russian to China (visits)",
        "description": "Wikipedia's and the Dashboard's figures for the years they give.",
        "topic": "Society",
        "query": _yearly_sql("chinese_visits_to_russia", "russian_visits_to_china", by_metric=True),
        "display": _yearly_lines("visits"),
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
        for key in ("kind", "height"):
            if key in chart:
                charts[slug][key] = chart[key]
        charts[slug]["topics"] = chart.get("topics", [chart["topic"]])
    return {
        "title": "China–Russia relations in figures",
        "description": (
            "Every chart is drawn from the database's cited rows; its note names the sources "
            "and its SQL link opens the query behind it. A gap in a line is a year with no figure. "
            "Where the data holds fewer than three points of a series, the card lists the figures."
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


# --- the cards of one page ----------------------------------------------------------


def card(chart: dict, rows: list[dict]) -> dict:
    """What a chart's card shows for these rows: a Vega-Lite spec with the rows
    in it, or, for a time chart with no series of MIN_POINTS points, the figures."""
    kind = chart.get("kind", "time")
    held = rows if kind == "timeline" else [row for row in rows if row.get("value") is not None]
    if not held:
        return {"kind": "empty"}
    if kind == "figures":
        return {"kind": "figures", "figures": [figure(row) for row in held]}
    if kind == "time":
        points: dict[str, set] = {}
        for row in held:
            if row.get(TIME_FIELD):
                points.setdefault(row.get("series") or row.get("metric"), set()).add(row[TIME_FIELD])
        if max((len(dates) for dates in points.values()), default=0) < MIN_POINTS:
            return {"kind": "figures", "figures": [figure(row) for row in held]}
    spec = {
        "$schema": VEGA_LITE_SCHEMA,
        "width": "container",
        "height": chart.get("height", 260),
        "autosize": {"type": "fit-x", "contains": "padding"},
        "view": {"stroke": None},
        "config": {"background": "#00000000"},
        "data": {"values": rows},
        **{key: value for key, value in chart["display"].items() if key != "$schema"},
    }
    return {"kind": "chart", "spec": spec}


def figure(row: dict) -> dict:
    """One figure of a card: as a writer puts it, what and when, and who gives it."""
    from ...reading.periods import describe_period
    from ...writing.render import format_value

    source = row.get("source") or ""
    if row.get("reporter_name"):
        source += f", as {row['reporter_name']} reports it"
    return {
        "figure": format_value(float(row["value"]), row.get("unit") or "", row.get("qualifier") or ""),
        "what": row.get("metric") or "",
        "when": describe_period(row["period"]) if row.get("period") else "",
        "source": source,
        "id": (row.get("ids") or "").split(", ")[0],
        "url": "",
    }


async def page_cards(datasette, request, dashboard: str) -> dict[str, dict]:
    """Every card of the dashboard page (or of its one chart's page), for the
    filters the request gives; a chart whose query fails says so in its card."""
    from datasette.utils import tilde_encode
    from datasette_dashboards import replace_opts_in_query

    config = (datasette.plugin_config("datasette-dashboards") or {}).get(dashboard) or {}
    options = {key: request.args[key] for key in config.get("filters", {})
               if request.args.get(key)}
    topic = options.get("topic")
    chosen = request.url_vars.get("chart_slug")
    cards = {}
    for slug, chart in config.get("charts", {}).items():
        if (chosen and slug != chosen) or (topic and topic not in chart.get("topics", [chart["topic"]])):
            continue
        sql = replace_opts_in_query(chart["query"], options)
        try:
            result = await datasette.get_database(chart["db"]).execute(sql, options)
        except Exception as error:  # a filter the SQL cannot take, or a time limit: the card says so
            cards[slug] = {"kind": "error", "error": str(error)}
            continue
        cards[slug] = card(chart, [dict(row) for row in result.rows])
        for shown in cards[slug].get("figures", []):
            if shown["id"]:
                shown["url"] = datasette.urls.row(chart["db"], "observations", tilde_encode(shown["id"]))
    return cards
