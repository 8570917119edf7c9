"""Shapes of plans the thirty-ninth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a paragraph opening with a year gone, then points worded as targets ---------------------------------

_YEAR_GONE_THEN_POINTS = (
    "青川县2024年农业农村重点工作分解\n\n"
    "（四）巩固拓展脱贫攻坚成果。2023年全县脱贫人口人均纯收入达到14260元，未发生规模性返贫。"
    "一是脱贫人口务工就业规模稳定在3.2万人以上；二是衔接资金用于产业发展的比例不低于60%；"
    "三是脱贫人口基本医疗保险参保率保持在99%以上。其中第一、二项由县乡村振兴局负责，第三项由县医疗保障局负责。\n"
)


def test_points_worded_as_targets_after_a_year_gone_are_the_plan() -> None:
    """2023年…达到14260元。一是…稳定在3.2万人以上;二是…不低于60%: the year gone is the base the
    paragraph opens with; points counted from 一是 and worded as targets are what it sets."""
    units = _units(_YEAR_GONE_THEN_POINTS, 2024)
    assert units == {
        "脱贫人口务工就业规模稳定在3.2万人以上": (("县乡村振兴局",), ()),
        "衔接资金用于产业发展的比例不低于60%": (("县乡村振兴局",), ()),
        "脱贫人口基本医疗保险参保率保持在99%以上": (("县医疗保障局",), ()),
    }


def test_points_reporting_a_year_gone_stay_a_report() -> None:
    """2023年,…。一是新增就业3200人;二是…达到98%: points with no target's wording report the year."""
    text = (
        "青川县2024年农业农村重点工作分解\n\n"
        "（四）巩固拓展脱贫攻坚成果。2023年全县巩固成果成效明显。"
        "一是脱贫人口务工就业3.1万人；二是脱贫人口基本医疗保险参保率达到98.5%。\n"
    )
    assert _units(text, 2024) == {}
