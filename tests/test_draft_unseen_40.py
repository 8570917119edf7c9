"""Shapes of plans the fortieth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a total, then its shares after 其中 -------------------------------------------------------------------

_SHARES = (
    "青禾区2026年民生目标分解\n\n"
    "一、托育服务。新增普惠性托位500个，由区卫生健康委牵头，区教委配合。其中，河湾街道负责完成200个，"
    "其余300个由石岭街道负责完成。\n"
    "二、农村公路。新改建农村公路40公里，由区交通运输委牵头。其中，柳河镇负责完成25公里，桃源镇负责完成15公里。"
    "同步实施农村公路安全生命防护工程20公里。\n"
    "三、招商引资。新签约招商项目30个，由区投资促进中心牵头。其中，青禾高新区负责完成签约项目18个，"
    "河湾街道负责完成签约项目12个。\n"
)


def test_a_unit_named_after_its_share_answers_for_that_share() -> None:
    """…,其余300个由石岭街道负责完成: the unit named after its clause's figure answers for that clause, not the
    share named before it."""
    assert _units(_SHARES)["其余300个由石岭街道负责完成"] == (("石岭街道",), ())


def test_a_zone_answering_for_its_share_is_a_unit() -> None:
    """其中,青禾高新区负责完成签约项目18个: a zone by its proper name, answering (负责), is its managing body."""
    units = _units(_SHARES)
    assert units["完成签约项目18个"] == (("青禾高新区",), ())
    assert units["完成签约项目12个"] == (("河湾街道",), ())


def test_the_totals_lead_goes_on_after_the_shares() -> None:
    """…,由区交通运输委牵头。其中,柳河镇…,桃源镇…。同步实施…20公里: the shares answer for their sentence alone; the
    sentence after them is the total's lead's again."""
    units = _units(_SHARES)
    assert units["完成25公里"] == (("柳河镇",), ())
    assert units["完成15公里"] == (("桃源镇",), ())
    assert units["同步实施农村公路安全生命防护工程20公里"] == (("区交通运输委",), ())


def test_who_answers_for_all_or_the_rest_is_no_target() -> None:
    """新增养老床位全部由区社会福利中心负责完成, 其余项目由各镇共同完成: who answers for a total stated before,
    no deliverable of its own."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、社区养老。建成社区养老服务站10个、新增养老床位200张，由区民政局牵头。其中，河湾街道负责完成服务站6个，"
        "石岭街道负责完成服务站4个；新增养老床位全部由区社会福利中心负责完成。\n"
        "二、招商引资。新签约招商项目30个，由区投资促进中心牵头。其中，河湾街道负责完成签约项目12个，"
        "其余项目由各镇共同完成。\n"
    )
    quotes = set(_units(text))
    assert quotes == {
        "建成社区养老服务站10个",
        "新增养老床位200张",
        "完成服务站6个",
        "完成服务站4个",
        "新签约招商项目30个",
        "完成签约项目12个",
    }


def test_what_each_place_is_paid_is_no_target() -> None:
    """对运营满一年的社区养老服务站,每站给予5万元运营补贴: a standard each place is paid, no target; 每人每月
    给予…岗位补贴 stays a project's own."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、社区养老。建成社区养老服务站10个，由区民政局牵头。对运营满一年且评估合格的社区养老服务站，"
        "每站给予5万元运营补贴。\n"
    )
    assert set(_units(text)) == {"建成社区养老服务站10个"}


# --- a closing list of units by group name, with a part made an exception -----------------------------------

_GROUPS_WITH_EXCEPTION = (
    "青禾市人民政府关于下达2026年主要目标的通知\n\n"
    "一、经济指标\n"
    "全市地区生产总值增长6%左右；一般公共预算收入增长5%；税收收入占一般公共预算收入比重不低于70%。\n\n"
    "二、创新指标\n"
    "高新技术企业总数突破900家。\n\n"
    "三、责任分工\n"
    "经济指标：市发改委牵头，市统计局、市工信局配合；其中一般公共预算收入、税收收入占比由市财政局牵头，市税务局配合。\n"
    "创新指标：市科技局牵头，市统计局配合。\n"
    "四、考核奖惩\n"
    "目标完成情况纳入年度综合考核，考核奖励资金按每项指标5万元标准核定。\n"
)


def test_a_group_line_with_a_part_excepted_gives_each_target_its_part() -> None:
    """经济指标:市发改委牵头,…配合;其中一般公共预算收入、税收收入占比由市财政局牵头,市税务局配合。: the targets
    naming the excepted indicators are the part's (with its own helpers), the rest the line's units."""
    assert _units(_GROUPS_WITH_EXCEPTION) == {
        "全市地区生产总值增长6%左右": (("市发改委",), ("市统计局", "市工信局")),
        "一般公共预算收入增长5%": (("市财政局",), ("市税务局",)),
        "税收收入占一般公共预算收入比重不低于70%": (("市财政局",), ("市税务局",)),
        "高新技术企业总数突破900家": (("市科技局",), ("市统计局",)),
    }
