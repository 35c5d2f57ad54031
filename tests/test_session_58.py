"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 58.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_judgement_asked_in_a_follow_up_stays_a_judgement(engine):
    answer = talk(engine, "Xi and Putin: 19 interactions since Feb 2022?", "do you think they really trust each other?")
    assert answer.kind == "judgement" and not answer.answered and not values(answer)
    # a word those polled said is still the poll's figure
    answer = talk(engine, "Genron NPO poll, Nov 2022: share of Chinese saying Russia's actions 'are not wrong'?",
                  "and those who said they should be opposed?")
    assert 21.5 in values(answer)


def test_it_is_the_thing_shown_not_another_subject(engine):
    answer = talk(engine, "Harbin Turbine-OGK 2008 deal?", "how much was it worth?")
    assert not answer.answered and not values(answer)
    # a follow-up that names its own subject still changes it
    assert talk(engine, "trade in 2024?", "and crude oil imports that year?").answered


def test_a_share_placed_in_one_country_is_not_a_share_in_the_other(engine):
    # a country may name the part before the place of the whole
    answer = engine.ask("share of Russian cars in car sales in China in 2023")
    assert not answer.answered and "a whole in Russia" in answer.reading["summary"]
    assert engine.ask("share of Chinese cars in car sales in Russia in 2023").answered


def test_who_helps_whom_is_weighed_in_an_event_title(engine):
    assert not engine.ask("when did a leak show China supplied Russia with parachuting expertise?").answered
    assert not engine.ask("when did the EU propose sanctions on Russian companies aiding China?").answered
    assert engine.ask("when did the EU propose sanctions on Chinese firms aiding Russia?").answered


def test_the_other_side_of_a_border_or_route_says_otherwise(engine):
    answer = engine.ask("when was the Complementary Agreement on the western section of the boundary signed?")
    assert not answer.answered
    assert engine.ask("when was the Complementary Agreement on the eastern section of the boundary signed?").answered


def test_what_a_thing_built_cost_is_no_value_of_what_flows_through_it(engine):
    answer = engine.ask("how much did the Power of Siberia pipeline cost?")
    assert not answer.answered and not values(answer)
    assert 10 in values(engine.ask("how much did the gas pipelines announced in 2006 cost?"))


def test_each_way_asks_both_flows_on_their_own(engine):
    answer = engine.ask("goods trade each way 2024")
    assert not answer.answered and not values(answer)
    answer = engine.ask("what was trade in each direction in 2019?")
    assert 49.485 in values(answer) and 60.257 in values(answer)


def test_a_time_of_four_figures_is_read_however_far(engine):
    answer = engine.ask("trade in 3024")
    assert not answer.answered and "3024" in answer.reading["summary"]


def test_the_size_of_a_fall_is_set_against_a_level(engine):
    answer = engine.ask("Was the 2025 decline bigger than 5%?")
    assert "yes, a fall of 6.9% is above 5%" in answer.text


def test_a_level_of_a_rate_is_no_level_of_an_amount(engine):
    answer = engine.ask("did trade grow more than 5% in 2024?")
    assert "above USD 5 bn" not in answer.text and not answer.answered


def test_a_figure_for_part_of_a_year_or_many_years_is_no_yearly_figure(engine):
    answer = engine.ask("how many tons of oil a year via Omsk-Pavlodar-Atasu?")
    assert not answer.answered and "part of a year" in answer.text
    answer = engine.ask("How many times a year did Xi and Putin interact since 2022?")
    assert not answer.answered and "total over several years" in answer.text
    assert engine.ask("how much oil a year was agreed for shipment via Kazakhstan?").answered


def test_the_year_of_an_extreme_is_no_event_that_says_none(engine):
    answer = engine.ask("Which year did China import the most arms from Ukraine?")
    assert not answer.answered and "no record, peak or extreme" in answer.text
    # an event that says the extreme still dates it
    assert engine.ask("In which year did China overtake everyone to become Russia's largest trading partner?").answered


def test_taking_office_is_dated_only_by_an_event_that_has_the_person_take_it(engine):
    answer = engine.ask("When was Kudrin Russia's PM?")
    assert not answer.answered and "Deputy Prime Minister" in answer.text
    assert not engine.ask("When did Alexei Miller become head of Gazprom?").answered
    assert engine.ask("When did Putin become president?").answered
    # "become the first foreign leader to ..." asks no office
    assert engine.ask("In what year did Xi become the first foreign leader to visit the Russian Armed Forces' "
                      "Operational Command HQ?").answered


def test_a_name_of_the_two_sides_is_no_one_named(engine):
    answer = engine.ask("Who was the Soviet leader during the 1969 border war?")
    assert not answer.answered and "Sino-Soviet:" not in answer.text


def test_an_age_is_a_measure_no_figure_holds(engine):
    answer = engine.ask("How old was Yeltsin when he first visited China officially?")
    assert not answer.answered and not values(answer) and "an age" in answer.text


def test_what_resolution_asks_a_name_not_a_count(engine):
    answer = engine.ask("In November 2024 China and Russia cast opposing votes in the Security Council — on what resolution?")
    assert answer.kind == "name" and not values(answer)
    answer = engine.ask("What resolution did China and Russia vote opposite ways on at the Security Council in November 2024?")
    assert not values(answer)


def test_trade_with_another_country_is_no_event_that_names_it(engine):
    answer = engine.ask("trade with Ukraine")
    assert not answer.answered and answer.kind == "unknown"


def test_a_places_people_are_of_that_place_in_event_words(engine):
    answer = engine.ask("who warned Siberia would speak Chinese?")
    assert answer.text.lstrip().startswith("Vladimir Putin")


def test_whether_relations_are_the_best_is_a_judgement(engine):
    answer = engine.ask("Are relations the best since the 1950s?")
    assert answer.kind == "judgement" and not answer.answered


def test_a_year_of_a_multiples_name_beside_the_time_asked(engine):
    answer = engine.ask("trade in 2020 more than doubled by 2024?")
    assert answer.answered and 2 in values(answer)


def test_a_capacity_reached_of_a_thing_named_by_its_goods(engine):
    answer = engine.ask("has pipeline gas reached capacity?")
    assert 38.8 in values(answer) and 38 in values(answer)


def test_one_places_part_of_a_thing_is_not_anothers(engine):
    answer = engine.ask("which firm won the tender for Kazakhstan's section of the gas line to China?")
    assert not answer.answered and "Stroytransgaz" not in answer.text
    assert "Stroytransgaz" in engine.ask("which firm won the tender for Turkmenistan's section of the gas line to China?").text


def test_a_share_stated_of_one_side_is_not_met_by_the_others(engine):
    answer = engine.ask("Which pollster found 74% of Russians view China's influence positively?")
    assert not answer.answered and "74% of Chinese, not 74% of Russians" in answer.text
    assert "BBC" in engine.ask("Which pollster found 74% of Chinese view Russia's influence positively?").text
    assert not engine.ask("Which country accounted for 40% of China's imports in 2022?").answered


def test_what_actually_went_is_no_agreed_figure(engine):
    answer = engine.ask("How much oil actually went from Russia to China by rail in 2005?")
    assert not answer.answered and "actually done" in answer.text


def test_votes_alike_are_not_counted_by_votes_against_each_other(engine):
    answer = engine.ask("How often do China and Russia vote the same way in the UN Security Council?")
    assert not values(answer)
    assert engine.ask("how many times did China and Russia vote against each other in the Security Council?").answered


def test_every_partner_asked_is_no_figure_of_one(engine):
    answer = engine.ask("China customs: total crude imports from all countries in 2022?")
    assert not answer.answered and "every partner" in answer.text
    assert engine.ask("Russia's share of China's arms imports from all suppliers in 2020").answered
    # a share named after another in the same sentence is of that one's people
    answer = engine.ask("Which pollster found 21.5% of Russians calling the invasion a UN Charter violation?")
    assert not answer.answered and "21.5% of Chinese" in answer.text
    assert "Genron" in engine.ask("Which pollster found 21.5% of Chinese calling the invasion a UN Charter violation?").text


def test_leaving_an_office_and_a_birth_are_dated_only_by_their_own_events(engine):
    answer = engine.ask("When did Medvedev's presidency end?")
    assert not answer.answered and "left the office" in answer.text
    assert not engine.ask("When was Mao Zedong born?").answered
    assert engine.ask("When did Mao Zedong die?").answered


def test_an_event_of_another_currency_dates_nothing_asked_of_one(engine):
    assert not engine.ask("When did Beijing and Moscow sign a 150 billion ruble swap line?").answered
    assert not engine.ask("Which year had the highest China-Russia trade measured in rubles?").answered


def test_a_preface_may_open_with_a_greeting_and_end_with_a_dash(engine):
    answer = engine.ask("Hi! I'm writing a piece on Sino-Russian trade for our student paper — could you tell me what "
                        "the total China–Russia trade was in 2024 (in USD bn)?")
    assert 245 in values(answer) and "-" not in answer.unread
    answer = engine.ask("I'm writing a student essay on the Xi–Putin rapport: how many times did the two meet "
                        "between 2013 and 2025?")
    assert answer.answered


def test_asking_to_confirm_is_no_word_of_what_is_asked(engine):
    answer = engine.ask("For a piece on Russia's pivot east, could you confirm what % of Russia's imports came from "
                        "China in 2022?")
    assert 40 in values(answer)


def test_a_list_of_any_events_is_no_answer_to_an_act_not_placed(engine):
    answer = engine.ask("how did Beijing respond?")
    assert not answer.answered and "“respond”" in answer.text
    assert engine.ask("what happened in 2014?").answered


def test_a_partys_own_is_no_figure_it_shares_with_others(engine):
    answer = engine.ask("how many items are on the EU's own dual-use export list?")
    assert not answer.answered and not values(answer)
    assert 50 in values(engine.ask("how many items are on the Common High Priority List?"))


def test_no_source_is_named_for_a_figure_none_gives_for_the_time_asked(engine):
    answer = engine.ask("Which source says China-Russia trade reached $245bn in 2025?")
    assert not answer.answered and "No source crr holds gives 245" in answer.text
    assert engine.ask("Which source says China-Russia trade reached $245bn in 2024?").answered


def test_a_rise_by_an_amount_is_a_change_not_a_level(engine):
    answer = engine.ask("did yuan settlement share rise by more than 10% in 2022?")
    assert "16% is above 10%" not in answer.text and not answer.answered
    # a level crossed is still set against the figure
    assert "16% is above 10%" in engine.ask("did the yuan share of export payments rise above 10% in 2022?").text
