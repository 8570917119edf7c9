"""Units given out by topic in one statement: each of an item's targets takes the part naming it.

An item's statement of units sometimes shares the item out by what is done rather than by number::

    大气和水体任务由市生态环境局檀湾分局牵头,口袋公园和绿道建设由区城管局牵头。
    牵头处室:妇幼健康处负责两癌筛查,疾病预防控制处负责上消化道癌筛查
    牵头处室:妇幼健康处(普惠托位由人口监测与家庭发展处牵头)

Read whole, every target would take every unit (or none). :func:`answer_by_topic` gives each of the
item's targets the part whose topic shares the longest stretch of words with the target's own
(水体 with 完成6条黑臭水体整治, 普惠托位 with 新增普惠托位800个); a target naming no part's topic takes
the item's first part (the unit the item names first, or the one the exception is made from). Where no
target names any part (A负责统筹,B负责资金保障: parts by role) the statement stays whole; parts named the
former and the latter (前一项由A承办,后一项由B负责) go to the item's two sentences in turn.
:func:`answer_by_place` does the same for work shared among places (以上分区任务分别由A区人民政府、B区
人民政府…负责落实): a target naming a place takes that place's body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from .responsibility import DUE_WORDS, OWN_AREA, Responsibility, looks_like_unit, parse_responsibility, split_units
from .structure import Bracket, Node
from .targets import Reading

__all__ = [
    "answer_by_guided_kind",
    "answer_by_parts",
    "answer_by_place",
    "answer_by_topic",
    "by_numbers",
    "parts_excepted",
    "shared_words",
    "topic_parts",
    "topic_rank",
]

#: A lead label before the statement (牵头处室:), or the word opening it (其中,), left out of the parts.
_LABEL: Final = re.compile(
    r"^\s*(?:(?:牵头|责任)(?:(?:单位|部门|处室|科室|股室)(?:\s*[:：]|\s)|\s*[:：])|其中\s*[,，]?)\s*"
)  # (责任:节水型企业创建由…牵头;…: the bare label too)
#: A bracket that is part of a unit's name: a kind of place or body (街道, 单位, 市、区, 社区), not a topic.
_NAME_PART: Final = re.compile(
    r"[省市县区旗镇乡村街道社居委会单位部门、]{1,8}|[\u4e00-\u9fff]{0,4}(?:街道|单位|社区|部门|管委会)"
)
#: A unit with the part it answers for in brackets after its name (市体育局(健身步道、社会足球场)).
_SCOPED_UNIT: Final = re.compile(r"\s*(?P<who>[^()（）、,，;；]{2,30}?)\s*[(（](?P<topic>[^()（）]{2,40})[)）]\s*")
#: A part given by its topic first (大气和水体任务由市生态环境局檀湾分局牵头).
_TOPIC_BY: Final = re.compile(
    r"(?P<topic>[^由,，;；。]{2,30}?)(?:均|统一)?由(?P<who>[^由,，;；。]{2,40}?)(?:共同|单独)?(?:牵头(?:负责)?|负责|(?:具体)?承办|具体(?:实施|落实))(?:组织)?"
    r"(?:实施|落实|推进|办理)?"
)
#: A part given by its unit first (妇幼健康处负责两癌筛查).
_WHO_DOES: Final = re.compile(r"(?P<who>[^负,，;；。]{2,30}?)负责(?P<topic>[^,，;；。]{2,30})")
#: A part given as a unit's duty, in a speech (县卫健局要负责抓好县中医院项目建设, 县工信局要牵头抓好规上企业培育、亩均效益
#: 提升): a part only beside parts given otherwise (a sentence of duties alone is duties.py's).
_WHO_DUTY: Final = re.compile(
    r"(?P<who>[^负牵要将,，;；。]{2,30}?)(?:要|将|须)(?:负责|牵头(?:负责)?)(?:抓好|做好|推进|统筹)?(?P<topic>[^,，;；。]{2,40})"
)
#: A part's topic said alone before its unit (消费方面,县商务局要牵头).
_TOPIC_ALONE: Final = re.compile(r"(?P<topic>[^,，;；。由]{2,16}?)(?:方面|领域|工作)")
#: The unit of the topic said before it (县商务局要牵头; 由县商务局牵头).
_WHO_LEADS: Final = re.compile(r"由?(?P<who>[^,，;；。由]{2,30}?)(?:要|将|须)?(?:牵头|负责)(?:负责|抓总)?")
#: What names a topic as a kind of target, after the topic itself (工业领域目标, 数据基础设施类指标).
_TOPIC_TAIL: Final = re.compile(r"(?:领域|方面|板块|类)?(?:的)?(?:目标|指标|任务)$")
#: Units helping with the part before (区应急局、檀湾燃气集团配合).
_HELPERS: Final = re.compile(
    r"(?P<helpers>[^,，;；。]{2,60}?)(?:要|须|需|应)?(?:积极|全力|主动|密切)?"  # (县市场监管局要积极配合)
    r"(?:配合|协助|参与|协同|(?:抓好|负责)?属地|落实属地责任|抓好落实)(?:推进|实施|(?:抓好)?落实)?(?:做好[^,，;；。]{1,16})?"
    # 各街道、镇对本辖区空气质量负属地责任: the places, each for its own area, help every part
    rf"|(?P<places>各[^,，;；。]{{1,12}}?)(?:对|负责){OWN_AREA}[^,，;；。]{{0,24}}?(?:负属地责任)?"
)
#: One unit with a part made an exception in brackets (妇幼健康处(普惠托位由人口监测与家庭发展处牵头)).
_EXCEPTION: Final = re.compile(r"(?P<main>[^()（）]{2,40}?)\s*[(（](?P<part>[^()（）]+)[)）]")
#: Words any topic shares with many targets: no sign of which part a target is.
_COMMON: Final = frozenset(
    (
        "建设", "任务", "工作", "项目", "完成", "新增", "新建", "改造", "提升", "推进", "实施", "管理", "服务", "治理",
        "整治", "工程", "城市", "农村", "乡村", "城乡", "企业", "社区", "公共", "全市", "全县", "全区", "生活", "设施", "发展",
    )
)  # fmt: skip
_COMMON_WORDS: Final = re.compile("|".join(sorted(_COMMON, key=len, reverse=True)))

Part = tuple[tuple[str, ...], Responsibility]


def topic_parts(statement: str) -> list[Part] | None:
    """The parts of a statement giving topics to units, in order, each its topics and its units; None
    where the statement is not shared out by topic (two parts at least, or one made an exception)."""
    statement = _LABEL.sub("", statement.strip().rstrip("。.;；"))
    exception = _EXCEPTION.fullmatch(statement)
    if exception is not None:
        main = split_units(exception.group("main"))
        inner = _clauses(exception.group("part"))
        if main and all(looks_like_unit(n) for n in main) and inner:
            return [((), Responsibility(tuple(main))), *inner]
        return None
    parts = _clauses(statement) or _scoped_units(statement)
    return parts if parts is not None and len(parts) >= 2 else None


def by_numbers(parts: list[Part]) -> bool:
    """Whether parts are given by the items' numbers (第1、3、5项由A牵头,…), which the items' own numbers answer for."""
    return any(re.search(r"\d", topic) for topics, _ in parts for topic in topics)


def _scoped_units(statement: str) -> list[Part] | None:
    """Units each with the part it answers for in brackets, listed with 、 (市文化广电旅游局(文化惠民演出、
    公共图书馆)、市体育局(健身步道、社会足球场))."""
    pieces: list[str] = []
    depth, begin = 0, 0
    for at, char in enumerate(statement):
        depth += (char in "(（") - (char in ")）")
        if char == "、" and depth == 0:
            pieces.append(statement[begin:at])
            begin = at + 1
    pieces.append(statement[begin:])
    parts: list[Part] = []
    for piece in pieces:
        scoped = _SCOPED_UNIT.fullmatch(piece)
        if scoped is None or not looks_like_unit(scoped.group("who")) or _NAME_PART.fullmatch(scoped.group("topic")):
            return None  # (各乡镇(街道)、县直有关部门(单位): the bracket is part of the names)
        topics = tuple(t for t in re.split(r"[、和及与]", scoped.group("topic")) if len(t) >= 2)
        parts.append((topics, Responsibility((scoped.group("who"),))))
    return parts


def _clauses(statement: str) -> list[Part] | None:
    parts: list[Part] = []
    topic_alone: re.Match[str] | None = None  # (消费方面, waiting for its unit in the next clause)
    duties = 0  # parts given as duties (县工信局要牵头抓好…)
    for clause in re.split(r"[,，;；]", statement):
        clause = clause.strip()
        if clause == "其中" and parts:
            continue  # …配合;其中,A由X单独牵头: the parts made exceptions follow
        if topic_alone is not None:
            who_leads = _WHO_LEADS.fullmatch(clause)
            who = split_units(who_leads.group("who")) if who_leads is not None else []
            if not who or not all(looks_like_unit(n) for n in who):
                return None
            parts.append(((topic_alone.group("topic"),), Responsibility(tuple(who))))
            topic_alone = None
            continue
        if parts and (alone := _TOPIC_ALONE.fullmatch(clause)) is not None and _HELPERS.fullmatch(clause) is None:
            topic_alone = alone  # (…;消费方面,县商务局要牵头,县市场监管局要积极配合: a part given after the first)
            continue
        found = None if "属地" in clause else _TOPIC_BY.fullmatch(clause)
        if found is None and "属地" not in clause:
            duty = _WHO_DUTY.fullmatch(clause)
            duties += duty is not None
            found = duty or _WHO_DOES.fullmatch(clause)
        if found is not None:
            who = split_units(found.group("who"))
            if not who or not all(looks_like_unit(n) for n in who):
                return None
            named = (_TOPIC_TAIL.sub("", t) for t in re.split(r"[、和及与]", found.group("topic")))
            topics = tuple(t for t in named if len(t) >= 2)
            parts.append((topics, Responsibility(tuple(who))))
            continue
        helping = _HELPERS.fullmatch(clause)
        places = helping.group("places") if helping is not None else None
        helpers = split_units(places or helping.group("helpers")) if helping is not None else []
        if not parts or not helpers or not all(looks_like_unit(n) for n in helpers):
            return None
        # (…,B由Y负责,各乡镇人民政府抓好属地落实: the places carry out every part in their areas; 各街道配合
        # after a part helps that part)
        for index in range(len(parts)) if "属地" in clause or places else [len(parts) - 1]:
            topics, answer = parts[index]
            parts[index] = (topics, Responsibility(answer.lead, (*answer.support, *helpers)))
    return parts if parts and topic_alone is None and duties < len(parts) else None


def shared_words(topic: str, quote: str, everywhere: Sequence[str] = ()) -> int:
    """How many of ``topic``'s own characters a stretch that ``quote`` holds too shares (0: none), counting no
    words any target may hold (建设, 服务, 设施): two at least, half the topic's own at least (癌筛查 is no sign
    of 上消化道癌筛查 in 宫颈癌筛查; 养老服务设施 shares only 养老 of 住宅小区配建养老服务设施). Stretches every
    one of ``everywhere`` holds (the item's other targets) are no sign of the topic."""
    return _sharing(topic, quote, _held_by_all(topic, everywhere))[0]


def topic_rank(topic: str, quote: str, everywhere: Sequence[str] = ()) -> tuple[int, int]:
    """How well ``quote`` names ``topic``, to rank topics by: the share of the topic's own words it holds, then
    the length of the stretch (公共机构节水 and 节水型单位 both whole in 公共机构节水型单位建成率: the longer
    names it); (0, 0) where :func:`shared_words` finds none."""
    return _rank(topic, quote, _held_by_all(topic, everywhere))


def _rank(topic: str, quote: str, held: frozenset[str]) -> tuple[int, int]:
    """:func:`topic_rank` with the stretches every target holds found already (``held``)."""
    shared, stretch = _sharing(topic, quote, held)
    return (1000 * shared // len(_COMMON_WORDS.sub("", topic)), stretch) if shared else (0, 0)


def _held_by_all(topic: str, everywhere: Sequence[str]) -> frozenset[str]:
    """The stretches of ``topic`` that every one of ``everywhere`` holds (none where it is empty): found once for
    all of an item's targets, so that ranking each target stays linear in their number."""
    if not everywhere:
        return frozenset()
    pieces = {topic[start:end] for start in range(len(topic)) for end in range(start + 1, len(topic) + 1)}
    return frozenset(piece for piece in pieces if all(piece in other for other in everywhere))


def _sharing(topic: str, quote: str, held: frozenset[str]) -> tuple[int, int]:
    """(the topic's own characters shared, the length of the longest stretch shared), or (0, 0)."""
    best = 0
    shared = 0  # the most of the topic's own words a stretch shares
    # (the common words' own spans in the topic: a stretch cutting through one, 旅游公 of 旅游公共厕所 in
    # 旅游公路, shares half a word, not a word)
    inside = {i for m in _COMMON_WORDS.finditer(topic) for i in range(m.start() + 1, m.end())}
    for start in range(len(topic)):
        if start in inside:
            continue
        for end in range(len(topic), start + max(best, 1), -1):
            piece = topic[start:end]
            if end not in inside and piece in quote and _COMMON_WORDS.sub("", piece) and piece not in held:
                best = end - start
                shared = max(shared, len(_COMMON_WORDS.sub("", piece)))
                break
    own = len(_COMMON_WORDS.sub("", topic))  # (停车设施建设: 停车; 城市更新: 更新)
    return (shared, best) if shared >= 2 and 2 * shared >= own else (0, 0)


def _names_a_topic(quote: str, parts: list[Part]) -> bool:
    return any(shared_words(topic, quote) for topics, _ in parts for topic in topics)


def _parts_for(quotes: Sequence[str], parts: list[Part]) -> list[int]:
    """The part for each of an item's ``quotes`` (see :func:`_part_for`), the words all of them hold found once."""
    everywhere = quotes if len(quotes) >= 2 else ()
    held = {topic: _held_by_all(topic, everywhere) for topics, _ in parts for topic in topics}
    return [_part_for(quote, parts, held, bool(everywhere)) for quote in quotes]


def _part_for(
    quote: str, parts: list[Part], held: dict[str, frozenset[str]] | None = None, several: bool = False
) -> int:
    """The part whose topics share most with the quote; the first where none shares any. Words every one
    of the item's targets holds (``held``, by topic: 旅游 in a tourism item's 旅游公路 and 乡村旅游公共厕所) are
    no sign of a part; ``several`` says the item has more than one target."""
    held = held or {}
    scores = [
        max((_rank(topic, quote, held.get(topic, frozenset())) for topic in topics), default=(0, 0))
        for topics, _ in parts
    ]
    if several and not max(scores)[0]:
        # (every target holds the word that tells the parts apart, 停车场 in an item on parking: it tells them,
        # where the target holds the whole of a topic's own words; 旅游 alone, half of 乡村旅游公共厕所, does not)
        scores = [
            max((rank for topic in topics if (rank := topic_rank(topic, quote))[0] == 1000), default=(0, 0))
            for topics, _ in parts
        ]
    best = max(scores)
    return scores.index(best) if best[0] else 0


def answer_by_topic(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target of an item whose statement shares it out by topic the part naming it."""
    for node in root.walk():
        own = readings.get(id(node))
        if own and len(node.brackets) > 1:
            _answer_each_bracket(node, text, readings)
            continue
        if not own:
            continue
        found = _statement(node, text)
        if found is None:
            continue
        (start, end), parts, base = found
        in_turn = _in_turn(text, parts, [reading for _, reading in own])
        if in_turn is not None:
            chosen = in_turn  # 前一项由X承办,后一项由Y负责: the sentences before, in their order
        elif any(_names_a_topic(text[reading.start : reading.end], parts) for _, reading in own):
            quotes = [text[reading.start : reading.end] for _, reading in own]
            chosen = _sentences_in_turn(text, parts, [reading for _, reading in own]) or _unnamed_in_order(
                text, parts, [reading for _, reading in own], _parts_for(quotes, parts)
            )
        else:
            continue  # 区住建局负责统筹,区财政局负责资金保障: parts by role, which no target names
        _give_parts(node, (start, end), parts, base, chosen, readings)


def answer_by_parts(
    node: Node, text: str, span: tuple[int, int], parts: list[Part], readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give each of ``node``'s targets the part of the statement at ``span`` whose topic it names, the first
    part (the work the statement is about as a whole) where it names none: 水环境质量类指标由区水利局牵头,…;
    其中,城镇污水管网建设…由区住房城乡建设局单独牵头 for the items under (二)水环境质量类指标."""
    quotes = [text[reading.start : reading.end] for _, reading in readings[id(node)]]
    _give_parts(node, span, parts, Responsibility(), _parts_for(quotes, parts), readings)


def _give_parts(
    node: Node,
    span: tuple[int, int],
    parts: list[Part],
    base: Responsibility,
    chosen: list[int],
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """Give ``node`` a bracket for each part ``chosen`` for one of its targets, in order."""
    used = sorted(set(chosen))
    answers = []
    # (the statement's helpers of no part help every part: 配合单位:… after the parts; a part's own
    # helpers, 由A牵头,B配合;由C牵头,D配合, help that part alone)
    in_parts = {unit for _, answer in parts for unit in (*answer.lead, *answer.support)}
    for index in used:
        lead = parts[index][1].lead
        common = (u for u in base.support if u not in lead and u not in in_parts and looks_like_unit(u))
        support = (*parts[index][1].support, *common)
        answers.append(Responsibility(lead, tuple(dict.fromkeys(support))))
    node.brackets[:] = [Bracket(span[0], span[1], answer) for answer in answers]
    node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
    own = readings[id(node)]
    readings[id(node)] = [(used.index(index), reading) for index, (_, reading) in zip(chosen, own)]


#: Parts named by their place among the sentences before (前一项, 后一项; 前者, 后者).
_FORMER: Final = ("前一项", "前者", "前项")
_LATTER: Final = ("后一项", "后者", "后项")


def _in_turn(text: str, parts: list[Part], readings: list[Reading]) -> list[int] | None:
    """Each target's part where the parts are named the former and the latter (前一项…,后一项…): the
    targets of the item's first sentence (up to a 。 or ;) the former's, the rest the latter's."""
    if len(parts) != 2 or parts[0][0] not in [(w,) for w in _FORMER] or parts[1][0] not in [(w,) for w in _LATTER]:
        return None
    turns = [0]
    for before, after in zip(readings, readings[1:]):
        turns.append(turns[-1] + bool(re.search(r"[。;；]", text[before.end : after.start])))
    return turns if turns[-1] == 1 else None  # (three sentences or more: which two are meant is not said)


def _sentences_in_turn(text: str, parts: list[Part], readings: list[Reading]) -> list[int] | None:
    """Each target's part where the item's sentences (parted by 。 or ;) are as many as the parts and
    every target naming a topic names its own sentence's (…工业企业…200个,…15家;农产品网络零售额增长15%。
    (工业领域目标由A牵头,农业领域目标由B牵头)): the parts in the sentences' order."""
    turns = [0]
    for before, after in zip(readings, readings[1:]):
        turns.append(turns[-1] + bool(re.search(r"[。;；]", text[before.end : after.start])))
    if turns[-1] + 1 != len(parts) or len(parts) < 2:
        return None
    for turn, reading in zip(turns, readings):
        quote = text[reading.start : reading.end]
        if _names_a_topic(quote, parts) and _part_for(quote, parts) != turn:
            return None
    return turns


def _unnamed_in_order(text: str, parts: list[Part], readings: list[Reading], chosen: list[int]) -> list[int]:
    """``chosen`` with a target naming no topic that opens its sentence given the part after the last one given, where
    no target names that part (…招商引资由C牵头;消费方面,D要牵头: 新增限额以上商贸企业20家, in the sentence after
    招商's, is 消费's), and the targets after it in its sentence naming none the same part. The rest keep theirs
    (a target naming no topic beside one naming a topic stays the first part's, the work as a whole)."""
    named = [_names_a_topic(text[r.start : r.end], parts) for r in readings]
    named_parts = {part for part, says in zip(chosen, named) if says}
    out = list(chosen)
    last = -1  # the last part given so far, in the text's order
    by_order = False  # whether the target before took its part by this order
    for at, reading in enumerate(readings):
        if named[at]:
            last, by_order = max(last, out[at]), False
            continue
        opens = not at or re.search(r"[。\n]", text[readings[at - 1].end : reading.start]) is not None
        if not opens and by_order:
            out[at] = out[at - 1]
        elif opens and 0 <= last and last + 1 < len(parts) and last + 1 not in named_parts:
            out[at], last, by_order = last + 1, last + 1, True
        else:
            by_order = False
    return out


def _bracket_parts(text: str, bracket: Bracket) -> list[Part] | None:
    """The parts of a bracket's statement (a labelled line, a bracket) sharing the work out by topic."""
    content = text[bracket.start : bracket.end]
    for piece in re.split(r"[;；\n](?=\s*(?:牵头|责任|配合|协办)(?:单位|部门|处室|科室|股室)(?:\s*[:：]|\s))", content):
        if re.match(r"\s*(?:配合|协办)", piece):
            continue
        wrapped = re.fullmatch(r"\s*[(（](.*)[)）]\s*", piece, re.S)  # (牵头单位:…): the bracket around it
        parts = topic_parts(wrapped.group(1) if wrapped else piece)
        if parts is not None:
            return parts
    return None


def _answer_each_bracket(node: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """In a node with a statement after each of its paragraphs, give the targets of a paragraph whose
    statement shares it out by topic the part naming each (…;农产品网络零售额增长15%。(工业领域目标由A牵头,
    农业领域目标由B牵头)); the part first used takes the statement's place, the others are added."""
    own = readings[id(node)]
    # each segment's targets, gathered once (not a scan of them all per bracket: a node of many paragraphs
    # each closed by its statement stays linear); the segments given below are new ones, never asked for
    by_segment: dict[int, list[int]] = {}
    for at, (segment, _) in enumerate(own):
        by_segment.setdefault(segment, []).append(at)
    for index in range(len(node.brackets)):
        bracket = node.brackets[index]
        parts = _bracket_parts(text, bracket)
        if parts is None and bracket.responsibility.lead:
            # (…。其中,X由C负责(责任单位:A) or …(责任单位:A)。其中,X由C负责。: the paragraph the bracket is in)
            parts = parts_excepted([_sentence_of(text, bracket)], text, bracket.responsibility)
        mine = by_segment.get(index, [])
        if parts is None or not mine:
            continue
        quotes = [text[own[at][1].start : own[at][1].end] for at in mine]
        if not any(_names_a_topic(quote, parts) for quote in quotes):
            continue
        chosen = _sentences_in_turn(text, parts, [own[at][1] for at in mine]) or _parts_for(quotes, parts)
        segments: dict[int, int] = {}
        for part in sorted(set(chosen)):
            # each part's own helpers (工业领域目标由A牵头,B配合;农业领域目标由C牵头: B helps A alone)
            answer = Bracket(bracket.start, bracket.end, parts[part][1])
            if not segments:
                node.brackets[index] = answer
                segments[part] = index
            else:
                node.brackets.append(answer)
                segments[part] = len(node.brackets) - 1
        for at, part in zip(mine, chosen):
            own[at] = (segments[part], own[at][1])


def _statement(node: Node, text: str) -> tuple[tuple[int, int], list[Part], Responsibility] | None:
    """The node's statement that shares it out by topic: its bracket's (a labelled line), else a
    sentence of its own text; with the statement's span, its parts and the units it names besides."""
    if node.brackets:
        bracket = node.brackets[0]
        parts = _bracket_parts(text, bracket)
        if parts is None and len(node.brackets) == 1 and bracket.responsibility.lead:
            # (the 其中 sentence beside the statement, or inside it: 由X负责,Y配合;其中,A由B负责,C配合)
            spans = [(region.start, region.end) for region in node.regions] + [(bracket.start, bracket.end)]
            parts = parts_excepted(spans, text, bracket.responsibility)
            if parts is None:
                # (县工信局要牵头抓好规上企业培育…,县自然资源局要积极配合;高新技术企业培育由县科技局牵头负责,县市场监管局
                # 配合。: the statement the last part of a sentence sharing the work out, read whole)
                start, end = _sentence_of(text, bracket)
                parts = topic_parts(text[start:end]) if start < bracket.start else None
                if parts is not None and bracket.responsibility.lead == parts[-1][1].lead and not by_numbers(parts):
                    return (start, end), parts, bracket.responsibility
                parts = None
        return ((bracket.start, bracket.end), parts, bracket.responsibility) if parts is not None else None
    for region in node.regions:
        for sentence in re.finditer(r"[^。\n]+", text[region.start : region.end]):
            parts = topic_parts(sentence.group())
            if parts is not None and parts[0][0]:  # (a sentence shares out by topics from its first part)
                start = region.start + sentence.start()
                return (start, region.start + sentence.end()), parts, parse_responsibility("")
    return None


#: A sentence giving parts of the item to other units than its statement's (其中,环线道路改造由县交通运输局负责,
#: 停车场扩建由县城市管理局负责), up to the sentence's end or a bracket.
_EXCEPTED: Final = re.compile(r"其中\s*[,，]?\s*(?P<parts>[^。\n(（]+)")
#: The date closing the parts (…,市城投集团配合,11月30日前完成): when they are due, no part.
_DUE_AFTER: Final = re.compile(rf"[,，]\s*{DUE_WORDS}\s*$")


def _sentence_of(text: str, bracket: Bracket) -> tuple[int, int]:
    """The sentence a bracket closes, with the sentence after it where that one opens with 其中 (…(责任单位:A)。
    其中,X由C负责。): where a 其中 giving parts of the bracket's work out may stand."""
    line_start = text.rfind("\n", 0, bracket.start) + 1
    start = max(line_start, text.rfind("。", line_start, bracket.start) + 1)
    end = bracket.end
    if re.match(r"[。\s]*其中", text[end : end + 8]):
        stop = text.find("。", end + 1)
        line_end = text.find("\n", end)
        end = min(p for p in (stop, line_end, len(text)) if p >= 0)
    return start, end


def parts_excepted(spans: list[tuple[int, int]], text: str, answer: Responsibility) -> list[Part] | None:
    """The parts of an item whose statement of units (…(责任单位:A;配合单位:B)) is followed or preceded by a
    sentence giving parts of it to others by topic (其中,X由C负责), found in the item's ``spans`` of text: the
    statement's units first, for the targets naming no part, then each part's unit leading with its own
    helpers, or the statement's where it names none."""
    for start, end in spans:
        for excepted in _EXCEPTED.finditer(text, start, end):
            words = _DUE_AFTER.sub("", excepted.group("parts").strip().rstrip(",，;；"))  # (…,11月30日前完成: when)
            parts = _clauses(words)
            if parts is None or not all(topics for topics, _ in parts):
                continue
            # (a part naming its own helpers has those; one naming none, the statement's)
            own = [
                (
                    topics,
                    part
                    if part.support
                    else Responsibility(part.lead, tuple(u for u in answer.support if u not in part.lead)),
                )
                for topics, part in parts
            ]
            return [((), answer), *own]
    return None


#: A statement giving the targets above to places' own governments in turn (以上分区任务分别由澜湾区人民政府、
#: 青樾区人民政府…和枫屿高新区管委会负责落实,…,市园林绿化局负责统筹指导和考核验收).
_BY_PLACES: Final = re.compile(
    r"(?:以上|上述)[^。;；\n]{0,12}?(?:均|各自)?分别由(?P<units>[^。;；\n由]{4,200}?)(?:牵头)?负责(?:落实|实施|推进)?"
    r"(?P<rest>[^。\n]*)"
)
#: A place's own body, after the place's name (澜湾区人民政府, 枫屿高新区管委会, 城关街道办事处).
_PLACE_BODY: Final = re.compile(r"(?:人民政府|政府|管委会|管理委员会|街道办事处|办事处)$")
#: A unit guiding the places' work, after them (…,市园林绿化局负责统筹指导和考核验收).
_GUIDE: Final = re.compile(r"[,，](?P<unit>[^,，;；。]{2,30}?)负责(?:统筹|指导|督导|考核|协调)")


def answer_by_place(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target above a statement sharing the work out among places (以上分区任务分别由A区人民政府、
    B区人民政府…负责落实) the government of the place the target names (A区新增绿地30公顷: A区人民政府),
    the unit guiding them helping; a target naming no place keeps what it had."""
    for statement in _BY_PLACES.finditer(text):
        units = split_units(statement.group("units"))
        places = {_PLACE_BODY.sub("", unit): unit for unit in units}
        if len(units) < 2 or not all(2 <= len(place) <= 10 and place != unit for place, unit in places.items()):
            continue
        guides = tuple(
            unit
            for m in _GUIDE.finditer(statement.group("rest"))
            for unit in split_units(m.group("unit"))
            if looks_like_unit(unit)
        )
        section = _section_of(root, statement.start())
        if section is None:
            continue
        for node in section.walk():
            own = readings.get(id(node))
            if not own:
                continue
            named = [
                _place_named(text[r.start : r.end], places) if r.end <= statement.start() else None for _, r in own
            ]
            if sum(n is not None for n in named) < 1:
                continue
            answers: list[Responsibility] = []
            segments: list[int] = []
            for (segment, _), unit in zip(own, named):
                if unit is None:
                    answer = node.brackets[segment].responsibility if segment < len(node.brackets) else Responsibility()
                else:
                    answer = Responsibility((unit,), guides)
                if answer not in answers:
                    answers.append(answer)
                segments.append(answers.index(answer))
            node.brackets[:] = [Bracket(statement.start(), statement.end(), answer) for answer in answers]
            node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
            readings[id(node)] = [(segment, reading) for segment, (_, reading) in zip(segments, own)]


def _place_named(quote: str, places: dict[str, str]) -> str | None:
    """The unit of the place a target's words name first (北泉区新增绿地35公顷: 北泉区人民政府)."""
    found = [(quote.find(place), -len(place), unit) for place, unit in places.items() if place in quote]
    return min(found)[2] if found else None


def _section_of(root: Node, position: int) -> Node | None:
    """The top heading (一、…) whose text holds ``position``, or the root where no heading does."""
    holder: Node | None = None
    for node in root.walk():
        if any(r.start <= position < r.end for r in node.regions) or any(
            b.start <= position < b.end for b in node.brackets
        ):
            holder = node
    if holder is None:
        return None
    while holder.parent is not None and holder.parent.parent is not None:
        holder = holder.parent
    return holder


#: The end of one part of a note giving each kind of target the office that guides it (村集体经营性收入、土地流转…
#: 等集体经济类目标,由镇经济发展办公室指导), after its topics (looked for from the kind on: the pass stays cheap).
_GUIDED_KIND: Final = re.compile(
    r"(?:等[\u4e00-\u9fff]{0,12}?类?|类)(?:目标|指标|任务)[,，]?(?:均)?由(?P<units>[^,，;；。]{2,30}?)(?:负责)?(?:业务)?指导"
)
#: Where a part's topics start: after the clause before it (…分类指导:, …指导;).
_TOPICS_START: Final = re.compile(r"[:：;；。\n]")
#: How far before its kind a part's topics may reach.
_TOPICS_REACH: Final = 160
#: How far a note's parts may stand from one another to be one note (the parts of one sentence, or two).
_GUIDED_REACH: Final = 600
#: Where the words a target's own topic is looked for start: its sentence's or clause list's start.
_CONTEXT_START: Final = re.compile(r"[。;；\n]")


def answer_by_guided_kind(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Under a note giving each kind of target the office that guides it (各类目标任务由镇相关办公室分类指导:村集体
    经营性收入、土地流转…等集体经济类目标,由镇经济发展办公室指导;粮食生产、高标准农田…等农业生产类目标,由镇农业农村
    服务中心指导;…), each target above it whose sentence names a part's topic takes that part's office as a helper
    (the places' own bodies still lead), the part sharing the most of its words: a note of two parts at least."""
    if "指导" not in text:
        return
    found = list(_GUIDED_KIND.finditer(text))
    parts: list[tuple[list[str], tuple[str, ...]]] = []
    note_start = -1
    for part in found:
        if parts and part.start() - found[0].end() > _GUIDED_REACH:
            break
        reach = max(0, part.start() - _TOPICS_REACH)
        opened = max((m.end() for m in _TOPICS_START.finditer(text, reach, part.start())), default=reach)
        units = tuple(split_units(part.group("units")))
        topics = [t.strip() for t in re.split(r"[、和及与]", text[opened : part.start()]) if len(t.strip()) >= 2]
        if units and topics and all(looks_like_unit(u) for u in units):
            parts.append((topics, units))
            note_start = opened if note_start < 0 else note_start
    if len(parts) < 2:
        return
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        for index, (segment, reading) in enumerate(own):
            if reading.start >= note_start or segment >= len(node.brackets):
                continue
            base = node.brackets[segment].responsibility
            if not base.lead:
                continue
            context_start = max(
                (m.end() for m in _CONTEXT_START.finditer(text, max(0, reading.start - 200), reading.start)),
                default=max(0, reading.start - 200),
            )
            context = text[context_start : reading.end]
            ranked = [(max(topic_rank(t, context) for t in topics), units) for topics, units in parts]
            best, units = max(ranked, key=lambda entry: entry[0])
            if best == (0, 0):
                continue
            added = tuple(u for u in units if u not in base.lead and u not in base.support)
            if added:
                node.brackets.append(
                    Bracket(note_start, note_start, Responsibility(base.lead, (*base.support, *added)))
                )
                own[index] = (len(node.brackets) - 1, reading)
