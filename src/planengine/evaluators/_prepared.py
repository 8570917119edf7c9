"""What planengine's prepared rules share: the last outcome kept, and pickling without it.

A rule prepared for a target (:class:`planengine.evaluators.threshold._Rule`,
:class:`planengine.evaluators.growth._Rule`) keeps the outcome it judged last, with what decided
it, and gives it again when the same figures come back: an index judged at many dates asks the
same question again and again within a reporting period. Every result is a Decimal divided in
the thread's decimal context, so the context is part of what decided it (:func:`context_key`).
The kept outcome is a cache: a rule pickles without it (a compiled plan sent to a worker does
not carry the figures it judged last).
"""

from __future__ import annotations

from decimal import Context, getcontext
from typing import Any

__all__ = ["PreparedRule", "context_key"]


def context_key() -> tuple[Context, int, str]:
    """The decimal context results are divided in now, as it stands: the object and its precision
    and rounding (a ``localcontext`` is a new object; a context changed in place changes these)."""
    context = getcontext()
    return context, context.prec, context.rounding


class PreparedRule:
    """The base of a prepared rule with ``__slots__``, one of them ``_last`` (the kept outcome)."""

    __slots__ = ()

    def __getstate__(self) -> dict[str, Any]:
        """Every slot that is set but the kept outcome."""
        names = (name for cls in type(self).__mro__ for name in getattr(cls, "__slots__", ()))
        return {name: getattr(self, name) for name in names if name != "_last" and hasattr(self, name)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        setattr(self, "_last", None)  # noqa: B010 (a slot of the subclass)
