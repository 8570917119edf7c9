"""The ``planengine`` command line: validate, show, evaluate, report, record, history, draft, plugins.

Every command reads files and prints; the work is done by the library. Errors in what a
user gave (a spec, a figures file, a date) are printed as located sentences with a
non-zero exit code, never as a traceback. ``-v`` sends planengine's log (plugins loaded,
plans compiled, imports) to standard error; a service configures the ``planengine``
logger itself.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..ledger import LedgerError
from ..plugins import PluginError, default_registry, planengine_version
from ..reporting import ReportKind
from ..spec import SpecErrors
from .common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_entity_argument,
    add_ledger_argument,
    add_ledger_arguments,
    add_source_arguments,
    parse_date,
)
from .ledger import run_due, run_history, run_record, run_report, run_review, run_template
from .plan import run_draft, run_evaluate, run_plugins, run_show, run_validate
from .portfolio import run_portfolio

__all__ = ["main"]

_EXAMPLES = """examples:
  planengine validate specs/yueyanglou-sti.toml
  planengine record examples/dekads/*.csv
  planengine evaluate specs/yueyanglou-sti.toml --as-of 2026-06-30
  planengine report specs/yueyanglou-sti.toml --kind monthly --as-of 2026-06-30 -o june.html
  planengine history tech_contract_turnover --date 2026-06-30
  planengine draft plan.txt -o draft.toml
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used by ``python -m planengine``)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose > 1 else logging.INFO,
            format="planengine: %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
    try:
        registry = default_registry()
        return int(args.run(args, registry))
    except PluginError as exc:
        print(f"planengine: plugin problem: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SpecErrors as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    except (CommandError, LedgerError) as exc:
        print(f"planengine: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str, example: str
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=parse_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date to judge at, e.g. 2026-06-30 (default: today, in UTC+8)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planengine",
        description="Work plans as typed, evaluable specs.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"planengine {planengine_version()}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log what planengine does on stderr (-vv: in detail)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = _command(
        commands, "validate", "check spec files and list every problem", "planengine validate specs/*.toml"
    )
    validate.add_argument("specs", nargs="+", metavar="SPEC", help="spec files (.toml or .json)")
    validate.set_defaults(run=run_validate)

    show = _command(
        commands, "show", "print the compiled plan", "planengine show specs/yueyanglou-sti.toml --format json"
    )
    show.add_argument("spec", metavar="SPEC", help="a spec file (.toml or .json)")
    show.add_argument("--format", choices=["json", "text"], default="text", help="text (default) or json")
    show.set_defaults(run=run_show)

    evaluate = _command(
        commands,
        "evaluate",
        "judge every target against reported figures",
        "planengine evaluate specs/yueyanglou-sti.toml --observations examples/figures.csv --as-of 2026-06-30",
    )
    evaluate.add_argument("spec", metavar="SPEC", help="a spec file (.toml or .json)")
    _as_of(evaluate)
    add_source_arguments(evaluate)
    evaluate.add_argument(
        "--format", choices=["table", "json"], default="table", help="table (default) or json, e.g. --format json"
    )
    evaluate.add_argument(
        "--lang", choices=["zh", "en"], default="zh", help="language of the explanations, zh (default) or en"
    )
    evaluate.set_defaults(run=run_evaluate)

    portfolio = _command(
        commands,
        "portfolio",
        "judge every entity of every plan from the ledger: entities ranked per plan, or one unit's targets (督办台账)",
        "planengine portfolio examples/city-template.toml --as-of 2026-06-30 --ledger postgresql:///city --workers 2",
    )
    portfolio.add_argument("specs", nargs="+", metavar="SPEC", help="spec files; each plan for each of its entities")
    _as_of(portfolio)
    add_ledger_arguments(portfolio)
    portfolio.add_argument(
        "--unit", metavar="UNIT", help="list every target this unit leads across the plans (督办台账), by id or name"
    )
    portfolio.add_argument("--workers", type=int, default=1, metavar="N", help="judge on N processes (default 1)")
    portfolio.add_argument("--lang", choices=["zh", "en"], default="zh", help="zh (default) or en")
    portfolio.add_argument("-o", "--output", metavar="FILE", help="write the Markdown here instead of stdout")
    portfolio.set_defaults(run=run_portfolio)

    report = _command(
        commands,
        "report",
        "write the dekad brief, monthly bulletin or quarterly summary",
        "planengine report specs/yueyanglou-sti.toml --kind monthly --as-of 2026-06-30 -o june.html",
    )
    report.add_argument("spec", metavar="SPEC", help="a spec file (.toml or .json)")
    report.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in ReportKind],
        help="dekad (旬简报), monthly (月通报) or quarterly (季总结)",
    )
    _as_of(report)
    add_source_arguments(report)
    report.add_argument(
        "--format",
        choices=["markdown", "html", "json", "xlsx"],
        default=None,
        help="markdown, html, json or xlsx (default: from --output's extension, else markdown)",
    )
    report.add_argument("--lang", choices=["zh", "en"], default="zh", help="zh (default) or en")
    report.add_argument("--scoring", metavar="RULE", help="the scoring rule, e.g. completion-capped (the default)")
    report.add_argument(
        "--lights", metavar="RULE", help="the warning-light rule, e.g. completion-rate (default: the plan's light_rule)"
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE, e.g. june.html, instead of printing it"
    )
    report.set_defaults(run=run_report)

    record = _command(
        commands,
        "record",
        "record figures from CSV, Excel or JSON files into the ledger",
        "planengine record figures.xlsx --spec specs/yueyanglou-sti.toml --recorded-by 科工局张三",
    )
    record.add_argument("files", nargs="+", metavar="FILE", help="observation files (.csv, .xlsx or .json)")
    add_ledger_argument(record)
    add_entity_argument(record, "whose figures the rows without an entity column are (a district's id)")
    record.add_argument("--recorded-by", default="", metavar="NAME", help="who is recording the figures")
    record.add_argument(
        "--accept",
        action="store_true",
        help="accept the figures as they are recorded (the office's own); otherwise they await review",
    )
    record.add_argument(
        "--spec",
        metavar="SPEC",
        help="the plan the figures are for: metrics may then be named by their Chinese name, and a figure "
        "for a metric the plan does not have is refused",
    )
    record.set_defaults(run=run_record)

    history = _command(
        commands,
        "history",
        "every revision of a metric's figures in the ledger",
        "planengine history tech_contract_turnover --date 2026-06-30",
    )
    history.add_argument("metric", metavar="METRIC", help="a metric id, e.g. tech_contract_turnover")
    history.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="only the figures for this date")
    add_ledger_argument(history)
    add_entity_argument(history, "only this entity's figures (default: every entity's)")
    history.set_defaults(run=run_history)

    review = _command(
        commands,
        "review",
        "accept recorded figures, or return them with a reason (审核 / 退回)",
        "planengine review tech_contract_turnover --date 2026-06-30 --return 口径有误,请核实",
    )
    review.add_argument("metric", nargs="?", metavar="METRIC", help="the figure's metric id")
    review.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="the figure's date")
    review.add_argument("--measure", choices=["value", "yoy"], default="value", help="value (default) or yoy")
    review.add_argument("--accept", action="store_const", const=True, help="accept the figure (审核通过)")
    review.add_argument("--return", dest="return_reason", metavar="REASON", help="return it to the unit, saying why")
    review.add_argument("--all", action="store_true", help="every figure awaiting review")
    review.add_argument("--list", action="store_true", help="list the figures awaiting review")
    review.add_argument("--by", default="", metavar="NAME", help="who reviews")
    add_ledger_argument(review)
    add_entity_argument(review, "whose figure (with --all or --list: only this entity's)")
    review.set_defaults(run=run_review)

    template = _command(
        commands,
        "template",
        "write fill-in workbooks (填报模板): what each unit must report for a period",
        "planengine template specs/yueyanglou-sti.toml --period 2026-06下旬 --unit 区科工局 -o kgj.xlsx",
    )
    template.add_argument("spec", metavar="SPEC", help="a spec file (.toml or .json)")
    template.add_argument(
        "--period", required=True, help="the period: 2026-06下旬 (a dekad), 2026-06 (a month), 2026-Q2 or a date in it"
    )
    template.add_argument(
        "--unit", metavar="UNIT", help="one unit, by id or name (default: every unit that owes a figure)"
    )
    add_ledger_argument(template, "the ledger whose last figures are shown")
    template.add_argument(
        "-o", "--output", metavar="PATH", help="the workbook (with --unit) or the folder to write into (default: here)"
    )
    template.set_defaults(run=run_template)

    due = _command(
        commands,
        "due",
        "list the figures each unit still owes (催报), and how many days late",
        "planengine due specs/yueyanglou-sti.toml --as-of 2026-05-31 -o due.xlsx",
    )
    due.add_argument("spec", metavar="SPEC", help="a spec file (.toml or .json)")
    _as_of(due)
    add_source_arguments(due)
    due.add_argument(
        "--format", choices=["text", "json", "xlsx"], default=None, help="text (default), json or xlsx (needs -o)"
    )
    due.add_argument("-o", "--output", metavar="FILE", help="write the list to FILE, e.g. due.xlsx")
    due.set_defaults(run=run_due)

    draft = _command(
        commands,
        "draft",
        "draft a spec from a plan's Chinese text, for a person to review",
        "planengine draft plan.txt -o draft.toml",
    )
    draft.add_argument("text_file", metavar="TEXT_FILE", help="the plan's text, UTF-8")
    draft.add_argument(
        "-o",
        "--output",
        metavar="SPEC",
        help="write the spec to SPEC: JSON for a .json name, else TOML (default: TOML on stdout)",
    )
    draft.add_argument("--year", type=int, metavar="YYYY", help="the plan year, e.g. 2026 (default: from the text)")
    draft.add_argument("--id", dest="plan_id", metavar="ID", help="the spec's id (default: from the file name)")
    draft.set_defaults(run=run_draft)

    plugins = _command(
        commands,
        "plugins",
        "list the installed evaluators, scoring and light rules",
        "planengine plugins --format json",
    )
    plugins.add_argument("--format", choices=["table", "json"], default="table", help="table (default) or json")
    plugins.set_defaults(run=run_plugins)
    return parser


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
