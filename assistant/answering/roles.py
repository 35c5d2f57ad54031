"""Who held an office or a role: the holder at a time from the curated offices, and the
people of the events who played a role asked."""

from __future__ import annotations

import re
import sqlite3
from functools import cached_property
from dataclasses import replace

from ..reading.offices import holder, office_gap
from ..reading.periods import describe_period
from ..reading.read import Intent
from ..reading.words import STOPWORDS, _stem, content_tokens
from .draft import Draft
from .event_words import event_stem
from ..reading.words import Lazy


COUNTRY_WORD = Lazy(r"\b(chin|russi)(?:a|an|ese)(?:'s|s)?\b|\b(prc|beijing|moscow|kremlin)(?:'s|’s)(?!\w)|\b(prc)\b")
# Words that say which post ("foreign minister", "deputy prime minister"), not what it did.
# A question's opening word of asking: with one, a post named is part of a question of its own.
QUESTION_WORD = Lazy(r"^(?:who|whom|whose|what|whats|when|where|which|why|how|did|does|do|is|was|are|were|has|have|"
                     r"had|can|could|will|would|list|show|give|tell|name)\b")
POST_WORDS = frozenset("foreign defence defense prime deputy vice first top chief state head the of".split())
# The two named as a pair ("Russia-China", "China and Russia's"): neither is the country asked.
COUNTRY_PAIR = Lazy(r"\b(?:chin|russi)(?:a|an|ese)\s*(?:-|–|—|/|\band\b|&)\s*(?:chin|russi)(?:a|an|ese)(?:'s|s)?\b")


# Words that make a role a lesser or a past one: a vice minister is no minister.
LESSER = Lazy(r"\b(vice|deputy|former|ex|acting|assistant|first deputy)\b(?=[\w\s-]{0,40}?\b(?:minister|president|premier|"
              r"chairman|director|secretary|ambassador|head|chief|leader|governor))")


def _year_of_role(role: str, hits: list[str]) -> int:
    """The year a role text gives the role asked ("Prime Minister in 2010; President again by
    2013": 2010 for a prime minister), else its latest year."""
    for term in hits:
        at = role.find(term)
        if at >= 0 and (year := re.search(r"\b(?:19|20)\d\d\b", role[at:at + 30])):
            return int(year.group(0))
    return max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", role)), default=0)


def _country_asked(text: str) -> str | None:
    """The first of the two countries a question names ("China's", "Russian", "chinas",
    "Beijing's": a capital's own), not as one of the pair ("the Russia-China agreement")."""
    found = COUNTRY_WORD.search(COUNTRY_PAIR.sub(" ", text))
    return {"chin": "china", "russi": "russia", "prc": "china", "beijing": "china", "moscow": "russia",
            "kremlin": "russia"}[next(g for g in found.groups() if g)] if found else None


# The one who reports what is asked: "per Politico", "reported by Reuters", "the Wikipedia infobox".
REPORTED_BY = Lazy(r"\b(?:per|according to|reported by|reports? by|citing|by) (?:the )?([a-z]+)\b"
                   r"|\b([a-z]+) (?:says|said|reported|reports|claims|claimed|infobox|article)\b"
                   r"|\b(?:did|does|do|has|have) (?:the )?([a-z]+) (?:say|report|claim|allege|write|find)\b")


# "Who led CNPC?", "who ran Yukos?": the head of a body.
LEADING = Lazy(r"\b(?:led|leads|lead|leading|ran|runs|run|running|headed|heads|chaired|chairs)\b")


# "Who succeeded Hu?", "Hu's successor", and the other way, "whom did Hu succeed?".
AFTER_ONE = Lazy(r"\b(?:who|whom) (?:succeeded|replaced|came after|followed)\b|\bsuccessor\b")
BEFORE_ONE = Lazy(r"\b(?:who|whom) (?:did|had) \S+(?: \S+)? (?:succeed|replace|follow)\b|\bpredecessor\b"
                  r"|\b(?:who|whom) (?:came|was) before\b")
SUCCEEDS = Lazy(r"^(.+?) succeeds (.+?)(?: as\b.*)?$")


# "Who was Russia's prime minister in 2001?", "who was Chinese premier when Yeltsin visited?": the
# holder of a post asked for (the post, by the role word it ends in).
# (a post asked of a time, nothing more: "who was the Kazakh president who opened the pipeline?"
# and "the CNPC chief facing Miller" name someone by a deed, of whom the role is a description)
# (after a clause that sets the time: "when Mishustin visited Beijing in May 2023, who was China's premier?")
POST_HOLDER_ASKED = (r"(?:^|, |\d )(?:and |so |but )?who (?:was|is|were|served as|became) (?:the )?((?:[\w'’-]+ ){{0,3}}?)({roles})"
                     r"(?: (?:of|for) (?:the )?[\w'’-]+)?(?: (?:in|during|when|while|at the time|back in|as of|then|by|under)\b.*)?\??$")
# The words before a role that say which post it is: a prime minister is no defence minister.
POST_WORDS_SAID = frozenset("prime defence defense foreign finance energy trade economy economic interior deputy vice".split())
# Two names of one post.
SAME_POST = {"premier": "prime minister", "prime minister": "premier"}
# A role its text dates to one year: "Prime Minister in 2010", "Defence Minister of Russia in November 2023".
DATED_ROLE = Lazy(r"^[^;()]{0,30}?\bin (?:[a-z]+ )?((?:19|20)\d\d)\b")


class RoleAnswers:
    """Offices and roles; mixed into Engine."""

    def _only_a_post(self, intent) -> bool:
        """Whether a question is only the name of a post, perhaps of a country and a time
        ("PRC defence minister 2024"): it asks who held it, not a figure its words touch."""
        words = [w for w in intent.residue.split() if w != "'s"]  # ("russia's foreign minister": "'s" is left)
        if not words or QUESTION_WORD.match(intent.normalized) or intent.measures or intent.numbers:
            return False
        # An office read as its holder ("chinese president" in 2010: Hu) leaves the holder's name.
        holders = {self.lexicon.short_name(p) for p in intent.office_of}
        roles = [w for w in words if w in self.event_vocab.roles]
        rest = [w for w in words if w not in roles and w not in POST_WORDS and intent.bound.get(w) != "party"
                and not self.lexicon.has(w, "party") and w not in holders]
        return (bool(roles) and words[-1] in roles or bool(holders)) and not rest


    def _post_then_deed(self, intent) -> bool:
        """Whether a question is a post and what its holder did, with no question word
        ("Russian finance minister who said ...", "executive director of OGK quoted on ...")."""
        roles = "|".join(re.escape(r) for r in self.event_vocab.roles)
        return bool(re.match(rf"^(?:the )?(?:[\w&'.-]+ ){{0,5}}?(?:{roles})s?\b(?: of (?:the )?[\w&'-]+(?: [\w&'-]+)?)? "
                             rf"(?:who|whom|that|visiting|quoted|named|cited|behind|in charge)\b", intent.normalized))

    def _lesser_role(self, role: str, question: str) -> bool:
        """Whether a role is a lesser or past one of the role asked ("former vice minister
        of foreign affairs" for "foreign minister") that the question does not say."""
        lesser = {m.group(1) for m in LESSER.finditer(role)}
        return bool(lesser) and not any(re.search(rf"\b{word}", question) for word in lesser)

    def _post_holders(self, intent: Intent, row) -> tuple[str, set[str]] | None:
        """When the question asks who held a post ("who was Russia's prime minister in 2001?"),
        the post and the names of the event's people whose role is that post, not a lesser one,
        at the event's time (a role dated to another year held it then only); None when it asks
        no holder of a post."""
        roles = "|".join(re.escape(r) for r in self.event_vocab.roles)
        asked = re.search(POST_HOLDER_ASKED.format(roles=roles), intent.normalized)
        if not asked:
            return None
        post = " ".join([w for w in asked.group(1).split() if w in POST_WORDS_SAID] + [asked.group(2)])
        named = re.compile("|".join(rf"\b{re.escape(p)}" for p in filter(None, (post, SAME_POST.get(post)))))
        country = _country_asked(intent.normalized[asked.start():asked.end()])
        year = int(row["date"][:4]) if re.match(r"\d{4}", row["date"] or "") else None
        lesser_asked = bool(LESSER.search(asked.group(0)))
        held = set()
        for person in self.store.people_of_event(row["id"]):
            role = (person["role"] or "").lower()
            if country is not None and (person["country"] or "").lower() != country:
                continue
            mentions = [m for m in named.finditer(role)
                        if lesser_asked or not LESSER.search(role[max(0, m.start() - 25):m.end()])]
            if not mentions:
                continue
            dated = [DATED_ROLE.match(role[m.end():]) for m in mentions]
            if year is not None and all(dated) and all(abs(int(d.group(1)) - year) > 1 for d in dated):
                continue  # (Putin was prime minister in 2010, not in 2001)
            held.add(person["name"])
        return post, held

    def _holding_the_role(self, intent: Intent, row) -> set[str]:
        """The names of an event's people whose role is the one the question names, of the
        country it names ("Chinese premier": Wen Jiabao, not Putin); none when none is."""
        roles = [r for r in self.event_vocab.roles if re.search(rf"\b{r}", intent.normalized)]
        if LEADING.search(intent.normalized):
            roles += [r for r in ("head", "chief", "chairman", "director", "leader") if r not in roles]
        if not roles:
            return set()
        country = _country_asked(intent.normalized)
        holders = [p for p in self.store.people_of_event(row["id"])
                   if any(r in (p["role"] or "").lower() for r in roles)
                   and (country is None or (p["country"] or "").lower() == country)]
        # ("prime minister": not Novak, whose role is deputy prime minister, unless asked so;
        # "the prime minister and deputy prime minister": both)
        said = [m for r in roles for m in re.finditer(rf"\b{re.escape(r)}", intent.normalized)]
        lesser_said = [m for m in said if LESSER.search(intent.normalized[max(0, m.start() - 25):m.end()])]
        if said and lesser_said and len(lesser_said) < len(said):
            return {p["name"] for p in holders}
        holders = [p for p in holders if not self._lesser_role((p["role"] or "").lower(), intent.normalized)] or holders
        asked_lesser = {m.group(1) for m in LESSER.finditer(intent.normalized)}
        if asked_lesser:  # ("deputy prime minister": Novak, not Mishustin)
            holders = [p for p in holders if asked_lesser & {m.group(1) for m in LESSER.finditer((p["role"] or "").lower())}] \
                or holders
        # "Who led CNPC?": of those in such roles, the one whose role is of the body named.
        bodies = {w for w in re.findall(r"[a-z]{3,}", intent.normalized) if w not in STOPWORDS and w not in roles}
        of_it = [p for p in holders if bodies & set(re.findall(r"[a-z]{3,}", (p["role"] or "").lower()))]
        return {p["name"] for p in (of_it or holders)}

    def _unlisted_holders(self, intent: Intent) -> list:
        """Those of an office's country, not in its list of holders, whose role names the post
        ("Foreign Minister of Russia under Yeltsin"): the list starts where the sources date
        its holders, not where the post began."""
        text, office = intent.offices[0]
        party = office.split()[0].removeprefix("party=")
        listed = {term.split(":", 1)[1] for term in office.split()[1:]}
        post = " ".join(w for w in text.split() if not re.match(r"(?:the|russia|china|russian|chinese)(?:'s)?$", w))
        # (the post itself, not one it qualifies: "Chinese military leader" is no Chinese leader)
        own_post = re.compile(rf"(?:^|\b(?:the|chinese|russian|china's|russia's|soviet)\s+){re.escape(post)}\b")
        return [p for p in self.store.people if post and own_post.search((p["role"] or "").lower()) and p["id"] not in listed
                and (p["country"] or "").lower() == party and not self._lesser_role((p["role"] or "").lower(), text)]

    def _held_in_the_time_asked(self, person, intent: Intent) -> bool:
        """Whether a role's own words put its holder in the time asked: a leader's name ("under
        Yeltsin") that names that time, or a year within it."""
        role, period = (person["role"] or "").lower(), intent.periods[0]
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", role)]
        named = [w for w in re.findall(r"[a-z]+", period.phrase.lower()) if len(w) > 3 and w in role]
        return bool(named) or any(int(period.first_day[:4]) <= y <= int(period.last_day[:4]) for y in years)

    def _who_held_office(self, intent: Intent):
        """"Who was China's president when Yeltsin made his first official visit?": the
        event the rest of the question finds, and who held the office on its date."""
        from ..reading.periods import Period
        from ..writing.render import render

        if intent.periods and (gap := office_gap(intent.open_offices[0], intent.periods)):
            # "Who was Russia's president in November 2012?": the sources show Medvedev in it in
            # 2010 and Putin by 2013, and say nothing of the change between.
            before, after, later, since = gap
            names = {p["id"]: p["name"] for p in self.store.people}
            text = (f"The sources do not say who held this office in {intent.periods[0].phrase}: they show "
                    f"{names.get(before, before)} in it before {describe_period(after)} and "
                    f"{names.get(later, later)} in it by {describe_period(since)}, with no date for the change.")
            return Draft(self.store).answer(intent, False, "who", "Read as a question about who held an office.",
                                            text, [f"who is {names.get(later, later)}?"])
        before_the_list = bool(intent.periods) and holder(intent.open_offices[0], intent.periods) is None
        # The event is found by the words beside the office's ("the border war"), not its own.
        office_words = {w for text, _ in intent.offices for w in text.split()}
        search = replace(intent, residue=" ".join(w for w in intent.residue.replace("'s", " ").split()
                                                  if _stem(w) not in office_words and w not in office_words))
        rows = self._find_events(search, limit=1)
        if before_the_list and (rows and self._holding_the_role(intent, rows[0]) or any(
                self._held_in_the_time_asked(p, intent) for p in self._unlisted_holders(intent))):
            return None  # one in the post before crr's list of its holders, named by an event or a role: Kozyrev
        if before_the_list:
            rows = []
        if not rows:
            if not before_the_list:
                return None
            # "Who was the Chinese president in 1960?": before the first holder crr lists.
            first_since, first = intent.open_offices[0].split()[1].split(":", 1)
            names = {p["id"]: p["name"] for p in self.store.people}
            text = (f"crr's list of who held this office begins with {names.get(first, first)}, from "
                    f"{describe_period(first_since)}; it names no one for {intent.periods[0].phrase}.")
            if (earlier := self._unlisted_holders(intent)):
                # (its records name others in the post, undated: said, not taken for the time asked)
                text += " Its records also name, with no dates of their terms: " + "; ".join(
                    f"{p['name']} ({p['role']})" for p in earlier[:3]) + "."
            return Draft(self.store).answer(intent, False, "who", "Read as a question about who held an office.",
                                            text, [f"who is {names.get(first, first)}?"])
        person_id = holder(intent.open_offices[0], [Period.point(rows[0]["date"].split("/")[0])])
        people = {p["id"]: p for p in self.store.people}
        if person_id is None and (gap := office_gap(intent.open_offices[0], [Period.point(rows[0]["date"].split("/")[0])])):
            # "Who was the Russian president when Xi became leader?": November 2012, a time the
            # sources leave open between Medvedev and Putin.
            before, after, later, since = gap
            draft = Draft(self.store)
            event = self._cite_events(draft, rows)[0]
            text = (f"{event['row']['title']}: {event['date']} ({event['source_name']}{event['marks']}). "
                    f"The sources do not say who held this office then: they show {people[before]['name'] if before in people else before} "
                    f"in it before {describe_period(after)} and {people[later]['name'] if later in people else later} in it by "
                    f"{describe_period(since)}, with no date for the change.\n")
            return draft.answer(intent, False, "who", "Read as a question about who held an office at the time of an event.",
                                text, [])
        if person_id is None:
            # "Who was China's leader when the border war happened?": 1969, before the first
            # holder crr lists; said, with the event, and no one named.
            first_since, first = intent.open_offices[0].split()[1].split(":", 1)
            draft = Draft(self.store)
            cited = self._cite_events(draft, rows)
            event = cited[0]
            text = (f"{event['row']['title']}: {event['date']} ({event['source_name']}{event['marks']}). "
                    f"crr's list of who held this office begins with {people[first]['name'] if first in people else first}, "
                    f"from {first_since}, so it names no one for then.\n")
            return draft.answer(intent, False, "who", "Read as a question about who held an office at the time of an event.",
                                text, [])
        if person_id not in people:
            return None
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)
        named = person_id in {p["id"] for p in self.store.people_of_event(rows[0]["id"])}
        text = render("answers/who_office.txt.j2", holder=people[person_id]["name"], event=cited[0], named=named)
        return draft.answer(intent, True, "who", "Read as a question about who held an office at the time of an event.",
                            text, [f"who is {people[person_id]['name']}?"])

    def _party_stems(self, parties: tuple[str, ...]) -> frozenset[str]:
        """The words, as cut, of every one-word name of the parties ("russia", "russian", "moscow")."""
        return frozenset(w for party in parties for w in self._stems_of_parties.get(party, ()))

    @cached_property
    def _stems_of_parties(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for key, bindings in self.lexicon.entries.items():
            for b in bindings:
                if len(key) == 1 and b.facet == "party":
                    found.setdefault(b.value, set()).add(event_stem(key[0]))
        return {party: frozenset(stems) for party, stems in found.items()}

    def _people_by_role(self, intent: Intent) -> list[sqlite3.Row]:
        """Holders of the role the question names, best first: the country named
        first is the person's ("China's ambassador to Russia"), and unless the
        question gives a time, the holder the sources date latest comes first."""
        # Spellings, roles and the role's words, cut as the search terms are ("defence": "defenc").
        spell = {event_stem(k): event_stem(v) for k, v in self.event_vocab.spellings.items()}
        terms = [spell.get(t, t) for t in self.event_vocab.search_terms(intent.normalized)]
        # ... and the words as mended ("ambasador": ambassador).
        mended = " ".join(intent.content)
        terms += [t for t in dict.fromkeys(spell.get(t, t) for t in self.event_vocab.search_terms(mended))
                  if t not in terms]
        country = _country_asked(intent.normalized)
        now = not intent.periods or re.search(r"\b(?:current|currently|now|today|present|incumbent)\b",
                                              intent.normalized)
        # Words that say nothing of whose role ("the two countries'", "each other") need no match.
        harmless = {event_stem(w) for w in content_tokens(intent.normalized) if self.lexicon.has(w, "harmless")}
        # ... nor do words no record has, as typed ("whos", "chinas"; a typo mended is a term too).
        harmless |= {event_stem(w) for w in content_tokens(intent.normalized) if w not in self.lexicon.real_words}
        roles = {person["id"]: {spell.get(w, w) for w in map(event_stem, content_tokens((person["role"] or "").lower()))}
                 for person in self.store.people}
        # ... but a word some role has must be met ("Gazprom" in "who heads Gazprom?").
        harmless -= set().union(*roles.values())
        # A source named says where the answer is read, not whose role ("according to Wikipedia").
        harmless |= {event_stem(w) for phrase, facet in intent.bound.items() if facet == "source" for w in phrase.split()}
        needed = min(2, len([t for t in terms if t not in harmless])) or 1
        synonyms, role_stems = self.event_vocab.synonyms, self.event_vocab.role_stems
        said_otherwise = {t: synonyms[t] for t in terms if set(synonyms.get(t, ())) & role_stems}
        # A body the question names must be the role's ("Rosneft's chief executive" is not Gazprom's).
        reporters = {event_stem(w) for found in REPORTED_BY.findall(intent.normalized) for w in found if w}
        named = {t for t in terms if t in self._proper_stems() and not self.lexicon.has(t, "party")
                 and not any(t in words for words in roles.values())} - reporters
        # A country named any way ("the Kremlin's", "the PRC") is met by a role that names it
        # any way ("Ambassador of Russia to China").
        for phrase, facet in intent.bound.items():
            if facet == "party":
                named_as = self._party_stems(tuple(self.lexicon.values_of(phrase, "party")))
                for t in map(event_stem, phrase.split()):
                    if t in terms and named_as:
                        said_otherwise[t] = [*said_otherwise.get(t, ()), *named_as]
        # The word that says which of a kind of post ("defence" minister, "prime" minister,
        # "deputy" premier) must be met: a prime minister is no defence minister.
        written = re.findall(r"[a-z]+", intent.normalized)
        said = [spell.get(t, t) for t in map(event_stem, written)]
        known = set().union(*roles.values())
        which_post = {word for word, after, raw in zip(said, said[1:], written) if after in role_stems and word in known
                      and word not in role_stems and not self.lexicon.values_of(raw, "party") and word not in harmless}
        scored = []
        for person in self.store.people:
            role = (person["role"] or "").lower()
            words = roles[person["id"]]
            # A term met by itself or by a word that says it otherwise ("heads": "chief").
            met = {t: {t, *said_otherwise.get(t, ())} & words for t in terms}
            hits = [t for t in terms if met[t]]
            # (a question with more words than a role says, "who headed Gazprom in those
            # price talks?", is about an event, not an office)
            unmet = [t for t in terms if not met[t] and t not in harmless]
            if named and set(unmet) & named or which_post - words:
                continue
            if any(met[t] & role_stems for t in hits) and len(hits) >= needed and len(unmet) <= 1 \
                    and not self._lesser_role(role, intent.normalized):
                score = len(hits) + (1 if person["country"].lower() == country else 0)
                # Unless the question gives a time, the holder the sources date latest comes first.
                latest = _year_of_role(role, hits) if now else 0
                scored.append((-score, -latest, person["name"], person))
        scored.sort(key=lambda item: item[:3])
        people = [p for *_, p in scored]
        # "Who is India's prime minister?": a role of another country is held by one of its own.
        others = [self.store.parties.get(o, o).lower().removeprefix("the ") for o in intent.others]
        # A bloc or body is no one's country: one whose role names it is of it ("a scholar
        # who holds that economic ties will keep the SCO relevant").
        if others:
            people = [p for p in people if p["country"].lower().removeprefix("the ") in others
                      or self._role_names_party(p["role"] or "", intent.others)]
        # "The Chinese ambassador in Moscow and the Russian ambassador in Beijing": a role
        # asked twice, once for each country, is both holders.
        both = sum(t in self.event_vocab.role_stems for t in terms) >= 2 \
            and len(set(re.findall(r"\b(chin|russi)(?:a|an|ese)\b", intent.normalized))) == 2
        if country and not both:
            people = [p for p in people if p["country"].lower() == country]  # China's, not Russia's, ambassador
        # "Who are the military leaders ...?": all of them; "who is ...": the first two at most.
        many = bool(re.search(r"^(?:and )?who (?:are|were)\b|\b(?:leaders|ministers|ambassadors|envoys|diplomats|"
                              r"generals|officials|premiers|presidents)\b", intent.normalized))
        if not many and not both and scored:
            # (one that meets fewer of the question's words than the best is no holder of it:
            # "who heads the Chinese embassy in Moscow?" is not Jiang Zemin, who visited Moscow)
            best = min(score for score, *_ in scored)
            kept = {id(p) for score, *_, p in scored if score == best}
            people = [p for p in people if id(p) in kept] or people
        if not many and now and re.match(r"^(?:and )?(?:who is|who's|whos)\b", intent.normalized) and people \
                and re.search(r"\b(?:19|20)\d\d\b", people[0]["role"] or ""):
            return people[:1]  # "who is Russia's defence minister?": the holder dated latest, not one of 1993
        if many and not both:  # ... of those that meet as many of its words as the best
            best = scored[0][0] if scored else 0
            kept = {id(p) for score, *_, p in scored if score == best}
            return [p for p in people if id(p) in kept][:8]
        return people[:2]

    def _role_names_party(self, role: str, parties: list[str]) -> bool:
        """Whether a person's role names one of the parties by any of its names."""
        names = [phrase for phrase, facet, value, _ in self.store.lexicon_rows if facet == "party" and value in parties]
        return any(re.search(rf"\b{re.escape(name.lower())}\b", role.lower()) for name in names)

    def _proper_stems(self) -> frozenset[str]:
        """The names the events write ("Rosneft", "Amur"; see the build), cut as search terms are."""
        if not hasattr(self, "_proper"):
            self._proper = frozenset(event_stem(w) for w in self.store.proper_names)
        return self._proper

    def _succession_in_office(self, intent: Intent, person, predecessor: bool):
        """The one who held an office the person held right after them (or, asked for a
        predecessor, right before), from crr's list of the office's holders; of the term the
        question's time falls in, when it gives one.  None when no listed office has one."""
        names = {p["id"]: p["name"] for p in self.store.people}
        year = str(intent.periods[0].start.year) if intent.periods and intent.periods[0].start else ""
        found = []
        post = self._post_asked_as(intent)
        for office in self.store.offices:
            if post and post not in office["name"].lower():
                continue  # "as premier": no other office's list
            terms = office["holders"]
            for i, (_, held_by) in enumerate(terms):
                if held_by != person["id"]:
                    continue
                j = i - 1 if predecessor else i + 1
                if 0 <= j < len(terms) and terms[j][1] != person["id"]:
                    when = terms[i][0] if predecessor else terms[j][0]
                    if not year or when[:4] == year:
                        found.append((office, terms[j][1], when))
        if not found:
            return None
        office, other, when = found[0]
        draft = Draft(self.store)
        mark = draft.cite(office["source"], office["locator"])
        who, whom = (names.get(person["id"]), names.get(other, other)) if predecessor else \
            (names.get(other, other), names.get(person["id"]))
        title = office["name"][:1].upper() + office["name"][1:]
        text = (f"{names.get(other, other)}: {who} succeeded {whom} as {title}, by crr's list of the office's "
                f"holders ({self.store.sources[office['source']].short_name}[{mark}]).\n")
        return draft.answer(intent, True, "who", "Read as a question about who succeeded whom in an office.", text,
                            [f"who is {names.get(other, other).lower()}?"])

    def _answer_succession(self, intent: Intent):
        """"Who was Hu Jintao's successor?" (Xi Jinping), "whom did Hu succeed?" (Jiang Zemin):
        of the events titled "A succeeds B", the one with the person asked on the side the
        question puts them, and whoever is on the other; None when the question is no such one."""
        after, before = AFTER_ONE.search(intent.normalized), BEFORE_ONE.search(intent.normalized)
        if len(intent.people) != 1 or not (after or before):
            return None
        person = next((p for p in self.store.people if p["id"] == intent.people[0]), None)
        if person is None:
            return None
        family = person["name"].split()[-1].lower() if person["country"].lower() == "russia" else person["name"].split()[0].lower()
        for row in self.store.rows("select * from events where title like '% succeeds %' order by date_start"):
            found = SUCCEEDS.match(row["title"])
            if not found:
                continue
            new, old = found.group(1).lower(), found.group(2).lower()
            if (post := self._post_asked_as(intent)) and post not in f"{row['title']} {row['summary']}".lower():
                continue  # "who succeeded Hu Jintao as premier?": not a succession as General Secretary
            if (family in old.split()) if before is None else (family in new.split()):
                other = found.group(1) if before is None else found.group(2)
                named = self._people_in(other.lower())
                other = named[0]["name"] if named else other
                draft = Draft(self.store)
                cited = self._cite_events(draft, [row])
                text = f"{other}: {row['title']}, {cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']}).\n"
                return draft.answer(intent, True, "who", "Read as a question about who succeeded whom.", text,
                                    [f"when did {other.lower()} take office?"])
        if (held := self._succession_in_office(intent, person, before is not None)) is not None:
            return held  # "who took over after Putin in 2008?": the next in the list of an office he held
        # "Who succeeded Putin?": no event of crr's has anyone take over from him.
        post = self._post_asked_as(intent)
        as_post = f" as {post}" if post else ""
        text = (f"crr holds no event in which anyone succeeded {person['name']}{as_post}, so it names no successor.\n"
                if before is None else
                f"crr holds no event in which {person['name']} succeeded anyone{as_post}, so it names no predecessor.\n")
        return Draft(self.store).answer(intent, False, "who", "Read as a question about who succeeded whom.", text,
                                        [f"who is {person['name'].lower()}?"])
