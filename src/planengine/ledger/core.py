"""The observation ledger: every reported figure, with its history, in SQLite or PostgreSQL.

Evaluations are only as reproducible as the figures they read. The ledger keeps every
figure ever reported, with whose it is (the reporting entity), who reported it, when, and
from which file and line, so a report printed in May can be printed again in December from
the figures known in May.

- A correction is a new *revision* of its key (entity, metric, date, measure), never an
  overwrite: :meth:`Ledger.history` shows them all, and :meth:`Ledger.observations` with
  ``known_on`` gives the figures as they were known on a past day.
- Importing a file is atomic: a file with a bad row writes nothing and
  :class:`LedgerImportError` names every bad row. The same file (by SHA-256 of its bytes)
  imported twice adds nothing, and a figure re-reported unchanged adds no revision. Rows
  are written in batches inside the one transaction, so memory stays flat.
- Several processes may write at once: writers take turns (see
  :mod:`planengine.ledger.backends`), waiting up to 30 s for one another.

Timestamps are stored in UTC; days begin and end in the ledger's ``zone`` (China Standard
Time, UTC+8, by default). A revision is *known since* the start (00:00) of the day the file
says the unit reported it (``reported_at``), or else since the moment it was recorded; a
``known_on`` date covers that whole day. The ledger is optional: the engine takes
observations from any iterable, so a service with its own database can skip it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Sized
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

import attrs

from ..errors import PlanengineError
from ..model import Metric
from ..observation_files import RowProblem, stream_observations
from ..observations import Measure, Observation
from ..quantities import Quantity, QuantityError, unit
from .backends import LedgerError, SQLiteBackend, backend_for
from .schema import COLUMNS, MIGRATIONS, SCHEMA_VERSION, statements

__all__ = [
    "DEFAULT_ZONE",
    "LEDGER_ENV",
    "ImportReport",
    "Ledger",
    "LedgerImportError",
    "PendingFigure",
    "Review",
    "Revision",
    "default_ledger",
    "default_ledger_path",
]

#: The environment variable naming the ledger (a file path or a URL).
LEDGER_ENV = "PLANENGINE_LEDGER"

_UTC = dt.UTC
#: Where a day begins and ends for report dates and "known on" days: China Standard Time
#: (UTC+8, no daylight saving), the working day of the plans' units. Timestamps are stored in UTC.
DEFAULT_ZONE = dt.timezone(dt.timedelta(hours=8), "UTC+08:00")

#: The stored columns after the entity, of the table ``r`` (a ledger older than entities has none).
_AFTER_ENTITY = ", ".join(f"r.{column.strip()}" for column in COLUMNS.split(",")[1:])


_log = logging.getLogger(__name__)


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
    entity: str = ""  #: whose figure


class PendingFigure(NamedTuple):
    """A figure whose revision in force awaits review."""

    metric: str
    date: dt.date
    measure: Measure
    revision: int
    entity: str = ""


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


def default_ledger() -> str:
    """The ledger used unless told: ``$PLANENGINE_LEDGER`` (a path or a URL), else the file here."""
    return os.environ.get(LEDGER_ENV) or str(Path.cwd() / "planengine-ledger.sqlite3")


class Ledger:
    """An observation ledger, opened (and created if absent) on construction.

    ``location`` is a file path or ``sqlite:///path`` (SQLite, the embedded default), or a
    ``postgresql://`` URL (a server shared by many units; needs ``planengine[postgres]``).
    Use it as a context manager, or call :meth:`close`. One ``Ledger`` object belongs to one
    thread; open one per process or thread to write concurrently.
    """

    def __init__(self, location: str | Path, *, zone: dt.tzinfo | None = None, readonly: bool = False) -> None:
        self._backend = backend_for(location, readonly=readonly)
        #: The location as given (a URL may hold a password: messages use :attr:`name`).
        self.location = str(location)
        #: The SQLite file, or None for a server ledger.
        self.path: Path | None = self._backend.path if isinstance(self._backend, SQLiteBackend) else None
        #: How messages name the ledger: its path, or its URL without the password.
        self.name = self._backend.name
        #: The time zone in which a date (a report date, a known-on day) begins and ends.
        self.zone = zone if zone is not None else DEFAULT_ZONE
        #: A reader never takes the write lock: it reads a snapshot while an import goes on,
        #: and reads a ledger in a folder it may not write to.
        self.readonly = readonly
        try:
            self._open()
        except BaseException:
            self._backend.close()
            raise

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._backend.dialect()

    def _open(self) -> None:
        """Check the schema version; a writer also creates the schema in a new database or upgrades an old one."""
        backend = self._backend
        version = backend.version()
        self._check_version(version)
        if self.readonly:
            if version == 0:
                raise LedgerError(f"{self.name}: this is not a planengine ledger (or it is empty)")
            self._version = version
            return
        if version == SCHEMA_VERSION and (not isinstance(backend, SQLiteBackend) or backend.wal()):
            self._version = version
            return  # an existing ledger: opening it takes no lock
        backend.prepare()
        with backend.write():
            version = backend.version()  # again: another process may have created it
            self._check_version(version)
            if version == 0:
                if not backend.is_empty():
                    raise LedgerError(f"{self.name}: this database is not a planengine ledger")
                for statement in statements(backend.dialect()):
                    backend.execute(statement)
            else:
                for older in range(version, SCHEMA_VERSION):  # an older ledger, upgraded in place
                    for statement in MIGRATIONS[older]:
                        backend.execute(statement)
                    _log.info("upgraded %s from schema version %d to %d", self.name, older, older + 1)
            backend.set_version(SCHEMA_VERSION)
        self._version = SCHEMA_VERSION

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.name}: the ledger has schema version {version}, newer than this planengine "
                f"understands ({SCHEMA_VERSION}); upgrade planengine to use it"
            )

    def close(self) -> None:
        """Close the database connection."""
        self._backend.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def record_file(
        self,
        path: str | Path,
        *,
        recorded_by: str = "",
        now: dt.datetime | None = None,
        progress: Callable[[int, int], None] | None = None,
        metrics: Mapping[str, Metric] | None = None,
        accept: bool = False,
        entity: str = "",
    ) -> ImportReport:
        """Import a CSV, Excel (.xlsx) or JSON observation file, all rows or none.

        Given a plan's ``metrics`` (by id), figures may name a metric by its Chinese name, and
        a metric the plan does not have is a bad row. With ``accept`` the figures are accepted
        as they are recorded (the office's own figures), by ``recorded_by``. Rows that name
        no entity (the file has no entity column) are ``entity``'s figures.

        A file with any bad row raises :class:`LedgerImportError` naming each one, and writes
        nothing; a file that cannot be read at all raises
        :class:`~planengine.ObservationFileError`. A file whose content (SHA-256) was
        imported before adds nothing; the report says when it was first imported.
        ``progress(done, total)`` is called after every batch of rows, with ``total`` 0 while
        the file is read as it is recorded, and at the end with the number of rows read.
        """
        path = Path(path)
        with stream_observations(path, metrics) as stream:  # unusable as a whole: ObservationFileError here
            observations: Iterable[Observation] = (obs for batch in stream.batches(BATCH_ROWS) for obs in batch)
            if entity:
                observations = (obs if obs.entity else attrs.evolve(obs, entity=entity) for obs in observations)
            report = self._record(
                observations, str(path), stream.sha256, recorded_by, now, progress, accept, stream.problems
            )
            report = attrs.evolve(report, notes=tuple(stream.notes))
        _log.info("recorded %s into %s: %d added, %d unchanged", path, self.name, report.added, report.unchanged)
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
        adds no revisions, and counts them as unchanged. The iterable is read in batches, so
        a generator of any length is recorded in bounded memory.
        """
        return self._record(observations, source, None, recorded_by, now, progress)

    def _record(
        self,
        observations: Iterable[Observation],
        source: str,
        digest: str | None,
        recorded_by: str,
        now: dt.datetime | None,
        progress: Callable[[int, int], None] | None,
        accept: bool = False,
        read_problems: Sequence[RowProblem] = (),
    ) -> ImportReport:
        """Write one import in one transaction, batch by batch: a revision for each figure that changed.

        ``read_problems`` are the bad rows the reader finds as it goes (it is read with the
        batches); any of them, or of the ledger's own, and nothing of the import is kept.
        """
        recorded_at = _timestamp(_utc(now) if now is not None else dt.datetime.now(_UTC))
        total = len(observations) if isinstance(observations, Sized) else 0
        backend = self._backend
        with backend.write():
            if digest is not None:
                earlier = backend.execute("SELECT id, recorded_at FROM imports WHERE sha256 = ?", (digest,))
                if earlier:
                    if progress is not None:
                        progress(total, total)
                    return ImportReport(
                        source, digest, 0, 0, dt.datetime.fromisoformat(earlier[0][1]), int(earlier[0][0])
                    )
            import_id = int(
                backend.execute(
                    "INSERT INTO imports (source, sha256, recorded_at, recorded_by, added, unchanged) "
                    "VALUES (?, ?, ?, ?, 0, 0) RETURNING id",
                    (source, digest, recorded_at, recorded_by),
                )[0][0]
            )
            batch = _Batch(self, source, import_id, recorded_at, recorded_by, accept)
            done = 0
            for chunk in _chunks(observations, BATCH_ROWS):
                batch.write(chunk, done)
                done += len(chunk)
                if progress is not None and done != total:
                    progress(done, total)
            if read_problems or batch.problems:  # raised inside the transaction: nothing of this import is kept
                raise LedgerImportError(source, [*read_problems, *batch.problems])
            backend.execute(
                "UPDATE imports SET added = ?, unchanged = ? WHERE id = ?", (batch.added, batch.unchanged, import_id)
            )
        if progress is not None:
            progress(done, done)
        return ImportReport(source, digest, batch.added, batch.unchanged, None, import_id)

    # -- reading ----------------------------------------------------------------------------

    def observations(
        self,
        known_on: dt.date | dt.datetime | None = None,
        metrics: Collection[str] | None = None,
        *,
        entity: str | None = None,
        accepted_only: bool = False,
    ) -> tuple[Observation, ...]:
        """For each (entity, metric, date, measure), the latest revision known at ``known_on`` that counts.

        "Latest" is by when a revision became known (its report date), then by the order
        it was recorded, so a correction stays in force even if the file with the original
        figure is recorded after it. A revision the office returned (退回) does not count:
        the one before it does. With ``accepted_only``, only revisions the office had
        accepted by ``known_on`` count (a plan whose figures need review reports these).

        A ``date`` means the end of that day (in the ledger's zone), inclusive; a naive
        ``datetime`` is UTC; ``None`` means everything recorded. ``metrics`` and ``entity``
        limit the answer to those metrics and that entity's figures, read by index: a plan's
        read costs what its own figures cost, however large the ledger. The result is
        ordered by entity, metric, date and measure, and can go straight to
        :func:`planengine.evaluate`.
        """
        sql, params = self._observations_query(known_on, metrics, entity, accepted_only)
        return tuple(self._row(row) for row in self._backend.read(sql, params))

    def _observations_query(
        self,
        known_on: dt.date | dt.datetime | None,
        metrics: Collection[str] | None,
        entity: str | None,
        accepted_only: bool,
    ) -> tuple[str, list[Any]]:
        conditions: list[str] = []
        params: list[Any] = []
        bound = None if known_on is None else _timestamp(_known_bound(known_on, self.zone))
        if entity is not None:
            conditions.append("r.entity = ?")
            params.append(entity)
        if metrics is not None:
            wanted = sorted(set(metrics))
            if not wanted:
                wanted = [""]  # no metric: nothing matches (an empty IN () is not SQL)
            conditions.append(f"r.metric IN ({', '.join('?' * len(wanted))})")
            params.extend(wanted)
        if bound is not None:
            conditions.append("r.known_since <= ?")
            params.append(bound)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        review = "NULL"
        review_params: list[Any] = []
        if self._version >= 2:
            on_entity = "v.entity = r.entity AND " if self._version >= 3 else ""
            review = (
                f"(SELECT v.state FROM reviews v WHERE {on_entity}v.metric = r.metric AND v.date = r.date AND "
                "v.measure = r.measure AND v.revision = r.revision"
                + (" AND v.reviewed_at <= ?" if bound is not None else "")
                + " ORDER BY v.id DESC LIMIT 1)"
            )
            review_params = [bound] if bound is not None else []
        counts = "coalesce(review, 'submitted') = 'accepted'" if accepted_only else "coalesce(review, '') != 'returned'"
        entity_column = "r.entity" if self._version >= 3 else "'' AS entity"
        sql = f"""SELECT {COLUMNS} FROM (
                    SELECT c.*, row_number() OVER (
                        PARTITION BY entity, metric, date, measure ORDER BY known_since DESC, revision DESC
                    ) AS newest
                    FROM (SELECT {entity_column}, {_AFTER_ENTITY}, {review} AS review FROM revisions r {where}) c
                    WHERE {counts}
                ) n WHERE newest = 1 ORDER BY entity, metric, date, measure"""
        return sql, [*review_params, *params]

    def explain_observations(
        self, metrics: Collection[str] | None = None, *, entity: str | None = None, known_on: dt.date | None = None
    ) -> list[str]:
        """The database's plan for :meth:`observations` with these arguments (to check its index use)."""
        sql, params = self._observations_query(known_on, metrics, entity, False)
        return self._backend.explain(sql, params)

    def entities(self) -> tuple[str, ...]:
        """The entities that have figures in the ledger, sorted (``""``: figures of a plan of one)."""
        if self._version < 3:
            return ("",) if self._backend.read("SELECT 1 FROM revisions LIMIT 1") else ()
        return tuple(str(row[0]) for row in self._backend.read("SELECT DISTINCT entity FROM revisions ORDER BY 1"))

    def review(
        self,
        metric: str,
        date: dt.date,
        *,
        accept: bool,
        reason: str = "",
        measure: Measure = Measure.VALUE,
        entity: str = "",
        reviewed_by: str = "",
        now: dt.datetime | None = None,
    ) -> Review:
        """Accept the revision in force of a figure, or return it (退回) with a ``reason``.

        Each step is kept with who and when, never changed: the trail is :meth:`reviews`. A
        returned figure no longer counts (the revision before it does) until the unit sends
        a new one, which is submitted again.
        """
        if not accept and not reason.strip():
            raise LedgerError(f"{self.name}: a figure is returned with a reason (退回原因); give one")
        at = _timestamp(_utc(now) if now is not None else dt.datetime.now(_UTC))
        key = (entity, metric, date.isoformat(), measure.value)
        backend = self._backend
        with backend.write():
            found = backend.execute(  # the revision in force, as observations() picks it
                "SELECT revision FROM revisions WHERE entity = ? AND metric = ? AND date = ? AND measure = ? "
                "ORDER BY known_since DESC, revision DESC LIMIT 1",
                key,
            )
            if not found:
                whose = f" of {entity}" if entity else ""
                raise LedgerError(
                    f"{self.name}: there is no figure of {metric}{whose} for {date.isoformat()} to review"
                )
            latest = int(found[0][0])
            state = "accepted" if accept else "returned"
            backend.execute(
                "INSERT INTO reviews (entity, metric, date, measure, revision, state, reason, reviewed_by, "
                "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, latest, state, reason.strip(), reviewed_by, at),
            )
        return Review(
            metric, date, measure, latest, state, reason.strip(), reviewed_by, dt.datetime.fromisoformat(at), entity
        )

    def pending(self, *, entity: str | None = None) -> tuple[PendingFigure, ...]:
        """The figures whose revision in force awaits review (of one ``entity`` if given)."""
        if self._version < 2:
            return ()
        entity_column = "entity" if self._version >= 3 else "'' AS entity"
        on_entity = "v.entity = l.entity AND " if self._version >= 3 else ""
        where = "WHERE entity = ?" if entity is not None and self._version >= 3 else ""
        rows = self._backend.read(
            f"""SELECT l.entity, l.metric, l.date, l.measure, l.revision FROM (
                   SELECT {entity_column}, metric, date, measure, revision, row_number() OVER (
                       PARTITION BY entity, metric, date, measure ORDER BY known_since DESC, revision DESC
                   ) AS newest FROM revisions {where}
               ) l
               WHERE l.newest = 1 AND NOT EXISTS (SELECT 1 FROM reviews v WHERE {on_entity}v.metric = l.metric
                     AND v.date = l.date AND v.measure = l.measure AND v.revision = l.revision)
               ORDER BY l.entity, l.metric, l.date, l.measure""",
            [entity] if where else [],
        )
        return tuple(
            PendingFigure(str(m), dt.date.fromisoformat(d), Measure(ms), int(rev), str(e))
            for e, m, d, ms, rev in rows
            if entity is None or e == entity
        )

    def reviews(self, metric: str, date: dt.date | None = None, *, entity: str | None = None) -> tuple[Review, ...]:
        """The review trail of a metric's figures (of one ``date``, one ``entity`` if given), oldest first."""
        if self._version < 2:
            return ()
        entity_column = "entity" if self._version >= 3 else "''"
        sql, params = self._narrowed(
            f"SELECT metric, date, measure, revision, state, reason, reviewed_by, reviewed_at, {entity_column} "
            "FROM reviews WHERE metric = ?",
            "",
            metric,
            date,
            entity,
        )
        rows = self._backend.read(sql + " ORDER BY id", params)
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
                str(e),
            )
            for m, d, ms, rev, st, why, by, at, e in rows
        )

    def _narrowed(
        self, sql: str, table: str, metric: str, date: dt.date | None, entity: str | None
    ) -> tuple[str, list[str]]:
        """``sql`` (ending in a condition on the metric) narrowed to one date and one entity, if given."""
        params = [metric]
        if date is not None:
            sql += f" AND {table}date = ?"
            params.append(date.isoformat())
        if entity is not None and self._version >= 3:  # a ledger older than entities holds only ""'s
            sql += f" AND {table}entity = ?"
            params.append(entity)
        return sql, params

    def _row(self, row: Sequence[Any]) -> Observation:
        """An observation from a stored row; a row edited by hand into nonsense is a LedgerError naming it."""
        try:
            return _observation(row)
        except (ValueError, TypeError, ArithmeticError, QuantityError) as exc:
            whose = f"{row[0]}, " if row[0] else ""
            raise LedgerError(
                f"{self.name}: a stored figure cannot be read ({whose}{row[1]}, {row[2]}, revision {row[4]}: {exc}); "
                f"it was changed outside planengine: correct or remove that row"
            ) from None

    def history(self, metric: str, date: dt.date | None = None, *, entity: str | None = None) -> tuple[Revision, ...]:
        """Every revision of ``metric`` (of one ``date``, one ``entity`` if given), by entity, date, measure, revision."""
        entity_column = "r.entity" if self._version >= 3 else "''"
        sql, params = self._narrowed(
            f"SELECT {entity_column}, {_AFTER_ENTITY}, i.source FROM revisions r JOIN imports i ON i.id = r.import_id WHERE r.metric = ?",
            "r.",
            metric,
            date,
            entity,
        )
        rows = self._backend.read(sql + " ORDER BY 1, r.date, r.measure, r.revision", params)
        return tuple(
            Revision(
                observation=self._row(row),
                revision=int(row[4]),
                recorded_at=dt.datetime.fromisoformat(row[11]),
                recorded_by=str(row[12]),
                import_source=str(row[14]),
                known_since=dt.datetime.fromisoformat(row[13]),
            )
            for row in rows
        )


#: Figures written per batch: bounded memory for an import of any size, few round trips.
BATCH_ROWS = 2000

_Key = tuple[str, str, str, str]  # entity, metric, ISO date, measure


@attrs.frozen
class _Latest:
    """The newest stored revision of a key, as far as an import needs it."""

    revision: int
    magnitude: str
    unit: str
    note: str
    reported_at: str | None
    import_id: int
    source: str


class _Batch:
    """The state of one import while its batches are written: counts, problems, and its own rows."""

    def __init__(
        self, ledger: Ledger, source: str, import_id: int, recorded_at: str, recorded_by: str, accept: bool
    ) -> None:
        self.ledger = ledger
        self.source = source
        self.import_id = import_id
        self.recorded_at = recorded_at
        self.recorded_by = recorded_by
        self.accept = accept
        self.added = self.unchanged = 0
        self.problems: list[RowProblem] = []

    def write(self, observations: Sequence[Observation], offset: int) -> None:
        """Look up the newest revision of every key of the batch at once, then insert the changes at once."""
        backend = self.ledger._backend
        keys = [_key(obs) for obs in observations]
        latest = self._latest(set(keys))
        inserts: list[tuple[Any, ...]] = []
        inserted: dict[_Key, tuple[Any, ...]] = {}  # this batch's own rows, newer than what was looked up
        accepted: list[tuple[Any, ...]] = []
        for index, (obs, key) in enumerate(zip(observations, keys), start=offset):
            own = inserted.get(key)
            before = (
                latest.get(key)
                if own is None
                else _Latest(own[4], own[5], own[6], own[8], own[10], self.import_id, own[9])
            )
            row = self._revision_row(obs, key, before, index)
            if row is None:
                continue
            inserts.append(row)
            inserted[key] = row
            if self.accept:
                accepted.append((*key, row[4], "accepted", "", self.recorded_by, row[13]))
        backend.execute_many(
            f"INSERT INTO revisions ({COLUMNS}, import_id) VALUES ({', '.join('?' * 15)})",
            inserts,
        )
        if accepted:  # the office's own figures, accepted from when they are known
            backend.execute_many(
                "INSERT INTO reviews (entity, metric, date, measure, revision, state, reason, reviewed_by, "
                "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accepted,
            )

    def _latest(self, keys: Collection[_Key]) -> dict[_Key, _Latest]:
        """The newest revision of each key, in one query per few hundred keys."""
        found: dict[_Key, _Latest] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), _KEYS_PER_QUERY):
            part = ordered[start : start + _KEYS_PER_QUERY]
            relation, params = self.ledger._backend.keys_relation(part)
            rows = self.ledger._backend.execute(
                f"""WITH {relation}
                    SELECT r.entity, r.metric, r.date, r.measure, r.revision, r.magnitude, r.unit, r.note,
                           r.reported_at, r.import_id, r.source
                    FROM revisions r JOIN wanted w ON r.entity = w.entity AND r.metric = w.metric
                         AND r.date = w.date AND r.measure = w.measure""",
                params,
            )
            for e, m, d, ms, revision, magnitude, unit_symbol, note, reported_at, import_id, source in rows:
                key = (str(e), str(m), str(d), str(ms))
                if key not in found or int(revision) > found[key].revision:
                    found[key] = _Latest(
                        int(revision), str(magnitude), str(unit_symbol), str(note), reported_at, int(import_id), source
                    )
        return found

    def _revision_row(self, obs: Observation, key: _Key, latest: _Latest | None, index: int) -> tuple[Any, ...] | None:
        """The row to insert for ``obs``, or None when its amount is unchanged or it is a bad row."""
        if latest is not None and _same_amount(Quantity(Decimal(latest.magnitude), unit(latest.unit)), obs.quantity):
            self.unchanged += 1
            return None
        if latest is not None and latest.import_id == self.import_id:
            # one import cannot say two things about one figure: which one is meant is unknown
            self.problems.append(
                RowProblem(
                    self.source,
                    _where(obs, index, self.source),
                    f"{_described(obs)} is {obs.quantity} here but {latest.magnitude}{latest.unit} at "
                    f"{_where_stored(latest.source, self.source)}; give one figure per date",
                )
            )
            return None
        if latest is not None and obs.reported_at is None and latest.reported_at is not None and _is_correction(latest):
            # the documented rule: a correction stays in force even if the original is recorded after it.
            # Without its report date this figure would count as known now, and silently replace it.
            self.problems.append(
                RowProblem(
                    self.source,
                    obs.source.rpartition(":")[2] or obs.source,
                    f"{_described(obs, measure=False)} was already corrected to {latest.magnitude}{latest.unit} "
                    f"(reported {latest.reported_at}); this figure of {obs.quantity} has no reported_at, so it "
                    f"would replace the correction: add the date it was reported, or leave it out",
                )
            )
            return None
        self.added += 1
        revision = 1 if latest is None else latest.revision + 1
        known_since = (
            _timestamp(_start_of(obs.reported_at, self.ledger.zone))
            if obs.reported_at is not None
            else self.recorded_at
        )
        return (
            *key,
            revision,
            str(obs.quantity.magnitude),
            obs.quantity.unit.symbol,
            obs.reported_by,
            obs.note,
            obs.source,
            obs.reported_at.isoformat() if obs.reported_at is not None else None,
            self.recorded_at,
            self.recorded_by,
            known_since,
            self.import_id,
        )


#: Keys looked up per query (four parameters each; well within both databases' limits).
_KEYS_PER_QUERY = 2000


def _key(obs: Observation) -> _Key:
    return (obs.entity, obs.metric, obs.date.isoformat(), obs.measure.value)


def _described(obs: Observation, *, measure: bool = True) -> str:
    """A figure's key in words: '<entity> <metric> on <date> (<measure>)'."""
    whose = f"{obs.entity} " if obs.entity else ""
    if not measure:
        return f"{whose}{obs.metric} {obs.date.isoformat()}"
    return f"{whose}{obs.metric} on {obs.date.isoformat()} ({obs.measure.value})"


def _chunks(observations: Iterable[Observation], size: int) -> Iterator[list[Observation]]:
    iterator = iter(observations)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class _OriginalAfterCorrection(PlanengineError):
    """A figure without a report date arriving after a correction of it (see ``_add_revision``)."""


def _is_correction(latest: _Latest) -> bool:
    """Whether a stored revision corrects an earlier one (a second revision, or a note saying 更正)."""
    note = latest.note.strip().lower()
    return latest.revision > 1 or note.startswith("更正") or note.startswith("correction")


def _where(obs: Observation, index: int, source: str) -> str:
    """Where a row is: the 'line N' part of its source, or its index in the iterable."""
    prefix = f"{source}:"
    if obs.source.startswith(prefix):
        return obs.source[len(prefix) :]
    return obs.source or f"[{index}]"


def _where_stored(stored_source: str, source: str) -> str:
    """Where an earlier row of this import is, from its stored source ('file:line N')."""
    prefix = f"{source}:"
    return stored_source[len(prefix) :] if stored_source.startswith(prefix) else stored_source or "an earlier row"


def _same_amount(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities are exactly the same amount (13亿元 and 130000万元 are)."""
    return a.unit.dimension == b.unit.dimension and a.in_unit(b.unit) == b.magnitude


def _observation(row: Sequence[Any]) -> Observation:
    """An Observation from the first columns of a row in ``COLUMNS`` order."""
    return Observation(
        entity=str(row[0]),
        metric=str(row[1]),
        date=dt.date.fromisoformat(row[2]),
        quantity=Quantity(Decimal(row[5]), unit(row[6])),
        measure=Measure(row[3]),
        reported_by=str(row[7]),
        note=str(row[8]),
        source=str(row[9]),
        reported_at=dt.date.fromisoformat(row[10]) if row[10] is not None else None,
        revision=int(row[4]),
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
