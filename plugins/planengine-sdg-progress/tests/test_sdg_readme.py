"""The README's example spec loads and judges as the README says; its API example holds."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from planengine_sdg_progress import Category, measure_progress

import planengine
from planengine import Direction, Observation, Status, parse_quantity

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_example_spec(registry: planengine.EvaluatorRegistry) -> None:
    spec = next(block for block in _blocks("toml") if block.startswith("format = 1"))
    plan = planengine.loads_spec(spec, registry=registry)
    figures = [
        Observation("hitech", dt.date(2023, 12, 31), parse_quantity("100家")),
        Observation("hitech", dt.date(2026, 6, 30), parse_quantity("121家")),
    ]
    assessment = (
        planengine.compile_plan(plan, registry).evaluate(figures, dt.date(2026, 6, 30)).assessment("hitech-2030")
    )
    assert assessment.status is Status.ON_TRACK
    text = README.read_text(encoding="utf-8")
    assert f"> {assessment.explanation.zh}" in text
    numbers = (assessment.actual, assessment.required, assessment.completion, assessment.expected, assessment.gap)
    assert numbers == (Decimal("6.56"), Decimal("5.96"), Decimal("1.1001"), Decimal("0.95"), Decimal(0))


def test_the_api_example() -> None:
    r = measure_progress(2015, Decimal("14.5"), 2019, Decimal("10.1"), Decimal("7.25"), 2030, Direction.DECREASE)
    assert r.category is Category.SUBSTANTIAL_PROGRESS and r.status == "substantial_progress"
    assert (r.observed_cagr, r.required_cagr, r.progress_value) == (
        Decimal("-0.086437"),
        Decimal("-0.045158"),
        Decimal("1.914092"),
    )
    assert r.score == Decimal("5.0000")
