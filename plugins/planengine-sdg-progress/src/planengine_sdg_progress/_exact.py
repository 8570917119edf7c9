"""Exact decisions about compound growth, without floating point.

A compound annual growth rate is an n-th root, ``(y1 / y0) ** (1 / n) - 1``, which is
irrational for most figures, so it cannot be held exactly as a ``Decimal`` or ``Fraction``.
It can be *bracketed* exactly: :func:`root_bracket` returns two fractions ``lo <= x ** (p/q)
<= hi`` found with integer arithmetic only, and the bracket collapses to a single fraction
whenever the root is rational (1.44 ** (1/2) is exactly 6/5). :class:`Interval` carries such
brackets through the methodology's arithmetic, and :func:`at_least` answers "is this value
at least that bound?" with ``True``, ``False``, or ``None`` while the brackets still overlap.
The caller narrows the brackets (more bits) until every comparison is decided.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

__all__ = ["Interval", "at_least", "iroot", "root_bracket", "to_decimal"]


def iroot(n: int, k: int) -> int:
    """The integer ``k``-th root of ``n >= 0``, rounded down (Newton's method on integers)."""
    if n < 0 or k < 1:
        raise ValueError(f"iroot needs n >= 0 and k >= 1, got n={n}, k={k}")
    if n < 2 or k == 1:
        return n
    x = 1 << -(-n.bit_length() // k)  # 2 ** ceil(bits / k) is at least the root
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def root_bracket(x: Fraction, p: int, q: int, bits: int) -> tuple[Fraction, Fraction]:
    """Fractions ``lo <= x ** (p / q) <= hi``, equal exactly when the power is rational.

    ``x >= 0``, ``p >= 0``, ``q >= 1``. With ``p = k*q + r`` the power is ``x**k`` (exact)
    times ``(x**r) ** (1/q)``, bracketed to ``2 ** -bits / denominator(x**r)``, so
    ``hi - lo <= x**k * 2 ** -bits``.
    """
    if x < 0 or p < 0 or q < 1:
        raise ValueError(f"root_bracket needs x >= 0, p >= 0 and q >= 1, got x={x}, p={p}, q={q}")
    if p == 0:
        return Fraction(1), Fraction(1)
    if x == 0:
        return Fraction(0), Fraction(0)
    whole, rest = divmod(p, q)
    factor = x**whole
    if rest == 0:
        return factor, factor
    power = x**rest
    numerator, denominator = power.numerator, power.denominator
    scale = 1 << bits
    # (n/d) ** (1/q) = (n * d ** (q-1)) ** (1/q) / d; scaled by 2 ** bits to keep that many bits
    radicand = numerator * denominator ** (q - 1) * scale**q
    root = iroot(radicand, q)
    below = Fraction(root, denominator * scale)
    if root**q == radicand:
        return factor * below, factor * below
    return factor * below, factor * Fraction(root + 1, denominator * scale)


class Interval:
    """A closed interval ``[lo, hi]`` of fractions that holds an exact real number."""

    __slots__ = ("hi", "lo")

    def __init__(self, lo: Fraction | int, hi: Fraction | int | None = None) -> None:
        self.lo = Fraction(lo)
        self.hi = Fraction(lo if hi is None else hi)
        if self.lo > self.hi:
            raise ValueError(f"an interval needs lo <= hi, got [{self.lo}, {self.hi}]")

    @classmethod
    def root(cls, x: Fraction, p: int, q: int, bits: int) -> Interval:
        """The interval holding ``x ** (p / q)`` (see :func:`root_bracket`)."""
        return cls(*root_bracket(x, p, q, bits))

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def mid(self) -> Fraction:
        return (self.lo + self.hi) / 2

    def contains_zero(self) -> bool:
        return self.lo <= 0 <= self.hi

    def __add__(self, other: Interval | Fraction | int) -> Interval:
        o = _interval(other)
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, other: Interval | Fraction | int) -> Interval:
        o = _interval(other)
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: Interval | Fraction | int) -> Interval:
        o = _interval(other)
        products = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval | Fraction | int) -> Interval:
        o = _interval(other)
        if o.contains_zero():
            raise ZeroDivisionError(f"division by an interval that holds zero: [{o.lo}, {o.hi}]")
        return self * Interval(1 / o.hi, 1 / o.lo)

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0, max(-self.lo, self.hi))

    def __repr__(self) -> str:
        return f"Interval({float(self.lo)!r}, {float(self.hi)!r})"


def _interval(value: Interval | Fraction | int) -> Interval:
    return value if isinstance(value, Interval) else Interval(value)


def at_least(value: Interval, bound: Interval) -> bool | None:
    """Whether the number in ``value`` is >= the number in ``bound``; ``None`` while undecided."""
    if value.lo >= bound.hi:
        return True
    if value.hi < bound.lo:
        return False
    return None


def to_decimal(value: Fraction, places: int) -> Decimal:
    """A fraction rounded to ``places`` decimals, for display only (never for a decision)."""
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    rounded = exact.quantize(quantum, rounding=ROUND_HALF_EVEN)
    return rounded.copy_abs() if rounded == 0 else rounded  # never '-0.00'
