"""Follow-ups that turn the talk to another figure of the one just shown: from all
suppliers, the part from one country, the other side's, as another reporter gives it, a
part of it shown, the time on the other side of a moment, which of two was larger, the
change between the times talked of, the same figure with other people or of another
party.  Mixed into Engine."""

from __future__ import annotations

from ..answer import Answer
from ..reading.kinds import metric_kind
from ..reading.periods import period_of_label
from ..reading.read import Intent
from .turn_words import ALL_SUPPLIERS, GAP_ALONE, PART_FROM, WHICH_MORE, _the_other_side_of


class AnotherFigure:
    """Mixed into Engine, which provides the metrics, the resolver and the turns' helpers."""

    def _another_figure_of_the_talk(self, intent: Intent, previous: Answer, metric: str | None,
                                    periods: list) -> bool:
        """Whether the follow-up was read as another figure of the one shown (and `intent`
        set to it); False leaves it to the rest of _apply_context."""
        before = previous.context or {}
        if ALL_SUPPLIERS.search(intent.normalized) and metric in self.metrics and self.metrics[metric].flow[0] \
                and not intent.subjects and (whole := self._from_all(metric)) is not None:
            # "and from all suppliers combined?" after China's arms imports from Russia: from everyone.
            self.resolver.choose(intent, [(99.0, whole)])
            intent.periods = intent.periods or periods
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return True
        if PART_FROM.search(intent.normalized) and metric in self.metrics and len(intent.parties) == 1 \
                and not (intent.subjects or intent.people) \
                and (part := next((m.id for m in self.metrics.values() if m.part_of == metric
                                   and m.flow[0] == intent.parties[0]), None)):
            # "how much of that was from Russia?" after China's arms imports from everyone: the
            # part from Russia, then (a share of it is asked as "what share", not "how much of").
            intent.measures, intent.allowed_only = intent.measures - {"share"}, set()
            self.resolver.choose(intent, [(99.0, part)])
            intent.periods = intent.periods or periods
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            if intent.metric_id == part:
                return True
        if self._other_side_asked(intent, metric, periods):
            return True  # "and Russian?" after Chinese troops: Russia's troops, or that crr lacks them
        if self._whose_figure_asked(intent, metric, periods):
            return True  # "and Russia's?" after bilateral trade: as Russia reports it
        if self._part_asked_of_shown(intent, metric, periods):
            return True  # "what share is that?", "and the rest?" after a part's count
        if metric in self.metrics and len(periods) == 1 and not intent.periods and (
                turned := _the_other_side_of(intent.normalized, periods[0])) is not None \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "and after?" after the yuan's share before the war: since the war; "and before?", the other way.
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods = [turned]
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return True
        talked = before.get("talked") or []
        if metric in self.metrics and len(talked) > 2:
            # "trade 2022", "and 2023?" (not held), "and 2024?", "how much did it change?":
            # between the last two times talked of that hold the figure.
            talked = [t for t in talked if self.resolver.holds(metric, period_of_label(t))] or talked
        which_more = WHICH_MORE.match(intent.normalized)
        gap = GAP_ALONE.match(intent.normalized)
        if (which_more or gap) and not intent.periods and len(periods) == 1 and metric in self.metrics \
                and len(before.get("reporters_talked") or []) > 1 \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "difference?" after one figure as China and as Russia report it: both reports, and
            # the gap between them, which the answer works out.
            intent.metric_id, intent.periods, intent.kind = metric, periods, "value"
            intent.reporter, intent.sources = None, []
            return True
        if (which_more or gap) and not intent.periods and len(periods) == 1 \
                and before.get("figure_before") in self.metrics and metric in self.metrics \
                and before["figure_before"] != metric \
                and self.metrics[before["figure_before"]].unit == self.metrics[metric].unit \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "which was bigger?" after two figures of one time: both, set side by side (_answer);
            # "difference?", their difference worked out.
            intent.metric_id, intent.periods, intent.kind = metric, periods, "value"
            intent.shown = [before["figure_before"], metric]
            if gap:
                intent.derive = intent.derive | {"difference"}
            return True
        if which_more and not intent.periods and not periods and before.get("latest_before") in self.metrics \
                and metric in self.metrics and before["latest_before"] != metric \
                and self.metrics[before["latest_before"]].unit == self.metrics[metric].unit \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "which is bigger?" after two latest figures in one unit, shown in two turns: both.
            intent.metric_id, intent.kind = metric, "latest"
            intent.shown = [before["latest_before"], metric]
            return True
        if (which_more or gap) and not intent.periods and len(periods) == 1 and before.get("figure_before") in self.metrics \
                and metric in self.metrics and self.metrics[before["figure_before"]].unit != self.metrics[metric].unit \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "which was bigger?" after LNG in tonnes and pipeline gas in bcm: no one scale.
            first, second = self.metrics[before["figure_before"]], self.metrics[metric]
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = (f"{first.name} is in {first.unit} and {second.name} in {second.unit}, and crr "
                               f"does not convert one into the other, so it does not say "
                               + ("how far apart they are" if gap else "which is larger"))
            return True
        times = "ratio" in intent.measures | intent.derive  # "how many times larger?"
        if (intent.asked_kind == "change" or which_more or times) and intent.kind != "judgement" and not intent.periods \
                and len(talked) >= 2 and len(set(talked[-2:])) == 2 and metric in self.metrics \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "so how much did it grow?", "which was higher?" after LNG in 2025 and in 2019:
            # between the two times talked of, the figure shown then (a share too: the words
            # of "how much" ask no other measure of it).
            first, last = sorted(talked[-2:])
            intent.measures, intent.allowed_only = set(), set()
            intent.derive = {"ratio"} if times else intent.derive
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods, intent.kind = [period_of_label(first), period_of_label(last)], "change"
            return True
        if intent.people and metric in self.metrics and self.metrics[metric].people \
                and not (intent.subjects or intent.content or intent.measures or intent.periods or intent.parties):
            # "and Xi?" after Hu–Putin meetings a year: the same kind of figure with Xi in Hu's place.
            target = self._with_people_swapped(metric, intent.people)
            if target:
                intent.metric_id, intent.metric_phrase = target, self.metrics[target].name.lower()
                intent.candidates, intent.alternatives, intent.not_held = [(99.0, target)], [], ""
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return True
        if intent.others and metric in self.metrics and not (intent.subjects or intent.people or self._new_content(intent)) \
                and (other := self._sibling_by_party(intent, metric)):
            # "and how many did the EU go after?" after the firms the US listed: the same kind
            # of figure, of the party now named.
            self.resolver.choose(intent, [(99.0, other)])
            if intent.metric_id == other:
                intent.not_held = ""
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return True
        return False
