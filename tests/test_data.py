"""Every curated record in db/: ids, references, units, periods and sane values."""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from assistant.data.load import load
from assistant.paths import data_dir
from assistant.data.periods import parse_period

ROOT = Path(__file__).resolve().parent.parent
DATA = load()

COUNT_UNITS = {"exercises", "visits", "students", "meetings", "interactions", "engagements",
               "firms", "companies", "troops", "documents", "items", "resolutions", "votes",
               "roll calls", "patrols"}
SOURCE_SUFFIX = {"wikipedia-china-russia-relations": "-wp", "china-russia-dashboard": "-dash",
                 "sipri-arms-transfers": "-sipri", "unga-voting-voeten": "-unga",
                 "imf-dots": "-imf", "gacc-customs": "-gacc", "energy-institute": "-ei"}


def test_ids_are_unique_across_files():
    for kind in ("observations", "events", "metrics", "people", "labels", "disagreements"):
        counts = Counter(record.id for record in getattr(DATA, kind))
        assert [i for i, n in counts.items() if n > 1] == [], kind


def test_references_resolve():
    sources = {s.id for s in DATA.sources}
    metrics = {m.id: m for m in DATA.metrics}
    assert sources == set(SOURCE_SUFFIX)
    for obs in DATA.observations:
        assert obs.source in sources and obs.metric in metrics, obs.id
    people = {p.id for p in DATA.people}
    for event in DATA.events:
        assert event.source in sources and set(event.people) <= people, event.id


def test_one_unit_per_metric():
    units = {m.id: m.unit for m in DATA.metrics}
    for obs in DATA.observations:
        assert obs.unit in ("", units[obs.metric]), obs.id


def test_periods_are_well_formed_and_within_the_sources_reach():
    as_of = {s.id: parse_period(s.as_of)[1] for s in DATA.sources}
    for obs in DATA.observations:
        start, end = parse_period(obs.period)
        last_point_begins = parse_period(obs.period.split("/")[-1])[0]
        assert last_point_begins <= as_of[obs.source], obs.id
        assert start is None or start <= end
    for event in DATA.events:
        assert parse_period(event.date)[0] <= as_of[event.source], event.id


def test_values_are_within_sanity_bounds():
    units = {m.id: m.unit for m in DATA.metrics}
    change_metrics = {m.id for m in DATA.metrics if m.change_of or "change" in m.id}
    for obs in DATA.observations:
        unit = units[obs.metric]
        if unit == "percent" and obs.metric not in change_metrics:
            assert 0 <= obs.value <= 100, (obs.id, obs.value)
        if unit in COUNT_UNITS or unit == "rank":
            assert obs.value >= 0, (obs.id, obs.value)
        if unit == "rank":
            assert obs.value >= 1 and obs.value == int(obs.value), obs.id


def test_observation_ids_name_their_source():
    for obs in DATA.observations:
        assert SOURCE_SUFFIX[obs.source] + "-" in obs.id + "-", obs.id


def test_every_metric_has_observations_and_words_to_find_it():
    used = {obs.metric for obs in DATA.observations}
    for metric in DATA.metrics:
        assert metric.id in used, metric.id
        assert metric.description and metric.aliases, metric.id


def test_csv_files_have_the_documented_columns():
    """The documented columns; files written from a producer's data add `reporter`."""
    header = "id,metric,period,value,qualifier,source,locator,as_written,note,unverifiable".split(",")
    for path in sorted((data_dir() / "observations").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) in (header, header + ["reporter"]), path.name


def test_a_producers_reporters_are_its_own_split_not_a_disagreement(db_path):
    with sqlite3.connect(db_path) as connection:
        same_source = connection.execute(
            "select record_a, record_b from conflicts where source_a = source_b").fetchall()
        reporters = dict(connection.execute(
            "select reporter, count(*) from observations where source_id = 'imf-dots' group by 1"))
    assert same_source == []
    assert reporters == {"china": 87, "russia": 87}


def test_every_figure_from_china_customs_is_reported_by_china():
    for obs in DATA.observations:
        if obs.source == "gacc-customs":
            assert obs.reporter == "china", obs.id
        if obs.source in ("wikipedia-china-russia-relations", "china-russia-dashboard"):
            assert obs.reporter == "", obs.id


def test_disagreements_the_issue_names_are_kept(db_path):
    with sqlite3.connect(db_path) as connection:
        about = {row[0] for row in connection.execute("select about from conflicts")}
    assert {"trade-2025", "first-joint-exercise", "arms-imports-from-russia-fall-2011-2021",
            "exercises-before-2012", "pipeline-gas-2021", "lng-2022", "trade_total 2010"} <= about
    # Figures that can all hold are notes, not disagreements: two floors for the
    # same visits, shares of different flows, categories or periods.
    assert not {"chinese_visits_to_russia 2019", "yuan-share-before-invasion",
                "machinery-share-of-chinese-exports-to-russia",
                "mineral-fuels-share-of-russian-exports-to-china",
                "yuan-share-central-bank-data-after-february-2024"} & about


def test_labels_run_from_friendly_countries_to_no_limits():
    labels = sorted(DATA.labels, key=lambda label: label.date)
    assert labels[0].label == "friendly countries" and labels[0].date.startswith("1992")
    assert any("new era" in label.label for label in labels)
    assert any("no limits" in label.label for label in labels)


@pytest.mark.parametrize("inventory", ["inventory-wikipedia.csv", "inventory-dashboard.csv"])
def test_the_inventory_is_covered(inventory):
    """At least 95% of the figures and dated events we listed from each document have a record."""
    ids = {o.id for o in DATA.observations} | {e.id for e in DATA.events}
    with (ROOT / "tests" / "data" / inventory).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    covered = [row for row in rows if row["record_id"]]
    assert all(row["record_id"] in ids for row in covered)
    assert len(covered) / len(rows) >= 0.95
