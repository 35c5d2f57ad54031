"""What a count counts: whether the things a question counts, and what it says they did,
are what a count's records say, and the counts a question asks of together."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..data.store import MetricRow
from ..reading.read import Intent
from ..reading.words import STOPWORDS, Lazy, _stem

if TYPE_CHECKING:
    from .rules import Facts


_SMALL = frozenset("a an the of in on to for and or by with from at as is".split())


def asks_counted(intent: Intent) -> bool:
    """Whether the counted rule reads this question: a figure asked with no word of count,
    on its own (a follow-up's figure is the one shown)."""
    return intent.kind in ("value", "latest", "span", "series", "peak", "lowest") and "count" not in intent.measures \
        and not intent.follow_up and not intent.deictic


COUNT_WORDS = Lazy(r"\b(?:number|numbers|count|counts|tally|total|figures?|how many)\b")


def counted_said(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """A count answers a question that asks for a count ("how many", "number of") or names
    what it counts, itself or as a word of a subject it asks of ("tourism": visits; "voting":
    roll calls); "drill with Mongolia" asks for no count of countries in a Vostok exercise."""
    if metric.measure != "count" or not asks_counted(intent) or not metric.unit or intent.people \
            or COUNT_WORDS.search(intent.normalized):
        return True  # (the people named are what a count of their meetings is of)
    unit, asked = _key(metric.unit), f" {_key(intent.normalized)} "
    if f" {unit} " in asked or all(f" {w} " in asked for w in _key(metric.name).split() if w not in _SMALL):
        return True  # its unit said, or its own name
    if any(f" {alias} " in asked for alias in facts.own_aliases(metric.id)) or any(
            " " in phrase and phrase in facts.all_aliases(metric.id) for phrase in intent.subject_words):
        return True  # a name of its own ("kilo subs", "entity list"), no word of a broad subject
    # ... or a word of the metric's own subject that is one the question asks of ("military
    # leaders": their engagements, a military subject).
    held = [s for s in metric.subjects if any(facts.covers((s,), asked) for asked in intent.subjects)]
    return any(unit in facts.subject_phrases(s) for s in held) or any(
        unit in facts.subject_phrases(s) for asked in intent.subjects for s in asked)


# Where a count asks what it counts: "how many", "the number of", "a count of".
_COUNT_ASKED = Lazy(r"\b(?:how many|numbers? of|count of)\s+(?:of (?:the|those|these|its|their) )?")
# A count asked by its extreme: "which year had the most joint exercises?", "the fewest visits".
_MOST_OF = Lazy(r"\b(?:had|saw|with|held|were) (?:the )?(?:most|fewest)\s+")
_NOT_COUNTED_YET = frozenset({"of"})


_NATIONALITIES = {"chinese": "chinese", "russian": "russian", "russians": "russian"}


@cache
def _counted_words(normalized: str) -> tuple[str, ...]:
    """The words of each phrase a count is asked of, up to the first little word:
    "how many Chinese nationals has the army recruited" -> ("chinese", "nationals")."""
    found = []
    for match in [*_COUNT_ASKED.finditer(normalized), *_MOST_OF.finditer(normalized)]:
        for word in normalized[match.end():].split()[:8]:
            if word in STOPWORDS and word not in _NOT_COUNTED_YET:
                break
            found.append(word)
    return tuple(found)


def counts_by_extreme(intent: Intent) -> bool:
    """Whether the question asks a count by its extreme ("the most joint exercises"); the
    extreme word may be taken out of the text matched, and the question keeps it."""
    return bool(_MOST_OF.search((intent.question or intent.normalized).lower()))


def other_thing_counted(intent: Intent, metric: MetricRow, facts: Facts) -> str:
    """The thing "how many" asks to count, when a count metric counts another: a count of
    the CHPL's tiers is no count of its items, nor one of troops a count of nationals.
    The thing is the noun after "how many" that crr knows as counted (a unit of a
    count, a noun of its kind, or one no count of crr's counts); "" when it names none."""
    most = counts_by_extreme(intent)
    if metric.measure != "count" or not metric.unit or ("count" not in intent.measures and not most):
        return ""
    words = _counted_words(intent.normalized) or (_counted_words((intent.question or "").lower()) if most else ())
    known = [_stem(intent.spelled.get(word, word)) in facts.countables for word in words]
    if True not in known:
        return ""
    # (the last of the first nouns in a row is the head: "Chinese exchange students" counts
    # students; "institutions offered yuan accounts" counts institutions)
    last = known.index(True)
    while last + 1 < len(words) and known[last + 1]:
        last += 1
    word = words[last]
    own = facts.counted_as.get(metric.unit, frozenset({_stem(metric.unit.split()[-1])}))
    if _stem(intent.spelled.get(word, word)) not in own:
        return word
    # "how many Russian entities" of a count of Chinese companies: whose the things are.
    said = next((w for w in reversed(words[:last]) if w in _NATIONALITIES), None)
    tokens = re.findall(r"[\w'-]+", metric.name.lower())
    named = next((t for i, t in enumerate(tokens) if t in _NATIONALITIES
                  and any(_stem(n) in own for n in tokens[i + 1:i + 4])), None)
    if said and named and _NATIONALITIES[said] != _NATIONALITIES[named]:
        return f"{said} {word}"
    return ""


@cache
def _key(text: str) -> str:
    from ..reading.lexicon import phrase_key
    return phrase_key(text)


def thing_unsaid(intent: Intent, metric: MetricRow, facts: Facts) -> str:
    """A thing within a subject the question names ("Zhenbao island", "border checkpoints",
    "Arctic LNG 2") that the metric's own words do not say: a figure of the border's length
    is none of its checkpoints."""
    words = facts.words_of(metric.id)
    for phrase in intent.subject_words:
        if phrase in facts.things:
            for word in phrase.split():
                read = facts.correct([intent.spelled.get(word, word)])
                if word not in words and not (read and read[0] in words):
                    return repr(intent.as_written(phrase))
    return ""


def subject_missing(intent: Intent, metric: MetricRow, facts: Facts) -> str:
    for words, asked in zip(intent.subject_words, intent.subjects):
        if not facts.covers(metric.subjects, asked) and not _said_of_the_counted(intent, metric, facts, words):
            return words
    return ""


def _said_of_the_counted(intent: Intent, metric: MetricRow, facts: Facts, words: str) -> bool:
    """"How many Chinese firms did the ban on suppliers of weapon parts name?": the things
    a count asks for are its own ("firms"); a subject that only says what they did is met
    when the figure's records say it too ("firms supplying weapon parts")."""
    if not counts_the_asked(intent, metric, facts):
        return False
    noted = facts.noted_words(metric.id)
    return all(is_noted(_stem(w), noted) for w in words.split())


def is_noted(word: str, noted: frozenset[str]) -> bool:
    """Whether a records' word says `word`, in this or another form ("guide", "guidance")."""
    if word in noted:
        return True
    return len(word) >= 5 and any(len(n) >= 5 and n[:4] == word[:4] and _shared(n, word) >= min(len(n), len(word)) - 1
                                  for n in noted)


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def counts_the_asked(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """Whether the metric counts the things "how many" asks for ("how many Chinese firms")."""
    if metric.measure != "count":
        return False
    if intent.counted:
        return intent.counted in facts.words_of(metric.id)
    # ... or names them as its unit does, with no "how many" ("troops per side in the drill")
    unit = _stem(metric.unit.split()[0]) if metric.unit else ""
    if unit and facts.same_as(unit) & {_stem(w) for w in intent.normalized.split()}:
        return True  # (or a word of its group: "companies" for "firms")
    # ... or as one of its own names does ("the Russian naval contingent": its troops)
    own = {w for alias in facts.own_aliases(metric.id) for w in alias.split()} - _SMALL
    return any(_stem(w) in own or w in own for w in intent.content)


# "On its own", "alone": one of several, which a figure of them together does not give.
ALONE = Lazy(r"\b(?:on (?:its|their) own|alone|by itself|by themselves|separately|individually|each one|apiece|each of (?:the|them|those|these)|"
             # "just the 30% stake", "one of the two pipelines", "a single Su-35"
             r"just (?:the|its|their|one)|one of (?:the|its|their|those|these)|a single|(?:for|of) one)\b")
SEVERAL = Lazy(r"\b(?:two|three|four|five|both|combined|together|all)\b", re.IGNORECASE)


# A figure of a number of things: "stakes in two Yamal LNG projects" (the thing, in the singular).
COUNTED_THINGS = Lazy(r"(?<!of )\b(?:two|three|four|five|both)\s+(?:[\w-]+\s+){0,3}?([a-z]{3,})s\b"  # not "first of two"
                      # ... or the things held in them: "stakes in two projects"
                      r"|\b([a-z]{3,})s (?:in|of|for|on) (?:the )?(?:two|three|four|five|both)\b")


def not_one_of_several(intent: Intent, metric: MetricRow) -> bool:
    """Whether the metric is not a figure of several things together asked of one of them
    alone ("what did the 30% stake cost on its own?" of the cost of two stakes)."""
    for counted in COUNTED_THINGS.finditer(metric.name.lower()):
        thing = counted.group(1) or counted.group(2)
        if re.search(rf"\b(?:the|its|their|a|one|this|that) (?:[\w%-]+ ){{0,3}}{thing}\b(?!s)", intent.normalized) \
                and not re.search(rf"\b{thing}s\b|\b(?:two|three|four|both|combined|together|all)\b", intent.normalized):
            return False  # "its 30% stake in the Yamal LNG project": one of "stakes in two projects"
    models = MODELS_JOINED.search(metric.name.lower())
    if models:
        # "The S-400 price" of the value of "the S-400 and Su-35 deals": one of two things
        # named by their model alone, with no word of both.
        said = [m for m in models.groups() if re.search(rf"\b{re.escape(m)}", intent.normalized.replace("s400", "s-400"))]
        if len(said) == 1 and not re.search(r"\b(?:both|together|combined|deals|package|all)\b", intent.normalized):
            return False
    if intent.others and OWN_OF_A_PARTY.search(intent.normalized) \
            and (held := set(metric.parties) - {"china", "russia"}) and held != set(intent.others):
        return False  # "the EU's own dual-use list": not the list the US, EU, Japan and UK share
    if not ALONE.search(intent.normalized):
        return True
    # (two things joined, "the S-400 and Su-35 deals", are several; the two countries are no things)
    name = re.sub(r"\b(?:russia|china|xi jinping|xi|vladimir putin|putin)(?:'s)? (?:and|or) "
                  r"(?:russia|china|xi jinping|xi|vladimir putin|putin)\b", "", metric.name.lower())
    if re.search(r"\b(?:first|second|third|fourth|fifth) of\b", name):
        return True  # "the first of two Yamal LNG projects": one of them already
    return not (SEVERAL.search(metric.name) or re.search(r"\w (?:and|or) \w", name))


# A country's or a bloc's own, apart from those it shares with: "the EU's own list", "the US alone".
OWN_OF_A_PARTY = Lazy(r"['’]s own\b|\b(?:alone|by itself|on its own|by themselves|on their own)\b")
# Two models named as one figure's things: "the S-400 and Su-35 deals".
MODELS_JOINED = Lazy(r"\b([a-z]{1,4}-\d{1,3})\b[^,;]{0,20}? and (?:the )?([a-z]{1,4}-\d{1,3})\b")
# "How many of their talks were phone calls?": the part asked follows "were".
PART_ASKED = Lazy(r"\bhow many of\b.+?\b(?:were|was|are|is|came as|took the form of)\b(.+)$")


def _coordinated(one: str, other: str, text: str) -> bool:
    """Whether two words of a question stand side by side as alternatives: "talk/meet",
    "talk or meet"."""
    if not one or not other:
        return False
    a, b = re.escape(one), re.escape(other)
    between = r"\s*(?:/|,|\bor\b|\band\b)?\s*"  # ("talk/meet" is read "talk meet")
    return re.search(rf"\b(?:{a}{between}{b}|{b}{between}{a})\b", text) is not None


def together_asked(intent: Intent, metric: MetricRow, facts: Facts) -> list[str]:
    """Of a figure of several things counted as one (meetings and calls), those the question
    asks for; all of them, or none named, fit: "how many meetings" is not meetings and calls."""
    part = PART_ASKED.search(intent.normalized)
    groups = [group for words, group in zip(intent.subject_words, intent.subjects)
              if not part or any(w in part.group(1) for w in words.split(" or "))]
    # A word of either ("talk": meetings or calls) is narrowed by one of only one ("talk on the
    # phone"), not by one set beside it ("talk/meet", "talk or meet": both asked).
    words_of = dict(zip(map(tuple, intent.subjects), intent.subject_words))
    groups = [g for g in groups if not any(set(o) < set(g) and not _coordinated(words_of.get(tuple(g), ""),
                                                                               words_of.get(tuple(o), ""), intent.normalized)
                                           for o in groups)]
    asked = {s for group in groups for s in group}
    # "The share of trade in rubles": a currency asked is its subject too.
    if intent.currency:
        asked |= {s for s, currency in facts.subject_currency.items() if currency == intent.currency}
    names = f"{metric.name} {metric.description}".lower()
    if any(len(alias.split()) > 1 and re.search(rf"\b{re.escape(alias)}\b", intent.normalized)
           for alias in facts.all_aliases(metric.id)):
        return list(metric.together)  # ("oil and gas share": a name the figure goes by)
    if any(a not in metric.together and all(a in facts.ancestors(s) for s in metric.together)
           and any(w in names for w in words.split(" or "))
           for words, group in zip(intent.subject_words, intent.subjects) for a in group):
        # ("mineral fuels": the whole the figure's name gives, of which oil, gas and coal are kinds)
        return list(metric.together)
    # A subject is asked by its name or a narrower one's, not by another of the several
    # ("calls" are meetings of a kind, but no meetings asked).
    said = [s for s in metric.together
            if s in asked or any(s in facts.ancestors(a) and a not in metric.together for a in asked)]
    return said if said and len(said) < len(metric.together) else list(metric.together)


# A part of a count asked: "how many of their talks were phone calls?", "of Wang Yi and
# Lavrov's meetings, how many were bilateral?" (what the part is follows "were").
PART_OF_COUNT = Lazy(r"\bhow many of\b.+?\b(?:were|was)\s+(.+)$|^(?:and )?of\b.+?,\s*how many (?:of them )?(?:were|was)\s+(.+)$")
# Where the part's own words end: "bilateral rather than multilateral", "in person in 2024".
PART_ENDS = Lazy(r"\b(?:rather than|not|instead of|as opposed to|in|during|since|between|from|by|over|according)\b")


def part_unheld(intent: Intent, metric: MetricRow, facts: "Facts") -> list[str]:
    """The words of a part of a count the question asks that the count's description names
    among the kinds it counts together, and its name does not: "bilateral" of Wang Yi and
    Lavrov's 30 meetings, "bilateral and on the sidelines of multilateral gatherings"."""
    if metric.measure != "count" or metric.together:
        return []  # (a count of several kinds together answers which of them: together_asked)
    found = PART_OF_COUNT.search(intent.normalized)
    if not found:
        return []
    part = PART_ENDS.split(found.group(1) or found.group(2))[0]
    words = [w for w in re.findall(r"[a-z]+", part) if w not in STOPWORDS and len(w) > 2]
    named = {_stem(w) for w in re.findall(r"[a-z]+", " ".join([metric.name, *facts.own_aliases(metric.id)]).lower())}
    described = {_stem(w) for w in re.findall(r"[a-z]+", metric.description.lower())}
    return [w for w in words if _stem(w) in described and _stem(w) not in named]
