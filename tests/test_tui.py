"""The terminal app: Pilot drives it as a user would; a few snapshots guard the look."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from rich.console import Console

from assistant.answer import Answer, Citation
from assistant.frontends.tui import writing
from assistant.frontends.tui.present import Presenter, decimal_year
from assistant.frontends.tui.suggest import Vocabulary

textual = pytest.importorskip("textual")

from textual.content import Content  # noqa: E402
from textual.widgets import Footer, Static, Tree  # noqa: E402

from assistant.frontends.tui.app import CrrApp  # noqa: E402
from assistant.frontends.tui.chart import SeriesChart  # noqa: E402
from assistant.frontends.tui.screens import HelpScreen  # noqa: E402
from assistant.frontends.tui.widgets import (AnswerView, Exchange, HeadlineView, QuestionInput, TableView,  # noqa: E402
                                             marked, notes, wrap)


# --- helpers ------------------------------------------------------------------


def text_of(widget) -> str:
    """The plain text a widget shows: its Statics (Content or Rich tables) and headline figures."""
    parts = [headline.number for headline in widget.query(HeadlineView)]
    statics = [widget] if isinstance(widget, Static) else []
    for static in [*statics, *widget.query(Static)]:
        content = static.content
        if isinstance(content, (str, Content)):
            parts.append(str(content))
        else:
            console = Console(width=200, file=io.StringIO(), record=True)
            console.print(content)
            parts.append(console.export_text())
    return "\n".join(parts)


async def started(pilot):
    """Wait until the database is open and the app is idle."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot, question: str) -> AnswerView | None:
    """Type a question, submit it, wait for its answer and return the answer widget."""
    await pilot.press(*question)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    exchange = pilot.app.query(Exchange).last()
    views = exchange.query(AnswerView)
    return views.first() if views else None


@pytest.fixture(autouse=True)
def settings(tmp_path, monkeypatch):
    """An empty settings folder: choosing a citation style must not touch the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("CRR_CITE_STYLE", raising=False)
    monkeypatch.setenv("CRR_NO_SYSTEM_CLIPBOARD", "1")  # the tests' copies stay in the app
    return tmp_path / "config" / "crr" / "settings.toml"


@pytest.fixture
def app(db_path, tmp_path):
    return CrrApp(db_path, export_dir=tmp_path)


# --- answers --------------------------------------------------------------------


@pytest.mark.asyncio
async def test_first_screen_waits_for_a_question(app):
    async with app.run_test() as pilot:
        await started(pilot)
        assert isinstance(app.focused, QuestionInput)
        assert "trade in 2024?" in text_of(app.query_one("#welcome"))
        assert not app.query(Exchange)


@pytest.mark.asyncio
async def test_a_figure_shows_its_headline_values_and_footnotes(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "trade in 2024?")
        assert view.query_one(HeadlineView).number == "245"
        shown = text_of(view)
        assert "USD bn" in shown and "Bilateral trade, 2024" in shown
        assert "USD 245 bn" in shown
        assert "China-Russia Dashboard [1]" in shown and "Wikipedia [2]" in shown
        notes = str(view.query_one(".notes", Static).content)
        assert notes.startswith("[1] MERICS")
        assert "\n[2] Wikipedia contributors" in notes and "Economic relations" in notes
        assert view.query_one(".values").display
        assert not view.query(SeriesChart)


@pytest.mark.asyncio
async def test_a_table_is_drawn_line_by_line_as_rich_draws_it(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        view = await ask(pilot, "trade in 2024?")
        table = view.query_one(".values", TableView)
        console = Console(width=table.size.width, file=io.StringIO(), record=True)
        console.print(table.table)
        expected = [line.rstrip() for line in console.export_text().splitlines()]
        assert table.size.height == len(expected) == 4
        assert [table.render_line(y).text.rstrip() for y in range(table.size.height)] == expected


def test_answer_text_keeps_its_characters_and_loses_control_codes():
    text = "Trade in 2024: USD 245 bn[1]; see https://example.org/trade."
    assert marked(text).plain == "Trade in 2024: USD 245 bn[1]; see example.org/trade."
    assert marked("a\x07b\rc\td\ne").plain == "abc\td\ne"


@pytest.mark.parametrize("question", ["trade over time", "what happened in 2024?", "trade in 2024?"])
def test_answer_text_is_wrapped_as_textual_wraps_it(engine, question):
    display = Presenter(engine.store).layout(engine.ask(question))
    tabbed = Content("a\tb " * 30 + "\n\n  x  \n" + "w" * 200)
    for content in (marked(display.text), notes(display), tabbed):
        for width in (20, 74, 147):
            for line_pad in (0, 1):
                ours = wrap(content, width, line_pad=line_pad)
                textuals = content._wrap_and_format(width, line_pad=line_pad)
                assert [(line.x, line.y, line.line_end, line.content.plain, line.content.spans) for line in ours] == [
                    (line.x, line.y, line.line_end, line.content.plain, line.content.spans) for line in textuals]


@pytest.mark.asyncio
async def test_a_span_shows_its_parts_and_the_figure_since_the_invasion(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "joint exercises since 2022?")
        assert view.query_one(HeadlineView).number == "33"
        text = str(view.query_one(".text", Static).content)
        assert "33 exercises (China-Russia Dashboard[1])" in text and "20 exercises were joint naval" in text
        assert "since 24 February 2022" in text and "31 exercises" in text
        assert "derived by crr: Joint naval exercises and patrols" in text_of(view)
        assert view.query(SeriesChart)


@pytest.mark.asyncio
async def test_a_series_draws_a_chart_and_ctrl_t_swaps_it_for_the_table(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "trade over time")
        chart = view.query_one(SeriesChart)
        assert chart.display and not view.query(".values")  # made when first asked for
        assert {line.source for line in chart.series.lines} == {
            "Wikipedia", "China-Russia Dashboard", "IMF Direction of Trade Statistics, as China reports it",
            "IMF Direction of Trade Statistics, as Russia reports it"}
        await pilot.press("ctrl+t")
        await pilot.pause()
        table = view.query_one(".values")
        assert not chart.display and table.display
        assert "2025" in text_of(table) and "Wikipedia [3]" in text_of(table)
        # In the chart's place, before the words that list the values: seen without scrolling.
        assert list(view.children).index(table) == list(view.children).index(chart) + 1
        later = await ask(pilot, "trade 2024 vs 2022")  # asked while tables show: made with its table
        assert later.query_one(".values").display and not later.query_one(SeriesChart).display
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert chart.display and not table.display


@pytest.mark.asyncio
async def test_collections_wait_from_enter_until_the_answer_is_on_screen(app):
    import gc

    async with app.run_test() as pilot:
        await started(pilot)
        enabled_when_placed = []
        place = app._place

        async def recording(exchange):
            enabled_when_placed.append(gc.isenabled())
            await place(exchange)

        app._place = recording
        for question in ("trade in 2024?", "trade over time"):
            await ask(pilot, question)
            await pilot.pause()
            assert gc.isenabled()  # again, once the answer is drawn
        assert enabled_when_placed == [False, False]


@pytest.mark.asyncio
async def test_an_unanswerable_question_says_so_and_suggests(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "trade in 1990?")
        assert view.has_class("-unanswered")
        assert not view.query(HeadlineView)
        shown = text_of(view)
        assert "No figure in the data" in shown and "1992" in shown
        assert "Try: " in shown


@pytest.mark.asyncio
async def test_a_failing_question_shows_a_message_not_a_traceback(app):
    async with app.run_test() as pilot:
        await started(pilot)

        def broken(question):
            raise RuntimeError("the engine fell over")

        app.conversation.ask = broken
        assert await ask(pilot, "trade in 2024?") is None
        error = app.query(Exchange).last().query_one(".error", Static)
        assert "could not answer" in str(error.content) and "fell over" in str(error.content)
        app.conversation.ask = type(app.conversation).ask.__get__(app.conversation)
        view = await ask(pilot, "trade in 2024?")
        assert view.query_one(HeadlineView).number == "245"


@pytest.mark.asyncio
async def test_a_missing_database_is_reported_in_the_conversation(tmp_path):
    app = CrrApp(tmp_path / "missing.db")
    async with app.run_test() as pilot:
        await started(pilot)
        assert "could not open its database" in text_of(app.query_one("#conversation"))
        assert await ask(pilot, "trade in 2024?") is None
        assert "cannot answer: its database" in str(app.query(Exchange).last().query_one(".error", Static).content)


# --- conversation -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_follow_up_keeps_the_metric(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        view = await ask(pilot, "and in 2022?")
        answer = app.conversation.last
        assert answer.answered and answer.values[0].metric == "trade_total"
        assert view.query_one(HeadlineView).number == "190"


@pytest.mark.asyncio
async def test_a_new_question_starts_at_the_top_and_page_keys_scroll_while_typing(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        await ask(pilot, "joint exercises since 2022?")
        conversation = app.query_one("#conversation")
        newest = app.query(Exchange).last()
        assert conversation.scroll_y == newest.virtual_region.y > 0
        assert conversation.vertical_scrollbar.position == conversation.scroll_y
        await pilot.press("pageup")
        await pilot.pause()
        assert conversation.scroll_y < newest.virtual_region.y
        assert isinstance(app.focused, QuestionInput)
        await pilot.press("pagedown")
        await pilot.pause()
        assert conversation.scroll_y >= newest.virtual_region.y


@pytest.mark.asyncio
async def test_ctrl_up_and_down_jump_between_answers_and_a_resize_keeps_the_place(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        for question in ("trade in 2024?", "joint exercises since 2022?", "trade over time"):
            await ask(pilot, question)
        conversation = app.query_one("#conversation")
        first, second, third = app.query(Exchange)
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert conversation.scroll_y == second.virtual_region.y
        await pilot.press("ctrl+home")
        await pilot.pause()
        assert conversation.scroll_y == first.virtual_region.y
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert conversation.scroll_y == second.virtual_region.y
        await pilot.resize_terminal(120, 30)  # the answers reflow; the one read stays on top
        await pilot.pause()
        await pilot.pause()
        assert conversation.scroll_y == second.virtual_region.y


@pytest.mark.asyncio
async def test_ctrl_n_and_slash_new_start_over(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not app.query(Exchange) and app.conversation.history == []
        await ask(pilot, "trade in 2024?")
        await pilot.press(*"/new", "enter")
        await pilot.pause()
        assert not app.query(Exchange) and app.conversation.history == []
        # Several answers are not lost to one stray key: Ctrl+N asks to be pressed again.
        await ask(pilot, "trade in 2024?")
        await ask(pilot, "trade over time")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert len(app.query(Exchange)) == 2 and "again" in list(app._notifications)[-1].message
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not app.query(Exchange)


@pytest.mark.asyncio
async def test_up_and_down_walk_the_question_history(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        await ask(pilot, "trade over time")
        box = app.question_input
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == "trade over time"
        await pilot.press("up", "up")
        assert box.value == "trade in 2024?"
        await pilot.press("down")
        assert box.value == "trade over time"
        await pilot.press("down")
        assert box.value == "draft"


@pytest.mark.asyncio
async def test_typing_is_completed_from_the_database(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await pilot.press(*"joint exer")
        await app.workers.wait_for_complete()
        await pilot.pause()
        box = app.question_input
        assert box._suggestion.startswith("joint exercise")
        suggestion = box._suggestion
        await pilot.press("tab")
        assert box.value == suggestion


# --- help, sidebar, commands ---------------------------------------------------------


@pytest.mark.asyncio
async def test_f1_opens_help_and_choosing_an_example_asks_it(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert app.query(Exchange).last().question == "trade in 2024?"
        assert app.conversation.last.answered


@pytest.mark.asyncio
async def test_the_sidebar_lists_topics_metrics_and_asks_an_example(app):
    async with app.run_test() as pilot:
        await started(pilot)
        sidebar = app.query_one("#sidebar")
        assert not sidebar.display
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert sidebar.display
        tree = app.query_one(Tree)
        topics = [str(node.label) for node in tree.root.children]
        assert "Trade" in topics and "Security" in topics
        trade = next(node for node in tree.root.children if str(node.label) == "Trade")
        trade.expand()
        await pilot.pause()
        metric = next(node for node in trade.children if str(node.label) == "Bilateral trade")
        metric.expand()
        await pilot.pause()
        questions = [node.data for node in metric.children]
        assert "Bilateral trade over time" in questions
        assert "over time (chart)" in [str(node.label) for node in metric.children]
        tree.select_node(metric.children[0])
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query(Exchange).last().question == questions[0]
        assert app.conversation.last.answered


@pytest.mark.asyncio
async def test_the_command_palette_offers_the_writing_commands(app):
    async with app.run_test() as pilot:
        await started(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Copy answer with citation", "Export conversation to Markdown",
                      "New conversation", "Toggle chart / table", "Toggle light / dark theme"):
            assert title in titles
        assert any(title.startswith("Citation style: ") for title in titles)
        # crr's commands come before the styles, and the style in use is marked.
        assert titles.index("Copy answer with citation") < titles.index("Citation style: apa")
        assert "Citation style: chicago ✓" in titles
        assert writing.styles()[:4] == ["apa", "chicago", "harvard", "mla"]  # prose styles before data
        footer_keys = {binding.key for _, binding, *_ in app.active_bindings.values() if binding.show}
        assert {"ctrl+y", "ctrl+s", "ctrl+t", "f1"} <= footer_keys


@pytest.mark.asyncio
async def test_f3_switches_between_light_and_dark(app):
    async with app.run_test() as pilot:
        await started(pilot)
        assert app.current_theme.dark
        await pilot.press("f3")
        assert not app.current_theme.dark
        await pilot.press("f3")
        assert app.current_theme.dark


@pytest.mark.asyncio
async def test_switching_the_citation_style_restyles_footnotes_copy_and_settings(app, settings):
    async with app.run_test() as pilot:
        await started(pilot)
        assert app.citation_style == "chicago"
        view = await ask(pilot, "trade in 2024?")
        assert "[1] MERICS, OSW, SCEEUS, and NKK, “China-Russia Dashboard" in text_of(view)
        await pilot.press("f2")  # the next style in the list
        assert app.citation_style == writing.styles()[writing.styles().index("chicago") + 1]
        app.set_style("apa")
        assert "[1] MERICS, OSW, SCEEUS, & NKK. (2026, February 11)." in text_of(view)
        assert 'cite_style = "apa"' in settings.read_text()
        await pilot.press("ctrl+y")
        assert "USD 245 bn" in app.clipboard and "Retrieved February 2026" in app.clipboard
        app.set_style("bibtex")
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith("@online{china-russia-dashboard:trade,")
        assert "as bibtex entries" in list(app._notifications)[-1].message
        assert "[1] MERICS, OSW, SCEEUS, and NKK, “China-Russia Dashboard" in text_of(view)
        app.set_style("no-such-style")
        assert app.citation_style == "bibtex"


# --- writing support -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_ctrl_y_copies_the_answer_with_its_citation(app):
    async with app.run_test() as pilot:
        await started(pilot)
        await pilot.press("ctrl+y")
        assert "Nothing to copy" in list(app._notifications)[-1].message  # nothing asked yet
        await ask(pilot, "trade in 2024?")
        await pilot.press("ctrl+y")
        copied = app.clipboard
        assert "USD 245 bn" in copied
        assert "China-Russia Dashboard" in copied and "Economic relations" in copied
        notice = list(app._notifications)[-1].message
        assert "Copied the answer with 2 citations" in notice
        assert "If nothing pastes" in notice and "Ctrl+S" in notice  # no desktop tool here: say so


@pytest.mark.asyncio
async def test_ctrl_s_exports_the_conversation_as_markdown_with_footnotes(app, tmp_path):
    async with app.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        await ask(pilot, "joint exercises since 2022?")
        await pilot.press("ctrl+s")
        files = list(tmp_path.glob("crr-conversation-*.md"))
        assert len(files) == 1
        assert str(files[0]) in list(app._notifications)[-1].message
        markdown = files[0].read_text()
        assert "## 1. trade in 2024?" in markdown and "## 2. joint exercises since 2022?" in markdown
        assert "USD 245 bn (China-Russia Dashboard[^1-1]" in markdown
        assert "[^1-1]: MERICS, OSW, SCEEUS, and NKK, “China-Russia Dashboard" in markdown
        assert "[^1-2]: Wikipedia contributors" in markdown and "[^2-1]: MERICS" in markdown
        app.set_style("bibtex")
        files[0].unlink()
        await pilot.press("ctrl+s")
        markdown = next(tmp_path.glob("crr-conversation-*.md")).read_text()
        assert "[^2-1]: MERICS, OSW, SCEEUS, and NKK" in markdown  # footnotes stay prose
        assert "## References (bibtex)" in markdown and "@online{wikipedia-china-russia-relations" in markdown


def test_markdown_footnotes_are_unique_across_answers():
    answer = Answer(question="q", answered=True, text="A figure[1] and another[2].",
                    citations=[Citation(source="s", locator="l", text="Source one.", url="https://x/#a"),
                               Citation(source="t", locator="m", text="Source two.")])
    markdown = writing.conversation_markdown([answer, answer], writing.FALLBACK_STYLE)
    assert markdown.count("[^1-1]: Source one. <https://x/#a>") == 1
    assert markdown.count("[^2-2]: Source two.") == 1
    assert "A figure[^2-1] and another[^2-2]." in markdown
    text = writing.answer_text(answer, writing.FALLBACK_STYLE)
    assert text.endswith("[1] Source one. <https://x/#a>\n[2] Source two.")


# --- layout and sizes -------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_the_answer_fits_small_and_large_terminals(db_path, tmp_path, size):
    app = CrrApp(db_path, export_dir=tmp_path)
    async with app.run_test(size=size) as pilot:
        await started(pilot)
        view = await ask(pilot, "trade in 2024?")
        await pilot.pause()
        figure = view.query_one(HeadlineView)
        screen = app.screen.region
        assert screen.contains_region(figure.region)
        assert app.query_one("#sidebar").display == (size[0] >= 120)
        assert app.query_one(Footer).show_command_palette == (size[0] >= 100)
        assert app.question_input.region.bottom <= screen.bottom - 1  # the footer stays below


def test_presenter_marks_what_the_question_asked(engine):
    presenter = Presenter(engine.store)
    change = presenter.layout(engine.ask("trade 2024 vs 2022"))
    assert change.headline.number == "+55" and "+28.9%" in change.headline.caption
    assert set(change.series.highlight) == {(2022.0, 190.0), (2024.0, 245.0)}
    series = presenter.layout(engine.ask("trade over time"))
    assert series.series.highlight == [] and series.headline.number == "234"
    value = presenter.layout(engine.ask("trade in 2024?"))
    assert value.series is None and [r.source for r in value.rows] == [
        "China-Russia Dashboard [1]", "Wikipedia [2]"]
    assert decimal_year("2022-07") == pytest.approx(2022.5, abs=0.01)


def test_presenter_marks_disagreeing_sources(engine):
    presenter = Presenter(engine.store)
    shown = presenter.layout(engine.ask("Russia's share of China's arms imports 2023"))
    assert any(row.disputed for row in shown.rows)
    assert any("differ" in note for note in shown.disagreements)


def test_completion_offers_questions_metric_names_and_years(engine):
    vocabulary = Vocabulary.from_store(engine.store)
    assert vocabulary.complete("trade in 2", ["trade in 2022?"]) == "trade in 2022?"
    assert vocabulary.complete("Joint exer").lower().startswith("joint exercise")
    assert vocabulary.complete("trade in 19") == "trade in 1999"  # the newest year first
    assert vocabulary.complete("x") is None


def test_the_engine_and_the_app_helpers_import_without_textual(db_path):
    code = (
        "import sys, json\n"
        "from assistant.frontends.cli import main\n"
        "main(['ask', 'trade in 2024?'])\n"
        "import assistant.frontends.tui, assistant.frontends.tui.present, assistant.frontends.tui.writing\n"
        "print('HEAVY=' + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'textual_plotext', 'plotext'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "CRR_DB": str(db_path)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "HEAVY=[]" in result.stdout


def test_crr_tui_opens_the_app_without_the_command_line_parser():
    code = (
        "import sys\n"
        "from assistant.frontends import cli\n"
        "opened = []\n"
        "cli._tui = lambda args: opened.append(args) or 0\n"
        "assert cli.main(['tui']) == 0 and opened == [None]\n"
        "print('ARGPARSE=' + str('argparse' in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "ARGPARSE=False" in result.stdout


def test_crr_without_a_terminal_prints_help_and_tui_has_an_example(run_crr):
    plain = run_crr()
    assert plain.returncode == 0 and "tui" in plain.stdout and "usage" in plain.stdout.lower()
    tui = run_crr("tui", "--help")
    assert tui.returncode == 0 and "example:" in tui.stdout


# --- snapshots (cursor blink off) ----------------------------------------------------------


async def _quiet(pilot, *questions: str):
    pilot.app.question_input.cursor_blink = False
    await started(pilot)
    for question in questions:
        await ask(pilot, question)


def test_snapshot_first_screen(snap_compare, db_path, tmp_path):
    assert snap_compare(CrrApp(db_path, export_dir=tmp_path), run_before=_quiet)


def test_snapshot_trade_answer(snap_compare, db_path, tmp_path):
    async def run_before(pilot):
        await _quiet(pilot, "trade in 2024?")

    assert snap_compare(CrrApp(db_path, export_dir=tmp_path), run_before=run_before)


def test_snapshot_series_chart_wide_light(snap_compare, db_path, tmp_path):
    async def run_before(pilot):
        pilot.app.theme = "textual-light"
        await _quiet(pilot, "trade over time")

    assert snap_compare(CrrApp(db_path, export_dir=tmp_path), run_before=run_before,
                        terminal_size=(200, 50))


def test_snapshot_help(snap_compare, db_path, tmp_path):
    assert snap_compare(CrrApp(db_path, export_dir=tmp_path), run_before=_quiet, press=["f1"])


# --- questions typed or pasted quickly -------------------------------------------------------


QUICK = ["trade in 2024?", "trade in 2022?", "joint exercises since 2022?", "and in 2018?", "trade over time",
         "latest LNG exports", "trade on 31 June 2022", "what can I ask?"] * 3


def questions_and_answers(app) -> list[tuple[str, bool]]:
    return [(exchange.question, bool(exchange.query(AnswerView))) for exchange in app.query(Exchange)]


def type_quickly(app, questions: list[str]) -> None:
    """Each question and Enter as key events posted at once, as a fast typist or a terminal
    without bracketed paste sends them: unlike Pilot.press, nothing waits between keys."""
    from textual import events

    for question in questions:
        for character in question:
            app.post_message(events.Key("space" if character == " " else character, character))
        app.post_message(events.Key("enter", "\r"))


@pytest.mark.asyncio
async def test_questions_typed_faster_than_answers_are_each_answered_in_order(app):
    async with app.run_test() as pilot:
        await started(pilot)
        type_quickly(app, QUICK)
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert questions_and_answers(app) == [(question, True) for question in QUICK]
        assert [answer.question for answer in app.history] == QUICK
        assert "2018" in app.history[3].text  # read as a follow-up of the question before it


@pytest.mark.asyncio
async def test_a_paste_of_several_lines_asks_each_line_in_order(app):
    from textual import events

    async with app.run_test() as pilot:
        await started(pilot)
        box = app.question_input
        await pilot.press(*"trade in ")
        box.post_message(events.Paste("2024?\n\njoint exercises since 2022?\r\n  \ntrade over time\n"))
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert questions_and_answers(app) == [
            ("trade in 2024?", True), ("joint exercises since 2022?", True), ("trade over time", True)]
        assert box.value == ""
        box.post_message(events.Paste("trade in 20"))  # one line: pasted into the box, not asked
        await pilot.pause()
        assert box.value == "trade in 20" and len(app.query(Exchange)) == 3


@pytest.mark.asyncio
async def test_the_screen_held_from_enter_is_let_go_whatever_was_entered(app):
    """Enter holds the screen until the question is placed with its answer; an empty
    line, a command, a question asked before the database opened and a paste each
    let it go, or the screen would never be drawn again."""
    from textual import events

    async with app.run_test() as pilot:
        await pilot.press("enter")  # the database may still be opening: the question waits, shown
        await pilot.press(*"trade in 2024?", "enter")
        await started(pilot)
        assert app._batch_count == 0 and questions_and_answers(app) == [("trade in 2024?", True)]
        for typed in ("", "/style apa", "/nonsense", "trade in 2022?"):
            await pilot.press(*typed, "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app._batch_count == 0, typed
        app.question_input.post_message(events.Paste("latest trade\n/new\n"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app._batch_count == 0


@pytest.mark.asyncio
async def test_a_question_over_the_limit_is_refused_and_shown_cut(app):
    from assistant.limits import MAX_QUESTION_CHARS

    async with app.run_test() as pilot:
        await started(pilot)
        question = "trade in 2024 and " * 60
        app.ask(question)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        exchange = app.query(Exchange).last()
        shown = text_of(exchange.query_one(".question", Static))
        assert len(shown) < MAX_QUESTION_CHARS + 50 and f"{len(question):,} characters" in shown
        assert f"crr reads questions of up to {MAX_QUESTION_CHARS}" in text_of(exchange.query_one(AnswerView))


def test_a_span_held_only_year_by_year_is_headed_by_its_latest_year(engine):
    """'trade 2018-2024' has no figure of its own: its headline is the latest year's,
    said to be so, never the first year's as if it were the span's."""
    headline = Presenter(engine.store).headline(engine.ask("trade 2018-2024"))
    assert "2024" in headline.caption and "latest" in headline.caption


def test_the_kept_stylesheet_reads_back_the_rules_it_parsed(tmp_path):
    from assistant.frontends.tui.styles import KeptStylesheet

    path = tmp_path / "styles.pickle"
    css, where = ".question { color: $accent; text-style: bold; }", ("app.tcss", "")

    def parsed(variables: dict) -> KeptStylesheet:
        stylesheet = KeptStylesheet(variables=variables, path=path)
        stylesheet.add_source(css, read_from=where)
        stylesheet.parse()
        return stylesheet

    first = parsed({"accent": "red"})
    first.save()
    again = parsed({"accent": "red"})
    assert again.css == first.css and not again.changed  # read back, not parsed
    other_theme = parsed({"accent": "blue"})
    assert other_theme.changed and other_theme.css != first.css
    path.write_bytes(b"not a pickle")
    assert parsed({"accent": "red"}).css == first.css


def test_the_theme_variables_are_kept_from_one_launch_to_the_next(db_path, tmp_path):
    from textual.app import App

    path = tmp_path / "styles.pickle"
    first = CrrApp(db_path, styles_cache=path)
    assert first.stylesheet.changed  # worked out, to be kept
    first.stylesheet.save()
    again = CrrApp(db_path, styles_cache=path)
    assert not again.stylesheet.changed  # read back
    assert again.stylesheet._variables == App.get_css_variables(again)  # as Textual works them out


@pytest.mark.asyncio
async def test_ctrl_b_closes_open_topics_wherever_the_focus_is(app):
    # One key, one toggle: with the topics open and the focus in the input, Ctrl+B closes them.
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        sidebar = app.query_one("#sidebar")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert sidebar.display
        app.question_input.focus()
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert not sidebar.display and app.question_input.has_focus


@pytest.mark.asyncio
async def test_a_style_the_question_names_is_taken_for_the_session_not_kept_as_the_default(app, settings):
    async with app.run_test() as pilot:
        await started(pilot)
        await ask(pilot, "trade in 2024?")
        view = await ask(pilot, "cite that in APA")
        assert app.citation_style == "apa"
        assert not settings.exists() or 'cite_style = "apa"' not in settings.read_text()
        shown = text_of(view)
        assert "(2026, February 11)" in shown
        # the sources answer's own list is not given beside the footnotes
        assert "[1] MERICS, OSW, SCEEUS and NKK, “China-Russia Dashboard" not in shown


@pytest.mark.asyncio
async def test_a_question_that_asks_for_a_table_shows_the_values_table_beside_the_chart(app):
    async with app.run_test() as pilot:
        await started(pilot)
        view = await ask(pilot, "table of LNG exports to China by year")
        assert view.query_one(SeriesChart).display and view.query_one(".values").display
        assert "read as how to lay out the answer" in text_of(view)
