"""What the commands share: where figures come from, dates, output files, the one-line error.

Errors in what a user gave (a date, a file, a ledger path) are :class:`CommandError`: printed
as one line with exit code 1, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import PlanengineError
from ..ledger import Ledger, LedgerError, default_ledger, default_ledger_path
from ..ledger.backends import sqlite_path
from ..model import Metric, Plan
from ..observation_files import ObservationFileError, read_observations
from ..observations import Observation

__all__ = [
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "accepted_only",
    "add_source_arguments",
    "load_observations",
    "parse_date",
    "plugin_output_to_stderr",
    "say_notes",
    "today",
    "write_output",
]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Plans are judged in China Standard Time: "today" is the date in UTC+8.
_PLAN_ZONE = dt.timezone(dt.timedelta(hours=8))


class CommandError(PlanengineError):
    """A problem in what the user gave a command; printed as one line, exit code 1."""


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """``--observations``, the ledger's arguments and ``--entity``: where a command's figures come from."""
    parser.add_argument(
        "--observations",
        action="append",
        metavar="FILE",
        help="read figures from this CSV or JSON file instead of the ledger; may be repeated",
    )
    add_entity_argument(parser, "whose figures and targets: an entity of the plan (a district's id or 行政区划代码)")
    add_ledger_arguments(parser)


def add_ledger_argument(parser: argparse.ArgumentParser, what: str = "the ledger") -> None:
    """``--ledger``: a file, ``sqlite:///path`` or ``postgresql://…`` (default: $PLANENGINE_LEDGER or the file here)."""
    parser.add_argument(
        "--ledger",
        metavar="PATH|URL",
        help=f"{what}: a file, sqlite:///path or postgresql://… "
        f"(default: $PLANENGINE_LEDGER or ./{default_ledger_path().name})",
    )


def add_ledger_arguments(parser: argparse.ArgumentParser) -> None:
    """``--ledger``, ``--include-submitted`` and ``--known-on``: which of the ledger's figures count."""
    add_ledger_argument(parser)
    parser.add_argument(
        "--include-submitted",
        action="store_true",
        help="count figures not yet accepted (审核) too; by default only accepted ones count (the report says which)",
    )
    parser.add_argument(
        "--known-on",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="use the figures as the ledger knew them at the end of this day",
    )


def add_entity_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--entity``: whose figures a command works on (a district of a city's plan)."""
    parser.add_argument("--entity", default=None, metavar="ID", help=help_text)


def ledger_location(args: argparse.Namespace) -> str:
    """The ledger a command uses: ``--ledger``, else ``$PLANENGINE_LEDGER``, else the file here."""
    return str(args.ledger) if args.ledger else default_ledger()


def existing_ledger(args: argparse.Namespace, hint: str = "") -> str:
    """The ledger's location, which must exist already (a server ledger is checked on opening)."""
    location = ledger_location(args)
    path = _sqlite_path(location)
    if path is not None and not path.exists():
        raise CommandError(f"there is no ledger at {location}{hint}")
    return location


def ledger_inputs(args: argparse.Namespace) -> list[Path]:
    """The ledger's file among a command's inputs (an output never replaces it); none for a server."""
    path = _sqlite_path(ledger_location(args))
    return [] if path is None else [path]


def _sqlite_path(location: str) -> Path | None:
    """The file of an SQLite ledger location, None for a server; a location of no kind is a CommandError."""
    try:
        return sqlite_path(location)
    except LedgerError as exc:
        raise CommandError(str(exc)) from None


def unit_id(plans: Sequence[Plan], given: str) -> str:
    """A unit by its id or its name (区科工局) in any of ``plans``."""
    for plan in plans:
        for unit in plan.units:
            if given in (unit.id, unit.name):
                return unit.id
    known = ", ".join(sorted({f"{u.id} ({u.name})" for plan in plans for u in plan.units}))
    raise CommandError(f"no plan has the unit {given!r}; the units are {known}")


def plan_for_entity(plan: Plan, entity: str | None) -> tuple[Plan, str]:
    """The plan as ``entity`` carries it out, and the entity's id; a plan of many needs one named."""
    if not plan.entities:
        if entity:
            raise CommandError(f"the plan {plan.id} has no entities; leave out --entity {entity}")
        return plan, ""
    known = ", ".join(f"{e.id} ({e.name})" if e.name else e.id for e in plan.entities)
    if entity is None:
        raise CommandError(
            f"the plan {plan.id} is carried out by {len(plan.entities)} entities; choose one with --entity: {known}"
        )
    for candidate in plan.entities:
        if entity in (candidate.id, candidate.name, candidate.code):
            return plan.for_entity(candidate.id), candidate.id
    raise CommandError(f"the plan {plan.id} has no entity {entity!r}; its entities are {known}")


def load_observations(
    args: argparse.Namespace,
    metrics: Mapping[str, Metric] | None = None,
    *,
    accepted_only: bool = False,
    entity: str | None = None,
) -> tuple[list[Observation], int]:
    """The figures a command works on, and how many rows of its files were skipped.

    The figures are the files' (``--observations``), or the ledger's as known on
    ``--known-on``: only the plan's ``metrics`` and ``entity``'s figures are read, by index.
    Given the plan's ``metrics``, a file may name a metric by its Chinese name. What was guessed while reading a file, and every row skipped, is said on stderr;
    a command that skipped rows still does its work, and exits 1 to say so.
    """
    if args.observations:
        if args.known_on is not None:
            raise CommandError("--known-on applies to the ledger; it cannot be used with --observations")
        observations: list[Observation] = []
        skipped = 0
        for path in args.observations:
            try:
                read = read_observations(path, metrics)
            except ObservationFileError as exc:
                raise CommandError(str(exc)) from None
            observations.extend(read.observations)
            say_notes(read.notes)
            for problem in read.problems:
                print(f"skipped row: {problem}", file=sys.stderr)
            skipped += len(read.problems)
        return observations, skipped
    location = existing_ledger(args, "; record figures first (planengine record FILE) or give --observations FILE")
    with Ledger(location, readonly=True) as ledger:
        wanted = None if metrics is None else list(metrics)
        found = ledger.observations(known_on=args.known_on, metrics=wanted, entity=entity, accepted_only=accepted_only)
        return list(found), 0


def accepted_only(args: argparse.Namespace) -> bool:
    """Whether only accepted figures count: figures from the ledger, unless the command widened it."""
    return not getattr(args, "include_submitted", False) and not args.observations


def say_notes(notes: Sequence[str]) -> None:
    """What was guessed while reading a file, one line each on stderr."""
    for note in notes:
        print(f"note: {note}", file=sys.stderr)


def parse_date(text: str) -> dt.date:
    """An argparse type for dates written YYYY-MM-DD, in the years plans are written for."""
    if not _DATE.match(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None
    if not 1900 <= day.year <= 2999:
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years 1900-2999")
    return day


def write_output(path: Path, text: str | bytes, *, inputs: Sequence[Path | str] = ()) -> None:
    """Write a command's output file safely; any refusal or failure is a one-line CommandError.

    ``-`` is standard output. The text goes to a temporary file beside the target, which is
    then renamed over it: a full disk or a crash never leaves half a report, and never
    truncates the old file first. A path that is one of the command's ``inputs`` (the spec,
    the ledger, a figures file) is refused, even through a link, and so is a link itself.
    """
    if str(path) == "-":
        if isinstance(text, bytes):
            raise CommandError("a workbook cannot be written to standard output; name a file with -o")
        sys.stdout.write(text)
        return
    if path.is_symlink():
        raise CommandError(f"{path} is a symbolic link; write to the file itself, so nothing else is overwritten")
    target = path.resolve()
    for given in inputs:
        if Path(given).exists() and Path(given).resolve() == target:
            raise CommandError(f"{path} is one of this command's inputs; write the output to another file")
    if target.is_dir():
        raise CommandError(f"{path} is a folder; name a file")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK)
        os.replace(temporary, target)
    except (OSError, UnicodeError) as exc:
        Path(temporary).unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise CommandError(f"cannot write {path}: {reason}; the old file, if any, is unchanged") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # interrupted: no half-written file is left behind
        raise


def plugin_output_to_stderr() -> contextlib.AbstractContextManager[object]:
    """While plugins run, what they print goes to stderr: stdout carries only the command's output."""
    return contextlib.redirect_stdout(sys.stderr)


def _umask() -> int:
    """The process's umask (read by setting it and putting it back, once, when this module loads)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def today() -> dt.date:
    """Today's date where plans are judged (UTC+8): the default of ``--as-of``."""
    return dt.datetime.now(_PLAN_ZONE).date()
