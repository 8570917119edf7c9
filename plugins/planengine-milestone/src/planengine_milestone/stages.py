"""The stage vocabulary of a milestone: 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成.

A unit reports a milestone's progress as a figure of the target's stage metric, in the unit
阶段: the stage's number. In a spec a stage is written by its name (``"done"``), its number
(``3``) or its Chinese name (``"已完成"``); all three mean the same :class:`Stage`.
"""

from __future__ import annotations

import enum
from decimal import Decimal

__all__ = ["Stage", "TOP_LEVEL", "stage_of_figure"]

#: The highest stage number (已完成, done).
TOP_LEVEL = 3


class Stage(enum.Enum):
    """A milestone's stage. The value is the name written in specs; :attr:`level` is its number."""

    NOT_STARTED = "not_started"  #: 0 未启动
    IN_PROGRESS = "in_progress"  #: 1 推进中
    SUBSTANTIAL_PROGRESS = "substantial_progress"  #: 2 取得实质性进展
    DONE = "done"  #: 3 已完成

    @property
    def level(self) -> int:
        """The stage's number, as reported in 阶段: 0 to 3."""
        return _LEVEL[self]

    @property
    def zh(self) -> str:
        return _ZH[self]

    @property
    def en(self) -> str:
        return _EN[self]

    @property
    def label_zh(self) -> str:
        """The number and the Chinese name: ``3“已完成”``."""
        return f"{self.level}“{self.zh}”"

    @property
    def label_en(self) -> str:
        """The number and the English name: ``stage 3 (done)``."""
        return f"stage {self.level} ({self.en})"

    @classmethod
    def of_level(cls, level: int) -> Stage:
        """The stage numbered ``level`` (0-3); ``ValueError`` otherwise."""
        try:
            return _BY_LEVEL[level]
        except KeyError:
            raise ValueError(f"{level!r} is not a stage number; stages are numbered 0 to {TOP_LEVEL}") from None

    @classmethod
    def _missing_(cls, value: object) -> Stage | None:
        """Accept a stage's number (3, ``Decimal("3")``, ``"3"``) or its Chinese name as well as its name."""
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, Decimal)):
            return _from_number(Decimal(value))
        if isinstance(value, str):
            text = value.strip()
            if text in _BY_ZH:
                return _BY_ZH[text]
            normalised = text.lower().replace("-", "_").replace(" ", "_")
            for member in cls:
                if member.value == normalised:
                    return member
            try:
                return _from_number(Decimal(text))
            except ArithmeticError:
                return None
        return None


def _from_number(number: Decimal) -> Stage | None:
    if not number.is_finite() or number != number.to_integral_value():
        return None
    return _BY_LEVEL.get(int(number))


def stage_of_figure(value: Decimal) -> Stage | None:
    """The stage a reported figure (in 阶段) stands for, or ``None`` if it is not a whole number 0-3."""
    return _from_number(value)


_LEVEL = {Stage.NOT_STARTED: 0, Stage.IN_PROGRESS: 1, Stage.SUBSTANTIAL_PROGRESS: 2, Stage.DONE: 3}
_BY_LEVEL = {level: stage for stage, level in _LEVEL.items()}
_ZH = {
    Stage.NOT_STARTED: "未启动",
    Stage.IN_PROGRESS: "推进中",
    Stage.SUBSTANTIAL_PROGRESS: "取得实质性进展",
    Stage.DONE: "已完成",
}
_EN = {
    Stage.NOT_STARTED: "not started",
    Stage.IN_PROGRESS: "in progress",
    Stage.SUBSTANTIAL_PROGRESS: "substantial progress",
    Stage.DONE: "done",
}
_BY_ZH = {zh: stage for stage, zh in _ZH.items()}
