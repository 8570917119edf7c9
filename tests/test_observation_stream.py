"""Streaming an observation file: a province's million rows in flat memory, read exactly as whole.

:func:`stream_observations` reads a file in pieces and hands out its rows in batches. It must
give what reading the decoded text whole gives: the same observations, problems and notes, or
the same error, whatever the pieces (a character split between two of them, a GBK byte that
turns up only at the end), and it must not hold the file, its text or its rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import planengine
from planengine.observation_files import ObservationFileError, ObservationStream, stream_observations
from planengine.office import decode

from .conftest import EXAMPLE_FIGURES, SEED_SPEC

METRICS = {m.id: m for m in planengine.load_spec(SEED_SPEC).metrics}

Reading = tuple[tuple[planengine.Observation, ...], tuple[planengine.RowProblem, ...], tuple[str, ...]]


def whole(path: Path, metrics: Any = None) -> Reading | str:
    """The file read the simple way, as the reference: all bytes decoded at once, the text parsed."""
    data = path.read_bytes()
    try:
        text, note = decode(data, str(path))
        read = planengine.parse_observations(text, "csv", source=str(path), metrics=metrics)
    except ValueError as exc:  # ObservationFileError is one
        return str(exc)
    return read.observations, read.problems, ((note,) if note else ()) + read.notes


def streamed(path: Path, metrics: Any = None, *, read_size: int = 65536, size: int = 5000) -> Reading | str:
    """The file streamed in pieces of ``read_size`` bytes and batches of ``size`` rows."""
    try:
        with stream_observations(path, metrics, read_size=read_size) as stream:
            batches = list(stream.batches(size))
    except ObservationFileError as exc:
        return str(exc)
    assert all(0 < len(batch) <= size for batch in batches)
    assert all(len(batch) == size for batch in batches[:-1])
    assert stream.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    return tuple(o for batch in batches for o in batch), tuple(stream.problems), tuple(stream.notes)


def _write(directory: Path, data: bytes, name: str = "figures.csv") -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


# --- the interface -------------------------------------------------------------------------------


def test_batches_hand_out_the_good_rows_in_file_order_with_problems_and_notes_as_read_whole(
    tmp_path: Path,
) -> None:
    lines = EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = "rd_spending,2026/13/01,1,万元,,,\n"  # a bad date, line 6
    lines[9] = "全社会研发经费投入,2026/6/30,1,万元,,,\n"  # by Chinese name and slashes, line 10
    path = _write(tmp_path, "".join(lines).encode("gbk"))
    read = planengine.read_observations(path, METRICS)
    with stream_observations(path, METRICS) as stream:
        assert stream.source == str(path)
        assert stream.notes == [f"{path}: not UTF-8; read as GB18030 (GBK)"]  # known before any row
        assert stream.problems == []
        batches = list(stream.batches(7))
    sizes = [len(b) for b in batches]
    assert set(sizes[:-1]) == {7} and 0 < sizes[-1] <= 7
    assert tuple(o for b in batches for o in b) == read.observations
    assert [(p.where, p.message) for p in stream.problems] == [
        ("line 6", "the date '2026/13/01' is not a date written YYYY-MM-DD")
    ]
    assert tuple(stream.problems) == read.problems
    assert tuple(stream.notes) == read.notes
    assert f"{path}: the metric '全社会研发经费投入' read as 'rd_spending' (its name)" in stream.notes
    assert stream.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_stream_is_read_once() -> None:
    with stream_observations(EXAMPLE_FIGURES) as stream:
        batches = stream.batches(10_000)
        with pytest.raises(RuntimeError, match="read already"):
            stream.batches()
        assert len(next(batches)) == len(EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines()) - 1
        assert list(batches) == []
    with stream_observations(EXAMPLE_FIGURES) as stream, pytest.raises(ValueError, match="at least one"):
        stream.batches(0)


def _open_on(path: Path) -> bool:
    """Whether this process has ``path`` open (read from /proc)."""
    fds = Path("/proc/self/fd")
    return any(str(path) == _target(fd) for fd in fds.iterdir())


def _target(fd: Path) -> str:
    try:
        return os.readlink(fd)
    except OSError:  # closed since listed
        return ""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
@pytest.mark.parametrize("name", ["figures.csv", "figures.json", "figures.xlsx"])
def test_a_stream_closes_its_file_when_read_to_the_end_or_left(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["metric", "date", "value", "unit"])
        for month in range(1, 6):
            sheet.append(["rd_spending", dt.date(2026, month, 28), month, "万元"])
        workbook.save(path)
    elif name.endswith(".json"):
        rows = [{"metric": "rd_spending", "date": "2026-06-30", "value": i, "unit": "万元"} for i in range(5)]
        path.write_text(json.dumps(rows), encoding="utf-8")
    else:
        path.write_bytes(EXAMPLE_FIGURES.read_bytes())
    with stream_observations(path) as stream:  # left after one batch
        assert len(next(stream.batches(2))) == 2
    assert not _open_on(path)
    stream = stream_observations(path)  # read to the end
    assert sum(len(batch) for batch in stream.batches(2)) >= 5
    assert not _open_on(path)


def test_an_unusable_file_is_refused_before_any_batch(tmp_path: Path) -> None:
    """Missing, in no encoding read, without a header, a workbook by another name: refused at once."""
    cases: list[tuple[Path, str]] = [
        (tmp_path / "nowhere.csv", "the file cannot be read"),
        (
            _write(tmp_path, b"metric,date,value,unit\n\x81\x30\xff\xfe\x80\x80\n", "binary.csv"),
            "none of the encodings",
        ),
        (_write(tmp_path, "岳阳楼区填报表\n,,,\n".encode(), "title.csv"), "no header names the columns"),
        (_write(tmp_path, b"\n\n  \n", "blank.csv"), "the file is empty"),
        (_write(tmp_path, b"PK\x03\x04rest", "book.csv"), "rename it to .xlsx"),
    ]
    for path, message in cases:
        with pytest.raises(ObservationFileError, match=message):
            stream_observations(path)


def test_a_break_far_down_raises_from_the_batches_when_reached(tmp_path: Path) -> None:
    """The rows above it were handed out: a caller keeping all or nothing waits for the end."""
    rows = "".join(f"rd_spending,2026-06-30,{i},万元\n" for i in range(100))
    path = _write(
        tmp_path, ("metric,date,value,unit\n" + rows + 'rd_spending,2026-06-30,1,万元,"open\n' + rows).encode()
    )
    with stream_observations(path) as stream:
        batches = stream.batches(40)
        assert [len(next(batches)), len(next(batches))] == [40, 40]
        with pytest.raises(ObservationFileError, match=r":102: a quoted cell runs past the end of line 102"):
            next(batches)
    with pytest.raises(ObservationFileError, match=r":102: a quoted cell"):
        planengine.read_observations(path)


def test_a_file_changed_while_it_is_read_is_refused_not_misread(tmp_path: Path) -> None:
    """The encoding is proved on one reading of the bytes and the rows parsed from a second; if a
    save comes in between, the stream says so instead of handing out rows of another file."""
    path = _write(tmp_path, ("metric,date,value,unit\n" + "rd_spending,2026-06-30,1,万元\n" * 5000).encode())
    stream = stream_observations(path, read_size=64)  # the encoding is proved; the header is read
    with path.open("r+b") as same_file:  # saved in place: same length, another figure in the last row
        same_file.seek(-len("1,万元\n".encode()), 2)
        same_file.write(b"7")
    with stream, pytest.raises(ObservationFileError, match="changed while it was being read"):
        for _ in stream.batches(1000):
            pass


def test_json_and_workbooks_stream_through_the_same_interface(tmp_path: Path) -> None:
    rows = [{"metric": "rd_spending", "date": f"2026-0{m}-28", "value": m, "unit": "万元"} for m in range(1, 8)]
    rows[3]["unit"] = "万美元"
    json_path = _write(tmp_path, json.dumps(rows).encode(), "figures.json")

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["岳阳楼区科技创新指标填报表"])
    sheet.append(["指标", "日期", "数值", "单位", "地区"])
    for row in rows:
        sheet.append([row["metric"], row["date"], row["value"], row["unit"], "430602"])
    xlsx_path = tmp_path / "figures.xlsx"
    workbook.save(xlsx_path)

    for path, where in ((json_path, "observations[3]"), (xlsx_path, "row 6")):
        read = planengine.read_observations(path)
        with stream_observations(path) as stream:
            batches = list(stream.batches(2))
        assert [len(b) for b in batches] == [2, 2, 2]
        assert tuple(o for b in batches for o in b) == read.observations
        assert [p.where for p in stream.problems] == [where]
        assert tuple(stream.problems) == read.problems and tuple(stream.notes) == read.notes
        assert stream.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {o.entity for o in planengine.read_observations(xlsx_path).observations} == {"430602"}


def test_a_workbooks_header_problem_is_refused_at_once(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标", "日期", "数值"])
    path = tmp_path / "figures.xlsx"
    workbook.save(path)
    with pytest.raises(ObservationFileError, match=r"figures.xlsx:1: the header lacks the column\(s\) unit"):
        stream_observations(path)
    broken = _write(tmp_path, b"not a zip at all", "broken.xlsx")
    with pytest.raises(ObservationFileError, match="the workbook cannot be read"):
        stream_observations(broken)


# --- encodings while streaming ----------------------------------------------------------------------


FIGURES = "metric,date,value,unit,note\n" + "".join(
    f"rd_spending,2026-{m:02d}-28,{m}0.5,万元,第{m}月快报\n" for m in range(1, 13)
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-be"])
@pytest.mark.parametrize("read_size", [1, 2, 3, 5, 64, 65536])
def test_a_character_split_between_pieces_is_read_whole(tmp_path: Path, encoding: str, read_size: int) -> None:
    data = FIGURES.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # Excel writes UTF-16 with its byte-order mark
    path = _write(tmp_path, data)
    read = streamed(path, read_size=read_size, size=5)
    assert read == whole(path)
    assert not isinstance(read, str)
    assert [o.note for o in read[0]] == [f"第{m}月快报" for m in range(1, 13)]


def test_gbk_that_turns_up_only_after_the_first_megabyte_is_read_as_gbk_from_the_start(tmp_path: Path) -> None:
    """The first megabyte is plain ASCII, so UTF-8 fits it; the GBK row further down decides
    the file's encoding, and every row, before and after it, is read in that encoding."""
    ascii_rows = "".join(f"hitech_local_tax,2026-0{m}-28,1{m}.5,%,yoy,,{'x' * 60_000}\n" for m in range(1, 10))
    blank_rows = ",,,,,,\n" * 80_000
    gbk_row = "rd_spending,2026-06-30,1,万元,,区科工局,快报\n"
    text = "metric,date,value,unit,measure,reported_by,note\n" + ascii_rows + blank_rows + gbk_row
    path = _write(tmp_path, text.encode("gbk"))
    assert path.stat().st_size > 1_000_000 and text.index("万") > 1_000_000
    read = streamed(path)
    assert read == whole(path)
    assert not isinstance(read, str)
    observations, problems, notes = read
    assert problems == () and len(observations) == 10
    assert (observations[-1].quantity.unit.symbol, observations[-1].reported_by, observations[-1].note) == (
        "万元",
        "区科工局",
        "快报",
    )
    assert notes == (f"{path}: not UTF-8; read as GB18030 (GBK)",)


def test_utf8_rows_then_a_gbk_byte_are_read_as_the_whole_file_reads(tmp_path: Path) -> None:
    """Two files joined: UTF-8 Chinese rows, then a GBK row. Whatever reading the file whole
    gives (here GB18030 for every byte), streaming gives the same, never UTF-8 for the first part."""
    head = ("metric,date,value,unit,note\n" + "rd_spending,2026-06-30,1,万元,快报\n" * 2000).encode("utf-8")
    path = _write(tmp_path, head + "rd_spending,2026-06-30,2,万元,快报\n".encode("gbk"))
    assert len(head) > 65536
    expected = whole(path)
    assert streamed(path) == streamed(path, read_size=7, size=100) == expected
    assert not isinstance(expected, str) and expected[2][0] == f"{path}: not UTF-8; read as GB18030 (GBK)"
    assert "万元" not in {o.quantity.unit.symbol for o in expected[0][:-1]}  # the UTF-8 rows, read as GBK


def test_a_file_in_no_encoding_is_refused_with_the_message_of_a_whole_read(tmp_path: Path) -> None:
    head = ("metric,date,value,unit\n" + "rd_spending,2026-06-30,1,万元\n" * 2000).encode("utf-8")
    path = _write(tmp_path, head + b"\xff\xff\n")
    message = whole(path)
    assert isinstance(message, str) and "none of the encodings" in message
    assert streamed(path) == streamed(path, read_size=3) == message


# --- the property: streamed as read whole -------------------------------------------------------------


HEADERS = [
    "metric,date,value,unit,note",
    "指标,日期,数值,单位,备注",
    "指标名称,统计日期,完成值(万元),计量单位,说明",
    "metric,date,value,unit,note,entity",
    "指标\t日期\t数值\t单位\t备注",
]

CELLS: dict[str, Callable[[int], str]] = {
    "good": lambda i: f"rd_spending,2026-06-{i % 28 + 1:02d},{i}.5,万元,第{i}行",
    "by-name": lambda i: f"全社会研发经费投入,2026年6月{i % 28 + 1}日,{i},万元,",
    "near-name": lambda i: "研发经费投入,2026-06-30,1,万元,",
    "full-width": lambda i: f"sme_registered,２０２６－０６－３０,１２{i % 10},家,",
    "thousands": lambda i: f'sme_registered,2026/6/30,"1,23{i % 10}",家,"含3家, 待复核"',
    "bad-date": lambda i: f"rd_spending,30/06/2026,{i},万元,",
    "bad-value": lambda i: "rd_spending,2026-06-30,lots,万元,",
    "bad-unit": lambda i: "rd_spending,2026-06-30,1,万美元,",
    "few-cells": lambda i: "rd_spending,2026-06-30",
    "more-cells": lambda i: "rd_spending,2026-06-30,1,万元,,x,y",
    "remark": lambda i: "填表人:张三",
    "blank": lambda i: "",
    "bom-inside": lambda i: "\ufeffrd_spending,2026-06-30,1,万元,",
    "control": lambda i: "rd_spending,2026-06-30,1,万元,a\x1bb",
    "lone-cr": lambda i: "rd_spending,2026-06-30,1,万元,a\rb",
    "line-separator": lambda i: "rd_spending,2026-06-30,1,万元,a\u2028b",
    "unclosed-quote": lambda i: 'rd_spending,2026-06-30,1,万元,"open',
}


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV file as an office might send it, good or broken, in one of the encodings read."""
    header = draw(st.sampled_from(HEADERS))
    kinds = draw(st.lists(st.sampled_from(sorted(CELLS)), max_size=30))
    rows = [CELLS[kind](i) for i, kind in enumerate(kinds)]
    if "\t" in header:
        rows = [row.replace(",", "\t") for row in rows]
    titles = draw(st.lists(st.sampled_from(["岳阳楼区科技创新指标填报表,,,", "", "填报单位:区科工局"]), max_size=3))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join([*titles, header, *rows]) + draw(st.sampled_from(["", newline]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    data = text.encode(encoding)
    if draw(st.booleans()) and data:  # a stray byte: an encoding that fails late, or none at all
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\x81", b"\xe4\xb8", b"\x80"])) + data[at:]
    return data


@given(
    data=csv_files(),
    read_size=st.integers(1, 70),
    size=st.integers(1, 12),
    by_name=st.booleans(),
)
@example(data=FIGURES.encode("utf-16"), read_size=1, size=1, by_name=False)
@example(data=b"\xef\xbb\xbf\xef\xbb\xbf" + FIGURES.encode(), read_size=2, size=3, by_name=True)
@example(
    data=("metric,date,value,unit\n" + "a,2026-06-30,1,万元\n" * 9).encode() + "中".encode("gbk"),
    read_size=5,
    size=2,
    by_name=False,
)
def test_a_streamed_file_reads_exactly_as_the_whole_file(data: bytes, read_size: int, size: int, by_name: bool) -> None:
    """Same observations, problems and notes, or the same error, for any pieces and batches."""
    metrics = METRICS if by_name else None
    with tempfile.TemporaryDirectory() as directory:
        path = _write(Path(directory), data)
        expected = whole(path, metrics)
        assert streamed(path, metrics, read_size=read_size, size=size) == expected
        try:
            read = planengine.read_observations(path, metrics)
        except ObservationFileError as exc:
            assert str(exc) == expected
        else:
            assert (read.observations, read.problems, read.notes) == expected


# --- memory -----------------------------------------------------------------------------------------


def _province(path: Path, rows: int) -> Path:
    """A generated figure file: every row good, each with a 2000-character note, each dated
    2026/6/28 (a guess said once, not once a row) and with an entity's code in full-width digits."""
    note = "x" * 2000
    with path.open("w", encoding="utf-8") as out:
        out.write("指标,日期,数值,单位,行政区划代码,备注\n")
        for i in range(rows):
            out.write(f"rd_spending,2026/{i % 12 + 1}/28,{i}.5,万元,４３０６{i % 100:02d},{note}\n")
    return path


def _peak_while_streaming(path: Path) -> tuple[int, int, ObservationStream]:
    """The rows read and the traced peak of memory while streaming ``path`` in batches of 200."""
    tracemalloc.start()
    try:
        with stream_observations(path) as stream:
            count = sum(len(batch) for batch in stream.batches(200))
        return count, tracemalloc.get_traced_memory()[1], stream
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_whatever_the_file_size(tmp_path: Path) -> None:
    """A file ten times longer takes no more memory to stream (the rows are parsed under
    tracemalloc, several times slower, so the files are 1 MB and 10 MB rather than a province's
    100 MB). A reader that held the file, its text or its rows would need ten times more,
    at least the large file's size."""
    small = _province(tmp_path / "small.csv", 500)
    large = _province(tmp_path / "large.csv", 5_000)
    small_count, small_peak, _ = _peak_while_streaming(small)
    large_count, large_peak, stream = _peak_while_streaming(large)
    assert (small_count, large_count) == (500, 5_000)
    assert large_peak < 3 * small_peak, (small_peak, large_peak)
    assert large_peak < large.stat().st_size / 3, (large_peak, large.stat().st_size)
    assert len(stream.notes) == 8  # six header names, the date form, the full-width code: not one a row
    assert stream.problems == []


def test_a_streamed_observation_is_the_same_as_one_read_whole(tmp_path: Path) -> None:
    path = _province(tmp_path / "few.csv", 3)
    (batch,) = stream_observations(path).batches()
    assert batch == list(planengine.read_observations(path).observations)
    assert (batch[0].date, batch[0].quantity.magnitude, batch[0].entity) == (
        dt.date(2026, 1, 28),
        Decimal("0.5"),
        "430600",
    )
