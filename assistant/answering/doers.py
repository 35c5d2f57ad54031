"""Who did what an event says: the sentence of its record that says the act asked, a name
that opens its title doing it, and the people its clause of that act names; and who took
part in the event just shown.  Mixed into Engine, which provides the lexicon and the
people's names."""

from __future__ import annotations

import re

from ..reading.read import Intent
from .event_words import event_words
from .draft import Draft
from .people import REFUSED, SIGNING, _side_asked, acts_asked, says_an_act
from .turn_words import BARE_ACT
from ..reading.words import Lazy

# "Who reported it?", "who revealed that?": the reporter of the event shown.
REPORTER_ASKED = Lazy(r"^(?:and |so )?who (?:first )?(?:reported|revealed|disclosed|broke|exposed|leaked) (?:it|that|this|them|the story|the news)\b")
# A record of a report, its reporter first: "Politico reports Norinco arms shipments ...".
REPORTER_IN_TITLE = Lazy(r"^((?:[A-Z][\w.&'-]*\s?){1,4}?)\s*(?:reports?|reported|reveals?|revealed|discloses?|disclosed)\b")



def _signing_clauses(row) -> str:
    """The clauses of an event's record that say what was signed or agreed ("Xi went to the
    parade. The two sides agreed to ..." names no signer, though it names Xi); the whole
    record when none does."""
    clauses = [c for c in re.split(r"[.;]\s+", f"{row['title']}; {row['summary']}")
               if re.search(r"\b(?:sign|agree|deal|accord|contract|treat|pact|memorand|mou\b|declaration|statement|document)", c, re.I)]
    return ". ".join(clauses) if clauses else f"{row['title']}. {row['summary']}"

class Doers:
    """Mixed into Engine."""

    def _words_of_the_act(self, intent: Intent, row) -> str:
        """An event's words that may name who did what is asked: the sentence of its summary
        that says the act ("... the Duma both ratified the transfer"), when one does; else its
        title and summary."""
        acts = acts_asked(intent, ("ed", "es"))
        sentences = re.split(r"(?<=[.;])\s+", row["summary"] or "")
        saying = [s for s in sentences if says_an_act(s, acts)]
        return " ".join(saying) if len(saying) == 1 else f"{row['title']}. {row['summary']}"

    def _done_by_a_name(self, intent: Intent, row) -> bool:
        """Whether an event's title opens with a name that does what the question asks, in
        its words ("Yukos proposes an oil pipeline" for "who proposed the pipeline?")."""
        opening = re.match(r"([A-Z][\w-]+(?: [A-Z][\w-]+)*) ([a-z]+)", row["title"] or "")
        if not opening or self.lexicon.values_of(opening.group(1).lower(), "party") \
                or self._people_in(opening.group(1).lower()):
            return False
        asked = set(event_words(intent.normalized))
        return bool(set(event_words(opening.group(2))) & asked)

    def _signers_unnamed(self, intent: Intent, row) -> bool:
        """"Who signed it?" of an event whose words name none of its people: the record lists
        who took part (Putin, president then), not who signed; the source names no signer."""
        if not SIGNING.search(intent.normalized):
            return False
        words = event_words(_signing_clauses(row).lower())
        return not any(self._named_in(p, words) for p in self.store.people_of_event(row["id"]))

    def _doers(self, intent: Intent, row, asked: set[str], of_event: set[str]) -> set[str]:
        """The names of the event's people (`of_event`) that the clause matching the question
        names, besides those asked about (one named only as another's, "Putin's spokesman",
        is not); when that clause names none of them, those of its record so named, if two or
        more; else none."""
        _, clause = self.supporting_text(intent, row)
        said = clause.lower()
        found = {p["name"] for p in self._people_in(said) if p["id"] not in asked and p["id"] in of_event}
        if not found:
            # A clause that names none of them (a title: "Kremlin rejects ..."): the event's
            # people, as its record says them.
            said = f"{row['title']}. {row['summary'] or ''}".lower()
            found = {p["name"] for p in self._people_in(said) if p["id"] not in asked and p["id"] in of_event}
            if len(found) < 2:
                return set()

        def owner_only(name: str) -> bool:
            last = re.escape(name.split()[-1].lower())
            return bool(re.search(rf"\b{last}['’]s\b", said)) and not re.search(rf"\b{last}\b(?!['’]s)", said)

        # One named only as another's ("Putin's spokesman Dmitry Peskov") is not who did it.
        doers = {n for n in found if not owner_only(n)}
        return doers or found

    def _refusers(self, row, of_event: set[str]) -> set[str]:
        """The names of an event's people that its record says refused or declined (Deng, who
        would not see Yeltsin in 1992): no one who met, attended or took part."""
        found = set()
        for clause in re.split(r"(?<=[.;,])\s+|\s+(?:but|while|whereas)\s+|\s*[()]\s*", row["summary"] or ""):
            if REFUSED.search(clause):
                found |= {p["name"] for p in self._people_in(clause.lower()) if p["id"] in of_event}
        return found

    def _report_of(self, intent: Intent, row, draft):
        """The one whose report of an event another record holds ("Politico reports Norinco
        arms shipments to Russia"): named by the words its title puts before the verb of
        reporting; None when no report record shares a name of the event's title."""
        names = {w for w in re.findall(r"\b[A-Z][\w-]{3,}", row["title"])
                 if not self.lexicon.values_of(w.lower(), "party")}
        if not names:
            return None
        for report in self.store.rows("select * from events where id != ? order by date_start", (row["id"],)):
            said = REPORTER_IN_TITLE.match(report["title"])
            if said and names & set(re.findall(r"\b[A-Z][\w-]{3,}", report["title"])):
                cited = self._cite_events(draft, [report])[0]
                text = (f"{said.group(1).strip()}, by crr's record of its report: {report['title']}, {cited['date']} "
                        f"({cited['source_name']}{cited['marks']}).\n")
                return draft.answer(intent, True, "who", "Read as a follow-up: who reported the event just shown.",
                                    text, [])
        return None

    def _answer_who_of_previous(self, intent: Intent, event_id: str, besides: set[str] = frozenset()):
        """"Who took part?" after an answer about an event: that event's people; those the
        question's words say what of ("who did he meet?": those its clause of meeting
        names), `besides` the one asked about before."""
        from ..writing.render import render

        draft = Draft(self.store)
        rows = self.store.rows("select * from events where id = ?", (event_id,))
        if not rows:
            return self._no_event(intent, draft, "Read as a follow-up about the event just shown.")
        if REPORTER_ASKED.match(intent.normalized) and (reported := self._report_of(intent, rows[0], draft)) is not None:
            return reported  # "who reported it?" after Norinco's shipments: Politico, by the record of its report
        cited = self._cite_events(draft, self._same_claim(rows))  # each source's account of it
        for line, row in zip(cited, self._same_claim(rows)):
            if self._signers_unnamed(intent, row):
                # (those the record links to the event, in office then, are said as such: not signers)
                line["linked"], line["people"] = line["people"], []
        if besides or BARE_ACT.match(intent.normalized):
            # (a verb alone, "who refused?": those its clause of that act names)
            of_event = {p["id"] for p in self.store.people_of_event(event_id)}
            doers = self._doers(intent, rows[0], besides, of_event)
            left = {p["name"] for p in self.store.people if p["id"] in of_event - besides}
            for line in cited:
                line["people"] = [n for n in line["people"] if n in (doers or left)]
        if not REFUSED.search(intent.normalized):
            # "Who did he meet?": never the one the record says refused to see him
            refusing = self._refusers(rows[0], {p["id"] for p in self.store.people_of_event(event_id)})
            for line in cited:
                line["people"] = [n for n in line["people"] if n not in refusing] or line["people"]
        side = _side_asked(intent.normalized)
        if side:
            # "Who signed for China?": that side's people only; none named is said, not filled in.
            of_side = {p["name"] for p in self.store.people_of_event(event_id) if p["country"].lower() == side}
            for line in cited:
                line["people"] = [name for name in line["people"] if name in of_side]
            if not cited[0]["people"]:
                text = (f"The source names no one from {side.title()} for this event: {rows[0]['title']}, "
                        f"{cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']}).\n")
                return draft.answer(intent, False, "who", f"Read as a follow-up: who took part in "
                                    f"'{rows[0]['title']}' for {side.title()}.", text, [])
        # With no people of its own, the names its words give are shown as the source's, to judge.
        # (asked who signed, those of the clauses that say what was signed: a parade signs nothing)
        # (asked who did another act, "which parliaments ratified it?", those of its sentence that says so)
        names = [] if cited[0]["people"] or side else self._names_beyond(
            _signing_clauses(rows[0]) if SIGNING.search(intent.normalized) else self._words_of_the_act(intent, rows[0]),
            intent.question, intent.parties)
        if names and (kind := self._kind_unnamed(intent, names)):
            # "Name the Chinese banks that financed it": words naming a firm and an embassy name no bank.
            text = (f"The record crr found names no {kind}: it names {', '.join(names)}. {rows[0]['title']}, "
                    f"{cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']}).\n")
            return draft.answer(intent, False, "who", f"Read as: which {kind} took part in '{rows[0]['title']}'.",
                                text, [f"what happened in {rows[0]['date_start'][:4]}?"])
        text = render("answers/who.txt.j2", events=cited, names=names, lead=False)
        return draft.answer(intent, bool(cited[0]["people"] or names), "who",
                            f"Read as a follow-up: who took part in '{rows[0]['title']}'.",
                            text, [f"what happened in {rows[0]['date_start'][:4]}?"])
