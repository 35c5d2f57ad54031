"""Citations in the styles writers use, and answers ready to paste.

Each style is one Jinja2 template, templates/citations/STYLE.j2, that renders
one citation: a source, a locator (the Wikipedia section, the Dashboard
chart, the dataset's table), the link that opens that place and the date the
source was accessed.  Adding a style is adding a file.  A template that sets
`document` (how entries are put together into a file, as in bibtex.j2) is a
data format; the others are prose styles, and a prose template that reads
`form` has a note form and a bibliography form (chicago.j2).

`format_answer` turns an Answer into text, Markdown with footnotes or HTML;
`default_style` is the setting the command line and the terminal app share
($CRR_CITE_STYLE, else `cite_style` in ~/.config/crr/settings.toml, else
Chicago); the site, everyone's, cites in Chicago unless its ?style= says otherwise.

Importing this module is cheap (no Jinja2 until a citation is rendered), so
the command line can list the styles without slowing `crr ask`.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from ..paths import citation_styles, templates_dir
from .filters import (and_join, bibtex_escape, braced, format_date, format_name, lower_first, quotes_inside,
                      sentence, title_case, to_json, upper_first)
from ..settings import read_settings, write_settings

if TYPE_CHECKING:
    from ..answer import Answer
    from ..data.store import SourceRow

DEFAULT_STYLE = "chicago"
FORMATS = ("text", "markdown", "html")
# What a locator names, by the kind of source.
LOCATOR_LABELS = {"encyclopedia": "section", "dashboard": "chart", "dataset": "table"}
_MARK = r"\[(\d+)\]"
_MARK_RUN = r"(?:\[\d+\])+"  # marks side by side, as in "Wikipedia[1][2]"


def styles_dir() -> Path:
    return templates_dir() / "citations"


def styles() -> tuple[str, ...]:
    """Every style on offer: the templates in templates/citations/."""
    return citation_styles(styles_dir())


STYLES = styles()


# --- the shared setting ------------------------------------------------------

def default_style(prose: bool = False) -> str:
    """$CRR_CITE_STYLE, else `cite_style` in the settings file, else Chicago; unknown names are
    ignored.  With `prose`, for footnotes, a data format (bibtex ...) gives way to Chicago."""
    for style in (os.environ.get("CRR_CITE_STYLE"), read_settings().get("cite_style")):
        if style in STYLES:
            return DEFAULT_STYLE if prose and is_data_style(style) else style
    return DEFAULT_STYLE


def save_default_style(style: str) -> Path:
    """Remember `style` in the settings file, keeping its other settings; returns the file."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    settings = read_settings()
    settings["cite_style"] = style
    return write_settings(settings)


# --- what a template sees ------------------------------------------------------

class Name:
    """An author: a person (family, given) or an organisation (literal)."""

    __slots__ = ("family", "given", "literal")

    def __init__(self, family: str = "", given: str = "", literal: str = ""):
        self.family, self.given, self.literal = family, given, literal

    def __repr__(self) -> str:
        return f"Name({self.literal or self.given + ' ' + self.family!r})"

    @property
    def csl(self) -> dict:
        return {"literal": self.literal} if self.literal else {"family": self.family, "given": self.given}


# Patterns are compiled on first use (re caches them), keeping the import cheap.
_PERSON = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}"
_ACRONYM = r"[A-Z]{2,}"


def authors(producer: str) -> list[Name]:
    """'Erik Voeten, Anton Strezhnev and Michael Bailey' -> three people; 'MERICS, OSW, SCEEUS
    and NKK' -> four organisations; anything else is one organisation, named as written."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", producer.strip()) if p]
    if len(parts) > 1 and all(re.fullmatch(_PERSON, p) for p in parts):
        return [Name(family=p.rsplit(" ", 1)[1], given=p.rsplit(" ", 1)[0]) for p in parts]
    if len(parts) > 1 and all(re.fullmatch(_ACRONYM, p) for p in parts):
        return [Name(literal=p) for p in parts]
    return [Name(literal=producer.strip())]


def processing_note(source: "SourceRow") -> str:
    """The first clause of the source's processing note: 'Aggregated by year from the SIPRI ...'."""
    text = " ".join((source.processing or "").split())
    return re.split(r":\s|\.\s", text + " ", maxsplit=1)[0].strip().rstrip(".") if text else ""


def provenance_note(source: "SourceRow", published: str = "") -> str:
    """Where crr read a producer's figures, when not from the producer's site: the vendor's
    export or package, and the public copy with its commit ("read from a copy in
    energyandcleanair/fossil_shipment_tracker_r, commit 555c436"); for a yearly review read
    edition by edition, the copy of the edition cited.  Empty for the documents."""
    text = " ".join((source.vintage or "").split()).replace('"', "'")
    if not text:
        return ""
    if (copy := re.search(r"Copy read: .*?\b([\w.-]+/[\w.-]+)\b.*?\bcommit ([0-9a-f]{7})", text)):
        first = re.split(r"\.\s+Copy read:", text, maxsplit=1)[0].rstrip(".")
        return f"{first}; read from a copy in {copy.group(1)}, commit {copy.group(2)}"
    if (copies := re.search(r"public copies: (.*)$", text)):
        # "Tayzerdo/Renewable-energy a61090aa (2019), ..., nfcd/energyPlots fc3c4a77 (2022) and d510c19b (2023)"
        by_year, repo = {}, ""
        for found in re.finditer(r"(?:([\w.-]+/[\w.-]+) )?([0-9a-f]{7,8}) \((\d{4})\)", copies.group(1)):
            repo = found.group(1) or repo
            by_year[found.group(3)] = (repo, found.group(2)[:7])
        if (edition := by_year.get((published or "")[:4])):
            return f"edition read from a copy in {edition[0]}, commit {edition[1]}"
        return ""
    return re.split(r"(?<=[a-z0-9)])\.\s", text, maxsplit=1)[0].rstrip(".")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def reference(source: "SourceRow", locator: str = "", url: str | None = None,
              accessed: str | None = None, number: int = 1) -> dict:
    """The variables a citation template sees as `c`.  A locator that names an edition of
    its own (a yearly review's 2021 edition) gives that edition's date and publisher."""
    published, publisher = (source.edition(locator) if locator else None) or (source.date_published, "")
    return {
        "key": source.id + (f":{_slug(locator)}" if locator else ""),
        "number": number,
        "source": source,
        "kind": source.kind,
        "authors": authors(publisher or source.producer),
        "title": source.title,
        "container": source.short_name if source.kind == "encyclopedia" else "",
        "published": published,
        "accessed": accessed or source.date_accessed,
        "locator": locator,
        "locator_label": LOCATOR_LABELS.get(source.kind, "part"),
        "url": url or source.url_main,
        "note": _with_provenance(processing_note(source), provenance_note(source, published)),
    }


def _with_provenance(note: str, provenance: str) -> str:
    """The processing note, then where the figures were read, each clause said once."""
    said = note.lower()
    added = [part for part in provenance.split("; ") if part and part.lower() not in said
             and part.lower().split(" ", 1)[-1] not in said]  # ("IMF vintage not stated", said as "vintage not stated")
    if added:
        added[0] = added[0][:1].lower() + added[0][1:] if not added[0][:2].isupper() else added[0]
    return "; ".join([note, *added] if note else added)


# --- rendering -----------------------------------------------------------------

def _bytecode_cache(jinja2):
    """Compiled templates kept between runs: compiling them costs more than answering."""
    import os

    from ..paths import cache_dir

    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


@lru_cache(maxsize=2)
def _environment(html: bool):
    import jinja2

    # Compiled code differs with autoescape, and the bytecode cache keys only on
    # the template's name: each environment keeps its own files.
    shared = _bytecode_cache(jinja2)
    cache = shared and jinja2.FileSystemBytecodeCache(
        shared.directory, "__crr_cite_html_%s.cache" if html else "__crr_cite_%s.cache")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        bytecode_cache=cache,
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=format_date, name=format_name, and_join=and_join, title_case=title_case,
                       sentence=sentence, lower_first=lower_first, upper_first=upper_first,
                       quotes_inside=quotes_inside, bibtex=bibtex_escape, braced=braced, json=to_json)
    return env


@lru_cache(maxsize=None)
def _shape(style: str) -> tuple[dict | None, bool]:
    """(the `document` a data format sets, or None; whether the template reads `form`)."""
    from jinja2 import meta, nodes

    _check(style)
    env = _environment(False)
    source = env.loader.get_source(env, f"citations/{style}.j2")[0]
    tree = env.parse(source)
    document = None
    for node in tree.find_all(nodes.Assign):
        if isinstance(node.target, nodes.Name) and node.target.name == "document":
            document = node.node.as_const()
    return document, "form" in meta.find_undeclared_variables(tree)


def is_data_style(style: str) -> bool:
    """True for formats a reference manager reads (BibTeX, CSL-JSON, RIS), not prose."""
    return _shape(style)[0] is not None


def _check(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")


def _em(fmt: str):
    if fmt == "html":
        from markupsafe import Markup, escape

        return lambda text: Markup("<i>") + escape(text) + Markup("</i>") if text else ""
    if fmt == "markdown":
        return lambda text: f"*{text}*" if text else ""
    return lambda text: text


def _link(fmt: str):
    if fmt == "html":
        from markupsafe import Markup, escape

        return lambda url: Markup('<a href="{0}">{0}</a>').format(escape(url)) if url else ""
    return lambda url: url


def render_reference(ref: dict, style: str, form: str = "note", fmt: str = "text") -> str:
    """One citation from its template: a prose style on one line, a data format as written."""
    _check(style)
    if fmt == "html" and is_data_style(style):
        raise ValueError(f"{style} is a data format, not prose; it has no HTML form")
    template = _environment(fmt == "html").get_template(f"citations/{style}.j2")
    text = template.render(c=ref, form=form, em=_em(fmt), link=_link(fmt))
    if is_data_style(style):
        return text.strip("\n")
    text = " ".join(text.split())
    return re.sub(r"\s+([,.;])", r"\1", text)


def format_citation(source_row: "SourceRow", locator: str, style: str, url: str | None = None,
                    *, form: str = "note", fmt: str = "text", accessed: str | None = None) -> str:
    """One source at one locator in `style`; `url` is the link that opens the locator."""
    return render_reference(reference(source_row, locator, url, accessed), style, form, fmt)


def format_bibliography(refs: list[dict], style: str, fmt: str = "text") -> str:
    """Entries together: a whole .bib, .ris or CSL-JSON file for a data format, else one per line."""
    document = _shape(style)[0]
    entries = [render_reference(ref, style, "bibliography", fmt) for ref in refs]
    if document is None:
        return "\n".join(entries)
    return document["start"] + document["between"].join(entries) + document["end"]


def format_sources(sources: Mapping[str, "SourceRow"], style: str | None = None) -> str:
    """Every source, cited as a whole work (`crr sources`)."""
    style = style or default_style()
    refs = [reference(source) for source in sources.values()]
    if is_data_style(style):
        return format_bibliography(refs, style)
    return "\n\n".join(f"{ref['source'].id}\n    {render_reference(ref, style, 'bibliography')}"
                       for ref in refs)


# --- answers -------------------------------------------------------------------

@lru_cache(maxsize=4)
def _sources_of(path: str) -> dict:
    from ..data.store import Store

    store = Store(path)
    try:
        return store.sources
    finally:
        store.close()


def _default_sources() -> Mapping[str, "SourceRow"]:
    from ..paths import database_path

    return _sources_of(str(database_path()))


def answer_references(answer: "Answer", sources: Mapping[str, "SourceRow"] | None = None) -> list[dict]:
    sources = sources if sources is not None else _default_sources()
    return [reference(sources[c.source], c.locator, c.url, c.accessed or None, number)
            for number, c in enumerate(answer.citations, start=1)]


def format_citations(answer: "Answer", style: str | None = None,
                     sources: Mapping[str, "SourceRow"] | None = None) -> list[str]:
    """Each of the answer's citations in `style` (a note for prose, an entry for a data format)."""
    style = style or default_style()
    return [render_reference(ref, style) for ref in answer_references(answer, sources)]


def format_answer(answer: "Answer", fmt: str = "text", style: str | None = None,
                  sources: Mapping[str, "SourceRow"] | None = None) -> str:
    """The answer ready to paste: its sentences with citation marks, derived figures with
    their inputs, and the citations in `style` ("text" lists them, "markdown" gives
    footnotes [^1], "html" superscript links and an ordered list).

    A data format (bibtex, csl-json, ris) in "text" gives the file of the answer's
    entries alone; it has no Markdown or HTML form.  `sources` maps source ids to
    their rows (`engine.store.sources`); without it they are read from the database.
    """
    style = style or default_style()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    refs = answer_references(answer, sources)
    if is_data_style(style):
        if fmt != "text":
            raise ValueError(f"{style} is a data format for reference managers; "
                             f"--format {fmt} needs a prose style "
                             f"({', '.join(s for s in STYLES if not is_data_style(s))})")
        return format_bibliography(refs, style)
    notes = [render_reference(ref, style, "note", fmt) for ref in refs]
    bibliography = _bibliography(refs, style, fmt) if _shape(style)[1] else []
    derived = _derived_lines(answer, len(refs), fmt)
    return {"text": _text, "markdown": _markdown, "html": _html}[fmt](
        answer, notes, bibliography, derived)


def _bibliography(refs: list[dict], style: str, fmt: str) -> list[str]:
    """One entry per work cited, for the work as a whole, in alphabetical order: a source
    once, or each of its editions the notes cite (a yearly review's June 2022 edition, by
    bp), with that edition's date and publisher, as its notes give them."""
    seen = {}
    for ref in refs:
        source = ref["source"]
        edition = source.edition(ref["locator"]) if ref["locator"] else None
        entry = reference(source)
        if edition:
            entry.update(published=edition[0], authors=authors(edition[1] or source.producer),
                         key=f"{source.id}:{_slug(edition[0])}")
        seen.setdefault((source.id, edition), entry)
    return sorted((render_reference(r, style, "bibliography", fmt) for r in seen.values()),
                  key=lambda text: re.sub(r"<[^>]+>|[^\w ]", "", text).lower())


def _marks(numbers: list[int], fmt: str) -> str:
    return and_join([_mark(n, fmt) for n in numbers], serial=False)


def _mark(number: int, fmt: str) -> str:
    return _marks_together([number], fmt)


def _marks_together(numbers: list[int], fmt: str) -> str:
    """Marks side by side, parted by commas where they are superscripts: as Markdown
    footnotes or HTML, 1 and 2 would otherwise read as 12.  Text keeps its brackets."""
    if fmt == "markdown":
        return ",".join(f"[^{number}]" for number in numbers)
    if fmt == "html":
        return "<sup>" + ",".join(f'<a href="#fn{number}">{number}</a>' for number in numbers) + "</sup>"
    return "".join(f"[{number}]" for number in numbers)


def _derived_lines(answer: "Answer", count: int, fmt: str) -> list[str]:
    """'Bilateral trade, 2025: USD 228.1 bn, calculated by crr from [3]: 245 × (1 − 6.9/100) = 228.1'."""
    from markupsafe import escape

    from .render import format_value

    safe = {"html": escape, "markdown": _markdown_escape}.get(fmt, str)
    lines = []
    for value in answer.values:
        if value.derived:
            inputs = [n for n in value.cites if 1 <= n <= count]
            shown = format_value(value.value, value.unit, value.qualifier)
            lines.append(f"{safe(value.label)}, {safe(value.period)}: {safe(shown)}, calculated by crr"
                         + (f" from {_marks(inputs, fmt)}" if inputs else "")
                         + f": {safe(value.formula or '')}")
    return lines


def _marked(text: str, count: int, fmt: str) -> str:
    """`text` with its marks of the answer's `count` citations in `fmt`; a mark past them
    is left as written."""
    return re.sub(_MARK_RUN, lambda run: _run_marked(run[0], count, fmt), text)


def _run_marked(run: str, count: int, fmt: str) -> str:
    numbers = [int(number) for number in re.findall(_MARK, run)]
    return "".join(_marks_together(list(group), fmt) if cited else "".join(f"[{n}]" for n in group)
                   for cited, group in groupby(numbers, key=lambda n: 1 <= n <= count))


def _blocks(text: str) -> list[list[str]]:
    """The answer's lines as paragraphs, with runs of '- ' lines kept together as lists."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("- ") and blocks and blocks[-1][0].startswith("- "):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _text(answer, notes, bibliography, derived) -> str:
    parts = [answer.text_beside_citations()]
    if derived:
        parts.append("Derived figures:\n" + "\n".join(f"- {line}" for line in derived))
    if notes:
        parts.append("Sources:\n" + "\n".join(f"[{n}] {note}" for n, note in enumerate(notes, 1)))
    if bibliography:
        parts.append("Bibliography:\n" + "\n".join(bibliography))
    return "\n\n".join(parts)


def _markdown_escape(text: str) -> str:
    return re.sub(r"([\\`*_<])", r"\\\1", text)


def _markdown(answer, notes, bibliography, derived) -> str:
    count = len(notes)
    body = _marked(_markdown_escape(answer.text_beside_citations()), count, "markdown")
    parts = ["\n".join(block) for block in _blocks(body)]
    if derived:
        parts.append("Derived figures:")
        parts.append("\n".join(f"- {line}" for line in derived))
    if notes:  # notes first, then the bibliography, as in a Chicago-style paper
        parts.append("\n".join(f"[^{n}]: {note}" for n, note in enumerate(notes, 1)))
    if bibliography:
        parts.append("Bibliography:")
        parts.extend(bibliography)
    return "\n\n".join(parts)


def _html(answer, notes, bibliography, derived) -> str:
    from markupsafe import escape

    count = len(notes)
    out = ['<div class="crr-answer">']
    for block in _blocks(str(escape(answer.text_beside_citations()))):
        lines = [_marked(line, count, "html") for line in block]
        if lines[0].startswith("- "):
            out.append("<ul>\n" + "\n".join(f"<li>{line[2:]}</li>" for line in lines) + "\n</ul>")
        else:
            out.extend(f"<p>{line}</p>" for line in lines)
    if derived:
        out.append('<p>Derived figures:</p>\n<ul class="crr-derived">\n'
                   + "\n".join(f"<li>{line}</li>" for line in derived) + "\n</ul>")
    if notes:  # notes first, then the bibliography, as in a Chicago-style paper
        out.append('<p>Sources:</p>\n<ol class="footnotes">\n'
                   + "\n".join(f'<li id="fn{n}">{note}</li>' for n, note in enumerate(notes, 1))
                   + "\n</ol>")
    if bibliography:
        out.append('<p>Bibliography:</p>\n<ul class="crr-bibliography">\n'
                   + "\n".join(f"<li>{entry}</li>" for entry in bibliography) + "\n</ul>")
    out.append("</div>")
    return "\n".join(out)
