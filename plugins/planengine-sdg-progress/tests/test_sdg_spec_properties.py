"""planengine's own spec properties (``planengine.pytest_plugin``) hold for sdg-progress targets.

The evaluator's :func:`~planengine_sdg_progress.shape` claims a target never gets a worse
status from a better figure; planengine's pytest plugin checks that claim with hypothesis,
and that restating a figure in another unit changes nothing, on a spec of its own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("planengine.pytest_plugin")

README = Path(__file__).resolve().parent.parent / "README.md"
MORE = """
[[metrics]]
id = "turnover"
name = "技术合同成交额"
unit = "万元"
reporting = "cumulative"
direction = "increase"

[[metrics]]
id = "coverage"
name = "覆盖率"
unit = "%"
reporting = "level"
direction = "increase"

[[targets]]
id = "turnover-2027"
metric = "turnover"
evaluator = "sdg-progress"
quote = "到2027年技术合同成交额达到20亿元"
params = { target_value = "20亿元", target_year = 2027 }

[[targets]]
id = "coverage-trend"
metric = "coverage"
evaluator = "sdg-progress"
quote = "覆盖率持续提高"
params = { limit = "100%" }
"""


def test_the_spec_properties_hold(tmp_path: Path) -> None:
    example = next(
        block
        for block in re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
        if block.startswith("format = 1")
    )
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "sdg.toml").write_text(example + MORE, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nplanengine_max_examples = 100\n", encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PLANENGINE_DISABLE_PLUGIN_AUTOLOAD", "PLANENGINE_LOAD_PLUGINS")
    }
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "specs"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 passed" in done.stdout  # round-trip and the properties of the four targets
