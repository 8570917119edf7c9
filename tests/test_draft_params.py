"""The drafter's table of evaluator params, and how it reads which target a spec error is about."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import attrs
import pytest

from planengine.draft import _target_index, draft_spec
from planengine.draft.params import (
    Drafted,
    build_params,
    param_builder,
    plugin_evaluators,
    register_param_builder,
    unregister_param_builder,
)
from planengine.draft.targets import Reading, read_region
from planengine.draft.text import shadow
from planengine.spec import SpecError, SpecProblem, structure_spec


@pytest.fixture
def milestone_restored() -> Iterator[None]:
    """Put the milestone builder back as it was, whatever a test registers."""
    original = param_builder("milestone")
    yield
    register_param_builder("milestone", original, plugin=True, replace=True)


def test_the_four_evaluators_are_in_the_table() -> None:
    """Every evaluator the drafter chooses has a builder; only milestone comes from a plugin."""
    names = ["milestone", "growth-rate", "count-threshold", "amount-threshold"]
    assert all(callable(param_builder(name)) for name in names)
    assert plugin_evaluators(names) == ["milestone"]
    assert plugin_evaluators(["count-threshold", "milestone", "milestone", "unknown"]) == ["milestone"]


def test_each_evaluator_gets_its_params_from_the_table() -> None:
    """One sentence per evaluator and per shape of its params, drafted end to end."""
    text = (
        "力争申报1个省级工业互联网平台;新增企业5家左右;技术合同成交额达到13亿元以上;实施1-2项重大科技专项;"
        "地区生产总值增长6%左右;单位GDP能耗下降3%以上;贷款增速高于全区各项贷款平均增速。"
    )
    result = draft_spec(text, year=2023)
    assert [(t["evaluator"], t["params"]) for t in result.spec["targets"]] == [
        ("milestone", {"deliverable": "申报1个省级工业互联网平台", "count": 1}),
        ("count-threshold", {"value": "5家", "comparator": "approx", "tolerance": "1家"}),
        ("amount-threshold", {"value": "13亿元", "comparator": ">="}),
        ("count-threshold", {"value": "1项", "comparator": "between", "high": "2项"}),
        ("growth-rate", {"min_growth": "6%", "comparator": ">="}),
        ("growth-rate", {"min_growth": "-3%", "comparator": "<="}),
        ("growth-rate", {"benchmark": "m8", "comparator": ">"}),  # m7 is 贷款增速, m8 its benchmark
    ]
    assert result.spec["plugin_evaluators"] == ["milestone"]
    structure_spec(result.spec)


def test_a_registered_builder_writes_the_params(milestone_restored: None) -> None:
    """A caller (a plugin with other params for its evaluator) replaces a builder; its notes are kept."""

    def dated(target: Drafted) -> dict[str, Any]:
        target.notes.append("set the date")
        return {"deliverable": target.deliverable, "by": target.reading.deadline or "年底"}

    register_param_builder("milestone", dated, plugin=True, replace=True)
    result = draft_spec("力争申报1个省级工业互联网平台。", year=2023, validate=False)
    (target,) = result.spec["targets"]
    assert target["params"] == {"deliverable": "申报1个省级工业互联网平台", "by": "年底"}
    assert target["note"].endswith("set the date")


def test_the_table_says_which_evaluators_plugins_provide(milestone_restored: None) -> None:
    """``plugin_evaluators`` lists what the table marks as a plugin's, nothing hard-coded."""
    register_param_builder("milestone", param_builder("milestone"), plugin=False, replace=True)
    result = draft_spec("力争申报1个省级工业互联网平台。", year=2023, validate=False)
    assert "plugin_evaluators" not in result.spec


def test_registering_a_name_twice_needs_replace() -> None:
    """Two plugins cannot silently take over one evaluator; an unknown one names the known ones."""
    with pytest.raises(ValueError, match="already has a param builder for evaluator 'growth-rate'"):
        register_param_builder("growth-rate", param_builder("growth-rate"))
    register_param_builder("test-evaluator", lambda target: {"quote": target.quote}, plugin=True)
    try:
        assert plugin_evaluators(["test-evaluator", "growth-rate"]) == ["test-evaluator"]
        drafted = Drafted(_reading("新增企业5家。"), "新增企业5家", "test-evaluator", "m1")
        assert build_params(drafted) == {"quote": "新增企业5家"}
    finally:
        unregister_param_builder("test-evaluator")
    with pytest.raises(KeyError, match="no param builder for evaluator 'test-evaluator'.*it knows amount-threshold"):
        param_builder("test-evaluator")


def _reading(text: str) -> Reading:
    (reading,) = read_region(text, shadow(text), 0, len(text), milestones=True)
    return reading


# --- which target a spec error is about --------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "index"),
    [
        ("targets[3].params.value", 3),
        ("targets[12]", 12),
        ("targets", None),
        ("tasks[2].lead", None),
        ("metrics[0].unit", None),
        ("", None),
        ("line 4", None),
    ],
)
def test_the_target_of_an_error_is_read_from_its_place(path: str, index: int | None) -> None:
    assert _target_index(SpecError("plan.toml", path, "wrong")) == index


@attrs.frozen
class _PathOnly:
    """A spec error as it was before errors carried a structured location."""

    file: str
    path: str
    message: str


@attrs.frozen
class _Located(_PathOnly):
    location: tuple[str | int, ...] = ()


def test_a_structured_location_is_read_before_the_path() -> None:
    """The path is parsed only when the error has no location; a location is trusted as it is."""
    assert _target_index(cast(SpecProblem, _PathOnly("", "targets[5].params", "wrong"))) == 5
    assert _target_index(cast(SpecProblem, _Located("", "targets[5].params", "wrong", ("targets", 7, "params")))) == 7
    assert _target_index(cast(SpecProblem, _Located("", "targets[5]", "wrong", ("tasks", 5)))) is None
