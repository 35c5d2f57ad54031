"""Requests about the answer rather than questions of the data: a citation style named in
the question ("... in APA"), which every front end sets on its own, and a file asked for
("export the trade series as csv"), which `crr export` and the site's tables give."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy

STYLE_NAMES = {"apa": "apa", "mla": "mla", "chicago": "chicago", "harvard": "harvard", "bibtex": "bibtex",
               "ris": "ris", "csl-json": "csl-json", "csl json": "csl-json"}
# "... in APA", "as BibTeX", "using Chicago style", "(MLA format)".
STYLE_ASKED = Lazy(r"[,;(]?\s*\b(?:in|as|using|with)\s+(?:the\s+)?(apa|mla|chicago|harvard|bibtex|ris|csl[- ]json)"
                   r"(?:\s+(?:style|format|citations?|references?))?\b\)?", re.IGNORECASE)
# "LNG 2025, APA citation please", "give me the APA citation for the 2024 yuan share": the
# style before a word of citing.
STYLE_NAMED = Lazy(r"[,;(]?\s*(?:(?:please\s+)?(?:give|show|send|get)\s+me\s+)?(?:the\s+|an?\s+)?\b(apa|mla|chicago|harvard|bibtex|"
                   r"ris|csl[- ]json)(?:\s+style)?\s+(?:citations?|references?|format|style|bibliography|footnotes?)"
                   r"(?:\s+please)?(?:\s+(?:for|of|on)\b)?\)?", re.IGNORECASE)
# A place's name as the question's last words after a time: "trade in 2024 in harvard".
LAST_AFTER_A_TIME = Lazy(r"\b(?:19|20)\d\d\??\s*[,;]?\s*(?:in|as|using)\s+(?:the\s+)?(?:chicago|harvard)\W*$", re.IGNORECASE)
# "export the trade series as csv", "download the data as a spreadsheet", "save it to excel".
FILE_ASKED = Lazy(r"^(?:please |can you |could you |can i |how (?:do|can) i )?(?:export|download|save|get)\b.*"
                  r"\b(?:csv|spreadsheet|excel|xlsx|json|datapackage|data package)\b", re.IGNORECASE)


# A style named by a place ("in Chicago", "in Harvard") is a style only beside words of citing.
PLACE_NAMED = frozenset({"chicago", "harvard"})
CITING = Lazy(r"\b(?:cit(?:e|es|ed|ing|ation|ations)|references?|footnotes?|bibliography|style|format)\b", re.IGNORECASE)


def style_asked(question: str) -> tuple[str, str]:
    """(the question without the citation style it names, the style) or (question, "")."""
    found = STYLE_ASKED.search(question) or STYLE_NAMED.search(question)
    if not found or found.group(1).lower() in PLACE_NAMED and not CITING.search(question) \
            and not LAST_AFTER_A_TIME.search(question):
        return question, ""  # ("Chinese students in Harvard": a place)
    rest = (question[:found.start()] + question[found.end():]).strip()
    return (rest or question), STYLE_NAMES[found.group(1).lower().replace("_", "-")]


# A request put politely before what is asked: "Could I trouble you for the cost of ...?", "Might
# I ask how much ...", "I'd be very grateful if you could tell me what ...", "Pull up the IMF
# number: ...", "note to self - ...".  What follows is the question.
_SOFTLY = r"(?:possibly|please|kindly|perhaps|just|quickly|also)"
REQUEST_OPENING = Lazy(
    rf"^\s*(?:(?:could|can|would|might|may) (?:i|we) (?:{_SOFTLY} )?(?:trouble|bother) you (?:for|with)\b"
    rf"|(?:could|can|might|may) (?:i|we) (?:{_SOFTLY} )?ask(?: you)?(?: for)?\b"
    rf"|(?:could|can|would) you (?:{_SOFTLY} )+(?:tell me|let me know|give me|find me|pull up|look up|check)\b"
    rf"|(?:i'?d|i would|we'?d|we would) (?:be )?(?:very |really |most |so |extremely )?(?:grateful|thankful|obliged)"
    rf"(?: if you (?:could|would|can)(?: {_SOFTLY})? (?:tell me|let me know|give me|find|check|look up)\b)?"
    rf"|(?:please )?(?:pull|bring|dig) up\b|note to self\b"
    # what the figure is for, said first: "one number for my slide:", "a stat for the lesson -"
    rf"|(?:i need |need |just |only )?(?:one|a|the|a single|single|quick) (?:quick |good |single )?(?:number|figure|stat|statistic|"
    rf"fact|data point)s? for (?:my|our|a|the|this|tomorrow's|today's) [\w' -]{{1,30}}?(?=\s*[:–—-]))\s*[,:;.!–—-]*\s*", re.IGNORECASE)


def request_apart(question: str) -> tuple[str, str]:
    """(the question without a polite request that opens it, the request as written) or
    (question, "") when none does, or nothing would be left."""
    found = REQUEST_OPENING.match(question)
    rest = question[found.end():].strip() if found else ""
    if not found or len(rest.split()) < 2:
        return question, ""
    return rest, question[:found.end()].strip(" ,:;.!-–—")


# How the answer is to be laid out, said before or after what is asked: "Table of trade by
# year", "bullet points: energy figures for 2025", "make me a small table of ...", "joint
# exercises since 2022, table form", "... as a 2-row table", "... in a table", "... as bullet
# points", "... as one line in a table".  The figures asked are what follows or comes before;
# the layout is the front end's (the terminal app opens the values table).
_FORM = r"(?:table|bullet(?:ed)?[- ](?:points?|list)|bullets|bulleted|tabular (?:summary|form)|table form|list form)"
_SIZE = r"(?:(?:quick|short|small|simple|summary|brief|counts?|compact|little|neat|two-(?:row|column)|\d+[- ](?:row|column)|one-line)\s+)"
LAYOUT_OPENING = Lazy(
    rf"^\s*(?:(?:please|pls|can you|could you|would you)\s+)?(?:(?:make|give|draw|build|put together|produce|create|do|"
    rf"show|prepare|write|need|want)\s+(?:me\s+|us\s+)?)?(?:an?\s+|the\s+|some\s+)?{_SIZE}*{_FORM}(?:\s+form)?"
    rf"(?:\s+(?:of|on|for|with|showing)\b)?\s*[:,;.–—-]*\s*", re.IGNORECASE)
LAYOUT_AFTER = Lazy(
    rf"\s*[,;(–—-]?\s*\b(?:(?:as|in|into)\s+(?:one line in\s+)?(?:an?\s+|the\s+)?{_SIZE}*{_FORM}(?:\s+form)?"
    rf"|as\s+(?:an?\s+)?{_SIZE}*list"
    rf"|(?:in\s+)?(?:table|tabular|list) form)\b\)?", re.IGNORECASE)
# "same bullets for 2024": the layout shown before, again
LAYOUT_AGAIN = Lazy(rf"(?<=\bsame)\s+(?:{_FORM}|list)\b", re.IGNORECASE)


def layout_apart(question: str) -> tuple[str, str]:
    """(the question without the words that ask how its answer is laid out, those words) or
    (question, "") when none do, or nothing would be left."""
    for pattern in (LAYOUT_OPENING, LAYOUT_AFTER, LAYOUT_AGAIN):
        found = pattern.search(question)
        if found is None or pattern is LAYOUT_OPENING and found.group(0).strip() == "":
            continue
        rest = (question[:found.start()] + " " + question[found.end():]).strip(" ,;:")
        rest = re.sub(r"\s{2,}", " ", rest)
        if len(re.findall(r"\w+", rest)) >= 2:
            return rest, found.group(0).strip(" ,;:.–—-()")
    return question, ""


# Who asks, when it is a country's own: "I'm Russian — how many of our soldiers ...?", "As a
# Chinese student: how many of us ...?".  Its "our", "we" and "us" are that country's.
SPEAKER = Lazy(r"^\s*(?:(?:i'm|i am|im|i’m|we're|we are|we’re|speaking as|as) (?:an? )?(russian|chinese)\b[^,:;.?!—–-]{0,40}"
               r"(?:[,:;.!]|\s[—–-]+)\s*)", re.IGNORECASE)
OURS = Lazy(r"\b(?:our|ours|we|us)\b(?![’'])", re.IGNORECASE)


def speaker_apart(question: str) -> tuple[str, str]:
    """(the question with the speaker's "our", "we", "us" put as their country, a note saying
    so) or (question, "") when the question says no country of its own."""
    found = SPEAKER.match(question)
    rest = question[found.end():].strip() if found else ""
    if not found or len(rest.split()) < 2:
        return question, ""
    if not OURS.search(rest):
        return rest, f"“{question[:found.end()].strip(' ,:;.!—–-')}” read as who asks"
    country, people = ("Russia", "Russian") if found.group(1).lower() == "russian" else ("China", "Chinese")
    said = sorted({m.group(0).lower() for m in OURS.finditer(rest)})
    rest = re.sub(r"\bhow many of (?:us|our)\b", f"how many {people}", rest, flags=re.IGNORECASE)
    rest = OURS.sub(lambda m: people if m.group(0).lower() in ("our", "ours") else country, rest)
    return rest, f"“{'”, “'.join(said)}” read as {country}, the asker's country"


def with_request_noted(answer: Answer, request: str) -> Answer:
    """The answer, its reading saying the words of a polite request were read as that."""
    note = request if request.endswith(("country", "who asks")) else f"“{request}” read as a request"
    summary = (answer.reading or {}).get("summary", "")
    answer.reading = {**(answer.reading or {}), "summary": f"{summary}; {note}" if summary else note}
    return answer


def with_layout_noted(answer: Answer, layout: str) -> Answer:
    """The answer, its reading saying how the words of a layout were read, and which layout:
    "table" (the terminal app opens the values table) or "list"."""
    shape = "list" if re.search(r"bullet|list", layout, re.IGNORECASE) else "table"
    note = f"“{layout}” read as how to lay out the answer ({'a list' if shape == 'list' else 'a table'})"
    summary = (answer.reading or {}).get("summary", "")
    answer.reading = {**(answer.reading or {}), "summary": f"{summary}; {note}" if summary else note, "layout": shape}
    return answer


def with_style_noted(answer: Answer, style: str) -> Answer:
    """The answer, its reading saying that the style asked for is chosen where it is shown."""
    note = f"citation style asked: {style}"
    summary = (answer.reading or {}).get("summary", "")
    answer.reading = {**(answer.reading or {}), "summary": f"{summary}; {note}" if summary else note, "style": style}
    answer.unread = [w for w in (answer.unread or []) if w.lower() not in STYLE_NAMES]
    return answer


def style_overruled(answer: Answer, used: str, by: str) -> Answer:
    """The answer, its reading saying that the style the question asked for is not the one
    cited in, as `by` (a front end's own choice: "--cite", "the page's menu") sets `used`."""
    asked = (answer.reading or {}).get("style")
    if not asked or asked == used:
        return answer
    note = f"citation style asked: {asked}"
    summary = answer.reading.get("summary", "").replace(note, f"{note}, but {by} sets {used}")
    answer.reading = {**answer.reading, "summary": summary}
    return answer


def file_answer(question: str) -> Answer:
    """What crr gives as files, for a question that asks for one."""
    text = ("crr answers questions in text; it writes files with its own commands:\n"
            "- `crr export DIR` writes every table (metrics, observations, events, people, sources) as CSV, "
            "with a datapackage.json that describes them;\n"
            "- on the site (`crr serve`), every table and query has .csv and .json links;\n"
            "- `crr ask --json` gives an answer with its figures and citations as JSON.\n"
            "Ask the figure itself (\"trade over time\") to see it here, cited.")
    return Answer(question=question, answered=False, kind="help",
                  interpretation="Read as a request for a file, which crr's export gives.", text=text,
                  reading={"kind": "help", "summary": "a request for a file (crr export, the site's CSV links)"},
                  unread=[], suggestions=["trade over time"])
