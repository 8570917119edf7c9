"""Evaluation results (``planengine.results``): their JSON form, ``counts()`` and ``assessment()``.

Results are built in code (by hand and by hypothesis) and from a real evaluation of the seed
plan. The promise under test: numbers are written as strings and every field is kept, so
``EvaluationResult.from_json(result.to_json())`` is equal to the result, whatever it holds.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import (
    Assessment,
    EvaluationResult,
    EvaluatorUse,
    Explanation,
    Observation,
    Plan,
    Progress,
    ProgressBasis,
    ScheduleVerdict,
    Status,
)

from .conftest import MID_YEAR

AS_OF = dt.date(2026, 6, 30)


def assessment(target: str = "t", status: Status = Status.ON_TRACK, **fields: object) -> Assessment:
    return Assessment.of(
        target=target,
        metric="m",
        evaluator="count-threshold",
        status=status,
        explanation=Explanation("进度正常", "on track"),
        quote="达到85家",
        **fields,
    )


def result(*assessments: Assessment) -> EvaluationResult:
    return EvaluationResult(
        plan="p",
        year=2026,
        as_of=AS_OF,
        spec_hash="sha256:00",
        planengine_version="0.1.0",
        evaluators=(EvaluatorUse("count-threshold", "2.0", "planengine", "0.1.0"),),
        assessments=assessments,
    )


# --- look-ups and counts ---------------------------------------------------------------------------


def test_assessment_finds_a_target_and_names_an_unknown_one() -> None:
    first, second = assessment("a"), assessment("b", Status.LAGGING)
    r = result(first, second)
    assert r.assessment("b") is second
    with pytest.raises(KeyError) as caught:
        r.assessment("c")
    assert caught.value.args == ("c",)


def test_counts_list_every_status_in_order_with_zeros() -> None:
    r = result(
        assessment("a", Status.MET),
        assessment("b", Status.LAGGING),
        assessment("c", Status.LAGGING),
        assessment("d", Status.NO_DATA),
    )
    counts = r.counts()
    assert list(counts) == [s.value for s in Status]  # the order of Status, every one present
    assert counts == {
        "met": 1,
        "on_track": 0,
        "lagging": 2,
        "missed": 0,
        "no_data": 1,
        "not_evaluable": 0,
        "unsupported": 0,
        "error": 0,
    }
    assert result().counts() == dict.fromkeys((s.value for s in Status), 0)


# --- the JSON form ---------------------------------------------------------------------------------


def test_numbers_are_strings_and_defaults_are_kept() -> None:
    a = assessment(
        actual=Decimal("80.50"),
        required=Decimal(85),
        completion=Decimal(80) / Decimal(85),
        figure_date=AS_OF,
        lead=("kgj",),
    )
    data = result(a).to_dict()
    written = data["assessments"][0]
    assert written["actual"] == "80.5"  # exact text, trailing zero dropped
    assert written["completion"] == str(Decimal(80) / Decimal(85))  # all 28 digits, not rounded for JSON
    assert (written["status"], written["figure_date"], written["lead"]) == ("on_track", "2026-06-30", ["kgj"])
    # fields at their defaults are written too, so every result has the same shape
    assert (written["gap"], written["gap_strict"], written["progress"], written["weight"], written["support"]) == (
        None,
        False,
        None,
        "1",
        [],
    )
    assert data["warnings"] == [] and data["as_of"] == "2026-06-30"
    # one flat object: the target's fields and the outcome's, in JSON as before the outcome was embedded
    assert set(written) == ({f.name for f in Assessment.__attrs_attrs__} - {"outcome"}) | {
        f.name for f in planengine.Outcome.__attrs_attrs__
    }


def test_progress_is_written_with_its_verdict_and_basis() -> None:
    progress = Progress.of(Decimal(40), Decimal(50), Decimal(100), Decimal("0.5"), ProgressBasis.PERIODS)
    written = result(assessment(progress=progress)).to_dict()["assessments"][0]["progress"]
    # 40 of 100 against 50 due at half the year: 0.4 done, 0.5 expected, 10 points and 10 behind
    assert written == {
        "basis": "periods",
        "share": "0.5",
        "expected": "0.5",
        "completion": "0.4",
        "points": "-10",
        "amount": "-10",
        "verdict": "behind",
    }


def test_json_text_keeps_chinese_readable() -> None:
    text = result(assessment()).to_json()
    assert "达到85家" in text and "\\u" not in text
    assert json.loads(result(assessment()).to_json(indent=None)) == json.loads(text)


def test_a_float_in_result_json_is_refused() -> None:
    data = result(assessment(actual=Decimal(80))).to_dict()
    data["assessments"][0]["actual"] = 80.5  # inexact: results write numbers as strings
    with pytest.raises(cattrs.BaseValidationError):
        EvaluationResult.from_dict(data)


def test_an_unknown_field_in_result_json_is_refused() -> None:
    data = result(assessment()).to_dict()
    data["assessments"][0]["colour"] = "green"
    with pytest.raises(cattrs.BaseValidationError):
        EvaluationResult.from_dict(data)


def test_a_real_evaluation_round_trips(seed_plan: Plan, example_figures: tuple[Observation, ...]) -> None:
    evaluated = planengine.evaluate(seed_plan, example_figures, MID_YEAR)
    assert any(a.progress is not None for a in evaluated.assessments)  # the round trip covers progress too
    assert EvaluationResult.from_json(evaluated.to_json()) == evaluated


# --- the round trip as a property ------------------------------------------------------------------

TEXT = st.text(max_size=12)
NUMBERS = (
    st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=8, allow_nan=False, allow_infinity=False)
    # quotients carry all 28 significant digits, as completion rates do
    | st.builds(lambda a, b: Decimal(a) / Decimal(b), st.integers(-(10**9), 10**9), st.integers(1, 10**9))
)
PROGRESS = st.builds(
    Progress,
    basis=st.sampled_from(list(ProgressBasis)),
    share=NUMBERS,
    expected=NUMBERS,
    completion=NUMBERS,
    points=NUMBERS,
    amount=NUMBERS,
    verdict=st.sampled_from(list(ScheduleVerdict)),
)
ASSESSMENTS = st.builds(
    Assessment.of,
    target=TEXT,
    metric=st.none() | TEXT,
    evaluator=TEXT,
    status=st.sampled_from(list(Status)),
    explanation=st.builds(Explanation, TEXT, TEXT),
    quote=TEXT,
    actual=st.none() | NUMBERS,
    required=st.none() | NUMBERS,
    completion=st.none() | NUMBERS,
    expected=st.none() | NUMBERS,
    gap=st.none() | NUMBERS,
    unit=st.sampled_from(["", "%", "家", "万元"]),
    figure_date=st.none() | st.dates(),
    gap_strict=st.booleans(),
    progress=st.none() | PROGRESS,
    strive=st.booleans(),
    weight=NUMBERS,
    task=st.none() | TEXT,
    lead=st.lists(TEXT, max_size=2).map(tuple),
    support=st.lists(TEXT, max_size=2).map(tuple),
)
RESULTS = st.builds(
    EvaluationResult,
    plan=TEXT,
    year=st.integers(1900, 2999),
    as_of=st.dates(),
    spec_hash=TEXT,
    planengine_version=TEXT,
    evaluators=st.lists(st.builds(EvaluatorUse, TEXT, TEXT, TEXT, TEXT), max_size=2).map(tuple),
    assessments=st.lists(ASSESSMENTS, max_size=3).map(tuple),
    warnings=st.lists(TEXT, max_size=2).map(tuple),
)


@given(RESULTS)
@settings(max_examples=60, deadline=None)
def test_any_result_reads_back_equal_from_its_json(original: EvaluationResult) -> None:
    text = original.to_json()
    back = EvaluationResult.from_json(text)
    assert back == original
    assert back.to_json() == text  # and writes the same text again
    assert back.counts() == original.counts()
