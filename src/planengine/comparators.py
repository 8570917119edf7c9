"""How a figure is compared with a target value, in the plan's own words (以上, 超, 以内, 左右).

Public for plugin authors: an evaluator that compares a figure with a value uses
:class:`Comparator` for its ``comparator`` parameter and :func:`direction_problems` in its
spec-time check, as the built-in evaluators do.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction

from .evaluator import ParamProblem
from .model import Direction, Metric

__all__ = ["Comparator", "direction_problems"]


class Comparator(enum.Enum):
    """How a figure is compared with a target value, with the plan's own words."""

    AT_LEAST = ">="  #: 以上, 不低于, 不少于, 达到
    MORE_THAN = ">"  #: 超, 超过, 突破, 高于
    AT_MOST = "<="  #: 以内, 不超过, 最高, 控制在; the drafter writes 低于/少于 so too (the keys' vocabulary)
    LESS_THAN = "<"  #: strictly below, for a spec that means it
    BETWEEN = "between"  #: a range, 1-2项
    APPROX = "approx"  #: 左右, within a tolerance

    @property
    def is_ceiling(self) -> bool:
        return self in (Comparator.AT_MOST, Comparator.LESS_THAN)

    @property
    def is_floor(self) -> bool:
        return self in (Comparator.AT_LEAST, Comparator.MORE_THAN)

    @property
    def strict(self) -> bool:
        return self in (Comparator.MORE_THAN, Comparator.LESS_THAN)

    def holds(self, actual: Fraction | Decimal | int, bound: Fraction | Decimal | int) -> bool:
        """For the one-sided comparators: whether ``actual`` satisfies ``bound``."""
        if self is Comparator.AT_LEAST:
            return actual >= bound
        if self is Comparator.MORE_THAN:
            return actual > bound
        if self is Comparator.AT_MOST:
            return actual <= bound
        if self is Comparator.LESS_THAN:
            return actual < bound
        raise ValueError(f"{self.value} is not a one-sided comparison")

    @property
    def zh(self) -> str:
        return _ZH[self]

    @property
    def en(self) -> str:
        return _EN[self]


_ZH = {
    Comparator.AT_LEAST: "不低于",
    Comparator.MORE_THAN: "超过",
    Comparator.AT_MOST: "不超过",
    Comparator.LESS_THAN: "低于",
    Comparator.BETWEEN: "介于",
    Comparator.APPROX: "约为",
}
_EN = {
    Comparator.AT_LEAST: "at least",
    Comparator.MORE_THAN: "more than",
    Comparator.AT_MOST: "at most",
    Comparator.LESS_THAN: "less than",
    Comparator.BETWEEN: "between",
    Comparator.APPROX: "about",
}


def direction_problems(comparator: Comparator, metric: Metric | None) -> list[ParamProblem]:
    """A floor on a less-is-better metric, or a ceiling on a more-is-better one, contradicts itself."""
    if metric is None:
        return []
    if comparator.is_floor and metric.direction is Direction.DECREASE:
        return [
            ParamProblem(
                "comparator",
                f"{comparator.value!r} sets a floor, but the metric {metric.id!r} "
                f"is one where less is better (direction = 'decrease')",
            )
        ]
    if comparator.is_ceiling and metric.direction is Direction.INCREASE:
        return [
            ParamProblem(
                "comparator",
                f"{comparator.value!r} sets a ceiling, but the metric {metric.id!r} "
                f"is one where more is better (direction = 'increase')",
            )
        ]
    return []
