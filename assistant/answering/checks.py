"""What is checked of an answer before it is given, and what a talk keeps from it: whether
the figure asked is one of a total, a part of another total, exact or hedged; another
source's unit; and the times, the figure and the records a follow-up may borrow."""

from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer
from ..reading.kinds import metric_kind
from ..reading.periods import period_of_label
from ..reading.read import POINTING, Intent, names_a_period
from ..reading.lexicon import lexicon_words
from ..reading.words import STOPWORDS, Lazy
from ..resolving.counted import COUNTED_THINGS
from ..resolving.resolve import NON_FIGURE_KINDS
from . import compound

# "Why?", "how come?": a question of what was just shown, which crr does not judge.
WHY_ALONE = Lazy(r"^(?:and |but |so )?(?:why|how come|for what reason)(?: (?:is|was|did|does) (?:that|it|this)(?: happen)?)?\W*$")

# A question that asks for an exact figure, which a hedged one ("more than", "among the top") is not.
# "All the joint drills", "every exercise": the whole of a kind of occasion.
ALL_OF_THEM = Lazy(r"\b(?:all|every|each of)(?: the| their| of the)? (?:[\w-]+ ){0,3}?(?:[\w-]+s|every \w+)\b")
ALTOGETHER = Lazy(r"\b(?:altogether|all together|in all|combined|in total|cumulative(?:ly)?)\b")
EXACT = Lazy(r"\b(?:exact|exactly|precise|precisely)\b")

# "What were they supplying?", "what did they do?": what the figure just shown is of.
WHAT_OF_IT = Lazy(r"^(?:and |so )?what (?:were|was|did|are|do|does) (?:they|it|those|these|the firms|the companies)\b")


# The present, asked in so many words: "now", "these days", "currently".
# A part of a decade: "the early 2000s", "mid-2010s", "the late 90s".
# A time said by a deed or a term of office, not a date: "the year Mao died", "in the year of
# the first joint exercise", "during Xi's first term", "when Medvedev was prime minister".
TIME_BY_A_DEED = Lazy(r"\b(?:in |during )?the (?:same )?year (?:when |that |in which |of )?(?!before\b|after\b|following\b|"
                      r"preceding\b|on\b|by\b|before last\b|\d)(?:[a-z'-]+ ){0,6}?(?:died|was born|took office|came to power|"
                      r"was elected|stepped down|resigned|became|visited|attended|signed|opened|reached|hit|joined|left|"
                      r"first|began|started)\b"
                      r"|\b(?:during|in|over|throughout) (?:[a-z'-]+ ){1,3}?(?:first|second|third|last|final) (?:term|presidency|"
                      r"premiership|mandate)\b")
PART_OF_A_DECADE = Lazy(r"\b(early|mid|middle|late)[- ]?(?:of )?(?:the )?'?((?:19|20)?\d0)'?s\b")
NOW = Lazy(r"\b(?:now|nowadays|today|these days|currently|at present|at the moment|present day|this year)\b")
# How old a yearly flow's latest figure may be and still say something of the present.
STALE_YEARS = 5

# "Which was bigger, trade in 2022 or 2025?", "was trade higher in 2024 or 2025?": which of two.
WHICH_LARGER = Lazy(r"\b(?:higher|bigger|larger|greater|more|lower|smaller|less|fewer)\b")
ONE_OF_TWO = Lazy(r"\bor\b|^(?:which|what)\b")


def _which_larger(parts: list[Answer], periods, lower: bool = False) -> str:
    """Which of two times' figures is the larger, as the sources give them; said to depend
    on the source when one time's figures reach past the other's."""
    from ..writing.render import format_value

    held = [[v for v in p.values if not v.derived and v.period.startswith(period.label)]
            for p, period in zip(parts, periods)]
    if not all(p.answered for p in parts) or not all(held):
        return "\n"
    unit = held[0][0].unit  # (a change the figure was worked out from is in percent: not one of them)
    held = [[v for v in h if v.unit == unit] for h in held]
    if not all(held):
        return "\n"
    (low_a, high_a), (low_b, high_b) = [(min(v.value for v in h), max(v.value for v in h)) for h in held]
    if low_a > high_b or low_b > high_a:
        big, small = (0, 1) if low_a > high_b else (1, 0)
        first, second = (small, big) if lower else (big, small)
        return (f"\nOf the two, {periods[first].phrase or periods[first].label} is the {'lower' if lower else 'higher'}: "
                f"{format_value(held[first][0].value, unit)} against {format_value(held[second][0].value, unit)} "
                f"(each as cited above).\n")
    return "\nThe sources' figures for the two times overlap, so which is higher depends on the source.\n"


# The qualifiers that hedge a figure, which a difference worked out from it inherits.
HEDGES = ("about", "around", "nearly", "almost", "approximately", "roughly", "some", "more than", "over",
          "less than", "under", "up to", "at least")
# "Which was bigger, trade in 2022 or 2024, and by how much?": the gap, as well.
BY_HOW_MUCH = Lazy(r"\bby how much\b|\bhow much (?:more|less|bigger|smaller|higher|lower)\b|\bthe (?:difference|gap)\b")


def _gap_between(answer: Answer, parts: list[Answer]) -> None:
    """The later time's first figure less the earlier's, in one unit, worked out and added to
    the joined answer with its arithmetic."""
    from ..writing.render import format_number, format_value

    firsts = [next((v for v in p.values if not v.derived), None) for p in parts]
    if not all(p.answered for p in parts) or None in firsts or firsts[0].unit != firsts[1].unit:
        return
    earlier, later = sorted(firsts, key=lambda v: v.period)
    from .figures import BOUNDS
    if {earlier.qualifier, later.qualifier} & BOUNDS:
        # "more than USD 4 bn" in both years: a bound less a bound (or a level) is no gap.
        answer.text = answer.text.rstrip("\n") + ("\nThe sources give a bound, not a level, for at least one of the "
                                                  "two times, so crr works out no difference between them.\n")
        answer.answered, answer.values = False, []  # (the bounds shown are what it holds, no answer)
        return
    gap = round(later.value - earlier.value, 3)
    formula = f"{format_number(later.value)} − {format_number(earlier.value)} = {format_number(gap)}"
    compound._add_worked(answer, later, earlier, f"Change in {later.label.split(',')[0]}", gap, formula)
    worked = answer.values[-1]  # of the two times, as a bound of either is a hedge of it, not a record
    worked.period = f"{earlier.period}/{later.period}"
    worked.qualifier = "about" if {earlier.qualifier, later.qualifier} & set(HEDGES) else ""
    said = f"{format_number(gap)} percentage points" if later.unit == "percent" else format_value(gap, later.unit)
    answer.text = answer.text.rstrip("\n") + (f"\nThe difference, derived by crr from the first figure of each: "
                                              f"{said} ({formula}).\n")


# "Of which naval?", "and of those, aerial?": a part of the count just shown.
OF_WHICH = Lazy(r"^(?:and )?(?:of|among) (?:which|those|these|them),? (?:how many )?(?:were )?([\w' -]+?)\W*$", re.IGNORECASE)


class AnswerChecks:
    """Mixed into Engine, which provides store, metrics, the resolver and the answers."""

    def _in_another_unit(self, source: str, metric_id: str, period: str) -> str | None:
        """The unit in which `source` gives the figure of `metric_id` for `period` when it
        gives it in another unit only (China's customs weighs gas that others measure in bcm)."""
        metric = self.metrics[metric_id]
        for other in self.metrics.values():
            if other.id != metric_id and other.unit != metric.unit and other.measure == metric.measure \
                    and self.resolver.twins(other.id, metric_id) \
                    and any(r["source_id"] == source and r["period"] == period for r in self._observations(other.id)):
                return other.unit
        return None

    def _reported(self, metric_id: str) -> bool:
        """Whether the metric's figures say whose statistics they are (IMF, Customs)."""
        return any(r["reporter"] for r in self._observations(metric_id))

    def _total_instead(self, intent: Intent, goods: Answer) -> Answer:
        """"What did Russia export to China in 2020?" where crr holds no product shares for
        the year: what flowed, as a whole, with the shares' absence said first."""
        if "trade" not in self.metrics[intent.metric_id].subjects and not intent.subjects:
            return goods  # ("in dollars" read as crude's value: one good's flow is no whole)
        total = getattr(self, f"_answer_{intent.kind}")(intent)
        if not total.answered:
            return goods
        total.text = f"{goods.text.strip()} What it holds is the flow's whole value:\n{total.text}"
        return total

    def _stale_for_now(self, intent: Intent) -> str:
        """Whether a question asks a yearly flow as it is now ("how many Chinese tourists visit
        Russia nowadays?") and crr's latest figure of it is more than five years older than its
        newest figures of anything: the year of that figure (a figure of 2019 says nothing of
        the present), or "" when the question is no such question."""
        if intent.kind != "latest" or not intent.metric_id or not NOW.search(intent.normalized) \
                or not self.metrics[intent.metric_id].additive:
            return ""
        ends = [r["period_end"] for r in self._observations(intent.metric_id) if r["period_end"]]
        latest = max(ends)[:4] if ends else ""
        return latest if latest and int(latest) < self.store.newest_year - STALE_YEARS else ""

    def _time_set_by_a_deed(self, intent: Intent) -> str:
        """A figure asked of a time said by what someone did then, which crr does not work out
        ("the year Mao died", "during Xi's first term", "the year Xi attended the parade"):
        the words that say it; "" when the question gives its time otherwise, or asks none so."""
        if not intent.metric_id or intent.kind in NON_FIGURE_KINDS or intent.periods:
            return ""
        found = TIME_BY_A_DEED.search(intent.normalized)
        return found.group(0).strip() if found else ""

    def _part_of_a_decade(self, intent: Intent) -> tuple[str, list[str]] | None:
        """A figure asked of a part of a decade ("trade in the early 2000s", "the mid-2010s"),
        which names no exact years: (the words that say it, the years of that decade crr
        holds the figure for); None when the question asks no such time."""
        if not intent.metric_id or intent.kind in NON_FIGURE_KINDS:
            return None
        found = PART_OF_A_DECADE.search(intent.normalized)
        start = found.group(2).rjust(4, "9").replace("99", "19", 1) if found else ""  # ("90s": the 1990s)
        decade = next((p for p in intent.periods if p.form == "range" and p.label.endswith("9")
                       and p.label[:3] == start[:3]), None)
        if decade is None or any(p.form == "point" for p in intent.periods):
            return None  # ("... in the late 1980s? and in 1989?": the year asked besides)
        rows = self._observations(intent.metric_id)
        if any("/" in r["period"] and r["period"][:4] <= decade.label[5:9] and r["period"].split("/")[1][:4] >= decade.label[:4]
               for r in rows):
            return None  # a span of the decade the source states its figure for ("the early 1990s": 1992–94)
        years = sorted({r["period"][:4] for r in rows if r["period"][:3] == decade.label[:3]})
        return found.group(0), years

    def _one_of_a_total(self, intent: Intent) -> bool:
        """"How many Chinese companies has the EU sanctioned in total?": a total over every
        occasion, which a figure of one (the firms of one ban) is not, unless the question
        names that one by a word of its own ("the dual-use ban", "the Entity List")."""
        if intent.aggregate != "total" or not intent.metric_id or intent.kind in NON_FIGURE_KINDS:
            return False
        if not self.resolver._one_off(intent.metric_id):
            # "How many troops took part in all the joint drills combined?": a total over all of
            # them, which no figure of one of them is, when the question names no time.
            held = {r["period"] for r in self._observations(intent.metric_id)}
            # (a figure of occasions is dated to their month or day; a yearly series, "arms
            # imports from all suppliers", is of every year, and its total is asked of one)
            # ("how many troops took part altogether?": its subject, totalled with no time of its
            # own; "so how many altogether?" adds up the figures just shown)
            return (ALL_OF_THEM.search(intent.normalized) is not None or bool(intent.subject_words)
                    and ALTOGETHER.search(intent.normalized) is not None) and len(held) > 1 \
                and all(len(p) > 4 and "/" not in p for p in held) and not names_a_period(intent.question, self.lexicon)

        if all("/" in r["period"] for r in self._observations(intent.metric_id)):
            return False  # a count over years ("met more than 40 times, 2013 to 2025") is a total
        if COUNTED_THINGS.search(self.metrics[intent.metric_id].name.lower()):
            return False  # "stakes in two projects": the total of them
        own = {w for w in lexicon_words(self.metrics[intent.metric_id].name.lower())
               if w not in STOPWORDS and len(w) > 2 and not w.isdigit()
               and not any(self.lexicon.entries.get((w,), ()))}
        said = set(lexicon_words(intent.normalized))
        return bool(own) and not own & said

    @staticmethod
    def _exact_not_held(intent: Intent, answer: Answer) -> bool:
        """Whether a question asks for an exact figure and every figure given is hedged."""
        stated = [v for v in answer.values if not v.derived]
        return answer.answered and bool(stated) and bool(EXACT.search(intent.normalized)) \
            and all(v.qualifier and v.qualifier != "record" for v in stated)

    def _part_of_another_total(self, intent: Intent, answer: Answer) -> bool:
        """"How many of the 96 exercises were naval?" answered with the naval exercises
        since 2022: a part of another total (the 96 are all since 2003)."""
        stated = [v for v in answer.values if not v.derived]
        if intent.given_whole is None or not answer.answered or not stated:
            return False
        part = self.metrics.get(stated[0].metric)
        if part is None or not part.part_of:
            return False
        totals = [r for r in self.store.observations(part.part_of) if r["value"] == intent.given_whole]
        return bool(totals) and not any(r["period"] == stated[0].period for r in totals)

    def _repeats_given_whole(self, intent: Intent, answer: Answer) -> bool:
        """"How many of the 11 exercises in 2024 were aerial?" answered with the 11 itself
        answers another question: the part asked is not the total given; nor is a figure
        larger than the total just shown, in its unit or both counts ("how many of those 19
        were face-to-face meetings?": not the 30 meetings of two others)."""
        stated = [v for v in answer.values if not v.derived]
        if intent.given_whole is None or not answer.answered or not stated:
            return False
        counts = all(self.metrics[v.metric].measure == "count" for v in stated[:1] if v.metric in self.metrics)
        alike = stated[0].unit == intent.given_whole_unit or counts and intent.given_whole_unit != ""
        return stated[0].value == intent.given_whole or alike and stated[0].value > intent.given_whole

    def _answer_each_period(self, intent: Intent) -> Answer:
        """"trade in 2010, 2018 and 2024", "before and after the invasion": the figure for
        each time, one answer; their total or average when one is asked ("exercises in 2024
        and 2025 combined")."""
        if intent.aggregate and all(p.form == "point" and p.label.isdigit() for p in intent.periods):
            return self._answer_years_aggregate(intent)
        parts = [(self._answer_value if period.form == "point" else self._answer_span)(
            replace(intent, periods=[period], kind="value" if period.form == "point" else "span"))
            for period in intent.periods]
        for part, period in zip(parts, intent.periods):
            part.context = self._context(replace(intent, periods=[period]))
        answer = compound.join(intent.question, parts)
        if len(parts) == 2 and (asked := WHICH_LARGER.search(intent.normalized)) and ONE_OF_TWO.search(intent.normalized):
            lower = bool(re.search(r"\b(?:lower|smaller|less|fewer)\b", asked.group(0)))
            answer.text = answer.text.rstrip("\n") + _which_larger(parts, intent.periods, lower)
        if len(parts) == 2 and BY_HOW_MUCH.search(intent.normalized):
            _gap_between(answer, parts)  # "... and by how much?": the difference, worked out
        return answer

    def _what_its_records_say(self, answer: Answer, previous: Answer | None) -> None:
        """"What were they supplying?" after the count of firms listed for supplying Russia:
        the same figure again says nothing new; what its records say of it does."""
        if previous is None or not answer.answered or not WHAT_OF_IT.match(answer.question.lower().strip()):
            return
        shown = {(v.metric, v.period) for v in answer.values if not v.derived}
        if not shown or shown != {(v.metric, v.period) for v in previous.values if not v.derived}:
            return
        ids = [v.observation_id for v in answer.values if v.observation_id]
        notes = [r["note"] for r in self.store.rows(
            f"select note from observations where id in ({','.join('?' for _ in ids)})", tuple(ids)) if r["note"]]
        if notes:
            answer.text = answer.text.rstrip("\n") + "\nWhat its records say of it: " + " ".join(dict.fromkeys(notes)) + "\n"

    @staticmethod
    def _keep_times_talked(answer: Answer, previous: Answer | None) -> None:
        """The times a talk about one figure has named, in turn ("LNG 2025", "and in 2019?"):
        "how much did it grow?" is between the last two."""
        context, before = answer.context or {}, (previous.context or {}) if previous else {}
        if not context.get("metric"):
            return
        shown = [v.period for v in answer.values if not v.derived and v.metric == context["metric"]]
        now = [p["label"] for p in context.get("periods", [])] or shown[:1]
        if len(now) == 1 and ".." in now[0] and len(set(shown)) == 1:
            now = shown[:1]  # "and by 2024?": the time of the figure shown, not the open span asked
        talked = [*(before.get("talked") or []), *now] if before.get("metric") == context["metric"] else now
        context["talked"] = list(dict.fromkeys(reversed(talked)))[::-1][-4:]
        if before.get("metric") == context["metric"] and before.get("periods") == context.get("periods") \
                and (before.get("reporter") or "") != (context.get("reporter") or ""):
            # "trade 2019", "and as Russia reports it?": two reports of one figure, which
            # "difference?" next sets against each other.
            context["reporters_talked"] = list(dict.fromkeys(
                [*(before.get("reporters_talked") or [before.get("reporter") or ""]), context.get("reporter") or ""]))
        if before.get("metric") and before["metric"] != context["metric"] and len(now) == 1 \
                and [p["label"] for p in before.get("periods", [])] == now:
            # "Chinese visits to Russia 2019", then "and Russians to China?": the figure before, of
            # the same time, which "which was bigger?" next sets against this one.
            context["figure_before"] = before["metric"]
        if before.get("metric") and before["metric"] != context["metric"] and not before.get("periods") \
                and not context.get("periods"):
            # "Power of Siberia-1's capacity", then "and Power of Siberia 2?": two latest figures,
            # which "which is bigger?" next sets side by side.
            context["latest_before"] = before["metric"]

    @staticmethod
    def _keep_events_talked(answer: Answer, previous: Answer | None) -> None:
        """The events of the last two when-answers, each dating one event ("When was the SCO
        founded?", "and the Shanghai Five?"): what "which came first?" next sets in order."""
        if answer.kind != "when" or not answer.events or not answer.events[0].event_id or answer.context is None:
            return
        now = answer.events[0].event_id
        before = previous.events[0].event_id if previous is not None and previous.kind == "when" and previous.events \
            else None
        answer.context["events_talked"] = [before, now] if before and before != now else [now]

    @staticmethod
    def _keep_the_talk(intent: Intent, answer: Answer, previous: Answer | None) -> None:
        """"and in euros?" not held, after trade in 2022: the talk is still about trade, so
        that "and in 2023?" next asks it of 2023 (in euros still), not of nothing."""
        before = (previous.context or {}) if previous is not None else {}
        context = answer.context or {}
        if answer.answered and answer.kind == "when" and context and not context.get("metric") \
                and before.get("metric") and POINTING.search(intent.normalized) \
                and not (intent.subjects or intent.people or intent.parties):
            # "when was it reached?" after Power of Siberia's capacity: the figure stays the
            # talk, so that "how much in 2025?" next is asked of it.
            answer.context = {**context, "metric": before["metric"]}
            return
        # (a time taken from the answer before is none of the question's own)
        inherited = {p["label"] for p in before.get("periods", [])}
        own_times = [p for p in intent.periods if p.label not in inherited]
        bare = not (intent.subjects or intent.content or intent.people or intent.parties or own_times) \
            or bool(WHY_ALONE.match(intent.normalized))  # "why?": still of what was shown
        if answer.answered or not (intent.follow_up or bare) or not before.get("metric") \
                or context.get("metric") and not bare:
            return  # ("in dollars?" alone is a follow-up of what was just shown)
        if context.get("metric") and context["metric"] != before["metric"] and intent.metric_id == context["metric"] \
                and not intent.not_held and answer.kind in ("value", "change", "span", "series") \
                and "has no figure for" in answer.text:
            # "what about the value?" after crude in tonnes, with no value for the year: the
            # talk turns to the value, which "and in 2021?" next asks of.
            return
        answer.context = {**before, **{k: context[k] for k in ("periods", "currency", "units", "sources", "reporter")
                                       if context.get(k)}}
        if any(intent.flow):
            # "and Russian students in China?" not held, after Chinese students in Russia: the
            # way asked stays the talk's, so that "what share?" next asks it of that way.
            answer.context["flow_asked"] = list(intent.flow)
        else:
            answer.context.pop("flow_asked", None)

    def _of_which(self, question: str, previous: Answer | None) -> str:
        """"Of which naval?" after a count asks how many of those were naval; the question
        as it is otherwise."""
        shown = [v for v in previous.values if not v.derived] if previous is not None else []
        found = OF_WHICH.match(question.strip())
        if not found or not shown or self.metrics.get(shown[0].metric) is None \
                or self.metrics[shown[0].metric].measure != "count":
            return question
        return f"how many of those were {found.group(1)}"

    def _time_of_the_given_whole(self, intent: Intent) -> None:
        """"How many of the 11 exercises were naval?": the part asked is of the time of the
        one total of 11 crr holds (2024), when the question names no time."""
        part = self.metrics.get(intent.metric_id) if intent.metric_id else None
        if intent.given_whole is not None and part is not None and len(intent.periods) == 2:
            # "Of the 96 exercises counted since 2003, how many came after the invasion?": the
            # time the total given is held for is that total's; the other time is the one asked.
            whole = part.part_of or part.id
            held = [p for p in intent.periods if any(r["value"] == intent.given_whole and p.takes_in(r)
                                                     and str(r["period"]).startswith(p.label.split("/")[0][:4])
                                                     for r in self.store.observations(whole))]
            if len(held) == 1:
                intent.periods = [p for p in intent.periods if p is not held[0]]
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if intent.given_whole is None or intent.periods or part is None or not part.part_of:
            return
        totals = [r for r in self.store.observations(part.part_of) if r["value"] == intent.given_whole]
        if len(totals) == 1:
            intent.periods = [period_of_label(totals[0]["period"])]
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
