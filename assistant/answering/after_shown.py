"""Follow-ups about what a who answer or a count just showed: since when a post was held,
one side's people, who the people named are, and a part's share of its whole or the rest
of it."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.periods import Period
from ..reading.read import Intent
from ..reading.words import Lazy, _stem
from .event_words import _stemmed_words, event_stem
from .draft import Draft
from .record_names import MONTHS
from .turn_words import BARE_ACT

# "Were any in the Arctic?", "were any of them with Iran?": some of the things just counted.
ANY_OF_THEM = Lazy(r"^(?:and |so )?(were|was|are|is|have|has|did) any (?:of (?:them|those|these) )?"
                   r"((?:in|at|near|with|by|on)\b.*)$")
# "Since when?", "from when?": the start of what was just shown.
SINCE_WHEN = Lazy(r"^(?:and |so )?(?:since when|from when|when did (?:he|she|they) (?:start|take (?:it|office|up the post)))\??$")
# "And the Chinese side?", "what about the Russian one?": one side's people of the event shown.
AND_THE_SIDE = Lazy(r"^(?:and|what about|how about) (?:for |on )?(?:the )?(chinese|russian|china|russia)(?:'s)?"
                    r"(?: (?:side|one|signatory|signatories|signer|signers|party))?"
                    r"(?: (?:in|to|at) (?:beijing|moscow|china|russia))?\??$")  # ("and Russia's in Beijing?")
# "What was his job?", "what were their roles?": who the people just named are.
ROLE_OF_THEM = Lazy(r"^(?:and |so )?(?:what|which) (?:was|is|were|are) (?:his|her|their|its) "
                    r"(?:job|jobs|role|roles|position|positions|post|posts|title|titles|office|offices|field|fields|"
                    r"profession|professions|occupation|occupations|speciality|specialty|line of work|area|expertise)\??$")
# "Who did he meet?", "whom did she call": someone else than the one "he" or "she" stands for.
ONE_WHO_ACTED = Lazy(r"^(?:who|whom) (?:(?:did|does|do|has|had|would|will) )?(?:he|she) (?!(?:is|was|be|been)\b)\w+")
# "What share is that?", "as a share?": the figure just shown as a share of its whole.
SHARE_OF_THAT = Lazy(r"^(?:and |so )?(?:(?:what|which) (?:share|percentage|percent|proportion|part|fraction)"
                     r"(?: (?:is|was|are|were) (?:that|it|this|those|they))?(?: of (?:the |all )?(?:total|all|them|those))?|(?:and )?as a (?:share|percentage)"
                     r"|(?:and )?(?:the |its |their )?(?:share|percentage|proportion)(?: of (?:the |all )?(?:total|all|them))?)\??$")
# "And the rest?", "the others?": the whole of a part just shown, less that part.
THE_REST = Lazy(r"^(?:and |what about |how about )?(?:the )?(?:rest|others|remainder|remaining ones|other ones)\??$")


# Who holds or held a post: "who was Russian president then?".
HOLDER_ASKED = re.compile(r"^(?:and )?who(?:'s| is| was| were| are)\b")
_SWAPPED = {"russia's": "china's", "russian": "chinese", "russia": "china", "russians": "chinese",
            "china's": "russia's", "chinese": "russian", "china": "russia",
            # (the capitals, where an embassy is: China's ambassador in Moscow, Russia's in Beijing)
            "moscow": "beijing", "beijing": "moscow"}
_COUNTRY = re.compile(r"\b(" + "|".join(map(re.escape, sorted(_SWAPPED, key=len, reverse=True))) + r")\b", re.I)


def _other_country(question: str, side: str) -> str:
    """The question with each country's words made the other's ("who was Russian president
    then?" -> "who was Chinese president then?"); "" when it names neither, or only the side
    asked already."""
    named = {m.group(1).lower()[:5] for m in _COUNTRY.finditer(question)}
    if not named or named == {side[:5]}:
        return ""
    return _COUNTRY.sub(lambda m: _SWAPPED[m.group(1).lower()], question)


# Where the thing shown is: "which province is it in?", "where was that?".
# A place asked of an event: "where were the consultations held?", "where did they meet?".
WHERE_ASKED = Lazy(r"^(?:and |so )?where (?:was|were|did|is|are)\b")
# What a place of a kind is not, and what it is: a city is no sea nor a region, a sea is a sea.
NOT_A_TOWN = Lazy(r"\b(?:sea|ocean|bay|gulf|strait|river|region|district|province|far east|territory|oblast|krai)\b", re.IGNORECASE)
KIND_SHAPES = {"city": (None, NOT_A_TOWN), "cities": (None, NOT_A_TOWN), "town": (None, NOT_A_TOWN),
               "towns": (None, NOT_A_TOWN), "port": (None, NOT_A_TOWN),
               "sea": (Lazy(r"\b(?:sea|ocean|strait|gulf|bay)\b", re.IGNORECASE), None),
               "river": (Lazy(r"\briver\b|\bamur\b|\bussuri\b|\bargun\b", re.IGNORECASE), None)}
# A country's place asked ("which Chinese city"), and the words its record must say it with.
COUNTRY_OF_PLACE = {"chinese": "chin", "russian": "russia", "ukrainian": "ukrain", "japanese": "japan",
                    "korean": "korea", "kazakh": "kazakh", "mongolian": "mongolia", "indian": "india"}


def _of_the_kind(asked: str, found: str) -> bool:
    """Whether the place a where-answer gives (`found`) is of the kind asked ("which Chinese
    city"): a city no sea or region, a sea a sea, a country's place one its record ties to it."""
    places, _, record = found.partition("places it in ")[2].partition(":")
    kind = asked.split()[-1]
    must, must_not = KIND_SHAPES.get(kind, (None, None))
    named = [p.strip() for p in places.split(",") if p.strip()]
    if must is not None and not any(must.search(p) for p in named) \
            or must_not is not None and all(must_not.search(p) for p in named):
        return False  # (one of them of the kind: "Kaliningrad, Baltic Sea" has a city)
    return all(stem in record.lower() for adjective, stem in COUNTRY_OF_PLACE.items() if adjective in asked.split())


# A place asked by its kind: "near which city?", "which Chinese military region", "in which river".
PLACE_KIND_ASKED = Lazy(r"(?:(?<=,)|\b)\s*(?:(?:near|in|at|to|from|on|into|off|by) )?(?:which|what) (?:[a-z-]+ ){0,2}?"
                        r"(?:city|cities|town|towns|port|region|province|river|sea|islands?|field|site|place|terminal|"
                        r"location|venue|district|area)\b")
# A place an event's record names: "at the Russian Pacific Fleet's headquarters in Khabarovsk".
PLACE_IN = Lazy(r"\b(?:in|at|near|off) ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})")
# ... and one named with "the", kept where the vocabulary holds it as a place ("in the Mediterranean").
THE_PLACE_IN = Lazy(r"\b(?:in|at|near|off|over|into|across) the ((?:[A-Z][\w'’-]+)(?:(?: of)? [A-Z][\w'’-]+){0,2})")
PLACE_OF_IT = Lazy(r"^(?:and |so )?(?:where(?: exactly| then)?\s*$|where (?:is|was|were|are|did) (?:it|that|this|they)|(?:which|what) (?:\w+ )?"
                   r"(?:region|province|city|town|place|river|island|sea|port|area|oblast|krai) (?:is|was|are|were) "
                   r"(?:it|that|this|they)(?: in| on| at)?)\b")
# "the deals", "the agreement": a thing of the kind an event is, named as known already.
THE_THING = Lazy(r"\b(?:the|those|these|that|this) (deals?|agreements?|treaty|treaties|contracts?|pacts?|accords?|projects?|pipelines?|loans?|"
                 r"purchases?|sales?|exercises?|drills?|patrols?|visits?|summits?|routes?|lines?|ventures?|plants?)\b")
# "Who did he succeed?", "whom did she replace?": an act of the one just asked about.
ACT_OF_ONE = Lazy(r"^(?:and |so )?(?:who|whom) (?:did|does|has|had) (?:he|she|they) (\w+)\??$")


class AfterShown:
    """Mixed into Engine, which provides store, metrics, resolver and the who answers."""

    def _place_of_shown(self, intent: Intent, previous: Answer) -> Answer | None:
        """"Which province is it in?" after an event: the places its record names (Shandong,
        of Shandong Yulong's record intake), or that it names none."""
        if not (previous.events and previous.events[0].event_id and PLACE_OF_IT.match(intent.normalized)):
            return None
        rows = self.store.rows("select * from events where id = ?", (previous.events[0].event_id,))
        if not rows:
            return None
        text = f"{rows[0]['title']}. {rows[0]['summary']}"
        places = [p.title() for p in self.event_vocab.places
                  if " " not in p and re.search(rf"\b{re.escape(p)}\b", text, re.I)]
        if not places and (WHERE_ASKED.match(intent.normalized) or intent.normalized.startswith(("where", "and where"))):
            places = self._trip_places(text)  # (a place of any kind, or a trip's; "which province" is not any)
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)
        line = f"{rows[0]['title']}, {cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']})"
        if places:
            text = f"Its record names {', '.join(places)}: {line}.\n{rows[0]['summary']}\n"  # (in its words too)
        else:
            text = f"The record of this event names no place: {line}.\n"
        answer = draft.answer(intent, bool(places), "who", "Read as a follow-up: where the event just shown was.",
                              text, [])
        answer.context = {"kind": "who", "metric": None, "periods": [], "rest": intent.rest, "parties": [], "parts": []}
        return answer

    def _place_of_figure(self, intent: Intent, previous: Answer) -> Answer | None:
        """"Where is it located?" after a figure of a named thing (Shandong Yulong's intake):
        where an event that names the thing says it is (who_figures._place_of_the_named); None
        when there is no such figure or no event says a place."""
        metric_id = (previous.context or {}).get("metric")
        if previous.events or not previous.values or metric_id not in self.metrics \
                or not PLACE_OF_IT.match(intent.normalized):
            return None
        from .who_figures import _record

        metric = self.metrics[metric_id]
        # (the figure shown, of its time: the 2007 exercise's troops, not the 2005 one's)
        shown = {v.period for v in previous.values if not v.derived}
        if (placed := self._place_of_the_occasion(intent, metric, shown)) is not None:
            return placed
        rows = [r for r in self._observations(metric_id) if r["period"] in shown] or self._observations(metric_id)
        placed = self._place_of_the_named(intent, _record(metric, rows), Draft(self.store),
                                          f"Read as a follow-up: where the thing of {metric.name} is.")
        if placed is not None:
            return placed
        # "Where was that?" after the 2014 gas deal's value: no record of it says where, which is
        # said; the figure again is no place.
        draft = Draft(self.store)
        answer = draft.answer(intent, False, "who", f"Read as a follow-up: where the thing of {metric.name} was.",
                              f"crr's records of {metric.name} say no place, so it names none.\n", [])
        answer.context = previous.context
        return answer

    def _place_of_the_occasion(self, intent: Intent, metric, periods: set[str]) -> Answer | None:
        """"Where was that?" after the troops of the August 2007 exercise: where the one event
        of the figure's subject dated to that month says it was; None unless exactly one is."""
        months = {p for p in periods if len(p) == 7}
        if len(months) != 1:
            return None
        rows = [r for r in self.store.rows("select * from events where date = ?", (next(iter(months)),))
                if set((r["subjects"] or "").split("; ")) & set(metric.subjects)]
        if len(rows) != 1:
            return None
        places = self._places_written(f"{rows[0]['title']}. {rows[0]['summary'] or ''}")
        if not places:
            return None
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)[0]
        text = (f"{', '.join(places)}, as its record puts it: {rows[0]['title']}, {cited['date']} "
                f"({cited['source_name']}{cited['marks']}).\n")
        answer = draft.answer(intent, True, "who", f"Read as a follow-up: where the occasion of {metric.name} was.",
                              text, [])
        answer.context = {"kind": "who", "metric": None, "periods": [], "rest": intent.rest, "parties": [], "parts": []}
        return answer

    def _places_written(self, text: str, countries: bool = False) -> list[str]:
        """The places a record's words put it ("in Khabarovsk", "near Chelyabinsk"): no month,
        and no country unless it is also a city's name (with `countries`, a country too)."""
        named = [m.group(1).strip() for m in PLACE_IN.finditer(text)]
        named += [m.group(1).strip() for m in THE_PLACE_IN.finditer(text) if m.group(1).lower() in self.event_vocab.places]
        # (one place once, by its longest name: "the Mediterranean Sea", not also "the Mediterranean")
        named = [p for p in named if not any(p != q and re.search(rf"\b{re.escape(p)}\b", q) for q in named)]
        # (nor a source: "… and 2003, in Wikipedia")
        sources = {name.lower() for source in self.store.sources.values()
                   for name in (source.short_name, source.short_name.split()[0])}
        # (nor a thing's name with its year in it, "Russia's Ocean-2024")
        return [p for p in dict.fromkeys(named) if p.split()[0].lower() not in MONTHS and p.lower() not in sources
                and not re.search(r"\d", p)
                and (countries or not self.lexicon.values_of(p.lower(), "party") or self.lexicon.has(p.lower(), "city"))]

    def _place_of_a_kind(self, question: str, previous: Answer | None, whole: Answer) -> Answer | None:
        """"The July 2017 naval drill in the Baltic, near which city?": a place asked by the kind
        of place it is, asked as where, when the question as put finds no place; None when it
        asks none, or the record of the event found names none."""
        text = question.strip().rstrip("?").strip()
        asked = PLACE_KIND_ASKED.search(text.lower())
        if asked is None or "places it in" in whole.text or re.search(r"\band\W*$", text[:asked.start()].lower()):
            return None  # (", and in which province?": a second question, after the first's answer)
        before, after = text[:asked.start()].strip(" ,;:-\u2013\u2014"), text[asked.end():].strip(" ,")
        where = f"where {after}, {before}?" if after and before else f"where {after}?" if after else f"where was {before}?"
        found = self._ask_whole(where, previous)
        if not (found.answered and "places it in" in found.text) or not _of_the_kind(asked.group(0).lower(), found.text):
            return None
        found.question = question
        found.reading = {**(found.reading or {}), "asked_as": where}
        return found

    def _where_of_events(self, question: str, whole: Answer) -> Answer | None:
        """"Where were the 2005 military and political consultations held?": of the events
        found, the first's record, with the places it names ("in Khabarovsk"); None when the
        question asks no place, or the record names none."""
        if not WHERE_ASKED.match(question.strip().lower()) or whole.kind != "what_happened" or not whole.answered \
                or not whole.events or not whole.events[0].event_id:
            return None
        rows = self.store.rows("select * from events where id = ?", (whole.events[0].event_id,))
        if not rows:
            return None
        summary = rows[0]["summary"] or ""
        places = self._places_written(f"{rows[0]['title']}. {summary}")
        if not places and (self._places_written(f"{rows[0]['title']}. {summary}", countries=True)
                           or any(self._destination(e.title, where=True) for e in whole.events)):
            return None  # ("held in Iran", "Xi in Moscow": a country or a city, which the events shown name)
        if not places:
            # "Where did Putin and Hu first meet?": an event whose record names no place says
            # nothing of where; shown, not given as the answer.
            refused = whole.model_copy()
            refused.answered = False
            refused.text = "The record crr found names no place for this, so it gives none:\n" + whole.text
            return refused
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)
        text = (f"Its record places it in {', '.join(places)}: {rows[0]['title']}, {cited[0]['date']} "
                f"({cited[0]['source_name']}{cited[0]['marks']}).\n{summary}\n")
        answer = draft.answer(Intent(question=whole.question, normalized=question.lower()), True, "what_happened",
                              "Read as a question about where an event was.", text, [])
        answer.context = dict(whole.context or {})
        answer.reading = dict(whole.reading or {})
        summary = answer.reading.get("summary", "")
        answer.reading["summary"] = summary if summary.startswith("a place") else f"where, {summary}"
        answer.unread = list(whole.unread)
        return answer

    def _after_who(self, intent: Intent, previous: Answer) -> Answer | None:
        """The answer to a follow-up of a who answer that asks about its people; None when
        the follow-up asks something else."""
        if not previous.events and SINCE_WHEN.match(intent.normalized) \
                and (named := self._people_in(previous.text.split("\n\n", 1)[-1].split(":")[0].lower())):
            # "since when?" after who holds a post: the sources date no start of it; said.
            names = " and ".join(p["name"] for p in named)
            text = (f"The sources give no date for when {names} took up the post shown, so crr gives none; "
                    f"they name the holder as of their writing.\n")
            answer = Draft(self.store).answer(intent, False, "when", "Read as a follow-up: since when the "
                                              "person just named has held the post.", text, [])
            answer.context = {"kind": "when", "metric": None, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        asked = previous.question
        if (previous.reading or {}).get("offices") and (previous.context or {}).get("periods") \
                and not HOLDER_ASKED.match(asked.lower()):
            # ("and in 2001?" after who was Russia's president in 2010: who held it in 2001)
            asked = f"who was {previous.reading['offices'][0]} in {previous.context['periods'][0]['label']}?"
        if (side := AND_THE_SIDE.match(intent.normalized)) and HOLDER_ASKED.match(asked.lower()) \
                and any(re.search(rf"\b{role}", asked.lower()) for role in self.event_vocab.roles) \
                and (swapped := _other_country(asked, side.group(1))):
            # "and Chinese?" after who was Russia's president then: the same post, the other
            # country's, at the same time.
            answer = self._ask_one(swapped, previous)
            answer.reading = {**answer.reading, "summary": answer.reading["summary"] + f" (read as “{swapped}”)",
                              "restated": swapped}
            return answer
        if previous.events and previous.events[0].event_id:
            event_id = previous.events[0].event_id
            if (side := AND_THE_SIDE.match(intent.normalized)):
                # "and the Chinese side?" after who signed: that side's people of the same event.
                intent.normalized = f"who signed for {'china' if side.group(1).startswith('chin') else 'russia'}"
                answer = self._answer_who_of_previous(intent, event_id)
                answer.context = {"kind": "who", "metric": None, "periods": [], "rest": intent.rest,
                                  "parties": [], "parts": []}
                return answer
            if ROLE_OF_THEM.match(intent.normalized):
                # "what was his job?" after who signed: who they are, as the sources say.
                ids = {p["id"] for p in self.store.people_of_event(event_id)}
                people = [p for p in self.store.people if p["id"] in ids]
                if people:
                    answer = self._answer_person(intent, Draft(self.store), people)
                    intent.content, intent.residue = [], ""  # "job" is what is asked: their roles
                    answer.context = {"kind": "who", "metric": None, "periods": [], "rest": intent.rest,
                                      "parties": [], "parts": []}
                    return answer
        return None

    def _another_post_then(self, intent: Intent, previous: Answer) -> Answer | None:
        """"And prime minister?", "and China's premier?" after who was Russia's president in
        2010: the holder of that post, of the country named or the same one, at the time
        asked before; None when the follow-up is no post alone after a who answer."""
        asked = previous.question
        if previous.kind != "who" or not HOLDER_ASKED.match(asked.lower()) \
                or (post := self._post_alone(intent.normalized)) is None:
            return None
        country, office = post
        named = _COUNTRY.search(asked)
        country = country or (named.group(1).lower() if named else "")
        whose = {"chinese": "china's", "china": "china's", "russian": "russia's", "russia": "russia's"}.get(country, country)
        times = [p["label"] for p in (previous.context or {}).get("periods") or []]
        if not times and previous.events and previous.events[0].date:
            # (the time of the event the holder was found by: "when Yeltsin first visited")
            times = [previous.events[0].date.split("/")[0]]
        question = f"who was {whose + ' ' if whose else 'the '}{office}" + (f" in {times[0]}?" if times else "?")
        answer = self._ask_one(question, previous)
        answer.reading = {**answer.reading, "summary": answer.reading["summary"] + f" (read as “{question}”)",
                          "restated": question}
        return answer

    def _any_of_those(self, intent: Intent, previous: Answer) -> Answer | None:
        """"Were any in the Arctic?" after a count of exercises in 2024: whether any of the
        things counted, then, happened there, asked again in full of their events; None when
        the follow-up asks no such thing or no count was shown."""
        before = previous.context or {}
        metric = self.metrics.get(before.get("metric") or "")
        found = ANY_OF_THEM.match(intent.normalized)
        if not found or metric is None or metric.measure != "count" or intent.subjects:
            return None
        times = before.get("periods") or []
        when = ""
        if times and not intent.periods:  # the time counted: "in 2024", "since 2022"
            when = f" in {times[0]['label']}" if times[0]["form"] == "point" else f" {times[0]['phrase']}"
        question = f"{found.group(1)} any {metric.name.lower()} {found.group(2).rstrip('?')}{when}?"
        answer = self._ask_one(question, None)
        answer.reading = {**answer.reading, "summary": answer.reading["summary"] + f" (read as “{question}”)",
                          "restated": question}
        return answer

    def _post_alone(self, text: str) -> tuple[str, str] | None:
        """("china's", "premier") of "and China's premier?": a post alone, with the country
        it names, if any; None when the follow-up is no post alone."""
        roles = "|".join(map(re.escape, sorted(self.event_vocab.roles, key=len, reverse=True)))
        found = re.match(rf"^(?:and|what about|how about) (?:the )?(?:(chinese|russian|china's|russia's|china|russia) )?"
                         rf"((?:[a-z]+ ){{0,2}}?(?:{roles}))\??$", text)
        if not found or found.group(2).split()[0] in ("his", "her", "their", "its", "other"):
            return None
        return found.group(1) or "", found.group(2)

    def _part_asked_of_shown(self, intent: Intent, metric: str | None, periods: list[Period]) -> bool:
        """Whether the follow-up asks the part just shown as a share of its whole, or the rest
        of that whole, and the intent is set to ask it."""
        if SHARE_OF_THAT.match(intent.normalized) and metric in self.metrics and len(periods) == 1 \
                and self.metrics[metric].measure == "count" and self.metrics[metric].part_of in self.metrics:
            # "what share is that?" after the naval exercises of 2025: of all the year's exercises,
            # worked out from the two counts (_share_of_whole).
            intent.metric_id, intent.candidates, intent.alternatives, intent.not_held = None, [], [], ""
            intent.rejected = [(metric, "measure")]
            intent.measures, intent.periods, intent.kind = {"share"}, periods, "value"
            # ... a share of that part (naval), not another share of the whole's ("since the invasion")
            part = self.metrics[metric]
            narrower = [s for s in part.subjects if s not in self.metrics[part.part_of].subjects]
            if narrower and not intent.subjects:
                intent.subjects, intent.subject_words = [tuple(narrower)], [narrower[0].replace("_", " ")]
            return True
        if THE_REST.match(intent.normalized) and metric in self.metrics and len(periods) == 1 \
                and self.metrics[metric].measure == "count" and self.metrics[metric].part_of in self.metrics:
            # "and the rest?" after the naval exercises of 2025: all the year's exercises but those.
            part = self.metrics[metric]
            intent.content, intent.periods = [], periods  # "rest" is what is asked, placed
            self.resolver.choose(intent, [(99.0, part.id)])
            intent.negated = [s for s in part.subjects if s not in self.metrics[part.part_of].subjects] \
                or list(part.subjects)
            intent.kind, intent.not_held = "value", ""
            return True
        return False

    @staticmethod
    def _the_one_asked_before(intent: Intent, previous: Answer) -> set[str]:
        """"Who did he meet?" after Yeltsin's first visit: "he" is the one person the question
        before asked about, and the answer is whom he met, not him."""
        people = (previous.reading or {}).get("people") or []
        # ("other than Jiang, who did he meet?": the question after the one left out)
        asked = intent.after_except or intent.normalized
        return set(people) if len(people) == 1 and ONE_WHO_ACTED.search(asked) else set()

    def _thing_shown(self, intent: Intent, event, metric=None) -> str:
        """"How much were the deals worth?" after China buys the S-400 and Su-35s: "the deals"
        are the event (or the figure) just shown, when its words speak of deals, or of a thing of their kind
        ("the route" of a pipeline: db/vocabulary.yaml, counts).  The question's word for it,
        or ""."""
        named = THE_THING.search(intent.normalized)
        if not named or event is None and metric is None:
            return ""
        # (a figure shown, by its name and description: "the deal" of Su-35s sold in one)
        shown = (f"{event.title} {event.summary}" if event is not None else
                 f"{metric.name} {metric.description}").lower()
        word = _stem(named.group(1))
        kin = {_stem(w) for nouns in self.store.counts["counts"].values() if word in {_stem(n) for n in nouns}
               for w in nouns}
        return named.group(1) if any(re.search(rf"\b{re.escape(w)}", shown) for w in {word} | kin) else ""

    def _bare_act_of_shown(self, intent: Intent, previous: Answer) -> bool:
        """"Who refused?" after Yeltsin's 1992 visit (Deng Xiaoping declined to see him): a
        verb alone, which the event shown says, or a word of its meaning, is asked of it."""
        act = BARE_ACT.match(intent.normalized)
        if not act or intent.periods or not previous.events or not previous.events[0].event_id:
            return False
        stem = event_stem(_stem(act.group(1)))
        forms = {stem, *self.event_vocab.synonyms.get(stem, ())}
        said = _stemmed_words(f"{previous.events[0].title} {previous.events[0].summary}".lower())
        return bool(forms & said)

    @staticmethod
    def _act_of_shown(intent: Intent, previous: Answer) -> bool:
        """"Who did he succeed?" after Xi succeeds Hu: an act the event shown names, asked of
        the one it is about."""
        act = ACT_OF_ONE.match(intent.normalized)
        if not act or intent.periods or not previous.events:
            return False
        title = previous.events[0].title.lower()
        return bool(re.search(rf"\b{re.escape(event_stem(_stem(act.group(1))))}", title))
