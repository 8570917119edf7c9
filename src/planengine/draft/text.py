"""Text handling for the drafter: a same-length ASCII shadow of the text, and splitting.

Plans mix full-width and ASCII punctuation (，and ,; （）and ()). The drafter reads a
*shadow* of the text in which each full-width form is replaced by its ASCII twin, one
character for one, so every offset found in the shadow is an offset in the original and a
quote is always ``original[start:end]``, an exact substring.

A tab is read as ``|``, the cell separator of a flattened table. Sentences end at 。！？; and line ends; clauses also at , and :. Splitting never happens
inside brackets, quotation marks or book-title marks, and a mark left open (a truncated
text, a stray ASCII quote) is closed at the end of the line.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Final

__all__ = [
    "EACH_PLACE",
    "HELPERS_AFTER_LEAD",
    "SHADOW",
    "baseline_remarks",
    "clauses",
    "listed_titles",
    "quoted_work_lists",
    "line_spans",
    "line_starts",
    "looked_back_lines",
    "masked",
    "parts",
    "sentences",
    "shadow",
    "share_words",
    "strip_span",
    "usual_labels",
]

#: One character for one: full-width punctuation, digits and letters to ASCII.
SHADOW: Final[dict[int, str]] = {
    **{ord(f): a for f, a in zip("，；：（）％．！？～－＞＜＝＋［］", ",;:()%.!?~-><=+[]", strict=True)},
    **{0xFF10 + i: str(i) for i in range(10)},
    **{0xFF21 + i: chr(0x41 + i) for i in range(26)},
    **{0xFF41 + i: chr(0x61 + i) for i in range(26)},
    ord("—"): "-",
    ord("–"): "-",
    ord("−"): "-",
    ord("〜"): "~",
    **{ord(f): a for f, a in zip("﹒﹐﹑﹔﹕﹖﹗", ".,、;:?!", strict=True)},  # small forms (1﹒全省…)
    ord("\u3000"): " ",
    ord("\xa0"): " ",
    ord("\t"): "|",  # a tab separates the cells of a table copied from a page or a sheet
    ord("｜"): "|",  # a full-width bar between cells (序号｜项目名称｜…), a bar all the same
    # bullets that open an item (●建设筹集保障性租赁住房5.8万套): blanks, so no quote starts with one
    **{ord(b): " " for b in "●•▪■◆▲►▶▸➤➢★☆◇□"},
}

_OPEN: Final = {"(": ")", "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "[": "]", "【": "】", "〔": "〕"}
_CLOSE: Final = {v: k for k, v in _OPEN.items()}
#: Any character that opens or closes a bracket or a quote.
_BRACKETED: Final = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE) + '"') + "]")
_SENTENCE_END: Final = "。!?;\n|"
_CLAUSE_END: Final = _SENTENCE_END + ",:"


#: A figure whose digits are grouped by thin or plain blanks (1 200 亿元, 3 600亿元), before a scale or 元, after
#: a word: one figure, as 1,200 is (a table's columns, 220 420 152 秦皇岛 or 城关镇 2 300万元, are figures apart).
_BLANK_GROUPED: Final = re.compile(
    r"(?<![\d.,\s])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.])(?=[ \u00a0\u2009\u202f]?(?:万|亿|千|元))"
)


#: A dated step of a target in brackets after its words (新建5G基站300个(6月底前完成150个), 新增规上工业企业12家
#: (9月底前新增8家), …3.2万亩(11月底前全部通过验收)): a target of its own, read as a clause after the figure's (not a
#: bare date, 3条(2026年9月底前), which dates its sentence).
_DATED_STEP: Final = re.compile(
    r"(?<=[\d%\u4e00-\u9fff])\("
    r"((?:其中)?(?:20\d{2}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?前|第?[一二三四]季度(?:末|底)?前?|上半年|年底前)"
    # (not 300个(6月底前全部完成): all of it by then, which dates the figure)
    r"(?!(?:全部|全面|基本|如期)?(?:完成|建成|竣工|完工|开工|投用)\))"
    # (…3.2万亩(11月底前全部通过验收): a stage without a figure, its words more than a verb: not 3条(6月底前完成))
    r"(?![^()\n]*(?:责任|牵头|配合)(?:单位|部门)?:)"
    r"(?=[^()\n]{3})[^()\n]{0,30}?(?:\d|完成|建成|竣工|验收|投用|投入使用|开工|开通|上线|封顶)[^()\n]{0,30})\)"
)


#: A sentence's 。 a scan read as o after a percent sign, the next sentence's first word after it (38%o一城市…);
#: not ‰ read so (6%o以内, 3%o左右, 5%o内, 4.5%o及以下, 低于5%o的, 4%o和6%o, 5%o,), which is read as ‰.
_SCANNED_STOP: Final = re.compile(r"%o(?=[\u4e00-\u9fff])(?![以左内及的和之与或])")


#: A run of a spam page's noise (*%*%, @@#%, #*): two or more of @ # * %, one at least of @ # *, not the percent sign
#: of a figure before it.
_NOISE_RUN: Final = re.compile(r"(?<![\d.%])(?=[@#*%]*[@#*])[@#*%]{2,}|(?<=[\d.]%)(?=[@#*%]*[@#*])[@#*%]+")


#: A speech's record of its hall between sentences ((掌声), （热烈掌声）, (笑声)): no words of the plan.
AUDIENCE: Final = re.compile(r"[(（](?:热烈|长时间)?(?:掌声|笑声|鼓掌)[)）]")


def shadow(text: str) -> str:
    """The text with full-width punctuation and digits as ASCII, the same length; a statement of who
    answers in other brackets (〔责任单位:…〕, 【牵头单位:…】) is bracketed as in ( ); a news report's
    dateline (本报讯(记者 …)) is blanked."""
    result = text.translate(SHADOW)
    if "(" in result and ("前" in result or "季度" in result or "上半年" in result):  # …300个(6月底前完成150个)
        result = _DATED_STEP.sub(lambda match: "," + match.group(1) + ",", result)
    if "主办" in result:  # 主办单位:… 技术支撑:红网: the site's footer, blanked
        result = _SITE_FOOTER.sub(lambda match: " " * len(match.group()), result)
    result = usual_labels(result)  # 落实单位:X, | 实施主体 |: read as the usual label of who answers
    if "讯" in result or "日电" in result:  # 昆山日报讯 今年上半年,…, 中新网兰州12月23日电: a dateline, no clause
        result = _DATELINE.sub(lambda match: " " * len(match.group()), result)
    if "声" in result or "鼓掌" in result:  # …突破230亿元!(掌声)这些目标,…: a speech's record of its hall, blanked
        result = AUDIENCE.sub(lambda match: " " * len(match.group()), result)
    if '">' in result:  # - 央行:2019年…创新高">央行:…: a link of the page to another story, torn from its tag
        result = LINK_REMNANT.sub(lambda match: " " * len(match.group()), result)
    if any(blank in text for blank in " \u00a0\u2009\u202f"):  # 达到1 200 亿元: digits grouped by blanks, as by commas
        result = _BLANK_GROUPED.sub(lambda match: re.sub(r"[ \u00a0\u2009\u202f]", ",", match.group()), result)
    if "%o" in result:  # 回收利用率达到38%o一城市安全…: a scan's 。 read as o after the percent sign; else ‰ so read
        result = _SCANNED_STOP.sub("%。", result).replace("%o", "‰ ")
    if "——" in text:  # 主要预期目标——地区生产总值增长7.5%,…: the dash opens the list, as a colon does
        result = _LABEL_DASH.sub(": ", result)
    if "\t" in text and '"' in text:  # a spreadsheet's cells pasted: a cell in quotes may hold line ends
        result = _QUOTED_CELL.sub(lambda match: " " + match.group(1).replace("\n", ",") + " ", result)
    if "“" in result:  # 省委提出“培育10家…,带动…”的目标: the plan's words open as after a colon
        result = _QUOTE_OPENING_WORDS.sub(":", result)
    if "@" in result or "#" in result or "**" in result or "*%" in result:
        # 力争棉花总产继续保持在500万吨以上**%#%,粮食产量…: a spam page's noise among the words (a percent sign
        # right after a figure kept), blanked
        result = _NOISE_RUN.sub(lambda match: " " * len(match.group()), result)
    if "*" in result:  # 12* | in a table's cell: a figure marked for a note under the table (标*的为力争目标)
        result = _MARKED_FIGURE.sub(" ", result)
    if "〔" in result or "【" in result or "[" in result:
        out = list(result)
        for match in _UNITS_IN_OTHER_BRACKETS.finditer(result):
            out[match.start()], out[match.end() - 1] = "(", ")"
        for match in _UNITS_OPENING_ITEM.finditer(result):  # 1.【市文旅局】编制…: the units that lead it
            out[match.start(1)], out[match.end(1) - 1] = "(", ")"
            helpers = HELPERS_AFTER_LEAD.match(result, match.end(1))
            if helpers is not None:  # 1.【县发改局】(县统计局、县财政局)全年…: its helpers, read apart (draft's)
                out[helpers.start() : helpers.end()] = " " * (helpers.end() - helpers.start())
        for match in _UNITS_CLOSING_ITEM.finditer(result):  # …覆盖率达到85%以上。【基教科】: its units
            out[match.start(1)], out[match.end(1) - 1] = "(", ")"
        for match in _STATUS_MARK.finditer(result):  # …责任单位:X、Y。【滞后】: a remark on progress, no name
            out[match.start() : match.end()] = " " * (match.end() - match.start())
        for match in _BRACKETED_LABEL.finditer(result):  # 【进展情况】… reads as 进展情况:…
            group = 1 if match.group(1) else 2
            out[match.start(group)], out[match.end(group) - 1] = (" " if group == 1 else ";"), ":"
        result = "".join(out)
    assert len(result) == len(text)
    return result


#: The opening mark of a plan's words quoted after the verb that puts them forward (提出“…, 明确了“…),
#: where a figure follows in the words: the clause before it is no part of them.
_QUOTE_OPENING_WORDS: Final = re.compile(
    r"(?:(?<=提出|明确|确定)|(?<=提出了|明确了|确定了))“(?=[^“”\n]*\d[^“”\n]*”)(?=[^“”\n]{10,}”)"
)  # (not “保8%、争9%”, a slogan)
#: A cell of tab-separated text in the quotes a spreadsheet puts around a cell holding line ends
#: ("新建标准化厂房6栋 / 总建筑面积4.2万平方米"): read as one line, its line ends as commas.
#: (In the shadow a tab is a bar.)
_QUOTED_CELL: Final = re.compile(r'(?m)(?:(?<=\|)|^)"([^"|\n]*(?:\n[^"|\n]*)*)"(?=\||$)')
#: Words opening a label of units that its usual form leaves out (项目责任单位, 具体落实单位, 主要责任单位).
LABEL_PREFIXES: Final = "具体|直接|主体|第一|项目|主要"
#: A label of who answers in other words than the usual ones (落实单位, 实施主体, 主抓部门, 具体责任单位,
#: 责任单位(部门), 协作单位, 链长单位), where it stands as a label: before a colon, alone in a table's cell or in 【】.
_OTHER_WORDED_LABEL: Final = re.compile(
    rf"(?m)(?<![\u4e00-\u9fff])(?P<prefix>{LABEL_PREFIXES})?"
    r"(?P<role>落实|实施|承办|负责|执行|推进|主抓|主责|责任|牵头|配合|协办|协同|协助|参与|协作|支持|参加|链长|监管)"
    r"(?P<body>单位|部门|主体|办所)"
    r"(?P<qualifier>[(（](?:部门|单位)[)）])?(?=[ \t\u3000]*(?:[:：|｜】〕\]]|$))"
)
#: Other words for leading, after a unit's name and before the clause ends (县发改局主抓,…; X抓总; X领衔; X领办; X主导;
#: X为主,Y配合; X统筹推进,Y配合), and bare labels of who leads (主责:X;协同:Y): read as 牵头.
_OTHER_WORDED_LEAD: Final = re.compile(
    r"(?<=[局委办厅院府心站所队室科股处会团司联行])"
    r"(?:(?:主抓|抓总|领衔|领办|主导|为主)(?=[,;)。，；）])|统筹(?=(?:推进|协调|实施|落实)?[,;)。，；）]))"
    r"|(?<![\u4e00-\u9fff])(?:主责|主抓)(?=[ \t\u3000]*[:：])"
)
#: A label of the places that answer for the work in their own areas (属地责任:各乡镇(街道), 属地单位:…):
#: they help, as 配合单位 do.
_LOCAL_LABEL: Final = re.compile(
    r"(?m)(?<![\u4e00-\u9fff])属地(?:责任单位|责任部门|责任主体|责任|单位|部门)(?=[ \t\u3000]*[:：])"
)
#: A unit named as the main one with 以 (以县民政局为主,…): it leads.
_UNIT_AS_MAIN: Final = re.compile(
    r"以(?P<unit>[^,;。，；(（\n]{1,18}?(?:局|委|办|中心|政府|站|所|院|队))为主(?=[,;)。，；）])"
)
#: A clause saying how the work is done, not who leads it (以政府为主, 坚持党委统筹): 以 or 坚持 opening it.
_MANNER_CLAUSE: Final = re.compile(r"(?:^|[,;。，；(（\n])[ \t\u3000]*(?:以|坚持)[^,;。，；(（\n]*$")
#: The usual word of each role (the words the readers of labels know): who answers, who leads, who helps.
_USUAL_ROLE: Final = {
    **dict.fromkeys(("落实", "实施", "承办", "负责", "执行", "推进", "责任"), "责任"),
    **dict.fromkeys(("主抓", "牵头", "链长"), "牵头"),  # (链长单位: the unit leading an industrial chain)
    **dict.fromkeys(("协作", "支持"), "协同"),
    # (监管单位:县住建局 under 实施单位:…: the office overseeing the work helps with it; not 监督单位 or
    # 指导单位, which may name a discipline office or a higher level)
    "监管": "配合",
    **{word: word for word in ("配合", "协办", "协同", "协助", "参与")},
    "参加": "参与",
    "主责": "主责",
}


def usual_labels(text: str) -> str:
    """The text with labels of who answers in other words (落实单位:, | 实施主体 |, 【主抓部门】, 主责:) as the
    usual label of their role, and other words for leading (X主抓, X领衔, X为主,Y配合) as 牵头, the same
    length; names and all else as they stand."""
    if "为主" in text:  # (以县民政局为主,县财政局配合: the unit named leads, 以 no part of its name)
        text = _UNIT_AS_MAIN.sub(lambda match: " " + match["unit"] + "牵头", text)
    if any(word in text for word in ("主抓", "抓总", "领衔", "领办", "主导", "为主", "主责", "统筹")):
        text = _OTHER_WORDED_LEAD.sub(
            lambda match: (
                match.group() if _MANNER_CLAUSE.search(text, max(0, match.start() - 30), match.start()) else "牵头"
            ),
            text,
        )
    if "属地" in text:  # 属地责任:各乡镇(街道): the places answering for their own areas help
        text = _LOCAL_LABEL.sub(lambda match: " " * (len(match.group()) - 4) + "配合单位", text)
    if not any(word in text for word in ("单位", "部门", "主体", "办所")):
        return text
    return _OTHER_WORDED_LABEL.sub(_usual_label, text)


def _usual_label(match: re.Match[str]) -> str:
    """A label in other words as the usual one of its role, in blanks where its other words stood, to keep
    the length (具体落实单位(部门): reads as '  责任单位    :'); the usual label itself as it stands."""
    role, body = _USUAL_ROLE[match["role"]], match["body"]
    if match["prefix"] == "主要" and role == "责任":
        role = "牵头"  # 主要责任单位: the main ones, who lead
    if role == "主责" and body == "部门":
        role = "牵头"  # 主责部门 (主责单位 is read as it stands)
    usual = role + {"主体": "单位", "办所": "站所"}.get(body, body)  # 责任办所: a township's offices, as 站所
    return " " * len(match["prefix"] or "") + usual + " " * len(match["qualifier"] or "")


#: A site's footer naming who runs it (主办单位:…研究室 承办单位:…办公室 技术支撑:红网; 主办:… 网站标识码…):
#: the page's sponsors, no units answering for the plan.
_SITE_FOOTER: Final = re.compile(
    r"(?m)^[ \t\u3000]*主办(?:单位)?[ \t\u3000]*[:：][^\n]*(?:技术支[持撑]|网站标识码|ICP备|网站地图)[^\n]*$"
)
#: A news report's dateline opening its line: the paper or site (本报讯, 昆山日报讯, 大河网讯) and the
#: reporters in brackets after it.
_DATELINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?:本报|[\u4e00-\u9fff]{1,10}?(?:日报|晚报|早报|报|网|新闻|社|台|融媒))讯"
    # 中新网兰州12月23日电, 新华社北京3月5日电: an agency's dateline
    r"|[\u4e00-\u9fff]{1,6}?(?:网|社|台)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电)"
    r"(?:[ \t\u3000]*[(（][^()（）\n]{0,40}[)）])?"
)
#: A line of a page's links to other stories, torn from their HTML tags (- 标题">标题).
LINK_REMNANT: Final = re.compile(r'(?m)^[ \t]*[-•·]?[^\n"]*">[^\n]*$')
#: A dash (——, in the shadow --) after the label of what a list states (目标, 任务, 指标), before the list.
_LABEL_DASH: Final = re.compile(r"(?<=目标|任务|指标)--(?=[^\s-])")
#: A note's mark after a figure that fills its table cell (| 12* |).
_MARKED_FIGURE: Final = re.compile(r"(?<=\d)\*(?=[ \t]*\|)")
#: A paragraph's label in 【】 at a line's (or a sentence's) start: 【年度目标】, 【责任单位】, 【进展情况】.
_BRACKETED_LABEL: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[。;])|(?<=\d[.、]))[ \t\u3000]*"
    r"(【[\u4e00-\u9fff]{0,6}(?:目标|任务|单位|部门|科室|处室|情况|进展|安排|计划|措施|问题|时限|领导)】)"
    # a label of units right after other units (【牵头处室】医政医管处【配合单位】…): wherever it stands
    r"|(【(?:牵头|责任|配合|协同|协办)(?:单位|部门|科室|处室|股室)】)"
)
#: A mark of an item's progress in 【】 (【滞后】, 【已完成】, 【序时推进】), as a bulletin flags items.
_STATUS_MARK: Final = re.compile(
    r"【(?:进度)?(?:滞后|已完成|完成|未完成|序时推进|正常推进|超序时|超额完成|推进中|进展顺利|逾期|已开工|未开工)】"
)
#: Who answers, in brackets other than ( ): 〔责任单位:市人社局、市财政局〕, and in 〔〕 without a label
#: (〔省发展改革委、省财政厅等牵头,省直有关单位按职责分工负责〕, 〔省水利厅、省数据局(省营商局)〕): no
#: digits there, as a document's number (〔2024〕3号) has.
_UNITS_IN_OTHER_BRACKETS: Final = re.compile(
    # (【牵头领导:陈立新;责任单位:镇经济发展办、镇财政所】: the leader named first, a person, then the units)
    r"[〔【]\s*(?:牵头|责任|配合|主责|协办|协同|分管|包联|联系)(?:单位|部门|科室|股室|处室|(?:[省市县区镇乡]级?)?领导)?\s*:[^〔〕【】\n]{1,160}[〕】]"
    r"|\[\s*(?:牵头|责任|配合|主责|协办|协同)(?:单位|部门|科室|股室|处室)\s*:[^\[\]\n]{1,160}\]"
    r"|〔[^〔〕【】\n\d:：。]{2,160}〕"
    # 【区城市管理局负责,各街道办事处配合】: units saying in words who leads, in 【】 without a label: names
    # of offices, each ending as one does, right before the verb (not 【属地负责】 or 【部门联动、属地负责】,
    # principles)
    r"|【(?:[^〔〕【】、,，\n\d:：。]{1,20}?(?:局|委|办|处|科|股|院|府|中心|站|所|队|室|公司|街道|镇|乡)[、,，]?)+等?"
    r"(?:牵头|负责|配合|协助|参与)[^〔〕【】\n\d:：。]{0,80}】"
)


#: Units in 【】 opening a numbered item (1.【市文旅局、市发改委】谋划…): words ending as an office's name
#: does, no figure, and no verb first (1.【建设社区卫生服务中心】 is the item's topic).
#: Offices in 【】 closing an item's line after its last sentence (…新增学位2700个。【计财科、基教科】).
_UNITS_CLOSING_ITEM: Final = re.compile(
    r"(?m)(?<=[。.;])[ \t\u3000]*(【(?![^【】\n]*(?:督办|交办|专科|学科))\*?[^【】\n\d:：。,，]{2,60}?"
    r"(?:局|委|办|厅|府|中心|会|联|站|所|队|室|部|科|股|处)】)[ \t\u3000]*$"  # (not 【市政府督办】, a flag)
)
#: The places of a kind named all together, as the ones that each take on a share (各乡镇, 各村(社区), 各县(市、区),
#: 各镇人民政府): a pattern's fragment.
EACH_PLACE: Final = (
    r"各(?:乡镇|镇街|县市区|县区|区县|村|镇|乡|街道|社区|县|区)(?:[(（][^()（）]{1,8}[)）])?(?:人民政府|政府|办事处)?"
)
#: Units in brackets right after the units an item opens with in 【】 (1.【县发改局】(县统计局、县财政局)…): its helpers.
HELPERS_AFTER_LEAD: Final = re.compile(r"[(（](?P<units>[^()（）\n\d:：。,，]{2,80})[)）]")
_UNITS_OPENING_ITEM: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])[ \t\u3000]*"
    # ([区教育局]会同…: square brackets as well)
    r"([【\[](?!建设|新建|改建|扩建|举办|打造|推进|实施|开展|加快|完善|提升|强化|推动|深化|创建|做好|抓好|落实|优化|健全)"
    r"(?![^【】\[\]\n]*(?:督办|交办|专科|学科|全科))"  # (【重点专科】, 【市政府督办】: a topic, a flag)
    r"(?:\*?[^【】\[\]\n\d:：。,，]{2,40}?(?:局|委|办|厅|府|中心|会|联|站|所|队|室|部|科|股|处|社)"  # 【*项目办、投资科】
    # 【镇水利站牵头,各村配合】: who leads and who helps
    r"|[^【】\[\]\n\d:：。,，]{1,40}?(?:局|委|办|厅|府|中心|会|联|站|所|队|室|部|科|股|处|村|镇|乡|街道)(?:牵头|负责)"
    r"(?:[,，;；][^【】\[\]\n\d:：。]{2,60}?(?:配合|参与|协助|协同|协办))?)[】\]])"
)


#: A title in book-title marks (《…》) and what ends a document's name: a document is named, not read.
_TITLED: Final = re.compile(r"《([^《》\n]{2,60})》")
_DOCUMENT: Final = re.compile(
    r"(?:方案|办法|通知|意见|规划|条例|报告|纲要|计划|要点|规定|细则|决定|法|清单|目录|标准|指南|公报|白皮书|年鉴)$"
)
_FIGURED: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:%|万|亿|[\u4e00-\u9fff])")


#: A remark in brackets on where a figure stands (上年完成12.46万吨, 截至上年底累计建成18.7万亩,
#: 现有龙头企业27家, 上年基数21386元), right after the figure it remarks on.
_BASELINE_REMARK: Final = re.compile(
    r"\((?:(?:上年|去年|上一年|(?P<year>20\d{2})年)度?(?:底|末)?(?:完成|实现|达到|为|基数|累计|实际)|截至|截止|现有|已有|基数|基期)"
    r"[^()\n]{0,60}\)"
)


#: How far into a text its first year names the plan's (its title, its date line).
_OPENING: Final = 600


def baseline_remarks(sh: str) -> str:
    """The shadow with a figure's remark on where it stands now blanked (粮食总产量达到12.8万吨(上年完成
    12.46万吨), (2023年完成3.1亿元) in a plan whose opening names 2024): it is no clause of the
    sentence, and its 上年完成 or 截至 makes no report of the target before it or of those after it.
    One character for one."""
    if "(" not in sh:
        return sh
    out = list(sh)
    first_year = re.search(r"(20\d{2})\s*年", sh[:_OPENING])  # the plan's, as its title names it
    for match in _BASELINE_REMARK.finditer(sh):
        year = match.group("year")
        if year is not None and (first_year is None or int(year) >= int(first_year.group(1))):
            continue  # (2024年完成60个,2025年完成40个) in a plan for 2024: its years' shares, no baseline
        if re.search(r"\d", sh[max(0, match.start() - 8) : match.start()]):
            out[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(out)


#: A web page's label over a list of links to other pages (随机阅读, 相关新闻, 最近发表).
_LINK_LIST_LABEL: Final = re.compile(
    r"(?m)^[ \t\u3000]*[-•·]?[ \t\u3000]*(?:随机阅读|相关(?:新闻|阅读|文章|推荐|链接)|最近发表|最新(?:文章|发布)|热门(?:文章|新闻|推荐)|"
    r"推荐阅读|猜你喜欢|延伸阅读|热点新闻|更多(?:新闻|阅读|文章))[ \t\u3000]*$"
)
#: A link in such a list: a bullet, then a headline with no sentence's end.
_LINK_LINE: Final = re.compile(r"[ \t\u3000]*[-•·][ \t\u3000]*[^\n。;；!！?？]{0,60}")


def page_link_lists(sh: str) -> str:
    """The shadow with the lists of links a web page shows under 随机阅读, 相关新闻 and the like blanked:
    headlines of other pages (- 广州首条常态化直航巴西海运航线正式开通), nothing the plan states. The
    list runs over the bulleted lines after its label, blank lines between."""
    if "-" not in sh and "•" not in sh and "·" not in sh:
        return sh
    out: list[str] | None = None
    for label in _LINK_LIST_LABEL.finditer(sh):
        at = label.end() + 1
        while at < len(sh):
            line_end = sh.find("\n", at)
            line_end = len(sh) if line_end < 0 else line_end
            if sh[at:line_end].strip() and not _LINK_LINE.fullmatch(sh, at, line_end):
                break
            if out is None:
                out = list(sh)
            out[at:line_end] = " " * (line_end - at)
            at = line_end + 1
    return sh if out is None else "".join(out)


def cited_bullets(sh: str) -> str:
    """The shadow with a summary's citation marks and inline bullets (…城市品质 [1] 具体改造领域 - 16个
    …项目力争年底前竣工投用 [1] - 41部…) read as the ends of sentences: a mark becomes a 。 and a bullet's
    dash a blank, one character for one, so each item is a sentence of its own."""
    if "[" not in sh:
        return sh
    out = list(sh)
    for match in _CITATION.finditer(sh):
        out[match.start() : match.end()] = "。" + " " * (match.end() - match.start() - 1)
    for match in _INLINE_BULLET.finditer("".join(out)):
        out[match.end() - 1] = " "
    return "".join(out)


#: A citation mark after a statement ([1], [12]), with the blank before it; not a table's cell
#: (| [30] |: a total over the plan's years).
_CITATION: Final = re.compile(r"(?<!\|)[ \t]\[\d{1,2}\](?=[ \t]|$)", re.M)
#: A bullet's dash between blanks after a sentence's end (… 。 - 41部…).
_INLINE_BULLET: Final = re.compile(r"(?<=。)[ \t]*-(?=[ \t])")


def listed_titles(sh: str) -> str:
    """The shadow with items given as titles (《城镇新增就业2000人以上》《建成幼儿园3所,新增园位1000个
    以上》, a notice listing its projects by name) read as clauses: their marks become commas, one
    character for one. A document's name (《…实施方案》) and a title with no figure stay
    names, which are never read for targets."""
    if "《" not in sh:
        return sh
    out = list(sh)
    for match in _TITLED.finditer(sh):
        inner = match.group(1)
        # (a document's name with its period or edition after it: 《…三年行动方案(2025-2027年)》)
        named = re.sub(r"\s*[(（][^()（）]*[)）]$", "", inner.strip())
        if _FIGURED.search(inner) and not _DOCUMENT.search(named):
            out[match.start()] = out[match.end() - 1] = ","
    return "".join(out)


def quoted_work_lists(sh: str) -> str:
    """The shadow with a list of work items each in quotes (十大民生实事项目包括:“实施农村巷道硬化工程”、“新建23公里
    碧道”、“新建3所公办幼儿园”等), and a plan's words quoted after 计划, 目标是 or the like (计划“一季度形成实物工作量,
    二季度开工率达75%,三季度全部开工”) or a target revised to (由“…”调整为“…”, the old one blanked), read as clauses:
    the quote marks become commas, one character for one. Only a
    run of two quoted items or more, most opening with a verb of work, is such a list; quoted names and slogans
    (“四好农村路”、“厕所革命”) stay names, never read for targets."""
    if "“" not in sh:
        return sh
    out = list(sh)
    for revised in _REVISED.finditer(sh):
        # 将原第3项目标由“新建城市公园3个”调整为“新建城市公园2个、改造提升口袋公园6个”: the old target is none now
        # (blanked), the new one is read as clauses
        out[revised.start("old") : revised.end("old")] = " " * (revised.end("old") - revised.start("old"))
        out[revised.start("new")] = out[revised.end("new") - 1] = ","
    for said in _PLAN_QUOTED.finditer(sh):
        # 计划“一季度形成实物工作量,二季度开工率达75%,三季度全部开工”: the plan's own words, quoted; its clauses read
        out[said.start("open")] = out[said.end() - 1] = ","
    for run in _QUOTED_RUN.finditer(sh) if "”、“" in sh else ():
        items = list(_QUOTED_ITEM.finditer(sh, run.start(), run.end()))
        introduced = _LIST_INTRODUCED.search(sh, max(0, run.start() - 6), run.start()) is not None
        if (
            len(items) >= 2
            and 2 * sum(bool(_WORK_OPENING.match(m.group(1))) for m in items) > len(items)
            and (introduced or any(re.search(r"\d", m.group(1)) for m in items))
            and not _CAMPAIGNS_NAMED.match(sh, run.end())
        ):
            for item in items:
                out[item.start()] = out[item.end() - 1] = ","
    return "".join(out)


#: A target revised, the old one quoted and then the new (由“新建城市公园3个”调整为“新建城市公园2个…”).
_REVISED: Final = re.compile(r"由(?P<old>“[^“”\n]{1,80}”)(?:调整|变更|修改|调减|调增)为(?P<new>“[^“”\n]{1,80}”)")
#: A plan's words quoted after the word that says so, holding clauses (计划“一季度…,二季度开工率达75%,…”).
_PLAN_QUOTED: Final = re.compile(
    r"(?:计划|目标是|目标为|提出|要求|力争|确保)[:：]?(?P<open>“)[^“”\n]{0,80}?[,;，；][^“”\n]{0,80}?”"
)
#: A run of quoted items parted by 、 (“…”、“…”、“…”).
_QUOTED_RUN: Final = re.compile(r"“[^“”\n]{2,40}”(?:、“[^“”\n]{2,40}”)+")
_QUOTED_ITEM: Final = re.compile(r"“([^“”\n]{2,40})”")
#: What introduces a list of items (…包括:, …为, …有).
_LIST_INTRODUCED: Final = re.compile(r"(?:包括|包含|分别是|分别为|主要有|为|是|有)\s*[:：]?\s*$|[:：]\s*$")
#: What names a run of quoted items as campaigns (“建设美丽乡村”、“创建文明城市”三大行动): names, not work items.
_CAMPAIGNS_NAMED: Final = re.compile(
    r"\s*等?(?:\d+|[一二三四五六七八九十两])?(?:大|项|个)?(?:行动|活动|工程|战略|目标|攻坚|专项|品牌)"
)
#: A verb a piece of work opens with (实施…工程, 新建…幼儿园, 改造…).
_WORK_OPENING: Final = re.compile(
    r"(?:实施|新建|新改建|改扩建|改建|扩建|建设|建成|改造|提升|完成|开展|推进|创建|打造|新增|建立|启动|整治|推动)"
)


#: How far on a bracket or quote is looked for its closing mark (the reading stays linear).
_FARTHEST_CLOSE: Final = 1000


def _depths(text: str, start: int, end: int) -> Iterator[tuple[int, str, int]]:
    """(position, character, nesting depth before it) for text[start:end].

    An ASCII double quote opens when nothing is open and closes an open “ or ".
    Everything still open is closed at a line end; a mark whose closing one is not on its line (a
    page that lost the opening “ of 对接”“生根出访成果…, the closing one of the next) opens nothing.
    """
    stack: list[str] = []
    line_end = -1  # the end of the line being walked, found at its first mark
    for i in range(start, end):
        ch = text[i]
        depth = len(stack)
        yield i, ch, depth
        if ch == "\n":
            stack.clear()
            continue
        if ch in _OPEN or ch == '"':
            if i > line_end:
                line_end = text.find("\n", i)
                line_end = len(text) if line_end < 0 else line_end
        if ch in _OPEN:
            if _closed_on_line(text, ch, i, line_end):
                stack.append(ch)
        elif ch in _CLOSE:
            closing = _CLOSE[ch]
            if closing not in stack and ch == "”" and '"' in stack:
                closing = '"'  # "数字政府”: pages mix the marks, as _closed_on_line allows
            if closing in stack:
                while stack and stack.pop() != closing:
                    pass
        elif ch == '"':
            if stack and stack[-1] in ("“", '"'):
                stack.pop()
            elif _closed_on_line(text, ch, i, line_end):
                stack.append('"')


def _closed_on_line(text: str, mark: str, position: int, line_end: int) -> bool:
    """Whether the bracket or quote ``mark`` at ``position`` is closed before ``line_end`` (a “ by ” or
    by an ASCII ", as pages mix them), looking no farther than :data:`_FARTHEST_CLOSE`."""
    stop = min(line_end, position + _FARTHEST_CLOSE)
    closers = ('"', "”") if mark in ("“", '"') else (_OPEN[mark],)
    return any(text.find(closer, position + 1, stop) >= 0 for closer in closers)


#: A rate compared with another's, after a 、 (…增长9%左右、增速高于全国平均水平).
_RATE_TURN: Final = re.compile(r"(?:增速|增幅|增长速度)(?:高于|快于|超过|跑赢|不低于)")


def _characters(text: str, start: int, end: int, wanted: str) -> Iterator[tuple[int, str, int]]:
    """As :func:`_depths`, but only the characters in ``wanted`` (and every one at a depth): a span
    with no bracket or quote in it is searched by a pattern, not walked a character at a time."""
    if _BRACKETED.search(text, start, end):
        yield from _depths(text, start, end)
        return
    for match in re.finditer("[" + re.escape(wanted) + "]", text[start:end]):
        yield start + match.start(), match.group(), 0


def _split(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    begin = start
    # a statement quoted whole (介绍说:“重点实施554个…,新建…169.2公里,…”) splits as the plan's own text
    # (found in the whole text, as a sentence of it may end inside the marks: …169处。”)
    ends, passages = _quoted_passages(text)
    at = bisect.bisect_right(ends, start)  # the first passage that does not end before the character looked at
    for i, ch, depth in _characters(text, start, end, stops + "、"):
        while at < len(passages) and passages[at][1] <= i:
            at += 1
        if at < len(passages) and passages[at][0] <= i and depth:
            depth -= 1
        if depth == 0 and ch == "、" and "," in stops and _RATE_TURN.match(text, i + 1):
            parts.append((begin, i))  # 增长9%左右、增速高于全国平均水平: a clause of its own
            begin = i + 1
            continue
        if depth == 0 and ch in stops:
            if ch == "," and _thousands(text, i):
                continue
            if ch == ":" and i > start and text[i - 1].isdigit() and i + 1 < end and text[i + 1].isdigit():
                continue  # 19:30
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return [s for s in (strip_span(text, a, b) for a, b in parts) if s[1] > s[0]]


def _thousands(text: str, i: int) -> bool:
    """Whether the comma at i separates thousands (1,200): digit before, exactly three after."""
    return (
        i > 0
        and text[i - 1].isdigit()
        and text[i + 1 : i + 4].isdigit()
        and len(text[i + 1 : i + 4]) == 3
        and not (i + 4 < len(text) and text[i + 4].isdigit())
    )


@functools.lru_cache(maxsize=1)
def _quoted_passages(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The spans inside the marks of the statements quoted whole in ``text``, and their ends: found once
    for the text being drafted (a string keeps its hash, so asking again is cheap, and only that text
    is held), so that splitting each sentence stays linear."""
    spans = _passages(text, 0, len(text)) if "“" in text else []
    return [b for _, b in spans], spans


def parts(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    """The parts of text[start:end] between ``stops`` (shadowed marks: ``";"``, ``",;。"``) as (start, end) spans,
    stripped; none splits inside brackets, quotation marks or book titles."""
    return _split(text, start, end, stops)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as (start, end) spans, stripped."""
    return _split(text, start, end, _SENTENCE_END)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] (split at , : as well as sentence ends), stripped, each without
    an item's number it opens with in running text (会议议定:一、全年新增…;二、…: the number counts the
    items, no part of what the first states)."""
    found = []
    for a, b in _split(text, start, end, _CLAUSE_END):
        numbered = _ITEM_NUMBER.match(text, a, b)
        found.append(strip_span(text, numbered.end(), b) if numbered else (a, b))
    return [(a, b) for a, b in found if b > a]


#: An item's number opening a clause: 一、 十五、 (3) 2、, before the item's words.
_ITEM_NUMBER: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}、|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])"
    r"(?=[\u4e00-\u9fff“])(?![一二三四五六七八九十两号期批线]|\d)"  # (一、二级公路, (3)号线: numerals, no item)
)


#: What follows the close of a plan's words quoted in a sentence (…”的目标, …”的要求), at a span's end.
_QUOTED_WORDS_TAIL: Final = re.compile(r"”的?(?:奋斗)?(?:目标|要求|任务)(?:任务)?$")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks and punctuation that ends or joins clauses, nor a quotation
    mark whose partner is outside it."""
    junk = " \t\r\n,.;:。!?、|"
    while True:
        while start < end and text[start] in junk:
            start += 1
        while end > start and text[end - 1] in junk:
            end -= 1
        # a quotation mark whose partner is outside the span (“地区生产总值…22% of a quoted passage)
        if start < end and text[start] == "“" and "”" not in text[start + 1 : end]:
            start += 1
        elif end > start and text[end - 1] == "”" and "“" not in text[start : end - 1]:
            end -= 1
        elif (tail := _QUOTED_WORDS_TAIL.search(text, start, end)) is not None and "“" not in text[
            start : tail.start()
        ]:
            end = tail.start()  # …增长20%以上”的目标: the words quoted end at their mark
        else:
            return start, end


def masked(text: str, start: int, end: int) -> list[bool]:
    """For text[start:end]: whether each character is inside quotes, book titles or brackets.

    Numbers there are names ("五首", 《…2022年…》, 十四五) or remarks, not targets.
    """
    if not _BRACKETED.search(text, start, end):
        return [False] * (end - start)
    inside = []
    for _, ch, depth in _depths(text, start, end):
        inside.append(depth > 0 or ch in _OPEN or ch in _CLOSE or ch == '"')
    for a, b in _passages(text, start, end):
        # “地区生产总值确保增长22%,力争增长30%;…”: a statement quoted whole, its clauses read as the
        # plan's (the marks inside it still mask what they hold)
        inside[a - start : b - start] = masked(text, a, b)
    return inside


#: A statement quoted whole after what introduces it (主要预期目标确定为:“地区生产总值确保增长22%,…”), or
#: someone's words opening a paragraph or a sentence (…。“我们力争…,急救平均反应时间控制在12分钟以内。”李某说):
#: clauses with figures between quotation marks on one line; a slogan
#: quoted where it is named (构建“1个中心、3个基地,5大平台”发展格局) is neither.
_QUOTED_PASSAGE: Final = re.compile(
    r"(?m)(?:(?<=[是为:：。!！?？;；])|(?<=提出了)|(?<=明确了)|(?<=确定了)|(?<=提出)|(?<=明确)|(?<=说,)|(?<=说，)|(?<=表示,)"
    r"|(?<=表示，)|^[ \t\u3000]*)“([^“”\n]*)”"
)  # (《三年行动》提出了“到2025年,…翻一番、…”的目标: the plan's words quoted whole)
#: Inside such marks after 是/为: a rate the target is, alone (目标是“增长7%以上”, 预期目标为“保8%、争9%”).
_QUOTED_RATE: Final = re.compile(
    r"(?:(?:增长|增速|保|争|力争|下降|降低|提高|达到)?\s*\d+(?:\.\d+)?\s*%(?:以上|左右|以内)?(?:[、,，]\s*)?){1,2}"
)
#: Inside such marks: a figure, then a clause's or a sentence's end after it.
_FIGURE_THEN_CLAUSE: Final = re.compile(r"\d[^,;，；。]*[,;，；。]")


def _passages(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans inside the marks of statements quoted whole in text[start:end]: one run of characters
    between the marks, checked for a figure and a clause after it (a pattern that looked for both at
    once backtracked over a long line whose “ is never closed)."""
    return [
        m.span(1)
        for m in _QUOTED_PASSAGE.finditer(text, start, end)
        if _FIGURE_THEN_CLAUSE.search(m.group(1)) or _QUOTED_RATE.fullmatch(m.group(1))
    ]


@functools.lru_cache(maxsize=1)
def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts, found once for the text being drafted (a string keeps its
    hash, so asking again is cheap): passes that look up a position's line by bisect stay linear on
    one long line."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


def line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) span of every line, without its line end."""
    spans = []
    begin = 0
    while (newline := text.find("\n", begin)) >= 0:
        spans.append((begin, newline))
        begin = newline + 1
    spans.append((begin, len(text)))
    return spans


#: A label alone on its line that opens a look back (回顾2017年, 2024年工作回顾, >>工作回顾).
_LOOK_BACK_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000>》]*(?:回顾\s*(?:20\d{2}\s*年|过去一年)?|(?:20\d{2}\s*年\s*)?工作回顾)[ \t\u3000]*$"
)
#: One that opens what is ahead (展望2018年, 2018年主要目标, 今年目标任务).
_LOOK_AHEAD_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000>》]*(?:展望\s*(?:20\d{2}\s*年)?|(?:20\d{2}\s*年|今年|明年)\s*的?(?:主要|工作)?"
    r"(?:目标|任务|安排|思路|打算)[^\n。,;]{0,10})[ \t\u3000]*$"
)
#: A label on a line of its own: short, with no figure and no sentence's mark in it.
_LABEL_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000>》]*(?:20\d{2}\s*年)?[^\n。,;:%\d]{2,16}(?:20\d{2}\s*年[^\n。,;:%\d]{0,12})?[ \t\u3000]*$"
)
#: How far after a look-back label the label of what is ahead is looked for (the reading stays linear).
_LOOK_BACK_REACH: Final = 3000


#: A label of a year alone on its line, with what it is the year of (2020年湖南, 2021年湖南).
_YEAR_LABEL_LINE: Final = re.compile(r"(?m)^[ \t\u3000>》]*(20\d{2})\s*年\s*([^\n。,;:%\d!?]{0,8}?)[ \t\u3000]*$")


#: Words of what a year's label plans, not what it reports (目标, 任务, 计划, 安排).
_PLANNED_WORDS: Final = re.compile(r"目标|任务|计划|安排|打算|重点|预期|节点|要求|工作")


def _year_before_year(sh: str) -> str:
    """The shadow with the lines under a year's label blanked up to the next year's label of the same
    words (2020年湖南 / 交答卷! / … / 2021年湖南 / 这样干!): a digest reports the year gone, then plans
    the next."""
    labels = list(_YEAR_LABEL_LINE.finditer(sh))
    out: list[str] | None = None
    for label, following in zip(labels, labels[1:]):
        if (
            int(following.group(1)) != int(label.group(1)) + 1
            or following.group(2) != label.group(2)
            or not label.group(2)
            or _PLANNED_WORDS.search(label.group(2))
        ):
            continue  # (2025年目标 / 2026年目标, 2024年 / 2025年: a plan's schedule year by year)
        if out is None:
            out = list(sh)
        out[label.end() : following.start()] = [c if c == "\n" else " " for c in sh[label.end() : following.start()]]
    return sh if out is None else "".join(out)


#: A news page's box of last year's figures (【数说2025】, 【2025年成绩单】), and the bulleted lines under it.
_PAST_BOX: Final = re.compile(
    r"(?m)^[ \t\u3000]*【(?:数说|回顾|盘点)?\s*(?:20\d{2})年?(?:成绩单|回顾|亮点|数据)?】[ \t\u3000]*$"
)


def _past_boxes(sh: str) -> str:
    """The shadow with the lines under a box of a year's figures (【数说2025】 / ●规上工业增加值增长7.2% / …, up
    to a blank line) blanked: a news page's look at the year gone, set in among the plan's. Only a box whose
    label names what it is (数说, 成绩单, 回顾, 盘点): 【2026】 alone says nothing of which year is meant."""
    if "【" not in sh:
        return sh
    out: list[str] | None = None
    for box in _PAST_BOX.finditer(sh):
        if not re.search(r"数说|成绩单|回顾|盘点|亮点", box.group()):
            continue
        at = box.end() + 1
        while at < len(sh):
            end = sh.find("\n", at)
            end = len(sh) if end < 0 else end
            if not sh[at:end].strip():
                break  # the box's lines (bulleted: the shadow blanks the bullets) run to a blank line
            if out is None:
                out = list(sh)
            out[at:end] = [" "] * (end - at)
            at = end + 1
    return sh if out is None else "".join(out)


def looked_back_lines(sh: str) -> str:
    """The shadow with the lines under a look-back label (回顾2017年 / 生产总值增长9.5% / …) blanked up to
    the label of what is ahead (展望2018年 / 生产总值增长9%左右 / …): they report the year gone, as a
    section headed 工作回顾 does. Only when the next label after it (a short line with no sentence in
    it) is one of what is ahead; else (2025年总体要求和预期目标) nothing is blanked."""
    sh = _year_before_year(sh)
    sh = _past_boxes(sh)
    if "回顾" not in sh:
        return sh
    out: list[str] | None = None
    done = 0  # where the last look back ended: each stretch of text is looked through once
    for back in _LOOK_BACK_LINE.finditer(sh):
        if back.start() < done:
            continue
        label = _LABEL_LINE.search(sh, back.end(), back.end() + _LOOK_BACK_REACH)
        done = label.end() if label is not None else back.end()
        if label is None or not _LOOK_AHEAD_LINE.fullmatch(sh, label.start(), label.end()):
            continue
        if out is None:
            out = list(sh)
        out[back.end() : label.start()] = [c if c == "\n" else " " for c in sh[back.end() : label.start()]]
    return sh if out is None else "".join(out)


#: How many characters in a row two statements must share to be read as one in other words.
SHARED_RUN: Final = 4


def share_words(one: str, other: str, run: int = SHARED_RUN) -> bool:
    """Whether two quotes share a run of ``run`` Chinese characters (新增城镇就业 in 新增城镇就业110万人 and in
    …新增城镇就业110万人以上): the same measure, not two that happen to have one figure."""
    runs = re.findall(rf"[\u4e00-\u9fff]{{{run},}}", one)
    return any(part[i : i + run] in other for part in runs for i in range(len(part) - run + 1))
