"""Words of a question: normalized text, stems and content words.

Reading, the lexicon, the metric matcher and the build all cut text into words
the same way, so that a word stored at build time is found at question time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import patterns


class Lazy:
    """A regular expression compiled the first time it is used: most questions never need
    the rarer patterns, and each process would otherwise compile them all as it starts."""

    # The methods questions call, kept as the compiled pattern's own once it is compiled,
    # so that a call after the first costs what a call on the pattern does.
    _METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")
    __slots__ = ("_compiled", "_flags", "_pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0):
        self._pattern, self._flags, self._compiled = pattern, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = patterns.compile(self._pattern, self._flags)
            for method in self._METHODS:
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)


def ascii_digits(text: str) -> str:
    """Digits of any script as the digits 0 to 9: "trade in ٢٠٢٤" asks of 2024, as
    "trade in २०२४" does.  (Python's \\d matches them, but no year or number is read
    from them.)"""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


# A year followed by the word for a year ("2022 year", "2011 godu"), as learners write it.
_YEAR_WORD_AFTER = Lazy(r"\b((?:1[89]|20)\d\d) (?:year|god|godu|goda)\b(?! (?:on|by|to|of|after|before|ago|earlier|later)\b)(?!['’])")


_SOFT_SIGN = re.compile(r"(?<=[a-z])'(?=[a-z]{2,})(?!(?:s|t|re|ve|ll|d|m)\b)")


def _fold_accents(text: str) -> str:
    """Latin letters without their marks ("Xí Jìnpíng" is Xi Jinping, "Sergéy" Sergey); a
    letter of another script keeps its own (Cyrillic "й" is no "и")."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    if not text.isascii():
        text = _fold_accents(text)
    # An en or em dash joins two names ("Wang Yi–Sergey Lavrov", "China–Russia"): a
    # word of its own; a hyphen makes one word ("two-way", "S-400").
    if any(map(text.__contains__, _DASHES)):
        text = _DASH.sub(" - ", text)
    text = text.translate(_ONE_SPELLING)
    if "'" in text:
        text = _SHORT_YEAR.sub(_full_year, text)  # "in '24" is 2024
        text = _CONTRACTED.sub(lambda m: f"{m.group(1)} {_CONTRACTIONS[m.group(2)]}", text)  # "they've": they have
        # A soft sign written as an apostrophe inside a name ("El'tsin", "Si Tszin'pin"): no
        # letter of the English spelling
        text = _SOFT_SIGN.sub("", text)
    if _AFTER_IN.search(text) and not _FOUR_DIGIT_YEAR.search(text):
        text = _IN_SHORT_YEAR.sub(lambda m: f"{m.group(1)} {_full_year(m, 2)}", text)  # "trade in 24": 2024
    if "-" in text:
        text = _PART_SHORT_YEAR.sub(lambda m: f"{m.group(1)} {_full_year(m, 2)}", text)  # "end-22" is end 2022
    if "s " in text:
        # "what's its capacity?", "whats the figure": what is (a question word's 's is no possessive)
        text = re.sub(r"\b(what|who|where|when|how)(?:'s|s) ", r"\1 is ", text)
    if " go" in text or " year" in text:
        # "for 2024 year", "v 2011 godu": a learner's (or a Russian's) word for the year after it
        text = _YEAR_WORD_AFTER.sub(r"\1", text)
    if "no. " in text:
        text = re.sub(r"\bno\.\s+(?=of\b)", "number ", text)  # "no. of car brands": the number of them
    if "-report" in text:
        text = _REPORTED_BY.sub(r"\1 \2", text)  # "China-reported": as China reports it
    if "-by-" in text:
        text = text.replace("year-by-year", "year by year").replace("month-by-month", "month by month")
    if "trade" in text and "port" in text:
        text = _TRADE_DEFINED.sub("trade", text)  # "total trade (exports plus imports)": trade, both ways
    if "put " in text and " to" in text:
        text = _PUT_NAME_TO.sub("signed", text)  # "who put their names to it?": who signed it
    if "s of " in text and _POSTS_OF_BOTH.search(text):
        text = _POSTS_OF_BOTH.sub(lambda m: f"{m.group(2)}'s {_one_post(m.group(1))} and {m.group(3)}'s "
                                            f"{_one_post(m.group(1))}", text)
    if text.startswith("who") and _BOTH_POSTS.search(text):
        text = _BOTH_POSTS.sub(lambda m: f"{m.group(1)}{_COUNTRY_OF[m.group(2)]}'s {_one_post(m.group(4))} and "
                                         f"{_COUNTRY_OF[m.group(3)]}'s {_one_post(m.group(4))}", text)
    if "finally" in text and text.startswith("when") and not re.search(r"\b(?:they|it|them|those|these)\b", text):
        # (of what was just shown, "when were they finally handed over?" is its own event's time)
        text = re.sub(r"\bfinally\b", "last", text)  # "when was the border finally demarcated?": the last time
    if text.startswith("of ") and _OF_WHOLE_FIRST.match(text):
        # "Of China's LNG imports, how much is Russian?": how much of them is, a part of that whole
        text = _OF_WHOLE_FIRST.sub(r"\2 of \1 \3", text)
    if "how " in text and _HOW_SEEN.search(text):
        text = _HOW_SEEN.sub(r"\1 view", text)  # "how do Russians see China?": how they view it, a poll's
    if " down" in text or " up" in text:
        # "did trade go down in 2025?": fall, as a change is asked (not "2024 went down as the best year")
        text = _GONE_DOWN.sub(lambda m: "fall" if m.group(1) == "down" else "rise", text)
    if "to date" in text:
        text = _TO_DATE.sub("so far", text)  # "how many exercises to date": so far, not a date asked
    if "bound " in text:
        # "Russia's inbound tourist visits": visits to Russia; "China's outbound investment": from it.
        text = _INBOUND.sub(lambda m: f"{m.group(3)} {'to' if m.group(2) == 'in' else 'from'} {m.group(1)}", text)
    if "2k" in text:
        text = _TWO_K.sub(r"20\1", text)  # "2k24" is 2024
    if "k" in text and _THOUSANDS_K_RANGE.search(text):
        # "370-405k barrels": both ends in thousands
        text = _THOUSANDS_K_RANGE.sub(lambda m: f"{float(m.group(1)) * 1000:g}-{float(m.group(2)) * 1000:g}", text)
    if "k" in text and _THOUSANDS_K.search(text):
        text = _THOUSANDS_K.sub(lambda m: f"{float(m.group(1)) * 1000:g}", text)  # "50k students": 50000
    if any(c.isdigit() for c in text) and _GLUED_MODEL.search(text):
        text = _GLUED_MODEL.sub(r"\1-\2", text)  # "su35", "s400": the Su-35, the S-400
    if "-year" in text or "-month" in text:
        text = _N_YEAR.sub(lambda m: f"{_DIGIT_WORDS[m.group(1)]}-{m.group(2)}", text)  # "5-year": "five-year"
    if "ties" in text or "aughts" in text:
        text = _DECADE_WORD.sub(lambda m: f"the {_DECADES[m.group(1)]}", text)  # "the nineties": the 1990s
    if "-ever" in text:
        text = _EVER.sub(r"\1 ever", text)  # "the first-ever pipeline" is the first one
    if "-" in text and any(c.isdigit() for c in text) and _MONTH_HYPHEN_YEAR.search(text):
        text = _MONTH_HYPHEN_YEAR.sub(lambda m: f"{m.group(1) or ''} {m.group(2)} 20{m.group(3)}", text)  # "post-feb-22"
    if "yr" in text or "year" in text:
        text = _YEARS_GLUED.sub(r"\1 year", text)  # "30yr gas deal": a 30 year deal
    if any(c.isdigit() for c in text) and _MONTH_GLUED.search(text):
        text = _MONTH_GLUED.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)  # "feb22" is February 2022
        text = _MONTHS_JOINED.sub(r"from \1 to \2", text)  # "feb 2022-feb 2026": from the one to the other
    if _MONTH_AND_TWO_DIGITS.search(text) and _MONTH_SHORT_YEAR.search(text):
        text = _MONTH_SHORT_YEAR.sub(lambda m: _month_and_year(m, text), text)  # "jan 24" is January 2024
    if "per" in text or "%" in text:
        text = _PERCENT_CHANGE.sub(r"\1", text)  # "percentage change": the change, which gives it
    if "which " in text or "what " in text:
        text = _ONE_TIME_ASKED.sub(r"\1 \2", text)  # "which single year": which year
    if " ones" in text and (ones := _WHICH_ONES.search(text)) and (things := _things_before(text[:ones.start()])):
        # "... passed through third countries - which ones?": which countries
        text = f"{text[:ones.start()]}{ones.group(1)} {things}{text[ones.end():]}"
    if "what year" in text or "which year" in text:
        text = _SINCE_WHAT.sub("since when", text)  # "from what year have they ...": since when
    if " year" in text and ("the " in text or "a " in text):
        text = _YEAR_DESCRIBED.sub(r"\1", text)  # "in 2019, the peak year": 2019, described
        # "In 1971, the year the PRC took China's UN seat, how often ...": the year, and what
        # happened in it, which only describes it.
        text = _YEAR_THE_YEAR.sub(r"\1\2", text)
    if "after the" in text or "amid the" in text or "during the" in text or "following the" in text or "before the" in text:
        # "in 2015, after the oil price crash?": the year, and what it came after, which only
        # describes it when the question ends there.
        text = _YEAR_AFTER_A_THING.sub(r"\1", text)
    if "decade" in text or "ten years" in text:
        # "in the decade to 2021": the ten years up to it, as the sources count them (2011 to 2021)
        text = _DECADE_TO.sub(lambda m: f"from {int(m.group(1)) - 10} to {m.group(1)}", text)
    if "comrade" in text or "mr" in text or "ms" in text:
        text = _HONORIFIC.sub("", text)  # "Comrade Xi", "Mr Putin": the person
    if "mil" in text:
        text = _MIL_AFTER_A_NUMBER.sub(r"\1 million", text)  # "$5 mil": a million; "mil leaders": military
    if " and " in text and (" heads" in text or "ministers" in text or "presidents" in text or "premiers" in text):
        # "the Chinese and Russian heads of state": the Chinese head of state and the Russian one
        text = _TWO_SIDES_POSTS.sub(lambda m: f"{m.group(1)} {_one_post(m.group(3))} and {m.group(2)} {_one_post(m.group(3))}",
                                    text)
    if " it " in text and (named := _ONE_SIDE_BEFORE_IT.search(text)):
        # "By China's own numbers, what did it buy from Russia?": "it" is the one country named before it
        text = text[:named.start(2)] + named.group(1) + text[named.end(2):]
    if "twenty" in text or "nineteen" in text or "two thousand" in text:
        text = _YEAR_IN_WORDS.sub(_year_in_figures, text)  # "twenty twenty-four", "nineteen ninety-two": the year
    if "ty-" in text or "ty " in text:
        # "forty-two companies", "twenty five years": the number, in figures
        text = _TENS_AND_ONES.sub(lambda m: str(_SMALL_NUMBERS[m.group(1)] + _SMALL_NUMBERS[m.group(2)]), text)
        # "a thirty-year contract": a length in figures, as the records write it
        text = _TENS_LONG.sub(lambda m: f"{_SMALL_NUMBERS[m.group(1)]}-{m.group(2)}", text)
    if "illion" in text or "thousand" in text:
        text = _WORD_AND_MAGNITUDE.sub(lambda m: f"{_SMALL_NUMBERS[m.group(1)]} {m.group(2)}", text)  # "one million"
    if "since the" in text or "since their" in text or "since its" in text or "from the" in text or "from their" in text \
            or "from its" in text:
        text = _SINCE_THE_FIRST.sub(r"since \1", text)  # "since the first one in 2003": since 2003
    if "zero" in text or "nil" in text:
        text = _TO_ZERO.sub(r"\1 0", text)  # "fall to zero": to a level of 0
    if "alone" in text:
        text = _TIME_ALONE.sub(r"\1", text)  # "in 2025 alone": that time, not one thing of several
    if " 2 " in text:
        # "exports 2 russia": to Russia; not "top 2", a number
        text = _TWO_FOR_TO.sub(lambda m: m.group(0) if m.group(1) in _A_NUMBER_AFTER else f"{m.group(1)} to ", text)
    if "post" in text:
        text = _POST_SOVIET.sub("after the collapse of the soviet union", text)  # since December 1991
        text = _POST.sub("after ", text)  # "post Feb 2022", "post-invasion": after it
    if "before and after" in text:
        text = _BEFORE_AND_AFTER.sub(r"before \1 and after \1", text)  # each side of one time
    if ">" in text or "\u2192" in text:
        # "rus>chn", "chn->rus": from the one to the other, said so ("cn->ru tourist visits":
        # from China, not Russia's tourists)
        text = _ARROW_PAIR.sub(r"from \1 to \2", text)
        text = _ARROW.sub(" to ", text)
    text = _O_FOR_ZERO.sub(lambda m: m.group(0).replace("o", "0"), text)  # "2o24" is 2024
    if text[-1:].isdigit() or text.endswith("?"):
        text = _last_short_year(text)  # "cn-ru trade 22"
    if "? " in text:
        # ... and a terse question before another ("gas 23? russia to china pipeline bcm")
        first, rest = text.split("? ", 1)
        if first[-1:].isdigit():
            text = f"{_last_short_year(first)}? {rest}"
    if "how" in text:
        text = _RUN_TOGETHER.sub(lambda m: f"how {m.group(1)}", text)  # "howmany"
    if any(map(text.__contains__, ("st", "nd", "rd", "th"))):
        text = _ORDINAL.sub(lambda m: _ORDINALS[m.group(0)], text)  # "1st trip" is the first
    if "," in text:
        text = _THOUSANDS.sub("", text)  # "370,000" is one number
    text = text.translate(_PUNCTUATION)
    if "/" in text:
        text = _SLASH.sub(" ", text)  # "USSR/Russia": either name; "b/d" stays a unit
    return " ".join(text.split())


# A year typed with the letter o for a zero ("2o24", "2oo8"): four characters, at least two
# of them digits, that read as a year of 1900-2099 with each o a 0.
_O_FOR_ZERO = patterns.compile(r"\b(?=\w*o)(?=(?:\w*\d){2})(?:19|2[0o])[0-9o]{2}\b")
_DASHES = ("\u2013", "\u2014", "\u2015")
_DASH = patterns.compile(r"\s*[\u2013\u2014\u2015]\s*")
# Each hyphen as "-", each apostrophe as "'", a quotation mark as a space.
_ONE_SPELLING = str.maketrans({**dict.fromkeys("\u2010\u2011\u2012\u2212", "-"),
                               **dict.fromkeys("\u2018\u2019\u201a\u201b`\u00b4", "'"),
                               **dict.fromkeys("\u201c\u201d\u201e\"", " ")})
# A year written with two digits after an apostrophe ("'24", "'98"): the century is the
# nearer one to the records' years.
# "They've", "we're", "you'll": the pronoun and its verb written out.
_CONTRACTED = Lazy(r"\b(i|you|we|they|who|what|that|there|he|she|it)'(ve|re|ll|d)\b")
_CONTRACTIONS = {"ve": "have", "re": "are", "ll": "will", "d": "had"}
_SHORT_YEAR = Lazy(r"(?<![a-z0-9])'(\d\d)\b(?!')")
# A year's two digits after "in", "for" or "during" in a question that writes no year in full
# ("trade in 24, in dollars"): that year of this century (or of the 1990s), unless a unit, a
# count or a time follows ("in 24 hours", "in 20 countries").
_AFTER_IN = Lazy(r"\b(?:in|for|during) [0-29]\d\b")
_FOUR_DIGIT_YEAR = Lazy(r"\b(?:19|20)\d\d\b")
_IN_SHORT_YEAR = Lazy(r"\b(in|for|during) ([0-2]\d|9\d)\b(?![.,]\d)(?!\s*(?:%|\$|percent|per|bn|billion|million|mn|m\b|k\b|thousand|"
                      r"hundred|hours?|days?|weeks?|months?|years?|yrs?|decades?|times|x\b|of|and|or|to|-|bcm|mt|km|kms|"
                      r"usd|cases|countries|nations|companies|firms|banks|items|aircraft|jets|planes|ships|exercises|drills|"
                      r"meetings|visits|students|tourists|people|persons|tons?|tonnes?|barrels?|rounds?|votes?|resolutions?|"
                      r"places?|spots?|minutes?|seconds?|(?!(?:was|is|has|as|does|this|plus|vs)\b)[a-z]+s\b))")
# A month and two digits that no year follows ("yuan share jan 24", "since feb 22"): the month
# of that year of this century; "on" before it makes the digits a day, and so does a word of
# time before February's ("since feb 24": the day of the invasion).
_MONTH_AND_TWO_DIGITS = patterns.compile(r"[a-z.] [0-3]\d\b")
_MONTH_SHORT_YEAR = Lazy(
    r"(?<!on )\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december)\.? ([0-3]\d)\b(?![\d,.]| ?(?:19|20)\d\d|-| - ?\d)")
# A month and a year's two digits written as one word: "feb22", "dec2025" is left to the periods.
_MONTH_GLUED = Lazy(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)([0-2]\d)\b")
# A month and a year's two digits joined by a hyphen ("feb-22", "post-feb-22"): that month
# of this century, as a spreadsheet writes it; a word before it ("post-") is a word of its own.
_MONTH_HYPHEN_YEAR = Lazy(r"\b(?:(post|pre|since|after|before)-)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-([0-2]\d)\b(?!-)")
# A number of years written as one word ("30yr gas deal", "5yrs"): that many years.
_YEARS_GLUED = Lazy(r"\b(\d{1,3})(?:yrs?|years?)\b")
_MONTHS_JOINED = Lazy(r"\b([a-z]{3,4} 20\d\d)-([a-z]{3,4} 20\d\d)\b")
# "A 5-year agreement", "the 30-year deal": the number as a word, as the records write it.
_N_YEAR = Lazy(r"\b([1-9]|10)-(year|month)\b")
_DIGIT_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
                "9": "nine", "10": "ten"}
# A decade said in words: "the nineties", "the noughties".
_DECADE_WORD = Lazy(r"\bthe (?:nineteen[- ])?(seventies|eighties|nineties|noughties|aughts)\b")
_DECADES = {"seventies": "1970s", "eighties": "1980s", "nineties": "1990s", "noughties": "2000s", "aughts": "2000s"}
_EVER = Lazy(r"\b([a-z]+)-ever\b")
# An aircraft's or a missile's name written without its hyphen ("su35", "mig29", "s400").
_GLUED_MODEL = Lazy(r"\b(su|mig|tu|il|an|ka|mi|yak|s|j)(\d{2,3})\b")
# Trade and the words that define it: "trade (exports and imports)", "trade, imports plus exports".
_TRADE_DEFINED = Lazy(r"\btrade\s*[(,]?\s*(?:both |i\.e\.,? |that is,? )?(?:exports?|imports?) (?:and|plus|\+|&) "
                      r"(?:imports?|exports?)(?: combined| together)?\s*\)?")
_PUT_NAME_TO = Lazy(r"\bput (?:their|his|her|its|the) (?:names?|signatures?|pens?) to\b")
_GONE_DOWN = Lazy(r"\b(?:go|goes|went|gone|going) (down|up)\b(?! (?:as|to|with|against|the|that|this|it|power|pipelines?)\b)")
_TO_DATE = Lazy(r"(?<!up )\bto date\b")
# "- which ones?", ", what ones?" closing a statement: the things it named last.
_WHICH_ONES = Lazy(r"(?<=[-,:;.] )(?:so |and )?(which|what) ones\b(?=\W*$)")
_NOT_A_PLURAL = frozenset({"this", "was", "has", "does", "its", "his", "yes", "less", "always", "perhaps", "news",
                           "across", "unless", "whereas", "thus", "plus", "bus", "various", "previous", "numerous"})


def _things_before(text: str) -> str:
    """The last plural noun of a statement ("third countries", "several weapons" -> "weapons")."""
    words = re.findall(r"[a-z][a-z'-]*", text)
    for word in reversed(words):
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) \
                and word not in _NOT_A_PLURAL:
            return word
    return ""
# "The presidents of Russia and China", "who were the Chinese and Russian premiers": each
# country's holder of the post, as "Russia's president and China's president" reads.
_POSTS = r"(presidents|premiers|prime ministers|foreign ministers|defen[cs]e ministers|ambassadors|leaders|heads of state)"
_POSTS_OF_BOTH = Lazy(rf"\b(?:the )?{_POSTS} of (russia|china) and (russia|china)\b")
_BOTH_POSTS = Lazy(rf"^(who (?:were|are|was|is) )(?:the )?(russian|chinese) and (russian|chinese) {_POSTS}\b")
_OF_WHOLE_FIRST = Lazy(r"^of ((?:[\w'-]+ ){1,6}?[\w'-]+),? (how (?:much|many)|what (?:share|part|portion|proportion|percentage))"
                       r" ((?:is|are|was|were|came|come|comes|went|go|goes)\b)")
_HOW_SEEN = Lazy(r"\b(how (?:do|does|did) (?:the )?(?:russians?|chinese|russian people|chinese people|people in (?:russia|china)))"
                 r" (?:see|regard|perceive)\b")
_COUNTRY_OF = {"russian": "russia", "chinese": "china", "russia": "russia", "china": "china"}


def _one_post(posts: str) -> str:
    """The post of one holder: "presidents" -> "president", "heads of state" -> "head of state"."""
    words = posts.split()
    index = 0 if words[0] == "heads" else len(words) - 1
    words[index] = words[index][:-1]
    return " ".join(words)
_INBOUND = Lazy(r"\b(russia|china)'s (in|out)bound ((?:[\w-]+ ){0,2}?(?:visits|visitors|tourists|tourism|arrivals|travell?ers|"
                r"students|investment|investments|flows?|trips))\b")
# A number in thousands, written with a "k": "more than 50k students", "1.5k troops".
_THOUSANDS_K = Lazy(r"(?<![\w.-])(\d{1,3}(?:\.\d+)?)k\b")
_THOUSANDS_K_RANGE = Lazy(r"(?<![\w.-])(\d{1,3}(?:\.\d+)?)\s?-\s?(\d{1,3}(?:\.\d+)?)k\b")
# A year of this century as "2k" and its last two digits: "trade 2k24".
_TWO_K = Lazy(r"\b2k(\d\d)\b")
# A part of a year and its two digits ("end-22", "mid-98"): that part of the year.
# A terse query that ends in two digits and names no year ("cn-ru trade 22", "lng 19?"):
# those digits are the year, unless a word before them makes them a number ("top 10").
_LAST_TWO_DIGITS = Lazy(r"^([a-z%$][a-z %$,.'&/-]*?[a-z]) (\d\d)[?!. ]*$")
_ASKING_START = Lazy(r"^(?:what|how|which|who|whom|when|where|why|is|are|was|were|did|does|do|can|could|give|show|"
                     r"list|tell|name)\b")
_A_NUMBER_AFTER = frozenset("top rank ranked no number over under than about around some roughly the first last past "
                            "next for of at to by x times per rated ranks place day days km bn mn mt bcm "
                            # a month before two digits: the month rule reads them ("since feb 24": a day)
                            "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april "
                            "june july august september october november december".split())


def _month_and_year(match: re.Match, text: str) -> str:
    """"jan 24" -> "jan 2024"; "since feb 24" stays the day of the invasion."""
    before = text[:match.start()].split()[-1:]
    if match.group(1).startswith("feb") and match.group(2) == "24" \
            and before and before[0] in ("since", "after", "before", "until", "by", "from", "to"):
        return match.group(0)
    return f"{match.group(1)} 20{match.group(2)}"


def _last_short_year(text: str) -> str:
    match = _LAST_TWO_DIGITS.match(text)
    if match and match.group(1).split()[-1] in ("in", "during") and not re.search(r"\b(?:19|20)\d\d\b", text):
        return f"{match.group(1)} {_full_year(match, 2)}"  # "what was trade in 22?", "votes in 85"
    if not match or _ASKING_START.match(text) or re.search(r"\b(?:19|20)\d\d\b", text) \
            or match.group(1).split()[-1] in _A_NUMBER_AFTER or 26 < int(match.group(2)) < 90 \
            or len(match.group(1).split()[-1]) < 3:
        return text  # (a year the sources may hold, 1990 to 2026; "su 35", "tu 95" are planes)
    return f"{match.group(1)} {_full_year(match, 2)}"


# A change asked in percent ("percentage change", "% increase"): the change, given in both.
# (not a number's own "%": "a 72% rise" states a figure)
_PERCENT_CHANGE = Lazy(r"(?<!\d)(?<!\d )(?:\bpercentage|\bpercent|\bper cent|%) (change|increase|decrease|drop|fall|rise|growth|decline)\b")
# Numbers written in words: "five or six times a year", "one million visits".
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_SMALL_NUMBERS = {**NUMBER_WORDS, "a": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                  "eighty": 80, "ninety": 90, "hundred": 100, "half a": 0.5}
# A number in words before its magnitude: "one million visits", "fifty billion dollars".
_WORD_AND_MAGNITUDE = Lazy(r"\b(half a|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety|hundred) (thousand|million|billion|trillion)\b")
# "The Chinese and Russian heads of state" anywhere in a question (_BOTH_POSTS: at a who's start).
_TWO_SIDES_POSTS = Lazy(rf"\b(chinese|russian) and (russian|chinese) {_POSTS}")


# One of the two countries, then "it" doing what a country does in trade, with no other country between.
_ONE_SIDE_BEFORE_IT = Lazy(r"^(?:(?!\b(?:russia|china)\b).)*?\b(china|russia)(?:'s)?\b(?:(?!\b(?:russia|china|it)\b)[^?])*?"
                           r"\b(?:did|does|do|has|had|will) (it) (?=(?:buy|sell|import|export|send|ship|supply|take|pay|spend|receive)\b)")
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_LONG = Lazy(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(year|month|day|km|kilometre)\b")
_YEAR_IN_WORDS = Lazy(rf"\b(?:(twenty)[- ](?:({_TEENS})|(twenty)(?:[- ]({_ONES}))?)"
                      rf"|(nineteen)[- ](fifty|sixty|seventy|eighty|ninety)(?:[- ]({_ONES}))?"
                      rf"|two thousand(?: and)? ({_ONES}|{_TEENS}|twenty(?:[- ](?:{_ONES}))?))\b")


def _year_in_figures(match) -> str:
    """A year said in words, in figures: "twenty twenty-four" is 2024, "nineteen ninety-two" 1992."""
    words = _SMALL_NUMBERS
    if match.group(1):
        if match.group(2):
            return str(2000 + words[match.group(2)])
        return str(2020 + (words[match.group(4)] if match.group(4) else 0))
    if match.group(5):
        return str(1900 + words[match.group(6)] + (words[match.group(7)] if match.group(7) else 0))
    rest = match.group(8).replace("-", " ").split()
    return str(2000 + sum(words[w] for w in rest))


_TENS_AND_ONES = Lazy(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)\b")
# "Which single year", "what calendar year": a time asked, no figure of one year ("single", "one").
_ONE_TIME_ASKED = Lazy(r"\b(which|what) (?:single|one|particular|specific|exact|calendar|individual) (years?|months?|days?|dates?)\b")
_SINCE_WHAT = Lazy(r"\b(?:from|since|starting) (?:what|which) year\b")
# A year and words that only describe it: "in 2019, the peak year", "2022 (a record year)".
_YEAR_DESCRIBED = Lazy(r"\b((?:19|20)\d\d)\s*[,(-]\s*(?:the|a|its) (?:peak|record|best|worst|highest|lowest|"
                       r"pre-pandemic|pre-war|last full|first full) year\b[^,.;:?!)]*\)?")
_YEAR_THE_YEAR = Lazy(r"\b((?:19|20)\d\d)\s*,\s*the (?:very )?year (?:that |when |in which )?[^,;:?!()]{3,80}?(,|(?=\s+(?:how|what|which|who|when|did|was|were)\b))")
_YEAR_AFTER_A_THING = Lazy(r"\b((?:19|20)\d\d)\s*,\s*(?:just |soon |right |shortly )?(?:after|amid|during|following|before) the "
                          r"[^,;:?!()\d]{3,60}?(?=\s*[?!.]?\s*$)")
_DECADE_TO = Lazy(r"\b(?:(?:in|over|during) )?(?:the|a) (?:decade|ten years) (?:to|up to|through|ending(?: in)?|leading up to) ((?:19|20)\d\d)\b")
_HONORIFIC = Lazy(r"\b(?:comrade|mr|mrs|ms)\.? (?=[a-z])")
_MIL_AFTER_A_NUMBER = Lazy(r"(\d)\s?mil\b\.?")
# "Since the first one in 2003", "since the start in 2003": since that year.
_SINCE_THE_FIRST = Lazy(r"\b(?:since|(?:counting |starting |dating )?from) (?:the|their|its) (?:first|start|beginning|outset)"
                        r"(?: [a-z-]+){0,3}? in ((?:19|20)\d\d)\b(?: (?:up )?(?:to|until|till) (?:now|today|date|the present))?")
# "Fell to zero", "down to nil": a level of 0.
_TO_ZERO = Lazy(r"\b((?:fall|fell|fallen|falls|drop|dropped|drops|down|decline|declined|sink|sank|shrink|shrank) to) (?:zero|nil|nothing)\b")
# "In 2025 alone", "that year alone": the time, nothing more.
_TIME_ALONE = Lazy(r"\b((?:19|20)\d\d|year|month) alone\b")
# "china exports 2 russia": "2" between a word and a country is "to".
_TWO_FOR_TO = Lazy(r"\b([a-z]+) 2 (?=(?:russia|china|the|chn|rus|beijing|moscow|prc)\b)")
# "post" before a time: after it ("post Feb 2022", "post-2014", "post-invasion").
_POST = Lazy(r"\bpost[- ](?=(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b|"
             r"(?:the )?(?:invasion|war|pandemic|covid|crimea|annexation|sanctions)\b)")
_REPORTED_BY = Lazy(r"\b([a-z]+)-(report(?:ed|s|ing)?)\b")
_POST_SOVIET = Lazy(r"\bpost[- ]soviet\b")
# "Before and after the invasion": before it, and after it.
_BEFORE_AND_AFTER = Lazy(r"\bbefore and after ((?:the )?[a-z0-9-]+(?: of (?:the )?[a-z-]+)?)")
_PART_SHORT_YEAR = Lazy(r"\b(end|mid|early|late|start)-(\d\d)\b(?![-\d])")
_ARROW = Lazy(r"(?<=[a-z])\s*(?:-?>|\u2192)\s*(?=[a-z])")
_ARROW_PAIR = Lazy(r"(?<!from )\b([a-z]+)\s*(?:-?>|\u2192)\s*([a-z]+)\b")
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
_ORDINAL = Lazy(r"\b(?:1st|2nd|3rd|[4-9]th|10th)\b")
_RUN_TOGETHER = Lazy(r"\bhow(many|much|often|long)\b")


def _full_year(match: re.Match, group: int = 1) -> str:
    two = int(match.group(group))
    return f"{2000 + two if two <= 40 else 1900 + two}"


_THOUSANDS = patterns.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # ("1,686m": the number, its unit after)
_PUNCTUATION = str.maketrans(dict.fromkeys("?!,;:()[]{}<>*_|", " "))
_SLASH = patterns.compile(r"(?<=[a-z]{2})/(?=[a-z]{2})")


# Plurals that mean something else than their singular: Rosneft's "shares" are
# equity, a "share" is a part of a whole.
KEEP_PLURAL = frozenset({"shares"})
# Words in -ing that are no verb's -ing: "according" is not "accord" (the 1993 accords).
# Verbs in their plain form that say what happened to a figure once "did" or "does" has
# asked ("what stretch did the deal fix?", "by how many months did China beat the
# schedule?"), as an inflected verb does; they name no figure.
PLAIN_VERBS = frozenset({"settle", "fix", "commit", "set", "beat", "meet", "produce", "reach", "hit", "cover",
                         "mark", "total", "stand", "come", "make", "take", "add", "plan", "expect", "agree",
                         "field", "deploy", "contribute", "muster"})
NOT_INFLECTED = frozenset({"according", "during", "morning", "evening", "nothing", "something",
                           "anything", "everything",
                           # Names: "Beijing" is no verb's -ing
                           "beijing", "peking", "nanjing", "kunming", "chongqing", "xining", "qing", "harbin"})


@lru_cache(maxsize=1 << 16)  # a few thousand words recur in every question and record
def _stem(token: str) -> str:
    token = token.removesuffix("'s").removesuffix("'")
    if token in KEEP_PLURAL or token in NOT_INFLECTED:
        return token
    if len(token) > 7 and token.endswith("ively"):  # positively -> positive
        return token[:-2]
    if len(token) > 6 and token.endswith(("ably", "ibly")):  # favourably -> favourable
        return token[:-1] + "e"
    if len(token) > 5 and token.endswith("ed") and not token.endswith("eed"):
        return _undoubled(token[:-2])
    if len(token) == 5 and token.endswith("ed") and token[1] == token[2]:
        return token[:-2]  # "added" -> "add"
    if len(token) > 6 and token.endswith("ing"):
        return _undoubled(token[:-3])
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 5 and token.endswith(("ches", "shes", "sses", "xes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _undoubled(stem: str) -> str:
    """"shipp" -> "ship", "committ" -> "commit": the consonant a verb doubles before -ed and
    -ing ("staff", "install" keep theirs)."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    return stem


def tokens(text: str) -> list[str]:
    return [_stem(t) for t in re.findall(r"[a-z0-9][a-z0-9.'%-]*", text)]



STOPWORDS = frozenset("""
a an the of in on at near to from for by with and or as is are was were be been being do does did
done has have had what which who whom whose when where how many much that this these those
it its their there than then me my i you your we our us please pls tell show give can could
would will shall should may might about know any some all per each there's what's whats
value number figure amount level data between two countrie country s much many much
compare compared comparison versus vs
""".split())

_WORD = patterns.compile(r"[a-z0-9][a-z0-9.'%-]*")


def content_tokens(text: str) -> list[str]:
    return [t for t in (_stem(w.strip(".-'")) for w in _WORD.findall(text))
            if len(t) > 1 and t not in STOPWORDS]

