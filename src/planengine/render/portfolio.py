"""A portfolio's two tables as Markdown: the entities ranked on one plan, and one unit's 督办台账.

:func:`render_ranking` ranks the entities (districts) that carry out one plan by their
overall score (:meth:`Portfolio.ranking <planengine.portfolio.Portfolio.ranking>`);
:func:`render_led_by` lists every target a unit leads across the portfolio's plans and
entities, with its status and progress, then the explanation of each target that needs
chasing (滞后, 未完成, 无数据...). Both are written in Chinese (``lang="zh"``, the default) or
English, with numbers written by :mod:`planengine.formatting` as in the reports, and text
from the plans escaped as :func:`~planengine.render.markdown.escape_markdown` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..evaluator import Status
from ..formatting import DASH, gap, percent
from ..formatting import score as score_text
from ..portfolio import EntityStanding, LedTarget, Portfolio
from ..progress import Progress
from ..scoring import DEFAULT_RULE, ScoringRule
from ..vocabulary import _pick, check_lang, status_word, verdict_word
from .markdown import escape_markdown

__all__ = ["render_led_by", "render_ranking"]

_WORDS: dict[str, tuple[str, str]] = {
    "ranking": ("各地区排名", "Entities ranked"),
    "led_by": ("牵头目标督办台账", "Targets led: follow-up list"),
    "as_of": ("截至", "As of"),
    "plan_id": ("方案标识", "Plan id"),
    "unit_id": ("单位标识", "Unit id"),
    "entities": ("地区数", "Entities"),
    "ranked": ("已排名", "ranked"),
    "rule": ("评分规则", "Scoring rule"),
    "targets_led": ("牵头目标", "Targets led"),
    "plans": ("涉及方案", "Plans"),
    "col.rank": ("名次", "Rank"),
    "col.entity": ("地区", "Entity"),
    "col.score": ("综合得分", "Score"),
    "col.scored": ("已评价目标", "Targets scored"),
    "col.no": ("序号", "No."),
    "col.plan": ("方案", "Plan"),
    "col.target": ("目标", "Target"),
    "col.quote": ("要求", "Requirement"),
    "col.status": ("状态", "Status"),
    "col.completion": ("完成率", "Completion"),
    "col.schedule": ("较序时进度(百分点)", "Against schedule (pp)"),
    "col.gap": ("差距", "Gap"),
    "sec.targets": ("牵头目标", "Targets led"),
    "sec.chase": ("需督办事项", "To follow up"),
    "none": ("无。", "None."),
    "note.ranking": (
        "名次按综合得分排列:综合得分为该地区各已评价目标得分的加权平均(百分制,力争类目标减半计权);"
        "得分相同者名次并列;没有已评价目标的地区不排名,列于最后。",
        "Ranked by overall score: the weighted mean of the entity's scored targets, out of 100 (strive targets "
        "count half); equal scores share a rank; entities with no scored target are not ranked and come last.",
    ),
    "note.chase": (
        "以下为状态为滞后、未完成、无数据、无法评价或出错的目标,附评价说明。",
        "Targets lagging, missed, without data, not evaluable or in error, with the explanation of each.",
    ),
}

#: The statuses a unit is chased for, and the order of the counts in a standing's row.
_CHASED = (Status.LAGGING, Status.MISSED, Status.NO_DATA, Status.NOT_EVALUABLE, Status.ERROR)
_COUNTED = (Status.MET, Status.ON_TRACK, Status.LAGGING, Status.MISSED, Status.NO_DATA)


def _w(key: str, lang: str) -> str:
    return _pick(_WORDS[key], lang)


def render_ranking(portfolio: Portfolio, plan_id: str, lang: str = "zh", *, rule: ScoringRule = DEFAULT_RULE) -> str:
    """The entities of ``plan_id`` ranked by overall score under ``rule``, as Markdown in ``lang``."""
    check_lang(lang)
    plan = portfolio.plan(plan_id)
    standings = portfolio.ranking(plan_id, rule=rule)
    sep = ":" if lang == "zh" else ": "
    ranked = sum(1 for s in standings if s.rank)
    lines = [
        f"# {escape_markdown(plan.title)} · {_w('ranking', lang)}",
        "",
        f"**{_w('as_of', lang)}{sep}{portfolio.as_of.isoformat()}**",
        "",
        f"- **{_w('plan_id', lang)}**{sep}{escape_markdown(plan.id)}",
        f"- **{_w('entities', lang)}**{sep}{len(standings)}"
        + (f"({_w('ranked', lang)} {ranked})" if lang == "zh" else f" ({ranked} {_w('ranked', lang)})"),
        f"- **{_w('rule', lang)}**{sep}{escape_markdown(rule.name)} {escape_markdown(rule.version)}",
        "",
    ]
    columns = [
        _w("col.rank", lang),
        _w("col.entity", lang),
        _w("col.score", lang),
        _w("col.scored", lang),
        *(status_word(s, lang) for s in _COUNTED),
    ]
    lines += _table(columns, "rlrr" + "r" * len(_COUNTED), [_standing_row(s, lang) for s in standings])
    lines += ["", escape_markdown(_w("note.ranking", lang))]
    return "\n".join(lines) + "\n"


def _standing_row(standing: EntityStanding, lang: str) -> list[str]:
    counts = (standing.met, standing.on_track, standing.lagging, standing.missed, standing.no_data)
    name = standing.name
    if standing.name != standing.entity:
        name += f"({standing.entity})" if lang == "zh" else f" ({standing.entity})"
    return [
        str(standing.rank) if standing.rank else DASH,
        escape_markdown(name or DASH),
        score_text(standing.score),
        f"{standing.scored}/{standing.targets}",
        *(str(count) for count in counts),
    ]


def render_led_by(portfolio: Portfolio, unit_id: str, lang: str = "zh") -> str:
    """Every target ``unit_id`` leads across the portfolio (its 督办台账), as Markdown in ``lang``."""
    check_lang(lang)
    led = portfolio.led_by(unit_id)
    sep = ":" if lang == "zh" else ": "
    counts = Counter(item.status for item in led)
    summary = ", ".join(f"{status_word(s, lang)} {counts[s]}" for s in Status if counts[s])
    lines = [
        f"# {escape_markdown(portfolio.unit_name(unit_id))} · {_w('led_by', lang)}",
        "",
        f"**{_w('as_of', lang)}{sep}{portfolio.as_of.isoformat()}**",
        "",
        f"- **{_w('unit_id', lang)}**{sep}{escape_markdown(unit_id)}",
        f"- **{_w('targets_led', lang)}**{sep}{len(led)}"
        + ((f"({summary})" if lang == "zh" else f" ({summary})") if summary else ""),
        f"- **{_w('plans', lang)}**{sep}{len({item.plan for item in led})}",
        "",
        f"## {_w('sec.targets', lang)}",
        "",
    ]
    if not led:
        return "\n".join([*lines, _w("none", lang)]) + "\n"
    columns = [
        _w("col.no", lang),
        _w("col.plan", lang),
        _w("col.entity", lang),
        _w("col.target", lang),
        _w("col.quote", lang),
        _w("col.status", lang),
        _w("col.completion", lang),
        _w("col.schedule", lang),
        _w("col.gap", lang),
    ]
    rows = [_led_row(portfolio, number, item, lang) for number, item in enumerate(led, 1)]
    lines += _table(columns, "rlllllrrr", rows)
    chased = [item for item in led if item.status in _CHASED]
    lines += ["", f"## {_w('sec.chase', lang)}", "", escape_markdown(_w("note.chase", lang)), ""]
    if not chased:
        lines.append(_w("none", lang))
    for item in chased:
        where = _where(portfolio, item)
        explanation = item.assessment.explanation.zh if lang == "zh" else item.assessment.explanation.en
        lines.append(
            f"- **{escape_markdown(where)} {escape_markdown(item.target)}**{sep}{escape_markdown(explanation)}"
        )
    return "\n".join(lines) + "\n"


def _where(portfolio: Portfolio, item: LedTarget) -> str:
    """The plan and entity of a line, as the report names them."""
    name = portfolio.entity_name(item.plan, item.entity)
    return f"{item.plan}/{name}" if name else item.plan


def _led_row(portfolio: Portfolio, number: int, item: LedTarget, lang: str) -> list[str]:
    assessment = item.assessment
    progress = assessment.progress
    completion = progress.completion if progress is not None else assessment.completion
    return [
        str(number),
        escape_markdown(portfolio.plan(item.plan).title),
        escape_markdown(portfolio.entity_name(item.plan, item.entity) or DASH),
        escape_markdown(item.target),
        escape_markdown(assessment.quote),
        status_word(assessment.status, lang),
        percent(completion),
        _schedule(progress, lang),
        gap(assessment.gap, assessment.unit, lang, strict=assessment.gap_strict),
    ]


def _schedule(progress: Progress | None, lang: str) -> str:
    """快/持平/慢 with the points as shown, as the reports write it; a dash when not measured."""
    if progress is None:
        return DASH
    shown = abs(progress.shown_points)
    if shown == 0:
        return "持平" if lang == "zh" else "level"
    verdict = verdict_word(progress.verdict, lang)
    return f"{verdict[0]}{shown}" if lang == "zh" else f"{shown} {verdict.split()[0]}"


_ALIGN = {"l": "---", "r": "---:"}


def _table(columns: Sequence[str], align: str, rows: Sequence[Sequence[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(escape_markdown(c) for c in columns) + " |",
        "| " + " | ".join(_ALIGN[a] for a in align) + " |",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines
