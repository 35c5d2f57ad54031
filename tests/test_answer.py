"""The Answer classes: plain dataclasses that pydantic validates, written as JSON
exactly as pydantic writes them."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant import answer as answer_module
from assistant.answer import Answer, Citation, EventRef, Value

ROOT = Path(__file__).resolve().parent.parent


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


def pydantic_json(record, indent=None) -> str:
    return TypeAdapter(type(record)).dump_json(record, indent=indent).decode()


def test_the_json_of_every_answer_to_the_question_set_is_pydantics(engine):
    """Written by the json module, byte for byte what pydantic writes, compact and indented."""
    questions = [json.loads(line)["q"] for line in (ROOT / "tests" / "questions.jsonl").open()]
    for question in questions + ["", "x" * 600, "help", "what happened in 2014?", "trade on 31 June 2022"]:
        answer = engine.ask(question)
        json.dumps(answer, default=answer_module._plain)  # written without pydantic
        assert answer.model_dump_json() == pydantic_json(answer) == answer.pydantic_json(), question
        assert answer.model_dump_json(indent=2) == pydantic_json(answer, indent=2), question


@pytest.mark.parametrize("value", [245, 245.0, -0.0, 0.1, 1 / 3, 1e-4, 1.5e-7, 1e16, 1e22, 2**63,
                                   float("inf"), float("nan"), 5e-324])
def test_numbers_are_written_as_pydantic_writes_them(value):
    record = Value.model_construct(metric="m", label="l", period="2024", value=value, unit="u",
                                   source="s", locator="l")
    assert record.model_dump_json() == pydantic_json(record)


@pytest.mark.parametrize("text", ["q\x00\x1f\x7f\u2028\"\\/é🇨🇳 \n\t\b\f\r", "<script>", "\ufeff½"])
def test_text_is_written_as_pydantic_writes_it(text):
    record = Answer.model_construct(question=text, answered=True, context={"t": (1, 2.5), "d": {"x": [None]}},
                                    reading={"summary": text})
    assert record.model_dump_json() == pydantic_json(record)
    assert record.model_dump_json(indent=2) == pydantic_json(record, indent=2)


@pytest.mark.parametrize("odd", [{"question": None}, {"context": {1: "a"}}, {"reading": {"s": {1, 2}}},
                                 {"suggestions": ("a", "b")}, {"answered": 1}, {"context": [1.5e-7]},
                                 {"reading": {"f": float("inf")}}])
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")
def test_a_field_not_of_its_type_is_written_by_pydantic(odd):
    record = Answer.model_construct(**{"question": "q", "answered": True, **odd})
    assert record.model_dump_json() == pydantic_json(record)


def test_every_field_is_of_a_type_the_json_module_writes_as_pydantic_does():
    """A new field of another type (a date, a set, a model) needs its own check in answer.py."""
    for cls in answer_module.CONTRACT:
        for name, annotation in ((f.name, f.type) for f in fields(cls)):
            assert annotation in {"str", "str | None", "bool", "float", "dict", "list[int]", "list[str]",
                                  "list[Value]", "list[EventRef]", "list[Citation]"}, f"{cls.__name__}.{name}"
