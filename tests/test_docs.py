"""The documentation matches the code: every hook documented and tested; the tutorial works."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planengine

from .conftest import ROOT
from .tutorial_files import DOC, extract, tutorial_files

HOOKS = sorted(
    name for name in dir(planengine.get_plugin_manager(load_entry_points=False).hook) if not name.startswith("_")
)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented(hook: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"### {hook}(" in text, f"docs/plugins.md has no reference entry for the hook {hook}"
    spec = getattr(planengine.hookspecs, hook)
    assert spec.__doc__ and len(spec.__doc__.strip()) > 40


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_test_of_its_own(hook: str) -> None:
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    assert re.search(rf"def test_hook_{hook}\b", tests), f"Plugin hook is missing tests: {hook}"


def test_the_tutorial_has_every_file_of_its_package() -> None:
    assert set(tutorial_files()) == {
        "pyproject.toml",
        "src/planengine_per_capita/__init__.py",
        "specs/patents.toml",
        "tests/test_per_capita.py",
    }


def test_the_tutorial_package_works_end_to_end(tmp_path: Path) -> None:
    """Installed (as a dist-info on the path), listed, evaluating, and passing its own tests."""
    package = extract(tmp_path)
    dist = package / "src" / "planengine_per_capita-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: planengine-per-capita\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text("[planengine]\nper_capita = planengine_per_capita\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANENGINE_")}
    env["PYTHONPATH"] = os.pathsep.join([str(package / "src"), env.get("PYTHONPATH", "")])
    env["PLANENGINE_LOAD_PLUGINS"] = "per_capita"  # this package alone, whatever else is installed
    listed = subprocess.run(
        [sys.executable, "-m", "planengine", "plugins"], capture_output=True, text=True, env=env, timeout=120
    )
    assert "per-capita 1.0  from planengine-per-capita 0.1.0" in listed.stdout, listed.stderr
    tested = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=package,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert re.search(r"\b7 passed\b", tested.stdout), tested.stdout  # 3 tests, 2 examples, properties, round trip
