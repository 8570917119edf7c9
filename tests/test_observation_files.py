"""Reading observation files: CSV and JSON rows of reported figures.

A bad row is reported with where it is (line of a CSV, index of a JSON list) and why, and
every other row is still read. Nothing the user wrote is lost: values stay exact
``Decimal`` in the unit as written, and reporter, note and source travel with each row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import planengine
from planengine import Measure, Observation, ObservationFile, RowProblem

from .conftest import EXAMPLE_FIGURES

HEADER = "metric,date,value,unit,measure,reported_by,note\n"
GOOD = "rd_spending,2026-06-30,51465,万元,value,区科工局,\n"


def _csv(tmp_path: Path, text: str, name: str = "figures.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _only_problem(read: ObservationFile) -> RowProblem:
    assert len(read.problems) == 1, read.problems
    return read.problems[0]


def _line_of(where: str) -> int:
    """The line number in a CSV problem's location ('line 3', or just '3')."""
    match = re.fullmatch(r"(?:line )?(\d+)", where)
    assert match, f"the location {where!r} does not name a line"
    return int(match.group(1))


def _assert_source(obs: Observation, path: Path | str, line: int) -> None:
    """The observation's source names the file and the line it was read from."""
    assert re.fullmatch(rf"{re.escape(str(path))}:(?:line )?{line}", obs.source), obs.source


# --- the good case --------------------------------------------------------------------------------


def test_example_figures_read_without_problems() -> None:
    read = planengine.read_observations(EXAMPLE_FIGURES)
    assert read.problems == ()
    lines = EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines()
    assert len(read.observations) == len(lines) - 1
    first = read.observations[0]
    assert first.metric == "rd_spending"
    assert first.date == dt.date(2025, 1, 31)
    assert first.quantity == planengine.Quantity(Decimal("4900"), planengine.unit("万元"))
    assert first.reported_by == "区科工局"
    _assert_source(first, EXAMPLE_FIGURES, 2)
    rates = [o for o in read.observations if o.measure is Measure.YOY]
    assert rates and all(o.quantity.unit.symbol == "%" for o in rates)


def test_values_are_exact_decimals_never_floats(tmp_path: Path) -> None:
    path = _csv(
        tmp_path, 'metric,date,value,unit\na,2026-01-31,0.1,万元\nb,2026-01-31,0.2,万元\nc,2026-01-31,"1,234.50",万元\n'
    )
    read = planengine.read_observations(path)
    assert read.problems == ()
    magnitudes = [o.quantity.magnitude for o in read.observations]
    assert all(type(m) is Decimal for m in magnitudes)
    assert magnitudes[0] == Decimal("0.1") and str(magnitudes[0]) == "0.1"
    assert magnitudes[0] + magnitudes[1] == Decimal("0.3")  # 0.1 + 0.2 would not be 0.3 in floats
    assert magnitudes[2] == Decimal("1234.50")


def test_the_unit_is_kept_as_written(tmp_path: Path) -> None:
    path = _csv(tmp_path, "metric,date,value,unit\nturnover,2026-06-30,1.3,亿元\n")
    (obs,) = planengine.read_observations(path).observations
    assert obs.quantity.magnitude == Decimal("1.3")
    assert obs.quantity.unit.symbol == "亿元"
    assert obs.quantity.same_amount(planengine.parse_quantity("13000万元"))


def test_nothing_the_user_gave_is_lost(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        HEADER
        + "hitech_local_tax,2026-06-30,12.4,%,yoy,税务局,可比口径同比\n"
        + 'sme_registered,2026-06-30,71,家,,区科工局,"含新入库3家, 待复核"\n',
    )
    read = planengine.read_observations(path)
    assert read.problems == ()
    rate, level = read.observations
    assert rate == Observation(
        metric="hitech_local_tax",
        date=dt.date(2026, 6, 30),
        quantity=planengine.Quantity(Decimal("12.4"), planengine.unit("%")),
        measure=Measure.YOY,
        reported_by="税务局",
        note="可比口径同比",
        source=rate.source,
    )
    _assert_source(rate, path, 2)
    assert level.measure is Measure.VALUE  # an empty measure is a value
    assert level.reported_by == "区科工局"
    assert level.note == "含新入库3家, 待复核"
    _assert_source(level, path, 3)


def test_only_the_required_columns_are_needed_in_any_order(tmp_path: Path) -> None:
    path = _csv(tmp_path, "unit,value,date,metric\n家,85,2026-12-31,sme_registered\n")
    (obs,) = planengine.read_observations(path).observations
    assert (obs.metric, obs.date, obs.quantity.magnitude, obs.quantity.unit.symbol) == (
        "sme_registered",
        dt.date(2026, 12, 31),
        Decimal("85"),
        "家",
    )
    assert (obs.measure, obs.reported_by, obs.note) == (Measure.VALUE, "", "")


def test_whitespace_around_cells_and_header_names_is_ignored(tmp_path: Path) -> None:
    path = _csv(tmp_path, "metric, date , value,unit\n rd_spending , 2026-06-30 , 51465 , 万元 \n")
    read = planengine.read_observations(path)
    assert read.problems == ()
    (obs,) = read.observations
    assert (obs.metric, obs.date, obs.quantity.magnitude, obs.quantity.unit.symbol) == (
        "rd_spending",
        dt.date(2026, 6, 30),
        Decimal("51465"),
        "万元",
    )


def test_a_header_only_file_has_no_rows_and_no_problems(tmp_path: Path) -> None:
    assert planengine.read_observations(_csv(tmp_path, HEADER)) == ObservationFile((), ())


# --- bad rows: located, explained, and the rest still read ------------------------------------------


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        pytest.param("rd_spending,2026-06-30,abc,万元,,,", r"'abc'.*not a number", id="garbage-value"),
        pytest.param("rd_spending,2026-06-30,NaN,万元,,,", r"'NaN' is not a number", id="nan-value"),
        pytest.param("rd_spending,2026-06-30,,万元,,,", r"value.*empty", id="empty-value"),
        pytest.param("rd_spending,2026-02-30,1,万元,,,", r"2026-02-30.*YYYY-MM-DD", id="impossible-date"),
        pytest.param("rd_spending,30/06/2026,1,万元,,,", r"30/06/2026.*YYYY-MM-DD", id="bad-date-format"),
        pytest.param("rd_spending,2026-06-30,1,万美元,,,", r"unknown unit '万美元'", id="unknown-unit"),
        pytest.param("rd_spending,2026-06-30,1,,,,", r"unit is empty", id="empty-unit"),
        pytest.param("rd_spending,2026-06-30,1,万元,monthly,,", r"measure 'monthly'", id="unknown-measure"),
        pytest.param("hitech_local_tax,2026-06-30,12.4,万元,yoy,,", r"year-on-year.*%.*万元", id="yoy-not-percent"),
        pytest.param("rd_spending,2026-06-30,1,万元,,,,surplus", r"more cells", id="extra-cells"),
        pytest.param(",2026-06-30,1,万元,,,", r"metric.*empty", id="empty-metric"),
    ],
)
def test_a_bad_row_is_reported_with_line_and_reason_and_the_rest_is_read(tmp_path: Path, row: str, reason: str) -> None:
    path = _csv(tmp_path, HEADER + GOOD + row + "\n" + GOOD.replace("06-30", "07-31"))
    read = planengine.read_observations(path)
    problem = _only_problem(read)
    assert problem.file == str(path)
    assert _line_of(problem.where) == 3
    assert re.search(reason, problem.message), problem.message
    assert str(path) in str(problem) and "3" in str(problem) and problem.message in str(problem)
    # the rows before and after the bad one are both read, with their own lines
    assert [o.date for o in read.observations] == [dt.date(2026, 6, 30), dt.date(2026, 7, 31)]
    _assert_source(read.observations[0], path, 2)
    _assert_source(read.observations[1], path, 4)


def test_several_bad_rows_are_all_reported_in_order(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        HEADER
        + "a,2026-06-30,x,万元,,,\n"  # line 2
        + GOOD  # line 3
        + "b,2026-06-31,1,万元,,,\n"  # line 4
        + "\n"  # line 5: a blank line is skipped but counted
        + "c,2026-06-30,1,斤斤,,,\n"  # line 6
        + GOOD.replace("51465", "51466"),
    )  # line 7
    read = planengine.read_observations(path)
    assert [_line_of(p.where) for p in read.problems] == [2, 4, 6]
    assert [o.quantity.magnitude for o in read.observations] == [Decimal("51465"), Decimal("51466")]
    _assert_source(read.observations[1], path, 7)


def test_a_row_with_too_few_cells_is_reported(tmp_path: Path) -> None:
    path = _csv(tmp_path, "metric,date,value,unit\nrd_spending,2026-06-30,1\n" + "rd_spending,2026-07-31,2,万元\n")
    read = planengine.read_observations(path)
    problem = _only_problem(read)
    assert _line_of(problem.where) == 2
    assert "unit" in problem.message
    assert len(read.observations) == 1


@pytest.mark.parametrize("missing", ["metric", "date", "value", "unit"])
def test_a_header_without_a_required_column_is_reported(tmp_path: Path, missing: str) -> None:
    """Without a usable header no row can be read: the whole file is refused, at line 1."""
    columns = [c for c in ("metric", "date", "value", "unit") if c != missing]
    cells = {"metric": "rd_spending", "date": "2026-06-30", "value": "1", "unit": "万元"}
    path = _csv(tmp_path, ",".join(columns) + "\n" + ",".join(cells[c] for c in columns) + "\n")
    with pytest.raises(
        planengine.ObservationFileError, match=rf"{path.name}:1: the header lacks the column\(s\) {missing}"
    ):
        planengine.read_observations(path)


def test_an_unknown_header_column_is_refused_at_the_header_not_silently_dropped(tmp_path: Path) -> None:
    path = _csv(tmp_path, "metric,date,value,unit,remark\nrd_spending,2026-06-30,1,万元,hello\n")
    with pytest.raises(planengine.ObservationFileError, match=r":1: the header has column\(s\) .* remark"):
        planengine.read_observations(path)


def test_an_empty_file_is_refused_with_the_header_it_needs(tmp_path: Path) -> None:
    with pytest.raises(planengine.ObservationFileError, match="empty.*metric,date,value,unit"):
        planengine.read_observations(_csv(tmp_path, ""))


def test_a_gbk_file_is_read_and_the_guess_is_said(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("metric,date,value,unit,note\nrd_spending,2026-06-30,1,万元,区科工局报送\n".encode("gbk"))
    read = planengine.read_observations(path)
    assert [(o.quantity, o.note) for o in read.observations] == [(planengine.parse_quantity("1万元"), "区科工局报送")]
    assert any("not UTF-8; read as GB18030" in note for note in read.notes)


def test_a_file_in_no_encoding_read_is_refused_naming_those_tried(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"metric,date,value,unit\n\x81\x30\xff\xfe\x80\x80\n")
    with pytest.raises(planengine.ObservationFileError, match=r"none of the encodings .*UTF-8, GB18030"):
        planengine.read_observations(path)


def test_a_missing_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    with pytest.raises(planengine.ObservationFileError, match=r"nowhere.csv: the file cannot be read"):
        planengine.read_observations(path)


# --- byte order mark and line endings ---------------------------------------------------------------


def test_a_byte_order_mark_at_the_start_of_a_csv_file_is_ignored(tmp_path: Path) -> None:
    """Excel writes 'CSV UTF-8' with a BOM and CRLF line ends."""
    path = tmp_path / "excel.csv"
    text = HEADER + GOOD + "sme_registered,2026-06-30,71,家,,区科工局,\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    read = planengine.read_observations(path)
    assert read.problems == ()
    assert [o.metric for o in read.observations] == ["rd_spending", "sme_registered"]
    assert read.observations[1].reported_by == "区科工局"
    assert read.observations[1].note == ""  # no stray '\r'
    _assert_source(read.observations[1], path, 3)


def test_a_byte_order_mark_at_the_start_of_a_json_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    rows = [{"metric": "rd_spending", "date": "2026-06-30", "value": "51465", "unit": "万元"}]
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(rows, ensure_ascii=False).encode("utf-8"))
    read = planengine.read_observations(path)
    assert read.problems == ()
    assert read.observations[0].quantity.magnitude == Decimal("51465")


def test_a_byte_order_mark_in_csv_text_is_ignored() -> None:
    read = planengine.parse_observations("\ufeff" + HEADER + GOOD, "csv", source="excel.csv")
    assert read.problems == ()
    assert [o.metric for o in read.observations] == ["rd_spending"]


def test_a_quote_that_runs_past_its_line_is_an_error_naming_the_line(tmp_path: Path) -> None:
    """An unclosed quote swallowed every later row into one note (486 rows read as 18); now the
    file is refused at the line where the quote opens, and nothing of it is used."""
    rows = "".join(f"rd_spending,2026-0{m}-28,{m},万元,,区科工局,\n" for m in range(3, 10))
    path = _csv(tmp_path, HEADER + 'rd_spending,2026-02-28,1,万元,,区科工局,"unclosed\n' + rows)
    with pytest.raises(planengine.ObservationFileError, match=r":2: a quoted cell runs past the end of line 2"):
        planengine.read_observations(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("metric,date,value,unit,value\n", "more than once"),
        ("metric,metric,date,value,unit\n", "more than once"),
    ],
)
def test_a_repeated_column_is_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(planengine.ObservationFileError, match=message):
        planengine.read_observations(_csv(tmp_path, text + "rd_spending,2026-06-30,1,万元,2\n"))


def test_a_byte_order_mark_inside_the_file_is_a_located_problem(tmp_path: Path) -> None:
    path = _csv(tmp_path, HEADER + "\ufeffrd_spending,2026-06-30,51465,万元,,,\n")
    read = planengine.read_observations(path)
    assert read.observations == () and "byte-order mark" in _only_problem(read).message


def test_a_cell_too_long_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, HEADER + "rd_spending,2026-06-30,51465,万元,,," + "长" * 200_000 + "\n")
    with pytest.raises(planengine.ObservationFileError, match=r":2: "):
        planengine.read_observations(path)


# --- JSON -----------------------------------------------------------------------------------------------


JSON_ROWS = [
    {
        "metric": "rd_spending",
        "date": "2026-06-30",
        "value": "51465",
        "unit": "万元",
        "reported_by": "区科工局",
        "note": "快报",
    },
    {"metric": "hitech_local_tax", "date": "2026-06-30", "value": 12.4, "unit": "%", "measure": "yoy"},
    {"metric": "sme_registered", "date": "2026-06-30", "value": 71, "unit": "家"},
]


@pytest.mark.parametrize("wrapped", [False, True], ids=["list", "object"])
def test_json_list_or_object_with_observations(tmp_path: Path, wrapped: bool) -> None:
    data = {"observations": JSON_ROWS} if wrapped else JSON_ROWS
    path = tmp_path / "figures.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read = planengine.read_observations(path)
    assert read.problems == ()
    first, rate, count = read.observations
    assert (first.metric, first.reported_by, first.note) == ("rd_spending", "区科工局", "快报")
    assert str(path) in first.source and "0" in first.source
    assert rate.measure is Measure.YOY
    assert type(rate.quantity.magnitude) is Decimal and str(rate.quantity.magnitude) == "12.4"
    assert count.quantity.magnitude == Decimal(71)


def test_json_numbers_are_read_exactly() -> None:
    text = '[{"metric": "a", "date": "2026-01-31", "value": 0.1, "unit": "万元"}]'
    (obs,) = planengine.parse_observations(text, "json").observations
    assert type(obs.quantity.magnitude) is Decimal
    assert str(obs.quantity.magnitude) == "0.1"


def test_json_bad_rows_are_reported_by_index_and_the_rest_read(tmp_path: Path) -> None:
    rows = [
        JSON_ROWS[0],
        {"metric": "rd_spending", "date": "2026-07-31", "value": "lots", "unit": "万元"},
        {"metric": "rd_spending", "date": "2026-07-31", "value": 1, "unit": "万元", "colour": "red"},
        ["rd_spending", "2026-07-31", 1, "万元"],
        {"metric": "hitech_local_tax", "date": "2026-07-31", "value": 12, "unit": "家", "measure": "yoy"},
        {"metric": "rd_spending", "date": "2026-07-31", "value": 1, "unit": None},
        JSON_ROWS[2],
    ]
    path = tmp_path / "figures.json"
    path.write_text(json.dumps({"observations": rows}, ensure_ascii=False), encoding="utf-8")
    read = planengine.read_observations(path)
    indexes = [int(re.search(r"\[(\d+)\]", p.where).group(1)) for p in read.problems]  # type: ignore[union-attr]
    assert indexes == [1, 2, 3, 4, 5]
    messages = [p.message for p in read.problems]
    assert "not a number" in messages[0]
    assert "colour" in messages[1]
    assert "year-on-year" in messages[3]
    assert "unit is empty" in messages[4]
    assert all(p.file == str(path) for p in read.problems)
    assert [o.metric for o in read.observations] == ["rd_spending", "sme_registered"]


@pytest.mark.parametrize("text", ['{"rows": []}', '"figures"', "42"])
def test_json_that_is_not_a_list_of_observations_is_refused(text: str) -> None:
    with pytest.raises(planengine.ObservationFileError, match="bad.json: expected a list of observations"):
        planengine.parse_observations(text, "json", source="bad.json")


def test_parse_observations_refuses_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="xlsx"):
        planengine.parse_observations("", "xlsx")


def test_parse_observations_csv_text_matches_reading_the_file(tmp_path: Path) -> None:
    text = HEADER + GOOD + "rd_spending,2026-07-31,x,万元,,,\n"
    path = _csv(tmp_path, text)
    assert planengine.parse_observations(text, "csv", source=str(path)) == planengine.read_observations(path)


# --- entity: whose figure ---------------------------------------------------------------------------


def test_the_entity_column_says_whose_figure_it_is(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "metric,date,value,unit,entity\n"
        "rd_spending,2026-06-30,51465,万元, 430602 \n"
        "rd_spending,2026-06-30,38000,万元,yueyanglou\n"
        "rd_spending,2026-06-30,9000,万元,\n",
    )
    read = planengine.read_observations(path)
    assert read.problems == ()
    assert [(o.entity, o.quantity.magnitude) for o in read.observations] == [
        ("430602", Decimal("51465")),  # stripped
        ("yueyanglou", Decimal("38000")),
        ("", Decimal("9000")),  # an empty cell: the plan's own figure
    ]


def test_without_an_entity_column_every_figure_is_the_plans_own(tmp_path: Path) -> None:
    read = planengine.read_observations(_csv(tmp_path, HEADER + GOOD))
    assert [o.entity for o in read.observations] == [""]


@pytest.mark.parametrize(
    "name", ["地区", "区县", "县市区", "填报地区", "地区代码", "行政区划代码", "区划代码", "ENTITY"]
)
def test_the_entity_column_is_read_under_its_chinese_names_and_the_guess_is_said(tmp_path: Path, name: str) -> None:
    path = _csv(tmp_path, f"指标,日期,数值,单位,{name}\nrd_spending,2026-06-30,1,万元,430602\n")
    read = planengine.read_observations(path)
    assert [o.entity for o in read.observations] == ["430602"]
    assert f"{path}: the column {name!r} read as entity" in read.notes


def test_full_width_digits_of_an_entity_code_are_read_plain_and_said(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "指标,日期,数值,单位,行政区划代码\nrd_spending,2026-06-30,1,万元,４３０６０２\nrd_spending,2026-06-30,2,万元,岳阳楼区\n",
    )
    read = planengine.read_observations(path)
    assert [o.entity for o in read.observations] == ["430602", "岳阳楼区"]  # a name stays as written
    assert f"{path}: full-width digits in an entity read as plain digits" in read.notes


def test_the_reporting_units_names_are_not_taken_for_the_entity(tmp_path: Path) -> None:
    """填报单位 is who sent the figure (reported_by); 填报地区 is whose figure it is."""
    path = _csv(tmp_path, "指标,日期,数值,单位,填报单位,填报地区\nrd_spending,2026-06-30,1,万元,区科工局,430602\n")
    (obs,) = planengine.read_observations(path).observations
    assert (obs.reported_by, obs.entity) == ("区科工局", "430602")


def test_no_header_name_means_two_columns() -> None:
    from planengine.office import HEADER_NAMES, canonical_column

    names = [name for synonyms in HEADER_NAMES.values() for name in synonyms]
    assert len(names) == len(set(names))
    assert {canonical_column(n) for n in HEADER_NAMES["entity"]} == {"entity"}


def test_an_entity_named_twice_is_refused_at_the_header(tmp_path: Path) -> None:
    path = _csv(tmp_path, "metric,date,value,unit,entity,地区\nrd_spending,2026-06-30,1,万元,430602,430602\n")
    with pytest.raises(
        planengine.ObservationFileError, match=r":1: the header names the column\(s\) entity more than once"
    ):
        planengine.read_observations(path)


def test_a_json_row_gives_its_entity_as_text_or_number(tmp_path: Path) -> None:
    rows = [
        {"metric": "rd_spending", "date": "2026-06-30", "value": 1, "unit": "万元", "entity": 430602},
        {"metric": "rd_spending", "date": "2026-06-30", "value": 2, "unit": "万元", "entity": " 430603 "},
        {"metric": "rd_spending", "date": "2026-06-30", "value": 3, "unit": "万元", "entity": ["430602"]},
    ]
    path = tmp_path / "figures.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    read = planengine.read_observations(path)
    assert [o.entity for o in read.observations] == ["430602", "430603"]
    assert "entity holds a list" in _only_problem(read).message


def test_a_workbooks_entity_column_is_read(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标", "日期", "数值", "单位", "行政区划代码"])
    sheet.append(["rd_spending", dt.date(2026, 6, 30), 51465, "万元", 430602])  # a code typed as a number
    sheet.append(["rd_spending", dt.date(2026, 6, 30), 38000, "万元", "430603"])
    path = tmp_path / "figures.xlsx"
    workbook.save(path)
    read = planengine.read_observations(path)
    assert read.problems == ()
    assert [o.entity for o in read.observations] == ["430602", "430603"]
