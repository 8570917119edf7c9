"""Paragraphs that hold their labelled parts inline.

An item of a report or a plan often runs its parts together in one paragraph::

    1.粮食生产。年度目标:粮食播种面积稳定在38.6万亩以上。进展情况:已完成春播备耕…。责任单位:种植业管理股;配合单位:各乡镇人民政府。

The reader takes each such part on a line of its own: the targets to read, the progress not to
read, the units that answer. :func:`labelled_parts` gives the shadow a line end before every
label that follows a sentence's end, one character for one (the sentence's end, or the blank
after it, becomes the line end), so the text and its offsets stay as written.
"""

from __future__ import annotations

import re
from typing import Final

from .numbers import cn_integer
from .responsibility import (
    ANSWERABLE_FOR_THIS_ITEM,
    COUNTED_IN_WORDS,
    DUE_WORDS,
    HELPERS_PART,
    MONEY_FOUND,
    OWN_AREA,
    OWN_AREA_SHARE,
    TOPIC_BEFORE_BY,
    WORK_BELOW_NAMED,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    split_units,
)

__all__ = [
    "BODY_NAME_END",
    "described_parts",
    "LEAD_SENTENCE",
    "NAMED_AS_LEAD",
    "TOPIC_PAIR",
    "PROGRESS_LABEL",
    "SCORE",
    "bracketed_units_in_paragraphs",
    "inline_headings",
    "inline_items",
    "labelled_parts",
    "dashed_statements",
    "TOPIC_STATEMENT",
    "PLACES_ANSWER",
    "PLACE_HEADED",
    "progress_lists",
    "statements_in_paragraphs",
    "unit_headed_items",
]

#: The label of a part reporting progress (进展情况, 实际完成情况, 工作进展), without its colon.
PROGRESS_LABEL: Final = (
    r"(?:目前|当前|工作|项目|总体|整体|实际)?(?:进展|推进|完成|落实|实施)情况|(?:目前|当前|工作|项目)?进展"
)
#: The labels of who answers for an item: its units, its people.
_WHO_LABEL: Final = (
    r"(?:主要)?(?:责任单位|牵头单位|责任部门|牵头部门)|配合单位|协办单位|协同单位|协助单位|主办单位|配合部门|主责单位|责任领导|"
    r"牵头领导|分管领导|"
    r"(?:项目)?责任人|(?:牵头|责任|配合|协助|协办|协同)(?:处室|科室|股室|站所)|牵头|"  # (牵头:镇综合行政执法队;配合:…)
    r"(?:配合|协助|协办)(?![\u4e00-\u9fff])"  # …改造。协助:交通管理站、党政办。(a paragraph headed by its office)
)
#: The labels of an item's parts: its targets, its progress, who answers for it, by when.
_LABEL: Final = rf"(?:年度|全年|工作)?目标(?:任务)?|{PROGRESS_LABEL}|{_WHO_LABEL}|完成时限|完成时间|时间节点"
#: A sentence saying who leads in running text, the whole of its line once a sentence's end parts it
#: from the text before (由局规划发展科牵头，各县（市、区）交通运输局配合; 上述指标由…牵头,…配合推进;
#: 此项工作由市教育局牵头,…负责落实; 由县民族局、交通局共同组织实施; 由市人民政府各相关部门,各县(市)、区人民政府负责落实; 牵头单位为市人社局,责任单位为市总工会、市财政局; 本部分工作由…牵头,
#: …配合,各街道协同推进; 以上指标由…牵头,…配合,各街道负责本辖区指标的分解落实).
#: Units said to be the ones answering first, after their names (…为主责任单位, …为牵头单位, …为责任单位).
NAMED_AS_LEAD: Final = r"为(?:(?:主|主要|第一|牵头)(?:责任)?|责任)(?:单位|部门)"
#: A date a statement of units closes with (…配合,12月20日前完成; …配合,2025年11月底前完成).
_DUE_REMARK: Final = DUE_WORDS + r"(?=[。.]?[ \t\u3000]*(?:\n|$))"
#: A speech's duties for the targets before them (这些目标,县发改局要牵头抓好分解落实,县统计局要加强运行监测;
#: 县工信局要牵头抓好企业培育,县科技局、县市场监管局要主动靠前服务): the unit said to lead leads, those said after it
#: to do their part help.
DUTY_CLAUSE: Final = (
    r"(?:(?:这些|上述|以上)(?:各项)?(?:目标|任务|指标|工作)[,，])?[^。;；,，\d\n:：由]{2,40}?(?:要|将)(?:分别)?牵头"
    r"(?:抓好|做好|负责|推进|抓|统筹)?[^。;；,，\d\n]{0,24}"
    # (县发改局要牵头建立…机制,县交通运输局要牵头抓好…建设,县自然资源和规划局要配合做好用地保障: more leads, each its part)
    r"(?:[,，][^。;；,，\d\n:：由]{2,40}?(?:要|将)[^。;；,，\d\n]{2,24}){1,5}(?:[,，][^。;；,，\d\n]{2,20})?"
)
#: A sentence opening a list of the work below, naming who leads it and whom it works with (结合您的建议,2025年,县卫生
#: 健康局将会同县财政局、县医疗保障局重点抓好以下六个方面工作:): the unit leads the items under it, those helping.
WORK_BELOW: Final = re.sub(r"\(\?P<\w+>", "(?:", WORK_BELOW_NAMED)  # (the groups unnamed: it joins other patterns)
WORK_BELOW_CLAUSE: Final = WORK_BELOW + r"(?:[:：]|$)"
LEAD_CLAUSE: Final = (
    r"(?:(?:(?:上述|以上)(?:各项|主要|预期|主要预期|约束性)?(?:指标|任务|目标|工作)|(?:此项|该项|本项|这项)(?:指标|任务|目标|工作|实事|项目)?|(?:表列|表中|下表|上表)(?:所列)?(?:各项)?(?:指标|任务|目标)?"
    # 城市管理和环境整治由城管科负责: the part of the work, then its units (not A由X牵头,B由Y牵头; not 每个…)
    rf"|{TOPIC_BEFORE_BY}(?![^。;；\n]*[,，][^。;；\n]*(?<!自)由))?"
    r"(?:主要|均|统一|分别)?"
    r"(?:交?由(?!于)[^。;；\d\n]{2,40}?(?:牵头(?:组织|负责|分解|调度|抓好|抓总)?(?:实施|推进|落实|负责|督办|考核|下达)?|负责(?:分解)?(?:推进落实|统计监测|落实|推进|实施|下达)?|(?:具体)?承办|具体实施|统筹(?:协调)?(?=[,，])|(?:统一)?统筹(?:推进|协调|安排|调度)?(?:落实|实施)?(?=[。.]?[ \t\u3000]*(?:\n|$))|"
    r"负总责|(?:具体)?承担|督促落实|(?:共同|联合)(?:组织)?实施|组织实施|会同[^。;；\d\n]{2,40}?(?:组织|负责)?(?:落实|实施))|[^。;；,，\d\n:：]{2,40}?牵头(?:抓总|统筹|负责)?(?:实施|推进|落实)?|[^。;；,，\d\n:：由]{2,40}?主办"
    # …,区商务局为主责任单位,区税务局…配合: the unit said to be the one answering first
    + rf"|[^。;；,，\d\n:：由]{{2,40}}?{NAMED_AS_LEAD}"
    # …,责任单位为县人力资源和社会保障局、县统计局。: the label said with 为, no colon, no bracket
    + r"|(?:责任|牵头|主责)(?:单位|部门|科室|股室)(?:为|是)[^。;；,，\d\n:：由]{2,80}?"
    # 市住房保障服务中心会同各区住房保障部门负责:…: the subject leads, those it works with help
    r"|[^。;；,，\d\n:：由]{2,40}?会同[^。;；,，\d\n:：]{2,40}?负责(?=[ \t\u3000]*(?:[:：\n]|$)))"
    # …,区卫健委、区财政局配合; …,各街道办事处按职责分工落实; …,会同区城管局、区水利局实施
    r"(?:[,，、][^。;；,，\d\n]{2,80}?(?:配合|参与|协助|协办|协同|负责|(?<!加强)指导|(?<=[局委办院府心站所队班])(?:加强|统筹)指导|(?<=[局委办院府心站所队班])统筹协调(?:、定期调度)?|(?:具体|抓好)(?:组织)?(?=实施|落实|推进)|(?<=[局委办院心府门位司团会联所站队道镇乡村区])(?<!社会)共同(?=实施|落实|推进)|按照?(?:职责|属地)(?:原则|分工)?(?:分解)?(?:负责|落实|配合)"
    rf"|(?:落实|做好)(?={HELPERS_PART})|{MONEY_FOUND})"
    rf"(?:推进落实|推进|实施|落实|{HELPERS_PART})?"  # …,县公路事业发展中心负责项目建设管理: a helper and its part
    r"|[,，]会同[^。;；,，\d\n]{2,80}?(?:组织)?(?:实施|推进|落实)"
    # 由县卫生健康局牵头,会同县教育体育局、县市场监管局(,实现以下目标): before the targets it announces
    r"|(?<=牵头)[,，]会同[^。;；,，\d\n]{2,80}?(?=[,，](?:确保|力争|共同)?(?:实现|完成)(?:以下|如下)(?:目标|任务)(?:[:：]|$)|[:：]|$)"
    r"(?:[,，](?:确保|力争|共同)?(?:实现|完成)(?:以下|如下)(?:目标|任务))?"
    # …负责落实,市农业农村局牵头做好调度督导: the office that leads, after the places that carry it out
    r"|(?<=负责落实|负责实施)[,，][^。;；,，\d\n]{2,40}?牵头[^。;；,，\d\n]{0,12}){0,2}"
    r"(?:[,，][^。;；,，\d\n]{2,30}?负责[^。;；,，\d\n]{0,12}?(?:落实|推进|实施|工作))?"
    # …配合(推进),每月调度一次投资进度: a remark after them (not 年内新建口袋公园十个, a target in words)
    r"(?:(?:(?<=配合|协助|参与|协办)|(?<=配合推进|配合实施|配合落实|协助推进|协助实施|协助落实|参与推进|参与实施|参与落实|组织实施|共同实施|共同推进|共同落实))"
    # (…配合,12月20日前完成: the date it is due by, closing the statement)
    rf"[,，](?:(?![^。;；,，\n]*{COUNTED_IN_WORDS})[^。;；,，\d\n]{{2,30}}|{_DUE_REMARK}))?|"
    # 这些目标,县发改局要牵头抓好分解落实,县统计局要加强运行监测: a speech's duties (read by parse_responsibility)
    + DUTY_CLAUSE
    + r"|"
    # 2025年,县卫生健康局将会同县财政局、县医疗保障局重点抓好以下六个方面工作: the work listed under it
    + WORK_BELOW_CLAUSE
    + r"|"
    # (县农业农村局负总责,县商务局、…具体落实: the unit answering for the whole leads as one 负责 does)
    r"[^。;；,，\d\n:：]{2,40}?(?:负总责|负责(?:组织)?(?:实施|落实|推进)?(?:此项|该项|本项)?(?:实事|工作|任务|项目)?)"
    r"[,，][^。;；,，\d\n]{2,80}?(?:配合|参与|协助|协办|具体(?=实施|落实|推进)|抓好(?=落实))(?:推进|实施|落实)?|"
    # 市农业农村局、市市场监管局按职责分工负责: the units named, each answering for its part
    r"[^。;；,，\d\n:：]{2,40}?(?:按照?职责分工|按职责)(?:负责(?:落实|推进|实施)?|落实)|"
    # 各乡镇(街道)负责落实。 closing the item's paragraph: the one unit carrying it out
    r"[^。;；,，\d\n:：由]{1,38}?(?:局|委|办|院|所|站|中心|政府|街道|乡镇|镇|乡|部|队|会|室|处|科|公司|集团)(?:[(（][^()（）]{1,8}[)）])?"
    r"负责(?:落实|推进|实施)?(?=[。.]?[ \t\u3000]*(?:\n|$))|"  # (a unit's name: not 专人负责落实)
    # 县交通运输局会同县公安局交警大队抓好落实: the unit named first leads, those it works with help
    r"[^。;；,，\d\n:：由]{2,40}?会同[^。;；,，\d\n]{2,40}?(?:抓好|组织|负责|共同)?(?:落实|实施|推进)|"
    # 县林业局是这三项任务的责任主体,…配合…; 县住建局是施工扬尘管控的第一责任部门
    r"[^。;；,，\d\n:：由是为]{2,30}?(?:是|为)[^。;；,，\d\n]{0,16}?的?(?:第一)?(?:责任主体|牵头单位|(?<!牵头)责任单位|(?:责任|牵头)(?:部门|站所|科室|股室))"
    # …,县水利局配合; …,市工信局、市财政局为责任单位: the units that help
    r"(?:[,，][^。;；,，\d\n]{2,80}?(?:(?:配合|参与|协助|协同)[^。;；,，\d\n]{0,20}|(?:为|是)(?:责任|配合|协办)(?:单位|部门)))?|"
    # 镇经济发展办公室对本项负责; 镇规划建设办公室具体承担: the one unit that answers for the item
    # 市社会保险事业中心具体承办,各县(市、区)人民政府负责本辖区扩面任务: the places doing their areas' parts help
    r"[^。;；,，\d\n:：]{2,40}?(?:对本项(?:工作|任务)?负责|具体承担|(?<=[局委办院心府门位司团会联所站队])具体承办|负总责)"
    rf"(?:[,，][^。;；,，\d\n]{{2,40}}?{OWN_AREA_SHARE})?|"
    r"(?:(?:以上|上述|此项|该项|本项|这项)[^。;；,，\d\n由]{0,12}?的)?"  # 上述任务的牵头单位是…,配合单位是…
    r"牵头(?:单位|部门|站所|科室|股室)(?:为|是)[^。;；,，\d\n]{2,40}?(?:[,，;；](?:责任|配合|协办)(?:单位|部门)(?:为|是)[^。;；\d\n]{2,120}?)?|"
    # 责任单位为县发改局,配合单位为县统计局: the labels said as verbs
    r"责任(?:单位|部门)(?:为|是)[^。;；,，\d\n]{2,40}?[,，;；](?:配合|协办|协同|参与)(?:单位|部门)(?:为|是)[^。;；\d\n]{2,120}?|"
    # 责任单位为区民政局,区卫生健康委、区财政局协同推进
    r"责任(?:单位|部门)为[^。;；,，\d\n]{2,40}?[,，][^。;；,，\d\n]{2,80}?(?:配合|协助|协同|参与)(?:推进|实施|落实)?|"
    # 此项实事的责任单位是县民政局,…参与实施; 县水利局为此项实事的责任单位,…共同推进
    rf"(?:{ANSWERABLE_FOR_THIS_ITEM}(?:是|为)[^。;；,，\d\n]{{2,40}}?"
    rf"|[^。;；,，\d\n:：]{{2,40}}?(?:为|是){ANSWERABLE_FOR_THIS_ITEM})"
    r"(?:[,，][^。;；,，\d\n]{2,80}?(?:配合|参与|协助|协办|共同)(?:推进|实施|落实)?)?)"
)
#: The same statement as a sentence: at the line's end, or before a report of progress or the next
#: steps (…由市人社局牵头。截至4月30日,…).
LEAD_SENTENCE: Final = (
    LEAD_CLAUSE
    # (…配合;其中,居家适老化改造由市住房和城乡建设局负责: a part given to another unit, see topics.py)
    # (no figure in any of these: …;新建城东小学1所由县住建局负责 is a target of its own)
    + r"(?:[;；,，][ \t\u3000]*其中[,，]?[^。;；\n\d]{2,120}?由[^。;；\n\d]{2,40}?(?:负责|牵头)[^。;；\n\d]{0,60}?"
    + rf"(?:[,，]{_DUE_REMARK})?"  # (…,其中燃气管道更新改造由市住建局负责,市城投集团配合,11月30日前完成)
    # …配合;生态文明示范创建由区生态环境分局牵头: a part given to another unit, as 其中 gives it
    + r"|[;；][ \t\u3000]*[^。;；,，\n\d]{2,30}?由[^。;；,，\n\d]{2,40}?(?:单独|共同)?(?:牵头|负责)"
    # …配合;各街道、镇对本辖区空气质量负属地责任: the places answering for their own areas help
    + rf"|[;；][ \t\u3000]*各[^。;；,，\n\d]{{1,12}}?(?:对|负责){OWN_AREA}[^。;；,，\n\d]{{0,24}}?)?"
    + r"(?:[。.]?[ \t\u3000]*(?:\n|$)|[。.](?=[ \t\u3000]*(?:截至|截止|目前|下一步|下步|下阶段|其中[,，])))"
)
#: A sentence giving the item's former and latter parts to two units (前一项由政策法规科承办,后一项由市交通运输
#: 综合行政执法支队负责), at the line's end: the item's units, shared out in turn by topics.py.
TOPIC_PAIR: Final = (
    r"(?:前一项|前者|前项)由[^。;；,，\n\d]{2,40}?(?:牵头|负责|承办)[^。;；,，\n\d]{0,6}[,，;；]"
    r"(?:后一项|后者|后项)由[^。;；,，\n\d]{2,40}?(?:牵头|负责|承办)[^。;；,，\n\d]{0,6}[。.]?[ \t\u3000]*(?=\n|$)"
)
#: A sentence saying who leads, where it starts; and one opening its line.
_LEAD_STATED: Final = re.compile(LEAD_SENTENCE)
_LEAD_OPENING_LINE: Final = re.compile(rf"(?m)^[ \t\u3000]*(?:{LEAD_SENTENCE})")
#: A label after a sentence's end (。 or . with blanks after it), with its colon. (Parts after a ;
#: are one statement: 责任单位:…;配合单位:…, or (牵头单位:…;责任单位:…) in brackets.)
_INLINE_LABEL: Final = re.compile(
    rf"(?<=[。.])[ \t\u3000]*(?=(?:本项|该项|此项)?(?:{_LABEL})[ \t]*[:：]|{LEAD_SENTENCE}|{TOPIC_PAIR})|(?<=[^\s|:：])[ \t\u3000]+(?=(?:{_LABEL})[ \t]*[:：])"
    # …;年度目标:…;责任单位:…: a label of who answers after a ; closes a line of labelled parts, and one of
    # progress (年度目标:…;进展情况:…;责任单位:…) closes the targets before it
    rf"|(?<=;)[ \t\u3000]*(?=(?:{_WHO_LABEL}|{PROGRESS_LABEL})[ \t]*[:：])"
    # …企业诉求办结率保持在98%以上;镇经济发展办公室负责,镇便民服务中心协助。: who answers, said after a ;
    rf"|(?<=;)[ \t\u3000]*(?={LEAD_SENTENCE})"
    # …9月底前完成主体结构施工,责任单位:市卫生健康委(业主单位:市城投集团)。: who answers, after a comma, closing the
    # line with nothing but the units
    rf"|(?<=,)[ \t\u3000]*(?=(?:{_WHO_LABEL})[ \t]*[:：][^。;\d\n]{{2,80}}[。.]?[ \t\u3000]*(?:\n|$))"
    # …8家。县工信局要牵头抓好企业培育,县科技局…要主动靠前服务。对新升规的…: a speech's duties, more after them
    rf"|(?<=[。.!])[ \t\u3000]*(?={DUTY_CLAUSE}[。.])"
)
#: A speech's duties as a sentence, to its end.
_DUTY_STATED: Final = re.compile(rf"(?:{DUTY_CLAUSE})[。.]")
#: A part of a line giving an indicator or a task its unit (一般公共预算收入由县财政局负责), as a list of
#: duties is made of.
_DUTY_PART: Final = re.compile(r"[^;。\n]{2,60}?(?<!自)由[^;。\n,]{2,40}?(?:负责|牵头)[^;。\n]{0,40}")
#: A duty naming its part of the work before who answers (停车设施部分由县城市管理局牵头).
_TOPIC_DUTY: Final = re.compile(r"[ \t\u3000]*[^,;。\n\d由]{2,16}?(?<!自)由[^,;。\n]{2,40}?(?:负责|牵头)")
#: The words opening a list of duties for the work above (上述指标中, 以上目标任务中,; 以上体育、健康和心理工作由…).
_DUTIES_OPENED: Final = re.compile(
    r"(?:上述|以上)[^,;。\n由]{0,12}?(?:(?:指标|目标|任务)中?\s*[,:，：]|(?:工作|任务)?(?=由))"
)
#: An item's score in brackets ((8分), (分值:3分), (权重5分)): how it is weighed, nothing it states.
SCORE: Final = r"[(（]\s*(?:分值|权重|计分|满分)?\s*[:：]?\s*\d+(?:\.\d+)?\s*分\s*[)）]"
#: A score after an item's sentence and before a label (…2.5万亩。(8分)配合单位:…).
_SCORE_BEFORE_LABEL: Final = re.compile(rf"(?<=[。.]){SCORE}(?=[ \t\u3000]*(?:{_LABEL})[ \t]*[:：])")
#: A label with its colon, as a line of labelled parts holds several (牵头领导:… 责任单位:… 配合单位:…).
_LABELLED: Final = re.compile(rf"(?:{_LABEL})[ \t]*[:：]")


#: A numbered item inside a line, after a blank (…予以公示。 1.轨道交通…; …实际完成 12 0 24 4.新投放…;
#: …责任单位:区人社局 2.新建…), and the mark after its number.
_INLINE_ITEM: Final = re.compile(r"(?<=\S)[ \t\u3000]+(\d{1,2})([.、．])(?=[\u4e00-\u9fff“\"(（])")
#: A numbered item opening a line (2.新增…).
_LINE_ITEM: Final = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2})([.、．])(?=[\u4e00-\u9fff“\"(（])")
#: A heading numbered in words run into the text after a blank (…县农业农村局 二、曹惠明常务副县长牵头重点工作 1.…).
_INLINE_CN_HEADING: Final = re.compile(r"(?<=\S)[ \t\u3000]+([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff“\"])")
#: Such a heading opening a line.
_LINE_CN_HEADING: Final = re.compile(r"(?m)^[ \t\u3000]*([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff“\"])")
#: A sentence's end or a line's, which a heading's text does not hold.
_ENDS: Final = re.compile(r"[。;；\n]")
#: The longest heading an item 1 run into it may follow (一、王丹县长牵头重点工作 1.…).
_HEADING_LENGTH: Final = 40
#: What may stand before the blank of an item run into the text: a sentence's end, or a figure.
_ITEM_AFTER: Final = "。;；!！?？0123456789"
#: A label of who answers, after which an item's number ends the units' names (责任单位:区人社局 2.…).
_WHO_LABELLED: Final = re.compile(rf"(?:{_WHO_LABEL})[ \t]*[:：]")
#: A sentence's end with more after it on the line (…县住建局。2.项目名称:…).
_SENTENCE_AFTER: Final = re.compile(r"。[ \t\u3000]*[^\s。]")
#: A label in a part of a line of labelled parts (项目名称:…, 1.年度目标:…), as a ; ends the part.
_PART_LABELLED: Final = re.compile(r"[\u4e00-\u9fff]{2,8}[ \t]*[:：]")
#: A part that states a figure of its own, not one naming the items a label after it covers (以上第1-3项).
_PART_STATING: Final = re.compile(r"(?![ \t\u3000]*(?:以上|上述))[^;]*?\d[^;]*?[\u4e00-\u9fff%]")


def inline_items(sh: str) -> str:
    """The shadow with the numbered items run together in a paragraph (…公示。 1.轨道交通…投入试运营。
    牵头领导:… 2.新增安装…) each on a line of its own: the blank before each becomes a line end, one
    character for one. An item counts on from the one before it with the same mark (1. 2. or 1、 2、),
    inline or opening a line; an item 1 only where an item 2 follows; it stands after a sentence's
    end, a figure, or the names after a label of who answers; lines of a ``|`` table are left.

    Headings numbered in words (二、) run into the text the same way, counting on from the one
    before; the items under each count on or from 1 again, and an item 1 may follow its heading."""
    found = list(_INLINE_ITEM.finditer(sh))
    if not found:
        return sh
    second = {
        mark: max((m.start() for m in found if m.group(1) == "2" and _style(m) == mark), default=-1) for mark in ".、"
    }
    headings = list(_INLINE_CN_HEADING.finditer(sh))
    second_heading = max((m.start() for m in headings if m.group(1) == "二"), default=-1)
    events = sorted(
        [(m.start(), "item", m) for m in found]
        + [(m.start(), "line item", m) for m in _LINE_ITEM.finditer(sh)]
        + [(m.start(), "heading", m) for m in headings]
        + [(m.start(), "line heading", m) for m in _LINE_CN_HEADING.finditer(sh)]
    )
    out: list[str] | None = None
    last = {".": 0, "、": 0}  # the last item's number, by its mark
    last_at = {".": -1, "、": -1}  # and where it stands
    last_heading, heading_end = 0, -1  # the last heading's number, and where its text starts
    line_end, in_table, who = -1, False, -1  # the line: its end, whether a table's, its first label of who answers
    for position, kind, match in events:
        if kind.endswith("heading"):
            number = cn_integer(match.group(1)) or 0
            if kind == "heading" and (
                number != last_heading + 1
                or (number == 1 and second_heading < position)
                or "|" in sh[sh.rfind("\n", 0, position) + 1 : position]
            ):
                continue
            if kind == "heading":
                out = out if out is not None else list(sh)
                out[match.start(1) - 1] = "\n"  # the last blank before the heading's number
            last_heading, heading_end = number, match.end()  # its items count from 1 or on from the last
            continue
        number, mark = int(match.group(1)), _style(match)
        if kind == "line item":
            last[mark], last_at[mark] = number, position
            continue
        if position > line_end:
            line_start = sh.rfind("\n", 0, position) + 1
            line_end = sh.find("\n", position)
            line_end = len(sh) if line_end < 0 else line_end
            in_table = "|" in sh[line_start:line_end]
            labelled = _WHO_LABELLED.search(sh, line_start, line_end)
            who = labelled.start() if labelled else line_end
        restarted = number == 1 and heading_end > last_at[mark]  # a heading since the last item: 1 again
        if in_table or (number != last[mark] + 1 and not restarted) or (number == 1 and second[mark] < position):
            continue
        under_heading = (  # 二、社会民生 3.…: the item right after its heading
            heading_end > last_at[mark]
            and position - heading_end <= _HEADING_LENGTH
            and not _ENDS.search(sh, heading_end, position)
        )
        if sh[position - 1] not in _ITEM_AFTER and who > position and not under_heading:
            continue  # a number after a word (国道 2.…): no item, unless units or its heading were named before it
        if out is None:
            out = list(sh)
        out[match.start(1) - 1] = "\n"  # the last blank before the number
        last[mark], last_at[mark] = number, position
    return sh if out is None else "".join(out)


#: A heading's number in brackets run into the text after a sentence's end (…集聚高地。 (二)坚定…).
_INLINE_HEADING: Final = re.compile(
    r"(?<=[。;；!！?？])[ \t\u3000]+\(([一二三四五六七八九十]{1,3})\)(?=[\u4e00-\u9fff“\"])"
)
#: Such a number opening a line.
_LINE_HEADING: Final = re.compile(r"(?m)^[ \t\u3000]*\(([一二三四五六七八九十]{1,3})\)")


def inline_headings(sh: str) -> str:
    """The shadow with headings (一)…(二)… run together in one paragraph (a page that lost its line
    ends) each on a line of its own: the blank before each becomes a line end, one character for
    one. A heading counts on from the one before it, inline or opening a line; a ``|`` table's
    lines are left."""
    found = list(_INLINE_HEADING.finditer(sh))
    if not found:
        return sh
    events = sorted([(m.start(), True, m) for m in found] + [(m.start(), False, m) for m in _LINE_HEADING.finditer(sh)])
    out: list[str] | None = None
    last = 0
    for _, inline, match in events:
        number = cn_integer(match.group(1)) or 0  # (十十): no number, no heading of the count
        if not inline:
            last = number
            continue
        if number != last + 1:
            continue
        line_start = sh.rfind("\n", 0, match.start()) + 1
        line_end = sh.find("\n", match.start())
        if "|" in sh[line_start : line_end if line_end >= 0 else len(sh)]:
            continue
        out = out if out is not None else list(sh)
        out[match.start(1) - 2] = "\n"  # the last blank before the bracket
        last = number
    return sh if out is None else "".join(out)


def _style(match: re.Match[str]) -> str:
    """The mark after an item's number, 1. and 1． as one."""
    return "、" if match.group(2) == "、" else "."


#: The label of a part that describes a project (建设内容:, 建设规模:, 项目概况:) and what it says, up to
#: the next part (after a ;) or the line's end.
_DESCRIBED: Final = re.compile(
    r"(?:主要)?(?:建设内容|建设规模|项目概况|项目内容)(?:及规模)?[ \t]*[:：]"
    # to the next part's label (…。年度目标:…, …,年度目标:…; parts parted by 。 or , as by ;), else to the ; or the line's
    # end
    r"([^;；\n]*?)(?=[。.,，][ \t]*(?:(?:年度|全年|20\d{2}年度?)?(?:建设)?目标(?:任务)?|建设(?:期限|地点|性质|年限)|完成时限|时间节点"
    r"|责任(?:单位|股室|科室|处室|部门)|牵头(?:单位|部门|科室|股室)|配合单位|项目(?:名称|业主|单位)|(?:年度)?计划投资)"
    r"[ \t]*[:：]|[;；\n]|$)"
)
#: The label of a part that states the year's target (年度目标:, 2025年目标:, 目标任务:).
_TARGET_LABELLED: Final = re.compile(r"(?:年度|全年|20\d{2}\s*年(?:度)?)?(?:建设)?目标(?:任务)?[ \t]*[:：]")


def described_parts(sh: str) -> str:
    """The shadow with what a project's description says blanked, on a line that also states its
    target under a label of its own (项目名称:…;建设内容:新建厂房12.6万平方米,总投资32亿元;年度目标:…):
    as a table's 建设内容 column, it says what the project is, not what the year is to deliver."""
    out: list[str] | None = None
    line_end, has_target = -1, False  # the line last looked at: its end, whether it labels a target
    for match in _DESCRIBED.finditer(sh):
        if match.start() > line_end:
            line_start = sh.rfind("\n", 0, match.start()) + 1
            line_end = sh.find("\n", match.end())
            line_end = len(sh) if line_end < 0 else line_end
            has_target = _TARGET_LABELLED.search(sh, line_start, line_end) is not None  # once a line
        if not has_target or "|" in sh[match.start() : match.end()]:
            continue
        if out is None:
            out = list(sh)
        out[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
    return sh if out is None else "".join(out)


#: A sentence inside a paragraph that gives a part of the work to its units (经济工作由经济发展办公室牵头,
#: 各社区配合。 / 城市管理和环境整治由城管科负责。 / 项目建设交由规划建设办公室统筹,城管科、各相关社区协助。)
#: before the targets that follow it in the same paragraph: a topic, then 由, the units, a verb of leading.
_STATEMENT_IN_PARAGRAPH: Final = re.compile(
    r"(?<=。)[ \t\u3000]*"
    r"(?P<statement>[^。\n;:\d,]{0,16}?交?由[^。\n\d:]{2,60}?(?:牵头|负责|统筹|会同)[^。\n\d:]{0,80}?"
    # 县公安局交警大队为牵头单位,县交通运输局…配合。力争…: the lead named so, with no 由
    r"|[^。\n;:\d,由]{2,30}?(?:为|是)牵头(?:单位|部门)[^。\n\d:]{0,80}?"
    # 市房产管理局牵头,市市场监管局、市税务局配合(,规范发展长租房市场); 各区人民政府是…的责任主体;
    # 市住房保障服务中心会同各区住房保障部门负责:…: the lead named as the subject, no 由
    r"|(?P<named>[^。\n;:\d,由]{2,30}?(?:牵头[,，][^。\n\d:]{2,80}?(?:配合|协助|参与|协同)(?:[,，][^。\n\d:,，]{2,24})?"
    r"|(?:是|为)[^。\n\d:,，]{2,20}?的(?:第一)?责任主体|会同[^。\n\d:,，]{2,40}?负责(?=:))))"
    r"(?P<end>[。:])(?=[ \t\u3000]*[^\s])"  # (今年由X牵头,Y具体实施:改造…: the targets after its colon)
)
#: A label of units closing its sentence with more of the item after it, at a line's start or after a
#: sentence (…。责任单位:县住房城乡建设局(牵头),县城市管理局。今年完成…): the units end at the 。.
_LABEL_CLOSING_SENTENCE: Final = re.compile(
    rf"(?m)(?:(?<=。)|^)[ \t\u3000]*(?P<statement>(?:{_WHO_LABEL})[ \t\u3000]*[:：][^。\n\d:：|]{{2,120}}?)(?P<end>。)"
    rf"(?=[ \t\u3000]*[^\s])(?![ \t\u3000]*(?:{_LABEL})[ \t\u3000]*[:：])"
)


#: A sentence opening its line that gives the rest of the line to its units (本部分工作由经济发展办公室牵头,
#: 各社区配合。一要抓招商引资。…; 平安建设办公室牵头抓总。一要…).
_STATEMENT_OPENING_LINE: Final = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<statement>{LEAD_CLAUSE})(?P<end>。)(?=[ \t\u3000]*[^\s|])"
)


#: A clause closing an item's paragraph after a comma that says who carries the item out (…,新建雨污管网
#: 14.5公里,该项目由区水务局负责实施。; …,由区卫生健康局会同区医疗保障局负责实施。).
_STATEMENT_AFTER_COMMA: Final = re.compile(
    r"[,，][ \t\u3000]*(?P<statement>(?:(?:该|此|本)项(?:目|工作|实事)?)?(?:分别)?由(?!于)[^。;；,，\n]{2,60}?"
    r"(?:[,，、][^。;；,，\n]{2,60}?(?:配合|协助|参与|协同)(?:推进|实施|落实|(?:做好|抓好|开展|提供|加强)[^。;；,，\n\d]{1,16})?)?"
    # …,县水利局负责,各乡镇配合。: the lead named first as the subject, its helpers after it
    r"|[^。;；,，\n\d]{2,30}?(?:牵头|负责)(?:实施|落实|推进)?[,，][^。;；,，\n\d]{2,60}?(?:配合|协助|参与|协同)"
    r"(?:推进|实施|落实|(?:做好|抓好|开展|提供|加强)[^。;；,，\n\d]{1,16})?)"
    r"[ \t\u3000]*[。.]?[ \t\u3000]*(?=\n|$)"
)
#: A line opening with a heading's or an item's number: the text before the first is the plan's
#: own, outside any heading (a notice with no headings: its paragraphs are its items).
_FIRST_NUMBERED_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部篇])"
)


#: A line opening with an item's number ((七), 一、, 3.): the item's own paragraph.
_NUMBERED_LINE: Final = re.compile(
    r"[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])"
)
#: A clause saying who answers, opening after a comma or a sentence's end.
_CLAUSE_BY: Final = re.compile(
    r"[,，;；。][ \t\u3000]*(?:(?:该|此|本)项(?:目|工作|实事)?)?由(?!于)"
    # …以内, 区人力社保局牵头,区农业农村委配合;(2)…: a part closed by its own units before
    r"|[,，][ \t\u3000]*[^。;；,，\n\d]{2,30}?(?:牵头|负责)[,，][^。;；\n\d]{2,60}?(?:配合|协助|参与|协同)[;；]"
)


def _states_units(statement: str) -> bool:
    """Whether a sentence saying who leads names units (not 签约团队由全科医生负责)."""
    return all(looks_like_unit(name) for name in parse_responsibility(statement).lead or ("",))


def _names_units_only(statement: str) -> bool:
    """Whether a labelled statement names units and nothing else (责任单位:X(牵头),Y、Z)."""
    answer = parse_responsibility(statement)
    return bool(answer) and all(looks_like_unit(name) for name in (*answer.lead, *answer.support))


#: A statement naming the item's own targets as what it answers for (本项目标由…, 本项任务由…).
_THIS_ITEMS_TARGETS: Final = re.compile(r"[ \t\u3000]*本项(?:目标|指标|任务)")


def _figure_before(sh: str, match: re.Match[str]) -> bool:
    """Whether the sentence before a statement states a figure (…巩固率保持在99%以上。本项目标由…)."""
    before = sh.rfind("。", 0, match.start() - 1)
    line_start = sh.rfind("\n", 0, match.start()) + 1
    return re.search(r"\d", sh[max(before + 1, line_start) : match.start()]) is not None


#: A statement of units after a long dash closing a part (…增长5%——区发展改革委牵头,区财政局配合;): the dash,
#: then the units up to the part's end.
_DASHED_STATEMENT: Final = re.compile(
    r"(?<=[\u4e00-\u9fff%])(?:--|[—─]{2})[ \t\u3000]*"
    r"(?=[^。;；\n—─-]{2,80}?(?:牵头|负责|主办|主责)(?:[^。;；\n—─-]{0,60}?)(?:[。;；]|$))",
    re.M,
)


#: Units in 【】 opening a sentence inside a paragraph (…1.2万亩。【县发展改革局】落实地方粮食储备…).
_BRACKETED_UNITS: Final = re.compile(r"(?:^|(?<=[。；;]))[ \t\u3000]*【(?P<units>[^【】\n]{2,40})】(?=[^\s|])", re.M)


def bracketed_units_in_paragraphs(sh: str) -> str:
    """The shadow with a sentence opening with its units in 【】 inside a paragraph (…。【县发展改革局】落实…) on a line
    of its own: the sentence's end before it becomes a line end, one character for one, so that the units lead
    the sentence after them as they lead a paragraph they open. Only where 【】 name units, two different at
    least, so given out (not a page's one label, 【聚焦两会】)."""
    if "【" not in sh:
        return sh
    found = [m for m in _BRACKETED_UNITS.finditer(sh) if _names_units(m.group("units"))]
    if len({m.group("units") for m in found}) < 2:
        return sh
    out: list[str] | None = None
    for match in found:
        end = match.start() - 1
        if end >= 0 and sh[end] in "。；;":
            out = out if out is not None else list(sh)
            out[end] = "\n"
    return sh if out is None else "".join(out)


def _names_units(words: str) -> bool:
    """Whether words name units and nothing else (县农业农村局, 县水务局、县林业局)."""
    names = split_units(words)
    return bool(names) and all(looks_like_unit(name) and BODY_NAME_END.search(name) for name in names)


def dashed_statements(sh: str) -> str:
    """The shadow with a long dash before a statement of units (…增长5%——区发展改革委牵头,区财政局配合;) read as
    the comma it stands for, one character for one (", "): the statement closes its part as after a comma."""
    if "--" not in sh and "——" not in sh and "──" not in sh:
        return sh  # (the shadow writes —— as --)
    return _DASHED_STATEMENT.sub(lambda m: ", " + m.group()[2:], sh)


#: A paragraph opening with the part of the work it gives its units, said around the statement of them (关于主要经济
#: 指标,由A会同B负责。…; A牵头、B配合抓好工业经济。…), the targets after it in the paragraph.
TOPIC_STATEMENT: Final = (
    # 关于X,由A负责。 / 关于X,由A会同B负责。 / 关于X,由A负责,B配合。 / 关于X,由A牵头,B配合。
    r"[ \t\u3000]*(?:关于[^。;；,，\n\d]{2,20}[,，](?P<by>由[^。;；,，\n\d]{2,60}?(?:负责|牵头)(?:[,，][^。;；,，\n\d]{2,60}?配合)?)"
    # A牵头、B配合抓好X。 / 由A牵头、B配合,抓好X。
    r"|(?P<led>由?[^。;；,，\n\d:：]{2,30}?牵头[、,，][^。;；\n\d:：]{2,80}?配合)[,，]?(?:抓好|做好|推进|负责)[^。;；,，\n\d]{1,20})"
)
_TOPIC_STATEMENT_OPENING: Final = re.compile(rf"(?m)^(?:{TOPIC_STATEMENT})(?P<end>。)(?=[^\n]*\d)")


def _topic_statements_opened(sh: str) -> str:
    """The shadow with the 。 closing a statement that opens its paragraph around its topic read as a line end, one
    character for one: the statement a line of its own over the paragraph's targets (see structure.py)."""
    if "关于" not in sh and "牵头" not in sh:
        return sh
    out: list[str] | None = None
    for match in _TOPIC_STATEMENT_OPENING.finditer(sh):
        out = out if out is not None else list(sh)
        out[match.start("end")] = "\n"
    return sh if out is None else "".join(out)


def statements_in_paragraphs(sh: str) -> str:
    """The shadow with a sentence giving the work after it to its units (…发展。经济工作由经济发展办公室
    牵头,各社区配合。确保…) on a line of its own: the sentence's end before it and its own end become line
    ends, one character for one, so that the statement is read as the item's units, the targets after
    it as the item's text. Lines of a ``|`` table are left whole."""
    sh = _topic_statements_opened(sh)
    by_line: dict[int, list[re.Match[str]]] = {}
    line_start, line_end = 0, -1
    for match in _STATEMENT_IN_PARAGRAPH.finditer(sh):
        if match.start() > line_end:  # a new line: found once (the pass stays linear in the text)
            line_start = sh.rfind("\n", 0, match.start()) + 1
            line_end = sh.find("\n", match.start())
            line_end = len(sh) if line_end < 0 else line_end
        by_line.setdefault(line_start, []).append(match)
    out: list[str] | None = None
    for line_start, found in by_line.items():
        # (not a statement of who answers, or not of units: 签约团队由全科医生负责; 同时由县公安局会同…开展…)
        stated = [m for m in found if m.group("named") or _LEAD_STATED.fullmatch(m.group("statement").strip())]
        # (…达到99%以上。本项目标由X负责…。: a statement of the targets before it, closing.py's; with none before
        # it, 本项目标由X负责。新建…, it gives the item's work after it)
        stated = [m for m in stated if not (_THIS_ITEMS_TARGETS.match(m.group("statement")) and _figure_before(sh, m))]
        stated = [m for m in stated if _states_units(m.group("statement").strip())]
        if len(stated) != 1:
            continue  # (教育工作由…负责。…。卫生工作由…负责。…: parts given out in turn, not read so)
        match = stated[0]
        if "|" in sh[line_start : match.end()] or (
            sh.count("。", line_start, match.start()) != 1 and not _NUMBERED_LINE.match(sh, line_start)
        ):
            continue  # right after the item's title sentence, or anywhere in a numbered item's paragraph; no row
        line_end = sh.find("\n", match.end())
        if match.group("end") == ":" and _SENTENCE_AFTER.search(sh, match.end(), len(sh) if line_end < 0 else line_end):
            continue  # (…由X负责,Y配合:改造…。我们将…: what its colon opens ends at the sentence's 。, closing.py's)
        if out is None:
            out = list(sh)
        out[match.start() - 1] = "\n"  # the 。 closing the title before it
        out[match.start("end")] = "\n"
    for match in _LABEL_CLOSING_SENTENCE.finditer(sh):
        line_start = sh.rfind("\n", 0, match.start()) + 1
        line_end = sh.find("\n", match.end())
        if "|" in sh[line_start : line_end if line_end >= 0 else len(sh)]:
            continue  # a table's row is read by its cells
        if _names_units_only(match.group("statement")):  # (not 责任单位:各乡镇要…, a sentence about them)
            out = out if out is not None else list(sh)
            out[match.start("end")] = "\n"
            if match.start() and sh[match.start() - 1] == "。":
                out[match.start() - 1] = "\n"
    heading = _FIRST_NUMBERED_LINE.search(sh)
    first_heading = heading.start() if heading else len(sh)  # paragraphs before it are items of their own
    for match in _STATEMENT_AFTER_COMMA.finditer(sh):
        statement = match.group("statement")
        line_start = sh.rfind("\n", 0, match.start()) + 1
        if _CLAUSE_BY.search(sh, line_start, match.start()):
            continue  # …,由A牵头;…,由B牵头。: each target its own units, not the paragraph's last for all
        if not _NUMBERED_LINE.match(sh, line_start) and line_start >= first_heading:
            continue  # 生猪出栏…,由镇畜牧兽医站负责。 under a heading: its own sentence's, not the heading's
        ends = sh.count("。", line_start, match.start())
        if "分别" not in statement and (ends > 1 or (ends and sh.find("。", line_start) - line_start > 24)):
            continue  # …2.1万户。更新改造…管网160公里,由市城市管理局负责。: its own sentence's units alone
        if _LEAD_STATED.fullmatch(statement) and parse_responsibility(statement).lead and _states_units(statement):
            out = out if out is not None else list(sh)
            out[match.start()] = "\n"  # the comma: the statement a line of its own, after the targets
    for match in _STATEMENT_OPENING_LINE.finditer(sh):
        line_end = sh.find("\n", match.end())
        if "|" in sh[match.start() : len(sh) if line_end < 0 else line_end]:
            continue  # a table's row
        if _states_units(match.group("statement")):
            out = out if out is not None else list(sh)
            out[match.start("end")] = "\n"  # the statement's own line, the work it gives after it
    return sh if out is None else "".join(out)


def labelled_parts(sh: str) -> str:
    """The shadow with a line end before every label (进展情况:, 责任单位:) that follows a sentence's
    end inside a line, or a blank after another label's text (牵头领导:王仁洲 责任单位:市公安局); lines of
    a ``|`` table are left whole."""
    # an item's score between its sentence and a label (…2.5万亩。(8分)配合单位:…) weighs it and states
    # nothing: blanked, so that the label after it parts the line
    sh = _SCORE_BEFORE_LABEL.sub(lambda score: " " * len(score.group()), sh)
    out: list[str] | None = None
    line_end, in_table = -1, False  # the line last looked at: its end, and whether it is a table's
    depth, counted = 0, 0  # brackets open on the line up to ``counted`` (counted once per line)
    for match in _INLINE_LABEL.finditer(sh):
        if match.start() > line_end:
            line_start = sh.rfind("\n", 0, match.start()) + 1
            line_end = sh.find("\n", match.end())
            line_end = len(sh) if line_end < 0 else line_end
            in_table = "|" in sh[line_start:line_end]
            depth, counted = 0, line_start
            first_label = _LABELLED.search(sh, line_start, line_end)  # once a line: the pass stays linear
            labelled_from = first_label.end() if first_label else line_end
        # the blank before the label, else the sentence's end, becomes the line end
        at = match.end() - 1 if match.end() > match.start() else match.start() - 1
        depth += _opened(sh, counted, at)
        counted = max(counted, at)
        if in_table or (sh[at] == "." and at > 0 and sh[at - 1].isdigit()) or depth > 0:
            continue  # a table's row, 1.目标任务: (a number, not a sentence's end), or (…。责任单位:…)
        if _NUMBERED_LINE.fullmatch(sh, line_start, at):
            continue  # 1.【目标】…: the item's number stays with its first part
        if sh[match.start() - 1] == ";":
            part = sh.rfind(";", line_start, at) + 1 or line_start
            sentence = max(part, sh.rfind("。", line_start, at) + 1)
            if _DUTY_PART.fullmatch(sh, sentence, at) and (
                _DUTIES_OPENED.search(sh, sh.rfind("。", line_start, at) + 1, at) or _TOPIC_DUTY.match(sh, match.end())
            ):
                # 上述指标中,A由X负责;B由Y牵头,Z配合。; 农村公路部分由X牵头,Y配合;停车设施部分由Z牵头。: the last of a
                # list of duties, no item's statement (not …资金由X负责保障;Y牵头,Z配合。, an item's own)
                continue
            if (
                _WHO_LABELLED.search(sh, line_start, at)  # (once per label: a line holds few)
                or not (_PART_LABELLED.search(sh, part, at) or _PART_STATING.match(sh, part, at))
                or _SENTENCE_AFTER.search(sh, match.end(), line_end)
            ):
                # 牵头单位:…;配合单位:…: the parts of one statement of who answers (and a line of two items'
                # units, …;责任单位:X。2.…;责任单位:Y, whose units would answer for both); 以上第1-3项;责任单位:…
                # (【责任单位】 after the items it covers): no part of its own before the label; …;责任单位:X。
                # 2.项目名称:…: more of the line after the units, which a line end here would join to them
                continue
        elif sh[match.start() - 1] == "," and labelled_from > match.start():
            continue  # (a label after a comma parts only a line of labelled parts: …,年度目标:…,责任单位:…)
        elif (
            sh[match.start() - 1] not in "。.,"
            and not (sh[match.start() - 1] == "!" and _DUTY_STATED.match(sh, match.end()))
            and labelled_from > match.start()
        ):
            continue  # a label after a blank parts the line only after a label before it (…:王仁洲 责任单位:…)
        if out is None:
            out = list(sh)
        out[at] = "\n"
        stated = _LEAD_STATED.match(sh, match.end()) or _DUTY_STATED.match(sh, match.end())
        if stated and sh[stated.end() - 1] in "。.":  # …牵头。截至4月30日,…: the report after it is no unit
            out[stated.end() - 1] = "\n"
    if any(word in sh for word in ("截至", "截止", "目前", "下一步", "下步", "下阶段", "其中")):
        for stated in _LEAD_OPENING_LINE.finditer(sh):  # a line 这项工作由…牵头。截至…: the same
            if sh[stated.end() - 1] in "。." and stated.end() < len(sh) and sh[stated.end()] != "\n":
                out = out if out is not None else list(sh)
                out[stated.end() - 1] = "\n"
    if "下" in sh:
        for ahead in _NEXT_STEPS_AFTER_UNITS.finditer(sh):  # …配合。下一步,11月底前…: what is ahead, no unit
            out = out if out is not None else list(sh)
            out[ahead.end(1) - 1] = "\n"
    return sh if out is None else "".join(out)


#: A line's statement of units closing a sentence before what is next to be done (责任单位:区教育局(牵头),
#: 区住建局配合。下一步,11月底前完成…): the next steps are targets, not more of the units.
_NEXT_STEPS_AFTER_UNITS: Final = re.compile(
    rf"(?m)((?:{_WHO_LABEL})[ \t]*[:：][^\n。]*[。.])[ \t\u3000]*(?=下一步|下步|下阶段|下半年|四季度|第四季度)"
)


def _opened(sh: str, start: int, end: int) -> int:
    """How many more brackets open than close in sh[start:end]."""
    if start >= end:
        return 0
    return (
        sh.count("(", start, end) + sh.count("（", start, end) - sh.count(")", start, end) - sh.count("）", start, end)
    )


#: A label of progress opening a numbered list (推进情况:1. …, 进展情况:(1)…).
_PROGRESS_LIST: Final = re.compile(
    rf"(?m)^[ \t\u3000]*(?:{PROGRESS_LABEL})[:：]"
    r"[ \t\u3000]*(?P<open>[(（]?)1(?P<close>[)）.、．])"
)
_ITEM: Final = re.compile(r"(?P<open>[(（]?)(?P<number>\d{1,2})(?P<close>[)）.、．])")


def progress_lists(sh: str) -> str:
    """The shadow with a numbered list of progress (推进情况:1. … / 2. … / 3. …) on one line: the line
    ends before its items 2, 3 … become blanks, so the list is the label's paragraph and is left
    out as the label's line is. The items count up from 1; a line that is no next item ends it."""
    out: list[str] | None = None
    for match in _PROGRESS_LIST.finditer(sh):
        style = (match.group("open") != "", match.group("close"))  # 1. and (1) are lists of their own
        line_end = sh.find("\n", match.end())
        # items 2, 3 … may follow on the label's own line (进展情况:1.…;2.…): count on from the last
        on_line = [
            int(m.group("number"))
            for m in _ITEM.finditer(sh, match.start("open"), len(sh) if line_end < 0 else line_end)
            if (m.group("open") != "", m.group("close")) == style
        ]
        number = max(on_line, default=1) + 1
        while line_end >= 0:
            following = line_end + 1
            while following < len(sh) and sh[following] in "\n \t\u3000":
                following += 1  # blank lines between the items
            item = _ITEM.match(sh, following)
            if (
                item is None
                or int(item.group("number")) != number
                or (item.group("open") != "", item.group("close")) != style
            ):
                break
            if out is None:
                out = list(sh)
            for at in range(line_end, following):
                if sh[at] == "\n":
                    out[at] = " "
            number += 1
            line_end = sh.find("\n", item.end())
    return sh if out is None else "".join(out)


#: A paragraph headed by the unit that leads all of it, its items run together after a colon
#: (区发改局:1.全区地区生产总值增长6.5%左右;2.固定资产投资完成128亿元,区统计局配合;3.…), perhaps
#: after a heading's mark ((一)区发改局:1.…); or one statement with a figure among such paragraphs
#: (区应急管理局:6月底前完成全区自建房安全隐患排查整治).
_UNIT_HEAD: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)?"  # (一)区发改局:…
    r"([\u4e00-\u9fff][\u4e00-\u9fff()、]{1,30}?)[ \t]*:[ \t]*"  # (区住建局、区城管局: two units)
    # (石塘村:(包村领导:吴志刚)村级集体经济…: a bracket naming people, its colon no part of the line's text)
    r"(?=(?P<numbered>1[.、](?:[\u4e00-\u9fff“\"(A-Za-z]|\d{1,2}月|20\d\d年))|(?:\([^()\n]*\)|[^\n:(])*?\d|(?P<duty>负责|牵头))"
)  # (县市场监督管理局:负责…充装站安全评估…: a unit's duties, among other units' paragraphs)
#: Words of a label, never a unit heading a paragraph (责任单位:1.…, 主要目标:1.…), nor places addressed
#: (各乡镇:…); bodies named in full are (各街道办事处、各镇人民政府:…).
_NO_UNIT_HEAD: Final = re.compile(
    r"单位|部门|领导|目标|任务|措施|要求|内容|情况|指标|项目|"
    r"^各(?!(?:[^、()]|\([^()]*\))*(?:人民政府|办事处|管委会)(?:、各(?:[^、()]|\([^()]*\))*(?:人民政府|办事处|管委会))*$)"
    # (各县(市、区)人民政府: the bracket's 、 is part of the name)
)
#: How a body's name ends (局, 委, 中心, 街道办事处, 人民政府, 区残联 ...): a place or a group (中心城区, 合作社)
#: heads no paragraph of items.
BODY_NAME_END: Final = re.compile(
    r"(?:局|委|办|办公室|中心|政府|办事处|管委会|公司|集团|厅|署|院|站|所|队|会|镇|乡|街道|分局|支队|大队"
    r"|[残妇侨文]联|工商联|科协|支行|供销合作社|供销社|信用联社)(?:\([^()]{1,10}\))?$"
)
#: The end of an item in such a paragraph, before the next item's number.
_NEXT_ITEM: Final = re.compile(r"[;。](?=[ \t]*(\d{1,2})[.、](?:[\u4e00-\u9fff“\"(A-Za-z]|\d{1,2}月|20\d\d年))")


#: Words saying the villages or communities answer for their targets (各社区是本社区目标任务的责任主体, 各村负总责).
PLACES_ANSWER: Final = re.compile(
    r"各(?:村|社区|村[(（]社区[)）]|村居)[^。\n]{0,16}?(?:责任主体|第一责任|负总责|具体负责|负责落实)"
    # 现将各办(中心)、各村(社区)重点工作安排如下: the work set out place by place, each place's its own
    r"|现将[^。\n]{0,16}?各(?:村|社区|村[(（]社区[)）]|村居)[^。\n]{0,6}?(?:重点)?(?:工作|任务|目标)(?:任务)?(?:安排|分解|分工)?如下"
)
#: A heading naming a village or community alone, closed by a colon (一、锦绣社区:), over that place's items.
PLACE_HEADED: Final = re.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:村|社区)\s*:?\s*")


def unit_headed_items(sh: str) -> str:
    """The shadow with a paragraph headed by its unit (区发改局:1.…;2.…;3.…) read as that unit's line
    and its items each on a line: the colon after the unit and the ; before each next item become
    line ends, one character for one (the text keeps its colon: the reader tells the head by it)."""
    out: list[str] | None = None
    # (上坪村:… among offices' paragraphs, where the notice says its villages answer: a place heading its paragraph)
    places_answer = PLACES_ANSWER.search(sh) is not None
    heads = [
        head
        for head in _UNIT_HEAD.finditer(sh)
        if not _NO_UNIT_HEAD.search(head.group(1))
        and (
            (BODY_NAME_END.search(head.group(1)) and looks_like_unit(head.group(1)))
            or (places_answer and PLACE_HEADED.fullmatch(head.group(1)) and names_collective_or_village(head.group(1)))
        )
    ]
    duty_runs_closed: dict[int, bool] = {}
    for index, head in enumerate(heads):
        line_end = sh.find("\n", head.end())
        line_end = len(sh) if line_end < 0 else line_end
        if head.group("duty") is not None and not _duty_run_closes(sh, line_end, duty_runs_closed):
            continue  # (县民政局:负责…, then 各乡镇要加快推进,…: the paragraph after the duties is no unit's)
        if (head.group("numbered") is None or head.group(1).startswith("各")) and not _among_heads(
            sh, heads, index, line_end
        ):
            # 区应急管理局:6月底前完成… alone: a unit's one statement only among other units' paragraphs; bodies
            # addressed (各乡镇人民政府:1.现将…) only so, else the notice's salutation
            continue
        if _DUTIES_BY_NUMBER.match(sh, sh.index(":", head.end(1)) + 1):
            continue  # 县卫健委:牵头第1、2项,配合第4项: a duty section's line, items named by number (structure.py)
        out = out if out is not None else list(sh)
        out[sh.index(":", head.end(1))] = "\n"
        expected = 2
        for stop in _NEXT_ITEM.finditer(sh, head.end(), line_end):
            if int(stop.group(1)) == expected:
                out[stop.start()] = "\n"
                expected += 1
    return "".join(out) if out is not None else sh


#: What a duty section's line gives after the unit's colon: the items it leads or helps with by number.
_DUTIES_BY_NUMBER: Final = re.compile(
    r"\s*(?:牵头|负责|配合|协助|参与|协办)(?:负责|落实|推进|实施)?第[(（]?[\d一二三四五六七八九十]{1,3}[)）]?"
    r"[^。;；\n]{0,30}?项"
    # 县交通运输局:第1项 / 县住建局:第2、3、10项 under (一)牵头单位: the numbers alone, the heading says the role
    # (县发改局:第1、3项,第9项中的能耗指标(县统计局配合);: with a part of an item, helpers in brackets)
    # (the numbers as structure.py's duty lines read them: 第1、3项, 第1项、第5项, 第9至13项)
    r"|\s*第\d{1,3}(?:项?\s*(?:[、,，]|和|及|至|[\-—~－])\s*第?\d{1,3})*项(?:中的[^\n;；。,，()（）]{1,16})?"
    r"(?:[,，]\s*第\d{1,3}项中的[^\n;；。,，()（）]{1,16})?"
    r"(?:\s*[(（][^()（）\n]{2,60}?(?:配合|协办|协同|协助|参与)[)）])?\s*[。;；]?\s*(?:\n|$)"
)  # (not 区发改局:牵头推进12个重点项目…, 负责第一批专项债项目申报: a unit's own paragraph)


#: What may follow the last of a run of units' paragraphs: a heading (三、…), or the text's end.
_HEADING_OR_END: Final = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|$)")


#: A line of a unit's duties (县消防救援大队:配合…, 各乡镇(街道):负责…), a head or not.
_DUTY_LINE: Final = re.compile(r"[ \t\u3000]*[^\n:：。]{2,30}[:：][ \t\u3000]*(?:负责|牵头|配合|协助)[^\n]*")


def _duty_run_closes(sh: str, line_end: int, closed: dict[int, bool]) -> bool:
    """Whether the lines of duties after ``line_end`` run on to a heading or the text's end (a section of
    duties), not to a paragraph of another kind; each line's answer kept in ``closed`` (the pass stays linear)."""
    visited: list[int] = []
    position = line_end
    answer = False
    while True:
        if position in closed:
            answer = closed[position]
            break
        visited.append(position)
        if _HEADING_OR_END.match(sh, position) is not None:
            answer = True
            break
        duty = _DUTY_LINE.match(sh, position + 1 if sh.startswith("\n", position) else position)
        if duty is None:
            while sh.startswith("\n", position + 1):  # (blank lines between)
                position += 1
            duty = _DUTY_LINE.match(sh, position + 1)
            if duty is None:
                break
        position = duty.end()
    closed.update(dict.fromkeys(visited, answer))
    return answer


def _among_heads(sh: str, heads: list[re.Match[str]], index: int, line_end: int) -> bool:
    """Whether the unit's paragraph at ``heads[index]`` comes right after another unit's and before
    another's, a heading (三、…) or the text's end: one of a run of units' paragraphs; or opens such a
    run (区发展改革委:… right before 区教育局:… and 区卫健局:…), or closes a run of three or more."""
    next_is_head = index + 1 < len(heads) and not sh[line_end : heads[index + 1].start()].strip()
    previous_end = sh.find("\n", heads[index - 1].end()) if index else -1
    if previous_end < 0 or sh[previous_end : heads[index].start()].strip():
        if not next_is_head:
            return False
        next_end = sh.find("\n", heads[index + 1].end())
        return _among_heads(sh, heads, index + 1, len(sh) if next_end < 0 else next_end)  # the run's first
    if next_is_head or _HEADING_OR_END.match(sh, line_end) is not None:
        return True
    # the last of a run of three or more, before a closing paragraph (各部门年度重点工作完成情况由…考核)
    before_end = sh.find("\n", heads[index - 2].end()) if index >= 2 else -1
    return before_end >= 0 and not sh[before_end : heads[index - 1].start()].strip()
