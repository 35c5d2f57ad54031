"""Nothing a person types escapes the engine: odd text, impossible dates,
undecodable bytes and very long questions all get an Answer, and every line
of `crr ask --jsonl` gets exactly one line back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.answer import Answer
from assistant.limits import MAX_QUESTION_CHARS, describe_impossible_date, readable

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["Jan", "February", "June", "Dec", "sept", "Feb."]
WORDS = ["trade", "in", "on", "and", "since", "vs", "LNG", "exercises", "yuan share", "who", "when",
         "what happened", "?", "between", "from", "to", "over time", "latest", "and in", "Xi", "Putin",
         "before the war", "since the invasion", "how many", "times bigger", "-", "Xi's", "Russia's"]
ODD = ["31 June 2022", "2024-02-30", "0 Dec 2022", "Dec {0} 2022", "9999-99-99", "0000", "1600", "2999",
       "29 Feb 2023", "2022-13", "2024/2022", "2022-00-10", "-1", "1e999", "nan", "½", "٢٠٢٤", "２０２４",
       "<script>alert(1)</script>", "{{ 7*7 }}", "%s%n%x", "'; drop table observations; --", "[1]",
       "\x00", "\x1b[2J", "\u202e", "\ufeff", "\udcff", "\r\n", "\t", "🇨🇳🇷🇺", "Q5 2024", "H3 2020"]


def check(answer, fault: bool = False) -> None:
    """A valid Answer that every front end can print and send as JSON, and no fault
    of crr's own caught on the way (the polite "error" answer hides one)."""
    assert isinstance(answer, Answer)
    assert fault or answer.kind != "error", answer.question
    again = Answer.model_validate(answer.model_dump())
    json.loads(again.model_dump_json())
    assert answer.text or answer.values or answer.events


dates = st.one_of(
    st.builds("trade on {} {} {}".format, st.integers(-3, 40), st.sampled_from(MONTHS), st.integers(0, 9999)),
    st.builds("trade {:04d}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
    st.builds("{} {} {}".format, st.sampled_from(MONTHS), st.integers(-1, 99), st.integers(0, 3000)),
)
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), dates,
                   st.text(st.characters(exclude_categories=()), max_size=12))
questions = st.one_of(
    st.lists(pieces, max_size=14).map(" ".join),
    st.text(st.characters(exclude_categories=()), max_size=300),
    st.integers(1, 400).map(lambda n: "trade in 2024 and " * n),
    st.text(min_size=MAX_QUESTION_CHARS - 5, max_size=MAX_QUESTION_CHARS * 4),
)


@settings(derandomize=True, max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(questions, st.booleans())
def test_every_question_gets_a_valid_answer(engine, question, follow_up):
    first = engine.ask(question)
    check(first)
    if follow_up:  # read in the light of an odd answer, and an odd question after a good one
        check(engine.ask("and in 2022?", previous=first))
        check(engine.ask(question, previous=engine.ask("trade in 2024?")))


@pytest.mark.parametrize("question", [
    "What share of Xi Russia's trade was settled in yuan before the war?",  # a person, a span open at its start
    "the LNG two presidents - how many meetings or calls since the war?",   # ... open at its end
    "how many times bigger was China's economy than Xi Russia's by 2008",
])
def test_people_with_a_span_open_at_one_end_are_answered_without_a_fault(engine, question):
    check(engine.ask(question))


@pytest.mark.parametrize("question, named", [
    ("trade on 31 June 2022", "31 June 2022"),
    ("trade 2024-02-30", "30 February 2024"),
    ("trade 0 Dec 2022", "0 December 2022"),
    ("Dec {0} 2022", "0 December 2022"),
    ("trade on 29 February 2023", "29 February 2023"),
])
def test_an_impossible_date_is_named_politely(engine, question, named):
    answer = engine.ask(question)
    check(answer)
    assert answer.answered is False and answer.kind in ("unknown", "error")
    assert f"There is no {named}" in answer.text


def test_impossible_dates_are_described_in_words():
    assert describe_impossible_date("2022-06-31") == ("31 June 2022", "June 2022 has 30 days")
    assert describe_impossible_date("2022-13")[1] == "a year has 12 months"
    assert describe_impossible_date("0000-01-01")[1] == "the calendar starts at year 1"


def test_a_real_leap_day_is_still_read(engine):
    assert "no 29 February 2024" not in engine.ask("trade on 29 Feb 2024").text


def test_a_question_longer_than_the_limit_is_refused_unread(engine):
    question = "trade in 2024 and " * 5600
    answer = engine.ask(question)
    check(answer)
    assert answer.kind == "unknown" and answer.answered is False
    assert f"{MAX_QUESTION_CHARS:,}" in answer.text and f"{len(question.strip()):,}" in answer.text
    assert engine.ask(("trade in 2024 " * 100)[:MAX_QUESTION_CHARS]).kind != "error"


def test_a_fault_inside_the_engine_is_a_polite_answer_unless_debugging(engine, monkeypatch):
    def broken(question, previous):
        raise KeyError("a bug")

    monkeypatch.setattr(engine, "_ask_one", broken)
    monkeypatch.delenv("CRR_DEBUG", raising=False)
    answer = engine.ask("trade in 2024?")
    check(answer, fault=True)
    assert answer.kind == "error" and "could not answer" in answer.text
    monkeypatch.setenv("CRR_DEBUG", "1")
    with pytest.raises(KeyError):
        engine.ask("trade in 2024?")


def test_readable_text_has_no_control_characters_or_surrogates():
    assert readable("a\x00b\x1b[2Jc\udcffd\x85e") == "a b [2Jc\ufffdd e"


# --- the command line -------------------------------------------------------------


def crr(db_path, *args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
                          env={**os.environ, "CRR_DB": str(db_path)}, cwd=ROOT, timeout=120)


def test_jsonl_answers_every_line_in_order_whatever_its_bytes(db_path):
    lines = [b"trade in 2024", b"\xff\xfe", b"", b"trade on 31 June 2022", b"   ",
             b"trade in 2024 and " * 600, b"\x1b[2J\x00", b"trade in 2022\r"]
    result = crr(db_path, "ask", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    answers = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(answers) == len(lines)
    assert [a["question"] for a in answers] == [
        readable(line.decode("utf-8", "replace")).strip() for line in lines]
    assert answers[0]["answered"] and answers[-1]["answered"]
    assert "There is no 31 June 2022" in answers[3]["text"]
    assert answers[5]["answered"] is False and "characters" in answers[5]["text"]


def test_jsonl_without_a_final_newline_answers_the_last_line(db_path):
    result = crr(db_path, "ask", "--jsonl", stdin=b"trade in 2024\ntrade in 2022")
    assert len(result.stdout.splitlines()) == 2


def test_ask_reads_arguments_that_are_not_utf8(db_path):
    result = crr(db_path, "ask", "--json", b"\xff trade in 2024?")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["question"] == "\ufffd trade in 2024?"


def test_ask_with_an_impossible_date_prints_an_answer_not_a_traceback(db_path):
    result = crr(db_path, "ask", "trade on 31 June 2022")
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b"There is no 31 June 2022" in result.stdout
