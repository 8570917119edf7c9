"""A report as an Excel workbook, the way offices pass bulletins on.

The header facts on a first sheet; the monthly bulletin's targets and the unit ranking as
sheets whose numbers are numbers (amounts exact, rates formatted as percentages) and whose
lights are cell colours; every other table of the report as a sheet of its own, with the
same words as the Markdown and HTML forms. Needs ``openpyxl`` (installed with planengine).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from ..lights import Light
from ..reporting import Report
from ..vocabulary import light_word, status_word
from .builder import build_document
from .document import Bar, Table, Text

__all__ = ["render_xlsx"]

#: Cell colours of the lights (soft, so the text stays readable when printed).
_FILLS = {Light.GREEN: "C8E6C9", Light.YELLOW: "FFF59D", Light.RED: "EF9A9A"}
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def render_xlsx(report: Report, lang: str = "zh") -> bytes:
    """The report as the bytes of an ``.xlsx`` workbook."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    document = build_document(report, lang)
    zh = lang == "zh"
    workbook = openpyxl.Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "概况" if zh else "Summary"
    summary.append([document.page_title])
    summary["A1"].font = Font(bold=True, size=14)
    for fact in document.facts:
        summary.append([fact.label, fact.value])
    summary.append([("目标状态" if zh else "Targets by status"), document.counts_text])
    summary.column_dimensions["A"].width = 24
    summary.column_dimensions["B"].width = 60

    def fill(light: Light | None) -> Any:
        return PatternFill("solid", fgColor=_FILLS[light]) if light is not None else None

    def sheet(title: str, header: list[str]) -> Any:
        new = workbook.create_sheet(_SHEET_NAME.sub(" ", title)[:31])
        new.append(header)
        for cell in new[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        new.freeze_panes = "A2"
        return new

    if report.targets:
        targets = sheet(
            "目标进度" if zh else "Progress by target",
            [
                "序号",
                "目标",
                "目标标识",
                "状态",
                "实际",
                "目标值",
                "单位",
                "完成率",
                "序时进度",
                "较序时进度(百分点)",
                "差距",
                "牵头单位",
                "预警",
            ]
            if zh
            else [
                "No.",
                "Target",
                "Id",
                "Status",
                "Actual",
                "Required",
                "Unit",
                "Completion",
                "Expected",
                "Against schedule (pp)",
                "Gap",
                "Lead units",
                "Light",
            ],
        )
        for line in report.targets:
            points = line.progress.shown_points if line.progress is not None else None
            targets.append(
                [
                    line.task_number,
                    line.quote,
                    line.target,
                    status_word(line.status, lang),
                    _number(line.actual),
                    _number(line.required),
                    line.unit,
                    _number(line.completion),
                    _number(line.expected),
                    _number(points),
                    _number(line.gap),
                    ("、" if zh else ", ").join(line.lead),
                    light_word(line.light, lang),
                ]
            )
            row = targets.max_row
            for column in ("H", "I"):
                targets[f"{column}{row}"].number_format = "0.0%"
            targets[f"J{row}"].number_format = "+0.0;-0.0;0.0"
            light_fill = fill(line.light)
            if light_fill is not None:
                targets[f"M{row}"].fill = light_fill
        for column, width in zip("ABCDEFGHIJKLM", (8, 40, 28, 8, 12, 12, 6, 9, 9, 10, 12, 18, 8)):
            targets.column_dimensions[column].width = width

    if report.units:
        units = sheet(
            "单位排名" if zh else "Units ranked",
            ["名次", "单位", "牵头得分", "牵头目标数", "配合得分", "配合目标数", "预警"]
            if zh
            else ["Rank", "Unit", "Lead score", "Targets led", "Support score", "Targets supported", "Light"],
        )
        for unit in report.units:
            units.append(
                [
                    unit.rank or None,
                    unit.name,
                    _score(unit.lead_score),
                    unit.lead_targets,
                    _score(unit.support_score),
                    unit.support_targets,
                    light_word(unit.light, lang),
                ]
            )
            light_fill = fill(unit.light)
            if light_fill is not None:
                units[f"G{units.max_row}"].fill = light_fill
        units.column_dimensions["B"].width = 20

    written = {"targets", "units"}
    for section in document.sections:
        for block in section.blocks:
            if not isinstance(block, Table) or block.name in written:
                continue
            written.add(block.name)
            table = sheet(section.title, [c.label for c in block.columns if not c.html_only])
            shown = [i for i, c in enumerate(block.columns) if not c.html_only]
            for row in block.rows:
                table.append([_cell(row.cells[i]) for i in shown])
            for index in range(1, len(shown) + 1):
                table.column_dimensions[get_column_letter(index)].width = 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number(value: Decimal | None) -> Decimal | None:
    return value


def _score(value: Decimal | None) -> Decimal | None:
    """A score out of 100, as the other formats show it."""
    return None if value is None else value * 100


def _cell(cell: Text | Bar) -> str:
    if isinstance(cell, Bar):
        return cell.label
    return f"{cell.badge} {cell.text}".strip() if cell.badge else cell.text
