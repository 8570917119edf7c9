"""Published bulletins (通报), judged again: completion, points against 序时进度 and verdict.

``../shared/conventions/bulletin_cases.json`` holds figures printed by real bulletins of
other governments: an annual target, the year-to-date figure, the completion rate, the
points ahead of or behind 序时进度 and the verdict in the bulletin's own words. Each case is
encoded as a one-target plan reported monthly and judged at the end of the bulletin's last
month; the engine must print what the bulletin printed. Published inputs are themselves
rounded (亿元 to one or two decimals), so completion and points may differ by 0.1.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

import planengine
from planengine import ScheduleVerdict, Status
from planengine.periods import month_end

from .conftest import SHARED

CASES_FILE = SHARED / "conventions" / "bulletin_cases.json"
TENTH = Decimal("0.1")


def _cases() -> list[dict[str, Any]]:
    if not CASES_FILE.is_file():
        if os.environ.get("PLANENGINE_REQUIRE_SHARED"):
            raise FileNotFoundError(f"the published cases are not at {CASES_FILE}")
        return []
    return list(json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"])


CASES = _cases()
pytestmark = pytest.mark.skipif(not CASES, reason=f"the shared conventions are not at {CASES_FILE}")


def months_reported(as_of: str) -> int:
    """The last month a bulletin's figures cover: "1-10月" is 10; "… = 2/12 (inferred)" is 2."""
    found = re.search(r"1-(\d{1,2})月", as_of) or re.search(r"(\d{1,2})/12", as_of)
    assert found, f"cannot tell the months of {as_of!r}"
    return int(found.group(1))


def verdict_of(judgement: str) -> ScheduleVerdict:
    """The bulletin's words: 快/超 ahead, 慢/短/低于 behind, 持平 level."""
    if "持平" in judgement:
        return ScheduleVerdict.LEVEL
    if re.search(r"慢|短|低于|落后", judgement):
        return ScheduleVerdict.BEHIND
    assert re.search(r"快|超", judgement), judgement
    return ScheduleVerdict.AHEAD


def judge(case: dict[str, Any]) -> planengine.Assessment:
    year_found = re.match(r"(\d{4})", case["as_of"])
    year = int(year_found.group(1)) if year_found else 2026
    unit = case["unit"]
    spec = {
        "format": 1,
        "id": "bulletin",
        "title": case["indicator"],
        "issuer": "通报",
        "year": year,
        "metrics": [
            {
                "id": "investment",
                "name": case["indicator"],
                "unit": unit,
                "reporting": "cumulative",
                "direction": "increase",
                "frequency": "month",
            }
        ],
        "targets": [
            {
                "id": "annual",
                "metric": "investment",
                "evaluator": "amount-threshold",
                "quote": f"年度目标{case['annual_target']}{unit}",
                "params": {"value": f"{case['annual_target']}{unit}"},
            }
        ],
    }
    plan = planengine.loads_spec(json.dumps(spec, ensure_ascii=False), "json")
    day = month_end(year, months_reported(case["as_of"]))
    figure = planengine.Observation("investment", day, planengine.parse_quantity(f"{case['actual_to_date']}{unit}"))
    return planengine.evaluate(plan, [figure], day).assessment("annual")


def case_id(case: dict[str, Any]) -> str:
    return f"{case['indicator']} {case['as_of']}"


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_engine_prints_what_the_bulletin_printed(case: dict[str, Any]) -> None:
    a = judge(case)
    assert a.progress is not None
    completion = (a.progress.completion * 100).quantize(TENTH, ROUND_HALF_UP)
    assert abs(completion - Decimal(str(case["completion_pct"]))) <= TENTH
    gap = Decimal(str(case["gap_pp"]))
    verdict = verdict_of(case["judgement"])
    signed = gap if verdict is ScheduleVerdict.AHEAD else -gap
    assert abs(a.progress.shown_points - signed) <= TENTH
    assert a.progress.verdict is verdict
    assert a.status is (Status.LAGGING if verdict is ScheduleVerdict.BEHIND else Status.ON_TRACK)
    share = Decimal(months_reported(case["as_of"])) / 12
    assert a.progress.share == share  # whole months, not days: "1-10月" is 10/12


def test_points_come_from_the_unrounded_rate() -> None:
    """629.0 of 647.4 by October: 97.157% − 83.333% is printed 13.8, not 97.2 − 83.3 = 13.9."""
    [case] = [c for c in CASES if c["actual_to_date"] == 629.0]
    a = judge(case)
    assert a.progress is not None
    assert a.progress.shown_points == Decimal("13.8")
    assert planengine.formatting.percent(a.progress.completion) == "97.2%"
    # the amount ahead: 629.0 − 647.4 × 10/12 = 89.5亿元
    assert a.progress.amount.quantize(TENTH, ROUND_HALF_UP) == Decimal("89.5")


def test_every_bulletin_month_is_counted_in_whole_months() -> None:
    assert sorted({months_reported(c["as_of"]) for c in CASES}) == [2, 3, 6, 9, 10]


def test_a_bulletin_verdict_and_the_engine_agree_on_level() -> None:
    """25.02% against 25% is published as 持平: level, and so on track, never 'lagging'."""
    spec = {
        "format": 1,
        "id": "p",
        "title": "t",
        "issuer": "i",
        "year": 2026,
        "metrics": [
            {
                "id": "m",
                "name": "投资",
                "unit": "亿元",
                "reporting": "cumulative",
                "direction": "increase",
                "frequency": "month",
            }
        ],
        "targets": [
            {
                "id": "t",
                "metric": "m",
                "evaluator": "amount-threshold",
                "quote": "100亿元",
                "params": {"value": "100亿元"},
            }
        ],
    }
    plan = planengine.loads_spec(json.dumps(spec, ensure_ascii=False), "json")
    march = dt.date(2026, 3, 31)
    for figure, verdict, status in (
        ("25.02亿元", ScheduleVerdict.LEVEL, Status.ON_TRACK),
        ("24.96亿元", ScheduleVerdict.LEVEL, Status.ON_TRACK),
        ("24.94亿元", ScheduleVerdict.BEHIND, Status.LAGGING),
        ("25.05亿元", ScheduleVerdict.AHEAD, Status.ON_TRACK),
    ):
        a = planengine.evaluate(
            plan, [planengine.Observation("m", march, planengine.parse_quantity(figure))], march
        ).assessment("t")
        assert a.progress is not None and (a.progress.verdict, a.status) == (verdict, status), figure
