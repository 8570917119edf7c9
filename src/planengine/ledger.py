"""The observation ledger: every reported figure, with its history, in an embedded SQLite file.

Evaluations are only as reproducible as the figures they read. The ledger keeps every
figure ever reported, with who reported it, when, and from which file and line, so a
report printed in May can be printed again in December from the figures known in May.

- A correction is a new *revision* of its key (metric, date, measure), never an
  overwrite: :meth:`Ledger.history` shows them all, and :meth:`Ledger.observations` with
  ``known_on`` gives the figures as they were known on a past day.
- Importing a file is atomic: a file with a bad row writes nothing and
  :class:`LedgerImportError` names every bad row. The same file (by SHA-256 of its bytes)
  imported twice adds nothing, and a figure re-reported unchanged adds no revision.
- Two processes may write at once: the database runs in WAL mode, every write
  transaction starts with ``BEGIN IMMEDIATE`` and waits up to 30 s for the other writer,
  so writers take turns instead of failing.

Timestamps are stored in UTC; days begin and end in the ledger's ``zone`` (China Standard
Time, UTC+8, by default). A revision is *known since* the start (00:00) of the day the file
says the unit reported it (``reported_at``), or else since the moment it was recorded; a
``known_on`` date covers that whole day. The ledger is optional: the engine takes observations from any iterable, so a
service with its own database can skip it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs

from .errors import PlanengineError
from .model import Metric
from .observation_files import ObservationFile, RowProblem, read_observations
from .observations import Measure, Observation
from .quantities import Quantity, QuantityError, unit

__all__ = [
    "ImportReport",
    "Ledger",
    "LedgerError",
    "LedgerImportError",
    "Review",
    "Revision",
    "SCHEMA_VERSION",
    "default_ledger_path",
]

#: The schema this module writes, kept in ``PRAGMA user_version``. A newer file is refused.
SCHEMA_VERSION = 2
#: The environment variable naming the ledger file.
LEDGER_ENV = "PLANENGINE_LEDGER"
#: How long a writer waits for another process's write transaction before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
#: ``progress`` is called after every this many rows (and once at the end).
PROGRESS_EVERY = 250

_UTC = dt.UTC
#: Where a day begins and ends for report dates and "known on" days: China Standard Time
#: (UTC+8, no daylight saving), the working day of the plans' units. Timestamps are stored in UTC.
DEFAULT_ZONE = dt.timezone(dt.timedelta(hours=8), "UTC+08:00")

#: The review trail (审核, 退回): one row per step, never changed afterwards.
_REVIEWS = (
    """
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    metric      TEXT NOT NULL,
    date        TEXT NOT NULL,
    measure     TEXT NOT NULL,
    revision    INTEGER NOT NULL,       -- the revision reviewed
    state       TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
    reason      TEXT NOT NULL,          -- why it was returned (退回), or ''
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL           -- UTC ISO timestamp
)""",
    "CREATE INDEX reviews_figure ON reviews (metric, date, measure, revision)",
)

_SCHEMA = (
    """
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,          -- the file as given, or the name of an iterable
    sha256      TEXT UNIQUE,            -- of the file's bytes, or NULL for an iterable
    recorded_at TEXT NOT NULL,          -- UTC ISO timestamp
    recorded_by TEXT NOT NULL,
    added       INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL
)""",
    """
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    metric      TEXT NOT NULL,
    date        TEXT NOT NULL,          -- ISO date of the figure
    measure     TEXT NOT NULL,          -- 'value' or 'yoy'
    revision    INTEGER NOT NULL,       -- 1, 2, ... per (metric, date, measure)
    magnitude   TEXT NOT NULL,          -- the Decimal exactly as written, str(Decimal)
    unit        TEXT NOT NULL,          -- the unit symbol as written ('' for a plain number)
    reported_by TEXT NOT NULL,
    note        TEXT NOT NULL,
    source      TEXT NOT NULL,          -- file:line, as in Observation.source
    reported_at TEXT,                   -- ISO date the unit reported it, if the file says
    recorded_at TEXT NOT NULL,          -- UTC ISO timestamp of the import
    recorded_by TEXT NOT NULL,
    known_since TEXT NOT NULL,          -- UTC ISO timestamp: reported_at 00:00, else recorded_at
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    UNIQUE (metric, date, measure, revision)
)""",
    "CREATE INDEX revisions_known_since ON revisions (known_since)",
    *_REVIEWS,
)

#: What upgrades a ledger from each older schema version to the next, in place.
_MIGRATIONS: dict[int, tuple[str, ...]] = {1: _REVIEWS}

_COLUMNS = (
    "metric, date, measure, revision, magnitude, unit, reported_by, note, source, reported_at, "
    "recorded_at, recorded_by, known_since"
)


_log = logging.getLogger(__name__)


class LedgerError(PlanengineError):
    """The ledger cannot be opened or written; the message says which file and why."""


class LedgerImportError(LedgerError):
    """An import was refused because of bad rows; nothing was written.

    ``problems`` lists every bad row with where it is (line or index) and why.
    """

    def __init__(self, source: str, problems: Sequence[RowProblem]) -> None:
        self.source = source
        self.problems: tuple[RowProblem, ...] = tuple(problems)
        listed = "\n".join(f"  {p}" for p in self.problems)
        count = len(self.problems)
        super().__init__(f"{source}: nothing was imported; {count} bad row{'s' if count != 1 else ''}:\n{listed}")


@attrs.frozen
class ImportReport:
    """What one import did: how many figures were added as new revisions and how many were unchanged.

    ``already_imported_at`` is set (and nothing was added) when a file with the same
    content had been imported before; ``import_id`` is then that earlier import.
    """

    source: str
    sha256: str | None
    added: int
    unchanged: int
    already_imported_at: dt.datetime | None
    import_id: int
    #: What was guessed while reading the file (an encoding, a Chinese header...): said, never silent.
    notes: tuple[str, ...] = ()


@attrs.frozen
class Review:
    """One step of a figure's review: accepted, or returned (退回) with the reason, by whom and when."""

    metric: str
    date: dt.date
    measure: Measure
    revision: int  #: the revision reviewed
    state: str  #: ``"accepted"`` or ``"returned"``
    reason: str
    reviewed_by: str
    reviewed_at: dt.datetime


@attrs.frozen
class Revision:
    """One revision of a figure, with when and by whom it was recorded, and since when it counts."""

    observation: Observation
    revision: int
    recorded_at: dt.datetime
    recorded_by: str
    import_source: str
    known_since: dt.datetime


def default_ledger_path() -> Path:
    """Where the ledger lives unless told: ``$PLANENGINE_LEDGER``, else ``planengine-ledger.sqlite3`` here."""
    configured = os.environ.get(LEDGER_ENV)
    return Path(configured) if configured else Path.cwd() / "planengine-ledger.sqlite3"


class Ledger:
    """An observation ledger in one SQLite file; opened (and created if absent) on construction.

    Use it as a context manager, or call :meth:`close`. One ``Ledger`` object belongs to one
    thread; open one per process or thread to write concurrently.
    """

    def __init__(self, path: str | Path, *, zone: dt.tzinfo | None = None, readonly: bool = False) -> None:
        self.path = Path(path)
        #: The time zone in which a date (a report date, a known-on day) begins and ends.
        self.zone = zone if zone is not None else DEFAULT_ZONE
        #: A reader never takes the write lock: it reads a snapshot while an import goes on,
        #: and reads a ledger in a folder it may not write to.
        self.readonly = readonly
        self._db = self._connect()
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: the module issues BEGIN/COMMIT itself, so each write is
        # exactly one BEGIN IMMEDIATE ... COMMIT.
        try:
            if not self.readonly:
                return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            if not self.path.is_file():
                raise LedgerError(
                    f"{self.path}: there is no ledger here; record figures first (planengine record FILE)"
                )
            uri = f"file:{urllib.parse.quote(self.path.resolve().as_posix())}?mode=ro"
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            try:
                db.execute("PRAGMA user_version").fetchone()
            except sqlite3.OperationalError:  # WAL in a folder we cannot write: nobody can write it either
                db.close()
                db = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
            return db
        except sqlite3.Error as exc:
            raise LedgerError(f"{self.path}: the ledger cannot be opened: {exc}") from None

    def _open(self) -> None:
        """Check the schema version; a writer also switches to WAL and creates the schema in a new file."""
        try:
            self._check_version(self._user_version())
            if self.readonly:
                if self._user_version() == 0:
                    raise LedgerError(f"{self.path}: this file is not a planengine ledger (or is empty)")
                return
            if self._user_version() == SCHEMA_VERSION and self._wal():
                return  # an existing ledger: opening it takes no lock
            self._retry_while_busy(self._use_wal)
            with self._write():
                version = self._user_version()  # again: another process may have created it
                self._check_version(version)
                if version == 0:
                    if self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                        raise LedgerError(f"{self.path}: this SQLite file is not a planengine ledger")
                    for statement in _SCHEMA:
                        self._db.execute(statement)
                else:
                    for older in range(version, SCHEMA_VERSION):  # an older ledger, upgraded in place
                        for statement in _MIGRATIONS[older]:
                            self._db.execute(statement)
                        _log.info("upgraded %s from schema version %d to %d", self.path, older, older + 1)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise _ledger_error(self.path, exc) from None

    def _wal(self) -> bool:
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"

    def _use_wal(self) -> None:
        """Switch the file to WAL once; a file already in WAL is left alone (no lock is needed)."""
        if not self._wal():
            self._db.execute("PRAGMA journal_mode = WAL")

    def _retry_while_busy(self, step: Callable[[], None]) -> None:
        """Run ``step``, retrying while another process holds a lock SQLite's own wait does not cover."""
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                step()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _user_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: the ledger has schema version {version}, newer than this planengine "
                f"understands ({SCHEMA_VERSION}); upgrade planengine to use it"
            )

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def _write(self) -> _WriteTransaction:
        """A ``BEGIN IMMEDIATE`` transaction: it takes the write lock first, so writers queue."""
        if self.readonly:
            raise LedgerError(f"{self.path}: this ledger was opened to read; open it without readonly to record")
        return _WriteTransaction(self._db, self.path)

    def record_file(
        self,
        path: str | Path,
        *,
        recorded_by: str = "",
        now: dt.datetime | None = None,
        progress: Callable[[int, int], None] | None = None,
        metrics: Mapping[str, Metric] | None = None,
        accept: bool = False,
    ) -> ImportReport:
        """Import a CSV, Excel (.xlsx) or JSON observation file, all rows or none.

        Given a plan's ``metrics`` (by id), figures may name a metric by its Chinese name, and
        a metric the plan does not have is a bad row. With ``accept`` the figures are accepted
        as they are recorded (the office's own figures), by ``recorded_by``.

        A file with any bad row raises :class:`LedgerImportError` naming each one, and writes
        nothing; a file that cannot be read at all raises
        :class:`~planengine.ObservationFileError`. A file whose content (SHA-256) was
        imported before adds nothing; the report says when it was first imported.
        ``progress(done, total)`` is called every few hundred rows and at the end.
        """
        path = Path(path)
        read, digest = _read_file(path, metrics)
        if read.problems:
            raise LedgerImportError(str(path), read.problems)
        report = attrs.evolve(
            self._record(read.observations, str(path), digest, recorded_by, now, progress, accept), notes=read.notes
        )
        _log.info("recorded %s into %s: %d added, %d unchanged", path, self.path, report.added, report.unchanged)
        return report

    def record(
        self,
        observations: Iterable[Observation],
        *,
        source: str,
        recorded_by: str = "",
        now: dt.datetime | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportReport:
        """Import observations from any iterable, all or none; ``source`` names where they came from.

        As :meth:`record_file`, but with no content hash: recording the same figures again
        adds no revisions, and counts them as unchanged.
        """
        return self._record(tuple(observations), source, None, recorded_by, now, progress)

    def _record(
        self,
        observations: Sequence[Observation],
        source: str,
        digest: str | None,
        recorded_by: str,
        now: dt.datetime | None,
        progress: Callable[[int, int], None] | None,
        accept: bool = False,
    ) -> ImportReport:
        """Write one import in one transaction: a revision for each figure that changed."""
        conflicts = _conflicting_rows(observations, source)
        if conflicts:
            raise LedgerImportError(source, conflicts)
        recorded_at = _timestamp(_utc(now) if now is not None else dt.datetime.now(_UTC))
        total = len(observations)
        with self._write():
            if digest is not None:
                earlier = self._db.execute("SELECT id, recorded_at FROM imports WHERE sha256 = ?", (digest,)).fetchone()
                if earlier is not None:
                    if progress is not None:
                        progress(total, total)
                    return ImportReport(source, digest, 0, 0, dt.datetime.fromisoformat(earlier[1]), int(earlier[0]))
            cursor = self._db.execute(
                "INSERT INTO imports (source, sha256, recorded_at, recorded_by, added, unchanged) VALUES (?, ?, ?, ?, 0, 0)",
                (source, digest, recorded_at, recorded_by),
            )
            import_id = int(cursor.lastrowid or 0)
            added = unchanged = 0
            late: list[RowProblem] = []
            for done, obs in enumerate(observations, start=1):
                try:
                    if self._add_revision(obs, import_id, recorded_at, recorded_by):
                        added += 1
                        if accept:
                            self._accept_latest(obs, recorded_by, recorded_at)
                    else:
                        unchanged += 1
                except _OriginalAfterCorrection as problem:
                    late.append(RowProblem(source, obs.source.rpartition(":")[2] or obs.source, str(problem)))
                if progress is not None and done % PROGRESS_EVERY == 0 and done != total:
                    progress(done, total)
            if late:  # raised inside the transaction: nothing of this import is kept
                raise LedgerImportError(source, late)
            self._db.execute("UPDATE imports SET added = ?, unchanged = ? WHERE id = ?", (added, unchanged, import_id))
        if progress is not None:
            progress(total, total)
        return ImportReport(source, digest, added, unchanged, None, import_id)

    def _accept_latest(self, obs: Observation, by: str, at: str) -> None:
        """The figure just recorded, accepted at once (the office's own figures), from when it is known."""
        self._db.execute(
            "INSERT INTO reviews (metric, date, measure, revision, state, reason, reviewed_by, reviewed_at) "
            "SELECT metric, date, measure, revision, 'accepted', '', ?, known_since FROM revisions "
            "WHERE metric = ? AND date = ? AND measure = ? ORDER BY revision DESC LIMIT 1",
            (by, obs.metric, obs.date.isoformat(), obs.measure.value),
        )

    def _add_revision(self, obs: Observation, import_id: int, recorded_at: str, recorded_by: str) -> bool:
        """Insert ``obs`` as the next revision of its key, unless the latest one has the same amount."""
        key = (obs.metric, obs.date.isoformat(), obs.measure.value)
        latest = self._db.execute(
            "SELECT revision, magnitude, unit, note, reported_at FROM revisions WHERE metric = ? AND date = ? "
            "AND measure = ? ORDER BY revision DESC LIMIT 1",
            key,
        ).fetchone()
        if latest is not None and _same_amount(Quantity(Decimal(latest[1]), unit(latest[2])), obs.quantity):
            return False
        if latest is not None and obs.reported_at is None and latest[4] is not None and _is_correction(latest):
            # the documented rule: a correction stays in force even if the original is recorded after it.
            # Without its report date this figure would count as known now, and silently replace it.
            raise _OriginalAfterCorrection(
                f"{obs.metric} {obs.date.isoformat()} was already corrected to {latest[1]}{latest[2]} "
                f"(reported {latest[4]}); this figure of {obs.quantity} has no reported_at, so it would replace "
                f"the correction: add the date it was reported, or leave it out"
            )
        revision = 1 if latest is None else int(latest[0]) + 1
        known_since = _timestamp(_start_of(obs.reported_at, self.zone)) if obs.reported_at is not None else recorded_at
        self._db.execute(
            f"INSERT INTO revisions ({_COLUMNS}, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *key,
                revision,
                str(obs.quantity.magnitude),
                obs.quantity.unit.symbol,
                obs.reported_by,
                obs.note,
                obs.source,
                obs.reported_at.isoformat() if obs.reported_at is not None else None,
                recorded_at,
                recorded_by,
                known_since,
                import_id,
            ),
        )
        return True

    # -- reading ----------------------------------------------------------------------------

    def observations(
        self,
        known_on: dt.date | dt.datetime | None = None,
        metrics: Collection[str] | None = None,
        *,
        accepted_only: bool = False,
    ) -> tuple[Observation, ...]:
        """For each (metric, date, measure), the latest revision known at ``known_on`` that counts.

        "Latest" is by when a revision became known (its report date), then by the order
        it was recorded, so a correction stays in force even if the file with the original
        figure is recorded after it. A revision the office returned (退回) does not count:
        the one before it does. With ``accepted_only``, only revisions the office had
        accepted by ``known_on`` count (a plan whose figures need review reports these).

        A ``date`` means the end of that day (UTC), inclusive; a naive ``datetime`` is UTC;
        ``None`` means everything recorded. ``metrics`` limits the answer to those metrics.
        The result is ordered by metric, date and measure, and can go straight to
        :func:`planengine.evaluate`.
        """
        conditions: list[str] = []
        params: list[Any] = []
        bound = None if known_on is None else _timestamp(_known_bound(known_on, self.zone))
        if bound is not None:
            conditions.append("known_since <= ?")
            params.append(bound)
        if metrics is not None:
            wanted = sorted(set(metrics))
            conditions.append(f"metric IN ({', '.join('?' * len(wanted))})")
            params.extend(wanted)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        review = "NULL"
        review_params: list[Any] = []
        if self._has_reviews():
            review = (
                "(SELECT v.state FROM reviews v WHERE v.metric = r.metric AND v.date = r.date AND "
                "v.measure = r.measure AND v.revision = r.revision"
                + (" AND v.reviewed_at <= ?" if bound is not None else "")
                + " ORDER BY v.id DESC LIMIT 1)"
            )
            review_params = [bound] if bound is not None else []
        counts = "coalesce(review, 'submitted') = 'accepted'" if accepted_only else "coalesce(review, '') != 'returned'"
        rows = self._read(
            f"""SELECT {_COLUMNS} FROM (
                    SELECT *, row_number() OVER (
                        PARTITION BY metric, date, measure ORDER BY known_since DESC, revision DESC
                    ) AS newest
                    FROM (SELECT r.*, {review} AS review FROM revisions r {where})
                    WHERE {counts}
                ) WHERE newest = 1 ORDER BY metric, date, measure""",
            [*review_params, *params],
        )
        return tuple(self._row(row) for row in rows)

    def _has_reviews(self) -> bool:
        """Whether the file has the review trail (a ledger of schema 1, read without upgrading, has none)."""
        return self._user_version() >= 2

    def review(
        self,
        metric: str,
        date: dt.date,
        *,
        accept: bool,
        reason: str = "",
        measure: Measure = Measure.VALUE,
        reviewed_by: str = "",
        now: dt.datetime | None = None,
    ) -> Review:
        """Accept the latest revision of a figure, or return it (退回) with a ``reason``.

        Each step is kept with who and when, never changed: the trail is :meth:`reviews`. A
        returned figure no longer counts (the revision before it does) until the unit sends
        a new one, which is submitted again.
        """
        if not accept and not reason.strip():
            raise LedgerError(f"{self.path}: a figure is returned with a reason (退回原因); give one")
        at = _timestamp(_utc(now) if now is not None else dt.datetime.now(_UTC))
        key = (metric, date.isoformat(), measure.value)
        with self._write():
            found = self._db.execute(  # the revision in force, as observations() picks it
                "SELECT revision FROM revisions WHERE metric = ? AND date = ? AND measure = ? "
                "ORDER BY known_since DESC, revision DESC LIMIT 1",
                key,
            ).fetchone()
            latest = None if found is None else found[0]
            if latest is None:
                raise LedgerError(f"{self.path}: there is no figure of {metric} for {date.isoformat()} to review")
            state = "accepted" if accept else "returned"
            self._db.execute(
                "INSERT INTO reviews (metric, date, measure, revision, state, reason, reviewed_by, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, int(latest), state, reason.strip(), reviewed_by, at),
            )
        return Review(
            metric, date, measure, int(latest), state, reason.strip(), reviewed_by, dt.datetime.fromisoformat(at)
        )

    def pending(self) -> tuple[tuple[str, dt.date, Measure, int], ...]:
        """The figures whose latest revision awaits review: (metric, date, measure, revision)."""
        if not self._has_reviews():
            return ()
        rows = self._read(
            """SELECT l.metric, l.date, l.measure, l.revision FROM (
                   SELECT metric, date, measure, revision, row_number() OVER (
                       PARTITION BY metric, date, measure ORDER BY known_since DESC, revision DESC
                   ) AS newest FROM revisions
               ) l
               WHERE l.newest = 1 AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.metric = l.metric
                     AND v.date = l.date AND v.measure = l.measure AND v.revision = l.revision)
               ORDER BY l.metric, l.date, l.measure""",
            [],
        )
        return tuple((str(m), dt.date.fromisoformat(d), Measure(ms), int(rev)) for m, d, ms, rev in rows)

    def reviews(self, metric: str, date: dt.date | None = None) -> tuple[Review, ...]:
        """The review trail of a metric's figures (of one ``date`` if given), oldest first."""
        if not self._has_reviews():
            return ()
        sql = "SELECT metric, date, measure, revision, state, reason, reviewed_by, reviewed_at FROM reviews WHERE metric = ?"
        params: list[str] = [metric]
        if date is not None:
            sql += " AND date = ?"
            params.append(date.isoformat())
        rows = self._read(sql + " ORDER BY id", params)
        return tuple(
            Review(
                str(m),
                dt.date.fromisoformat(d),
                Measure(ms),
                int(rev),
                str(st),
                str(why),
                str(by),
                dt.datetime.fromisoformat(at),
            )
            for m, d, ms, rev, st, why, by, at in rows
        )

    def _read(self, sql: str, params: Sequence[Any]) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _ledger_error(self.path, exc) from None

    def _row(self, row: Sequence[Any]) -> Observation:
        """An observation from a stored row; a row edited by hand into nonsense is a LedgerError naming it."""
        try:
            return _observation(row)
        except (ValueError, TypeError, ArithmeticError, QuantityError) as exc:
            raise LedgerError(
                f"{self.path}: a stored figure cannot be read ({row[0]}, {row[1]}, revision {row[3]}: {exc}); "
                f"it was changed outside planengine: correct or remove that row"
            ) from None

    def history(self, metric: str, date: dt.date | None = None) -> tuple[Revision, ...]:
        """Every revision of ``metric`` (of one ``date`` if given), by date, measure and revision."""
        columns = ", ".join(f"r.{c.strip()}" for c in _COLUMNS.split(","))
        sql = f"SELECT {columns}, i.source FROM revisions r JOIN imports i ON i.id = r.import_id WHERE r.metric = ?"
        params: list[str] = [metric]
        if date is not None:
            sql += " AND r.date = ?"
            params.append(date.isoformat())
        rows = self._read(sql + " ORDER BY r.date, r.measure, r.revision", params)
        return tuple(
            Revision(
                observation=self._row(row),
                revision=int(row[3]),
                recorded_at=dt.datetime.fromisoformat(row[10]),
                recorded_by=str(row[11]),
                import_source=str(row[13]),
                known_since=dt.datetime.fromisoformat(row[12]),
            )
            for row in rows
        )


class _WriteTransaction:
    """``BEGIN IMMEDIATE`` on entry; ``COMMIT`` on success, ``ROLLBACK`` on any exception.

    SQLite's own failures (busy, read-only, disk full, a damaged file) leave as one-line
    :class:`LedgerError` naming the ledger; nothing of the transaction is kept.
    """

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self._path = path

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _ledger_error(self._path, exc) from None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as commit_error:
                self._rollback()
                raise _ledger_error(self._path, commit_error) from None
            return
        self._rollback()
        if isinstance(exc, sqlite3.Error):
            raise _ledger_error(self._path, exc) from None

    def _rollback(self) -> None:
        if self._db.in_transaction:  # SQLite may already have rolled back after some errors
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass


class _OriginalAfterCorrection(PlanengineError):
    """A figure without a report date arriving after a correction of it (see ``_add_revision``)."""


def _is_correction(latest: Sequence[Any]) -> bool:
    """Whether a stored revision (revision, magnitude, unit, note, reported_at) corrects an earlier one."""
    note = str(latest[3] or "").strip().lower()
    return int(latest[0]) > 1 or note.startswith("更正") or note.startswith("correction")


def _ledger_error(path: Path, exc: sqlite3.Error) -> LedgerError:
    """One line that names the ledger, says what happened and what to do; nothing was written."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return LedgerError(
            f"{path}: the ledger is busy: another process has been writing to it for more than "
            f"{BUSY_TIMEOUT_SECONDS:g} s (an import?); nothing was written; try again when it has finished"
        )
    if "readonly" in text or "read-only" in text:
        return LedgerError(f"{path}: the ledger cannot be written (read-only file or folder); nothing was written")
    if "disk is full" in text or "full" in text:
        return LedgerError(f"{path}: the disk is full; nothing of this import was written; free space and record again")
    if "not a database" in text:
        return LedgerError(
            f"{path}: the ledger cannot be opened: the file is not an SQLite database, or is damaged beyond "
            f"reading; give the path of a ledger, or restore it from a backup"
        )
    if "malformed" in text or "corrupt" in text:
        return LedgerError(
            f"{path}: the ledger file is damaged ({text}); restore it from a backup, or check it with "
            f"sqlite3 {path} 'PRAGMA integrity_check'"
        )
    return LedgerError(f"{path}: the ledger failed: {text}")


def _read_file(path: Path, metrics: Mapping[str, Metric] | None = None) -> tuple[ObservationFile, str]:
    """Read an observation file and the SHA-256 of the bytes that were read.

    The file is hashed before and after reading; if it changed in between (saved while
    importing), the hash would not describe the rows, so the import is refused.
    """
    before = _sha256(path)
    read = read_observations(path, metrics)  # raises ObservationFileError for an unusable file
    after = _sha256(path)
    if before is None or after is None or before != after:
        raise LedgerError(f"{path}: the file changed while it was being read; import it again")
    return read, after


def _sha256(path: Path) -> str | None:
    """The SHA-256 of the file's bytes, or None if it cannot be read (read_observations says why)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _conflicting_rows(observations: Sequence[Observation], source: str) -> list[RowProblem]:
    """Rows that give another amount for a key an earlier row of the same import already gave.

    One import cannot say two things about one figure; which one is meant is unknown, so
    such rows are refused rather than one silently becoming a "correction" of the other.
    """
    first: dict[tuple[str, dt.date, Measure], tuple[int, Observation]] = {}
    problems: list[RowProblem] = []
    for index, obs in enumerate(observations):
        key = (obs.metric, obs.date, obs.measure)
        if key not in first:
            first[key] = (index, obs)
            continue
        earlier_index, earlier = first[key]
        if not _same_amount(earlier.quantity, obs.quantity):
            problems.append(
                RowProblem(
                    source,
                    _where(obs, index, source),
                    f"{obs.metric} on {obs.date.isoformat()} ({obs.measure.value}) is {obs.quantity} here but "
                    f"{earlier.quantity} at {_where(earlier, earlier_index, source)}; give one figure per date",
                )
            )
    return problems


def _where(obs: Observation, index: int, source: str) -> str:
    """Where a row is: the 'line N' part of its source, or its index in the iterable."""
    prefix = f"{source}:"
    if obs.source.startswith(prefix):
        return obs.source[len(prefix) :]
    return obs.source or f"[{index}]"


def _same_amount(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities are exactly the same amount (13亿元 and 130000万元 are)."""
    return a.unit.dimension == b.unit.dimension and a.in_unit(b.unit) == b.magnitude


def _observation(row: Sequence[Any]) -> Observation:
    """An Observation from the first columns of a row in ``_COLUMNS`` order."""
    return Observation(
        metric=str(row[0]),
        date=dt.date.fromisoformat(row[1]),
        quantity=Quantity(Decimal(row[4]), unit(row[5])),
        measure=Measure(row[2]),
        reported_by=str(row[6]),
        note=str(row[7]),
        source=str(row[8]),
        reported_at=dt.date.fromisoformat(row[9]) if row[9] is not None else None,
        revision=int(row[3]),
    )


def _utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC; a naive datetime is taken to be UTC already."""
    return moment.replace(tzinfo=_UTC) if moment.tzinfo is None else moment.astimezone(_UTC)


def _start_of(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=zone)


def _known_bound(known_on: dt.date | dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The last instant ``known_on`` covers: a date's last microsecond in ``zone``, or the datetime itself."""
    if isinstance(known_on, dt.datetime):
        return _utc(known_on)
    return dt.datetime.combine(known_on, dt.time.max, tzinfo=zone)


def _timestamp(moment: dt.datetime) -> str:
    """A fixed-width UTC ISO timestamp, so text order in SQL is time order."""
    return moment.astimezone(_UTC).isoformat(timespec="microseconds")
