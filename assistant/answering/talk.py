"""What a follow-up borrows from the talk so far: the first or last thing shown, whether a
source gives a figure, the words a follow-up adds, and the question before read again
with new times or parties."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.read import COUNTRIES, Intent, read
from ..reading.words import Lazy, _stem
from .turn_words import EVENT_KINDS, POINTED_NOUN
from .time_shown import _shift_year, periods_in_context

FLOW_WORDS = Lazy(r"\b(export|import)s?\b")
TWO_COUNTRIES = Lazy(r"\b(?:china|chinese|sino)\W+(?:russia|russian)|\b(?:russia|russian|russo)\W+(?:china|chinese)",
                     re.IGNORECASE)
# A turn that names only countries: "and China-Russia?", "what about the Chinese?".
PARTIES_ALONE = Lazy(r"^(?:and|what about|how about|and what about|same for)\s+(?:the\s+)?[a-z' -]+\W*$", re.IGNORECASE)


# A follow-up that asks who or which of the thing asked before: "which countries?", "who took part?".
# "How many have there been since?", "how many times since then?": a count asked.
COUNT_ASKED = Lazy(r"^(?:and |so |ok |then )?how many\b")
WHO_ASKED = Lazy(r"^(?:and |so )?(?:who|whom|which (?:countries|country|firms?|companies|company|banks?|people|leaders?|members?|states|nations))\b")


class TalkSoFar:
    """Mixed into Engine, which provides store, metrics, the lexicon and the answers."""

    def _first_or_last_shown(self, intent: Intent, previous: Answer, latest: bool) -> Answer:
        """"Which was the last of those?" after a list of events: the latest of them, dated;
        "the first time, I mean" after one event's date: the question before, asked of the
        first (or last) time."""
        # (the list a first or last was just picked from, for "and the first one?" after it)
        listed = (previous.context or {}).get("listed") or [
            (e.date, e.event_id) for e in previous.events if e.event_id and e.date]
        listed = sorted(map(tuple, listed))
        if len(listed) >= 2 or not previous.question:
            answer = self._answer_when_of_previous(intent, (listed[-1] if latest else listed[0])[1])
        else:
            asked = f"{previous.question.rstrip('?. ')} for the {'last' if latest else 'first'} time"
            answer = self._ask_one(asked, None)
            answer.question = intent.question
        answer.context = {"kind": "when", "metric": None, "periods": [], "rest": intent.rest,
                          "parties": [], "parts": [], "listed": listed if len(listed) >= 2 else []}
        return answer

    def _gives(self, intent: Intent, metric_id: str) -> bool:
        """Whether the sources and the statistics a question asks for give the metric a figure
        (for the time it asks, if it asks one)."""
        period = intent.periods[0] if len(intent.periods) == 1 else None
        return any((not intent.sources or r["source_id"] in intent.sources)
                   and (not intent.reporter or r["reporter"] == intent.reporter)
                   and (period is None or period.takes_in(r))
                   for r in self.store.observations(metric_id))

    @staticmethod
    def _new_content(intent: Intent) -> list[str]:
        """The question's content words, less the noun a pointing word stands before
        ("that role", "this deal"): it names what was shown, nothing new."""
        pointed = {_stem(m.group(1)) for m in POINTED_NOUN.finditer(intent.normalized)}
        return [w for w in intent.content if w not in pointed]

    @staticmethod
    def _bare(intent: Intent) -> bool:
        """A question of a kind and a measure alone ("when?", "for how long?", "how much?"):
        what it asks about can only be what was just answered."""
        return not (intent.subjects or intent.content or intent.people or intent.parties or intent.numbers
                    or intent.periods or intent.units or intent.currency)

    def _names_no_subject(self, intent: Intent) -> bool:
        """A follow-up that only changes the time or the parties ("and in 2015?", "and Russia's?")."""
        return not intent.subjects and not intent.people and not intent.content

    def _reread_previous(self, intent: Intent, before: dict) -> None:
        """"and in 2015?" after "what happened in 2014?": the previous question's words,
        with this one's periods, and its parties put in place of the previous ones."""
        rest = before.get("rest") or ""
        old, new = before.get("parties") or [], intent.parties
        if new and len(new) == len(old):
            rest = self._swap_parties(rest, old, new)
        periods = intent.periods or _shift_year(intent.normalized, periods_in_context(before)) or periods_in_context(before)
        question = intent.question
        fresh = read(rest, self.lexicon)
        fresh.question, fresh.periods, fresh.follow_up = question, periods, True
        # ("who else?", "what else?": not those named or shown before)
        fresh.besides_people, fresh.besides_events = intent.besides_people, intent.besides_events
        fresh.kind = before["kind"] if fresh.kind not in EVENT_KINDS else fresh.kind
        self.resolver.resolve(fresh)
        fresh.kind = before["kind"] if fresh.kind not in EVENT_KINDS else fresh.kind
        if before["kind"] == "when" and COUNT_ASKED.match(intent.normalized):
            # "how many have there been since?" after when the first joint exercise was: a count
            # of such things, not the date again
            thing = re.sub(r"^\s*(?:when|what year|which year|in what year|in which year)\b(?:\s+(?:did|was|were|do|does|is|are))?", "", rest)
            fresh = read("how many times " + re.sub(r"\b(?:first|last|earliest|latest|ever)\b", " ", thing), self.lexicon)
            fresh.question, fresh.periods, fresh.follow_up = question, periods, True
            self.resolver.resolve(fresh)
        if intent.kind == "who" and before["kind"] in ("when", "what_happened") and WHO_ASKED.match(intent.normalized):
            # "which countries?" after when the SCO was founded: who, of the event asked before
            fresh.kind = "who"
            fresh.normalized = f"{intent.normalized} {fresh.normalized}"
        intent.__dict__.update(fresh.__dict__)

    @staticmethod
    def _turned(intent: Intent, before: dict) -> bool:
        """Whether a follow-up names the other of exports and imports than the question
        before it, and nothing else of a flow."""
        now = set(FLOW_WORDS.findall(intent.normalized))
        then = set(FLOW_WORDS.findall(before.get("rest") or ""))
        return len(now) == 1 and len(then) == 1 and now != then

    def _ours_for_theirs(self, question: str, previous: Answer) -> str | None:
        """"and China-Russia?", "and Chinese?", "what about China?" after a figure of another
        country crr does not hold (China-India trade): the question before, with the parties
        named now in place of the other country's; None when it is no such turn."""
        before = previous.context or {}
        old = before.get("parties") or []
        if previous.answered or not old or all(p in COUNTRIES for p in old) or not PARTIES_ALONE.match(question):
            return None
        intent = read(question, self.lexicon)
        new = intent.parties
        if not new and len(old) == 2 and TWO_COUNTRIES.search(question):
            new = list(COUNTRIES)  # "and China-Russia?": the pair, which the reading takes as the subject of all
        if not new or intent.others or intent.subjects or intent.content or intent.people or intent.periods:
            return None
        if len(new) != len(old):
            # one named: it stands for the other country ("and Chinese?" after Turkish tourists in Russia)
            keep = [p for p in old if p in COUNTRIES and p not in new]
            if len(new) + len(keep) != len(old):
                return None
            new = [next(iter(new)) if p not in COUNTRIES else p for p in old]
        rest = self._swap_parties(before.get("rest") or "", old, new)
        times = " ".join(p["phrase"] for p in before.get("periods") or [])
        return f"{rest} {times}".strip()
