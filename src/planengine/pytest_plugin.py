"""A pytest plugin that turns spec files into tests (registered under ``pytest11``).

Files matching the ini option ``planengine_specs`` (glob patterns relative to the rootdir;
default ``specs/*.toml specs/*.json``) are collected when pytest walks their folder. Each
spec yields:

* ``<target>::example[<n>]`` for every example a target carries: given its figures at its
  date, the status must be the one stated; a failure shows both and the explanation;
* ``<target>::properties``, automatic properties checked with hypothesis for every target
  whose evaluator describes its rule (:class:`planengine.RuleShape`):

  - raising the target's figure never worsens the status of a floor, and never improves
    that of a ceiling;
  - restating the figure in another unit of its dimension (万元 as 元) changes nothing;
  - at the year's end the status is ``met`` exactly when the rule's comparison holds;

  a failing property prints the shrunk counterexample as a spec snippet, ready to paste
  into the target as an example;
* ``round-trip``: the spec dumps to a spec that loads back to an equal plan.

A spec that does not load is one failing item listing every error.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from .engine import CompiledPlan, compile_plan
from .errors import PlanengineError
from .evaluator import RuleShape, Status
from .model import Metric, Plan, RawParams, Target, TargetExample
from .observations import Measure, Observation
from .quantities import Quantity, known_units, parse_quantity
from .spec import SpecErrors, dump_spec, load_spec, loads_spec

DEFAULT_PATTERNS = ["specs/*.toml", "specs/*.json"]

#: Judged statuses from worst to best, for the monotonicity property.
_ORDER = {Status.MISSED: 0, Status.LAGGING: 1, Status.ON_TRACK: 2, Status.MET: 3}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "planengine_specs",
        "glob patterns (relative to the rootdir) of planengine spec files to test",
        type="linelist",
        default=DEFAULT_PATTERNS,
    )
    parser.addini("planengine_max_examples", "hypothesis examples per target property", default="50")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if file_path.suffix not in (".toml", ".json"):
        return None
    relative = file_path.relative_to(config.rootpath).as_posix() if file_path.is_relative_to(config.rootpath) else ""
    patterns: list[str] = config.getini("planengine_specs")
    if relative and any(fnmatch.fnmatch(relative, pattern) for pattern in patterns):
        return SpecFile.from_parent(parent, path=file_path)
    return None


class SpecFailure(PlanengineError):
    """A spec item failed; the message is the whole readable report."""


class SpecFile(pytest.File):
    """One spec file: its targets' examples and properties, and the round trip."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            plan = load_spec(self.path)
        except SpecErrors as exc:
            message = str(exc)
            yield SpecItem.from_parent(self, name="load", check=lambda: _raise(message))
            return
        compiled = compile_plan(plan)
        yield SpecItem.from_parent(self, name="round-trip", check=lambda: _round_trip(plan))
        max_examples = int(self.config.getini("planengine_max_examples"))
        for target in plan.targets:
            for index, example in enumerate(target.examples):
                label = f"{target.id}::example[{example.name or index}]"
                yield SpecItem.from_parent(self, name=label, check=_example_check(compiled, target, example))
            if target.metric is not None and not isinstance(target.params, RawParams):
                yield SpecItem.from_parent(
                    self,
                    name=f"{target.id}::properties",
                    check=_properties_check(compiled, target, max_examples),
                )


class SpecItem(pytest.Item):
    """A check on a spec, failing with a readable message rather than a traceback."""

    def __init__(self, *, check: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check = check

    def runtest(self) -> None:
        self._check()

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, SpecFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"spec: {self.name}"


def _raise(message: str) -> None:
    raise SpecFailure(message)


def _round_trip(plan: Plan) -> None:
    again = loads_spec(dump_spec(plan), "json")
    if again != plan:
        raise SpecFailure("the spec does not load back equal after being written out")


# --- examples ----------------------------------------------------------------------------------


def example_observations(target: Target, example: TargetExample) -> list[Observation]:
    """The figures of an example as observations."""
    return [
        Observation(
            figure.metric or target.metric or "",
            figure.date,
            parse_quantity(figure.value),
            Measure(figure.measure),
            source=f"example of {target.id}",
        )
        for figure in example.figures
    ]


def _example_check(compiled: CompiledPlan, target: Target, example: TargetExample) -> Any:
    def check() -> None:
        if isinstance(target.params, RawParams):
            pytest.skip(f"the evaluator {target.evaluator!r} is not installed")
        result = compiled.evaluate(example_observations(target, example), example.as_of)
        got = result.assessment(target.id)
        if got.status.value != example.status:
            figures = "; ".join(f"{f.metric or target.metric} {f.date.isoformat()} {f.value}" for f in example.figures)
            raise SpecFailure(
                f"{target.id}: {target.quote}\n"
                f"  example {example.name or ''} as of {example.as_of.isoformat()} with {figures or 'no figures'}\n"
                f"  expected status: {example.status}\n"
                f"  got status:      {got.status.value}\n"
                f"  because: {got.explanation.zh}\n"
                f"           {got.explanation.en}"
            )

    return check


# --- properties --------------------------------------------------------------------------------


def _properties_check(compiled: CompiledPlan, target: Target, max_examples: int) -> Any:
    def check() -> None:
        registered = compiled.registry.get(target.evaluator)
        metric = compiled.metrics[target.metric or ""]
        if registered is None or registered.evaluator.shape is None:
            pytest.skip(f"the evaluator {target.evaluator!r} does not describe its rule for property tests")
        shape = registered.evaluator.shape(target.params, metric)
        _check_properties(compiled, target, metric, shape, max_examples)

    return check


def _context(compiled: CompiledPlan, target: Target, metric: Metric, day: dt.date) -> list[Observation]:
    """Figures besides the target's own: its first example's, else a base a year before and a
    start-of-year level, so growth and net-increase rules have what they need."""
    if target.examples:
        first = target.examples[0]
        return [
            o for o in example_observations(target, first) if not (o.metric == metric.id and o.date.year == day.year)
        ]
    year = compiled.plan.year
    base = Quantity(Decimal(100), metric.unit)
    shifted = day.replace(year=year - 1) if not (day.month == 2 and day.day == 29) else dt.date(year - 1, 2, 28)
    context = [Observation(metric.id, shifted, base), Observation(metric.id, dt.date(year - 1, 12, 31), base)]
    for other in compiled.metrics.values():
        if other.id != metric.id:
            context += [
                Observation(other.id, shifted, Quantity(Decimal(100), other.unit)),
                Observation(other.id, day, Quantity(Decimal(105), other.unit)),
            ]
    return context


def _status(compiled: CompiledPlan, target: Target, observations: list[Observation], as_of: dt.date) -> Status:
    return compiled.evaluate(observations, as_of).assessment(target.id).status


def _check_properties(
    compiled: CompiledPlan, target: Target, metric: Metric, shape: RuleShape, max_examples: int
) -> None:
    # imported here: pytest loads this plugin wherever planengine is installed, hypothesis or not
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    year = compiled.plan.year
    days = st.dates(min_value=dt.date(year, 1, 10), max_value=dt.date(year, 12, 31))
    # figures anywhere, and especially at and around the values where the status may change
    scale = max([abs(p) for p in shape.pivots] + [Decimal(100)])
    near = [st.sampled_from(shape.pivots)] if shape.pivots else []
    near += (
        [st.sampled_from(shape.pivots).flatmap(lambda p: st.decimals(min_value=p - 2, max_value=p + 2, places=2))]
        if shape.pivots
        else []
    )
    anywhere = st.decimals(min_value=0, max_value=scale * 3, places=2, allow_nan=False, allow_infinity=False)
    amounts = st.one_of(*near, anywhere).map(lambda d: max(d, Decimal(0)))
    if metric.unit.dimension not in ("money", "ratio"):
        amounts = amounts.map(lambda d: d.to_integral_value())
    others = [u for u in known_units() if u.dimension == metric.unit.dimension]
    tried: dict[str, Any] = {}

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(day=days, a=amounts, b=amounts, other=st.sampled_from(others))
    def properties(day: dt.date, a: Decimal, b: Decimal, other: Any) -> None:
        low, high = sorted((a, b))
        context = _context(compiled, target, metric, day)
        tried.clear()
        tried.update(day=day, low=low, high=high, other=other)

        def own(value: Decimal, in_unit: Any = metric.unit) -> list[Observation]:
            quantity = Quantity(value, metric.unit).to(in_unit)
            return [*context, Observation(metric.id, day, quantity)]

        def text(value: Decimal, in_unit: Any = metric.unit) -> str:
            return str(Quantity(value, metric.unit).to(in_unit))

        first, second = _status(compiled, target, own(low), day), _status(compiled, target, own(high), day)
        if shape.monotone and first in _ORDER and second in _ORDER:
            better = _ORDER[second] >= _ORDER[first] if shape.monotone > 0 else _ORDER[second] <= _ORDER[first]
            tried.update(
                property="raising the figure never worsens the status"
                if shape.monotone > 0
                else "raising the figure never improves the status of a ceiling",
                day=day,
                cases=[(text(low), first), (text(high), second)],
            )
            assert better
        restated = _status(compiled, target, own(low, other), day)
        tried.update(
            property=f"restating {text(low)} in {other.symbol or 'a plain number'} changes nothing",
            day=day,
            cases=[(text(low), first), (text(low, other), restated)],
        )
        assert restated == first
        if shape.holds is not None:
            year_end = dt.date(year, 12, 31)
            status = _status(
                compiled,
                target,
                [
                    *_context(compiled, target, metric, year_end),
                    Observation(metric.id, year_end, Quantity(low, metric.unit)),
                ],
                year_end,
            )
            tried.update(
                property="at the year's end the status is met exactly when the rule holds",
                day=year_end,
                cases=[(text(low), status)],
            )
            assert (status is Status.MET) == shape.holds(low)

    try:
        properties()
    except AssertionError:
        raise SpecFailure(_counterexample(target, metric, tried)) from None


def _counterexample(target: Target, metric: Metric, tried: dict[str, Any]) -> str:
    """The shrunk failing case as a spec snippet to paste into the target."""
    day: dt.date = tried["day"]
    lines = [
        f"{target.id}: the property failed: {tried.get('property', '?')}",
        f"  {target.quote}",
        "  counterexample (as a spec example; the status shown is what planengine gave):",
    ]
    for value, status in tried.get("cases", []):
        lines += [
            "  [[targets.examples]]",
            f"  as_of = {day.isoformat()}",
            f'  status = "{status.value}"',
            f'  figures = [{{ date = {day.isoformat()}, value = "{value}" }}]',
        ]
    return "\n".join(lines)
