"""From the outline and the readings to spec data: units, metrics, tasks, targets, notes.

Each reading becomes one target with its exact quote. Here the drafter chooses its
evaluator and settles its metric: a growth rate is ``growth-rate`` (against the previous
year, a base year, or a benchmark metric for 高于…平均增速); a count of things in whole
numbers is ``count-threshold``; money, area, rates and everything else are
``amount-threshold``; a deliverable is a ``milestone`` (a plugin evaluator, listed in
``plugin_evaluators``) on a stage metric in 阶段, as in the seed spec. The params of each
evaluator come from the table in :mod:`.params`. What the text leaves to a person (a metric's id, name and reporting, a unit the text does
not state, a rule planengine cannot express) is written in the target's ``note`` or the
metric's ``description``, each beginning with ``REVIEW:``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from ..quantities import UnknownUnitError, format_decimal, known_units
from ..quantities import unit as known_unit
from .numbers import COUNT_WORDS, SCALES, cn_integer
from .params import Drafted, build_params, plugin_evaluators
from .responsibility import Responsibility
from .structure import Node, Outline
from .targets import Reading
from .text import share_words

__all__ = ["Assembled", "DraftTarget", "assemble"]

REVIEW: Final = "REVIEW: "

_MONEY: Final = re.compile(
    r"额|值|收入|投入|投资|经费|资金|税|贷款|放贷|销售|营收|利润|GDP|基金|融资|出口|进口|消费|产值|支出|补助|奖励|资助"
)
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
    task_of_segment: dict[tuple[int, int], str | None] = attrs.Factory(dict)  # (id(node), segment) -> task id
    responsibility_of_task: dict[str, Responsibility] = attrs.Factory(dict)
    review: list[str] = attrs.Factory(list)
    task_ids: dict[int, str] = attrs.Factory(dict)  # id(node) -> its task id, given once
    used_task_ids: set[str] = attrs.Factory(set)
    suffixes: dict[str, int] = attrs.Factory(dict)  # base id -> the last ~N given (ids stay linear to find)
    # _names_for's memory: the children of each task and each task's units, for this many tasks
    names_state: tuple[int, int] = (-1, -1)
    names_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = attrs.Factory(dict)
    children: dict[str | None, list[str]] = attrs.Factory(dict)

    def task_id(self, node: Node) -> str:
        """The node's task id, from its numbering path; numbering that restarts (a notice and its
        attachment, two documents in one text) gets ``~2``, ``~3``... so that every id is unique."""
        known = self.task_ids.get(id(node))
        if known is not None:
            return known
        base = _task_id(node)
        chosen, count = base, self.suffixes.get(base, 1)
        while chosen in self.used_task_ids:
            count += 1
            chosen = f"{base}~{count}"
        self.suffixes[base] = count  # the next restart of this base starts counting here, not at 1
        self.used_task_ids.add(chosen)
        self.task_ids[id(node)] = chosen
        return chosen

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
        self.metrics.append(
            {
                "id": metric_id,
                "name": name or "(未命名指标)",
                "unit": unit,
                "reporting": reporting,
                "direction": direction,
                "description": description,
            }
        )
        return metric_id


def _ascii_number(own: str) -> str:
    token = own.strip("()第").removesuffix("是")  # 一是: a point numbered in words
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
        mark = {"row": "r", "shi": "p"}.get(current.kind, "")  # a table's row, a point numbered in words (一是)
        path.append(mark + _ascii_number(current.own))
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
    text: str,
    outline: Outline,
    readings: Mapping[int, list[tuple[int, Reading]]],
    *,
    plan_id: str,
    year: int,
    title: str,
    issuer: str,
) -> Assembled:
    """Build the spec data. ``readings`` maps ``id(node)`` to (segment, reading) pairs."""
    builder = _Builder(text)
    nodes = outline.root.walk()
    _add_tasks(builder, nodes, _with_targets(outline.root, readings))
    drafted, spec_targets = _draft_targets(builder, nodes, readings)
    tasks = [_task_data(t, builder) for t in builder.tasks]  # registers the units the tasks name
    spec: dict[str, Any] = {"format": 1, "id": plan_id, "title": title, "issuer": issuer, "year": year}
    if outline.source:
        spec["source"] = outline.source
    plugins = plugin_evaluators(t["evaluator"] for t in spec_targets)
    if plugins:
        spec["plugin_evaluators"] = plugins
    spec["units"] = [{"id": uid, "name": name} for name, uid in builder.units.items()]
    spec["metrics"] = builder.metrics
    spec["tasks"] = tasks
    spec["targets"] = spec_targets
    builder.review.extend(_undivided_units_note(text, builder.tasks))
    return Assembled(spec, tuple(drafted), tuple(builder.review))


#: Words that say who leads or helps (牵头, 配合单位, 协办, 主责单位, 排在第一位的为…).
_WHO_LEADS_SAID: Final = re.compile(r"牵头|(?:配合|协助|协同)(?:单位|部门)|协办|主办|主责|第一位|第一个|首位")


def _undivided_units_note(text: str, tasks: Sequence[_Task]) -> list[str]:
    """A review note on tasks whose one list of units (责任单位: A、B、C) names several and the
    document nowhere says who leads or helps (no 牵头, no 配合单位 or 协办 or the like): all are
    drafted as leads, which a document that means the first listed to lead would read otherwise.
    Words of the plan's own (协同发展, 密切配合) say nothing of who leads."""
    if _WHO_LEADS_SAID.search(text) or any(t.responsibility.support for t in tasks):
        return []
    shared = [t.id for t in tasks if len(t.responsibility.lead) > 1]
    if not shared:
        return []
    named = ", ".join(shared[:5]) + (f" and {len(shared) - 5} more" if len(shared) > 5 else "")
    return [
        f"tasks {named} each list several units and the text does not say which leads: all are drafted"
        " as leads; where the unit listed first leads, make the others supporting units"
    ]


def _with_targets(root: Node, readings: Mapping[int, list[tuple[int, Reading]]]) -> set[int]:
    """The ids of the nodes that state a target or a responsibility, themselves or below them:
    only those become tasks."""
    found: set[int] = set()

    def visit(node: Node) -> bool:
        below = any([visit(child) for child in node.children])  # a list: every child is visited
        if below or readings.get(id(node)) or node.brackets:
            found.add(id(node))
            return True
        return False

    visit(root)
    return found


def _is_task(node: Node | None) -> bool:
    """Whether a node becomes a task: not the root, and not a goal section without units (its
    targets are the plan's own goals)."""
    return node is not None and node.kind != "root" and not (node.is_goal_section and not node.brackets)


def _add_tasks(builder: _Builder, nodes: Sequence[Node], with_targets: set[int]) -> None:
    """One task per node with targets, and where each of its segments' targets belongs."""
    for node in nodes:
        if node.kind == "root" or id(node) not in with_targets:
            continue
        if not _is_task(node):
            for segment in range(len(node.brackets) + 1):
                builder.task_of_segment[(id(node), segment)] = None
            continue
        _add_task(builder, node)


def _add_task(builder: _Builder, node: Node) -> None:
    """The task of a node; when its brackets name different units, one sub-task per bracket."""
    task_id = builder.task_id(node)
    parent_id = builder.task_id(node.parent) if node.parent is not None and _is_task(node.parent) else None
    groups = _responsibility_groups(node)
    own = groups[0] if len(groups) == 1 else Responsibility()
    builder.tasks.append(_Task(task_id, node.number, node.title or node.number, parent_id, own))
    builder.responsibility_of_task[task_id] = own
    for segment in range(len(node.brackets) + 1):
        builder.task_of_segment[(id(node), segment)] = task_id
    if len(groups) > 1:
        _add_bracket_tasks(builder, node, task_id)


def _add_bracket_tasks(builder: _Builder, node: Node, task_id: str) -> None:
    """A sub-task per bracket of a node whose brackets name different units (…(牵头单位:A)…(牵头单位:B)):
    each answers for the text before its bracket and is titled by its first words."""
    for index, bracket in enumerate(node.brackets):
        sub_id = f"{task_id}-{index + 1}"
        first = next((r for r in node.regions if r.segment == index), None)
        sub_title = builder.text[first.start : first.end][:30] if first is not None else node.title
        builder.tasks.append(_Task(sub_id, f"{node.number}-{index + 1}", sub_title, task_id, bracket.responsibility))
        builder.responsibility_of_task[sub_id] = bracket.responsibility
        builder.task_of_segment[(id(node), index)] = sub_id


def _draft_targets(
    builder: _Builder, nodes: Sequence[Node], readings: Mapping[int, list[tuple[int, Reading]]]
) -> tuple[list[DraftTarget], list[dict[str, Any]]]:
    """Each reading as a spec target and as a :class:`DraftTarget`, numbered within its task
    (``t2.1/3``; ``goal/1`` for the plan's own goals)."""
    drafted: list[DraftTarget] = []
    spec_targets: list[dict[str, Any]] = []
    counters: dict[str, int] = {}
    for node in nodes:
        for segment, reading in readings.get(id(node), []):
            task_id = builder.task_of_segment.get((id(node), segment))
            prefix = task_id or "goal"
            counters[prefix] = counters.get(prefix, 0) + 1
            target_id = f"{prefix}/{counters[prefix]}"
            target = _encode(builder, reading, target_id, task_id)  # by name: tests replace it
            spec_targets.append(target)
            drafted.append(_draft_target(builder, reading, target, task_id))
    return _headline_restated(builder.text, *_restated_once(drafted, spec_targets))


#: A page's headline: its first line with words (after a ``source:`` line), short, with no sentence's stop and no
#: item's number (1.地区生产总值增长6% opens a list, not a page).
_HEADLINE: Final = re.compile(
    r"(?:[ \t\u3000]*source:[^\n]*\n)?\s*(?P<line>(?![(（]?[\d一二三四五六七八九十]{1,3}[.、．)）])[^\n。;；]{4,40})(?=\n)"
)
#: How many characters in a row a headline shares with the text's statement of its figure (改扩建 in 新改扩建100所
#: 学校 and 新建、改扩建义务教育学校100所).
_HEADLINE_RUN: Final = 3
#: How many of the text's statements of a headline's figure are looked at (the pass stays linear).
_HEADLINE_LOOKS: Final = 8


def _headline_restated(
    text: str, drafted: list[DraftTarget], spec_targets: list[dict[str, Any]]
) -> tuple[list[DraftTarget], list[dict[str, Any]]]:
    """A headline (the text's first line, short, no item of a list) giving a target the text states again, the same
    figure in some of the same words (河北今年新改扩建100所学校 / …年内新建、改扩建义务教育学校100所…): one target,
    the text's, where it is said in full; a headline's figure the text does not repeat, or repeats of another
    measure, stays a target. The node-level pass (``draft._once``) does the same for a headline over a news page's
    source line within one node; this one looks across the text."""
    headline = _HEADLINE.match(text)
    if headline is None:
        return drafted, spec_targets
    start, end = headline.span("line")
    stated: dict[tuple[Any, ...], list[str]] = {}
    for target in drafted:
        if target.start >= end:
            stated.setdefault((target.kind, target.value, target.value_high, target.unit), []).append(target.quote)
    keep = [
        i
        for i, t in enumerate(drafted)
        if not (start <= t.start and t.end <= end and t.value is not None)
        or not any(
            share_words(t.quote, quote, _HEADLINE_RUN)
            for quote in stated.get((t.kind, t.value, t.value_high, t.unit), [])[:_HEADLINE_LOOKS]
        )
    ]
    return [drafted[i] for i in keep], [spec_targets[i] for i in keep]


def _restated_once(
    drafted: list[DraftTarget], spec_targets: list[dict[str, Any]]
) -> tuple[list[DraftTarget], list[dict[str, Any]]]:
    """A plan's goal (no task's: 一、主要目标) stated without units and restated word for word under a task that
    names its units (一、主要目标:…
    建成5G基站2800个… / (二)…(牵头单位:区工信局) 建成5G基站2800个。): one target, where it is first stated, the
    task's units answering for it. Only the same words with the same figure (found once each: linear); a goal
    restated in other words (全区新增… / 新增…) stays twice, as keys that count a share and its whole do, and so do
    two sections' own like targets (一、城区 新建公园3个 / 二、开发区 新建公园3个(责任单位:…))."""
    first: dict[tuple[Any, ...], int] = {}
    dropped: set[int] = set()
    for index, target in enumerate(drafted):
        key = (target.quote, target.kind, target.comparator, target.value, target.value_high)
        at = first.get(key)
        if at is None:
            first[key] = index
            continue
        earlier = drafted[at]
        if target.lead and earlier.task is None and not earlier.lead and not earlier.support:
            drafted[at] = attrs.evolve(earlier, task=target.task, lead=target.lead, support=target.support)
            spec_targets[at] = {**spec_targets[at], "task": spec_targets[index].get("task")}
            dropped.add(index)
    keep = [i for i in range(len(drafted)) if i not in dropped]
    return [drafted[i] for i in keep], [spec_targets[i] for i in keep]


def _draft_target(builder: _Builder, reading: Reading, target: Mapping[str, Any], task_id: str | None) -> DraftTarget:
    """The drafted target as the text states it, beside its spec data (for review and the benchmark)."""
    lead, support = _names_for(task_id, builder.responsibility_of_task, builder)
    return DraftTarget(
        id=target["id"],
        quote=builder.text[reading.start : reading.end],
        start=reading.start,
        end=reading.end,
        kind=reading.kind,
        comparator=reading.comparator,
        value=reading.value,
        value_high=reading.value_high,
        unit=_base_unit(reading),
        strive=reading.strive,
        evaluator=target["evaluator"],
        metric=target.get("metric"),
        task=task_id,
        lead=lead,
        support=support,
        note=target.get("note", ""),
    )


_Names = tuple[tuple[str, ...], tuple[str, ...]]


def _names_for(task_id: str | None, responsibility_of_task: Mapping[str, Responsibility], builder: _Builder) -> _Names:
    """The units answering for a task: its own, else those of its items when the same units lead them all,
    with every unit that helps any (items led by different units, or some by none, say nothing of who
    answers for the heading's own targets: 今年,全区要实现地区生产总值增长6%左右 over 一是…区发改局要…,
    三是…区商务局要…).

    Each task's answer is worked out once, from a map of children built once: asking for
    every target's units costs time in proportion to the tasks, not their square.
    """
    if task_id is None:
        return (), ()
    state = (len(builder.tasks), len(responsibility_of_task))
    if builder.names_state != state:  # tasks or brackets were added since: start again
        builder.names_state = state
        builder.names_cache = {}
        builder.children = {}
        for task in builder.tasks:
            builder.children.setdefault(task.parent, []).append(task.id)
    return _subtree_names(task_id, responsibility_of_task, builder)


def _subtree_names(task_id: str, responsibility_of_task: Mapping[str, Responsibility], builder: _Builder) -> _Names:
    """A task's units from its own bracket or its items', depth first without recursion."""
    cache = builder.names_cache
    stack: list[tuple[str, bool]] = [(task_id, False)]
    visiting: set[str] = set()  # a loop of parents (never drafted, but never endless either)
    while stack:
        current, expanded = stack.pop()
        if current in cache:
            continue
        own = responsibility_of_task.get(current, Responsibility())
        children = builder.children.get(current, [])
        if own.lead or not children:
            cache[current] = (own.lead, own.support) if own.lead else ((), ())
            continue
        if not expanded:
            visiting.add(current)
            stack.append((current, True))
            stack.extend((child, False) for child in reversed(children) if child not in cache and child not in visiting)
            continue
        answers = [cache.get(child, ((), ())) for child in children]
        leads = {frozenset(lead) for lead, _ in answers}
        if len(leads) == 1 and answers[0][0]:
            lead = answers[0][0]  # the same units lead every item, whatever helps each
            support = dict.fromkeys(name for _, helping in answers for name in helping if name not in lead)
            cache[current] = (lead, tuple(support))
        else:
            cache[current] = ((), ())
    return cache[task_id]


def _task_data(task: _Task, builder: _Builder) -> dict[str, Any]:
    data: dict[str, Any] = {"id": task.id, "number": task.number, "title": task.title}
    if task.parent is not None:
        data["parent"] = task.parent
    if task.responsibility.lead:
        data["lead"] = [builder.unit_id(n) for n in task.responsibility.lead]
    if task.responsibility.support:
        data["support"] = [builder.unit_id(n) for n in task.responsibility.support]
    return data


_COUNT_DIMENSIONS: Final = frozenset({"persons", "person-times", "enterprises", "items"})

# --- encoding one reading --------------------------------------------------------------------------

#: The count words of the drafter that are also units planengine knows (人, 家, 个, 项...).
_KNOWN_COUNT: Final = tuple(
    word for word in COUNT_WORDS if word in {u.symbol for u in known_units() if u.dimension in _COUNT_DIMENSIONS}
)


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
    notes.append(
        f"the plan measures in {unit_word}, which planengine does not know; the figure is a plain number in {unit_word}"
    )
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
    return builder.metric_id(
        f"{deliverable}(进展阶段)",
        "阶段",
        "level",
        "increase",
        ["a stage reported monthly: 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成"],
    )


def _encode(builder: _Builder, reading: Reading, target_id: str, task_id: str | None) -> dict[str, Any]:
    """One reading as the spec's target data: its evaluator and metric, then its params from the
    param table (:mod:`.params`), its schedule and its review note."""
    quote = builder.text[reading.start : reading.end]
    notes = [*reading.notes, *_timing_notes(reading)]
    if _is_milestone(reading):
        drafted = _draft_milestone(builder, reading, quote, notes)
    elif _is_growth(reading):
        drafted = _draft_growth(builder, reading, quote, notes)
    else:
        drafted = _draft_threshold(builder, reading, quote, notes)
    return _target_data(target_id, task_id, drafted, build_params(drafted))


def _timing_notes(reading: Reading) -> list[str]:
    """Review notes on when a target is due: by a month (then all of it is scheduled there), or by
    a horizon (到2025年) that may not be the plan year."""
    notes: list[str] = []
    if reading.deadline_month:
        notes.append(
            f"due {reading.deadline}: the schedule makes all of it due by the end of month {reading.deadline_month}"
        )
    if reading.horizon:
        notes.append(f"the plan sets this {reading.horizon}; check it against the plan year")
    return notes


def _is_milestone(reading: Reading) -> bool:
    """A deliverable without a figure, a single counted one without a deadline (力争申报1个…), or a
    target relative to a base that is not a growth (较上年提高2个百分点: no rule for it yet)."""
    kind = reading.kind
    if kind == "milestone":
        return reading.value is None or reading.deadline_month is None
    return kind == "relative" and reading.benchmark == "" and reading.unit != "倍"


def _is_growth(reading: Reading) -> bool:
    """A growth rate (增长10%), growth against another indicator (高于…平均增速) or a multiple (双倍增)."""
    return reading.kind == "relative" or reading.growth


def _draft_milestone(builder: _Builder, reading: Reading, quote: str, notes: list[str]) -> Drafted:
    """A milestone on a stage metric in 阶段, named by what it delivers: as read, else the subject of a
    target without a figure, else the quote (a counted deliverable's subject is what is counted)."""
    counted = reading.kind == "milestone" and reading.value is not None
    deliverable = reading.deliverable or (quote if counted else reading.subject or quote)
    return Drafted(
        reading, quote, "milestone", _stage_metric(builder, deliverable), "阶段", deliverable=deliverable, notes=notes
    )


_STOCK_GROWTH: Final = re.compile(r"余额|贷款|存款")


def _draft_growth(builder: _Builder, reading: Reading, quote: str, notes: list[str]) -> Drafted:
    """A growth-rate target on the subject's metric, and on the benchmark's when it has one; the unit
    and the reporting are guessed from the words (a balance is a level, the rest cumulative)."""
    metric_unit = _growth_metric_unit(reading.subject)
    if reading.kind == "relative" and reading.benchmark:
        bench_unit = _growth_metric_unit(reading.benchmark) or metric_unit
        stock = "level" if _STOCK_GROWTH.search(reading.subject + reading.benchmark) else "cumulative"
        metric_id = builder.metric_id(
            reading.subject, metric_unit, stock, "increase", ["the unit and reporting are guessed"]
        )
        bench_id = builder.metric_id(
            reading.benchmark,
            bench_unit,
            stock,
            "increase",
            ["the benchmark of a growth target; the unit and reporting are guessed"],
        )
        return Drafted(reading, quote, "growth-rate", metric_id, metric_unit, benchmark=bench_id, notes=notes)
    if metric_unit == "":
        notes.append("the unit of the metric is not stated")
    direction = "decrease" if reading.decrease or reading.kind == "ceiling" else "increase"
    stock = "level" if _STOCK_GROWTH.search(reading.subject) else "cumulative"
    metric_id = builder.metric_id(
        reading.subject, metric_unit, stock, direction, ["the unit and reporting are guessed"]
    )
    return Drafted(reading, quote, "growth-rate", metric_id, metric_unit, notes=notes)


def _draft_threshold(builder: _Builder, reading: Reading, quote: str, notes: list[str]) -> Drafted:
    """A threshold on a figure: ``count-threshold`` for a whole number of things counted in a known
    measure word, ``amount-threshold`` for money, rates and everything else."""
    assert reading.value is not None
    value_text, metric_unit, unit_notes = _quantity(reading, reading.value)
    notes.extend(unit_notes)
    high = _quantity(reading, reading.value_high)[0] if reading.value_high is not None else None
    countable = metric_unit in _KNOWN_COUNT or metric_unit == "个"
    whole = reading.value == reading.value.to_integral_value() and (
        reading.value_high is None or reading.value_high == reading.value_high.to_integral_value()
    )
    evaluator = "count-threshold" if countable and whole and reading.kind != "ratio" else "amount-threshold"
    direction = "decrease" if reading.decrease or reading.comparator in ("<=", "<") else "increase"
    reporting = _reporting(reading, metric_unit)  # 净增 is a level: what is added is counted net
    metric_id = builder.metric_id(
        reading.subject, metric_unit, reporting, direction, [f"reporting ({reporting}) is guessed from the wording"]
    )
    return Drafted(reading, quote, evaluator, metric_id, metric_unit, value=value_text, high=high, notes=notes)


def _target_data(target_id: str, task_id: str | None, drafted: Drafted, params: dict[str, Any]) -> dict[str, Any]:
    """The target as the spec writes it, its fields in the spec's order."""
    reading = drafted.reading
    target: dict[str, Any] = {"id": target_id}
    if task_id is not None:
        target["task"] = task_id
    target["metric"] = drafted.metric
    target["evaluator"] = drafted.evaluator
    if reading.strive:
        target["strive"] = True
    target["quote"] = drafted.quote
    target["params"] = params
    if reading.deadline_month:
        target["schedule"] = [{"month": reading.deadline_month, "share": 1}]
    if drafted.notes:
        target["note"] = REVIEW + "; ".join(drafted.notes)
    return target
