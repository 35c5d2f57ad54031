"""A series drawn as a grid of characters: a frame with round ticks, a braille
line for each source, each value marked with its source's glyph, the asked
points and window, and a legend.

No Textual and no Rich here: `Plot` says which character goes in each cell
and what it belongs to (the frame, a source's line, what was asked), and the
chart widget gives each its colour.  Drawn by crr from the values, in one pass
over the cells, rather than by a plotting library that lays out and writes a
whole figure for each frame.
"""

from __future__ import annotations

import math
from itertools import groupby

from ...writing.render import format_number
from .present import Series

# Each source's points (and its legend entry) in a glyph of its own, so that the
# sources tell apart without colour too; one cell wide in every terminal.
SOURCE_MARKERS = ["•", "x", "+", "*", "o", "#"]
ASKED_MARKER = "●"
# What a cell belongs to, besides a source's line (keyed by its number from 0).
FRAME = -1   # the frame, the ticks, the title and the legend's words
ASKED = -2   # the points and the window the question asked about

BRAILLE = 0x2800
# The bit of each of a braille cell's eight dots, by row (top first) and column.
DOT_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))


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


class Plot:
    """The chart of a series in `width` × `height` cells.

    Row 0 is the title, then the frame's top, the plot's rows, the frame's
    bottom with the year ticks, and the years.  The value labels stand left of
    the frame.  `chars[row][column]` is a cell's character and `keys[row][column]`
    what it belongs to: FRAME, ASKED or a line's number."""

    def __init__(self, series: Series, width: int, height: int) -> None:
        self.series, self.width, self.height = series, width, height
        self.chars = [[" "] * width for _ in range(height)]
        self.keys = [[FRAME] * width for _ in range(height)]
        xs = [x for line in series.lines for x in line.xs]
        ys = [y for line in series.lines for y in line.ys]
        low, high = min(xs), max(xs)
        if series.window:
            low, high = min(low, series.window[0]), max(high, series.window[1])
        self.years = year_ticks(low, high)
        self.x_low, self.x_high = low - 0.5, high + 0.5
        bottom, top = min(ys), max(ys)
        if bottom > 0:  # a positive series is drawn from zero, so a change is not magnified
            bottom = 0
        self.levels = value_ticks(bottom, top)
        self.y_low, self.y_high = min(self.levels[0], bottom), max(self.levels[-1], top)
        if self.y_high <= self.y_low:  # one value, all of them zero: a flat line in the middle
            self.y_low, self.y_high = self.y_low - 1, self.y_high + 1
        self.labels = [format_number(level) for level in self.levels]
        self.left = max(len(label) for label in self.labels)  # the frame's left column
        self.right = width - 1
        self.top, self.bottom = 1, height - 2  # the frame's rows
        # The plot's cells, inside the frame, and the braille dots they hold.
        self.columns = self.right - self.left - 1
        self.rows = self.bottom - self.top - 1
        if self.columns < 4 or self.rows < 2:
            self._put(0, 0, series.title[:width])  # no room to plot: the title alone
            return
        self._draw()

    # --- where a value goes ---------------------------------------------------

    def dot_x(self, x: float) -> int:
        """The braille dot column of year `x`, from 0 at the plot's left."""
        return round((x - self.x_low) / (self.x_high - self.x_low) * (2 * self.columns - 1))

    def dot_y(self, y: float) -> int:
        """The braille dot row of value `y`, from 0 at the plot's top."""
        return round((self.y_high - y) / (self.y_high - self.y_low) * (4 * self.rows - 1))

    def cell(self, x: float, y: float) -> tuple[int, int]:
        """The (row, column) of the cell a point is drawn in."""
        return self.top + 1 + self.dot_y(y) // 4, self.left + 1 + self.dot_x(x) // 2

    # --- drawing --------------------------------------------------------------

    def _put(self, row: int, column: int, text: str, key: int = FRAME) -> None:
        """`text` from `column` on, as much of it as falls within the width."""
        start, end = max(column, 0), min(column + len(text), self.width)
        if start < end:
            self.chars[row][start:end] = text[start - column:end - column]
            self.keys[row][start:end] = [key] * (end - start)

    def _draw(self) -> None:
        series = self.series
        self._frame()
        if series.window:  # the asked span's edges, under the lines
            for edge in series.window:
                column = self.left + 1 + self.dot_x(edge) // 2
                for row in range(self.top + 1, self.bottom):
                    self._put(row, column, "│", ASKED)
        self._lines()
        asked = set(series.highlight)
        for number, line in enumerate(series.lines):
            marker = SOURCE_MARKERS[number % len(SOURCE_MARKERS)]
            for x, y in zip(line.xs, line.ys):
                if (x, y) not in asked:
                    self._put(*self.cell(x, y), marker, number)
        for x, y in series.highlight:
            self._put(*self.cell(x, y), ASKED_MARKER, ASKED)
        self._legend()

    def _frame(self) -> None:
        left, right, top, bottom = self.left, self.right, self.top, self.bottom
        title = self.series.title[:right - left + 1]
        self._put(0, left + (right - left + 1 - len(title)) // 2, title)
        inside = "─" * self.columns
        self._put(top, left, f"┌{inside}┐")
        self._put(bottom, left, f"└{inside}┘")
        for row in range(top + 1, bottom):
            self._put(row, left, "│")
            self._put(row, right, "│")
        for level, label in zip(self.levels, self.labels):
            row = self.top + 1 + self.dot_y(level) // 4
            self._put(row, left - len(label), f"{label}┤")
        end = -1  # the last column a year's label took
        for year in self.years:
            if not self.x_low <= year <= self.x_high:
                continue
            column = self.left + 1 + self.dot_x(year) // 2
            self._put(bottom, column, "┬")
            label = str(year)
            start = column - (len(label) - 1) // 2
            if start > end + 1 and start + len(label) <= self.width:
                self._put(self.height - 1, start, label)
                end = start + len(label) - 1

    def _lines(self) -> None:
        """Each source's line in braille dots, joining adjacent periods only: a
        period with no figure is a gap.  A cell two lines cross is the later one's."""
        dots: dict[tuple[int, int], int] = {}
        owner: dict[tuple[int, int], int] = {}
        for number, line in enumerate(self.series.lines):
            for run in line.runs():
                points = [(self.dot_x(line.xs[i]), self.dot_y(line.ys[i])) for i in run]
                for (x0, y0), (x1, y1) in zip(points, points[1:]):
                    for x, y in _segment(x0, y0, x1, y1):
                        where = (y // 4, x // 2)
                        dots[where] = dots.get(where, 0) | DOT_BITS[y % 4][x % 2]
                        owner[where] = number
        for (row, column), bits in dots.items():
            self._put(self.top + 1 + row, self.left + 1 + column, chr(BRAILLE + bits), owner[(row, column)])

    def _legend(self) -> None:
        """One row for each source (its glyph twice, then its name) and one for what
        was asked, as many as there are rows, in the corner of the plot where it hides
        the fewest points and lines (the top left when it hides none there): the highest
        values, often the point of the chart, stay in sight."""
        entries = [(SOURCE_MARKERS[n % len(SOURCE_MARKERS)], line.source, n)
                   for n, line in enumerate(self.series.lines)]
        if self.series.highlight:
            entries.append((ASKED_MARKER, "asked", ASKED))
        room = self.columns - 2
        entries = entries[:max(0, self.bottom - self.top - 1)]
        if not entries or room <= 0:
            return
        width = min(room, max(4 + 1 + len(name) for _, name, _ in entries))
        first_rows = (self.top + 1, self.bottom - len(entries))
        first_columns = (self.left + 2, max(self.left + 2, self.right - 1 - width))
        corners = [(row, column) for row in first_rows for column in first_columns]
        row, column = min(corners, key=lambda corner: self._hidden(*corner, len(entries), width))
        for row, (marker, name, key) in zip(range(row, self.bottom), entries):
            self._put(row, column, (marker * 2)[:room], key)
            self._put(row, column + 2, f" {name}"[:max(0, width - 2)])

    def _hidden(self, row: int, column: int, rows: int, width: int) -> int:
        """How many drawn cells (points, lines, the asked span) a legend box would cover."""
        return sum(key != FRAME for keys in self.keys[row:row + rows] for key in keys[column:column + width])

    # --- reading it -------------------------------------------------------------

    def runs(self, row: int) -> list[tuple[str, int]]:
        """A row as runs of characters that belong to one thing, left to right."""
        chars = self.chars[row]
        runs, start = [], 0
        for key, cells in groupby(self.keys[row]):  # a row holds a few runs, and a hundred cells or more
            end = start + len(list(cells))
            runs.append(("".join(chars[start:end]), key))
            start = end
        return runs

    def text(self) -> str:
        return "\n".join("".join(chars) for chars in self.chars)


def _segment(x0: int, y0: int, x1: int, y1: int):
    """The dots of a straight line from one dot to another, both ends included (Bresenham)."""
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    step_x, step_y = (1 if x1 > x0 else -1), (1 if y1 > y0 else -1)
    error = dx + dy
    while True:
        yield x0, y0
        if x0 == x1 and y0 == y1:
            return
        double = 2 * error
        if double >= dy:
            error += dy
            x0 += step_x
        if double <= dx:
            error += dx
            y0 += step_y
