"""Broken specs, generated: each gives a located error or a right result, never a traceback or a hang.

A seeded generator breaks the seed spec in the ways seen in the field (numbers of 5,000
digits or 1e999999, 2,000 levels of nesting, a 3,000-deep task chain, lone surrogates,
duplicate keys, wrong types, truncation, stray bytes, an empty id...). Every broken spec is
validated and, where it still validates, evaluated, through the command line as a user
would run it.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planengine.cli import main

from .conftest import EXAMPLE_FIGURES, SEED_SPEC

SEED_TEXT = SEED_SPEC.read_text(encoding="utf-8")
SEED_DATA = tomllib.loads(SEED_TEXT, parse_float=Decimal)
CASES = 320
STATUSES = {"met", "on_track", "lagging", "missed", "no_data", "not_evaluable", "unsupported", "error"}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v))


def _numbers(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<=[=\[ ,])-?\d+(?:\.\d+)?(?=[ ,\]\n])", text))


def _swap_number(rng: random.Random, text: str) -> str:
    found = _numbers(text)
    match = rng.choice(found)
    new = rng.choice(["9" * 5000, "1e999999", "-1e999999", "1e-999999", "0." + "0" * 60 + "1", "true", '"x"', "[]"])
    return text[: match.start()] + new + text[match.end() :]


def _swap_quantity(rng: random.Random, text: str) -> str:
    found = list(re.finditer(r'"(-?[0-9.]+)(亿元|万元|元|家|个|项|人|名|%|万人)"', text))
    match = rng.choice(found)
    new = rng.choice(
        [
            '"0.' + "0" * 60 + '1亿元"',
            '"1' + "0" * 40 + '万元"',
            '"10"',
            '"1e5家"',
            '"1,5家"',
            '"5斤"',
            '"-0%"',
            '"∞家"',
        ]
    )
    return text[: match.start()] + new + text[match.end() :]


def _deep(rng: random.Random, text: str) -> str:
    depth = rng.choice([100, 2000])
    return text.replace("format = 1\n", f"format = 1\ndeep = {'[' * depth}1{']' * depth}\n", 1)


def _drop_line(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def _duplicate_line(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return "".join(lines)


def _truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(1, len(text))]


def _stray_bytes(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + rng.choice(["\x00", "\ufeff", "\u202e", '"', "[[", "]]", "=", "\\"]) + text[i:]


def _wrong_string(rng: random.Random, text: str) -> str:
    found = list(re.finditer(r'(?m)^(id|name|quote|title|issuer|evaluator|metric|task|unit) = "[^"\n]*"', text))
    match = rng.choice(found)
    key = match.group(1)
    new = rng.choice(['""', "42", "true", '["a"]', '"' + "长" * 20000 + '"', '"\\u0000"'])
    return text[: match.start()] + f"{key} = {new}" + text[match.end() :]


def _json_mutation(rng: random.Random, text: str) -> str:
    data = json.loads(_json(SEED_DATA))
    kind = rng.randrange(5)
    if kind == 0:  # a lone surrogate in a JSON string
        data["targets"][rng.randrange(len(data["targets"]))]["quote"] = "\ud800"
    elif kind == 1:  # a duplicate key: the last would silently win
        body = _json(data)
        return body.replace('"year": 2026', '"year": 2026, "year": 3', 1)
    elif kind == 2:  # a huge integer
        return _json(data).replace('"year": 2026', '"year": ' + "7" * 4400, 1)
    elif kind == 3:  # deep nesting
        return _json(data).replace('"year": 2026', '"year": 2026, "deep": ' + "[" * 2000 + "]" * 2000, 1)
    else:  # a wrong type in a params table
        target = data["targets"][rng.randrange(len(data["targets"]))]
        target["params"] = rng.choice([[], "p", 5, {"value": None}, {"min_growth": 10}])
    return _json(data)


def _header(rng: random.Random, text: str) -> str:
    return rng.choice(
        [
            text.replace('id = "yueyanglou-sti"', 'id = ""', 1),
            text.replace("year = 2026", "year = 3", 1),
            text.replace("format = 1", "format = true", 1),
            text.replace("year = 2026", 'year = "2026"', 1),
            text.replace('title = "', 'title = 5\nx = "', 1),
        ]
    )


def _deep_chain(rng: random.Random, text: str) -> str:
    """A valid spec whose task tree is a chain thousands deep: it must load and judge, not overflow."""
    depth = rng.choice([1500, 3000])
    tasks = "".join(
        f'[[tasks]]\nid = "chain{i}"\nnumber = "{i}"\ntitle = "链{i}"\n' + (f'parent = "chain{i - 1}"\n' if i else "")
        for i in range(depth)
    )
    return text + "\n" + tasks


MUTATIONS: list[Callable[[random.Random, str], str]] = [
    _swap_number,
    _swap_quantity,
    _deep,
    _drop_line,
    _duplicate_line,
    _truncate,
    _stray_bytes,
    _wrong_string,
    _json_mutation,
    _header,
    _deep_chain,
]


def broken_specs() -> list[tuple[str, str, str]]:
    """(case id, suffix, text) for every generated case, the same on every run."""
    rng = random.Random(20261201)
    cases = []
    for i in range(CASES):
        mutation = MUTATIONS[i % len(MUTATIONS)]
        text = mutation(rng, SEED_TEXT)
        suffix = ".json" if mutation is _json_mutation else ".toml"
        cases.append((f"{i:03d}-{mutation.__name__.strip('_')}", suffix, text))
    return cases


CASES_LIST = broken_specs()


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CASES_LIST) >= 300
    assert len({case[0].split("-", 1)[1] for case in CASES_LIST}) == len(MUTATIONS)


@pytest.mark.parametrize(("case", "suffix", "text"), CASES_LIST, ids=[c[0] for c in CASES_LIST])
def test_a_broken_spec_gets_a_located_error_or_a_right_result(
    case: str, suffix: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / f"spec{suffix}"
    spec.write_text(text, encoding="utf-8", errors="surrogatepass")
    code = main(["validate", str(spec)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1), out + err
    if code == 1:
        # every problem names the spec and where in it
        assert f"{spec}: invalid" in out or str(spec) in err, out + err
        return
    code = main(
        ["evaluate", str(spec), "--observations", str(EXAMPLE_FIGURES), "--as-of", "2026-06-30", "--format", "json"]
    )
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 0, err
    result = json.loads(out)
    # every target the spec states is judged, and nothing else (counted from the text itself)
    stated = len(json.loads(text)["targets"]) if suffix == ".json" else len(re.findall(r"(?m)^\[\[targets\]\]$", text))
    assert len(result["assessments"]) == stated
    assert all(a["status"] in STATUSES for a in result["assessments"])
