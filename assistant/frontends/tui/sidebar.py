"""The topics sidebar: topics → metrics → example questions; choosing a question asks it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widgets import Tree

if TYPE_CHECKING:
    from ...data.store import Store


@dataclass(frozen=True)
class MetricNode:
    metric_id: str


class TopicTree(Tree):
    """Filled once the database is open; a metric's questions are added when it is opened."""

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
