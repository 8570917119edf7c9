"""Tables copied with every cell on lines of its own and a line holding one bar between cells.

Some pages come out of a copy as::

    1
    |
    粮食产量100亿斤以上。
    |
    市农技中心
    |
    2024年底前

a row's cells one under another, a ``|`` line between two cells, each row opening with its
serial number (1, 2, 3 …) and a cell of several units one name a line. :func:`bar_separated_rows`
gives the shadow such a table one row a line (``1 | 粮食产量… | 市农技中心 | 2024年底前``), so the
reader takes it as any ``|`` table; offsets stay those of the text (one character for one).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["bar_separated_rows"]

#: A line holding a bar and nothing else: the border between two cells.
_BAR: Final = re.compile(r"[ \t]*\|[ \t]*")
#: The last cell of a table's last row is short and no sentence; a longer line is the text after it.
_LAST_CELL: Final = re.compile(r"[^。;；\n]{1,24}")
_SERIAL: Final = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
#: How many lines a row's cell may take before the next bar (units one a line, phone numbers).
_CELL_LINES: Final = 8
#: A table of this kind has at least this many rows, each of at least this many cells.
_ROWS: Final = 2
_CELLS: Final = 3


def _line_spans(sh: str) -> list[tuple[int, int]]:
    spans = []
    begin = 0
    while (newline := sh.find("\n", begin)) >= 0:
        spans.append((begin, newline))
        begin = newline + 1
    spans.append((begin, len(sh)))
    return spans


def bar_separated_rows(sh: str) -> str:
    """The shadow with tables of bar-separated cell lines joined one row a line.

    A row opens at a line holding only its serial number with a bar line after it; the serials
    count up by one. Within a row every line end becomes a blank; the line end before the next
    serial stays. A row ends, and with it the table, at a cell line after which no bar comes
    within a few lines. Runs that are not such tables (a lone bar, one row) are left as they are.
    """
    if "|" not in sh:
        return sh
    lines = _line_spans(sh)
    bar = [bool(_BAR.fullmatch(sh, a, b)) for a, b in lines]
    out = list(sh)
    index = 0
    while index < len(lines) - 1:
        serial = _SERIAL.fullmatch(sh, *lines[index])
        if serial is None or not bar[index + 1]:
            index += 1
            continue
        rows = _table_rows(sh, lines, bar, index, int(serial.group(1)))
        if len(rows) >= _ROWS and all(sum(bar[a:b]) >= _CELLS - 1 for a, b in rows):
            for first, after in rows:
                for a, _ in lines[first + 1 : after]:
                    out[a - 1] = " "  # the line end before each line of the row but its first
            index = rows[-1][1]
        else:
            index += 1
    return "".join(out)


def _table_rows(
    sh: str, lines: list[tuple[int, int]], bar: list[bool], first: int, number: int
) -> list[tuple[int, int]]:
    """The rows of the table opening at line ``first`` (serial ``number``): (first line, line after)."""
    rows: list[tuple[int, int]] = []
    start = first
    index = first + 1
    since_bar = 0  # cell lines since the last bar
    while index < len(lines):
        if bar[index]:
            since_bar = 0
            index += 1
            continue
        serial = _SERIAL.fullmatch(sh, *lines[index])
        opens_row = (
            serial is not None and int(serial.group(1)) == number + 1 and index + 1 < len(lines) and bar[index + 1]
        )
        if opens_row:
            rows.append((start, index))
            start, number, since_bar = index, number + 1, 0
            index += 1
            continue
        blank = not sh[slice(*lines[index])].strip()
        if (blank and not (index + 1 < len(lines) and bar[index + 1])) or since_bar >= _CELL_LINES:
            break  # a blank line not between bars, or text running on without a bar: the table is over
        if not _bar_ahead(bar, index):
            if _LAST_CELL.fullmatch(sh, *lines[index]):
                index += 1  # the row's last cell (a phone number, a date, a name)
            break
        since_bar += 1
        index += 1
    rows.append((start, index))
    return rows


def _bar_ahead(bar: list[bool], index: int) -> bool:
    """Whether a bar line comes within a cell's lines after line ``index``."""
    return any(bar[index + 1 : index + 1 + _CELL_LINES])
