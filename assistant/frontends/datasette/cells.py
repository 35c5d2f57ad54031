"""Numbers on the site's HTML pages as people write them.

SQLite gives every REAL as a float, so Datasette shows 2300000.0 and 30.0.
Here a float reads 2,300,000 and 30; it keeps a decimal that the source wrote
(`as_written` "245.0" shows 245.0), and a figure column shows its row's unit
(2,300,000 visits, USD 245 bn, 30%).  Only the HTML changes: the JSON and CSV
keep the stored values.  A long text shows its first lines in a table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from ...writing.render import format_number, format_value

# Columns that hold a figure in the unit of the row's `unit` column, by table
# (None: any table or query result with a `unit` column).
FIGURE_COLUMNS = {"value", "value_a", "value_b", "difference", "start_value", "end_value",
                  "change_derived"}
LONG_TEXT = 90  # characters from which a table cell shows its first lines only
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*\.(\d+)")


def _get(row, column: str):
    try:
        return row[column]
    except (KeyError, IndexError, TypeError):
        return None


def written_decimals(value: float, as_written: str | None) -> int:
    """The decimals the source wrote for this value ('245.0' -> 1), if it wrote it with any."""
    for match in _WRITTEN_NUMBER.finditer(as_written or ""):
        number = float(match[0].replace(",", ""))
        if number == value:
            return len(match[1])
    return 0


def number(value: float, as_written: str | None = None) -> str:
    """2300000.0 -> '2,300,000'; 30.0 -> '30'; 245.0 written '245.0' -> '245.0'."""
    decimals = written_decimals(value, as_written)
    shown = format_number(value)
    if decimals and len(shown.partition(".")[2]) < decimals:
        shown = f"{value:,.{decimals}f}"
    return shown


def render(row, value, column: str) -> Markup | None:
    """The cell's HTML, or None to leave it to Datasette (floats and long texts change)."""
    if isinstance(value, str) and len(value) > LONG_TEXT and not value.startswith(("http://", "https://")):
        # A few lines in the table, so that a page shows rows rather than one note;
        # the whole text on hover and on the row's page.
        return Markup('<div class="crr-long" title="{text}">{text}</div>').format(text=value)
    if not isinstance(value, float) or value != value or value in (float("inf"), float("-inf")):
        return None
    unit = _get(row, "unit")
    as_written = _get(row, "as_written")
    # 0.0 and -0.0 are equal keys to a cache, yet their titles differ.
    html = _float_html if value else _float_html.__wrapped__
    return html(value, as_written if isinstance(as_written, str) else None,
                unit if column in FIGURE_COLUMNS and isinstance(unit, str) else None)


@lru_cache(maxsize=4096)
def _float_html(value: float, as_written: str | None, unit: str | None) -> Markup:
    """A float's cell; kept, as a table page shows the same few figures again and again."""
    shown = number(value, as_written)
    if unit:
        written = format_value(value, unit)
        shown = written.replace(format_number(value), shown, 1)
    return Markup('<span class="crr-number" title="{raw}">{shown}</span>').format(
        raw=escape(repr(value)), shown=shown)
