"""Mechanisms from the tuning sets and the team's own probes, round 46.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_follow_up_span_after_a_total_asks_the_same_total(engine):
    # "How much ... from A to B" asks what the span adds up to; "and C to D?" asks the same of
    # another span, which a figure for one year inside it does not answer.
    first = engine.ask("How much did China spend on Russian weapons from 1993 to 1997?")
    assert first.answered and any(v.value == 5 for v in first.values)
    answer = engine.ask("and 1998 to 2002?", previous=first)
    assert not answer.answered and not answer.values
    assert "lacks 1998" in answer.text
    # ... a bare span asked first still shows what is held within it
    bare = engine.ask("RU-CN trade 2018-2024")
    assert bare.answered


def test_a_share_of_every_kind_of_vote_is_no_figure_of_one_kind(engine):
    # The same-vote share counts yes, no and abstentions alike: how often both abstained is
    # another figure, which crr does not hold.
    answer = engine.ask("In 1985, how often did China and the USSR both abstain in the General Assembly?")
    assert not answer.answered and not answer.values
    same = engine.ask("How often did China and the USSR vote the same way in the General Assembly in 1985?")
    assert same.answered and any(v.value == 71.9 for v in same.values)


def test_a_total_over_all_occasions_is_not_the_figure_of_one(engine):
    answer = engine.ask("How many troops have taken part in all Sino-Russian joint drills combined?")
    assert not answer.answered and not answer.values
    assert "every occasion" in answer.text
    assert "2009" not in (answer.reading or {}).get("summary", "")  # (the time of one occasion was not asked)
    # ... a yearly series' total with all partners is asked of a year, and answered
    first = engine.ask("How much did China import in arms from Russia in 2020, in SIPRI TIV?")
    total = engine.ask("and from all suppliers combined?", previous=first)
    assert total.answered


def test_a_follow_up_naming_the_two_the_other_way_round_asks_the_other_way(engine):
    # "and Russia's in China?" after Chinese students in Russia: Russian students in China,
    # which crr does not hold; not another figure that happens to go from Russia to China.
    first = engine.ask("How many Chinese master's students were in Russia in 2024?")
    answer = engine.ask("And Russia's in China?", previous=first)
    assert not answer.answered and not answer.values
    assert "not the other way" in answer.text
    # A share keeps whose share it is: after China's share of Russia's imports, Russia's share
    # of China's imports, not China's share of Russia's exports.
    share = engine.ask("What was China's share of Russia's imports in 2023?")
    turned = engine.ask("and Russia's in China?", previous=share)
    assert not turned.answered and not turned.values
    # ... and a figure held both ways turns
    visits = engine.ask("How many Chinese tourist visits to Russia in 2019?")
    back = engine.ask("and Russians in China?", previous=visits)
    assert back.answered and "Russian tourist visits to China" in back.text


def test_every_year_of_a_span_that_met_a_level_needs_every_year_held(engine):
    # "Which years from A to B was it above X?" asks a list of every such year; a year the
    # data lacks may be one, so the years it holds that meet it are named, not given as the list.
    answer = engine.ask("In which years from 2015 to 2025 did China supply over 35% of Russia's imports?")
    assert not answer.answered and not answer.values
    assert "2024" in answer.text and "2022, 2023 were" in answer.text
    # ... a span held every year is listed whole, and "since" runs to the series' last year
    held = engine.ask("In which years between 2010 and 2019 was China-Russia trade above USD 80 bn?")
    assert held.answered and {v.period for v in held.values} >= {"2012", "2013", "2014", "2018", "2019"}
    since = engine.ask("List the years since 2000 in which China's arms imports from Russia exceeded 2,500 million TIV.")
    assert since.answered


def test_a_question_with_no_thing_of_its_own_after_a_judgement_asks_of_the_preface(engine):
    # "What share?" after a claim asks the share of what the claim names; crr holds no share
    # of drone components, and no other share is the answer.
    answer = engine.ask("Is it fair to say China supplies most of Russia's drone components? What share?")
    assert not answer.answered and not answer.values
    # ... a question whole in itself after a judgement is still answered
    whole = engine.ask("Is Russia dependent on China for arms? What share of China's arms imports came from Russia in 2023?")
    assert whole.answered and any(v.value == 76 for v in whole.values)


def test_that_month_after_an_event_is_the_events_month(engine):
    first = engine.ask("What happened in December 2025?")
    answer = engine.ask("How much trade was there that month?", previous=first)
    assert not answer.answered and not answer.values
    assert "December 2025" in answer.reading["summary"]
    whole = engine.ask("Was December 2025's record month a turning point? How much trade was there that month?")
    assert not whole.values


def test_the_date_of_an_act_asked_exactly_needs_the_day(engine):
    for question in ("Exact signing date of the 2001 Treaty of Good-Neighborliness and Friendly Cooperation?",
                     "Exact start date of the first joint submarine patrol in 2025?"):
        answer = engine.ask(question)
        assert answer.kind == "when" and not answer.answered, question
        assert "gives no day" in answer.text


def test_what_was_the_first_year_asks_a_date(engine):
    answer = engine.ask("What was the first year China became a net oil importer?")
    assert answer.kind == "when" and answer.answered
    assert answer.events and answer.events[0].date.startswith("1993")


def test_a_question_after_a_yes_or_no_needs_no_word_that_asks(engine):
    # "Did solidarity fall apart? Same-vote share in 1993?": a question of its own after a
    # question mark, answered as asked; the yes or no before it is a judgement.
    answer = engine.ask("Did UN voting solidarity fall apart after the USSR collapsed? Same-vote share in 1993?")
    assert answer.answered and any(v.value == 38.7 for v in answer.values)


def test_the_figure_asked_after_a_yes_or_no_is_the_one_it_turns_on(engine):
    # "Was trade in 2015 a disaster? What was the number?": the figure the yes or no is about,
    # given for the reader to weigh, its verdict word named as not used.
    answer = engine.ask("Was trade in 2015 a disaster? What was the number?")
    assert answer.answered and any(v.period == "2015" for v in answer.values)
    assert "disaster" in answer.unread and "not a verdict" in answer.reading["summary"]
    record = engine.ask("Was 2024 genuinely a record for China–Russia trade? What was the figure?")
    assert record.answered and any(v.value == 245 for v in record.values)


def test_a_plan_does_not_date_a_thing_becoming_operational(engine):
    answer = engine.ask("When did the joint Russian-Chinese research station on the Moon become operational?")
    assert not answer.answered
    assert "plan or an agreement" in answer.text


def test_a_role_asked_of_one_side_is_not_met_by_someone_of_the_other(engine):
    # "Which Chinese premier ...?": the Russian deputy prime minister who went with Mishustin
    # is no Chinese premier; crr names no one and shows the record it found.
    answer = engine.ask("Which Chinese premier did Mishustin meet on his May 2023 Beijing trip?")
    assert not answer.answered
    assert "Chinese premier" in answer.text and "Alexander Novak, of Russia" in answer.text
    # ... one of that side is named
    ours = engine.ask("Which Russian minister went with Mishustin to Beijing in May 2023?")
    assert ours.answered and "Novak" in ours.text


def test_a_share_of_receipts_issued_is_no_share_of_spending(engine):
    answer = engine.ask("What share of Chinese tourists' spending in Russia is tax-free shopping?")
    assert not answer.answered and not answer.values
    held = engine.ask("What share of tax-free receipts at Russian airports go to Chinese citizens?")
    assert held.answered and any(v.value == 70 for v in held.values)


def test_what_happened_while_there_is_asked_at_the_time_of_the_event_shown(engine):
    first = engine.ask("Who were the Russian officials who visited Beijing in May 2023?")
    answer = engine.ask("what deals did they sign while there?", previous=first)
    assert "May 2023" in answer.reading["summary"]


def test_a_percent_stated_is_a_quantity_in_percent(engine):
    # "88%": a figure in percent, which no count of roll calls that happens to be 88 is.
    answer = engine.ask("Which pollster found 88% of Russians liking China?")
    assert answer.answered and "Levada" in answer.text
    assert "roll calls" not in answer.text


def test_a_part_of_a_year_named_alone_is_of_the_year_just_asked(engine):
    # "and in the second half?" after H1 2023: H2 2023, not Power of Siberia-2 by its "second".
    first = engine.ask("Chinese car brands' share of car sales in Russia in H1 2023?")
    answer = engine.ask("and in the second half?", previous=first)
    assert not answer.answered and not answer.values
    assert "H2 2023" in answer.reading["summary"] and "Siberia" not in answer.text
    trade = engine.ask("trade in 2024?")
    quarter = engine.ask("and in q1?", previous=trade)
    assert not quarter.answered and "Q1 2024" in quarter.reading["summary"]
    # ... and with no year to take it of, no figure
    alone = engine.ask("trade in the second half?")
    assert not alone.answered and not alone.values and "does not name" in alone.text


def test_actual_throughput_asks_what_went_through_not_capacity(engine):
    answer = engine.ask("actual throughput of the Atasu-Alashankou pipeline in 2010?")
    assert not answer.answered and not answer.values
    capacity = engine.ask("throughput of the Atasu-Alashankou pipeline?")
    assert capacity.answered and any(v.value == 20 for v in capacity.values)


def test_how_much_was_lent_asks_money(engine):
    # "How much did Russia lend China?": money, and no oil delivered is an answer; crr holds
    # the loans of the other way only.
    answer = engine.ask("How much did Russia lend China in 2009?")
    assert not answer.answered and not answer.values


def test_each_of_several_asks_one_of_them_alone(engine):
    answer = engine.ask("How much did each of the two Yamal LNG stakes cost China in 2019?")
    assert not answer.answered and not answer.values
    both = engine.ask("How much did China's stakes in the two Yamal LNG projects cost?")
    assert both.answered


def test_which_of_the_firms_is_not_answered_by_the_body_that_listed_them(engine):
    # "Which of the 42 Chinese firms ...?" asks a firm; the US Department of Commerce, which
    # the record names as listing them, is a body of a state, no firm.
    answer = engine.ask("Which of the 42 Chinese firms put on the Entity List was the biggest supplier?")
    assert not answer.answered and "Department of Commerce" not in answer.text.split("\n")[0]


def test_the_figure_is_chosen_for_the_time_asked_not_the_year_of_the_act(engine):
    answer = engine.ask("how much crude by rail did the 2004 wen-fradkov deal promise for 2006?")
    assert answer.answered and any(v.value == 15 and v.period == "2006" for v in answer.values)


def test_spending_on_a_countrys_goods_is_buying_from_it(engine):
    answer = engine.ask("How much did China spend on Russian military imports in 2000?")
    assert answer.answered and any(v.value == 3.2 for v in answer.values)


def test_pipeline_gas_is_a_figure_not_the_name_of_a_pipeline(engine):
    answer = engine.ask("What was Russia's pipeline gas to China in 2022 per the Energy Institute?")
    assert answer.answered and any(v.value == 14.7 for v in answer.values)


def test_additions_to_a_list_are_the_firms_added(engine):
    answer = engine.ask("US Entity List additions in Oct 2023?")
    assert answer.answered and any(v.value == 42 for v in answer.values)


def test_a_measure_said_not_to_be_asked_is_not_asked(engine):
    answer = engine.ask("How many Chinese banks (a count, not a share) refused Russian yuan payments?")
    assert not answer.answered and not answer.values
    number = engine.ask("Give me the number (not the percentage) of Chinese master's students in Russia in 2024.")
    assert number.answered and any(v.value == 16411 for v in number.values)


def test_what_share_was_x_after_a_figure_is_of_its_time(engine):
    first = engine.ask("trade in 2022?")
    answer = engine.ask("what share was energy?", previous=first)
    assert "2022" in answer.reading["summary"]
    assert not any(v.period == "2024" for v in answer.values)


def test_what_a_line_did_carry_is_no_capacity(engine):
    first = engine.ask("Power of Siberia capacity?")
    answer = engine.ask("how much did it carry in 2021?", previous=first)
    assert not any(v.unit == "bcm per year" for v in answer.values)


def test_stopping_a_thing_is_not_dated_by_its_start(engine):
    answer = engine.ask("When did China stop buying Russian arms?")
    assert not answer.answered
    stopped = engine.ask("When did Yukos stop rail crude shipments?")
    assert stopped.answered and stopped.events[0].date.startswith("2004-09")
    # ... an act agreed to is the agreement's content, not an act asked of its own
    agreed = engine.ask("When did Moscow and Zhongnanhai agree to stop using the greenback for their bilateral trade "
                        "and switch to national currencies?")
    assert agreed.answered


def test_a_country_beyond_the_two_is_answered_with_the_events_that_name_it(engine):
    # "What do you know about Iran?": outside crr's figures, but events of China–Russia relations
    # name it (their reaction to Israel's attack, the SCO exercise held there): shown, not an answer.
    answer = engine.ask("what do you know about Iran?")
    assert not answer.answered
    assert "Israel's attack on Iran" in answer.text and "SCO exercise held in Iran" in answer.text
    # ... and an event the source gives no date is listed as undated
    said = engine.ask("what did China and Russia say about Israel's attack on Iran?")
    assert "undated" in said.text


def test_a_figure_that_leaves_out_one_of_the_two_answers_only_a_question_that_does(engine):
    first = engine.ask("trade in 2023?")
    answer = engine.ask("how much of it was in yuan?", previous=first)
    assert "other than China" not in answer.text
    third = engine.ask("yuan share of Russia's trade with third countries in 2023?")
    assert third.answered and "other than China" in third.text


def test_what_about_a_thing_with_nothing_before_it_asks_of_that_thing(engine):
    answer = engine.ask("what about the 1994 border security agreement?")
    assert answer.answered and answer.events and answer.events[0].date == "1994-07-12"
    # ... and after an answer, "what about coal?" still turns that answer to coal
    first = engine.ask("How much crude did Russia export to China in 2023?")
    coal = engine.ask("what about coal?", previous=first)
    assert not coal.answered


def test_a_share_of_a_total_the_question_gives_is_no_answer_with_that_total(engine):
    answer = engine.ask("What share of the USD 400bn gas contract has been paid so far?")
    assert not answer.answered and not answer.values


def test_the_whole_year_asked_is_not_a_part_of_it(engine):
    answer = engine.ask("chinese brands share of russian car sales full yr 2023")
    assert not answer.answered and not answer.values
    part = engine.ask("chinese brands share of russian car sales in 2023")
    assert part.answered


def test_a_rate_is_no_total(engine):
    answer = engine.ask("total hu-putin meetings overall")
    assert not answer.values


def test_an_ordinal_in_figures_names_an_occurrence_no_event_says(engine):
    answer = engine.ask("When was the 96th joint exercise held?")
    assert not answer.answered and not answer.events
    fourth = engine.ask("when was the 4th joint maritime patrol?")
    assert fourth.answered and "Fourth" in fourth.text


def test_a_things_name_with_its_year_is_no_place(engine):
    first = engine.ask("When did China take part in Ocean-2024?")
    answer = engine.ask("where was it held?", previous=first)
    assert "Ocean-2024:" not in answer.text.split("\n")[0]


def test_a_word_written_without_its_vowels_is_the_one_word_it_leaves(engine):
    answer = engine.ask("chinese stdnts in russia 2024")
    assert answer.answered and "students" in answer.reading["summary"].lower()
    models = engine.ask("how many s300s did china get")
    assert "S-300" in models.text or not models.answered


def test_what_things_done_were_worth_is_no_list_of_events(engine):
    answer = engine.ask("What were the deals signed during Xi's March 2023 visit worth?")
    assert not answer.answered and "holds no figure" in answer.text


def test_which_was_the_biggest_after_a_count_asks_the_size_of_each(engine):
    first = engine.ask("joint exercises in 2024?")
    answer = engine.ask("which was the biggest?", previous=first)
    assert not answer.answered and not answer.values and not answer.events
    assert "size of each" in answer.text
    trade = engine.ask("trade in 2024?")
    year = engine.ask("which year was the biggest?", previous=trade)
    assert year.answered and any(v.value == 245 for v in year.values)
