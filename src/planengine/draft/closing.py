"""Units named at the close of each sentence of running prose.

A work plan written as prose often gives its work out sentence by sentence, the units closing each::

    …全县PM2.5平均浓度控制在30微克/立方米以内,空气质量优良天数比例达到89%以上,以上指标由县生态环境局
    牵头,县住建局、县交通运输局配合。工业源治理上,全年完成8家企业深度治理,此两项工作由县工信局负责;…

A statement closing a sentence (or a clause of a ; list) after a comma answers for the targets of
that sentence; a sentence saying it answers for the work above (上述监管任务统一由…负责。) answers for
the targets back to the statement before it. :func:`answer_by_closing_statement` gives them so where a
line closes two sentences or more with their units; where it closes one, only for that sentence's
targets and only in an item that names no units of its own (an item's labelled units outrank a
clause inside it). A statement adding to whoever answers already, helpers alone (…,区税务局、区统计局配合。), a clause
working with units (…,会同市统计局建立…) or a partner sharing the lead (…,与农业农村办共同负责。), in a target's
sentence, adds them to its units; a part of the work given to a unit at a sentence's start (制造业数字化改造由X负责,
年内完成…) answers for that sentence's targets unless a bracket of their own names theirs.
Every other target keeps the units it had.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import attrs

from .inline import LEAD_SENTENCE, NAMED_AS_LEAD
from .responsibility import (
    BODY_SUFFIXES,
    HELPING,
    HELPS_AFTER_UNITS,
    Responsibility,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    split_units,
)
from .structure import Bracket, Node, Region
from .targets import Reading
from .text import line_starts

__all__ = ["answer_by_closing_statement", "answer_each", "bracket_of_segment", "closing_statements", "one_answer"]

_STATEMENT: Final = re.compile(LEAD_SENTENCE)
#: The end of a sentence or of a clause of a ; list, inside a line.
_SENTENCE_END: Final = re.compile(r"[;；。]")
#: How many commas from a sentence's end a statement may open after (it names its units in three
#: clauses at most: …,由A牵头,B配合,C落实属地责任), and how long it may be: the pass stays linear.
_CLAUSES_BACK: Final = 4
#: A sentence opening with the work above it (上述监管任务统一由…; 以上指标由…; 这两项工作由…; 本项目标由…).
_ABOVE: Final = re.compile(
    r"[ \t\u3000]*(?:上述|以上|这[两三四五六七八九十]?项|此[两三四五六七八九十]?项|本项(?=目标|指标|任务|工作))"
)
#: A deadline closing the sentence after its statement of units (…,由城管科负责,…配合,11月底前建成开放).
_TRAILING_DEADLINE: Final = re.compile(
    r"[,，][ \t\u3000]*(?:20\d{2}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|年底|年内|上半年|下半年)前?"
    r"[^,，;；。\d]{0,10}$"
)
#: How the units are to go about it, closing the sentence after their statement (…配合做好监测调度,做到按月分析、按季
#: 通报): a manner, no part of the units nor a target.
_TRAILING_MANNER: Final = re.compile(r"[,，][ \t\u3000]*(?:做到|坚持|实行)[^,，;；。\d]{2,20}$")
#: Who pays named as if it answered (建设资金由县财政局承担, 所需经费由…保障).
_MONEY_BY: Final = re.compile(r"[^由,，]{0,12}(?:资金|经费|费用|补助|成本|投资)[^由,，]{0,4}由")
#: The verbs closing a statement's words of units (…牵头, …配合, …负责落实, …具体实施).
_UNITS_VERB: Final = re.compile(
    r"(?:牵头|负责|配合|协助|参与|协办|协同|承担|承办|负总责|主办)(?:组织)?(?:落实|实施|推进|督办|考核)?"
    r"|(?:具体|组织|抓好|共同)(?:组织)?(?:落实|实施|推进)|(?:属地|管理)责任|(?:抓好)?属地落实|指导|督导|保障|监测|管理"
)
#: A statement naming the work it closes as its own (这项工作由…, 该项任务由…, 此项由…).
_THIS_ITEM: Final = re.compile(r"[ \t\u3000]*(?:这|该|此|本)[两三四五六七八九十]?(?:项|件)")
#: A part of the work given to another unit after the statement (…,其中执法检查由…具体承担).
_PART_OF_IT: Final = re.compile(r"[,，]其中")
_STATEMENT_LENGTH: Final = 160
#: Helpers alone closing a sentence after a comma or a note's colon (…,工业投资增长10%以上,区税务局、区统计局配合。;
#: 考核说明:县财政局配合。), what they do to help after them at most a few words without a figure (…,县财政局配合做好
#: 资金保障).
_HELPERS_CLOSING: Final = re.compile(
    rf"[,，:：][ \t\u3000]*(?:需要|需|请)?(?P<units>(?:[^,，;；。:：()（）\d]|[(（][^,，;；。:：()（）\d]{{1,6}}[)）]){{2,60}}?)"
    rf"{HELPS_AFTER_UNITS}[^,，;；。()（）\d]{{0,12}}$"
)


#: Helpers alone closing a sentence after a label of their own (…,6月底前完成…改造,配合:便民服务中心、镇财政所。).
_HELPERS_LABELLED: Final = re.compile(
    rf"[,，][ \t\u3000]*(?:{HELPING})(?:单位|部门)?[:：][ \t\u3000]*"
    r"(?P<units>(?:[^,，;；。:：()（）\d]|[(（][^,，;；。:：()（）\d]{1,6}[)）]){2,60}?)[ \t\u3000]*$"
)


@attrs.frozen
class Statement:
    """A statement of units closing a sentence: from the comma that opens it to the sentence's end."""

    start: int
    end: int
    responsibility: Responsibility
    sentence: int  # where its sentence starts
    units_end: int  # where its words of units end: a remark or a deadline for the sentence may follow
    above: bool = False  # a sentence of its own on the work above it (上述…由X负责。)
    partners: bool = False  # it names units sharing the lead with whoever leads already (…,与农业农村办共同负责)
    opening: bool = False  # it opens its sentence, giving it a part of the work (全市公共充电桩建设由市发改委牵头,…)

    @property
    def helpers_alone(self) -> bool:
        """Whether it names helpers only: the lead is whoever answers for its sentence already."""
        return not self.responsibility.lead

    @property
    def adds(self) -> bool:
        """Whether it adds to whoever answers for its sentence already (helpers, or partners in the lead)."""
        return self.helpers_alone or self.partners


def closing_statements(text: str, sh: str, start: int, end: int) -> list[Statement]:
    """The statements of units that close the sentences of the line sh[start:end] after a comma, or
    are sentences that say they answer for the work above (上述监管任务统一由…负责). A sentence that is
    a statement whole may otherwise give out the work after it (教育工作由社会事务办负责。新建幼儿园
    2所。…): it is none of these. Names are read from the text, as written."""
    found: list[Statement] = []
    line = _line_of(sh, start, end)
    sentence_start = full_start = start
    for sentence_end in [*(m.start() for m in _SENTENCE_END.finditer(sh, start, end)), end]:
        statement = _closing(text, sh, sentence_start, sentence_end, attrs.evolve(line, sentence=full_start))
        if statement is not None:
            found.append(statement)
        sentence_start = sentence_end + 1
        if sh[sentence_end : sentence_end + 1] == "。":
            full_start = sentence_start
    return found


@attrs.frozen
class _Line:
    """Where a line's sentence (to its 。), its words (before trailing stops) and the bracketed note closing it
    (-1: none) start and end, found once a line so that each statement's look is short."""

    start: int
    words_end: int
    note: int
    sentence: int = 0


def _line_of(sh: str, start: int, end: int) -> _Line:
    words_end = end
    while words_end > start and sh[words_end - 1] in " \t\u3000。.;；":
        words_end -= 1
    note, depth = -1, 0
    if words_end > start and sh[words_end - 1] in ")）":
        for at in range(words_end - 1, start - 1, -1):  # (…;以(县统计局)数据为准。): brackets inside the note
            depth += sh[at] in ")）"
            depth -= sh[at] in "(（"
            if not depth:
                note = at
                break
    return _Line(start, words_end, note)


def _closing(text: str, sh: str, start: int, end: int, line: _Line) -> Statement | None:
    dated = _TRAILING_DEADLINE.search(sh, start, end) or _TRAILING_MANNER.search(sh, start, end)
    words_end = dated.start() if dated else end
    commas = [i for i in range(max(start, words_end - _STATEMENT_LENGTH), words_end) if sh[i] in ",，"]
    commas = commas[-_CLAUSES_BACK:]
    above = _ABOVE.match(sh, start) is not None
    openings = [start - 1, *commas] if above else commas
    for opening in openings:
        words = sh[opening + 1 : words_end].strip(" \t\u3000")
        if not words or words.startswith("其中"):
            continue  # (其中执法检查由…承担: a part of the statement before it, no statement of its own)
        part = _PART_OF_IT.search(words)
        stated = words[: part.start()] if part else words  # 上述…由X负责,其中执法检查由Y具体承担: X for all
        if not _STATEMENT.fullmatch(stated) or _MONEY_BY.match(stated):
            continue  # (建设资金由县财政局承担: who pays, not who answers)
        at = sh.index(stated, opening + 1)
        answer = parse_responsibility(text[at : at + len(stated)])
        if (
            answer.lead
            and all(looks_like_unit(name) for name in answer.lead)
            and all(looks_like_unit(name) or names_collective_or_village(name) for name in answer.support)
        ):  # (…,各村配合落实: the villages help)
            verbs = list(_UNITS_VERB.finditer(sh, at, at + len(stated)))
            units_end = verbs[-1].end() if verbs else at + len(stated)  # (…配合,确保…零发生: a target after)
            return Statement(opening, end, answer, start, units_end, above=above and opening == start - 1)
    return (
        _helpers_closing(text, sh, start, end, words_end, line)
        or _partners_closing(text, sh, start, end, words_end)
        or _working_with(text, sh, start, end)
        or _topic_opening(text, sh, start, end)
    )


#: A sentence opening with a part of the work given to its unit, its targets after a comma (制造业数字化改造由区工业
#: 和信息化局负责,年内完成80家企业智能化改造诊断,…。): the unit answers for the sentence's targets.
_TOPIC_OPENING: Final = re.compile(
    r"[ \t\u3000]*(?:我们将|将)?[^,，;；。:：由\d]{2,16}?由(?P<units>[^,，;；。:：\d]{2,40}?)(?:(?:牵头)?负责|牵头)"
    # (…由区住建局负责,区城投公司配合:全年改造…。: the helpers after it, a colon before the targets)
    r"(?:[,，](?P<helpers>[^,，;；。:：\d]{2,40}?)(?:配合|协助|参与)(?=[,，:：]))?[,，:：]"
    r"(?=[^。;；:：]*\d)"
)


def _names_helper(name: str) -> bool:
    """Whether a name said to help is a body's (ending as one: 市统计局, 区城投公司) or places' (各镇(街道))."""
    return names_collective_or_village(name) or (looks_like_unit(name) and name.endswith(BODY_SUFFIXES))


#: A bracket of units inside a sentence ((责任单位:区科技局), (区科技局牵头)).
_OWN_BRACKET: Final = re.compile(r"\([^()]*(?:单位|部门|牵头|负责|配合)[^()]*\)")


def _topic_opening(text: str, sh: str, start: int, end: int) -> Statement | None:
    """A part of the work given to its unit opening the sentence sh[start:end], its targets after a comma: the unit
    leads them (nothing else closes the sentence with units)."""
    found = _TOPIC_OPENING.match(sh, start, end)
    if found is None or _OWN_BRACKET.search(sh, found.end(), end):
        return None  # (…,年内完成80家…诊断(责任单位:区科技局)。: the target's own bracket names its units)
    units = split_units(text[found.start("units") : found.end("units")])
    if not units or not all(looks_like_unit(name) for name in units):
        return None
    helpers = split_units(text[found.start("helpers") : found.end("helpers")]) if found.group("helpers") else []
    if not all(_names_helper(name) for name in helpers):
        helpers = []  # (…由区工业和信息化局负责,组织企业参与,…: what is done, no helper named)
    return Statement(start, end, Responsibility(tuple(units), tuple(helpers)), start, found.end(), opening=True)


#: A clause after a target working with named units (…增长6%左右,会同市统计局建立季度分析研判机制。; …增长6.5%-7%,
#: 会同市文化和旅游局举办促消费活动不少于50场。): the units help with the sentence's targets. Not …,并会同县水利局积极
#: 争取…, the subject's further work; nor …,会同X共同负责, partners in the lead (see _PARTNERS_CLOSING).
_WORKING_WITH_CLAUSE: Final = re.compile(
    r"[,，][ \t\u3000]*会同(?P<named>[^,，;；。:：\d]{2,40})"
    r"(?![^,，;；。]*(?:共同|一起|联合|协同)(?:组织)?(?:负责|牵头|承担))"
)
#: A word of what the units do together, where their names end (建立, 开展, 举办…); not one inside a name (建设局).
_WORK_VERB: Final = re.compile(
    r"(?:开展|建立|健全|举办|同步|一并|推进|推动|做好|抓好|加强|强化|(?<!委)组织(?!部)|实施|完成|落实|制定|编制|打造|培育|"
    r"争取|优化|调整|提升|建设|新建|改造|引进|设立|出台|探索|深化|完善|实行|实现|开发|整治|排查|督促|指导|研究|对接|统筹|"
    r"积极|持续|全面|共同)(?![局委厅处科股室办])"
)
#: Units in general, no one named (有关部门, 相关单位, 各有关部门).
_UNITS_IN_GENERAL: Final = re.compile(r"各?(?:有关|相关)")


def _working_with(text: str, sh: str, start: int, end: int) -> Statement | None:
    """Helpers a clause of the sentence sh[start:end] works with (…,会同市统计局建立…): they help with the sentence's
    targets, wherever the clause stands, whoever leads them (a heading's unit). Their names run to the last end of a
    body's name before any word of what they do together (市卫生健康委员会建立…, 市财政局加大投入…)."""
    found = _WORKING_WITH_CLAUSE.search(sh, start, end)
    if found is None:
        return None
    named = text[found.start("named") : found.end("named")]
    if _UNITS_IN_GENERAL.match(named):
        return None  # (会同有关部门…: no unit named)
    # the names run to the last end of a body's name before any word of what is done (区住房和城乡建设局改造…,
    # 市财政局加大投入…); places only named all at once (各镇(街道))
    verb = _WORK_VERB.search(named)
    words = named[: verb.start()] if verb is not None else named
    for cut in range(len(words), 1, -1):
        helpers = tuple(split_units(words[:cut].strip()))
        if helpers and all(_names_helper(name) for name in helpers):
            return Statement(found.start(), end, Responsibility((), helpers), start, found.start())
    return None


def _helpers_closing(text: str, sh: str, start: int, end: int, words_end: int, line: _Line) -> Statement | None:
    """Helpers alone closing the sentence sh[start:end] (…,区税务局、区统计局配合。), each a unit or the places
    named together (各村); their verb names the end of their words."""
    named = _units_closing(_HELPERS_CLOSING, text, sh, start, words_end) or _units_closing(
        _HELPERS_LABELLED, text, sh, start, words_end
    )
    if named is None:
        return None
    helping, helpers = named
    if not all(looks_like_unit(name) or names_collective_or_village(name) for name in helpers):
        return None
    opening = helping.start()
    for _ in range(_CLAUSES_BACK):
        # (…,县住房和城乡建设局、县交通运输局、县水利局,各乡镇人民政府配合。: a list of units before, parted by a comma)
        comma = sh.rfind(",", start, opening)  # (the shadow writes every ， as ,)
        if comma < 0:
            break
        listed = split_units(text[comma + 1 : opening])
        if not listed or not all(looks_like_unit(name) for name in listed) or re.search(r"\d", sh[comma:opening]):
            break
        helpers, opening = (*listed, *helpers), comma
    # (实施…40个,其中…;6月底前出台…,区发展改革局、区科技局配合。: the whole sentence, over its ; clauses; closing
    # its paragraph, the whole paragraph: 实施…40个以上。对企业…给予补助,区财政局配合。; named in a note closing the
    # item, all of it: …。(分值8分。考核说明:…,县统计局配合核定。…))
    whole = end >= line.words_end or 0 <= line.note < start
    return Statement(
        helping.start(), end, Responsibility((), tuple(helpers)), line.start if whole else line.sentence, helping.end()
    )


#: Units sharing the lead closing a sentence (…,全年完成植树造林800亩,与农业农村办共同负责。).
_PARTNERS_CLOSING: Final = re.compile(
    r"[,，][ \t\u3000]*(?:并|同时)?(?:与|和|会同)(?P<units>[^,，;；。:：()（）\d]{2,40}?)"
    r"(?:共同|一起|联合|协同)(?:组织)?(?:负责|牵头|承担|落实|推进|实施)(?:落实|实施|推进)?$"
)  # (同时与X…: 同时 is no part of the partner's name)


def _partners_closing(text: str, sh: str, start: int, end: int, words_end: int) -> Statement | None:
    """Units sharing the lead closing the sentence sh[start:end]: they lead its targets with whoever leads them
    already (an office's own heading: 六、自然资源和规划所:…。全年完成植树造林800亩,与农业农村办共同负责。)."""
    named = _units_closing(_PARTNERS_CLOSING, text, sh, start, words_end)
    if named is None:
        return None
    sharing, partners = named
    if not all(looks_like_unit(name) and not names_collective_or_village(name) for name in partners):
        return None  # (…,与相关部门共同负责, …,和各村共同落实: units in general or villages, no partner in the lead)
    return Statement(sharing.start(), end, Responsibility(partners), start, sharing.end(), partners=True)


def _units_closing(
    pattern: re.Pattern[str], text: str, sh: str, start: int, words_end: int
) -> tuple[re.Match[str], tuple[str, ...]] | None:
    """Where ``pattern`` closes a sentence's words (looked for so far back only), and the units its ``units``
    group names, as written."""
    found = pattern.search(sh, max(start, words_end - _STATEMENT_LENGTH), words_end)
    if found is None:
        return None
    names = tuple(split_units(text[found.start("units") : found.end("units")]))
    return (found, names) if names else None


def answer_by_closing_statement(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target the units of the statement closing its sentence, as the module says; a target
    inside a statement's words of units is none (…,县生态环境局配合做好申报指导). Helpers alone closing a
    sentence help whoever leads its targets already (a heading's unit: (一)稳住工业基本盘(区工信局牵头) /
    …,工业投资增长10%以上,区税务局、区统计局配合。), where no other helpers are named for them."""
    starts = line_starts(sh)
    statements_of_line: dict[int, _LineStatements] = {}
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        answers = _Answers(node)
        closed: dict[int, Statement | None] = {}  # each target's statement, None where it keeps its own
        for index, (segment, reading) in enumerate(own):
            found = _statements_of_line(text, sh, starts, reading.start, statements_of_line)
            at = bisect_right(found.ends, reading.start)  # the first statement ending after the target starts
            statement = found.statements[at] if at < len(found.statements) else None
            if statement is None or not (statement.above or statement.sentence <= reading.start):
                continue  # (a sentence closed by no statement keeps its units; only 上述… reaches back)
            inside = statement.start <= reading.start < statement.units_end  # (its words: no target, ever)
            if statement.adds:
                if inside or _helped(answers, segment, reading, statement):
                    closed[index] = statement
                continue
            # (…,分别由A、B、C负责: units named one each for the sentence's targets outrank the item's label)
            respective = "分别由" in sh[statement.start : statement.end]
            if inside or found.leading >= 2 or respective or not _answers_itself(node, statement, sh):
                closed[index] = statement
        if not any(closed.values()):
            continue
        given = _given(own, closed, sh)
        for index, statement in closed.items():
            answer = given.get(index)
            if statement is not None and statement.adds and answer is not None:
                segment, reading = own[index]
                before = answers.of(segment, reading.start).responsibility
                if statement.partners:  # (the heading's office, and its partners, lead)
                    shared = tuple(dict.fromkeys((*before.lead, *answer.lead)))
                    given[index] = Responsibility(shared, tuple(n for n in before.support if n not in shared))
                elif set(before.support) <= set(answer.support):
                    # (…,A、B、C,D配合: the helpers read whole, in their order, over those of the last clause alone)
                    given[index] = Responsibility(before.lead, tuple(answer.support))
                else:
                    given[index] = before.helped_by(answer.support)  # (the heading's helpers, and these)
        if node.kind == "root":
            _items_of_statements(root, sh, own, closed, given, readings)
        else:
            _answer_in_place(node, own, closed, given, readings, answers)


class _Answers:
    """A node's answers by segment, and where its own text lies, found once a node (the pass stays linear)."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.single = one_answer(node)
        spans = sorted((region.start, region.end) for region in node.regions)
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def of(self, segment: int, position: int) -> Bracket:
        """The bracket answering for a segment (see :func:`bracket_of_segment`)."""
        return bracket_of_segment(self.node, segment, position, single=self.single)

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies in the node's own text."""
        at = bisect_right(self._starts, position) - 1
        return at >= 0 and position < self._ends[at]


#: A statement naming who leads its sentence by the word (…,由区民政局牵头,区卫生健康局配合; …,区民政局牵头,…;
#: …,区商务局为主责任单位,…).
_LEADS_BY_NAME: Final = re.compile(
    rf"[,，][ \t\u3000]*(?:由?[^,，;；。]{{2,40}}?牵头|[^,，;；。由]{{2,40}}?{NAMED_AS_LEAD})"
)


def _leads_by_name(sh: str, statement: Statement) -> bool:
    """Whether a statement says by the word who leads its sentence: it outranks a label naming another lead (a
    heading's (区教育局牵头) over …,由区民政局牵头,区卫生健康局配合。), as one naming units in general does not
    (…,各乡镇负责落实); a label naming its lead too, with more (…,由县住建局牵头,… (责任单位:县住建局、县财政局)),
    stands."""
    return _LEADS_BY_NAME.match(sh, statement.start) is not None


def _helped(answers: _Answers, segment: int, reading: Reading, statement: Statement) -> bool:
    """Whether helpers alone closing a target's sentence help with it: they close the target's own item's text
    (县自然资源局要…;县财政局要…,县发改局等部门配合: not the item of the unit before), someone leads it already,
    and no statement of units closes the target's own clause before them (新增入园企业30家(区商务局牵头)。新建…,
    区自然资源局配合: the bracket's clause is its own)."""
    if not answers.holds(statement.start):
        return False
    bracket = answers.of(segment, reading.start)
    return bool(bracket.responsibility.lead) and not reading.start < bracket.start < statement.start


def _answers_itself(node: Node, statement: Statement, sh: str) -> bool:
    """Whether a node names units of its own for all of it: the heading's (一、国土绿化(责任单位:县林业局)),
    a label line, or a bracket closing its paragraph (…。/ 责任单位:县林业局; …。(责任单位:县林业局)). Such
    a label outranks a clause inside the item (…,各乡镇负责落实。); a bracket closing one sentence of a
    line (…(成本调查监审处);…) answers for that sentence alone."""
    if _THIS_ITEM.match(sh, statement.start + 1):
        return False  # (…,这项工作由市城管局牵头,…: the statement says it is this work's own)
    first_text = min((region.start for region in node.regions), default=0)
    by_name = _leads_by_name(sh, statement)
    for bracket in node.brackets:
        if not bracket.responsibility.lead or statement.start <= bracket.start < statement.end:
            continue
        if bracket.start < node.position:
            continue  # the units of a heading above or of the document (乙方:鹭岭镇人民政府), passed down
        if statement.opening and "\n" in sh[bracket.end : statement.start]:
            continue  # (a paragraph after the item's statement opening 此外,…建设由市发改委牵头,…: its own)
        line_end = sh.find("\n", bracket.end)
        rest = sh[bracket.end : len(sh) if line_end < 0 else line_end]
        before = sh[max(0, bracket.start - 2) : bracket.start].rstrip(" \t\u3000(（")
        after_sentence = not before or before[-1] in "。.;；\n"  # (…100%(镇水利站): the clause's own)
        if by_name and set(statement.responsibility.lead) != set(bracket.responsibility.lead):
            continue  # (…,由区民政局牵头,区卫生健康局配合 under (区教育局牵头): the sentence says who leads it)
        if bracket.end <= first_text or (after_sentence and not rest.strip(" \t\u3000。.;；)）")):
            return True
    return False


def _given(
    own: list[tuple[int, Reading]], closed: dict[int, Statement | None], sh: str
) -> dict[int, Responsibility | None]:
    """Each closed target's units: its statement's, one lead each in turn where the leads are named
    分别 and are as many as the targets; None for a target inside the statement itself."""
    given: dict[int, Responsibility | None] = {}
    by_statement: dict[Statement, list[int]] = {}
    for index, statement in closed.items():
        if statement is None:
            continue
        if statement.start <= own[index][1].start < statement.units_end:
            given[index] = None
        else:
            by_statement.setdefault(statement, []).append(index)
    for statement, indices in by_statement.items():
        answer = statement.responsibility
        in_turn = "分别" in sh[statement.start : statement.end] and len(answer.lead) == len(indices) > 1
        for turn, index in enumerate(indices):
            given[index] = Responsibility((answer.lead[turn],), answer.support) if in_turn else answer
    return given


def _answer_in_place(
    node: Node,
    own: list[tuple[int, Reading]],
    closed: dict[int, Statement | None],
    given: dict[int, Responsibility | None],
    readings: dict[int, list[tuple[int, Reading]]],
    answers: _Answers,
) -> None:
    """The node's targets with their new units, each distinct answer a bracket of its own."""
    brackets: list[Bracket] = []
    index_of: dict[Responsibility, int] = {}  # (each answer's bracket, found at once: linear in the targets)
    kept: list[tuple[int, Reading]] = []
    for index, (segment, reading) in enumerate(own):
        statement = closed.get(index)
        if statement is not None and given[index] is None:
            continue  # (the statement's own words: no target)
        if statement is not None:
            bracket = Bracket(statement.start, statement.end, given[index] or Responsibility())
        else:
            bracket = answers.of(segment, reading.start)
        known = index_of.get(bracket.responsibility)
        if known is None:
            brackets.append(bracket)
            known = index_of[bracket.responsibility] = len(brackets) - 1
        kept.append((known, reading))
    node.brackets[:] = brackets
    node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
    readings[id(node)] = kept


def one_answer(node: Node) -> bool:
    """Whether a node's brackets all say the same (the heading's own units over all its text): found once a node by
    callers that ask for many of its segments."""
    return len({bracket.responsibility for bracket in node.brackets}) == 1


def bracket_of_segment(node: Node, segment: int, position: int, *, single: bool | None = None) -> Bracket:
    """The bracket answering for a segment of a node's text as the draft reads it: the node's one
    answer where its brackets give one (the heading's own units over all its text), else the
    segment's own bracket, else none. ``single``: whether they give one, where the caller knows."""
    if single is None:
        single = one_answer(node)
    if single:
        return node.brackets[0]
    if segment < len(node.brackets):
        return node.brackets[segment]
    return Bracket(position, position, Responsibility())


def _items_of_statements(
    root: Node,
    sh: str,
    own: list[tuple[int, Reading]],
    closed: dict[int, Statement | None],
    given: dict[int, Responsibility | None],
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """The plan's own targets closed by statements, as an item per statement and its units."""
    items: dict[tuple[Statement, Responsibility], Node] = {}
    left: list[tuple[int, Reading]] = []
    for index, (segment, reading) in enumerate(own):
        statement = closed.get(index)
        if statement is None:
            left.append((segment, reading))
            continue
        answer = given[index]
        if answer is None:
            continue  # (the statement's own words: no target)
        item = items.get((statement, answer))
        if item is None:
            number = str(len(root.children) + len(items) + 1)
            item = Node(number=number, own=number, kind="row", title="", parent=root, position=reading.start)
            item.brackets.append(Bracket(statement.start, statement.end, answer))
            items[(statement, answer)] = item
            readings[id(item)] = []
        item.regions.append(Region(reading.start, reading.end))
        readings[id(item)].append((0, reading))
    for item in items.values():
        first = readings[id(item)][0][1]
        item.title = sh[first.start : first.end][:30]
    readings[id(root)] = left
    root.children[:] = sorted([*root.children, *items.values()], key=lambda child: child.position)


@attrs.frozen
class _LineStatements:
    """A line's closing statements, their ends, and how many of them name a lead."""

    statements: list[Statement]
    ends: list[int]
    leading: int


def _statements_of_line(
    text: str,
    sh: str,
    starts: list[int],
    position: int,
    cache: dict[int, _LineStatements],
) -> _LineStatements:
    """The closing statements of the line holding ``position``, found once a line."""
    line = bisect_right(starts, position) - 1
    line_start = starts[line]
    found = cache.get(line_start)
    if found is None:
        line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(sh)
        statements = [] if "|" in sh[line_start:line_end] else closing_statements(text, sh, line_start, line_end)
        found = cache[line_start] = _LineStatements(
            statements, [statement.end for statement in statements], sum(not s.adds for s in statements)
        )
    return found


def answer_each(node: Node, readings: dict[int, list[tuple[int, Reading]]], answers: list[Responsibility]) -> None:
    """Give each of the node's targets, in turn, its answer: one bracket for each different answer."""
    distinct: list[Responsibility] = []
    index_of: dict[Responsibility, int] = {}
    own = readings[id(node)]
    kept: list[tuple[int, Reading]] = []
    for (_, reading), answer in zip(own, answers):
        if answer not in index_of:
            index_of[answer] = len(distinct)
            distinct.append(answer)
        kept.append((index_of[answer], reading))
    at = node.brackets[0].start if node.brackets else own[0][1].start
    node.brackets[:] = [Bracket(at, at, answer) for answer in distinct]
    readings[id(node)] = kept
