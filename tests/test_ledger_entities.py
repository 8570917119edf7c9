"""The ledger at city and province size: entities in the key, reads by index, imports in batches.

Run on both backends (an SQLite file and a schema on the PostgreSQL test server) where the
behaviour is the ledger's own; SQLite's file format (upgrades, query plans) on SQLite.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tracemalloc
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import planengine.ledger.core
from planengine import Observation, parse_quantity
from planengine.ledger import SCHEMA_VERSION, Ledger, LedgerError, LedgerImportError

JUNE = dt.date(2026, 6, 30)
RECORDED = dt.datetime(2026, 7, 5, 9, 0, tzinfo=dt.UTC)


def _figure(metric: str, value: str, entity: str = "", day: dt.date = JUNE, source: str = "") -> Observation:
    return Observation(metric, day, parse_quantity(value), entity=entity, source=source)


def _values(ledger: Ledger, **kwargs: object) -> dict[tuple[str, str], str]:
    return {(o.entity, o.metric): str(o.quantity) for o in ledger.observations(**kwargs)}  # type: ignore[arg-type]


def test_the_same_figure_of_two_entities_is_two_figures(ledger_location: str) -> None:
    with Ledger(ledger_location) as ledger:
        ledger.record(
            [_figure("rd", "100万元", "430602"), _figure("rd", "80万元", "430603"), _figure("rd", "5万元")],
            source="june",
            now=RECORDED,
        )
        assert _values(ledger) == {("", "rd"): "5万元", ("430602", "rd"): "100万元", ("430603", "rd"): "80万元"}
        assert _values(ledger, entity="430603") == {("430603", "rd"): "80万元"}
        assert ledger.entities() == ("", "430602", "430603")
        # a correction of one entity's figure is that entity's revision 2, and nobody else's
        ledger.record([_figure("rd", "90万元", "430603")], source="fix", now=RECORDED + dt.timedelta(days=1))
        assert [r.revision for r in ledger.history("rd", JUNE, entity="430603")] == [1, 2]
        assert [r.revision for r in ledger.history("rd", JUNE, entity="430602")] == [1]
        assert len(ledger.history("rd")) == 4
        step = ledger.review("rd", JUNE, accept=False, reason="口径有误", entity="430603")
        assert (step.entity, step.revision) == ("430603", 2)
        assert _values(ledger, entity="430603") == {("430603", "rd"): "80万元"}  # returned: revision 1 counts
        assert [(p.entity, p.revision) for p in ledger.pending()] == [("", 1), ("430602", 1)]
        assert [p.entity for p in ledger.pending(entity="430602")] == ["430602"]
        assert [s.entity for s in ledger.reviews("rd")] == ["430603"]


def test_a_plans_read_names_its_metrics_and_entity(ledger_location: str) -> None:
    with Ledger(ledger_location) as ledger:
        ledger.record([_figure(m, "1万元", e) for m in ("a", "b", "c") for e in ("x", "y")], source="all", now=RECORDED)
        assert set(_values(ledger, metrics=["a", "c"], entity="y")) == {("y", "a"), ("y", "c")}
        assert _values(ledger, metrics=[], entity="y") == {}


def test_a_plans_read_goes_by_index(tmp_path: Path) -> None:
    """A report's cost is its plan's figures, not the ledger's size: the read searches an index."""
    with Ledger(tmp_path / "l.sqlite3") as ledger:
        ledger.record([_figure(f"m{i}", "1万元", f"e{i % 7}") for i in range(200)], source="many", now=RECORDED)
        plan = ledger.explain_observations(["m1", "m8"], entity="e1", known_on=JUNE)
        assert any(step.startswith("SEARCH r USING INDEX sqlite_autoindex_revisions_1") for step in plan), plan
        assert not any(step.strip() in ("SCAN r", "SCAN revisions") for step in plan), plan
        reviews = [step for step in plan if "v" in step.split()[:2]]
        assert reviews and all("USING INDEX reviews_figure" in step for step in reviews), plan


def test_one_import_cannot_say_two_things_about_one_figure_across_batches(
    ledger_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planengine.ledger.core, "BATCH_ROWS", 2)
    rows = [
        _figure("rd", "100万元", "x", source="f.csv:line 2"),
        _figure("other", "1万元", "x", source="f.csv:line 3"),
        _figure("more", "1万元", "x", source="f.csv:line 4"),
        _figure("rd", "100万元", "x", source="f.csv:line 5"),  # the same again: kept once
        _figure("rd", "120万元", "x", source="f.csv:line 6"),  # another amount: refused
    ]
    with Ledger(ledger_location) as ledger:
        with pytest.raises(LedgerImportError) as refused:
            ledger.record(rows, source="f.csv", now=RECORDED)
        assert [(p.where, p.message) for p in refused.value.problems] == [
            ("line 6", "x rd on 2026-06-30 (value) is 120万元 here but 100万元 at line 2; give one figure per date")
        ]
        assert ledger.observations() == ()  # nothing of the import was kept
        report = ledger.record(rows[:4], source="f.csv", now=RECORDED)
        assert (report.added, report.unchanged) == (3, 1)


def _generated(count: int) -> Iterator[Observation]:
    start = dt.date(2020, 1, 1)
    for i in range(count):
        yield Observation(
            f"m{i % 50}", start + dt.timedelta(days=i // 50), Quantity_of(i), entity=f"e{i % 3}", source=f"gen:{i}"
        )


def Quantity_of(i: int) -> planengine.Quantity:  # noqa: N802 - reads as a constructor
    return planengine.Quantity(Decimal(i) / 4, planengine.unit("万元"))


def _peak_recording(tmp_path: Path, count: int) -> int:
    with Ledger(tmp_path / f"{count}.sqlite3") as ledger:
        tracemalloc.start()
        try:
            report = ledger.record(_generated(count), source=f"{count} rows", now=RECORDED)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert report.added == count
    return peak


def test_recording_a_generator_keeps_memory_flat(tmp_path: Path) -> None:
    """Batches, not the whole import, are held: four times the rows, about the same peak."""
    small, large = _peak_recording(tmp_path, 5_000), _peak_recording(tmp_path, 20_000)
    assert large < 1.5 * small, (small, large)


def test_a_ledger_of_schema_2_is_upgraded_in_place_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA_2)  # as planengine 0.2 wrote it
    db.execute(
        "INSERT INTO imports (id, source, sha256, recorded_at, recorded_by, added, unchanged) "
        "VALUES (1, 'june.csv', 'abc', '2026-07-05T09:00:00.000000+00:00', '', 1, 0)"
    )
    db.execute(
        "INSERT INTO revisions (metric, date, measure, revision, magnitude, unit, reported_by, note, source, "
        "reported_at, recorded_at, recorded_by, known_since, import_id) VALUES ('rd', '2026-06-30', 'value', 1, "
        "'100', '万元', '科工局', '', 'june.csv:line 2', NULL, '2026-07-05T09:00:00.000000+00:00', '', "
        "'2026-07-05T09:00:00.000000+00:00', 1)"
    )
    db.execute(
        "INSERT INTO reviews (metric, date, measure, revision, state, reason, reviewed_by, reviewed_at) "
        "VALUES ('rd', '2026-06-30', 'value', 1, 'accepted', '', '审核人', '2026-07-06T09:00:00.000000+00:00')"
    )
    db.commit()
    db.close()
    with Ledger(path, readonly=True) as reader:  # read as it is
        assert _values(reader, accepted_only=True) == {("", "rd"): "100万元"}
        assert reader.history("rd")[0].observation.entity == ""
    with Ledger(path) as writer:  # upgraded on opening to write
        assert _values(writer, accepted_only=True) == {("", "rd"): "100万元"}
        assert writer.reviews("rd")[0].reviewed_by == "审核人"
        writer.record([_figure("rd", "7万元", "430602")], source="district", now=RECORDED)
        assert _values(writer) == {("", "rd"): "100万元", ("430602", "rd"): "7万元"}
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_ledger_locations(tmp_path: Path) -> None:
    with Ledger(f"sqlite:///{tmp_path}/by-url.sqlite3") as ledger:
        assert ledger.backend == "sqlite" and ledger.path == tmp_path / "by-url.sqlite3"
    assert (tmp_path / "by-url.sqlite3").is_file()
    with pytest.raises(LedgerError, match="mysql://"):
        Ledger("mysql://host/db")
    with pytest.raises(LedgerError, match="cannot be opened"):
        Ledger("postgresql://nobody@/none?host=/nonexistent-socket-folder&connect_timeout=1")


def test_a_reader_of_a_server_ledger_cannot_write(postgres_url: str) -> None:
    with Ledger(postgres_url) as writer:
        writer.record([_figure("rd", "1万元")], source="one", now=RECORDED)
        assert writer.backend == "postgresql" and writer.path is None
    with Ledger(postgres_url, readonly=True) as reader:
        assert _values(reader) == {("", "rd"): "1万元"}
        with pytest.raises(LedgerError, match="opened to read"):
            reader.record([_figure("rd", "2万元")], source="two")


_SCHEMA_2 = """
CREATE TABLE imports (id INTEGER PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT UNIQUE, recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL, added INTEGER NOT NULL, unchanged INTEGER NOT NULL);
CREATE TABLE revisions (id INTEGER PRIMARY KEY, metric TEXT NOT NULL, date TEXT NOT NULL, measure TEXT NOT NULL,
    revision INTEGER NOT NULL, magnitude TEXT NOT NULL, unit TEXT NOT NULL, reported_by TEXT NOT NULL,
    note TEXT NOT NULL, source TEXT NOT NULL, reported_at TEXT, recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL, known_since TEXT NOT NULL, import_id INTEGER NOT NULL REFERENCES imports (id),
    UNIQUE (metric, date, measure, revision));
CREATE INDEX revisions_known_since ON revisions (known_since);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, metric TEXT NOT NULL, date TEXT NOT NULL, measure TEXT NOT NULL,
    revision INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
    reason TEXT NOT NULL, reviewed_by TEXT NOT NULL, reviewed_at TEXT NOT NULL);
CREATE INDEX reviews_figure ON reviews (metric, date, measure, revision);
PRAGMA user_version = 2;
"""
