"""Why a status was given, and the two signals an evaluator raises for figures it cannot use.

A leaf module: it imports nothing of planengine but the root error, so the figure index,
the evaluators and the engine can all use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import PlanengineError

__all__ = ["Explanation", "NoData", "NotEvaluable"]


class Explanation:
    """Why a status was given, in Chinese and English, quoting the numbers.

    Build it from two sentences, or with :meth:`deferred` from a function that writes them:
    that function runs on first access, so judging a plan at many dates formats no sentence
    that nobody reads. Either way it behaves as an immutable value.

    It pickles (and copies) as its two sentences: a deferred explanation stays lazy in its
    own process, and is written when it is pickled, since the function that writes it (a
    closure over the evaluator's figures) cannot cross to another process. A result sent
    back from a worker process therefore arrives with its explanations written, and equal
    to the same result judged in this process.
    """

    __slots__ = ("_en", "_render", "_zh")

    def __init__(self, zh: str, en: str) -> None:
        self._zh, self._en = zh, en
        self._render: Callable[[], tuple[str, str]] | None = None

    @classmethod
    def deferred(cls, render: Callable[[], tuple[str, str]]) -> Explanation:
        """An explanation whose ``(zh, en)`` sentences ``render`` writes when first needed."""
        if cls is Explanation:  # as cls("", ""), without calling __init__: one is made per target judged
            explanation = cls.__new__(cls)
            explanation._zh = explanation._en = ""
        else:
            explanation = cls("", "")
        explanation._render = render
        return explanation

    def _realise(self) -> None:
        render = self._render  # read once: another thread may write the sentences meanwhile
        if render is not None:
            self._zh, self._en = render()
            self._render = None

    @property
    def zh(self) -> str:
        self._realise()
        return self._zh

    @property
    def en(self) -> str:
        self._realise()
        return self._en

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Explanation):
            return NotImplemented
        return (self.zh, self.en) == (other.zh, other.en)

    def __hash__(self) -> int:
        return hash((self.zh, self.en))

    def __repr__(self) -> str:
        return f"Explanation(zh={self.zh!r}, en={self.en!r})"

    def __reduce__(self) -> tuple[type[Explanation], tuple[str, str]]:
        """Pickle as the written sentences (writing a deferred one now): a closure cannot be pickled."""
        return (Explanation, (self.zh, self.en))


class NoData(PlanengineError):
    """A figure needed by the rule has not been reported; becomes the status ``no_data``."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.explanation = Explanation(zh, en)


class NotEvaluable(PlanengineError):
    """Figures exist but the rule cannot judge them; becomes the status ``not_evaluable``."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.explanation = Explanation(zh, en)
