"""The inline chart of a metric's series, with the asked period highlighted.

`plot.Plot` draws the series as characters; this widget colours them for the
theme and hands Textual one line at a time.  A chart is drawn once for each
size and theme, and only its lines on screen are made into strips.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from .plot import ASKED, FRAME, Plot
from .present import Series

# Line colours that read on the theme's background (the terminal's own colours,
# as ANSI numbers); the asked points and window in red on both.
LINE_COLORS = {True: [6, 3, 2, 5], False: [4, 5, 2, 0]}   # dark: cyan, yellow, green, magenta
ASKED_COLOR = 1


class SeriesChart(Widget):
    """A series' chart, as wide and as tall as the widget."""

    def __init__(self, series: Series, **kwargs) -> None:
        super().__init__(**kwargs)
        self.series = series
        self._plot: Plot | None = None
        self._strips: dict[int, Strip] = {}  # drawn lines by number, until the next refresh
        self._styles: dict[int, Style] = {}  # what each cell belongs to, as a style, until then too

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda theme: self.refresh())

    def plot(self) -> Plot:
        """The series drawn at the widget's size."""
        width, height = self.size
        plot = self._plot
        if plot is None or (plot.width, plot.height) != (width, height):
            plot = self._plot = Plot(self.series, width, height)
        return plot

    def render_line(self, y: int) -> Strip:
        if self._dirty_regions:  # refreshed: resized, restyled or the theme changed
            self._dirty_regions.clear()
            self._strips.clear()
            self._styles.clear()
        strip = self._strips.get(y)
        if strip is None:
            plot = self.plot()
            if y >= plot.height:
                return Strip.blank(self.size.width, self.rich_style)
            styles = self._styles or self._make_styles()
            strip = self._strips[y] = Strip(
                [Segment(text, styles[key]) for text, key in plot.runs(y)], plot.width)
        return strip

    def _make_styles(self) -> dict[int, Style]:
        """The style of the frame, of each line and of what was asked, on the widget's background."""
        base = self.rich_style
        colors = LINE_COLORS[self.app.current_theme.dark]
        styles = {FRAME: base, ASKED: base + Style(color=f"color({ASKED_COLOR})")}
        for number in range(len(self.series.lines)):
            styles[number] = base + Style(color=f"color({colors[number % len(colors)]})")
        self._styles = styles
        return styles
