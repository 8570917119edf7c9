"""Units given by a legend's numbers: each target carries a number in brackets, a list names their units.

Some plans mark each target with a number after it and list, once, which units each number stands for::

    1.地区生产总值增长6%左右（1）。
    2.规模以上工业增加值增长7.5%（2），规模以上工业企业数量达到260家以上（2）。
    …
    责任单位：（1）区发改局；（2）区经信局；（3）区商务局牵头，区统计局配合；…

Read as a bracket, the legend would make every unit it names answer for the item it closes, and the
numbers name none. :func:`answer_by_legend` gives each target the units of the first number after it in
its sentence, and takes the legend away from the item it was read with.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .responsibility import Responsibility, looks_like_unit, parse_responsibility
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_by_legend"]

#: A legend's label at a line's start, then its first numbered entry (责任单位：（1）区发改局；…).
_LEGEND: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:各项(?:目标)?任务的?)?(?:责任单位|牵头单位|责任分工|承办单位|责任部门)(?:如下)?[ \t\u3000]*[:：]"
    r"[ \t\u3000]*(?P<entries>[(（]\d{1,3}[)）][^\n]+)"
)
#: One entry of a legend: its number, then its units up to the next entry's number or the line's end.
_ENTRY: Final = re.compile(
    r"[(（](?P<number>\d{1,3})[)）](?P<units>[^(（\n]+?)[ \t\u3000]*[;；。]?[ \t\u3000]*(?=[(（]\d|$)"
)
#: A legend's number after a target, within its sentence (…增长6%左右（1）。).
_MARK: Final = re.compile(r"[(（](?P<number>\d{1,3})[)）]")
#: Where a target's sentence ends: no number after this is its.
_SENTENCE_END: Final = re.compile(r"[。\n]")
#: How many numbered entries make a legend (two might be a sentence's own brackets).
_FEWEST_ENTRIES: Final = 3


@attrs.frozen
class _Legend:
    start: int
    end: int
    units: dict[int, Responsibility]


def answer_by_legend(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target followed in its sentence by a legend's number the units the legend lists for it; the
    legend's own line answers for nothing. A text with no legend of at least :data:`_FEWEST_ENTRIES` entries,
    each naming units, is left as it is."""
    legend = _legend(text)
    if legend is None:
        return
    for node in root.walk():
        dropped = [b for b in node.brackets if b.start < legend.end and b.end > legend.start]
        own = readings.get(id(node), [])
        marked = [_mark_after(text, reading, legend) for _, reading in own]
        if not dropped and not any(mark is not None for mark in marked):
            continue
        kept = [b for b in node.brackets if b not in dropped]
        given: dict[int, int] = {}  # a mark's position -> its bracket's index
        brackets = list(kept)
        for mark in marked:
            if mark is not None and mark.start() not in given:
                given[mark.start()] = len(brackets)
                number = int(mark.group("number"))
                brackets.append(Bracket(mark.start(), mark.end(), legend.units[number]))
        old_index = {index: kept.index(b) for index, b in enumerate(node.brackets) if b in kept}
        nowhere = len(brackets)  # (a segment whose bracket was the legend now has none)
        readings[id(node)] = [
            (given[mark.start()], _before_mark(text, reading, mark))
            if mark is not None
            else (old_index.get(segment, nowhere), reading)
            for (segment, reading), mark in zip(own, marked)
        ]
        node.regions[:] = [attrs.evolve(r, segment=old_index.get(r.segment, nowhere)) for r in node.regions]
        node.brackets[:] = brackets


def _before_mark(text: str, reading: Reading, mark: re.Match[str]) -> Reading:
    """A target whose span runs into its legend's number (…平台（11）) ends before it: the number is no
    part of what the plan states."""
    if not mark.start() < reading.end <= mark.end() + 1:
        return reading
    end = mark.start()
    while end > reading.start and text[end - 1] in " \t\u3000":
        end -= 1
    return attrs.evolve(reading, end=end) if end > reading.start else reading


def _legend(text: str) -> _Legend | None:
    """The text's legend: the last labelled line listing numbered entries, each naming units."""
    for found in reversed(list(_LEGEND.finditer(text))):
        units: dict[int, Responsibility] = {}
        for entry in _ENTRY.finditer(found.group("entries")):
            answer = parse_responsibility("责任单位：" + entry.group("units").strip())
            if not answer.lead or not all(looks_like_unit(name) for name in answer.lead):
                units = {}
                break
            units.setdefault(int(entry.group("number")), answer)
        if len(units) >= _FEWEST_ENTRIES:
            return _Legend(found.start(), found.end(), units)
    return None


def _mark_after(text: str, reading: Reading, legend: _Legend) -> re.Match[str] | None:
    """The legend's first number from a target's start to its sentence's end, if any (none inside the legend): a
    target's span may hold its number (9月底前建成…平台（11）, a milestone read to its sentence's end)."""
    if legend.start <= reading.start < legend.end:
        return None
    end = _SENTENCE_END.search(text, reading.start)
    stop = end.start() if end is not None else len(text)
    for mark in _MARK.finditer(text, reading.start, stop):
        if int(mark.group("number")) in legend.units:
            return mark
    return None
