"""Quantities: parsing the plan's notation, exact conversion, refusal to mix dimensions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine import Quantity, QuantityError, UnitMismatchError, parse_quantity, parse_rate, unit
from planengine.quantities import UnknownUnitError, known_units, parse_decimal


@pytest.mark.parametrize(
    ("text", "base", "dimension"),
    [
        ("13亿元", Decimal("1300000000"), "money"),
        ("5000万元", Decimal("50000000"), "money"),
        ("0.2万人", Decimal("2000"), "persons"),
        ("10%", Decimal("0.1"), "ratio"),
        ("85家", Decimal("85"), "enterprises"),
        ("1-2项".split("-")[1], Decimal("2"), "items"),
        ("5名", Decimal("5"), "persons"),
        ("1亿", Decimal("100000000"), "money"),
        (" 1,200 万元 ", Decimal("12000000"), "money"),
        ("-5%", Decimal("-0.05"), "ratio"),
        ("20GWh", Decimal("20000000"), "energy"),  # in 千瓦时 (kWh)
        ("50MW", Decimal("50000"), "power"),  # in 千瓦 (kW)
        ("1.5万千瓦", Decimal("15000"), "power"),
        ("12.6km", Decimal("12600"), "length"),
        ("500公斤", Decimal("0.5"), "mass"),  # in 吨
    ],
)
def test_parse_normalises_to_base_units(text: str, base: Decimal, dimension: str) -> None:
    quantity = parse_quantity(text)
    assert quantity.base == base
    assert quantity.dimension == dimension


def test_a_quantity_keeps_the_unit_it_was_written_in() -> None:
    assert str(parse_quantity("13亿元")) == "13亿元"
    assert parse_quantity("13亿元").to("万元") == Quantity(Decimal("130000"), unit("万元"))
    assert parse_quantity("13亿元").same_amount(parse_quantity("130000万元"))


@pytest.mark.parametrize("text", ["", "万元", "abc", "12 parsecs", "1.2.3万元", "--5家"])
def test_unreadable_quantities_are_refused(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


def test_a_bare_number_needs_a_unit_or_a_default() -> None:
    with pytest.raises(QuantityError, match="no unit"):
        parse_quantity("85")
    assert parse_quantity("85", default_unit="家") == Quantity(Decimal(85), unit("家"))


def test_unknown_unit_is_named() -> None:
    with pytest.raises(UnknownUnitError, match="'斗'"):
        parse_quantity("5斗")


def test_mixing_people_and_money_is_an_error() -> None:
    with pytest.raises(UnitMismatchError, match="persons.*money|money.*persons"):
        parse_quantity("5人").to("万元")
    with pytest.raises(UnitMismatchError):
        assert parse_quantity("5人") < parse_quantity("5元")


def test_rates() -> None:
    assert parse_rate("10%") == Decimal("0.1")
    assert parse_rate("0.15") == Decimal("0.15")
    assert parse_rate(Decimal("0.2")) == Decimal("0.2")
    with pytest.raises(QuantityError):
        parse_rate(0.1)  # a binary float is inexact and refused


DECIMALS = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False, places=6
)
UNITS = st.sampled_from([u for u in known_units() if u.symbol])


@given(DECIMALS, UNITS)
def test_text_round_trip(magnitude: Decimal, u: object) -> None:
    quantity = Quantity(magnitude, u)  # type: ignore[arg-type]
    assert parse_quantity(str(quantity)).same_amount(quantity)


@given(DECIMALS, UNITS, st.data())
def test_conversion_is_exact_and_reversible(magnitude: Decimal, u: object, data: st.DataObject) -> None:
    quantity = Quantity(magnitude, u)  # type: ignore[arg-type]
    other = data.draw(st.sampled_from([v for v in known_units() if v.dimension == quantity.dimension]))
    converted = quantity.to(other)
    assert converted.base == quantity.base
    assert converted.to(quantity.unit).magnitude == magnitude


@given(DECIMALS, DECIMALS, st.sampled_from(["元", "万元", "亿元"]), st.sampled_from(["元", "万元", "亿元"]))
def test_ordering_is_scale_invariant(a: Decimal, b: Decimal, ua: str, ub: str) -> None:
    """Comparing two amounts gives the same answer whatever units they are written in."""
    qa, qb = Quantity(a, unit(ua)), Quantity(b, unit(ub))
    assert (qa < qb) == (qa.base < qb.base)
    assert (qa.to("元") <= qb.to("亿元")) == (qa.base <= qb.base)


@given(DECIMALS, st.integers(min_value=-8, max_value=8))
def test_scaling_both_sides_keeps_order(a: Decimal, k: int) -> None:
    """Restating a figure and its target in a unit 10^k larger leaves their comparison alone."""
    target = parse_quantity("13亿元")
    figure = Quantity(a, unit("万元"))
    assert (figure >= target) == (figure.base.scaleb(k) >= target.base.scaleb(k))


@pytest.mark.parametrize("text", ["1,5", "12,34,5", "1e3", "1_000", "NaN", "Infinity", "1.2.3"])
def test_numbers_are_never_silently_reread(text: str) -> None:
    """A comma is only a thousands separator; exponents, underscores and specials are refused."""
    with pytest.raises(QuantityError):
        parse_decimal(text)


def test_thousands_separators_are_read() -> None:
    assert parse_decimal("1,234,567.5") == Decimal("1234567.5")


def test_more_digits_than_are_kept_exactly_are_refused() -> None:
    with pytest.raises(QuantityError, match="more than 28 significant digits"):
        parse_decimal("100.000000000000000000000000001")
