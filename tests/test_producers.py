"""python -m assistant.producers: the producers' yearly figures become observation CSVs,
the same bytes every run, one row a filled cell, each with its source, locator and reporter."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from assistant.data.producers import PRODUCERS, ProducerError, main, observations, produce, to_csv

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

# Filled cells of each producer's file (IMF: 29 years x 6 columns; Customs: crude 23+23,
# LNG 13, pipeline gas 3 by weight and 4 by value; Energy Institute: 6 years x 3).
ROWS = {"imf-dots": 174, "gacc-customs": 66, "energy-institute": 18,
        "sipri-arms-transfers": 72, "unga-voting-voeten": 98}


@pytest.fixture(scope="module")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        assert not os.environ.get("CI"), f"the producers' files are not at {SHARED_DATA}"
        pytest.skip(f"the producers' files are not at {SHARED_DATA}")
    return SHARED_DATA


def test_every_producer_writes_its_rows_the_same_way_twice(shared_data, tmp_path):
    first, second = produce(shared_data, tmp_path / "a"), produce(shared_data, tmp_path / "b")
    assert {path.name: n for path, n in first.items()} == {
        PRODUCERS[source].output: n for source, n in ROWS.items()}
    for path in first:
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_the_committed_csvs_are_what_the_importer_writes(shared_data):
    for producer in PRODUCERS.values():
        committed = ROOT / "db" / "observations" / producer.output
        assert committed.read_text(encoding="utf-8") == to_csv(observations(producer, shared_data)), (
            f"{producer.output} differs: run python -m assistant.producers {shared_data}")


def test_ids_end_in_the_source_and_keep_the_input_text(shared_data):
    for source, producer in PRODUCERS.items():
        rows = observations(producer, shared_data)
        assert len({row["id"] for row in rows}) == len(rows)
        with (shared_data / producer.file).open(encoding="utf-8", newline="") as handle:
            cells = {(s.metric, s.reporter, r["year"]): r[s.column]
                     for r in csv.DictReader(handle) for s in producer.series if r[s.column]}
        for row in rows:
            assert row["id"].endswith(f"-{producer.suffix}") and row["source"] == source
            assert cells[(row["metric"], row["reporter"], row["period"])] == row["as_written"]
            assert float(row["value"]) == float(row["as_written"])


def test_who_reports_each_figure_is_kept(shared_data):
    imf = observations(PRODUCERS["imf-dots"], shared_data)
    by_reporter = {(r["metric"], r["reporter"]) for r in imf}
    assert by_reporter == {(m, side) for m in ("trade_total", "trade_russia_to_china", "trade_china_to_russia")
                           for side in ("china", "russia")}
    trade_2010 = {r["reporter"]: r for r in imf if r["metric"] == "trade_total" and r["period"] == "2010"}
    assert (trade_2010["china"]["value"], trade_2010["russia"]["value"]) == ("55.403", "58.842")
    assert trade_2010["china"]["locator"] == "Reported by China: exports FOB, imports CIF"
    assert {r["reporter"] for r in observations(PRODUCERS["gacc-customs"], shared_data)} == {"china"}
    assert {r["reporter"] for r in observations(PRODUCERS["energy-institute"], shared_data)} == {""}


def test_units_stay_as_stated_each_in_its_own_metric(shared_data):
    gacc = observations(PRODUCERS["gacc-customs"], shared_data)
    ei = observations(PRODUCERS["energy-institute"], shared_data)
    assert {r["metric"] for r in gacc} == {"oil_exports_to_china", "oil_exports_to_china_value",
                                           "lng_exports_to_china", "pipeline_gas_exports_to_china_mt",
                                           "pipeline_gas_exports_to_china_value"}
    assert {r["metric"] for r in ei} == {"oil_exports_to_china", "pipeline_gas_exports_to_china",
                                         "lng_exports_to_china_bcm"}
    pipeline_2021 = {r["metric"]: r["value"] for r in gacc + ei if r["period"] == "2021"
                     and r["metric"].startswith("pipeline_gas_exports_to_china")}
    assert pipeline_2021 == {"pipeline_gas_exports_to_china_mt": "7.537",
                             "pipeline_gas_exports_to_china_value": "1.51",
                             "pipeline_gas_exports_to_china": "7.58"}


def test_notes_and_locators_say_where_a_figure_comes_from(shared_data):
    gacc = {r["id"]: r for r in observations(PRODUCERS["gacc-customs"], shared_data)}
    assert "December alone" in gacc["pipeline-gas-exports-to-china-mt-china-reported-2019-gacc"]["note"]
    assert "December" not in gacc["pipeline-gas-exports-to-china-mt-china-reported-2020-gacc"]["note"]
    ei = {r["id"]: r for r in observations(PRODUCERS["energy-institute"], shared_data)}
    assert ei["lng-exports-to-china-bcm-2022-ei"]["locator"] == (
        "Energy Institute Statistical Review of World Energy 2023")
    assert "June 2020" in ei["oil-exports-to-china-2019-ei"]["note"]


def test_a_file_without_an_expected_column_is_refused(shared_data, tmp_path, capsys):
    for name in {p.file for p in PRODUCERS.values()}:
        (tmp_path / name).write_text((shared_data / name).read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / PRODUCERS["energy-institute"].file
    broken.write_text(broken.read_text(encoding="utf-8").replace("lng_bcm", "lng"), encoding="utf-8")
    with pytest.raises(ProducerError, match="lng_bcm"):
        observations(PRODUCERS["energy-institute"], tmp_path)
    assert main([str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert "missing column(s) lng_bcm" in capsys.readouterr().err
