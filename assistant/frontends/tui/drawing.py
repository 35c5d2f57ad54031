"""Widgets that draw their lines themselves, each line once, only those on screen.

Textual draws a widget's every line through its styles for each frame it is
in: an answer's text and tables run to a hundred lines, of which a few are
seen, and the containers around them are blank lines, all the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import Static

from .wrapping import Wrapped

if TYPE_CHECKING:
    from .tables import PlainTable


class UniformLines:
    """For a container with no border, outline or padding above or below: each of
    its own lines (what shows between and around its children, a border at its
    sides included) is the same, so one is drawn and repeated, rather than every
    line drawn through the styles alike."""

    def render_lines(self, crop: Region) -> list[Strip]:
        styles = self.styles
        (top, _), _, (bottom, _), _ = styles.border
        (outline_top, _), _, (outline_bottom, _), _ = styles.outline
        if crop.height < 2 or styles.padding.top or styles.padding.bottom or top or bottom or outline_top \
                or outline_bottom:
            return super().render_lines(crop)
        return super().render_lines(Region(crop.x, crop.y, crop.width, 1)) * crop.height


class LineByLine(Static):
    """A Static laid out once for each width, of which only the lines on screen are drawn,
    each once until the next refresh.

    A Static lays its content out twice, once to measure its height and once
    to draw it, and draws every line whether it is on screen or not; a series
    or a list of events runs to a hundred lines, of which a few are seen.
    While text is selected, it is drawn as a Static is, selection and all."""

    def __init__(self, content, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self._strips: dict[int, Strip] = {}  # drawn lines by number, until the next refresh
        # What every line is drawn with (the widget's style, its links' style), worked out
        # once until the next refresh: each walks up the widget's ancestors.
        self._drawing: dict[str, object] = {}
        self._drawn_whole = False  # whether Static's own drawing is current

    def drawn_with(self, name: str):
        """The widget's `rich_style`, `visual_style`, `link_style`, `screen` or `size`, as of the last refresh."""
        value = self._drawing.get(name)
        if value is None:
            value = self._drawing[name] = getattr(self, name)
        return value

    def line_count(self, width: int) -> int:
        raise NotImplementedError

    def draw_line(self, y: int, width: int) -> Strip:
        """Line `y` of the content at `width`, one that exists."""
        raise NotImplementedError

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self.line_count(width) if width else 0

    def render_line(self, y: int) -> Strip:
        if self._dirty_regions:  # refreshed: restyled, resized or changed
            self._dirty_regions.clear()
            self._strips.clear()
            self._drawing.clear()
            self._drawn_whole = False
        screen = self.drawn_with("screen")
        if screen._selecting or self in screen.selections:
            if not self._drawn_whole:
                self._render_content()
                self._drawn_whole = True
            return super().render_line(y)
        strip = self._strips.get(y)
        if strip is None:
            width = self.drawn_with("size").width
            if y >= self.line_count(width):
                return Strip.blank(width, self.drawn_with("visual_style").rich_style)
            strip = self._strips[y] = self.draw_line(y, width)
        return strip


class Prose(LineByLine):
    """Text that may run long, wrapped once for each width."""

    def __init__(self, content: Content, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self._wrapped: tuple[object, Wrapped] | None = None  # the visual, and its lines at a width

    def _lines(self, width: int) -> Wrapped:
        visual = self.visual
        if self._wrapped is None or self._wrapped[0] is not visual or self._wrapped[1].width != width:
            get_rule = self.styles.get_rule
            lines = Wrapped(visual, width, align=get_rule("text_align", "left"),
                            overflow=get_rule("text_overflow", "fold"),
                            no_wrap=get_rule("text_wrap", "wrap") == "nowrap", line_pad=get_rule("line_pad", 0),
                            get_style=self._get_style)
            self._wrapped = (visual, lines)
            self._strips.clear()
        return self._wrapped[1]

    def line_count(self, width: int) -> int:
        return len(self._lines(width))

    def draw_line(self, y: int, width: int) -> Strip:
        strip = Strip(*self._lines(width)[y].to_strip(self.drawn_with("visual_style")))
        return strip._apply_link_style(self.drawn_with("link_style")) if self.auto_links else strip


class TableView(LineByLine):
    """A values or events table (`tables.PlainTable`), drawn straight from the table's
    segments: as a Static, it would go through Rich's console, twice."""

    def __init__(self, table: PlainTable, **kwargs) -> None:
        super().__init__(table, **kwargs)
        self.table = table

    def line_count(self, width: int) -> int:
        return len(self.table.lines(width))

    def draw_line(self, y: int, width: int) -> Strip:
        base = self.drawn_with("rich_style")
        return Strip([Segment(segment.text, base + segment.style if segment.style else base)
                      for segment in self.table.lines(width)[y]])
