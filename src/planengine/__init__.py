"""planengine: typed work plans, declarative specs and plugin evaluators.

Load a plan from a spec, read reported figures, and judge every target::

    import datetime as dt
    import planengine

    plan = planengine.load_spec("specs/yueyanglou-sti.toml")
    figures = planengine.read_observations("examples/figures.csv").observations
    result = planengine.evaluate(plan, figures, dt.date(2026, 6, 30))
    for a in result.assessments:
        print(a.target, a.status.value, a.explanation.en)
"""

from __future__ import annotations

from .engine import CompiledPlan, compile_plan, evaluate
from .comparators import Comparator
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
from .model import (
    Direction,
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
from .observation_files import ObservationFile, ObservationFileError, RowProblem, parse_observations, read_observations
from .observations import Figure, Measure, Observation
from .periods import Cadence, Period, YearShare, elapsed_share
from .plugins import (
    EvaluatorRegistry,
    PluginAPIError,
    PluginConflictError,
    PluginError,
    RegisteredEvaluator,
    default_registry,
    get_plugin_manager,
)
from .quantities import Quantity, QuantityError, Unit, UnitMismatchError, parse_quantity, parse_rate, unit
from .results import Assessment, EvaluationResult, EvaluatorUse
from .spec import SPEC_FORMAT, SpecError, SpecErrors, dump_spec, load_spec, loads_spec, spec_hash

__all__ = [
    "PLUGIN_API_VERSION",
    "SPEC_FORMAT",
    "Assessment",
    "Cadence",
    "Comparator",
    "CompiledPlan",
    "Context",
    "Direction",
    "EvaluationResult",
    "Evaluator",
    "EvaluatorRegistry",
    "EvaluatorUse",
    "Explanation",
    "Figure",
    "ImportReport",
    "Ledger",
    "LedgerError",
    "LedgerImportError",
    "Measure",
    "Metric",
    "NoData",
    "NotEvaluable",
    "Observation",
    "ObservationFile",
    "ObservationFileError",
    "OrgUnit",
    "Outcome",
    "ParamProblem",
    "Period",
    "Plan",
    "PluginAPIError",
    "PluginConflictError",
    "PluginError",
    "Quantity",
    "QuantityError",
    "RawParams",
    "RegisteredEvaluator",
    "Reporting",
    "ReportingCadence",
    "Responsibility",
    "Revision",
    "RowProblem",
    "RuleShape",
    "SchedulePoint",
    "SpecError",
    "SpecErrors",
    "Status",
    "Target",
    "Task",
    "Unit",
    "UnitMismatchError",
    "WorkingGroup",
    "YearShare",
    "__version__",
    "compile_plan",
    "default_ledger_path",
    "default_registry",
    "dump_spec",
    "elapsed_share",
    "evaluate",
    "get_plugin_manager",
    "hookimpl",
    "load_spec",
    "loads_spec",
    "parse_observations",
    "parse_quantity",
    "parse_rate",
    "read_observations",
    "spec_hash",
    "unit",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from .plugins import planengine_version

        return planengine_version()
    raise AttributeError(f"module 'planengine' has no attribute {name!r}")
