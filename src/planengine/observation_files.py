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
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .errors import PlanengineError
from .observations import Measure, Observation
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


def read_observations(path: str | Path) -> ObservationFile:
    """Read a ``.csv`` or ``.json`` observation file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ObservationFileError(f"{path}: the file cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ObservationFileError(f"{path}: the file is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    fmt = "json" if path.suffix.lower() == ".json" else "csv"
    return parse_observations(text, fmt, source=str(path))


def parse_observations(text: str, fmt: str = "csv", *, source: str = "<text>") -> ObservationFile:
    """Read observations from ``text`` in ``fmt`` (``"csv"`` or ``"json"``)."""
    text = text.removeprefix("\ufeff")  # a byte-order mark, as spreadsheet programs write
    if fmt == "json":
        return _parse_json(text, source)
    if fmt == "csv":
        return _parse_csv(text, source)
    raise ValueError(f"unknown observation format {fmt!r}; use 'csv' or 'json'")


def _parse_csv(text: str, source: str) -> ObservationFile:
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise ObservationFileError(
            f"{source}: the file is empty; it needs the header {','.join(REQUIRED_COLUMNS)}"
        ) from None
    except csv.Error as exc:
        raise ObservationFileError(f"{source}:1: the header cannot be read: {exc}") from None
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise ObservationFileError(
            f"{source}:1: the header names the column(s) {', '.join(repeated)} more than once; "
            f"which one holds the figure would be a guess"
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ObservationFileError(
            f"{source}:1: the header lacks the column(s) {', '.join(missing)}; it needs {','.join(REQUIRED_COLUMNS)}"
        )
    return _collect(_rows(reader, header, source), source, lambda where: f"line {where}")


#: The longest cell read: a note of a few thousand characters is plenty; more is a broken file.
MAX_CELL = 64 * 1024


def _rows(reader: Any, header: list[str], source: str) -> Iterator[tuple[str, Any]]:
    """Each non-blank row as a dict, with its line.

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
        if not any(cell.strip() for cell in cells):
            continue
        row: dict[str | None, str | None] = dict(zip(header, cells))
        if len(cells) > len(header):
            row[None] = ",".join(cells[len(header) :])
        yield str(start), row


def _runaway_quote(source: str, start: int, end: int) -> ObservationFileError:
    return ObservationFileError(
        f"{source}:{start}: a quoted cell runs past the end of line {start} (to line {end}); "
        f"close its quote, or keep a note on one line"
    )


def _parse_json(text: str, source: str) -> ObservationFile:
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
    return _collect(((f"[{i}]", row) for i, row in enumerate(data)), source, lambda where: f"observations{where}")


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


def _collect(rows: Iterable[tuple[str, Any]], source: str, label: Callable[[str], str]) -> ObservationFile:
    observations: list[Observation] = []
    problems: list[RowProblem] = []
    for where, row in rows:
        try:
            observations.append(_row(row, f"{source}:{label(where)}"))
        except (ValueError, QuantityError, TypeError) as exc:
            problems.append(RowProblem(source, label(where), str(exc)))
    return ObservationFile(tuple(observations), tuple(problems))


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


def _row(row: Any, source: str) -> Observation:
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
