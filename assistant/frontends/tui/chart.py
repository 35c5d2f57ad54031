"""The inline chart of a metric's series, with the asked period highlighted.

Imported only when an answer has a series to draw (and warmed up in the
background at start-up), so the first screen does not wait for plotext.
"""

from __future__ import annotations

import math

from plotext._utility import colors_to_ansi
from rich.style import Style
from rich.text import Text
from textual_plotext import PlotextPlot

from ...writing.render import format_number
from .present import Series

# Line colours that read on the theme's background; the asked points in red on both.
LINE_COLORS = {True: ["cyan", "orange", "green", "magenta"], False: ["blue", "magenta", "green", "black"]}
ASKED_COLOR = "red"
# Each source's points (and its legend entry) in a glyph of its own, so that the
# sources tell apart without colour too; one cell wide in every terminal.
SOURCE_MARKERS = ["•", "x", "+", "*", "o", "#"]


def year_ticks(low: float, high: float, most: int = 8) -> list[int]:
    """Whole years to label on the x axis, at most `most` of them."""
    first, last = math.floor(low), math.ceil(high)
    step = max(1, math.ceil((last - first + 1) / most))
    return list(range(first, last + 1, step))


def value_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values to label on the y axis: steps of 1, 2 or 5 times a power of ten."""
    if high <= low:
        return [low]
    raw = (high - low) / max(1, most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    tick = first
    while tick <= high + step / 2:
        ticks.append(round(tick, 10))
        tick += step
    return ticks


_STYLES: dict[tuple, Style] = {}  # each of plotext's (colour, style, background) as a Rich style


def _style(colors: tuple) -> Style:
    style = _STYLES.get(colors)
    if style is None:
        spans = Text.from_ansi(f"{colors_to_ansi(*colors)}x").spans
        style = _STYLES[colors] = spans[0].style if spans else Style()
    return style


def canvas_text(plot) -> Text:
    """The plot built, as Rich text read off plotext's grid of characters and colours.

    What plotext's own `build` returns is text with a colour code wherever the
    colour changes, which Rich then reads back: two passes over every cell
    (half of a chart's drawing here) where one will do."""
    plot._set_sizes()
    plot._build_matrix()
    matrix = plot.monitor.matrix
    text = Text(end="")
    append = text.append
    for row in reversed(range(matrix.rows)):
        markers, colors = matrix.marker[row], list(zip(matrix.fullground[row], matrix.style[row],
                                                     matrix.background[row]))
        start = 0
        for col in range(1, matrix.cols + 1):
            if col == matrix.cols or colors[col] != colors[start]:
                append("".join(markers[start:col]), _style(colors[start]))
                start = col
        if row:
            append("\n")
    return text


def warm_up() -> None:
    """Build one small plot, so that the first chart on screen does not pay plotext's set-up."""
    from textual_plotext.plotext_plot import Plot

    plot = Plot()
    plot.plot([1.0, 2.0], [1.0, 2.0], marker="braille")
    plot.plotsize(40, 10)
    canvas_text(plot)


class SeriesChart(PlotextPlot):
    def __init__(self, series: Series, **kwargs) -> None:
        super().__init__(**kwargs)
        self.series = series
        self._drawn = False  # the plot is new until the first draw: nothing to clear

    def render(self) -> Text:
        # As PlotextPlot's own, the built plot read off plotext's grid (`canvas_text`).
        width, height = self.size
        self._plot.plotsize(width, height)
        self._plot._set_size(width, height)
        self._plot.theme(self._get_plotext_theme_name(self.app.theme))
        return canvas_text(self._plot)

    def on_mount(self) -> None:
        self.draw()
        self.app.theme_changed_signal.subscribe(self, lambda theme: self.draw())

    def draw(self) -> None:
        series, plt = self.series, self.plt
        if self._drawn:  # clearing makes the figure anew, as costly as making it
            plt.clear_figure()
        self._drawn = True
        plt.title(series.title)
        colors = LINE_COLORS[self.app.current_theme.dark]
        asked = set(series.highlight)
        for number, line in enumerate(series.lines):
            color = colors[number % len(colors)]
            # A line joins adjacent periods only: a year with no figure is a gap.
            for run in line.runs():
                if len(run) > 1:
                    plt.plot([line.xs[i] for i in run], [line.ys[i] for i in run], marker="braille", color=color)
            # Each value the data holds, marked with its source's glyph, which the legend shows.
            # (Points the question asked for get their own mark below.)
            points = [(x, y) for x, y in zip(line.xs, line.ys) if (x, y) not in asked] or [
                (line.xs[0], line.ys[0])]
            plt.scatter([x for x, _ in points], [y for _, y in points], label=line.source,
                        marker=SOURCE_MARKERS[number % len(SOURCE_MARKERS)], color=color)
        if series.window:
            for edge in series.window:
                plt.vline(edge, ASKED_COLOR)
        if series.highlight:
            xs, ys = zip(*series.highlight)
            plt.scatter(list(xs), list(ys), marker="●", color=ASKED_COLOR, label="asked")
        xs = [x for line in series.lines for x in line.xs]
        low, high = min(xs), max(xs)
        if series.window:
            low, high = min(low, series.window[0]), max(high, series.window[1])
        ticks = year_ticks(low, high)
        plt.xticks(ticks, [str(t) for t in ticks])
        plt.xlim(low - 0.5, high + 0.5)
        ys = [y for line in series.lines for y in line.ys]
        bottom, top = min(ys), max(ys)
        if bottom > 0:  # a positive series is drawn from zero, so a change is not magnified
            bottom = 0
        levels = value_ticks(bottom, top)
        plt.yticks(levels, [format_number(level) for level in levels])
        plt.ylim(min(levels[0], bottom), max(levels[-1], top))
        self.refresh()
