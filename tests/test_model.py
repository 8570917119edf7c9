"""The plan model (``planengine.model``): look-ups, who answers for a task, cadence and basis, schedules.

Plans are built directly in code (the model needs no spec), with the seed plan from
``conftest`` where the real working group matters. Covered: ``Plan.metric``/``task``/
``unit``/``children``; ``Plan.responsibility`` (a task's own bracket, else its items', else
the working group's office); ``Plan.reporting_cadence`` and ``Plan.progress_basis_of``;
``Target.expected_share`` with and without a schedule on both progress bases; and
``Metric.label_en``.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planengine import (
    Cadence,
    Direction,
    Metric,
    OrgUnit,
    Plan,
    ProgressBasis,
    Reporting,
    ReportingCadence,
    Responsibility,
    SchedulePoint,
    Target,
    Task,
    WorkingGroup,
    due_share,
    unit,
)
from planengine.periods import month_end

YEAR = 2026
OFFICE = "sti"


def metric(
    id: str = "m", *, frequency: Cadence | None = None, basis: ProgressBasis | None = None, name_en: str = ""
) -> Metric:
    return Metric(
        id=id,
        name="高新技术企业数",
        unit=unit("家"),
        reporting=Reporting.LEVEL,
        direction=Direction.INCREASE,
        frequency=frequency,
        progress_basis=basis,
        name_en=name_en,
    )


def task(id: str, parent: str | None = None, lead: tuple[str, ...] = (), support: tuple[str, ...] = ()) -> Task:
    return Task(id=id, number=id, title=f"任务{id}", parent=parent, lead=lead, support=support)


def plan(
    *tasks: Task,
    office: str | None = OFFICE,
    reports: tuple[Cadence, ...] = (),
    basis: ProgressBasis = ProgressBasis.PERIODS,
    metrics: tuple[Metric, ...] = (),
) -> Plan:
    group = WorkingGroup(name="专班", convener="副区长", office=office)
    return Plan(
        id="p",
        title="方案",
        issuer="区政府",
        year=YEAR,
        tasks=tasks,
        metrics=metrics,
        units=(OrgUnit(OFFICE, "区科工局"), OrgUnit("edu", "区教育局")),
        working_group=group,
        cadence=ReportingCadence(reports=reports),
        progress_basis=basis,
    )


def target(*points: tuple[int, str]) -> Target:
    return Target(
        id="t",
        evaluator="count-threshold",
        quote="q",
        schedule=tuple(SchedulePoint(month, Decimal(share)) for month, share in points),
    )


# --- look-ups --------------------------------------------------------------------------------------


def test_lookups_find_items_by_id_and_raise_key_error_naming_unknown_ones() -> None:
    m = metric("firms")
    p = plan(task("a"), task("b"), metrics=(m,))
    assert p.metric("firms") is m
    assert p.task("b").id == "b"
    assert p.unit("edu").name == "区教育局"
    for lookup in (p.metric, p.task, p.unit):
        with pytest.raises(KeyError) as caught:
            lookup("nope")
        assert caught.value.args == ("nope",)


def test_lookups_follow_the_plan_they_are_asked_of_and_give_the_first_of_repeated_ids() -> None:
    p = plan(task("a"), metrics=(metric("firms"),))
    assert p.task("a").title == "任务a"
    again, third = attrs.evolve(task("a"), title="again"), attrs.evolve(task("a"), title="third")
    changed = attrs.evolve(p, tasks=(task("b"), again, third))
    assert changed.task("a") is again  # an evolved plan looks up its own tasks, not the old ones
    assert p.task("a").title == "任务a"
    with pytest.raises(KeyError):
        changed.task("x")
    assert changed == attrs.evolve(changed)  # the look-up index takes no part in equality


def test_children_are_the_direct_subtasks_in_plan_order() -> None:
    p = plan(task("a"), task("a1", "a"), task("b"), task("a1x", "a1"), task("a2", "a"))
    assert [t.id for t in p.children(None)] == ["a", "b"]
    assert [t.id for t in p.children("a")] == ["a1", "a2"]  # not the grandchild a1x
    assert p.children("b") == ()


def test_label_en_is_the_english_name_else_the_chinese_one() -> None:
    assert metric(name_en="high-tech enterprises").label_en == "high-tech enterprises"
    assert metric().label_en == "高新技术企业数"


# --- responsibility --------------------------------------------------------------------------------


def test_a_task_with_its_own_bracket_answers_for_itself() -> None:
    p = plan(task("a", lead=("edu",), support=(OFFICE,)), task("a1", "a", lead=("x",)))
    assert p.task("a").responsibility == Responsibility(("edu",), (OFFICE,))
    assert p.responsibility("a") == Responsibility(("edu",), (OFFICE,))  # the office stays a supporter


def test_a_task_without_a_bracket_answers_through_its_items() -> None:
    p = plan(task("a"), task("a1", "a", lead=("x",), support=("y", "z")), task("a2", "a", lead=("y",), support=("w",)))
    # y leads a2, so it is a lead unit of the action, not a supporting one; order is first appearance
    assert p.responsibility("a") == Responsibility(("x", "y"), ("z", "w"))


def test_items_are_gathered_over_the_subtree_but_not_below_a_bracket() -> None:
    p = plan(
        task("a"),
        task("a1", "a", support=("s",)),  # no lead: its support counts and its items are looked at
        task("a1x", "a1", lead=("x",)),
        task("a2", "a", lead=("y",)),
        task("a2x", "a2", lead=("hidden",), support=("hidden-too",)),
    )  # under a bracket: not gathered
    assert p.responsibility("a") == Responsibility(("x", "y"), ("s",))


@pytest.mark.parametrize("task_id", [None, "empty"])
def test_what_has_no_lead_answers_to_the_office(task_id: str | None) -> None:
    p = plan(task("empty"), task("empty1", "empty"))
    assert p.responsibility(task_id) == Responsibility((OFFICE,), ())


def test_the_office_taking_the_lead_leaves_the_supporters() -> None:
    p = plan(task("a"), task("a1", "a", support=(OFFICE, "edu")))
    assert p.responsibility("a") == Responsibility((OFFICE,), ("edu",))


def test_without_an_office_nothing_answers_for_the_headline_goals() -> None:
    assert plan(office=None).responsibility(None) == Responsibility()
    no_group = Plan(id="p", title="t", issuer="i", year=YEAR, tasks=(task("a"),))
    assert no_group.responsibility("a") == Responsibility()


def test_a_deep_task_tree_does_not_overflow_the_stack() -> None:
    depth = 1500  # deeper than Python's default recursion limit of 1000
    chain = [task("t0")] + [task(f"t{i}", f"t{i - 1}") for i in range(1, depth)]
    chain[-1] = task(f"t{depth - 1}", f"t{depth - 2}", lead=("edu",))
    assert plan(*chain).responsibility("t0") == Responsibility(("edu",), ())


def test_the_seed_plan_headline_goals_answer_to_its_office(seed_plan: Plan) -> None:
    assert seed_plan.working_group is not None and seed_plan.working_group.office is not None
    office = seed_plan.working_group.office
    assert seed_plan.responsibility(None) == Responsibility((office,), ())
    for target_ in seed_plan.targets:
        assert seed_plan.responsibility(target_.task).lead, target_.id  # every target has an owner


# --- cadence and basis -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reports", "frequency", "expected"),
    [
        ((Cadence.QUARTER, Cadence.DEKAD, Cadence.MONTH), None, Cadence.DEKAD),  # the finest, whatever the order
        ((Cadence.YEAR, Cadence.QUARTER), None, Cadence.QUARTER),
        ((), None, Cadence.MONTH),  # no rhythm stated: monthly
        ((Cadence.DEKAD,), Cadence.QUARTER, Cadence.QUARTER),
    ],  # the metric's own frequency wins
)
def test_reporting_cadence(reports: tuple[Cadence, ...], frequency: Cadence | None, expected: Cadence) -> None:
    assert plan(reports=reports).reporting_cadence(metric(frequency=frequency)) is expected


def test_progress_basis_is_the_metrics_own_else_the_plans() -> None:
    p = plan(basis=ProgressBasis.DAYS)
    assert p.progress_basis_of(metric(basis=ProgressBasis.PERIODS)) is ProgressBasis.PERIODS
    assert p.progress_basis_of(metric()) is ProgressBasis.DAYS
    assert p.progress_basis_of(None) is ProgressBasis.DAYS
    assert plan().progress_basis_of(None) is ProgressBasis.PERIODS  # the default basis


# --- expected share --------------------------------------------------------------------------------

DAYS_OF_YEAR = st.dates(dt.date(YEAR - 1, 12, 1), dt.date(YEAR + 1, 1, 31))
BASES = st.sampled_from(list(ProgressBasis))


@given(DAYS_OF_YEAR, st.sampled_from(list(Cadence)), BASES)
@settings(max_examples=100, deadline=None)
def test_without_a_schedule_the_share_is_time_proportional(
    day: dt.date, cadence: Cadence, basis: ProgressBasis
) -> None:
    assert target().expected_share(day, YEAR, cadence, basis) == due_share(day, YEAR, cadence, basis)


@pytest.mark.parametrize(
    ("day", "basis", "share"),
    [
        (dt.date(YEAR, 3, 31), ProgressBasis.PERIODS, Fraction(1, 5)),  # 3 of 6 months to the 40% point: 0.4 × 1/2
        (dt.date(YEAR, 6, 30), ProgressBasis.PERIODS, Fraction(2, 5)),  # on the point
        (dt.date(YEAR, 6, 29), ProgressBasis.PERIODS, Fraction(1, 3)),  # June not ended: 5/6 of the way, 0.4 × 5/6
        (dt.date(YEAR, 9, 30), ProgressBasis.PERIODS, Fraction(7, 10)),  # halfway from 40% to 100%
        (dt.date(YEAR, 3, 31), ProgressBasis.DAYS, Fraction(36, 181)),  # day 90 of the 181 to 30 June: 0.4 × 90/181
        (dt.date(YEAR, 6, 30), ProgressBasis.DAYS, Fraction(2, 5)),
        # day 273 of 365: 0.4 + 0.6 × (273 − 181)/(365 − 181) = 0.4 + 0.6 × 92/184 = 0.7
        (dt.date(YEAR, 9, 30), ProgressBasis.DAYS, Fraction(7, 10)),
        (dt.date(YEAR - 1, 12, 31), ProgressBasis.DAYS, Fraction(0)),
        (dt.date(YEAR, 12, 31), ProgressBasis.DAYS, Fraction(1)),
    ],
)
def test_a_schedule_is_interpolated_on_the_basis(day: dt.date, basis: ProgressBasis, share: Fraction) -> None:
    assert target((6, "0.4"), (12, "1")).expected_share(day, YEAR, Cadence.MONTH, basis) == share


def test_after_the_last_point_its_share_holds() -> None:
    front_loaded = target((3, "0.5"), (6, "1"))
    for basis in ProgressBasis:
        assert front_loaded.expected_share(dt.date(YEAR, 9, 30), YEAR, Cadence.MONTH, basis) == 1
        assert front_loaded.expected_share(dt.date(YEAR + 1, 3, 1), YEAR, Cadence.MONTH, basis) == 1


SCHEDULES = st.lists(
    st.tuples(st.integers(1, 12), st.integers(0, 100)), min_size=1, max_size=5, unique_by=lambda p: p[0]
)


@given(SCHEDULES, BASES, st.sampled_from([Cadence.MONTH, Cadence.DEKAD]))
@settings(max_examples=100, deadline=None)
def test_a_schedule_is_due_exactly_at_each_point(
    raw: list[tuple[int, int]], basis: ProgressBasis, cadence: Cadence
) -> None:
    """Every month's end is a period end of months and dekads, so each point is hit exactly."""
    points = sorted(raw)
    shares = sorted(Decimal(s) / 100 for _, s in points)  # a schedule that never goes back
    scheduled = target(*((month, str(share)) for (month, _), share in zip(points, shares)))
    for point in scheduled.schedule:
        assert scheduled.expected_share(month_end(YEAR, point.month), YEAR, cadence, basis) == point.share


@given(SCHEDULES, BASES, DAYS_OF_YEAR, DAYS_OF_YEAR)
@settings(max_examples=100, deadline=None)
def test_a_rising_schedule_gives_a_rising_share_within_its_range(
    raw: list[tuple[int, int]], basis: ProgressBasis, a: dt.date, b: dt.date
) -> None:
    points = sorted(raw)
    shares = sorted(Decimal(s) / 100 for _, s in points)
    scheduled = target(*((month, str(share)) for (month, _), share in zip(points, shares)))
    early, late = sorted((a, b))
    first = scheduled.expected_share(early, YEAR, Cadence.MONTH, basis)
    second = scheduled.expected_share(late, YEAR, Cadence.MONTH, basis)
    assert 0 <= first <= second <= shares[-1]


def test_schedule_points_that_share_a_position_count_from_their_month_end() -> None:
    """On a quarterly basis January and February both sit at position 0: nothing is due before
    their months end, and their shares once they have (found in review: 1/5 was due on 1 January)."""
    target = Target(
        id="t",
        evaluator="count-threshold",
        quote="q",
        schedule=(
            SchedulePoint(1, Decimal("0.1")),
            SchedulePoint(2, Decimal("0.2")),
            SchedulePoint(3, Decimal("0.3")),
            SchedulePoint(12, Decimal(1)),
        ),
    )
    share = functools.partial(target.expected_share, year=2026, cadence=Cadence.QUARTER, basis=ProgressBasis.PERIODS)
    assert share(dt.date(2025, 12, 1)) == 0 and share(dt.date(2026, 1, 1)) == 0
    assert share(dt.date(2026, 1, 31)) == Fraction(1, 10)  # January's point has been reached
    assert share(dt.date(2026, 2, 28)) == Fraction(2, 10)
    assert share(dt.date(2026, 3, 31)) == Fraction(3, 10)


def test_a_bracket_of_supporting_units_only_keeps_them() -> None:
    plan = Plan(
        id="p",
        title="t",
        issuer="i",
        year=2026,
        units=(OrgUnit("a", "甲"), OrgUnit("b", "乙")),
        tasks=(Task("parent", "一", "父", support=("b",)), Task("child", "1", "子", parent="parent", lead=("a",))),
    )
    assert plan.responsibility("parent") == Responsibility(("a",), ("b",))
