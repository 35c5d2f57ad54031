"""The terminal app, read on: the place kept when the sidebar opens, links that
never wrap, sidebar names cut with an ellipsis, a span's chart that says which
years it holds, gaps and glyphs in charts, one bibliography an export, and the
settings kept beside the citation style."""

from __future__ import annotations

import pytest

pytest.importorskip("textual")

from textual.widgets import Static, Tree  # noqa: E402

from assistant.frontends.tui.app import CrrApp  # noqa: E402
from assistant.frontends.tui.chart import SeriesChart  # noqa: E402
from assistant.frontends.tui.present import Presenter  # noqa: E402
from assistant.frontends.tui.widgets import Exchange  # noqa: E402
from test_tui import app, ask, settings, started  # noqa: E402,F401 (app and settings are fixtures)


@pytest.mark.asyncio
async def test_opening_and_closing_the_sidebar_keeps_the_answer_being_read_on_top(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        for question in ("trade in 2024?", "trade over time", "joint exercises since 2022?",
                         "what happened in 2022?"):
            await ask(pilot, question)
        conversation = app.query_one("#conversation")
        last = app.query(Exchange).last()
        await pilot.press("pagedown")  # reading further down the last answer
        await pilot.pause()
        reading = conversation.scroll_y - last.virtual_region.y
        assert reading > 0
        for _ in range(3):
            await pilot.press("ctrl+b")
            await pilot.pause()
            await pilot.pause()
            # The same answer at the top, read from about the same place as it reflows.
            top = conversation.scroll_y
            assert last.virtual_region.y <= top < last.virtual_region.bottom
            assert abs((top - last.virtual_region.y) / last.virtual_region.height
                       - reading / last.virtual_region.height) < 0.15


@pytest.mark.asyncio
async def test_footnote_links_are_terminal_hyperlinks_whose_text_never_wraps(app):
    async with app.run_test(size=(80, 30)) as pilot:
        await started(pilot)
        view = await ask(pilot, "trade in 2024?")
        notes = view.query_one(".notes", Static)
        content = notes.content
        links = [(content.plain[span.start:span.end], span.style.link) for span in content.spans
                 if getattr(span.style, "link", None)]
        assert [url for _, url in links] == [
            "https://merics.org/en/china-russia-dashboard-facts-and-figures-special-relationship",
            "https://en.wikipedia.org/wiki/China%E2%80%93Russia_relations#Economic_relations"]
        assert links[1][0] == "en.wikipedia.org/…#Economic_relations"
        lines = [line.plain for line in content.wrap(notes.content_region.width)]
        for label, _ in links:
            assert " " not in label and any(label in line for line in lines), (label, lines)
        assert not any("https://" in line for line in lines)


@pytest.mark.asyncio
async def test_sidebar_names_too_long_end_in_an_ellipsis_and_show_whole_below(app):
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+b")
        await pilot.pause()
        tree = app.query_one(Tree)
        trade = next(node for node in tree.root.children if str(node.label) == "Trade")
        trade.expand()
        await pilot.pause()
        long = next(node for node in trade.children if len(str(node.label)) > 40)
        lines = [tree.render_line(y).text.rstrip() for y in range(len(tree.root.children) + len(trade.children))]
        cut = [line for line in lines if line.endswith("…")]
        assert cut and all(len(line) <= tree.size.width for line in lines)
        tree.move_cursor(long)
        await pilot.pause()
        assert str(app.query_one("#topic-name", Static).content) == str(long.label)


@pytest.mark.asyncio
async def test_a_span_chart_says_which_years_the_data_holds_one_by_one(app):
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot)
        view = await ask(pilot, "joint exercises since 2022?")
        chart = view.query_one(SeriesChart)
        assert [line.periods for line in chart.series.lines] == [["2024", "2025"]]
        note = str(view.query_one(".chart-note", Static).content)
        assert "holds 2024 and 2025 only" in note and "2022–2023" in note
        assert "not held year by year" in note


def test_a_line_joins_adjacent_periods_only_so_a_missing_year_is_a_gap(engine):
    presenter = Presenter(engine.store)
    lines = {line.source: line for line in presenter.layout(engine.ask("trade over time")).series.lines}
    wikipedia = lines["Wikipedia"]
    runs = [[wikipedia.periods[i] for i in run] for run in wikipedia.runs()]
    assert ["2001"] in runs and ["2010", "2011"] in runs and ["2018"] in runs
    assert len(lines["IMF Direction of Trade Statistics, as China reports it"].runs()) == 1


@pytest.mark.asyncio
async def test_the_chart_on_screen_names_each_source_in_its_own_glyph(app):
    from assistant.frontends.tui.plot import SOURCE_MARKERS

    async with app.run_test(size=(120, 50)) as pilot:
        await started(pilot)
        view = await ask(pilot, "trade over time")
        chart = view.query_one(SeriesChart)
        shown = [chart.render_line(y).text for y in range(chart.size.height)]
        assert shown[0].strip() == chart.series.title
        sources = [line.source for line in chart.series.lines]
        for marker, source in zip(SOURCE_MARKERS, sources):  # the legend: glyph twice, then the name
            assert any(f"{marker * 2} {source}" in line for line in shown), source
        assert any("┤" in line for line in shown) and any("2022" in line for line in shown)


@pytest.mark.asyncio
async def test_the_markdown_export_has_one_bibliography(app, tmp_path):
    async with app.run_test() as pilot:
        await started(pilot)
        for question in ("trade in 2024?", "trade in 2022?", "when was the Treaty of Good-Neighborliness signed?"):
            await ask(pilot, question)
        await pilot.press("ctrl+s")
        markdown = next(tmp_path.glob("crr-conversation-*.md")).read_text()
        assert markdown.count("Bibliography") == 1 and "## Bibliography" in markdown
        bibliography = markdown.split("## Bibliography")[1]
        assert bibliography.count("Wikipedia contributors. “China–Russia Relations.”") == 1
        assert bibliography.count("MERICS, OSW, SCEEUS, and NKK.") == 1
        assert markdown.index("## 3.") < markdown.index("## Bibliography")


@pytest.mark.asyncio
async def test_the_theme_and_the_sidebar_are_remembered_beside_the_citation_style(db_path, tmp_path, settings):
    app = CrrApp(db_path, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert app.current_theme.dark and not app.query_one("#sidebar").display
        await pilot.press("f3")
        await pilot.press("ctrl+b")
        await pilot.pause()
        app.set_style("apa")
    text = settings.read_text()
    assert 'theme = "textual-light"' in text and "sidebar = true" in text and 'cite_style = "apa"' in text
    again = CrrApp(db_path, export_dir=tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert not again.current_theme.dark and again.query_one("#sidebar").display
        assert again.citation_style == "apa"
        await pilot.press("ctrl+b")  # open: one press closes them, wherever the focus is
        await pilot.pause()
    assert "sidebar = false" in settings.read_text()


def test_a_headline_of_the_upper_end_of_a_range_says_so(engine):
    from assistant.frontends.tui.present import Presenter

    answer = engine.ask("How often did Putin and Hu meet each year?")
    headline = Presenter(engine.store).headline(answer)
    assert headline.number == "6" and "upper end of a range from 5" in headline.caption
