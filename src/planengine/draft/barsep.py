"""Tables copied with every cell on lines of its own and a line holding one bar between cells.

Some pages come out of a copy as::

    1
    |
    粮食产量100亿斤以上。
    |
    市农技中心
    |
    2024年底前

a row's cells one under another, a ``|`` line between two cells, each row opening with its
serial number (1, 2, 3 …) and a cell of several units one name a line. :func:`bar_separated_rows`
gives the shadow such a table one row a line (``1 | 粮食产量… | 市农技中心 | 2024年底前``), so the
reader takes it as any ``|`` table. :func:`bar_counted_rows` does the same for a table whose
cells each close with a bar line under a header given so, its rows told by their count of bars;
:func:`two_line_rows` for one whose header and rows each take two ``|`` lines, the second opening
with a blank cell (``| 1 | 农村厕所革命 |`` over ``|  | 完成户厕整改186户 | 镇农业农村办 | … |``);
:func:`bar_closed_cells` for one whose every cell takes a line closed by a bar (``类别 |`` / ``主要指标 |``
/ … / ``预期性 | |``), its rows told by the header's count of cells; :func:`bar_opened_rows` for one
whose rows each open with a bar alone on its line, a cell a line after it (``|`` / ``序号 |`` /
``名 称 |`` / …); :func:`bar_led_cells` for one whose cells each take a line opening with a bar, a bar
alone closing each row, the row's number on a line of its own before them (``1`` / ``| 综合指标`` /
``| 市科技局`` / ``|``); :func:`wrapped_bar_rows` for a table framed by bars whose cells run over lines.
Offsets stay those of the text (one character for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .text import line_spans

__all__ = [
    "bar_closed_cells",
    "bar_led_cells",
    "bar_counted_rows",
    "bar_led_rows",
    "bar_opened_rows",
    "bar_separated_rows",
    "DUE_CELL",
    "dash_parted_rows",
    "two_line_rows",
    "wrapped_bar_rows",
]

#: A line holding a bar and nothing else: the border between two cells.
_BAR: Final = re.compile(r"[ \t]*\|[ \t]*")
#: The last cell of a table's last row is short and no sentence; a longer line is the text after it.
_LAST_CELL: Final = re.compile(r"[^。;；\n]{1,24}")
_SERIAL: Final = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
#: How many lines a row's cell may take before the next bar (units one a line, phone numbers).
_CELL_LINES: Final = 8
#: A table of this kind has at least this many rows, each of at least this many cells.
_ROWS: Final = 2
_CELLS: Final = 3


def bar_separated_rows(sh: str) -> str:
    """The shadow with tables of bar-separated cell lines joined one row a line.

    A row opens at a line holding only its serial number with a bar line after it; the serials
    count up by one. Within a row every line end becomes a blank; the line end before the next
    serial stays. A row ends, and with it the table, at a cell line after which no bar comes
    within a few lines. Runs that are not such tables (a lone bar, one row) are left as they are.
    """
    if "|" not in sh:
        return sh
    lines = line_spans(sh)
    bar = [bool(_BAR.fullmatch(sh, a, b)) for a, b in lines]
    out = list(sh)
    index = 0
    while index < len(lines) - 1:
        serial = _SERIAL.fullmatch(sh, *lines[index])
        if serial is None or not bar[index + 1]:
            index += 1
            continue
        rows = _table_rows(sh, lines, bar, index, int(serial.group(1)))
        if len(rows) >= _ROWS and all(sum(bar[a:b]) >= _CELLS - 1 for a, b in rows):
            for first, after in rows:
                for a, _ in lines[first + 1 : after]:
                    out[a - 1] = " "  # the line end before each line of the row but its first
            index = rows[-1][1]
        else:
            # no table opens here, nor at a row of this run (its serials count on from this one):
            # go on after the run, so each line is looked at a bounded number of times
            index = max(index + 1, rows[-1][1])
    return "".join(out)


def _table_rows(
    sh: str, lines: list[tuple[int, int]], bar: list[bool], first: int, number: int
) -> list[tuple[int, int]]:
    """The rows of the table opening at line ``first`` (serial ``number``): (first line, line after)."""
    rows: list[tuple[int, int]] = []
    start = first
    index = first + 1
    since_bar = 0  # cell lines since the last bar
    while index < len(lines):
        if bar[index]:
            since_bar = 0
            index += 1
            continue
        serial = _SERIAL.fullmatch(sh, *lines[index])
        opens_row = (
            serial is not None and int(serial.group(1)) == number + 1 and index + 1 < len(lines) and bar[index + 1]
        )
        if opens_row:
            rows.append((start, index))
            start, number, since_bar = index, number + 1, 0
            index += 1
            continue
        blank = not sh[slice(*lines[index])].strip()
        if (blank and not (index + 1 < len(lines) and bar[index + 1])) or since_bar >= _CELL_LINES:
            break  # a blank line not between bars, or text running on without a bar: the table is over
        if not _bar_ahead(bar, index):
            if _LAST_CELL.fullmatch(sh, *lines[index]):
                index += 1  # the row's last cell (a phone number, a date, a name)
            break
        since_bar += 1
        index += 1
    rows.append((start, index))
    return rows


def _bar_ahead(bar: list[bool], index: int) -> bool:
    """Whether a bar line comes within a cell's lines after line ``index``."""
    return any(bar[index + 1 : index + 1 + _CELL_LINES])


#: A numbered heading (一、, 1.): no header cell.
_NUMBERED: Final = re.compile(r"[一二三四五六七八九十\d]{1,3}[、.．]")
#: A line of bars alone: one bar closes a cell, more close the cells a merged cell left out.
_BARS: Final = re.compile(r"[ \t]*(\|+)[ \t]*")


def bar_counted_rows(sh: str, is_header_cell: Callable[[str], bool]) -> str:
    """The shadow with tables whose cells each close with a bar on a line of its own, under a header
    given so (序号 / | / 项目 / | / … / 责任单位 / |), joined one row a line.

    A row holds as many bars as the header has cells: a merged cell left out of a row is closed by
    one more bar on its last bar line (…区财政局、税务局 / | / |||). Within a row the line ends become
    blanks, and so do the bars of a line of several, so a row short of merged cells shows only its
    own (those above it answer for the rest). The table ends at a
    blank line or at text that runs on without a bar.
    """
    if "|" not in sh:
        return sh
    lines = line_spans(sh)
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        columns = _header_cells(sh, lines, index, is_header_cell)
        if columns < _CELLS:
            index += 1
            continue
        if out is None:
            out = list(sh)
        index = _join_counted(sh, lines, index, columns, out)
    return sh if out is None else "".join(out)


#: A header cell that is a year alone (2022年, 2025年度).
_YEAR_CELL: Final = re.compile(r"20\d{2}年度?")


def _header_cells(sh: str, lines: list[tuple[int, int]], index: int, is_header_cell: Callable[[str], bool]) -> int:
    """How many header cells, each a line of header words followed by a bar line, start at line
    ``index`` (a row after the header is no part of it)."""
    cells = 0
    while index + 1 < len(lines):
        cell = sh[slice(*lines[index])].strip()
        bar = _BARS.fullmatch(sh, *lines[index + 1])
        words = re.sub(r"\s+", "", cell)
        if not cell or bar is None or len(bar.group(1)) != 1:
            break
        if not is_header_cell(words) and not (_YEAR_CELL.fullmatch(words) and _beside_a_year(sh, lines, index)):
            break  # (a header cell, or a year beside another: 2022年 / | / 2025年 / |, a column a year's figures)
        if _NUMBERED.match(cell):
            break  # 一、主要预期目标: a heading over the rows, however like a header cell it reads
        cells += 1
        index += 2
    return cells


def _beside_a_year(sh: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the cell two lines before or after line ``index`` (the cell beside it, past its bar) is a year too:
    a year alone (时间 / | / … / 2025年, a row's first cell) heads no column."""
    return any(
        0 <= other < len(lines) and _YEAR_CELL.fullmatch(re.sub(r"\s+", "", sh[slice(*lines[other])])) is not None
        for other in (index - 2, index + 2)
    )


def _join_counted(sh: str, lines: list[tuple[int, int]], index: int, columns: int, out: list[str]) -> int:
    """Join the header at line ``index`` and the rows after it; the index of the line after the table."""
    bars = 0  # bars of the row being read (the header is a row too)
    since_bar = 0
    while index < len(lines):
        start, end = lines[index]
        text = sh[start:end]
        run = _BARS.fullmatch(text)
        blank_cell = (  # | / (blank) / |: an empty cell between two bars (a merged unit's, the one above answers)
            not text.strip()
            and index
            and index + 1 < len(lines)
            and _BAR.fullmatch(sh, *lines[index - 1])
            and _BAR.fullmatch(sh, *lines[index + 1])
        )
        if run is None and ((not text.strip() and not blank_cell) or since_bar >= _CELL_LINES):
            break  # a blank line, or text running on without a bar: the table is over
        if run is not None:
            count = len(run.group(1))
            bars += count
            since_bar = 0
            if count > 1:
                for bar in range(run.start(1), run.end(1)):
                    out[start + bar] = " "  # the bars of merged cells left out: no cells of this row
        else:
            since_bar += 1
        row_ends = bars >= columns
        if not row_ends and end < len(sh):
            out[end] = " "  # the line end inside a row
        index += 1
        if row_ends:
            bars = 0
            ahead = range(index, min(len(lines), index + _CELL_LINES))
            if not any(_BARS.fullmatch(sh, *lines[k]) for k in ahead):
                break  # no bar closes a cell in the lines after this row: the text after the table
    return index


#: A ``|`` line opening with a blank cell: the second line of a row set out over two.
_OPENS_BLANK: Final = re.compile(r"[ \t]*(\|)[ \t]*(\|)")


def two_line_rows(sh: str, is_header_cell: Callable[[str], bool]) -> str:
    """The shadow with a table whose header and rows each take two ``|`` lines, the second opening
    with a blank cell (| 序号 | 重点任务 | over |  | 目标要求 | 牵头单位 | 配合单位 |), one row a line:
    the line end between the two becomes a blank, and so do the bars around the blank cell (all but
    one, where the first line leaves its last cell open)."""
    lines = line_spans(sh)
    out: list[str] | None = None
    i = 0
    while i + 1 < len(lines):
        after_bars = i > 0 and sh[lines[i - 1][0] : lines[i - 1][1]].lstrip().startswith("|")
        if after_bars or not _two_line_header(sh, lines[i], lines[i + 1], is_header_cell):
            i += 1  # (rows of a table under its header, a category merged down, are no header)
            continue
        k = i
        while k < len(lines) and sh[lines[k][0] : lines[k][1]].lstrip().startswith("|"):
            second = _OPENS_BLANK.match(sh, *lines[k + 1]) if k + 1 < len(lines) else None
            if second is None:
                k += 1  # a row of one line among them
                continue
            out = out if out is not None else list(sh)
            out[lines[k][1]] = " "
            closed = sh[lines[k][0] : lines[k][1]].rstrip().endswith("|")
            out[second.start(1)] = " "
            if closed:
                out[second.start(2)] = " "
            k += 2
        i = max(k, i + 1)
    return sh if out is None else "".join(out)


def _two_line_header(
    sh: str, first: tuple[int, int], second: tuple[int, int], is_header_cell: Callable[[str], bool]
) -> bool:
    """Whether two lines are a header set out over two: ``|`` cells all naming columns on the first,
    some on the second, which opens with a blank cell."""
    if not sh[first[0] : first[1]].lstrip().startswith("|") or _OPENS_BLANK.match(sh, *second) is None:
        return False
    named = [[is_header_cell(c.strip()) for c in sh[a:b].split("|") if c.strip()] for a, b in (first, second)]
    return all(named[0]) and any(named[1]) and sum(map(sum, named)) >= 3


#: A line holding one cell closed by a bar, or by two where a blank cell follows (预期性 | |).
#: (The cell's text ends on a character that is no blank, and each run of blanks is read once: a line of many blanks
#: is gone over in linear time.)
_CLOSED_CELL: Final = re.compile(r"[ \t]*+((?:[^|\n]*?[^|\n \t])?)[ \t]*+\|(?:[ \t]*\|)?[ \t]*")


def bar_closed_cells(sh: str, is_header_cell: Callable[[str], bool]) -> str:
    """The shadow with a table whose cells each take a line closed by a bar (类别 | / 主要指标 | / 单位 |
    / …) one row a line: three or more such lines of header words make the header, and each run of
    as many bars after it a row; the line ends inside a row become blanks. A row that closes on a
    blank cell (预期性 | |, its first cell merged into the row above) leaves it out: the bar after its
    last cell becomes a blank."""
    lines = line_spans(sh)
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        columns = 0
        while i + columns < len(lines):
            cell = _CLOSED_CELL.fullmatch(sh, *lines[i + columns])
            if cell is None or cell.group().count("|") != 1 or not is_header_cell(re.sub(r"\s+", "", cell.group(1))):
                break
            columns += 1
        after = i + columns
        if columns < _CELLS or (after < len(lines) and _BAR.fullmatch(sh, *lines[after])):
            i += max(columns, 1)  # (序号 | / … / | : each row closed by a bar alone, another layout)
            continue
        edits: list[int] = []  # where a line end, or a bar closing a blank cell, becomes a blank
        k, bars, row_start, rows = i, 0, i, 0
        while k < len(lines) and (cell := _CLOSED_CELL.fullmatch(sh, *lines[k])) is not None:
            bars += sh.count("|", *lines[k])
            if not cell.group(1) or bars > columns:
                break  # a bar alone, a row of more cells than the header's: another layout, left
            if bars == columns:
                edits.extend(b for _, b in lines[row_start:k])  # the line ends inside the row
                if sh.count("|", *lines[k]) == 2 and k > row_start:
                    edits.append(sh.rfind("|", *lines[k]))  # 预期性 | |: a row short of its first cell
                row_start, bars, rows = k + 1, 0, rows + 1
            k += 1
        clean = k >= len(lines) or _CLOSED_CELL.fullmatch(sh, *lines[k]) is None
        if clean and bars == 0 and rows > _ROWS:  # the header and two rows or more, every row whole
            out = out if out is not None else list(sh)
            for at in edits:
                out[at] = " "
        i = max(k, i + 1)
    return sh if out is None else "".join(out)


#: A line of one cell closed by one bar (``重庆医科大学…科技1号楼  |``), or of a cell and the bars of the
#: blank cells after it (``教育  | |||||||``).
_ONE_CELL: Final = re.compile(r"[ \t]*[^|\s][^|\n]*\|[ \t|]*")  # (one run before the bar: linear)


#: Words in a cell (not only bars and blanks).
_HAS_WORDS: Final = re.compile(r"[^|\s]")
#: A group's heading among a table's rows (一、经济发展类, 二、创新驱动类).
_GROUP_LINE: Final = re.compile(r"[一二三四五六七八九十]{1,3}[、.][^|\d]{1,20}")
#: How many lines a row whose cells run over lines may take before it is taken for no row.
_WRAPPED_ROW_LINES: Final = 12


#: The header of a table whose lines open with no bar: a column of numbers first, then two at least
#: (序号 | 项目名称及建设内容 | 年度目标 | 牵头单位 | 责任单位 |), and a row of it (1 | 学前教育扩容工程。…).
_NUMBERED_HEADER: Final = re.compile(r"(?:序号|编号)[ \t\u3000]*\|(?:[^\S\n]*[^|\s][^|\n]*\|){2,}")
_NUMBERED_ROW: Final = re.compile(r"\d{1,3}[ \t\u3000]*\|")


#: A row of a table not opened by bars whose first cells are blank ( |  | 县级特困…): its number and name left
#: out, a row going on with the item above (not | 县民政局 | …, the rest of a row broken before a bar).
_BLANK_LED_ROW: Final = re.compile(r"\|[ \t\u3000]*\|")


def wrapped_bar_rows(sh: str) -> str:
    """The shadow with the rows of a bar-framed table (| 序号 | … | 完成时限 |) whose cells run over
    several lines (| 1 | 空气质量 | 1.…; / 2.…; / 3.…。 | 市生态环境局 | … |) one row a line: the
    line ends inside a row become blanks. A row is taken so when its first line opens with a bar and
    holds fewer than the header's, and the lines after it, none opening with a bar or blank, bring its
    bars to the header's count with a bar closing its last line; else the lines are left as they are.
    A table whose lines are closed by a bar but not opened by one is read alike when its header opens
    with 序号 and each row with its number (序号 | 项目名称 | … | 责任单位 | / 1 | 学前教育…,改扩建 /
    乡镇中心幼儿园3所 | … |): a page's fields (索引号: | … | 组配分类: | … |) are no such header.
    The header is the first line framed by bars with words in it; a blank line or a line without a bar
    (a caption over the next table) ends the table."""
    lines = line_spans(sh)
    out: list[str] | None = None
    bars = 0  # the header's bars
    opened = True  # whether the table's lines open with a bar
    tabbed = False  # whether its lines neither open nor close with a bar (cells parted by tabs: 序号\t指标名称\t…)
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = sh[start:end].strip(" \t\u3000")
        count = sh.count("|", start, end)
        if not line:
            bars = 0
            i += 1
            continue
        closed = line.endswith("|") and count >= 3 and _HAS_WORDS.search(line) is not None
        if not line.startswith("|") and (bars and opened or not _NUMBERED_HEADER.match(line)):
            closed = False  # (教育 | |||||||, 索引号: | … | 组配分类: |: a caption or a page's fields, no header)
        bare = not closed and count >= 3 and not line.startswith("|") and _NUMBERED_HEADER.match(line + "|")
        if (closed or (bare and not (bars and opened))) and count >= bars:
            # the header (a row as full as it, or a wider table's); one of tabs, framed by no bar (序号\t…\t配合单位)
            bars, opened, tabbed = count, line.startswith("|"), not closed
            i += 1
            continue
        # (a row whose number and name cells are left blank, |  | 县级特困…, goes on with the row above's item)
        row_start = line.startswith("|") if opened else _NUMBERED_ROW.match(line) or _BLANK_LED_ROW.match(line)
        if not (bars and row_start and count < bars):
            # a caption or a paragraph between tables ends the table (not a group's heading among a tabbed table's
            # rows: 一、经济发展类)
            bars = bars if "|" in line or (tabbed and _GROUP_LINE.fullmatch(line)) else 0
            i += 1
            continue
        last = i
        while count < bars and last + 1 < len(lines) and last - i < _WRAPPED_ROW_LINES:
            following = sh[lines[last + 1][0] : lines[last + 1][1]].strip(" \t\u3000")
            if not following or (
                following.startswith("|")
                if opened
                else _NUMBERED_ROW.match(following)
                or _BLANK_LED_ROW.match(following)
                or count + following.count("|") > bars
            ):
                break
            last += 1
            count += following.count("|")
        closing = tabbed or sh[lines[last][0] : lines[last][1]].rstrip(" \t\u3000").endswith("|")
        if last > i and count == bars and closing:
            out = out if out is not None else list(sh)
            for _, line_end in lines[i:last]:
                out[line_end] = " "  # (the line end inside the row)
        i = last + 1
    return sh if out is None else "".join(out)


def bar_led_rows(sh: str) -> str:
    """The shadow with the bar that leads a row under a header led by none (序号 | 项目 | 子项目 | … |
    over |  |  | 课后服务 | … |) a blank: it opens the row, it closes no cell, so the row's cells stand
    under the header's. Only a row with one bar more than the header's is taken so."""
    lines = line_spans(sh)
    out: list[str] | None = None
    bars = 0  # the header's bars, in a run of lines with bars (0: no header led by none)
    for start, end in lines:
        count = sh.count("|", start, end)
        if not count:
            bars = 0
            continue
        led = sh[start:end].lstrip(" \t")[:1] == "|"
        if not bars:
            bars = 0 if led else count
            continue
        if led and count == bars + 1:
            out = out if out is not None else list(sh)
            out[sh.index("|", start, end)] = " "
    return sh if out is None else "".join(out)


def bar_opened_rows(sh: str) -> str:
    """The shadow with a table whose rows each open with a bar alone on its line and go on with a
    cell a line, each closed by a bar, one row a line: the line ends inside a row become blanks.
    Taken when two rows or more follow one another so and one of them has three cells or more, the
    first bar after neither a cell closed by a bar nor a bar."""
    lines = line_spans(sh)
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        if not _BAR.fullmatch(sh, *lines[i]) or (
            i > 0 and (_ONE_CELL.fullmatch(sh, *lines[i - 1]) or _BAR.fullmatch(sh, *lines[i - 1]))
        ):
            i += 1  # (a bar alone after a cell closed by a bar, or a bar: blank cells of bar_closed_cells's layout)
            continue
        rows: list[tuple[int, int]] = []  # (first line, last line) of each row
        k = i
        while k < len(lines) and _BAR.fullmatch(sh, *lines[k]):
            last = k
            while last + 1 < len(lines) and _ONE_CELL.fullmatch(sh, *lines[last + 1]):
                last += 1
            if last == k:
                break
            rows.append((k, last))
            k = last + 1
        if len(rows) >= _ROWS and any(last - first >= _CELLS for first, last in rows):
            out = out if out is not None else list(sh)
            for first, last in rows:
                for line in range(first, last):
                    out[lines[line][1]] = " "
        i = max(k, i + 1)
    return sh if out is None else "".join(out)


#: The mark parting a table's cells when a page sets them apart with a dash between blanks (… — … — …).
_DASH: Final = re.compile(r"[ \t\u3000]+[—–-][ \t\u3000]+")  # (the shadow writes — as -)
#: A serial number opening a row, or the header's name of the serial column, before the first cell (1. , 序号.).
_SERIAL_MARK: Final = re.compile(r"[ \t]*(?:序号|编号|\d{1,3})[ \t]*([.、．])")


def dash_parted_rows(sh: str, is_header_cell: Callable[[str], bool]) -> str:
    """The shadow with a table whose cells a dash between blanks parts (序号. 任务名称 — 目标要求 — 牵头处室 —
    完成时间 / 1. 深化“一网通办” — 网上可办率达到98%以上 — 政务服务处 — 2026年12月底) as ``|`` rows: each
    dash, and the mark after a row's number, becomes a bar, one character for one. The header's cells
    must read as a header's, all but one at most; the rows after it are the lines parted into as many cells."""
    if " - " not in sh and " — " not in sh and " – " not in sh:
        return sh
    out: list[str] | None = None
    columns = 0
    spans = line_spans(sh)
    dashes_of = [list(_DASH.finditer(sh, start, end)) for start, end in spans]
    unheaded = _unheaded_runs(sh, spans, dashes_of)
    for index, (start, end) in enumerate(spans):
        dashes = dashes_of[index]
        if (columns and len(dashes) + 1 == columns) or index in unheaded:
            out = out if out is not None else list(sh)
            _bar_dashes(out, sh, start, dashes)
            continue
        columns = 0
        if len(dashes) + 1 < _CELLS:
            continue
        cells = [sh[a:b] for a, b in zip([start, *(d.end() for d in dashes)], [*(d.start() for d in dashes), end])]
        cells[0] = _SERIAL_MARK.sub("", cells[0], count=1).strip()
        if sum(is_header_cell(cell.strip()) for cell in cells) >= len(cells) - 1:  # (目标要求 a header's too)
            columns = len(cells)
            out = out if out is not None else list(sh)
            _bar_dashes(out, sh, start, dashes)
    return sh if out is None else "".join(out)


#: A cell of units answering for a row: names ending as bodies do, the first perhaps marked as leading
#: (种植业股(牵头),各乡镇农业农村服务中心; 县植保植检站; 各乡镇(街道)).
_UNITS_CELL: Final = re.compile(
    r"[ \t\u3000]*[^\d,，、;；。()（）]{2,30}?(?:局|委|办|股|室|中心|站|所|队|政府|院|部|处|科|会|镇|乡|街道)"
    r"(?:\((?:牵头|主责|主办|街道|社区)\))?(?:[,，、][^\d;；。]{2,80})?[ \t\u3000]*"
)
#: A cell of when a row is due (2024年10月底, 6月30日前完成, 全年, 年内, 三季度末前完成, 长期坚持): one reading for
#: the rows here and for a row's cell after its units (structure.py).
DUE_CELL: Final = re.compile(
    r"[ \t\u3000]*(?:(?:20\d{2}年)?\d{1,2}月(?:底|末|上旬|中旬|下旬|\d{1,2}日)?|20\d{2}年(?:底|末)?|全年|年底|年内|"
    r"长期(?:坚持)?|持续(?:推进)?|第?[一二三四1-4]季度(?:末|底)?)(?:前|以前)?(?:完成)?[ \t\u3000]*"
)


def _unheaded_runs(sh: str, spans: list[tuple[int, int]], dashes_of: list[list[re.Match[str]]]) -> set[int]:
    """The lines of numbered rows with no header whose cells a dash between blanks parts (1. 新建高标准农田2.6万亩
    — 农田建设股(牵头),县农业综合开发服务中心 — 2024年12月底): two such lines or more in a row, each with its
    task, its units and when it is due, by their indices (``dashes_of``: each line's dashes)."""
    found: set[int] = set()
    run: list[int] = []
    for index, (start, end) in enumerate([*spans, (len(sh), len(sh))]):
        dashes = dashes_of[index] if index < len(spans) else []
        fits = (
            len(dashes) == 2
            and _SERIAL_MARK.match(sh, start) is not None
            and _UNITS_CELL.fullmatch(sh, dashes[0].end(), dashes[1].start()) is not None
            and DUE_CELL.fullmatch(sh, dashes[1].end(), end) is not None
        )
        if fits:
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    return found


def _bar_dashes(out: list[str], sh: str, start: int, dashes: list[re.Match[str]]) -> None:
    for dash in dashes:
        at = dash.start() + len(dash.group()) - len(dash.group().lstrip(" \t\u3000"))
        out[at] = "|"
    serial = _SERIAL_MARK.match(sh, start)
    if serial is not None:
        out[serial.start(1)] = "|"


#: A line of one cell opened by a bar and closed by none (``| 市科技局``, ``| 1.8%``).
_LED_CELL: Final = re.compile(r"[ \t]*\|[ \t]*[^|\s][^|\n]*")


def bar_led_cells(sh: str, is_header_cell: Callable[[str], bool]) -> str:
    """The shadow with a table whose cells each take a line opening with a bar, each row closed by a
    bar alone on its line, one row a line: ``1`` / ``| 综合指标`` / ``| R&D经费支出占GDP比重(%)`` / … / ``|``
    becomes ``1 | 综合指标 | R&D经费支出占GDP比重(%) | … |``. A row's number, when it has one, stands on
    a line of its own before its barred cells; the header's first cell only where it reads as a
    header's (the table's title above it stays apart). A bar alone inside a row short of the header's
    cells, a cell or a bar after it, is a blank cell. Taken when two rows or more follow one another
    so, one of them with three cells or more."""
    if "\n|" not in sh:
        return sh
    lines = line_spans(sh)
    led = [_LED_CELL.fullmatch(sh, *span) is not None for span in lines]
    closing = [_BAR.fullmatch(sh, *span) is not None for span in lines]
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        if not led[i] or (i and led[i - 1]):
            i += 1
            continue
        first = _header_lead(sh, lines, i, is_header_cell)
        rows: list[tuple[int, int]] = []  # (first line, closing line) of each row
        columns = 0  # the header's cells
        k = i
        while k < len(lines) and led[k]:
            end, cells = _row_end(lines, led, closing, k, columns, 0 if led[first] else 1)
            if end == len(lines) or not closing[end]:
                break
            columns = columns or cells
            rows.append((first, end))
            first = end + 1
            k = _row_opening_end(sh, lines, led, first)
        # (a row's cells: its barred ones, and the first cell on lines of its own where it has one)
        if len(rows) >= _ROWS and any(sum(led[a:b]) + (not led[a]) >= _CELLS for a, b in rows):
            out = out if out is not None else list(sh)
            for a, b in rows:
                for line in range(a, b):
                    out[lines[line][1]] = " "
            if _SERIAL_HEADER.fullmatch(sh, *lines[rows[0][0]]) and any(not led[a] for a, _ in rows[1:]):
                # | 序号 / | 指标 / … over rows opened by their number (1 / | …): the header's first bar opens
                # no blank cell, as the rows' numbers stand before theirs
                out[sh.index("|", *lines[rows[0][0]])] = " "
            i = rows[-1][1] + 1
        else:
            i = max(k, i + 1)  # (the lines scanned are no table's start: linear)
    return sh if out is None else "".join(out)


def _row_end(
    lines: list[tuple[int, int]], led: list[bool], closing: list[bool], start: int, columns: int, cells: int
) -> tuple[int, int]:
    """The line closing the row whose barred cells open at line ``start``, and its count of cells
    (``cells`` counted before them): a bar alone closes it, unless the row is short of the header's
    ``columns`` and a cell or a bar follows (a blank cell)."""
    end = start
    while end < len(lines):
        if led[end]:
            cells += 1
        elif not (closing[end] and cells < columns and end + 1 < len(lines) and (led[end + 1] or closing[end + 1])):
            break
        else:
            cells += 1
        end += 1
    return end, cells


#: The header's first cell when it is the serial column's, opened by a bar (| 序号).
_SERIAL_HEADER: Final = re.compile(r"[ \t]*\|[ \t]*(?:序号|编号)[ \t]*")
#: A row's number on a line of its own (1, 1., （一）).
_ROW_NUMBER: Final = re.compile(r"[ \t]*(?:\d{1,3}[.、．]?|[(（][一二三四五六七八九十]{1,3}[)）])[ \t]*")


def _header_lead(sh: str, lines: list[tuple[int, int]], index: int, is_header_cell: Callable[[str], bool]) -> int:
    """The first line of the header row whose barred cells open at line ``index``: the line above when
    it holds a header's first cell (牵头单位 over | 目 标 任 务), else ``index`` itself."""
    if index and not _BAR.fullmatch(sh, *lines[index - 1]):
        cell = sh[slice(*lines[index - 1])].strip()
        if cell and "|" not in cell and not _NUMBERED.match(cell) and is_header_cell(cell):
            return index - 1
    return index


def _row_opening_end(sh: str, lines: list[tuple[int, int]], led: list[bool], first: int) -> int:
    """The line at which a row's barred cells open, the row starting at line ``first``: after the line
    of its number (1, 2 …) where it has one, else ``first``. (A first cell of text on lines of its own,
    市政 / 府办 / 公厅, is a merged cell's: rows under it leave it out, and are not taken so.)"""
    if first < len(lines) and not led[first] and _ROW_NUMBER.fullmatch(sh, *lines[first]):
        return first + 1
    return first
