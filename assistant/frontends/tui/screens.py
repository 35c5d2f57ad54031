"""F1 help: example questions of every kind, and the keys; choosing an example asks it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

EXAMPLES = [
    ("A figure in a period", ["trade in 2024?", "yuan share of imports Dec 2022",
                              "Russia's share of China's arms imports 2015"]),
    ("A span", ["joint exercises since 2022?", "exercises since the invasion", "trade 2018-2024"]),
    ("A change", ["trade 2024 vs 2022", "how much did trade grow from 2018 to 2024?"]),
    ("A series (with a chart)", ["trade over time", "UN voting agreement by year"]),
    ("Latest, highest, lowest", ["latest yuan share", "record LNG imports"]),
    ("When", ["when was the Treaty of Good-Neighborliness signed?", "when did gas start flowing?"]),
    ("What happened", ["what happened in 2014?", "timeline of energy deals"]),
    ("Who", ["who signed the 1993 defence agreement?", "who is China's ambassador to Russia?"]),
    ("How many times", ["how many times did Xi and Putin meet since the war began?"]),
    ("Follow-ups (after a question)", ["and in 2023?", "what about LNG?"]),
    ("About, help", ["what do you know about LNG?", "what can I ask?"]),
]

KEYS = (
    "Enter asks · ↑↓ history · Tab or → completes · PgUp/PgDn scroll\n"
    "Ctrl+↑/↓ previous or next answer · Ctrl+Home/End first or last\n"
    "Ctrl+B topics · Ctrl+T chart/table · Ctrl+Y copy · Ctrl+S export\n"
    "F2 citation style · F3 light/dark · Ctrl+N new · Ctrl+P commands\n"
    "Typed commands: /new  /copy  /export  /style NAME  /help  /quit"
)


class HelpScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape,f1", "dismiss(None)", "Close")]

    def compose(self) -> ComposeResult:
        options: list[Option | None] = []
        for kind, questions in EXAMPLES:
            if options:
                options.append(None)
            options.append(Option(Content.styled(kind, "bold"), disabled=True))
            options += [Option(f"  {q}", id=q) for q in questions]
        with Vertical(id="help"):
            yield Static(Content.styled("Example questions — Enter asks one, Esc closes", "bold"),
                         classes="help-title")
            yield OptionList(*options, id="examples")
            yield Static(Content(KEYS), classes="keys")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
