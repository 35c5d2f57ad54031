"""Mechanisms from tuning set 25, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from assistant.frontends.tui.present import Presenter
from talking import talk, values


def test_a_figure_cited_from_two_sections_of_one_source_is_one_row(engine):
    # Wikipedia gives 2025's trade in its lead and in its economy section: one row, both marks.
    display = Presenter(engine.store).layout(engine.ask("trade in 2025"))
    rows = [(r.metric, r.period, r.value, r.unit) for r in display.rows]
    assert len(rows) == len(set(rows))
    wikipedia = [r for r in display.rows if r.source.startswith("Wikipedia") and r.value == "234"]
    assert len(wikipedia) == 1 and wikipedia[0].source.count("[") == 2


@pytest.mark.parametrize("question, value", [
    ("russia china trade in 22??", 190),          # two digits at the end, however many marks follow
    ("sino russian trade 2k24", 245),             # "2k" and a year's last two digits
    ("carter center poll apr 22 - chinese who thought backing russia was in china's interest", 75),
    ("banks offering yuan savings accts in russia by 2023", 50),   # "accts": accounts
    ("s-400 plus su-35 package, $$", 5),          # "plus" joins two names as "and" does
])
def test_shorthand_for_years_words_and_names(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)


def test_a_month_and_two_digits_before_a_days_range_stay_days():
    # "apr 22-25" is a span of days, no year; "apr 22 - chinese ..." is April 2022.
    from assistant.reading.words import normalize

    assert "2022" not in normalize("yuan share apr 22-25")
    assert "april 2022" in normalize("poll apr 22 - chinese view") or "apr 2022" in normalize("poll apr 22 - chinese view")


def test_a_flow_capacity_is_a_capacity(engine):
    answer = engine.ask("power of siberia flow capacity")
    assert answer.answered and 38 in values(answer) and 38.8 not in values(answer)


def test_two_figures_asked_together_are_summed_from_one_source(engine):
    # Each figure, and their sum with its arithmetic; China's customs gives both for 2022.
    answer = engine.ask("russian crude and lng exports to china in 2022 combined")
    total = [v for v in answer.values if v.derived]
    assert answer.answered and len(total) == 1
    assert total[0].value == 92.753 and total[0].formula == "86.248 + 6.505 = 92.753"


@pytest.mark.parametrize("question", [
    "Crude plus coal: how many tonnes of both together did Russia ship to China in 2023?",
    "crude and lng combined in 2023, in tonnes",        # no LNG figure for 2023
    "yuan share of russia's imports and exports combined in 2022",   # shares of two wholes
])
def test_two_figures_together_give_no_figure_when_they_do_not_add_up(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "together" in answer.text


def test_trade_defined_as_exports_and_imports_is_trade_both_ways(engine):
    # A share of all Russia's trade is not held; its share of exports is no answer to it.
    answer = engine.ask("What was China's share of Russia's total trade (exports plus imports) in 2023?")
    assert not answer.answered and 31 not in values(answer)


def test_per_a_country_at_the_end_is_as_it_reports(engine):
    # "trade 2010 per Russia": Russia's own statistics (IMF), alone or as a follow-up.
    assert 58.842 in values(engine.ask("trade 2010 per Russia"))
    assert values(talk(engine, "trade 2010", "per Russia")) == [58.842]
    # ... not "from Russia ... per Chinese data": whose data is said by its own words.
    answer = engine.ask("How much did China import from Russia in 2019 per Chinese data?")
    assert all(v.reporter != "russia" for v in answer.values)


def test_a_name_is_never_mended_into_a_small_word_that_vanishes(engine):
    # "Heihe" is no typo of "hehe": the word crr cannot place is named, no figure given.
    answer = engine.ask("Heihe trade")
    assert not answer.answered and "heihe" in answer.text.lower()
    # ... while "fully" is still "full" said another way, and question words are mended.
    assert engine.ask("How long is the border once fully demarcated?").answered
    assert engine.ask("wich year had most exercises").kind == "when"


@pytest.mark.parametrize("turns, value", [
    (["Su-35 fighters in the 2015 deal", "what was the deal worth?"], 5),
    (["how many Su-27 did China buy?", "and Su-35?", "how much were those deals worth?"], 5),
    (["Su-35 fighters in the 2015 deal", "what was it worth?"], 5),
])
def test_the_worth_of_the_deal_a_figure_was_of(engine, turns, value):
    # "the deal" points at the figure shown, whose description speaks of a deal; its value is a
    # figure of the same things and more (missiles, treaties), never crude oil's value.
    answer = talk(engine, *turns)
    assert answer.answered and values(answer)[:1] == [value]


@pytest.mark.parametrize("turns, value", [
    (["joint exercises 2024", "naval?"], 7),
    (["crude exports to china 2022", "value?"], None),
    (["gas exports 2023", "lng?"], None),
])
def test_a_word_alone_after_an_answer_is_asked_of_it(engine, turns, value):
    # "naval?" is "and naval?": of the time and the thing just shown, never an event of the word alone.
    answer = talk(engine, *turns)
    assert answer.kind != "when"
    assert answer.context["periods"][0]["label"] == ("2024" if value else turns[0][-4:])
    if value:
        assert values(answer) == [value]


def test_a_request_alone_is_no_word_of_the_figure(engine):
    answer = talk(engine, "How many Chinese firms did the EU target in May 2023?", "name them")
    assert not answer.values


def test_a_level_the_question_hedges_is_met_as_hedged(engine):
    # "reach nearly 40%": the figure held as nearly 40% is at that level, never "at or above 40%".
    answer = engine.ask("when did the yuan share of Russia's trade reach nearly 40%?")
    assert answer.answered and "2024-01" in [v.period for v in answer.values]
    assert "at or above" not in answer.text


def test_the_thing_asked_in_another_unit_says_why_no_figure(engine):
    # "oil in bcm": oil is held in tonnes; that is the reason, not that no oil figure is held.
    answer = engine.ask("oil 2023 in bcm")
    assert not answer.answered and "million tonnes" in answer.text and "no figure for 'oil'" not in answer.text


@pytest.mark.parametrize("turns, value", [
    (["China-India trade 2024", "and China-Russia?"], 245),
    (["Germany-Russia trade 2024", "what about China?"], 245),
    (["Turkish tourists in Russia 2019", "and Chinese?"], None),
    (["Indian students in Russia 2024", "and Chinese?"], 50000),
])
def test_our_countries_in_place_of_another_after_its_figure_is_not_held(engine, turns, value):
    # The question before, with the countries named now in place of the other country's.
    answer = talk(engine, *turns)
    assert answer.answered and answer.values
    if value:
        assert value in values(answer)


def test_one_event_from_two_sections_is_one_row_of_the_app(engine):
    # The lead and the body give the 2014 gas deal (and the Crimea pivot, in two wordings of one
    # claim): one row each, with both marks, as the answer's text lists them.
    display = Presenter(engine.store).layout(engine.ask("what happened in 2014?"))
    titles = [r.title for r in display.events]
    assert sum("gas deal" in t for t in titles) == 1 and sum("Crimea" in t for t in titles) == 1


def test_one_sources_two_reporters_are_no_clash_of_sources(engine):
    # IMF figures as China and as Russia report them: said as the two reports, each named.
    notes = Presenter(engine.store).layout(engine.ask("trade 1992")).disagreements
    assert notes and "as China reports it" in notes[0] and "as Russia reports it" in notes[0]
    assert "the sources differ" not in notes[0]


@pytest.mark.parametrize("first", ["How many joint exercises in 2024?",
                                   "How many Chinese firms did the EU target in May 2023?"])
@pytest.mark.parametrize("ask", ["can you list them?", "name them", "which were they?"])
def test_each_one_of_a_count_is_not_held_by_name(engine, first, ask):
    # The sources give a count, not each thing by name: no list, no figure; the events of that
    # kind and time, where held, follow as what crr holds nearest.
    answer = talk(engine, first, ask)
    assert not answer.answered and not answer.values and "by name" in answer.text


def test_a_list_after_a_question_not_held_is_not_the_figure_before_it(engine):
    answer = talk(engine, "How many Chinese firms did the EU target in May 2023?",
                  "and how many did the Vatican add in 2031?", "can you list them?")
    assert not answer.answered and not answer.values


@pytest.mark.parametrize("turns, period", [
    (["How many Chinese firms did the EU target in May 2023?", "and how many did the US add in October?"], "2023-10"),
    (["yuan share of exports dec 2022", "and in june?"], "2022-06"),
])
def test_a_month_named_alone_is_of_the_year_shown(engine, turns, period):
    answer = talk(engine, *turns)
    assert answer.context["periods"][0]["label"] == period


@pytest.mark.parametrize("question", ["how much was trade in 2022 compared with 2020?",
                                      "what was trade in 2022 compared to 2020?"])
def test_a_year_compared_with_is_a_time_asked_not_a_name(engine, question):
    # "compared with 2020" sets 2020 against 2022; it names no "2020 level" figure.
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "change"
    assert {"2020", "2022"} <= {v.period for v in answer.values}


def test_a_multiple_of_a_base_year_answers_where_held_and_else_the_change(engine):
    # The Dashboard says 2024's trade was more than twice 2020's: that figure for 2024; for 2025,
    # of which no multiple is held, the change between the two years from the series itself.
    held = engine.ask("trade in 2024 compared with 2020")
    assert held.answered and 2 in values(held)
    worked = engine.ask("trade in 2025 compared with 2020")
    assert worked.answered and worked.kind == "change" and {"2020", "2025"} <= {v.period for v in worked.values}


def test_what_a_pipeline_carries_is_a_volume_or_capacity_never_its_funding(engine):
    answer = talk(engine, "Which company got $400 million from CNPC for the Skovorodino spur?",
                  "how much oil a year does that spur carry?")
    assert not answer.answered and not answer.values
    assert engine.ask("how much gas does power of siberia carry?").answered


@pytest.mark.parametrize("turns, person", [
    (["who is Wang Yi?", "how many times did he meet Lavrov?"], "wang-yi"),
    (["who succeeded Hu?", "how often did he meet Putin?"], "xi-jinping"),
    (["Who took over from Jiang Zemin as party leader in 2002?", "and when did he first sit down with Putin?"],
     "hu-jintao"),
])
def test_he_after_a_who_answer_is_the_one_it_named(engine, turns, person):
    # "he" is the person the answer named (Wang Yi; Xi, who succeeded Hu), beside whoever the
    # follow-up names itself (Lavrov, Putin), never someone of another record.
    answer = talk(engine, *turns)
    assert answer.answered and person.replace("-", " ") in answer.text.lower()


@pytest.mark.parametrize("turns", [
    ["trade 2019", "and as Russia reports it?", "difference?"],
    ["trade 2019", "and as Russia reports it?", "and China?", "difference?"],
])
def test_the_difference_between_two_reports_of_one_figure(engine, turns):
    # Both reports and the gap between them, worked out with its arithmetic.
    answer = talk(engine, *turns)
    assert {109.742, 109.003} <= set(values(answer))
    assert "109.742 − 109.003 = 0.739" in answer.text


@pytest.mark.parametrize("turns, value", [
    (["How many Chinese students were in Russia in 2024?", "what rank does China hold as a source country?"], 3),
    (["trade 2024", "what is China's rank?"], 1),
    (["trade 2024", "and China's rank?"], 1),
])
def test_a_measure_alone_after_a_figure_is_of_what_was_shown(engine, turns, value):
    # A rank asked with no subject of its own is the rank of the figure shown (students, not
    # Norilsk's markets); a standing held since 2010 answers a year within it.
    answer = talk(engine, *turns)
    assert answer.answered and values(answer)[:1] == [value]


@pytest.mark.parametrize("question, value", [
    ("List the top categories of Russia's exports to China with their shares, per Wikipedia.", 60.7),
    ("What are the main groups of Russia's imports from China and their shares in Wikipedia?", 35.9),
    ("breakdown of Russia's exports to China", 60.7),
])
def test_the_categories_of_a_flow_are_its_goods_whatever_the_form_of_the_question(engine, question, value):
    # "top categories", "main groups", "breakdown": each product's share, of the source named.
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "composition" and value in values(answer)
    if "Wikipedia" in question:
        assert {v.source for v in answer.values} == {"wikipedia-china-russia-relations"}


def test_a_date_asked_is_given_once_not_once_per_side_of_a_figure(engine):
    # A figure with two sides (Chinese and Russian troops) is no reason to date an event twice.
    answer = engine.ask("when was Peace Mission 2005?")
    assert answer.answered and answer.text.count("Peace Mission 2005, the first joint exercise") == 1


@pytest.mark.parametrize("question", ["what are the main risks for the relationship?",
                                      "biggest challenges for china russia trade"])
def test_risks_and_challenges_are_judgements(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "judgement"


def test_how_big_after_the_date_of_a_thing_is_its_figure(engine):
    answer = talk(engine, "When did Beijing and Moscow set up their central bank swap line?", "How big was it?")
    assert answer.answered and values(answer) == [150]


@pytest.mark.parametrize("second", ["and on the Russian side?", "and Russia's?"])
def test_the_other_sides_holder_of_a_post_in_the_other_capital(engine, second):
    # China's ambassador in Moscow, then Russia's: the one in Beijing.
    answer = talk(engine, "Who is China's ambassador in Moscow?", second)
    assert answer.answered and "Igor Morgulov" in answer.text
    assert "reporter" not in (answer.reading or {})


def test_a_figure_of_the_one_event_listed_is_never_one_of_an_earlier_thing(engine):
    # The EU's proposal of February 2024 gives no count; the ban of May 2023 (8 firms) is another.
    answer = talk(engine, "What sanctions did the EU propose against Chinese companies in February 2024?",
                  "How many firms were on it?")
    assert not answer.answered and not answer.values
    held = talk(engine, "what happened in may 2023?", "how many firms were on it?")
    assert values(held) == [8]


@pytest.mark.parametrize("turns", [
    ["What was the first China-Russia joint exercise called?", "Who commanded it?"],
    ["when did Power of Siberia open?", "who built it?"],
])
def test_who_did_a_deed_to_the_thing_shown_is_asked_of_it(engine, turns):
    # "Who commanded it?": of the event just shown, whose record names no one; never a
    # person of another event that shares no word with it.
    answer = talk(engine, *turns)
    assert not answer.answered and "names no one" in answer.text


def test_agreements_of_a_year_are_its_events_not_a_figure_of_their_subject(engine):
    # "What border agreements ... in 1994?": the border's length (of no 1994) is no agreement.
    answer = engine.ask("What border agreements did Russia and China sign in 1994?")
    assert answer.answered and answer.kind == "what_happened" and not answer.values
    assert all(e.date.startswith("1994") for e in answer.events)
    first = talk(engine, "What border agreements did Russia and China sign in 1994?", "which of those was signed first?")
    assert first.events and first.events[0].date == "1994-05-29"


def test_through_a_year_is_up_to_its_end(engine):
    from assistant.reading.periods import extract_periods

    assert [(p.label, p.form) for p in extract_periods("meetings through 2025")[0]] == [("../2025", "before")]
    assert [p.label for p in extract_periods("trade 2019 through 2023")[0]] == ["2019/2023"]
    assert [p.label for p in extract_periods("walk me through 2020")[0]] == ["2020"]
    # A count held from its own start to that year is the nearest span, said as such.
    answer = talk(engine, "Who became China's top leader in November 2012?",
                  "how many times did he meet Putin through 2025?")
    assert answer.answered and 40 in values(answer)


@pytest.mark.parametrize("question", ["yuan share of russia's trade month by month through 2025",
                                      "Month-by-month yuan share of Russia's trade through 2025?"])
def test_month_by_month_asks_a_monthly_series(engine, question):
    # One month's figure is no monthly series; "month by month" asks no month of its own.
    answer = engine.ask(question)
    assert not answer.answered and not answer.values and answer.kind != "when"


@pytest.mark.parametrize("question", ["Has the dollar really been pushed out of China-Russia trade?",
                                      "are secondary sanctions on chinese banks working"])
def test_a_yes_or_no_of_a_word_crr_cannot_place_gets_no_figure(engine, question):
    # The figure the other words find (trade in dollars) says nothing of being pushed out.
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


@pytest.mark.parametrize("question", [
    "Is the yuan taking over Russia's foreign trade? What was its share in January 2024?",
    "is trade rising?",
])
def test_a_yes_or_no_with_its_figure_asked_or_a_word_of_change_still_answers(engine, question):
    assert engine.ask(question).answered


def test_things_asked_for_by_what_they_are_are_the_events_so_titled(engine):
    # "What were the Years of Media?": the two years so named, not the rank of another year
    # that the words barely match.
    answer = engine.ask("What were the Russia-China Years of Media?")
    assert answer.answered and not answer.values
    titles = [e.title for e in answer.events]
    assert "Year of Russian Media in China" in titles and "Year of Chinese Media in Russia" in titles


@pytest.mark.parametrize("question, name", [
    ("who was china's leader before xi?", "Hu Jintao"),
    ("who was Russian president after Yeltsin?", "Vladimir Putin"),
    ("Who was Russia's ambassador in Beijing before Igor Morgulov?", None),
])
def test_the_holder_before_or_after_one_named_is_whom_they_succeeded_or_who_succeeded_them(engine, question, name):
    # Never the one named: "before Morgulov" is no question of Morgulov; none held, none named.
    answer = engine.ask(question)
    if name:
        assert answer.answered and name in answer.text.split(":")[0]
    else:
        assert not answer.answered


@pytest.mark.parametrize("turns, value", [
    (["exports to Russia 2019"], 49.485),
    (["China's imports from Russia in 2019", "and exports to Russia?"], 49.485),
])
def test_exports_to_one_of_the_two_are_the_goods_from_the_other(engine, turns, value):
    answer = talk(engine, *turns)
    assert answer.answered and value in values(answer)


def test_and_another_thing_after_what_crr_holds_on_one(engine):
    answer = talk(engine, "what do you know about LNG?", "and coal?")
    assert answer.answered and answer.kind == "about" and "coal" in answer.text.lower()


def test_a_measure_and_a_time_alone_after_a_figure_are_of_its_subject(engine):
    answer = talk(engine, "Chinese tourist visits to Russia 2019", "and Russian visits to China?", "and 2023?",
                  "share in 2023?")
    assert "arms" not in (answer.reading or {}).get("summary", "").lower()


def test_which_is_higher_after_each_countrys_report(engine):
    answer = talk(engine, "trade in 2010", "per Russia", "per China", "which is higher?")
    assert "Russia's gives the larger figure" in answer.text


@pytest.mark.parametrize("second", ["trend?", "and the trend?", "over time?"])
def test_a_trend_after_a_figure_of_one_year_is_its_series(engine, second):
    answer = talk(engine, "UN voting agreement 2019", second)
    assert answer.kind == "series" and len(values(answer)) > 10


def test_one_occurrence_named_by_its_place_in_order_is_its_event(engine):
    # "fourth joint maritime patrol": that patrol (2024), not how many patrols a year.
    answer = engine.ask("fourth joint maritime patrol")
    assert answer.answered and answer.events and "Fourth" in answer.events[0].title and not answer.values


def test_who_refused_to_meet_him_after_the_visit_shown(engine):
    answer = talk(engine, "who was China's president when Yeltsin first visited?", "and who refused to meet him?")
    assert answer.answered and answer.text.startswith("Deng Xiaoping")


@pytest.mark.parametrize("question", ["who did Yeltsin meet in December 1992?",
                                      "whom did Yeltsin meet on his first visit to China?"])
def test_who_met_never_names_the_one_the_record_says_refused(engine, question):
    # Deng Xiaoping declined to see Yeltsin; Jiang Zemin and Yang Shangkun met him.
    names = engine.ask(question).text.split(":")[0]
    assert "Jiang Zemin" in names and "Deng" not in names
    assert engine.ask("who refused to meet Yeltsin?").text.startswith("Deng Xiaoping")


@pytest.mark.parametrize("question", ["Has the 2001 friendship treaty been extended again since its 2021 renewal?",
                                      "was the treaty extended again after 2021?"])
def test_again_since_a_year_asks_a_later_one_than_that_years(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


def test_which_after_the_verb_that_acts_on_it_asks_a_name(engine):
    answer = engine.ask("Wang Yi told which EU official that China did not want Russia to lose in Ukraine?")
    assert answer.answered and answer.kind == "who" and "Kaja Kallas" in answer.text


@pytest.mark.parametrize("question", ["Has Russia become an economic colony of China?",
                                      "Was China's 2023 Ukraine peace plan a serious proposal?",
                                      "Who gets the better deal out of the energy trade?"])
def test_verdicts_on_what_a_country_has_become_or_a_plan_was_are_judgements(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


@pytest.mark.parametrize("question, person", [
    ("who was the kremlin boss in 2023?", "Vladimir Putin"),
    ("How often did the Kremlin's boss and Zhongnanhai's top man meet or phone from Feb 2022 to Feb 2026?", None),
])
def test_an_office_whose_name_ends_in_ss_is_one_office(engine, question, person):
    # "boss" is one office, not "bosses"; the Kremlin's and Zhongnanhai's are Putin and Xi then.
    answer = engine.ask(question)
    assert answer.answered
    if person:
        assert person in answer.text
    else:
        assert 19 in values(answer)


@pytest.mark.parametrize("question", ["How many times has Lavrov sat down with his Chinese counterpart since the full-scale invasion?",
                                      "how many times did Wang Yi meet his counterpart?"])
def test_a_counterpart_is_the_one_the_figures_pair_with_the_person_named(engine, question):
    answer = engine.ask(question)
    assert answer.answered and 30 in values(answer)


def test_since_when_after_a_standing_is_the_start_of_its_span(engine):
    answer = talk(engine, "Russia's largest trading partner", "since when?")
    assert answer.answered and "since 2010" in answer.text and "falls" not in answer.text


def test_share_after_a_change_is_a_share_of_the_subject_not_the_change_in_percent(engine):
    answer = talk(engine, "students in 2024", "and 2020?", "growth?", "share?")
    assert "share" in (answer.reading or {}).get("summary", "").lower()
    assert {9.4, 13.6} <= set(values(answer))


def test_a_reading_as_good_as_the_best_goes_the_way_the_figure_shown_went(engine):
    # After Russians' view of China (Pew), "and BBC 2017?" is the Russians' view in the BBC poll.
    answer = talk(engine, "Levada poll 2022", "unfavourable?", "and Pew 2019?", "and BBC 2017?")
    assert answer.answered and values(answer) == [23]


def test_a_question_asked_again_in_other_words_says_them_in_its_reading(engine):
    answer = engine.ask("who was Russia's president before Putin?")
    assert answer.reading["summary"].startswith("“whom did Vladimir Putin succeed?”")
