"""Mechanisms from tuning set 16 and a newcomer's trial: what each one reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_reporter_that_is_none_of_crrs_sources_need_not_be_named_by_the_event(engine):
    # "per Politico": the event asked about is the same whether its record names the outlet or not.
    for question in ("Which Chinese state weapons maker sent Russia rifles and drone parts in 2022, per Politico?",
                     "Which Chinese arms maker sent rifles to Russia in 2022, according to Reuters?"):
        answer = engine.ask(question)
        assert answer.answered and "Norinco" in answer.text
    # Named, it is found: the report itself is an event of its own.
    assert engine.ask("when did Politico report on Norinco?").events[0].date.startswith("2023-03")
    # crr's own sources are still a facet of the answer ("per the Dashboard").
    answer = engine.ask("per the Dashboard, how many joint exercises since 2022?")
    assert answer.answered and all(v.source == "china-russia-dashboard" for v in answer.values)


def test_a_thing_of_another_kind_or_place_is_another_event(engine):
    # A maritime patrol is a naval one, not a bomber or a coast guard patrol; one in the Pacific
    # is not one in the Arctic Ocean.  The data holds the fourth naval patrol in the Pacific only.
    assert not engine.ask("When did Russia and China hold their first joint maritime patrol in the Pacific?").answered
    answer = engine.ask("When did the navies hold their fourth joint maritime patrol in the Pacific?")
    assert answer.answered and answer.events[0].date.startswith("2024")
    assert "bomber" not in engine.ask("When did Russia and China first hold a joint maritime patrol?").text.lower()
    # A name before the thing is no kind of it: the Angarsk–Daqing pipeline is an oil pipeline.
    assert engine.ask("When did the Russia–China crude pipeline start pumping oil into China?").answered


def test_the_kinds_of_things_are_curated_words():
    from assistant.answering.event_words import modified

    assert ("bomber", "patrol") in modified("Joint bomber patrol over the Pacific")
    assert not any(thing == "patrol" for _, thing in modified("the patrol of the Pacific"))


def test_which_country_is_answered_with_the_countries_an_event_names_not_its_people(engine):
    answer = engine.ask("which country was ready to bankroll a pipeline to Nakhodka in 2003?")
    first = answer.text.split("\n\n", 1)[-1].splitlines()[0]
    assert "Japan" in first and "Putin" not in first


def test_a_unit_said_after_the_second_year_of_a_comparison_is_said_of_both(engine):
    # "LNG in 2023 and 2024 in million tonnes": 2023 is held in bcm only, so not in tonnes.
    answer = engine.ask("Compare Russian LNG deliveries to China in 2023 and 2024 in million tonnes.")
    assert not answer.answered and not any(v.unit == "bcm" for v in answer.values)


def test_a_share_of_one_countrys_exports_is_no_stake_in_a_project(engine):
    answer = engine.ask("What share of Russia's LNG exports does the PRC take?")
    assert not answer.answered and not answer.values
    assert engine.ask("What stake does China hold in Yamal LNG?").answered


def test_a_figure_asked_of_an_event_just_shown_is_asked_at_its_time(engine):
    # "What did they sign?" after the 2025 parade: not the 25 documents of Yeltsin's 1992 visit.
    answer = talk(engine, "when did Xi attend the Victory Day parade in Moscow?", "what did they sign?")
    assert not answer.answered and 25 not in values(answer)
    # A figure that is of the event's time still answers.
    answer = talk(engine, "when was Peace Mission 2005?", "how many troops took part?")
    assert answer.answered and 8000 in values(answer)


def test_he_in_a_who_follow_up_is_the_one_person_asked_about_before(engine):
    answer = talk(engine, "when did Yeltsin first visit China?", "who did he meet?")
    named = answer.text.split("\n\n", 1)[-1].split(":")[0]
    assert "Jiang Zemin" in named and "Yeltsin" not in named
    # "Who took part?" still names everyone.
    assert "Boris Yeltsin" in talk(engine, "when did Yeltsin first visit China?", "who took part?").text


def test_a_statement_then_a_question_pointing_back_are_two_turns(engine):
    # "What was it in 2020?" asks of the trade the statement names, in 2020 only.
    answer = engine.ask("Trade hit a record in 2024. What was it in 2020?")
    assert answer.answered and {v.period for v in answer.values} == {"2020"}
    # A question of its own after a statement keeps the whole reading.
    assert engine.ask("Trade hit a record in 2024. How much LNG did China import from Russia in 2021?").answered


def test_a_state_founded_or_dissolved_is_the_thing_the_event_must_name(engine):
    for question in ("when was the PRC founded", "when was the People's Republic of China established"):
        answer = engine.ask(question)
        assert answer.answered and answer.events[0].date.startswith("1949")
    assert engine.ask("when was the Soviet Union dissolved?").events[0].date.startswith("1991")


def test_when_a_thing_done_again_and_again_started_is_its_first_time(engine):
    assert engine.ask("when did joint bomber patrols start").events[0].date.startswith("2019-07")
    # One that says it began is the start; a year is not before a day within it.
    assert engine.ask("when did the war in ukraine start").events[0].date == "2022-02-24"


def test_a_flow_of_trade_in_a_few_words_is_a_figure_not_an_event(engine):
    answer = engine.ask("Russia's oil exports to the EU")
    assert not answer.answered and not answer.events and "European Union" in answer.text
    assert engine.ask("first joint submarine patrol").answered  # a few words may still name an event


def test_a_share_of_one_countrys_trade_is_not_a_share_of_the_others(engine):
    # The yuan's share is of Russia's trade settlements: no share of China's total trade.
    answer = engine.ask("trade with Russia as share of China's total trade")
    assert not answer.answered and not answer.values
    assert engine.ask("yuan share of Russia's trade settlements in 2023").reading
    assert engine.ask("what share of Russia's trade was settled in yuan in early 2024?").answered


def test_a_typo_of_a_sources_name_and_a_model_without_its_hyphen_are_read():
    from assistant.reading.words import normalize

    assert "su-35" in normalize("how many su35 did china get") and "s-400" in normalize("the S400 deal")
    assert normalize("trade in 2024") == "trade in 2024"


def test_a_typo_of_a_sources_name_is_mended(engine):
    answer = engine.ask("china custms pipeline gas from russia 2021 tonnes")
    assert answer.answered and 7.537 in values(answer)
    assert 24 in values(engine.ask("how many su35 did china get"))


def test_why_asked_in_the_words_of_the_answer_before_is_about_its_figure(engine):
    # "Why do sources differ?" after two sources' figures: no cause given, the figure kept,
    # and the talk goes on with it.
    why = talk(engine, "Russia's share of China's arms imports 2023", "why do sources differ?")
    assert not why.answered and "Norilsk" not in why.text and "arms imports" in why.text
    answer = engine.ask("what about 2022?", why)
    assert answer.answered and answer.values[0].metric == "russia_share_china_arms_imports"


def test_the_first_of_the_things_a_count_counts_and_an_act_done_to_a_figures_thing(engine):
    first = talk(engine, "joint exercises since 2022?", "which was the first?")
    assert first.kind == "when" and first.events and "exercise" in first.events[0].title.lower()
    demarcated = talk(engine, "how long is the border?", "when was it demarcated?")
    assert demarcated.answered and "border" in demarcated.events[0].title.lower()
    # "When was it highest?" still asks for the figure's peak.
    assert talk(engine, "trade over time", "when was it highest?").kind != "when" or \
        talk(engine, "trade over time", "when was it highest?").values


def test_a_hyphened_name_written_as_two_words_is_placed(engine):
    assert 4 in values(engine.ask("Kilo class submarines how many"))


def test_what_a_people_thinks_of_the_other_is_asked_of_the_polls(engine):
    answer = engine.ask("what do Russians think of China")
    assert answer.answered and 88 in values(answer)


def test_so_many_years_ago_is_a_year_before_this_one():
    from assistant.reading.periods import extract_periods, today

    for text, back in (("trade two years ago", 2), ("trade a year ago", 1), ("trade 3 years ago", 3)):
        periods, _ = extract_periods(text)
        assert [p.label for p in periods] == [str(today().year - back)]


def test_a_denial_written_with_a_short_not_is_a_denial(engine):
    # "doesn't want": the event that says China does not want Russia to lose is the one asked.
    answer = engine.ask("when did Wang Yi say China doesn't want Russia to lose")
    assert answer.answered and answer.events[0].date.startswith("2025-07")


def test_a_short_name_of_another_party_in_an_events_title_counts(engine):
    # "the US": the title "US Treasury warns of secondary sanctions" names it, though "us" is no word kept.
    answer = engine.ask("when did the US announce secondary sanctions")
    assert answer.answered and answer.events[0].date.startswith("2023-12")


def test_a_change_between_two_years_uses_the_one_figure_held_within_each(engine):
    answer = engine.ask("yuan share of exports 2024 vs 2022")
    assert {v.period for v in answer.values} == {"2022-12", "2024-06"}


def test_a_share_the_source_gives_as_a_fraction_keeps_its_words(engine):
    answer = engine.ask("yuan share of russian exports June 2024")
    assert "more than a third (a third is 33.3%)" in answer.text
    assert answer.values[0].value == 33.3 and answer.values[0].qualifier == "more than"  # the JSON is as before


def test_a_body_asked_about_gets_the_events_it_is_a_party_to(engine):
    answer = engine.ask("what happened with the SCO?")
    assert answer.answered and any("Shanghai Cooperation Organisation" in e.title for e in answer.events)
    what = engine.ask("what is the SCO")
    assert not what.answered and what.events and "no description" in what.text


def test_points_gained_or_lost_by_a_share_are_its_change(engine):
    answer = engine.ask("How many points did China's share of foreign students in Russia gain between 2020 and 2024?")
    assert answer.kind == "change" and 4.2 in [v.value for v in answer.values if v.derived]
    answer = engine.ask("How many points did the China–Russia same-vote share in the UNGA fall between 1990 and 1992?")
    assert answer.kind == "change" and answer.answered


def test_a_firm_asked_for_is_named_by_the_event_of_the_time_asked(engine):
    answer = engine.ask("Which Russian oil company stopped rail deliveries of crude to CNPC from late September 2004?")
    assert answer.answered and "Yukos" in answer.text and answer.events[0].date.startswith("2004-09")
    # A question that ranks or orders is not answered by an event of one of them.
    assert not engine.ask("Which country sent the most tourists to Russia in 2019?").answered


def test_name_the_first_asks_for_the_event(engine):
    answer = engine.ask("Name the first joint China–Russia exercise as Wikipedia describes it.")
    assert "Peace Mission" in answer.text
    assert 2090 in values(engine.ask("How many Russian soldiers took part alongside the PLA at Chelyabinsk in 2007?"))


def test_to_order_a_thing_is_to_buy_it(engine):
    assert engine.ask("when did China first buy Su-27s").events[0].date.startswith("1992")


def test_a_total_or_average_asked_leads_the_answer_and_the_reading_says_so(engine):
    answer = engine.ask("average trade 2015-2019")
    assert answer.text.split("\n\n", 1)[-1].startswith("Bilateral trade, 2015 to 2019, average:")
    assert answer.reading["aggregate"] == "average" and "the average of" in answer.reading["summary"]


def test_which_reporter_gives_the_higher_figure_is_a_figure_question(engine):
    answer = engine.ask("who reports higher trade, china or russia, in 2010")
    assert answer.answered and {58.842, 55.403} <= set(values(answer))
    assert "Russia's gives the larger figure" in answer.text


def test_the_peak_a_figure_is_relative_to_is_no_peak_asked(engine):
    answer = engine.ask("when did Chinese tourist numbers peak")
    assert answer.values and answer.values[0].metric == "chinese_visits_to_russia"


def test_a_change_asked_again_in_percent_or_of_another_thing_is_that_change(engine):
    first = engine.ask("trade 2019 vs 2024")
    percent = engine.ask("in percent?", first)
    assert percent.kind == "change" and "%" in percent.text
    oil = engine.ask("and oil?", first)
    assert oil.kind == "change" and "oil" in oil.values[0].metric


def test_after_who_signed_their_jobs_and_one_side_are_asked_of_the_same_event(engine):
    first = engine.ask("who signed the 1993 defence agreement?")
    job = engine.ask("what was his job?", first)
    assert job.answered and "Defence Minister" in job.text
    side = engine.ask("and the Chinese side?", first)
    named = side.text.split("\n\n", 1)[-1].split(":")[0]
    assert "Chi Haotian" in named and "Grachev" not in named


def test_relations_that_improve_are_hostility_that_eases(engine):
    assert engine.ask("when did relations improve?").events[0].date.startswith("1976")


def test_since_when_after_who_holds_a_post_is_said_to_be_undated(engine):
    answer = talk(engine, "who is China's ambassador to Russia?", "since when?")
    assert not answer.answered and answer.kind == "when" and "Zhang Hanhui" in answer.text


def test_the_biggest_rise_after_two_years_shown_is_asked_of_the_whole_series(engine):
    answer = talk(engine, "crude imports from russia 2020", "vs 2018", "biggest rise?")
    assert answer.kind == "swing" and answer.answered


def test_the_judge_takes_a_derived_figure_that_rounds_to_the_one_expected():
    from assistant.answer import Answer, Value
    from assistant.frontends.evaluate import judge

    def answer(value, derived):
        v = Value(metric="m", label="m", period="2017/2019", value=value, unit="percent", source="s",
                  locator="l", derived=derived)
        return Answer.model_construct(question="q", answered=True, kind="span", text="", values=[v],
                                      events=[], citations=[])

    expect = {"value": 78.77, "unit": "percent", "source": "any"}
    assert judge(expect, answer(78.767, True))[0]
    assert not judge(expect, answer(78.767, False))[0]  # a stored figure is as the source gives it
    assert not judge({"value": 79, "unit": "percent", "source": "any"}, answer(78.767, True))[0]


def test_who_signed_names_only_people_the_record_says_did(engine):
    # The 2001 treaty's record lists Putin, president then, but its words name no signer.
    answer = engine.ask("who signed the Treaty of Good-Neighborliness?")
    assert "names no one" in answer.text and not answer.answered
    assert "Putin" in engine.ask("who was Russia's president when the Treaty of Good-Neighborliness was signed?").text
    assert "Grachev" in engine.ask("who signed the 1993 defence agreement?").text


def test_a_role_asked_of_one_country_is_held_by_someone_of_that_country(engine):
    assert "Shoigu" in engine.ask("who was Russia's defence minister in 2023?").text.split("\n\n", 1)[-1].split(":")[0]
    assert "Li Shangfu" in engine.ask("who was China's defence minister in 2023?").text


def test_a_comparisons_side_that_names_only_a_time_is_the_first_sides_figure(engine):
    answer = engine.ask("LNG 2018 vs 2023 in bcm")
    assert all("lng" in v.metric for v in answer.values) and 11.02 in values(answer)


def test_a_change_since_a_time_whose_latest_point_is_that_time_runs_to_the_figure_after(engine):
    answer = engine.ask("did the yuan share of Russia's trade drop after January 2024?")
    assert answer.kind == "change" and {v.value for v in answer.values if not v.derived} == {40, 30}


def test_a_source_that_gives_a_figure_in_another_unit_is_said_to_or_gives_it(engine):
    answer = engine.ask("pipeline gas 2021 customs vs energy institute")
    assert "gives no figure" not in answer.text
    assert "in million tonnes, not in bcm" in answer.text or 7.537 in values(answer)
    follow = talk(engine, "how much gas flowed in 2021?", "according to customs?")
    assert follow.answered and 7.537 in values(follow)


def test_words_in_the_order_of_an_events_title_tell_apart_titles_of_the_same_words(engine):
    assert engine.ask("Year of Russian Language in China").events[0].date.startswith("2009")
    assert engine.ask("when was the Year of Chinese Language in Russia?").events[0].date.startswith("2010")


def test_when_something_became_a_thing_is_the_first_time_it_did(engine):
    assert engine.ask("when did relations become a strategic partnership").events[0].date.startswith("1996")
    assert engine.ask("when did joint bomber patrols start").events[0].date.startswith("2019-07")


def test_a_trailing_value_asks_a_money_value(engine):
    assert not engine.ask("energy exports to china 2024 value").values
    assert 40.295 in values(engine.ask("oil exports to china 2021 value"))


def test_a_follow_up_the_figure_shown_fits_asks_that_figure(engine):
    assert 400 in values(talk(engine, "2014 gas deal", "how much was it worth?"))


def test_the_other_way_of_a_figure_of_both_ways_is_said_to_be_none(engine):
    answer = talk(engine, "trade in 2024?", "and in 2015?", "and the other way?")
    assert not answer.answered and "both ways together" in answer.text and not answer.values


def test_a_talk_about_a_figure_goes_on_through_a_currency_not_held_and_a_who(engine):
    answer = talk(engine, "yuan swap line 2014", "in dollars?", "who signed it?")
    assert "Grachev" not in answer.text and "swap line" in answer.text
    assert 150 in values(engine.ask("how big was it?", answer))


def test_a_figure_asked_in_a_currency_not_held_is_the_talk_and_the_other_currency_answers(engine):
    answer = talk(engine, "trade in euros 2024", "ok in dollars then")
    assert answer.answered and 245 in values(answer)
    # A year asked next is the figure crr holds then, in its own currency, as the reading says.
    later = talk(engine, "trade in euros 2024", "and 2022?")
    assert 190 in values(later) and "USD" in later.reading["summary"]


def test_what_share_is_that_after_a_part_is_worked_out_from_its_whole(engine):
    answer = talk(engine, "joint exercises in 2025", "how many were naval?", "what share is that?")
    assert answer.answered and 57.1 in values(answer)


def test_the_rest_after_a_part_is_its_whole_less_the_part(engine):
    answer = talk(engine, "joint exercises in 2024", "how many were naval?", "and the rest?")
    assert answer.answered and 4 in values(answer)


def test_a_multiple_of_a_base_years_level_asked_since_that_year_is_its_latest(engine):
    answer = engine.ask("trade doubled since 2020?")
    assert answer.answered and answer.values[0].metric.startswith("trade") and answer.values[0].period == "2024"


def test_what_chinese_think_of_russia_is_asked_of_the_chinese_polls(engine):
    answer = engine.ask("what do Chinese think of Russia?")
    assert answer.answered and all(v.metric.startswith("chinese_") for v in answer.values)


def test_a_worked_out_share_is_the_answers_first_figure(engine):
    from assistant.answering.draft import is_the_answer

    answer = engine.ask("what share of joint exercises in 2025 were naval?")
    assert answer.values[0].value == 57.1 and is_the_answer(answer.values[0])


def test_an_undated_posts_holder_asked_of_a_year_is_named_but_not_for_that_year(engine):
    answer = engine.ask("who was China's ambassador to Russia in 2024?")
    assert not answer.answered and "Zhang Hanhui" in answer.text and "date no term" in answer.text


def test_the_date_of_a_thing_asked_midway_and_an_operation_begun_are_dates(engine):
    answer = engine.ask("What was the exact date of the Xi–Putin 'no limits' joint statement?")
    assert answer.kind == "when" and answer.events[0].date == "2022-02-04"
    assert not engine.ask("In what year did Shandong Yulong Petrochemical start operating?").answered


def test_goods_asked_one_way_are_not_answered_with_events_of_the_other(engine):
    answer = engine.ask("did China send weapons to Russia?")
    assert answer.events and not any("destroyer" in e.title.lower() or "Su-27" in e.title for e in answer.events)
    assert any("Norinco" in e.title for e in answer.events)


def test_a_title_that_says_the_thing_is_its_date_whatever_the_summary_says_of_other_times(engine):
    # "The two almost never vote against each other ... one case, in November 2024".
    answer = engine.ask("when did China and Russia vote against each other in the Security Council")
    assert answer.answered and answer.events[0].date.startswith("2024-11")


def test_the_reading_of_a_worked_out_share_says_so(engine):
    answer = engine.ask("what share of joint exercises in 2025 were naval?")
    assert "worked out by crr" in answer.reading["summary"]
