"""Hypothesis strategies for planengine, for property tests of plans, rules and figures.

Downstream projects use them to test their own specs and evaluators::

    from hypothesis import given
    from planengine import testing

    @given(testing.plans())
    def test_my_tool_reads_any_plan(plan):
        ...

Every strategy draws valid objects: plans pass the spec checks and dump to specs that load
back equal, quantities are exact ``Decimal`` amounts in known units, figures are dated
within the plan year. This module needs ``hypothesis`` (the ``test`` extra).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from .comparators import Comparator
from .evaluators.growth import GrowthParams
from .evaluators.threshold import Basis, ThresholdParams
from .model import Direction, Metric, OrgUnit, Plan, Reporting, Target, Task
from .observations import Observation
from .quantities import Quantity, Unit, known_units, unit

__all__ = [
    "COUNT_UNITS",
    "AMOUNT_UNITS",
    "dates",
    "figures",
    "identifiers",
    "metrics",
    "plans",
    "quantities",
    "restated",
    "targets",
    "texts",
]

#: Units counted in whole things, for count-threshold targets.
COUNT_UNITS = ("家", "个", "项", "人", "名", "万人")
#: Units of amounts, for amount-threshold targets.
AMOUNT_UNITS = ("元", "万元", "亿元", "%", "亩")


def identifiers() -> st.SearchStrategy[str]:
    """Ids as specs use them: short, lower-case, with dots and dashes."""
    return st.text(alphabet="abcdefghijklmnopqrstuvwxyz-.", min_size=1, max_size=8)


def texts(max_size: int = 12) -> st.SearchStrategy[str]:
    """Any printable text, Chinese included (names, titles, quotes)."""
    return st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=max_size)


def dates(year: int) -> st.SearchStrategy[dt.date]:
    """A day of the plan year."""
    return st.dates(min_value=dt.date(year, 1, 1), max_value=dt.date(year, 12, 31))


def quantities(
    of: Unit | str, *, min_value: Decimal | int = 0, max_value: Decimal | int = 10**9, places: int = 2
) -> st.SearchStrategy[Quantity]:
    """Exact amounts in the unit ``of`` (a ``Unit`` or its symbol)."""
    target = unit(of) if isinstance(of, str) else of
    magnitudes = st.decimals(
        min_value=min_value, max_value=max_value, places=places, allow_nan=False, allow_infinity=False
    )
    return magnitudes.map(lambda m: Quantity(m, target))


def restated(quantity: Quantity) -> st.SearchStrategy[Quantity]:
    """The same amount written in any unit of its dimension (13亿元 as 130000万元, ...)."""
    same = [u for u in known_units() if u.dimension == quantity.dimension]
    return st.sampled_from(same).map(quantity.to)


def figures(
    metric: Metric, year: int, values: st.SearchStrategy[Quantity] | None = None
) -> st.SearchStrategy[Observation]:
    """Reported figures of ``metric`` dated within ``year`` (values in the metric's unit by default)."""
    amounts = values if values is not None else quantities(metric.unit)
    return st.builds(Observation, metric=st.just(metric.id), date=dates(year), quantity=amounts)


@st.composite
def metrics(draw: st.DrawFn, metric_id: str | None = None) -> Metric:
    """A metric in a count or amount unit, reported either way, where more is better."""
    symbol = draw(st.sampled_from(COUNT_UNITS + AMOUNT_UNITS))
    return Metric(
        metric_id or draw(identifiers()),
        draw(texts()),
        unit(symbol),
        draw(st.sampled_from(list(Reporting))),
        Direction.INCREASE,
        draw(texts()),
    )


@st.composite
def targets(draw: st.DrawFn, metric: Metric, target_id: str | None = None, task: str | None = None) -> Target:
    """A built-in rule on ``metric``: growth against a rate, or a floor on a count or an amount."""
    magnitude = draw(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
    params: object
    if draw(st.booleans()):
        params = GrowthParams(min_growth=draw(st.decimals(min_value=-1, max_value=1, places=3)))  # type: ignore[arg-type]
        evaluator = "growth-rate"
    else:
        counting = metric.unit.symbol in COUNT_UNITS
        evaluator = "count-threshold" if counting else "amount-threshold"
        if counting:
            magnitude = magnitude.to_integral_value()
        params = ThresholdParams(Quantity(magnitude, metric.unit), Comparator.AT_LEAST, basis=Basis.LEVEL)
    return Target(
        id=target_id or draw(identifiers()),
        evaluator=evaluator,
        params=params,
        quote=draw(texts().filter(str.strip)),
        metric=metric.id,
        task=task,
        strive=draw(st.booleans()),
        weight=draw(st.decimals(min_value=0, max_value=10, places=2)),
    )


@st.composite
def plans(draw: st.DrawFn, max_targets: int = 5) -> Plan:
    """A whole plan: units, metrics, a task tree with lead and supporting units, and targets."""
    unit_ids = draw(st.lists(identifiers(), min_size=1, max_size=4, unique=True))
    units = tuple(OrgUnit(i, draw(texts())) for i in unit_ids)
    plan_metrics = [draw(metrics(f"m{index}")) for index in range(draw(st.integers(1, 4)))]
    tasks = [Task("root", "二", draw(texts()))]
    for index in range(draw(st.integers(0, 3))):
        tasks.append(
            Task(
                f"t{index}",
                f"二({index})",
                draw(texts()),
                "root",
                tuple(draw(st.lists(st.sampled_from(unit_ids), min_size=1, max_size=2, unique=True))),
                tuple(draw(st.lists(st.sampled_from(unit_ids), max_size=2, unique=True))),
            )
        )
    plan_targets = [
        draw(
            targets(
                draw(st.sampled_from(plan_metrics)), f"x{index}", draw(st.sampled_from([None] + [t.id for t in tasks]))
            )
        )
        for index in range(draw(st.integers(0, max_targets)))
    ]
    return Plan(
        draw(identifiers()),
        draw(texts()),
        draw(texts()),
        draw(st.integers(2000, 2100)),
        units,
        tuple(plan_metrics),
        tuple(tasks),
        tuple(plan_targets),
    )
