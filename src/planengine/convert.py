"""The cattrs converter between spec data (dicts of strings and numbers) and the model.

Quantities are written as text with their unit (``"13亿元"``), rates as percentages
(``"10%"``), units of measure by symbol, enums by value. Numbers arrive as ``Decimal``,
int or str (spec readers parse TOML and JSON floats as ``Decimal``); a binary float is
refused. A bare number where a quantity is expected takes the unit of the target's metric,
which the spec loader supplies through :data:`default_unit`.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import re
from decimal import Decimal
from typing import Any, NewType

import cattrs

from .explanations import Explanation
from .model import RawParams
from .periods import Cadence
from .quantities import (
    Quantity,
    QuantityError,
    Unit,
    format_decimal,
    parse_decimal,
    parse_quantity,
    parse_rate,
    unit,
)

__all__ = ["Rate", "converter", "default_unit", "format_rate"]

#: A rate written as a percentage in specs ("10%") and held as a fraction (0.1).
Rate = NewType("Rate", Decimal)

#: The unit a bare number in a target's params takes: the unit of the target's metric.
default_unit: contextvars.ContextVar[Unit | None] = contextvars.ContextVar("default_unit", default=None)


def format_rate(rate: Decimal) -> str:
    """A fraction written as a percentage: 0.1 -> '10%'."""
    return f"{format_decimal(rate.scaleb(2))}%"


def _structure_decimal(value: Any, _: type) -> Decimal:
    return parse_decimal(value)


def _structure_computed_decimal(value: Any, _: type) -> Decimal:
    return parse_decimal(value, bounded=False)


def _structure_rate(value: Any, _: type) -> Decimal:
    """A rate must carry its % sign: a bare 10 could mean 10% or 1000%, so it is refused."""
    if not (isinstance(value, str) and value.strip().endswith(("%", "％", "‰"))):
        raise QuantityError(
            f"write a rate with its unit, e.g. '10%' or '-5%'; the bare number {value!r} could mean "
            f"{value}% or {value} x 100%"
        )
    return parse_rate(value)


def _structure_quantity(value: Any, _: type) -> Quantity:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise QuantityError(f"expected a quantity such as '13亿元' or '85家', got {value!r}")
    return parse_quantity(value, default_unit.get())


def _structure_unit(value: Any, _: type) -> Unit:
    if not isinstance(value, str):
        raise QuantityError(f"expected a unit such as '万元' or '家', got {value!r}")
    return unit(value)


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__} {value!r}")
    return value


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"expected a whole number, got {value!r}")
    if isinstance(value, Decimal) and (not value.is_finite() or value.adjusted() >= 18):
        raise TypeError("expected a whole number below 10^18")
    if isinstance(value, int) and abs(value) >= 10**18:
        raise TypeError("expected a whole number below 10^18")
    if int(value) != value:
        raise TypeError(f"expected a whole number, got {value!r}")
    return int(value)


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"expected a date written YYYY-MM-DD, got {value!r}")


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _structure_tuple_of(conv: cattrs.Converter, item: type) -> Any:
    """A hook for ``tuple[item, ...]`` that refuses a lone string (it would split into characters)."""

    def structure(value: Any, _: type) -> tuple[Any, ...]:
        if isinstance(value, str):
            raise TypeError(f"expected a list such as [{value!r}], not the text {value!r}")
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {value!r}")
        return tuple(conv.structure(v, item) for v in value)

    return structure


def _structure_enum(value: Any, enum_type: type[enum.Enum]) -> enum.Enum:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_type)
        raise ValueError(f"{value!r} is not allowed here; use one of {allowed}") from None


def _structure_names(value: Any, _: type) -> tuple[str, ...]:
    """A list of ids or names; a lone string is refused rather than split into characters."""
    if isinstance(value, str):
        raise TypeError(f"expected a list such as [{value!r}], not the text {value!r}")
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list of names, got {value!r}")
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"expected a list of names (text), but it holds {item!r}")
    return tuple(value)


def _structure_explanation(value: Any, _: type) -> Explanation:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("zh", "en")):
        raise ValueError(f"expected an explanation with 'zh' and 'en' sentences, got {value!r}")
    return Explanation(value["zh"], value["en"])


def make_converter(*, omit_if_default: bool = True, computed: bool = False) -> cattrs.Converter:
    """A converter for specs: strict about unknown keys and types.

    ``omit_if_default`` leaves fields at their default out of the written data, which keeps
    dumped specs short; results keep them so their shape is fixed. ``computed`` reads numbers
    planengine computed (results), which may carry all of Decimal's 28 digits, without the
    bounds put on numbers a user writes.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=omit_if_default, detailed_validation=True)
    conv.register_structure_hook_func(lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum)
    conv.register_structure_hook(Decimal, _structure_computed_decimal if computed else _structure_decimal)
    conv.register_unstructure_hook(Decimal, format_decimal)
    conv.register_structure_hook(Rate, _structure_rate)
    conv.register_unstructure_hook(Rate, format_rate)
    conv.register_structure_hook(Quantity, _structure_quantity)
    conv.register_unstructure_hook(Quantity, str)
    conv.register_structure_hook(Unit, _structure_unit)
    conv.register_unstructure_hook(Unit, lambda u: u.symbol)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], _structure_names)
    conv.register_structure_hook_func(lambda t: t == tuple[Unit, ...], _structure_tuple_of(conv, Unit))
    conv.register_structure_hook_func(lambda t: t == tuple[Cadence, ...], _structure_tuple_of(conv, Cadence))
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(RawParams, lambda raw: dict(raw.data))
    conv.register_unstructure_hook(Explanation, lambda e: {"zh": e.zh, "en": e.en})
    conv.register_structure_hook(Explanation, _structure_explanation)
    return conv


converter = make_converter()
