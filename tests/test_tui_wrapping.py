"""The app's quick wrapping gives the lines Textual's and Rich's own wrapping give."""

import random

import pytest
from rich.text import Text

pytest.importorskip("textual")

from textual.content import Content, Span  # noqa: E402

from assistant.frontends.tui.wrapping import Wrapped, breaks, wrap, wrap_cell  # noqa: E402

# Words, runs of spaces, characters beyond Latin-1 that take one cell (dashes, quotes),
# a wide one, and a word longer than most lines.
PIECES = list("aaaaabbbc  ,.-–“”[]1") + ["  ", "   ", "x" * 12, "—", "é", "中"]


def texts(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 50))) for _ in range(count)]
    return made + ["", " ", "  a", "a  ", "      abc def", "a\u00a0b c", "w" * 50]


def formatted(lines) -> list[tuple]:
    return [(line.x, line.y, line.line_end, line.content.plain, line.content.spans) for line in lines]


@pytest.mark.parametrize("width", [1, 3, 8, 20, 40])
def test_cells_wrap_as_rich_wraps_them(width):
    for text in texts(400):
        for justify in ("left", "right"):
            for overflow in ("fold", "ellipsis"):
                for no_wrap in (False, True):
                    rich = [line.plain for line in Text(text).wrap(None, width, justify=justify, overflow=overflow,
                                                                   no_wrap=no_wrap)]
                    assert wrap_cell(text, width, justify, overflow, no_wrap) == rich, (text, justify, overflow)


@pytest.mark.parametrize("width", [3, 8, 20, 40])
def test_content_wraps_as_textual_wraps_it(width):
    lines = texts(300, seed=2)
    content = Content("\n".join(lines), [Span(3, 40, "bold"), Span(100, 101, "italic"), Span(0, 2000, "red")])
    for line_pad in (0, 1):
        for overflow in ("fold", "ellipsis"):
            ours = wrap(content, width, line_pad=line_pad, overflow=overflow)
            assert formatted(ours) == formatted(content._wrap_and_format(width, line_pad=line_pad, overflow=overflow))
    for text in lines:
        assert formatted(wrap(Content(text), width)) == formatted(Content(text)._wrap_and_format(width))


def test_lines_are_counted_at_once_and_formatted_when_drawn():
    content = Content("\n".join(["one two three four five six"] * 100))
    lines = Wrapped(content, 10)
    assert len(lines) == 300 and not lines._formatted
    assert lines[299].content.plain == "five six"
    assert list(lines._formatted) == [99]


def test_breaks_leave_words_longer_than_the_line_to_rich():
    assert breaks("a bb ccc", 4) == [5]
    assert breaks("a " + "x" * 9, 4) is None
    assert breaks("a " + "x" * 9, 4, fold=False) == [2]
