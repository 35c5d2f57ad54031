"""Mechanisms from tuning set 30, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("question, source, named", [
    ("who publishes the China-Russia Dashboard?", "china-russia-dashboard", "MERICS"),
    ("Who makes the dashboard?", "china-russia-dashboard", "SCEEUS"),
    ("what is SIPRI?", "sipri-arms-transfers", "Stockholm International Peace Research Institute"),
    ("who produces the UN voting data?", "unga-voting-voeten", "Voeten"),
    ("how recent is the IMF data?", "imf-dots", "2020"),
    ("who is behind the wikipedia article", "wikipedia-china-russia-relations", "Wikipedia contributors"),
])
def test_a_question_about_a_source_itself_is_answered_from_its_record(engine, question, source, named):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "source" and not answer.values and not answer.events
    assert named in answer.text and [c.source for c in answer.citations] == [source]
    assert answer.reading["summary"].startswith("what crr records of a source itself") and answer.unread == []


@pytest.mark.parametrize("question", [
    "what does SIPRI say about 2020?",  # a time: its figures
    "arms imports according to SIPRI",  # a subject: its figures
    "is SIPRI reliable?",  # a judgement of it, which crr does not make
])
def test_a_question_with_more_than_a_source_in_it_is_not_about_the_source(engine, question):
    assert engine.ask(question).kind != "source"


@pytest.mark.parametrize("question, mended, read", [
    ("China-Rusia trade 2024", {"Rusia": "Russia"}, "Bilateral trade"),
    ("trade between Bijing and Mocow 2024", {"Bijing": "Beijing", "Mocow": "Moscow"}, "2024"),
    ("trade btween 2022 and 2024", {"btween": "between"}, "2022 to 2024"),
    ("joint exercises since Novmeber 2022", {"Novmeber": "November"}, "since November 2022"),
    ("When did Boris Yetlsin make his first official visit to China?", {"Yetlsin": "Yeltsin"}, "Yeltsin"),
])
def test_a_typo_of_a_word_the_question_turns_on_is_mended_before_it_is_read(engine, question, mended, read):
    answer = engine.ask(question)
    assert answer.answered and answer.reading["mended"] == mended and read in answer.reading["summary"]


def test_the_read_as_line_says_which_words_were_mended(engine):
    from assistant.writing.reading import read_as_line

    line = read_as_line(engine.ask("trade between Bijing and Mocow 2024"))
    assert "Read “Bijing” as “Beijing”, “Mocow” as “Moscow”." in line


@pytest.mark.parametrize("word", [
    "Qiang",      # another first letter: no "Jiang"
    "ditch",      # another letter in its place: no "dutch"
    "failing",    # ... nor "falling"
    "Gorbachev",  # two letters off: no "Grachev"
    "judged",     # an ending: no "judge"
    "trough",     # a common English word: no "through"
    "quiet",      # ... no "quite"
])
def test_a_word_of_its_own_is_never_mended(engine, word):
    assert engine._names_mended(f"When did {word} happen in 2020?")[1] == {}


@pytest.mark.parametrize("question, metric", [
    ("What was the 2014 Russia–China gas supply deal worth?", "gas_deal_2014_value"),
    ("the Russia-China oil supply deal of 2009 - how much was the loan?", None),
])
def test_a_party_of_a_pair_ends_no_flow_by_the_words_after_it(engine, question, metric):
    answer = engine.ask(question)
    assert "from China" not in answer.reading["summary"]
    if metric:
        assert answer.answered and answer.values[0].metric == metric


@pytest.mark.parametrize("question, value", [
    ("yuan shr of russia intl trade jan 2024", 40),
    ("pwr of siberia 2 capacity bcm", 50),
])
def test_common_shorthand_is_read_as_its_word(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]


@pytest.mark.parametrize("question, period", [
    ("By 2018, how much was Sino-Russian two-way trade worth?", "2018"),
    ("what had trade reached by 2010?", "2010"),
    ("how much trade in all by 2010?", "../2010"),  # "in all": every year's together
    ("how many joint exercises by 2018", "../2018"),  # a count up to a year sums its occasions
    ("how much LNG did China import from Russia by 2020", "../2020"),  # no level said: as written
])
def test_a_yearly_amount_by_a_year_is_the_level_it_reached_then(engine, question, period):
    assert engine.ask(question).reading["periods"] == [period]


def test_a_span_by_a_year_is_said_without_over(engine):
    answer = engine.ask("how much LNG did China import from Russia by 2020")
    assert "by the end of 2020, and cannot add one up" in answer.text and "over by" not in answer.text


def test_a_statement_then_a_question_pointing_back_after_a_dash(engine):
    answer = engine.ask("China's military imports from Russia collapsed to near zero by 2006 — what were they worth in 2000?")
    assert answer.answered and 3.2 in [v.value for v in answer.values]
    assert "asked after" in answer.reading["summary"]


def test_a_route_named_by_its_pipelines_keeps_the_oil_carried_on_it(engine):
    answer = engine.ask("How many tonnes of Russian crude reached China via the Kazakh pipeline route in Q1 2008?")
    assert answer.answered and answer.values[0].metric == "kazakhstan_route_russian_oil_exports"


@pytest.mark.parametrize("question, name", [
    ("Chinese banks put up $6 billion in 2005 to help which Russian company buy Yuganskneftegaz?", "Rosneft"),
])
def test_which_firm_asked_mid_question_is_a_name_asked(engine, question, name):
    answer = engine.ask(question)
    assert answer.kind == "who" and answer.answered and name in answer.text



@pytest.mark.parametrize("question", [
    "joint sino-russian military drills since invasion ukraine",
    "exercises since the ukraine invasion",
    "trade since the ukraine war",
])
def test_the_invasion_named_without_of(engine, question):
    assert "since the invasion of Ukraine" in engine.ask(question).reading["summary"]


@pytest.mark.parametrize("question, periods", [
    ("trade between 2018 2020", ["2018/2020"]),
    ("trade in 2019, 2021", ["2019", "2021"]),  # a list, not a span
    ("russia's share china's military imports 1992 1994", ["1992", "1994"]),
])
def test_between_two_years_without_and_is_a_span(engine, question, periods):
    assert engine.ask(question).reading["periods"] == periods


@pytest.mark.parametrize("question, name", [
    ("company exported 38.8 bcm gas china 2025", "Gazprom"),
    ("pollster found 88 russians favourable china 2022", "Levada"),
])
def test_a_terse_who_names_its_doer_first(engine, question, name):
    answer = engine.ask(question)
    assert answer.kind == "who" and name in answer.text


def test_a_doer_first_with_a_question_word_is_no_who(engine):
    assert engine.ask("companies exported what share of gas").kind != "who"


@pytest.mark.parametrize("question, metric", [
    ("sino russ trade 2024 usd bn", "trade_total"),
    ("rus-chn bilat trade 2025 how much", "trade_total"),
    ("PoS-2 design cap?", "power_of_siberia_2_capacity"),
    ("30yr gas deal 2014 $ value", "gas_deal_2014_value"),
    ("un GA adopted res 2025 how many", "unga_resolutions_adopted"),
])
def test_more_shorthand_is_read_as_its_word(engine, question, metric):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].metric == metric


def test_a_preface_before_which_leaves_the_question_a_who(engine):
    answer = engine.ask("Quick check: which Russian laser scientist was detained on 30 June 2022 over suspected leaks to China?")
    assert answer.kind == "who" and "Kolker" in answer.text


def test_a_lender_asked_for_is_named_by_a_banks_name(engine):
    answer = engine.ask("Name the Chinese lender that cut off payments to sanctioned Russian banks in mid-2024.")
    assert answer.answered and "Bank of China" in answer.text and "names no one" not in answer.text


@pytest.mark.parametrize("question", [
    "Where in the Baltic did the PRC and Russian navies hold their July 2017 manoeuvres?",
    "Where did the navies hold manoeuvres in July 2017?",
])
def test_where_with_a_place_first_and_navies_find_the_naval_drill(engine, question):
    answer = engine.ask(question)
    assert answer.kind == "what_happened" and any("Kaliningrad" in e.title for e in answer.events)


@pytest.mark.parametrize("question, sources", [
    ("where does your trade data come from?", {"imf-dots", "wikipedia-china-russia-relations", "china-russia-dashboard"}),
    ("what are the sources for the arms figures?", {"sipri-arms-transfers", "wikipedia-china-russia-relations",
                                                     "china-russia-dashboard"}),
])
def test_where_a_subjects_figures_come_from_lists_its_sources(engine, question, sources):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "source" and {c.source for c in answer.citations} == sources
    assert answer.reading["summary"].startswith("the sources of crr's figures on")


def test_how_recent_the_data_is_lists_how_far_each_source_runs(engine):
    answer = engine.ask("is the data up to date?")
    assert answer.kind == "source" and len(answer.citations) == 7 and "running to 31 December 2020" in answer.text


@pytest.mark.parametrize("question", ["where did the gas come from?", "how reliable is the dashboard?"])
def test_no_data_word_or_a_verdict_is_no_question_about_sources(engine, question):
    assert engine.ask(question).kind != "source"


def test_the_second_half_of_a_year_is_a_time_not_a_second_occurrence(engine):
    answer = engine.ask("what happened in the second half of 2022?")
    assert answer.answered and answer.events and all(e.date >= "2022-07" for e in answer.events)


def test_your_sources_asked_first_lists_every_source(engine):
    answer = engine.ask("what are your sources?")
    assert answer.answered and answer.kind == "source" and len(answer.citations) == 7


def test_what_a_country_offered_is_its_events(engine):
    answer = engine.ask("what did Japan offer in 2003?")
    assert answer.answered and any("Nakhodka" in e.title for e in answer.events)


def test_never_in_the_yearly_figures_says_a_span_that_was(engine):
    answer = engine.ask("in which years was Russia's share of China's arms imports above 90%?")
    assert answer.answered and "97% for 1992 to 1994" in answer.text


def test_a_count_over_a_span_is_no_yearly_level(engine):
    answer = engine.ask("Which year did joint exercises reach 15?")
    assert not answer.values and "Over a span" not in answer.text


def test_a_count_of_several_things_together_gives_its_figure_for_the_time_asked(engine):
    answer = engine.ask("how many times did Xi and Putin meet since the war began?")
    assert not answer.answered and "19 interactions February 2022 to February 2026" in answer.text


@pytest.mark.parametrize("question, periods", [
    ("After the $190bn record of 2022, what did bilateral trade come to in 2023?", ["2023"]),
    ("Chinese students in Russia went from ~30k in 2020 to 50k+ in 2024 - what was the 2022 number?", ["2022"]),
    ("trade was $190bn in 2022; how much in 2024?", ["2024"]),
])
def test_the_years_of_figures_a_preface_states_are_no_times_asked(engine, question, periods):
    answer = engine.ask(question)
    assert answer.reading["periods"] == periods and not [v for v in answer.values if v.period[:4] not in periods]


def test_the_other_end_of_a_stated_change_keeps_the_stated_year(engine):
    answer = engine.ask("Chinese visitors' share of all tourist visits to Russia recovered to 5.8% in 2023 — from what low in 2021?")
    assert 0.3 in [v.value for v in answer.values]


def test_exchange_turnover_is_no_trade_between_the_countries(engine):
    answer = engine.ask("After the invasion, the yuan's slice of Russian stock-market turnover climbed from 3% to what?")
    assert answer.answered and {v.metric for v in answer.values} == {"yuan_share_russia_stock_market"}
    assert engine.ask("trade turnover 2024").values[0].metric == "trade_total"


def test_breaking_new_ground_asks_for_the_firsts(engine):
    answer = engine.ask("What new ground did the 2025 joint drills break, per the dashboard?")
    assert answer.kind == "what_happened" and any("submarine" in e.title for e in answer.events)


@pytest.mark.parametrize("question, metric", [
    ("what was the size of the loans for oil deal in 2009?", {"loans_for_oil_2009_oil_volume", "loans_for_oil_2009_payment"}),
    ("Peace Mission 2005: size of the PLA force?", {"exercise_troops_china"}),
    ("how many bcm will power of siberia 1 carry?", {"power_of_siberia_capacity"}),
])
def test_size_and_what_a_line_will_carry(engine, question, metric):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].metric in metric


def test_what_a_line_will_carry_in_a_time_to_come_is_a_forecast(engine):
    answer = engine.ask("How many bcm will Power of Siberia 2 carry in its first year?")
    assert answer.kind == "judgement" and not answer.values


def test_which_years_of_events_lists_each_occasion(engine):
    answer = engine.ask("which years did the two hold joint bomber patrols?")
    assert answer.kind == "what_happened" and [e.date[:4] for e in answer.events] == ["2019", "2020", "2022"]


def test_a_letter_left_out_is_the_likeliest_typo(engine):
    # "beijng" is "beijing" with a letter left out, or "being" with one added: the first
    assert engine._names_mended("When did the Russian president watch Beijng's parade?")[1] == {"Beijng": "Beijing"}


def test_his_field_after_a_who_answer_is_who_he_is(engine):
    arrested = engine.ask("Who was arrested on 30 June 2022 for passing information to China?")
    field = engine.ask("what was his field?", previous=arrested)
    assert field.kind == "who" and "laser scientist" in field.text and not field.values


def test_what_deals_were_signed_on_that_trip_is_the_event_shown(engine):
    parade = engine.ask("When did Xi Jinping first attend the Victory Day Parade in Moscow?")
    deals = engine.ask("What deals were signed on that trip?", previous=parade)
    assert deals.answered and [e.date[:7] for e in deals.events] == ["2015-05"]


def test_a_decade_span_is_said_as_the_decade(engine):
    answer = engine.ask("how long is the china russia border?")
    assert "(the 2000s; Wikipedia" in answer.text


def test_one_figure_of_one_source_in_two_sections_is_one_line(engine):
    answer = engine.ask("which years did trade exceed 100 billion?")
    lines = [l for l in answer.text.splitlines() if "USD 234 bn in 2025" in l]
    assert len(lines) == 1 and re.search(r"\(Wikipedia\[\d+\]\[\d+\]\)\.$", lines[0])


@pytest.mark.parametrize("question", ["military firsts in 2024", "What joint military firsts did China and Russia log in 2024?"])
def test_military_events_take_in_the_exercises(engine, question):
    answer = engine.ask(question)
    assert answer.answered and len(answer.events) == 3 and all(e.title.startswith("First") for e in answer.events)


@pytest.mark.parametrize("question, periods", [
    ("Between the 2022 record and the 2024 high, what was bilateral trade in 2023?", ["2023"]),
    ("After the 2024 peak, by what percentage did China-Russia trade shrink in 2025 per the dashboard?", ["2025"]),
])
def test_figures_named_by_their_years_before_the_question_are_said_not_asked(engine, question, periods):
    answer = engine.ask(question)
    assert answer.reading["periods"] == periods and answer.reading["stated"] == question
    assert answer.question == question


def test_a_mended_question_keeps_its_words_as_asked(engine):
    assert engine.ask("China-Rusia trade 2024").question == "China-Rusia trade 2024"


def test_firsts_in_quotes_that_broke_new_ground_are_every_first(engine):
    answer = engine.ask("What 'firsts' did China-Russia joint drills break in 2025?")
    assert [e.date for e in answer.events] == ["2025-08", "2025-12"]


@pytest.mark.parametrize("question, title", [
    ("What was the August 2005 joint exercise called?", "Peace Mission 2005"),
    ("How did China vote on the UN resolutions condemning the invasion of Ukraine?", "abstains"),
    ("In what country was the first-ever multilateral SCO exercise held in December 2025?", "Iran"),
])
def test_a_name_a_vote_or_a_place_of_an_event_asks_its_events(engine, question, title):
    answer = engine.ask(question)
    assert answer.kind in ("what_happened", "name") and any(title in e.title for e in answer.events)


def test_name_some_of_them_after_a_count_says_the_source_names_none(engine):
    count = engine.ask("How many Chinese firms did the US add to the Entity List in October 2023?")
    some = engine.ask("Name some of them.", previous=count)
    assert not some.answered and not some.values and "as a count, not each one by name" in some.text


@pytest.mark.parametrize("question, name", [
    ("Politico reported a Chinese state-owned arms maker sent assault rifles, drone parts and body armor to Russia "
     "in mid-to-late 2022 - which one?", "Norinco"),
    ("A Chinese bank stopped payments to sanctioned Russian banks in 2024 — which one?", "Bank of China"),
])
def test_a_statement_then_which_one_asks_which_thing_it_speaks_of(engine, question, name):
    answer = engine.ask(question)
    assert answer.kind == "who" and name in answer.text and answer.reading["asked_as"].startswith("which ")
    assert "stated" not in answer.reading and answer.question == question


def test_of_two_words_as_near_a_typo_is_the_one_the_records_use_often(engine):
    # "exprts": "exports" and "experts" are each a letter away; the records say "exports" hundreds of times
    assert engine._names_mended("rus coal exprts to china 2023")[1] == {"exprts": "exports"}


def test_supporting_russia_reads_the_poll_that_asked_it(engine):
    answer = engine.ask("what share of Chinese respondents backed supporting Russia in 2022?")
    assert answer.values[0].metric == "chinese_support_russia_in_interest_carter"


def test_a_question_about_a_source_after_a_figure_is_about_the_source(engine):
    trade = engine.ask("China-Rusia trade 2024")
    source = engine.ask("who publishes the dashboard?", previous=trade)
    assert source.kind == "source" and "MERICS" in source.text and not source.values
    again = engine.ask("and according to the dashboard?", previous=trade)
    assert again.values and {v.source for v in again.values} == {"china-russia-dashboard"}


@pytest.mark.parametrize("question", [
    "yuan share of Russia's imports and exports in Dec 2022",  # an example of the issue that had slipped
    "yuan share of imports and exports in Dec 2022",
])
def test_imports_and_exports_are_each_asked_even_when_one_figure_covers_the_subjects(engine, question):
    answer = engine.ask(question)
    assert sorted(v.value for v in answer.values) == [16, 23]


def test_a_unit_not_held_for_the_time_names_the_figure_held_in_another_unit(engine):
    answer = engine.ask("oil in barrels 2024")
    assert not answer.values and "Russian oil exports to China (in million tonnes, not the unit asked" in answer.text


def test_when_an_act_happened_is_the_act_not_the_reactions_to_it(engine):
    answer = engine.ask("when was Maduro captured?")
    assert answer.events[0].title.startswith("The United States captures") and answer.events[0].date == "2026-01-03"
