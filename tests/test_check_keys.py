"""The key checker of the benchmark sets (benchmarks/plans/check_keys.py) on keys written for it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "plans" / "check_keys.py"


@pytest.fixture(scope="module")
def check_keys() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_keys", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _target(value: object) -> dict[str, object]:
    return {
        "quote": "工业投资1.1亿元",
        "metric": "工业投资",
        "kind": "amount",
        "comparator": "=",
        "value": value,
        "value_high": None,
        "unit": "元",
        "strive": False,
        "lead": [],
        "support": [],
    }


@pytest.mark.parametrize("noisy", [110000000.00000001, 229999999.99999997, 6409999999.999999, 0.5700000000000001])
def test_a_value_with_floating_point_noise_is_a_problem(check_keys: ModuleType, noisy: float) -> None:
    """1.1亿 worked out in binary floating point (110000000.00000001) is a number no text states: an error naming
    the value to write."""
    errors, _ = check_keys.check_target(0, _target(noisy), "其中工业投资1.1亿元。", "其中工业投资1.1亿元。")
    assert any("floating-point noise" in error for error in errors)


@pytest.mark.parametrize("clean", [110000000, 110000000.5, 0.3333333333333333, 1.3333333333333333, 0.065])
def test_a_plain_value_is_no_problem(check_keys: ModuleType, clean: float) -> None:
    """A whole number, a half, a third and four thirds written to the float's digits and a rate are plain values."""
    errors, _ = check_keys.check_target(0, _target(clean), "其中工业投资1.1亿元。", "其中工业投资1.1亿元。")
    assert errors == []
