"""The root of every error planengine raises on purpose.

Catch :class:`PlanengineError` to handle anything the library refuses (a bad spec, an
unreadable figures file, a plugin that cannot be loaded, a ledger problem) in one place;
each subclass also keeps the built-in base it had (``ValueError`` for bad values), so
existing ``except ValueError`` handlers keep working.
"""

from __future__ import annotations

__all__ = ["PlanengineError"]


class PlanengineError(Exception):
    """Base class of every error planengine raises deliberately."""
