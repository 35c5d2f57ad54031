"""The Answer contract: what the engine returns to every front end.

`crr ask --json` prints it, the terminal app and the Datasette Ask page
render it.  Later versions add fields; they never remove or retype one.

The classes are plain dataclasses, so that answering a question imports no
validation library: the engine builds answers from rows the build has
already validated.  Validation and JSON belong to the edges: `model_validate`,
`model_dump` and `model_dump_json` (named as pydantic names them) hand the
same classes to pydantic, imported on first use, so the JSON is exactly what
a pydantic model with these fields writes and a wrong type is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache


@cache
def _adapter(cls):
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


class Contract:
    """The methods of pydantic's BaseModel that crr uses, for dataclasses (keyword arguments only,
    as a BaseModel takes them)."""

    @classmethod
    def model_construct(cls, **fields):
        """An instance from values already typed (the engine's rows): no validation."""
        return cls(**fields)

    @classmethod
    def model_validate(cls, data):
        """An instance from untrusted data (a dict, or an instance), every field's type checked;
        pydantic's ValidationError otherwise."""
        return _adapter(cls).validate_python(data)

    def model_dump(self, mode: str = "python") -> dict:
        """The fields as a dict; `mode="json"` keeps only what JSON can hold."""
        return _adapter(type(self)).dump_python(self, mode=mode)

    def model_dump_json(self, indent: int | None = None) -> str:
        return _adapter(type(self)).dump_json(self, indent=indent).decode()

    def model_copy(self, update: dict | None = None, deep: bool = False):
        import copy

        other = copy.deepcopy(self) if deep else copy.copy(self)
        other.__dict__.update(update or {})
        return other


@dataclass(kw_only=True)
class Value(Contract):
    metric: str
    label: str
    period: str
    value: float
    unit: str
    qualifier: str = ""
    source: str
    locator: str
    derived: bool = False
    formula: str | None = None
    observation_id: str | None = None
    # The numbers (from 1) of the answer's citations this value rests on;
    # for a derived value, those of every input.
    cites: list[int] = field(default_factory=list)
    reporter: str = ""  # the country whose statistics give it, where the producer says


@dataclass(kw_only=True)
class EventRef(Contract):
    date: str
    title: str
    source: str
    locator: str
    event_id: str | None = None
    summary: str = ""


@dataclass(kw_only=True)
class Citation(Contract):
    source: str
    locator: str
    text: str
    url: str = ""
    accessed: str = ""  # the source's date_accessed, ISO 8601 (2026-02)


@dataclass(kw_only=True)
class Answer(Contract):
    question: str
    answered: bool
    kind: str = "unknown"
    interpretation: str = ""
    text: str = ""
    values: list[Value] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    context: dict = field(default_factory=dict)  # how the question was read, for follow-ups: metric, periods, kind
    # How the question was read, facet by facet, with `summary` in one line
    # ("bilateral trade (USD bn), 2024"), and the words of the question nothing used.
    reading: dict = field(default_factory=dict)
    unread: list[str] = field(default_factory=list)
