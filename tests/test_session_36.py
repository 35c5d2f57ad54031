"""Mechanisms from tuning set 27, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


@pytest.mark.parametrize("question", [
    "Did Power of Siberia live up to its promised capacity?",
    "has gazprom managed to fill power of siberia to its nominal capacity",
    "Did PoS-1 ever run at full capacity?",
])
def test_whether_a_capacity_was_reached_sets_what_was_carried_against_it(engine, question):
    answer = engine.ask(question)
    assert answer.answered and 38.8 in values(answer) and 38 in values(answer)
    worked = [v for v in answer.values if v.derived]
    assert worked and worked[0].formula == "38.8 − 38 = 0.8" and worked[0].cites
    assert "capacity" in answer.reading["summary"]


def test_a_capacity_with_nothing_carried_beside_it_decides_nothing(engine):
    # crr holds Power of Siberia-2's design capacity, and no volume: no figure, said why.
    answer = engine.ask("Did Power of Siberia 2 reach its capacity?")
    assert not answer.answered and not answer.values and "no figure of how much" in answer.text


def test_a_capacity_reached_in_a_year_without_a_volume_says_what_years_are_held(engine):
    answer = engine.ask("did power of siberia reach its capacity in 2024?")
    assert not answer.answered and not answer.values and "2025" in answer.text


def test_who_reached_a_capacity_asks_a_name_not_whether(engine):
    answer = engine.ask("Which company reached Power of Siberia's nominal capacity?")
    assert "whether a capacity" not in (answer.reading or {}).get("summary", "")


def test_a_stated_capacity_picks_the_pipeline_it_is_the_capacity_of(engine):
    # "its 38 bcm design capacity": Power of Siberia-1's 38, though "design" names Power of Siberia-2's.
    answer = engine.ask("did power of siberia reach its 38 bcm design capacity in 2025?")
    assert answer.answered and 38.8 in values(answer)


def test_a_yearly_flow_asked_as_it_is_now_is_not_a_figure_years_old(engine):
    answer = engine.ask("how many chinese tourists visit russia nowadays?")
    assert not answer.answered and not answer.values and "2019" in answer.text
    # a figure of a few years ago still answers "now"; the same flow asked of no time gives its latest
    assert engine.ask("Do Russians actually like China these days?").answered
    assert 2300000 in values(engine.ask("chinese tourist visits to russia"))


@pytest.mark.parametrize("question, value", [
    ("of everything russia sells abroad, what slice goes to china?", 31),      # abroad: the whole of a share
    ("What part of Russia's purchases from abroad come from China, latest figure?", 38),
    ("whats the yuan's share of russia's foreign trade these days", 30),
    ("Is the China–Russia border longer than 4,000 km?", 4209.3),               # longer: a length asked
    ("is the friendship treaty longer than 20 years", 20),                      # ... or a length of time
    ("more than 50k chinese students in russia by 2024 - yes or no?", 50000),   # 50k: 50,000
])
def test_everyday_words_for_wholes_lengths_and_thousands(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)


def test_abroad_alone_is_no_harmless_word(engine):
    # "study abroad" is not "study in Russia": the word stays unread, no figure of Russia given.
    assert not engine.ask("how many chinese students study abroad").answered


def test_a_k_inside_a_model_name_is_no_thousand():
    from assistant.reading.words import normalize

    assert "h-6k" in normalize("Tu-95 and H-6K bombers") and "1500 troops" in normalize("1.5k troops")


def test_a_typo_of_a_role_asks_who_as_the_word_does(engine):
    answer = engine.ask("ambasador of China to Russia")
    assert answer.answered and "Zhang Hanhui" in answer.text


def test_the_year_before_last_is_two_years_before_this_one():
    from assistant.reading.periods import extract_periods, today

    found, _ = extract_periods("lng the year before last")
    assert [p.label for p in found] == [str(today().year - 2)]


def test_american_and_british_spellings_find_the_same_event(engine):
    answer = engine.ask("When did the US ban Russian aluminum?")
    assert answer.answered and answer.events and answer.events[0].date.startswith("2024-04")


def test_who_an_event_was_with_leaves_out_one_its_record_says_refused(engine):
    answer = engine.ask("When did Yeltsin first visit China?")
    assert "Jiang Zemin" in answer.text and "Deng" not in answer.text.split("Related")[0]


def test_figures_offered_beside_a_judgement_are_of_its_subject(engine):
    answer = engine.ask("Is China weaning itself off Russian arms?")
    assert "arms" in answer.text and "crude" not in answer.text.lower()
    assert "bear on" not in engine.ask("Should the West worry about China-Russia ties?").text


def test_total_arms_imports_are_from_every_supplier(engine):
    assert 686 in values(engine.ask("total arms imports in 2021"))
    assert 686 in values(talk(engine, "arms imports from Russia 2020", "and total arms imports in 2021?"))


def test_whether_a_level_was_ever_reached_says_no_with_the_nearest_figure(engine):
    answer = engine.ask("Did the yuan ever get to half of Russia's international trade settlements?")
    assert answer.answered and 40 in values(answer) and "So no" in answer.text
    answer = engine.ask("did trade ever exceed $300bn?")
    assert answer.answered and 245 in values(answer)


def test_whether_a_figure_went_below_a_level_within_a_span_gives_the_year_it_did(engine):
    answer = engine.ask("Did Russia's share of China's arms imports ever fall below half between 2000 and 2023 (SIPRI)?")
    assert answer.answered and 39.1 in values(answer)
    # a span held as one figure is that figure, set against the level
    answer = engine.ask("Was Russia the source of more than 90 percent of China's military imports in 1992-94?")
    assert 97 in values(answer)


@pytest.mark.parametrize("question", [
    "Names of the 42 Chinese companies put on the US Entity List in October 2023?",
    "what are the names of the two Yamal LNG projects China took 30% and 20% stakes in?",
    "give me all seven joint exercises of 2025 with their names",
])
def test_names_of_things_counted_are_not_answered_by_their_count(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values and "asks for names" in answer.text


def test_names_an_events_record_gives_still_answer(engine):
    answer = engine.ask("name the four Ukrainian oblasts whose annexation Beijing didn't recognise in sept 2022")
    assert answer.answered


def test_the_same_source_asked_again_in_so_many_words_is_kept(engine):
    first = "crude imports from Russia in 2022 according to Chinese customs?"
    answer = talk(engine, first, "and 2023, same source?")
    assert not answer.answered and not answer.values
    assert 79.646 in values(talk(engine, first, "and 2021, same source?"))


@pytest.mark.parametrize("question", [
    "Which Chinese academics did the leaked FSB memo say were preparing territorial claims on Russia?",
    "Which Chinese taikonauts were trained by Russian experts in the 1990s?",
])
def test_people_asked_by_what_they_are_are_not_answered_by_a_paper_or_a_craft(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and "New York Times," not in answer.text.split(":")[0]


def test_a_thing_done_for_the_second_time_is_the_second_held_by_date(engine):
    answer = engine.ask("When did the Chinese leader attend Moscow's Victory Day parade for the second time?")
    assert answer.answered and answer.events[0].date.startswith("2025-05")
    assert not engine.ask("When did Xi attend the Victory Day parade in Moscow for the fifth time?").answered


def test_an_ordinal_word_chooses_among_events_and_finds_none_itself(engine):
    # "third countries": the events of Norinco's shipments, though none says "third"
    answer = engine.ask("Norinco shipments to Russia reportedly passed through which third countries?")
    assert answer.answered and "Turkey" in answer.text


def test_the_foreign_ministers_posts_are_offices_held_from_when_the_sources_date_them(engine):
    assert "Sergey Lavrov" in engine.ask("russia's foreign minister in 2024").text
    before = engine.ask("russia's foreign minister in 2020")
    assert not before.answered and "from February 2022" in before.text
    # an event naming one in the post before the list's first holder still answers
    assert "Kozyrev" in engine.ask("which russian foreign minister criticised china on human rights in the early 90s").text


def test_the_counterpart_of_a_post_named_is_of_its_holder(engine):
    answer = engine.ask("How often did Russia's top diplomat sit down with his Chinese counterpart since the invasion?")
    assert answer.answered and 30 in values(answer)


@pytest.mark.parametrize("question, name", [
    ("Russian prime minister visiting Beijing in May 1994?", "Chernomyrdin"),
    ("executive director of OGK quoted on working with the Chinese in 2008?", "Nevynitsyn"),
    ("russian deputy industry & energy minister who talked up an SCO energy club in 2007", "Materov"),
])
def test_a_post_and_what_its_holder_did_asks_who(engine, question, name):
    answer = engine.ask(question)
    assert answer.answered and name in answer.text


def test_who_had_to_do_a_thing_to_the_event_shown_is_read_from_its_record(engine):
    answer = talk(engine, "When was the Complementary Agreement on the eastern border section signed?",
                  "who had to ratify it?")
    assert answer.answered and "State Duma" in answer.text


def test_the_place_of_the_thing_shown_is_read_from_its_record(engine):
    answer = talk(engine, "When did China take its first post-sanctions cargo from the Portovaya LNG plant?",
                  "which terminal did it arrive at?")
    assert answer.answered and "Beihai" in answer.text


def test_the_two_countries_people_side_by_side_are_two_questions(engine):
    answer = engine.ask("Chinese vs Russian tourist visits 2019")
    assert answer.kind == "compound" and {2300000, 1900000} <= set(values(answer))
    # one side not held is said, the other given
    answer = engine.ask("russian and chinese students 2024")
    assert 50000 in values(answer) and "no figure for 'students' from Russia" in answer.text


def test_whether_a_share_rose_in_a_year_is_its_change_from_the_year_before(engine):
    answer = engine.ask("Did Russia's share of China's arms imports rise in 2022?")
    assert answer.kind == "change" and 12.9 in values(answer)


def test_which_source_alone_asks_the_sources_of_the_answer_before(engine):
    answer = talk(engine, "trade 2024", "which source?")
    assert answer.kind == "sources" and "Wikipedia" in answer.text


def test_lending_is_said_of_a_loan(engine):
    answer = engine.ask("How much did China lend for the oil pipeline in 2009?")
    assert answer.answered and 25 in values(answer)


def test_a_few_words_ending_in_a_plural_list_the_events_of_that_kind(engine):
    answer = engine.ask("joint bomber patrols")
    assert answer.kind == "what_happened" and [e.date[:4] for e in answer.events][:3] == ["2019", "2020", "2022"]
    assert engine.ask("joint bomber patrol").kind == "when"


def test_the_other_countrys_holder_after_a_year_asked_again(engine):
    answer = talk(engine, "who was the Russian president in 2010?", "and in 2001?", "and China's?")
    assert answer.answered and "Jiang Zemin" in answer.text


def test_the_other_source_after_a_figure_one_source_gives_is_said_to_be_none(engine):
    answer = talk(engine, "Russian oil exports to China in 2024", "per the other source?")
    assert not answer.answered and not answer.values and "only from China-Russia Dashboard" in answer.text
    # after one source named, the other is looked for, not that one again
    answer = talk(engine, "crude imports from Russia 2022 per the energy institute", "per the other source?")
    assert 86.248 in values(answer)


def test_a_countrys_inbound_flow_goes_to_it(engine):
    answer = engine.ask("chinese share of russia's inbound tourist visits, most recent year?")
    assert answer.answered and 5.8 in values(answer)


def test_to_date_is_so_far_not_a_date_asked(engine):
    answer = engine.ask("total number of joint military exercises to date?")
    assert answer.answered and 96 in values(answer)


def test_a_level_against_its_own_base_year_is_a_share_of_no_whole_asked(engine):
    answer = engine.ask("russian tourists as a share of visitors to china 2019")
    assert not answer.answered and not answer.values


def test_how_much_of_a_whole_names_the_whole_of_a_share(engine):
    answer = engine.ask("how much of russia's gas exports go to china now (share)?")
    assert not answer.answered and not answer.values
    assert 30 in values(engine.ask("how much of russia's trade is settled in yuan"))


def test_whether_the_capacity_just_shown_was_reached(engine):
    answer = talk(engine, "When did Power of Siberia start delivering gas?", "what's its nominal capacity?",
                  "and did it get there?")
    assert answer.answered and 38.8 in values(answer)


def test_goods_going_one_way_in_a_year_are_a_flow_not_that_years_events(engine):
    answer = engine.ask("Russian wheat to China 2023")
    assert not answer.answered and not answer.events and "wheat" in answer.text


def test_who_put_their_names_to_it_is_who_signed_it():
    from assistant.reading.words import normalize

    assert normalize("who put their names to it?").startswith("who signed it")


def test_whether_a_count_held_over_a_span_passed_a_level(engine):
    answer = engine.ask("did Xi and Putin meet more than 40 times?")
    assert answer.answered and 40 in values(answer)
    answer = engine.ask("were there more than 100 joint exercises since 2003?")
    assert 96 in values(answer) and "So no" in answer.text and "in since" not in answer.text


def test_list_them_after_a_list_of_events_gives_every_one(engine):
    first = engine.ask("what happened in 2022?")
    assert "the first 23 of 30" in first.text
    answer = engine.ask("list them", first)
    assert answer.kind == "what_happened" and "the first" not in answer.text.split("\n")[0]
    assert len(answer.events) > len(first.events)
    answer = talk(engine, "what happened in 2014?", "and 2019?", "list them")
    assert all(e.date.startswith("2019") for e in answer.events)


@pytest.mark.parametrize("question, named, not_named", [
    ("who was Russia's prime minister in 2023?", "Mishustin", "Novak"),
    ("who was Russia's deputy prime minister in 2023?", "Novak", "Mishustin"),
])
def test_a_post_asked_is_not_its_deputys(engine, question, named, not_named):
    first_line = engine.ask(question).text.split(":")[0]
    assert named in first_line and not_named not in first_line


def test_settled_in_yuan_is_what_a_share_is_of_not_the_unit_asked(engine):
    answer = engine.ask("what cut of Russia's exports was settled in yuan in June 2024?")
    assert answer.answered and 33.3 in values(answer) or 33 in values(answer)
    # a currency that is no subject of crr's, after "paid in", is still a unit asked
    assert not engine.ask("What share of Russian exports were paid in US dollars by December 2022?").values
    assert not engine.ask("By the end of 2023, what share of China-Russia trade was done in euros?").values


def test_a_post_held_before_crrs_list_of_holders_is_named_by_the_role_that_says_so(engine):
    assert engine.ask("who was Russia's foreign minister under Yeltsin?").text.startswith("Andrei Kozyrev")
    before = engine.ask("russia's foreign minister in 1993")
    assert not before.answered and "Kozyrev" in before.text and "no dates of their terms" in before.text
    assert "Kozyrev" not in engine.ask("who was the chinese president in 1960").text


def test_a_firm_named_by_what_it_is_asks_the_flow_its_words_say(engine):
    answer = engine.ask("How much gas did Russia's state gas giant pipe to the PRC in 2025?")
    assert answer.answered and 38.8 in values(answer)


def test_the_other_trade_way_after_a_share_is_that_share_or_none(engine):
    answer = talk(engine, "China's share of Russia's imports 2023", "and 2022?", "and exports?")
    assert not answer.answered and not answer.values and "exports" in answer.text
    assert 31 in values(talk(engine, "China's share of Russia's imports 2023", "and exports?"))


def test_which_is_bigger_after_two_latest_figures_shown_in_two_turns(engine):
    answer = talk(engine, "When did Power of Siberia start?", "capacity?", "and Power of Siberia 2?", "which is bigger?")
    assert {38, 50} <= set(values(answer)) and "Power of Siberia-2 design capacity is the larger" in answer.text


def test_which_came_first_after_two_events_dated_in_two_turns(engine):
    answer = talk(engine, "When was the SCO founded?", "and the Shanghai Five?", "which came first?")
    assert answer.answered and answer.text.startswith("The Shanghai Five is formed (1996")
    assert [e.date[:4] for e in answer.events] == ["1996", "2001"]


def test_bodies_asked_in_the_plural_are_named_from_each_close_match(engine):
    answer = engine.ask("which Russian companies signed agreements with CNPC in 2010?")
    assert all(name in answer.text for name in ("Gazprom", "Transneft", "Lukoil"))


def test_whether_a_level_was_reached_by_a_year_is_read_up_to_it(engine):
    answer = engine.ask("did trade reach $100 billion by 2018?")
    assert answer.answered and any(v.value >= 100 and v.period <= "2018" for v in answer.values)
    answer = engine.ask("did trade exceed $300 billion by 2020?")
    assert "So no" in answer.text and not any(v.period > "2020" for v in answer.values)


@pytest.mark.parametrize("question, said", [
    ("did Chinese tourist share of visits to Russia fall below 1% in 2021?", "0.3% is below 1%"),
    ("was trade in 2024 over 250 billion dollars?", "USD 245 bn is not above USD 250 bn"),
])
def test_a_year_asked_against_a_level_says_where_its_figure_stands(engine, question, said):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "value" and said in answer.text


def test_a_pipelines_flow_is_what_it_carried(engine):
    assert 38.8 in values(engine.ask("PoS1 flow 2025"))


def test_the_second_line_after_power_of_siberia_is_power_of_siberia_2(engine):
    answer = talk(engine, "what's power of siberia's capacity?", "and the second line?")
    assert 50 in values(answer)


def test_who_are_the_pair_a_phrase_names_is_that_pair(engine):
    answer = engine.ask("Who are the two chief diplomats in the dashboard's engagement timeline?")
    assert "Sergey Lavrov" in answer.text and "Wang Yi" in answer.text and "Li Shangfu" not in answer.text


def test_who_held_a_post_that_year_is_asked_of_the_year_shown(engine):
    answer = talk(engine, "Which Chinese defence minister made Russia his first overseas trip in April 2023?",
                  "and who was Russia's defence minister that year?")
    assert answer.answered and "Shoigu" in answer.text
    assert "Hu Jintao" in talk(engine, "who was the russian president in 2010", "and who was china's leader that year?").text


def test_they_after_a_who_answer_of_two_people_are_those_two(engine):
    answer = talk(engine, "Who are the two chief diplomats in the dashboard's engagement timeline?",
                  "How many times did they meet?")
    assert answer.answered and 30 in values(answer)


def test_a_list_of_things_that_happen_is_their_events_not_their_count(engine):
    answer = engine.ask("list xi and putin meetings in 2025")
    assert answer.kind == "what_happened" and answer.events and all(e.date.startswith("2025") for e in answer.events)
    answer = talk(engine, "How many times did Xi and Putin talk by phone in 2025?", "can you list their meetings that year?")
    assert answer.kind == "what_happened" and answer.events
    # a list of numbers is figures
    assert engine.ask("List the number of joint exercises for each year from 2015 to 2020.").kind != "what_happened"


def test_which_came_first_after_a_few_events_listed_in_one_answer(engine):
    answer = talk(engine, "Which Russian scientists were arrested in 2022 over alleged leaks to China?",
                  "which arrest came first?")
    assert answer.answered and answer.text.startswith("Laser scientist Dmitry Kolker arrested (30 June 2022")


def test_the_firsts_of_a_year_are_its_events_done_for_the_first_time(engine):
    answer = engine.ask("What were the 'firsts' in the 2024 Russia-China exercise calendar?")
    assert answer.kind == "what_happened" and answer.events
    assert all("first" in e.title.lower() for e in answer.events)
    assert any("Arctic" in e.title for e in answer.events)


def test_a_figure_set_aside_as_not_held_is_named_in_the_reading_line(engine):
    answer = talk(engine, "China's share of Russia's imports 2023", "and 2022?", "and exports?")
    assert answer.reading["summary"].startswith("China's share of Russia's exports")


def test_the_reading_line_never_names_a_figure_only_held_nearest(engine):
    # a who-answer reads as people, not as a figure its words came near
    assert not engine.ask("who is china's ambassador to russia").reading["summary"].startswith("China's share")
    answer = engine.ask("what % of china's exports went to russia in 2023")
    assert not answer.reading["summary"].startswith("China's share of Russia's imports")


def test_a_name_of_a_paper_or_a_body_is_no_persons_whatever_its_last_letter():
    from assistant.answering.asked_names import _a_persons_name

    assert not _a_persons_name("Moscow Times") and not _a_persons_name("Xinhua News")
    assert _a_persons_name("Dmitry Kolker")
