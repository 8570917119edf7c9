"""Fill-in templates, end to end: template -> a unit fills it in -> record -> report as a workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import planengine
from planengine.cli import main
from planengine.templates import parse_period, template_rows

from .conftest import SEED_SPEC


@pytest.mark.parametrize(
    ("text", "label", "end"),
    [
        ("2026-06下旬", "2026年6月下旬", dt.date(2026, 6, 30)),
        ("2026-6上旬", "2026年6月上旬", dt.date(2026, 6, 10)),
        ("2026-06", "2026年6月", dt.date(2026, 6, 30)),
        ("2026-Q2", "2026年第2季度", dt.date(2026, 6, 30)),
        ("2026-06-15", "2026年6月中旬", dt.date(2026, 6, 20)),
    ],
)
def test_a_period_is_written_as_offices_name_it(text: str, label: str, end: dt.date) -> None:
    period = parse_period(text)
    assert (period.label, period.end) == (label, end)


@pytest.mark.parametrize("text", ["2026-13", "June", "2026-06末旬", "2026-02-30"])
def test_a_period_that_is_none_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_period(text)


def test_a_unit_is_asked_only_for_what_is_due_with_the_period(seed_plan: planengine.Plan) -> None:
    june_end = template_rows(seed_plan, "sti_bureau", parse_period("2026-06下旬"))
    june_mid = template_rows(seed_plan, "sti_bureau", parse_period("2026-06中旬"))
    assert {r.metric.reporter for r in june_end} == {"sti_bureau"}
    # monthly metrics are due with the month's last dekad only
    monthly = {
        m.id for m in seed_plan.metrics if m.reporter == "sti_bureau" and m.frequency is planengine.Cadence.MONTH
    }
    assert monthly <= {r.metric.id for r in june_end}
    assert not monthly & {r.metric.id for r in june_mid}


def test_the_office_cycle_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """template -> filled in (written here with openpyxl, as a unit would in Excel) -> record -> report."""
    ledger = tmp_path / "ledger.sqlite3"
    workbook_path = tmp_path / "kgj.xlsx"
    assert (
        main(
            [
                "template",
                str(SEED_SPEC),
                "--period",
                "2026-06下旬",
                "--unit",
                "区科工局",
                "-o",
                str(workbook_path),
                "--ledger",
                str(ledger),
            ]
        )
        == 0
    )
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook["填报"]
    assert sheet.protection.sheet and sheet.column_dimensions["B"].hidden  # locked, ids hidden
    header = [c.value for c in sheet[2]]
    assert header == ["序号", "指标代码", "指标说明", "日期", "数值", "单位", "上期数值", "报送单位", "备注"]
    validations = sheet.data_validations.dataValidation
    assert {v.type for v in validations} >= {"decimal"}
    rows = list(sheet.iter_rows(min_row=3))
    assert rows and all(not row[4].protection.locked and row[0].protection.locked for row in rows)
    filled = {}
    for number, row in enumerate(rows, start=1):
        metric, unit = row[1].value, row[5].value
        value = 3 if unit == "阶段" else 100 + number
        row[4].value = value
        filled[metric] = value
    workbook.save(workbook_path)

    assert main(["record", str(workbook_path), "--spec", str(SEED_SPEC), "--ledger", str(ledger)]) == 0
    out, _ = capsys.readouterr()
    assert f"{len(filled)} figures recorded" in out
    with planengine.Ledger(ledger, readonly=True) as opened:
        recorded = {o.metric: o.quantity.magnitude for o in opened.observations()}
    assert recorded == filled

    report = tmp_path / "june.xlsx"
    main(
        [
            "report",
            str(SEED_SPEC),
            "--kind",
            "monthly",
            "--as-of",
            "2026-06-30",
            "--ledger",
            str(ledger),
            "-o",
            str(report),
            "--include-submitted",  # not reviewed yet: counted only when asked
        ]
    )
    targets = openpyxl.load_workbook(report)["目标进度"]
    by_metric = {t.id: t.metric for t in planengine.load_spec(SEED_SPEC).targets}
    shown = {row[2].value: row[4].value for row in targets.iter_rows(min_row=2)}
    checked = [t for t, m in by_metric.items() if m in filled and shown.get(t) == filled[m]]
    assert checked  # the report shows the figures as the unit entered them, cell by cell


def test_a_template_left_half_filled_records_nothing_and_names_the_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    workbook_path = tmp_path / "kgj.xlsx"
    main(
        [
            "template",
            str(SEED_SPEC),
            "--period",
            "2026-06下旬",
            "--unit",
            "sti_bureau",
            "-o",
            str(workbook_path),
            "--ledger",
            str(ledger),
        ]
    )
    workbook = openpyxl.load_workbook(workbook_path)
    first = next(workbook["填报"].iter_rows(min_row=3))
    first[4].value = 5
    workbook.save(workbook_path)
    capsys.readouterr()
    assert main(["record", str(workbook_path), "--ledger", str(ledger)]) == 1
    err = capsys.readouterr().err
    assert "nothing from this file was kept" in err and "row 4: the value is empty" in err
