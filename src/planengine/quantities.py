"""Exact quantities with the units Chinese plans write: 13亿元, 5000万元, 0.2万人, 10%, 85家.

Every unit is a power of ten of its dimension's base unit (亿元 = 10^8 元, 万人 = 10^4 人,
% = 10^-2), so a conversion is a ``Decimal.scaleb`` and never rounds. Units of different
dimensions (人 against 元) cannot be converted or compared: that raises
:class:`UnitMismatchError`. The module does no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .errors import PlanengineError

__all__ = [
    "Quantity",
    "QuantityError",
    "Unit",
    "UnitMismatchError",
    "UnknownUnitError",
    "parse_decimal",
    "parse_quantity",
    "parse_rate",
    "unit",
    "format_decimal",
    "known_units",
]


class QuantityError(PlanengineError, ValueError):
    """A number or quantity could not be read."""


class UnknownUnitError(QuantityError):
    """A unit symbol that planengine does not know."""


class UnitMismatchError(QuantityError):
    """Two quantities of different dimensions were mixed (人 against 元)."""


@attrs.frozen
class Unit:
    """A unit of measure: ``symbol`` is ``10**exponent`` of its dimension's base unit."""

    symbol: str
    dimension: str
    exponent: int = 0

    def __str__(self) -> str:
        return self.symbol


def _family(dimension: str, base: str, *prefixed: tuple[str, int]) -> list[Unit]:
    units = [Unit(base, dimension, 0)]
    units += [Unit(symbol, dimension, exponent) for symbol, exponent in prefixed]
    return units


_UNITS: Final[dict[str, Unit]] = {
    u.symbol: u
    for u in [
        *_family("money", "元", ("万元", 4), ("亿元", 8), ("千元", 3), ("百万元", 6)),
        *_family("persons", "人", ("万人", 4), ("名", 0), ("位", 0), ("万名", 4)),
        *_family("person-times", "人次", ("万人次", 4)),
        *_family("enterprises", "家", ("万家", 4), ("户", 0), ("万户", 4)),
        *_family(
            "items",
            "个",
            ("项", 0),
            ("件", 0),
            ("所", 0),
            ("座", 0),
            ("条", 0),
            ("套", 0),
            ("台", 0),
            ("次", 0),
            ("场", 0),
            ("批", 0),
            ("处", 0),
        ),
        *_family("ratio", "", ("%", -2), ("‰", -3)),
        *_family("area-mu", "亩", ("万亩", 4)),
        *_family("area-m2", "平方米", ("万平方米", 4)),
        *_family("mass", "吨", ("万吨", 4), ("千克", -3), ("公斤", -3)),
        *_family("mass-jin", "斤", ("万斤", 4), ("亿斤", 8)),
        *_family("length", "米", ("公里", 3), ("千米", 3), ("厘米", -2)),
        *_family("energy", "千瓦时", ("万千瓦时", 4), ("亿千瓦时", 8), ("度", 0)),
        *_family("power", "千瓦", ("万千瓦", 4)),
        # a milestone's reported stage (阶段): 0 not started ... 3 done, see the milestone plugin
        *_family("stage", "阶段"),
    ]
}

#: Aliases that mean exactly another unit.
_ALIASES: Final[dict[str, str]] = {
    "亿": "亿元",  # 高新技术产业增加值1亿以上: an amount of money
    "万": "万元",
    "％": "%",
    "延米": "米",  # 新建桥梁1126延米: metres along a bridge or a pipe
    "延长米": "米",
    # Latin symbols for units written in Chinese
    "km": "公里",
    "m": "米",
    "t": "吨",
    "kg": "千克",
    "kW": "千瓦",
    "kWh": "千瓦时",
}

#: Latin symbols that are powers of ten of a Chinese unit, as (unit, exponent).
_LATIN_MULTIPLES: Final[dict[str, tuple[str, int]]] = {
    "MW": ("千瓦", 3),
    "GW": ("千瓦", 6),
    "MWh": ("千瓦时", 3),
    "GWh": ("千瓦时", 6),
}


def known_units() -> tuple[Unit, ...]:
    """All units planengine knows, in a stable order."""
    return tuple(_UNITS.values())


def unit(symbol: str) -> Unit:
    """The :class:`Unit` written as ``symbol``; raises :class:`UnknownUnitError`."""
    symbol = symbol.strip()
    found = _UNITS.get(_ALIASES.get(symbol, symbol))
    if found is None and symbol in _LATIN_MULTIPLES:
        base, exponent = _LATIN_MULTIPLES[symbol]
        found = Unit(symbol, _UNITS[base].dimension, _UNITS[base].exponent + exponent)
    if found is None:
        raise UnknownUnitError(f"unknown unit {symbol!r}")
    return found


def parse_decimal(text: object, *, bounded: bool = True) -> Decimal:
    """A ``Decimal`` from a string, int or Decimal; floats are refused (they are inexact).

    What a user writes is ``bounded``: below 10^18, with at most 10 decimal places. Numbers
    planengine computed itself (a result read back from JSON) are read with ``bounded=False``.
    """
    if isinstance(text, bool):
        raise QuantityError(f"expected a number, got {text!r}")
    if isinstance(text, Decimal):
        number = text
    elif isinstance(text, int):
        number = Decimal(text)
    elif isinstance(text, str):
        cleaned = text.strip()
        if not _NUMBER.match(cleaned):
            raise QuantityError(f"{_short(text)} is not a number written like 1234.5 or 1,234.5")
        number = Decimal(cleaned.replace(",", "").replace("，", ""))
    else:
        raise QuantityError(f"expected a number, got {type(text).__name__} {_short(text)}")
    if not number.is_finite():
        raise QuantityError(f"{_short(text)} is not a finite number")
    if len(number.as_tuple().digits) > MAX_DIGITS:
        raise QuantityError(
            f"{_short(text)} has more than {MAX_DIGITS} significant digits, more than planengine keeps exactly; round it"
        )
    if not bounded:
        return number
    if number and number.adjusted() >= MAX_INTEGER_DIGITS:
        raise QuantityError(
            f"{_short(text)} is too large: planengine reads numbers below 10^{MAX_INTEGER_DIGITS} "
            f"(write a large amount in a larger unit, e.g. 亿元)"
        )
    if number.as_tuple().exponent < -MAX_DECIMAL_PLACES and number != number.quantize(_SMALLEST, rounding="ROUND_DOWN"):  # type: ignore[operator]
        raise QuantityError(
            f"{_short(text)} has more than {MAX_DECIMAL_PLACES} decimal places; round it "
            f"(or write it in a smaller unit, e.g. 万元 instead of 亿元)"
        )
    return number


def _short(text: object) -> str:
    """A value for a message, cut short when it is long (a 5,000-digit number is not repeated)."""
    shown = repr(text)
    return shown if len(shown) <= 40 else f"{shown[:20]}…{shown[-10:]} ({len(shown)} characters)"


#: The most significant digits a figure may have: Decimal's default precision, so that
#: sums, differences and conversions of figures stay exact.
MAX_DIGITS = 28
#: Numbers must be below 10^18 and have at most 10 decimal places: every figure then fits
#: Decimal's 28 digits with room to compute, and no spec can ask for arithmetic on
#: 1e999999 (which would take minutes) or 1e-999999.
MAX_INTEGER_DIGITS = 18
MAX_DECIMAL_PLACES = 10
_SMALLEST = Decimal(1).scaleb(-MAX_DECIMAL_PLACES)

#: Digits with an optional sign and decimals; commas only between groups of three digits.
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")


_QUANTITY = re.compile(r"^\s*([+-]?(?:\d[\d,，]*)?(?:\.\d+)?)\s*(.*?)\s*$")


@attrs.frozen(order=False)
class Quantity:
    """An exact amount in a unit, kept as written (13亿元 stays 13 亿元).

    Equality is structural (13亿元 != 130000万元 as objects); compare amounts with
    :meth:`same_amount` or the ordering operators, which convert exactly.
    """

    magnitude: Decimal
    unit: Unit

    @property
    def base(self) -> Decimal:
        """The amount in the dimension's base unit (元, 人, 家, a plain fraction for %)."""
        return _plain(self.magnitude.scaleb(self.unit.exponent))

    @property
    def dimension(self) -> str:
        return self.unit.dimension

    def to(self, target: Unit | str) -> Quantity:
        """This amount restated in ``target`` (exact); mismatched dimensions raise."""
        target_unit = unit(target) if isinstance(target, str) else target
        self._check_dimension(target_unit)
        return Quantity(_plain(self.magnitude.scaleb(self.unit.exponent - target_unit.exponent)), target_unit)

    def in_unit(self, target: Unit) -> Decimal:
        """The magnitude restated in ``target`` (exact): ``to(target).magnitude`` without a new Quantity."""
        if target.dimension != self.unit.dimension:
            self._check_dimension(target)
        shift = self.unit.exponent - target.exponent
        return _plain(self.magnitude.scaleb(shift)) if shift else self.magnitude

    def same_amount(self, other: Quantity) -> bool:
        """Whether two quantities denote the same amount (13亿元 and 130000万元 do)."""
        self._check_dimension(other.unit)
        return self.base == other.base

    def _check_dimension(self, other: Unit) -> None:
        if other.dimension != self.unit.dimension:
            raise UnitMismatchError(
                f"cannot mix {self.unit.symbol or 'a plain number'} ({self.unit.dimension}) "
                f"with {other.symbol or 'a plain number'} ({other.dimension})"
            )

    def _cmp_base(self, other: Quantity) -> tuple[Decimal, Decimal]:
        self._check_dimension(other.unit)
        return self.base, other.base

    def __lt__(self, other: Quantity) -> bool:
        a, b = self._cmp_base(other)
        return a < b

    def __le__(self, other: Quantity) -> bool:
        a, b = self._cmp_base(other)
        return a <= b

    def __gt__(self, other: Quantity) -> bool:
        a, b = self._cmp_base(other)
        return a > b

    def __ge__(self, other: Quantity) -> bool:
        a, b = self._cmp_base(other)
        return a >= b

    def __str__(self) -> str:
        return f"{format_decimal(self.magnitude)}{self.unit.symbol}"


def _plain(number: Decimal) -> Decimal:
    """The same number without a positive exponent (1E+4 -> 10000), so it prints plainly."""
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return number.quantize(Decimal(1))
    return number


def format_decimal(number: Decimal) -> str:
    """A Decimal written plainly, without exponent or trailing zeros (1E+1 -> '10')."""
    if number == 0:
        return "0"
    text = format(number.normalize(), "f")
    return text


def parse_quantity(text: str, default_unit: Unit | str | None = None) -> Quantity:
    """Read ``'13亿元'``, ``'5000 万元'``, ``'0.2万人'``, ``'10%'`` or ``'85'`` (with ``default_unit``).

    Raises :class:`QuantityError` for text that is not a number followed by a known unit.
    """
    if not isinstance(text, str):
        raise QuantityError(f"expected a quantity such as '13亿元', got {text!r}")
    match = _QUANTITY.match(text)
    number_text, unit_text = (match.group(1), match.group(2)) if match else ("", "")
    if not number_text or number_text in "+-":
        raise QuantityError(f"{text!r} is not a quantity such as '13亿元' or '85家'")
    magnitude = parse_decimal(number_text)
    if unit_text:
        return Quantity(magnitude, unit(unit_text))
    if default_unit is None:
        raise QuantityError(f"{text!r} has no unit; write it as e.g. '{text}万元' or '{text}家'")
    return Quantity(magnitude, unit(default_unit) if isinstance(default_unit, str) else default_unit)


def parse_rate(text: object) -> Decimal:
    """A rate as a plain fraction: ``'10%'`` -> 0.1, ``'0.15'`` -> 0.15, ``'-5%'`` -> -0.05."""
    if isinstance(text, str) and text.strip().endswith(("%", "％", "‰")):
        return parse_quantity(text).base
    return parse_decimal(text)
