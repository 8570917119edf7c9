"""Units named as the subject of what they are to do, as a news report of a plan names them.

A report of a government's task breakdown often says who does what in running text::

    今年,呼和浩特市住建局要在8月底完成57个村燃煤散烧综合治理任务,改造老旧小区333个。9月底完成
    供热管网互联互通64公里…。市教育局要在11月底新建、续建幼儿园9所。赛罕区政府11月底启动…项目。

Each unit named so answers for what follows it, up to the next unit named so or the paragraph's
end. :func:`subject_units` makes each such stretch an item of its own under the node it was
found in, with the unit as its lead, and leaves the unit's name out of the text to read (the
quote of a target starts at 8月底…, as a key's does).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from .responsibility import Responsibility, looks_like_unit, split_units

if TYPE_CHECKING:
    from .structure import Node, Region

__all__ = ["subject_units"]

#: A unit opening a clause as its subject, then what it is to do: 要(在)/将(在)/需(在), straight away
#: by when (赛罕区政府11月底启动…), or 牵头/负责, with the units that help after it (由镇农业农村办牵头,
#: 各村(社区)配合,确保…; 镇经济发展办负责,全年新增…; 镇规划建设办牵头实施…). The name is the
#: shortest run of characters before it.
_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[。;!,\n]))[ \t\u3000]*由?(?P<unit>[\u4e00-\u9fff()]{2,20}?)"
    r"(?P<verb>(?:要|将|需|须)(?:在|于)?|(?=\d{1,2}月(?:底|末|中旬|上旬|下旬|份))|"
    r"(?:牵头|负责)(?:,(?P<support>[^,;。]{2,60}?)(?:配合|协助|参与)(?:推进|实施)?)?"
    r"(?:,|(?=实施|推进|抓好|做好|组织|开展|完成)))"
)
#: A node needs this many units named so before its text is read this way (one may be chance).
_AT_LEAST: Final = 2


@attrs.frozen
class _Subject:
    """A unit named as a subject: its name's span, who helps it, and where what it is to do starts."""

    start: int
    end: int
    name: str
    then: int
    support: tuple[str, ...] = ()


def subject_units(root: Node, text: str, sh: str) -> None:
    """Split the text of every node that names at least two units as subjects (and states no units
    in brackets) into items, one per unit, each led by its unit."""
    from .structure import Bracket, Node  # the outline's types (a cycle at import time otherwise)

    for node in root.walk():
        if node.brackets or not node.regions:
            continue
        found = {id(region): _subjects(text, sh, region) for region in node.regions}
        if len({s.name for subjects in found.values() for s in subjects}) < _AT_LEAST:
            continue
        kept: list[Region] = []
        items: list[Node] = []
        for region in node.regions:
            own = found[id(region)]
            if not own:
                kept.append(region)
                continue
            if own[0].start > region.start:
                kept.append(attrs.evolve(region, end=own[0].start))
            for subject, end in zip(own, [s.start for s in own[1:]] + [region.end]):
                if subject.then >= end:
                    continue
                number = str(len(items) + 1)
                item = Node(
                    number=f"{node.number}-{number}" if node.number else number,
                    own=number,
                    kind="row",
                    title=subject.name,
                    parent=node,
                    position=subject.start,
                )
                item.regions.append(attrs.evolve(region, start=subject.then, end=end, segment=0, label=False))
                responsibility = Responsibility((subject.name,), subject.support)
                item.brackets.append(Bracket(subject.start, subject.end, responsibility))
                items.append(item)
        node.regions[:] = kept
        node.children[:] = sorted([*items, *node.children], key=lambda child: child.position)


def _subjects(text: str, sh: str, region: Region) -> list[_Subject]:
    """The units named as subjects in a region, each by its whole name (市教育局 of 今年市教育局要…),
    as written."""
    found = []
    for match in _SUBJECT.finditer(sh, region.start, region.end):
        words = match.group("unit")
        lead_in = _LEAD_IN.match(words)  # 今年市教育局要…: the time word is not the name
        offset = lead_in.end() if lead_in else 0
        start = match.start("unit") + offset
        name = text[start : match.end("unit")]
        if not looks_like_unit(name) or _ADDRESSED.match(name) or name.endswith(_NOT_OFFICES):
            continue  # 中心城区将新建…, 政务服务平台要…: a place or a thing, not who answers
        helping = match.group("support")
        support = tuple(split_units(text[match.start("support") : match.end("support")])) if helping else ()
        found.append(_Subject(start, match.end("unit"), name, match.end(), support))
    return found


#: Endings of names that name places and things, not offices (城区, 小区, 平台, 企业, 社区, 村).
_NOT_OFFICES: Final = ("区", "平台", "企业", "社区", "村", "单位", "部门", "项目")
#: Words that may open a clause before its subject.
_LEAD_IN: Final = re.compile(r"(?:今年|明年|全年|年内|同时|并且?|另外|此外|届时)")
#: Subjects that exhort rather than name a lead: collectives addressed (各乡镇要…, 有关部门要…) and
#: the roles of a breakdown (牵头单位要…, 责任单位要…).
_ADDRESSED: Final = re.compile(r"(?:各|全|每|相关|有关|其他|其余|所有)|(?:牵头|配合|责任|协办|主责)(?:单位|部门)$")
