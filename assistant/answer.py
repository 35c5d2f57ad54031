"""The Answer contract: what the engine returns to every front end.

`crr ask --json` prints it, the terminal app and the Datasette Ask page
render it.  Later versions add fields; they never remove or retype one.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Contract(BaseModel):
    # The engine builds answers from rows it has already typed, with
    # model_construct; the validators are built only when JSON is asked for,
    # which keeps them off the start-up path of `crr ask`.
    model_config = ConfigDict(defer_build=True)


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
    cites: list[int] = []
    reporter: str = ""  # the country whose statistics give it, where the producer says


class EventRef(Contract):
    date: str
    title: str
    source: str
    locator: str
    event_id: str | None = None
    summary: str = ""


class Citation(Contract):
    source: str
    locator: str
    text: str
    url: str = ""
    accessed: str = ""  # the source's date_accessed, ISO 8601 (2026-02)


class Answer(Contract):
    question: str
    answered: bool
    kind: str = "unknown"
    interpretation: str = ""
    text: str = ""
    values: list[Value] = []
    events: list[EventRef] = []
    citations: list[Citation] = []
    suggestions: list[str] = []
    context: dict = {}  # how the question was read, for follow-ups: metric, periods, kind
    # How the question was read, facet by facet, with `summary` in one line
    # ("bilateral trade (USD bn), 2024"), and the words of the question nothing used.
    reading: dict = {}
    unread: list[str] = []
