"""Reading observation files: CSV or JSON rows of reported figures.

A CSV file has a header with at least ``metric,date,value,unit`` and optionally
``measure`` (``value`` or ``yoy``), ``reported_by``, ``note`` and ``reported_at`` (the
date the unit reported the figure, YYYY-MM-DD). A JSON file is a list of
objects with the same keys, or an object with such a list under ``observations``. A bad
row is reported with its line (CSV) or index (JSON) and the reason, and every other row
is still read: :func:`read_observations` returns both. A file that cannot be read at all
(missing, not UTF-8, no usable header, not JSON) raises :class:`ObservationFileError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .errors import PlanengineError
from .model import Metric
from .observations import Measure, Observation
from .office import canonical_column, decode, header_row, normalise_date, normalise_number, xlsx_rows
from .quantities import Quantity, QuantityError, parse_decimal, unit

__all__ = ["ObservationFile", "ObservationFileError", "RowProblem", "parse_observations", "read_observations"]

REQUIRED_COLUMNS = ("metric", "date", "value", "unit")
OPTIONAL_COLUMNS = ("measure", "reported_by", "note", "reported_at")


class ObservationFileError(PlanengineError, ValueError):
    """A whole observation file is unusable; the message says which file and why."""


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@attrs.frozen
class RowProblem:
    """A row that could not be read: where it is and why."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.message}"


@attrs.frozen
class ObservationFile:
    """What was read from one file: the good rows and the problems of the others."""

    observations: tuple[Observation, ...]
    problems: tuple[RowProblem, ...]
    #: What was guessed while reading (an encoding, a Chinese header, a date form, a metric
    #: named by its Chinese name, a remark row): said once each, never silent.
    notes: tuple[str, ...] = ()


def read_observations(path: str | Path, metrics: Mapping[str, Metric] | None = None) -> ObservationFile:
    """Read a ``.csv``, ``.xlsx`` or ``.json`` observation file.

    CSV may be UTF-8 (with or without a byte-order mark), GBK/GB18030 or UTF-16; headers may
    be Chinese (指标, 日期, 数值, 单位...) and stand below title rows; dates may be written
    2026/6/30 or 2026年6月30日. Given the plan's ``metrics`` (by id), a metric may be named
    by its exact Chinese name. Every guess is in :attr:`ObservationFile.notes`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _parse_table(list(xlsx_rows(path)), str(path), [], metrics, "row")
        data = path.read_bytes()
    except OSError as exc:
        raise ObservationFileError(f"{path}: the file cannot be read: {exc.strerror or exc}") from None
    except ObservationFileError:
        raise
    except Exception as exc:  # openpyxl's own errors: a damaged or mislabelled workbook
        raise ObservationFileError(f"{path}: the workbook cannot be read: {type(exc).__name__}: {exc}") from None
    if data.startswith(b"PK\x03\x04") and suffix != ".json":
        raise ObservationFileError(f"{path}: this is a workbook (.xlsx) with another name; rename it to .xlsx")
    try:
        text, encoding_note = decode(data, str(path))
    except ValueError as exc:
        raise ObservationFileError(str(exc)) from None
    if suffix == ".json":
        return parse_observations(text, "json", source=str(path), metrics=metrics)
    read = parse_observations(text, "csv", source=str(path), metrics=metrics)
    return attrs.evolve(read, notes=(encoding_note, *read.notes)) if encoding_note else read


def parse_observations(
    text: str, fmt: str = "csv", *, source: str = "<text>", metrics: Mapping[str, Metric] | None = None
) -> ObservationFile:
    """Read observations from ``text`` in ``fmt`` (``"csv"`` or ``"json"``)."""
    text = text.removeprefix("\ufeff")  # a byte-order mark, as spreadsheet programs write
    if fmt == "json":
        return _parse_json(text, source, metrics)
    if fmt == "csv":
        return _parse_table(list(_csv_rows(text, source)), source, [], metrics, "line")
    raise ValueError(f"unknown observation format {fmt!r}; use 'csv' or 'json'")


#: Header cells that are read and left aside: row numbers of a fill-in form.
_IGNORED_COLUMNS = frozenset({"序号", "no", "no.", "#", "指标说明", "上期数值", "期次"})


def _parse_table(
    rows: list[tuple[int, list[str]]],
    source: str,
    notes: list[str],
    metrics: Mapping[str, Metric] | None,
    unit_of_place: str,
) -> ObservationFile:
    """Rows of cells (CSV lines or worksheet rows) with their numbers, read under their header row."""
    if not any(any(cell.strip() for cell in cells) for _, cells in rows):
        raise ObservationFileError(f"{source}: the file is empty; it needs the header {','.join(REQUIRED_COLUMNS)}")
    found = header_row(rows)
    first = rows[0][0]
    if found is None:
        raise ObservationFileError(
            f"{source}:{first}: no header names the columns {', '.join(REQUIRED_COLUMNS)} "
            f"(or 指标, 日期, 数值, 单位) in the first rows"
        )
    number, cells = rows[found]
    if found:
        notes.append(f"{source}: {unit_of_place}s before {number} read as a title, not figures")
    header = _header(cells, source, number, notes)
    body = ((str(n), row) for n, row in rows[found + 1 :])
    return _collect(
        _records(body, header, source, unit_of_place, notes),
        source,
        lambda where: f"{unit_of_place} {where}",
        metrics,
        notes,
    )


def _header(cells: list[str], source: str, number: int, notes: list[str]) -> list[str | None]:
    """Each header cell as the column it means (None: a column left aside), or a located error."""
    header: list[str | None] = []
    unknown = []
    for cell in cells:
        name = cell.strip()
        column = canonical_column(name) if name else None
        if column is None and name and name.lower() not in _IGNORED_COLUMNS:
            unknown.append(name)
        header.append(column)
        if column is not None and name != column:
            notes.append(f"{source}: the column {name!r} read as {column}")
    if unknown:
        raise ObservationFileError(
            f"{source}:{number}: the header has column(s) planengine does not read: {', '.join(unknown)}; "
            f"the columns are {', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)} (or their Chinese names, see the README)"
        )
    named = [c for c in header if c is not None]
    repeated = sorted({c for c in named if named.count(c) > 1})
    if repeated:
        raise ObservationFileError(
            f"{source}:{number}: the header names the column(s) {', '.join(repeated)} more than once; "
            f"which one holds the figure would be a guess"
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in named]
    if missing:
        raise ObservationFileError(
            f"{source}:{number}: the header lacks the column(s) {', '.join(missing)}; it needs {','.join(REQUIRED_COLUMNS)}"
        )
    return header


def _records(
    rows: Iterator[tuple[str, list[str]]], header: list[str | None], source: str, unit_of_place: str, notes: list[str]
) -> Iterator[tuple[str, Any]]:
    """Each non-blank row as a dict of its columns; a row with text in its first cell only is a remark."""
    for where, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        if cells and _is_remark(cells):
            notes.append(f"{source}:{unit_of_place} {where}: read as a remark, not a figure: {cells[0].strip()[:40]!r}")
            continue
        row: dict[str | None, str | None] = {}
        for column, cell in zip(header, cells):
            if column is not None:
                row[column] = cell
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            row[None] = ",".join(cells[len(header) :])
        yield where, row


#: How a remark under a form begins: 注:, 填表人:, 审核人: ...
_REMARK = re.compile(r"^(注|备注|说明|填表|填报人|审核|制表|联系|负责人|单位负责人)|[:：]")


def _is_remark(cells: list[str]) -> bool:
    """A row with text in its first cell only, written as a remark (填表人:张三, 注:…); anything else is a row."""
    first = cells[0].strip()
    return bool(first) and not any(cell.strip() for cell in cells[1:]) and _REMARK.search(first) is not None


def _csv_rows(text: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV line's cells with its line number; see :func:`_rows` for what is refused."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = "\t" if "\t" in first and "," not in first else ","  # Excel's "Unicode text" is tab-separated
    reader = csv.reader(io.StringIO(text), strict=True, delimiter=delimiter)
    yield from _rows(reader, source)


#: The longest cell read: a note of a few thousand characters is plenty; more is a broken file.
MAX_CELL = 64 * 1024


def _rows(reader: Any, source: str) -> Iterator[tuple[int, list[str]]]:
    """Each row's cells, with its line.

    A quoted cell that runs past the end of its line is refused as a whole-file error: an
    unclosed quote would otherwise swallow every row after it into one cell, silently.
    """
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if reader.line_num > start:
                raise _runaway_quote(source, start, reader.line_num) from None
            raise ObservationFileError(f"{source}:{start}: the file cannot be read from this line on: {exc}") from None
        if reader.line_num > start:
            raise _runaway_quote(source, start, reader.line_num)
        if any(len(cell) > MAX_CELL for cell in cells):
            raise ObservationFileError(f"{source}:{start}: a cell is longer than {MAX_CELL} characters")
        yield start, cells


def _runaway_quote(source: str, start: int, end: int) -> ObservationFileError:
    return ObservationFileError(
        f"{source}:{start}: a quoted cell runs past the end of line {start} (to line {end}); "
        f"close its quote, or keep a note on one line"
    )


def _parse_json(text: str, source: str, metrics: Mapping[str, Metric] | None = None) -> ObservationFile:
    try:
        data = json.loads(text, parse_float=str, parse_int=str, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise ObservationFileError(f"{source}:{exc.lineno}: this is not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise ObservationFileError(f"{source}: the JSON is nested too deeply to be a list of figures") from None
    if isinstance(data, Mapping):
        data = data.get("observations")
    if not isinstance(data, list):
        raise ObservationFileError(
            f"{source}: expected a list of observations, or an object with the list under 'observations'"
        )
    return _collect(
        ((f"[{i}]", row) for i, row in enumerate(data)), source, lambda where: f"observations{where}", metrics, []
    )


class _Repeated(dict[str, Any]):
    """A JSON object that named a key twice: refused row by row, with the key."""

    repeated: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    repeated = []
    for key, value in pairs:
        if key in data:
            repeated.append(key)
        data[key] = value
    if repeated:
        marked = _Repeated(data)
        marked.repeated = tuple(repeated)
        return marked
    return data


def _collect(
    rows: Iterable[tuple[str, Any]],
    source: str,
    label: Callable[[str], str],
    metrics: Mapping[str, Metric] | None,
    notes: list[str],
) -> ObservationFile:
    observations: list[Observation] = []
    problems: list[RowProblem] = []
    names = _MetricNames(metrics, source, notes)
    for where, row in rows:
        try:
            observations.append(_row(row, f"{source}:{label(where)}", names, notes))
        except (ValueError, QuantityError, TypeError) as exc:
            problems.append(RowProblem(source, label(where), str(exc)))
    return ObservationFile(tuple(observations), tuple(problems), tuple(dict.fromkeys(notes)))


class _MetricNames:
    """Metrics by id, or by their exact Chinese name (a guess, said once); near misses suggested."""

    def __init__(self, metrics: Mapping[str, Metric] | None, source: str, notes: list[str]) -> None:
        self._ids = dict(metrics or {})
        self._names = {m.name: m.id for m in self._ids.values()}
        self._source, self._notes = source, notes

    def resolve(self, given: str) -> str:
        if not self._ids or given in self._ids:
            return given
        if given in self._names:
            self._notes.append(f"{self._source}: the metric {given!r} read as {self._names[given]!r} (its name)")
            return self._names[given]
        close = difflib.get_close_matches(given, [*self._ids, *self._names], n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"the plan has no metric {given!r} (by id or by name){hint}")


def _check_cell(column: str, cell: str) -> None:
    """Refuse text that would be misread or could not be written out again."""
    if "\ufeff" in cell:
        raise ValueError(
            f"{column} holds a byte-order mark (\\ufeff) inside the file; files joined together? "
            f"save the file again as one"
        )
    if any(ord(ch) < 32 and ch not in "\t" for ch in cell):
        raise ValueError(f"{column} holds a control character")
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{column} holds a character that is not valid Unicode (a lone surrogate)") from None


def _row(row: Any, source: str, names: _MetricNames, notes: list[str]) -> Observation:
    if not isinstance(row, Mapping):
        raise ValueError("a row must be an object with metric, date, value and unit")
    if isinstance(row, _Repeated):
        raise ValueError(f"the key(s) {', '.join(row.repeated)} appear twice in the row; keep one")
    for key, cell in row.items():
        if isinstance(cell, (dict, list)):
            raise ValueError(f"{key} holds a {'list' if isinstance(cell, list) else 'table'}, not a single value")
        if isinstance(cell, str):
            _check_cell(str(key), cell)
    extra = [k for k in row if k is None or (k not in REQUIRED_COLUMNS and k not in OPTIONAL_COLUMNS)]
    if None in row:
        raise ValueError("the row has more cells than the header has columns")
    if extra:
        raise ValueError(f"unknown column(s) {', '.join(map(str, extra))}")
    values = {
        k: ("" if row.get(k) is None else str(row.get(k)).strip()) for k in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
    }
    for column in ("metric", "date", "value"):
        if not values[column]:
            raise ValueError(f"the {column} is empty")
    values["metric"] = names.resolve(values["metric"])
    for column in ("date", "reported_at"):
        values[column], form = normalise_date(values[column]) if values[column] else (values[column], None)
        if form is not None:
            notes.append(f"{source.rpartition(':')[0]}: dates written {form} read as YYYY-MM-DD")
    values["value"], number_note = normalise_number(values["value"])
    if number_note is not None:
        notes.append(f"{source.rpartition(':')[0]}: {number_note}")
    try:
        if not _DATE.match(values["date"]):
            raise ValueError
        day = dt.date.fromisoformat(values["date"])
    except ValueError:
        raise ValueError(f"the date {values['date']!r} is not a date written YYYY-MM-DD") from None
    reported_at = None
    if values["reported_at"]:
        if not _DATE.match(values["reported_at"]):
            raise ValueError(f"the reported_at date {values['reported_at']!r} is not a date written YYYY-MM-DD")
        try:
            reported_at = dt.date.fromisoformat(values["reported_at"])
        except ValueError:
            raise ValueError(
                f"the reported_at date {values['reported_at']!r} is not a date written YYYY-MM-DD"
            ) from None
        if reported_at < day:
            raise ValueError(
                f"the figure for {day.isoformat()} cannot have been reported on {reported_at.isoformat()}, before its date"
            )
    try:
        measure = Measure(values["measure"] or "value")
    except ValueError:
        raise ValueError(f"the measure {values['measure']!r} is not 'value' or 'yoy'") from None
    magnitude = parse_decimal(values["value"])
    if not values["unit"]:
        raise ValueError("the unit is empty; write it (万元, 家, %), so the figure cannot be misread")
    quantity = Quantity(magnitude, unit(values["unit"]))
    if measure is Measure.YOY and quantity.dimension != "ratio":
        raise ValueError(f"a year-on-year rate must be in %, not {values['unit']}")
    return Observation(
        metric=values["metric"],
        date=day,
        quantity=quantity,
        measure=measure,
        reported_by=values["reported_by"],
        note=values["note"],
        reported_at=reported_at,
        source=source,
    )
