"""Replies that give no figure of a metric: the sources crr draws on, or those of a figure
asked, a judgement declined, help, what crr holds about a subject, and a question it
could not read."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.read import Intent
from ..writing.render import render
from .draft import Draft
from .people import ASKS_NUMBER
from ..reading.words import Lazy


# A question of what someone did ("what did Norinco ship to Russia?"), which no figure answers.
ACTION_ASKED = Lazy(r"^what (?:did|does|do|has|have|had)\b")

# "What are your sources?", "which sources does crr use?": crr's own, not the last answer's.
YOUR_SOURCES = Lazy(r"\b(?:your|crr's|you use|do you use|does crr use|all (?:the |your )?sources)\b")


class Replies:
    """Replies with no figure; mixed into Engine."""

    def _no_previous(self, intent: Intent) -> Answer:
        """"and in 2022?" with nothing before it: say so, and how to ask in full."""
        draft = Draft(self.store)
        text = (f"“{intent.question}” reads as a follow-up, but there is no earlier question in this "
                "conversation to follow. Ask it in full, for example “trade in 2022?”.")
        return draft.answer(intent, False, "unknown", "Read as a follow-up with no earlier question.",
                            text, self._starters())

    def _nothing_shown(self, intent: Intent) -> Answer:
        """"Who signed it?" after an answer that found nothing: "it" stands for nothing shown."""
        draft = Draft(self.store)
        text = (f"“{intent.question}” asks about what was just shown, but the answer before it found no event "
                "or figure. Ask it in full, naming the treaty, deal or visit.")
        return draft.answer(intent, False, "unknown", "Read as a follow-up about nothing shown.",
                            text, self._starters())

    def _answer_sources(self, intent: Intent) -> Answer:
        """The sources of the previous answer ("source?"), or of a figure the question states
        ("what's the source for the 245 billion figure?")."""
        draft = Draft(self.store)
        if intent.numbers:
            return self._sources_of_figure(intent, draft)
        if YOUR_SOURCES.search(intent.normalized):
            # "What are your sources?" asked first: every source of crr's figures.
            listed = self._sources_listed(intent, list(self.metrics.values()))
            if listed is not None:
                return listed
        return draft.answer(intent, False, "sources", "Read as a request for sources.",
                            "Ask a question first; crr then lists the sources of its answer.",
                            self._starters())

    def _sources_of_figure(self, intent: Intent, draft: Draft) -> Answer:
        """Each record crr holds of the figure stated, in the unit the question gives it, with its source."""
        marks = ",".join("?" for _ in intent.numbers)
        rows = self.store.rows(f"select * from observations where value in ({marks}) order by period, id",
                               tuple(intent.numbers))
        units = {u for group in intent.quantity_units for u in group}
        facts = self.resolver.facts
        found = [(r, self.metrics[r["metric_id"]]) for r in rows if r["metric_id"] in self.metrics
                 and (not units or self.metrics[r["metric_id"]].unit in units)]
        found = [(r, m) for r, m in found if all(facts.covers(m.subjects, a) for a in intent.subjects)]
        interpretation = "Read as a request for the sources of a figure."
        stated = " or ".join(f"{n:g}" for n in intent.numbers)
        if not found:
            text = f"crr holds no figure of {stated} that fits this, so it cites none.\n"
            return draft.answer(intent, False, "sources", interpretation, text, self._starters())
        lines = []
        for row, metric in found[:6]:
            fact = draft.observed(row, metric)
            lines.append(f"- {metric.name}, {fact.period_text}: {fact.text} ({fact.source_name}, "
                         f"“{row['locator']}”{fact.marks})")
        text = f"crr holds {stated} as:\n" + "\n".join(lines) + "\n"
        return draft.answer(intent, True, "sources", interpretation, text, [])

    def _answer_judgement(self, intent: Intent) -> Answer:
        """An opinion or a prediction: crr holds figures and events, not judgements."""
        draft = Draft(self.store)
        asked = {s for group in intent.subjects for s in group}
        # Figures set aside for a word they lack bear on it; those of another subject ("oil"
        # for "arms"), or of a question that names no subject crr holds, do not.
        related = [self.metrics[m].name for _, m in intent.candidates[:3]] or \
                  [self.metrics[m].name for m, rule in intent.rejected
                   if rule != "subject" and asked & set(self.metrics[m].subjects)][:3]
        events = self._events_bearing(intent)
        text = render("answers/judgement.txt.j2", question=intent.question, related=related,
                      events=self._cite_events(draft, events) if events else [],
                      timed=bool(intent.metric_id and intent.periods))
        return draft.answer(intent, False, "judgement",
                            "Read as a question of judgement or prediction, which no figure answers.",
                            text, [f"latest {name.lower()}" for name in related[:2]] + ["what can I ask?"])

    def _events_bearing(self, intent: Intent) -> list:
        """"Why did it fall?" of a figure for a year: the events of its subjects that year,
        which the sources give as what happened, not as crr's judgement."""
        if not (intent.metric_id and intent.periods):
            # "Are China and Russia allies?": the events that say every word it asks about
            # ("not allies, but better than allies"), the sources' words, not crr's.
            terms = set(self.event_vocab.search_terms(" ".join(intent.content)))
            if not terms:
                return []
            return [r for r in self._find_events(intent, limit=8)
                    if not self.event_vocab.missing_terms(r, terms)][:3]
        period, subjects = intent.periods[0], set(self.metrics[intent.metric_id].subjects)
        if period.start is None or period.end is None or period.start.year > self.store.newest_year:
            return []  # "will trade reach $300bn by 2030?": no time of events, but one to come
        return [e for e in self.store.events_between(period.first_day, period.last_day)
                if subjects & set((e["subjects"] or "").split("; "))][:3]

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
        if not metric_ids and not topic and not intent.rejected:
            # A bare subject ("oil"): the metrics that mention it, however loosely.
            metric_ids = [m for _, m, _ in self.matcher.match(intent.normalized, min_score=0.5)[:6]]
        if topic and not metric_ids:
            metric_ids = [m.id for m in self.metrics.values() if m.topic == topic][:12]
        events = self._find_events(intent, limit=5)
        if not metric_ids and not events:
            return self._unknown(intent)
        metrics = [{"metric": self.metrics[m], "holdings": self._holdings(self.metrics[m]),
                    "count": len(self.store.observations(m))} for m in metric_ids]
        # (the events found by how well they match, then shown in the order they happened)
        cited = self._cite_events(draft, sorted(events, key=lambda row: row["date"] or ""))
        subject = re.sub(r"^(?:what (?:do you|does crr) know about|(?:what )?(?:can|could) you tell me (?:about|on)|"
                         r"tell me about|what is|what's|what are|"
                         r"explain|define|describe|info on|information on|about)\s+(?:the\s+)?",
                         "", intent.normalized).strip(" ?.") or intent.normalized
        if (written := re.search(re.escape(subject), intent.question, re.IGNORECASE)) is not None:
            subject = written.group(0)  # ("the Arctic", as the question wrote it)
        text = render("answers/about.txt.j2", subject=subject, metrics=metrics, events=cited,
                      topic=topic)
        first = self.metrics[metric_ids[0]].name.lower() if metric_ids else ""
        # "What was the dollar value of Norinco's shipments?": a number asked, which what crr
        # holds on the subject (events, no figure of it) does not give.
        number_asked = bool(ASKS_NUMBER.search(intent.normalized)) and not metric_ids
        if number_asked:
            text = ("crr holds no figure that answers this; what it holds on the subject follows, "
                    "so it gives no number rather than guess.\n\n" + text)
        # (what it holds on a subject is no number asked, whatever figures of it crr lists)
        return draft.answer(intent, not ASKS_NUMBER.search(intent.normalized), "about",
                            f"Read as a question about what crr holds on '{subject}'.",
                            text, [f"latest {first}", f"{first} over time"] if first else [])

    def _answer_unknown(self, intent: Intent) -> Answer:
        action = ACTION_ASKED.match(intent.normalized)
        if not intent.not_held and (action or not intent.periods) and not intent.follow_up and not intent.others \
                and self._find_events(intent, limit=1):
            if action:  # "what did Norinco send to Russia?": what it did, in the events that say
                intent.kind = "what_happened"
                return self._answer_what_happened(intent)
            return self._answer_about(intent)  # a subject the events cover ("border checkpoints")
        return self._unknown(intent)

