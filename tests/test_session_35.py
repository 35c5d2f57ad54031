"""Mechanisms from tuning set 25, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from assistant.frontends.tui.present import Presenter


def test_a_figure_cited_from_two_sections_of_one_source_is_one_row(engine):
    # Wikipedia gives 2025's trade in its lead and in its economy section: one row, both marks.
    display = Presenter(engine.store).layout(engine.ask("trade in 2025"))
    rows = [(r.metric, r.period, r.value, r.unit) for r in display.rows]
    assert len(rows) == len(set(rows))
    wikipedia = [r for r in display.rows if r.source.startswith("Wikipedia") and r.value == "234"]
    assert len(wikipedia) == 1 and wikipedia[0].source.count("[") == 2
