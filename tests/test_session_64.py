"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 64.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values

from assistant.answering.second_readings import claimed
from assistant.frontends.evaluate import QuestionFileError, _item


@pytest.mark.parametrize("question, claim", [
    ("My draft says trade came to $234 billion in 2025. Accurate?", "trade came to $234 billion in 2025"),
    ("Draft line: 'Trade topped $210bn in 2022.' Can you check the 2022 number before I file?",
     "Trade topped $210bn in 2022"),
    ("Can I write that the border is roughly 4,209 km long?", "the border is roughly 4,209 km long?"),
    ("Draft: 'China is the second-largest source of students.' Right?", "China is the second-largest source of students"),
    ("correct me if I am wrong: trade fell in 2023", "trade fell in 2023"),
    ("trade was 245 in 2024. ok?", "trade was 245 in 2024"),
])
def test_a_line_of_ones_own_writing_is_a_claim_to_check(question, claim):
    assert claimed(question) == claim


@pytest.mark.parametrize("question", ["what was trade in 2024?", "is that right?", "was trade 245 in 2024 right?"])
def test_a_question_that_asks_no_check_has_no_claim(question):
    assert claimed(question) is None


def test_a_claimed_figure_is_answered_with_the_figure_held(engine):
    answer = engine.ask("Draft line: 'Bilateral trade topped $210bn in 2022.' Can you check the 2022 number?")
    assert answer.answered and 190 in values(answer)
    assert "no, USD 190 bn is not above USD 210 bn" in answer.text


def test_a_claimed_event_is_answered_with_its_record_and_date(engine):
    answer = engine.ask("fact check: Xi visited Moscow in March 2023")
    assert answer.answered and answer.kind == "when"
    assert answer.events[0].date.startswith("2023-03")


def test_a_claim_of_what_is_to_come_is_no_claim_a_figure_checks(engine):
    answer = engine.ask("can I say 'roughly 100 bcm of Russian gas a year' will flow to China by 2030")
    assert not answer.answered and not answer.values


def test_why_a_poll_moved_is_a_judgement_not_the_polls_figures(engine):
    answer = engine.ask("Why did Russian opinion of China collapse in 2022?")
    assert answer.kind == "judgement" and not answer.answered and not answer.values
    # what people said is still a figure
    assert engine.ask("what share of russians viewed china favourably in 2022?").answered


def test_one_question_of_a_polls_two_sides_reads_as_one_question(engine):
    answer = engine.ask("how do russians view china?")
    assert answer.interpretation.startswith("Read as one question of two figures.")
    # each figure's reading names that figure, not the other side's
    assert "'russians with a negative view of china (levada center)' means Russians with a negative" \
        in answer.interpretation


def test_the_year_before_a_moment_named_is_read_from_the_moment_in_a_follow_up(engine):
    answer = talk(engine, "trade in 2025?", "and what about the year before the war?")
    assert "2021" in answer.interpretation and not answer.answered
    assert talk(engine, "trade in 2020?", "and the year before that?").values[0].period == "2019"
    assert talk(engine, "trade in 2020?", "and the year after the invasion?").interpretation.count("2023")


def test_the_contract_asked_after_an_event_is_the_deal_the_events_shown_speak_of(engine):
    answer = talk(engine, "when did gas start flowing through Power of Siberia?", "and when was the contract signed?")
    assert answer.answered and answer.events[0].date.startswith("2014")
    assert "gas deal" in answer.events[0].title


def test_paying_for_gas_is_no_price_of_stakes_in_a_gas_project(engine):
    answer = engine.ask("how much does China pay for Russian gas?")
    assert not any(v.metric == "yamal_lng_china_stakes_cost" for v in answer.values)
    assert engine.ask("how much did china pay for yamal?").values[0].metric == "yamal_lng_china_stakes_cost"


@pytest.mark.parametrize("line, field", [
    ('{"q": "trade in 2024", "expect": {"vaule": 245}}', "expect.vaule"),
    ('{"q": "trade in 2024", "expect": {}}', "expect"),
    ('{"q": "trade in 2024"}', "expect"),
    ('{"q": "trade in 2024", "expect": {"value": "245"}}', "expect.value"),
    ('{"q": "trade in 2024", "expect": {"value": 245, "also_ok": 246}}', "expect.also_ok"),
    ('{"q": "trade in 2024", "expect": {"unanswerable": "yes"}}', "expect.unanswerable"),
])
def test_an_expectation_crr_eval_cannot_check_is_named_by_file_line_and_field(tmp_path, line, field):
    with pytest.raises(QuestionFileError) as error:
        _item(tmp_path / "mine.jsonl", 3, line)
    assert "mine.jsonl, line 3" in str(error.value) and f"field '{field}'" in str(error.value)


def test_who_signed_says_whom_the_record_links_without_calling_them_signers(engine):
    answer = engine.ask("who signed the Treaty of Good-Neighborliness?")
    assert not answer.answered and answer.text.startswith("The record names no one who signed it")
    assert "links Vladimir Putin to the event, but its words do not say who signed" in answer.text
    # those a record names as signing are the answer
    assert "Grachev" in engine.ask("who signed the 1993 defence agreement?").text


def test_a_dates_answer_names_the_records_people_in_a_sentence(engine):
    text = engine.ask("when did Xi and Putin last meet?").text
    assert "People the record names: Vladimir Putin, Xi Jinping." in text and ". With " not in text


def test_an_exported_conversation_keeps_how_each_question_was_read(engine):
    from assistant.frontends.tui.writing import conversation_markdown

    first = engine.ask("trade in 2025?")
    second = engine.ask("and what about the year before the war?", first)
    written = conversation_markdown([first, second], "chicago")
    assert "## 2. and what about the year before the war?\n\n> Read as: Bilateral trade (USD bn), 2021" in written


@pytest.mark.parametrize("question, asked", [
    ("wasn't trade 245 billion in 2024?", "was trade 245 billion in 2024?"),
    ("pwr 2025 - wasnt it 38.8 bcm?", "pwr 2025 - was it 38.8 bcm?"),
    ("Correct me, but didn't Xi go to Moscow in 2023?", "Correct me, but did Xi go to Moscow in 2023?"),
    ("why didn't trade grow?", "why didn't trade grow?"),  # a why, not a question put in the negative
    ("which drills didn't include Iran?", "which drills didn't include Iran?"),
    ("dont know much: what was trade in 2024?", "dont know much: what was trade in 2024?"),
])
def test_a_question_put_in_the_negative_asks_what_it_asks_without_not(question, asked):
    from assistant.answering.spelling import asked_positively

    assert asked_positively(question) == asked


def test_a_negative_question_is_answered_as_the_plain_one(engine):
    answer = engine.ask("wasn't trade 245 billion in 2024?")
    assert answer.answered and 245 in values(answer)
    answer = engine.ask("Correct me if I'm wrong, but wasn't 2022 a record year for trade at about $190bn?")
    assert answer.answered and 190 in values(answer)


def test_a_part_left_out_after_a_comma_is_left_out_of_the_figure(engine):
    answer = engine.ask("Trade in 2024, not counting energy?")
    assert not answer.answered and not answer.values and "leaves out energy" in answer.text
    # a clause turned down is still the question without it
    assert engine.ask("China's exports to Russia in 2020, not the two-way total?").answered


@pytest.mark.parametrize("question, left_out", [
    ("leaving china aside, which other country joined?", "china"),
    ("leave the 88% aside: which pollster found it?", "the 88%"),
    ("not sergei shoigu — which other russian defence figure appears?", "sergei shoigu"),
    ("forget the 30 meetings — which two diplomats met that often?", "the 30 meetings"),
    ("aside from china and russia, which country joined?", "china and russia"),
])
def test_what_a_question_sets_aside_before_it_asks_is_left_out(question, left_out):
    from assistant.reading.read import EXCEPT

    assert EXCEPT.search(question).group(1) == left_out


@pytest.mark.parametrize("question", ["not bad, trade in 2024?", "not sure: what was trade?"])
def test_a_not_before_no_question_of_who_or_which_leaves_nothing_out(question):
    from assistant.reading.read import EXCEPT

    assert EXCEPT.search(question) is None or EXCEPT.search(question).group(1) != "bad"


def test_a_figure_whose_name_leaves_the_same_thing_out_is_no_figure_of_it(engine):
    answer = engine.ask("Leaving China aside, what share of Russia's trade with other countries was conducted in yuan?")
    assert answer.values[0].metric == "yuan_share_russia_trade_ex_china" or "other than China" in answer.values[0].label


def test_a_country_named_as_written_is_known_as_a_country(engine):
    assert engine.lexicon.values_of("united arab emirates", "party") == ["uae"]
    answer = engine.ask("Besides Turkey, which third country did Norinco's 2022 shipments to Russia reportedly pass through?")
    assert "names no country" not in answer.text and "United Arab Emirates" in answer.text


def test_a_second_part_with_no_way_of_its_own_is_not_answered_the_other_way(engine):
    answer = engine.ask("was it Russia that imported Chinese weapons in 2022? how much in TIV?")
    assert not answer.values
    # the way the first part says is the figure's own: answered
    answer = engine.ask("did China import Russian weapons in 2022? how much in TIV?")
    assert answer.answered and 579.5 in values(answer)


def test_the_top_year_of_a_figure_is_its_highest(engine):
    answer = engine.ask("Top year for China's exports to Russia in the IMF numbers (China reporting)?")
    assert answer.kind == "peak" and answer.values[0].period == "2014"
    # a year best for relations is still a judgement
    assert engine.ask("what was the best year for China Russia relations?").kind == "judgement"


@pytest.mark.parametrize("question, claim", [
    ("my draft: China joined Ocean-2024 in October 2024", "China joined Ocean-2024 in October 2024"),
    ("Draft line: 'Putin called China an ally in November 2024.' date right?", "Putin called China an ally in November 2024"),
    ("the handover: 14 October 2008 — confirm?", "the handover: 14 October 2008"),
    ("Draft says the pipeline opened in 2010. correct year?", "the pipeline opened in 2010"),
])
def test_more_ways_of_putting_a_line_to_check(question, claim):
    assert claimed(question) == claim


def test_a_claimed_date_is_checked_against_the_events_record(engine):
    answer = engine.ask("Draft: 'Xi and Putin issued the no-limits statement on 4 February 2022.' right date?")
    assert answer.answered and answer.kind == "when" and answer.events[0].date == "2022-02-04"
    answer = engine.ask("my draft: China joined Ocean-2024 in October 2024")
    assert answer.answered and answer.events[0].date.startswith("2024-09")


def test_a_style_the_question_asks_is_said_to_be_overruled_by_the_front_ends_own(run_crr):
    result = run_crr("ask", "--cite", "mla", "cite that in APA: trade in 2024")
    assert "citation style asked: apa, but --cite mla sets mla" in result.stdout
    assert "terminal app" not in result.stdout
    assert "citation style asked: apa." in run_crr("ask", "trade in 2024 in APA").stdout


@pytest.mark.parametrize("question", ["energy", "Arms?", "border"])
def test_a_topics_name_alone_is_asked_as_what_crr_holds_on_it(engine, question):
    answer = engine.ask(question)
    assert answer.kind == "about" and answer.answered
    assert answer.reading.get("asked_as", "").startswith("tell me about")


def test_a_topics_name_that_is_also_a_figures_name_is_that_figure(engine):
    assert engine.ask("trade").values[0].metric == "trade_total"


def test_a_decade_the_source_names_is_the_date_given_not_the_year_it_is_filed_under(engine):
    text = engine.ask("when was the border finally demarcated?").text
    assert text.startswith("Final demarcation of the border: early 2000s (as the source puts it; filed under 2000)")
    # the caveat of a latest event speaks of events of its kind, not of visits
    assert "every event of its kind" in text and "visit or meeting" not in text


def test_a_date_not_found_suggests_the_events_of_the_year_the_question_names(engine):
    answer = engine.ask("when did Putin visit Beijing in 2024?")
    assert not answer.answered and "what happened in 2024?" in answer.suggestions
    assert '"what happened in 2024?"' in answer.text and "2014" not in answer.text
    assert engine.ask("what happened in 2024?").answered  # the suggestion is answered on its own


@pytest.mark.parametrize("opening", ["leaving aside LNG", "besides LNG", "setting aside LNG", "apart from LNG"])
def test_a_thing_set_aside_before_the_question_is_no_subject_asked(engine, opening):
    answer = engine.ask(f"{opening}, how much pipeline gas did china get in 2021?")
    assert answer.answered and answer.values[0].metric == "pipeline_gas_exports_to_china"
