"""The observation ledger: every reported figure with its history, on SQLite or PostgreSQL.

See :class:`Ledger`; :mod:`planengine.ledger.backends` says how each database is used and
:mod:`planengine.ledger.schema` what is stored.
"""

from .backends import BUSY_TIMEOUT_SECONDS, LedgerError
from .core import (
    DEFAULT_ZONE,
    LEDGER_ENV,
    ImportReport,
    Ledger,
    LedgerImportError,
    PendingFigure,
    Review,
    Revision,
    default_ledger,
    default_ledger_path,
)
from .schema import SCHEMA_VERSION

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "DEFAULT_ZONE",
    "LEDGER_ENV",
    "ImportReport",
    "Ledger",
    "LedgerError",
    "LedgerImportError",
    "PendingFigure",
    "Review",
    "Revision",
    "SCHEMA_VERSION",
    "default_ledger",
    "default_ledger_path",
]
