"""Reading observation files: CSV, Excel or JSON rows of reported figures.

A CSV file has a header with at least ``metric,date,value,unit`` and optionally
``measure`` (``value`` or ``yoy``), ``reported_by``, ``note``, ``reported_at`` (the
date the unit reported the figure, YYYY-MM-DD) and ``entity`` (whose figure: a district's
id or its 行政区划代码). A JSON file is a list of objects with the same keys, or an object
with such a list under ``observations``. A bad row is reported with its line (CSV) or index
(JSON) and the reason, and every other row is still read: :func:`read_observations` returns
both. A file that cannot be read at all (missing, in no encoding read, no usable header, not
JSON) raises :class:`ObservationFileError`.

:func:`stream_observations` reads the same files batch by batch, so a province's million
rows are imported in flat memory; :func:`read_observations` is that stream collected whole,
so the two never disagree.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import attrs

from .errors import PlanengineError
from .model import Metric
from .observations import Measure, Observation
from .office import (
    HEADER_WITHIN,
    canonical_column,
    decode,
    encoding_note,
    encodings_to_try,
    is_header,
    normalise_code,
    normalise_date,
    normalise_number,
    undecodable,
    xlsx_rows,
)
from .quantities import Quantity, QuantityError, parse_decimal, unit

__all__ = [
    "ObservationFile",
    "ObservationFileError",
    "ObservationStream",
    "RowProblem",
    "parse_observations",
    "read_observations",
    "stream_observations",
]

REQUIRED_COLUMNS = ("metric", "date", "value", "unit")
OPTIONAL_COLUMNS = ("measure", "reported_by", "note", "reported_at", "entity")

#: Bytes read from a file at a time while streaming it.
READ_SIZE = 64 * 1024


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


class _Notes(list[str]):
    """Notes said once each, in the order first said: a million rows dated 2026/6/30 make one note."""

    def __init__(self) -> None:
        super().__init__()
        self._said: set[str] = set()

    def append(self, note: str) -> None:
        if note not in self._said:
            self._said.add(note)
            super().append(note)


class ObservationStream:
    """Reads one observation file batch by batch; memory stays flat whatever the file's size.

    Made by :func:`stream_observations`, which has already refused a file unusable as a whole
    (missing, in no encoding read, no usable header). :meth:`batches` then reads the rows; a
    fault found further down (an unclosed quote at line 800,000) raises
    :class:`ObservationFileError` from it when reached, so a caller that keeps all or nothing
    of a file must wait for the last batch. Use it as a context manager, or read it to the
    end, so the file is closed.
    """

    def __init__(
        self,
        source: str,
        records: Iterator[tuple[str, Any]],
        metrics: Mapping[str, Metric] | None,
        notes: _Notes,
        sha256: str,
        finish: Callable[[], None] = lambda: None,
        close: Callable[[], None] = lambda: None,
    ) -> None:
        #: The file's name, as the rows' sources and the problems give it.
        self.source = source
        #: What was guessed so far (encoding, header synonyms, date forms...), each said once.
        self.notes: list[str] = notes
        #: The bad rows so far, each located, in file order.
        self.problems: list[RowProblem] = []
        self._records = records
        self._names = _MetricNames(metrics, source, notes)
        self._sha256 = sha256
        self._finish, self._close = finish, close
        self._started = False

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes.

        Known from the start: the encoding is checked on the whole file before any row is
        read. The rows are read from a second pass over the file; if its bytes differ (the
        file was saved while it was read), the last call of :meth:`batches` raises instead of
        ending, so a stream read to its end describes exactly these bytes.
        """
        return self._sha256

    def batches(self, size: int = 5000) -> Iterator[list[Observation]]:
        """The good rows in file order, ``size`` at a time (the last batch may be shorter).

        Bad rows go to :attr:`problems` and guesses to :attr:`notes` as the rows are read. A
        stream is read once.
        """
        if size < 1:
            raise ValueError(f"a batch holds at least one observation, not {size}")
        if self._started:
            raise RuntimeError(f"{self.source}: the stream has been read already; open the file again")
        self._started = True
        return self._batches(size)

    def _batches(self, size: int) -> Iterator[list[Observation]]:
        try:
            batch: list[Observation] = []
            for where, row in self._records:
                try:
                    batch.append(_row(row, f"{self.source}:{where}", self._names, self.notes))
                except (ValueError, QuantityError, TypeError) as exc:
                    self.problems.append(RowProblem(self.source, where, str(exc)))
                    continue
                if len(batch) == size:
                    yield batch
                    batch = []
            self._finish()  # before the last batch: a file changed while read yields no last batch
            if batch:
                yield batch
        finally:
            self.close()

    def close(self) -> None:
        """Close the file (done by reading every batch, or by leaving a ``with`` block)."""
        self._close()

    def __enter__(self) -> ObservationStream:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def stream_observations(
    path: str | Path, metrics: Mapping[str, Metric] | None = None, *, read_size: int = READ_SIZE
) -> ObservationStream:
    """Open a ``.csv``, ``.xlsx`` or ``.json`` observation file to be read batch by batch.

    Reads what :func:`read_observations` reads, with the same rows, problems and notes, in
    memory that does not grow with the file (rows are parsed as they are read, ``read_size``
    bytes at a time). A CSV file is read twice: first its bytes are hashed and decoded
    without keeping the text, trying the encodings in the order :func:`planengine.office.decode`
    tries them on a whole file, so the encoding is known for certain before any row is handed
    out (a guess from the first bytes could be proved wrong only after rows read with it had
    been given away); then its rows are parsed. A workbook is read row by row (openpyxl's
    read-only mode). A JSON file is loaded whole: JSON has no rows to stop between.

    A file unusable as a whole raises :class:`ObservationFileError` here; one broken further
    down raises it from :meth:`ObservationStream.batches` when the break is reached.
    """
    if read_size < 1:
        raise ValueError(f"read_size must be at least one byte, not {read_size}")
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    try:
        file = path.open("rb")
    except OSError as exc:
        raise _unreadable(source, exc) from None
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _workbook_stream(file, source, metrics, read_size)
        head = file.read(8)
        if head.startswith(b"PK\x03\x04") and suffix != ".json":
            raise ObservationFileError(f"{source}: this is a workbook (.xlsx) with another name; rename it to .xlsx")
        if suffix == ".json":
            return _json_stream(file, source, metrics, read_size)
        return _csv_stream(file, head, source, metrics, read_size)
    except OSError as exc:
        file.close()
        raise _unreadable(source, exc) from None
    except BaseException:
        file.close()
        raise


def read_observations(path: str | Path, metrics: Mapping[str, Metric] | None = None) -> ObservationFile:
    """Read a ``.csv``, ``.xlsx`` or ``.json`` observation file whole.

    CSV may be UTF-8 (with or without a byte-order mark), GBK/GB18030 or UTF-16; headers may
    be Chinese (指标, 日期, 数值, 单位, 地区...) and stand below title rows; dates may be written
    2026/6/30 or 2026年6月30日. Given the plan's ``metrics`` (by id), a metric may be named
    by its exact Chinese name. Every guess is in :attr:`ObservationFile.notes`. This is
    :func:`stream_observations` collected: for a file too big to hold, stream it.
    """
    with stream_observations(path, metrics) as stream:
        return _collect(stream)


def parse_observations(
    text: str, fmt: str = "csv", *, source: str = "<text>", metrics: Mapping[str, Metric] | None = None
) -> ObservationFile:
    """Read observations from ``text`` in ``fmt`` (``"csv"`` or ``"json"``)."""
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown observation format {fmt!r}; use 'csv' or 'json'")
    text = text.removeprefix("\ufeff")  # a byte-order mark, as spreadsheet programs write
    notes = _Notes()
    if fmt == "json":
        records = _json_records(text, source)
    else:
        records = _table(_csv_rows(io.StringIO(text), source), source, notes, "line")
    return _collect(ObservationStream(source, records, metrics, notes, sha256=""))  # no file, no hash


def _collect(stream: ObservationStream) -> ObservationFile:
    """Every batch of a stream, with its problems and notes, as one :class:`ObservationFile`."""
    observations = [obs for batch in stream.batches() for obs in batch]
    return ObservationFile(tuple(observations), tuple(stream.problems), tuple(stream.notes))


def _unreadable(source: str, exc: OSError) -> ObservationFileError:
    return ObservationFileError(f"{source}: the file cannot be read: {exc.strerror or exc}")


# --- the bytes: read in pieces, hashed, decoded --------------------------------------------------------


def _pieces(file: BinaryIO, read_size: int, digest: hashlib._Hash) -> Iterator[bytes]:
    """The file's bytes from its start, ``read_size`` at a time, each added to ``digest`` as read."""
    file.seek(0)
    while True:
        try:
            piece = file.read(read_size)
        except OSError as exc:
            raise _unreadable(getattr(file, "name", "<file>"), exc) from None
        if not piece:
            return
        digest.update(piece)
        yield piece


def _decoded(pieces: Iterable[bytes], encoding: str, skip: int) -> Iterator[str]:
    """The text of ``pieces`` in ``encoding`` after the first ``skip`` bytes, through an incremental
    decoder (a character split between two pieces is decoded whole); raises ``UnicodeDecodeError``."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for piece in pieces:
        if skip:
            piece, skip = piece[skip:], max(0, skip - len(piece))
        yield decoder.decode(piece)
    yield decoder.decode(b"", final=True)


def _choose_encoding(
    file: BinaryIO, source: str, skip: int, encodings: tuple[str, ...], read_size: int
) -> tuple[str, str]:
    """The first of ``encodings`` the whole file decodes in, and the file's SHA-256.

    The file is decoded piece by piece and the text dropped: this pass only proves the
    encoding, so no row is ever read in one that fails further down. Usually the first
    encoding fits, or fails within its first piece; one that fails late costs a reading more.
    """
    for encoding in encodings:
        digest = hashlib.sha256()
        try:
            for _ in _decoded(_pieces(file, read_size, digest), encoding, skip):
                pass
        except UnicodeDecodeError:
            continue
        return encoding, digest.hexdigest()
    raise ObservationFileError(undecodable(source))


def _lines(texts: Iterable[str]) -> Iterator[str]:
    """The lines of the text given in pieces, each with its ``\\n``: split where ``io.StringIO``
    splits them (at ``\\n`` only; a lone ``\\r`` stays inside its line for the CSV reader to judge)."""
    pending: list[str] = []
    for text in texts:
        parts = text.split("\n")
        if len(parts) == 1:
            if text:
                pending.append(text)
            continue
        pending.append(parts[0])
        yield "".join(pending) + "\n"
        for part in parts[1:-1]:
            yield part + "\n"
        pending = [parts[-1]] if parts[-1] else []
    if pending:
        yield "".join(pending)


def _without_bom(texts: Iterable[str]) -> Iterator[str]:
    """The text with one byte-order mark at its start dropped, as :func:`parse_observations` drops it."""
    texts = iter(texts)
    for text in texts:
        if text:
            yield text.removeprefix("\ufeff")
            break
    yield from texts


def _csv_stream(
    file: BinaryIO, head: bytes, source: str, metrics: Mapping[str, Metric] | None, read_size: int
) -> ObservationStream:
    """A CSV file's stream: its encoding proved on the whole file, its header found, its rows to come."""
    skip, encodings = encodings_to_try(head)
    encoding, sha256 = _choose_encoding(file, source, skip, encodings, read_size)
    notes = _Notes()
    note = encoding_note(encoding, source)
    if note is not None:
        notes.append(note)
    parsed = hashlib.sha256()

    def changed() -> ObservationFileError:
        return ObservationFileError(f"{source}: the file changed while it was being read; read it again")

    def texts() -> Iterator[str]:
        try:
            yield from _decoded(_pieces(file, read_size, parsed), encoding, skip)
        except UnicodeDecodeError:  # it decoded whole a moment ago
            raise changed() from None

    def finish() -> None:
        if parsed.hexdigest() != sha256:
            raise changed()

    rows = _csv_rows(_lines(_without_bom(texts())), source)
    records = _table(rows, source, notes, "line")
    return ObservationStream(source, records, metrics, notes, sha256, finish, file.close)


def _json_stream(
    file: BinaryIO, source: str, metrics: Mapping[str, Metric] | None, read_size: int
) -> ObservationStream:
    """A JSON file's stream: the file is loaded whole (JSON has no rows to stop between)."""
    digest = hashlib.sha256()
    data = b"".join(_pieces(file, read_size, digest))
    file.close()
    try:
        text, _ = decode(data, source)
    except ValueError as exc:
        raise ObservationFileError(str(exc)) from None
    del data
    records = _json_records(text.removeprefix("\ufeff"), source)
    return ObservationStream(source, records, metrics, _Notes(), digest.hexdigest())


def _workbook_stream(
    file: BinaryIO, source: str, metrics: Mapping[str, Metric] | None, read_size: int
) -> ObservationStream:
    """A workbook's stream: hashed, then read row by row from the same open file."""
    digest = hashlib.sha256()
    for _ in _pieces(file, read_size, digest):
        pass
    file.seek(0)
    notes = _Notes()
    rows = _workbook_rows(file, source)

    def close() -> None:
        rows.close()  # closes the workbook
        file.close()

    records = _table(rows, source, notes, "row")
    return ObservationStream(source, records, metrics, notes, digest.hexdigest(), close=close)


def _workbook_rows(file: BinaryIO, source: str) -> Generator[tuple[int, list[str]], None, None]:
    """A workbook's rows, openpyxl's own errors (a damaged or mislabelled workbook) said as the file's."""
    try:
        yield from xlsx_rows(file)
    except OSError as exc:
        raise _unreadable(source, exc) from None
    except Exception as exc:
        raise ObservationFileError(f"{source}: the workbook cannot be read: {type(exc).__name__}: {exc}") from None


# --- rows of cells, under their header -------------------------------------------------------------------


#: Header cells that are read and left aside: row numbers of a fill-in form.
_IGNORED_COLUMNS = frozenset({"序号", "no", "no.", "#", "指标说明", "上期数值", "期次"})


def _filled(cells: list[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _table(
    rows: Iterator[tuple[int, list[str]]], source: str, notes: list[str], unit_of_place: str
) -> Iterator[tuple[str, Any]]:
    """Rows of cells (CSV lines or worksheet rows) with their numbers, read under their header row.

    The header is looked for now, among the first rows (title rows may stand above it), so a
    file without one is refused before any row is read; the rows under it are read lazily.
    """
    window: list[tuple[int, list[str]]] = []
    found = None
    for number, cells in rows:
        window.append((number, cells))
        if is_header(cells):
            found = len(window) - 1
            break
        if len(window) == HEADER_WITHIN:
            break
    if found is None:
        if not any(_filled(cells) for _, cells in window) and not any(_filled(cells) for _, cells in rows):
            raise ObservationFileError(f"{source}: the file is empty; it needs the header {','.join(REQUIRED_COLUMNS)}")
        raise ObservationFileError(
            f"{source}:{window[0][0]}: no header names the columns {', '.join(REQUIRED_COLUMNS)} "
            f"(or 指标, 日期, 数值, 单位) in the first rows"
        )
    number, cells = window[found]
    if found:
        notes.append(f"{source}: {unit_of_place}s before {number} read as a title, not figures")
    header = _header(cells, source, number, notes)
    return _records(itertools.chain(window[found + 1 :], rows), header, source, unit_of_place, notes)


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
    rows: Iterable[tuple[int, list[str]]], header: list[str | None], source: str, unit_of_place: str, notes: list[str]
) -> Iterator[tuple[str, Any]]:
    """Each non-blank row as its place (``line 12``) and a dict of its columns; a row with text in
    its first cell only is a remark."""
    for number, cells in rows:
        if not _filled(cells):
            continue
        where = f"{unit_of_place} {number}"
        if cells and _is_remark(cells):
            notes.append(f"{source}:{where}: read as a remark, not a figure: {cells[0].strip()[:40]!r}")
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


def _csv_rows(lines: Iterable[str], source: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV line's cells with its line number; see :func:`_rows` for what is refused.

    ``lines`` are split at ``\\n`` only, as ``io.StringIO`` splits them. The delimiter is
    read from the first non-blank line: a tab when it has tabs and no comma (Excel's
    "Unicode text"), else a comma.
    """
    lines = iter(lines)
    ahead: list[str] = []
    first = ""
    for line in lines:
        ahead.append(line)
        first = next((part for part in line.splitlines() if part.strip()), "")
        if first:
            break
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(itertools.chain(ahead, lines), strict=True, delimiter=delimiter)
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


def _json_records(text: str, source: str) -> Iterator[tuple[str, Any]]:
    """The rows of a JSON list (or of the list under ``observations``), each with its place."""
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
    return ((f"observations[{i}]", row) for i, row in enumerate(data))


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


#: Characters a cell may not hold: control characters but the tab; and surrogates, which in a
#: Python string are always lone (not valid Unicode, and not writable as UTF-8).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_cell(column: str, cell: str) -> None:
    """Refuse text that would be misread or could not be written out again."""
    if "\ufeff" in cell:
        raise ValueError(
            f"{column} holds a byte-order mark (\\ufeff) inside the file; files joined together? "
            f"save the file again as one"
        )
    if _CONTROL.search(cell):
        raise ValueError(f"{column} holds a control character")
    if _SURROGATE.search(cell):
        raise ValueError(f"{column} holds a character that is not valid Unicode (a lone surrogate)")


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
    values["entity"], entity_note = normalise_code(values["entity"])
    for note in (number_note, entity_note):
        if note is not None:
            notes.append(f"{source.rpartition(':')[0]}: {note}")
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
        entity=values["entity"],
    )
