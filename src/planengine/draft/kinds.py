"""The corpus vocabulary of targets, and how a spec's targets and drafted ones map onto it.

A target is described by its *kind* (the first that fits: milestone, ceiling, range,
relative, growth-rate, ratio, approximate, count, amount), its comparator (``=`` for a bare
number, which a plan means as a level to reach and so matches ``>=``) and its value in base
units (% as a fraction, 万 and 亿 expanded). The benchmark and the tests compare drafts with
answer keys and with hand-written specs in these terms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final

import attrs

from ..quantities import parse_quantity, parse_rate
from .assemble import DraftTarget
from .numbers import FRACTION_PLACES

__all__ = ["KINDS", "Described", "describe_draft", "describe_spec_target", "matches", "pair"]

KINDS: Final = ("milestone", "ceiling", "range", "relative", "growth-rate", "ratio", "approximate", "count", "amount")


@attrs.frozen
class Described:
    """A target in the corpus vocabulary."""

    quote: str
    kind: str
    comparator: str | None
    value: Decimal | None
    value_high: Decimal | None = None
    strive: bool = False
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    label: str = ""


def describe_draft(target: DraftTarget) -> Described:
    """A drafted target as the drafter read it; a relative target's value is null, as the corpus
    writes it (the base it is measured from is not in the text), but for 倍增, which the corpus
    writes as the multiple (双倍增: 2). 翻一番 keeps its 2 in the spec, which evaluates it, and is
    null here as every key writes it."""
    relative = target.kind == "relative" and "倍增" not in target.quote
    return Described(
        target.quote,
        target.kind,
        target.comparator,
        None if relative else target.value,
        target.value_high,
        target.strive,
        target.lead,
        target.support,
        target.id,
    )


def describe_spec_target(target: Mapping[str, Any], spec: Mapping[str, Any]) -> Described:
    """A spec's target in the corpus vocabulary: the first kind that fits its rule."""
    metrics = {m["id"]: m for m in spec.get("metrics", [])}
    metric = metrics.get(target.get("metric") or "", {})
    params = target.get("params", {}) or {}
    evaluator = target["evaluator"]
    kind, comparator, value, high = "milestone", None, None, None
    if evaluator == "milestone":
        if params.get("count") is not None:  # a count of deliverables is a level to reach
            comparator, value = ">=", Decimal(params["count"])
    elif evaluator == "growth-rate":
        kind, comparator, value = _growth_kind(params, metric)
    else:
        kind, comparator, value, high = _threshold_kind(target, params, str(metric.get("unit", "")))
    lead, support = _units(target.get("task"), spec)
    return Described(
        target["quote"], kind, comparator, value, high, bool(target.get("strive")), lead, support, target["id"]
    )


def _growth_kind(params: Mapping[str, Any], metric: Mapping[str, Any]) -> tuple[str, str, Decimal | None]:
    """A growth-rate target: relative to a base or a benchmark, a growth rate, or a ceiling on growth.
    A fall held to a floor (下降5%以上: growth at most -5% on a metric that should decrease) is a
    growth rate of at least 5%."""
    comparator = params.get("comparator") or ">="
    if params.get("benchmark") or params.get("baseline"):
        return "relative", comparator, None
    value = parse_rate(params["min_growth"])
    if comparator in ("<=", "<") and metric.get("direction") == "decrease" and value < 0:
        return "growth-rate", (">=" if comparator == "<=" else ">"), -value  # 下降5%以上
    if comparator in ("<=", "<"):
        return "ceiling", comparator, value
    return "growth-rate", comparator, value


def _threshold_kind(
    target: Mapping[str, Any], params: Mapping[str, Any], metric_unit: str
) -> tuple[str, str, Decimal, Decimal | None]:
    """A threshold on a count or an amount: its kind (a dated one is a milestone), comparator, value and
    upper bound in base units."""
    comparator = params.get("comparator") or ">="
    value = parse_quantity(str(params["value"]), metric_unit).base
    high = parse_quantity(str(params["high"]), metric_unit).base if "high" in params else None
    if target.get("schedule"):
        kind = "milestone"
    elif comparator in ("<=", "<"):
        kind = "ceiling"
    elif comparator == "between":
        kind = "range"
    elif metric_unit in ("%", "‰"):
        kind = "ratio"
    elif comparator == "approx":
        kind = "approximate"
    else:
        kind = "count" if target["evaluator"] == "count-threshold" else "amount"
    return kind, comparator, value, high


def _units(task_id: str | None, spec: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lead and supporting unit names of a task, through its items when it names none itself."""
    if not task_id:
        return (), ()
    tasks = {t["id"]: t for t in spec.get("tasks", [])}
    units = {u["id"]: u["name"] for u in spec.get("units", [])}
    task = tasks.get(task_id, {})
    if task.get("lead"):
        return (tuple(units.get(u, u) for u in task["lead"]), tuple(units.get(u, u) for u in task.get("support", [])))
    lead: dict[str, None] = {}
    support: dict[str, None] = {}
    for child in tasks.values():
        if child.get("parent") == task_id:
            sub_lead, sub_support = _units(child["id"], spec)
            lead.update(dict.fromkeys(sub_lead))
            support.update(dict.fromkeys(sub_support))
    return tuple(lead), tuple(s for s in support if s not in lead)


def _comparators_match(key: str | None, mine: str | None) -> bool:
    """Whether a drafted comparator agrees with a key's: the same, a bare figure's ``=`` as ``>=`` (the rule
    book lets either stand for a level to reach), and a strict ceiling ``<`` (低于, <9) as ``<=``: the rule
    book writes every ceiling ``<=``, having no strict one."""
    return key == mine or {key, mine} == {"=", ">="} or (key, mine) == ("<=", "<")


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or _same_fraction(a, b)


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


#: The fewest places a key may round a share that does not end to and still be that share.
_KEYED_PLACES: Final = 3


def _same_fraction(a: Decimal, b: Decimal) -> bool:
    """Whether two values are one share that does not end (三分之一), written to different places.

    The longer must be carried to :data:`~.numbers.FRACTION_PLACES` places or more, as the
    drafter writes such a share; a key may round it to three places or more (0.667, 0.6667,
    0.333333), not fewer (0.3 is another share than 三分之一).
    """
    (longer_places, longer), (shorter_places, shorter) = sorted(((_places(a), a), (_places(b), b)), reverse=True)
    if longer_places < FRACTION_PLACES or shorter_places < _KEYED_PLACES:
        return False
    return longer.quantize(Decimal(1).scaleb(-shorter_places), rounding=ROUND_HALF_UP) == shorter


#: What may stand around a table cell's words in a quote: its bars and blanks.
_CELL_EDGE: Final = " |｜\t\u3000"


def matches(key: Described, mine: Described) -> bool:
    """Whether a drafted target finds a key target: quotes nest, kind, comparator and values agree. A table
    cell's bars or blanks around a quote (| 12.5 |, written so to be unique) are no part of the words."""
    key_quote, my_quote = key.quote.strip(_CELL_EDGE) or key.quote, mine.quote.strip(_CELL_EDGE) or mine.quote
    return (
        (key_quote in my_quote or my_quote in key_quote)
        and key.kind == mine.kind
        and _comparators_match(key.comparator, mine.comparator)
        and _same(key.value, mine.value)
        and _same(key.value_high, mine.value_high)
    )


def pair(keys: Sequence[Described], drafted: Sequence[Described]) -> list[tuple[int, int]]:
    """A largest one-to-one matching of key targets (i) to drafted targets (j), each key trying the drafts whose
    quote is nearest its own first (a row's cells 900以上 | 900以上: each key's cell, not its neighbour's)."""
    options = [
        sorted(
            (j for j, mine in enumerate(drafted) if matches(key, mine)),
            key=lambda j: abs(len(drafted[j].quote) - len(key.quote)),
        )
        for key in keys
    ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(keys)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())
