"""The three reports, as data, on the example year recorded into a ledger; hand-computed checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import planengine
from planengine import Ledger, Status
from planengine.projection import Method
from planengine.reporting import Report, ReportKind, build_report
from planengine.scoring import Light

from .conftest import ROOT

DEKADS = sorted((ROOT / "examples" / "dekads").glob("*.csv"))
JUNE_30 = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    path = tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"
    opened = Ledger(path)
    for file in DEKADS:
        opened.record_file(file)
    return opened


@pytest.fixture(scope="module")
def compiled(seed_plan: planengine.Plan) -> planengine.CompiledPlan:
    return planengine.compile_plan(seed_plan)


def report(
    compiled: planengine.CompiledPlan, ledger: Ledger, as_of: dt.date, kind: ReportKind, known_on: dt.date | None = None
) -> Report:
    return build_report(compiled, ledger.observations(known_on=known_on), as_of, kind, known_on=known_on)


def line(r: Report, target: str) -> planengine.reporting.TargetLine:
    return next(t for t in r.targets if t.target == target)


def test_the_example_year_records_cleanly(ledger: Ledger) -> None:
    assert len(DEKADS) == 37
    history = ledger.history("tech_contract_turnover", dt.date(2026, 6, 30))
    assert [str(r.observation.quantity) for r in history] == ["60160万元", "61200万元"]


def test_monthly_bulletin_june(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    r = report(compiled, ledger, JUNE_30, ReportKind.MONTHLY)
    assert (r.period_label, r.period_start, r.period_end) == ("2026年6月", dt.date(2026, 6, 1), JUNE_30)
    assert len(r.targets) == 34
    graduates = line(r, "talent.introduction.graduates")
    # 330 of 2000 by 30 June; 18 of the year's 36 dekads are due (50%): 16.5% - 50% is 33.5 points behind, red
    assert (graduates.status, graduates.actual, graduates.required) == (Status.LAGGING, Decimal(330), Decimal(2000))
    assert (graduates.completion, graduates.expected) == (Decimal("0.165"), Decimal("0.5"))
    assert (graduates.light, graduates.points_behind) == (Light.RED, Decimal("33.5"))
    assert graduates.progress is not None and graduates.progress.amount == -670  # 330 - 2000 x 50%: 短 670人
    reds = [w for w in r.warnings if w.light is Light.RED]
    assert graduates in reds
    # nothing yet of 2 new varieties (and of four one-off targets): 50.0 points behind, listed first
    assert reds[0].points_behind == Decimal("50.0") and reds[0].target == "core-tech.agriculture.varieties"
    assert [w.points_behind for w in reds] == sorted((w.points_behind for w in reds), reverse=True)  # type: ignore[type-var]
    turnover = line(r, "transfer.system.turnover")
    assert turnover.actual == 61200  # the corrected figure
    ranked = [u for u in r.units if u.rank]
    assert [u.rank for u in ranked] == list(range(1, len(ranked) + 1))
    assert [u.lead_score for u in ranked] == sorted((u.lead_score for u in ranked), reverse=True)  # type: ignore[type-var]
    assert r.missed_reports == ()


def test_monthly_bulletin_may_names_the_missed_reports(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    r = report(compiled, ledger, dt.date(2026, 5, 31), ReportKind.MONTHLY)
    assert [(m.reporter, m.metric, m.period_label) for m in r.missed_reports] == [
        ("区农业农村局", "new_crop_varieties", "2026年5月中旬"),
        ("区农业农村局", "new_crop_varieties", "2026年5月下旬"),
    ]


def test_a_report_is_reproducible_as_known_on_an_earlier_date(
    compiled: planengine.CompiledPlan, ledger: Ledger
) -> None:
    """The June bulletin as printed on 3 July shows the figure before its correction of 6 July."""
    printed = report(compiled, ledger, JUNE_30, ReportKind.MONTHLY, known_on=dt.date(2026, 7, 3))
    assert line(printed, "transfer.system.turnover").actual == 60160
    assert printed.known_on == dt.date(2026, 7, 3)
    again = report(compiled, ledger, JUNE_30, ReportKind.MONTHLY, known_on=dt.date(2026, 7, 3))
    assert again == printed
    assert line(report(compiled, ledger, JUNE_30, ReportKind.MONTHLY), "transfer.system.turnover").actual == 61200


def test_dekad_brief_shows_the_correction_and_the_changes(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    r = report(compiled, ledger, dt.date(2026, 7, 10), ReportKind.DEKAD)
    assert r.period_label == "2026年7月上旬"
    corrections = [f for f in r.figures if f.note.startswith("更正")]
    assert [(f.metric, f.date, f.value, f.reported_at) for f in corrections] == [
        ("tech_contract_turnover", JUNE_30, "61200万元", dt.date(2026, 7, 6))
    ]
    assert all(
        f.date >= dt.date(2026, 7, 1) or f.reported_at and f.reported_at >= dt.date(2026, 7, 1) for f in r.figures
    )
    before = build_report(compiled, ledger.observations(), dt.date(2026, 6, 30), ReportKind.MONTHLY)
    expected_changes = {t.target for t in r.targets if t.status is not line(before, t.target).status}
    assert {c.target for c in r.changes} == expected_changes
    for warning in r.new_warnings:
        assert warning in r.warnings


def test_quarterly_summary_q2(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    r = report(compiled, ledger, JUNE_30, ReportKind.QUARTERLY)
    assert [(q.label, q.date) for q in r.quarters] == [
        ("2026年第1季度", dt.date(2026, 3, 31)),
        ("2026年第2季度", JUNE_30),
    ]
    assert r.quarters[-1].score == r.score
    monthly_march = report(compiled, ledger, dt.date(2026, 3, 31), ReportKind.MONTHLY)
    assert r.quarters[0].score == monthly_march.score and r.quarters[0].counts == monthly_march.counts
    turnover = next(p for p in r.projections if p.target == "transfer.system.turnover")
    # 61200 by 30 June; by 30 June 2025 the previous year had 54050 of its 115000 (47%)
    assert turnover.method is Method.PREVIOUS_YEAR and turnover.share == Decimal("0.4700")
    assert turnover.projected == Decimal("130212.77") and turnover.projected_to_meet
    graduates = next(n for n in r.next_quarter if n.target == "talent.introduction.graduates")
    # by 30 September, 27 of 36 dekads of 2000 are due: 1500 people, of which 330 are there
    assert (graduates.due_by, graduates.due, graduates.still_needed) == (
        dt.date(2026, 9, 30),
        Decimal(1500),
        Decimal(1170),
    )


def test_the_projection_changes_with_the_correction(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    before = report(compiled, ledger, JUNE_30, ReportKind.QUARTERLY, known_on=dt.date(2026, 7, 3))
    turnover = next(p for p in before.projections if p.target == "transfer.system.turnover")
    assert turnover.projected == Decimal("128000.00") and not turnover.projected_to_meet


def test_year_end_bulletin(compiled: planengine.CompiledPlan, ledger: Ledger) -> None:
    r = report(compiled, ledger, dt.date(2026, 12, 31), ReportKind.MONTHLY)
    judged = [t for t in r.targets if t.status.evaluated]
    assert {t.status for t in judged} == {Status.MET, Status.MISSED}
    assert line(r, "talent.introduction.graduates").status is Status.MET  # 2030人 in the end
    assert {t.target for t in r.warnings} == {t.target for t in judged if t.status is Status.MISSED}
