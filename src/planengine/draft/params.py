"""The drafter's one table of evaluators: how a drafted target becomes an evaluator's ``params``.

The drafter chooses an evaluator for each target it reads (a deliverable is a ``milestone``, a
growth rate a ``growth-rate``, a whole count a ``count-threshold``, anything else an
``amount-threshold``), settles its metric, and then asks this table for the target's params.
Everything the drafter knows about an evaluator's params is here, one builder per evaluator, so
an evaluator whose params change, or one a plugin adds, is taught to the drafter in one place::

    from planengine.draft.params import Drafted, milestone_params, register_param_builder

    def dated_milestone(target: Drafted) -> dict[str, Any]:
        return {**milestone_params(target), "by": target.reading.deadline or "年底"}

    register_param_builder("milestone", dated_milestone, plugin=True, replace=True)

A builder returns the params as the spec writes them (values with their units, as text) and
may add review notes for a person to ``target.notes``: they end up in the target's ``note``.
``plugin=True`` marks an evaluator that a plugin provides: a spec that uses it lists it in
``plugin_evaluators``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, TypeAlias

import attrs

from ..quantities import format_decimal
from .targets import Reading

__all__ = [
    "Drafted",
    "ParamBuilder",
    "amount_threshold_params",
    "build_params",
    "count_threshold_params",
    "growth_rate_params",
    "milestone_params",
    "param_builder",
    "plugin_evaluators",
    "register_param_builder",
    "unregister_param_builder",
]


@attrs.frozen
class Drafted:
    """A target as the drafter has settled it, before its params: what a param builder reads.

    ``value`` and ``high`` are the figure and the upper bound of a range as the spec writes
    them (``13亿元``, ``85家``), for a threshold; ``deliverable`` is what a milestone delivers;
    ``benchmark`` is the id of the metric a growth rate is measured against (高于…平均增速).
    ``notes`` collects the review notes of the target, in the order they are written.
    """

    reading: Reading
    quote: str
    evaluator: str
    metric: str
    metric_unit: str = ""
    value: str | None = None
    high: str | None = None
    deliverable: str = ""
    benchmark: str | None = None
    notes: list[str] = attrs.Factory(list)


#: Turns a drafted target into its evaluator's params.
ParamBuilder: TypeAlias = Callable[[Drafted], dict[str, Any]]


@attrs.frozen
class _Entry:
    build: ParamBuilder
    plugin: bool


_BUILDERS: dict[str, _Entry] = {}


def register_param_builder(name: str, builder: ParamBuilder, *, plugin: bool = False, replace: bool = False) -> None:
    """Teach the drafter the params of evaluator ``name``; ``plugin`` when a plugin provides it.

    Registering a name twice is refused unless ``replace`` is set, so two plugins cannot
    silently take over each other's evaluator.
    """
    if name in _BUILDERS and not replace:
        raise ValueError(
            f"the drafter already has a param builder for evaluator {name!r}; pass replace=True to replace it"
        )
    _BUILDERS[name] = _Entry(builder, plugin)


def unregister_param_builder(name: str) -> None:
    """Forget the param builder of evaluator ``name`` (a plugin being unloaded, a test cleaning up)."""
    _BUILDERS.pop(name, None)


def param_builder(name: str) -> ParamBuilder:
    """The param builder of evaluator ``name``; a :class:`KeyError` that names the known ones if none."""
    entry = _BUILDERS.get(name)
    if entry is None:
        raise KeyError(
            f"the drafter has no param builder for evaluator {name!r} "
            f"(it knows {', '.join(sorted(_BUILDERS))}); register one with register_param_builder"
        )
    return entry.build


def build_params(target: Drafted) -> dict[str, Any]:
    """The params of a drafted target, by the builder of its evaluator."""
    return param_builder(target.evaluator)(target)


def plugin_evaluators(used: Iterable[str]) -> list[str]:
    """The evaluators among ``used`` that plugins provide, once each, in the order first used."""
    return [name for name in dict.fromkeys(used) if name in _BUILDERS and _BUILDERS[name].plugin]


# --- the evaluators planengine and its milestone plugin provide ------------------------------------


def _fmt(value: Decimal) -> str:
    return format_decimal(value)


def milestone_params(target: Drafted) -> dict[str, Any]:
    """A deliverable, with how many of it when the text counts them (力争申报1个…: ``count = 1``).

    A target relative to a base (较上年提高2个百分点, 完成上级下达任务) has no rule yet and is
    drafted as a milestone too; its note says so.
    """
    reading = target.reading
    params: dict[str, Any] = {"deliverable": target.deliverable}
    if reading.kind == "relative":
        points = f" ({_fmt(reading.value.scaleb(2))} percentage points)" if reading.value is not None else ""
        target.notes.append(
            "a target relative to a base or to a figure set elsewhere"
            + points
            + "; planengine has no rule for it yet, so it is drafted as a milestone: "
            "encode it by hand once the base is known"
        )
    elif reading.value is not None:
        whole = reading.value == reading.value.to_integral_value()
        params["count"] = int(reading.value) if whole else 1
    return params


def growth_rate_params(target: Drafted) -> dict[str, Any]:
    """Growth against a benchmark metric (高于…平均增速), against a base year (双倍增), or a rate."""
    reading = target.reading
    if reading.kind == "relative" and reading.benchmark:
        comparator = reading.comparator if reading.comparator in (">", ">=") else ">"
        return {"benchmark": target.benchmark, "comparator": comparator}
    assert reading.value is not None
    if reading.kind == "relative":  # 实现“双倍增”: a multiple of the base year's figure
        target.notes.append("against a base year, not the previous year: set params.baseline to the base-year figure")
        return {"min_growth": f"{_fmt((reading.value - 1).scaleb(2))}%", "comparator": ">="}
    return _rate_params(target, reading.value.scaleb(2))


_FLIPPED: Final = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


def _rate_params(target: Drafted, rate: Decimal) -> dict[str, Any]:
    """A growth rate (增长10%以上), a ceiling on growth (涨幅控制在3%以内) or a fall (下降3%以上).

    growth-rate compares the growth itself, so a fall of at least 3% is a growth of at most -3%.
    """
    reading = target.reading
    written = reading.comparator or "="
    comparator = {"=": ">=", "approx": ">=", "between": ">="}.get(written, written)
    if written == "approx":
        target.notes.append(
            "the plan says 左右 (about); growth-rate has no such comparator, so it is drafted as "
            + ("a ceiling" if reading.kind == "ceiling" else "a floor")
        )
    if reading.kind == "ceiling":
        return {"min_growth": f"{_fmt(rate)}%", "comparator": comparator if comparator in ("<=", "<") else "<="}
    if reading.decrease:
        return {"min_growth": f"-{_fmt(rate)}%", "comparator": _FLIPPED[comparator]}
    return {"min_growth": f"{_fmt(rate)}%", "comparator": comparator}


def _threshold_params(target: Drafted) -> dict[str, Any]:
    """The value and comparator (a bare number is a level to reach: ``>=``), and a range's upper bound."""
    assert target.value is not None
    comparator = target.reading.comparator or "="
    params: dict[str, Any] = {"value": target.value, "comparator": ">=" if comparator == "=" else comparator}
    if comparator == "between":
        assert target.high is not None
        params["high"] = target.high
    return params


def count_threshold_params(target: Drafted) -> dict[str, Any]:
    """A count: 左右 is a tolerance of a fifth of the figure, rounded; 净增 counts the net increase."""
    reading = target.reading
    params = _threshold_params(target)
    if params["comparator"] == "approx":
        assert reading.value is not None
        tolerance = (reading.value * Decimal("0.2")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        params["tolerance"] = f"{_fmt(tolerance)}{target.metric_unit}"
        target.notes.append(f"左右 drafted as a tolerance of {params['tolerance']} (a fifth, rounded)")
    if reading.net_increase:
        params["basis"] = "net_increase"
    return params


def amount_threshold_params(target: Drafted) -> dict[str, Any]:
    """An amount, a rate or a measure: 左右 is a tolerance of 10%."""
    params = _threshold_params(target)
    if params["comparator"] == "approx":
        params["tolerance"] = "10%"
        target.notes.append("左右 drafted as a tolerance of 10%")
    return params


register_param_builder("milestone", milestone_params, plugin=True)
register_param_builder("growth-rate", growth_rate_params)
register_param_builder("count-threshold", count_threshold_params)
register_param_builder("amount-threshold", amount_threshold_params)
