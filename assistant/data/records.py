"""Typed records: the curated data in db/, validated when the database is built.

The Answer contract that the engine returns lives in answer.py, so that
answering a question does not pay for building these validators.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from .periods import PeriodError, parse_period, precision

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
METRIC_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _partial_date(value: object) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real date (YAML may give a year as a number)."""
    value = str(value)
    if not PARTIAL_DATE.match(value):
        raise ValueError("use YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        parse_period(value)
    except PeriodError as error:
        raise ValueError(str(error)) from None
    return value


def _event_date(value: object) -> str:
    """A partial date, or an interval of two ("1858/1860", "2026-01-03/2026-01-31") for
    an event the source dates only to a span."""
    value = str(value)
    if "/" not in value:
        return _partial_date(value)
    left, _, right = value.partition("/")
    for end in (left, right):
        _partial_date(end)
    try:
        parse_period(value)
    except PeriodError as error:
        raise ValueError(str(error)) from None
    return value


def _period(value: str) -> str:
    try:
        parse_period(value)
    except PeriodError as error:
        raise ValueError(str(error)) from None
    return value


PartialDate = Annotated[str, BeforeValidator(_partial_date)]
EventDate = Annotated[str, BeforeValidator(_event_date)]
PeriodLabel = Annotated[str, AfterValidator(_period)]

TOPICS = (
    "Trade",
    "Energy",
    "Currency",
    "Sanctions",
    "Security",
    "Arms",
    "Diplomacy",
    "UN",
    "Society",
    "Border",
    "Technology",
)

EVENT_CATEGORIES = (
    "history",
    "diplomacy",
    "visit",
    "summit",
    "treaty",
    "partnership",
    "border",
    "trade",
    "currency",
    "energy",
    "military",
    "exercise",
    "arms",
    "sanctions",
    "technology",
    "espionage",
    "culture",
    "un",
)


class Record(BaseModel):
    # nan and inf (1e999) are not figures: an answer could not state or compare them.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class License(Record):
    name: str
    url: str


class Section(Record):
    """A named part of a source document, by its lines in the snapshot."""

    name: str
    anchor: str = ""
    first_line: int = Field(ge=1)
    last_line: int = Field(ge=1)
    # A section that is an edition of its own (a yearly review's 2021 edition): cited with
    # its own date and publisher, not the source's.
    published: PartialDate | None = Field(default=None, description="an edition's own publication date")
    publisher: str = Field(default="", description="an edition's own publisher, when not the source's producer")


class Source(Record):
    id: str = Field(pattern=ID_PATTERN)
    short_name: str = Field(description="how answers name the source: Wikipedia, SIPRI ...")
    producer: str
    title: str
    url_main: str
    date_published: PartialDate
    date_accessed: PartialDate
    as_of: PartialDate = Field(description="date that open spans ('since 2003') end at")
    citation_full: str
    license: License
    kind: Literal["encyclopedia", "dashboard", "dataset"]
    snapshot_file: str = ""
    dataset_file: str = Field(
        default="", description="for a dataset: the yearly CSV (shared data folder) its figures are checked against")
    vintage: str = Field(
        default="", description="for a dataset: the release or copy the figures come from (edition, commit, export date)")
    processing: str = ""
    sections: list[Section] = []


# (a question may ask a measure no metric holds: "age", which is said to be not held)
MEASURES = ("amount", "volume", "share", "count", "rank", "capacity", "duration", "length", "growth", "ratio", "rate",
            "price", "age")
# A flow of goods, money or people: "russia to china", or one end only ("to russia").
FLOW = re.compile(r"^(?:(?P<source>[a-z_]+) to (?P<target>[a-z_]+)|from (?P<only_source>[a-z_]+)|to (?P<only_target>[a-z_]+))$")


class Metric(Record):
    id: str = Field(pattern=METRIC_ID_PATTERN)
    name: str
    topic: str
    unit: str
    # The facets a question's reading is checked against (db/vocabulary.yaml names them).
    measure: Literal[MEASURES]
    subjects: list[str] = Field(min_length=1, description="subject ids of db/vocabulary.yaml")
    parties: list[str] = Field(min_length=1, description="the countries and blocs the figure is about")
    flow: str | None = Field(default=None, description="which way goods or people go: 'russia to china'")
    people: list[str] = Field(default=[], description="the people a count is of (Xi Jinping–Vladimir Putin meetings)")
    description: str
    aliases: list[str] = []
    additive: bool = Field(
        default=False, description="values of consecutive periods may be summed"
    )
    change_of: str | None = Field(
        default=None, description="for a growth rate: the metric whose change it gives"
    )
    base: str | None = Field(
        default=None, pattern=r"^\d{4}$",
        description="for a figure relative to a base year (a multiple of the 2020 level): that year"
    )
    part_of: str | None = Field(
        default=None, description="a metric that counts a subset of another (naval of all exercises)"
    )
    compared_with: str | None = Field(
        default=None, description="for a change a source states: what it is measured against, "
                                  "when not the start of its span ('the eleven years before')"
    )
    share_of: str | None = Field(
        default=None, description="for a share, the metric of the whole it is a share of, where crr holds "
                                  "it (Russia's share of China's arms imports: China's arms imports)"
    )
    not_for: list[str] = Field(
        default=[], description="words that mean a question asks for something else (trade 'surplus')"
    )
    only_with: list[str] = Field(
        default=[], description="for a figure relative to something (months ahead of schedule, a share of "
                                "what was sought): words one of which a question must say to ask for it"
    )
    together: list[str] = Field(
        default=[], description="for a figure of several things counted as one (meetings and calls): "
                                "the subjects it adds up, each of which a question must ask for"
    )
    complement: list[str] = Field(
        default=[], description="for a share of a whole of two parts (votes cast alike or differently): "
                                "words that ask for the other part, which crr derives as 100 less the share"
    )

    @model_validator(mode="after")
    def _complement_of_a_percent_share(self) -> "Metric":
        if self.complement and (self.measure != "share" or self.unit != "percent"):
            raise ValueError("complement: only a share in percent has a rest of its whole")
        return self

    @model_validator(mode="after")
    def _together_of_its_subjects(self) -> "Metric":
        if self.together and (len(self.together) < 2 or not set(self.together) <= set(self.subjects)):
            raise ValueError("together: two or more of the metric's own subjects")
        return self

    @field_validator("topic")
    @classmethod
    def _known_topic(cls, value: str) -> str:
        if value not in TOPICS:
            raise ValueError(f"topic must be one of {', '.join(TOPICS)}")
        return value

    @field_validator("flow")
    @classmethod
    def _flow(cls, value: str | None) -> str | None:
        if value is not None and not FLOW.match(value):
            raise ValueError("write a flow as 'russia to china', 'from russia' or 'to china'")
        return value

    @property
    def flow_ends(self) -> tuple[str | None, str | None]:
        """(from, to) party ids of the flow, None where it is not given."""
        match = FLOW.match(self.flow or "")
        if not match:
            return None, None
        return match["source"] or match["only_source"], match["target"] or match["only_target"]


# How a qualifier bounds the true value, so that two hedged figures are compared
# as the source meant them: two floors never disagree ("over 2.3 million" and
# "more than 2 million"); a floor and a plain value disagree only when the value
# is below the floor.  strict: the bound itself is excluded ("more than 2").
QUALIFIERS: dict[str, tuple[str, bool]] = {
    "": ("value", False), "record": ("value", False),
    "about": ("approximate", False), "approximately": ("approximate", False),
    "around": ("approximate", False), "roughly": ("approximate", False),
    "some": ("approximate", False), "near": ("approximate", False),
    "nearly": ("approximate", False), "almost": ("approximate", False),
    "more than": ("lower", True), "over": ("lower", True), "at least": ("lower", False),
    "less than": ("upper", True), "up to": ("upper", False), "as many as": ("upper", False),
    "among the top": ("upper", False),
}


class Observation(Record):
    id: str = Field(pattern=ID_PATTERN)
    metric: str
    period: PeriodLabel
    value: float
    unit: str = ""
    qualifier: str = ""
    source: str
    locator: str
    as_written: str = ""
    note: str = ""
    unverifiable: str = ""
    reporter: Literal["", "china", "russia"] = Field(
        default="", description="the country whose statistics give the figure, where the producer says")

    @field_validator("qualifier")
    @classmethod
    def _known_qualifier(cls, value: str) -> str:
        if value not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {', '.join(repr(q) for q in QUALIFIERS)}")
        return value


class Event(Record):
    id: str = Field(pattern=ID_PATTERN)
    date: EventDate = Field(description="YYYY, YYYY-MM, YYYY-MM-DD, or an interval of two (1858/1860)")
    title: str
    category: str
    summary: str
    people: list[str] = []
    source: str
    locator: str
    claim: str = ""
    date_as_written: str = ""
    unverifiable: str = ""

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in EVENT_CATEGORIES:
            raise ValueError(f"category must be one of {', '.join(EVENT_CATEGORIES)}")
        return value

    @property
    def precision(self) -> str:
        return precision(self.date)


class Person(Record):
    id: str = Field(pattern=ID_PATTERN)
    name: str
    country: Literal["China", "Russia", "other"]
    role: str
    aliases: list[str] = []
    source: str = Field(default="", description="the source that names the person in this role")
    locator: str = ""


class Label(Record):
    """An official name for the relationship, from the date it was adopted."""

    id: str = Field(pattern=ID_PATTERN)
    label: str
    date: PartialDate
    source: str
    locator: str
    event: str | None = None
    note: str = ""


class Disagreement(Record):
    """Records from different sources that state the same thing differently.

    `records` are the statements in dispute.  `derived_from` are records whose
    figures the note combines into the figure set against them (SIPRI's yearly
    deliveries summed by decade against Wikipedia's stated fall): they are
    listed beside the dispute but are not themselves disputed, so answers that
    state them carry no flag.
    """

    id: str = Field(pattern=ID_PATTERN)
    records: list[str] = Field(min_length=1)
    derived_from: list[str] = []
    note: str

    @model_validator(mode="after")
    def _distinct(self) -> "Disagreement":
        named = self.records + self.derived_from
        if len(set(named)) != len(named):
            raise ValueError("records must be distinct")
        if len(self.records) < 2 and not self.derived_from:
            raise ValueError("name two records, or one and the records derived_from")
        return self


class Party(Record):
    """A country or bloc and the words that name it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    names: list[str] = Field(min_length=1)
    cities: list[str] = Field(default=[], description="its cities: the state when they act, a place when in them")
    members: list[str] = Field(default=[], description="for a region or bloc, the parties in it: an event that "
                                                        "names one of them names the region")


class PeopleGroup(Record):
    """Words that stand for people without naming them ("the two presidents")."""

    names: list[str] = Field(min_length=1)
    people: list[str] = Field(min_length=1)
    since: str | None = Field(default=None, pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$",
                              description="from when they all held their posts together: a time wholly "
                                          "before it is none of theirs, and the words name no one then")


class OfficeTerm(Record):
    """Who held an office from when (an ISO date or its start: "2000", "2012-11")."""

    person: str
    since: str = Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
    # The sources show the holder in office by `since`, and the one before still in it
    # until `after`: between the two they do not say who held it.
    after: str | None = Field(default=None, pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class Office(Record):
    """Words for an office ("the Russian president"), read as whoever held it at the
    time a question asks about, or its last holder when it names no time."""

    id: str
    party: str
    names: list[str] = Field(min_length=1)
    holders: list[OfficeTerm] = Field(min_length=1)
    source: str
    locator: str


class Subject(Record):
    """What a figure or event is about; `parent` is the broader subject."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    parent: str | None = None
    currency: str | None = Field(default=None, description="the currency a currency subject is (yuan: CNY)")
    weak: bool = Field(default=False, description="names the form of a thing (a deal): rules no metric out")
    of_people: bool = Field(default=False, description="what people do (meet, visit): a figure of it is of the people named")
    of_whom: bool = Field(default=False, description=(
        "what is said of someone (a poll's views): a figure of it is of those it names, no one else (Russia is not Putin)"))
    kinds_apart: bool = Field(default=False, description=(
        "the subjects under it are things apart: an event about one is no event about another (oil is not gas)"))
    words: list[str] = Field(min_length=1)
    things: list[str] = Field(default_factory=list, description=(
        "words naming one thing within the subject (an island, a project): they bind the "
        "subject, and a figure answers them only if its own words say them"))


class Currency(Record):
    id: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    names: list[str] = Field(min_length=1)


class Unit(Record):
    """Words for a unit of measure, and the metric units they ask for."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    names: list[str] = Field(min_length=1)
    units: list[str] = []


class Measure(Record):
    id: Literal[MEASURES]
    cues: list[str] = Field(min_length=1)


class Basis(Record):
    """A basis a figure may be asked on that no record is given on ("adjusted for
    inflation"): `name` says it in the answer, `cues` are the words that ask for it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    cues: list[str] = Field(min_length=1)


class SourceNames(Record):
    id: str = Field(pattern=ID_PATTERN)
    names: list[str] = Field(min_length=1)


class EventSearchWords(Record):
    """How a question's words are matched against events (db/vocabulary.yaml: event_search)."""

    ignore: list[str] = []
    synonyms: dict[str, list[str]] = {}
    category_words: dict[str, list[str]] = {}
    spellings: dict[str, str] = {}
    # Acts that are a stage of their own ("receive" the fighters bought, "resume" what was
    # stopped): a date asked of one needs an event that says it, or one of its words.
    acts: dict[str, list[str]] = {}
    # Words of a question, besides the act's own name, that ask for it ("start producing").
    act_asked: dict[str, list[str]] = {}
    # Things that come in kinds, the word before saying which: a "maritime patrol" is no
    # "bomber patrol", a "coal deal" no "gas deal".
    kinded: list[str] = []
    # The words that name such a kind ("maritime", "bomber", "coal"), and only those: a
    # name before the thing ("the Angarsk-Daqing pipeline") is no other kind of it.
    kinds: list[str] = []
    # Words that, before "year" or "years", name a themed year the two sides held (an event
    # titled "Year of ..."), not a time: "the language years", "the cross years".
    themed_years: list[str] = []
    # An act and its opposites ("increase": "reduce", "cut"): an event titled with an opposite
    # of the act asked, and not the act, says otherwise.
    opposites: dict[str, list[str]] = {}
    # Words every event of a category has, said or not: "joint" of the exercises.
    category_implied: dict[str, list[str]] = {}

    @field_validator("category_words", "category_implied")
    @classmethod
    def _categories(cls, value: dict) -> dict:
        if unknown := [c for c in value if c not in EVENT_CATEGORIES]:
            raise ValueError(f"unknown event categories {unknown}")
        return value

    @model_validator(mode="after")
    def _asked_of_acts(self):
        if unknown := [a for a in self.act_asked if a not in self.acts]:
            raise ValueError(f"act_asked names acts that acts does not list: {unknown}")
        return self


class Vocabulary(Record):
    """How crr reads the words of a question (db/vocabulary.yaml)."""

    id: str = "vocabulary"
    parties: list[Party]
    people_groups: list[PeopleGroup] = []
    offices: list[Office] = []
    subjects: list[Subject]
    currencies: list[Currency]
    units: list[Unit]
    measures: list[Measure]
    bases: list[Basis] = []
    sources: list[SourceNames] = []
    # Words that ask about a source itself ("who publishes the Dashboard?"), besides its name.
    source_asked: list[str] = []
    judgement: list[str] = []
    # Words that weigh a figure ("unusually busy", "at odds", "bounce back"): a yes or no asked
    # with them turns on a figure crr holds, given for the reader to weigh.
    verdicts: list[str] = []
    off_subject: list[str] = []
    harmless: list[str] = []
    event_categories: dict[str, list[str]] = {}
    event_search: EventSearchWords = EventSearchWords()
    roles: list[str] = []
    places: list[str] = []
    # The firms and bodies of one side the records name: party id -> their names.
    firms: dict[str, list[str]] = {}
    # A firm or body -> the ways a question describes it without its name ("Russia's state
    # oil company": Rosneft); the question is read with the name, and says it was.
    described: dict[str, list[str]] = {}
    word_groups: list[list[str]] = []
    # Short forms typed for a word ("frm": from, "yr": year), read as that word.
    shorthand: dict[str, str] = {}
    # What "how many" may count: a count metric's unit -> the nouns that count the same
    # things ("troops": soldiers, personnel), and nouns no count of crr's counts.
    counts: dict[str, list[str]] = {}
    not_counted: list[str] = []
    # Nouns of a mass, never counted ("oil", "trade"): "how many oil" is a learner's "how much".
    uncounted: list[str] = []

    @field_validator("harmless", "judgement", mode="before")
    @classmethod
    def _words_as_text(cls, value):
        # YAML reads "yes", "no" and "on" as booleans; they are words here.
        return [("yes" if item else "no") if isinstance(item, bool) else str(item) for item in value or []]

    @model_validator(mode="after")
    def _references(self) -> "Vocabulary":
        subjects = {s.id for s in self.subjects}
        for subject in self.subjects:
            if subject.parent and subject.parent not in subjects:
                raise ValueError(f"subject {subject.id!r}: unknown parent {subject.parent!r}")
        for category, named in self.event_categories.items():
            if category not in EVENT_CATEGORIES:
                raise ValueError(f"event_categories: unknown category {category!r}")
            if unknown := [s for s in named if s not in subjects]:
                raise ValueError(f"event_categories: {category}: unknown subjects {unknown}")
        parties = {p.id for p in self.parties}
        if unknown := [p for p in self.firms if p not in parties]:
            raise ValueError(f"firms: unknown parties {unknown}")
        for party in self.parties:
            if unknown := [m for m in party.members if m not in parties]:
                raise ValueError(f"parties: {party.id}: unknown members {unknown}")
        for kind in ("parties", "subjects", "currencies", "units"):
            ids = [entry.id for entry in getattr(self, kind)]
            if len(ids) != len(set(ids)):
                raise ValueError(f"{kind}: an id is given twice")
        return self
