"""Scorecards: the default rule, roll-ups by task and unit, early warnings, the scoring hook."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import Explanation, Status
from planengine.results import Assessment
from planengine.scoring import DEFAULT_RULE, Light, ScoringRule, completion_capped, score

from .conftest import MID_YEAR, YEAR_END


def assessment(status: Status, completion: str | None = None, expected: str | None = None) -> Assessment:
    return Assessment.of(
        target="t",
        metric="m",
        evaluator="count-threshold",
        status=status,
        explanation=Explanation("", ""),
        quote="q",
        completion=None if completion is None else Decimal(completion),
        expected=None if expected is None else Decimal(expected),
    )


@pytest.mark.parametrize(
    ("status", "completion", "expected", "value"),
    [
        (Status.MET, "1.2", "1", "1"),
        (Status.ON_TRACK, "0.5", "0.5", "1"),
        (Status.LAGGING, "0.25", "0.5", "0.5"),
        (Status.LAGGING, None, "0.5", "0"),
        (Status.MISSED, "0.8", "1", "0.8"),
        (Status.MISSED, None, None, "0"),  # a ceiling breached
        (Status.NO_DATA, None, None, "0"),
    ],
)
def test_default_rule(status: Status, completion: str | None, expected: str | None, value: str) -> None:
    assert completion_capped(assessment(status, completion, expected)) == Decimal(value)


@pytest.mark.parametrize("status", [Status.NOT_EVALUABLE, Status.UNSUPPORTED, Status.ERROR])
def test_what_is_not_the_units_fault_is_not_scored(status: Status) -> None:
    assert completion_capped(assessment(status)) is None


RATES = st.decimals(min_value=0, max_value=3, places=4)


@given(RATES, RATES, st.decimals(min_value=Decimal("0.01"), max_value=1, places=4))
def test_more_achieved_never_lowers_a_score(a: Decimal, b: Decimal, expected: Decimal) -> None:
    """For an at-least target judged at a date: a higher completion gives an equal or better score."""
    low, high = sorted((a, b))

    def judged(completion: Decimal) -> Assessment:
        status = Status.ON_TRACK if completion >= expected else Status.LAGGING
        return assessment(status, str(completion), str(expected))

    def final(completion: Decimal) -> Assessment:
        return assessment(Status.MET if completion >= 1 else Status.MISSED, str(completion), "1")

    for make in (judged, final):
        first, second = completion_capped(make(low)), completion_capped(make(high))
        assert first is not None and second is not None and first <= second
        assert Decimal(0) <= first <= Decimal(1)


def test_the_seed_scorecard_rolls_up_as_documented(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    result = planengine.evaluate(seed_plan, example_figures, MID_YEAR)
    card = score(result, seed_plan)
    # milestones are unsupported: not scored, listed apart
    assert len(card.unscored) == 11 and card.overall.scored == 23
    # the plan's score is the weighted mean of the target scores, strive targets at half weight
    targets = [t for t in card.targets if t.score is not None]
    total = sum((t.weight for t in targets), Decimal(0))
    mean = sum((t.weight * t.score for t in targets if t.score is not None), Decimal(0)) / total
    assert card.overall.score == mean.quantize(Decimal("0.0001"), ROUND_DOWN)  # rounded down: never more
    assert card.target("goal.sme-registered").weight == Decimal("0.5")  # 力争: strive
    assert card.target("goal.rd-growth").weight == Decimal(1)
    # a task with two lead units counts for both
    graduates = card.target("talent.introduction.graduates")
    assert graduates.lead == ("talent_office", "sti_bureau") and graduates.status is Status.LAGGING
    for unit in ("talent_office", "sti_bureau"):
        assert card.unit(unit).lead.targets >= 1
    assert card.unit("human_resources").support.targets >= 1 and card.unit("human_resources").lead.targets == 0
    # an action's score covers its items
    talent = next(g for g in card.tasks if g.id == "talent")
    assert talent.targets == sum(1 for t in card.targets if t.task and t.task.startswith("talent."))


def test_year_end_scores_are_completions(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    card = score(planengine.evaluate(seed_plan, example_figures, YEAR_END), seed_plan)
    assert card.target("transfer.system.turnover").score == Decimal("0.9846")  # 12.8亿 of 13亿
    assert card.target("core-tech.agriculture.varieties").score == Decimal("0.5000")  # 1 of 2
    assert [w.target for w in card.warnings()][:1] and all(w.light is Light.RED for w in card.warnings())


def test_units_are_ranked_by_what_they_lead(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    card = score(planengine.evaluate(seed_plan, example_figures, MID_YEAR), seed_plan)
    ranked = card.ranked_units()
    scores = [u.lead.score for u in ranked]
    assert None not in scores
    assert scores == sorted((s for s in scores if s is not None), reverse=True)


def test_hook_register_scoring_rules(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    """A plugin's scoring rule, registered through the hook, is chosen by name."""

    class StrictPlugin:
        @planengine.hookimpl
        def register_scoring_rules(self) -> list[ScoringRule]:
            return [ScoringRule("all-or-nothing", lambda a: Decimal(a.status in (Status.MET, Status.ON_TRACK)), "1")]

    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(StrictPlugin())
    registry = planengine.EvaluatorRegistry.from_plugin_manager(pm)
    assert registry.scoring_rule("completion-capped") is DEFAULT_RULE
    rule = registry.scoring_rule("all-or-nothing")
    card = score(planengine.evaluate(seed_plan, example_figures, MID_YEAR, registry=registry), seed_plan, rule=rule)
    assert card.rule == "all-or-nothing"
    assert {t.score for t in card.targets if t.score is not None} <= {Decimal(0), Decimal(1)}
    with pytest.raises(KeyError, match="installed: all-or-nothing, completion-capped"):
        registry.scoring_rule("nope")


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=3000), st.integers(min_value=0, max_value=3000))
def test_raising_a_figure_never_lowers_the_plan_score(seed_plan: planengine.Plan, a: int, b: int) -> None:
    """The whole pipeline is monotone: more graduates employed never lowers any score."""
    low, high = sorted((a, b))

    def card(value: int) -> planengine.scoring.Scorecard:
        figure = planengine.Observation(
            "graduate_employment", dt.date(2026, 6, 30), planengine.parse_quantity(f"{value}人")
        )
        return score(planengine.evaluate(seed_plan, [figure], MID_YEAR), seed_plan)

    first, second = card(low), card(high)
    assert first.overall.score is not None and second.overall.score is not None
    assert first.overall.score <= second.overall.score
    assert first.unit("talent_office").lead.score <= second.unit("talent_office").lead.score  # type: ignore[operator]
