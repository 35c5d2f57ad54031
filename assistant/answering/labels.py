"""The official names the two governments gave their relationship (db/labels.yaml): the
name given at a time, the one in force then, or the latest, each cited with its event."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.periods import describe_label
from ..reading.read import Intent
from ..reading.words import Lazy
from .draft import Draft

# A name asked of the relationship: "what was it called in 1996?", "its official name",
# "what was it upgraded to?".
LABEL_ASKED = Lazy(r"\b(?:official (?:name|label|title|designation|term|description)s?|labels?|labell?ed|"
                   r"called|named|renamed|termed|designated|upgraded|upgrades?|elevated|raised|re-?branded|"
                   r"call (?:it|the relationship|their relationship|the ties|their ties))\b")
RELATIONSHIP = Lazy(r"\b(?:relationship|relations|partnership|(?:the|their|bilateral) ties)\b")
# "The name of the 2019 partnership (upgrade)": the relationship's own name asked.
NAME_OF_IT = Lazy(r"\bnames? (?:(?:given|put|applied) )?(?:of|for|to) (?:the |their |its )?(?:(?:19|20)\d\d )?(?:relationship|partnership|relations)\b")
# A time the question gives in words of its own: "when Putin became president", "during the war".
A_TIME_SAID = Lazy(r"\b(?:when|while|during|at the time|after|before|under)\b")
# More than one name asked: "the official names", "every label", "how has it been called".
EVERY_NAME = Lazy(r"\b(?:names|labels|designations|every|all|each|history|over time|over the years|how has)\b")


def _one_name(label: str) -> str:
    """A name as said twice: "... for a new era" and "... for the New Era" are one."""
    return " ".join(re.sub(r"\b(?:a|the)\b", " ", label.lower()).split())


class LabelAnswers:
    """The relationship's official names; mixed into Engine, which provides store."""

    def _asks_label(self, intent: Intent) -> bool:
        """The name is asked of the relationship itself, the two words close together."""
        text = intent.normalized
        if intent.kind not in ("when", "help", "sources", "judgement") and "how many" not in text and NAME_OF_IT.search(text):
            return True  # "name of the 2019 partnership upgrade", "the name given to the relationship"
        if intent.kind in ("who", "when", "help", "sources", "judgement") or "how many" in text \
                or re.match(r"(?:and |so )?where\b", text):
            return False  # ("where was the 2019 partnership upgrade agreed?": a place, no name)
        named, relation = LABEL_ASKED.search(text), RELATIONSHIP.search(text)
        return bool(named and relation) and abs(named.start() - relation.start()) <= 40

    def _answer_label(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        intent.kind = "label"  # so that "and in 1996?" asks it again of another time
        intent.metric_id, intent.alternatives, intent.candidates = None, [], []
        rows = self.store.rows("SELECT * FROM relationship_labels ORDER BY date_start, id")
        period = intent.periods[0] if intent.periods else None
        if period is not None:
            start = period.start.isoformat() if period.start else "0000"
            end = period.end.isoformat() if period.end else "9999"
            given = [r for r in rows if start <= r["date_start"] <= end]
            before = [r for r in rows if r["date_start"] <= end]
            if given:
                shown, opening = given, f"The official names given to the relationship in {period.phrase}:"
            elif before:
                shown, opening = before[-1:], f"The official name in force in {period.phrase}, given earlier:"
            else:
                shown, opening = [], ""
        elif EVERY_NAME.search(intent.normalized):
            shown, opening = rows, "The official names given to the relationship, in order:"
        elif A_TIME_SAID.search(intent.normalized):
            # "... when Putin first became president?": a time crr could not read is no
            # reason to give the latest name; every name, with its date, is.
            shown, opening = rows, ("crr could not read the time this asks of; the official names given to "
                                    "the relationship, in order:")
        else:
            shown, opening = rows[-1:], "The latest official name given to the relationship:"
            first = next((r for r in rows[:-1] if _one_name(r["label"]) == _one_name(rows[-1]["label"])), None)
            if first is not None:
                # ("Comprehensive ... for the New Era", 2023, is 2019's name used again: the name's
                # date is when it was first given)
                shown, opening = [first, rows[-1]], "The latest official name of the relationship, first given, then used again:"
        interpretation = "Read as a question about the relationship's official name."
        if not shown:
            text = (f"crr holds no official name of the relationship given by {period.phrase}; "
                    f"the first it holds is from {describe_label(rows[0]['date'])}.")
            return draft.answer(intent, False, "label", interpretation, text, ["official names of the relationship"])
        lines = [opening]
        for row in shown:
            number = draft.cite(row["source_id"], row["locator"])
            if row["event_id"]:
                event = self.store.rows("SELECT * FROM events WHERE id = ?", (row["event_id"],))
                if event:
                    self._cite_events(draft, event[:1])
            note = f" {row['note']}" if row["note"] else ""
            lines.append(f"- {describe_label(row['date'])}: \u201c{row['label']}\u201d "
                         f"({draft.short(row['source_id'])}[{number}]).{note}")
        return draft.answer(intent, True, "label", interpretation, "\n".join(lines),
                            ["official names of the relationship"])
