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
import cattrs

from ._construct import Slots, constructor
from .convert import make_converter
from .evaluator import Explanation, Outcome, Status
from .progress import Progress

__all__ = ["Assessment", "EvaluationResult", "EvaluatorUse"]


_OUTCOME_FIELDS = tuple(field.name for field in attrs.fields(Outcome))


class _AssessmentSlots(Slots):
    """The slots of an :class:`Assessment`, which :data:`_make_assessment` fills (see :mod:`planengine._construct`)."""

    __slots__ = (
        "target",
        "metric",
        "evaluator",
        "outcome",
        "quote",
        "strive",
        "weight",
        "task",
        "lead",
        "support",
        "__weakref__",
    )


@attrs.frozen
class Assessment(_AssessmentSlots):
    """The judgement of one target at the as-of date: the evaluator's :class:`Outcome` and the target.

    The outcome's fields read through (``a.status``, ``a.actual``, ``a.progress``...):
    ``actual``, ``required`` and ``gap`` are in ``unit`` (``%`` for growth, with the gap in
    percentage points); ``completion`` and ``expected`` are fractions (0.5 is half).
    ``gap`` is positive while something is still needed, negative for an excess over a
    ceiling or an upper bound, and 0 when the rule is satisfied; with ``gap_strict`` the
    figure must go beyond ``gap`` (a target of 超…: more than it). ``progress`` is the
    figure against 序时进度 before the year's end: completion, points ahead or behind (from
    the unrounded rates), the amount ahead or behind, and the verdict (ahead, level, behind).
    ``lead`` and ``support`` are unit ids; a report writes their names. In JSON the
    outcome's fields stand beside the target's, as one flat object.
    """

    target: str
    metric: str | None
    evaluator: str
    outcome: Outcome
    quote: str
    strive: bool = False
    weight: Decimal = Decimal(1)
    task: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    @classmethod
    def of(cls, *, target: str, metric: str | None, evaluator: str, quote: str, **fields: Any) -> Assessment:
        """An assessment from flat fields, as JSON has them: the outcome's (``status``,
        ``explanation``, ``actual``...) and the target's (``strive``, ``lead``...) side by side.
        Handy for light and scoring rules' tests."""
        outcome = Outcome(**{k: fields.pop(k) for k in _OUTCOME_FIELDS if k in fields})
        return cls(target=target, metric=metric, evaluator=evaluator, outcome=outcome, quote=quote, **fields)

    @property
    def status(self) -> Status:
        return self.outcome.status

    @property
    def explanation(self) -> Explanation:
        return self.outcome.explanation

    @property
    def actual(self) -> Decimal | None:
        return self.outcome.actual

    @property
    def required(self) -> Decimal | None:
        return self.outcome.required

    @property
    def completion(self) -> Decimal | None:
        return self.outcome.completion

    @property
    def expected(self) -> Decimal | None:
        return self.outcome.expected

    @property
    def gap(self) -> Decimal | None:
        return self.outcome.gap

    @property
    def unit(self) -> str:
        return self.outcome.unit

    @property
    def figure_date(self) -> dt.date | None:
        return self.outcome.figure_date

    @property
    def gap_strict(self) -> bool:
        return self.outcome.gap_strict

    @property
    def progress(self) -> Progress | None:
        return self.outcome.progress


#: ``Assessment(...)`` with all ten fields given in order, made faster: the engine makes one per target judged.
_make_assessment = constructor(Assessment)


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
    #: The reporting entity judged (a district's id); ``""`` for a plan of one entity.
    entity: str = ""

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
_converter = make_converter(omit_if_default=False, computed=True)
_HEAD = ("target", "metric", "evaluator")


def _unstructure_assessment(assessment: Assessment) -> dict[str, Any]:
    """One flat object: the target's fields with the outcome's between them, in a fixed order."""
    outcome = _converter.unstructure(assessment.outcome, Outcome)
    data = {name: _converter.unstructure(getattr(assessment, name)) for name in _HEAD}
    data["status"], data["explanation"], data["quote"] = (
        outcome.pop("status"),
        outcome.pop("explanation"),
        assessment.quote,
    )
    data.update(outcome)
    for field in attrs.fields(Assessment):
        if field.name not in data and field.name != "outcome":
            data[field.name] = _converter.unstructure(getattr(assessment, field.name))
    return data


def _structure_assessment(data: Any, _: type) -> Assessment:
    if not isinstance(data, dict):
        raise TypeError(f"expected an assessment (a JSON object), got {data!r}")
    own = {k: v for k, v in data.items() if k not in _OUTCOME_FIELDS}
    own["outcome"] = {k: v for k, v in data.items() if k in _OUTCOME_FIELDS}
    return _assessment_from_parts(own, Assessment)


_assessment_from_parts = cattrs.gen.make_dict_structure_fn(Assessment, _converter)
_converter.register_unstructure_hook(Assessment, _unstructure_assessment)
_converter.register_structure_hook(Assessment, _structure_assessment)
