"""How a question was read, in one line and as facets, for every front end.

"Read as: bilateral trade (USD bn), 2024" heads the answer on the terminal,
in the app and on the Ask page; `reading` and `unread` carry the same in the
JSON answer.  A word of the question that no facet, metric or event used is
named, so a reader sees what crr did not understand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading.periods import describe_period, names_a_thing
from ..reading.words import STOPWORDS, _stem

KIND_WORDS = {
    "value": "a figure", "span": "a figure over a span", "change": "a change", "series": "a series",
    "latest": "the latest figure", "peak": "the highest figure", "lowest": "the lowest figure",
    "swing": "the largest yearly change", "balance": "a trade balance, worked out",
    "when": "a date", "what_happened": "events", "who": "people", "count_events": "a count of events",
    "about": "what crr holds on a subject", "help": "a request for help", "sources": "a request for the sources of the last answer",
    "judgement": "a judgement or prediction", "unknown": "not understood", "composition": "what one country sells the other",
    "compound": "several questions", "error": "not understood", "label": "the relationship's official name",
    "source": "what crr records of a source itself", "name": "a name", "reason": "the reason a record gives",
}


# The words of a balance, as written and as the matcher cuts them ("surplu").
BALANCE_WORDS = frozenset(w for word in ("surplus", "surpluses", "deficit", "deficits", "balance", "imbalance", "gap")
                          for w in (word, _stem(word)))


def reading_of(engine, intent, answer) -> tuple[dict, list[str]]:
    """(the reading's facets with a one-line summary, the words nothing used)."""
    store = engine.store
    metric = engine.metrics.get(intent.metric_id) if intent.metric_id else None
    reading = {"kind": answer.kind}
    if answer.kind == "source":
        # "Who publishes the Dashboard?": every word was about the source; no figure was read.
        if not intent.sources:  # "where does your trade data come from?": the sources of its figures
            about = " and ".join(map(intent.as_written, intent.subject_words))
            summary = "the sources of crr's figures" + (f" on {about}" if about else "")
            if answer.interpretation.startswith("The years"):  # "how far back does the trade data go?"
                summary = "the years crr's figures" + (f" on {about}" if about else "") + " cover"
            return {**reading, "sources": (answer.context or {}).get("sources", []), "summary": summary}, []
        names = " and ".join(store.sources[s].short_name for s in intent.sources if s in store.sources)
        return {**reading, "sources": intent.sources, "summary": f"{KIND_WORDS['source']}: {names}"}, []
    parts = []
    events_only = answer.kind == "compound" and answer.events and not answer.values
    if events_only:
        # "When was Peace Mission 2005?": two figures matched its words, but events answered.
        searched = _searched_words(engine, intent)
        kind = "when" if re.match(r"^(?:and )?(?:when|(?:in )?(?:what|which) (?:year|date|month))\b", intent.normalized) \
            else "what_happened"
        parts.append(f"{KIND_WORDS[kind]} of \u201c{' '.join(searched)}\u201d" if searched else KIND_WORDS[kind])
    elif answer.kind == "balance":
        parts.append(KIND_WORDS["balance"])  # of the two ways of goods trade, not one metric
    elif metric and answer.kind not in ("when", "what_happened", "who", "count_events", "about", "judgement",
                                        "help", "sources"):
        reading.update(metric=metric.id, unit=metric.unit)
        both = [engine.metrics[m] for m in intent.shown] or [metric]
        # "gas in 2025": each kind of gas given is named.
        named = " and ".join(m.titled for m in both)
        # An extreme is a reading of its own: "the highest figure of", not the figure itself.
        # So is a series: every figure of it in turn ("per year since 2022").
        from ..reading.read import top_count

        said = KIND_WORDS.get(answer.kind, "")
        if answer.kind in ("peak", "lowest") and (count := top_count(intent.normalized)) and count > 1:
            said = f"the {count} {'highest' if answer.kind == 'peak' else 'lowest'} years"  # "top 3 years"
        parts.append(f"{said} of {named}" if answer.kind in EXTREMES | {"series"} else named)
        if intent.aggregate and answer.kind == "span" and metric.measure == "share" and intent.aggregate == "total":
            parts[-1] = f"{parts[-1]} over the span taken together"  # a share of its totals, not a sum of shares
        elif intent.aggregate and answer.kind == "span":
            reading["aggregate"] = intent.aggregate
            parts[-1] = f"the {intent.aggregate} of {parts[-1]}"  # "the average of Bilateral trade, 2015 to 2019"
    elif metric and answer.kind == "when" and (answer.values or answer.citations) and not answer.events:
        # "When did trade first top USD 100 bn?": a date read off a figure's years.
        reading.update(metric=metric.id, unit=metric.unit)
        # ("is it more than a quarter?": a yes or no, read off them as well)
        from ..reading.cues import YES_NO

        asked = "a yes or no" if YES_NO.match(intent.normalized) else "a date"
        parts.append(f"{asked}, from {metric.titled}")
    elif answer.kind in EVENT_KINDS and answer.events:
        # 'a date of "border dispute settled"': the words the events were found by, as asked.
        searched = _with_subject_phrases(intent, _searched_words(engine, intent))
        # ("where was it?": a place, which the event's record gives, whatever kind answers it)
        asked = "a place" if WHERE.match(intent.normalized) else KIND_WORDS[answer.kind]
        if searched:
            parts.append(f"{asked} of \u201c{' '.join(searched)}\u201d")
        elif answer.kind == "who" and intent.office_of:
            parts.append(asked)  # the office asked, said below with its holder
        elif len(answer.events) == 1 or answer.kind == "name":
            # "when was that?": the event the question points back to.
            parts.append(f"{asked}, of \u201c{answer.events[0].title}\u201d")
        else:
            parts.append(asked)
    elif answer.kind == "judgement":
        parts.append(KIND_WORDS["judgement"])  # ("is the yuan going to replace the dollar?": no figure's reading)
    elif intent.not_held and intent.subject_words:
        parts.append(", ".join(dict.fromkeys(map(intent.as_written, intent.subject_words))))
    elif intent.not_held and not answer.answered and answer.kind not in EVENT_KINDS \
            and (held := [m for m in intent.set_aside if m in engine.metrics
                          and engine.metrics[m].name in intent.not_held]):
        # "and exports?" when that share is not held for the year: the figure read, which the
        # reason after it sets aside and names, not "not understood" (never one only held nearest)
        parts.append(engine.metrics[held[0]].name)
    elif answer.kind == "sources" and intent.numbers:
        parts.append("a request for the sources of " + " or ".join(f"{n:g}" for n in intent.numbers))
    else:
        parts.append(KIND_WORDS.get(answer.kind, answer.kind))
    if intent.subject_words and not metric and not intent.not_held:
        reading["subjects"] = sorted({s for group in intent.subjects for s in group})
        parts.append("about " + ", ".join(dict.fromkeys(map(intent.as_written, intent.subject_words))))
    if intent.negated:
        reading["leaving_out"] = intent.negated
        parts.append("leaving out " + " and ".join(s.replace("_", " ") for s in intent.negated))
    if intent.besides_people and answer.kind == "who":
        # "other than Jiang, who did he meet?", "who else?": those left out of the answer
        names = {p["id"]: p["name"] for p in store.people}
        reading["people_left_out"] = intent.besides_people
        left = [names.get(p, p) for p in intent.besides_people]
        parts.append("leaving out " + (", ".join(left[:-1]) + " and " if len(left) > 1 else "") + left[-1])
    if intent.years_out:
        reading["years_left_out"] = intent.years_out
        parts.append("leaving out " + " and ".join(intent.years_out))
    if intent.offices:
        # "the Russian president" as whoever held it then, or at the time of the event asked about.
        reading["offices"] = [intent.as_written(text) for text, _ in intent.offices]
        parts += [f"“{intent.as_written(text)}” as its holder at the time of the event"
                  for text, office in intent.offices if office in intent.open_offices]
    if intent.people:
        names = {p["id"]: p["name"] for p in store.people}
        reading["people"] = intent.people
        # An office read as a holder the who answer does not name was not read so: the office is
        # said ("who was Russia's foreign minister who criticised ...": Kozyrev, not Lavrov).
        lead = answer.text.split("\n")[0].split(":")[0] if answer.kind == "who" else ""
        shown = [p for p in intent.people if not (p in intent.office_of and lead and names.get(p, p) not in lead)]
        if shown:
            parts.append("with " + " and ".join(
                names.get(p, p) + (f" (“{intent.as_written(intent.office_of[p])}”)" if p in intent.office_of else "")
                for p in shown))
        parts += [f"“{intent.as_written(intent.office_of[p])}”" for p in intent.people if p not in shown]
    if intent.others:
        reading["parties"] = intent.parties
        parts.append("naming " + ", ".join(store.parties.get(p, p) for p in intent.others))
    if intent.flow != (None, None):
        source, target = intent.flow
        reading["flow"] = {"from": source, "to": target}
        words = [f"from {store.parties.get(source, source)}" if source else "",
                 f"to {store.parties.get(target, target)}" if target else ""]
        parts.append(" ".join(w for w in words if w))
    if intent.currency:
        reading["currency"] = intent.currency
        parts.append(f"in {store.currencies.get(intent.currency, intent.currency)}")
    if intent.units:
        reading["units"] = intent.units
        parts.append("in " + " or ".join(store.units[u]["name"] if u in store.units else u for u in intent.units))
    if intent.measures and not metric:
        reading["measures"] = sorted(intent.measures)
    if intent.reporter and answer.kind not in EVENT_KINDS:  # (whose statistics: of figures, not of names or dates)
        reading["reporter"] = intent.reporter
        parts.append(f"as {intent.reporter.title()} reports it")
    if intent.sources:
        reading["sources"] = intent.sources
        parts.append("according to " + " and ".join(
            store.sources[s].short_name for s in intent.sources if s in store.sources))
    # "When was their 2001 treaty extended?": a year that names the thing is no time asked.
    periods = [p for p in intent.periods
               if not (answer.kind in EVENT_KINDS and names_a_thing(p.phrase, intent.normalized))]
    if periods:
        reading["periods"] = [p.label for p in periods]
        parts.append(", ".join(p.phrase for p in periods))
    parts += [f"named by its year {p.phrase}" for p in intent.periods + intent.name_years if p not in periods]
    if metric and intent.alternatives:
        # Readings nearly as good as the one taken, not every loose match.
        scores = dict((m, score) for score, m in intent.candidates)
        top = scores.get(metric.id, 0.0)
        # (the same figure in another unit, "Russian LNG exports to China (bcm)", whatever its score)
        own = re.sub(r"\s*\([^)]*\)$", "", metric.name)
        others = list(dict.fromkeys(engine.metrics[m].name for m in intent.alternatives
                                    if m != metric.id and m not in intent.shown
                                    and (scores.get(m, 0.0) >= 0.8 * top
                                         or re.sub(r"\s*\([^)]*\)$", "", engine.metrics[m].name) == own)))
        if others:
            reading["others"] = others
    unread = unread_words(engine, intent, answer)
    summary = ", ".join(p for p in parts if p)
    if answer.kind == "unknown" and intent.not_held:
        summary += f" — not held: {intent.not_held}"
    reading["summary"] = summary
    return reading, unread


EVENT_KINDS = frozenset({"when", "what_happened", "who", "count_events", "name", "reason"})
WHERE = re.compile(r"^(?:and |so |ok )?where\b")
EXTREMES = frozenset({"peak", "lowest", "swing"})


# A question a yes or a no answers, whose numbers are levels to check.
YES_OR_NO = re.compile(r"^(?:yes or no\W+|yes/no\W+)?(?:and |so |but )?(?:is|was|were|are|did|does|do|has|have|had)\b")
# "Prime" of "prime minister": the post's word, read as "minister" is.
PRIME = re.compile(r"\bprime (?=minister)")


def _with_subject_phrases(intent, searched: list[str]) -> list[str]:
    """The searched words with the rest of a subject's phrase they are part of, as asked:
    "leader visits", not "visits" (the role word is what chose the visits, not tourists')."""
    for phrase in map(intent.as_written, intent.subject_words):
        words = phrase.lower().split()
        shared = [w for w in words if w in searched]
        if len(words) > 1 and shared and len(shared) < len(words):
            at = searched.index(shared[0])
            searched = searched[:at] + [w for w in words if w not in searched or w in shared] \
                + [w for w in searched[at:] if w not in words]
    return searched


def _searched_words(engine, intent) -> list[str]:
    """The question's words an event search used, as the question spells them."""
    from ..reading.words import _stem

    ignore = set(engine.event_vocab.ignore) | set(engine.event_vocab.roles)
    # (in a who-question, an office's holder, searched for by name, is said with the office:
    # "with Dmitry Medvedev"; of an event's date, the name searched stays: "visit moscow xi")
    if intent.kind == "who":
        ignore |= {engine.lexicon.short_name(p) for p in intent.office_of}
    if intent.kind == "name":
        ignore |= {"called", "named", "name", "names", "title", "titles"}  # what is asked, not searched
    if intent.kind == "reason":
        ignore |= {"why"}
    said = PRIME.sub("", intent.residue or intent.normalized)  # a post, as "minister" is
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", said)
    kept = [w for w in words if w not in STOPWORDS and w not in ignore and _stem(w) not in ignore and len(w) > 1]
    return list(dict.fromkeys(kept))


# Words that ask for a list of events, which the list answers.
LIST_WORDS = frozenset({"timeline", "timelin", "chronology", "chronolog", "list", "listed", "every", "all", "each",
                        "full", "complete", "whole"})


def unread_words(engine, intent, answer) -> list[str]:
    """The question's content words that no facet, metric or shown event explains."""
    if answer.kind in ("help", "sources"):
        return []  # a request, read whole
    if answer.kind == "reason":
        intent.content = [w for w in intent.content if w != "why"]  # what is asked, which the reason answers
    if not intent.content:
        return _numbers_unused(intent, answer) + [w for w in intent.aside if re.search(r"[a-z0-9]", w)]
    # A metric's words, and the words of a group one of them is in ("close" for "the same way"),
    # and each shown event's: a word is used when one of them has it.
    words_of = engine.resolver.facts.words_of
    used = [words_of(intent.metric_id)] if intent.metric_id else []
    used += [words_of(metric_id) for metric_id in {value.metric for value in answer.values}]  # a series: one metric
    used += [_event_text_words(event.title, event.summary) for event in answer.events]
    if answer.kind == "balance":
        used.append(BALANCE_WORDS)  # the balance worked out is the surplus or deficit asked
    if answer.kind == "what_happened":
        used.append(LIST_WORDS)  # "timeline of energy deals": the list given is the timeline asked
    if answer.kind == "who" and answer.answered:
        used.append(_event_text_words(answer.text, ""))  # the roles and names it gives ("ambassador ... in Beijing")
    from ..answering.event_words import event_stem
    from ..reading.words import _stem

    spell = engine.event_vocab.spellings  # "envoy" is written "ambassador"
    corrected = engine.matcher.correct(" ".join(intent.content))[0]
    unread = []
    for raw, word in zip(intent.content, corrected):
        cut = event_stem(_stem(raw))  # as events' words are cut: "seize" is "seiz", as "seized" is
        # (a word the search says otherwise is used when its other words are: "expert", "scholar")
        said = {word, raw, cut, spell.get(raw, raw), *engine.event_vocab.synonyms.get(cut, ())}
        if raw in STOPWORDS or word in STOPWORDS or raw in intent.neutral \
                or any(said & words for words in used) or raw == "prime" and PRIME.search(intent.normalized):
            continue
        shown = intent.spelled.get(raw, raw)
        if shown not in unread and f"'{shown}'" not in intent.not_held:
            unread.append(shown)
    unread += [n for n in _numbers_unused(intent, answer) if n not in unread]
    # (a dash that ended a preface is no word)
    return unread + [w for w in intent.aside if w not in unread and re.search(r"[a-z0-9]", w)]


def _numbers_unused(intent, answer) -> list[str]:
    """The numbers the question gives that no figure, level or name the answer shows uses
    ("how much pipe gas 23?": no year, no level): named, as an unread word is."""
    if YES_OR_NO.match(intent.normalized) or answer.kind == "when":
        # "did trade top 200 bn?", "on which day did trade hit 190 bn?": a level, which the
        # answer sets the figure against or dates
        return []
    shown = answer.text.replace(",", "")
    return [written for written in dict.fromkeys(f"{n:g}" for n in intent.numbers)
            if not re.search(rf"(?<![\d.]){re.escape(written)}(?![\d])", shown)]


@lru_cache(maxsize=4096)
def _event_text_words(title: str, summary: str) -> frozenset[str]:
    """An event's words, as the lexicon and the event search cut them: each event's
    text is cut once, not again for every question that shows it."""
    from ..answering.event_words import event_words
    from ..reading.lexicon import lexicon_words

    text = f"{title} {summary}".lower()
    return frozenset(lexicon_words(text)) | event_words(text)


def read_as_line(answer) -> str:
    """One line: how the question was read, and the words crr did not use."""
    summary = (answer.reading or {}).get("summary", "")
    if not summary:
        return ""
    line = f"Read as: {summary}."
    if mended := answer.reading.get("mended"):
        line += " Read " + ", ".join(f"“{typo}” as “{word}”" for typo, word in mended.items()) + "."
    if answer.reading.get("asked_as"):
        line += f" Asked as: “{answer.reading['asked_as']}”."
    if answer.reading.get("stated"):
        line += " The times it states before the question were read as said, not asked."
    if answer.reading.get("others"):
        line += " Other readings: " + "; ".join(answer.reading["others"]) + "."
    if answer.unread:
        line += " Not used: " + ", ".join(f"“{w}”" for w in answer.unread) + "."
    return line


def describe(period_label: str) -> str:
    return describe_period(period_label)
