"""The methodology in binary floating point, the way the reference computes it.

A test oracle only: it follows the formulas of sdg-build's ``SeriesProgress`` (growth as
``(v1 / v0) ** (1 / years) - 1``, the ratio, the thresholds, the limit's factor) with
Python floats, so the tests can show where float and exact arithmetic agree and the few
threshold cases where they do not. The plugin itself never uses it.
"""

from __future__ import annotations

from decimal import Decimal


def growth(current: float, base: float, years: float) -> float:
    return float((current / base) ** (1 / years) - 1)


def coefficient(base: float, limit: float | None) -> float:
    if limit is None:
        return 1.0
    y0, lim = abs(base), abs(limit)
    if y0 >= 2 * lim:
        return 1.0
    x = y0 / lim if y0 <= lim else (2 * lim - y0) / lim
    return float(1 - x**4.44)


def progress_value(
    base_year: int,
    base: Decimal,
    current_year: int,
    current: Decimal,
    target: Decimal | None,
    target_year: int,
    increase: bool,
    limit: Decimal | None = None,
) -> tuple[float, tuple[float, ...]]:
    """The progress value and the (high, med, low) thresholds, in floats."""
    d = 1 if increase else -1
    s = -1 if base < 0 else 1
    observed = growth(float(current), float(base), current_year - base_year)
    if target is None:
        c = coefficient(float(base), None if limit is None else float(limit))
        return s * d * observed, (0.015 * c, 0.005 * c, 0.0)
    required = growth(float(target), float(base), target_year - base_year)
    return s * d * observed / abs(required), (0.95, 0.6, 0.0)


def status(
    base_year: int,
    base: Decimal,
    current_year: int,
    current: Decimal,
    target: Decimal | None,
    target_year: int,
    increase: bool,
    limit: Decimal | None = None,
) -> str:
    if target is not None and (current >= target if increase else current <= target):
        return "target_achieved"
    value, (high, med, low) = progress_value(
        base_year, base, current_year, current, target, target_year, increase, limit
    )
    if value >= high:
        return "substantial_progress"
    if value >= med:
        return "moderate_progress"
    if value >= low:
        return "limited_progress"
    return "deterioration"


def status_from_score(value: float, achieved: bool = False) -> str:
    """The indicator-level status the reference derives from a target series' score, with its
    rounded slopes (7.1429, 4.2857, 4.1667), for one series."""
    if achieved:
        return "target_achieved"
    score = min(7.1429 * value - 4.2857, 5.0) if value >= 0.6 else max(4.1667 * value - 2.5, -5.0)
    if score >= 2.5:
        return "substantial_progress"
    if score >= 0:
        return "moderate_progress"
    if score >= -2.5:
        return "limited_progress"
    return "deterioration"
