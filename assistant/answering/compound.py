"""Two questions in one: "trade in 2024 and 2022?", "students in 2024 and what share?".

The engine reads a question whole first.  When it holds an "and" (or a
second question mark) that joins two figure questions, and the whole reading
answers only one of them, each part is answered on its own -- the second as a
follow-up of the first, so it inherits what it leaves out -- and the two
answers are joined into one, their citations numbered afresh.
"""

from __future__ import annotations

import re
from typing import Callable

from ..answer import Answer, Value
from ..reading.words import Lazy
from .withheld import shown_not_given

# Where a question may fall into two: "and" (not "between 2018 and 2024"), or
# a question mark with more words after it.
JOINS = Lazy(r"[,;]?\s+and\s+|\?\s+(?=\w)", re.IGNORECASE)
_PARTY = r"(?:china|russia|beijing|moscow|the prc|prc|the kremlin|kremlin|the ussr|ussr|the soviet union|soviet union|the russian federation)"
PARTY_END = Lazy(rf"\b{_PARTY}\s*$", re.IGNORECASE)
PARTY_START = Lazy(rf"^{_PARTY}\b(?!\s*(?:'s\s+)?(?:,|\?|$))", re.IGNORECASE)
RANGE_BEFORE = Lazy(r"\b(?:between|from)\s+\S+\s*$", re.IGNORECASE)
# "what did he and Putin sign?": a person said by a pronoun, then another: one subject of two
# ("who was he, and what did it cost?": a clause ends with him).
PERSON_BEFORE = Lazy(r"(?<!\bwas )(?<!\bis )\b(?:he|she|his|her)\s*$", re.IGNORECASE)
QUESTION_START = Lazy(r"and (?:how|what|which|when|was|were|did|is|are|in|for|during|since|by|\d+)\b",
                      re.IGNORECASE)
# A question of people: "who", "whom", "which leaders did he see".
WHO_ASKED = Lazy(r"\b(?:who|whom)\b|\bwhich (?:\w+ )?(?:leaders?|officials?|people|persons?|ministers?|presidents?)\b",
                 re.IGNORECASE)
# A second question of its own: "and how many documents were signed?".
# A place asked in a second question: "and at which terminal?", "and where?".
PLACE_ASKED = Lazy(r"\bwhere\b|\b(?:which|what) (?:port|terminal|city|town|place|region|province|island|field|site)s?\b",
                   re.IGNORECASE)
WH_WORD = Lazy(r"^(?:(?:at|in|from|to|on|for|by|through|via|with) )?(who|whom|when|where|which|what|how)\b", re.IGNORECASE)
ASKS_AGAIN = Lazy(r"and (?:(?:for|in|by|to|until|since|at|from) )?(?:how|what|which|when|who|whom|where)\b", re.IGNORECASE)
# The opening of a question of a date: "when was", "which years were", "in what year did".
WHEN_FRAME = Lazy(r"^(?:when (?:was|were|did)|(?:in )?(?:which|what) (?:years?|dates?) (?:was|were|did))\s+",
                  re.IGNORECASE)
# A reason asked after a figure: "and why?", "and why did it?"; and the words before a
# figure question's verb, put as "why": "how much did trade fall" -> "why did trade fall".
WHY_AFTER = Lazy(r"and why\b", re.IGNORECASE)
WHY_OF = Lazy(r"^(?:by )?(?:how (?:much|many|far|big|large|sharply|fast)|what)\s+(?=(?:did|was|were|has|have|had|is|are)\b)",
              re.IGNORECASE)
# Answers about a figure; events, people and help are not split.
FIGURE_KINDS = frozenset({"value", "span", "change", "series", "peak", "lowest", "latest", "swing"})
# A second part that is another year and what is said of both: "and 2023 according to ...".
ANOTHER_YEAR = Lazy(r"and (?:in )?(?:19|20)\d\d\b(.*)$", re.IGNORECASE)
# Words that ask two figures' sum: "crude and coal together", "LNG and pipeline gas combined".
# ("total Russian gas (pipeline plus LNG)": a total its parts are named in, with "plus")
SUM_OF_PARTS = Lazy(r"\b(?:together|combined|altogether|in total|in all|all told|summed|add(?:s|ed)? up)\b"
                    r"|\btotal\b.*\bplus\b|\bplus\b.*\btotal\b", re.IGNORECASE)
# A difference asked of two figures: "the difference between A and B", "how much more A than B".
DIFFERENCE_ASKED = Lazy(r"\b(?:difference|gap) between\b|\bhow much (?:more|less|higher|lower|bigger|smaller)\b|\bminus\b",
                        re.IGNORECASE)
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
ORDER_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")
MARK = Lazy(r"\[(\d+)\]")


def splits(question: str) -> list[tuple[str, str]]:
    """Every way to cut the question in two at a join, as (first part, second part as a follow-up)."""
    cuts = []
    for join in JOINS.finditer(question):
        first, rest = question[:join.start()].strip(" ,;?"), question[join.end():].strip()
        # ("from 2019 and 2023" is a range; "from Portovaya, and at which terminal?" a question after it)
        if not re.search(r"\w", first) or not re.search(r"\w", rest) \
                or RANGE_BEFORE.search(first) and not ASKS_AGAIN.match("and " + rest) or PERSON_BEFORE.search(first) \
                or PARTY_END.search(first) and PARTY_START.match(rest):
            continue  # ("... saw China and Russia cast the same vote": the two, not two questions)
        second = re.sub(r"^and\s+", "", rest, flags=re.IGNORECASE)  # ("2023? And when ...")
        cuts.append((first + _shared_tail(first, second), "and " + second))
    return cuts


# The opening of a question of a figure, which two parts asked alike share.
_OPENING = Lazy(r"^(?:how (?:many|much)|what (?:share|part|proportion|percentage) of|what (?:was|were|is|are) the)\s+",
                re.IGNORECASE)


LEADING_CLAUSE = Lazy(r"^[^,?]{2,40},\s*")


def _shared_tail(first: str, second: str) -> str:
    """What the second of two parts asked alike says of both: "how many Russian soldiers and
    how many Chinese soldiers took part in Vostok 2018?" asks of Vostok 2018 for the Russians
    too.  The two open alike and name their things in as many words; what the second says
    after its own is the tail ("" when the parts are not so alike)."""
    # ("By December 2022, what share of exports and what share of imports were paid in yuan?":
    # a time or a preface before the first opening is said of both too)
    lead = LEADING_CLAUSE.match(first)
    asked = first[lead.end():] if lead else first
    a, b = _OPENING.match(asked), _OPENING.match(second)
    if not (a and b) or a.group(0).lower().split() != b.group(0).lower().split():
        return ""
    own = asked[a.end():].split()
    others = second[b.end():].split()
    if not own or len(others) <= len(own):
        return ""
    from .prefaces import FINITE_VERB

    if FINITE_VERB.search(" ".join(own).lower()):
        return ""  # ("what share of Russians liked China and what share ...": the first says its own)
    return " " + " ".join(others[len(own):]).rstrip("?")


def _after_a_question_mark(question: str, second_text: str) -> bool:
    """Whether a second part follows a question mark ("crude in 2022? And coal?"): a question
    of its own, however short."""
    rest = re.sub(r"^and\s+", "", second_text, flags=re.IGNORECASE).rstrip()
    return rest.endswith("?") and re.search(rf"\?\s+(?:and\s+)?{re.escape(rest)}$", question.rstrip(),
                                            re.IGNORECASE) is not None


def _lead(answer: Answer) -> str:
    """What an answer's first line opens with, its asides left out ("li shangfu" of "Li
    Shangfu (China): ..."): the name or title it gives."""
    return re.sub(r"\s*\(.*?\)", "", answer.text.split("\n")[0].split(":")[0]).strip().lower()


def _said_in(whole: Answer, part: Answer) -> bool:
    """Whether the whole question's answer says what a part's does: the event a date or a
    list of events opens with, or the name or title the part's first line gives."""
    if part.kind in ("when", "what_happened") and part.events:
        return part.events[0].event_id in {e.event_id for e in whole.events}
    return bool(_lead(part)) and _lead(part) in whole.text.lower()


def _reading(answer: Answer) -> tuple:
    """What an answer was read to ask: its metric, its times, and the currency or units it
    is asked in ("trade in 2025 in dollars and in euros" asks two things of one figure)."""
    context = answer.context or {}
    return context.get("metric"), tuple(p["label"] for p in context.get("periods", [])), \
        context.get("currency"), tuple(context.get("units") or ())


def _a_list_read_whole(whole: Answer, first: Answer, second: Answer) -> bool:
    """Whether the whole question was read as the list of times both parts ask, of the
    figure both ask: "in 2019, 2020 and 2021" cut at "and" is the same list, in part."""
    metric, times = _reading(whole)[:2]
    return _about_a_figure(whole) and len(times) > 2 and metric == _reading(first)[0] == _reading(second)[0] \
        and set(_reading(first)[1]) | set(_reading(second)[1]) <= set(times)


def _about_a_figure(answer: Answer) -> bool:
    """Read as a question about a metric's figure, whether or not the data holds it."""
    context = answer.context or {}
    return context.get("kind") in FIGURE_KINDS and context.get("metric") is not None


def _observed(answer: Answer) -> set[tuple[str, str]]:
    """The (metric, period) pairs an answer states from the data."""
    return {(v.metric, v.period) for v in answer.values if not v.derived}


def _covers(whole: Answer, part: Answer) -> bool:
    """Whether the whole question's answer says all that the part's answer says."""
    if part.answered:
        return _observed(part) <= _observed(whole)
    return not whole.answered and _reading(part) == _reading(whole)


def _inside_a_name(whole: Answer, first: str, second: str) -> bool:
    """Whether the "and" joining two parts is inside the name of an event the whole
    question's answer shows: the words either side of it are in its title."""
    before, after = first.split()[-1:], second.split()[1:2]
    if not before or not after:
        return False
    joined = f"{before[0]} and {after[0]}".lower()
    return any(joined in (e.title or "").lower() for e in whole.events)


def answer_parts(question: str, whole: Answer, ask: Callable[..., Answer],
                 previous: Answer | None) -> Answer:
    """The whole question's answer, or the joined answers to its two parts if the whole misses one.
    `ask(text, previous, figure_only=True)` may leave unanswered a part read as no figure question
    or naming no period."""
    from ..reading.read import AVERAGE, TOTAL

    if _about_a_figure(whole) and (TOTAL.search(question.lower()) or AVERAGE.search(question.lower())):
        return whole  # "in 2022, 2023 and 2024 combined": one figure of all the years, or none
    if whole.answered and whole.kind in ("who", "when", "what_happened"):
        # "Who ran it, and when was it released?": two questions of two kinds, which one
        # reading of the whole (a date of "ran released") answers neither of; each is asked.
        for first_text, second_text in splits(question):
            first_word, second_word = WH_WORD.match(first_text), WH_WORD.match(second_text[4:])
            if not (first_word and second_word and ASKS_AGAIN.match(second_text)) \
                    or first_word.group(1).lower() == second_word.group(1).lower():
                continue
            first = ask(first_text, previous)
            if not (first.answered and first.kind in ("who", "when", "what_happened")):
                continue
            if first.kind == whole.kind and not PLACE_ASKED.search(second_text):
                continue  # "when was it signed and who signed it?": the whole's event says both

            second = ask(second_text, first, second_part=True)
            if not second.answered or second.kind in ("judgement", "help", "sources"):
                continue
            if all(_said_in(whole, part) for part in (first, second)):
                continue  # the whole's answer says what each part's does ("Li Shangfu ...: 17 April 2023")
            return join(question, [first, second])
    if not whole.answered and whole.kind not in ("help", "sources", "error"):
        # "How much did trade fall in 2025, and why?": the figure, and the reason asked of it
        # answered as a question of why is (with what the sources date to that time).
        for first_text, second_text in splits(question):
            if not WHY_AFTER.match(second_text):
                continue
            first = ask(first_text, previous)
            if first.answered and _about_a_figure(first):
                # ("... in 2024, and why so many?": the reason asked in its own words, of the figure)
                why = ask(WHY_OF.sub("why ", first_text, count=1), previous) if WHY_OF.match(first_text) \
                    else ask(second_text[4:], first)
                if why.kind == "judgement":
                    return join(question, [first, why])
    if not whole.answered and whole.kind not in ("judgement", "help", "sources", "error"):
        # "Yeltsin's first trip to China: whom did he meet, and how many documents were
        # signed?": read whole, it is neither; who (or when) first, then the figure of it.
        for first_text, second_text in splits(question):
            own_question = _after_a_question_mark(question, second_text)
            if not (ASKS_AGAIN.match(second_text) or own_question):
                continue
            first = ask(first_text, previous)
            if first.answered and first.kind in ("who", "when", "what_happened"):
                second = ask(second_text, first, second_part=True)
                if second.answered and second.kind not in ("judgement", "help", "sources"):
                    return join(question, [first, second])
                if own_question and first.kind in ("who", "when") \
                        and second.kind not in ("judgement", "help", "sources", "error"):
                    # "Who is China's ambassador to Russia? And to Ukraine?": the part held, and
                    # the other said not to be
                    return join(question, [first, second])
            elif first.answered and _about_a_figure(first):
                # "How long is the border, and how many crossing points are on it?": the figure
                # held, and the other part said not to be, in its own words.
                second = ask(second_text, first)
                if second.kind not in ("judgement", "help", "sources", "error"):
                    return join(question, [first, second])
    if whole.answered and _about_a_figure(whole) and WHO_ASKED.search(question):
        # "On Yeltsin's first trip, which leaders did he see and how many documents were
        # signed?": read whole, the figure; the people asked first are its other part.
        for first_text, second_text in splits(question):
            if not ASKS_AGAIN.match(second_text) or not WHO_ASKED.search(first_text):
                continue
            first = ask(first_text, previous)
            if first.answered and first.kind in ("who", "what_happened") and first.events:
                second = ask(second_text, first, second_part=True)
                if second.answered and _about_a_figure(second) and _covers(second, whole):
                    return join(question, [first, second])
    if whole.answered and whole.kind in ("who", "when", "what_happened"):
        # "Which firm led the consortium, and how much capacity was it to add?": who (or when),
        # then a figure of what was just found, asked as a follow-up to it.
        for _, second_text in splits(question):
            if QUESTION_START.match(second_text):
                second = ask(second_text, whole, second_part=True)
                if second.answered and _about_a_figure(second) and not _covers(whole, second):
                    return join(question, [whole, second])
        if whole.kind == "who":
            # "Who was Russia's prime minister in 2010 and who was China's premier?": a second
            # who, asked on its own of the first one's time when it names none.
            for first_text, second_text in splits(question):
                if not re.match(r"and (?:who|whom)\b", second_text, re.IGNORECASE):
                    continue
                times = (whole.context or {}).get("periods") or []
                text = second_text.rstrip(" ?")
                if times and times[0]["form"] == "point" and not re.search(r"\b(?:1[89]|20)\d\d\b", text):
                    text += f" in {times[0]['label']}"
                second = ask(text + "?", previous)
                if second.answered and second.kind == "who" and second.text != whole.text:
                    return join(question, [ask(first_text, previous), second])
        if whole.kind == "when":
            # "When was the treaty signed and when was it renewed?", "which years were the Year
            # of X and the Year of Y?": a second date, asked as its own question (the first
            # one's opening lent to a second that is only a name), when it is another event's.
            for first_text, second_text in splits(question):
                if _inside_a_name(whole, first_text, second_text):
                    continue  # "the Treaty of Good-Neighborliness and Friendly Cooperation"
                frame = WHEN_FRAME.match(first_text)
                rest = second_text[4:]
                text = second_text if QUESTION_START.match(second_text) and WHEN_FRAME.match(rest) else (
                    frame.group(0) + rest if frame and not QUESTION_START.match(second_text) else "")
                if not text:
                    continue
                shown = {e.event_id for e in whole.events[:1]}
                if text != second_text:
                    # A name lent the first part's opening: only when the first part alone
                    # finds what the whole did ("When did Putin" and "Hu Jintao first meet"
                    # are no two questions).
                    alone = ask(first_text, previous)
                    if re.match(r"(?:who|what|when|where|which|how|why)\b", rest, re.IGNORECASE) or not (
                            alone.answered and alone.events and alone.events[0].event_id in shown):
                        continue
                second = ask(text, whole if text == second_text else previous)
                if second.answered and second.kind == "when" and second.events \
                        and second.events[0].event_id not in shown:
                    return join(question, [whole, second])
                if text == second_text and not second.answered and second.kind not in ("judgement", "help", "sources", "error"):
                    # "... in 2023? And when did Putin visit China that year?": a second date
                    # asked in its own words and not held is said, not dropped
                    return join(question, [whole, second])
                if second.answered and second.kind == "when" and second.events:
                    # The whole found the second's event: the first part's is asked on its own.
                    first = ask(first_text, previous)
                    if first.answered and first.kind == "when" and first.events \
                            and first.events[0].event_id not in shown:
                        return join(question, [first, second])
    for first_text, second_text in splits(question):
        # "in 2022 and 2023 according to Chinese customs": what follows the second year
        # (a source, a unit) is said of both.
        if (trailing := ANOTHER_YEAR.match(second_text)) and trailing.group(1).strip(" ?"):
            if re.search(r"\band (?:how|what|which|when|who|whom|where)\b", trailing.group(1), re.IGNORECASE):
                continue  # ("... 2020 and 2022 and what was the value?": a question after the list, cut later)
            first_text = f"{first_text} {trailing.group(1).strip()}"
        first = ask(first_text, previous, figure_only=True)
        if not (_about_a_figure(first) and _reading(first)[1]) and ASKS_AGAIN.match(second_text) \
                and WH_WORD.match(first_text) and not _after_a_question_mark(question, second_text):
            # a first part that names no period is a figure question too where the second plainly
            # asks one of its own ("how many students study there, and what share of all are they?")
            first = ask(first_text, previous)
            if not (first.answered and _about_a_figure(first)):
                continue
        elif not (_about_a_figure(first) and _reading(first)[1]):  # the first part names its period
            continue
        second = ask(second_text, first)
        if _a_list_read_whole(whole, first, second):
            return whole  # "in 1993, 2008 and 2020": the whole read each time; a part is no answer
        if SUM_OF_PARTS.search(question) and _about_a_figure(second) and _reading(first)[0] != _reading(second)[0]:
            # "Crude and coal together, in tonnes": one figure of the two, or none.
            return total_of_parts(question, first, second, whole)
        if not whole.answered and first.answered and not second.answered \
                and (ASKS_AGAIN.match(second_text) or _after_a_question_mark(question, second_text)) \
                and second.kind not in ("judgement", "help", "sources", "error"):
            # "How much crude did China import in 2022, and how much coal?": the part held, and
            # the other said to be not held, in its own words.
            return join(question, [first, second])
        # (a second question of its own that crr does not hold, "and how many Russian students
        # in China?", is said not held, not dropped)
        said_not_held = not second.answered and ASKS_AGAIN.match(second_text) is not None \
            and second.kind not in ("judgement", "help", "sources", "error")
        if not (_about_a_figure(second) or said_not_held) or _reading(first) == _reading(second) and not said_not_held:
            continue
        # ("in dollars and euros": one figure asked in a second currency or unit, a part of its own)
        other_unit = _reading(first)[:2] == _reading(second)[:2] and _reading(first)[2:] != _reading(second)[2:]
        if not (first.answered and second.answered) and not (
                (first.answered or second.answered) and (QUESTION_START.match(second_text) or other_unit)):
            # A part the data does not hold is kept only when the second part
            # plainly begins a question of its own ("and how many ..."); "China
            # and the USSR" is one subject, not two questions.
            continue
        if _covers(whole, first) and _covers(whole, second):
            return whole  # the whole reading already answers both parts
        if whole.kind == "change" and re.search(r"\bbetween\b", first_text, re.IGNORECASE) \
                and not (first.answered and second.answered) and not ASKS_AGAIN.match(second_text):
            continue  # "the difference between dual-use shipments in 2023 and 2024": not one end alone
        return join(question, [first, second])
    return whole


# "Compare A with B", "which is bigger: A or B?", "is A larger than B?", "A vs B": two
# figures asked side by side, split where the second begins.
_BIGGER = r"(?:bigger|larger|higher|greater|longer|smaller|lower|shorter|more|less|fewer)"
_ASKING_WHICH = (rf"compare|comparing|(?:which|what)(?: one)? (?:is|was|are|were) (?:the )?"
                 rf"(?:(?:more|less) \w+(?=\s*[,:\u2014\u2013])|{_BIGGER})(?: of the two)?")  # ("more frequent, A or B")
# (Not a level: "was there a year with less than half" sets a figure against no other.)
COMPARING = Lazy(rf"^(?:{_ASKING_WHICH}|(?:is|was|are|were)\b(?=.+\b{_BIGGER} than\b"
                 rf"(?!\s+(?:\d|half|a third|a quarter|one third|two thirds|three quarters|usd|us\$|\$))))\s*[,:]?\s*"
                 rf"|\s(?:vs\.?|versus|compared (?:with|to)|as against)\s", re.IGNORECASE)
# The words that open a comparison, taken off before it is cut in two.
_LEAD = Lazy(rf"^(?:{_ASKING_WHICH}|is|was|are|were)\s*[,:]?\s*", re.IGNORECASE)
_SIDES = (Lazy(rf",?\s+(?:{_BIGGER} than|compared (?:with|to)|as against|vs\.?|versus)\s+", re.IGNORECASE),
          # "with" after the marks of a comparison: "trade with China vs Russia's GDP" is cut at "vs"
          Lazy(r",?\s+(?:with|against)\s+", re.IGNORECASE),
          # "or" before "and" before "to": "China's exports to Russia or its imports" is cut at "or"
          Lazy(r"\s+or\s+", re.IGNORECASE), Lazy(r"\s+and\s+", re.IGNORECASE),
          Lazy(r"\s+to\s+", re.IGNORECASE))


def comparison(question: str, whole: Answer, ask: Callable[..., Answer], previous: Answer | None,
               lexicon=None) -> Answer | None:
    """Two figures compared ("which is bigger: Power of Siberia-1's capacity or Power of
    Siberia-2's?"): each asked on its own, the second in the light of the first, joined,
    and which is larger said when they are in one unit.  None when the question is no
    such comparison, either side is no figure crr holds, or both are one figure at two
    times (the whole question's reading works out that change)."""
    if not COMPARING.search(question):
        return None
    if whole.answered and whole.kind == "change" and len((whole.context or {}).get("periods") or []) == 2:
        return None  # "LNG imports 2019 vs 2025, change in percent": one figure at two times, worked out
    text = _LEAD.sub("", question.strip().rstrip("?")).strip()
    for sides in _SIDES:
        cut = sides.search(text)
        if cut:
            break
    else:
        return None
    first_text, second_text = text[:cut.start()].strip(" ,"), text[cut.end():].strip(" ,")
    if not (re.search(r"\w", first_text) and re.search(r"\w", second_text)):
        return None
    from ..reading.periods import extract_periods

    if not extract_periods(first_text.lower())[0] and (said := _SAID_OF_BOTH.search(second_text)) \
            and extract_periods(said.group(0).lower())[0]:
        # "compare LNG and pipeline gas in 2021", "crude vs LNG growth 2019 to 2022": the time
        # (and the change) the second side names are the first's too.
        first_text = f"{first_text} {said.group(0)}"
    elif (trailing := ANOTHER_YEAR.match(f"and {second_text}")) and trailing.group(1).strip(" ?"):
        # "LNG in 2023 and 2024 in million tonnes": what follows the second year (a unit, a
        # source) is said of both.
        first_text = f"{first_text} {trailing.group(1).strip()}"
    first = ask(first_text, previous)
    # A second side read as no figure ("2022" alone asks what happened then) is not answered,
    # only read: it is asked again in the light of the first; so is a side that names no
    # time when the first does ("in 2023, LNG or pipeline gas?": pipeline gas in 2023).
    borrows_time = bool(extract_periods(first_text.lower())[0]) and not extract_periods(second_text.lower())[0]
    # A side that names only a time or a unit ("LNG 2018 vs 2023 in bcm") is the first's figure then.
    bare = lexicon is not None and _names_no_thing(second_text, lexicon)
    first_times = extract_periods(first_text.lower())[0]
    if not bare and first_times and first_times[0].start and not extract_periods(second_text.lower())[0] \
            and (own := extract_periods(f"{second_text} of {first_times[0].start.year}".lower())[0]) \
            and own[0].label != str(first_times[0].start.year):
        # "in the first half of 2024 compared with the second half": a part of the first's year
        second_text, bare = f"{second_text} of {first_times[0].start.year}", True
    second = None if borrows_time or bare else ask(second_text, None, figure_kind_only=True)
    if second is None or not (second.answered and _about_a_figure(second)):
        alone, second = second, ask("and " + second_text, first)
        if alone is not None and not second.answered and _reading(second)[0] == _reading(first)[0] \
                and not (alone := ask(second_text, None)).answered and _reading(alone)[0] != _reading(first)[0]:
            second = alone  # ("Russia's GDP" after trade is not trade: the side refused on its own)
    parts = [first, second]
    held = [p for p in parts if p.answered and _about_a_figure(p) and p.values]
    if len(held) == 1 and not whole.answered and _reading(first)[0] != _reading(second)[0] \
            and all(p.kind not in ("judgement", "help", "sources", "error") for p in parts):
        # "students vs tourists 2024": the side held, and the other said not to be.
        return _one_side_held(question, parts)
    if len(held) == 1 and whole.answered and _about_a_figure(whole) and _reading(first)[0] != _reading(second)[0] \
            and _reading(whole)[0] not in {_reading(p)[0] for p in held}:
        # "exports to Russia compared with Russia's GDP": the whole was read as a figure that
        # answers neither side (a multiple of the two economies); the side held, the other not.
        return _one_side_held(question, parts)
    if not all(p.answered and _about_a_figure(p) and p.values for p in parts) \
            or _reading(first)[0] == _reading(second)[0] or (_covers(whole, first) and _covers(whole, second)):
        return None
    return _weighed(question, first, second)


# A question of which of two is larger: "which was bigger?", "is A more than B?".
WEIGHING = Lazy(rf"\b(?:which|what|who)\b[^?]*\b{_BIGGER}\b|\b{_BIGGER} than\b"
                rf"(?!\s+(?:\d|double|twice|triple|treble|half|a third|a quarter))", re.IGNORECASE)  # (not a multiple)


# Units of a measure, not a count of things: meetings and engagements are both counted.
MEASURED = Lazy(r"\b(?:usd|cny|rub|eur|us\$|percent|%|bcm|tonnes?|mt|km|barrels?|times|per)\b|%", re.IGNORECASE)


def _one_side_held(question: str, parts: list[Answer]) -> Answer:
    """Two sides set against each other, one held: a comparison has no answer without both,
    so the side held is shown only as what crr has of the question, its figures not given."""
    joined = join(question, parts)
    missing = next(p for p in parts if not p.answered)
    return shown_not_given(joined, f"crr cannot compare the two: one side (\u201c{_side_said(missing.question)}\u201d) "
                                   "is not held. What it has of the question:")


def _side_said(text: str) -> str:
    """A side as the question put it, without the question of which is larger after it."""
    return re.split(r"\s+[\u2014\u2013-]\s+|,\s*(?:which|what|who)\b", _without_and(text))[0].strip(" ?")


def _weighed(question: str, first: Answer, second: Answer) -> Answer:
    """Two figures' answers joined, and which is larger said where the figures allow it:
    one unit, and every figure of one side (whatever its source) above every one of the
    other, none of them a bound that reaches past the other side."""
    from ..writing.render import format_value

    joined = join(question, [first, second])
    a, b = first.values[0], second.values[0]
    if a.unit != b.unit and WEIGHING.search(question) and (MEASURED.search(a.unit) or MEASURED.search(b.unit)):
        # "Was the 2014 swap line bigger than that year's trade?": yuan against dollars; the
        # question has no answer, and what crr has of it is shown.
        return shown_not_given(joined, f"crr cannot say which is larger: the two are in different units ({a.unit}; "
                                       f"{b.unit}), which crr does not convert. What it has of the question:")
    if a.unit != b.unit:
        joined.text += f"\n\nThe two are in different units ({a.unit}; {b.unit}), so crr does not say which is larger."
    elif len(first.values) == 1 and len(second.values) == 1 and a.value != b.value:
        big, small = (a, b) if a.value > b.value else (b, a)
        joined.text += (f"\n\nOf the two, the larger is \u201c{big.label}\u201d ({format_value(big.value, big.unit)}); "
                        f"\u201c{small.label}\u201d is {format_value(small.value, small.unit)} (each as cited above).")
    elif (by_reporter := _larger_by_reporter(first.values, second.values)):
        joined.text += by_reporter
    elif (apart := _apart(first.values, second.values)) is not None:
        big, small = apart
        joined.text += (f"\n\nOf the two, the larger is \u201c{big[0].label}\u201d: every figure of it the sources give "
                        f"({', '.join(_hedged(v) for v in big)}) is above every one of "
                        f"\u201c{small[0].label}\u201d ({', '.join(_hedged(v) for v in small)}).")
    return joined


def _hedged(value: Value) -> str:
    """A figure in words with the source's hedge: "over 2,300,000 visits"."""
    from ..writing.render import format_value

    return f"{value.qualifier} {format_value(value.value, value.unit)}".strip()


# Bounds that reach up ("over 2.3 million") or down ("nearly 1.9 million") from a figure.
_UPWARD, _DOWNWARD = frozenset({"over", "more than", "at least", "as many as"}), frozenset(
    {"nearly", "almost", "less than", "up to", "under"})
_ABOUT = frozenset({"about", "approximately", "around", "roughly", "some", "near"})


def _apart(firsts: list[Value], seconds: list[Value]) -> tuple[list[Value], list[Value]] | None:
    """(the larger side's figures, the smaller's) when all figures of both sides are in one
    unit and every one of one side is above every one of the other, no bound reaching across
    ("about" within a tenth); None otherwise."""
    ones = [v for v in firsts if not v.derived]
    twos = [v for v in seconds if not v.derived]
    if not ones or not twos or len({v.unit for v in ones + twos}) != 1:
        return None
    for big, small in ((ones, twos), (twos, ones)):
        low, high = min(big, key=lambda v: v.value), max(small, key=lambda v: v.value)
        if low.qualifier in _DOWNWARD or high.qualifier in _UPWARD:
            continue
        margin = 1.1 if {low.qualifier, high.qualifier} & _ABOUT else 1.0
        if low.value > high.value * margin:
            return big, small
    return None


def _names_no_thing(text: str, lexicon) -> bool:
    """Whether a comparison's side names no subject, person or other word of its own: a time,
    a unit or a source only ("2023 in bcm")."""
    from ..reading.read import read

    side = read(text, lexicon)
    # (a unit says the measures it allows, "bcm" a volume or a capacity: no thing of its own)
    return not (side.subjects or side.content or side.people or side.parties or side.measures and not side.units)


# What a comparison's second side says after its subject that is said of both sides: its
# change and its time ("growth 2019 to 2022", "in 2021").
_SAID_OF_BOTH = Lazy(r"\b(?:growth|change|increase|decrease|decline|rise|fall|in|for|during|between|from|since|over)\b.*$"
                     r"|\b(?:19|20)\d\d\b.*$", re.IGNORECASE)


def _larger_by_reporter(firsts: list[Value], seconds: list[Value]) -> str:
    """Which side is larger as each reporter counts both ("as China reports it": imports),
    when each side gives one figure a reporter."""
    from ..writing.render import format_value

    def by_reporter(values: list[Value]) -> dict[tuple[str, str], Value]:
        out: dict[tuple[str, str], Value] = {}
        for v in values:
            if not v.derived and v.reporter:
                out[(v.source, v.reporter)] = None if (v.source, v.reporter) in out else v
        return {k: v for k, v in out.items() if v is not None}

    ones, twos = by_reporter(firsts), by_reporter(seconds)
    lines = []
    for key in [k for k in ones if k in twos]:
        a, b = ones[key], twos[key]
        if a.unit != b.unit or a.value == b.value:
            continue
        big, small = (a, b) if a.value > b.value else (b, a)
        lines.append(f"As {key[1].title()} reports them, the larger is \u201c{big.label}\u201d "
                     f"({format_value(big.value, big.unit)} against {format_value(small.value, small.unit)}).")
    return "\n\n" + "\n".join(lines) if lines else ""


# "How many more Chinese students were in Russia than Russian students in China?": two figures
# and the difference between them.
HOW_MANY_MORE = Lazy(r"^how (?:many|much) (?:(?:percentage |pct )?points? |pp )?(more|fewer|less|bigger|larger|smaller|higher|lower)\b"
                     r"(.+?)\bthan\b(.+)$", re.IGNORECASE)


# "Are there more Chinese students in Russia than Russian students in China?", "did China
# export more to Russia than Russia to China?": which of two figures is the larger, yes or no.
# (Not a level, "more than 100 bn", nor a time, "higher than in 2023": one figure, weighed.)
YES_NO_MORE = Lazy(r"^(?:is|are|was|were|do|does|did|has|have|had)\s+(?:there\s+)?(?:([^?!.;]+?)\s+)?(?:much |far |any )?"
                   r"(?:more|less|fewer|bigger|larger|higher|greater|smaller|lower)\b\s*([^?!.;]*?)\s*\bthan\s+"
                   r"(?![\d$])(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                   r"a (?:hundred|thousand|million|billion|dozen)|hundreds|thousands|millions|billions|twice|double|"
                   r"half|a (?:third|quarter|half)|one third|two thirds|three quarters|usd|us\$|\$|eur|ever|"
                   r"before|usual|expected|previously|planned|forecast|in|during|at|on|by|from \d|the year|last|a year|"
                   r"the previous|that|then|those|it|its own|they|them|now|today|earlier|later)\b)([^?!;]+)$",
                   re.IGNORECASE)


def one_side_missing(question: str, whole: Answer, ask: Callable[..., Answer], previous: Answer | None,
                     lexicon=None) -> Answer | None:
    """A difference asked of two figures ("how many more A than B?"): worked out when crr
    holds both; when it holds only one, said, with no figure, for the one side alone answers
    another question.  So too "are there more A than B?": both held, each is shown and the
    larger said; one held, no verdict.  None when it is no such question (or neither side
    is held)."""
    from ..reading.periods import extract_periods

    text = question.strip().rstrip("?")
    if not whole.answered:
        return None
    if (match := HOW_MANY_MORE.match(text)):
        # ("how many points higher was the import share than the export share": each share's level)
        # (not one figure at two times: "how much lower was it than in 2020?")
        verb = None if re.match(r"\s*(?:in|during|at|on|by|for|the year|that|then|last|a year|before|earlier|(?:19|20)\d\d)\b",
                                match.group(3)) else re.match(r"\s*(was|were|is|are)\b", match.group(2))
        first_text = f"{'what' if verb else 'how many'} {match.group(2).strip()}"
        second_text = f"{'what ' + verb.group(1) if verb else 'how many'} {match.group(3).strip()}"
    elif (yes_no := YES_NO_MORE.match(text)) and lexicon is not None \
            and not _names_no_thing(yes_no.group(3), lexicon):
        return _one_of_two_held(question, whole, ask, previous,
                                f"{yes_no.group(1) or ''} {yes_no.group(2)}".strip(), yes_no.group(3).strip())
    else:
        return None
    first_times, second_times = extract_periods(first_text.lower())[0], extract_periods(second_text.lower())[0]
    if second_times and not first_times:  # "... than Russian students in China in 2024": of both
        first_text += " " + " ".join(p.phrase for p in second_times)
    first, second = ask(first_text, previous), ask(second_text, previous)
    if not (second.answered and second.values) and first.answered:
        # "... than Russians to China": the second side in the light of the first ("visits").
        second = ask("and " + match.group(3).strip(), first)
    sides = [(first_text, first), (second_text, second)]
    held = [(text, a) for text, a in sides if a.answered and _about_a_figure(a) and a.values]
    if len(held) == 2:
        return difference(question, first, second)
    if len(held) != 1:
        return None
    missing = next(text for text, a in sides if (text, a) not in held)
    label = held[0][1].values[0].label
    text = (f"crr holds {label} but no figure for “{missing.removeprefix('how many ').strip()}”, so it cannot "
            f"say how many more; it gives no figure rather than one side alone.\n")
    return Answer.model_construct(question=question, answered=False, kind="unknown",
                                  interpretation="Read as a difference between two figures, one of which crr does not hold.",
                                  text=text, values=[], events=[], citations=[], suggestions=[held[0][0]],
                                  context=whole.context, reading=whole.reading, unread=whole.unread)


def _one_of_two_held(question: str, whole: Answer, ask: Callable[..., Answer], previous: Answer | None,
                     first_text: str, second_text: str) -> Answer | None:
    """Which of two figures is larger, asked yes or no: with both held (and the whole
    question's answer not already both), each and the larger; with one held, no answer, for
    the one alone weighs nothing, with what it holds of that one.  None when neither is held
    or the other side asks no figure."""
    from ..reading.periods import extract_periods

    first_times, second_times = extract_periods(first_text.lower())[0], extract_periods(second_text.lower())[0]
    if second_times and not first_times:  # "... than Russian students in China in 2024": of both
        first_text += " " + " ".join(p.phrase for p in second_times)
    first = ask(first_text, previous)
    second = ask(second_text, None, figure_kind_only=True)
    if not (second.answered and second.values) and first.answered:
        second = ask("and " + second_text, first)  # "... than from Saudi Arabia": in the light of the first
    held = [a for a in (first, second) if a.answered and _about_a_figure(a) and a.values]
    if len(held) == 2 and _reading(first)[0] != _reading(second)[0] \
            and not (_covers(whole, first) and _covers(whole, second)):
        return _weighed(question, first, second)  # each, and which is larger
    if len(held) != 1:
        return None
    missing_text, missing = (second_text, second) if held[0] is first else (first_text, first)
    # (the other side said not to be held, or read as another figure: not an event, a
    # judgement, nothing, nor the held figure at a time it lacks)
    said_not_held = "not held" in (missing.reading or {}).get("summary", "")
    if missing.kind in ("judgement", "help", "sources", "error") or not said_not_held and (
            not (missing.context or {}).get("metric") or _reading(first)[0] == _reading(second)[0]):
        return None
    label = held[0].values[0].label
    text = (f"crr holds {label} but no figure for \u201c{missing_text}\u201d, so it cannot say which is larger; "
            f"it gives no verdict rather than weigh one side alone.\n\nWhat it holds of the one side:\n\n{held[0].text}")
    sides = "; ".join(f"({n}) {(a.reading or {}).get('summary') or side}"
                      for n, (a, side) in enumerate(((first, first_text), (second, second_text)), start=1))
    return Answer.model_construct(question=question, answered=False, kind="unknown",
                                  interpretation="Read as two figures compared, one of which crr does not hold.",
                                  text=text, values=[], events=[], citations=held[0].citations,
                                  suggestions=[held[0].question], context=whole.context,
                                  reading={"kind": "compound", "parts": [first.reading, second.reading],
                                           "summary": f"two figures compared: {sides}"},
                                  unread=whole.unread)


def difference(question: str, first: Answer, second: Answer) -> Answer | None:
    """Both figures of "how many more A than B?" held, in one unit for one period: each,
    and the difference worked out from the first of each, its arithmetic shown."""
    from ..writing.render import format_number, format_value

    a = next((v for v in first.values if not v.derived), None)
    b = next((v for v in second.values if not v.derived), None)
    if a is None or b is None or a.unit != b.unit or a.period != b.period:
        return None
    joined = join(question, [first, second])
    gap = round(a.value - b.value, 3)
    formula = f"{format_number(a.value)} − {format_number(b.value)} = {format_number(gap)}"
    _add_worked(joined, a, b, f"{a.label}, less {b.label}", gap, formula)
    hedge = " (each figure as the source hedges it)" if a.qualifier or b.qualifier else ""
    joined.text = joined.text.rstrip("\n") + (
        f"\n\nThe difference, derived by crr from the first figure of each: "
        f"{f'{format_number(gap)} percentage points' if a.unit == 'percent' else format_value(gap, a.unit)}"
        f"{hedge} ({formula}).\n")
    return joined


def _add_worked(joined: Answer, a: Value, b: Value, label: str, value: float, formula: str) -> None:
    """A figure worked out from two of a joined answer's, cited to the marks those two
    carry there (renumbered by the join), its arithmetic shown."""
    stated = [v for v in joined.values if not v.derived]
    ends = {(a.metric, a.source, a.period), (b.metric, b.source, b.period)}
    cites = sorted({n for v in stated if (v.metric, v.source, v.period) in ends for n in v.cites})
    joined.values.append(Value.model_construct(
        metric=a.metric, label=label, period=a.period, value=value, unit=a.unit,
        qualifier="about" if (a.qualifier or b.qualifier) else "", source=a.source, locator=a.locator,
        derived=True, formula=formula, cites=cites, reporter=""))


def total_of_parts(question: str, first: Answer, second: Answer, whole: Answer) -> Answer:
    """Two figures asked together ("crude and LNG combined in 2023"): each, and their sum
    worked out when both are held in one unit for one period, from one source where one
    gives both; else no figure, for one part alone, or two that do not add up (shares of
    two wholes, units or times apart), answers another question."""
    from ..writing.render import format_number, format_value

    joined = join(question, [first, second])
    summary = joined.reading["summary"].replace("two questions:", "two figures:", 1)
    joined.reading = {**joined.reading, "summary": "the sum of " + summary}
    pair = _pair_to_add(first, second)
    if isinstance(pair, tuple):
        a, b = pair
        total = round(a.value + b.value, 3)
        formula = f"{format_number(a.value)} + {format_number(b.value)} = {format_number(total)}"
        _add_worked(joined, a, b, f"{a.label} and {b.label}, together", total, formula)
        joined.text = joined.text.rstrip("\n") + (
            f"\n\nThe two together, derived by crr: {format_value(total, a.unit)} ({formula}).\n")
        return joined
    text = (f"crr cannot give the two together: {pair}. It gives no figure rather than one part alone, "
            f"or a sum that does not add up.\n")
    return Answer.model_construct(question=question, answered=False, kind="unknown",
                                  interpretation="Read as two figures asked together.",
                                  text=text, values=[], events=[], citations=[],
                                  suggestions=[_without_and(p.question) for p in (first, second)],
                                  context=whole.context, reading=joined.reading, unread=joined.unread)


def _pair_to_add(first: Answer, second: Answer) -> tuple[Value, Value] | str:
    """The two figures to add, one of each part, from one source where one gives both;
    else why there are none."""
    from .figures import BOUNDS

    firsts = [v for v in first.values if not v.derived] if first.answered else []
    seconds = [v for v in second.values if not v.derived] if second.answered else []
    if not firsts or not seconds:
        missing = [(p.reading or {}).get("summary", "").split(" — ")[0] or _without_and(p.question)
                   for p, held in ((first, firsts), (second, seconds)) if not held]
        return f"it holds no figure for “{'” or “'.join(missing)}” at the time asked"
    pairs = [(a, b) for a in firsts for b in seconds if a.unit == b.unit and a.period == b.period]
    if not pairs:
        return "the figures it holds are not of one unit and one time"
    if pairs[0][0].unit == "percent":
        return "the two are shares of different wholes, which do not add up"
    if any({a.qualifier, b.qualifier} & BOUNDS for a, b in pairs[:1]):
        return "a figure the source gives only as a bound gives no sum"
    return next(((a, b) for a, b in pairs if a.source == b.source), pairs[0])


def _without_and(text: str) -> str:
    return re.sub(r"^and\s+", "", text)


def join(question: str, parts: list[Answer]) -> Answer:
    """One answer from several: texts in turn, values and events together, citations renumbered."""
    citations, numbers = [], {}
    texts, values, events = [], [], []
    # Two readings that come to one answer ("the tourism years" of either side's tourists): said once.
    parts = [part for n, part in enumerate(parts) if all(part.text != p.text for p in parts[:n])] or parts
    if len(parts) == 1:
        return parts[0].model_copy(update={"question": question})
    for part in parts:
        renumber = {}
        for n, citation in enumerate(part.citations, start=1):
            key = (citation.source, citation.locator)
            if key not in numbers:
                citations.append(citation)
                numbers[key] = len(citations)
            renumber[n] = numbers[key]
        texts.append(MARK.sub(lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", part.text))
        for v in part.values:
            cites = [renumber[n] for n in v.cites if n in renumber]
            held = next((w for w in values if not v.derived and v.observation_id
                         and w.observation_id == v.observation_id and w.metric == v.metric), None)
            if held is not None:
                # (a record two parts both give, the 2025 part's base of 2024 beside the 2024 part's
                # own: one row, with the marks of both)
                held.cites = sorted({*held.cites, *cites})
                continue
            values.append(Value.model_construct(**{**v.__dict__, "cites": cites}))
        events += part.events
    # Values of one metric read as one value answer (its chart marks each period
    # asked); parts about different figures are a "compound" answer.
    same_metric = len({_reading(p)[0] for p in parts}) == 1 and all(p.kind == "value" for p in parts)
    readings = " ".join(f"{order} part, '{_without_and(p.question)}': {p.interpretation}"
                        for order, p in zip(ORDER_WORDS, parts))
    # One question asked of several figures ("Russian opinion of China": the favourable and
    # the negative view) is one question, each figure read in turn.
    one_question = len({_without_and(p.question) for p in parts}) == 1
    if one_question:
        readings = " ".join(f"{order} figure: {p.interpretation}" for order, p in zip(ORDER_WORDS, parts))
    # A list of times of one figure ("trade in 2021, 2022 and 2023") that the data holds
    # only in part is not the list asked for: what it holds is shown, as a refusal shows
    # what it has, and not given as the answer.
    whole = all(p.answered for p in parts) or not same_metric
    firsts = [next((v for v in p.values if not v.derived), None) for p in parts]
    if len(parts) == 2 and None not in firsts and firsts[0].unit != firsts[1].unit and DIFFERENCE_ASKED.search(question):
        # "Difference between the crude tonnage and the crude import value?": no common measure
        whole, values = False, []
        texts.insert(0, f"The question asks the difference of two figures in different units ({firsts[0].unit} and "
                        f"{firsts[1].unit}), which have no common measure, so crr works none out. Each figure:")
    elif not whole:
        values = []
        # (what crr has of the figure, said once: each part not held would repeat it)
        seen: set[str] = set()
        texts = ["\n".join(line for line in text.split("\n")
                           if not line.startswith("What it has for ") or not (line in seen or seen.add(line)))
                 for text in texts]
        texts.insert(0, "The data does not hold every time asked, so crr gives no answer to the question "
                        "as a whole. What it has of it:")
    return Answer.model_construct(
        # Answered if any part is; the text says which part the data does not hold.
        question=question, answered=whole and any(p.answered for p in parts),
        kind="value" if same_metric else "compound",
        interpretation=f"Read as one question of {NUMBER_WORDS.get(len(parts), len(parts))} figures. {readings}"
        if one_question else f"Read as {NUMBER_WORDS.get(len(parts), len(parts))} questions. {readings}",
        text="\n\n".join(texts), values=values, events=events, citations=citations,
        suggestions=parts[-1].suggestions,
        # A follow-up continues from the last part; one that only names another time ("and
        # in 2025?") is asked again of each part (Engine._each_part_again).
        context={**(parts[-1].context or {}), "each": [p.context for p in parts if p.context]}
        if not same_metric else parts[-1].context,
        # How each part was read, in one line: every front end shows it as it shows one reading.
        reading={"kind": "compound", "parts": [p.reading for p in parts],
                 "summary": f"{NUMBER_WORDS.get(len(parts), len(parts))} questions: " + "; ".join(
                     f"({n}) {(p.reading or {}).get('summary') or _without_and(p.question)}"
                     for n, p in enumerate(parts, start=1))},
        unread=list(dict.fromkeys(w for p in parts for w in (p.unread or []))),
    )
