"""Tables copied a cell a line with no bars, their rows told apart by the units' cell.

A table taken from a page often comes out as one cell a line, a blank line between cells, and no
row numbers::

    项目名称
    项目内容
    责任单位
    进展情况
    (一)
    经济社会发展主要预期目标
    地区生产总值增长6.5%以上
    区发改经信局、各街道
    一季度指标尚未出报
    全社会R&D经费支出增长15%
    …

Rows differ in length (a group's first row carries its name), so no count of lines parts them;
the units do: every line naming units alone is a row's units cell, the line before it the row's
content and the lines after it the columns the header puts after the units (its progress so far).
:func:`unit_anchored_rows` gives the shadow such a table one row a line (``地区生产总值增长6.5%以上
|区发改经信局、各街道 |一季度指标尚未出报``) under a header of the same columns, so the reader takes
it as any ``|`` table, and a group's marker and name as one heading (``(一) 经济社会发展…``).
Offsets stay those of the text (one character for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .text import line_spans

__all__ = ["unit_anchored_rows"]

#: The header cell of the units' column.
_UNITS_HEADER: Final = re.compile(r"责任单位|牵头单位|责任部门|牵头部门|责任科室|责任处室|主责单位")
#: A group's marker alone on its line ((一), 一、).
_GROUP_MARKER: Final = re.compile(r"\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*")
#: Blanks alone, to the text's end.
_BLANKS: Final = re.compile(r"\s*")
#: A group's name: a short line with no figure and no sentence's end.
_GROUP_NAME: Final = re.compile(r"[^\d。;；,，|]{2,30}")


def unit_anchored_rows(sh: str, header_word: Callable[[str], bool], units_cell: Callable[[str], bool]) -> str:
    """The shadow with a cell-a-line table, rows told by their units' cell, joined into ``|`` rows;
    ``header_word`` tells a header's cell (项目内容), ``units_cell`` a cell of units (区财政局、各街道)."""
    if not _UNITS_HEADER.search(sh):
        return sh
    lines = [(a, b) for a, b in line_spans(sh) if sh[a:b].strip()]

    def is_units(line: tuple[int, int]) -> bool:
        cell = sh[line[0] : line[1]].strip()
        return "|" not in cell and units_cell(cell)

    out: list[str] | None = None
    index = 0
    while index < len(lines):
        header_end = index
        while (
            header_end < len(lines)
            and "|" not in _cell(sh, lines[header_end])
            and header_word(_cell(sh, lines[header_end]))
        ):
            header_end += 1
        header = [_cell(sh, line) for line in lines[index:header_end]]
        units_at = next((i for i, word in enumerate(header) if _UNITS_HEADER.fullmatch(word)), -1)
        if len(header) < 3 or units_at < 1:
            index = max(header_end, index + 1)
            continue
        after = len(header) - units_at - 1  # the columns after the units (进展情况, 完成时限)
        rows, groups, at = _rows(sh, lines, header_end, after, is_units)
        if len(rows) < 2:
            index = header_end
            continue
        out = out if out is not None else list(sh)
        _join(out, lines[index + units_at - 1 : header_end])  # the header from the content's column on
        for row in rows:
            _join(out, row)
            end = row[-1][1]
            if len(row) < after + 2 and end < len(sh) and (sh.startswith("\n\n", end) or _BLANKS.fullmatch(sh, end)):
                out[end] = "|"  # a row whose last cells are blank: closed by a bar, the blank line (or the end) ends it
        for marker, name in groups:
            _spread(out, marker[1], name[0])  # (一) / 经济社会发展主要预期目标: one heading
        index = at
    return sh if out is None else "".join(out)


def _rows(
    sh: str, lines: list[tuple[int, int]], start: int, after: int, is_units: Callable[[tuple[int, int]], bool]
) -> tuple[list[list[tuple[int, int]]], list[tuple[tuple[int, int], tuple[int, int]]], int]:
    """The rows from ``start`` (each its content, its units and ``after`` cells more), the groups'
    markers with their names, and where the table ends."""
    rows: list[list[tuple[int, int]]] = []
    groups: list[tuple[tuple[int, int], tuple[int, int]]] = []
    at = start
    while at + 1 < len(lines):
        if is_units(lines[at + 1]) and not is_units(lines[at]):
            end = at + 2
            while end < at + 2 + after and end < len(lines) and not is_units(lines[end]):
                if (end + 1 < len(lines) and is_units(lines[end + 1])) or _GROUP_MARKER.fullmatch(sh, *lines[end]):
                    break  # the next row's content, or the next group's marker: this row's later cells are blank
                end += 1
            rows.append(lines[at:end])
            at = end
            continue
        marker, name = lines[at], lines[at + 1]
        if (
            _GROUP_MARKER.fullmatch(sh, *marker)
            and _GROUP_NAME.fullmatch(_cell(sh, name))
            and at + 3 < len(lines)
            and is_units(lines[at + 3])
        ):
            groups.append((marker, name))
            at += 2
            continue
        break
    return rows, groups, at


def _cell(sh: str, line: tuple[int, int]) -> str:
    return re.sub(r"\s+", "", sh[line[0] : line[1]])


def _join(out: list[str], cells: list[tuple[int, int]]) -> None:
    """The gaps between ``cells`` (a line end, blank lines) become one bar each, blanks elsewhere."""
    for (_, end), (start, _) in zip(cells, cells[1:]):
        _spread(out, end, start)
        out[end] = "|"


def _spread(out: list[str], end: int, start: int) -> None:
    """The line ends from ``end`` up to ``start`` become blanks: what they parted is one line."""
    for i in range(end, start):
        if out[i] in "\n\r":
            out[i] = " "
