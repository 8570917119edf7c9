"""The figure index (``planengine.observations``): look-ups, exact conversion, conflicts, wrong units.

Metrics and observations are built in code and put in a :class:`FigureIndex` directly, the
way the engine does once per evaluation. The look-ups tested are ``latest``,
``latest_rate``, ``same_period_previous_year`` and ``start_of_year``: which figure each
picks at its date boundaries, that figures are restated exactly in the metric's unit, and
that a conflict or a figure of the wrong kind of unit makes ``NotEvaluable`` only the
look-ups that would have used its date.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planengine import (
    Direction,
    Measure,
    Metric,
    NoData,
    NotEvaluable,
    Observation,
    Reporting,
    parse_quantity,
    unit,
)
from planengine.observations import FigureIndex

YEAR = 2026
MID_YEAR = dt.date(YEAR, 6, 30)


def metric(
    unit_symbol: str = "万元", *, accepts: tuple[str, ...] = (), name_en: str = "R&D spending", id: str = "m"
) -> Metric:
    return Metric(
        id=id,
        name="研发投入",
        unit=unit(unit_symbol),
        reporting=Reporting.CUMULATIVE,
        direction=Direction.INCREASE,
        name_en=name_en,
        accepts=tuple(unit(a) for a in accepts),
    )


def obs(
    day: dt.date,
    amount: str,
    *,
    measure: Measure = Measure.VALUE,
    source: str = "",
    metric_id: str = "m",
    reported_by: str = "",
) -> Observation:
    return Observation(metric_id, day, parse_quantity(amount), measure, source=source, reported_by=reported_by)


def index(m: Metric, *observations: Observation) -> FigureIndex:
    return FigureIndex(observations, {m.id: m})


# --- latest ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (dt.date(YEAR, 6, 29), dt.date(YEAR, 3, 31)),  # the day before a figure: the one before it
        (dt.date(YEAR, 6, 30), dt.date(YEAR, 6, 30)),  # a figure dated on as_of is used
        (dt.date(YEAR, 12, 31), dt.date(YEAR, 9, 30)),
    ],
)
def test_latest_is_the_newest_figure_not_after_as_of(as_of: dt.date, expected: dt.date) -> None:
    m = metric()
    figures = index(
        m, obs(dt.date(YEAR, 9, 30), "30万元"), obs(dt.date(YEAR, 3, 31), "10万元"), obs(dt.date(YEAR, 6, 30), "20万元")
    )
    assert figures.latest(m, YEAR, as_of).date == expected


def test_latest_restates_the_figure_exactly_in_the_metric_unit() -> None:
    m = metric("万元")
    reported = obs(MID_YEAR, "1.23456789亿元")
    figure = index(m, reported).latest(m, YEAR, MID_YEAR)
    assert figure.value == Decimal("12345.6789")  # 1亿元 = 10^4 万元: the decimal point moves four places
    assert figure.observation is reported
    assert figure.describe() == "1.23456789亿元"  # described as reported, not as converted
    assert figure.metric == "m"


def test_latest_ignores_figures_of_other_years() -> None:
    m = metric()
    figures = index(m, obs(dt.date(YEAR - 1, 12, 31), "90万元"), obs(dt.date(YEAR + 1, 1, 10), "5万元"))
    with pytest.raises(NoData) as caught:
        figures.latest(m, YEAR, dt.date(YEAR + 1, 6, 30))
    assert caught.value.explanation.en == f"no {YEAR} figure for R&D spending up to {YEAR + 1}-06-30"
    assert "研发投入" in caught.value.explanation.zh and f"{YEAR}年" in caught.value.explanation.zh


def test_latest_after_the_year_uses_the_year_end_figure() -> None:
    m = metric()
    figures = index(m, obs(dt.date(YEAR, 12, 31), "100万元"), obs(dt.date(YEAR + 1, 1, 31), "8万元"))
    assert figures.latest(m, YEAR, dt.date(YEAR + 1, 3, 1)).value == Decimal(100)


def test_an_english_sentence_falls_back_to_the_chinese_name() -> None:
    m = metric(name_en="")
    with pytest.raises(NoData, match="for 研发投入 up to"):
        index(m).latest(m, YEAR, MID_YEAR)


def test_the_same_amount_reported_twice_is_not_a_conflict() -> None:
    m = metric("万元")
    figures = index(
        m, obs(MID_YEAR, "13亿元", source="a.csv:line 2"), obs(MID_YEAR, "130000万元", source="b.csv:line 5")
    )
    assert figures.latest(m, YEAR, MID_YEAR).value == Decimal(130000)  # 13 × 10^4 万元 both ways


@given(
    st.dictionaries(st.dates(dt.date(YEAR - 1, 11, 1), dt.date(YEAR + 1, 2, 28)), st.integers(0, 10**9), max_size=10),
    st.dates(dt.date(YEAR - 1, 12, 1), dt.date(YEAR + 1, 1, 31)),
)
@settings(max_examples=150, deadline=None)
def test_latest_is_the_newest_figure_of_the_year_for_any_series(series: dict[dt.date, int], as_of: dt.date) -> None:
    m = metric("万元")
    figures = index(m, *(obs(day, f"{amount}万元") for day, amount in series.items()))
    usable = [day for day in series if day.year == YEAR and day <= as_of]
    if not usable:
        with pytest.raises(NoData):
            figures.latest(m, YEAR, as_of)
        return
    figure = figures.latest(m, YEAR, as_of)
    assert figure.date == max(usable)
    assert figure.value == series[max(usable)]


# --- conflicts -------------------------------------------------------------------------------------


def test_a_conflict_names_both_figures_and_their_sources() -> None:
    m = metric()
    figures = index(
        m, obs(MID_YEAR, "100万元", source="a.csv:line 2"), obs(MID_YEAR, "120万元", reported_by="区统计局")
    )
    with pytest.raises(NotEvaluable) as caught:
        figures.latest(m, YEAR, MID_YEAR)
    en = caught.value.explanation.en
    assert en.startswith(f"conflicting figures for R&D spending on {MID_YEAR.isoformat()}: ")
    # the second has no source: the unit that reported it stands in for one
    assert "100万元 (a.csv:line 2)" in en and "120万元 (区统计局)" in en
    assert "互相矛盾" in caught.value.explanation.zh


@pytest.mark.parametrize(
    ("as_of", "used"),
    [
        (dt.date(YEAR, 6, 29), dt.date(YEAR, 3, 31)),  # before the conflict: the March figure is used
        (dt.date(YEAR, 6, 30), None),  # on it, and after it while it is the newest date: blocked
        (dt.date(YEAR, 9, 29), None),
        (dt.date(YEAR, 9, 30), dt.date(YEAR, 9, 30)),
    ],  # a newer clean figure supersedes it
)
def test_a_conflict_blocks_only_lookups_that_would_use_its_date(as_of: dt.date, used: dt.date | None) -> None:
    m = metric()
    figures = index(
        m,
        obs(dt.date(YEAR, 3, 31), "10万元"),
        obs(MID_YEAR, "20万元"),
        obs(MID_YEAR, "21万元"),
        obs(dt.date(YEAR, 9, 30), "30万元"),
    )
    if used is None:
        with pytest.raises(NotEvaluable):
            figures.latest(m, YEAR, as_of)
    else:
        assert figures.latest(m, YEAR, as_of).date == used


def test_a_conflict_in_the_previous_year_leaves_this_year_without_data_not_unevaluable() -> None:
    m = metric()
    figures = index(m, obs(dt.date(YEAR - 1, 12, 31), "1万元"), obs(dt.date(YEAR - 1, 12, 31), "2万元"))
    with pytest.raises(NoData):
        figures.latest(m, YEAR, MID_YEAR)


@given(
    st.dictionaries(st.dates(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)), st.integers(0, 1000), max_size=8),
    st.dates(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)),
    st.dates(dt.date(YEAR, 1, 1), dt.date(YEAR + 1, 1, 31)),
)
@settings(max_examples=150, deadline=None)
def test_a_conflict_changes_only_the_lookups_that_would_use_it(
    clean: dict[dt.date, int], conflict_day: dt.date, as_of: dt.date
) -> None:
    clean.pop(conflict_day, None)
    m = metric("万元")
    plain = [obs(day, f"{amount}万元") for day, amount in clean.items()]
    with_conflict = index(m, *plain, obs(conflict_day, "1万元"), obs(conflict_day, "2万元"))
    # the conflicting date would be used when it is not after as_of and no clean figure is newer
    would_use = conflict_day <= as_of and not any(conflict_day < day <= as_of for day in clean)
    if would_use:
        with pytest.raises(NotEvaluable):
            with_conflict.latest(m, YEAR, as_of)
        return
    without = index(m, *plain)
    try:
        expected = without.latest(m, YEAR, as_of)
    except NoData:
        with pytest.raises(NoData):
            with_conflict.latest(m, YEAR, as_of)
        return
    assert with_conflict.latest(m, YEAR, as_of) == expected


# --- units -----------------------------------------------------------------------------------------


def test_a_figure_in_a_unit_of_another_kind_is_not_evaluable() -> None:
    m = metric("万元")
    with pytest.raises(NotEvaluable) as caught:
        index(m, obs(MID_YEAR, "5人", source="b.csv:line 3")).latest(m, YEAR, MID_YEAR)
    assert caught.value.explanation.en == (
        "R&D spending is measured in 万元, but the figure 5人 (b.csv:line 3) is in a unit of another kind"
    )


def test_a_plain_number_metric_says_so_when_a_unit_does_not_fit() -> None:
    m = metric("")
    with pytest.raises(NotEvaluable, match="measured in a plain number, but the figure 5家 \\(no source\\)"):
        index(m, obs(MID_YEAR, "5家")).latest(m, YEAR, MID_YEAR)


def test_a_wrong_unit_superseded_by_a_newer_figure_does_not_matter() -> None:
    m = metric("万元")
    figures = index(m, obs(dt.date(YEAR, 3, 31), "5人"), obs(MID_YEAR, "50万元"))
    assert figures.latest(m, YEAR, MID_YEAR).value == Decimal(50)
    with pytest.raises(NotEvaluable):
        figures.latest(m, YEAR, dt.date(YEAR, 4, 30))


def test_a_wrong_unit_makes_its_whole_date_unusable() -> None:
    """A usable figure on the same date does not rescue it: the date is set aside, not half-used."""
    m = metric("万元")
    figures = index(m, obs(MID_YEAR, "50万元"), obs(MID_YEAR, "5人"))
    with pytest.raises(NotEvaluable, match="unit of another kind"):
        figures.latest(m, YEAR, MID_YEAR)


@pytest.mark.parametrize(
    ("metric_unit", "reported", "value"),
    [
        ("人", "3个", Decimal(3)),  # one thing for one person
        ("万人", "200个", Decimal("0.02")),
    ],
)  # 200 people are 0.02万人
def test_an_accepted_count_unit_counts_one_for_one(metric_unit: str, reported: str, value: Decimal) -> None:
    m = metric(metric_unit, accepts=("个",))
    assert index(m, obs(MID_YEAR, reported)).latest(m, YEAR, MID_YEAR).value == value


def test_accepting_one_count_unit_does_not_accept_others() -> None:
    m = metric("人", accepts=("个",))
    with pytest.raises(NotEvaluable):
        index(m, obs(MID_YEAR, "3家")).latest(m, YEAR, MID_YEAR)


def test_figures_of_unknown_metrics_are_set_aside_in_order() -> None:
    m = metric()
    stray = [obs(MID_YEAR, "1家", metric_id="x"), obs(MID_YEAR, "2家", metric_id="y")]
    figures = FigureIndex([stray[0], obs(MID_YEAR, "9万元"), stray[1]], {"m": m})
    assert figures.unknown_metrics == stray
    assert figures.metric("m") is m
    with pytest.raises(KeyError):
        figures.metric("x")


# --- year-on-year rates ----------------------------------------------------------------------------


def test_a_rate_is_a_fraction_and_values_and_rates_stay_apart() -> None:
    m = metric()
    figures = index(m, obs(dt.date(YEAR, 3, 31), "8.5%", measure=Measure.YOY), obs(MID_YEAR, "60万元"))
    rate = figures.latest_rate(m, YEAR, MID_YEAR)
    assert rate is not None and (rate.date, rate.value) == (dt.date(YEAR, 3, 31), Decimal("0.085"))
    assert figures.latest(m, YEAR, MID_YEAR).date == MID_YEAR  # the rate is not a value
    assert index(m, obs(MID_YEAR, "60万元")).latest_rate(m, YEAR, MID_YEAR) is None
    with pytest.raises(NoData):
        index(m, obs(MID_YEAR, "8%", measure=Measure.YOY)).latest(m, YEAR, MID_YEAR)


def test_since_leaves_older_rates_and_their_conflicts_out() -> None:
    m = metric()
    march = dt.date(YEAR, 3, 31)
    figures = index(m, obs(march, "8%", measure=Measure.YOY), obs(march, "9%", measure=Measure.YOY))
    with pytest.raises(NotEvaluable):
        figures.latest_rate(m, YEAR, MID_YEAR)
    assert figures.latest_rate(m, YEAR, MID_YEAR, since=dt.date(YEAR, 4, 1)) is None
    with pytest.raises(NotEvaluable):  # since on the conflict's own date still includes it
        figures.latest_rate(m, YEAR, MID_YEAR, since=march)


def test_a_rate_must_be_written_as_a_ratio() -> None:
    m = metric()
    with pytest.raises(NotEvaluable, match="5万元"):
        index(m, obs(MID_YEAR, "5万元", measure=Measure.YOY)).latest_rate(m, YEAR, MID_YEAR)


# --- the same period of the previous year ----------------------------------------------------------


@pytest.mark.parametrize(
    ("figure_days", "used"),
    [
        ((dt.date(YEAR - 1, 6, 22), dt.date(YEAR - 1, 6, 28)), dt.date(YEAR - 1, 6, 22)),  # at or before the day
        ((dt.date(YEAR - 1, 6, 28),), dt.date(YEAR - 1, 6, 28)),  # else later in the same dekad
        ((dt.date(YEAR - 1, 6, 21),), dt.date(YEAR - 1, 6, 21)),
    ],  # the dekad's first day
)
def test_the_same_period_is_the_dekad_holding_the_same_day(figure_days: tuple[dt.date, ...], used: dt.date) -> None:
    m = metric()
    figures = index(m, *(obs(day, "10万元") for day in figure_days))
    # 25 June 2026 maps to 25 June 2025, in the dekad 21-30 June 2025 (下旬)
    assert figures.same_period_previous_year(m, dt.date(YEAR, 6, 25)).date == used


def test_a_figure_from_another_dekad_is_not_the_same_period() -> None:
    m = metric()
    figures = index(
        m,
        obs(dt.date(YEAR - 1, 6, 20), "10万元"),
        obs(dt.date(YEAR - 1, 7, 1), "11万元"),
        obs(dt.date(YEAR, 6, 25), "12万元"),
    )
    with pytest.raises(NoData) as caught:
        figures.same_period_previous_year(m, dt.date(YEAR, 6, 25))
    assert caught.value.explanation.en == (
        f"no figure for R&D spending in the same period of the previous year ({YEAR - 1}-06-21 to {YEAR - 1}-06-30)"
    )
    assert f"{YEAR - 1}年6月下旬" in caught.value.explanation.zh


def test_a_conflict_blocks_the_same_period_only_inside_its_dekad() -> None:
    m = metric()
    clash = (obs(dt.date(YEAR - 1, 6, 24), "10万元"), obs(dt.date(YEAR - 1, 6, 24), "11万元"))
    with pytest.raises(NotEvaluable):
        index(m, *clash).same_period_previous_year(m, dt.date(YEAR, 6, 25))
    # 24 June 2025 lies outside the dekad of 5 July 2025 (1-10 July): that look-up never sees it
    assert index(m, *clash, obs(dt.date(YEAR - 1, 7, 5), "12万元")).same_period_previous_year(
        m, dt.date(YEAR, 7, 5)
    ).value == Decimal(12)


def test_a_leap_day_compares_with_the_end_of_february() -> None:
    m = metric()
    figures = index(m, obs(dt.date(2027, 2, 28), "10万元"))
    # 29 Feb 2028 maps to 28 Feb 2027, in the dekad 21-28 February 2027
    assert figures.same_period_previous_year(m, dt.date(2028, 2, 29)).date == dt.date(2027, 2, 28)


# --- the start of the year -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "usable"),
    [
        (dt.date(YEAR - 1, 12, 20), False),
        (dt.date(YEAR - 1, 12, 21), True),
        (dt.date(YEAR - 1, 12, 31), True),
        (dt.date(YEAR, 1, 1), True),
        (dt.date(YEAR, 1, 2), False),
    ],
)
def test_the_start_of_year_level_is_dated_21_december_to_1_january(day: dt.date, usable: bool) -> None:
    m = metric()
    figures = index(m, obs(day, "40万元"))
    if usable:
        assert figures.start_of_year(m, YEAR).value == Decimal(40)
    else:
        with pytest.raises(NoData, match=f"a figure dated {YEAR - 1}-12-21 to {YEAR}-01-01"):
            figures.start_of_year(m, YEAR)


def test_the_start_of_year_prefers_1_january_to_31_december() -> None:
    m = metric()
    figures = index(m, obs(dt.date(YEAR - 1, 12, 31), "40万元"), obs(dt.date(YEAR, 1, 1), "41万元"))
    assert figures.start_of_year(m, YEAR).value == Decimal(41)
