"""A report as one self-contained HTML page, readable on screen and printed on A4.

The page has no external resource and no script: the style sheet is inline, and the
charts are inline SVG (a progress bar per judged target, with a marker at the expected
progress 序时进度 and the colour of its warning light; bars ranking the units by lead score;
bars of the quarters' scores). Every text taken from the report goes through
:func:`html.escape`, since quotes and names are user data.
"""

from __future__ import annotations

import html
from decimal import Decimal

from ..reporting import Report
from ..scoring import Light
from .builder import build_document
from .document import Bar, Block, Chart, Document, Items, Paragraph, Row, Table, Text

__all__ = ["render_html"]

FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Microsoft YaHei", '
    '"PingFang SC", "WenQuanYi Micro Hei", "Heiti SC", SimHei, sans-serif'
)

#: The colours of the warning lights; grey for a target that is not judged.
COLOURS = {Light.GREEN: "#2e7d32", Light.YELLOW: "#f9a825", Light.RED: "#c62828", None: "#9e9e9e"}
TRACK, MARKER = "#e6e6e6", "#212121"

_CSS = """
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: FONTS; font-size: 10pt; line-height: 1.45; color: #1f1f1f; background: #fff;
       max-width: 1120px; margin: 0 auto; padding: 24px 28px; }
header.report { border-bottom: 3px solid #b71c1c; padding-bottom: 8px; margin-bottom: 12px; }
header.report p.issuer { color: #b71c1c; font-weight: 700; letter-spacing: 0.1em; margin: 0; }
h1 { font-size: 18pt; margin: 4px 0 2px; }
h1 .kind { color: #b71c1c; margin-left: 0.5em; }
p.period { font-size: 12pt; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 10px 0 4px; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
dd.spec_hash, dd.plan_id, .sub { font-family: "DejaVu Sans Mono", Consolas, monospace; }
ul.counts { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
ul.counts li { border: 1px solid #ccc; border-radius: 3px; padding: 0 6px; }
h2 { font-size: 13pt; margin: 18px 0 6px; border-left: 4px solid #b71c1c; padding-left: 6px;
     break-after: avoid; page-break-after: avoid; }
p { margin: 4px 0; }
p.note { color: #555; font-size: 8.5pt; }
p.subheading { font-weight: 700; margin-top: 10px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 8px; font-size: 8.5pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #c8c8c8; padding: 3px 4px; vertical-align: top; text-align: left;
         overflow-wrap: break-word; word-break: normal; }
td.num { white-space: nowrap; }
th { background: #f2f2f2; font-weight: 700; }
td.right, th.right { text-align: right; }
td.center, th.center { text-align: center; }
tr { break-inside: avoid; page-break-inside: avoid; }
td .sub { display: block; color: #777; font-size: 7pt; }
td.progress svg { display: block; width: 100%; max-width: 120px; height: 12px; }
.badge { display: inline-block; background: #b71c1c; color: #fff; border-radius: 3px; padding: 0 4px;
         margin-right: 4px; font-size: 7.5pt; }
tr.correction td { background: #fff4e5; }
.status-met, .status-on_track { color: #1b5e20; }
.status-lagging, .status-no_data { color: #8d6e00; }
.status-missed, .status-error { color: #b71c1c; }
.status-not_evaluable, .status-unsupported { color: #616161; }
td.status { font-weight: 700; }
.light::before { content: "\\25CF"; margin-right: 3px; }
.light-green::before { color: GREEN; }
.light-yellow::before { color: YELLOW; }
.light-red::before { color: RED; }
.light-none::before { color: GREY; }
.outlook.short { color: #b71c1c; font-weight: 700; }
.outlook.meets { color: #1b5e20; }
figure.chart { margin: 6px 0 10px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 640px; height: auto; }
figure.chart figcaption { font-size: 8.5pt; color: #555; }
svg text { font-family: inherit; }
footer { margin-top: 16px; color: #777; font-size: 8pt; border-top: 1px solid #ddd; padding-top: 4px; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  table { font-size: 7.5pt; }
  td .sub { font-size: 6.5pt; }
  h2 { margin-top: 12px; }
}
"""


def _css() -> str:
    css = _CSS.replace("FONTS", FONT_STACK)
    for name, light in (("GREEN", Light.GREEN), ("YELLOW", Light.YELLOW), ("RED", Light.RED), ("GREY", None)):
        css = css.replace(name, COLOURS[light])
    return css.strip()


def esc(text: object) -> str:
    """Text for HTML content or a quoted attribute."""
    return html.escape(str(text), quote=True)


def render_html(report: Report, lang: str = "zh") -> str:
    """The report as a self-contained HTML page in ``lang`` ("zh" or "en")."""
    return layout(build_document(report, lang))


def layout(doc: Document) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{doc.html_lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(doc.page_title)}</title>",
        f"<style>\n{_css()}\n</style>",
        "</head>",
        f'<body class="report-{doc.kind.value}">',
        '<header class="report">',
        f'<p class="issuer">{esc(_fact(doc, "issuer"))}</p>',
        f'<h1><span class="title">{esc(doc.title)}</span><span class="kind">{esc(doc.kind_name)}</span></h1>',
        f'<p class="period">{esc(doc.period)}</p>',
        '<dl class="facts">',
    ]
    for fact in doc.facts:
        if fact.name == "counts":
            continue
        out.append(f'<dt>{esc(fact.label)}</dt><dd class="{esc(fact.name)}">{esc(fact.value)}</dd>')
    counts = "".join(
        f'<li class="status-{c.status.value}">{esc(c.label)} <strong>{c.count}</strong></li>' for c in doc.counts
    )
    out += [
        f'<dt>{esc(_label(doc, "counts"))}</dt><dd class="counts">{esc(doc.counts_text)}'
        f'<ul class="counts">{counts}</ul></dd>',
        "</dl>",
        "</header>",
        "<main>",
    ]
    for section in doc.sections:
        out.append(f'<section class="{esc(section.name)}">')
        out.append(f"<h2>{esc(section.title)}</h2>")
        for block in section.blocks:
            out.append(_block(block))
        out.append("</section>")
    footer = f"{doc.title} · {doc.kind_name} · {doc.period} · {_fact(doc, 'plan_id')} · {_fact(doc, 'spec_hash')}"
    out += ["</main>", f"<footer>{esc(footer)}</footer>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _fact(doc: Document, name: str) -> str:
    return next((f.value for f in doc.facts if f.name == name), "")


def _label(doc: Document, name: str) -> str:
    return next((f.label for f in doc.facts if f.name == name), "")


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        cls = f' class="{esc(block.cls)}"' if block.cls else ""
        return f"<p{cls}>{esc(block.text)}</p>"
    if isinstance(block, Items):
        cls = f' class="{esc(block.cls)}"' if block.cls else ""
        return f"<ul{cls}>" + "".join(f"<li>{esc(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return _chart(block)
    raise TypeError(f"unknown block {block!r}")


def _table(table: Table) -> str:
    cols = "".join(f'<col style="width:{c.width}%">' for c in table.columns)
    head = "".join(f'<th class="{c.align}" scope="col">{esc(c.label)}</th>' for c in table.columns)
    body = "\n".join(_row(table, row) for row in table.rows)
    return (
        f'<table class="{esc(table.name)}"><colgroup>{cols}</colgroup>'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    )


def _row(table: Table, row: Row) -> str:
    attrs = ""
    if row.cls:
        attrs += f' class="{esc(row.cls)}"'
    if row.title:
        attrs += f' title="{esc(row.title)}"'
    cells = "".join(_cell(cell, column.align) for cell, column in zip(row.cells, table.columns))
    return f"<tr{attrs}>{cells}</tr>"


def _cell(cell: Text | Bar, align: str) -> str:
    if isinstance(cell, Bar):
        return f'<td class="progress">{progress_svg(cell)}</td>'
    classes = " ".join(x for x in (cell.cls, align if align != "left" else "") if x)
    cls = f' class="{esc(classes)}"' if classes else ""
    badge = f'<span class="badge">{esc(cell.badge)}</span>' if cell.badge else ""
    # an id breaks only after its dots (talent.<wbr>introduction.<wbr>graduates), never inside a word
    sub = f'<span class="sub">{esc(cell.sub).replace(".", ".<wbr>")}</span>' if cell.sub else ""
    return f"<td{cls}>{badge}{esc(cell.text)}{sub}</td>"


# --- SVG ----------------------------------------------------------------------------------------

_BAR_W, _BAR_H = 120, 12
#: The bar colour of a chart whose bars carry no light (the quarters' scores).
_NEUTRAL = {"quarter-scores": "#1565c0"}


def _unit(value: Decimal | None) -> float:
    """A fraction clamped to [0, 1], as a float for drawing only."""
    if value is None:
        return 0.0
    return float(min(Decimal(1), max(Decimal(0), value)))


def _px(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def progress_svg(bar: Bar) -> str:
    """A bar of the completion rate with a marker at the expected progress (both capped at 100%)."""
    colour = COLOURS[bar.light]
    parts = [
        f'<svg class="progress" data-target="{esc(bar.target)}" role="img" aria-label="{esc(bar.label)}" '
        f'width="{_BAR_W}" height="{_BAR_H}" viewBox="0 0 {_BAR_W} {_BAR_H}" '
        f'preserveAspectRatio="none">',
        f"<title>{esc(bar.label)}</title>",
        f'<rect x="0" y="2" width="{_BAR_W}" height="{_BAR_H - 4}" rx="2" fill="{TRACK}"/>',
    ]
    if bar.completion is not None:
        width = _BAR_W * _unit(bar.completion)
        parts.append(
            f'<rect class="fill" x="0" y="2" width="{_px(width)}" height="{_BAR_H - 4}" rx="2" fill="{colour}"/>'
        )
        if bar.completion > 1:  # beyond the year's target: an arrow at the end
            parts.append(f'<path d="M{_BAR_W - 6} 3 L{_BAR_W - 1} 6 L{_BAR_W - 6} 9 Z" fill="#fff"/>')
    if bar.expected is not None:
        x = min(_BAR_W - 1.0, max(1.0, _BAR_W * _unit(bar.expected)))
        parts.append(
            f'<line class="expected" x1="{_px(x)}" y1="0" x2="{_px(x)}" y2="{_BAR_H}" '
            f'stroke="{MARKER}" stroke-width="2"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _chart(chart: Chart) -> str:
    label_w, bar_w, value_w, row_h, top = 150, 380, 60, 22, 18
    width = label_w + bar_w + value_w
    height = top + row_h * len(chart.bars) + 6
    parts = [
        f'<figure class="chart {esc(chart.name)}">',
        f'<svg class="{esc(chart.name)}" role="img" aria-label="{esc(chart.title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{esc(chart.title)}</title>",
    ]
    for tick in (0, 50, 100):  # a light scale: 0, 50 and 100 points
        x = label_w + bar_w * tick / 100
        parts.append(
            f'<line x1="{_px(x)}" y1="{top - 4}" x2="{_px(x)}" y2="{height - 4}" stroke="#d0d0d0" '
            f'stroke-dasharray="2 2"/>'
        )
        parts.append(f'<text x="{_px(x)}" y="{top - 7}" font-size="9" fill="#777" text-anchor="middle">{tick}</text>')
    for index, bar in enumerate(chart.bars):
        y = top + index * row_h
        width_px = bar_w * _unit(bar.score)
        colour = COLOURS[bar.light] if bar.light is not None else _NEUTRAL.get(chart.name, COLOURS[None])
        parts.append(f'<g class="bar"><title>{esc(bar.label)}: {esc(bar.text)}</title>')
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" font-size="11" text-anchor="end" fill="#1f1f1f">'
            f"{esc(bar.label)}</text>"
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{_px(width_px)}" height="{row_h - 8}" rx="2" fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{_px(label_w + width_px + 6)}" y="{y + 15}" font-size="11" fill="#1f1f1f">'
            f"{esc(bar.text)}</text></g>"
        )
    parts += ["</svg>", f"<figcaption>{esc(chart.title)}</figcaption>", "</figure>"]
    return "".join(parts)
