"""The drafter's modules hold many module-level patterns; a second one under a name already taken would
silently replace the first for every rule that reads it."""

from __future__ import annotations

import ast
import pathlib

import pytest

import planengine

SOURCES = sorted(pathlib.Path(planengine.__file__).parent.rglob("*.py"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_no_module_constant_is_bound_twice(source: pathlib.Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for statement in ast.parse(source.read_text(encoding="utf-8")).body:
        targets = (
            [statement.target]
            if isinstance(statement, ast.AnnAssign)
            else statement.targets
            if isinstance(statement, ast.Assign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {statement.lineno})")
                seen.setdefault(target.id, statement.lineno)
    assert not twice, f"{source.name}: " + ", ".join(twice)
