"""Importers for figures from original producers (SIPRI, UNGA voting data).

The files in ``shared/data/`` hold yearly figures that were aggregated from
two public research datasets.  This module turns them into curated
observation CSVs in ``db/observations/``, one row a figure, each citing the
original producer with the section name that ``db/sources.yaml`` gives it:

    python -m assistant.producers /work/shared/data [--out db/observations]

The output is deterministic: rows are ordered by metric, then year, values
keep the text of the input file in ``as_written``, and the files are written
with ``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from ..paths import data_dir

COLUMNS = ["id", "metric", "period", "value", "qualifier", "source", "locator",
           "as_written", "note", "unverifiable"]

SIPRI_FILE = "sipri-china-arms-imports.csv"
SIPRI_SOURCE = "sipri-arms-transfers"
SIPRI_LOCATOR = "Transfers of major conventional arms, recipient China"
SIPRI_OUTPUT = "arms-sipri.csv"

UNGA_FILE = "unga-china-russia-agreement.csv"
UNGA_SOURCE = "unga-voting-voeten"
UNGA_LOCATOR = "Recorded General Assembly votes, China and Russia"
UNGA_OUTPUT = "un-voting-unga.csv"

# input column -> (metric id, id stem, processing note)
SIPRI_SERIES = [
    ("china_imports_tiv_mn", "china_arms_imports_tiv", "china-arms-imports-tiv",
     "Aggregated from the SIPRI Arms Transfers Database (export of 3 January 2025): "
     "TIV delivery values summed over transfers to China from all suppliers, by "
     "delivery year. Deals ordered before 2000 may be missing, so early years can be low."),
    ("from_russia_tiv_mn", "china_arms_imports_from_russia_tiv",
     "china-arms-imports-from-russia-tiv",
     "Aggregated from the SIPRI Arms Transfers Database (export of 3 January 2025): "
     "TIV delivery values summed over transfers to China with supplier Russia, by "
     "delivery year. Deals ordered before 2000 may be missing, so early years can be low."),
    ("russia_share_pct", "russia_share_china_arms_imports", "russia-share-china-arms-imports",
     "Computed from the SIPRI Arms Transfers Database (export of 3 January 2025): "
     "TIV delivered by Russia to China divided by TIV delivered to China by all "
     "suppliers in the same year."),
]

UNGA_SERIES = [
    ("roll_calls_both_voted", "unga_votes_both_voted", "unga-votes-both-voted",
     "Counted from the Voeten, Strezhnev and Bailey UN General Assembly voting data "
     "(unvotes package, data through 14 January 2020): recorded votes of the year in "
     "which both China and Russia (the Soviet Union until 1991) cast a vote."),
    ("same_vote_pct", "unga_same_vote_share", "unga-same-vote-share",
     "Computed from the Voeten, Strezhnev and Bailey UN General Assembly voting data "
     "(unvotes package, data through 14 January 2020): share of the year's recorded "
     "votes with both countries voting in which they cast the same vote (yes, no or "
     "abstain). A simple agreement rate, not the Dashboard's alignment measure."),
]


class ProducerError(ValueError):
    """An input file does not have the expected columns or values."""


def _read(path: Path, columns: Iterable[str]) -> list[dict[str, str]]:
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


def _observations(rows: list[dict[str, str]], series, source: str, locator: str,
                  suffix: str) -> list[dict[str, str]]:
    out = []
    for column, metric, stem, note in series:
        for row in sorted(rows, key=lambda r: r["year"]):
            text = row[column]
            if text == "":
                continue  # no figure for that year
            try:
                value = float(text)
            except ValueError:
                raise ProducerError(f"{column} {row['year']}: {text!r} is not a number") from None
            out.append({
                "id": f"{stem}-{row['year']}-{suffix}",
                "metric": metric,
                "period": row["year"],
                "value": str(int(value)) if value.is_integer() and "." not in text else repr(value),
                "qualifier": "",
                "source": source,
                "locator": locator,
                "as_written": text,
                "note": note,
                "unverifiable": "",
            })
    return out


def sipri_observations(data_folder: Path) -> list[dict[str, str]]:
    """China's arms imports (TIV) by year, from all suppliers and from Russia, and Russia's share."""
    rows = _read(Path(data_folder) / SIPRI_FILE, [c for c, *_ in SIPRI_SERIES])
    return _observations(rows, SIPRI_SERIES, SIPRI_SOURCE, SIPRI_LOCATOR, "sipri")


def unga_observations(data_folder: Path) -> list[dict[str, str]]:
    """UN General Assembly roll calls with both countries voting, and their same-vote share."""
    rows = _read(Path(data_folder) / UNGA_FILE, [c for c, *_ in UNGA_SERIES])
    return _observations(rows, UNGA_SERIES, UNGA_SOURCE, UNGA_LOCATOR, "unga")


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
    """Write both curated CSVs; return each path with its number of rows."""
    out_folder = Path(out_folder) if out_folder else data_dir() / "observations"
    written = {}
    for rows, name in [(sipri_observations(data_folder), SIPRI_OUTPUT),
                       (unga_observations(data_folder), UNGA_OUTPUT)]:
        written[write(rows, out_folder / name)] = len(rows)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.producers",
        description="Write curated observation CSVs from the original producers' figures "
                    "(SIPRI arms transfers, UN General Assembly voting).",
    )
    parser.add_argument("data", type=Path, help="folder with " + SIPRI_FILE + " and " + UNGA_FILE)
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
