"""The terminal app's chart, drawn by crr from the values: each point where its
value puts it, lines within runs of adjacent periods only, the asked points and
window, the legend, and the ticks."""

from __future__ import annotations

from assistant.frontends.tui.plot import (ASKED, ASKED_MARKER, BRAILLE, FRAME, SOURCE_MARKERS, Plot,
                                          value_ticks, year_ticks)
from assistant.frontends.tui.present import Presenter, Series, SeriesLine


def line(source: str, points: dict[int, float]) -> SeriesLine:
    years = sorted(points)
    return SeriesLine(source, [float(year) for year in years], [points[year] for year in years],
                      [str(year) for year in years])


TWO_SOURCES = Series("Trade (USD bn)", "USD bn", [
    line("First", {2015: 10.0, 2016: 40.0, 2017: 80.0, 2018: 120.0}),
    line("Second", {2015: 12.0, 2017: 60.0, 2018: 100.0}),
])


def value_of_row(plot: Plot, row: int) -> tuple[float, float]:
    """The values a plot row stands for, lowest and highest."""
    per_row = (plot.y_high - plot.y_low) / plot.rows
    top = plot.y_high - (row - plot.top - 1) * per_row
    return top - per_row, top


def year_of_column(plot: Plot, column: int) -> tuple[float, float]:
    per_column = (plot.x_high - plot.x_low) / plot.columns
    left = plot.x_low + (column - plot.left - 1) * per_column
    return left, left + per_column


def test_each_value_is_marked_with_its_sources_glyph_where_its_value_puts_it():
    plot = Plot(TWO_SOURCES, 60, 14)
    for number, source in enumerate(TWO_SOURCES.lines):
        for x, y in zip(source.xs, source.ys):
            row, column = plot.cell(x, y)
            assert (plot.chars[row][column], plot.keys[row][column]) == (SOURCE_MARKERS[number], number)
            low, high = value_of_row(plot, row)
            slack = (plot.y_high - plot.y_low) / (4 * plot.rows)  # half a braille dot either side
            assert low - slack <= y <= high + slack, (source.source, x, y, row)
            first, last = year_of_column(plot, column)
            assert first - 0.5 <= x <= last + 0.5
    # The highest value is in the plot's top row, a value near zero in its bottom row.
    assert plot.cell(2018.0, 120.0)[0] == plot.top + 1
    assert plot.cell(2015.0, 10.0)[0] == plot.bottom - 1
    assert len({plot.cell(x, y) for source in TWO_SOURCES.lines for x, y in zip(source.xs, source.ys)}) == 7


def test_the_value_labels_stand_on_the_rows_of_their_values_and_the_years_under_their_ticks():
    plot = Plot(TWO_SOURCES, 60, 14)
    for level, label in zip(plot.levels, plot.labels):
        row = plot.cell(2015.0, level)[0]
        assert "".join(plot.chars[row][:plot.left + 1]) == f"{label:>{plot.left}}┤"
    years = "".join(plot.chars[-1])
    ticks = "".join(plot.chars[plot.bottom])
    for year in ("2015", "2016", "2017", "2018"):
        start = years.index(year)
        assert ticks[start + 1] == "┬"  # the tick above the year's middle
    assert "".join(plot.chars[0]).strip() == "Trade (USD bn)"


def test_a_line_joins_adjacent_periods_only_so_a_missing_year_is_a_gap():
    gappy = Series("Visits", "visits", [line("Only", {2001: 5.0, 2010: 5.0, 2011: 6.0})])
    plot = Plot(gappy, 60, 10)
    braille = [(r, c) for r in range(plot.height) for c in range(plot.width)
               if BRAILLE < ord(plot.chars[r][c]) <= BRAILLE + 0xFF]
    assert braille
    first, last = plot.cell(2010.0, 5.0)[1], plot.cell(2011.0, 6.0)[1]
    assert all(first <= c <= last for _, c in braille)  # nothing drawn from 2001 to 2010


def test_the_asked_points_and_span_are_marked_in_their_own_colour_and_named_in_the_legend():
    asked = Series("Exercises", "exercises", [line("Dashboard", {2022: 9.0, 2023: 8.0, 2024: 6.0})],
                   highlight=[(2024.0, 6.0)], window=(2022.0, 2024.5))
    plot = Plot(asked, 60, 12)
    row, column = plot.cell(2024.0, 6.0)
    assert (plot.chars[row][column], plot.keys[row][column]) == (ASKED_MARKER, ASKED)
    edge = plot.left + 1 + plot.dot_x(2024.5) // 2
    assert any(plot.chars[r][edge] == "│" and plot.keys[r][edge] == ASKED for r in range(plot.top + 1, plot.bottom))
    legend = ["".join(chars) for chars in plot.chars]
    assert any("•• Dashboard" in text for text in legend) and any("●● asked" in text for text in legend)
    runs = plot.runs(plot.top + 1)
    assert ("••", 0) in runs and "".join(text for text, _ in runs) == "".join(plot.chars[plot.top + 1])
    assert all(key in (FRAME, ASKED, 0) for keys in plot.keys for key in keys)


def test_a_plot_without_room_shows_its_title_and_a_flat_series_is_drawn_level():
    assert Plot(TWO_SOURCES, 8, 3).text().strip() == "Trade (U"
    flat = Plot(Series("Zero", "n", [line("A", {2020: 0.0, 2021: 0.0})]), 40, 10)
    rows = {flat.cell(2020.0, 0.0)[0], flat.cell(2021.0, 0.0)[0]}
    assert len(rows) == 1 and flat.top < rows.pop() < flat.bottom


def test_the_trade_chart_marks_every_value_the_data_holds(engine):
    series = Presenter(engine.store).layout(engine.ask("trade over time")).series
    plot = Plot(series, 147, 18)
    legend_rows = range(plot.top + 1, plot.top + 1 + len(series.lines))
    for source in series.lines:
        for x, y in zip(source.xs, source.ys):
            row, column = plot.cell(x, y)
            if row in legend_rows and column < plot.left + 6 + max(len(s.source) for s in series.lines):
                continue  # under the legend
            assert plot.chars[row][column] in SOURCE_MARKERS, (source.source, x, y)


def test_ticks_are_round():
    assert year_ticks(2001, 2025) == [2001, 2005, 2009, 2013, 2017, 2021, 2025]
    assert value_ticks(0, 245) == [0, 100, 200]
    assert value_ticks(7, 11) == [7, 8, 9, 10, 11]


def test_the_legend_stands_in_the_corner_where_it_hides_no_point():
    # rising values: the top right holds the highest points, the top left is empty
    rising = Plot(TWO_SOURCES, 60, 14)
    # falling values: the top left holds the highest points; the legend goes elsewhere
    falling = Plot(Series("Trade (USD bn)", "USD bn", [
        line("First", {2015: 120.0, 2016: 80.0, 2017: 40.0, 2018: 10.0}),
        line("Second", {2015: 100.0, 2017: 60.0, 2018: 12.0}),
    ]), 60, 14)
    for plot in (rising, falling):
        for number, source in enumerate(plot.series.lines):
            for x, y in zip(source.xs, source.ys):
                row, column = plot.cell(x, y)
                assert plot.chars[row][column] == SOURCE_MARKERS[number], (x, y)
        assert "First" in plot.text() and "Second" in plot.text()
    legend_row = next(r for r in range(falling.height) if "First" in "".join(falling.chars[r]))
    assert legend_row != falling.top + 1 or "".join(falling.chars[legend_row]).index("First") > falling.width // 2
