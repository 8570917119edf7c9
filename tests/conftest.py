"""Shared fixtures: the seed plan's spec, its example figures and the shared seed text."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# The core's tests judge the core alone: installed plugin packages (plugins/ in CI) are not
# loaded here; each plugin's own tests cover the plan with it. Set before any registry is built.
os.environ["PLANENGINE_DISABLE_PLUGIN_AUTOLOAD"] = "1"

from hypothesis import HealthCheck, settings  # noqa: E402

import planengine  # noqa: E402

# Hypothesis profiles: "dev" is quick for local runs; "ci" tries more examples. CI=true (as in
# .ci/run) chooses "ci"; HYPOTHESIS_PROFILE overrides either.
settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEED_SPEC = ROOT / "specs" / "yueyanglou-sti.toml"
EXAMPLE_FIGURES = ROOT / "examples" / "figures.csv"
SHARED = ROOT.parent / "shared"
MID_YEAR = dt.date(2026, 6, 30)
YEAR_END = dt.date(2026, 12, 31)


@pytest.fixture(scope="session")
def seed_plan() -> planengine.Plan:
    return planengine.load_spec(SEED_SPEC)


@pytest.fixture(scope="session")
def example_figures() -> tuple[planengine.Observation, ...]:
    read = planengine.read_observations(EXAMPLE_FIGURES)
    assert read.problems == ()
    return read.observations


@pytest.fixture(scope="session")
def seed_text() -> str:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        missing = f"the shared seed text is not at {SHARED / 'seeds'}"
        if os.environ.get("PLANENGINE_REQUIRE_SHARED"):  # CI: the shared folder must be there
            pytest.fail(missing)
        pytest.skip(missing)
    return seeds[0].read_text(encoding="utf-8")


#: A PostgreSQL server for the ledger's tests, as a URL (.ci/run starts one and sets it), e.g.
#: postgresql:///planengine_test?host=/var/run/postgresql
POSTGRES_ENV = "PLANENGINE_TEST_POSTGRES"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL of an empty ledger on the test server: a schema of its own, dropped afterwards."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        missing = f"no PostgreSQL server for the ledger's tests: set {POSTGRES_ENV}"
        if os.environ.get("PLANENGINE_REQUIRE_POSTGRES"):  # CI: the server must be there
            pytest.fail(missing)
        pytest.skip(missing)
    import psycopg

    schema = f"ledger_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh ledger goes: an SQLite file, and a PostgreSQL schema (tests run on both)."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite3")
    return str(request.getfixturevalue("postgres_url"))
