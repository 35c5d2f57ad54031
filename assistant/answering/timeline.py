"""Answers about events and people: when, what happened, who, how many times.

Events are found by full-text search on their titles and summaries, narrowed
by the question's periods, categories and people; a question that finds
nothing says so rather than offering a loosely related event as the answer.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from ..answer import EventRef
from .draft import Draft
from ..reading.periods import describe_label
from ..reading.read import Intent
from ..reading.words import content_tokens

CATEGORY_WORDS = {
    "energy": ("energy", "gas", "oil", "pipeline", "lng", "coal", "nuclear", "power"),
    "exercise": ("exercise", "drill", "patrol", "war game", "wargame", "manoeuvre", "maneuver"),
    "military": ("military", "defence", "defense", "army", "troop"),
    "arms": ("arms", "weapon", "fighter", "missile", "submarine", "destroyer"),
    "treaty": ("treaty", "treaties"),
    "partnership": ("partnership", "upgrade", "label"),
    "visit": ("visit", "trip"),
    "summit": ("summit",),
    "border": ("border", "boundary", "demarcation", "island"),
    "sanctions": ("sanction", "entity list", "dual-use", "dual use", "export ban"),
    "currency": ("currency", "yuan", "ruble", "rouble", "renminbi", "swap", "payment", "bank"),
    "trade": ("trade", "commerce", "export", "import"),
    "technology": ("technology", "space", "moon", "lunar", "science"),
    "espionage": ("espionage", "spy", "spies", "treason", "intellectual property"),
    "culture": ("culture", "cultural", "tourism", "media", "poll", "student", "language"),
    "un": ("united nations", "un vote", "general assembly", "security council", "resolution"),
    "history": ("history", "historical", "soviet", "cold war", "qing"),
    "diplomacy": ("diplomacy", "diplomatic", "statement", "meeting", "call"),
}

# "which were the 8 firms", "name the 42 companies": the names of what a count counts.
COUNTED = re.compile(r"^(?:which (?:were|are) the|name the|list the|who (?:were|are) the)\b")

ROLE_WORDS = ("ambassador", "envoy", "minister", "president", "premier", "secretary",
              "spokesperson", "spokesman", "spokeswoman", "chairman", "director", "leader",
              "head", "chief", "general")

RARE_WORD = 4.0  # an event-title word's weight when it is in about five titles or fewer
ORDER_WORDS = frozenset({"last", "latest", "recent", "recently", "first", "earliest", "most"})

# One spelling for words the sources and the questions spell two ways.
SPELLINGS = {"defence": "defense"}

# Words that say what kind of question it is, not what it is about.
QUESTION_WORDS = frozenset(
    "when who whom what happen happened events event timeline chronology year date day month "
    "did does do was were take place took many time times often china chinese russia russian "
    "sino countrie two".split()
)

SYNONYMS = {"defence": ["defense"], "defense": ["defence"], "neighbourliness": ["neighborliness"],
            "neighborliness": ["neighbourliness"], "programme": ["program"], "rouble": ["ruble"],
            "start": ["begin", "began", "launch", "deliverie", "delivery"],
            "sell": ["buy", "bought", "purchase", "deal", "sale"], "buy": ["purchase", "bought", "deal", "sell"], "flow": ["deliverie", "delivery", "export"],
            "join": ["part", "participate"], "drill": ["exercise"], "exercise": ["drill"],
            "meet": ["meeting", "talk", "visit"], "sign": ["agreement", "deal"],
            "went": ["visit", "trip"], "go": ["visit"], "travel": ["visit", "trip"],
            "open": ["launch", "begin", "start"], "launch": ["begin", "start", "open"]}


def event_stem(word: str) -> str:
    """A rough stem for matching event words: signed -> sign, flowing -> flow."""
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def missing_terms(row: sqlite3.Row, terms: set[str], fields: tuple[str, ...] = ("title", "summary")) -> set[str]:
    """The question's words that an event's title and summary do not have."""
    text = " ".join(row[field] or "" for field in fields).lower()
    words = _stemmed_words(text)
    return {t for t in terms if t not in words and not any(s in words for s in SYNONYMS.get(t, []))}


# The words of the event categories, stemmed: subjects, not question words.
SUBJECT_WORDS = frozenset(event_stem(w) for words in CATEGORY_WORDS.values() for w in words)


def _with_parts(words: list[str]) -> list[str]:
    """Hyphenated words and their parts: "siberia-1" also reads as "siberia"."""
    out = []
    for word in words:
        out.append(word)
        if "-" in word:
            out.extend(part for part in word.split("-") if len(part) > 1 and not part.isdigit())
    return out


# The events' words are read again for every question about events: each text is cut once.
@lru_cache(maxsize=8192)
def _stemmed_words(text: str) -> frozenset[str]:
    return frozenset({event_stem(t) for t in content_tokens(text)})


@lru_cache(maxsize=8192)
def event_words(text: str) -> frozenset[str]:
    return frozenset({event_stem(t) for t in _with_parts(content_tokens(text))})


def categories_in(text: str) -> tuple[str, ...]:
    return tuple(sorted(category for category, words in CATEGORY_WORDS.items()
                        if any(re.search(rf"\b{re.escape(w)}", text) for w in words)))


def search_terms(text: str) -> list[str]:
    """The words of a question that say what it is about, stemmed."""
    return [event_stem(t) for t in _with_parts(content_tokens(text))
            if t not in QUESTION_WORDS and not t.isdigit()]


def event_ref(row: sqlite3.Row) -> EventRef:
    return EventRef.model_construct(date=row["date"], title=row["title"], source=row["source_id"],
                    locator=row["locator"], event_id=row["id"], summary=row["summary"])


class TimelineAnswers:
    """Event and people questions; mixed into Engine, which provides store and helpers."""

    def _people_in(self, text: str) -> list[sqlite3.Row]:
        """People the question names, by full name, alias or family name."""
        if getattr(self, "_names_pattern", None) is None:
            # One pattern for every name, built once: asked for each question, it must be quick.
            self._name_owner = {}
            for person in self.store.people:
                for name in [person["name"], *filter(None, (person["aliases"] or "").split("; "))]:
                    self._name_owner.setdefault(name.lower(), person)
            names = sorted(self._name_owner, key=len, reverse=True)
            self._names_pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
        found = []
        for match in self._names_pattern.finditer(text):
            person = self._name_owner[match.group(1)]
            if person not in found:
                found.append(person)
        order = {p["id"]: i for i, p in enumerate(self.store.people)}
        return sorted(found, key=lambda p: order[p["id"]])

    def _find_events(self, intent: Intent, limit: int = 8) -> list[sqlite3.Row]:
        """Events whose words best match the question, within its periods."""
        terms = search_terms(intent.residue or intent.normalized)
        if not terms:
            return []
        expanded = terms + [s for t in terms for s in SYNONYMS.get(t, [])]
        rows = self.store.search_events(" ".join(expanded), limit=80)
        for period in intent.periods:
            start = period.start.isoformat() if period.start else "0000"
            end = period.end.isoformat() if period.end else "9999"
            rows = [r for r in rows if r["date_end"] >= start and r["date_start"] <= end]
        rows = [r for r in rows if self._fits_event(intent, r)]
        # Require at least two matching words when the question has several,
        # so that one common word ("agreement") does not pick an event.
        weight = self._event_word_weights()
        named = {p["id"] for p in self._people_in(intent.normalized)}
        with_people = set()
        if named:
            for person in named:
                with_people |= {e["id"] for e in self.store.events_with_person(person)}
        asked_subjects = {event_stem(w) for phrase in intent.subject_words for w in phrase.split()}
        scored = []
        for row in rows:
            words = event_words((row["title"] + " " + row["summary"]).lower())
            title_words = event_words(row["title"].lower())
            matched = [t for t in terms if t in words or any(s in words for s in SYNONYMS.get(t, []))]
            # One subject word rare among the titles ("espionage", "S-400") is enough alone.
            if len(matched) >= min(2, len(terms)) or any(
                    weight.get(t, 0.0) >= RARE_WORD and (t in SUBJECT_WORDS or t in asked_subjects) for t in matched):
                # Rare words count more; title words the question did not ask
                # for count against ("naval" when asked about any exercise).
                score = sum(weight.get(t, 1.0) for t in matched)
                in_title = [t for t in terms
                            if t in title_words or any(s in title_words for s in SYNONYMS.get(t, []))]
                said = set(in_title) | {s for t in in_title for s in SYNONYMS.get(t, [])}
                score += 0.5 * sum(weight.get(t, 1.0) for t in in_title)
                score -= 0.3 * sum(weight.get(w, 1.0) for w in title_words
                                   if w not in said and w not in QUESTION_WORDS)
                score += 3.0 if row["id"] in with_people else 0.0
                # A word of the question the event lacks ("gas" for an oil pipeline) counts against.
                score -= 0.8 * sum(weight.get(t, 1.0) for t in terms if t not in matched)
                scored.append((-score, row["rank"], row))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [row for *_, row in scored[:limit]]

    def _event_word_weights(self) -> dict[str, float]:
        if getattr(self, "_weights_cache", None) is None:
            import math

            titles = [event_words(r["title"].lower()) for r in self.store.rows("select title from events")]
            frequency: dict[str, int] = {}
            for words in titles:
                for word in words:
                    frequency[word] = frequency.get(word, 0) + 1
            self._weights_cache = {w: math.log(1 + len(titles) / n) for w, n in frequency.items()}
        return self._weights_cache

    def _cite_events(self, draft, rows: list[sqlite3.Row]) -> list[dict]:
        """The events as lines to show: the same claim on the same date from two sources
        is one line with both citations, at the place of the first."""
        cited, by_claim = [], {}
        for row in rows:
            draft.events.append(event_ref(row))
            number = draft.cite(row["source_id"], row["locator"])
            claim = (row["claim"], row["date"])  # two dates for one claim stay two lines
            if row["claim"] and claim in by_claim:
                line = by_claim[claim]
                if f"[{number}]" not in line["marks"]:
                    line["marks"] += f"[{number}]"
                    if draft.short(row["source_id"]) not in line["source_name"]:
                        line["source_name"] += f"; {draft.short(row['source_id'])}"
                continue
            date = describe_label(row["date"])
            written = row["date_as_written"] or ""
            if re.search(r"\d{4}", written) and written.strip() != date:
                # The stored date is as precise as the schema allows ("2000");
                # the source's own words say how loose it is ("early 2000s").
                date += f" (the source: \u201c{written.strip()}\u201d)"
            cited.append({"row": row, "date": date, "marks": f"[{number}]",
                          "source_name": draft.short(row["source_id"]),
                          "people": [p["name"] for p in self.store.people_of_event(row["id"])]})
            if row["claim"]:
                by_claim[claim] = cited[-1]
        return cited

    def _fits_event(self, intent: Intent, row: sqlite3.Row, by_subject: bool = False) -> bool:
        """An event answers only if it contradicts no facet the question binds: the
        other parties it names, the people it names and, for events chosen by their
        subject rather than their words (a list of a year's events), its subjects."""
        parties = set((row["parties"] or "").split("; "))
        if any(p not in parties for p in intent.others):
            return False
        subjects = tuple(s for s in (row["subjects"] or "").split("; ") if s)
        facts = self.resolver.facts
        if by_subject and not all(facts.covers(subjects, asked) for asked in intent.subjects):
            return False
        if intent.people:
            present = {p["id"] for p in self.store.people_of_event(row["id"])}
            if not set(intent.people) <= present:
                return False
        return True

    def _same_claim(self, rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """The events, plus those from other sources that date the same claim."""
        out = list(rows)
        seen = {r["id"] for r in rows}
        for row in rows:
            if row["claim"]:
                for other in self.store.rows("select * from events where claim = ? order by date_start",
                                             (row["claim"],)):
                    if other["id"] not in seen:
                        seen.add(other["id"])
                        out.append(other)
        return out

    def _answer_when(self, intent: Intent):
        from ..writing.render import render

        from .thresholds import answer_when_figure

        figure = answer_when_figure(self, intent)
        if figure is not None:
            return figure  # "in what year did trade first top USD 100 bn?"
        draft = Draft(self.store)
        rows = self._find_events(intent, limit=5)
        interpretation = "Read as a question about the date of an event."
        if not rows:
            return self._no_event(intent, draft, interpretation)
        rows = self._latest_or_first(intent, rows)
        best = self._same_claim(rows[:1])
        shown = {r["id"] for r in best} | {r["claim"] for r in best if r["claim"]}
        related = [r for r in rows[1:] if r["id"] not in shown and (not r["claim"] or r["claim"] not in shown)]
        cited = self._cite_events(draft, best)
        others = self._cite_events(draft, related[:2])
        dates = {c["row"]["date"] for c in cited}
        text = render("answers/when.txt.j2", events=cited, others=others, differ=len(dates) > 1)
        return draft.answer(intent, True, "when", interpretation, text,
                            [f"what happened in {best[0]['year']}?", "who took part?"])

    def _latest_or_first(self, intent: Intent, rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """"When did Xi last visit Moscow?": of the close matches (with the people the
        question names), the latest first.  "The first joint naval exercise": an event
        the sources call the first, if one matches every word."""
        order = re.search(r"\b(last|latest|most recent|most recently|recently|first|earliest)\b",
                          intent.normalized)
        if not order:
            return rows[:3]
        named = {p["id"] for p in self._people_in(intent.normalized)}
        terms = set(search_terms(intent.residue or intent.normalized)) - ORDER_WORDS

        def missing(row: sqlite3.Row, fields: tuple[str, ...] = ("title", "summary")) -> int:
            return len(missing_terms(row, terms, fields))

        def with_people(row: sqlite3.Row) -> bool:
            return named <= {p["id"] for p in self.store.people_of_event(row["id"])}

        if order.group(1) in ("first", "earliest"):
            called_first = [r for r in rows if "first" in r["title"].lower() and with_people(r)]
            # The title that names every word beats one whose summary does.
            called_first.sort(key=lambda r: (missing(r, ("title",)), missing(r), r["date_start"]))
            chosen = [r for r in called_first if missing(r) == 0][:1] or rows[:1]
        else:
            allowed = 1 if len(terms) >= 3 else 0  # one word may differ: "visit" for "attends"
            close = [r for r in rows if missing(r) <= allowed and with_people(r)] or rows[:1]
            chosen = sorted(close, key=lambda r: r["date_start"], reverse=True)[:1]
        return chosen + [r for r in rows if r["id"] != chosen[0]["id"]][:2]

    def _answer_who(self, intent: Intent):
        from ..writing.render import render

        draft = Draft(self.store)
        interpretation = "Read as a question about who took part or who holds a role."
        by_figure = self._who_by_figure(intent, draft) or self._who_by_metric(intent)
        if by_figure is not None:
            return by_figure
        named = self._people_in(intent.normalized)
        if named and re.match(r"^(?:who is|who was|who's|whos|who are)\b", intent.normalized):
            return self._answer_person(intent, draft, named[:2])
        if any(word in intent.normalized for word in ROLE_WORDS) and not intent.periods:
            people = self._people_by_role(intent)
            if people:
                marks = self._cite_people_events(draft, people)
                now = bool(re.search(r"\b(?:current|currently|now|today|present|incumbent)\b", intent.normalized))
                text = render("answers/who_role.txt.j2", people=people, marks=marks, now=now)
                return draft.answer(intent, True, "who", interpretation, text, [])
        rows = self._find_events(intent, limit=3)
        rows = [r for r in rows if self.store.people_of_event(r["id"])] or rows
        if not rows:
            return self._no_event(intent, draft, interpretation)
        cited = self._cite_events(draft, rows[:1])
        text = render("answers/who.txt.j2", events=cited)
        return draft.answer(intent, True, "who", interpretation, text,
                            [f"when was {rows[0]['title'].lower()}?"])

    def _who_by_figure(self, intent: Intent, draft):
        """"Which two leaders met 19 times since the war began?", "which pollster found 88%
        of Russians favourable?": whose is the figure the question states, when crr holds it.
        A number crr does not hold for this is said; so are names it does not hold ("which
        were the 8 firms": crr holds how many, not which)."""
        from ..writing.render import render

        if not intent.numbers:
            return None
        marks = ",".join("?" for _ in intent.numbers)
        rows = self.store.rows(f"select * from observations where value in ({marks}) order by id",
                               tuple(intent.numbers))
        facts = self.resolver.facts
        hits = []
        for row in rows:
            metric = self.metrics[row["metric_id"]]
            if not all(facts.covers(metric.subjects, a) for a in intent.subjects) \
                    or any(p not in metric.parties for p in intent.others):
                continue
            if intent.periods and not _within(row, intent.periods[0]):
                continue
            if intent.quantity_units and not any(metric.unit in units for units in intent.quantity_units):
                continue  # "$6 billion" is no rank of 6
            hits.append((row, metric))
        interpretation = "Read as a question about whose figure it is."
        if not hits:
            text = (f"crr holds no figure of {' or '.join(f'{n:g}' for n in intent.numbers)} that fits this "
                    "question, so it names no one.")
            return draft.answer(intent, False, "who", interpretation, text, self._starters())
        counted = [metric for row, metric in hits if metric.measure == "count" and not metric.people
                   and COUNTED.search(intent.normalized)]
        if counted:
            unit = counted[0].unit
            text = (f"The sources give how many {unit} ({counted[0].name}), not which: crr holds no names "
                    f"of the {unit}.")
            return Draft(self.store).answer(intent, False, "who", interpretation, text,
                                            [f"{counted[0].name.lower()}"])
        people = {p["id"]: p for p in self.store.people}
        lines = []
        for row, metric in hits[:3]:
            fact = draft.observed(row, metric)
            lines.append({"fact": fact, "metric": metric,
                          "names": [people[p]["name"] for p in metric.people if p in people]})
        text = render("answers/who_figure.txt.j2", lines=lines)
        return draft.answer(intent, True, "who", interpretation, text, [])

    def _who_by_metric(self, intent: Intent):
        """"Who are the top diplomats the Dashboard counts, and how often did they meet?":
        a count of the people named answers with their names and its figure."""
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        strong = bool(intent.candidates) and intent.candidates[0][0] >= 3 and bool(intent.measures)
        if not (metric and metric.people and (intent.people or strong)):
            return None
        from ..reading.kinds import metric_kind

        kind = metric_kind(intent.asked_kind, intent.periods)
        answer = getattr(self, f"_answer_{kind}")(intent)
        names = {p["id"]: p["name"] for p in self.store.people}
        who = " and ".join(names[p] for p in metric.people if p in names)
        answer.text = f"{who}: " + answer.text
        answer.kind = "who"
        return answer

    def _answer_who_of_previous(self, intent: Intent, event_id: str):
        """"Who took part?" after an answer about an event: that event's people."""
        from ..writing.render import render

        draft = Draft(self.store)
        rows = self.store.rows("select * from events where id = ?", (event_id,))
        if not rows:
            return self._no_event(intent, draft, "Read as a follow-up about the event just shown.")
        cited = self._cite_events(draft, rows)
        text = render("answers/who.txt.j2", events=cited)
        return draft.answer(intent, True, "who", f"Read as a follow-up: who took part in '{rows[0]['title']}'.",
                            text, [f"what happened in {rows[0]['date_start'][:4]}?"])

    def _answer_person_events(self, intent: Intent, people: list[sqlite3.Row]):
        """"What did Fu Ying say in 2016?": the events of the people named, in the period."""
        from ..writing.render import render

        draft = Draft(self.store)
        period = intent.periods[0] if intent.periods else None
        names = " and ".join(p["name"] for p in people)
        when = period.phrase if period else "any date"
        interpretation = f"Read as a question about what {names} did, {when}."
        rows = {}
        for person in people:
            for row in self.store.events_with_person(person["id"]):
                if period is None or (row["date_end"] >= period.start.isoformat()
                                      and row["date_start"] <= period.end.isoformat()):
                    rows[row["id"]] = row
        rows = {i: r for i, r in rows.items() if self._fits_event(intent, r, by_subject=True)}
        if not rows:
            return self._no_event(intent, draft, interpretation)
        ordered = sorted(rows.values(), key=lambda r: (r["date_start"], r["id"]))
        cited = self._cite_events(draft, ordered[:25])
        text = render("answers/person_events.txt.j2", events=cited, names=names, when=when, total=len(ordered))
        return draft.answer(intent, True, "what_happened", interpretation, text,
                            [f"who is {people[0]['name']}?"])

    def _answer_person(self, intent: Intent, draft, people: list[sqlite3.Row]):
        """Who someone is: the role the sources give, and the events they took part in."""
        from ..writing.render import render

        marks = self._cite_people_events(draft, people)
        entries = []
        for person, mark in zip(people, marks):
            events = self._cite_events(draft, self.store.events_with_person(person["id"])[:8])
            entries.append({"person": person, "marks": mark, "events": events})
        text = render("answers/person.txt.j2", entries=entries)
        names = " and ".join(p["name"] for p in people)
        return draft.answer(intent, True, "who", f"Read as a question about {names}.", text,
                            [f"how many times did {people[0]['name'].split()[-1]} meet Putin?"])

    def _people_by_role(self, intent: Intent) -> list[sqlite3.Row]:
        """Holders of the role the question names, best first: the country named
        first is the person's ("China's ambassador to Russia"), and unless the
        question gives a time, the holder the sources date latest comes first."""
        terms = [SPELLINGS.get(t, t) for t in search_terms(intent.normalized)]
        country = re.search(r"\b(chin|russi)(?:a|an|ese)(?:'s)?\b", intent.normalized)
        country = {"chin": "china", "russi": "russia"}[country.group(1)] if country else None
        now = not intent.periods or re.search(r"\b(?:current|currently|now|today|present|incumbent)\b",
                                              intent.normalized)
        scored = []
        for person in self.store.people:
            role = (person["role"] or "").lower()
            words = {SPELLINGS.get(w, w) for w in content_tokens(role)}
            hits = [t for t in terms if t in words]
            if any(t in ROLE_WORDS for t in hits) and len(hits) >= min(2, len(terms)):
                score = len(hits) + (1 if person["country"].lower() == country else 0)
                # Unless the question gives a time, the holder the sources date latest comes first.
                latest = max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", role)), default=0) if now else 0
                scored.append((-score, -latest, person["name"], person))
        scored.sort(key=lambda item: item[:3])
        people = [p for *_, p in scored]
        if country and any(p["country"].lower() == country for p in people):
            people = [p for p in people if p["country"].lower() == country]  # China's, not Russia's, ambassador
        return people[:2]

    def _cite_people_events(self, draft, people) -> list[str]:
        """Cite where each person's role is stated: the person's own source,
        else the first event the person took part in."""
        marks = []
        for person in people:
            if person["source_id"]:
                marks.append(f"[{draft.cite(person['source_id'], person['locator'])}]")
                continue
            events = self.store.events_with_person(person["id"])
            if events:
                draft.events.append(event_ref(events[0]))
                marks.append(f"[{draft.cite(events[0]['source_id'], events[0]['locator'])}]")
            else:
                marks.append("")
        return marks

    def _answer_what_happened(self, intent: Intent):
        from ..writing.render import render

        draft = Draft(self.store)
        categories = categories_in(intent.normalized)
        period = intent.periods[0] if intent.periods else None
        start = period.start.isoformat() if period and period.start else None
        end = period.end.isoformat() if period and period.end else None
        rows = self.store.events_between(start, end, categories) if (period or categories) else []
        # A subject beyond the broad categories ("Arctic LNG 2", "the UN") is searched for.
        terms = set(search_terms(intent.residue or intent.normalized))
        if terms - SUBJECT_WORDS:
            found = self._find_events(intent, limit=25)
            # The events that have the most of the asked words, rare ones weighing more:
            # "joint exercise in Iran" is the exercise in Iran, not every joint exercise.
            weight = self._event_word_weights()
            coverage = {r["id"]: sum(weight.get(t, 1.0) for t in terms - missing_terms(r, terms)) for r in found}
            best = max(coverage.values(), default=0.0)
            found = [r for r in found if coverage[r["id"]] >= best - 0.01]
            rows = sorted(found, key=lambda r: (r["date_start"], r["id"])) or rows
        rows = [r for r in rows if self._fits_event(intent, r, by_subject=True)]
        if period and period.start and period.end:
            # Events dated within the period first; a year-dated event only
            # when nothing more precise falls in the month asked for.
            inside = [r for r in rows if r["date_start"] >= start and r["date_end"] <= end]
            rows = inside or rows
        if not rows and not period:
            rows = self._find_events(intent, limit=15)
        what = " and ".join(categories) if categories else "all"
        when = period.phrase if period else "any date"
        interpretation = f"Read as a request for events ({what} categories) in {when}."
        if not rows:
            return self._no_event(intent, draft, interpretation)
        shown = rows[:25]
        cited = self._cite_events(draft, shown)
        total = len({(r["claim"], r["date"]) if r["claim"] else r["id"] for r in rows})  # as the lines are
        text = render("answers/events.txt.j2", events=cited, total=total, when=when,
                      what=what)
        follow = self._next_year_with_events(end, categories) if end else []
        return draft.answer(intent, True, "what_happened", interpretation, text,
                            follow + ["timeline of energy deals"])

    def _next_year_with_events(self, after: str, categories: tuple[str, ...]) -> list[str]:
        """A question for the first later year the timeline has events in, if any."""
        later = [r for r in self.store.events_between(after, None, categories) if r["date_start"] > after]
        return [f"what happened in {later[0]['date_start'][:4]}?"] if later else []

    def _answer_count_events(self, intent: Intent):
        from ..writing.render import render

        # A count the source states (19 Xi–Putin interactions) was chosen by the resolver;
        # this counts the entries of crr's own timeline, and says so.
        draft = Draft(self.store)
        people = self._people_in(intent.normalized)
        categories = categories_in(intent.normalized)
        period = intent.periods[0] if intent.periods else None
        interpretation = "Read as a count of events in the database"
        if not people and not categories:
            return self._no_event(intent, draft, interpretation + ".")
        rows = self.store.events_between(
            period.start.isoformat() if period and period.start else None,
            period.end.isoformat() if period and period.end else None, categories)
        for person in people:
            ids = {e["id"] for e in self.store.events_with_person(person["id"])}
            rows = [r for r in rows if r["id"] in ids]
        rows = [r for r in rows if self._fits_event(intent, r, by_subject=True)]
        names = " and ".join(p["name"] for p in people)
        interpretation += (f" with {names}" if names else "") + (
            f" in the categories {', '.join(categories)}" if categories else "") + (
            f", {period.phrase}" if period else "") + "."
        cited = self._cite_events(draft, rows[:25])
        text = render("answers/count.txt.j2", events=cited, count=len(rows), names=names,
                      period=period.phrase if period else "")
        # crr's timeline is no complete record of every meeting or visit: the events are
        # listed, and the count is not offered as the answer.
        return draft.answer(intent, False, "count_events", interpretation, text, [])

    def _no_event(self, intent: Intent, draft, interpretation: str):
        from ..writing.render import render

        text = render("answers/no_event.txt.j2", question=intent.question)
        return draft.answer(intent, False, intent.kind, interpretation, text,
                            ["what happened in 2014?", "timeline of energy deals", "what can I ask?"])


def _within(row: sqlite3.Row, period) -> bool:
    """A figure's period that fits the asked one: for "since" a span that starts then
    (the same year will do), else one that overlaps it."""
    start = row["period_start"] or "0000"
    if period.form == "since":
        return period.start is not None and start[:4] == period.start.isoformat()[:4]
    asked_start = period.start.isoformat() if period.start else "0000"
    asked_end = period.end.isoformat() if period.end else "9999"
    end = row["period_end"] or "9999"
    if period.form == "point":  # a figure for 2023 itself, not a span that takes it in
        return start >= asked_start and end <= asked_end
    return start <= asked_end and end >= asked_start
