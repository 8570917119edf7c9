"""Texts broken into lines of a page's width (a PDF or a scanned book copied as text), joined again.

A plan printed to a page and copied back as text breaks its sentences wherever the line was full:
``…硬化通行政村公路300公里、通自然村公路100公`` / ``里,实现98%以上的行政村…``. Read line by line,
such a text loses every figure a break falls into and every sentence's context. :func:`unwrapped`
tells a text broken that way by its many full lines that end in the middle of a sentence, and joins
each such line to the next; it returns the joined text and, for each of its characters, where that
character stands in the original, so quotes are still taken from the original as written.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["unwrapped"]

#: A line ends a sentence or a statement here (or closes a table's row): never joined to the next. A
#: line with a bar anywhere is a table's row, however full, and is never joined either.
_ENDS: Final = re.compile(r"[。；;！!？?：:|)）》”\"]\s*$")
#: A line that starts something of its own: a numbered item, a heading, a label, a date, a page mark.
_STARTS: Final = re.compile(
    r"\s*(?:[(（]?\d{1,3}[)）.、．]|[(（]?[一二三四五六七八九十]{1,3}[)）、]|第[一二三四五六七八九十\d]+|"
    r"(?:责任|牵头|配合|协办|分管|主要|附件|附表|备注|注)[^\n]{0,6}[:：]|20\d{2}年\d{1,2}月\d{1,2}日\s*$|P\.\s*\d)"
)
#: Cells of a table aligned by blanks (丰禾县饲料精深加工项目   新建饲料生产线2条…   18500): a row, as
#: full as the page is wide, never a line of prose cut short.
_ALIGNED: Final = re.compile(r"\S[ \u3000]{3,}\S")
#: A line of a few characters and no mark (李振华, 区商务局 after a long cell of a table copied a cell a
#: line): a cell of its own, never the rest of a sentence the page's edge cut.
_SHORT_CELL: Final = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*")
#: How close to the widest lines a line must come to count as full (display columns: a CJK character is 2).
_SLACK: Final = 12
#: The narrowest page a text is wrapped at, and how many full lines ending mid-sentence show it.
_MIN_WIDTH: Final = 50
_ENOUGH: Final = 4


def _width(line: str) -> int:
    """Display columns: two for a character outside ASCII (CJK, full-width forms), one for the rest."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _left_open(line: str) -> bool:
    """Whether a line leaves a bracket open at its end (…。(责任股室:): it goes on, whatever it ends with."""
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def _sharp_edge(widths: list[int]) -> bool:
    """Whether lines cut by a page's edge end at it: two in three of them within a few columns of
    their middle width (a table's long cells, copied a line each, end anywhere)."""
    middle = sorted(widths)[len(widths) // 2]
    return 3 * sum(1 for width in widths if abs(width - middle) <= _EDGE) >= 2 * len(widths)


#: How far from the page's edge a line cut by it may end, in display columns (half-width marks, a
#: character or two that did not fit).
_EDGE: Final = 5
#: The widest page a text is wrapped at, in display columns: a printed line holds some 50 Chinese
#: characters at most (small type, a landscape page); lines longer than that are paragraphs that run
#: long (a news page's, with no full stop, of 110 to 160 columns), not a page's.
_MAX_WIDTH: Final = 110


def unwrapped(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the line breaks of a page's width removed, and the original position of each of
    its characters; ``None`` when the text is not broken that way (most texts: a line a paragraph)."""
    lines = text.split("\n")
    # most texts end every long line with a sentence: told without measuring a character's width
    if (
        sum(1 for line in lines if len(line) >= _MIN_WIDTH // 2 and (not _ENDS.search(line) or _left_open(line)))
        < _ENOUGH
    ):
        return None
    widths = [_width(line.rstrip()) for line in lines]
    ordered = sorted(w for w in widths if w >= _MIN_WIDTH)
    if len(ordered) < _ENOUGH:
        return None
    page = ordered[int(len(ordered) * 0.9) - 1 if len(ordered) >= 10 else -1]  # the page's width, outliers aside
    if page > _MAX_WIDTH:
        return None
    full = [
        i
        for i, (line, width) in enumerate(zip(lines, widths))
        if width >= page - _SLACK
        and "\t" not in line
        and "|" not in line
        and (not _ENDS.search(line) or _left_open(line))
        and not _ALIGNED.search(line)
    ]
    ending = sum(1 for line, width in zip(lines, widths) if width >= page - _SLACK and _ENDS.search(line))
    if len(full) < _ENOUGH or len(full) < ending or not _sharp_edge([widths[i] for i in full]):
        return None
    joins = {
        i
        for i in full
        if i + 1 < len(lines)
        and lines[i + 1].strip()
        and not _STARTS.match(lines[i + 1])
        and not _SHORT_CELL.fullmatch(lines[i + 1])
    }
    if not joins:
        return None
    out: list[str] = []
    positions: list[int] = []
    offset = 0
    for i, line in enumerate(lines):
        out.append(line)
        positions.extend(range(offset, offset + len(line)))
        offset += len(line)
        if i + 1 < len(lines):
            if i not in joins:
                out.append("\n")
                positions.append(offset)
            offset += 1
    return "".join(out), positions
