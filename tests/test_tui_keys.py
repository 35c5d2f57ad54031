"""The terminal app's keys as a reader meets them: the sidebar never keeps what is typed,
the history outlives the session, and an answer that gives none says what it lacks."""

from __future__ import annotations

import pytest

pytest.importorskip("textual")

from textual.widgets import Static, Tree  # noqa: E402

from assistant.frontends.tui.app import CrrApp  # noqa: E402
from test_tui import app, ask, settings, started  # noqa: E402,F401 (app and settings are fixtures)


@pytest.mark.asyncio
async def test_the_sidebar_opens_on_a_lit_row_and_escape_goes_back_to_the_question(app):
    async with app.run_test(size=(140, 40)) as pilot:
        await started(pilot)
        if not app.query_one("#sidebar").display:
            await pilot.press("ctrl+b")
        else:
            app.query_one(Tree).focus()
        await pilot.pause()
        tree = app.query_one(Tree)
        assert tree.has_focus and tree.cursor_line == 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.question_input.has_focus


@pytest.mark.asyncio
async def test_a_letter_typed_in_the_sidebar_is_typed_in_the_question_box(app):
    async with app.run_test(size=(140, 40)) as pilot:
        await started(pilot)
        if not app.query_one("#sidebar").display:
            await pilot.press("ctrl+b")
        app.query_one(Tree).focus()
        await pilot.pause()
        await pilot.press(*"trade")
        await pilot.pause()
        assert app.question_input.has_focus and app.question_input.value == "trade"


@pytest.mark.asyncio
async def test_questions_asked_are_there_for_the_next_session(db_path, tmp_path, settings):
    first = CrrApp(db_path, export_dir=tmp_path)
    async with first.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        await ask(pilot, "and in 2022?")
    assert (settings.parent / "history").read_text().splitlines() == ["trade in 2024?", "and in 2022?"]
    second = CrrApp(db_path, export_dir=tmp_path)
    async with second.run_test() as pilot:
        await started(pilot)
        await pilot.press("up")
        assert second.question_input.value == "and in 2022?"


@pytest.mark.asyncio
async def test_an_unanswered_who_question_says_no_one_is_named_not_no_figure(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "who signed the Treaty of Good-Neighborliness?")
        headings = [str(s.render()) for s in view.query(Static) if s.has_class("no-figure")]
        assert headings == ["No one named in the data for this question"]
