"""Portfolios: many plans for many entities, judged here or on any executor, with equal results.

The plans are the seed plan carried out by a few districts (built in code with
``attrs.evolve``), one of them with a target of its own. Worker processes judge with their
own default registry: they inherit ``PLANENGINE_DISABLE_PLUGIN_AUTOLOAD`` from conftest,
as this process does, so both use the built-in evaluators alone.
"""

from __future__ import annotations

import datetime as dt
import pickle
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import planengine
from planengine import Evaluator, Explanation, Observation, Outcome, Plan, Quantity, Status, hookimpl
from planengine.model import Entity
from planengine.portfolio import (
    FigureSource,
    InMemoryFigures,
    LedgerFigures,
    Portfolio,
    evaluate_portfolio,
)
from planengine.render.portfolio import render_led_by, render_ranking

from .conftest import EXAMPLE_FIGURES, MID_YEAR
from .test_plugins import SPEC, LevelParams, make_plugin, registry_with

DISTRICTS = (
    Entity("430602", "岳阳楼区"),
    Entity("430603", "云溪区"),
    Entity("430611", "君山区"),
    Entity("430621", "岳阳县"),
)
#: 君山区's own version of this target: 6 new high-tech enterprises instead of 10.
OWN_TARGET = "goal.new-hitech"


def halved(observations: Iterable[Observation]) -> list[Observation]:
    """The plan year's figures at half their amount (whole numbers): a district far behind."""
    out = []
    for obs in observations:
        if obs.date.year == 2026 and obs.measure is planengine.Measure.VALUE and obs.quantity.unit.dimension != "stage":
            magnitude = (obs.quantity.magnitude / 2).quantize(Decimal(1), ROUND_HALF_UP)
            obs = attrs.evolve(obs, quantity=Quantity(magnitude, obs.quantity.unit))
        out.append(obs)
    return out


@pytest.fixture(scope="module")
def province(seed_plan: Plan) -> Plan:
    """The seed plan carried out by four districts; 君山区 has its own OWN_TARGET."""
    target = next(t for t in seed_plan.targets if t.id == OWN_TARGET)
    own = attrs.evolve(target, params=attrs.evolve(target.params, value=planengine.parse_quantity("6家")))
    districts = tuple(attrs.evolve(d, targets=(own,)) if d.id == "430611" else d for d in DISTRICTS)
    return attrs.evolve(seed_plan, entities=districts)


@pytest.fixture(scope="module")
def second_plan(province: Plan) -> Plan:
    """Another plan for the same districts (its own id and title)."""
    return attrs.evolve(province, id="yueyanglou-sti-2", title="第二个方案")


@pytest.fixture(scope="module")
def figures(example_figures: tuple[Observation, ...]) -> InMemoryFigures:
    """岳阳楼区 and 君山区 report the example figures, 云溪区 the same (a tie), 岳阳县 half of them."""
    observations = [attrs.evolve(o, entity=e) for e in ("430602", "430603", "430611") for o in example_figures]
    observations += [attrs.evolve(o, entity="430621") for o in halved(example_figures)]
    return InMemoryFigures(observations)


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(2) as executor:
        yield executor


def requested(province: Plan, second_plan: Plan) -> list[Plan | tuple[Plan, str]]:
    """Pairs in an order of their own: entities out of order, a whole plan between single pairs."""
    return [(province, "430621"), second_plan, (province, "430602"), (province, "430611")]


def pairs_of(portfolio: Portfolio) -> list[tuple[str, str]]:
    return [(r.plan, r.entity) for r in portfolio.results]


EXPECTED_ORDER = [
    ("yueyanglou-sti", "430621"),
    ("yueyanglou-sti-2", "430602"),
    ("yueyanglou-sti-2", "430603"),
    ("yueyanglou-sti-2", "430611"),
    ("yueyanglou-sti-2", "430621"),
    ("yueyanglou-sti", "430602"),
    ("yueyanglou-sti", "430611"),
]


# -- one process ---------------------------------------------------------------------------


def test_a_plan_alone_means_each_of_its_entities_and_each_result_is_the_entitys_own(
    province: Plan, figures: InMemoryFigures
) -> None:
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    assert pairs_of(portfolio) == [(province.id, d.id) for d in DISTRICTS]
    assert portfolio.as_of == MID_YEAR and portfolio.plans == (province,)
    for district in ("430602", "430603"):  # the same figures judged alone give the same result
        alone = planengine.compile_plan(province).evaluate(
            figures.figures(province_metrics(province), district), MID_YEAR, entity=district
        )
        assert portfolio.result(province.id, district) == alone


def province_metrics(plan: Plan) -> list[str]:
    return [m.id for m in plan.metrics]


def test_a_plan_without_entities_is_judged_for_the_empty_entity(
    seed_plan: Plan, example_figures: tuple[Observation, ...]
) -> None:
    portfolio = evaluate_portfolio([seed_plan], MID_YEAR, figures=InMemoryFigures(example_figures))
    assert pairs_of(portfolio) == [(seed_plan.id, "")]
    assert portfolio.result(seed_plan.id) == planengine.evaluate(seed_plan, example_figures, MID_YEAR)


def test_an_entitys_own_target_is_judged_for_it_alone(province: Plan, figures: InMemoryFigures) -> None:
    """君山区 reports what 岳阳楼区 reports; only its own target (6家, not 10家) differs."""
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    own = portfolio.result(province.id, "430611").assessment(OWN_TARGET)
    plans = portfolio.result(province.id, "430602").assessment(OWN_TARGET)
    assert (plans.status, plans.required) == (Status.LAGGING, Decimal(10))
    assert (own.status, own.required) == (Status.ON_TRACK, Decimal(6))
    others = [a for a in portfolio.result(province.id, "430611").assessments if a.target != OWN_TARGET]
    assert others == [a for a in portfolio.result(province.id, "430602").assessments if a.target != OWN_TARGET]


def test_figures_of_one_entity_never_reach_another(province: Plan, figures: InMemoryFigures) -> None:
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    full, half = portfolio.result(province.id, "430602"), portfolio.result(province.id, "430621")
    assert full.assessment("goal.sme-registered").actual == Decimal(74)
    assert half.assessment("goal.sme-registered").actual == Decimal(37)
    # a source that hands out everyone's figures: only the entity's own are used, and the rest are said
    leaky = LeakyFigures(figures)
    judged = evaluate_portfolio([(province, "430621")], MID_YEAR, figures=leaky).results[0]
    assert [a.outcome for a in judged.assessments] == [a.outcome for a in half.assessments]
    assert any("of other entities were not used" in w for w in judged.warnings)


@attrs.frozen
class LeakyFigures:
    """A figure source that returns every entity's figures, whoever asks."""

    inner: InMemoryFigures

    def figures(self, metrics: Collection[str], entity: str) -> list[Observation]:
        return [obs for e in self.inner.entities for obs in self.inner.figures(metrics, e)]


def test_in_memory_figures_are_grouped_once_by_entity_and_metric(example_figures: tuple[Observation, ...]) -> None:
    observations = [attrs.evolve(o, entity=e) for e in ("a", "b") for o in example_figures]
    figures = InMemoryFigures(iter(observations))  # read once, at construction
    assert figures.entities == ("a", "b") and len(figures) == len(observations)
    rd = figures.figures(["rd_spending"], "a")
    assert rd == [o for o in observations if o.entity == "a" and o.metric == "rd_spending"]  # in the order given
    assert figures.figures(["rd_spending"], "c") == [] and figures.figures([], "a") == []
    both = figures.figures(["rd_spending", "sme_registered"], "b")
    assert {(o.entity, o.metric) for o in both} == {("b", "rd_spending"), ("b", "sme_registered")}
    assert isinstance(figures, FigureSource)
    part = figures.only(["b", "z"])
    assert part.entities == ("b",) and part.figures(["rd_spending"], "b") == figures.figures(["rd_spending"], "b")


class CountingFigures:
    """An in-memory source that counts what it is asked for (not picklable: for this process's threads)."""

    def __init__(self, inner: InMemoryFigures) -> None:
        self.inner = inner
        self.asked: list[str] = []
        self._lock = threading.Lock()

    def figures(self, metrics: Collection[str], entity: str) -> list[Observation]:
        with self._lock:
            self.asked.append(entity)
        return self.inner.figures(metrics, entity)


@pytest.mark.parametrize("threads", [0, 2])
def test_an_entitys_figures_are_read_once_for_all_its_plans(
    province: Plan, second_plan: Plan, figures: InMemoryFigures, threads: int
) -> None:
    """The two plans share their metrics: each district's figures are read and indexed once, even in chunks of 1."""
    source = CountingFigures(figures)
    with ThreadPoolExecutor(max(threads, 1)) as pool:
        executor = pool if threads else None
        portfolio = evaluate_portfolio([province, second_plan], MID_YEAR, figures=source, executor=executor, chunk=1)
    assert sorted(source.asked) == sorted(d.id for d in DISTRICTS)
    assert portfolio == evaluate_portfolio([province, second_plan], MID_YEAR, figures=figures)


def test_counts_add_up_every_result(province: Plan, second_plan: Plan, figures: InMemoryFigures) -> None:
    portfolio = evaluate_portfolio([province, second_plan], MID_YEAR, figures=figures)
    counts = portfolio.counts()
    assert list(counts) == [s.value for s in Status]
    assert sum(counts.values()) == 8 * len(province.targets)
    for status in Status:
        assert counts[status.value] == sum(r.counts()[status.value] for r in portfolio.results)


def test_what_cannot_be_a_portfolio_is_refused(province: Plan, figures: InMemoryFigures) -> None:
    with pytest.raises(ValueError, match="has no entity '430000'"):
        evaluate_portfolio([(province, "430000")], MID_YEAR, figures=figures)
    with pytest.raises(ValueError, match="has no entity ''"):
        evaluate_portfolio([(province, "")], MID_YEAR, figures=figures)
    with pytest.raises(ValueError, match="asked for twice"):
        evaluate_portfolio([province, (province, "430602")], MID_YEAR, figures=figures)
    with pytest.raises(ValueError, match="two different plans have the id"):
        evaluate_portfolio([province, attrs.evolve(province, title="其他")], MID_YEAR, figures=figures)
    with pytest.raises(ValueError, match="chunk must be at least 1"):
        evaluate_portfolio([province], MID_YEAR, figures=figures, chunk=0)
    empty = evaluate_portfolio([], MID_YEAR, figures=figures)
    assert empty.results == () and empty.counts()["met"] == 0


# -- every executor gives the same portfolio -------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 3, 8])
def test_a_process_pool_gives_the_same_portfolio_in_the_same_order(
    province: Plan, second_plan: Plan, figures: InMemoryFigures, pool: ProcessPoolExecutor, chunk: int
) -> None:
    wanted = requested(province, second_plan)
    here = evaluate_portfolio(wanted, MID_YEAR, figures=figures)
    there = evaluate_portfolio(wanted, MID_YEAR, figures=figures, executor=pool, chunk=chunk)
    assert pairs_of(here) == EXPECTED_ORDER
    assert there == here
    # what crossed back is whole: explanations written, equal to the ones written here
    result = there.result(province.id, "430621")
    assert [a.explanation.zh for a in result.assessments] == [
        a.explanation.zh for a in here.result(province.id, "430621").assessments
    ]


def test_a_thread_pool_gives_the_same_portfolio(province: Plan, second_plan: Plan, figures: InMemoryFigures) -> None:
    wanted = requested(province, second_plan)
    with ThreadPoolExecutor(3) as threads:
        there = evaluate_portfolio(wanted, MID_YEAR, figures=figures, executor=threads, chunk=2)
    assert there == evaluate_portfolio(wanted, MID_YEAR, figures=figures)
    assert pairs_of(there) == EXPECTED_ORDER


def test_a_dask_cluster_gives_the_same_portfolio(province: Plan, second_plan: Plan, figures: InMemoryFigures) -> None:
    import distributed  # a test dependency (planengine[test]); imported here, since it is slow to import

    wanted = requested(province, second_plan)
    here = evaluate_portfolio(wanted, MID_YEAR, figures=figures)
    cluster = distributed.LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
    )
    with cluster, distributed.Client(cluster) as client:  # type: ignore[no-untyped-call]
        there = evaluate_portfolio(wanted, MID_YEAR, figures=figures, executor=client.get_executor(), chunk=2)
    assert there == here
    assert pairs_of(there) == EXPECTED_ORDER


def test_a_failing_source_fails_the_call_from_any_executor(
    province: Plan, pool: ProcessPoolExecutor, tmp_path: Path
) -> None:
    missing = LedgerFigures(str(tmp_path / "no-such-folder" / "ledger.sqlite3"))
    for executor in (None, pool):
        with pytest.raises(planengine.LedgerError):
            evaluate_portfolio([province], MID_YEAR, figures=missing, executor=executor)


# -- registries in workers -------------------------------------------------------------------


def always_met(params: LevelParams, context: planengine.Context) -> Outcome:
    return Outcome(Status.MET, Explanation(f"等级{params.level}", f"level {params.level}"))


class AlwaysMet:
    """A plugin defined at module level, so that a registry holding it pickles."""

    @hookimpl
    def register_evaluators(self) -> list[Evaluator[LevelParams]]:
        return [Evaluator(name="custom-rule", params=LevelParams, evaluate=always_met, version="1", api_version=1)]


def custom_plan(registry: planengine.EvaluatorRegistry, targets: int = 1) -> Plan:
    """The hosting tests' small plan (a custom target, a built-in one), with ``targets`` custom targets."""
    plan = planengine.loads_spec(SPEC.format(name="custom-rule"), registry=registry)
    custom = plan.targets[0]
    copies = tuple(attrs.evolve(custom, id=f"custom{i}") for i in range(targets))
    return attrs.evolve(plan, targets=(*copies, *plan.targets[1:]))


CUSTOM_FIGURES = InMemoryFigures([Observation("m", dt.date(2026, 12, 31), planengine.parse_quantity("2家"))])
YEAR_END = dt.date(2026, 12, 31)


def test_a_registry_that_pickles_is_sent_to_the_workers(pool: ProcessPoolExecutor) -> None:
    registry = registry_with(AlwaysMet())
    plan = custom_plan(registry)
    here = evaluate_portfolio([plan], YEAR_END, figures=CUSTOM_FIGURES, registry=registry)
    there = evaluate_portfolio([plan], YEAR_END, figures=CUSTOM_FIGURES, registry=registry, executor=pool)
    assert there == here
    assert there.results[0].assessment("custom0").status is Status.MET  # not "unsupported": the plugin was there
    # without it, the workers use their own installed evaluators, where custom-rule is not
    default = evaluate_portfolio([plan], YEAR_END, figures=CUSTOM_FIGURES, executor=pool)
    assert default.results[0].assessment("custom0").status is Status.UNSUPPORTED


def test_a_registry_that_cannot_pickle_is_refused_before_anything_is_sent(pool: ProcessPoolExecutor) -> None:
    registry = registry_with(make_plugin("custom-rule", lambda p, c: Outcome(Status.MET, Explanation("", ""))))
    plan = custom_plan(registry)
    with pytest.raises(TypeError, match="cannot be sent to worker processes"):
        evaluate_portfolio([plan], YEAR_END, figures=CUSTOM_FIGURES, registry=registry, executor=pool)
    with ThreadPoolExecutor(1) as threads:  # threads share this process's objects: nothing to pickle
        shared = evaluate_portfolio([plan], YEAR_END, figures=CUSTOM_FIGURES, registry=registry, executor=threads)
    assert shared.results[0].assessment("custom0").status is Status.MET


# -- ranking, led_by -------------------------------------------------------------------------


def test_entities_are_ranked_by_score_with_ties_sharing_a_rank(province: Plan, figures: InMemoryFigures) -> None:
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    standings = portfolio.ranking(province.id)
    assert [(s.rank, s.entity) for s in standings] == [(1, "430611"), (2, "430602"), (2, "430603"), (4, "430621")]
    for standing in standings:  # the score is planengine.score's, over the plan as the entity carries it out
        card = planengine.score(portfolio.result(province.id, standing.entity), province.for_entity(standing.entity))
        assert standing.score == card.overall.score and standing.scored == card.overall.scored
    top, tied, _, last = standings
    assert tied.score is not None and top.score is not None and last.score is not None
    assert top.score > tied.score > last.score  # 君山区's own target is on track; 岳阳县 is far behind
    assert (top.name, top.targets, top.lagging + top.on_track + top.met + top.missed + top.no_data + top.unjudged) == (
        "君山区",
        34,
        34,
    )


def test_entities_with_nothing_scored_are_not_ranked(province: Plan, figures: InMemoryFigures) -> None:
    milestones = attrs.evolve(province, targets=tuple(t for t in province.targets if t.evaluator == "milestone"))
    portfolio = evaluate_portfolio([milestones], MID_YEAR, figures=figures)
    standings = portfolio.ranking(province.id)
    assert [(s.rank, s.entity, s.score, s.unjudged) for s in standings] == [
        (0, d.id, None, len(milestones.targets)) for d in sorted(DISTRICTS, key=lambda d: d.id)
    ]


def test_led_by_gathers_a_units_targets_across_plans_and_entities(
    province: Plan, second_plan: Plan, figures: InMemoryFigures
) -> None:
    portfolio = evaluate_portfolio([province, second_plan], MID_YEAR, figures=figures)
    led = portfolio.led_by("talent_office")
    own = [t.id for t in province.targets if "talent_office" in province.responsibility(t.task).lead]
    assert len(own) == 7 and len(led) == 7 * 4 * 2
    assert [(item.plan, item.entity, item.target) for item in led] == [
        (r.plan, r.entity, target) for r in portfolio.results for target in own
    ]
    item = led[0]
    assert item.assessment == portfolio.result(item.plan, item.entity).assessment(item.target)
    assert (item.status, item.progress) == (item.assessment.status, item.assessment.progress)
    assert portfolio.led_by("nobody") == ()


def test_the_ranking_and_the_follow_up_list_render_in_chinese(province: Plan, figures: InMemoryFigures) -> None:
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    ranking = render_ranking(portfolio, province.id)
    assert ranking.startswith(f"# {province.title} · 各地区排名\n")
    rows = [line for line in ranking.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [row.split(" | ")[0] for row in rows] == ["| 1", "| 2", "| 2", "| 4"]
    assert "| 1 | 君山区(430611) |" in ranking and "得分相同者名次并列" in ranking
    led = render_led_by(portfolio, "talent_office")
    assert led.startswith("# 区人才办 · 牵头目标督办台账\n")
    assert led.count("| talent.high-level.leaders |") == 4 and "## 需督办事项" in led
    lagging = portfolio.result(province.id, "430621").assessment("talent.introduction.graduates")
    assert lagging.status is Status.LAGGING and lagging.explanation.zh in led
    assert "Entities ranked" in render_ranking(portfolio, province.id, "en")
    assert render_led_by(portfolio, "nobody").rstrip().endswith("无。")


# -- pickling --------------------------------------------------------------------------------


def test_a_result_pickles_and_unpickles_equal(seed_plan: Plan) -> None:
    figures = planengine.read_observations(EXAMPLE_FIGURES).observations
    result = planengine.evaluate(seed_plan, figures, MID_YEAR)
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert [a.explanation.en for a in again.assessments] == [a.explanation.en for a in result.assessments]
    assessment = result.assessment("goal.new-hitech")
    assert pickle.loads(pickle.dumps(assessment)) == assessment and assessment.progress is not None
    assert pickle.loads(pickle.dumps(assessment.progress)) == assessment.progress
    assert pickle.loads(pickle.dumps(assessment.outcome)) == assessment.outcome


@given(st.text(), st.text())
def test_a_deferred_explanation_pickles_as_its_sentences_and_stays_lazy_until_then(zh: str, en: str) -> None:
    calls: list[int] = []

    def write() -> tuple[str, str]:
        calls.append(1)
        return zh, en

    explanation = Explanation.deferred(write)
    assert calls == []
    again = pickle.loads(pickle.dumps(explanation))
    assert calls == [1]  # written once, when pickled
    assert again == explanation == Explanation(zh, en)
    assert (again.zh, again.en) == (zh, en) and calls == [1]


def test_portfolios_and_figure_sources_pickle(
    province: Plan, figures: InMemoryFigures, example_figures: tuple[Observation, ...]
) -> None:
    portfolio = evaluate_portfolio([province], MID_YEAR, figures=figures)
    assert pickle.loads(pickle.dumps(portfolio)) == portfolio
    assert pickle.loads(pickle.dumps(figures)) == figures
    # every field of a figure survives its compact pickled form
    odd = attrs.evolve(
        example_figures[0],
        quantity=planengine.parse_quantity("1.50亿元"),
        reported_at=dt.date(2026, 7, 3),
        revision=2,
        note="更正",
        reported_by="区科工局",
        entity="x",
    )
    assert pickle.loads(pickle.dumps(InMemoryFigures([odd]))).figures([odd.metric], "x") == [odd]
    source = LedgerFigures("ledger.sqlite3", dt.date(2026, 7, 1), accepted_only=True)
    assert pickle.loads(pickle.dumps(source)) == source


# -- figures from a ledger -------------------------------------------------------------------


def test_ledger_figures_give_each_entity_its_own(
    province: Plan, figures: InMemoryFigures, pool: ProcessPoolExecutor, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.sqlite3"
    everyone = [obs for entity in figures.entities for obs in figures.figures(province_metrics(province), entity)]
    with planengine.Ledger(path) as ledger:
        ledger.record(everyone, source="test")
    source = LedgerFigures(str(path))
    from_ledger = evaluate_portfolio([province], MID_YEAR, figures=source)
    assert evaluate_portfolio([province], MID_YEAR, figures=source, executor=pool) == from_ledger
    in_memory = evaluate_portfolio([province], MID_YEAR, figures=figures)
    for ours, theirs in zip(from_ledger.results, in_memory.results):
        assert [a.status for a in ours.assessments] == [a.status for a in theirs.assessments]
        assert [a.actual for a in ours.assessments] == [a.actual for a in theirs.assessments]
    # known on a day before anything was recorded: nothing
    before = LedgerFigures(str(path), known_on=dt.date(2000, 1, 1))
    assert before.figures(province_metrics(province), "430602") == ()


# -- time limits off the main thread ---------------------------------------------------------


def judged_in_a_thread(evaluate: Callable[..., Outcome], timeout: float, targets: int = 1) -> Portfolio:
    registry = registry_with(make_plugin("custom-rule", evaluate))
    plan = custom_plan(registry, targets)
    with ThreadPoolExecutor(1) as threads:
        return evaluate_portfolio(
            [plan], YEAR_END, figures=CUSTOM_FIGURES, executor=threads, registry=registry, timeout=timeout
        )


def test_a_plugin_looping_forever_in_a_worker_thread_is_an_error_within_the_limit() -> None:
    release = threading.Event()  # "forever": until this test is done with it
    looped_on: list[threading.Thread] = []

    def spin(params: object, context: object) -> Outcome:
        looped_on.append(threading.current_thread())
        while not release.is_set():
            pass
        return Outcome(Status.MET, Explanation("", ""))

    try:
        started = time.monotonic()
        result = judged_in_a_thread(spin, timeout=0.3).results[0]
        assert time.monotonic() - started < 3
        custom = result.assessment("custom0")
        assert custom.status is Status.ERROR and "took longer than 0.3 s" in custom.explanation.en
        assert result.assessment("builtin").status is Status.MET
        # the abandoned runner, still looping, is not used again: the next target gets another
        again = judged_in_a_thread(spin, timeout=0.3).results[0].assessment("custom0")
        assert again.status is Status.ERROR and looped_on[1] is not looped_on[0]
    finally:
        release.set()
    for thread in looped_on:  # once its call returns, an abandoned runner ends
        thread.join(5)
        assert not thread.is_alive()


def test_a_late_result_is_refused_and_its_runner_ends() -> None:
    slept_on: list[threading.Thread] = []

    def slow(params: object, context: object) -> Outcome:
        slept_on.append(threading.current_thread())
        time.sleep(0.5)
        return Outcome(Status.MET, Explanation("", ""))

    custom = judged_in_a_thread(slow, timeout=0.2).results[0].assessment("custom0")
    assert custom.status is Status.ERROR and "took longer than 0.2 s" in custom.explanation.en
    slept_on[0].join(5)
    assert not slept_on[0].is_alive()


def test_time_limits_start_no_thread_per_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in the issue: off the main thread, each plugin target started a thread of its own."""
    started: list[str] = []
    ran_on: set[str] = set()
    real_start = threading.Thread.start

    def recording_start(self: threading.Thread) -> None:
        started.append(self.name)
        real_start(self)

    def quick(params: LevelParams, context: planengine.Context) -> Outcome:
        ran_on.add(threading.current_thread().name)
        return Outcome(Status.MET, Explanation("好", "fine"))

    registry = registry_with(make_plugin("custom-rule", quick))
    plan = custom_plan(registry, targets=40)
    compiled = planengine.compile_plan(plan, registry, timeout=5)
    with ThreadPoolExecutor(1) as threads:
        threads.submit(lambda: None).result()  # the pool's own thread, started before counting
        monkeypatch.setattr(threading.Thread, "start", recording_start)
        for _ in range(3):
            result = threads.submit(compiled.evaluate, [], YEAR_END).result()
            assert [a.status for a in result.assessments[:40]] == [Status.MET] * 40
    assert ran_on == {"planengine-evaluator"}  # under a time limit, on a runner thread
    assert len([name for name in started if name.startswith("planengine")]) <= 1  # 120 targets, one runner at most


def test_a_runner_hands_back_what_the_plugin_raised() -> None:
    def fails(params: object, context: object) -> Outcome:
        raise RuntimeError("boom")

    def exits(params: object, context: object) -> Outcome:
        import sys

        sys.exit(4)

    failed = judged_in_a_thread(fails, timeout=5).results[0].assessment("custom0")
    assert failed.status is Status.ERROR and "RuntimeError: boom" in failed.explanation.en
    exited = judged_in_a_thread(exits, timeout=5).results[0].assessment("custom0")
    assert exited.status is Status.ERROR and "called sys.exit(4)" in exited.explanation.en
