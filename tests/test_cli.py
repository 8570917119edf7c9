"""The ``planengine`` command line (validate, show, evaluate, plugins) and the spec loader behind it.

Commands are run in-process through :func:`planengine.cli.main` with output captured; one
test runs the real module as a subprocess. Errors in what a user gave must come out as
located sentences with a non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import planengine
from planengine.cli import main

from .conftest import EXAMPLE_FIGURES, MID_YEAR, SEED_SPEC

HEAD = """\
format = 1
id = "mini"
title = "小计划"
issuer = "某区"
year = 2026

[[units]]
id = "sti_bureau"
name = "区科工局"

[[metrics]]
id = "sme_registered"
name = "科技型中小企业入库数"
unit = "家"
reporting = "level"
direction = "increase"

[[metrics]]
id = "rd_spending"
name = "全社会研发经费投入"
unit = "万元"
reporting = "cumulative"
direction = "increase"

[[tasks]]
id = "enterprises"
number = "一"
title = "培育企业"
lead = ["sti_bureau"]
"""

GOOD_TARGET = """
[[targets]]
id = "sme"
task = "enterprises"
metric = "sme_registered"
evaluator = "count-threshold"
quote = "入库数达到85家"
params = { value = "85家", comparator = ">=" }
"""

# Five problems a loader can find in one pass over a structurally sound spec.
BROKEN_TARGETS = """
[[targets]]
id = "sme"
metric = "sme_registered"
evaluator = "count-threshold"
quote = "入库数达到85人"
params = { value = "85人", comparator = ">=" }

[[targets]]
id = "growth"
metric = "rd_spending"
evaluator = "growth-rat"
quote = "增长10%以上"
params = { min_growth = "10%" }

[[targets]]
id = "sme"
metric = "sme_registerd"
evaluator = "count-threshold"
quote = "入库数达到85家"
params = { value = "85家" }
"""

BROKEN_PROBLEMS = {
    "targets[0].params.value",  # 85人 for a metric in 家
    "targets[1].evaluator",  # growth-rat: did you mean growth-rate?
    "targets[2].metric",  # sme_registerd: did you mean sme_registered?
    "targets[0].id",  # duplicate id 'sme'
    "targets[2].id",
}


def _write(tmp_path: Path, text: str, name: str = "plan.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def seed_result() -> planengine.EvaluationResult:
    plan = planengine.load_spec(SEED_SPEC)
    figures = planengine.read_observations(EXAMPLE_FIGURES).observations
    return planengine.evaluate(plan, figures, MID_YEAR)


# --- validate ------------------------------------------------------------------------------------


def test_validate_the_seed_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "validate", SEED_SPEC)
    assert code == 0
    assert str(SEED_SPEC) in out
    assert "valid" in out and "invalid" not in out
    assert "34 targets" in out
    assert "milestone" in out  # a plugin evaluator that is not installed is noted


def test_validate_a_minimal_good_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "validate", _write(tmp_path, HEAD + GOOD_TARGET))
    assert code == 0
    assert "1 targets" in out or "1 target" in out


def test_validate_lists_every_problem_with_file_and_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, HEAD + BROKEN_TARGETS, "broken.toml")
    code, out, err = _run(capsys, "validate", spec)
    text = out + err
    assert code != 0
    assert str(spec) in text
    for path in BROKEN_PROBLEMS:
        assert path in text, f"{path} is not reported:\n{text}"
    assert "did you mean 'growth-rate'" in text
    assert "did you mean 'sme_registered'" in text
    assert "85人" in text and "家" in text


def test_validate_reports_a_missing_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, HEAD.replace("format = 1\n", "") + GOOD_TARGET)
    code, out, err = _run(capsys, "validate", spec)
    assert code != 0
    assert str(spec) in out + err
    assert "format" in out + err
    assert "format = 1" in out + err  # says what to write


def test_validate_reports_a_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(
        tmp_path, HEAD + GOOD_TARGET.replace('quote = "入库数达到85家"', 'quote = "入库数达到85家"\nstrive = "yes"')
    )
    code, out, err = _run(capsys, "validate", spec)
    assert code != 0
    assert "targets[0].strive" in out + err
    assert "true or false" in out + err


def test_validate_checks_every_file_and_fails_if_any_is_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _write(tmp_path, HEAD + BROKEN_TARGETS, "broken.toml")
    missing = tmp_path / "missing.toml"
    code, out, err = _run(capsys, "validate", SEED_SPEC, broken, missing)
    text = out + err
    assert code != 0
    assert all(str(p) in text for p in (SEED_SPEC, broken, missing))


def test_validate_a_json_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, planengine.dump_spec(planengine.load_spec(SEED_SPEC)), "seed.json")
    code, out, _ = _run(capsys, "validate", spec)
    assert code == 0
    assert "34 targets" in out


# --- show ----------------------------------------------------------------------------------------


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", SEED_SPEC, "--format", "json")
    assert code == 0
    summary = json.loads(out)
    targets = {t["id"]: t for t in summary["targets"]}
    assert len(targets) == 34
    for target in targets.values():
        assert {"id", "metric", "evaluator", "params", "strive", "lead", "support", "task", "quote"} <= target.keys()

    sme = targets["goal.sme-registered"]
    assert (sme["metric"], sme["evaluator"], sme["strive"], sme["task"]) == (
        "sme_registered",
        "count-threshold",
        True,
        None,
    )
    assert sme["params"]["value"] == "85家"
    assert sme["quote"] == "力争科技型中小企业入库数达到85家"

    tax = targets["transfer.enterprises.hitech-tax"]
    assert tax["task"] == "transfer.enterprises"
    assert tax["lead"] == ["区科工局"]  # unit names, not ids
    assert tax["support"] == ["区财政局"]
    assert tax["params"]["min_growth"] == "10%"

    leaders = targets["talent.high-level.leaders"]
    assert leaders["lead"] == ["区人才办", "区科工局"]
    assert leaders["support"] == ["区教育局", "区财政局", "区人社局"]
    assert leaders["params"] == {
        "value": "1名",
        "comparator": "approx",
        "tolerance": None,
        "upper_binding": False,
        "high": None,
        "basis": "level",
    }  # show prints defaults too: the whole rule

    milestone = targets["goal.innovative-district"]
    assert milestone["evaluator"] == "milestone" and milestone["metric"] == "innovative_district_stage"
    assert milestone["params"] == {"deliverable": "省创新型区建设"}

    tasks = {t["id"]: t for t in summary["tasks"]}
    assert tasks["talent.introduction"]["number"] == "二(四)2"
    assert tasks["talent.introduction"]["lead"] == ["区人才办", "区科工局"]
    group = summary["working_group"]
    assert group["convener"] == "区政府分管副区长"
    assert group["office"] == "区科工局"
    assert len(group["members"]) == 13 and "税务局" in group["members"]
    assert summary["cadence"]["reports"] == ["dekad", "month", "quarter"]
    assert summary["cadence"]["report_to"] == "市科技局"


def test_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", SEED_SPEC)
    assert code == 0
    assert "岳阳楼区打好科技创新攻坚仗工作方案" in out
    assert "goal.sme-registered" in out and "二(四)2" in out


def test_show_a_broken_spec_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, HEAD + BROKEN_TARGETS)
    code, out, err = _run(capsys, "show", spec, "--format", "json")
    assert code != 0
    assert "targets[1].evaluator" in out + err


# --- evaluate ------------------------------------------------------------------------------------


def test_evaluate_json(capsys: pytest.CaptureFixture[str], seed_result: planengine.EvaluationResult) -> None:
    code, out, _ = _run(
        capsys, "evaluate", SEED_SPEC, "--observations", EXAMPLE_FIGURES, "--as-of", "2026-06-30", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2026-06-30"
    assert len(data["assessments"]) == 34
    for a in data["assessments"]:
        assert {
            "target",
            "metric",
            "status",
            "completion",
            "expected",
            "actual",
            "required",
            "quote",
            "explanation",
        } <= a.keys()
    sme = next(a for a in data["assessments"] if a["target"] == "goal.sme-registered")
    assert sme["metric"] == "sme_registered"
    assert sme["status"] == "on_track"
    assert sme["quote"] == "力争科技型中小企业入库数达到85家"
    assert sme["required"] == "85"  # numbers are strings, so nothing is rounded
    assert sme["explanation"]["zh"] and sme["explanation"]["en"]

    result = planengine.EvaluationResult.from_json(out)
    assert result == seed_result  # the same as the library gives
    assert planengine.EvaluationResult.from_json(result.to_json()) == result


def test_evaluate_table_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "evaluate", SEED_SPEC, "--observations", EXAMPLE_FIGURES, "--as-of", "2026-06-30", "--lang", "en"
    )
    assert code == 0
    assert "goal.sme-registered" in out
    assert "34 targets" in out


def test_evaluate_with_a_bad_row_still_evaluates_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_result: planengine.EvaluationResult
) -> None:
    header, *rows = EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines()
    figures = _write(
        tmp_path,
        "\n".join([header, rows[0], "rd_spending,2026-07-31,lots,万元,value,区科工局,", *rows[1:]]) + "\n",
        "figures.csv",
    )
    _, out, err = _run(
        capsys, "evaluate", SEED_SPEC, "--observations", figures, "--as-of", "2026-06-30", "--format", "json"
    )
    assert str(figures) in err
    assert "line 3" in err
    assert "'lots' is not a number" in err
    result = planengine.EvaluationResult.from_json(out)
    assert result.assessments == seed_result.assessments  # every other row was used


def test_evaluate_reads_several_observation_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_result: planengine.EvaluationResult
) -> None:
    header, *rows = EXAMPLE_FIGURES.read_text(encoding="utf-8").splitlines()
    half = len(rows) // 2
    first = _write(tmp_path, "\n".join([header, *rows[:half]]) + "\n", "a.csv")
    objects = [dict(zip(header.split(","), row.split(","))) for row in rows[half:]]
    second = _write(tmp_path, json.dumps({"observations": objects}, ensure_ascii=False), "b.json")
    code, out, err = _run(
        capsys,
        "evaluate",
        SEED_SPEC,
        "--observations",
        first,
        "--observations",
        second,
        "--as-of",
        "2026-06-30",
        "--format",
        "json",
    )
    assert code == 0
    assert "skipped" not in err
    assert planengine.EvaluationResult.from_json(out).assessments == seed_result.assessments


def test_evaluate_warns_about_figures_for_unknown_metrics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = _write(tmp_path, "metric,date,value,unit\nno_such_metric,2026-06-30,1,家\n", "figures.csv")
    code, out, err = _run(
        capsys, "evaluate", SEED_SPEC, "--observations", figures, "--as-of", "2026-06-30", "--format", "json"
    )
    assert code == 1  # the result is printed, and the exit code says a row was skipped
    assert "skipped row" in err and "the plan has no metric 'no_such_metric'" in err
    assert json.loads(out)["assessments"]


@pytest.mark.parametrize("as_of", ["2026-13-01", "yesterday", "2026/06/30", ""])
def test_evaluate_a_bad_as_of_date_is_a_usage_error(as_of: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(SEED_SPEC), "--observations", str(EXAMPLE_FIGURES), "--as-of", as_of])
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "--as-of" in err and "YYYY-MM-DD" in err


def test_evaluate_needs_a_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate"])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_as_of_defaults_to_today(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import planengine.cli.plan

    monkeypatch.setattr(planengine.cli.plan, "today", lambda: dt.date(2026, 6, 30))
    code, out, _ = _run(capsys, "evaluate", SEED_SPEC, "--observations", EXAMPLE_FIGURES)
    assert code == 0 and "as of 2026-06-30" in out


def test_version_help_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and capsys.readouterr().out.startswith("planengine ")
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    assert "example:" in text and "--lights RULE" in text and "default: today" in text


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        ("june.html", None, "html"),
        ("june.json", None, "json"),
        ("june.md", None, "markdown"),
        (None, None, "markdown"),
        ("june.html", "html", "html"),
        (None, "json", "json"),
    ],
)
def test_the_report_format_follows_the_output_name(output: str | None, fmt: str | None, expected: str) -> None:
    from planengine.cli.ledger import report_format

    assert report_format(fmt, output) == expected


@pytest.mark.parametrize(("output", "fmt"), [("june.docx", None), ("june.json", "html"), ("june.html", "xlsx")])
def test_a_report_format_the_name_contradicts_is_refused(output: str, fmt: str | None) -> None:
    from planengine.cli.common import CommandError
    from planengine.cli.ledger import report_format

    with pytest.raises(CommandError):
        report_format(fmt, output)


def test_evaluate_a_broken_spec_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(tmp_path, HEAD + BROKEN_TARGETS)
    code, out, err = _run(capsys, "evaluate", spec, "--observations", EXAMPLE_FIGURES, "--as-of", "2026-06-30")
    assert code != 0
    assert str(spec) in err
    for path in BROKEN_PROBLEMS:
        assert path in err


def test_evaluate_with_a_missing_observations_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "figures.csv"
    code, out, err = _run(capsys, "evaluate", SEED_SPEC, "--observations", missing, "--as-of", "2026-06-30")
    assert str(missing) in err
    assert code != 0


# --- plugins -------------------------------------------------------------------------------------


BUILTIN = {"growth-rate", "count-threshold", "amount-threshold"}


def test_plugins_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "plugins", "--format", "json")
    assert code == 0
    listing = json.loads(out)
    entries = {e["evaluator"]: e for e in listing["evaluators"]}
    assert BUILTIN <= entries.keys()
    for name in BUILTIN:
        assert entries[name]["package"] == "planengine"
        assert entries[name]["version"] and entries[name]["package_version"] == planengine.__version__
        assert entries[name]["api_version"] == planengine.PLUGIN_API_VERSION
    value = next(p for p in entries["count-threshold"]["params"] if p["name"] == "value")
    assert value == {"name": "value", "type": "Quantity", "required": True}
    comparator = next(p for p in entries["growth-rate"]["params"] if p["name"] == "comparator")
    assert comparator == {"name": "comparator", "type": "Comparator", "required": False, "default": ">="}
    assert [r["scoring_rule"] for r in listing["scoring_rules"]] == ["completion-capped"]


def test_plugins_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "plugins")
    assert code == 0
    for name in BUILTIN:
        line = next(line for line in out.splitlines() if line.startswith(name))
        assert "planengine" in line


# --- the real command ----------------------------------------------------------------------------


def test_the_module_runs_as_a_command(tmp_path: Path) -> None:
    def run(*argv: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "planengine", *map(str, argv)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            timeout=60,
            check=False,
        )

    good = run("validate", SEED_SPEC)
    assert good.returncode == 0, good.stderr
    assert str(SEED_SPEC) in good.stdout and "valid" in good.stdout

    bad = run("validate", _write(tmp_path, HEAD + BROKEN_TARGETS))
    assert bad.returncode == 1
    assert "targets[1].evaluator" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr

    usage = run("evaluate", SEED_SPEC, "--observations", EXAMPLE_FIGURES, "--as-of", "2026-02-30")
    assert usage.returncode == 2
    assert "YYYY-MM-DD" in usage.stderr and "Traceback" not in usage.stderr


# --- the spec loader behind validate ------------------------------------------------------------


def test_the_loader_reports_all_errors_at_once() -> None:
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(HEAD.replace("format = 1\n", "") + BROKEN_TARGETS, "toml", file="broken.toml")
    errors = exc_info.value.errors
    assert len(errors) >= 6
    assert all(isinstance(e, planengine.SpecError) and e.file == "broken.toml" for e in errors)
    paths = {e.path for e in errors}
    assert BROKEN_PROBLEMS | {"format"} <= paths
    by_path = {e.path: e.message for e in errors}
    assert "did you mean 'growth-rate'" in by_path["targets[1].evaluator"]
    assert "did you mean 'sme_registered'" in by_path["targets[2].metric"]
    assert "85人" in by_path["targets[0].params.value"]
    assert "'sme'" in by_path["targets[2].id"]
    assert "broken.toml: targets[1].evaluator:" in str(exc_info.value)


def test_the_loader_reports_every_params_error_of_every_target() -> None:
    targets = """
[[targets]]
id = "a"
metric = "sme_registered"
evaluator = "count-threshold"
quote = "q"
params = { value = "85家", colour = "red" }

[[targets]]
id = "b"
metric = "sme_registered"
evaluator = "count-threshold"
quote = "q"
params = { value = true }

[[targets]]
id = "c"
metric = "sme_registered"
evaluator = "count-threshold"
quote = "q"
params = { comparator = ">=" }
"""
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(HEAD + targets, file="p.toml")
    paths = {e.path for e in exc_info.value.errors}
    assert {"targets[0].params", "targets[1].params.value", "targets[2].params.value"} <= paths
    by_path = {e.path: e.message for e in exc_info.value.errors}
    assert "colour" in by_path["targets[0].params"]
    assert "missing" in by_path["targets[2].params.value"]


def test_the_loader_reports_several_wrong_types_at_once() -> None:
    text = HEAD.replace("year = 2026", 'year = "2026"') + GOOD_TARGET.replace(
        'task = "enterprises"', 'task = "enterprises"\nstrive = "yes"'
    )
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(text, file="p.toml")
    assert {"year", "targets[0].strive"} <= {e.path for e in exc_info.value.errors}


def test_a_wrong_type_does_not_hide_the_other_errors() -> None:
    text = HEAD + BROKEN_TARGETS.replace('quote = "增长10%以上"', 'quote = "增长10%以上"\nstrive = "yes"')
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(text, file="broken.toml")
    paths = {e.path for e in exc_info.value.errors}
    assert "targets[1].strive" in paths
    assert BROKEN_PROBLEMS <= paths


def test_an_unknown_comparator_lists_the_allowed_ones() -> None:
    text = HEAD + GOOD_TARGET.replace('comparator = ">="', 'comparator = "=>"')
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(text, file="p.toml")
    (error,) = exc_info.value.errors
    assert error.path == "targets[0].params.comparator"
    assert "'>='" in error.message and "between" in error.message


def test_an_unknown_enum_value_lists_the_allowed_ones() -> None:
    text = HEAD.replace('reporting = "level"', 'reporting = "monthly"', 1) + GOOD_TARGET
    with pytest.raises(planengine.SpecErrors) as exc_info:
        planengine.loads_spec(text, file="p.toml")
    by_path = {e.path: e.message for e in exc_info.value.errors}
    assert "'cumulative'" in by_path["metrics[0].reporting"] and "'level'" in by_path["metrics[0].reporting"]


def test_the_seed_plan_round_trips_through_a_json_spec(seed_plan: planengine.Plan) -> None:
    text = planengine.dump_spec(seed_plan)
    again = planengine.loads_spec(text, "json")
    assert again == seed_plan
    # the hash is of the spec as written: the dump is another text of the same plan, stable from then on
    assert planengine.spec_hash(planengine.loads_spec(planengine.dump_spec(again), "json")) == planengine.spec_hash(
        again
    )
    assert planengine.dump_spec(again) == text


def test_counts_are_in_the_right_number() -> None:
    from planengine.formatting import counted

    assert (counted(1, "target"), counted(0, "target"), counted(2, "bad row")) == (
        "1 target",
        "0 targets",
        "2 bad rows",
    )
