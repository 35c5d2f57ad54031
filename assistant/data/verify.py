"""Provenance check: is every cited figure and date in the text it cites?

Each observation, event and relationship label names a source and a locator
(a section of that source).  The section's text is its lines of the source's
snapshot file; a record is verified when its number (``as_written``, else the
value written as a source would) or its date is found there, and an event's
people are named where the section gives its date.  Figures from datasets
(sources without a snapshot) are checked row by row against the producer's
CSV file (``dataset_file`` in sources.yaml): each figure against the cell of
its year in the column its importer reads (assistant/data/producers.py), and
each filled cell of those columns must have its figure in the database.
Records with an ``unverifiable`` reason are reported as explained exceptions,
not failures.
"""

from __future__ import annotations

import argparse
import calendar
import re
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .producers import PRODUCERS, Producer, ProducerError, read_rows
from .records import Source
from ..paths import data_dir, ensure_database
from .periods import precision

KINDS = ("observation", "event", "label")


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
    # Producer files: filled cells read (file -> count), and cells with no figure in the database.
    cells: Counter = field(default_factory=Counter)
    missing: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.missing

    def summary(self) -> str:
        counts = ", ".join(
            f"{self.verified[kind]} of {self.checked[kind]} {kind}s" for kind in KINDS
        )
        line = (f"verified {counts}; {len(self.exceptions)} explained exceptions; "
                f"{len(self.failures)} failures")
        if self.cells:
            files = ", ".join(f"{n} {name}" for name, n in sorted(self.cells.items()))
            line += (f"; producer cells checked: {files}; "
                     f"{len(self.missing)} not in the database")
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


def _sources(data_folder: Path) -> list[Source]:
    """The sources of sources.yaml.

    Only sources.yaml is read, so a database can be verified while other
    curated files are mid-edit.
    """
    entries = yaml.safe_load((data_folder / "sources.yaml").read_text(encoding="utf-8")) or []
    return [Source.model_validate(entry) for entry in entries]


def snapshot_files(data_folder: Path) -> dict[str, str]:
    """Source id -> snapshot file name, from sources.yaml."""
    return {source.id: source.snapshot_file for source in _sources(data_folder)}


def dataset_files(data_folder: Path) -> dict[str, str]:
    """Source id -> the producer's yearly CSV, for the dataset sources of sources.yaml."""
    return {source.id: source.dataset_file for source in _sources(data_folder)
            if source.dataset_file}


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
        self.people: dict[str, list[tuple[str, list[str]]]] = {}  # event id -> people linked

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


class _Datasets:
    """The producers' CSV files, read once: each figure is checked against the
    cell of its year in the column its importer reads."""

    def __init__(self, folder: Path, files: dict[str, str]):
        self.folder = folder
        self.files = files  # source id -> file name
        self.rows: dict[str, dict[str, dict[str, str]] | str] = {}

    def rows_by_year(self, source_id: str) -> tuple[dict[str, dict[str, str]] | None, str]:
        """The file's rows by year, or (None, why not)."""
        if source_id not in self.rows:
            producer = PRODUCERS.get(source_id)
            path = self.folder / self.files[source_id]
            if producer is None:
                self.rows[source_id] = f"crr has no importer for {source_id}"
            elif not path.is_file():
                self.rows[source_id] = f"{path.name} is not in {self.folder}"
            else:
                try:
                    columns = [*producer.extra_columns, *(s.column for s in producer.series)]
                    self.rows[source_id] = {r["year"]: r for r in read_rows(path, columns)}
                except (OSError, ProducerError) as error:
                    self.rows[source_id] = str(error)
        rows = self.rows[source_id]
        return (None, rows) if isinstance(rows, str) else (rows, "")

    def problem(self, row: sqlite3.Row) -> tuple[str, str]:
        """(what was searched, why the figure is not the one in its cell, or "")."""
        source_id, metric, reporter = row["source_id"], row["metric_id"], row["reporter"] or ""
        producer: Producer = PRODUCERS.get(source_id)
        file_name = self.files[source_id]
        series = producer.series_for(metric, reporter) if producer else None
        if series is None:
            return "", (f"no column of {file_name} gives {metric}"
                        + (f" as reported by {reporter}" if reporter else ""))
        searched = f"{series.column} {row['period']}"
        rows, why = self.rows_by_year(source_id)
        if rows is None:
            return searched, why
        if row["year"] is None or "/" in row["period"]:
            return searched, "the period is not a single year, so no dataset row can be looked up"
        data_row = rows.get(str(row["year"]))
        if data_row is None:
            return searched, f"{file_name} has no row for {row['year']}"
        cell = data_row[series.column]
        if cell == "":
            return searched, f"the cell is empty in {file_name}"
        if row["as_written"] and row["as_written"] != cell:
            return searched, f"as_written {row['as_written']!r} is not the cell's {cell!r}"
        if float(cell) != row["value"]:
            return searched, f"the value {row['value']:g} is not the cell's {cell}"
        locator = series.locator.format(**data_row)
        if row["locator"] != locator:
            return searched, f"the locator should be {locator!r}"
        return searched, ""

    def missing(self, db: sqlite3.Connection, report: "VerifyReport") -> None:
        """Every filled cell of an importer's columns must have its figure in the database."""
        held = {(r[0], r[1], r[2] or "", r[3]) for r in db.execute(
            "select source_id, metric_id, reporter, period from observations")}
        for source_id, file_name in sorted(self.files.items()):
            rows, _ = self.rows_by_year(source_id)
            producer = PRODUCERS.get(source_id)
            if rows is None or producer is None:
                continue
            for series in producer.series:
                for year, data_row in sorted(rows.items()):
                    if data_row[series.column] == "":
                        continue
                    report.cells[file_name] += 1
                    if (source_id, series.metric, series.reporter, year) not in held:
                        report.missing.append(Finding(
                            f"{series.stem}-{year}-{producer.suffix}", "observation", source_id,
                            series.locator.format(**data_row), f"{series.column} {year}",
                            f"{file_name} gives {data_row[series.column]} but the database has no figure"))


# --- The check -------------------------------------------------------------


def verify(db_path: Path, sources_dir: Path, datasets_dir: Path | None = None,
           data_folder: Path | None = None) -> VerifyReport:
    """Check every observation, event and label of a built database.

    ``sources_dir`` holds the snapshot files; ``datasets_dir`` (default:
    ``sources_dir/../data``) the CSV files of dataset sources; ``data_folder``
    (default: the curated db/ folder) the sources.yaml naming the snapshots.
    """
    datasets_dir = datasets_dir or sources_dir.parent / "data"
    data_folder = data_folder or data_dir()
    report = VerifyReport()
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        sections = _Sections(db, sources_dir, snapshot_files(data_folder))
        sections.people = _people_of_events(db)
        datasets = _Datasets(datasets_dir, dataset_files(data_folder))
        for row in db.execute("select * from observations order by id"):
            _check(report, "observation", row, sections, datasets)
        for row in db.execute("select * from events order by id"):
            _check(report, "event", row, sections, datasets)
        for row in db.execute("select * from relationship_labels order by id"):
            _check(report, "label", row, sections, datasets)
        if datasets_dir.is_dir():
            datasets.missing(db, report)
    finally:
        db.close()
    return report


def _people_of_events(db: sqlite3.Connection) -> dict[str, list[tuple[str, list[str]]]]:
    """Event id -> (person id, the names the person goes by) for each person linked to it."""
    people: dict[str, list[tuple[str, list[str]]]] = {}
    for event_id, person_id, name, aliases in db.execute(
            """select ep.event_id, p.id, p.name, p.aliases from event_people ep
               join people p on p.id = ep.person_id order by ep.event_id, p.id"""):
        names = [name, *(a for a in (aliases or "").split("; ") if a)]
        people.setdefault(event_id, []).append((person_id, names))
    return people


def _check(report: VerifyReport, kind: str, row: sqlite3.Row, sections: _Sections,
           datasets: _Datasets) -> None:
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
    if source_id in datasets.files and not sections.snapshots.get(source_id):
        if not datasets.folder.is_dir():
            report.skipped.append(finding(_searched(kind, row), f"no folder {datasets.folder}"))
            return
        if kind != "observation":
            searched, why = _searched(kind, row), "a dataset cannot vouch for a dated event"
        else:
            searched, why = datasets.problem(row)
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
    date_as_written = row["date_as_written"] if "date_as_written" in row.keys() else ""
    if precision(row["date"]) == "span":
        searched, why = _span_problem(text, row["date"], date_as_written)
    elif precision(row["date"]) not in ("year", "month", "day"):
        return searched, f"a date of precision {precision(row['date'])} cannot be checked"
    else:
        searched, why = date_problem(text, row["date"], date_as_written)
    if not why and kind == "label" and not contains(text, row["label"].replace('"', "")):
        # a name is quoted as the section writes it ("for a new era", not "for the new era")
        return row["label"], "the name is not in the section as written"
    if why or kind != "event":
        return searched, why
    return searched, _people_problem(text, row, sections.people.get(row["id"], []))


def _span_problem(text: str, span: str, date_as_written: str = "") -> tuple[str, str]:
    """A span is checked at both ends ("1858/1860"), or, when the text words it
    ("in subsequent weeks"), as those words and its start."""
    start, _, end = span.partition("/")
    searched, why = date_problem(text, start, date_as_written)
    if why or date_as_written:
        return searched, why
    searched_end, why = date_problem(text, end)
    return f"{searched} to {searched_end}", why


def _people_problem(text: str, row: sqlite3.Row, people: list[tuple[str, list[str]]]) -> str:
    """Why a person linked to the event is not named where the section gives its date, or "".

    The paragraphs (lines) that give the event's year, or its date as written,
    must name the person (name or alias); a section that gives neither is
    searched whole."""
    marks = [row["date"][:4]] + ([row["date_as_written"]] if row["date_as_written"] else [])
    paragraphs = [line for line in text.splitlines() if any(contains(line, m) for m in marks)]
    where = "\n".join(paragraphs) or text
    unnamed = [person for person, names in people if not any(contains(where, n) for n in names)]
    if unnamed:
        return f"{', '.join(unnamed)} not named where the section gives the date"
    return ""


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
    for item in report.missing:
        print(f"MISSING  {item}")
    for item in report.skipped:
        print(f"SKIPPED  {item}")
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
