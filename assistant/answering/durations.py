"""How long passed between two things: "How many years passed between the 1969 border war and the
ceremony that closed the border dispute?", "How long after the 2014 gas contract did deliveries
begin?".  Each thing is dated as "when was ...?" dates it, and the time between is worked out
by crr from the two dates, at the precision both are dated to, the arithmetic shown."""

from __future__ import annotations

import re
from datetime import date

from ..answer import Answer, Value
from ..reading.read import Intent
from ..reading.words import Lazy
from .draft import Draft

_UNIT = r"(?:many (years|months|weeks|days)|long)"
BETWEEN = Lazy(rf"^(?:so |and )?how {_UNIT} (?:passed |elapsed |went by |were there |was it |is it |had passed |lay )?"
               rf"between (?:the )?(.+?) and (?:the )?(.+?)\s*\??$", re.IGNORECASE)
# ... said otherwise: "years between A and B", "how many yrs from A to B", "how long did it take
# to go from A to B"
BETWEEN_BARE = Lazy(r"^(?:so |and )?(?:the )?(?:number of )?(years|months|weeks|days) (?:that )?(?:passed |elapsed |went by )?"
                    r"between (?:the )?(.+?) and (?:the )?(.+?)\s*\??$", re.IGNORECASE)
FROM_TO = Lazy(rf"^(?:so |and )?how {_UNIT} (?:did it take |passed |elapsed |went by |was it |is it )?(?:to (?:go|get|move) )?"
               rf"from (?:the )?(.+?) (?:to|until|till) (?:the )?(.+?)\s*\??$", re.IGNORECASE)
# "How long ago was the 2001 treaty signed?": from its date to today's.
AGO = Lazy(rf"^(?:so |and )?how {_UNIT} ago (?:was|were|did|is) (?:the )?(.+?)\s*\??$", re.IGNORECASE)
AFTER = Lazy(rf"^(?:so |and )?how {_UNIT} (after|before) (?:the )?(.+?) (did|was|were|had|could|would) (.+?)\s*\??$",
             re.IGNORECASE)
# ... after a thing just dated: "how many days later did Russia invade Ukraine?"
LATER = Lazy(rf"^(?:so |and )?how {_UNIT} (later|after(?:wards)?|afterwards|earlier|before) (did|was|were|had) (.+?)\s*\??$",
             re.IGNORECASE)
# "How many days did Xi's March 2023 visit last?", "how long did the visit last?" after it.
LASTED = Lazy(r"^(?:so |and )?how (?:many days|long) did (?:(?:the |his |her |their |that |this )?(.+?) )?(?:last|run|go on)\s*\??$",
              re.IGNORECASE)
# Words for an occasion, which the one shown is whatever its title calls it.
OCCASIONS = frozenset("visit trip tour stay summit meeting talks exercise exercises drill drills patrol event "
                      "conference forum parade ceremony".split())
# A run of days an event's title writes: "(20–22 March 2023)".
DAYS_WRITTEN = Lazy(r"\b(\d{1,2})\s*[–-]\s*(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b")
# Each unit, and the number of characters of an ISO date it needs ("2019-12" for months).
PRECISION = {"years": 4, "months": 7, "weeks": 10, "days": 10}


def the(thing: str) -> str:
    """A thing named as a when-question names it: "the 2014 gas contract", "Putin's visit"."""
    if re.match(r"(?:the|a|an|its|their|his|her|this|that)\b|[\w-]+['’]s\b|[A-Z]", thing):
        return thing
    return f"the {thing}"


def pointing_back(second: str, first: str) -> str:
    """"the treaty and its extension": the second thing is the first's."""
    if (own := re.match(r"(?:its|their) ", second)):
        return f"{the(first)}'s {second[own.end():]}"
    return second


class Durations:
    """Time between two dated things; mixed into Engine."""

    def _days_lasted(self, question: str, previous: Answer | None = None) -> Answer | None:
        """"How many days did Xi's March 2023 visit last?": the days from the first to the last
        of the run its record's title writes ("20–22 March 2023"), counted by crr; None when the
        question is no such question or the event found writes no such run."""
        asked = LASTED.match(question.strip())
        if not asked:
            return None
        thing = asked.group(1) or ""
        shown = previous.events[0] if previous is not None and previous.events and previous.events[0].event_id else None
        # ("how long did the visit last?" after Xi's visit: the one shown, its noun in its title)
        of_shown = shown is not None and (not thing or re.fullmatch(r"(?:it|that|this|they)", thing, re.I) or all(
            w in OCCASIONS or re.search(rf"\b{re.escape(w[:5])}", shown.title.lower()) for w in thing.lower().split()))
        if of_shown:
            found = previous
        elif thing and not re.fullmatch(r"(?:it|that|this|they)", thing, re.I):
            found = self.ask(f"when was {the(thing)}?")
        else:
            return None
        if not (found.events and found.events[0].event_id):
            return None
        row = self.store.rows("SELECT * FROM events WHERE id = ?", (found.events[0].event_id,))[0]
        run = DAYS_WRITTEN.search(row["title"])
        if not run:
            return None
        first, last = int(run.group(1)), int(run.group(2))
        if last < first:
            return None
        days = last - first + 1
        draft = Draft(self.store)
        cited = self._cite_events(draft, [row])[0]
        formula = f"{last} − {first} + 1 = {days}"
        text = (f"{days} days, counted by crr from the days its record writes, {first} to {last} {run.group(3)} "
                f"{run.group(4)} ({formula}): {row['title']} ({cited['source_name']}{cited['marks']}).\n")
        answer = draft.answer(Intent(question=question), True, "value",
                              "Read as how long an event lasted, counted by crr from the days its record writes.", text, [])
        answer.values = [Value.model_construct(
            metric="", label=f"Days of “{row['title']}”", period=row["date"], value=float(days), unit="days",
            qualifier="", source=row["source_id"], locator=row["locator"], derived=True, formula=formula,
            observation_id=None, cites=[1], reporter="")]
        answer.reading = {"kind": "value", "summary": f"how many days “{row['title']}” lasted"}
        answer.unread = []
        answer.context = {"kind": "value", "metric": None, "periods": [], "rest": "", "parties": [], "parts": []}
        return answer

    def _time_between(self, question: str, previous: Answer | None = None) -> Answer | None:
        text = re.sub(r"\byrs?\b", "years", question.strip())  # ("how many yrs from ...")
        shown, after, pronoun = None, None, None
        if (later := LATER.match(text)) and previous is not None and previous.answered and previous.kind == "when" \
                and previous.events and previous.events[0].event_id:
            # "How many days later did Russia invade Ukraine?" after the "no limits" statement's
            # date: from the event shown to the one asked.
            unit, shown = later.group(1), previous
            asked = [f"when {later.group(3)} {later.group(4)}?"]
        elif (ago := AGO.match(text)) is not None:
            return self._time_since(question, ago.group(1), ago.group(2))
        elif (between := BETWEEN.match(text) or BETWEEN_BARE.match(text) or FROM_TO.match(text)):
            first, second = between.group(2), pointing_back(between.group(3), between.group(2))
            unit, asked = between.group(1), [f"when was {the(first)}?", f"when was {the(second)}?"]
        elif (after := AFTER.match(text)):
            unit, first = after.group(1), the(after.group(3))
            if (pronoun := re.match(r"(?:it|they|this|that)\b\s*", after.group(5), re.IGNORECASE)):
                # "how many years after the treaty was it extended?": the first thing's own
                second = f"when {after.group(4)} {first} {after.group(5)[pronoun.end():]}?"
            else:
                second = f"when {after.group(4)} {after.group(5)}?"
            asked = [f"when was {first}?", second]
            if after.group(2).lower() == "before":
                asked.reverse()  # "how long before B did A": from A to B
        else:
            return None
        dated = [self.ask(q) for q in asked]
        if after is not None and not pronoun:
            # "How long after the invasion did Xi visit Moscow?": his visit nearest it on that
            # side, not his first ever, where the words name a time crr can read
            nearest = self.ask(f"{second.rstrip('?')} {after.group(2).lower()} {first}?")
            other = dated[0 if after.group(2).lower() == "after" else 1]
            if nearest.answered and nearest.kind == "when" and nearest.events and not (
                    other.events and other.events[0].event_id == nearest.events[0].event_id):
                # (not the first thing itself, which the words of both may find)
                dated[1 if after.group(2).lower() == "after" else 0] = nearest
        if shown is not None:
            # (the thing shown comes first, unless the question asks how long before it)
            earlier = later.group(2).lower() in ("earlier", "before")
            dated = [dated[0], shown] if earlier else [shown, dated[0]]
            asked = [asked[0], shown.question] if earlier else [shown.question, asked[0]]
        if not all(a.answered and a.kind == "when" and a.events and a.events[0].event_id for a in dated) \
                or dated[0].events[0].event_id == dated[1].events[0].event_id:
            if between and not any(re.fullmatch(r"[\d\s'’s-]+", g or "") for g in between.groups()[1:]):
                # "Years between the 2014 gas contract and the first deliveries?": a time between
                # two things, of which crr dates no more than one, is no figure of either
                return self._not_both_dated(question, asked, dated)
            return None
        rows = [self.store.rows("SELECT * FROM events WHERE id = ?", (a.events[0].event_id,))[0] for a in dated]
        if rows[0]["claim"] and rows[0]["claim"] == rows[1]["claim"] or rows[0]["title"] == rows[1]["title"]:
            # (one event, as two records give it: no time between two things)
            return self._not_both_dated(question, asked, dated) if between else None
        starts = [r["date"].split("/")[0] for r in rows]
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)
        precise = min(len(s) for s in starts)
        unit = (unit or "").lower() or ("days" if precise >= 10 else "months" if precise >= 7 else "years")
        said = "; ".join(f"{c['row']['title']}, {c['date']} ({c['source_name']}{c['marks']})" for c in cited)
        intent = Intent(question=question)
        interpretation = "Read as the time between two dated events, worked out by crr."
        if precise < PRECISION[unit]:
            text = (f"The sources date these only to the {('year' if precise == 4 else 'month')}, so crr cannot count "
                    f"the {unit} between them: {said}.\n")
            return self._between_answer(draft.answer(intent, False, "value", interpretation, text, []), asked)
        a, b = starts
        if unit == "years":
            number, formula = int(b[:4]) - int(a[:4]), f"{b[:4]} − {a[:4]} = {int(b[:4]) - int(a[:4])}"
        elif unit == "months":
            number = (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])
            formula = f"({b[:4]} − {a[:4]}) × 12 + ({int(b[5:7])} − {int(a[5:7])}) = {number}"
        else:
            days = (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
            number = days // 7 if unit == "weeks" else days
            formula = f"{b[:10]} − {a[:10]} = {days} days" + (f" = {number} weeks" if unit == "weeks" else "")
        if number < 0:
            text = f"The second came before the first, so no time passed after it: {said}.\n"
            return self._between_answer(draft.answer(intent, False, "value", interpretation, text, []), asked)
        name = unit if number != 1 else unit[:-1]
        text = (f"{number} {name}, worked out by crr from the two dates ({formula}): {said}.\n")
        answer = draft.answer(intent, True, "value", interpretation, text, [])
        answer.values = [Value.model_construct(
            metric="", label=f"Time between “{rows[0]['title']}” and “{rows[1]['title']}”", period=f"{a}/{b}",
            value=float(number), unit=unit, qualifier="", source=rows[0]["source_id"], locator=rows[0]["locator"],
            derived=True, formula=formula, observation_id=None, cites=[1, 2] if len(draft.citations) > 1 else [1],
            reporter="")]
        return self._between_answer(answer, asked)

    def _not_both_dated(self, question: str, asked: list[str], dated: list[Answer]) -> Answer:
        """No time between two things, where crr cannot date them both apart: what it dates."""
        draft = Draft(self.store)
        lines = []
        for question_asked, found in zip(asked, dated):
            thing = re.sub(r"^when (?:was|were|did) ", "", question_asked).rstrip("?")
            # (the event's line without its marks: this answer cites no source of its own)
            lines.append(f"- {thing}: " + (re.sub(r"\[\d+\]", "", found.text.splitlines()[0])
                                           if found.answered and found.kind == "when"
                                           else "crr holds no event it can date as that"))
        text = ("crr cannot date both of these as two events apart, so it gives no time between them:\n"
                + "\n".join(lines) + "\n")
        answer = draft.answer(Intent(question=question), False, "value",
                              "Read as the time between two dated events.", text, [])
        return self._between_answer(answer, asked)

    def _time_since(self, question: str, unit: str | None, thing: str) -> Answer | None:
        """"How long ago was the 2001 treaty signed?": the years from its date to today's,
        worked out by crr; None when crr dates no such thing."""
        asked = f"when was {the(thing)}?"
        found = self.ask(asked)
        if not (found.answered and found.kind == "when" and found.events and found.events[0].event_id):
            return None
        row = self.store.rows("SELECT * FROM events WHERE id = ?", (found.events[0].event_id,))[0]
        start, today = row["date"].split("/")[0], date.today()
        unit = (unit or "years").lower()
        if unit != "years" and len(start) < PRECISION[unit]:
            return None
        draft = Draft(self.store)
        cited = self._cite_events(draft, [row])[0]
        if unit == "years":
            number, formula = today.year - int(start[:4]), f"{today.year} − {start[:4]} = {today.year - int(start[:4])}"
        elif unit == "months":
            number = (today.year - int(start[:4])) * 12 + today.month - int(start[5:7])
            formula = f"({today.year} − {start[:4]}) × 12 + ({today.month} − {int(start[5:7])}) = {number}"
        else:
            days = (today - date.fromisoformat(start[:10])).days
            number = days // 7 if unit == "weeks" else days
            formula = f"{today.isoformat()} − {start[:10]} = {days} days" + (f" = {number} weeks" if unit == "weeks" else "")
        name = unit if number != 1 else unit[:-1]
        text = (f"{number} {name} ago, worked out by crr from its date and today's ({today.isoformat()}; {formula}): "
                f"{row['title']}, {cited['date']} ({cited['source_name']}{cited['marks']}).\n")
        answer = draft.answer(Intent(question=question), True, "value",
                              "Read as how long ago a dated event was, worked out by crr.", text, [])
        answer.values = [Value.model_construct(
            metric="", label=f"Time since “{row['title']}”", period=f"{start}/{today.isoformat()}", value=float(number),
            unit=unit, qualifier="", source=row["source_id"], locator=row["locator"], derived=True, formula=formula,
            observation_id=None, cites=[1], reporter="")]
        return self._between_answer(answer, [asked, "today"])

    @staticmethod
    def _between_answer(answer: Answer, asked: list[str]) -> Answer:
        answer.reading = {"kind": "value", "summary": "the time between "
                          + " and ".join(f"“{re.sub(r'^when (?:was |did |were )?', '', q, flags=re.I).rstrip('?')}”" for q in asked)}
        answer.unread = []
        answer.context = {"kind": "value", "metric": None, "periods": [], "rest": "", "parties": [], "parts": []}
        return answer
