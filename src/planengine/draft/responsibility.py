"""Who answers for a task: the bracketed sentences and labelled lines that name units.

The wordings read here:

* ``(区科工局牵头,区发改局等按职责分工负责)``, ``(区人才办、区科工局牵头,区教育局配合)``:
  the units before 牵头 lead, the rest support;
* ``(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府)`` and 配合单位, 协办单位,
  参与单位: with a 牵头 label, the other labels support;
* ``(责任单位:市发改局*、市财政局)``, ``农业服务中心*、各村``: a ``*`` marks a lead (and is
  stripped); without one and without a 牵头 label, every unit under 责任单位 leads (as in a
  table's 责任单位 column) and those under 配合单位 support;
* ``(市财政局负责)``: every unit named leads;
* brackets nest: ``(牵头单位:市发改委;责任单位:各县(市、区)人民政府)`` is read whole, and a
  list is never split inside brackets, so 各县（市、区）人民政府 stays one name, as written.

People (责任领导, 牵头领导) are left out. A list is split at , and ; and at 、 only when
every part is a whole unit name (市统计局、市市场监管局), so 各乡、镇人民政府 and
人民大垸、荒湖管理区 stay whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from types import MappingProxyType
from typing import Final

import attrs

from .text import AUDIENCE, usual_labels

__all__ = [
    "ANSWERABLE_FOR_THIS_ITEM",
    "BODY_SUFFIXES",
    "all_units",
    "LEAD_NAMED_AFTER",
    "lead_named_in_list",
    "TOPIC_BEFORE_BY",
    "COUNTED_IN_WORDS",
    "ITEMS_ABOVE",
    "Responsibility",
    "bracket_pairs",
    "closing_helpers",
    "completes_name",
    "find_brackets",
    "looks_like_unit",
    "members_for_shares",
    "names_collective_or_village",
    "lead_then_support",
    "listed_units",
    "office_in_charge",
    "offices_of_people",
    "parse_responsibility",
    "short_names_defined",
    "short_unit_names",
    "split_units",
    "star_ranks_leads",
]

#: The subject of a sentence naming the units of all the items before it under their heading:
#: 以上目标, 上述各项任务, 以上控制指标, 本部分工作 (…由X牵头,Y配合).
ITEMS_ABOVE: Final = (
    r"(?:(?:(?:以上|上述)(?:各项)?[^。,;，；\n由]{0,6}?|本(?:部分|节|章|方面|板块)(?:各项)?)(?:目标|指标|任务|工作|事项)"
    r"|(?:主要|年度|全年|总体)?目标任务)"  # 目标任务由…牵头: a line under the section of that name, after its items
)

_LEAD_LABELS: Final = (
    "牵头责任单位",
    "主要责任单位",
    "牵头单位",
    "牵头部门",
    "主责单位",
    "主办单位",
    "牵头股室",
    "牵头站所",
    "牵头科室",
    "牵头处室",
    "牵头",
    "主办",  # (主办:县文旅集团;协办:…)
    "主责",
)
#: The words saying that units help, never lead (配合, 协办, 协同, 协助, 参与): one list for every
#: reader of units (labels, table columns, a matrix's cells, a clause's end).
HELPING: Final = "配合|协办|协同|协助|参与"
#: The words after named units saying that they help with the work that follows (县供电公司、县自来水公司
#: 配合完成…, …全力协助): one reading for a subject's helpers, a sentence's later helpers and a clause's.
HELPS_AFTER_UNITS: Final = "(?:积极|全力|共同|大力)?(?:配合|协助|协同(?=推进|落实|实施|配合|做好|抓好))"
#: Labels of units that help, never lead (配合单位, 协办单位, 协同责任单位).
_HELPING_LABEL: Final = re.compile(HELPING + "|指导")
#: Labels of the units that answer for a task when none is said to lead (牵头).
_ANSWERABLE_LABELS: Final = ("责任单位", "责任部门", "责任股室", "责任科室", "责任处室", "责任站所")
#: Labels of the people who answer, never units (分管领导, 分管县领导, 包联领导, 责任人): one pattern for every
#: reader of labels.
PEOPLE_LABEL: Final = (
    r"牵头负责领导|(?:分管|包[联抓保]|牵头|责任|联系|督办)[省市县区镇]?(?:级)?领导|(?:项目)?责任人|联系人"
)
_PEOPLE_LABEL: Final = re.compile(PEOPLE_LABEL)
_LABEL: Final = re.compile(
    r"(牵头责任单位|主要责任单位|协同责任单位|配合责任单位|共同责任单位|共同责任部门|协同配合单位|数据提供单位|技术支[持撑](?:单位)?|牵头负责领导|"
    r"(?:责任|牵头|配合|协助|协办|协同|指导)(?:股室|科室|处室|站所|办所|办室|办(?![\u4e00-\u9fff]))|牵头单位|牵头部门|主责单位|主办单位|配合单位|配合部门|协办单位|参与单位|协同单位|协助单位|责任单位|"
    r"(?:协办|参与|协同|协助|主办|主责)部门|"  # 协办部门:县商务局
    rf"责任部门|{PEOPLE_LABEL}|考核部门|考核单位|"
    r"责任社区|责任村(?:组)?|责任网格|"  # (责任科室:X;责任社区:各社区: the places carrying it out help)
    r"牵头|主办|主责|配合|协办|参与|协同|协助|责任)\s*[:：]\s*"
)
#: Words that make a bracket (or a line) a statement of responsibility.
MARKERS: Final = re.compile(
    r"牵头|负责|责任单位|责任部门|(?:责任|指导|配合|协办)(?:股室|科室|处室|站所|办所|办室|办(?=\s*[:：]))|配合单位|协办单位|主责|牵头单位|主办|协办$|配合$|参与$|协助$|"
    r"按照?职责(?:分工)?落实|"  # (A、B按职责分工落实): each answering for its part
    r"^\s*(?:配合|协办|协同|参与|协助)\s*[:：]"  # (配合:县统计局)
)

_UNIT_SUFFIXES: Final = (
    "局",
    "委",
    "办",
    "院",
    "会",
    "政府",
    "街道",
    "镇",
    "乡",
    "集团",
    "中心",
    "公司",
    "部",
    "处",
    "队",
    "所",
    "站",
    "联",
    "协",
    "团",
    "厅",
    "署",
    "行",
    "社",
    "馆",
    "校",
    "园区",
    "区",
    "新城",  # a city's new town run by its own committee (临平新城, 良渚新城)
    "县",
    "市",
    "省",
    "组",
    "室",
    "科",
    "股",
    "办事处",
    "机关",
    "海关",
    "单位",
    "部门",
    "企业",
    "医院",
    "学校",
    "组织",
    "平台",
    "专班",
    "分局",
    "指挥部",
    # a state investment company by its short name (汉江国投, 市城投, 省交投)
    "国投",
    "城投",
    "交投",
    "产投",
    "建投",
    "水投",
)
#: How a body's own name ends, not a place's (区住房和城乡建设局, 公安澄溪分局交警大队, 人民银行云岚市分行).
BODY_SUFFIXES: Final = tuple(
    suffix for suffix in _UNIT_SUFFIXES if suffix not in ("镇", "乡", "区", "县", "街道", "园区", "新城")
)
_TRAILERS: Final = re.compile(
    r"(?:等(?:单位|部门|相关单位|有关单位|相关部门|有关部门)?)?(?:[(（](?:按职责分工|按照职责分工|按职责|分别)?(?:负责|配合|参与|协助|协办|落实)[)）]|"
    r"(?:按(?:照)?(?:各自)?职(?:责|能)(?:分工)?|按分工|按属地(?:管理)?(?:责任|原则|职责)?)?(?:分别)?"
    r"(?:积极|密切|全力|主动|大力|主要|认真)?(?:予以|给予|做好)?"  # (县统计局积极配合, 县财政局给予支持)
    r"(?:具体(?=负责))?(?:负责|配合|参与|协助|协办|承办|协同|落实|支持)?"  # (由农业机械化管理处具体负责)
    r"(?:(?:具体|组织|共同|抓好)(?=推进|实施|落实))?(?:推进|实施|落实)?|"
    r"负责(?:本辖区|本地区|辖区内|本区域|各自)[^、,;，；]{0,12}?(?:落实|推进|实施|工作))$"  # …负责本辖区指标的分解落实
)


@attrs.frozen
class Responsibility:
    """Lead and supporting units by name, as written."""

    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lead or self.support)

    def helped_by(self, names: Iterable[str]) -> Responsibility:
        """The same units with ``names`` helping too, those not named already."""
        extra = tuple(dict.fromkeys(n for n in names if n not in self.lead + self.support))
        return Responsibility(self.lead, self.support + extra)


#: Kinds of unit that a list names bare, meaning every one of them (区相关部门、街道、板块协办).
_KINDS_AS_UNITS: Final = frozenset({"街道", "乡镇", "镇街", "街镇", "板块"})
#: Bodies known by a short name of two characters (海关, 人行 for the central bank's branch, 移动 for the
#: mobile operator's).
_SHORT_BODIES: Final = frozenset({"海关", "人行", "武警", "邮政", "电信", "移动", "联通", "铁塔", "气象"})


#: Schools that answer for a target (县第一中学), named as what a plan may build too.
_SCHOOLS: Final = ("中学", "小学", "中专", "幼儿园")
#: Words that make a school's name a kind of school or a thing to do (普惠性幼儿园, 新增公办幼儿园), not
#: one school (白沙小学).
_NOT_A_SCHOOLS_NAME: Final = re.compile(r"新|建|创|增|改|扩|提|办|普惠|示范|标准|义务|性|级|类|所")
#: Who a school answering for a target belongs to, first in its name (县第一中学, 市实验小学, 县职业中专).
_SCHOOL_OWNER: Final = re.compile(r"[省市县区镇乡][^,;、]{0,4}?(?:第[一二三四五六七八九十]{1,3}|实验|职业|中心|民族)")


#: The short names a plan gives its units in a legend (发改＝县发展和改革局): units wherever it uses them; set by
#: the drafter for one draft.
short_unit_names: ContextVar[frozenset[str]] = ContextVar("short_unit_names", default=frozenset())
#: A short name set equal to a unit's full name in a legend (发改＝县发展和改革局, 统计=县统计局), or given after it
#: (县发展和改革局(简称发改), 县统计局(以下简称统计)). Not a colon's (甲方:县人民政府, 责任单位:县统计局: labels).
_SHORT_NAME_DEFINED: Final = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<short>[\u4e00-\u9fff]{2,6})\s*[＝=]\s*(?P<full>[\u4e00-\u9fff（）()]{3,30}?)(?=[,，;；。、\s]|$)"
    r"|(?P<named>[\u4e00-\u9fff]{3,30}?)[(（](?:以下)?简称[“\"]?(?P<alias>[\u4e00-\u9fff]{2,6})[”\"]?[)）]"
    # (一律使用简称:发改指县发展和改革局,统计指县统计局: each short name said to mean a unit)
    r"|(?<=[:：,，;；、\s])(?P<word>[\u4e00-\u9fff]{2,6}?)(?:指|即)(?P<meant>[\u4e00-\u9fff（）()]{3,30}?)(?=[,，;；。、\s]|$)"
)


def short_names_defined(text: str) -> frozenset[str]:
    """The short names a plan's legend sets equal to its units' full names (说明:…均为简称…发改＝县发展和改革局,
    财政＝县财政局; 使用简称:发改指县发展和改革局,…): none where the text says nothing of short names."""
    if "简称" not in text:
        return frozenset()
    shorts = set()
    for found in _SHORT_NAME_DEFINED.finditer(text):
        short, full = (
            (found["short"], found["full"])
            if found["short"]
            else (found["alias"], found["named"])
            if found["alias"]
            else (found["word"], found["meant"])
        )
        if looks_like_unit(full) and not looks_like_unit(short) and not _PARTY_ALIAS.fullmatch(short):
            shorts.add(short)  # (…人民政府(以下简称甲方): a party, read by parties_named)
    return frozenset(shorts)


def looks_like_unit(name: str) -> bool:
    """Whether a name ends like an organisation (局, 委, 办, 政府, 街道, 镇, 集团 ...), or is a short name the plan
    gives a unit (:data:`short_unit_names`)."""
    name = name.strip().strip("*")
    if name in short_unit_names.get():
        return True
    other = _OTHER_NAME.fullmatch(name)
    if other and looks_like_unit(other.group("other")):
        name = other.group("unit")  # 市工业和信息化局(市数据局): one office by both its names
    if len(name) == 2:  # 妇联, 团委, 科协; but 各乡 in 各乡、镇人民政府 is half a name
        # 街道, 乡镇, 板块 (a city's development zones): every one of them, named by their kind
        return name.endswith(("联", "委", "协", "会", "办", "局", "院")) or name in _KINDS_AS_UNITS | _SHORT_BODIES
    if len(name) >= 4 and name.endswith(_SCHOOLS):  # 县第一中学, 县职业中专; not 新建第三中学, 普惠性幼儿园
        return bool(_SCHOOL_OWNER.match(name)) or (len(name) <= 6 and not _NOT_A_SCHOOLS_NAME.search(name))
    if name.endswith("行") and not _BANK_ENDING.search(name) and not name.endswith(_BRANCH_ENDS):
        return False  # 按镇统一标准执行, 全面推行: a verb, not a bank's name (人民银行, 农商行)
    if _PLACES_STATE_FIRMS.fullmatch(name):
        return True  # 区属国企, 市属各重点国企: the place's state-owned enterprises, together
    if _COUNTED_END.search(name):
        return False  # 新改扩建公办学校2所, 建成村级服务站12个站: things counted, their measure word no office's end
    return len(name) >= 3 and name.endswith(_UNIT_SUFFIXES) and not name.endswith(_LIKE_A_BUREAU)


#: A place's state-owned enterprises named together (区属国企, 市属各重点国企), not 深化国企 or 各类国企.
_PLACES_STATE_FIRMS: Final = re.compile(r"[省市州县区]属(?:各|相关|有关)?(?:重点)?国(?:企|有企业)")
#: A remark on how the units answer, in brackets after their name (各乡镇(按属地), 各街道(按职责分工负责)).
_AREA_REMARK: Final = re.compile(r"[(（](?:按|负责)?(?:属地|职责)[^()（）]{0,6}[)）]$")
#: A count closing a name, its measure word read as a body's end would be (学校2所, 服务站12站).
_COUNTED_END: Final = re.compile(r"\d\s*个?\s*(?:所|站|处|座|家|个|中心)$")
#: A bank's branch by its name's end (人民银行宁川市分行, 农业银行城关支行).
_BRANCH_ENDS: Final = ("分行", "支行", "营业部")
#: A unit with its other name in brackets after it (市市场监管局(市知识产权局), 县委办(县政府办)).
_OTHER_NAME: Final = re.compile(r"(?P<unit>[^()（）]{3,30})[(（](?P<other>[^()（）]{2,30})[)）]")
#: Words that end as a bureau's name does, but name no body (产业布局, 发展格局, 服务大局).
_LIKE_A_BUREAU: Final = ("布局", "格局", "大局", "开局", "变局", "破局", "结局")  # not 新局, 全局: 科技创新局, 安全局


_OPENING: Final = "(（〔["
_CLOSING: Final = ")）〕]"


def _split_outside(text: str, marks: str) -> list[str]:
    """``text`` split at any of ``marks`` that is outside brackets: 各县（市、区）人民政府 stays whole."""
    parts: list[str] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(text):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and depth:
            depth -= 1
        elif ch in marks and depth == 0:
            parts.append(text[begin:i])
            begin = i + 1
    parts.append(text[begin:])
    return parts


#: A list's last name cut off after its level, at the text's end (…、区统计局、区).
_CUT_OFF_LEVEL: Final = re.compile(r"(?<=[局委办院所站队心府])、[省市州县区镇乡]\s*$")


#: A share after a place's name (12, 2个, 1.5万亩).
_SHARE: Final = r"\d+(?:\.\d+)?(?:万|亿)?[个处部座家所户人亩米吨辆台套]?"
#: A collective, then its members each with its share in brackets (各街道(望江街道12、桂湖街道10)).
_MEMBERS_WITH_SHARES: Final = re.compile(
    r"各[\u4e00-\u9fff]{1,6}?(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"  # (各镇(街道)(白沙镇4、望江街道2))
    r"[(（](?P<members>[\u4e00-\u9fff]{2,12}?" + _SHARE + r"(?:[、,，][\u4e00-\u9fff]{2,12}?" + _SHARE + r")*)[)）]"
)
#: A share after a place's name in a list of units (、白沙镇2): the place is the unit.
_SHARE_AFTER_PLACE: Final = re.compile(
    r"(?:^|(?<=[、,，]))(?P<place>[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|村|社区))" + _SHARE + r"(?=\s*(?:[、,，;；]|$))"
)


def members_for_shares(text: str) -> str:
    """A list of units with the places given shares named for the collective over them, their shares left out:
    区财政局、各街道(望江街道12、桂湖街道10) is 区财政局、望江街道、桂湖街道, as the keys name them."""
    named = _MEMBERS_WITH_SHARES.sub(lambda m: re.sub(_SHARE, "", m.group("members")).replace("，", "、"), text)
    if re.search(r"[(（][^()（）]*\d", named):
        return text  # (a bracket of figures read no way: the list as written, which names no units)
    if not re.search(r"[、,，]", named):
        return named  # (“三公里”充分就业社区4个: a target's words, no list of units)
    return _SHARE_AFTER_PLACE.sub(lambda m: m.group("place"), named)


#: A unit's full name with the short name given to it after it (岚溪县住房和城乡建设局(以下简称县住建局)).
_SHORT_NAME_GIVEN: Final = re.compile(
    r"(?P<full>[^、,，;；()（）\s]{3,30})[(（](?:以下)?简称[“\"]?(?P<short>[^()（）“”\"]{2,12})[”\"]?[)）]"
)


def _short_if_unit(found: re.Match[str]) -> str:
    """The short name given to a unit where it is a unit's name itself (县住建局), else the full name (not 甲方)."""
    short, full = found["short"], found["full"]
    if not looks_like_unit(short) or _PARTY_ALIAS.fullmatch(short):
        return full
    # (县财政局和岚溪县城市建设投资有限公司(以下简称县城投公司): the unit before 和 stays, the short name is the last's)
    for join in reversed(list(re.finditer("[和及与]", full))):
        head, tail = full[: join.start()], full[join.end() :]
        if looks_like_unit(head) and looks_like_unit(tail):
            return head + join.group(0) + short
    return short


def split_units(text: str) -> list[str]:
    """Unit names from a list: split at , ; and at 、 where every part is a unit name, never inside
    brackets. A ``*`` (the lead marker) on a part shows the 、 list is one of units (农业服务中心*、各村).
    A cell saying there is none (无, 暂无, —) names no unit."""
    if _NONE_NAMED.fullmatch(text):
        return []
    if "简称" in text:  # 岚溪县住房和城乡建设局(以下简称县住建局): the name the text goes on to use
        text = _SHORT_NAME_GIVEN.sub(_short_if_unit, text)
    if any(c.isdigit() for c in text):
        text = members_for_shares(text)  # 各街道(望江街道12、桂湖街道10)、白沙镇2: the places given shares
    text = _CUT_OFF_LEVEL.sub("", text)  # …、区统计局、区 (a page cut off inside the last name): the whole names
    names: list[str] = []
    if (
        "牵头" in text or "主办" in text or "主责" in text
    ):  # 区交通运输局(牵头): the lead marked in words, as a * marks it
        text = _ALL_LEAD.sub("", text)  # 县生态环境局、县水利局(共同牵头): every one leads, none marked
        text = _LEAD_MARK.sub("*", _JOINTLY.sub("", text))
    if "\n" in text:
        text = _join_lines(text)
    for piece in _split_outside(text, ",;，；"):
        piece = _clean(piece)
        if not piece:
            continue
        parts = _shared_names(
            [_clean(p) for listed in _split_outside(piece, "、") for q in _spaced(listed) for p in _and_joined(q)]
        )
        slashed = (
            [_clean(p) for part in _split_outside(piece, "/／") for p in _split_outside(part, "、")]
            if "/" in piece or "／" in piece
            else []
        )
        if len(slashed) > 1 and all(p and _listed_unit(p.strip("*")) for p in slashed):
            parts = slashed  # 县发改局/县统计局/各乡镇人民政府, 县发改局*/县统计局、县财政局: each a unit
        starred = any(p.startswith("*") or p.endswith("*") for p in parts)
        if len(parts) > 1 and _COLLECTIVE_HEAD.match(parts[0]) and all(_KIND_OF_UNIT.fullmatch(p) for p in parts[1:]):
            names.append(piece)  # 各镇人民政府、街道办事处, 沿线乡、镇人民政府: one collective
        elif len(parts) > 1 and (
            all(_listed_unit(p) for p in parts if p) or starred and all(len(p.strip("*")) >= 2 for p in parts if p)
        ):
            names.extend(_collectives_joined([p for p in parts if p]))
        else:
            names.append(parts[0] if len(parts) == 1 else piece)  # a unit with its head's name left out
    # 省直管县市 政府, 县人民政府 办公室: a blank a page's layout left inside one name is no part of it
    return [_INNER_BLANK.sub("", n) for n in names if n]


#: A label written with a blank for its colon, where a label may stand (牵头单位 县工业和信息化局).
_LABEL_BLANK_FOR_COLON: Final = re.compile(
    r"(?:^|(?<=[:：;；,，\s]))((?:牵头|配合|协办|责任|参与|协同)(?:单位|部门|科室|股室|处室))[ \t\u3000]+(?=[\u4e00-\u9fff])"
    # 牵头单位县发展和改革局,配合单位县自然资源局: a label run into the name after it, a place's
    r"|(?:^|(?<=[:：;；,，\s]))((?:牵头|配合|协办|参与|协同)(?:单位|部门))"
    r"(?=[省市县区镇乡各国团]|人民|人行|中国|中央|中铁|中石|中电)(?!各司其职|各负其责)"
)
#: A blank between two characters of one name (省直管县市 政府).
_INNER_BLANK: Final = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\t]+(?=[\u4e00-\u9fff(（])")


def _collectives_joined(parts: list[str]) -> list[str]:
    """A list's parts with a collective and the kinds of unit after it one name (区城市更新中心、各镇、街道: the
    centre, and 各镇、街道 as 各乡、镇人民政府 is one)."""
    joined: list[str] = []
    for part in parts:
        # (a bare collective only, 各镇 or 各乡镇: 各乡(镇)人民政府、街道办事处 are two bodies named in full)
        if joined and len(joined[-1]) <= 4 and _COLLECTIVE_HEAD.match(joined[-1]) and _KIND_OF_UNIT.fullmatch(part):
            joined[-1] += "、" + part
        elif (
            joined
            and (joined[-1], part[:1]) in (("各乡", "镇"), ("各镇", "乡"))
            and re.match(r"[乡镇](?![直属乡镇])\S", part)
        ):
            joined[-1] += "、" + part  # 各乡、镇农业综合服务中心: the offices of every township, one collective
        else:
            joined.append(part)
    return joined


#: A zone named bare, and its administrative committee (经开区; 高新区管委会): zones listed before the
#: last one's committee share it (经开区、高新区管委会).
_ZONE: Final = re.compile(
    r"(?![各全本]|相关|有关|重点)[\u4e00-\u9fff]{0,8}?(?:经开区|高新区|开发区|工业园区|产业园区|园区|新区|示范区|保税区|综保区)"
)
_ZONE_BODY: Final = re.compile(_ZONE.pattern + r"(?:管委会|管理委员会)")


def _zones_sharing(parts: list[str], index: int) -> bool:
    """Whether ``parts[index]`` is a zone named bare in a run of them that ends in a zone's committee (经开区、
    高新区、综保区管委会)."""
    end = index
    while end < len(parts) and _ZONE.fullmatch(parts[end]):
        end += 1
    return end > index and end < len(parts) and _ZONE_BODY.fullmatch(parts[end]) is not None


def _shared_names(parts: list[str]) -> list[str]:
    """Parts of a 、 list that make one name together: places sharing the kind of unit written after the
    last of them (哈尔滨、黑河、绥芬河市政府, 澜苑、望湖社区), and a collective over two levels (相关市、县政府)."""
    merged: list[str] = []
    pending: list[str] = []  # places waiting for the unit they share
    for index, part in enumerate(parts):
        if (
            (_PLACE_ONLY.fullmatch(part) and not looks_like_unit(part))
            or _sharing_township(parts, index)
            or _sharing_government(parts, index)
            or _sharing_level_government(parts, index)
            or _zones_sharing(parts, index)
        ):
            pending.append(part)  # (经开区、高新区管委会: the zones' committees)
            continue
        if pending and (
            ((_GOVERNMENT.search(part) or _TOWNSHIP_GOVERNMENT.search(part)) and not re.match(r"[省市县区]", part))
            or _sharing_government(parts, index - 1)  # 各省辖市、省直管县市政府
            # 澜苑、望湖社区: communities sharing the kind (not 石门村、杨柳社区, each named whole)
            or (_NAMED_COMMUNITY.fullmatch(part.strip("*")) and not any(_COMMUNITY_KIND.search(p) for p in pending))
            or (_ZONE_BODY.fullmatch(part) and all(_ZONE.fullmatch(p) for p in pending))
        ):
            merged.append("、".join([*pending, part]))
        else:
            merged.extend(pending)
            merged.append(part)
        pending = []
    merged.extend(pending)
    joined: list[str] = []
    for part in merged:
        if joined and _TWO_LEVELS.fullmatch(joined[-1]) and _LEVEL_GOVERNMENT.fullmatch(part.rstrip("*")):
            joined[-1] = f"{joined[-1]}、{part}"  # 相关市、县政府: one collective
        elif joined and _COLLECTIVE_GOVERNMENTS.fullmatch(joined[-1]) and _KIND_OF_UNIT.fullmatch(part.rstrip("*")):
            joined[-1] = f"{joined[-1]}、{part}"  # …、各镇人民政府、街道办事处: one collective, as a list's first
        else:
            joined.append(part)
    return joined


#: A community or village by its own name (望湖社区, 石桥村), whose kind the names listed before it share.
_NAMED_COMMUNITY: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:社区|村|居委会|村委会)")
_COMMUNITY_KIND: Final = re.compile(r"(?:社区|村|居委会|村委会)$")
#: A place's name alone (哈尔滨, 黑河), which shares the kind of unit written after the last place.
_PLACE_ONLY: Final = re.compile(r"[\u4e00-\u9fff]{2,4}")
_GOVERNMENT: Final = re.compile(r"[市县区旗](?:人民)?政府$")
#: Townships sharing the government named after the last of them (石门乡、柳溪镇、高桥乡人民政府).
_TOWNSHIP: Final = re.compile(r"[\u4e00-\u9fff]{1,4}[乡镇]")
_TOWNSHIP_GOVERNMENT: Final = re.compile(r"[乡镇](?:人民)?政府$")


def _sharing_government(parts: list[str], index: int) -> bool:
    """Whether a collective of places with no body named (各省辖市) shares the government the next part
    names (各省辖市、省直管县市政府: the governments of both)."""
    return (
        index + 1 < len(parts)
        and re.fullmatch(r"各[\u4e00-\u9fff]{1,5}[市县区]", parts[index]) is not None
        and re.fullmatch(r"(?!各)[\u4e00-\u9fff]{2,8}[市县区](?:人民)?政府", _INNER_BLANK.sub("", parts[index + 1]))
        is not None
    )


def _sharing_level_government(parts: list[str], index: int) -> bool:
    """Whether a place named with its level (东澜区) shares the government a later part names for another
    place of that level (…、西澜区人民政府: both districts' governments, one name as written), every
    part between a place of that level too."""
    place = _LEVELLED_PLACE.fullmatch(parts[index])
    if place is None:
        return False
    level = place.group("level")
    for later in parts[index + 1 :]:
        government = re.fullmatch(rf"(?!各|相关|有关)[\u4e00-\u9fff]{{1,5}}{level}(?:人民)?政府", later)
        if government is not None:
            return True
        other = _LEVELLED_PLACE.fullmatch(later)
        if other is None or other.group("level") != level:
            return False
    return False


#: A place named with its level alone (东澜区, 青石县), no body of it.
_LEVELLED_PLACE: Final = re.compile(
    r"(?!各|相关|有关|沿)(?![\u4e00-\u9fff]*(?:开发|高新|经开|示范|保税|试验|产业|工业|物流|合作|功能|综合|新|园|景|社|片|辖|主城|老城)区$)"
    r"[\u4e00-\u9fff]{1,3}(?P<level>[区县旗])"
)  # (高新区, 经开区, 示范区: zones, not places whose government a later part names)
#: A collective of governments a list names (各镇人民政府), which the kinds of unit after it join.
_COLLECTIVE_GOVERNMENTS: Final = re.compile(r"各[\u4e00-\u9fff]{0,3}(?:人民)?政府")


def _sharing_township(parts: list[str], index: int) -> bool:
    """Whether a bare township's name (石门乡) shares the government the list's last part names
    (…、高桥乡人民政府), every part between a township's too."""
    return (
        _TOWNSHIP.fullmatch(parts[index]) is not None
        and re.fullmatch(r"(?!各|相关|有关|沿)[\u4e00-\u9fff]{1,4}[乡镇](?:人民)?政府", parts[-1]) is not None
        and all(_TOWNSHIP.fullmatch(p) for p in parts[index + 1 : -1])
    )


#: The head of a collective over two levels (相关市, 各县, 各县(市)) and the government of the next
#: (县政府; 区人民政府 after 各县(市)).
_TWO_LEVELS: Final = re.compile(
    r"(?:沿[线河江湖岸路])?(?:各|相关|有关|[\u4e00-\u9fff]{0,4}(?:主产|重点|涉及|所在|试点))[市县区镇乡](?:[(（][市区县][)）])?"
)  # 沿线各乡、镇政府; 茶叶主产乡、镇人民政府: a class of places over two levels
_LEVEL_GOVERNMENT: Final = re.compile(r"[市县区镇乡](?:[(（][区市][)）])?(?:人民)?政府")  # (县（市）人民政府)


def _and_joined(name: str) -> list[str]:
    """Two units joined by 及 or 和 (市水利局及各县(市、区)人民政府, 城关街道办事处和凤鸣街道办事处: two of one
    kind), each a unit; a name with 和 inside it (市住房和城乡建设局) is one, also where the join follows it
    (县自然资源和规划局和县经济和信息化局: at the 和 that parts two whole names)."""
    for join in re.finditer("[及和]", name):
        head, tail = name[: join.start()], name[join.end() :]
        if (
            _listed_unit(_clean(head))
            and _listed_unit(_clean(tail))
            and not re.search(r"[省市县区]$", _clean(head))  # 天津市和平区人民政府, 马鞍山市和县: one name
            and (
                re.match(
                    r"[省市县区镇乡各国团]|街道|相关|有关|属地|所在|沿线|中国(?:电信|移动|联通|铁塔)", _clean(tail)
                )  # 政府和社会资本合作中心: one name
                # 南浦区人民政府和枫屿高新区管委会: a place's body after another's
                or (
                    re.search(r"(?:人民政府|管委会)$", _clean(head)) is not None
                    and re.match(r"[\u4e00-\u9fff]{1,6}?(?:高新区|开发区|新区|区|县|市|镇|乡|街道)", _clean(tail))
                    is not None
                )
                or (len(_clean(head)) >= 5 and _clean(head)[-3:] == _clean(tail)[-3:])  # 城关街道办事处和凤鸣街道办事处
            )
        ):
            return [head, *_and_joined(tail)]
    return [name]


def lead_then_support(cell: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A cell of units in groups parted by ``;`` (县经开区管委会;县住建局、县自然资源局) or by slashes
    (区水利局/区生态环境分局): the one unit of the first group leads, the units after support; ``None``
    for any other cell (one group, or a first group of several units, which says nothing of who leads)."""
    groups = [g for g in _split_outside(cell, ";；") if g.strip()]
    if len(groups) < 2:  # 区生态环境分局(牵头)/区住房城乡建设局/各镇(街道): parted by slashes, the first leads
        groups = [g for g in _split_outside(cell, "/／") if g.strip()]
        if len(groups) >= 2 and _PERSON_WITH_POST.fullmatch(groups[0].strip()):
            groups = groups[1:]  # 王某某(副县长)/县民政局/…: the county leader in charge, no unit
            if len(groups) == 1 and all(looks_like_unit(n) for n in split_units(groups[0])):
                return tuple(split_units(groups[0])), ()
        if len(groups) < 2 or not all(
            looks_like_unit(name.strip("*")) or name.startswith("各")  # (各镇(街道): a collective of places)
            for group in groups
            for name in split_units(group) or [""]
        ):
            return None
    if re.search(r"[:：]", cell):
        return None  # 牵头:…;配合:…: labelled groups are read by their labels
    first = split_units(groups[0])
    if len(first) != 1 or not looks_like_unit(first[0].strip("*")):
        return None
    rest = [n for group in groups[1:] for n in split_units(group)]
    return (first[0].strip("*"),), tuple(n.strip("*") for n in rest)


#: Words that make a list of kinds of unit one collective (各…, 沿线…, 相关…).
_COLLECTIVE_HEAD: Final = re.compile(r"各|沿[线河江湖岸路]|相关|有关|所在|属地|涉及")
#: A kind of unit without a place of its own (街道办事处, 镇): after 各…、 it is one of the collective.
_KIND_OF_UNIT: Final = re.compile(r"(?:街道|乡镇|镇|乡|社区|村|园区)(?:人民政府|政府|办事处|党委|党工委|委员会)?")


#: A lead marked in words after its name (区交通运输局(牵头); …,县住建局牵头).
#: 共同, 联合 before 牵头 or 负责 (区教育局、团区委共同牵头): how the units lead, no part of a name.
_JOINTLY: Final = re.compile(r"(?:共同|联合)(?=牵头|负责)")
#: A remark after a list that all its units lead together (县生态环境局、县水利局(共同牵头), …(双牵头)).
_ALL_LEAD: Final = re.compile(
    r"\s*[(（]\s*(?:按照?职责(?:分工)?)?(?:共同|联合|双|[两二三]家(?:共同)?)牵头\s*[)）]\s*(?=$|[;；,，])"
)  # (双牵头), (两家共同牵头): the units before it lead together
#: The same said in a clause after the list (…,均为牵头单位), up to the part's end.
_ALL_LEAD_SAID: Final = re.compile(
    r"[,，]?\s*(?P<open>[(（])?(?:均为|都是|均是|同为|皆为|均系|共同为)(?:牵头单位|牵头部门)(?(open)[)）])(?=\s*(?:[;；。.,，]|$))"
)
#: Helpers named before the lead they help (县财政局配合,县教育局牵头; 县财政局、县人社局协助,县教育局负责).
_HELPERS_THEN_LEAD: Final = re.compile(
    r"^\s*(?P<helpers>(?:(?!牵头|负责)(?:[^,，;；。:：()（）]|[(（][^()（）]{1,8}[)）])){2,60}?)(?:"
    + HELPING
    + r")[,，;；]\s*(?P<lead>(?:[^,，;；。:：()（）]|[(（][^()（）]{1,8}[)）]){2,60}?)(?:牵头|负责|牵头负责)\s*[。.]?\s*$"
)
#: Parts of the work given to other units after a statement (…配合;其中,居家适老化改造由市住建局负责).
_EXCEPTED_PARTS: Final = re.compile(
    r"[;；]\s*其中\s*(?:[,，]|(?=第)).*$"  # (…;其中第3项由区科技局负责)
    # (…,市住建局、…配合,其中燃气管道更新改造由市住建局负责: after the helpers, a part given to another; not 县应急管理局、
    # 县水利局按职责分工负责,其中工程建设由县水利局牵头, which says which of the two leads)
    r"|(?<=配合)[,，]\s*其中\s*[,，]?(?=[^,，;；。]{2,30}?由[^,，;；。]{2,30}?(?:负责|牵头)).*$",
    re.S,
)
#: A statement's closing clause saying how the helpers carry the work out (…配合,并按以下分解数落实到辖区).
_AND_CARRY_OUT: Final = re.compile(r"[,，]\s*并(?:按照?|依照|依据|根据|结合)[^,，;；。]*$")
#: A statement's closing words announcing the targets after it (…,实现以下目标, …,确保完成如下任务).
_FOLLOWING_TARGETS: Final = re.compile(
    r"[,，]\s*(?:确保|力争|共同)?(?:实现|完成|达到)(?:以下|如下)(?:目标|任务)\s*[:：]?\s*$"
)


def _marked_in_list(content: str) -> Responsibility | None:
    """A list of units with the lead marked in brackets after any of them and no other words (市直各部门、
    市12345热线服务中心(牵头)): the marked units lead, the others help; None for any other content."""
    if not _BRACKETED_LEAD_MARK.search(content) or _LABEL.search(content) or re.search(r"由|[,，;；:：]", content):
        return None
    starred = _starred(split_units(content))  # (the mark read as a * after its name)
    if starred is None or not all(
        looks_like_unit(n) or names_collective_or_village(n) for n in (*starred[0], *starred[1])
    ):
        return None
    return Responsibility(_dedupe(starred[0]), _dedupe(starred[1]))


#: A lead marked in brackets after its name (市税务局(牵头), 市人社局(主办)).
_BRACKETED_LEAD_MARK: Final = re.compile(r"\s*[(（]\s*(?:牵头|主办|主责)\s*[)）]")
_LEAD_MARK: Final = re.compile(
    r"\s*[(（]\s*(?:牵头|主办|主责)\s*[)）]|(?<=[\u4e00-\u9fff)）])牵头(?=\s*(?:[,;，；、。]|$))"
)  # (区交通运输局(牵头), 市人社局(主办))


def _spaced(text: str) -> list[str]:
    """Units a table cell separates with blanks (县教体局 各相关乡镇政府), when each part is a whole unit's
    name; else the text. A name written with a blank (市委 宣传部, 县人民政府 办公室) is one unit: its
    second part names no place or collective of its own and is short."""
    parts = [p for p in _split_outside(text.strip(), " \u3000\t") if p]
    if len(parts) > 1 and all(_listed_unit(p) and _whole_name(p) for p in parts):
        return parts
    if len(parts) > 1 and _listed_unit(parts[0]) and all(_person_name(p) for p in parts[1:]):
        return [parts[0]]  # 市民政局 伍泽国 (牵头单位及主要负责人): the unit, its head left out
    return [text]


def _person_name(part: str) -> bool:
    """A person's name beside a unit's: three characters, no unit's or place's ending (江北 is a place
    left of its 分局, not a person)."""
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{3}", part))
        and not looks_like_unit(part)
        and part[-1] not in "东南西北中区县镇乡村街路园城湖山江河港湾岛"
    )


def _whole_name(part: str) -> bool:
    """Whether a part of a blank-separated cell is a unit's whole name: four characters or more, or
    three that start with the place or collective it belongs to (县财政局, 各镇(街道))."""
    name = part.strip("*")
    return len(name) >= 4 or (len(name) == 3 and name[0] in "省市州县区镇乡各")


def _listed_unit(name: str) -> bool:
    """Whether an item of a 、 list is a whole unit: a unit's name (with another name in brackets:
    区商务局(区药发中心)), or a collective with its scope in brackets (各镇(街道), 各县(市、区)人民政府);
    各乡 of 各乡、镇人民政府 is half a name."""
    return (
        looks_like_unit(name)
        or bool(re.fullmatch(r"\*?各[^()（）]{1,6}[(（][^()（）]+[)）]\*?", name))
        or looks_like_unit(re.sub(r"[(（][^()（）]*[)）]$", "", name))  # 区商务局(区药发中心): its other name
        or names_collective_or_village(name)
    )


def _places_collectively(name: str) -> bool:
    """Whether a name is the places or bodies of a kind taken together (各村, 相关村, 有关乡镇), not one by name."""
    return name.startswith(("各", "相关", "有关")) and names_collective_or_village(name)


def all_units(names: Iterable[str]) -> bool:
    """Whether every name is a unit's, a collective's or a village's (true of none): the test of a list read as units."""
    return all(looks_like_unit(name) or names_collective_or_village(name) for name in names)


def names_collective_or_village(name: str) -> bool:
    """Whether a name is a collective (相关村, 有关部门) or a village or community by its name (石门村)."""
    return bool(_COLLECTIVE_OR_VILLAGE.fullmatch(name))


#: A collective (相关村, 有关部门) or a village or community by name (石门村, 杨柳社区): units of a list.
_COLLECTIVE_OR_VILLAGE: Final = re.compile(
    r"\*?(?:(?:各|相关|有关)[\u4e00-\u9fff]{1,8}(?:[(（][\u4e00-\u9fff、]{1,6}[)）])?|"  # 各村(社区), 各村(居)
    # a village's or a community's own name, not a kind of one (和美乡村, 新农村, 偏远山村, 智慧社区; 西山村 and
    # 张家新村 are names)
    r"(?![\u4e00-\u9fff]*(?:乡村|农村|城乡)$)"
    r"(?!(?:小|大|偏远|边远|贫困|美丽|新型|社会主义|移民|生态|搬迁|安置|高寒|深度贫困|文明|示范)?(?:新村|山村)$)"
    r"(?!(?:智慧|数字|和谐|文明|示范|美丽|和美|绿色|平安)社区)"
    r"[\u4e00-\u9fff]{1,4}(?:村|社区|居委会))\*?"
)


def completes_name(piece: str, rest: str) -> bool:
    """Whether ``rest`` is the end of a unit's name that a line end cut after ``piece`` (县农业农 / 村局):
    the piece is no name alone, the two together are. A ``*`` lead marker is not part of either."""
    piece, rest = piece.strip("*"), rest.strip("*")
    if not piece:
        return False
    if not _listed_unit(piece):
        return looks_like_unit(piece + rest)
    if _KIND_ALONE.fullmatch(rest) and not piece.endswith(_WHOLE_NAME_END):
        return looks_like_unit(piece + rest)  # 鹿溪高新区 / 管委会, 各街道 / 办事处: a kind names no one alone
    if (
        len(rest) <= 2
        and rest.endswith(_WHOLE_NAME_END + ("处",))  # (市发改委 / 海关, 市财政局 / 人行: names of their own)
        and not re.match(r"[省市县区镇乡各]", rest)  # (县农业农村局 / 各乡: a name of its own begins)
        and (not looks_like_unit(piece) or not looks_like_unit(rest))
        and looks_like_unit(piece + rest)
    ):
        return True  # 各街道办事 / 处, 桐溪街道办 / 事处: a name cut before its last characters, no name alone
    # a piece that passes for a unit only by a word's last character (县住房城乡, 县人力资源社会) is cut
    # short when the rest is a unit's kind and no name of its own (建设局, 保障局; not 县财政局, and not
    # 团县委 after 县总工会, a whole name)
    return (
        piece.endswith(_WORDS_ENDING_LIKE_UNITS)
        and rest.endswith(_WHOLE_NAME_END)
        and len(rest) <= 4
        and not re.match(r"[省市县区镇乡各]", rest)
        and looks_like_unit(piece + rest)
    )


#: A unit's kind with no name of its own (管委会, 办事处): the end of the name of a place's body.
_KIND_ALONE: Final = re.compile(r"管委会|管理委员会|办事处|人民政府|党工委|工委")
#: Words inside units' names whose last character ends names too (城乡 of 住房和城乡建设局, 社会 of 人力资源
#: 和社会保障局, 乡村 of 乡村振兴局).
_WORDS_ENDING_LIKE_UNITS: Final = ("城乡", "社会", "乡村")
#: The endings that close a unit's name for certain (局, 委, 办, 政府, 中心); 乡 and 会 also end
#: words inside names (城乡, 社会).
_WHOLE_NAME_END: Final = (
    "局",
    "委",
    "办",
    "厅",
    "政府",
    "中心",
    "院",
    "所",
    "站",
    "队",
    "公司",
    "集团",
    "署",
    "处",
    "室",
)


def _join_lines(text: str) -> str:
    """A list of units over several lines (a table cell with one unit a line), as one list: a line
    end between two names separates them; one inside a name (县农业农 / 村局) is dropped."""
    pieces: list[str] = []
    tail = ""  # the last name so far (the joined text is never searched again: linear in the lines)
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        names = re.split(r"[、,;，；]", line)
        head = names[0].strip("*")
        if completes_name(tail, head):
            pieces.append(line)
            tail = (tail + head) if len(names) == 1 else names[-1].strip("*")
        else:
            pieces.append(("；" if pieces else "") + line)
            tail = names[-1].strip("*")
    return "".join(pieces)


def _clean(name: str) -> str:
    name = name.strip(" \t\r\n。.").lstrip("—─–-~ \u3000")  # ——县发改局牵头: the dash before it is no part
    if name[:1] in "(（" and (audience := AUDIENCE.match(name)) is not None:
        name = name[audience.end() :].lstrip(" \t\u3000")  # (掌声)县工信局要牵头…: the hall's record, no part of it
    if _SCORE.fullmatch(name):
        return ""  # (权重6分,镇社会事务办牵头,…): what the item weighs in the assessment, no unit
    while name.startswith(("(", "（")) and name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        name = name[1:]
    while name.endswith((")", "）")) and name.count(")") + name.count("）") > name.count("(") + name.count("（"):
        name = name[:-1]
    name = name.rstrip("(（")  # 县人社局(责任领导:…): the bracket of a label cut away
    name = _PERSON_REMARK.sub("", name)  # 县教育体育局（分管县领导：赵红梅）: the unit, not its head
    name = _DUTY_REMARK.sub("", name)  # 科技与信息化科(新能源公交车、充电桩由运输服务科协同): a remark on a part
    name = _AREA_REMARK.sub("", name)  # 各乡镇(按属地), 各街道(按职责分工负责): how they answer, no part of the name
    named = _PERSON_AFTER.search(name)
    if named and not looks_like_unit(named.group(1)) and not _PLACE_OR_OFFICE_WORD.search(named.group(1)):
        name = name[: named.start()]  # 县发改局（张某某）: the unit, not the person who answers in it
    name = _TASK_AFTER.sub("", name)  # 市财政局负责资金保障: the unit, not what it sees to
    name = _TABLE_RUN_IN.sub("", name)  # 各区政府 鄞州 海曙 … 2 5 1: a table run into it
    name = _HEAD_AFTER.sub("", name)  # 县发改局 局长: the unit, not the post of its head
    previous = None
    while previous != name:
        previous = name
        name = _TRAILERS.sub("", name).strip()
        name = _BY.sub("", name)
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})具体$", "", name)  # 县农业农村局具体(负责): how it answers


#: An item's weight or score in an assessment, among the units of its bracket (权重6分, 分值10分, 5分).
_SCORE: Final = re.compile(
    r"(?:权重|分值|赋分|计分|满分|基础分|计|占)?(?:为|是)?[:：]?\s*\d+(?:\.\d+)?\s*分"
    r"|(?:权重|分值)(?:为|是)?[:：]?\s*\d+(?:\.\d+)?%?"
)
#: A table's figures run into a unit's name: a blank, then a run of figures apart (… 2 5 1 2 10), not
#: one number inside a name (市 12345 热线办, 市第 2 人民医院).
_TABLE_RUN_IN: Final = re.compile(r"[ \t\u3000].*?\d+[ \t\u3000]+\d.*$", re.S)
#: The post of a unit's head after its name and a blank (县发改局 局长, 县城投公司 总经理, 县医院 主要负责人).
_HEAD_AFTER: Final = re.compile(
    r"(?<=\S)[ \t\u3000]+(?:主要负责(?:人|同志)|负责人|[\u4e00-\u9fff]{0,3}?"
    r"(?:局长|主任|总经理|经理|书记|县长|区长|市长|镇长|乡长|部长|院长|校长|行长|站长|所长|队长|主席|理事长|董事长|组长))$"
)
#: A remark in brackets after a unit's name on who does a part of the work (…由运输服务科协同).
_DUTY_REMARK: Final = re.compile(
    r"[(（][^()（）]*(?<!自)由[^()（）]*[)）]$"
    # 平潭综合实验区管委会(以下有关内容均要求各地落实,不再重复): a remark on the list, said once; 县卫生健康局
    # (按职责分别牵头): how the units listed lead
    r"|[(（](?=[^()（）]*(?:以下|下同|不再重复|不再列出|不再一一|按职责分别|分别牵头))[^()（）]*[)）]$"
)
#: A person's name in brackets after a unit's (县发改局（张某某）), and words that make it no person's.
_PERSON_AFTER: Final = re.compile(r"[(（]([\u4e00-\u9fff]某{1,2})[)）]$")  # (not 经济发展局(商务), 县住建局(公积金))
_PLACE_OR_OFFICE_WORD: Final = re.compile(
    r"[省市县区镇乡村街道处科股局委办院所站队]|中心|牵头|配合|负责|协办|试行|暂行"
)
#: What a unit named as helping sees to, run on after its name (市财政局负责资金保障).
_TASK_AFTER: Final = re.compile(r"(?<=[局委办厅院府队所站])负责(?!人)[\u4e00-\u9fff]{2,10}$")
_PERSON_REMARK: Final = re.compile(r"[(（][^()（）]{0,8}(?:领导|负责人|联系人|责任人)\s*[:：][^()（）]*[)）]$")
#: A part of the work named before 由 and its units (城市管理和环境整治由城管科负责), not a policy's words
#: (每个团队由全科医生负责) nor 自由 inside a name (市自由贸易区): the words only, 由 after them.
TOPIC_BEFORE_BY: Final = (
    r"(?!每个|每一|鼓励|支持|引导)[^由,，;；。、:：()（）\d\n]{2,16}?交?(?<!自)"
    r"(?<!资金|经费|费用|补助|成本|投资|款项)(?=由)"  # (建设资金由县财政局承担: who pays, not who answers)
)
_BY: Final = re.compile(
    rf"^(?:{ITEMS_ABOVE}|(?:此项|该项|本项|这项)(?:指标|任务|目标|工作)|(?:前|后|第[一二三四五六七八九十])[一二两三]?项"
    rf"|{TOPIC_BEFORE_BY})?"
    r"(?:主要|均|统一|分别)?(?:(?<!自)由|请)"
)


#: Stars that mark a lead among listed units as ``*`` does (★市体育局、市教育局); a hollow star (☆), which
#: some tables use for helpers beside ★, is left out of the name (beside a ★, its unit helps).
_AS_STAR: Final = str.maketrans({**{mark: "*" for mark in "＊★※"}, "☆": None})


def _starred(names: list[str]) -> tuple[list[str], list[str]] | None:
    if not any(n.endswith("*") or n.startswith("*") for n in names):
        return None
    lead = [n.strip("*") for n in names if n.endswith("*") or n.startswith("*")]
    return lead, [n for n in names if n.strip("*") not in lead]


#: A remark that the unit listed first leads (列第一位者为牵头或汇总单位, 列第一位者为工作牵头单位): said once,
#: with 下同 for the rest.
FIRST_LEADS: Final = re.compile(
    r"[(（]?\s*(?:(?:排列|排|列|居|位列|排序)(?:在|名|于)?(?:(?:第一|首)位?|前面|最前面?)|第一个|首个|首位|前者)"
    # 排在首位的科室负责牵头, 列在首位的站所为牵头单位, 居首位的为牵头单位, 列在首位的单位牵头
    r"(?:者|的(?:责任)?(?:单位|科室|处室|股室|部门|站所|单位或部门)|的|单位)?(?:为|负责|是)?(?:工作|任务)?"
    # (not 凡涉及多个单位的,列第一位的牵头单位负总责: the first of several leads answers overall, all of them lead)
    r"(?:牵头(?!单位负总责)|主要责任单位|主责单位)[^)）]{0,12}[)）]?"
    # 前一个单位负责项目总体推进,后一个单位负责协同实施: the first listed leads, said by what each does
    r"|前一个(?:单位)?负责[^,，。;；]{0,16}[,，]\s*后一个(?:单位)?负责协同"
)
#: A remark that a star marks the lead (标*的为牵头单位, 带“*”者为牵头单位, *为牵头单位): the star says so
#: already, the remark names no one.
_STAR_LEADS: Final = re.compile(
    r"[,，;；]?\s*[(（]?\s*(?:(?:标|带|加|注|打)有?)?[“\"]?[*＊※★][”\"]?号?(?:的|者)?(?:单位|部门)?为(?:牵头|主要责任|主责)(?:单位|部门)"
    r"(?:[,，]下同)?\s*[)）]?"
)
#: One unit answering for an item in words of its own (对本项负责, 具体承担, 负总责), read as 负责.
_ANSWERS_ALONE: Final = re.compile(
    r"对本项(?:工作|任务)?负责|(?:具体承担|负总责)(?=\s*[。.]?\s*$)|(?<=[\u4e00-\u9fff])(?:具体)?承办(?=\s*(?:[,，;；。.]|$))"
    # 道路保洁作业由县城市管理局承担; 由县生态环境局督促落实: it answers
    r"|(?<=[委局办厅府院所站队心司])(?:承担|督促落实)(?=\s*[。.]?\s*$)"
)
#: Units parted by a slash, the leads before it and the helpers after (规划计划处/财务审计处、建设与管理处).
_SLASHED: Final = re.compile(
    r"\s*(?P<lead>(?:[^/／:：;；,，()（）]|[(（][^()（）/／]{1,8}[)）]){2,60}?)\s*[/／]\s*"
    r"(?P<helpers>(?:[^/／:：;；,，()（）]|[(（][^()（）/／]{1,8}[)）]){2,80}?)\s*[。.]?\s*"
)  # (a name's own bracket kept: 区农业农村局/各镇（街道）)
#: A cell or label's text saying no unit is named (配合单位:无).
_NONE_NAMED: Final = re.compile(r"\s*(?:无|暂无|没有|不涉及|—+|-+|/|／)?\s*[。.]?\s*")
#: A remark that a note elsewhere names other units for some items (另有注明的除外, 除另有说明外).
_EXCEPT_NOTED: Final = re.compile(
    r"[,，;；]?\s*(?:另有(?:注明|说明|规定|明确)的除外|除另有(?:注明|说明|规定|明确)(?:的)?外)"
)
#: Whether the document said so for every list of units (下同); set by the drafter for one draft.
first_listed_leads: ContextVar[bool] = ContextVar("first_listed_leads", default=False)
#: A legend saying a blank parts the units after a dash, the leads before it (破折号后,空格前为牵头单位,空格后为配合
#: 单位); set by the drafter for one draft.
BLANK_PARTS_LEADS: Final = re.compile(r"空格(?:之)?前(?:的)?为牵头单位|空格(?:之)?后(?:的)?为配合单位")
blank_parts_leads: ContextVar[bool] = ContextVar("blank_parts_leads", default=False)
#: The units after a dash parted by one blank: the leads, then the helpers.
_BLANK_PARTS: Final = re.compile(r"(?P<lead>[^\s]{2,60}?)[ \t\u3000]+(?P<help>[^\s]{2,120})")
#: Whether that remark holds for a column of leads too (牵头单位栏列有两个单位的,排在第一位的为牵头单位),
#: not only for the 责任单位 column it names (责任单位栏中列第一位的为牵头单位); set by the drafter.
first_listed_leads_lead_column: ContextVar[bool] = ContextVar("first_listed_leads_lead_column", default=True)
#: A legend saying a starred unit is the first of the leads (牵头单位栏列有两个单位的,标“*”的为第一牵头单位):
#: the star ranks the units of a lead column, it does not make the others helpers.
STAR_RANKS_LEADS: Final = re.compile(
    r"[标注带加][有注]?\s*[“\"'‘]?\s*[*＊★]\s*[”\"'’]?\s*号?\s*(?:的单位|的|者)\s*(?:为|是)\s*(?:第一|主要?|首要)牵头(?:单位|部门)"
    # (…,其他为配合单位, …,同栏其他单位负责配合: the star leads alone)
    r"(?![,，;；]?\s*(?:同栏|同列|本栏)?(?:其他|其余|其它)(?:单位)?(?:为|是|负责|均为)(?:配合|协办|参与))"
)
#: Whether the document has such a legend; set by the drafter for one draft.
star_ranks_leads: ContextVar[bool] = ContextVar("star_ranks_leads", default=False)
#: A legend saying the units listed with 按职责分工负责 all lead (标明“按职责分工负责”的,所列单位均为牵头单位),
#: over a remark that the first listed leads; and whether the document has one (set by the drafter).
SHARED_DUTIES_ALL_LEAD: Final = re.compile(
    r"按照?职责(?:分工)?负责[”\"’']?的[,，]?\s*(?:所列|列出的|列明的)?(?:单位|部门)?(?:均|都)为(?:牵头|责任)(?:单位|部门)"
)
shared_duties_all_lead: ContextVar[bool] = ContextVar("shared_duties_all_lead", default=False)
#: The parties a pact names (甲方:澄岭县人民政府, 乙方:鹤坪镇人民政府) by their aliases, which its statements
#: of units use (第1至8项指标由乙方牵头落实); set by the drafter for one draft.
party_names: ContextVar[Mapping[str, str]] = ContextVar("party_names", default=MappingProxyType({}))
_PARTY_ALIAS: Final = re.compile(r"甲方|乙方")
#: A pact's line naming a party (乙方:鹤坪镇人民政府(盖章), 甲方(责任单位):…).
PARTY_LINE: Final = re.compile(
    r"(?m)(?:^|(?<=[ \t\u3000]))[ \t\u3000]*(?P<alias>[甲乙])[ \t\u3000]*方[ \t\u3000]*"
    r"(?:[(（](?:责任单位|责任方|责任人|盖章|签章|公章)[)）])?[ \t\u3000]*[:：]"
    r"[ \t\u3000]*(?P<name>[^\s:：;；。()（）\d]{2,30}?)[ \t\u3000]*(?:[(（](?:盖章|签章|公章)[)）])?"
    # (乙方:岚溪县住房和城乡建设局(以下简称县住建局): the short name the text goes on to use)
    r"(?:[(（](?:以下)?简称[“\"]?(?P<short>[^()（）“”\"]{2,12})[”\"]?[)）])?"
    r"(?=[ \t\u3000]*(?:$|[甲乙][ \t\u3000]*方))"  # (甲方:… 乙方:… on one line)
)


def parties_named(text: str) -> dict[str, str]:
    """The aliases of a pact's parties and the names its lines give them ({'乙方': '鹤坪镇人民政府'}), for
    those named as units only."""
    found: dict[str, str] = {}
    for line in PARTY_LINE.finditer(text):
        alias, name, short = f"{line.group('alias')}方", line.group("name"), line.group("short")
        if alias not in found and looks_like_unit(name):
            found[alias] = short if short and looks_like_unit(short) else name
    return found


#: A label of units in 【】 (【牵头处室】, 【配合单位】), read as the label with its colon.
_LABEL_IN_SQUARE_BRACKETS: Final = re.compile(
    r"(?:^|【)((?:牵头|责任|配合|协同|协办|主责)(?:单位|部门|科室|处室|股室))】"
)


#: A sentence after the units that remarks on them (。以下任务均需…落实,不再列出; 。下同): it names no units
#: of the bracket's own (。市发改委、市统计局配合 does, and stays).
_REMARK_AFTER_UNITS: Final = re.compile(
    r"(?:。|[,，](?=\s*(?:以下|下同)(?:工作|任务|各项)?(?:均|都|不再)))(?=\s*(?:以下|下同|上述|不再|均需|均由|各项))[^()（）]*$"
)


#: A modal verb between a unit's name and its role (区发展和改革局要牵头抓总, 区统计局应积极配合): no part of the name.
_MODAL_BEFORE_ROLE: Final = re.compile(
    r"(?<=[局委办院府心站所队部司会团室科股业处道镇乡])(?:要|应|须|必须|需)(?=(?:积极|主动|全力|密切|共同|切实)?(?:牵头|配合|负责|协助|参与|协同))"
)


#: Units alone said to carry the work out (各乡镇负责具体实施, 各村具体落实: places, who help whoever leads it;
#: 县农业农村局负责具体实施: an office, which leads it).
_CARRY_OUT_ALONE: Final = re.compile(r"(?P<units>[^由,，;；:：()（）\d]{2,60}?)(?:负责)?具体(?:实施|落实|组织实施)")


#: Units that measure the figures, then those who carry the work out (由市统计局负责统计监测,市发改委负责推进落实…).
_MONITORS_THEN_LEADS: Final = re.compile(
    r"(?P<opening>.{0,20}?由)(?P<monitors>[^,，;；。由]{2,80}?)负责(?:数据)?(?:统计监测|统计|监测|核算)(?:工作)?[,，]"
    r"(?P<rest>[^,，;；。]{2,80}?负责(?:推进)?(?:落实|实施|推进|完成)[^;；。]*)[。.]?"
)
#: A project's owner named in brackets after the unit answering (市卫生健康委(业主单位:市城投集团)).
_OWNER_BRACKETED: Final = re.compile(r"[(（]\s*(?:项目)?业主(?:单位)?\s*[:：]\s*(?P<owner>[^()（）]{2,60}?)\s*[)）]")


def parse_responsibility(content: str) -> Responsibility:
    """Read the content of a bracket or a labelled line; an empty result when it names no units.

    Where the words open with a part of the work before 由 (签约团队由全科医生负责) or end as one body
    answering alone (企业法定代表人负总责), only names of organisations are kept as leads: a person, a
    role or a party outside the plan's offices is no unit."""
    names = party_names.get()
    if names and ("甲方" in content or "乙方" in content):
        content = _PARTY_ALIAS.sub(lambda alias: names.get(alias.group(), alias.group()), content)  # 由乙方牵头
    content = content.translate(_AS_STAR)  # 责任单位:★市体育局、市卫生健康委: ★ marks the lead as * does
    # (责任股室】种植业股(牵头)、农田建设股: a label in 【】 before a list that marks its lead, read as a label first)
    content = _LABEL_IN_SQUARE_BRACKETS.sub(r";\1:", content.strip()).strip(";")
    content = _FOLLOWING_TARGETS.sub("", content)  # …,会同Y,实现以下目标: what follows, no unit
    content = _AND_CARRY_OUT.sub("", content)  # …,各区人民政府配合,并按以下分解数落实到辖区: how, no unit
    content = _EXCEPTED_PARTS.sub("", content)  # …配合;其中,A由B负责: parts given to others (see topics.py)
    if "监测" in content or "统计" in content:
        monitored = _MONITORS_THEN_LEADS.fullmatch(content.strip())
        if monitored is not None:
            # 由市统计局负责统计监测,市发展改革委负责推进落实,市财政局配合: the units measuring the figures help those
            # carrying the work out
            monitors = split_units(monitored.group("monitors"))
            carried = re.sub(r"负责(?:推进)?(?:落实|实施|推进|完成)", "负责", monitored.group("rest"), count=1)
            rest = parse_responsibility("由" + carried)
            if rest.lead and monitors and all(looks_like_unit(name) for name in monitors):
                helping = [*monitors, *(name for name in rest.support if name not in monitors)]
                return Responsibility(rest.lead, tuple(helping))
    if "业主" in content:  # 市卫生健康委(业主单位:市城投集团): the project's owner carries it out, helping the unit
        content = _OWNER_BRACKETED.sub(r";配合单位:\g<owner>", content)
    carrying_out = _CARRY_OUT_ALONE.fullmatch(content.strip())
    if carrying_out is not None:
        # (各乡镇负责具体实施): the places carrying it out under whoever leads it help; an office (县农业农村局负责具体
        # 实施) leads
        named = split_units(carrying_out.group("units"))
        places = bool(named) and all(names_collective_or_village(n) for n in named)
        content = carrying_out.group("units") + ("配合" if places else "负责")
    content = _without_leaders_clause(content)  # 副县长陈某某牵头;县农业农村局、…牵头,…配合: the units after it
    content = _DUE_CLOSING.sub("", content)  # …,市卫健委、市财政局配合,12月20日前完成: when, no unit
    if "指导" in content:  # 由各区人民政府负责实施,市城管局统筹指导,市住建局配合: the office guiding helps
        content = _GUIDING_AFTER_LEAD.sub(_as_helping, content)
    duties = _duties_said(content)
    if duties is not None:
        return duties
    below = _LEADS_WORK_BELOW.fullmatch(content.strip())
    if below is not None:
        # 县卫生健康局将会同县财政局、县医疗保障局重点抓好以下六个方面工作: the unit leads, those it works with help
        leading, helping = split_units(below.group("lead")), split_units(below.group("helpers"))
        if leading and all(looks_like_unit(name) for name in (*leading, *helping)):
            return Responsibility(tuple(leading), tuple(helping))
    if "要" in content or "应" in content or "须" in content:
        content = _MODAL_BEFORE_ROLE.sub("", content)  # 区发改局要牵头抓总,区统计局要积极配合: the units, no 要
    marked = _marked_in_list(content)
    if marked is not None:
        return marked
    named_lead = _LIST_THEN_ITS_LEAD.fullmatch(content)
    if named_lead is not None:
        # 责任科室:种植业管理科、畜牧兽医科(种植业管理科牵头): the bracket after the list names which of it leads
        split = lead_named_in_list(split_units(named_lead.group("list")), named_lead.group("lead"))
        if split is not None:
            return split
    found = _parse(content)
    if _TOPIC_BY.match(content) or _ANSWERS_ALONE.search(content):
        return Responsibility(tuple(n for n in found.lead if looks_like_unit(n)), found.support)
    return found


#: A clause after the lead's naming an office that guides the work (…负责实施,市城管局统筹指导; …负责,市住建局会同市城管局
#: 加强指导): it helps, as those said to 配合 do.
_GUIDING_AFTER_LEAD: Final = re.compile(
    r"(?<=[,，])(?P<units>[^,，;；。:：由]{2,40}?)(?:会同(?P<with>[^,，;；。:：]{2,40}?))?"
    r"(?:统筹|加强|业务|做好|负责)?指导(?:服务|督促)?(?=[,，;；。]|$)"
)


def _as_helping(guiding: re.Match[str]) -> str:
    """The clause of a guiding office (see :data:`_GUIDING_AFTER_LEAD`) said as one of helpers, where it names units."""
    named = [*split_units(guiding["units"]), *(split_units(guiding["with"]) if guiding["with"] else [])]
    if not named or not all(looks_like_unit(name) for name in named):
        return guiding.group(0)
    return "、".join(named) + "配合"


#: The date a statement of units closes with (…配合,12月20日前完成; …配合,2025年11月底前完成): when, no unit.
DUE_WORDS: Final = (
    r"(?:20\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前)?(?:全部)?(?:完成|建成|完工|到位)?"
)
_DUE_CLOSING: Final = re.compile(rf"[,，][ \t\u3000]*{DUE_WORDS}[ \t\u3000]*[。.]?[ \t\u3000]*$")
#: A sentence opening a list of the work below with who leads it and whom it works with (see inline.WORK_BELOW_CLAUSE).
WORK_BELOW_NAMED: Final = (
    r"(?:[^。;；\n:：]{0,24}?[,，])?(?P<lead>[^。;；,，\n:：由]{2,40}?)(?:要|将)会同(?P<helpers>[^。;；,，\n:：]{2,60}?)"
    r"(?:重点|着力|全力|共同|切实)?(?:抓好|做好|推进|实施|开展|落实|完成)(?:以下|如下)[^。;；,，\n:：]{0,10}?"
    r"(?:工作|任务|目标|措施|举措)"
)
_LEADS_WORK_BELOW: Final = re.compile(WORK_BELOW_NAMED + r"[:：]?")
#: A clause of a speech's or a notice's duties saying who leads (县工信局要牵头抓好企业培育; 县人社局、县教育局要分别牵头
#: 抓好…), and one saying what others do to help (县科技局、县市场监管局要主动靠前服务; 各乡镇人民政府要压实属地责任).
_LEAD_DUTY: Final = re.compile(r"(?P<units>[^,，;；。:：\d]{2,60}?)(?:要|将|应|需|须)(?:分别|共同)?牵头(?!单位|部门)")
_HELP_DUTY: Final = re.compile(
    r"(?P<units>[^,，;；。:：\d]{2,60}?)(?:(?:要|将|应|需|须)(?!牵头)|(?:积极|主动|全力|密切)?(?:配合|协助|协同|参与)$)"
)  # (基建股要牵头,计财股配合,统筹推进…: a clause of helpers said without a modal)
#: How many words may open the sentence before its duties (这些目标,…; 对此,…): a few, naming no unit.
_DUTY_OPENING: Final = 8


def _duties_said(content: str) -> Responsibility | None:
    """The units of a sentence handing out duties, clause by clause (这些目标,县发改局要牵头抓好分解落实,县统计局要加强
    运行监测,做到一月一调度): the units said to lead (要牵头…) lead, those said after them to do their part (县统计局要…)
    help; a clause naming no units (做到…) is a remark. None where the sentence is not so, or a name is no unit's."""
    if "牵头" not in content or not re.search("[要将应需须]", content):
        return None
    clauses = [clause.strip(" \t\u3000") for clause in re.split(r"[,，;；。]", content)]
    clauses = [clause for clause in clauses if clause]
    lead: list[str] = []
    helpers: list[str] = []
    for clause in clauses:
        if not lead:
            duty = _LEAD_DUTY.match(clause)
            if duty is None:
                if len(clause) > _DUTY_OPENING or any(looks_like_unit(name) for name in split_units(clause)):
                    return None  # (not an opening remark: the sentence is not one of duties)
                continue
            named = split_units(duty.group("units"))
            if not named or not all(looks_like_unit(name) for name in named):
                return Responsibility()  # (我们要牵头抓好项目调度,…: a speech's duty of its own speakers, no unit)
            lead.extend(named)
            continue
        leading = _LEAD_DUTY.match(clause)
        if leading is not None:
            # (…,县交通运输局要牵头抓好栖梧港二期建设: one more lead, for its own part: see duties.lead_by_topic)
            named = split_units(leading.group("units"))
            if not named or not all(looks_like_unit(name) for name in named):
                return None
            lead.extend(name for name in named if name not in lead)
            continue
        duty = _HELP_DUTY.match(clause)
        named = split_units(duty.group("units")) if duty is not None else []
        if named and all(looks_like_unit(name) or names_collective_or_village(name) for name in named):
            helpers.extend(name for name in named if name not in lead and name not in helpers)
    return Responsibility(tuple(lead), tuple(helpers)) if lead else None


def duty_topics(content: str) -> list[tuple[str, str]] | None:
    """Each lead of a sentence of duties with the words of its part (县发改局要牵头建立重点项目调度机制,县交通运输局要牵头
    抓好栖梧港二期建设 → (县发改局, 建立重点项目调度机制), (县交通运输局, 抓好栖梧港二期建设)); None where fewer than two
    leads are named so, or a lead names more than one unit."""
    topics: list[tuple[str, str]] = []
    for clause in re.split(r"[,，;；。]", content):
        leading = _LEAD_DUTY.match(clause.strip(" \t\u3000"))
        if leading is None:
            continue
        named = split_units(leading.group("units"))
        if len(named) != 1 or not looks_like_unit(named[0]):
            return None
        topics.append((named[0], clause.strip(" \t\u3000")[leading.end() :]))
    return topics if len(topics) >= 2 else None


#: A clause of the leaders in person that lead, before the units' own clause (县委副书记王某某牵头;县农业农村局
#: 牵头,…配合).
_LEADERS_CLAUSE: Final = re.compile(r"\s*(?P<who>[^;；,，。:：]{2,40}?)(?:牵头|挂帅|负责)\s*[;；]\s*(?=\S)")


def _without_leaders_clause(content: str) -> str:
    """``content`` without a clause of leaders in person leading it, where units are named after it."""
    clause = _LEADERS_CLAUSE.match(content)
    if clause is None:
        return content
    who = clause.group("who").split("、")
    if not all(_PERSON.fullmatch(name.strip()) for name in who) or "牵头" not in content[clause.end() :]:
        return content
    return content[clause.end() :]


#: A bracket after a list of units naming which of them leads ((X科牵头), (县住建局为牵头单位)).
LEAD_NAMED_AFTER: Final = r"[(（](?P<lead>[^()（）:：]{2,40}?)(?:为)?牵头(?:单位|部门|科室)?[)）]"
#: A list of units, then such a bracket (责任科室:X科、Y科(X科牵头)); not under a helpers' label.
_LIST_THEN_ITS_LEAD: Final = re.compile(
    r"\s*(?:(?!配合|协办|协同|协助|参与)[\u4e00-\u9fff]{0,4}(?:单位|部门|科室|处室|股室|站所)\s*[:：]\s*)?(?P<list>[^:：;；()（）]+?)\s*"
    rf"{LEAD_NAMED_AFTER}\s*[。.;；]?\s*"
)


#: A list of units, then a clause naming which of them leads ((县发改局、县统计局,县发改局牵头); 责任单位:
#: A、B,其中A为牵头单位).
_LIST_THEN_CLAUSE_OF_LEAD: Final = re.compile(
    r"\s*(?:(?:责任|牵头)?(?:单位|部门|科室|处室|股室|站所)\s*[:：]\s*)?(?P<list>[^:：;；,，()（）]+?)\s*[,，;；]\s*"
    r"(?:其中|由)?(?P<lead>[^:：;；,，()（）]{2,40}?)(?:为)?牵头(?:单位|部门|负责)?\s*[。.]?\s*"
)


#: A person with the post they hold, opening a slashed list of who answers (王某某(副县长), 李四(县长), 副县长 李某某).
_PERSON_WITH_POST: Final = re.compile(
    r"[\u4e00-\u9fff某]{2,4}\s*[(（][^()（）]{0,8}?(?:县长|区长|市长|镇长|乡长|书记|局长|主任|部长|主席|旗长|州长)[)）]"
    # 副县长 李某某, 县委常委、常务副县长 张某某: the post first, then the name after a blank (湖州市长兴县,
    # 市长热线: no blank, no person)
    r"|(?:[\u4e00-\u9fff]{0,8}、)?[\u4e00-\u9fff]{0,6}?(?:县长|区长|市长|镇长|乡长|书记|局长|主任|部长|主席|旗长|州长|常委)"
    r"[ \t\u3000]+(?![\u4e00-\u9fff]*(?:室|局|委|办|中心|政府|组|站|所)$)[\u4e00-\u9fff某]{2,4}"
)


def without_leader(cell: str) -> str:
    """A cell of who answers without the leader in charge opening it before a slash or a semicolon (县委常委、副县长
    李某某／县发改局, 王某某(副县长)/县民政局, 县长 李某某;县发改局;配合单位:县统计局): the units after; the cell as it
    is where none opens it."""
    parts = re.split(r"[/／;；]", cell, maxsplit=1)
    if len(parts) == 2 and _PERSON_WITH_POST.fullmatch(parts[0].strip()):
        return parts[1]
    return cell


def offices_of_people(cell: str) -> str:
    """A cell of who answers with each person named with their office in brackets given as the office (张某某(镇经济
    发展办)、镇财政所 -> 镇经济发展办、镇财政所; 张某某、李某某(镇建设办) -> 镇建设办; 李某(镇经济发展办主任) -> 镇经济
    发展办); a unit's other name in brackets
    (市财政局(国资委), 公安(交警大队)) and 各乡镇(街道) are no person and stay."""
    if "(" not in cell and "（" not in cell:
        return cell
    return _PEOPLE_AND_OFFICE.sub(
        lambda m: m.group("office") if looks_like_unit(m.group("office")) else m.group(), cell
    )


#: A line naming the person in charge with the office they head (责任人:李卫东(镇经济发展办主任)).
_PERSON_IN_CHARGE: Final = re.compile(
    r"\s*(?:项目)?责任人\s*[:：]\s*"
    r"(?P<named>[^:：;；,，、。()（）]{1,8}[(（][^()（）]{2,30}[)）](?:\s*[、,，]\s*[^:：;；,，、。()（）]{1,8}[(（][^()（）]{2,30}[)）])*)"
    r"\s*[。;；]?\s*"
)
#: The last word of an office's name (镇经济发展办, 农机站, 规划股, 区发改委), not a post (区委常委, 副县长).
_OFFICE_ENDING: Final = re.compile(r"(?:办|局|所|站|中心|科|股|室|(?<!常)委|队|院|馆|处|部)$")


def office_in_charge(content: str) -> str | None:
    """The office a line naming the person in charge gives (责任人:李卫东(镇经济发展办主任) -> 镇经济发展办), or None
    where it names a person alone or a post (牵头领导:周某(区委常委) names no office)."""
    line = _PERSON_IN_CHARGE.fullmatch(content)
    if line is None:
        return None
    offices = offices_of_people(line.group("named"))
    names = split_units(offices)
    if (
        offices == line.group("named")
        or not names
        or not all(_OFFICE_ENDING.search(name) and looks_like_unit(name) for name in names)
    ):
        return None
    return offices


#: A person's name as a cell of who answers gives it: a common surname first, or 某 in it (张某某, 王强).
_PERSON_NAME: Final = (
    r"(?:[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    r"崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\u4e00-\u9fff]{1,2}"
    r"|[\u4e00-\u9fff]某[\u4e00-\u9fff]?)"
)
#: People named before their office in brackets (张某某（镇经济发展办）, 张某某、李某某（镇建设办）).
_PEOPLE_AND_OFFICE: Final = re.compile(
    # (李卫东(镇经济发展办主任): the office, the post after it left out)
    rf"(?:{_PERSON_NAME}\s*[、,，]\s*)*{_PERSON_NAME}\s*[(（](?P<office>[^()（）]{{2,30}}?)"
    r"(?:副?(?:主任|局长|所长|站长|科长|股长|部长|书记|主席)|负责人)?[)）]"
)


#: A leading label of the list (责任单位:), dropped before its parts are read.
_LEADING_LABEL: Final = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*")


def _slashed_in_turn(content: str) -> Responsibility | None:
    """A list of who answers parted by slashes, a person with their post perhaps first (王某某(副县长)/县民政局/
    县卫生健康局/县自然资源局; 县教育局/县财政局/县住建局): the first unit leads, the others help. None unless there
    are three parts or more, or a person before two (two alone are read by _SLASHED)."""
    if "/" not in content and "／" not in content:
        return None
    label = _LEADING_LABEL.match(content)
    parts = [p.strip(" \t。.") for p in re.split(r"[/／]", content[label.end() if label else 0 :])]
    person = bool(parts) and _PERSON_WITH_POST.fullmatch(parts[0]) is not None
    if person:
        parts = parts[1:]
    if len(parts) < (1 if person else 3) or not all(parts):
        return None
    names = [split_units(p) for p in parts]
    if not all(n and all(looks_like_unit(u) for u in n) for n in names):
        return None
    leading = [u.strip("*＊") for u in names[0]]  # (★县发改局/县统计局/各乡镇人民政府: the star no part of the name)
    return Responsibility(_dedupe(leading), _dedupe(u for n in names[1:] for u in n if u not in leading))


def _starred_among_slashed(content: str) -> Responsibility | None:
    """A list of units parted by slashes with a star after the first slash (县统计局/*县发改局/县工信局): the starred
    lead, the others help; None where no part after the first slash is starred or a part is no unit."""
    if ("*" not in content and "＊" not in content) or ("/" not in content and "／" not in content):
        return None
    label = _LEADING_LABEL.match(content)
    listed = content[label.end() if label else 0 :].strip(" \t。.")
    if re.search(r"[:：]", listed):
        return None  # (牵头单位:县统计局/*县发改局;配合单位:县工信局: labels of their own, read as such)
    if not re.search(r"[*＊]", re.split(r"[/／]", listed, maxsplit=1)[1]):
        return None  # (区科技局*、区工信局/区财政局: all before the slash lead, as _SLASHED reads it)
    names = split_units(listed)
    starred = _starred([n.replace("＊", "*") for n in names])
    if starred is None or not all(looks_like_unit(n.strip("*")) for n in names):
        return None
    lead, support = starred
    return Responsibility(_dedupe(lead), _dedupe(n.strip("*") for n in support))


def lead_named_in_list(listed: list[str], named: str) -> Responsibility | None:
    """The units of ``listed`` with those a bracket after it names (``named``) leading and the rest helping;
    None where it names none of them."""
    leading = [n for n in split_units(named) if n in listed]
    if not leading:
        return None
    return Responsibility(tuple(leading), tuple(n for n in listed if n not in leading))


#: A part of the work named before 由 (城市管理和环境整治由城管科负责), not a statement of the items above.
_TOPIC_BY: Final = re.compile(rf"\s*(?!以上|上述|此项|该项|本项){TOPIC_BEFORE_BY}由")


def _parse(content: str) -> Responsibility:
    """Read the content of a bracket or a labelled line (see :func:`parse_responsibility`).

    Where the document says the unit listed first leads (列第一位者为牵头单位, for this list or,
    with 下同, for all: :data:`first_listed_leads`), a 责任单位 list without a 牵头 label has it so.
    """
    content = usual_labels(content)  # 落实单位:X: the usual label of its role (责任单位:X)
    content = _LABEL_IN_SQUARE_BRACKETS.sub(r";\1:", content.strip()).strip(";")  # 【牵头处室】医政医管处【配合单位】…
    content = _SPACED_LABEL.sub(lambda m: re.sub(r"\s", "", m.group()), content)  # 协办单 位: a PDF's blank inside
    content = _LABEL_BLANK_FOR_COLON.sub(lambda m: f"{m.group(1) or m.group(2)}:", content)  # 牵头单位 县工信局
    content = _LEAD_WITH_LABELLED_HELPERS.sub(r"牵头单位:\g<lead>;\g<label>:\g<helpers>", content)
    # 区财政局;配合:区税务局、…: the unit named before the helpers' label leads
    content = _LEAD_THEN_LABELLED_HELPERS.sub(
        lambda m: (
            f"牵头单位:{m['lead']};{m['label']}:{m['helpers']}" if _OFFICE_NAMED.fullmatch(m["lead"]) else m.group()
        ),
        content,
    )  # (教育条目;配合单位:…: a note of the item, no unit)
    content = _LABELLED_THEN_ANSWER.sub(r"\g<labelled>", content)  # 责任单位:X、Y按职责分工负责;…: both answer
    starred_slashed = _starred_among_slashed(content)
    if starred_slashed is not None:
        return starred_slashed  # 县统计局/*县发改局/县工信局: the star marks the lead wherever it stands
    in_turn = _slashed_in_turn(content)
    if in_turn is not None:
        return in_turn  # 王某某(副县长)/县民政局/县卫生健康局/县自然资源局: the person left out, the first unit leads
    slashed = _SLASHED.fullmatch(content)
    if slashed:
        # (区科技局*、区工信局/区财政局: a * marks a lead, and every unit before the slash leads)
        leading = [n.strip("*＊") for n in split_units(slashed.group("lead"))]  # (★县发改局/…: a star before it too)
        helping = [n.strip("*＊") for n in split_units(slashed.group("helpers"))]
        if leading and all(looks_like_unit(n) or names_collective_or_village(n) for n in [*leading, *helping]):
            # (规划计划处/财务审计处、建设与管理处): the units before the slash lead, those after it help
            return Responsibility(_dedupe(leading), _dedupe(n for n in helping if n not in leading))
    clause_of_lead = _LIST_THEN_CLAUSE_OF_LEAD.fullmatch(content)
    if clause_of_lead:
        listed = split_units(clause_of_lead.group("list"))
        named = lead_named_in_list(listed, clause_of_lead.group("lead"))
        if named is not None and len(listed) > 1 and all(looks_like_unit(n) for n in listed):
            return named  # (县发改局、县统计局,县发改局牵头): the one named leads, the others help
    joint = _joint_leads_then_helpers(content)
    if joint is not None:
        return joint  # 区委组织部、区农业农村局(共同牵头),区人社局、各镇人民政府: those before the mark lead
    content = _ALL_LEAD.sub("", content)  # 县生态环境局、县水利局(共同牵头): every one leads, none marked
    content = _JOINTLY.sub("", content)  # 区教育局、团区委共同牵头: both lead, 共同 names no one
    content = _LEADS_OVERALL.sub(
        lambda m: (m.group("closing") or "") + "牵头", content
    )  # 由市发展改革委牵头统筹,…: 统筹 says how it leads, no name
    content = _NAMED_LEAD_OPENING.sub("", content)  # 以县应急局为牵头单位: 以 is no part of the name
    named_first = _named_as_labels(content)
    if named_first is not None and named_first.support:
        return named_first  # 市科技局为上述目标的牵头单位,市工信局、市财政局为责任单位
    content = _ANSWERABLE_FOR_THIS.sub(_answerable_leads, content)  # 此项实事的责任单位是X,Y参与实施: X leads
    remark_after = _REMARK_AFTER_UNITS.search(content)
    if remark_after:  # …,各县市区人民政府。以下任务均需各县市区人民政府落实,不再列出: a note, no names
        content = content[: remark_after.start()]
    sharing = _LEAD_THEN_SHARING.fullmatch(content)
    if (
        sharing
        and all(looks_like_unit(n) for n in split_units(sharing.group("lead")))
        and all(looks_like_unit(n) or n.startswith("各") for n in split_units(sharing.group("rest")))
    ):
        # 市住建局负责,各区按职责分工落实: the one said to answer leads, those carrying out their parts help
        answering = _dedupe(split_units(sharing.group("lead")))
        return Responsibility(answering, _dedupe(n for n in split_units(sharing.group("rest")) if n not in answering))
    # (责任单位:A、B,均为牵头单位;配合单位:C: the list's units all lead, as a 责任单位 list's do)
    content = _ALL_LEAD_SAID.sub("", content)
    # (县财政局配合,县教育局牵头: the helpers named first, then the lead)
    content = _HELPERS_THEN_LEAD.sub(r"牵头单位:\g<lead>;配合单位:\g<helpers>", content)
    # 牵头单位为市人社局,责任单位为…: the labels with their colons (上述任务的: the items, no name)
    content = _LABEL_AS_VERB.sub(lambda m: f"{m.group(1)}:" if m.group(1) else "", content)
    content = _LEADS_LABELLED_THEN_HELPERS.sub(r"\g<lead>;配合单位:\g<helpers>", content)  # 牵头单位:X,Y配合
    named_as = _named_as_labels(content)
    if named_as is not None:
        return named_as  # 县生态环境局为白沙河水质改善牵头单位,县水利局、白沙镇为配合单位
    content = _ANSWERS_ALONE.sub("负责", content)  # 镇经济发展办公室对本项负责, …具体承担, …负总责: it answers
    if "牵头" not in content:
        # (由县水利局负责调度通报,县河湖长制办公室配合: the first clause's unit leads in the duty it names)
        content = _FIRST_DUTY_THEN_HELPERS.sub(r"\g<who>牵头", content, count=1)
    if "牵头" not in content:
        content = _LEADS_BY_DOING.sub("牵头", content)  # 市卫生健康委负责组织实施,市医保局配合: it leads
    content = _STAR_LEADS.sub("", content)  # 市气象局*、市应急管理局,标*的为牵头单位: the star says it
    content = _EXCEPT_NOTED.sub("", content)  # 市人力社保局牵头,另有注明的除外: a note elsewhere may say otherwise
    remark = FIRST_LEADS.search(content)
    if remark:
        content = (content[: remark.start()] + content[remark.end() :]).strip()
    if (
        (remark or first_listed_leads.get())
        and _LABEL.search(content)
        and not any(label in content for label in _LEAD_LABELS)
    ):
        found = _labelled(content)
        names = [*found.lead, *found.support]
        if len(names) > 1 and found.lead and not re.search(r"\*", content):
            return _first_leads(names)
        return found  # (配合股室:X、Y: helpers alone, however the first listed is said to lead)
    helpers_alone = _HELPERS_ALONE.fullmatch(content)
    if helpers_alone and not _NOT_A_NAME.match(helpers_alone.group("units").strip()):
        names = split_units(helpers_alone.group("units"))
        if names and all(looks_like_unit(n) or names_collective_or_village(n) for n in names):
            # (城关镇、凤栖街道配合) after an item under its lead's heading: they help, whoever leads
            return Responsibility((), _dedupe(names))
    verbs = _ANSWERABLE_THEN_VERBS.fullmatch(content)
    if verbs:
        # 责任单位:市人社局、市医保局牵头,市民政局配合: the label over units that say who leads
        return _parse(verbs.group("units"))
    joined = _BY_WITH_HELPERS.fullmatch(content)
    if joined and all(looks_like_unit(n) for n in split_units(joined.group("lead"))):
        # ──由市卫生局会同有关部门和各县市区组织落实: the units named after 由 lead, those after 会同 help
        carriers = _dedupe(split_units(joined.group("lead")))
        helpers = [*split_units(joined.group("helpers")), *split_units(joined.group("more") or "")]
        return Responsibility(carriers, _dedupe(n for n in helpers if n not in carriers))
    helped = _LEAD_THEN_WORDED_HELPERS.fullmatch(content) or _LEAD_WITH_BRACKETED_HELPERS.fullmatch(content)
    if (
        helped
        and not re.search(
            r"牵头|主办|负责", helped.group("lead") + helped.group("helpers")
        )  # (but 县发改局(牵头,…配合))
        and not _NOT_A_NAME.match(helped.group("lead").strip())
        and all(
            looks_like_unit(n) or names_collective_or_village(n)
            for n in split_units(helped.group("lead")) + split_units(helped.group("helpers"))
        )
    ):
        # (责任单位:市民政局,市商务局、市财政局配合; 责任单位:镇农村经营管理站,各村配合): the unit before the helpers
        # said in words leads
        answering = _dedupe(split_units(helped.group("lead")))
        return Responsibility(answering, _dedupe(n for n in split_units(helped.group("helpers")) if n not in answering))
    worded = _WORDED_LEAD_THEN_LABEL.match(content)
    if worded and _LABEL.match(content, worded.end()):
        # (市城管局、市住建局牵头;配合单位:…): the leads said in words, then the labelled helpers
        worded_leads = _dedupe(split_units(worded.group("units")))
        labelled = _labelled(content[worded.end() :])
        if not any(label in content[worded.end() :] for label in _LEAD_LABELS):
            # (分别由县工信局、县发改局牵头;责任单位:县统计局、…): with the leads said, the answerable units help
            labelled = Responsibility((), (*labelled.lead, *labelled.support))
        return Responsibility(
            _dedupe([*worded_leads, *labelled.lead]), _dedupe(n for n in labelled.support if n not in worded_leads)
        )
    if _LABEL.search(content):
        return _labelled(content)
    # 主办 or 主责 leads, 协办 supports
    lead_word = next((word for word in ("牵头", "主办", "主责") if word in content), "")
    if lead_word:
        head, _, rest = content.partition(lead_word)
        head = _ITEMS_BY.sub("", head)  # 以上三件实事分别由市教育局、…: the items named, then 由
        carrying: list[str] = []
        carried = _CARRIED_OUT_THEN_LED.fullmatch(head)
        if carried and all(looks_like_unit(name) for name in split_units(carried.group("carriers"))):
            # 由各县区政府负责落实,市农业农村局牵头做好调度督导: the places carry it out, the office leads
            # (not 吕维峰副省长负责,省农委总牵头: a person in charge, no unit helping)
            carrying, head = split_units(carried.group("carriers")), carried.group("lead")
        else:
            carried = None
        lead = [name for name in split_units(head) if not _PERSON.fullmatch(name)]
        if any(_NOT_A_NAME.match(name) for name in lead):
            return Responsibility()  # 鼓励行业协会牵头,龙头企业参与; 坚持政府主导、部门负责: a policy, no one named
        # …牵头,会同区城管局、区水利局实施: they help; …牵头督办,…: how it leads, no name
        rest = re.sub(
            r"^(?:负责|督办|督促|协调|抓总|调度|分解(?:落实|下达)?|组织(?:开展|推进|落实)?)?[,;，；]?(?:会同)?",
            "",
            rest,
        )
        # …,各镇(街道)按属地分解落实: how they carry out their parts, no part of a name
        rest = re.sub(r"按照?(?:属地|职责)(?:原则|分工)?(?:分解)?(?=落实|负责|实施|推进|配合)", "", rest)
        rest = _HELPING_WITH.sub(r"\1", rest)  # …,失业保险处配合做好援企稳岗工作: what they help with, no name
        rest = re.sub(r"(?<=[\u4e00-\u9fff])具体(?:组织)?(?=实施|落实|推进)", "", rest)  # …,县水利局具体组织实施
        rest = _HELPERS_PART_DONE.sub("", rest)  # …,县公路事业发展中心负责项目建设管理: the part it does
        rest = _GUIDING.sub("", rest)  # …,市发展和改革委员会加强指导: it helps by guiding
        rest = _OWN_AREA_DUTY.sub("", rest)  # …;各街道、镇对本辖区空气质量负属地责任: the places help
        remark = _AFTER_HELPERS.search(rest)
        if (
            remark is not None
            and _HELPERS_VERB_END.search(rest, 0, remark.start())
            and not any(looks_like_unit(n) for n in split_units(rest[remark.start() + 1 :]))
        ):
            rest = rest[: remark.start()]  # …配合,每月调度一次投资进度: how the work goes on, no unit
        # …牵头,会同省财政厅、省自然资源厅共同组织实施: how they help, no part of the last name
        rest = _TOGETHER.sub("", rest)
        support = [*carrying, *(_named_units(rest) if carried else split_units(rest))]
        # …,农业领域目标由市农业农村局牵头: a unit after the first said to lead too leads (its 牵头 read as a *)
        lead += [n.strip("*") for n in support if n.endswith("*") or n.startswith("*")]
        support = [n for n in support if not (n.endswith("*") or n.startswith("*"))]
        return Responsibility(_dedupe(lead), _dedupe(s for s in support if s not in lead))
    jointly = _BY_JOINTLY.fullmatch(content)
    if jointly:
        # 由县民族局、交通局共同组织实施: the units that carry it out, none said to lead
        names = split_units(jointly.group("units"))
        if not names or not all(looks_like_unit(name) for name in names):
            return Responsibility()  # 由县政府统一组织实施, 由各乡镇按照属地原则…: a manner, no list of units
        return _first_leads(names) if remark or first_listed_leads.get() else Responsibility(_dedupe(names))
    if re.search(r"负责(?:落实|实施|推进)?[。.]?$|按照?职责分工(?:负责|落实)|分别负责", content):
        names = split_units(content)
        starred = _starred(names)
        if starred:
            return Responsibility(_dedupe(starred[0]), _dedupe(starred[1]))
        sharing_all_lead = shared_duties_all_lead.get() and re.search(r"按照?职责(?:分工)?", content)
        respective = "分别" in content  # (分别由A、B、C负责: each leads its own part, none helps)
        if (remark or first_listed_leads.get()) and not sharing_all_lead and not respective:
            # (省水利厅、省财政厅,各市州人民政府按职责分工负责;列第一位的为牵头单位,下同): the first leads, unless
            # the document says those listed with 按职责分工负责 all lead
            return _first_leads(names)
        return Responsibility(_dedupe(names))
    led = _LEADS_THEN_PARTS.fullmatch(content)
    if led is not None:
        # 由县卫生健康局负责组织实施,各乡镇卫生院承担具体体检任务,县人民医院、县中医医院负责技术指导: the first
        # answers, those after it each doing their part help
        helpers = [
            name
            for part in re.split(r"[,，;；]", led.group("rest"))
            if (done := _GUIDING.sub("", _HELPERS_PART_DONE.sub("", part.strip().rstrip("。."))))
            for name in split_units(done)
        ]
        lead = split_units(led.group("lead"))
        if lead and helpers and all(looks_like_unit(n) for n in (*lead, *helpers)):
            return Responsibility(_dedupe(lead), _dedupe(n for n in helpers if n not in lead))
    return Responsibility()


def _joint_leads_then_helpers(content: str) -> Responsibility | None:
    """区委组织部、区农业农村局(共同牵头),区人力资源社会保障局、各镇人民政府: the units before a mark of joint leading
    lead, those after it help; None where no unit follows the mark, or a name is no unit's."""
    joint = _ALL_LEAD.search(content)
    if joint is None:
        return None
    rest = content[joint.end() :].strip(" \t\u3000,，;；。")
    if not rest or re.search(r"[:：]", rest):
        return None  # (…(按职责分工共同牵头);责任单位:各区县卫健局: a label of its own follows, read as such)
    label = _LABEL.match(content)
    leading = split_units(content[label.end() if label is not None else 0 : joint.start()])
    helping = split_units(rest)
    if not leading or not helping or not all_units([*leading, *helping]):
        return None
    return Responsibility(_dedupe(leading), _dedupe(n for n in helping if n not in leading))


def listed_units(names: list[str] | tuple[str, ...]) -> Responsibility:
    """Units listed with no word on who leads: all lead, or the first where the document says the
    one listed first leads (:data:`first_listed_leads`)."""
    return _first_leads(names) if first_listed_leads.get() else Responsibility(_dedupe(names))


def _first_leads(names: list[str] | tuple[str, ...]) -> Responsibility:
    """Units listed where the document says the first listed leads: the first, then the others."""
    names = _dedupe(names)
    return Responsibility(names[:1], names[1:])


#: The words naming the unit that answers for the item at hand (此项实事的责任单位, 该项工作的牵头部门).
ANSWERABLE_FOR_THIS_ITEM: Final = (
    r"(?:(?:此项|该项|本项)(?:实事|工作|任务|项目)|本(?:领域|部分|板块|方面)(?:工作)?)的"  # 本领域的责任科室
    r"(?:责任|牵头)(?:单位|部门|科室|处室|股室)"
)
#: The unit answering for the item, named as such before those who help (此项实事的责任单位是县民政局,…参与实施;
#: 县水利局为此项实事的责任单位,…共同推进).
_ANSWERABLE_FOR_THIS: Final = re.compile(
    rf"^\s*(?:{ANSWERABLE_FOR_THIS_ITEM}(?:是|为)(?P<lead>[^,，;；。]{{2,40}}?)"
    rf"|(?P<lead2>[^,，;；。]{{2,40}}?)(?:为|是){ANSWERABLE_FOR_THIS_ITEM}"
    # 县林业局是这三项任务的责任主体; 县住建局是施工扬尘管控的第一责任部门
    r"|(?![^。]*(?:为|是)(?:配合|协办|协同|参与)(?:单位|部门))(?P<lead3>[^,，;；。是为:：()（）]{2,30}?)(?:是|为)[^,，;；。]{0,16}?的?(?:第一)?"
    r"(?:责任主体|牵头单位|(?<!牵头)责任单位|(?:责任|牵头)(?:部门|站所|科室|股室)))"
    r"(?P<rest>[,，;；]|[。.]?\s*$)"
)


def _answerable_leads(match: re.Match[str]) -> str:
    """The unit named as answering for the item, as leading it; a legend (标*的为牵头单位) stays as it is."""
    named = match.group("lead3")
    if named is not None and not looks_like_unit(named):
        return match.group()
    return f"{match.group('lead') or match.group('lead2') or named}牵头{match.group('rest')}"


#: What follows the helpers' verb, after a comma (…配合,每月调度一次投资进度): a remark on the work.
#: A count written in words (十个, 三所): a figure, which no remark holds.
COUNTED_IN_WORDS: Final = r"[一二两三四五六七八九十百千万]+(?:个|所|家|处|条|座|亩|公里|人|户|项|辆|张|名|套)"
_AFTER_HELPERS: Final = re.compile(
    # (…配合,全面推进城乡生活垃圾分类工作: a clause opening with what is done names no one)
    r"[,，](?:(?=\s*(?:全面|扎实|加快|深入|积极|持续|大力|着力|切实|稳步|有序)?"
    r"(?:推进|推动|开展|规范|抓好|做好|完成|实现|建立|健全|落实|实施|加强|提升))"
    r"|(?![各省市县区镇乡])(?![^,，;；]*(?:负责|配合|协助|参与|协办|牵头|落实|实施|推进|承办)))"
    rf"(?![^,，;；]*{COUNTED_IN_WORDS})[^,，;；\d]{{2,30}}[。.]?\s*$"
)  # (not 各街道(镇)负责本辖区指标的分解落实, 团区委、区妇联共同推进: more units)
#: The helpers' verb closing what comes before such a remark.
_HELPERS_VERB_END: Final = re.compile(
    r"(?:配合|协助|参与|协办)(?:推进|实施|落实)?$|(?<=[\u4e00-\u9fff])(?:共同|一道|一起)(?:组织)?(?:实施|推进|落实)$"
)
#: How helpers named after 会同 work with the lead, after their names (…、省自然资源厅共同组织实施).
_TOGETHER: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:共同|一道|一起)(?=(?:组织)?(?:实施|推进|落实|开展|完成)?[。.]?$)"
)
#: Leading said with how (牵头统筹, 统筹牵头, 牵头抓总, 市发展改革委总牵头): as 牵头.
_LEADS_OVERALL: Final = re.compile(
    r"(?<=[委局办厅府院])总牵头|牵头(?:统筹|抓总|汇总)(?:协调|推进|调度)?|统筹牵头"
    # 由县河长制办公室统筹协调,县水利局具体组织实施 (统筹协调 closing, after one that answers, is a helper's)
    r"|(?<=[委局办厅府院室])(?:统筹协调(?=[,，])|(?:负总责|牵头考核)(?=[,，;；。\n]|$))"  # (…负总责;配合单位:…)
    # 以上工作由市园林局统筹。: the one unit of a closing statement, 统筹 its only verb
    r"|^(?=[^,，;；]*$)(?P<closing>\s*(?:以上|上述|此项|该项|本项|本部分|本节)[^由,，;；。]{0,12}?由[^由,，;；。]{2,40}?)"
    r"(?<!牵头)(?:统一)?统筹(?:推进|协调|安排|调度)?(?:落实|实施)?(?=\s*[。.]?\s*$)"
)
#: What a statement of the items above names before 由 and its units (以上三件实事分别, 上述任务, 主要目标,
#: 停车设施部分).
_ITEMS_NAMED: Final = (
    r"(?:(?:以上|上述|此项|该项|本项|这项)[^由,，;；。]{0,16}?|(?:主要|年度|全年|预期|工作|总体|整体)?(?:目标|指标)(?:任务)?"
    r"|[^由,，;；。]{1,12}?部分|(?:表列|表中|表内|下表|上表|附表)(?:所列)?(?:各项)?(?:目标|指标|任务)?(?:任务)?)"
)
#: A unit that carries an item out with others (由市卫生局会同有关部门和各县市区组织落实; 以上任务由区教育局会同区财政局负责).
_BY_WITH_HELPERS: Final = re.compile(
    rf"\s*[-─—]*\s*(?:(?:{_ITEMS_NAMED}|具体(?:工作|任务))(?=由))?由?(?P<lead>[^,，;；。由]{{2,30}}?)会同(?P<helpers>[^,，;；。]{{2,60}}?)"
    r"(?:共同)?(?:组织|抓好|做好)?(?:落实|实施|推进|负责|(?<!共同)牵头)"  # (组织实施 before helpers reads 牵头)
    # …组织实施,县公安局、相关乡镇按职责配合: more helpers after it
    rf"(?:[,，](?P<more>[^,，;；。]{{2,60}}?)(?:按照?职责(?:分工)?)?(?:积极|密切|主动|全力|共同)?(?:{HELPING})"
    r"(?:推进|实施|落实)?)?\s*[。.]?\s*"
)
#: Units that answer, then units said in words to help (责任单位:市民政局,市商务局、市财政局配合).
_LEAD_THEN_WORDED_HELPERS: Final = re.compile(
    r"\s*(?:(?:责任单位|责任部门)\s*[:：]\s*)?(?P<lead>[^:：,，;；]+?)\s*[,，;；]\s*(?P<helpers>[^:：,，;；]+?)"
    r"(?:配合|协助|参与|协办|协同)(?:推进|实施|落实)?\s*[。.]?\s*"
)
#: A unit with the units that help it said in brackets after its name (区民政局(区残联配合), 牵头处室:
#: 医政医管处(会同卫生应急办公室)).
_LEAD_WITH_BRACKETED_HELPERS: Final = re.compile(
    r"\s*(?:(?:责任|牵头)(?:单位|部门|处室|科室|股室)\s*[:：]\s*)?(?P<lead>[^:：,，;；()（）]+?)\s*[(（]\s*(?:牵头\s*[,，、]\s*)?"
    r"(?=会同|[^()（）]*(?:配合|协助|参与|协办)\s*[)）])(?:会同\s*)?"
    r"(?P<helpers>[^:：,，;；()（）]+?)(?:配合|协助|参与|协办)?\s*[)）]\s*[。.]?\s*"
)
#: Units said to lead in words before the first label (市城管局、市住建局牵头;配合单位:…).
_WORDED_LEAD_THEN_LABEL: Final = re.compile(r"\s*(?P<units>[^:：;；,，]+?)(?<![单部])牵头\s*[;；,，]\s*")
#: Units under a label of who answers, said to answer (责任单位:县财政局、县税务局按职责分工负责;配合单位:…): the
#: words say what the label does, every unit named answers (none is made the lead by 负责 alone).
_LABELLED_THEN_ANSWER: Final = re.compile(
    r"(?P<labelled>(?:责任单位|责任部门)\s*[:：][^:：;；,，]*?[局委办院心府门位司团会联所站队室处科)）])"
    r"(?:共同|依法)?(?:按照?职[责能](?:分工)?)?负责(?:落实|实施|推进)?(?=\s*(?:[;；,，。]|$))"
)
#: One answerable label over units said to lead and help in words (责任单位:A、B牵头,C、D配合); not
#: over units that help, then the lead (责任单位:A、B,C牵头), which the label's own reading takes.
_ANSWERABLE_THEN_VERBS: Final = re.compile(
    r"\s*(?:责任单位|责任部门)\s*[:：]\s*(?P<units>[^:：,，;；]*?(?<=[\u4e00-\u9fff])(?<![单部])牵头(?!单位|部门|[)）])[^:：]*)"
)
#: Units that carry an item out together, none said to lead (由县民族局、交通局共同组织实施).
_BY_JOINTLY: Final = re.compile(r"\s*由(?P<units>[^。;；,，\d]{2,60}?)(?:共同|联合)?(?:组织)?实施\s*[。.]?\s*")
#: What a statement of the items above opens with before its units (以上三件实事分别由, 主要目标由).
_ITEMS_BY: Final = re.compile(
    rf"^\s*(?:{_ITEMS_NAMED}|[^由,，;；。]{{1,60}}?(?:指标|目标)|{TOPIC_BEFORE_BY})?"
    r"\s*[,，]?\s*(?:分别|均|统一)?交?(?<!自)由"
)
#: Helpers and what they help with, run together (失业保险处配合做好援企稳岗工作).
_HELPING_WITH: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(配合|协助|参与|协办)(?:(?:做好|抓好|开展|加强|推动|推进|负责|提供)[^,，;；、]*|"
    r"(?![^,，;；、]*(?:局|委|办|院|所|站|中心|公司|政府|集团|大队|支队)$)[^,，;；、]{2,30})$"  # …参与隐患路段排查和验收
)
#: The part of the work a helper named after the lead does, as its last words say (…,县公路事业发展中心负责项目
#: 建设管理; …,县水利局负责涉河建设方案审查; …,县公安局交警大队参与隐患路段排查和验收): no part of its name.
#: An office seeing to the money or land for the work (…,镇财政所保障资金, 县财政局筹措经费): a helper's part.
MONEY_FOUND: Final = r"(?<=[局委办院府心站所队])(?:保障|筹措|筹集|落实)(?:资金|经费|用地)(?:保障)?"
HELPERS_PART: Final = (
    r"(?:[^。;；,，\d\n]{0,16}?(?:管理|审查|审核|审批|保障|支持|协调|手续|拆迁|验收|排查|指导|督导|考核|监测|预警|研判|调度|属地(?:管理)?责任)"
    r"|具体[\u4e00-\u9fff]{0,8}?(?:任务|工作)"  # …,各乡镇卫生院承担具体体检任务
    r"|(?<=做好)[^。;；,，\d\n]{0,8}?服务)"  # …,镇统计站做好入库服务 (not 负责养老服务: a lead's own work)
)
#: A unit said to answer for the work, then units each doing a part of it (由县卫生健康局负责组织实施,各乡镇卫生院
#: 承担具体体检任务,县人民医院、县中医医院负责技术指导).
_LEADS_THEN_PARTS: Final = re.compile(
    r"\s*(?:(?:上述|以上)[^,，;；。由]{0,10}?)?由(?P<lead>[^,，;；。由]{2,40}?)负责(?:组织|分解)?(?:实施|落实|推进|下达)?[,，]"
    r"(?P<rest>[^。]{2,160}?)[。.]?\s*"
)
_HELPERS_PART_DONE: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:负责|参与|承担|做好|落实){HELPERS_PART}(?=\s*[。.]?\s*(?:[,，;；]|$))"
    # …,镇财政所保障资金: an office paying for the work helps
    rf"|{MONEY_FOUND}(?=\s*[。.]?\s*(?:[,，;；]|$))"
)
#: The words for a place's own area (本辖区, 辖区内), which places answer for after their names.
OWN_AREA: Final = r"(?:本辖区|辖区内|本地区|本区域)"
#: Places' duty for their own areas after their names (各街道、镇对本辖区空气质量负属地责任, 各镇负责本辖区…的
#: 落实): they help with the work, the words after their names no part of them.
_OWN_AREA_DUTY: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:对|负责){OWN_AREA}[^,，;；。]{{0,24}}?(?:负(?:属地|主体)?责任)?"
    r"(?=\s*[。.]?\s*(?:[,，;；]|$))"
)
#: Helpers' verb of guiding the work (市发展和改革委员会加强指导, 市水利局负责业务指导), no part of a name.
_GUIDING: Final = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])(?:加强|负责)|(?<=[局委办院府心站所队班]))"
    r"(?:(?:业务|技术)?(?:指导|督导)|统筹协调(?:[、,，]?定期调度)?)(?=\s*[。.)）]?\s*$|[,，;；])"
)  # (…,市发改委加强指导; …,县农业农村局指导; …,市城中村改造工作专班统筹协调、定期调度: it helps by guiding)
#: Units that carry an item out, then the one that leads it (各县区政府负责落实,市农业农村局牵头做好调度督导).
_CARRIED_OUT_THEN_LED: Final = re.compile(
    r"\s*由?(?P<carriers>[^,，;；。由]{2,40}?)负责(?:组织)?(?:落实|实施|推进)?[,，](?P<lead>[^,，;；。由]{2,40})"
)


def _named_units(text: str) -> list[str]:
    """The units a remark after 牵头 names (会同市财政局), none where it says what is done (做好调度督导)."""
    return [name for name in split_units(text) if looks_like_unit(name)]


#: A unit in charge of carrying out, with others helping (X负责组织实施,Y配合): it leads, as X牵头 does.
_LEADS_BY_DOING: Final = re.compile(
    r"(?:负责(?:组织|督促)?(?:实施|落实|推进|建设)?(?:此项|该项|本项)?(?:实事|工作|任务|项目)?|(?<=[\u4e00-\u9fff])(?:共同|联合)?(?:组织|具体)实施|统筹)"
    # (…,县财政局协同, …,各乡镇协同: units helping, 协同 closing the clause; not 强化部门协同, a manner of work
    # said by its verb)
    r"(?=[,，;；](?!\s*(?:强化|加强|注重|推动|深化|促进|做好|形成|健全|完善))[^,，;；]*(?:配合|参与|协助|协办"
    r"|(?<=[局委办院府心站所队班镇乡村道区门])协同(?=(?:配合|推进|落实|实施)?\s*[。.]?\s*$)|"
    r"具体(?:实施|落实|推进)|抓好落实|(?:加强|负责)(?:业务)?(?:指导|督导)"
    r"|(?<=[局委办院府心站所队班])(?:(?:业务|技术)?(?:指导|督导)|统筹协调(?:[、,，]?定期调度)?)\s*[。.]?\s*$)"
    rf"|[,，;；][^,，;；负]{{2,30}}?负责{HELPERS_PART}\s*[。.]?\s*$"  # …,Y负责涉河建设方案审查: Y helps
    rf"|[,，;；][^,，;；]{{2,30}}?{MONEY_FOUND}\s*[。.]?\s*$)"  # …,镇财政所保障资金: Y helps
)
#: A label a PDF's line break left a blank inside (协办单 位:, 牵 头单位:).
_SPACED_LABEL: Final = re.compile(
    r"(?:牵\s*头|责\s*任|配\s*合|协\s*办)\s*(?:单\s+位|部\s+门)(?=\s*[:：])|(?:牵\s+头|责\s+任|配\s+合|协\s+办)\s*(?:单位|部门)(?=\s*[:：])"
)
#: One unit answering, then units carrying out their parts (市住建局负责,各区按职责分工落实).
#: Places answering for their own area's share of the work (各县(市、区)人民政府负责本辖区扩面任务).
OWN_AREA_SHARE: Final = r"负责(?:本辖区|辖区内|本地区|本区域|属地)[^,，;；。\n]{0,40}"
_LEAD_THEN_SHARING: Final = re.compile(
    r"\s*(?P<lead>[^,，;；]{2,40}?)(?:负责|(?:具体)?承办|具体承担)[,，]\s*(?P<rest>[^,，;；]{2,60}?)"
    rf"(?:按照?职责(?:分工)?(?:负责|落实)|{OWN_AREA_SHARE})\s*[。.]?\s*"
)
#: A unit with its helpers labelled in brackets after it (市交通运输局(配合单位:市公安局)), as a table's
#: lead cell may hold them.
_LEAD_WITH_LABELLED_HELPERS: Final = re.compile(
    rf"^\s*(?P<lead>[^()（）:：;；]{{2,40}}?)\s*[(（]\s*(?P<label>(?:{HELPING})(?:单位|部门)?)\s*[:：]\s*"
    r"(?P<helpers>[^()（）:：]+?)\s*[)）]\s*$"
)
#: A body's name as a lead before its helpers' label: no figure in it, and a body's ending.
_OFFICE_NAMED: Final = re.compile(r"[^\d]{2,40}(?:局|委|办|中心|政府|办事处|管委会|公司|集团|厅|署|院|站|所|队|会|室)")
#: A unit, then its helpers under their label (区财政局;配合:区税务局、区自然资源和规划局).
_LEAD_THEN_LABELLED_HELPERS: Final = re.compile(
    rf"^\s*(?P<lead>[^()（）:：;；,，]{{2,40}}?)\s*[;；,，]\s*(?P<label>(?:{HELPING})(?:单位|部门)?)\s*[:：]\s*"
    r"(?P<helpers>[^:：]+?)\s*$"
)
#: Units said to be a label's, after them (县生态环境局为白沙河水质改善牵头单位; 县水利局、白沙镇为配合单位).
_UNITS_ARE_LABELLED: Final = re.compile(
    rf"\s*(?P<units>[^,，;；为]{{2,60}}?)为[^,，;；]{{0,20}}?(?P<label>牵头|配合|协办|{HELPING}|责任)(?:单位|部门)\s*[。.]?\s*"
)


def _named_as_labels(content: str) -> Responsibility | None:
    """Units each clause of which says are a label's (X为…牵头单位,Y为配合单位): read as labelled; None
    where a clause says otherwise."""
    clauses = [c for c in re.split(r"[,，;；]", content) if c.strip()]
    found = [_UNITS_ARE_LABELLED.fullmatch(c) for c in clauses]
    if not clauses or not all(found):
        return None
    lead: list[str] = []
    support: list[str] = []
    for match in found:
        assert match is not None
        names = split_units(match.group("units"))
        if not names or not all(looks_like_unit(n) for n in names):
            return None
        # (X为牵头单位,Y为责任单位: beside a lead named so, the units answerable help)
        leads_named = any(m is not None and m.group("label") == "牵头" for m in found)
        leading = match.group("label") == "牵头" or (match.group("label") == "责任" and not leads_named)
        (lead if leading else support).extend(names)
    return Responsibility(_dedupe(lead), _dedupe(n for n in support if n not in lead)) if lead else None


#: A label of leads whose last clause names helpers by their verb (牵头单位为区城市管理局,区园林绿化中心、
#: 各街道配合; …,县财政局密切配合做好资金保障): the helpers' own label.
_LEADS_LABELLED_THEN_HELPERS: Final = re.compile(
    r"^(?P<lead>\s*牵头(?:单位|部门)\s*[:：][^,，;；:：]{2,60}?)[,，](?P<helpers>[^,，;；:：]{2,80}?)"
    rf"(?:积极|密切|主动|全力|共同)?(?:{HELPING})(?:推进|实施|落实|做好[^,，;；。]{{1,16}})?\s*[。.]?\s*$"
)
#: Words before a unit named as the lead with 为 (以县应急局为牵头单位, 明确…, 该项工作…): no part of its name.
_NAMED_LEAD_OPENING: Final = re.compile(
    r"^\s*(?:(?:以上|上述)(?:各项)?(?:任务|工作|目标|指标)?(?=以|明确|确定)|(?:该|此|本)项(?:工作|任务|实事)?)?"
    r"(?:以|明确|确定)?(?=[^,，;；]{2,30}?(?:为|是)牵头(?:单位|部门))"
)
#: A label stated with 为 (牵头单位为市人社局), read as the label with its colon.
_LABEL_AS_VERB: Final = re.compile(
    r"^\s*(?:(?:以上|上述|此项|该项|本项|这项)[^,，;；。由]{0,12}?的)?(?=(?:牵头|责任)(?:单位|部门|站所|科室|股室)(?:均|都)?[为是])"
    r"|((?:牵头|责任|配合|协办)(?:单位|部门|站所|科室|股室))(?:均|都)?(?:为|是)"
)
#: Words a policy opens with where a lead sentence names its units (鼓励…牵头, 坚持…负责, 每个团队由…).
_NOT_A_NAME: Final = re.compile(r"(?:鼓励|支持|引导|坚持|推动|发挥|每个|每一|实行|建立|实施)")
#: A leader named with the post (吕维峰副省长负责): a person, never a unit.
_PERSON: Final = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|秘书长|主席)(?:负责)?"
    # a leader's title, then the name (县委副书记王某某, 组织部部长李某某, 副县长陈某某), or a title alone (县委常委)
    r"|(?:[省市州县区旗镇乡]委)?(?:[\u4e00-\u9fff]{1,6}?部)?(?:常务)?副?"
    r"(?:省长|市长|州长|县长|区长|旗长|镇长|乡长|书记|部长|主席|秘书长)(?!热线|信箱|专线|办公|接待)"
    r"[\u4e00-\u9fff]{2,3}(?<![局委办院所站队心府会室科处组部司厅])"
    # a title alone (副县长, 县委常委)
    r"|(?:[省市州县区旗镇乡]委)?(?:常务)?副?(?:省长|市长|州长|县长|区长|旗长|镇长|乡长|书记)|(?:[省市州县区旗镇乡]委)?常委"
)
#: A label of something else after the units (;完成时限:…, ;备注:…): the units end before it.
_OTHER_LABEL: Final = re.compile(r"[;；,，。]\s*[\u4e00-\u9fff]{2,8}[:：]")


#: Units said to help and no unit to lead (城关镇、凤栖街道配合; 县交通运输局、县供电公司积极配合).
_HELPERS_ALONE: Final = re.compile(
    # (各镇(街道)配合: a bracket inside a name, the places and their kind)
    rf"\s*(?P<units>(?:(?!牵头|负责|主办|承办|(?<!自)由)"
    rf"(?:[(（](?![^()（）]*(?:牵头|负责|主办|承办))[^()（）:：]{{1,8}}[)）]|[^,，;；:：()（）])){{2,80}}?)"
    rf"(?:按照?职责(?:分工)?)?"
    rf"(?:积极|密切|主动|全力|共同)?(?:{HELPING})"
    r"(?:推进|实施|落实)?\s*[。.]?\s*"
)
#: Units a labelled unit is helped by, said in brackets after it (牵头处室:医政医管处(会同卫生应急办公室),
#: 牵头单位:区民政局(区残联配合)).
_HELPERS_IN_BRACKETS: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])\s*[(（]\s*(?:会同\s*(?P<with>[^()（）:：]{{2,60}}?)|(?P<by>[^()（）:：]{{2,60}}?)"
    rf"(?:{HELPING}|具体(?:组织)?(?:实施|落实|负责)))\s*[)）]"  # (城关镇人民政府、河西街道办事处具体实施): they carry it out
)


#: Units said to help at the end of an office's label (责任科室:社会事务办,劳动保障所、各社区配合).
_TRAILING_HELPERS: Final = re.compile(
    rf"[,，]\s*(?P<by>[^,，;；:：()（）]{{2,60}}?)(?:{HELPING})(?:推进|实施|落实|工作)?\s*$"
)


def _labelled(content: str) -> Responsibility:
    parts = _LABEL.split(content)
    # parts: [before, label1, text1, label2, text2, ...]
    groups: dict[str, list[str]] = {}
    for label, text in zip(parts[1::2], parts[2::2]):
        if _PEOPLE_LABEL.fullmatch(label):
            # 责任人:李卫东(镇经济发展办主任): the person's office, where no label names a unit
            units_labelled = any(
                not _PEOPLE_LABEL.fullmatch(other) and not re.match(r"配合|协办|参与|协同|协助", other)
                for other in parts[1::2]
            )  # (a label naming who answers: the person's office is no unit of it)
            office = None if units_labelled else office_in_charge(label + ":" + text)
            if office is None:
                continue
            label, text = "责任单位", office
        text = _OTHER_LABEL.split(text, maxsplit=1)[0]  # ;完成时限:2024年8月底 says when, not who
        text = re.sub(r"[;；]\s*$", "", text.strip())
        trailing = _TRAILING_HELPERS.search(text) if label in _ANSWERABLE_LABELS[2:] else None
        if trailing is not None and all(looks_like_unit(n) for n in split_units(trailing.group("by"))):
            # (责任科室:社会事务办,劳动保障所、各社区配合: the units said to help, after the answerable office)
            groups.setdefault("配合单位", []).extend(split_units(trailing.group("by")))
            text = text[: trailing.start()]
        for helpers in reversed(list(_HELPERS_IN_BRACKETS.finditer(text)) if label in _LEAD_LABELS else []):
            named = split_units(helpers.group("with") or helpers.group("by"))
            if named and all(looks_like_unit(n) for n in named):
                groups.setdefault("配合单位", [])[:0] = named
                text = text[: helpers.start()] + text[helpers.end() :]
        groups.setdefault(label, []).extend(split_units(text))
    lead_labels = [label for label in groups if label in _LEAD_LABELS]
    if lead_labels:
        lead = [n for label in lead_labels for n in groups[label]]
        support = [n for label, names in groups.items() if label not in _LEAD_LABELS for n in names]
        return Responsibility(
            _dedupe(n.strip("*") for n in lead), _dedupe(n.strip("*") for n in support if n.strip("*") not in lead)
        )
    names = [n for names in groups.values() for n in names]
    if not names:
        return Responsibility()
    starred = _starred(names)
    if starred:
        return Responsibility(_dedupe(starred[0]), _dedupe(starred[1]))
    offices = [
        n for label, names in groups.items() if label in ("责任股室", "责任科室", "责任处室", "责任站所") for n in names
    ]
    if offices and any(label in ("责任单位", "责任部门") for label in groups):
        # (责任股室:妇幼健康股;责任单位:县妇幼保健院): the department's own office leads, the units under it help
        return Responsibility(_dedupe(offices), _dedupe(n for n in names if n not in offices))
    # no 牵头 label and no star: the units answerable (责任单位) lead together, as in a table's
    # 责任单位 column, and those that help (配合单位, 协办单位) support
    answerable = [n for label, names in groups.items() if label in _ANSWERABLE_LABELS for n in names]
    if not answerable and all(label in ("考核部门", "考核单位") for label in groups):
        # 考核部门:区发展改革局、区统计局 under a heading of indicators: the departments that answer for
        # them, as a 考核部门 column does where no column names who does the work
        answerable = names
    if not answerable and all(_HELPING_LABEL.search(label) for label in groups):
        # (配合单位:区卫生健康局、各镇人民政府) alone: they help whoever leads the whole (a 责任书's 乙方)
        return Responsibility((), _dedupe(names))
    answerable = answerable or names
    helping = [n for n in names if n not in answerable]
    return Responsibility(_dedupe(answerable), _dedupe(helping))


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def bracket_pairs(shadowed: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The matched ( ) pairs in shadowed[start:end] as (open, close, depth); a bracket never closed is none."""
    pairs: list[tuple[int, int, int]] = []
    stack: list[int] = []
    for i in range(start, end):
        if shadowed[i] == "(":
            stack.append(i)
        elif shadowed[i] == ")" and stack:
            opened = stack.pop()
            pairs.append((opened, i, len(stack)))
    return sorted(pairs)


#: An item's number and blanks from its line's start, before a bracket of units that opens the item.
_ITEM_OPENER: Final = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.、]|\(\d{1,2}\))[ \t]*\($")


def _opens_item(shadowed: str, opened: int) -> bool:
    """Whether a bracket opens a numbered item, its units leading all of it (1.【市文旅局】编制…, which
    the shadow brackets as in ( ))."""
    line_start = shadowed.rfind("\n", 0, opened)
    return _ITEM_OPENER.search(shadowed, max(line_start, 0), opened + 1) is not None


def _closes_item(shadowed: str, opened: int, closed: int) -> bool:
    """Whether a bracket closes an item: it ends its line (…达到100%。（区卫健局）, …857户以上(市住建局)),
    follows an item quoted in a list (“新开工海塘18.4公里”(市水利局)、“…”(市住建局)等), or ends its sentence
    or a clause of a sentence whose every clause ends with its units (…320户(社会事务办);…(财政所)。)."""
    before = opened - 1
    while before >= 0 and shadowed[before] in " \t":
        before -= 1  # (looked at from the bracket back: no copy of the text before it)
    after = shadowed[closed + 1 : closed + 3].lstrip(" \t。.;")
    if before < 0 or shadowed[before] == "\n":
        return False  # a bracket on a line of its own (a title's unit) closes no item
    if shadowed[before] in "。.;":
        if not after or after.startswith("\n"):
            return True
        # …稳定在95%以上。（县医疗保障局、县税务局）困难残疾人…: offices of government alone, after the sentence's
        # end, close it whatever follows on the line
        listed = split_units(shadowed[opened + 1 : closed])
        # ((@云南省人民政府) 网页链接: a page's credit to an account, no unit)
        return bool(listed) and all(name.endswith(_OFFICE_ENDS) and not name.startswith("@") for name in listed)
    # after a quoted item or at a line's end, only offices of government: the names of what a figure
    # counts (企业2家(华锐精密公司、金盛科技公司), 三级医院2家(县人民医院、县中医院)) are none
    names = split_units(shadowed[opened + 1 : closed])
    offices = all(name.endswith(_OFFICE_ENDS) or (i and _places_collectively(name)) for i, name in enumerate(names))
    # (镇生态环境保护站、各村): an office, then the places that help it, answer too; …床位60张(镇社会事务办、
    # 镇卫生院): an office first, then a clinic with it; …保持在99%以上(镇中心学校), …12公里(县城投集团): after a
    # figure that counts no institutions, a school or a company answers for it (not 三级医院2家(县人民医院、…),
    # 新增规上工业企业2户(华锐精密有限公司、…): what is counted)
    counted = _INSTITUTIONS_COUNTED.search(shadowed, max(0, before - 12), before + 1) is not None
    led_by_office = (
        not counted and bool(names) and names[0].endswith(_OFFICE_ENDS) and all(looks_like_unit(n) for n in names)
    )
    after_figure = (
        not counted
        and _FIGURE_NOT_INSTITUTIONS.search(shadowed, max(0, before - 12), before + 1) is not None
        and all(looks_like_unit(name) or _places_collectively(name) for name in names)
    )
    if not (offices or led_by_office or after_figure):
        return False
    if shadowed[before] == "”":
        return not after or after[0] in "\n、,;等"
    if (
        shadowed[closed + 1 : closed + 2] in (";", "。")
        and _LINE_CLOSED_BY_UNITS.match(shadowed, closed + 1)
        and not _names_a_unit_before(shadowed, before)
    ):
        return True  # …走访慰问320户(社会事务办);开展…(应急管理办);…(财政所)。: each clause closed by its units
    # …安置857户以上(市住建局) at a line's end; but not a name's other name or its places
    # (省数据局(省营商局), 先进县(市、区))
    return (not after or after.startswith("\n")) and not _names_a_unit_before(shadowed, before)


#: What counts before a one-character measure that is also a unit's ending (隐患点23处, 学校2所).
_COUNTED: Final = "0123456789一二两三四五六七八九十百千万余多几"


#: How a bank's name ends (县农商银行, 人民银行, 农发行, 工行): the names ending in 行 that are bodies.
_BANK_ENDING: Final = re.compile(r"(?:银|[工农建中交招兴邮人]|农发|商|信)行$")


def _names_a_unit_before(shadowed: str, last: int) -> bool:
    """Whether the text ending at ``last`` ends like a unit's name (省数据局, 先进县): a bracket after it
    is the name's other name or its places. 23处 and 2所 end with a measure, not a name."""
    tail = shadowed[max(0, last - 3) : last + 1]
    if not tail.endswith(_UNIT_SUFFIXES):
        return False
    if tail.endswith("行") and not _BANK_ENDING.search(tail):
        return False  # 上线运行(物业管理中心), 全面推行(…): a verb, not a bank's name
    return not (len(tail) >= 2 and tail[-1] in _ONE_CHARACTER_MEASURES and tail[-2] in _COUNTED)


#: Units' endings that are also measures of what is counted (23处, 2所).
_ONE_CHARACTER_MEASURES: Final = "处所站队组室校馆团社行科股"


#: After a bracket of units, the end of its sentence (。) or the rest of a sentence whose every clause closes
#: with its units (…;开展…(应急管理办);完成…(财政所)。): its last clause ends with a bracket too.
_LINE_CLOSED_BY_UNITS: Final = re.compile(r"。|;[^\n。]*\)\s*[。;]?\s*(?:[\n。]|$)")
#: A target's figure ending right before a bracket, one that does not count institutions (99%以上, 60张,
#: 12公里, 1200户(县供电公司); not 三级医院2家, whose bracket names the hospitals counted).
_FIGURE_NOT_INSTITUTIONS: Final = re.compile(
    r"\d\s*(?:%|‰|[^\d\s家所个座处名,，。;；、()（）]{1,3}?)?(?:以上|以内|左右)?$"
)
#: A count of institutions or firms right before a bracket (养老服务设施3处, 卫生服务中心2家, 工业企业2户): the
#: bracket names those counted, whoever the names look like.
_INSTITUTIONS_COUNTED: Final = re.compile(r"(?:\d\s*[家所个座处名]|(?:企业|主体|公司|商户)\d+\s*户)$")
#: The endings of an office of government, which answers for an item (局, 委, 办, 政府, 中心, 红十字会);
#: not a company's, a hospital's or a school's.
_OFFICE_ENDS: Final = ("局", "委", "办", "厅", "府", "中心", "会", "联", "站", "所", "队", "室", "处", "科", "股")
# (城市更新处, 医政医管科, 财务股: a bureau's own offices, in a bureau's plan)


def _only_units(content: str) -> tuple[str, ...]:
    """The names of a bracket that lists units and nothing else (区政府办公室、区政务服务中心)."""
    if re.search(r"\d|[:：。]", content) or _SCOPE.match(content.strip()):
        return ()  # (不含经开区), (含高新区), (位于城关镇): the scope of a figure, not who answers
    names = split_units(content)
    named = all(looks_like_unit(re.sub(r"[(（][^()（）]*[)）]$", "", n)) and not _SCOPE.match(n) for n in names)
    # (区应急管理局、各镇街): an office with the places' collective after it lists units too
    listed = (
        len(names) > 1
        and looks_like_unit(names[0])
        and all(looks_like_unit(n) or _places_collectively(n) for n in names)
    )
    return _dedupe(names) if names and (named or listed) else ()  # 省数据局(省营商局): a unit and its other name


#: The words of a scope in brackets: which places a figure covers or leaves out.
_SCOPE: Final = re.compile(r"不?含|包括|包含|位于|其中|除|涉及|覆盖|以及|全[省市区县镇]")


#: A person named in a bracket of units by their label (…,责任人:王晓东): no unit, taken out before the units are read.
_PERSON_NAMED: Final = re.compile(
    r"[,，;；]?\s*(?:责任人|联系人|具体责任人|经办人|分管领导|责任领导|联系电话|电话)\s*[:：][^,，;；()（）]{1,16}"
)


#: A label of units said to be those above without its colon (责任单位同上, 配合单位同上).
_SAME_UNLABELLED: Final = re.compile(
    r"((?:牵头|责任|配合|协办|协同|协助|参与|主责)(?:单位|部门|科室|股室|处室))\s*同上"
)
#: A bracket saying only that its units are those above ((同上), (同前)).
_SAME_ALONE: Final = re.compile(r"\s*(?:同上|同前)\s*")


def find_brackets(
    shadowed: str, start: int, end: int, text: str | None = None
) -> list[tuple[int, int, Responsibility]]:
    """Brackets in shadowed[start:end] that state responsibility: (start, end, what they say).

    Brackets nest: (牵头单位:市发改委;责任单位:各县(市、区)人民政府) is one statement, read whole. A
    bracket that states none is looked into for one that does. Names are read from ``text``, the
    original of ``shadowed``, when it is given, so they are as written (各县（市、区）人民政府).
    """
    source = shadowed if text is None else text
    found: list[tuple[int, int, Responsibility]] = []
    covered = -1
    for opened, closed, _ in bracket_pairs(shadowed, start, end):
        if opened < covered:
            continue  # inside a bracket already read as a statement
        content = usual_labels(source[opened + 1 : closed]).translate(_AS_STAR)  # (★X、Y): ★ marks as * does
        content = without_leader(content)  # (县长 李某某;县发改局;配合单位:县统计局): the leader in charge is no unit
        content = _PERSON_NAMED.sub("", content)  # (城建科,责任人:王晓东): the person answering is no unit
        if not 2 <= len(content) <= 400:
            continue
        if "同上" in content:
            # (责任单位同上), (牵头单位:X;责任单位同上): the label said without its colon, the units those above
            content = _SAME_UNLABELLED.sub(r"\1:同上", content)
            if _SAME_ALONE.fullmatch(content) and _closes_item(shadowed, opened, closed):
                found.append((opened, closed + 1, Responsibility(("同上",))))  # (同上): all the units above
                covered = closed
                continue
        if not MARKERS.search(content) and not _CARRY_OUT_ALONE.fullmatch(content.strip()):
            # an item closing with its units alone in brackets (…达到100%。（区卫健局）) names who answers
            slashed = _SLASHED.fullmatch(content) and parse_responsibility(content)
            if slashed and (_closes_item(shadowed, opened, closed) or _opens_item(shadowed, opened)):
                found.append((opened, closed + 1, slashed))  # (规划计划处/财务审计处): leads, then helpers
                covered = closed
                continue
            if (_closes_item(shadowed, opened, closed) or _opens_item(shadowed, opened)) and (
                names := _only_units(content)
            ):
                starred = _starred(list(names))  # (*项目办、投资科): the star marks the lead
                answer = (
                    Responsibility(_dedupe(starred[0]), _dedupe(starred[1]))
                    if starred
                    else _first_leads(names)
                    if first_listed_leads.get()
                    else Responsibility(names)
                )
                found.append((opened, closed + 1, answer))
                covered = closed
            continue
        responsibility = parse_responsibility(content)
        if responsibility:
            previous = found[-1] if found else None
            if previous is not None and not source[previous[1] : opened].strip() and _LABEL.search(content):
                # 【牵头单位:X】【责任单位:Y】: brackets side by side are one statement, read together
                joined = parse_responsibility(source[previous[0] + 1 : previous[1] - 1] + ";" + content)
                if joined:
                    found[-1] = (previous[0], closed + 1, joined)
                    covered = closed
                    continue
            found.append((opened, closed + 1, responsibility))
            covered = closed
    tail = _DASHED_UNITS.search(shadowed, max(covered + 1, start), end)
    named = _DASHED_NAMES.search(shadowed, max(covered + 1, start), end) if tail is None else None
    if named is not None:
        # …增长6%以上。——县发改局、县统计局: the units closing the line after a dash, no label
        words = re.sub(
            r"(?<=[局委办院所站心科股队])(?:牵头|负责)$", "", source[named.start("units") : named.end("units")]
        )
        dashed = split_units(words.translate(_AS_STAR))  # (——县农业农村局牵头: the office, leading)
        if dashed and all(
            (looks_like_unit(n.strip("*")) or _VILLAGES_AT_ONCE.fullmatch(n.strip("*")))
            and _BODY_OPENING.match(n.strip("*"))
            for n in dashed
        ):  # (——镇农业农村办、各村: the villages help, named all at once)
            starred = _starred(dashed)  # (——县疾控中心*、各乡镇卫生院: the star marks the lead)
            parted = _BLANK_PARTS.fullmatch(words.strip()) if blank_parts_leads.get() else None
            said = (
                Responsibility(_dedupe(starred[0]), _dedupe(starred[1]))
                if starred
                # (——市发改委 市统计局、各区、县(市)人民政府 under 空格前为牵头单位,空格后为配合单位: the blank parts them)
                else Responsibility(
                    _dedupe(split_units(parted.group("lead"))), _dedupe(split_units(parted.group("help")))
                )
                if parted is not None
                else _first_leads(dashed)
                if first_listed_leads.get()
                else Responsibility(_dedupe(dashed))
            )
            found.append((named.start(), named.end(), said))
            return found
    slashed_tail = _SLASHED_TAIL.search(shadowed, max(covered + 1, start), end) if tail is None and not found else None
    if slashed_tail is not None:
        # 1.地区生产总值增长6.5%。县发改局/县统计局: the units closing the line after its sentence, lead before the slash;
        # 3.城镇新增就业3000人。县人社局: one office alone
        words = source[slashed_tail.start("units") : slashed_tail.end("units")]
        said = (
            parse_responsibility(words)
            if re.search("[/／]", words)
            else Responsibility((words,))
            if _ONE_OFFICE.fullmatch(words)
            else Responsibility()
        )
        tail_names = [*said.lead, *said.support]
        if (
            tail_names
            and all(looks_like_unit(n) and _BODY_OPENING.match(n) for n in tail_names)
            and tail_names[0].endswith(_OFFICE_ENDS)
        ):
            found.append((slashed_tail.start("units"), slashed_tail.end("units"), said))
            return found
    if tail is not None:
        # …增长8%以上 —— 责任领导 王立军 ; 牵头 镇经济发展办 ; 配合 镇统计站: the units after a dash
        content = _BARE_LABEL.sub(r"\1:", source[tail.start("units") : tail.end()])
        said = parse_responsibility(content)
        if said:
            found.append((tail.start(), tail.end(), said))
            return found
    helpers = closing_helpers(shadowed, max(covered + 1, start), end, text) if found else None
    if helpers is not None and _opens_item(shadowed, found[0][0]) and not found[0][2].support:
        # 2.【市文旅局、市发改委】谋划…。配合:市自然资源和规划局、市商务局。: they help the units that lead
        found[0] = (found[0][0], found[0][1], Responsibility(found[0][2].lead, helpers[1]))
    elif found and len(found[0][2].lead) == 1 and not found[0][2].support and _opens_item(shadowed, found[0][0]):
        # 12.【社会科】会同县人社局、县统计局做好收入分配监测,…: the offices the lead works with help
        partners = _working_with(shadowed, found[0][1], end, source)
        if partners:
            found[0] = (found[0][0], found[0][1], Responsibility(found[0][2].lead, partners))
    cut = _cut_off_bracket(shadowed, start, end, covered)
    if cut is not None:
        content = source[cut + 1 : end].rstrip()
        said = parse_responsibility(content) if MARKERS.search(content) else Responsibility(_only_units(content))
        cut_names = [*said.lead, *said.support]
        whole = [looks_like_unit(re.sub(r"[(（][^()（）]*[)）]$", "", n)) for n in cut_names]
        if cut_names and not whole[-1] and all(whole[:-1]) and said.lead and cut_names[-1] not in said.lead:
            # (县科技局牵头,县 and the page ends: the helper cut short is dropped, the lead named whole stays)
            said = Responsibility(said.lead, said.support[:-1])
            whole = whole[:-1]
        if said and all(whole):  # (牵头单位:市 and the page ends: a name cut short names no one
            found.append((cut, end, said))
    return found


#: A clause of the item's lead working with other offices, its subject left out (【社会科】会同县人社局、
#: 县统计局做好…; …调度,会同县统计局抓好…).
_WORKING_WITH: Final = re.compile(
    r"(?:^|(?<=[,，;；。)）】]))[ \t\u3000]*(?:并|积极|主动|要)?会同(?P<units>[^,，;；。:：\d()（）]{2,60}?)"
    r"(?:(?=抓好|做好|开展|推进|加强|实施|完成|落实|共同|组织|建立|制定|编制|[,，])"
    # (会同公安分局交警大队优化…: a verb of doing after the end of an office's name, not one inside it, 区住房和城乡建设局)
    r"|(?<=[局委办厅院心府司室所队站部联协会团])(?=优化|提升|建设|新建|改造|打造|实现|举办|完善|加快|培育|创建))"
)


def _working_with(shadowed: str, start: int, end: int, source: str) -> tuple[str, ...]:
    """The offices the first clause of the item after ``start`` that opens with 会同 names, if each is one."""
    match = _WORKING_WITH.search(shadowed, start, end)
    if match is None:
        return ()
    names = split_units(source[match.start("units") : match.end("units")])
    return tuple(names) if names and all(looks_like_unit(name) for name in names) else ()


#: The helpers named in a sentence of their own at a line's end (…。配合:市自然资源和规划局、市商务局。).
_HELPERS_CLOSING: Final = re.compile(
    r"(?<=[。;])\s*(?:配合|配合单位|配合部门|协办单位|协同单位|协助|协助单位)\s*:\s*(?P<units>[^。;:\n]{2,80}?)\s*[。;]?\s*(?=\n|$)"
)


def closing_helpers(shadowed: str, start: int, end: int, text: str | None = None) -> tuple[int, tuple[str, ...]] | None:
    """The helpers a sentence closing the line names (…。配合:市自然资源和规划局、市商务局。): where the
    sentence starts, and their names; None if there is no such sentence of units."""
    match = _HELPERS_CLOSING.search(shadowed, start, end)
    if match is None:
        return None
    source = shadowed if text is None else text
    names = _only_units(source[match.start("units") : match.end("units")])
    return (match.start(), names) if names else None


#: Units after a dash at a line's end, labelled with or without colons (—— 牵头 X ; 配合 Y).
_DASHED_UNITS: Final = re.compile(
    r"\s*(?:——|—|--)\s*(?P<units>(?:责任领导|分管领导|牵头单位|牵头|责任单位)\s*:?\s*[^\n]*?)\s*(?=\n|$)"
)
#: How a body's name opens, a level of government or 各 (县发改局, 市财政局, 各乡镇), not a slogan's or a
#: source's words (全国文明城市, 打造…, 摘自…, 区域医疗中心).
_BODY_OPENING: Final = re.compile(
    r"(?:[省市州县区旗镇乡]|各)(?!域|场(?!监)|民(?!政|宗)|级|内|外|属)"
    r"|[\u4e00-\u9fff]{2,4}海关$"  # (滁州海关, named by its city alone)
)  # (镇民政所 is one)
#: A statement's first clause: a unit and the duty it answers for, before helpers (由县水利局负责调度通报,县河湖长制
#: 办公室配合; 县人社局负责组织实施,县财政局负责资金保障,县农业农村局配合).
_FIRST_DUTY_THEN_HELPERS: Final = re.compile(
    r"^(?P<who>由?[^,，;；由]{2,40}?(?<=[局委办院府心站所队]))负责[\u4e00-\u9fff、和及]{2,12}?(?=[,，;；][^。]*(?:配合|协助|参与|协办|负责))"
)
#: The villages (and communities) of a place named at once (各村, 各行政村, 各村(社区), 各社区).
_VILLAGES_AT_ONCE: Final = re.compile(r"各(?:行政)?村(?:[(（](?:社区|居)[)）])?|各社区|各村(?:居)?委会?")
#: Units alone after a dash closing a line after its last sentence (…增长6%以上。——县发改局).
_DASHED_NAMES: Final = re.compile(
    # (…增长6%以上。——县发改局; (一)粮食稳产保供——县农业农村局: a heading's office after its words and a dash)
    r"(?:(?<=[。;.])[ \t\u3000]*(?:--|-)|(?<=[\u4e00-\u9fff])[ \t\u3000]*--)[ \t\u3000]*"
    r"(?P<units>(?:[^\n:：。,，;；\d()（）-]|[(（][^()（）\n\d]{1,8}[)）]){2,60}?)[ \t\u3000]*(?=\n|$)"  # (各村(社区))
)
#: Units closing a line after its sentence's end, parted by a slash, or one office alone, no dash nor label
#: (…6.5%。县发改局/县统计局; …3000人。县人社局).
_SLASHED_TAIL: Final = re.compile(
    r"(?<=[。;.])[ \t\u3000]*(?P<units>[^\n:：。,，;；\d()（）/／\s-]{2,40}(?:[/／][^\n:：。,，;；\d()（）\s-]{2,60}?)?)"
    r"[ \t\u3000]*(?=\n|$)"
)
#: One office's short name alone (县人社局, 镇经发办), no words of what it does (区政府督查室将继续跟踪督办).
_ONE_OFFICE: Final = re.compile(
    r"(?![^\n]*(?:督办|督导|督促|跟踪|定期|负责|推进|落实|开展|组织|协调))"  # (区住建局跟踪督办: what it does)
    r"[省市州县区旗镇乡][^\s将要对并已、,，]{1,10}(?:局|委|办|中心|站|所|队|室|处|科|股|部|会|府)"
)
#: A role's label followed by a blank instead of a colon (牵头 镇经济发展办).
_BARE_LABEL: Final = re.compile(
    r"(责任领导|分管领导|牵头单位|配合单位|责任单位|协办单位|牵头|配合|协办)\s+(?=[^\s:：;；])"
)
#: Nothing but blanks to the text's end.
_ONLY_BLANKS_LEFT: Final = re.compile(r"\s*\Z")


def _cut_off_bracket(shadowed: str, start: int, end: int, covered: int) -> int | None:
    """Where a bracket opens after a sentence's end that the text breaks off before it closes
    (…等重大项目。〔省委军民融合办、省发展改革委 and the page ends): only at the text's end, or at a
    line's end; None if there is none."""
    if end < len(shadowed) and shadowed[end : end + 1] != "\n" and not _ONLY_BLANKS_LEFT.match(shadowed, end):
        return None  # (the match stops at the first character that is not a blank: no copy of the rest)
    depth, opened = 0, None
    for i in range(end - 1, max(start, covered) - 1, -1):  # from the end back: the outermost open bracket
        ch = shadowed[i]
        if ch in ")〕":
            depth += 1
        elif ch in "(〔":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened is None or opened > end - 3:
        return None
    before = opened - 1
    while before >= start and shadowed[before] in " \t":
        before -= 1
    return opened if before >= start and shadowed[before] in "。.;" else None
