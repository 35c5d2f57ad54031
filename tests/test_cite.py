"""Citations ready for writing: every style, golden outputs, and the real clients that read them.

Golden files live in tests/golden/citations/, one per answer and style
(CASE.STYLE.txt) plus the Markdown and HTML of each answer in Chicago.  After
a deliberate change to a template or to the data, rewrite them with

    CRR_UPDATE_GOLDEN=1 pytest tests/test_cite.py

and review the diff.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings
from html.parser import HTMLParser
from pathlib import Path

import bibtexparser
import jinja2
import pytest
import rispy
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from assistant.writing import cite
from assistant.answer import Answer, Citation, EventRef

GOLDEN = Path(__file__).resolve().parent / "golden" / "citations"
UPDATE = bool(os.environ.get("CRR_UPDATE_GOLDEN"))
PROSE = ("apa", "chicago", "harvard", "mla")
DATA = ("bibtex", "csl-json", "ris")
QUESTIONS = {"value": "trade in 2024?", "derived": "trade 2024 vs 2022", "disagreement": "trade in 2025?"}
WIKIPEDIA = "wikipedia-china-russia-relations"

# Questions crr answers today, over every source and kind of answer; each answer
# must cite a locator that exists in its source.  tests/questions.jsonl (the
# evaluation set) is checked the same way when it exists.
ANSWERABLE = [
    "trade in 2024?", "trade in 2025?", "joint exercises since 2022?", "exercises since the invasion",
    "trade 2018-2024", "trade 2024 vs 2022", "trade over time", "latest trade", "highest trade",
    "record LNG imports", "yuan share of imports Dec 2022", "yuan share Jan 2024", "latest yuan share",
    "Russia's share of China's arms imports 2015", "arms imports from Russia 2020",
    "oil exports to China 2024", "power of siberia 2025", "UN voting agreement by year",
    "UN voting agreement in 2010", "Chinese students in Russia",
    "when was the Treaty of Good-Neighborliness signed?", "what happened in 2014?",
]


def event_answer(engine) -> Answer:
    """An event answer, built by hand so that its golden files follow only the citation code."""
    locator = "Russo-Ukrainian war"
    source = engine.store.sources[WIKIPEDIA]
    anchor = engine.store.anchors[(WIKIPEDIA, locator)]
    return Answer(
        question='when did Xi and Putin declare a "no limits" partnership?', answered=True,
        kind="when", interpretation="Read as a question about the date of an event.",
        text='Xi and Putin issue the "no limits" joint statement: 4 February 2022 (Wikipedia[1]).',
        events=[EventRef(date="2022-02-04", title='Xi and Putin issue the "no limits" joint statement',
                         source=WIKIPEDIA, locator=locator, event_id="no-limits-statement-2022")],
        citations=[Citation(source=WIKIPEDIA, locator=locator, url=f"{source.url_main}#{anchor}",
                            text=f"{source.citation_full} Locator: {locator}.",
                            accessed=source.date_accessed)],
    )


@pytest.fixture(scope="module")
def answers(engine) -> dict[str, Answer]:
    found = {case: engine.ask(question) for case, question in QUESTIONS.items()}
    found["event"] = event_answer(engine)
    return found


@pytest.fixture(scope="module")
def sources(engine):
    return engine.store.sources


@pytest.fixture
def isolated(monkeypatch, tmp_path):
    """No CRR_CITE_STYLE and an empty settings folder, for this test and its subprocesses."""
    monkeypatch.delenv("CRR_CITE_STYLE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "crr" / "settings.toml"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run CRR_UPDATE_GOLDEN=1 pytest {__file__}"
    assert text + "\n" == path.read_text(encoding="utf-8"), path.name


# --- styles and golden files -----------------------------------------------------

def test_styles_are_the_templates_in_the_folder():
    assert set(cite.STYLES) == set(PROSE + DATA)
    assert {p.stem for p in cite.styles_dir().glob("*.j2")} == set(cite.STYLES)
    assert [s for s in cite.STYLES if cite.is_data_style(s)] == sorted(DATA)


def test_adding_a_style_is_adding_a_file(monkeypatch, tmp_path):
    (tmp_path / "ieee.j2").write_text("{{ c.title }}")
    (tmp_path / "_partial.j2").write_text("")
    monkeypatch.setattr(cite, "styles_dir", lambda: tmp_path)
    assert cite.styles() == ("ieee",)


@pytest.mark.parametrize("style", PROSE + DATA)
@pytest.mark.parametrize("case", ["value", "derived", "disagreement", "event"])
def test_golden_text(answers, sources, case, style):
    check_golden(f"{case}.{style}.txt", cite.format_answer(answers[case], "text", style, sources))


@pytest.mark.parametrize("fmt, suffix", [("markdown", "md"), ("html", "html")])
@pytest.mark.parametrize("case", ["value", "derived", "disagreement", "event"])
def test_golden_markdown_and_html(answers, sources, case, fmt, suffix):
    check_golden(f"{case}.{suffix}", cite.format_answer(answers[case], fmt, "chicago", sources))


@pytest.mark.parametrize("fmt, notes", [("markdown", "[^1]:"), ("html", 'class="footnotes"'),
                                        ("text", "Sources:")])
def test_chicago_notes_come_before_the_bibliography(answers, sources, fmt, notes):
    out = cite.format_answer(answers["value"], fmt, "chicago", sources)
    assert out.index(notes) < out.index("Bibliography:")


def test_templates_name_no_missing_variable(sources):
    """StrictUndefined: a template that reads a variable nobody gives fails here, not silently."""
    ref = cite.reference(sources[WIKIPEDIA], "Economic relations")
    del ref["note"]
    for style in cite.STYLES:
        with pytest.raises(jinja2.UndefinedError):
            cite.render_reference(ref, style)


# --- what every citation says ------------------------------------------------------

@pytest.mark.parametrize("style", PROSE)
def test_prose_citations_name_source_locator_link_and_access_date(answers, sources, style):
    for answer in answers.values():
        notes = cite.format_citations(answer, style, sources)
        assert len(notes) == len(answer.citations)
        for citation, note in zip(answer.citations, notes):
            source = sources[citation.source]
            assert source.title in note or cite.title_case(source.title) in note
            assert citation.locator in note and citation.url in note
            accessed = re.search(r"(?:Accessed|accessed|Retrieved)(.{0,30})", note)
            assert accessed and source.date_accessed[:4] in accessed[1], note


def test_links_open_the_section(engine, answers):
    economic = [c for c in answers["value"].citations if c.locator == "Economic relations"]
    assert economic[0].url == ("https://en.wikipedia.org/wiki/China%E2%80%93Russia_relations"
                               "#Economic_relations")
    dashboard = [c for c in answers["value"].citations if c.source == "china-russia-dashboard"]
    assert dashboard[0].url == engine.store.sources["china-russia-dashboard"].url_main
    assert all(c.accessed == engine.store.sources[c.source].date_accessed
               for a in answers.values() for c in a.citations)


@pytest.mark.parametrize("style", PROSE)
def test_processed_figures_carry_the_processing_note(engine, style):
    answer = engine.ask("Russia's share of China's arms imports 2015")
    assert {c.source for c in answer.citations} == {"sipri-arms-transfers"}
    note = cite.format_citations(answer, style, engine.store.sources)[0]
    assert "ggregated by year from the SIPRI Arms Transfers Database" in note
    assert "Stockholm International Peace Research Institute" in note


def test_derived_figures_say_calculated_by_crr_and_cite_each_input(answers, sources):
    answer = answers["disagreement"]
    gap = next(v for v in answer.values if v.derived and v.formula.startswith("234"))
    assert len({answer.citations[n - 1].source for n in gap.cites}) == 2
    text = cite.format_answer(answer, "text", "apa", sources)
    marks = " and ".join(f"[{n}]" for n in gap.cites)
    assert f"calculated by crr from {marks}: {gap.formula}" in text
    markdown = cite.format_answer(answer, "markdown", "apa", sources)
    assert "calculated by crr from " + " and ".join(f"[^{n}]" for n in gap.cites) in markdown


def test_authors_people_and_organisations():
    people = cite.authors("Erik Voeten, Anton Strezhnev and Michael Bailey")
    assert [(a.family, a.given) for a in people] == [
        ("Voeten", "Erik"), ("Strezhnev", "Anton"), ("Bailey", "Michael")]
    assert [a.literal for a in cite.authors("MERICS, OSW, SCEEUS and NKK")] == [
        "MERICS", "OSW", "SCEEUS", "NKK"]
    for producer in ("Wikipedia contributors", "Stockholm International Peace Research Institute (SIPRI)"):
        assert [a.literal for a in cite.authors(producer)] == [producer]


def test_dates_in_each_form():
    assert cite.format_date("2026-02-11", "mdy") == "February 11, 2026"
    assert cite.format_date("2026-02", "mdy") == "February 2026"
    assert cite.format_date("2025-01-03", "dmy") == "3 January 2025"
    assert cite.format_date("2025-09-03", "mla") == "3 Sept. 2025"
    assert cite.format_date("2026-02-11", "apa") == "2026, February 11"
    assert cite.format_date("2026", "apa") == "2026"
    assert cite.format_date("2026-02", "ris") == "2026/02//"
    assert cite.format_date("2026-02-11", "parts") == [2026, 2, 11]


# --- real clients read the data formats ------------------------------------------------

def parse_bibtex(text: str, citations: list[Citation]) -> list:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    entries = library.entries
    assert len(entries) == len(citations) and len({e.key for e in entries}) == len(entries)
    for entry, citation in zip(entries, citations):
        fields = {key: field.value for key, field in entry.fields_dict.items()}
        assert {"author", "title", "year", "url", "urldate", "note"} <= set(fields)
        assert fields["url"] == citation.url and fields["urldate"] == citation.accessed
        assert citation.locator in fields["note"]
    return entries


def parse_ris(text: str, citations: list[Citation]) -> list[dict]:
    records = rispy.loads(text)
    assert len(records) == len(citations)
    for record, citation in zip(records, citations):
        assert record["urls"] == [citation.url] and record["section"] == citation.locator
        assert record["authors"] and record["title"] and record["access_date"]
    return records


def render_csl(text: str, citations: list[Citation]) -> list[str]:
    items = json.loads(text)
    assert len(items) == len(citations)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unknown field or date would warn
        source = CiteProcJSON(items)
        style = CitationStylesStyle("harvard-cite-them-right", validate=False)
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        for item in items:
            bibliography.register(CslCitation([CitationItem(item["id"])]))
        rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for item, citation in zip(items, citations):
        assert item["URL"] == citation.url and item["section"] == citation.locator
        assert any(item["URL"] in entry for entry in rendered)
    return rendered


@pytest.mark.parametrize("case", ["value", "derived", "disagreement", "event"])
def test_real_clients_read_every_answer(answers, sources, case):
    answer = answers[case]
    parse_bibtex(cite.format_answer(answer, "text", "bibtex", sources), answer.citations)
    parse_ris(cite.format_answer(answer, "text", "ris", sources), answer.citations)
    render_csl(cite.format_answer(answer, "text", "csl-json", sources), answer.citations)


def test_real_clients_read_every_source(sources):
    assert len(bibtexparser.parse_string(cite.format_sources(sources, "bibtex")).entries) == len(sources)
    assert len(rispy.loads(cite.format_sources(sources, "ris"))) == len(sources)
    assert len(json.loads(cite.format_sources(sources, "csl-json"))) == len(sources)


# --- Markdown and HTML ------------------------------------------------------------------

def test_markdown_footnotes_cite_both_sources_and_their_disagreement(answers, sources):
    answer = answers["disagreement"]
    markdown = cite.format_answer(answer, "markdown", "chicago", sources)
    body, _, _ = markdown.partition("\n\n[^1]:")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    defined = set(re.findall(r"^\[\^(\d+)\]:", markdown, flags=re.M))
    assert used == defined == {str(n) for n in range(1, len(answer.citations) + 1)}
    assert "USD 234 bn" in body and "228.1" in body and "The sources differ" in body
    assert "MERICS" in markdown and "Wikipedia contributors" in markdown
    assert "[1]" not in body


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.ids, self.hrefs, self.text = [], set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self.ids.add(attrs.get("id"))
        if tag == "a":
            self.hrefs.append(attrs["href"])

    def handle_data(self, data):
        self.text.append(data)


def test_html_links_each_mark_to_its_footnote_and_escapes_the_text(answers, sources):
    answer = answers["value"].model_copy(update={"text": answers["value"].text + "\n<script>x</script>"})
    html = cite.format_answer(answer, "html", "apa", sources)
    parsed = _Elements()
    parsed.feed(html)
    assert "script" not in parsed.tags and "<script>x</script>" in "".join(parsed.text)
    for n, citation in enumerate(answer.citations, start=1):
        assert f'<sup><a href="#fn{n}">{n}</a></sup>' in html and f"fn{n}" in parsed.ids
        assert citation.url in parsed.hrefs


def test_data_formats_have_no_footnote_form(answers, sources):
    with pytest.raises(ValueError, match="prose style"):
        cite.format_answer(answers["value"], "markdown", "bibtex", sources)


# --- the shared setting --------------------------------------------------------------

def test_default_style_from_environment_then_settings_then_chicago(isolated, monkeypatch):
    assert cite.default_style() == "chicago"
    isolated.parent.mkdir(parents=True)
    isolated.write_text('theme = "dark"\ncite_style = "mla"\n')
    assert cite.default_style() == "mla"
    monkeypatch.setenv("CRR_CITE_STYLE", "apa")
    assert cite.default_style() == "apa"
    monkeypatch.setenv("CRR_CITE_STYLE", "no-such-style")
    assert cite.default_style() == "mla"
    monkeypatch.setenv("CRR_CITE_STYLE", "bibtex")
    assert cite.default_style() == "bibtex" and cite.default_style(prose=True) == "chicago"


def test_saving_the_default_style_keeps_other_settings(isolated):
    import tomllib

    isolated.parent.mkdir(parents=True)
    isolated.write_text('theme = "dark"\n\n[tui]\nrecent = ["trade in 2024?"]\n')
    assert cite.save_default_style("harvard") == isolated
    assert tomllib.loads(isolated.read_text()) == {
        "theme": "dark", "cite_style": "harvard", "tui": {"recent": ["trade in 2024?"]}}
    assert cite.default_style() == "harvard"
    with pytest.raises(ValueError):
        cite.save_default_style("vancouver")


# --- the command line ----------------------------------------------------------------

@pytest.mark.parametrize("style", PROSE)
def test_ask_cite_prose(run_crr, engine, isolated, style):
    result = run_crr("ask", "--cite", style, "trade in 2024?")
    assert result.returncode == 0, result.stderr
    answer = engine.ask("trade in 2024?")
    assert "USD 245 bn" in result.stdout
    for citation in answer.citations:
        assert citation.url in result.stdout and citation.locator in result.stdout


def test_ask_cite_data_formats_print_files_the_clients_read(run_crr, engine, isolated):
    citations = engine.ask("trade in 2024?").citations
    outputs = {style: run_crr("ask", "--cite", style, "trade in 2024?") for style in DATA}
    assert all(result.returncode == 0 for result in outputs.values())
    parse_bibtex(outputs["bibtex"].stdout, citations)
    parse_ris(outputs["ris"].stdout, citations)
    render_csl(outputs["csl-json"].stdout, citations)


def test_ask_markdown_uses_the_default_style(run_crr, isolated):
    plain = run_crr("ask", "--format", "markdown", "trade in 2025?")
    assert plain.returncode == 0, plain.stderr
    assert "[^1]: Wikipedia contributors, “China–Russia Relations,”" in plain.stdout
    assert "The sources differ" in plain.stdout and "MERICS" in plain.stdout
    mla = run_crr("ask", "--format", "markdown", "trade in 2025?", env={"CRR_CITE_STYLE": "mla"})
    assert "[^1]: Wikipedia contributors. “China–Russia Relations.”" in mla.stdout
    html = run_crr("ask", "--format", "html", "trade in 2025?")
    assert html.stdout.startswith('<div class="crr-answer">') and '<li id="fn3">' in html.stdout


def test_ask_json_keeps_the_contract_and_adds_formatted_citations(run_crr, isolated):
    plain = json.loads(run_crr("ask", "--json", "trade in 2024?").stdout)
    assert all("formatted" not in c for c in plain["citations"])
    cited = json.loads(run_crr("ask", "--json", "--cite", "apa", "trade in 2024?").stdout)
    assert [{k: v for k, v in c.items() if k != "formatted"} for c in cited["citations"]] == plain["citations"]
    assert all(c["formatted"].startswith(("MERICS", "Wikipedia")) for c in cited["citations"])
    assert {k: v for k, v in cited.items() if k != "citations"} == {
        k: v for k, v in plain.items() if k != "citations"}


def test_ask_refuses_footnotes_in_a_data_format(run_crr, isolated):
    result = run_crr("ask", "--format", "markdown", "--cite", "ris", "trade in 2024?")
    assert result.returncode == 2 and "prose style" in result.stderr and not result.stdout


@pytest.mark.parametrize("style", PROSE + DATA)
def test_sources_lists_every_source(run_crr, sources, isolated, style):
    result = run_crr("sources", "--cite", style)
    assert result.returncode == 0, result.stderr
    for source in sources.values():
        assert source.url_main in result.stdout
    if style in PROSE:
        assert all(f"{source_id}\n    " in result.stdout for source_id in sources)


def test_sources_help_has_an_example(run_crr):
    result = run_crr("sources", "--help")
    assert result.returncode == 0 and "example:" in result.stdout
    assert "sources" in run_crr("--help").stdout


def test_importing_cite_is_cheap():
    code = "import sys, assistant.writing.cite; print(sorted(m for m in ('jinja2', 'textual', 'datasette') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


# --- every answer carries a citation whose locator exists -------------------------------

# Questions whose answers may cite nothing; none today.  The test fails when
# this list and the answers drift apart.
KNOWN_UNCITED: set[str] = set()
NOT_FIGURES = {"help", "unanswerable", "out_of_scope"}


def evaluation_questions() -> list[str]:
    """ANSWERABLE, and every question of the evaluation set that expects an answer."""
    questions = list(ANSWERABLE)
    path = Path(__file__).resolve().parent / "questions.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else None
            if record and record.get("kind") not in NOT_FIGURES:
                questions.append(record.get("q") or record["question"])
    return questions


def test_every_answer_cites_a_locator_that_exists(engine):
    anchors = engine.store.anchors
    wrong, uncited, unanswered = [], set(), []
    for question in evaluation_questions():
        answer = engine.ask(question)
        if not answer.answered:  # whether it should be is `crr eval`'s to judge
            unanswered.append(question)
            continue
        if not answer.citations:
            uncited.add(question)
        for citation in answer.citations:
            key = (citation.source, citation.locator)
            anchor = anchors.get(key)
            url = engine.store.sources[citation.source].url_main + (f"#{anchor}" if anchor else "")
            if key not in anchors or citation.url != url:
                wrong.append((question, key, citation.url))
    assert not wrong
    assert not [q for q in unanswered if q in ANSWERABLE]
    assert uncited == KNOWN_UNCITED, (f"newly uncited: {sorted(uncited - KNOWN_UNCITED)}; "
                                      f"cited now, remove from KNOWN_UNCITED: {sorted(KNOWN_UNCITED - uncited)}")
