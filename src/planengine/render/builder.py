"""Turn a :class:`~planengine.reporting.Report` into a :class:`~planengine.render.document.Document`.

Numbers are written the same way everywhere, by :mod:`planengine.formatting`:

* completion and expected progress are fractions shown as percentages with one decimal,
  rounded half up (0.4959 -> ``49.6%``), never 100% for a figure that falls short;
* points ahead of or behind 序时进度 come from the unrounded rates, with one decimal;
* scores are fractions 0..1 shown out of 100 with one decimal (0.7552 -> ``75.5``);
* actual, required and gap are in the line's unit (money in its largest sensible unit);
  a gap between rates (unit ``%``) is in percentage points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs

from ..evaluator import Status
from ..formatting import DASH, amount, gap, percent, points
from ..formatting import score as score_text
from ..lights import Light
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
    UnjudgedLine,
)
from ..vocabulary import check_lang, light_word, status_word, verdict_word
from .document import (
    Bar,
    Block,
    Cell,
    Chart,
    ChartBar,
    Column,
    Count,
    Document,
    Fact,
    Items,
    Paragraph,
    Row,
    Section,
    Table,
    Text,
)
from .words import kind_word, measure_word, method_word, period_text, short_hash, word

__all__ = ["build_document"]

_TENTH = Decimal("0.1")


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
        counts = tuple(
            Count(s, status_word(s, self.lang), r.counts.get(s.value, 0)) for s in Status if r.counts.get(s.value, 0)
        )
        facts = [
            Fact("issuer", self.w("issuer"), r.issuer),
            *([Fact("entity", self.w("entity"), r.entity_name or r.entity)] if r.entity else []),
            Fact("period", self.w("period"), self.period_span()),
            Fact("as_of", self.w("as_of"), r.as_of.isoformat()),
        ]
        if r.known_on is not None:
            facts.append(Fact("known_on", self.w("known_on"), r.known_on.isoformat()))
        facts += [
            Fact("score", self.w("score"), score_text(r.score)),
            Fact("counts", self.w("counts"), self.counts_text(r.counts)),
            Fact("light_rule", self.w("light_rule"), r.light_rule or DASH),
            *([Fact("scope", self.w("scope"), self.w(f"scope.{r.scope}"))] if r.scope else []),
            Fact("plan_id", self.w("plan_id"), r.plan),
            Fact("spec_hash", self.w("spec_hash"), short_hash(r.spec_hash)),
        ]
        sections = {
            ReportKind.DEKAD: self.dekad_sections,
            ReportKind.MONTHLY: self.monthly_sections,
            ReportKind.QUARTERLY: self.quarterly_sections,
        }[r.kind]()
        numbered = tuple(attrs.evolve(s, title=self.numbered(i, s.title)) for i, s in enumerate(sections))
        return Document(
            self.lang,
            r.kind,
            r.title,
            kind_word(r.kind, self.lang),
            period_text(r.period_label, self.lang),
            tuple(facts),
            counts,
            self.counts_text(r.counts),
            numbered,
        )

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
            self.section("unjudged", self.unjudged_blocks(r.unjudged)),
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
            intro = (
                f"本旬报送的往期数据(日期在{start.isoformat()}之前)"
                if self.zh
                else f"Figures for earlier dates (before {start.isoformat()}) reported in the dekad"
            )
            blocks += [Paragraph(intro, "subheading"), self.figures_table("earlier-figures", earlier)]
        corrections = [self.correction_text(f) for f in figures if f.is_correction]
        if corrections:
            lead = f"其中更正{len(corrections)}条:" if self.zh else f"Corrections among them: {len(corrections)}."
            blocks += [Paragraph(lead, "corrections"), Items(tuple(corrections), "corrections")]
        return blocks

    def figures_table(self, name: str, figures: Sequence[ReportedFigure]) -> Table:
        columns = (
            self.col("metric", width=24),
            self.col("date", width=11),
            self.col("value", "right", 12),
            self.col("measure", width=7),
            self.col("reported_by", width=11),
            self.col("reported_at", width=11),
            self.col("note", width=24),
        )
        rows = []
        for f in figures:
            correction = f.is_correction
            rows.append(
                Row(
                    (
                        Text(f.metric_name or f.metric, "metric", sub=f.metric),
                        Text(f.date.isoformat(), "date"),
                        Text(f.value, "num"),
                        Text(measure_word(f.measure, self.lang)),
                        Text(f.reported_by or DASH),
                        Text(f.reported_at.isoformat() if f.reported_at else DASH, "date"),
                        Text(f.note, "note", badge=self.w("correction") if correction else ""),
                    ),
                    "correction" if correction else "",
                    f.source,
                )
            )
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
        intro = (
            f"与上期末({before})相比,{len(changes)}项目标状态发生变化。"
            if self.zh
            else f"{len(changes)} target{'' if len(changes) == 1 else 's'} changed status since the end of "
            f"the previous period ({before})."
        )
        columns = (self.col("target", width=56), self.col("before", width=22), self.col("after", width=22))
        rows = tuple(
            Row((self.target_cell(c.quote, c.target), self.status_cell(c.before), self.status_cell(c.after)))
            for c in changes
        )
        return [Paragraph(intro), Table("changes", columns, rows)]

    def warnings_blocks(self, warnings: Sequence[TargetLine], name: str) -> list[Block]:
        if not warnings:
            return []
        columns = (
            self.col("light", width=8),
            self.col("no", width=8),
            self.col("target", width=24),
            self.col("status", width=8),
            self.col("behind", "right", 10),
            self.col("lead", width=12),
            self.col("explanation", width=30),
        )
        rows = []
        for line in warnings:
            behind = DASH if line.points_behind is None else points(line.points_behind, self.lang)
            rows.append(
                Row(
                    (
                        self.light_cell(line.light),
                        Text(line.task_number),
                        self.target_cell(line.quote, line.target),
                        self.status_cell(line.status),
                        Text(behind, "num"),
                        Text(self.join(line.lead)),
                        Text(self.explanation(line), "explanation"),
                    ),
                    f"light-{line.light.value}" if line.light else "",
                )
            )
        reds = sum(line.light is Light.RED for line in warnings)
        yellows = sum(line.light is Light.YELLOW for line in warnings)
        intro = f"红灯{reds}项、黄灯{yellows}项。" if self.zh else f"{reds} red, {yellows} yellow."
        return [Paragraph(intro), Table(name, columns, tuple(rows))]

    def missed_blocks(self, missed: Sequence[MissedReport]) -> list[Block]:
        if not missed:
            return []
        columns = (
            self.col("reported_by", width=22),
            self.col("metric", width=38),
            self.col("period_due", width=22),
            self.col("period_end", width=18),
        )
        rows = tuple(
            Row(
                (
                    Text(m.reporter),
                    Text(m.metric_name or m.metric, "metric", sub=m.metric),
                    Text(period_text(m.period_label, self.lang)),
                    Text(m.period_end.isoformat(), "date"),
                )
            )
            for m in missed
        )
        return [Table("missed", columns, rows)]

    # -- the monthly bulletin

    def monthly_sections(self) -> list[Section]:
        r = self.report
        return [
            self.section("targets", self.targets_blocks(r.targets)),
            self.section("units", self.units_blocks(r.units)),
            self.section("warnings", self.warnings_blocks(r.warnings, "warnings")),
            self.section("missed", self.missed_blocks(r.missed_reports)),
            self.section("unjudged", self.unjudged_blocks(r.unjudged)),
        ]

    def targets_blocks(self, targets: Sequence[TargetLine]) -> list[Block]:
        if not targets:
            return []
        columns = (
            self.col("no", width=6),
            self.col("target", width=16),
            self.col("status", width=6),
            self.col("actual", "right", 8),
            self.col("required", "right", 8),
            self.col("completion", "right", 7),
            self.col("expected", "right", 7),
            self.col("progress", width=8, html_only=True),
            self.col("schedule", "right", 9),
            self.col("gap", "right", 9),
            self.col("lead", width=9),
            self.col("light", width=7),
        )
        rows = []
        for line in targets:
            progress: Cell = (
                Bar(line.target, line.completion, line.expected, line.light, self.bar_label(line))
                if line.status.evaluated
                else Text(DASH, "none")
            )
            rows.append(
                Row(
                    (
                        Text(line.task_number),
                        self.target_cell(line.quote, line.target),
                        self.status_cell(line.status),
                        Text(amount(line.actual, line.unit), "num"),
                        Text(amount(line.required, line.unit), "num"),
                        Text(percent(line.completion), "num"),
                        Text(percent(line.expected), "num"),
                        progress,
                        Text(self.schedule_text(line), "num"),
                        Text(gap(line.gap, line.unit, self.lang, strict=line.gap_strict), "num"),
                        Text(self.join(line.lead)),
                        self.light_cell(line.light),
                    ),
                    f"row-{line.status.value}",
                )
            )
        blocks: list[Block] = [Table("targets", columns, tuple(rows))]
        if any(line.progress is not None for line in targets):
            blocks.append(Paragraph(self.schedule_note(), "note"))
        return blocks

    def schedule_text(self, line: TargetLine) -> str:
        """快于/持平/慢于序时进度 with the points, from the unrounded rates; a dash when not measured."""
        p = line.progress
        if p is None:
            return DASH
        shown = abs(p.shown_points)
        verdict = verdict_word(p.verdict, self.lang)
        if shown == 0:
            return "持平" if self.zh else "level"
        # short enough for a narrow column: the header says the unit is percentage points
        return f"{verdict[0]}{shown}" if self.zh else f"{shown} {verdict.split()[0]}"

    def schedule_note(self) -> str:
        rule = self.report.light_rule
        if self.zh:
            return (
                "“较序时进度”为完成率与序时进度之差(百分点,按未经舍入的比率计算,保留一位小数);"
                f"序时进度按报告期计算(如1-6月为50%)。预警规则:{rule}。"
            )
        return (
            "“Against schedule” is completion minus expected progress in percentage points, from the unrounded "
            "rates, shown to one decimal; expected progress counts whole reporting periods (January to June is "
            f"50%). Warning-light rule: {rule}."
        )

    def units_blocks(self, units: Sequence[UnitLine]) -> list[Block]:
        if not units:
            return []
        columns = (
            self.col("rank", "right", 8),
            self.col("unit", width=24),
            self.col("lead_score", "right", 14),
            self.col("lead_targets", "right", 14),
            self.col("support_score", "right", 14),
            self.col("support_targets", "right", 14),
            self.col("light", width=12),
        )
        rows = tuple(
            Row(
                (
                    Text(str(u.rank) if u.rank else DASH, "num"),
                    Text(u.name, sub=u.unit),
                    Text(score_text(u.lead_score), "num"),
                    Text(str(u.lead_targets), "num"),
                    Text(score_text(u.support_score), "num"),
                    Text(str(u.support_targets), "num"),
                    self.light_cell(u.light),
                )
            )
            for u in units
        )
        ranked = tuple(
            ChartBar(u.name, u.lead_score, u.light, score_text(u.lead_score))
            for u in units
            if u.rank and u.lead_score is not None
        )
        note = (
            "名次按牵头目标的加权得分排列;未牵头已评价目标的单位不排名。"
            if self.zh
            else "Ranked by the weighted score of the targets each unit leads; "
            "units that lead no scored target are not ranked."
        )
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
            self.section("unjudged", self.unjudged_blocks(r.unjudged)),
        ]

    def quarters_blocks(self, quarters: Sequence[QuarterLine]) -> list[Block]:
        if not quarters:
            return []
        statuses = [s for s in Status if any(q.counts.get(s.value, 0) for q in quarters)]
        shares = [52 // max(1, len(statuses))] * len(statuses)  # the status columns share 52% of the width
        if shares:
            shares[-1] += 52 - sum(shares)
        columns = (
            self.col("quarter", width=18),
            Column(self.w("as_of"), "left", 14),
            self.col("score", "right", 8),
            self.col("change", "right", 8),
            *(Column(status_word(s, self.lang), "right", share) for s, share in zip(statuses, shares)),
        )
        rows = []
        previous: Decimal | None = None
        for index, q in enumerate(quarters):
            current = index == len(quarters) - 1
            label = period_text(q.label, self.lang) + (self.w("current_quarter") if current else "")
            change = DASH
            if previous is not None and q.score is not None:
                delta = ((q.score - previous) * 100).quantize(_TENTH, ROUND_HALF_UP)
                change = f"+{format_decimal(delta)}" if delta > 0 else format_decimal(delta)
            rows.append(
                Row(
                    (
                        Text(label),
                        Text(q.date.isoformat(), "date"),
                        Text(score_text(q.score), "num"),
                        Text(change, "num"),
                        *(Text(str(q.counts.get(s.value, 0)), f"num status-{s.value}") for s in statuses),
                    ),
                    "current" if current else "",
                )
            )
            previous = q.score
        chart = Chart(
            "quarter-scores",
            self.w("chart.quarters"),
            tuple(ChartBar(period_text(q.label, self.lang), q.score, None, score_text(q.score)) for q in quarters),
        )
        return [chart, Table("quarters", columns, tuple(rows))]

    def projections_blocks(self, projections: Sequence[ProjectionLine]) -> list[Block]:
        if not projections:
            return []
        columns = (
            self.col("target", width=22),
            self.col("metric", width=16),
            self.col("ytd", "right", 10),
            self.col("projected", "right", 11),
            self.col("required", "right", 10),
            self.col("outlook", width=9),
            self.col("method", width=13),
            self.col("share", "right", 9),
        )
        rows = tuple(
            Row(
                (
                    self.target_cell(p.quote, p.target),
                    Text(p.metric_name),
                    Text(amount(p.year_to_date, p.unit), "num"),
                    Text(amount(p.projected, p.unit), "num"),
                    Text(amount(p.required, p.unit), "num"),
                    Text(
                        self.w("meets") if p.projected_to_meet else self.w("short"),
                        "outlook meets" if p.projected_to_meet else "outlook short",
                    ),
                    Text(method_word(p.method, self.lang)),
                    Text(percent(p.share), "num"),
                )
            )
            for p in projections
        )
        short = sum(not p.projected_to_meet for p in projections)
        intro = (
            f"按年内累计推算全年,{len(projections)}项中{short}项预计难以完成。"
            if self.zh
            else f"Projecting each year-to-date total to the year's end, {short} of {len(projections)} "
            f"targets fall short."
        )
        note = (
            "“按上年同期进度”:按上年同期完成全年的比例推算;“按序时进度直线推算”:缺上年数据时按已过时间比例推算。"
            if self.zh
            else "Previous-year pattern: the share of last year's total reached by the same date; straight line: "
            "the share of the year elapsed, when last year's figures are missing."
        )
        return [Paragraph(intro), Table("projections", columns, rows), Paragraph(note, "note")]

    def next_quarter_blocks(self, lines: Sequence[NextQuarterLine]) -> list[Block]:
        if not lines:
            return []
        due_by = lines[0].due_by.isoformat()
        intro = (
            f"按序时进度,到{due_by}各目标应达到:" if self.zh else f"On schedule, by {due_by} each target should reach:"
        )
        columns = (
            self.col("target", width=46),
            self.col("due", "right", 18),
            self.col("now", "right", 18),
            self.col("still_needed", "right", 18),
        )
        rows = tuple(
            Row(
                (
                    self.target_cell(n.quote, n.target),
                    Text(amount(n.due, n.unit), "num"),
                    Text(amount(n.actual, n.unit), "num"),
                    Text(amount(n.still_needed, n.unit), "num"),
                ),
                "done" if n.still_needed == 0 else "",
            )
            for n in lines
        )
        return [Paragraph(intro), Table("next_quarter", columns, rows)]

    # -- targets not judged

    def unjudged_blocks(self, lines: Sequence[UnjudgedLine]) -> list[Block]:
        if not lines:
            return []
        columns = (
            self.col("target", width=30),
            self.col("status", width=10),
            self.col("reason", width=32),
            self.col("remedy", width=28),
        )
        rows = tuple(
            Row(
                (
                    self.target_cell(u.quote, u.target),
                    self.status_cell(u.status),
                    Text(u.reason.zh if self.zh else u.reason.en, "explanation"),
                    Text(u.remedy.zh if self.zh else u.remedy.en, "remedy"),
                ),
                f"row-{u.status.value}",
            )
            for u in lines
        )
        intro = (
            f"以下{len(lines)}项目标本期未能评价,原因及处理办法如下。"
            if self.zh
            else f"{len(lines)} target{'' if len(lines) == 1 else 's'} could not be judged; why, and what to do:"
        )
        return [Paragraph(intro), Table("unjudged", columns, rows)]
