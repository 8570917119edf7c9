"""Readings printed after characters (推進(jìn)情況, 責(zé)任單位), left out of the text to read.

Some sites print the pinyin of rarer characters in brackets right after them, and a copy of the
page keeps it: 推進(jìn)情況, 責(zé)任單位, 任務(wù), or without tones: 高(gao)于, 宁夏(xia). The brackets cut words the drafter knows (责任单位,
进展情况) in two. :func:`without_readings` gives the text without them and, for each of its
characters, where it stands in the original, so quotes are still taken from the page as written.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["reading_end", "without_readings"]

#: A reading in brackets right after a Chinese character: Latin letters, with tone marks or one syllable.
_READING: Final = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]")
#: How many readings make a page one that prints them (one bracket of letters may be a name).
_ENOUGH: Final = 3
#: Tone marks: a reading has one (or ü); a word in Latin letters in brackets (PM2.5, AED) has none.
_TONED: Final = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
#: A reading printed without its tone (高(gao)于, 宁夏(xia)): one pinyin syllable in lower case.
_TONELESS: Final = re.compile(
    r"[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|o|e|i|u|v|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue)"
    r"[)）]"
)


def _is_reading(match: re.Match[str]) -> bool:
    """Whether letters in brackets after a character are its reading: toned, or one syllable in lower case."""
    return _TONED.search(match.group()) is not None or _TONELESS.fullmatch(match.group()) is not None


def without_readings(text: str) -> tuple[str, list[int]] | None:
    """``text`` without the readings printed after its characters, and the original position of
    each character left; ``None`` when the text prints none (or too few to be sure)."""
    found = [m for m in _READING.finditer(text) if _is_reading(m)]
    if len(found) < _ENOUGH:
        return None
    pieces: list[str] = []
    positions: list[int] = []
    begin = 0
    for match in found:
        pieces.append(text[begin : match.start()])
        positions.extend(range(begin, match.start()))
        begin = match.end()
    pieces.append(text[begin:])
    positions.extend(range(begin, len(text)))
    return "".join(pieces), positions


def reading_end(text: str, at: int) -> int:
    """Where the reading printed at ``at`` (right after a character: 小區(qū)) ends; ``at`` if none is."""
    match = _READING.match(text, at)
    return match.end() if match and _is_reading(match) else at
