"""A question after a statement or a preface: "China is the third-biggest source of
students in Russia. Which two rank above it?", "How dependent is the PLA on Russian kit -
what share of its arms came from Russia in 2023?", and another time asked again of each
part of a compound answer.  Mixed into Engine."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.kinds import metric_kind
from ..reading.read import SPECULATION, read
from .draft import Draft
from ..reading.words import _stem
from ..writing.reading import reading_of
from ..reading.words import Lazy
from ..resolving.rules import LEVEL_ASKED
from . import compound
from .turn_words import LATER_ON

# The longest question read, in characters: a longer one is read up to here.
MAX_QUESTION = 500

# A question whose only subject is a pronoun: "what was it worth?", "how much was that?".
POINTING_ONLY = Lazy(r"^(?:and |so )?(?:what|how|when|which|who)\b[^?]*\b(?:it|its|that|this|they|those|them|the two|"
                     r"he|him|his|she|her|(?<=said )so|(?<=did )so|(?<=says )so|(?<=stated )so|(?<=claimed )so)\b")


# "Arms imports collapsed by 2006 — what were they worth in 2000?": a statement, then a
# question that points back at it after a dash or a semicolon.
POINTING_AFTER_A_DASH = Lazy(r"^[^?]+?(?:\s[-–—]+\s|;\s)(?:and |so |but )?(?:what|how|when|which|who)\b[^?]*"
                             r"\b(?:it|its|that|this|they|those|them)\b[^?]*\?\s*$")

# Where a question's clauses part: a question mark, a dash between spaces, a colon.
CLAUSES = Lazy(r"\?\s+|\s[-–—]+\s|:\s|;\s|(?<=[a-z0-9)'’][.!])\s+(?=[A-Z])"
               r"|,\s+(?=but (?:what|how|which|when|who|where)\b)")  # ("... might be a myth, but what were ...?")
# A question after a premise: "Given that trade hit a record in 2024, how large was it?",
# "Since the student body kept growing, how many ...?".  ("Since 2022, how many ...?" and
# "since the invasion, ..." are times: a premise says something done, FINITE_VERB.)
PREMISE = Lazy(r"^(given(?: that)?|seeing (?:as|that)|considering(?: that)?|now that|since|as|because|bearing in mind"
               r"(?: that)?)\s+([^,?]{8,}?),\s+((?:and |so )?(?:how|what|which|who|whom|when|where|why|is|was|are|were|"
               r"did|do|does|has|have|can|could)\b[^?]*\??)$", re.IGNORECASE)
FINITE_VERB = Lazy(r"\b(?:is|are|was|were|has|have|had|went|made|took|kept|met|bought|sold|brought|began|grew|fell|"
                   r"rose|came|became|gave|led|held|won|sent|paid|built|got|left|saw|said|set|hit|cut|shows?|says?|"
                   r"gives?|counts?|holds?|[a-z]{2,}ed)\b(?! (?:in|on|by|from|to|at|for) (?:19|20)\d\d\b)")


def premise_apart(question: str) -> str:
    """"Given that Xi visited Moscow in March 2023, who received him?" as "Xi visited Moscow
    in March 2023. Who received him?": a premise is a statement the question is asked after,
    as if it were a sentence of its own (and the reading says so)."""
    premise = PREMISE.match(question.strip())
    if not premise or not FINITE_VERB.search(premise.group(2).lower()):
        return question
    if premise.group(1).lower() in ("since", "as") and TIME_CLAUSE.search(premise.group(2).lower()):
        return question  # "since the war began in February 2022, how many ...?": a time, not a premise
    said, asked = premise.group(2).strip(), premise.group(3).strip()
    return f"{said[0].upper()}{said[1:]}. {asked[0].upper()}{asked[1:]}"


# What makes "since" or "as" a time: a date in its clause, or a start or an end.
TIME_CLAUSE = Lazy(r"\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)\b|\b(?:beg[au]n|start(?:ed|s)?|broke out|end(?:ed|s)?|took (?:office|power|over)|"
                   r"came to (?:power|office)|launch(?:ed)?|open(?:ed)?|invaded|annexed|collapsed|fell apart|"
                   r"dissolved|was (?:signed|founded|formed|created|set up))\b")
# A time pointed at, which points at no thing: "what was trade that year?".
THAT_TIME_ASKED = Lazy(r"\b(?:that|this) (?:year|month|day|week|time)\b")
# Where one sentence ends and the next begins: "... after Mao died. What year was that?".
SENTENCES = Lazy(r"(?<=[a-z0-9)'’][.!])\s+(?=[A-Z])")

# A short frame that opens a clause and points at the preface: "to put a number on it,", "for a
# sense of it,", "in numbers,".
FRAME_OF_IT = Lazy(r"^(?:to put (?:a number|numbers|a figure|figures) on (?:it|this|that)|for (?:a sense|an idea|a measure|"
                   r"scale|context|perspective|reference)(?: of (?:it|this|that|scale))?|in (?:numbers|figures|hard numbers)"
                   r"|to (?:quantify|measure) (?:it|this|that)|(?:as|for) a (?:yardstick|benchmark|data point)"
                   # a concession that turns from the preface to the question: "fine, but", "still,"
                   r"|(?:fine|ok|okay|sure|granted|still|even so|that said|all the same|anyway|anyhow|nonetheless|"
                   r"nevertheless|regardless|either way|in any case|be that as it may)(?:\s*,?\s+but)?)\s*,?\s+",
                   re.IGNORECASE)
# What points back at what was said before: a pronoun, or "that"/"this" before a noun of a thing
# ("that deal", "this year"); not "that" which opens what someone said.
POINTING_BACK = Lazy(r"\b(?:it|its|they|them|their|these|those|he|she|his|her|him)\b"
                     r"|\b(?:this|that) (?:year|month|deal|time|one|figure|agreement|event|treaty|visit|period|poll|"
                     r"survey|trade|flow|route|pipeline|shipment|exercise|meeting|decade|level|share|amount)s?\b")
# The word that makes a preface a prediction: "Will trade keep growing? ...".
SPEAKING_AHEAD = Lazy(r"^\s*(?:will|would|should|might|could|why)\b\s*", re.IGNORECASE)
ASKING = Lazy(r"^(?:(?:but|so|and|yet) )?(?:(?:(?:by|in|at|for|from|since|to|on) )?(?:what|how|which|when|who|where)|did|does|do|is|are|"
              r"was|were|has|have|give|show|list|tell)\b")

# A figure a preface states ("the $190bn record of 2022", "went from ~30k in 2020 to 50k+"):
# a number with a currency, a scale or a percent, or one written roughly ("~30k").
STATED_FIGURE = Lazy(r"(?:[$€£¥]\s?\d|\d(?:[\d.,]*)\s?(?:bn|billion|mn|million|trillion|k\b|%|percent|per cent|bcm|tonnes|mt\b)"
                     r"|~\s?\d|\d\+"
                     # a share in words: "almost a fifth of", "two thirds of"
                     r"|\b(?:a|one|two|three|four) (?:half|halves|thirds?|quarters?|fifths?|tenths?) of\b)", re.IGNORECASE)
# A time a statement gives, with its month and day: "in December 2019", "on 2 December 2019".
STATED_TIME = Lazy(r"(?:\b(?:in|of|for|from|during|by|on|since)\s+)?(?:\b\d{1,2}\s+)?(?:\b(?:january|february|march|april|may|"
                   r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
                   r"\.?\s+)?\b(?:19|20)\d\d\b", re.IGNORECASE)
# A time a statement names by an event: "after COVID", "since the invasion".
EVENT_TIME = Lazy(r"\b(?:after|since|before|during|amid|through) (?:the )?(?:covid(?:-19)?|pandemic|coronavirus|"
                  r"(?:full-scale )?invasion|war|annexation(?: of crimea)?|crimea|soviet collapse|collapse of the soviet union)\b",
                  re.IGNORECASE)
# A year in a preface, with the word that ties it to the figure ("in 2020", "of 2022").
PREFACE_YEAR = Lazy(r"(?:\b(?:in|of|for|from|during|by)\s+)?\b(?:19|20)\d\d\b")
# A clause before the question, ended by a comma: "After the $190bn record of 2022, what did ...".
# A frame before the question, which restricts nothing it asks: "along with ...", "before the
# big ramp-up", "at the turn of the millennium", "going through SIPRI's numbers".
FRAMING_LEAD = Lazy(r"^((?:along ?side|along with|together with|besides|in addition to|as well as|before the|after the|"
                    r"at the turn of|going through|looking at|looking back|speaking of|as for|turning to|"
                    r"for context|for the record|out of curiosity|by the way|given|with|amid|despite)\b[^?,]{0,80}"
                    # "Sanctions aside, ...", "politics notwithstanding, ..."
                    r"|[^?,]{1,40}\b(?:aside|notwithstanding)),\s+"
                    r"(?=(?:and |so |but )?(?:what|how|which|when|who|where|did|was|were|is|are|do|does)\b)", re.IGNORECASE)
LEADING_CLAUSE = Lazy(r"^([^?]{6,}?),\s+(?=(?:and |so |but )?(?:what|how|which|when|who|where|did|was|were|is)\b)", re.IGNORECASE)


# "... — from what low in 2021?", "to what by 2010?": the other end of the change the preface states.
END_ASKED = Lazy(r"^(?:and |but |so )?(?:from|to|up to|down to) what\b")


# "After the 2024 peak, ...", "Between the 2022 record and the 2024 high, ...": figures named by
# their years, said before the question; what is asked follows.
NAMED_FIGURES_FIRST = Lazy(r"^(?:(?:between|after|before|from|since|following|despite|unlike) )?(?:the |its |their )?"
                           r"(?:19|20)\d\d (?:record|peak|high|low|level|figure|total|dip|slump|boom|surge)s?"
                           r"(?: (?:and|or|to) (?:the |its |their )?(?:19|20)\d\d (?:record|peak|high|low|level|figure|total))?"
                           r",\s+(?=(?:and |so |but )?(?:what|how|by|which|when|did|was|were|is)\b)", re.IGNORECASE)


# "Politico reported a Chinese arms maker sent rifles to Russia - which one?": the name of the
# thing the statement speaks of, asked after it.
WHICH_ONE = Lazy(r"(?:\s[-–—]+\s|[,;:]\s)(?:so |and |but )?(?:which|what|who)(?: one| (?:was|is) (?:it|that))?\s*\?\s*$",
                 re.IGNORECASE)
# The first thing a statement speaks of without naming it: "a Chinese state-owned arms maker".
A_THING = Lazy(r"\b(?:an?|one|some) ((?:[\w'-]+ ){0,3}?(?:maker|company|firm|bank|lender|country|official|minister|"
               r"scientist|refinery|pollster|person|leader|general|diplomat|body|agency|port|island|city|pipeline)s?)\b",
               re.IGNORECASE)


def which_one_asked(question: str) -> str:
    """"Politico reported a Chinese arms maker sent rifles to Russia - which one?" asks "which
    Chinese arms maker sent rifles to Russia?": the statement, its unnamed thing asked for."""
    ending = WHICH_ONE.search(question)
    if not ending:
        return question
    statement = question[:ending.start()]
    thing = A_THING.search(statement)
    if not thing:
        return question
    return f"which {thing.group(1)}{statement[thing.end():]}?"


def stated_times_set_aside(question: str) -> str:
    """"Chinese students went from ~30k in 2020 to 50k+ in 2024 - what was the 2022 number?":
    the years of the figures a preface states are the statement's; when the question after it
    names its own time, only that time is asked, so the preface's years are left out."""
    if (named := NAMED_FIGURES_FIRST.match(question)) and PREFACE_YEAR.search(question[named.end():]):
        return question[named.end():]  # the figures named first are the statement's
    sentences = [c for c in SENTENCES.split(question) if c.strip()]
    if len(sentences) >= 2 and sentences[-1].rstrip().endswith("?") and PREFACE_YEAR.search(sentences[-1]) \
            and not any(ASKING.match(c.strip().lower()) or c.rstrip().endswith("?") for c in sentences[:-1]) \
            and (PREFACE_YEAR.search(question[:len(question) - len(sentences[-1])])
                 or EVENT_TIME.search(question[:len(question) - len(sentences[-1])])) \
            and not END_ASKED.match(sentences[-1].strip().lower()):
        # "Power of Siberia opened in December 2019. How much gas did it carry in 2020?": a
        # statement's time is what it tells ("Tourism bounced back after COVID."); the question
        # after it asks of its own.
        preface = question[:len(question) - len(sentences[-1])]
        told = re.sub(r"\s+(?=[.,;:!])", "", re.sub(r"\s{2,}", " ", EVENT_TIME.sub(" ", STATED_TIME.sub(" ", preface))))
        return told + sentences[-1]
    if not STATED_FIGURE.search(question):
        return question
    clauses = [c for c in CLAUSES.split(question) if c.strip()]
    if len(clauses) >= 2 and ASKING.match(clauses[-1].strip().lower()):
        preface, asked = question[:len(question) - len(clauses[-1])], clauses[-1]
    elif (lead := LEADING_CLAUSE.match(question)) is not None:
        preface, asked = question[:lead.end()], question[lead.end():]
    else:
        return question
    if not STATED_FIGURE.search(preface) or not PREFACE_YEAR.search(asked) or not PREFACE_YEAR.search(preface) \
            or END_ASKED.match(asked.strip().lower()):
        return question  # ("recovered to 5.8% in 2023 — from what low in 2021?": an end of the change stated)
    return re.sub(r"\s{2,}", " ", PREFACE_YEAR.sub(" ", preface)) + asked


# A question that asks only for the figure of what came before: "what was the figure?", "how much?".
THE_FIGURE_OF_IT = Lazy(r"^(?:and |so |but )?(?:what|how much|how many|how big|how large)(?: (?:was|is|were|are|did it come to))?"
                        r"(?: (?:the|that|this|its))?(?: (?:actual|exact|real))?(?: (?:figure|number|amount|level|value|total|"
                        r"count|size))?\W*$")
YES_NO = Lazy(r"^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b")


# "Oil exports the year Putin became president": a year named by an event, not by a date.
YEAR_OF_EVENT = Lazy(r"\b(?:in |during )?the (?:same )?year (?:when |that |in which |of (?=the (?!(?:record|peak|high|low|highest|"
                     r"lowest|largest|biggest|smallest|most|least|latest|data|figure|same|first figure)\b)))?"
                     r"(?!of\b|before\b|after\b|following\b|preceding\b|\d)([a-z][\w'$ -]{6,}?)\s*(?:\?|$)")
# ... said first, the figure after it: "In the year Moscow invaded Ukraine, what share ...?"
YEAR_OF_EVENT_FIRST = Lazy(r"^(?:in |during )?the (?:same )?year (?:when |that |in which |of (?=the ))?"
                           r"(?!of\b|before\b|after\b|following\b|preceding\b|\d)([a-z][\w'$ -]{6,}?)\s*[,;:\u2014\u2013]\s*")

# "How many events in the Year of the Chinese Language in Russia?": a themed year named, whose
# date is its event's ("when was the Year of ...?").
THEMED_YEAR_NAMED = Lazy(r"\s(?:in|during|for) (the year of (?:the )?[\w' -]+? in (?:china|russia))\b")
# "Trade when Xi became president": a figure, then the clause of an event that gives its year.
WHEN_CLAUSE = Lazy(r"(?<=[a-z0-9)] )(?:at the time |back )?when (?!(?:did|was|were|is|are|does|do|has|have|had|will|would|can)\b)"
                   r"([a-z][\w' -]{6,}?)\s*(?:\?|$)")


# A clause that turns to another thing ("what about Arctic LNG 2"), whose thing the
# question after it asks of.
WHAT_ABOUT = Lazy(r"^(?:and )?(?:what|how) about\b")


def _restates(statement: list[str], said: Answer) -> bool:
    """Whether a statement gives the very figure crr found for it ("... is 7.7% in 2019"): a
    figure the question already states, not one it asks."""
    written = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", " ".join(statement))}
    return bool(said.values) and all(v.value in written for v in said.values if v.value is not None)


def _restricts_nothing_more(preface, asked, sentence: bool) -> bool:
    """Whether a preface names no time, source, person or party that the question after it
    does not ("Pew 2019: what share ...?" is of Pew's poll of 2019), nor, when it is a few
    words before a colon or a dash, a subject ("Mineral fuels: what share ...?").  (A
    sentence's subjects are loose words of an opinion: "my view", "the friendship".)"""
    def facets(intent):
        return ({p.label for p in intent.periods}, set(intent.sources), set(intent.people), set(intent.parties),
                set(intent.units), {intent.currency} - {None},
                set() if sentence else {s for group in intent.subjects for s in group})
    if LEFT_OUT.match(preface.normalized):
        return False  # "Besides Beihai, which terminals ...?": what it leaves out is part of the question
    return all(mine <= theirs for mine, theirs in zip(facets(preface), facets(asked)))


def _a_label(clause: str, question: str) -> bool:
    """Whether a clause before the question is a label of a few words before a colon or a
    dash ("Mineral fuels: what share ...?"), whose subject restricts it; a clause before a
    comma or a semicolon frames it ("... reading a lot about sanctions; how much gas ...?")."""
    return len(clause.split()) <= LABEL_WORDS + 1 \
        and bool(re.search(rf"{re.escape(clause.rstrip(':-–— '))}\s*(?::|\s[-–—]+)\s", question))


def _a_sentence(clause: str, question: str, ends: str = ".!?") -> bool:
    """Whether a clause before the question is a sentence of its own (or, by default, a
    question): one that `ends` closes in the question."""
    return bool(re.search(rf"{re.escape(clause.rstrip(ends))}[{ends}]\s", question))


def _a_statement(clause: str, question: str) -> bool:
    """Whether a clause before the question is a sentence of its own that tells what someone
    thinks or says ("People say trade collapsed after sanctions."): its times are its own."""
    opens = bool(re.match(r"(?:i|we|people|critics|many|some|everyone|analysts|experts|my|our)\b", clause.lower())
                 or re.search(r"\b(?:in my|in our|to me|to my mind)\b", clause.lower()))
    return (opens or _a_sentence(clause, question, ".!")) and bool(SAYING.search(clause))


# Words of what someone thinks or says: a statement's times are of the claim, not the question's.
SAYING = Lazy(r"\b(?:say|says|said|think|thinks|thought|believe|believes|claim|claims|argue|argues|view|feel|feels|"
              r"seems?|reckon|hear|heard|keep saying|critics|people|calls?|called)\b", re.IGNORECASE)


# A matcher weight this high is a word of at most four figures' names and aliases.
FEW_FIGURES_WEIGHT = 3.9
# A preface of this many words or fewer is a label ("Pew 2019:", "Levada:"), not a sentence.
LABEL_WORDS = 3

LEFT_OUT = Lazy(r"^(?:besides|apart from|other than|except|excluding|not counting|leaving aside|setting aside|aside from)\b")


# A statement that asks for something: "I need the length of ...", "give me ...".
REQUEST = Lazy(r"\b(?:i|we) (?:really )?(?:need|want|would like|am looking for|'m looking for|am after|require)\b|"
               r"(?:^|[,;:] )(?:please )?(?:give|tell|show|find|get) (?:me|us)\b|^(?:need|want|looking for)\b")

# A question whose only thing is "there" or "they": how many were there, how many of them.
THERE_ONLY = Lazy(r"^(?:and |so )?how many (?:(?:of )?them |of those )?(?:were|are|was|is) (?:there|they)\b")


class Prefaces:
    """Questions after a statement or a preface; mixed into Engine."""

    def _in_the_year_of_an_event(self, question: str, previous: Answer | None) -> Answer | None:
        """"Oil exports the year Putin became president": the figure of the year of the event
        the clause names, found as "when did ...?" would find it; the year and the event that
        gives it are said.  None when there is no such clause, or no event it names."""
        lead = YEAR_OF_EVENT_FIRST.match(question.lower())
        found = lead or YEAR_OF_EVENT.search(question.lower()) or WHEN_CLAUSE.search(question.lower()) \
            or THEMED_YEAR_NAMED.search(question.lower())
        if not found:
            return None
        head = question[found.end():].strip(" ?") if lead else question[:found.start()].strip(" ,")
        if not head:
            return None
        figure = read(head, self.lexicon)
        if figure.periods or not (figure.subjects or figure.measures) or figure.kind not in compound.FIGURE_KINDS:
            return None
        clause = found.group(1)
        when = self._ask_one(f"when {'was ' if clause.startswith('the year of') else ''}{clause}?", None)
        if not when.answered or when.kind != "when" or not when.events or not when.events[0].date[:4].isdigit():
            return None
        main = when.events[0].title.split(";")[0]
        if re.match(r"crr's timeline holds \d+ such events", when.text) or any(
                e.date[:4] != when.events[0].date[:4] and e.title.split(";")[0] == main for e in when.events[1:]):
            return None  # ("the year Xi attended the Moscow parade": 2015 and 2025, no one year)
        event = when.events[0]
        answer = self._ask_one(f"{head} in {event.date[:4]}", previous)
        if not answer.answered and not (answer.context or {}).get("metric"):
            return None  # (a figure not held that year is said so, the year with it)
        source = self.store.sources[event.source].short_name if event.source in self.store.sources else event.source
        answer.text = (f"The year of “{event.title}” is {event.date[:4]} ({event.date}; {source}, {event.locator}).\n"
                       + answer.text)
        answer.reading["summary"] += f" (the year of “{event.title}”)"
        return answer

    def _each_part_again(self, question: str, previous: Answer | None) -> Answer | None:
        """A follow-up of two questions answered in one that names only another time: each
        part asked again then, and joined; None when it is no such follow-up."""
        each = (previous.context or {}).get("each") if previous is not None else None
        if not each or len(each) < 2:
            return None
        intent = read(question[:MAX_QUESTION], self.lexicon)
        if not intent.periods or intent.subjects or intent.content or intent.people or intent.measures \
                or intent.currency or intent.units or intent.parties:
            return None
        parts = []
        for context in each:
            before = Answer.model_construct(question=previous.question, answered=True, kind=context.get("kind", "value"),
                                            context=context, values=[], events=[], citations=[], text="")
            parts.append(self._ask_one(question, before))
        if not any(p.answered for p in parts):
            return None
        return compound.join(question, parts)

    def _ask_after_statement(self, question: str, previous: Answer | None,
                             pointing_only: bool = False) -> Answer | None:
        """"China is the third-biggest source of foreign students in Russia. Which two
        countries rank above it?": what the statement says is found first, and the question
        after it is asked as a follow-up to that, as if the two were turns of a conversation."""
        sentences = [s.strip() for s in SENTENCES.split(question) if s.strip()]
        if len(sentences) < 2 and (LEVEL_ASKED.search(question.lower()) or POINTING_AFTER_A_DASH.search(question.lower())):
            # "LNG imports nearly quadrupled between 2019 and 2025; to what level?": a
            # statement and a question of one of its ends, joined by a dash or a semicolon.
            sentences = [s.strip() for s in re.split(r"\s[-–—]+\s|;\s", question) if s.strip()]
        if len(sentences) < 2 or not sentences[-1].endswith("?") or any(s.endswith("?") for s in sentences[:-1]):
            return None
        if pointing_only and not POINTING_ONLY.match(sentences[-1].lower()):
            return None  # (a question of its own after the statement: the whole reading stands)
        said = self._ask_one(" ".join(sentences[:-1]), previous)
        if not said.answered and said.kind not in ("judgement", "error", "help", "sources") \
                and REQUEST.search(" ".join(sentences[:-1]).lower()) and POINTING_ONLY.match(sentences[-1].lower()) \
                and set((said.reading or {}).get("measures") or ()) & read(sentences[-1], self.lexicon).measures:
            # "I need the length of the Power of Siberia pipeline. How long is it?": the
            # statement asks the figure the question after it points at, which crr does not
            # hold; no event it shares words with is what "it" means.
            said.question = question
            return said
        if (not said.answered and not pointing_only or said.kind == "about") \
                and said.kind not in ("judgement", "error", "help", "sources") and not ASKING.match(sentences[0].lower()):
            # "In May 2023 the prime minister flew to Beijing and met Xi. Who were the two?": a
            # statement of something done, which the events tell (so is one read as a subject
            # alone: "The Kremlin rejected Beijing's peace plan. Who said so?").
            said = self._ask_one("what happened: " + " ".join(sentences[:-1]).rstrip("."), previous)
            if said.kind != "what_happened":
                return None
        if not said.answered or said.kind in ("judgement", "error", "help", "sources"):
            return None
        # (a statement read as two figures of one thing, "military imports" in TIV and in USD:
        # the question after it is asked of each)
        answer = self._each_part_again(sentences[-1], said) or self._ask_one(sentences[-1], said)
        if compound.JOINS.search(sentences[-1]) and answer.kind != "error":
            # "The poll where 39.5% ... - who ran it, and when was it released?": each part, of
            # what the statement says.
            answer = compound.answer_parts(sentences[-1], answer, self._ask_one, said)
        if not answer.answered:
            if pointing_only and answer.kind not in ("error", "help", "sources") and _restates(sentences[:-1], said) \
                    and (own := read(sentences[-1], self.lexicon)).subjects and (own.parties or any(own.flow)):
                # "Chinese share of visits to Russia is 7.7% in 2019 - what was the Russian share
                # of visits to China that year?": the statement's own figure answers the
                # statement; the question after it, which crr cannot answer, is what was asked.
                answer.question = question
                answer.reading["summary"] += f" (asked after “{' '.join(sentences[:-1])}”)"
                return answer
            return None
        if said.kind == "what_happened" and answer.values and (answer.reading or {}).get("metric") \
                and POINTING_ONLY.match(THAT_TIME_ASKED.sub(" ", sentences[-1].lower())) \
                and (thing := self._thing_unfigured(" ".join(sentences[:-1]), answer.reading["metric"])):
            # "And Arctic LNG 2 — how much came from it?": "it" is the thing just named, of
            # which crr holds no figure; the figure of all LNG answers another question.
            asked = read(question[:MAX_QUESTION], self.lexicon)
            refused = Draft(self.store).answer(
                asked, False, answer.kind, answer.interpretation,
                f"crr holds no figure of {thing}, only its events, so it gives none. "
                f"The nearest figure it holds is {self.metrics[answer.reading['metric']].name}.\n", [])
            refused.reading = {**answer.reading, "summary": f"{answer.reading['summary']} — not held: no figure of {thing}"}
            return refused
        answer.reading["summary"] += f" (asked after “{' '.join(sentences[:-1])}”, read as {said.reading['summary']})"
        return answer

    def _thing_unfigured(self, statement: str, metric_id: str) -> str:
        """The words a statement names a thing by ("Arctic LNG 2"), when none but those of the
        figure's subject are words of the metric: the thing has no figure of its own."""
        metric = self.metrics[metric_id]
        # (the metric's own words, not its figures' notes: a note that LNG growth came from
        # Arctic LNG 2 gives no figure of Arctic LNG 2)
        aliases = [alias for alias, owner, _ in self.store.aliases if owner == metric_id]
        held = {_stem(w) for w in re.findall(r"[a-z0-9]+", " ".join([metric.name, metric.description or "",
                                                                      *aliases]).lower())}
        words = [w for w in re.findall(r"[a-z0-9]+", statement.lower()) if len(w) > 2 and not w.isdigit()
                 and w not in ("and", "but", "what", "about", "the", "from", "its", "their")]
        named = re.sub(r"^(?:and|but|so|what about)\s+", "", statement.strip(" -–—;,.?"), flags=re.I)
        capitals = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", named)}
        if len(named.split()) > 4 or not capitals:
            return ""  # (a sentence of its own, not a thing named: "People say ... . How much ...?")
        unheld = [w for w in words if _stem(w) not in held and w in capitals]
        return " ".join(re.sub(r"^(?:and|but|so|what about)\s+", "", statement.strip(" -–—;,.")).split()) if unheld else ""

    def _figure_weighed(self, question: str, previous: Answer | None) -> Answer | None:
        """"Were China and Russia mostly at odds in UN votes in 1993?", "was 2025 an unusually
        busy year for resolutions?": a yes or no whose words weigh a figure (db/vocabulary.yaml:
        verdicts), of one time, answered with that figure for the reader to weigh; crr says
        neither yes nor no.  None when no figure of the time is what it turns on."""
        if not YES_NO.match(question.strip().lower()):
            return None
        intent = read(question[:MAX_QUESTION], self.lexicon)
        verdicts = {_stem(w) for w in self.store.verdicts}
        said = set(re.findall(r"[a-z]+", intent.normalized))
        weighed = frozenset(w for w in said | set(intent.content) if w in verdicts or _stem(w) in verdicts)
        if len(intent.periods) != 1 or intent.periods[0].form != "point" or not weighed or intent.judgement:
            return None
        again = read(question[:MAX_QUESTION], self.lexicon, weighed & frozenset(intent.content))
        again.question, again.kind = question, "value"
        self.resolver.resolve(again)
        if again.metric_id is None or again.not_held:
            return None
        answer = self._answer(again, previous)
        if not answer.answered or not answer.values or answer.kind not in compound.FIGURE_KINDS:
            return None
        answer.reading, answer.unread = reading_of(self, again, answer)
        answer.unread = [w for w in answer.unread if w not in weighed and _stem(w) not in verdicts]
        answer.reading["summary"] += (f" (a yes or no that turns on this figure, weighed by “{', '.join(sorted(weighed))}”; "
                                      f"crr gives the figure, not a verdict)")
        return answer

    def _figure_of_the_question(self, question: str, previous: Answer | None) -> Answer | None:
        """The figure a yes-or-no question is about (its subject, at its time), read as a
        figure question; None when it names none crr holds."""
        intent = None
        for aside in (frozenset(), None):
            # (read again with its loose words set aside, "a disaster", "a turning point": the
            # verdict asked, which the figure is for the reader to weigh against)
            intent = read(question[:MAX_QUESTION], self.lexicon,
                          aside if aside is not None else frozenset(intent.content))
            intent.question = question
            intent.kind = metric_kind(intent.asked_kind if intent.asked_kind in ("peak", "lowest", "change") else None,
                                      intent.periods)
            self.resolver.resolve(intent)
            if intent.metric_id is not None and not intent.not_held and intent.kind in compound.FIGURE_KINDS:
                break
            if not intent.content or not (intent.subjects or intent.people):
                return None
        else:
            return None
        answer = self._answer(intent, previous)
        if not answer.answered or not answer.values:
            return None
        answer.reading, answer.unread = reading_of(self, intent, answer)
        answer.reading["summary"] += " (the figure the yes or no before it turns on; crr gives the figure, not a verdict)"
        return answer

    def _names_few_figures(self, preface, asked) -> list[str]:
        """The words of a preface that name one of a few figures only ("Pew", "Levada",
        "Genron": a pollster; "mineral") and that the question after it does not say: they
        restrict what it asks, as a time or a source would."""
        if len(preface.normalized.split()) > LABEL_WORDS:
            return []  # a sentence's words are loose words of an opinion ("is Russia China's lifeline?")
        return [w for w in preface.content if w not in asked.content
                and self.matcher.weights.get(preface.spelled.get(w, w), 0) >= FEW_FIGURES_WEIGHT]

    def _asked_alone(self, question: str, clauses: list[str], last: int, asked, prefaces,
                     previous: Answer | None) -> Answer | None:
        """"My view is tourism never recovered. What was China's share of tourist visits in
        2023?": the last clause, a question whole in itself, asked alone, the preface's words
        named as not used; None when it points back at the preface, is a judgement, or a
        preface restricts it (a time, a source, a person, a party, what is left out)."""
        pointers = {m.group(0) for m in POINTING_BACK.finditer(FRAME_OF_IT.sub("", asked.normalized))}
        # "I think the partnership is overrated. Still, what was their total trade?": "their"
        # before a subject, after prefaces of no one and no country beyond the two, is the two's.
        the_twos = pointers == {"their"} and bool(asked.subjects) and all(
            not p.people and set(p.parties) <= {"china", "russia"} for p in prefaces)
        if pointers and not the_twos or not (asked.content or asked.subjects) \
                or last != len(clauses) - 1 or asked.judgement or asked.kind == "judgement":
            return None
        if not all(_a_statement(clause, question) or _restricts_nothing_more(preface, asked, not _a_label(clause, question))
                   and not self._names_few_figures(preface, asked) for preface, clause in zip(prefaces, clauses[:last])):
            return None
        # (a word the question says again is its own: "For my piece on the Arctic: how many
        # joint Arctic patrols?" asks of the Arctic)
        said = list(dict.fromkeys(w for preface in prefaces for w in preface.content if w not in asked.content))
        alone = self._ask_one(FRAME_OF_IT.sub("", clauses[last]), previous, aside=frozenset(said))
        # After opinions only ("I think the boom is overblown."), the question's own refusal is
        # the answer: its reason, not a word of the opinion.
        opinions = all(_a_statement(clause, question) for clause in clauses[:last])
        if alone.kind in ("judgement", "error", "help", "sources", "about") \
                or not alone.answered and (not opinions or alone.kind == "unknown"):
            return None
        shown = dict.fromkeys(preface.as_written(w) for preface in prefaces for w in preface.content if w in said)
        alone.unread = alone.unread + [w for w in shown if w not in alone.unread]  # (as the question wrote them)
        return alone

    def _ask_a_clause(self, question: str, previous: Answer | None, judged: bool = False,
                      figure: bool = False) -> Answer | None:
        """"How dependent is the PLA on Russian kit - what share of China's arms imports
        came from Russia in 2023?": a preface and a question.  Asked again with the
        preface's loose words set aside (its facets, its time and its countries, still
        read), it may be answered; the words set aside are named as not used.  A preface
        that asks for a judgement (`judged`: "Is the trade boom over? By how much did trade
        drop in 2025?") sets aside its cues too, when the question after it asks for a figure;
        so does `figure`, for a question first read as asking for events."""
        clauses = [c.strip() for c in CLAUSES.split(question) if c.strip()]
        if len(clauses) < 2 and (lead := FRAMING_LEAD.match(question)) is not None:
            # "Along with the destroyers in 1996, how many Kilo-class submarines ...?": a frame
            # before a comma that adds to the question and restricts nothing it asks.
            clauses = [lead.group(1), question[lead.end():].strip()]
        # (a clause may open with a frame of its own: "To put a number on it, what share ...?")
        asking = [i for i, c in enumerate(clauses) if ASKING.match(FRAME_OF_IT.sub("", c.lower()))]
        if len(clauses) >= 2 and len(clauses) - 1 not in asking and question.rstrip().endswith("?") \
                and re.search(r"\?\s+" + re.escape(clauses[-1][:20]), question):
            # "Did voting solidarity fall apart? Same-vote share in 1993?": a question of its own
            # after a question mark, with no word that asks.
            asking.append(len(clauses) - 1)
        if len(clauses) < 2 or not asking:
            return None
        last = asking[-1]
        if any(WHAT_ABOUT.match(c.lower()) for c in clauses[:last]):
            return None  # "what about Arctic LNG 2 - how big a stake?": the thing it asks of is before it
        asked = read(clauses[last], self.lexicon)
        if not asked.periods and any(LATER_ON.search(c.lower()) for c in clauses[:last]):
            # "Was it enlarged later? To how much?": the time the clause before gives is asked
            clauses[last] = clauses[last].rstrip(" ?") + " later?"
            asked = read(clauses[last], self.lexicon)
        if THE_FIGURE_OF_IT.match(asked.normalized) and last == len(clauses) - 1 \
                and all(YES_NO.match(c.lower()) for c in clauses[:last]):
            # "Was 2024 genuinely a record for trade? What was the figure?": the figure the
            # yes or no turns on, for the reader to weigh; crr says neither yes nor no.
            return self._figure_of_the_question(" ".join(clauses[:last]), previous)
        if asked.kind not in ("when", "who", "what_happened") and not (
                asked.content or asked.subjects or asked.measures or asked.people or asked.periods or asked.units
                or asked.parties or asked.sources or asked.currency):
            return None  # "... passed through third countries - which ones?": what it asks is all before it
        # After a judgement, a figure or a date may be asked ("... - when did Putin call China an ally?").
        wanted = compound.FIGURE_KINDS | ({"when", "balance"} if judged else frozenset())
        figure = figure or judged
        if figure and (last == 0 or asked.judgement or SPECULATION.match(asked.normalized)
                       or asked.kind not in wanted | {"about"} and not judged):
            return None  # the judgement is the question's own
        kept = set(asked.content)
        prefaces = [read(c, self.lexicon) for i, c in enumerate(clauses) if i != last]
        # ("Is it fair to say China supplies most of Russia's drone components? What share?":
        # a question with no thing of its own asks of the preface's, whose words stay)
        # (nor does "How many were there in 2024?" after "Chinese bachelor's students are the
        # largest group.": the statement's words are what it counts)
        of_its_own = bool(asked.content or asked.subjects) or not judged and not THERE_ONLY.match(asked.normalized) \
            or bool(POINTING_BACK.search(FRAME_OF_IT.sub("", asked.normalized)))
        aside = {w for preface in prefaces for w in preface.content if w not in kept} if of_its_own else set()
        # ("Pew: what share of Russians ...?": the name of one poll is no loose word)
        if not judged:
            aside -= {w for preface in prefaces for w in self._names_few_figures(preface, asked)}
        if judged:
            aside |= {phrase for preface in prefaces for phrase, what in preface.bound.items() if what == "judgement"}
            # "Will trade keep growing? ...": the preface's word of prediction is no question's.
            question = SPEAKING_AHEAD.sub("", question, count=1)
        answer = self._asked_alone(question, clauses, last, asked, prefaces, previous)
        if answer is not None and answer.answered and all(YES_NO.match(c.lower()) for c in clauses[:last]):
            judged = True  # ("Has the alliance talk gone anywhere - when did Putin ...?": a yes or no before it)
        if answer is not None and not answer.answered:
            answer.reading["summary"] += f" (the question read from “{clauses[last]}”)"
            return answer  # (refused for its own reason, after opinions only)
        if answer is not None:
            wanted = wanted | {answer.kind}  # (a question whole in itself may ask any kind)
        if answer is None and not aside and not judged:
            return None
        answer = answer or self._ask_one(question, previous, aside=frozenset(aside))
        if not answer.answered and all(YES_NO.match(c.lower()) for c in clauses[:last]) \
                and of_its_own and not POINTING_BACK.search(FRAME_OF_IT.sub("", asked.normalized)):
            # "Has the alliance talk gone anywhere - when did Putin call China an ally?": a
            # yes-or-no question before one of its own, which is asked alone.
            answer, judged = self._ask_one(clauses[last], previous), True
            ways = {m.flow for v in answer.values if (m := self.metrics.get(v.metric)) is not None}
            if not all(asked.flow) and any(all(p.flow) and p.flow[::-1] in ways for p in prefaces):
                # ("was it Russia that imported Chinese weapons? how much in TIV?": the figure
                # alone goes the other way from the question before, which the data does not hold)
                return None
        if not answer.answered or answer.kind == "judgement" or figure and answer.kind not in wanted:
            return None
        note = f" (the question read from “{re.sub(r'^(?:but|so|and|yet) ', '', FRAME_OF_IT.sub('', clauses[last]))}”"
        if judged:
            note += "; what comes before it asks for a judgement, which crr does not give"
        answer.reading["summary"] += note + ")"
        return answer

