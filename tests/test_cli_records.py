"""The command line's record, history and report commands, and evaluate reading the ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planengine.cli import main

from .conftest import ROOT, SEED_SPEC

DEKADS = sorted(str(p) for p in (ROOT / "examples" / "dekads").glob("*.csv"))


@pytest.fixture
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("PLANENGINE_LEDGER", str(path))
    return path


def test_record_then_report_the_monthly_bulletin(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["record", *DEKADS, "--accept"]) == 0
    out = capsys.readouterr().out
    assert "examples/dekads/2026-07-1.csv: 20 figures recorded, 0 unchanged" in out  # 19 of July, 1 correction
    assert main(["record", DEKADS[0]]) == 0
    assert "already recorded" in capsys.readouterr().out
    assert main(["report", str(SEED_SPEC), "--kind", "monthly", "--as-of", "2026-06-30"]) == 0
    bulletin = capsys.readouterr().out
    assert bulletin.startswith("# 岳阳楼区打好科技创新攻坚仗工作方案 · 月通报")
    assert "| 二(四)2 | 新增就业创业高校毕业生不少于0.2万人 | 滞后 | 330人 | 2000人 |" in bulletin


def test_report_as_known_on_an_earlier_day(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["record", *DEKADS, "--accept"])
    capsys.readouterr()
    args = [str(SEED_SPEC), "--kind", "monthly", "--as-of", "2026-06-30", "--format", "json"]
    assert main(["report", *args, "--known-on", "2026-07-03"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert main(["report", *args]) == 0
    now = json.loads(capsys.readouterr().out)

    def turnover(report: dict[str, object]) -> object:
        return next(t["actual"] for t in report["targets"] if t["target"] == "transfer.system.turnover")  # type: ignore[attr-defined]

    assert (turnover(printed), turnover(now)) == ("60160", "61200")
    assert printed["known_on"] == "2026-07-03"


def test_history_lists_every_revision(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["record", *DEKADS, "--accept"])
    capsys.readouterr()
    assert main(["history", "tech_contract_turnover", "--date", "2026-06-30"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # each revision, with its review under it (recorded with --accept: accepted as recorded)
    assert len(lines) == 5 and "60160万元" in lines[1] and "61200万元" in lines[3] and "更正" in lines[3]
    assert "accepted 审核通过" in lines[2] and "accepted 审核通过" in lines[4]


def test_a_file_with_a_bad_row_records_nothing(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "metric,date,value,unit\nrd_spending,2026-01-31,1,万元\nrd_spending,2026-02-28,lots,万元\n", encoding="utf-8"
    )
    assert main(["record", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not recorded, 1 bad row" in err and "line 3" in err and "'lots' is not a number" in err
    assert main(["evaluate", str(SEED_SPEC), "--as-of", "2026-06-30", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {a["status"] for a in result["assessments"]} == {"no_data", "unsupported"}


def test_evaluate_reads_the_ledger_by_default(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(SEED_SPEC), "--as-of", "2026-06-30"]) == 1
    assert "there is no ledger" in capsys.readouterr().err
    main(["record", *DEKADS, "--accept"])
    capsys.readouterr()
    assert main(["evaluate", str(SEED_SPEC), "--as-of", "2026-06-30", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # 13: 3名左右 of postdocs is due from the stated 3, so 1 by 30 June is behind (50% due, 33.3% done)
    assert sum(a["status"] == "on_track" for a in result["assessments"]) == 13


def test_report_formats_and_languages(ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["record", *DEKADS, "--accept"])
    out = tmp_path / "q2.html"
    assert (
        main(
            [
                "report",
                str(SEED_SPEC),
                "--kind",
                "quarterly",
                "--as-of",
                "2026-06-30",
                "--format",
                "html",
                "--lang",
                "en",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="en"' in page and "<svg" in page
    assert main(["report", str(SEED_SPEC), "--kind", "dekad", "--as-of", "2026-07-10", "--scoring", "nope"]) == 1
    assert "no scoring rule is called 'nope'" in capsys.readouterr().err


def test_known_on_needs_the_ledger(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "evaluate",
            str(SEED_SPEC),
            "--as-of",
            "2026-06-30",
            "--observations",
            str(ROOT / "examples" / "figures.csv"),
            "--known-on",
            "2026-07-01",
        ]
    )
    assert code == 1 and "--known-on applies to the ledger" in capsys.readouterr().err


def test_output_never_overwrites_an_input_nor_follows_a_link(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["record", *DEKADS, "--accept"])
    capsys.readouterr()
    spec_copy = tmp_path / "spec.toml"
    spec_copy.write_text(SEED_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    before = spec_copy.read_bytes()
    base = ["report", str(spec_copy), "--kind", "monthly", "--as-of", "2026-06-30"]
    assert main([*base, "--output", str(spec_copy)]) == 1  # refused, whatever the reason given first
    assert spec_copy.read_bytes() == before
    figures = tmp_path / "figures.md"  # read as CSV: any name but .json is
    figures.write_text((ROOT / "examples" / "figures.csv").read_text(encoding="utf-8"), encoding="utf-8")
    kept = figures.read_bytes()
    assert main([*base, "--observations", str(figures), "--output", str(figures)]) == 1
    assert "one of this command's inputs" in capsys.readouterr().err and figures.read_bytes() == kept
    link = tmp_path / "link.md"
    link.symlink_to(spec_copy)
    assert main([*base, "--output", str(link)]) == 1
    assert "symbolic link" in capsys.readouterr().err and spec_copy.read_bytes() == before


def test_output_dash_is_standard_output_and_a_write_is_whole(
    ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["record", *DEKADS, "--accept"])
    capsys.readouterr()
    base = ["report", str(SEED_SPEC), "--kind", "monthly", "--as-of", "2026-06-30"]
    assert main([*base, "--output", "-"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert not (Path.cwd() / "-").exists()
    target = tmp_path / "june.md"
    target.write_text("old report", encoding="utf-8")
    assert main([*base, "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # no temporary left behind
