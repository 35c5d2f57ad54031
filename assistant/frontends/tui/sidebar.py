"""The topics sidebar: topics → metrics → example questions; choosing a question asks it.

A name longer than the sidebar is cut with an ellipsis, and the highlighted
node's whole name shows below the tree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

if TYPE_CHECKING:
    from ...data.store import Store


@dataclass(frozen=True)
class MetricNode:
    metric_id: str


class TopicTree(Tree):
    """Filled once the database is open; a metric's questions are added when it is opened.

    Escape goes back to the question box, and so does a letter typed here, which is
    typed there: the sidebar never keeps what the reader meant to type."""

    BINDINGS = [Binding("escape", "back_to_question", "Back to question", show=False)]

    class Chosen(Message):
        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, **kwargs) -> None:
        super().__init__("Topics", **kwargs)
        self.show_root = False
        self.guide_depth = 2
        self.store: Store | None = None

    def fill(self, store: Store) -> None:
        self.store = store
        self.clear()
        by_topic: dict[str, list] = {}
        for metric in store.metrics.values():
            by_topic.setdefault(metric.topic, []).append(metric)
        for topic in sorted(by_topic):
            branch = self.root.add(topic)
            for metric in sorted(by_topic[topic], key=lambda m: m.name.lower()):
                branch.add(metric.name, data=MetricNode(metric.id), allow_expand=True)

    def depth(self, node: TreeNode) -> int:
        """How many levels below the topics a node sits (a topic is 0)."""
        depth = 0
        while node.parent is not None and node.parent is not self.root:
            node, depth = node.parent, depth + 1
        return depth

    def render_label(self, node: TreeNode, base_style: Style, style: Style) -> Text:
        # Each level below a topic is indented by its guide; what is left of the
        # width is the label's, and a longer one ends in an ellipsis.
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self.depth(node) * self.guide_depth
        if room > 1 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label

    def on_focus(self) -> None:
        if self.cursor_line < 0 and self.root.children:
            self.cursor_line = 0  # a row lit from the start: Enter opens it

    def action_back_to_question(self) -> None:
        self.app.question_input.focus()

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character != " ":
            event.stop()
            event.prevent_default()
            box = self.app.question_input
            box.focus()
            box.insert_text_at_cursor(event.character)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        node = event.node
        if isinstance(node.data, MetricNode) and not node.children and self.store is not None:
            from .present import example_questions

            for label, question in example_questions(self.store, node.data.metric_id):
                node.add_leaf(label, data=question)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        if isinstance(event.node.data, str):
            event.stop()
            self.post_message(self.Chosen(event.node.data))
