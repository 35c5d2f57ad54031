"""The gap between two figures just shown for one thing and one time, asked after them:
"what's the difference?" after the Energy Institute's and China Customs' crude for 2022.
Mixed into Engine, which provides store and metrics."""

from __future__ import annotations

from ..answer import Answer
from ..reading.periods import describe_period
from ..reading.read import Intent
from ..reading.words import Lazy
from ..writing.render import format_value
from .draft import Draft
from .figures import gap_between

# "what's the gap?", "and the difference between them?", "how big is the difference?"
GAP_ASKED = Lazy(r"^(?:and |so |ok |okay )?(?:what(?:'s| is| was| are)|how (?:big|large|wide) (?:is|was)|and)? ?"
                 r"the (?:gap|difference|discrepancy)(?: between (?:them|the two(?: figures| sources)?|the sources|those|"
                 r"the figures))?\s*\??$")


class Gaps:
    """Mixed into Engine."""

    def _gap_shown(self, intent: Intent, previous: Answer) -> Answer | None:
        """The gap between the two figures the answer before gave for one metric and one
        period, worked out and cited; None when the question asks no gap or the answer
        gave no such pair."""
        if not GAP_ASKED.match(intent.normalized):
            return None
        shown = [v for v in previous.values if not v.derived and v.observation_id]
        if len(shown) != 2 or len({(v.metric, v.period, v.unit) for v in shown}) != 1 \
                or shown[0].metric not in self.metrics:
            return None
        metric = self.metrics[shown[0].metric]
        draft = Draft(self.store)
        facts = []
        for value in shown:
            rows = self.store.rows("select * from observations where id = ?", (value.observation_id,))
            if not rows:
                return None
            facts.append(draft.observed(rows[0], metric))
        if facts[0].value.value == facts[1].value.value:
            return None  # (one figure twice: no gap to work out)
        derived = gap_between(draft, metric, *facts, f"Gap between the two figures for {metric.name}")
        high, low = sorted(facts, key=lambda f: -f.value.value)
        unit, formula = derived.value.unit, derived.value.formula
        when = describe_period(shown[0].period)
        text = (f"The gap between the two figures for {metric.name} in {when}: "
                f"{format_value(derived.value.value, unit, '')} (derived by crr: {formula}), from "
                f"{high.source_name}{''.join(f'[{n}]' for n in high.cites)} and "
                f"{low.source_name}{''.join(f'[{n}]' for n in low.cites)}.\n")
        answer = draft.answer(intent, True, "value", f"Read as a follow-up: the gap between the two figures for "
                              f"{metric.name} in {when} just shown.", text, [])
        # (every word read: "gap" is what was asked, of the figures shown)
        answer.reading = {"kind": "value", "metric": metric.id, "unit": unit, "periods": [shown[0].period],
                          "summary": f"the gap between the two figures for {metric.name}, {when}, just shown",
                          "restated": True}
        answer.unread = []
        return answer
