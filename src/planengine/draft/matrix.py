"""Tables of units a column, a mark in each cell: who leads a row (★) and who helps (○).

A county's breakdown of its key work is often drawn as a matrix, a column per unit::

    序号 | 重点工作任务及目标 | 县发改委 | 县财政局 | 县工信局 | … | 各乡镇(街道)
    1    | 地区生产总值增长6.5%左右…   | ★        | ○        |          | … | ○
    注:★为牵头单位,○为配合单位。

The header names the units; each row marks under them who leads and who helps. A legend (usually
after the table) says which mark is which; without one, ★ ▲ ■ ◆ lead and the other marks help.
:func:`unit_columns` finds such a header, :func:`read_legend` its legend, and
:func:`marked_units` a row's units from its marks.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from .responsibility import HELPING, looks_like_unit, names_collective_or_village

__all__ = ["Legend", "marked_units", "read_legend", "unit_columns"]

#: The marks a matrix puts in its cells.
_MARKS: Final = "★☆▲△●○◎■□◆◇√✓✔"
_MARK_CELL: Final = re.compile(rf"\s*([{_MARKS}])\s*")
#: A cell saying in words whether its unit leads or helps.
_WORD_CELL: Final = re.compile(rf"\s*(?:牵头|主责|主办|{HELPING})\s*")
#: A legend's entry: ★为牵头单位, ○表示配合单位, ●:责任单位.
_LEGEND_ENTRY: Final = re.compile(rf"([{_MARKS}])\s*(?:为|表示|代表|是|:|：)\s*(牵头|主责|主办|责任|{HELPING})")
#: Marks that lead when no legend says otherwise.
_LEADING_MARKS: Final = "★▲■◆"
#: How far after the header a legend is looked for (a table of a few hundred rows).
_LEGEND_REACH: Final = 20000
#: Words that name a column of a table, never a unit (建设单位 is a column of units, not a unit).
_COLUMN_WORDS: Final = re.compile(
    r"单位|部门|科室|股室|处室|名称|内容|时限|时间|领导|责任人|情况|备注|目标|任务|措施|序号|类别"
)

#: A legend: mark -> "lead" or "support".
Legend = dict[str, str]


def unit_columns(names: list[str] | tuple[str, ...]) -> dict[int, str]:
    """The columns of a header named by a unit (县发改委, 各乡镇(街道)), when three or more are:
    column index -> the unit's name; else none."""
    return dict(_unit_columns(tuple(names)))


@functools.lru_cache(maxsize=256)
def _unit_columns(names: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    named = tuple((i, name) for i, name in enumerate(names) if _names_a_unit(name))
    return named if len(named) >= 3 else ()


def _names_a_unit(name: str) -> bool:
    if not name or len(name) > 14 or _COLUMN_WORDS.search(name):
        return False
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", name)  # 各乡镇(街道): the scope in brackets aside
    return looks_like_unit(bare) or names_collective_or_village(bare)


def read_legend(text: str, start: int) -> Legend:
    """The legend of a matrix: the first line from ``start`` on (the table's title, or a note after
    it) that says what its marks mean (注:★为牵头单位,○为配合单位); empty where none does, and
    :func:`marked_units` gives marks their usual meanings."""
    end = min(len(text), start + _LEGEND_REACH)
    first = _LEGEND_ENTRY.search(text, start, end)
    if first is None:
        return {}
    line_end = text.find("\n", first.start(), end)
    entries = _LEGEND_ENTRY.findall(text, first.start(), line_end if line_end >= 0 else end)
    leads_named = any(word in ("牵头", "主责", "主办") for _, word in entries)
    legend: Legend = {}
    for mark, word in entries:
        leads = word in ("牵头", "主责", "主办") or (word == "责任" and not leads_named)
        legend.setdefault(mark, "lead" if leads else "support")
    return legend


def marked_units(marks: list[tuple[str, str]], legend: Legend) -> tuple[list[str], list[str]]:
    """A row's lead and supporting units from ``(unit, cell)`` pairs: each marked cell names its
    column's unit, leading or helping as the legend says."""
    lead: list[str] = []
    support: list[str] = []
    for unit, cell in marks:
        mark = _MARK_CELL.fullmatch(cell)
        if mark is not None:
            role = legend.get(mark.group(1)) or ("lead" if mark.group(1) in _LEADING_MARKS else "support")
        elif _WORD_CELL.fullmatch(cell):  # 牵头 / 配合 written in the cell
            role = "lead" if cell.strip() in ("牵头", "主责", "主办") else "support"
        else:
            continue
        (lead if role == "lead" else support).append(unit)
    return lead, support
