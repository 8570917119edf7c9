"""The words of the reports: report kinds, headings, column labels, period labels.

Status, light and verdict words are shared with the rest of planengine in
:mod:`planengine.vocabulary`; numbers are written by :mod:`planengine.formatting`.
"""

from __future__ import annotations

import calendar
import re

from ..projection import Method
from ..reporting import ReportKind
from ..vocabulary import _pick

__all__ = ["kind_word", "measure_word", "method_word", "period_text", "short_hash", "word"]

_KIND = {
    ReportKind.DEKAD: ("旬简报", "Dekad brief"),
    ReportKind.MONTHLY: ("月通报", "Monthly bulletin"),
    ReportKind.QUARTERLY: ("季总结", "Quarterly summary"),
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
    "entity": ("填报主体", "Reporting entity"),
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
    "sec.unjudged": ("未评价目标", "Targets not judged"),
    "light_rule": ("预警规则", "Warning-light rule"),
    "scope": ("数据范围", "Figures counted"),
    "scope.accepted": ("仅已审核通过的数据", "accepted figures only"),
    "scope.submitted": ("含尚未审核的报送数据", "figures not yet reviewed included"),
    "scope.files": ("直接读取的数据文件(未经审核)", "read from files, not reviewed"),
    "col.schedule": ("较序时进度(百分点)", "Against schedule (pp)"),
    "col.reason": ("原因", "Reason"),
    "col.remedy": ("处理办法", "Remedy"),
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


def word(key: str, lang: str) -> str:
    return _pick(_WORDS[key], lang)


def kind_word(kind: ReportKind, lang: str) -> str:
    return _pick(_KIND[kind], lang)


def short_hash(spec_hash: str) -> str:
    """``sha256:`` and the first 12 hex digits."""
    algorithm, _, digest = spec_hash.rpartition(":")
    return f"{algorithm}:{digest[:12]}" if algorithm else digest[:12]


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
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


def method_word(method: Method, lang: str) -> str:
    """How a projection was made, in ``lang``."""
    return _pick(_METHOD[method], lang)


def measure_word(measure: str, lang: str) -> str:
    """数值 / value, 同比 / YoY rate; an unknown measure as it is."""
    return _pick(_MEASURE.get(measure, (measure, measure)), lang)
