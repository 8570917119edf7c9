"""What a report shows, laid out once for every format: the document model.

:func:`planengine.render.builder.build_document` fills a :class:`Document` from a
report: a header (title, kind, period, dates, score, counts, spec hash) and numbered
sections of tables, paragraphs, lists and charts, every word already in the chosen
language. The Markdown and HTML renderers only lay it out, so both formats always say
the same thing.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..evaluator import Status
from ..lights import Light
from ..reporting import ReportKind

__all__ = [
    "Bar",
    "Block",
    "Cell",
    "Chart",
    "ChartBar",
    "Column",
    "Count",
    "Document",
    "Fact",
    "Items",
    "Paragraph",
    "Row",
    "Section",
    "Table",
    "Text",
]


@attrs.frozen
class Text:
    """A cell of text. ``cls`` is a style hint (e.g. ``status status-lagging``); ``sub`` a
    second line (an id) that HTML shows small; ``badge`` a tag shown before the text."""

    text: str
    cls: str = ""
    sub: str = ""
    badge: str = ""


@attrs.frozen
class Bar:
    """A target's completion against its expected progress, coloured by its light."""

    target: str
    completion: Decimal | None
    expected: Decimal | None
    light: Light | None
    label: str


Cell = Text | Bar


@attrs.frozen
class Column:
    """A table column: label, alignment, share of the width (%), and whether only HTML shows it."""

    label: str
    align: str = "left"
    width: int = 10
    html_only: bool = False


@attrs.frozen
class Row:
    cells: tuple[Cell, ...]
    cls: str = ""
    title: str = ""


@attrs.frozen
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@attrs.frozen
class Paragraph:
    text: str
    cls: str = ""


@attrs.frozen
class Items:
    """A bulleted list."""

    items: tuple[str, ...]
    cls: str = ""


@attrs.frozen
class ChartBar:
    label: str
    score: Decimal | None
    light: Light | None
    text: str


@attrs.frozen
class Chart:
    """A horizontal bar chart of scores (0..1) that only HTML draws; a table carries its data."""

    name: str
    title: str
    bars: tuple[ChartBar, ...]


Block = Paragraph | Items | Table | Chart


@attrs.frozen
class Section:
    name: str
    title: str
    blocks: tuple[Block, ...]


@attrs.frozen
class Fact:
    name: str
    label: str
    value: str


@attrs.frozen
class Count:
    status: Status
    label: str
    count: int


@attrs.frozen
class Document:
    lang: str
    kind: ReportKind
    title: str  #: the plan's title
    kind_name: str
    period: str
    facts: tuple[Fact, ...]
    counts: tuple[Count, ...]
    counts_text: str
    sections: tuple[Section, ...]

    @property
    def html_lang(self) -> str:
        return "zh-CN" if self.lang == "zh" else "en"

    @property
    def page_title(self) -> str:
        return f"{self.title} {self.kind_name} {self.period}"
