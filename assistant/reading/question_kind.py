"""The kind of a question (a value, a span, a change, when, who, what happened ...) from its
words and its reading so far: what it asks for, as against what it asks about."""

from __future__ import annotations

import re

from .bind import FLOW_VERBS
from .cues import PREFACE
from .kinds import FIRST_PLACE_ASKED, metric_kind, read_event_kind, read_kind
from .periods import without_moments
from .words import Lazy, normalize
from .read import CHANGE_WORDS, DID_IT, Intent, asks_capacity, NAME_KINDS, POINTING, POLLED, SPECULATION


LEADING_JOIN = Lazy(r"^(?:and|so|but|then|ok|okay|also)\s+(?=(?:who|whom|whose|when|where)\b)")

# "When the EU went after Chinese suppliers, how many firms did it name?": a clause of time
# before the question; the question is what follows it.
TIME_CLAUSE = Lazy(r"^\s*(?:when|after|as|once|while|before|since|at|during|in|amid|following|between|from|over|across|throughout)\b"
                   r"(?! (?:did|does|do|was|were|is|are|has|have|had|will|would|could|exactly|what|which|whose|how|who|whom|where|when)\b)[^,?;]{4,},\s*"
                   r"(?=(?:how|what|which|who|whom|where|did|does|do|was|were|is|are)\b)"
                   # ("When Rosneft went public, CNPC could buy shares worth how much?": a clause of
                   # an event, the question word coming late in what follows it)
                   r"|^\s*(?:when|once|after)\b"
                   r"(?! (?:did|does|do|was|were|is|are|has|have|had|will|would|could|exactly|what|which|whose|how|who|whom|where|when)\b)[^,?;]{4,},\s*"
                   r"(?=[^?;]*\bhow (?:much|many|long|big|large|far)\b)", re.I)

PEOPLE_KINDS = (r"leaders?|ministers?|chiefs?|officials?|generals?|presidents?|premiers?|diplomats?|people|"
                r"commanders?|envoys?|heads?|officers?|negotiators?|signatories"
                # "which defence figures took part?": people, not numbers
                r"|(?<=defence )figures?|(?<=defense )figures?|(?<=military )figures?|(?<=political )figures?"
                r"|(?<=senior )figures?|(?<=leading )figures?|(?<=public )figures?")
# A topic, then what is asked of it: "Vostok 2018 - which countries joined?", "Su-35 deal: how many jets?".
# ("The dashboard counts 14 engagements since 2022 - which defence chiefs took part?": people)
TOPIC_FIRST = Lazy(rf"^(?:[^?]{{3,120}}?(?: [-–—] | - |: )|(?:[^ ?]+ ){{1,2}}(?:19|20)\d\d[,;]? )"
                   rf"(?=(?:who|whom)\b|(?:(?:between|among|with|by|of|from) )?which (?:\w+ ){{0,2}}(?:countr(?:y|ies)|{NAME_KINDS}|{PEOPLE_KINDS})\b"
                   # "... in the Security Council - on what resolution?": a thing asked for by name
                   rf"|(?:(?:on|in|under|at|by|over) )?(?:what|which) (?:\w+ ){{0,2}}(?:resolutions?|treaty|treaties|documents?)\b"
                   # "It was called a record at the time - what was trade in 2022?": a question of its own
                   rf"|(?:what|how much|how many) (?:was|were|is|are|did)\b[^?]*\b(?:19|20)\d\d\b)")
# The same, a topic ended by a comma, then who or which of them: "Vostok-2018 exercise, China and
# which other country joined it?" (as written: the reading's text has no commas).
TOPIC_THEN_COMMA = Lazy(rf"^[^?,]{{3,80}}, (?:[\w-]+ and )?(?=(?:who|whom)\b|which (?:other )?(?:\w+ ){{0,2}}?(?:countr(?:y|ies)|"
                        rf"{NAME_KINDS}|{PEOPLE_KINDS})\b)", re.I)
# (... unless what follows asks a figure: "for 2010, who had the surplus, and by how much?")
FIGURE_WORDS = Lazy(r"\b(?:how much|how many|surplus|deficit|balance|share|figure|number|percent|bn|billion|million)\b")
# "Does the SIPRI data give the same figure?", "do the sources agree?": of a figure shown.
SAME_FIGURE = Lazy(r"\b(?:the same (?:figure|number|value|share|total|amount|answer|result)|agrees?|disagrees?)\b")
QUESTION_WORDS = Lazy(r"\b(?:who|whom|whose|what|when|which|how|where|why)\b")
NAMED_END = Lazy(r"\b((?:from|between) (?:the )?\d{4}) (?:record|peak|high|low|level|lows?|highs?) (?=(?:to|and|until|till|through)\b)")

# A figure asked of the future: "how many students will be in Russia by 2030?".
FUTURE_FIGURE = Lazy(r"^(?:so |and )?(?:how (?:many|much|big|large|high)|what (?:share|percentage|proportion|volume|amount|level|value))\b"
                     r"[^?]*?\bwill (?!you\b)"
                     # "what will it be by 2027?", "what will trade reach in 2030?"
                     r"|^(?:so |and |ok )?what will (?!you\b)(?:[\w'-]+ ){1,4}?(?:be|reach|hit|grow to|fall to|rise to|look like)\b")
# What an agreement provides: "how much oil will Russia deliver under the loans-for-oil deal?".
UNDER_TERMS = Lazy(r"\bunder (?:the |a |an |its |this |that )?(?:[\w-]+ ){0,4}?(?:deal|agreement|contract|treaty|accord|pact|plan)s?\b")
# A list asked of things that happen: "list Xi and Putin's meetings in 2025", "name the exercises of 2024"
# (not "list the number of exercises each year": figures).
LIST_OF_EVENTS = Lazy(r"^(?!.*\b(?:number|numbers|figures?|counts?|totals?|values?|amounts?|how many)\b)"
                      r"(?:and |so )?(?:(?:can|could) you |please )?(?:list|enumerate|name|show me all)\b(?: (?:me|all|the|of|their|his|her|its|[\w'-]+)){0,6}? "
                      r"(?:meetings|visits|calls|phone calls|talks|summits|exercises|drills|patrols|agreements|deals|"
                      r"treaties|sanctions|events)\b"
                      # "what were the notable joint drills of 2025?": the events, named
                      r"|^(?!.*\b(?:number|numbers|figures?|counts?|totals?|values?|amounts?|how many|worth|cost)\b)"
                      r"(?:and |so )?(?:what|which) (?:were|are|have been) the (?:[\w'-]+ ){0,3}?"
                      r"(?:meetings|visits|summits|exercises|drills|patrols|agreements|deals|treaties|sanctions|events)\b")
# Things done for the first time in a time, asked as a list (timeline.FIRSTS picks them).
FIRSTS_ASKED = Lazy(r"\bfirsts\b|\b(?:break|breaks|broke|broken|breaking) (?:new |fresh )?ground\b|\bnew ground\b|\b(?:anything|what|which things?)\b[^?]{0,40}\bfor the (?:very )?first time\b"
                    # "the new joint drills of 2025": those held for the first time
                    r"|\bnew (?:kinds? of |types? of )?(?:joint )?(?:drills|exercises|patrols|manoeuvres|maneuvers)\b")
# Whose account a question goes by, said first: "per Politico,", "according to the Dashboard:".
WHOSE_ACCOUNT = Lazy(r"^(?:per|according to|as reported by|as per|citing) (?:[^,:;?]{2,50}[,:;]\s*|"
                     r"(?:[\w'-]+ ){1,4}?(?=(?:which|who|whom|whose|what|when|where|how|did|does|do|is|was|were|are)\b))")
# The next of a thing done again, from today: "the next joint exercise", "when is the next summit"
# (not "the next exercise after Vostok 2018", "when was the next ...": one of the past).
NEXT_EVENT = Lazy(r"^(?!.*\b(?:was|were|did|had|happened|held|after|following|since|then)\b).*\bnext (?:[\w-]+ ){0,5}?"
                  r"(?:exercises?|drills?|summits?|meetings?|visits?|patrols?|talks|trips?|parades?|rounds?)\b")
# A time relative to today said first, apart: "last year, how many ...", "the year before last — ...".
TIME_FIRST = Lazy(r"^(?:(?:in|during|over|for) )?(?:(?:last|this|past|previous) (?:year|month|week|january|february|march|april|"
                  r"may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|"
                  r"the (?:year|month) before last|the previous year|a year ago)"
                  r"(?:\s*[,:;]|\s[-–—]+|(?=\s(?:how|what|which|who|whom|when|where|did|does|was|were|is|are)\b))\s*")
# A few words that name the first of something, with no question word: its date.
FIRST_ONE = Lazy(r"^(?:the )?(?:first|earliest|first-ever|first ever)\b")


def _yes_or_no_of_an_act(intent: Intent, text: str) -> bool:
    """A yes-or-no question of an act with no time, no figure word and no flow ("did China
    abstain on the UN vote condemning the invasion?"): the events say whether it was
    done; the latest of a count of roll calls says nothing of it."""
    return bool(DID_IT.match(text)) and not (
        intent.follow_up or POINTING.search(text) or SAME_FIGURE.search(text) or any("opinion" in group for group in intent.subjects) or intent.periods or intent.measures or intent.numbers or intent.currency or intent.units
        or CHANGE_WORDS.search(text) or any(w.startswith(FLOW_VERBS) for w in text.split()))


def question_kind(intent: Intent) -> str:
    """The kind of question the reading asks: what it asks for, as its words say."""
    text = intent.meant or intent.normalized
    if clause := TIME_CLAUSE.match(intent.question):
        text = normalize(intent.question[clause.end():])
    if not intent.meant and (preface := PREFACE.match(intent.question)) and preface.end() < len(intent.question):
        text = normalize(intent.question[preface.end():])  # "For a news story: trade in 2024": its marks end it
    elif (preface := PREFACE.match(text)) and preface.end() < len(text):
        text = text[preface.end():]  # "Quick check: which scientist ...": what is asked follows
    if (when_first := TIME_FIRST.match(text)) and when_first.end() < len(text):
        text = text[when_first.end():]  # "last year, how many ...?": a time said first, then what is asked
    if (whose := WHOSE_ACCOUNT.match(text)) and whose.end() < len(text):
        text = text[whose.end():]  # "Per Politico, which arms maker ...": whose account, then what is asked
    if not intent.meant and text == intent.normalized and (comma := TOPIC_THEN_COMMA.match(intent.question)) \
            and not QUESTION_WORDS.match(comma.group(0).lower()) \
            and not FIGURE_WORDS.search(intent.question[comma.end():].lower()):
        text = normalize(intent.question[comma.end():])  # "Vostok-2018 exercise, which countries joined?"
    elif (topic := TOPIC_FIRST.match(text)) and not QUESTION_WORDS.match(topic.group(0)) \
            and not re.search(r"\b(?:who|what|when|which|how|where|why)\b[^-–—:]*\?", topic.group(0)):
        text = text[topic.end():]  # "Vostok 2018 - which countries joined?": what is asked follows
        text = re.sub(r"^(?:between|among|with|by|of|from) (?=which\b)", "", text)  # "between which two people?"
    # "From the 2022 record to 2024": a word that names a span's first figure asks for no peak.
    kind = read_kind(NAMED_END.sub(r"\1", without_moments(text)))
    # "Apart from China, which countries ...": what is asked follows what is left out.
    # "And who signed for China?": the kind is that of what follows the joining word.
    event_kind = (intent.after_except and read_event_kind(intent.after_except)) or read_event_kind(
        LEADING_JOIN.sub("", text))
    intent.asked_kind = kind
    # "Which source gives a higher figure for trade in 2025?" names its figure: the answer
    # gives it with every source's value; a bare "which source says that?" asks of the last.
    if event_kind == "help" or (event_kind == "sources" and not (intent.periods or intent.subjects)):
        return event_kind
    # "Should" in a poll's question is its content: a poll's subject, or the share of people who said it.
    # A poll holds what people said, never why they said it: "why did Russian opinion of China fall?"
    polled = (any("opinion" in group for group in intent.subjects) or bool(POLLED.search(text))) \
        and not text.startswith("why")
    if (intent.judgement or SPECULATION.match(text)) and not polled:
        return "judgement"
    if NEXT_EVENT.search(text) and not intent.periods:
        return "judgement"  # "when is the next joint exercise?": a forecast, which no record dates
    if FUTURE_FIGURE.match(text) and not asks_capacity(intent) and not UNDER_TERMS.search(text):
        return "judgement"  # "how many bcm will Power of Siberia 2 carry in its first year?": a forecast
    if event_kind == "about" and not intent.periods:
        return "about"
    if kind == "swing" and event_kind in ("who", "what_happened", "when") and not re.match(r"(?:who|whom|whose)\b", text):
        # "What was the largest one-year fall in arms imports?", "in which year did trade fall
        # the most in percentage terms?": a change worked out, no event.
        return metric_kind(kind, intent.periods)
    if event_kind == "count_events" and "ratio" in intent.measures | intent.derive:
        event_kind = ""  # "how many times did LNG grow from 2019 to 2025?": a multiple, no count of times
    if event_kind == "what_happened" and FIRST_PLACE_ASKED.match(text):
        return metric_kind(kind, intent.periods)  # "is Russia the largest supplier of crude to China?": a rank
    if event_kind in ("when", "who", "what_happened", "count_events"):
        return event_kind
    if FIRSTS_ASKED.search(text) and intent.periods:
        return "what_happened"  # "the 'firsts' of the 2024 exercises": the events, not their count
    if LIST_OF_EVENTS.match(text):
        return "what_happened"  # "can you list their meetings that year?": the events, not their count
    if metric_kind(kind, intent.periods) == "latest" and _yes_or_no_of_an_act(intent, text):
        return "what_happened"
    if metric_kind(kind, intent.periods) == "latest" and FIRST_ONE.match(text) and not intent.measures:
        return "when"  # "first joint military exercise china russia": the first one, an event
    return metric_kind(kind, intent.periods)
