"""A note under a table of places' shares naming who answers for the places' rows and the whole's.

A table giving each place its share (| 乡镇 | 家庭医生签约率(%) | … with a row a township and a 全县 row)
is answered for row by row by the places named in its first column. A note under it may say otherwise::

    注:表中各乡镇指标由各乡镇人民政府负总责,各乡镇卫生院具体实施;全县指标由县卫生健康局负责统筹考核。

Then every place's row is the collective's (各乡镇人民政府, with 各乡镇卫生院 helping), as the keys write
it, and the whole's row the unit named for it. :func:`answer_share_rows_by_note` reads such notes.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .responsibility import (
    Responsibility,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    split_units,
)
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_share_rows_by_note"]

#: The places' rows, then who answers for them (表中各乡镇指标由各乡镇人民政府负总责,各乡镇卫生院具体实施).
_PLACES_ROWS: Final = re.compile(
    r"(?:表中|上表|表内)?各(?P<kind>乡镇|镇|乡|街道|镇\(街道\)|镇（街道）|县|区|县区|县\(市、区\)|县（市、区）|市)"
    r"(?:的)?(?:指标|目标|任务|目标任务)(?:均)?(?P<who>由[^;；。\n]{2,80})"
)
#: The whole's row, then who answers for it (全县指标由县卫生健康局负责统筹考核).
_WHOLE_ROW: Final = re.compile(
    r"(?P<whole>全县|全市|全区|全镇|全乡|合计|总计)(?:的)?(?:指标|目标|任务|目标任务)(?:均)?(?P<who>由[^;；。\n]{2,60})"
)
#: A row's name that is a place of a kind (城关镇, 石门乡, 城东街道, 霁州市).
_PLACE_NAMED: Final = re.compile(r"[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|县|区|市)")
#: The units a statement names before what they do (由县卫生健康局负责统筹考核).
_NAMED_BY: Final = re.compile(r"由(?P<units>[^,，;；由]{2,40}?)(?:牵头|负总责|负责)")
#: How far under the table a note may stand (its lines of remarks).
_NOTE_REACH: Final = 600


def answer_share_rows_by_note(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the rows of a table of places' shares the units a note under it names for them."""
    for note in _PLACES_ROWS.finditer(text):
        places = _answer(note.group("who"))
        if places is None:
            continue
        rows = _rows_before(root, readings, note.start())
        whole = _WHOLE_ROW.search(text, note.end(), min(len(text), note.end() + 200))
        whole_answer = _answer(whole.group("who")) if whole is not None else None
        for row in rows:
            title = row.title.strip()
            if whole_answer is not None and whole is not None and title.startswith(whole.group("whole")):
                row.brackets[:] = [Bracket(whole.start(), whole.end(), whole_answer)]
            elif _PLACE_NAMED.fullmatch(title) and not title.startswith("全") and _answered_by_its_place(row):
                row.brackets[:] = [Bracket(note.start(), note.end(), places)]
            else:
                continue
            row.regions[:] = [attrs.evolve(r, segment=0) for r in row.regions]
            readings[id(row)] = [(0, reading) for _, reading in readings[id(row)]]


def _answer(statement: str) -> Responsibility | None:
    """Who a note's statement names (由各乡镇人民政府负总责,各乡镇卫生院具体实施; 由县卫生健康局负责统筹考核:
    the unit, whatever it is said to do)."""
    answer = parse_responsibility(statement)
    if not answer.lead:
        named = _NAMED_BY.match(statement)
        answer = Responsibility(tuple(split_units(named.group("units")))) if named else answer
    return (
        answer
        if answer.lead and all(looks_like_unit(n) or names_collective_or_village(n) for n in answer.lead)
        else None
    )


def _answered_by_its_place(row: Node) -> bool:
    """A row answered for by the place it names alone (城关镇 | 68 | 75)."""
    return all(b.responsibility.lead == (row.title.strip(),) and not b.responsibility.support for b in row.brackets)


def _rows_before(root: Node, readings: dict[int, list[tuple[int, Reading]]], position: int) -> list[Node]:
    """The rows of the table that ends nearest before ``position`` (within a note's reach), with targets."""
    rows: list[Node] = []
    for node in root.walk():
        if node.kind != "row" or not readings.get(id(node)):
            continue
        if position - _NOTE_REACH <= node.position < position:
            rows.append(node)
    if not rows:
        return []
    table = rows[-1].parent
    return [row for row in rows if row.parent is table]
