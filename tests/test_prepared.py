"""The engine's fast paths judge exactly as the plain ones do.

planengine's own rules are prepared per target when a plan is compiled and their outcomes
are taken unchecked; the result objects are made by :func:`planengine._construct.constructor`;
:class:`~planengine.Progress` divides integer ratios instead of computing with ``Fraction``.
Each is held here against the plain way: the same evaluators registered as a plugin's
(judged through ``evaluate`` with a Context, their outcomes checked), attrs' own ``__init__``,
and the exact fractions.
"""

from __future__ import annotations

import datetime as dt
import pickle
import random
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import planengine
from planengine import Observation, Progress, ProgressBasis, Quantity, Status
from planengine._construct import Slots, constructor
from planengine.evaluator import Evaluator, Outcome, _make_outcome
from planengine.evaluators.growth import GROWTH_RATE
from planengine.evaluators.threshold import AMOUNT_THRESHOLD, COUNT_THRESHOLD
from planengine.hookspecs import hookimpl
from planengine.plugins import BUILTIN_PLUGIN, EvaluatorRegistry, get_plugin_manager
from planengine.progress import _make_progress, schedule_verdict
from planengine.results import Assessment, _make_assessment

from .conftest import EXAMPLE_FIGURES, MID_YEAR, SEED_SPEC, YEAR_END


def _as_plugin_registry() -> EvaluatorRegistry:
    """planengine's evaluators as copies registered by another plugin: judged the plain way."""

    class Copies:
        @hookimpl
        def register_evaluators(self) -> list[Evaluator[object]]:
            return [attrs.evolve(e) for e in (GROWTH_RATE, COUNT_THRESHOLD, AMOUNT_THRESHOLD)]  # type: ignore[misc]

    pm = get_plugin_manager(load_entry_points=False)
    pm.unregister(name=BUILTIN_PLUGIN)
    pm.register(Copies(), name="copies")
    return EvaluatorRegistry.from_plugin_manager(pm)


def _varied(figures: tuple[Observation, ...], seed: int) -> list[Observation]:
    """The example figures scaled, some dropped, some in another unit, some doubled in conflict."""
    rng = random.Random(seed)
    out: list[Observation] = []
    for obs in figures:
        if rng.random() < 0.05:
            continue
        q = obs.quantity
        magnitude = q.magnitude * Decimal(rng.randint(60, 140)) / 100
        out.append(attrs.evolve(obs, quantity=Quantity(magnitude, q.unit)))
        if rng.random() < 0.01:
            out.append(attrs.evolve(obs, quantity=Quantity(magnitude + 1, q.unit)))
    return out


def _assessments(result: planengine.EvaluationResult) -> list[tuple[Any, ...]]:
    return [
        (a.target, a.status, a.actual, a.required, a.completion, a.expected, a.gap, a.unit, a.figure_date)
        + (a.gap_strict, a.progress, a.explanation.zh, a.explanation.en)
        for a in result.assessments
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_prepared_rules_judge_as_evaluate_does(
    seed_plan: planengine.Plan, example_figures: tuple[Observation, ...], seed: int
) -> None:
    plain_registry = _as_plugin_registry()
    plan = planengine.load_spec(SEED_SPEC, registry=plain_registry)
    fast = planengine.compile_plan(seed_plan)
    plain = planengine.compile_plan(plan, plain_registry)
    figures = _varied(example_figures, seed)
    index = fast.index(figures)
    days = [dt.date(2026, 1, 10), dt.date(2026, 3, 31), MID_YEAR, dt.date(2026, 9, 20), YEAR_END, dt.date(2027, 1, 31)]
    statuses: set[Status] = set()
    for day in days:
        expected = _assessments(plain.evaluate(figures, day))
        assert _assessments(fast.evaluate(index, day)) == expected
        assert _assessments(fast.evaluate(figures, day)) == expected
        statuses.update(a[1] for a in expected)
    assert {Status.ON_TRACK, Status.LAGGING, Status.MET, Status.NO_DATA} <= statuses


def test_a_figure_that_is_not_finite_is_still_an_unusable_result() -> None:
    """Only observations made in code can hold one; the outcome is then checked, as a plugin's is."""
    plan = planengine.loads_spec(
        """
format = 1
id = "p"
title = "t"
issuer = "i"
year = 2026
[[metrics]]
id = "m"
name = "m"
unit = "家"
reporting = "cumulative"
direction = "increase"
[[targets]]
id = "t"
metric = "m"
evaluator = "count-threshold"
quote = "q"
params = { value = "10家" }
"""
    )
    figures = [Observation("m", YEAR_END, Quantity(Decimal("Infinity"), planengine.unit("家")))]
    got = planengine.compile_plan(plan).evaluate(figures, YEAR_END).assessment("t")
    assert got.status is Status.ERROR and "actual is Infinity, not a finite number" in got.explanation.en


def test_objects_made_fast_are_the_objects_attrs_makes() -> None:
    explanation = planengine.Explanation("中", "en")
    half, behind = Decimal("0.5"), schedule_verdict(Decimal(-10))
    progress_fields: tuple[Any, ...] = (
        ProgressBasis.DAYS,
        half,
        half,
        Decimal("0.4"),
        Decimal(-10),
        Decimal(-5),
        behind,
    )
    outcome_fields: tuple[Any, ...] = (Status.LAGGING, explanation, Decimal(4), Decimal(10), Decimal("0.4"), half)
    outcome_fields += (Decimal(6), "家", MID_YEAR, False, _make_progress(*progress_fields))
    outcome = _make_outcome(*outcome_fields)
    assessment_fields: tuple[Any, ...] = (
        "t",
        "m",
        "count-threshold",
        outcome,
        "q",
        False,
        Decimal(1),
        "task",
        ("u",),
        (),
    )
    for cls, make, fields in (
        (Progress, _make_progress, progress_fields),
        (Outcome, _make_outcome, outcome_fields),
        (Assessment, _make_assessment, assessment_fields),
    ):
        made, expected = make(*fields), cls(*fields)
        assert type(made) is cls and made == expected and hash(made) == hash(expected)
        assert repr(made) == repr(expected)
        assert pickle.loads(pickle.dumps(made)) == expected
        assert attrs.evolve(made) == expected
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            made.__setattr__(attrs.fields(cls)[0].name, None)


def test_only_classes_that_keep_their_slots_apart_are_made_fast() -> None:
    @attrs.frozen
    class Plain:
        a: int

    class _CheckedSlots(Slots):
        __slots__ = ("a", "__weakref__")

    @attrs.frozen
    class Checked(_CheckedSlots):
        a: int = attrs.field(validator=attrs.validators.instance_of(int))

    for cls in (Plain, Checked):
        with pytest.raises(TypeError):
            constructor(cls)


def _exact_progress(actual: Decimal, due: Fraction, target: Decimal, share: Fraction) -> tuple[str, ...]:
    """Progress.of as exact fractions, each converted once: what the integer ratios must give."""

    def decimal(value: Fraction) -> Decimal:
        return Decimal(value.numerator) / Decimal(value.denominator)

    completion, expected = Fraction(actual) / Fraction(target), due / Fraction(target)
    points = decimal((completion - expected) * 100)
    return tuple(
        repr(x)
        for x in (
            decimal(share),
            decimal(expected),
            decimal(completion),
            points,
            decimal(Fraction(actual) - due),
            schedule_verdict(points),
        )
    )


_figures = st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False, allow_infinity=False)


@given(
    actual=_figures,
    target=_figures.filter(bool),
    share=st.fractions(min_value=0, max_value=1, max_denominator=366),
    start=st.none() | _figures,
    precision=st.sampled_from([28, 12, 40]),
)
def test_progress_is_the_exact_fractions_written_the_same_way(
    actual: Decimal, target: Decimal, share: Fraction, start: Decimal | None, precision: int
) -> None:
    due = Fraction(target) * share if start is None else Fraction(start) + (Fraction(target) - Fraction(start)) * share
    with localcontext() as context:
        context.prec = precision
        try:
            expected: tuple[str, ...] | type[Exception] = _exact_progress(actual, due, target, share)
        except ArithmeticError as exc:  # too many digits to show the points: alike either way
            expected = type(exc)
        try:
            p = Progress.of(actual, due, target, share, ProgressBasis.PERIODS)
            got: tuple[str, ...] | type[Exception] = tuple(
                repr(x) for x in (p.share, p.expected, p.completion, p.points, p.amount, p.verdict)
            )
        except ArithmeticError as exc:
            got = type(exc)
    assert got == expected


@given(
    st.lists(st.dates(dt.date(2025, 12, 1), dt.date(2027, 2, 28)), min_size=1, max_size=12),
    st.integers(1, 5),
)
def test_an_index_judged_at_dates_in_any_order_judges_as_afresh(days: list[dt.date], seed: int) -> None:
    """A prepared rule gives its last outcome again when the figures and the day they are judged at are
    the same: dates in any order, repeated or going back, judge exactly as a fresh evaluation does."""
    fast, plain, figures = _plans_and_figures(seed)
    index = fast.index(figures)
    for day in days:
        assert _assessments(fast.evaluate(index, day)) == _assessments(plain.evaluate(figures, day))


def test_the_same_figures_judged_again_give_the_same_outcome() -> None:
    fast, _, figures = _plans_and_figures(1)
    index = fast.index(figures)
    first = fast.evaluate(index, dt.date(2026, 6, 12))
    again = fast.evaluate(index, dt.date(2026, 6, 18))  # within one dekad: the same figures, the same share due
    shared = [a for a, b in zip(first.assessments, again.assessments) if a.outcome is b.outcome]
    numeric = [a for a in first.assessments if a.evaluator != "milestone"]
    assert len(shared) == len(numeric) > 20
    fresh = fast.evaluate(fast.index(figures), dt.date(2026, 6, 18))  # another index: judged anew, equal
    assert not any(a.outcome is b.outcome for a, b in zip(again.assessments, fresh.assessments))
    assert _assessments(fresh) == _assessments(again)


_Setup = tuple[planengine.CompiledPlan, planengine.CompiledPlan, list[Observation]]
_PLANS: dict[int, _Setup] = {}


def _plans_and_figures(seed: int) -> _Setup:
    """The seed plan compiled with prepared rules and through plugin copies, and varied figures (made once)."""
    if seed not in _PLANS:
        plain_registry = _as_plugin_registry()
        fast = planengine.compile_plan(planengine.load_spec(SEED_SPEC))
        plain = planengine.compile_plan(planengine.load_spec(SEED_SPEC, registry=plain_registry), plain_registry)
        example = planengine.read_observations(EXAMPLE_FIGURES)
        _PLANS[seed] = (fast, plain, _varied(example.observations, seed))
    return _PLANS[seed]


def test_an_outcome_kept_is_given_again_only_in_the_same_decimal_context() -> None:
    fast, _, figures = _plans_and_figures(2)
    index = fast.index(figures)
    day, later = dt.date(2026, 6, 12), dt.date(2026, 6, 18)
    fast.evaluate(index, day)
    with localcontext() as context:
        context.prec = 3  # rounds every quotient: completion, points, the verdict itself
        again = _assessments(fast.evaluate(index, later))
        assert again == _assessments(fast.evaluate(figures, later))
    assert _assessments(fast.evaluate(index, later)) == _assessments(fast.evaluate(figures, later))


def test_a_compiled_plan_pickles_without_the_outcomes_it_kept() -> None:
    fast, _, figures = _plans_and_figures(3)
    fast.evaluate(fast.index(figures), dt.date(2026, 6, 12))
    judges = [rule.judge for rule in fast._rules if rule.judge is not None]
    assert any(judge.__self__._last is not None for judge in judges)  # type: ignore[attr-defined]
    copy = pickle.loads(pickle.dumps(fast))
    kept = [rule.judge.__self__._last for rule in copy._rules if rule.judge is not None]
    assert kept and all(last is None for last in kept)
    day = dt.date(2026, 9, 20)
    assert _assessments(copy.evaluate(figures, day)) == _assessments(fast.evaluate(figures, day))
