"""Units said to lead each by its duties: which of the item's targets falls in which unit's field.

An item may name its leads together and leave the sharing to their duties::

    新改建农村公路68公里,新建农村集中供水工程20处,农村自来水普及率提高到92%。由县交通运输局、县水务局按职责
    分别牵头,县直有关部门配合。

Three targets, two leads, no ; to part them in turn: the roads are the transport bureau's, the water works
the water bureau's. :func:`lead_by_duty` finds, for each target, the one lead whose field its words name (公路
for 交通运输, 供水 and 自来水 for 水务); the fields are the usual ones of county and city bureaus, named by the
words that stand in their names (whole words where a character alone would be another's: 果园, not 果, which 成果
holds; 沟渠, not 渠, which 融资渠道 holds). Where a target names no lead's field,
or more than one, or a lead would be left with nothing, it gives no answer and the item stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["lead_by_duty", "lead_by_topic"]

#: A bureau's field: the words in a unit's name that say it is that bureau's, and the words of targets in it.
_FIELDS: Final[tuple[tuple[str, str], ...]] = (
    (r"交通", r"公路|道路|客运|公交|桥|航道|港口|码头|通村|通组|路网|联网路"),
    (r"水务|水利", r"供水|自来水|饮水|水库|河道|河湖|堤|防洪|灌溉|水土流失|山塘|沟渠|渠系|干渠|支渠"),
    (r"教育|教体", r"学前|入园|学位|幼儿园|中小学|学校|校舍|校园|职校|教师|义务教育|高中|职业教育"),
    (r"卫生健康|卫健|卫生", r"就诊|医院|卫生院|卫生室|医疗|医师|疾病|疫苗|体检|健康管理|托位|托育|孕产妇|婴儿"),
    (r"医疗保障|医保", r"医保|参保|医疗保险"),
    (r"民政", r"养老|低保|特困|救助|殡葬|助餐|儿童福利|老年"),
    (r"住房|住建|城乡建设", r"住房|老旧小区|危房|燃气|棚户|保障性|建筑|物业|供热"),
    (
        r"农业农村|农业|农村工作",
        r"粮食|耕地|高标准农田|种植|养殖|畜|生猪|渔|茶|水果|果园|果业|果蔬|蔬菜|农产品|农业|家庭农场|合作社",
    ),
    (r"林业|林草|园林", r"造林|森林|林地|绿化|湿地|石漠化|退化林|古树|公园"),
    (r"人力资源|人社", r"就业|创业|技能培训|职业技能|社保|养老保险|工资|用工"),
    (r"商务", r"消费|零售|外贸|进出口|电商|招商|商贸|外资"),
    (r"文化|旅游|文旅|文体|广电", r"旅游|游客|景区|文化|体育|图书|非遗|文物|演出"),
    (r"生态环境|环保", r"空气|水质|排放|污染|PM2\.5|断面|噪声|固废"),
    (r"发展和改革|发展改革|发改", r"固定资产投资|重大项目|生产总值|价格|粮食储备|能耗"),
    (r"工业和信息化|经济和信息化|工信|经信|科技和工业", r"工业|规上|规模以上|制造|企业技改|数字经济|5G"),
    (r"科技|科学技术", r"高新技术|研发|科技型|科技成果|成果转化|技术合同|专利|创新平台|孵化"),
    (r"自然资源|国土", r"用地|土地|矿|地质|测绘|不动产"),
    (r"市场监督|市场监管", r"市场主体|食品|药品|特种设备|质量|计量|商标"),
    (r"应急", r"安全生产|生产安全|事故|应急|消防|灾害"),
    (r"城市管理|城管|综合执法", r"垃圾|环卫|市容|停车|路灯|违建"),
    (r"财政", r"预算|财政收入|一般公共预算|债券|税收"),
    (r"统计", r"统计|普查"),
)
_COMPILED: Final = tuple((re.compile(unit), re.compile(work)) for unit, work in _FIELDS)


def lead_by_duty(leads: Sequence[str], targets: Sequence[str]) -> list[str] | None:
    """The lead whose field each target's words name, one per target, in order; None where a target names no
    lead's field or more than one, or a lead would be left with no target."""
    fields = [[work for unit, work in _COMPILED if unit.search(lead)] for lead in leads]
    if any(not field for field in fields):
        return None  # (a lead of no field we know: the sharing cannot be told)
    chosen: list[str] = []
    for target in targets:
        matching = [lead for lead, field in zip(leads, fields) if any(work.search(target) for work in field)]
        if len(matching) != 1:
            return None
        chosen.append(matching[0])
    return chosen if set(chosen) == set(leads) else None


#: Words of any duty, which tell no part from another (抓好, 做好, 建设, 工作).
_DUTY_WORDS: Final = re.compile(r"抓好|做好|加强|推进|推动|建立|健全|完善|落实|负责|牵头|相关|工作|建设|机制|服务|任务")


def _pairs(words: str) -> set[str]:
    """The pairs of characters in a run of words (栖梧港 → 栖梧, 梧港), the duty words left out."""
    han = re.sub(r"[^\u4e00-\u9fff]+", " ", _DUTY_WORDS.sub(" ", words))
    return {han[i : i + 2] for i in range(len(han) - 1) if " " not in han[i : i + 2]}


def lead_by_topic(topics: Sequence[tuple[str, str]], targets: Sequence[str]) -> list[str]:
    """For a speech's duties (县发改局要牵头建立重点项目调度机制,县交通运输局要牵头抓好栖梧港二期建设,…), the lead of
    each target: the one whose part's words share the most pairs of characters with the target's (栖梧港二期码头…
    完工: the transport bureau's); where none or several do, the one whose field the target names (托位数: 卫生健康);
    else the lead named first, who leads the paragraph's work (完成投资150亿元: 县发改局)."""
    leads = [lead for lead, _ in topics]
    pairs = [_pairs(words) for _, words in topics]
    fields = [[work for unit, work in _COMPILED if unit.search(lead)] for lead in leads]
    chosen: list[str] = []
    for target in targets:
        own = _pairs(target)
        shared = [len(own & lead_pairs) for lead_pairs in pairs]
        best = max(shared)
        if best and shared.count(best) == 1:
            chosen.append(leads[shared.index(best)])
            continue
        matching = [lead for lead, field in zip(leads, fields) if any(work.search(target) for work in field)]
        chosen.append(matching[0] if len(matching) == 1 else leads[0])
    return chosen
