"""Entities in specs: one template, each district's own targets as overrides, located errors, round trips."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
from planengine import Plan, SpecErrors, Status, testing, unit
from planengine.comparators import Comparator
from planengine.convert import Rate
from planengine.evaluators.growth import GrowthParams
from planengine.evaluators.threshold import ThresholdParams
from planengine.model import Entity, Target
from planengine.quantities import Quantity
from planengine.spec import check_plan

from .conftest import ROOT, SEED_SPEC, YEAR_END

CITY_TEMPLATE = ROOT / "examples" / "city-template.toml"

HEADER = """
format = 1
id = "p"
title = "t"
issuer = "岳阳市"
year = 2026
plugin_evaluators = ["milestone"]
[[metrics]]
id = "firms"
name = "企业数"
unit = "家"
reporting = "level"
direction = "increase"
[[metrics]]
id = "rd"
name = "研发经费"
unit = "万元"
reporting = "cumulative"
direction = "increase"
[[metrics]]
id = "stage"
name = "阶段"
unit = ""
reporting = "level"
direction = "increase"
[[targets]]
id = "goal.firms"
metric = "firms"
evaluator = "count-threshold"
quote = "企业数超85家"
params = { value = "85家", comparator = ">" }
[[targets]]
id = "goal.rd"
metric = "rd"
evaluator = "growth-rate"
quote = "研发经费增长10%以上"
params = { min_growth = "10%" }
[[targets]]
id = "goal.district"
metric = "stage"
evaluator = "milestone"
quote = "全力冲刺省创新型区建设"
params = { deliverable = "省创新型区建设", by = "12" }
"""


def load(text: str, **kwargs: Any) -> Plan:
    return planengine.loads_spec(HEADER + text, **kwargs)


def problems_of(text: str) -> list[tuple[str, str]]:
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(HEADER + text, file="city.toml")
    assert all(e.file == "city.toml" for e in caught.value.errors)
    return [(e.path, e.message) for e in caught.value.errors]


# --- loading ----------------------------------------------------------------------------------------


def test_an_override_is_merged_over_the_plan_target_and_structured_like_it() -> None:
    plan = load(
        """
[[entities]]
id = "430603"
name = "云溪区"
code = "430603"
[entities.targets."goal.firms"]
params = { value = "40家" }
quote = "企业数超40家"
weight = 2
"""
    )
    entity = plan.entity("430603")
    assert (entity.name, entity.code) == ("云溪区", "430603")
    (own,) = entity.targets
    # the comparator comes from the plan's target, the value from the entity's override
    assert own.params == ThresholdParams(Quantity(Decimal(40), unit("家")), Comparator.MORE_THAN)
    assert (own.quote, own.weight, own.metric, own.evaluator) == (
        "企业数超40家",
        Decimal(2),
        "firms",
        "count-threshold",
    )
    instance = plan.for_entity("430603")
    assert instance.targets[0] == own and instance.targets[1:] == plan.targets[1:]
    assert plan.targets[0].params.value == Quantity(Decimal(85), unit("家"))  # the template is untouched


def test_an_entity_without_overrides_carries_the_plan_as_it_is() -> None:
    plan = load('[[entities]]\nid = "430602"\nname = "岳阳楼区"\n')
    assert plan.entities == (Entity("430602", "岳阳楼区"),)
    assert plan.for_entity("430602") == plan
    assert plan.entity_ids == ("430602",)


def test_an_evaluator_not_installed_keeps_the_merged_params_raw() -> None:
    plan = load('[[entities]]\nid = "e"\n[entities.targets."goal.district"]\nparams = { deliverable = "申报" }\n')
    (own,) = plan.entity("e").targets
    assert own.params == planengine.RawParams({"deliverable": "申报", "by": "12"})


def test_the_example_city_template_judges_each_district_on_its_own_targets() -> None:
    plan = planengine.load_spec(CITY_TEMPLATE)
    assert [(e.id, e.name, e.code) for e in plan.entities] == [
        ("430602", "岳阳楼区", "430602"),
        ("430603", "云溪区", "430603"),
        ("430611", "君山区", "430611"),
    ]
    statuses = {}
    for entity in plan.entity_ids:
        figures = [
            planengine.Observation("sme_registered", YEAR_END, planengine.parse_quantity("35家"), entity=entity),
            planengine.Observation("new_hitech_enterprises", YEAR_END, planengine.parse_quantity("7家"), entity=entity),
        ]
        compiled = planengine.compile_plan(plan.for_entity(entity))
        assert compiled.spec_hash == planengine.spec_hash(plan)  # one spec states every district's rules
        result = compiled.evaluate(figures, YEAR_END, entity=entity)
        sme, hitech = result.assessment("goal.sme-registered"), result.assessment("goal.new-hitech")
        statuses[entity] = (sme.status, sme.required, hitech.status, hitech.required)
    assert statuses == {
        "430602": (Status.MISSED, Decimal(85), Status.MISSED, Decimal(10)),  # the template's 85家 and 10家
        "430603": (Status.MISSED, Decimal(40), Status.MET, Decimal(6)),
        "430611": (Status.MET, Decimal(30), Status.MISSED, Decimal(10)),
    }


# --- located problems -------------------------------------------------------------------------------


def test_an_override_of_a_target_the_plan_lacks_is_named_with_a_suggestion() -> None:
    problems = problems_of('[[entities]]\nid = "e"\n[entities.targets."goal.firm"]\nparams = { value = "40家" }\n')
    assert problems == [
        ('entities[0].targets."goal.firm"', "there is no target with the id 'goal.firm'; did you mean 'goal.firms'?")
    ]


def test_an_override_is_checked_by_the_target_s_evaluator_at_its_own_path() -> None:
    problems = problems_of(
        """
[[entities]]
id = "a"
[[entities]]
id = "b"
[[entities]]
id = "c"
[entities.targets."goal.firms"]
params = { value = "40人" }
[entities.targets."goal.rd"]
params = { min_growth = "12" }
"""
    )
    paths = dict(problems)
    assert len(problems) == 2, problems
    assert (
        "40人 does not fit the metric 'firms', which is measured in 家"
        in paths['entities[2].targets."goal.firms".params.value']
    )
    assert "write a rate with its unit" in paths['entities[2].targets."goal.rd".params.min_growth']


def test_a_merged_target_gets_the_evaluator_s_own_checks() -> None:
    """The override alone is valid; merged over the plan's params it is a range without its upper bound."""
    problems = problems_of(
        '[[entities]]\nid = "e"\n[entities.targets."goal.firms"]\nparams = { comparator = "between" }\n'
    )
    assert problems == [
        ('entities[0].targets."goal.firms".params.high', "a range ('between') needs its upper bound in high")
    ]


@pytest.mark.parametrize(
    ("entity", "path", "message"),
    [
        ('id = ""', "entities[1].id", 'every entity needs an id, e.g. its 行政区划代码: id = "430602"'),
        ('id = " "', "entities[1].id", "every entity needs an id"),
        (
            'id = "x"\ncode = "43060"',
            "entities[1].code",
            "a 行政区划代码 is six digits, e.g. \"430602\"; '43060' is not",
        ),
        ('id = "x"\ncode = "4306021"', "entities[1].code", "'4306021' is not"),
        ('id = "x"\ncode = "43060a"', "entities[1].code", "'43060a' is not"),
        ('id = "x"\ncode = "４３０６０２"', "entities[1].code", "is not"),  # full-width digits
        ('id = "x"\ncode = 430602', "entities[1].code", "expected text, got int 430602"),
        ('id = "e0"', "entities[1].id", "the id 'e0' is used by more than one of the entities"),
        ('id = "x"\ncode = "430602"', "entities[1].code", "the code '430602' is used by more than one of the entities"),
        (
            'id = "x"\ncolour = "red"',
            "entities[1]",
            "unknown field colour; the fields allowed here are: id, name, code",
        ),
        ('name = "君山区"', "entities[1].id", "this field is required but missing"),
        ('id = "x"\ntargets = ["goal.firms"]', "entities[1].targets", "expected a table of targets by id"),
    ],
)
def test_a_bad_entity_is_named_where_it_stands(entity: str, path: str, message: str) -> None:
    problems = problems_of(f'[[entities]]\nid = "e0"\ncode = "430602"\n[[entities]]\n{entity}\n')
    assert any(p == path and message in m for p, m in problems), problems


@pytest.mark.parametrize(
    ("override", "path", "message"),
    [
        ('value = "40家"', "", "unknown field value; the fields allowed here are: params, quote, weight"),
        ('value = "40家"', "", "an evaluator's parameters go in params"),
        ('weight = "x"', ".weight", "'x' is not a number"),
        ("strive = 1", ".strive", "expected true or false"),
        ('params = "40家"', ".params", "params must be a table of named values"),
        ('params = { value = "40家", colour = "red" }', ".params", "unknown field colour"),
        ('metric = "rd"', "", "unknown field metric"),
        ('quote = " "', ".quote", "every target must quote the sentence of the plan"),
        ("weight = -1", ".weight", "a weight cannot be negative (-1)"),
        ("schedule = [{ month = 13, share = 1 }]", ".schedule[0].month", "schedule months must run from 1 to 12"),
        (
            'examples = [{ as_of = 2026-12-31, status = "fine" }]',
            ".examples[0].status",
            "'fine' is not a status",
        ),
    ],
)
def test_a_bad_override_is_named_where_it_stands(override: str, path: str, message: str) -> None:
    problems = problems_of(f'[[entities]]\nid = "e"\n[entities.targets."goal.firms"]\n{override}\n')
    where = 'entities[0].targets."goal.firms"' + path
    assert any(p == where and message in m for p, m in problems), problems


def test_overrides_that_are_not_tables_are_named() -> None:
    text = '{"format": 1, "id": "p", "title": "t", "issuer": "i", "year": 2026, "entities": %s}'
    for entities, path, message in [
        ('{"id": "e"}', "entities", "expected a list here (in TOML, [[entities]] tables)"),
        ('["e"]', "entities[0]", "each entity must be a table of fields"),
        ('[{"id": "e", "targets": {"t": 5}}]', "entities[0].targets.t", "expected a table of what this entity changes"),
    ]:
        with pytest.raises(SpecErrors) as caught:
            planengine.loads_spec(text % entities, "json")
        assert [(e.path, e.message[: len(message)]) for e in caught.value.errors] == [(path, message)]


def test_a_problem_of_the_plan_s_target_is_not_echoed_for_every_entity() -> None:
    text = (HEADER + '[[entities]]\nid = "a"\n[entities.targets."goal.firms"]\nquote = "企业数超40家"\n').replace(
        'value = "85家"', 'value = "85人"'
    )
    with pytest.raises(SpecErrors) as caught:
        planengine.loads_spec(text)
    assert [e.path for e in caught.value.errors] == ["targets[0].params.value"]


def test_a_quoted_key_is_one_step_of_a_problem_s_location() -> None:
    problems = problems_of('[[entities]]\nid = "e"\n[entities.targets."goal.firms"]\nweight = "x"\n')
    problem = planengine.SpecProblem("city.toml", *problems[0])
    assert problem.location == ("entities", 0, "targets", "goal.firms", "weight")
    assert planengine.SpecProblem("", "entities[0].targets.T01.params.value", "").location == (
        "entities",
        0,
        "targets",
        "T01",
        "params",
        "value",
    )


def test_check_plan_refuses_entity_targets_that_are_not_versions_of_the_plan_s() -> None:
    """A plan built in code can hold what a spec cannot state: each is named."""
    plan = load("")
    firms = plan.targets[0]
    entity = Entity(
        "e",
        targets=(
            attrs.evolve(firms, metric="rd"),
            attrs.evolve(firms, id="goal.firmz"),
            attrs.evolve(firms, quote="企业数超40家"),
            attrs.evolve(firms, quote="企业数超41家"),
        ),
    )
    problems = check_plan(attrs.evolve(plan, entities=(entity,)), planengine.default_registry())
    assert problems == [
        ('entities[0].targets."goal.firms"', "the entity gives its version of 'goal.firms' 3 times"),
        (
            'entities[0].targets."goal.firms".metric',
            "an entity's target keeps the plan target's metric ('firms'); "
            "its own are only params, quote, weight, strive, schedule, note and examples",
        ),
        ('entities[0].targets."goal.firmz"', "there is no target with the id 'goal.firmz'; did you mean 'goal.firms'?"),
    ]


# --- writing back and hashing -----------------------------------------------------------------------


def test_a_dump_writes_only_what_differs_from_the_plan() -> None:
    plan = load(
        """
[[entities]]
id = "430611"
name = "君山区"
code = "430611"
[entities.targets."goal.firms"]
params = { value = "85家", comparator = ">=" }
[entities.targets."goal.district"]
params = { deliverable = "申报" }
[entities.targets."goal.rd"]
params = { min_growth = "12%" }
strive = true
"""
    )
    (written,) = json.loads(planengine.dump_spec(plan))["entities"]
    assert written == {
        "id": "430611",
        "name": "君山区",
        "code": "430611",
        "targets": {
            # the plan writes comparator ">"; the entity's ">=" is the default, so it is written out
            "goal.firms": {"params": {"comparator": ">="}},
            "goal.district": {"params": {"deliverable": "申报"}},
            "goal.rd": {"params": {"min_growth": "12%"}, "strive": True},
        },
    }
    assert planengine.loads_spec(planengine.dump_spec(plan), "json") == plan


def test_the_spec_hash_follows_the_entities_targets() -> None:
    base = '[[entities]]\nid = "e"\n[entities.targets."goal.firms"]\nparams = { value = "40家" }\n'
    plan = load(base)
    variants = (base, base.replace("40家", "41家"), base + "weight = 2\n")
    assert len({planengine.spec_hash(load(text)) for text in variants}) == 3
    assert planengine.spec_hash(plan) != planengine.spec_hash(load(""))
    # a plan changed in code: hashed from its typed form, entities included
    own = plan.entities[0].targets[0]
    changed = attrs.evolve(
        plan, entities=(attrs.evolve(plan.entities[0], targets=(attrs.evolve(own, weight=Decimal(2)),)),)
    )
    assert planengine.spec_hash(changed) != planengine.spec_hash(attrs.evolve(plan))
    # each entity's plan is judged under the hash of the spec that states it
    assert planengine.spec_hash(plan.for_entity("e")) == planengine.spec_hash(plan)


class _Milestones:
    """A stand-in for the milestone plugin, with defaults the spec does not write."""

    @attrs.frozen
    class Params:
        deliverable: str = ""
        by: str = "12"

    @planengine.hookimpl
    def register_evaluators(self) -> list[planengine.Evaluator[object]]:
        return [
            planengine.Evaluator(
                name="milestone",
                params=self.Params,
                evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                version="9.9",
                api_version=planengine.PLUGIN_API_VERSION,
            )
        ]


def test_the_spec_hash_of_entities_does_not_depend_on_the_installed_plugins() -> None:
    text = '[[entities]]\nid = "e"\n[entities.targets."goal.district"]\nparams = { deliverable = "申报" }\n'
    pm = planengine.get_plugin_manager(load_entry_points=False)
    pm.register(_Milestones())
    registry = planengine.EvaluatorRegistry.from_plugin_manager(pm)
    with_plugin, without = load(text, registry=registry), load(text)
    assert with_plugin.entity("e").targets[0].params == _Milestones.Params("申报", "12")
    assert without.entity("e").targets[0].params == planengine.RawParams({"deliverable": "申报", "by": "12"})
    assert planengine.spec_hash(with_plugin) == planengine.spec_hash(without)
    assert planengine.spec_hash(with_plugin.for_entity("e")) == planengine.spec_hash(without.for_entity("e"))
    compiled = planengine.compile_plan(without.for_entity("e"), registry)  # structured when compiled with the plugin
    assert compiled.spec_hash == planengine.spec_hash(without)


# --- the round trip, for any entities ---------------------------------------------------------------


@st.composite
def versions(draw: st.DrawFn, target: Target, plan: Plan) -> Target:
    """An entity's version of a growth or threshold target: new figures, and perhaps a new quote or weight."""
    comparator = draw(st.sampled_from([Comparator.AT_LEAST, Comparator.MORE_THAN]))
    if isinstance(target.params, GrowthParams):
        growth = draw(st.decimals(min_value=-1, max_value=1, places=3))
        params: object = attrs.evolve(target.params, min_growth=Rate(growth), comparator=comparator)
    else:
        metric = plan.metric(target.metric or "")
        magnitude = draw(st.decimals(min_value=0, max_value=10**6, places=2))
        if metric.unit.symbol in testing.COUNT_UNITS:
            magnitude = magnitude.to_integral_value()
        params = attrs.evolve(target.params, value=Quantity(magnitude, metric.unit), comparator=comparator)
    return attrs.evolve(
        target,
        params=draw(st.sampled_from([params, target.params])),
        quote=draw(st.just(target.quote) | testing.texts().filter(str.strip)),
        weight=draw(st.just(target.weight) | st.decimals(min_value=0, max_value=10, places=2)),
        strive=draw(st.booleans()),
        note=draw(st.just(target.note) | testing.texts()),
    )


@st.composite
def plans_with_entities(draw: st.DrawFn) -> Plan:
    """A generated plan (its targets' comparators varied too) carried out by up to three entities."""
    plan = draw(testing.plans())
    comparators = st.sampled_from([Comparator.AT_LEAST, Comparator.MORE_THAN])
    plan = attrs.evolve(
        plan,
        targets=tuple(
            attrs.evolve(t, params=attrs.evolve(t.params, comparator=draw(comparators))) for t in plan.targets
        ),
    )
    ids = draw(st.lists(testing.identifiers(), max_size=3, unique=True))
    codes = draw(st.lists(st.from_regex(r"\A[0-9]{6}\Z"), min_size=len(ids), max_size=len(ids), unique=True))
    entities = []
    for entity_id, code in zip(ids, codes, strict=True):
        chosen = draw(st.lists(st.sampled_from(plan.targets), unique_by=lambda t: t.id)) if plan.targets else []
        entities.append(
            Entity(
                entity_id,
                draw(testing.texts()),
                draw(st.sampled_from([code, None])),
                tuple(draw(versions(t, plan)) for t in chosen),
            )
        )
    return attrs.evolve(plan, entities=tuple(entities))


@settings(max_examples=60, deadline=None)
@given(plans_with_entities())
def test_a_plan_with_entities_dumps_and_loads_back_equal(plan: Plan) -> None:
    assert check_plan(plan, planengine.default_registry()) == []
    again = planengine.loads_spec(planengine.dump_spec(plan), "json")
    assert again == plan
    assert planengine.spec_hash(again) == planengine.spec_hash(plan)
    for entity in plan.entity_ids:
        assert again.for_entity(entity) == plan.for_entity(entity)


def test_a_district_of_the_seed_plan_round_trips_with_only_its_own_figure(seed_plan: Plan) -> None:
    goals = {t.id: t for t in seed_plan.targets if t.task is None and t.evaluator != "milestone"}
    rd = goals["goal.rd-growth"]
    own = attrs.evolve(rd, params=attrs.evolve(rd.params, min_growth=Rate(Decimal("0.12"))), examples=())
    plan = attrs.evolve(seed_plan, entities=(Entity("430603", "云溪区", "430603", (own,)),))
    again = planengine.loads_spec(planengine.dump_spec(plan), "json")
    assert again == plan and again.for_entity("430603").targets[1].params.min_growth == Decimal("0.12")
    data: dict[str, Any] = json.loads(planengine.dump_spec(plan))
    assert data["entities"][0]["targets"] == {"goal.rd-growth": {"params": {"min_growth": "12%"}}}
    assert planengine.evaluate(again.for_entity("430603"), [], dt.date(2026, 6, 30)).assessments


def test_the_readme_s_entity_example_loads_over_the_seed_spec(seed_plan: Plan) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Entities: one spec, many districts", 1)[1]
    snippet = section.split("```toml\n", 1)[1].split("```", 1)[0]
    plan = planengine.loads_spec(SEED_SPEC.read_text(encoding="utf-8") + "\n" + snippet)
    (own,) = plan.entity("430603").targets
    assert own.params == ThresholdParams(Quantity(Decimal(40), unit("家")))
    assert plan.targets == seed_plan.targets
