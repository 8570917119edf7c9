"""A report as JSON: every field of :class:`~planengine.reporting.Report` but ``result``.

Decimals are strings (exact, no exponent), enums their values, dates ISO ``YYYY-MM-DD``,
explanations ``{"zh": ..., "en": ...}``. Keys follow the order of the fields in the
report's classes, so the same report always gives the same text.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from ..convert import make_converter
from ..reporting import Report

__all__ = ["render_json", "report_to_dict"]

#: Every field is written, defaults included, so readers always see the same shape.
_converter = make_converter(omit_if_default=False, computed=True)

#: Fields left out: the full evaluation behind the report (its own JSON form is
#: :meth:`planengine.EvaluationResult.to_json`).
_LEFT_OUT = frozenset({"result"})


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data (strings, numbers, lists, dicts)."""
    return {
        field.name: _converter.unstructure(getattr(report, field.name))
        for field in attrs.fields(Report)
        if field.name not in _LEFT_OUT
    }


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent) + "\n"
