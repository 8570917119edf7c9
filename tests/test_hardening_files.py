"""Broken observation files, generated: each is read right or refused at a named line, and
nothing half-read is ever recorded.

A seeded generator breaks real figure files the ways offices and tools break them: an
unclosed quote, a repeated column, a byte-order mark in mid-file (two files joined), a
28-digit value, a cell of 200,000 characters, huge or deeply nested JSON, a lone surrogate,
a key twice in a JSON row, stray bytes, truncation, wrong dates. Each file is recorded into
a fresh ledger and judged, through the command line as a user would run it.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import planengine
from planengine.cli import main

from .conftest import EXAMPLE_FIGURES, SEED_SPEC

LINES = EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines(keepends=True)
HEADER, ROWS = LINES[0], LINES[1:61]  # sixty real rows keep each case quick
BASE = HEADER + "".join(ROWS)
CASES = 320


def _at(rng: random.Random) -> int:
    return rng.randrange(len(ROWS))


def _with_row(rng: random.Random, new: str) -> str:
    rows = list(ROWS)
    rows[_at(rng)] = new
    return HEADER + "".join(rows)


def _unclosed_quote(rng: random.Random) -> str:
    rows = list(ROWS)
    i = _at(rng)
    rows[i] = rows[i].rstrip("\n") + '"note with no end\n'
    return HEADER + "".join(rows)


def _repeated_column(rng: random.Random) -> str:
    name = rng.choice(["value", "metric", "date", "unit", "note"])
    return HEADER.rstrip("\n") + f",{name}\n" + "".join(row.rstrip("\n") + ",9\n" for row in ROWS)


def _bom_inside(rng: random.Random) -> str:
    rows = list(ROWS)
    rows[_at(rng)] = "\ufeff" + rows[_at(rng)]
    return HEADER + "".join(rows)


def _long_value(rng: random.Random) -> str:
    value = rng.choice(
        ["1" * 28, "9" * 19, "0." + "0" * 30 + "1", "1e999999", "NaN", "Infinity", "-0", "1,5", "１２３"]
    )
    return _with_row(rng, f"rd_spending,2026-06-30,{value},万元,value,区科工局,\n")


def _huge_cell(rng: random.Random) -> str:
    return _with_row(rng, "rd_spending,2026-06-30,1,万元,value,区科工局," + "长" * rng.choice([70_000, 200_000]) + "\n")


def _bad_date(rng: random.Random) -> str:
    day = rng.choice(["2026/06/30", "2026年6月30日", "2026-13-01", "2026-02-30", "20260630", "", "30-06-2026"])
    return _with_row(rng, f"rd_spending,{day},51465,万元,value,区科工局,\n")


def _stray(rng: random.Random) -> str:
    i = rng.randrange(len(HEADER), len(BASE))
    return BASE[:i] + rng.choice(["\x00", "\x1b", '"', ",,,,", "\r", "\u2028"]) + BASE[i:]


def _truncate(rng: random.Random) -> str:
    return BASE[: rng.randrange(len(HEADER), len(BASE))]


def _cells(rng: random.Random) -> str:
    return _with_row(
        rng,
        rng.choice(["rd_spending,2026-06-30\n", "a,b,c,d,e,f,g,h,i\n", ",,,,,,\n", "rd_spending,2026-06-30,5,,,,\n"]),
    )


def _json_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(BASE)))


def _json_case(rng: random.Random) -> str:
    rows = _json_rows()
    i = rng.randrange(len(rows))
    kind = rng.randrange(6)
    if kind == 0:
        rows[i]["note"] = "\ud800"
        return json.dumps(rows, ensure_ascii=True)
    text = json.dumps(rows, ensure_ascii=False)
    if kind == 1:  # a key twice in one row
        return text.replace('"metric": ', '"value": "1", "value": ', 1)
    if kind == 2:  # a huge integer
        return (
            text.replace('"51465"', "9" * 5000, 1)
            if '"51465"' in text
            else text.replace('"value": "', '"value": ' + "9" * 5000 + ', "x": "', 1)
        )
    if kind == 3:  # deep nesting
        return "[" * 3000 + "]" * 3000
    if kind == 4:  # a value that is a table
        return text.replace('"value": ', '"value": {"a": 1}, "v": ', 1)
    return text[: rng.randrange(1, len(text))]


MUTATIONS: list[Callable[[random.Random], str]] = [
    _unclosed_quote,
    _repeated_column,
    _bom_inside,
    _long_value,
    _huge_cell,
    _bad_date,
    _stray,
    _truncate,
    _cells,
    _json_case,
]


def broken_files() -> list[tuple[str, str, str]]:
    rng = random.Random(2026_12_01)
    cases = []
    for i in range(CASES):
        mutation = MUTATIONS[i % len(MUTATIONS)]
        suffix = ".json" if mutation is _json_case else ".csv"
        cases.append((f"{i:03d}-{mutation.__name__.strip('_')}", suffix, mutation(rng)))
    return cases


FILES = broken_files()


def test_the_corpus_is_large_and_varied() -> None:
    assert len(FILES) >= 300 and len({c[0].split("-", 1)[1] for c in FILES}) == len(MUTATIONS)


@pytest.mark.parametrize(("case", "suffix", "text"), FILES, ids=[c[0] for c in FILES])
def test_a_broken_file_is_read_right_or_refused_and_never_half_recorded(
    case: str, suffix: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"figures{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    ledger = tmp_path / "ledger.sqlite3"
    code = main(["record", str(path), "--ledger", str(ledger)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    with planengine.Ledger(ledger) as opened:
        recorded = len(opened.observations())
    if code == 0:
        added, unchanged = map(int, re.search(r"(\d+) figures? recorded, (\d+) unchanged", out).groups())  # type: ignore[union-attr]
        assert added == recorded and added + unchanged >= 1
    else:
        assert code == 1 and recorded == 0, out + err  # nothing of a bad file is kept
        assert f"{path}" in err  # and the message names it (with the line where one applies)

    code = main(["evaluate", str(SEED_SPEC), "--observations", str(path), "--as-of", "2026-06-30", "--format", "json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1)
    if out:
        json.loads(out)  # the JSON is whole: nothing else was printed into it
        for line in err.splitlines():
            assert line.startswith(("skipped row: ", "warning: ", "note: ")), line
