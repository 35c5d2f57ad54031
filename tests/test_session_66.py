"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 66.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import values


@pytest.mark.parametrize("question, first, last", [
    ("how far back does the SIPRI data go?", "2000", "2023"),
    ("when does the IMF series start?", "1992", "2020"),
    ("what period does the UN voting data span?", "1971", "2019"),
])
def test_the_years_a_source_covers_are_its_figures_first_and_last(engine, question, first, last):
    answer = engine.ask(question)
    assert answer.kind == "source" and not values(answer)
    assert f"dated from {first} to {last}" in answer.text
    assert "every year from" in answer.text


@pytest.mark.parametrize("question, held", [
    ("how far back does the trade data go?", "Bilateral trade (USD bn): every year from 1992 to 2020"),
    ("since when does crr have gas import figures?", "Russian pipeline gas exports to China (bcm): every year from 2018"),
    ("what years are the oil import figures for?", "Russian oil exports to China (million tonnes): every year from 2000"),
])
def test_the_years_a_subject_covers_are_listed_by_measure_with_sources(engine, question, held):
    answer = engine.ask(question)
    assert answer.kind == "source" and not values(answer) and answer.citations
    assert held in answer.text


def test_the_data_of_a_country_not_held_gets_no_years(engine):
    answer = engine.ask("what years does the india trade data cover?")
    assert answer.kind != "source" and not values(answer)


def test_how_far_back_all_the_data_goes_gives_each_source_first_year(engine):
    answer = engine.ask("how far back does your data go?")
    assert "from 1971 running to" in answer.text and "from 1992 running to" in answer.text


@pytest.mark.parametrize("question, count", [
    ("In the SIPRI export, in how many years did Russia's share of Chinese arms imports exceed 85%?", 7),
    ("Per Chinese customs, in how many years did crude imports from Russia top 50 million tonnes?", 7),
    ("how many years in the SIPRI data did Chinese arms imports from Russia exceed 2,000 million TIV", 7),
    ("In the UN General Assembly voting data, how many years did China and Russia vote the same way at least 90% "
     "of the time?", 2),
])
def test_a_count_of_years_may_follow_a_preface_naming_where_to_look(engine, question, count):
    answer = engine.ask(question)
    assert answer.answered and values(answer)[0] == count
    assert answer.values[0].derived


def test_a_source_named_bounds_the_years_a_count_needs(engine):
    # the IMF series runs 1992 to 2020 without a gap; other sources' years are not asked
    named = engine.ask("In the IMF data, in how many years did China-reported trade with Russia exceed $100bn?")
    assert named.answered and values(named)[0] == 3
    unnamed = engine.ask("in how many years did trade top 100 billion dollars?")
    assert not unnamed.answered and not values(unnamed)


def test_a_number_with_a_thousands_comma_is_never_a_year(engine):
    answer = engine.ask("when did arms imports from Russia exceed 2,000 TIV?")
    assert answer.answered and 2205 in values(answer)
    assert "2,000 TIV mn" in answer.interpretation


def test_at_least_is_a_level_met_or_passed(engine):
    answer = engine.ask("In which years did China and Russia vote the same way at least 90% of the time?")
    assert answer.answered and "at or above 90%" in answer.interpretation


@pytest.mark.parametrize("question", [
    "For how many years was the yuan's share of Russia's trade above 30%?",
    "In how many months did the yuan share exceed 30%?",
])
def test_times_held_too_sparsely_are_not_counted(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer)


def test_for_how_many_years_without_a_level_is_a_length(engine):
    answer = engine.ask("for how many years did the treaty run?")
    assert answer.answered and 20 in values(answer)


@pytest.mark.parametrize("question", [
    "How many months after the invasion did China reach 40% of Russia's imports?",
    "how many months did it take China to reach 40% of Russia imports",
])
def test_a_length_of_time_to_reach_a_share_is_no_share(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer)


@pytest.mark.parametrize("question, value", [
    ("per the wiki article, how big was sino-russian trade in 2022", 190),
    ("give me a quotable 2025 trade number w/ a source", 234),
    ("how many UNGA recorded votes did both China and Russia take part in during 2017, per the Harvard Dataverse data?", 127),
    ("Moscow, Beijing ink mega gas deal in 2014 — worth how much?", 400),
])
def test_words_of_a_source_or_of_citing_it_are_understood(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)
    assert not answer.unread


def test_a_thing_known_by_a_figure_is_one_whose_record_gives_it(engine):
    wrong = engine.ask("which exercise had 2,000 troops?")
    assert not wrong.answered and "gives 2,000" in wrong.text
    right = engine.ask("which exercise had 8,000 PLA troops?")
    assert right.answered and "Peace Mission" in right.text


def test_articles_of_a_treaty_are_no_article_as_a_source(engine):
    answer = engine.ask("Is it right that the 2001 friendship treaty has 25 articles?")
    assert not answer.answered and not values(answer)


def test_the_last_year_is_no_length_of_time(engine):
    answer = engine.ask("What was the last year in the SIPRI file with Russia supplying over 80% of China's arms imports?")
    assert answer.answered and 80.9 in values(answer)


def test_a_count_between_two_years_is_a_count_and_after_an_event_a_length(engine):
    counted = engine.ask("How many years between 2000 and 2023 was Russia's share of Chinese arms imports under 60 percent?")
    assert counted.answered and values(counted)[0] == 3
    length = engine.ask("how long did it take China to reach 40% of Russia's imports")
    assert not length.answered and "no share of" not in length.text


def test_a_share_asked_of_a_partner_after_its_whole_is_the_partners_share(engine):
    answer = engine.ask("what share of Russia's trade is with China?")
    assert not values(answer) or all("Yuan" not in v.label for v in answer.values)
    exports = engine.ask("what share of Russia's exports go to China?")
    assert exports.answered and 31 in values(exports)


def test_an_edition_of_a_yearly_review_is_cited_with_its_own_date_and_publisher(engine):
    from assistant.writing.cite import format_citations

    answer = engine.ask("pipeline gas 2020 in bcm")
    note = format_citations(answer, "apa", engine.store.sources)[0]
    assert note.startswith("bp. (2021, June).")
    later = format_citations(engine.ask("pipeline gas 2023 in bcm"), "apa", engine.store.sources)[0]
    assert later.startswith("Energy Institute. (2024, June).")


def test_a_dataset_copy_is_cited_with_the_date_it_was_read_not_the_date_its_data_run_to(engine):
    from assistant.writing.cite import format_citations

    note = format_citations(engine.ask("UN voting agreement 2010"), "apa", engine.store.sources)[0]
    assert "Retrieved February 2026" in note and "Retrieved January 14, 2020" not in note


@pytest.fixture
def ds(db_path):
    from assistant.frontends.datasette.plugin import datasette_for

    return datasette_for(db_path)


@pytest.mark.asyncio
async def test_a_series_asked_by_a_metric_id_is_that_metric_alone(ds):
    rows = (await ds.client.get("/china_russia/series.json?metric=pipeline_gas_exports_to_china&_shape=objects")).json()["rows"]
    assert rows and {r["metric"] for r in rows} == {"Russian pipeline gas exports to China"}
    assert {r["unit"] for r in rows} == {"bcm"} and "reporter" in rows[0]
    worded = (await ds.client.get("/china_russia/series.json?metric=trade&_shape=objects")).json()["rows"]
    assert len({r["metric"] for r in worded}) > 1  # a word names every metric it fits


@pytest.mark.asyncio
async def test_a_dashboard_year_that_is_no_year_is_said_not_ignored(ds):
    response = await ds.client.get("/-/dashboards/china-russia?year_from=abc")
    assert response.status_code == 400 and "year_from='abc' is not a year" in response.text


@pytest.mark.asyncio
async def test_the_ask_page_links_an_answers_figures_as_rows_and_csv(ds):
    page = (await ds.client.get("/-/ask?q=pipeline+gas+over+time")).text
    assert 'class="crr-rows-csv"' in page
    table = page.split('class="crr-rows" href="')[1].split('"')[0].replace("&amp;", "&")
    assert table.startswith("/china_russia/observations?") and (await ds.client.get(table)).status_code == 200
    link = page.split('class="crr-rows-csv" href="')[1].split('"')[0].replace("&amp;", "&")
    csv = (await ds.client.get(link)).text
    assert csv.startswith("id,") and csv.count("\n") >= 7


@pytest.mark.parametrize("marks", ["?", "!!!@@@###$$$%%%^^^", "???"])
def test_a_question_of_marks_alone_is_not_read_nor_taken_as_a_follow_up(engine, marks):
    before = engine.ask("latest yuan share")
    answer = engine.ask(marks, before)
    assert not answer.answered and not values(answer) and "no words" in answer.text


@pytest.mark.parametrize("question", ["China's largest oil supplier?", "Russia's biggest gas buyer?"])
def test_who_comes_first_is_no_rank_among_some_nor_a_volume(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer)


@pytest.mark.parametrize("question, found", [
    ("Russia's largest trading partner?", "China's rank among Russia's trading partners"),
    ("China's top arms supplier?", "Russia's rank among China's arms suppliers"),
    ("Russia's biggest supplier of high-tech goods?", "China's rank among Russia's suppliers of high-tech"),
])
def test_who_comes_first_is_a_rank_among_the_group_asked(engine, question, found):
    answer = engine.ask(question)
    assert answer.answered and 1 in values(answer) and found in answer.text


def test_a_supplier_said_to_be_first_is_asked_of_not_read_as_a_flow(engine):
    answer = engine.ask("Is Russia the largest supplier of crude to China?")
    assert not answer.answered and not answer.text.startswith("Yes")


def test_an_official_name_used_again_is_dated_from_when_it_was_first_given(engine):
    answer = engine.ask("what do China and Russia officially call their relationship?")
    assert answer.answered and answer.text.index("- 2019:") < answer.text.index("- March 2023:")


def test_the_same_figure_in_another_unit_is_named_as_another_reading(engine):
    from assistant.writing.reading import read_as_line

    line = read_as_line(engine.ask("LNG imports from Russia in 2021"))
    assert "Other readings: Russian LNG exports to China (bcm)" in line


@pytest.mark.parametrize("question", [
    "The Common High Priority List has 60 items — how many tiers?",
    "The dashboard counts 19 meetings between Wang Yi and Lavrov — over what period?",
])
def test_a_stated_count_off_by_more_than_its_rounding_is_set_against_the_record(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer) and "does not bear out" in answer.text


@pytest.mark.parametrize("question", [
    "Trade was $107bn in 2020 — what about 2019?",
    "The list has 50 items — how many tiers?",
])
def test_a_statement_within_its_rounding_or_a_tenth_leaves_the_question_as_asked(engine, question):
    answer = engine.ask(question)
    assert answer.answered and values(answer)


def test_a_world_rank_is_no_place_among_a_countrys_neighbours(engine):
    among = engine.ask("Among Russia's land neighbours, where does China rank by length of shared border?")
    assert not among.answered and not values(among)
    world = engine.ask("where does the China-Russia border rank in the world by length?")
    assert world.answered and 6 in values(world)


def test_the_years_a_named_source_covers_for_a_subject_are_that_sources_alone(engine):
    answer = engine.ask("what years does the customs data cover for LNG?")
    assert answer.kind == "source" and "every year from 2010 to 2022 (China Customs (GACC)" in answer.text
    assert "Energy Institute" not in answer.text
    none = engine.ask("what years does the SIPRI data cover for trade?")
    assert not none.answered and not values(none) and "no figures on trade from SIPRI" in none.text


def test_the_reading_of_a_coverage_question_says_years_not_sources(engine):
    from assistant.writing.reading import read_as_line

    assert read_as_line(engine.ask("how far back does the trade data go?")) == \
        "Read as: the years crr's figures on trade cover."
