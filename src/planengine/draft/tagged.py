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
from typing import Final

import attrs

from .responsibility import Responsibility, looks_like_unit
from .structure import Bracket, Node

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
    tagged: list[tuple[Node, int, str]] = []
    for node in root.walk():
        for index, region in enumerate(node.regions):
            line_start = text.rfind("\n", 0, region.start) + 1
            opening = _TAG.match(text, line_start)
            line_end = text.find("\n", line_start)
            if (
                opening is None
                or region.start < opening.start("unit") - 1
                or "【" in text[opening.end() : len(text) if line_end < 0 else line_end]
            ):
                continue  # (a region on a line the tag opens, the only tag on it: the tag's paragraph)
            unit = opening.group("unit")
            own = node.brackets[region.segment] if region.segment < len(node.brackets) else None
            if own is not None and own.responsibility.lead:
                continue  # (【区城管局】…(区住建局配合): the paragraph's units read already)
            if _OFFICE_END.search(unit) and looks_like_unit(unit) and not _LABEL.search(unit):
                tagged.append((node, index, unit))
    if len({unit for _, _, unit in tagged}) < _AT_LEAST:
        return
    for node, index, unit in tagged:
        region = node.regions[index]
        line_start = text.rfind("\n", 0, region.start) + 1
        line_end = text.find("\n", region.start)
        line_end = len(text) if line_end < 0 else line_end
        # (…。配合:县财政局、县医保局。 closing the paragraph: its helpers; not those closing the next paragraph)
        helpers = tuple(
            name
            for bracket in node.brackets
            if not bracket.responsibility.lead and line_start <= bracket.start < line_end
            for name in bracket.responsibility.support
        )
        node.brackets.append(
            Bracket(region.start, region.start, Responsibility((unit,), tuple(dict.fromkeys(helpers))))
        )
        node.regions[index] = attrs.evolve(region, segment=len(node.brackets) - 1)
