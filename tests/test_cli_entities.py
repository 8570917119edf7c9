"""The command line for a city's plan: figures recorded per entity, each entity judged on its own
targets, entities ranked, and one unit's targets gathered (督办台账)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planengine.cli import main

from .conftest import EXAMPLE_FIGURES, ROOT

CITY = ROOT / "examples" / "city-template.toml"
DISTRICTS = {"430602": "1", "430603": "1.3", "430611": "0.6"}  # each district's figures, scaled


def _district_file(folder: Path, entity: str, factor: str) -> Path:
    """The example figures as one district reports them (money scaled; counts and rates as they are)."""
    path = folder / f"{entity}.csv"
    with EXAMPLE_FIGURES.open(encoding="utf-8") as source, path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["metric", "date", "value", "unit", "measure"])
        for row in csv.DictReader(source):
            value = row["value"]
            if row["unit"] == "万元" and row["measure"] == "value":
                value = str(round(float(value) * float(factor), 2))
            writer.writerow([row["metric"], row["date"], value, row["unit"], row["measure"]])
    return path


@pytest.fixture
def city_ledger(tmp_path: Path) -> Path:
    ledger = tmp_path / "city.sqlite3"
    for entity, factor in DISTRICTS.items():
        figures = _district_file(tmp_path, entity, factor)
        assert main(["record", str(figures), "--entity", entity, "--accept", "--ledger", str(ledger)]) == 0
    return ledger


def test_each_district_is_reported_on_its_own_figures_and_targets(
    city_ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["report", str(CITY), "--kind", "monthly", "--as-of", "2026-06-30", "--ledger", str(city_ledger)]
    assert main([*args, "--entity", "云溪区"]) == 0  # by name, id or 行政区划代码
    yunxi = capsys.readouterr().out
    assert "**填报主体**:云溪区" in yunxi and "力争科技型中小企业入库数达到40家" in yunxi
    assert main([*args, "--entity", "430602"]) == 0
    assert "力争科技型中小企业入库数达到85家" in capsys.readouterr().out  # the plan's own target
    assert main(args) == 1  # a plan of many entities needs one named
    assert "choose one with --entity: 430602 (岳阳楼区), 430603 (云溪区), 430611 (君山区)" in capsys.readouterr().err
    assert main([*args, "--entity", "430699"]) == 1
    assert "has no entity '430699'" in capsys.readouterr().err


def test_districts_are_ranked_and_a_units_targets_gathered(
    city_ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    base = ["portfolio", str(CITY), "--as-of", "2026-06-30", "--ledger", str(city_ledger)]
    assert main(base) == 0
    ranking = capsys.readouterr().out
    rows = [line for line in ranking.splitlines() if line.startswith("| ") and "区(" in line]
    assert [row.split("|")[2].strip() for row in rows] == sorted(
        (row.split("|")[2].strip() for row in rows), key=lambda name: -float(_score_of(rows, name))
    )
    assert len(rows) == 3
    assert main([*base, "--unit", "sti_bureau", "--workers", "2"]) == 0
    gathered = capsys.readouterr().out
    assert "督办台账" in gathered and gathered.count("| 打好科技创新攻坚仗工作方案(区县目标) |") == 12  # 4 goals x 3
    assert main([*base, "--unit", "nobody"]) == 1
    assert "no plan has the unit 'nobody'" in capsys.readouterr().err


def _score_of(rows: list[str], name: str) -> str:
    return next(row.split("|")[3].strip() for row in rows if row.split("|")[2].strip() == name)


def test_history_and_review_narrow_to_one_entity(city_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["history", "rd_spending", "--date", "2026-06-30", "--ledger", str(city_ledger)]) == 0
    everyone = capsys.readouterr().out
    assert all(entity in everyone for entity in DISTRICTS)
    args = ["history", "rd_spending", "--date", "2026-06-30", "--entity", "430611", "--ledger", str(city_ledger)]
    assert main(args) == 0
    one = capsys.readouterr().out
    revisions = [line for line in one.splitlines() if line.startswith("2026-06-30")]
    assert len(revisions) == 1 and "430611.csv" in revisions[0]  # that district's one revision, from its file
    review = ["review", "rd_spending", "--date", "2026-06-30", "--entity", "430611", "--ledger", str(city_ledger)]
    assert main([*review, "--return", "口径有误"]) == 0
    assert capsys.readouterr().out.startswith("430611 rd_spending 2026-06-30 revision 1: returned (口径有误)")
