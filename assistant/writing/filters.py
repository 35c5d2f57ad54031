"""The filters citation templates use: dates, names, lists and titles in a style's
forms, and text made safe for BibTeX and JSON."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cite import Name


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]
MINOR_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
               "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into"}


def format_date(iso: str, form: str = "mdy"):
    """'2026-02-11', '2026-02' or '2026' as a style writes it.

    mdy: February 11, 2026 · dmy: 11 February 2026 · mla: 11 Feb. 2026 ·
    apa: 2026, February 11 · ris: 2026/02/11/ · year: 2026 · parts: [2026, 2, 11]
    """
    parts = [int(p) for p in iso.split("-")[:3]]
    if form == "parts":
        return parts
    year, month, day = (parts + [None, None])[:3]
    if form == "ris":
        return f"{year}/" + "/".join(f"{p:02d}" if p else "" for p in (month, day)) + "/"
    if form == "year" or month is None:
        return str(year)
    months = MLA_MONTHS if form == "mla" else MONTHS
    name = months[month - 1]
    if form == "mdy":
        return f"{name} {day}, {year}" if day else f"{name} {year}"
    if form == "apa":
        return f"{year}, {name}" + (f" {day}" if day else "")
    return (f"{day} " if day else "") + f"{name} {year}"  # dmy, mla


def format_name(name: Name, order: str = "given-family") -> str:
    """given-family: Erik Voeten · family-given: Voeten, Erik · family-initials: Voeten, E. ·
    bibtex: Voeten, Erik (an organisation in braces).  Organisations keep their name."""
    if name.literal:
        return "{" + name.literal + "}" if order == "bibtex" else name.literal
    initials = " ".join(w[0] + "." for w in re.split(r"[\s-]+", name.given) if w)
    return {
        "given-family": f"{name.given} {name.family}",
        "family-given": f"{name.family}, {name.given}",
        "bibtex": f"{name.family}, {name.given}",
        "family-initials": f"{name.family}, {initials}",
    }[order]


def and_join(items, conjunction: str = "and", serial: bool = True, pair_comma: bool = False) -> str:
    """['a', 'b', 'c'] -> 'a, b, and c' (serial) or 'a, b and c'; pair_comma gives APA's 'a, & b'."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]}{',' if pair_comma else ''} {conjunction} {items[1]}"
    return ", ".join(items[:-1]) + ("," if serial else "") + f" {conjunction} {items[-1]}"


def title_case(title: str) -> str:
    """Headline capitalisation (Chicago, MLA); words already capitalised keep their letters."""
    words = title.split(" ")
    out = []
    for i, word in enumerate(words):
        after_colon = i > 0 and out[-1].endswith(":")
        if i and not after_colon and i < len(words) - 1 and word.lower() in MINOR_WORDS:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def sentence(text):
    """End with a full stop unless the text already ends a sentence (HTML stays HTML)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".?!" else text + "."


def lower_first(text: str) -> str:
    """'Aggregated by year' -> 'aggregated by year'; 'SIPRI' stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def quotes_inside(text):
    """American usage: a comma or full stop after a closing quotation mark goes inside it."""
    fixed = re.sub(r"”([.,])", r"\1”", str(text))
    return type(text)(fixed) if hasattr(text, "__html__") else fixed


def bibtex_escape(text: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", str(text))


def braced(text: str) -> str:
    return "{" + str(text) + "}"


def to_json(value, indent: int | None = None) -> str:
    """JSON with the text as written.  An object loses its keys whose values are empty,
    and with `indent` puts one key a line (its values compact, as CSL-JSON is usually written)."""
    if not isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    items = [(k, v) for k, v in value.items() if v not in (None, "", [], {})]
    if not indent:
        return json.dumps(dict(items), ensure_ascii=False)
    pad = " " * indent
    return "{\n" + ",\n".join(f"{pad}{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                              for k, v in items) + "\n}"
