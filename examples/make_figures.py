"""Write examples/figures.csv: month-end figures of the seed plan for 2025 and 2026.

The figures are illustrative, with magnitudes of a district of this size, shaped so the
example shows every kind of status: on track and lagging at mid-year, met and missed at the
year's end, a boundary (超5000万元 with exactly 5000), an official year-on-year rate that
differs from the one computed from levels, and growth against another metric's growth.
Run ``python examples/make_figures.py`` to regenerate the file.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

# Share of a year-to-date total reached by each month's end: slow in winter, fast at year end.
CURVE = ["0.05", "0.11", "0.20", "0.28", "0.37", "0.47", "0.55", "0.63", "0.72", "0.81", "0.90", "1.00"]

# metric: (unit, reported_by, {year: twelve month-end values}) ; None = not reported that month
SERIES: dict[str, tuple[str, str, dict[int, list[str | None]]]] = {}


def curve(total: str) -> list[str | None]:
    return [str((Decimal(total) * Decimal(share)).quantize(Decimal(1))) for share in CURVE]


def add(metric: str, unit: str, reported_by: str, **years: list[str | None]) -> None:
    SERIES[metric] = (unit, reported_by, {int(y[1:]): values for y, values in years.items()})


def ints(*values: int | None) -> list[str | None]:
    return [None if v is None else str(v) for v in values]


def month_ends(year: int) -> list[dt.date]:
    return [dt.date(year, m, calendar.monthrange(year, m)[1]) for m in range(1, 13)]


add("rd_spending", "万元", "区科工局", y2025=curve("98000"), y2026=curve("109500"))
add("tech_contract_turnover", "万元", "区科工局", y2025=curve("115000"), y2026=curve("128000"))
add(
    "sme_registered",
    "家",
    "区科工局",
    y2025=ints(50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 62),
    y2026=ints(63, 65, 67, 69, 71, 74, 76, 78, 80, 82, 84, 86),
)
add("new_hitech_enterprises", "家", "区科工局", y2026=ints(0, 0, 1, 1, 2, 4, 5, 6, 7, 8, 10, 12))
add(
    "hitech_enterprises",
    "家",
    "区科工局",
    y2025=ints(90, 90, 91, 92, 93, 93, 94, 95, 96, 96, 97, 98),
    y2026=ints(98, 98, 99, 100, 101, 103, 104, 105, 106, 107, 108, 109),
)
add("new_platforms_city_plus", "个", "区科工局", y2026=ints(0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2))
add(
    "hitech_value_added",
    "万元",
    "区科工局",
    y2026=ints(900, 1800, 2900, 3900, 4900, 5900, 6900, 7900, 8900, 10000, 11200, 12600),
)
add("major_projects", "项", "区科工局", y2026=ints(0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2))
add("new_crop_varieties", "个", "区农业农村局", y2026=ints(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1))
add("hitech_local_tax", "万元", "税务局", y2025=curve("8200"), y2026=curve("9061"))
add("new_specialised_smes", "家", "区科工局", y2026=ints(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
add(
    "knowledge_credit_loans",
    "万元",
    "区金融办",
    y2026=ints(300, 650, 1000, 1500, 2000, 2600, 3000, 3400, 3900, 4300, 4700, 5000),
)
add(
    "sme_loan_balance",
    "万元",
    "区金融办",
    y2025=ints(178000, 179500, 181000, 182500, 184000, 185000, 187000, 189000, 191000, 193000, 194500, 196000),
    y2026=ints(198000, 201000, 204500, 208000, 211000, 214000, 215500, 216500, 217500, 218500, 219800, 221000),
)
add(
    "district_loan_balance",
    "万元",
    "区金融办",
    y2025=ints(
        4150000, 4160000, 4175000, 4185000, 4195000, 4200000, 4215000, 4230000, 4250000, 4265000, 4280000, 4300000
    ),
    y2026=ints(
        4320000, 4340000, 4380000, 4410000, 4450000, 4480000, 4500000, 4520000, 4545000, 4570000, 4595000, 4620000
    ),
)
add("new_provincial_platforms", "家", "区科工局", y2026=ints(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1))
add("new_city_platforms", "家", "区科工局", y2026=ints(0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1))
add("leading_talents", "名", "区人才办", y2026=ints(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
add("young_talents", "名", "区人才办", y2026=ints(0, 0, 1, 1, 2, 3, 3, 3, 4, 5, 5, 6))
add("innovation_teams", "个", "区人才办", y2026=ints(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1))
add("talents_introduced", "人", "区人才办", y2026=ints(0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2))
add("postdocs", "名", "区人才办", y2026=ints(0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2))
add(
    "graduate_employment", "人", "区人社局", y2026=ints(60, 130, 220, 330, 450, 880, 1350, 1600, 1780, 1920, 2050, 2150)
)
add(
    "talent_subsidy_share",
    "%",
    "区人才办",
    y2026=[None, None, "15.0", None, None, "18.5", None, None, "19.0", None, None, "19.2"],
)

# Milestones, reported monthly as a stage (阶段): 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成.
for stage_metric, stages in {
    "innovative_district_stage": "111112222223",
    "breakthrough_stage": "011111111122",
    "results_stage": "111111222222",
    "brands_stage": "111111111112",
    "platform_stage": "000111113333",
    "scenario_stage": "001111122223",
    "new_products_stage": "011133333333",
    "sealing_centre_stage": "111111112222",
    "germplasm_stage": "000000011111",
    "demo_base_stage": "011112222333",
    "dongting_lab_stage": "001111222223",
}.items():
    add(stage_metric, "阶段", "区科工局", y2026=list(stages))

# The official year-on-year rate of local tax from high-tech enterprises, on a comparable
# scope (可比口径); it differs from the 10.5% that the levels give.
YOY = {"hitech_local_tax": ("税务局", {6: "12.4", 12: "9.6"})}


def rows() -> list[list[str]]:
    out = []
    for metric, (unit, reported_by, years) in SERIES.items():
        for year, values in sorted(years.items()):
            for day, value in zip(month_ends(year), values):
                if value is not None:
                    out.append([metric, day.isoformat(), value, unit, "value", reported_by, ""])
    for metric, (reported_by, months) in YOY.items():
        for month, rate in months.items():
            day = month_ends(2026)[month - 1]
            out.append([metric, day.isoformat(), rate, "%", "yoy", reported_by, "可比口径同比"])
    return out


def main() -> None:
    path = Path(__file__).with_name("figures.csv")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["metric", "date", "value", "unit", "measure", "reported_by", "note"])
        writer.writerows(rows())
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
