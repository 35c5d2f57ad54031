"""Importers for figures from original producers: SIPRI, the UN voting data,
the IMF, China Customs and the Energy Institute.

The files in ``shared/data/`` hold yearly figures that were aggregated from
public datasets (their README says how).  This module turns them into curated
observation CSVs in ``db/observations/``, one row a figure, each citing the
original producer with a section name that ``db/sources.yaml`` gives it:

    python -m assistant.producers /work/shared/data [--out db/observations]

Each producer is one entry of ``PRODUCERS``: its source id, input file, output
file and id suffix, and one ``Series`` a column it reads.  Units stay as the
producer states them: a column in million tonnes and one in bcm go to two
metrics, never one converted into the other.  Who reports a figure (China's
customs, Russia's) is kept in the ``reporter`` column.

The output is deterministic: rows are ordered by series, then year; values
keep the text of the input file in ``as_written``; the files are written with
``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import data_dir

COLUMNS = ["id", "metric", "period", "value", "qualifier", "source", "locator",
           "as_written", "note", "unverifiable", "reporter"]


@dataclass(frozen=True)
class Series:
    """One column of a producer's file, read as one metric's yearly figures.

    ``note`` and ``locator`` may name other columns of the row in braces
    ("{edition}"); ``year_notes`` adds a sentence for the years that need one.
    """

    column: str
    metric: str
    stem: str
    note: str
    locator: str
    reporter: str = ""
    year_notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Producer:
    source: str
    file: str
    output: str
    suffix: str
    series: tuple[Series, ...]
    # Columns every row must have besides the series' own.
    extra_columns: tuple[str, ...] = ()

    def series_for(self, metric: str, reporter: str = "") -> Series | None:
        """The series that gives a metric's figures as a reporter states them."""
        for series in self.series:
            if series.metric == metric and series.reporter == (reporter or ""):
                return series
        return None


# --- SIPRI and the UN voting data ----------------------------------------

SIPRI_LOCATOR = "Transfers of major conventional arms, recipient China"
SIPRI_EXPORT = "Aggregated from the SIPRI Arms Transfers Database (export of 3 January 2025): "
SIPRI_EARLY = " Deals ordered before 2000 may be missing, so early years can be low."

SIPRI = Producer(
    source="sipri-arms-transfers", file="sipri-china-arms-imports.csv", output="arms-sipri.csv",
    suffix="sipri", series=(
        Series("china_imports_tiv_mn", "china_arms_imports_tiv", "china-arms-imports-tiv",
               SIPRI_EXPORT + "TIV delivery values summed over transfers to China from all "
               "suppliers, by delivery year." + SIPRI_EARLY, SIPRI_LOCATOR),
        Series("from_russia_tiv_mn", "china_arms_imports_from_russia_tiv",
               "china-arms-imports-from-russia-tiv",
               SIPRI_EXPORT + "TIV delivery values summed over transfers to China with supplier "
               "Russia, by delivery year." + SIPRI_EARLY, SIPRI_LOCATOR),
        Series("russia_share_pct", "russia_share_china_arms_imports",
               "russia-share-china-arms-imports",
               "Computed from the SIPRI Arms Transfers Database (export of 3 January 2025): "
               "TIV delivered by Russia to China divided by TIV delivered to China by all "
               "suppliers in the same year.", SIPRI_LOCATOR),
    ))

UNGA_LOCATOR = "Recorded General Assembly votes, China and Russia"
UNGA_DATA = ("the Voeten, Strezhnev and Bailey UN General Assembly voting data "
             "(unvotes package, data through 14 January 2020): ")

UNGA = Producer(
    source="unga-voting-voeten", file="unga-china-russia-agreement.csv",
    output="un-voting-unga.csv", suffix="unga", series=(
        Series("roll_calls_both_voted", "unga_votes_both_voted", "unga-votes-both-voted",
               "Counted from " + UNGA_DATA + "recorded votes of the year in which both China "
               "and Russia (the Soviet Union until 1991) cast a vote.", UNGA_LOCATOR),
        Series("same_vote_pct", "unga_same_vote_share", "unga-same-vote-share",
               "Computed from " + UNGA_DATA + "share of the year's recorded votes with both "
               "countries voting in which they cast the same vote (yes, no or abstain). A "
               "simple agreement rate, not the Dashboard's alignment measure.", UNGA_LOCATOR),
    ))

# --- The IMF's Direction of Trade Statistics: each side's own figures -------

IMF_BY_CHINA = "Reported by China: exports FOB, imports CIF"
IMF_BY_RUSSIA = "Reported by Russia: exports FOB, imports CIF"
IMF_PROCESSING = " Summed by year from the IMF series; the IMF vintage is not stated."

IMF = Producer(
    source="imf-dots", file="imf-dots-china-russia-trade.csv", output="trade-imf.csv",
    suffix="imf", series=(
        Series("total_china_reported_usd_bn", "trade_total", "trade-total-china-reported",
               "As reported by China: its exports to Russia (FOB) plus its imports from "
               "Russia (CIF)." + IMF_PROCESSING, IMF_BY_CHINA, reporter="china"),
        Series("total_russia_reported_usd_bn", "trade_total", "trade-total-russia-reported",
               "As reported by Russia: its exports to China (FOB) plus its imports from "
               "China (CIF)." + IMF_PROCESSING, IMF_BY_RUSSIA, reporter="russia"),
        Series("china_imports_from_russia_usd_bn", "trade_russia_to_china",
               "trade-russia-to-china-china-reported",
               "As reported by China: its imports from Russia, valued CIF (with freight and "
               "insurance)." + IMF_PROCESSING, IMF_BY_CHINA, reporter="china"),
        Series("russia_exports_to_china_usd_bn", "trade_russia_to_china",
               "trade-russia-to-china-russia-reported",
               "As reported by Russia: its exports to China, valued FOB (at Russia's "
               "border)." + IMF_PROCESSING, IMF_BY_RUSSIA, reporter="russia"),
        Series("china_exports_to_russia_usd_bn", "trade_china_to_russia",
               "trade-china-to-russia-china-reported",
               "As reported by China: its exports to Russia, valued FOB (at China's "
               "border)." + IMF_PROCESSING, IMF_BY_CHINA, reporter="china"),
        Series("russia_imports_from_china_usd_bn", "trade_china_to_russia",
               "trade-china-to-russia-russia-reported",
               "As reported by Russia: its imports from China, valued CIF (with freight and "
               "insurance)." + IMF_PROCESSING, IMF_BY_RUSSIA, reporter="russia"),
    ))

# --- China Customs: China's energy imports from Russia ------------------------

GACC_SUMMED = " Summed by year from monthly Customs figures (as compiled by Wind)."
GACC_DECEMBER = ("Power of Siberia opened on 2 December 2019, so the 2019 figure covers "
                 "December alone.")

GACC = Producer(
    source="gacc-customs", file="gacc-china-energy-imports-from-russia.csv",
    output="energy-gacc.csv", suffix="gacc", extra_columns=("months_in_file",), series=(
        Series("crude_oil_mt", "oil_exports_to_china", "oil-exports-to-china-china-reported",
               "China's crude oil imports from Russia by weight, as reported by China."
               + GACC_SUMMED, "Crude oil imports from Russia", reporter="china"),
        Series("crude_oil_value_usd_bn", "oil_exports_to_china_value",
               "oil-exports-to-china-value-china-reported",
               "Value of China's crude oil imports from Russia, as reported by China."
               + GACC_SUMMED, "Crude oil imports from Russia", reporter="china"),
        Series("lng_mt", "lng_exports_to_china", "lng-exports-to-china-china-reported",
               "China's LNG imports from Russia by weight, as reported by China."
               + GACC_SUMMED, "LNG imports from Russia", reporter="china"),
        Series("pipeline_gas_mt", "pipeline_gas_exports_to_china_mt",
               "pipeline-gas-exports-to-china-mt-china-reported",
               "China's pipeline gas imports from Russia by weight, as reported by China; "
               "Customs stopped giving this weight by country after 2021." + GACC_SUMMED,
               "Pipeline gas imports from Russia", reporter="china",
               year_notes={"2019": GACC_DECEMBER}),
        Series("pipeline_gas_value_usd_bn", "pipeline_gas_exports_to_china_value",
               "pipeline-gas-exports-to-china-value-china-reported",
               "Value of China's pipeline gas imports from Russia, as reported by China."
               + GACC_SUMMED, "Pipeline gas imports from Russia", reporter="china",
               year_notes={"2019": GACC_DECEMBER}),
    ))

# --- The Energy Institute's Statistical Review: trade movements ---------------

EI_EDITION = " Taken from the trade-movement tables of the {edition}; later editions may revise it."

EI = Producer(
    source="energy-institute", file="ei-statistical-review-russia-to-china-energy.csv",
    output="energy-ei.csv", suffix="ei", extra_columns=("edition",), series=(
        Series("crude_oil_mt", "oil_exports_to_china", "oil-exports-to-china",
               "Crude oil moved from Russia to China (inter-area oil movements)." + EI_EDITION,
               "{edition}"),
        Series("pipeline_gas_bcm", "pipeline_gas_exports_to_china", "pipeline-gas-exports-to-china",
               "Natural gas piped from Russia to China, at 40 MJ per cubic metre." + EI_EDITION,
               "{edition}"),
        Series("lng_bcm", "lng_exports_to_china_bcm", "lng-exports-to-china-bcm",
               "LNG shipped from Russia to China, as gas volume at 40 MJ per cubic metre."
               + EI_EDITION, "{edition}"),
    ))

PRODUCERS: dict[str, Producer] = {p.source: p for p in (SIPRI, UNGA, IMF, GACC, EI)}


class ProducerError(ValueError):
    """An input file does not have the expected columns or values."""


def read_rows(path: Path, columns) -> list[dict[str, str]]:
    """The rows of a producer's file, each with a four-digit year."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ["year", *columns] if c not in (reader.fieldnames or [])]
        if missing:
            raise ProducerError(f"{path.name}: missing column(s) {', '.join(missing)}")
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in reader]
    for row in rows:
        if not (len(row["year"]) == 4 and row["year"].isdigit()):
            raise ProducerError(f"{path.name}: {row['year']!r} is not a year")
    return rows


def _value(text: str, where: str) -> str:
    try:
        value = float(text)
    except ValueError:
        raise ProducerError(f"{where}: {text!r} is not a number") from None
    return str(int(value)) if value.is_integer() and "." not in text else repr(value)


def observations(producer: Producer, data_folder: Path) -> list[dict[str, str]]:
    """One observation a non-empty cell of each series, by series then year."""
    path = Path(data_folder) / producer.file
    rows = read_rows(path, [*producer.extra_columns, *(s.column for s in producer.series)])
    out = []
    for series in producer.series:
        for row in sorted(rows, key=lambda r: r["year"]):
            text = row[series.column]
            if text == "":
                continue  # no figure for that year
            year = row["year"]
            note = series.note.format(**row)
            if extra := series.year_notes.get(year):
                note += " " + extra
            months = row.get("months_in_file", "12")
            if months != "12":
                note += f" Only {months} monthly figures were available to sum."
            out.append({
                "id": f"{series.stem}-{year}-{producer.suffix}",
                "metric": series.metric,
                "period": year,
                "value": _value(text, f"{path.name} {series.column} {year}"),
                "qualifier": "",
                "source": producer.source,
                "locator": series.locator.format(**row),
                "as_written": text,
                "note": note,
                "unverifiable": "",
                "reporter": series.reporter,
            })
    return out


def sipri_observations(data_folder: Path) -> list[dict[str, str]]:
    """China's arms imports (TIV) by year, from all suppliers and from Russia, and Russia's share."""
    return observations(SIPRI, data_folder)


def unga_observations(data_folder: Path) -> list[dict[str, str]]:
    """UN General Assembly roll calls with both countries voting, and their same-vote share."""
    return observations(UNGA, data_folder)


def to_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write(rows: list[dict[str, str]], path: Path) -> Path:
    """Write rows as an observation CSV, only touching the file when it changes."""
    text = to_csv(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def produce(data_folder: Path, out_folder: Path | None = None) -> dict[Path, int]:
    """Write every producer's CSV; return each path with its number of rows."""
    out_folder = Path(out_folder) if out_folder else data_dir() / "observations"
    written = {}
    for producer in PRODUCERS.values():
        rows = observations(producer, data_folder)
        written[write(rows, out_folder / producer.output)] = len(rows)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.producers",
        description="Write curated observation CSVs from the original producers' yearly figures "
                    "(SIPRI, UN General Assembly voting, IMF, China Customs, Energy Institute).",
    )
    parser.add_argument("data", type=Path,
                        help="folder with " + ", ".join(p.file for p in PRODUCERS.values()))
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the CSVs (default: db/observations)")
    args = parser.parse_args(argv)
    try:
        written = produce(args.data, args.out)
    except (OSError, ProducerError) as error:
        print(f"producers: {error}", file=sys.stderr)
        return 1
    for path, count in written.items():
        print(f"wrote {count} observations to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
