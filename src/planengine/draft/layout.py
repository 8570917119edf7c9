"""Tables laid out by blanks as a PDF's text gives them, with cells wrapped over lines.

``pdftotext -layout`` and the like keep a table's columns by padding with blanks, counted in
display width (a Chinese character is two columns wide; a table padded by hand may count a
character a column: both are tried, and the one the lines under the header line up with is
taken). A cell too long for its column goes on under itself on the next lines, which hold
nothing in the other columns::

    序号  任务类别    目标任务                                  完成时限      牵头单位          配合单位
     1    老旧小区    开工改造城镇老旧小区126个、涉及居民…，    2024年11月底  市住房城乡建设局  市财政局、
          改造        其中加装电梯80部以上                                                    各县(市、区)政府

The shadow is rewritten one character for one: on the header and on each line of a row, the
first blanks of the gap between two cells become ``|``, one for each column boundary the gap
crosses (a blank cell is a bar of its own), and a line that goes on with the row above (no
number in the first column) gets :data:`GOES_ON` in its first blank, so that the table reader
joins its cells to the row above's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

from .text import line_spans as _lines

__all__ = ["GOES_ON", "layout_tables"]

#: The mark, in the first blank of a line, of a line that goes on with the row above.
GOES_ON: Final = "\u2192"
#: Words a header's cells are made of (序号, 目标任务, 牵头单位 …).
_HEADER_CELL: Final = re.compile(
    r"序号|编号|任务|目标|指标|内容|类别|项目|名称|时限|时间|单位|部门|科室|处室|备注|措施|进度|领导|责任人"
)
#: Runs of text within a line: words parted by single blanks stay one run.
_RUN: Final = re.compile(r"\S+(?: \S+)*")
#: A page's footer or number (— 2 —, 第2页).
_PAGE: Final = re.compile(r"\s*(?:[—–-]+\s*\d{1,3}\s*[—–-]+|第\s*\d{1,3}\s*页)\s*")
#: The longest line read as a table's line (each run of a line is measured from its start).
_LONGEST: Final = 400
#: A heading over a group of the table's rows (一、大气污染防治).
_GROUP_HEADING: Final = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\))")
#: How far (in display columns) a cell may start before its column's start.
_SLACK: Final = 2
#: How far after it: a cell before it that overflowed its column pushes it on.
_LATE: Final = 6


def layout_tables(sh: str, text: str) -> str:
    """The shadow with the cells of tables laid out by blanks marked as ``|`` cells, and the lines
    that go on with a row marked (see the module's doc). Widths are those of ``text`` (the shadow
    writes full-width marks as ASCII ones, one column narrower)."""
    if "   " not in sh:
        return sh
    out = list(sh)
    lines = _lines(sh)
    columns: list[int] | None = None  # the display columns where the header's cells start
    width: Callable[[str], int] = _display_width
    header_line: tuple[int, int] | None = None  # the header's line while no row under it is barred
    for index, (start, end) in enumerate(lines):
        line = sh[start:end]
        if columns is None and header_line is not None:
            # a header no row followed in its layout (the rows below lined up with it by chance): its
            # bars are taken back, for the table to be read another way (spaced_tables)
            out[header_line[0] : header_line[1]] = sh[header_line[0] : header_line[1]]
            header_line = None
        if end - start > _LONGEST:
            columns = None  # a paragraph, no line of a table (and its runs are not measured)
            continue
        if columns is not None:
            if not line.strip() or _PAGE.fullmatch(line) or _GROUP_HEADING.match(line):
                continue  # a blank line, a page's footer, a heading over a group of rows (一、大气污染防治)
            runs = _runs(text, start, end, columns, width)
            header = _header(_runs(text, start, end, None, width))
            if header is not None:
                columns = header  # the header again, on the next page
                _bar(out, sh, _runs(text, start, end, columns, width))
                continue
            numbered = bool(runs) and runs[0][2] == 0 and _numbered(runs[0][3])
            if not runs or "|" in line or (runs[0][2] == 0 and not numbered):
                columns = None  # text again: the table has ended
            elif not _aligned(runs, columns) and not (numbered and len(runs) >= 3):
                # (a numbered row a little off its columns is still one: a name of odd widths, Ⅰ-Ⅲ类,
                # pushes the cells after it on)
                columns = None
            else:
                _bar(out, sh, runs)
                header_line = None
                if runs[0][2] != 0 or not _numbered(runs[0][3]):
                    if start + 1 < end and sh[start] == " ":
                        out[start] = GOES_ON  # the row above goes on here
                continue
        if "|" in line or "  " not in line.strip():
            continue
        for way in _WIDTHS:  # the way of counting under which the lines below line up with it
            found = _header(_runs(text, start, end, None, way))
            if found is not None and _rows_align(text, sh, lines[index + 1 : index + 4], found, way):
                columns, width = found, way
                _bar(out, sh, _runs(text, start, end, columns, width))
                header_line = (start, end)
                break
    if header_line is not None:
        out[header_line[0] : header_line[1]] = sh[header_line[0] : header_line[1]]
    return "".join(out)


def _rows_align(
    text: str, sh: str, below: list[tuple[int, int]], columns: list[int], width: Callable[[str], int]
) -> bool:
    """Whether the first lines below a header (blank ones aside) are laid out by its columns, one of
    them with a cell past the first two (a table of two columns is no layout to read so)."""
    lines = [(a, b) for a, b in below if sh[a:b].strip() and not _GROUP_HEADING.match(sh, a, b)]
    if any(b - a > _LONGEST for a, b in lines):
        return False
    runs = [_runs(text, a, b, columns, width) for a, b in lines]
    return bool(runs) and all(r and _aligned(r, columns) for r in runs) and any(r[-1][2] >= 2 for r in runs)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


#: How a line's widths may be counted: by display columns (a page's layout), or a character a
#: column (a table padded by someone counting characters).
_WIDTHS: Final = (_display_width, len)


Run = tuple[int, int, int, str, int]  # start, end, column index, text, display column


def _runs(
    text: str, line_start: int, line_end: int, columns: list[int] | None, width: Callable[[str], int]
) -> list[Run]:
    """The runs of a line as (start, end, column index, text, display column); a run that crosses a
    column's start at one of its single blanks is two runs. Without ``columns``, each run's display
    start stands for its column."""
    found: list[Run] = []
    line = text[line_start:line_end]
    for match in _RUN.finditer(line):
        pieces = [match]
        if columns is not None and " " in match.group():
            pieces = _split_at_columns(line, match, columns, width)
        for piece in pieces:
            display = width(line[: piece.start()])
            index = _column(display, columns) if columns is not None else display
            if columns is not None and found and index <= found[-1][2]:
                # a cell pushed back by widths counted otherwise (“双随机”, Ⅰ-Ⅲ类) is still the next one
                index = min(found[-1][2] + 1, len(columns) - 1)
            found.append((line_start + piece.start(), line_start + piece.end(), index, piece.group(), display))
    return found


def _split_at_columns(
    line: str, run: re.Match[str], columns: list[int], width: Callable[[str], int]
) -> list[re.Match[str]]:
    own = _column(width(line[: run.start()]), columns)
    cuts = [run.start()]
    for blank in re.finditer(" ", run.group()):
        at = run.start() + blank.end()
        column = _column(width(line[:at]), columns)
        if column > own and -_SLACK <= width(line[:at]) - columns[column] <= _LATE:
            cuts.append(at)
            own = column
    if len(cuts) == 1:
        return [run]
    bounds = [*cuts, run.end()]
    return [
        m
        for a, b in zip(bounds, bounds[1:])
        if (m := _RUN.search(line, a, b)) is not None  # the piece, without the blank that parts it
    ]


def _column(display: int, columns: list[int]) -> int:
    """The column a run starting at ``display`` is in: the last whose start it reaches."""
    index = 0
    for i, start in enumerate(columns):
        if display + _SLACK >= start:
            index = i
    return index


def _header(runs: list[Run]) -> list[int] | None:
    """The display columns of a header line (序号  任务类别  目标任务 …), or None."""
    named = sum(bool(_HEADER_CELL.search(run[3])) for run in runs)
    if len(runs) < 4 or named < len(runs) - 1 or (not re.fullmatch(r"序号|编号", runs[0][3]) and named < 4):
        return None
    return [run[4] for run in runs]


def _aligned(runs: list[Run], columns: list[int]) -> bool:
    """Whether every run starts where its column does (a line of the table, not text after it)."""
    return all(-_SLACK <= run[4] - columns[run[2]] <= _LATE for run in runs)


def _numbered(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}", text))


def _bar(out: list[str], sh: str, runs: list[Run]) -> None:
    """Put a bar in the gap before each run for each column boundary the gap crosses (a blank cell
    is a bar of its own); a line that starts past the first column gets its blank cells in its
    indent, after the line's first blank (kept for :data:`GOES_ON`)."""
    line_start = sh.rfind("\n", 0, runs[0][0]) + 1
    previous_end, previous_column = line_start + 1, 0
    for start, end, column, _, _ in runs:
        bars = column - previous_column
        for place in range(previous_end, min(start, previous_end + bars)):
            if sh[place] == " ":
                out[place] = "|"
        previous_end, previous_column = end, column
