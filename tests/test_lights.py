"""Warning-light rules: the presets with their published thresholds, the hook, and the promise
that a light never contradicts the status and points beside it, under every rule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import Explanation, Light, LightRule, Progress, ProgressBasis, Status
from planengine.lights import BUILTIN_LIGHT_RULES, light_for, points_behind
from planengine.results import Assessment
from planengine.scoring import score

from .conftest import MID_YEAR

RULES = {rule.name: rule for rule in BUILTIN_LIGHT_RULES}
JUDGED_GOOD = {Status.MET, Status.ON_TRACK}
JUDGED_BAD = {Status.LAGGING, Status.MISSED}


def assessment(
    status: Status,
    completion: str | None = None,
    share: str | None = None,
    *,
    unit: str = "家",
    actual: str | None = None,
    required: str | None = None,
) -> Assessment:
    """An assessment whose progress is ``completion`` against ``share`` of a target of 100."""
    progress = None
    if completion is not None and share is not None:
        target = Decimal(100)
        progress = Progress.of(
            Decimal(completion) * target, Decimal(share) * target, target, Decimal(share), ProgressBasis.PERIODS
        )
    return Assessment.of(
        target="t",
        metric="m",
        evaluator="count-threshold",
        status=status,
        explanation=Explanation("", ""),
        quote="q",
        completion=None if completion is None else Decimal(completion),
        expected=None if share is None else Decimal(share),
        progress=progress,
        unit=unit,
        actual=None if actual is None else Decimal(actual),
        required=None if required is None else Decimal(required),
    )


@pytest.mark.parametrize(
    ("completion", "light", "behind"),
    [
        ("0.5", Light.GREEN, "0.0"),
        ("0.45", Light.YELLOW, "5.0"),
        ("0.40", Light.YELLOW, "10.0"),
        ("0.20", Light.YELLOW, "30.0"),
        ("0.1996", Light.YELLOW, "30.0"),
        ("0.1994", Light.RED, "30.1"),
        ("0.19", Light.RED, "31.0"),
    ],
)
def test_points_behind_at_the_published_thresholds(completion: str, light: Light, behind: str) -> None:
    """银川 2025: 10 to 30 points behind (inclusive) yellow, more than 30 red, judged on the points as
    printed (30.04 is printed 30.0: yellow); 0-10 is yellow here too."""
    a = assessment(Status.ON_TRACK if completion == "0.5" else Status.LAGGING, completion, "0.5")
    assert light_for(RULES["points-behind"], a) is light
    assert points_behind(a) == Decimal(behind)


def test_points_behind_red_when_missed_yellow_without_a_figure() -> None:
    assert light_for(RULES["points-behind"], assessment(Status.MISSED, "0.9")) is Light.RED
    assert light_for(RULES["points-behind"], assessment(Status.NO_DATA)) is Light.YELLOW
    for status in (Status.NOT_EVALUABLE, Status.UNSUPPORTED, Status.ERROR):
        assert light_for(RULES["points-behind"], assessment(status)) is None


@pytest.mark.parametrize(
    ("completion", "status", "light"),
    [
        ("0.5", Status.ON_TRACK, Light.GREEN),
        ("0.48", Status.LAGGING, Light.YELLOW),
        ("0.425", Status.LAGGING, Light.YELLOW),
        ("0.4249", Status.LAGGING, Light.RED),
    ],
)
def test_completion_rate_bands(completion: str, status: Status, light: Light) -> None:
    """东旦: 85% (inclusive) of what is due is yellow, below red; only a target on schedule is green."""
    assert light_for(RULES["completion-rate"], assessment(status, completion, "0.5")) is light


@pytest.mark.parametrize(
    ("actual", "required", "light"),
    [("4", "10", Light.YELLOW), ("0", "10", Light.YELLOW), ("-1", "10", Light.RED), ("-8", "-5", Light.YELLOW)],
)
def test_growth_vs_plan(actual: str, required: str, light: Light) -> None:
    """天津: growing but below plan yellow; shrinking against a target of growth red."""
    a = assessment(Status.LAGGING, unit="%", actual=actual, required=required)
    assert light_for(RULES["growth-vs-plan"], a) is light


def test_made_up_month_turns_red_to_yellow() -> None:
    """瓯海: behind is red; on schedule after an earlier month behind is yellow; never behind is green."""
    rule = RULES["made-up-month"]
    assert rule.needs_history
    behind, on = assessment(Status.LAGGING, "0.1", "0.25"), assessment(Status.ON_TRACK, "0.5", "0.5")
    assert light_for(rule, behind) is Light.RED
    assert light_for(rule, on, [on, behind]) is Light.YELLOW
    assert light_for(rule, on, [on, on]) is Light.GREEN
    assert light_for(rule, assessment(Status.NO_DATA)) is Light.RED


def test_a_report_chooses_the_plans_rule_and_passes_the_history() -> None:
    spec = planengine.loads_spec("""
format = 1
id = "p"
title = "测试"
issuer = "测试"
year = 2026
light_rule = "made-up-month"
[[metrics]]
id = "m"
name = "指标"
unit = "家"
reporting = "cumulative"
direction = "increase"
frequency = "month"
[[targets]]
id = "t"
metric = "m"
evaluator = "count-threshold"
quote = "新增12家"
params = { value = "12家" }
""")
    compiled = planengine.compile_plan(spec)
    figures = [
        planengine.Observation("m", dt.date(2026, 4, 30), planengine.parse_quantity("2家")),
        planengine.Observation("m", dt.date(2026, 6, 30), planengine.parse_quantity("6家")),
    ]
    report = planengine.build_report(compiled, figures, "2026-06-30", "monthly")
    line = report.targets[0]
    assert report.light_rule == "made-up-month"
    assert (line.status, line.light) == (Status.ON_TRACK, Light.YELLOW)  # behind at the end of April, made up
    assert (
        planengine.build_report(compiled, figures, "2026-06-30", "monthly", lights="points-behind").targets[0].light
        is Light.GREEN
    )


def test_hook_register_light_rules(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    """A plugin's light rule, registered through the hook, is chosen by name; its lights are kept honest."""

    class Alarmist:
        @planengine.hookimpl
        def register_light_rules(self) -> list[LightRule]:
            return [LightRule("alarmist", lambda a, history: Light.RED, "1", source="none")]

    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(Alarmist())
    registry = planengine.EvaluatorRegistry.from_plugin_manager(pm)
    assert registry.light_rule("points-behind") is planengine.DEFAULT_LIGHT_RULE
    rule = registry.light_rule("alarmist")
    card = score(planengine.evaluate(seed_plan, example_figures, MID_YEAR, registry=registry), seed_plan, lights=rule)
    for target in card.targets:
        if target.status in JUDGED_GOOD:
            assert target.light is Light.YELLOW  # red on a target on track would contradict it
        elif target.status in JUDGED_BAD:
            assert target.light is Light.RED
    with pytest.raises(KeyError, match="installed: alarmist, completion-capped|installed: alarmist, completion-rate"):
        registry.light_rule("nope")


def test_a_misspelt_hook_is_an_error_naming_the_plugin() -> None:
    class Misspelt:
        @planengine.hookimpl
        def register_evaluator(self) -> list[object]:
            return []

    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(Misspelt(), name="misspelt")
    with pytest.raises(Exception, match="misspelt|register_evaluator"):
        pm.check_pending()


def test_the_built_in_plugin_can_be_blocked_by_name() -> None:
    pm = planengine.get_plugin_manager(load_entry_points=False, block=["planengine.builtin"])
    assert len(planengine.EvaluatorRegistry.from_plugin_manager(pm)) == 0
    pm = planengine.get_plugin_manager(
        load_entry_points=False, environ={"PLANENGINE_BLOCK_PLUGINS": "planengine.builtin"}
    )
    assert len(planengine.EvaluatorRegistry.from_plugin_manager(pm)) == 0


# --- the promise, as a property over every rule -------------------------------------------------------

FRACTIONS = st.decimals(min_value=0, max_value=2, places=4)
SHARES = st.decimals(min_value=Decimal("0.0278"), max_value=1, places=4)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(RULES)), FRACTIONS, SHARES, st.lists(FRACTIONS, max_size=3))
def test_status_light_and_points_never_contradict(
    name: str, completion: Decimal, share: Decimal, earlier: list[Decimal]
) -> None:
    """Whatever the rule: behind never green, on schedule never red, and the points agree with the status."""
    target = Decimal(100)
    progress = Progress.of(completion * target, share * target, target, share, ProgressBasis.PERIODS)
    status = Status.ON_TRACK if progress.verdict.on_schedule else Status.LAGGING
    a = Assessment.of(
        target="t",
        metric="m",
        evaluator="e",
        status=status,
        explanation=Explanation("", ""),
        quote="q",
        completion=progress.completion,
        expected=progress.expected,
        progress=progress,
    )
    history = [
        Assessment.of(
            target="t",
            metric="m",
            evaluator="e",
            status=Status.LAGGING if c < share else Status.ON_TRACK,
            explanation=Explanation("", ""),
            quote="q",
        )
        for c in earlier
    ]
    light = light_for(RULES[name], a, history)
    behind = points_behind(a)
    assert behind is not None
    if status is Status.LAGGING:
        assert light in (Light.YELLOW, Light.RED) and behind > 0
    else:
        assert light in (Light.GREEN, Light.YELLOW) and behind == 0


@pytest.mark.parametrize("rule", sorted(RULES))
def test_no_printed_row_contradicts_itself_under_any_rule(
    rule: str, seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    """Every row of the monthly bulletin, every month of the example year: 滞后 is never beside 绿灯
    or 快于/持平, and 正常/已完成 never beside 红灯 or 慢于."""
    compiled = planengine.compile_plan(seed_plan)
    for month in range(1, 13):
        day = planengine.periods.month_end(2026, month)
        report = planengine.build_report(compiled, example_figures, day, "monthly", lights=rule)
        text = planengine.render_report(report, "markdown")
        rows = [
            line.split(" | ")
            for line in text.splitlines()
            if line.startswith("| ")
            and " | 绿灯 |" in line
            or line.startswith("| ")
            and (" | 黄灯 |" in line or " | 红灯 |" in line)
        ]
        for row in rows:
            joined = " | ".join(row)
            if " | 滞后 | " in joined or " | 未完成 | " in joined:
                assert " | 绿灯 |" not in joined and "快于" not in joined and "| 持平 |" not in joined, joined
            if " | 正常 | " in joined or " | 已完成 | " in joined:
                assert " | 红灯 |" not in joined and "慢于" not in joined, joined
        for line in report.targets:
            if line.status in JUDGED_BAD:
                assert line.light in (Light.YELLOW, Light.RED)
            if line.status in JUDGED_GOOD:
                assert line.light in (Light.GREEN, Light.YELLOW)
            if line.progress is not None and line.status in (Status.ON_TRACK, Status.LAGGING):
                assert line.progress.verdict.on_schedule is (line.status is Status.ON_TRACK)
