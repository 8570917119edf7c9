"""``planengine portfolio``: many plans and entities at one date, ranked, or gathered by the unit that leads."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

from ..plugins import EvaluatorRegistry
from ..spec import load_spec
from .common import (
    EXIT_OK,
    CommandError,
    existing_ledger,
    ledger_inputs,
    plugin_output_to_stderr,
    today,
    unit_id,
    write_output,
)

__all__ = ["run_portfolio"]


def run_portfolio(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    """Judge every entity of every plan from the ledger; rank the entities, or list one unit's targets."""
    from ..portfolio import LedgerFigures, evaluate_portfolio
    from ..render.portfolio import render_led_by, render_ranking

    plans = [load_spec(path, registry) for path in args.specs]
    ids = [p.id for p in plans]
    if len(set(ids)) != len(ids):
        raise CommandError(f"two specs have one plan id: {', '.join(sorted({i for i in ids if ids.count(i) > 1}))}")
    location = existing_ledger(args, "; record figures first (planengine record FILE --entity ID)")
    figures = LedgerFigures(location, known_on=args.known_on, accepted_only=not args.include_submitted)
    as_of = args.as_of or today()
    executor: Executor | None = ProcessPoolExecutor(args.workers) if args.workers > 1 else None
    try:
        with plugin_output_to_stderr():
            portfolio = evaluate_portfolio(
                plans, as_of, figures=figures, executor=executor, registry=None if executor else registry
            )
    finally:
        if executor is not None:
            executor.shutdown()
    if args.unit is not None:
        unit = unit_id(plans, args.unit)
        text = render_led_by(portfolio, unit, args.lang)
    else:
        text = "\n".join(render_ranking(portfolio, plan.id, args.lang) for plan in plans)
    if args.output and args.output != "-":
        write_output(Path(args.output), text, inputs=[*args.specs, *ledger_inputs(args)])
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
