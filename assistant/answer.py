"""The Answer contract: what the engine returns to every front end.

`crr ask --json` prints it, the terminal app and the Datasette Ask page
render it.  Later versions add fields; they never remove or retype one.

The classes are plain dataclasses, so that answering a question imports no
validation library: the engine builds answers from rows the build has
already validated.  Validation belongs to the edges: `model_validate` and
`model_dump` (named as pydantic names them) hand the same classes to
pydantic, imported on first use, so a wrong type is refused.
`model_dump_json` writes the JSON pydantic would write, byte for byte (a
test holds it to pydantic's), with the json module when every number and
key is written the same way by both; any other answer is left to pydantic.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, fields
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
        try:
            text = json.dumps(self, default=_plain, ensure_ascii=False, allow_nan=False, indent=indent,
                              separators=(",", ":") if indent is None else None)
            text.encode()  # a lone surrogate, which pydantic refuses
        except (_LeftToPydantic, TypeError, ValueError, UnicodeEncodeError):
            return _adapter(type(self)).dump_json(self, indent=indent).decode()
        return text

    def pydantic_json(self) -> str:
        """The same JSON as `model_dump_json`, by pydantic's serializer: slow to load,
        quicker for each answer after that (`crr ask --jsonl`)."""
        return self.pydantic_json_bytes().decode()

    def pydantic_json_bytes(self) -> bytes:
        """`pydantic_json` as the UTF-8 bytes pydantic writes, for a stream of bytes."""
        return _adapter(type(self)).dump_json(self)

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
    # The date the answer's facts hold as of, where the sources give them undated, as
    # true when they were written ("China's ambassador in Moscow"): the source's as-of date.
    as_of: str = ""

    def text_beside_citations(self) -> str:
        """The text for a front end that lists the citations itself (in a style): a
        sources answer's own numbered list of them left out, so it is not given twice."""
        if self.kind != "sources" or not self.citations:
            return self.text
        kept = [line for line in self.text.split("\n") if not re.match(r"\[\d+\] ", line)]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).rstrip("\n") + "\n"


# --- JSON as pydantic writes it ------------------------------------------------
#
# The json module writes str, int, bool, None, lists and dicts as pydantic does (a
# value not of its field's type too: pydantic then writes it as what it is).  Floats
# differ: pydantic writes an int held in a float field as a float, an infinity as
# null and an exponent without padding (1e-7, not 1e-07); those are checked here,
# as are the dicts' keys and values, and anything else is left to pydantic.

class _LeftToPydantic(Exception):
    """A value whose JSON the json module might write otherwise than pydantic."""


def _float(value):
    if type(value) is int:
        value = float(value)
    if type(value) is not float or not math.isfinite(value) or "e" in repr(value):
        raise _LeftToPydantic
    return value


def _any(value):
    """A value of a `dict` field, checked as above."""
    kind = type(value)
    if kind is float:
        return _float(value)
    if kind is list or kind is tuple:
        return [_any(item) for item in value]
    if kind is dict:
        if any(type(key) is not str for key in value):
            raise _LeftToPydantic
        return {key: _any(item) for key, item in value.items()}
    if kind is str or kind is bool or kind is int or value is None:
        return value
    raise _LeftToPydantic


@cache
def _layout(cls) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The fields of a contract class: all of them, its float fields, its dict fields."""
    names = tuple(f.name for f in fields(cls))
    return (names, tuple(f.name for f in fields(cls) if f.type == "float"),
            tuple(f.name for f in fields(cls) if f.type == "dict"))


def _plain(record) -> dict:
    """The record's fields, for json.dumps to write (records within it, in turn, too)."""
    if type(record) not in CONTRACT:
        raise _LeftToPydantic
    names, floats, dicts = _layout(type(record))
    data = {name: getattr(record, name) for name in names}
    for name in floats:
        data[name] = _float(data[name])
    for name in dicts:
        if type(data[name]) is not dict:
            raise _LeftToPydantic
        data[name] = _any(data[name])
    return data


CONTRACT = (Answer, Value, EventRef, Citation)
