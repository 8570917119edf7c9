"""A report as GitHub-flavoured Markdown: a header list, then numbered sections with tables.

Text from the report (quotes, names, notes) is escaped so that it cannot break a table or
turn into markup: pipes, backslashes and the characters that start HTML, code or emphasis
are backslash-escaped, and line breaks become spaces. Charts are HTML only; the tables
next to them carry the same figures.
"""

from __future__ import annotations

import re

from ..reporting import Report
from .builder import build_document
from .document import Bar, Block, Chart, Document, Items, Paragraph, Table, Text

__all__ = ["escape_markdown", "render_markdown"]

_SPECIAL = re.compile(r"([\\|<>`*_\[\]])")


def escape_markdown(text: str) -> str:
    """``text`` safe inside a GFM table cell or paragraph."""
    text = " ".join(text.splitlines())
    return _SPECIAL.sub(r"\\\1", text)


def render_markdown(report: Report, lang: str = "zh") -> str:
    """The report as GitHub-flavoured Markdown in ``lang`` ("zh" or "en")."""
    return layout(build_document(report, lang))


def layout(doc: Document) -> str:
    lines = [
        f"# {escape_markdown(doc.title)} · {escape_markdown(doc.kind_name)}",
        "",
        f"**{escape_markdown(doc.period)}**",
        "",
    ]
    for fact in doc.facts:
        sep = ":" if doc.lang == "zh" else ": "
        lines.append(f"- **{escape_markdown(fact.label)}**{sep}{escape_markdown(fact.value)}")
    lines.append("")
    for section in doc.sections:
        lines += [f"## {escape_markdown(section.title)}", ""]
        for block in section.blocks:
            lines += _block(block)
    return "\n".join(lines).rstrip("\n") + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [escape_markdown(block.text), ""]
    if isinstance(block, Items):
        return [f"- {escape_markdown(item)}" for item in block.items] + [""]
    if isinstance(block, Table):
        return _table(block) + [""]
    if isinstance(block, Chart):
        return []
    raise TypeError(f"unknown block {block!r}")


_ALIGN = {"left": "---", "right": "---:", "center": ":---:"}


def _table(table: Table) -> list[str]:
    keep = [i for i, column in enumerate(table.columns) if not column.html_only]
    head = [escape_markdown(table.columns[i].label) for i in keep]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(_ALIGN[table.columns[i].align] for i in keep) + " |"]
    for row in table.rows:
        lines.append("| " + " | ".join(_cell(row.cells[i]) for i in keep) + " |")
    return lines


def _cell(cell: Text | Bar) -> str:
    if isinstance(cell, Bar):
        return escape_markdown(cell.label)
    text = escape_markdown(cell.text)
    if cell.badge:
        text = f"**{escape_markdown(cell.badge)}** {text}".rstrip()
    return text
