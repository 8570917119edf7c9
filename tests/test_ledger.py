"""The observation ledger: revisions instead of overwrites, "as known on", atomic and idempotent imports.

Each test opens a fresh ledger on each backend: an SQLite file under ``tmp_path``, and a
schema of its own on the PostgreSQL test server (``PLANENGINE_TEST_POSTGRES``). The figures are written as CSV
text so each test shows exactly what a unit sent.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planengine
import planengine.ledger.core
from planengine import Measure, Observation, parse_quantity
from planengine.ledger import (
    ImportReport,
    Ledger,
    LedgerError,
    LedgerImportError,
    Revision,
    default_ledger_path,
)

from .conftest import EXAMPLE_FIGURES, MID_YEAR, YEAR_END

HEADER = "metric,date,value,unit,measure,reported_by,note,reported_at\n"
UTC = dt.UTC
MAY = dt.datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
DECEMBER = dt.datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _csv(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def ledger(ledger_location: str) -> Any:
    """A fresh ledger on each backend: the same guarantees are tested on SQLite and PostgreSQL."""
    with Ledger(ledger_location) as opened:
        yield opened


def _amounts(observations: tuple[Observation, ...]) -> dict[tuple[str, dt.date], str]:
    return {(o.metric, o.date): str(o.quantity) for o in observations}


# -- corrections and "as known on" ------------------------------------------------------------


def test_a_correction_is_a_new_revision_and_the_history_stays(ledger: Ledger, tmp_path: Path) -> None:
    first = _csv(tmp_path, "may.csv", "rd_spending,2026-04-30,27440,万元,value,区科工局,,")
    fixed = _csv(tmp_path, "fix.csv", "rd_spending,2026-04-30,27500,万元,value,区科工局,更正,")
    assert ledger.record_file(first, recorded_by="clerk-a", now=MAY).added == 1
    report = ledger.record_file(fixed, recorded_by="clerk-b", now=DECEMBER)
    assert (report.added, report.unchanged) == (1, 0)

    history = ledger.history("rd_spending")
    assert [(r.revision, str(r.observation.quantity)) for r in history] == [(1, "27440万元"), (2, "27500万元")]
    assert [(r.recorded_by, r.recorded_at, r.import_source) for r in history] == [
        ("clerk-a", MAY, str(first)),
        ("clerk-b", DECEMBER, str(fixed)),
    ]
    assert history[1].observation.note == "更正"
    assert history[1].observation.source == f"{fixed}:line 2"
    assert _amounts(ledger.observations()) == {("rd_spending", dt.date(2026, 4, 30)): "27500万元"}
    assert ledger.history("rd_spending", dt.date(2026, 4, 29)) == ()


def test_a_may_view_is_unchanged_after_a_december_correction(
    ledger: Ledger, tmp_path: Path, seed_plan: planengine.Plan
) -> None:
    ledger.record_file(
        _csv(
            tmp_path,
            "may.csv",
            "rd_spending,2025-04-30,25000,万元,value,区科工局,,2025-05-08",
            "rd_spending,2026-04-30,27440,万元,value,区科工局,,2026-05-10",
        ),
        now=MAY,
    )
    as_of = dt.date(2026, 5, 31)
    may_view = ledger.observations(known_on=as_of)
    may_report = planengine.evaluate(seed_plan, may_view, as_of)

    ledger.record_file(
        _csv(
            tmp_path,
            "december.csv",
            "rd_spending,2026-04-30,20000,万元,value,区科工局,更正,2026-12-05",
        ),
        now=DECEMBER,
    )

    assert ledger.observations(known_on=as_of) == may_view
    assert planengine.evaluate(seed_plan, ledger.observations(known_on=as_of), as_of) == may_report
    corrected = planengine.evaluate(seed_plan, ledger.observations(), as_of)
    assert corrected.assessment("goal.rd-growth") != may_report.assessment("goal.rd-growth")
    # the correction counts from the start of the day the unit reported it: a date is its whole day
    key = ("rd_spending", dt.date(2026, 4, 30))
    assert _amounts(ledger.observations(known_on=dt.date(2026, 12, 4)))[key] == "27440万元"
    assert _amounts(ledger.observations(known_on=dt.date(2026, 12, 5)))[key] == "20000万元"
    assert ledger.observations(known_on=dt.date(2026, 5, 9)) == tuple(o for o in may_view if o.date.year == 2025)


def test_a_correction_recorded_before_the_original_stays_in_force(ledger: Ledger, tmp_path: Path) -> None:
    """Files recorded out of order: the figure reported last (by report date) is the one in force."""
    correction = _csv(tmp_path, "fix.csv", "rd_spending,2026-06-30,61200,万元,value,区科工局,更正,2026-07-06")
    original = _csv(tmp_path, "june.csv", "rd_spending,2026-06-30,60160,万元,value,区科工局,,2026-07-01")
    ledger.record_file(correction, now=DECEMBER)
    ledger.record_file(original, now=DECEMBER + dt.timedelta(hours=1))
    key = ("rd_spending", dt.date(2026, 6, 30))
    assert _amounts(ledger.observations())[key] == "61200万元"
    assert _amounts(ledger.observations(known_on=dt.date(2026, 7, 3)))[key] == "60160万元"
    assert [r.revision for r in ledger.history("rd_spending")] == [1, 2]


def test_without_reported_at_a_figure_is_known_from_when_it_was_recorded(ledger: Ledger, tmp_path: Path) -> None:
    recorded = dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    ledger.record_file(_csv(tmp_path, "f.csv", "sme_registered,2026-02-28,60,家,value,,,"), now=recorded)
    assert ledger.observations(known_on=dt.date(2026, 2, 28)) == ()
    assert len(ledger.observations(known_on=dt.date(2026, 3, 1))) == 1  # a date is its whole day
    assert ledger.observations(known_on=recorded - dt.timedelta(microseconds=1)) == ()
    assert len(ledger.observations(known_on=recorded)) == 1
    beijing = dt.timezone(dt.timedelta(hours=8))
    assert len(ledger.observations(known_on=dt.datetime(2026, 3, 1, 20, 0, tzinfo=beijing))) == 1
    assert ledger.observations(known_on=dt.datetime(2026, 3, 1, 19, 59, tzinfo=beijing)) == ()
    assert ledger.history("sme_registered")[0].known_since == recorded


# -- imports: idempotent, atomic, unchanged figures ------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing(ledger: Ledger, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "f.csv",
        "sme_registered,2026-06-30,74,家,value,区科工局,,",
        "new_hitech,2026-06-30,4,家,value,区科工局,,",
    )
    first = ledger.record_file(path, now=MAY)
    assert (first.added, first.unchanged, first.already_imported_at) == (2, 0, None)
    assert first.sha256 is not None and len(first.sha256) == 64

    again = ledger.record_file(path, now=DECEMBER)
    assert again == ImportReport(str(path), first.sha256, 0, 0, MAY, first.import_id)
    # the same bytes under another name are the same file
    copy = tmp_path / "copy.csv"
    copy.write_bytes(path.read_bytes())
    assert ledger.record_file(copy).already_imported_at == MAY
    assert [len(ledger.history(m)) for m in ("sme_registered", "new_hitech")] == [1, 1]


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row(ledger: Ledger, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "bad.csv",
        "sme_registered,2026-06-30,74,家,value,,,",
        "new_hitech,2026-06-30,4,头,value,,,",
        "rd_spending,2026-06-30,51465,万元,value,,,",
        "rd_spending,2026-02-30,60000,万元,value,,,",
    )
    with pytest.raises(LedgerImportError) as caught:
        ledger.record_file(path)
    problems = caught.value.problems
    assert [(p.file, p.where) for p in problems] == [(str(path), "line 3"), (str(path), "line 5")]
    assert "unknown unit '头'" in problems[0].message
    assert "2026-02-30" in problems[1].message
    assert "line 3" in str(caught.value) and "line 5" in str(caught.value)
    assert ledger.observations() == ()

    # nothing was written, not even the file's hash: once fixed, the file imports
    path.write_text(HEADER + "sme_registered,2026-06-30,74,家,value,,,\n", encoding="utf-8")
    assert ledger.record_file(path).added == 1


def test_two_different_figures_for_one_key_in_one_file_are_refused(ledger: Ledger, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "twice.csv",
        "sme_registered,2026-06-30,74,家,value,,,",
        "sme_registered,2026-06-30,74,家,value,,,",
        "sme_registered,2026-06-30,75,家,value,,,",
    )
    with pytest.raises(LedgerImportError) as caught:
        ledger.record_file(path)
    [problem] = caught.value.problems
    assert problem.where == "line 4"
    assert "line 2" in problem.message and "75家" in problem.message
    assert ledger.observations() == ()


def test_a_file_that_cannot_be_read_raises_the_file_error(ledger: Ledger, tmp_path: Path) -> None:
    with pytest.raises(planengine.ObservationFileError, match="cannot be read"):
        ledger.record_file(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(planengine.ObservationFileError, match="empty"):
        ledger.record_file(empty)


def test_an_unchanged_re_report_adds_no_revision(ledger: Ledger, tmp_path: Path) -> None:
    ledger.record_file(_csv(tmp_path, "a.csv", "tech_contract_turnover,2026-06-30,13,亿元,value,区科工局,,"), now=MAY)
    # another file (so another hash) with the same amount written in another unit and a new note
    report = ledger.record_file(
        _csv(
            tmp_path,
            "b.csv",
            "tech_contract_turnover,2026-06-30,130000.00,万元,value,区科工局,复核,",
            "tech_contract_turnover,2026-07-31,14,亿元,value,区科工局,,",
        ),
        now=DECEMBER,
    )
    assert (report.added, report.unchanged) == (1, 1)
    [kept] = ledger.history("tech_contract_turnover", dt.date(2026, 6, 30))
    assert (kept.revision, str(kept.observation.quantity), kept.recorded_at) == (1, "13亿元", MAY)

    changed = ledger.record_file(_csv(tmp_path, "c.csv", "tech_contract_turnover,2026-06-30,130001,万元,value,,,"))
    assert changed.added == 1
    assert [r.revision for r in ledger.history("tech_contract_turnover", dt.date(2026, 6, 30))] == [1, 2]


def test_progress_is_reported_after_every_batch_and_at_the_end(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planengine.ledger.core, "BATCH_ROWS", 250)
    path = _csv(tmp_path, "long.csv", *_rows("sme_registered", 600))
    calls: list[tuple[int, int]] = []
    ledger.record_file(path, progress=lambda done, total: calls.append((done, total)))
    # the file is read as it is recorded: its length is known (the second number) only at the end
    assert calls == [(250, 0), (500, 0), (600, 0), (600, 600)]
    assert len(ledger.observations()) == 600
    calls.clear()
    ledger.record(list(ledger.observations()), source="again", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(250, 600), (500, 600), (600, 600)]  # a sequence's length is known from the start


# -- two writers ---------------------------------------------------------------------------------


def _rows(metric: str, count: int, start: int = 0) -> list[str]:
    first = dt.date(2020, 1, 1)
    return [f"{metric},{first + dt.timedelta(days=i)},{start + i}.5,万元,value,,," for i in range(count)]


def _import_in_process(database: str, figures: str, barrier: Any, errors: Any) -> None:
    """Run in a spawned process: wait for the other writer, then import one file."""
    try:
        with Ledger(database) as ledger:
            barrier.wait(timeout=120)  # generous: a loaded machine starts interpreters slowly
            report = ledger.record_file(figures, recorded_by=figures)
            assert report.added == 500, report
    except BaseException as exc:  # handed to the parent, which shows it
        errors.put(f"{figures}: {type(exc).__name__}: {exc}")
        raise


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path, ledger_location: str) -> None:
    database = ledger_location
    files = [
        _csv(tmp_path, f"{metric}.csv", *_rows(metric, 500, start))
        for metric, start in (("metric_a", 0), ("metric_b", 10_000))
    ]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    errors = context.Queue()
    workers = [context.Process(target=_import_in_process, args=(str(database), str(f), barrier, errors)) for f in files]
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + 240
    while any(w.is_alive() for w in workers) and time.monotonic() < deadline:
        if any(w.exitcode not in (None, 0) for w in workers):  # a dead worker fails the test at once,
            barrier.abort()  # instead of leaving the other waiting at the barrier
            break
        time.sleep(0.1)
    for worker in workers:
        worker.join(timeout=30)
        if worker.is_alive():
            worker.terminate()
    problems = [errors.get(timeout=5) for _ in range(errors.qsize())] if not errors.empty() else []
    assert [w.exitcode for w in workers] == [0, 0], problems

    with Ledger(database) as ledger:
        figures = ledger.observations()
        assert len(figures) == 1000
        for metric, start in (("metric_a", 0), ("metric_b", 10_000)):
            values = [o.quantity.magnitude for o in figures if o.metric == metric]
            assert values == [Decimal(start + i) + Decimal("0.5") for i in range(500)]
            assert {r.recorded_by for r in ledger.history(metric)} == {str(tmp_path / f"{metric}.csv")}


# -- iterables and evaluation ----------------------------------------------------------------------


def test_observations_from_any_iterable(ledger: Ledger) -> None:
    def figures() -> Any:
        yield Observation(
            "knowledge_credit_loans", dt.date(2026, 8, 5), parse_quantity("0.31亿元"), reported_by="区金融办"
        )
        yield Observation(
            "hitech_local_tax",
            dt.date(2026, 6, 30),
            parse_quantity("12.4%"),
            Measure.YOY,
            note="可比口径同比",
            reported_at=dt.date(2026, 7, 3),
        )

    report = ledger.record(figures(), source="finance-office-api", recorded_by="sync", now=MAY)
    assert (report.source, report.sha256, report.added, report.unchanged) == ("finance-office-api", None, 2, 0)
    assert set(ledger.observations()) == set(figures())
    [rate] = ledger.observations(metrics=["hitech_local_tax"])
    assert (rate.measure, str(rate.quantity), rate.reported_at) == (Measure.YOY, "12.4%", dt.date(2026, 7, 3))
    [revision] = ledger.history("knowledge_credit_loans")
    assert isinstance(revision, Revision)
    assert (revision.import_source, revision.recorded_by, revision.known_since) == ("finance-office-api", "sync", MAY)
    # an iterable has no hash: the same figures again are unchanged, not "already imported"
    again = ledger.record(figures(), source="finance-office-api")
    assert (again.added, again.unchanged, again.already_imported_at) == (0, 2, None)
    assert again.import_id != report.import_id


def test_ledger_figures_evaluate_like_the_file(
    ledger: Ledger, seed_plan: planengine.Plan, example_figures: tuple[Observation, ...]
) -> None:
    report = ledger.record_file(EXAMPLE_FIGURES)
    assert report.added == len(example_figures)
    assert set(ledger.observations()) == set(example_figures)
    compiled = planengine.compile_plan(seed_plan)
    for as_of in (MID_YEAR, YEAR_END):
        assert compiled.evaluate(ledger.observations(), as_of) == compiled.evaluate(example_figures, as_of)


def test_figures_are_stored_exactly(ledger: Ledger, tmp_path: Path) -> None:
    written = ["0.1", "123456789012345678.123456", "0.10", "-0.000001", "7"]
    path = _csv(tmp_path, "exact.csv", *(f"m{i},2026-06-30,{v},万元,value,,," for i, v in enumerate(written)))
    ledger.record_file(path)
    with Ledger(ledger.location) as reopened:
        stored = {o.metric: o.quantity.magnitude for o in reopened.observations()}
    assert {k: str(v) for k, v in stored.items()} == {f"m{i}": v for i, v in enumerate(written)}
    assert stored["m0"] == Decimal("0.1") and stored["m0"] * 3 == Decimal("0.3")


# -- the database file ----------------------------------------------------------------------------


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    Ledger(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(LedgerError, match="schema version 99, newer"):
        Ledger(path)


def test_a_file_that_is_not_a_ledger_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(LedgerError, match="not a planengine ledger"):
        Ledger(other)
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all, just some text that is long enough" * 20, encoding="utf-8")
    with pytest.raises(LedgerError, match="cannot be opened"):
        Ledger(text)


def test_the_default_location_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PLANENGINE_LEDGER", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_ledger_path() == tmp_path / "planengine-ledger.sqlite3"
    monkeypatch.setenv("PLANENGINE_LEDGER", str(tmp_path / "elsewhere.db"))
    assert default_ledger_path() == tmp_path / "elsewhere.db"


# -- property ---------------------------------------------------------------------------------


_amounts_strategy = st.builds(
    lambda digits, places, symbol: parse_quantity(f"{Decimal(digits).scaleb(-places)}{symbol}"),
    st.integers(-(10**12), 10**12),
    st.integers(0, 4),
    st.sampled_from(["元", "万元", "亿元"]),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(_amounts_strategy, st.sampled_from([parse_quantity("1万元"), parse_quantity("10000元")])),
        min_size=1,
        max_size=6,
    )
)
def test_the_last_recorded_value_wins_and_each_change_is_one_revision(amounts: list[planengine.Quantity]) -> None:
    day = dt.date(2026, 6, 30)
    with tempfile.TemporaryDirectory() as directory, Ledger(Path(directory) / "l.sqlite3") as ledger:
        moments = [dt.datetime(2026, 7, 1, tzinfo=UTC) + dt.timedelta(hours=i) for i in range(len(amounts))]
        for amount, moment in zip(amounts, moments):
            ledger.record([Observation("loans", day, amount)], source="test", now=moment)

        changes = [a for i, a in enumerate(amounts) if i == 0 or not a.same_amount(amounts[i - 1])]
        history = ledger.history("loans")
        assert len(history) == len(changes)
        assert [r.revision for r in history] == list(range(1, len(changes) + 1))
        assert all(r.observation.quantity.same_amount(c) for r, c in zip(history, changes))
        [latest] = ledger.observations()
        assert latest.quantity.same_amount(amounts[-1])
        for index, moment in enumerate(moments):  # each moment sees the value as it then stood
            [then] = ledger.observations(known_on=moment)
            assert then.quantity.same_amount(amounts[index])


def test_days_are_days_of_the_units_time_zone(ledger: Ledger, tmp_path: Path) -> None:
    """Recorded at 07:30 Beijing time on 4 July (23:30 UTC on 3 July): not known on 3 July."""
    early = dt.datetime(2026, 7, 3, 23, 30, tzinfo=UTC)
    ledger.record_file(_csv(tmp_path, "july.csv", "rd_spending,2026-06-30,51465,万元,value,区科工局,,"), now=early)
    assert ledger.observations(known_on=dt.date(2026, 7, 3)) == ()
    assert len(ledger.observations(known_on=dt.date(2026, 7, 4))) == 1
    with Ledger(tmp_path / "utc.sqlite3", zone=dt.UTC) as utc:
        utc.record_file(_csv(tmp_path, "july2.csv", "rd_spending,2026-06-30,51465,万元,value,区科工局,,"), now=early)
        assert len(utc.observations(known_on=dt.date(2026, 7, 3))) == 1


def test_an_original_without_its_report_date_cannot_replace_a_correction(ledger: Ledger, tmp_path: Path) -> None:
    """Found in review: the original, recorded after its correction and without reported_at, became
    the figure in force. It is refused with the line and what to do, and nothing of its file is kept."""
    correction = _csv(tmp_path, "fix.csv", "rd_spending,2026-06-30,61200,万元,value,区科工局,更正,2026-07-06")
    original = _csv(
        tmp_path,
        "june.csv",
        "rd_spending,2026-05-31,51000,万元,value,区科工局,,",
        "rd_spending,2026-06-30,60160,万元,value,区科工局,,",
    )
    ledger.record_file(correction, now=DECEMBER)
    with pytest.raises(LedgerImportError) as refused:
        ledger.record_file(original, now=DECEMBER + dt.timedelta(hours=1))
    [problem] = refused.value.problems
    assert problem.where == "line 3" and "no reported_at" in problem.message and "61200万元" in problem.message
    assert _amounts(ledger.observations()) == {
        ("rd_spending", dt.date(2026, 6, 30)): "61200万元"
    }  # May not kept either
    # with its report date it is recorded, and the correction stays in force
    dated = _csv(tmp_path, "june-dated.csv", "rd_spending,2026-06-30,60160,万元,value,区科工局,,2026-07-01")
    ledger.record_file(dated, now=DECEMBER + dt.timedelta(hours=2))
    assert _amounts(ledger.observations())[("rd_spending", dt.date(2026, 6, 30))] == "61200万元"


def test_readers_do_not_wait_for_a_writer_and_read_a_read_only_ledger(tmp_path: Path) -> None:
    """Found in review: every open took the write lock, so reports waited behind an import."""
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as writer:
        writer.record_file(_csv(tmp_path, "a.csv", "rd_spending,2026-06-30,1,万元,value,,,"), now=DECEMBER)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process importing: it holds the write lock
    try:
        with Ledger(path, readonly=True) as reader:
            assert len(reader.observations()) == 1  # a snapshot, at once
            with pytest.raises(LedgerError, match="opened to read"):
                reader.record_file(_csv(tmp_path, "b.csv", "rd_spending,2026-07-31,2,万元,value,,,"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    folder = tmp_path / "shared"
    folder.mkdir()
    copy = folder / "ledger.sqlite3"
    copy.write_bytes(path.read_bytes())
    folder.chmod(0o555)
    copy.chmod(0o444)
    try:
        with Ledger(copy, readonly=True) as reader:
            assert len(reader.observations()) == 1
    finally:
        folder.chmod(0o755)


def test_a_hand_edited_row_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        ledger.record_file(_csv(tmp_path, "a.csv", "rd_spending,2026-06-30,1,万元,value,,,"), now=DECEMBER)
    for column, value in (("magnitude", "twelve"), ("unit", "斤斤"), ("date", "2026-02-30")):
        db = sqlite3.connect(path)
        original = db.execute(f"SELECT {column} FROM revisions").fetchone()[0]
        db.execute(f"UPDATE revisions SET {column} = ?", (value,))
        db.commit()
        with Ledger(path, readonly=True) as reader, pytest.raises(LedgerError, match="changed outside planengine"):
            reader.observations()
        db.execute(f"UPDATE revisions SET {column} = ?", (original,))
        db.commit()
        db.close()
    db = sqlite3.connect(path)
    db.execute("DROP TABLE revisions")
    db.commit()
    db.close()
    with Ledger(path, readonly=True) as reader, pytest.raises(LedgerError, match="ledger failed: no such table"):
        reader.observations()


def test_a_busy_ledger_is_a_one_line_error_and_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planengine.ledger

    path = tmp_path / "ledger.sqlite3"
    Ledger(path).close()
    monkeypatch.setattr(planengine.ledger, "BUSY_TIMEOUT_SECONDS", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Ledger(path) as ledger, pytest.raises(LedgerError, match="busy: another process"):
            ledger.record_file(_csv(tmp_path, "a.csv", "rd_spending,2026-06-30,1,万元,value,,,"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Ledger(path, readonly=True) as reader:
        assert reader.observations() == ()


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    """A 192 KiB tmpfs, where permitted (root on Linux); skipped elsewhere, and said so."""
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_full_disk_is_a_one_line_error_and_loses_nothing(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "ledger.sqlite3"
    with Ledger(path) as ledger:
        ledger.record_file(_csv(tmp_path, "first.csv", *_rows("metric_a", 50)), now=DECEMBER)
        big = _csv(tmp_path, "big.csv", *_rows("metric_b", 20_000))
        with pytest.raises(LedgerError, match="disk is full|cannot be written"):
            ledger.record_file(big, now=DECEMBER)
        assert len(ledger.observations()) == 50  # what was recorded before is whole
    with Ledger(path, readonly=True) as reader:
        assert {o.metric for o in reader.observations()} == {"metric_a"}


def test_a_damaged_page_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        ledger.record_file(_csv(tmp_path, "a.csv", *_rows("metric_a", 400)), now=DECEMBER)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # scribble over every page but the header's
        data[start + 8 : start + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))
    with pytest.raises(LedgerError) as caught:
        with Ledger(path, readonly=True) as reader:
            reader.observations()
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
