"""A place's own body, named in full, answering for the targets given to the place.

A letter of targets to villages may be addressed to their committees and say they answer for their own rows::

    乙方：东岭村村民委员会、西岭村村民委员会、…
    乙方对下表所列本村指标负总责，村民委员会主任为第一责任人。
    村 | 人口 | 指标 | 目标值
    东岭村 | 3120 | 粮食播种面积 | 不少于5600亩

Each row names its village (东岭村), but who answers is its committee, as the letter names it (东岭村村民委员会).
:func:`name_places_bodies` gives each target led by a bare place the body the document names for that place, where
a statement says the bodies answer; a place the document names no body of keeps its name.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .responsibility import Responsibility
from .structure import Node

__all__ = ["name_places_bodies"]

#: The ending of a place's body's name (村民委员会, 人民政府, 街道办事处).
_BODY_SUFFIX: Final = r"(?:村民委员会|居民委员会|村委会|居委会|人民政府|街道办事处|办事处)"
#: A place's kind, ending its name (东岭村, 城关镇, 澜城区).
_PLACE_KIND: Final = r"(?:村|社区|镇|乡|街道|区|县)"
#: A body named in full (东岭村村民委员会), or the last of a list sharing its ending (东岭村、西岭村村民委员会).
_BODIES_NAMED: Final = re.compile(
    rf"(?P<listed>(?:[\u4e00-\u9fff]{{1,8}}?{_PLACE_KIND}、)*)(?P<place>[\u4e00-\u9fff]{{1,8}}?{_PLACE_KIND})"
    rf"(?P<body>{_BODY_SUFFIX})"
)
#: A statement that the places' bodies answer for their own targets (乙方对下表所列本村指标负总责; 各村民委员会对本村
#: 目标任务负总责; 各区人民政府是辖区目标任务的实施主体).
_BODIES_ANSWER: Final = re.compile(
    r"(?:乙方|各(?:村|社区|镇|乡|街道|区|县)?(?:村民委员会|村委会|居民委员会|人民政府|政府|办事处))"
    r"[^。;；\n]{0,24}?(?:负总责|负责|(?:责任|实施)主体|具体(?:组织)?实施)"
)


def name_places_bodies(root: Node, text: str) -> None:
    """Where the document says the places' bodies answer, a target led by a bare place (东岭村) takes the body the
    document names for it (东岭村村民委员会) as its lead."""
    if _BODIES_ANSWER.search(text) is None:
        return
    bodies = _bodies(text)
    if not bodies:
        return
    for node in root.walk():
        node.brackets[:] = [
            attrs.evolve(bracket, responsibility=_named(bracket.responsibility, bodies)) for bracket in node.brackets
        ]


def _bodies(text: str) -> dict[str, str]:
    """Each place the document names a body of, and that body's name (one body a place: a place named with two
    bodies, 青石镇人民政府 and 青石镇办事处, is left out)."""
    found: dict[str, set[str]] = {}
    for named in _BODIES_NAMED.finditer(text):
        places = [*filter(None, named.group("listed").split("、")), named.group("place")]
        for place in places:
            found.setdefault(place, set()).add(place + named.group("body"))
    return {place: next(iter(names)) for place, names in found.items() if len(names) == 1}


def _named(answer: Responsibility, bodies: dict[str, str]) -> Responsibility:
    """The responsibility with a lone bare place as lead named by its body."""
    if len(answer.lead) != 1 or answer.lead[0] not in bodies:
        return answer
    return Responsibility((bodies[answer.lead[0]],), answer.support)
