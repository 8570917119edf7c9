"""The working group's reports (旬简报, 月通报, 季总结) as Markdown, HTML and JSON.

Build a report with :func:`planengine.reporting.build_report`, then render it::

    from planengine.render import render
    text = render(report, "html", lang="en")

Markdown and HTML are written in Chinese (``lang="zh"``, the default) or English
(``lang="en"``): headings, labels, status words and explanations; the plan's own text
(quotes, unit and metric names, notes) stays as written. JSON holds every field of the
report except the evaluation behind it, and both languages of each explanation.
"""

from __future__ import annotations

from typing import Literal, overload

from ..reporting import Report
from ..vocabulary import LANGS, check_lang
from .html import render_html
from .json import render_json
from .markdown import render_markdown
from .xlsx import render_xlsx

__all__ = ["FORMATS", "LANGS", "render", "render_html", "render_json", "render_markdown", "render_xlsx"]

#: The formats :func:`render` writes.
FORMATS = ("markdown", "html", "json", "xlsx")


@overload
def render(report: Report, fmt: Literal["markdown", "html", "json"], lang: str = "zh") -> str: ...
@overload
def render(report: Report, fmt: Literal["xlsx"], lang: str = "zh") -> bytes: ...
@overload
def render(report: Report, fmt: str, lang: str = "zh") -> str | bytes: ...


def render(report: Report, fmt: str, lang: str = "zh") -> str | bytes:
    """``report`` in ``fmt`` ("markdown", "html", "json": text; "xlsx": a workbook's bytes) and ``lang``."""
    check_lang(lang)
    if fmt == "markdown":
        return render_markdown(report, lang)
    if fmt == "html":
        return render_html(report, lang)
    if fmt == "json":
        return render_json(report)
    if fmt == "xlsx":
        return render_xlsx(report, lang)
    raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(repr(f) for f in FORMATS)}")
