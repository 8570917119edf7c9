"""One way to write numbers, for the CLI table, the three report formats and explanations.

Every shown number goes through here, so the same figure reads the same everywhere
(completion 41.3% in the table and in the report). Rounding is for display only and is
*directed* where it could mislead: a rate below 100% is never shown as 100%, a gap that is
not zero is never shown as 0, and a gap that must be exceeded (超) says so. The module
does no I/O.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from .quantities import format_decimal
from .quantities import unit as unit_named

__all__ = [
    "DASH",
    "counted",
    "amount",
    "display_unit",
    "gap",
    "percent",
    "points",
    "score",
    "whole_things",
]

#: What a cell shows for a number that does not exist.
DASH = "—"

_ONE, _HUNDRED = Decimal(1), Decimal(100)
#: Decimals an amount is shown with at most.
AMOUNT_PLACES = 4
#: Money is shown in the largest of these units in which it is at least 1 (13亿元, not 130000万元).
_MONEY_STEPS = ("亿元", "万元", "元")


def _quantize(value: Decimal, places: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    try:
        return value.quantize(Decimal(1).scaleb(-places), rounding)
    except InvalidOperation:  # too many digits to quantize: shown as it is
        return value


def _fixed(value: Decimal) -> str:
    """A quantized Decimal with its decimals kept (50.0, not 50), never in exponent form."""
    return format(value, "f")


def percent(fraction: Decimal | None, places: int = 1) -> str:
    """A fraction as a percentage with ``places`` decimals, rounded half up: 0.4959 -> ``49.6%``, 0.5 -> ``50.0%``.

    A fraction below 1 is never shown as 100% (0.99999 -> ``99.9%``), so a target that
    falls short never reads as complete.
    """
    if fraction is None:
        return DASH
    shown = _quantize(fraction * _HUNDRED, places)
    if fraction < _ONE and shown >= _HUNDRED:
        shown = _quantize(fraction * _HUNDRED, places, ROUND_DOWN)
    return f"{_fixed(shown)}%"


def points(value: Decimal | None, lang: str, places: int = 1, *, signed: bool = False) -> str:
    """Percentage points, rounded half up: ``13.8个百分点`` / ``13.8 pp``; a dash for None.

    A value that is not zero but rounds to zero is shown as ``<0.1`` (at ``places``).
    """
    if value is None:
        return DASH
    text = _nonzero(value, places, signed, fixed=True)
    return f"{text}个百分点" if lang == "zh" else f"{text} pp"


def _nonzero(value: Decimal, places: int, signed: bool = False, *, fixed: bool = False) -> str:
    shown = _quantize(abs(value), places)
    sign = "-" if value < 0 and signed else ("+" if value > 0 and signed else "")
    if value != 0 and shown == 0:
        return f"{sign}<{format_decimal(Decimal(1).scaleb(-places))}"
    return f"{sign}{_fixed(shown) if fixed else format_decimal(shown)}"


def display_unit(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """``value`` in ``unit`` restated in the largest sensible money unit (130000万元 -> 13亿元).

    Other units are kept as they are: plans write 2000人, not 0.2万人.
    """
    if unit not in _MONEY_STEPS or value == 0:
        return value, unit
    source = unit_named(unit)
    for symbol in _MONEY_STEPS:
        target = unit_named(symbol)
        restated = value.scaleb(source.exponent - target.exponent)
        if abs(restated) >= 1 or symbol == _MONEY_STEPS[-1]:
            return restated, symbol
    return value, unit  # pragma: no cover - the loop always returns


def amount(value: Decimal | None, unit: str, places: int = AMOUNT_PLACES) -> str:
    """A figure with its unit, money in its largest sensible unit, at most ``places`` decimals."""
    if value is None:
        return DASH
    if unit == "%":  # a rate: two decimals, as bulletins print growth (13.23%)
        places = min(places, 2)
    shown, symbol = display_unit(value, unit)
    return f"{format_decimal(_quantize(shown, places))}{symbol}"


def gap(value: Decimal | None, unit: str, lang: str, *, strict: bool = False) -> str:
    """What is still needed: in percentage points between rates, else an amount.

    A gap that is not zero never shows as 0 (``<0.01个百分点``); with ``strict`` the figure
    must go beyond it, written ``>2400万元`` (a 超 target met exactly still needs ``>0``).
    """
    if value is None:
        return DASH
    prefix = ">" if strict and value >= 0 else ""
    if unit == "%":
        if value == 0:
            return points(value, lang, 2).replace("0.00", "0")
        return prefix + points(value, lang, 2)
    shown, symbol = display_unit(value, unit)
    return f"{prefix}{_nonzero(shown, AMOUNT_PLACES, signed=value < 0)}{symbol}"


def whole_things(value: Decimal, step: Decimal = _ONE) -> Decimal:
    """A count due or projected, up to whole things (7.48家 due is 8家); ``step`` is one thing."""
    return (value / step).quantize(_ONE, ROUND_CEILING) * step


def score(value: Decimal | None) -> str:
    """A score (0..1) out of 100 with one decimal, rounded down: 0.99995 -> ``99.9``."""
    if value is None:
        return DASH
    shown = _quantize(value * _HUNDRED, 1, ROUND_DOWN if value < _ONE else ROUND_HALF_UP)
    return format_decimal(shown)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``1 target``, ``2 targets``: a count with its noun in the right number (English)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
