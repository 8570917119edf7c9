"""Write examples/dekads/: a whole year of dekad-by-dekad reports for the seed plan.

A dekad (旬) is days 1-10 (上旬), 11-20 (中旬) or 21 to the month's end (下旬). The seed
plan's units report every dekad (旬简报); the metrics whose spec says ``frequency =
"month"`` are reported only in the month's last dekad, and ``frequency = "quarter"`` only
at a quarter's end. This script writes:

* ``dekads/2025.csv``: the previous year, for the growth targets (上年同期) and the
  start-of-year levels (年初, for 净增 and 入库数). The month-end values are those of
  ``make_figures.py``. The metrics reported every dekad (rd_spending,
  tech_contract_turnover, sme_registered, hitech_enterprises) also get a figure at the
  10th and 20th of each month, since a growth rate at a dekad's end compares with the same
  dekad of the previous year; the monthly metrics (hitech_local_tax, sme_loan_balance,
  district_loan_balance) stay at month ends, as they are reported.
* ``dekads/2026-MM-D.csv`` (D = 1, 2, 3 for 上旬, 中旬, 下旬): the 36 reports of 2026, each
  holding the figures the units sent for that dekad, dated at the dekad's end, with
  ``reported_by`` the reporting unit's name (the metric's ``reporter`` in the spec) and
  ``reported_at`` 1-3 days after the dekad's end (a fixed lag per unit).

Values between month ends are interpolated linearly in days from the previous month's end
(a year-to-date total starts the year at 0, a level at the previous year's end) and
rounded half up to whole numbers, so counts stay whole and cumulative totals never
decrease. The 2026 month-end figures are those of ``make_figures.py`` (read from it, not
copied) except where a scenario below deliberately differs:

1. A lagging unit: 区人社局's graduate_employment (target 不少于0.2万人) runs well behind
   序时进度 for most of the year (more than 10 percentage points behind from 2026-02-20 to
   2026-10-10, more than 30 from 2026-05-31 to 2026-07-10) and catches up with the
   graduation season, ending at 2030人 (met).
2. A correction after the fact: the 2026-06-30 tech_contract_turnover (60160万元 in the
   June 下旬 report) is re-reported by 区科工局 as 61200万元 in the July 上旬 report
   (2026-07-1.csv), with a note and reported_at 2026-07-06. July's dekads continue from the
   corrected figure.
3. A missed report: 区农业农村局 sends no new_crop_varieties figure in the May 中旬 and 下旬
   reports (no rows for 2026-05-20 and 2026-05-31); it reports again from June 上旬.

The official year-on-year rate of hitech_local_tax (measure ``yoy``, 可比口径同比) is kept
at the month ends where ``make_figures.py`` gives it. Nothing is random: the output is the
same on every run. Run ``python examples/make_dekads.py`` to regenerate the folder.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import importlib.util
import tomllib
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SPEC = HERE.parent / "specs" / "yueyanglou-sti.toml"
OUT = HERE / "dekads"
YEAR = 2026
COLUMNS = ["metric", "date", "value", "unit", "measure", "reported_by", "note", "reported_at"]

# The previous year's metrics: growth targets (上年同期) and start-of-year levels (年初).
PREVIOUS_YEAR_METRICS = [
    "rd_spending",
    "tech_contract_turnover",
    "hitech_local_tax",
    "sme_loan_balance",
    "district_loan_balance",
    "sme_registered",
    "hitech_enterprises",
]

# Days after a dekad's end that each unit sends its report (always 1-3). The previous
# year's figures were sent two days later than that.
REPORT_LAG = {"区科工局": 1, "区农业农村局": 2, "区金融办": 2, "区人才办": 2, "税务局": 3, "区人社局": 3}
PREVIOUS_YEAR_EXTRA_LAG = 2

# Scenario 1: 区人社局's month-end year-to-date totals of graduate_employment in 2026.
GRADUATES_2026 = [40, 80, 130, 180, 220, 330, 620, 1000, 1250, 1560, 1800, 2030]

# Scenario 2: the June 下旬 figure of tech_contract_turnover, corrected in the July 上旬 report.
CORRECTED_METRIC = "tech_contract_turnover"
CORRECTED_DATE = dt.date(YEAR, 6, 30)
CORRECTED_VALUE = "61200"
CORRECTION_FILE = (7, 1)  # 2026-07-1.csv
CORRECTION_REPORTED_AT = dt.date(YEAR, 7, 6)
CORRECTION_NOTE = "更正:补录6月下旬合同"

# Scenario 3: the dekads whose report lacks 区农业农村局's figure.
MISSED_METRIC = "new_crop_varieties"
MISSED_DATES = {dt.date(YEAR, 5, 20), dt.date(YEAR, 5, 31)}


def load_make_figures() -> ModuleType:
    """The sibling script make_figures.py as a module (its SERIES and YOY), without running it."""
    spec = importlib.util.spec_from_file_location("make_figures", HERE / "make_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def dekad_ends(year: int, month: int) -> list[dt.date]:
    return [dt.date(year, month, 10), dt.date(year, month, 20), month_end(year, month)]


def whole(value: Decimal) -> str:
    return str(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def interpolate(
    start: Decimal, month_ends: list[str], year: int, days: list[dt.date], anchors: dict[dt.date, str] | None = None
) -> dict[dt.date, str]:
    """Figures at ``days``: linear in days between month ends; a month end keeps its own text.

    ``start`` is the figure at the end of the previous year (0 for a year-to-date total).
    ``anchors`` replaces a month-end value as the starting point of the next month only.
    """
    out: dict[dt.date, str] = {}
    for day in days:
        month = day.month
        end = month_end(year, month)
        if day == end:
            out[day] = month_ends[month - 1]
            continue
        before = month_end(year, month - 1) if month > 1 else None
        prev = start if before is None else Decimal((anchors or {}).get(before, month_ends[month - 2]))
        cur = Decimal(month_ends[month - 1])
        out[day] = whole(prev + (cur - prev) * Decimal(day.day) / Decimal(end.day))
    return out


class Plan:
    """What the generator needs from the spec: units, metrics, reporters and frequencies."""

    def __init__(self, path: Path) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        unit_names = {u["id"]: u["name"] for u in data["units"]}
        self.metrics = [m["id"] for m in data["metrics"]]
        self.unit = {m["id"]: m["unit"] for m in data["metrics"]}
        self.reporting = {m["id"]: m["reporting"] for m in data["metrics"]}
        self.reporter = {m["id"]: unit_names[m["reporter"]] for m in data["metrics"]}
        self.frequency = {m["id"]: m.get("frequency", "dekad") for m in data["metrics"]}

    def due(self, metric: str, day: dt.date) -> bool:
        """Whether ``metric`` is reported for the dekad ending on ``day``."""
        frequency = self.frequency[metric]
        if frequency == "dekad":
            return True
        if day != month_end(day.year, day.month):
            return False
        return frequency == "month" or (frequency == "quarter" and day.month % 3 == 0)


def row(
    plan: Plan,
    metric: str,
    day: dt.date,
    value: str,
    *,
    lag: int = 0,
    measure: str = "value",
    note: str = "",
    reported_at: dt.date | None = None,
) -> list[str]:
    by = plan.reporter[metric]
    at = reported_at or day + dt.timedelta(days=REPORT_LAG[by] + lag)
    unit = "%" if measure == "yoy" else plan.unit[metric]
    return [metric, day.isoformat(), value, unit, measure, by, note, at.isoformat()]


def previous_year(plan: Plan, figures: ModuleType) -> list[list[str]]:
    year = YEAR - 1
    rows = []
    for metric in PREVIOUS_YEAR_METRICS:
        unit, reported_by, years = figures.SERIES[metric]
        assert (unit, reported_by) == (plan.unit[metric], plan.reporter[metric]), metric
        ends: list[str] = years[year]
        if plan.frequency[metric] == "dekad":
            days = [d for m in range(1, 13) for d in dekad_ends(year, m)]
        else:
            days = [month_end(year, m) for m in range(1, 13)]
        if plan.reporting[metric] == "cumulative":
            start = Decimal(0)
        else:  # a level: the end of the year before, extrapolated one month back
            start = 2 * Decimal(ends[0]) - Decimal(ends[1])
        for day, value in interpolate(start, ends, year, days).items():
            rows.append(row(plan, metric, day, value, lag=PREVIOUS_YEAR_EXTRA_LAG))
    return rows


def current_year(plan: Plan, figures: ModuleType) -> dict[dt.date, list[list[str]]]:
    """The 2026 reports: for each dekad's end, the rows of that dekad's file."""
    series: dict[str, list[str | None]] = {}
    for metric in plan.metrics:
        unit, reported_by, years = figures.SERIES[metric]
        assert (unit, reported_by) == (plan.unit[metric], plan.reporter[metric]), metric
        series[metric] = list(years[YEAR])
    series["graduate_employment"] = [str(v) for v in GRADUATES_2026]

    days = [d for m in range(1, 13) for d in dekad_ends(YEAR, m)]
    reports: dict[dt.date, list[list[str]]] = {d: [] for d in days}
    for metric in plan.metrics:
        ends = series[metric]
        due = [
            d for d in days if plan.due(metric, d) and (d != month_end(YEAR, d.month) or ends[d.month - 1] is not None)
        ]
        if plan.frequency[metric] == "dekad":
            assert all(v is not None for v in ends), metric
            full: list[str] = [v for v in ends if v is not None]
            if plan.reporting[metric] == "cumulative":
                start = Decimal(0)
            else:
                start = Decimal(figures.SERIES[metric][2][YEAR - 1][-1])
            anchors = {CORRECTED_DATE: CORRECTED_VALUE} if metric == CORRECTED_METRIC else None
            values = interpolate(start, full, YEAR, due, anchors)
        else:
            values = {d: ends[d.month - 1] for d in due}  # type: ignore[misc]
        for day, value in values.items():
            if metric == MISSED_METRIC and day in MISSED_DATES:
                continue
            reports[day].append(row(plan, metric, day, value))
        for yoy_metric, (_, months) in figures.YOY.items():
            if yoy_metric == metric:
                for month, rate in months.items():
                    day = month_end(YEAR, month)
                    reports[day].append(row(plan, metric, day, rate, measure="yoy", note="可比口径同比"))

    correction_day = dekad_ends(YEAR, CORRECTION_FILE[0])[CORRECTION_FILE[1] - 1]
    original = [r for r in reports[CORRECTED_DATE] if r[0] == CORRECTED_METRIC]
    assert len(original) == 1 and Decimal(original[0][2]) < Decimal(CORRECTED_VALUE), original
    at = next(i for i, r in enumerate(reports[correction_day]) if r[0] == CORRECTED_METRIC)
    reports[correction_day].insert(
        at,
        row(
            plan,
            CORRECTED_METRIC,
            CORRECTED_DATE,
            CORRECTED_VALUE,
            note=CORRECTION_NOTE,
            reported_at=CORRECTION_REPORTED_AT,
        ),
    )
    check(plan, reports)
    return reports


def check(plan: Plan, reports: dict[dt.date, list[list[str]]]) -> None:
    """Counts are whole, year-to-date totals never fall, and every reported_at is 1-3 days late."""
    latest: dict[str, Decimal] = {}
    for day, rows in sorted(reports.items()):
        for metric, date, value, _unit, measure, _by, note, reported_at in rows:
            if note.startswith("更正"):
                continue
            lag = (dt.date.fromisoformat(reported_at) - day).days
            assert 1 <= lag <= 3, (metric, date, reported_at)
            if measure == "value" and plan.reporting[metric] == "cumulative":
                assert Decimal(value) >= latest.get(metric, Decimal(0)), (metric, date, value)
                latest[metric] = Decimal(value)


def file_name(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}-{min((day.day - 1) // 10, 2) + 1}.csv"


def write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def outputs() -> Iterator[tuple[str, list[list[str]]]]:
    plan, figures = Plan(SPEC), load_make_figures()
    yield f"{YEAR - 1}.csv", previous_year(plan, figures)
    for day, rows in sorted(current_year(plan, figures).items()):
        yield file_name(day), rows


def main() -> None:
    OUT.mkdir(exist_ok=True)
    count = 0
    for name, rows in outputs():
        write(OUT / name, rows)
        count += 1
    print(f"wrote {count} files to {OUT}")


if __name__ == "__main__":
    main()
