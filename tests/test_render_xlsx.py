"""The bulletin as a workbook: read back cell by cell, numbers as numbers and lights as colours."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import planengine
from planengine.cli import main
from planengine.lights import Light
from planengine.render import render, render_xlsx
from planengine.reporting import ReportKind, build_report

from .conftest import ROOT, SEED_SPEC

DEKADS = sorted((ROOT / "examples" / "dekads").glob("*.csv"))
FILLS = {Light.GREEN: "C8E6C9", Light.YELLOW: "FFF59D", Light.RED: "EF9A9A"}


@pytest.fixture(scope="module")
def june() -> planengine.Report:
    figures = [obs for path in DEKADS for obs in planengine.read_observations(path).observations]
    return build_report(
        planengine.compile_plan(planengine.load_spec(SEED_SPEC)), figures, dt.date(2026, 6, 30), ReportKind.MONTHLY
    )


def test_every_target_row_reads_back_cell_by_cell(june: planengine.Report) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(june)))
    assert workbook.sheetnames[:3] == ["概况", "目标进度", "单位排名"]
    sheet = workbook["目标进度"]
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(june.targets) == 34
    for row, line in zip(rows, june.targets):
        cells = [c.value for c in row]
        assert (cells[0], cells[1], cells[2]) == (line.task_number, line.quote, line.target)
        for index, value in ((4, line.actual), (5, line.required), (7, line.completion), (10, line.gap)):
            if value is None:
                assert cells[index] is None
            else:  # a number, not text: Excel holds it as a double
                assert isinstance(cells[index], (int, float)) and abs(Decimal(str(cells[index])) - value) < Decimal(
                    "1e-9"
                )
        assert row[7].number_format == "0.0%"
        if line.light is not None:
            assert row[12].fill.fgColor.rgb.endswith(FILLS[line.light])
    graduates = next(r for r in rows if r[2].value == "talent.introduction.graduates")
    assert (graduates[3].value, graduates[4].value, graduates[5].value, graduates[9].value) == (
        "滞后",
        330,
        2000,
        -33.5,
    )


def test_the_unit_ranking_and_the_other_tables_are_sheets(june: planengine.Report) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(render(june, "xlsx", "en")))
    assert workbook.sheetnames[:3] == ["Summary", "Progress by target", "Units ranked"]
    units = [tuple(c.value for c in row) for row in workbook["Units ranked"].iter_rows(min_row=2)]
    first = june.units[0]
    assert units[0][:2] == (1, first.name) and abs(Decimal(str(units[0][2])) - first.lead_score * 100) < Decimal("1e-9")  # type: ignore[operator]
    assert any(name.endswith("Warnings") for name in workbook.sheetnames)


def test_the_command_writes_a_workbook_by_its_name_and_refuses_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    main(["record", *map(str, DEKADS), "--ledger", str(ledger), "--accept"])
    base = ["report", str(SEED_SPEC), "--kind", "monthly", "--as-of", "2026-06-30", "--ledger", str(ledger)]
    assert main([*base, "-o", str(tmp_path / "june.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "june.xlsx")["目标进度"].max_row == 35
    capsys.readouterr()
    assert main([*base, "--format", "xlsx"]) == 1
    assert "needs a file" in capsys.readouterr().err
