"""The reminder list (催报): which unit owes which figure for which period, and how late."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

import planengine
from planengine.cli import main
from planengine.reminders import due_figures

from .conftest import ROOT, SEED_SPEC

DEKADS = sorted((ROOT / "examples" / "dekads").glob("*.csv"))


@pytest.fixture(scope="module")
def figures() -> list[planengine.Observation]:
    return [obs for path in DEKADS for obs in planengine.read_observations(path).observations]


def test_the_missed_may_dekads_are_owed_and_the_running_one_is_due(
    seed_plan: planengine.Plan, figures: list[planengine.Observation]
) -> None:
    """区农业农村局 sent nothing for May 中旬 and 下旬 in the example year."""
    owed = due_figures(seed_plan, figures, dt.date(2026, 5, 31))
    assert [(d.reporter_name, d.metric, d.period_label, d.overdue_days) for d in owed] == [
        ("区农业农村局", "new_crop_varieties", "2026年5月中旬", 11),  # due 20 May: 11 days late on the 31st
        ("区农业农村局", "new_crop_varieties", "2026年5月下旬", 0),  # due today
    ]
    assert [d.overdue for d in owed] == [True, False]


def test_nothing_is_owed_once_every_figure_is_in(
    seed_plan: planengine.Plan, figures: list[planengine.Observation]
) -> None:
    assert due_figures(seed_plan, figures, dt.date(2026, 4, 30)) == ()


def test_with_no_figures_every_period_so_far_is_owed(seed_plan: planengine.Plan) -> None:
    owed = due_figures(seed_plan, [], dt.date(2026, 1, 15))
    reporting = [m for m in seed_plan.metrics if m.reporter is not None]
    # a dekad metric owes 1-10 January (5 days late) and 11-20 January (due); a monthly or
    # quarterly one owes its running period only
    dekads = sum(seed_plan.reporting_cadence(m) is planengine.Cadence.DEKAD for m in reporting)
    assert len(owed) == 2 * dekads + (len(reporting) - dekads)
    assert {d.overdue_days for d in owed} == {5, 0}


def test_the_command_writes_text_json_and_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    assert main(["record", *map(str, DEKADS), "--ledger", str(ledger)]) == 0
    capsys.readouterr()
    base = ["due", str(SEED_SPEC), "--as-of", "2026-05-31", "--ledger", str(ledger)]
    assert main(base) == 0
    text = capsys.readouterr().out
    assert "共2项未报" in text and "选育新品种数  2026年5月中旬  应报日期2026-05-20  逾期11天" in text
    assert main([*base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["overdue_days"] for d in data["due"]] == [11, 0]
    workbook_path = tmp_path / "due.xlsx"
    assert main([*base, "-o", str(workbook_path)]) == 0
    sheet = openpyxl.load_workbook(workbook_path).active
    assert sheet is not None
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    assert rows[0] == ("报送单位", "指标", "指标标识", "期次", "应报日期", "逾期天数")
    assert rows[1][0] == "区农业农村局" and rows[1][3] == "2026年5月中旬" and rows[1][5] == 11
    assert sheet.cell(row=3, column=1).fill.fgColor.rgb.endswith("F8D7DA")  # the overdue row is red
    assert main([*base, "--format", "xlsx"]) == 1  # a workbook needs a file
    assert "needs a file" in capsys.readouterr().err


def test_an_official_rate_does_not_stand_for_the_figure(seed_plan: planengine.Plan) -> None:
    rate = planengine.Observation(
        "hitech_local_tax", dt.date(2026, 1, 10), planengine.parse_quantity("9%"), planengine.Measure.YOY
    )
    owed = {(d.metric, d.period_label) for d in due_figures(seed_plan, [rate], dt.date(2026, 1, 15))}
    assert ("hitech_local_tax", "2026年1月上旬") in owed or ("hitech_local_tax", "2026年1月") in owed


def test_due_never_writes_over_the_ledger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    main(["record", str(DEKADS[0]), "--ledger", str(ledger)])
    before = ledger.read_bytes()
    assert main(["due", str(SEED_SPEC), "--as-of", "2026-01-15", "--ledger", str(ledger), "-o", str(ledger)]) == 1
    assert "one of this command's inputs" in capsys.readouterr().err and ledger.read_bytes() == before
