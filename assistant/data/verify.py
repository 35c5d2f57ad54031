"""Provenance check: is every cited figure and date in the text it cites?

Each observation, event and relationship label names a source and a locator
(a section of that source).  The section's text is its lines of the source's
snapshot file; a record is verified when its number (``as_written``, else the
value written as a source would) or its date is found there.  Figures from
datasets (sources without a snapshot) are looked up in the row of their year
in the dataset's CSV file.  Records with an ``unverifiable`` reason are
reported as explained exceptions, not failures.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import re
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .records import Source
from ..paths import data_dir, ensure_database
from .periods import precision

KINDS = ("observation", "event", "label")

# Sources without a snapshot are datasets; these are the aggregated CSV files
# (in the shared data folder) that their figures come from.
DATASET_FILES = {
    "sipri-arms-transfers": "sipri-china-arms-imports.csv",
    "unga-voting-voeten": "unga-china-russia-agreement.csv",
}


@dataclass(frozen=True)
class Finding:
    """One record that was not verified, and why."""

    record_id: str
    kind: str  # observation, event or label
    source_id: str
    locator: str
    searched: str
    reason: str

    def __str__(self) -> str:
        searched = f" searched {self.searched!r}:" if self.searched else ""
        return (f"{self.kind} {self.record_id} [{self.source_id} / {self.locator}]"
                f"{searched} {self.reason}")


@dataclass
class VerifyReport:
    checked: Counter = field(default_factory=Counter)  # kind -> records looked at
    verified: Counter = field(default_factory=Counter)  # kind -> records found in the text
    failures: list[Finding] = field(default_factory=list)
    exceptions: list[Finding] = field(default_factory=list)  # explained by `unverifiable`
    skipped: list[Finding] = field(default_factory=list)  # dataset figures without the data

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        counts = ", ".join(
            f"{self.verified[kind]} of {self.checked[kind]} {kind}s" for kind in KINDS
        )
        line = (f"verified {counts}; {len(self.exceptions)} explained exceptions; "
                f"{len(self.failures)} failures")
        if self.skipped:
            line += f"; {len(self.skipped)} skipped (no dataset files)"
        return line


# --- Finding text ----------------------------------------------------------

_SPACES = re.compile(r"\s+")
# Characters a source may use where a curator types the plain ASCII one.
_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
})


def normalise(text: str) -> str:
    """Straight quotes, ASCII dashes, single ordinary spaces."""
    return _SPACES.sub(" ", text.translate(_PLAIN)).strip()


def _phrase_pattern(phrase: str) -> str:
    """A regex for the phrase that will not match inside a longer number or word.

    "24" must not match in "245", "2024" or "1.24"; "seven" not in "seventy".
    """
    pattern = re.escape(phrase)
    if phrase[0].isdigit():
        pattern = r"(?<!\d)(?<!\d[.,])" + pattern
    elif phrase[0].isalpha():
        pattern = r"(?<![^\W\d_])" + pattern
    if phrase[-1].isdigit():
        pattern += r"(?!\d)(?![.,]\d)"
    elif phrase[-1].isalpha():
        pattern += r"(?![^\W\d_])"
    return pattern


def contains(text: str, phrase: str) -> bool:
    """Case-insensitive search for a phrase, after normalising both."""
    phrase = normalise(phrase)
    if not phrase:
        return False
    return re.search(_phrase_pattern(phrase), normalise(text), re.IGNORECASE) is not None


def _plain_number(number: float) -> str:
    return f"{round(number, 6):f}".rstrip("0").rstrip(".")


def number_forms(value: float) -> list[str]:
    """Ways a source may write a value: 16411 -> 16411, 16,411; 2300000 -> 2.3 million.

    The sign is dropped, because sources write falls in words ("declined 6.9
    percent").
    """
    magnitude = abs(value)
    plain = _plain_number(magnitude)
    forms = [plain]
    if magnitude >= 1000:
        whole, _, decimals = plain.partition(".")
        forms.append(f"{int(whole):,}" + (f".{decimals}" if decimals else ""))
    for word, scale in (("billion", 1e9), ("million", 1e6)):
        if magnitude >= scale:
            forms.append(f"{_plain_number(magnitude / scale)} {word}")
    return list(dict.fromkeys(forms))


def _month_pattern(month: int) -> str:
    # Month names are matched with their capital (or all in capitals), so
    # that "may" the verb or "mar" is not taken for a month.
    full, abbr = calendar.month_name[month], calendar.month_abbr[month]
    names = [full, abbr] + (["Sept"] if month == 9 else [])
    names += [name.upper() for name in names]
    return r"(?<![^\W\d_])(?:" + "|".join(names) + r")\.?(?![^\W\d_])"


def date_problem(section: str, date: str, date_as_written: str = "") -> tuple[str, str]:
    """(what was searched, why the date is not in the section, or "" if it is).

    The year must be in the section; then either ``date_as_written``, or for
    a month the month's name, for a day the day next to the month's name
    ("23 December", "December 23", "Feb 11, 2026", "20-22 March").
    """
    text = normalise(section)
    year, month, day = (date.split("-") + [None, None])[:3]
    if date_as_written:
        searched = f"{date_as_written!r} and {year}"
        if not contains(text, date_as_written):
            return searched, f"{date_as_written!r} is not in the section"
        if not contains(text, year):
            return searched, f"the year {year} is not in the section"
        return searched, ""
    searched = year
    if not contains(text, year):
        return searched, f"the year {year} is not in the section"
    if month is None:
        return searched, ""
    name = calendar.month_name[int(month)]
    months = _month_pattern(int(month))
    if day is None:
        searched = f"{name} {year}"
        if not re.search(months, text):
            return searched, f"{name} is not in the section"
        return searched, ""
    searched = f"{int(day)} {name} {year}"
    if contains(text, date):  # an ISO date in the text
        return searched, ""
    days = rf"(?<!\d)(?:\d{{1,2}}-)?0?{int(day)}(?:st|nd|rd|th)?(?:-\d{{1,2}})?(?!\d)"
    if re.search(rf"{days} (?:of )?{months}|{months} {days}", text):
        return searched, ""
    if not re.search(months, text):
        return searched, f"{name} is not in the section"
    return searched, f"day {int(day)} is not next to {name} in the section"


# --- Reading the sources ---------------------------------------------------


def snapshot_files(data_folder: Path) -> dict[str, str]:
    """Source id -> snapshot file name, from sources.yaml.

    Only sources.yaml is read, so a database can be verified while other
    curated files are mid-edit.
    """
    entries = yaml.safe_load((data_folder / "sources.yaml").read_text(encoding="utf-8")) or []
    sources = [Source.model_validate(entry) for entry in entries]
    return {source.id: source.snapshot_file for source in sources}


class _Sections:
    """Section text by (source, locator), read from the snapshots once."""

    def __init__(self, db: sqlite3.Connection, sources_dir: Path, snapshots: dict[str, str]):
        self.lines: dict[str, list[str] | None] = {}
        self.spans = {
            (source_id, name): (first, last)
            for source_id, name, first, last in db.execute(
                "select source_id, name, first_line, last_line from source_sections")
        }
        self.sources_dir = sources_dir
        self.snapshots = snapshots

    def text(self, source_id: str, locator: str) -> tuple[str | None, str]:
        """(section text, "") or (None, why there is no text)."""
        file_name = self.snapshots.get(source_id)
        if file_name is None:
            return None, f"{source_id} is not in sources.yaml"
        if source_id not in self.lines:
            path = self.sources_dir / file_name
            self.lines[source_id] = (
                path.read_text(encoding="utf-8").splitlines() if path.is_file() else None)
        lines = self.lines[source_id]
        if lines is None:
            return None, f"snapshot {file_name} is not in {self.sources_dir}"
        first, last = self.spans[(source_id, locator)]
        if first > len(lines):
            return None, f"the section starts at line {first}, after the end of {file_name}"
        return "\n".join(lines[first - 1:last]), ""


def _dataset_row(datasets_dir: Path, source_id: str, year: int | None) -> tuple[dict | None, str]:
    """The CSV row of a dataset for a year, or (None, why not)."""
    if year is None:
        return None, "the period is not a single year, so no dataset row can be looked up"
    path = datasets_dir / DATASET_FILES[source_id]
    if not path.is_file():
        return None, f"{path.name} is not in {datasets_dir}"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("year", "").strip() == str(year):
                return row, ""
    return None, f"{path.name} has no row for {year}"


def _cell_matches(cell: str, forms: list[str], value: float | None) -> bool:
    """A cell holds one of the forms, or (with no as_written) the value itself."""
    if value is not None:
        try:
            if float(cell) == value:
                return True
        except ValueError:
            pass
    return any(contains(cell, form) for form in forms)


# --- The check -------------------------------------------------------------


def verify(db_path: Path, sources_dir: Path, datasets_dir: Path | None = None,
           data_folder: Path | None = None) -> VerifyReport:
    """Check every observation, event and label of a built database.

    ``sources_dir`` holds the snapshot files; ``datasets_dir`` (default:
    ``sources_dir/../data``) the CSV files of dataset sources; ``data_folder``
    (default: the curated db/ folder) the sources.yaml naming the snapshots.
    """
    datasets_dir = datasets_dir or sources_dir.parent / "data"
    report = VerifyReport()
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        sections = _Sections(db, sources_dir, snapshot_files(data_folder or data_dir()))
        for row in db.execute("select * from observations order by id"):
            _check(report, "observation", row, sections, datasets_dir)
        for row in db.execute("select * from events order by id"):
            _check(report, "event", row, sections, datasets_dir)
        for row in db.execute("select * from relationship_labels order by id"):
            _check(report, "label", row, sections, datasets_dir)
    finally:
        db.close()
    return report


def _check(report: VerifyReport, kind: str, row: sqlite3.Row, sections: _Sections,
           datasets_dir: Path) -> None:
    report.checked[kind] += 1
    source_id, locator = row["source_id"], row["locator"]

    def finding(searched: str, reason: str) -> Finding:
        return Finding(row["id"], kind, source_id, locator, searched, reason)

    if (source_id, locator) not in sections.spans:
        report.failures.append(finding("", f"{locator!r} is not a section of {source_id}"))
        return
    unverifiable = row["unverifiable"] if "unverifiable" in row.keys() else ""
    if unverifiable:
        report.exceptions.append(finding("", f"unverifiable: {unverifiable}"))
        return
    if source_id in DATASET_FILES and not sections.snapshots.get(source_id):
        if not datasets_dir.is_dir():
            report.skipped.append(finding(_searched(kind, row), f"no folder {datasets_dir}"))
            return
        searched, why = _dataset_problem(kind, row, datasets_dir)
    else:
        searched, why = _section_problem(kind, row, sections)
    if why:
        report.failures.append(finding(searched, why))
    else:
        report.verified[kind] += 1


def _figure_forms(row: sqlite3.Row) -> list[str]:
    return [row["as_written"]] if row["as_written"] else number_forms(row["value"])


def _searched(kind: str, row: sqlite3.Row) -> str:
    return " | ".join(_figure_forms(row)) if kind == "observation" else row["date"]


def _section_problem(kind: str, row: sqlite3.Row, sections: _Sections) -> tuple[str, str]:
    """(what was searched, why it is not in the cited section, or "")."""
    searched = _searched(kind, row)
    text, why = sections.text(row["source_id"], row["locator"])
    if text is None:
        return searched, why
    if kind == "observation":
        found = any(contains(text, form) for form in _figure_forms(row))
        return searched, "" if found else "not in the section"
    if precision(row["date"]) not in ("year", "month", "day"):
        return searched, f"a date of precision {precision(row['date'])} cannot be checked"
    date_as_written = row["date_as_written"] if "date_as_written" in row.keys() else ""
    return date_problem(text, row["date"], date_as_written)


def _dataset_problem(kind: str, row: sqlite3.Row, datasets_dir: Path) -> tuple[str, str]:
    """(what was searched, why it is not in the dataset row of its year, or "")."""
    searched = _searched(kind, row)
    if kind != "observation":
        return searched, "a dataset cannot vouch for a dated event"
    data_row, why = _dataset_row(datasets_dir, row["source_id"], row["year"])
    if data_row is None:
        return searched, why
    # Without as_written, the value itself may match a cell ("2205.0" for 2205).
    value = None if row["as_written"] else row["value"]
    if any(_cell_matches(cell or "", _figure_forms(row), value)
           for column, cell in data_row.items() if column != "year"):
        return searched, ""
    return searched, f"not in the row for {row['year']}"


# --- Command line ----------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="crr verify",
        description="Check that every cited figure and date is in the section it cites.",
        epilog="example: crr verify --sources ../shared/sources --data ../shared/data",
    )
    parser.add_argument("--sources", type=Path, required=True, metavar="DIR",
                        help="folder of the sources' snapshot files")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="folder of the dataset CSV files (default: SOURCES/../data)")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="database to check (default: the built db/, rebuilt if stale)")
    args = parser.parse_args(argv)

    from .load import DataError

    if not args.sources.is_dir():
        print(f"crr verify: no folder {args.sources}", file=sys.stderr)
        return 2
    if args.db is not None and not args.db.is_file():
        print(f"crr verify: no database {args.db}", file=sys.stderr)
        return 2
    try:
        report = verify(ensure_database(args.db), args.sources, args.data)
    except DataError as error:
        print(f"crr verify: the curated data does not validate.\n{error}", file=sys.stderr)
        return 2
    for item in report.failures:
        print(f"FAILED  {item}")
    for item in report.exceptions:
        print(f"EXPLAINED  {item}")
    for item in report.skipped:
        print(f"SKIPPED  {item}")
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
