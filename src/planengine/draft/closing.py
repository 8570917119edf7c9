"""Units named at the close of each sentence of running prose.

A work plan written as prose often gives its work out sentence by sentence, the units closing each::

    …全县PM2.5平均浓度控制在30微克/立方米以内,空气质量优良天数比例达到89%以上,以上指标由县生态环境局
    牵头,县住建局、县交通运输局配合。工业源治理上,全年完成8家企业深度治理,此两项工作由县工信局负责;…

Each statement answers for the targets of its own sentence (or clause of a ; list) before it, not for
the paragraph's others. :func:`answer_by_closing_statement` gives them so, where a paragraph does this
at least twice (one statement at a paragraph's end is read by the outline as the paragraph's units),
and leaves every other target as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import attrs

from .inline import LEAD_SENTENCE
from .responsibility import Responsibility, looks_like_unit, parse_responsibility
from .structure import Bracket, Node, Region
from .targets import Reading

__all__ = ["answer_by_closing_statement", "closing_statements"]

_STATEMENT: Final = re.compile(LEAD_SENTENCE)
#: The end of a sentence or of a clause of a ; list, inside a line.
_SENTENCE_END: Final = re.compile(r"[;；。]")
#: How many commas from a sentence's end a statement may open after (it names its units in three
#: clauses at most: …,由A牵头,B配合,C落实属地责任), and how long it may be: the pass stays linear.
_CLAUSES_BACK: Final = 4
#: A sentence opening with the work above it (上述监管任务统一由…; 以上指标由…; 这两项工作由…).
_ABOVE: Final = re.compile(r"[ \t\u3000]*(?:上述|以上|这[两三四五六七八九十]?项|此[两三四五六七八九十]?项)")
#: A deadline closing the sentence after its statement of units (…,由城管科负责,…配合,11月底前建成开放).
_TRAILING_DEADLINE: Final = re.compile(
    r"[,，][ \t\u3000]*(?:20\d{2}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|年底|年内|上半年|下半年)前?"
    r"[^,，;；。\d]{0,10}$"
)
#: A part of the work given to another unit after the statement (…,其中执法检查由…具体承担).
_PART_OF_IT: Final = re.compile(r"[,，]其中")
_STATEMENT_LENGTH: Final = 160


@attrs.frozen
class Statement:
    """A statement of units closing a sentence: from the comma that opens it to the sentence's end."""

    start: int
    end: int
    responsibility: Responsibility
    sentence: int  # where its sentence starts
    words_end: int  # where its own words end: a deadline for the sentence may follow (…配合,11月底前完成)


def closing_statements(text: str, sh: str, start: int, end: int) -> list[Statement]:
    """The statements of units that close the sentences of the line sh[start:end] after a comma, or
    are sentences that say they answer for the work above (上述监管任务统一由…负责). A sentence that is
    a statement whole may otherwise give out the work after it (教育工作由社会事务办负责。新建幼儿园
    2所。…): it is none of these. Names are read from the text, as written."""
    found: list[Statement] = []
    sentence_start = start
    for sentence_end in [*(m.start() for m in _SENTENCE_END.finditer(sh, start, end)), end]:
        statement = _closing(text, sh, sentence_start, sentence_end)
        if statement is not None:
            found.append(statement)
        sentence_start = sentence_end + 1
    return found


def _closing(text: str, sh: str, start: int, end: int) -> Statement | None:
    dated = _TRAILING_DEADLINE.search(sh, start, end)
    words_end = dated.start() if dated else end
    commas = [i for i in range(max(start, words_end - _STATEMENT_LENGTH), words_end) if sh[i] in ",，"]
    commas = commas[-_CLAUSES_BACK:]
    openings = [start - 1, *commas] if _ABOVE.match(sh, start) else commas
    for opening in openings:
        words = sh[opening + 1 : words_end].strip(" \t\u3000")
        if not words or words.startswith("其中"):
            continue  # (其中执法检查由…承担: a part of the statement before it, no statement of its own)
        part = _PART_OF_IT.search(words)
        stated = words[: part.start()] if part else words  # 上述…由X负责,其中执法检查由Y具体承担: X for all
        if not _STATEMENT.fullmatch(stated):
            continue
        at = sh.index(stated, opening + 1)
        answer = parse_responsibility(text[at : at + len(stated)])
        if answer.lead and all(looks_like_unit(name) for name in (*answer.lead, *answer.support)):
            return Statement(opening, end, answer, start, words_end)
    return None


def answer_by_closing_statement(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target of a paragraph that closes two sentences or more with their units the units
    of the statement closing its own sentence (in turn where they lead 分别); a target inside a
    statement is none (…,县生态环境局配合做好申报指导), and the others keep what they had. Targets
    of the plan's own text outside any heading become an item per statement, as the outline makes
    an item of a paragraph closed by its units."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", sh))]
    statements_of_line: dict[int, list[Statement]] = {}
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        closed: dict[int, Statement | None] = {}  # each target's statement, None where it keeps its own
        for index, (_, reading) in enumerate(own):
            statements = _statements_of_line(text, sh, line_starts, reading.start, statements_of_line)
            if len(statements) >= 2:
                closed[index] = next((s for s in statements if s.end > reading.start), None)
            elif statements and statements[0].sentence <= reading.start < statements[0].end:
                closed[index] = statements[0]  # one statement: the targets of its own sentence
        if not any(closed.values()):
            continue
        given = _given(own, closed, sh)
        if node.kind == "root":
            _items_of_statements(root, sh, own, closed, given, readings)
        else:
            _answer_in_place(node, own, closed, given, readings)


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
        if statement.start <= own[index][1].start < statement.words_end:
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
) -> None:
    """The node's targets with their new units, each distinct answer a bracket of its own."""
    brackets: list[Bracket] = []
    kept: list[tuple[int, Reading]] = []
    for index, (segment, reading) in enumerate(own):
        statement = closed.get(index)
        if statement is not None and given[index] is None:
            continue  # (the statement's own words: no target)
        if statement is not None:
            bracket = Bracket(statement.start, statement.end, given[index] or Responsibility())
        else:
            bracket = _bracket_of_segment(node, segment, reading.start)
        known = next((i for i, b in enumerate(brackets) if b.responsibility == bracket.responsibility), None)
        if known is None:
            brackets.append(bracket)
            known = len(brackets) - 1
        kept.append((known, reading))
    node.brackets[:] = brackets
    node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
    readings[id(node)] = kept


def _bracket_of_segment(node: Node, segment: int, position: int) -> Bracket:
    """The bracket answering for a segment of a node's text as the draft reads it: the node's one
    answer where its brackets give one (the heading's own units over all its text), else the
    segment's own bracket, else none."""
    answers = {bracket.responsibility for bracket in node.brackets}
    if len(answers) == 1:
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


def _statements_of_line(
    text: str, sh: str, line_starts: list[int], position: int, cache: dict[int, list[Statement]]
) -> list[Statement]:
    """The closing statements of the line holding ``position``, found once a line."""
    line = bisect_right(line_starts, position) - 1
    line_start = line_starts[line]
    found = cache.get(line_start)
    if found is None:
        line_end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(sh)
        found = [] if "|" in sh[line_start:line_end] else closing_statements(text, sh, line_start, line_end)
        cache[line_start] = found
    return found
