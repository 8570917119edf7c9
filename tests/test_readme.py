"""The README's tour runs as written and its claims hold."""

from __future__ import annotations

import os
import re
from decimal import Decimal
from typing import Any

import pytest

import planengine

from .conftest import ROOT


def python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_the_tour_runs_and_says_true_things(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {}
    exec(compile(python_blocks()[0], "README.md", "exec"), namespace)
    a = namespace["a"]
    assert a.status is planengine.Status.ON_TRACK
    assert (a.actual, a.required, a.gap, a.unit) == (Decimal("3100"), Decimal("5000"), Decimal("1900"), "万元")
    assert a.lead == ("sti_bureau",) and a.gap_strict
    assert (a.progress.verdict, a.progress.shown_points) == (planengine.ScheduleVerdict.AHEAD, Decimal("3.7"))
    counts = namespace["result"].counts()
    assert (counts["on_track"], counts["lagging"], counts["unsupported"]) == (13, 10, 11)
    assert repr(a.actual) == "Decimal('3100')"  # plain, as the README shows it
    assert namespace["plan"].responsibility("talent.high-level").lead == ("talent_office", "sti_bureau")


def test_the_two_commands_are_in_the_readme_and_in_ci() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in readme and ".venv/bin/python -m pytest" in ci
    install = ".venv/bin/pip install -q -e '.[test]' -e plugins/planengine-milestone && "
    main_job = (
        "planengine record examples/dekads/*.csv --accept && .venv/bin/planengine report specs/yueyanglou-sti.toml "
        "--kind monthly --as-of 2026-06-30"
    )
    assert install + ".venv/bin/" + main_job in readme
    assert main_job.replace(" && .venv/bin/", "\n.venv/bin/") in ci
    assert "pip install --quiet -e plugins/planengine-milestone" in ci  # the main job's plugin, before it runs
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
