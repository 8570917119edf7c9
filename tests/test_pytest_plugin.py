"""The pytest plugin: spec files become test items, with readable failures and counterexamples."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any

import attrs
import pytest

from planengine import EvaluatorRegistry, RuleShape

pytest_plugins = ["pytester"]

SPEC = """
format = 1
id = "p"
title = "t"
issuer = "i"
year = 2026
[[metrics]]
id = "loans"
name = "放贷额"
unit = "万元"
reporting = "cumulative"
direction = "increase"
[[targets]]
id = "loans"
metric = "loans"
evaluator = "amount-threshold"
quote = "力争全年放贷超5000万元"
params = {{ value = "5000万元", comparator = ">" }}
[[targets.examples]]
name = "exactly 5000 is not more than 5000"
as_of = 2026-12-31
status = "{status}"
figures = [{{ date = 2026-12-31, value = "5000万元" }}]
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ntestpaths = ["specs"]\nplanengine_max_examples = "20"\n')
    pytester.mkdir("specs")
    return pytester


def write_spec(pytester: pytest.Pytester, text: str) -> None:
    (pytester.path / "specs" / "plan.toml").write_text(textwrap.dedent(text), encoding="utf-8")


def test_examples_properties_and_round_trip_are_items(project: pytest.Pytester) -> None:
    write_spec(project, SPEC.format(status="missed"))
    result = project.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "*specs/plan.toml::round-trip PASSED*",
            "*specs/plan.toml::loans::example[[]exactly 5000 is not more than 5000[]] PASSED*",
            "*specs/plan.toml::loans::properties PASSED*",
        ]
    )


def test_a_wrong_example_fails_readably(project: pytest.Pytester) -> None:
    write_spec(project, SPEC.format(status="met"))
    result = project.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "loans: 力争全年放贷超5000万元",
            "*expected status: met",
            "*got status:      missed",
            "*because: *恰好持平而未超过*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_a_broken_spec_is_one_failing_item_listing_every_error(project: pytest.Pytester) -> None:
    write_spec(project, SPEC.format(status="met").replace('"amount-threshold"', '"amount-treshold"'))
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*targets[[]0[]].evaluator: no installed evaluator is called 'amount-treshold'*"])


def test_a_failing_property_prints_the_shrunk_counterexample_as_a_spec_snippet(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An evaluator whose declared rule disagrees with what it does is caught, with a snippet."""
    real_get = EvaluatorRegistry.get

    def lying_get(self: EvaluatorRegistry, name: str) -> Any:
        registered = real_get(self, name)
        if registered is None or name != "amount-threshold":
            return registered
        # claims "more than 5000" is met from 4000 up: a wrong description of the rule
        wrong = attrs.evolve(
            registered.evaluator, shape=lambda params, metric: RuleShape(1, lambda v: v >= 4000, (Decimal(5000),))
        )
        return attrs.evolve(registered, evaluator=wrong)

    monkeypatch.setattr(EvaluatorRegistry, "get", lying_get)
    write_spec(project, SPEC.format(status="missed"))
    result = project.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "loans: the property failed: at the year's end the status is met exactly when the rule holds",
            "*counterexample (as a spec example*",
            "*[[]*targets.examples[]]*",
            "*as_of = 2026-12-31",
            '*status = "missed"',
            '*figures = [[]{ date = 2026-12-31, value = "*万元" }[]]',
        ]
    )
    snippet = result.stdout.str()
    shown = Decimal(snippet.split('value = "')[1].split("万元")[0])
    assert Decimal(4000) <= shown <= Decimal(5000)  # a figure where the stated rule and the verdict disagree


def test_only_matching_files_are_collected(project: pytest.Pytester) -> None:
    write_spec(project, SPEC.format(status="missed"))
    (project.path / "specs" / "notes.json").write_text('{"not": "a spec"}', encoding="utf-8")
    project.makepyprojecttoml(
        '[tool.pytest.ini_options]\ntestpaths = ["specs"]\nplanengine_specs = ["specs/plan.toml"]\n'
    )
    project.runpytest().assert_outcomes(passed=3)
