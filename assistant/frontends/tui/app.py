"""The crr terminal app: wires the conversation, the question input, the sidebar and the commands.

Questions are answered by `Conversation.ask` (asking.py: at once, or queued
for a thread worker while the database opens or earlier questions are being
answered), each a follow-up of the one before.  The engine and the presenter
are opened in a worker, once the first screen is drawn.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from . import writing
from .asking import Asking
from .drawing import UniformLines
from .styles import KeptStylesheet, read_kept
from .widgets import AnswerView, ConversationView, Exchange, QuestionInput, Welcome

if TYPE_CHECKING:  # the topics and the help are imported once the first screen is drawn, or asked for
    from .sidebar import TopicTree

WIDE = 120            # columns from which the topics sidebar opens by itself
PALETTE_HINT = 100    # columns from which the footer names Ctrl+P too
# One question of each kind, each kind's templates compiled before it is asked ("trade in
# 1990?" is one the data cannot answer: it holds trade from 1992).
WARM_UP = ["trade in 2024?", "joint exercises since 2022?", "trade over time", "trade 2024 vs 2022",
           "what happened in 2024?", "trade in 1990?", "latest trade", "what can I ask?"]


def settle_heap() -> None:
    """Collect once, then exempt everything alive from later collections.

    The engine, the store and Textual's widgets are long-lived; without this,
    a full collection (about 25 ms here) can land between a question and its
    answer on screen."""
    gc.collect()
    gc.freeze()


class CompactFooter(Footer):
    """Textual's footer, compact, its keys made compact before they are styled.

    Each key takes the footer's `compact` once mounted, and adding the class
    then styles the key a second time (9 ms of the 100 the first screen took here)."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            # The keys are the widgets with a `compact` of their own to follow the footer's.
            if self.compact and hasattr(type(widget), "compact"):
                widget.add_class("-compact", update=False)
            yield widget


class MainScreen(UniformLines, Screen):
    """The sidebar and the chat side by side, the footer below; the app fits itself to the width."""

    # The question line is focused as the screen is composed, so no other widget is focused first.
    AUTO_FOCUS = "#question"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._resumed = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Called before Textual's own handler.  At the first resume every widget was
        # styled a moment ago, as it was mounted; Textual would style them all again.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_resize(self, event: events.Resize) -> None:
        self.app.fit_to(event.size.width)


class Column(UniformLines, Vertical):
    """The sidebar, and the chat beside it."""


class CrrApp(Asking, App):
    """Ask, see, chart, copy with citation."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "crr"
    SUB_TITLE = "China–Russia relations, cited"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+b", "toggle_sidebar", "Topics"),
        Binding("ctrl+t", "toggle_chart", "Chart"),
        Binding("ctrl+y", "copy_answer", "Copy"),
        Binding("ctrl+s", "export", "Export"),
        Binding("ctrl+n", "new_conversation(True)", "New"),
        Binding("f2", "next_style", "Style"),
        Binding("f3", "toggle_theme", "Theme"),
        Binding("pageup", "page(-1)", "Scroll up", show=False),
        Binding("pagedown", "page(1)", "Scroll down", show=False),
        Binding("ctrl+up", "jump(-1)", "Previous answer", show=False),
        Binding("ctrl+down", "jump(1)", "Next answer", show=False),
        Binding("ctrl+home", "ends(-1)", "First answer", show=False),
        Binding("ctrl+end", "ends(1)", "Last answer", show=False),
    ]

    def __init__(self, db_path: Path | str | None = None, export_dir: Path | str | None = None,
                 styles_cache: Path | None = None):
        # What the last launch kept, read before App.__init__ asks for the theme's variables.
        self._kept = read_kept(styles_cache) if styles_cache is not None else None
        self._kept_variables = False  # whether variables were worked out that were not kept
        super().__init__()
        if styles_cache is not None:  # the CSS parsed at the last launch, read back
            self.stylesheet = KeptStylesheet.replacing(self.stylesheet, styles_cache, self._kept)
            self.stylesheet.changed = self._kept_variables
        self.db_path = Path(db_path) if db_path else None
        self.export_dir = Path(export_dir) if export_dir else None
        self.conversation = None
        self.presenter = None
        self.citation_style = writing.FALLBACK_STYLE
        self._db_ready = threading.Event()
        self._db_error: str | None = None
        self._queue: deque[tuple[Exchange, str, int]] = deque()  # questions waiting, oldest first
        self._queue_lock = threading.Lock()
        self._answering = False  # whether a worker is answering the queue
        self._generation = 0  # counts new conversations, so a late answer cannot join the next one
        self._clear_asked = 0.0  # when Ctrl+N last asked to be pressed again

    def get_css_variables(self) -> dict[str, str]:
        # Textual works the variables out from the theme's colours (7M instructions, a
        # fortieth of a launch); they are kept from one launch to the next with the CSS.
        if self._kept is None:
            return super().get_css_variables()
        key = ("variables", repr(self.current_theme))
        if key not in self._kept:
            self._kept[key] = super().get_css_variables()
            self._kept_variables = True
            if isinstance(getattr(self, "stylesheet", None), KeptStylesheet):  # a theme changed later
                self.stylesheet.changed = True
        self.theme_variables = dict(self._kept[key])  # as Textual's own sets it
        return dict(self._kept[key])

    # --- layout -------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return MainScreen(id="_default")

    def compose(self) -> ComposeResult:
        # The look is settled before the widgets are made, so that none of them
        # is styled twice: the theme and the sidebar as the reader left them (in
        # the settings file that keeps the citation style; the sidebar opens by
        # itself on a wide terminal until then), and the terminal's width.
        theme = writing.setting("theme")
        if theme in self.available_themes:
            self.theme = theme
        sidebar = writing.setting("sidebar")
        self.screen.set_class(self.size.width >= WIDE, "-wide")
        with Column(id="sidebar") as side:
            side.display = sidebar if isinstance(sidebar, bool) else self.size.width >= WIDE
            yield Static("Topics — Enter asks", classes="sidebar-title")
            # The tree goes between these two once the first screen is drawn.
            yield Static("", id="topic-name")
        with Column(id="chat"):
            with ConversationView(id="conversation"):
                yield Welcome(id="welcome")
            yield QuestionInput(id="question", compact=True,
                                placeholder="Ask about China–Russia relations, e.g. trade in 2024?  (F1 examples)")
        # Made as fit_to would leave it, so the first resize does not compose it again.
        yield CompactFooter(compact=True, show_command_palette=self.size.width >= PALETTE_HINT)

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_screen_drawn)

    async def _first_screen_drawn(self) -> None:
        gc.enable()  # `run` holds collections off until now
        from .sidebar import TopicTree

        await self.query_one("#sidebar").mount(TopicTree(id="topics"), before="#topic-name")
        # Open the database once the first screen is drawn, not before.
        self.open_database()

    def fit_to(self, width: int) -> None:
        """Scale with the terminal: bigger charts when wide, all key hints when there is room."""
        self.screen.set_class(width >= WIDE, "-wide")
        # At 80 columns the key hints need the room; the welcome names Ctrl+P.
        footer = self.query_one(Footer)
        if footer.show_command_palette != (width >= PALETTE_HINT):
            footer.show_command_palette = width >= PALETTE_HINT
            footer.refresh(recompose=True)

    @property
    def question_input(self) -> QuestionInput:
        return self.query_one(QuestionInput)

    @property
    def _sources(self):
        """The open database's sources, for citations in a style."""
        return self.conversation.engine.store.sources if self.conversation else None

    @property
    def history(self) -> list:
        """The answers of this conversation, oldest first."""
        return self.conversation.history if self.conversation else []

    # --- opening the database -------------------------------------------------

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_database(self) -> None:
        from ...answering.conversation import Conversation
        from ...answering.engine import Engine
        from ...paths import ensure_database
        from .present import Presenter
        from .suggest import Vocabulary

        def warn(error) -> None:
            self.call_from_thread(self.notify, f"db/ has errors, so answers come from the last good build.\n{error}",
                                  title="Curated data", severity="warning", timeout=10)

        try:
            engine = Engine(ensure_database(self.db_path, warn=warn))
            presenter = Presenter(engine.store)
            vocabulary = Vocabulary.from_store(engine.store)
            style = writing.default_style()
        except Exception as error:  # a missing or broken database: say so, keep the app up
            self._db_error = str(error)
            self._db_ready.set()
            self.call_from_thread(self._show_notice, f"crr could not open its database: {error}")
            return
        self.conversation = Conversation(engine)
        self.presenter = presenter
        self.citation_style = style
        self._db_ready.set()
        self.call_from_thread(self._database_opened, engine, vocabulary)
        # Warm up what the first answers need: each kind's compiled template, the chart's code.
        try:
            for question in WARM_UP:
                presenter.layout(engine.ask(question), style)
            from . import chart, tables  # noqa: F401  (imported here, not by the first answer)
        except Exception:
            pass
        settle_heap()

    def _database_opened(self, engine, vocabulary) -> None:
        from .suggest import QuestionSuggester

        box = self.question_input
        box.suggester = QuestionSuggester(vocabulary, box.history)
        self.query_one("#topics").fill(engine.store)

    def _show_notice(self, message: str) -> None:
        conversation = self.query_one("#conversation")
        conversation.mount(Static(message, classes="error"))
        conversation.scroll_end(animate=False)

    # --- asking -----------------------------------------------------------------

    def on_input_submitted(self, event: QuestionInput.Submitted) -> None:
        text = event.value.strip()  # the box is empty already: it empties itself on Enter
        # The question line holds the screen from Enter (QuestionInput.submit); a
        # question's exchange takes the hold over, anything else lets it go.
        held = isinstance(event.input, QuestionInput)
        if not text or text.startswith("/"):
            if held:
                self._end_batch()
            if text:
                self.question_input.remember(text)
                self.run_typed_command(text)
            return
        self.question_input.remember(text)
        self.ask(text, held=held)

    def on_tree_node_highlighted(self, event: TopicTree.NodeHighlighted) -> None:
        """A highlighted metric's or question's name in full, below the tree: the tree cuts long ones."""
        name = str(event.node.label) if event.node.data is not None else ""
        self.query_one("#topic-name", Static).update(Content(name))

    def on_topic_tree_chosen(self, message: TopicTree.Chosen) -> None:
        if self.size.width < WIDE:  # give the answer the room
            self.query_one("#sidebar").display = False
        self.question_input.focus()
        self.question_input.remember(message.question)
        self.ask(message.question)

    # --- commands -----------------------------------------------------------------

    def run_typed_command(self, text: str) -> None:
        name, _, argument = text[1:].partition(" ")
        actions = {
            "new": self.action_new_conversation, "reset": self.action_new_conversation,
            "clear": self.action_new_conversation, "copy": self.action_copy_answer,
            "export": self.action_export, "help": self.action_help, "quit": self.exit,
            "chart": self.action_toggle_chart, "table": self.action_toggle_chart,
            "topics": self.action_toggle_sidebar, "theme": self.action_toggle_theme,
        }
        if name == "style" and argument.strip():
            self.set_style(argument.strip())
        elif name == "style":
            self.action_next_style()
        elif name in actions:
            actions[name]()
        else:
            self.notify(f"No command /{name}. Commands: /new /copy /export /style NAME /help /quit",
                        severity="warning")

    def get_system_commands(self, screen: Screen):
        # crr's own commands first; the styles after them, the one in use marked; Textual's last.
        yield SystemCommand("Copy answer with citation", "Copy the last answer and its sources "
                            f"({self.citation_style} style)", self.action_copy_answer)
        yield SystemCommand("Export conversation to Markdown", "Write every answer with footnotes to a .md file",
                            self.action_export)
        yield SystemCommand("New conversation", "Start over: follow-ups forget the earlier questions",
                            self.action_new_conversation)
        yield SystemCommand("Toggle chart / table", "Show the values table instead of the chart, or back",
                            self.action_toggle_chart)
        yield SystemCommand("Toggle topics sidebar", "Topics, metrics and example questions",
                            self.action_toggle_sidebar)
        yield SystemCommand("Help: example questions", "Examples of every kind of question", self.action_help)
        yield SystemCommand("Toggle light / dark theme", "Switch between the light and the dark theme",
                            self.action_toggle_theme)
        for style in writing.styles():
            mark = " ✓" if style == self.citation_style else ""
            yield SystemCommand(f"Citation style: {style}{mark}", "Use this style to copy and export",
                                lambda style=style: self.set_style(style))
        yield from super().get_system_commands(screen)

    def action_help(self) -> None:
        def chosen(question: str | None) -> None:
            if question:
                self.question_input.remember(question)
                self.ask(question)

        from .screens import HelpScreen

        self.push_screen(HelpScreen(), chosen)

    def action_toggle_sidebar(self) -> None:
        """Open the topics and go there; when they are open, close them and go back to typing
        (wherever the focus is: one key, one toggle)."""
        sidebar, trees = self.query_one("#sidebar"), self.query("#topics")  # none before the first screen
        tree = trees.first() if trees else None
        if sidebar.display:
            sidebar.display = False
            self.question_input.focus()
        else:
            sidebar.display = True
            if tree is not None:
                tree.focus()
        writing.save_setting("sidebar", bool(sidebar.display))

    def action_toggle_chart(self) -> None:
        conversation = self.query_one(ConversationView)
        conversation.toggle_class("-tables")
        if conversation.has_class("-tables"):
            for view in self.query(AnswerView).filter(".-has-chart"):
                view.show_table()
        if not self.query(AnswerView).filter(".-has-chart"):
            self.notify("Charts come with series, span and change answers, e.g. trade over time.")
        else:
            shown = "tables" if conversation.has_class("-tables") else "charts"
            self.notify(f"Showing {shown}.")
            last = self.query(AnswerView).filter(".-has-chart").last()
            conversation.pin(last.parent)

    def action_copy_answer(self) -> None:
        answer = self.conversation.last if self.conversation else None
        if answer is None:
            self.notify("Nothing to copy yet: ask a question first.", severity="warning")
            return
        text = writing.answer_text(answer, self.citation_style, self._sources)
        self.copy_to_clipboard(text)  # through the terminal (OSC 52) ...
        tool = writing.copy_with_system_tool(text)  # ... and the desktop's clipboard tool, if any
        count = len(answer.citations)
        citations = f"{count} citation{'' if count == 1 else 's'}"
        if writing.is_data_style(self.citation_style):
            message = f"Copied the {citations} of the answer as {self.citation_style} entries"
        else:
            message = f"Copied the answer with {citations} ({self.citation_style} style)"
        if tool:
            message += f", also with {tool}."
        else:
            # Without a clipboard tool, the copy rides on the terminal, which may refuse it.
            message += (". If nothing pastes, the terminal does not accept clipboard writes"
                        + (" (in tmux: set -g set-clipboard on)" if os.environ.get("TMUX") else "")
                        + "; Ctrl+S exports the conversation to a file.")
        self.notify(message, title="Clipboard", timeout=8)

    def action_export(self) -> None:
        answers = list(self.history)
        if not answers:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        try:
            path = writing.export_conversation(answers, self.citation_style, self.export_dir,
                                               self._sources)
        except OSError as error:
            self.notify(f"Could not write the export: {error}", severity="error")
            return
        self.notify(f"Exported {len(answers)} answer{'' if len(answers) == 1 else 's'} to {path}",
                    title="Markdown", timeout=8)

    CONFIRM_WINDOW = 3.0  # seconds in which a second Ctrl+N clears a conversation of several answers

    def action_new_conversation(self, confirm: bool = False) -> None:
        answers = len(self.query(Exchange))
        if confirm and answers > 1:
            now = time.monotonic()
            if now - self._clear_asked > self.CONFIRM_WINDOW:
                self._clear_asked = now
                self.notify(f"Press Ctrl+N again to clear all {answers} answers (Ctrl+S exports them first).",
                            title="New conversation", timeout=self.CONFIRM_WINDOW)
                return
        self._clear_asked = 0.0
        self._generation += 1
        gc.enable()  # a question cleared before it was shown no longer holds collections off
        if self.conversation:
            self.conversation.reset()
        self.query(Exchange).remove()
        self.query("#conversation .error").remove()
        self.question_input.focus()
        self.notify("New conversation: follow-ups start afresh.")

    def set_style(self, style: str, asked: bool = False) -> None:
        """Cite in `style` from now on; kept as the default unless a question `asked` for it
        ("... in MLA"), which changes this session's style only."""
        available = writing.styles()
        if style not in available:
            self.notify(f"No citation style {style!r}; there are: {', '.join(available)}", severity="warning")
            return
        self.citation_style = style
        if not asked:
            writing.save_style(style)
        for view in self.query(AnswerView):
            view.restyle(writing.footnotes(view.display_data.answer, style, self._sources))
        shown = "" if style == writing.footnote_style(style) else f"; footnotes show in {writing.footnote_style(style)}"
        kept = " for this session, as the question asked; F2 sets the default" if asked else ""
        self.notify(f"Citation style: {style} (copy and export{shown}){kept}")

    def action_next_style(self) -> None:
        available = writing.styles()
        current = available.index(self.citation_style) if self.citation_style in available else -1
        self.set_style(available[(current + 1) % len(available)])

    def action_page(self, direction: int) -> None:
        """Page through the conversation while the cursor stays in the question line."""
        conversation = self.query_one(ConversationView)
        if direction < 0:
            conversation.scroll_page_up(animate=False)
        else:
            conversation.scroll_page_down(animate=False)

    def action_jump(self, step: int) -> None:
        """Put the previous or next exchange's question at the top."""
        exchanges = list(self.query(Exchange))
        if not exchanges:
            return
        conversation = self.query_one(ConversationView)
        tops = [exchange.virtual_region.y for exchange in exchanges]
        here = conversation.scroll_y
        if step < 0:
            earlier = [i for i, top in enumerate(tops) if top < here - 0.5]
            target = exchanges[earlier[-1]] if earlier else exchanges[0]
        else:
            later = [i for i, top in enumerate(tops) if top > here + 0.5]
            target = exchanges[later[0]] if later else exchanges[-1]
        conversation.pin(target)

    def action_ends(self, end: int) -> None:
        exchanges = list(self.query(Exchange))
        if exchanges:
            self.query_one(ConversationView).pin(exchanges[0] if end < 0 else exchanges[-1])

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        writing.save_setting("theme", self.theme)
