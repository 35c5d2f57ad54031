"""db/ files -> validated records.

Every problem is reported with the file, the record (its id, or its line or
position when it has no usable id) and the field, and all problems of a load
are reported together, so one run of ``crr build`` shows everything to fix.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from .records import Disagreement, Event, Label, Metric, Observation, Person, Source, Vocabulary
from .errors import DataError, Problem
from ..paths import data_dir, data_files


@dataclass
class Dataset:
    sources: list[Source] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    vocabulary: Vocabulary | None = None
    origin: dict[str, str] = field(default_factory=dict)  # record id -> file


# Each kind of record: where its files are and which model validates them.
KINDS: list[tuple[str, str, type[BaseModel]]] = [
    ("sources", "sources.yaml", Source),
    ("metrics", "metrics/*.yaml", Metric),
    ("observations", "observations/*.csv", Observation),
    ("events", "events/*.yaml", Event),
    ("people", "people/*.yaml", Person),
    ("labels", "labels.yaml", Label),
    ("disagreements", "disagreements.yaml", Disagreement),
]


class DuplicateKey(yaml.YAMLError):
    def __init__(self, key: str, line: int, first_line: int, record: str | None):
        self.key, self.line, self.first_line, self.record = key, line, first_line, record


class StrictLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a key written twice in one mapping is an
    error: plain YAML keeps the last one and drops the other without a word."""

    def construct_mapping(self, node, deep=False):
        first: dict[str, int] = {}
        record = next((value.value for key, value in node.value
                       if isinstance(key, yaml.ScalarNode) and key.value == "id"
                       and isinstance(value, yaml.ScalarNode)), None)
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                continue
            if key.value in first:
                raise DuplicateKey(key.value, key.start_mark.line + 1, first[key.value], record)
            first[key.value] = key.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _read_rows(path: Path, problems: list[Problem], rel: str) -> list[tuple[str, dict]]:
    """(position, raw mapping) for each entry of a YAML list or CSV file."""
    if not path.is_file():
        problems.append(Problem(rel, "-", "-", "a folder, not a file of records"))
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is read, not taken for text
    except UnicodeDecodeError as error:
        problems.append(Problem(rel, "-", "-", f"not UTF-8 text ({error.reason})"))
        return []
    if path.suffix == ".csv":
        return _csv_rows(text, problems, rel)
    try:
        entries = yaml.load(text, Loader=StrictLoader)
    except DuplicateKey as error:
        problems.append(Problem(rel, error.record or f"line {error.line}", error.key,
                                f"written twice in one record (lines {error.first_line} and {error.line})"))
        return []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "-"
        problems.append(Problem(rel, where, "-", f"not valid YAML: {getattr(error, 'problem', error)}"))
        return []
    if entries is None:
        # A file left with a comment alone says why it holds nothing; a blank
        # one is more likely a file emptied by mistake, its records lost.
        if not text.strip():
            problems.append(Problem(rel, "-", "-", "an empty file: write its records as a YAML list, "
                                                   "or say in a comment why it has none"))
        return []
    if not isinstance(entries, list):
        problems.append(Problem(rel, "-", "-", "the file must hold a list of records"))
        return []
    rows = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            problems.append(Problem(rel, f"entry {index}", "-", "each entry must be a mapping"))
            continue
        rows.append((f"entry {index}", entry))
    return rows


def _csv_rows(text: str, problems: list[Problem], rel: str) -> list[tuple[str, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    for column in sorted({c for c in columns if columns.count(c) > 1}):
        problems.append(Problem(rel, "line 1", column, "a column named twice"))
    if not columns or len(set(columns)) < len(columns):
        return []
    rows = []
    for row in reader:
        where = f"line {reader.line_num}"
        if None in row:
            problems.append(Problem(rel, where, "-", "more cells than columns"))
            continue
        rows.append((where, {k: v for k, v in row.items() if v not in ("", None)}))
    return rows


def _validate(model: type[BaseModel], raw: dict, rel: str, position: str, problems: list[Problem]):
    label = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else position
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for fault in error.errors():
            where = ".".join(str(part) for part in fault["loc"]) or "-"
            problems.append(Problem(rel, str(label), where, fault["msg"]))
        return None


def load(folder: Path | None = None) -> Dataset:
    """Read and validate every curated file; raise DataError listing all faults."""
    folder = folder or data_dir()
    problems: list[Problem] = []
    dataset = Dataset()
    read: set[Path] = set()
    for attribute, pattern, model in KINDS:
        for path in sorted(folder.glob(pattern)):
            read.add(path)
            rel = path.relative_to(folder).as_posix()
            for position, raw in _read_rows(path, problems, rel):
                record = _validate(model, raw, rel, position, problems)
                if record is None:
                    continue
                getattr(dataset, attribute).append(record)
                key = f"{attribute}:{record.id}"
                if key in dataset.origin:
                    problems.append(
                        Problem(rel, record.id, "id",
                                f"duplicate id (also in {dataset.origin[key]})")
                    )
                dataset.origin[key] = rel
    dataset.vocabulary = _load_vocabulary(folder, problems)
    read.add(folder / VOCABULARY_FILE)
    problems.extend(_unread(folder, read))
    problems.extend(_cross_check(dataset))
    if problems:
        raise DataError(problems)
    for attribute, _, _ in KINDS:
        getattr(dataset, attribute).sort(key=lambda record: record.id)
    return dataset


VOCABULARY_FILE = "vocabulary.yaml"


def _load_vocabulary(folder: Path, problems: list[Problem]) -> Vocabulary | None:
    """db/vocabulary.yaml: one mapping of word lists, validated whole."""
    path = folder / VOCABULARY_FILE
    if not path.is_file():
        problems.append(Problem(VOCABULARY_FILE, "-", "-", "missing: crr reads questions with it"))
        return None
    try:
        raw = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=StrictLoader)
    except DuplicateKey as error:
        problems.append(Problem(VOCABULARY_FILE, error.record or f"line {error.line}", error.key,
                                f"written twice (lines {error.first_line} and {error.line})"))
        return None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        problems.append(Problem(VOCABULARY_FILE, "-", "-", f"not valid YAML text: {error}"))
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(VOCABULARY_FILE, "-", "-", "the file must hold a mapping of word lists"))
        return None
    return _validate(Vocabulary, raw, VOCABULARY_FILE, "vocabulary", problems)


def _unread(folder: Path, read: set[Path]) -> list[Problem]:
    """Files that look like records but that no kind reads: their records would
    be missing from the database while their times still ask for a rebuild."""
    where = ", ".join(pattern for _, pattern, _ in KINDS)
    problems = []
    for path in data_files(folder):
        if path not in read:
            hint = f"rename it {path.stem}.yaml" if path.suffix == ".yml" else f"crr reads {where}"
            problems.append(Problem(path.relative_to(folder).as_posix(), "-", "-", f"not read: {hint}"))
    return problems


def _cross_check(data: Dataset) -> list[Problem]:
    """References between records: sources, metrics, people, units, locators."""
    problems: list[Problem] = []
    sources = {s.id: s for s in data.sources}
    metrics = {m.id: m for m in data.metrics}
    people = {p.id for p in data.people}
    events = {e.id for e in data.events}
    sections = {s.id: {sec.name for sec in s.sections} for s in data.sources}

    def where(kind: str, record_id: str) -> str:
        return data.origin.get(f"{kind}:{record_id}", "?")

    def check_source_and_locator(kind: str, record) -> None:
        if record.source not in sources:
            problems.append(Problem(where(kind, record.id), record.id, "source",
                                    f"unknown source {record.source!r}"))
        elif sections[record.source] and record.locator not in sections[record.source]:
            problems.append(Problem(where(kind, record.id), record.id, "locator",
                                    f"{record.locator!r} is not a section of {record.source}"))

    vocabulary = data.vocabulary
    subjects = {s.id for s in vocabulary.subjects} if vocabulary else set()
    parties = {p.id for p in vocabulary.parties} if vocabulary else set()
    for metric in data.metrics:
        if vocabulary:
            for subject in metric.subjects:
                if subject not in subjects:
                    problems.append(Problem(where("metrics", metric.id), metric.id, "subjects",
                                            f"unknown subject {subject!r} (db/vocabulary.yaml)"))
            for party in [*metric.parties, *(end for end in metric.flow_ends if end)]:
                if party not in parties:
                    problems.append(Problem(where("metrics", metric.id), metric.id, "parties",
                                            f"unknown party {party!r} (db/vocabulary.yaml)"))
        for person in metric.people:
            if person not in people:
                problems.append(Problem(where("metrics", metric.id), metric.id, "people",
                                        f"unknown person {person!r}"))
        for link in ("change_of", "part_of", "share_of"):
            target = getattr(metric, link)
            if target and target not in metrics:
                problems.append(Problem(where("metrics", metric.id), metric.id, link,
                                        f"unknown metric {target!r}"))
    for obs in data.observations:
        check_source_and_locator("observations", obs)
        metric = metrics.get(obs.metric)
        if metric is None:
            problems.append(Problem(where("observations", obs.id), obs.id, "metric",
                                    f"unknown metric {obs.metric!r}"))
        elif obs.unit and obs.unit != metric.unit:
            problems.append(Problem(where("observations", obs.id), obs.id, "unit",
                                    f"{obs.unit!r} differs from the metric's unit {metric.unit!r}"))
    for event in data.events:
        check_source_and_locator("events", event)
        for person in event.people:
            if person not in people:
                problems.append(Problem(where("events", event.id), event.id, "people",
                                        f"unknown person {person!r}"))
    for person in data.people:
        if person.source:
            check_source_and_locator("people", person)
    for label in data.labels:
        check_source_and_locator("labels", label)
        if label.event and label.event not in events:
            problems.append(Problem(where("labels", label.id), label.id, "event",
                                    f"unknown event {label.event!r}"))
    for group in vocabulary.people_groups if vocabulary else []:
        for person in group.people:
            if person not in people:
                problems.append(Problem(VOCABULARY_FILE, group.names[0], "people_groups",
                                        f"unknown person {person!r}"))
    for office in vocabulary.offices if vocabulary else []:
        if office.source not in sources:
            problems.append(Problem(VOCABULARY_FILE, office.id, "source", f"unknown source {office.source!r}"))
        elif sections[office.source] and office.locator not in sections[office.source]:
            problems.append(Problem(VOCABULARY_FILE, office.id, "locator",
                                    f"{office.locator!r} is not a section of {office.source}"))
        for term in office.holders:
            if term.person not in people:
                problems.append(Problem(VOCABULARY_FILE, office.id, "offices",
                                        f"unknown person {term.person!r}"))
        if office.party not in parties:
            problems.append(Problem(VOCABULARY_FILE, office.id, "party", f"unknown party {office.party!r}"))
        if [t.since for t in office.holders] != sorted(t.since for t in office.holders):
            problems.append(Problem(VOCABULARY_FILE, office.id, "offices", "holders are not in order of time"))
    known = {o.id for o in data.observations} | events
    for disagreement in data.disagreements:
        for record_id in disagreement.records + disagreement.derived_from:
            if record_id not in known:
                problems.append(Problem(where("disagreements", disagreement.id), disagreement.id,
                                        "records", f"unknown observation or event {record_id!r}"))
    return problems
