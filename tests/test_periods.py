from datetime import date

import pytest

from assistant.data.periods import PeriodError, parse_period, precision


@pytest.mark.parametrize(
    "label, start, end",
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2022-12", date(2022, 12, 1), date(2022, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2022-02-24", date(2022, 2, 24), date(2022, 2, 24)),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30)),
        ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31)),
        ("2011/2021", date(2011, 1, 1), date(2021, 12, 31)),
        ("2022-02-24/2026-02-11", date(2022, 2, 24), date(2026, 2, 11)),
        ("../2022-02-23", None, date(2022, 2, 23)),
    ],
)
def test_labels_have_first_and_last_days(label, start, end):
    assert parse_period(label) == (start, end)


@pytest.mark.parametrize("label", ["24", "2024-13", "2023-02-30", "2025/2024", "soon", "2024-H3", ""])
def test_bad_labels_are_refused(label):
    with pytest.raises(PeriodError):
        parse_period(label)


def test_precision_follows_the_form():
    assert [precision(p) for p in ["2024", "2024-05", "2024-05-09", "2011/2021"]] == [
        "year", "month", "day", "span"]
