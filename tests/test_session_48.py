"""Mechanisms from the tuning sets, the newcomer's trial and the team's own probes, round 49.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_source_named_in_a_record_is_no_place(engine):
    # "… in Wikipedia" in a record's summary says where it is written, not where it happened.
    answer = engine.ask("Where was the first-ever SCO exercise held?")
    assert "places it in Wikipedia" not in answer.text


def test_a_share_of_a_whole_not_held_says_so_not_that_the_flow_is_missing(engine):
    answer = engine.ask("what share of China's imports come from Russia?")
    assert not answer.answered
    assert "no share of China's imports" in answer.text and "goes the other way" not in answer.text
    held = engine.ask("what share of Russia's imports come from China in 2023?")
    assert held.answered


def test_a_count_over_a_span_is_not_a_count_over_a_span_inside_it(engine):
    # Meetings are counted from 2013: a count from 2010 cannot be added up from it.
    wider = engine.ask("How many times did Putin and Xi meet from 2010 to 2025?")
    assert not wider.answered and not wider.values
    assert "2013 to 2025" in wider.text


def test_a_year_or_a_decade_on_shifts_the_time_of_a_follow_up(engine):
    shown = engine.ask("What share of Russia's exports were paid in yuan by December 2022?")
    after = engine.ask("and a year after that?", previous=shown)
    assert not after.answered and "December 2023" in after.text
    tourists = engine.ask("How many Chinese tourists went to Russia in 2009?")
    decade = engine.ask("and a decade later?", previous=tourists)
    assert decade.answered and all(v.period == "2019" for v in decade.values)
    before = engine.ask("and one year before?", previous=decade)
    assert all(v.period == "2018" for v in before.values)


def test_those_who_said_no_are_not_those_who_said_yes(engine):
    no = engine.ask("What share of Chinese respondents in the April 2022 Carter Center survey "
                    "disagreed that backing Russia served China's interest?")
    assert not no.answered and not no.values
    yes = engine.ask("What share of Chinese in the April 2022 Carter Center survey thought backing Russia served China?")
    assert yes.answered and any(v.value == 75 for v in yes.values)
    # a poll that itself counts those against ("unfavourable") answers them
    against = engine.ask("what share of Russians had an unfavourable view of China in 2019?")
    assert against.answered and any(v.value == 18 for v in against.values)
    # ... and "not wrong" says yes, not no
    opposed = engine.ask("how many Chinese opposed supporting Russia in 2022?")
    assert not opposed.answered and not opposed.values


def test_a_figure_per_one_home_with_a_word_between(engine):
    answer = engine.ask("What were average yuan savings per Russian household at the end of 2022?")
    assert not answer.answered and not answer.values
    assert "per household" in answer.text


def test_after_a_year_starts_with_the_next_year(engine):
    peak = engine.ask("In which year after 2023 did Russia's share of China's arms imports peak?")
    assert not peak.answered and not peak.values
    span = engine.ask("trade after 2020")
    assert all(v.period != "2020" for v in span.values)
    # ... but a change after a year is measured from that year's own figure
    change = engine.ask("how did trade change after 2020?")
    assert change.answered and "in 2020" in change.text
    events = engine.ask("what happened after 2024?")
    assert events.events and all(e.date[:4] >= "2025" for e in events.events)


def test_the_word_naming_a_post_must_be_the_holders(engine):
    # A prime minister is no defence minister; a ranking of who met most is not held.
    most = engine.ask("Which Russian defence minister met his Chinese counterpart most often after 2022?")
    assert not most.answered
    assert "Mishustin" not in most.text
    minister = engine.ask("who is Russia's defence minister?")
    assert "Shoigu" in minister.text
    premier = engine.ask("who was Chinese premier in 2004?")
    assert premier.answered and "Wen Jiabao" in premier.text


def test_a_framing_clause_before_a_comma_or_semicolon_restricts_no_subject(engine):
    # "sanctions" in a frame is the asker's context, not a figure the question must be of.
    for question in ("I'm a journalist covering energy markets in Asia, and I've been reading a lot about "
                     "sanctions; what I'd like to know is how much pipeline gas Russia sent to China in 2023?",
                     "With sanctions biting, how much crude did China buy from Russia in 2023?",
                     "Given the sanctions, what was the yuan's share of Russia's trade in January 2024?",
                     "Sanctions aside, how much pipeline gas did Russia export to China in 2025?"):
        answer = engine.ask(question)
        assert answer.answered and answer.values, question
    # a label of a few words before a colon still restricts the question after it
    label = engine.ask("Mineral fuels: what share of Russia's exports to China?")
    assert label.answered and all("mineral_fuels" in v.metric for v in label.values)


def test_how_big_compared_with_asks_for_a_multiple(engine):
    answer = engine.ask("How big was China's economy compared with Russia's in 2008?")
    assert answer.answered and any(v.value == 3.5 for v in answer.values)


def test_how_many_dollars_asks_for_money_not_a_count(engine):
    money = engine.ask("How many billions of dollars was the Yamal LNG stakes deal?")
    assert money.answered and any(v.value == 45 for v in money.values)
    # ... but "how many yuan savings accounts" counts accounts
    accounts = engine.ask("How many yuan savings accounts had Russians opened by 2023?")
    assert not accounts.answered


def test_the_same_thing_measured_another_way_is_no_loose_match(engine):
    # The deal's length matched best but is in no currency; its value, of the same deal, answers.
    answer = engine.ask("What was the 2014 30-year gas deal worth in US dollars?")
    assert answer.answered and any(v.value == 400 for v in answer.values)


def test_a_word_few_events_use_names_the_event_beside_a_word_of_starting(engine):
    split = engine.ask("when did the split begin?")
    assert split.answered and split.events and split.events[0].date == "1961"
    # a word many events use is not enough
    visit = engine.ask("when did the visit begin?")
    assert not visit.answered


def test_resolving_a_dispute_is_ending_it(engine):
    answer = engine.ask("when was the border dispute resolved?")
    assert answer.events and answer.events[0].date == "2008-10-14"



def test_a_name_given_for_a_kind_asked_must_be_of_that_kind(engine):
    # A plant's other name is no firm; a word of finance ("IPO") is no executive.
    plant = engine.ask("Which Chinese firm built the Lianyungang nuclear plant with the Russians?")
    assert not plant.answered and not plant.values
    executive = engine.ask("Which executive ran Rosneft when CNPC bought $500 million of its shares in 2006?")
    assert not executive.answered and "IPO" not in executive.text
    # a minister the record names by name still answers
    minister = engine.ask("Which Russian minister revealed that Chinese banks put up $6 billion for "
                          "Rosneft's Yuganskneftegaz purchase?")
    assert minister.answered and "Kudrin" in minister.text and minister.values


def test_a_view_held_of_the_other_is_read_from_its_holders(engine):
    # "Chinese favourable on Russia" is China's view of Russia, not Russia's of China.
    answer = engine.ask("pew 2019 chinese favourable on russia %")
    assert not answer.answered and not answer.values
    russians = engine.ask("Russians favourable to China 2019 pew")
    assert russians.answered and any(v.value == 71 for v in russians.values)


def test_a_peak_is_not_named_when_the_producer_left_a_year_unpublished(engine):
    # Customs gives pipeline gas for 2022 in dollars only: its tonnes have no 2022.
    answer = engine.ask("In which year did China's pipeline gas imports from Russia peak by volume in the Customs data?")
    assert not answer.answered and "2022" in answer.text
    crude = engine.ask("peak Russian crude exports to China customs")
    assert crude.answered


def test_a_first_time_is_of_the_thing_asked_and_never_a_later_time(engine):
    # A patrol is no exercise, and the fourth patrol is not the first.
    patrol = engine.ask("when was the first joint maritime patrol in the Pacific?")
    assert not patrol.answered
    years = engine.ask("How many years after the 2001 treaty did the first joint maritime patrol in the Pacific take place?")
    assert not years.answered and not years.values
    submarine = engine.ask("When did Russia and China carry out their first joint submarine patrol?")
    assert submarine.answered and submarine.events[0].date == "2025-08"
    peace = engine.ask("When was the first Peace Mission exercise held?")
    assert peace.answered and peace.events[0].date.startswith("2005-08")


def test_a_date_of_a_peak_is_not_held_by_year(engine):
    answer = engine.ask("On what date did China's crude imports from Russia peak in 2022?")
    assert not answer.answered and "by year only" in answer.text


def test_goods_ordered_are_not_goods_delivered(engine):
    answer = engine.ask("What did SIPRI record as arms ordered by China from Russia in 2023?")
    assert not answer.answered and not answer.values
    delivered = engine.ask("What share of China's arms imports came from Russia in 2023 according to SIPRI?")
    assert delivered.answered


def test_a_firm_named_is_the_events_when_the_event_names_firms(engine):
    # Yukos ended the rail deliveries; Rosneft did not.
    other = engine.ask("When did Rosneft stop its rail deliveries of crude to CNPC?")
    assert not other.answered
    assert "report or a leak" not in other.text  # (a report of another act is none of this one)
    own = engine.ask("When did Yukos stop its rail deliveries of crude to CNPC?")
    assert own.answered and own.events[0].date == "2004-09-28"
    # an event that names no firm may still be the firm's
    launch = engine.ask("When did Gazprom start piping gas to the PRC through Power of Siberia?")
    assert launch.answered and launch.events[0].date.startswith("2019")


def test_a_post_asked_is_held_by_whom_the_event_names(engine):
    # Xi was in Moscow in 2015, but he was no ambassador.
    for question in ("Who was China's ambassador in Moscow back in 2015?",
                     "Who was Russia's ambassador in Beijing when the 2001 friendship treaty was signed?"):
        answer = engine.ask(question)
        assert not answer.answered and "no record that names the ambassador" in answer.text, question
    spokesman = engine.ask("who was the Kremlin spokesman who rejected the peace plan?")
    assert spokesman.answered and "Peskov" in spokesman.text


def test_the_share_a_party_leaves_to_the_others_is_derived(engine):
    answer = engine.ask("What share of China's arms imports in 2012 came from countries other than Russia?")
    assert answer.answered and any(v.derived and v.value == 60.9 for v in answer.values)
    assert "100 − 39.1" in answer.text


def test_what_a_country_says_it_traded_is_its_own_figure(engine):
    answer = engine.ask("What did Russia say it exported to China in 2019 (IMF DOTS)?")
    assert answer.answered and any(v.value == 54.937 for v in answer.values)
    said = engine.ask("what did Putin say about the partnership?")
    assert not said.values


def test_a_follow_up_weighed_against_another_time_is_a_change(engine):
    shown = engine.ask("LNG from Russia into China in 2021 per Customs?")
    lower = engine.ask("How much lower was it than in 2020?", previous=shown)
    assert lower.answered and any(v.derived and v.value == -0.553 for v in lower.values)


def test_secrets_passed_to_one_side_are_not_passed_to_the_other(engine):
    other = engine.ask("When did Beijing charge one of its own scientists with passing secrets to Russia?")
    assert not other.answered
    own = engine.ask("When was a Russian scientist charged with passing secrets to China?")
    assert own.answered and own.events[0].date == "2020-06"


def test_barring_is_said_by_a_ban_not_by_a_warning(engine):
    warned = engine.ask("When did the United States bar dual-use exports to eight Chinese firms supplying Russia?")
    assert not warned.answered
    banned = engine.ask("When did the EU ban dual-use exports to Chinese firms?")
    assert banned.answered and banned.events[0].date == "2023-05"


def test_first_place_of_a_country_is_said_by_a_rank_never_by_an_events_words(engine):
    # "Lukoil became the largest Russian supplier of oil to China" places no country first.
    answer = engine.ask("Is Russia the largest supplier of crude to China?")
    assert not answer.answered and not answer.text.startswith("Yes")
    ranked = engine.ask("Is Russia China's top arms supplier?")
    assert ranked.answered and "Against first place, derived by crr: yes" in ranked.text
    weapons = engine.ask("Is Russia still the main source of the weapons China imports?")
    assert weapons.answered and weapons.values


def test_who_said_so_after_a_statement_asks_of_the_statements_event(engine):
    answer = engine.ask("The Kremlin rejected Beijing's peace plan. Who said so?")
    assert answer.answered and "Peskov" in answer.text


def test_the_name_given_to_the_relationship_is_its_official_name(engine):
    answer = engine.ask("what was the name given to the relationship in 2019?")
    assert answer.kind == "label" and "new era" in answer.text


def test_how_many_took_part_after_an_event_is_of_that_event(engine):
    drill = engine.ask("Which third country joined Russia and China for the September 2025 border defence drill?")
    troops = engine.ask("how many troops took part?", previous=drill)
    assert not troops.answered and not troops.values
    peace = engine.ask("When did China and Russia hold the Peace Mission exercise, which Wikipedia calls their first joint one?")
    assert peace.answered
    chinese = engine.ask("how many Chinese troops took part?", previous=peace)
    assert chinese.answered and any(v.value == 8000 for v in chinese.values)


def test_a_first_time_may_lack_a_word_many_events_use(engine):
    answer = engine.ask("when was the first joint exercise on Russian soil?")
    assert answer.answered and answer.events[0].date == "2007-08"


def test_a_year_later_in_another_currency_shifts_the_time_too(engine):
    shown = engine.ask("How much were Russian households holding in yuan at the end of 2022?")
    later = engine.ask("And a year later, in dollars?", previous=shown)
    assert not later.answered and "December 2023" in later.text


def test_the_same_poll_asked_again_is_that_poll(engine):
    shown = engine.ask("YouGov 2019: what share of Chinese think Russia has a positive effect on the world?")
    other = engine.ask("Same survey, the Russian respondents about China?", previous=shown)
    assert not other.answered and "same poll (YouGov)" in other.text


def test_a_question_after_a_statement_that_asks_its_own_way_or_a_name_is_asked_alone(engine):
    way = engine.ask("Pew's 2019 survey found 71% of Russians favourable to China. "
                     "What share of Chinese did Pew find favourable to Russia?")
    assert not way.answered
    name = engine.ask("Chinese brands took over a third of Russian car sales in early 2023. "
                      "Which Chinese carmaker sold the most?")
    assert not name.answered
    pointing = engine.ask("Only 44% of Russians rated China's influence positively in one 2017 survey. "
                          "Whose survey was that?")
    assert pointing.answered and "BBC" in pointing.text


def test_no_difference_is_worked_out_from_bounds(engine):
    answer = engine.ask("By how much did China's dual-use exports to Russia in 2025 exceed 2024?")
    assert not answer.answered and not answer.values and "no difference" in answer.text


def test_a_figure_of_an_event_is_of_the_subject_its_title_names(engine):
    # Coal's record is no count of the firms an export ban listed.
    answer = engine.ask("Coal exports to China peaked in 2023 and then eased. "
                        "By what percent did they fall from 2023 to 2025?")
    assert not answer.answered and not answer.values


def test_a_countrys_market_is_where_a_share_of_sales_is_taken(engine):
    other = engine.ask("What share of China's car market did Russian brands take in the first half of 2023?")
    assert not other.answered and "a whole in Russia, not in China" in other.text
    own = engine.ask("What share of Russia's car market did Chinese brands take in the first half of 2023?")
    assert own.answered


def test_the_side_that_did_an_act_is_the_titles_when_both_say_one_verb(engine):
    other = engine.ask("When did Russia sharply cut its imports of Chinese seafood, citing coronavirus found on packaging?")
    assert not other.answered
    own = engine.ask("When did China cut imports of Russian seafood?")
    assert own.answered and own.events[0].date == "2020-10"


def test_who_led_one_side_asks_of_the_event_shown(engine):
    answer = engine.ask("The Dashboard notes the first joint coast guard patrol in 2024. Who led the Russian side?")
    assert not answer.answered and "Zubkov" not in answer.text


def test_where_after_a_figure_whose_records_say_no_place_names_none(engine):
    deal = engine.ask("How much was the 2014 gas contract worth?")
    where = engine.ask("where was that?", previous=deal)
    assert not where.answered and not where.values and "say no place" in where.text


def test_first_place_asked_prefers_a_rank_held_about_as_close_as_a_share(engine):
    answer = engine.ask("Is China the largest source of foreign students in Russia?")
    assert answer.answered and "Against first place, derived by crr: no, rank 3" in answer.text


def test_others_than_a_party_leave_it_out_too(engine):
    answer = engine.ask("what share of China's arms imports in 2023 came from others than Russia?")
    assert answer.answered and {v.value for v in answer.values if v.derived} == {24, 21}
