"""A question about one of crr's sources itself ("who publishes the China-Russia
Dashboard?", "what is SIPRI?", "how recent is the UN voting data?"): the answer is
what crr records of that source (db/sources.yaml), not a figure or an event its
words happen to share."""

from __future__ import annotations

from ..answer import Answer, Citation
from ..reading.read import Intent
from ..reading.words import Lazy, _stem

WORD = Lazy(r"[a-z][a-z'-]*")
# What a kind of source is called in a sentence.
KIND_WORDS = {"encyclopedia": "an encyclopedia article", "dashboard": "a dashboard of charts", "dataset": "a dataset"}


def _month_or_day(iso: str) -> str:
    """"2026-02-11" -> "11 February 2026", "2026-02" -> "February 2026", "2021" -> "2021"."""
    from ..reading.periods import describe_period

    return describe_period(iso) if iso else ""


class SourcesAsked:
    """Mixed into Engine, which provides store and the event vocabulary."""

    def _source_asked(self, intent: Intent) -> Answer | None:
        """The answer to a question whose every word, besides a source's name, asks about a
        source (who makes it, what it is, how recent it is); None for any other question."""
        if len(intent.sources) != 1 or intent.periods or intent.people or intent.numbers \
                or intent.currency or intent.units or intent.follow_up:
            return None
        source = self.store.sources.get(intent.sources[0])
        if source is None:
            return None
        named = {w for phrase, facet in intent.bound.items() if facet == "source" for w in phrase.split()}
        asking = self._source_asking_words()
        words = [w for w in WORD.findall(intent.normalized) if w not in named]
        if not words or any(_stem(w) not in asking for w in words):
            return None
        counts = {row["kind"]: row["n"] for row in self.store.rows(
            "select 'figures' as kind, count(*) as n from observations where source_id = ? "
            "union all select 'events', count(*) from events where source_id = ?", (source.id, source.id))}
        held = " and ".join(f"{counts[k]:,} {k}" for k in ("figures", "events") if counts.get(k))
        lines = [f"{source.short_name} is {KIND_WORDS.get(source.kind, 'a source')}: \u201c{source.title}\u201d, "
                 f"by {source.producer}[1]."]
        dates = [f"published {_month_or_day(source.date_published)}"] if source.date_published else []
        if source.as_of:
            dates.append(f"its figures run to {_month_or_day(source.as_of)}")
        if source.date_accessed:
            dates.append(f"crr's copy was read {_month_or_day(source.date_accessed)}")
        if dates:
            lines.append(dates[0][0].upper() + "; ".join(dates)[1:] + ".")
        if source.processing:
            lines.append(f"How crr's figures were made from it: {source.processing.split('. ')[0].rstrip('.')}.")
        if held:
            lines.append(f"crr holds {held} from it.")
        lines.append(f"Online: {source.url_main}" + (f" (licence: {source.license_name})." if source.license_name else ""))
        return Answer.model_construct(
            question=intent.question, answered=True, kind="source",
            interpretation=f"About the source {source.short_name}", text="\n".join(lines) + "\n",
            values=[], events=[], suggestions=[f"{source.short_name} sources", "what can I ask?"],
            citations=[Citation.model_construct(source=source.id, locator="", text=source.citation_full,
                                                url=source.url_main, accessed=source.date_accessed)],
            context={"kind": "source", "sources": [source.id]}, reading={}, unread=[])

    def _source_asking_words(self) -> frozenset[str]:
        cached = getattr(self, "_source_asking_cache", None)
        if cached is None:
            cached = self._source_asking_cache = frozenset(
                _stem(w) for phrase in self.store.event_search.get("source_asked", []) for w in WORD.findall(phrase))
        return cached
