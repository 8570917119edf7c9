"""Units closing a line after a run of dot leaders, a table typed as a list.

An office's target sheet may be typed without a table, each target's units set at the line's end after
a run of leaders, as a contents page sets its page numbers::

    1.城镇新增就业3200人以上 ……………………………………………… 县人社局
    5.农村劳动力转移就业累计达到11.5万人 …… 县人社局(牵头),县农业农村局,各乡镇人民政府

:func:`answer_by_leader_lines` gives the targets of each such line the units after its leaders (a unit
marked 牵头 leading, the others helping, as a cell of units reads), and leaves the leaders and the units out
of the text read for targets. Two such lines at least make it the document's way.
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
from .structure import Bracket, Node, Region

__all__ = ["answer_by_leader_lines"]

#: A run of leaders (……, ......, ·····) and the units after it, to the line's end.
_LEADER_UNITS: Final = re.compile(
    r"[ \t\u3000]*(?:…{2,}|\.{6,}|·{6,}|-{6,})[ \t\u3000]*(?P<units>[^\n….·]{2,80}?)[ \t\u3000]*$", re.M
)
_AT_LEAST: Final = 2


def answer_by_leader_lines(root: Node, text: str) -> None:
    """Give each line's targets the units after its leaders, as the module says."""
    lines: dict[int, tuple[int, Responsibility]] = {}  # by the line's end: where the leaders start, and the units
    for found in _LEADER_UNITS.finditer(text):
        answer = parse_responsibility(found.group("units"))
        if not answer:  # (县人社局、县统计局: units with no role named, each answering)
            answer = Responsibility(tuple(split_units(found.group("units"))))
        named = (*answer.lead, *answer.support)
        if answer.lead and all(looks_like_unit(n) or names_collective_or_village(n) for n in named):
            lines[found.end()] = (found.start(), answer)
    if len(lines) < _AT_LEAST:
        return
    for node in root.walk():
        regions: list[Region] = []
        for region in node.regions:
            line_end = text.find("\n", region.start)
            line_end = len(text) if line_end < 0 else line_end
            hit = lines.get(line_end)
            if hit is None:
                regions.append(region)
                continue
            leaders, answer = hit
            if region.start >= leaders:
                continue  # (the units' own words: no text to read)
            node.brackets.append(Bracket(leaders, line_end, answer))
            regions.append(attrs.evolve(region, end=min(region.end, leaders), segment=len(node.brackets) - 1))
        node.regions[:] = regions
