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


def _period(value: str) -> str:
    try:
        parse_period(value)
    except PeriodError as error:
        raise ValueError(str(error)) from None
    return value


PartialDate = Annotated[str, BeforeValidator(_partial_date)]
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
    processing: str = ""
    sections: list[Section] = []


class Metric(Record):
    id: str = Field(pattern=METRIC_ID_PATTERN)
    name: str
    topic: str
    unit: str
    description: str
    aliases: list[str] = []
    additive: bool = Field(
        default=False, description="values of consecutive periods may be summed"
    )
    change_of: str | None = Field(
        default=None, description="for a growth rate: the metric whose change it gives"
    )
    part_of: str | None = Field(
        default=None, description="a metric that counts a subset of another (naval of all exercises)"
    )
    not_for: list[str] = Field(
        default=[], description="words that mean a question asks for something else (trade 'surplus')"
    )

    @field_validator("topic")
    @classmethod
    def _known_topic(cls, value: str) -> str:
        if value not in TOPICS:
            raise ValueError(f"topic must be one of {', '.join(TOPICS)}")
        return value


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


class Event(Record):
    id: str = Field(pattern=ID_PATTERN)
    date: PartialDate
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
    """Records from different sources that state the same thing differently."""

    id: str = Field(pattern=ID_PATTERN)
    records: list[str] = Field(min_length=2)
    note: str

    @model_validator(mode="after")
    def _distinct(self) -> "Disagreement":
        if len(set(self.records)) != len(self.records):
            raise ValueError("records must be distinct")
        return self
