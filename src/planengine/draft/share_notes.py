"""A note under a table of places' shares naming who answers for the places' rows and the whole's.

A table giving each place its share (| 乡镇 | 家庭医生签约率(%) | … with a row a township and a 全县 row)
is answered for row by row by the places named in its first column. A note under it may say otherwise::

    注:表中各乡镇指标由各乡镇人民政府负总责,各乡镇卫生院具体实施;全县指标由县卫生健康局负责统筹考核。

Then every place's row is the collective's (各乡镇人民政府, with 各乡镇卫生院 helping), as the keys write
it, and the whole's row the unit named for it. :func:`answer_share_rows_by_note` reads such notes;
:func:`answer_whole_column_by_note` reads one that names the whole's column of a table whose places are
its columns (注:表中“全市目标”一栏由市生态环境局牵头,…配合落实); :func:`answer_columns_by_note` one that
gives the columns out by their headers (表中粮食播种面积由县农业农村局牵头,县统计局配合;高标准农田由…),
every row's figure under a column taking that column's units; :func:`answer_whole_row_by_column_note` one that
gives the whole's row out column by column, the offices guiding the places (各项指标的县级合计由对应县直部门牵头
统筹,并对各乡镇进行业务指导:粮食播种面积由县农业农村局负责;…).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

import attrs

from .responsibility import (
    Responsibility,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    split_units,
)
from .structure import Bracket, Node
from .targets import Reading

__all__ = [
    "answer_columns_by_note",
    "answer_rows_supervised_by_note",
    "answer_share_rows_by_note",
    "answer_whole_column_by_note",
    "answer_columns_respectively",
    "answer_whole_row_by_column_note",
]

#: The places' rows, then who answers for them (表中各乡镇指标由各乡镇人民政府负总责,各乡镇卫生院具体实施).
_PLACES_ROWS: Final = re.compile(
    r"(?:表中|上表|表内)?各(?P<kind>乡镇|镇|乡|街道|镇\(街道\)|镇（街道）|县|区|县区|县\(市、区\)|县（市、区）|市)"
    r"(?:一行)?(?:所列)?(?:的)?(?:指标|目标|任务|目标任务)[,，]?(?:均)?(?P<respective>分别)?(?P<who>由[^;；。\n]{2,400})"
)  # (表中各乡镇一行所列指标，分别由檀川镇人民政府、石桥镇人民政府…负责完成: each row its own place's)
#: The units a note lists in turn, up to what they do (由檀川镇人民政府、石桥镇人民政府…负责完成).
_RESPECTIVE_UNITS: Final = re.compile(r"由(?P<units>[^;；。\n]{2,400}?)(?:负责完成|负总责|负责|牵头)")
#: The whole's row, then who answers for it (全县指标由县卫生健康局负责统筹考核; “全区”行指标由区委政法委牵头).
_WHOLE_ROW: Final = re.compile(
    r"[“\"]?(?P<whole>全县|全市|全区|全镇|全乡|合计|总计)[”\"]?(?:一?行)?(?:的)?(?:指标|目标|任务|目标任务)(?:均)?"
    r"(?P<who>由[^;；。\n]{2,60})"
)
#: A note's statement that each row's own place answers (由相应街道办事处牵头落实, 由所在乡镇人民政府负责).
_EACH_OWN: Final = re.compile(r"由(?:相应|对应|各自|所在)的?(?:乡镇|镇|乡|街道|县|区|县区|县市区)")
#: Helpers named after the note's statement, in the same sentence (…;区司法局、区信访局、区公安分局配合。).
_HELPERS_THEN: Final = re.compile(r"[^。\n]{0,80}?[;；,，](?P<units>[^;；,，。\n]{2,60}?)(?:配合|协助|参与)")


def _helpers_after(text: str, position: int) -> tuple[str, ...]:
    """The helpers a note names after its statement of who answers for the places' rows, in its sentence; none when
    what is named there is no unit."""
    found = _HELPERS_THEN.match(text, position)
    if found is None:
        return ()
    names = tuple(split_units(found.group("units")))
    return names if names and all(looks_like_unit(n) or names_collective_or_village(n) for n in names) else ()


#: A row's name that is a place of a kind (城关镇, 石门乡, 城东街道, 霁州市).
_PLACE_NAMED: Final = re.compile(r"[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|县|区|市|村|社区)")
#: The units a statement names before what they do (由县卫生健康局负责统筹考核).
_NAMED_BY: Final = re.compile(r"由(?P<units>[^,，;；由]{2,40}?)(?:牵头|负总责|负责)")
#: The whole's column named in quotes, then who answers for it (表中“全市目标”一栏由市生态环境局牵头,…配合落实).
_WHOLE_COLUMN: Final = re.compile(
    r"(?:表中)?[“\"](?P<column>[^”\"\n|]{2,10})[”\"](?:一)?栏(?:的?各项|的?)?(?:指标|目标)?(?:均)?(?P<who>由[^。;；\n“\"]{2,120})"
)
#: A note giving a table's columns out by their headers, its first part (表中粮食播种面积由县农业农村局牵头).
_COLUMNS_NOTE: Final = re.compile(r"表中(?![各“\"所])(?P<parts>[^。\n]{4,400})")
#: One part of such a note: a column's header, then who answers for it (高标准农田由县农业农村局牵头,…配合).
_COLUMN_BY: Final = re.compile(
    r"(?P<column>[^由,，;；:：()（）]{2,16}?)(?:指标|任务|目标)?(?:均)?(?P<who>由[^;；]{2,100})"
)
#: How far back from a note a table of places' lines may start (a province's cities, a line each).
_TABLE_REACH: Final = 3000
#: How far under the table a note may stand (its lines of remarks).
_NOTE_REACH: Final = 600


def answer_share_rows_by_note(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the rows of a table of places' shares the units a note under it names for them."""
    for note in _PLACES_ROWS.finditer(text):
        listed = _RESPECTIVE_UNITS.match(note.group("who")) if note.group("respective") else None
        if listed is not None:
            units = tuple(split_units(listed.group("units")))
            if units and all(looks_like_unit(unit) for unit in units):
                rows = _rows_before(root, readings, note.start())
                _answer_each_row(rows, units, Bracket(note.start(), note.end(), Responsibility(units)), readings)
            continue
        places = _answer(note.group("who"))
        each_own = _EACH_OWN.match(note.group("who")) is not None
        if places is None and not each_own:
            continue
        rows = _rows_before(root, readings, note.start())
        whole = _WHOLE_ROW.search(text, note.end(), min(len(text), note.end() + 200))
        whole_answer = _answer(whole.group("who")) if whole is not None else None
        for row in rows:
            title = row.title.strip()
            if whole_answer is not None and whole is not None and title.startswith(whole.group("whole")):
                row.brackets[:] = [Bracket(whole.start(), whole.end(), whole_answer)]
            elif _PLACE_NAMED.fullmatch(title) and not title.startswith("全") and _answered_by_its_place(row):
                # (由相应街道办事处牵头落实,…;区司法局…配合: each row its own place's, with the helpers named after)
                own = Responsibility((title,), _helpers_after(text, note.end())) if each_own else places
                assert own is not None
                row.brackets[:] = [Bracket(note.start(), note.end(), own)]
            else:
                continue
            row.regions[:] = [attrs.evolve(r, segment=0) for r in row.regions]
            readings[id(row)] = [(0, reading) for _, reading in readings[id(row)]]
    for note in _ROWS_IN_TURN.finditer(text):
        units = tuple(split_units(note.group("units")))
        helpers = tuple(split_units(note.group("helpers"))) if note.group("helpers") else ()
        if units and all(looks_like_unit(unit) for unit in (*units, *helpers)):
            rows = _rows_before(root, readings, note.start())
            _answer_each_row(rows, units, Bracket(note.start(), note.end(), Responsibility(units, helpers)), readings)
    for note in _UNIT_FOR_WHOLE_ROW.finditer(text):
        units = tuple(split_units(note.group("units")))
        if not units or not all(looks_like_unit(unit) for unit in units):
            continue
        for row in _rows_before(root, readings, note.start()):
            if _WHOLE_TITLE.match(row.title) and not any(b.responsibility.lead for b in row.brackets):
                row.brackets[:] = [Bracket(note.start(), note.end(), Responsibility(units))]
                row.regions[:] = [attrs.evolve(r, segment=0) for r in row.regions]
                readings[id(row)] = [(0, reading) for _, reading in readings[id(row)]]


#: A note giving the table's rows in turn to units each naming its row's place, with helpers for all of them
#: (注:表中各行指标依次由沅北区人民政府、沅南区人民政府…牵头负责,市水利局、市发展改革委配合).
_ROWS_IN_TURN: Final = re.compile(
    r"(?:表中|上表|表内)各行(?:的)?(?:指标|目标|任务|目标任务)?(?:依次|分别)由(?P<units>[^,，;；。\n]{2,400}?)"
    r"(?:牵头负责|负总责|负责|牵头)(?:[,，](?P<helpers>[^,，;；。\n]{2,80}?)(?:配合|协助|参与))?"
)
#: A unit named first as answering for the whole's row (县农业农村局对全县合计任务负责,做好统筹调度).
_UNIT_FOR_WHOLE_ROW: Final = re.compile(
    r"(?:^|(?<=[;；。,，:：\n]))[ \t\u3000]*(?:\d[.、．])?(?P<units>[^,，;；。\n:：]{2,40}?)对(?:全县|全市|全区|全镇|全乡)?"
    r"(?:的)?(?:合计|总计)(?:的)?(?:指标|目标|任务|目标任务)?(?:负总责|负责)"
)


def _answer_each_row(
    rows: list[Node], listed: tuple[str, ...], note: Bracket, readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give each place's row the unit a note lists for it in turn (分别由檀川镇人民政府、石桥镇人民政府…负责): the one
    whose name opens with the row's place; a row whose place no listed unit names keeps its units."""
    for row in rows:
        title = row.title.strip()
        own = [unit for unit in listed if _PLACE_NAMED.fullmatch(title) and unit.startswith(title)]
        if len(own) != 1 or not _answered_by_its_place(row):
            continue
        row.brackets[:] = [attrs.evolve(note, responsibility=Responsibility((own[0],), note.responsibility.support))]
        row.regions[:] = [attrs.evolve(r, segment=0) for r in row.regions]
        readings[id(row)] = [(0, reading) for _, reading in readings[id(row)]]


def _answer(statement: str) -> Responsibility | None:
    """Who a note's statement names (由各乡镇人民政府负总责,各乡镇卫生院具体实施; 由县卫生健康局负责统筹考核:
    the unit, whatever it is said to do)."""
    answer = parse_responsibility(statement)
    if not answer.lead:
        named = _NAMED_BY.match(statement)
        answer = Responsibility(tuple(split_units(named.group("units")))) if named else answer
    return (
        answer
        if answer.lead and all(looks_like_unit(n) or names_collective_or_village(n) for n in answer.lead)
        else None
    )


def _answered_by_its_place(row: Node) -> bool:
    """A row answered for by the place it names alone (城关镇 | 68 | 75)."""
    return all(b.responsibility.lead == (row.title.strip(),) and not b.responsibility.support for b in row.brackets)


def _rows_before(
    root: Node, readings: dict[int, list[tuple[int, Reading]]], position: int, reach: int = _NOTE_REACH
) -> list[Node]:
    """The rows of the table that ends nearest before ``position`` (within ``reach`` of it), with targets."""
    rows: list[Node] = []
    for node in root.walk():
        if node.kind != "row" or not readings.get(id(node)):
            continue
        if position - reach <= node.position < position:
            rows.append(node)
    if not rows:
        return []
    table = rows[-1].parent
    return [row for row in rows if row.parent is table]


def answer_whole_column_by_note(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the cells of a table's column for the whole (指标 | 全市目标 | 甲县 | 乙县) the units a note under
    it names for that column (注:表中“全市目标”一栏由市生态环境局牵头,…配合落实。): each figure under the
    column that no unit answers for yet takes them, the places' cells keeping theirs."""
    for note in _WHOLE_COLUMN.finditer(text):
        answer = _answer(note.group("who"))
        near = _rows_before(root, readings, note.start()) if answer is not None else []
        if not near or answer is None or near[-1].parent is None:
            continue
        rows = _table_rows(near[-1].parent, readings, note.start())  # (however long: it speaks for its column)
        column = _column_named(text, rows[0].position, note.group("column"))
        if column is None:
            continue
        for row in rows:
            own = readings[id(row)]
            _pad_segments(row, own)
            for index, (segment, reading) in enumerate(own):
                line_start = text.rfind("\n", 0, reading.end) + 1
                if text.count("|", line_start, reading.end) != column:  # (the quote ends with the figure's cell)
                    continue
                if segment < len(row.brackets) and row.brackets[segment].responsibility.lead:
                    continue  # (森林覆盖率 given its own units by name: they stand)
                row.brackets.append(Bracket(note.start(), note.end(), answer))
                own[index] = (len(row.brackets) - 1, reading)


def answer_columns_by_note(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each column of a table of places' shares the units a note under it names for that column by
    its header (表中粮食播种面积由县农业农村局牵头,县统计局配合;农村户厕改造由县乡村振兴局牵头,…): every
    row's figure under the column takes them, the place's own name giving way. Every part of the note must
    name a header cell and say who answers (not who counts: 由县统计局负责核算), or the note is some other
    remark (表中数据为当年新增任务量) and is left alone; rows that are no places (a unit's own row) keep theirs."""
    indexed: list[tuple[int, Node]] | None = None  # every row with targets by position, gathered once when asked
    for note in _COLUMNS_NOTE.finditer(sh):
        indexed = _row_index(root, readings) if indexed is None else indexed
        near = _rows_near(indexed, note.start())
        if not near or near[-1].parent is None:
            continue
        rows = _table_rows(near[-1].parent, readings, note.start())
        if not all(_PLACE_NAMED.fullmatch(row.title.strip()) or _WHOLE_TITLE.match(row.title) for row in rows):
            continue  # (指标 | 2026年目标 | 责任单位: each row answered for by its own unit)
        parts = _NOTE_PART.finditer(note.group("parts"))
        given = _columns_given(sh, rows[0].position, note.start("parts"), parts, " \t,，;；")
        _give_columns(rows, given, sh, readings)
    for note in _NUMBERED_NOTE.finditer(sh):
        if not _PART_BY.search(sh, note.start("parts"), note.end()):
            continue  # (注:1.数据来源于县统计局。: no part says who answers)
        indexed = _row_index(root, readings) if indexed is None else indexed
        near = _rows_near(indexed, note.start())
        if not near or near[-1].parent is None:
            continue
        rows = _table_rows_above(indexed, sh, note.start(), near[-1].parent)
        if not all(_PLACE_NAMED.fullmatch(row.title.strip()) or _WHOLE_TITLE.match(row.title) for row in rows):
            continue
        if not all(_no_units_but_its_place(row) for row in rows):
            continue  # (美丽乡村示范村 | 10 | 县农业农村局: a kind of village, answered for by its own unit)
        given = {}
        for part in _NUMBERED_PART.finditer(sh, note.start("parts"), note.end()):
            # (2.新增就业指标由镇社会事务办负责业务指导,村集体经济收入指标由镇经济发展办负责…: a column each; a
            # clause naming no column, 苗木供应由县国有林场负责, stays with the one before)
            for piece in _column_pieces(sh, rows[0].position, part.group("body")):
                column = _column_opening(sh, rows[0].position, piece)
                by = _PART_BY.search(piece)
                if column is None or by is None or _COUNTED_BY.search(by.group("who")):
                    continue  # (4.合计栏中…为全县目标值: no column's units; 由县统计局负责核算: who counts)
                answer = _answer(by.group("who"))
                if answer is not None and not all(
                    n.startswith("各") or names_collective_or_village(n) for n in answer.lead
                ):
                    # (由各乡镇负责落实: each place's row stays its own, as without the note)
                    own = _OWN_CLAUSE.match(by.group("who"))  # (the lead's own clause: …负总责,B负责技术指导)
                    said = own.group() if own is not None else by.group("who")
                    if _GUIDES.search(said) and not _CARRIES_OUT.search(said):
                        # 由镇经管站负责业务指导和审核: the offices help each place with its own figure
                        answer = Responsibility((), (*answer.lead, *answer.support))
                    given[column] = (answer, part.start("body"), part.end("body"))
        _give_columns(rows, given, sh, readings)


#: A note giving the whole's row out column by column (各项指标的县级合计由对应县直部门牵头统筹,并对各乡镇进行业务
#: 指导:粮食播种面积由县农业农村局负责;新建高标准农田由县农业农村局负责,县自然资源局配合;…).
_WHOLE_ROW_BY_COLUMN: Final = re.compile(
    r"(?:各项|各)?(?:指标|目标|任务)的?(?:县级|市级|区级|全县|全市|全区)?(?:合计|总计)(?:指标|目标|任务)?(?:均)?"
    r"由(?:对应|相应)的?(?:县直|市直|区直|县级|市级|区级)?(?:部门|单位)(?P<how>[^:：。\n]{0,40})[:：](?P<parts>[^。\n]{4,400})"
)


def answer_whole_row_by_column_note(
    root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]
) -> None:
    """Give the whole's row of a table of places' shares (合计 | 45.0 | 20000) the units a note names for each
    column (…合计由对应县直部门牵头统筹…:粮食播种面积由县农业农村局负责;…), and where the note says they guide the
    places (并对各乡镇进行业务指导) every place's row those units as helpers, the place still leading its figure.
    Every part must name a header cell and say who answers, or the note is left alone."""
    indexed: list[tuple[int, Node]] | None = None
    for note in _WHOLE_ROW_BY_COLUMN.finditer(sh):
        indexed = _row_index(root, readings) if indexed is None else indexed
        rows = _shares_table_above(indexed, sh, note.start())
        wholes = [row for row in rows if _WHOLE_TITLE.match(row.title)]
        places = [row for row in rows if row not in wholes]
        if not wholes:
            continue
        parts = re.finditer(r"[^;；]+", note.group("parts"))
        given = _columns_given(sh, rows[0].position, note.start("parts"), parts, " \t,，")
        _give_columns(wholes, given, sh, readings)
        if _GUIDES.search(note.group("how")):  # (并对各乡镇进行业务指导: the offices help each place with its figure)
            helping = {c: (Responsibility((), (*a.lead, *a.support)), s, e) for c, (a, s, e) in given.items()}
            _give_columns(places, helping, sh, readings)


def _shares_table_above(indexed: list[tuple[int, Node]], sh: str, position: int) -> list[Node]:
    """The rows of the nearest table above ``position`` (within _TABLE_REACH) whose rows are all places and
    wholes (檀川镇 | 6.2, 合计 | 45.0), passing over the rows of duty paragraphs between (县市场监督管理局要…)."""
    low = bisect.bisect_left(indexed, position - _TABLE_REACH, key=lambda entry: entry[0])
    at = bisect.bisect_left(indexed, position, key=lambda entry: entry[0])
    while at > low:
        table = indexed[at - 1][1].parent
        if table is None:
            at -= 1
            continue
        rows = _table_rows_above(indexed, sh, indexed[at - 1][0] + 1, table)
        if rows and all(_PLACE_NAMED.fullmatch(row.title.strip()) or _WHOLE_TITLE.match(row.title) for row in rows):
            return rows
        # (another block of rows, a unit's: go on above its first row, which the block always holds; each row
        # is looked at once)
        at = bisect.bisect_left(indexed, rows[0].position, key=lambda entry: entry[0])
    return []


#: A note giving several columns each its own units in turn (东城街道、西城街道、南湖街道列目标分别由东城街道办事处、
#: 西城街道办事处、南湖街道办事处负责落实).
_COLUMNS_RESPECTIVELY: Final = re.compile(
    r"(?P<columns>[^,;。:：()（）]{2,80}?)(?:列|栏)(?:的)?(?:目标|指标|任务)?(?:均)?分别由(?P<units>[^。;\n]{2,300}?)"
    r"(?:负责落实|负责完成|负责|牵头落实|牵头)"
)


def answer_columns_respectively(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each column a note names its own units, in turn (东城街道、西城街道…列目标分别由东城街道办事处、西城街道
    办事处…负责落实): every figure under a column is its unit's alone, whatever the row's own units column names
    (a 牵头部门 column answers for the whole's column, 全区目标, not the places'). The columns and the units must
    pair one to one and every column must name a header cell, or the note is left alone."""
    indexed: list[tuple[int, Node]] | None = None
    for note in _COLUMNS_RESPECTIVELY.finditer(sh):
        columns = [c.strip() for c in re.split(r"[、和及]", note.group("columns")) if c.strip()]
        units = split_units(note.group("units"))
        if len(columns) < 2 or len(columns) != len(units) or not all(looks_like_unit(u) for u in units):
            continue
        indexed = _row_index(root, readings) if indexed is None else indexed
        near = _rows_near(indexed, note.start(), reach=_TABLE_REACH)
        if not near or near[-1].parent is None:
            continue
        rows = _table_rows_above(indexed, sh, note.start(), near[-1].parent)
        given: dict[int, tuple[Responsibility, int, int]] = {}
        for column, unit in zip(columns, units, strict=True):
            at = _column_named(sh, rows[0].position, column, whole_cell=True)
            if at is None:
                given = {}
                break
            given[at] = (Responsibility((unit,)), note.start(), note.end())
        _give_columns(rows, given, sh, readings)


def _columns_given(
    sh: str, first_row: int, parts_start: int, parts: Iterator[re.Match[str]], strip: str
) -> dict[int, tuple[Responsibility, int, int]]:
    """The units a note's parts give the table's columns by header (高标准农田由县农业农村局牵头,…配合), by the count
    of bars before each column, with where each part stands; none unless every part names a header cell and who
    answers (not who counts: 由县统计局负责核算)."""
    given: dict[int, tuple[Responsibility, int, int]] = {}
    for part in parts:
        by = _COLUMN_BY.fullmatch(part.group().strip(strip))
        answer = _answer(by.group("who")) if by is not None and not _COUNTED_BY.search(by.group("who")) else None
        column = _column_named(sh, first_row, by.group("column"), whole_cell=True) if by else None
        if answer is None or column is None:
            return {}
        start = parts_start + part.start()
        given[column] = (answer, start, start + len(part.group()))
    return given


def _no_units_but_its_place(row: Node) -> bool:
    """Whether a row names no units of its own but its place (城关镇 | 600: the place answers, or no one yet)."""
    return all(
        not bracket.responsibility.lead or bracket.responsibility.lead == (row.title.strip(),)
        for bracket in row.brackets
    )


def _column_pieces(sh: str, first_row: int, body: str) -> list[str]:
    """A numbered part of a note cut where a clause names another column (…负责业务指导,村集体经济收入指标由…), the
    clauses naming none kept with the piece before (…牵头,苗木供应由县国有林场负责)."""
    pieces: list[str] = []
    for piece in _COLUMNS_IN_PART.split(body):
        if pieces and _column_opening(sh, first_row, piece) is None:
            pieces[-1] += "," + piece
        else:
            pieces.append(piece)
    return pieces


def _row_index(root: Node, readings: dict[int, list[tuple[int, Reading]]]) -> list[tuple[int, Node]]:
    """Every row with targets, by position (walked once for all the notes of a document)."""
    return sorted(
        ((node.position, node) for node in root.walk() if node.kind == "row" and readings.get(id(node))),
        key=lambda entry: entry[0],
    )


def _rows_near(indexed: list[tuple[int, Node]], position: int, reach: int = _NOTE_REACH) -> list[Node]:
    """As _rows_before, from the rows by position: those of the table ending nearest before ``position``."""
    low = bisect.bisect_left(indexed, position - reach, key=lambda entry: entry[0])
    high = bisect.bisect_left(indexed, position, key=lambda entry: entry[0])
    rows = [node for _, node in indexed[low:high]]
    if not rows:
        return []
    table = rows[-1].parent
    return [row for row in rows if row.parent is table]


def _table_rows_above(indexed: list[tuple[int, Node]], sh: str, position: int, table: Node) -> list[Node]:
    """The rows of ``table`` right above ``position``, back to the first line between two of them that is
    another line of cells (the header, another table's rows): its parent may hold every table of the document,
    and each row is looked at once."""
    at = bisect.bisect_left(indexed, position, key=lambda entry: entry[0])
    rows: list[Node] = []
    below = position
    while at > 0:
        row_position, row = indexed[at - 1]
        if row.parent is not table:
            break
        line_end = sh.find("\n", row_position, below)
        between = sh[line_end:below] if line_end >= 0 else ""
        if rows and "|" in between:
            break  # (a header or another table's line between this row and the one below it)
        rows.append(row)
        below, at = row_position, at - 1
    return rows[::-1]


def _give_columns(
    rows: list[Node],
    given: dict[int, tuple[Responsibility, int, int]],
    sh: str,
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """Each row's figure under a column ``given`` units takes them (the count of bars before it names the column);
    helpers given alone help the row's own place, or answer for a row with none (全县 | 2100)."""
    for row in rows if given else []:
        own = readings[id(row)]
        _pad_segments(row, own)
        for index, (_, reading) in enumerate(own):
            line_start = sh.rfind("\n", 0, reading.end) + 1
            column_given = given.get(sh.count("|", line_start, reading.end))
            if column_given is not None:
                answer, start, end = column_given
                if not answer.lead:  # helpers only: the row's place still leads its figure
                    base = row.brackets[own[index][0]].responsibility
                    added = tuple(n for n in answer.support if n not in base.lead and n not in base.support)
                    answer = (
                        Responsibility(base.lead, (*base.support, *added))
                        if base.lead
                        else Responsibility(answer.support)  # (全县 | 2100: no place of its own, the offices answer)
                    )
                row.brackets.append(Bracket(start, end, answer))
                own[index] = (len(row.brackets) - 1, reading)


#: A note under a table in numbered parts (注:1.森林覆盖率…由县自然资源局负责监测考核。2.新造林面积由县林业局负责…).
_NUMBERED_NOTE: Final = re.compile(r"(?m)^[ \t]*注\s*:?\s*(?P<parts>(?:[(（]?\d{1,2}[.、)）][^\n]*\n?){1,12})")
#: One numbered part of it, its words to the next part's number.
_NUMBERED_PART: Final = re.compile(r"[(（]?\d{1,2}[.、)）]\s*(?P<body>(?:(?![(（]?\d{1,2}[.、)）][^\d])[^\n])+)")
#: What units do that only helps the places with their figures (负责业务指导和审核, 负责技术指导、质量验收), not
#: what carries the work out (负责组织实施和检查验收: they lead it).
_GUIDES: Final = re.compile(r"负责(?:业务|技术)?指导|负责宣传发动|负责[^,，;；。]{0,4}审核|进行(?:业务|技术)指导")
#: What the units named first do that carries the work out (组织实施, 负总责, 牵头): they lead, whoever guides.
_CARRIES_OUT: Final = re.compile(r"组织实施|负责实施|负责落实|负责完成|负总责|牵头|督促推进|负责\s*$")
#: The clause of the units a part names first (由县林业局负总责 of …负总责,县农业农村局负责技术指导).
_OWN_CLAUSE: Final = re.compile(r"由[^,，;；]*")
#: Where one numbered part of a note moves to the next column's units (…负责业务指导,村集体经济收入指标由…).
_COLUMNS_IN_PART: Final = re.compile(r"[,，](?=[^,，;；。由]{2,20}?由)")
#: Who a part names after 由, to its sentence's end.
_PART_BY: Final = re.compile(r"(?P<who>由[^。;；\n]{2,100})")


def _column_opening(sh: str, first_row: int, words: str) -> int | None:
    """How many bars stand before the header cell whose name (less its measure in brackets) opens ``words``
    (森林覆盖率 of 森林覆盖率以…为准 under |森林覆盖率(%)|), else the one cell whose name ends with the words' subject
    (户用卫生厕所改造由… under |新增农村户用卫生厕所改造(户)|); None when no cell, or more than one, does."""
    words = words.strip()
    subject = re.match(r"[^由以,，;；。]{4,16}(?=由|以)", words)
    said = subject.group() if subject is not None else ""
    for line in _lines_above(sh, first_row):
        if "|" not in line:
            continue
        names = [re.sub(r"\s*\([^()]*\)\s*$", "", cell.strip()) for cell in line.split("|")]
        opening = next((i for i, name in enumerate(names) if len(name) >= 2 and words.startswith(name)), None)
        if opening is not None:
            return opening
        ending = [i for i, name in enumerate(names) if said and len(name) > len(said) and name.endswith(said)]
        if len(ending) == 1:
            return ending[0]
    return None


#: A row for the whole (合计, 全县, 总计).
_WHOLE_TITLE: Final = re.compile(r"\s*(?:合计|总计|全县|全市|全区|全镇|全乡)")
#: The parts of a note giving columns out: each to its ;, or to a , before the next column's 由.
_NOTE_PART: Final = re.compile(r"[^;；]+?(?=[;；]|[,，][^,，;；由]{2,16}?由|$)")
#: Who counts or reports a figure (由县统计局负责核算, 负责汇总): no one answering for reaching it.
_COUNTED_BY: Final = re.compile(r"(?:负责|牵头)(?:数据)?(?:核算|统计|提供|核定|汇总|审核|报送)")


#: A note that each row's place answers for its row, and who oversees them all (表中每一行所列指标由该行设区市人民
#: 政府负总责、组织完成;省厅就业促进处、职业能力建设处按职责分工负责督促指导).
_ROWS_OVERSEEN: Final = re.compile(
    r"(?:表中|上表)(?:每一行|每行|各行)(?:所列)?(?:指标|目标|任务)(?:均)?由(?:该行|本行)[^;；。\n]{0,30}?负总责[^;；。\n]{0,20}[;；]"
    r"\s*(?P<units>[^;；。\n]{2,80}?)(?:按职责分工|按职责)?负责(?P<how>督促指导|指导督促|督导|督促|指导)"
)
#: The places each answering for their own rows (各乡镇人民政府负责完成本辖区任务, 各乡镇(街道)负责落实本辖区目标).
_PLACES_OWN: Final = (
    r"各(?:乡镇|镇|乡|街道|县|区|县区)(?:[(（](?:街道|镇|乡)[)）])?(?:人民政府|政府|办事处)?负责(?:完成|落实)"
    r"本(?:辖区|区域|地区|地)(?:的)?(?:任务|目标|指标|目标任务)"
)
#: An office overseeing them (县乡村振兴局负责统筹调度; …负责督促指导): one coordinating answers for the whole's row.
_OVERSEER: Final = (
    r"(?P<units>[^,，;；。\n]{2,40}?)负责(?P<how>统筹(?:调度|协调|推进)?|督促指导|指导督促|督导|(?:技术|业务)指导)"
)
#: The table's tasks given to the places as a body (表列任务由各乡镇人民政府负责组织实施), then who guides them.
_TABLE_TO_PLACES: Final = (
    r"(?:表列|表中|上表|本表)(?:所列)?(?:的)?(?:任务|目标|指标|目标任务)(?:均)?由"
    r"(?P<places>各(?:乡镇|镇|乡|街道|县|区|县区)(?:[(（](?:街道|镇|乡)[)）])?(?:人民政府|政府|办事处)?)"
    r"负责(?:组织实施|组织完成|完成|落实|实施)[^;；。\n]{0,60}?[;；。]\s*"
)
#: Such a note in either order (各乡镇…负责完成本辖区任务,县乡村振兴局负责统筹调度; 县乡村振兴局负责统筹调度,各乡镇…),
#: or the table's tasks given to the places, an office guiding (表列任务由各乡镇人民政府负责组织实施,…;县水利局负责技术指导).
_PLACES_OVERSEEN: Final = (
    re.compile(_PLACES_OWN + r"[,，;；]\s*" + _OVERSEER),
    re.compile(_OVERSEER + r"[,，;；]\s*" + _PLACES_OWN),
    re.compile(_TABLE_TO_PLACES + _OVERSEER),
)


def answer_rows_supervised_by_note(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Under a table of places' shares, a note that each row's place answers for its row and named offices
    oversee them (…由该行设区市人民政府负总责;省厅就业促进处、…负责督促指导; 各乡镇人民政府负责完成本辖区任务,县乡村
    振兴局负责统筹调度): every place's row keeps its place as lead, the overseers helping; an office that coordinates
    (统筹) leads the whole's row (合计)."""
    notes = sorted(
        (note for pattern in (_ROWS_OVERSEEN, *_PLACES_OVERSEEN) for note in pattern.finditer(text)),
        key=lambda note: note.start(),
    )
    for note in notes:
        overseers = tuple(split_units(note.group("units")))
        if not overseers or not all(looks_like_unit(n) for n in overseers):
            continue
        rows = _rows_before(root, readings, note.start(), reach=_TABLE_REACH)
        if rows and re.search(r"附件|附表", text[rows[-1].position : note.start()]):
            continue  # (another table, one of no figures, stands between: the note is that one's)
        coordinates = note.group("how").startswith("统筹")
        places = note.groupdict().get("places")
        for row in rows:
            if (coordinates or places) and _WHOLE_TITLE.match(row.title):
                # (合计 | 26000 | …: the whole's row, the office coordinating the places'; or the places as a body,
                # the office guiding them, where the note gives them the table's tasks)
                whole = (
                    Responsibility((places,), overseers) if places and not coordinates else Responsibility(overseers)
                )
                row.brackets[:] = [Bracket(note.start("units"), note.end("units"), whole)]
                row.regions[:] = [attrs.evolve(r, segment=0) for r in row.regions]
                readings[id(row)] = [(0, reading) for _, reading in readings[id(row)]]
            elif _PLACE_NAMED.fullmatch(row.title.strip()) and _answered_by_its_place(row):
                row.brackets[:] = [
                    attrs.evolve(b, responsibility=Responsibility(b.responsibility.lead, overseers))
                    for b in row.brackets
                ]


def _table_rows(table: Node, readings: dict[int, list[tuple[int, Reading]]], position: int) -> list[Node]:
    """Every row of ``table`` with targets before ``position`` (a note under it)."""
    return [row for row in table.children if row.kind == "row" and readings.get(id(row)) and row.position < position]


def _pad_segments(row: Node, own: list[tuple[int, Reading]]) -> None:
    """Give every segment the row's figures point at a bracket, empty where none stands yet, so a bracket
    appended for one figure is no other figure's."""
    row.brackets.extend(
        Bracket(row.position, row.position, Responsibility())
        for _ in range(len(row.brackets), max((segment + 1 for segment, _ in own), default=0))
    )


def _column_named(text: str, first_row: int, name: str, *, whole_cell: bool = False) -> int | None:
    """How many bars stand before the cell named ``name`` in the table's header, the nearest line above
    the rows that names it (the count a row's cell under it has before it too); with ``whole_cell``,
    only a cell the name opens (粮食播种面积 in |粮食播种面积(万亩)|)."""
    for line in _lines_above(text, first_row):
        at = line.find(name)
        if whole_cell:
            at = next((m.start() + 1 for m in re.finditer(r"(?:^|\|)\s*" + re.escape(name), line)), -1)
        if at >= 0 and "|" in line:
            return line.count("|", 0, at)
    return None


def _lines_above(text: str, first_row: int) -> Iterator[str]:
    """The lines above a table's first row, nearest first, as far as its header may stand (_HEADER_REACH)."""
    end = first_row
    for _ in range(_HEADER_REACH):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        yield text[start:end]
        if start == 0:
            return
        end = start


#: How many lines above a note's rows the table's header may stand.
_HEADER_REACH: Final = 60
