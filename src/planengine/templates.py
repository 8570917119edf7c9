"""Fill-in templates (填报模板): a workbook per unit listing exactly what it must report.

For a period (a dekad, a month, a quarter), each unit gets one row per metric it reports
whose frequency has a period ending then: the metric's Chinese name, unit, the period, the
last figure it reported, and an empty value cell that accepts only a number (for a
milestone's 阶段, only a stage 0-3). Everything else is locked, and the metric's id sits in
a hidden column, so a filled-in workbook reads back without a guess: ``planengine record``
and ``evaluate`` read it like any other file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable

import attrs

from .model import Metric, Plan
from .observations import Measure, Observation
from .periods import Cadence, Period

__all__ = ["TemplateRow", "parse_period", "template_rows", "template_workbook"]

#: The sheet a template's rows are on; the observation reader looks for it by this name.
SHEET = "填报"
#: The columns of a template, as the reader understands them (说明 columns are left aside).
COLUMNS = ("序号", "指标代码", "指标说明", "日期", "数值", "单位", "上期数值", "报送单位", "备注")
_STAGES = "0 未启动,1 推进中,2 取得实质性进展,3 已完成"

_PERIOD = re.compile(r"^(\d{4})-(\d{1,2})(上旬|中旬|下旬)?$|^(\d{4})-Q([1-4])$|^(\d{4})-(\d{1,2})-(\d{1,2})$")


@attrs.frozen
class TemplateRow:
    """One figure a unit must report for the period."""

    metric: Metric
    period: Period
    last: Observation | None  #: the latest figure it reported before the period


def parse_period(text: str) -> Period:
    """A period written ``2026-06下旬`` (a dekad), ``2026-06`` (a month), ``2026-Q2`` or a day in it."""
    match = _PERIOD.match(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a period: write 2026-06下旬, 2026-06, 2026-Q2 or 2026-06-30")
    if match.group(1):
        year, month, dekad = int(match.group(1)), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12:
            raise ValueError(f"{text!r}: there is no month {month}")
        if dekad:
            first = {"上旬": 1, "中旬": 11, "下旬": 21}[dekad]
            return Period.containing(dt.date(year, month, first), Cadence.DEKAD)
        return Period.containing(dt.date(year, month, 1), Cadence.MONTH)
    if match.group(4):
        return Period.containing(dt.date(int(match.group(4)), 3 * int(match.group(5)) - 2, 1), Cadence.QUARTER)
    try:
        within = dt.date(int(match.group(6)), int(match.group(7)), int(match.group(8)))
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None
    return Period.containing(within, Cadence.DEKAD)


def template_rows(
    plan: Plan, unit: str, period: Period, observations: Iterable[Observation] = ()
) -> tuple[TemplateRow, ...]:
    """What ``unit`` (an id) must report for the reporting periods that end with ``period``."""
    figures = [obs for obs in observations if obs.measure is Measure.VALUE]
    rows = []
    for metric in plan.metrics:
        if metric.reporter != unit:
            continue
        due = Period.containing(period.end, plan.reporting_cadence(metric))
        if due.end == period.end:  # the metric's own period ends with this one: it is due now
            earlier = [obs for obs in figures if obs.metric == metric.id and obs.date < due.start]
            rows.append(TemplateRow(metric, due, max(earlier, key=lambda obs: obs.date, default=None)))
    return tuple(rows)


def template_workbook(plan: Plan, unit: str, period: Period, rows: tuple[TemplateRow, ...]) -> bytes:
    """The fill-in workbook of ``unit`` for ``period``, as the bytes of an ``.xlsx``."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    name = next((u.name for u in plan.units if u.id == unit), unit)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append([f"{plan.title} 填报表 · {name} · {period.label}(截至{period.end.isoformat()})"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(COLUMNS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    numbers = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1000000000000",
        formula2="1000000000000",
        showErrorMessage=True,
        errorTitle="只能填写数字",
        error="请填写数字(不带单位)",
    )
    stages = DataValidation(
        type="list",
        formula1='"0,1,2,3"',
        showErrorMessage=True,
        showInputMessage=True,
        promptTitle="阶段",
        prompt=_STAGES,
        errorTitle="只能填写阶段",
        error=_STAGES,
    )
    sheet.add_data_validation(numbers)
    sheet.add_data_validation(stages)
    editable = PatternFill("solid", fgColor="FFF9C4")
    for index, row in enumerate(rows, start=1):
        last = "" if row.last is None else f"{row.last.quantity}({row.last.date.isoformat()})"
        sheet.append(
            [index, row.metric.id, row.metric.name, row.period.end, None, row.metric.unit.symbol, last, name, None]
        )
        number = sheet.max_row
        sheet.cell(number, 4).number_format = "yyyy-mm-dd"
        for column in (5, 9):  # 数值 and 备注 are the unit's to fill
            cell = sheet.cell(number, column)
            cell.protection = Protection(locked=False)
            cell.fill = editable
        (stages if row.metric.unit.dimension == "stage" else numbers).add(sheet.cell(number, 5))
    sheet.column_dimensions["B"].hidden = True  # the metric's id: read back, never retyped
    for letter, width in zip("ACDEFGHI", (6, 40, 12, 14, 8, 22, 14, 24)):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True  # only the yellow cells can be changed
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
