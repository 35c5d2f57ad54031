"""A country's goods trade balance with the other: "did Russia have a trade surplus with
China in 2020?", "how much did Russia's exports to China exceed its imports from China?".

No source states a balance; crr works it out from the two ways of goods trade that one
source gives for the same year, as one reporter counts them, and shows the arithmetic.
"""

from __future__ import annotations

import re


from ..answer import Answer
from ..reading.kinds import KIND_WORDS
from ..reading.periods import describe_period
from ..reading.read import Intent
from ..writing.render import format_number, format_value
from .draft import Draft, as_reported, join_words
from .figures import _runs_of_years
from ..reading.words import Lazy

BALANCE = Lazy(r"\b(?:surplus(?:es)?|deficits?|trade balance|balance of trade|(?:trade )?imbalance|net exporter"
               r"|net importer|(?:exceed(?:ed|s)?|outstrip(?:ped|s)?|outpac(?:e|ed|es))(?!\s+(?:usd\s*|us\$\s*|\$\s*)?\d))\b"
               # "did China export more to Russia than it imported?"
               r"|\bexport\w*\s+more\s+(?:\S+\s+){0,3}?than\s+(?:\S+\s+){0,2}?import"
               # "how much more did China export to Russia than import?"
               r"|\bmore\s+(?:\S+\s+){0,3}?export\w*\s+(?:\S+\s+){0,3}?than\s+(?:\S+\s+){0,2}?import"
               r"|\bmore\s+(?:\S+\s+){0,3}?import\w*\s+(?:\S+\s+){0,3}?than\s+(?:\S+\s+){0,2}?export"
               r"|\bimport\w*\s+more\s+(?:\S+\s+){0,3}?than\s+(?:\S+\s+){0,2}?export"
               # "Russia's exports to China minus imports", "net exports"
               r"|\b(?:export|import)\w*\s+(?:\S+\s+){0,3}?minus\s+(?:\S+\s+){0,2}?(?:import|export)|\bnet exports?\b"
               # "which country exports more, China or Russia?": to the other, the one with the surplus
               r"|\b(?:exports?|sells?) (?:more|less)\b(?=\s*(?:$|to (?:the other|each other)|(?:china|russia) or (?:china|russia)))")
# "... first exceed ...", "the earliest year": the first year of a surplus.
FIRST_TIME = Lazy(r"\b(?:first|earliest)\b")
# "Who had the trade surplus?", "which side ran a deficit?": which of the two, by the balance.
WHICH_SIDE = Lazy(r"^(?:(?:and|so|but|then|ok|okay|also|well) )?(?:who|which (?:side|country|one|of the two)(?: of the two)?)\b")
SERIES_ASKED = Lazy(dict(KIND_WORDS)["series"])
# The goods flows of each country, as (its exports, its imports): their metrics' ids.
FLOWS = {"russia": ("trade_russia_to_china", "trade_china_to_russia"),
         "china": ("trade_china_to_russia", "trade_russia_to_china")}


class BalanceAnswers:
    """Mixed into Engine, which provides the store, metrics and the figures' rows."""

    def _asks_balance(self, intent: Intent) -> bool:
        """A question of one country's balance of goods trade with the other."""
        # ("tradde balance 2018": "balance" beside trade however the trade is spelled)
        asked = BALANCE.search(intent.normalized) or re.search(r"\bbalance\b", intent.normalized)
        return bool(asked) and all(m in self.metrics for pair in FLOWS.values() for m in pair) \
            and all("trade" in group for group in intent.subjects) \
            and not intent.others and (intent.kind not in ("judgement", "help", "sources", "who", "when")
                                       or intent.kind == "who" and WHICH_SIDE.match(intent.normalized)
                                       or intent.kind == "when" and FIRST_TIME.search(intent.normalized))

    def _answer_balance(self, intent: Intent) -> Answer:
        first_asked = intent.kind == "when"
        # "trade balance over time", "the balance by year": each year held
        series_asked = intent.kind == "series" or bool(SERIES_ASKED.search(intent.normalized))
        intent.kind = "balance"  # so that "and 2020?" asks it again of 2020
        whose = next((p for p in intent.parties if p in FLOWS), "russia")
        other = "china" if whose == "russia" else "russia"
        names = {p: self.store.parties.get(p, p.title()) for p in FLOWS}
        out_id, in_id = FLOWS[whose]
        exports, imports = self.metrics[out_id], self.metrics[in_id]
        draft = Draft(self.store)
        label = f"{names[whose]}'s goods trade balance with {names[other]}"
        rows_out = {(r["period"], r["source_id"], r["reporter"] or ""): r for r in self._points(out_id)}
        rows_in = {(r["period"], r["source_id"], r["reporter"] or ""): r for r in self._points(in_id)}
        both = sorted(set(rows_out) & set(rows_in))
        years = sorted({key[0] for key in both})
        asked = [p.label for p in intent.periods if p.form == "point"]
        if spans := [p for p in intent.periods if p.form != "point"]:
            # "the balance from 2015 to 2020", "since 2010": each year held within the span
            asked += [y for y in years if any(p.first_day[:4] <= y <= p.last_day[:4] for p in spans)]
        elif series_asked and not asked:
            asked = years
        if first_asked:
            # "In which year did China's exports to Russia first exceed its imports?": of each
            # reporter's years, the first with a surplus for that side, worked out the same way.
            firsts = {}
            for key in both:
                if (not intent.reporter or key[2] in ("", intent.reporter)) and key[2] not in firsts \
                        and rows_out[key]["value"] - rows_in[key]["value"] > 0:
                    firsts[key[2]] = key[0]
            asked = sorted(set(firsts.values()))
            if not asked:
                text = (f"In the years crr holds both ways of goods trade ({join_words(_runs_of_years(years))}), "
                        f"{names[whose]}'s exports to {names[other]} never exceeded its imports from it.\n")
                return draft.answer(intent, False, "balance", f"Read as the first year of a surplus for {names[whose]}.",
                                    text, [])
        wanted = asked or years[-1:]
        when = join_words([describe_period(y) for y in wanted])
        interpretation = f"Read as {label}, {when}: its exports less its imports, worked out."
        lines, missing = [], []
        for year in wanted:
            keys = [k for k in both if k[0] == year and (not intent.reporter or k[2] in ("", intent.reporter))]
            if not keys:
                missing.append(year)
            for key in keys:
                out = draft.observed(rows_out[key], exports)
                into = draft.observed(rows_in[key], imports)
                a, b = rows_out[key]["value"], rows_in[key]["value"]
                balance = round(a - b, 3)
                fact = draft.derived(exports, year, balance,
                                     f"{format_number(a)} − {format_number(b)} = {format_number(balance)}",
                                     [out, into], label=label)
                way = f"a surplus for {names[whose]}" if balance > 0 else \
                    f"a deficit for {names[whose]}, a surplus for {names[other]}" if balance < 0 else "in balance"
                reporter = as_reported(key[2]).removeprefix(", ")
                lines.append(f"{label} in {describe_period(year)}{', ' + reporter if reporter else ''}: "
                             f"exports to {names[other]} {out.text}{out.marks} less imports from {names[other]} "
                             f"{into.text}{into.marks} = {format_value(balance, exports.unit, '')}, {way} "
                             f"(derived: {fact.value.formula}).")
        if missing:
            lines.append(f"The data has no figures for both ways of goods trade in "
                         f"{join_words([describe_period(y) for y in missing])}; it has them for "
                         f"{join_words(_runs_of_years(years))}.")
        if first_asked:
            lines.insert(0, f"The first year in the data ({join_words(_runs_of_years(years))}) in which "
                            f"{names[whose]}'s exports to {names[other]} exceeded its imports from it, by each "
                            f"reporter crr holds:")
        answered = len(missing) < len(wanted)
        if answered:
            # (a source that says in words which way it leans, with no figure: the Dashboard)
            worded = [r for r in self.store.rows("select * from events where category = 'trade' "
                                                 "and (title like '%surplus%' or title like '%deficit%')")]
            said = "".join(f" {line['source_name']} says it in words: {line['row']['title'][:1].lower()}"
                           f"{line['row']['title'][1:]}{line['marks']}." for line in self._cite_events(draft, worded))
            lines.append(f"No source states a balance as a figure;{said} crr works it out from one source's figures "
                         "for both ways, as one reporter counts them. Each reporter values its exports FOB and its "
                         "imports CIF, so the two reporters' balances differ.")
        return draft.answer(intent, answered, "balance", interpretation, "\n".join(lines) + "\n", [])
