"""Where an exercise was held: a figure of one exercise (the troops each side sent) is
no answer to a question about an exercise in another country.

"How many Russian soldiers were sent to China for the August 2007 exercise?" asks of an
exercise held in China; the one of August 2007 was held in Russia, near Chelyabinsk, as
its record says. The host is read from the records of the exercises of the figure's
month; a figure whose exercise no record places is no answer to a question that places
it either.
"""

from __future__ import annotations

import re

from ..answer import Answer
from .figures import BRANCHES
from ..reading.words import Lazy, normalize

COUNTRY = {"china": "china", "chinese": "china", "russia": "russia", "russian": "russia"}
# Where a question places the exercise: "sent to China", "on Chinese soil", "held in Russia".
HOST_ASKED = Lazy(r"\b(?:sent|deployed|dispatched|went|travell?ed|gone|go|going|moved|shipped) (?:\w+ ){0,2}?to (china|russia)\b"
                  r"|\bon (chinese|russian) (?:soil|territory|ground)\b|\b(chinese|russian) territory\b"
                  r"|\b(?:held|staged|conducted) in (china|russia)\b|\bhosted (?:in|by) (china|russia)\b|\bin (china|russia) for\b")
# ("held by Russia and China" says who held it, not where)
# Where a record places it: "on Russian soil", "Russia's Far East", "China's Shenyang Military Region",
# "a Russian-hosted exercise", "Russia hosted", "held in China".
HOST_SAID = Lazy(r"\bon (chinese|russian) (?:soil|territory)\b|\b(chinese|russian) territory\b"
                 r"|\b(china|russia)['’]s (?:far east|[a-z]+ military region)\b|\b(chinese|russian)-hosted\b"
                 r"|\b(china|russia) hosted\b|\b(?:held|hosted) in (china|russia)\b|\bterritory of (?:\w+ and )?(china|russia)\b")


# A branch of the forces a question says the exercise was of ("naval", "aerial"); an army
# named ("the People's Liberation Army", "which country's army") is a country's forces, no branch.
BRANCH_ASKED = {"naval": r"\b(?:naval|navy|navies|maritime)\b", "air": r"\b(?:aerial|air force|airborne|air)\b",
                "ground": r"\b(?:ground|land) (?:forces?|troops|exercises?|drills?)\b"}


def _countries(pattern: re.Pattern, text: str) -> set[str]:
    return {COUNTRY[g] for m in pattern.finditer(text) for g in m.groups() if g}


def held_elsewhere(engine, question: str, answer: Answer) -> tuple[str, str] | None:
    """Why the figures shown are no answer, and the reading's words for it, when the question
    places the exercise in a country or a place (or names its branch) and the records of the figures'
    exercises place it elsewhere or nowhere; None when it is met (unmet.py calls it)."""
    why = _why_elsewhere(engine, question, answer)
    return (why + "\nWhat crr holds of that exercise, for what it is worth:\n\n", "an exercise held elsewhere") if why else None


def _why_elsewhere(engine, question: str, answer: Answer) -> str:
    text = normalize(question)
    asked = _countries(HOST_ASKED, text)
    branch = next((b for b, words in BRANCH_ASKED.items() if re.search(words, text)), "")
    stated = [v for v in answer.values if not v.derived and v.metric in engine.metrics
              and "exercises" in engine.metrics[v.metric].subjects and "/" not in v.period]
    places = engine._places_in(text)  # "troops sent to Chelyabinsk": a place of the exercise's own
    if not (len(asked) == 1 or branch or places) or not stated:
        return ""
    for value in stated:
        rows = [r for r in engine.store.rows("select * from events where category = 'exercise' and date = ?",
                                             (value.period,))]
        if not rows:
            return ""  # (no record of that exercise: nothing says where it was)
        if branch and not any(re.search(rf"\b{w}", f"{r['title']} {r['summary']}".lower()) for r in rows
                              for w in BRANCHES[branch]):
            # "troops at the first joint naval exercise in 2009": the July 2009 drill was on land
            return (f"The question asks of a {branch} exercise; no record of the exercise of the figure shown "
                    f"(“{rows[0]['title']}”) says it was one, so crr gives no figure rather than answer another "
                    f"question.\n")
        if places and not any(places & engine._places_in(f"{r['title']}. {r['summary']}") for r in rows):
            # "troops Russia sent to Chelyabinsk in 2009": the drill of 2009 was elsewhere
            return (f"The question places the exercise at {' and '.join(sorted(p.title() for p in places))}; the record "
                    f"of the exercise of the figure shown (“{rows[0]['title']}”) does not, so crr gives no figure "
                    f"rather than answer another question.\n")
        if len(asked) != 1:
            continue
        hosts = set().union(*(_countries(HOST_SAID, f"{r['title']}. {r['summary']}".lower()) for r in rows))
        if asked <= hosts:
            return ""
        where = f"held in {' and '.join(sorted(h.title() for h in hosts))}" if hosts else "placed in no country"
        return (f"The question asks of an exercise in {asked.pop().title()}; the one of the figure shown is "
                f"{where} by its record (“{rows[0]['title']}”), so crr gives no figure rather than answer "
                f"another question.\n")
    return ""
