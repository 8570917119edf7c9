"""The outline of a plan: its numbered headings, their text, their units, and tables.

Headings are recognised at the start of a line by their marker: ``一、`` ``(一)`` ``1.``
``1、`` ``(1)`` ``①`` ``第一章`` (full-width or ASCII). The level of a marker is not fixed:
the first kind of marker met is level 1, a new kind nests under the current one, and a
kind met again closes everything nested under it, as a reader of the plan would. A
heading's number is the path of markers, ``二(一)1``, as the seed spec writes it.

A heading line's first sentence is its *label* when it is short and has no comma and more
text follows (``(一)关键核心技术攻关行动。坚持…``): the label names the task and is not read
for milestones. Lines of ``|``-separated cells after a header row (序号 | 实事项目 | 责任单位 |
配合单位) are a table: each row is a task, its unit columns give lead and supporting units (a
blank cell takes the unit above; a ``*`` marks the lead), and its other cells are read for
targets. A target column (2026年目标, 工作目标, 年度目标) is read whether or not a 单位 column
goes with it, the task's name beside it then only labels the row; a baseline column (2025年基数,
上年完成, 现状) is never read. Sections that look back (工作回顾, 发展基础, 2025年工作进展) are left out.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from contextvars import ContextVar
from typing import Final

import attrs

from .barsep import DUE_CELL
from .closings import AnsweringClosing, answering_closings
from .glued import GluedRow, glued_header, read_glued_row_line, read_glued_rows
from .inline import (
    BODY_NAME_END,
    LEAD_SENTENCE,
    PLACE_HEADED,
    PLACES_ANSWER,
    PROGRESS_LABEL,
    SCORE,
    TOPIC_PAIR,
    TOPIC_STATEMENT,
    WORK_BELOW,
)
from .layout import GOES_ON
from .matrix import Legend, marked_units, read_legend, unit_columns
from .numbers import (
    FIVE_YEAR_PLAN,
    NUMBERS_LISTED,
    NUMBERS_THROUGH,
    cn_integer,
    cn_numeral,
    find_quantities,
    five_year_plan,
    listed_numbers,
)
from .responsibility import (
    HELPERS_PART,
    HELPING,
    ITEMS_ABOVE,
    LEAD_NAMED_AFTER,
    MARKERS,
    PEOPLE_LABEL,
    Responsibility,
    all_units,
    closing_helpers,
    completes_name,
    find_brackets,
    first_listed_leads,
    first_listed_leads_lead_column,
    lead_named_in_list,
    lead_then_support,
    listed_units,
    looks_like_unit,
    members_for_shares,
    names_collective_or_village,
    office_in_charge,
    offices_of_people,
    parse_responsibility,
    split_units,
    star_ranks_leads,
    without_leader,
)
from .subjects import subject_units
from .targets import is_figure, opens_with_period_reported
from .text import LABEL_PREFIXES, parts, strip_span
from .text import line_spans as _lines

__all__ = [
    "SUB_ITEM_KINDS",
    "barred_lines",
    "headed_barred_lines",
    "header_cell",
    "units_cell",
    "Bracket",
    "Indicator",
    "Node",
    "Outline",
    "Region",
    "drop_look_back",
    "outline",
    "spaced_tables",
    "unassessed_column_notes",
    "unassessed_columns",
    "helper_columns",
    "helper_column_notes",
    "wrapped_rows",
]


@attrs.frozen
class Region:
    """A stretch of a node's text to read for targets; ``segment`` counts the brackets before it."""

    start: int
    end: int
    milestones: bool = True
    segment: int = 0
    label: bool = False  # a heading's first sentence: a label when the heading has more text
    due: tuple[str, int] | None = None  # what all of it is due by (a quarter's column: 一季度, month 3)
    opened: tuple[str, int] | None = None  # the date its sentence opened with before it (6月底前,X完成…;Y完成…)
    # the deadline its bracket of units states (…。(责任单位:…,完成时限:2023年6月)): it dates the deliverables
    # named without a figure; the figures keep their kinds, as a table's date column leaves them
    deadline: tuple[str, int] | None = None
    claims: bool = False  # a label that states a target (力争…): read unless the heading has items


@attrs.frozen
class Bracket:
    """A statement of responsibility at ``start:end`` (a bracket, a labelled line, table columns)."""

    start: int
    end: int
    responsibility: Responsibility
    inherited: bool = False  # taken from the row above for a blank unit cell, not written for this one


@attrs.frozen
class Indicator:
    """A row of an indicator table: 指标名称 | 单位 | 目标值, read as one target."""

    name: tuple[int, int]
    unit: str
    value: tuple[int, int]
    label: str = ""  # what the figure measures, where the name cell is not it (年度计划投资 of a project)
    segment: int = 0  # the node's bracket that answers for it (a column's own lead: see _answer_by_column)
    due: tuple[str, int] | None = None  # what its column dates it by, and the month (1月 | 2月 | 二季度: 1月, 1)
    strive: bool = False  # its column is what is striven for (基本目标 | 奋斗目标)
    bound: str | None = None  # the comparator its column's header puts on a bare figure (参保率(%,不低于))


@attrs.define(eq=False)
class Node:
    """A numbered heading (or a table row) with its text."""

    number: str
    own: str
    kind: str
    title: str
    parent: Node | None = None
    children: list[Node] = attrs.Factory(list)
    regions: list[Region] = attrs.Factory(list)
    brackets: list[Bracket] = attrs.Factory(list)
    indicators: list[Indicator] = attrs.Factory(list)
    position: int = 0
    month: tuple[str, int] | None = None  # a row's 月份 cell (3月): what it counts done is due then
    reported: bool = False  # whether a paragraph reporting progress (完成情况:…) was cut out of its text

    @property
    def is_goal_section(self) -> bool:
        """A section that states the plan's headline goals (一、工作目标)."""
        return bool(re.search(r"目标$|^(?:工作|主要|总体|发展|预期|年度)目标", self.title)) and not self.children

    def walk(self) -> list[Node]:
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes

    def ancestors(self) -> list[Node]:
        """The headings above this node, nearest first (the root last)."""
        found = []
        node = self
        while node.parent is not None:
            node = node.parent
            found.append(node)
        return found


@attrs.frozen
class Outline:
    root: Node
    source: str = ""
    title: str = ""
    title_span: tuple[int, int] | None = None


_CN_NUM: Final = "一二三四五六七八九十"
_HEADINGS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    # 第二章确定的目标由…牵头, 第六章及专栏5由…: a sentence naming a chapter, no chapter's heading
    (
        "chapter",
        re.compile(
            rf"\s*第([{_CN_NUM}百]+)(?:章|部分|节)(?![^\n]{{0,30}}?(?:确定的|提出的|所列的?|由[^\n]{{2,40}}?(?:牵头|负责)))\s*"
        ),
    ),
    ("cn", re.compile(rf"\s*([{_CN_NUM}]{{1,3}})\s*(?:、|\.(?!\d))\s*")),
    ("cn-paren", re.compile(rf"\s*\(\s*([{_CN_NUM}]{{1,3}})\s*\)\s*[、.]?\s*")),
    # 2.6月底前… and 2.2025年底前…: a number before a date is an item's
    # (116.新增…: a long list's numbers run to three digits; 111.jpg, a page's image, is no item)
    (
        "ar",
        re.compile(
            r"\s*(\d{1,3})\s*(?:、|\.(?!\d|(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?)\b)|\.(?=\d{1,2}月|(?:19|20)\d\d年))\s*",
            re.I,
        ),
    ),
    ("ar-paren", re.compile(r"\s*\(\s*(\d{1,2})\s*\)\s*[、.]?\s*")),
    ("circled", re.compile(r"\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
    # 一是扩大优质教育资源供给。… opening a paragraph: a point numbered in words, an item as 1. is
    ("shi", re.compile(rf"\s*([{_CN_NUM}]{{1,2}})是(?=[\u4e00-\u9fff“])")),
    # 项目一:65岁及以上老年人免费健康体检 alone on its line: a project named by its number, over its parts
    ("named", re.compile(rf"\s*(?:项目|实事|任务|工程)([{_CN_NUM}]{{1,3}}|\d{{1,2}})\s*:\s*")),
    # 第一件,扩充优质教育资源。… opening a paragraph: an item counted in words (第一件, 第三项实事)
    ("ordinal", re.compile(rf"\s*第([{_CN_NUM}]{{1,3}}|\d{{1,2}})(?:件|项)(?:民生实事|实事|工作|任务)?\s*[,:、]\s*")),
)
_RESPONSIBILITY_LINE: Final = re.compile(
    # 责任领导:王振国  牵头单位:经济发展局  配合单位:…: who leads in person, then the units
    rf"\s*(?:{PEOPLE_LABEL})\s*:"
    r"(?=[^\n]*(?:牵头|责任|配合|主责)(?:单位|部门|科室|处室|股室)\s*:)|"
    r"\s*\(?\s*(?:本项|该项|此项)?(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|主责单位|主办单位|协办单位|(?:牵头|主要|协同|配合)责任单位|主要(?:牵头单位|责任部门|牵头部门)|协同配合单位|考核部门|考核单位|"
    r"(?:参与|协同|协助|配合|协办)(?:单位|部门)|"  # 参与单位:区政务服务中心、… on its own line after 牵头单位:…
    r"(?:责任|牵头|配合|协助|协办|协同|指导)(?:科室|股室|处室|站所)|牵头(?=\s*:[^;\n]{2,40}(?:;|$))|(?:配合|协助|协办)(?=\s*:[^;。\n]{2,60}(?:。|;|$))|责任(?=\s*:(?![^\n]*?(?:要|应当|必须|须|确保|切实|履行))[^\n]*(?:牵头|负责|局|委|府|中心)))\s*:|"
    r"\s*(?:以上|上述)[^。:\n]{0,8}?(?:配合|协办|协助|参与)(?:单位|部门)\s*:|"  # 上述指标配合单位:… after the items
    r"\s*(?:以上|上述)第?\d{1,2}\s*[-—–~至到]\s*\d{1,2}项(?=[^。\n]*(?:单位|部门|科室|处室|股室)\s*:|(?:工作|任务|目标)?(?:均|都)?由)|"
    rf"\s*[-─—]*\s*{LEAD_SENTENCE}|"  # (上述指标)由X牵头,Y配合(推进)。 ──由X会同Y组织落实。
    rf"\s*{TOPIC_PAIR}|"  # 前一项由X承办,后一项由Y负责。: shared out by topic (topics.py)
    rf"\s*{ITEMS_ABOVE}(?:均|都)?由[^。,;\n]{{2,40}}?(?:牵头)?负责[,，;；]\s*其中第[(（]|"  # 以上工作由X负责,其中第(一)项…
    r"\s*(?:部门|职责|责任|任务)分工\s*:(?=[^。;\n\d]*(?:牵头|负责)[^\n\d]*$)|"  # 部门分工:省发展改革委牵头,各地、各部门配合。
    r"\s*(?:(?:该|此|本)项?(?:目标|指标|任务)的?|(?:以上|上述)?\d{1,2}项(?:目标|指标|任务)?的?)"
    r"(?:责任|牵头)(?:单位|部门)(?:均|都)?为"  # 该目标责任单位为市经委。
)
#: A statement giving a kind of indicators or targets its units (空气质量类指标由区生态环境分局牵头,…), as a
#: heading names them: one duty, whole (not 项目建设由县住建局负责, the part a line before it leaves out).
_TOPIC_LED: Final = re.compile(
    r"\s*[^由,，;；。、:：()（）\d\n]{2,16}?(?:类指标|类目标|类任务|指标|目标)交?由[^。;；\n]{2,40}?(?:牵头|负责)"
)
#: A heading that is only a unit's name, perhaps with 牵头 or its count of items (县发展和改革局(5项),
#: 县城市管理局牵头).
_UNIT_HEADING: Final = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()、]{1,47}?)\s*"
    # 县发改局牵头的工作任务, 县财政局负责的重点事项(3项): what the unit leads, gathered under it
    r"(?P<mark>(?:(?:牵头|负责)(?:的?(?:重点|主要)?(?:工作)?(?:任务|事项|指标|工作|目标)(?:清单)?)?)?(?:\((?:共)?\d{1,3}项\))?)\s*:?\s*"
)
#: Words saying the offices heading the sections answer for their tasks (各科室为所列任务的责任科室, 各股室负总责).
_OFFICES_ANSWER: Final = re.compile(
    # (an office's kind: not 各部门…负责落实, said of any plan's bodies)
    r"各(?:科室|股室|处室|站所|科|股|处)[^。\n]{0,20}?(?:为[^。\n]{0,12}?责任(?:科室|股室|处室|站所|单位|部门|主体)"
    r"|负总责|具体负责|负责落实|(?:按照?|根据)(?:职责)?分工[^。\n]{0,4}?(?:抓好|负责)?落实)"
    # 现将2024年度工作目标任务分解到各科室(单位): the tasks given out to the offices
    r"|(?:目标|任务)[^。\n]{0,8}?分解(?:落实)?到各(?:科室|股室|处室|站所|内设机构)"
    # 各部分所列办公室为牵头单位; 按牵头办公室分解如下: the offices heading the parts lead them
    r"|所列(?:科室|股室|处室|站所|办公室)(?:为|是)(?:牵头|责任)(?:单位|科室|部门)|按牵头(?:科室|股室|处室|办公室)分解"
)
#: Words saying the townships heading the sections lead their targets (各乡镇是本乡镇考核指标的牵头责任单位).
_TOWNS_ANSWER: Final = re.compile(
    r"各(?:乡镇|镇|乡|街道|乡镇[(（]街道[)）])(?:人民政府|政府|办事处)?(?:是|为)本(?:乡镇|镇|乡|街道|辖区)[^。\n]{0,16}?"
    r"(?:牵头责任单位|责任单位|责任主体|第一责任单位)"
)
#: A heading naming a township alone (一、澜坪镇, 二、双河乡, 三、城东街道办事处), not a task's (建设美丽城镇).
_TOWN_HEADED: Final = re.compile(
    r"(?![^镇乡]*(?:建设|统筹|推进|打造|提升|美丽|特色|城乡|小城|集镇|乡村|城镇))"  # (not 建设美丽城镇, 统筹城乡: tasks)
    r"(?P<town>[\u4e00-\u9fff]{2,6}(?:镇|乡|街道))(?:人民政府|政府|办事处)?"
)
#: A heading naming an office alone (一、运行监测科, 二、法规股, 一、规划处, 林业工作站, 财政所), no task's name
#: (建设标准化村卫生室).
_OFFICE_HEADED: Final = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,10}?(?:科|股|处|室|站|所|大队|支队|中心)|[\u4e00-\u9fff]{0,6}办公室)\s*"
)  # (五、教育督导室: an office of a bureau as 股 and 科 are)
#: An office's name that a task's may end as too (打造区域消费中心, 建设加油站, 建设村卫生室): its opening verb tells
#: them apart.
_OFFICE_LIKE_TASK_END: Final = ("中心", "站", "所", "室")


def _names_office(name: str) -> bool:
    """Whether a heading's words are an office's name alone (运行监测科, 林业工作站), not a task's (打造区域消费中心)."""
    return (
        _OFFICE_HEADED.fullmatch(name) is not None
        and looks_like_unit(name)
        and not (name.endswith(_OFFICE_LIKE_TASK_END) and _DOING.match(name))
    )


#: A statement giving a part of the work to its units, a line of its own (see inline.TOPIC_STATEMENT).
_TOPIC_STATEMENT_LINE: Final = re.compile(TOPIC_STATEMENT)
#: A body's name as a level of government opens it (县发展和改革局, 市教育局), not a theme's (法治政府,
#: 区域医疗中心, 特色小镇, 市场主体培育中心).
_LEVEL_NAMED: Final = re.compile(r"(?!乡镇|镇村|县乡|市县)(?:[省市州县区旗镇乡]|各)(?!域|场(?!监)|民|级|内|外|属)")
# (乡镇区域性养老服务中心, 镇村便民服务中心: a kind of facility at two levels, no one body)
#: The verbs a task's heading opens with, never a unit's name (引导产业差异化布局, 优化营商环境服务中心).
_DOING: Final = re.compile(
    r"引导|推进|推动|加强|加快|强化|完善|健全|优化|提升|深化|实施|开展|建设|打造|促进|做好|抓好|落实|扩大|培育|"
    r"发展|构建|坚持|全面|持续|大力|积极|着力|统筹|支持|鼓励|规范|创建|新建|组建|筹建"
)
#: How a document's title ends (…的通报, …实施方案, …任务清单).
_TITLE_END: Final = re.compile(
    r"(?:通知|通报|方案|计划|要点|清单|意见|报告|安排|分解表|情况表|责任书|[一二三四]览表)\s*$"
)
#: A label of units alone on its line, its units on the next (责任单位:).
_LABEL_ALONE: Final = re.compile(
    r"\s*(?:责任单位|牵头单位|责任部门|牵头部门|配合单位|参与单位|协同单位|责任科室|责任股室|责任站所)\s*:?\s*"
)
#: A line naming the people who answer, and nothing else (牵头领导:林静国, 项目责任人:劳可军,各区区长).
_PERSONS_LINE: Final = re.compile(
    r"\s*(?:(?:牵头|分管|责任|包联|联系|挂点)?(?:市|县|区)?领导|(?:项目)?责任人|联系人|负责人)\s*:\s*[^\d。;:]{1,40}"
)
#: The label of a line that shares out who does what (部门分工:…), left out of the units' names.
_SHARING_LABEL: Final = re.compile(r"\s*(?:部门|职责|责任|任务)分工\s*[:：]\s*")
_HEADER_WORDS: Final = re.compile(
    r"^(?:序号|编号|责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|配合部门|责任领导|分管领导|实事项目|项目名称|项目|"
    r"责任人(?:及|和)(?:责任)?单位|(?:责任)?单位(?:及|和)责任人|"
    r"全年目标任务|年度目标任务|责任主体|主要工作任务|"
    r"工作任务|主要任务|重点任务|目标任务|任务内容|工作内容|工作举措|工作举措及实施计划|实施计划|工作目标|目标|指标|"
    r"指标名称|单位|完成时限|时间节点|时限|备注|完成情况|进展情况|主要内容|具体内容|年度目标|预期目标|"
    r"牵头处室|配合处室|责任处室|牵头科室|配合科室|第?[一二三四]季度|主要责任单位|协同配合单位|协同单位|完成期限|"
    r"[一二三]级指标|考核指标|考核部门|考核单位|分值|权重|任务数|任务量|计划数|"
    r"责任科室|责任股室|责任站所|考核项目|考核内容|考核标准|评分标准|参与单位|月份|"
    r"20\d{2}年度?(?:目标|基期|基数|完成|预期|计划))"  # 指标 | 2020年基期 | 2025年目标
)
#: A page break left in the text by a document-sharing site: a number alone (3、 - 3 - 第3页 3/12).
_PAGE_MARKER: Final = re.compile(
    r"[-—–\s]*(?:\d{1,3}\s*[、.]?|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})[-—–\s]*"
)
#: A line the page's frame opens, however long (发布时间:2021-06-24 | 发布者:… | 浏览次数:…).
_PAGE_FRAME_OPENING: Final = re.compile(
    r"\s*[【\[]?\s*(?:发布时间|发布日期|发布者|发布单位|发布机构|信息来源|来源|作者|索引号)\s*[:：]\s*\S"
)
#: A line of the page around the plan: its counters, dates of posting, sharing and printing links.
_PAGE_FRAME: Final = re.compile(
    r"浏览次数|点击数|阅读次数|^\s*[•·]?\s*\d+\s*条(?:评论|留言)\s*$|访问量|浏览量|发布时间|发布日期|索引号|信息来源|【字体|字号[:：]?\s*[大中小]|打印本页|"
    r"关闭窗口|分享到|^\s*[•·]?\s*(?:来源|字体)\s*[:：]|扫一扫|在手机(?:上)?打开|^\s*(?:上一篇|下一篇)|相关链接|责任编辑|"
    r"网站标识码|ICP备|公网安备|版权所有|【打印】|【关闭】|"
    r"^(?![^\n]*(?:牵头|责任|配合)(?:单位|部门))[^\n]*技术支[持撑]\s*[:：]|"  # a site's footer, not a unit's helper
    # 时间:2024-03-13 19:33人气:来源: 重庆日报; 日期:2025-03-11 来源:… 浏览:205次
    r"人气[:：]|浏览[:：]?\s*\d+\s*次|^\s*(?:时间|日期)[:：]\s*20\d{2}[-/.]|\s来源[:：]|新闻热线|投稿信箱"
)
#: A page's note of how long its article takes to read (本篇文章1570字,读完约4分钟).
_READING_TIME: Final = re.compile(
    r"\s*(?:本(?:篇|文)(?:文章)?(?:共)?\s*\d+\s*字\s*[,，]?\s*)?(?:读完|阅读)(?:本文)?(?:时间|时长)?[:：]?(?:约|需要?|大约)?\s*\d+\s*分钟\s*"
)
#: The site's notice under a page, whatever its length (免责声明:本文为…用户自行上传并发布,…).
#: A page's notice of its terms, whatever its length (版权声明:…, 凡本网注明“来源:…”的作品,均转载自…,
#: (本网站所发布文章只作为信息传播使用,不代表本网观点)).
_PAGE_NOTICE: Final = re.compile(
    # (温馨提示:以上资讯来自互联网,如果有侵犯版权请…联系我们,我们将在24小时之内删除!: a site's notice)
    r"\s*(?:免责声明|版权声明|特别声明)\s*[:：]|\s*温馨提示\s*[:：](?=.*(?:侵权|侵犯|版权|删除|转载|来源于|来自互联网))"
    r"|.*用户自行上传|"
    r".*(?:侵犯|涉及)?版权[^\n]{0,40}?(?:联系|告知)[^\n]{0,30}?删除|\s*凡本(?:网|站)注明|\s*[(（]?\s*本(?:网站?|站|平台)[^\n]{0,30}?不代表本(?:网|站|平台)(?:的)?(?:观点|立场)"
)
#: A page's metadata left in its text, whatever its length (2024-03-01 1 1 济宁日报 content_163042.html 1
#: <the headline> /enpproperty-->): a file's name or the end of an HTML comment.
_PAGE_METADATA: Final = re.compile(r"(?<![\u4e00-\u9fff])[\w-]+\.s?html?\b|-->\s*$", re.ASCII)
#: A link under it: a bulleted line with no sentence's end, or a short line of words alone (no figure, no
#: comma, no heading's or item's number).
_LINK_LINE: Final = re.compile(
    r"\s*(?:[-•·▪*]\s*[^。;\n]*|(?![一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]|\d)[^。;,，\d\n]{1,40})\s*"
)
#: The heading of a page's links to other stories, after the article (推荐阅读, 相关新闻, 猜你喜欢).
_LINKS_HEADING: Final = re.compile(
    r"\s*[【\[]?(?:推荐阅读|相关阅读|延伸阅读|相关推荐|热门推荐|精彩推荐|相关新闻|相关文章|猜你喜欢|热点推荐)[】\]]?\s*[:：]?\s*"
)
_TITLE_WORDS: Final = re.compile(
    r"方案|计划|意见|通知|目标|任务|清单|要点|安排|措施|行动|实事|规划|通报|情况|报告|纲要"
)
#: A line ending by naming a kind of document, its period perhaps after it (…实施方案(2024—2026年)).
_NAMES_A_DOCUMENT: Final = re.compile(rf"(?:{_TITLE_WORDS.pattern})\s*(?:[(（][^()（）]{{0,20}}[)）])?\s*$")


#: The first column of a table that shares a task out among places or units (乡镇 | 新种任务(亩)).
_PLACE_HEADER: Final = re.compile(
    r"(?:乡镇|乡\s*[(（]镇[)）]|镇\s*[(（]街道[)）]|乡镇\s*[(（]街道[)）]|镇街|县区|区县|县\s*[(（](?:市、)?区[)）]|区\s*[(（]县[)）]|县\s*[(（]市[)）]区|县市区"
    # 市(州) | 新增城镇就业(万人): a province's shares among its cities
    r"|市\s*[(（]州[)）]|州\s*[(（]市[)）]|市州|州市|地市|盟市|设区市|县\s*[(（]市[)）]|县市|旗县(?:市区)?|地区"
    r"|村\s*[(（](?:社区|居)[)）]|村居|行政村|村|社区"  # 村(社区) | 村集体经济收入(万元): villages' shares
    r"|街道|街镇|街道办事处"  # 街道 | 新增经营主体(户): a district's shares among its street offices
    r"|区|县|市)(?:名称|名)?"  # 区 | 高标准农田(万亩): a city's shares among its districts (市 |: a province's among its cities)
    r"(?:\s*[(（](?:园区|开发区|功能区|管委会|农场|林场|场)[)）]|[、和及](?:园区|开发区|功能区|农场))?"  # 区县(园区), 乡镇(农场)
    r"(?:\s*[/、]\s*单位)?"  # 区/单位: the districts and the bodies given shares beside them (光明食品集团)
)
#: A column named with its measure in brackets (新种任务(亩), 目标值(亿元)).
_MEASURED_HEADER: Final = re.compile(
    r"[(（](?P<unit>千(?:人次|人|户|家|个|件|名)|(?:万|亿)?(?:亩|美元|元|人|人次|个|家|户|吨(?:标准煤|标煤)?|公里|千米|米|平方米|平方公里|立方米|公顷|方|头|只|所|座|套|辆|台|项|"
    r"条|斤|公斤|千瓦|千瓦时|张|件|名|间|处|次|场|株|棵|批次|批|部|篇|册|块|宗|起|微克/立方米|毫克/立方米|%))"
    # (参保率(%,不低于): the column's figures are floors)
    # (失业率(%以内), 森林覆盖率(%,达到): the bound run on after the measure, or 达到 for at least)
    r"(?:\s*[,，、;；]?\s*(?P<bound>不低于|不少于|不高于|不超过|以上|以下|以内|达到))?[)）]$"
)
#: A column of an indicator measured in nothing (农田灌溉水有效利用系数, 空气质量综合指数): its bare figures are levels.
_DIMENSIONLESS_HEADER: Final = re.compile(
    r"(?<!分配)(?<!调整)(?<!难度)(?<!折算)(?<!权重)(?<!修正)(?<!考核)(?:系数|指数)(?:目标)?\s*$"
)  # (not 分配系数, 调整系数, 难度系数: the weights of an assessment, no level to reach)
#: A column of caps (事故起数控制数(起), 死亡人数控制指标(人)): its figures are the most allowed.
_CAP_HEADER: Final = re.compile(r"控制数|控制指标|控制目标|上限")
#: The comparator a column's header puts on its bare figures (参保率(%,不低于) | 96: at least 96%).
_HEADER_BOUND: Final = {
    "不低于": ">=",
    "不少于": ">=",
    "以上": ">=",
    "不高于": "<=",
    "不超过": "<=",
    "以下": "<=",
    "以内": "<=",
    "达到": ">=",
}
#: A column of rates of growth (增长%, 增速(%), 同比增长率).
_GROWTH_HEADER: Final = re.compile(
    r"(?:\d{4}年)?(?:同比|年均|年平均)?(?:增长|增速|增幅)(?:率|幅度)?\s*(?:[(（]?\s*%\s*[)）]?)?"
)
#: The year's planned spending on a project (年度计划投资, 2024年计划完成投资): its target, where the
#: project's total (总投资) only describes it.
_YEARS_SPENDING: Final = re.compile(
    r"(?:\d{4}年|年度|本年度?|当年)(?:计划)?(?:完成)?投资(?:计划|目标)?|计划(?:完成)?投资"
)
#: A column of what is due by a quarter's end: 一季度, 第二季度, 3季度末, 四季度节点.
_QUARTER_COLUMN: Final = re.compile(
    r"(?:第?(?P<quarter>[一二三四1234])季度(?:末|底)?|(?P<half>上半年)|前(?P<first>[二三])季度|1\s*[-—~至]\s*(?P<month>[369])月)"
    r"(?:累计)?(?:节点|目标|任务|进度)?"
)
_QUARTERS: Final = "一二三四1234"
#: A column of a site's size (用地面积(亩), 占地(亩)): what a project is, never its target.
_SITE_SIZE: Final = re.compile(r"用地|占地|面积")
#: The first column of a table whose rows are the quarters, its columns what each is to reach (季度 |
#: 新签约项目(个) | 签约金额(亿元)).
_PERIOD_HEADER: Final = re.compile(r"(?:分)?季度")
#: The whole year's column beside the quarters' (一季度 | 上半年 | 前三季度 | 全年): its targets.
_WHOLE_YEAR_COLUMN: Final = re.compile(r"全年(?:目标|任务)?|1\s*[-—~至]\s*12月")


def _quarter_of(match: re.Match[str]) -> int:
    """The quarter by whose end a quarter's column (二季度), or the months up to it (上半年, 前三季度,
    1-9月), dates its cells."""
    if match.group("quarter"):
        return _QUARTERS.index(match.group("quarter")) % 4 + 1
    if match.group("half"):
        return 2
    if match.group("first"):
        return _QUARTERS.index(match.group("first")) + 1
    return int(match.group("month")) // 3


def _quarter_due(quarter: int) -> tuple[str, int]:
    """What a quarter's column dates its cells by: its name and the month it ends (二季度, 6)."""
    return "一二三四"[quarter - 1] + "季度", 3 * quarter


#: A column of what is striven for beside what must be met (基本目标 | 奋斗目标, 力争目标, 挑战目标).
_STRIVEN_HEADER: Final = re.compile(r"(?:奋斗|力争|挑战)(?:目标|值|指标|任务)")
#: A column of what is due in a month: 1月, 2月份, 3月目标.
_MONTH_COLUMN: Final = re.compile(r"(1[0-2]|[1-9])\s*月份?(?:目标|任务|计划|进度)?")


#: A column of the whole place a plan is for, heading a matrix of its places (全市, 全县目标, 全区合计).
_WHOLE_PLACE_HEADER: Final = re.compile(r"全(?:省|市|州|盟|县|区|旗|镇|乡)(?:目标|任务)?")


#: A column of the figure planned for the year, named without 目标 (年度任务, 全年计划, 2026年计划, 任务数,
#: 计划任务量, 2026年指标); not a column of tasks' names (工作任务, 重点任务, 主要任务).
_PLANNED_FIGURE_HEADER: Final = re.compile(
    r"(?:20\d{2}年度?|年度|全年|本年)(?:计划|任务)(?:数|量|数量)?|(?:计划)?任务(?:数|量|数量)|计划(?:任务)?(?:数|量|数量)?"
    r"|20\d{2}年度?指标|20\d{2}年度"
)


#: A column of the progress so far (1-6月进度, 上半年完成情况, 截至6月底进展, 一季度实际完成).
_PROGRESS_HEADER: Final = re.compile(
    r"(?:20\d{2}年)?(?:(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份|底|末)?|上半年|前三季度|[一二三四1-4]季度|截至[^|]{0,10}?)"
    r"(?:累计)?(?:工作)?(?:进展|进展情况|完成情况|推进情况|实际完成|已完成)"
    r"|截至[^|]{0,10}?(?:累计)?进度"
)
#: A column of bare progress by a month or quarter (1-6月进度, 二季度进度): the progress so far where it stands alone,
#: a schedule where a run of them does (一季度进度 | 二季度进度 | 三季度进度 | 四季度进度).
_BARE_PROGRESS_HEADER: Final = re.compile(
    r"(?:20\d{2}年)?(?:(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}\s*月(?:份|底|末)?|上半年|前三季度|[一二三四1-4]季度)(?:累计)?(?:工作)?进度"
)


#: A row's serial in its first cell (16, 1.1, 一, (一)): a row's, never a header's.
_ROW_SERIAL: Final = re.compile(
    r"\d{1,3}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3}|[(（][一二三四五六七八九十\d]{1,3}[)）]"
)
#: A header naming what was done and the aim both (2023年完成情况及2024年目标, 现状及目标, 2024年基数/2025年目标).
_DONE_AND_AIM_HEADER: Final = re.compile(
    r"(?:完成|现状|基数|基期|情况|实际)[^|]{0,8}(?:及|和|与|、|/)(?:20\d{2}年|本年|今年|年度)?(?:目标|目标值)$"
)  # (not 进展情况及下步计划: progress, then what comes next)


@functools.lru_cache(maxsize=1024)
def _column_role(header: str, has_lead_column: bool | str) -> str:
    """A header cell's role; asked for every cell of every row, so each answer is kept. ``has_lead_column``: whether
    the header names a column of leads, or ``"office"`` where a department's office column leads (责任科室 |
    责任单位: the office leads, the bodies under the department carry the work out)."""
    header = header.strip()
    if has_lead_column == _OFFICE_LEADS and _OFFICE_COLUMN.fullmatch(header):
        return "lead"
    if re.match(r"^(?:序号|编号)$", header):
        return "serial"
    if re.search(r"(?:牵头|主责|主办)(?:责任|考核)?(?:单位|部门|处室|科室|股室|站所)", header):
        return "lead"  # 牵头单位, 牵头责任单位
    if re.fullmatch(
        r"责任人(?:及|和|与|、)(?:责任)?(?:单位|部门|科室|站所)|(?:责任)?(?:单位|部门)(?:及|和|与|、)责任人", header
    ):
        return "support" if has_lead_column else "lead"  # 责任人及单位: the office named with each person answers
    if re.search(rf"(?:{HELPING}|协作)(?:单位|部门|处室|科室|股室|站所)", header):
        return "support"  # (协作科室: the offices working with the one answering)
    if re.fullmatch(r"(?:包联|挂点|挂联|联系)(?:单位|部门|科室|股室|站所|办室)", header):
        return "support"  # 社区 | 指标 | 目标 | 包联科室: the office linked to the place helps it with its row
    if re.search(
        r"责任(?:单位|部门|处室|科室|股室|站所|站办|办所|主体|乡镇|镇街|镇|乡|街道|办室|办)", header
    ):  # (责任办: a town's office)
        return "support" if has_lead_column else "lead"  # (责任乡镇: the places that carry a project out)
    if re.fullmatch(r"(?:股室|科室|处室|站所|站办|办所|内设机构)(?:[(（](?:单位|站所|单位\)?)[)）])?", header):
        return "support" if has_lead_column else "lead"  # 股室 | 年度目标 | 完成时限: each office its row's
    if re.search(r"考核(?:单位|部门)", header):
        return "assessor"  # 考核部门: answers for a row only where no column names who does (see _header_roles)
    if re.search(r"主管(?:单位|部门)", header):
        return "overseer"  # 行业主管部门: answers for a row where no column names who does, else helps
    if _GROWTH_HEADER.fullmatch(header):
        return "growth"  # 增长% beside 2024年目标: the row's rate of growth, a target of its own
    if _PROGRESS_HEADER.fullmatch(header):
        return "skip"  # 1-6月进度, 上半年完成情况, 截至6月底进展: how far the year has got, no target
    month = _MONTH_COLUMN.fullmatch(header)
    if month:  # 指标 | 1月 | 2月 | 3月: each month's figure, due then
        return f"month{month.group(1)}"
    if re.fullmatch(r"(?:完成|推进|实施)?(?:月份|月度)", header):
        return "row_month"  # 月份 | 工作内容 | 目标要求: the month each row's work is due in
    quarter = _QUARTER_COLUMN.fullmatch(header)
    if quarter:  # 一季度 | 二季度 …, 一季度 | 上半年 | 前三季度: what is due by each quarter's end
        return f"quarter{_quarter_of(quarter)}"
    if _WHOLE_YEAR_COLUMN.fullmatch(header):
        return "target"  # 一季度 | 上半年 | 前三季度 | 全年: the year's target
    if re.fullmatch(r"(?:计量)?单位", header):
        return "unit"
    if re.search(r"评分|计分|扣分|得分|分值|权重|^(?:分数|标准分|基础分)", header):
        return "skip"  # 评分标准, 分值: how a row is scored, never its target
    if header.startswith("占"):
        return "skip"  # 占全年计划, 占年度目标: the share of the plan done so far
    if re.fullmatch(r"(?:原|调整前|变更前)(?:目标|目标任务|计划|任务|指标|内容)(?:值)?", header):
        return "skip"  # 原目标 | 调整后目标: the target a revision replaces, none now
    if re.fullmatch(r"(?:指标|目标|任务|项目)?(?:类别|类型|分类|属性)", header):
        return "skip"  # 类别 | 考核指标 | 目标值: the same few words down the rows (职能目标), no task's name
    if _PLACE_HEADER.fullmatch(header) or _PERIOD_HEADER.fullmatch(header):
        # 乡镇 | 新种任务(亩): each row's place answers for its share; 季度 | 新签约项目(个): each row's
        # quarter dates its figures (see _table_row)
        return "place"
    if _DONE_AND_AIM_HEADER.search(header):
        # 2023年完成情况及2024年目标, 现状及目标: last year's figure and this year's aim in one cell, the aim a target
        # (the clause of what was done is read as done)
        return "target"
    measured = _MEASURED_HEADER.search(header)
    if measured is not None:
        core = header[: measured.start()]  # 2023年完成(亿元) is a baseline, 用地面积(亩) a description
        if re.search(r"基数|基期|基准|现状|上年|去年|完成|实际|现有|基础|进度|情况", core):
            return "baseline"
        if _YEARS_SPENDING.fullmatch(core):
            return "spending"  # 年度计划投资(万元): a target of its own beside what the project builds
        if (
            re.search(r"目标|任务|计划|指标值", core)
            and not re.search(r"投资|资金|金额|经费|规模", core)
            or (_CAP_HEADER.search(core))
        ):
            return "target"  # 新种任务(亩), 2024年目标(亿元): the column's figures, in the measure it names
        return "content"  # 总投资(万元), 用地面积(亩): what a project is
    if re.search(r"基数|基期|基准|现状|(?<![实预])现值|上年|去年|已完成|完成值|完成$|实际|现有|基础值", header) or (
        re.search(r"预计", header) and not re.search(r"目标|时间|时限|日期|开工|竣工|投产|完工", header)
    ):
        # 2025年基数, 2023年完成, 现状值, 嘉善现值, 2025年预计 (not 2026年预计目标, 预计竣工时间): where
        # things stand, never a target
        return "baseline"
    if re.search(r"时限|时间|节点", header) and not re.search(r"情况|进展|进度", header):
        return "when"  # 完成时限: a date, or what is to be done by when (8月底前新建学校投入使用)
    if re.search(r"进度目标$|(?:时序|序时|时间)进度$|进度(?:安排|计划|要求)$|目标\(形象进度\)$", header) or (
        _PLANNED_PROGRESS.fullmatch(header)
    ):
        # 形象进度目标, 时序进度, 年度目标(形象进度), 年度形象进度: what is to be done by when this year
        return "when"
    if re.search(
        r"领导|联系人|责任人|备注|时限|时间|情况|进展|进度|是否|说明|达序|评价(?!指标)|成效|资金来源|地点|地址|位置|所在地|"
        r"之比|完成率|完成比|占比",
        header,
    ):
        return "skip"
    if re.search(r"目标|预期|计划值|任务值|指标值", header) and not re.search(r"任务$|名称|内容", header):
        return "target"
    if _PLANNED_FIGURE_HEADER.fullmatch(header):
        # 年度任务, 2026年计划, 任务数, 计划任务量, 2026年指标: the figure planned for the year, a target where a
        # 单位 column gives its measure (see _header_roles)
        return "planned"
    if re.fullmatch(r"\d{4}年", header):
        return "year"
    return "content"


#: A title of a report on what was done (…完成情况, 执行情况, 工作总结), not of a plan as well.
_REPORTING_TITLE: Final = re.compile(r"(?:完成|执行|进展|推进|落实)情况(?!.*(?:计划|目标|方案|安排))|总结(?!.*计划)")
#: A year, as a header names a column by it (2024年).
_BARE_YEAR: Final = re.compile(r"(20\d{2})年")
#: The years a plan's title covers: a period (2024—2026年, 2021-2025年), else one year (2024年).
_TITLE_PERIOD: Final = re.compile(r"(20\d{2})\s*(?:年)?\s*[—–\-－~至到]\s*(20\d{2})年")


def _years_read_by_title(names: list[str], title: str) -> list[str]:
    """A header's columns of bare years (指标 | 2024年 | 2025年 | 2026年) named by what they hold in a
    plan whose title gives its years: a year the plan covers is that year's target, a year before
    it the base. Other headers, or a title with no year, are left as they are."""
    period = _TITLE_PERIOD.search(title)
    years = [int(y) for y in _BARE_YEAR.findall(title)]
    numbered = FIVE_YEAR_PLAN.search(title)
    if (period is None and not years and numbered is None) or _REPORTING_TITLE.search(title):
        return names  # (…主要经济指标完成情况: its years' figures are reported)
    # a period's years (2021-2025年), else the last year named (2023年工作总结和2024年工作计划: 2024), else
    # the five-year plan's (“十四五”)
    if period is not None:
        first, last = int(period.group(1)), int(period.group(2))
    elif years:  # 落实“十四五”规划2024年度计划: the year the title names narrows the five
        first, last = max(years), max(years)
    else:
        assert numbered is not None
        first, last = five_year_plan(numbered.group("n"))
    bare = [_BARE_YEAR.fullmatch(n) for n in names]
    if not any(bare) or any(_column_role(n, False) == "target" for n in names):
        return names
    named = []
    for name, year in zip(names, bare):
        if year is not None and first <= int(year.group(1)) <= last:
            name += "目标"
        elif year is not None and int(year.group(1)) < first:
            name += "基数"
        named.append(name)
    return named


def _cells(sh: str, start: int, end: int) -> list[tuple[int, int]]:
    cells = []
    begin = start
    for i in range(start, end):
        if sh[i] == "|":
            cells.append((begin, i))
            begin = i + 1
    cells.append((begin, end))
    return [strip_span(sh, a, b) if b > a else (a, a) for a, b in cells]


_GAP: Final = re.compile(r"[ \u3000]+")
_WIDE_GAP: Final = re.compile(r"[ \u3000]{2,}")
#: A first sentence opening with a date is a dated deliverable (9月底前建成…平台二期), never a label.
_DATED: Final = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|上旬|下旬)?(?:前|以前)|年底前|年内")
#: The measure words after a figure that make a first sentence state a target (个, 万, 亩 …).
_FIGURE_MEASURES: Final = r"(?:%|万|亿|个|家|项|所|座|条|公里|千米|人|户|套|台|处|亩|吨|元|栋|张|辆|场|次|部|名|件(?!事)|批|间|株|棵|头|只|宗|盏|公顷|平方米|平方公里|立方米|千瓦|位)"
#: A first sentence with a figure and its measure states a target (改造老旧小区5个), as one opening
#: with 力争 does: read unless the heading has items under it.
_FIGURE_STATED: Final = re.compile(
    rf"\d+(?:\.\d+)?\s*{_FIGURE_MEASURES}"
    # a figure in words, a tens' or a decimal's (一百二十个, 二点六万亩; not 一个, 两项: a slogan's count), a
    # share (百分之九十) or a multiple (翻一番)
    rf"|(?:[一二两三四五六七八九]?[十百千][一二三四五六七八九十百千零]*|[一二两三四五六七八九十]点[一二三四五六七八九零]+)"
    rf"{_FIGURE_MEASURES}|百分之[一二三四五六七八九十百点]+|翻(?:一|两)?番"
)  # (not 份, 米, 件事: 办成1件事, 1份清单, 10米宽滨河绿道 are slogans and sizes in a heading)
#: A first sentence opening with 力争 or 确保 states a target (力争新增规上企业25家), never a label.
_STRIVING: Final = re.compile(r"力争|争取|确保")
#: A short piece of a cell broken onto its own line (制中心, 局): no digits, no punctuation.
_WRAPPED_PIECE: Final = re.compile(r"[\u4e00-\u9fff*]{1,10}")


#: A line holding one cell closed by a bar (项目名称 |), and a line of bars alone between rows (|, ||||).
_BARRED_CELL: Final = re.compile(r"[^\S\n]*[^|\s][^|\n]*\|[ \t]*")  # (one run before the bar: linear on a long line)
_BARS_ALONE: Final = re.compile(r"[ \t]*\|+[ \t]*")
_BARS_LINE: Final = re.compile(r"(?m)^[ \t]*\|+[ \t]*$")


#: An item numbered with a blank after its number, a sentence with no blank of its own (1 实施…工程;).
_BLANK_NUMBERED_ITEM: Final = re.compile(
    r"(?m)^([ \t\u3000]*)(\d{1,2}) (?=[\u4e00-\u9fff])(?![月日号年季])[^\s]*[;;。]$"
)


def blank_numbered_items(sh: str) -> str:
    """The shadow with items numbered ``1 实施…;`` (a blank where 、 belongs) written ``1、实施…;``, one
    character for one, so they are read as the items they are. Only a run counting 1, 2, 3… of such
    lines is a list; a row of a table aligned by blanks holds blanks between its cells and is left."""
    items = list(_BLANK_NUMBERED_ITEM.finditer(sh))
    if len(items) < 2:
        return sh
    out = list(sh)
    run: list[re.Match[str]] = []
    for match in [*items, None]:
        if match is not None and (not run or int(match.group(2)) == int(run[-1].group(2)) + 1):
            run.append(match)
            continue
        if len(run) >= 2 and int(run[0].group(2)) == 1:
            for item in run:
                out[item.end(2)] = "、"
        run = [match] if match is not None else []
    return "".join(out)


def barred_lines(sh: str) -> str:
    """The shadow with tables copied one cell a line, each cell closed by a bar and each row by a
    line of bars alone (序号 | / 项目名称 | / … / 责任单位 | / |), joined into rows of ``|`` cells:
    the line ends inside a row, and the one before its closing bars, become blanks (one character
    for one). Only a run of such lines whose rows all hold the same number of cells (three or more)
    is a table: a lone bar in a column of cells is a blank cell, not a row's end."""
    if not _BARS_LINE.search(sh):
        return sh
    out = list(sh)
    rows: list[list[int]] = []  # the run's rows so far: the ends of their cell lines
    row: list[int] = []

    def settle() -> None:
        closed = [r for r in rows if len(r) > 1]  # a title over the table (清单 |) is a row of one
        if len(closed) >= 2 and len(closed[0]) >= 3 and all(len(r) == len(closed[0]) for r in closed):
            last = row if len(row) == len(closed[0]) else []  # a last row without its closing bars
            for cells in [*closed, last]:
                for cell_end in cells if cells is not last else cells[:-1]:
                    if cell_end < len(out) and out[cell_end] == "\n":
                        out[cell_end] = " "

    for start, end in _lines(sh):
        line = sh[start:end]
        if _BARRED_CELL.fullmatch(line):
            row.append(end)
        elif _BARS_ALONE.fullmatch(line):
            rows.append(row)
            row = []
        else:
            settle()
            rows, row = [], []
    settle()
    return "".join(out)


def units_cell(cell: str) -> bool:
    """Whether a cell lists units alone (区发改经信局、各街道), as a table's units column holds them."""
    return _unit_cell(cell)


def _opens_like_header(cell: str) -> bool:
    """Whether a cell opens with a header's words (项目名称及建设内容, 责任单位(牵头)) and states no
    figure: a row's cell may open so too (项目开工率达到60%, a quarter's deliverable)."""
    if _HEADER_WORDS.fullmatch(cell) or _PLACE_HEADER.fullmatch(cell):
        return True  # (2025年目标 holds a year, and is a header's all the same; 乡镇 | 任务 | 目标: the places' column)
    opened = _HEADER_WORDS.match(cell)
    return opened is not None and not re.search(r"\d", cell[opened.end() :])


#: A header cell of an indicator table over years (2020年, 年均增长, 目标值), beside _HEADER_WORDS.
_YEARS_HEADER_CELL: Final = re.compile(
    r"20\d{2}年(?:目标|基数|基期|预期|末)?(?:值)?|(?:年均|累计)?增(?:长|速|幅|量)(?:率)?|属性|目标值|基期值|现状值|基数|类别"
)
#: A cell of figures in such a table (1500, 1.3%, 【10.3】, —).
_FIGURE_CELL: Final = re.compile(r"[【\[(]?[<>≥≤]?\s*-?\d[\d.,]*\s*%?[】\])]?|[—\-–/]+")


def headed_barred_lines(sh: str) -> str:
    """The shadow with tables copied one cell a line, each cell closed by a bar but no row closed
    (指 标 | / 2020年 | / 2025年 | / 年均增长 | / 粮食综合生产能力(亿斤) | / 1500 | / 1600 | / 1.3% | …),
    joined into rows of ``|`` cells as wide as the header, one character for one.

    The header is the run's first lines that name columns (three or more); the rest of the run must
    part into rows of that many lines, each a name and then figures, or the run is left as it is."""
    if "|" not in sh:
        return sh
    out = list(sh)
    run: list[tuple[int, int]] = []

    def cell(start: int, end: int) -> str:
        return re.sub(r"\s+", "", sh[start:end]).rstrip("|")

    def settle() -> None:
        width = 0
        while width < len(run) and (
            _HEADER_WORDS.fullmatch(cell(*run[width])) or _YEARS_HEADER_CELL.fullmatch(cell(*run[width]))
        ):
            width += 1
        rest = len(run) - width
        if width < 3 or rest < width or rest % width:
            return
        rows = [run[i : i + width] for i in range(0, len(run), width)]
        for row in rows[1:]:
            if _FIGURE_CELL.fullmatch(cell(*row[0])) or not all(_FIGURE_CELL.fullmatch(cell(*c)) for c in row[1:]):
                return  # not a name and its figures: no table of this shape
        for row in rows:
            for _, end in row[:-1]:
                if end < len(out) and out[end] == "\n":
                    out[end] = " "

    for start, end in _lines(sh):
        if _BARRED_CELL.fullmatch(sh, start, end):
            run.append((start, end))
        else:
            settle()
            run = []
    settle()
    return "".join(out)


def spaced_tables(sh: str) -> str:
    """The shadow with the cells of space-separated tables marked as ``|`` cells.

    A table copied from a page often keeps only blanks between its cells (``序号 任务 目标
    责任单位``). A line of at least three blank-separated words, two of them table headers
    (序号, 任务, 责任单位), starts such a table; the lines after it that hold blank-separated
    cells are its rows, until a line without blanks that names no units (a heading, a
    paragraph). The first blank of every gap becomes ``|``, one character for one, so offsets
    stay those of the text.
    """
    out = list(sh)
    columns = 0
    wide = False  # whether the header's cells are parted by runs of blanks, never by one
    short = 0  # how many cells the last row is short of the header's
    units_last = False  # whether the row's last cell so far names units
    header_cells: list[str] = []  # the header's cells, where each gap of it parts two
    for start, end in _lines(sh):
        line = sh[start:end]
        words = _GAP.split(line.strip())
        if "|" in line:
            columns = 0
            continue
        if columns and len(words) == 1 and _unit_cell(line):
            units_last = True
            continue  # a unit on its own line
        rest = _row_rest_columns(sh, start, end, header_cells) if columns and 2 <= len(words) < columns else None
        if rest is not None:
            # a row's second target on an indented line with its own deadline, the units cell left blank
            # (8  工业园区扩区提质  完成…报批  县工信局*、…  6月底 / ␣␣␣␣新增标准化厂房8万平方米    10月底): the
            # row goes on, each cell under its column
            _bar_row_rest(out, sh, start, end, rest)
            continue
        if (
            columns
            and len(words) == 1
            and line.strip()
            and sh[start : start + 2] in ("  ", "\t\t", "\u3000\u3000", " \t", "\t ")
            and re.search(r"\d", line)  # (a name's rest, 厂房(三期) or 项目, is read below)
            and _heading(sh, *strip_span(sh, start, end)) is None
            and (
                _TASK_LEFT_OPEN.search(sh, sh.rfind("\n", 0, start - 1) + 1, start)
                or not line.rstrip().endswith(("。", "."))
            )
            and not _GROUP_CAPTION.search(line)
            and not _NOTE_LINE.match(line)
        ):
            # a row's task wrapped onto an indented line of its own (7  新签约…项目40个; / ␣␣␣新开工…项目30个): marked
            # to go on with the row above, its text the row's task cell's (where the row above left a cell open or
            # the line is no sentence: an indented paragraph after the table, 全年新增…。, and a group's caption,
            # 基础设施类项目(2个), are none)
            out[start], out[start + 1] = GOES_ON, "|"
            continue
        if columns and (
            _PAGE_MARKER.fullmatch(line.strip())
            # a heading over a group of rows; not a numbered row with the header's cells (1.粮食生产  …  县农业农村局)
            or (_heading(sh, *strip_span(sh, start, end)) is not None and len(words) < max(3, columns - 1))
            or (len(words) == 1 and _WRAPPED_NAME.fullmatch(words[0]))
            or (
                len(words) <= columns // 2
                and all(_WRAPPED_NAME.fullmatch(w) and not _unit_cell(w) for w in words)
                and _row_line_follows(sh, end)
            )
        ):
            # a page break, a heading over a group of rows, the rest of a cell on its own line, the rests
            # of two cells wrapped together before the next row (质量强市示范城市 … 11 月底前通过 / 复核 复核)
            continue
        if columns and short and units_last and len(words) == 1 and words[0] and sh[start - 1 : start] == "\n":
            # the row's last cell on a line of its own, after its units a line each (… | 区农业农村委 /
            # 区林业局 / 第一产业增加值同比增长3.4%。): it goes on with the row
            out[start - 1] = "|"
            short, units_last = short - 1, False
            continue
        if columns and _wrapped_beside_units(sh, start, end, words, columns, out):
            continue
        spread = set()  # the gaps inside a header word spread out (单 位, 备  注, 1- 8月): no cell ends there
        if len(words) >= 3 and sum(bool(_HEADER_WORDS.fullmatch(w)) for w in words) >= 1:
            stripped = strip_span(sh, start, end)
            for gap in _GAP.finditer(sh, stripped[0], stripped[1]):
                left, right = sh[gap.start() - 1], sh[gap.end()] if gap.end() < end else ""
                single = (gap.start() - 1 == stripped[0] or sh[gap.start() - 2].isspace()) and (
                    gap.end() + 1 >= stripped[1] or sh[gap.end() + 1].isspace()
                )
                if (single and _HEADER_WORDS.fullmatch(left + right)) or (left in "-—–~" and right.isdigit()):
                    spread.add(gap.start())  # 单 位; 1- 8月实际完成情况: a range of months broken at its dash
            words = [w for w in _GAP.split(sh[stripped[0] : stripped[1]])]
            named = (words[0] in ("序号", "编号") and sum(_header_cell(w) for w in words[1:]) >= 2) or (
                # 责任单位 外贸出口目标 实到外资目标: the units, then a column a measure
                bool(_LEAD_OR_ANSWERABLE.fullmatch(words[0])) and all(_header_cell(w) for w in words[1:])
            )
            if sum(bool(_HEADER_WORDS.fullmatch(w)) for w in words) + len(spread) >= 2 or named:
                # (序号 重点工作任务 牵头责任单位 一季度完成情况: after 序号, words that each name a column)
                columns = len(words) - len(spread)
                header_cells = words if not spread else []
                # a header whose cells are parted by runs of blanks: a single blank in a row is inside a cell
                wide = all(len(g.group()) >= 2 for g in _GAP.finditer(sh, stripped[0], stripped[1]))
            elif not (columns and len(words) >= 2):
                columns = 0
                continue
        elif not (columns and len(words) >= 2):
            columns = 0
            continue
        stripped = strip_span(sh, start, end)
        if not spread and wide and len(_WIDE_GAP.split(sh[stripped[0] : stripped[1]])) == columns:
            # 县发改局 县统计局 in a row of cells parted by runs of blanks: two units of one cell
            spread = {gap.start() for gap in _GAP.finditer(sh, *stripped) if len(gap.group()) == 1}
        if not spread:
            # 2.6 万户, 增长 8%, 全省前 5 位: a figure parted from its measure or its verb, inside one cell
            # (not after the line's first word, a row's number: 3 公里范围内…)
            gaps = list(_GAP.finditer(sh, *stripped))
            spread = {
                gap.start()
                for previous, gap in zip(gaps, gaps[1:])
                if _inside_figure(sh, previous.end(), gap.start(), gap.end(), end)
            }
        for gap in _GAP.finditer(sh, stripped[0], stripped[1]):
            if gap.start() not in spread:
                out[gap.start()] = "|"
        short = max(0, columns - (len(words) - len(spread)))
        units_last = False  # only units a line each under a row let its last cell follow on a line of its own
    return "".join(out)


def _row_rest_columns(sh: str, start: int, end: int, header: list[str]) -> list[int] | None:
    """The columns of the cells of an indented line under a row of a space-separated table, when the
    line is the rest of that row: fewer cells than the header, each placed by what it holds (a date
    under the deadline's column, text under the target's or else the task's, units under theirs only
    where the row above left its units cell open with a 、; else the line is a row of its own), in the
    header's order and with blanks enough before each to mark the columns left blank; else None."""
    if (
        not header
        or sh[start : start + 2] not in ("  ", "\u3000\u3000", "\t\t")
        or _heading(sh, *strip_span(sh, start, end)) is not None
    ):
        return None
    roles = _header_roles(header)
    text_column = next((roles.index(role) for role in ("target", "content") if role in roles), -1)
    placed: list[int] = []
    last, blank = 0, start + 1  # (the line's first blank takes the mark that the row goes on)
    for word_start, word in _words(sh, start, end):
        if _DATE_ONLY.fullmatch(word) and "when" in roles:
            column = roles.index("when")
        elif _unit_cell(word):
            above = sh[sh.rfind("\n", 0, start - 1) + 1 : start - 1]
            if not re.search(r"[、,，]\s*$", above):
                return None  # a units cell of its own: a row of its own, not the rest of the one above
            # (…县住建局;城关镇人民政府、 / ␣␣(2024年批次)    各社区居民委员会: the units cell left open goes on)
            column = next((i for i, r in enumerate(roles) if r in ("lead", "support") and i > last), -1)
        else:
            column = -1 if placed else text_column
        if column <= last or word_start - blank < column - last:
            return None
        placed.append(column)
        last, blank = column, word_start + len(word)
    return placed if text_column in placed else None


#: A word of a line parted from the next by blanks.
_WORD: Final = re.compile(r"[^ \u3000\t]+")


def _words(sh: str, start: int, end: int) -> list[tuple[int, str]]:
    """The blank-parted words of a line, each with where it starts."""
    return [(m.start(), m.group()) for m in _WORD.finditer(sh, start, end)]


def _bar_row_rest(out: list[str], sh: str, start: int, end: int, columns: list[int]) -> None:
    """Mark an indented line as the rest of the row above (see _row_rest_columns): the mark that the row
    goes on in its first blank, and before each cell a bar for each column it moves on."""
    out[start] = GOES_ON
    last, blank = 0, start + 1
    for (word_start, word), column in zip(_words(sh, start, end), columns):
        out[blank : blank + column - last] = "|" * (column - last)
        last, blank = column, word_start + len(word)


#: What follows a figure in its own cell: its measure (万户, 批次, 台（件）), 以上, %, or a month's deadline.
_MEASURE_AFTER: Final = re.compile(
    r"(?:万|亿|千)?(?:户|件|项|家|台|份|位|批次|元|人|人次|个|所|座|辆|吨|公里|亩|次|场|条|张|套|名|%)(?![\u4e00-\u9fff])"
    r"|(?:万|亿|千)?(?:户|件|项|家|台|份|位|批次|元|人次|个|所|座|辆|吨|公里|亩|次|场|条|张|套|名)(?:以上|以下|左右|[(（])"
    r"|(?:万|亿)元|以上|以下|左右|%|月(?:底|末|中旬|上旬|下旬)?(?:前|以前)"
)
#: What comes before a figure in its own cell: a verb of change, a rank, a level (增长 8%, 全省前 5 位;
#: not 12月底前, a deadline in a cell of its own).
_VERB_BEFORE: Final = re.compile(r"(?:增长|下降|提高|降低|达到|不低于|不少于|不超过|控制在|超过|[国省市区县]前|人口)$")


#: A row's cell left open before the gap to the next cell (…项目5个;  何振宇, …15家,  何振宇): it goes on below.
_TASK_LEFT_OPEN: Final = re.compile(r"[,，;；、][ \t\u3000]{2,}\S")
#: A group's caption over rows, counting them (基础设施类项目(2个)).
_GROUP_CAPTION: Final = re.compile(r"[(（]\s*\d+\s*[个项][)）]\s*$")


def _inside_figure(sh: str, word_start: int, gap_start: int, gap_end: int, line_end: int) -> bool:
    """Whether a gap after the word at ``word_start`` in a row of blank-separated words lies inside a
    cell: between a figure and its measure (2.6 万户, 25 项以上, 11 月底前通过) or a word of change and
    its figure (增长 8%, 全省前 5 位)."""
    if gap_end >= line_end:
        return False
    if sh[gap_start - 1].isdigit():
        return _MEASURE_AFTER.match(sh, gap_end, line_end) is not None
    if sh[gap_end].isdigit():
        return _VERB_BEFORE.search(sh, word_start, gap_start) is not None
    return False


def _wrapped_rests(line: str) -> bool:
    """Whether a line holds only the rests of a row's cells wrapped onto it: one to three short words."""
    words = line.split()
    return 1 <= len(words) <= 3 and all(_WRAPPED_NAME.fullmatch(w) for w in words)


def _row_line_follows(sh: str, end: int) -> bool:
    """Whether the line after the one ending at ``end`` opens with a row's number or a heading."""
    return re.match(r"\n\s*(?:\d{1,3}[\s|]|[一二三四五六七八九十]{1,3}、)", sh[end : end + 8]) is not None


#: A group's label over its rows in a table (经济发展, 创新驱动, 民生福祉): a few words alone on a line.
_GROUP_LABEL: Final = re.compile(r"[\u4e00-\u9fff]{2,10}")
#: The rest of a cell's name wrapped onto a line of its own (厂房(三期), 线工程): no digits, no stops.
_WRAPPED_NAME: Final = re.compile(r"[\u4e00-\u9fff*()“”\"]{1,16}")


def _wrapped_beside_units(sh: str, start: int, end: int, words: list[str], columns: int, out: list[str]) -> bool:
    """Whether an indented line under a row holds the rests of wrapped cells and, last, units (项目
    … 国网丰禾县供电公司 under a row whose unit cell ends 县自然资源局、): the rests are blanked in
    ``out``, so that the units alone go on with the row's unit cell (see :func:`wrapped_rows`)."""
    if not (1 < len(words) < columns and sh[start:end][:1] in " \t\u3000"):
        return False
    if not _unit_cell(words[-1]) or not all(_WRAPPED_NAME.fullmatch(w) and not _unit_cell(w) for w in words[:-1]):
        return False
    last = sh.rfind(words[-1], start, end)
    for i in range(start, last):
        if not sh[i].isspace():
            out[i] = " "
    return True


#: A document-sharing site's page (由会员分享, 可在线阅读, 珍藏版): its pages start with 1、 2、 3、.
_SHARED_DOCUMENT: Final = re.compile(r"由会员分享|可在线阅读|珍藏版|文档分享|下载文档")
_SHARED_PAGE: Final = re.compile(r"\n[ \t]*\d{1,3}、")
#: A page of a document-sharing site runs to hundreds of characters on one line.
_PAGE_LENGTH: Final = 150


def shared_pages(text: str, sh: str) -> str:
    """The shadow of a document-sharing site's page with its page breaks (a line end and ``N、``)
    blanked, so that a table or a sentence cut by a page break reads on. Other texts are as they are."""
    if not _SHARED_DOCUMENT.search(text[:2000]):
        return sh
    out = list(sh)
    for match in _SHARED_PAGE.finditer(sh):
        line_end = sh.find("\n", match.end())
        long_page = (line_end if line_end >= 0 else len(sh)) - match.end() >= _PAGE_LENGTH
        previous_start = sh.rfind("\n", 0, match.start()) + 1
        before = sh[previous_start : match.start()].rstrip(" \t")
        heading = len(before) < 60 and _heading(sh, *strip_span(sh, previous_start, match.start())) is not None
        # the line before breaks off mid-sentence (a heading ends without a stop and breaks nothing)
        cut = bool(before) and before[-1] not in "。.;!?)" and not heading
        if not (long_page or cut):
            continue  # an item of a list (1、新建公园5个。), not a page of the document
        out[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(out)


#: A row's number alone on its line with its mark (1., 2、): the number the row is counted by.
_SERIAL_MARKED: Final = re.compile(r"^(\d{1,3})[.、．]$")
#: The last word of a row's name wrapped onto a line of its own (项目, 工程, (二期)).
_WRAPPED_WORD: Final = re.compile(r"项目|工程|建设|行动|[(（][^()（）]{1,4}[)）]")


def paragraph_tables(sh: str) -> str:
    """The shadow with tables copied one cell a paragraph joined into rows of ``|`` cells.

    A page's table copied as text often gives every cell a line (or a paragraph) of its own:
    序号 / 项目内容 / 当前进度 / 牵头单位 / 备注, then 1 / 新建… / 80% / 县教育局 / …, then 2 / …. A run
    of at least three lines that are each a table header word starts such a table; each row starts
    at the line holding the next serial number (1, 2, 3 …) and runs to the line before the next
    one (the last row: as many lines as the header has cells). The line ends (and blank lines)
    between a row's cells become ``|`` and blanks, one character for one.
    """
    out = list(sh)
    # a page's footer (— 2 —, 第2页) is no line of the table: a row broken by it goes on after it, and
    # joining the row blanks it out of the shadow (a bare number may be a row's, and stays)
    lines = [(a, b) for a, b in _lines(sh) if sh[a:b].strip() and not _FOOTER.fullmatch(sh, a, b)]
    # (a row's number may carry its mark: 1. / 2. as 1 / 2)
    words = [_SERIAL_MARKED.sub(r"\1", re.sub(r"\s+", "", sh[a:b])) for a, b in lines]

    def join(
        first: int,
        after: int,
        columns: int | None,
        blank_cells: bool = False,
        lead_and_support: bool = False,
        width: int = 0,
        header: bool = False,
        roles: list[str] | None = None,
        headers: list[str] | None = None,
    ) -> None:
        # lines beyond one a cell: units a paragraph each (None: not known, the table's last row)
        spare = (after - first) - columns if columns is not None else None
        single_spaced = blank_cells  # a blank line between two of the row's lines may be a blank cell
        lead_closed = False  # under 牵头单位 | 协同单位: whether the lead's cell is closed
        if blank_cells:
            # a blank line (between the row's lines, or closing it) is a blank cell only where the
            # blank lines make up the row's count of cells (the header's); else it breaks a cell's
            # text into two paragraphs
            gaps = sum(sh.count("\n", lines[k][1] + 1, lines[k + 1][0]) for k in range(first, after - 1))
            closing = sh.count("\n", lines[after - 1][1] + 1, lines[after][0]) if after < len(lines) else 0
            if not gaps and closing < 2 and (after - first) + closing != width:
                # one blank line after a row with none inside it parts rows, it is no cell; but after a
                # row one cell short, it is that cell (a unit cell merged with the one above)
                closing = 0
            blank_cells = (after - first) + gaps + closing == width
            if blank_cells and closing:
                # the blank lines closing the row are its last cells, left blank: bars, all but the
                # line end before the next row
                newlines = [i for i in range(lines[after - 1][1], lines[after][0]) if sh[i] == "\n"]
                for i in newlines[:-1]:
                    out[i] = "|"
        # a row with lines to spare under a header of known columns: its lines parted into the header's
        # cells as they fit them best (see _cells_wrapped), not line by line
        columns_of: list[int] | None = None
        items: list[str] = []  # the row's lines, and a blank line between two as a line of its own
        at: list[int] = []  # where each line stands among them
        # (not a row of parts each a row short of its number: 1 / 新增床位 / 4385 / 110% / 改建床位 / 3210 / 107%)
        parts = (
            columns is not None
            and columns > 2
            and (after - first - 1) % (columns - 1) == 0
            and len(
                {tuple(_line_kind(w) for w in words[k : k + columns - 1]) for k in range(first + 1, after, columns - 1)}
            )
            == 1
        )
        # (nor one of numbered parts each with cells of its own: 5.1实施… / 10月底 / 5.2整治… / 8月底)
        parts = parts or sum(bool(re.match(r"\s*\d{1,2}\.\d", words[k])) for k in range(first, after)) > 1
        # (nor one whose second part leaves its first cells blank: two blank lines or more before it)
        parts = parts or any(sh.count("\n", lines[k][1], lines[k + 1][0]) > 2 for k in range(first, after - 1))
        if roles and spare is not None and spare > 0 and not blank_cells and not parts:
            for k in range(first, after):
                at.append(len(items))
                items.append(sh[lines[k][0] : lines[k][1]])
                if single_spaced and k + 1 < after and sh.count("\n", lines[k][1], lines[k + 1][0]) > 1:
                    items.append("")  # a blank line: a blank cell of its own, or a cell's paragraphs parted
            columns_of = _cells_wrapped(items, roles, headers or [])
        for k in range(first, after - 1):
            (previous_start, end), (start, next_end) = lines[k], lines[k + 1]
            before, after_line = sh[previous_start:end], sh[start:next_end]
            if columns_of is not None and roles is not None:
                here, there = at[k - first], at[k + 1 - first]
                column = columns_of[here]
                out[end:start] = [" "] * (start - end)
                if column == columns_of[there]:
                    # units a line each, or a name cut by the line end: one cell's list
                    cut = completes_name(re.split(r"[、,;，；]", before.strip())[-1], after_line.strip())
                    head = re.split(r"[、,;，；]", after_line.strip())[0]
                    listed = (
                        roles[column] in ("lead", "support") and _unit_cell(before) and _unit_cell(head) and not cut
                    )
                    out[end] = "、" if listed else " "  # (区住房城乡 / 建设局: one name, cut by the line end)
                    continue
                out[end] = "|"
                if there - here > 1 and columns_of[here + 1] not in (column, columns_of[there]):
                    out[start - 1] = "|"  # the blank line between: a blank cell of its own
                continue
            # units a paragraph each (县水务局 / 县住建局) are one cell's list; any other break is a cell's
            # end, and a row with a line a cell has none (投资促进局 / 经济发展局、科技创新服务中心: lead,
            # support); in the last row, whose lines are not counted, a list with 、 is a cell of its own
            one_each = spare > 0 if spare is not None else not re.search(r"[、,]", before + after_line)
            # a name cut by the line end (县人力资源社会 / 保障局; …、县自然资源 / 和规划局) goes on in one cell
            one_name = k > first and _one_name_cut(before, after_line)
            cut = one_name or k > first and _name_cut(before, after_line)
            both_units = k > first and (_unit_cell(before) and _unit_cell(after_line) or cut)
            # under 牵头单位 | 协同单位 the first unit a paragraph leads, the others support (a row
            # missing a merged cell miscounts its spare lines, so they are not counted there)
            units = both_units and (lead_and_support or one_each) and not header  # (牵头单位 / 配合单位: two columns)
            if units and lead_and_support and not lead_closed and not one_name:
                units, lead_closed = False, True
            # a row with lines to spare whose line ends mid-sentence (县人民医院创成三级医院, / 乡镇卫生院…):
            # the cell goes on
            goes_on = not units and (
                (spare or 0) > 0
                and before.rstrip()[-1:] in (",", "，", "、", ";", "；")
                # a name's last word wrapped onto a line (生活垃圾分类处理提升 / 项目, …工程 / （二期）)
                or (spare is None or spare > 0)
                and k == first + 1
                and bool(_WRAPPED_WORD.fullmatch(after_line.strip()))
            )
            if spare is not None:
                spare -= units or goes_on
            out[end] = "、" if units else " " if goes_on else "|"
            # a unit's cell closed by a cell of another kind (县政务服务管理局 / 县市场监管局、…县自然资源, a
            # name cut in it) is the lead's: the lines after it are the helpers'
            lead_closed = lead_closed or (
                lead_and_support
                and out[end] == "|"
                and k > first
                and _unit_cell(before)
                and _unit_cell(re.split(r"[、,;，；]", after_line.strip())[0])
            )
            # in a table of one cell a line, a blank line between two is a blank cell of its own
            out[end + 1 : start] = ["|" if blank_cells and c == "\n" else " " for c in sh[end + 1 : start]]

    def past_half_a_row(first: int, after: int) -> bool:
        # whether line ``after`` may open the next row: the row from line ``first`` holds more than half
        # the header's cells, a blank line between two a blank cell, or leaves its blank cells out
        blank = sum(sh.count("\n", lines[k][1] + 1, lines[k + 1][0]) for k in range(first, after - 1))
        return not blank or (after - first) + blank > columns // 2

    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and "|" not in words[j]
            and (
                (words[j] in ("序号", "编号") or _header_cell(words[j]))
                if j == i
                else _header_cell(words[j])
                or _HEADER_LIKE.fullmatch(re.sub(r"^20\d{2}年(?:度)?", "", words[j]))
                or _HEADER_QUALIFIER.fullmatch(words[j])
            )
        ):
            j += 1
        # a header cell's qualifier wrapped onto a line of its own (牵头科室 / (单位)) is that cell's
        qualifiers = [k for k in range(i + 1, j) if _HEADER_QUALIFIER.fullmatch(words[k])]
        # a header cell broken over two lines (完成 / 时限): the second line goes on with the first
        qualifiers += [
            k
            for k in range(i + 2, j)
            if k - 1 not in qualifiers
            and not _header_cell(words[k - 1])
            and (
                _HEADER_WORDS.fullmatch(words[k - 1] + words[k])
                # 牵头 / 市领导, 区级责任 / 领导: a short word that names no column alone, and one that is
                # no column's whole name, together a column's name
                or (
                    (len(words[k - 1]) <= 3 or len(words[k]) <= 2)
                    and not _HEADER_WORDS.fullmatch(words[k])
                    and _header_cell(words[k - 1] + words[k])
                )
            )
        ]
        qualifiers.sort()
        columns = j - i - len(qualifiers)
        # a header without 序号 (工作任务 / 牵头责任单位 / 一季度进展情况) is one only over rows numbered 1, 2, …
        numbered = words[i] in ("序号", "编号") or (
            j < len(words)
            and words[j] == "1"
            and not {"序号", "编号"} & set(words[i:j])
            and _heading(sh, *strip_span(sh, *lines[i])) is None
        )
        if (
            columns < 3
            or not numbered
            or not any(re.search(r"单位|部门|项目|任务|内容|科室|处室|股室|站所|指标", w) for w in words[i:j])
        ):
            # past the run, or to a 序号 inside it (二、重点任务 / 序号 / …: the table starts at 序号): each
            # line is scanned as a run's start at most twice, so the pass stays linear
            inside = next((k for k in range(i + 1, j) if words[k] in ("序号", "编号")), None)
            i = inside if inside is not None and words[i] not in ("序号", "编号") else max(j, i + 1)
            continue
        header_columns = columns
        if words[i] not in ("序号", "编号"):
            columns += 1  # each row's number is a cell the header has no name for
        join(i, j, header_columns, header=True)
        for k in qualifiers:
            out[lines[k - 1][1] : lines[k][0]] = [" "] * (lines[k][0] - lines[k - 1][1])
        # header cells a line each, no blank line between them: a blank line in a row is a blank cell
        one_a_line = all(lines[k + 1][0] == lines[k][1] + 1 for k in range(i, j - 1))
        unit_roles = {_column_role(w, True) for w in words[i:j]}
        lead_and_support = {"lead", "support"} <= unit_roles
        header_cells: list[str] = []
        for k in range(i, j):
            if k in qualifiers and header_cells:
                header_cells[-1] += words[k]
            else:
                header_cells.append(words[k])
        has_lead = _has_lead_column(header_cells)
        column_roles = [_column_role(w, has_lead) for w in header_cells]
        column_roles = _resolve_planned(column_roles)
        if words[i] not in ("序号", "编号"):
            column_roles.insert(0, "serial")
            header_cells.insert(0, "序号")
        serial, row = 1, j
        while row < len(lines):
            if words[row] != str(serial):
                if _heading(sh, *strip_span(sh, *lines[row])) is not None or _PAGE_MARKER.fullmatch(words[row]):
                    row += 1  # a heading over a group of rows (一、强化源头治理), a page break: the table goes on
                    continue
                if words[row : row + j - i] == words[i:j]:
                    # the header again, over the next group's or page's rows: the table goes on under it
                    join(row, row + j - i, header_columns, header=True)
                    row += j - i
                    continue
                break
            # a row may hold many units a paragraph each: look a good way on; in a row whose blank lines
            # are blank cells, a figure (分值 4 after 新增2家) is no next row's number half a row on
            candidates = [
                m
                for m in range(row + 1, min(len(lines), row + 4 * columns + 16))
                if words[m] == str(serial + 1) and (not one_a_line or past_half_a_row(row, m))
            ]
            # in a table of one cell a line, a figure inside the row (分值 5 in row 4) is no next row's
            # number when a line that many cells on holds that number too
            following = next((m for m in candidates if one_a_line and m == row + columns), None)
            following = following if following is not None else next(iter(candidates), None)
            end = following if following is not None else min(len(lines), row + columns)
            # a heading over the next group of rows (二、加强生产经营监管) ends this row
            # (a heading right after the serial is the row's own category cell: 1 / 一、经济发展 / …)
            # (and so does the header again, over the next page's rows)
            end = next(
                (
                    m
                    for m in range(row + 2, end)
                    if _heading(sh, *strip_span(sh, *lines[m]))
                    or (words[m] == words[i] and words[m : m + j - i] == words[i:j])
                ),
                end,
            )
            # the table's last row, closing the text, is counted too where it has a line a cell, no more
            # (then the units of its last lines are two cells, not one list)
            counted = following is not None or end - row == columns == len(lines) - row
            join(
                row,
                end,
                columns if counted else None,
                one_a_line,
                lead_and_support,
                columns,
                roles=column_roles,
                headers=header_cells,
            )
            serial, row = serial + 1, end
        i = row
    return "".join(out)


def _line_kind(line: str) -> str:
    """What a line of a row holds, to tell rows of like parts apart from a row wrapped: a figure, units or
    text."""
    if re.fullmatch(r"[\d.,%万亿人个次户家所]+", line):
        return "figure"
    return "units" if _unit_cell(line) else "text"


def _cells_wrapped(texts: list[str], roles: list[str], headers: list[str]) -> list[int] | None:
    """The column of each line of a row copied one cell a line, where the row has more lines than the
    header has cells (新能源电池结构件生产 / 基地项目, 桐溪经开区 / 管委会, 区发改局、区自然资 / 源分局、
    区住建局、 / 区税务局): the parting of its lines into as many cells as the header's, in order, that
    fits them best. A blank line (``""``) is a blank cell of its own (a unit cell merged with the one
    above) or nothing. ``roles`` are the columns' (see :func:`_column_role`), ``headers`` their names
    (总投资(万元): a figure; 区级责任领导: a person). None: no parting fits."""
    lines, columns = len(texts), len(roles)
    if lines <= columns or columns < 2:
        return None
    # a line end's fit inside each column's cell
    persons = any(_PERSONS_HEADER.search(h) for h in headers)
    # the one column of units (责任单位, no 配合单位 beside it) lists many, a line each, as helpers' does
    listing = [("support" if role == "lead" and "support" not in roles else role) for role in roles]
    inside = []
    for k in range(lines - 1):
        fits = {role: _wrap_fit(texts[k], texts[k + 1], role, persons) for role in set(listing)}  # once a kind
        inside.append([fits[role] for role in listing])
    # a content column after the first (项目内容 after 事项名称) describes; the first may name a unit's
    # project (农产品冷链物流中心)
    first_content = roles.index("content") if "content" in roles else -1
    fitting = [("described" if role == "content" and i > first_content else role) for i, role in enumerate(roles)]
    worst = -(10**6)
    best = [[worst] * (lines + 1) for _ in range(columns + 1)]
    back = [[0] * (lines + 1) for _ in range(columns + 1)]
    best[0][0] = 0
    spare = lines - columns  # the most lines a cell holds beyond one
    for column in range(1, columns + 1):
        role = roles[column - 1]
        header = headers[column - 1] if column - 1 < len(headers) else ""
        # the line ends' fits inside this column, summed from the row's start (each cell's sum in one step)
        summed = [0]
        for k in range(lines - 1):
            summed.append(summed[-1] + inside[k][column - 1])
        # the row's number is its first line alone; each later cell holds a line at least
        for end in range(column, lines - (columns - column) + 1):
            for start in range(max(column - 1, end - spare - 1), end):
                if best[column - 1][start] == worst or (role == "serial" and end - start > 1):
                    continue
                score = best[column - 1][start] + summed[end - 1] - summed[start]
                score += _cell_fit("\n".join(texts[start:end]), fitting[column - 1], header, end - start)
                if score > best[column][end]:
                    best[column][end], back[column][end] = score, start
    if best[columns][lines] == worst:
        return None
    placed = [0] * lines
    end = lines
    for column in range(columns, 0, -1):
        start = back[column][end]
        if fitting[column - 1] == "described" and _shifted_unit("".join(texts[start:end]).strip()):
            return None  # no parting fits a row short of a merged cell: its lines are read one a cell
        placed[start:end] = [column - 1] * (end - start)
        end = start
    return placed


#: A column naming people (区级责任领导, 责任人).
_PERSONS_HEADER: Final = re.compile(r"领导|责任人|联系人")
#: What a figure cell holds alone (126000, 3.5, 95%).
_FIGURE_ALONE: Final = re.compile(r"[\d.,%]+")
#: Marks that a name never holds: a line holding one is no wrapped rest of a name.
_PROSE_MARK: Final = re.compile(r"[\d,。;:、，；：]")


def _wrap_fit(line: str, next_line: str, role: str, persons: bool) -> int:
    """How well a line end between ``line`` and ``next_line`` fits inside one cell of a column; ``persons``:
    whether a column of the table names people (区级责任领导)."""
    line, next_line = line.strip(), next_line.strip()
    if persons and _named_person(line):
        # 赵明远 / 钱立群 under 区级责任领导: people a line each; 钱立群 / 县发改局: a person, then a unit
        return 0 if _named_person(next_line) else -3
    if not line or not next_line:
        # a blank line parts cells, or is a cell of its own; after a sentence's end it may part a cell's
        # paragraphs (…占比100%。 / / 新建装配式建筑…)
        return -1 if line[-1:] == "。" or (not line and _PROSE_MARK.search(next_line)) else -2
    if _FIGURE_ALONE.fullmatch(line) or _FIGURE_ALONE.fullmatch(next_line) or role == "serial":
        return -6  # 126000 (总投资): a figure is a cell of its own
    score = 0
    if line[-1:] in ("、", ",", "，", ";", "；") or next_line[:1] == "、":
        score += 3  # a list, or a sentence, going on
    elif line[-1:] in ("。", ".") and len(next_line) > 6:
        score -= 1  # …3-5个。 / 已完成背街小巷整治22条…: a cell's sentence ended, the next cell's begins
    elif len(line) <= 10 and not _PROSE_MARK.search(line) and len(next_line) > 10 and _PROSE_MARK.search(next_line):
        score -= 1  # 绿色建筑 / 城镇新建建筑中绿色建筑占比100%。: a name, then a sentence of a cell of its own
    if role in ("lead", "support"):
        if _CELL_LABELS.match(next_line):
            score += 3  # 牵头:市教育局 / 配合:市财政局: one cell's labelled units
        elif _one_name_cut(line, next_line) or _name_cut(line, next_line):
            score += 3
        elif not re.search(r"\d", line) and completes_name(
            re.split(r"[、,;，；]", line)[-1], re.split(r"[、,;，；]", next_line)[0]
        ):
            score += 2  # 桐溪经开区 / 管委会, 区自然资 / 源分局
        elif _unit_cell(line) and _unit_cell(next_line):
            score += 1 if role == "support" else -1  # helpers a line each; the lead is one
    if _WRAPPED_WORD.fullmatch(next_line) or (
        len(next_line) <= 6
        and not _PROSE_MARK.search(next_line)
        and not re.search(r"[。;；]", line)
        and not _unit_cell(next_line)  # (市民政局: a unit's whole name opens a cell of its own)
    ):
        score += 2  # the rest of a name (… / 项目, … / (二期), 新能源电池结构件生产 / 基地项目)
    if persons and _named_person(next_line):
        score -= 3  # 李振华 where a column names people: a person, in a cell of their own
    return score


def _named_person(line: str) -> bool:
    """Whether a line is a person's name alone (李振华), where a column names people: two or three
    characters, no unit's name nor the last word of a wrapped one (项目, 管委会)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", line)) and not _unit_cell(line) and not _WRAPPED_WORD.search(line)


@functools.lru_cache(maxsize=4096)
def _cell_fit(cell: str, role: str, header: str, lines: int) -> int:
    """How well the text of lines joined fits a column's cell: units under 牵头单位 or 配合单位, a figure
    under a measure (总投资(万元)), a person under 领导. A blank line alone is a blank cell."""
    cell = cell.strip()
    if not cell:
        return 0 if lines == 1 else _WORST_FIT
    if role in ("lead", "support"):
        labelled = parse_responsibility(cell) if _CELL_LABELS.search(cell) else None
        return 2 if _unit_cell(cell) or (labelled is not None and labelled.lead) else -2
    if role == "skip" and _PERSONS_HEADER.search(header):
        return 2 if all(_person(line.strip()) for line in cell.split("\n")) else -2  # (赵明远 / 钱立群: two)
    if role in ("content", "described", "spending", "baseline") and _MEASURED_HEADER.search(header):
        return 3 if _FIGURE_ALONE.fullmatch(cell) else -3
    if role == "described" and _shifted_unit(cell):
        return -2  # 区卫健局 under 项目内容: a row short of a merged cell, its units shifted left
    if role == "when":
        return 1 if _DATE_ONLY.fullmatch(cell) else -1  # 完成时限: a date, mostly
    return 0


def _shifted_unit(cell: str) -> bool:
    """Whether a cell of content holds a unit's name alone (区卫健局): the row is short of a cell."""
    return len(cell) <= 12 and looks_like_unit(cell)


#: A parting no row takes: blank lines alone, more than one, as a cell.
_WORST_FIT: Final = -100


#: A page's footer on a line of its own, never a bare number (— 2 —, - 2 -, 第2页, 2/12).
_FOOTER: Final = re.compile(
    r"[ \t\u3000]*(?:[-—–]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})[ \t\u3000]*"
)
#: A table's title naming who helps with all of its rows (表1 云岭镇目标任务分解表(县级包联单位:县发展改革局、…)).
_TABLE_TITLE_UNITS: Final = re.compile(
    r"表[^()\n]*\([^()\n]*?(?:包联|联系|挂钩|指导|配合|协办)(?:单位|部门)\s*:\s*(?P<units>[^()\n]+)\)\s*$"
)


def _table_title_support(sh: str, header_start: int) -> tuple[str, ...]:
    """The units that help with every row of the table whose header starts at ``header_start``, as its
    title on the line before names them."""
    previous_end = sh.rfind("\n", 0, header_start)
    if previous_end < 0:
        return ()
    previous_start = sh.rfind("\n", 0, previous_end) + 1
    match = _TABLE_TITLE_UNITS.search(sh, previous_start, previous_end)
    return tuple(split_units(match.group("units"))) if match else ()


def blank_parted_tables(sh: str) -> str:
    """The shadow with tables copied one cell a line and a blank line after each row, with no row
    numbers (乡镇 / 指标 / 目标值 / 责任人 / 云岭镇 / 粮食播种面积 / 5.6万亩以上 / 周海林, a blank line,
    then 规上工业增加值增速 / 9% / 周海林 …), joined into rows of ``|`` cells, one character for one.

    The first paragraph holds the header and the first row, as many lines each; every paragraph
    after it that states a figure is a row of as many lines, or of one fewer: its first cell was
    merged with the one above (表中乡镇栏目空白的,与上一行相同) and is left blank.
    """
    out = list(sh)
    lines = _lines(sh)
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in lines:
        if sh[start:end].strip():
            current.append((start, end))
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    for index, paragraph in enumerate(paragraphs):
        first = paragraph[len(paragraph) % 2 :]  # a title line over the header (表1 云岭镇目标任务分解表)
        columns = len(first) // 2
        if columns < 3 or "|" in sh[first[0][0] : first[-1][1]]:
            continue
        header = [re.sub(r"\s+", "", sh[a:b]) for a, b in first[:columns]]
        if header[0] in ("序号", "编号") or not all(_blank_parted_header(word) for word in header):
            continue
        rows = [first[columns:]]
        for paragraph in paragraphs[index + 1 :]:
            text = sh[paragraph[0][0] : paragraph[-1][1]]
            if len(paragraph) not in (columns, columns - 1) or "|" in text or not re.search(r"\d", text):
                break
            rows.append(paragraph)
        if len(rows) < 2:
            continue
        _join_cells(out, first[:columns])
        for row in rows:
            _join_cells(out, row)
            if len(row) == columns - 1:
                out[row[0][0] - 1] = "|"  # the blank line before it: the row's first cell, left blank
    return "".join(out)


def _blank_parted_header(word: str) -> bool:
    return bool(_header_cell(word) or _PLACE_HEADER.fullmatch(word) or word in ("责任人", "负责人", "目标值", "指标值"))


def _join_cells(out: list[str], lines: list[tuple[int, int]]) -> None:
    """The line ends between ``lines`` become cell bars."""
    for (_, end), _next in zip(lines, lines[1:]):
        out[end] = "|"


#: A header cell's qualifier in brackets ((单位), (万元)), wrapped onto a line of its own.
_HEADER_QUALIFIER: Final = re.compile(r"\([\u4e00-\u9fff、*]{1,10}\)")
#: After 序号, a short line of words alone (反馈问题, 整改时限, 资金(万元)) is a header cell too.
_HEADER_LIKE: Final = re.compile(r"[\u4e00-\u9fff]{2,8}(?:\([\u4e00-\u9fff/%]{1,6}\))?")


#: A column naming what is measured in other words than 指标 alone (主要指标, 指标名称, 主要目标指标).
_MEASURED_NAME_HEADER: Final = re.compile(r"(?:主要|核心|重点|发展)?(?:目标)?指标(?:名称)?")


def _header_cell(word: str) -> bool:
    """Whether a line alone is a table's header cell (序号, 项目内容, 当前进度, 牵头单位, 备注, 类别,
    指标属性, 2022年预期目标, 2020年实际值: a year may open it)."""
    word = re.sub(r"^20\d{2}年(?:度)?|^(?:截至|截止)\d{1,2}月(?:底|末|\d{1,2}日)?", "", word)
    joined = re.split(r"及|和|与|、|/", word)
    if 1 < len(joined) <= 3 and len(word) <= 16 and all(part and _header_cell(part) for part in joined):
        return True  # 建设内容及年度目标, 任务内容和完成时限: two headers' words in one cell
    return bool(_HEADER_WORDS.fullmatch(word)) or (
        len(word) <= 8
        and bool(
            re.search(
                r"(?:内容|进度|情况|单位|部门|站所|名称|任务|目标|时限|时间|备注|领导|措施|举措|指标|实事|项目|事项|(?:重点|主要)工作|"
                r"目标值|实际值|基数|类别|属性|分值)$",
                word,
            )
        )
    )


#: Whether a line alone is a table's header cell (for the readers of other layouts).
header_cell = _header_cell


def wrapped_rows(sh: str) -> str:
    """The shadow with the line ends inside a table's unit cells read as 、 (one character for one).

    A sheet's cell with line breaks, copied as text, breaks its row: 县交通运输局 on the row's
    line, 县发改局 and the row's remaining cells on the next; or one unit a line under the row;
    or a name cut in two (县农业农 / 村局). Under a header row, a line that opens with unit names
    (or with the rest of a cut name) goes on with the row above when that row is short of the
    header's cells or ends in a unit cell; the line end between them becomes 、. Names are then
    read from the text, where :func:`.responsibility.split_units` splits them at the line end
    (or joins a cut name).
    """
    out = list(sh)
    columns = 0
    header_bars = -1  # the bars of a header with no closing bar (-1: none read, or one closed by a bar)
    row: tuple[int, int, int] | None = None  # the row being read: its start, the end of its last line, its cells
    lines = _lines(sh)
    skip = -1
    for index, (start, end) in enumerate(lines):
        if index == skip:
            continue
        line = sh[start:end]
        stripped = line.strip()
        bars = line.count("|")
        if not stripped:
            columns, row = 0, None
            continue
        if bars >= 2 and sum(_opens_like_header(re.sub(r"\s+", "", c)) for c in line.split("|")) >= 2:
            header_bars = bars if not line.rstrip().endswith("|") else -1  # (a header left open: bars between cells)
            columns, row = bars + (0 if line.rstrip().endswith("|") else 1), None
            continue
        if columns and row is not None and _continues_row(sh, row, start, end, columns):
            out[row[1]] = "、"  # the line end before this line
            row = (row[0], end, row[2] + line.rstrip().rstrip("|").count("|"))
            continue
        if columns and row is not None and bars <= columns and _continues_text(sh, row, start, end, columns):
            out[row[1]] = " "  # a text cell broken over lines: one cell again
            row = (row[0], end, row[2] + line.rstrip().rstrip("|").count("|"))
            continue
        if columns and row is not None and index + 1 < len(lines) and "|" not in line:
            # a name broken over two lines of its own (区自然资 / 源分局): joined, it goes on with the row
            following = sh[lines[index + 1][0] : lines[index + 1][1]].strip()
            head = re.split(r"[、,;|]", following)[0]
            if completes_name(stripped, head) and _WRAPPED_PIECE.fullmatch(stripped):
                out[row[1]] = "、"
                out[end] = "、"
                row, skip = (row[0], lines[index + 1][1], row[2]), index + 1
                continue
        cells = columns if bars == header_bars and line.rstrip().endswith("|") else _row_cells(sh, start, end)
        # (… | 吴振华 | under a header left open, its last cell blank and closed: a whole row, not one going on)
        row = (start, end, cells) if columns and bars >= 1 else None
    return "".join(out)


def _row_cells(sh: str, start: int, end: int) -> int:
    """How many cells the row line ``sh[start:end]`` holds (trailing empty cells not counted)."""
    return sh[start:end].rstrip().rstrip("|").count("|") + 1


def _continues_row(sh: str, row: tuple[int, int, int], start: int, end: int, columns: int) -> bool:
    """Whether the line at ``start:end`` goes on with the table row at ``row`` (its start, the end of
    its last line, and its cells so far): only the row's last name is read, so a row of many
    lines costs no more per line than a row of one."""
    bar = sh.find("|", start, end)
    first = sh[start : bar if bar >= 0 else end].strip()
    if not first or _PAGE_MARKER.fullmatch(first) or _heading(sh, *strip_span(sh, start, end)) is not None:
        return False
    if first.startswith(("抄送", "主送", "印发")):
        return False  # 抄送:区委办公室,…: whom the document is copied to, after the table
    cells = row[2]
    tail = sh[max(row[0], row[1] - 60) : row[1]]
    last_cell = tail.rstrip().rstrip("|").rsplit("|", 1)[-1].replace("、", ",").split(",")[-1].strip()
    if cells >= columns and bar >= 0:
        return False  # a full row, then a line of cells: the next row
    listing = tail.rstrip().endswith(("、", ","))  # 县发改局;县自然资源局、 / 国网丰禾县供电公司: a list goes on
    return completes_name(last_cell, re.split(r"[、,;]", first)[0]) or (
        _unit_cell(first) and (cells < columns or listing or _unit_cell(last_cell))
    )


def _unwrapped(statement: str) -> str:
    """A statement of units without the bracket around it ((责任单位:…) on a line of its own); a name's
    own bracket stays (县发展和改革局(县重点建设项目事务中心), 各镇(街道))."""
    statement = statement.strip()
    if statement[:1] in "(（〔【" and statement[-1:] in ")）〕】":
        return statement[1:-1]
    return statement


def _continues_text(sh: str, row: tuple[int, int, int], start: int, end: int, columns: int) -> bool:
    """Whether the line at ``start:end`` goes on with a text cell of the row at ``row``: the row is
    left open (no closing ``|``), the line starts no row, heading or note, and either the row is short
    of the header's cells, breaks off in mid-sentence (…道路12条, / 其中…) and the two together hold no
    more cells than the header, or the line is the rest of the row's last cell, closed by a ``|``
    (…| 2025年4月 / 2025年12月 |)."""
    stripped = sh[start:end].strip()
    before = sh[row[0] : row[1]].rstrip()
    if row[2] > columns or before.endswith("|"):
        return False
    if row[2] == columns and not (stripped.endswith("|") and stripped.count("|") == 1):
        return False
    if row[2] < columns and not before.endswith((",", "、", ";", "，", "；")):
        return False  # a whole cell ends the line: the next line is the next cell
    if not stripped or _ROW_START.match(stripped) or _PAGE_MARKER.fullmatch(stripped.split("|")[0].strip()):
        return False
    if _heading(sh, *strip_span(sh, start, end)) is not None or _NOTE.match(stripped):
        return False
    return row[2] + stripped.rstrip("|").count("|") <= columns


#: A table row's first cell, its number (12 | …).
_ROW_START: Final = re.compile(r"\d{1,3}\s*\|")
#: A header cell naming who answers (责任单位, 牵头单位, 主责部门).
_LEAD_OR_ANSWERABLE: Final = re.compile(
    r"(?:牵头|主要)?(?:责任|牵头|主责|主办)(?:考核)?(?:单位|部门|处室|科室|股室|站所)|(?:考核|主管)(?:单位|部门)"
)
#: A column that describes a place beside its task (可种植面积, 现有耕地面积, 总人口): no share of it.
_DESCRIBES_PLACE: Final = re.compile(r"^(?:可|现有|现状|适宜|总面积|耕地面积|户籍|常住|总人口|人口)")
#: A first column of the units that answer, named bare (单位 | 签约项目(个) | 签约金额(亿元)): beside it every
#: column names its measure, so 单位 is no measure column of an indicator table (指标 | 单位 | 目标值).
_UNITS_NAMED: Final = re.compile(r"单位(?:名称)?|部门(?:名称)?|单位\(部门\)")
#: A note under a table's header, before its rows (注:…, 说明:…, (注:…)).
_NOTE_LINE: Final = re.compile(r"\s*[(（]?\s*(?:注|说明|备注)\s*\d?\s*[:：]")
#: A column of categories before a table's names (类别 | 指标 | 2020年 | 2025年).
_CATEGORY_HEADER: Final = re.compile(r"(?:指标)?(?:类别|分类|类型)|序号|编号")


def _measured(name: str) -> bool:
    """Whether a header cell names its measure (外贸出口目标(万美元)), or would with the table's (金额单位:…)."""
    return bool(_MEASURED_HEADER.search(name)) or bool(re.search(r"目标|任务|指标", name))


#: A line over a table that gives the measure of its figures (单位:万元, (金额单位:亿元)).
_TABLE_UNIT: Final = re.compile(
    r"[(（]?\s*(?:(?P<money>金额|投资)?单位|(?P<measure>面积|产量|数量|规模)(?:单位)?)\s*[:：]\s*"
    r"(?P<unit>万元|亿元|元|万美元|亿美元|美元|(?:万|亿)?(?:亩|公顷|吨|人|户|个|家|平方米|公里))\s*[)）]?[\s|]*"
)
#: The measures a line over a table may give that are no money (面积:万亩, 单位:吨).
_NOT_MONEY: Final = re.compile(r"(?:万|亿)?(?:亩|公顷|吨|人|户|个|家|平方米|公里)")
#: A column of money (总投资, 2024年计划投资, 资金), which takes the measure a line over the table gives.
_MONEY_COLUMN: Final = re.compile(r"(?:投资|资金|金额|经费)(?!来源|渠道|性质)")
#: A line that opens an attachment (附件, 附件2:): the document's headings before it are closed.
_ATTACHMENT: Final = re.compile(r"附\s*件\s*\d{0,2}\s*[:：]?")
#: The title of a table of who answers for what (任务分工表, 重点任务责任分工表): no part of the item above.
_UNITS_TABLE_TITLE: Final = re.compile(
    rf"(?:{_ATTACHMENT.pattern}\s*)?[^,;。:：|]{{0,30}}(?:任务|责任)?分工(?:一览)?表"
    # 附件:任务分工, 附件:2026年重点工作任务分工清单, 任务分工 alone
    rf"|{_ATTACHMENT.pattern}\s*[^,;。:：|]{{0,12}}?(?:任务|责任|职责|工作)分工(?:清单|一览)?"
    r"|(?:20\d{2}年)?(?:重点)?(?:工作)?任务分工(?:清单|一览)?"  # (not 三、明确责任分工, a section of the plan)
)
#: A note under a table (备注:…, 注:…, 附件…, 说明:…), not the rest of a row.
_NOTE: Final = re.compile(r"(?:备注|注|说明|附件|附表|填报|联系人)\s*[:：\d]")


def _towns_lead_their_sections(heads: list[Node]) -> None:
    """Under a township's heading that the notice says leads its section (一、澜坪镇), every table row keeps the
    township as its lead, the units its columns name (考核部门, 责任股室) helping; an item's own label stands."""
    for head in heads:
        town = head.brackets[0].responsibility.lead
        for node in head.walk():
            if node is head or node.kind != "row":
                continue
            node.brackets[:] = [
                attrs.evolve(
                    bracket,
                    responsibility=Responsibility(
                        town,
                        tuple(
                            dict.fromkeys(
                                n
                                for n in (*bracket.responsibility.lead, *bracket.responsibility.support)
                                if n not in town
                            )
                        ),
                    ),
                )
                for bracket in node.brackets
            ]


def outline(text: str, sh: str) -> Outline:
    """Read the outline of a plan from its text and its shadow."""
    reader = _OutlineReader(text, sh, _lines(sh))
    reader.read()
    closings = [closing for closing in answering_closings(text) if closing.offices]
    _drop_each_office_statements(reader.root, closings)
    _bracket_lines_to_items(reader.root, text)
    _same_units_as_above(reader.root)
    _duties_by_number(reader.root, reader.duty_rows)
    _group_leads_over_rows(reader.root, text)
    _helpers_listed_under_a_lead(reader.root, text)
    _helpers_line_closing_a_section(reader.root, text)
    _unit_cells(reader.root, sh)
    _drop_progress_paragraphs(reader.root, sh)  # before labels: a report under an item is no more text
    _settle_labels(reader.root)
    _join_leads_and_helpers(reader.root, text)
    _helpers_for_all_below(reader.root, text)
    _drop_reviews(reader.root, sh)
    _share_closing_units(reader.root, text, sh)
    _bullets_own_brackets(reader.root, sh)
    _category_rows_answer(reader.root, sh)
    _duties_named_by_number(reader.root, text, sh)
    _duties_listed_by_item(reader.root, text)
    _duties_tabled_by_number(reader.root, text)
    _duties_tabled_by_part(reader.root, text)
    _helpers_by_item_number(reader.root, text)
    _places_answered_below(reader.root, sh)
    _towns_lead_their_sections(reader.town_heads)
    _duties_to_parent(reader.root)
    _office_headings(reader.root, text, [closing.start for closing in closings], len(text), len(text))
    _units_from_headings(reader.root, sh, _units_of_the_whole(reader.root, sh))
    _items_of_root_brackets(reader.root, text)
    if not reader.duty_rows:  # a plan that gives its items' units by number names none as subjects
        subject_units(reader.root, text, sh)
    return Outline(reader.root, reader.source, reader.title, reader.title_span)


#: A group's row in a table naming the group's lead in its bracket ((一)产业发展(牵头:经济发展办) |).
_GROUP_LEAD: Final = re.compile(r"[(（]\s*牵头(?:单位|站办|科室|股室|部门)?\s*[:：]")


def _group_leads_over_rows(root: Node, text: str) -> None:
    """Rows under a group's row that names the group's lead ((一)产业发展(牵头:经济发展办) |), in a table whose
    header names no lead column (序号 | 任务 | 目标 | 责任站办): the group's lead leads every row, the units of a row's
    own cell help it (经济发展办、统计站: 统计站 helps)."""
    for heading in root.walk():
        if heading.kind == "row" or len(heading.brackets) != 1:
            continue
        group = heading.brackets[0]
        lead = group.responsibility.lead
        if not lead or group.responsibility.support or not _GROUP_LEAD.match(text, group.start):
            continue
        rows = [child for child in heading.children if child.kind == "row" and child.brackets]
        if not rows:
            continue
        if "牵头" in _table_header_above(text, heading.position):
            continue  # (序号 | 任务 | 牵头单位 | 配合单位: the rows name their own leads)
        for row in rows:
            row.brackets[:] = [
                attrs.evolve(
                    bracket,
                    responsibility=Responsibility(
                        lead,
                        tuple(
                            name
                            for name in (*bracket.responsibility.lead, *bracket.responsibility.support)
                            if name not in lead
                        ),
                    ),
                )
                if bracket.responsibility.lead and bracket.responsibility.lead != lead
                else bracket
                for bracket in row.brackets
            ]


#: Words of a lead in a bracket of units (牵头, 负责), or a label's colon: no list of helpers alone.
_LEAD_IN_BRACKET: Final = re.compile(r"牵头|负责|主办|主责|承办|(?<!自)由|[:：]")
#: A bracket's units that only help, the last word their help ((区发展改革局、区财政局,各镇(街道)配合)).
_HELP_CLOSING: Final = re.compile(rf"(?:{HELPING})\s*[。.]?$")


def _helpers_listed_under_a_lead(root: Node, text: str) -> None:
    """An item's bracket listing units that only help ((区发展改革局、区财政局,各镇(街道)配合)), under a heading whose
    bracket names its lead ((一)稳就业促增收(区人力资源和社会保障局牵头)): every unit in it helps, the heading's lead
    leading. A comma after a list of several (A、B,C配合) is no line between a lead and its helpers there; after one
    unit (A,B、C配合) it is, as everywhere: A leads."""
    for heading in root.walk():
        if not any(b.responsibility.lead for b in heading.brackets):
            continue
        for item in heading.children:
            for index, bracket in enumerate(item.brackets):
                answer = bracket.responsibility
                opened = text[bracket.start : bracket.start + 1]  # (a zero-width bracket, inherited, opens nothing)
                content = text[bracket.start + 1 : bracket.end - 1] if opened and opened in "(（" else ""
                if not answer.lead or not content or _LEAD_IN_BRACKET.search(content):
                    continue
                before_comma = re.split(r"[,，;；]", content, maxsplit=1)
                if not _HELP_CLOSING.search(content) or (len(before_comma) > 1 and "、" not in before_comma[0]):
                    continue
                helpers = tuple(dict.fromkeys((*answer.lead, *answer.support)))
                item.brackets[index] = attrs.evolve(bracket, responsibility=Responsibility((), helpers))


#: A line of helpers alone (配合处室:法规处、城市更新处。).
_HELPERS_ALONE_LINE: Final = re.compile(
    r"[ \t\u3000]*(?:配合|协助|协办|协同|参与)(?:单位|部门|处室|科室|股室|站所)?[ \t\u3000]*[:：][^\n]*"
)


def _helpers_line_closing_a_section(root: Node, text: str) -> None:
    """A line of helpers alone after the last of a heading's items (一、规划处 / 1.… / 4.… / 配合处室:法规处、城市更新处。),
    where the heading names its lead and no item names units of its own: the helpers are the heading's, for every
    item, not the last item's alone."""
    for heading in root.walk():
        items = [child for child in heading.children if child.kind != "row"]
        if len(items) < 2 or not any(b.responsibility.lead for b in heading.brackets):
            continue
        last = items[-1]
        if len(last.brackets) != 1 or any(item.brackets for item in items[:-1]):
            continue
        bracket = last.brackets[0]
        answer = bracket.responsibility
        line_start = text.rfind("\n", 0, bracket.start) + 1
        if answer.lead or not answer.support or not _HELPERS_ALONE_LINE.fullmatch(text, line_start, bracket.end):
            continue
        if text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start].strip():
            continue  # (the line right after the item's own text: the item's helpers, as 配合单位: under it is)
        last.brackets[:] = []
        heading.brackets[:] = [
            attrs.evolve(b, responsibility=Responsibility(b.responsibility.lead, answer.support))
            if b.responsibility.lead and not b.responsibility.support
            else b
            for b in heading.brackets
        ]


def _table_header_above(text: str, position: int) -> str:
    """The header of the table a line at ``position`` stands in: the nearest line above it with a bar that opens
    with no row's serial or group's mark (序号 | 任务 | …); "" if none is near."""
    end = position - 1
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if "|" not in line:
            return ""
        if not re.match(r"(?:\d|[(（][一二三四五六七八九十\d]|[一二三四五六七八九十]+、)", line):
            return line
        end = start - 1
    return ""


#: How many lines above a group's row its table's header is looked for.
_HEADER_REACH: Final = 60


def _same_units_as_above(root: Node) -> None:
    """A statement whose units are the ones above (…。(责任单位:同上)): the last statement's before it, in the
    text's order, answers (a lead or helper named 同上 is none)."""
    last: Responsibility | None = None
    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            answer = bracket.responsibility
            if answer.lead and all(_SAME_AS_ABOVE.fullmatch(name) for name in answer.lead):  # (同上, 〃)
                if last is not None:
                    node.brackets[index] = attrs.evolve(
                        bracket,
                        responsibility=Responsibility(
                            last.lead, last.support if not answer.support else answer.support
                        ),
                    )
                else:
                    node.brackets[index] = attrs.evolve(bracket, responsibility=Responsibility((), answer.support))
                continue
            if answer.support and all(_SAME_AS_ABOVE.fullmatch(name) for name in answer.support):
                helpers = last.support if last is not None else ()  # (配合单位:同上 with nothing above: none)
                node.brackets[index] = attrs.evolve(bracket, responsibility=Responsibility(answer.lead, helpers))
            if answer.lead:
                last = node.brackets[index].responsibility


#: Words in a sub-item's own text that say who answers for it (①…,由县民政局负责;).
_STATES_ITS_UNITS: Final = re.compile(r"由[^。;,]{2,30}?(?:牵头|负责|承办|承担)|牵头|配合|协助")


def _bracket_lines_to_items(root: Node, text: str) -> None:
    """A bracket of units alone on its line after an item's sub-items a line each (①…; / ②…; / ③…。 /
    (市科技局牵头,…)) was read as the last sub-item's: it is the item's, for all of them, where no other
    sub-item names units (by a bracket or in its words) and none follows it."""
    for node in root.walk():
        subs = [child for child in node.children if child.kind in SUB_ITEM_KINDS]
        if len(subs) < 2 or node.brackets or subs[-1] is not node.children[-1]:
            continue
        last = subs[-1]
        if len(last.brackets) != 1 or any(child.brackets for child in subs[:-1]):
            continue
        bracket = last.brackets[0]
        line_start = text.rfind("\n", 0, bracket.start) + 1
        line_end = text.find("\n", bracket.end)
        own_line = not text[line_start : bracket.start].strip() and not text[
            bracket.end : len(text) if line_end < 0 else line_end
        ].strip(" \t\u3000。.")
        stated = any(
            _STATES_ITS_UNITS.search(text, region.start, region.end)
            for child in subs
            for region in child.regions
            if region.end <= bracket.start
        )
        if own_line and not stated:
            node.brackets.append(bracket)
            last.brackets.clear()


#: A note in an item's units that some units carry out every item from there on, named once (以下均需各县区政府
#: 和城乡一体化示范区管委会落实,不再列出; 以下工作均需各县区…办公室组织落实,不再一一列出).
_HELPERS_FOR_ALL_BELOW: Final = re.compile(
    r"(?:以下|下同)(?:工作|任务|各项)?(?:均需|均由|都需|均要)(?P<units>[^,，;；。()（）]{2,60}?)(?:组织)?(?:落实|负责|实施)"
    r"[^()（）\n]{0,6}?不再(?:一一)?列出"
)


def _helpers_for_all_below(root: Node, text: str) -> None:
    """Units a note says carry out every item from its own on (以下均需X落实,不再列出): they help with each
    item whose units are stated there and after, the note's own item included."""
    notes = [
        (note.start(), units)
        for note in _HELPERS_FOR_ALL_BELOW.finditer(text)
        if (units := split_units(note.group("units"))) and all(looks_like_unit(u) for u in units)
    ]
    if not notes:
        return
    for node in root.walk():
        if node.kind == "row":
            continue  # (an annex table's rows restate the items with units of their own)
        for index, bracket in enumerate(node.brackets):
            helpers = [u for at, units in notes if bracket.end > at for u in units]
            answer = bracket.responsibility
            added = tuple(u for u in dict.fromkeys(helpers) if u not in answer.lead and u not in answer.support)
            if answer.lead and added:
                node.brackets[index] = attrs.evolve(
                    bracket, responsibility=Responsibility(answer.lead, (*answer.support, *added))
                )


def _join_leads_and_helpers(root: Node, text: str) -> None:
    """An item's lead named over its text and its helpers after it (牵头部门:X / targets / 配合部门:Y、Z),
    or a unit's line over its items and its helpers' line right under it (县发展和改革局: / (配合单位:…) /
    3.…): one statement of who answers for all of it, not a lead for nothing and helpers for the text."""
    for node in root.walk():
        if len(node.brackets) != 2:
            continue
        first, second = node.brackets
        if (
            first.responsibility.lead
            and not first.responsibility.support
            and not second.responsibility.lead
            and second.responsibility.support
            and (
                node.regions
                and all(first.end <= r.start and r.end <= second.start for r in node.regions if r.segment > 0)
                and all(r.end <= first.start for r in node.regions if r.segment == 0)
                or node.kind == "unit"
                and not text[first.end : second.start].strip(":： \t\u3000\n")
            )
        ):
            support = tuple(u for u in second.responsibility.support if u not in first.responsibility.lead)
            node.brackets[:] = [attrs.evolve(first, responsibility=Responsibility(first.responsibility.lead, support))]
            node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]


def _duties_by_number(root: Node, duty_rows: dict[tuple[int, str], Node]) -> None:
    """Give each item numbered N the units a duty section assigns to 第N项, where the plan numbers its
    items on through (1. to 20. under all its headings) and the item names none of its own; the rows
    of who answers are then taken out. Numbers that restart say no one item: the rows stay."""
    if not duty_rows:
        return
    items = [node for node in root.walk() if node.kind not in ("row", "unit") and node.own.isdigit()]
    by_number = {node.own: node for node in items}
    if len(by_number) < len(items):
        return
    for (_, number), row in duty_rows.items():
        item = by_number.get(number)
        if item is None:
            continue
        if not item.brackets:
            item.brackets.append(row.brackets[-1])
            item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
        if row.parent is not None:  # (a duty row always stands under its section)
            row.parent.children.remove(row)


#: An item's own number: 3 (of 3.) or (3).
_NUMBERED_OWN: Final = re.compile(r"\d{1,3}|\(\d{1,3}\)")


#: Units for items named by their numbers: in a bracket (（第6、7项牵头单位:X;配合单位:Y）) or a sentence
#: (上述第1、2、5项由X牵头,Y、Z配合落实。).
_BRACKET_FOR_ITEMS: Final = re.compile(r"[(（]\s*第(?P<nums>\d{1,2}(?:\s*[、,，和及]\s*\d{1,2})*)项")
_SENTENCE_FOR_ITEMS: Final = re.compile(
    r"(?:上述|以上)?第(?P<nums>\d{1,2}(?:\s*[、,，和及]\s*\d{1,2})*)项(?:目标|任务|工作|指标)?(?P<each>分别)?"
    r"由(?P<lead>[^,，;；。\n]{2,40}?)(?:共同)?牵头"
    # (…,县直有关部门配合: the helpers, never past the next item's statement, 第10项由…)
    r"(?:[,，](?P<support>(?:(?!第\d{1,2}(?:\s*[、,，和及]\s*\d{1,2})*项)[^。;；\n]){2,80}?)"
    r"(?:配合|协助|参与)(?:落实|推进|实施)?)?[。.]?"
)


#: Helpers said of a kind of unit, not by name (县直有关部门, 各乡镇, 相关单位): after a run of statements by
#: item number, they help with every item of it.
_GENERIC_HELPERS: Final = re.compile(r"[县市区]直|各|有关|相关|其他")


def _statements_for_items(text: str, sh: str, region: Region) -> list[tuple[str, Bracket]]:
    """The statements in ``region`` giving items by number their units (第1、3项由县发改局牵头), each with
    the numbers it names. Statements joined by commas make one sentence: helpers closing its last statement
    (…,第12项由县司法局牵头,县直有关部门配合。) help with every item of it when they name a kind of unit, not a
    unit by name; units that lead respectively
    (第7、8项分别由县卫生健康局、县教育局牵头) lead the items in turn."""
    runs: list[list[re.Match[str]]] = []
    for m in _SENTENCE_FOR_ITEMS.finditer(sh, region.start, region.end):
        joined = (
            runs
            and not sh[runs[-1][-1].end() : m.start()].strip(" \t\u3000,，")
            and not runs[-1][-1].group().endswith(("。", "."))
        )
        if joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    named: list[tuple[str, Bracket]] = []
    for run in runs:
        last = run[-1]
        shared = split_units(_as_shadowed(text, sh, *last.span("support"))) if last.group("support") else []
        if not all(_GENERIC_HELPERS.match(name) for name in shared):
            shared = []  # (…,第2项由县财政局牵头,县税务局配合: a named unit helps with its own item only)
        for m in run:
            lead = split_units(_as_shadowed(text, sh, m.start("lead"), m.end("lead")))
            own = split_units(_as_shadowed(text, sh, *m.span("support"))) if m.group("support") else []
            support = tuple(own or shared)
            numbers = re.findall(r"\d{1,2}", m.group("nums"))
            if m.group("each") and len(lead) == len(numbers) >= 2:
                for number, unit in zip(numbers, lead):
                    named.append((number, Bracket(m.start(), m.end(), Responsibility((unit,), support))))
            elif lead:
                named.append((m.group("nums"), Bracket(m.start(), m.end(), Responsibility(tuple(lead), support))))
    return named


def _duties_named_by_number(root: Node, text: str, sh: str) -> None:
    """Units that name the items they answer for by number, after them (（第6、7项牵头单位:…;配合单位:…）
    closing item 7; 上述第1、2、5项由…牵头,…配合落实。 after item 5): each item so named that names no units
    of its own takes them."""
    for node in root.walk():
        items = {child.own.strip("()"): child for child in node.children if _NUMBERED_OWN.fullmatch(child.own)}
        if len(items) < 2:
            continue
        for item in list(items.values()):
            named: list[tuple[str, Bracket]] = [
                (m.group("nums"), b) for b in item.brackets if (m := _BRACKET_FOR_ITEMS.match(sh, b.start)) is not None
            ]
            for region in item.regions:
                named.extend(_statements_for_items(text, sh, region))
            for numbers, bracket in named:
                for number in re.findall(r"\d{1,2}", numbers):
                    other = items.get(number)
                    if other is not None and not other.brackets:
                        other.brackets.append(bracket)
                        other.regions[:] = [attrs.evolve(r, segment=0) for r in other.regions]


#: A line of a list of duties by the items' numbers (项目1:牵头单位 市教育局;责任单位 市财政局、…).
_DUTY_OF_ITEM: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:项目|实事|事项|任务)(?P<number>\d{1,2})[ \t]*[:：][ \t]*"
    r"(?P<content>(?:第[^\n]{1,12}?项)?(?:牵头|责任)(?:单位|部门)[^\n]*)$"  # (not 任务1:新建幼儿园3所,牵头单位:…)
)
#: A label written with a blank for its colon (牵头单位 市教育局).
_LABEL_BLANK: Final = re.compile(r"((?:牵头|责任|配合|协办)(?:单位|部门))[ \t\u3000]+")


def _duties_listed_by_item(root: Node, text: str) -> None:
    """A list of duties by the items' numbers after them (二、责任分工 / 项目1:牵头单位 市教育局;责任单位 …):
    each line's units answer for the item numbered so in the nearest list of items before it that names
    no units of its own."""
    duties = list(_DUTY_OF_ITEM.finditer(text))
    if len(duties) < 2:
        return
    lists = numbered_lists(root)
    numbers = {duty.group("number") for duty in duties}
    for duty in duties:
        item = nearest_item(lists, duty.group("number"), duty.start(), numbers)
        if item is None:
            continue
        answer = parse_responsibility(_LABEL_BLANK.sub(r"\1:", duty.group("content")))
        if answer.lead and not item.brackets:
            item.brackets.append(Bracket(duty.start("content"), duty.end("content"), answer))
            item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]


#: The header of a table of duties by the items' numbers (| 任务序号 | 牵头处室 | 配合处室 |).
_DUTY_TABLE_HEADER: Final = re.compile(
    r"(?m)^[ \t\u3000]*\|?[ \t\u3000]*(?:任务|事项|项目|工作)?(?:序号|编号)[ \t\u3000]*\|"
    # (| 序号 | 任务 | 牵头单位 |…: the items' topics beside their numbers)
    r"(?P<topic>[ \t\u3000]*(?:任务|重点任务|工作任务|任务名称|任务内容|主要任务|事项|工作内容|工作事项|重点工作)[ \t\u3000]*\|)?"
    # (序号 | 工作内容 | 责任股室 | 配合股室: a 责任 column beside a helpers' one leads)
    r"[ \t\u3000]*(?:牵头(?:单位|部门|处室|科室|股室)[ \t\u3000]*(?:\||$)"
    r"|责任(?:单位|部门|处室|科室|股室)[ \t\u3000]*\|(?=[ \t\u3000]*(?:配合|协办|参与|协同)))"
    r"(?:[ \t\u3000]*(?:配合|协办|参与|协同|责任)(?:单位|部门|处室|科室|股室)[ \t\u3000]*(?:\||$))?"
    r"(?P<more>(?:[^|\n]*\|)+)?[^|\n]*$"  # (| 完成时限 |: a column after them; the closing bar may be left out)
)
#: A row of it: the items' numbers (1-3, 7、9、12, 18—20), the lead cell, the helpers' cell.
_DUTY_TABLE_ROW: Final = re.compile(
    r"[ \t\u3000]*\|?[ \t\u3000]*(?P<numbers>\d{1,3}(?:[ \t\u3000]*[-—–~～至、,，和][ \t\u3000]*\d{1,3})*)[ \t\u3000]*\|"
    r"(?P<lead>[^|\n]*)(?:\|(?P<support>[^|\n]*))?(?:\|[^|\n]*)*$"  # (the closing bar may be left out)
)
_NUMBER_RANGE: Final = re.compile(r"(\d{1,3})[ \t\u3000]*[-—–~～至][ \t\u3000]*(\d{1,3})")
#: A row of such a table with the items' topics beside their numbers (| 1-3 | 推进…标准化 | 县政务服务和数据管理局 | …).
_DUTY_TABLE_TOPIC_ROW: Final = re.compile(
    r"[ \t\u3000]*\|?[ \t\u3000]*(?P<numbers>\d{1,3}(?:[ \t\u3000]*[-—–~～至、,，和][ \t\u3000]*\d{1,3})*)[ \t\u3000]*\|"
    r"[^|\n]*\|(?P<lead>[^|\n]*)(?:\|(?P<support>[^|\n]*))?(?:\|[^|\n]*)*$"
)  # (a column after the helpers', 完成时限, read past; the closing bar may be left out)
#: A table's rule under its header (| --- | --- |).
_RULE_ROW: Final = re.compile(r"[ \t\u3000]*\|?(?:[ \t\u3000]*:?-{2,}:?[ \t\u3000]*\|)+[ \t\u3000]*")


def _duties_tabled_by_number(root: Node, text: str) -> None:
    """A table of duties by the items' numbers after them (| 任务序号 | 牵头处室 | 配合处室 | / | 1-3 | 规划处 |
    财务处 | / | 7、9、12 | …): each row's units answer for every item it numbers — the item so numbered in
    the nearest list before the table that has the number — unless that item names units of its own; a
    blank lead cell takes the row above's."""
    headers = list(_DUTY_TABLE_HEADER.finditer(text))
    if not headers:
        return
    lists = numbered_lists(root)
    # 1.…2. under (一), 3. under (二): items numbered on across headings, one under a heading a list too
    singles = numbered_lists(root, fewest=1)
    for header in headers:
        at = header.end() + 1
        lead: list[str] = []
        answers: list[tuple[int, re.Match[str], Responsibility]] = []
        row_pattern = _DUTY_TABLE_TOPIC_ROW if header.group("topic") else _DUTY_TABLE_ROW
        if (header.group("topic") or header.group("more")) and not _ITEMS_SPANNED.search(text, at, at + 2000):
            # | 序号 | 重点任务 | 牵头单位 |, rows 1, 2, 3: its own rows numbered, whose topics (not their numbers)
            # say which items they answer for; a row naming several items (1-3, 6、8) numbers the items
            continue
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            row = row_pattern.fullmatch(text, at, line_end)
            if row is None and _RULE_ROW.fullmatch(text, at, line_end):
                at = line_end + 1
                continue  # | --- | --- |: the header's rule
            if row is None:
                if text[at:line_end].strip():
                    break  # (blank lines between rows go on; any other line ends the table)
                at = line_end + 1
                continue
            if any(int(r.group(1)) >= int(r.group(2)) for r in _NUMBER_RANGE.finditer(row.group("numbers"))):
                answers = []  # 1-1, 2-1: sub-items' numbers (of rows of its own), no run of the items above
                break
            lead = split_units(row.group("lead").strip()) or lead
            support = split_units((row.group("support") or "").strip())
            if lead and all(looks_like_unit(u) for u in [*lead, *support]):
                answer = Responsibility(tuple(lead), tuple(u for u in support if u not in lead))
                answers.extend((number, row, answer) for number in _numbers_of(row.group("numbers")))
            at = line_end + 1
        for number, row, answer in answers:
            item = nearest_item(lists, str(number), header.start()) or nearest_item(
                singles, str(number), header.start()
            )
            if item is not None and not item.brackets:
                item.brackets.append(Bracket(row.start("lead"), row.end(), answer))
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]


#: A row naming several items by their numbers (| 1-3 |, | 6、8 |): the table refers to the items above.
_ITEMS_SPANNED: Final = re.compile(
    r"(?m)^[ \t\u3000]*\|?[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–~～至、,，][ \t\u3000]*\d{1,3}[ \t\u3000]*\|"
)


def _numbers_of(numbers: str) -> list[int]:
    """The numbers a cell names, ranges spelt out (1-3, 7、9、12, 18—20)."""
    found: list[int] = []
    at = 0
    for span in _NUMBER_RANGE.finditer(numbers):
        found.extend(int(n) for n in re.findall(r"\d{1,3}", numbers[at : span.start()]))
        low, high = int(span.group(1)), int(span.group(2))
        found.extend(range(low, high + 1) if high - low < 100 else [low, high])
        at = span.end()
    found.extend(int(n) for n in re.findall(r"\d{1,3}", numbers[at:]))
    return found


#: Units said to guide or help with items named by number (其中,第3、4项由县农业农村局指导,第2项由县自然资源局指导).
_HELPERS_OF_ITEMS: Final = re.compile(
    rf"第(?P<numbers>\d{{1,2}}(?:\s*[、,，和及]\s*\d{{1,2}})*)项(?:工作|任务|目标)?(?:均)?由"
    rf"(?P<units>[^,，;；。由牵]{{2,40}}?)(?:指导|督导|{HELPING})"  # (not …由A牵头、B配合: a lead, then helpers)
)


def numbered_lists(root: Node, fewest: int = 2) -> list[tuple[int, int, dict[str, Node]]]:
    """Every list of numbered items (``fewest`` at least), with where it starts and ends (an item that is
    only a heading over its parts counts by its parts' text)."""
    lists = []
    for node in root.walk():
        items = {c.own: c for c in node.children if c.own.isdigit() and any(p.regions for p in c.walk())}
        if len(items) >= fewest:
            spans = [(r.start, r.end) for c in items.values() for p in c.walk() for r in p.regions]
            lists.append((min(a for a, _ in spans), max(b for _, b in spans), items))
    return lists


def nearest_item(
    lists: list[tuple[int, int, dict[str, Node]]], number: str, position: int, needed: set[str] | None = None
) -> Node | None:
    """The item numbered ``number`` in the nearest list before ``position`` that has one (and every number
    in ``needed``): one ended before it, else the one it stands in (a statement closing a list's last item)."""
    fitting = [
        (start, end, items)
        for start, end, items in lists
        if start < position and number in items and (needed is None or needed <= items.keys())
    ]
    before = [found for found in fitting if found[1] <= position] or fitting
    return max(before, key=lambda found: found[0])[2][number] if before else None


#: The header of a table giving each unit the items it leads by part and number (| 科室 | 牵头事项 |).
_PART_DUTY_HEADER: Final = re.compile(
    r"(?m)^[ \t\u3000]*\|?[ \t\u3000]*(?:责任|牵头)?(?:科室|处室|股室|站所|单位|部门)[ \t\u3000]*\|"
    r"[ \t\u3000]*(?:牵头|负责|承担)(?:事项|任务|工作|指标)[ \t\u3000]*\|?[ \t\u3000]*$"
)
#: A part's items in a row of it (第一部分第1、3、5项, 第二部分第1-4项).
_PART_ITEMS: Final = re.compile(
    r"第(?P<part>[一二三四五六七八九十]{1,2})部分第(?P<numbers>\d{1,2}(?:\s*(?:"
    + "|".join(re.escape(mark) for mark in (*NUMBERS_LISTED, *NUMBERS_THROUGH))
    + r")\s*\d{1,2})*)项"
)


def _duties_tabled_by_part(root: Node, text: str) -> None:
    """A table after the plan giving each unit the items it leads by part and number (| 科室 | 牵头事项 | /
    | 种植业管理科 | 第一部分第1、3、5项 |): each item so named, under the heading numbered as the part (一、),
    takes the unit as its lead where it names none of its own."""
    headers = list(_PART_DUTY_HEADER.finditer(text))
    if not headers:
        return
    parts = {child.own: child for child in root.children if child.kind == "cn"}
    for header in headers:
        at = header.end() + 1
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            cells = [c.strip() for c in text[at:line_end].strip(" \t\u3000|").split("|")]
            if "|" not in text[at:line_end]:
                break  # (the table is over)
            if len(cells) == 2 and looks_like_unit(cells[0]):
                answer = Responsibility((cells[0],))
                for named in _PART_ITEMS.finditer(cells[1]):
                    part = parts.get(named.group("part"))
                    items = {c.own: c for c in part.children if c.own.isdigit()} if part is not None else {}
                    for number in listed_numbers(named.group("numbers")):
                        item = items.get(str(number))
                        if item is not None and not item.brackets:
                            item.brackets.append(Bracket(at, line_end, answer))
                            item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
            at = line_end + 1


def _helpers_by_item_number(root: Node, text: str) -> None:
    """Units a statement says guide or help with items it names by number (乙方对…第1至11项全面负责。其中,
    第3、4项由县农业农村局指导): they help with each item so numbered in the nearest list before it."""
    found = list(_HELPERS_OF_ITEMS.finditer(text))
    if not found:
        return
    lists = numbered_lists(root)
    for match in found:
        helpers = split_units(match.group("units"))
        if not helpers or not all(looks_like_unit(u) for u in helpers):
            continue
        for number in re.findall(r"\d{1,2}", match.group("numbers")):
            item = nearest_item(lists, number, match.start())
            if item is None:
                continue
            if not item.brackets:
                item.brackets.append(Bracket(match.start(), match.end(), Responsibility((), tuple(helpers))))
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
                continue
            for index, bracket in enumerate(item.brackets):
                answer = bracket.responsibility
                added = tuple(u for u in helpers if u not in answer.lead and u not in answer.support)
                item.brackets[index] = attrs.evolve(
                    bracket, responsibility=Responsibility(answer.lead, (*answer.support, *added))
                )


def _share_closing_units(root: Node, text: str, sh: str) -> None:
    """Units stated on lines of their own after the last numbered item under a heading (1.… 2.… 3.… /
    牵头单位:… / 责任单位:…) answer for every item of the group that names none of its own, when most
    items before name none (a few give theirs in brackets: (2)…(责任单位:区水务局)). An item's bracket naming
    only helpers ((2)…。(配合:区财政局)) names none of its own lead: the closing units lead it, those helping."""
    for node in root.walk():
        numbered = [
            child
            for child in node.children
            if child.kind not in ("row", "unit") and _NUMBERED_OWN.fullmatch(child.own)  # 1. 2. or (1) (2)
        ]
        # (问题1:… 1.… 2.… 3.… 责任单位:… / 问题2:… 1.… 2.… 责任单位:…: numbering that starts again is
        # another group, each with its own closing units)
        groups: list[list[Node]] = []
        for child in numbered:
            if not groups or re.sub(r"\D", "", child.own) == "1":
                groups.append([])
            groups[-1].append(child)
        for items in groups:
            owning = sum(1 for item in items[:-1] if any(b.responsibility.lead for b in item.brackets))
            if len(items) < 2 or not items[-1].brackets or 2 * owning > len(items) - 1:
                continue
            closing = items[-1].brackets[-1]
            if closing.start > 0 and not (_opens_line(sh, closing.start) and _opens_line(text, closing.start)):
                # a bracket inside the last item's text is that item's own, and so is a statement closing its
                # paragraph (7.…不低于75%。以上工作由市医保局负责,…), the items above in paragraphs of their own
                continue
            if _THIS_ITEM_OPENING.match(sh, closing.start) or any(
                b.responsibility.lead and b.start < items[0].position for b in node.brackets
            ):
                continue  # 本项工作由X牵头 says it is the last item's; a heading naming its units keeps them
            for item in items[:-1]:
                if not item.brackets:
                    item.brackets.append(closing)
                    item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
            for item in items:
                item.brackets[:] = [
                    attrs.evolve(b, responsibility=_helped(closing.responsibility, b.responsibility.support))
                    if b is not closing and b.responsibility.support and not b.responsibility.lead
                    else b
                    for b in item.brackets
                ]


def _helped(answer: Responsibility, helpers: tuple[str, ...]) -> Responsibility:
    """``answer`` with ``helpers`` helping beside its own."""
    return Responsibility(answer.lead, tuple(dict.fromkeys((*answer.support, *helpers))))


def _opens_line(text: str, position: int) -> bool:
    """Whether only blanks (full-width ones too: 　　牵头单位:…) stand before ``position`` on its line."""
    return not text[text.rfind("\n", 0, position) + 1 : position].strip(" \t\u3000")


#: A statement saying it is the item's own (本项工作由…, 此项任务由…).
_THIS_ITEM_OPENING: Final = re.compile(r"[ \t\u3000]*(?:本项|此项|该项|这项)")
#: A bullet opening a line (——中心城区:…, - …).
_BULLET_LINE: Final = re.compile(r"[ \t\u3000]*(?:——|—|-|·|•)")


def _bullets_own_brackets(root: Node, sh: str) -> None:
    """A bracket inside a bulleted line of an item closed by its own line of units (…。/ ——中心城区:…(本项由A
    牵头,B配合); / ——县域:… / (牵头单位:C;…)) answers for that line alone: the item's text before the
    bullet, and after it, is the closing line's."""
    for node in root.walk():
        if len(node.brackets) < 2:
            continue
        last = len(node.brackets) - 1
        closing = node.brackets[last]
        if closing.start > 0 and sh[closing.start - 1] != "\n":
            continue  # (the item's last bracket is inside a line: no closing line of its own)
        spans = {}
        for index, bracket in enumerate(node.brackets[:last]):
            line_start = sh.rfind("\n", 0, bracket.start) + 1
            if _BULLET_LINE.match(sh, line_start):
                spans[index] = line_start
        if not spans:
            continue
        node.regions[:] = [
            attrs.evolve(r, segment=last) if r.segment in spans and r.start < spans[r.segment] else r
            for r in node.regions
        ]


def _category_rows_answer(root: Node, sh: str) -> None:
    """A table's category row that names its units (一、经济发展类(市发改委牵头) | | |) answers for the rows
    under it up to the next category row, where they name none of their own; a note may still give
    one of them to another unit (the bracket is marked inherited)."""
    for node in root.walk():
        answering: Bracket | None = None
        previous_end = -1  # where the line of the row before ends
        for child in node.children:
            if child.kind != "row":
                answering, previous_end = None, -1
                continue
            if previous_end >= 0 and sh[previous_end : child.position].strip():
                answering = None  # (a caption, a note or another table between: its rows are not these)
            line_end = sh.find("\n", child.position)
            previous_end = len(sh) if line_end < 0 else line_end
            if (
                not child.indicators
                and _CATEGORY_ROW.fullmatch(child.title)
                and not any(_DIGIT.search(sh, r.start, r.end) for r in child.regions)
            ):
                answering = child.brackets[0] if child.brackets and child.brackets[0].responsibility.lead else None
                continue
            if answering is not None and not any(b.responsibility for b in child.brackets):
                child.brackets[:] = [attrs.evolve(answering, inherited=True)]


_DIGIT: Final = re.compile(r"\d")
#: A table's row naming a category of the rows under it (一、经济发展类, (二)创新驱动, 民生福祉类).
_CATEGORY_ROW: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）])[^\d|]{2,12}|[^\d|]{2,10}(?:类|类指标|方面)"
)


def _places_answered_below(root: Node, sh: str) -> None:
    """A statement of units on the line right under a table of places' shares ((责任单位:市发改委牵头,
    各区县政府落实) under 区县 | 单位GDP能耗下降(%) | …) answers for every share of that table (its run
    of place rows, one a line, up to the statement), each place helping unless the helpers name the
    places as a whole (各区县政府). Rows named by an office (市商务局 | 3500) are no places. So does one
    closing the paragraph right over the table's header that names the table (…任务如下表。表列任务由
    各县区政府负责落实,市农业农村局牵头做好调度督导。)."""
    for node in root.walk():
        rows = _last_place_rows(node, sh)
        if not rows or not node.brackets:
            continue
        answer = _statement_below(node, rows[-1], sh) or _statement_above(node, rows[0], sh)
        if answer is None or not answer.lead:
            continue
        as_a_whole = any(_ALL_PLACES.match(name) for name in answer.support)
        for row in rows:
            helping = answer.support if as_a_whole else (*answer.support, row.title)
            row.brackets[0] = attrs.evolve(row.brackets[0], responsibility=Responsibility(answer.lead, helping))


def _statement_below(node: Node, last: Node, sh: str) -> Responsibility | None:
    """What the statement on the line right under the table's last row says, if one stands there."""
    line_end = sh.find("\n", last.position)
    if line_end < 0:
        return None
    below = next((b for b in node.brackets if b.start > line_end), None)
    if below is None or sh[line_end : below.start].strip(" \t\n(（"):
        return None
    return below.responsibility


#: A paragraph that points at the table under it (如下表, 见下表, 表列任务, 下表所列).
_POINTS_AT_TABLE: Final = re.compile(r"下表|表列|表中|见表|如表")


def _statement_above(node: Node, first: Node, sh: str) -> Responsibility | None:
    """What the statement closing the paragraph right over the table's header says, where that
    paragraph points at the table: one line (the header) or none between it and the first row."""
    header_start = sh.rfind("\n", 0, sh.rfind("\n", 0, first.position)) + 1
    above = next((b for b in reversed(node.brackets) if b.end <= header_start), None)
    if above is None or sh[above.end : header_start].strip(" \t\n。.)）"):
        return None
    paragraph_start = sh.rfind("\n", 0, above.start) + 1
    if not _POINTS_AT_TABLE.search(sh, paragraph_start, above.end):
        return None
    return above.responsibility


#: Helpers named as all the places (各区县政府, 各乡镇人民政府), not as other offices (各有关部门).
_ALL_PLACES: Final = re.compile(r"各(?:区县|县区|县市区|县\(市、区\)|县(?:（市、区）)|乡镇|镇街|镇|乡|街道|区|县|市)")
#: A row's name that is an office's, not a place's (市商务局 | 3500 under 责任单位 | …).
_OFFICE_NAME: Final = re.compile(r".*(?:局|委|办|厅|中心|公司|集团|室)$")


def _is_place_row(row: Node) -> bool:
    """A row of a table of places' shares: answered for by its own name, a place's, with figures."""
    return (
        row.kind == "row"
        and len(row.brackets) == 1
        and row.brackets[0].responsibility.lead == (row.title,)
        and bool(row.indicators)
        and not _OFFICE_NAME.fullmatch(row.title)
    )


def _last_place_rows(node: Node, sh: str) -> list[Node]:
    """The rows of places that close ``node``'s children, one a line (the last table's, not an earlier
    one's)."""
    rows: list[Node] = []
    for child in reversed(node.children):
        if not _is_place_row(child):
            break
        if rows:
            line_end = sh.find("\n", child.position)
            if line_end < 0 or sh[line_end : rows[-1].position].strip(" \t\n"):
                break  # text between: another table
        rows.append(child)
    return rows[::-1]


#: A mark inside a sentence or at its end: text before a statement on its line is a sentence's.
_SENTENCE_MARK: Final = re.compile(r"[。;；,，!?！？]")


def _opens_labelled_line(text: str, start: int) -> bool:
    """Whether a statement of units at ``start`` is a labelled line of its own (牵头单位: 市教育局) in a record of
    labelled lines: the line before it or after it opens with a label too (重点工作:…, 年度阶段性工作目标:)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    if (before and not _LABEL_PREFIX.fullmatch(before)) or _WHOLE_LABEL.match(
        text[start : start + 40].replace("：", ":")
    ) is None:
        return False  # (项目责任单位:…: the label's prefix, which the usual label leaves out, before it)
    previous_end = text.rfind("\n", 0, max(line_start - 1, 0))  # (the line before, however short)
    previous = text[previous_end + 1 : max(line_start - 1, 0)]
    line_end = text.find("\n", start)
    following_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    following = text[line_end + 1 : following_end if following_end >= 0 else len(text)] if line_end >= 0 else ""
    return any(_RECORD_LABEL.match(line) for line in (previous, following))


_LABEL_PREFIX: Final = re.compile(LABEL_PREFIXES)
#: A line of a record opening with its label (重点工作:…, 年度阶段性工作目标:).
_RECORD_LABEL: Final = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,12}[ \t\u3000]*[:：]")


def _items_of_root_brackets(root: Node, text: str) -> None:
    """Text outside any heading that states its units (a plan with no headings, a news report:
    …增长7%。上述指标由镇经济发展办牵头,镇财政所配合推进。) becomes an item per statement of units, as
    a heading's text does, so its targets have their units; the text after the last stays the
    plan's own."""
    if not root.brackets:
        return
    unanswered = len(root.brackets)  # the segment of the text no statement answers for
    # (…实现建制村通客车率100%(责任单位:县交通运输局): a statement closing its paragraph answers for that
    # paragraph; the paragraphs before it stay the plan's own, for the units named in them. Not a label
    # before it on its line: 【牵头单位】X answers for what stands before it.)
    closing_paragraph: dict[int, int] = {}
    for index, bracket in enumerate(root.brackets):
        line_start = text.rfind("\n", 0, bracket.start) + 1
        if _SENTENCE_MARK.search(text, line_start, bracket.start):
            closing_paragraph[index] = line_start
    if len(root.brackets) == 1 and 0 not in closing_paragraph and _opens_labelled_line(text, root.brackets[0].start):
        # 重点工作:… / 牵头单位:市教育局 / 年度阶段性工作目标:…: the record's one labelled line of units answers for
        # all of it, the lines after it too
        root.regions[:] = [attrs.evolve(r, segment=0) for r in root.regions]
    by_segment: dict[int, list[Region]] = {}  # (once over the regions: linear in the text)
    for region in root.regions:
        paragraph = closing_paragraph.get(region.segment)
        if paragraph is not None and region.end <= paragraph:
            region = attrs.evolve(region, segment=unanswered)
        by_segment.setdefault(region.segment, []).append(region)
    root.regions[:] = [region for regions in by_segment.values() for region in regions]
    root.regions.sort(key=lambda region: region.start)
    items: list[Node] = []
    for index, bracket in enumerate(root.brackets):
        regions = [attrs.evolve(r, segment=0) for r in by_segment.get(index, [])]
        if not regions:
            continue
        own = str(len(items) + 1)
        item = Node(
            number=own,
            own=own,
            kind="row",
            title=_short_title(text, text, regions[0].start, regions[0].end),
            parent=root,
            position=regions[0].start,
        )
        item.regions[:] = regions
        item.brackets.append(bracket)
        items.append(item)
    root.regions[:] = [attrs.evolve(r, segment=0) for r in root.regions if r.segment >= len(root.brackets)]
    root.brackets.clear()
    root.children[:] = sorted([*items, *root.children], key=lambda child: child.position)


#: A header cell naming the lead column, on a line of its own or among |-cells (…|牵头单位|配合单位),
#: and one naming the supporting units after it.
_LEAD_COLUMN: Final = re.compile(r"(?m)(?:^|[|\t])[ \t\u3000]*牵头(?:单位|部门)[ \t\u3000]*(?=$|[|\t、])")
_SUPPORT_COLUMN: Final = re.compile(
    r"(?m)(?:^|[|\t、])[ \t\u3000]*(?:配合|协办|协同|参与|协助)(?:单位|部门)[ \t\u3000]*(?=$|[|\t])"
)
#: A line that can only be a name: a person's or a unit's (吴 伟, 发改局), or a scope in brackets ((邹区镇)).
_NAME_LINE: Final = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,14}|[(][\u4e00-\u9fff、]{1,10}[)]")


def _unit_cells(root: Node, sh: str) -> None:
    """A table given one cell a line whose header names a 牵头单位 column: the lines of names after an
    item's text are its cells, a person (分管领导) first, then the lead unit, then the supporting
    ones (a scope in brackets joins the name above: 高新园 / (邹区镇)). An item whose cells are
    blank takes the units of the item above, as a blank cell does; one with a lead alone takes the
    supporting units above."""
    lead_column = _LEAD_COLUMN.search(sh)
    if lead_column is None:
        return
    has_support = _SUPPORT_COLUMN.search(sh, lead_column.end(), lead_column.end() + 40) is not None
    for parent in root.walk():
        above: Responsibility | None = None
        for node in parent.children:
            if node.kind == "row" or node.brackets or not node.regions or node.regions[0].start < lead_column.end():
                above = None  # cells are under their header (a signature above it is none)
                continue
            found = _names_after_text(node, sh, has_support)
            if found is not None and _SIGNED.match(sh, found[2]):
                found = None  # a signature (某县人民政府办公室 over its date line, or at the text's end)
            if found is not None:
                responsibility, start, end = found
                if has_support and not responsibility.support and above is not None:
                    responsibility = Responsibility(responsibility.lead, above.support)
                # the item's text is its statement, not a label, whatever follows its cells
                node.regions[:] = [
                    attrs.evolve(r, segment=1) if r.start >= end else attrs.evolve(r, label=False)
                    for r in node.regions
                    if not start <= r.start < end
                ]
                node.brackets.append(Bracket(start, end, responsibility))
                # text after the cells is the next row's (2 / 聚焦产业强区…): its items inherit nothing
                above = None if any(r.start >= end for r in node.regions) else responsibility
            elif above is not None and node.regions and not node.children:
                node.brackets.append(Bracket(node.regions[-1].end, node.regions[-1].end, above, inherited=True))


def _names_after_text(node: Node, sh: str, has_support: bool) -> tuple[Responsibility, int, int] | None:
    """The units in the lines of names that follow a node's first text, and their span; None if none."""
    names: list[str] = []
    start = end = -1
    for index, region in enumerate(node.regions):
        line = sh[region.start : region.end].strip()
        if names and _ROW_NUMBER_LINE.search(sh, end, region.start):
            break  # the next row's number: what follows is its text
        if index == 0 or "\n" in line or not _NAME_LINE.fullmatch(line):
            if names:
                break
            continue
        if line.startswith("("):
            if names:
                names[-1] += line
            elif start >= 0:
                end = region.end
            continue
        if not names and not looks_like_unit(line):
            if start >= 0 and end > start and not _person(line):
                break
            start = region.start if start < 0 else start  # 分管领导: a person before the units
            end = region.end
            continue
        names.append(re.sub(r"\s+", "", line))
        start = region.start if start < 0 else start
        end = region.end
    if not names:
        return None
    if has_support:
        return Responsibility((names[0],), tuple(names[1:])), start, end
    return Responsibility(tuple(names)), start, end


#: What follows a signature: a date line (2025年3月5日), or nothing more.
_SIGNED: Final = re.compile(
    r"\s*(?:(?:20\d{2}|二[〇○零Ｏ0][一二三四五六七八九〇○零Ｏ0]{2})\s*年[^\n]{0,8}日?\s*(?:\n|$)|$)"
)
_ROW_NUMBER_LINE: Final = re.compile(r"\n[ \t\u3000]*\d{1,3}[ \t\u3000]*\n")


def _person(line: str) -> bool:
    """A person's name in a cell of its own: two to four characters (吴 伟), not a unit's."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}", line)) and not looks_like_unit(line)


#: A label naming the units of a whole document on a line of its own (责任单位:禾川县水务局).
_WHOLE_LABEL: Final = re.compile(
    r"\s*(?:责任单位|责任部门|牵头单位|主责单位|考核对象|被考核单位|乙方(?:\((?:责任单位|责任方|责任人)\))?)\s*:"
)
#: The party a 目标责任书 binds (乙方:区农业农村局): the unit that answers for all it lists.
_PARTY_BOUND: Final = re.compile(
    r"\s*乙\s*方\s*(?:\((?:责任单位|责任方|责任人)\))?\s*:\s*(?P<units>[^:;。\d]{2,40}?)\s*"
)  # 乙方:区农业农村局; 乙方(责任单位):县农业农村局
#: The two parties of a letter under one of its headings, on one line (甲方:白鹭坪镇人民政府 乙方:东坪村民委员会).
_HEADING_PARTIES: Final = re.compile(
    r"\s*甲\s*方\s*(?:\([^()]{2,6}\))?\s*:\s*[^:;。\d]{2,40}?(?:\s+|[,;])" + _PARTY_BOUND.pattern.removeprefix(r"\s*")
)  # (甲方:…镇人民政府 乙方:东坪村民委员会, or …;乙方:…)
#: Dates and document numbers, which state no figure of a target (2024年2月26日, 〔2024〕5号).
_DATES: Final = re.compile(r"20\d{2}\s*年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?|[〔\[(（]20\d{2}[〕\])）]\s*\d+号")


#: A part of a project that states who answers for all of it ((三)责任分工 / 牵头单位:… / 配合单位:…).
_DUTIES_TITLE: Final = re.compile(r"(?:责任|职责|任务)分工|责任单位|组织实施|责任主体")


#: A heading over offices' own sections (各科室重点工作, 各部门工作任务, 站所职责).
_OFFICES_PARENT: Final = re.compile(r"科室|部门|单位|办所|站所|处室|股室|机构")
#: The words closing the text before a run of headings that arrange the work by office (现按内设机构将全年
#: 主要工作安排如下:; 各科室工作安排如下), and how far back they are looked for.
_OFFICES_INTRO: Final = re.compile(
    r"按(?:照)?各?(?:内设机构|科室|股室|处室|站所)|(?:内设机构|各科室|各股室|各处室|各站所)的?(?:重点)?(?:工作|职责)?(?:安排|分工)如下"
    r"|(?:根据|按照?)(?:内设机构|科室|股室|站所)(?:设置|职责)"  # 根据科室设置,…; 按照各科室职责分工,…
)
_INTRO_TAIL: Final = 80
#: How an office's name ends (党政办公室, 经发办, 财政所, 文化站, 执法队, 规划科, 统计股, 社区服务中心, 县发改局).
_OFFICE_TITLE: Final = re.compile(r"(?:办公室|办|所|站|队|科|股|处|中心|局|委)$")


def _office_headings(node: Node, text: str, closings: list[int], end: int, following_end: int) -> None:
    """A run of sibling headings each an office's name alone ((一)党政办公室 / (二)社区服务中心 / (三)经济发展
    办公室 …): each office leads the items under its heading, as a heading naming a county's bureau does,
    where the plan says the sections are offices' own: the heading over them (一、各科室重点工作), the words
    just before them (现按内设机构将全年主要工作安排如下), or a closing sentence after them within their
    parent's part (以上各项工作由相应科室牵头). A single such heading may be a topic (综合服务中心建设): two
    or more make a run. ``closings`` are where those closing sentences start; ``end`` where the part ends, and
    ``following_end`` how far into the part after it a closing still speaks of it: to that part's first heading
    of its own, or its end (一、重点工作 / …offices… / 二、工作要求 / 以上各项工作由…: the closing sentence may stand
    in the next part, not under another run of headings there)."""
    siblings = node.children
    for index, child in enumerate(siblings):  # (each part ends at the next beside it, or where its parent does)
        _office_headings(child, text, closings, *_part_reach(siblings, index, end, following_end))
    headings = [c for c in node.children if c.kind not in ("root", "row", "unit") and c.title.strip()]
    kinds = {c.kind for c in headings}
    if len(headings) < 2 or len(kinds) != 1 or any(c.brackets for c in headings):
        return
    closed = bisect_left(closings, headings[-1].position) < bisect_left(closings, following_end)
    intro = text[max(node.position, headings[0].position - _INTRO_TAIL) : headings[0].position]
    if not (closed or _OFFICES_PARENT.search(node.title) or _OFFICES_INTRO.search(intro)):
        return  # ((一)城北污水处理站 / (二)城南污水处理站 under a building plan: facilities, no offices)
    titles = [c.title.strip().rstrip("。.:：") for c in headings]
    if not all(
        looks_like_unit(t) and _OFFICE_TITLE.search(t) and _unit_cell(t) and not _DOING.match(t) and len(t) <= 12
        for t in titles
    ) or all(t.endswith("中心") for t in titles):
        return  # (法治政府 / 区域医疗中心 / 特色小镇: themes named like bodies; centres alone may be places)
    for heading, title in zip(headings, titles):
        heading.brackets.append(Bracket(heading.position, heading.position + len(title), Responsibility((title,))))


def _part_reach(siblings: list[Node], index: int, end: int, following_end: int) -> tuple[int, int]:
    """Where the part ``siblings[index]`` ends, and how far into the part after it a closing sentence still speaks
    of it: to that part's first heading of its own, else its end (the last part: as far as its parent's reach)."""
    if index + 1 >= len(siblings):
        return end, following_end
    following = siblings[index + 1]
    after = siblings[index + 2].position if index + 2 < len(siblings) else end
    own = [c.position for c in following.children if c.kind not in ("root", "row", "unit") and c.title.strip()]
    return following.position, min(own) if own else after


def _drop_each_office_statements(root: Node, closings: list[AnsweringClosing]) -> None:
    """A closing sentence giving the work above to each section's office (以上各项工作由相应科室牵头,…)
    names no unit of its own: statements read from its words are dropped."""
    if not closings:
        return
    starts = [closing.start for closing in closings]
    for node in root.walk():
        if node.brackets:
            node.brackets[:] = [b for b in node.brackets if not _overlaps(b, closings, starts)]


def _overlaps(bracket: Bracket, closings: list[AnsweringClosing], starts: list[int]) -> bool:
    """Whether a statement's words overlap one of the closing sentences (the sentence itself, or a bracket
    holding it: (以上工作由相应科室负责,城管中队配合))."""
    at = bisect_left(starts, bracket.end) - 1  # the last closing sentence starting before the words end
    return at >= 0 and closings[at].end > bracket.start


def _duties_to_parent(node: Node) -> None:
    """The units of a part titled 责任分工 (项目一:… / (一)目标任务 / (二)实施步骤 / (三)责任分工 /
    牵头单位:…) answer for the whole of what it is part of, when that names none."""
    for child in node.children:
        _duties_to_parent(child)
    if node.kind == "root" or node.brackets:
        return
    duties = [c for c in node.children if _DUTIES_TITLE.fullmatch(c.title) and c.brackets and not c.children]
    if len(duties) == 1:
        node.brackets.append(duties[0].brackets[-1])
        node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]


def _units_of_the_whole(root: Node, sh: str) -> Bracket | None:
    """The units a document names on a line of their own before its first heading, no figure before
    them (目标管理责任书 / 责任单位:禾川县水务局 / 一、考核指标 …): they answer for every heading that
    names none, and are taken off the root (no item of the preamble is made of them)."""
    if len(root.brackets) != 1 or not root.children or root.brackets[0].end > root.children[0].position:
        return None
    whole = root.brackets[0]
    opens_line = not sh[sh.rfind("\n", 0, whole.start) + 1 : whole.start].strip()  # (blanks may indent it)
    if not _WHOLE_LABEL.match(sh, whole.start, whole.end) or not opens_line:
        return None  # (…达到32%以上。)【牵头处室】…, 此项工作由…负责: the paragraph before is what it answers for
    party = _PARTY_BOUND.fullmatch(sh, whole.start, whole.end) is not None  # (乙方 binds all the 责任书 lists)
    if not party and any(
        r.start < whole.start and re.search(r"\d", _DATES.sub("", sh[r.start : r.end])) for r in root.regions
    ):
        return None  # figures stated before it: they are what it answers for
    root.brackets.pop()
    root.regions[:] = [attrs.evolve(r, segment=0) for r in root.regions]
    return whole


#: Units said for what stands before them (（主要目标由…牵头）, (以上指标由…负责)): not for the items after.
_SCOPED_TO_ABOVE: Final = re.compile(
    r"[(（]?\s*(?:(?:以上|上述)[^由,;。()（）]{0,12}|(?:主要|年度|全年|预期|工作)?(?:目标|指标)(?:任务)?)由"
)


def _heading_leads(heading: Responsibility, item: Responsibility) -> Responsibility:
    """An item naming only helpers under a heading whose units lead: the heading's leads, with the heading's
    helpers and the item's (七、…(…市农业农村局*、市乡村振兴服务中心) over (配合单位:各县人民政府)); the item's
    alone where they are some of the heading's (配合单位:市住建局 under 配合单位:市发改委、市住建局: it narrows)."""
    narrowed = set(item.support) <= set(heading.support)
    helpers = item.support if narrowed else (*heading.support, *item.support)
    return Responsibility(heading.lead, tuple(dict.fromkeys(u for u in helpers if u not in heading.lead)))


def _units_from_headings(node: Node, sh: str, inherited: Bracket | None = None) -> None:
    """A heading that names its units ((一)夯实数字底座(牵头单位:市数据局;配合单位:…)) gives them to the
    items under it that name none, as a blank table cell takes the unit above; not units said for
    the heading's own text before them ((主要目标由镇党政综合办公室牵头…) over (一)…(二)…)."""
    for child in node.children:
        if inherited is not None and not child.brackets:
            child.brackets.append(inherited)
            child.regions[:] = [attrs.evolve(r, segment=0) for r in child.regions]
        elif inherited is not None and inherited.responsibility.lead:
            # (配合单位:区卫生健康局) under a heading or a document whose unit leads: it leads here too, and
            # the heading's helpers help as well (七、…(责任单位:市农业农村局*、市乡村振兴服务中心) over
            # 22.…(配合单位:各县人民政府))
            child.brackets[:] = [
                attrs.evolve(b, responsibility=_heading_leads(inherited.responsibility, b.responsibility))
                if not b.responsibility.lead and b.responsibility.support
                else b
                for b in child.brackets
            ]
        # (after the merge: (一)农村改厕,县卫健局配合 under a heading whose unit leads passes both on)
        own = child.brackets[-1] if len(child.brackets) == 1 and child.children and child.kind != "row" else None
        if (
            own is not None
            and _SCOPED_TO_ABOVE.match(sh, own.start)
            and not re.search(r"目标|指标", child.title)
            and not _after_first_item(child, own)
        ):
            own = None
        if own is not None and _inside_its_paragraph(child, sh, own):
            own = None  # …比重保持在75%以上(区财政局负责),尽力而为…: its clause's units, not the headings' below
        _units_from_headings(
            child, sh, own or (inherited if not child.brackets or child.brackets[-1] is inherited else None)
        )


#: What may stand after a plan's closing statement: its end, the issuer's name and the date signed.
_PLAN_CLOSED: Final = re.compile(
    r"[\s。.]*(?:(?:[\u4e00-\u9fff()（）]{2,30}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*)*"
)


def _inside_its_paragraph(node: Node, sh: str, bracket: Bracket) -> bool:
    """Whether a heading's bracket of units stands inside a sentence of its text, not on its title's line,
    the sentence going on after it (…75%以上(区财政局负责),尽力而为…): it answers for its own clause there."""
    title_end = sh.find("\n", node.position)
    if title_end < 0 or bracket.start <= title_end or sh[bracket.start : bracket.start + 1] != "(":
        return False
    return re.match(r"[ \t\u3000]*[,;][ \t\u3000]*[^\s]", sh[bracket.end : bracket.end + 4]) is not None


def _after_first_item(node: Node, bracket: Bracket) -> bool:
    """Whether a heading's units are said after the text of its first item (以上工作由…牵头 closing the
    section, or the plan): they answer for its items too, not for the heading's own text alone."""
    starts = [r.start for part in node.children[0].walk() for r in part.regions]
    return bool(starts) and min(starts) < bracket.start


@attrs.define
class _OutlineReader:
    """Reads a plan line by line into a tree of headings, keeping what a reader keeps in mind: the
    headings open above the line, the table header in force, the title and source once found."""

    text: str
    sh: str
    lines: list[tuple[int, int]]
    root: Node = attrs.Factory(lambda: Node(number="", own="", kind="root", title=""))
    stack: list[Node] = attrs.Factory(list)  # the open headings, outermost first
    kinds: list[str] = attrs.Factory(list)  # their kinds of marker, one per level
    source: str = ""
    title: str = ""
    title_span: tuple[int, int] | None = None
    header: list[str] | None = None  # the cells of the header row of the table being read
    last_units: dict[int, list[str]] = attrs.Factory(dict)  # column -> the units above a blank cell
    table_support: tuple[str, ...] = ()  # the units a table's title names to help with all its rows
    column_leads: dict[int, list[str]] = attrs.Factory(dict)  # column -> the units that lead its shares
    share_names: dict[int, list[str]] = attrs.Factory(dict)  # a header's names, its places' bodies named in full
    links_below: bool = False  # whether a heading of links to other stories (推荐阅读) was passed
    units_under: dict[int, tuple[int, int]] = attrs.Factory(dict)  # parent -> (children counted, units among them)
    first_heading_seen: bool = False
    prose_seen: bool = False  # whether a paragraph of sentences was read (a title after one names itself)
    position: int = 0  # lines read so far, but for a leading source line
    last_responsibility_end: int = -1
    statement: str = ""  # the statement of units ending there, its lines joined (牵头单位:…;配合单位:…)
    last_stated: Responsibility | None = None  # what the last labelled line of units said (for 责任单位:同上)
    pending_label: int = -1  # the start of a line that is a label of units alone (责任单位:), the units to follow
    title_position: int = -1  # the title's line, counted as ``position`` is
    table_unit: str = ""  # the measure a line over a table gives its money (单位:万元)
    table_unit_position: int = -1
    table_unit_money: bool = False  # the line says its measure is of amounts (金额单位:万美元): every figure column
    #: A run-together table read a row a line: its columns and the number of the row to come.
    glued_rows: tuple[list[str], int] | None = None
    header_position: int = -1  # the line of the header row, counted as ``position`` is
    header_rows: int = 0  # how many children the node the table is read into had before its rows
    header_spanned: int = 0  # the blank cells after the header's last name (merged with it, or a closing bar's)
    legend: Legend = attrs.Factory(dict)  # what the marks of a table of units a column mean (★ leads)
    #: The items a duty section assigns by number (区发改局牵头负责第1、3项), each a row of who answers.
    duty_rows: dict[tuple[int, str], Node] = attrs.Factory(dict)  # (id(section), number) -> row
    places_answer: bool | None = None  # whether the text says its villages or communities answer (found once)
    offices_answer: bool | None = None  # whether the text says the offices heading its sections answer (found once)
    towns_answer: bool | None = None  # whether the text says the townships heading its sections lead them (found once)
    town_heads: list[Node] = attrs.Factory(list)  # the sections a township heads, leading what is under them
    topic_head: Node | None = None  # the heading a topic statement opened over its paragraph (关于…,由A负责。…)
    topic_scope_end: int = -1  # where that paragraph ends

    _has_heading: bool | None = None
    _bracketed_heads: bool | None = None

    @property
    def bracketed_heads(self) -> bool:
        """Whether paragraphs open with units in 【】, two different ones at least (【党政办】… / 【经济发展办】…): a
        plan given out so, not a page's one label (【聚焦两会】…, 【科技局】…的工作目标是什么?). Found once."""
        if self._bracketed_heads is None:
            named = {
                m.group("units")
                for m in re.finditer(r"(?m)^" + _UNITS_OPENING.pattern, self.sh)
                if _units_alone(m.group("units"))
            }
            self._bracketed_heads = len(named) >= 2
        return self._bracketed_heads

    @property
    def has_heading(self) -> bool:
        """Whether the plan has numbered headings anywhere (asked of every line before the first,
        so found once)."""
        if self._has_heading is None:
            self._has_heading = _has_heading(self.sh, self.lines)
        return self._has_heading

    @property
    def current(self) -> Node:
        """The innermost open heading, which the text read now belongs to."""
        return self.stack[-1] if self.stack else self.root

    def read(self) -> None:
        """Read every line, a table flattened to one cell per line at once."""
        skip_until = -1
        for index, (line_start, line_end) in enumerate(self.lines):
            if index < skip_until:
                continue
            s, e = strip_span(self.sh, line_start, line_end)
            if e <= s:
                continue
            run = _cell_run(self.sh, self.lines, index)
            if run:
                skip_until = _one_cell_per_line_table(self.text, self.sh, self.lines, index, run, self.current)
                if skip_until > index:
                    continue
            if self.topic_head is not None and s >= self.topic_scope_end:
                self._close_topic_head()
            self._read_line(line_start, line_end, s, e)

    def _close_topic_head(self) -> None:
        """End the heading a topic statement opened at its paragraph's end: the next paragraph is none of its."""
        head, self.topic_head = self.topic_head, None
        if head is not None and any(node is head for node in self.stack):
            depth = next(index for index, node in enumerate(self.stack) if node is head)
            self.stack, self.kinds = self.stack[:depth], self.kinds[:depth]

    def _read_line(self, line_start: int, line_end: int, s: int, e: int) -> None:
        """One non-blank line (``s:e`` without its blanks): a source, a table row, a heading, a
        statement of responsibility, or text of the current heading."""
        line = self.sh[s:e]
        if not self.source and line.lower().startswith("source:") and self.position == 0:
            self.source = line[len("source:") :].strip()
            return
        if _LINKS_HEADING.fullmatch(line) or (self.links_below and _LINK_LINE.fullmatch(line)):
            self.links_below = True  # 推荐阅读 / - 闪光的乐队|…: the page's links to other stories
            return
        self.links_below = False
        if (
            _PAGE_MARKER.fullmatch(line)
            or (len(line) <= 60 and not re.search("[。,;]", line) and _PAGE_FRAME.search(line))
            or (not re.search("[。,;|]", line) and _PAGE_METADATA.search(line))
            or ("。" not in line and _PAGE_FRAME_OPENING.match(line))
            or _PAGE_NOTICE.match(line)
            or _READING_TIME.fullmatch(line)
        ):
            return  # a page break (3、, - 3 -, 第3页) or the page's frame (浏览次数, 发布时间): not the plan
        self.position += 1
        if "|" not in line and self._read_glued(s, e):
            return
        table_unit = _TABLE_UNIT.fullmatch(line)
        if table_unit:
            self.table_unit, self.table_unit_position = table_unit.group("unit"), self.position
            self.table_unit_money = bool(table_unit.group("money"))
            return  # 单位:万元: the measure of the table below, no text of the plan
        if self.stack and (_ATTACHMENT.fullmatch(line) or _UNITS_TABLE_TITLE.fullmatch(line)):
            self.stack, self.kinds, self.header = [], [], None  # 附件: what follows is no part of the last heading
            return
        tag = _UNIT_TAG_LINE.fullmatch(self.text, s, e)
        if tag is not None and self._read_unit_tag(tag):
            return
        opened_by = _UNITS_OPENING.match(self.text, s, e) if "|" not in line else None
        if opened_by is not None and self._open_bracketed_head(opened_by, e):
            return
        # 区发改局: over its items: inline.unit_headed_items made the colon after the unit a line end in
        # the shadow (the text keeps it), its items each a line; or the unit and its colon are a line of
        # their own over numbered items (区发展和改革局: / 1.…)
        colon = self.text[e : e + 1] in (":", "：")
        inline_head = colon and self.sh[e : e + 1] == "\n"
        own_line = (
            colon
            and self.sh[e + 1 : e + 2] in ("\n", "")
            and "|" not in line
            and (self._item_follows(e + 1) or self._item_follows(self._helpers_line_end(e + 1)))
        )
        if inline_head or own_line:
            name_end = e
            marked = _heading(self.sh, s, name_end)
            body = marked[2] if marked is not None else s
            name = self.text[body:name_end]
            if (looks_like_unit(name) and BODY_NAME_END.search(name)) or (
                PLACE_HEADED.fullmatch(name) and names_collective_or_village(name) and self._says_places_answer()
            ):
                if marked is None:
                    # (区农业农村局:会同各镇人民政府,全年培训…: those it works with help with that sentence alone,
                    # read with the units named as subjects, subjects.py)
                    self._open_unit_head(s, name_end)
                else:  # (一)区发改局: a heading that names its unit, over its items
                    self._open_heading(*marked, s, name_end)
                    unit = Responsibility(tuple(split_units(name)))
                    self.current.brackets.append(Bracket(body, name_end, unit))
                return
        # (the line's closing colon stands after its stripped end)
        leads_list = _LEADS_LIST.fullmatch(self.text[s : e + 1]) if colon else None
        if colon and leads_list is None and self._read_closing_leads_list(s, e):
            return
        if leads_list is not None and self._item_follows(e + 1):
            # 县住建局负责: / 由县教育局牵头、县财政局配合: over the items that follow
            responsibility = parse_responsibility(self.text[s : s + leads_list.end("who")])
            named = (*responsibility.lead, *responsibility.support)
            if responsibility.lead and all(BODY_NAME_END.search(name) and _unit_cell(name) for name in named):
                self._open_unit_head(s, e, responsibility)
                return
        if (
            leads_list is not None
            and self.current is not self.root
            and not self.current.brackets
            and all(region.label for region in self.current.regions)  # (its title alone so far)
            and _SUB_HEADING_OPENING.match(self.sh, e + 1)
        ):
            # 三、重点工作 / 县卫生健康局负责以下重点工作: / (一)…: the heading's units, for every item under it
            responsibility = parse_responsibility(self.text[s : s + leads_list.end("who")])
            named = (*responsibility.lead, *responsibility.support)
            if responsibility.lead and all(BODY_NAME_END.search(name) and _unit_cell(name) for name in named):
                self.current.brackets.append(Bracket(s, e, responsibility))
                return
        duty = _DUTY_BY_NUMBER.fullmatch(self.text, s, e) if "第" in line else None
        if duty is not None and self._read_duty_by_number(duty):
            return
        of_items = _DUTY_OF_ITEMS.fullmatch(self.text, s, e) if "第" in line else None
        if of_items is not None and self._read_duty_of_items(of_items):
            return
        duties = _DUTIES_LABEL.match(self.text, s, e) if "第" in line else None
        if duties is not None and self._read_duties_line(duties.end(), e):
            return
        heading = _heading(self.sh, s, e, self.text)
        group = self._group_row(heading, line_start, line_end)
        if group is not None:
            e = group  # (一)县住房和城乡建设局牵头 |  |  | over rows: a heading over its group, its cells blank
        elif self.sh.count("|", line_start, line_end) >= 2 or (
            self.header is not None and self.sh.startswith(GOES_ON + "|", line_start)
        ):  # blank cells at the end count: 2021.8 | 城投集团 | ||; a task's rest (→|新开工…) goes on with its row
            if self._read_table_line(line_start, line_end):
                return
        elif (
            heading is None
            and self.header is not None
            and _wrapped_rests(line)
            and (s > line_start or self._row_follows(line_end) or _row_line_follows(self.sh, line_end))
        ):
            # the rest of a row's name wrapped onto an indented line (厂房(三期)), or the rests of its
            # cells onto a line before the next row or group (新登记各类经营主 / 体; … / 复核 复核): the
            # table goes on
            return
        elif (
            heading is None and self.header is not None and _GROUP_LABEL.fullmatch(line) and self._row_follows(line_end)
        ):
            return  # 经济发展 over the rows of its group: the table goes on
        elif heading is None and self.header is not None and _NOTE_LINE.match(line) and self._row_follows(line_end):
            return  # 注:责任单位中排在第一位的为牵头单位 between the header and the rows: the table goes on
        elif heading is None:
            self.header = None  # text ends a table; a heading inside one (一、国土绿化行动) groups its rows
        if (
            heading is None
            and not self.first_heading_seen
            and not self.title
            and _looks_like_title(line)
            and not (
                self.prose_seen
                and any(not q.chinese for q in find_quantities(line))
                and not _NAMES_A_DOCUMENT.search(line)
            )
        ):
            # (after a news story's paragraphs, 2021年全省计划完成生态修复200万亩 is a sentence of it,
            # its figures the story's, not a title; 2026年十件民生实事 and 某县2026年10件民生实事 still are)
            self.title, self.title_span, self.title_position = self.text[s:e], (s, e), self.position
        elif (
            heading is None
            and self.title_span is not None
            and self.position == self.title_position + 1
            and not _TITLE_END.search(self.title)
            and _TITLE_END.search(line)
            and len(line) <= 40
            and not re.search(r"[。,;:]", line)
        ):
            # a title broken over two lines (关于全县2024年民生实事和重点工作 / 前三季度推进情况的通报)
            self.title, self.title_span = self.title + self.text[s:e], (self.title_span[0], e)
        if heading is None and len(line) >= 30 and "。" in line:
            self.prose_seen = True
        if heading is not None:
            self._open_heading(*heading, s, e)
            self._read_unit_heading(self.current, heading[2], e)
            self._read_trailing_help(s, e)
            self._read_units_column(s, e)
            if any(bracket.responsibility for bracket in self.current.brackets):
                # a heading inside a table that names its units (二、加强生产经营监管(责任单位:市市场监管局)):
                # a blank unit cell under it is the heading's, no cell above it merges across
                self.last_units = {}
        elif self.pending_label >= 0 and _unit_cell(self.text[s:e]) and self._read_responsibility(s, e):
            self.pending_label = -1  # 责任单位: / 市住房和城乡建设局、市水务局…: the label's units on the next line
        elif _LABEL_ALONE.fullmatch(line):
            self.pending_label = s
        elif (
            (party := _PARTY_BOUND.fullmatch(self.sh, s, e)) and not self.first_heading_seen and "责任书" in self.title
        ):
            # 甲方:…人民政府 / 乙方:区农业农村局 over a 责任书: the bureau answers for every target in it
            units = split_units(self.text[party.start("units") : party.end("units")])
            if units and all(looks_like_unit(unit) and not _person(unit) for unit in units):
                self.root.brackets.append(Bracket(s, e, Responsibility(tuple(units))))
        elif (
            (party := _HEADING_PARTIES.fullmatch(self.sh, s, e))
            and self.current is not self.root
            and not self.current.brackets
            and not self.current.children
            and "责任" in self.current.title + self.title
        ):
            # 一、东坪村目标责任 / 甲方:白鹭坪镇人民政府 乙方:东坪村民委员会: the party bound answers for the heading's items
            units = split_units(self.text[party.start("units") : party.end("units")])
            if units and all(looks_like_unit(unit) and not _person(unit) for unit in units):
                self.current.brackets.append(Bracket(s, e, Responsibility(tuple(units))))
        elif _PERSONS_LINE.fullmatch(line):
            # 项目责任人:王伟标 between 责任单位:… and 配合单位:…: people, no text that parts the units; but 责任人:李卫东
            # (镇经济发展办主任) under an item no unit answers for names the office that does
            if office_in_charge(line) is not None and not any(b.responsibility.lead for b in self.current.brackets):
                self._read_responsibility(s, e)
        elif (listed := _UNITS_LINE_COLON.fullmatch(self.sh, s, e)) and self._read_units_line(listed, s):
            pass  # 县教育局(牵头)、县住建局、岚桥镇人民政府: over the item's targets, its units
        elif (respective := _RESPECTIVE_LEADS.fullmatch(self.sh, s, e)) and self._read_respective(respective, s, e):
            pass  # 以上十件实事分别由市教育局、市卫生健康委、…牵头负责: the n-th unit leads the n-th item
        elif _RESPONSIBILITY_LINE.match(line) and (cut := _units_end(self.sh, s, e)) < e:
            # 协办单位:X 责任单位:各县区政府 第14件建成62所…: the units, then the text the line goes on with
            if not (_OPENING_BRACKET.match(self.sh, s, cut) and self._read_opening_bracket(s, cut, e)):
                current = self.current
                if not self._read_responsibility(s, cut):
                    cut = s
                _add_text(self.text, self.sh, current, cut, e, current is not self.root or not self.has_heading)
        elif self._read_topic_statement(s, e):
            pass  # 关于主要经济指标,由A会同B负责。 opening its paragraph: its units lead the paragraph's targets
        elif self._read_office_line(s, e):
            pass  # 住房保障科 on its line over the office's paragraph, the notice giving its offices their tasks
        elif not (_RESPONSIBILITY_LINE.match(line) and self._read_responsibility(s, e)):
            current = self.current
            _add_text(self.text, self.sh, current, s, e, current is not self.root or not self.has_heading)
            self._read_trailing_help(s, e)
        if self.pending_label != s:
            self.pending_label = -1  # a label alone waits for the next line only

    def _says_offices_answer(self) -> bool:
        """Whether the text says the offices heading its sections answer for their tasks (found once)."""
        if self.offices_answer is None:
            self.offices_answer = _OFFICES_ANSWER.search(self.text) is not None
        return self.offices_answer

    def _says_towns_answer(self) -> bool:
        """Whether the text says the townships heading its sections lead their targets (found once)."""
        if self.towns_answer is None:
            self.towns_answer = _TOWNS_ANSWER.search(self.text) is not None
        return self.towns_answer

    def _says_places_answer(self) -> bool:
        """Whether the text says its villages or communities answer for their targets (found once)."""
        if self.places_answer is None:
            self.places_answer = PLACES_ANSWER.search(self.text) is not None
        return self.places_answer

    def _read_topic_statement(self, s: int, e: int) -> bool:
        """A statement giving a part of the work to its units, opening its paragraph (关于主要经济指标,由A会同B负责。;
        A牵头、B配合抓好工业经济。), made a line of its own by inline.statements_in_paragraphs: in a plan whose
        paragraphs are its items, a heading of the units' own over the paragraph's targets."""
        if self.sh[e : e + 1] != "\n" or self.text[e : e + 1] != "。" or self.has_heading:
            return False
        start = s
        if self.text[s - 1 : s] in (",", "，") and self.sh[s - 1 : s] == "\n":
            # (关于主要经济指标, / 由…负责: the statement after the topic's comma made a line of its own)
            start = self.sh.rfind("\n", 0, s - 1) + 1
        line = self.sh[start : s - 1] + "," + self.sh[s:e] if start < s else self.sh[s:e]
        stated = _TOPIC_STATEMENT_LINE.fullmatch(line)
        if stated is None or self.current.kind not in ("root", "unit"):
            return False
        who = stated.group("by") or stated.group("led")
        at = start + stated.start("by" if stated.group("by") else "led")
        answer = parse_responsibility(self.text[at : at + len(who)])
        if not answer.lead or not all_units([*answer.lead, *answer.support]):
            return False
        self._open_unit_head(s, e, answer)
        # (its paragraph, one line of the text, ends its scope: see read)
        paragraph_end = self.text.find("\n", e + 1)
        self.topic_head, self.topic_scope_end = self.current, len(self.text) if paragraph_end < 0 else paragraph_end
        return True

    def _read_unit_tag(self, tag: re.Match[str]) -> bool:
        """A line holding only a unit's name in 【】 (【县发改局】) over the items after it: a heading of the unit's own,
        leading them (a label in 【】, 【工作目标】, is none). Whether the line was one."""
        names = split_units(tag.group("units"))
        if not names or not all(BODY_NAME_END.search(name) and looks_like_unit(name) for name in names):
            return False
        self._open_unit_head(tag.start("units"), tag.end("units"))
        return True

    def _read_closing_leads_list(self, s: int, e: int) -> bool:
        """A paragraph whose last sentence says who does the items after it (…实行清单化管理。以下节点同样由各市住建局
        牵头,市发改、财政部门配合落实:): the sentences before are the current heading's text, the units lead the items
        that follow. Whether the paragraph closed so."""
        last = self.text.rfind("。", s, e)
        if last < 0 or _heading(self.sh, s, e) is not None:
            return False  # (（二）强化保障。以下事项由…: a numbered heading is opened as a heading first)
        tail = _LEADS_LIST.fullmatch(self.text[last + 1 : e + 1])
        if tail is None or not self._item_follows(e + 1):
            return False
        responsibility = parse_responsibility(self.text[last + 1 : last + 1 + tail.end("who")])
        named = (*responsibility.lead, *responsibility.support)
        if not responsibility.lead or not all(BODY_NAME_END.search(name) for name in responsibility.lead):
            return False
        if not all(_unit_cell(name) for name in named):
            return False  # (市发改、财政部门 helping: the departments of a kind, named by their trade)
        current = self.current
        _add_text(self.text, self.sh, current, s, last + 1, current is not self.root or not self.has_heading)
        self._open_unit_head(last + 1, e, responsibility)
        return True

    def _read_opening_bracket(self, s: int, cut: int, e: int) -> bool:
        """A paragraph opened by its units in a bracket ((牵头科室:体改股;配合科室:医政股)推进医共体…。县域内就诊率达到
        90%以上…): a heading of the units' own over the paragraph, so that the next paragraph's bracket under the same
        heading answers for that one (a paragraph after it that names no units stays under it, as an item's text
        would). Whether the bracket named units (else the line is read as before)."""
        answer = parse_responsibility(self.text[s:cut])
        if not answer.lead or not all_units([*answer.lead, *answer.support]):
            return False
        self._open_unit_head(s, cut, answer)
        self.current.title = _short_title(self.text, self.sh, cut, e)
        _add_text(self.text, self.sh, self.current, cut, e, True)
        self.topic_head, self.topic_scope_end = self.current, e + 1
        return True

    def _read_office_line(self, s: int, e: int) -> bool:
        """A line naming an office alone, unnumbered (住房保障科, 质量安全监督站), in a notice that says its offices
        answer for their tasks (现将…目标任务分解到各科室): a heading of the office's own, leading what follows it."""
        if ":" in self.sh[s:e]:
            return False
        names = split_units(self.text[s:e])
        if not names or not all(_names_office(name) for name in names):
            return False
        if not self._says_offices_answer():
            return False
        self._open_unit_head(s, e, Responsibility(tuple(names)))
        return True

    def _units_above(self, node: Node) -> Responsibility | None:
        """The units the item before ``node`` states (its last bracket), or those of the last labelled line."""
        parent = node.parent
        siblings = parent.children[: parent.children.index(node)] if parent is not None else []
        for sibling in reversed(siblings):
            # (its own bracket, or one on its last sub-item's line, not yet moved to it)
            stated = [b.responsibility for n in sibling.walk() for b in n.brackets if b.responsibility.lead]
            if stated:
                return stated[-1]
        return self.last_stated

    def _read_glued(self, s: int, e: int) -> bool:
        """A table whose cells run together (序号项目名称…牵头单位配合单位1…): one task per row, with
        its units (see :mod:`.glued`); its rows run on in the header's line, or each takes a line
        of its own after a header alone on its line. Whether the line held one."""
        if self.glued_rows is not None:
            columns, serial = self.glued_rows
            rows = read_glued_row_line(self.text, self.sh, s, e, serial, columns)
            if rows:
                self.glued_rows = columns, serial + 1
                self._add_glued_rows(rows)
                return True
            self.glued_rows = None
        found = glued_header(self.sh, s, e)
        if found is None:
            return False
        header_end, columns = found
        if header_end == e:  # 类别序号重点督办内容牵头单位全年完成情况 alone: a row a line follows
            self.glued_rows = columns, 1
            return True
        rows = read_glued_rows(self.text, self.sh, header_end, e, columns)
        if not rows:
            return False
        self._add_glued_rows(rows)
        return True

    def _add_glued_rows(self, rows: list[GluedRow]) -> None:
        """The rows of a run-together table, as tasks of the current heading with their units."""
        parent = self.current
        for row in rows:
            own = str(len(parent.children) + 1)
            node = Node(
                number=parent.number + (own if not parent.number else f"-{own}"),
                own=own,
                kind="row",
                title=_short_title(self.text, self.sh, row.start, row.text_end),
                parent=parent,
                position=row.start,
            )
            _add_text(self.text, self.sh, node, row.start, row.text_end, True)
            if row.responsibility:
                node.brackets[:] = [Bracket(row.text_end, row.end, row.responsibility)]
                node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
            parent.children.append(node)

    def _row_follows(self, line_end: int) -> bool:
        """Whether the next line is a row of ``|`` cells."""
        next_end = self.sh.find("\n", line_end + 1)
        return self.sh.count("|", line_end + 1, next_end if next_end >= 0 else len(self.sh)) >= 2

    def _share_names(self, shares: set[int]) -> list[str]:
        """The header's names, each share column's as the text names the body of its place where it does
        (东坪村 → 东坪村村民委员会, 城关镇 → 城关镇人民政府): found once a header."""
        assert self.header is not None
        known = self.share_names.get(id(self.header))
        if known is None:
            known = list(self.header)
            for i in shares:
                place = self.header[i].strip()
                body = re.search(re.escape(place) + _PLACE_BODY, self.text)
                if body is not None:
                    known[i] = body.group()
                elif place[-1:] in "市县区镇乡":
                    # 各市人民政府 answers for every city's column where the text names no city's own body
                    collective = re.search(rf"各{place[-1]}(?:人民政府|政府)", self.text)
                    if collective is not None:
                        known[i] = collective.group()
            self.share_names = {id(self.header): known}
        return known

    def _measured_by_table_unit(self, names: list[str]) -> list[str]:
        """Header cells with the measure a line just over the table gives: 单位:万元 is the measure of
        the money columns that name none of their own; 金额单位:万美元 over 责任单位 | 外贸出口目标, or
        面积:万亩 over 乡镇 | 可种植面积 | 2023年任务面积, of every figure column."""
        if not self.table_unit or self.position - self.table_unit_position > 3:
            return names
        every_figure = self.table_unit_money or bool(_NOT_MONEY.fullmatch(self.table_unit))
        return [
            f"{n}({self.table_unit})"
            if n
            and not _MEASURED_HEADER.search(n)
            and (
                (_MONEY_COLUMN.search(n) and not _NOT_MONEY.fullmatch(self.table_unit))
                or (every_figure and _column_role(n, False) in ("content", "target", "baseline", "planned"))
            )
            else n
            for n in names
        ]

    def _read_table_line(self, line_start: int, line_end: int) -> bool:
        """A line of ``|``-separated cells: a header row starts a table, a row under one is a task.
        Whether the line was taken as such (else it is read as text)."""
        cells = _cells(self.sh, line_start, line_end)
        names = [re.sub(r"\s+", "", self.sh[a:b]) for a, b in cells]
        # 乡镇 | 新种任务(亩), or 序号 | 乡镇 | 粮食播种面积(万亩): a task shared out among places (| 区县 | …:
        # after a bar that opens the line)
        named_cells = names[1:] if names[:1] == [""] else names
        places = named_cells[1:2] if named_cells and named_cells[0] in ("序号", "编号") else named_cells[:1]
        shares = any(_PLACE_HEADER.fullmatch(n) or _PERIOD_HEADER.fullmatch(n) for n in places) and any(
            _MEASURED_HEADER.search(n) for n in self._measured_by_table_unit(names)
        )
        # 责任单位 | 外贸出口目标(万美元) | 实到外资目标(万美元): each unit's share, as a place's
        shares = shares or (
            len(names) >= 2
            and bool(_LEAD_OR_ANSWERABLE.fullmatch(names[0]) or _UNITS_NAMED.fullmatch(names[0]))
            and all(_measured(n) for n in names[1:] if n)
        )
        # a header of words of its own (类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | …):
        # a unit column's name, and three or more short cells that each name a column
        named = (
            any(_LEAD_OR_ANSWERABLE.fullmatch(n) for n in names)
            and sum(_header_cell(n) for n in names if n) >= 3
            and all(len(n) <= 12 for n in names)
        )
        # 指标 | 2024年 | 2025年 | 2026年 | 属性: what is measured, then a column a year
        # (| 指标 | 2023年 |: a bar before the first name; 类别 | 指标 | 2020年 |: a category column first)
        named_first = next((n for n in names if n and not _CATEGORY_HEADER.fullmatch(n)), "")
        by_year = (
            bool(_HEADER_WORDS.fullmatch(named_first) or _MEASURED_NAME_HEADER.fullmatch(named_first))
            and sum(_BARE_YEAR.fullmatch(n) is not None for n in names) >= 2
        )  # (序号 | 主要指标 | 2022年 | 2025年: the indicator's name in other words)
        # 序号 | 重点工作任务 | 县发改委 | 县财政局 | 县工信局 …: a column a unit, marks in the rows (★, ○)
        matrix = names[:1] in (["序号"], ["编号"]) and bool(unit_columns(names))
        # 指标 | 东坪村 | 西岭村 | 南溪村 | 全镇合计: what is measured, then a column a place's share (share_columns)
        place_matrix = (
            bool(_HEADER_WORDS.fullmatch(named_first))
            and not _LEAD_OR_ANSWERABLE.fullmatch(named_first)  # (牵头单位 | 县农业农村局 | …: a row of leads)
            and sum(bool(_PLACE_COLUMN.fullmatch(n)) and not _HEADER_WORDS.fullmatch(n) for n in names if n) >= 2
        )
        # 季度 | 实际到位内资(累计) | 新签约亿元以上项目(累计) | 牵头单位 over 一季度 | …: a row a quarter
        by_quarter = (
            bool(named_cells)
            and _PERIOD_HEADER.fullmatch(named_cells[0]) is not None
            and sum(bool(n) for n in named_cells[1:]) >= 2
            and _QUARTER_COLUMN.match(self.sh, line_end + 1) is not None
        )
        # 16 | 生态环境 | 单位地区生产总值能耗降低 | 完成市下达目标 | …: a row numbered under a header, however its
        # cells read (单位…, …目标), is no header of its own
        numbered_row = bool(self.header) and bool(named_cells) and _ROW_SERIAL.fullmatch(named_cells[0]) is not None
        if not numbered_row and (
            shares
            or named
            or by_quarter
            or by_year
            or matrix
            or place_matrix
            or (
                sum(_opens_like_header(n) for n in names if n) >= 2
                and any(re.search(r"单位|部门|项目|任务|指标|目标", n) for n in names)
            )
        ):
            spanned = 0  # blank cells after the last name: a closing bar's, or those its name spans (merged)
            while names and not names[-1]:  # a closing bar leaves a blank cell after the last name
                names.pop()
                spanned += 1
            names = self._measured_by_table_unit(_years_read_by_title(names, self.title))
            self.header, self.header_position, self.header_spanned = names, self.position, spanned
            self.header_rows = len(self.current.children)  # (the table's rows are the children after these)
            self.legend = read_legend(self.text, max(0, line_start - _LEGEND_ABOVE)) if matrix else {}
            self.last_units, self.column_leads = {}, {}
            self.table_support = _table_title_support(self.sh, line_start)
            return True
        if (
            self.header is not None
            and self.position == self.header_position + 1
            and (subs := _sub_headers(names, self.header, self.header_spanned)) is not None
        ):
            # 序号 | 区/单位 | 2022年任务安排(万亩) | | over 高标准农田 | 高效节水灌溉 | |: the last name spans the blank
            # cells after it, the row under it naming each of its columns
            self.header = [*self.header[:-1], *(sub + self.header[-1] for sub in subs)]
            self.header_position = self.position
            return True
        if self.header is not None and self.position == self.header_position + 1 and _header_rest(names, self.header):
            # | 序号 | 任务 | 牵头 | … | over |  |  | 单位 | …: the header's cells wrapped onto a second row
            self.header = [h + (names[i] if i < len(names) else "") for i, h in enumerate(self.header)]
            self.header_position = self.position
            return True
        if (
            self.header is not None
            and _PERIOD_HEADER.fullmatch(self.header[0].strip())
            and (helping := _COLUMN_UNITS_LABEL.fullmatch(names[0])) is not None
        ):
            # 季度 | 新签约项目(个) | … over the quarters, then 牵头单位 | 县投资促进中心 | … and 配合单位 | …:
            # who leads and who helps each column, for every quarter above
            units = {
                i: split_units(self.text[a:b]) for i, (a, b) in enumerate(cells[1:], 1) if _unit_cell(self.text[a:b])
            }
            if units:
                rows = self.current.children[self.header_rows :]
                _answer_quarters_by_column(self.sh, rows, units, helps=bool(helping.group("help")))
                return True
        if (
            self.header is not None
            and _PLACE_HEADER.fullmatch(self.header[0])
            and _LEAD_OR_ANSWERABLE.fullmatch(names[0])
        ):
            # 乡镇(街道) | 粮食播种面积(万亩) | … over 牵头单位 | 县农业农村局 | …: who leads each column's shares
            self.column_leads = {
                i: split_units(self.text[a:b]) for i, (a, b) in enumerate(cells[1:], 1) if _unit_cell(self.text[a:b])
            }
            if self.column_leads:
                return True
        if self.header is not None:
            before = len(self.current.children)
            _table_row(self.text, self.sh, cells, self.header, self.last_units, self.current, self.legend)
            by_share = share_columns(self.header, _header_roles(self.header))  # (the roles _row_roles starts from)
            if by_share:
                names = self._share_names(by_share)
                for row in self.current.children[before:]:
                    if row.kind == "row" and row.indicators:
                        _answer_by_share_column(row, cells, names, by_share)
            if self.column_leads:
                for row in self.current.children[before:]:
                    if row.kind == "row":
                        _answer_by_column(row, cells, self.column_leads)
            if self.table_support:
                for row in self.current.children[before:]:
                    if row.kind == "row" and row.brackets:
                        answer = row.brackets[-1].responsibility.helped_by(self.table_support)
                        row.brackets[-1] = attrs.evolve(row.brackets[-1], responsibility=answer)
            return True
        if len(cells) >= 4 and re.fullmatch(r"\d{1,3}", names[0]) and any(_unit_cell(self.text[a:b]) for a, b in cells):
            # a row of a table copied without its header (1 | 粮食产量… | 市农技中心 | 2024年底前): its
            # cells are told by their content
            _table_row(self.text, self.sh, cells, [], self.last_units, self.current)
            return True
        return False

    def _open_heading(self, kind: str, own: str, body_start: int, s: int, e: int) -> None:
        """A heading: a kind of marker met before closes the levels below it, a new kind nests."""
        self.first_heading_seen = True
        if kind not in self.kinds and self.kinds[-1:] == ["shi"] and len(self.stack) == len(self.kinds):
            # a point numbered in words (一是…) holds no headings: (一) after it is its section's
            self.kinds, self.stack = self.kinds[:-1], self.stack[:-1]
        depth = self.kinds.index(kind) if kind in self.kinds else len(self.kinds)
        self.kinds = self.kinds[:depth] + [kind]
        self.stack = self.stack[:depth]
        parent = self.current
        node = Node(number=parent.number + own, own=own, kind=kind, title="", parent=parent, position=s)
        parent.children.append(node)
        self.stack.append(node)
        _heading_text(self.text, self.sh, node, body_start, e)

    def _read_duties_line(self, s: int, e: int) -> bool:
        """A labelled line of several duties by number closing a section's numbered items (责任分工:区发改委负责第1、2
        项,区财政局负责第3项,区统计局配合全部指标): each item numbered so, of the section's before the line, is led and
        helped as the line says; helpers of all (…配合全部指标) help with every item the line numbers. Whether
        every part of the line was read so and named an item there."""
        current = self.current
        section = current.parent if current.own.isdigit() and current.parent is not None else current
        items = {child.own: child for child in section.children if child.own.isdigit() and child.kind != "row"}
        given: dict[str, tuple[list[str], list[str]]] = {}  # number -> (leads, helpers), in the line's order
        helpers: list[str] = []
        for a, b in parts(self.sh, s, e, ",;。"):
            duty = _DUTY_BY_NUMBER.fullmatch(self.text, a, b)
            named = split_units(duty.group("unit") or duty.group("helper") or "") if duty is not None else []
            if duty is not None and named and all(_unit_cell(name) for name in named):
                for group, leads in (("leads", True), ("helps", False), ("helps_too", False)):
                    for number in _duty_numbers(duty.group(group) or ""):
                        lead, support = given.setdefault(number, ([], []))
                        (lead if leads else support).extend(n for n in named if n not in lead + support)
                continue
            helping_all = _HELPS_WITH_ALL.fullmatch(self.text, a, b)
            named = split_units(helping_all.group("units")) if helping_all is not None else []
            if not named or not all(_unit_cell(name) for name in named):
                return False  # (a part that is no duty: the line is no list of duties)
            helpers.extend(named)
        if not given or any(number not in items for number in given):
            return False
        for number, (lead, support) in given.items():
            item = items[number]
            if item.brackets:
                continue  # (an item naming its own units keeps them)
            helping = tuple(dict.fromkeys([*support, *(h for h in helpers if h not in lead)]))
            item.brackets.append(Bracket(s, e, Responsibility(tuple(lead), helping)))
            item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
        self.last_responsibility_end, self.statement = e, ""
        return True

    def _duty_owner(self) -> Node:
        """The node a duty line's rows of numbers go under: the current one, or under role headings ((一)牵头单位
        and (二)配合单位) the section over both, one row a number whatever the lines' wording."""
        role = _ROLE_HEADING.fullmatch(self.current.title.strip())
        return self.current.parent if role is not None and self.current.parent is not None else self.current

    def _read_duty_by_number(self, duty: re.Match[str]) -> bool:
        """A line of a duty section giving a unit the items it leads and helps with by their numbers
        (区发展改革局牵头负责第1、3项,配合第6项工作; 各街道配合第9至13项): a row of who answers for
        each number, under the section, as an annex table's 序号 | 牵头单位 | 配合单位 would be (see
        annex.py). Whether the line named units."""
        # under a heading naming the units' role ((一)牵头单位, (二)配合单位): whether the bare numbers are led or helped
        role = _ROLE_HEADING.fullmatch(self.current.title.strip())
        bare_leads = None if role is None else role.group("helping") is None
        if bare_leads is None and _DUTY_SECTION_TITLE.fullmatch(self.current.title.strip()):
            bare_leads = (
                True  # (三、责任分工 / 县发改局:第1、3项(县统计局配合): under the plan's section of duties, each leads)
            )
        if duty.group("listed") and bare_leads is None:
            return False  # (a unit and numbers under no heading of a role: not read so)
        named = duty.group("unit") or duty.group("helper") or duty.group("listed")
        units = [name for name in split_units(named) if _unit_cell(name)]
        if not units:
            return False
        groups = (("leads", True), ("helps", False), ("helps_too", False), ("bare", bool(bare_leads)))
        bare_helpers = split_units(duty.group("bare_helps") or "") if duty.group("listed") else []
        for group, leads in groups:
            for number in _duty_numbers(duty.group(group) or ""):
                helpers = bare_helpers if group == "bare" else []
                self._add_to_duty_row(
                    number, units if leads else [], helpers if leads else units, duty.start(), duty.end()
                )
        return True

    def _read_duty_of_items(self, duty: re.Match[str]) -> bool:
        """A line giving items by number their units after a colon (第1-3项:镇经发办牵头,镇财政所、镇统计站配合): a row
        of who answers for each number, as a duty line naming the unit first gives. Whether the line named units."""
        colon = re.search(r"[:：]", self.text[duty.end("numbers") : duty.end()])
        said = parse_responsibility(self.text[duty.end("numbers") + (colon.end() if colon else 0) : duty.end()].strip())
        named = (*said.lead, *said.support)
        if not said.lead or not all(_unit_cell(name) for name in named):
            return False
        for number in _duty_numbers(duty.group("numbers")):
            self._add_to_duty_row(number, list(said.lead), list(said.support), duty.start(), duty.end())
        self.last_responsibility_end, self.statement = duty.end(), ""
        return True

    def _add_to_duty_row(self, number: str, leads: list[str], helpers: list[str], start: int, end: int) -> None:
        """Add units to the row of who answers for the item numbered ``number`` (made at its first line)."""
        owner = self._duty_owner()
        row = self.duty_rows.get((id(owner), number))
        if row is None:
            row = _duty_row(owner, number, Bracket(start, end, Responsibility()), start)
            self.duty_rows[(id(owner), number)] = row
        known = row.brackets[-1].responsibility
        lead = known.lead + tuple(u for u in leads if u not in known.lead)
        support = known.support + tuple(u for u in helpers if u not in known.support + lead)
        row.brackets[-1] = Bracket(row.brackets[-1].start, end, Responsibility(lead, support))

    def _group_row(self, heading: tuple[str, str, int] | None, line_start: int, line_end: int) -> int | None:
        """Where a numbered heading in a table's first cell ends, its other cells blank (a group's row,
        (一)县住房和城乡建设局牵头 |  |  |): the line is the heading over the group's rows."""
        if heading is None or self.header is None or self.sh.count("|", line_start, line_end) < 2:
            return None
        cells = _cells(self.sh, line_start, line_end)
        if len(cells) < 2 or any(self.sh[a:b].strip() for a, b in cells[1:]):
            return None
        first = self.sh[heading[2] : self.sh.find("|", heading[2], line_end)].strip()  # (the cell up to its bar)
        if first.endswith(("。", ".")) or len(first) > 30:
            return None  # 4.6月底前完成…提标改造。 |  |: a task whose unit cell is blank, no group's heading
        return strip_span(self.sh, *cells[0])[1]

    def _read_unit_heading(self, node: Node, body: int, e: int) -> None:
        """A heading that is a unit's name, perhaps with the count of its items (一、县发展和改革局(5项)):
        the unit leads every item under it, as a unit heading its items with a colon does."""
        helpers_only = [b for b in node.brackets if not b.responsibility.lead and b.responsibility.support]
        if helpers_only and len(helpers_only) == len(node.brackets):
            # (三)县水利局(本节各项配合单位:…): the heading's unit leads, its bracket names the helpers
            e = min(b.start for b in helpers_only)
            while e > body and self.sh[e - 1] in " \t":
                e -= 1
        elif node.brackets:
            return
        named = _UNIT_HEADING.fullmatch(self.sh, body, e)  # the shadow: （5项） as (5项)
        if named is None:
            return
        name = self.text[named.start("name") : named.end("name")]
        names = split_units(name)  # (五)县农业农村局、县畜牧兽医服务中心: the units lead together
        marked = bool(named.group("mark"))  # 牵头 or a count of items: the heading speaks of a unit
        # (the heading's colon may stand just past its end: ``e`` is the title's, the line runs on to it)
        if PLACE_HEADED.fullmatch(self.sh, body, e) and ":" in self.sh[body : e + 2] and not helpers_only:
            if (
                self._says_places_answer()
            ):  # (not 一、美丽乡村: / 二、智慧社区:, themes, where no place is said to answer)
                # 一、锦绣社区: over the community's items: the place answers for them (its helpers in their brackets)
                node.brackets[:] = [Bracket(body, e, Responsibility((name,)))]
                return
        town = _TOWN_HEADED.fullmatch(name) if not helpers_only else None
        if town is not None and self._says_towns_answer():
            # 一、澜坪镇 over the township's table of indicators, the notice saying 各乡镇是本乡镇考核指标的牵头责任单位:
            # it leads them, the offices its rows name help (see _towns_lead_their_sections)
            node.brackets[:] = [Bracket(body, e, Responsibility((town.group("town"),)))]
            self.town_heads.append(node)
            return
        if not helpers_only and ":" not in name and all(_names_office(unit) for unit in names):
            if self._says_offices_answer():  # (not 二、科技创新科: where no office is said to answer for its section)
                # 一、运行监测科 over the office's items, the notice saying 各科室为所列任务的责任科室: it leads them
                # (七、产业发展科、节能与综合利用科: the two lead together)
                node.brackets[:] = [Bracket(body, e, Responsibility(tuple(names)))]
                return
        if all(
            looks_like_unit(unit)
            and BODY_NAME_END.search(unit)
            and _unit_cell(unit)
            and not _DOING.match(unit)
            and (marked or _LEVEL_NAMED.match(unit))
            for unit in names
        ):
            helpers = tuple(n for b in helpers_only for n in b.responsibility.support)
            node.brackets[:] = [Bracket(body, e, Responsibility(tuple(names), helpers))]

    def _open_bracketed_head(self, opened_by: re.Match[str], e: int) -> bool:
        """A paragraph opening with its units in 【】 (【党政办】统筹…。6月底前完成…): a unit's paragraph, as one
        headed 党政办: is, its units leading every sentence of it. Whether the bracket named units alone."""
        if not self.bracketed_heads or not _units_alone(opened_by.group("units")):
            return False
        names = split_units(opened_by.group("units"))
        self._open_unit_head(opened_by.start("units") - 1, opened_by.end(), Responsibility(tuple(names)))
        _add_text(self.text, self.sh, self.current, opened_by.end(), e, True)
        return True

    def _open_unit_head(self, s: int, e: int, responsibility: Responsibility | None = None) -> None:
        """A unit heading the items after it (区发改局:1.…;2.…, 县住建局负责: / (1)…): a heading of its
        own kind, whose unit (or ``responsibility``) leads each of them."""
        if "unit" in self.kinds:
            depth = self.kinds.index("unit")
        else:  # beside the numbered items before it (1.…, 2.…), not under the last of them
            depth = len(self.kinds) - 1 if self.kinds and self.kinds[-1] in _ITEM_KINDS else len(self.kinds)
        parent = self.stack[depth - 1] if depth else self.root
        # (the unit children counted from where the last count stopped: linear in the heads)
        scanned, units = self.units_under.get(id(parent), (0, 0))
        units += sum(child.kind == "unit" for child in parent.children[scanned:])
        self.units_under[id(parent)] = (len(parent.children), units)
        own = str(units + 1)
        self.kinds, self.stack = self.kinds[:depth], self.stack[:depth]
        self._open_heading("unit", own, e, s, e)
        self.current.title = self.text[s:e]
        names = split_units(self.text[s:e])
        if responsibility is None and any(name.endswith("*") for name in names):
            # 区商务局（牵头）、区统计局: the unit marked leads, the others help
            responsibility = parse_responsibility(self.text[s:e])
        answer = responsibility if responsibility is not None and responsibility.lead else Responsibility(tuple(names))
        self.current.brackets.append(Bracket(s, e, answer))

    def _helpers_line_end(self, line_end: int) -> int:
        """Where a line naming helpers alone after a unit's line ends ((配合单位:县交通运输局、县商务局)), or
        ``line_end`` where none is next."""
        helpers = _HELPERS_LINE.match(self.text, line_end)
        return helpers.end() if helpers is not None else line_end

    def _item_follows(self, line_end: int) -> bool:
        """Whether the next non-blank line opens a numbered item ((1)…, 1.…, ①…)."""
        return _ITEM_OPENING.match(self.sh, line_end) is not None

    def _read_trailing_help(self, s: int, e: int) -> None:
        """The units a line's last clause says help (…完成128亿元,区统计局配合;): they help with the
        line's item, which names no units of its own, whoever leads it."""
        current = self.current
        helping = _TRAILING_HELP.search(self.sh, s, e + 1)
        if (
            helping is None
            or current is self.root
            or re.search(r"牵头|负责", re.sub(r"\([^()]*\)|【[^【】]*】", "", self.sh[s : helping.start()]))
        ):
            return  # (此项工作由县工信局负责,…配合: a statement of who leads, read as such)
        leading = current.brackets[0].responsibility if len(current.brackets) == 1 else None
        if current.brackets and (leading is None or not leading.lead or leading.support or helping.group(1) != "。"):
            return  # (1.【县发改局】…。县统计局配合。: the helpers of the unit the item opens with, below)
        listed = self.text[helping.start("units") : helping.end("units")]
        names = split_units(listed)
        if leading is not None and (
            re.match(r"鼓励|引导|支持|推动|组织|动员|号召|吸引|带动|发动", listed)
            or not all(looks_like_unit(n) or names_collective_or_village(n) for n in names)
        ):
            return  # (…。鼓励企业积极参与。: whom the plan calls on, no units)
        if not names or not _unit_cell(listed):
            return
        if leading is not None:
            current.brackets[0] = attrs.evolve(
                current.brackets[0], responsibility=Responsibility(leading.lead, tuple(names))
            )
        else:
            current.brackets.append(Bracket(helping.start("units"), e, Responsibility((), tuple(names))))
            # a statement of units on the next line (牵头单位:…) is one with this one
            self.last_responsibility_end, self.statement = e, f"配合单位:{listed}"

    def _read_units_line(self, listed: re.Match[str], s: int) -> bool:
        """A line of units closed by a colon over an item's targets (县人力资源和社会保障局(牵头)、县财政局、县总工会:):
        they answer for the item, the one marked leading; whether the line was one (else it is text)."""
        current = self.current
        if current is self.root or current.brackets or current.children:
            return False
        names = self.text[listed.start("units") : listed.end("units")]
        answer = parse_responsibility(names)
        if not answer.lead or not all_units((*answer.lead, *answer.support)):
            return False
        current.brackets.append(Bracket(s, listed.end("units"), answer))
        self.last_responsibility_end, self.statement = listed.end(), ""
        return True

    def _read_units_column(self, s: int, e: int) -> None:
        """An item's units set apart at its line's end by a tab or a run of blanks, as a column
        (1.地区生产总值增长6%左右。<tab>县发改局、县统计局): they answer for the item, the first leading
        where the document says the one listed first leads."""
        current = self.current
        column = _UNITS_COLUMN.search(self.text, s, e + 1)
        if column is None or current.brackets or current is self.root:
            return
        listed = column.group("units").strip()
        names = split_units(listed)
        if not names or not all(_unit_cell(name) for name in names):
            return
        current.brackets.append(Bracket(column.start("units"), e, listed_units(names)))
        # the column is no text of the item's: its sentence stays the item's only one, read (not a label over more)
        current.regions[:] = [r for r in current.regions if r.start < column.start("units")]

    def _read_respective(self, match: re.Match[str], s: int, e: int) -> bool:
        """Units that lead the items above one each, in their order (以上十件实事分别由A、B、…牵头负责,C配合
        实施): given when they are as many as the items of the current one's kind, with the helpers
        to each. Whether they were."""
        leads = split_units(self.text[match.start("leads") : match.end("leads")])
        helping = match.group("support")
        support = tuple(split_units(self.text[match.start("support") : match.end("support")])) if helping else ()
        current = self.current
        parent = current.parent if current.parent is not None else current
        items = [c for c in parent.children if c.kind == current.kind and c.position <= current.position]
        if len(items) < 2 or len(leads) != len(items):
            return False
        for item, unit in zip(items, leads):
            if not item.brackets:
                item.brackets.append(Bracket(s, e, Responsibility((unit,), support)))
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
        self.last_responsibility_end, self.statement = e, ""
        return True

    def _read_covering(self, first: int, last: int, body: int, s: int, e: int) -> bool:
        """The units of a line that covers the items numbered ``first`` to ``last`` before it (以上第4-5项
        责任科室:…), given to each of them that names none. Whether it named units."""
        responsibility = parse_responsibility(_unwrapped(self.text[body:e]))
        if not responsibility:
            return False
        parent = self.current.parent if self.current.parent is not None else self.current
        for item in parent.children:
            if item.kind != "unit" and item.own.isdigit() and first <= int(item.own) <= last and not item.brackets:
                item.brackets.append(Bracket(s, e, responsibility))
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
        self.last_responsibility_end, self.statement = e, ""
        return True

    def _read_all_above(self, s: int, e: int, *, own_part_only: bool) -> bool:
        """The units of a line naming those of the items before it (以上目标由…牵头), given to each
        item of the current one's kind under its heading that names none. Under a heading of the
        first level (一、… 以上工作由…) and for a part's own (本部分工作由…) at the first level they answer
        for that heading alone. Whether it named units."""
        line = _unwrapped(self.text[s:e])
        helpers = _HELPERS_BY_NUMBER.search(line)  # …负责,其中第(一)项工作由A、B配合,第(三)项工作由C配合
        part = re.search(r"[。.]\s*其中", line)  # …负责落实。其中,高标准农田建设任务由…: a part's own units after
        cut = min(m.start() for m in (helpers, part) if m is not None) if helpers or part else len(line)
        responsibility = parse_responsibility(line[:cut])
        if not responsibility:
            return False
        current = self.current
        parent = current.parent if current.parent is not None else current
        section = parent.parent
        if (
            current.own.isdigit()
            and section is not None
            and section.kind != "root"
            and int(current.own) > len([c for c in parent.children if c.kind == current.kind])
        ):
            # items numbered on through the headings of a section (1.… under (一), 8.… under (三)): the
            # line answers for all the section's items before it, but for none under a heading that
            # names its own units, and never past the section (一、… 二、…)
            covered = [
                c
                for c in section.walk()
                if c.kind == current.kind
                and c.position <= current.position
                and not any(bracket.responsibility for a in c.ancestors() for bracket in a.brackets)
            ]
        else:
            covered = (
                [current]
                if parent.kind == "root"
                and (own_part_only or current.kind in ("cn", "chapter"))
                and (own_part_only or not self._closes_plan(current, e))
                else [c for c in parent.children if c.kind == current.kind and c.position <= current.position]
            )
        before = [c for c in covered if c is not current]
        if (
            before
            and current in covered
            and self.text[s - 1 : s] != "\n"
            and "\n" not in self.text[current.position : s]
            and "\n" in self.text[before[-1].position : current.position]
            and not re.search(r"[两二三四五六七八九十\d]项|各项|全部|所有", line[:cut])  # (上述两项指标由…: both)
        ):
            # 7.健全医疗保障制度。…不低于75%。以上工作由市医保局负责,…: said inside the item's own paragraph,
            # the items above in paragraphs of their own, it names the item's units alone
            covered = [current]
        if not responsibility.lead:
            # 上述指标配合单位:县住建局、…: helpers of each item above, beside whoever leads it
            for item in covered:
                if any(b.responsibility.lead for b in item.brackets):
                    # (…(县住建局牵头),…(县林业局牵头): each of the item's own leads keeps its part)
                    item.brackets[:] = [
                        attrs.evolve(b, responsibility=_helped(b.responsibility, responsibility.support))
                        for b in item.brackets
                    ]
                    continue
                leading = next(
                    (b.responsibility for a in item.ancestors() for b in a.brackets if b.responsibility), None
                )
                item.brackets[:] = [Bracket(s, e, _helped(leading or Responsibility(), responsibility.support))]
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
            self.last_responsibility_end, self.statement = e, ""
            return True
        helping = _helpers_by_number(helpers.group("rest")) if helpers else {}
        for item in covered:
            if not item.brackets:
                heading = next((a for a in item.ancestors() if a.own in helping), None)
                answer = (
                    Responsibility(responsibility.lead, (*responsibility.support, *helping[heading.own]))
                    if heading is not None
                    else responsibility
                )
                item.brackets.append(Bracket(s, e, answer))
                item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]
            elif (
                responsibility.lead
                and any(r.segment == len(item.brackets) for r in item.regions)
                and any(r.segment == len(item.brackets) - 1 and not r.label for r in item.regions)
            ):
                # (二)…改造260公里(责任单位:市城管局,…)。城镇燃气用户…清零。以上工作由市应急局统筹。: the text after
                # the item's last bracket, which closes the text before it, is the statement's, as an item's with no
                # bracket would be (not after 由县卫生健康局牵头,…,实现以下目标:, which opens the text it answers for)
                item.brackets.append(Bracket(s, e, responsibility))
        self.last_responsibility_end, self.statement = e, ""
        return True

    def _closes_plan(self, heading: Node, end: int) -> bool:
        """Whether a statement of the work above ending at ``end`` closes the plan rather than its last
        heading: the plan's last line, under a heading that states no figure (三、加强政府自身建设 …
        以上工作由…牵头督办), so that it answers for every heading above."""
        if not _PLAN_CLOSED.fullmatch(self.text, end):
            return False
        return not any(re.search(r"\d", self.text[r.start : r.end]) for node in heading.walk() for r in node.regions)

    def _read_responsibility(self, s: int, e: int) -> bool:
        """A line that states who answers (牵头单位:…), one statement with the line before when that
        stated units too and no text came between. Whether it stated units (else it is text)."""
        current = self.current
        bare = _BARE_HELPERS_LABEL.match(self.sh, s, e)
        if bare is not None and not all_units(split_units(self.text[bare.start("units") : bare.end("units")])):
            return False  # 配合:做好全镇防汛物资储备工作。: what is done, no units; the line is text
        covered = _ITEMS_COVERED.match(self.sh, s, e)
        if covered is not None:
            # 以上第4-5项责任科室:…: the units answer for the items numbered so (the ones before); 以上第1至3项由A
            # 牵头,…;第4至6项由B牵头,…: each run of numbers its own units
            runs = [covered, *_MORE_ITEMS_COVERED.finditer(self.sh, covered.end(), e)]
            read = False
            for run, following in zip(runs, [*runs[1:], None]):
                end = following.start() if following is not None else e
                read = self._read_covering(int(run.group(1)), int(run.group(2)), run.end(), s, end) or read
            return read
        counted = _LAST_ITEMS_COVERED.match(self.sh, s, e)
        if counted is not None and current.own.isdigit():
            # 4项目标的责任单位均为市发展改革委: the units answer for the four items up to this one
            up_to = int(current.own)
            return self._read_covering(max(1, up_to - int(counted.group(1)) + 1), up_to, counted.end(1) + 1, s, e)
        above = _ALL_ABOVE.match(self.sh, s, e)
        if above is not None and current.parent is not None:
            # 以上目标由县发展和改革局牵头,…按职责分工负责: the units answer for every item before it
            return self._read_all_above(s, e, own_part_only=above.group().strip().startswith("本"))
        same = _SAME_UNITS_LINE.fullmatch(self.sh, s, e)
        if same is not None:
            # 责任单位:同上: the units of the item before answer for this one too (配合单位:同上: its helpers)
            before = self._units_above(current)
            if before is None or current is self.root:
                return False
            answer = Responsibility((), before.support) if same.group("helping") else before
            current.brackets.append(Bracket(s, e, answer))
            self.last_responsibility_end, self.statement = e, ""
            return True
        content = _unwrapped(self.text[s:e])  # names as written
        content = _SHARING_LABEL.sub("", content, count=1) if _SHARING_LABEL.match(content) else content
        if self.pending_label >= 0:
            # 责任单位: on the line before; a label without its colon (a table's cell a line) given one
            label = self.text[self.pending_label : s].strip()
            content = label + ("" if label.endswith((":", "：")) else "：") + content
        last = current.brackets[-1] if current.brackets else None
        previous = (
            last
            if last is not None
            and last.end == self.last_responsibility_end
            and not (current.regions and current.regions[-1].start > last.end)  # (regions come in order)
            # (空气质量类指标由A牵头,…。 then 水环境质量类指标由B牵头,…。: a duty of its own topic each)
            and not (_TOPIC_LED.match(content) and _TOPIC_LED.match(self.text, last.start, last.end))
            else None
        )
        if previous is not None:
            # 牵头单位:… on one line and 责任单位:… on the next are one statement (a line of people
            # between them, 项目责任人:…, no part of it)
            content = (self.statement or _unwrapped(self.text[previous.start : previous.end])) + ";" + content
        responsibility = parse_responsibility(content)
        if not responsibility:
            return False
        if previous is not None:
            current.brackets[-1] = Bracket(previous.start, e, responsibility)
        else:
            current.brackets.append(Bracket(s, e, responsibility))
        self.last_responsibility_end, self.statement = e, content
        self.last_stated = responsibility
        return True


#: A line of units marked with their lead, closed by a colon (which unit_headed_items may have made the line's end),
#: over an item's targets (县教育局(牵头)、县住建局、岚桥镇人民政府:).
_UNITS_LINE_COLON: Final = re.compile(
    r"[ \t\u3000]*(?P<units>[^:：。;；\d\n]{2,40}?\((?:牵头|主责|主办)\)[^:：。;；\d\n]{0,120}?)[ \t\u3000]*[:：]?[ \t\u3000]*"
)
#: A bare label of helpers opening a line, and what follows it (协助:综合信息中心、各村(社区)。).
_BARE_HELPERS_LABEL: Final = re.compile(r"\s*(?:配合|协助|协办)\s*:(?P<units>[^;。\n,，]*)")
#: The units after a line's last label, then blanks and the text the line goes on with (…责任单位:各县区政府
#: 第14件建成62所农村寄宿制学校…): a page that ran a table's cells and the next item's text into one line.
_UNITS_THEN_TEXT: Final = re.compile(r":[ \t]*(?P<units>[^\s:;。,]{2,80}?)[ \t]+(?=(?P<rest>[^\n:]{10,}))")


#: A unit's name after blanks, in a run of them parted by blanks (县教育局 县财政局 县住建局).
_BLANK_PARTED_NAME: Final = re.compile(r"(?P<name>[^\s:;。,()]{2,40})[ \t]*")
#: What may close a line of units: a deadline, in brackets or labelled (…(12月底前), 完成时限2026年12月).
_DEADLINE_ALONE: Final = re.compile(
    r"[ \t]*(?:\(?[^()\n]{0,6}?(?:20\d{2}年)?\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前)?\)?|(?:完成)?时限:?\s*[^\n]{2,20})[ \t]*"
)


def _units_end(sh: str, start: int, end: int) -> int:
    """Where the units of a line stating who answers end, when the line goes on after a blank, or after the
    units' 。, with text that has a sentence's end or a figure (and no label of its own); else the line's end."""
    colon = sh.rfind(":", start, end)
    if colon < 0:
        return end
    opening = _OPENING_BRACKET.match(sh, start, end)
    if opening is not None:
        # (牵头科室:体改股;配合科室:医政股)推进医共体提质增效。…: the units in the bracket opening the line, then the
        # text of the item's targets
        close = _closing_bracket(sh, opening.end(), end)
        return close + 1 if 0 <= close < end - 1 and sh[close + 1 : end].strip() else end
    stop = sh.find("。", colon, end)
    if 0 <= stop < end - 1 and re.search(r"\d", sh[stop + 1 : end]):
        # 牵头单位:X;责任单位:Y。引进…项目10个以上。: the units to their 。, then the text of the item's targets
        names = split_units(sh[colon + 1 : stop])
        if names and all(looks_like_unit(name) for name in names):
            return stop + 1
    match = _UNITS_THEN_TEXT.match(sh, colon, end)
    if match is None or not all(looks_like_unit(name) for name in split_units(match["units"])):
        return end
    rest = match.start("rest")
    while rest < end:  # 县教育局 县财政局 县住建局: units parted by blanks, each a name
        name = _BLANK_PARTED_NAME.match(sh, rest, end)
        if name is None or not all(looks_like_unit(n) for n in split_units(name["name"])):
            break
        rest = name.end()
    if rest >= end or not re.search(r"[。\d]", sh[rest:end]) or _DEADLINE_ALONE.fullmatch(sh, rest, end):
        return end  # (责任单位: 县教育局 县财政局 (12月底前): the units and their deadline, no text going on)
    return rest


def _closing_bracket(sh: str, start: int, end: int) -> int:
    """Where the bracket opened just before ``start`` closes, brackets inside it passed over ((责任单位:各县(市、区)人民政府)),
    or -1 if it does not close before ``end``."""
    depth = 1
    for found in _BRACKET.finditer(sh, start, end):
        depth += 1 if found.group() == "(" else -1
        if depth == 0:
            return found.start()
    return -1


#: A line holding only units' names in 【】 (【县发改局】, 【县工业和信息化局】).
_UNIT_TAG_LINE: Final = re.compile(r"【(?P<units>[^【】\n\d:：,，。;；]{2,40})】")
#: A bracket, opening or closing (in the shadow, where every bracket is ASCII).
_BRACKET: Final = re.compile(r"[()]")
#: A bracket opening a line (the shadow writes every bracket as ASCII).
_OPENING_BRACKET: Final = re.compile(r"[ \t\u3000]*\(")
#: A line saying who does the items after it, closed by a colon (县住建局负责:, 由县教育局牵头、县财政局
#: 配合:, 由县文广旅体局牵头、县商务局配合,力争实现:, 县卫生健康局负责以下重点工作:).
_LEADS_LIST: Final = re.compile(
    rf"\s*(?P<who>由?[^,，;；。:：\d]{{2,40}}?(?:负责|牵头)(?:[、,，][^;；。:：\d]{{2,80}}?(?:{HELPING}))?|{WORK_BELOW})"
    r"(?:组织实施|落实|实施|(?:以下|下列|如下)(?:重点|主要)?(?:工作|任务|事项))?(?:[,，][^;；。:：\d]{0,12})?\s*[:：]\s*"
)
#: Labels inside a unit cell (牵头:… 配合:…), each followed by its units.
_CELL_LABELS: Final = re.compile(rf"(?:^|[、,;，；\s])(?:牵头(?:单位)?|(?:{HELPING})(?:单位)?)\s*[:：]")
#: The units that help said in brackets in a unit's cell (区民政局(区残联配合)).
_BRACKETED_HELPERS: Final = re.compile(
    rf"[(（][^()（）]+?(?:{HELPING})\s*[)）]|[(（]\s*(?:{HELPING})(?:单位|部门)?\s*[:：]"
)
#: A cell's line opened by the label of helpers (配合：…, 配合单位:…).
_HELPERS_LABEL_OPENING: Final = re.compile(rf"\s*(?:{HELPING})(?:单位|部门)?\s*[:：]\s*")
#: A remark naming the units that help with a row (备注 | 配合单位:区统计局、区市场监督管理局).
_HELPERS_NOTED: Final = re.compile(rf"\s*(?:{HELPING})(?:单位|部门)\s*:\s*")
#: Units set apart at a line's end after its statement, by a tab or two blanks or more (…左右。\t县发改局).
_UNITS_COLUMN: Final = re.compile(r"[。;；](?:\t|[ \u3000]{2,})\s*(?P<units>[^\t\n。;；:：\d]{2,80}?)\s*$", re.M)
#: A line's last clause naming the units that help with it (…,区统计局、柘湾经济开发区管委会配合;).
_TRAILING_HELP: Final = re.compile(
    r"([,，。])\s*(?P<units>(?:[^,，;；。.\d:：()（）]|\([^()\n\d]{1,6}\)){2,80}?)(?:按职责(?:分工)?)?(?:积极|密切|主动|全力|大力|共同)?"
    rf"(?:{HELPING})(?:推进|实施|落实|完成|做好{HELPERS_PART}|{HELPERS_PART})?\s*[;；。.]?"
    r"(?:\s*\([^()\n:]{0,8}?(?:领导|负责人|责任人|镇长|乡长|县长|区长|书记)\s*:[^()\n]{1,30}\)\s*[。.]?)?\s*(?:\n|$)"
)
# (…。各村(社区)党组织配合。(分管领导:周立军), (分管副镇长:…): the leader's bracket after the helpers, no part of them;
# (…。市财政局、市残联按职责分工配合。: a sentence of helpers closing an item that opens with its lead;
#    …。区住建局、区财政局配合做好项目建设和资金保障。: with the part they see to)
#: How far above a matrix's header its legend may stand (in the table's title: (★为牵头单位,○为配合单位)).
_LEGEND_ABOVE: Final = 200
#: A numbered item opening a line ((1)…, 1.…, ①…), after blanks.
#: A heading under a heading opening the next line ((一)…, (二)…), after a line of who does its items.
_SUB_HEADING_OPENING: Final = re.compile(r"\s*[(（][一二三四五六七八九十]{1,3}[)）]")
#: A line naming helpers alone, in brackets ((配合单位:县交通运输局、县商务局)), between a unit's line and its items.
_HELPERS_LINE: Final = re.compile(
    r"\s*[(（]\s*(?:配合|协办|协同|协助|参与)(?:单位|部门)\s*[:：][^()（）\n]{2,80}[)）][ \t\u3000]*(?=\n)"
)
_ITEM_OPENING: Final = re.compile(r"\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}[.、]|[①②③④⑤⑥⑦⑧⑨⑩]|\([一二三四五六七八九十]{1,3}\))")
#: Kinds of heading that mark an item's sub-items (①…, (1)…).
SUB_ITEM_KINDS: Final = ("circled", "ar-paren")
#: Kinds of heading that number items (1., (1), ①), under which a unit heading its own items stands beside.
_ITEM_KINDS: Final = ("ar", "ar-paren", "circled")
#: A line giving the items above their leads one each, in order (以上十件实事分别由市教育局、市卫生健康委、…
#: 牵头负责,市财政局、各县(市、区)人民政府配合实施).
_RESPECTIVE_LEADS: Final = re.compile(
    r"\s*(?:以上|上述)[^。,;由\n]{0,12}?分别由(?P<leads>[^。;,\n]{2,400}?)(?:牵头)?(?:负责)?(?:组织实施|实施|落实)?"
    rf"(?:,(?P<support>[^。;\n]{{2,200}}?)(?:{HELPING})(?:实施|推进|落实)?)?[。.]?\s*"
)
#: Where a line states the units of several items before it: 以上第4-5项(责任科室:…).
_ITEMS_COVERED: Final = re.compile(r"\s*(?:以上|上述)第?(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})项(?:工作|任务|目标)?\s*")
#: A further run of numbers in such a line, after a ; (…;第4至6项由县卫生健康局牵头).
_MORE_ITEMS_COVERED: Final = re.compile(r"[;；]\s*第?(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})项(?:工作|任务|目标)?\s*")
#: The helpers a line over all the items above names for some headings by number (以上工作由区农业农村局
#: 负责,其中第(一)项工作由区财政局配合,…).
_HELPERS_BY_NUMBER: Final = re.compile(r"[,;，；]\s*其中(?P<rest>第[(（][一二三四五六七八九十]{1,3}[)）]项.*)$")
_HELPER_CLAUSE: Final = re.compile(
    r"第(?P<numbers>(?:[(（][一二三四五六七八九十]{1,3}[)）]、?)+)项(?:工作|任务)?由(?P<units>[^,;，；。]+?)"
    r"(?:配合|协助|参与|协同)"
)


def _helpers_by_number(text: str) -> dict[str, tuple[str, ...]]:
    """The helpers each heading's number is given (第(一)项工作由A、B配合,第(三)(四)项工作由C配合):
    the heading's own ((一)) -> the units."""
    helping: dict[str, tuple[str, ...]] = {}
    for clause in _HELPER_CLAUSE.finditer(text):
        units = tuple(split_units(clause.group("units")))
        for number in re.findall(r"[一二三四五六七八九十]{1,3}", clause.group("numbers")):
            helping[f"({number})"] = units
    return helping


#: Where a line states the units of all the items before it under their heading (以上目标由…牵头,
#: 以上控制指标由…, 本部分工作由…).
_ALL_ABOVE: Final = re.compile(
    rf"\s*{ITEMS_ABOVE}(?:均|都)?(?=由|[^。,;\n]{{2,40}}?牵头|的?(?:配合|协办|协助|参与)(?:单位|部门)\s*[:：])"
)  # (上述指标配合单位:…: the helpers of every item above, beside the units that lead them)
#: Where a line states the units of as many items as it counts, up to the one before (4项目标的责任单位均为…).
_LAST_ITEMS_COVERED: Final = re.compile(
    r"\s*(?:以上|上述)?(\d{1,2})项(?:目标|指标|任务)?的?(?=(?:责任|牵头)(?:单位|部门)(?:均|都)?为)"
)


#: A heading naming the role of the units listed under it ((一)牵头单位, (二)配合单位, 责任单位): lead, or help.
_ROLE_HEADING: Final = re.compile(
    rf"(?:(?:牵头|主责|主办|责任)|(?P<helping>{HELPING}))(?:责任)?(?:单位|部门|科室|处室|股室|站所)[:：]?"
)
#: The title of the plan's section of duties (责任分工, 职责分工, 任务分工): units listed under it with bare item
#: numbers lead those items.
_DUTY_SECTION_TITLE: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:责任|职责|任务|工作)分工(?:及要求)?")
#: The marker of a duty section's line, if any ((一), 1., 一、), no part of the unit's name.
_DUTY_MARKER: Final = r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)?\s*"
#: An item's number as a duty section gives it: 3, or a heading's (三).
_DUTY_NUMBER: Final = r"(?:\d{1,3}|[(（][一二三四五六七八九十]{1,3}[)）])"
#: Item numbers as a duty section lists them (第1、3、5项, 第9至13项和第20项, 第(六)(七)项).
_DUTY_NUMBERS: Final = (
    rf"第?{_DUTY_NUMBER}(?:项?\s*(?:[、,，]|和|及|至|[-—~－])\s*第?{_DUTY_NUMBER}|(?<=[)）]){_DUTY_NUMBER})*项"
)
#: How a unit does its part, after the items' numbers (,负责本辖区具体实施): nothing numbered.
_DUTY_REMARK: Final = r"(?:[,，]\s*并?\s*(?:负责|做好|抓好|统筹|协调|指导|督促|会同)[^;；。第]{2,40}?)?"
#: A character of a unit's name on a duty line, or a bracketed part of it (各县(市、区)人民政府).
_DUTY_NAME: Final = r"(?:[^,，;；。:：\d第()（）、]|[(（][^()（）\d第,，;；。]{1,8}[)）])"
#: A line of a duty section: a unit, the items it leads by number, those it helps with (区发展改革局牵头
#: 负责第1、2、3项,配合第6、8项工作; 区统计局配合第1、2项工作).
_DUTY_BY_NUMBER: Final = re.compile(
    rf"\s*{_DUTY_MARKER}(?P<unit>{_DUTY_NAME}{{2,60}}?(?:、{_DUTY_NAME}{{2,30}}?)*)\s*[:：]?\s*"
    rf"(?:(?:牵头)?负责|牵头)(?:落实|推进|实施)?(?P<leads>{_DUTY_NUMBERS})(?:工作|任务)?"
    rf"(?:[,，;；]\s*(?:{HELPING})(?P<helps>{_DUTY_NUMBERS})(?:工作|任务)?)?{_DUTY_REMARK}\s*[。;；.]?\s*"
    rf"|\s*{_DUTY_MARKER}(?P<helper>(?:{_DUTY_NAME}|、){{2,60}}?)\s*[:：]?\s*(?:{HELPING})(?P<helps_too>{_DUTY_NUMBERS})(?:工作|任务)?"
    rf"{_DUTY_REMARK}\s*[。;；.]?\s*"
    # 县交通运输局:第1项, 县住房和城乡建设局:第2、3、10项 under a heading (一)牵头单位 or (二)配合单位: the heading
    # says what the unit does
    rf"|\s*{_DUTY_MARKER}(?P<listed>(?:{_DUTY_NAME}|、){{2,60}}?)\s*[:：]\s*"
    # (县发改局:第1、3项,第9项中的能耗指标(县统计局配合);: a part of an item is read with no number, a line of parts
    # alone too (市生态环境局梧川分局:第9项中的PM2.5指标); the bracket's helpers help with the unit's items)
    rf"(?:(?P<bare>{_DUTY_NUMBERS})(?:[,，]\s*第?{_DUTY_NUMBER}项中的[^()（）;；。,，\n]{{1,16}})?"
    rf"|第?{_DUTY_NUMBER}项中的[^()（）;；。,，\n]{{1,16}})"
    rf"(?:\s*[(（](?P<bare_helps>[^()（）\n]{{2,60}}?)(?:{HELPING})[)）])?\s*[。;；.]?\s*"
)


#: A paragraph opening with its units in 【】, its text right after (【党政办】统筹全镇…).
_UNITS_OPENING: Final = re.compile(r"[ \t\u3000]*【(?P<units>[^【】\n]{2,40})】(?=[^\s|])")


def _units_alone(named: str) -> bool:
    """Whether words name units and nothing else (党政办, 县发改局、县财政局; not 聚焦两会, 加油干!…两会)."""
    names = split_units(named)
    return bool(names) and all(
        looks_like_unit(n) and BODY_NAME_END.search(n) and _unit_cell(n) and not re.search(r"[!！?？·]", n)
        for n in names
    )


#: A line giving items by number their units after a colon (第1-3项:镇经发办牵头,镇财政所、镇统计站配合。).
_DUTY_OF_ITEMS: Final = re.compile(
    rf"\s*(?P<numbers>{_DUTY_NUMBERS})(?:工作|任务|目标)?\s*[:：]\s*[^:：\n]{{2,120}}?(?:{HELPING}|牵头|负责)(?:落实|实施)?\s*[。;；.]?\s*"
)
#: The label of a line of several duties by number (责任分工:…, 职责分工:…).
_DUTIES_LABEL: Final = re.compile(r"\s*(?:责任分工|职责分工|任务分工|分工)\s*[:：]\s*")
#: A part of such a line naming helpers of every item (区统计局配合全部指标, 各街道配合各项工作).
_HELPS_WITH_ALL: Final = re.compile(
    rf"\s*(?P<units>{_DUTY_NAME}{{2,60}}?(?:、{_DUTY_NAME}{{2,30}}?)*)\s*(?:{HELPING})(?:全部|各项|所有|以上|上述)"
    r"(?:指标|任务|工作|目标|事项)?\s*"
)


def _duty_numbers(listed: str) -> list[str]:
    """The item numbers a duty line lists (第9至13项和第20项: 9 to 13, and 20), as written; a heading's
    number in brackets as the heading's own (第(六)(七)项: (六), (七))."""
    numbers: list[str] = []
    for first, last, heading, last_heading in re.findall(
        r"(\d{1,3})(?:\s*(?:至|[-—~－])\s*第?(\d{1,3}))?"
        r"|[(（]([一二三四五六七八九十]{1,3})[)）](?:项?\s*(?:至|[-—~－])\s*第?[(（]([一二三四五六七八九十]{1,3})[)）])?",
        listed,
    ):
        if heading:  # 第(一)至(八)项: each heading from the first to the last
            ends = [cn_integer(heading), cn_integer(last_heading or heading)]
            if None in ends:
                continue
            low, high = sorted(n for n in ends if n is not None)  # 第(八)至(一)项: the same headings
            numbers.extend(f"({cn_numeral(n)})" for n in range(low, high + 1))
            continue
        low, high = sorted((int(first), int(last) if last else int(first)))  # 第13至9项: the same items
        numbers.extend(str(n) for n in range(low, high + 1))
    return numbers


def _has_heading(sh: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the plan has numbered headings (then its preamble states no milestones)."""
    return any(_heading(sh, *strip_span(sh, a, b)) is not None for a, b in lines if b > a)


_CELL_LINE: Final = re.compile(r"[^|\n]*\|\|?\s*$")


def _cell_run(sh: str, lines: list[tuple[int, int]], index: int) -> int:
    """How many lines from ``index`` hold one table cell each (``主要任务 |``), or 0 for fewer than 6."""
    count = 0
    while index + count < len(lines) and _CELL_LINE.fullmatch(sh, *lines[index + count]):
        count += 1  # (no slice of the lines: a copy per line would make the reading quadratic)
    return count if count >= 6 else 0


def _one_cell_per_line_table(
    text: str, sh: str, lines: list[tuple[int, int]], index: int, run: int, parent: Node
) -> int:
    """A table flattened to one cell per line: header cells, then rows that start at a serial number.

    Returns the index of the first line after the table, or ``index`` when the run is no table.
    """
    spans = []
    for start, end in lines[index : index + run]:
        bar = sh.index("|", start, end)
        spans.append(strip_span(sh, start, bar) if bar > start else (start, start))
    # rows open at serial numbers counting up (1, 2, 3 …): a figure in a cell (626, 4) opens none
    serials: list[int] = []
    first_serial = 1
    for i, (a, b) in enumerate(spans):
        if re.fullmatch(r"\d{1,3}", sh[a:b]) and (not serials or int(sh[a:b]) == len(serials) + first_serial):
            if not serials:
                first_serial = int(sh[a:b])
            serials.append(i)
    if not serials or serials[0] < 2:
        return index
    header = [re.sub(r"\s+", "", sh[a:b]) for a, b in spans[: serials[0]]]
    if sum(bool(_HEADER_WORDS.match(h)) for h in header) < 2:
        return index
    last_units: dict[int, list[str]] = {}
    bounds = serials + [len(spans)]
    for first, after in zip(bounds, bounds[1:]):
        _table_row(text, sh, spans[first:after], header, last_units, parent)
    return index + run


#: Lines of a page's frame, never a title: a breadcrumb (首页 > 规划计划), the paper's head, a 文号.
_NOT_TITLE: Final = re.compile(
    r">|»|首页|当前位置|您的位置|文件$|〔\d{4}〕|\[\d{4}\]|\d+号$|索引号|发布机构|来源|浏览|"
    r"二维码|长按|扫码|点击|[↓↑→]"  # 长按下面二维码↓查看最新实事进展↓: a page's call to its reader
)


#: A place or source named before a reposted title (黑龙江:关于印发《…》的通知).
_TITLE_PREFIX: Final = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：](?=关于|《)")


def _looks_like_title(line: str) -> bool:
    line = _TITLE_PREFIX.sub("", line)
    return (
        4 <= len(line) <= 80
        and not re.search(r"[,。;?]|^\d{1,2}[.、]|:", line)
        and bool(_TITLE_WORDS.search(line))
        and "|" not in line
        and not _NOT_TITLE.search(line)
    )


#: A point after the first on the same line (…。二是…).
_NEXT_POINT: Final = re.compile(rf"[。;]\s*[{_CN_NUM}]{{1,2}}是")
#: A point's own statement of who answers for it (由市教育局牵头实施,…配合; 区发改局要牵头…).
_ANSWERS_ON_LINE: Final = re.compile(r"牵头|配合|负责|责任(?:单位|部门|科室|股室)")


def _answers_on_line(sh: str, text: str | None, start: int, end: int) -> bool:
    """Whether the line from ``start`` says who answers for it: in ``text``, the original, up to its real
    line end (the shadow may end the line before 由…牵头实施, a statement of units read on its own)."""
    if text is None:
        return _ANSWERS_ON_LINE.search(sh, start, end) is not None
    line_end = text.find("\n", start)
    return _ANSWERS_ON_LINE.search(text, start, len(text) if line_end < 0 else line_end) is not None


#: A year or quoted words in a title (实施2026年教育提质工程, “5G+智慧教育”工程): no figure of its work.
_QUOTED_OR_YEAR: Final = re.compile(r"20\d{2}\s*年|“[^”]*”|\"[^\"]*\"")
#: A figure with its measure (1080个, 3所, 95%): the work stated, not titled.
_FIGURE_MEASURED: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[个所家项座套人户名张条处台辆万亿米亩吨元])")


def _states_on_its_line(rest: str) -> bool:
    """Whether the words after a project's number (实事一:…) state its work on the line, sentences or figures,
    rather than title it: a title and its units in brackets (扩充优质教育资源(牵头单位:…;协办单位:…)) do not."""
    if not re.search(r"[。;]", rest):
        return False
    title = _QUOTED_OR_YEAR.sub("", _BRACKETED.sub("", rest)).rstrip(" 。.")
    return bool(re.search(r"[。;]", title) or _FIGURE_MEASURED.search(title))


def _heading(sh: str, s: int, e: int, text: str | None = None) -> tuple[str, str, int] | None:
    """The kind, own number and body's start of a heading line at sh[s:e]; ``text`` (the original, whose
    lines the shadow may have split at a statement of units) shows a point's whole line."""
    for kind, pattern in _HEADINGS:
        match = pattern.match(sh, s, e)
        if match is None or match.end() >= e:
            if match is not None and match.end() >= e:
                return None  # a marker alone on a line is no heading
            continue
        token = match.group(1)
        if kind == "cn" and sh[match.end() : match.end() + 1] == "是":
            continue
        if kind == "shi" and (_NEXT_POINT.search(sh, match.end(), e) or not _answers_on_line(sh, text, match.end(), e)):
            # 一是…。二是…。三是…: the points of one paragraph, read as its text; a point that names no one
            # (一是稳增长。 over 1./2. items; 二是新增绿道8公里。(区城管局) answering for the point above too)
            # stays the text of its heading, as it was
            continue
        if kind == "named" and _states_on_its_line(sh[match.end() : e]):
            continue  # 实事二:开工建设…。实施…: an item stating its targets on its line, no heading over parts
        own = {"cn-paren": f"({token})", "ar-paren": f"({token})", "chapter": f"第{token}", "shi": f"{token}是"}.get(
            kind, token
        )
        return kind, own, match.end()
    return None


def _heading_text(text: str, sh: str, node: Node, start: int, end: int) -> None:
    """Split a heading line into its label (title) and body. A point numbered in words (一是…) has no
    label: its first sentence states what is to be done as the rest does (七是基本消除…盲点盲区。)."""
    if node.kind == "shi":
        node.title = _short_title(text, sh, start, _first_sentence_end(sh, start, end))
        _add_text(text, sh, node, start, end, True)
        return
    first_end = _first_sentence_end(sh, start, end)
    first = strip_span(sh, start, first_end)
    after = strip_span(sh, min(first_end + 1, end), end)
    first_text = sh[first[0] : first[1]]
    rest_text = sh[after[0] : after[1]] if after[1] > after[0] else ""
    only_bracket = _only_bracket(_SCORE_AFTER.sub("", rest_text))  # (配合单位:…)(分值:3分): units alone
    short = len(first_text) <= 40 and not re.search(r"[,;:]", first_text) and not _DATED.match(first_text)
    if short and (not rest_text or not only_bracket):
        node.title = text[first[0] : first[1]].rstrip("。.")
        before = len(node.regions)
        _add_text(text, sh, node, first[0], first[1], False, label=True)
        if _STRIVING.match(first_text) or _FIGURE_STATED.search(first_text):
            # 10.力争新增规上企业25家。… / 2.改造老旧小区5个。完成时限:…: a target, unless items follow
            node.regions[before:] = [attrs.evolve(r, claims=True) for r in node.regions[before:]]
        if rest_text:
            _add_text(text, sh, node, after[0], after[1], True)
        return
    node.title = _short_title(text, sh, first[0], first[1])
    _add_text(text, sh, node, start, end, True)


#: An item's score in brackets at its end ((分值:3分), (4分)): how it is weighed, nothing it states.
_SCORE_AFTER: Final = re.compile(rf"{SCORE}[\s。.;]*$")


def _only_bracket(rest: str) -> bool:
    """Whether what follows a heading's first sentence is a responsibility bracket (brackets may nest:
    (牵头单位:市发改委;责任单位:各县(市、区)人民政府)), or a bracket the text breaks off."""
    if not rest.startswith("("):
        return False
    depth = 0
    for i, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                whole = not rest[i + 1 :].strip(" 。.;")
                return bool(MARKERS.search(rest)) and (whole or rest.rstrip(")").count("(") <= 1)
    return True


def _first_sentence_end(sh: str, start: int, end: int) -> int:
    depth = 0
    for i in range(start, end):
        ch = sh[i]
        if ch in "(“《":
            depth += 1
        elif ch in ")”》" and depth:
            depth -= 1
        elif ch == "。" and depth == 0:
            return i
    return end


def _short_title(text: str, sh: str, start: int, end: int) -> str:
    match = re.search(r"[,;:(]", sh[start:end])
    stop = start + match.start() if match else end
    title = text[start:stop].strip().rstrip("。.")
    return title[:40]


def _add_text(text: str, sh: str, node: Node, start: int, end: int, milestones: bool, *, label: bool = False) -> None:
    """Add text to a node, cutting out the brackets that state responsibility. A sentence of helpers
    closing it (…。配合:X、Y。) helps the units in 【】 that opened the item, when its first sentence
    was its title (3.【市商务局】新增限上企业50家。配合:…)."""
    if len(node.brackets) == 1 and text[node.brackets[0].start] == "【":
        opened = node.brackets[0].responsibility
        helpers = closing_helpers(sh, start, end, text) if opened.lead and not opened.support else None
        if helpers is not None:
            node.brackets[0] = attrs.evolve(node.brackets[0], responsibility=Responsibility(opened.lead, helpers[1]))
            end = helpers[0]
    begin = start
    for b_start, b_end, responsibility in find_brackets(sh, start, end, text):
        if label and sh[b_start : b_start + 1] not in ("(", "（") and not sh[start:b_start].strip():
            continue  # (6.乡镇区域性养老服务中心。: an item's title alone, no units closing a line after its sentence)
        if b_start > begin:
            deadline = _bracket_deadline(text, b_start, b_end)
            node.regions.append(Region(begin, b_start, milestones, len(node.brackets), label, deadline=deadline))
        node.brackets.append(Bracket(b_start, b_end, responsibility))
        begin = b_end
    if end > begin:
        s, e = strip_span(sh, begin, end)
        if e > s:
            node.regions.append(Region(s, e, milestones, len(node.brackets), label))


#: A deadline a bracket of units states beside them (责任单位:…,完成时限:2023年6月): what the text before the
#: bracket is due by.
_BRACKET_DEADLINE: Final = re.compile(
    r"(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)\s*[:：]\s*"
    r"(?P<date>(?:(?:20\d{2}\s*年\s*)?(?P<month>1[0-2]|0?[1-9])\s*月(?:\d{1,2}\s*日)?(?:底|末|份)?|(?:20\d{2}\s*)?年[底末])"
    r"(?:前|以前)?)(?![\d至-])"
)


def _bracket_deadline(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The date a bracket of units gives as its item's deadline, and its month (2023年6月, 6)."""
    found = _BRACKET_DEADLINE.search(text, start, end)
    if found is None:
        return None
    return found.group("date"), int(found.group("month")) if found.group("month") else 12


#: A heading naming progress itself (主要进展, 主要项目进展, 重点项目进展), not a goal or a task about it
#: (取得新进展, 推动…建设进展).
_PROGRESS_HEADING: Final = r"(?:总体|主要|整体)(?:项目|工作)?进展$|^(?![^,;。]*(?:推动|加快|推进|促进|取得|实现|加速))[^,;。]{0,8}?(?:项目|建设)进展$"
_REVIEW_SECTION: Final = re.compile(
    r"回顾|执行情况|完成情况|进展情况|(?<![测控调督])运行情况$|"
    + _PROGRESS_HEADING
    + r"|工作总结|基本情况|发展现状|现状|成效(?=$|[与和及、])|存在问题|^(?:当前|目前|主要)?(?:存在|面临)的(?:主要)?问题|主要问题|"
    r"问题和不足|困难和问题|^(?:重大意义)$|"
    # 一、工作开展情况 / 二、存在的困难 of a reply to a deputy's suggestion: what was done, what stands in the way
    r"^(?:工作|前期工作|办理工作)?开展情况$|^(?:当前|目前|主要)?(?:存在|面临)的(?:主要)?(?:困难|不足)"
)
#: (成效 closes the heading of a look back, 主要成效, 成效与问题; before 明显 a goal: 绿色转型成效明显.)
#: Sections of principles and safeguards: they state no deliverables (加强组织领导 is none), but a
#: figure there is a target all the same (全年举办各类招聘活动不少于40场).
_PRINCIPLE_SECTION: Final = re.compile(
    r"^(?:指导思想|基本原则|保障措施|保障机制|组织领导|组织保障|工作要求|加强领导)$"
    # a notice's charges to the offices (一、压实工作责任 二、强化督导考核): how the work is driven, no task
    r"|^(?:压实|压紧压实|明确|落实)(?:工作)?责任$|^(?:强化|加强|严格)(?:督导|督查|督办|调度|考核|跟踪)(?:督办|考核|问效|问责|通报)?$"
    r"|^(?:提高|统一)(?:思想)?认识$"
)


#: A section on the ground already covered: 发展基础, 工作基础, 2025年工作基础, 现实基础和面临形势. A task
#: to strengthen a foundation (夯实发展基础, 筑牢安全基础) or a heading on infrastructure (基础设施) is no
#: such section: the title must end at 基础 (or 基础和形势) and not open with a verb.
_GROUND_SECTION: Final = re.compile(
    r"^(?!夯实|筑牢|打牢|打好|巩固|强化|加强|厚植|奠定|构筑|筑|夯|稳固|提升|完善|做实|增强)"
    r"[^,;。]{0,12}基础(?:(?:和|与|及)(?:面临的?)?(?:形势|条件|现状|挑战|机遇))?$"
)
#: Words that, after a year before the plan year, make a heading look back (2025年工作, 2025年主要成效).
_PAST_YEAR_SECTION: Final = re.compile(
    r"(20\d{2})\s*年(?:度)?[^,;。]{0,8}?(?:工作|基础(?!上)|成效|成绩|回顾|情况|总结|进展)"
)


#: A heading that joins what is ahead to its look back (存在问题及下半年打算, 2024年工作总结和2025年工作
#:安排): its section states targets too.
_AHEAD_IN_TITLE: Final = re.compile(
    r"(?:及|和|与|暨|、|并)[^,;。]{0,6}?(?:下半年|下步|下一步|下阶段|明年|今后|后续|来年|20\d{2}\s*年)"
    r"[^,;。]{0,6}?(?:打算|计划|安排|思路|措施|举措|重点|目标)"
    r"|(?:及|和|与|暨|、|并)(?:主要|总体|发展)?目标(?:任务)?$"  # 现状与目标: the targets follow the state
)


def _looks_back(title: str) -> bool:
    if _AHEAD_IN_TITLE.search(title):
        return False
    return bool(_REVIEW_SECTION.search(title) or _GROUND_SECTION.search(title))


#: A section on progress against this year's targets (总体进展情况, 推进情况): it may restate them; one on
#: last year's (上年度目标任务执行情况) restates last year's, which are no targets of this plan.
_PROGRESS_SECTION: Final = re.compile(
    r"进展情况|推进情况|完成情况|执行情况|"
    + _PROGRESS_HEADING
    + r"|(?:上半年|前三季度|第?[一二三]季度|1-\d{1,2}月)(?:工作)?总结"  # 上半年工作总结: this year's so far
)
_LAST_YEAR: Final = re.compile(r"上年|去年|上一年|前一年|以往|往年")
#: A paragraph that restates the targets, whatever section it is in: 年度目标:…, 全年目标任务:…
_STATED_TARGETS: Final = re.compile(r"(?m)^[ \t\u3000]*(?:年度|全年|工作|主要)?目标(?:任务)?[:：]")


#: Words of a row's cell that tell what was done (已投入试运行, 截至6月底, 实际完成).
_DONE_WORDS: Final = re.compile(r"已|截至|截止|实际完成|累计完成")


def _states_ahead(row: Node, sh: str) -> bool:
    """Whether a row's text states what is to be done, with no word telling what was done."""
    return bool(row.regions) and not any(_DONE_WORDS.search(sh, r.start, r.end) for r in row.regions)


def _drop_reviews(node: Node, sh: str) -> None:
    """Sections that look back (工作回顾, 执行情况, 发展基础) report figures already reached, not targets;
    those that state principles (指导思想, 基本原则, 保障措施) are read for figures only.

    A section on this year's progress keeps the paragraphs that restate its targets (年度目标:…,
    each followed by 进展情况:… in a 通报); the rest of it reports."""
    kept = []
    settled: list[Node] = []  # sections cut down to the targets their items restate: judged once
    for child in node.children:
        this_years_progress = bool(_PROGRESS_SECTION.search(child.title)) and not _LAST_YEAR.search(child.title)
        # a table row is a task, whatever its name says (黑臭水体整治成效不稳定 is a problem to fix)
        if child.kind == "row" or not _looks_back(child.title):
            kept.append(child)
        elif this_years_progress and any(part.reported for part in child.walk()):
            # its items restate their targets, each before its report (…4.7万人次以上。完成情况:…)
            kept.append(child)
        elif this_years_progress and _keep_restated_items(child, sh):
            kept.append(child)  # 1.引进…项目不少于3个。上半年,引进…: each item's target, its report cut off
            settled.append(child)
        elif this_years_progress and _keep_stated_targets(child, sh):
            kept.append(child)  # 年度目标:… paragraphs, each before its report
        elif this_years_progress and _keep_year_clauses(child, sh):
            kept.append(child)  # 全年目标新改建农村公路85公里,上半年已完工41公里: the year's clause alone
            settled.append(child)
        elif (
            _PROGRESS_SECTION.search(child.title)
            and not _LAST_YEAR.search(child.title)
            and any(part.kind == "row" and (part.indicators or _states_ahead(part, sh)) for part in child.walk())
        ):
            # a table of the year's targets beside what is done (指标名称 | 年度目标 | 上半年完成, 项目内容 |
            # 年度完成情况): its rows state the targets, their columns of what is done cut off already;
            # the section's own text reports, and so does a row whose cells tell what was done (建成…,已
            # 投入试运行)
            for part in child.walk():
                if part.kind != "row" or not _states_ahead(part, sh):
                    part.regions[:] = []
            kept.append(child)
    node.children[:] = kept
    for child in node.children:
        if child.kind != "row" and _PRINCIPLE_SECTION.search(child.title):
            for part in _outside_rows(child):
                part.regions[:] = [attrs.evolve(r, milestones=False) for r in part.regions]
        if all(child is not done for done in settled):
            _drop_reviews(child, sh)


def _outside_rows(node: Node) -> list[Node]:
    """A node and the nodes under it that are no table's rows nor under one: a table after a notice's last
    charge (三、严格督查考核 / …任务清单 / 序号 | 重点任务 | …) lists tasks, whatever heading it falls under."""
    if node.kind == "row":
        return []
    return [node, *(part for child in node.children for part in _outside_rows(child))]


#: A paragraph that reports progress, whatever section it is in (进展情况:…, 工作进展:…, 此项工作已完成。…),
#: or notes how to read a table (注:…). A schedule (项目进度:6月底前完成…) is none of them.
_PROGRESS_PARAGRAPH: Final = re.compile(
    rf"(?m)^[ \t\u3000]*(?:(?:{PROGRESS_LABEL})[:：]|"
    r"(?:上半年|下半年|前三季度|第?[一二三四]季度|1-\d{1,2}月)进展[:：]|"
    r"(?:推进|进度|完成)评价[:：]|"
    r"(?:此|该|本)(?:项|件)(?:工作|实事|任务|项目)?(?:已(?:全面|基本)?完成|正在(?:推进|实施|开展))|"
    r"(?:注|备注|说明|填表说明)\s*[:：\d])"
)
#: A paragraph explaining the indicators (指标说明:…以…为准): cut, but no report (the section is not one for it).
_INDICATOR_NOTE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:指标说明|指标解释|口径说明)\s*[:：]")


#: Measures of a rate or a time, not of what the year delivers (a share, minutes to respond, a date).
_NOT_DELIVERED_UNITS: Final = frozenset(
    {"%", "‰", "个百分点", "分钟", "小时", "天", "日", "月", "年", "个工作日", "工作日"}
)


def _counted_year_line(sh: str, region: Region) -> bool:
    """Whether a line of the year's targets (年度目标:…) in ``region`` counts what it delivers (开工改造城镇
    老旧小区26个; not 普及率达到99%, 响应时间控制在12分钟以内, 8月底前竣工交付)."""
    for line in _YEAR_TARGETS_LINE.finditer(sh, region.start, region.end):
        end = sh.find("\n", line.end())
        quantities = find_quantities(sh[line.end() : end if end >= 0 else len(sh)])
        if any(q.unit and q.unit not in _NOT_DELIVERED_UNITS and not q.unit.endswith("月") for q in quantities):
            return True
    return False


#: A line of an item's targets for the year (年度目标:…), and one describing the project beside it (建设内容:…).
_YEAR_TARGETS_LINE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:年度目标|年度任务|年度建设目标|年度计划)[ \t\u3000]*[:：]")
#: A line of an item's targets with figures (目标:…增长6%…), and one of the means to them beside it (措施:…).
_GOAL_LINE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:工作|主要|年度)?目标(?:任务)?[ \t\u3000]*[:：][^\n]*?\d")
_MEANS_LINE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:工作|主要|具体|推进|保障|重点)?(?:措施|举措)[ \t\u3000]*[:：]")
_DESCRIPTION_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:建设内容|项目概况|建设规模|主要建设内容|项目内容|建设内容及规模)[ \t\u3000]*[:：]"
)
#: A label that, on a line reporting progress, turns to what is still to be done (下步打算:, 下一步计划:).
#: A sentence after the report that turns to the goal ahead (…仍未达到序时目标。下半年力争…提高到82%以上;
#: 下半年,全区将力争…; 下一步,将加快推进,确保…) does too.
_NEXT_STEPS: Final = re.compile(
    r"(?:下步|下一步|下阶段)(?:工作)?(?:打算|计划|安排|措施|举措)\s*[:：]"
    r"|(?<=[。;；])[ \t\u3000]*(?:下半年|下一步|下阶段|下步|四季度|第四季度)[^。;；\n\d]{0,12}?(?:力争|争取|确保)"
)


def _drop_progress_paragraphs(node: Node, sh: str) -> None:
    """Cut out of every region the paragraphs that report progress (进展情况:… under each item of a
    通报) or note how to read a table (注:…), from their label to the line's end; and what follows a
    label of progress on a line of its own (工作进展情况, over items numbered afresh), to its heading's end."""
    for part in node.walk():
        if part.regions:
            before = sum(r.end - r.start for r in part.regions)
            part.regions[:] = _paragraphs(part.regions, sh, _PROGRESS_PARAGRAPH, keep=False, until_label=_NEXT_STEPS)
            part.reported = sum(r.end - r.start for r in part.regions) < before
            part.regions[:] = _paragraphs(part.regions, sh, _INDICATOR_NOTE, keep=False)
            part.regions[:] = _paragraphs(part.regions, sh, _DEADLINE_LINE, keep=False)
            if any(_GOAL_LINE.search(sh, r.start, r.end) for r in part.regions):
                # 目标:… beside 措施:…: the means (资金1.35亿元, 组建12支小分队) serve the targets stated above
                part.regions[:] = _paragraphs(part.regions, sh, _MEANS_LINE, keep=False)
            if any(_counted_year_line(sh, r) for r in part.regions):
                # 建设内容:… beside 年度目标:… that counts what the year delivers: what the project is, its size
                # (not beside 年度目标:8月底前竣工交付, stages whose figures the description gives)
                part.regions[:] = _paragraphs(part.regions, sh, _DESCRIPTION_LINE, keep=False)
    _drop_after_progress_labels(node, sh)


#: A label of progress standing on a line of its own (工作进展情况, 完成情况): the items under it report.
_PROGRESS_LABEL_LINE: Final = re.compile(rf"(?m)^[ \t\u3000]*(?:{PROGRESS_LABEL})[ \t\u3000]*$")
#: A label of targets on a line of its own (市定任务(2023年度), 年度目标): the plan again after a report.
_TARGETS_LABEL_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{0,4}(?:目标|任务)(?:任务)?[ \t\u3000]*(?:\([^()\n]{0,12}\))?[ \t\u3000]*$"
)


def _drop_after_progress_labels(root: Node, sh: str) -> None:
    """A label of progress on a line of its own (…新增技能人才2400人;⏎工作进展情况⏎1、新增技能人才
    2450人…) turns its heading's text to a report: the text after it, and the items after it (numbered
    afresh), up to the heading's end or a label of targets, are cut out; the item holding it is marked
    ``reported``."""
    for holder in root.walk():
        labels = (m for r in holder.regions for m in _PROGRESS_LABEL_LINE.finditer(sh, r.start, r.end))
        # (the line must end where the label does in the text, not only where a region does: 进展情况:…)
        at = next((m.start() for m in labels if sh.startswith("\n", m.end()) or m.end() == len(sh)), None)
        if at is None:
            continue
        if holder.parent is None and not any(re.search(r"\d", sh[r.start : min(r.end, at)]) for r in holder.regions):
            continue  # 当前位置:首页 > 工作进展⏎工作进展: the site's section over the page, before anything it reports
        if any(c.regions and c.regions[0].start > at for c in holder.children) or holder.parent is None:
            after = [
                part for part in holder.walk() if part is not holder and part.regions and part.regions[0].start > at
            ]
        else:
            after = [part for sibling in _numbered_afresh(holder, at) for part in sibling.walk() if part.regions]
        resumed = _TARGETS_LABEL_LINE.search(sh, at, max((r.end for p in after for r in p.regions), default=at))
        until = resumed.start() if resumed is not None else len(sh)
        holder.regions[:] = [attrs.evolve(r, end=min(r.end, at)) for r in holder.regions if r.start < at]
        holder.reported = True
        for part in after:
            if part.regions[0].start < until:
                part.regions[:] = []


def _numbered_afresh(holder: Node, at: int) -> list[Node]:
    """The items after ``holder`` (from ``at`` on) under its heading that number afresh (1、 2、 after
    item 2's 工作进展情况), up to one that goes on with the plan's numbering (3. after 2.): the report's."""
    assert holder.parent is not None
    found = []
    for sibling in holder.parent.children:
        if sibling is holder or not sibling.regions or sibling.regions[0].start <= at:
            continue
        if sibling.own.isdigit() and holder.own.isdigit() and int(sibling.own) > int(holder.own):
            break  # 1.… 进展情况 … 2.…: the next item of the plan
        found.append(sibling)
    return found


#: Where an item of a progress section turns from its target to what is done (…项目100个。上半年,引进…).
_REPORT_TURN: Final = re.compile(
    r"(?:^|(?<=[。;]))\s*(?:20\d{2}年)?(?:上半年|前三季度|一季度|1\s*-\s*\d{1,2}月份?|截至|截止|今年以来|年初以来|"
    r"\d{1,2}月(?:末|底)(?=为|,|已|全))"  # 9月末为5.2%
)
#: Words that restate the year's target (全年目标增长6%左右, 年度目标任务:…).
_RESTATED_TARGET: Final = re.compile(r"\s*(?:全年|年度|今年)(?:目标|计划|任务)")
#: An item's number: 1, 12, or 一, 十二 ((一)地区生产总值。全年目标增长6%左右。1-9月…).
_ITEM_NUMBER: Final = re.compile(r"\d{1,3}|[(（]?[一二三四五六七八九十]{1,3}[)）]?")


def _keep_restated_items(section: Node, sh: str) -> bool:
    """Cut the numbered items of a progress section down to the target each restates before its
    report (1.引进…投资项目不少于3个。上半年,引进…): whether any item does so (else nothing is cut)."""
    cuts: list[tuple[Node, int]] = []
    for part in section.walk():
        if part is section or not part.regions or not _ITEM_NUMBER.fullmatch(part.own):
            continue
        start = part.regions[0].start
        turn = _REPORT_TURN.search(sh, start, part.regions[-1].end)
        if turn is None or not sh[start : turn.start()].strip(" 。;"):
            continue
        # (一)地区生产总值。全年目标增长6%左右。1-9月…: an item headed by a name restates its target in words
        # that say so (not 县中医院门诊综合楼完成主体工程,…;上半年…, a report before the period's)
        if part.own.isdigit() or _RESTATED_TARGET.match(sh, start):
            cuts.append((part, turn.start()))
    if not cuts:
        return False
    cut_at = {id(item): at for item, at in cuts}
    for part in section.walk():
        if part is not section and part.regions:
            cut = cut_at.get(id(part))
            if cut is None and part.own.isdigit():
                # an item with no report in it (2.培育…平台2家,…30家。支持企业实施…): its first sentence
                first_stop = sh.find("。", part.regions[0].start, part.regions[-1].end)
                cut = first_stop if first_stop >= 0 else part.regions[-1].end
            part.regions[:] = (
                []
                if cut is None
                else [attrs.evolve(r, end=min(r.end, cut), label=False) for r in part.regions if r.start < cut]
            )
    section.regions[:] = []  # the section's own text reports
    return True


#: A clause of a report on the year so far that states the whole year's target (全年目标新改建…85公里;
#: 优良路率全年保持在85%以上; 全年计划更新新能源公交车20辆), and words telling what is done already.
_YEAR_CLAUSE: Final = re.compile(r"全年|年度目标|年度计划|预期目标")
_DONE_SO_FAR: Final = re.compile(
    r"已|完成率|目前|上半年|截至|前三季度|序时进度|一季度|(?:完成|占)(?:全年|年度)(?:目标|任务|计划)?的"
    r"|前(?:报送|上报)|有望|预计"  # (12月20日前报送全年自查报告: a report to send; 全年有望完成: a forecast)
)
_CLAUSE_MARK: Final = re.compile(r"[,，;；。:：]")
#: A remark in brackets: the year's target beside a figure done (同比增长6.2%(全年目标为增长6%左右)) makes
#: no clause of the year's.
_BRACKETED: Final = re.compile(r"[(（【][^()（）【】]*[)）】]")
_YEAR_TARGET_NAMED: Final = re.compile(
    r"[ \t\u3000]*(?:全年|年度)(?:目标|计划)(?:任务)?(?:为|是|[:：])?(?=[^\d\s])"  # (全年目标为85公里: kept whole)
)


def _keep_year_clauses(section: Node, sh: str) -> bool:
    """Cut every region of a report on the year so far down to the clauses stating the whole year's
    targets (全年目标…, …全年保持在85%以上), none telling what is done; whether any is (if none,
    nothing is cut)."""
    kept: dict[int, list[Region]] = {}
    for part in section.walk():
        clauses: list[Region] = []
        for region in part.regions:
            start = region.start
            # (a remark in brackets, its commas too, is no clause: masked, an offset kept for an offset)
            masked = _BRACKETED.sub(lambda m: " " * len(m.group()), sh[region.start : region.end])
            marks = (region.start + m.start() for m in _CLAUSE_MARK.finditer(masked))
            for end in [*marks, region.end]:
                own = masked[start - region.start : end - region.start]
                if _YEAR_CLAUSE.search(own) and not _DONE_SO_FAR.search(sh, start, end):
                    named = _YEAR_TARGET_NAMED.match(sh, start, end)  # (全年目标新改建…: the words after it)
                    clauses.append(attrs.evolve(region, start=named.end() if named else start, end=end, label=False))
                start = end + 1
        kept[id(part)] = clauses
    if not any(kept.values()):
        return False
    for part in section.walk():
        part.regions[:] = kept[id(part)]
    return True


def _keep_stated_targets(section: Node, sh: str) -> bool:
    """Cut every region of ``section`` down to the paragraphs that restate targets (年度目标:…, to the
    line's end); whether any is (if none, nothing is cut)."""
    kept = {
        id(part): [attrs.evolve(r, label=False) for r in _paragraphs(part.regions, sh, _STATED_TARGETS)]
        for part in section.walk()
        if part.regions
    }
    if not any(kept.values()):
        return False  # nothing restated: the section is left whole for the next reading
    for part in section.walk():
        if id(part) in kept:
            part.regions[:] = kept[id(part)]
    return True


def _paragraphs(
    regions: list[Region],
    sh: str,
    label: re.Pattern[str],
    *,
    keep: bool = True,
    until_label: re.Pattern[str] | None = None,
) -> list[Region]:
    """The parts of ``regions`` (in the text's order) in the paragraphs that ``label`` opens, from the
    label's end to the line's end or to an ``until_label`` on the line (``keep``), or the parts outside
    them, label and all. One pass over the regions, each searched once: linear in the text."""
    pieces: list[Region] = []
    until = -1  # the end of the line a paragraph in a region before runs on to
    for region in regions:
        spans: list[tuple[int, int]] = []  # the paragraphs' parts within this region
        if until > region.start:
            spans.append((region.start, min(until, region.end)))
        # from the line's start where only blanks come before the region (an indented paragraph)
        begin = region.start
        while begin > 0 and sh[begin - 1] in " \t\u3000":
            begin -= 1
        if begin > 0 and sh[begin - 1] != "\n":
            begin = region.start
        for match in label.finditer(sh, begin, region.end):
            line_end = sh.find("\n", match.end())
            until = len(sh) if line_end < 0 else line_end
            resumed = until_label.search(sh, match.end(), until) if until_label is not None else None
            if resumed is not None:
                until = resumed.start()  # 进展情况:… 下步打算:确保…: the plan again
            spans.append((match.end() if keep else match.start(), min(until, region.end)))
        if keep:
            pieces += [attrs.evolve(region, start=a, end=b) for a, b in spans if a < b]
            continue
        position = region.start
        for a, b in spans:
            if a > position:
                pieces.append(attrs.evolve(region, start=position, end=a))
            position = max(position, b)
        if position < region.end:
            pieces.append(attrs.evolve(region, start=position, end=region.end))
    return pieces


def drop_look_back(node: Node, year: int) -> None:
    """Leave out the sections headed by a year before the plan year and a word of looking back
    (2025年工作, 2025年工作成效, 2022年主要成绩) in a plan for ``year``: they report the past."""

    def past(child: Node) -> bool:
        title = child.title
        if "基础上" in title or (child.kind in ("ar", "ar-paren", "circled") and len(title) > 16):
            return False  # 在2025年(工作)基础上新增…; a numbered item's sentence: no heading over a look back
        match = _PAST_YEAR_SECTION.search(title)
        return match is not None and int(match.group(1)) < year and not re.search(r"目标|任务|计划|安排|要点", title)

    node.children[:] = [c for c in node.children if c.kind == "row" or not past(c)]
    for child in node.children:
        drop_look_back(child, year)


def _settle_labels(node: Node) -> None:
    """A heading's first sentence is only a label when the heading has more: text or items.

    ``1.地区生产总值增长6.2%左右。`` followed by 牵头单位 lines is the item itself and is read;
    ``二、2023年七个方面主要工作安排`` over its items names them and is not.
    """
    for child in node.children:
        _settle_labels(child)
    if any(r.label for r in node.regions):
        has_more = bool(node.children) or any(not r.label for r in node.regions)
        if has_more:
            node.regions[:] = [
                attrs.evolve(r, label=False, milestones=True) if r.label and r.claims and not node.children else r
                for r in node.regions
                if not r.label or (r.claims and not node.children)
            ]
        else:
            node.regions[:] = [attrs.evolve(r, label=False, milestones=True) for r in node.regions]


#: A cell that opens with what is to be done is a task, never a list of units (verbs that open
#: units' names too, 建设局 and 发展改革委, are left out).
_TASK_OPENING: Final = re.compile(
    r"(?:新增|新建|新培育|培育|完成|建成|引进|实施|开展|改造|提升|打造|推进|创建|争创|培养|规上|规模以上)"
)


#: A place by its name alone (城关镇, 河口乡, 东城街道): in a row without a header, before the task is
#: stated, it says where, not who answers.
_PLACE_NAME: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|村|社区)")
#: A short office's name that opens with such a verb (创建办, 改造办, 推进办).
_SHORT_OFFICE: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:办|局|委|中心|科|股|组|站|所|专班)")


def _one_name_cut(line: str, next_line: str) -> bool:
    """Whether one unit's name runs on from ``line`` to ``next_line`` (县人力资源社会 / 保障局): the line
    opens as a unit's name does, by its level, passes for one by a word's last character, and is cut
    short of the kind of unit that ends it."""
    name = line.strip().strip("*")
    rest = re.split(r"[、,;，；]", next_line.strip())[0]
    return (
        bool(re.fullmatch(r"[省市县区镇乡][\u4e00-\u9fff]{2,12}", name))
        and _unit_cell(name)  # it passes for a unit by its last character (社会, 城乡): cut short
        and len(rest) <= 5
        and completes_name(name, rest)
    )


def _name_cut(line: str, next_line: str) -> bool:
    """Whether a list of units runs on from ``line`` to ``next_line`` with a name cut in two at the
    line end (市生态环境局东湖分局*、区住建局、区城 / 管局): the names before the cut are units."""
    names = re.split(r"[、,;，；]", line.strip())
    rest = re.split(r"[、,;，；]", next_line.strip())[0]
    return (
        len(names) > 1
        and completes_name(names[-1], rest)
        and _unit_cell("、".join(names[:-1]))
        and _unit_cell(next_line.strip()[len(rest) :].strip("、,;，；") or names[0])
    )


#: Units named as a whole (各乡镇人民政府, 相关部门, 各县(市、区), 全市各级医疗机构): a unit's kind ends the
#: name; a thing of the whole (全市覆盖, 全区范围) is none. (各级标准 still passes as a collective or
#: village's name, see :func:`.responsibility.names_collective_or_village`.)
_COLLECTIVE_UNITS: Final = re.compile(
    r"\*?(?:各|相关|有关|全区|全市|全县).*(?:单位|部门|政府|乡镇|乡|镇|街道|区|县|市|村|社区|委|局|办|室|科|股|所|站|"
    r"中心|公司|企业|学校|医院|机构|园区|处|队|院|会|组|部|厅|团|馆)\*?$"
)


def _unit_cell(cell: str) -> bool:
    """Whether a table cell lists units (城管局; 市政局、相关街道; 各镇(街道); 农业服务中心*、各村), leniently."""
    if re.search(r"[、,;，；]", cell):
        cell = cell.rstrip().removesuffix("。")  # a list of units may close with a full stop
    if re.search(r"\d", cell):
        cell = members_for_shares(cell)  # 各街道(望江街道12、桂湖街道10): the places given shares, units
    if re.search(r"\d|。", cell):  # a ; between names is a list of them (县教育局;县发改局)
        return False
    if _TASK_OPENING.match(cell.strip()) and not _SHORT_OFFICE.fullmatch(cell.strip()):
        return False  # 新增规模以上工业企业: what is to be done, though it ends as a unit's name does
    names = split_units(cell)
    return bool(names) and all(
        looks_like_unit(re.sub(r"[(（][^()（）]*[)）]$", "", n))
        or _COLLECTIVE_UNITS.match(re.sub(r"[(（][^()（）]*[)）]$", "", n))
        or names_collective_or_village(n)
        or looks_like_unit(re.sub(r"^.*[(（]([^()（）]*)[)）]$", r"\1", n))
        for n in names
    )


def _roles_by_content(
    text: str, sh: str, cells: list[tuple[int, int]], has_lead: bool | str, header_roles: list[str]
) -> list[str]:
    """Roles for a row whose cells do not line up with the header (a flattened table lost its blanks).

    The task is the text before the first cell of unit names; a short name without digits is a
    person (分管领导); the cells of units take the header's unit columns in order (责任单位 | 牵头单位:
    support, then lead), else the first leads and the next supports; what follows is progress.
    Where the cells before the units line up with the header's (as many of them), a baseline
    column (2025年基数, 上年完成) is still skipped and a target column still read as the target.
    """
    roles: list[str] = []
    units_seen = 0
    unit_order = [r for r in header_roles if r in ("lead", "support")]
    stated = False  # whether a content cell before states a figure of its own
    for position, (a, b) in enumerate(cells):
        value = sh[a:b].strip()
        names = split_units(text[a:b]) if value else []
        if position == 0 and re.fullmatch(r"\d{1,3}", value):
            roles.append("serial")
        elif stated and is_figure(value) and any(r in ("baseline", "skip") for r in header_roles):
            roles.append("skip")  # …社区4个 | 4 | 4 | 100%: the figure again, then what is done so far
        elif position > 0 and (
            re.match(r"(?:已|截至|截止|目前|正在)", value) or (units_seen and opens_with_period_reported(value))
        ):
            # 已完成。完成筛查人数3495人…, 2025年一季度,全市…增长7.1%: progress so far, in whatever column it fell
            roles.append("skip")
        elif units_seen >= 2 or (units_seen and not names) or (units_seen and DUE_CELL.fullmatch(value)):
            roles.append("skip")  # (… | 种植业股 | 2024年10月底前完成: when it is due, after its units)
        elif (
            names and _unit_cell(text[a:b]) and not (not header_roles and not stated and _PLACE_NAME.fullmatch(value))
        ) or (_SAME_AS_ABOVE.fullmatch(value) and units_seen == 0):
            if len(unit_order) >= 2 and "lead" in unit_order and units_seen < len(unit_order):
                roles.append(unit_order[units_seen])
            else:
                roles.append("lead" if units_seen == 0 or not has_lead else "support")
            units_seen += 1
        elif len(value) <= 4 and not re.search(r"\d", value):
            roles.append("skip")
        else:
            roles.append("content")
            stated = stated or (bool(re.search(r"\d", value)) and not is_figure(value))
    header_units = [i for i, r in enumerate(header_roles) if r in ("lead", "support")]
    row_units = [i for i, r in enumerate(roles) if r in ("lead", "support")]
    after_units = header_roles[header_units[-1] + 1 :] if header_units else []
    if header_units and row_units and after_units and all(r == "skip" for r in after_units):
        # the header reports after its units (分管市领导 | 1-9月份工作完成情况 | 取得成效): so do the row's
        # cells after its own, though a merged cell left out (类别) shifts them from the header's
        roles = [("skip" if r == "content" and i > row_units[-1] else r) for i, r in enumerate(roles)]
    first_unit = next((i for i, r in enumerate(roles) if r in ("lead", "support")), None)
    header_unit = next((i for i, r in enumerate(header_roles) if r in ("lead", "support")), None)
    # a row short of its last cells, all of them units (2 | 规模以上工业总产值 | 亿元 | 21.6 under
    # 序号 | 指标 | 单位 | 目标值 | 责任单位): its cells line up with the header's first ones
    units_left_blank = (
        first_unit is None and len(cells) < len(header_roles) and header_unit is not None and header_unit >= len(cells)
    )
    aligned = (
        first_unit
        if first_unit is not None and first_unit == header_unit
        else (len(cells) if len(cells) == len(header_roles) or units_left_blank else 0)
    )
    for i in range(aligned):
        if header_roles[i] in ("baseline", "target", "unit") and roles[i] in ("content", "skip"):
            roles[i] = header_roles[i]
        elif header_roles[i] == "content" and roles[i] == "skip":
            roles[i] = "content"  # 生猪出栏 under 指标: a short task, not a person's name
    return roles


#: A column of what is still to be done, in a report's table (下半年推进措施, 下步打算, 下一步工作计划).
_NEXT_STEPS_COLUMN: Final = re.compile(
    r"(?:下半年|下步|下一步|下阶段|四季度|后续)[\u4e00-\u9fff]{0,4}?(?:措施|打算|计划|安排|举措|工作|目标)"
)


def _as_shadowed(text: str, sh: str, a: int, b: int) -> str:
    """A cell's text as written, with what the shadow blanked blank too (the rest of a wrapped name on
    the line of units it goes on with), but a star, which marks the lead (★区发改委、统计局) as ``*``
    does."""
    return "".join("*" if t in "★☆" else " " if s == " " and not t.isspace() else t for t, s in zip(text[a:b], sh[a:b]))


def _starred_units(lead: list[str], support: list[str]) -> tuple[list[str], list[str]]:
    """A ``*`` marks the lead among the units of a row (农业服务中心*、各村): the starred units lead and the
    others support; without a star the columns say who leads. The star is not part of a name. (Where
    the document says a star marks the first of the leads, 标“*”的为第一牵头单位, the lead column's cell
    has ranked its units and left no star.)"""
    names = lead + support
    if any(n.startswith("*") or n.endswith("*") for n in names):
        starred = [n.strip("*") for n in names if n.startswith("*") or n.endswith("*")]
        return starred, [n for n in (m.strip("*") for m in names) if n not in starred]
    named = _NAMED_LEAD_AFTER.fullmatch(lead[-1]) if lead else None
    split = lead_named_in_list([*lead[:-1], named.group("name")], named.group("lead")) if named else None
    if split is not None:
        # 县交通运输局、县财政局(县交通运输局牵头): the bracket after the cell's list names which of it leads
        return list(split.lead), [*split.support, *(n for n in support if n not in split.support)]
    return lead, support


#: The last name of a cell with a bracket naming the cell's lead (县财政局(县交通运输局牵头)).
_NAMED_LEAD_AFTER: Final = re.compile(rf"(?P<name>[^()（）]+?)\s*{LEAD_NAMED_AFTER}")


#: A column of what a project is (建设内容及规模, 主要建设内容).
_DESCRIPTION_HEADER: Final = re.compile(r"建设(?:内容|规模)")
#: A column of what a project is to reach by when this year (形象进度目标, 年度进度目标).
_SCHEDULE_TARGET_HEADER: Final = re.compile(r"进度目标|节点目标|目标\(形象进度\)|^(?:年度|年度计划|计划)形象进度$")
#: The year's planned stages of a project (年度形象进度, 计划形象进度), not where it stands (当前形象进度).
_PLANNED_PROGRESS: Final = re.compile(r"(?:年度|年度计划|计划)形象进度")  # (a year's named may be one gone)


def _described_beside_targets(header: list[str], index: int, roles: list[str]) -> bool:
    """Whether a column describes the project (建设内容, 建设规模) beside a column of its targets (年度目标):
    its lines, wrapped or not, state no target of the row's."""
    return "target" in roles and index < len(header) and _DESCRIPTION_HEADER.search(header[index]) is not None


def _go_on(
    text: str,
    sh: str,
    cells: list[tuple[int, int]],
    header: list[str],
    parent: Node,
    last_units: dict[int, list[str]],
) -> None:
    """A line of a table laid out by blanks that goes on with the row above (see layout.py): its
    text cells are more of that row's text, its unit cells more of its units (a name the line end
    cut, 桐溪经开区 / 管委会, is one name), which a blank cell below takes as the whole cell's."""
    previous = parent.children[-1] if parent.children and parent.children[-1].kind == "row" else None
    if previous is None:
        return
    # the layout put a bar for each column a gap crossed: a cell's place is its column, and the cells
    # the line leaves out are its last (县财政局、 under 配合单位, nothing under 完成时限)
    before = len(previous.regions)
    end = cells[-1][1]
    roles = _row_roles(text, sh, [*cells, *[(end, end)] * (len(header) - len(cells))], header)
    added: dict[str, list[str]] = {"lead": [], "support": []}
    for index, ((a, b), role) in enumerate(zip(cells, roles)):
        if b <= a:
            continue
        if role in ("lead", "support"):
            cell = _as_shadowed(text, sh, a, b).strip()
            marked = _LEAD_MARK_OPENING.match(cell)
            if marked is not None and last_units.get(index):
                # 县工业和信息化局 / (牵头)、县统计局: the mark the line end cut from the name above makes it the lead
                above = last_units[index]
                last_units[index] = [*above[:-1], above[-1].rstrip("*") + "*"]
                cell = cell[marked.end() :]
            helpers_label = _HELPERS_LABEL_OPENING.match(cell)
            if helpers_label is not None:
                # 牵头：县发改局 / 配合：县统计局，各乡镇人民政府: the cell's second line labels its helpers
                names = split_units(cell[helpers_label.end() :])
                added["support"].extend(names)
                last_units[index] = _joined(last_units.get(index, []), names)
                continue
            names = split_units(cell)
            starred = any("*" in n for n in last_units.get(index, []))
            # 县教育局*、县住建局、 / 县自然资源局: after a starred lead, the names go on as its helpers; so do they
            # where the document says the unit listed first leads (前一个单位负责…,后一个单位负责协同实施)
            first_leads = role == "lead" and first_listed_leads.get() and bool(last_units.get(index))
            helping = (starred and not any("*" in n for n in names)) or first_leads
            added["support" if helping else role].extend(names)
            last_units[index] = _joined(last_units.get(index, []), names)
        elif role in ("target", "when") or (role == "content" and not _described_beside_targets(header, index, roles)):
            _add_text(text, sh, previous, a, b, True)
    if not previous.brackets and not (added["lead"] or added["support"]):
        return
    if not previous.brackets:  # the row names its units only on this line
        previous.brackets.append(Bracket(cells[0][0], cells[-1][1], Responsibility()))
    # all the row's text one segment; the regions a line before this one went on with are so already (a row
    # going on over many lines stays linear)
    first = before if before and previous.regions[before - 1].segment == 0 else 0
    previous.regions[first:] = [attrs.evolve(r, segment=0) for r in previous.regions[first:]]
    answer = previous.brackets[-1].responsibility
    lead = _joined(list(answer.lead), added["lead"])
    support = [n for n in _joined(list(answer.support), added["support"]) if n not in lead]
    previous.brackets[-1] = attrs.evolve(
        previous.brackets[-1], responsibility=Responsibility(tuple(lead), tuple(support))
    )


#: A units cell opening with the label of its role (牵头:…, 配合:…).
_ROLE_LABELLED_CELL: Final = re.compile(r"\s*(?:牵头|配合|协办|协同|协助|参与|责任)(?:单位|部门)?\s*[:：]")


def _labelled_units_below(text: str, sh: str, cells: list[tuple[int, int]], header: list[str], parent: Node) -> bool:
    """Whether a row holds nothing but a units cell opening with its role's label under a row that named its
    units so (… | 牵头:县发展和改革局 | over  | 配合:县统计局、… |): the units are added to the row above's."""
    previous = parent.children[-1] if parent.children and parent.children[-1].kind == "row" else None
    if previous is None or not previous.brackets:
        return False
    filled = [(i, a, b) for i, (a, b) in enumerate(cells) if sh[a:b].strip()]
    units = _unit_columns(header)
    if len(filled) != 1 or filled[0][0] not in units or not _ROLE_LABELLED_CELL.match(sh, filled[0][1], filled[0][2]):
        return False
    added = parse_responsibility(_unwrapped(text[filled[0][1] : filled[0][2]]))
    if not added:
        return False
    answer = previous.brackets[-1].responsibility
    lead = [*answer.lead, *(n for n in added.lead if n not in answer.lead)]
    support = [*answer.support, *(n for n in added.support if n not in answer.support and n not in lead)]
    previous.brackets[-1] = attrs.evolve(
        previous.brackets[-1], responsibility=Responsibility(tuple(lead), tuple(support))
    )
    return True


def _wrapped_row(sh: str, cells: list[tuple[int, int]], header: list[str], parent: Node) -> bool:
    """Whether a row goes on with the row above, its number and name cells blank and a cell of units
    of the line above left open (县教育局*、县住建局、 over  |  | 新增小学学位1800个… |  | 县自然资源局 |), or
    nothing but units on it (|||县妇联|: a cell listing two units a line each)."""
    first = next((i for i, h in enumerate(header) if h), 0)  # (a row opened by a bar: its first cell is blank)
    if (
        len(cells) < first + 3
        or header[first : first + 1] not in (["序号"], ["编号"])
        or any(sh[a:b].strip() for a, b in cells[: first + 2])
    ):
        return False
    previous = parent.children[-1] if parent.children and parent.children[-1].kind == "row" else None
    if previous is None:
        return False
    line_start = sh.rfind("\n", 0, cells[0][0])
    if line_start < 0:
        return False
    filled = [i for i, (a, b) in enumerate(cells) if sh[a:b].strip()]
    if filled and all(i in _unit_columns(header) for i in filled):
        return True  # ｜｜｜县妇联｜: a row of nothing but a unit, the second line of the cell above (分两行列出)
    above = _cells(sh, sh.rfind("\n", 0, line_start) + 1, line_start)
    return any(index < len(above) and _left_open(sh, *above[index], line_start) for index in _unit_columns(header))


def _left_open(sh: str, start: int, end: int, line_end: int) -> bool:
    """Whether a cell ends on a 、 or a comma, its list going on (a cell's span leaves such marks out)."""
    bar = sh.find("|", end, line_end)
    return sh[start : bar if bar >= 0 else line_end].rstrip(" \t").endswith(("、", ",", "，"))


#: The end of a unit's name alone, too short to name one (管委会, 源分局): no place or kind opens it.
_NAME_END: Final = re.compile(r"[^省市州县区镇乡各\s][\u4e00-\u9fff]{1,2}")


def _cut_name(piece: str) -> bool:
    """Whether ``piece`` is the end of a name (管委会), not a short name of its own (妇联, 团委)."""
    return bool(_NAME_END.fullmatch(piece)) and not (len(piece) == 2 and looks_like_unit(piece))


#: A lead's mark opening a wrapped cell of units, cut by the line end from the name above (*、, (牵头)、).
_LEAD_MARK_OPENING: Final = re.compile(r"\s*(?:\*|[(（]\s*牵头\s*[)）])\s*[、,，]?\s*")


def _joined(names: list[str], more: list[str]) -> list[str]:
    """``names`` and ``more`` as one list, the last of ``names`` and the first of ``more`` one name
    when a line end cut it (县自然资 / 源局, 桐溪经开区 / 管委会)."""
    if names and more and (completes_name(names[-1], more[0]) or not looks_like_unit(more[0]) or _cut_name(more[0])):
        return [*names[:-1], names[-1] + more[0], *more[1:]]
    return [*names, *more]


def _table_row(
    text: str,
    sh: str,
    cells: list[tuple[int, int]],
    header: list[str],
    last_units: dict[int, list[str]],
    parent: Node,
    legend: Legend | None = None,
) -> None:
    """A table row as a task under ``parent``: its content and target cells are read for targets,
    its unit columns say who answers for all of them (or its marks under columns named by units, as
    ``legend`` reads them). A row with nothing to read is left out, and a follow-on row (no number,
    no task, no units) adds its target to the task above."""
    if sh[cells[0][0] : cells[0][1]].strip() == GOES_ON or _wrapped_row(sh, cells, header, parent):
        _go_on(text, sh, cells, header, parent, last_units)  # the row above's cells, wrapped onto this line
        return
    if _labelled_units_below(text, sh, cells, header, parent):
        return  # 1.地区生产总值增长6%… | 牵头:县发改局 | / | 配合:县统计局 |: the row above's helpers, labelled
    if _GROUP_TOTAL.fullmatch(sh[cells[0][0] : cells[0][1]].strip()) or (
        len(cells) > 1
        and _GROUP_NUMBER.fullmatch(sh[cells[0][0] : cells[0][1]].strip())
        and _GROUP_COUNTED.fullmatch(sh[cells[1][0] : cells[1][1]].strip())
        and all(_BARE_FIGURE.fullmatch(sh[a:b]) or not sh[a:b].strip() for a, b in cells[2:])  # its sums at most
    ):
        return  # 一、产业发展项目(3个) | | 112500 | 35450, 一 | 交通基础设施(4个) | |: a group's heading row
    roles = _row_roles(text, sh, cells, header)
    if any(_TOTAL_ROW.fullmatch(sh[a:b].strip()) for a, b in cells[:3]) and not (
        roles[:1] == ["place"] and _WHOLE_TOTAL.fullmatch(sh[cells[0][0] : cells[0][1]].strip())
    ):
        return  # 合计 | 42个、5860户: the rows' sum, stated by the rows already (in a table of places'
        # or units' shares, 合计 | 33 | 80 is the whole's own target, as 全县合计 is)
    if "when" in roles and any(_SCHEDULE_TARGET_HEADER.search(h) for h in header):
        # 建设内容及规模 | … | 形象进度目标: the schedule states the row's targets, the content describes
        # the project (新建标准化厂房12栋,建筑面积18.6万平方米)
        roles = [
            "skip" if r == "content" and i < len(header) and _DESCRIPTION_HEADER.search(header[i]) else r
            for i, r in enumerate(roles)
        ]
    row = _sort_cells(text, sh, cells, roles, last_units)
    row.striven.update(
        cell for cell, role, name in zip(cells, roles, header) if role == "target" and _STRIVEN_HEADER.search(name)
    )  # 基本目标 | 奋斗目标: the second column's figures are striven for
    for cell, name in zip(cells, header):
        striven = _STRIVEN_REMARK.match(sh, cell[0], cell[1]) if _REMARK_HEADER.search(name) else None
        if striven is not None and not _DATED_REMARK.search(striven.group("figure")):
            # 备注 | 力争6.5%: a figure striven for beyond the row's target (力争增长10%, 力争突破50家: read as text)
            figure = striven.span("figure")
            if _same_number(sh[figure[0] : figure[1]], [sh[a:b] for (a, b), r in zip(cells, roles) if r == "target"]):
                continue  # 5000 | … | 力争5000户以上: the row's own figure again, no second target
            if is_figure(sh[figure[0] : figure[1]]):
                row.more_targets.append(figure)
                row.striven.add(figure)
            else:
                row.more_targets.append((striven.start(), figure[1]))
    marked = unit_columns(header)
    if marked:  # ★ under 县发改委, ○ under 县财政局: the row's lead and supporting units
        lead, support = marked_units(
            [(marked[i], _whole_cell(text, sh, a)) for i, (a, _) in enumerate(cells) if i in marked], legend or {}
        )
        row.lead.extend(lead)
        row.support.extend(support)
        row.units_written = row.units_written or bool(lead or support)
    if not row.unit_text:  # 新种任务(亩): the target column names its measure, each its own
        for cell, name, role in zip(cells, header, roles):
            measured = _MEASURED_HEADER.search(name) if role == "target" else None
            if measured is not None:
                row.target_units[cell] = measured.group("unit")
                if measured.group("bound"):
                    row.target_bounds[cell] = _HEADER_BOUND[measured.group("bound")]
                elif _CAP_HEADER.search(name[: measured.start()]):
                    row.target_bounds[cell] = "<="  # 事故起数控制数(起) | 5: at most 5
        row.unit_text = next(iter(row.target_units.values()), "")
        for cell, name, role in zip(cells, header, roles):
            if role == "target" and _DIMENSIONLESS_HEADER.search(name) and cell not in row.target_units:
                row.target_units[cell] = ""  # 农田灌溉水有效利用系数 | 0.57: no other column's measure
                row.target_labels[cell] = name  # (and the column names what it measures, a coefficient)
    row_start, row_end = cells[0][0], cells[-1][1]
    blank_separated = any(sh[i] == "|" and text[i] in (" ", "\u3000", "\xa0") for i in range(row_start, row_end))
    # a progress cell slid left over a blank unit cell (…| 已完成。完成筛查3495人 | |): the cell is blank
    slid = any(i in _unit_columns(header) and _NOT_UNITS.search(sh[a:b]) for i, (a, b) in enumerate(cells))
    if (blank_separated or slid) and not (row.lead or row.support or row.units_written):
        # a table separated by blanks shows no blank cell: a row short of its unit cells left them
        # blank, and the units above answer for it (a row cut short elsewhere names no units)
        for index, role in _unit_columns(header).items():
            (row.lead if role == "lead" else row.support).extend(last_units.get(index, []))
        row.lead, row.support = _starred_units(row.lead, row.support)
    indicators, statement = _row_target(sh, row)
    if not indicators and statement is None and row.content:
        # 居民人均可支配收入 | 元 | 41260 | — | 与经济增长同步: the growth column states the row's target in words
        statement = _growth_said(sh, cells, roles)
    if "place" in roles or (header and _PLACE_HEADER.fullmatch(header[0].strip())):
        # 区县 | 单位GDP能耗下降(%): each share measures what its column names
        indicators = [_labelled_by_column(indicator, cells, header) for indicator in indicators]
    if header and _PERIOD_HEADER.fullmatch(header[0].strip()):
        # 一季度 | 9 | 26, 全年 | 38 | 32: each figure quoted alone, its column naming it
        indicators = [attrs.evolve(indicator, name=indicator.value) for indicator in indicators]
    if not row.content and statement is None:
        serials = _serials_run(row.serial_written)
        if serials and (row.lead or row.support) and row.units_written:
            # 3 | 基础教育股 | 计划财务股: who answers for the item numbered so (see annex.py); 1—3 | …: for each of
            # the items it runs over
            answer = Responsibility(tuple(row.lead), tuple(row.support))
            for serial in serials:
                _duty_row(parent, serial, Bracket(cells[-1][0], cells[-1][1], answer))
        return
    previous = parent.children[-1] if parent.children and parent.children[-1].kind == "row" else None
    if previous is not None and statement is not None and not (row.serial or row.content or row.units_written):
        # a follow-on row (no number, no task, no units): one more target of the task above (in its month)
        _add_text(text, sh, previous, statement[0], statement[1], True)
        if previous.brackets:
            previous.regions[:] = [attrs.evolve(r, segment=0) for r in previous.regions]
        return
    node = _row_node(text, sh, row, statement, parent, cells[0][0])
    node.indicators.extend(_spending(sh, cells, roles, header, row))
    node.indicators.extend(indicators)
    node.indicators.extend(_growth(sh, cells, roles, row))  # after the level it grows from
    for a, b in _growth_in_points(sh, cells, roles, row):
        _add_text(text, sh, node, a, b, True)  # 增幅 | 提高1.4个百分点: a rise in points, read as written
    if not indicators and statement is not None:
        # the task's name (重点任务) labels the row; the target column states what is to be done
        for a, b in row.content:
            _add_text(text, sh, node, a, b, False, label=True)
        _add_text(text, sh, node, statement[0], statement[1], True)
    elif not indicators:
        for a, b in row.content:
            _add_text(text, sh, node, a, b, True)
    for a, b in row.more_targets:
        _add_text(text, sh, node, a, b, True)
    for a, b, due in row.dated:
        before = len(node.regions)
        _add_text(text, sh, node, a, b, True)
        node.regions[before:] = [attrs.evolve(r, due=due) for r in node.regions[before:]]
    node.month = row.month
    if row.lead or row.support:
        lead, support = row.lead, row.support
        if (
            first_listed_leads.get()
            and len(lead) > 1
            and (first_listed_leads_lead_column.get() or not _has_lead_column(header))
        ):
            # (列第一位的为牵头单位): the unit listed first leads, the others listed with it support; where the
            # remark names the 责任单位 column beside one of leads, every lead in that one leads
            lead, support = lead[:1], lead[1:] + [s for s in support if s not in lead]
        # (种植业股 | …。(配合股室:计划财务股) |: a bracket of helpers alone inside a cell helps the row's units)
        in_cells = [n for b in node.brackets if not b.responsibility.lead for n in b.responsibility.support]
        node.brackets.append(
            Bracket(
                cells[-1][0],
                cells[-1][1],
                Responsibility(tuple(lead), tuple(dict.fromkeys(s for s in [*support, *in_cells] if s not in lead))),
                inherited=not row.units_written,
            )
        )
        # every region answers to the row's units
        node.regions[:] = [attrs.evolve(r, segment=0) for r in node.regions]
        node.brackets[:] = [node.brackets[-1]]
    elif not node.regions and not node.indicators:
        parent.children.remove(node)


def _duty_row(owner: Node, number: str, bracket: Bracket, position: int = 0) -> Node:
    """A row under ``owner`` saying who answers for the item numbered ``number`` (第N项), its units in ``bracket``."""
    row = Node(
        number=owner.number + f"#{number}",
        own=number,
        kind="row",
        title=f"第{number}项",
        parent=owner,
        position=position,
    )
    row.brackets.append(bracket)
    owner.children.append(row)
    return row


#: A serial cell numbering one item (3) or running over several (1—3, 4～6, 7至9); not a sub-item's number (1-2).
_ITEMS_SERIAL: Final = re.compile(r"(\d{1,3})(?:\s*[—–~～至]\s*(\d{1,3}))?")
#: The most items a serial cell's run may cover.
_LONGEST_RUN: Final = 30


def _serials_run(serial: str) -> list[str]:
    """The items' numbers a serial cell names (3 → 3; 1—3 → 1, 2, 3); none where it names no run of items."""
    found = _ITEMS_SERIAL.fullmatch(serial.strip())
    if found is None:
        return []
    first, last = int(found.group(1)), int(found.group(2) or found.group(1))
    if not first <= last <= first + _LONGEST_RUN:
        return []
    return [str(number) for number in range(first, last + 1)]


def _sub_headers(names: list[str], header: list[str], spanned: int) -> list[str] | None:
    """The names a row right under a header gives the columns its last name spans (that name, a measure's
    (2022年任务安排(万亩)), and the blank cells after it, ``spanned`` of them read): as many short words without
    figures or units' names as those columns, opening the row or standing under their columns; None if it is no
    such row."""
    filled = [(i, n) for i, n in enumerate(names) if n]
    if not spanned or len(filled) < 2 or not header or _MEASURED_HEADER.search(header[-1]) is None:
        return None
    # (a closing bar after the header's blank cells leaves one more blank: spanned or one fewer are merged)
    if len(filled) not in (spanned, spanned + 1):
        return None
    opening = [i for i, _ in filled] == list(range(len(filled)))
    under = [i for i, _ in filled] == list(range(len(header) - 1, len(header) - 1 + len(filled)))
    if not (opening or under):
        return None
    if any(len(n) > 12 or re.search(r"\d", n) or looks_like_unit(n) for _, n in filled):
        return None
    return [n for _, n in filled]


def _header_rest(names: list[str], header: list[str]) -> bool:
    """Whether a row under a header holds only the rests of its cells (|  |  | 单位 |  |): short words
    without figures, each completing the header cell above into a column's name."""
    filled = [(i, n) for i, n in enumerate(names) if n]
    return bool(filled) and all(
        i < len(header) and len(n) <= 4 and not re.search(r"\d", n) and _header_cell(header[i] + n) for i, n in filled
    )


def _whole_cell(text: str, sh: str, position: int) -> str:
    """The text of the cell at ``position`` between its bars, blanks and all (the shadow blanks a ★
    as a bullet, and a cell's span is stripped of blanks)."""
    start = max(sh.rfind("|", 0, position), sh.rfind("\n", 0, position)) + 1
    bar, line_end = sh.find("|", position), sh.find("\n", position)
    ends = [i for i in (bar, line_end) if i >= 0]
    return text[start : min(ends) if ends else len(sh)]


def _spending(
    sh: str, cells: list[tuple[int, int]], roles: list[str], header: list[str], row: _RowCells
) -> list[Indicator]:
    """The year's planned spending on a row's project (年度计划投资(万元) | 6800), one target in the
    column's measure, named by the column: the project's content cells are read beside it."""
    found = []
    for index, role in enumerate(roles):
        if role != "spending" or index >= len(cells) or index >= len(header) or not row.content:
            continue
        a, b = cells[index]
        if b > a and is_figure(sh[a:b]):
            measured = _MEASURED_HEADER.search(header[index])
            label = header[index][: measured.start()] if measured else header[index]
            found.append(Indicator(row.content[0], measured.group("unit") if measured else "", (a, b), label))
    return found


def _growth(sh: str, cells: list[tuple[int, int]], roles: list[str], row: _RowCells) -> list[Indicator]:
    """A row's rate of growth in a 增长% column (地区生产总值 | 亿元 | 312 | 6.5左右): a growth-rate
    target of the row's indicator, beside its level."""
    found = []
    for index, role in enumerate(roles):
        if role != "growth" or index >= len(cells) or not row.content:
            continue
        a, b = cells[index]
        value = sh[a:b].strip()
        named = [c for c in row.content if c[0] < a] or row.content
        total = _FIVE_YEAR_TOTAL.fullmatch(value)
        if total is not None:
            # 城镇新增就业(万人) | — | — | 〔30〕: the five years' total, in the row's measure (a share of
            # it in %, 能耗降低(%) | 〔14.5〕, is a rate of decrease over them)
            measure = _MEASURED_HEADER.search(sh[named[-1][0] : named[-1][1]].strip())
            unit = measure.group("unit") if measure else ""
            start, end = a + total.start(1), a + total.end(1)
            found.append(Indicator(named[-1], unit or "%", (start, end), "增长" if unit in ("", "%") else ""))
            continue
        if (
            b > a
            and is_figure(value)
            and not re.search(
                r"[^\d.%\s]", re.sub(r"以上|左右|以内|力争|争取|约|(?<=\d)\s*[-~～—–至]\s*(?=\d)", "", value)
            )
        ):  # (6.5左右, 6—7: a rate, or a range of rates)
            found.append(Indicator(named[-1], "%", (a, b), "增长"))
    return found


#: A growth column's cell saying how it is to grow against another figure (与经济增长同步, 完成市下达目标).
_GROWTH_SAID: Final = re.compile(
    r"(?:与|同)[^|\d]{2,12}?(?:同步|持平)|完成[^|\d]{0,6}?下达(?:的)?(?:目标|任务|指标)"
    r"|(?:高于|不低于|低于|不高于)[^|\d]{2,12}?(?:水平|平均|增速|增幅)"
)


def _growth_said(sh: str, cells: list[tuple[int, int]], roles: list[str]) -> tuple[int, int] | None:
    """A growth column's cell stating a relative target in words, where the row's target column gives none."""
    for index, role in enumerate(roles):
        if role == "growth" and index < len(cells):
            a, b = cells[index]
            if _GROWTH_SAID.fullmatch(sh[a:b].strip()):
                return a, b
    return None


def _growth_in_points(sh: str, cells: list[tuple[int, int]], roles: list[str], row: _RowCells) -> list[tuple[int, int]]:
    """A 增幅 column's cells saying the rise in percentage points (常住人口城镇化率 | % | 51.2 | 52.6 |
    提高1.4个百分点): each a target of its own, against last year's level."""
    return [
        cells[index]
        for index, role in enumerate(roles)
        if role == "growth"
        and index < len(cells)
        and row.content
        and _POINTS_CELL.fullmatch(sh[cells[index][0] : cells[index][1]].strip())
    ]


#: A cell saying a rise or fall in percentage points (提高1.4个百分点, 下降0.5个百分点).
_POINTS_CELL: Final = re.compile(
    r"(?:力争|争取)?(?:提高|提升|增加|上升|下降|降低|减少)\s*\d+(?:\.\d+)?\s*个?百分点(?:以上|左右)?"
)
#: A five-year total in the brackets plans mark it with (〔30〕, 〔14.5〕).
_FIVE_YEAR_TOTAL: Final = re.compile(r"〔\s*(\d+(?:\.\d+)?)\s*〕")
#: The same in a target column, in any of its brackets (〔30〕, [30], 【30】).
_TOTAL_TARGET: Final = re.compile(r"[〔\[【]\s*(\d+(?:\.\d+)?)\s*[〕\]】]")


def _unit_columns(header: list[str]) -> dict[int, str]:
    """The header's unit columns: index -> lead or support."""
    return {i: role for i, role in enumerate(_header_roles(header)) if role in ("lead", "support")}


def _has_lead_column(header: list[str]) -> bool | str:
    """Whether a header names a column of units that lead (牵头单位): 责任单位 beside it supports; ``"office"``
    where, with no such column, a department's office column (责任科室) stands before one of bodies (责任单位)."""
    if any(_column_role(h, False) == "lead" and re.search(r"牵头|主责|主办", h) for h in header):
        return True
    cells = [h.strip() for h in header]
    office = next((i for i, h in enumerate(cells) if _OFFICE_COLUMN.fullmatch(h)), -1)
    bodies = next((i for i, h in enumerate(cells) if _BODIES_COLUMN.fullmatch(h)), -1)
    if 0 <= office < bodies:  # (责任单位 | 责任科室: the department first, its office after it, leads as it stands)
        return _OFFICE_LEADS
    return False


#: A department's office column (责任科室, 责任股室) and a column of the bodies it answers for (责任单位).
_OFFICE_COLUMN: Final = re.compile(r"责任(?:科室|股室|处室)")
_BODIES_COLUMN: Final = re.compile(r"责任(?:单位|部门)")
_OFFICE_LEADS: Final = "office"


def _estimates_ahead(header: list[str], roles: list[str]) -> list[str]:
    """An estimate is where things stand beside a target (2025年预计 | 2026年目标, 2025年规划目标 | 2025年预计);
    the latest year's estimate in a table of no other target (2025年完成 | 2026年预计) is its target."""
    if "target" in roles:
        return roles
    years = [int(y) for h in header for y in re.findall(r"(20\d{2})年", h)]
    return [
        "target"
        if role == "baseline"
        and "预计" in name
        and (own := re.search(r"(20\d{2})年", name)) is not None
        and int(own.group(1)) >= max(years)
        else role
        for name, role in zip(header, roles)
    ]


#: A note saying columns named by their headers are not assessed (“一季度”至“四季度”各栏为…累计进度安排,…
#: 不单独考核; “2024年基数”栏仅供参考,不作考核): their figures are for reference, no targets.
_UNASSESSED_COLUMNS_NOTE: Final = re.compile(
    r"[“\"](?P<first>[^”\"\n]{1,12})[”\"](?:\s*(?P<through>至|到|、|和|及|与)\s*[“\"](?P<last>[^”\"\n]{1,12})[”\"])?"
    r"(?:各|两|等)?(?:栏|列)(?P<said>[^。;；\n“\"]{0,60}?)(?:仅供参考|仅作参考|不单独考核|不作考核|不作为考核|不纳入考核|不考核)"
)
#: A note naming the year's column assessed and the later years' columns expected only (表中2025年栏为本年度考核目标,
#: 2026年、2027年栏为预期目标,根据年度评估情况滚动调整): the later ones are no targets of the plan's year.
_EXPECTED_YEARS_NOTE: Final = re.compile(
    # (2027—2028年栏为预期目标, 2027年、2028年为预期目标: a range, or the columns' years alone)
    r"20\d\d年(?:栏|列)为(?:本年度|当年|年度)?考核(?:目标|指标)[,，;；]\s*"
    r"(?P<others>20\d\d年?(?:\s*(?:、|和|及|与|至|到|—|－|-|~)\s*20\d\d年?)*年?)(?:各|两)?(?:栏|列)?(?:为|作为)(?:预期|参考|预计|展望)"
)
#: The columns a document's notes say are not assessed: (first, last) header pairs (a range when joined by
#: 至), set by the drafter for the text it reads.
unassessed_columns: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("unassessed_columns", default=())


def unassessed_column_notes(text: str) -> tuple[tuple[str, str], ...]:
    """The header ranges the notes of ``text`` say are for reference only (see _UNASSESSED_COLUMNS_NOTE)."""
    found = []
    for note in _UNASSESSED_COLUMNS_NOTE.finditer(text):
        if re.search(r"考核目标|其余|其他", note["said"]):
            continue  # “全年目标”栏为考核目标,其余各栏仅供参考: the column named is the assessed one
        first, last = note["first"].strip(), (note["last"] or note["first"]).strip()
        if note["through"] in ("至", "到"):
            found.append((first, last))
        else:
            found.extend([(first, first), (last, last)])
    for note in _EXPECTED_YEARS_NOTE.finditer(text):
        years = [year + "年" for year in re.findall(r"(20\d\d)", note["others"])]
        if re.search(r"至|到|—|－|-|~", note["others"]):
            found.append((years[0], years[-1]))
        else:
            found.extend((year, year) for year in years)
    return tuple(found)


#: A note saying a column lists the units that help (“责任分工”栏所列区直部门(单位)为配合单位; 表中“责任分工”栏所列单位为
#: 配合单位,按职责协同推进): the column's units help whoever leads the rows, whatever its header would say.
_HELPER_COLUMN_NOTE: Final = re.compile(
    r"[“\"](?P<header>[^”\"。;；\n]{2,10})[”\"](?:栏|列)(?:所列|列明|中)?的?[^。;；,，\n为]{0,16}?为(?:配合|协办|协同|协助)(?:单位|部门)"
)
#: The headers of the columns a document's notes say list helpers (see _HELPER_COLUMN_NOTE), set by the drafter for the
#: text it reads.
helper_columns: ContextVar[frozenset[str]] = ContextVar("helper_columns", default=frozenset())


def helper_column_notes(text: str) -> frozenset[str]:
    """The headers of the columns the notes of ``text`` say list the units that help (not those saying some of a column
    help: 除第一个单位外, 未标注*的, 其他单位)."""
    return frozenset(
        note["header"].strip()
        for note in _HELPER_COLUMN_NOTE.finditer(text)
        if not re.search(r"其他|其余|除|外|未|第一|标注|\*", note.group(0)[len(note["header"]) + 2 :])
    )


#: A year's column headed as its aim (2026年目标).
_YEAR_AIM: Final = re.compile(r"20\d\d年目标")


def _unassessed(header: list[str], roles: list[str]) -> list[str]:
    """Roles with the target columns a note says are not assessed skipped (a baseline stays a baseline)."""
    # (a year's column as the note names it, 2026年, may be headed 2026年目标 once read)
    names = [
        cell.strip().removesuffix("目标") if _YEAR_AIM.fullmatch(cell.strip()) else cell.strip() for cell in header
    ]
    roles = list(roles)
    for first, last in unassessed_columns.get():
        if first not in names or last not in names:
            continue
        for i in range(names.index(first), names.index(last) + 1):
            if roles[i] in ("target", "growth", "year") or roles[i].startswith(("quarter", "month")):
                roles[i] = "skip"
    return roles


def _resolve_planned(roles: list[str]) -> list[str]:
    """指标 | 单位 | 年度任务: a planned figure's column is a target in the measure of the 单位 column, or each place's
    share beside a column of places (村名 | 指标 | 任务数, 680亩); otherwise a column of text."""
    if "planned" not in roles:
        return roles
    measured = "unit" in roles or "place" in roles
    return [("target" if measured else "content") if role == "planned" else role for role in roles]


def _header_roles(header: list[str]) -> list[str]:
    """The role of each column of a header."""
    has_lead = _has_lead_column(header)
    marked = unit_columns(header)  # 县发改委 | 县财政局 | …: marks, read apart (see matrix.py)
    roles = ["marked" if i in marked else _column_role(h, has_lead) for i, h in enumerate(header)]
    roles = _estimates_ahead(header, roles)
    # 年度目标 | 1-10月完成 | 增幅(%): the growth beside what is done so far is how much it grew, no target
    roles = [
        "baseline" if role == "growth" and i and roles[i - 1] == "baseline" and "target" in roles[:i] else role
        for i, role in enumerate(roles)
    ]
    roles = _group_aims(header, roles)
    roles = _resolve_planned(roles)
    roles = _total_beside_spending(header, roles)
    bare_progress = [i for i, h in enumerate(header) if _BARE_PROGRESS_HEADER.fullmatch(h.strip())]
    if len(bare_progress) == 1:
        roles[bare_progress[0]] = "skip"  # 年度目标 | 1-6月进度 | 责任单位: the half-year's progress, no target
    roles = _unassessed(header, _whole_place_first(header, roles))
    helping = helper_columns.get()
    if helping:  # (a note: “责任分工”栏所列单位为配合单位)
        roles = ["support" if cell.strip() in helping else role for cell, role in zip(header, roles)]
    # 二级指标 | 目标值 | 考核部门: the department that assesses a row answers for it, unless a column names
    # who does the work (责任科室 | 考核部门, where it only scores)
    doers = any(role in ("lead", "support", "marked") for role in roles)
    # 责任乡镇 | 行业主管部门: the places carry the project out, the department over their trade helps
    overseeing = "support" if any(role == "lead" for role in roles) else "lead"
    return [
        ("skip" if doers else "lead") if role == "assessor" else overseeing if role == "overseer" else role
        for role in roles
    ]


#: A column of a project's whole investment (总投资, 总投资(万元), 项目总投资).
_TOTAL_INVESTMENT_HEADER: Final = re.compile(r"(?:项目)?(?:计划)?总投资(?:额)?\s*(?:[(（][^()（）]{1,6}[)）])?")


def _total_beside_spending(header: list[str], roles: list[str]) -> list[str]:
    """总投资 | 2024年计划投资: beside the year's spending, the project's whole investment only says how big it is
    (the year's column is the target); alone, it stays a cell of the project's text."""
    spending = any(role == "spending" or _YEARS_SPENDING.fullmatch(h.strip()) for h, role in zip(header, roles))
    if not spending:
        return roles
    return [
        "skip" if role == "content" and _TOTAL_INVESTMENT_HEADER.fullmatch(h.strip()) else role
        for h, role in zip(header, roles)
    ]


def _whole_place_first(header: list[str], roles: list[str]) -> list[str]:
    """| 指标 | 全市 | 甲县 | 乙县 | 丙区 |: a column of the whole place before two columns of its places or
    more holds the whole's target, the places' shares after it (share_columns); a total after the places
    (| … | 全镇合计 |) is read as such a matrix's total already."""
    if "target" in roles:
        return roles
    for i, cell in enumerate(header):
        if roles[i] == "content" and _WHOLE_PLACE_HEADER.fullmatch(cell.strip()):
            if sum(j > i for j in share_columns(header, roles)) >= 2:
                return [*roles[:i], "target", *roles[i + 1 :]]
    return roles


def _row_roles(text: str, sh: str, cells: list[tuple[int, int]], header: list[str]) -> list[str]:
    """The role of each cell of a row: its column's, unless the cells do not line up with the header
    (a flattened table lost its blanks), when they are told by their content."""
    has_lead = _has_lead_column(header)
    roles = _aims_with_figures(sh, cells, header, _measured_tasks(sh, cells, header, _header_roles(header)))
    # 城关镇 | 河口镇, 县人民医院 | 县中医院 after the target column: each place's or body's share of it (a
    # figure in the cell, not a mark under a unit's column)
    shares = share_columns(header, roles)
    roles = [
        "target"
        if i in shares
        and (role != "marked" or (i < len(cells) and re.search(r"\d", sh[cells[i][0] : cells[i][1]]) is not None))
        else role
        for i, role in enumerate(roles)
    ]  # (under a column that could hold a unit's marks, a figure, not ★)
    if shares and "target" not in _header_roles(header):  # a matrix of places (share_columns): its total too
        roles = [
            "target" if i > min(shares) and _TOTAL_HEADER.fullmatch(h.strip()) else r
            for i, (r, h) in enumerate(zip(roles, header))
        ]
    if "unit" in roles and "year" in roles and "target" not in roles:
        # 指标 | 单位 | 2021年 | 2022年: the latest year's column is the target; 2022年 | 2025年 | 2027年: the
        # first the base, each later year's a stage's target
        years = [i for i, r in enumerate(roles) if r == "year"]
        # (a middle year's cell is a stage's target only where it says how it is to be reached, ≥31.5;
        # 2022年 | 2023年 | 2025年 with bare figures: the years before the last are where things stood)
        targets = {years[-1]} | {
            i for i in years[1:-1] if i < len(cells) and _COMPARED_CELL.match(sh, cells[i][0], cells[i][1])
        }
        if years_split_out.get() and _consecutive_years([header[i] for i in years]):
            targets = set(years)  # 按年度分解如下 / 2025年 | 2026年 | 2027年: each year's column its year's target
        roles = ["target" if i in targets else ("skip" if r == "year" else r) for i, r in enumerate(roles)]
    months = {int(role[5:]) for role in roles if role.startswith("month")}
    if len(months) >= 2:
        # 指标 | 1月 | 2月 | 3月 | 一季度目标: the quarter the months make up is the plan's own target (another
        # quarter's column, 二季度 beside them, stays what is due by its end)
        roles = [
            "target"
            if role.startswith("quarter") and months <= set(range(3 * int(role[-1]) - 2, 3 * int(role[-1]) + 1))
            else role
            for role in roles
        ]
    if not header:
        return _roles_by_content(text, sh, cells, has_lead, roles)
    if _left_out_category(sh, cells, roles, len(header)):
        # 类别 or 序号 merged down its group: a row after the group's first leaves it out, its cells one
        # to the left
        return roles[1:] + ["skip"] * (len(cells) - len(roles) + 1)
    group = _category_merged(text, cells, roles)
    if group is not None:
        # 2 | 拥有发明专利(件) | 市知识产权局 | … under 序号 | 目标 | 任务内容 | 牵头部门 | …: the group's cell
        # (综合指标) merged down from the row above, the row's units one column to the left
        roles = [*roles[:group], *roles[group + 1 :]]
    if (
        roles[:1] in (["unit"], ["content"])
        and _UNITS_NAMED.fullmatch(header[0])
        and all(r in ("content", "target") and _MEASURED_HEADER.search(h) for r, h in zip(roles[1:], header[1:]))
    ):
        roles = ["lead", *roles[1:]]  # 单位 | 签约项目(个) | 签约金额(亿元): the units answering, not a measure
    unit_columns = [i for i, r in enumerate(roles) if r in ("lead", "support")]
    if unit_columns == [0] and all(
        r in ("content", "target") and _MEASURED_HEADER.search(h) for r, h in zip(roles[1:], header[1:])
    ):
        # 责任单位 | 外贸出口目标(万美元) | 实到外资目标(万美元): each unit's share of each measure, as a place's
        roles, unit_columns = ["place", *roles[1:]], []
    by_quarter = bool(header) and _PERIOD_HEADER.fullmatch(header[0].strip()) is not None
    if unit_columns and by_quarter:
        # 季度 | 实际到位内资(累计) | 新签约亿元以上项目(累计) | 牵头单位: each quarter's row states what is due
        # by its end in each column, the unit column answering
        # (季度 | 重点工作 | 量化目标 | 责任处室: where a column holds the targets, the others name the work)
        stated = "target" in roles[1:]
        roles = [
            r if i == 0 else "target" if r == "baseline" or (r == "content" and not stated) else r
            for i, r in enumerate(roles)
        ]
    elif unit_columns and not (
        # 社区 | 指标 | 2025年目标 | 包联科室: helpers alone beside the places, each place answering for its rows
        "place" in roles and all(roles[i] == "support" for i in unit_columns)
    ):  # 镇街 | 项目名称 | … | 责任单位: the place is where, the unit column who answers
        shared_out = "place" in roles and "target" not in roles
        roles = ["content" if r == "place" else r for r in roles]
        if shared_out:
            # 县市区 | 城镇新增就业(人) | 失业人员再就业(人) | 责任单位, 乡镇 | 项目名称 | 建设规模(公里) | 投资(万元) |
            # 责任单位: the measured columns state the targets, the unit column answering for them (not a
            # site's size, 用地面积(亩), which describes it)
            roles = [
                "target" if r == "content" and i and _MEASURED_HEADER.search(h) and not _SITE_SIZE.search(h) else r
                for i, (r, h) in enumerate(zip(roles, header))
            ]
    elif "place" in roles:  # 乡镇 | 粮食播种面积(万亩) | 生猪出栏(万头): each measured column a place's share,
        # unless a column names the task (乡镇 | 可种植面积(万亩) | 2023年任务面积(万亩)): the rest describe the place
        # (季度 | 实际到位资金(亿元): under quarters every measured column is what is to be reached by then)
        described = "target" in roles
        roles = [
            ("skip" if described and _DESCRIBES_PLACE.search(h) else "target")
            if (r == "content" or (by_quarter and r == "baseline"))
            and (_MEASURED_HEADER.search(h) or _DIMENSIONLESS_HEADER.search(h))
            else r
            for r, h in zip(roles, header)
        ]
    columns = roles
    width = len(roles) - 1
    if (
        not unit_columns
        and roles[:1] == ["serial"]
        and width > 1
        and len(cells) > len(roles)
        and (len(cells) - 1) % width == 0
    ):
        # 1 | 新增4000张养老床位 | 4385 | 110% | 新增800张…床位 | 810 | 101%: sub-rows under one number, each
        # with the header's columns after 序号 (here what was done and its share: no targets)
        return roles + roles[1:] * ((len(cells) - len(roles)) // width)
    if len(cells) < len(header):
        roles = _short_row(sh, cells, roles)
    if not unit_columns:
        return roles
    # a 目标任务 column after the units stays a content cell in a whole row (read as text: a bare
    # figure in it names nothing); in a short row lined up by its units it is the target (2 | 新增城镇
    # 就业 | 人社局 | 8950 |…): taking the whole rows' bare figures too costs sets 21, 35, 87 and 88 more
    # than it finds
    roles = _reports_after_units(roles, unit_columns[-1], header)
    if len(cells) < len(header):
        # 2 | 新增城镇就业 | 人社局 | 8950 | 7356 | 82% under a header ending in 备注: the cells line up with
        # the header's first ones, the last left blank (a bare figure under 目标任务 is the target);
        # 完成征缴基金10000万元 | 区人社局 | 10000万 | … : with its last ones, the first merged into the row above
        placed = _units_in_place(text, cells, _reports_after_units(columns, unit_columns[-1], header, "target"))
        if placed is not None:
            return placed
    if (
        len(cells) < len(header)
        and re.fullmatch(r"\d{1,3}", sh[cells[0][0] : cells[0][1]].strip())
        and all(role in ("lead", "support", "skip") for role in columns[len(cells) :])
        and not any(role in ("lead", "support") for role in columns[: len(cells)])
        and not any(_unit_cell(text[a:b]) for a, b in cells[1:])
    ):
        # 5 | 其中:工业投资 | 亿元 | 41.3 | 47.5 | 15 under … | 增长(%) | 责任领导 | 牵头单位: the row's cells
        # line up with the header's first ones, its people and units left blank (the units above answer)
        return columns[: len(cells)]
    filled = [c for c in cells if c[1] > c[0]]
    misfit = any(
        roles[i] in ("lead", "support") and b > a and not _unit_cell(text[a:b])
        for i, (a, b) in enumerate(cells[: len(roles)])
    )
    if misfit or (len(cells) < len(header) and len(filled) < len(header)):
        return _roles_by_content(text, sh, cells, has_lead, roles)
    if len(filled) > len(header):
        # a row holding sub-rows of its merged cells (…社区4个 | 4 | 4 | 100% after the row's own cells):
        # the cells past the header's are told by their content too
        return roles + _roles_by_content(text, sh, cells, has_lead, roles)[len(roles) :]
    return roles


def _reports_after_units(roles: list[str], last_unit: int, header: list[str], targets: str = "content") -> list[str]:
    """The roles with what follows the units (推进情况, 说明, 是否达序) skipped: it reports progress, not
    targets; but a column of what is still to be done (…| 上半年完成情况 | 下半年推进措施) is the plan
    again, and one of targets (责任单位 | 目标任务 | 1-8月实际完成情况) takes the role ``targets``.
    Where the units come before any task (责任单位 | 工作任务 | 目标值), what follows them is the task."""
    if "content" not in roles[:last_unit] and "target" not in roles[:last_unit]:
        # 责任单位 | 工作任务 | 目标值 | 1-6月推进: the task columns after the units, then the reports
        after = [i for i, r in enumerate(roles) if i > last_unit and r in ("content", "target")]
        last_unit = after[0] if after else last_unit
        if after and roles[after[0]] == "content" and len(after) > 1 and roles[after[1]] == "target":
            last_unit = after[1]
    return [
        (
            r
            if r != "content" or i <= last_unit or _NEXT_STEPS_COLUMN.fullmatch(header[i])
            else targets
            if "目标" in header[i]
            else "skip"
        )
        for i, r in enumerate(roles)
    ]


#: A column headed by a place's or a body's own name (城关镇, 柳林乡, 沈州市, 县人民医院, 各乡镇卫生院), not a word of
#: a header: the column of that place's or body's shares.
_SHARE_HEADER: Final = re.compile(
    r"(?!所在|涉及|受益|牵头|责任|实施|建设|覆盖|服务|主管|配合)"  # (所在乡镇, 受益村: what a row is about)
    r"(?:各)?[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|社区|村|市|县|区|旗|医院|卫生院|中心|学校|中学|小学|公司|集团|局)"
)


#: A column headed by a place's own name (东坪村, 城关镇, 沈州市), not a body's.
_PLACE_COLUMN: Final = re.compile(
    r"(?!所在|涉及|受益|牵头|责任|实施|建设|覆盖|服务|主管|配合)[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|社区|村|市|县|区|旗)"
)
#: The body of a place, named after it (村民委员会, 人民政府): the unit answering for the place's share.
_PLACE_BODY: Final = r"(?:村民委员会|居民委员会|人民政府|街道办事处|办事处|党委|党总支)"
#: A column of a matrix's total (全镇合计, 合计, 全县目标): the whole's own target beside the places' shares.
_TOTAL_HEADER: Final = re.compile(
    r"(?:全[镇乡县区市街盟旗州省]\S{0,2})?(?:合计|总计|总量)|全[镇乡县区市盟旗州省](?:目标|任务)?"
)


def share_columns(header: list[str], roles: list[str]) -> set[int]:
    """The columns after a target column whose headers name places or bodies each taking a share of the
    row's target (| 指标 | 全县目标 | 城关镇 | 河口镇 | 责任单位 |, | 县级目标 | 县人民医院 | 县中医院 |): two at least."""
    first_target = next((i for i, role in enumerate(roles) if role == "target"), None)
    if first_target is None:
        # | 指标 | 东坪村 | 西岭村 | 南溪村 | 全镇合计 |: a matrix of places with no target column of its own,
        # each place's column its share, the total column the whole's target (see _row_roles)
        places = {
            i
            for i in range(1, len(header))
            if roles[i] in ("content", "skip", "marked")
            and _SHARE_HEADER.fullmatch(header[i].strip())
            and not _HEADER_WORDS.fullmatch(header[i].strip())
            and not _TOTAL_HEADER.fullmatch(header[i].strip())
        }
        return places if len(places) >= 2 else set()
    found = {
        i
        for i in range(first_target + 1, len(header))
        if roles[i] in ("content", "skip", "marked")
        and _SHARE_HEADER.fullmatch(header[i].strip())
        and not _HEADER_WORDS.fullmatch(header[i].strip())
    }
    return found if len(found) >= 2 else set()


def _answer_by_share_column(row: Node, cells: list[tuple[int, int]], names: list[str], shares: set[int]) -> None:
    """Each share in a column of a place or body (城关镇 | 300) answered for by that place or body (by the
    name the text gives its body: 东坪村村民委员会), the row's own units helping; the row's own target
    (全县目标, 全镇合计) keeps the row's units."""
    own = row.brackets[-1].responsibility if row.brackets else Responsibility()
    brackets = []
    for index, indicator in enumerate(row.indicators):
        column = _column_of(indicator, cells)
        if column in shares:
            body = names[column].strip()
            answer = Responsibility((body,), tuple(u for u in (*own.lead, *own.support) if u != body))
        else:
            answer = own
        brackets.append(Bracket(indicator.value[0], indicator.value[1], answer))
        row.indicators[index] = attrs.evolve(indicator, segment=index)
    if brackets:
        row.brackets[:] = brackets


#: The first cell of a row naming each column's units (牵头单位 | …, 配合单位 | …).
_COLUMN_UNITS_LABEL: Final = re.compile(
    r"(?:牵头|责任|主责)(?:单位|部门)|(?P<help>(?:配合|协办|协同|参与)(?:单位|部门))"
)


def _answer_quarters_by_column(sh: str, rows: list[Node], units: dict[int, list[str]], *, helps: bool) -> None:
    """The quarters' figures (一季度 | 9 | 26) answered for by the units a row under them names for each
    column: as leads (牵头单位 | …), or as helpers of those leads (配合单位 | …)."""
    for row in rows:
        if row.kind != "row" or not row.indicators:
            continue
        line_start = sh.rfind("\n", 0, row.indicators[0].value[0]) + 1
        line_end = sh.find("\n", line_start)
        cells = _cells(sh, line_start, len(sh) if line_end < 0 else line_end)
        answers = [b.responsibility for b in row.brackets] if len(row.brackets) == len(row.indicators) else []
        brackets = []
        for index, indicator in enumerate(row.indicators):
            named = tuple(units.get(_column_of(indicator, cells), ()))
            before = answers[index] if answers else Responsibility()
            answer = (
                Responsibility(before.lead, before.support + named) if helps else Responsibility(named, before.support)
            )
            brackets.append(Bracket(indicator.value[0], indicator.value[1], answer))
            row.indicators[index] = attrs.evolve(indicator, segment=index)
        row.brackets[:] = brackets


def _column_of(indicator: Indicator, cells: list[tuple[int, int]]) -> int:
    """The index of the cell an indicator's figure stands in (-1: none)."""
    return next((i for i, (a, b) in enumerate(cells) if a <= indicator.value[0] < b), -1)


def _labelled_by_column(indicator: Indicator, cells: list[tuple[int, int]], header: list[str]) -> Indicator:
    """A place's share labelled with what its column measures (单位GDP能耗下降 of 单位GDP能耗下降(%))."""
    column = _column_of(indicator, cells)
    if indicator.label or not 0 <= column < len(header):
        return indicator
    measured = _MEASURED_HEADER.search(header[column])
    label = header[column][: measured.start()] if measured else header[column]
    return attrs.evolve(indicator, label=label)


#: The row of the whole in a table of places' shares (全市, 全县, 全区).
_WHOLE_PLACE: Final = re.compile(r"全[省市州县区旗镇乡]")


def _answer_by_column(row: Node, cells: list[tuple[int, int]], column_leads: dict[int, list[str]]) -> None:
    """A place's shares answered for by each column's lead (牵头单位 | 县农业农村局 | 县工业和信息化局 under
    the header), the place helping: a bracket per share, in the order of the row's indicators."""
    places = row.brackets[-1].responsibility.lead if row.brackets else ()
    places = tuple(p for p in places if not _WHOLE_PLACE.fullmatch(p))  # 全市 | 31.5: the whole helps no one
    brackets = []
    for index, indicator in enumerate(row.indicators):
        lead = tuple(column_leads.get(_column_of(indicator, cells), ()))
        answer = Responsibility(lead, tuple(p for p in places if p not in lead)) if lead else Responsibility(places)
        brackets.append(Bracket(indicator.value[0], indicator.value[1], answer))
        row.indicators[index] = attrs.evolve(indicator, segment=index)
    if brackets:
        row.brackets[:] = brackets


def _units_in_place(text: str, cells: list[tuple[int, int]], columns: list[str]) -> list[str] | None:
    """The roles of a row short of the header's cells, set against the header so that its first cell
    of units falls in the header's first column of units, when then its cells of units, and only
    they, fall in the header's columns of units."""
    units = [i for i, (a, b) in enumerate(cells) if b > a and _unit_cell(text[a:b])]
    header_units = [i for i, r in enumerate(columns) if r in ("lead", "support")]
    if not units or not header_units:
        return None
    skipped = header_units[0] - units[0]
    if skipped < 0 or skipped + len(cells) > len(columns):
        return None
    if skipped and re.fullmatch(r"\d{1,3}", text[cells[0][0] : cells[0][1]].strip()):
        return None  # a numbered row keeps its first cells: two of its cells ran together
    placed = columns[skipped : skipped + len(cells)]
    if [i for i, r in enumerate(placed) if r in ("lead", "support") and cells[i][1] > cells[i][0]] != units:
        return None
    return placed


#: A row's number in its own cell: 1, (1), 1., ①, 一, 一、.
_SERIAL_CELL: Final = re.compile(r"[(（]?\d{1,3}[)）.、]?|[①-⑳]|[(（]?[一二三四五六七八九十]{1,3}[)）、.]?")


def _left_out_category(sh: str, cells: list[tuple[int, int]], roles: list[str], columns: int) -> bool:
    """Whether a row leaves out the first column, merged down its group: its filled cells are one short
    of the header's, and either the column is 序号 and the row opens with no number, or it is a
    category (类别 | 主要指标 | 单位 | … over 2.农村低保标准占城市低保标准比例 | % | 58 | 75 | 预期性) and
    the row's measure falls one column to the left of the header's."""
    filled_end = max((i + 1 for i, (a, b) in enumerate(cells) if b > a), default=0)
    if not roles or filled_end != columns - 1:
        return False
    if roles[0] == "serial":
        # 新增800张困难重度残疾人养护床位 | 810 | 101% under 序号 | 实事项目名称 | 完成情况 | 占全年计划:
        # a sub-row of item 1, its number merged into the row above (in a table of units, the units
        # line the row up: see _units_in_place); a blank first cell keeps the column (| 其中:…)
        first = sh[cells[0][0] : cells[0][1]].strip()
        return (
            bool(first)
            and first != GOES_ON
            and not any(r in ("lead", "support") for r in roles)
            and not _SERIAL_CELL.fullmatch(first)
        )
    if roles[0] != "skip" or "unit" not in roles[1:]:
        return False
    unit = roles.index("unit")
    if unit >= len(cells):
        return False
    before, under = (sh[cells[i][0] : cells[i][1]].strip() for i in (unit - 1, unit))
    return _measure_cell(before) and not _measure_cell(under)


def _measured_tasks(sh: str, cells: list[tuple[int, int]], header: list[str], roles: list[str]) -> list[str]:
    """The roles with each column of 目标任务 (前三年目标任务 | 五年目标任务) a target's where the row names
    its measure, in brackets or a 单位 column (拥有发明专利(件) | … | 3000 | 4200), and the column's cell is
    a figure alone: elsewhere such a column holds sentences, or repeats the task's figure beside what was
    done."""
    tasks = [i for i, h in enumerate(header) if roles[i] == "content" and h.strip().endswith("目标任务")]
    figures = [sh[a:b].strip() for a, b in cells]
    measured = any(_MEASURED_HEADER.search(cell) for cell in figures) or any(
        role == "unit" and i < len(figures) and _measure_cell(figures[i]) for i, role in enumerate(roles)
    )  # (城镇新增就业 | 人 | 1100: the 单位 column names the measure as a bracket does)
    if not tasks or not measured:
        return roles
    if not any(i < len(figures) and figures[i] and is_figure(figures[i]) for i in tasks):
        return roles
    return _group_aims(header, ["target" if i in tasks else role for i, role in enumerate(roles)])


def _group_aims(header: list[str], roles: list[str]) -> list[str]:
    """The roles with a column named 目标 alone, before the task's and the columns of figures, skipped:
    it holds each group's aim (综合指标, 一、企业自主创新能力提升工程), no figure."""
    return [
        "skip"
        if role == "target"
        and header[i].strip() == "目标"
        and "content" in roles[i + 1 :]
        and "target" in roles[i + 1 :]
        else role
        for i, role in enumerate(roles)
    ]


def _aims_with_figures(sh: str, cells: list[tuple[int, int]], header: list[str], roles: list[str]) -> list[str]:
    """The roles with the cell of a column named 目标 that :func:`_group_aims` skipped read as a target
    where it holds a figure (目标 | 主要任务 | 2026年目标 over 到2028年城镇新增就业3500人以上)."""
    return [
        "target"
        if role == "skip" and header[i].strip() == "目标" and i < len(cells) and re.search(r"\d", sh[slice(*cells[i])])
        else role
        for i, role in enumerate(roles)
    ]


def _category_merged(text: str, cells: list[tuple[int, int]], roles: list[str]) -> int | None:
    """The column of a group's name (目标, 类别) that a numbered row leaves out, merged down from the
    group's first row: the row is one cell short, opens with its number (the blank before a leading
    bar aside), and its units stand one column to the left of the header's unit column, after a cell
    naming no unit. None where the row is whole or not so."""
    group = next((i for i, role in enumerate(roles) if role == "skip"), None)
    if group is None or not 0 < group <= 2 or any(role not in ("serial", "content") for role in roles[:group]):
        return None
    filled_end = max((i + 1 for i, (a, b) in enumerate(cells) if b > a), default=0)
    if filled_end != len(roles) - 1:
        return None
    opening = [text[a:b].strip() for a, b in cells[:group]]
    if not any(opening) or not all(not cell or _SERIAL_CELL.fullmatch(cell) for cell in opening):
        return None
    unit_at = next((i for i, role in enumerate(roles) if role in ("lead", "support")), None)
    if unit_at is None or unit_at < group + 2:
        return None
    shifted, before = (text[cells[i][0] : cells[i][1]].strip() for i in (unit_at - 1, unit_at - 2))
    named_unit = _unit_cell(before) and not _MEASURED_HEADER.search(before)  # (…研究中心(家): an indicator)
    # (社区卫生服务中心(个) under 指标 in a whole row whose 备注 is blank: an indicator, measured, no unit)
    return group if _unit_cell(shifted) and not _MEASURED_HEADER.search(shifted) and not named_unit else None


def _short_row(sh: str, cells: list[tuple[int, int]], roles: list[str]) -> list[str]:
    """The roles of a row short of the header's cells because it leaves out its number or its measure
    (提质改造农村公路 | 公里 | 168 under 序号 | 考核指标 | 单位 | 工作目标, the row going on with the
    number above; 4 | 减少大班额 | 869 with no measure): those columns are skipped in its roles."""
    adjusted = list(roles)
    first = sh[cells[0][0] : cells[0][1]].strip() if cells else ""
    if adjusted and adjusted[0] == "serial" and not re.fullmatch(r"\d{1,3}|[一二三四五六七八九十]{1,3}", first):
        adjusted.pop(0)
    if "unit" in adjusted:
        index = adjusted.index("unit")
        value = sh[cells[index][0] : cells[index][1]].strip() if index < len(cells) else ""
        if not _measure_cell(value):
            adjusted.pop(index)
    if len(adjusted) == len(roles) or len(cells) > len(adjusted):
        return roles
    return adjusted + ["skip"] * (len(roles) - len(adjusted))


def _measure_cell(value: str) -> bool:
    """Whether a cell is a measure alone (万人, 公里, 元/月/人), as a 单位 column holds."""
    if not value or len(value) > 8 or re.search(r"\d", value):
        return False
    quantities = find_quantities("1" + value)
    return bool(quantities) and quantities[0].start == 0


@attrs.define
class _RowCells:
    """The cells of a table row sorted by role; ``content`` cells are the task and what it is to do."""

    serial: str = ""
    serial_written: str = ""  # the serial cell as the text writes it (1—3: a run of items; 1-2: a sub-item's)
    lead: list[str] = attrs.Factory(list)
    support: list[str] = attrs.Factory(list)
    content: list[tuple[int, int]] = attrs.Factory(list)
    unit_text: str = ""
    target_cell: tuple[int, int] | None = None
    units_written: bool = False  # whether a unit cell of the row is filled (not taken from above)
    # cells of what is due by a quarter or in a month, read as text: (a, b, (一季度, 3))
    dated: list[tuple[int, int, tuple[str, int]]] = attrs.Factory(list)
    more_targets: list[tuple[int, int]] = attrs.Factory(list)  # target cells after the first (a later year's)
    due: dict[tuple[int, int], tuple[str, int]] = attrs.Factory(dict)  # a month's or quarter's figures, by cell
    striven: set[tuple[int, int]] = attrs.Factory(set)  # the cells of a column striven for (奋斗目标)
    # the measure each target column's header names, by cell (乡镇 | 粮食播种面积(万亩) | 生猪出栏(万头))
    target_units: dict[tuple[int, int], str] = attrs.Factory(dict)
    target_bounds: dict[tuple[int, int], str] = attrs.Factory(dict)  # the comparator its column's header names
    # what a target column measures where the row's name does not say it (乡镇 | 农田灌溉水有效利用系数), by cell
    target_labels: dict[tuple[int, int], str] = attrs.Factory(dict)
    month: tuple[str, int] | None = None  # the month its 月份 cell dates all of it by (3月 | 春季植树造林 | …)
    period: tuple[str, int] | None = None  # the quarter its 季度 cell dates its figures by (一季度 | 9 | 26)
    deadline: tuple[str, int] | None = None  # the deadline its 完成时限 cell states (2024年6月底前)

    def add_target(self, cell: tuple[int, int]) -> None:
        """A filled target cell: the row's first, or one more after it (a later year's, a month's)."""
        if self.target_cell is None:
            self.target_cell = cell
        elif cell[1] > cell[0]:
            self.more_targets.append(cell)


#: The first cells of a row that sums the rows above.
_TOTAL_ROW: Final = re.compile(r"合\s*计|总\s*计|小\s*计|共\s*计")
#: The total of a whole table (合计, 总计), not of a group of its rows (小计).
_WHOLE_TOTAL: Final = re.compile(r"合\s*计|总\s*计")
#: A group's heading as a table row, counting its rows (一、产业发展项目(3个)).
_GROUP_TOTAL: Final = re.compile(r"[一二三四五六七八九十]{1,3}[、.][^|]{1,30}\(\d{1,3}\s*[个项]\)")
#: The same with the group's number in a cell of its own (一 | 交通基础设施(4个) |).
_GROUP_NUMBER: Final = re.compile(r"[一二三四五六七八九十]{1,3}[、.]?")
_GROUP_COUNTED: Final = re.compile(r"[^|\d]{1,30}\(\d{1,3}\s*[个项]\)")
#: A cell that is only a date or a span of time (2025年12月, 12月底前, 全年, 长期, 2024): nothing to read.
_DATE_ONLY: Final = re.compile(
    # each part takes at least one character, and the run is possessive (*+): a cell that is no date
    # (1月底前、2月底前、…分批验收) fails at once instead of trying every way of parting its dates
    r"(?:(?:20\d{2}\s*年\s*)?\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月(?:份|底|末)?(?:前)?"  # 2026年3-12月
    r"|(?:20\d{2}\s*年(?:\d{1,2}\s*月)?|\d{1,2}\s*月)(?:份|底|末|中旬|上旬|下旬|\d{1,2}\s*日)?(?:前|以前|之前)?(?:完成)?"
    r"|20\d{2}\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2})?\s*日?(?:前)?|全年|年内|长期|持续推进|持续|常态化|"
    r"年底前?(?:完成)?|上半年|下半年|[一二三四1-4]季度(?:末|底)?(?:前)?|[ \t\u3000,、;-]|至|份|底|末|前|以前|之前|完成"
    # 第1项2026年6月底;其余2026年11月底: a date for some of the row's parts, another for the rest
    r"|第\s*[(]?[\d一二三四五六七八九十]{1,3}[)]?(?:\s*[、,-]\s*[(]?[\d一二三四五六七八九十]{1,3}[)]?)*\s*项:?"
    r"|其余|其他|其它)*+"
)
#: A cell stating a deadline, a month's end or day with 前 (2024年6月底前, 9月30日前): what is due by then.
_DEADLINE_CELL: Final = re.compile(
    r"(?:20\d{2}\s*年\s*)?(?P<month>1[0-2]|[1-9])\s*月(?:底|末|\d{1,2}\s*日)?\s*(?:前|以前|之前)"
)
#: A line that only says by when (完成时限:2023年9月底前): the item's date, no target of its own.
_DEADLINE_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:完成|办结|实施)?(?:时限|时间)(?:节点)?[:：](?=(?:" + _DATE_ONLY.pattern + r")[ \t]*(?:\n|$))"
)
#: A figure with no measure or comparison of its own (52, 6.5): its row's unit column measures it.
_BARE_FIGURE: Final = re.compile(r"\s*\d+(?:\.\d+)?\s*")
#: A labelled line of units that says they are those of the item before (责任单位:同上).
_SAME_UNITS_LINE: Final = re.compile(
    r"[(]?\s*(?:牵头|责任|主责|(?P<helping>配合|协办|协同))(?:单位|部门|处室|科室)\s*[:：]\s*(?:同上|同前|同上项|同上条|仝上|[〃″])"
    r"[。.]?\s*[)]?"
)
#: A cell that says it is the same as the one above (同上, or the ditto mark 〃): the units above answer.
_SAME_AS_ABOVE: Final = re.compile(r"\s*(?:同上|同前|同上栏|同上项|同上条|仝上|[〃″])[。.]?\s*")
#: What a cell of units never holds: a sentence's end, a figure with its measure, a report of progress.
_NOT_UNITS: Final = re.compile(
    r"。(?!\s*$)|^[^、,;，；]*。|\d+(?:\.\d+)?\s*(?:%|人|个|家|项|台|万)|^\s*(?:已(?:经|全面|基本)?(?:完成|开工|建成|启动|制定)|正在|未(?:完成|开工|启动))"
)


def _sort_cells(
    text: str, sh: str, cells: list[tuple[int, int]], roles: list[str], last_units: dict[int, list[str]]
) -> _RowCells:
    """Sort a row's cells by role. A blank unit cell takes the units of the cell above it (a merged
    cell); a ``*`` among the units marks the lead."""
    row = _RowCells()
    for index, (a, b) in enumerate(cells):
        role = roles[index] if index < len(roles) else "content"
        value = sh[a:b]
        if role == "unit" and value.strip() and BODY_NAME_END.search(value.strip()) and _unit_cell(value):
            # 单位 | 指标名称 | 目标值 with 区财政局 under 单位: the unit that leads, not a measure word
            names = split_units(_as_shadowed(text, sh, a, b))
            row.lead.extend(names)
            row.units_written = True
            last_units[index] = names
        elif role == "unit" and not value.strip() and last_units.get(index):
            row.lead.extend(last_units[index])  # the group's unit, written on its first row only
        elif role == "unit":
            # 数据中心平均PUE | — | 1.4以下: a dash for a figure measured in nothing (a bare number)
            row.unit_text = "" if _NO_MEASURE.fullmatch(value.strip()) else value.strip()
        elif role == "skip" and (helping := _HELPERS_NOTED.match(value)):
            row.support.extend(split_units(value[helping.end() :]))  # 备注: 配合单位:区统计局
        elif role == "target" and (not value.strip() or _NO_MEASURE.fullmatch(value.strip())):
            pass  # 澄岭经济开发区 | — | 12: a blank or dashed target cell states nothing; the next is the row's first
        elif role == "target":
            total = _TOTAL_TARGET.fullmatch(value.strip())
            if total is not None:  # 发明专利授权量 | 件 | 〔2900〕 | 〔4500〕: the five years' total, its figure read
                opening = a + len(value) - len(value.lstrip())
                a, b = opening + total.start(1), opening + total.end(1)
            row.add_target((a, b))  # 2024年目标 | 2025年目标: each year's column states targets of its own
        elif role == "serial":
            row.serial, row.serial_written = value.strip(), text[a:b].strip()
        elif role == "place" and b > a and (period := _QUARTER_COLUMN.fullmatch(value.strip())):
            row.content.append((a, b))  # (the row's name; each figure is labelled by its column)
            row.period = _quarter_due(_quarter_of(period))  # 一季度 | 9 | 26: what is due by the quarter's end
            last_units.pop(index, None)  # (a blank cell below is the same quarter's, never a place's)
        elif role == "place" and b > a and _WHOLE_YEAR_COLUMN.fullmatch(value.strip()):
            row.content.append((a, b))  # 全年 | 主要预期目标 | …, over the quarters' rows: the year's, no place's
            last_units.pop(index, None)
        elif role == "place" and b > a:
            row.content.append((a, b))  # the share's name (长安镇 | 2150) and who answers for it
            if not _TOTAL_ROW.search(value) and not _WHOLE_PLACE.fullmatch(value.strip()):
                # 全县合计 | 7000, 全县 | 6.5左右: the sum of the shares or the whole's own, no place's
                row.lead.extend(split_units(text[a:b]))
                row.units_written = True
                last_units[index] = list(row.lead)
        elif role == "place" and index in last_units:
            row.lead.extend(last_units[index])  # a cell merged with the place above: its share too
        elif role in ("lead", "support"):
            # a cell that names no unit (已完成。完成筛查3495人: a progress cell slid left over a blank
            # unit cell) is a blank one
            written = bool(value.strip()) and not _NOT_UNITS.search(value) and not _SAME_AS_ABOVE.fullmatch(value)
            row.units_written = row.units_written or written
            # ★区发改委、统计局 or 区财政局 区人社局★: the star the shadow blanked before the cell's first name
            # or after its last marks that name the lead
            cell = ("*" if a and text[a - 1] == "★" else "") + _as_shadowed(text, sh, a, b)
            cell += "*" if b < len(text) and text[b] == "★" else ""
            if role == "lead":
                cell = without_leader(cell)  # 副县长 李某某／县发改局 under 责任领导及牵头单位: the unit leads
            cell = offices_of_people(cell)  # 张某某(镇经济发展办) under 责任人及单位: the office answers
            grouped = lead_then_support(cell) if written and role == "lead" and "support" not in roles else None
            labelled = (
                parse_responsibility(cell)
                if written and (_CELL_LABELS.search(cell) or _BRACKETED_HELPERS.search(cell))
                else None
            )
            if labelled is not None and labelled.lead:
                # 牵头:市城市管理局 / 配合:市住房和城乡建设局、市热力集团 in one cell: its labels say who leads
                # (区民政局(区残联配合): the helpers said in brackets after the lead)
                # (starred, so that a blank cell below inherits it so)
                grouped = (labelled.lead, labelled.support)
                if role == "support" and not _CELL_LABELS.search(cell):
                    grouped = ((), (*labelled.lead, *labelled.support))  # 区卫健局(区残联协助) under 配合单位: all help
            if grouped is not None:
                # 县经开区管委会;县住建局、县自然资源局 under 责任单位: the unit before the ; leads (marked
                # with a star, as a * in the cell would, so that a blank cell below inherits it so)
                names = [f"*{n}" for n in grouped[0]] + list(grouped[1])
            else:
                names = split_units(cell) if written else last_units.get(index, [])
                if written and role == "lead" and star_ranks_leads.get() and any("*" in n for n in names):
                    # 标“*”的为第一牵头单位: the star ranks the column's leads, the first first; every one leads
                    starred = [n.strip("*") for n in names if "*" in n]
                    names = [*starred, *(n for n in names if "*" not in n)]
            last_units[index] = names
            (row.lead if role == "lead" else row.support).extend(names)
        elif role == "when":
            if b > a and not _DATE_ONLY.fullmatch(value.strip()):
                row.more_targets.append((a, b))  # a deadline column that says what is due: read as text
            elif (deadline := _DEADLINE_CELL.fullmatch(value.strip())) is not None:
                row.deadline = (deadline.group().replace(" ", ""), int(deadline.group("month")))
        elif role.startswith(("quarter", "month")) and value.strip(" /\\-—无") and b > a:  # (“/”: nothing due)
            due = _quarter_due(int(role[-1])) if role.startswith("quarter") else (f"{role[5:]}月", int(role[5:]))
            if is_figure(value) and (
                role.startswith("month")
                or any(r.startswith("month") for r in roles)
                or (
                    _BARE_FIGURE.fullmatch(value)
                    and ("unit" in roles or any(_MEASURED_HEADER.search(sh[c:d].strip()) for c, d in row.content))
                )  # (城镇新增就业（人） | 900 | 1850: the row's name gives the measure, as a 单位 column does)
            ):
                # 新开工亿元以上项目(个) | 12 | 15 (| 二季度 | 60), 工业总产值 | 亿元 | 52 | 110 (一季度 | 上半年: a
                # bare number, which says nothing read alone): a target of the row's indicator, due then
                row.due[(a, b)] = due
                row.add_target((a, b))
            else:  # 一季度 | 完成招标: what is to be done by then, read as text dated by it
                row.dated.append((a, b, due))
        elif role == "row_month" and (named := _MONTH_COLUMN.fullmatch(value.strip())):
            row.month = (f"{named.group(1)}月", int(named.group(1)))
        elif role == "content" and b > a:
            row.content.append((a, b))
    if row.deadline is not None and row.period is None and row.month is None and "place" not in roles:
        # 临江路北侧商住地块 | 组织供应 | 42.6 | 2024年6月底前: the row's bare figure is what is to be done by the
        # deadline, a deliverable dated by it (a rate stays a rate); but a place's share (城关镇 | 2 | 3.6 |
        # 2026年4月30日前) stays the count or amount it is, the date when the place is to have it done
        for span in (row.target_cell, *row.more_targets):
            if span is not None and _BARE_FIGURE.fullmatch(sh[span[0] : span[1]]):
                row.due.setdefault(span, row.deadline)
    if row.period is not None:
        # 一季度 | 9 | 26: each figure due by the quarter's end; 一季度 | 完成42亿元以上: what is to be done
        # by then, read as text dated by it
        filled = [span for span in (row.target_cell, *row.more_targets) if span is not None and span[1] > span[0]]
        figures = [span for span in filled if is_figure(sh[span[0] : span[1]])]
        row.dated.extend((a, b, row.period) for a, b in filled if (a, b) not in figures)
        row.target_cell, row.more_targets = (figures[0], figures[1:]) if figures else (None, [])
        for span in figures:
            row.due.setdefault(span, row.period)
    row.lead, row.support = _starred_units(row.lead, row.support)
    return row


#: Words saying the targets below are given out year by year (现将…按年度分解如下, 分年度目标如下, …逐年细化,见下表):
#: a table's year columns each plan a year, none is the base (not …要将目标任务按年度分解落实到具体项目, a duty).
_SPLIT_BY_YEAR: Final = re.compile(
    r"(?:按年度|分年度|逐年)(?:分解|细化|安排|下达)[^。;\n]{0,20}?(?:如下|见下表|见附表|[:：][ \t\u3000]*(?:\n|$)|表)"
    r"|分年度(?:目标|任务|指标)"
)
#: Whether the text being drafted gives its targets out year by year (set by ``draft_spec`` for the rows' reading).
years_split_out: ContextVar[bool] = ContextVar("years_split_out", default=False)


def split_by_year(text: str) -> bool:
    """Whether the text says the targets below are given out year by year (see :data:`_SPLIT_BY_YEAR`)."""
    return _SPLIT_BY_YEAR.search(text) is not None


def _consecutive_years(cells: list[str]) -> bool:
    """Whether header cells name two or more years one after another (2025年 | 2026年 | 2027年)."""
    years = [int(cell.strip()[:4]) for cell in cells]
    return len(years) >= 2 and all(later == earlier + 1 for earlier, later in zip(years, years[1:]))


#: A table header's line holding a year column (… | 2025年 | 2026年 | 2027年 | …).
_YEAR_HEADER_LINE: Final = re.compile(r"(?m)^[^\n|]*\|[^\n]*20\d{2}[ \t\u3000]*年[^\n]*$")
#: A header cell of a year's column, its target's perhaps (2025年, 2026年目标).
_YEAR_CELL: Final = re.compile(r"\s*20\d{2}\s*年(?:目标|目标值|计划)?\s*")
#: How many lines holding a year column are looked at for a header of years side by side.
_YEAR_HEADER_LOOKS: Final = 20


def first_year_column(text: str) -> int | None:
    """The first year of a table header's years side by side (序号 | 指标 | 2025年 | 2026年 | 2027年 → 2025), by the
    rows' own test (:func:`_consecutive_years`); None where no header has two years one after another."""
    for count, line in enumerate(_YEAR_HEADER_LINE.finditer(text)):
        if count >= _YEAR_HEADER_LOOKS:
            break
        years = [cell for cell in line.group().split("|") if _YEAR_CELL.fullmatch(cell)]
        if _consecutive_years(years):
            return int(years[0].strip()[:4])
    return None


#: A cell whose figure says how it is to be reached (≥31.5, ≤12.7, 95以上, 6左右).
_COMPARED_CELL: Final = re.compile(r"\s*(?:[≥≤><]|不低于|不少于|不高于|不超过)|[^|]*(?:以上|以下|以内|左右)\s*$")


def _row_target(sh: str, row: _RowCells) -> tuple[list[Indicator], tuple[int, int] | None]:
    """What a row's filled target cell holds: a figure, read as one target named by the row's task
    (指标 | 单位 | 目标值, or 2026年目标 | 3.5), two figures (7以上,力争8: a floor and one striven
    for), or a statement to read (粮食播种面积稳定在3.5万亩以上)."""
    cell = row.target_cell
    if cell is None or cell[1] <= cell[0]:
        return [], None
    bracketed = _FIGURE_THEN_BRACKET.fullmatch(sh, cell[0], cell[1])
    if bracketed is not None and is_figure(bracketed.group("figure")):
        # 3所(6月底前建成2所): the figure, and a dated step of it in brackets, read as text
        row.more_targets.append(bracketed.span("inner"))
        cell = bracketed.span("figure")
    figures = [cell]
    second = _STRIVEN_AFTER.search(sh, cell[0], cell[1])
    if second is not None:
        group = "second" if second.group("second") is not None else "bracketed"
        if is_figure(sh[cell[0] : second.start()]) and is_figure(second.group(group)):
            figures = [(cell[0], second.start()), (second.start(group), second.end(group))]
    if all(is_figure(sh[a:b]) for a, b in figures):
        # the indicator's name is the content cell nearest before its figure (经济发展 | 地区生产总值增速 |
        # 6.5%左右: the category first, then the name)
        named = [c for c in row.content if c[0] < cell[0]] or row.content
        if not named:
            return [], None
        name = named[-1]
        # 每千人口注册护士数(人) | 3.10 | 3.30 | 3.60: the measure in the name's brackets, and each later
        # year's figure a target of the same indicator
        measure = _MEASURED_HEADER.search(sh[name[0] : name[1]].strip())
        unit = row.unit_text or (measure.group("unit") if measure else "")
        # (城镇登记失业率(%以内) | 4.3 | 3.7: the name's bound is each figure's comparator, as a column's is)
        named_bound = _HEADER_BOUND[measure.group("bound")] if measure and measure.group("bound") else None
        later = [c for c in row.more_targets if c[1] > c[0] and is_figure(sh[c[0] : c[1]])]
        row.more_targets[:] = [c for c in row.more_targets if c not in later]
        return [
            Indicator(
                name,
                row.target_units.get(figure, unit),
                figure,
                label=row.target_labels.get(figure, ""),
                due=row.due.get(figure),
                strive=figure in row.striven,
                bound=row.target_bounds.get(figure, named_bound),
            )
            for figure in [*figures, *later]
        ], None
    # under a unit column too, a cell that is no figure alone is a statement (6月底前完成报批,
    # 完成区下达任务, 高于地区生产总值增速)
    return [], cell


#: A unit cell saying the figure has no measure (—, /, 无): the figure is a bare number.
_NO_MEASURE: Final = re.compile(r"[—–\-－/／]+|无")
#: A column of remarks beside the targets (备注, 说明).
_REMARK_HEADER: Final = re.compile(r"^\s*(?:备注|说明|备\s+注)\s*$")


def _same_number(remark: str, targets: list[str]) -> bool:
    """Whether the first number a remark gives is the first number of one of the row's target cells."""
    number = re.search(r"\d+(?:\.\d+)?", remark)
    return number is not None and any(
        (own := re.search(r"\d+(?:\.\d+)?", cell)) is not None and own.group() == number.group() for cell in targets
    )


#: A date in a remark (力争6月底前建成): when, not a figure striven past the row's target.
_DATED_REMARK: Final = re.compile(r"\d{1,2}\s*月|年底|年内|季度")
#: A remark that is a figure striven for (力争6.5%, 争取突破50家): what the plan strives past the row's target.
_STRIVEN_REMARK: Final = re.compile(r"\s*(?:力争|争取)(?P<figure>[^,;，；。()（）]*\d[^,;，；。()（）]*?)\s*$")
#: A figure, then a step of it in brackets (3所(6月底前建成2所)).
_FIGURE_THEN_BRACKET: Final = re.compile(r"\s*(?P<figure>[^()]+?)\s*\((?P<inner>(?!力争|争取)[^()]*\d[^()]*)\)\s*")
#: A second figure striven for after the first in a target cell (7以上,力争8; 8(力争10)).
_STRIVEN_AFTER: Final = re.compile(
    r"(?:[,;，；]\s*(?P<second>(?:力争|争取)[^,;，；()（）]+?)|[(（]\s*(?P<bracketed>(?:力争|争取)[^()（）]+?)\s*[)）])\s*$"
)


def _row_node(
    text: str, sh: str, row: _RowCells, statement: tuple[int, int] | None, parent: Node, position: int
) -> Node:
    """The node of a table row under ``parent``: numbered by its serial cell (else its place), titled
    by its first content cell (else its target statement)."""
    first = row.content[0] if row.content else statement
    assert first is not None
    own = (
        row.serial
        if re.fullmatch(r"\d{1,3}|[一二三四五六七八九十]{1,3}", row.serial)
        else str(len(parent.children) + 1)
    )
    node = Node(
        number=parent.number + (own if not parent.number else f"-{own}"),
        own=own,
        kind="row",
        title=_short_title(text, sh, first[0], first[1]),
        parent=parent,
        position=position,
    )
    parent.children.append(node)
    return node
