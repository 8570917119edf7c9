"""Plans written in traditional characters (繁體), read as the simplified text the drafter knows.

Some public pages serve a plan in traditional characters (a site's 繁體 version). The drafter's
patterns are written in simplified characters, so the *shadow* of such a text (see
:mod:`.text`) is converted to simplified characters with OpenCC (``t2s``), one character for one,
so every offset still points into the original and quotes and unit names stay as written.
OpenCC is an optional dependency (``pip install 'planengine[traditional]'``), imported only when
a text is in traditional characters; without it the text is read as it is, with a review note.
"""

from __future__ import annotations

import functools
from typing import Any, Final

__all__ = ["is_traditional", "simplified"]

#: Frequent characters that only traditional texts write (their simplified forms differ).
_TRADITIONAL_ONLY: Final = frozenset(
    "這個們來時會說對為與實發現進還區縣鎮鄉當應關於據將產業務經濟單設備體質統計劃點線級團隊開門電話車東"
    "長興邊節組織總結參過運營療醫學習範圍際環農辦處廳館園場萬億項機構資訂標準確認護導專視覽觀權歲幣屬響"
    "養廣頁壓績變優勢戰韌懷輔稅費銷達預衛"
)
#: How many such characters make a text traditional (a name or two in a simplified text do not).
_ENOUGH: Final = 20
#: How many make a short text traditional (a news item of a few lines: 望謨縣…完成新增種植面積8萬畝), and the share
#: of its Chinese characters they must be at least (one in fifty: a simplified text's names never come near).
_ENOUGH_IN_SHORT: Final = 5
_SHARE_IN_SHORT: Final = 50


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: enough characters only they use, or in a short
    text, enough of them and a share of its Chinese characters."""
    count = chinese = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            chinese += 1
            if ch in _TRADITIONAL_ONLY:
                count += 1
                if count >= _ENOUGH:
                    return True
    return count >= _ENOUGH_IN_SHORT and count * _SHARE_IN_SHORT >= chinese


@functools.lru_cache(maxsize=1)
def _converter() -> Any | None:
    """OpenCC's traditional-to-simplified converter, or None when OpenCC is not installed."""
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s")


def simplified(sh: str) -> str | None:
    """The shadow ``sh`` in simplified characters, one character for one; None when OpenCC is not
    installed. A line whose conversion would change its length (a phrase written with a different
    number of characters) is converted character by character instead."""
    converter = _converter()
    if converter is None:
        return None
    converted = converter.convert(sh)
    if len(converted) == len(sh):
        return str(converted)
    lines = []
    for line in sh.split("\n"):
        whole = converter.convert(line)
        lines.append(whole if len(whole) == len(line) else "".join(_one(converter, ch) for ch in line))
    return "\n".join(lines)


def _one(converter: Any, ch: str) -> str:
    out = str(converter.convert(ch))
    return out if len(out) == 1 else ch
