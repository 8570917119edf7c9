"""Where a ledger's rows live: an SQLite file (the embedded default) or a PostgreSQL server.

The ledger speaks one dialect of SQL, with ``?`` placeholders; a backend connects, runs it
(PostgreSQL's ``%s`` placeholders are substituted), serialises writers, keeps the schema
version and turns the database's own failures into one-line :class:`LedgerError` messages.
Both backends store the same columns as text, so a figure reads back exactly and
timestamps compare in time order on both.

- SQLite: WAL mode; a write transaction is ``BEGIN IMMEDIATE`` and waits up to 30 s for
  another writer; readers open the file read-only and never wait.
- PostgreSQL (psycopg 3, the ``postgres`` extra, imported only when a ``postgresql://``
  ledger is opened): a write transaction takes one transaction-level advisory lock, so
  writers to one ledger take turns exactly as on SQLite; readers see a snapshot (MVCC).
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import PlanengineError

__all__ = ["Backend", "LedgerError", "PostgresBackend", "SQLiteBackend", "backend_for", "sqlite_path"]

#: How long a writer waits for another process's write transaction before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
#: The advisory lock key PostgreSQL writers of a ledger take (any fixed number; 'plan' in ASCII).
_PG_WRITE_LOCK = 0x706C616E


class LedgerError(PlanengineError):
    """The ledger cannot be opened or written; the message says which ledger and why."""


class Backend:
    """A connection to one ledger's database, speaking the ledger's SQL."""

    #: What messages call the ledger: a file path, or a URL without its password.
    name: str
    #: Whether this connection only reads.
    readonly: bool

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows of a query; a failure is a :class:`LedgerError`."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one statement inside :meth:`write` (rows of a ``RETURNING`` clause, if any)."""
        raise NotImplementedError

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters, inside :meth:`write`."""
        raise NotImplementedError

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction: writers take turns; on any exception nothing of it is kept."""
        raise NotImplementedError
        yield  # pragma: no cover

    def version(self) -> int:
        """The schema version stored in the database (0 for an empty one)."""
        raise NotImplementedError

    def set_version(self, version: int) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        """Whether the database has no tables at all (a new ledger may be created in it)."""
        raise NotImplementedError

    def prepare(self) -> None:
        """What a writer does once on opening (SQLite: switch to WAL)."""

    def keys_relation(self, keys: Sequence[tuple[str, str, str, str]]) -> tuple[str, list[Any]]:
        """A relation ``wanted (entity, metric, date, measure)`` of ``keys``, for a look-up join."""
        values = ", ".join("(?, ?, ?, ?)" for _ in keys)
        return f"wanted (entity, metric, date, measure) AS (VALUES {values})", [v for key in keys for v in key]

    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``: which schema statements apply."""
        raise NotImplementedError

    def explain(self, sql: str, params: Sequence[Any]) -> list[str]:
        """The database's plan for ``sql``, one line per step (for tests of index use)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def error(self, exc: BaseException) -> LedgerError:
        """The database's failure as one line naming the ledger; nothing was written."""
        raise NotImplementedError


def backend_for(location: str | Path, *, readonly: bool) -> Backend:
    """The backend a ledger location names: a path or ``sqlite:///path``, or ``postgresql://…``."""
    path = sqlite_path(location)
    if path is not None:
        return SQLiteBackend(path, readonly=readonly)
    return PostgresBackend(str(location), readonly=readonly)


def sqlite_path(location: str | Path) -> Path | None:
    """The file of an SQLite ledger location (a path or ``sqlite:///path``); None for a PostgreSQL URL.

    Any other scheme is a :class:`LedgerError`.
    """
    text = str(location)
    scheme = text.partition("://")[0].lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres"):
        return None
    if scheme == "sqlite":
        parsed = urllib.parse.urlsplit(text)
        path = urllib.parse.unquote(parsed.path)
        if parsed.netloc not in ("", "localhost") or not path:
            raise LedgerError(f"{text}: an SQLite ledger URL is sqlite:///relative/path or sqlite:////absolute/path")
        return Path(path[1:]) if path.startswith("/") else Path(path)
    if scheme:
        raise LedgerError(f"{text}: a ledger is a file path, sqlite:///path or postgresql://…; not {scheme}://")
    return Path(location)


# -- SQLite -----------------------------------------------------------------------------------


class SQLiteBackend(Backend):
    """A ledger in one SQLite file."""

    def __init__(self, path: Path, *, readonly: bool) -> None:
        import sqlite3

        self._sqlite = sqlite3
        self.path = path
        self.name = str(path)
        self.readonly = readonly
        self._db = self._connect()

    def _connect(self) -> Any:
        sqlite3 = self._sqlite
        # isolation_level=None: the ledger issues BEGIN/COMMIT itself, so each write is
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

    def dialect(self) -> str:
        return "sqlite"

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()  # type: ignore[no-any-return]
        except self._sqlite.Error as exc:
            raise self.error(exc) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._db.execute(sql, params).fetchall()  # type: ignore[no-any-return]

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    @contextmanager
    def write(self) -> Iterator[None]:
        if self.readonly:
            raise LedgerError(f"{self.name}: this ledger was opened to read; open it without readonly to record")
        try:
            self._db.execute("BEGIN IMMEDIATE")  # the write lock first, so writers queue
        except self._sqlite.Error as exc:
            raise self.error(exc) from None
        try:
            yield
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, self._sqlite.Error):
                raise self.error(exc) from None
            raise
        try:
            self._db.execute("COMMIT")
        except self._sqlite.Error as exc:
            self._rollback()
            raise self.error(exc) from None

    def _rollback(self) -> None:
        if self._db.in_transaction:  # SQLite may already have rolled back after some errors
            try:
                self._db.execute("ROLLBACK")
            except self._sqlite.Error:
                pass

    def version(self) -> int:
        return int(self.read("PRAGMA user_version")[0][0])

    def set_version(self, version: int) -> None:
        self._db.execute(f"PRAGMA user_version = {int(version)}")

    def is_empty(self) -> bool:
        return not self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]

    def wal(self) -> bool:
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"

    def prepare(self) -> None:
        """Switch the file to WAL once, retrying while a lock SQLite's own wait does not cover is held."""
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                if not self.wal():
                    self._db.execute("PRAGMA journal_mode = WAL")
                return
            except self._sqlite.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise self.error(exc) from None
                time.sleep(0.05)

    def close(self) -> None:
        self._db.close()

    def explain(self, sql: str, params: Sequence[Any]) -> list[str]:
        """SQLite's query plan for ``sql``, one line per step (for tests of index use)."""
        return [str(row[-1]) for row in self.read(f"EXPLAIN QUERY PLAN {sql}", params)]

    def error(self, exc: BaseException) -> LedgerError:
        path = self.path
        text = str(exc)
        if "locked" in text or "busy" in text:
            return LedgerError(
                f"{path}: the ledger is busy: another process has been writing to it for more than "
                f"{BUSY_TIMEOUT_SECONDS:g} s (an import?); nothing was written; try again when it has finished"
            )
        if "readonly" in text or "read-only" in text:
            return LedgerError(f"{path}: the ledger cannot be written (read-only file or folder); nothing was written")
        if "disk is full" in text or "full" in text:
            return LedgerError(
                f"{path}: the disk is full; nothing of this import was written; free space and record again"
            )
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


# -- PostgreSQL -------------------------------------------------------------------------------


def _without_password(url: str) -> str:
    """The URL to show in messages: the password replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


class PostgresBackend(Backend):
    """A ledger in a PostgreSQL database (the tables in the connection's search path)."""

    def __init__(self, url: str, *, readonly: bool) -> None:
        self.name = _without_password(url)
        self.readonly = readonly
        try:
            import psycopg
        except ImportError:
            raise LedgerError(
                f"{self.name}: a PostgreSQL ledger needs the psycopg driver: pip install 'planengine[postgres]'"
            ) from None
        self._psycopg = psycopg
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=int(BUSY_TIMEOUT_SECONDS))
        except psycopg.Error as exc:
            raise LedgerError(f"{self.name}: the ledger cannot be opened: {_first_line(exc)}") from None
        if readonly:
            self._db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        self._db.execute(f"SET lock_timeout = '{int(BUSY_TIMEOUT_SECONDS * 1000)}ms'")

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def keys_relation(self, keys: Sequence[tuple[str, str, str, str]]) -> tuple[str, list[Any]]:
        """Four arrays unnested: a query of four parameters, however many keys (psycopg parses each one)."""
        columns = [list(column) for column in zip(*keys)] if keys else [[], [], [], []]
        relation = "wanted (entity, metric, date, measure) AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]))"
        return relation, columns

    def dialect(self) -> str:
        return "postgresql"

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            with self._db.cursor() as cursor:
                cursor.execute(self._sql(sql), params)
                return cursor.fetchall()
        except self._psycopg.Error as exc:
            raise self.error(exc) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._db.cursor() as cursor:
            cursor.execute(self._sql(sql), params)
            return cursor.fetchall() if cursor.description is not None else []

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._db.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)

    @contextmanager
    def write(self) -> Iterator[None]:
        if self.readonly:
            raise LedgerError(f"{self.name}: this ledger was opened to read; open it without readonly to record")
        psycopg = self._psycopg
        try:
            self._db.execute("BEGIN")
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_WRITE_LOCK,))  # writers take turns
        except psycopg.Error as exc:
            self._rollback()
            raise self.error(exc) from None
        try:
            yield
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, psycopg.Error):
                raise self.error(exc) from None
            raise
        try:
            self._db.execute("COMMIT")
        except psycopg.Error as exc:
            self._rollback()
            raise self.error(exc) from None

    def _rollback(self) -> None:
        try:
            self._db.execute("ROLLBACK")
        except self._psycopg.Error:
            pass

    def _has_table(self, table: str) -> bool:
        """Whether the ledger's schema holds ``table``, as of this statement.

        Read from the catalog's rows (pg_tables) rather than with ``to_regclass``, whose cached
        view of the catalog may not yet show a table another session has just created: a second
        writer opening a new ledger while the first created it then took it for a foreign database.
        """
        rows = self.read(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?",
            (table,),
        )
        return bool(rows[0][0])

    def version(self) -> int:
        if not self._has_table("planengine_schema"):
            return 0
        rows = self.read("SELECT version FROM planengine_schema")
        return int(rows[0][0]) if rows else 0

    def set_version(self, version: int) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS planengine_schema (version INTEGER NOT NULL)")
        self.execute("DELETE FROM planengine_schema")
        self.execute("INSERT INTO planengine_schema (version) VALUES (?)", (int(version),))

    def is_empty(self) -> bool:
        return not any(self._has_table(table) for table in ("revisions", "imports", "reviews"))

    def close(self) -> None:
        self._db.close()

    def explain(self, sql: str, params: Sequence[Any]) -> list[str]:
        """PostgreSQL's query plan for ``sql``, one line per step."""
        return [str(row[0]) for row in self.read(f"EXPLAIN {sql}", params)]

    def error(self, exc: BaseException) -> LedgerError:
        errors = self._psycopg.errors
        text = _first_line(exc)
        if isinstance(exc, errors.LockNotAvailable):
            return LedgerError(
                f"{self.name}: the ledger is busy: another writer has held it for more than "
                f"{BUSY_TIMEOUT_SECONDS:g} s (an import?); nothing was written; try again when it has finished"
            )
        if isinstance(exc, errors.ReadOnlySqlTransaction):
            return LedgerError(f"{self.name}: the ledger cannot be written (opened to read); nothing was written")
        if isinstance(exc, errors.DiskFull):
            return LedgerError(f"{self.name}: the server's disk is full; nothing of this import was written")
        if isinstance(exc, self._psycopg.OperationalError):
            return LedgerError(f"{self.name}: the ledger's server cannot be reached: {text}; nothing was written")
        return LedgerError(f"{self.name}: the ledger failed: {text}")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
