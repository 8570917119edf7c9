"""A small table of units alone under an item: its header the labels, its one row the units.

Some plans give each item its units in a table of two lines right under it::

    1.规模以上工业增加值增长8%以上。
    | 牵头单位 | 配合单位 |
    | 县工信局 | 县统计局 |

The table holds no target: it is the item's labelled units laid out in cells. :func:`labelled_unit_tables`
gives the text such a table as the labelled line it stands for (``牵头单位:县工信局;配合单位:县统计局``), which the
outline reads as any item's units, with the place in the text of each character (the labels' at the header's cells,
the units' at their own), so the draft is given back as the text writes it.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["labelled_unit_tables"]

#: A header cell labelling a column of units.
_LABEL: Final = r"(?:牵头|配合|责任|协办|参与|协同|主责|主办)(?:单位|部门|处室|科室|股室)|责任领导|牵头领导|分管领导|完成时限|时间节点"
#: The table: a header of labels (two at least, one naming units), its one row (and lines going on with it), each a
#: line of bar-parted cells, with no bar-parted line right after it (a longer table is read as a table; one right before
#: it is checked apart, see _bar_parted_line_before).
_UNITS_TABLE: Final = re.compile(
    rf"(?m)^(?P<header>[ \t\u3000]*[|｜]?[ \t\u3000]*(?:{_LABEL})[ \t\u3000]*"
    rf"(?:[|｜][ \t\u3000]*(?:{_LABEL})[ \t\u3000]*)+[|｜]?[ \t\u3000]*)\n"
    r"(?P<row>[ \t\u3000]*[|｜]?[^|｜\n]+(?:[|｜][^|｜\n]*)+)$"
    # (| | 各乡镇人民政府 |: a line going on with the row's cells, its first left blank)
    r"(?P<more>(?:\n[ \t\u3000]*[|｜][ \t\u3000]*[|｜][^\n]*)*)$(?!\n[ \t\u3000]*[|｜])"
)
#: A line's text.
_LINE: Final = re.compile(r"[^\n]+")
#: A line parted by bars (a table's row or header).
_BAR_PARTED: Final = re.compile(r"[^\n]*[|｜][^\n]*[|｜][^\n]*")


def _bar_parted_line_before(text: str, start: int) -> bool:
    """Whether the line right before the one at ``start`` is parted by bars (the table goes on above it)."""
    if start < 2:
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return _BAR_PARTED.fullmatch(text, above, start - 1) is not None


#: A cell's bar and the blanks around it.
_BAR: Final = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of the line ``text[start:end]``, blanks and the framing bars left out."""
    spans = []
    position = start
    for bar in [*_BAR.finditer(text, start, end), None]:
        stop = bar.start() if bar is not None else end
        cell_start, cell_end = position, stop
        while cell_start < cell_end and text[cell_start] in " \t\u3000":
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1] in " \t\u3000":
            cell_end -= 1
        spans.append((cell_start, cell_end))
        if bar is not None:
            position = bar.end()
    # (| a | b |: the bars framing the row open and close on empty cells, no cells of the table)
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


def labelled_unit_tables(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each table of units alone (see :data:`_UNITS_TABLE`) written as its labelled line, and the place in
    ``text`` of each character of the result; ``None`` where it holds no such table."""
    if "|" not in text and "｜" not in text:
        return None
    pieces: list[str] = []
    positions: list[int] = []
    done = 0
    for table in _UNITS_TABLE.finditer(text):
        labels = _cells(text, table.start("header"), table.end("header"))
        cells = _cells(text, table.start("row"), table.end("row"))
        if _bar_parted_line_before(text, table.start()):
            continue  # (| 序号 | 任务 | over it: the labels are a second line of a table's header)
        more = [
            _cells(text, line.start(), line.end())
            for line in _LINE.finditer(text, table.start("more"), table.end("more"))
        ]
        if (
            len(labels) != len(cells)
            or any(len(row) != len(labels) for row in more)
            or not any("单位" in text[a:b] or "部门" in text[a:b] for a, b in labels)
        ):
            continue
        pieces.append(text[done : table.start()])
        positions.extend(range(done, table.start()))
        first = True
        for column, (label_start, label_end) in enumerate(labels):
            filled = [row[column] for row in [cells, *more] if row[column][0] < row[column][1]]
            if not filled:
                continue  # (a column left blank names nothing)
            if not first:
                pieces.append(";")
                positions.append(label_start)
            first = False
            pieces.append(text[label_start:label_end] + ":")
            positions.extend([*range(label_start, label_end), label_end - 1])
            for index, (cell_start, cell_end) in enumerate(filled):
                if index:
                    pieces.append("、")  # (the cells of a column over two lines: one list)
                    positions.append(cell_start)
                pieces.append(text[cell_start:cell_end])
                positions.extend(range(cell_start, cell_end))
        done = table.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    positions.extend(range(done, len(text)))
    return "".join(pieces), positions
