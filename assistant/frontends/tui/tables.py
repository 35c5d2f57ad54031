"""The values and events tables of an answer, drawn as Rich draws a simple table, in a fraction of the time.

Rich's Table measures and draws every cell through its general machinery
(padding, measurement, nested renderables): 13 ms for the 25 events of a year
here, most of an answer's drawing.  A table of plain-text cells needs little
of it.  `PlainTable` lays its columns out by Rich's rules (each column as
wide as its longest line; when too wide, the widest wrapping columns give way
first) and wraps each cell as Rich's `Text.wrap` does, so it looks the same as
Table(box=SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich._ratio import ratio_reduce
from rich.cells import cell_len
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table

from .wrapping import one_cell_each, wrap_cell

if TYPE_CHECKING:
    from .present import Display

RULE = "─"  # the line under the header
BOLD, ITALIC, PLAIN = Style(bold=True), Style(italic=True), Style()


def cell_width(text: str) -> int:
    """The cells text takes, counted as characters where each takes one."""
    return len(text) if one_cell_each(text) else cell_len(text)


@dataclass(frozen=True)
class Column:
    header: str
    justify: str = "left"
    no_wrap: bool = False
    overflow: str = "ellipsis"


class PlainTable:
    """Rows of plain-text cells under a bold header; a row may be in italics."""

    def __init__(self, columns: list[Column]) -> None:
        self.columns = columns
        self.rows: list[tuple[list[str], bool]] = []
        self._drawn: dict[int, list[list[Segment]]] = {}  # lines for each width drawn at

    def add_row(self, *cells: str, italic: bool = False) -> None:
        self.rows.append((list(cells), italic))

    def _padding(self, index: int) -> tuple[int, int]:
        """Spaces left and right of a column's cells: none at the table's outer edges."""
        return (0 if index == 0 else 1), (0 if index == len(self.columns) - 1 else 1)

    def _cells(self, index: int) -> list[str]:
        return [self.columns[index].header] + [cells[index] for cells, _ in self.rows]

    def _measure(self, index: int, max_width: int) -> Measurement:
        """The narrowest and widest a column can be, padding included (Rich's `_measure_column`)."""
        if max_width < 1:
            return Measurement(0, 0)
        left, right = self._padding(index)
        extra = left + right
        if max_width - extra < 1:
            return Measurement(max_width, max_width)
        lows, highs = [], []
        for cell in self._cells(index):
            measure = len if one_cell_each(cell) else cell_len
            high = max((measure(line) for line in cell.splitlines()), default=0)
            low = max((measure(word) for word in cell.split()), default=high)
            low, high = min(low, max_width - extra), min(high, max_width - extra)
            lows.append(min(low + extra, max_width))
            highs.append(min(high + extra, max_width))
        return Measurement(max(lows, default=1), max(highs, default=max_width)).with_maximum(max_width)

    def _widths(self, max_width: int) -> list[int]:
        """Each column's width, padding included (Rich's `_calculate_column_widths`, not expanded)."""
        widths = [self._measure(i, max_width).maximum or 1 for i in range(len(self.columns))]
        if sum(widths) > max_width:
            wrapable = [not column.no_wrap for column in self.columns]
            widths = Table._collapse_widths(widths, wrapable, max_width)
            if sum(widths) > max_width:
                widths = ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
            widths = [self._measure(i, width).maximum or 0 for i, width in enumerate(widths)]
        return widths

    def _lines(self, max_width: int) -> list[list[Segment]]:
        dividers = len(self.columns) - 1
        widths = self._widths(max(0, max_width - dividers))
        lines = self._row([column.header for column in self.columns], widths, BOLD, header=True)
        lines.append([Segment(RULE * (sum(widths) + dividers))])
        for cells, italic in self.rows:
            lines += self._row(cells, widths, ITALIC if italic else PLAIN)
        return lines

    def _row(self, cells: list[str], widths: list[int], style: Style, header: bool = False) -> list[list[Segment]]:
        """A row's lines: each cell wrapped to its column, the shorter cells filled out with blank
        lines (below them; above them in the header, whose names stand on the rule)."""
        columns = []
        for index, (cell, width) in enumerate(zip(cells, widths)):
            column = self.columns[index]
            left, right = self._padding(index)
            inner = width - left - right
            wrapped = wrap_cell(cell, inner, column.justify, column.overflow, column.no_wrap
                                ) if inner > 0 else []  # no room: Rich draws nothing
            columns.append([" " * left + line + " " * (width - left - right - cell_width(line)) + " " * right
                            for line in wrapped])
        height = max((len(lines) for lines in columns), default=0)
        if header:
            columns = [[""] * (height - len(lines)) + lines for lines in columns]
        rows = []
        for y in range(height):
            segments = []
            for index, (lines, width) in enumerate(zip(columns, widths)):
                if index:
                    segments.append(Segment(" "))
                segments.append(Segment(lines[y] if y < len(lines) and lines[y] else " " * width, style))
            rows.append(segments)
        return rows

    def lines(self, max_width: int) -> list[list[Segment]]:
        """The table's lines at a width, each its segments, laid out once for each width."""
        lines = self._drawn.get(max_width)
        if lines is None:
            if len(self._drawn) >= 4:  # resized again and again: keep the latest widths only
                self._drawn.clear()
            lines = self._drawn[max_width] = self._lines(max_width)
        return lines

    def __rich_console__(self, console, options):
        new_line = Segment.line()
        for line in self.lines(options.max_width):
            yield from line
            yield new_line

    def __rich_measure__(self, console, options) -> Measurement:
        dividers = len(self.columns) - 1
        widths = self._widths(max(0, options.max_width - dividers))
        measured = [self._measure(i, sum(widths)) for i in range(len(self.columns))]
        return Measurement(sum(m.minimum for m in measured) + dividers,
                           sum(m.maximum for m in measured) + dividers)


def values_table(display: Display) -> PlainTable:
    # Columns that would stand empty are left out: at 80 columns every one counts.
    qualifiers = any(row.qualifier for row in display.rows)
    notes = [" ".join(word for word, flag in (("derived", row.derived), (row.disputed, row.disputed)) if flag)
             for row in display.rows]
    columns = [Column("Metric")] if display.several_metrics else []
    columns += [Column("Period", overflow="fold"), Column("Value", justify="right", no_wrap=True), Column("Unit")]
    reporters = any(row.reporter for row in display.rows)
    columns += [Column("Qualifier")] if qualifiers else []
    columns += [Column("Source")] + ([Column("Reported by")] if reporters else [])
    columns += [Column("Note")] if any(notes) else []
    table = PlainTable(columns)
    for row, note in zip(display.rows, notes):
        cells = [row.metric] if display.several_metrics else []
        cells += [row.period, row.value, row.unit] + ([row.qualifier] if qualifiers else [])
        cells += [row.source] + ([row.reporter] if reporters else []) + ([note] if any(notes) else [])
        table.add_row(*cells, italic=row.derived)
    return table


def events_table(display: Display) -> PlainTable:
    table = PlainTable([Column("Date", no_wrap=True), Column("Event"), Column("Source")])
    for event in display.events:
        table.add_row(event.date, event.title, event.source)
    return table
