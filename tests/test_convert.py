"""The cattrs converter (``planengine.convert``): strict types, clear refusals, lossless round trips.

Spec data arrives as strings, ints and ``Decimal`` (spec readers parse floats as Decimal);
the converter turns it into the model and back. Tested: the notation of quantities, rates,
units, dates and enums; that binary floats, booleans posing as numbers, a lone string where
a list of names is expected and unknown keys are refused with a sentence that says what to
write; ``default_unit`` for bare numbers; ``make_converter(omit_if_default=...)``; and, as
properties, that quantities, rates, decimals, dates and metrics survive unstructure then
structure unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import (
    Cadence,
    Direction,
    Explanation,
    Metric,
    ProgressBasis,
    Quantity,
    QuantityError,
    Rate,
    Reporting,
    Task,
    Unit,
    unit,
)
from planengine.convert import converter, default_unit, format_rate, make_converter
from planengine.quantities import known_units

METRIC = {"id": "firms", "name": "高新技术企业数", "unit": "家", "reporting": "level", "direction": "increase"}


def leaf_errors(data: Any, cls: type) -> dict[str, str]:
    """The messages of a failed structuring, by attribute (from cattrs' notes), flattened."""
    with pytest.raises(cattrs.ClassValidationError) as caught:
        converter.structure(data, cls)
    found: dict[str, str] = {}
    for exc in caught.value.exceptions:
        notes = getattr(exc, "__notes__", [])
        where = notes[0].rsplit("@ attribute ", 1)[-1] if notes else ""
        found[where] = str(exc)
    return found


# --- numbers, quantities, rates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1,234.5", Decimal("1234.5")), (7, Decimal(7)), (Decimal("0.1"), Decimal("0.1")), ("-3", Decimal(-3))],
)
def test_a_decimal_comes_from_text_ints_and_decimals(value: Any, expected: Decimal) -> None:
    assert converter.structure(value, Decimal) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.1, "expected a number, got float 0.1"),
        (True, "expected a number, got True"),
        ("1e5", "not a number written like 1234.5"),
    ],
)
def test_floats_booleans_and_exponents_are_not_decimals(value: Any, message: str) -> None:
    with pytest.raises(QuantityError, match=re.escape(message)):
        converter.structure(value, Decimal)


def test_a_quantity_is_text_with_its_unit() -> None:
    assert converter.structure("13亿元", Quantity) == Quantity(Decimal(13), unit("亿元"))
    assert converter.unstructure(Quantity(Decimal("13.50"), unit("亿元"))) == "13.5亿元"  # no trailing zeros


@pytest.mark.parametrize("value", [0.5, True, None, ["85家"]])
def test_a_quantity_that_is_not_text_or_a_number_is_refused(value: Any) -> None:
    with pytest.raises(
        QuantityError, match=re.escape(f"expected a quantity such as '13亿元' or '85家', got {value!r}")
    ):
        converter.structure(value, Quantity)


def test_a_bare_number_takes_the_default_unit_only_while_it_is_set() -> None:
    token = default_unit.set(unit("家"))
    try:
        assert converter.structure(85, Quantity) == Quantity(Decimal(85), unit("家"))
        assert converter.structure(Decimal("8.5"), Quantity) == Quantity(Decimal("8.5"), unit("家"))
        assert converter.structure("85万元", Quantity) == Quantity(Decimal(85), unit("万元"))  # a written unit wins
    finally:
        default_unit.reset(token)
    with pytest.raises(QuantityError, match="'85' has no unit"):
        converter.structure(85, Quantity)


@pytest.mark.parametrize(
    ("value", "fraction"),
    [
        ("10%", Decimal("0.1")),
        ("-5%", Decimal("-0.05")),
        ("8.5％", Decimal("0.085")),
        ("15‰", Decimal("0.015")),
    ],
)
def test_a_rate_is_a_percentage(value: Any, fraction: Decimal) -> None:
    assert converter.structure(value, Rate) == fraction


@pytest.mark.parametrize("value", ["0.15", Decimal("0.15"), 10, Decimal(10), "10"])
def test_a_bare_number_is_not_a_rate(value: Any) -> None:
    """10 could be 10% or 1000%: a spec writes the % sign (found in review: 10 meant 1000%)."""
    with pytest.raises(QuantityError, match="write a rate with its unit"):
        converter.structure(value, Rate)


def test_a_rate_is_written_as_a_percentage() -> None:
    assert converter.unstructure(Decimal("0.085"), unstructure_as=Rate) == "8.5%"
    assert format_rate(Decimal("-0.05")) == "-5%"
    assert format_rate(Decimal("1E-5")) == "0.001%"  # plainly, never with an exponent
    assert converter.unstructure(Decimal("0.085")) == "0.085"  # a plain Decimal stays a fraction


def test_a_unit_is_its_symbol() -> None:
    assert converter.structure("万元", Unit) == unit("万元")
    assert converter.unstructure(unit("万元")) == "万元"
    with pytest.raises(QuantityError, match="expected a unit such as '万元' or '家', got 5"):
        converter.structure(5, Unit)
    with pytest.raises(QuantityError, match="unknown unit 'parsec'"):
        converter.structure("parsec", Unit)


# --- strict types ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cls", "message"),
    [
        (5, str, "expected text, got int 5"),
        (True, int, "expected a whole number, got True"),
        (Decimal("3.5"), int, "expected a whole number, got Decimal('3.5')"),
        ("3", int, "expected a whole number, got '3'"),
        ("true", bool, "expected true or false, got 'true'"),
        (1, bool, "expected true or false, got 1"),
    ],
)
def test_scalars_are_not_coerced(value: Any, cls: type, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        converter.structure(value, cls)


def test_a_whole_decimal_is_an_int() -> None:
    assert converter.structure(Decimal(3), int) == 3  # TOML and JSON numbers arrive as Decimal
    assert type(converter.structure(Decimal(3), int)) is int


@pytest.mark.parametrize("value", ["2026/06/30", "30 June 2026", dt.datetime(2026, 6, 30), 20260630])
def test_a_date_must_be_written_yyyy_mm_dd(value: Any) -> None:
    with pytest.raises(ValueError, match=re.escape(f"expected a date written YYYY-MM-DD, got {value!r}")):
        converter.structure(value, dt.date)


def test_a_date_comes_from_iso_text_or_a_toml_date() -> None:
    assert converter.structure("2026-06-30", dt.date) == dt.date(2026, 6, 30)
    assert converter.structure(dt.date(2026, 6, 30), dt.date) == dt.date(2026, 6, 30)
    assert converter.unstructure(dt.date(2026, 6, 30)) == "2026-06-30"


def test_an_enum_lists_the_values_it_allows() -> None:
    errors = leaf_errors({**METRIC, "direction": "up", "frequency": "weekly"}, Metric)
    assert errors == {
        "direction": "'up' is not allowed here; use one of 'increase', 'decrease'",
        "frequency": "'weekly' is not allowed here; use one of 'year', 'quarter', 'month', 'dekad'",
    }


def test_a_lone_string_is_refused_where_a_list_of_names_is_expected() -> None:
    errors = leaf_errors({"id": "a", "number": "1", "title": "t", "lead": "kgj"}, Task)
    assert errors == {"lead": "expected a list such as ['kgj'], not the text 'kgj'"}  # not ('k', 'g', 'j')


@pytest.mark.parametrize(
    ("value", "message"), [(["kgj", 1], "but it holds 1"), ({"kgj": 1}, "expected a list of names, got {'kgj': 1}")]
)
def test_a_list_of_names_holds_only_text(value: Any, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        converter.structure(value, tuple[str, ...])


def test_a_list_of_names_becomes_a_tuple() -> None:
    assert converter.structure(["kgj", "edu"], tuple[str, ...]) == ("kgj", "edu")


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(cattrs.ClassValidationError) as caught:
        converter.structure({**METRIC, "colour": "red"}, Metric)
    [error] = caught.value.exceptions
    assert isinstance(error, cattrs.ForbiddenExtraKeysError) and error.extra_fields == {"colour"}


def test_an_explanation_needs_both_sentences() -> None:
    assert converter.structure({"zh": "达标", "en": "met"}, Explanation) == Explanation("达标", "met")
    assert converter.unstructure(Explanation("达标", "met")) == {"zh": "达标", "en": "met"}
    with pytest.raises(ValueError, match="expected an explanation with 'zh' and 'en' sentences"):
        converter.structure({"zh": "达标"}, Explanation)


# --- omit_if_default -------------------------------------------------------------------------------


def test_omit_if_default_decides_whether_defaults_are_written() -> None:
    metric = converter.structure(METRIC, Metric)
    short = make_converter().unstructure(metric)
    full = make_converter(omit_if_default=False).unstructure(metric)
    assert short == METRIC  # only what the spec wrote
    assert full == {
        **METRIC,
        "description": "",
        "reporter": None,
        "frequency": None,
        "name_en": "",
        "accepts": [],
        "progress_basis": None,
    }
    assert converter.structure(full, Metric) == converter.structure(short, Metric) == metric


# --- round trips -----------------------------------------------------------------------------------

#: Up to 19 significant digits, well inside the 28 that ``parse_decimal`` keeps exactly.
AMOUNTS = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6, allow_nan=False, allow_infinity=False
)
UNITS = st.sampled_from([u for u in known_units() if u.symbol])


@given(AMOUNTS, UNITS)
@settings(max_examples=100, deadline=None)
def test_a_quantity_round_trips(magnitude: Decimal, quantity_unit: Unit) -> None:
    quantity = Quantity(magnitude, quantity_unit)
    written = converter.unstructure(quantity)
    assert isinstance(written, str) and "E" not in written
    back = converter.structure(written, Quantity)
    assert back == quantity and back.unit == quantity_unit  # the unit as written, not converted


@given(AMOUNTS)
@settings(max_examples=50, deadline=None)
def test_a_plain_number_round_trips_with_its_default_unit(magnitude: Decimal) -> None:
    token = default_unit.set(unit(""))
    try:
        assert converter.structure(converter.unstructure(Quantity(magnitude, unit(""))), Quantity) == Quantity(
            magnitude, unit("")
        )
    finally:
        default_unit.reset(token)


@given(st.decimals(min_value=-10, max_value=10, places=10, allow_nan=False, allow_infinity=False))
@settings(max_examples=100, deadline=None)
def test_a_rate_round_trips(rate: Decimal) -> None:
    written = converter.unstructure(rate, unstructure_as=Rate)
    assert written.endswith("%") and "E" not in written
    assert converter.structure(written, Rate) == rate


@given(AMOUNTS)
@settings(max_examples=100, deadline=None)
def test_a_decimal_round_trips_as_plain_text(number: Decimal) -> None:
    written = converter.unstructure(number)
    assert re.fullmatch(r"-?\d+(\.\d*[1-9])?", written)  # plain, no exponent or trailing zeros
    assert converter.structure(written, Decimal) == number


@given(st.dates())
@settings(max_examples=50, deadline=None)
def test_a_date_round_trips(day: dt.date) -> None:
    assert converter.structure(converter.unstructure(day), dt.date) == day


METRICS = st.builds(
    Metric,
    id=st.text(min_size=1, max_size=8),
    name=st.text(max_size=8),
    unit=UNITS,
    reporting=st.sampled_from(list(Reporting)),
    direction=st.sampled_from(list(Direction)),
    description=st.text(max_size=8),
    reporter=st.none() | st.text(max_size=5),
    frequency=st.none() | st.sampled_from(list(Cadence)),
    name_en=st.text(max_size=8),
    accepts=st.lists(UNITS, max_size=2).map(tuple),
    progress_basis=st.none() | st.sampled_from(list(ProgressBasis)),
)


@given(METRICS, st.booleans())
@settings(max_examples=60, deadline=None)
def test_a_metric_round_trips_with_either_converter(metric: Metric, omit_if_default: bool) -> None:
    conv = make_converter(omit_if_default=omit_if_default)
    assert conv.structure(conv.unstructure(metric), Metric) == metric


SPEC_HEAD = 'format = 1\nid = "p"\ntitle = "t"\nissuer = "i"\nyear = 2026\n'
METRIC_TOML = '[[metrics]]\nid = "m"\nname = "n"\nunit = "人"\nreporting = "level"\ndirection = "increase"\n'


@pytest.mark.parametrize("value", ["个项", "万人"])
def test_a_lone_string_is_never_split_into_characters(value: str) -> None:
    """Found in review: accepts = "个项" became (个, 项)."""
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(SPEC_HEAD + METRIC_TOML + f'accepts = "{value}"\n')
    assert [(e.path, e.message) for e in caught.value.errors] == [
        ("metrics[0].accepts", f"expected a list such as [{value!r}], not the text {value!r}")
    ]


def test_a_cadence_list_given_as_text_is_refused_once() -> None:
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(SPEC_HEAD + '[cadence]\nreports = "month"\n')
    assert [e.path for e in caught.value.errors] == ["cadence.reports"]
    assert "expected a list such as ['month']" in caught.value.errors[0].message


@pytest.mark.parametrize("text", ["20260630", "2026-W27-2", "2026-6-30"])
def test_only_dates_written_yyyy_mm_dd_are_read(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        converter.structure(text, dt.date)
