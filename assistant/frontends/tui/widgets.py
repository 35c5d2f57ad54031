"""The conversation's widgets: the question input, one exchange, one answer.

Each widget places what `present.Presenter.layout` computed; none of them
asks the engine anything.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.style import Style as RichStyle
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.layout import DockArrangeResult
from textual.renderables.digits import Digits
from textual.scrollbar import ScrollBar
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Input, Static

from .drawing import Prose, TableView, UniformLines
from .wrapping import wrap  # noqa: F401  (for those who import it from here)

if TYPE_CHECKING:
    from .present import Display, Headline

_MARK = re.compile(r"(\[\d+\])")
# A web address in a citation, without the punctuation that follows it in the sentence.
_URL = re.compile(r"(https?://[^\s<>]+[^\s<>.,;:)\]])")
# Every control code but tab and newline: more than Content strips from text (BEL, BS,
# VT, FF, CR), so text without any needs no stripping.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def needs_stripping(text: str) -> bool:
    """Whether text may hold a control code that Content strips.  An answer runs to
    thousands of characters, which Content otherwise looks up one by one, each
    time one is made; one search finds that there are none."""
    return _CONTROL.search(text) is not None


def marked(text: str) -> Content:
    """Text with its citation marks [1] picked out and its web addresses as
    terminal hyperlinks (OSC 8), each shown by a short label that a line never
    breaks (`present.link_label`): a click opens the whole address."""
    # Imported here, as the engine's modules are: the first screen needs none of them.
    from .present import link_label

    parts = []
    for piece in _MARK.split(text):
        if _MARK.fullmatch(piece):
            parts.append((piece, "bold $text-accent"))
            continue
        for part in _URL.split(piece):
            if _URL.fullmatch(part):
                parts.append((link_label(part), Style(underline=True, link=part)))
            elif part:
                parts.append(part)
    return Content.assemble(*parts, strip_control_codes=needs_stripping(text))


class QuestionInput(Input):
    """The question line: Enter asks, up and down walk the history, Tab completes.

    Enter is handled here, in the order the keys came, not by a binding that
    runs once the key has bubbled up to the app: by then the keys typed after
    it would be in the line too.  Enter posts the question and empties the
    line, so what is typed next, however fast, starts the next question.  A
    paste of several lines asks each of them (the first with what the line
    held), as pressing Enter after each line would.
    """

    BINDINGS = [
        Binding("up", "history(-1)", "Previous question", show=False),
        Binding("down", "history(1)", "Next question", show=False),
        Binding("tab", "complete", "Complete", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        from . import writing

        # Back in the box, what it holds stays as it was: a key typed goes after it, never over it.
        super().__init__(select_on_focus=False, **kwargs)
        self.history: list[str] = writing.read_history()  # the questions of earlier sessions
        self._position: int | None = None   # index into history while walking it
        self._draft = ""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.prevent_default()
            event.stop()
            await self.action_submit()

    async def action_submit(self) -> None:
        question, self.value = self.value, ""
        self.submit(question)

    def submit(self, question: str) -> None:
        """Post a question, the screen held until the app has placed it with its
        answer (see `CrrApp.ask`): the emptied line is not drawn on its own first."""
        self.app._begin_batch()
        self.post_message(self.Submitted(self, question))

    def _on_paste(self, event: events.Paste) -> None:
        lines = event.text.splitlines()
        if len(lines) < 2:
            return  # one line: Input's own handler, called after this one, inserts it
        event.prevent_default()
        event.stop()
        if self.selection.is_empty:
            self.insert_text_at_cursor(lines[0])
        else:
            self.replace(lines[0], *self.selection)
        questions, self.value = [self.value, *lines[1:]], ""
        for question in questions:
            if question.strip():
                self.submit(question)

    def remember(self, question: str) -> None:
        """Keep a question for ↑, in this session and the next ones."""
        from . import writing

        if not self.history or self.history[-1] != question:
            self.history.append(question)
            writing.keep_in_history(question)
        self._position = None
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._position is None:
            if step > 0:
                return
            self._draft = self.value
            self._position = len(self.history)
        self._position = max(0, self._position + step)
        if self._position >= len(self.history):
            self._position = None
            self.value = self._draft
        else:
            self.value = self.history[self._position]
        self.cursor_position = len(self.value)

    def action_complete(self) -> None:
        # Input keeps its suggestion in `_suggestion`; Tab accepts it as → does at the end.
        if self._suggestion and self.cursor_at_end and len(self._suggestion) > len(self.value):
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()


class HeadlineView(Static):
    """An answer's figure in large digits, with its unit and caption beside it.

    One widget where a row of Textual's Digits and a Static took three: each
    widget costs layout and drawing time whenever an answer is shown.  Its
    content is the words; the digits are drawn before them."""

    GAP = 2  # columns between the digits and the words

    def __init__(self, headline: Headline, **kwargs) -> None:
        unit = headline.unit + (f" ({headline.qualifier})" if headline.qualifier else "")
        super().__init__(Content.assemble((unit, "bold $text-accent"), "\n", (headline.caption, "$text-muted")),
                         **kwargs)
        self.number = headline.number
        self._lines: tuple[int, list[Content]] | None = None  # the width, and the lines drawn at it

    def _drawn(self, width: int) -> list[Content]:
        if self._lines is None or self._lines[0] != width:
            figure = Digits(self.number)
            digits_width = figure.get_width(self.number)
            # The bold font, as Textual's Digits draws it in a bold style.
            rows = "".join(segment.text for segment in figure.render(RichStyle(bold=True))).splitlines()
            digits = [Content.styled(row, "bold $text-accent") for row in rows]
            words = self.visual.wrap(max(1, width - digits_width - self.GAP))
            blank = Content(" " * digits_width)
            lines = [(digits[y] if y < len(digits) else blank).pad_right(self.GAP)
                     + (words[y] if y < len(words) else Content(""))
                     for y in range(max(len(digits), len(words)))]
            self._lines = (width, lines)
        return self._lines[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._drawn(width)) if width else 0

    def render(self) -> Content:
        return Content("\n").join(self._drawn(self.size.width))

    def get_selection(self, selection) -> tuple[str, str]:
        return f"{self.number} {self.visual}", "\n"


def notes(display: Display) -> Content:
    """What follows the figures: derivations and disagreements, footnotes, suggestions."""
    marks = [f"derived by crr: {line}" for line in display.derivations]
    marks += [f"≠ {line}" for line in display.disagreements]
    sections: list = []
    if marks:
        sections.append("\n".join(marks))
    if display.footnotes:
        sections.append(marked("\n".join(display.footnotes)))
    if display.suggestions:
        sections.append(("Try: " + "  ·  ".join(display.suggestions), "italic"))
    parts = [part for section in sections for part in ("\n\n", section)][1:]
    plain = "".join(part if isinstance(part, str) else part[0] if isinstance(part, tuple) else part.plain
                    for part in parts)
    return Content.assemble(*parts, strip_control_codes=needs_stripping(plain))


# What an answer that gives none lacks, by what the question asked for: a "who" question
# lacks no figure, and its text may still name what the record says.
UNANSWERED_HEADINGS = {
    "value": "No figure in the data for this question",
    "who": "No one named in the data for this question",
    "name": "No name in the data for this question",
    "when": "No date in the data for this question",
    "what_happened": "No event in the data for this question",
    "judgement": "A judgement, which crr does not give",
    "where": "No place in the data for this question",
}


class AnswerView(UniformLines, Vertical):
    """One answer: headline, sentences, values or chart, marks, footnotes."""

    def __init__(self, display: Display, **kwargs) -> None:
        # Its classes given as it is made: set afterwards, each would match the
        # stylesheet again, before the view is even mounted.
        marks = ["-unanswered"] * (not display.answered) + ["-has-chart"] * (display.series is not None) \
            + ["-table-asked"] * ((display.answer.reading or {}).get("layout") == "table")
        super().__init__(classes=" ".join([kwargs.pop("classes", ""), *marks]).strip() or None, **kwargs)
        self.display_data = display

    @property
    def has_chart(self) -> bool:
        return self.display_data.series is not None

    def compose(self) -> ComposeResult:
        # Few widgets per answer: every one of them costs layout time on each refresh.
        from .tables import events_table, values_table  # not needed for the first screen

        d = self.display_data
        if d.interpretation:
            yield Static(Content.styled(d.interpretation, "$text-muted"), classes="reading")
        if d.headline:
            yield HeadlineView(d.headline, classes="headline")
        elif not d.answered:
            yield Static(Content(UNANSWERED_HEADINGS.get(d.kind, UNANSWERED_HEADINGS["value"])), classes="no-figure")
        # A series is its chart; other answers say their figures first.
        chart_first = d.kind == "series"
        # With a chart, the table is made when Ctrl+T first shows tables (`show_table`), or at
        # once when the question asked for a table ("table of trade by year").
        asked_table = (d.answer.reading or {}).get("layout") == "table"
        table = d.rows and (not self.has_chart or asked_table or any(node.has_class("-tables") for node in self.ancestors))
        if chart_first:
            yield from self._chart()
            if table:
                yield TableView(values_table(d), classes="values")
        yield Prose(marked(d.text), classes="text")
        if d.events and not all(event.title in d.text for event in d.events):
            # A list of events the text already gives in full is not shown twice.
            yield TableView(events_table(d), classes="events")
        if not chart_first:
            yield from self._chart()
        if table and not chart_first:
            yield TableView(values_table(d), classes="values")
        yield Prose(notes(d), classes="notes")

    def show_table(self) -> None:
        """Make the values table of an answer with a chart, if it is not made yet."""
        if self.display_data.rows and not self.query(".values"):
            from .tables import values_table

            # In the chart's place: a series is its chart, or its table, before its words.
            place = ".text" if self.display_data.kind == "series" else ".notes"
            self.mount(TableView(values_table(self.display_data), classes="values"), before=self.query_one(place))

    def restyle(self, footnotes: list[str]) -> None:
        """Show the citations in another style."""
        self.display_data = replace(self.display_data, footnotes=footnotes)
        self.query_one(".notes", Static).update(notes(self.display_data))

    def _chart(self) -> ComposeResult:
        if self.display_data.series is not None:
            from .chart import SeriesChart

            yield SeriesChart(self.display_data.series, classes="chart")
            if self.display_data.series.note:
                yield Static(Content(self.display_data.series.note), classes="chart-note")
        elif self.display_data.chart_note:
            yield Static(Content(self.display_data.chart_note), classes="chart-note")


class ConversationView(UniformLines, VerticalScroll):
    """The scrolling conversation.  `pin` puts a newly added exchange's question at
    the top; when the width changes (a resize, the sidebar opening or closing) and
    every answer reflows, the place being read stays at the top."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._pinned: tuple[Widget, float] | None = None  # a widget, and how far into it to scroll
        self._placed: list[tuple[Widget, int, int]] = []  # each child's top and height, as last laid out
        self._width: int | None = None

    def pin(self, widget: Widget, into: float = 0.0) -> None:
        """Scroll so that `widget` starts at the top (or the fraction `into` of it),
        in the same layout that places it."""
        self._pinned = (widget, into)
        self.refresh(layout=True)

    def reading(self) -> tuple[Widget, float] | None:
        """The child at the top of the view, and how far into it the view starts."""
        here = self.scroll_y
        for widget, top, height in reversed(self._placed):
            if top <= here and widget.is_attached:
                return widget, (here - top) / height if height else 0.0
        return None

    def arrange(self, size: Size, optimal: bool = False) -> DockArrangeResult:
        # The scroll is set while the compositor lays the conversation out (as
        # Textual's own `anchor` does), so the screen is drawn once, already
        # scrolled, rather than once at the old position and again after it.
        if self._pinned is None and self._width is not None and size.width != self._width:
            self._pinned = self.reading()  # reflowed: read on from the same place
        arrangement = super().arrange(size, optimal)
        self._width = size.width
        self._placed = [(p.widget, p.region.y, p.region.height) for p in arrangement.placements
                        if p.widget.parent is self]
        if self._pinned is not None:
            widget, into = self._pinned
            for placement in arrangement.placements:
                if placement.widget is widget:
                    self._pinned = None
                    top = placement.region.y + round(into * placement.region.height)
                    self.set_reactive(VerticalScroll.scroll_y, top)
                    self.set_reactive(VerticalScroll.scroll_target_y, top)
                    self.vertical_scrollbar.set_reactive(ScrollBar.position, top)
                    break
        return arrangement


class Exchange(UniformLines, Vertical):
    """A question and, once the worker is done, its answer or what went wrong."""

    def __init__(self, question: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.question = question
        self.ready: Display | None = None  # the answer, when it came before the exchange was shown
        self.pending_timer = None  # shows the question alone if the answer is slow to come

    def compose(self) -> ComposeResult:
        from ...limits import MAX_QUESTION_CHARS

        shown = self.question  # a question over the limit is refused; its start is enough to see which
        if len(shown) > MAX_QUESTION_CHARS:
            shown = f"{shown[:MAX_QUESTION_CHARS]}… ({len(shown):,} characters)"
        yield Static(Content.assemble(("› ", "bold $text-accent"), shown), classes="question")
        if self.ready is not None:
            yield AnswerView(self.ready)
        else:
            yield Static(Content("Looking it up…"), classes="pending")

    def settle(self) -> None:
        """No longer the newest exchange: as tall as its content, with a gap below.

        Inline styles rather than a class: a class change makes Textual match
        the stylesheet again for every widget inside, a whole frame's work."""
        self.styles.min_height = 0
        self.styles.margin = (0, 0, 1, 0)

    async def show_answer(self, display: Display) -> AnswerView:
        view = AnswerView(display)
        # One repaint with the whole answer, rather than one per widget as they mount.
        with self.app.batch_update():
            self._drop_pending()
            await self.mount(view)
        return view

    async def show_error(self, message: str) -> None:
        self._drop_pending()
        await self.mount(Static(Content(message), classes="error"))

    def _drop_pending(self) -> None:
        for pending in self.query(".pending"):
            pending.display = False


WELCOME = (
    "crr answers questions about China–Russia relations — trade, energy, the yuan, "
    "joint exercises, arms, UN votes, visits — from a curated database in which every "
    "figure cites its source.\n"
    "Try:  trade in 2024?  ·  joint exercises since 2022?  ·  trade over time\n"
    "F1 examples · Ctrl+B topics · ↑↓ history · Tab completes · Ctrl+P all commands"
)


class Welcome(Static):
    def __init__(self, **kwargs) -> None:
        super().__init__(Content(WELCOME), **kwargs)
