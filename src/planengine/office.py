"""What offices really send: encodings, Chinese headers, Chinese dates, Excel workbooks.

Units fill figures in Excel and send workbooks or CSV files saved by Excel, often in GBK,
with Chinese column names and dates written 2026年6月30日. This module turns each of those
into the plain form :mod:`planengine.observation_files` reads, and says what it guessed:
every guess is reported, never silent; anything ambiguous is refused where it stands.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "ENCODINGS",
    "HEADER_NAMES",
    "HEADER_WITHIN",
    "canonical_column",
    "decode",
    "encoding_note",
    "encodings_to_try",
    "header_row",
    "is_header",
    "normalise_code",
    "normalise_date",
    "normalise_number",
    "undecodable",
    "xlsx_rows",
]

#: The encodings a text file is tried in, in order. GB18030 covers GBK and GB2312.
ENCODINGS = ("utf-8", "gb18030")

#: Column names as offices write them, by the column they mean (documented in the README).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "metric": ("metric", "指标", "指标名称", "指标代码", "指标编号", "指标标识"),
    "date": ("date", "日期", "统计日期", "数据日期", "截止日期", "截至日期", "统计截止日期"),
    "value": ("value", "数值", "值", "数据", "完成值", "完成数", "累计值", "实际值"),
    "unit": ("unit", "单位", "计量单位"),
    "measure": ("measure", "口径", "数据口径", "类型"),
    "reported_by": ("reported_by", "报送单位", "填报单位", "责任单位"),
    "note": ("note", "备注", "说明"),
    "reported_at": ("reported_at", "报送日期", "填报日期"),
    # whose figure: a district's id or its 行政区划代码 (never 单位 words: those name the reporting unit)
    "entity": ("entity", "地区", "区县", "县市区", "填报地区", "地区代码", "行政区划", "行政区划代码", "区划代码"),
}
_BY_NAME = {name: column for column, names in HEADER_NAMES.items() for name in names}


def canonical_column(name: str) -> str | None:
    """The column a header cell means (``指标`` -> ``metric``), or None for one planengine does not read."""
    cleaned = unicodedata.normalize("NFKC", name).strip().lower().replace(" ", "")
    cleaned = re.sub(r"[（(][^）)]*[）)]$", "", cleaned)  # 数值(万元): a unit in brackets after the name
    return _BY_NAME.get(cleaned)


def encodings_to_try(head: bytes) -> tuple[int, tuple[str, ...]]:
    """For a file beginning with ``head`` (its first five bytes or more): how many bytes to skip
    (a UTF-8 byte-order mark) and the encodings to try on the rest, in order.

    UTF-16 is tried only after its byte-order mark, as Excel's "Unicode text" writes it; a
    file read in pieces is checked against the same list as one read whole.
    """
    skip = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    utf16 = head[skip:].startswith((b"\xff\xfe", b"\xfe\xff"))
    return skip, (("utf-16",) if utf16 else ()) + ENCODINGS


def encoding_note(encoding: str, source: str) -> str | None:
    """What to say when a file was read in ``encoding``: nothing for UTF-8, a note otherwise."""
    if encoding == "utf-8":
        return None
    if encoding == "utf-16":
        return f"{source}: read as UTF-16 (as Excel's 'Unicode text' saves)"
    return f"{source}: not UTF-8; read as {encoding.upper()} (GBK)"


def undecodable(source: str) -> str:
    """The message for a file in none of the encodings read, naming those tried."""
    return (
        f"{source}: the file is in none of the encodings planengine reads ({', '.join(e.upper() for e in ENCODINGS)}, "
        f"UTF-16 with a byte-order mark); save it as UTF-8"
    )


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """The text of a file and, when it was not UTF-8, a note saying which encoding was used.

    The first of :func:`encodings_to_try` that decodes the whole file is used. Raises
    ``ValueError`` naming the encodings tried when none fits.
    """
    skip, encodings = encodings_to_try(data[:5])
    data = data[skip:]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding_note(encoding, source)
    raise ValueError(undecodable(source))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CHINESE_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_SEPARATED_DATE = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")


def normalise_date(text: str) -> tuple[str, str | None]:
    """``text`` as YYYY-MM-DD and the form it was read from, or ``text`` unchanged when it is no date form.

    Read: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日, with full-width digits. Forms
    whose order is ambiguous (30/06/2026, 06/30/2026) are not read.
    """
    if _ISO_DATE.fullmatch(text):  # already plain (valid or not, read on as it stands)
        return text, None
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _CHINESE_DATE.match(cleaned) or _SEPARATED_DATE.match(cleaned)
    if match is None:
        return text, None
    year, month, day = (int(g) for g in match.groups())
    try:
        iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return text, None
    if text.strip() == iso:
        return iso, None
    return iso, ("with full-width digits" if cleaned == iso else _date_form(cleaned))


def _date_form(cleaned: str) -> str:
    if "年" in cleaned:
        return "2026年6月30日"
    separator = next(ch for ch in cleaned if ch in "/.-")
    return f"2026{separator}6{separator}30"


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$")


def normalise_number(text: str) -> tuple[str, str | None]:
    """``text`` with full-width digits made plain (１２３ -> 123) and the note saying so, if any.

    Thousands separators (1,234.5) are read by :func:`planengine.quantities.parse_decimal`
    itself; spaces inside a number are not guessed at.
    """
    if text.isascii():  # nothing full-width (the common case, a million times over)
        return text, None
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain != text.strip() and re.fullmatch(r"[+-]?[\d,.]+", plain):
        return plain, "full-width digits read as plain digits"
    return text, None


_PLAIN_CODE = re.compile(r"[0-9A-Za-z_.\-]+", re.ASCII)


def normalise_code(text: str) -> tuple[str, str | None]:
    """An entity's id or 行政区划代码, stripped, with full-width digits and letters made plain
    (４３０６０２ -> 430602), and the note saying so, if any.

    Only a cell that becomes a plain code is changed: a district's name (岳阳楼区) stays as written.
    """
    stripped = text.strip()
    if stripped.isascii():
        return stripped, None
    plain = unicodedata.normalize("NFKC", stripped)
    if plain != stripped and _PLAIN_CODE.fullmatch(plain):
        return plain, "full-width digits in an entity read as plain digits"
    return stripped, None


def xlsx_rows(path: Path | BinaryIO) -> Iterator[tuple[int, list[str]]]:
    """The rows of a workbook's first sheet (or its sheet named 填报 / 数据), as text cells with row numbers.

    Numbers come as Excel stores them (binary floats) and are written with the 15 significant
    digits Excel shows; dates become YYYY-MM-DD. Formulas give their last computed value.
    The workbook is opened read-only, so rows come from the file one at a time (a province's
    sheet is never held whole); it is closed when the rows are exhausted or the iterator is
    closed. Needs ``openpyxl`` (installed with planengine).
    """
    import openpyxl  # imported on use: only workbooks need it

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = workbook.sheetnames
        chosen = next((n for n in names if n.strip() in ("填报", "数据", "figures", "observations")), names[0])
        sheet = workbook[chosen]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(value) for value in row]
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        text = format(value, ".15g")  # what Excel shows: 15 significant digits (=0.1+0.2 is 0.3)
        return format(Decimal(text), "f") if "e" in text or "E" in text else text
    return str(value)


#: How many rows from the top the header may stand at (below a form's title rows).
HEADER_WITHIN = 20


def is_header(cells: Sequence[str]) -> bool:
    """Whether a row names at least two of the required columns: a header, perhaps lacking a column."""
    columns = {canonical_column(cell) for cell in cells if cell.strip()} - {None}
    return len(columns & {"metric", "date", "value", "unit"}) >= 2


def header_row(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """The index (in ``rows``) of the first row that names at least two of the required columns.

    Title rows above it (a form's heading, merged cells) are skipped; a header that lacks a
    column is still found, so that the error can say which column is missing. Only the
    first :data:`HEADER_WITHIN` rows are looked at.
    """
    for index, (_, cells) in enumerate(rows[:HEADER_WITHIN]):
        if is_header(cells):
            return index
    return None
