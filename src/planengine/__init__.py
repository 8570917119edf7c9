"""planengine: typed work plans, declarative specs and plugin evaluators.

Load a plan from a spec, read reported figures, and judge every target::

    import datetime as dt
    import planengine

    plan = planengine.load_spec("specs/yueyanglou-sti.toml")
    figures = planengine.read_observations("examples/figures.csv").observations
    result = planengine.evaluate(plan, figures, dt.date(2026, 6, 30))
    for a in result.assessments:
        print(a.target, a.status.value, a.explanation.en)

    report = planengine.build_report(planengine.compile_plan(plan), figures, "2026-06-30", "monthly")
    print(planengine.render_report(report, "markdown"))

Everything a service or a plugin needs is importable from here; the submodules are the
implementation and may move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .comparators import Comparator, direction_problems
from .convert import Rate
from .engine import CompiledPlan, compile_plan, evaluate
from .errors import PlanengineError
from .evaluator import (
    PLUGIN_API_VERSION,
    Context,
    Evaluator,
    Explanation,
    NoData,
    NotEvaluable,
    Outcome,
    ParamProblem,
    RuleShape,
    Status,
)
from .hookspecs import hookimpl
from .ledger import ImportReport, Ledger, LedgerError, LedgerImportError, Revision, default_ledger_path
from .lights import BUILTIN_LIGHT_RULES, DEFAULT_LIGHT_RULE, Light, LightRule
from .model import (
    Direction,
    Entity,
    Metric,
    OrgUnit,
    Plan,
    RawParams,
    Reporting,
    ReportingCadence,
    Responsibility,
    SchedulePoint,
    Target,
    Task,
    WorkingGroup,
)
from .observation_files import (
    ObservationFile,
    ObservationFileError,
    ObservationStream,
    RowProblem,
    parse_observations,
    read_observations,
    stream_observations,
)
from .observations import Figure, Measure, Observation
from .periods import Cadence, Period, ProgressBasis, YearShare, due_share, elapsed_share
from .plugins import (
    EvaluatorRegistry,
    PluginAPIError,
    PluginConflictError,
    PluginError,
    RegisteredEvaluator,
    default_registry,
    get_plugin_manager,
)
from .progress import Progress, ScheduleVerdict
from .quantities import Quantity, QuantityError, Unit, UnitMismatchError, parse_quantity, parse_rate, unit
from .results import Assessment, EvaluationResult, EvaluatorUse
from .scoring import DEFAULT_RULE, Scorecard, ScoringRule, score
from .spec import SPEC_FORMAT, SpecError, SpecErrors, SpecProblem, dump_spec, load_spec, loads_spec, spec_hash

__all__ = [
    "BUILTIN_LIGHT_RULES",
    "DEFAULT_LIGHT_RULE",
    "DEFAULT_RULE",
    "PLUGIN_API_VERSION",
    "SPEC_FORMAT",
    "Assessment",
    "Cadence",
    "Comparator",
    "CompiledPlan",
    "Context",
    "Direction",
    "Entity",
    "EvaluationResult",
    "Evaluator",
    "EvaluatorRegistry",
    "EvaluatorUse",
    "Explanation",
    "Figure",
    "FigureSource",
    "ImportReport",
    "InMemoryFigures",
    "Ledger",
    "LedgerError",
    "LedgerImportError",
    "LedgerFigures",
    "Light",
    "LightRule",
    "Measure",
    "Metric",
    "NoData",
    "NotEvaluable",
    "Observation",
    "ObservationFile",
    "ObservationFileError",
    "ObservationStream",
    "OrgUnit",
    "Outcome",
    "ParamProblem",
    "Period",
    "Plan",
    "PlanengineError",
    "PluginAPIError",
    "PluginConflictError",
    "PluginError",
    "Portfolio",
    "Progress",
    "ProgressBasis",
    "Quantity",
    "QuantityError",
    "Rate",
    "RawParams",
    "RegisteredEvaluator",
    "Report",
    "ReportKind",
    "Reporting",
    "ReportingCadence",
    "Responsibility",
    "Revision",
    "RowProblem",
    "RuleShape",
    "SchedulePoint",
    "ScheduleVerdict",
    "Scorecard",
    "ScoringRule",
    "SpecError",
    "SpecProblem",
    "SpecErrors",
    "Status",
    "Target",
    "Task",
    "Unit",
    "UnitMismatchError",
    "WorkingGroup",
    "YearShare",
    "__version__",
    "build_report",
    "compile_plan",
    "default_ledger_path",
    "default_registry",
    "direction_problems",
    "due_share",
    "dump_spec",
    "elapsed_share",
    "evaluate",
    "evaluate_portfolio",
    "get_plugin_manager",
    "hookimpl",
    "load_spec",
    "loads_spec",
    "parse_observations",
    "parse_quantity",
    "parse_rate",
    "read_observations",
    "render_report",
    "score",
    "spec_hash",
    "stream_observations",
    "unit",
]


#: Names loaded on first use, so that ``import planengine`` stays light for a service that
#: only judges (the report builder and the renderers are imported when first asked for).
_LAZY = {
    "render_report": ("render", "render"),
    "Report": ("reporting", "Report"),
    "ReportKind": ("reporting", "ReportKind"),
    "build_report": ("reporting", "build_report"),
    "FigureSource": ("portfolio", "FigureSource"),
    "InMemoryFigures": ("portfolio", "InMemoryFigures"),
    "LedgerFigures": ("portfolio", "LedgerFigures"),
    "Portfolio": ("portfolio", "Portfolio"),
    "evaluate_portfolio": ("portfolio", "evaluate_portfolio"),
}

if TYPE_CHECKING:
    from .portfolio import FigureSource, InMemoryFigures, LedgerFigures, Portfolio, evaluate_portfolio
    from .render import render as render_report
    from .reporting import Report, ReportKind, build_report


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from .plugins import planengine_version

        return planengine_version()
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'planengine' has no attribute {name!r}")
