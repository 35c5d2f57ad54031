"""The `conflicts` view: pairs of records that cannot both be right, and only those.

Hedged figures are compared as the source meant them; one producer's two
reporters are its own split; a span of an additive metric is checked against
the sum of its years; curated disagreements may set a figure against records
combined by arithmetic."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from assistant.data.build import build
from assistant.data.records import QUALIFIERS

REPO = Path(__file__).resolve().parents[1]
WP, DASH, IMF = "wikipedia-china-russia-relations", "china-russia-dashboard", "imf-dots"
BY_CHINA, BY_RUSSIA = "Reported by China: exports FOB, imports CIF", "Reported by Russia: exports FOB, imports CIF"
FACETS = {"subjects": ["trade"], "parties": ["china", "russia"], "topic": "Trade"}
METRICS = [
    {"id": "visits", "name": "Visits", "unit": "visits", "measure": "count", "additive": True,
     "description": "Visits.", **FACETS},
    {"id": "trade", "name": "Trade", "unit": "USD bn", "measure": "amount", "additive": True,
     "description": "Trade.", **FACETS},
    {"id": "share", "name": "Share", "unit": "percent", "measure": "share", "description": "A share.", **FACETS},
]
ROWS = [
    # id, metric, period, value, qualifier, source, locator, reporter
    ("visits-2019-dash", "visits", "2019", 2300000, "over", DASH, "Tourism", ""),
    ("visits-2019-wp", "visits", "2019", 2000000, "more than", WP, "Cultural relations", ""),
    ("visits-2018-dash", "visits", "2018", 2000000, "over", DASH, "Tourism", ""),
    ("visits-2018-wp", "visits", "2018", 1900000, "", WP, "Cultural relations", ""),
    ("visits-2017-dash", "visits", "2017", 1000000, "over", DASH, "Tourism", ""),
    ("visits-2017-wp", "visits", "2017", 1500000, "", WP, "Cultural relations", ""),
    ("visits-2016-dash", "visits", "2016", 1000000, "less than", DASH, "Tourism", ""),
    ("visits-2016-wp", "visits", "2016", 1500000, "about", WP, "Cultural relations", ""),
    ("visits-2015-dash", "visits", "2015", 1000000, "up to", DASH, "Tourism", ""),
    ("visits-2015-wp", "visits", "2015", 1000000, "more than", WP, "Cultural relations", ""),
    ("visits-2014-dash", "visits", "2014", 1000000, "at least", DASH, "Tourism", ""),
    ("visits-2014-wp", "visits", "2014", 1000000, "up to", WP, "Cultural relations", ""),
    ("share-2010-dash", "share", "2010", 40, "", DASH, "Trade", ""),
    ("share-2010-wp", "share", "2010", 40, "record", WP, "Economic relations", ""),
    ("trade-2010-china-imf", "trade", "2010", 55.4, "", IMF, BY_CHINA, "china"),
    ("trade-2010-russia-imf", "trade", "2010", 58.8, "", IMF, BY_RUSSIA, "russia"),
    ("trade-2010-wp", "trade", "2010", 59.3, "", WP, "Economic relations", ""),
    ("trade-2021-wp", "trade", "2021", 10, "", WP, "Economic relations", ""),
    ("trade-2021-wp-lead", "trade", "2021", 12, "", WP, "Lead", ""),
    # Spans and their years.
    ("trade-2011-china-imf", "trade", "2011", 60, "", IMF, BY_CHINA, "china"),
    ("trade-2012-china-imf", "trade", "2012", 70, "", IMF, BY_CHINA, "china"),
    ("trade-2013-china-imf", "trade", "2013", 80, "", IMF, BY_CHINA, "china"),
    ("trade-2011-russia-imf", "trade", "2011", 60, "", IMF, BY_RUSSIA, "russia"),
    ("trade-2013-russia-imf", "trade", "2013", 70, "", IMF, BY_RUSSIA, "russia"),
    ("trade-2011-2013-wp", "trade", "2011/2013", 200, "", WP, "Economic relations", ""),
    ("trade-2015-wp", "trade", "2015", 120, "", WP, "Economic relations", ""),
    ("trade-2014-2016-dash", "trade", "2014/2016", 100, "", DASH, "Trade", ""),
    ("trade-2017-wp", "trade", "2017", 60, "", WP, "Economic relations", ""),
    ("trade-2018-wp", "trade", "2018", 70, "", WP, "Economic relations", ""),
    ("trade-2017-2018-dash", "trade", "2017/2018", 100, "more than", DASH, "Trade", ""),
    ("trade-2019-wp", "trade", "2019", 50, "", WP, "Economic relations", ""),
    ("trade-2020-wp", "trade", "2020", 60, "", WP, "Economic relations", ""),
    ("trade-2019-2020-dash", "trade", "2019/2020", 200, "more than", DASH, "Trade", ""),
    ("share-2011-2013-wp", "share", "2011/2013", 10, "", WP, "Economic relations", ""),
    ("share-2011-dash", "share", "2011", 50, "", DASH, "Trade", ""),
    ("trade-change-2011-2013-wp", "share", "2012/2013", 46, "", WP, "Economic relations", ""),
]
DISAGREEMENTS = [{"id": "fall-by-decade", "records": ["trade-change-2011-2013-wp"],
                  "derived_from": ["trade-2012-china-imf", "trade-2011-china-imf"],
                  "note": "A stated change against the change of the yearly rows' sums."}]


@pytest.fixture(scope="module")
def conflicts(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("conflicts") / "db"
    for part in ("metrics", "observations"):
        (folder / part).mkdir(parents=True)
    for name in ("sources.yaml", "vocabulary.yaml"):
        shutil.copy(REPO / "db" / name, folder / name)
    shutil.copytree(REPO / "db" / "people", folder / "people")
    (folder / "metrics" / "test.yaml").write_text(yaml.safe_dump(METRICS), encoding="utf-8")
    lines = ["id,metric,period,value,qualifier,source,locator,as_written,note,unverifiable,reporter"]
    lines += [f'{i},{m},{p},{v},{q},{s},"{loc}",,,,{r}' for i, m, p, v, q, s, loc, r in ROWS]
    (folder / "observations" / "test.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "disagreements.yaml").write_text(yaml.safe_dump(DISAGREEMENTS), encoding="utf-8")
    db_path = build(folder.parent / "test.db", folder)
    with sqlite3.connect(db_path) as db:
        rows = db.execute("select kind, about, record_a, record_b, value_b, difference, note from conflicts")
        return {(kind, a, b): (value_b, difference, note) for kind, _, a, b, value_b, difference, note in rows}


def pairs(conflicts: dict, kind: str = "same metric and period") -> set[frozenset]:
    return {frozenset((a, b)) for k, a, b in conflicts if k == kind}


def test_two_floors_or_two_ceilings_never_clash(conflicts):
    assert frozenset(("visits-2019-dash", "visits-2019-wp")) not in pairs(conflicts)


def test_a_floor_and_a_value_clash_only_when_the_value_breaks_it(conflicts):
    found = pairs(conflicts)
    assert frozenset(("visits-2018-dash", "visits-2018-wp")) in found      # 1.9 million under "over 2 million"
    assert frozenset(("visits-2017-dash", "visits-2017-wp")) not in found  # 1.5 million is over 1 million
    assert frozenset(("visits-2016-dash", "visits-2016-wp")) in found      # about 1.5 million, "less than 1 million"


def test_a_floor_and_a_ceiling_clash_when_they_leave_no_room(conflicts):
    found = pairs(conflicts)
    assert frozenset(("visits-2015-dash", "visits-2015-wp")) in found      # "more than" 1 m, "up to" 1 m
    assert frozenset(("visits-2014-dash", "visits-2014-wp")) not in found  # "at least" and "up to" meet at 1 m


def test_a_record_is_a_plain_value(conflicts):
    assert frozenset(("share-2010-dash", "share-2010-wp")) not in pairs(conflicts)


def test_one_sources_two_reporters_are_not_paired_but_each_meets_the_others(conflicts):
    found = pairs(conflicts)
    assert frozenset(("trade-2010-china-imf", "trade-2010-russia-imf")) not in found
    assert {frozenset(("trade-2010-china-imf", "trade-2010-wp")),
            frozenset(("trade-2010-russia-imf", "trade-2010-wp"))} <= found
    assert frozenset(("trade-2021-wp", "trade-2021-wp-lead")) in found  # a source at odds with itself


def test_a_span_is_checked_against_the_sum_of_its_years(conflicts):
    spans = {(a, b): rest for (kind, a, b), rest in conflicts.items()
             if kind == "span against the sum of its years"}
    complete = ("trade-2011-2013-wp", "trade-2011-china-imf + trade-2012-china-imf + trade-2013-china-imf")
    assert spans[complete][:2] == (210, -10)
    # Russia's figures lack 2012: their sum (130) is only a floor, and 200 is above it.
    assert not [key for key in spans if key[0] == "trade-2011-2013-wp" and "russia" in key[1]]
    assert spans[("trade-2014-2016-dash", "trade-2015-wp")][0] == 120  # one year alone passes the span
    assert "floor" in spans[("trade-2014-2016-dash", "trade-2015-wp")][2]
    assert ("trade-2019-2020-dash", "trade-2019-wp + trade-2020-wp") in spans  # 110 is not "more than 200"
    assert not [key for key in spans if key[0] == "trade-2017-2018-dash"]      # 130 is more than 100
    assert not [key for key in spans if key[0] == "share-2011-2013-wp"]        # shares do not add up


def test_a_figure_set_against_records_combined_is_one_row(conflicts):
    curated = [(a, b) for kind, a, b in conflicts if kind == "curated"]
    assert curated == [("trade-change-2011-2013-wp", "trade-2011-china-imf + trade-2012-china-imf")]


# --- the real data -------------------------------------------------------------------


def _breaks(a: sqlite3.Row, b: sqlite3.Row) -> bool:
    """The view's rule, written again in Python: can the two hedged figures not both hold?"""
    (bound_a, strict_a), (bound_b, strict_b) = QUALIFIERS[a["qualifier"]], QUALIFIERS[b["qualifier"]]
    values = {"value", "approximate"}
    if bound_a in values and bound_b in values:
        return a["value"] != b["value"]
    if bound_a == bound_b:
        return False
    if bound_b == "lower" or (bound_a == "upper" and bound_b in values):
        a, b, bound_a, bound_b, strict_a, strict_b = b, a, bound_b, bound_a, strict_b, strict_a
    if bound_a == "lower" and bound_b in values:
        return b["value"] < a["value"] or (strict_a and b["value"] == a["value"])
    if bound_a == "upper":
        return b["value"] > a["value"] or (strict_a and b["value"] == a["value"])
    return a["value"] > b["value"] or ((strict_a or strict_b) and a["value"] == b["value"])


def test_real_pairs_are_exactly_the_figures_that_cannot_both_hold(db_path):
    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("select * from observations order by metric_id, period, id").fetchall()
        listed = {frozenset((r["record_a"], r["record_b"])) for r in db.execute(
            "select record_a, record_b from conflicts where kind = 'same metric and period'")}
    expected = set()
    for _, group in itertools.groupby(rows, key=lambda r: (r["metric_id"], r["period"])):
        for a, b in itertools.combinations(list(group), 2):
            one_split = a["source_id"] == b["source_id"] and a["reporter"] != b["reporter"]
            if not one_split and _breaks(a, b):
                expected.add(frozenset((a["id"], b["id"])))
    assert listed == expected
    assert frozenset(("chinese-visits-russia-2019-dash", "chinese-visits-russia-2019-wp")) not in listed
    assert {frozenset(("trade-total-2010-wp", f"trade-total-{side}-reported-2010-imf"))
            for side in ("china", "russia")} <= listed


def test_real_curated_pairs_include_the_derived_and_cross_unit_ones(db_path):
    with sqlite3.connect(db_path) as db:
        curated = {about: (a, b) for about, a, b in db.execute(
            "select about, record_a, record_b from conflicts where kind = 'curated'")}
        notes = dict(db.execute("select id, note from disagreements"))
    a, b = curated["arms-imports-from-russia-fall-2011-2021"]
    assert a == "china-arms-imports-from-russia-change-2011-2021-wp"
    assert b.split(" + ") == [f"china-arms-imports-from-russia-tiv-{y}-sipri" for y in range(2000, 2022)]
    assert "58.8%" in notes["arms-imports-from-russia-fall-2011-2021"]
    assert {"exercises-before-2012", "pipeline-gas-2021", "lng-2022"} <= set(curated)
    assert "63" in notes["exercises-before-2012"]


def test_sipris_decade_fall_is_what_the_note_says():
    import csv
    import os

    path = REPO.parent / "shared" / "data" / "sipri-china-arms-imports.csv"
    if not path.is_file():
        assert not os.environ.get("CI"), f"SIPRI's yearly file is not at {path}"
        pytest.skip(f"SIPRI's yearly file is not at {path}")
    with path.open(encoding="utf-8") as handle:
        rows = {int(r["year"]): float(r["from_russia_tiv_mn"]) for r in csv.DictReader(handle)}
    before, after = sum(rows[y] for y in range(2000, 2011)), sum(rows[y] for y in range(2011, 2022))
    assert (round(before, 1), round(after, 1)) == (22262.4, 9170.6)
    assert round(100 * (after - before) / before, 1) == -58.8
