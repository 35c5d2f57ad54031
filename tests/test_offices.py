"""Offices read as their holders at the time asked about: "the Russian president" in
2010 is Medvedev, "China's president when Yeltsin first visited" is Yang Shangkun; a
holder list that names someone crr does not know is refused at build."""

from __future__ import annotations

import shutil

import pytest

from assistant.data.errors import DataError
from assistant.data.load import load
from assistant.paths import data_dir
from assistant.reading.read import read


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "db"
    shutil.copytree(data_dir(), folder, ignore=shutil.ignore_patterns("*.db", ".build-*"))
    return folder


@pytest.mark.parametrize("question, person", [
    ("trade when the Russian president was in Beijing in 1997", "boris-yeltsin"),
    ("what did the Kremlin chief sign in 2010?", "dmitry-medvedev"),
    ("visits of the Chinese president to Moscow in 2023", "xi-jinping"),
    ("what did China's top leader say in 2005?", "hu-jintao"),
    ("when did the Russian head of state first visit China after the Soviet Union collapsed?", "boris-yeltsin"),
])
def test_an_office_is_its_holder_at_the_time_asked(engine, question, person):
    assert read(question, engine.lexicon).people == [person]


def test_an_office_with_no_time_is_its_last_holder(engine):
    assert read("who is the Chinese president?", engine.lexicon).people == ["xi-jinping"]


def test_offices_in_the_plural_name_no_one_holder(engine):
    intent = read("which Russian leaders went to Beijing in May 2023?", engine.lexicon)
    assert intent.people == [] and intent.parties == ["russia"]


def test_the_holder_at_the_time_of_an_event(engine):
    answer = engine.ask("Who was China's president at the time of Yeltsin's first official visit?")
    assert answer.answered and answer.text.startswith("Yang Shangkun held the office then")
    assert any(e.date == "1992-12-23" for e in answer.events)
    assert "as its holder at the time of the event" in answer.reading["summary"]


def test_who_held_an_office_in_a_year(engine):
    answer = engine.ask("Who was the Russian president in 2010?")
    assert answer.answered and "Dmitry Medvedev" in answer.text.splitlines()[0]
    assert "(“the russian president”)" in answer.reading["summary"]


def test_before_the_first_holder_no_one_is_named(engine):
    answer = engine.ask("who was the Chinese president in 1960?")
    assert not answer.answered and "names no one for 1960" in answer.text


def test_an_office_holder_searched_by_name(engine):
    answer = engine.ask("When did the Chinese president visit Moscow in 2023?")
    assert answer.answered and answer.events[0].date.startswith("2023-03")


def test_a_holder_crr_does_not_know_is_refused(data_copy):
    path = data_copy / "vocabulary.yaml"
    path.write_text(path.read_text().replace("- {person: boris-yeltsin, since: \"1991-12\"}",
                                             "- {person: nobody-known, since: \"1991-12\"}"))
    with pytest.raises(DataError) as caught:
        load(data_copy)
    assert any(p.record == "russia-president" and p.field == "offices" and "nobody-known" in p.message
               for p in caught.value.problems)
