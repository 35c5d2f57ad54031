"""More mechanisms of the reading and the answers, each shown on a question of its own kind."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "by what percent did trade grow from 2020 to 2024",
    "how much did trade grow from 2020 to 2024 in percent",
])
def test_a_percent_of_change_between_two_ends_is_worked_out_from_the_levels(engine, question):
    # "Percent" with a verb of change and two ends is a rate of change, not a share.
    answer = engine.ask(question)
    assert answer.answered and answer.context["metric"] == "trade_total"
    assert any(v.derived and "/ 107.7 × 100" in v.formula for v in answer.values)


def test_a_percent_of_change_to_a_year_crr_lacks_is_refused(engine):
    answer = engine.ask("By what percentage did China–Russia trade grow from 2022 to 2023?")
    assert not answer.answered and not answer.values and "2023" in answer.text


def test_a_share_named_as_such_stays_a_share_when_it_changes(engine):
    answer = engine.ask("by how many percent did the yuan share rise from 2022 to 2024")
    assert answer.context["metric"].startswith("yuan_share")


def test_a_figure_against_a_base_year_is_no_change_between_two_other_years(engine):
    answer = engine.ask("how much did China–Russia trade fall in 2025 compared with 2024?")
    assert answer.context["metric"] == "trade_total"
    assert answer.answered and "2020 level" not in answer.text
    # Against its own base year it still is the figure.
    assert engine.ask("trade in 2024 compared with 2020").context["metric"] == "trade_total_ratio_to_2020"


def test_apart_from_a_country_asks_for_the_others_of_its_list(engine):
    answer = engine.ask("Apart from China, which country's military joined Vostok 2018?")
    assert "Mongolia" in answer.text and "apart" not in answer.unread


def test_a_name_sharing_a_word_with_the_question_is_the_questions_own(engine):
    answer = engine.ask("Besides Shandong Yulong, which Chinese refineries imported the most Russian oil in 2025?")
    assert not answer.answered


@pytest.mark.parametrize("question, answered", [
    # "Bank of China" holds the kind asked for as a name's word, capitalised.
    ("Which Chinese bank stopped payments to sanctioned Russian banks in June 2024?", True),
    # "Chinese-brand" holds it as an adjective: no brand is named.
    ("Which Chinese car brands lead sales in Russia?", False),
    # A kind the question writes as a name is no kind: the records do not name the projects.
    ("Which Yamal LNG projects did China take 30% and 20% stakes in?", False),
])
def test_the_kind_asked_for_counts_in_a_name_only_written_as_a_name(engine, question, answered):
    answer = engine.ask(question)
    assert answer.answered is answered
    if answered:
        assert "Bank of China" in answer.text


def test_an_event_that_ranks_no_one_names_no_first(engine):
    answer = engine.ask("Which Chinese bank processes the most Russian payments?")
    assert not answer.answered and "ranks no one" in answer.text


@pytest.mark.parametrize("question", [
    "When did the EU sanctions on Chinese companies proposed in February 2024 actually take effect?",
    "When did the EU formally adopt the sanctions on Chinese firms it proposed in February 2024?",
])
def test_a_plan_the_question_names_as_its_thing_does_not_date_the_thing_done(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and "plan or an agreement" in answer.text


def test_a_plan_just_before_the_verb_of_doing_is_the_plan_asked_about(engine):
    assert engine.ask("when did the EU propose sanctions on Chinese firms?").answered


def test_what_only_a_person_does_is_not_answered_with_a_company(engine):
    # The deal's record names Gazprom and CNPC, not who negotiated it.
    answer = engine.ask("Who negotiated the 400 billion dollar gas deal in 2014?")
    assert not answer.answered and "Gazprom" not in answer.text


def test_a_when_follow_up_asks_its_own_date_not_the_one_shown(engine):
    first = engine.ask("When was the Treaty of Good-Neighborliness and Friendly Cooperation signed?")
    answer = engine.ask("and when was it extended?", previous=first)
    assert answer.answered and "June 2021" in answer.text


def test_when_was_it_highest_asks_the_previous_figures_peak(engine):
    first = engine.ask("trade in 2024")
    answer = engine.ask("when was it highest?", previous=first)
    assert answer.answered and answer.context["kind"] == "peak" and answer.context["metric"] == "trade_total"


def test_what_only_a_person_does_is_not_answered_with_a_body_an_event_names(engine):
    answer = engine.ask("Who commanded the Chinese side at Peace Mission 2005?")
    assert not answer.answered and "PLA" not in answer.text.split(":")[0]


def test_who_holds_a_post_now_is_not_answered_by_a_holder_the_sources_date(engine):
    answer = engine.ask("Who heads CNPC today?")
    assert not answer.answered and "Chen Geng" in answer.text


def test_more_than_a_party_in_a_which_question_asks_who_ranks_above_it(engine):
    answer = engine.ask("Which two countries send more students to Russia than China does?")
    assert answer.answered and answer.context["metric"] == "china_rank_foreign_students_in_russia"
    assert "Kazakhstan" in answer.text and "Turkmenistan" in answer.text


def test_a_flow_from_a_named_supplier_is_no_total_from_every_supplier(engine):
    answer = engine.ask("China's imports of major conventional arms from Russia in 2022 (TIV)?")
    assert answer.context["metric"] == "china_arms_imports_from_russia_tiv"
    assert [v.value for v in answer.values] == [579.5]
    assert not engine.ask("China's arms imports from France in 2020").answered


def test_and_what_is_it_now_asks_the_latest_not_the_period_shown(engine):
    first = engine.ask("What share of Russia's trade was settled in yuan in January 2024?")
    answer = engine.ask("and what is it now?", previous=first)
    assert answer.context["kind"] == "latest" and 30 in {v.value for v in answer.values}


def test_when_was_that_asks_the_date_of_the_event_shown_and_says_how_it_was_read(engine):
    first = engine.ask("Who did Yeltsin meet on his first official visit to China?")
    answer = engine.ask("when was that?", previous=first)
    assert answer.answered and "23 December 1992" in answer.text
    assert answer.reading.get("summary")


def test_a_slash_between_names_reads_either_name(engine):
    answer = engine.ask("share of UN General Assembly votes where China and the USSR/Russia voted alike in 1990")
    assert answer.answered and answer.context["metric"] == "unga_same_vote_share"


@pytest.mark.parametrize("question, value", [
    # "Should" is what the poll asked, not a judgement asked of crr.
    ("what share of Chinese said in November 2022 that Russia's invasion broke the UN Charter and should be opposed?", 21.5),
    # "How many ... said": a poll gives the share of those it asked.
    ("how many Chinese said Russia's invasion was not wrong, in the Genron NPO poll of November 2022?", 39.5),
])
def test_what_people_told_a_poll_is_its_figure(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in {v.value for v in answer.values}


@pytest.mark.parametrize("question", [
    "How many days did Yeltsin spend in China on his December 1992 visit?",
    "how many of Xi and Putin's talks since February 2022 were phone calls?",
])
def test_a_number_the_events_of_the_people_named_do_not_give_is_not_answered_by_them(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values and "Events in the data with" in answer.text
    # Without a number asked, their events are the answer.
    assert engine.ask("Putin visits to China").answered


def test_a_level_by_the_end_of_a_year_is_its_latest_figure_then(engine):
    answer = engine.ask("What share of China-Russia trade was in yuan or rubles by the end of 2023?")
    assert answer.answered and [v.value for v in answer.values] == [90]
    # The latest figure before the year's end, not the pre-war span before it.
    answer = engine.ask("yuan share of russia's exports by 2023")
    assert [v.period for v in answer.values] == ["2022-12"]


def test_how_a_share_is_paid_ends_the_whole_it_is_a_share_of(engine):
    answer = engine.ask("what share of Russia's exports was invoiced in yuan in June 2024?")
    assert answer.context["metric"] == "yuan_share_russia_exports" and answer.answered


def test_either_of_two_words_of_one_subject_is_that_subject(engine):
    # "talk" may be a call or a meeting: with "meet or", either is a meeting or a call.
    answer = engine.ask("how often did Putin and Xi meet or talk on the phone between February 2022 and February 2026?")
    assert answer.context["metric"] == "xi_putin_interactions" and [v.value for v in answer.values] == [19]
    # Calls alone are a part of that count: not it.
    assert not engine.ask("how many phone calls did Xi and Putin have since 2022").answered


def test_a_word_of_a_group_places_the_figure_and_is_read(engine):
    answer = engine.ask("how closely aligned were Chinese and Soviet votes in the UN General Assembly in 1985?")
    assert answer.context["metric"] == "unga_same_vote_share"
    assert "closely" not in answer.unread and "aligned" not in answer.unread


def test_two_capitalised_words_known_apart_are_a_name_together(engine):
    # "Harbin" is a city and "Turbine-led" joins a word to the name; "Harbin Turbine" is the firm.
    answer = engine.ask("Which Chinese firm headed the group that agreed with OGK to add 41,000 MW of power in the Russian Far East?")
    assert answer.answered and "Harbin Turbine" in answer.text


def test_a_name_the_question_writes_itself_is_no_answer_but_its_common_words_are_no_bar(engine):
    assert not engine.ask("Besides Shandong Yulong, which Chinese refineries imported Russian oil in 2025?").answered
    answer = engine.ask("Whose navy joined the Chinese and Russian navies for the November 2019 manoeuvres off Cape Town?")
    assert answer.answered and "South African Navy" in answer.text


def test_a_verb_that_doubles_its_consonant_is_one_word_with_its_stem():
    from assistant.reading.words import _stem
    assert _stem("shipped") == _stem("ship") and _stem("committed") == "commit"
    assert _stem("installed") == "install" and _stem("staffed") == "staff"


def test_what_a_figure_is_about_includes_the_goods_it_counts(engine):
    answer = engine.ask("how many Chinese companies did Washington add to the Entity List in October 2023 for selling Russia microchips?")
    assert answer.answered and [v.value for v in answer.values] == [42]


def test_only_a_time_after_a_figure_asks_that_figure_then(engine):
    first = engine.ask("yuan share of Russia's imports in December 2022")
    answer = engine.ask("before the invasion?", previous=first)
    assert answer.answered and [v.value for v in answer.values] == [4]
    # "What happened" asks for events, whatever came before.
    assert engine.ask("what happened in 2014?", previous=engine.ask("trade in 2024")).kind == "what_happened"


def test_an_open_span_leaves_out_events_its_bound_cuts(engine):
    answer = engine.ask("what happened before the invasion?")
    assert answer.events and all(e.date < "2022-02-24" for e in answer.events)


def test_a_flow_written_with_value_asks_its_money(engine):
    answer = engine.ask("crude oil imports value 2022")
    assert answer.context["metric"] == "oil_exports_to_china_value"


def test_a_named_pipeline_is_no_word_for_oil(engine):
    # "ESPO" names one pipeline: the capacity crr holds is another's (Atasu–Alashankou).
    answer = engine.ask("what is the capacity of the ESPO pipeline?")
    assert not answer.answered and not answer.values


def test_a_year_that_names_the_thing_is_no_time_asked(engine):
    # "the 2001 treaty" is the treaty; its renewal is a figure of 2021.
    answer = engine.ask("for how long was the 2001 treaty renewed?")
    assert answer.answered and [v.value for v in answer.values] == [5]
    # The thing must be the figure's own: "the 2014 yuan swap line" is no household's yuan.
    assert not engine.ask("how many US dollars was the 2014 yuan swap line worth?").values


def test_a_question_about_the_event_shown_is_read_as_about_that_event(engine):
    first = engine.ask("When did Yeltsin make his first official visit to China?")
    answer = engine.ask("when was that?", previous=first)
    assert "Yeltsin's first official visit" in answer.reading["summary"]


@pytest.mark.parametrize("question", [
    "in which year was there the least agreement between China and Russia in UN General Assembly votes?",
    "UN General Assembly votes, agreement between Beijing and Moscow in 2010",
])
def test_a_broad_subject_word_says_which_of_two_close_figures(engine, question):
    # "agreement" is in the share of same votes' names, not in the count of votes'.
    assert engine.ask(question).context["metric"] == "unga_same_vote_share"


def test_a_metric_is_judged_by_all_of_its_names(engine):
    # "votes" is in another of the share's names than the one that matches best.
    assert engine.ask("UN General Assembly agreement with Russia, votes in 2015?").context["metric"] \
        == "unga_same_vote_share"


def test_a_number_with_its_magnitude_glued_on_is_not_read_as_its_whole_part(engine):
    from assistant.reading.read import read

    # "$9.3bn" is not the number 9; a sentence's full stop is no decimal point.
    assert 9.0 not in read("which firm paid some $9.3bn for Yuganskneftegaz", engine.lexicon).numbers
    assert read("when did trade first pass 100.", engine.lexicon).numbers == [100.0]


@pytest.mark.parametrize("text, label", [
    ("exercises between march and may 2024", "2024-03/2024-05"),
    ("trade from november to january 2023", "2022-11/2023-01"),
])
def test_a_span_of_two_months_takes_its_year_from_the_second(text, label):
    from assistant.reading.periods import extract_periods

    assert [p.label for p in extract_periods(text)[0]] == [label]


def test_what_someone_did_is_answered_from_the_events(engine):
    # No figure answers "what did X deliver"; the events that say what it did do.
    answer = engine.ask("what did norinco deliver to russia?")
    assert answer.kind == "what_happened" and answer.answered
    assert "norinco-shipments-2022" in [e.event_id for e in answer.events]


def test_who_stands_to_one_country_may_be_the_other(engine):
    # The event's title opens with the country the question does not name.
    answer = engine.ask("who is russia's biggest trading partner?")
    # (named first, by the rank crr holds that puts China first among Russia's partners)
    assert answer.answered and answer.text.startswith("China:")


def test_a_year_the_description_dates_the_thing_by_names_it(engine):
    # The figure is of 1999; "the 1997 contracts" names the deal its description dates to 1997.
    answer = engine.ask("what volume of oil did the 1997 CNPC contracts have Yukos sell to China in 1999?")
    assert answer.answered and [v.value for v in answer.values] == [1.5]


def test_a_flow_named_both_ways_is_read_even_for_a_year_crr_lacks(engine):
    # Both ends named: the goods trade that way, and an honest "no figure" for the year.
    answer = engine.ask("chinese exports to russia in 2023")
    assert answer.context["metric"] == "trade_china_to_russia" and not answer.answered
    assert "every year from 1992 to 2020" in answer.text and "(USD bn) (USD bn)" not in answer.text


def test_a_total_after_one_way_of_a_flow_is_both_ways(engine):
    first = engine.ask("goods from China to Russia in 2010, per the IMF")
    answer = engine.ask("and the total that year?", first)
    assert answer.context["metric"] == "trade_total" and answer.answered


def test_words_read_as_something_else_count_for_no_metric(engine):
    # "based on" says where a figure comes from, not "base metals".
    first = engine.ask("share of UN General Assembly votes in which China and Russia agreed, 2015")
    answer = engine.ask("and how many votes is that based on?", first)
    assert answer.context["metric"] == "unga_votes_both_voted" and answer.answered


def test_million_is_no_typo_of_billion(engine):
    assert engine.resolver.matcher.correct("million tonnes")[1] == {}


def test_a_year_of_a_series_is_not_answered_by_a_one_off_deal(engine):
    # The customs series lacks the year; a deal's volume for that year is another question.
    answer = engine.ask("China's crude imports from Russia in 1999, in million tonnes?")
    assert not answer.answered and not answer.values


def test_where_something_stands_among_others_asks_its_rank(engine):
    first = engine.ask("length of the China-Russia border?")
    answer = engine.ask("where does that place it among the world's land borders?", first)
    assert answer.context["metric"] == "border_length_world_rank" and answer.answered


def test_which_countries_after_a_preposition_names_countries_only(engine):
    # "Through which countries": a who-question whose names are countries, not the
    # magazine that reported the event or a word made from a country's name.
    answer = engine.ask("via which countries did the Norinco shipments reach Russia?")
    assert answer.kind == "who" and answer.answered
    assert "Turkey" in answer.text and "United Arab Emirates" in answer.text
    assert "Politico" not in answer.text.split(":")[0] and "Chinese," not in answer.text


def test_reportedly_names_no_reporter(engine):
    from assistant.reading.read import read

    assert read("shipments to russia reportedly went through turkey", engine.lexicon).reporter is None
    assert read("trade in 2010, russia reported", engine.lexicon).reporter == "russia"


@pytest.mark.parametrize("question", [
    "which is larger: the nominal capacity of Power of Siberia-1 or the design capacity of Power of Siberia-2?",
    "compare Power of Siberia-1 capacity with Power of Siberia-2 capacity",
    "is Power of Siberia-2's design capacity bigger than Power of Siberia-1's nominal capacity?",
])
def test_two_figures_compared_are_both_answered_and_the_larger_named(engine, question):
    answer = engine.ask(question)
    assert sorted(v.value for v in answer.values) == [38, 50]
    assert "the larger is \u201cPower of Siberia-2 design capacity\u201d" in answer.text


def test_one_figure_at_two_times_stays_a_change(engine):
    answer = engine.ask("trade 2024 versus 2022")
    assert any(v.derived for v in answer.values)


def test_a_twin_of_the_other_way_sets_no_floor_when_its_own_way_differs_only_in_measure(engine):
    # "Chinese tourist visits" is the count; asked as a share, the share answers, though
    # the count of Russian visits the other way matched as well as the count did.
    answer = engine.ask("what percent of foreign tourist visits to Russia were Chinese in 2022?")
    assert answer.context["metric"] == "chinese_share_of_tourist_visits_to_russia" and answer.answered


def test_the_people_of_a_count_are_not_the_things_it_counts(engine):
    answer = engine.ask("which were the 25 documents signed on Yeltsin's 1992 trip to China?")
    assert not answer.answered and not answer.values and "not which" in answer.text
    # People counted are named: the leaders behind a count of their engagements.
    assert engine.ask("name the military leaders behind the 14 military engagements since the invasion").answered


def test_a_first_crossing_in_years_crr_lacks_is_not_dated(engine):
    # About 30,000 in 2020, over 50,000 in 2024: 45,000 was first passed some year between.
    answer = engine.ask("in which year did Chinese students in Russia first exceed 45,000?")
    assert not answer.answered and not answer.values
    assert "2020" in answer.text and "2024" in answer.text and "2022" in answer.text


@pytest.mark.parametrize("question, metric", [
    ("when did bilateral trade first pass 100 billion dollars?", "trade_total"),
    ("pipeline gas exports via power of siberia in 2025", "pipeline_gas_exports_to_china"),
])
def test_words_of_crossing_and_of_the_route_say_nothing_of_the_figure(engine, question, metric):
    answer = engine.ask(question)
    assert answer.context["metric"] == metric and answer.answered


def test_a_currency_after_in_billions_of_is_the_unit_asked(engine):
    answer = engine.ask("bilateral trade in billions of rubles, 2024")
    assert not answer.answered and not answer.values and "rubles" in answer.text


def test_a_change_in_one_year_is_no_level(engine):
    # From the year before, worked out from the two levels ...
    answer = engine.ask("by how much did bilateral trade shrink in 2015?")
    assert answer.answered and any(v.derived and v.formula.startswith("67.955 − 95.244") for v in answer.values)
    # ... or said not held when crr lacks the year before, never the year's level alone.
    answer = engine.ask("how much did bilateral trade rise in 2024?")
    assert not answer.answered and not [v for v in answer.values if v.period == "2024"]
    # A change the sources state for the year is the answer.
    assert engine.ask("how much did trade drop in 2025?").context["metric"] == "trade_total_yoy_change"


def test_two_figures_in_different_units_are_not_ranked(engine):
    answer = engine.ask("is the crude pipeline longer than Power of Siberia-2's design capacity?")
    assert "different units" in answer.text and "the larger" not in answer.text
    # (round 55: a question of which is larger has no answer then; both are shown, not given)
    assert not answer.answered and not answer.values and "km" in answer.text and "bcm" in answer.text


def test_a_first_since_something_is_no_first_ever(engine):
    # The 2023 visit was Putin's first meeting after the ICC warrant, not the two's first.
    answer = engine.ask("when did Xi and Putin first meet")
    assert answer.events[0].date.startswith("2013")
    assert "earliest such event in crr's timeline" in answer.text
    # Asked for the first since something, the source's own "first ... after" serves.
    assert engine.ask("When did Putin first meet someone after the ICC warrant?").events[0].date.startswith("2023")
