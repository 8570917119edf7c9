"""Paragraphs opening with their office's name in 【】.

A bureau's work points may give each paragraph to one of its offices by a tag before the paragraph's topic::

    【社会救助股】加强低收入人口常态化救助帮扶。全年新纳入低收入人口动态监测对象1200户左右,…。
    【养老服务股】推进养老服务体系建设。新增养老床位200张,…。配合:县卫生健康局、各乡镇人民政府。

:func:`answer_tagged_paragraphs` makes the tagged office the lead of its paragraph's targets, the helpers
a statement inside or closing the paragraph names helping it, where two paragraphs or more open so (one
tag may be a label, 【工作目标】).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import attrs

from .responsibility import Responsibility, looks_like_unit, split_units
from .structure import Bracket, Node
from .text import line_starts

__all__ = ["answer_tagged_paragraphs"]

#: A paragraph's opening tag naming an office (【社会救助股】, 【县民政局】), at a line's start.
_TAG: Final = re.compile(r"[ \t\u3000]*【(?P<unit>[\u4e00-\u9fff()、]{2,30})】")
#: The end of a body's or an office's name (局, 委, 办, 中心, 股, 科, 室, 处…).
_OFFICE_END: Final = re.compile(r"(?:局|委|办|办公室|中心|站|所|队|院|股|科|室|处)$")
#: A tag's words that are a label, never an office (【牵头单位】, 【责任部门】).
_LABEL: Final = re.compile(r"(?:单位|部门|领导|责任人|目标|任务|要求|措施)$")
_AT_LEAST: Final = 2


def answer_tagged_paragraphs(root: Node, text: str) -> None:
    """Give paragraphs opening with an office's tag that office as their lead, as the module says."""
    starts = line_starts(text)  # (found once: the pass stays linear)
    tags: dict[
        int, tuple[tuple[str, ...], int] | None
    ] = {}  # each line's tag (units, end), by its start; None for none
    tagged: list[tuple[Node, int, tuple[str, ...], int]] = []
    for node in root.walk():
        for index, region in enumerate(node.regions):
            line_start = starts[bisect_right(starts, region.start) - 1]
            if line_start not in tags:
                tags[line_start] = _tag_of_line(text, line_start)
            tag = tags[line_start]
            own = node.brackets[region.segment] if region.segment < len(node.brackets) else None
            if tag is None or (own is not None and own.responsibility.lead):
                continue  # (【区城管局】…(区住建局配合): the paragraph's units read already)
            units, tag_end = tag
            if region.start < tag_end:  # (the tag itself is no text to read: quotes start after it)
                node.regions[index] = region = attrs.evolve(region, start=min(tag_end, region.end))
            tagged.append((node, index, units, line_start))
    if len({units for _, _, units, _ in tagged}) < _AT_LEAST:
        return
    for node, index, units, line_start in tagged:
        region = node.regions[index]
        at = bisect_right(starts, line_start)
        line_end = starts[at] if at < len(starts) else len(text)
        after = [r.start for r in node.regions if region.start < r.start < line_end]
        bound = min(after, default=line_end)
        # (…。配合:县财政局、县医保局。 closing its own stretch: its helpers; not those of another stretch or paragraph)
        helpers = tuple(
            name
            for bracket in node.brackets
            if not bracket.responsibility.lead and region.start <= bracket.start < bound
            for name in bracket.responsibility.support
        )
        node.brackets.append(Bracket(region.start, region.start, Responsibility(units, tuple(dict.fromkeys(helpers)))))
        node.regions[index] = attrs.evolve(region, segment=len(node.brackets) - 1)


def _tag_of_line(text: str, line_start: int) -> tuple[tuple[str, ...], int] | None:
    """The units a line's opening tag names (【社会救助股】, 【县民政局、县财政局】), where it is the line's only tag and
    names offices, not a label; None otherwise."""
    opening = _TAG.match(text, line_start)
    if opening is None:
        return None
    line_end = text.find("\n", opening.end())
    if "【" in text[opening.end() : len(text) if line_end < 0 else line_end]:
        return None  # (【县农业农村局】…。【县发展改革局】…: several units' parts on one line, read as before)
    names = tuple(split_units(opening.group("unit")))
    if names and all(_OFFICE_END.search(n) and looks_like_unit(n) and not _LABEL.search(n) for n in names):
        return names, opening.end()
    return None
