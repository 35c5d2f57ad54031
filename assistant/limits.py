"""The limits a person meets, in one place, and the polite answers at them.

Every front end imports its limits from here: the engine refuses a longer
question before reading it, the Ask page answers 400, the command line and
the terminal app show the engine's refusal.  Light to import: `crr ask`
loads it on its way to the engine.
"""

from __future__ import annotations

import re

from .answer import Answer

# The engine reads this much of a question; a longer one is refused whole,
# unread, rather than answered from a part the asker did not choose.
MAX_QUESTION_CHARS = 500

# What crr suggests after a question it could not take.
STARTERS = ["trade in 2024?", "joint exercises since 2022?", "what can I ask?"]

# Control characters (a terminal obeys some of them when an answer echoes the
# question) read as spaces.
_AS_SPACES = {code: " " for code in [*range(0x20), *range(0x7F, 0xA0)]}


def readable(text: str) -> str:
    """The text with control characters as spaces and lone surrogates as U+FFFD,
    so that any answer that repeats it can be printed, written as JSON or shown."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that the command line could not decode arrive as lone surrogates.
        text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    if text.isprintable():  # no control character: most questions, checked without a table
        return text
    return text.translate(_AS_SPACES)


def too_long(question: str) -> str | None:
    """Why the question is refused for its length, or None when it is short enough."""
    if len(question) > MAX_QUESTION_CHARS:
        return (f"The question has {len(question):,} characters; crr reads questions of up to "
                f"{MAX_QUESTION_CHARS:,}. Ask it more briefly.")
    return None


def _refusal(question: str, kind: str, interpretation: str, text: str,
             suggestions: list[str] | None = None) -> Answer:
    return Answer.model_construct(
        question=question, answered=False, kind=kind, interpretation=interpretation, text=text,
        values=[], events=[], citations=[], suggestions=suggestions or list(STARTERS), context={})


def too_long_answer(question: str) -> Answer:
    return _refusal(question, "unknown", "The question was not read: it is too long.", too_long(question) or "")


def empty_answer() -> Answer:
    return _refusal("", "unknown", "No question was asked.",
                    "Ask a question about China–Russia relations, for example 'trade in 2024?', "
                    "or 'what can I ask?'.")


def no_words_answer(question: str) -> Answer:
    """A question of marks alone ("?", "!!!$$$"): nothing to read, and nothing to take as
    a follow-up of the answer before."""
    return _refusal(question, "unknown", "The question was not read: it has no words.",
                    f"crr found no words in “{question[:40]}” to read. Ask a question about "
                    "China–Russia relations, for example 'trade in 2024?', or 'what can I ask?'.")


# A word of talk alone, no question: "good", "great!", "very interesting", "thanks a lot".
_REACTION = re.compile(
    r"(?:(?:very|so|really|how|that'?s|thats|that is|ok|okay)[, ]+)?"
    r"(?:ok|okay|good|bad|great|nice|cool|fine|sure|interesting|amazing|awesome|terrible|wow|perfect|excellent|"
    r"noted|understood|lol|thanks|thank you|cheers|got it|i see|neat|wonderful|brilliant|sad|weird|strange)"
    r"(?: a lot| so much| very much)?(?:[ ,]+(?:thanks|thank you|cheers))?[\s.!?,:)]*", re.IGNORECASE)


def reaction_only(question: str) -> bool:
    """Whether a question is a word of talk alone ("good", "very interesting!"): nothing to
    read a figure from, though its words may look like a figure's ("good" like goods)."""
    return bool(_REACTION.fullmatch(question.strip()))


def reaction_answer(question: str) -> Answer:
    return _refusal(question, "unknown", "Read as a reaction, not a question: nothing asked.",
                    f"crr reads “{question.strip()[:40]}” as a reaction, not a question, so it gives no figure. "
                    "Ask a question about China–Russia relations, for example 'trade in 2024?', "
                    "or 'what can I ask?'.")


# "..., sorry, in English: ...": the question said again in English after the words of another script.
_IN_ENGLISH = re.compile(r"\bin english\b\W*", re.IGNORECASE)


def not_english(question: str) -> list[str]:
    """The words of a question written in a script other than the Latin alphabet (crr reads
    English only); none when there are none, or when the question says itself again in
    English after them.  A name or a thing written in another script inside an English
    question ("When was 尼布楚条约 signed?") is no less unread: the rest, read alone, would
    answer another question."""
    other = {c for c in question if c.isalpha() and not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f")}
    if not other:
        return []
    if (again := _IN_ENGLISH.search(question)) and not other & set(question[again.end():]):
        return []
    return [w for w in re.findall(r"\w+", question) if any(c in other for c in w)]


def not_english_answer(question: str, words: list[str]) -> Answer:
    shown = ", ".join(f"'{w}'" for w in words[:4])
    return _refusal(question, "unknown", "The question was not read: crr reads questions in English.",
                    f"crr reads questions in English only, and could not read {shown}. Ask it in English, "
                    "for example 'trade in 2024?'.")


# A time asked as a number that is no year: "trade in 10000", "since 123456", "in -5000" (not
# "in 10000 tonnes").
NOT_A_YEAR = re.compile(r"\b(?:in|for|during|since|by|from|until|before|after)\s+(\d{5,}|[-\u2212]\d+)"
                        r"(?=\s*(?:$|[?!;,]|\.(?!\d)|(?:how|what|which|who|when|and|or|did|was|were|is|are)\b))", re.IGNORECASE)


def not_a_year(question: str) -> str:
    """The number a question asks as a time that can be no year, or ""."""
    found = NOT_A_YEAR.search(question)
    return found.group(1) if found else ""


def not_a_year_answer(question: str, number: str) -> Answer:
    return _refusal(question, "unknown", f"Read as a question about the time '{number}', which is no year.",
                    f"'{number}' is no year crr can read, so it gives no figure rather than the figure of "
                    "another time. Ask about a year such as 2024, a month (\"December 2022\") or a span "
                    "(\"2018-2024\").")


def error_answer(question: str, suggestions: list[str] | None = None) -> Answer:
    """crr's own failure, said without a traceback."""
    return _refusal(question, "error", "The question could not be read.",
                    "Sorry, crr could not answer that question. Try rephrasing it, "
                    "or ask 'help' to see what crr can answer.", suggestions)


def no_such_date_answer(question: str, label: str) -> Answer:
    """The question names a date that does not exist ('31 June 2022', '2024-02-30')."""
    date_words, why = describe_impossible_date(label)
    return _refusal(
        question, "unknown", f"Read as a question about {date_words}, a date that does not exist.",
        f"There is no {date_words}: {why}. Ask about a date that exists, or about the whole "
        "month or year.")


def describe_impossible_date(label: str) -> tuple[str, str]:
    """('31 June 2022', 'June 2022 has 30 days') for the label '2022-06-31'."""
    import calendar  # only a question naming an impossible date needs it

    if "/" in label:
        return f"the period {label}", "it starts after it ends"
    match = re.fullmatch(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?", label.strip())
    if not match:
        return f"'{label}'", "it is not a date crr can read"
    year, month = int(match["year"]), int(match["month"])
    day = int(match["day"]) if match["day"] else None
    if year < 1:
        return f"year {match['year']}", "the calendar starts at year 1"
    if not 1 <= month <= 12:
        return f"month {month} of {year}", "a year has 12 months"
    name = calendar.month_name[month]
    if day is None:
        return f"{name} {year}", "it is not a date crr can read"
    length = calendar.monthrange(year, month)[1]
    if day < 1:
        return f"{day} {name} {year}", "the days of a month start at 1"
    return f"{day} {name} {year}", f"{name} {year} has {length} days"
