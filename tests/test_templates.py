"""Answer templates compiled ahead of time: the same sentences as Jinja2 writes,
StrictUndefined kept, an edited template compiled again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2
import pytest

import assistant.paths
from assistant.writing import render as render_module
from assistant.writing import runtime

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(f"answers/{p.name}" for p in (ROOT / "templates" / "answers").glob("*.j2"))
# Beside the questions of the set, one for each template those do not reach.
MORE = [
    "trade in 2024?", "do the sources disagree about anything?", "how many Chinese students were in Russia by 2023?", "trade 2024 vs 2022", "biggest drop in trade", "fastest growth in Chinese students", "help", "trade in 1990?", "what is the weather",
    "What does China sell to Russia?", "Will China and Russia sign a formal military alliance in the next five years?",
    "who is Fu Ying?", "What did Wang Yi tell the EU's foreign-policy chief about the Ukraine war in mid-2025?",
    "How much LNG did China import from Russia in total between 2023 and 2025?",
    "In which year did China-Russia trade reach $300 billion?",
    "Which two leaders interacted 19 times between February 2022 and February 2026?",
    "In which month of 2001 was the Treaty of Good-Neighborliness signed?",
    "When did gas from Sidanko's Kovykta field start flowing to China?",
    "yuan share of russia's exports by 2023",
    "On which day was the $400bn gas deal signed?", "Xi and Putin meetings and calls per year since 2022",
    "On which day did trade hit 190 bn?", "when did trade hit 190 bn?",
    "Who was China's president when Yeltsin made his first official visit?",
    "how many times has Putin visited China?",
    "When was the Fobos-Grunt mission launched?", "coal imports record", "wheat exports 2023",
    "Where did the August 2025 joint submarine patrol take place?",
    "Are Chinese people warmer towards Russia now than they were in 2022?",
    "When were the leaked Russian nuclear-threshold documents written?",
    "Russia's share of China's arms imports across 2011-2025",
]


def test_every_answer_template_compiles_against_crr_runtime():
    for name in TEMPLATES:
        source = (ROOT / "templates" / name).read_text(encoding="utf-8")
        assert render_module.compile_template(name, source).co_filename == f"<template {name}>"


def test_a_filter_runtime_py_does_not_hold_fails_to_compile():
    with pytest.raises(jinja2.TemplateAssertionError):
        render_module.compile_template("answers/new.txt.j2", "{{ names | batch(2) }}")


def test_compiled_templates_write_what_jinja2_writes(engine, monkeypatch):
    """Every template the engine renders, for every question of the set, rendered again
    by Jinja2 with its own filters, gives the same text."""
    calls = []
    compiled = render_module.template

    def recording(name):
        root = compiled(name)

        def root_recorded(context):
            calls.append((name, {k: v for k, v in context.parent.items() if k not in runtime.GLOBALS}))
            return root(context)

        return root_recorded

    monkeypatch.setattr(render_module, "template", recording)
    questions = [json.loads(line)["q"] for line in (ROOT / "tests" / "questions.jsonl").open()]
    previous = None
    for question in questions + MORE:
        answer = engine.ask(question)
        render_module.render_text(answer)
        engine.ask("source?", previous=answer)
        if previous is not None:
            engine.ask("and in 2022?", previous=previous)
        previous = answer
    assert {name for name, _ in calls} == set(TEMPLATES)
    jinja = render_module.jinja_environment(builtin_filters=True)
    for name, variables in calls:
        ours = render_module.ENVIRONMENT.render(compiled(name), variables)
        assert ours == jinja.get_template(name).render(**variables), name


def test_a_variable_nobody_gives_fails():
    root = render_module.template("answers/no_event.txt.j2")
    with pytest.raises(runtime.UndefinedError):
        render_module.ENVIRONMENT.render(root, {})


def test_an_edited_template_is_compiled_again(tmp_path, monkeypatch):
    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates" / "answers", folder / "answers")
    monkeypatch.setattr(assistant.paths, "templates_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    render_module.template.cache_clear()
    try:
        (folder / "answers" / "no_event.txt.j2").write_text("First {{ x }}.", encoding="utf-8")
        assert render_module.render("answers/no_event.txt.j2", x=1) == "First 1."
        assert list((tmp_path / "cache" / "crr" / "compiled").iterdir())
        render_module.template.cache_clear()
        (folder / "answers" / "no_event.txt.j2").write_text("Second {{ x }}.", encoding="utf-8")
        assert render_module.render("answers/no_event.txt.j2", x=2) == "Second 2."
    finally:
        render_module.template.cache_clear()


@pytest.mark.parametrize("template, variables", [
    ("{{ xs | join(', ') }}", {"xs": [1, "b"]}),
    ("{{ xs | join(', ', attribute='a') }}", {"xs": [{"a": 1}, {"a": 2}]}),
    ("{{ s | truncate(9) }}|{{ s | truncate(11) }}|{{ s | truncate(9, True) }}|{{ s | truncate(11, False, '...', 0) }}",
     {"s": "foo bar baz qux"}),
    ("{{ xs | unique | list }}", {"xs": ["A", "a", "b", "B", "c"]}),
    ("{% for k, v in d | dictsort %}{{ k }}={{ v }};{% endfor %}", {"d": {"b": 1, "A": 2, "c": 3}}),
    ("{{ xs | selectattr('x') | list | length }}", {"xs": [{"x": 0}, {"x": 1}, {"x": True}]}),
    ("{% for x in xs %}{{ loop.index }}{% if loop.first %}f{% endif %}{% if not loop.last %}, {% endif %}"
     "{% endfor %}", {"xs": "abc"}),
    ("{{ a if b }}|{{ x is defined }}|{{ y is none }}|{{ 'A' | lower }}{{ 'b' | upper }}", {"a": 1, "b": 0, "y": None}),
    ("{% macro m(p, q) %}{{ p }}{% if q is defined %}-{{ q }}{% endif %}{% endmacro %}{{ m(1) }} {{ m(1, q=2) }}", {}),
])
def test_runtime_filters_behave_as_jinja2s(template, variables):
    root_namespace = {"environment": render_module.ENVIRONMENT}
    source = render_module.jinja_environment().compile(template, "t", raw=True)
    exec(compile(source.replace("jinja2.runtime", "assistant.writing.runtime", 1), "t", "exec"), root_namespace)
    jinja = render_module.jinja_environment(builtin_filters=True).from_string(template)
    assert render_module.ENVIRONMENT.render(root_namespace["root"], variables) == jinja.render(**variables)
