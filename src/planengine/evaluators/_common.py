"""Pieces the built-in evaluators share: exact arithmetic and number wording.

Comparators live in :mod:`planengine.comparators` (public, for plugins too); numbers are
written by :mod:`planengine.formatting`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .. import formatting
from ..comparators import Comparator, direction_problems
from ..quantities import format_decimal

__all__ = ["Comparator", "direction_problems", "fraction_to_decimal", "number", "percent"]


def fraction_to_decimal(value: Fraction, places: int = 4) -> Decimal:
    """An exact fraction rounded to ``places`` decimals, for display only."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(1).scaleb(-places))


def number(value: Decimal, places: int = 4) -> str:
    """A figure for a sentence: at most ``places`` decimals, no trailing zeros."""
    return format_decimal(value.quantize(Decimal(1).scaleb(-places)) if value.as_tuple().exponent < -places else value)  # type: ignore[operator]


def percent(value: Fraction | Decimal, places: int = 2) -> str:
    """A fraction written as a percentage for a sentence: 0.1234 -> '12.34%' (see :func:`planengine.formatting.percent`)."""
    fraction = Fraction(value)
    return formatting.percent(Decimal(fraction.numerator) / Decimal(fraction.denominator), places)
