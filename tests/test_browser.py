"""`crr serve` in a real browser: Debian's chromium, driven by Playwright.

Each page a newcomer opens is loaded at 1280×800 and photographed (the
screenshots land in the test's temporary folder; docs/screenshots/ holds
copies for the README): the home page, a table, a row, the dashboard and an
Ask page.  The first rows of a table are on the first screen; every chart of
the dashboard has drawn its marks by the time the page has loaded (and in a
plain `chromium --headless --dump-dom`, with no virtual-time budget); no page
logs a console error or requests anything off the machine.
.ci/run installs chromium; without it these tests are skipped, with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' (playwright)")

from assistant.frontends.datasette.dashboard import CHARTS  # noqa: E402
from assistant.frontends.datasette.metadata import DASHBOARD  # noqa: E402
from test_datasette import serving  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREEN = {"width": 1280, "height": 800}
# The cards drawn as charts (the rest list their figures: fewer than three points a series).
DRAWN = ["trade", "trade_directions", "oil", "gas_bcm", "gas_tonnes", "energy_value", "yuan",
         "russia_sells", "china_sells", "arms", "un_voting", "timeline"]
# A data mark of Vega's SVG: a path, line or rect in a group of role "mark" (axes and legends have roles of their own).
MARKS = "g.role-mark > path, g.role-mark > line, g.role-mark > rect"

# A newcomer without chromium skips these; CI must not: .ci/run installs it,
# and a run where that failed fails here instead of passing quietly.
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed (apt-get install -y chromium; .ci/run does)")


def test_chromium_is_there_in_ci():
    assert CHROMIUM is not None, "CI installs chromium before the tests (.ci/run)"


@pytest.fixture(scope="module")
def site(db_path):
    with serving(db_path) as base:
        yield base


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site):
    """A fresh 1280×800 page that records console errors, page errors and every request."""
    # Photographed at 0.6 of the screen's pixels, so the pictures are small enough to keep beside the README.
    context = browser.new_context(viewport=SCREEN, device_scale_factor=0.6,
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.problems = []
    page.requested = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()


def settled(page, site: str) -> None:
    """Nothing went wrong on the page and nothing left the machine."""
    page.wait_for_load_state("networkidle")
    assert page.problems == []
    assert all(url.startswith(site) for url in page.requested), "a request left the machine"


# --- the pages a newcomer opens, at 1280×800 --------------------------------------------


def test_home_page_shows_the_tables_with_descriptions(page, site, screenshots):
    page.goto(site + "/")
    tables = page.locator("dl.crr-tables dt")
    assert tables.count() >= 12
    assert "One cited figure a row." in page.inner_text("dl.crr-tables")
    page.screenshot(path=str(screenshots / "home.png"))
    settled(page, site)
    page.click("header >> text=Ask")
    assert page.url.endswith("/-/ask")


def test_a_table_page_shows_its_first_rows_on_the_first_screen(page, site, screenshots):
    page.goto(f"{site}/china_russia/observations")
    page.screenshot(path=str(screenshots / "table.png"))
    first, third = (page.locator("table.rows-and-columns tbody tr").nth(n).bounding_box() for n in (0, 2))
    assert first["y"] + first["height"] <= SCREEN["height"], first
    assert third["y"] < SCREEN["height"], third  # rows, not one row
    # What each column holds: in the header's title, and folded below the rows.
    assert page.locator("th[data-column=period]").get_attribute("title").startswith("The period")
    assert not page.locator("dl.column-descriptions").is_visible()
    page.click("details.crr-columns > summary")
    assert page.locator("dl.column-descriptions").is_visible()
    # The facets open as lists whose labels break between words only.
    page.click("#facet-source_id > summary")
    labels = page.locator("#facet-source_id li a")
    assert labels.count() >= 5
    assert page.eval_on_selector("#facet-source_id li", "li => getComputedStyle(li).wordBreak") == "normal"
    # Numbers as people write them, with their unit.
    values = page.locator("td.col-value").all_inner_texts()
    assert values and not [v for v in values if v.endswith(".0") and "TIV" not in v], values[:10]
    settled(page, site)


def test_a_row_page_shows_the_row_and_its_citation(page, site, screenshots):
    page.goto(f"{site}/china_russia/observations/chinese-visits-russia-2019-dash")
    page.screenshot(path=str(screenshots / "row.png"))
    assert "2,300,000 visits" in page.inner_text("table.crr-row-fields")
    citation = page.locator(".crr-citation").bounding_box()
    assert citation["y"] < SCREEN["height"]
    settled(page, site)


def test_the_dashboard_has_drawn_every_chart_by_the_time_it_has_loaded(page, site, screenshots):
    page.goto(f"{site}/-/dashboards/{DASHBOARD}", wait_until="load")
    # No waiting for a chart: the rows came with the page, so the marks are there.
    marks = page.eval_on_selector_all(
        ".dashboard-card-chart",
        f"cards => cards.map(card => [card.id, card.querySelectorAll('svg {MARKS}').length,"
        " card.getBoundingClientRect().width, card.getBoundingClientRect().height])")
    assert sorted(card_id for card_id, *_ in marks) == sorted(f"chart-{slug}" for slug in DRAWN)
    assert all(count > 0 and width > 300 and height > 80 for _, count, width, height in marks), marks
    figures = page.locator("ul.crr-figures")
    assert figures.count() == len(CHARTS) - len(DRAWN)
    assert "11 exercises" in page.inner_text("#chart-exercises")
    # One unit a chart, time on a temporal axis, a missing year a break in the line.
    charts = page.evaluate("() => crrCharts")
    for slug in DRAWN:
        spec = charts[slug]["spec"]
        units = {row["unit"] for row in spec["data"]["values"] if row.get("unit")}
        assert len(units) <= 1 and (units or slug == "timeline"), (slug, units)
        if slug not in ("russia_sells", "china_sells"):
            assert spec["encoding"]["x"]["type"] == "temporal", slug
    paths = page.eval_on_selector_all("#chart-trade g.mark-line path", "ps => ps.map(p => p.getAttribute('d'))")
    assert max(d.count("M") for d in paths) >= 3  # Wikipedia's years apart: pieces, not one line
    titles = page.locator(".dashboard-card-title").all_inner_texts()
    assert not [t for t in titles if "recorded as events" in t]
    assert "Entries in crr's timeline" in page.inner_text("#card-timeline")
    assert "not a count" in page.inner_text("#card-timeline")
    page.screenshot(path=str(screenshots / "dashboard.png"))
    page.screenshot(path=str(screenshots / "dashboard-full.png"), full_page=True)
    settled(page, site)
    assert not [url for url in page.requested if ".json?sql=" in url]  # no request for rows after the page


def test_a_chart_says_each_points_source_in_its_tooltip(page, site):
    page.goto(f"{site}/-/dashboards/{DASHBOARD}/arms", wait_until="load")
    point = page.locator(f"#chart-arms svg g.mark-symbol path").nth(5)
    point.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    assert "SIPRI" in text and "TIV mn" in text and "period" in text
    settled(page, site)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_the_dashboard_draws_in_plain_headless_chromium_without_a_time_budget(site, tmp_path):
    """What `chromium --headless --screenshot` would photograph: the page at its load event."""
    dumped = subprocess.run([CHROMIUM, *CHROMIUM_ARGS, f"--user-data-dir={tmp_path}", "--dump-dom",
                             f"{site}/-/dashboards/{DASHBOARD}"],
                            capture_output=True, text=True, timeout=60)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    for slug in DRAWN:
        card = dumped.stdout.split(f'id="chart-{slug}"')[1].split('class="dashboard-card-note"')[0]
        assert "<svg" in card and 'class="mark-' in card, slug


def test_dashboard_filters_by_topic_and_years(page, site):
    page.goto(f"{site}/-/dashboards/{DASHBOARD}")
    page.select_option("#topic", "Trade")
    page.fill("#year_from", "2015")
    page.click("input[type=submit]")
    page.wait_for_load_state("load")
    shown = page.eval_on_selector_all(".dashboard-card", "cards => cards.map(c => c.dataset.topic)")
    assert shown and set(shown) == {"Trade"}
    assert "topic=Trade" in page.url and "year_from=2015" in page.url
    drawn = page.eval_on_selector_all(".dashboard-card-chart", f"cards => cards.map(c => c.querySelectorAll('{MARKS}').length)")
    assert drawn and all(drawn)
    settled(page, site)


def test_ask_page_shows_the_reading_and_answers_with_citations(page, site, screenshots):
    page.goto(f"{site}/-/ask")
    page.fill("input[name=q]", "trade in 2024 according to my grandmother")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".crr-reading")
    assert "Not used: “grandmother”" in page.inner_text(".crr-reading")
    page.fill("input[name=q]", "trade in 2024")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".crr-answer ol.footnotes li")
    page.screenshot(path=str(screenshots / "ask.png"))
    reading = page.locator(".crr-reading")
    assert reading.inner_text().startswith("Read as: Bilateral trade (USD bn), 2024")
    assert reading.bounding_box()["y"] < page.locator(".crr-ask-answer").bounding_box()["y"]
    assert "USD 245 bn" in page.inner_text(".crr-answer")
    notes = page.locator(".crr-answer ol.footnotes > li")
    assert notes.count() == 2
    assert "Economic relations" in notes.nth(1).inner_text()
    row_links = page.locator("a.crr-row")
    assert row_links.count() >= 2
    settled(page, site)
    row_links.first.click()
    page.wait_for_selector(".crr-citation")
    assert "/china_russia/observations/" in page.url


def test_the_ask_page_answers_a_follow_up_after_the_answer_before(page, site, screenshots):
    page.goto(f"{site}/-/ask")
    page.fill("input[name=q]", "trade in 2024?")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".crr-ask-answer")
    page.fill("input[name=q]", "and in 2022?")
    page.click("input[type=submit]")
    page.wait_for_selector(".crr-conversation")
    page.screenshot(path=str(screenshots / "ask-follow-up.png"))
    assert page.inner_text(".crr-conversation") == "trade in 2024?"
    assert page.inner_text(".crr-reading").startswith("Read as: Bilateral trade (USD bn), 2022")
    assert "USD 190 bn" in page.inner_text(".crr-answer")
    page.click("text=start a new conversation")
    page.wait_for_selector("input[name=q]")
    assert page.locator(".crr-conversation").count() == 0


def test_copy_citation_puts_the_citation_on_the_clipboard(page, site):
    page.goto(f"{site}/-/ask?q=trade+in+2024")
    button = page.locator(".crr-answer ol.footnotes > li button.crr-copy").first
    button.click()
    page.wait_for_function("() => document.querySelector('.crr-answer ol.footnotes button.crr-copy').textContent === 'Copied'")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "China-Russia Dashboard" in copied and "merics.org" in copied and "Copy" not in copied
    settled(page, site)


def test_copy_answer_puts_the_sentence_its_marks_and_its_notes_on_the_clipboard(page, site):
    page.goto(f"{site}/-/ask?q=trade+in+2024")
    page.click("button.crr-copy-answer")
    page.wait_for_function("() => document.querySelector('button.crr-copy-answer').textContent === 'Copied'")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "USD 245 bn (China-Russia Dashboard[1]; Wikipedia, a record[2])" in copied
    assert "\n[1] " in copied and "\n[2] " in copied and "Copy" not in copied


def test_a_follow_up_typed_from_the_keyboard_is_asked_alone(page, site):
    # after an answer the box is empty, so what is typed is the next question only
    page.goto(f"{site}/-/ask?q=trade+in+2024%3F")
    page.wait_for_selector(".crr-ask-answer")
    assert page.input_value("input[name=q]") == ""
    page.click("input[name=q]")
    page.keyboard.type("and in 2022?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".crr-conversation")
    assert page.inner_text(".crr-answer-heading") == "Answer to “and in 2022?”"
    assert page.inner_text(".crr-reading").startswith("Read as: Bilateral trade (USD bn), 2022.")


def test_pages_name_their_language_and_let_the_keyboard_skip_to_content(page, site):
    page.goto(f"{site}/-/ask?q=trade+in+2024")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("[role=main]").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"


def test_a_question_too_long_is_given_back_in_the_box_to_shorten(page, site):
    page.goto(f"{site}/-/ask?q=" + "trade+" * 120)
    assert "up to 500" in page.inner_text(".message-error")
    assert page.input_value("input[name=q]").startswith("trade trade")


def test_a_dashboard_narrowed_to_a_phone_fits_its_charts_to_the_screen(page, site):
    # (a tablet turned, or a window narrowed: the charts drawn wide shrink with it)
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(f"{site}/-/dashboards/china-russia")
    page.wait_for_selector("#chart-trade svg")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(1500)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_table_on_a_phone_labels_each_value_with_its_own_column(page, site):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site}/china_russia/observations?metric_id=trade_total")
    cell = page.locator("td.col-value").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"value"'


def test_reference_manager_entries_scroll_in_their_box_on_a_phone(page, site):
    # a long BibTeX line scrolls inside its box; the page keeps to the screen
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site}/-/ask?q=trade+in+2024+in+bibtex")
    assert "@online{" in page.inner_text(".crr-entries pre")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
