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
from ..ledger import Ledger, default_ledger_path
from ..model import Metric
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
    """``--observations``, ``--ledger`` and ``--known-on``: where a command's figures come from."""
    parser.add_argument(
        "--observations",
        action="append",
        metavar="FILE",
        help="read figures from this CSV or JSON file instead of the ledger; may be repeated",
    )
    parser.add_argument(
        "--ledger",
        type=Path,
        metavar="PATH",
        help=f"the ledger database (default: $PLANENGINE_LEDGER or ./{default_ledger_path().name})",
    )
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


def load_observations(
    args: argparse.Namespace, metrics: Mapping[str, Metric] | None = None, *, accepted_only: bool = False
) -> tuple[list[Observation], int]:
    """The figures a command works on, and how many rows of its files were skipped.

    The figures are the files' (``--observations``), or the ledger's as known on
    ``--known-on``. Given the plan's ``metrics``, a file may name a metric by its Chinese
    name. What was guessed while reading a file, and every row skipped, is said on stderr;
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
    path = args.ledger or default_ledger_path()
    if not path.exists():
        raise CommandError(
            f"there is no ledger at {path}; record figures first (planengine record FILE) or give --observations FILE"
        )
    with Ledger(path, readonly=True) as ledger:
        return list(ledger.observations(known_on=args.known_on, accepted_only=accepted_only)), 0


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
