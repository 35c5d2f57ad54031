"""Question text -> Intent: what kind of question, which metric, which periods.

Reading is rule-based and explainable: every Intent can say in words how the
question was read (the `interpretation` of an Answer).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..data.periods import parse_period

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"

# Named moments people use instead of dates.
INVASION = date(2022, 2, 24)
MOMENTS = [
    (r"(?:the )?(?:full[- ]scale )?(?:russian |russia's )?invasion(?: of ukraine)?(?: (?:began|started))?|(?:the )?war(?: in ukraine)?(?: (?:began|started|start))?|(?:the )?start of the war|russia invaded ukraine|24 feb(?:ruary)? 2022|feb(?:ruary)? 24,? 2022",
     INVASION, "the invasion of Ukraine (24 February 2022)"),
    (r"(?:the )?(?:annexation of )?crimea(?: annexation)?", date(2014, 3, 1),
     "the annexation of Crimea (March 2014)"),
    (r"(?:the )?(?:western )?sanctions", INVASION,
     "the Western sanctions that followed the invasion (24 February 2022)"),
    (r"(?:the )?pandemic|covid(?:-19)?", date(2020, 1, 1), "the COVID-19 pandemic (2020)"),
]

FILLER = re.compile(
    r"\b(?:please|pls|tell me|show me|give me|can you|could you|i want to know|"
    r"what was|what were|what is|what's|whats|what are|how much|how many|the|a|an|of|for|"
    r"in|on|at|by|to|did|does|do|was|were|is|are|china|chinese|russia|russian|russia's|"
    r"china's|between the two|sino-russian|and|from|with|about|total|value|figure|number)\b"
)

KIND_WORDS = [
    ("help", r"^(?:help|\?|what can (?:i|you) ask|what can you do|examples?|how do i use)"),
    ("series", r"\bover time\b|\bby year\b|\bper year\b|\beach year\b|\bseries\b|\btrend\b|\bhistory of\b|\bevery year\b|\byear by year\b|\ball years\b"),
    # "lowest on record" is a low: the lowest words are read before "record".
    ("lowest", r"\b(?:lowest|minimum|min|smallest|least|bottom|weakest|record low)\b"),
    ("peak", r"\b(?:peak|record|highest|maximum|max|largest|biggest|most ever|all-time high)\b"),
    ("latest", r"\b(?:latest|most recent|recent|recently|current|currently|now|today|newest|last known|these days)\b"),
    ("change", r"\b(?:vs\.?|versus|compare[ds]?|comparison|change[ds]?|grow|grew|growth|increase[ds]?|decrease[ds]?|decline[ds]?|fell|fall|drop(?:ped)?|rise|rose|difference)\b"),
]


@dataclass
class Period:
    """A time the question asks about."""

    label: str            # ISO-style label, e.g. 2024, 2022-12, 2022-02-24/..
    start: date | None
    end: date | None      # None: open, up to the data's latest date
    form: str             # point, since, range, before
    phrase: str           # how it reads in words

    @classmethod
    def point(cls, label: str) -> "Period":
        start, end = parse_period(label)
        return cls(label, start, end, "point", describe_label(label))


@dataclass
class Intent:
    question: str
    kind: str = "unknown"
    metric_id: str | None = None
    metric_phrase: str = ""
    alternatives: list[str] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    normalized: str = ""
    residue: str = ""  # words left once periods and the metric are read
    candidates: list[tuple[float, str]] = field(default_factory=list)
    asked_kind: str | None = None
    follow_up: bool = False
    compare: bool = False
    # Metrics set aside as not what was asked, and why (in words for the reader):
    # the question uses their `not_for` words, or asks for another unit.
    set_aside: list[str] = field(default_factory=list)
    not_held: str = ""


def describe_label(label: str) -> str:
    """2024 -> '2024'; 2022-12 -> 'December 2022'; 2022-02-24 -> '24 February 2022'."""
    parts = label.split("-")
    if len(parts) == 2 and parts[1].isdigit():
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    if len(parts) == 2 and parts[1][0] in "HQ":
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return label


def describe_period(label: str, as_of: str | None = None) -> str:
    """A period label in words: '2022-02-24/2026-02-11' -> 'from 24 February 2022 to 11 February 2026'."""
    if "/" not in label:
        return describe_label(label)
    if label.count("/") > 1:
        return label
    left, right = label.split("/")
    if left == "..":
        day_after = parse_period(right)[1] + timedelta(days=1)
        return f"before {describe_label(day_after.isoformat())}"
    if right == ".." or (as_of and right == as_of):
        return f"since {describe_label(left)}" + (f" (to {describe_label(right)})" if right != ".." else "")
    return f"{describe_label(left)} to {describe_label(right)}"


def today() -> date:
    """Today's date, or $CRR_TODAY (YYYY-MM-DD) so that answers can be reproduced."""
    if env := os.environ.get("CRR_TODAY"):
        return date.fromisoformat(env)
    return date.today()


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b`´]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\"]", " ", text)
    text = re.sub(r"[?!,;:()\[\]{}<>*_|]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _stem(token: str) -> str:
    token = token.removesuffix("'s").removesuffix("'")
    if len(token) > 7 and token.endswith("ively"):  # positively -> positive
        return token[:-2]
    if len(token) > 5 and token.endswith("ed") and not token.endswith("eed"):
        return token[:-2]
    if len(token) > 6 and token.endswith("ing"):
        return token[:-3]
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 5 and token.endswith(("ches", "shes", "sses", "xes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    return [_stem(t) for t in re.findall(r"[a-z0-9][a-z0-9.'%-]*", text)]


# --- periods ---------------------------------------------------------------

def _month_label(month_word: str, year: str) -> str:
    return f"{year}-{MONTHS[month_word.rstrip('.')]:02d}"


def _sub(text: str, triggers: tuple[str, ...], pattern: str, replace) -> str:
    """re.sub, skipped when no trigger word is in the text.

    Compiling the larger patterns costs more than answering a question, so a
    pattern is compiled (once per process, by re's cache) only when its
    words occur.
    """
    if triggers and not any(word in text for word in triggers):
        return text
    return re.sub(pattern, replace, text)


_MONTH_WORDS = tuple(MONTHS)
_MOMENT_WORDS = ("invasion", "invade", "war", "crimea", "sanction", "pandemic", "covid", "feb")


def extract_periods(text: str) -> tuple[list[Period], str]:
    """Find the periods in normalized text; return them and the text without them."""
    found: list[tuple[int, Period]] = []

    def take(match: re.Match, period: Period) -> str:
        found.append((match.start(), period))
        return " "

    # since/after a named moment, or before it
    if any(word in text for word in _MOMENT_WORDS):
        for pattern, moment, phrase in MOMENTS:
            text = _sub(text, ("since", "after", "following", "post"),
                        rf"\b(?:since|after|following|post)\s+(?:{pattern})",
                        lambda m, d=moment, p=phrase: take(
                            m, Period(f"{d.isoformat()}/..", d, None, "since", f"since {p}")))
            text = _sub(text, ("before", "prior", "pre"),
                        rf"\b(?:before|prior to|pre)[- ](?:{pattern})",
                        lambda m, d=moment, p=phrase: take(
                            m, Period(f"../{(d - timedelta(days=1)).isoformat()}", None,
                                      d - timedelta(days=1), "before", f"before {p}")))
    if not any(ch.isdigit() for ch in text):
        return _relative(text, found, take)
    # ranges: between 2018 and 2024, from 2018 to 2024, 2018-2024, 2018 to 2024, 1993-97
    text = _sub(text, ("-", "/"), rf"\b({_YEAR})[-/](\d\d)\b(?!-)",
                lambda m: take(m, _range(m[1], m[1][:2] + m[2])) if int(m[1][:2] + m[2]) > int(m[1]) else m[0])
    if len(_FOUR_DIGITS.findall(text)) >= 2:
        text = re.sub(
            rf"\bbetween\s+({_YEAR})\s+and\s+({_YEAR})\b"
            rf"|\b(?:from\s+)?({_YEAR})\s*(?:-|to|until|till|through|/)\s*({_YEAR})\b",
            lambda m: take(m, _range(m[1] or m[3], m[2] or m[4])),
            text,
        )
    text = _sub(text, ("since", "after", "from"),
                rf"\b(?:since|after|from)\s+(?:({_MONTH})\s+)?({_YEAR})\b",
                lambda m: take(m, _since(m[1], m[2])))
    text = _sub(text, ("by ",), rf"\bby (?:the end of )?({_YEAR})\b",
                lambda m: take(m, Period(f"../{m[1]}", None, date(int(m[1]), 12, 31), "before",
                                         f"by the end of {m[1]}")))
    text = _sub(text, ("before", "prior", "until"), rf"\b(?:before|prior to|until)\s+({_YEAR})\b",
                lambda m: take(m, Period(f"../{int(m[1]) - 1}-12-31", None,
                                         date(int(m[1]) - 1, 12, 31), "before", f"before {m[1]}")))
    # halves and quarters
    text = _sub(text, ("half", "h1", "h2"),
                rf"\b(?:(first|1st|second|2nd) half(?: of)?|h([12]))\s+({_YEAR})\b|\b({_YEAR})\s*-?\s*h([12])\b",
                lambda m: take(m, Period.point(_half(m))))
    text = _sub(text, ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
                rf"\bq([1-4])\s+({_YEAR})\b|\b({_YEAR})\s*-?\s*q([1-4])\b|\b([1-4])q\s+({_YEAR})\b",
                lambda m: take(m, Period.point(_quarter(m))))
    # days and months
    if any(word in text for word in _MONTH_WORDS):
        text = re.sub(rf"\b(\d{{1,2}})\s+({_MONTH})\s+({_YEAR})\b",
                      lambda m: take(m, Period.point(f"{_month_label(m[2], m[3])}-{int(m[1]):02d}")), text)
        text = re.sub(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+({_YEAR})\b",
                      lambda m: take(m, Period.point(f"{_month_label(m[1], m[3])}-{int(m[2]):02d}")), text)
        text = re.sub(rf"\b({_MONTH})\s+({_YEAR})\b",
                      lambda m: take(m, Period.point(_month_label(m[1], m[2]))), text)
    text = _sub(text, ("-",), rf"\b({_YEAR})-(0[1-9]|1[0-2])(?:-(\d{{2}}))?\b",
                lambda m: take(m, Period.point(m[0])))
    text = _YEAR_RE.sub(lambda m: take(m, _year_or_decade(m)), text)
    return _relative(text, found, take)


def _relative(text: str, found: list, take) -> tuple[list[Period], str]:
    """Years relative to today; then the periods in the order the question gives them."""
    if "year" in text:
        current = today().year
        for pattern, year in [(r"\blast year\b", current - 1), (r"\bthis year\b", current),
                              (r"\bnext year\b", current + 1)]:
            text = re.sub(pattern, lambda m, y=year: take(m, Period.point(str(y))), text)
    found.sort(key=lambda item: item[0])
    return [period for _, period in found], _SPACES.sub(" ", text).strip()


_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_RE = re.compile(rf"\b({_YEAR})s?\b")
_SPACES = re.compile(r"\s+")


def _range(first: str, last: str) -> Period:
    a, b = sorted((int(first), int(last)))
    return Period(f"{a}/{b}", date(a, 1, 1), date(b, 12, 31), "range", f"{a} to {b}")


def _since(month_word: str | None, year: str) -> Period:
    if month_word:
        label = _month_label(month_word, year)
        start = parse_period(label)[0]
        return Period(f"{label}/..", start, None, "since", f"since {describe_label(label)}")
    return Period(f"{year}/..", date(int(year), 1, 1), None, "since", f"since {year}")


def _half(m: re.Match) -> str:
    if m[3]:
        half = 1 if (m[1] or "").startswith(("first", "1st")) or m[2] == "1" else 2
        return f"{m[3]}-H{half}"
    return f"{m[4]}-H{m[5]}"


def _quarter(m: re.Match) -> str:
    if m[1]:
        return f"{m[2]}-Q{m[1]}"
    if m[3]:
        return f"{m[3]}-Q{m[4]}"
    return f"{m[6]}-Q{m[5]}"


def _year_or_decade(m: re.Match) -> Period:
    if m[0].endswith("s") and m[1].endswith("0"):
        start = int(m[1])
        return Period(f"{start}/{start + 9}", date(start, 1, 1), date(start + 9, 12, 31),
                      "range", f"the {start}s")
    return Period.point(m[1])


# --- metrics ---------------------------------------------------------------

STOPWORDS = frozenset("""
a an the of in on at to from for by with and or as is are was were be been being do does did
done has have had what which who whom whose when where how many much that this these those
it its their there than then me my i you your we our us please pls tell show give can could
would will shall should may might about know any some all per each there's what's whats
value number figure amount level data between two countrie country s much many much
compare compared comparison versus vs
""".split())

_WORD = re.compile(r"[a-z0-9][a-z0-9.'%-]*")


def content_tokens(text: str) -> list[str]:
    return [t for t in (_stem(w.strip(".-'")) for w in _WORD.findall(text))
            if len(t) > 1 and t not in STOPWORDS]


# A numbered name: "Power of Siberia-2", "Power of Siberia 1".
_NUMBERED = re.compile(r"\b([a-z]{3,})[- ]([1-9])\b")


def _numbering_penalty(name: str, asked: set[str]) -> float:
    """Against a metric named with another number than the question's ("Power of
    Siberia 1" is not Power of Siberia-2), and, slightly, against a second or
    later one when the question gives no number (plain "Power of Siberia" is the first).
    `asked` holds the numbers that follow a word in the question (typos and all)."""
    penalty = 0.0
    for _, number in _NUMBERED.findall(name.lower()):
        if asked and number not in asked:
            penalty += 3.0
        elif not asked and number != "1":
            penalty += 0.3
    return penalty


def _transposed(raw: str, vocabulary: dict) -> str | None:
    """A vocabulary word (stemmed) that `raw` spells with two neighbouring letters swapped."""
    for i in range(len(raw) - 1):
        candidate = _stem(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:])
        if candidate in vocabulary:
            return candidate
    return None


# The two countries, as words: every question has them, so alone they match nothing.
COUNTRY_WORDS = frozenset({"china", "chinese", "russia", "russian", "sino", "soviet", "ussr", "prc"})
# Goods and measures a figure is about: one the question names must be in the metric's words
# ("Russian coal exports" are not Russia's exports as a whole; Mongolia's GDP is no Vostok count).
GOODS = frozenset(_stem(w) for w in (
    "coal oil crude gas lng nuclear uranium electricity power wheat grain grains soybeans soy pork beef "
    "timber wood fish seafood steel aluminium aluminum copper nickel gold diamonds cars car vehicles "
    "weapons missiles fighters jets submarines destroyers helicopters tanks chips semiconductors drones "
    "fertilizer fertiliser potash gdp population inflation unemployment debt budget wages salary "
    "price prices").split())


class MetricMatcher:
    """Finds the metric a question names, from the names and aliases in the database.

    Each alias is scored by the weight of its words found in the question
    (rare words weigh more), less a part of the weight of its words that are
    missing, plus a bonus when the alias appears as a phrase.  Words that are
    not in the vocabulary are mapped to a close one (a typo) only when they
    are very similar, so that nonsense never becomes a metric.
    """

    MIN_SCORE = 1.5
    TYPO_CUTOFF = 84

    def __init__(self, aliases: list[tuple[str, str, str]], names: dict[str, str],
                 domain_words: frozenset[str] = frozenset()):
        """`aliases` holds (alias, metric id, content words), the words read
        at build time so that start-up does not read them again."""
        self.names = names
        self.domain_words = domain_words
        self.entries: list[tuple[frozenset[str], str, str, str]] = []
        for alias, metric_id, joined in aliases:
            words = joined.split()
            if words:
                self.entries.append((frozenset(words), joined, metric_id, alias))
        frequency: dict[str, set[str]] = {}
        for words, _, metric_id, _ in self.entries:
            for word in words:
                frequency.setdefault(word, set()).add(metric_id)
        total = len(names) or 1
        import math

        self.weights = {w: math.log(1 + total / len(ids)) for w, ids in frequency.items()}
        self.vocabulary = sorted(self.weights)

    def words_of(self, metric_id: str) -> set[str]:
        """Every word of a metric's name and aliases, as the matcher reads them."""
        if not hasattr(self, "_words_of"):
            self._words_of: dict[str, set[str]] = {}
            for words, _, owner, _ in self.entries:
                self._words_of.setdefault(owner, set()).update(words)
        return self._words_of.get(metric_id, set())

    def correct(self, text: str) -> tuple[list[str], dict[str, str]]:
        """The question's content words, stemmed, with likely typos of
        vocabulary words replaced (compared before stemming, which would
        otherwise turn "exercies" into "exercy")."""
        fixed, corrections = [], {}
        for raw in _WORD.findall(text):
            raw = raw.strip(".-'")
            word = _stem(raw)
            if len(word) < 2 or word in STOPWORDS:
                continue
            swapped = None if word in self.weights or word.isdigit() or len(raw) < 4 else _transposed(raw, self.weights)
            if swapped:  # "yaun" for "yuan", "tarde" for "trade": two neighbouring letters swapped
                corrections[raw] = swapped
                fixed.append(swapped)
                continue
            if word in self.weights or len(raw) < 5 or word.isdigit():
                fixed.append(word)
                continue
            from rapidfuzz import fuzz, process

            best = None
            for candidate in (raw, word):
                found = process.extractOne(candidate, self.vocabulary, scorer=fuzz.ratio,
                                           score_cutoff=self.TYPO_CUTOFF)
                if found and abs(len(found[0]) - len(candidate)) <= 2 and (best is None or found[1] > best[1]):
                    best = found
            if best:
                corrections[raw] = best[0]
                fixed.append(best[0])
            else:
                fixed.append(word)
        return fixed, corrections

    def match(self, text: str, min_score: float | None = None) -> list[tuple[float, str, str]]:
        """(score, metric id, alias) best first, above the minimum score."""
        min_score = self.MIN_SCORE if min_score is None else min_score
        words, _ = self.correct(text)
        present = set(words)
        joined = " " + " ".join(words) + " "
        best: dict[str, tuple[float, str]] = {}
        for alias_words, phrase, metric_id, alias in self.entries:
            found = alias_words & present
            if not found or found <= COUNTRY_WORDS:  # "Russians ... China" names no metric
                continue
            score = sum(self.weights[w] for w in found)
            score -= 0.6 * sum(self.weights[w] for w in alias_words - present)
            # Subject words of the question (from event titles) that this
            # alias does not explain: "coal" in "coal exports 2023" rules out
            # a metric of all exports.
            score -= 1.5 * len({w for w in present - alias_words if w in self.domain_words})
            if f" {phrase} " in joined:
                score += 0.5 * len(alias_words)
            if score > best.get(metric_id, (-1e9, ""))[0]:
                best[metric_id] = (score, alias)
        ranked = []
        asked_numbers = {number for _, number in _NUMBERED.findall(text.lower())}
        for metric_id, (score, alias) in best.items():
            if score >= min_score:
                # Between equal matches, the metric whose name asks for less
                # that the question did not say: "oil exports" is not "oil
                # exports via Kazakhstan".
                name = self.names.get(metric_id, "")
                extra = set(content_tokens(normalize(name))) - present
                ranked.append((score - 0.01 * len(extra) - _numbering_penalty(name, asked_numbers),
                               metric_id, alias))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        return ranked


# --- question kinds --------------------------------------------------------

EVENT_KIND_PATTERNS = [
    ("help", re.compile(r"^(?:help|\?|what can (?:i|you) (?:ask|do)|what (?:do|can) you (?:know|answer)$|examples?|how do i use|what questions)|\bwhat (?:kinds?|sorts?|types?) of questions\b|\bwhat can i ask\b")),
    ("sources", re.compile(r"^(?:and )?(?:the )?(?:sources?|citations?|cite( it| that| this)?|references?|where (?:is|does) (?:that|this|it) (?:come )?from)\b")),
    ("count_events", re.compile(r"\bhow (?:many times|often)\b|\bnumber of (?:times|meetings|visits)\b")),
    ("when", re.compile(r"^(?:when|what year|in what year|in which year|which year|on what date|what date|since when)\b|\bwhen (?:was|did|were|is)\b|\bwhen\s*$|\bwhat date\b")),
    ("who", re.compile(r"^(?:who|whom|whose)\b|^which\b(?:\s+\w+){0,2}\s+(?:person|people|leaders?|ministers?|officials?|diplomats?|presidents?|premiers?|envoys?)\b|\bambassador\b|\benvoy\b")),
    ("what_happened", re.compile(r"\bwhat happened\b|\bevents?\b|\btimeline\b|\bchronology\b|\bkey dates\b|\bmilestones\b|\bwhat (?:went on|took place)\b|\banything (?:notable|important|happen)|\bwhat did (?:china|russia|they|the two)\b.*\bdo\b|\bactivity\b|\bnews\b|\bdevelopments\b"
                                r"|^(?:was|were|has|have|did) there (?:ever )?(?:been )?(?:any|a|an)\b")),
    ("about", re.compile(r"^(?:what (?:do you|does crr) know (?:about|on)|tell me (?:about|on)|explain|define|describe|info on|information on|about)\b"
                         r"|^(?:what is|what's|what are|whats)\s+(?!the\b|a\b|an\b)[\w-]+(?:\s+[\w-]+)?\s*\??$")),
]


def read_kind(text: str) -> str | None:
    for kind, pattern in KIND_WORDS:
        if re.search(pattern, text):
            return kind
    return None


def read_event_kind(text: str) -> str | None:
    for kind, pattern in EVENT_KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return None


FOLLOW_UP = re.compile(r"^(?:and|what about|how about|and what about|same for|now|ok|okay|then)\b|^(?:in|for)\s+\d{4}\b"
                       # words that point back: "how many were naval?", "what share is that?", "of those"
                       r"|^how many (?:of (?:them|those) )?were\b|\b(?:is|was) (?:that|this|it)\s*\??$"
                       r"|\bof (?:those|them|these)\b")
COMPARE = re.compile(r"^(?:and )?(?:compare(?:d)?|vs\.?|versus|how (?:did|does|do|is|was) (?:that|this|it) compare)\b")
FOLLOW_UP_MIN_SCORE = 1.0
EXTREME_WORDS = re.compile(r"\b(?:peak(?:ed|s)?|record|highest|maximum|max|largest|biggest|lowest|minimum|min|"
                           r"smallest|least|latest|most recent|recent|recently|current|currently|newest)\b")


def understand(question: str, matcher: MetricMatcher) -> Intent:
    intent = Intent(question=question, normalized=normalize(question))
    periods, rest = extract_periods(intent.normalized)
    intent.periods = periods
    # Words that ask for the highest, lowest or latest value say nothing of the metric
    # ("when did the yuan share peak" is about the yuan share, not a "peak" metric).
    matches = matcher.match(EXTREME_WORDS.sub(" ", rest)) or matcher.match(rest)
    if not matches and FOLLOW_UP.search(intent.normalized):
        # "and oil?": a follow-up names a new subject in a word or two, which
        # would be too weak a match alone; the previous question gives the rest.
        matches = matcher.match(rest, min_score=FOLLOW_UP_MIN_SCORE)
    if matches:
        intent.metric_id = matches[0][1]
        intent.metric_phrase = matches[0][2]
        intent.alternatives = [m[1] for m in matches[1:4]]
        intent.candidates = [(m[0], m[1]) for m in matches[:6]]
    intent.residue = FILLER.sub(" ", rest).strip()
    intent.follow_up = bool(FOLLOW_UP.search(intent.normalized) or COMPARE.search(intent.normalized))
    intent.compare = bool(COMPARE.search(intent.normalized))
    kind = read_kind(intent.normalized)
    event_kind = read_event_kind(intent.normalized)
    intent.asked_kind = kind
    if event_kind in ("help", "sources"):
        intent.kind = event_kind
    elif event_kind == "about" and not periods:
        intent.kind = "about"
    elif event_kind == "when" and kind in ("peak", "lowest") and intent.metric_id and re.search(
            r"\b(?:highest|peak|lowest|smallest|weakest|strongest|minimum|maximum)\b", intent.normalized):
        intent.kind = kind
    elif event_kind in ("when", "who", "what_happened", "count_events"):
        intent.kind = event_kind
    elif intent.metric_id is None:
        intent.kind = "what_happened" if periods and not intent.follow_up and len(intent.residue.split()) <= 3 else "unknown"
    else:
        intent.kind = metric_kind(kind, periods)
    return intent


def metric_kind(kind: str | None, periods: list[Period]) -> str:
    """The kind of a question about a metric, from its words and its periods."""
    if kind == "change" and (len(periods) >= 2 or any(p.form in ("since", "range") for p in periods)):
        return "change"
    if kind in ("series", "peak", "lowest", "latest") and not any(p.form == "point" for p in periods):
        return kind
    if any(p.form in ("since", "range", "before") for p in periods):
        return "span"
    if periods:
        return "value"
    return "latest"
