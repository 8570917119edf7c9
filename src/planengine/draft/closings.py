"""Closing sentences that give the work above to each section's own office, or to units in general.

A work plan laid out by its offices' sections often ends them with one sentence for all of it::

    一、党政办公室 / 1.… / 二、经济发展办公室 / 1.… / 以上各项工作由相应科室牵头,各社区按职责配合。

Such a sentence names no unit of its own (相应科室 is each section's office): it says the sections are
offices' own, and it may name helpers for all the work above it. One giving the work to units in general
(以上工作由相关部门负责,各村配合) names helpers alike; one giving it to the places (以上目标由各乡镇人民政府负责组织
实施,县统计局配合), after a paragraph per place, names helpers for every place's targets. :func:`answering_closings` finds the sentences
once for a text; the outline reads the sections' headings as their offices by those naming offices, and
the helpers pass gives each statement of units the helpers of the nearest such sentence after it.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .responsibility import looks_like_unit, names_collective_or_village, split_units

__all__ = ["AnsweringClosing", "answering_closings"]


@attrs.frozen
class AnsweringClosing:
    """A closing sentence giving the work above to whoever answers for each part: where it stands (to its
    。 or its line's end), the helpers it names for all of that work (none where it names none), and
    whether it names each section's own office (相应科室, 各牵头科室) rather than units in general (相关部门)."""

    start: int
    end: int
    helpers: tuple[str, ...]
    offices: bool
    #: whether it names helpers for all the work above and no one answering (以上各项任务,各乡镇人民政府、县财政局
    #: 配合做好…): it reaches back over every part, the units stated above still leading
    all_above: bool = False
    #: whether it gives the work to the places (以上目标由各乡镇人民政府负责组织实施,…配合): its helpers help the places'
    #: statements above it, not those of offices elsewhere in the plan
    places: bool = False


#: The sentence's opening, at a sentence's start: the work above given to whoever answers for each part (以上各项工作由相应科室牵头;
#: 上述任务由各责任科室负责落实; 以上工作由相关部门负责). ``office`` holds the words when they name each
#: section's own office (科室, 股室, 站所, 办公室): only those say the sections are offices' own.
_EACH_ANSWERING: Final = re.compile(
    r"(?:^|(?<=[。；;\n(（]))[ \t\u3000]*(?:以上|上述)[^,，;；。\n由]{0,12}?由"  # (规模以上…由: no work above)
    r"(?:(?P<office>(?:相应|对应|相关|各(?:责任|相关|牵头)?)的?(?:科室|股室|处室|站所|办所|站办所|办公室))"
    r"|(?:相应|对应|相关|有关|各(?:责任|相关|牵头)?)的?(?:部门|单位)"
    # (以上目标由各乡镇人民政府、街道办事处负责组织实施: each place's paragraph above, its own place leading it)
    r"|(?P<places>各(?:乡镇|乡|镇|街道|区县|县区|县市区|县(?:市|区)|区|县)(?:人民政府|政府|办事处)?"
    r"(?:[、和及][ \t\u3000]*(?:各)?(?:乡镇|乡|镇|街道|区|县)?(?:人民政府|政府|办事处)?)?))"
    r"(?:分别)?(?:牵头|负责|具体负责)(?:组织)?(?:抓好)?(?:落实|推进|实施)?"
)
#: The helpers named for all of it after a comma (…,各社区按职责配合; …,各村(社区)积极配合).
_HELPERS_AFTER: Final = re.compile(
    r"[,，]\s*(?P<units>[^,，;；。\n]{2,40}?)(?:要|须|需)?(?:按职责|按照职责|根据职责|按各自职责|各司其职)?[,，]?"
    r"(?:积极|全力|密切|协同)?(?:配合|协助|协同|参与)"
)
#: A sentence naming only helpers for the tasks above (以上各项任务,各乡镇人民政府、县财政局配合做好组织实施和
#: 资金保障。; 上述所有工作,各村(社区)要积极配合: every part; 以上任务,…: its own part).
_HELPERS_FOR_ALL: Final = re.compile(
    r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:以上|上述)(?P<every>各项|所有|全部)?(?:重点)?(?:任务|工作|目标任务|目标|指标)[,，]\s*"
    r"(?P<units>[^,，;；。\n由]{2,40}?)(?:要|须|需)?(?:按职责|按照职责|根据职责|按各自职责|各司其职)?[,，]?"
    r"(?:积极|全力|密切|协同)?(?:配合|协助)"
)
#: Helpers that are the offices themselves, said again (其他科室, 各部门): they name no one else.
_SAME_GROUP: Final = re.compile(r"(?:其他|其余|各|相关|有关)?(?:科室|股室|处室|站所|部门|单位)")
#: Where the sentence ends: its 。 or its line's end; and how far it is looked for.
_SENTENCE_END: Final = re.compile(r"[。\n]")
_SENTENCE_LENGTH: Final = 160


def answering_closings(text: str) -> list[AnsweringClosing]:
    """The closing sentences of ``text`` giving the work above to whoever answers for each part, in order."""
    found: list[AnsweringClosing] = []
    for sentence in _EACH_ANSWERING.finditer(text):
        reach = min(len(text), sentence.end() + _SENTENCE_LENGTH)  # (a long line without a 。: the pass stays linear)
        stop_at = _SENTENCE_END.search(text, sentence.end(), reach)
        stop = stop_at.start() if stop_at is not None else reach
        helpers_said = _HELPERS_AFTER.match(text, sentence.end(), stop)
        helpers = tuple(split_units(helpers_said.group("units"))) if helpers_said is not None else ()
        if not all(
            (looks_like_unit(name) or names_collective_or_village(name)) and not _SAME_GROUP.fullmatch(name)
            for name in helpers
        ):
            helpers = ()  # (…,各部门要密切配合: the offices work together, no helper named)
        # (以上目标由各乡镇…负责,…配合: the places' paragraphs above, every one of them, not only the last part's)
        places = sentence.group("places") is not None
        found.append(
            AnsweringClosing(
                sentence.start(),
                min(stop + 1, len(text)),
                helpers,
                sentence.group("office") is not None,
                all_above=places,
                places=places,
            )
        )
    for sentence in _HELPERS_FOR_ALL.finditer(text):
        helpers = tuple(split_units(sentence.group("units")))
        if helpers and all(
            (looks_like_unit(name) or names_collective_or_village(name)) and not _SAME_GROUP.fullmatch(name)
            for name in helpers
        ):
            stop_at = _SENTENCE_END.search(text, sentence.end(), min(len(text), sentence.end() + _SENTENCE_LENGTH))
            stop = stop_at.start() if stop_at is not None else min(len(text), sentence.end() + _SENTENCE_LENGTH)
            # (以上各项任务,…: every part above; 以上任务,…: its own part's, as a closing naming units in general is)
            every = sentence.group("every") is not None
            found.append(AnsweringClosing(sentence.start(), min(stop + 1, len(text)), helpers, False, all_above=every))
    found.sort(key=lambda closing: closing.start)
    return found
