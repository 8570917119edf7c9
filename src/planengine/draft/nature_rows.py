"""Indicator tables copied one cell a paragraph, each row closed by the indicator's nature.

A page's table of indicators often comes out of a copy with every cell a paragraph of its own
and the blank cells left out::

    领域 / 序号 / 主要指标 / 单位 / 2020年 / 2025年目标 / 指标性质
    健康水平 / 1 / 人均预期寿命 / 82.98 / >79 / 预期性
    2 / 孕产妇死亡率 / /10万 / 9.7 / <9 / 预期性
    其中:每千人口拥有中医类别执业(助理)医师数 / 0.105 / 0.42 / 预期性

Counting cells cannot tell the rows apart (a row leaves out its unit, its category or its number),
but each row ends with its nature (预期性, 约束性), the cell before it is the target and the cells
before that its base. :func:`nature_closed_tables` gives the shadow such a table one row a line of
``|`` cells under its header, each cell in its column and a blank cell where one was left out
(``1 | 人均预期寿命 |  | 82.98 | >79 | 预期性``), so that the reader takes it as any ``|`` table. The
category column (领域) names a group of rows, no indicator: it is left blank. Offsets stay those of
the text (one character for one); a table whose gaps leave no room for its blank cells is left as
it was.
"""

from __future__ import annotations

import re
from typing import Final

from .text import line_spans

__all__ = ["nature_closed_tables"]

#: The last column of such a table: the indicator's nature.
_NATURE_HEADER: Final = re.compile(r"(?:指标)?(?:性质|属性|类型)")
#: A row's closing cell: the indicator's nature.
_NATURE: Final = re.compile(r"预期性?|约束性?")
#: The column of the target, right before the nature (2025年目标, 目标值, 2025年).
_TARGET_HEADER: Final = re.compile(r".{0,8}?(?:目标|20\d{2}年?)(?:值)?")
#: A column grouping rows under a category, before the rows' numbers (领域, 类别, 分类).
_CATEGORY_HEADER: Final = re.compile(r"(?:领域|类别|分类|类型|方面)")
#: A row's number.
_SERIAL: Final = re.compile(r"\d{1,3}")
#: A cell of a base figure: a number, or a dash for none.
_BASE_CELL: Final = re.compile(r"[-—–－/／]|[<>≤≥＜＞]?\s*\d[\d.,]*\s*[%‰]?")
#: The longest cell a header may have, and a table's.
_HEADER_CELL: Final = 12
_CELL: Final = 60
#: The longest a category's cell is (健康水平, 健康服务).
_CATEGORY_CELL: Final = 8
#: The fewest and most columns such a header has.
_FEWEST: Final = 5
_MOST: Final = 10


def nature_closed_tables(sh: str) -> str:
    """The shadow with each indicator table copied one cell a paragraph, its rows closed by their
    nature, joined into rows of ``|`` cells, one character for one."""
    if not _NATURE.search(sh):
        return sh
    cells = [(a, b) for a, b in line_spans(sh) if sh[a:b].strip()]
    out = list(sh)
    index = 0
    while index < len(cells):
        header = _header_at(sh, cells, index)
        if header is None:
            index += 1
            continue
        rows, after = _rows_after(sh, cells, index + len(header))
        if rows and _write(sh, out, cells[index : index + len(header)], header, rows):
            index = after
        else:
            index += 1
    return "".join(out)


def _header_at(sh: str, cells: list[tuple[int, int]], index: int) -> list[str] | None:
    """The header's words, where the cells from ``index`` are a header: short words, 序号 among them,
    a target's column and the nature's last."""
    words: list[str] = []
    for a, b in cells[index : index + _MOST]:
        word = re.sub(r"\s+", "", sh[a:b])
        if len(word) > _HEADER_CELL or any(ch.isdigit() for ch in word) and not _TARGET_HEADER.fullmatch(word):
            return None
        words.append(word)
        if _NATURE_HEADER.fullmatch(word) and len(words) >= _FEWEST:
            break
    else:
        return None
    if "序号" not in words or not _TARGET_HEADER.fullmatch(words[-2]) or _NATURE.fullmatch(words[-1]):
        return None
    serial = words.index("序号")
    if serial > 1 or (serial == 1 and not _CATEGORY_HEADER.fullmatch(words[0])):
        return None
    return words


def _rows_after(sh: str, cells: list[tuple[int, int]], start: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The rows from ``start``, each closed by its nature, up to a cell no row holds (a sentence, a
    long cell) or a run of cells no nature closes; and the index of the cell after the last row."""
    rows: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    index = start
    while index < len(cells):
        a, b = cells[index]
        word = sh[a:b].strip()
        if len(word) > _CELL or "。" in word or len(current) >= _MOST:
            break
        current.append((a, b))
        if _NATURE.fullmatch(word):
            rows.append(current)
            current = []
        index += 1
    return rows, index - len(current)


def _write(
    sh: str, out: list[str], header_cells: list[tuple[int, int]], header: list[str], rows: list[list[tuple[int, int]]]
) -> bool:
    """Write the header and the rows into the shadow, each cell in its column; a row whose cells fit no columns,
    or whose gaps leave no room for its blank cells, is left as it was. False (nothing written) where no row is
    written."""
    category = _CATEGORY_HEADER.fullmatch(header[0]) is not None and header[1] == "序号"
    header_line = list(zip(header_cells[1:] if category else header_cells, range(len(header))))
    header_gaps = _line_gaps(sh, header_line)
    if header_gaps is None:
        return False
    writes = header_gaps
    if category:  # (领域 left blank, the header's line opening at 序号)
        writes.append((header_cells[0][0], header_cells[1][0], " " * (header_cells[1][0] - header_cells[0][0])))
    previous_end, rows_written = header_cells[-1][1], 0
    for row in rows:
        cols = _columns(sh, row, header, category)
        if cols is not None:
            gaps = _line_gaps(sh, cols)
            # the row's line opens after the line before it (a category's cell between: blanked)
            opening = _gap(sh, previous_end, cols[0][0][0], cols[0][1], opens_line=True)
            if gaps is not None and opening is not None:
                writes.extend(gaps)
                writes.append((previous_end, cols[0][0][0], opening))
                rows_written += 1
        previous_end = row[-1][1]
    if not rows_written:
        return False
    for start, end, written in writes:
        out[start:end] = list(written)
    return True


def _line_gaps(sh: str, line: list[tuple[tuple[int, int], int]]) -> list[tuple[int, int, str]] | None:
    """The gaps between a line's cells as the shadow holds them (a bar a column crossed), or None where one
    is too short for its bars."""
    writes = []
    for (span, column), (next_span, next_column) in zip(line, line[1:]):
        gap = _gap(sh, span[1], next_span[0], next_column - column)
        if gap is None:
            return None
        writes.append((span[1], next_span[0], gap))
    return writes


def _category_cell(sh: str, row: list[tuple[int, int]]) -> bool:
    """Whether a row opens with a category's cell (健康水平 / 1 / …): a short word, no figure or mark in it,
    its number second and a name, a target and a nature after."""
    if len(row) < 5:
        return False
    first = sh[row[0][0] : row[0][1]].strip()
    return (
        len(first) <= _CATEGORY_CELL
        and not re.search(r"[\d:：,，。]", first)
        and _SERIAL.fullmatch(sh[row[1][0] : row[1][1]].strip()) is not None
    )


def _columns(
    sh: str, row: list[tuple[int, int]], header: list[str], category: bool
) -> list[tuple[tuple[int, int], int]] | None:
    """Each of a row's cells with its column (counted without the category's), or None where they
    fit none: number and name from the left, nature, target and bases from the right, a word between
    them the unit's."""
    offset = 1 if category else 0
    cells = row[1:] if category and _category_cell(sh, row) else row
    words = [sh[a:b].strip() for a, b in cells]
    nature_column = len(header) - 1 - offset
    target_column = nature_column - 1
    name_column = 1
    unit_column = header.index("单位") - offset if "单位" in header else None
    placed: list[tuple[tuple[int, int], int]] = []
    at = 0
    if _SERIAL.fullmatch(words[0]):
        placed.append((cells[0], 0))
        at = 1
    if len(words) - at < 3:
        return None  # a name, a target and a nature at least
    placed.append((cells[at], name_column))
    middle = list(range(at + 1, len(words) - 2))
    first_base = (unit_column + 1) if unit_column is not None else name_column + 1
    bases = list(range(first_base, target_column))
    base_cells = [k for k in middle if _BASE_CELL.fullmatch(words[k])]
    unit_cells = [k for k in middle if k not in base_cells]
    if len(unit_cells) > (1 if unit_column is not None else 0) or len(base_cells) > len(bases):
        return None
    if unit_cells and unit_column is not None:
        placed.append((cells[unit_cells[0]], unit_column))
    for k, column in zip(base_cells, bases[len(bases) - len(base_cells) :]):
        placed.append((cells[k], column))  # (the bases nearest the target: a blank one is the earliest)
    placed.append((cells[-2], target_column))
    placed.append((cells[-1], nature_column))
    placed.sort(key=lambda pair: pair[0][0])
    columns = [column for _, column in placed]
    return placed if columns == sorted(set(columns)) else None


def _gap(sh: str, start: int, end: int, bars: int, *, opens_line: bool = False) -> str | None:
    """What the shadow holds between two cells ``bars`` columns apart (a bar a column crossed, blanks
    after), or between a row's line and the one before it (a line end, then a bar a blank column);
    None where the gap is too short."""
    length = end - start
    if opens_line:
        if length < bars + 1 or "\n" not in sh[start:end]:
            return None
        return "\n" + "|" * bars + " " * (length - 1 - bars)
    if length < bars or bars < 1:
        return None
    return "|" * bars + " " * (length - bars)
