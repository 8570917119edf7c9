"""Files as offices send them: every encoding, header form, date form, number form, title rows,
blank rows and trailing remarks, in CSV and in Excel; each with the reading expected of it, or
the located error.

The same three figures are written every way a unit's office writes them; each file must
read back to exactly those figures, saying what it guessed, or be refused where it is wrong.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import planengine
from planengine import Observation

from .conftest import SEED_SPEC

SEED = planengine.load_spec(SEED_SPEC)
METRICS = {m.id: m for m in SEED.metrics}

#: The three figures every file states: (metric id, Chinese name, date, value, unit).
FIGURES = (
    ("rd_spending", "全社会研发经费投入", dt.date(2026, 6, 30), Decimal("51465.5"), "万元"),
    ("sme_registered", "科技型中小企业入库数", dt.date(2026, 6, 30), Decimal(74), "家"),
    ("tech_contract_turnover", "技术合同成交额", dt.date(2026, 5, 31), Decimal("1234567.25"), "万元"),
)
EXPECTED = [(m, d, v, u) for m, _, d, v, u in FIGURES]

HEADERS = {
    "english": ("metric", "date", "value", "unit"),
    "chinese": ("指标", "日期", "数值", "单位"),
    "synonyms": ("指标名称", "统计日期", "完成值", "计量单位"),
    "bracketed": ("指标", "截至日期", "数值(万元/家)", "单位"),
}
DATES: dict[str, Callable[[dt.date], str]] = {
    "iso": dt.date.isoformat,
    "slashes": lambda d: f"{d.year}/{d.month}/{d.day}",
    "dots": lambda d: f"{d.year}.{d.month}.{d.day}",
    "chinese": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "full-width": lambda d: d.isoformat().translate(str.maketrans("0123456789-", "０１２３４５６７８９－")),
}
NUMBERS: dict[str, Callable[[Decimal], str]] = {
    "plain": str,
    "thousands": lambda v: f"{v:,}",
    "full-width": lambda v: str(v).translate(str.maketrans("0123456789.", "０１２３４５６７８９．")),
}


def reading(read: planengine.ObservationFile) -> list[tuple[str, dt.date, Decimal, str]]:
    return [(o.metric, o.date, o.quantity.magnitude, o.quantity.unit.symbol) for o in read.observations]


def table(
    header: str,
    date: str,
    number: str,
    *,
    names: bool = False,
    title: bool = False,
    blanks: bool = False,
    remark: bool = False,
    row_numbers: bool = False,
) -> list[list[str]]:
    rows = [[*(["序号"] if row_numbers else []), *HEADERS[header]]]
    for i, (metric, name, day, value, unit) in enumerate(FIGURES, start=1):
        rows.append(
            [
                *([str(i)] if row_numbers else []),
                name if names else metric,
                DATES[date](day),
                NUMBERS[number](value),
                unit,
            ]
        )
        if blanks:
            rows.append([""] * len(rows[0]))
    if title:
        rows = [["岳阳楼区科技创新指标填报表", "", "", ""], ["填报单位:区科工局", "", "", ""], *rows]
    if remark:
        rows += [["填表人:张三", "", "", ""], ["注:数据为年内累计数", "", "", ""]]
    return rows


def csv_text(rows: list[list[str]]) -> str:
    return "".join(",".join(f'"{c}"' if "," in c else c for c in row) + "\r\n" for row in rows)


CSV_CASES = [
    pytest.param(header, date, number, encoding, id=f"csv-{header}-{date}-{number}-{encoding}")
    for (header, date, number), encoding in zip(
        itertools.product(HEADERS, DATES, NUMBERS), itertools.cycle(["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
    )
]


@pytest.mark.parametrize(("header", "date", "number", "encoding"), CSV_CASES)
def test_a_csv_in_every_form_reads_to_the_same_figures(
    header: str, date: str, number: str, encoding: str, tmp_path: Path
) -> None:
    rows = table(header, date, number, title=date == "dots", blanks=number == "thousands", remark=header == "synonyms")
    if number == "full-width" and encoding in ("gbk", "gb18030"):
        pass  # full-width digits exist in GBK too
    path = tmp_path / "figures.csv"
    path.write_bytes(csv_text(rows).encode(encoding))
    read = planengine.read_observations(path, METRICS)
    assert read.problems == ()
    assert reading(read) == EXPECTED
    notes = " | ".join(read.notes)
    assert ("GB18030" in notes) is (encoding in ("gbk", "gb18030"))
    assert ("UTF-16" in notes) is (encoding == "utf-16")
    assert ("read as YYYY-MM-DD" in notes) is (date != "iso")
    assert ("read as a title" in notes) is (date == "dots")
    assert ("read as a remark" in notes) is (header == "synonyms")
    if header != "english":
        assert "read as metric" in notes


XLSX_CASES = [
    pytest.param(header, names, title, remark, id=f"xlsx-{header}-{'names' if names else 'ids'}-{title}-{remark}")
    for header, names, title, remark in itertools.product(HEADERS, (False, True), (False, True), (False, True))
]


@pytest.mark.parametrize(("header", "names", "title", "remark"), XLSX_CASES)
def test_a_workbook_reads_to_the_same_figures(
    header: str, names: bool, title: bool, remark: bool, tmp_path: Path
) -> None:
    """Cells as Excel stores them: numbers as numbers, dates as dates, a merged title, remarks."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    if title:
        sheet.append(["岳阳楼区科技创新指标填报表"])
        sheet.merge_cells("A1:E1")
    sheet.append(["序号", *HEADERS[header]])
    for i, (metric, name, day, value, unit) in enumerate(FIGURES, start=1):
        sheet.append([i, name if names else metric, day, float(value) if i != 2 else int(value), unit])
    if remark:
        sheet.append(["填表人:张三"])
    path = tmp_path / "figures.xlsx"
    workbook.save(path)
    read = planengine.read_observations(path, METRICS)
    assert read.problems == ()
    assert reading(read) == EXPECTED
    notes = " | ".join(read.notes)
    assert ("(its name)" in notes) is names
    assert ("read as a title" in notes) is title


@pytest.mark.parametrize(
    ("rows", "where", "message"),
    [
        ([["指标", "日期", "数值", "单位"], ["rd_spending", "30/06/2026", "1", "万元"]], "line 2", "YYYY-MM-DD"),
        ([["指标", "日期", "数值", "单位"], ["研发经费投入", "2026-06-30", "1", "万元"]], "line 2", "did you mean"),
        ([["指标", "日期", "数值", "单位"], ["rd_spending", "2026-06-30", "1 234", "万元"]], "line 2", "not a number"),
        ([["指标", "日期", "数值", "单位"], ["rd_spending", "2026-06-30", "1", ""]], "line 2", "unit is empty"),
    ],
)
def test_what_cannot_be_read_without_a_guess_is_a_located_row_problem(
    rows: list[list[str]], where: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "figures.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    read = planengine.read_observations(path, METRICS)
    assert read.observations == ()
    [problem] = read.problems
    assert problem.where == where and message in problem.message, problem


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("指标,指标代码,日期,数值,单位\n", "names the column(s) metric more than once"),
        ("指标,日期,数值,单位,负责人\n", "does not read: 负责人"),
        ("岳阳楼区填报表\n,,,\n", "no header names the columns"),
        ("指标,日期,单位\n", "lacks the column(s) value"),
    ],
)
def test_an_ambiguous_or_unreadable_header_is_refused_at_its_line(text: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text(text + "rd_spending,2026-06-30,1,万元\n", encoding="utf-8")
    with pytest.raises(planengine.ObservationFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        planengine.read_observations(path, METRICS)


def test_a_workbook_with_another_name_is_said_to_be_one(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    path = tmp_path / "figures.csv"
    workbook.save(path)
    with pytest.raises(planengine.ObservationFileError, match="workbook .* rename it to .xlsx"):
        planengine.read_observations(path)


def test_the_corpus_is_at_least_fifty_files() -> None:
    assert len(CSV_CASES) + len(XLSX_CASES) + 4 + 4 + 1 >= 50


def test_a_recorded_workbook_is_judged_like_any_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planengine.cli import main

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标", "日期", "数值", "单位"])
    sheet.append(["科技型中小企业入库数", dt.date(2026, 6, 30), 74, "家"])
    path = tmp_path / "units.xlsx"
    workbook.save(path)
    ledger = tmp_path / "ledger.sqlite3"
    assert main(["record", str(path), "--spec", str(SEED_SPEC), "--ledger", str(ledger)]) == 0
    out, err = capsys.readouterr()
    assert "1 figure recorded" in out and "read as 'sme_registered' (its name)" in err
    with planengine.Ledger(ledger, readonly=True) as opened:
        [figure] = opened.observations()
    assert isinstance(figure, Observation) and (figure.metric, figure.quantity.magnitude) == (
        "sme_registered",
        Decimal(74),
    )


def test_a_formula_cell_reads_as_excel_shows_it(tmp_path: Path) -> None:
    """Found in review: =0.1+0.2 is stored as 0.30000000000000004, which the 10-place limit refused."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["指标", "日期", "数值", "单位"])
    sheet.append(["rd_spending", dt.date(2026, 6, 30), 0.1 + 0.2, "万元"])
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    read = planengine.read_observations(path)
    assert read.problems == () and read.observations[0].quantity.magnitude == Decimal("0.3")


def test_excels_unicode_text_is_tab_separated_and_read(tmp_path: Path) -> None:
    path = tmp_path / "figures.txt"
    path.write_bytes("指标\t日期\t数值\t单位\r\nrd_spending\t2026-06-30\t51465.5\t万元\r\n".encode("utf-16"))
    read = planengine.read_observations(path)
    assert reading(read) == [("rd_spending", dt.date(2026, 6, 30), Decimal("51465.5"), "万元")]
