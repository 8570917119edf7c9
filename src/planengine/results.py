"""The typed result of an evaluation, and its JSON form.

An :class:`EvaluationResult` holds one :class:`Assessment` per target and records what
produced it: the spec's content hash, the planengine version and each evaluator's version
and package. Numbers are ``Decimal`` and are written to JSON as strings, so nothing is
rounded on the way; :meth:`EvaluationResult.from_json` reads the same text back to an
equal result.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs

from .convert import make_converter
from .evaluator import Explanation, Status
from .progress import Progress

__all__ = ["Assessment", "EvaluationResult", "EvaluatorUse"]


@attrs.frozen
class Assessment:
    """The judgement of one target at the as-of date, with the numbers it used.

    ``actual``, ``required`` and ``gap`` are in ``unit`` (``%`` for growth, with the gap in
    percentage points); ``completion`` and ``expected`` are fractions (0.5 is half).
    ``gap`` is positive while something is still needed, negative for an excess over a
    ceiling or an upper bound, and 0 when the rule is satisfied; with ``gap_strict`` the
    figure must go beyond ``gap`` (a target of 超…: more than it). ``progress`` is the
    figure against 序时进度 before the year's end: completion, points ahead or behind (from
    the unrounded rates), the amount ahead or behind, and the verdict (ahead, level, behind).
    ``lead`` and ``support`` are unit ids; a report writes their names.
    """

    target: str
    metric: str | None
    evaluator: str
    status: Status
    explanation: Explanation
    quote: str
    actual: Decimal | None = None
    required: Decimal | None = None
    completion: Decimal | None = None
    expected: Decimal | None = None
    gap: Decimal | None = None
    unit: str = ""
    figure_date: dt.date | None = None
    gap_strict: bool = False
    progress: Progress | None = None
    strive: bool = False
    weight: Decimal = Decimal(1)
    task: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()


@attrs.frozen
class EvaluatorUse:
    """An evaluator a result depends on, with its rule version and the package providing it."""

    name: str
    version: str
    package: str
    package_version: str


@attrs.frozen
class EvaluationResult:
    """Every target of a plan judged at ``as_of``, traceable to the rules that judged it."""

    plan: str
    year: int
    as_of: dt.date
    spec_hash: str
    planengine_version: str
    evaluators: tuple[EvaluatorUse, ...]
    assessments: tuple[Assessment, ...]
    warnings: tuple[str, ...] = ()

    def assessment(self, target_id: str) -> Assessment:
        """The assessment of one target; raises ``KeyError`` for an unknown id."""
        for assessment in self.assessments:
            if assessment.target == target_id:
                return assessment
        raise KeyError(target_id)

    def counts(self) -> dict[str, int]:
        """How many targets have each status, in the order of :class:`Status`."""
        return {s.value: sum(a.status is s for a in self.assessments) for s in Status}

    def to_dict(self) -> dict[str, Any]:
        """Plain data (strings, numbers, lists, dicts) for JSON."""
        return _converter.unstructure(self)  # type: ignore[no-any-return]

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvaluationResult:
        return _converter.structure(data, cls)

    @classmethod
    def from_json(cls, text: str) -> EvaluationResult:
        return cls.from_dict(json.loads(text))


#: Results keep every field, defaults included, so consumers always see the same shape.
_converter = make_converter(omit_if_default=False)
