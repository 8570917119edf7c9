"""Spec files: located errors, collected not stopped at the first; dumps that load back equal."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import Plan, SpecErrors, testing, unit
from planengine.evaluators.threshold import ThresholdParams
from planengine.quantities import Quantity

from .conftest import SEED_SPEC

HEADER = """
format = 1
id = "p"
title = "t"
issuer = "i"
year = 2026
[[units]]
id = "kgj"
name = "区科工局"
[[metrics]]
id = "firms"
name = "企业数"
unit = "家"
reporting = "level"
direction = "increase"
"""


def errors_of(text: str) -> list[tuple[str, str]]:
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(text, file="plan.toml")
    assert all(e.file == "plan.toml" for e in caught.value.errors)
    return [(e.path, e.message) for e in caught.value.errors]


def test_a_valid_minimal_spec_loads() -> None:
    plan = planengine.loads_spec(
        HEADER
        + """
[[targets]]
id = "t1"
metric = "firms"
evaluator = "count-threshold"
quote = "达到85家"
params = { value = 85 }
"""
    )
    assert plan.targets[0].params == ThresholdParams(Quantity(Decimal(85), unit("家")))


def test_every_problem_is_reported_with_its_path() -> None:
    problems = errors_of(
        HEADER
        + """
[[targets]]
id = "t1"
metric = "firmz"
evaluator = "count-threshold"
quote = "q"
params = { value = "85人" }
[[targets]]
id = "t1"
metric = "firms"
evaluator = "growth_rate"
quote = "q"
[[targets]]
id = "t3"
metric = "firms"
evaluator = "count-threshold"
quote = "q"
params = { value = "85家", comparator = "=>" }
[[targets]]
id = "t4"
metric = "firms"
evaluator = "count-threshold"
quote = "q"
params = { value = "85人" }
"""
    )
    paths = dict(problems)
    assert len(problems) == 6  # the duplicate id is flagged at both places
    assert "did you mean 'firms'" in paths["targets[0].metric"]
    assert "85人 does not fit the metric 'firms', which is measured in 家" in paths["targets[3].params.value"]
    assert "did you mean 'growth-rate'" in paths["targets[1].evaluator"]
    assert "more than one" in paths["targets[1].id"]
    assert "'=>' is not allowed here" in paths["targets[2].params.comparator"]


def test_type_errors_and_unknown_fields_are_located() -> None:
    problems = dict(
        errors_of(
            HEADER.replace("year = 2026", 'year = "next"')
            + """
[[tasks]]
id = "a"
number = "二(一)"
title = "x"
lead = ["nobody"]
colour = "red"
"""
        )
    )
    assert "whole number" in problems["year"]
    assert "colour" in problems["tasks[0]"] and "allowed" in problems["tasks[0]"]


def test_reference_errors_are_collected() -> None:
    problems = dict(
        errors_of(
            HEADER
            + """
[[tasks]]
id = "a"
number = "二(一)"
title = "x"
parent = "nowhere"
lead = ["nobody"]
"""
        )
    )
    assert "no task with the id 'nowhere'" in problems["tasks[0].parent"]
    assert "no unit with the id 'nobody'" in problems["tasks[0].lead[0]"]


def test_missing_format_and_missing_fields() -> None:
    problems = dict(errors_of('id = "p"\n'))
    assert "format" in problems
    assert problems["title"] == "this field is required but missing"


def test_a_newer_format_is_refused_with_a_clear_message() -> None:
    problems = dict(errors_of(HEADER.replace("format = 1", "format = 9")))
    assert "format 9" in problems["format"]


def test_floats_never_enter(tmp_path: Path) -> None:
    """TOML and JSON floats are read as Decimal: 0.1 stays exactly 0.1."""
    plan = planengine.loads_spec(
        HEADER
        + """
[[targets]]
id = "t"
metric = "firms"
evaluator = "count-threshold"
quote = "q"
weight = 0.1
params = { value = "85家" }
"""
    )
    assert plan.targets[0].weight == Decimal("0.1")


def test_malformed_toml_is_one_clear_error() -> None:
    problems = errors_of("format = 1\nid = [")
    assert len(problems) == 1 and "not valid TOML" in problems[0][1]


def test_a_spec_is_never_executed(tmp_path: Path) -> None:
    """Strings that look like code stay strings."""
    plan = planengine.loads_spec(HEADER.replace('title = "t"', "title = \"__import__('os').system('false')\""))
    assert plan.title == "__import__('os').system('false')"


# --- round trip -----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(testing.plans())
def test_a_dumped_plan_loads_back_equal(plan: Plan) -> None:
    assert planengine.loads_spec(planengine.dump_spec(plan), "json") == plan
    assert planengine.spec_hash(planengine.loads_spec(planengine.dump_spec(plan), "json")) == planengine.spec_hash(plan)


def test_the_seed_spec_round_trips_and_its_hash_ignores_formatting(seed_plan: Plan) -> None:
    again = planengine.loads_spec(planengine.dump_spec(seed_plan), "json")
    assert again == seed_plan
    # the same spec written as JSON instead of TOML (and with comments and spacing gone) keeps its hash
    data = tomllib.loads(SEED_SPEC.read_text(encoding="utf-8"), parse_float=Decimal)
    as_json = json.dumps(
        data, ensure_ascii=False, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)
    )
    assert planengine.spec_hash(planengine.loads_spec(as_json, "json")) == planengine.spec_hash(seed_plan)


class _Milestones:
    """A stand-in for the milestone plugin: an evaluator with defaults the spec does not write."""

    @attrs.frozen
    class Params:
        stage: str = ""
        of: int = 4
        by: str = "12"

    @planengine.hookimpl
    def register_evaluators(self) -> list[planengine.Evaluator[object]]:
        return [
            planengine.Evaluator(
                name="milestone",
                params=dict,
                evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                version="9.9",
                api_version=planengine.PLUGIN_API_VERSION,
            )
        ]


def test_the_spec_hash_does_not_depend_on_the_installed_plugins(seed_plan: Plan) -> None:
    """Defect seen: the same file had two hashes, with and without the milestone plugin."""
    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(_Milestones())
    with_plugin = planengine.load_spec(SEED_SPEC, planengine.EvaluatorRegistry.from_plugin_manager(pm))
    assert any(
        not isinstance(t.params, planengine.RawParams) for t in with_plugin.targets if t.evaluator == "milestone"
    )
    assert planengine.spec_hash(with_plugin) == planengine.spec_hash(seed_plan)
    compiled = planengine.compile_plan(with_plugin, planengine.EvaluatorRegistry.from_plugin_manager(pm))
    assert compiled.spec_hash == planengine.compile_plan(seed_plan).spec_hash
    assert ("milestone", "9.9") in {(e.name, e.version) for e in compiled.evaluators}  # versions beside the hash


def test_a_plan_changed_in_code_has_another_hash(seed_plan: Plan) -> None:
    changed = attrs.evolve(seed_plan, title=seed_plan.title + "(修订)")
    assert planengine.spec_hash(changed) != planengine.spec_hash(seed_plan)
    assert planengine.spec_hash(attrs.evolve(changed, title=seed_plan.title)) == planengine.spec_hash(
        attrs.evolve(seed_plan, title=seed_plan.title)
    )


def test_a_problem_carries_its_location_as_data() -> None:
    """Tools act on the location (the drafter drops a target by its index) without parsing text."""
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(
            HEADER + '\n[[targets]]\nid = "t"\nevaluator = "count-threshold"\nquote = "q"\n'
            'params = { value = "85人" }\n',
            "toml",
        )
    problem = caught.value.errors[0]
    assert isinstance(problem, planengine.SpecProblem) and planengine.SpecError is planengine.SpecProblem
    assert problem.location[:2] == ("targets", 0) and problem.path.startswith("targets[0]")


def test_a_loop_of_parents_is_named_once_per_task_in_it() -> None:
    tasks = "".join(
        f'[[tasks]]\nid = "{i}"\nnumber = "{i}"\ntitle = "{i}"\nparent = "{p}"\n'
        for i, p in (("a", "b"), ("b", "a"), ("c", "a"))
    )
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(HEADER + tasks)
    loops = [e.path for e in caught.value.errors if "inside itself" in e.message]
    assert loops == ["tasks[0].parent", "tasks[1].parent"]  # c hangs below the loop; it is not in it


def test_a_chain_of_tasks_thousands_deep_loads_and_scores() -> None:
    """Found in review: a 3,000-deep chain overflowed the stack (checking it is linear now)."""
    tasks = "".join(
        f'[[tasks]]\nid = "t{i}"\nnumber = "{i}"\ntitle = "{i}"\n' + (f'parent = "t{i - 1}"\n' if i else "")
        for i in range(3000)
    )
    plan = planengine.loads_spec(HEADER + tasks)
    assert plan.responsibility("t0").lead == ()  # no office in this plan: nobody, and no RecursionError
    card = planengine.score(planengine.evaluate(plan, [], dt.date(2026, 6, 30)), plan)
    assert len(card.tasks) == 3001  # the headline goals and every task of the chain


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (('id = "p"', 'id = ""'), "id", "needs an id"),
        (("format = 1", "format = true"), "format", "format"),
        (("year = 2026", "year = 3"), "year", "not a plan year"),
        (("year = 2026", "year = 1" + "0" * 30), "year", "below 10^18"),
    ],
)
def test_header_fields_that_used_to_slip_through(change: tuple[str, str], path: str, message: str) -> None:
    """Found in review: id = "" switched the year check off; format = true passed as 1."""
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(HEADER.replace(*change))
    assert any(e.path == path and message in e.message for e in caught.value.errors), caught.value.errors


def test_a_json_key_given_twice_is_refused_not_the_last_taken() -> None:
    text = '{"format": 1, "id": "p", "title": "t", "issuer": "i", "year": 2026, "year": 3}'
    with pytest.raises(SpecErrors, match="'year' appears twice"):
        planengine.loads_spec(text, "json")


def test_a_lone_surrogate_is_refused_where_it_stands() -> None:
    text = '{"format": 1, "id": "p", "title": "\\ud800", "issuer": "i", "year": 2026}'
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(text, "json")
    assert [e.path for e in caught.value.errors] == ["title"]


@pytest.mark.parametrize("number", ["1e999999", "-1e999999", "1e-999999", "9" * 5000])
def test_numbers_beyond_the_stated_bounds_are_refused_quickly(number: str) -> None:
    """Found in review: 1e999999 crashed formatting, 1e-999999 cost a minute per evaluation."""
    text = (
        HEADER
        + f'[[targets]]\nid = "t"\nevaluator = "growth-rate"\nquote = "q"\nparams = {{ min_growth = "{number}%" }}\n'
    )
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(text)
    assert caught.value.errors[0].path.startswith("targets[0].params.min_growth")


def test_a_broken_header_gives_no_false_problems_from_plugins() -> None:
    """Found in review: any top-level error also printed a false 'year 0 is out of range' per milestone target."""

    class YearChecking:
        @attrs.frozen
        class Params:
            stage: str = ""

        @planengine.hookimpl
        def register_evaluators(self) -> list[planengine.Evaluator[object]]:
            def check(params: object, metric: object, plan: Plan) -> list[planengine.ParamProblem]:
                return (
                    []
                    if 1900 <= plan.year <= 2999
                    else [planengine.ParamProblem("", f"year {plan.year} is out of range")]
                )

            return [
                planengine.Evaluator(
                    name="staged",
                    params=self.Params,
                    evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                    version="1",
                    api_version=planengine.PLUGIN_API_VERSION,
                    check=check,
                    needs_metric=False,
                )
            ]

    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(YearChecking())
    registry = planengine.EvaluatorRegistry.from_plugin_manager(pm)
    targets = "".join(f'[[targets]]\nid = "t{i}"\nevaluator = "staged"\nquote = "q"\n' for i in range(3))
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(HEADER.replace('title = "t"', "title = 5") + targets, registry=registry)
    assert [e.path for e in caught.value.errors] == ["title"]


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(["stage", "of", "by", "deliverable"]), st.text(max_size=6), max_size=4))
def test_the_spec_hash_is_independent_of_the_plugins_installed(params: dict[str, str]) -> None:
    """For any parameters a plugin's target states, the hash is the same with and without the plugin."""

    class Loose:
        @planengine.hookimpl
        def register_evaluators(self) -> list[planengine.Evaluator[object]]:
            return [
                planengine.Evaluator(
                    name="loose",
                    params=dict,
                    evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                    version="1",
                    api_version=planengine.PLUGIN_API_VERSION,
                    needs_metric=False,
                )
            ]

    text = json.dumps(
        {
            "format": 1,
            "id": "p",
            "title": "t",
            "issuer": "i",
            "year": 2026,
            "plugin_evaluators": ["loose"],
            "targets": [{"id": "t", "evaluator": "loose", "quote": "q", "params": params}],
        },
        ensure_ascii=False,
    )
    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(Loose())
    with_plugin = planengine.loads_spec(text, "json", registry=planengine.EvaluatorRegistry.from_plugin_manager(pm))
    without = planengine.loads_spec(
        text,
        "json",
        registry=planengine.EvaluatorRegistry.from_plugin_manager(
            planengine.get_plugin_manager(load_entry_points=False)
        ),
    )
    assert planengine.spec_hash(with_plugin) == planengine.spec_hash(without)
