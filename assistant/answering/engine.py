"""Intent -> Answer: the one place where questions are answered.

Every number an answer states comes from a database row or is derived from
rows with the arithmetic shown; every value's source is cited.  The CLI, the
terminal app and the Datasette plugin all call `Engine.ask`.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from . import compound
from ..answer import Answer
from .draft import Draft
from .figures import FigureAnswers, _same_span_start
from ..writing.render import render
from ..data.store import Store
from .timeline import TimelineAnswers
from .understand import GOODS, Intent, MetricMatcher, Period, metric_kind, normalize, understand

MAX_QUESTION = 500
SHARE_UNITS = ("percent",)
# Kinds of question that need no metric: setting every metric aside leaves them as they are.
NON_FIGURE_KINDS = frozenset({"when", "who", "what_happened", "count_events", "about", "help", "sources"})
# Words every question about the relationship may use without naming a subject.
COMMON_SUBJECT_WORDS = frozenset(
    "china chinese russia russian russia-china china-russia sino-russian soviet first begin "
    "start sign signed agree agreement year years deal new joint over time latest record highest "
    "lowest peak growth change rise fall grow increase decline compare versus each every trend "
    "history total average most least before after since until when during".split()
)
OFF_SUBJECT = re.compile(
    r"\b(?:weather|forecast|temperature|recipe|football|soccer|world cup|olympic|movie|film|song|"
    r"population of|capital of|gdp of|economy of|stock price|bitcoin|united states|usa|us-mexico|mexico|canada|japan|"
    r"south korea|korea|india|brazil|germany|france|britain|uk|australia)\b"
)


# A unit the question asks for, and how the stored units spell it.
ASKED_UNIT = re.compile(r"\bin (rubles?|roubles?|yuan|renminbi|euros?|dollars|usd|bcm|barrels|tonnes|tons|"
                        r"cubic (?:feet|metres|meters))\b")
UNIT_WORDS = {"rub": "RUB", "roub": "RUB", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "dollar": "USD",
              "usd": "USD", "bcm": "bcm", "barrel": "barrels", "tonne": "tonnes", "ton": "tonnes", "cubic": "cubic"}

# "What does China sell to Russia?": the products of one country's sales to the other.
COMPOSITION = re.compile(r"\bwhat (?:does|do|did) (?:china|russia) (?:sell|export|ship|supply|buy|import)\b"
                         r"|\b(?:main|top|biggest|largest|leading|key) (?:exports?|imports?|goods|products)\b"
                         r"|\bcomposition\b|\bwhat (?:goods|products)\b|\bexport (?:mix|basket)\b")

# "What did Fu Ying say in 2016?": a question about what someone did.
PERSON_ACTS = re.compile(r"^(?:and )?what (?:did|does|has|have) .+? (?:do|done|say|said|sign|signed|announce|"
                         r"announced|propose|proposed|visit|visited|agree|agreed)\b")

# A follow-up about the people of the event just shown: "who took part?", "who signed it?".
WHO_OF_PREVIOUS = re.compile(
    r"^(?:and |so )?who (?:took part|takes part|was there|were there|attended|participated|was involved|"
    r"were involved|signed(?: it| that| this| them)?|was present|were present|came|met|went|led it|"
    r"was in it|were they)\s*\??$")
_COUNTRY = r"(china|chinese|russia|russian)"
_TO = re.compile(rf"\b(?:to|into) {_COUNTRY}\b|\b{_COUNTRY}(?:'s)? (?:[\w-]+ )?(?:imports?|imported|buys?|bought)\b")
_FROM = re.compile(rf"\bfrom {_COUNTRY}\b|\b{_COUNTRY}(?:'s)? (?:[\w-]+ )?(?:exports?|exported|sells?|sold)\b")


def _country(match: re.Match | None) -> str | None:
    if match is None:
        return None
    word = next(group for group in match.groups() if group)
    return "china" if word.startswith("chin") else "russia"


# People of one country in the other: "Chinese students in Russia" come from China to Russia.
_ABROAD = re.compile(rf"\b{_COUNTRY}(?:'s)? (?:[\w-]+ ){{1,4}}in {_COUNTRY}\b")


def flow(text: str) -> tuple[str | None, str | None]:
    """Which way goods or people go in a question or a metric's name: (from, to), None where unsaid."""
    abroad = _ABROAD.search(text)
    if abroad:
        home, host = abroad.group(1), abroad.group(2)
        return ("china" if home.startswith("chin") else "russia"), ("china" if host.startswith("chin") else "russia")
    return _country(_FROM.search(text)), _country(_TO.search(text))


def opposed(asked: tuple[str | None, str | None], metric: tuple[str | None, str | None]) -> bool:
    (asked_from, asked_to), (metric_from, metric_to) = asked, metric
    return bool((asked_from and metric_from and asked_from != metric_from)
                or (asked_to and metric_to and asked_to != metric_to)
                or (asked_from and asked_from == metric_to)
                or (asked_to and asked_to == metric_from))


class Engine(FigureAnswers, TimelineAnswers):
    def __init__(self, db_path: Path | str):
        self.store = Store(db_path)
        self.metrics = self.store.metrics
        self.matcher = MetricMatcher(self.store.aliases, {m.id: m.name for m in self.metrics.values()},
                                     self.store.domain_words - COMMON_SUBJECT_WORDS)

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """Answer one question; `previous` is the conversation's last answer, if any.

        Nothing a person types escapes as an exception: a question too long,
        a date that does not exist or a fault of crr's own gets a polite answer.
        """
        from .. import limits  # here, so that this guard stays one block
        from ..data.periods import PeriodError

        try:
            question = limits.readable(question or "").strip()
            if limits.too_long(question):
                return limits.too_long_answer(question)
            if not question:
                return limits.empty_answer()
            whole = self._ask_one(question, previous)
            if compound.JOINS.search(question[:MAX_QUESTION]) and whole.kind != "error":
                return compound.answer_parts(question, whole, self._ask_one, previous)
            return whole
        except PeriodError as error:
            return limits.no_such_date_answer(question, error.label)
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return limits.error_answer(str(question or ""), self._starters())

    def _ask_one(self, question: str, previous: Answer | None) -> Answer:
        intent = understand(question[:MAX_QUESTION], self.matcher)
        intent.question = question
        # Metrics that the question's own words rule out, most specific reason first.
        self._drop_excluded(intent)
        self._drop_other_goods(intent)
        self._drop_other_people(intent)
        self._drop_reversed(intent)
        if OFF_SUBJECT.search(intent.normalized) and not re.search(
                r"\b(?:china|chinese|russia|russian|sino|beijing|moscow|putin|xi|yuan|ruble)\b", intent.normalized):
            intent.kind, intent.metric_id, intent.candidates = "unknown", None, []
        elif OFF_SUBJECT.search(intent.normalized) and re.search(r"\b(?:weather|forecast|temperature|recipe|football|soccer|movie|film|song)\b", intent.normalized):
            intent.kind, intent.metric_id, intent.candidates = "unknown", None, []
        off_subject = intent.kind == "unknown" and OFF_SUBJECT.search(intent.normalized) is not None
        try:
            if previous is not None:
                if intent.kind == "sources":
                    return self._previous_sources(intent, previous)
                if intent.kind == "who" and WHO_OF_PREVIOUS.match(intent.normalized):
                    shown = [e.event_id for e in previous.events if e.event_id]
                    if shown:
                        answer = self._answer_who_of_previous(intent, shown[0])
                        answer.context = {"kind": "who", "metric": None, "periods": []}
                        return answer
                self._apply_context(intent, previous)
            self._prefer_metrics_with_data(intent)
            if previous is None and intent.follow_up and intent.metric_id is None and intent.kind == "unknown":
                return self._no_previous(intent)
            if off_subject:  # not even "what crr holds on" a word it happens to share
                return self._unknown(intent)
            direction = flow(intent.normalized)
            if COMPOSITION.search(intent.normalized) and all(direction):
                return self._answer_composition(intent, direction)
            people = self._people_in(intent.normalized) if PERSON_ACTS.search(intent.normalized) else []
            if people:
                answer = self._answer_person_events(intent, people)
            else:
                answer = getattr(self, f"_answer_{intent.kind}")(intent)
            self._note_unit_not_held(intent, answer)
            # A suggestion that asks again what was just answered ("... over time" after a series) goes.
            same = {"series": (" over time", " by year"), "latest": ("latest ",)}.get(answer.kind, ())
            answer.suggestions = [s for s in answer.suggestions
                                  if not any(s.endswith(w) or s.startswith(w) for w in same)]
            answer.context = {
                "kind": intent.kind,
                "metric": intent.metric_id,
                "periods": [
                    {"label": p.label, "start": p.start.isoformat() if p.start else None,
                     "end": p.end.isoformat() if p.end else None, "form": p.form, "phrase": p.phrase}
                    for p in intent.periods
                ],
            }
            if previous is not None and intent.kind == "sources":
                answer.context = previous.context
            return answer
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return Answer.model_construct(
                question=question, answered=False, kind="error",
                interpretation="The question could not be read.",
                text="Sorry, crr could not answer that question. Try rephrasing it, "
                     "or ask 'help' to see what crr can answer.",
                suggestions=self._starters(),
            )

    # --- helpers -----------------------------------------------------------

    def _set_aside(self, intent: Intent, keep, reason: str, floor: float = 0.0,
                   keep_kinds: frozenset[str] = frozenset()) -> None:
        """The one way a question's own words rule metrics out: the candidates `keep`
        refuses are set aside, and so are those left that match below `floor`.  If
        none is left, crr says `reason` instead of answering with a loose match; a
        question of a kind in `keep_kinds` keeps its kind (a "when" needs no metric)."""
        dropped = [m for _, m in intent.candidates if not keep(m)]
        if not dropped:
            return
        kept = [(score, m) for score, m in intent.candidates if keep(m) and score >= floor]
        intent.set_aside += dropped[:3]
        intent.candidates = kept
        if kept:
            if intent.metric_id not in {m for _, m in kept}:
                self._switch(intent, kept[0][1])
            intent.alternatives = [m for m in intent.alternatives if m not in dropped]  # not "other readings"
            return
        intent.not_held = reason
        intent.metric_id, intent.metric_phrase, intent.alternatives = None, "", []
        if intent.kind not in keep_kinds:
            intent.kind = "unknown"

    def _drop_excluded(self, intent: Intent) -> None:
        """Set aside metrics whose `not_for` words the question uses: asked
        for the trade surplus, crr must not answer with total trade."""
        found = {m: [w for w in self.metrics[m].not_for if re.search(rf"\b{re.escape(w)}", intent.normalized)]
                 for _, m in intent.candidates}
        words = sorted({w for hits in found.values() for w in hits})
        if not words:
            return
        # What is left must match nearly as well as what was set aside: asked for the
        # trade surplus, a loose match on "trade" (oil trade) is no answer either.
        best_excluded = max(score for score, m in intent.candidates if found[m])
        self._set_aside(intent, lambda m: not found[m], "crr holds no figure for " + " or ".join(f"'{w}'" for w in words),
                        floor=0.75 * best_excluded, keep_kinds=NON_FIGURE_KINDS)

    def _drop_other_goods(self, intent: Intent) -> None:
        """Set aside metrics that do not speak of the goods the question names:
        asked for Russian coal exports, Russia's exports as a whole are no answer."""
        asked = set(self.matcher.correct(intent.normalized)[0]) & GOODS
        if asked and intent.candidates:
            self._set_aside(intent, lambda m: asked <= self.matcher.words_of(m),
                            "crr holds no figure for " + " or ".join(f"'{w}'" for w in sorted(asked)))

    def _drop_other_people(self, intent: Intent) -> None:
        """Set aside metrics about other people: asked how often Lavrov met Putin,
        crr must not answer with the Xi–Putin meetings."""
        named = self._people_in(intent.normalized)
        if named and intent.candidates:
            asked = {p["id"] for p in named}

            def about_them(metric_id: str) -> bool:
                about = self._people_of_metric(metric_id)
                return not about or asked <= about

            names = " and ".join(p["name"] for p in named)
            self._set_aside(intent, about_them, f"crr holds no figure about {names}",
                            keep_kinds=frozenset({"count_events"}))

    def _people_of_metric(self, metric_id: str) -> set[str]:
        """The people a metric's name speaks of (Xi Jinping–Vladimir Putin meetings)."""
        name = normalize(self.metrics[metric_id].name)
        return {p["id"] for p in self._people_in(name)}

    def _drop_reversed(self, intent: Intent) -> None:
        """Set aside metrics of the opposite flow: asked what China exports to
        Russia, crr must not answer with Russia's exports to China."""
        asked = flow(intent.normalized)
        if not intent.candidates or asked == (None, None):
            return
        source, target = asked
        between = " ".join(part for part in (f"from {source.title()}" if source else "",
                                             f"to {target.title()}" if target else "") if part)
        self._set_aside(intent, lambda m: not opposed(asked, flow(normalize(self.metrics[m].name))),
                        f"crr holds no figure for this flow ({between}); what it holds goes the other way",
                        floor=0.6 * intent.candidates[0][0])

    def _apply_context(self, intent: Intent, previous: Answer) -> None:
        """Fill what a follow-up leaves out from the previous question."""
        before = previous.context or {}
        metric = before.get("metric")
        periods = [
            Period(p["label"], date.fromisoformat(p["start"]) if p["start"] else None,
                   date.fromisoformat(p["end"]) if p["end"] else None, p["form"], p["phrase"])
            for p in before.get("periods", [])
        ]
        if intent.kind == "sources":
            return
        metric_kinds = {"value", "span", "change", "latest", "peak", "lowest", "series", "unknown"}
        if intent.kind not in metric_kinds and not intent.follow_up:
            return
        sibling = self._sibling(intent, metric) if intent.follow_up and metric in self.metrics else None
        if sibling:
            # "and imports?" after the yuan's share of exports: the same figure for imports, same period.
            intent.metric_id, intent.metric_phrase = sibling, self.metrics[sibling].name.lower()
            intent.candidates = [(99.0, sibling)]
            if not intent.periods:
                intent.periods = periods
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if intent.metric_id is None and metric in self.metrics and (
            intent.periods or intent.follow_up or intent.asked_kind
        ):
            intent.metric_id = metric
            intent.metric_phrase = self.metrics[metric].name.lower()
            intent.candidates = [(99.0, metric)]
        elif intent.metric_id and not intent.periods and intent.follow_up and periods:
            intent.periods = periods
        if intent.metric_id is None:
            return
        if intent.compare and periods and intent.periods:
            intent.periods = [periods[0], intent.periods[0]]
            intent.kind = "change"
            return
        intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _sibling(self, intent: Intent, metric_id: str) -> str | None:
        """The metric a short follow-up turns the previous one into: its name with the
        follow-up's words ("imports", "naval"), if one metric has them all."""
        words = set(self.matcher.correct(intent.residue)[0]) - COMMON_SUBJECT_WORDS
        words = {w for w in words if not w.isdigit()}
        if not words or len(words) > 2 or words <= self.matcher.words_of(metric_id):
            return None
        combined = f"{normalize(self.metrics[metric_id].name)} {' '.join(sorted(words))}"
        for _, candidate, _ in self.matcher.match(combined):
            if candidate != metric_id and words <= self.matcher.words_of(candidate):
                return candidate
        return None

    def _previous_sources(self, intent: Intent, previous: Answer) -> Answer:
        text = render("answers/sources.txt.j2", previous=previous)
        return Answer.model_construct(
            question=intent.question, answered=bool(previous.citations), kind="sources",
            interpretation=f"Read as a request for the sources of the answer to '{previous.question}'.",
            text=text, values=previous.values, events=previous.events,
            citations=previous.citations, suggestions=previous.suggestions, context=previous.context,
        )

    def _note_unit_not_held(self, intent: Intent, answer: Answer) -> None:
        """"trade in rubles": the figure is held in USD; say so rather than leave it unsaid."""
        asked = ASKED_UNIT.search(intent.normalized)
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        if not (asked and answer.answered and metric) or metric.unit == "percent":
            return
        word = asked.group(1)
        held = next((unit for key, unit in UNIT_WORDS.items() if word.startswith(key)), None)
        if held and held.lower() not in metric.unit.lower():
            answer.text = (answer.text.rstrip("\n") + f"\nThe data holds {metric.name} in {metric.unit}, "
                           f"not in {word}; crr does not convert units.")

    def _no_previous(self, intent: Intent) -> Answer:
        """"and in 2022?" with nothing before it: say so, and how to ask in full."""
        draft = Draft(self.store)
        text = (f"“{intent.question}” reads as a follow-up, but there is no earlier question in this "
                "conversation to follow. Ask it in full, for example “trade in 2022?”.")
        return draft.answer(intent, False, "unknown", "Read as a follow-up with no earlier question.",
                            text, self._starters())

    def _answer_sources(self, intent: Intent) -> Answer:
        """The sources of the previous answer ("source?")."""
        draft = Draft(self.store)
        return draft.answer(intent, False, "sources", "Read as a request for sources.",
                            "Ask a question first; crr then lists the sources of its answer.",
                            self._starters())

    def _prefer_metrics_with_data(self, intent: Intent) -> None:
        """Among metrics that match the words about equally well, prefer one
        that holds a figure for the asked period ("Power of Siberia 2025"
        means the 2025 exports, not the pipeline's capacity)."""
        if not intent.candidates or intent.metric_id is None:
            return
        self._prefer_specific(intent)
        if intent.metric_id is None or not intent.periods or self._holds(intent.metric_id, intent.periods[0]):
            return
        if intent.kind == "change" and (self._points(intent.metric_id)
                                        or self.store.change_metrics(intent.metric_id)):
            return  # a change is read from the metric's own values and stated changes
        top = intent.candidates[0][0]
        topic = self.metrics[intent.metric_id].topic
        close = [metric_id for score, metric_id in intent.candidates
                 if score >= 2.5 and (score >= top * 0.25 or self.metrics[metric_id].topic == topic)]
        units = self._hinted_units(intent)
        amount = self._asks_an_amount(intent)
        holding = [m for m in close if self._holds(m, intent.periods[0])
                   and (not units or self.metrics[m].unit in units)
                   and not (amount and self.metrics[m].unit in SHARE_UNITS)]
        if holding and holding[0] != intent.metric_id:
            self._switch(intent, holding[0])

    UNIT_HINTS = [
        (re.compile(r"\bhow many years\b|\bhow long\b|\bduration\b|\bterm\b"), ("years",)),
        (re.compile(r"\bwhat (?:share|percentage|portion|proportion|percent)\b|\bshare of\b|%"), ("percent",)),
        (re.compile(r"\bhow much money\b|\bworth\b|\bcost\b|\bvalue of\b|\bspen[dt]\b"), ("USD bn", "USD mn")),
        (re.compile(r"\bbarrels?(?: a| per)? day\b|\bb/d\b|\bbpd\b"), ("barrels per day",)),
    ]

    def _prefer_specific(self, intent: Intent) -> None:
        """A part of the top metric that the question names (naval of all
        exercises), or a metric in the unit the question asks for ("how many
        years"), beats a broader match."""
        scores = dict((m, score) for score, m in intent.candidates)
        top = intent.metric_id
        for metric_id, score in scores.items():
            if self.metrics[metric_id].part_of == top and score >= 0.6 * scores[top]:
                self._switch(intent, metric_id)
                return
        units = self._hinted_units(intent)
        if units and self.metrics[top].unit not in units:
            fitting = [m for s, m in intent.candidates if self.metrics[m].unit in units
                       and s >= 0.4 * scores[top]]
            if fitting:
                self._switch(intent, fitting[0])
            elif units == SHARE_UNITS:
                # "What share of China's oil imports ...": tonnes are no share.
                intent.set_aside = [m for _, m in intent.candidates[:3]]
                intent.not_held = "crr holds no share (percent) for this, only amounts"
                intent.kind, intent.metric_id, intent.candidates = "unknown", None, []
        elif self._asks_an_amount(intent) and self.metrics[top].unit in SHARE_UNITS:
            # "How much did China export to Russia?" is not answered by a share.
            amounts = [m for s, m in intent.candidates if self.metrics[m].unit not in SHARE_UNITS
                       and s >= 0.6 * scores[top]]
            if amounts:
                self._switch(intent, amounts[0])
            else:
                intent.set_aside = [m for _, m in intent.candidates[:3]]
                intent.not_held = "crr holds no amount for this, only shares (percent)"
                intent.kind, intent.metric_id, intent.candidates = "unknown", None, []

    @staticmethod
    def _asks_an_amount(intent: Intent) -> bool:
        """'How much' of goods or money that flows, not of a share and not of a change
        ("how many banks refuse" may well be answered by a share of banks)."""
        return bool(re.search(r"\bhow (?:much|many)\b", intent.normalized)) and bool(re.search(
            r"\b(?:export|import|trade|sell|sold|buy|bought|send|sent|ship|suppl)", intent.normalized)) and not re.search(
            r"\b(?:share|percent|percentage|proportion|portion|fraction)\b|%|\bof (?:what|it|that)\b",
            intent.normalized) and intent.asked_kind != "change"

    def _hinted_units(self, intent: Intent) -> tuple[str, ...]:
        """The units the question's wording asks for ("what share" asks for a percent), if any."""
        for pattern, units in self.UNIT_HINTS:
            if pattern.search(intent.normalized):
                return units
        return ()

    def _switch(self, intent: Intent, metric_id: str) -> None:
        intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != metric_id]][:3]
        intent.metric_id = metric_id
        intent.metric_phrase = self.metrics[metric_id].name.lower()

    def _holds(self, metric_id: str, period: Period) -> bool:
        for row in self.store.observations(metric_id):
            if period.form == "point" and row["period"] == period.label:
                return True
            if period.form in ("since", "range", "before") and "/" in row["period"]:
                if _same_span_start(row, period):
                    return True
        return False

    def _answer_help(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        topics: dict[str, list[str]] = {}
        for metric in self.metrics.values():
            topics.setdefault(metric.topic, []).append(metric.name)
        text = render("answers/help.txt.j2", topics=topics)
        return draft.answer(intent, True, "help", "Read as a request for help.", text, self._starters())

    def _answer_about(self, intent: Intent) -> Answer:
        """What crr holds on a subject: its metrics, their coverage, related events."""
        draft = Draft(self.store)
        topic = next((t for t in self.store.topics if t.lower() in intent.normalized.split()), None)
        metric_ids = [m for _, m in intent.candidates[:4]] if intent.metric_id else []
        if not metric_ids and not topic:
            # A bare subject ("oil"): the metrics that mention it, however loosely.
            metric_ids = [m for _, m, _ in self.matcher.match(intent.normalized, min_score=0.5)[:6]]
        if topic and not metric_ids:
            metric_ids = [m.id for m in self.metrics.values() if m.topic == topic][:12]
        events = self._find_events(intent, limit=5)
        if not metric_ids and not events:
            return self._unknown(intent)
        metrics = [{"metric": self.metrics[m], "holdings": self._holdings(self.metrics[m]),
                    "count": len(self.store.observations(m))} for m in metric_ids]
        cited = self._cite_events(draft, events)
        subject = re.sub(r"^(?:what (?:do you|does crr) know about|tell me about|what is|what's|what are|"
                         r"explain|define|describe|info on|information on|about)\s+(?:the\s+)?",
                         "", intent.normalized).strip(" ?.") or intent.normalized
        text = render("answers/about.txt.j2", subject=subject, metrics=metrics, events=cited,
                      topic=topic)
        first = self.metrics[metric_ids[0]].name.lower() if metric_ids else ""
        return draft.answer(intent, True, "about", f"Read as a question about what crr holds on '{subject}'.",
                            text, [f"latest {first}", f"{first} over time"] if first else [])

    def _answer_unknown(self, intent: Intent) -> Answer:
        if not intent.not_held and not intent.periods and not intent.follow_up and self._find_events(intent, limit=1):
            return self._answer_about(intent)  # a subject the events cover ("border checkpoints")
        return self._unknown(intent)

    def _unknown(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        if intent.not_held:  # "trade surplus": the subject is known, the figure is not held
            held = [self.metrics[m] for m in intent.set_aside]
            text = render("answers/not_held.txt.j2", not_held=intent.not_held, metrics=held)
            return draft.answer(intent, False, "unknown",
                                f"{intent.not_held.replace('crr holds', 'The database holds')}.",
                                text, [f"latest {m.name.lower()}" for m in held[:2]] + ["what can I ask?"])
        in_subject = any(word in intent.normalized for word in ("china", "chinese", "russia", "russian", "sino", "beijing", "moscow", "kremlin", "putin", "xi "))
        text = render("answers/unknown.txt.j2", question=intent.question,
                      topics=self.store.topics, in_subject=in_subject)
        return draft.answer(intent, False, "unknown",
                            "No metric or topic of the database was recognised in the question.",
                            text, self._starters())
