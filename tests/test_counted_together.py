"""A figure of several things counted as one (meetings and calls; trade in yuan or
rubles) answers a question that asks for all of them, or names none, never one of them
alone; a metric says which subjects it adds up (`together`), and `crr build` checks
that they are its own."""

from __future__ import annotations

import shutil

import pytest
import yaml

from assistant.data.errors import DataError
from assistant.data.load import load
from assistant.paths import data_dir


@pytest.mark.parametrize("question", [
    "how many times have the two presidents met in person or spoken by phone since the invasion?",
    "how many meetings or calls did Xi and Putin have since the war began?",
    "how many times did Xi and Putin interact between February 2022 and February 2026?",
])
def test_all_of_the_several_asked_gets_the_figure(engine, question):
    answer = engine.ask(question)
    assert answer.answered
    assert [v.value for v in answer.values] == [19]


@pytest.mark.parametrize("question", [
    "how many times did Xi and Putin meet in person between February 2022 and February 2026?",
    "how many phone calls did Xi and Putin have between 2022 and 2026?",
])
def test_one_of_the_several_alone_is_not_answered_with_the_sum(engine, question):
    answer = engine.ask(question)
    assert not answer.answered
    assert 19 not in [v.value for v in answer.values]


def test_the_reason_names_the_several_and_the_one_asked(engine):
    answer = engine.ask("how many phone calls did Xi and Putin have between February 2022 and February 2026?")
    assert "together" in answer.text or not answer.values


def test_a_metric_adds_up_only_its_own_subjects(tmp_path):
    folder = tmp_path / "db"
    shutil.copytree(data_dir(), folder, ignore=shutil.ignore_patterns("*.db", ".build-*"))
    path = folder / "metrics" / "diplomacy.yaml"
    metrics = yaml.safe_load(path.read_text())
    for metric in metrics:
        if metric["id"] == "xi_putin_interactions":
            metric["together"] = ["meetings", "visits_abroad"]
    path.write_text(yaml.safe_dump(metrics, allow_unicode=True, sort_keys=False))
    with pytest.raises(DataError) as raised:
        load(folder)
    assert "diplomacy.yaml" in str(raised.value) and "together" in str(raised.value)
