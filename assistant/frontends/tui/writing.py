"""Writing support: an answer for the clipboard, a conversation as Markdown, citation styles.

Citation styles belong to `assistant.writing.cite` (`format_answer`, `default_style`,
`save_default_style`, the styles of templates/citations/*.j2).  When that
module is missing or fails, answers fall back to their own citation texts,
so copying and exporting never stop working.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from ...settings import read_settings, write_settings

if TYPE_CHECKING:
    from ...answer import Answer
    from ...data.store import SourceRow

FALLBACK_STYLE = "crr"   # the answer's own citation texts
_MARK = re.compile(r"\[(\d+)\]")
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")


def _cite():
    try:
        from ...writing import cite
    except Exception:  # not there, or broken: fall back to the answer's own texts
        return None
    return cite


def styles() -> list[str]:
    """The citation styles on offer: prose styles first, then reference-manager formats."""
    cite = _cite()
    if cite is not None:
        try:
            return sorted(cite.styles(), key=lambda style: (cite.is_data_style(style), style))
        except Exception:
            pass
    return [FALLBACK_STYLE]


def default_style() -> str:
    cite = _cite()
    if cite is not None:
        try:
            return cite.default_style()
        except Exception:
            pass
    return FALLBACK_STYLE


def save_style(style: str) -> None:
    """Remember the style for the next session (and the other front ends) when cite.py can."""
    cite = _cite()
    if cite is not None:
        try:
            cite.save_default_style(style)
        except Exception:
            pass


def setting(name: str, default=None):
    """One of the user's settings, from the file that keeps the citation style
    (~/.config/crr/settings.toml): the theme, whether the sidebar is open."""
    try:
        return read_settings().get(name, default)
    except Exception:
        return default


def save_setting(name: str, value) -> None:
    """Keep one setting in that same file, beside the citation style and the others.
    A file that cannot be written leaves the app as it is: the setting is for next time."""
    try:
        settings = read_settings()
        if settings.get(name) != value:
            settings[name] = value
            write_settings(settings)
    except Exception:
        pass


HISTORY_KEPT = 500  # questions kept for the next session


def history_path():
    """The questions asked, one a line, beside the settings (~/.config/crr/history)."""
    from ...settings import settings_path

    return settings_path().with_name("history")


def read_history() -> list[str]:
    """The questions of earlier sessions, oldest first; none when the file is missing or unreadable."""
    try:
        lines = history_path().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in lines if line.strip()][-HISTORY_KEPT:]


def keep_in_history(question: str) -> None:
    """Add a question to the file, the oldest dropped past HISTORY_KEPT; a file that cannot
    be written leaves the app as it is (the history is for next time)."""
    try:
        path = history_path()
        kept = read_history()
        if kept and kept[-1] == question:
            return
        line = question.replace("\n", " ")  # (one question a line)
        path.parent.mkdir(parents=True, exist_ok=True)
        if len(kept) >= HISTORY_KEPT:
            path.write_text("\n".join([*kept[1 - HISTORY_KEPT:], line]) + "\n", encoding="utf-8")
        else:
            with path.open("a", encoding="utf-8") as file:
                file.write(line + "\n")
    except OSError:
        pass


def is_data_style(style: str) -> bool:
    """BibTeX, CSL-JSON, RIS: entries for a reference manager rather than prose."""
    cite = _cite()
    try:
        return bool(cite and style in cite.styles() and cite.is_data_style(style))
    except Exception:
        return False


def footnotes(answer: Answer, style: str, sources: Mapping[str, SourceRow] | None = None) -> list[str]:
    """The answer's citations as numbered notes in `style` (a data format shows as prose)."""
    cite = _cite()
    if cite is not None and style != FALLBACK_STYLE:
        try:
            notes = cite.format_citations(answer, _prose(style), sources)
            return [f"[{n}] {note}" for n, note in enumerate(notes, start=1)]
        except Exception:
            pass
    return [f"[{n}] {c.text}" + (f" <{c.url}>" if c.url and c.url not in c.text else "")
            for n, c in enumerate(answer.citations, start=1)]


def answer_text(answer: Answer, style: str, sources: Mapping[str, SourceRow] | None = None) -> str:
    """The answer for the clipboard: its sentences and sources in `style`
    (for a data format, the answer's entries in that format)."""
    styled = _styled(answer, "text", style, sources)
    if styled is not None:
        return styled
    lines = [answer.text]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [f"[{n}] {c.text}" + (f" <{c.url}>" if c.url and c.url not in c.text else "")
                  for n, c in enumerate(answer.citations, start=1)]
    return "\n".join(lines)


def answer_markdown(answer: Answer, style: str, sources: Mapping[str, SourceRow] | None = None,
                    prefix: str = "") -> str:
    """The answer in Markdown with footnotes; `prefix` keeps footnote labels unique in a document."""
    styled = _styled(answer, "markdown", _prose(style), sources)
    if styled is not None:
        return _FOOTNOTE.sub(lambda m: f"[^{prefix}{m[1]}]", styled) if prefix else styled
    # Footnotes side by side parted by a comma, as cite writes them: rendered, ¹,² not ¹².
    body = _MARK.sub(lambda m: f"[^{prefix}{m[1]}]", answer.text).replace("][^", "],[^")
    notes = [f"[^{prefix}{n}]: {c.text}" + (f" <{c.url}>" if c.url and c.url not in c.text else "")
             for n, c in enumerate(answer.citations, start=1)]
    return body + ("\n\n" + "\n".join(notes) if notes else "")


BIBLIOGRAPHY = "\n\nBibliography:\n\n"  # how cite.format_answer's Markdown starts its bibliography


def conversation_markdown(answers: list[Answer], style: str,
                          sources: Mapping[str, SourceRow] | None = None,
                          when: datetime | None = None) -> str:
    """Every question and answer of a conversation, each with its own footnotes, and
    one bibliography at the end for the whole document (in styles that have one);
    with a data style, the footnotes are in prose and every source follows as one
    block of entries."""
    when = when or datetime.now()
    prose = _prose(style)
    parts = [f"# crr conversation, {when:%Y-%m-%d %H:%M}", "",
             f"Answers from crr, the China–Russia relations assistant. Citation style: {prose}.", ""]
    bibliography: list[str] = []
    for number, answer in enumerate(answers, start=1):
        body, _, entries = answer_markdown(answer, style, sources, prefix=f"{number}-").partition(BIBLIOGRAPHY)
        bibliography += [entry for entry in entries.split("\n\n") if entry and entry not in bibliography]
        # (how the question was read stays with it: a reader of the file sees what was answered)
        reading = _read_as(answer)
        parts += [f"## {number}. {answer.question}", "", *([f"> {reading}", ""] if reading else []), body, ""]
    if not bibliography:
        # An author-date style lists the works cited once at the end ("References", "Works Cited").
        bibliography = _works_cited(answers, prose, sources)
    if bibliography:
        parts += [f"## {LIST_TITLES.get(prose, 'Bibliography')}", "", "\n\n".join(sorted(bibliography, key=_sort_key_of)), ""]
    if prose != style:
        entries = _entries(answers, style, sources)
        if entries:
            parts += [f"## References ({style})", "", f"```{style}", entries, "```", ""]
    return "\n".join(parts).rstrip() + "\n"


def _read_as(answer: Answer) -> str:
    from ...writing.reading import read_as_line

    try:
        return read_as_line(answer)
    except Exception:
        return ""


# What each prose style calls the list of works at the end of a document.
LIST_TITLES = {"apa": "References", "harvard": "Reference list", "mla": "Works Cited", "chicago": "Bibliography"}


def _works_cited(answers: list[Answer], style: str, sources) -> list[str]:
    """Each source the answers cite, as a whole work in `style`, for a style whose answers
    carry no bibliography of their own; [] when the style or the sources are unavailable."""
    cite = _cite()
    if cite is None or style == FALLBACK_STYLE:
        return []
    try:
        sources = sources if sources is not None else cite._default_sources()
        cited = dict.fromkeys(c.source for answer in answers for c in answer.citations if c.source in sources)
        return [cite.render_reference(cite.reference(sources[s]), style, "bibliography", "markdown") for s in cited]
    except Exception:
        return []


def _sort_key_of(entry: str) -> str:
    """Bibliographies are alphabetical, as cite.py orders each answer's."""
    return re.sub(r"<[^>]+>|[^\w ]", "", entry).lower()


def export_conversation(answers: list[Answer], style: str, folder: Path | None = None,
                        sources: Mapping[str, SourceRow] | None = None,
                        when: datetime | None = None) -> Path:
    """Write the conversation to crr-conversation-YYYYMMDD-HHMMSS.md and return its path."""
    when = when or datetime.now()
    folder = Path(folder or Path.cwd())
    path = folder / f"crr-conversation-{when:%Y%m%d-%H%M%S}.md"
    path.write_text(conversation_markdown(answers, style, sources, when), encoding="utf-8")
    return path


def footnote_style(style: str) -> str:
    """The prose style footnotes use for `style`."""
    return _prose(style)


def _prose(style: str) -> str:
    """The style for footnotes: a data format gives way to cite.py's default prose style."""
    if not is_data_style(style):
        return style
    cite = _cite()
    return getattr(cite, "DEFAULT_STYLE", FALLBACK_STYLE)


def _styled(answer: Answer, fmt: str, style: str, sources) -> str | None:
    cite = _cite()
    if cite is None or style == FALLBACK_STYLE:
        return None
    try:
        return cite.format_answer(answer, fmt=fmt, style=style, sources=sources)
    except Exception:
        return None


def _entries(answers: list[Answer], style: str, sources) -> str:
    """All the conversation's sources, once each, as one file in a data format."""
    cite = _cite()
    try:
        refs, keys = [], set()
        for answer in answers:
            for ref in cite.answer_references(answer, sources):
                if ref["key"] not in keys:
                    keys.add(ref["key"])
                    refs.append(ref)
        return cite.format_bibliography(refs, style) if refs else ""
    except Exception:
        return ""


# Desktop clipboard tools, tried in turn when the terminal's own clipboard may not take a copy.
CLIPBOARD_TOOLS = [["wl-copy"], ["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"],
                   ["pbcopy"], ["clip.exe"]]


def copy_with_system_tool(text: str) -> str | None:
    """Copy `text` with the first clipboard tool found; its name, or None when there is none."""
    import shutil
    import subprocess

    if os.environ.get("CRR_NO_SYSTEM_CLIPBOARD"):
        return None
    for command in CLIPBOARD_TOOLS:
        if shutil.which(command[0]) and (command[0] != "wl-copy" or os.environ.get("WAYLAND_DISPLAY")) and (
                command[0] not in ("xclip", "xsel") or os.environ.get("DISPLAY")):
            try:
                subprocess.run(command, input=text.encode(), timeout=2, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except (OSError, subprocess.SubprocessError):
                continue
            return command[0]
    return None
