"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 62.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values

DB = "china_russia"


def test_a_word_the_question_says_again_after_a_preface_is_its_own(engine):
    # the preface's word is set aside only where the question does not say it too
    answer = engine.ask("For my article on the Arctic: how many joint Arctic patrols have there been?")
    assert not answer.answered and not values(answer) and "arctic" in answer.text.lower()
    assert not engine.ask("how many joint Arctic patrols have there been?").answered
    # a preface's word the question does not repeat is still set aside, and named
    answer = engine.ask("For a piece on the navy: what was trade in 2024?")
    assert answer.answered and 245 in values(answer) and "navy" in answer.unread


@pytest.mark.parametrize("question", ["Is Russia China's biggest oil supplier?", "is russia china's top oil supplier?",
                                      "Was Russia China's largest oil supplier?"])
def test_a_place_among_suppliers_is_a_rank_of_the_country_named(engine, question):
    # a company's rank among the suppliers is no rank of the country
    answer = engine.ask(question)
    assert not answer.answered and not values(answer), question


def test_a_companys_own_rank_is_still_its_rank(engine):
    answer = engine.ask("What is Lukoil's rank among China's Russian oil suppliers?")
    assert answer.answered and 1 in values(answer)


def test_after_a_yearly_figure_a_new_thing_is_its_yearly_figure_in_the_measure_shown(engine):
    # "what about pipeline gas?" after trade in dollars: gas's value year by year, not the
    # one-off cost of two pipelines
    answer = talk(engine, "trade in 2022?", "what about pipeline gas?")
    assert answer.answered and answer.context["metric"] == "pipeline_gas_exports_to_china_value"
    answer = talk(engine, "trade in 2024?", "what about pipeline gas?")
    assert "Cost of the two gas pipelines" not in answer.interpretation
    # a whole second question is read as itself
    answer = engine.ask("trade in 2024 and oil exports in 2024")
    assert answer.answered and 245 in values(answer)


@pytest.fixture
def ds(db_path):
    from assistant.frontends.datasette.plugin import datasette_for

    return datasette_for(db_path)


@pytest.mark.asyncio
@pytest.mark.parametrize("query, said", [
    ("_sort=nonexistent", "no column 'nonexistent' (asked by _sort)"),
    ("_sort_desc=zz", "no column 'zz' (asked by _sort_desc)"),
    ("_facet=nonexistent", "no column 'nonexistent' (asked by _facet)"),
    ("_sort=value&_sort_desc=value", "one column only"),
])
async def test_a_sort_or_facet_by_a_column_the_table_lacks_is_a_400_that_names_it(ds, query, said, capfd):
    for path in (f"/{DB}/observations?{query}", f"/{DB}/observations.json?{query}"):
        response = await ds.client.get(path)
        assert response.status_code == 400 and said in response.json()["error"], path
    assert "never awaited" not in capfd.readouterr().err
    assert (await ds.client.get(f"/{DB}/observations.json?_sort=value&_facet=unit")).status_code == 200
    assert (await ds.client.get(f"/{DB}/events.json?_sort_desc=date_start")).status_code == 200


def test_a_hyphenated_pair_of_words_the_vocabulary_groups_is_read_as_the_two(engine):
    # "PBOC-CBR": both central banks, words of db/vocabulary.yaml's word groups
    answer = engine.ask("How big is the PBOC-CBR currency swap line?")
    assert answer.answered and 150 in values(answer)


@pytest.mark.parametrize("question, value", [
    ("Share of Russian export proceeds paid in yuan by Dec 2022?", 16),       # proceeds: receipts
    ("yuan share of Moscow bourse trading in 2022", 33),                      # bourse: the exchange
    ("What did Chinese buyers shell out for the Yamal LNG stakes in 2019?", 45),  # shell out: pay
    ("By June 2024 what share of Russian exports were settled in yuan, per the CBR?", 33.3),  # who published it
])
def test_journalists_words_for_held_figures(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer), question


def test_two_parts_asked_alike_share_what_the_second_says_after_its_thing(engine):
    # "how many A and how many B <were there in 2023>": the time (or occasion) is of both
    answer = engine.ask("How many Russian tourist visits to China and how many Chinese tourist visits to Russia "
                        "were there in 2023?")
    assert not answer.answered and not values(answer) and "2019" not in answer.interpretation
    answer = engine.ask("How many Russian soldiers and how many Chinese soldiers took part in Vostok 2018?")
    assert not answer.answered and not values(answer)
    answer = engine.ask("how much crude and how much LNG did China buy from Russia in 2022?")
    assert answer.answered and 86.248 in values(answer) and 6.505 in values(answer)


def test_a_second_question_of_its_own_not_held_is_said_not_dropped(engine):
    answer = engine.ask("How many Chinese students were in Russia in 2024, and how many Russian students in China?")
    assert answer.kind == "compound" and "Russian students in China" in answer.interpretation
    assert "not held" in answer.interpretation.lower() or "no figure" in answer.text


def test_at_that_point_is_the_time_just_shown(engine):
    answer = talk(engine, "when was the Treaty of Good-Neighborliness signed?", "Who was Russia's president at that point?")
    assert answer.answered and "Vladimir Putin" in answer.text and "2001" in answer.reading["summary"]


def test_a_place_named_in_a_record_is_no_one_who_did_it(engine):
    # an island is where it happened, not who owns it; asked for places, it is the answer
    assert not engine.ask("who owns Bolshoy Ussuriysky Island?").answered
    answer = engine.ask("after the nov 1997 border agreement, which bits of land were still contested?")
    assert answer.answered and "Abagaitu" in answer.text and "Yinlong" in answer.text


def test_its_after_one_event_keeps_a_who_question_to_that_event(engine):
    answer = talk(engine, "When was the Shanghai Five formed?", "which leaders signed its founding document?")
    assert not answer.answered and "Yang Shangkun" not in answer.text


def test_a_who_answer_says_plainly_that_its_record_names_no_one(engine):
    answer = engine.ask("who signed the 2001 treaty?")
    assert answer.text.startswith("The record names no one who signed it")
    assert "It links Vladimir Putin to the event, but its words do not say who signed" in answer.text


def test_compare_with_a_year_after_the_latest_figure_compares_it_with_that_figure(engine):
    answer = talk(engine, "record LNG imports", "what about pipeline gas?", "compare with 2020")
    assert answer.answered and answer.kind == "change" and 3.88 in values(answer) and 38.8 in values(answer)


@pytest.mark.parametrize("style, title", [("apa", "## References"), ("mla", "## Works Cited"),
                                          ("harvard", "## Reference list"), ("chicago", "## Bibliography")])
def test_an_exported_conversation_ends_with_the_works_cited_in_its_style(engine, style, title):
    from assistant.frontends.tui.writing import conversation_markdown

    answers = [engine.ask("trade in 2024?"), engine.ask("arms imports from russia 2020 sipri")]
    document = conversation_markdown(answers, style, engine.store.sources)
    assert title in document
    works = document.split(title, 1)[1]
    assert "SIPRI Arms Transfers Database" in works and "Wikipedia" in works and "Dashboard" in works


@pytest.mark.parametrize("question, style", [("give me a citation for the 2024 trade figure in APA", "apa"),
                                             ("trade in 2024 in chicago style", "chicago"),
                                             ("trade 2024 as BibTeX", "bibtex")])
def test_a_citation_style_named_in_the_question_is_read_as_the_style(engine, question, style):
    answer = engine.ask(question)
    assert answer.answered and 245 in values(answer) and answer.reading["style"] == style
    assert style not in [w.lower() for w in answer.unread] and answer.question == question


def test_a_file_asked_for_is_pointed_to_crrs_export(engine):
    answer = engine.ask("export the trade series as csv")
    assert answer.kind == "help" and not values(answer) and "crr export" in answer.text
    # "exports" of trade stay a figure
    assert engine.ask("exports to Russia in 2020").answered


def test_crr_ask_cites_in_the_style_the_question_names(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "trade in 2024 in APA"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "(2026, February 11)" in out.stdout  # an APA date


@pytest.mark.parametrize("question", ["trade in 10000", "how many exercises since 123456?", "trade in 10000?"])
def test_a_time_asked_as_a_number_that_is_no_year_gets_no_figure(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer) and "no year" in answer.text


def test_a_large_number_that_is_an_amount_is_not_read_as_a_time(engine):
    answer = engine.ask("trade in 10000 tonnes")
    assert "no year" not in answer.text


@pytest.mark.parametrize("question", [
    "gap between SIPRI and the dashboard on Russia's share of China's arms imports in 2023",
    "Russia's share of China's arms imports in 2023: what's the gap between the sources?",
])
def test_a_gap_asked_between_the_sources_is_how_far_apart_they_are(engine, question):
    answer = engine.ask(question)
    assert answer.answered and {76, 79, 3} <= set(values(answer)) and "apart" in answer.text


def test_a_style_named_by_a_place_is_a_style_only_beside_words_of_citing(engine):
    answer = engine.ask("Chinese students in Harvard")
    assert "style" not in (answer.reading or {}) and not answer.answered
    assert engine.ask("cite trade in 2024 in chicago").reading.get("style") == "chicago"


@pytest.mark.asyncio
async def test_the_ask_page_cites_in_the_style_the_question_names_unless_the_page_sets_one(ds):
    from urllib.parse import quote

    named = await ds.client.get("/-/ask?q=" + quote("trade in 2024 in APA"))
    assert named.status_code == 200 and "(2026, February 11)" in named.text  # an APA date
    chosen = await ds.client.get("/-/ask?style=mla&q=" + quote("trade in 2024 in APA"))
    assert chosen.status_code == 200 and "(2026, February 11)" not in chosen.text and "11 Feb. 2026" in chosen.text
