"""Who helps: the passes that give a statement of units the helpers a plan names elsewhere.

A plan names helpers in places of their own: a legend saying the units in brackets help
(括号内为配合单位), a remark that one unit helps with every item below (以下均需…配合,不再列出), a
unit's paragraph closed by helpers alone, helpers in brackets after a lead in 【】, and a closing
sentence that gives the work above to whoever answers for each part with helpers for all of it
(以上各项工作由相应科室牵头,各社区按职责配合; 以上工作由相关部门负责,各村配合: see closings.py). :func:`give_helpers` runs them all, before targets
are read, on the outline's statements of units: each gives a statement its helpers, and where the
statement named only helpers, the lead they help (the heading's unit, the unit the legend's brackets
stand under).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

import attrs

from .closings import answering_closings
from .responsibility import Responsibility, looks_like_unit, names_collective_or_village, split_units
from .structure import Bracket, Node
from .subjects import unit_head
from .text import HELPERS_AFTER_LEAD

__all__ = ["give_helpers"]


def give_helpers(text: str, sh: str, root: Node) -> None:
    """Give the outline's statements of units the helpers named elsewhere, as the module says."""
    _helpers_in_brackets(text, root)
    _helpers_for_all_below(text, root)
    _helpers_of_unit_heads(root)
    _helpers_after_bracketed_leads(text, sh, root)
    _helpers_for_all_above(text, root)
    _offices_helped(sh, root)
    _leads_of_titled_lists(sh, root)
    _leads_of_titled_tables(sh, root)
    _places_opening_their_lines(sh, root)
    _leads_before_their_helpers(text, root)
    _guides_of_places(sh, root)


#: A legend saying the units in brackets help (括号内为配合单位, 括号中为协办单位).
_BRACKETS_HELP: Final = re.compile(
    r"(?:括号|（）|\(\))(?:内|中|里)?(?:的|所列)?(?:单位)?(?:为|是)(?:配合|协办|协助|协同)(?:单位|部门)"
)
#: A bracket that names units with no word of what they do (（县统计局、各乡镇人民政府）).
_BARE_UNITS_BRACKET: Final = re.compile(
    r"[(（](?![^()（）]*(?:牵头|配合|责任|负责|协办|协助|参与|:|：))[^()（）]{2,80}[)）]"
)


def _helpers_in_brackets(text: str, root: Node) -> None:
    """Where a legend says the units in brackets help (…按牵头单位分解如下(括号内为配合单位)), a bracket
    naming units alone under a unit that leads (一、县发改局(5项) / 1.…。(县统计局、各乡镇人民政府)) names
    that unit's helpers: the heading's unit leads."""
    if not _BRACKETS_HELP.search(text):
        return
    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            answer = bracket.responsibility
            if not answer.lead or answer.support or not _BARE_UNITS_BRACKET.fullmatch(text, bracket.start, bracket.end):
                continue
            lead = next(
                (b.responsibility.lead for a in node.ancestors() for b in a.brackets if b.responsibility.lead), ()
            )
            if lead:
                node.brackets[index] = attrs.evolve(bracket, responsibility=Responsibility(lead, answer.lead))


def _helpers_after_bracketed_leads(text: str, sh: str, root: Node) -> None:
    """An item opening with its lead in 【】 and its helpers in brackets right after (1.【县发改局】(县统计局、
    县财政局)全年…; the shadow blanks the helpers' bracket): the helpers help with what the lead answers for."""
    if "【" not in text:
        return
    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            if not bracket.responsibility.lead or text[bracket.end - 1 : bracket.end] != "】":
                continue
            helpers = HELPERS_AFTER_LEAD.match(text, bracket.end)
            if helpers is None or sh[helpers.start() : helpers.end()].strip():
                continue  # (only the bracket the shadow blanked)
            names = split_units(helpers.group("units"))
            if names and all(looks_like_unit(n) for n in names):
                node.brackets[index] = attrs.evolve(bracket, responsibility=bracket.responsibility.helped_by(names))


def _helpers_of_unit_heads(root: Node) -> None:
    """In a unit's paragraph (十二、区农业农村局:…。(区财政局、各镇人民政府配合)) a statement naming only helpers
    names the helpers of the paragraph's unit, which leads what the statement closes, whatever follows the
    paragraph in the node (a closing paragraph of the plan's requirements)."""
    for node in root.walk():
        lead = unit_head(node) if len(node.brackets) >= 2 else ()
        if not lead:
            continue
        for index, bracket in enumerate(node.brackets[1:], start=1):
            answer = bracket.responsibility
            if not answer.lead and answer.support:
                node.brackets[index] = attrs.evolve(bracket, responsibility=Responsibility(lead, answer.support))


#: A remark after a list of helpers naming one that helps with every item below, unlisted there
#: ((以下均需各县(市、区)林业主管部门配合,不再列出)).
_HELPS_ALL_BELOW: Final = re.compile(
    r"[(（]\s*以下(?:各项|任务)?均(?:需|由)?(?P<units>[^,，;；。]{2,40}?)(?:配合|协助|参与)[,，]?\s*不再(?:一一)?列出\s*[)）]"
)


#: The heading of the next chapter (二、…) at a line's start.
_NEXT_CHAPTER: Final = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．]")


def _helpers_for_all_below(text: str, root: Node) -> None:
    """Where a list of helpers says one helps with every item below though not listed again
    (…,各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)), that unit helps with each item's
    statement of units from there to the end of its chapter, and the remark is no part of the name it follows."""
    for remark in _HELPS_ALL_BELOW.finditer(text):
        helpers = tuple(split_units(remark.group("units")))
        said = text[remark.start() : remark.end()]
        chapter = _NEXT_CHAPTER.search(text, remark.end())  # (以下: to the end of its chapter, 一、… 二、…)
        reach = chapter.start() if chapter else len(text)
        for node in root.walk():
            for index, bracket in enumerate(node.brackets):
                answer = bracket.responsibility
                if bracket.end < remark.start() or bracket.start >= reach or not answer.lead:
                    continue
                # (the remark is no part of the name it follows)
                named = Responsibility(answer.lead, tuple(name.replace(said, "").strip() for name in answer.support))
                node.brackets[index] = attrs.evolve(bracket, responsibility=named.helped_by(helpers))


def _helpers_for_all_above(text: str, root: Node) -> None:
    """Where a closing sentence gives the work above to whoever answers for each part and names helpers for
    all of it (以上各项工作由相应科室牵头,各社区按职责配合; 以上工作由相关部门负责,各村配合), every statement
    of units that names a lead between it and the closing sentence before it is helped by them: the sections'
    offices still lead. One giving the work to units in general reaches back only within its own part (the
    top-level heading it stands under)."""
    closings = [closing for closing in answering_closings(text) if closing.helpers]
    if not closings:
        return
    starts = [closing.start for closing in closings]
    parts = [child.position for child in root.children]  # (where each top-level part starts)
    reach = [_part_start(parts, closing.start) for closing in closings]
    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            at = bisect_left(starts, bracket.end)  # the nearest closing sentence after the statement
            if at < len(closings) and bracket.responsibility.lead:
                if not closings[at].offices and not closings[at].all_above and bracket.start < reach[at]:
                    continue  # (以上工作由相关部门负责,各村配合 under 二、: no helper of 一、's items)
                if closings[at].places and not all(_PLACE_ANSWERING.search(n) for n in bracket.responsibility.lead):
                    continue  # (以上目标由各乡镇…负责,县统计局配合: the places' statements, no office's elsewhere)
                helped = bracket.responsibility.helped_by(closings[at].helpers)
                node.brackets[index] = attrs.evolve(bracket, responsibility=helped)


#: A place, or its government, answering for its part (城关镇, 东湖街道办事处, 石桥镇人民政府, 各乡镇).
_PLACE_ANSWERING: Final = re.compile(r"(?:镇|乡|街道|办事处|政府|村|社区|管委会|区|县|市)$|^各")


def _part_start(parts: list[int], position: int) -> int:
    """Where the top-level part holding ``position`` starts (0 before the first)."""
    at = bisect_right(parts, position) - 1
    return parts[at] if at >= 0 else 0


#: An item opening with the office its unit helps (配合县水利局新增…, 协助市住建局完成…), the office's name
#: ending before what is done.
_HELPING_OPENS: Final = re.compile(
    r"[ \t\u3000]*(?:配合|协助)(?P<office>[省市县区镇乡各][\u4e00-\u9fff()（）、]{1,40}?"
    r"(?:委员会|办公室|管委会|办事处|大队|支队|中心|政府|公司|局|委|办|厅|院))"
    r"(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,3}(?:[、和及]|局|委|办|室|会|队|中心))"
)  # (a place's office, its whole name: not 配合县卫生健康委…, 配合做好县政府交办的…)


def _offices_helped(sh: str, root: Node) -> None:
    """An item whose units are stated above it (a letter's 乙方, a heading's unit) and which opens with the
    office it helps (5.配合县水利局新增高效节水灌溉面积0.8万亩): that office leads the item, and the units
    stated above help with it."""
    for node in root.walk():
        if not node.regions or not node.brackets or node.kind in ("row", "unit"):
            continue
        first = min(region.start for region in node.regions)
        if node.title and not sh.startswith(node.title[:2], first):
            continue  # 1.推进老旧小区改造。配合区住建委完成…: the item's own work first, the office it helps after
        if any(bracket.start >= first for bracket in node.brackets):
            continue  # the item states its own units
        opening = _HELPING_OPENS.match(sh, first)
        if opening is None:
            continue
        offices = split_units(opening.group("office"))
        if not offices or not all(looks_like_unit(office) for office in offices):
            continue
        stated = node.brackets[0].responsibility
        helpers = tuple(n for n in (*stated.lead, *stated.support) if n not in offices)
        node.brackets[:] = [Bracket(*opening.span("office"), Responsibility(tuple(offices), helpers))]


def _leads_of_titled_lists(sh: str, root: Node) -> None:
    """A list's title standing with its lead alone (2026年城市更新重点任务清单 / (牵头单位:市住房和城乡建设局)), read as
    a row of its own, then the list's items 1., 2., … beside it: the title's lead leads each item that names no lead
    of its own (an item's bracket of helpers alone, (配合单位:市财政局), is helped so), up to the next such title, and
    the helpers the title names with its lead ((牵头单位:县卫生健康局;配合单位:县医疗保障局、县财政局)) help each.
    A row whose title is the notice's own (…关于印发…的通知), its text running on to the first list's title and
    lead, is such a title too (the title line right above its lead): what stands before its lead is no item."""
    for node in root.walk():
        listed: Responsibility | None = None
        listed_from = -1  # where the list's lead is stated: what stands before it is the notice's text
        for child in node.children:
            answers = [bracket.responsibility for bracket in child.brackets]
            if child.kind == "row" and not child.children and len(answers) == 1 and answers[0].lead:
                bracket = child.brackets[0]
                titled = _TITLED_LIST.search(child.title) is not None or _titled_above(sh, bracket.start)
                listed = answers[0] if titled else None
                listed_from = bracket.end if titled else -1
                continue
            if child.position < listed_from:
                continue  # (the notice's own paragraphs, 一、…四、, before the first list's title)
            if child.kind == "row" or not child.own.isdecimal():
                listed = None  # the list ends at anything but its numbered items
                continue
            if listed is None or any(answer.lead for answer in answers):
                continue  # (an item naming its own lead keeps it)
            if child.brackets:
                child.brackets[:] = [
                    attrs.evolve(b, responsibility=_listed_with(listed, b.responsibility.support))
                    for b in child.brackets
                ]
            else:
                child.brackets.append(Bracket(child.position, child.position, listed))


def _listed_with(listed: Responsibility, support: tuple[str, ...]) -> Responsibility:
    """The list title's lead, its helpers joined by an item's own (the item's first)."""
    helpers = dict.fromkeys(unit for unit in (*support, *listed.support) if unit not in listed.lead)
    return Responsibility(listed.lead, tuple(helpers))


#: A table's title naming the unit whose table it is (区教育局目标任务表, 区住房和城乡建设局2025年重点任务清单).
_UNIT_TABLE_TITLE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?[ \t\u3000]*"
    r"(?P<unit>[\u4e00-\u9fff()（）]{2,30}?)(?:20\d{2}年度?)?(?:重点|年度|民生)?(?:工作)?"
    r"(?:目标任务|目标|任务|事项)(?:清单|表|分解表|一览表)(?:[(（]20\d{2}年度?[)）])?[ \t\u3000]*$"
)
#: Words naming units in general, not one (县直单位, 各部门, 有关单位).
_UNITS_IN_GENERAL: Final = re.compile(r"直单位|直部门|^各|有关|相关")


def _leads_of_titled_tables(sh: str, root: Node) -> None:
    """A table titled with the unit whose table it is (区教育局目标任务表 / 序号 | 目标任务 | 完成时限 / 1 | …): the
    unit leads each of its rows that names no units of its own, up to the table's end (a line with no bar)."""
    # (the header's start, the table's end, the unit, the helpers its note names by row), in the text's order
    tables: list[tuple[int, int, str, dict[str, tuple[str, ...]]]] = []
    for title in _UNIT_TABLE_TITLE.finditer(sh):
        unit = title.group("unit")
        if not looks_like_unit(unit) or _UNITS_IN_GENERAL.search(unit):
            continue  # (县直单位目标任务表: units in general, no one unit)
        line_end = sh.find("\n", title.end())
        if line_end < 0:
            continue
        header = line_end + 1
        while header < len(sh) and sh[header] == "\n":
            header += 1  # (a blank line or two between the title and its header)
        header_end = sh.find("\n", header)
        if "|" not in sh[header : len(sh) if header_end < 0 else header_end]:
            continue  # (a title with no table under it)
        end = last_row = header
        while end < len(sh):
            line_end = sh.find("\n", end)
            line_end = len(sh) if line_end < 0 else line_end
            if "|" not in sh[end:line_end]:
                break
            last_row, end = end, line_end + 1
        # (a note under the table may have been read as going on with its last row: looked for from that row)
        tables.append((header, end, unit, _helpers_noted(sh, last_row, end + _NOTE_REACH)))
    if not tables:
        return
    starts = [start for start, _, _, _ in tables]
    for node in root.walk():
        if node.kind != "row" or not node.regions or any(b.responsibility.lead for b in node.brackets):
            continue  # (a row naming its own lead keeps it)
        at = bisect_right(starts, node.position) - 1
        if at < 0 or node.position >= tables[at][1]:
            continue
        unit = (tables[at][2],)
        noted = tables[at][3].get(node.own, ())
        if node.brackets:  # (a row naming its helpers alone: the title's unit leads, they help)
            node.brackets[:] = [
                attrs.evolve(b, responsibility=Responsibility(unit, b.responsibility.support + noted))
                for b in node.brackets
            ]
        else:
            node.brackets.append(Bracket(node.position, node.position, Responsibility(unit, noted)))
            node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]


#: A note under a table naming the helpers of some of its rows by number (注:本表第1至3项由区财政局、…配合。).
_ROWS_HELPED: Final = re.compile(
    r"[ \t\u3000]*注\s*[:：]\s*本表第\s*(?P<first>\d{1,2})\s*(?:[至到\-—~、]\s*(?P<last>\d{1,2}))?\s*项"
    r"(?:均)?由(?P<units>[^。;；\n]{2,60}?)(?:配合|协助|参与)"
)


#: How far past a table's last row its note is looked for (its own line: the pass stays linear).
_NOTE_REACH: Final = 120


def _helpers_noted(sh: str, start: int, end: int) -> dict[str, tuple[str, ...]]:
    """The helpers a note right under a table (in sh[start:end]) names for its rows by number, by the rows' numbers."""
    noted = _ROWS_HELPED.search(sh, start, min(end, len(sh)))
    if noted is None:
        return {}
    names = split_units(noted.group("units"))
    if not names or not all(looks_like_unit(n) or names_collective_or_village(n) for n in names):
        return {}
    first = int(noted.group("first"))
    last = int(noted.group("last") or first)
    return {str(number): tuple(names) for number in range(first, min(last, first + 50) + 1)}


#: A unit said to guide the places' own targets (县农业农村局负责对各乡镇目标落实的统筹指导和技术服务).
_GUIDES_PLACES: Final = re.compile(
    r"(?:^|(?<=[,;。:\n]))[ \t\u3000]*(?P<units>[^,;。:\n]{2,30}?)负责对各(?:乡镇|镇|乡|村|社区|街道)[^,;。\n]{0,20}?的?(?:统筹)?指导"
)
#: How a place's name ends, a place heading its own paragraph (城关镇:…, 石桥乡:…).
_PLACE_ENDS: Final = ("镇", "乡", "街道", "村", "社区")


def _guides_of_places(sh: str, root: Node) -> None:
    """A section whose own text says a unit guides the places' targets (各乡镇人民政府是…责任主体;县农业农村局负责对
    各乡镇目标落实的统筹指导), over paragraphs each headed by a place (城关镇:… / 河口镇:…): the unit helps each place."""
    for node in root.walk():
        places = [
            child
            for child in node.children
            if child.kind == "unit"
            and len(child.brackets) == 1
            and child.brackets[0].responsibility.lead
            and all(name.endswith(_PLACE_ENDS) for name in child.brackets[0].responsibility.lead)
        ]
        if len(places) < 2:
            continue
        # (the section's text before its places, whatever the outline made of it: once a section, linear)
        said = _GUIDES_PLACES.search(sh, node.position, places[0].position)
        if said is None:
            continue
        guides = split_units(said.group("units"))
        if not guides or not all(looks_like_unit(name) for name in guides):
            continue
        for place in places:
            answer = place.brackets[0].responsibility
            helpers = tuple(dict.fromkeys([*answer.support, *(g for g in guides if g not in answer.lead)]))
            place.brackets[0] = attrs.evolve(place.brackets[0], responsibility=Responsibility(answer.lead, helpers))


def _titled_above(sh: str, position: int) -> bool:
    """Whether the last line with words before the line holding ``position`` titles a list (…重点任务清单)."""
    line_start = sh.rfind("\n", 0, position)
    reach = max(0, line_start - _TITLE_REACH)
    for line in reversed(sh[reach : max(0, line_start)].split("\n")):
        if line.strip():
            return _TITLED_LIST.search(line.strip()) is not None
    return False


#: How far above a lead's line its list's title is looked for (a blank line or two between: the pass stays linear).
_TITLE_REACH: Final = 200


#: The title of a list of tasks (…重点任务清单, …任务分解表, …工作要点).
_TITLED_LIST: Final = re.compile(r"(?:清单|分解表|任务表|工作要点|任务|计划|方案)$")


#: A village, community or township opening its line with a colon (东坪村:新建…; 柳塘社区:…).
_PLACE_OPENING: Final = re.compile(
    r"[ \t\u3000]*(?P<place>[\u4e00-\u9fff]{1,8}?(?:村|社区|居委会|镇|乡|街道))(?:[(（][^()（）]{1,8}[)）])?\s*[:：]"
)


def _places_opening_their_lines(sh: str, root: Node) -> None:
    """A place opening its line with a colon (东坪村:新建…;完成…。), its line closed by a labelled line naming only
    those who guide or help it (指导科室:镇农业农村办、镇经济发展办): the place answers for its line's targets,
    they help (a township's list of its villages' targets, each village 责任主体)."""
    for node in root.walk():
        for region in node.regions:
            if region.segment >= len(node.brackets):
                continue
            bracket = node.brackets[region.segment]
            answer = bracket.responsibility
            if answer.lead or not answer.support:
                continue
            opening = _PLACE_OPENING.match(sh, region.start, region.end)
            if (
                opening is None
                or not names_collective_or_village(opening.group("place"))
                and not opening.group("place").endswith(("镇", "乡", "街道"))
            ):
                continue
            place = opening.group("place")
            node.brackets[region.segment] = attrs.evolve(
                bracket, responsibility=Responsibility((place,), answer.support)
            )


#: Where the words before a bracket start: after a sentence's or a clause's end, a line's start or an item's number.
_CLAUSE_OPENS: Final = re.compile(r"[。；;，,：:\n)）]|(?<![\d.])\d{1,2}[.、．](?!\d)")
#: A clause opening with its unit said to lead the work it names (各区卫生健康局要牵头推进区属公立医院改革).
_LEADS_THE_WORK: Final = re.compile(r"(?P<units>[^,，;；。\d]{2,30}?)(?:要|将|应|须)?(?:牵头|负责)(?!人|同志)")
#: Words of doing before a unit's name (积极争取省交通运输厅(…), 配合市生态环境局(…)): the clause's subject is no unit.
_DOING_FIRST: Final = re.compile(
    r"(?:积极|主动|争取|配合|协助|联合|会同|协同|对接|依托|向|与|和|在|对|由|按|经|推动|推进|加强|做好|支持|服务|指导)"
)
#: How far before a bracket the unit it follows is looked for (the pass stays linear).
_SUBJECT_REACH: Final = 40


def _leads_before_their_helpers(text: str, root: Node) -> None:
    """A unit opening a clause with its helpers in brackets right after its name (县应急管理局(县水利局、县自然资源局
    配合)于3月31日前完成…): the unit leads what its helpers help with, as a heading's unit does."""
    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            answer = bracket.responsibility
            if answer.lead or not answer.support or text[bracket.start : bracket.start + 1] not in ("(", "（"):
                continue
            floor = max(0, bracket.start - _SUBJECT_REACH)
            opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, floor, bracket.start)]
            if not opens:
                continue
            words = text[opens[-1] : bracket.start].strip(" \t\u3000")
            leading = _LEADS_THE_WORK.match(words)  # (各区卫生健康局要牵头推进…改革(各区医疗保障局配合): its subject)
            names = split_units(leading.group("units") if leading is not None else words)
            if (
                names
                and all(looks_like_unit(name) and not _DOING_FIRST.match(name) for name in names)
                and not set(names) & set(answer.support)
            ):
                node.brackets[index] = attrs.evolve(
                    bracket, responsibility=Responsibility(tuple(names), answer.support)
                )
