"""Targets given out among places in running text, each place named before its own figures.

A plan that shares its work among townships or districts often writes it place by place::

    东城镇:粮食播种面积5.2万亩、产量2.1万吨;西城镇:粮食播种面积6.8万亩、产量2.8万吨;…
    各镇(乡)油菜种植面积:东城镇1.1万亩,西城镇1.5万亩,南岭镇1.9万亩,…

Each place answers for its own figures. :func:`answer_by_place_clause` gives every target in a line
that names two places or more so (a place, then a colon; or a place opening the target's own words)
the place as written as its lead, and leaves every other target as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import attrs

from .closing import answer_each, bracket_of_segment, one_answer
from .plan_wide import opening_end
from .responsibility import Responsibility, looks_like_unit, split_units
from .structure import Node
from .targets import Reading
from .text import EACH_PLACE, line_starts

__all__ = ["answer_by_place_clause", "answer_by_zone_paragraph", "answer_guided_run"]

#: A place's name (a township, a street, a village, a district or county), not a body of it.
_PLACE_NAME: Final = (
    r"(?!各|全|本|该|所在|相关|有关|其他|其余|其中|行政|自然|贫困|脱贫|示范|中心|重点|试点|美丽|文明|易地|搬迁|安置|移民|拆迁|新型|"
    r"产业|城镇|集镇|特色|边境|民族|传统|历史|老旧|城中|城郊|农村|开发|高新|经济|工业|物流)"
    r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|村|社区|区|县|旗)"  # (a proper name before its kind: 东城镇, not 农村)
)
_PLACE: Final = rf"(?<![\u4e00-\u9fff]){_PLACE_NAME}"
#: A place told what it is to do, right after its name (东坪村要完成…, 柳湾村要在6月底前完成…): its own share.
_TOLD_TO_DO: Final = r"(?:要|须|需)(?:在[^,;。]{1,8}?)?(?:完成|新增|新建|建成|发展|实现|达到)"
#: A place opening a clause of its own, then a colon or what it is told to do (东城镇:粮食播种面积…; 东坪村要完成…).
_PLACE_OPENS: Final = re.compile(
    rf"(?:^|(?<=[;；。,，:：\n\s])|(?<=\d[.、．]))(?P<place>{_PLACE})(?:[:：]|(?={_TOLD_TO_DO}))"  # (1.东坪村:…)
)
#: A place opening a target's own words (东城镇1.1万亩, 北湖镇完成…, 东坪村要完成…).
#: (其中桐川村完成80户: a share of the total before it, 其中 no part of the place's name)
_PLACE_FIRST: Final = re.compile(
    rf"(?:其中(?P<among>{_PLACE_NAME})|(?P<place>{_PLACE}))(?=(?:力争|争取)?(?:\d|完成|新增|新建|达到|实现)|{_TOLD_TO_DO})"
)
#: The end of a clause a place's colon governs.
_CLAUSE_END: Final = re.compile(r"[;；。\n]")


def answer_by_place_clause(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target a place names as its own, in a line naming two places or more so, that place
    as its lead (the place as written: 东城镇); and each place's share in a list the places are said to take
    on each for themselves (各村分别完成…任务:东坪村65万元、西坪村48万元), that place alone."""
    starts = line_starts(sh)
    lists = _places_lists(sh)
    openers: dict[int, tuple[list[int], list[str], list[int], bool]] = {}  # a line's colons and whether one heads it
    # (本方案由县农业农村局牵头抓总,各乡镇人民政府按照本方案明确的分解任务抓好落实: the opening says so for all)
    said_for_all = _PLACES_CARRY_OUT.search(sh, 0, opening_end(root, sh)) is not None
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        places: list[str | None] = []
        lines: list[int] = []
        for _, reading in own:
            line = bisect_right(starts, reading.start) - 1
            found = openers.get(line)
            if found is None:
                found = openers[line] = _openers(sh, starts, line)
            places.append(_place_of(sh, reading, found))
            lines.append(line)
        by_line: dict[int, set[str]] = {}
        for line, place in zip(lines, places):
            if place is not None:
                by_line.setdefault(line, set()).add(place)
        # (only a line naming two places or more gives its work out so, or one headed by its place)
        # (a place heading its line answers only where no unit does: 1.东坪村:… under no statement of units)
        unanswered = not any(b.responsibility.lead for n in (node, *node.ancestors()) for b in n.brackets)
        places = [
            place if len(by_line.get(line, ())) >= 2 or (openers[line][3] and unanswered) else None
            for line, place in zip(lines, places)
        ]
        listed = [_listed_place(sh, lists, reading) for _, reading in own]
        if any(listed):  # (the list's places take their shares on, whatever the paragraph's units)
            single = one_answer(node)
            answer_each(
                node,
                readings,
                [
                    Responsibility((place,))
                    if place is not None
                    else bracket_of_segment(node, segment, reading.start, single=single).responsibility
                    for (segment, reading), place in zip(own, listed)
                ],
            )
            continue
        if not any(places) or not (said_for_all or _places_answer(sh, node, own)):
            continue
        single = one_answer(node)  # (once a node: linear)
        guides = _guides_after(sh, max(reading.end for _, reading in own)) or _guides_said_before(
            sh, min(reading.start for _, reading in own)
        )
        answer_each(
            node,
            readings,
            [
                Responsibility((place,), guides)
                if place is not None
                else bracket_of_segment(node, segment, reading.start, single=single).responsibility
                for (segment, reading), place in zip(own, places)
            ],
        )


#: Words saying the places each take on a share, opening the list of their shares (各村分别完成高标准农田建设任务:;
#: 各村(社区)分别完成户厕改造任务:): the places listed after the colon answer for their own figures.
_EACH_TAKES: Final = re.compile(
    EACH_PLACE
    + r"[^,，;；。:：\n]{0,8}?(?:分别|各自)(?:完成|承担|落实|建设|实施|新建|改造)[^,，;；。:：\n]{0,24}?[:：]"
)
#: Where such a list ends: its sentence's end, a blank line, or a line that is no item of it.
_LIST_END: Final = re.compile(
    r"[。]|\n[ \t\u3000]*\n|\n(?![ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|"
    + _PLACE_NAME
    + r"[ \t\u3000:：]*\d))"
)
#: A place opening a share's words, after the list's item number if any (1.东坪村 900亩; 东坪村65万元).
_LISTED_PLACE: Final = re.compile(
    rf"(?:\d{{1,2}}\s*[.、．]\s*)?(?P<place>{_PLACE_NAME})[ \t\u3000:：]*(?=\d|完成|新增|新建|建设|改造)"
)


def _places_lists(sh: str) -> list[tuple[int, int]]:
    """The spans of the places' shares that words like 各村分别完成…: open, in order."""
    spans = []
    for match in _EACH_TAKES.finditer(sh):
        end = _LIST_END.search(sh, match.end())
        spans.append((match.end(), end.start() if end else len(sh)))
    return spans


def _listed_place(sh: str, lists: list[tuple[int, int]], reading: Reading) -> str | None:
    """The place whose share a target is, where it stands in a list of the places' shares; None else."""
    at = bisect_right(lists, (reading.start, len(sh))) - 1
    if at < 0 or not lists[at][0] <= reading.start < lists[at][1]:
        return None
    listed = _LISTED_PLACE.match(sh, reading.start, reading.end)
    return listed.group("place") if listed is not None else None


#: An item's opening before a place heading it (1., (一), 一、).
_ITEM_HEAD: Final = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[ \t\u3000]*"
)
#: A statement before the places' targets naming the office that guides them (青石镇人民政府负责统筹指导、督促推进各村…).
_GUIDES_STATED: Final = re.compile(
    r"(?:^|(?<=[,，;；。\n]))[ \t\u3000]*(?P<units>[^,，;；。\n]{2,20}?)负责(?:统筹)?(?:指导|督导)"
)


def _guides_said_before(sh: str, first: int) -> tuple[str, ...]:
    """The office a statement before the places' first target says guides them, where the statement that the
    places answer stands there too; none else."""
    window = max(0, first - _SAID_WITHIN)
    if not _PLACES_LEAD.search(sh, window, first):
        return ()
    stated = _GUIDES_STATED.search(sh, window, first)
    if stated is None:
        return ()
    names = split_units(stated.group("units"))
    return tuple(names) if names and all(looks_like_unit(name) for name in names) else ()


#: A sentence after the places' targets naming who guides them all (以上村级任务由镇农业办指导。).
_GUIDED_BY: Final = re.compile(
    r"(?:以上|上述)[^。;；\n]{0,12}?(?:任务|目标|工作)(?:均|统一)?由(?P<units>[^。;；,，\n]{2,40}?)(?:负责)?(?:督促|统筹)?(?:指导|督导)"
)
#: Such a sentence naming the places' tasks plainly as what it guides (以上村级任务由…督导; 上述各村(社区)目标任务由…
#: 指导), not a kind of them (以上村级人居环境任务: that section's, found near it).
_PLACES_TASKS_GUIDED_BY: Final = re.compile(
    r"(?:以上|上述)(?:各)?(?:村级|村\(社区\)|村（社区）|各村|村|镇村|村组)(?:的)?(?:各项|年度|重点|工作|目标)*(?:任务|目标)(?:均|统一)?由"
    r"(?P<units>[^。;；,，\n]{2,40}?)(?:负责)?(?:督促|统筹)?(?:指导|督导)"
)
#: A heading between the places' targets and a sentence after them: the sentence is another section's.
_HEADING_BETWEEN: Final = re.compile(
    r"\n[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
)
#: How far after the places' last target that sentence is looked for (the next paragraph at most).
_GUIDED_WITHIN: Final = 120


def _guides_after(sh: str, end: int) -> tuple[str, ...]:
    """The units a sentence right after the places' targets says guide them (they help each place), or one further
    on, past other sections, that names the places' tasks as its own (以上村级任务由镇农业服务中心负责督导); or none."""
    guided = _GUIDED_BY.search(sh, end, end + _GUIDED_WITHIN)
    if guided is None or _HEADING_BETWEEN.search(sh, end, guided.start()):
        # (四、督查考核 / 上述工作由镇纪委督导: the next section's oversight, not the list's guide)
        guided = _PLACES_TASKS_GUIDED_BY.search(sh, end, end + _SAID_WITHIN)
        if guided is None:
            return ()
    names = split_units(guided.group("units"))
    return tuple(names) if names and all(looks_like_unit(name) for name in names) else ()


def _places_answer(sh: str, node: Node, own: list[tuple[int, Reading]]) -> bool:
    """Whether the places answer for their own figures: the item's text before its first target says so
    (以下任务由各镇(乡)分别牵头落实; 各镇(乡)人民政府是本辖区…的责任主体), or its units are the places'
    collective (各乡镇人民政府). Elsewhere a place's figure is a share of the item's work, its units
    answering (城关镇2500人 under 责任单位:县人社局)."""
    first = min(reading.start for _, reading in own)
    section = node
    while section.parent is not None and section.parent.parent is not None:
        section = section.parent  # (the top heading the targets stand under: its opening says so)
    # (二、责任分工 / 各村为本村目标任务的责任主体 over 三、村级目标任务: a section before may say so)
    if _PLACES_LEAD.search(sh, max(0, first - _SAID_WITHIN), first):
        return True
    return any(
        _COLLECTIVE_OF_PLACES.fullmatch(name) for bracket in node.brackets for name in bracket.responsibility.lead
    )


#: How far before its first target a section may say its places answer (the search stays linear).
_SAID_WITHIN: Final = 2000
#: Words saying the places each answer for their own share.
_PLACES_LEAD: Final = re.compile(
    r"由各(?:镇|乡|街道|村|社区|县|区|市)[^,，;；。\n]{0,12}?(?:分别|各自)?(?:牵头|负责)"
    r"|各(?:镇|乡|街道|村|县|区)[^,，;；。\n]{0,12}?(?:是|为)[^,，;；。\n]{0,12}?责任主体"
    r"|各(?:镇|乡|街道|村|社区)[^,，;；。\n]{0,16}?(?:须|要|应)完成(?:以下|下列)任务"  # 各村(社区)2025年须完成以下任务:
)
#: The plan's opening saying the places carry out the shares it gives them (各乡镇人民政府按照本方案明确的分解
#: 任务抓好落实), and how far into the text it is looked for.
_PLACES_CARRY_OUT: Final = re.compile(
    r"各(?:乡镇|镇|乡|街道|镇街|县区|区县)(?:人民政府|政府|办事处)?[^,，;；。\n]{0,16}?(?:分解|下达)的?(?:目标)?任务"
    r"[^,，;；。\n]{0,6}?(?:抓好|负责|组织)?落实"
)
#: A collective of places' bodies named as a unit (各乡镇人民政府, 各镇(乡)人民政府, 各县(市、区)).
_COLLECTIVE_OF_PLACES: Final = re.compile(r"各[\u4e00-\u9fff()（）、]{1,8}?(?:人民政府|政府|办事处)?")


def _openers(sh: str, starts: list[int], line: int) -> tuple[list[int], list[str], list[int], bool]:
    """The colons of places opening clauses on a line: where each ends, whose it is, where its clause ends; and
    whether the first heads its line, an item of its own (1.东坪村:…)."""
    start = starts[line]
    end = starts[line + 1] - 1 if line + 1 < len(starts) else len(sh)
    ats: list[int] = []
    names: list[str] = []
    ends: list[int] = []
    heads = False
    for match in _PLACE_OPENS.finditer(sh, start, end):
        if not names:  # (1.东坪村:…, 1.东坪村要完成…: the first place heads its line)
            heads = _ITEM_HEAD.fullmatch(sh, start, match.start("place")) is not None
        clause_end = _CLAUSE_END.search(sh, match.end(), end)
        ats.append(match.end())
        names.append(match.group("place"))
        ends.append(clause_end.start() if clause_end else end)
    return ats, names, ends, heads


def _place_of(sh: str, reading: Reading, found: tuple[list[int], list[str], list[int], bool]) -> str | None:
    """The place a target is given to: the one opening its own words, else the one whose colon's clause
    holds it (only where the line names two places so, or the place heads its line: 1.东坪村:…)."""
    first = _PLACE_FIRST.match(sh, reading.start, reading.end)
    if first is not None:
        return first.group("place") or first.group("among")
    ats, names, ends, heads = found
    if len(set(names)) < 2 and not heads:
        return None
    if heads and len(set(names)) == 1:
        return names[0]  # (1.东坪村:新发展高山茶园300亩;村集体经营性收入达到25万元以上: its line's, every clause)
    at = bisect_right(ats, reading.start) - 1
    if at >= 0 and reading.start < ends[at]:
        return names[at]
    return None


#: A development zone or park opening its paragraph with a colon (澜川经开区:全年完成…; 滨江临港产业园:…).
_ZONE_OPENS: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?!全|省级|国家级|市级|县级|其他|其余|各|所有|有关|相关)"  # (全县开发区:…: a total, no committee)
    r"(?P<zone>[\u4e00-\u9fff]{2,10}?(?:经开区|高新区|开发区|产业园|工业园区|园区|保税区|新区|示范区))[:：]"
)
#: The zones' administrative committees said to answer for their own paragraphs (由各开发区管委会分别对本开发区
#: 所在段落所列目标负总责; 各园区管委会对本园区目标任务负责).
_ZONES_ANSWER: Final = re.compile(r"各(?:开发区|园区|产业园区?|功能区)管委会[^。;；\n]{0,40}?(?:负总责|负责|牵头)")


def answer_by_zone_paragraph(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Where the zones' committees are said to answer for their own paragraphs (…由各开发区管委会分别对本
    开发区所在段落所列目标负总责), a paragraph opening with a zone's name (澜川经开区:…) is its committee's
    (澜川经开区管委会): each target in it without units of its own takes the committee as lead."""
    if not _ZONES_ANSWER.search(sh):
        return
    opens = {m.start(): m.group("zone") for m in _ZONE_OPENS.finditer(sh)}
    if len(set(opens.values())) < 2:
        return
    starts = line_starts(sh)
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        zones = [_zone_of(starts, opens, reading) for _, reading in own]
        if not any(zones):
            continue
        single = one_answer(node)  # (once a node: linear)
        answers = [
            bracket_of_segment(node, segment, reading.start, single=single).responsibility for segment, reading in own
        ]
        answer_each(
            node,
            readings,
            [
                Responsibility((zone + "管委会",), answer.support) if zone is not None and not answer.lead else answer
                for answer, zone in zip(answers, zones)
            ],
        )


def _zone_of(starts: list[int], opens: dict[int, str], reading: Reading) -> str | None:
    """The zone whose paragraph (its line) the target stands in, if the line opens with one."""
    return opens.get(starts[bisect_right(starts, reading.start) - 1])  # (a zone's match opens at its line's start)


#: A place's or a villagers' group's name as a unit answering for its own line (东坪村, 城关镇, 第一村民小组): not
#: the places at large (各行政村, 示范村) nor a body of people (领导小组).
_PLACE_OR_GROUP: Final = re.compile(rf"{_PLACE}|[\u4e00-\u9fff]{{1,6}}(?:村民小组|村民组)")


def answer_guided_run(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """A run of items each answered for by its own place or group (第一村民小组（组长…）：…), closed by a sentence
    naming who guides them (以上任务由镇农业农村综合服务中心负责督导。): the guiding office helps each place of the
    run, as one guiding the places' targets in a line does (see :func:`answer_by_place_clause`). An item of the
    run with no target of its own (第二村民小组：做好秸秆禁烧工作。) does not break it."""
    for node in root.walk():
        run: list[Node] = []
        for child in [*node.children, None]:
            if child is not None and _led_by_its_place(child):
                if readings.get(id(child)):
                    run.append(child)
                continue
            if len(run) >= 2:
                last = max(reading.end for _, reading in readings[id(run[-1])])
                guides = _guides_after(sh, last)
                for item in run if guides else ():
                    item.brackets[:] = [
                        attrs.evolve(b, responsibility=b.responsibility.helped_by(guides)) for b in item.brackets
                    ]
            run = []


def _led_by_its_place(node: Node) -> bool:
    """Whether an item is answered for by one place or group alone, with no helpers."""
    answers = {b.responsibility for b in node.brackets}
    if len(answers) != 1:
        return False
    (answer,) = answers
    return len(answer.lead) == 1 and not answer.support and _PLACE_OR_GROUP.fullmatch(answer.lead[0]) is not None
