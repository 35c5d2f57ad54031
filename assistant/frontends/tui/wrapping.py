"""Text wrapped to a width as Textual and Rich wrap it, in a fraction of the time.

An answer's text, its footnotes and its tables' cells run to thousands of
characters, nearly all of them one cell wide.  Rich finds where to break a
line by measuring each word's cells, a character at a time for any text
beyond Latin-1 (a dash, a curly quote), and Textual then formats every line
it has broken.  Here the cells of text whose characters are all one cell
wide are counted as characters, and a line is formatted only when it is
drawn: a series' text is a hundred lines, of which a few are on screen.
Anything else (a tab, a wide character, a word longer than the line) is
wrapped by Textual's or Rich's own code.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich._loop import loop_last
from rich.cells import get_character_cell_size
from rich.text import Text
from textual.content import Content, Span, _FormattedLine

_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces around it, as Rich's divide_line reads words
_TRAILING_SPACE = re.compile(r"\s+$")
_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than a space
_WORD_START = re.compile(r"[^ ]")
_ONE_CELL: set[str] = set()  # characters found to be one cell wide


def one_cell_each(text: str) -> bool:
    """Whether every character of `text` takes one cell, so that its cells are its characters."""
    characters = set(text)
    if characters <= _ONE_CELL:
        return True
    for character in characters - _ONE_CELL:
        if get_character_cell_size(character) != 1:
            return False
        _ONE_CELL.add(character)
    return True


def breaks(text: str, width: int, fold: bool = True) -> list[int] | None:
    """Where Rich's `divide_line` breaks one-cell text to fit `width`; None where
    a word is longer than the line and would be folded (Rich's own then)."""
    if _OTHER_SPACE.search(text):
        return _breaks_word_by_word(text, width, fold)
    # Rich takes words while each, without the spaces after it, ends within the
    # line, and breaks before the first that does not: found here line by line.
    offsets: list[int] = []
    end = len(text.rstrip(" "))  # where the last word ends
    start = 0  # where the line starts
    first = len(text) - len(text.lstrip(" "))  # where the first line's first word starts
    while start + width < end:
        limit = start + width
        if text[limit] == " ":  # the word at the limit ends there: the next word breaks
            if limit < first:  # the first word and the spaces before it are longer than the line
                return _breaks_word_by_word(text, width, fold)
            cut = _WORD_START.search(text, limit).start()
        else:  # the word running over the limit breaks, unless it is the line's first
            cut = text.rfind(" ", start, limit) + 1
            if cut <= max(start, first):
                return _breaks_word_by_word(text, width, fold)
        offsets.append(cut)
        start = first = cut
    return offsets


def _breaks_word_by_word(text: str, width: int, fold: bool) -> list[int] | None:
    """`breaks`, as Rich finds them: a word at a time."""
    offsets: list[int] = []
    used = 0  # cells on the line so far
    for match in _WORD.finditer(text):
        start, end = match.span()
        length = len(match.group().rstrip())
        if width - used >= length:
            used += end - start
        elif length > width:
            if fold:
                return None
            if start:  # no folding: the word is cut at the line's end
                offsets.append(start)
            used = end - start
        elif used and start:
            offsets.append(start)
            used = end - start
    return offsets


class Wrapped:
    """A Content's lines at a width, as Content's `_wrap_and_format` makes them: counted
    at once, each formatted when first asked for."""

    def __init__(self, content: Content, width: int, *, align: str = "left", overflow: str = "fold",
                 no_wrap: bool = False, line_pad: int = 0, get_style=None) -> None:
        self.content, self.width = content, width
        self.align, self.overflow, self.no_wrap = align, overflow, no_wrap
        self.line_pad, self.get_style = line_pad, get_style
        self._starts: list[int] = []  # where each source line starts in the content
        # For each line: its source line's number and its place among that line's pieces.
        self.places: list[tuple[int, int]] = []
        # Where each source line left to format is cut; None for a line that fits as it is.
        self._cuts: dict[int, list[int] | None] = {}
        self._formatted: dict[int, list[_FormattedLine]] = {}  # each source line's lines, once made
        self._spans: list[list[Span]] | None = None  # each source line's spans, once needed
        room = width - 2 * line_pad
        fold = overflow == "fold"
        plain = content.plain
        one_cell = one_cell_each(plain)  # else each line is looked at on its own
        places, cuts_of = self.places, self._cuts
        texts = plain.split("\n")
        start = 0
        for text in texts:
            self._starts.append(start)
            start += len(text) + 1
        for y, text in enumerate(texts):
            cuts = None
            if not no_wrap and "\t" not in text and (one_cell or one_cell_each(text)):
                if len(text) <= room:
                    cuts_of[y] = None
                    places.append((y, 0))
                    continue
                cuts = breaks(text, room, fold)
            if cuts is None:  # Textual's own wrapping, at once
                formatted = self._formatted[y] = self._by_textual(y)
                count = len(formatted)
            else:
                cuts_of[y] = cuts
                count = len(cuts) + 1
            places += [(y, piece) for piece in range(count)]
    def __len__(self) -> int:
        return len(self.places)

    def __getitem__(self, index: int) -> _FormattedLine:
        y, piece = self.places[index]
        lines = self._formatted.get(y)
        if lines is None:
            lines = self._formatted[y] = self._format(y)
        return lines[piece]

    def all(self) -> list[_FormattedLine]:
        return [self[index] for index in range(len(self))]

    def _source(self, y: int) -> Content:
        """Source line `y`, as `content.split(allow_blank=True)[y]` gives it (splitting it all
        would take longer than the lines on screen take to draw)."""
        starts, plain = self._starts, self.content.plain
        if self._spans is None:  # each span cut to the lines it covers, as Content.divide cuts it
            self._spans = [[] for _ in starts]
            for span_start, span_end, style in self.content.spans:
                for line in range(max(0, bisect_right(starts, span_start) - 1), len(starts)):
                    start = starts[line]
                    if start >= span_end:
                        break
                    end = starts[line + 1] - 1 if line + 1 < len(starts) else len(plain)
                    if min(span_end, end) > max(span_start, start):
                        self._spans[line].append(Span(max(0, span_start - start), min(span_end, end) - start, style))
        start = starts[y]
        end = starts[y + 1] - 1 if y + 1 < len(starts) else len(plain)
        return Content(plain[start:end], self._spans[y])

    def _by_textual(self, y: int) -> list[_FormattedLine]:
        lines = self._source(y)._wrap_and_format(self.width, align=self.align, overflow=self.overflow,
                                                 no_wrap=self.no_wrap, line_pad=self.line_pad, tab_size=8,
                                                 get_style=self.get_style)
        for line in lines:
            line.y = y  # the line's number in the whole content, for selecting text
        return lines

    def _format(self, y: int) -> list[_FormattedLine]:
        """A source line's pieces formatted, as `Content._wrap_and_format` formats them."""
        line, cuts, width, pad = self._source(y), self._cuts[y], self.width, self.line_pad
        if cuts is None:
            return [_FormattedLine(self.get_style, line.pad(pad, pad), width, 0, y, align=self.align,
                                   line_end=True)]
        ellipsis = self.overflow == "ellipsis"
        pieces = [piece.truncate(width, ellipsis=ellipsis) if last
                  else piece.rstrip().truncate(width, ellipsis=ellipsis)
                  for last, piece in loop_last(line.divide(cuts))]
        lines = [_FormattedLine(self.get_style, piece.rstrip_end(width).pad(pad, pad), width, x, y,
                                align=self.align)
                 for piece, x in zip(pieces, [0, *cuts])]
        lines[-1].line_end = True
        return lines


def wrap(content: Content, width: int, *, align: str = "left", overflow: str = "fold", no_wrap: bool = False,
         line_pad: int = 0, get_style=None) -> list[_FormattedLine]:
    """Content's lines wrapped to `width` and formatted, as Content's own `_wrap_and_format` makes them."""
    return Wrapped(content, width, align=align, overflow=overflow, no_wrap=no_wrap, line_pad=line_pad,
                   get_style=get_style).all()


def wrap_cell(text: str, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
    """A table cell's lines, as `Text(text).wrap(console, width, justify=..., overflow=..., no_wrap=...)`
    gives them (each as wide as `width` when justified left or right)."""
    if "\n" in text or "\t" in text or justify not in ("left", "right") or not one_cell_each(text):
        return [line.plain for line in Text(text).wrap(None, width, justify=justify, overflow=overflow,
                                                        no_wrap=no_wrap)]
    if no_wrap:
        pieces = [text]
    else:
        cuts = breaks(text, width, fold=overflow == "fold")
        if cuts is None:
            return [line.plain for line in Text(text).wrap(None, width, justify=justify, overflow=overflow,
                                                            no_wrap=no_wrap)]
        pieces = [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]
        pieces = [_rstrip_end(piece, width) for piece in pieces]
    lines = []
    for piece in pieces:
        if justify == "right":
            piece = _truncate(piece.rstrip(), width, overflow)
            piece = " " * (width - len(piece)) + piece
        else:
            piece = _truncate(piece, width, overflow)
            piece += " " * (width - len(piece))
        lines.append(piece)
    return lines


def _rstrip_end(text: str, width: int) -> str:
    """Rich's `Text.rstrip_end`: the spaces beyond `width` at the end removed."""
    if len(text) > width:
        spaces = _TRAILING_SPACE.search(text)
        if spaces is not None:
            return text[:len(text) - min(len(spaces.group(0)), len(text) - width)]
    return text


def _truncate(text: str, width: int, overflow: str) -> str:
    """Rich's `Text.truncate` for one-cell text."""
    if len(text) > width:
        return text[:width - 1] + "…" if overflow == "ellipsis" else text[:width]
    return text
