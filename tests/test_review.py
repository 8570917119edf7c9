"""Review before figures count (审核, 退回): each step kept with who and when; an older ledger upgraded in place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import planengine
from planengine import Measure
from planengine.cli import main
from planengine.ledger import SCHEMA_VERSION, Ledger, LedgerError

from .conftest import SEED_SPEC

UTC = dt.UTC
JUNE = dt.date(2026, 6, 30)
RECORDED = dt.datetime(2026, 7, 2, 1, 0, tzinfo=UTC)
ACCEPTED = dt.datetime(2026, 7, 5, 1, 0, tzinfo=UTC)


def _record(ledger: Ledger, tmp_path: Path, value: str, name: str = "f.csv", now: dt.datetime = RECORDED) -> None:
    path = tmp_path / name
    path.write_text(f"metric,date,value,unit\nrd_spending,2026-06-30,{value},万元\n", encoding="utf-8")
    ledger.record_file(path, now=now)


def _values(ledger: Ledger, **kwargs: object) -> list[str]:
    return [str(o.quantity) for o in ledger.observations(**kwargs)]  # type: ignore[arg-type]


def test_a_figure_counts_once_accepted_and_from_when_it_was(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite3") as ledger:
        _record(ledger, tmp_path, "100")
        assert _values(ledger) == ["100万元"]  # submitted: counted unless only accepted ones are asked for
        assert _values(ledger, accepted_only=True) == []
        assert [m for m, *_ in ledger.pending()] == ["rd_spending"]
        ledger.review("rd_spending", JUNE, accept=True, reviewed_by="办公室 李四", now=ACCEPTED)
        assert _values(ledger, accepted_only=True) == ["100万元"] and ledger.pending() == ()
        assert _values(ledger, accepted_only=True, known_on=dt.date(2026, 7, 3)) == []  # not yet accepted then
        [step] = ledger.reviews("rd_spending")
        assert (step.state, step.revision, step.reviewed_by, step.reviewed_at) == (
            "accepted",
            1,
            "办公室 李四",
            ACCEPTED,
        )


def test_a_returned_figure_stops_counting_until_the_unit_sends_it_again(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite3") as ledger:
        _record(ledger, tmp_path, "100")
        ledger.review("rd_spending", JUNE, accept=True, now=ACCEPTED)
        _record(ledger, tmp_path, "120", "again.csv", now=ACCEPTED + dt.timedelta(days=1))
        ledger.review("rd_spending", JUNE, accept=False, reason="口径有误", now=ACCEPTED + dt.timedelta(days=2))
        assert _values(ledger) == ["100万元"]  # the returned revision 2 does not count; revision 1 does
        assert _values(ledger, accepted_only=True) == ["100万元"]
        _record(ledger, tmp_path, "110", "fixed.csv", now=ACCEPTED + dt.timedelta(days=3))
        assert _values(ledger) == ["110万元"] and _values(ledger, accepted_only=True) == ["100万元"]
        trail = [(s.revision, s.state, s.reason) for s in ledger.reviews("rd_spending", JUNE)]
        assert trail == [(1, "accepted", ""), (2, "returned", "口径有误")]
        with pytest.raises(LedgerError, match="with a reason"):
            ledger.review("rd_spending", JUNE, accept=False)
        with pytest.raises(LedgerError, match="no figure"):
            ledger.review("rd_spending", dt.date(2026, 5, 31), accept=True, measure=Measure.VALUE)


def test_a_ledger_of_the_first_schema_is_read_and_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Ledger(path) as ledger:
        _record(ledger, tmp_path, "100")
    db = sqlite3.connect(path)  # make it the schema of planengine 0.1.0
    db.executescript("DROP INDEX reviews_figure; DROP TABLE reviews; PRAGMA user_version = 1;")
    db.close()
    with Ledger(path, readonly=True) as reader:  # read as it is, without writing
        assert _values(reader) == ["100万元"] and reader.reviews("rd_spending") == ()
    with Ledger(path) as writer:  # opened to write: upgraded, nothing lost
        assert _values(writer) == ["100万元"]
        writer.review("rd_spending", JUNE, accept=True)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    db.close()


def test_the_office_cycle_with_review_in_five_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """template -> filled in -> record -> review -> report as a workbook, read back cell by cell."""
    spec = SEED_SPEC
    ledger, form = tmp_path / "ledger.sqlite3", tmp_path / "kgj.xlsx"
    assert (
        main(
            [
                "template",
                str(spec),
                "--period",
                "2026-06下旬",
                "--unit",
                "区科工局",
                "-o",
                str(form),
                "--ledger",
                str(ledger),
            ]
        )
        == 0
    )
    workbook = openpyxl.load_workbook(form)
    filled = {}
    for number, row in enumerate(workbook["填报"].iter_rows(min_row=3), start=1):
        row[4].value = 3 if row[5].value == "阶段" else 1000 + number
        filled[row[1].value] = row[4].value
    workbook.save(form)
    assert main(["record", str(form), "--spec", str(spec), "--ledger", str(ledger)]) == 0

    def report(*extra: str) -> tuple[Any, dict[Any, Any]]:
        out = tmp_path / "june.xlsx"
        main(
            [
                "report",
                str(spec),
                "--kind",
                "monthly",
                "--as-of",
                "2026-06-30",
                "--ledger",
                str(ledger),
                "-o",
                str(out),
                *extra,
            ]
        )
        book = openpyxl.load_workbook(out)
        summary = {row[0].value: row[1].value for row in book["概况"].iter_rows(min_row=2)}
        actual = {row[2].value: row[4].value for row in book["目标进度"].iter_rows(min_row=2)}
        return summary.get("数据范围"), actual

    scope, before = report()
    assert scope == "仅已审核通过的数据"
    assert all(v is None for v in before.values())  # nothing accepted yet
    assert report("--include-submitted")[0] == "含尚未审核的报送数据"
    capsys.readouterr()
    assert main(["review", "--list", "--ledger", str(ledger)]) == 0
    assert f"{len(filled)} figures awaiting review" in capsys.readouterr().err
    assert main(["review", "--all", "--accept", "--by", "办公室", "--ledger", str(ledger)]) == 0
    _, after = report()
    targets = {t.id: t.metric for t in planengine.load_spec(spec).targets}
    shown = [t for t, m in targets.items() if m in filled and after[t] == filled[m]]
    assert shown  # accepted figures reach the bulletin, cell by cell
    capsys.readouterr()
    assert main(["history", "rd_spending", "--ledger", str(ledger)]) == 0
    assert "accepted 审核通过, by 办公室" in capsys.readouterr().out


def test_the_figure_in_force_is_the_one_reviewed(tmp_path: Path) -> None:
    """Found in review: review and pending took the highest revision, not the one in force."""
    with Ledger(tmp_path / "l.sqlite3") as ledger:
        fix = tmp_path / "fix.csv"
        fix.write_text(
            "metric,date,value,unit,note,reported_at\nrd_spending,2026-06-30,105,万元,更正,2026-07-10\n",
            encoding="utf-8",
        )
        original = tmp_path / "june.csv"
        original.write_text(
            "metric,date,value,unit,note,reported_at\nrd_spending,2026-06-30,100,万元,,2026-07-02\n", encoding="utf-8"
        )
        ledger.record_file(fix, now=RECORDED)
        ledger.record_file(original, now=RECORDED + dt.timedelta(hours=1))  # revision 2, but older
        assert _values(ledger) == ["105万元"]
        assert [p.revision for p in ledger.pending()] == [1]
        step = ledger.review("rd_spending", JUNE, accept=True, now=ACCEPTED)
        assert step.revision == 1 and _values(ledger, accepted_only=True) == ["105万元"]


def test_a_ledger_path_with_uri_characters_is_read_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "a#b?c"
    folder.mkdir()
    with Ledger(folder / "l.sqlite3") as ledger:
        _record(ledger, tmp_path, "100")
    with Ledger(folder / "l.sqlite3", readonly=True) as reader:
        assert _values(reader) == ["100万元"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["f.csv"]  # no stray file made
