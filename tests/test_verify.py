"""crr verify: every cited figure and date must be in the section it cites."""

from __future__ import annotations

import shutil
import os
import sqlite3
from pathlib import Path

import pytest
import yaml

from assistant.data.build import build
from assistant.data.verify import contains, date_problem, main, number_forms, verify

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"
WIKIPEDIA = "wikipedia-china-russia-relations"
SIPRI = "sipri-arms-transfers"

# What the fake Wikipedia snapshot says in each section the tiny records cite.
SECTION_TEXT = {
    "Economic relations": "Trade reached $245\u00a0billion in 2024; 16,411 lorries crossed.",
    "1990s": "On 23 December 1992 Yeltsin arrived; they were friendly countries. Talks on February 24, 2022 too.",
    "2000s": "In 2001 they founded the SCO. A month later, a treaty. Eva | Feb 11, 2026",
}

METRICS = [
    {"id": "trade_total", "name": "Bilateral trade", "topic": "Trade", "unit": "USD bn",
     "description": "Trade in both directions.", "additive": True},
    {"id": "lorries", "name": "Lorries", "topic": "Trade", "unit": "lorries",
     "description": "Lorries crossing the border."},
    {"id": "china_arms_imports_tiv", "name": "Arms imports", "topic": "Arms", "unit": "TIV mn",
     "description": "China's arms imports."},
]
FACETS = {"measure": "count", "subjects": ["trade"], "parties": ["china", "russia"]}
METRICS = [{**FACETS, **metric} for metric in METRICS]

OBSERVATIONS = """\
id,metric,period,value,qualifier,source,locator,as_written,note,unverifiable
trade-2024-good,trade_total,2024,245,,{wp},Economic relations,$245 billion,,
trade-2024-bad,trade_total,2024,999,,{wp},Economic relations,$999 billion,,
lorries-2024-formatted,lorries,2024,16411,,{wp},Economic relations,,,
trade-2019-explained,trade_total,2019,110,,{wp},Economic relations,,,The figure is in a chart only.
arms-2003-sipri,china_arms_imports_tiv,2003,2334.3,,{sipri},"{sipri_section}",,,
arms-2003-sipri-misquoted,china_arms_imports_tiv,2003,2334.3,,{sipri},"{sipri_section}",2334.9,,
""".format(wp=WIKIPEDIA, sipri=SIPRI,
           sipri_section="Transfers of major conventional arms, recipient China")

EVENTS = [
    {"id": "day-first", "date": "1992-12-23", "locator": "1990s"},
    {"id": "day-month-first", "date": "2022-02-24", "locator": "1990s"},
    {"id": "day-abbreviated", "date": "2026-02-11", "locator": "2000s"},
    {"id": "wrong-day", "date": "1992-12-24", "locator": "1990s"},
    {"id": "as-written", "date": "2001-07", "locator": "2000s",
     "date_as_written": "A month later"},
    {"id": "as-written-wrong-year", "date": "2003-07", "locator": "2000s",
     "date_as_written": "A month later"},
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A curated folder, a built database, snapshots and a dataset, all small."""
    root = tmp_path_factory.mktemp("tiny")
    data = root / "db"
    (data / "metrics").mkdir(parents=True)
    (data / "observations").mkdir()
    (data / "events").mkdir()
    shutil.copy(REPO / "db" / "sources.yaml", data / "sources.yaml")
    shutil.copy(REPO / "db" / "vocabulary.yaml", data / "vocabulary.yaml")
    shutil.copytree(REPO / "db" / "people", data / "people")  # the vocabulary's groups name them
    (data / "metrics" / "test.yaml").write_text(yaml.safe_dump(METRICS), encoding="utf-8")
    (data / "observations" / "test.csv").write_text(OBSERVATIONS, encoding="utf-8")
    events = [{"title": "t", "category": "history", "summary": "s", "source": WIKIPEDIA, **e}
              for e in EVENTS]
    (data / "events" / "test.yaml").write_text(yaml.safe_dump(events), encoding="utf-8")
    labels = [{"id": "label-1992", "label": "friendly countries", "date": "1992-12-23",
               "source": WIKIPEDIA, "locator": "1990s"}]
    (data / "labels.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")

    # Put each section's text on the first line that sources.yaml gives it.
    sources = {s["id"]: s for s in yaml.safe_load((data / "sources.yaml").read_text())}
    sections = {sec["name"]: sec for sec in sources[WIKIPEDIA]["sections"]}
    lines = ["filler"] * max(sec["last_line"] for sec in sections.values())
    for name, text in SECTION_TEXT.items():
        lines[sections[name]["first_line"] - 1] = text
    snapshots = root / "sources"
    snapshots.mkdir()
    (snapshots / sources[WIKIPEDIA]["snapshot_file"]).write_text("\n".join(lines) + "\n",
                                                                  encoding="utf-8")
    datasets = root / "data"
    datasets.mkdir()
    (datasets / "sipri-china-arms-imports.csv").write_text(
        "year,china_imports_tiv_mn,from_russia_tiv_mn,russia_share_pct\n"
        "2003,2334.3,,\n", encoding="utf-8")
    db_path = build(root / "tiny.db", data)
    return {"root": root, "data": data, "db": db_path, "sources": snapshots, "datasets": datasets}


@pytest.fixture(scope="module")
def tiny_report(tiny):
    return verify(tiny["db"], tiny["sources"], tiny["datasets"], tiny["data"])


def _failed(report) -> dict:
    return {f.record_id: f for f in report.failures}


def test_as_written_in_the_section_verifies_and_absent_one_fails(tiny_report):
    failed = _failed(tiny_report)
    assert "trade-2024-good" not in failed
    assert failed["trade-2024-bad"].searched == "$999 billion"
    assert failed["trade-2024-bad"].kind == "observation"
    assert failed["trade-2024-bad"].locator == "Economic relations"


def test_value_without_as_written_is_searched_as_a_source_writes_it(tiny_report):
    assert "lorries-2024-formatted" not in _failed(tiny_report)


def test_unverifiable_record_is_an_explained_exception_not_a_failure(tiny_report):
    assert [e.record_id for e in tiny_report.exceptions] == ["trade-2019-explained"]
    assert "chart only" in tiny_report.exceptions[0].reason
    assert "trade-2019-explained" not in _failed(tiny_report)


def test_dataset_figure_is_found_in_the_row_of_its_year(tiny_report):
    assert "arms-2003-sipri" not in _failed(tiny_report)
    # The value is in its cell, but the as_written the record claims is not.
    failed = _failed(tiny_report)["arms-2003-sipri-misquoted"]
    assert failed.searched == "china_imports_tiv_mn 2003"
    assert failed.reason == "as_written '2334.9' is not the cell's '2334.3'"


def test_dataset_figures_are_skipped_without_the_data_folder(tiny):
    report = verify(tiny["db"], tiny["sources"], tiny["root"] / "missing", tiny["data"])
    assert [s.record_id for s in report.skipped] == ["arms-2003-sipri",
                                                     "arms-2003-sipri-misquoted"]
    assert not {"arms-2003-sipri", "arms-2003-sipri-misquoted"} & set(_failed(report))


def test_event_and_label_dates(tiny_report):
    failed = _failed(tiny_report)
    for verified in ("day-first", "day-month-first", "day-abbreviated", "as-written",
                     "label-1992"):
        assert verified not in failed
    assert "day 24" in failed["wrong-day"].reason
    assert "2003" in failed["as-written-wrong-year"].reason


def test_summary_counts_every_record(tiny_report):
    assert tiny_report.summary() == (
        "verified 3 of 6 observations, 4 of 6 events, 1 of 1 labels; "
        "1 explained exceptions; 4 failures; producer cells checked: "
        "1 sipri-china-arms-imports.csv; 0 not in the database"
    )


def test_locator_that_is_not_a_section_fails(tiny, tmp_path):
    db_path = Path(shutil.copy(tiny["db"], tmp_path / "moved.db"))
    with sqlite3.connect(db_path) as db:
        db.execute("update observations set locator = 'Nowhere' where id = 'trade-2024-good'")
    report = verify(db_path, tiny["sources"], tiny["datasets"], tiny["data"])
    assert "not a section" in _failed(report)["trade-2024-good"].reason


def test_main_prints_each_failure_and_exits_1_then_0_once_fixed(tiny, tmp_path, monkeypatch,
                                                                 capsys):
    monkeypatch.setenv("CRR_DATA_DIR", str(tiny["data"]))
    args = ["--sources", str(tiny["sources"]), "--data", str(tiny["datasets"])]
    assert main(args + ["--db", str(tiny["db"])]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (f"FAILED  observation trade-2024-bad [{WIKIPEDIA} / Economic relations]"
            " searched '$999 billion': not in the section") in out
    assert sum(line.startswith("FAILED") for line in out) == 4
    assert sum(line.startswith("EXPLAINED") for line in out) == 1
    assert "4 failures;" in out[-1]

    fixed = Path(shutil.copy(tiny["db"], tmp_path / "fixed.db"))
    with sqlite3.connect(fixed) as db:
        db.execute("delete from observations where id in"
                   " ('trade-2024-bad', 'arms-2003-sipri-misquoted')")
        db.execute("delete from events where id in ('wrong-day', 'as-written-wrong-year')")
    assert main(args + ["--db", str(fixed)]) == 0


@pytest.mark.parametrize("text, phrase, found", [
    ("held in 2024", "24", False),
    ("USD 245 billion", "24", False),
    ("share of 1.24 percent", "24", False),
    ("1,245 visits", "245", False),
    ("24 drills", "24", True),
    ("(24)", "24", True),
    ("seventy drills", "seven", False),
    ("SEVEN in total", "seven", True),
    ("USD\u00a0245 billion", "usd 245 billion", True),
    ("\u201cnot allies\u201d", '"Not allies"', True),
    ("the 2019\u20132025 rise", "2019-2025", True),
    ("the    world's", "the world\u2019s", True),
])
def test_contains_respects_number_and_word_boundaries(text, phrase, found):
    assert contains(text, phrase) is found


@pytest.mark.parametrize("value, forms", [
    (245, ["245"]),
    (59.3, ["59.3"]),
    (16411, ["16411", "16,411"]),
    (2300000, ["2300000", "2,300,000", "2.3 million"]),
    (-6.9, ["6.9"]),
])
def test_number_forms(value, forms):
    assert number_forms(value) == forms


@pytest.mark.parametrize("section, date, problem", [
    ("On 23 December 1992, Yeltsin", "1992-12-23", ""),
    ("on February 24, 2022", "2022-02-24", ""),
    ("Eva Seiwert | Feb 11, 2026", "2026-02-11", ""),
    ("Claus Soong | Nov 06, 2025", "2025-11-06", ""),
    ("On 20\u201322 March 2023, Xi visited", "2023-03-22", ""),
    ("In December 1996, Li Peng", "1996-12", ""),
    ("In Dec. 1996", "1996-12", ""),
    ("In 1996 trade may grow", "1996-05", "May is not in the section"),
    ("In December 1996", "1996-12-23", "day 23 is not next to December in the section"),
    ("On 23 December 1992", "1993-12-23", "the year 1993 is not in the section"),
    ("In 2024 it grew", "2024", ""),
    ("In 12024 it grew", "2024", "the year 2024 is not in the section"),
])
def test_date_forms(section, date, problem):
    assert date_problem(section, date)[1] == problem


def test_date_as_written_still_needs_the_year():
    assert date_problem("In 2001 the SCO. A month later, a treaty.", "2001-07",
                        "A month later")[1] == ""
    assert "year 2001" in date_problem("A month later, a treaty.", "2001-07", "a month later")[1]


def test_real_data_every_record_is_verified_explained_or_reported(tmp_path):
    if not SHARED_SOURCES.is_dir():
        # CI always has the snapshots beside the clone; only a bare checkout lacks them.
        assert not os.environ.get("CI"), f"the source snapshots are not at {SHARED_SOURCES}"
        pytest.skip(f"the source snapshots are not at {SHARED_SOURCES}")
    db_path = build(tmp_path / "real.db")
    report = verify(db_path, SHARED_SOURCES)
    with sqlite3.connect(db_path) as db:
        totals = {kind: db.execute(f"select count(*) from {table}").fetchone()[0]
                  for kind, table in [("observation", "observations"), ("event", "events"),
                                      ("label", "relationship_labels")]}
        explained = {row[0] for row in db.execute(
            "select id from observations where unverifiable != ''"
            " union select id from events where unverifiable != ''")}
    assert dict(report.checked) == {kind: n for kind, n in totals.items() if n}
    for kind, total in totals.items():
        unverified = [f for f in report.failures + report.exceptions + report.skipped
                      if f.kind == kind]
        assert report.verified[kind] + len(unverified) == total
    assert {e.record_id for e in report.exceptions} == explained
    assert all(f.reason for f in report.failures)


# --- the producers' files, row by row ---------------------------------------------

SHARED_DATA = REPO.parent / "shared" / "data"
PRODUCER_CELLS = {"imf-dots-china-russia-trade.csv": 174, "gacc-china-energy-imports-from-russia.csv": 66,
                  "ei-statistical-review-russia-to-china-energy.csv": 18,
                  "sipri-china-arms-imports.csv": 72, "unga-china-russia-agreement.csv": 98}


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    if not (SHARED_SOURCES.is_dir() and SHARED_DATA.is_dir()):
        assert not os.environ.get("CI"), f"the shared sources and data are not beside {REPO}"
        pytest.skip("the shared sources and data are not beside the clone")
    return build(tmp_path_factory.mktemp("real") / "real.db")


def test_real_data_every_producer_cell_is_checked_and_held(real_db):
    report = verify(real_db, SHARED_SOURCES, SHARED_DATA)
    assert report.ok, [str(f) for f in report.failures + report.missing]
    assert dict(report.cells) == PRODUCER_CELLS
    with sqlite3.connect(real_db) as db:
        from_files = db.execute(
            "select count(*) from observations o join sources s on s.id = o.source_id"
            " where s.dataset_file != ''").fetchone()[0]
    assert from_files == sum(PRODUCER_CELLS.values())


@pytest.mark.parametrize("record, change, reason", [
    ("trade-total-china-reported-2010-imf", "value = 58.842", "the value 58.842 is not the cell's 55.403"),
    ("trade-total-china-reported-2010-imf", "reporter = 'russia', id = id || '-x'",
     "gives 55.403 but the database has no figure"),
    ("oil-exports-to-china-china-reported-2021-gacc", "as_written = '79.64'", "is not the cell's '79.646'"),
    ("pipeline-gas-exports-to-china-mt-china-reported-2021-gacc", "metric_id = 'pipeline_gas_exports_to_china'",
     "no column of gacc-china-energy-imports-from-russia.csv gives pipeline_gas_exports_to_china"),
    ("lng-exports-to-china-bcm-2022-ei", "locator = 'bp Statistical Review of World Energy June 2022'",
     "the locator should be 'Energy Institute Statistical Review of World Energy 2023'"),
    ("lng-exports-to-china-bcm-2022-ei", "period = '2017', year = 2017", "has no row for 2017"),
])
def test_a_producer_figure_that_is_not_its_cell_fails(real_db, tmp_path, record, change, reason):
    db_path = Path(shutil.copy(real_db, tmp_path / "changed.db"))
    with sqlite3.connect(db_path) as db:
        db.execute(f"update observations set {change} where id = ?", (record,))
    report = verify(db_path, SHARED_SOURCES, SHARED_DATA)
    problems = [str(f) for f in report.failures + report.missing]
    assert not report.ok and any(reason in p for p in problems), problems


def test_a_producer_cell_missing_from_the_database_is_reported(real_db, tmp_path):
    db_path = Path(shutil.copy(real_db, tmp_path / "short.db"))
    with sqlite3.connect(db_path) as db:
        db.execute("delete from observations where id = 'lng-exports-to-china-bcm-2020-ei'")
    report = verify(db_path, SHARED_SOURCES, SHARED_DATA)
    assert [(m.record_id, m.searched) for m in report.missing] == [
        ("lng-exports-to-china-bcm-2020-ei", "lng_bcm 2020")]
    assert "1 not in the database" in report.summary()


# --- events: spans of years, and the people the section names ------------------------


def test_an_event_span_is_checked_at_both_ends_and_its_people_where_its_date_is(real_db, tmp_path):
    db_path = Path(shutil.copy(real_db, tmp_path / "events.db"))
    with sqlite3.connect(db_path) as db:
        db.execute("update events set date = '1858/1861' where id = 'russian-annexation-manchuria-1858-1860'")
        db.execute("insert into event_people values ('xi-victory-day-moscow-2015', 'vladimir-putin')")
    failed = _failed(verify(db_path, SHARED_SOURCES, SHARED_DATA))
    assert "1861" in failed["russian-annexation-manchuria-1858-1860"].reason
    assert failed["xi-victory-day-moscow-2015"].reason == (
        "vladimir-putin not named where the section gives the date")
    report = verify(real_db, SHARED_SOURCES, SHARED_DATA)
    assert "russian-annexation-manchuria-1858-1860" not in _failed(report)


def test_a_label_is_quoted_only_as_its_section_writes_it(tiny, tmp_path):
    # a name the section does not write word for word is a misquote, however close
    db_path = Path(shutil.copy(tiny["db"], tmp_path / "misquoted.db"))
    with sqlite3.connect(db_path) as db:
        db.execute("update relationship_labels set label = 'friendly neighbours' where id = 'label-1992'")
    report = verify(db_path, tiny["sources"], tiny["datasets"], tiny["data"])
    assert "not in the section as written" in _failed(report)["label-1992"].reason
