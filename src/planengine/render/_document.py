"""What a report shows, laid out once for every format.

:func:`build_document` turns a :class:`~planengine.reporting.Report` into a
:class:`Document`: a header (title, kind, period, dates, score, counts, spec hash) and
numbered sections of tables, paragraphs, lists and charts, with every heading, label and
status word already in the chosen language. The Markdown and HTML renderers only lay the
document out, so both formats always say the same thing.

Numbers are written the same way everywhere:

* completion and expected progress are fractions shown as percentages with one decimal
  (0.4959 -> ``49.6%``);
* scores are fractions 0..1 shown out of 100 with one decimal (0.7552 -> ``75.5``);
* actual, required and gap are in the line's unit; a gap between rates (unit ``%``) is in
  percentage points (``1.77个百分点``, ``1.77 pp``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Union

import attrs

from ..evaluator import Status
from ..projection import Method
from ..quantities import format_decimal
from ..reporting import (
    MissedReport,
    NextQuarterLine,
    ProjectionLine,
    QuarterLine,
    Report,
    ReportedFigure,
    ReportKind,
    StatusChange,
    TargetLine,
    UnitLine,
)
from ..scoring import Light

__all__ = [
    "LANGS",
    "Bar",
    "Chart",
    "ChartBar",
    "Column",
    "Document",
    "Fact",
    "Items",
    "Paragraph",
    "Row",
    "Section",
    "Table",
    "Text",
    "build_document",
    "check_lang",
    "is_correction",
]

#: The languages a report can be written in.
LANGS = ("zh", "en")

DASH = "—"

# --- words -------------------------------------------------------------------------------------

_KIND = {
    ReportKind.DEKAD: ("旬简报", "Dekad brief"),
    ReportKind.MONTHLY: ("月通报", "Monthly bulletin"),
    ReportKind.QUARTERLY: ("季总结", "Quarterly summary"),
}

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

_METHOD = {
    Method.PREVIOUS_YEAR: ("按上年同期进度", "previous-year pattern"),
    Method.STRAIGHT_LINE: ("按序时进度直线推算", "straight line"),
}

_MEASURE = {"value": ("数值", "value"), "yoy": ("同比", "YoY rate")}

_WORDS: dict[str, tuple[str, str]] = {
    # header
    "issuer": ("发文单位", "Issuer"),
    "period": ("报告期", "Period"),
    "as_of": ("截至日期", "As of"),
    "known_on": ("数据版本(截至报送日)", "Figures as known on"),
    "score": ("综合得分(百分制)", "Overall score (out of 100)"),
    "counts": ("目标状态", "Targets by status"),
    "plan_id": ("方案标识", "Plan id"),
    "spec_hash": ("规格哈希", "Spec hash"),
    "none": ("无。", "None."),
    # sections
    "sec.figures": ("本旬报送数据", "Figures reported in the dekad"),
    "sec.changes": ("状态变化", "Status changes"),
    "sec.new_warnings": ("新增预警", "New warnings"),
    "sec.missed": ("漏报情况", "Missed reports"),
    "sec.targets": ("目标进度", "Progress by target"),
    "sec.units": ("单位排名", "Units ranked"),
    "sec.warnings": ("预警", "Warnings"),
    "sec.quarters": ("各季度情况", "Quarter by quarter"),
    "sec.projections": ("全年预计", "Year-end projections"),
    "sec.next_quarter": ("下季度须完成", "What the next quarter must deliver"),
    # columns
    "col.no": ("序号", "No."),
    "col.target": ("目标", "Target"),
    "col.status": ("状态", "Status"),
    "col.actual": ("实际", "Actual"),
    "col.required": ("目标值", "Required"),
    "col.completion": ("完成率", "Completion"),
    "col.expected": ("序时进度", "Expected"),
    "col.progress": ("进度", "Progress"),
    "col.gap": ("差距", "Gap"),
    "col.lead": ("牵头单位", "Lead units"),
    "col.light": ("预警", "Light"),
    "col.rank": ("名次", "Rank"),
    "col.unit": ("单位", "Unit"),
    "col.lead_score": ("牵头得分", "Lead score"),
    "col.lead_targets": ("牵头目标数", "Targets led"),
    "col.support_score": ("配合得分", "Support score"),
    "col.support_targets": ("配合目标数", "Targets supported"),
    "col.behind": ("落后序时", "Behind schedule"),
    "col.explanation": ("说明", "Explanation"),
    "col.metric": ("指标", "Metric"),
    "col.date": ("日期", "Date"),
    "col.value": ("数值", "Value"),
    "col.measure": ("口径", "Measure"),
    "col.reported_by": ("报送单位", "Reported by"),
    "col.reported_at": ("报送日期", "Reported on"),
    "col.note": ("备注", "Note"),
    "col.before": ("原状态", "Before"),
    "col.after": ("现状态", "Now"),
    "col.period_due": ("应报期次", "Period due"),
    "col.period_end": ("期末", "Period end"),
    "col.quarter": ("季度", "Quarter"),
    "col.score": ("得分", "Score"),
    "col.change": ("较上季", "Change"),
    "col.ytd": ("年内累计", "Year to date"),
    "col.projected": ("预计全年", "Projected"),
    "col.outlook": ("预计结果", "Outlook"),
    "col.method": ("推算方法", "Method"),
    "col.share": ("同期进度", "Share by now"),
    "col.due": ("应达", "Due"),
    "col.now": ("当前", "Now"),
    "col.still_needed": ("尚需", "Still needed"),
    # cells and notes
    "correction": ("更正", "correction"),
    "current_quarter": ("(本季)", " (current)"),
    "meets": ("可完成", "on course"),
    "short": ("难完成", "short"),
    "chart.units": ("各单位牵头得分", "Units by lead score"),
    "chart.quarters": ("各季度得分", "Score by quarter"),
}


def check_lang(lang: str) -> str:
    """``lang`` itself, or ValueError naming the languages allowed."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(repr(x) for x in LANGS)}")
    return lang


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


def word(key: str, lang: str) -> str:
    return _pick(_WORDS[key], lang)


def status_word(status: Status, lang: str) -> str:
    return _pick(_STATUS[status], lang)


def light_word(light: Light | None, lang: str) -> str:
    return _pick(_LIGHT[light], lang)


def kind_word(kind: ReportKind, lang: str) -> str:
    return _pick(_KIND[kind], lang)


def status_words(lang: str) -> tuple[str, ...]:
    """Every status word in ``lang`` (for tests and checks)."""
    return tuple(_pick(pair, lang) for pair in _STATUS.values())


# --- numbers -----------------------------------------------------------------------------------

_TENTH = Decimal("0.1")


def number(value: Decimal | None, unit: str = "") -> str:
    """A figure with its unit, or a dash."""
    return DASH if value is None else f"{format_decimal(value)}{unit}"


def percent(fraction: Decimal | None) -> str:
    """A fraction as a percentage with one decimal: 0.4959 -> 49.6%."""
    if fraction is None:
        return DASH
    return f"{format_decimal((fraction * 100).quantize(_TENTH, ROUND_HALF_UP))}%"


def score_text(score: Decimal | None) -> str:
    """A score (0..1) out of 100 with one decimal: 0.7552 -> 75.5."""
    if score is None:
        return DASH
    return format_decimal((score * 100).quantize(_TENTH, ROUND_HALF_UP))


def points(value: Decimal, lang: str) -> str:
    """Percentage points: 1.77个百分点, 1.77 pp."""
    return f"{format_decimal(value)}个百分点" if lang == "zh" else f"{format_decimal(value)} pp"


def gap_text(gap: Decimal | None, unit: str, lang: str) -> str:
    """A gap in the line's unit; between rates it is in percentage points."""
    if gap is None:
        return DASH
    return points(gap, lang) if unit == "%" else number(gap, unit)


def short_hash(spec_hash: str) -> str:
    """``sha256:`` and the first 12 hex digits."""
    algorithm, _, digest = spec_hash.rpartition(":")
    return f"{algorithm}:{digest[:12]}" if algorithm else digest[:12]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LABEL = re.compile(r"^(\d{4})年(?:第([1-4])季度|(\d{1,2})月(上旬|中旬|下旬)?)?$")


def period_text(label: str, lang: str) -> str:
    """A Chinese period label (2026年6月下旬) in ``lang``: 21–30 June 2026, June 2026, Q2 2026."""
    if lang == "zh":
        return label
    match = _LABEL.match(label)
    if match is None:
        return label
    year, quarter, month, dekad = match.groups()
    if quarter:
        return f"Q{quarter} {year}"
    if not month:
        return year
    name = _MONTHS[int(month) - 1]
    if not dekad:
        return f"{name} {year}"
    last = calendar.monthrange(int(year), int(month))[1]
    first, end = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last)}[dekad]
    return f"{first}–{end} {name} {year}"


def is_correction(figure: ReportedFigure) -> bool:
    """Whether a reported figure corrects an earlier report of it (the report model decides)."""
    return figure.is_correction


# --- the document ------------------------------------------------------------------------------


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


Cell = Union[Text, Bar]


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


Block = Union[Paragraph, Items, Table, Chart]


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


def build_document(report: Report, lang: str) -> Document:
    """The content of ``report`` in ``lang``, ready to lay out."""
    check_lang(lang)
    builder = _Builder(report, lang)
    return builder.document()


_ZH_NUMERALS = "一二三四五六七八九十"


class _Builder:
    def __init__(self, report: Report, lang: str) -> None:
        self.report, self.lang = report, lang
        self.zh = lang == "zh"

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def join(self, names: Sequence[str]) -> str:
        return ("、" if self.zh else ", ").join(names) if names else DASH

    def explanation(self, line: TargetLine) -> str:
        return line.explanation.zh if self.zh else line.explanation.en

    def document(self) -> Document:
        r = self.report
        counts = tuple(Count(s, status_word(s, self.lang), r.counts.get(s.value, 0))
                       for s in Status if r.counts.get(s.value, 0))
        facts = [
            Fact("issuer", self.w("issuer"), r.issuer),
            Fact("period", self.w("period"), self.period_span()),
            Fact("as_of", self.w("as_of"), r.as_of.isoformat()),
        ]
        if r.known_on is not None:
            facts.append(Fact("known_on", self.w("known_on"), r.known_on.isoformat()))
        facts += [
            Fact("score", self.w("score"), score_text(r.score)),
            Fact("counts", self.w("counts"), self.counts_text(r.counts)),
            Fact("plan_id", self.w("plan_id"), r.plan),
            Fact("spec_hash", self.w("spec_hash"), short_hash(r.spec_hash)),
        ]
        sections = {
            ReportKind.DEKAD: self.dekad_sections,
            ReportKind.MONTHLY: self.monthly_sections,
            ReportKind.QUARTERLY: self.quarterly_sections,
        }[r.kind]()
        numbered = tuple(attrs.evolve(s, title=self.numbered(i, s.title)) for i, s in enumerate(sections))
        return Document(self.lang, r.kind, r.title, kind_word(r.kind, self.lang),
                        period_text(r.period_label, self.lang), tuple(facts), counts,
                        self.counts_text(r.counts), numbered)

    def numbered(self, index: int, title: str) -> str:
        if self.zh:
            return f"{_ZH_NUMERALS[index]}、{title}" if index < len(_ZH_NUMERALS) else title
        return f"{index + 1}. {title}"

    def period_span(self) -> str:
        r = self.report
        label = period_text(r.period_label, self.lang)
        start, end = r.period_start.isoformat(), r.period_end.isoformat()
        return f"{label}({start}至{end})" if self.zh else f"{label} ({start} to {end})"

    def counts_text(self, counts: dict[str, int]) -> str:
        total = sum(counts.values())
        shown = [(status_word(s, self.lang), counts.get(s.value, 0)) for s in Status if counts.get(s.value, 0)]
        if self.zh:
            return "、".join(f"{name}{n}项" for name, n in shown) + f",共{total}项"
        return ", ".join(f"{n} {name}" for name, n in shown) + f"; {total} targets"

    def section(self, name: str, blocks: Sequence[Block]) -> Section:
        if not blocks:
            blocks = [Paragraph(self.w("none"), "none")]
        return Section(name, self.w(f"sec.{name}"), tuple(blocks))

    # -- cells

    def status_cell(self, status: Status) -> Text:
        return Text(status_word(status, self.lang), f"status status-{status.value}")

    def light_cell(self, light: Light | None) -> Text:
        return Text(light_word(light, self.lang), f"light light-{light.value if light else 'none'}")

    def target_cell(self, quote: str, target: str) -> Text:
        return Text(quote, "quote", sub=target)

    def bar_label(self, line: TargetLine) -> str:
        light = light_word(line.light, self.lang)
        if self.zh:
            return f"完成率{percent(line.completion)},序时进度{percent(line.expected)},{light}"
        return f"completion {percent(line.completion)}, expected {percent(line.expected)}, {light}"

    def col(self, key: str, align: str = "left", width: int = 10, html_only: bool = False) -> Column:
        return Column(self.w(f"col.{key}"), align, width, html_only)

    # -- the dekad brief

    def dekad_sections(self) -> list[Section]:
        r = self.report
        return [
            self.section("figures", self.figures_blocks(r.figures)),
            self.section("changes", self.changes_blocks(r.changes)),
            self.section("new_warnings", self.warnings_blocks(r.new_warnings, "new_warnings")),
            self.section("missed", self.missed_blocks(r.missed_reports)),
        ]

    def figures_blocks(self, figures: Sequence[ReportedFigure]) -> list[Block]:
        """Figures dated in the dekad, then figures for earlier dates that were reported in it."""
        if not figures:
            return []
        start = self.report.period_start
        current = [f for f in figures if f.date >= start]
        earlier = [f for f in figures if f.date < start]
        blocks: list[Block] = []
        if current:
            blocks.append(self.figures_table("figures", current))
        if earlier:
            intro = (f"本旬报送的往期数据(日期在{start.isoformat()}之前)" if self.zh
                     else f"Figures for earlier dates (before {start.isoformat()}) reported in the dekad")
            blocks += [Paragraph(intro, "subheading"), self.figures_table("earlier-figures", earlier)]
        corrections = [self.correction_text(f) for f in figures if is_correction(f)]
        if corrections:
            lead = (f"其中更正{len(corrections)}条:" if self.zh
                    else f"Corrections among them: {len(corrections)}.")
            blocks += [Paragraph(lead, "corrections"), Items(tuple(corrections), "corrections")]
        return blocks

    def figures_table(self, name: str, figures: Sequence[ReportedFigure]) -> Table:
        columns = (self.col("metric", width=24), self.col("date", width=11), self.col("value", "right", 12),
                   self.col("measure", width=7), self.col("reported_by", width=11),
                   self.col("reported_at", width=11), self.col("note", width=24))
        rows = []
        for f in figures:
            correction = is_correction(f)
            rows.append(Row((
                Text(f.metric_name or f.metric, "metric", sub=f.metric),
                Text(f.date.isoformat(), "date"),
                Text(f.value, "num"),
                Text(_pick(_MEASURE.get(f.measure, (f.measure, f.measure)), self.lang)),
                Text(f.reported_by or DASH),
                Text(f.reported_at.isoformat() if f.reported_at else DASH, "date"),
                Text(f.note, "note", badge=self.w("correction") if correction else ""),
            ), "correction" if correction else "", f.source))
        return Table(name, columns, tuple(rows))

    def correction_text(self, f: ReportedFigure) -> str:
        name = f.metric_name or f.metric
        reported_at = f.reported_at.isoformat() if f.reported_at else DASH
        by = f.reported_by or DASH
        note = f.note or DASH
        if self.zh:
            return f"{name}({f.date.isoformat()})更正为{f.value},{by}于{reported_at}报送。备注:{note}"
        return f"{name} ({f.metric}) on {f.date.isoformat()} corrected to {f.value}, sent by {by} on {reported_at}. Note: {note}"

    def changes_blocks(self, changes: Sequence[StatusChange]) -> list[Block]:
        if not changes:
            return []
        r = self.report
        before = (r.period_start - dt.timedelta(days=1)).isoformat()
        intro = (f"与上期末({before})相比,{len(changes)}项目标状态发生变化。" if self.zh
                 else f"{len(changes)} target{'' if len(changes) == 1 else 's'} changed status since the end of "
                      f"the previous period ({before}).")
        columns = (self.col("target", width=56), self.col("before", width=22), self.col("after", width=22))
        rows = tuple(Row((self.target_cell(c.quote, c.target), self.status_cell(c.before), self.status_cell(c.after)))
                     for c in changes)
        return [Paragraph(intro), Table("changes", columns, rows)]

    def warnings_blocks(self, warnings: Sequence[TargetLine], name: str) -> list[Block]:
        if not warnings:
            return []
        columns = (self.col("light", width=8), self.col("no", width=8), self.col("target", width=24),
                   self.col("status", width=8), self.col("behind", "right", 10), self.col("lead", width=12),
                   self.col("explanation", width=30))
        rows = []
        for line in warnings:
            behind = DASH if line.points_behind is None else points(line.points_behind, self.lang)
            rows.append(Row((
                self.light_cell(line.light), Text(line.task_number), self.target_cell(line.quote, line.target),
                self.status_cell(line.status), Text(behind, "num"), Text(self.join(line.lead)),
                Text(self.explanation(line), "explanation"),
            ), f"light-{line.light.value}" if line.light else ""))
        reds = sum(line.light is Light.RED for line in warnings)
        yellows = sum(line.light is Light.YELLOW for line in warnings)
        intro = (f"红灯{reds}项、黄灯{yellows}项。" if self.zh else f"{reds} red, {yellows} yellow.")
        return [Paragraph(intro), Table(name, columns, tuple(rows))]

    def missed_blocks(self, missed: Sequence[MissedReport]) -> list[Block]:
        if not missed:
            return []
        columns = (self.col("reported_by", width=22), self.col("metric", width=38),
                   self.col("period_due", width=22), self.col("period_end", width=18))
        rows = tuple(Row((
            Text(m.reporter), Text(m.metric_name or m.metric, "metric", sub=m.metric),
            Text(period_text(m.period_label, self.lang)), Text(m.period_end.isoformat(), "date"),
        )) for m in missed)
        return [Table("missed", columns, rows)]

    # -- the monthly bulletin

    def monthly_sections(self) -> list[Section]:
        r = self.report
        return [
            self.section("targets", self.targets_blocks(r.targets)),
            self.section("units", self.units_blocks(r.units)),
            self.section("warnings", self.warnings_blocks(r.warnings, "warnings")),
            self.section("missed", self.missed_blocks(r.missed_reports)),
        ]

    def targets_blocks(self, targets: Sequence[TargetLine]) -> list[Block]:
        if not targets:
            return []
        columns = (self.col("no", width=6), self.col("target", width=19), self.col("status", width=6),
                   self.col("actual", "right", 9), self.col("required", "right", 9),
                   self.col("completion", "right", 7), self.col("expected", "right", 7),
                   self.col("progress", width=10, html_only=True), self.col("gap", "right", 9),
                   self.col("lead", width=11), self.col("light", width=7))
        rows = []
        for line in targets:
            progress: Cell = (Bar(line.target, line.completion, line.expected, line.light, self.bar_label(line))
                              if line.status.evaluated else Text(DASH, "none"))
            rows.append(Row((
                Text(line.task_number), self.target_cell(line.quote, line.target), self.status_cell(line.status),
                Text(number(line.actual, line.unit), "num"), Text(number(line.required, line.unit), "num"),
                Text(percent(line.completion), "num"), Text(percent(line.expected), "num"), progress,
                Text(gap_text(line.gap, line.unit, self.lang), "num"), Text(self.join(line.lead)),
                self.light_cell(line.light),
            ), f"row-{line.status.value}"))
        return [Table("targets", columns, tuple(rows))]

    def units_blocks(self, units: Sequence[UnitLine]) -> list[Block]:
        if not units:
            return []
        columns = (self.col("rank", "right", 8), self.col("unit", width=24), self.col("lead_score", "right", 14),
                   self.col("lead_targets", "right", 14), self.col("support_score", "right", 14),
                   self.col("support_targets", "right", 14), self.col("light", width=12))
        rows = tuple(Row((
            Text(str(u.rank) if u.rank else DASH, "num"), Text(u.name, sub=u.unit),
            Text(score_text(u.lead_score), "num"), Text(str(u.lead_targets), "num"),
            Text(score_text(u.support_score), "num"), Text(str(u.support_targets), "num"),
            self.light_cell(u.light),
        )) for u in units)
        ranked = tuple(ChartBar(u.name, u.lead_score, u.light, score_text(u.lead_score))
                       for u in units if u.rank and u.lead_score is not None)
        note = ("名次按牵头目标的加权得分排列;未牵头已评价目标的单位不排名。" if self.zh
                else "Ranked by the weighted score of the targets each unit leads; "
                     "units that lead no scored target are not ranked.")
        blocks: list[Block] = []
        if ranked:
            blocks.append(Chart("unit-ranking", self.w("chart.units"), ranked))
        blocks += [Table("units", columns, rows), Paragraph(note, "note")]
        return blocks

    # -- the quarterly summary

    def quarterly_sections(self) -> list[Section]:
        r = self.report
        return [
            self.section("quarters", self.quarters_blocks(r.quarters)),
            self.section("projections", self.projections_blocks(r.projections)),
            self.section("next_quarter", self.next_quarter_blocks(r.next_quarter)),
            self.section("warnings", self.warnings_blocks(r.warnings, "warnings")),
            self.section("missed", self.missed_blocks(r.missed_reports)),
        ]

    def quarters_blocks(self, quarters: Sequence[QuarterLine]) -> list[Block]:
        if not quarters:
            return []
        statuses = [s for s in Status if any(q.counts.get(s.value, 0) for q in quarters)]
        shares = [52 // max(1, len(statuses))] * len(statuses)  # the status columns share 52% of the width
        if shares:
            shares[-1] += 52 - sum(shares)
        columns = (self.col("quarter", width=18), Column(self.w("as_of"), "left", 14),
                   self.col("score", "right", 8), self.col("change", "right", 8),
                   *(Column(status_word(s, self.lang), "right", share) for s, share in zip(statuses, shares)))
        rows = []
        previous: Decimal | None = None
        for index, q in enumerate(quarters):
            current = index == len(quarters) - 1
            label = period_text(q.label, self.lang) + (self.w("current_quarter") if current else "")
            change = DASH
            if previous is not None and q.score is not None:
                delta = ((q.score - previous) * 100).quantize(_TENTH, ROUND_HALF_UP)
                change = f"+{format_decimal(delta)}" if delta > 0 else format_decimal(delta)
            rows.append(Row((
                Text(label), Text(q.date.isoformat(), "date"), Text(score_text(q.score), "num"), Text(change, "num"),
                *(Text(str(q.counts.get(s.value, 0)), f"num status-{s.value}") for s in statuses),
            ), "current" if current else ""))
            previous = q.score
        chart = Chart("quarter-scores", self.w("chart.quarters"),
                      tuple(ChartBar(period_text(q.label, self.lang), q.score, None, score_text(q.score))
                            for q in quarters))
        return [chart, Table("quarters", columns, tuple(rows))]

    def projections_blocks(self, projections: Sequence[ProjectionLine]) -> list[Block]:
        if not projections:
            return []
        columns = (self.col("target", width=22), self.col("metric", width=16), self.col("ytd", "right", 10),
                   self.col("projected", "right", 11), self.col("required", "right", 10),
                   self.col("outlook", width=9), self.col("method", width=13), self.col("share", "right", 9))
        rows = tuple(Row((
            self.target_cell(p.quote, p.target), Text(p.metric_name),
            Text(number(p.year_to_date, p.unit), "num"), Text(number(p.projected, p.unit), "num"),
            Text(number(p.required, p.unit), "num"),
            Text(self.w("meets") if p.projected_to_meet else self.w("short"),
                 "outlook meets" if p.projected_to_meet else "outlook short"),
            Text(_pick(_METHOD[p.method], self.lang)), Text(percent(p.share), "num"),
        )) for p in projections)
        short = sum(not p.projected_to_meet for p in projections)
        intro = (f"按年内累计推算全年,{len(projections)}项中{short}项预计难以完成。" if self.zh
                 else f"Projecting each year-to-date total to the year's end, {short} of {len(projections)} "
                      f"targets fall short.")
        note = ("“按上年同期进度”:按上年同期完成全年的比例推算;“按序时进度直线推算”:缺上年数据时按已过时间比例推算。"
                if self.zh else
                "Previous-year pattern: the share of last year's total reached by the same date; straight line: "
                "the share of the year elapsed, when last year's figures are missing.")
        return [Paragraph(intro), Table("projections", columns, rows), Paragraph(note, "note")]

    def next_quarter_blocks(self, lines: Sequence[NextQuarterLine]) -> list[Block]:
        if not lines:
            return []
        due_by = lines[0].due_by.isoformat()
        intro = (f"按序时进度,到{due_by}各目标应达到:" if self.zh
                 else f"On schedule, by {due_by} each target should reach:")
        columns = (self.col("target", width=46), self.col("due", "right", 18), self.col("now", "right", 18),
                   self.col("still_needed", "right", 18))
        rows = tuple(Row((
            self.target_cell(n.quote, n.target), Text(number(n.due, n.unit), "num"),
            Text(number(n.actual, n.unit), "num"), Text(number(n.still_needed, n.unit), "num"),
        ), "done" if n.still_needed == 0 else "") for n in lines)
        return [Paragraph(intro), Table("next_quarter", columns, rows)]
