"""Units given by a legend's numbers: each target carries a number in brackets, a list names their units.

Some plans mark each target with a number after it and list, once, which units each number stands for::

    1.地区生产总值增长6%左右（1）。
    2.规模以上工业增加值增长7.5%（2），规模以上工业企业数量达到260家以上（2）。
    3.固定资产投资增长8%。（1）（3）
    …
    责任单位：（1）区发改局；（2）区经信局；（3）区商务局牵头，区统计局配合；…

Read as a bracket, the legend would make every unit it names answer for the item it closes, and the
numbers name none. :func:`answer_by_legend` gives each target the units of the first numbers after it in its
clause (or right after its sentence's 。 at the line's end), by the first legend after them (a plan may close each
section with its own): a run of numbers (（1）（3）) names the lead by its first and helpers by the rest. A legend
whose numbers no target carries numbers the items themselves ((1)地区生产总值…, (2)…): each item so numbered
before it takes its entry's units. Each legend is taken away from the item it was read with.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final, NamedTuple

import attrs

from .annex import answer_node
from .responsibility import (
    Responsibility,
    all_units,
    looks_like_unit,
    parse_responsibility,
    split_units,
)
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_by_legend"]

#: A legend's label at a line's start (注：责任单位：…, 本部分责任单位：…), then its numbered entries, on its line or
#: on lines of their own (责任单位：（1）区发改局；（2）…, 责任单位：\n（1）区发改局；\n（2）…).
_LEGEND: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:注[:：][ \t\u3000]*)?(?:本部分|本节|以上|上述)?(?:各项(?:目标)?任务的?)?"
    r"(?:责任单位|牵头单位|责任分工|承办单位|责任部门)(?:如下)?[ \t\u3000]*[:：][ \t\u3000]*\n?"
    r"(?P<entries>[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+(?:\n[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+)*)"
)
#: A legend set as a table (序号 | 牵头单位 | 配合单位 / (1) | 区发改委 | 区统计局 / (11)(12) | …): each row's numbers, its
#: lead and its helpers; a blank lead cell is the row's above.
_TABLE_LEGEND: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:序号|编号)[ \t\u3000]*\|[ \t\u3000]*(?:牵头单位|责任单位|牵头部门)[ \t\u3000]*"
    r"(?:\|[ \t\u3000]*(?:配合单位|协办单位|配合部门)[ \t\u3000]*)?\|?[ \t\u3000]*\n"
    r"(?P<rows>(?:[ \t\u3000]*(?:[(（]\d{1,3}[)）])+[ \t\u3000]*\|[^\n]*(?:\n|$))+)"
)
#: A legend of lines opened by circled numbers (①牵头单位:县发改局;配合单位:县统计局 / ②…), blank lines between.
_CIRCLED_ENTRY: Final = r"[ \t\u3000]*[①-⑳][ \t\u3000]*(?:(?:牵头|责任)(?:单位|部门)?[:：]|[^\n:：,，;；。\d]{2,60}?牵头[,，;；。]?)[^\n]*"  # (①牵头单位:…, or ①县发改局牵头，县统计局配合: the units first, no figure among them)
_CIRCLED_LEGEND: Final = re.compile(
    rf"(?m)^(?P<entries>{_CIRCLED_ENTRY}(?:\n(?:[ \t\u3000]*\n)*{_CIRCLED_ENTRY})+)"
)  # (not ①实现“小升规”60家(责任单位:…): items numbered so, with units of their own)
#: An entry's number in a legend (its units run to the next one).
_ENTRY_NUMBER: Final = re.compile(r"[(（](?P<number>\d{1,3})[)）]")
#: A legend's number after a target, closing its words (…增长6%左右（1）。, …260家以上（2），, …（3）（1）): a number
#: opening the words after it (：（1）新增就业…；（2）…) is a sub-item's.
_MARK: Final = re.compile(
    r"(?<![:：;；])(?:[(（](?P<number>\d{1,3})[)）]|(?P<circled>[①-⑳]))(?=[,，。;；、)）\s]|$|[(（]\d|[①-⑳])"
)
#: Where a target's clause ends: no number after this is its (…6%左右；新增就业3000人（4）).
_CLAUSE_END: Final = re.compile(r"[。;；\n]")
#: Where a sentence ends: numbers right after its 。 may close all its clauses.
_SENTENCE_END: Final = re.compile(r"[。\n]")
#: Blanks only, up to a run of numbers (…35%。 （3）（1）).
_BLANKS: Final = re.compile(r"[ \t\u3000]*")
#: The rest of a line after a run of numbers closing it (…。（1）（2）, perhaps its own 。).
_LINE_CLOSED: Final = re.compile(r"[ \t\u3000。]*(?:\n|$)")
#: How many numbered entries make a legend (two might be a sentence's own brackets).
_FEWEST_ENTRIES: Final = 3
#: The kind of item a legend numbers when no target carries its numbers ((1)地区生产总值…).
_ITEM_KIND: Final = "ar-paren"


@attrs.frozen
class _Legend:
    """A legend at ``start:end`` of the text, and the units it lists by number."""

    start: int
    end: int
    units: dict[int, Responsibility]


class _Marked(NamedTuple):
    """A target's run of numbers: where it stands, and the units it names."""

    span: tuple[int, int]
    answer: Responsibility


def answer_by_legend(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target followed in its clause by a run of numbers the units the first legend after them lists for
    them; a legend's own lines answer for nothing; a legend whose numbers no target carries gives its units to the
    items numbered so before it. A text with no legend of at least :data:`_FEWEST_ENTRIES` entries, each naming units,
    is left as it is."""
    legends = _legends(text)
    if not legends:
        return
    marks = _Marks(text, legends)
    ends = [legend.end for legend in legends]
    for node in root.walk():
        dropped = [i for i, b in enumerate(node.brackets) if _inside_any(b, legends, ends)]
        own = readings.get(id(node), [])
        marked = [marks.after(reading) for _, reading in own]
        if any(mark is not None for mark in marked):
            _answer_marked(node, marked, dropped, text, readings)
        elif dropped:
            _remap(node, [i for i in range(len(node.brackets)) if i not in dropped], [], readings)
    unused = {index for index in range(len(legends)) if index not in marks.used}
    if unused:
        _answer_numbered_items(root, legends, unused, readings)


def _inside_any(bracket: Bracket, legends: list[_Legend], ends: list[int]) -> bool:
    """Whether a bracket overlaps a legend (the legend read as an item's bracket), found by halves of ``ends``."""
    at = bisect_left(ends, bracket.start + 1)
    return at < len(legends) and bracket.start < legends[at].end and bracket.end > legends[at].start


def _answer_numbered_items(
    root: Node, legends: list[_Legend], unused: set[int], readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give each item numbered (1), (2)… with targets and no units of its own the units of its number by the first
    legend after it that no target's number used, in one walk of the tree."""
    starts = [legend.start for legend in legends]
    for node in root.walk():
        if node.kind != _ITEM_KIND or node.brackets or not readings.get(id(node)):
            continue
        at = bisect_left(starts, node.position)
        if at not in unused:
            continue  # (after the last legend, or before one whose numbers the targets carry)
        legend = legends[at]
        number = re.sub(r"[()（）]", "", node.own)
        answer = legend.units.get(int(number)) if number.isdigit() else None
        if answer is not None:
            answer_node(node, Bracket(legend.start, legend.end, answer), readings)


def _answer_marked(
    node: Node,
    marked: list[_Marked | None],
    dropped: list[int],
    text: str,
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """A node's brackets with the legends' taken away and a bracket for each run of numbers its targets carry; each
    target in the segment of its numbers' bracket, one unmarked in its old one (none, where that was a legend's)."""
    added: list[Bracket] = []
    given: dict[int, int] = {}  # a run's position -> its bracket's index among those added
    for mark in marked:
        if mark is not None and mark.span[0] not in given:
            given[mark.span[0]] = len(added)
            added.append(Bracket(mark.span[0], mark.span[1], mark.answer))
    kept = [i for i in range(len(node.brackets)) if i not in dropped]
    base = len(kept)
    segments = [
        base + given[mark.span[0]] if mark is not None else None for mark in marked
    ]  # (None: its old segment, remapped)
    _remap(node, kept, added, readings, segments)
    readings[id(node)] = [
        (segment, _before_mark(text, reading, mark.span) if mark is not None else reading)
        for (segment, reading), mark in zip(readings[id(node)], marked)
    ]


def _remap(
    node: Node,
    kept: list[int],
    added: list[Bracket],
    readings: dict[int, list[tuple[int, Reading]]],
    segments: list[int | None] | None = None,
) -> None:
    """Keep the node's brackets at ``kept`` and add ``added`` after them; each target moves to its new segment (those
    given in ``segments``, else its old one's, or none where its old bracket is gone). Where a target is left with
    none and other brackets remain, an empty bracket says so (one bracket left would otherwise answer for all)."""
    index_of = {old: new for new, old in enumerate(kept)}
    brackets = [node.brackets[i] for i in kept] + added
    nowhere = len(brackets)
    own = readings.get(id(node), [])
    wanted = segments if segments is not None else [None] * len(own)
    moved = [
        (given if given is not None else index_of.get(segment, nowhere), reading)
        for (segment, reading), given in zip(own, wanted)
    ]
    regions = [attrs.evolve(r, segment=index_of.get(r.segment, nowhere)) for r in node.regions]
    if brackets and (any(s == nowhere for s, _ in moved) or any(r.segment == nowhere for r in regions)):
        brackets.append(Bracket(node.position, node.position, Responsibility()))
    readings[id(node)] = moved
    node.regions[:] = regions
    node.brackets[:] = brackets


@attrs.frozen
class _Run:
    """Numbers side by side after a target (（3）（1）（2）): the first names who leads, the others who help."""

    start: int
    end: int
    numbers: tuple[int, ...]


class _Marks:
    """The legends' numbers after targets, found once (the pass stays linear): the first run of them before a
    clause's end after a target's start (or right after its sentence's 。 at the line's end), and the units the
    first legend after it names for them."""

    def __init__(self, text: str, legends: list[_Legend]) -> None:
        self._legends = legends
        self._legend_starts = [g.start for g in legends]
        ends = [g.end for g in legends]
        self._runs: list[_Run] = []
        for mark in _MARK.finditer(text):
            at = bisect_left(ends, mark.start() + 1)
            if at < len(legends) and legends[at].start <= mark.start():
                continue  # (a legend's own entries)
            last = self._runs[-1] if self._runs else None
            if last is not None and not text[last.end : mark.start()].strip():
                self._runs[-1] = _Run(last.start, mark.end(), (*last.numbers, _mark_number(mark)))
            else:
                self._runs.append(_Run(mark.start(), mark.end(), (_mark_number(mark),)))
        self._run_starts = [run.start for run in self._runs]
        self._ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        self._full_stops = [m.start() for m in _SENTENCE_END.finditer(text)]
        self._text = text
        self.used: set[int] = set()  # the legends whose numbers some target carries

    def after(self, reading: Reading) -> _Marked | None:
        """The span of the legend's numbers from a target's start to its clause's end, and their units (none
        inside a legend): a target's span may hold its numbers (9月底前建成…平台（11）, a milestone read to its
        clause's end); numbers right after the sentence's 。 closing its line are its too (…增长6%左右。（1）（2））."""
        at = bisect_left(self._ends, reading.start)
        stop = self._ends[at] if at < len(self._ends) else len(self._text)
        first = bisect_left(self._run_starts, reading.start)
        if first == len(self._runs):
            return None
        run = self._runs[first]
        if run.start >= stop:
            # (…7.5%以上；…不低于35%。（3）（1）（2）: numbers after the sentence's 。 are all its clauses')
            full = bisect_left(self._full_stops, reading.start)
            sentence_end = self._full_stops[full] if full < len(self._full_stops) else len(self._text)
            if not self._closes_sentence(sentence_end, run):
                return None
        answer = self._units(run)
        return _Marked((run.start, run.end), answer) if answer is not None else None

    def _closes_sentence(self, stop: int, run: _Run) -> bool:
        """Whether a run stands right after the sentence's 。 at ``stop`` and closes its line (the checks look only at
        the blanks between: each target's stays short)."""
        if self._text[stop : stop + 1] != "。":
            return False
        blanks = _BLANKS.match(self._text, stop + 1)
        return blanks is not None and blanks.end() == run.start and _LINE_CLOSED.match(self._text, run.end) is not None

    def _units(self, run: _Run) -> Responsibility | None:
        """The run's units by the first legend after it: the first number's lead, the rest helping."""
        which = bisect_left(self._legend_starts, run.end)
        if which == len(self._legends):
            return None  # (numbers after the last legend: no legend names them)
        named = [self._legends[which].units.get(n) for n in run.numbers]
        answers = [answer for answer in named if answer is not None]
        if len(answers) != len(named):
            return None
        self.used.add(which)
        first, *others = answers
        helping = [*first.support, *(name for other in others for name in (*other.lead, *other.support))]
        return Responsibility(first.lead, tuple(dict.fromkeys(n for n in helping if n not in first.lead)))


def _before_mark(text: str, reading: Reading, span: tuple[int, int]) -> Reading:
    """A target whose span runs into its legend's numbers (…平台（11）) ends before them: the numbers are no
    part of what the plan states."""
    start, end = span
    if not start < reading.end <= end + 1:
        return reading
    while start > reading.start and text[start - 1] in " \t\u3000":
        start -= 1
    return attrs.evolve(reading, end=start) if start > reading.start else reading


def _legends(text: str) -> list[_Legend]:
    """The text's legends, in order: labelled lines listing numbered entries, each entry naming units."""
    found = []
    for legend in _LEGEND.finditer(text):
        units = _entries(legend.group("entries"))
        if units is not None and len(units) >= _FEWEST_ENTRIES:
            found.append(_Legend(legend.start(), legend.end(), units))
    for circled in _CIRCLED_LEGEND.finditer(text):
        units = _circled_entries(circled.group("entries"))
        if units is not None and len(units) >= _FEWEST_ENTRIES:
            found.append(_Legend(circled.start(), circled.end(), units))
    for table in _TABLE_LEGEND.finditer(text):
        units = _table_entries(table.group("rows"))
        if units is not None and len(units) >= _FEWEST_ENTRIES:
            found.append(_Legend(table.start(), table.end(), units))
    return sorted(found, key=lambda legend: legend.start)


#: Where circled numbers start among a legend's keys: ① is never (1), a circled mark takes a circled legend's entry only.
_CIRCLED_BASE: Final = 1000


def _mark_number(mark: re.Match[str]) -> int:
    """A legend's number after a target, bracketed (（3）) or circled (③)."""
    circled = mark.group("circled")
    return _CIRCLED_BASE + ord(circled) - ord("①") + 1 if circled else int(mark.group("number"))


def _circled_entries(lines: str) -> dict[int, Responsibility] | None:
    """The units of each line of a circled legend (①牵头单位:县发改局;配合单位:…), by its number; None if one names
    none."""
    units: dict[int, Responsibility] = {}
    for line in lines.splitlines():
        line = line.strip(" \t\u3000")
        if not line:
            continue
        answer = parse_responsibility(line[1:].strip(" \t\u3000"))
        if not answer.lead or not all(looks_like_unit(name) for name in answer.lead):
            return None
        units.setdefault(_CIRCLED_BASE + ord(line[0]) - ord("①") + 1, answer)
    return units


def _table_entries(rows: str) -> dict[int, Responsibility] | None:
    """The units of each row of a legend set as a table, by its numbers; None if a row names none."""
    units: dict[int, Responsibility] = {}
    lead: list[str] = []
    for row in rows.splitlines():
        cells = [cell.strip() for cell in row.split("|")]
        if len(cells) < 2:
            continue
        lead = split_units(cells[1]) or lead  # (a blank lead cell: the row's above)
        helpers = split_units(cells[2]) if len(cells) > 2 else []
        if not lead or not all(looks_like_unit(n) for n in lead) or not all_units(helpers):
            return None
        for number in _ENTRY_NUMBER.finditer(cells[0]):
            units.setdefault(int(number.group("number")), Responsibility(tuple(lead), tuple(helpers)))
    return units


def _entries(listed: str) -> dict[int, Responsibility] | None:
    """The units of each numbered entry of a legend (an entry's own brackets are its: （1）区发改局（区统计局配合）),
    or None if an entry names no units."""
    numbers = list(_ENTRY_NUMBER.finditer(listed))  # (an entry's own bracket holds words: it parts no entries)
    units: dict[int, Responsibility] = {}
    for this, following in zip(numbers, [*numbers[1:], None]):
        words = listed[this.end() : following.start() if following is not None else len(listed)]
        words = words.strip().rstrip(";；。,，").strip()
        answer = parse_responsibility("责任单位：" + words)
        if not answer.lead or not all(looks_like_unit(name) for name in answer.lead):
            return None
        units.setdefault(int(this.group("number")), answer)
    return units
