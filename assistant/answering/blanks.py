"""A sentence of a draft with a blank to fill: "China-Russia trade reached ___ in 2024",
"'Russia supplied __% of China's arms imports in 2023' - fill pls", "the pipeline opened
in ____".  The blank is what is asked; the words around it say what kind of answer fills
it (a sum, a percent, a count, a date, a name).  The sentence is put as the question it
stands for ("how much ...", "what percent ...", "when ...", "who ..."), the words that ask
to fill it in set apart, and the reading says so.  A question with no blank is left as it
is."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy

# A blank: a run of underscores, or a bracketed X, question mark or dots.
BLANK = Lazy(r"(?<![A-Za-z0-9])(?:_{2,}|\[\s*(?:x|_+|\?+|blank|\.{2,}|…)\s*\])", re.IGNORECASE)
# Words that ask for the blank to be filled, not what fills it.
FILL_WORDS = Lazy(
    r"(?:\b(?:please |pls |plz |can you |could you )?(?:fill(?:-| )in|fill(?: it)?(?: in)?|complete)"
    r"(?: (?:the|this|my) (?:blank|gap|sentence|quote|line|text|name|number|figure|value|date|month|year|percent))?"
    r"(?: (?:pls|plz|please|for me))?\b"
    r"|\b(?:what|which \w+) (?:goes|belongs|fits|should go) (?:in|into|there|here)(?: the (?:blank|gap))?"
    r"|\bwhose name goes (?:there|here|in)|\bname to fill in\b|\b(?:the )?blank\b\??"
    r"|\b(?:what(?:'s| is) )?(?:in )?the gap\b|\bquote to complete\b|\b(?:my )?(?:text|draft|line|timeline) (?:reads|says)\b"
    r"|^\s*(?:draft(?: line)?|my (?:timeline|draft|sentence|para|paragraph|text|line|notes)|text|quote|sentence|line)\s*:"
    # what is asked for, said again after the sentence: "— what's the figure?", "X = ?", "year?"
    r"|(?:[-–—:,.]\s*|\s)(?:what(?:'s| is)? (?:the )?(?:figure|number|amount|value|percent|percentage|date|year|month|day|blank)"
    r"|what number(?: do i (?:put|use|need))?|(?:the )?number(?: pls| plz| please)?|x\s*=\s*\?*|which (?:year|month|day|date)"
    r"|(?:year|month|date|day|name)(?: please| pls| plz)?|when(?: exactly| was it| was that)?|who(?: was it)?|what(?:'s| is)?(?: x)?"
    r"|(?:need|want) the (?:figure|number|exact \w+)(?: for [\w ]+)?)\s*\?*\s*$)",
    re.IGNORECASE)
QUOTES = Lazy(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
# What stands after or before a blank, saying what fills it.
PERCENT_AFTER = Lazy(r"^\s*(?:%|percent\b|per cent\b)")
MONEY_BEFORE = Lazy(r"(?:\$|US\$|USD|US dollars?|RMB|CNY|yuan)\s*$", re.IGNORECASE)
AMOUNT_AFTER = Lazy(r"^\s*-?(?:bn|billion|million|mn|mln|m|mt|bcm|tonnes?|tons?|barrels?|km|kilomet\w+|trillion|tn|"
                    r"thousand|k|tiv|million tiv)\b", re.IGNORECASE)
BARE_MAGNITUDE_AFTER = Lazy(r"^\s*(?:million|billion|thousand|trillion|mn|mln|bn|k)\b(?!\s*(?:tonnes?|tons?|barrels?|bcm|cubic|"
                           r"usd|dollars?|yuan|rubles?|roubles?|euros?|tiv|km))", re.IGNORECASE)
CHANGED_BEFORE = Lazy(r"\b(?:fell|rose|grew|dropped|declined|increased|decreased|jumped|slumped|shrank|climbed|surged|"
                      r"(?:was|were) (?:down|up)|down|up)\s*(?:by\s*)?(?:about |around |roughly |nearly |almost |over |more than )?$",
                      re.IGNORECASE)
SPAN_AFTER = Lazy(r"^-(year|month|day|week)\b", re.IGNORECASE)
TIME_BEFORE = Lazy(r"\b(?:in|on|by|since|from|until|arriving|arrived|starting|started|until|till|as of)\s*$", re.IGNORECASE)
TIME_AFTER = Lazy(r"^\s*(?:(?:19|20)\d\d\b|[.,;:!?)'\"\u201c\u201d\u2019\u2014\u2013-]|$)")
COUNTED_AFTER = Lazy(r"^\s*(?:(?:[A-Za-z][\w-]*) ){0,2}?(?:[a-z][\w-]*s)\b")
# The time a blank after "in" or "on" stands for, when the question says it asks one.
WHEN_ASKED = Lazy(r"\bwhen\b|\bdate\b|\bwhich (?:year|month|day)\b|\b(?:year|month|day)\s*\?", re.IGNORECASE)
# A post or a name just before a blank: the one who holds it fills it ("finance minister ___").
HOLDER_BEFORE = Lazy(r"(?:\b(?:minister|president|pm|premier|spokesman|spokesperson|chief|executive|ceo|scientist|physicist|"
                     r"official|ambassador|leader|head|boss|chairman|general|envoy)|\b[A-Z][\w.]*(?: [A-Z][\w.]*)? and)\s*$",
                     re.IGNORECASE)
NAME_ASKED = Lazy(r"\b(?:name|who|whom|whose|which (?:person|official|minister|leader|scientist))\b", re.IGNORECASE)
AFTER_NAME_VERB = Lazy(r"^\s*(?:\([^)]*\)\s*)?(?:told|said|says|rejected|revealed|signed|met|visited|headed|led|was|is|"
                       r"announced|called|wrote|arrived|became|took|and)\b", re.IGNORECASE)


def blank_apart(question: str) -> tuple[str, str]:
    """(the question a sentence with a blank stands for, a note saying how the blank was
    read) or (question, "") when it has no blank."""
    found = BLANK.search(question)
    if found is None or len(BLANK.findall(question)) > 1:
        return question, ""
    before, after = question[:found.start()], question[found.end():]
    asked_name = NAME_ASKED.search(question)
    if PERCENT_AFTER.search(after):
        # ("trade fell ___%": a change by so many percent)
        cue = "by what percent" if CHANGED_BEFORE.search(before) else "what percent"
        cue, what, after = cue, "a percent", PERCENT_AFTER.sub("", after, count=1)
    elif (span := SPAN_AFTER.search(after)) is not None:
        cue, what, after = f"how many {span.group(1).lower()}s", "a number of " + span.group(1).lower() + "s", \
            after[span.end():]
    elif not MONEY_BEFORE.search(before) and BARE_MAGNITUDE_AFTER.search(after):
        cue, what = "", "a figure"  # "over ___ million": visits or dollars, as the sentence says
    elif MONEY_BEFORE.search(before) or AMOUNT_AFTER.search(after):
        money = MONEY_BEFORE.search(before)
        # (dollars are what crr's sums are in; another currency stays, to be said not held)
        currency = money.group(0).strip() if money and money.group(0).strip().lower() not in ("$", "us$", "usd", "us dollar",
                                                                                            "us dollars") else ""
        before = MONEY_BEFORE.sub("", before)
        cue, what = "how much" + (f" {currency}" if currency else ""), "an amount"
    elif (asked_name and (AFTER_NAME_VERB.search(after) or re.search(r"\b[A-Z][\w.]*\s*$", before))
          or HOLDER_BEFORE.search(before)) and not TIME_BEFORE.search(before):
        cue, what = "who", "a name"
    elif TIME_BEFORE.search(before) and (TIME_AFTER.search(after) or WHEN_ASKED.search(question)):
        before = TIME_BEFORE.sub("", before) if not re.match(r"\s*(?:19|20)\d\d", after) else before
        cue, what = "when", "a date"
    elif COUNTED_AFTER.search(after):
        cue, what = "how many", "a number"
    else:
        cue, what = "", "a figure"  # the sentence without it names the figure
    # (the words asking to fill it set apart on each side, so that no cue is taken for them)
    before, after = QUOTES.sub(" ", FILL_WORDS.sub(" ", before)), QUOTES.sub(" ", FILL_WORDS.sub(" ", after))
    before = before.lstrip(" ,;:.-–—")  # ("fill in: the pipeline ...": what was before the colon is gone)
    if cue in ("who", "when"):
        rest = f"{cue} {before} {after}"
    else:
        rest = f"{before} {cue} {after}"
    rest = re.sub(r"\s+([,.;:?!)])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip(" ,;:.-–—?!") + "?"
    if len(re.findall(r"\w+", rest)) < 3:
        return question, ""
    return rest, f"the blank read as {what} asked: “{rest}”"


def with_blank_noted(answer: Answer, note: str) -> Answer:
    """The answer, its reading saying how the sentence's blank was read."""
    summary = (answer.reading or {}).get("summary", "")
    answer.reading = {**(answer.reading or {}), "summary": f"{summary}; {note}" if summary else note}
    return answer
