"""From the outline and the readings to spec data: units, metrics, tasks, targets, notes.

Each reading becomes one target with its exact quote. The encoding follows the spec
format: a growth rate is ``growth-rate`` (``min_growth``, or ``benchmark`` for 高于…平均
增速); a count of things in whole numbers is ``count-threshold``; money, area, rates and
everything else are ``amount-threshold``; a deliverable is a ``milestone`` (a plugin
evaluator, listed in ``plugin_evaluators``) on a stage metric in 阶段, as in the seed spec.
What the text leaves to a person (a metric's id, name and reporting, a unit the text does
not state, a rule planengine cannot express) is written in the target's ``note`` or the
metric's ``description``, each beginning with ``REVIEW:``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from ..quantities import UnknownUnitError, format_decimal, unit as known_unit
from .numbers import COUNT_WORDS, SCALES, cn_integer
from .responsibility import Responsibility
from .structure import Node, Outline
from .targets import Reading

__all__ = ["Assembled", "DraftTarget", "assemble"]

REVIEW: Final = "REVIEW: "

_MONEY: Final = re.compile(r"额|值|收入|投入|投资|经费|资金|税|贷款|放贷|销售|营收|利润|GDP|基金|融资|出口|进口|消费|产值|支出|补助|奖励|资助")
_PEOPLE: Final = re.compile(r"人才|人数|人口|就业|人员|毕业生|人次")
_STOCK: Final = re.compile(r"入库|保有|总数|总量|规模|面积|耕地|存量|余额|用户|覆盖|拥有|常住|户籍|保护|种植|播种")
_FLOW: Final = re.compile(
    r"^(?:新增|新建|新培育|新认定|新开|新改建|新|引进|实施|完成|建设|开展|培育|打造|治理|解决|改造|建成|放贷|优化|举办|组织|"
    r"选育|支持|发掘|遴选|开工|续建|打通|上线|招引|签约|落地|申报|创建|争创|认定|输出|转移|培训|筛查|救助|帮扶)"
)


@attrs.frozen
class DraftTarget:
    """A drafted target as the text states it, with the id it has in the spec.

    ``kind``, ``comparator``, ``value`` and ``value_high`` use the corpus vocabulary (see
    the corpus README): ``=`` is a bare number, values are in base units (% as a fraction,
    万 and 亿 expanded). ``lead`` and ``support`` are unit names as written.
    """

    id: str
    quote: str
    start: int
    end: int
    kind: str
    comparator: str | None
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    strive: bool
    evaluator: str
    metric: str | None
    task: str | None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    note: str = ""


@attrs.frozen
class Assembled:
    spec: dict[str, Any]
    targets: tuple[DraftTarget, ...]
    review: tuple[str, ...]


@attrs.define
class _Task:
    id: str
    number: str
    title: str
    parent: str | None
    responsibility: Responsibility


@attrs.define
class _Builder:
    text: str
    units: dict[str, str] = attrs.Factory(dict)  # name -> id
    metrics: list[dict[str, Any]] = attrs.Factory(list)
    metric_keys: dict[tuple[str, str, str, str], str] = attrs.Factory(dict)
    tasks: list[_Task] = attrs.Factory(list)
    review: list[str] = attrs.Factory(list)

    def unit_id(self, name: str) -> str:
        if name not in self.units:
            self.units[name] = f"u{len(self.units) + 1}"
        return self.units[name]

    def metric_id(self, name: str, unit: str, reporting: str, direction: str, notes: Sequence[str]) -> str:
        key = (name, unit, reporting, direction)
        if key in self.metric_keys:
            return self.metric_keys[key]
        metric_id = f"m{len(self.metrics) + 1}"
        self.metric_keys[key] = metric_id
        description = REVIEW + "; ".join(["metric id and name drafted from the text", *notes])
        self.metrics.append({"id": metric_id, "name": name or "(未命名指标)", "unit": unit, "reporting": reporting,
                             "direction": direction, "description": description})
        return metric_id


def _ascii_number(own: str) -> str:
    token = own.strip("()第")
    if token.isdigit():
        return token
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    if token in circled:
        return str(circled.index(token) + 1)
    value = cn_integer(token)
    return str(value) if value is not None else "x"


def _task_id(node: Node) -> str:
    path = []
    current: Node | None = node
    while current is not None and current.kind != "root":
        path.append(("r" if current.kind == "row" else "") + _ascii_number(current.own))
        current = current.parent
    return "t" + ".".join(reversed(path))


def _responsibility_groups(node: Node) -> list[Responsibility]:
    distinct: list[Responsibility] = []
    for bracket in node.brackets:
        r = bracket.responsibility
        if all((r.lead, r.support) != (d.lead, d.support) for d in distinct):
            distinct.append(r)
    return distinct


def assemble(
    text: str, outline: Outline, readings: Mapping[int, list[tuple[int, Reading]]], *, plan_id: str, year: int,
    title: str, issuer: str,
) -> Assembled:
    """Build the spec data. ``readings`` maps ``id(node)`` to (segment, reading) pairs."""
    builder = _Builder(text)
    nodes = outline.root.walk()
    has_targets: dict[int, bool] = {}

    def subtree_has(node: Node) -> bool:
        own = bool(readings.get(id(node))) or bool(node.brackets)
        result = any([subtree_has(child) for child in node.children]) or own
        has_targets[id(node)] = result
        return result

    subtree_has(outline.root)
    task_of_segment: dict[tuple[int, int], str | None] = {}
    responsibility_of_task: dict[str, Responsibility] = {}
    for node in nodes:
        if node.kind == "root" or not has_targets[id(node)]:
            continue
        if node.is_goal_section and not node.brackets:
            for segment in range(len(node.brackets) + 1):
                task_of_segment[(id(node), segment)] = None
            continue
        task_id = _task_id(node)
        parent = node.parent
        parent_id = _task_id(parent) if parent is not None and parent.kind != "root" and not (
            parent.is_goal_section and not parent.brackets) else None
        groups = _responsibility_groups(node)
        own = groups[0] if len(groups) == 1 else Responsibility()
        builder.tasks.append(_Task(task_id, node.number, node.title or node.number, parent_id, own))
        responsibility_of_task[task_id] = own
        for segment in range(len(node.brackets) + 1):
            task_of_segment[(id(node), segment)] = task_id
        if len(groups) > 1:
            for index, bracket in enumerate(node.brackets):
                sub_id = f"{task_id}-{index + 1}"
                first = next((r for r in node.regions if r.segment == index), None)
                sub_title = text[first.start:first.end][:30] if first is not None else node.title
                builder.tasks.append(_Task(sub_id, f"{node.number}-{index + 1}", sub_title, task_id,
                                           bracket.responsibility))
                responsibility_of_task[sub_id] = bracket.responsibility
                task_of_segment[(id(node), index)] = sub_id
                if bracket.responsibility.note:
                    builder.review.append(f"task {sub_id}: {bracket.responsibility.note}")
        elif own.note:
            builder.review.append(f"task {task_id}: {own.note}")

    drafted: list[DraftTarget] = []
    spec_targets: list[dict[str, Any]] = []
    counters: dict[str, int] = {}
    milestone_used = False
    for node in nodes:
        for segment, reading in readings.get(id(node), []):
            target_task = task_of_segment.get((id(node), segment))
            prefix = target_task or "goal"
            counters[prefix] = counters.get(prefix, 0) + 1
            target_id = f"{prefix}/{counters[prefix]}"
            target = _encode(builder, reading, target_id, target_task)
            spec_targets.append(target)
            milestone_used = milestone_used or target["evaluator"] == "milestone"
            lead, support = _names_for(target_task, responsibility_of_task, builder)
            drafted.append(DraftTarget(
                id=target_id, quote=text[reading.start:reading.end], start=reading.start, end=reading.end,
                kind=reading.kind, comparator=reading.comparator, value=reading.value, value_high=reading.value_high,
                unit=_base_unit(reading), strive=reading.strive, evaluator=target["evaluator"],
                metric=target.get("metric"), task=target_task, lead=lead, support=support, note=target.get("note", ""),
            ))
    spec: dict[str, Any] = {"format": 1, "id": plan_id, "title": title, "issuer": issuer, "year": year}
    if outline.source:
        spec["source"] = outline.source
    if milestone_used:
        spec["plugin_evaluators"] = ["milestone"]
    spec["units"] = [{"id": uid, "name": name} for name, uid in builder.units.items()]
    spec["metrics"] = builder.metrics
    spec["tasks"] = [_task_data(t, builder) for t in builder.tasks]
    spec["targets"] = spec_targets
    # units are registered while tasks are written; keep the unit list complete and ordered
    spec["units"] = [{"id": uid, "name": name} for name, uid in builder.units.items()]
    return Assembled(spec, tuple(drafted), tuple(builder.review))


def _names_for(task_id: str | None, responsibility_of_task: Mapping[str, Responsibility],
               builder: _Builder) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The units answering for a task: its own, else those of its items (as Plan.responsibility)."""
    if task_id is None:
        return (), ()
    own = responsibility_of_task.get(task_id, Responsibility())
    if own.lead:
        return own.lead, own.support
    lead: dict[str, None] = {}
    support: dict[str, None] = {}
    for task in builder.tasks:
        if task.parent == task_id:
            sub_lead, sub_support = _names_for(task.id, responsibility_of_task, builder)
            lead.update(dict.fromkeys(sub_lead))
            support.update(dict.fromkeys(sub_support))
    return tuple(lead), tuple(s for s in support if s not in lead)


def _task_data(task: _Task, builder: _Builder) -> dict[str, Any]:
    data: dict[str, Any] = {"id": task.id, "number": task.number, "title": task.title}
    if task.parent is not None:
        data["parent"] = task.parent
    if task.responsibility.lead:
        data["lead"] = [builder.unit_id(n) for n in task.responsibility.lead]
    if task.responsibility.support:
        data["support"] = [builder.unit_id(n) for n in task.responsibility.support]
    return data


# --- encoding one reading --------------------------------------------------------------------------

_KNOWN_COUNT: Final = ("人次", "人", "名", "位", "户", "家", "个", "项", "件", "所", "座", "条", "套", "台", "次", "场", "批", "处")


def _base_unit(reading: Reading) -> str:
    if reading.unit in ("个百分点", "百分点"):
        return "%"
    if reading.unit:
        return reading.unit
    if reading.scale:
        return "元" if _MONEY.search(reading.subject) else ""
    return ""


def _fmt(value: Decimal) -> str:
    return format_decimal(value)


def _unit_known(symbol: str) -> bool:
    try:
        known_unit(symbol)
    except UnknownUnitError:
        return False
    return True


def _quantity(reading: Reading, value: Decimal) -> tuple[str, str, list[str]]:
    """(value as the spec writes it, the metric's unit, review notes) for an amount or count."""
    notes: list[str] = []
    unit_word = reading.unit
    scale = reading.scale
    if unit_word in ("%", "‰"):
        return f"{_fmt(value.scaleb(2))}%", "%", notes
    if not unit_word:
        if _MONEY.search(reading.subject):
            unit_word = "元"
            notes.append(f"the unit is not stated: {scale or 'the number'} is read as {scale}元")
        elif _PEOPLE.search(reading.subject):
            unit_word = "人"
            notes.append(f"the unit is not stated: {scale or 'the number'} is read as {scale}人")
        else:
            notes.append("the unit is not stated: the figure is a plain number")
            return _fmt(value), "", notes
    if unit_word == "元":
        if scale and _unit_known(f"{scale}元"):
            return f"{_fmt(value.scaleb(-SCALES[scale]))}{scale}元", "万元", notes
        return _fmt(value.scaleb(-4)) + "万元", "万元", notes
    if unit_word in _KNOWN_COUNT or _unit_known(unit_word):
        base_symbol = unit_word
        written = f"{scale}{unit_word}"
        if scale and _unit_known(written) and known_unit(written).dimension == known_unit(base_symbol).dimension:
            return f"{_fmt(value.scaleb(-SCALES[scale]))}{written}", base_symbol, notes
        return f"{_fmt(value)}{base_symbol}", base_symbol, notes
    if unit_word in COUNT_WORDS:
        notes.append(f"the plan counts in {unit_word}, which planengine does not know; the draft counts it in 个")
        return f"{_fmt(value)}个", "个", notes
    notes.append(f"the plan measures in {unit_word}, which planengine does not know; the figure is a plain number "
                 f"in {unit_word}")
    return _fmt(value), "", notes


def _reporting(reading: Reading, metric_unit: str) -> str:
    subject = reading.subject
    if metric_unit in ("%", "阶段") or reading.net_increase or reading.kind in ("ceiling", "ratio"):
        return "level"
    if _FLOW.match(subject):
        return "cumulative"
    if _STOCK.search(subject) or re.search(r"企业数$|数量$", subject):
        return "level"
    return "cumulative"


def _growth_metric_unit(subject: str) -> str:
    if _MONEY.search(subject):
        return "万元"
    if _PEOPLE.search(subject):
        return "人"
    if re.search(r"企业|户", subject):
        return "家"
    return ""


def _stage_metric(builder: _Builder, deliverable: str) -> str:
    return builder.metric_id(f"{deliverable}(进展阶段)", "阶段", "level", "increase",
                             ["a stage reported monthly: 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成"])


def _encode(builder: _Builder, reading: Reading, target_id: str, task_id: str | None) -> dict[str, Any]:
    notes: list[str] = list(reading.notes)
    target: dict[str, Any] = {"id": target_id}
    if task_id is not None:
        target["task"] = task_id
    quote = builder.text[reading.start:reading.end]
    kind = reading.kind
    evaluator: str
    params: dict[str, Any] = {}
    metric_id: str | None = None
    schedule: list[dict[str, Any]] = []
    if reading.deadline_month:
        schedule = [{"month": reading.deadline_month, "share": 1}]
        notes.append(f"due {reading.deadline}: the schedule makes all of it due by the end of month "
                     f"{reading.deadline_month}")
    if reading.horizon:
        notes.append(f"the plan sets this {reading.horizon}; check it against the plan year")
    direction = "decrease" if reading.decrease else "increase"

    if kind == "milestone" and reading.value is None or (kind == "relative" and reading.benchmark == ""
                                                          and reading.unit != "倍"):
        evaluator = "milestone"
        deliverable = reading.deliverable or reading.subject or quote
        params = {"deliverable": deliverable}
        if kind == "relative":
            notes.append("a target relative to a base or to a figure set elsewhere"
                         + (f" ({_fmt(reading.value.scaleb(2))} percentage points)" if reading.value is not None else "")
                         + "; planengine has no rule for it yet, so it is drafted as a milestone: "
                           "encode it by hand once the base is known")
        metric_id = _stage_metric(builder, deliverable)
    elif kind == "milestone" and reading.deadline_month is None:
        evaluator = "milestone"  # 力争申报1个…: a single deliverable
        deliverable = reading.deliverable or quote
        params = {"deliverable": deliverable, "count": int(reading.value) if reading.value is not None and
                  reading.value == reading.value.to_integral_value() else 1}
        metric_id = _stage_metric(builder, deliverable)
    elif kind == "relative" and reading.benchmark:
        evaluator = "growth-rate"
        metric_unit = _growth_metric_unit(reading.subject)
        bench_unit = _growth_metric_unit(reading.benchmark) or metric_unit
        stock = "level" if re.search(r"余额|贷款|存款", reading.subject + reading.benchmark) else "cumulative"
        metric_id = builder.metric_id(reading.subject, metric_unit, stock, "increase",
                                      ["the unit and reporting are guessed"])
        bench_id = builder.metric_id(reading.benchmark, bench_unit, stock, "increase",
                                     ["the benchmark of a growth target; the unit and reporting are guessed"])
        comparator = reading.comparator if reading.comparator in (">", ">=") else ">"
        params = {"benchmark": bench_id, "comparator": comparator}
    elif reading.growth or (kind == "relative" and reading.unit == "倍"):
        evaluator = "growth-rate"
        assert reading.value is not None
        metric_unit = _growth_metric_unit(reading.subject)
        if metric_unit == "":
            notes.append("the unit of the metric is not stated")
        if kind == "relative":
            rate = (reading.value - 1)
            notes.append("against a base year, not the previous year: set params.baseline to the base-year figure")
            params = {"min_growth": f"{_fmt(rate.scaleb(2))}%", "comparator": ">="}
        else:
            written = reading.comparator or "="
            comparator = {"=": ">=", "approx": ">=", "between": ">="}.get(written, written)
            if written == "approx":
                notes.append("the plan says 左右 (about); growth-rate has no such comparator, so it is drafted as "
                             + ("a ceiling" if kind == "ceiling" else "a floor"))
            rate = reading.value.scaleb(2)
            if kind == "ceiling":  # 涨幅控制在3%以内: growth held under a ceiling
                direction = "decrease"
                if comparator not in ("<=", "<"):
                    comparator = "<="
                params = {"min_growth": f"{_fmt(rate)}%",
                          "comparator": comparator}
            elif reading.decrease:  # 下降3%以上: a fall of at least 3%
                direction = "decrease"
                comparator = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}[comparator]
                params = {"min_growth": f"-{_fmt(rate)}%", "comparator": comparator}
            else:
                params = {"min_growth": f"{_fmt(rate)}%", "comparator": comparator}
        metric_id = builder.metric_id(reading.subject, metric_unit,
                                      "level" if re.search(r"余额|贷款|存款", reading.subject) else "cumulative", direction,
                                      ["the unit and reporting are guessed"])
    else:
        assert reading.value is not None
        value_text, metric_unit, unit_notes = _quantity(reading, reading.value)
        notes.extend(unit_notes)
        countable = metric_unit in _KNOWN_COUNT or metric_unit == "个"
        whole = reading.value == reading.value.to_integral_value() and (
            reading.value_high is None or reading.value_high == reading.value_high.to_integral_value())
        evaluator = "count-threshold" if countable and whole and kind != "ratio" else "amount-threshold"
        comparator = reading.comparator or "="
        if comparator == "=":
            comparator = ">="
        params = {"value": value_text, "comparator": comparator}
        if comparator == "between":
            assert reading.value_high is not None
            params["high"] = _quantity(reading, reading.value_high)[0]
        if comparator == "approx":
            if evaluator == "count-threshold":
                tolerance = (reading.value * Decimal("0.2")).quantize(Decimal(1), rounding="ROUND_HALF_UP")
                params["tolerance"] = f"{_fmt(tolerance)}{metric_unit}"
                notes.append(f"左右 drafted as a tolerance of {params['tolerance']} (a fifth, rounded)")
            else:
                params["tolerance"] = "10%"
                notes.append("左右 drafted as a tolerance of 10%")
        if reading.net_increase and evaluator == "count-threshold":
            params["basis"] = "net_increase"
        if comparator in ("<=", "<"):
            direction = "decrease"
        reporting = "level" if params.get("basis") == "net_increase" else _reporting(reading, metric_unit)
        metric_id = builder.metric_id(reading.subject, metric_unit, reporting, direction,
                                      [f"reporting ({reporting}) is guessed from the wording"])
    target["metric"] = metric_id
    target["evaluator"] = evaluator
    if reading.strive:
        target["strive"] = True
    target["quote"] = quote
    target["params"] = params
    if schedule:
        target["schedule"] = schedule
    if notes:
        target["note"] = REVIEW + "; ".join(notes)
    return target
