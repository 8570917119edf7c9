"""Tables whose cells run together: a document-sharing page that lost every separator.

Pages of document-sharing sites (由会员分享, 可在线阅读) often give a table as one stream of
text: ``序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施…。何海平教育局
经开区高新园(邹区镇)各街道2促进就业…``, cut into pages that start with ``1、`` ``2、``. Nothing
marks a cell, but the header names the columns, each row starts at the next serial number,
the task's text ends at its last 。, and what follows is who answers: a person (when the
header has a 领导 column), then the lead unit, then the supporting ones, their names run
together. :func:`read_glued_rows` reads such a stream into rows with their units.

Names that run together are cut where a unit's name ends (局, 委, 办, 中心, 公司, 街道, 镇,
园 with its bracket, 区 ...); a person's name (two or three characters) is told from the unit
after it by the unit's name starting as a bureau's does (教育局, 人社局, 区发改委 ...).

A web page's table copied without its cells' borders is the same stream cut into lines, a row a
line: ``类别序号重点督办内容牵头单位全年完成情况`` and then ``经济社会发展主要预期目标1地区生产总值增长
6%左右。区发展改革委西城区地区生产总值…``: each row opens with its category (when the header has
one) and its number, and what follows its units is the progress column, no target of the plan.
:func:`read_glued_row_line` reads such a row.
"""

from __future__ import annotations

import re
from typing import Final

from .responsibility import HELPING, Responsibility

__all__ = ["GluedRow", "glued_header", "read_glued_row_line", "read_glued_rows"]

#: A header run together: 序号 (after a category column) and at least two column names after it.
_HEADER: Final = re.compile(
    r"(?:(类别|分类|类型|领域|板块)(?=序号))?序号((?:[\u4e00-\u9fff]{2,8}?(?:单位|名称|内容|领导|时限|目标|任务|情况|备注|进度)){2,})"
)
_COLUMN: Final = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:单位|名称|内容|领导|时限|目标|任务|情况|备注|进度)")
#: A column of what was done (全年完成情况, 进展情况): what follows a row's units is no target.
_PROGRESS_COLUMN: Final = re.compile(r".*(?:完成情况|进展情况|落实情况|推进情况|进展)")
#: A row of a run-together table on a line of its own: its category (经济社会发展主要预期目标; blank
#: under a merged cell) and its number, before the row's text.
_CATEGORY_ROW: Final = re.compile(r"[\u4e00-\u9fff()“”\"]{0,30}?(\d{1,3})(?=[\u4e00-\u9fff])")
_NUMBERED_ROW: Final = re.compile(r"(\d{1,3})(?=[\u4e00-\u9fff])")
#: The end of a unit's name (a bracket after it belongs to it: 高新园(邹区镇)).
_UNIT: Final = re.compile(
    r"[\u4e00-\u9fff]{1,9}?(?:管委会|委员会|中心|公司|集团|街道|局|委|办|镇|乡|园|区|院|所|站|队|会|联)(?:\([^()]{1,10}\))?"
)
#: How a bureau's name starts (the unit after a person's name).
_BUREAU: Final = re.compile(
    r"(?:区|市|县)?(?:教育|人社|人力资源|人力社保|发展改革|发展和改革|民政|住建|文体旅|文旅|卫健|财政|发改|商务|交通|水利|农业农村|农业|自然资源|生态环境|城管|"
    r"公安|应急|市场监管|统计|税务|医保|司法|审计|科技|工信|体育|林业|残联|妇联|团|总工会|规划|园林|房管|城建|国资|"
    r"退役军人|行政审批|政务服务|数据|大数据|融媒体|宣传|组织|统战|政法|编办|信访)"
)


#: How far a row's number is looked for after the row before it (a row of a sheet is far shorter).
_ROW_REACH: Final = 5000


class GluedRow:
    """A row read from a run-together table: its task text and who answers for it."""

    __slots__ = ("end", "responsibility", "start", "text_end")

    def __init__(self, start: int, text_end: int, end: int, responsibility: Responsibility) -> None:
        self.start = start  # the task's text starts here (after the serial number)
        self.text_end = text_end  # and ends here (at its last 。)
        self.end = end  # the row ends here (after its units)
        self.responsibility = responsibility


def glued_header(sh: str, start: int, end: int) -> tuple[int, list[str]] | None:
    """The end of a run-together header in ``sh[start:end]`` and its column names, or ``None``."""
    match = _HEADER.search(sh, start, end)
    if match is None:
        return None
    category = [match.group(1)] if match.group(1) else []
    columns = [*category, "序号", *(_COLUMN.findall(match.group(2)))]
    return match.end(), columns


def read_glued_rows(text: str, sh: str, start: int, end: int, columns: list[str]) -> list[GluedRow]:
    """The rows of a run-together table in ``sh[start:end]`` (page breaks already blanked).

    A row may hold several items, each its text and then its units (a merged cell of the task's
    name over two lines of the sheet); an item after which no units follow answers to the units
    before it, as a blank cell takes the unit above.
    """
    leader, has_support, progress = _columns_read(columns)
    rows: list[GluedRow] = []
    serial = 1
    position = start
    while True:
        head = _row_start(text, sh, position, end, serial, leader, has_support)
        if head is None:
            break
        following = _row_start(text, sh, head + len(str(serial)), end, serial + 1, leader, has_support)
        row_end = following if following is not None else end
        body_start = head + len(str(serial))
        repeated = _HEADER.search(sh, body_start, row_end)  # a page repeats the header
        if repeated is not None:
            row_end = repeated.start()
        rows.extend(_items(text, sh, body_start, row_end, leader, has_support, progress))
        position = repeated.end() if repeated is not None and following is None else (following or end)
        serial += 1
    return rows


def read_glued_row_line(text: str, sh: str, start: int, end: int, serial: int, columns: list[str]) -> list[GluedRow]:
    """The items of row ``serial`` of a run-together table when it is the line ``sh[start:end]``
    (after its category when the header has one); none when the line is no such row, or names
    no units (a line of text after the table)."""
    opening = (_NUMBERED_ROW if columns[0] == "序号" else _CATEGORY_ROW).match(sh, start, end)
    if opening is None or opening.group(1) != str(serial):
        return []
    body_start = opening.end()
    leader, has_support, progress = _columns_read(columns)
    items = _items(text, sh, body_start, end, leader, has_support, progress)
    return items if any(item.responsibility for item in items) else []


def _columns_read(columns: list[str]) -> tuple[bool, bool, bool]:
    """Whether a run-together table names a person before the units (领导), supporting units, and
    what was done after them (its last column)."""
    leader = any("领导" in c for c in columns)
    has_support = any(re.search(HELPING, c) for c in columns)
    return leader, has_support, bool(_PROGRESS_COLUMN.fullmatch(columns[-1]))


def _items(
    text: str, sh: str, start: int, end: int, leader: bool, has_support: bool, progress: bool = False
) -> list[GluedRow]:
    """The items of one row: text up to a 。 after which units are named, then those units; with a
    column of progress last, what follows the first units is what was done, and ends the row."""
    items: list[GluedRow] = []
    item_start = start
    last = Responsibility()
    for stop in [m.start() for m in re.finditer(r"[。;]", sh[start:end])]:
        stop += start
        named = _units_at(text, stop + 1, end, leader, has_support, progress)
        if named is None:
            continue
        responsibility, units_end = named
        items.append(GluedRow(item_start, stop, units_end, responsibility))
        if progress:
            return items
        last = responsibility
        item_start = units_end
    if sh[item_start:end].strip(" 。;"):  # items after the last units: they answer to those units
        items.append(GluedRow(item_start, end, end, last))
    return items


def _units_at(
    text: str, position: int, end: int, leader: bool, has_support: bool, progress: bool = False
) -> tuple[Responsibility, int] | None:
    """The units named at ``position`` (after a person's name when the table has a 领导 column),
    and where they end; ``None`` when text, not units, follows. With progress after them, each
    name starts as a bureau's does (区财政局 then 西城区一般公共预算收入…: no unit 西城区)."""
    offset = position
    if leader:
        for length in (3, 2):  # 何海平教育局, 张菁民政局: the name leaves a bureau's name after it
            if _BUREAU.match(_clean(text[position + length : position + length + 12])):
                offset = position + length
                break
        else:
            return None
    elif not _BUREAU.match(_clean(text[position : position + 12])):
        return None
    names: list[str] = []
    cursor = offset
    while cursor < end:
        while cursor < end and text[cursor] in " \n\t、,0123456789":  # a page break inside the list
            cursor += 1
        match = _UNIT.match(text, cursor, end)
        if match is None or not _plausible_unit(match.group()):
            break
        if progress and names and not _BUREAU.match(_clean(match.group())):
            break
        names.append(_clean(match.group()))
        cursor = match.end()
    if not names:
        return None
    if has_support:
        return Responsibility((names[0],), tuple(names[1:])), cursor
    return Responsibility(tuple(names)), cursor


def _clean(name: str) -> str:
    return re.sub(r"\n[ \t]*\d{1,3}、|\s+", "", name)


def _plausible_unit(name: str) -> bool:
    """Whether a run of characters ending like a unit is one (not the next item's text: 提升改造8家…)."""
    return len(_clean(name)) <= 12 and not re.match(
        r"(?:实施|推进|完成|开展|提升|建设|新增|新建|改造|为|对|在)", _clean(name)
    )


def _row_start(
    text: str, sh: str, position: int, end: int, serial: int, leader: bool = False, has_support: bool = False
) -> int | None:
    """Where row ``serial`` starts: its number, right after the header or where the units named after
    the row before end (a number inside a row's text, 在城区2处, starts nothing)."""
    number = str(serial)
    end = min(end, position + _ROW_REACH)  # a row is never longer: the search stays linear in the text
    index = sh.find(number, position, end)
    while index >= 0:
        after = sh[index + len(number) : index + len(number) + 1]
        fits = not after.isdigit() and not sh[index - 1 : index].isdigit() and re.match(r"[\u4e00-\u9fff]", after)
        if fits and (index == position or _units_end_at(text, sh, position, index, leader, has_support)):
            return index
        index = sh.find(number, index + 1, end)
    return None


def _units_end_at(text: str, sh: str, position: int, index: int, leader: bool, has_support: bool) -> bool:
    """Whether the units named after the last 。 before ``index`` end exactly at ``index``."""
    stop = max(sh.rfind("。", position, index), sh.rfind(";", position, index))
    if stop < 0:
        return False
    named = _units_at(text, stop + 1, index, leader, has_support)
    return named is not None and named[1] == index
