"""Who does an act a figure is of: the buyer, the seller, the payer or lender, the one who
said it.  A question that names
one side doing it ("how much did CNPC pay to acquire Yuganskneftegaz?") is not answered by a
figure whose own words give the act to the other side ("Rosneft's purchase", financed by
Chinese banks)."""

from __future__ import annotations

import re
from typing import Mapping

from ..reading.words import Lazy

# Acts by their kind, in the words that do them (nouns of money, "funds", "loans", are no act).
ACTS = {
    "buy": frozenset({"buy", "buys", "bought", "buying", "purchase", "purchased", "purchases", "purchasing", "acquire",
                      "acquired", "acquires", "acquiring", "acquisition"}),
    "sell": frozenset({"sell", "sells", "sold", "selling", "sale"}),
    "say": frozenset({"say", "says", "said", "saying", "announce", "announced", "announces", "claim", "claimed",
                      "claims", "state", "stated", "states"}),
    "pay": frozenset({"pay", "pays", "paid", "paying", "lend", "lends", "lent", "lending", "loaned", "funded", "funding",
                      "financed", "financing", "provide", "provided", "provides", "providing", "gave", "give", "gives",
                      "given", "invest", "invests", "invested", "investing"}),
}
# Acts that are one deal seen from its two ends.
OPPOSITE = {"buy": "sell", "sell": "buy"}
# The names of the two sides themselves, besides their firms.
SIDES = {"china": "china", "chinese": "china", "beijing": "china", "prc": "china",
         "russia": "russia", "russian": "russia", "moscow": "russia", "kremlin": "russia"}
# A word a doer's name may not come after: it names the other end of the act ("received from
# China to fund"), not who does it.
NOT_A_DOER_AFTER = frozenset({"from", "by", "of", "for", "with", "to", "into", "towards", "toward", "at", "in"})
# Words passed over between a doer and its act: "CNPC agreed in March 2006 to provide".
REACH = 6
# Words that end the reach back from an act: a clause or another act between.
ACTS_STOP = frozenset({"and", "or", "but", "while", "whereas", "which", "that", "who", "than", "after", "before",
                       "because"})
# In a question, the words before a subject far from its act: "did CNPC agree to pay".
AUXILIARIES = frozenset({"did", "does", "do", "will", "would", "has", "have", "had", "could", "can", "should"})
ACT_WORDS = frozenset().union(*ACTS.values())
# The acts of money alone (what was said is weighed elsewhere).
MONEY_ACTS = frozenset({"buy", "sell", "pay"})
# "Pay a visit", "paid tribute": no money paid.
PAID_VISIT = Lazy(r"\bpa(?:y|ys|id|ying) (?:a |an |his |her |the |their |its )?(?:[\w-]+ ){0,2}?"
                  r"(?:visits?|tribute|respects|attention|homage|heed)\b")

WORD = Lazy(r"[a-z0-9][\w-]*(?:'s)?")


def _side(words: list[str], end: int, firms: Mapping[str, str]) -> tuple[str, int] | None:
    """The side a name ending at words[end] stands for, and where the name starts."""
    for size in (3, 2, 1):
        start = end - size + 1
        if start < 0:
            continue
        name = " ".join(words[start:end + 1])
        name = re.sub(r"'s$", "", name)
        if name in firms:
            return firms[name], start
        if size == 1 and name in SIDES:
            return SIDES[name], start
    return None


def doers(text: str, firms: Mapping[str, str], asked: bool = False) -> dict[str, set[str]]:
    """Each act a text says is done, with the sides said to do it: the nearest name before
    the act's word (not one after "from", "by" ...), or the one after "by" it.  `asked`: of
    a question, where a name far from the act does it only as the subject a question word's
    auxiliary opens ("did CNPC agree to pay"), not in a string of keywords ("cnpc rosneft
    ipo shares bought")."""
    words = WORD.findall(text.lower())
    found: dict[str, set[str]] = {}
    for k, word in enumerate(words):
        act = next((a for a, said in ACTS.items() if re.sub(r"'s$", "", word) in said), None)
        if act is None:
            continue
        # (to pay for a thing is to buy it: "how much did CNPC pay for Yuganskneftegaz?")
        acts = (act, "buy") if act == "pay" and k + 1 < len(words) and words[k + 1] == "for" \
            and word.startswith("pa") else (act,)
        if k + 2 < len(words) and words[k + 1] == "by" and (side := _side(words, k + 2, firms)):
            for one in acts:
                found.setdefault(one, set()).add(side[0])  # "bought by Rosneft"
            continue
        for j in range(k - 1, max(-1, k - 1 - REACH), -1):
            if words[j] in ACTS_STOP:
                break
            if (side := _side(words, j, firms)) is not None:
                if side[1] > 0 and words[side[1] - 1] in NOT_A_DOER_AFTER:
                    break
                if asked and k - j > 2 and not (side[1] > 0 and words[side[1] - 1] in AUXILIARIES):
                    break
                for one in acts:
                    found.setdefault(one, set()).add(side[0])
                break
    return found



def asks_an_act(normalized: str) -> bool:
    """Whether a question has a word of an act a doer may be named for (a quick first test)."""
    return not ACT_WORDS.isdisjoint(normalized.split())


# Each metric's doers, read once: keyed by its words and the names map (one per database).
_HELD: dict[tuple[str, int], dict[str, set[str]]] = {}


def _held_doers(metric_text: str, firms: Mapping[str, str]) -> dict[str, set[str]]:
    """The doers a metric's own words name, worked out once for each metric."""
    key = (metric_text, id(firms))
    if key not in _HELD:
        _HELD[key] = doers(metric_text, firms)
    return _HELD[key]


def other_doer(question: str, metric_text: str, firms: Mapping[str, str],
               kinds: frozenset[str] | None = None) -> tuple[str, str, str] | None:
    """(act, the side the question has do it, the side the figure has do it) where they
    differ for an act both name a doer of; with "" for the last where the figure has the
    question's side do the opposite act (buy for sell); None where none does.  `kinds`:
    only acts of these kinds are weighed."""
    asked = doers(PAID_VISIT.sub("visit", question), firms, asked=True)
    if not asked:
        return None
    held = _held_doers(metric_text, firms)
    for act, sides in asked.items():
        if kinds is not None and act not in kinds:
            continue
        # (who buys pays: "how much did Rosneft invest in CNPC shares?" of shares CNPC sought to buy)
        doing = held.get(act) or (held.get("buy") if act == "pay" else None)
        if len(sides) == 1 and doing and not sides & doing:
            return act, next(iter(sides)), "/".join(sorted(doing))
        other = OPPOSITE.get(act)
        if len(sides) == 1 and other and not held.get(act) and sides & held.get(other, set()):
            # "how much did Rosneft sell Yuganskneftegaz for?": Rosneft bought it; the seller
            # of a purchase is the other side
            return act, next(iter(sides)), ""
    return None


# A question of who did an act: "who lent ...", "which Russian company paid ...", "who has bought".
# (only the acts of money, in their verbs: "which Chinese state arms maker" says nothing)
# ("which aircraft did China buy?" asks what was bought: a word after an auxiliary is its doer)
WHO_DID = Lazy(r"^(?:and )?(?:so )?(?:who |which (?:(?!(?:did|does|do|will|would|could|can)\b)[\w-]+ ){1,3}?)(?:first |actually |then |also |has |had |have )?("
               + "|".join(sorted((w for a in ("buy", "sell", "pay") for w in ACTS[a]
                                  if w.endswith(("ed", "ght", "ld", "nt", "ve", "id", "y", "s")) or w in ("buy", "sell")),
                                 key=len, reverse=True)) + r")\b")


# The doer of an act asked by its noun: "who was the seller?", "who were the buyers".
DOER_NOUNS = {"seller": "sold", "sellers": "sold", "supplier": "supplied", "suppliers": "supplied",
              "vendor": "sold", "vendors": "sold", "buyer": "bought", "buyers": "bought",
              "purchaser": "bought", "purchasers": "bought", "lender": "lent", "lenders": "lent",
              "financier": "financed", "financiers": "financed"}
WHO_WAS_DOER = Lazy(r"\bwho (?:was|were|is|are) the (" + "|".join(DOER_NOUNS) + r")\b")


def who_act_word(normalized: str) -> str | None:
    """The verb of the act a who-question asks the doer of, as it would be said ("sold" for
    "who was the seller?"), or None."""
    if found := WHO_DID.match(normalized):
        return found.group(1)
    if found := WHO_WAS_DOER.search(normalized):
        return DOER_NOUNS[found.group(1)]
    return None


def act_of_who(normalized: str) -> str | None:
    """The act a who-question asks the doer of ("who lent $6 billion to Rosneft?": pay);
    None for a question of anyone else ("who did China buy from?")."""
    word = who_act_word(normalized)
    if word == "supplied":
        return "sell"
    return next((a for a, said in ACTS.items() if word in said), None) if word else None


def named_doers(text: str, names: list[str], firms: Mapping[str, str]) -> dict[str, set[str]]:
    """Those who the record's text says do each act: of `names` (the names a who-answer would
    give), a firm crr knows, or one of the two sides.  Keyed by act; a firm by its name in
    lower case ("cnpc"), a side by its id: "Kudrin revealed that Chinese banks provided $6
    billion" has China pay, and Kudrin say it."""
    keys = {firm: firm for firm in firms}
    for name in names:
        keys[name.lower()] = name
        keys.setdefault(re.sub(r"'s$", "", name.lower().split()[-1]), name)
    return doers(text, keys)


def doing_it(names: list[str], done: set[str], firms: Mapping[str, str], asked_side: str = "") -> list[str]:
    """Of `names`, those the record has do the act (`done`, from named_doers), by name or by
    side; failing those, the firms or the side it has do it, of the side asked if one is
    ("which Russian company paid CNPC?": CNPC is no Russian company, so none)."""
    def side(name: str) -> str | None:
        return firms.get(name.lower()) or SIDES.get(name.lower().split()[0])

    kept = [n for n in names if n in done or side(n) in done]
    if kept:
        return kept
    return [d for d in sorted(done) if d not in names and (not asked_side or (firms.get(d) or d) == asked_side)]
