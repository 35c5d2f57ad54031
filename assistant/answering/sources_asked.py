"""A question about one of crr's sources itself ("who publishes the China-Russia
Dashboard?", "what is SIPRI?", "how recent is the UN voting data?"): the answer is
what crr records of that source (db/sources.yaml), not a figure or an event its
words happen to share."""

from __future__ import annotations

import re

from ..answer import Answer, Citation
from ..reading.read import Intent
from ..reading.words import Lazy, _stem
from ..writing.cite import provenance_note

WORD = Lazy(r"[a-z][a-z'-]*")
# What a kind of source is called in a sentence.
KIND_WORDS = {"encyclopedia": "an encyclopedia article", "dashboard": "a dashboard of charts", "dataset": "a dataset"}


def _month_or_day(iso: str) -> str:
    """"2026-02-11" -> "11 February 2026", "2026-02" -> "February 2026", "2021" -> "2021"."""
    from ..reading.periods import describe_period

    return describe_period(iso) if iso else ""


# "Where does your trade data come from?", "what are the sources for the arms figures?": the
# sources of a subject's figures.
WHERE_FROM = Lazy(r"\bwhere (?:does|do|did|is|are|was|were) (?:[\w'-]+ ){0,6}?(?:come|came|coming|taken|drawn|sourced|got|get)"
                  r"(?: (?:it|them))? from\b|\b(?:what|which) (?:are|is|were|was) (?:the |your |crr's |its )?sources? "
                  r"(?:of|for|on|behind) ")
# "Is the data up to date?", "how recent are your figures?": how far each source runs.
HOW_RECENT = Lazy(r"\b(?:up to date|up-to-date|how (?:recent|current|old|fresh|new)|last updated|updated|as of when)\b")
# "How far back does the SIPRI data go?", "which years does the IMF series cover?": the
# years a source's (or a subject's) figures span.
COVERAGE = Lazy(r"\b(?:how far back|go(?:es)? back|reach(?:es)? back|(?:what|which) (?:years?|period|dates?|span)\b|"
                r"(?:from|since|up to|until) (?:when|what year|which year)\b|how many years\b|"
                r"(?:start|starts|begin|begins|earliest|first year|cover|covers|covered|coverage|span|spans|range)\b)")
# Words of a subject's figures that name no other thing: the two parties, the way goods go.
TWO_WAY_WORDS = frozenset(_stem(w) for w in (
    "china", "russia", "chinese", "russian", "china-russia", "russia-china", "sino-russian", "russo-chinese",
    "bilateral", "two-way", "import", "imports", "imported", "export", "exports", "exported"))
DATA_WORDS = Lazy(r"\b(?:data|dataset|datasets|database|figures|numbers|statistics|stats|sources?)\b")


def _named_with_unit(metric) -> str:
    """"Bilateral trade (USD bn)"; a name that already ends in its unit keeps it once."""
    return metric.name if metric.name.endswith(")") else f"{metric.name} ({metric.unit})"


# A reference asked for: "how do I cite ...", "citation for ...", "cite SIPRI in APA".
CITING = Lazy(r"\b(?:cite|citing|citation|citations|reference|bibliography|footnote)\b")


# "Do the sources disagree about anything?", "where do the two sources differ?", "any
# conflicts between the sources?": the disagreements crr's curators recorded, not a figure
# whose words say "disagree" (the UN votes cast differently).
SOURCES_DISAGREE = Lazy(r"\b(?:sources?|documents?|dashboard and wikipedia|wikipedia and the dashboard)\b[^?]{0,40}?"
                        r"\b(?:disagree\w*|differ|differs|differed|conflict\w*|contradict\w*|inconsisten\w*|discrepan\w*|clash\w*)\b"
                        r"|\b(?:disagreements?|conflicts?|contradictions?|discrepanc\w*|inconsistenc\w*) (?:between|among|in|across) "
                        r"(?:the |crr's |your |its )?(?:two )?(?:sources|documents)\b")


DISAGREE_WORD = Lazy(r"disagree|differ|conflict|contradict|inconsisten|discrepan|clash", re.IGNORECASE)


class SourcesAsked:
    """Mixed into Engine, which provides store and the event vocabulary."""

    def _disagreements_asked(self, question: str) -> Answer | None:
        """"Where do the sources disagree?": each disagreement crr's curators recorded, in
        their words, with the records set against each other cited.  None for a question
        that names a time or asks of anything else (its answer carries its own note)."""
        from ..reading.words import normalize
        from ..writing.render import render
        from .draft import Draft

        from ..reading.read import read

        if not DISAGREE_WORD.search(question):
            return None  # (most questions say no such word: nothing more is tried)
        text = normalize(question)
        if not SOURCES_DISAGREE.search(text) or re.search(r"\b(?:1[89]|20)\d\d\b", text) \
                or re.search(r"[.?!;:]\s+\S|\s[-–—]+\s", question.strip()):
            return None  # (a time named, or a question of its own after it: "... What date does Wikipedia give?")
        # "Do the sources disagree on exercises?": those whose records are of a subject asked.
        asked = {s for group in read(question, self.lexicon).subjects for s in group}
        draft = Draft(self.store)
        items = []
        for row in self.store.rows("select id, note from disagreements order by id"):
            if asked and not asked & self._disputed_subjects(row["id"]):
                continue
            records = self.store.rows(
                "select o.source_id, o.locator from disagreement_records d join observations o on o.id = d.record_id "
                "where d.disagreement_id = ? union select e.source_id, e.locator from disagreement_records d "
                "join events e on e.id = d.record_id where d.disagreement_id = ?", (row["id"], row["id"]))
            marks = "".join(f"[{draft.cite(r['source_id'], r['locator'])}]" for r in records)
            names = "; ".join(dict.fromkeys(draft.short(r["source_id"]) for r in records))
            items.append({"note": row["note"], "marks": marks, "names": names})
        if not items:
            return None
        body = render("answers/disagreements.txt.j2", items=items)
        return Answer.model_construct(
            question=question, answered=True, kind="sources",
            interpretation="Read as a question about where crr's sources disagree.",
            text=body, values=[], events=[], citations=draft.citations,
            suggestions=["trade in 2025", "when was the first joint exercise?"],
            context={"kind": "source", "sources": sorted({c.source for c in draft.citations})},
            reading={"kind": "sources", "summary": "the disagreements between crr's sources, as its curators record them"},
            unread=[])

    def _disputed_subjects(self, disagreement_id: str) -> set[str]:
        """The subjects of the records a disagreement sets against each other, with those
        they fall under."""
        rows = self.store.rows(
            "select m.subjects from disagreement_records d join observations o on o.id = d.record_id "
            "join metrics m on m.id = o.metric_id where d.disagreement_id = ? union "
            "select e.subjects from disagreement_records d join events e on e.id = d.record_id "
            "where d.disagreement_id = ?", (disagreement_id, disagreement_id))
        found = {s.strip() for r in rows for s in (r["subjects"] or "").split(";") if s.strip()}
        return found | {a for s in found for a in self.resolver.facts.ancestors(s)}

    def _source_asked(self, intent: Intent) -> Answer | None:
        """The answer to a question whose every word, besides a source's name, asks about a
        source (who makes it, what it is, how recent it is); None for any other question."""
        if intent.periods or intent.people or intent.numbers or intent.currency or intent.units or intent.follow_up:
            return None
        if not intent.sources:
            return self._sources_of_a_subject(intent)
        if len(intent.sources) != 1:
            return None
        source = self.store.sources.get(intent.sources[0])
        if source is None:
            return None
        named = {w for phrase, facet in intent.bound.items() if facet == "source" for w in phrase.split()}
        asking = self._source_asking_words()
        words = [w for w in WORD.findall(intent.normalized) if w not in named and _stem(w) not in named]
        if words and intent.subjects and COVERAGE.search(intent.normalized) and DATA_WORDS.search(intent.normalized):
            # "what years does the customs data cover for LNG?": the subject's measures in that source
            return self._subject_covered(intent, {s for group in intent.subjects for s in group}, asking,
                                         source.id, {_stem(w) for w in named})
        if not words or any(_stem(w) not in asking for w in words):
            return None
        counts = {row["kind"]: row["n"] for row in self.store.rows(
            "select 'figures' as kind, count(*) as n from observations where source_id = ? "
            "union all select 'events', count(*) from events where source_id = ?", (source.id, source.id))}
        held = " and ".join(f"{counts[k]:,} {k}" for k in ("figures", "events") if counts.get(k))
        lines = [f"{source.short_name} is {KIND_WORDS.get(source.kind, 'a source')}: \u201c{source.title}\u201d, "
                 f"by {source.producer}[1]."]
        dates = [f"published {_month_or_day(source.date_published)}"] if source.date_published else []
        if (snapshot := re.search(r"\(snapshot of ([^)]+)\)", source.citation_full or "")):
            # an article that changes by the day: the snapshot read, whose revision crr did not record
            dates = [f"read as a snapshot of {snapshot.group(1)}; crr did not record its revision, so no "
                     "permalink can be given"]
            if source.as_of:
                dates.append(f"crr ends its open spans (\"since 2022\") at {_month_or_day(source.as_of)}, "
                             "the date of its snapshots")
        elif source.as_of:
            dates.append(f"its figures run to {_month_or_day(source.as_of)}")
        if source.date_accessed:
            dates.append(f"crr's copy was read {_month_or_day(source.date_accessed)}")
        if dates:
            lines.append(dates[0][0].upper() + "; ".join(dates)[1:] + ".")
        if source.processing:
            lines.append(f"How crr's figures were made from it: {source.processing.split('. ')[0].rstrip('.')}.")
        if (read := provenance_note(source, source.date_published)):
            lines.append(f"Where crr read it: {read}.")  # (a vendor's export, a public copy and its commit)
        if held:
            lines.append(f"crr holds {held} from it.")
        if COVERAGE.search(intent.normalized):
            lines.extend(self._years_covered(source.id))
        lines.append(f"Online: {source.url_main}" + (f" (licence: {source.license_name})." if source.license_name else ""))
        if CITING.search(intent.normalized):
            # "how do I cite the Dashboard?": the reference itself, and how answers cite it
            lines.insert(0, f"To cite {source.short_name}, use reference [1] below (in another style: add "
                            "\"in APA\", \"in MLA\" ...). crr's answers cite it with the "
                            f"{'chart' if source.kind == 'dashboard' else 'section' if source.kind == 'encyclopedia' else 'table or file'}"
                            " each figure comes from.\n")
        return Answer.model_construct(
            question=intent.question, answered=True, kind="source",
            interpretation=f"About the source {source.short_name}", text="\n".join(lines) + "\n",
            values=[], events=[], suggestions=[f"{source.short_name} sources", "what can I ask?"],
            citations=[Citation.model_construct(source=source.id, locator="", text=source.citation_full,
                                                url=source.url_main, accessed=source.date_accessed)],
            context={"kind": "source", "sources": [source.id]}, reading={}, unread=[])

    def _sources_of_a_subject(self, intent: Intent) -> Answer | None:
        """"Where does your trade data come from?": the sources of the figures on its subject;
        "is the data up to date?": how far each source's figures run."""
        text = intent.normalized
        subjects = {s for group in intent.subjects for s in group}
        asking = self._source_asking_words()
        if WHERE_FROM.search(text) and DATA_WORDS.search(text):
            metrics = [m for m in self.metrics.values() if not subjects or subjects & self._with_broader(m.subjects)]
        elif (HOW_RECENT.search(text) or COVERAGE.search(text)) and DATA_WORDS.search(text) and not subjects \
                and all(_stem(w) in asking for w in WORD.findall(text)):
            metrics = list(self.metrics.values())
        elif COVERAGE.search(text) and DATA_WORDS.search(text) and subjects:
            return self._subject_covered(intent, subjects, asking)
        else:
            return None
        return self._sources_listed(intent, metrics, subjects)

    def _sources_listed(self, intent: Intent, metrics, subjects=frozenset()) -> Answer | None:
        """The sources of `metrics`' figures, each with how many and how far they run."""
        if not metrics:
            return None
        marks = ",".join("?" * len(metrics))
        rows = self.store.rows(f"select source_id, count(*) as n from observations where metric_id in ({marks}) "
                               f"group by source_id order by n desc", tuple(m.id for m in metrics))
        if not rows:
            return None
        about = " and ".join(intent.as_written(w) for w in intent.subject_words) if subjects else ""
        lines = [f"crr's figures{' on ' + about if about else ''} come from {len(rows)} source"
                 f"{'s' if len(rows) > 1 else ''}, each cited with every figure:"]
        citations = []
        for number, row in enumerate(rows, start=1):
            source = self.store.sources[row["source_id"]]
            first = self._first_year(source.id)
            lines.append(f"- {source.short_name}, by {source.producer}: {row['n']:,} figure{'s' if row['n'] > 1 else ''}, "
                         f"{'from ' + first + ' ' if first else ''}running to {_month_or_day(source.as_of)}[{number}]")
            citations.append(Citation.model_construct(source=source.id, locator="", text=source.citation_full,
                                                      url=source.url_main, accessed=source.date_accessed))
        lines.append("Ask about one of them (\u201cwhat is SIPRI?\u201d) for how crr made its figures from it.")
        return Answer.model_construct(
            question=intent.question, answered=True, kind="source",
            interpretation="About crr's sources", text="\n".join(lines) + "\n", values=[], events=[],
            suggestions=["crr sources", "what can I ask?"], citations=citations,
            context={"kind": "source", "sources": [r["source_id"] for r in rows]}, reading={}, unread=[])

    def _first_year(self, source_id: str) -> str:
        """The first year a source's figures are of ("1992"); "" if it holds none."""
        rows = self.store.rows("select min(substr(period_start, 1, 4)) as first from observations "
                               "where source_id = ? and period_start like '____%'", (source_id,))
        return rows[0]["first"] or "" if rows else ""

    def _years_covered(self, source_id: str, most: int = 8) -> list[str]:
        """The years each measure of a source's figures covers, measures with most figures first."""
        rows = self.store.rows("select metric_id, count(*) as n from observations where source_id = ? "
                               "group by metric_id order by n desc, metric_id", (source_id,))
        first = self._first_year(source_id)
        last = self.store.rows("select max(substr(period_end, 1, 4)) as last from observations where source_id = ?",
                               (source_id,))[0]["last"]
        lines = [f"Its figures are dated from {first} to {last}, over {len(rows)} measure{'s' if len(rows) > 1 else ''}:"]
        for row in rows[:most]:
            metric = self.metrics[row["metric_id"]]
            held = self._holdings_of([r for r in self.store.observations(metric.id) if r["source_id"] == source_id])
            lines.append(f"- {_named_with_unit(metric)}: {held}")
        if len(rows) > most:
            lines.append(f"- and {len(rows) - most} more, with fewer figures each")
        return lines

    def _subject_covered(self, intent: Intent, subjects, asking, source_id: str | None = None,
                         named=frozenset()) -> Answer | None:
        """"How far back does the trade data go?": the years each measure on the subject covers,
        with its source, measures with most figures first (of `source_id`'s figures alone, when
        the question names a source, whose words are `named`, as stems); None if a word is
        neither the subject's nor one of asking about data."""
        if set(intent.parties) - {"china", "russia"}:
            return None  # "the India trade data": crr holds no such series
        own = {_stem(w) for phrase in intent.subject_words for w in WORD.findall(phrase)} | TWO_WAY_WORDS
        if any(_stem(w) not in asking and _stem(w) not in own and _stem(w) not in named
               for w in WORD.findall(intent.normalized)):
            return None
        metrics = [m for m in self.metrics.values() if subjects & self._with_broader(m.subjects)]
        if not metrics:
            return None
        marks = ",".join("?" * len(metrics))
        rows = self.store.rows(f"select metric_id, source_id, count(*) as n from observations where metric_id in ({marks}) "
                               f"and (? is null or source_id = ?) "
                               f"group by metric_id, source_id order by n desc, metric_id limit 8",
                               (*(m.id for m in metrics), source_id, source_id))
        about = self.store.cased(" and ".join(intent.as_written(w) for w in intent.subject_words))
        named_source = self.store.sources[source_id].short_name if source_id else ""
        if not rows and source_id:
            # "what years does the SIPRI data cover for trade?": that source gives none
            return Answer.model_construct(
                question=intent.question, answered=False, kind="source",
                interpretation=f"The years crr's figures on {about} from {named_source} cover",
                text=f"crr holds no figures on {about} from {named_source}; ask “what is {named_source}?” "
                     f"for what it holds from it.\n", values=[], events=[], suggestions=[f"what is {named_source}?"],
                citations=[], context={"kind": "source", "sources": [source_id]}, reading={}, unread=[])
        if not rows:
            return None
        if named_source:
            about += f" from {named_source}"
        sources = list(dict.fromkeys(r["source_id"] for r in rows))
        lines = [f"The years crr's figures on {about} cover, the longest series first:"]
        for row in rows:
            metric = self.metrics[row["metric_id"]]
            held = self._holdings_of([r for r in self.store.observations(metric.id) if r["source_id"] == row["source_id"]])
            lines.append(f"- {_named_with_unit(metric)}: {held} ({self.store.sources[row['source_id']].short_name}"
                         f"[{sources.index(row['source_id']) + 1}])")
        citations = [Citation.model_construct(source=s, locator="", text=self.store.sources[s].citation_full,
                                              url=self.store.sources[s].url_main,
                                              accessed=self.store.sources[s].date_accessed) for s in sources]
        return Answer.model_construct(
            question=intent.question, answered=True, kind="source",
            interpretation=f"The years crr's figures on {about} cover", text="\n".join(lines) + "\n",
            values=[], events=[], suggestions=[f"{self.metrics[rows[0]['metric_id']].name.lower()} over time",
                                               "crr sources"],
            citations=citations, context={"kind": "source", "sources": sources}, reading={}, unread=[])

    def _with_broader(self, subjects) -> set[str]:
        """A metric's subjects and every broader one ("lng" is "gas" too)."""
        found, parents = set(), self.lexicon.parents
        for subject in subjects:
            while subject and subject not in found:
                found.add(subject)
                subject = parents.get(subject)
        return found

    def _source_asking_words(self) -> frozenset[str]:
        cached = getattr(self, "_source_asking_cache", None)
        if cached is None:
            cached = self._source_asking_cache = frozenset(
                _stem(w) for phrase in self.store.event_search.get("source_asked", []) for w in WORD.findall(phrase))
        return cached
