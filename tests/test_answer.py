"""The Answer classes: plain dataclasses that pydantic validates and writes as JSON."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, ValidationError

from assistant.answer import Answer, Citation, EventRef, Value


def test_a_round_trip_through_a_dict_gives_the_same_answer(engine):
    for question in ("trade in 2024?", "joint exercises since 2022?", "when did gas start flowing?"):
        answer = engine.ask(question)
        again = Answer.model_validate(answer.model_dump())
        assert again == answer
        assert isinstance(again.values[0] if again.values else again.events[0], (Value, EventRef))
        assert json.loads(answer.model_dump_json()) == answer.model_dump(mode="json")


@pytest.mark.parametrize("change", [
    {"question": 1},
    {"answered": "perhaps"},
    {"values": [{"metric": "trade_total"}]},
    {"values": [{"metric": "trade_total", "label": "Trade", "period": "2024", "value": "much",
                 "unit": "USD bn", "source": "s", "locator": "l"}]},
    {"citations": [{"source": "s", "locator": "l", "text": None}]},
    {"context": ["not", "a", "dict"]},
    {"suggestions": "trade in 2024?"},
])
def test_model_validate_refuses_a_wrong_type(change):
    data = Answer(question="trade in 2024?", answered=True).model_dump()
    with pytest.raises(ValidationError):
        Answer.model_validate({**data, **change})


class PydanticValue(BaseModel):
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
    cites: list[int] = []
    reporter: str = ""


def test_the_json_is_what_a_pydantic_model_of_the_same_fields_writes():
    """The contract's JSON, byte for byte, as when Value was a pydantic model:
    an int in a float field, non-ASCII text, None, and indentation."""
    fields = dict(metric="m", label="Ruble–yuan “share”", period="2024", value=245, unit="USD bn",
                  source="s", locator="l", formula=None, cites=[1, 2])
    ours, theirs = Value.model_construct(**fields), PydanticValue.model_construct(**fields)
    assert ours.model_dump_json() == theirs.model_dump_json()
    assert ours.model_dump_json(indent=2) == theirs.model_dump_json(indent=2)
    assert ours.model_dump() == theirs.model_dump()


def test_model_copy_replaces_fields_and_keeps_the_original():
    answer = Answer(question="q", answered=True, text="one",
                    citations=[Citation(source="s", locator="l", text="Source.")])
    copy = answer.model_copy(update={"text": "two"})
    assert (answer.text, copy.text) == ("one", "two")
    assert copy.citations == answer.citations
