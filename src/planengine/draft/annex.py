"""A table of who answers for what, set apart from the targets (an annex 重点任务责任分工表).

Many action plans state their targets in prose (三、重点任务 / (二)地下管网更新行动. 三年更新改造老化燃气
管道220公里、供水管网150公里…) and name the units in a table at the end, a row per topic
(老化燃气管道更新改造 | 市住房城乡建设局 | 市应急管理局、…). Such a table states no target of its own.
Each target that no unit answers for is given to the row named as its heading is (a row per
action, 分类投放收集提升行动 over its targets and in the table); else to the row whose topic its words
share most: its quote counts most, then its heading (the action it is under) and its sentence. Headings none of
which shares a topic with a row (阶段目标 / 到2025年底…, 保障措施 / 强化资金保障…) keep their targets
unanswered, as the plan leaves them.

The target moves to the row's task, which is what the plan makes answerable for it. A table whose
rows name no topic, only a number (序号 | 牵头科室 | 配合科室), answers for the items numbered so.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

import attrs

from .numbers import NUMBERS_LISTED, NUMBERS_THROUGH, item_number, listed_numbers
from .responsibility import (
    HELPING,
    Responsibility,
    all_units,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    split_units,
)
from .structure import Bracket, Node
from .targets import Reading
from .topics import answer_by_parts, parts_excepted, shared_words, topic_parts, topic_rank

__all__ = [
    "answer_by_category",
    "answer_by_heading_named",
    "answer_by_indicator_name",
    "answer_by_item_numbers",
    "answer_by_row_number",
    "answer_from_annex",
    "answer_from_duties",
    "answer_node",
]

#: Fewest rows that make a table of who answers for what.
_FEWEST_ROWS: Final = 3
#: A few rows of a run: fewer than one in this many (rows stating a dated deliverable, or with blank
#: unit cells, in a table that only says who answers).
_ONE_IN: Final = 5
#: Fewest two-character words a heading (or one beside it) must share with a row's topic to be one of
#: the table's.
_HEADING_SHARES: Final = 2
#: Fewest two-character words a target's quote and sentence must share with the row it is given to.
_TARGET_SHARES: Final = 2
_HAN: Final = re.compile(r"[\u4e00-\u9fff]+")
_SENTENCE_END: Final = "。;\n"
#: How far from a target its sentence is looked for, each way.
_REACH: Final = 300


def answer_from_annex(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Move each unanswered target to the row of an annex table whose topic it matches (in place)."""
    rows = _annex_rows(root, readings)
    if not rows or any(bracket.responsibility for bracket in root.brackets):
        return
    numbered = {row.own: row for row in rows if "#" in row.number}  # 序号 | 牵头科室 | 配合科室
    if not numbered and _rows_number_the_items(root, rows):
        # 序号 | 目标 | 牵头单位 whose numbers are the items' own, 1 to 20 numbered on through the plan: by number,
        # as a duty section's rows are (the row's topic, 高新技术企业培育, names only the item's first target)
        numbered = {row.own: row for row in rows}
    if numbered:
        _answer_by_number(root, readings, numbered)
    topics = [(row, _pairs(_topic_words(row, sh))) for row in rows if "#" not in row.number]
    if not topics:
        return
    goals_row = _goals_row(rows)
    topic_parts = _topic_parts(topics, sh)  # (once: each heading's targets are set against them)
    points: dict[int, tuple[list[int], list[re.Match[str]]]] = {}  # each line's points (一是…), found once
    in_scope: dict[int, bool] = {}  # id(parent) -> whether any heading under it shares a topic
    # (the plan's own title, over all of it, is no heading that says what a part is about)
    for node, heading in (found for child in root.children for found in _unanswered(child, "")):
        own = readings.get(id(node))
        if not own:
            continue
        if goals_row is not None and _GOALS_SECTION.search(heading):  # 二、工作目标 over a row 总体目标
            readings.setdefault(id(goals_row), []).extend((0, reading) for _, reading in own)
            readings[id(node)] = []
            continue
        heading_pairs = _pairs(heading)
        parent = node.parent if node.parent is not None else node
        if id(parent) not in in_scope:  # judged once for all the headings side by side
            in_scope[id(parent)] = any(
                len(_pairs(other.title) & pairs) >= _HEADING_SHARES
                for other in (parent.children if parent is not node else [node])
                for _, pairs in topics
            )
        if (
            not in_scope[id(parent)]
            and ("目标" in heading or not _quotes_name_topics(sh, own, topic_parts))
            and not any(
                _point_row(sh, reading, topics, points) for _, reading in own
            )  # (一是实施…行动。: a row's name)
        ):
            # 到2025年底, 强化资金保障: no topic of the table under this heading, nor beside it, nor in
            # most of its targets' own words; under 阶段目标 the goals of the whole, whatever they name
            continue
        named = _row_named(node.title, topics)  # (二)厨余垃圾处理能力建设行动 over a row of that name
        within = _row_within(node.title, topics) if named is None else None
        kept: list[tuple[int, Reading]] = []
        for segment, reading in own:
            row = (
                _point_row(sh, reading, topics, points)
                or _named_unless_quoted(sh, reading, named, topics)
                or _best_row(sh, reading, heading_pairs, topics)
                or within
            )
            if row is None:
                kept.append((segment, reading))
            else:
                readings.setdefault(id(row), []).append((0, reading))
        readings[id(node)] = kept


#: The title of a section that says, a unit a paragraph, what each answers for ((三)职责分工 /
#: (一)县农业农村局:负责…).
_DUTIES: Final = re.compile(r"(?:职责|责任|任务|工作)分工|部门职责|职责分配|(?:成员)?单位职责$")
#: A duty that helps another unit (配合县农业农村局做好…): that unit leads it.
_HELPS_WITH: Final = re.compile(
    rf"[\s:：]*(?:{HELPING})(?P<unit>[^,，;；。]{{2,20}}?)(?:做好|抓好|开展|推进|完成|共同)"
)


def answer_from_duties(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each unanswered target the unit whose paragraph in a duty section covers it, as an annex
    table's row does, but in place: (三)职责分工 / (一)县农业农村局:牵头推进农村厕所革命,负责户厕新建
    改建… / (二)县住建局:负责农村生活垃圾收运处置体系建设… gives 新(改)建农村卫生户厕3500座 the
    first and 新建乡镇垃圾中转站2座 the second. A node whose targets fall to several units gets a
    bracket for each (drafted as sub-tasks), and a target of it that no paragraph covers a bracket of
    none; beside one unit's targets, such a target takes that unit, as its heading then does.

    A duty section answers for what stands before it, back to the duty section before it: a text of
    several plans gives each plan's targets its own plan's units, and each target is set against
    one section's paragraphs only (the pass stays linear).
    """
    sections = _duty_sections(root, text, sh, readings)
    if not sections:
        return
    starts = [section.position for section, _ in sections]
    answers = {id(row): (row, answer) for _, duties in sections for row, _, answer in duties}
    for node, heading in (found for child in root.children for found in _unanswered(child, "")):
        own = readings.get(id(node))
        index = bisect.bisect_right(starts, node.position)
        if not own or index == len(sections):
            continue
        topics = [(row, pairs) for row, pairs, _ in sections[index][1]]
        heading_pairs = _pairs(heading)
        rows = [_best_row(sh, reading, heading_pairs, topics) for _, reading in own]
        matched = list(dict.fromkeys(id(row) for row in rows if row is not None))
        if not matched:
            continue
        node.brackets[:] = [
            Bracket(answers[key][0].position, answers[key][0].position, answers[key][1]) for key in matched
        ]
        if len(matched) > 1 and None in rows:
            # a target no paragraph covers, beside targets of several units: a bracket of none for it,
            # so that it is not given all of theirs
            node.brackets.append(Bracket(node.position, node.position, Responsibility()))
        node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
        readings[id(node)] = [
            (matched.index(id(row)) if row is not None else len(matched), reading)
            for row, (_, reading) in zip(rows, own)
        ]


_Duty = tuple[Node, frozenset[str], Responsibility]


def _duty_sections(
    root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]
) -> list[tuple[Node, list[_Duty]]]:
    """The plan's duty sections in order, each with its paragraphs, their topics and who answers for
    each: the unit it is headed by, or, where it helps another (配合县农业农村局做好…), that one with it."""
    found: list[tuple[Node, list[_Duty]]] = []
    for section in root.walk():
        if not _DUTIES.search(section.title) or len(section.children) < 2:
            continue
        # (the issuer's name and the date signed after the last paragraph are none of it)
        paragraphs = [child for child in section.children if child.title or readings.get(id(child))]
        if len(paragraphs) < 2 or not all(
            looks_like_unit(child.title)
            and not child.children
            and all(reading.kind == "milestone" and reading.value is None for _, reading in readings.get(id(child), []))
            for child in paragraphs
        ):
            continue
        helpers = _places_carrying_out(text, sh, section)
        duties: list[_Duty] = []
        for child in paragraphs:
            # 负责村庄规划编制工作: a duty, no deliverable of its own (but 6月底前完成…摸排 is one)
            kept = [(segment, reading) for segment, reading in readings.get(id(child), []) if reading.deadline]
            if kept:
                readings[id(child)] = kept
            else:
                readings.pop(id(child), None)
            duty = " ".join(sh[r.start : r.end] for r in child.regions)
            duty = re.sub(rf"^\s*{re.escape(child.title)}\s*[:：]?", "", duty)  # the unit's name is no topic
            helped = _HELPS_WITH.match(duty)
            lead = tuple(split_units(helped.group("unit"))) if helped else ()
            answer = (
                Responsibility(lead, (child.title, *helpers))
                if lead and all(map(looks_like_unit, lead))
                else Responsibility((child.title,), (*_helpers_named(duty), *helpers))
            )
            duties.append((child, _pairs(duty), answer))
        found.append((section, duties))
    return sorted(found, key=lambda pair: pair[0].position)


#: Units said to help in a unit's duty paragraph (县工业和信息化局:牵头负责5G基站…建设;中国电信枫岭分公司、…配合。).
_HELPERS_IN_DUTY: Final = re.compile(
    r"(?:^|[;；,，])\s*(?P<units>[^;；,，。:：]{2,80}?)(?:积极|全力)?(?:配合|协同|协助|参与)(?:推进|实施|落实)?\s*(?=[。;；]|$)"
)


def _helpers_named(duty: str) -> tuple[str, ...]:
    """The units a duty paragraph says help its unit, where it says so once (two such clauses help two parts of the
    duty, which no target is matched to here): none otherwise."""
    found = list(_HELPERS_IN_DUTY.finditer(duty))
    if len(found) != 1:
        return ()
    names = split_units(found[0].group("units"))
    return tuple(names) if names and all(looks_like_unit(n) or names_collective_or_village(n) for n in names) else ()


#: Places that carry out, each in its own bounds, what the units above answer for (各村(社区)负责本辖区
#:整治任务的具体实施): they help with every duty of the section.
_PLACES_CARRYING_OUT: Final = re.compile(
    r"(?:^|(?<=[;。\n]))\s*(?P<places>各[^,;。\n]{1,12}?)\s*(?:要|须|应)?(?:负责|抓好|落实)本(?:辖区|地区|区域|村|乡镇|镇|单位)"
    r"[^;。\n]{0,20}?(?:具体实施|组织实施|具体落实|落实)"
)


def _places_carrying_out(text: str, sh: str, section: Node) -> tuple[str, ...]:
    """The places that carry out every duty of ``section`` (各村(社区)负责本辖区…的具体实施), as written."""
    for region in (region for child in section.walk() for region in child.regions):
        match = _PLACES_CARRYING_OUT.search(sh, region.start, region.end)
        if match is not None:
            return (text[match.start("places") : match.end("places")].strip(),)
    return ()


def _rows_number_the_items(root: Node, rows: list[Node]) -> bool:
    """Whether an annex table's rows are numbered 1 to N, the plan's items are numbered 1 to N too, once each,
    and most rows share words with the item of their number (1 | 高新技术企业培育 beside 1.高新技术企业净增60家):
    the table's row N answers for item N. (A table whose rows name other items than their numbers' is read by
    its topics.)"""
    owns = [row.own for row in rows]
    if len(owns) < _FEWEST_ROWS or owns != [str(n) for n in range(1, len(owns) + 1)]:
        return False
    items = {
        node.own: node for node in root.walk() if node.kind == "ar" and node.own.isdecimal() and node.own.isascii()
    }
    if sorted(items, key=int) != owns:
        return False
    agreeing = sum(bool(_pairs(row.title) & _pairs(items[row.own].title)) for row in rows)
    return 2 * agreeing > len(rows)


def _answer_by_number(root: Node, readings: dict[int, list[tuple[int, Reading]]], numbered: dict[str, Node]) -> None:
    """Move the targets of each unanswered item numbered N to the table's row N (序号 | 牵头科室 |
    配合科室 after items 1. to 20. numbered on through the plan; 第N项:… in a list of deadlines is item N
    too). Numbers that restart under each heading (1. 2. under 一、, 1. 2. under 二、) say no one item:
    nothing is moved. Rows numbered as
    headings are ((一) of 县教育局:牵头负责第(一)项任务) answer for all under the heading so numbered."""
    headings = any(number.startswith("(") for number in numbered)
    items = [
        node
        for child in root.children
        for node, _ in _unanswered(child, "")
        if (node.kind == "cn-paren" if headings else node.own.isdecimal()) and _stated(node, readings, headings)
    ]
    if len({(node.kind, node.own) for node in items}) < len(items):
        return  # (an item numbered N in a list and 第N项 in a list of its deadlines are the same item: both move)
    for node in items:
        row = numbered.get(node.own)
        if row is None:
            continue
        for part in node.walk() if headings else [node]:
            if not any(bracket.responsibility for bracket in part.brackets):
                readings.setdefault(id(row), []).extend((0, reading) for _, reading in readings.get(id(part), []))
                readings[id(part)] = []


def _stated(node: Node, readings: dict[int, list[tuple[int, Reading]]], below: bool) -> bool:
    """Whether a node states targets, itself or (``below``) under it."""
    return any(readings.get(id(part)) for part in (node.walk() if below else [node]))


def _annex_rows(root: Node, readings: dict[int, list[tuple[int, Reading]]]) -> list[Node]:
    """The rows of the tables (runs of rows side by side) that name units and state no target; a row
    whose unit cells are blank (cells merged over rows) is given the units of the row above, one whose
    lead cell alone is blank its lead (the rows are changed in place).

    A topic cell that reads as a dated deliverable on its own (养老服务圈示范街道创建 | 区民政局 | … |
    2025年12月底前) does not make the table one of tasks when most rows state nothing and none states a
    figure: the table still only says who answers, and such rows' readings are dropped."""
    found: list[Node] = []
    for node in root.walk():
        run: list[Node] = []
        for child in [*node.children, None]:
            if child is not None and child.kind == "row":
                run.append(child)
                continue
            # a duty section's lines naming headings by number (县教育局:牵头负责第(一)项) are a table
            # of who answers however few they are
            by_heading = bool(run) and all(row.own.startswith("(") and "#" in row.number for row in run)
            if (len(run) >= _FEWEST_ROWS or by_heading) and _only_answers(run, readings):
                for row in run:
                    readings.pop(id(row), None)
                found.extend(_led(run))
            run = []
    return found


def _only_answers(run: list[Node], readings: dict[int, list[tuple[int, Reading]]]) -> bool:
    """Whether a run of rows names units (in its first row, and in all but a few blank ones) and
    states no target of its own: no figure in any row, and a dated deliverable in a few of them."""
    if run[0].brackets == [] or any(row.children for row in run):
        return False
    if _ONE_IN * sum(not row.brackets for row in run) >= len(run):
        return False  # rows with blank unit cells (merged with the row above) are a few, or none
    stating = [row for row in run if readings.get(id(row))]
    if any(reading.kind != "milestone" for row in stating for _, reading in readings[id(row)]):
        return False
    return _ONE_IN * len(stating) < len(run)


def _led(rows: list[Node]) -> list[Node]:
    """The rows with the units of the row above where their unit cells are blank (merged over rows):
    all of them, or the lead alone beside the row's own helpers."""
    lead: tuple[str, ...] = ()
    for above, row in zip([None, *rows], rows):
        if not row.brackets and above is not None:
            row.brackets.append(above.brackets[-1])
            continue
        answer = row.brackets[-1].responsibility
        if answer.lead:
            lead = answer.lead
        elif lead and answer.support:
            row.brackets[-1] = attrs.evolve(row.brackets[-1], responsibility=Responsibility(lead, answer.support))
    return rows


#: The plan's goals as a whole (工作目标, 主要目标), not goals a task names (强化目标考核, 医养结合目标).
_GOALS: Final = r"(?:总体|主要|工作|发展|预期|总)目标(?:任务)?"
#: A section of them (二、工作目标), as the last word of one of a heading's titles.
_GOALS_SECTION: Final = re.compile(rf"{_GOALS}(?:\s|$)")
#: A row for them (养老服务体系建设总体目标 | 区民政局 | …).
_GOALS_TOPIC: Final = re.compile(rf"{_GOALS}$")


def _goals_row(rows: list[Node]) -> Node | None:
    """The one row that answers for the goals section's targets, whatever each of them names."""
    found = [row for row in rows if "#" not in row.number and _GOALS_TOPIC.search(row.title)]
    return found[0] if len(found) == 1 else None


def _unanswered(node: Node, heading: str) -> Iterator[tuple[Node, str]]:
    """The nodes that no unit answers for, neither they nor a heading above, with their headings."""
    if node.kind == "row" or any(bracket.responsibility for bracket in node.brackets):
        return
    heading = f"{heading} {node.title}"
    yield node, heading
    for child in node.children:
        yield from _unanswered(child, heading)


#: A point numbered in words within a paragraph, with its opening words (一是实施“稳岗扩就业”行动。…).
_POINT: Final = re.compile(r"(?:^|(?<=[。;\n]))[ \t\u3000]*[一二三四五六七八九十]{1,2}是(?P<title>[^。;\n]{2,40})")


def _point_row(
    sh: str,
    reading: Reading,
    topics: list[tuple[Node, frozenset[str]]],
    points: dict[int, tuple[list[int], list[re.Match[str]]]],
) -> Node | None:
    """The row named by the opening words of the point (一是…) a target stands in, in a paragraph of such
    points (一是实施“稳岗扩就业”行动。…城镇新增就业5000人以上: the row 实施“稳岗扩就业”行动). ``points`` keeps each
    line's points, found once (the pass stays linear)."""
    line_start = sh.rfind("\n", 0, reading.start) + 1
    if line_start not in points:
        line_end = sh.find("\n", line_start)
        found = list(_POINT.finditer(sh, line_start, len(sh) if line_end < 0 else line_end))
        points[line_start] = ([p.start() for p in found], found)
    starts, on_line = points[line_start]
    before = bisect.bisect_left(starts, reading.start)
    return _row_named(on_line[before - 1].group("title"), topics) if before else None


def _row_named(title: str, topics: list[tuple[Node, frozenset[str]]]) -> Node | None:
    """The one row whose topic is the heading's name (its words those of the heading), if any: all the
    heading's targets are that row's, whatever words each shares with other rows. A row naming a
    part of the heading's action (既有住宅加装电梯 under 老旧小区改造提质行动) is matched target by target."""
    pairs = _pairs(title)
    named = [row for row, topic in topics if len(topic) >= _HEADING_SHARES and topic == pairs]
    return named[0] if len(named) == 1 else None


def _row_within(title: str, topics: list[tuple[Node, frozenset[str]]]) -> Node | None:
    """The one row whose topic is the most of the heading's name, all its words in it (县级以上集中式
    饮用水水源地水质达标率 over a row 饮用水水源地水质达标率): a heading's targets that name no row in
    their own words (保持100%) are that row's."""
    pairs = _pairs(title)
    within = [(len(topic), row) for row, topic in topics if len(topic) >= _HEADING_SHARES and topic < pairs]
    longest = max((size for size, _ in within), default=0)
    named = [row for size, row in within if size == longest]
    return named[0] if len(named) == 1 else None


def _named_unless_quoted(
    sh: str, reading: Reading, named: Node | None, topics: list[tuple[Node, frozenset[str]]]
) -> Node | None:
    """The row named as the target's heading, unless the target's own words name another row's topic,
    most of it (既有住宅加装电梯300部 under 老旧小区改造行动, beside a row 既有住宅加装电梯; not 分类投放准确率
    under 宣传教育行动, beside 分类投放收集提升行动)."""
    if named is None:
        return None
    quote = _pairs(sh[reading.start : reading.end])
    named_in_quote = any(
        row is not named and len(quote & pairs) >= _TARGET_SHARES and 2 * len(quote & pairs) > len(pairs)
        for row, pairs in topics
    )
    return None if named_in_quote else named


def _quotes_name_topics(sh: str, own: list[tuple[int, Reading]], parts: list[frozenset[str]]) -> bool:
    """Whether most of a heading's targets name a row's topic in their own words, most of it (新增规上工业
    企业25家 under 坚持工业强县, beside a row 新增规上工业企业): the heading is one of the table's, its
    name a slogan that shares no words with any row."""
    named = sum(
        any(
            len(quote & pairs) >= _TARGET_SHARES and 2 * len(quote & pairs) > len(pairs)
            for quote in [_pairs(sh[reading.start : reading.end])]
            for pairs in parts
        )
        for _, reading in own
    )
    return 2 * named > len(own)


#: Where a row's title parts the topics it lists (促消费活动;新增限额以上商贸企业).
_TOPICS_LISTED: Final = re.compile(r"[;；]")
#: Where a row's topic parts into the things it names (县级重点项目及年度计划投资, 粮食播种面积和总产量), each of which a
#: target may name alone.
_TOPIC_PARTS: Final = re.compile(r"[;；、]|(?<!以)及(?!时)|和(?!谐)")


def _topic_parts(topics: list[tuple[Node, frozenset[str]]], sh: str) -> list[frozenset[str]]:
    """The pairs of each topic the rows name, a row naming several (固定资产投资增长目标;县级重点项目及年度计划投资) one
    by one."""
    return [_pairs(part) for row, _ in topics for part in _TOPIC_PARTS.split(_topic_words(row, sh))]


def _topic_words(row: Node, sh: str) -> str:
    """The words of a row's topic: its title, or its whole cell where the title is the first of the topics the cell
    lists (社会消费品零售总额增长目标;促消费活动;新增限额以上商贸企业, titled by the first)."""
    if len(row.regions) != 1:
        return row.title
    cell = sh[row.regions[0].start : row.regions[0].end]
    listed = _TOPICS_LISTED.split(cell)
    return cell if len(listed) > 1 and listed[0].strip() == row.title.strip() else row.title


def _best_row(
    sh: str, reading: Reading, heading: frozenset[str], topics: list[tuple[Node, frozenset[str]]]
) -> Node | None:
    quote = _pairs(sh[reading.start : reading.end])
    sentence = _pairs(_sentence(sh, reading.start, reading.end))
    best: Node | None = None
    best_score = 0
    for row, pairs in topics:
        if len((quote | sentence) & pairs) < _TARGET_SHARES or not quote & pairs:
            # one word in common (城市, 建设) is no topic shared; nor is a sentence's alone (a list of
            # targets, 地区生产总值增长6%左右,…,城镇调查失业率控制在5.5%以内: each names its own)
            continue
        score = 3 * len(quote & pairs) + len(heading & pairs) + len(sentence & pairs)
        if score > best_score:
            best, best_score = row, score
    return best


def _sentence(sh: str, start: int, end: int) -> str:
    """The sentence around ``start:end``, looked for within a bounded reach (the reading stays linear)."""
    low, high = max(0, start - _REACH), min(len(sh), end + _REACH)
    begin = max(max(sh.rfind(mark, low, start) for mark in _SENTENCE_END) + 1, low)
    stops = [i for i in (sh.find(mark, end, high) for mark in _SENTENCE_END) if i >= 0]
    return sh[begin : min(stops) if stops else high]


def _pairs(words: str) -> frozenset[str]:
    """The two-character runs of the Chinese in ``words`` (老旧小区 -> 老旧, 旧小, 小区), but for the
    words of doing that any topic may hold (建设, 改造, 推进…), which say nothing of what it is."""
    return frozenset(
        pair for run in _HAN.findall(words) for i in range(len(run) - 1) if (pair := run[i : i + 2]) not in _COMMON
    )


#: Words of doing (and of scale) that any task's name may hold.
_COMMON: Final = frozenset(
    {
        "建设",
        "改造",
        "提升",
        "推进",
        "完成",
        "实施",
        "开展",
        "新建",
        "加快",
        "加强",
        "工程",
        "项目",
        "工作",
        "行动",
        "城市",
        "全市",
        "全县",
        "全区",
        "组织",  # 负责…组织实施, 组织开展: how any duty is done
        "负责",
    }
)


#: Units given per category of indicator (经济发展类指标由市发展改革委牵头,市统计局配合;创新驱动类…).
_CATEGORY_DUTY: Final = re.compile(
    r"(?P<category>[\u4e00-\u9fff]{2,8}?)类(?:指标|目标)(?:由|均由)?(?P<who>[^;；。\n]{2,120})"
)
#: A row's category cell at the start of its line (| 经济发展 | 地区生产总值(亿元) |…), blank when merged.
_FIRST_CELL: Final = re.compile(r"[ \t]*\|?[ \t]*(?P<cell>[^|\n]*?)[ \t]*\|")


def answer_by_category(root: Node, text: str, sh: str) -> None:
    """Give each table row no unit answers for the units its category's indicators are given
    (主要指标责任分工:经济发展类指标由市发展改革委牵头,…;创新驱动类指标由市科技局牵头,…): the
    category is the row's first cell, or the nearest above it where the cell is merged (blank)."""
    duties: dict[str, Responsibility] = {}
    for match in _CATEGORY_DUTY.finditer(text):
        who = match.group("who")
        if "牵头" not in who and "负责" not in who:
            continue
        answer = parse_responsibility(who)
        if answer.lead and all(looks_like_unit(n) for n in answer.lead):
            duties.setdefault(match.group("category"), answer)
    if not duties:
        return
    category, table = "", None
    for node in root.walk():
        if node.kind != "row":
            continue
        if node.parent is not table:
            category, table = "", node.parent  # a new table: no category merged down into it
        line_start = sh.rfind("\n", 0, node.position + 1) + 1
        first = _FIRST_CELL.match(sh, line_start)  # (in the shadow, a tab between cells is a bar)
        cell = first.group("cell").strip() if first else ""
        if cell and not cell.isdigit():
            category = cell
        if node.brackets or not category:
            continue
        # (其中经济发展类指标由…: the duty's words end with the category's name)
        given = next((a for name, a in duties.items() if name.endswith(category) or category.endswith(name)), None)
        if given is not None:
            node.brackets.append(Bracket(node.position, node.position, given))


#: A duty naming table rows by their numbers (第1-5项由市卫健委牵头; 第6、7项指标由…负责,…配合; 第8项、第12项
#: 由…负责; 其中第4项并网工作由…协助: a part of the item, whose units help).
_NUMBERED_DUTY: Final = re.compile(
    r"第(?P<numbers>\d{1,3}(?:\s*项?\s*[-—–~至到、,，和及]\s*第?\s*\d{1,3})*)\s*项"
    r"(?P<part>[^,，;；。:：由第\d\s]{1,8}?)?(?:均)?(?P<who>由[^;；。\n第]{2,120})"
)
#: A line of an annex naming an item's units by its number with labels (第1项 牵头单位:大气环境处;配合单位:…).
_LABELLED_DUTY: Final = re.compile(
    r"(?m)^[ \t\u3000]*第(?P<numbers>\d{1,3}(?:\s*[-—–~至到、,，]\s*\d{1,3})*)\s*项[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<who>(?:牵头|责任)(?:单位|部门|处室|科室)\s*[:：][^\n]{2,160})"
)
#: What a duty may say it names after the numbers, as the items themselves (第6、7项指标由…).
_ITEMS_AS_SUCH: Final = re.compile(r"(?:指标|目标|任务|工作|项目)")
#: Words closing a duty before the next one's numbers (…配合,其中第4项…).
_DUTY_CLOSE: Final = re.compile(r"[,，、\s]*(?:其中|另外|此外)?[,，、\s]*$")
#: The number a row's task is printed with (1.雁浦经济开发区…, 2、…; not 2.5万吨冷链物流中心).
_PRINTED_NUMBER: Final = re.compile(r"\s*(\d{1,3})\s*[.、．](?!\d)")


def answer_by_row_number(root: Node, text: str) -> None:
    """Give each table row no unit answers for the units a duty names it by its number under (表1 主要
    指标 … then 第1-3项由市卫生健康委牵头,第4项由市医保局牵头,市财政局配合。): the row numbered 2 gets the
    first, the row numbered 4 the second. A row whose blank unit cell took the units above takes the
    duty's instead (表中责任单位栏空白的项目,不沿用上一行…,按以下分工落实). Only rows numbered by digits (in
    a serial cell or before the task's name), and only duties that name a lead; units said only to
    help with a part of an item (其中第4项并网工作由…协助) join its supporting units, and a duty for a
    part of the items (第2—4项数据由县统计局负责) gives them no lead."""
    duties: dict[int, Responsibility] = {}
    helpers: dict[int, list[str]] = {}
    for match in _NUMBERED_DUTY.finditer(text):
        who = _DUTY_CLOSE.sub("", match.group("who"))
        numbers = _numbers_named(match.group("numbers"))
        answer = parse_responsibility(who)
        part = match.group("part")
        if "牵头" not in who and "负责" not in who or (part and not _ITEMS_AS_SUCH.fullmatch(part)):
            helping = re.fullmatch(rf"由(?P<units>[^,，;；]{{2,60}}?)(?:{HELPING})", who)
            if helping is not None:
                names = [n for n in split_units(helping.group("units")) if looks_like_unit(n)]
                for number in numbers:
                    helpers.setdefault(number, []).extend(names)
            continue
        if not answer.lead or not all(looks_like_unit(n) for n in answer.lead):
            continue
        for number in numbers:
            duties.setdefault(number, answer)
    for number, names in helpers.items():
        if number in duties:
            answer = duties[number]
            duties[number] = Responsibility(
                answer.lead, (*answer.support, *(n for n in names if n not in answer.support))
            )
    labelled: dict[int, Responsibility] = {}
    for listed in _LABELLED_DUTY.finditer(text):
        # 附件:责任分工 / 第1项 牵头单位:大气环境处;配合单位:市生态环境监测中心: the labels name the item's units
        answer = parse_responsibility(listed.group("who"))
        if answer.lead and all(looks_like_unit(n) for n in answer.lead):
            for number in _numbers_named(listed.group("numbers")):
                labelled.setdefault(number, answer)
    if labelled:
        _answer_items_by_number(root, labelled)
    if not duties:
        return
    for node in root.walk():
        if node.kind != "row" or not all(bracket.inherited for bracket in node.brackets):
            continue
        printed = _PRINTED_NUMBER.match(node.title)
        row_number = int(node.number) if node.number.isdigit() else int(printed.group(1)) if printed else None
        if row_number is not None and row_number in duties:
            node.brackets[:] = [Bracket(node.position, node.position, duties[row_number])]


def _answer_items_by_number(root: Node, labelled: dict[int, Responsibility]) -> None:
    """Give each of the plan's numbered items (1. 2. … 12.) with no units of its own the units an annex's labelled
    line names for its number (第1项 牵头单位:…), where the items are numbered once through the plan (numbers that
    start again under each heading would not tell which item is meant)."""
    items = [node for node in root.walk() if node.kind == "ar" and node.own.isdigit()]
    if len({node.own for node in items}) != len(items):
        return
    for node in items:
        if not node.brackets and int(node.own) in labelled:
            node.brackets[:] = [Bracket(node.position, node.position, labelled[int(node.own)])]
            node.regions[:] = [attrs.evolve(region, segment=0) for region in node.regions]


def _numbers_named(written: str) -> list[int]:
    """The numbers a duty names (1-5: 1 to 5; 6、7: 6 and 7), at most a hundred."""
    numbers: list[int] = []
    for part in re.split(r"[、,，和及]", written):
        ends = [int(n) for n in re.findall(r"\d{1,3}", part)]
        if len(ends) == 2 and ends[0] <= ends[1] and ends[1] - ends[0] < 100:
            numbers.extend(range(ends[0], ends[1] + 1))
        elif len(ends) == 1:
            numbers.append(ends[0])
    return numbers


#: A sentence giving the indicators stated above their units by name (上述预期目标中,地区生产总值、规模以上
#: 工业增加值分别由区发改局、区工信局牵头,区统计局配合;固定资产投资由区发改局牵头,…。).
_INDICATOR_DUTIES: Final = re.compile(r"(?:上述|以上)[^。;\n由]{0,12}?(?:目标|指标)中?\s*[,:]\s*(?P<duties>[^。\n]+)")
#: A paragraph of such duties alone, under a heading or a line that introduces them (明确各项指标的牵头部门:
#: / 地区生产总值、全员劳动生产率等经济类指标由市发展改革委牵头,市统计局配合;一般公共预算收入由市财政局牵头。).
_DUTIES_PARAGRAPH: Final = re.compile(
    r"(?m)(?:^|(?<=。))[ \t\u3000]*(?:(?:注|说明)\s*\d?\s*[:.、]\s*)?"  # (注:…两项指标由市卫生健康委牵头;…: a note)
    # (1.“全省目标”栏各项指标由省直牵头部门统筹推进:地区生产总值…由…牵头: the lead-in names no indicator)
    r"(?:(?:\d{1,2}[.、]\s*)?[^。\n:;]{2,40}?(?:如下|推进|负责|分工|落实|牵头)[^。\n:;]{0,6}:\s*)?"
    r"(?P<duties>[^。\n:]{2,80}?(?:由|的(?:牵头|责任)(?:单位|部门)为)[^。\n]+)(?=。|[ \t\u3000]*$)"
)
#: One duty of such a sentence: the indicators named, then who answers (…分别由A、B牵头,C配合; …两项指标的
#: 牵头单位为X; …的责任部门为X,Y配合).
_INDICATOR_DUTY: Final = re.compile(
    r"\s*(?P<names>[^,;由]{2,80}?)(?:[,]?(?P<each>分别))?(?P<who>由[^;]+|(?<=的)(?:牵头|责任)(?:单位|部门)为[^;]+)"
)
#: Where one duty of such a sentence ends: at ;, or at a comma before the next indicator's 由.
_INDICATOR_DUTY_END: Final = re.compile(r";|,(?!分别由)(?=[^,;由]{2,80}?(?:分别)?由)")
#: What a duty says after the indicators it names (等经济类指标, 三项创新类指标, 两项指标的): no name of one.
_NAMES_CLOSING: Final = re.compile(
    r"(?:等[^、等]{0,6}?(?:指标|目标)|[一二两三四五六七八九十\d]项[^、]{0,6}?(?:指标|目标)|等|指标|目标)(?:的)?$"
)
#: A note's item number before the indicator it names (注:1.人均预期寿命由…;2.…).
_ITEM_NUMBER: Final = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十])[.、．]\s*")
#: Words joining the indicators a duty names.
_NAMES_JOINED: Final = re.compile(r"[、和及与]")


def answer_by_indicator_name(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the targets stated before a sentence naming their indicators the units it names for each
    (…营商环境便利度指数达到88以上。 then 上述预期目标中,地区生产总值、规模以上工业增加值分别由区发改局、
    区工信局牵头,区统计局配合;…营商环境便利度指数由区营商环境建设局牵头。). A target takes the indicator its
    words name last (单位地区生产总值能耗下降… is the 能耗指标's, not 地区生产总值's); one naming none is
    left to no unit. The targets so answered are those of the section the sentence closes (back to the
    top heading holding the target nearest before it, or to the sentence before), in nodes with no
    units of their own; under a heading that shares the work out (明确责任分工), those of the whole plan,
    each by the topic its words share most with (see :func:`.topics.topic_rank`)."""
    starts = sorted(reading.start for own in readings.values() for _, reading in own)
    groups: list[tuple[int, re.Match[str], list[tuple[str, Responsibility]]]] = []
    previous_end = 0
    for sentence in _duty_sentences(text, sh):
        named = _named_duties(text, sh, sentence)
        if groups and bisect.bisect_left(starts, previous_end) == bisect.bisect_left(starts, sentence.start()):
            groups[-1][2].extend(named)  # no target between: one statement of duties over several paragraphs
        else:
            groups.append((previous_end, sentence, named))
        previous_end = sentence.end()
    for since, sentence, named in groups:
        nearest = _stating_before(root, readings, sentence.start())
        if named and nearest is not None and _under_sharing_heading(root, sentence.start()):
            # (四)明确责任分工。“老旧小区改造”由区住建局牵头,…: the plan's sharing out, for all of it
            for node in root.walk():
                if readings.get(id(node)) and (
                    not any(b.responsibility.lead for b in node.brackets) or _answered_by_default(node)
                ):
                    _answer_named(node, text, sh, readings, named, 0, sentence, fuzzy=True)
        elif named and nearest is not None:
            section = nearest
            while section.parent is not None and section.parent.parent is not None:
                section = section.parent  # the top heading (一、…) over the target nearest before
            for node in section.walk():
                if readings.get(id(node)) and (
                    not any(b.responsibility.lead for b in node.brackets) or _answered_by_default(node)
                ):
                    _answer_named(node, text, sh, readings, named, max(since, section.position), sentence)
            rows = _table_rows_ending_at(nearest)
            for node in rows:
                if readings.get(id(node)) and _cells_answered_apart(node, readings):
                    # 指标 | 全省目标 | 澜州市 | …: the places' cells answered by their places, the whole's
                    # cell by no one until the note under the table names its indicator's units
                    _answer_named(node, text, sh, readings, named, max(since, rows[0].position), sentence, keep=True)


#: A heading that shares the plan's work out among units (明确责任分工, 任务分工, 职责分工).
_SHARING_HEADING: Final = re.compile(r"(?:责任|任务|职责|工作)分工$|^分工$")


def _under_sharing_heading(root: Node, position: int) -> bool:
    """Whether the text at ``position`` stands under a heading that shares the work out (明确责任分工)."""
    holder = None
    for node in root.walk():
        if any(r.start <= position < r.end for r in node.regions):
            holder = node
    while holder is not None and holder.parent is not None:
        if _SHARING_HEADING.search(holder.title):
            return True
        holder = holder.parent
    return False


def _answered_by_default(node: Node) -> bool:
    """A row of places' shares, answered for by its place alone (霁州市 | 9.6 | 68.5), or a row answered
    for by its category's units (一、经济发展类(市发改委牵头), inherited): a duty naming its indicator (or
    its column's) says who answers for it instead."""
    return (
        node.kind == "row"
        and len(node.brackets) == 1
        and (node.brackets[0].inherited or node.brackets[0].responsibility == Responsibility((node.title,)))
    )


def _table_rows_ending_at(row: Node) -> list[Node]:
    """The rows of the table ``row`` is in, up to it (none where it is no row): the table a note after
    it closes."""
    if row.kind != "row" or row.parent is None:
        return []
    siblings = row.parent.children
    at = next(i for i, n in enumerate(siblings) if n is row)
    first = at
    while first > 0 and siblings[first - 1].kind == "row":
        first -= 1
    return list(siblings[first : at + 1])


def _cells_answered_apart(node: Node, readings: dict[int, list[tuple[int, Reading]]]) -> bool:
    """A table row whose targets each have a cell's statement of their own, some naming units and
    some none (a whole's column beside its places' shares)."""
    own = readings[id(node)]
    return (
        node.kind == "row"
        and len(node.brackets) == len(own)
        and all(segment < len(node.brackets) for segment, _ in own)
        and any(not node.brackets[segment].responsibility.lead for segment, _ in own)
    )


def _duty_sentences(text: str, sh: str) -> list[re.Match[str]]:
    """The sentences giving indicators their units by name, in the text's order: those opening with
    the indicators above (上述预期目标中,…), and paragraphs of such duties alone where every duty of
    one names an indicator and its units (two at least: one may be an item's own statement)."""
    sentences = list(_INDICATOR_DUTIES.finditer(sh))
    for paragraph in _DUTIES_PARAGRAPH.finditer(sh):
        if any(s.start() <= paragraph.start() < s.end() for s in sentences):
            continue
        duties = _named_duties(text, sh, paragraph)
        parts = [p for p in re.split(r";", paragraph.group("duties")) if p.strip()]
        if len(duties) >= 2 and all(_INDICATOR_DUTY.fullmatch(p.rstrip()) for p in parts):
            sentences.append(paragraph)
    return sorted(sentences, key=lambda m: m.start())


def _answer_named(
    node: Node,
    text: str,
    sh: str,
    readings: dict[int, list[tuple[int, Reading]]],
    named: list[tuple[str, Responsibility]],
    since: int,
    sentence: re.Match[str],
    *,
    fuzzy: bool = False,
    keep: bool = False,
) -> None:
    """Give a node's targets stated between ``since`` and a duty sentence the units it names for them.
    ``keep``: a target whose own cell names its units keeps them."""
    own = readings[id(node)]
    unnamed = node.brackets[0].responsibility if _answered_by_default(node) else Responsibility()
    answers: list[Responsibility] = []
    segments: list[int | None] = []
    for index, (segment, reading) in enumerate(own):
        if keep and (own_cell := node.brackets[segment].responsibility).lead:
            if own_cell not in answers:
                answers.append(own_cell)
            segments.append(answers.index(own_cell))
            continue
        stated = since <= reading.start < sentence.start()
        quote = text[reading.start : reading.end]
        if stated and index and _BARE_FIGURE.match(quote) and sh[own[index - 1][1].end : reading.start] == "、":
            # the second figure of …收入分别增长5.5%左右、7%左右: the same indicator's, named or not
            segments.append(segments[-1])
            continue
        # (a share in a table of places names its indicator in its column's header: its subject)
        answer = (
            (
                _named_in(quote, named)
                or _named_in(reading.subject, named)
                or (_topic_named_in(quote, named) if fuzzy else _only_topic_named_in(quote, named))
            )
            if stated
            else None
        )
        if (
            answer is None
            and stated
            and index
            and segments[-1] is not None
            and sh[own[index - 1][1].end : reading.start] == "、"
        ):
            answer = answers[segments[-1]]  # the second figure of …分别增长5.5%、7%左右: the same indicator's
        if (
            answer is None
            and fuzzy
            and index
            and segments[-1] is not None
            and not re.search(r"[。;\n]", sh[own[index - 1][1].end : reading.start])
        ):
            answer = answers[segments[-1]]  # 完成老旧小区改造42个…,惠及居民1.5万户以上: the same work's
        if answer is None and fuzzy and stated:
            answer = _topic_named_in(node.title, named)  # (二)扩充公园绿地空间: the heading names the work
        if answer is not None and answer not in answers:
            answers.append(answer)
        segments.append(None if answer is None else answers.index(answer))
    if not answers:
        return
    node.brackets[:] = [Bracket(sentence.start(), sentence.end(), answer) for answer in answers]
    if None in segments:
        node.brackets.append(Bracket(sentence.start(), sentence.start(), unnamed))
    node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
    readings[id(node)] = [
        (len(answers) if segment is None else segment, reading) for segment, (_, reading) in zip(segments, own)
    ]


#: A name that is items' numbers, not an indicator's (第6—9项, 第10、11项, 第(1)项).
_BY_ITEM_NUMBER: Final = re.compile(r"\s*第[\s\d一二三四五六七八九十()（）、,，和及至\-—–~第]+[项件条]\s*")


def _named_duties(text: str, sh: str, sentence: re.Match[str]) -> list[tuple[str, Responsibility]]:
    """Each indicator a duty sentence names, with who answers for it."""
    named: list[tuple[str, Responsibility]] = []
    start, end = sentence.start("duties"), sentence.end("duties")
    cuts = [start, *(m.start() for m in _INDICATOR_DUTY_END.finditer(sh, start, end)), end]
    for a, b in zip(cuts, cuts[1:]):
        a += 1 if a > start else 0  # (past the ; or , that ends the duty before)
        duty = _INDICATOR_DUTY.fullmatch(sh[a:b].rstrip())
        if duty is None:
            continue
        names = [
            _NAMES_CLOSING.sub("", _ITEM_NUMBER.sub("", name.strip().strip("“”\"'‘’")))
            for name in _NAMES_JOINED.split(text[a + duty.start("names") : a + duty.end("names")])
        ]
        if _BY_ITEM_NUMBER.fullmatch(text, a + duty.start("names"), a + duty.end("names")):
            continue  # (第6—9项由县工信局牵头: items by number, read by answer_by_item_numbers, no indicator named)
        answer = parse_responsibility(text[a + duty.start("who") : a + duty.end("who")])
        if answer.lead and all(looks_like_unit(n) for n in answer.lead) and all(len(n) >= 2 for n in names):
            if duty.group("each") and len(answer.lead) == len(names) > 1:
                named.extend((n, Responsibility((lead,), answer.support)) for n, lead in zip(names, answer.lead))
            else:
                named.extend((n, answer) for n in names)
    return named


def _stating_before(root: Node, readings: dict[int, list[tuple[int, Reading]]], position: int) -> Node | None:
    """The node whose target stands nearest before ``position``."""
    best: tuple[int, Node] | None = None
    for node in root.walk():
        for _, reading in readings.get(id(node), []):
            if reading.start < position and (best is None or reading.start > best[0]):
                best = (reading.start, node)
    return best[1] if best is not None else None


def _topic_named_in(quote: str, named: list[tuple[str, Responsibility]]) -> Responsibility | None:
    """Who answers for the topic a target's words share most with (住宅加装电梯 in 既有多层住宅加装电梯120台):
    a list of work by topic names its parts loosely."""
    scores = [(topic_rank(name, quote), answer) for name, answer in named]
    best = max((score for score, _ in scores), default=(0, 0))
    return next(answer for score, answer in scores if score == best) if best[0] else None


def _only_topic_named_in(quote: str, named: list[tuple[str, Responsibility]]) -> Responsibility | None:
    """Who answers for the one indicator whose name a target's words share most with, where no name is
    written whole in them (城乡居民收入 for 城镇和农村居民人均可支配收入…, 体育项目 for 人均体育场地面积): half
    its two-character words at least, and none where two names share alike."""
    scores = [(_shared_pairs(name, quote), answer) for name, answer in named]
    best = max((score for score, _ in scores), default=0)
    winners = {answer for score, answer in scores if score == best}
    return next(iter(winners)) if best and len(winners) == 1 else None


def _shared_pairs(name: str, quote: str) -> int:
    """How many of a name's two-character words, not common to any target's (城乡, 建设), a quote holds,
    where they are half the name's at least: 居民 and 收入 of 城乡居民收入 in 城镇和农村居民人均可支配收入 (two
    of four), 居民 alone in 居民消费价格 (none)."""
    pairs = {name[i : i + 2] for i in range(len(name) - 1)} - {p for p in _COMMON_PAIR.findall(name)}
    shared = sum(1 for pair in pairs if pair in quote)
    return shared if 2 * shared >= len(pairs) else 0  # (half the name at least: not 人口 and 拥有 of a long one)


#: Two characters any target may hold, no sign of which indicator it is.
_COMMON_PAIR: Final = re.compile(r"城乡|全县|全市|全区|全省|增长|建设|新增|完成|达到|以上|指标|目标|任务|项目|工作")
#: A figure alone, as the second of 分别增长5.5%、7%: no words of its own.
_BARE_FIGURE: Final = re.compile(r"\s*[\d.]+\s*(?:%|‰|个百分点)?(?:左右|以上|以内)?\s*$")


def _named_in(quote: str, named: list[tuple[str, Responsibility]]) -> Responsibility | None:
    """Who answers for the indicator a target's words name last (the longest name where two end alike)."""
    found = [(quote.rfind(name) + len(name), len(name), answer) for name, answer in named if name in quote]
    return max(found, key=lambda f: (f[0], f[1]))[2] if found else None


#: A statement naming a part of the plan by its heading's words, then its units (主要目标由县卫健委牵头,…).
_HEADING_NAMED_BY: Final = re.compile(
    r"\s*(?:上述|以上|前述|第[一二三四五六七八九十\d]{1,2}(?:部分|章|节))?"  # 上述总体目标由…, 第一部分主要目标由…
    r"(?P<title>[^,，。;；:：由()（）\n]{2,16}?)(?:均|统一)?交?由"
)


def answer_by_heading_named(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """A statement under a later heading that names an earlier heading by its words (四、任务分工 /
    主要目标由县卫健委牵头,县统计局、各乡镇人民政府配合。 for 二、主要目标) gives that heading's units to
    its targets where no unit answers for them."""
    titled: dict[str, list[Node]] = {}
    for node in root.walk():
        if node.kind not in ("root", "row", "unit") and node.title.strip():
            titled.setdefault(re.sub(r"\s+", "", node.title), []).append(node)
    # (a title heading two parts, （一）主要目标 under 一、 and under 二、, names neither; but a duty list's item
    # restating a heading's title, 2.推进制造业倍增。牵头单位:市工信局;… after (一)推进制造业倍增。…, names it)
    duties: list[tuple[Node, Node]] = []
    headings: dict[str, Node] = {}
    for title, nodes in titled.items():
        if len(nodes) == 1:
            headings[title] = nodes[0]
        elif len(nodes) == 2 and _is_duty(nodes[1], readings) and not nodes[0].brackets:
            duties.append((nodes[0], nodes[1]))
    for titled_node, duty in duties:
        if titled_node.position < duty.position and not any(n is duty for n in titled_node.walk()):
            _give_heading(titled_node, duty.brackets[-1], readings)
    _answer_stated_goals(root, text, readings)
    if not headings:
        return
    nodes = root.walk()
    for node, after in zip(nodes, [*nodes[1:], None]):
        own_end = after.position if after is not None else len(text)
        for bracket in node.brackets:
            if not bracket.responsibility.lead or not node.position <= bracket.start < own_end:
                continue  # (a bracket another pass gave a target from a duty elsewhere names no heading by its start)
            named = _HEADING_NAMED_BY.match(text, bracket.start, bracket.end)
            if named is None or (heading := headings.get(named.group("title"))) is None:
                continue
            if heading.position >= bracket.start or any(n is node for n in heading.walk()):
                continue
            parts = topic_parts(text[bracket.start : bracket.end])
            if parts is not None and parts[0][0] and shared_words(parts[0][0][0], named.group("title")):
                # 水环境质量类指标由区水利局牵头,…;其中,城镇污水管网建设…由区住房城乡建设局单独牵头: each item
                # the part naming it, the heading's units where it names none
                for part, _ in _unanswered(heading, ""):
                    if readings.get(id(part)) and not part.brackets:
                        answer_by_parts(part, text, (bracket.start, bracket.end), parts, readings)
                continue
            _give_heading(heading, bracket, readings)
    _answer_headings_by_sentence(text, headings, readings)
    # 学前教育扩容项目:市教育局牵头,市财政局配合。 on a line of its own under 二、责任分工: the item so titled; or
    # 二、“坚持工业强县，加快构建现代产业体系”部分：县工信局牵头，… in an annex: the part so titled
    lines = sorted(
        [*_TITLE_THEN_UNITS.finditer(text), *_QUOTED_TITLE_THEN_UNITS.finditer(text)], key=lambda m: m.start()
    )
    for line in lines:
        title = re.sub(r"\s+", "", line.group("title"))
        # (“坚持工业强县，加快构建现代产业体系”: a heading's title is kept to its first clause)
        heading = headings.get(title) or headings.get(re.split(r"[,，]", title)[0])
        who = line.group("who")
        listed = _UNITS_ARE.match(who)
        if heading is not None and listed is not None and heading.position < line.start():
            # (“…”部分：责任单位为县生态环境局、县林业局: the units listed with no lead named all answer; 责任单位为X（牵头）、Y
            # or 责任单位：X牵头，Y配合: the lead named leads, the others help)
            listed_units = who[listed.end() :].rstrip("。.")
            said = parse_responsibility(listed_units)
            names = [n.strip("*") for n in split_units(listed_units)]
            if not said.lead and names and all(looks_like_unit(n) for n in names):
                said = Responsibility(tuple(names))
            if said.lead and all(looks_like_unit(n) for n in (*said.lead, *said.support)):
                _give_heading(heading, Bracket(line.start("who"), line.end("who"), said), readings)
            continue
        excepted = _EXCEPTION_AFTER.search(who)
        answer = parse_responsibility(who[: excepted.start()] if excepted else who) if heading is not None else None
        parts = parts_excepted([line.span("who")], text, answer) if excepted and answer and answer.lead else None
        if heading is not None and parts is not None and heading.position < line.start():
            # 经济指标:市发改委牵头,…配合;其中一般公共预算收入…由市财政局牵头,市税务局配合。: each target the part
            # naming it, the line's units where it names none
            for part, _ in _unanswered(heading, ""):
                if readings.get(id(part)) and not part.brackets:
                    answer_by_parts(part, text, line.span("who"), parts, readings)
            continue
        if heading is None or answer is None or not answer.lead or heading.position >= line.start():
            continue
        if all(looks_like_unit(n) and not re.match(r"各?(?:有关|相关)", n) for n in answer.lead):
            # (…市财政局配合,9月底前完成; …,负责项目选址: only the units help; 各有关单位按职责分工负责落实: none named)
            # (…、区水利局、各镇配合: the places, all at once, help too)
            answer = Responsibility(
                answer.lead, tuple(n for n in answer.support if looks_like_unit(n) or names_collective_or_village(n))
            )
            _give_heading(heading, Bracket(line.start("who"), line.end("who"), answer), readings)


#: A duty list's item for the plan's headline goals (1.实现主要预期目标。牵头单位:…), and the words stating
#: those goals in the body (今年全市经济社会发展的主要预期目标是:…).
_GOALS_DUTY: Final = re.compile(
    r"(?:实现|完成|确保)?(?:(?:全年|年度|今年)(?:主要)?(?:预期)?|(?:主要)(?:预期)?|预期)目标(?:任务)?"
)  # (not 目标任务 alone: a project's part so titled, over its own targets)
_GOALS_STATED: Final = re.compile(r"(?:主要)?预期目标(?:是|为)\s*[:：]")


def _answer_stated_goals(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """A duty list's item for the headline goals (1.实现主要预期目标。牵头单位:市发改委;…) answers for the
    targets of the paragraph stating them earlier (…的主要预期目标是:地区生产总值增长5.5%左右,…): the
    node holding those words takes the units for its own targets, when it names none."""
    duties = [
        node
        for node in root.walk()
        if node.kind not in ("root", "row", "unit")
        and _GOALS_DUTY.fullmatch(node.title.strip().rstrip("。."))
        and _is_duty(node, readings)
    ]
    if len(duties) != 1:
        return
    stated = _GOALS_STATED.search(text, 0, duties[0].position)
    if stated is None:
        return
    holder = _holding(root, stated.start())
    if holder is None or not readings.get(id(holder)) or holder.brackets:
        return
    paragraph_end = text.find("\n", stated.end())
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if all(stated.end() <= reading.start < paragraph_end for _, reading in readings[id(holder)]):
        # (only the paragraph stating the goals: a node going on to other targets keeps them unanswered)
        answer_node(holder, duties[0].brackets[-1], readings)


def _holding(root: Node, position: int) -> Node | None:
    """The node whose own text holds ``position``."""
    return next((node for node in root.walk() if any(r.start <= position < r.end for r in node.regions)), None)


def _is_duty(node: Node, readings: dict[int, list[tuple[int, Reading]]]) -> bool:
    """Whether a node only says who answers for work named by its title: units with a lead, no target."""
    return bool(node.brackets and node.brackets[-1].responsibility.lead) and not any(
        readings.get(id(part)) for part in node.walk()
    )


#: Where a line of units goes on to give parts of its work to others (…配合;其中一般公共预算收入…由市财政局牵头; the
#: parts read by :func:`.topics.parts_excepted`).
_EXCEPTION_AFTER: Final = re.compile(r"[,，;；]\s*其中")
#: A line giving an item its units by the item's title (学前教育扩容项目:市教育局牵头,市财政局、市自然资源局配合。).
_TITLE_THEN_UNITS: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?P<title>[^:：,，。;；\n]{2,20}?)[:：][ \t\u3000]*(?P<who>[^:：\n]{2,120}?(?:牵头|负责)[^:：\n]{0,80}?)[。.]?[ \t\u3000]*$"
)


#: An annex line naming a part by its title in quotes, then its units (二、“坚持工业强县，加快构建现代产业体系”部分：县工信局
#: 牵头，县科技局配合。).
_QUOTED_TITLE_THEN_UNITS: Final = re.compile(
    r"(?m)^[ \t\u3000]*+(?:(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])[ \t\u3000]*+)?[“\"「](?P<title>[^”\"」\n]{2,40})[”\"」]"
    r"(?:部分|章节|板块|方面)?(?:的?(?:工作|任务|目标))?[ \t\u3000]*[:：,，][ \t\u3000]*(?P<who>[^\n]{2,160}?)[。.]?[ \t\u3000]*$"
)
#: Units listed as answering with no lead named (责任单位为…, 责任单位：…).
_UNITS_ARE: Final = re.compile(r"\s*(?:责任单位|责任部门)\s*(?:为|是|[:：])\s*")


#: A clause of running text giving an earlier heading's work to its units by the heading's words, where no statement of
#: units was read (…(三)全县总体目标由县农业农村局牵头负责,县财政局、县统计局配合做好统筹调度;各乡镇目标任务由…).
_HEADING_BY_CLAUSE: Final = re.compile(
    r"(?:^|(?<=[。;；\n]))[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．])?"
    r"(?:上述|以上|前述)?(?P<title>[^:：,，。;；\n由()（）]{2,16}?)(?:均|统一)?由"
    r"(?P<who>[^。;；\n]{2,120}?(?:牵头|负责)[^。;；\n]{0,80}?)(?=[。;；\n]|$)"
)


def _answer_headings_by_sentence(
    text: str, headings: dict[str, Node], readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give a heading named by its words in a clause after it (see :data:`_HEADING_BY_CLAUSE`) the units the clause
    names, for its parts with targets and no units of their own; units only, the words after them a remark."""
    for clause in _HEADING_BY_CLAUSE.finditer(text):
        heading = headings.get(re.sub(r"\s+", "", clause.group("title")))
        if heading is None or heading.position >= clause.start():
            continue
        answer = parse_responsibility(clause.group("who"))
        if not answer.lead or not all(looks_like_unit(n) and not re.match(r"各?(?:有关|相关)", n) for n in answer.lead):
            continue
        helpers = tuple(n for n in answer.support if looks_like_unit(n) or names_collective_or_village(n))
        _give_heading(
            heading, Bracket(clause.start("who"), clause.end("who"), Responsibility(answer.lead, helpers)), readings
        )


#: Items given their units by number in a run of statements after them (第一、二件由县教育和体育局牵头,县财政局
#: 配合;第三件由县卫生健康局牵头;…).
_ITEMS_BY_NUMBER: Final = re.compile(
    # (第（1）—（3）项: the numbers of items numbered in brackets, as they are written)
    # (第（4）（5）项: bracketed numbers side by side, a list)
    # (第（1）项至第（3）项: each number with its measure word)
    r"第(?P<numbers>[(（]?[一二三四五六七八九十\d]{1,3}[)）]?(?:项?\s*(?:"
    + "|".join((*NUMBERS_LISTED, *NUMBERS_THROUGH))
    + r")\s*第?[(（]?[一二三四五六七八九十\d]{1,3}[)）]?|(?<=[)）])[(（][一二三四五六七八九十\d]{1,3}[)）])*)(?:件|项|条|(?P<part>部分))(?:民生实事|实事|工作|任务)?(?:均|(?P<each>分别))?"
    r"(?:由|[:：]\s*(?=[^;；。\n]{2,60}?(?:牵头|负责)))"  # (第1、3、9项:市发展改革委牵头,市统计局配合。)
    # (to the statement's end, or to the next item's number after a comma: 第一件由A牵头,第二件由B牵头)
    r"(?P<who>[^;；。\n]{2,160}?)(?=[;；。\n]|[,，、]\s*第[一二三四五六七八九十\d]{1,3}(?:件|项|条|部分)|$)"
)
#: A unit named before the items it answers for by number (市教育局负责第一至三项, 市民政局负责第五、六项).
_UNIT_THEN_ITEMS: Final = re.compile(
    r"(?P<who>[^,，;；。:：\n第]{2,40}?)(?:牵头)?负责第(?P<numbers>[一二三四五六七八九十\d]{1,3}(?:\s*(?:"
    + "|".join((*NUMBERS_LISTED, *NUMBERS_THROUGH))
    + r")\s*第?[一二三四五六七八九十\d]{1,3})*)(?:件|项|条)"
    r"(?:[,，](?P<helpers>[^,，;；。:：\n第]{2,40}?)(?:配合|协助)(?:实施|落实)?(?=[,，;；。\n]|$))?"
)
#: Helpers of every item a run of such statements names, closing it (…负责第十项;市财政局、各县(市、区)人民政府配合。).
_RUN_HELPERS: Final = re.compile(
    r"[;；,，]\s*(?P<helpers>[^;；。:：\n]{2,80}?)(?:配合|协助)(?:实施|落实)?\s*(?:[。\n]|$)"
)


#: Words opening a statement before its unit (其中, 另外, 以上…中): no part of the unit's name.
_STATEMENT_OPENER: Final = re.compile(r"^(?:其中|另外|此外|同时|以上[^,，]{0,12}?中)[,，]?\s*")


def _units_then_items(text: str) -> list[tuple[list[int], list[Bracket]]]:
    """The statements of a run naming a unit, then the items it answers for by number (以上民生实事项目,市教育局负责
    第一至三项,市卫生健康委负责第四项,…;市财政局、…配合。), the helpers closing the run helping with each; none where
    a run holds fewer than two."""
    found: list[tuple[list[int], list[Bracket]]] = []
    run: list[re.Match[str]] = []
    for match in [*_UNIT_THEN_ITEMS.finditer(text), None]:
        if match is not None and (not run or not re.search(r"[。\n]", text[run[-1].end() : match.start()])):
            run.append(match)
            continue
        if len(run) >= 2:
            closing = _RUN_HELPERS.match(text, run[-1].end())
            helpers = tuple(split_units(closing.group("helpers"))) if closing is not None else ()
            for statement in run:
                who = _STATEMENT_OPENER.sub("", statement.group("who").strip(" \t\u3000,，"))
                leads = split_units(who)
                own = statement.group("helpers")  # (…负责第一、二项,市财政局配合;…: its own helpers, not the run's)
                helping = tuple(split_units(own)) if own else helpers
                if leads and all(looks_like_unit(n) for n in leads) and all_units(helping):
                    answer = Responsibility(tuple(leads), helping)
                    numbers = listed_numbers(_bare_numbers(statement.group("numbers")))
                    found.append((numbers, [Bracket(statement.start("who"), statement.end(), answer)] * len(numbers)))
        run = [match] if match is not None else []
    return found


#: The kinds of numbered items such statements count, the likeliest first.
_COUNTED_KINDS: Final = ("ordinal", "named", "ar", "shi", "cn")


def _bare_numbers(written: str) -> str:
    """A statement's item numbers without their brackets and measure words (（4）（5） as 4、5; （1）项至第（3） as
    1至3), as :func:`.numbers.listed_numbers` reads them."""
    return re.sub(r"[()（）项]", "", re.sub(r"[)）][(（]", "、", written))


#: The kinds such statements count when they write the numbers in brackets (第（1）—（3）项).
_BRACKETED_KINDS: Final = ("ar-paren", "cn-paren")


def answer_by_item_numbers(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """A run of statements giving items their units by number (…报告:第一、二件由县教育和体育局牵头,县财政局配合;
    第三件由县卫生健康局牵头;…), after the items: one run of items takes them, the siblings of one kind under one
    heading that hold every number the statements name, of the likeliest kind (第N件 before 1., 1. before 一、),
    the nearest before the first statement; each item so numbered takes the units where none answers for it.
    One statement alone is left to the readers of sentences (it may speak of one item's part)."""
    statements: list[tuple[list[int], list[Bracket]]] = []
    parts: list[tuple[list[int], list[Bracket]]] = []  # (第一部分由…负责: the plan's parts, its headings 一、二、…)
    exceptions: list[tuple[list[int], Bracket]] = []  # a closing statement's exception (…配合;其中第3项由区科技局负责)
    bracketed = False  # (第（1）项 counts the items numbered (1), not 1.)
    for statement in _ITEMS_BY_NUMBER.finditer(text):
        numbers = listed_numbers(_bare_numbers(statement.group("numbers")))
        # (…;其中第3项由区科技局负责）: the bracket the statement stands in closes after it)
        answer = parse_responsibility("由" + statement.group("who").rstrip(")）")) if numbers else Responsibility()
        if not answer.lead or not all(looks_like_unit(n) for n in answer.lead):
            continue
        # (第1、3项分别由A、B牵头: A leads item 1, B item 3)
        respective = statement.group("each") is not None and len(answer.lead) == len(numbers) >= 2
        owns = (
            [Responsibility((lead,), answer.support) for lead in answer.lead] if respective else [answer] * len(numbers)
        )
        brackets = [Bracket(statement.start("who"), statement.end("who"), own) for own in owns]
        if statement.group("part") is not None:
            # (以上工作中,第一部分由…: the plan's own parts; 统计月报分为两部分,第一部分由…: a form's, no heading's)
            floor = max(0, statement.start() - 300)  # (bounded: the sentence of the run, back to its start)
            opening = max(text.rfind("。", floor, statement.start()), text.rfind("\n", floor, statement.start())) + 1
            if re.search(r"以上|上述|前述|本(?:方案|要点|计划)", text[opening : statement.start()]):
                parts.append((numbers, brackets))
        elif _EXCEPTION_OPENING.search(text, max(0, statement.start() - 4), statement.start()):
            exceptions.append((numbers, brackets[0]))  # (one statement is enough: it names its section's item)
        else:
            statements.append((numbers, brackets))
            bracketed = bracketed or bool(re.search(r"[(（]", statement.group("numbers")))
    statements.extend(_units_then_items(text))
    if len(statements) >= 2:
        # (第（1）—（3）项 counts the items numbered (1) first, but may count 1. 2. 3. as well)
        _give_by_number(
            root, statements, (*_BRACKETED_KINDS, *_COUNTED_KINDS) if bracketed else _COUNTED_KINDS, readings
        )
    if len(parts) >= 2:  # (以上工作中,第一部分由X负责,Y协同推进;第二部分由…: the headings 一、二、 so numbered)
        _give_by_number(root, parts, ("cn",), readings)
    if exceptions:
        _give_exceptions(root, exceptions, readings)
    for rows in _duty_tables(root, text):
        # 五、任务分工 / 序号 | 任务编号 | 牵头单位 | 配合单位 / 1 | 1-3 | 区住建局 | 区财政局、…: each row's units for
        # the tasks it numbers
        duties = [(numbers, [row.brackets[0]] * len(numbers)) for row in rows for numbers in [_task_numbers(row.title)]]
        _give_by_number(root, duties, _TABLED_KINDS, readings, largest=True)


#: The kinds of numbered items a table of duties by task number counts, the likeliest first (the tasks, not
#: the points under each, whose numbers start again); last, the rows of a table of the tasks (序号 | 重点任务).
_TABLED_KINDS: Final = ("cn-paren", "ar", "cn", "ar-paren", "row")
#: A table's header naming a column of the tasks' numbers (任务编号, 对应任务序号, 任务号).
_TASK_NUMBER_COLUMN: Final = re.compile(r"任务(?:编号|序号|号)|对应(?:任务|事项)|事项编号")


def _duty_tables(root: Node, text: str) -> Iterator[list[Node]]:
    """The rows of each table giving the plan's tasks their units by number (its header names a column of the
    tasks' numbers): rows named by the numbers they list (1-3, 4, 5、6), with units and no targets of their own."""
    for node in root.walk():
        rows = [
            child
            for child in node.children
            if child.kind == "row"
            and _task_numbers(child.title)
            and child.brackets
            and child.brackets[0].responsibility.lead
            and not child.indicators
        ]
        if len(rows) < 2:
            continue
        header_end = text.rfind("\n", 0, rows[0].position)
        header = text[text.rfind("\n", 0, max(header_end, 0)) + 1 : max(header_end, 0)]
        if _TASK_NUMBER_COLUMN.search(header):
            yield rows


#: What opens a statement's exception (…配合;其中第3项由…负责, 其中,第3项…).
_EXCEPTION_OPENING: Final = re.compile(r"其中[,，]?\s*$")


def _give_exceptions(
    root: Node, exceptions: list[tuple[list[int], Bracket]], readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give each item an exception names (其中第3项由区科技局负责, closing a section's statement of units) to
    its unit, whatever answered for it: the nearest item of that number before the statement (numbers that
    start again under each section name that section's item)."""
    numbered = [
        (node.position, item_number(node.own.strip("()（）")), node)
        for node in root.walk()
        if node.kind in _COUNTED_KINDS and node.parent is not None
    ]
    for numbers, bracket in exceptions:
        for n in numbers:
            before = [node for position, number, node in numbered if number == n and position < bracket.start]
            if not before:
                continue
            for part in before[-1].walk():
                if readings.get(id(part)):
                    part.brackets[:] = []
                    answer_node(part, bracket, readings)


def _task_numbers(cell: str) -> list[int]:
    """The tasks' numbers a cell lists (1-3, 4, 5、6, （一）、（二）)."""
    return listed_numbers(re.sub(r"[()（）\s]", "", cell).strip("、"))


def _give_by_number(
    root: Node,
    statements: list[tuple[list[int], list[Bracket]]],
    kinds: tuple[str, ...],
    readings: dict[int, list[tuple[int, Reading]]],
    largest: bool = False,
) -> None:
    """Give the items the ``statements`` number (each number its bracket) the units they name: the run of
    siblings of one kind under one heading before the first statement that holds every number named, of the
    likeliest of ``kinds`` (``largest``: the run holding the most items, of the likeliest kind among equals),
    the nearest; an item takes them where no unit answers for it."""
    first = min(bracket.start for _, brackets in statements for bracket in brackets)
    wanted = {n for numbers, _ in statements for n in numbers}
    runs: dict[tuple[int, str], dict[int, Node]] = {}  # the items of each heading and kind, by number
    # (…and of each heading's heading, where the numbers run on through its parts: (一)1.…6. (二)7.…12.)
    running_on: dict[tuple[int, str], dict[int, Node]] = {}
    repeated: set[tuple[int, str]] = set()
    for node in root.walk():
        # ((一) and (1) counted as 一 and 1)
        number = item_number(node.own.strip("()（）")) if node.kind in kinds and node.position < first else None
        if number is not None and node.parent is not None:
            runs.setdefault((id(node.parent), node.kind), {})[number] = node  # (the last of a number)
            if node.parent.parent is not None:
                key = (id(node.parent.parent), node.kind)
                if number in running_on.setdefault(key, {}):
                    repeated.add(key)  # (numbering restarted under each part: no run of the whole)
                running_on[key][number] = node
    runs.update((key, items) for key, items in running_on.items() if key not in repeated and key not in runs)
    covering = [(kind, items) for (_, kind), items in runs.items() if kind in kinds and wanted <= items.keys()]
    if not covering:
        return

    def rank(run: tuple[str, dict[int, Node]]) -> tuple[int, int, int]:
        # the likeliest kind, then the nearest run; with ``largest`` the run holding most items first (tasks 1-5
        # under headings (一)(二)(三): a table numbers the tasks)
        kind, items = run
        return (len(items) if largest else 0, -kinds.index(kind), max(node.position for node in items.values()))

    chosen = max(covering, key=rank)[1]
    given: set[int] = set()
    for numbers, brackets in statements:
        for n, bracket in zip(numbers, brackets):
            if n not in given:  # (a number given twice keeps its first statement: each item walked once)
                given.add(n)
                _give_heading(chosen[n], bracket, readings)


def _give_heading(heading: Node, bracket: Bracket, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each part of ``heading`` with targets and no units of its own the units ``bracket`` names (a table's
    row numbered as the task, 1 | 地区生产总值增长6.5%左右 | …, is such a part)."""
    if heading.kind == "row":
        parts = [heading]
    else:
        # (and the rows of a table under it that name no unit: 指标 | 2025年完成 | 2026年目标 under 二、主要预期目标)
        unanswered = [part for part, _ in _unanswered(heading, "")]
        parts = [*unanswered, *(row for part in unanswered for row in part.children if row.kind == "row")]
    for part in parts:
        if readings.get(id(part)) and not part.brackets:
            answer_node(part, bracket, readings)


def answer_node(node: Node, bracket: Bracket, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Let the units ``bracket`` names answer for all of ``node``'s own targets (its one statement, each
    region and reading in its first segment)."""
    node.brackets.append(bracket)
    node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
    readings[id(node)] = [(0, reading) for _, reading in readings[id(node)]]
