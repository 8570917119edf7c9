"""The words planengine writes, in Chinese and English: statuses, lights, verdicts, report kinds.

One table for each, used by the CLI, the three report formats and the explanations, so a
status is called the same everywhere. Every function takes ``lang`` (``"zh"`` or ``"en"``).
"""

from __future__ import annotations

from .evaluator import Status
from .lights import Light
from .periods import ProgressBasis
from .progress import ScheduleVerdict

__all__ = [
    "LANGS",
    "basis_word",
    "check_lang",
    "light_word",
    "status_word",
    "status_words",
    "verdict_word",
]

#: The languages planengine writes.
LANGS = ("zh", "en")

_STATUS = {
    Status.MET: ("已完成", "met"),
    Status.ON_TRACK: ("正常", "on track"),
    Status.LAGGING: ("滞后", "lagging"),
    Status.MISSED: ("未完成", "missed"),
    Status.NO_DATA: ("无数据", "no data"),
    Status.NOT_EVALUABLE: ("无法评价", "not evaluable"),
    Status.UNSUPPORTED: ("不支持", "unsupported"),
    Status.ERROR: ("出错", "error"),
}

_LIGHT = {
    Light.GREEN: ("绿灯", "green"),
    Light.YELLOW: ("黄灯", "yellow"),
    Light.RED: ("红灯", "red"),
    None: ("未评", "not judged"),
}

_VERDICT = {
    ScheduleVerdict.AHEAD: ("快于序时进度", "ahead of schedule"),
    ScheduleVerdict.LEVEL: ("与序时进度持平", "level with schedule"),
    ScheduleVerdict.BEHIND: ("慢于序时进度", "behind schedule"),
}

_BASIS = {
    ProgressBasis.PERIODS: ("按报告期", "by reporting periods"),
    ProgressBasis.DAYS: ("按天数", "by days"),
}


def check_lang(lang: str) -> str:
    """``lang`` itself, or ``ValueError`` naming the languages allowed."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(repr(x) for x in LANGS)}")
    return lang


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def status_word(status: Status, lang: str) -> str:
    """已完成 / met, 滞后 / lagging, ..."""
    return _pick(_STATUS[status], lang)


def status_words(lang: str) -> tuple[str, ...]:
    """Every status word in ``lang``, in the order of :class:`Status`."""
    return tuple(_pick(_STATUS[s], lang) for s in Status)


def light_word(light: Light | None, lang: str) -> str:
    """绿灯 / green, ..., 未评 / not judged for no light."""
    return _pick(_LIGHT[light], lang)


def verdict_word(verdict: ScheduleVerdict, lang: str) -> str:
    """快于 / 与…持平 / 慢于序时进度, or ahead of / level with / behind schedule."""
    return _pick(_VERDICT[verdict], lang)


def basis_word(basis: ProgressBasis, lang: str) -> str:
    """How 序时进度 was counted: 按报告期 / by reporting periods, 按天数 / by days."""
    return _pick(_BASIS[basis], lang)
