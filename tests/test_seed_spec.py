"""The seed plan is in the spec whole, quotes its text exactly, and evaluates correctly."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import planengine
from planengine import Status

from .conftest import MID_YEAR, YEAR_END


def test_every_quote_occurs_in_the_seed_text(seed_plan: planengine.Plan, seed_text: str) -> None:
    """Each target, the working group and the cadence quote the plan's own words."""
    quotes = [t.quote for t in seed_plan.targets]
    assert seed_plan.working_group is not None
    quotes += [seed_plan.working_group.quote, seed_plan.cadence.quote]
    missing = [q for q in quotes if q not in seed_text]
    assert missing == []


def test_every_task_item_of_the_seed_is_in_the_tree(seed_plan: planengine.Plan, seed_text: str) -> None:
    """The seed has four actions with 4, 5, 3 and 4 items; each has a lead unit from its bracket."""
    actions = seed_plan.children("tasks")
    assert [a.number for a in actions] == ["二(一)", "二(二)", "二(三)", "二(四)"]
    assert [len(seed_plan.children(a.id)) for a in actions] == [4, 5, 3, 4]
    brackets = re.findall(r"\(([^()]*?)牵头,([^()]*?)等按职责分工负责\)", seed_text)
    assert len(brackets) == 16
    items = [item for a in actions for item in seed_plan.children(a.id)]
    names = {u.id: u.name for u in seed_plan.units}
    for item, (lead_text, support_text) in zip(items, brackets):
        assert "、".join(names[u] for u in item.lead) == lead_text
        assert "、".join(names[u] for u in item.support) == support_text


def test_two_lead_units_answer_for_talent_tasks(seed_plan: planengine.Plan) -> None:
    assert seed_plan.responsibility("talent.high-level").lead == ("talent_office", "sti_bureau")


def test_every_percentage_and_number_target_of_the_seed_is_encoded(seed_plan: planengine.Plan, seed_text: str) -> None:
    """Every figure with a unit in the goals and tasks sections is quoted by some target."""
    body = seed_text.split("三、推进机制")[0]
    figures = re.findall(r"\d+(?:\.\d+)?(?:-\d+)?(?:%|万人|亿元|万元|亿|家|个|项|名|人)", body)
    quoted = " ".join(t.quote for t in seed_plan.targets)
    not_quoted = [f for f in figures if f not in quoted and f != "2020"]
    assert not_quoted == []


def test_working_group_and_cadence(seed_plan: planengine.Plan) -> None:
    group = seed_plan.working_group
    assert group is not None
    assert group.convener == "区政府分管副区长"
    assert group.office == "sti_bureau"
    assert len(group.members) == 13
    assert [c.value for c in seed_plan.cadence.reports] == ["dekad", "month", "quarter"]


MID_YEAR_STATUS = {
    "goal.rd-growth": "on_track",
    "goal.tech-contract-growth": "lagging",
    "goal.sme-registered": "on_track",
    "goal.new-hitech": "lagging",
    "goal.new-platforms": "on_track",
    "goal.hitech-value-added": "on_track",
    "core-tech.major-projects": "on_track",
    "core-tech.agriculture.varieties": "lagging",
    "transfer.enterprises.net-hitech": "on_track",
    "transfer.enterprises.hitech-tax": "on_track",
    "transfer.enterprises.specialised": "lagging",
    "transfer.system.turnover": "lagging",
    "transfer.finance.credit-loans": "on_track",
    "transfer.finance.loan-growth": "on_track",
    "platforms.provincial-city.provincial": "lagging",
    "platforms.provincial-city.city": "on_track",
    "talent.high-level.leaders": "lagging",
    "talent.high-level.young": "on_track",
    "talent.high-level.team": "lagging",
    "talent.introduction.leaders": "on_track",
    "talent.introduction.postdocs": "lagging",  # 3名左右 is due from 3, not from the band's bottom 2
    "talent.introduction.graduates": "lagging",
    "talent.environment.living-subsidy": "on_track",
}

YEAR_END_STATUS = {
    **{target: "met" for target in MID_YEAR_STATUS},
    "goal.tech-contract-growth": "missed",  # 128000 against 115000: 11.30% < 15%
    "core-tech.agriculture.varieties": "missed",  # 1 of 2
    "transfer.enterprises.hitech-tax": "missed",  # official 同比 9.6% < 10% (levels would give 10.5%)
    "transfer.system.turnover": "missed",  # 12.8亿元 < 13亿元
    "transfer.finance.credit-loans": "missed",  # exactly 5000万元 is not 超5000万元
}


@pytest.mark.parametrize(
    ("as_of", "expected"), [(MID_YEAR, MID_YEAR_STATUS), (YEAR_END, YEAR_END_STATUS)], ids=["mid-year", "year-end"]
)
def test_seed_plan_statuses_on_the_example_figures(
    seed_plan: planengine.Plan,
    example_figures: tuple[planengine.Observation, ...],
    as_of: object,
    expected: dict[str, str],
) -> None:
    result = planengine.evaluate(seed_plan, example_figures, as_of)  # type: ignore[arg-type]
    got = {a.target: a.status.value for a in result.assessments if a.status is not Status.UNSUPPORTED}
    assert got == expected
    unsupported = {a.evaluator for a in result.assessments if a.status is Status.UNSUPPORTED}
    assert unsupported == {"milestone"}
    assert result.warnings == ()


def test_year_end_numbers_are_exact(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    """Hand-computed: 13亿元 is 130000万元 required; 128000 reached; 2000万元 short."""
    result = planengine.evaluate(seed_plan, example_figures, YEAR_END)
    turnover = result.assessment("transfer.system.turnover")
    assert (turnover.actual, turnover.required, turnover.gap, turnover.unit) == (
        Decimal(128000),
        Decimal(130000),
        Decimal(2000),
        "万元",
    )
    growth = result.assessment("goal.tech-contract-growth")
    # unrounded (11.304347...% = 128000/115000 - 1), shown rounded
    assert growth.actual is not None and growth.required is not None and growth.gap is not None
    shown = tuple(str(n.quantize(Decimal("0.01"))) for n in (growth.actual, growth.required, growth.gap))
    assert shown == ("11.30", "15.00", "3.70")
    assert abs(growth.actual - Decimal(260) / 23) < Decimal("1e-20")
    net = result.assessment("transfer.enterprises.net-hitech")
    assert net.actual == 11  # 109 at year end minus 98 at the start of the year
    assert "3.70个百分点" in growth.explanation.zh and "3.70 pp" in growth.explanation.en
