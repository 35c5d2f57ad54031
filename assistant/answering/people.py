"""Answers about people: who took part, who holds a role, whose figure it is.

A figure stated in the question ("met 19 times") names the people it counts;
a role names its latest holder the sources date; an event names its people.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from ..reading.offices import HELD_WHEN
from ..reading.periods import describe_period
from ..reading.read import EXCEPT, NAME_KINDS, Intent
from . import compound
from .draft import Draft
from .event_words import _stemmed_words, event_stem
from .asked_names import HOST_ASKED, ORGANISATIONS_ASKED, PEOPLE_OF_A_KIND, _a_persons_name
from .events import ORDER, PROPER, event_ref
from .roles import LESSER, POST_WORDS, REPORTED_BY, _country_asked
from .turn_words import NAMING
from ..reading.words import STOPWORDS, Lazy, _stem, content_tokens
from ..resolving.acts import who_act_word

# A government's or a country's people are no government or country: "which Russian government leaders".
NOT_ITS_PEOPLE = r"(?! (?:leaders?|officials?|ministers?|delegations?|heads?|figures?)\b)"
ENTITY = Lazy(rf"\b(?:which|{NAMING}) (?:\w+ ){{0,3}}?(?:countr(?:y|ies)|(?<!head of )(?<!heads of )governments?|states|nations|agenc(?:y|ies)|bod(?:y|ies)|"
              rf"authorit(?:y|ies)|ministr(?:y|ies)|departments?|{NAME_KINDS})\b{NOT_ITS_PEOPLE}")
# Things asked for by their kind, which no person or body is: "which metals", "what weapons".
THINGS_ASKED = Lazy(rf"\b(?:which|what|{NAMING}) (?:[\w-]+ ){{0,2}}?(metals|goods|products|items|weapons|arms|commodities|minerals|"
                    r"fuels|technologies|components|parts|kit|equipment|systems|warships|aircraft)\b")
# A list in an event's words: "aluminium, copper and nickel", "rifles, drone parts and body armour".
_LISTED = Lazy(r"\b((?:[a-z][\w-]*(?: [a-z][\w-]*)?, )+[a-z][\w-]*(?: [a-z][\w-]*)? and [a-z][\w-]*(?: [a-z][\w-]*)?)\b")


# The words that may open a who-question before the post it asks about.
HEAD_WORDS = frozenset("which who whom whose what was is were are the a an name tell me give of "
                       "and or then so ok at that time".split())


def _names_written(question: str) -> list[str]:
    """The words a question writes with a capital after its first word, less the two
    countries' names: "Complementary", "Agreement"."""
    words = re.findall(r"(?<=\S )([A-Z][a-z]{3,})\b", question)
    return [w.lower() for w in words if w.lower() not in ("china", "russia", "chinese", "russian", "soviet")]


def _things_listed(text: str) -> str:
    """The first list of lower-case things an event's words give ("aluminium, copper and nickel")."""
    found = _LISTED.search(text)
    return found.group(1) if found else ""


# Who took part in a gathering, asked plainly: "who was at ...", "who were the five?", "who attended?".
MEMBERS_ASKED = Lazy(r"\bwho (?:was|were) (?:at|in|there|the (?:(?:original|first|initial|founding|five|four|three|six) )?"
                     r"(?:five|four|three|six|members|founders|participants|states|countries))\b"
                     r"|\bwho (?:are|were) the (?:(?:original|first|founding) )?(?:five|four|three|six|members)\b"
                     r"|\bwho (?:attended|joined|took part|participated|founded|formed)\b")
# "Who is the Chinese president?", "who was Russia's leader in 2010?": an office and a time.
OFFICE_ONLY = Lazy(r"^(?:and )?(?:who|whom)(?:'s| is| was| are| were|(?= (?:led|ran|ruled|headed|leads|runs|rules|heads)\b))")
# "Who is Putin's spokesman?", "who was Xi's envoy?": a post of a person's.
AIDE_ASKED = Lazy(r"^(?:and )?who(?:'s| is| was| are| were)? (?:the )?([a-z.' -]+?)(?:'s)? (spokes(?:man|person|woman)|envoy|"
                  r"adviser|advisor|aide|deputy|secretary|assistant|successor|predecessor)\b")
OFFICE_FILLER = frozenset("who whom is was are were the then now today currently current present incumbent sitting at that time in of and 's s "
                          "led ran ruled headed leads runs rules heads".split())
# "which refinery is the largest buyer": a ranking, which a figure of one is not.
# Who led a group of firms: a firm ("who led the Chinese consortium").
LED_GROUP = Lazy(r"^who (?:led|headed|ran|leads|heads) (?:the |a |an )?(?:\w+ ){0,2}?(?:consortium|group|companies|firms|venture|syndicate|alliance)\b")
# "Which Russian scientists were ...", "which firms did ...": more than one asked for.
PLURAL_ASKED = Lazy(r"^(?:and |so )?(?:which|what) (?:[a-z-]+ ){0,2}?[a-z]+[^s'\s]s (?:were|are|have|had|did|do)\b|^(?:and |so )?who were\b")
# What a who-question is told when no figure it states is held.
NO_SUCH_FIGURE = "crr holds no figure of "
# A figure held whose records name no one.
FIGURE_NAMES_NO_ONE = ("crr holds the figure the question gives, but no record of it names who it is of, "
                       "so it names no one.")
SUPERLATIVE = Lazy(r"\b(?:largest|biggest|most|top|leading|main|greatest|highest|best|worst|busiest|smallest|fewest|least)\b")


# "which countries ...": countries are the names asked for.
COUNTRIES = Lazy(rf"\b(?:which|what|{NAMING}) (?:\w+ ){{0,3}}?(?:countr(?:y|ies)|neighbou?rs?|nations?|(?<!head of )(?<!heads of )governments?|states|markets?|destinations?)\b"
                 rf"{NOT_ITS_PEOPLE}|\bwho else\b|\bwhose (?:military|army|armed forces|forces|navy|navies|troops|government)\b")
# "Who negotiated ...", "who disclosed ...": what a person does, not a company.
# A signature asked for: "who signed it?", "the signatories"; not "who was president when it was signed".
SIGNING = Lazy(r"^(?:and |so )?(?:who|which \w+) (?:\w+ )?(?:signed|signs|put (?:their|his|her) names?)\b|\bsignator(?:y|ies)\b|\bsigners?\b")
PERSON_ACT = Lazy(r"^which (?:\w+ ){0,2}?(?:general|commander|minister|official|diplomat|spokes\w+|envoy|"
                  r"ambassador|premier|president|leader)\b"
                  r"|^who (?:\w+ ){0,2}?(?:negotiat\w*|disclos\w*|reveal\w*|made public|publici[sz]ed|said|says|announc\w*|command\w*|"
                  r"(?:led|headed)(?! (?:the |a |an )?(?:\w+ ){0,2}?(?:consortium|group|companies|firms|venture|syndicate|alliance))|signed|warned|claimed|wrote|told|stated|declared|admitted|confirmed)\b")
WHERE = Lazy(r"^(?:and )?where\b")
# "where ...", "which region ...": places are the names asked for.
PLACES_ASKED = Lazy(r"\bwhere\b|\b(?:which|what) (?:\w+ ){0,2}?(?:region|province|city|cities|town|place|"
                    r"river|island|islet|sea|field|port|terminal|area|territor(?:y|ies)|oblast|krai|"
                    r"(?:bits?|pieces?|parts?|plots?|stretch(?:es)?|patch(?:es)?) of (?:land|territory|the border))s?\b")
# Where a thing named is: "which province is Lianyungang in?", "where is Heihe?".
PLACE_OF_A_NAME = Lazy(r"^(?:and )?(?:where (?:is|was|are|were)\b|(?:which|what|in which|in what) (?:region|province|city|"
                       r"oblast|krai|district|part of \w+) (?:is|was|are|were)\b)")
# A question whose answer is a number: "how many days", "what was the dollar value".
ASKS_NUMBER = Lazy(r"\bhow (?:many|much|long|big|large)\b|\bnumber of\b|\bwhat (?:share|percentage|proportion|price|volume|"
                   r"amount|sum|tonnage)\b"
                   r"|\b(?:what|which) (?:was|is|were|are) the (?:[\w'-]+ ){0,4}?(?:value|worth|cost|number|amount|share|total|"
                   r"volume|price|sum|tonnage)\b"
                   # "what were the deals signed on his visit worth?"
                   r"|^(?:what|how much) (?:was|is|were|are|did) .{3,80}? (?:worth|cost)\W*$")
# A thing asked of what a person got or gave: "what sentence did he receive?", "what award did Xi give?".
THING_OF_A_PERSON = Lazy(r"^(?:and |so )?what (?!kind\b|sort\b|else\b)([a-z]{4,}) (?:did|has|had|was|were) (?:[a-z'-]+ ){1,3}?"
                         r"(?:receive|received|get|got|given|give|gave|win|won|face|faced|serve|served|award|awarded)\b")
# How a figure whose records name no one is read: an event may still name the one asked for.
# "who ran Rosneft?", "who was the head of Gazprom": a person asked, by the post they held.
# A body by its name, not "the poll" or "a survey", which a pollster runs.
HEAD_ASKED = Lazy(r"^(?:and )?who (?:ran|runs|headed|heads|led|leads|chaired|chairs|(?:was|is) (?:the )?"
                  r"(?:head|chief|ceo|chairman|chairwoman|boss|director|president) of) (?!the |a |an |this |that )")
# "What did Putin say about China being an ally?": the topic of what was said.
ABOUT_A_TOPIC = Lazy(r"\b(?:say|said|says|think|thought|write|wrote|claim|claimed|state|stated) (?:about|on|of) (.+)$")
# "who was head of CNPC when ... began": the post asked, then the clause that dates it.
POST_THEN_CLAUSE = Lazy(r"^(?:and )?who(?:'s| is| was| were) (?:the )?(.+?) (?:when|while|at the time|as|during) (.+)$")
NAMES_NO_ONE = "Read as a question about whose figure it is; its records name no one."


# "Who led the Soviet Union ...?": a leader of a country asked.
LED_A_COUNTRY = Lazy(r"^(?:and )?who (?:led|ruled|headed|governed|was leading|was ruling|was in charge of) "
                     r"(?:the )?([\w'.-]+(?: [\w'.-]+)?)(?= when\b| in\b| during\b| at\b| by\b|\W*$)")


# "For China", "on the Russian side": one side of an event asked about.
_SIDE = Lazy(r"\b(?:for|from|on behalf of) (?:the )?(china|russia|chinese side|russian side|beijing|moscow)\b"
             r"|\bon the (chinese|russian) side\b")
_SIDES = {"china": "china", "chinese side": "china", "beijing": "china", "chinese": "china",
          "russia": "russia", "russian side": "russia", "moscow": "russia", "russian": "russia"}


def acts_asked(intent: Intent, endings: tuple[str, ...] = ("ed",)) -> list[str]:
    """The words of doing a question asks about, as written ("ratified", "proposes")."""
    return [intent.spelled.get(w, w) for w in intent.content if intent.spelled.get(w, w).endswith(endings)]


def says_an_act(text: str, acts: list[str]) -> bool:
    """Whether a text says one of those acts, in any form ("ratif": ratified, ratification)."""
    return any(re.search(rf"\b{re.escape(act[:5])}", text, re.I) for act in acts)


def _side_asked(text: str) -> str | None:
    found = _SIDE.search(text)
    return _SIDES[found.group(1) or found.group(2)] if found else None


# The words that end a place's name, by the kind asked: "Yinlong (Tarabarov) Island", "Abagaitu Islet".
_PLACE_ENDS = {"island": r"Islands?|Islets?", "islet": r"Islets?|Islands?"}


def _places_named(kind: str, text: str) -> list[str]:
    """The names of places of a kind ("islands") that a text gives: capitalised words before
    the kind's own word ("Bolshoy Ussuriysky Island")."""
    word = re.sub(r"(?:ies|s)$", lambda m: "y" if m.group(0) == "ies" else "", kind.lower())
    ends = _PLACE_ENDS.get(word, re.escape(word.capitalize()) + "s?")
    return list(dict.fromkeys(m.group(0) for m in re.finditer(
        rf"\b(?:[A-Z][\w'-]*(?: \([A-Z][\w'-]*\))? )+(?:{ends})\b", text)))

# Words of a refusal: one the record says refused did not do what the event was.
REFUSED = Lazy(r"\b(?:refus\w*|declin\w*|snub\w*|did not (?:meet|see|attend)|would not (?:meet|see)|boycott\w*)\b",
               re.IGNORECASE)


# A post held beside another: "Deputy Prime Minister and Finance Minister Kudrin".
OTHER_POST = Lazy(r"^.*\b(?:minister|president|premier|secretary|chairman|director|ambassador|governor)\s+and\s+")


def _own_post(before: str) -> str:
    """The words of the last post said before a name: of "deputy prime minister and finance
    minister", "finance minister" ("deputy industry and energy minister" is one post)."""
    return OTHER_POST.sub("", before)

# The one a named person met asked: "who did Mishustin meet?", "whom did Putin receive?".
MET_ASKED = Lazy(r"^(?:and |so )?(?:who|whom) did [\w' -]+? (?:meet|see|receive|visit|talk to|talk with|speak to|speak with|call)\b")
# A place asked as the host, which a country is not: "which city hosted ...".
HOST_PLACE = Lazy(r"\b(?:city|cities|town|port|place|region|province|venue)\b")
# A gathering a title places in a capital or a country: "the Victory Day Parade in Moscow".
HELD_AT = Lazy(r"\b(?:[Pp]arade|[Ss]ummit|[Ee]xercise|[Ff]orum|[Gg]ames|[Dd]rill)s? in ([A-Z][a-z]+)\b")
# The one a question has host: "did China host ...".
HOST_DOER = Lazy(r"\b(?:did|does|do|has|had|will)\s+(china|russia|beijing|moscow)\s+host")


def _of_country(person, country: str) -> bool:
    """Whether a person is of a country: China's or Russia's as the record says; a third
    country's, one the record gives as of neither ("other")."""
    held = (person["country"] or "").lower()
    return held == country if country in ("china", "russia") else held == "other"


def _held_in(title: str):
    """Where a title holds its event, or whose own it is ("summit held in Russia")."""
    from .timeline import HELD_AS_OWN, HELD_IN  # (timeline's answers use this module's)

    return HELD_IN.search(title) or HELD_AS_OWN.search(title) or HELD_AT.search(title)


# Titles written before a name: "Chairman Mao", "President Xi".
TITLES = frozenset({"chairman", "president", "premier", "minister", "general", "marshal", "secretary", "comrade",
                    "mr", "mrs", "ms", "dr", "prime", "foreign", "defence", "defense", "deputy", "vice", "ambassador",
                    "spokesman", "spokeswoman", "admiral", "colonel", "leader", "chief"})

class PeopleAnswers:
    """Who questions; mixed into Engine, which provides store, metrics and the event search."""


    def _answer_who(self, intent: Intent):
        from ..writing.render import render

        draft = Draft(self.store)
        interpretation = "Read as a question about who took part or who holds a role."
        if len(intent.periods) >= 2 and all(p.form == "point" for p in intent.periods):
            # "Where were the naval manoeuvres of 2015, 2017 and 2019 held?": each year's own
            # answer, when two or more are found.
            parts = [self._answer_who(replace(intent, periods=[period])) for period in intent.periods]
            found = [part for part in parts if part.answered]
            if len(found) >= 2:
                return compound.join(intent.question, found)
        if intent.open_offices and (HELD_WHEN.search(intent.normalized) or intent.periods) \
                and (held := self._who_held_office(intent)) is not None:
            return held
        if intent.others and not {"china", "russia"} & set(intent.parties) and OFFICE_ONLY.match(intent.normalized) \
                and (post := self._post_of_another(intent)):
            # "Who is the US president?": a post of a country crr does not cover, whose holder
            # it does not hold; never someone an event of that country names.
            party = self.store.parties.get(intent.others[0], intent.others[0])
            text = f"crr holds the people of China–Russia relations and no {post} of {party}, so it names no one.\n"
            return draft.answer(intent, False, "who", interpretation, text, [])
        if (holder := self._post_holder_at_a_time(intent)) is not None:
            return holder  # "Who was head of CNPC when talks with Gazprom's Miller began?": not Miller
        if (succession := self._answer_succession(intent)) is not None:
            return succession  # "who was Hu Jintao's successor?", "whom did Hu succeed?"
        if (aide := self._aide_of(intent)):
            # "Who is Putin's spokesman?": the one whose role is that person's, not the person.
            return self._answer_person(intent, draft, aide)
        if intent.offices and not intent.open_offices and OFFICE_ONLY.match(intent.normalized) \
                and not set(intent.residue.split()) - OFFICE_FILLER - {w for p in intent.people for w in p.split("-")}:
            # "Who was the Russian president in 2010?": the office's holder then, and who they are.
            rows = [p for p in self.store.people if p["id"] in intent.people]
            if rows:
                return self._answer_person(intent, draft, rows)
        if "people" in intent.bound.values() and intent.people and re.match(r"^(?:who are|who were)\b", intent.normalized) \
                and not PERSON_ACT.search(intent.normalized) and not intent.periods:
            # "Who are the two chief diplomats in the Dashboard's engagement timeline?": the pair
            # the words name, not another count's people its other words find.
            rows = [p for p in self.store.people if p["id"] in intent.people]
            if rows:
                return self._answer_person(intent, draft, rows)
        by_figure = self._who_by_figure(intent, draft)
        if by_figure is not None and by_figure.answered and PERSON_ACT.search(intent.normalized):
            # "Who disclosed the $6 bn?": the act is an event's, the figure only what it was about;
            # the figure is given beside the event, cited to its own record.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            if by_event.answered:
                return self._with_figures(intent, shared, by_event, by_figure)
        if by_figure is not None and by_figure.answered:
            # "Which Russian firm agreed in 1997 to ship 3 to 3.5 bcm?": the event the figure is
            # of, when one names whom the figure's records name, dates it; the figure follows.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            named = self._names_of(by_figure)
            if by_event.answered and by_event.events and named and any(
                    n.lower() in f"{by_event.events[0].title} {by_event.events[0].summary}".lower() for n in named):
                return self._with_figures(intent, shared, by_event, by_figure)
        if by_figure is not None and by_figure.text.startswith(FIGURE_NAMES_NO_ONE) \
                and (PERSON_ACT.search(intent.normalized) or LED_GROUP.search(intent.normalized)):
            # The figure is held, but not who said or led what it is of: an event may name them.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            if by_event.answered:
                return by_event
        if by_figure is not None and not by_figure.answered and by_figure.text.startswith(NO_SUCH_FIGURE):
            # "Whom did Yeltsin meet when 25 documents were signed?": no figure of 25 is held, but
            # the event whose record gives that number names whom.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            said = f"{by_event.events[0].title} {by_event.events[0].summary}".replace(",", "") if by_event.events else ""
            if by_event.answered and intent.numbers and all(
                    re.search(rf"(?<![\d.]){re.escape(f'{n:g}')}(?![\d])", said) for n in intent.numbers):
                return by_event
        if by_figure is not None:
            return by_figure
        # A figure whose records name no one may still have an event that does ("which
        # bank stopped payments": a share of banks, and the event of the one that did).
        by_metric = self._who_by_metric(intent)
        if by_metric is not None and not by_metric.answered and intent.periods \
                and not SUPERLATIVE.search(intent.normalized) and not ORDER.search(intent.normalized):
            # A figure crr lacks for the time asked: an event of that time that names whom the
            # question asks answers it instead ("which oil company stopped rail deliveries in
            # September 2004?" is no question of the oil Yukos was to sell in 1999); not one that
            # ranks or orders ("the most", "first"), which an event of one of them does not.
            by_event = self._who_by_events(intent, Draft(self.store), interpretation, None)
            if by_event.answered:
                return by_event
        if by_metric is not None and (by_metric.interpretation != NAMES_NO_ONE or not self._find_events(intent, limit=1)):
            return by_metric
        # (not one whose time in office is the time asked: "under Yeltsin")
        named = [p for p in self._people_in(intent.normalized) if p["id"] != intent.tenure_of]
        if named and re.match(r"^(?:who is|who was|who's|whos|who are)\b", intent.normalized) \
                and not (intent.open_offices or intent.office_of) and not self._role_before(intent, named):
            # (not "who was the Chinese president that met Yeltsin?": the office's holder then)
            return self._answer_person(intent, draft, named[:2])
        country = _country_asked(intent.normalized)
        if country and not intent.periods and "people" in intent.bound.values() \
                and re.match(r"^(?:who is|who's|whos)\b", intent.normalized):
            # "Who is China's foreign minister?": of the pair a phrase names ("the foreign
            # ministers"), the one of the country asked.
            own = [p for p in self.store.people if p["id"] in intent.people and p["country"].lower() == country]
            if len(own) == 1:
                return self._answer_person(intent, draft, own)
        if any(word in f"{intent.normalized} {' '.join(intent.content)}" for word in self.event_vocab.roles) \
                and (not intent.periods or intent.tenure_of):
            # (a time in office asked, "foreign minister under Yeltsin", is a role's own words)
            people = self._people_by_role(intent)
            if people:
                marks = self._cite_people_events(draft, people)
                now = bool(re.search(r"\b(?:current|currently|now|today|present|incumbent)\b", intent.normalized))
                # Asked who holds it now, a holder the sources date ("head of CNPC in 2006") is
                # no answer; one they give undated holds the post as of their writing.
                dated = all(re.search(r"\b(?:19|20)\d\d\b", p["role"] or "") for p in people)
                as_of, whom = self._as_of_writing(people)
                # ("Who is the Chinese defence minister?": in the present tense, a holder dated
                # to 2023 is said to be the latest the sources date, not today's)
                present = bool(re.match(r"^(?:who is|who's|whos|who are|who currently)\b", intent.normalized))
                text = render("answers/who_role.txt.j2", people=people, marks=marks, now=(now or present) and dated,
                              as_of=describe_period(as_of) if as_of else "", as_of_whom=whom)
                answer = draft.answer(intent, not (now and dated), "who", interpretation, text, [])
                answer.as_of = as_of
                return answer
        answer = self._with_the_figure_asked(intent, draft, self._who_by_events(intent, draft, interpretation, by_metric))
        if not answer.answered and not answer.events and intent.periods and intent.periods[0].form == "point" \
                and not SUPERLATIVE.search(intent.normalized) \
                and any(word in f"{intent.normalized} {' '.join(intent.content)}" for word in self.event_vocab.roles):
            # (a holder in a year, not through an open span, nor the one who did something most)
            # "Who was China's ambassador to Russia in 2024?": no event of that year names the
            # holder, and the sources date no term of the post; whom they name, and that, is said.
            holders = self._people_by_role(intent)
            year = intent.periods[0].label[:4]
            dated = [p for p in holders if year.isdigit() and re.search(rf"\b{year}\b", p["role"] or "")]
            if dated:
                # "Who was Chinese premier in 2004?": the holder whose role the sources date to that
                # year ("Premier of China; met Russian prime ministers Fradkov (2004) ...").
                marks = self._cite_people_events(draft, dated)
                text = render("answers/who_role.txt.j2", people=dated, marks=marks, now=False, as_of="", as_of_whom="")
                return draft.answer(intent, True, "who", interpretation, text, [])
            # (a post of a third country is no answer to a post asked of no country: "the
            # leader" in 1976 is not Turkmenistan's)
            parties = {party.lower() for party in intent.parties} or {"china", "russia"}
            people = [p for p in holders if not re.search(r"\b(?:19|20)\d\d\b", p["role"] or "")
                      and (p["country"] or "").lower().replace(" ", "_") in parties]
            if people:
                named = Draft(self.store)
                marks = self._cite_people_events(named, people)
                holders = "; ".join(f"{p['name']} ({p['role']}){m}" for p, m in zip(people, marks))
                when = intent.periods[0].phrase
                when = f"in {when}" if when[:1].isdigit() else when
                text = (f"The sources date no term of this post, so crr cannot say who held it {when}. "
                        f"They name, as of their writing: {holders}.\n")
                return named.answer(intent, False, "who", interpretation, text, [])
        return answer


    def _role_before(self, intent: Intent, named) -> bool:
        """Whether a role heads the question before the people it names: "who was the Chinese
        defence minister that met Shoigu?" asks for the minister, not for Shoigu."""
        text = intent.normalized
        at = min((m.start() for p in named for w in content_tokens(p["name"].lower())
                  if (m := re.search(rf"\b{re.escape(w)}\b", text))), default=-1)
        if at <= 0:
            return False
        head = text[:at]
        return any(re.search(rf"\b{re.escape(role)}s?\b", head) for role in self.event_vocab.roles)

    def _as_of_writing(self, people) -> tuple[str, str]:
        """The month the sources that name a post's undated holders were written (their as-of
        date), and whom that dates: a holder named with no year holds the post as of then."""
        undated = [p for p in people if not re.search(r"\b(?:19|20)\d\d\b", p["role"] or "")]
        dates = [self.store.sources[p["source_id"]].as_of[:7] for p in undated
                 if p["source_id"] in self.store.sources and self.store.sources[p["source_id"]].as_of]
        if not dates:
            return "", ""
        whom = ("the holder above" if len(people) == 1 else "the holders above" if len(undated) == len(people)
                else " and ".join(p["name"] for p in undated))
        return max(dates), whom

    def _in_full(self, name: str) -> str:
        """A country's short name as written, with its full one: "UK (the United Kingdom)"."""
        parties = self.lexicon.values_of(name.lower(), "party")
        full = self.store.parties.get(parties[0], "") if len(parties) == 1 else ""
        if not full or full.lower().removeprefix("the ") == name.lower() or len(name) > 4:
            return name
        return f"{name} ({full})"

    def _post_holder_at_a_time(self, intent: Intent):
        """Who held a post at the time a clause names ("who was head of CNPC when gas talks
        with Gazprom's Alexei Miller began in 2006?"): a person the clause names only dates
        the question, never answers it.  The holder is one the clause's event names, else one
        whose role the sources date to the year asked; None when the question is no such one."""
        found = POST_THEN_CLAUSE.match(intent.normalized)
        if not found or self._people_in(found.group(1)) or not self._people_in(found.group(2)):
            return None
        head = found.group(1)
        if not set(head.replace("'s", "").split()) & set(self.event_vocab.roles):
            return None
        # ("who were": every holder the sources give, the one of the clause's time among them)
        asked = replace(intent, normalized=f"who were {head}", content=[w for w in intent.content if w in head],
                        people=[], office_of=[])
        holders = self._people_by_role(asked)
        named = {p["id"] for p in self._people_in(found.group(2))}
        holders = [p for p in holders if p["id"] not in named]
        events = self._find_events(intent, limit=3)
        in_event = {p["id"] for r in events[:1] for p in self.store.people_of_event(r["id"])}
        chosen = [p for p in holders if p["id"] in in_event]
        # ... else the holder whose role the sources date to the year asked, or to the event's.
        year = intent.periods[0].label[:4] if intent.periods else (events[0]["date"] or "")[:4] if events else ""
        if not chosen and year.isdigit():
            chosen = [p for p in holders if re.search(rf"\b{year}\b", p["role"] or "")]
        if len(chosen) != 1:
            return None
        return self._answer_person(intent, Draft(self.store), chosen)

    def _post_of_another(self, intent: Intent) -> str:
        """The post a question asks the holder of, when it is only that post of another
        country (and a time): "who was India's prime minister in 2010" -> "prime minister"."""
        words = [w for w in intent.residue.split() if w not in OFFICE_FILLER and intent.bound.get(w) != "party"
                 and not self.lexicon.has(w.removesuffix("'s"), "party")]
        roles = [w for w in words if w in self.event_vocab.roles]
        rest = [w for w in words if w not in roles and w not in POST_WORDS]
        if not roles or rest or any(p["country"].lower() in [o.replace("_", " ") for o in intent.others]
                                    for p in self._people_by_role(intent)):
            return ""
        return " ".join(w for w in words if w in roles or w in POST_WORDS)

    @staticmethod
    def _names_of(answer) -> list[str]:
        """The names a who-answer over figures gives from its records' words."""
        names = []  # (the names a record's words give, not a count's own people, who are all its names)
        for line in answer.text.splitlines():
            if line.startswith("Its record names ") and ":" in line:
                head = line.split(":", 1)[0].removeprefix("Its record names ")
                names += [re.sub(r" \(.*?\)$", "", n.strip()) for n in re.split(r",| and ", head) if n.strip()]
        return names


    def _names_asked_of(self, intent: Intent) -> set[str]:
        """The names of bodies the question gives ("Rosneft", "Yukos"), as search terms: words the
        records write as names that are no country's and no person's crr knows."""
        people = {event_stem(w) for p in self.store.people for w in content_tokens(p["name"].lower())}
        # (a word the reading binds, "Sino-Russian", "Kremlin", is read, and is no such name;
        # nor is one who reports it: "per Politico", "according to the Wikipedia infobox")
        reporters = {event_stem(w) for found in REPORTED_BY.findall(intent.normalized) for w in found if w}
        return {event_stem(w) for w in intent.content if event_stem(w) in self._proper_stems()} - people - reporters

    def _role_country(self, intent: Intent) -> str | None:
        """The country a role asked for belongs to, when the question names one country and a
        role ("Russia's defence minister", "the Chinese ambassador"); else None."""
        objects = self._offices_after_the_head(intent)
        if set(intent.people) - set(objects):
            return None  # the holder is named already ("the Kremlin spokesman")
        return self._role_country_named(intent, objects)

    def _role_country_named(self, intent: Intent, objects: dict[str, str]) -> str | None:
        """The country whose role the question asks for, China, Russia or a third one; or the
        side of a meeting asked for ("the Chinese delegation")."""
        if (led := LED_A_COUNTRY.match(intent.normalized)):
            # "Who led the Soviet Union when the split began?": one of that country's
            ruled = set(self.lexicon.values_of(led.group(1), "party")) & {"china", "russia"}
            if len(ruled) == 1:
                return ruled.pop()
        roles = "|".join(re.escape(r) for r in self.event_vocab.roles)
        text = intent.normalized
        for phrase in objects.values():  # ("... to meet the Chinese leader": no role asked)
            text = text.replace(phrase, " ")
        found = re.search(rf"\b(china|chinese|prc|beijing|russia|russian|moscow)(?:'s)? (?:\w+ ){{0,2}}?(?:{roles})s?\b",
                          text)
        if not found:
            # a role of a third country: "which Japanese prime minister", "the Kazakh president"
            # (one holder: "SCO prime ministers" are the members' own)
            for other in re.finditer(rf"\b([a-z]+)(?:'s)? (?=(?:\w+ ){{0,2}}?(?:{roles})\b)", text):
                parties = set(self.lexicon.values_of(other.group(1), "party")) - {"china", "russia"}
                if len(parties) == 1:
                    return parties.pop()
        if not found:
            # or the side the one asked comes from: "who from Beijing visited Moscow?"
            found = re.match(r"(?:who|which \w+) (?:from|of) (?:the )?(china|prc|beijing|russia|moscow)\b(?! and)", text)
        if not found and not re.search(r"\b(?:chinese|russian)\b.{0,20}\bor\b", text):
            # or one side of a meeting: "who led the Chinese delegation?", "for the Russian side"
            # (not which of the two: "the Chinese or the Russian side?")
            found = re.search(r"\b(china|chinese|russia|russian)(?:'s)? (?:delegation|side|team|negotiators)\b", text)
        if not found:
            return None
        return "china" if found.group(1) in ("china", "chinese", "prc", "beijing") else "russia"

    @staticmethod
    def _offices_after_the_head(intent: Intent) -> dict[str, str]:
        """The people read from an office the question names after its head, by the phrase:
        "which Russian minister flew to Beijing to meet the Chinese leader" names Xi, and
        asks for someone else; "who was the Chinese leader in 2005" asks for the holder, and so
        does a post the deed is asked as ("who took over from Jiang as CCP general secretary")."""
        objects = {}
        for person, phrase in intent.office_of.items():
            at = intent.normalized.find(phrase)
            if at > 0 and set(intent.normalized[:at].split()) - HEAD_WORDS \
                    and not re.search(r"\bas (?:the )?(?:new |next )?$", intent.normalized[:at]):
                objects[person] = phrase
        return objects

    def _post_asked_as(self, intent: Intent) -> str | None:
        """The post a deed is asked as ("who succeeded Hu Jintao as premier?"): a role word
        after "as", which the record that answers must name."""
        found = re.search(r"\bas (?:the )?(?:(?:chinese|russian|china's|russia's|new|next|acting) )?([a-z-]+(?: [a-z-]+)?)\b",
                          intent.normalized)
        if not found:
            return None
        words = found.group(1).split()
        post = " ".join(words) if " ".join(words) in self.event_vocab.roles else words[0]
        return post if post in self.event_vocab.roles else None

    def _who_by_events(self, intent: Intent, draft, interpretation: str, by_metric):
        """Whom the events the question's words find name; `by_metric`, the answer from a
        figure's people, stands when they name no one."""
        from ..writing.render import render

        several = bool(ORGANISATIONS_ASKED.search(intent.normalized))
        rows = self._find_events(intent, limit=6 if several else 3)
        # An answer to "who" names someone the question does not ("who refused to meet Yeltsin?");
        # a holder of an office the question names ("which EU foreign policy chief") is asked for.
        by_role = {p for phrase, facet in intent.bound.items() if facet == "person"
                   and set(phrase.split()) & self.event_vocab.role_stems
                   for p in self.lexicon.values_of(phrase, "person")}
        # ... but an office named after the question's head ("... to meet the Chinese leader")
        # is its holder, named by the question, and no answer to it.
        asked = set(intent.people) - set(intent.office_of) - by_role | set(self._offices_after_the_head(intent))
        people_of = {r["id"]: {p["id"] for p in self.store.people_of_event(r["id"])} for r in rows}
        if not ENTITY.search(intent.normalized) and not MEMBERS_ASKED.search(intent.normalized) \
                and not (rows and self._done_by_a_name(intent, rows[0])):
            # (a firm, a body or a country asked for is named by the event's words, whoever its
            # people are, as are a gathering's members; so is one whose title has a name do what
            # is asked: "Yukos proposes ...")
            # (but not one that lacks a name the question gives and the best match has: "who
            # signed the 2004 Complementary Agreement?" is not answered by the energy deals of 2004)
            named = _names_written(intent.question)
            said = [r for r in rows if all(n in f"{r['title']} {r['summary']}".lower() for n in named)] if named else rows
            kept = [r for r in rows if r in said or not (rows[0] in said)]
            rows = [r for r in kept if people_of[r["id"]] - asked] or [r for r in kept if people_of[r["id"]]] or rows
        if named := self._names_asked_of(intent):
            # "Who is Rosneft's chief executive?": an event that does not name Rosneft is of another firm.
            rows = [r for r in rows if named <= _stemmed_words(f"{r['title']} {r['summary']}".lower())]
        if (country := self._role_country(intent)) is not None:
            # "Who was Russia's defence minister in 2023?": an event with a Russian in that role,
            # not China's minister on a trip to Russia.
            found = rows
            rows = [r for r in rows if any(_of_country(p, country) for p in self.store.people_of_event(r["id"])
                                           if p["id"] not in asked)]
            if found and not rows and not by_metric:
                # "Who led the Chinese delegation at the 2001 treaty signing?": the record names only Putin
                line = self._cite_events(draft, found[:1])[0]
                side = self.store.parties.get(country, country.title())
                text = (f"The record crr found names no one of {side}'s side, so crr names no one: {found[0]['title']}, "
                        f"{line['date']} ({line['source_name']}{line['marks']}).\n")
                return draft.answer(intent, False, "who", interpretation, text, [self._when_of(found[0])])
        if not rows and PLACE_OF_A_NAME.match(intent.normalized) and (
                placed := self._place_of_the_named(intent, "", draft, interpretation, [
                    m.group(0) for m in re.finditer(r"(?<=\S )[A-Z][\w'-]+(?: [A-Z][\w'-]+)*", intent.question)
                    if not self.lexicon.values_of(m.group(0).lower(), "party")])) is not None:
            return placed  # "Which province is Lianyungang in?": where an event that names it says it is
        if not rows:
            return by_metric or self._no_event(intent, draft, interpretation)
        if SUPERLATIVE.search(intent.normalized) and (first := self._ranked_first(intent)) is not None:
            return first  # "what was the biggest gas deal?": the one a rank crr holds puts first
        if SUPERLATIVE.search(intent.normalized) and not SUPERLATIVE.search(f"{rows[0]['title']} {rows[0]['summary']}".lower()):
            # "Which bank processes the most payments?": an event of one bank ranks none.
            text = (f"crr holds no ranking that names which is the largest or the most; the nearest event it "
                    f"holds, “{rows[0]['title']}”, ranks no one, so it names none.")
            return draft.answer(intent, False, "who", "Read as a question about which ranks first.", text,
                                [self._when_of(rows[0])])
        if (post := self._post_asked_as(intent)) and not any(
                re.search(rf"\b{re.escape(post)}", f"{r['title']} {r['summary']}".lower()) for r in rows[:1]):
            # "Who succeeded Hu Jintao as premier?": the record of a succession in another post
            # (General Secretary) names no premier.
            text = (f"crr holds no record that names who did this as {post}; the nearest event it holds, "
                    f"“{rows[0]['title']}”, is of another post, so it names no one.")
            return draft.answer(intent, False, "who", interpretation, text, [self._when_of(rows[0])])
        if COUNTRIES.search(intent.normalized):
            # "Through which countries ...": of the close matches, the first that names one.
            naming = [r for r in rows if self._names_beyond(f"{r['title']}. {r['summary']}", intent.question,
                                                             intent.parties)]
            # (one whose names are countries before one that names only a firm: "Politico")
            naming = [r for r in naming if any(self.lexicon.values_of(n.lower(), "party") for n in self._names_beyond(
                f"{r['title']}. {r['summary']}", intent.question, intent.parties))] or naming
            rows = naming[:1] + [r for r in rows if r not in naming[:1]]
        elif (kind := PLACES_ASKED.search(intent.normalized)) and "where" not in kind.group(0):
            # "Which islands were transferred?": of the close matches, the first whose words name
            # one ("Yinlong (Tarabarov) Island"), before a ceremony that says only "the islands".
            naming = [r for r in rows if _places_named(kind.group(0).split()[-1], r["summary"] or "")]
            rows = naming[:1] + [r for r in rows if r not in naming[:1]]
        cited = self._cite_events(draft, rows[:1])

        def names_no_one(lead: str, summary: bool = True):
            """The record found, shown under why it answers no who ("The record crr found ...")."""
            text = (f"{lead}{rows[0]['title']}, {cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']}).\n"
                    + (f"{rows[0]['summary']}\n" if summary else ""))
            return draft.answer(intent, False, "who", interpretation, text, [self._when_of(rows[0])])

        if self._signers_unnamed(intent, rows[0]):
            cited[0]["linked"], cited[0]["people"] = cited[0]["people"], []  # (not signers: who.txt.j2)
        if country is not None:
            ours = {p["name"] for p in self.store.people_of_event(rows[0]["id"]) if _of_country(p, country)}
            cited[0]["people"] = [n for n in cited[0]["people"] if n in ours]
        # "Who refused to meet Yeltsin?": of the event's people, those the clause that says
        # what the question asks names ("Deng Xiaoping declined to see him").
        doers = self._doers(intent, rows[0], asked, people_of[rows[0]["id"]])
        if asked and MET_ASKED.match(intent.normalized):
            # "Who did Mishustin meet in Beijing?": the one met is of the other side, not
            # Novak, who went with him
            sides = {p["country"] for p in self.store.people if p["id"] in asked}
            others = {p["name"] for p in self.store.people_of_event(rows[0]["id"]) if p["country"] not in sides}
            doers = others if len(sides) == 1 and others else doers
        if doers and cited[0]["people"]:
            cited[0]["people"] = [n for n in cited[0]["people"] if n in doers]
        if country not in (None, "china", "russia") and not cited[0]["people"] and not ENTITY.search(intent.normalized):
            # "Which Japanese prime minister backed the pipeline?": no one of Japan's side does
            # what is asked, and the record's other words are no one's of it
            side = self.store.parties.get(country, country.title())
            return names_no_one(f"The record crr found names no one of {side}'s side in the role asked, "
                                "so crr names no one: ", summary=False)
        if cited[0]["people"] and not REFUSED.search(intent.normalized):
            # "Who did Yeltsin meet?": never the one the record says refused to see him
            refusing = self._refusers(rows[0], people_of[rows[0]["id"]])
            cited[0]["people"] = [n for n in cited[0]["people"] if n not in refusing] or cited[0]["people"]
        if (post_held := self._post_holders(intent, rows[0])) is not None:
            # (a record whose people hold no such post names none, nor do its other words)
            # "Who was Russia's prime minister in 2001?": only one whose role it was, then; Kudrin,
            # a deputy, and Putin, prime minister in 2010, are no answer
            post, holders = post_held
            if not holders:
                return names_no_one(f"crr found no record that names the {post} asked for at that time, so it "
                                    "names no one. The nearest record it found: ", summary=False)
            cited[0]["people"] = [n for n in cited[0]["people"] if n in holders]
        elif len(cited[0]["people"]) > 1 and (holding := self._holding_the_role(intent, rows[0])):
            # "Who was Chinese premier in 2010?": of the event's people, the one whose role it is.
            cited[0]["people"] = [n for n in cited[0]["people"] if n in holding]
        if cited[0]["people"] and any(re.search(rf"\b{r}", intent.normalized) for r in self.event_vocab.roles):
            # "Who was the Russian industry and energy minister in 2007?": Materov, whom the
            # record calls the deputy minister, held no such post; nor a "former" one then.
            said = f"{rows[0]['title']}. {rows[0]['summary'] or ''}".lower()
            asked_words = {"former" if w == "ex" else w for w in re.findall(r"[a-z]+", intent.normalized)}
            lesser = [n for n in cited[0]["people"] if any(
                {"former" if w.group(1) == "ex" else w.group(1) for w in LESSER.finditer(_own_post(said[max(0, m.start() - 60):m.start()]))}
                - asked_words for m in re.finditer(rf"\b{re.escape(n.split()[-1].lower())}\b", said))]
            if lesser and len(lesser) == len(cited[0]["people"]):
                return names_no_one(f"The record crr found names {', '.join(lesser)} in a lesser or a past post than "
                                    "the one asked, so it names no one: ")
            cited[0]["people"] = [n for n in cited[0]["people"] if n not in lesser]
        # An event with no people of its own may still name the one asked for in its words
        # ("which company ..."): those names are shown as the source's, to judge.  Asked for
        # a company, a bank or a body, the names its words give lead, whoever its people are.
        organisation = (bool(ENTITY.search(intent.normalized) or LED_GROUP.search(intent.normalized))
                        and not COUNTRIES.search(intent.normalized)) \
            or bool(PLACES_ASKED.search(intent.normalized))  # "to which port": the place its words name
        names = [] if cited[0]["people"] and not organisation else [
            n for n in self._names_beyond(self._words_of_the_act(intent, rows[0]), intent.question, intent.parties)
            if not (organisation and self._people_in(n.lower()))]
        if cited[0]["people"] and COUNTRIES.search(intent.normalized):
            # "Which country was ready to fund the pipeline?": the countries its words name lead,
            # not the people who took part (Putin is no country).
            countries = [n for n in self._names_beyond(f"{rows[0]['title']}. {rows[0]['summary']}", intent.question,
                                                       intent.parties) if self.lexicon.values_of(n.lower(), "party")]
            if countries:
                names, organisation = countries, True
            elif not re.search(r"\bwho else\b", intent.normalized):
                cited[0]["people"] = []  # "which countries founded the SCO?": Putin is no country
                # ("who else visited Beijing that year?" may ask people, whom the record names)
        if (kind := PLACES_ASKED.search(intent.normalized)) and "where" not in kind.group(0):
            # "Which islands ...": the names of that kind its words give, not who ratified it.
            named = _places_named(kind.group(0).split()[-1], rows[0]["summary"] or "")
            # (failing those, only names its words put something in or at: "Cold War" is no city)
            words = f"{rows[0]['title']}. {rows[0]['summary'] or ''}"
            names = named or [n for n in names if self.lexicon.has(n.lower(), "city")
                              or self.lexicon.values_of(n.lower(), "party") or n.lower() in self.event_vocab.places
                              or re.search(rf"\b(?:in|at|near|off|outside|to)\s+(?:the\s+)?{re.escape(n)}\b", words)]
            cited[0]["people"] = []  # "in which city was the treaty signed?": Putin is no city
        if organisation and not names and ENTITY.search(intent.normalized) and not PLACES_ASKED.search(intent.normalized):
            cited[0]["people"] = []  # "which bank financed it?": Kudrin, who revealed it, is no bank
        if (head := HEAD_ASKED.match(intent.normalized)) and not LED_GROUP.match(intent.normalized) and cited[0]["people"]:
            # "Who led Rosneft when it bought Yuganskneftegaz?": one whose post is Rosneft's, not the
            # minister the record names beside it.
            body = re.match(r"[a-z][\w'-]*", intent.normalized[head.end():])
            firm = body.group(0).removesuffix("'s") if body else ""
            if firm in self.event_vocab.firms:  # (a firm named; "who led gas pricing talks" names none)
                heads = {p["name"] for p in self.store.people if re.search(rf"\b{re.escape(firm)}\b", (p["role"] or "").lower())}
                cited[0]["people"] = [n for n in cited[0]["people"] if n in heads]
        if (PERSON_ACT.search(intent.normalized) or HEAD_ASKED.match(intent.normalized)
                and not LED_GROUP.match(intent.normalized)) and not self._people_in(" ".join(names).lower()):
            names = []  # "who commanded the Chinese side", "who ran Rosneft": the PLA, OAO Rosneft are no one
        elif PEOPLE_OF_A_KIND.search(intent.normalized) and not self._people_in(" ".join(names).lower()):
            # "Which Chinese academics did the FSB memo name?": The New York Times, Shenzhou are none.
            names = [n for n in names if _a_persons_name(n) and not self.lexicon.values_of(n.lower(), "party")]
        elif not cited[0]["people"] and not names:
            names = self._the_other_party(intent, rows[0]["title"])
            if not names and not people_of[rows[0]["id"]] and MEMBERS_ASKED.search(intent.normalized):
                # "Apart from Russia and China, who was at the first BRIC summit?", "Shanghai Five -
                # who were the five?": of a gathering with no people, the countries its words name.
                names = self._names_beyond(f"{rows[0]['title']}. {rows[0]['summary']}", "which countries " + intent.question,
                                           intent.parties)
                organisation = bool(names)
        if HOST_ASKED.search(intent.normalized) and not HOST_PLACE.search(intent.normalized) \
                and (held := _held_in(rows[0]["title"])) \
                and (host := self.lexicon.values_of(held.group(1).lower(), "party")):
            # "Who hosted the first BRIC summit?": the country its title holds it in ("the
            # parade in Moscow": Russia), or as its own, not a guest the record names; none when
            # the question has another host it ("which countries did China host in Vostok 2018?")
            doer = HOST_DOER.search(intent.normalized)
            country = self.store.parties.get(host[0], held.group(1))
            if doer and not set(self.lexicon.values_of(doer.group(1), "party")) & set(host):
                return names_no_one(f"The record crr found has {country} host it, not {doer.group(1).title()}: ")
            if doer:
                # "who did Russia host at Vostok 2018?": its guests, the names beyond the host's
                names = [n for n in names if not set(self.lexicon.values_of(n.lower(), "party")) & set(host)]
                organisation = bool(names)
            else:
                cited[0]["people"], names, organisation = [], [country], True
        if intent.besides_people:
            # "Who else attended?" after Xi at the parade: not those the talk has named.
            named_before = {p["name"] for p in self.store.people if p["id"] in intent.besides_people}
            cited[0]["people"] = [n for n in cited[0]["people"] if n not in named_before]
        if asked:
            # "Who arrested Dmitry Kolker?": the one asked about is no answer to who did it.
            asked_names = {p["name"] for p in self.store.people if p["id"] in asked}
            cited[0]["people"] = [n for n in cited[0]["people"] if n not in asked_names]
        if PLURAL_ASKED.search(intent.normalized) and not COUNTRIES.search(intent.normalized) and cited[0]["people"]:
            # "Which Russian scientists were arrested in 2022?": each close match that names
            # people of its own, once a claim, not only the first.
            claims = {rows[0]["claim"] or rows[0]["id"]}
            more = []
            for row in rows[1:]:
                if (row["claim"] or row["id"]) not in claims and people_of[row["id"]] - asked:
                    claims.add(row["claim"] or row["id"])
                    more.append(row)
            asked_names = {p["name"] for p in self.store.people if p["id"] in asked}
            for line in self._cite_events(draft, more):
                line["people"] = [n for n in line["people"] if n not in asked_names]
                cited.append(line)
        if several and organisation and names and not cited[0]["people"]:
            # "Which Russian companies signed agreements with CNPC in 2010?": each close match of
            # the same time whose words name one, a line each, not the first alone.
            for row in rows[1:]:
                if row["date"][:4] != rows[0]["date"][:4] or (row["claim"] and row["claim"] == rows[0]["claim"]):
                    continue
                more = [n for n in self._names_beyond(self._words_of_the_act(intent, row), intent.question, intent.parties)
                        if not self._people_in(n.lower()) and n not in names]
                if more:
                    line = self._cite_events(draft, [row])[0]
                    line["people"] = more
                    cited.append(line)
        if (besides := EXCEPT.search(intent.question.lower())) is not None and names:
            # "Apart from Bank of China, which Chinese banks ...?", "apart from Turkey and the UAE,
            # which countries ...?": the ones left out are no answer.
            # (a model's digits count: "besides the Su-35s" leaves the S-400 in)
            left_words = set(re.findall(r"[a-z]+|\d+", besides.group(1))) - STOPWORDS
            left_parties = {v for w in left_words for v in self.lexicon.values_of(w, "party")}
            full = {name.lower().removeprefix("the "): party for party, name in self.store.parties.items() if name}
            kept = [n for n in names if not (set(re.findall(r"[a-z]+|\d+", n.lower())) - STOPWORDS <= left_words
                                             or set(self.lexicon.values_of(n.lower(), "party")) & left_parties
                                             or full.get(n.lower().removeprefix("the ")) in left_parties)]
            if not kept and not cited[0]["people"]:
                return names_no_one(f"The record crr found names only {' and '.join(names)}, which the question leaves out: ")
            names = kept
        # "Who lent $6 billion to Rosneft?": Kudrin, who revealed the loan, lent nothing; when the
        # record says who did the act asked, of those named only that one, or its side.
        record = f"{rows[0]['title']}. {rows[0]['summary'] or ''}"
        if (kept := self._doing_the_act(intent, record, [*cited[0]["people"], *names])) is not None:
            cited[0]["people"] = [n for n in cited[0]["people"] if n in kept]
            if cited[0]["people"]:
                names = [n for n in names if n in kept]
            else:
                names, organisation = kept, True  # (a firm or a side the record has do it)
            if not cited[0]["people"] and not names:
                return names_no_one("The record crr found names no one of those the question asks as the one who "
                                    f"{who_act_word(intent.normalized)}: ")
        if names and (kind := self._kind_unnamed(intent, names)):
            # "Name the Chinese banks that financed the deal": words that name a firm and an
            # embassy, and no bank, do not answer it.
            return names_no_one(f"The record crr found names no {kind}: it names {', '.join(names)}. ", summary=False)
        text = render("answers/who.txt.j2", events=cited, names=[self._in_full(n) for n in names], lead=organisation)
        # An event that names no one (no people of its own, no name in its words) answers
        # no "who": it is shown, and the question stays unanswered.
        named = bool(cited[0]["people"]) and (bool(people_of[rows[0]["id"]] - asked) or not asked) or bool(names)
        if not named and (things := THINGS_ASKED.search(intent.normalized)) \
                and (listed := _things_listed(rows[0]["summary"] or "") or _things_listed(rows[0]["title"])):
            # "Which Russian metals did the US and UK ban?": things, not people, which the event's
            # own words list ("aluminium, copper and nickel").
            cited[0]["people"] = []
            text = (f"Its words list the {things.group(1)}: {listed}. {rows[0]['title']}, {cited[0]['date']} "
                    f"({cited[0]['source_name']}{cited[0]['marks']}).\n{rows[0]['summary']}\n")
            return draft.answer(intent, True, "who", "Read as a question about which things an event's record lists.",
                                text, [self._when_of(rows[0])])
        if not named and by_metric is not None:
            return by_metric
        return draft.answer(intent, named, "who", interpretation, text,
                            [self._when_of(rows[0])])




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
                if period is None or (row["date_end"] >= period.first_day
                                      and row["date_start"] <= period.last_day):
                    rows[row["id"]] = row
        fits = self._event_fits(intent, by_subject=True)
        rows = {i: r for i, r in rows.items() if fits(r) and i not in intent.besides_events}
        if not rows:
            return self._no_event(intent, draft, interpretation)
        ordered = self._most_said(intent, people, sorted(rows.values(), key=lambda r: (r["date_start"], r["id"])))
        cited = self._cite_events(draft, ordered[:25])
        # "How many days did Yeltsin spend in China?", "where did they meet?": a number or a
        # place their events do not give; the events are shown, the question stays unanswered.
        asked = "place" if WHERE.match(intent.normalized) else (
            "figure" if ASKS_NUMBER.search(intent.normalized) or intent.given_whole is not None else "")
        if not asked and (thing := THING_OF_A_PERSON.match(intent.normalized)) \
                and not any(event_stem(_stem(thing.group(1))) in _stemmed_words(f"{line['row']['title']} {line['row']['summary']}".lower())
                            for line in cited):
            # "What sentence did he receive?" after Kolker's arrest: a thing none of his events names.
            asked = f"record of the {thing.group(1)} asked"
        placed = [(line, places) for line in cited[:3]
                  if (places := self._trip_places(f"{line['row']['title']}. {line['row']['summary']}"))]
        if asked == "place" and placed:
            # "Where did Xi go in March 2023?": the places the records of their events put them.
            text = "".join(f"{', '.join(places)}: {line['row']['title']}, {line['date']} "
                           f"({line['source_name']}{line['marks']}).\n" for line, places in placed)
            return draft.answer(intent, True, "what_happened", interpretation, text, [f"who is {people[0]['name']}?"])
        text = render("answers/person_events.txt.j2", events=cited, names=names, when=when, total=len(ordered),
                      asked=asked)
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - self._excused_names(intent)
        if not asked and re.match(r"(?:and |so )?what (?:did|does|do|has|have|had|was|were)\b", intent.normalized) \
                and (unheard := self._unheard_names(intent, terms)):
            # "What did Wang Yi tell Josep Borrell in July 2025?": a name no event has (he met
            # Kallas) asks of a meeting crr holds nothing of; the person's events are shown, no answer.
            named = next((m.group(0) for m in PROPER.finditer(intent.question)
                          if event_stem(_stem(m.group(0).lower())) in unheard), "")
            text = (f"No event crr holds names “{named}”, so crr gives no answer; the events of {names} "
                    f"it holds, {when}, are these:\n" + text)
            return draft.answer(intent, False, "what_happened", interpretation, text, [f"who is {people[0]['name']}?"])
        return draft.answer(intent, not asked, "what_happened", interpretation, text,
                            [f"who is {people[0]['name']}?"])

    def _excused_names(self, intent: Intent) -> set[str]:
        """Capitalised words of a question that are no name of someone else: a word the
        reading bound ("Soviets"), a title ("Chairman Mao"), or one written beside a person it
        knows ("Xi Dada"), as search terms."""
        bound = {w for phrase in intent.bound for w in phrase.split()}
        known = {w.lower() for p in self.store.people for w in p["name"].split()}
        excused = set()
        for run in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", intent.question):
            words = [w.lower().strip("'’") for w in run.group(0).split()]
            beside_a_person = any(w in known for w in words)
            excused |= {event_stem(_stem(w)) for w in words
                        if beside_a_person or w in bound or w in TITLES}
        return excused

    def _trip_places(self, text: str) -> list[str]:
        """Where an event's record puts it or its trip: "in Khabarovsk", a city gone to ("visit
        to Moscow"), else the country gone to ("to Russia")."""
        places = self._places_written(text) or [
            m.group(1) for m in re.finditer(r"\bto ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text)
            if self.lexicon.has(m.group(1).lower(), "city")]
        country = None if places else self._destination(text, where=True)
        return list(dict.fromkeys(places)) or ([self.store.parties[country]] if country in self.store.parties else [])

    def _most_said(self, intent: Intent, people: list[sqlite3.Row], rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """"Did Xi attend the Victory Day parade?": of the person's events, those whose words
        say the most of the question's other words, when some say two or more of them."""
        names = {w for p in people for w in p["name"].lower().split()}
        names |= {event_stem(_stem(w)) for w in names}  # (as the question's terms are cut: "jinp")
        if (topic := ABOUT_A_TOPIC.search(intent.normalized)) is not None:
            # "What did Putin say about China being an ally?": the events that say the topic,
            # whatever else they share with the question (the two countries are in all of them).
            words = [t for t in self.event_vocab.search_terms(topic.group(1)) if t not in names
                     and not self.lexicon.has(t, "party")]
            on_topic = [r for r in rows if words and all(t in f"{r['title']} {r['summary']}".lower() for t in words)]
            if on_topic:
                return on_topic
        terms = [t for t in self.event_vocab.search_terms(intent.normalized) if t not in names]
        said = [(sum(t in f"{r['title']} {r['summary']}".lower() for t in terms), r) for r in rows]
        most = max((n for n, _ in said), default=0)
        return [r for n, r in said if n == most] if most >= 2 else rows

    def _aide_of(self, intent: Intent) -> list[sqlite3.Row]:
        """The people whose role is a named person's post ("Putin's spokesperson") when the
        question asks for that person's post ("who is Putin's spokesman?")."""
        asked = AIDE_ASKED.match(intent.normalized)
        if not asked or len(intent.people) != 1:
            return []
        owner = next((p for p in self.store.people if p["id"] == intent.people[0]), None)
        if owner is None:
            return []
        post = event_stem(_stem(asked.group(2)))
        posts = {post, *self.event_vocab.synonyms.get(post, ())}
        short = owner["name"].split()[-1].lower()
        return [p for p in self.store.people if p["id"] != owner["id"]
                and (found := re.search(rf"\b{re.escape(short)}'s ([\w-]+)", (p["role"] or "").lower()))
                and event_stem(_stem(found.group(1))) in posts]

    def _answer_person(self, intent: Intent, draft, people: list[sqlite3.Row]):
        """Who someone is: the role the sources give, and the events they took part in."""
        from ..writing.render import render

        marks = self._cite_people_events(draft, people)
        entries = []
        for person, mark in zip(people, marks):
            held = self.store.events_with_person(person["id"])
            events = self._cite_events(draft, held[:8])
            # (a list cut short says so: the rest are asked for with the person's events)
            entries.append({"person": person, "marks": mark, "events": events, "total": len(held)})
        text = render("answers/person.txt.j2", entries=entries)
        names = " and ".join(p["name"] for p in people)
        # A figure crr holds of the person, else what the person did, offered next (the full
        # name: "Wang Yi" goes by neither word alone).
        figure = next((m.name.lower() for m in self.metrics.values() if people[0]["id"] in m.people), None)
        return draft.answer(intent, True, "who", f"Read as a question about {names}.", text,
                            [figure or f"what did {people[0]['name']} do?"])


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


