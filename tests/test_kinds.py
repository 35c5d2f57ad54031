"""Every question kind, in several phrasings, through the engine and the CLI."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.answering.conversation import Conversation


def numbers(answer):
    return {v.value for v in answer.values}


@pytest.mark.parametrize("question, value", [
    ("trade in 2024?", 245),
    ("China-Russia commerce 2011", 80),
    ("TRADE TURNOVER IN 2018!!", 100),
    ("oil exports to China 2024", 108),
    ("yuan share Jan 2024", 40),
    ("Number of Chinese studets in Russia in 2020?", 30000),
    ("Power of Siberia volume 2025", 38.8),
    ("Russia's share of China's arms imports 2015", 61.2),
    ("UN voting agreement 1992", 42.9),
    ("share of Russia's imports from China in 2023", 38),
])
def test_value(engine, question, value):
    answer = engine.ask(question)
    assert answer.kind == "value" and answer.answered
    assert value in numbers(answer)


@pytest.mark.parametrize("question, value", [
    ("joint exercises since 2022?", 33),
    ("war games since the invasion", 31),
    ("drills since 2003", 96),
    ("trade 2018–2024", 245),
])
def test_span(engine, question, value):
    answer = engine.ask(question)
    assert answer.kind == "span" and answer.answered
    assert value in numbers(answer)


def test_change_is_derived_from_two_cited_inputs(engine):
    answer = engine.ask("trade 2024 vs 2022")
    assert answer.kind == "change"
    derived = [v for v in answer.values if v.derived]
    assert {55, 28.9} <= {v.value for v in derived}
    assert all(v.formula for v in derived)
    assert {v.period for v in answer.values if not v.derived} == {"2022", "2024"}


@pytest.mark.parametrize("question, kind, value", [
    ("latest yuan share", "latest", None),
    ("record LNG imports", "peak", 9.9),
    ("lowest UN voting agreement", "lowest", 38.7),
])
def test_extremes(engine, question, kind, value):
    answer = engine.ask(question)
    assert answer.kind == kind and answer.answered
    if value is not None:
        assert value in numbers(answer)


def test_series_lists_every_value_in_order(engine):
    answer = engine.ask("trade over time")
    assert answer.kind == "series"
    periods = [v.period for v in answer.values]
    assert periods == sorted(periods) and "2001" in periods and "2025" in periods


@pytest.mark.parametrize("question, date", [
    ("when was the Treaty of Good-Neighborliness signed?", "2001"),
    ("When did China join Russia's Ocean-2024 naval exercise?", "2024-09"),
    ("when did gas start flowing?", "2019"),
])
def test_when(engine, question, date):
    answer = engine.ask(question)
    assert answer.kind == "when" and answer.answered
    assert any(e.date.startswith(date) for e in answer.events)


def test_when_keeps_both_dates_where_sources_disagree(engine):
    answer = engine.ask("when was the first joint exercise?")
    dates = {e.date[:4] for e in answer.events}
    assert {"2003", "2005"} <= dates and "differently" in answer.text


def test_what_happened(engine):
    answer = engine.ask("what happened in 2014?")
    assert answer.kind == "what_happened" and answer.events
    assert all(e.date.startswith("2014") for e in answer.events)
    energy = engine.ask("timeline of energy deals")
    assert energy.answered and len(energy.events) > 5


def test_who(engine):
    assert "Chi Haotian" in engine.ask("who signed the 1993 defence agreement?").text
    assert "Zhang Hanhui" in engine.ask("who is China's ambassador to Russia?").text


def test_how_many_times_uses_the_sources_count(engine):
    # The dashboard's 19 counts meetings and calls together: asked of both, it is the answer.
    answer = engine.ask("how many times did Xi and Putin meet or talk since the war began?")
    assert 19 in numbers(answer)


def test_about_and_help(engine):
    about = engine.ask("what do you know about LNG?")
    assert about.kind == "about" and "LNG" in about.text
    assert engine.ask("what can I ask?").kind == "help"


@pytest.mark.parametrize("question", [
    "trade in 1990?", "trade in 2021?", "how many joint exercises in 2022?",
    "what's the weather in Paris?", "who won the world cup?", "asdf qwerty zxcv",
])
def test_unanswerable_gets_no_number(engine, question):
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.values == []


def test_relative_years_follow_today(engine, monkeypatch):
    monkeypatch.setenv("CRR_TODAY", "2025-06-01")
    assert 245 in numbers(engine.ask("trade last year"))


def test_follow_ups_carry_the_context(engine):
    chat = Conversation(engine)
    assert 245 in numbers(chat.ask("trade in 2024?"))
    assert 190 in numbers(chat.ask("and in 2022?"))
    compared = chat.ask("compare with 2018")
    assert compared.kind == "change" and 90 in numbers(compared)
    lng = chat.ask("what about LNG?")
    assert "LNG" in lng.interpretation and lng.context["periods"][0]["label"] == "2022"
    sources = chat.ask("source?")
    assert sources.kind == "sources"
    chat.reset()
    assert chat.ask("and in 2023?").answered is False


def test_chat_reads_a_conversation_on_stdin(run_crr):
    result = run_crr("chat", stdin="trade in 2024?\nand in 2022?\nsource?\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "USD 245 bn" in result.stdout and "USD 190 bn" in result.stdout
    assert "rests on these sources" in result.stdout


def test_eval_scores_and_fails_below_min(run_crr, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in [
        {"q": "trade in 2024?", "kind": "value", "expect": {"value": 245, "source": "any"}},
        {"q": "trade in 1990?", "kind": "unanswerable", "expect": {"unanswerable": True}},
        {"q": "trade in 2011?", "kind": "value", "expect": {"value": 999, "source": "any"}},
    ]) + "\n")
    result = run_crr("eval", str(questions), "--min", "0.9")
    assert result.returncode == 1
    assert "MISS [value] trade in 2011?" in result.stdout
    assert "66.7%" in result.stdout
    assert run_crr("eval", str(questions), "--min", "0.5").returncode == 0


def test_eval_takes_names_as_a_list_and_names_a_bad_line(run_crr, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"q": "Apart from China, which country joined Vostok 2018?",
                                     "kind": "who", "expect": {"text": ["Mongolia"]}}) + "\n")
    result = run_crr("eval", str(questions))
    assert result.returncode == 0 and "100.0%" in result.stdout, result.stdout + result.stderr
    questions.write_text(questions.read_text() + '{"q": "trade in 2024?", "context": "trade", "expect": {"value": 245}}\n')
    result = run_crr("eval", str(questions))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "q.jsonl, line 2: field 'context'" in result.stderr


ODD_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["'; DROP TABLE observations; --", "{{ 7*7 }}", "{% for %}", "%s %d {0} {x}",
                     "\x00\x01", "trade in 99999", "since since since", "2024-2025-2026", "🇨🇳🇷🇺 trade"]),
    st.text(alphabet="abc 2024–-/?", min_size=1000, max_size=10_000),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=ODD_TEXT)
def test_any_text_gives_a_valid_answer(engine, question):
    answer = engine.ask(question)
    assert answer.kind != "error", answer
    assert isinstance(answer.text, str) and answer.text
    json.loads(answer.model_dump_json())
    for value in answer.values:
        assert (value.source, value.locator) in {(c.source, c.locator) for c in answer.citations}
