"""Units named as the subject of what they are to do, as a news report of a plan names them.

A report of a government's task breakdown often says who does what in running text::

    今年,呼和浩特市住建局要在8月底完成57个村燃煤散烧综合治理任务,改造老旧小区333个。9月底完成
    供热管网互联互通64公里…。市教育局要在11月底新建、续建幼儿园9所。赛罕区政府11月底启动…项目。

Each unit named so answers for what follows it, up to the next unit named so or the paragraph's
end. :func:`subject_units` makes each such stretch an item of its own under the node it was
found in, with the unit as its lead, and leaves the unit's name out of the text to read (the
quote of a target starts at 8月底…, as a key's does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import attrs

from .numbers import find_quantities
from .responsibility import (
    HELPS_AFTER_UNITS,
    Responsibility,
    looks_like_unit,
    names_collective_or_village,
    parse_responsibility,
    party_names,
    split_units,
)
from .targets import date_opening

if TYPE_CHECKING:
    from .structure import Bracket, Node, Region

__all__ = ["subject_units", "unit_head"]

#: The characters a clause's figure ends with (a digit or a measure word: 140个, 300万元, 12公里).
_FIGURE_ENDS: Final = r"\d个家所处座条名次户元里亩米吨张台套辆"
#: Where the units after 会同 end with no comma: at the end of an office's name, a verb of what is to be
#: done straight after it (县交通运输局将会同县财政局全面推行…, 省交通运输厅会同省委编办、省财政厅深化…;
#: not 市住建委会同市城管委下达了…, which reports what was done).
_PARTNER_END: Final = (
    r"(?:(?<=局|委|办|厅|院|心|府|司|室|所|队|站|部|联|协)|(?<=委员会|管委会))(?!组织部|组织处)"
    r"(?![\u4e00-\u9fff]{0,4}(?:中心|站|所|队|办公室))"  # (区人社局培训中心: the name goes on)
    r"(?=(?:全面|大力|着力|积极|扎实|全力|持续|进一步|共同)?"
    r"(?:推行|推进|推动|深化|开展|实施|组织|加快|建立|健全|完善|制定|出台|落实|做好|抓好|打造|启动|加强|强化|"
    r"提升|培育|创建|编制|统筹|探索|新建|改造|建设|完成|实现|加大|优化|规范|保障|争取|督促|指导|引导|"
    r"公开|招聘|安排|调整|动态|设立|举办|监测|治理|整治|排查|认定|选派|培训|配备|新增))"
)
#: A unit opening a clause as its subject, then what it is to do: 要(在)/将(在)/需(在), straight away
#: by when (赛罕区政府11月底启动…), or 牵头/负责, with the units that help after it (由镇农业农村办牵头,
#: 各村(社区)配合,确保…; 镇经济发展办负责,全年新增…; 镇规划建设办牵头实施…; 1.市财政局牵头,会同市
#: 工信局,…). The name is the shortest run of characters before it, from a clause's or an item's start.
_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[。;!,\n])|(?<=\n\d[.、])|(?<=\n\d\d[.、])|(?<=\n\([一二三四五六七八九十]\))|(?<=\n\(十[一二三四五六七八九]\))"
    r"|(?<=月底前:)|(?<=月末前:)|(?<=年底前:)"  # (3月底前:镇经发办完成…: a schedule's line, its units after the date)
    r"|(?<=[" + _FIGURE_ENDS + r"])(?=由)"  # (其余140个由石桥街道负责完成: the clause's own unit)
    r"|(?<=[一二三四五六七八九十]是)(?=由)"  # (一是由…负责: a point's text, its heading's mark before it)
    r"|(?<=\n\(\d\))|(?<=\n\(\d\d\)))"
    # (一是由县教育体育局负责,…;二是由…: a point counted, its unit first)
    r"[ \t\u3000]*(?:-{1,2}[ \t\u3000]*)?(?:[一二三四五六七八九十]是(?=由))?(?:(?:前|后)[一两]项(?=由)|(?:此项|该项|本项)(?:工作)?(?=由)|(?:今年|全年|年内|明年)(?=由))?(?:由|据|请|(?P<answer>答[(]))?(?=(?P<with>会同|联合|协同)?)(?P<unit>[\u4e00-\u9fff()]{2,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,5})(?:等|各(?=负责|完成))?"
    # 市教育局今年将…; 据市住建局介绍,今年全市计划…: the unit says what it is to do this year
    r"(?P<verb>(?:今年|明年|年内|全年)?(?:还(?=要)|则(?=将))?(?:(?:要|将)(?!牵头[,、])|需|须|计划(?!生育|财务|单列)(?=[^,;。]{0,20}?\d))(?:(?:会同|联合|协调)(?P<partner>[^,;。]{2,40}?)(?:[,，]|(?<!党)(?=加快|推进|做好|抓好|开展|完成|确保|实施|组织(?!部|处)|落实|加强|强化|打造)|"
    + _PARTNER_END
    + r"))?(?:在|于)?|"
    r"(?(answer)[)][:]|(?!))|"  # 答(市医疗保障局):今年…: a unit's answer in writing, at a press conference
    # 区科技局提出,新增…30家; 区农业农村局则提出,…: an office announcing its own (not 临澜县还提出, the place's)
    r"(?:介绍|表示)[,，](?=今年|年内|全年|明年)|(?<![省市州县区旗镇乡])(?<!统计局|调查队)(?:则|也|还)?(?:提出|明确)[,，](?=今年|年内|全年|明年|[^;。]{0,40}?\d)|"
    r"(?P<dated>(?=\d{1,2}月(?:底|末|中旬|上旬|下旬|份)))|"
    # 市教育局局长张某介绍,…今年将…: the bureau whose head announces it (at a press conference, in a report)
    r"(?<!新闻办|新闻中|统计局|调查队)(?<!新闻中心)"  # (the press office hosts; the statistics office counts)
    r"(?:党组书记、|党委书记、)?(?:副?局长|副?主任|副?厅长|(?:主要|有关|相关)?负责人)(?:、(?:党组|党委)书记)?"
    r"(?:[\u4e00-\u9fff]{0,3}?(?:在(?:新闻)?发布会?(?:中|上))?(?:介绍|表示|透露|说|指出)[,:，：]|[ \t\u3000]+[\u4e00-\u9fff]{2,4}[:：]|(?<=长)[:：](?=[^\n]{0,200}\d)"  # (市住建局局长 周立新:, 县教育局局长: an interview's answer: a speaker)
    r"|[\u4e00-\u9fff]{2,3}[:：][ \t\u3000]*(?=\n))|"  # (市发改委主任张宏: on its own line, the answer under it)
    r"(?=组织实施[^,;。\d]{0,6}\d)|"  # 市水务局组织实施项目1个(新建1个),…: the unit's own projects
    # 区水利局牵头的蓼河综合治理工程,已完成…,全年计划完成投资4.5亿元: the unit leads the project it names
    r"(?:牵头|负责)(?:实施)?的(?=[^,;。]{2,30}?(?:工程|项目|行动|计划)[,，])|"
    # 县市场监管局完成全县138家门店检查; 县住建局对全县…开展“回头看”: the unit, then what it does
    # 市安居集团作为实施主体,在市住房城乡建设局指导下,年内启动…: it carries the work out, the office guiding helps
    r"作为(?:实施|责任)主体[,](?:在(?P<guided>[^,;。\d]{2,30}?)(?:指导|监督|支持|统筹)下[,]?)?|"
    # 市财政局统筹…资金,全年安排…; 市自然资源和规划局确保…用地供应不少于15公顷: it sees to it
    r"(?:今年|全年|年内|明年)?(?P<bare>(?=完成|组织开展|开展|确保|争取|力争|新增|新建|建成|培育|招引|实现|统筹(?!协调)|(?:安排|组织(?!部|处))(?=[^,;。]{0,16}?\d)|对[^,;。]{2,30}?(?:开展|进行)[^,;。]{0,20}?[,;。]))|"
    # 市经信局负总责,…; 市生态环境局牵头抓总,…; 市科技局会同市教育局、市财政局,…: it leads, those after 会同 help
    r"(?:负总责|牵头抓总|承担[^,;。\d]{0,12}?任务)[,]|(?:会同|(?<=[局委办院心])联合)(?P<alongside>[^,;。\d]{2,40}?(?:局|委|办|厅|院|中心|政府|公司|部门|单位|大队|支队|所|站|室))(?:[,]|"
    + _PARTNER_END
    + r")|"
    # 县妇幼保健院与县教育局联合开展…: the first named leads, the one it works with helps
    # (not 与…共同负责/共同牵头: both lead, read as before)
    r"与(?P<together>[^,;。\d]{2,30}?(?:局|委|办|厅|院|中心|政府|会|联|所|站|队))(?:联合|共同)(?!负责|牵头)(?=[\u4e00-\u9fff])|"
    # 由区发改局牵头统筹调度,区财政局负责资金保障: how it leads, then a helper and the part it does
    # (由X牵头负责,…; 由X牵头并负责,…; X要牵头,Y配合,…: a meeting's minutes)
    r"(?:(?:要|将)(?=牵头[,、]))?(?:共同|联合)?(?:牵头(?:并?负责)?|负责)(?:统筹|抓总)?(?:调度|协调|推进)?"
    r"(?:[,、](?P<support>[^,;。:]{2,60}?)(?:配合|协助|参与|协同|代建|负责具体实施|具体实施|具体落实|负责落实|负责(?:资金|要素|经费|用地)保障|负责(?:项目)?(?:建设|施工)(?=[,，])"
    r"|做好[\u4e00-\u9fff]{0,6}?(?:对接|服务|保障|协调|监测))(?:推进|实施)?"  # …,镇经济发展办做好招商对接
    r"|,会同(?P<joined>[^,;。]{2,60}?)(?=,))?"
    # (负责人居环境…, 负责人口…, 负责人才…: 负责 and what it answers for, no 负责人)
    r"(?:[,:]|(?=[。;]|$)|(?=[\u4e00-\u9fff\"“])(?<=负责)(?!人(?![居口才])|同志|领导)|(?=实施|推进|抓好|做好|组织|开展|完成))|"
    # 1.市发改委:全年实施…; 3.市工信局、市科技局:…: the units an item opens with, then what they do (not
    # a section of duties, (一)县农业农村局:负责…;牵头推进…, which is read as such)
    # 第一村民小组(组长周建华,联系村委委员王德胜):…: the people leading and overseeing it, in brackets, are no unit
    # (县农业农村局(包保单位:县财政局、县林业局):…: the units that help it, named so in the bracket)
    r"(?:\((?=[^()\n]{0,30}?(?:组长|联系|包保|包村|包片|负责人|书记|主任))(?P<bracketed>[^()\n]{2,60})\))?"
    r":(?=[ \t\u3000]*[^\s])(?![ \t\u3000]*(?:负责|牵头|配合|统筹(?!组织)|指导|协助|参与|协调|主管|承担))"
    # 区农业农村局:会同各镇人民政府,全年培训…: the units it works with help
    r"(?:[ \t\u3000]*(?:会同|协同|联合)(?P<colon_partner>[^,;。\d]{2,40}?)(?:[,]|" + _PARTNER_END + r"))?|"
    # 会同市教育局优化…, 会同各镇人民政府,全年培训…: whom the unit before works with, its name's end (see _subjects)
    r"(?(with)(?P<with_end>" + _PARTNER_END + r"|(?<=[局委办厅院心府室所队站部联协会行社镇乡司场])(?=[,，]))|(?!)))"
)
#: Places or bodies named all at once (各村(社区), 各区, 各乡镇人民政府), as helpers after 会同.
_PLACES_AT_ONCE: Final = re.compile(
    r"各[\u4e00-\u9fff]{0,6}?(?:区|县|镇|乡|村|社区|街道|乡镇|部门|单位|人民政府|政府|办事处)(?:[(（][^()（）]{1,6}[)）])?"
    r"(?:党组织|党委|党支部|居委会|村委会)?"  # (会同各社区党组织: the places' own bodies, all at once)
)
#: The units a bracket after a subject names as helping it (包保单位:县财政局、县林业局; 联系单位:县财政局).
_BRACKET_HELPERS: Final = re.compile(r"(?:包保|联系|配合|协助|协办)(?:单位|部门)[:：](?P<units>[^;；,，]{2,60})")


def _bracket_helpers(content: str) -> tuple[str, ...]:
    """The helpers a subject's bracket names by a label (包保单位:…), each a unit; none else."""
    labelled = _BRACKET_HELPERS.search(content)
    names = split_units(labelled.group("units")) if labelled else []
    return tuple(names) if names and all(looks_like_unit(name) for name in names) else ()


#: A unit said to help and to do nothing else to its sentence's end, no figure of its own (要全力配合,做好用地用能保障。).
_HELPING_ALONE: Final = re.compile(
    r"(?<=[要将应])(?:全力|积极|主动|密切|大力)?(?:配合|协同|参与|协助)[^。;\d]*(?:[。;]|$)"
)
#: The guiding a unit named as a subject does, and nothing else, to its clause's end (…,市住建局会同市城管局加强指导。).
_GUIDING: Final = re.compile(r"(?:加强|统筹|业务|做好)?指导(?:服务|督促)?[^。;\d]*(?:[。;]|$)")
#: What a paragraph's sentence of working with others says after their names when it is all it says (会同X、Y共同推进。):
#: they help with the whole paragraph.
_WORKS_WITH_ON_ALL: Final = re.compile(r"(?:共同|协同|一起)?(?:推进|实施|落实|抓好落实|推动)[。.]?")
#: A subject's verb naming its head as speaking for it (县教育局局长:, 市住建局局长张某介绍,).
_SPEAKER: Final = re.compile(r"(?:局长|主任|厅长|负责人)")
#: The next point of a paragraph counted out (…。二是…, …;三是…), and a point's opening (一是, 二是…).
_NEXT_POINT: Final = re.compile(r"(?<=[。;])\s*[二三四五六七八九十]是")
_FIRST_POINT: Final = re.compile(r"[一二三四五六七八九十]是")
#: A point's mark right before its unit (一是由…).
_POINT_OPENED: Final = re.compile(r"[一二三四五六七八九十]是由?$")
#: The end of an office's name, which a unit named before a verb alone must have (县市场监管局完成…; not a
#: facility, 城北污水处理站完成提标改造, 县体育中心完成主体工程建设, which is what is worked on).
_OFFICE: Final = re.compile(
    r"(?:局|委|(?<![开举承代帮督创兴新包协])办|厅|政府|大队|支队|中队|公司|集团|管委会|"  # (not 企业开办, 帮办代办)
    # a township's offices by what they serve (镇文化站, 镇农技站, 乡财政所), not its facilities (镇污水处理站)
    # (the township's name may be left out in its own plan: 文化站, 财政所, 农业综合服务中心, 退役军人服务站)
    r"(?:^|[镇乡])(?:综合)?(?:文化|农技|农业技术推广|农业|农机|畜牧兽医|兽医|林业|水利|水务|财政|统计|司法|劳动保障|社保|规划|国土|"
    r"自然资源|市场监管|安监|城管|综治|农村经营管理|农经|经管|便民服务|退役军人|党群)(?:综合)?(?:服务)?(?:站|所|中心)"
    r"|(?:^|[镇乡])(?:综合)?(?:行政)?执法(?:大队|中队|队))$"
)
#: Where a sentence ends (。), or a paragraph.
_SENTENCE_STOP: Final = re.compile(r"[。\n]")
#: Where a part of a sentence ends (;), or the sentence.
_PART_STOP: Final = re.compile(r"[。;\n]")
#: A node needs this many units named so before its text is read this way (one may be chance).
_AT_LEAST: Final = 2


@attrs.frozen
class _Subject:
    """A unit named as a subject: its name's span, who helps it, and the stretch of text it answers
    for, ``then`` to ``until`` (-1: up to the next subject or the paragraph's end). A unit named after
    what it answers for (…,由镇畜牧兽医站负责。) claims its sentence from ``then``, its start, and the
    text resumes at ``resume``, after its name."""

    start: int
    end: int
    name: str
    then: int
    support: tuple[str, ...] = ()
    until: int = -1
    resume: int = -1
    leads: tuple[str, ...] = ()  # the units of a list named as the subject (市住建委、市发改委等要…)
    partnered: bool = False  # named with the units it works with (X将会同Y…, X牵头,会同Y,…)
    of_head: bool = False  # the paragraph's own units, in a sentence opening 联合Y… (its sentence alone)
    carries: int = -1  # named after its sentence (…,X牵头。): where the sentences going on after it end
    share: bool = False  # answering for a share of a total (…。其中,X负责完成…): its sentence alone
    spoken: bool = False  # the office whose head speaks (县教育局局长:…, 市住建局局长张某介绍,…)

    @property
    def claims(self) -> int:
        """Where the text this unit answers for, or names it, begins."""
        return min(self.start, self.then)


def subject_units(root: Node, text: str, sh: str) -> None:
    """Where a document names at least two units as subjects, split the text of every node that
    names one (and states no units in brackets) into items, one per unit, each led by its unit; the
    text no unit claims stays."""
    from .structure import Bracket  # the outline's type (a cycle at import time otherwise)

    # a node whose brackets only name helpers (…,区投资促进中心全力配合。) names its leads as subjects; one
    # whose units are stated, only in a paragraph after that statement (…责任单位:县文旅局。 / 下一步,…县教育局
    # 要确保…;县住建局要…): the units named there answer for what follows them, not the item's
    nodes = [node for node in root.walk() if node.regions]
    found = {
        id(region): _open_to_subjects(node, sh, region, _subjects(text, sh, region, head), leads_stated, head, alone)
        for node in nodes
        # (once a node: it stays linear)
        for leads_stated, head, alone in [(_leads_stated(node), unit_head(node), _leads_stated_alone(node))]
        for region in node.regions
    }
    found = _outside_topic_statements(text, sh, found)
    _answers_under_speakers(text, sh, nodes, found)
    named = [s for subjects in found.values() for s in subjects]
    breaks_of_text = [m.start() for m in re.finditer("\n", sh)] if named else []  # (once: linear)
    if (
        len({s.name for s in named}) < _AT_LEAST
        and not any(s.partnered for s in named)
        and sum(s.spoken for s in named) < _AT_LEAST
    ):
        # one unit named so may be chance; two or more make it the document's way, as does one named
        # with the units it works with (县交通运输局将会同县财政局全面推行…), or one whose head answers question
        # after question (an interview: 县教育局局长:…)
        return
    for node in nodes:
        if not any(found[id(region)] for region in node.regions):
            continue
        kept: list[Region] = []
        unclaimed: list[Region] = []
        items: list[Node] = []
        own_end = max(region.end for region in node.regions) + 2  # (a statement closing the node's own text)
        headed = any(s.of_head for region in node.regions for s in found[id(region)])
        carriers = [s for region in node.regions for s in found[id(region)] if s.carries >= 0]
        shares_led = _SharesLed([s for region in node.regions for s in found[id(region)]], breaks_of_text)
        head_bracket = node.brackets[0] if headed else None
        for region in node.regions:
            own = found[id(region)]
            position = region.start
            stops = [m.end() for m in _SENTENCE_STOP.finditer(sh, region.start, region.end)]
            parts = [m.end() for m in _PART_STOP.finditer(sh, region.start, region.end)]
            for subject, after in zip(own, [s.claims for s in own[1:]] + [region.end]):
                stop = bisect_left(stops, subject.claims + 1)
                sentence = stops[stop - 1] if stop else region.start
                claims, begin = subject.claims, max(subject.then, position)
                if _LOOKS_BACK.fullmatch(sh, sentence, subject.claims) or _year_before_next(
                    sh, sentence, subject.claims, region.end
                ):
                    # 去年,区市场监管局完成…。今年将完成…: the sentence of what it did last year stays the node's
                    # (a report); what it is to do after that is its own, nothing before it
                    after_sentence = stops[stop] if stop < len(stops) else region.end
                    claims = begin = max(after_sentence, position)
                end = min(after, subject.until) if subject.until >= 0 else after
                if claims > position:
                    unclaimed.append(attrs.evolve(region, start=position, end=claims))
                position = max(position, end, subject.resume)
                if begin >= end:
                    continue
                # 2025年6月底前,县住建局完成…;县公安局完成…: the date its sentence opens with dates its text
                # (…;9月底前,县市场监管局完成…: the date of its own part, before the sentence's)
                in_part = bisect_left(parts, subject.claims + 1)
                opened = date_opening(
                    sh, parts[in_part - 1] if in_part else region.start, subject.claims
                ) or date_opening(sh, stops[stop - 1] if stop else region.start, subject.claims)
                item = _item(
                    node, len(items) + 1, subject.name, attrs.evolve(region, start=begin, end=end, opened=opened)
                )
                # (…。(街道社区卫生服务中心配合) closing its paragraph before the next unit's text: a bracket of helpers
                # alone helps with what the unit answers for in the paragraph)
                reach = min(len(sh), region.end + _BRACKET_REACH)  # (a bracket closing the line, cut from the region)
                line_end = sh.find("\n", end, reach)  # (bounded: the pass stays linear in a long line)
                closing_until = reach if line_end < 0 else line_end
                closing_until = closing_until if after >= region.end else min(after, closing_until)
                helping = [  # its stretch's helpers; the paragraph's own for a sentence of the paragraph's units
                    b
                    for b in node.brackets
                    if begin <= b.start < end
                    or (subject.of_head and not b.responsibility.lead)
                    or (not b.responsibility.lead and end <= b.start < closing_until)
                ]
                support = _in_order_named(
                    text,
                    begin,
                    closing_until,
                    dict.fromkeys(
                        [
                            *subject.support,
                            *(n for b in helping for n in b.responsibility.support),
                            *(n for n in _helpers_said(text, sh, begin, end, subject.name) if n != subject.name),
                            *_helpers_closing_paragraph(text, sh, end, after),
                        ]
                    ),
                )
                responsibility = Responsibility(subject.leads or (subject.name,), support)
                item.brackets.append(Bracket(subject.start, subject.end, responsibility))
                items.append(item)
            if position < region.end:
                unclaimed.append(attrs.evolve(region, start=position, end=region.end))
        # (the subjects' items and the brackets of helpers alone, in order, found once a node: linear in its parts)
        subject_items = sorted(items, key=lambda item: item.position)
        helpers_alone = sorted(
            (b for b in node.brackets if not b.responsibility.lead and b.responsibility.support), key=lambda b: b.start
        )
        item_positions = [item.position for item in subject_items]
        helper_starts = [b.start for b in helpers_alone]
        for part in unclaimed:
            if not items or part.start < items[0].position:
                kept.append(part)  # before the first unit named: the node's own text
            else:  # between units' stretches (大豆玉米…600亩。 after 由…牵头,…。): an item no unit answers for,
                # unless the node's own statement closes it (…达到8个(责任单位:…)): then that statement's
                item = _item(node, len(items) + 1, "", part)
                following = [  # (or a statement closing the node after its last paragraph: 以上工作由…牵头)
                    b
                    for b in node.brackets
                    if b.responsibility.lead
                    and not b.inherited
                    and part.start <= b.start
                    and (b.start <= own_end or _ALL_ABOVE.match(sh, b.start) is not None)
                ]
                carrier = next((c for c in carriers if c.resume <= part.start < c.carries), None)
                if carrier is not None:  # (…,农田建设股牵头。6月底前完成…: the sentence going on is the unit's too)
                    answer = Responsibility(carrier.leads or (carrier.name,), carrier.support)
                    item.brackets.append(Bracket(carrier.start, carrier.end, answer))
                elif following:  # (新建高标准农田4500亩。 between: the next statement after it answers for it too)
                    item.brackets.append(min(following, key=lambda b: b.start))
                elif (
                    joined := _going_on_past_helpers(
                        sh, (subject_items, item_positions), (helpers_alone, helper_starts), part
                    )
                ) is not None:
                    # (各区卫生健康局要牵头推进…改革(各区医疗保障局配合),全面落实…: the subject's sentence goes on past
                    # the bracket of its helpers)
                    item.brackets.append(joined)
                elif (lead := shares_led.lead_before(part.start)) is not None:
                    # (…,由区交通运输委牵头。其中,青冈镇负责完成…。同步实施…30公里: the total's lead goes on)
                    item.brackets.append(
                        Bracket(lead.start, lead.end, Responsibility(lead.leads or (lead.name,), lead.support))
                    )
                elif head_bracket is not None:  # (区科协:…。联合…。建设…: the paragraph's units go on)
                    item.brackets.append(head_bracket)
                items.append(item)
        node.regions[:] = kept
        node.brackets[:] = [b for b in node.brackets if not any(it.position <= b.start < _end(it) for it in items)]
        node.children[:] = sorted([*items, *node.children], key=lambda child: child.position)


def _in_order_named(text: str, begin: int, end: int, names: Iterable[str]) -> tuple[str, ...]:
    """Helpers found by several readers, in the order the text names them between ``begin`` and ``end`` (县发改局要协同
    做好…,县财政局要统筹…予以支持: as written), where it names each of them there; else in the order found."""
    found = list(names)
    places = [text.find(name, begin, end) for name in found]
    if all(place >= 0 for place in places):
        return tuple(name for _, name in sorted(zip(places, found), key=lambda pair: pair[0]))
    return tuple(found)


#: How far a topic statement's sentence is looked for around a subject in it (a longer one is read as no statement).
_TOPIC_STATEMENT_REACH: Final = 300


def _outside_topic_statements(text: str, sh: str, found: dict[int, list[_Subject]]) -> dict[int, list[_Subject]]:
    """The subjects found, less those inside a sentence that shares its paragraph's work out by topic, one part at least
    given by 由 (项目建设由县发改局牵头,…;消费方面,县商务局要牵头,县市场监管局要积极配合。): the statement answers for the
    paragraph's targets part by part (topics.py), its units no subjects of the text after them (a speech's sentence of
    duties alone, X要牵头…,Y要牵头…, stays duties.py's). Each sentence is read once."""
    from .topics import by_numbers, topic_parts  # (topics reads the outline's types: a cycle at import time otherwise)

    shared: dict[int, bool] = {}
    kept: dict[int, list[_Subject]] = {}
    for key, subjects in found.items():
        own = []
        for subject in subjects:
            floor = max(0, subject.start - _TOPIC_STATEMENT_REACH)  # (bounded: the pass stays linear on a long line)
            start = max(sh.rfind("。", floor, subject.start), sh.rfind("\n", floor, subject.start)) + 1
            if start not in shared:
                reach = min(len(sh), subject.start + _TOPIC_STATEMENT_REACH)
                ends = [p for p in (sh.find("。", subject.start, reach), sh.find("\n", subject.start, reach)) if p >= 0]
                sentence = text[start : min(ends)] if ends and (start > floor or floor == 0) else ""
                parts = topic_parts(sentence) if "由" in sentence else None
                shared[start] = parts is not None and not by_numbers(parts)
            if not shared[start]:
                own.append(subject)
        kept[key] = own
    return kept


#: A line naming a speaker alone, its answer in the paragraphs under it (市发改委主任张宏, 市工业和信息化局局长许文涛:).
_SPEAKER_LINE: Final = re.compile(
    r"[ \t\u3000]*(?P<unit>[\u4e00-\u9fff()]{2,20}?)(?:党组书记、|党委书记、)?(?:副?局长|副?主任|副?厅长|主要负责人|负责人)"
    r"[\u4e00-\u9fff]{0,4}[:：]?[ \t\u3000]*"
)
#: A line naming who asks or hosts (穆川日报记者, 人民网记者, 穆川晚报记者追问, 主持人林岚): the answer before it ends.
_ASKER_LINE: Final = re.compile(
    r"[ \t\u3000]*[^\n,;。]{0,16}?(?:记者(?:追问|提问)?|主持人)[\u4e00-\u9fff]{0,4}[:：]?[ \t\u3000]*"
)


def _answers_under_speakers(text: str, sh: str, nodes: list[Node], found: dict[int, list[_Subject]]) -> None:
    """Give a press conference's answers to their speakers (in place): a line naming a speaker alone (市发改委主任张宏:)
    makes its office the subject of each paragraph after it, up to the next line naming a speaker, a journalist or the
    host; a unit the paragraph names as a subject of its own answers from there on."""

    def speaking(region: Region) -> re.Match[str] | None:
        said = _SPEAKER_LINE.fullmatch(sh, region.start, region.end)
        colon = sh[region.end - 1 : region.end + 1]  # (the colon closing the line, in its region or just after it)
        return said if said is not None and re.search("[:：]", colon) and looks_like_unit(said["unit"]) else None

    lines_said = {id(region): speaking(region) for node in nodes for region in node.regions}  # (once a region)
    if sum(said is not None for said in lines_said.values()) < _AT_LEAST:
        return  # (one such line may be chance: a conference has its speakers answer in turn)
    for node in nodes:
        speaker = ""
        for region in node.regions:
            line = sh[region.start : region.end]
            said = lines_said[id(region)]
            if said is not None:
                speaker = text[said.start("unit") : said.end("unit")]
            elif _ASKER_LINE.fullmatch(line) or "\n" in line.strip():
                speaker = ""  # (a region of several lines is no answer's paragraph)
            elif speaker:
                # (为此,市发改委将会同市财政局…: the speaker's office named again goes on answering, its partners helping)
                found[id(region)] = [
                    _Subject(region.start, region.start, speaker, region.start, spoken=True),
                    *(subject for subject in found[id(region)] if subject.name != speaker),
                ]


class _SharesLed:
    """For a node's subjects in order, the unit leading a total whose shares (其中,X负责完成…) came just before a
    position in the same paragraph: found by bisection, each subject looked at once (the pass stays linear)."""

    def __init__(self, subjects: list[_Subject], breaks: list[int]) -> None:
        ordered = sorted(subjects, key=lambda subject: subject.claims)
        self._claims = [subject.claims for subject in ordered]
        self._breaks = breaks
        self._leads: list[_Subject | None] = []  # after each subject: the total's lead, where shares followed it
        lead = None
        for subject in ordered:
            if subject.share:
                self._leads.append(lead)
            else:
                lead = subject
                self._leads.append(None)

    def lead_before(self, position: int) -> _Subject | None:
        """The total's lead for text at ``position``, after the shares named last before it; None where none."""
        at = bisect_left(self._claims, position) - 1
        lead = self._leads[at] if at >= 0 else None
        if lead is None or bisect_left(self._breaks, lead.start) != bisect_left(self._breaks, position):
            return None  # (a paragraph break between: the total's lead is another paragraph's)
        return lead


def _leads_stated(node: Node) -> tuple[int, int]:
    """Where the node's statements of leads end (the last) and start (the first); -1 for none."""
    ends = [bracket.end for bracket in node.brackets if bracket.responsibility.lead]
    starts = [bracket.start for bracket in node.brackets if bracket.responsibility.lead]
    return (max(ends), min(starts)) if ends else (-1, -1)


def _leads_stated_alone(node: Node) -> set[str]:
    """The leads the node's statements name, each as one name, where none of them names helpers (乙方:县住建局
    passed down to an item); none where any does."""
    stated = [b.responsibility for b in node.brackets if b.responsibility.lead]
    return {"、".join(r.lead) for r in stated} if not any(r.support for r in stated) else set()


def _open_to_subjects(
    node: Node,
    sh: str,
    region: Region,
    named: list[_Subject],
    leads_stated: tuple[int, int],
    head: tuple[str, ...],
    alone: set[str],
) -> list[_Subject]:
    """The units named as subjects in ``region`` that answer for what follows them: all of them in a
    node that states no leads; after the statement of its leads, those of a paragraph apart (a blank
    line between) that names several (下一步,县教育局要…;县住建局要…); before it, those opening a paragraph
    of their own (镇农业农村办将牵头抓好…). One unit named so under an item's own units (县财政局要及时拨付
    资金,确保…) helps with the item, which its lead answers for."""
    stated, first = leads_stated
    if stated < 0:
        return named
    apart = region.start >= stated and _PARAGRAPH_BREAK.search(sh, stated, region.start) is not None
    if apart and len({subject.name for subject in named}) >= _AT_LEAST:
        return named
    if apart and named and not sh[sh.rfind("\n", 0, named[0].start) + 1 : named[0].start].strip():
        return named  # …(牵头单位:…) / 县商务局牵头、县供销社配合,…: a paragraph of its own opening with its unit
    if (
        named
        and region.end <= first
        and "\n" in sh[named[0].start : first]
        and not sh[sh.rfind("\n", 0, named[0].start) + 1 : named[0].start].strip()
    ):
        # 镇农业农村办将牵头抓好…(its paragraph), then a paragraph closing with (责任单位:…): the statement is its
        # own paragraph's, the paragraph opening with its unit that unit's; a unit named so answers for its
        # sentence and those going on from it (县水利局要实施…。完成…), the statement after for the rest
        # (…。新开工改造城镇老旧小区14个 / 以上工作由县住房和城乡建设局牵头)
        if not any(_ALL_ABOVE.match(sh, bracket.start) for bracket in node.brackets if bracket.start >= region.end):
            return named
        return [
            attrs.evolve(subject, until=_sentence_end(sh, subject.end, region.end)) if subject.until < 0 else subject
            for subject in named
        ]
    # X科负责…;Y科负责…。责任科室:X科(牵头)、Y科: the statement lists the offices the sentences share the
    # work among, each sentence's own office leading its part
    names = {subject.name for subject in named}
    if (
        len(names) >= _AT_LEAST
        and not any(subject.leads for subject in named)
        and all(sh.startswith("负责", subject.end) for subject in named)
        and names == {n for b in node.brackets for n in (*b.responsibility.lead, *b.responsibility.support)}
    ):
        # (each its part of the sentence, to its ;: what no office is named for stays the list's)
        return [attrs.evolve(subject, until=_part_end(sh, subject.end, region.end)) for subject in named]
    # 区科协:…。联合区教育局开展…: the paragraph's own units, with those they work with for that sentence; an
    # item's own lead, stated with no helpers, named again with the offices it works with (乙方:县住建局 above;
    # 乙方会同县财政局…做好…,确保…。): they help with that sentence (where the statement names helpers, 以上工作由
    # 区教育局牵头,区财政局、区住建局…配合, it speaks for the item's sentences, as the keys read it)
    # (``alone``: those leads, found once a node by the caller, so a node of many regions stays linear)
    # 这一块由教育股、教研室共同负责。…。教研室要加强…,每学期组织全县统考不少于2次。: one of the leads the statement
    # names together, named again as a sentence's subject, answers alone for that sentence
    shared = set(next(iter(alone)).split("、")) if len(alone) == 1 and "、" in next(iter(alone)) else set()
    return [
        subject
        if head and subject.name not in shared
        else attrs.evolve(subject, until=_own_sentence_end(sh, subject.end, region.end))
        for subject in named
        if (subject.support and (subject.name == "、".join(head) if head else alone == {subject.name}))
        or (subject.name in shared and subject.start >= stated)
    ]


#: A statement of units for all the work above it (以上工作由X牵头, 上述任务由…).
_ALL_ABOVE: Final = re.compile(r"[ \t\u3000]*(?:以上|上述)(?:各项)?(?:工作|任务|目标|事项|项目)?(?:均)?由")
#: A sentence opening with the year gone before its unit (去年,区市场监督管理局完成…): it reports.
_LOOKS_BACK: Final = re.compile(r"[ \t\u3000]*(?:去年|上年度?|上一年|过去一年)[,，]?[ \t\u3000]*")
#: The next year named opening a sentence (。2026年,…), and how far on it may be looked for (the pass stays linear).
_NEXT_YEAR: Final = re.compile(r"。[ \t\u3000]*(20\d{2})年")
_YEAR_REACH: Final = 400
#: A year opening a sentence before its subject (2025年,区教育局新建成…).
_YEAR_OPENING: Final = re.compile(r"[ \t\u3000]*(20\d{2})年(?:度)?[,，]?[ \t\u3000]*")


def _year_before_next(sh: str, start: int, end: int, region_end: int) -> bool:
    """Whether sh[start:end] is a year opening the sentence, and the next year the paragraph names after it
    is a later one (2025年,区教育局新建成幼儿园2所…。2026年,区教育局将…): the sentence reports that year's work."""
    opening = _YEAR_OPENING.fullmatch(sh, start, end)
    if opening is None:
        return False
    sentence_end = sh.find("。", end, min(region_end, end + _YEAR_REACH))
    if sentence_end < 0:
        return False
    later = _NEXT_YEAR.search(sh, sentence_end, min(region_end, sentence_end + _YEAR_REACH))
    return later is not None and int(later.group(1)) > int(opening.group(1))


#: A bare verb of building straight before a count, or 实现 before full coverage (综合文化站新建3个, 便民服务中心
#: 建成投用3个, 文化站实现村级全覆盖): the facility is what is built or covered, no office doing the work.
_COUNTED_AFTER_VERB: Final = re.compile(r"(?:新建|建成(?:投用)?|新增)[^,;。\d]{0,3}\d|实现[^,;。]{0,8}全覆盖")
#: A blank line between two paragraphs.
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\u3000]*\n")


#: A sentence of its own naming who helps (…。市自然资源局、市住建局配合。): the units, then the word.
_HELPERS_SENTENCE: Final = re.compile(
    r"(?<=[。;])[ \t\u3000]*(?:[\u4e00-\u9fff]{2,10}?(?:需要|需|由|请))?(?P<units>[\u4e00-\u9fff()]{3,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,6})等?"
    # (…;县自然资源局、县供电公司要全力配合,做好用地用能保障。; …;县生态环境局、县住建局要协同做好…: a speech's helpers)
    r"(?:单位|部门)?(?:要|将|应)?(?:全力|积极|密切|共同|大力|主动)?(?:配合|协助|参与|协同|协办)"
    r"(?:[。;]|(?=\s|$)|(?:(?<=[要将应]全力配合)|(?<=[要将应]积极配合)|(?<=[要将]配合))[,]|(?<=[要将应]协同)(?=做好|抓好))"
    # …;县财政局、县自然资源局要主动参与,提前做好…; …,县统计局要配合加强运行监测: a speech's helpers, said to help
    r"|(?<=[;,])[ \t\u3000]*(?P<duty>[\u4e00-\u9fff()]{2,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,6})"
    r"(?:要|将|应)(?:全力|积极|主动|密切|大力)?(?:配合|协同|参与|协助)"
    # …,各村(社区)配合。 closing the sentence: its last clause names its helpers
    r"|(?<=,)[ \t\u3000]*(?:[\u4e00-\u9fff]{0,10}?(?:需要|需|请))?(?P<closing>[\u4e00-\u9fff()]{2,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,6})等?"
    r"(?:全力|积极|密切|共同|大力)?(?:配合|协助|参与|协同|协办)(?:[。.;]|[ \t\u3000]*(?=\n|$))"
)


#: The units a speaker says its office works with (这项工作我们联合县卫生健康局、团县委推进; 由我们会同县委编办组织
#: 实施; 这些我们和县文旅局协同推进), or says give their support or the funds (县委组织部、县财政局在政策和经费上给予支持;
#: 县财政局保障资金): an interview's answer, its paragraph's helpers.
_SPEAKERS_PARTNERS: Final = re.compile(
    # (为此,市发改委将会同市财政局、市统计局,按月…。: the speaker's office by its name, see _speakers_partners; not
    # 我们将会同X,确保…8月底前…: the partners of the targets after them in that sentence)
    r"(?:我们(?:[\u4e00-\u9fff]{1,4}局)?|(?<=[。;,:])[ \t\u3000]*(?P<own>(?:(?!我们|由)[\u4e00-\u9fff]){2,20}?))"
    r"(?:将|还将|也将|要|会)?(?:联合|会同|协同|和|与|同|携手)"
    r"(?P<with>[\u4e00-\u9fff()]{2,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,6})(?:等(?:部门|单位)?)?"
    r"(?:(?:共同|一起|协同|联合|逐项|全力)?(?:推进|实施|组织实施|推动|落实|制定|开展|抓好|统筹|建立|发力)|(?=[,][^。;\d]*[。;]))"
    r"|(?<=[。;,])[ \t\u3000]*(?:[\u4e00-\u9fff]{0,8}?(?:需要|需|请))?(?P<giving>[\u4e00-\u9fff()]{2,20}?"
    r"(?:、[\u4e00-\u9fff()]{2,20}?){0,6})"
    r"(?:在[^,;。]{1,12}?(?:上|方面))?(?:给予支持|给予保障|保障资金|负责资金保障)"
    # (…,与穆川海关、市贸促会密切配合,…: those the speaker works closely with)
    r"|(?<=[。;,])[ \t\u3000]*与(?P<along>[\u4e00-\u9fff()]{2,20}?(?:、[\u4e00-\u9fff()]{2,20}?){0,6})"
    r"(?:密切|积极|加强)?(?:配合|协作|联动)"
)


#: How units named before are pointed back to (这两个部门, 上述单位): no name of a unit.
_NAMED_BEFORE: Final = ("这", "该", "上述", "以上", "前述")


def _speakers_partners(text: str, sh: str, begin: int, end: int, speaker: str = "") -> list[tuple[int, list[str]]]:
    """Where ``begin``..``end`` says whom its speaker works with (see :data:`_SPEAKERS_PARTNERS`): each place and the
    units named there, every one an office, a collective or a village; the speaker named by its office (``speaker``) as
    我们 is."""
    said = []
    for match in _SPEAKERS_PARTNERS.finditer(sh, begin, end):
        if match.group("own") is not None and text[match.start("own") : match.end("own")] != speaker:
            continue  # (…,县交通运输局将会同县财政局…: another office's partners, read as its own)
        group = next(g for g in ("with", "giving", "along") if match.group(g))
        named = text[match.start(group) : match.end(group)]
        if re.search(r"由|牵头|负责", named):
            continue  # 由县卫健委牵头、县财政局保障资金: a statement of its own, read as such
        units = split_units(named)
        if units and all(
            (looks_like_unit(unit) or names_collective_or_village(unit)) and not unit.startswith(_NAMED_BEFORE)
            for unit in units
        ):
            said.append((match.start(group), units))
    return said


def _partner_of_speaker(text: str, sh: str, floor: int, start: int, name: str) -> bool:
    """Whether the unit ``name`` at ``start`` was named earlier in its sentence as one its speaker works with (see
    :data:`_SPEAKERS_PARTNERS`), looking back no further than ``floor`` nor past the sentence's start."""
    floor = max(floor, start - _PARTNER_REACH)  # (bounded: the pass stays linear in a long paragraph)
    begin = max(sh.rfind("。", floor, start), sh.rfind("\n", floor, start), floor - 1) + 1
    if "我们" not in sh[begin:start]:
        return False
    return any(name in units for _, units in _speakers_partners(text, sh, begin, start))


#: How far back a speaker's naming of its partners is looked for before a unit named as a subject.
_PARTNER_REACH: Final = 120


def _helpers_said(text: str, sh: str, begin: int, end: int, subject: str) -> list[str]:
    """The units a sentence of its own in ``begin``..``end`` names as helping, if each is an office, and those its
    speaker says it works with, in the order named; a statement's helpers only where the unit it says leads is the
    ``subject`` (以上项目的牵头单位为区城市管理局,区园林绿化中心、各街道配合: the subject's own)."""
    said = _speakers_partners(text, sh, begin, end, subject)
    helpers = _helpers_sentence(text, sh, begin, end, subject)
    if helpers is not None:
        said.append(helpers)
    return [unit for _, units in sorted(said, key=lambda found: found[0]) for unit in units]


def _helpers_sentence(text: str, sh: str, begin: int, end: int, subject: str) -> tuple[int, list[str]] | None:
    """The first sentence of its own in ``begin``..``end`` naming units as helping (see :func:`_helpers_said`): where
    its units are named and the units; None where none."""
    for match in _HELPERS_SENTENCE.finditer(sh, begin, end):  # (the first that names units: 引导村民积极参与; is none)
        group = next(g for g in ("units", "duty", "closing") if match.group(g))
        if group == "closing":
            clause_before = sh[
                max(sh.rfind(",", begin, match.start() - 1), sh.rfind("。", begin, match.start())) + 1 : match.start()
            ]
            if re.search(r"牵头|负责|由", clause_before) and subject not in clause_before:
                return None  # …,这件事由镇社会事务办公室牵头,各村(社区)全力配合。: the helpers of that statement
        units = split_units(text[match.start(group) : match.end(group)])
        if all(looks_like_unit(unit) or names_collective_or_village(unit) for unit in units):
            return match.start(group), units
    return None


def _going_on_past_helpers(
    sh: str, items: tuple[list[Node], list[int]], helpers: tuple[list[Bracket], list[int]], part: Region
) -> Bracket | None:
    """The units of the subject's item before ``part`` where only a bracket of helpers alone stands between them
    (…要牵头推进…改革(各区医疗保障局配合),全面落实…): its lead, helped by them; None otherwise. ``items`` and ``helpers``
    (the brackets of helpers alone) come in order with their positions, found once a node, looked up by bisect."""
    from .structure import Bracket  # the outline's type (a cycle at import time otherwise)

    subject_items, item_positions = items
    helpers_alone, helper_starts = helpers
    at = bisect_left(item_positions, part.start) - 1
    before = subject_items[at] if at >= 0 else None
    if before is None or not before.brackets or not before.brackets[0].responsibility.lead:
        return None
    after = _end(before)
    nearest = bisect_left(helper_starts, after)  # (only the first after it can stand between)
    if nearest == len(helpers_alone):
        return None
    bracket = helpers_alone[nearest]
    if bracket.end > part.start + 1 or sh[after : bracket.start].strip(" \t\u3000"):
        return None
    if sh[bracket.end : part.start].strip(" \t\u3000,，"):
        return None
    return Bracket(
        bracket.start, bracket.end, before.brackets[0].responsibility.helped_by(bracket.responsibility.support)
    )


def _end(item: Node) -> int:
    """Where an item's text ends."""
    return max((region.end for region in item.regions), default=item.position)


def _item(node: Node, index: int, title: str, part: Region) -> Node:
    """An item under ``node``, numbered ``index``, reading the text of ``part``."""
    from .structure import Node  # the outline's type (a cycle at import time otherwise)

    number = str(index)
    item = Node(
        number=f"{node.number}-{number}" if node.number else number,
        own=number,
        kind="row",
        title=title,
        parent=node,
        position=part.start,
    )
    item.regions.append(attrs.evolve(part, segment=0, label=False))
    return item


def unit_head(node: Node) -> tuple[str, ...]:
    """The units whose paragraph the node is (区科协:统筹组织…, its name the node's title and its first
    statement of units before its text), or none."""
    if not node.regions or not node.brackets or not node.title.strip():
        return ()
    first = node.brackets[0]
    lead = first.responsibility.lead
    own = lead == tuple(split_units(node.title.strip())) and first.end <= node.regions[0].start
    return lead if own else ()


def _subjects(text: str, sh: str, region: Region, head: tuple[str, ...] = ()) -> list[_Subject]:
    """The units named as subjects in a region, each by its whole name (市教育局 of 今年市教育局要…),
    as written. One that leads (由…牵头, …负责) answers for its sentence, up to the 。; one named
    after what it answers for (…,由…负责。) for the sentence before its name. Each looks no further
    than the next one named, nor back past the one before: linear in the region. ``head``: the units
    whose paragraph the region is (区科协:…), who a sentence opening 联合区教育局开展… is of."""
    named: list[tuple[re.Match[str], int, str, tuple[str, ...], tuple[str, ...]]] = []
    of_head: set[int] = set()  # (the matches standing for the paragraph's own units)
    for match in _SUBJECT.finditer(sh, region.start, region.end):
        if _BUILT_ITSELF.match(sh, match.end(), region.end) or (
            match.group("bare") is not None and _COUNTED_AFTER_VERB.match(sh, match.end(), region.end)
        ):
            continue  # 富士康纳米光机电研发中心要于9月份建成: the centre is built, it does not build
        lead_in = _LEAD_IN.match(match.group("unit"))  # 今年市教育局要…: the time word is not the name
        start = match.start("unit") + (lead_in.end() if lead_in else 0)
        name = text[start : match.end("unit")]
        working_with = _WORKING_WITH.match(name)
        if working_with is not None:
            # …。联合区教育局开展…: the unit named before works with it (the one it works with helps); with
            # none named before, no subject
            partners = tuple(split_units(name[working_with.end() :]))
            if not partners or not all(looks_like_unit(n) for n in partners):
                continue
            if head:
                # (right after the head's colon too: 区工业和信息化局:会同区科协引导…): for its sentence, the
                # paragraph's units going on after it
                named.append((match, start, "、".join(head), head if len(head) > 1 else (), partners))
                of_head.add(id(match))
            elif named:
                named.append((match, start, named[-1][2], named[-1][3], partners))
            continue
        if sh[match.start() - 1 : match.start()] in (";", ",") and _HELPING_ALONE.match(sh, match.end(), region.end):
            continue  # …;县自然资源局、县供电公司要全力配合,做好用地用能保障。: helpers of the clause before (_HELPERS_SENTENCE)
        if sh[match.start() - 1 : match.start()] in (",", ";") and _GUIDING.match(sh, match.end(), region.end):
            continue  # …由各区人民政府负责,市住建局会同市城管局加强指导。: an office guiding helps, read with the statement
        if _partner_of_speaker(text, sh, region.start, start, name):
            continue  # 这项工作我们联合县卫生健康局、县妇联推进,县卫生健康局负责…: a helper's own part
        if match.group("alongside") or match.group("partner"):
            name = party_names.get().get(name, name)  # 乙方会同县财政局…: the party a pact binds, by its name
        helped = _HELPING_OTHERS.match(name)
        if helped is not None:  # 配合县教育局完成镇中心幼儿园扩建: the office helped leads the work
            start += helped.end()
            name = name[helped.end() :]
        if _ALSO.search(name) and _OFFICE.search(_ALSO.sub("", name)):
            name = _ALSO.sub("", name)  # 镇经发办同时负责…: the office, not 镇经发办同时
        helper_first = _HELPER_FIRST.fullmatch(name)
        helped_leads = split_units(helper_first.group("lead")) if helper_first is not None else []
        if helper_first is not None and all(
            _OFFICE.search(n) and looks_like_unit(n) and not _ADDRESSED.match(n)
            for n in [helper_first.group("helper"), *helped_leads]
        ):  # (not 配合上级部门, 配合县图书馆分馆9月底前建成开放: no office helped)
            # 镇农业服务中心配合镇村建办(、镇林业站)完成…: the offices helped lead, the one named first helps
            leads = tuple(helped_leads) if len(helped_leads) > 1 else ()
            named.append((match, start, helper_first.group("lead"), leads, (helper_first.group("helper"),)))
            continue
        together = name.split("会同", 1) if "会同" in name else None
        partners_named = split_units(together[1]) if together is not None else []
        if (
            together is not None
            and _OFFICE.search(together[0])
            and looks_like_unit(together[0])
            and partners_named
            and all(
                (_OFFICE.search(n) and looks_like_unit(n))
                or names_collective_or_village(n)
                or (match.group("verb").endswith(":") and looks_like_unit(n))
                for n in partners_named
            )
        ):
            # 财政所会同经发办确保…, 财政所会同各村…: the office named first leads, those it works with help (11.社会事务办
            # 会同镇卫生院:…, before an item's colon: any unit it names)
            named.append((match, start, together[0], (), tuple(partners_named)))
            continue
        # (县教育局与县卫健委共同负责…: both lead; a name holding 与 of its own stays whole, its parts no units)
        names = split_units(name.replace("与", "、")) if re.search(r"[、和及与]", name) else [name]
        sharing = _places_each_sharing(sh, region.start, start, match.end("unit"), name)
        names = sharing or names  # (柳河镇和桃源镇各完成…: each place named)
        if (
            (match.group("bare") is not None or match.group("dated") is not None)
            and not all(_OFFICE.search(n) for n in names)
            and not sharing
        ):
            continue  # 去年全市完成…, 市图书馆新馆9月底前建成开放: no office's name before a verb or a date alone
        if (
            "的" not in name
            and not re.search(r"(?<!自)由", name)  # 地区生产总值等经济类指标由市发展改革委牵头 (not 市自由贸易区…)
            and all(
                looks_like_unit(n)
                and (not _ADDRESSED.match(n) or _answering_collective(sh, match, start, n))
                and (not n.endswith(_NOT_OFFICES) or _zone_answering(match, n))
                for n in names
            )
            and not (len(names) == 1 and "、" in name)
        ) or _district_opening(sh, start, name):
            # not 中心城区将新建…, 政务服务平台要…: a place or a thing; 市住建委、市发改委等要…: each of them
            named.append((match, start, name, tuple(names) if len(names) > 1 else (), ()))
    found = []
    # where the region's lines start and where its points open (一是…), once: looking back from
    # each unit named instead would cost the length of a long line for every unit on it
    breaks = [m.start() for m in re.finditer("\n", sh[region.start : region.end])]
    points = [m.start() for m in _FIRST_POINT.finditer(sh, region.start, region.end)]
    for index, (match, start, name, leads, partners) in enumerate(named):
        # 由X牵头、Y配合; X要会同Y,…; X牵头,会同Y,…: Y helps
        helping = next(
            (
                g
                for g in ("support", "partner", "joined", "alongside", "together", "guided", "colon_partner")
                if match.group(g)
            ),
            None,
        )
        support = tuple(split_units(text[match.start(helping) : match.end(helping)])) if helping else ()
        if helping and not all(
            looks_like_unit(unit)
            or (helping in ("support", "joined") and names_collective_or_village(unit))
            # (镇农业农村办要会同镇农技站、各村(社区),…; 要会同各区加快推进…: the places named all at once help; not
            # 各方面, 各有关方面, no places)
            or (helping in ("partner", "colon_partner") and _PLACES_AT_ONCE.fullmatch(unit) is not None)
            for unit in support
        ):
            support = ()  # 要会同各区加快推进老旧小区改造,…; 积极做好招商服务: no list of units (an adverb)
        if partners:
            support, helping = partners, "alongside"  # (联合县教育局开展…: the unit before, with its partner)
        if not support and match.group("bracketed"):
            support = _bracket_helpers(text[match.start("bracketed") : match.end("bracketed")])
        verb = match.group("verb")
        if verb.endswith(":") or not verb.startswith(("牵头", "负责", "共同", "联合")):
            # 要/将, or units opening an item with a colon (——市商务局牵头:…, whose item may run on over several
            # sentences): to the next subject, or to the next point counted (…。二是推广绿色建造。), a task of its own
            # (a subject over the points, 市住建局要重点抓好三项工作:一是…;二是…, answers for all of them)
            line = bisect_left(breaks, start - region.start)
            paragraph = region.start + breaks[line - 1] + 1 if line else region.start
            first = bisect_left(points, paragraph)
            in_point = first < len(points) and points[first] + 2 <= start  # a point (two characters) before it
            point = _NEXT_POINT.search(sh, match.end(), region.end) if in_point else None
            # 市水务局组织实施项目1个: the unit is part of what is counted, read with it
            then = start if sh.startswith("组织实施", match.end()) else match.end()
            partnered = bool(support) and helping in (
                "partner",
                "joined",
                "alongside",
                "together",
                "guided",
                "colon_partner",
            )
            headed = id(match) in of_head
            until = point.start() if point else -1
            if headed and not _WORKS_WITH_ON_ALL.fullmatch(
                sh, match.end(), _own_sentence_end(sh, match.end(), region.end)
            ):
                # (its sentence alone: the paragraph's units go on after it; a sentence of no figure, 会同X、Y共同
                # 推进。, names those working with it on all of the paragraph)
                until = _own_sentence_end(sh, match.end(), region.end)
            if partners and sh[start - 1 : start] == ";":
                # 区发改局:…;会同区统计局,推动…58.5%以上;力争新开工…: those it works with help with the part they
                # open alone, to its ;; the unit's own parts go on after it
                part_end = _part_end(sh, match.end(), region.end) + 1
                if headed:
                    until = min(until, part_end)  # (the paragraph's head goes on after it of itself)
                elif part_end < (until if until >= 0 else region.end):
                    found.append(
                        _Subject(start, match.end("unit"), name, then, support, part_end, leads=leads, partnered=True)
                    )
                    found.append(_Subject(part_end, part_end, name, part_end, (), until, leads=leads))
                    continue
            elif helping == "colon_partner" and support:
                # 市教育局:会同市财政局安排…。全年培训…: the office it works with helps with that sentence alone,
                # the unit's other sentences its own (as where the paragraph's head is known)
                own_end = _own_sentence_end(sh, match.end(), region.end)
                if own_end < (until if until >= 0 else region.end):
                    found.append(
                        _Subject(start, match.end("unit"), name, then, support, own_end, leads=leads, partnered=True)
                    )
                    found.append(_Subject(own_end, own_end, name, own_end, (), until, leads=leads))
                    continue
            found.append(
                _Subject(
                    start,
                    match.end("unit"),
                    name,
                    then,
                    support,
                    until,
                    leads=leads,
                    partnered=partnered,
                    of_head=headed,
                    spoken=_SPEAKER.search(verb) is not None,
                )
            )
            continue
        after = named[index + 1][0].start() if index + 1 < len(named) else region.end
        before = named[index - 1][0].end() if index else region.start
        sentence_end = _sentence_end(sh, match.end(), after)
        rest = _DATES.sub("", sh[match.end() : sentence_end])  # 由镇城管所负责,6月底前完成。: a date is no figure
        part_end = _part_end(sh, match.end(), sentence_end)
        if (
            sh[match.start() - 1 : match.start()] == ","
            and sh[part_end : part_end + 1] == ";"
            and not re.search(r"\d", _DATES.sub("", sh[match.end() : part_end]))
        ):
            # …增长6%左右,由市发展改革委牵头;规模以上工业增加值增长7.5%,由市工信局牵头;…: the unit answers
            # for its part of the sentence, before its name, and the next part is the next unit's
            then = max(_sentence_start(sh, before, match.start()), sh.rfind(";", before, match.start()) + 1)
            found.append(
                _Subject(start, match.end("unit"), name, then, support, match.start() - 1, part_end, leads=leads)
            )
        elif _FIGURE_END.search(sh, max(before, match.start() - 1), match.start()) and verb.startswith(
            ("负责", "牵头")
        ):
            # …,其余140个由石桥街道负责完成: the unit named after its clause's figure answers for that clause alone
            then = max(
                _sentence_start(sh, before, match.start()), *(sh.rfind(c, before, match.start()) + 1 for c in ",;")
            )
            clause_end = _part_end(sh, match.end("unit"), sentence_end)
            comma = sh.find(",", match.end("unit"), clause_end)
            clause_end = comma if comma >= 0 else clause_end
            found.append(_Subject(start, match.end("unit"), name, then, support, clause_end, clause_end, leads=leads))
        elif (
            sh[match.start() - 1 : match.start()] == ","
            and not re.search(r"\d", rest)
            # (医院方面,由X牵头,Y代建,确保8月底前完成主体封顶。: with no figure before it and a date after, the unit
            # opens its clause's work, the words before only its topic)
            and not (
                _TOPIC_BEFORE.fullmatch(sh, _sentence_start(sh, before, match.start()), match.start() - 1)
                and rest != sh[match.end() : sentence_end]
            )
        ):
            # …新培育家庭农场10家,由镇经管站牵头,各村具体落实。: the unit answers for what came before; the text
            # resumes after its own sentence (…,农田建设股牵头。6月底前完成…: the next sentence is read again)
            then = _sentence_start(sh, before, match.start())
            resume = _own_sentence_end(sh, match.end(), sentence_end)
            found.append(
                _Subject(
                    start,
                    match.end("unit"),
                    name,
                    then,
                    support,
                    match.start() - 1,
                    resume,
                    leads=leads,
                    carries=sentence_end if sentence_end > resume else -1,
                )
            )
        else:
            if _POINT_OPENED.search(sh, max(0, start - 3), start):
                # 一是由X负责,…;二是…;三是由Y负责: the point's unit, to the next point (which may name none)
                next_point = _NEXT_POINT.search(sh, match.end(), sentence_end)
                sentence_end = next_point.start() if next_point else sentence_end
            reach = max(region.start, match.start() - _STATED_REACH)  # (a sentence's start, looked for so far)
            share = "其中" in sh[_sentence_start(sh, reach, match.start()) : match.start()]
            if share:  # (其中,青冈镇负责完成38公里,白沙镇负责完成27公里。同步实施…: the shares' sentence alone)
                sentence_end = _own_sentence_end(sh, match.end(), sentence_end)
            elif (
                verb.startswith("负责")
                and not name.startswith("各")
                and not sh[region.start : start].strip(" \t\u3000")
            ):
                # (一)…。县水利局负责推进…建设,全年新建…。东部片区水厂6月底前完成…。到年底,…达到92%。: the unit opening its
                # paragraph with the work it answers for answers for the paragraph, to the sentence naming the next unit
                # (…,这两项由区文化旅游体育局牵头: the sentence before that statement is the statement's)
                sentence_end = max(sentence_end, _sentence_start(sh, match.end(), after))
            # (由X牵头、Y配合,…: a unit stated with its helpers before its work is the document's way, even alone)
            stated = bool(support) and sh[match.start("unit") - 1 : match.start("unit")] == "由"
            found.append(
                _Subject(
                    start,
                    match.end("unit"),
                    name,
                    match.end(),
                    support,
                    sentence_end,
                    leads=leads,
                    share=share,
                    partnered=stated,
                )
            )
    return _duties_helping(sh, _helpers_joined(sh, found, region.end), region.end)


#: A clause naming only the topic of the work a unit named after it answers for (霁川东站综合交通枢纽方面, 医院建设上).
_TOPIC_BEFORE: Final = re.compile(r"[ \t\u3000]*[^,;。\d]{2,24}?(?:方面|领域|上)[ \t\u3000]*")


#: What units do to help, said after 要 (县财政局要做好资金保障; 城关街道要配合做好居民群众工作; 各乡镇要落实农村公路属地
#: 管护责任; 县自然资源局、县住建局要加快办理用地和施工手续): the words of a helper's part, not of work of its own.
_HELPING_DUTY: Final = re.compile(
    r"配合|(?<!的)协同(?!联动)|协助|(?<!社会)保障|支持|属地|手续|指导|拨付|兑付|资金|经费"
)  # (not 社会保障, social security: a field of work of its own)
#: A modal verb of duty straight after a subject's name (县财政局要…, 各乡镇须…; not 将, a unit's own plans).
_MODAL_AFTER_NAME: Final = re.compile(r"[ \t\u3000]*(?:要|需|须|应)")
#: A standard of payment, whose figure is no target (补贴标准为每亩105元, 按每部不超过15万元的标准给予补助).
_STANDARD_FIGURE: Final = re.compile(
    r"(?:标准|奖励|补贴|补助)[^,;。]{0,12}?\d[\d.]*|\d[^,;。]{0,16}?(?:标准|奖励|补贴|补助)"
)


def _duties_helping(sh: str, found: list[_Subject], end: int) -> list[_Subject]:
    """Units named later in a unit's paragraph to do their part for it, stating no figure of their own (县住建局要
    完成…12个…。县财政局要做好资金保障,城关街道要配合做好居民群众工作。; …。各乡镇要落实农村公路属地管护责任。): they
    help with what the unit named before them answers for, as the keys read a speech's or a notice's duties, and are
    no subjects of their own. The unit before must state figures; a helper's own sentence states none but a standard
    of payment. Places named all at once (各乡镇要…), no subjects, help so too."""
    kept: list[_Subject] = []
    peers: list[bool] = []  # whether each kept unit's paragraph gives its units their parts of the support
    helping: dict[int, list[tuple[int, tuple[str, ...]]]] = {}  # by the lead's place in ``kept``: (where, names)
    line_start, looked = -1, 0  # the last line start found before a subject, and how far it was looked for
    for subject in found:
        lead = kept[-1] if kept else None
        if (
            lead is not None
            and not peers[-1]
            and not subject.support
            and not lead.share
            and not subject.share
            and "\n" not in sh[lead.start : subject.start]
            and subject.then >= subject.end
            and _states_figures(sh, lead, subject.claims)
            and _helps_in_duty(sh, subject.claims, subject.end, end)
        ):
            helping.setdefault(len(kept) - 1, []).append((subject.start, subject.leads or (subject.name,)))
            continue
        line_start = max(line_start, sh.rfind("\n", looked, subject.start))  # (each stretch looked at once: linear)
        looked = subject.start
        kept.append(subject)
        peers.append(_peers_in_support(sh, subject, line_start + 1, end))
    for at, lead in enumerate(kept):
        if peers[at]:
            continue
        bound = kept[at + 1].claims if at + 1 < len(kept) else end
        line_end = sh.find("\n", lead.end, bound)
        bound = bound if line_end < 0 else line_end
        for places in _PLACES_DUTY.finditer(sh, lead.end, bound):
            names = tuple(split_units(places.group("units")))
            if (
                names
                and all(looks_like_unit(n) or names_collective_or_village(n) for n in names)
                and (any(names_collective_or_village(n) for n in names) or "和" in places.group("units"))
                and _states_figures(sh, lead, places.start())
                and _helps_in_duty(sh, places.start("units"), places.end("units"), end)
            ):
                helping.setdefault(at, []).append((places.start(), names))
    for at, named in helping.items():
        lead = kept[at]
        own = {lead.name, *lead.leads}  # (镇财政所要…。镇财政所要做好…: the unit itself named again, no helper)
        helpers = [n for _, names in sorted(named) for n in names if n not in own]
        if helpers:  # (named with those who help: the document's way of naming units, as 会同 shows)
            kept[at] = attrs.evolve(lead, support=tuple(dict.fromkeys((*lead.support, *helpers))), partnered=True)
    return kept


#: Places named all at once opening a sentence or a clause, then 要 (…。各乡镇要落实…; …,各乡镇、县总工会、团县委要配合…),
#: or units joined by 和 (镇农业服务中心和各村(社区)要全力配合: a subject of no reader else).
_PLACES_DUTY: Final = re.compile(
    r"(?<=[。,;!])[ \t\u3000]*(?P<units>(?:各|[^,;。:\d]{2,30}?和|[^,;。:\d]{2,30}?、(?=各))[^,;。:\d]{1,40}?)(?=要|需|须|应)"
)  # (…。县水利局、各乡镇人民政府要积极配合: an office with the places)
#: A title giving each unit a part of the support (四、强化要素保障; not 增进民生保障, 社会保障, fields of work).
_SUPPORT_TITLE: Final = re.compile(r"(?<!社会)(?<!民生)保障")


def _peers_in_support(sh: str, lead: _Subject, line_start: int, end: int) -> bool:
    """Whether a unit's paragraph gives each unit a part of the support (四、强化要素保障。市自然资源和规划局要…保障…用地;
    市财政局要…): its line opens under such a title, or its own sentence does such a part; the units named after it
    are its peers, no helpers."""
    return bool(
        _SUPPORT_TITLE.search(sh, line_start, min(lead.start, line_start + _TITLE_REACH))
        or _HELPING_DUTY.search(sh, lead.end, _own_sentence_end(sh, lead.end, min(end, lead.end + _DUTY_REACH)))
    )


#: How far into its line a title may stand, and how far a unit's own sentence is read for its duty (a long line of
#: many units, parted by ; alone, is looked at so far from each: the pass stays linear).
_TITLE_REACH: Final = 40
_DUTY_REACH: Final = 200


def _states_figures(sh: str, lead: _Subject, position: int) -> bool:
    """Whether the unit's text before ``position`` states a figure (its targets), a date no figure."""
    stop = position if lead.until < 0 else min(lead.until, position)
    return _has_figure(_DATES.sub("", sh[lead.end : stop]))


def _helps_in_duty(sh: str, start: int, name_end: int, end: int) -> bool:
    """Whether units named from ``start`` to ``name_end`` open a sentence or clause with 要 and what they do to help,
    their own sentence stating no figure but a standard of payment."""
    before = start
    while before > 0 and sh[before - 1] in " \t\u3000":
        before -= 1
    own = sh[name_end : _own_sentence_end(sh, name_end, min(end, name_end + _DUTY_REACH))]
    return (
        sh[before - 1 : before] in ("。", ",", ";", "!")
        and _MODAL_AFTER_NAME.match(sh, name_end) is not None
        and _HELPING_DUTY.search(own) is not None
        and not _has_figure(_STANDARD_FIGURE.sub("", own))
    )


def _has_figure(words: str) -> bool:
    """Whether words state a figure, in digits or in words (新建公共停车场三个)."""
    return re.search(r"\d", words) is not None or bool(find_quantities(words))


#: Units named as helping, then what they help with (县供电公司、县自来水公司配合完成管线迁改).
_HELPERS_NAMED: Final = re.compile(rf"(?P<units>[^,;。]{{2,60}}?){HELPS_AFTER_UNITS}$")


#: Units named as helping inside a sentence, after a comma (…;县公安局交警大队配合完善沿线交通安全设施).
_HELPERS_IN_SENTENCE: Final = re.compile(
    rf"[,;][ \t\u3000]*(?P<units>[^,;。:]{{2,60}}?){HELPS_AFTER_UNITS}(?=[\u4e00-\u9fff])"
)


def _helpers_joined(sh: str, found: list[_Subject], end: int) -> list[_Subject]:
    """Units named as helping later in a unit's sentence (由县住建局负责改造…,12月底前全部完工,县供电公司、县自来水公司
    配合完成管线迁改。; 县交通运输局负责…;县公安局交警大队配合完善…。) help with that whole sentence, as the keys read
    it: they join the unit named before them, which answers for the sentence to its 。 with them, and for what
    runs on after the 。 alone; named as a subject of their own (…配合完成…), they are no subject. Each unit
    looks no further than the next one named (the pass stays linear)."""
    joined: list[_Subject] = []
    for index, subject in enumerate(found):
        bound = found[index + 1].claims if index + 1 < len(found) else end
        if subject.until >= 0:
            bound = min(bound, subject.until)
        helping = _HELPERS_NAMED.fullmatch(subject.name)
        helpers = _helper_units(helping.group("units")) if helping else ()
        before = joined[-1] if joined else None
        if (
            before is not None
            and helpers
            and before.support in ((), helpers)
            and not before.leads
            and "。" not in sh[before.end : subject.start]
        ):
            # (…,县供电公司、县自来水公司配合完成管线迁改。): the unit before leads the sentence, they help
            stop = _own_sentence_end(sh, subject.end, bound)
            joined[-1] = attrs.evolve(before, support=helpers, until=stop, partnered=True)
            if _runs_on(sh, stop, subject.until, bound, end):
                joined.append(_Subject(stop, stop, before.name, stop, (), subject.until, leads=before.leads))
            else:
                joined.extend(_stated_sentence(sh, stop, end))
            continue
        if not subject.support and not subject.leads and subject.then >= subject.end:
            stop = _own_sentence_end(sh, subject.end, bound)
            later = _HELPERS_IN_SENTENCE.search(sh, subject.end, stop)
            named = _helper_units(later.group("units")) if later is not None else ()
            if named:
                # (县交通运输局负责…;县公安局交警大队配合完善…): they help with the sentence, to its 。
                joined.append(attrs.evolve(subject, support=named, partnered=True, until=stop))
                if _runs_on(sh, stop, subject.until, bound, end):
                    joined.append(_Subject(stop, stop, subject.name, stop, (), subject.until, leads=subject.leads))
                else:
                    joined.extend(_stated_sentence(sh, stop, end))
                continue
        joined.append(subject)
    return joined


#: A sentence stating its own units after its work (…,由县教育局组织实施,县财政局配合落实资金。): its statement answers.
_OWN_UNITS_STATED: Final = re.compile(
    r"由[^,;。]{2,60}?(?:牵头|负责|组织实施|具体实施|实施)(?:[,][^,;。]{2,40}?(?:配合|协助)[^,;。]{0,12})?"
)


def _runs_on(sh: str, stop: int, until: int, bound: int, end: int) -> bool:
    """Whether a unit's text runs on past its sentence's 。 at ``stop`` (it claimed to ``until``, -1 for as far as
    the next unit, which starts at ``bound``), and the next sentence (within ``end``) states no units of its own."""
    if not (until < 0 or until > stop) or stop >= bound:
        return False
    return not _stated_sentence(sh, stop, end)


#: How far after a sentence's 。 the next sentence's own statement of units is looked for.
_STATED_REACH: Final = 300


def _stated_sentence(sh: str, stop: int, end: int) -> list[_Subject]:
    """The sentence after ``stop`` as the units it states answer for it (…危房改造完成市下达任务,由县住建局会同县乡村
    振兴局组织实施。), where a unit with helpers ended at ``stop``; none where it states none."""
    reach = min(end, stop + _STATED_REACH)  # (a long line with no 。: looked at so far, the pass stays linear)
    next_stop = sh.find("。", stop, reach)
    sentence_end = next_stop + 1 if next_stop >= 0 else reach
    stated = _OWN_UNITS_STATED.search(sh, stop, sentence_end)
    answer = parse_responsibility(stated.group()) if stated is not None else Responsibility()
    if not answer.lead:
        return []
    leads = answer.lead if len(answer.lead) > 1 else ()
    return [_Subject(stop, stop, "、".join(answer.lead), stop, answer.support, sentence_end, leads=leads)]


#: How far past a region's end a bracket of helpers closing its line is looked for (cut from the region's text).
_BRACKET_REACH: Final = 120
#: A sentence closing a paragraph with its helpers alone (…。各社区抓好落实。, …。各社区要积极配合。).
_PARAGRAPH_HELPERS: Final = re.compile(
    r"(?<=[。;])[ \t\u3000]*(?P<units>[^,;。()\n\d]{2,40}?)(?:要|务必|须|需|应)?(?:积极|全力)?"
    r"(?:配合|协助|抓好落实|负责具体落实|具体落实|负责落实)[ \t\u3000]*。?[ \t\u3000]*(?=\n|$)"
)  # (a bracket of helpers alone, (Y配合), is the node's: see subject_units)


def _helpers_closing_paragraph(text: str, sh: str, end: int, bound: int) -> tuple[str, ...]:
    """Helpers alone in a sentence closing the line of a unit's stretch that ends at ``end`` (由街道社区建设办公室牵头
    负责,…。改造资金…。各社区抓好落实。), no other unit's text between (``bound``): they help with all the unit answers
    for in it. Looked for between the two only: the pass stays linear."""
    line_end = sh.find("\n", end, bound)
    stop = bound if line_end < 0 else line_end
    found = _PARAGRAPH_HELPERS.search(sh, max(0, end - 1), stop)
    if found is None:
        return ()
    return _helper_units(text[found.start("units") : found.end("units")], places=True)


def _helper_units(words: str, *, places: bool = False) -> tuple[str, ...]:
    """The units a helping clause names (县供电公司、县自来水公司), or none unless every name is a unit's (or, with
    ``places``, places named all at once: 各社区)."""
    named = tuple(split_units(words))
    return (
        named if named and all(looks_like_unit(n) or (places and names_collective_or_village(n)) for n in named) else ()
    )


def _sentence_end(sh: str, position: int, end: int) -> int:
    """Where what a leading unit answers for ends: its sentence's 。 (kept inside), or ``end``, and
    the sentences after it that go on without a subject of their own (同时,…; 完成…; 9月底前…)."""
    while True:
        stop = sh.find("。", position, end)
        if stop < 0:
            return end
        if not _GOES_ON.match(sh, stop + 1, end):
            return stop + 1
        position = stop + 1


#: Dates that say by when, not how much (6月底前, 2024年, 10月1日).
_DATES: Final = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|\d{4}年")
#: A sentence that goes on with the subject before it: a word of going on, a verb, or a date first.
_GOES_ON: Final = re.compile(
    r"[ \t\u3000]*(?:同时|并|还|此外|另外|进一步|继续|全力|加快|完成|新建|新增|实施|开展|推进|建设|建成|打造|创建|"
    r"落实|确保|力争|争取|组织|启动|\d{1,2}月|年底前|年内|"
    # 同步加装电梯60部; 全年新增城市绿地…; 两校投用后新增学位…: more of the same work, or of what it built
    r"同步|加装|(?:该|此|上述|[两三四五]所|两校)[^,;。]{0,12}?(?:投用|建成|完成|竣工)后)"
)


def _own_sentence_end(sh: str, position: int, end: int) -> int:
    """Just after the first 。 from ``position`` (the sentence's own end, none going on after it), or ``end``."""
    stop = sh.find("。", position, end)
    return stop + 1 if stop >= 0 else end


def _part_end(sh: str, position: int, end: int) -> int:
    """Where the part of a sentence after ``position`` ends: its ; or 。, or ``end``."""
    stop = _PART_STOP.search(sh, position, end)
    return end if stop is None else stop.start()


def _sentence_start(sh: str, start: int, position: int) -> int:
    """Where the sentence before ``position`` starts: after the last 。 (or ``start``)."""
    stop = sh.rfind("。", start, position)
    return start if stop < 0 else stop + 1


#: A district, county or city by its proper name (和平区, 南开区, 蓟州区, 芦湾区, 宁河县), not an area of one
#: (中心城区, 高新区, 示范区, 北部湾区, 大湾区) nor the whole (全区, 本市).
_DISTRICT: Final = re.compile(r"(?![全本该各每其有这那此])[\u4e00-\u9fff]{2,3}(?:区|县|旗|市|州|盟)")
_AREA: Final = re.compile(
    r"(?:城|新|园|社|小|景|片|街|校|厂|矿|库|山|林|牧|辖|市|老|[\u4e00-\u9fff]{2}湾|功能|示范|开发|保护|核心|试验|实验|集聚|产业|商圈|城乡|"
    r"自贸|保税|度假|旅游|风景|物流|港)[区县]$|(?:城|都|超|夜|菜|集|门|股|楼)市$"  # (中心城市, 夜市: no city's name)
)


def _district_opening(sh: str, start: int, name: str) -> bool:
    """Whether ``name`` is a district named as the subject of its paragraph (据悉,今年,和平区将完成…;
    南开区今年将…), as a city's news of its districts' plans names each: then it answers for it."""
    if not _DISTRICT.fullmatch(name) or _AREA.search(name):
        return False
    line_start = sh.rfind("\n", 0, start) + 1
    return re.fullmatch(r"[^。;\n\d]{0,8}", sh[line_start:start]) is not None


#: A zone by its proper name (云岭高新区, 临港经济开发区, 白河工业园区): its managing committee, where it answers (负责,
#: 牵头).
_ZONE: Final = re.compile(r"[\u4e00-\u9fff]{2,}(?:高新区|经开区|开发区|园区|新区|试验区|合作区)")


def _zone_answering(match: re.Match[str], name: str) -> bool:
    """Whether ``name`` is a zone answering for what follows (其中,云岭高新区负责完成签约项目25个), not a place."""
    return _ZONE.fullmatch(name) is not None and match.group("verb").startswith(("负责", "牵头"))


def _places_each_sharing(sh: str, floor: int, start: int, end: int, name: str) -> list[str]:
    """The places named together that take each a share of a total (其中,柳河镇、桃源镇各完成20公里; 柳河镇和桃源镇各…):
    各 after their names, 其中 before them in their sentence; none otherwise."""
    if not sh.startswith("各", end):
        return []
    names = [n for n in re.split(r"[、和及与]", name) if n]
    if len(names) < 2 or not all(looks_like_unit(n) for n in names):
        return []
    sentence = _sentence_start(sh, max(floor, start - _STATED_REACH), start)
    return names if "其中" in sh[sentence:start] else []


#: A clause's figure just before a unit named after it (其余140个由…, 300万元由…).
_FIGURE_END: Final = re.compile("[" + _FIGURE_ENDS + "]$")


#: Endings of names that name places and things, not offices (城区, 小区, 平台, 企业, 社区, 村; 吉林省,
#: 集安和榆树两市: the place a report is of; a district or city opening its paragraph is read on its own).
_NOT_OFFICES: Final = ("区", "省", "市", "县", "州", "盟", "旗", "平台", "企业", "社区", "村", "单位", "部门", "项目")
#: What a collective (各区县人民政府) does when it answers for a task rather than being addressed (各县区要…):
#: 负责 what follows.
_ANSWERING_COLLECTIVE: Final = re.compile(r"负责(?!人|同志)")


def _answering_collective(sh: str, match: re.Match[str], start: int, name: str) -> bool:
    """Whether a collective (各区县人民政府) opening a sentence answers for it (负责…), rather than being
    addressed (各县区要…) or doing its part after a unit that leads (由X牵头,各区县人民政府负责落实)."""
    verb = match.group("verb")
    return (
        name.startswith("各")
        # (各街道办事处、各镇人民政府:每个社区…: the bodies a paragraph of duties opens with answer for it; 各区卫生健康局
        # 要…: the offices of one trade, given the work of their trade in each place, not the places addressed)
        and (
            _ANSWERING_COLLECTIVE.match(verb) is not None
            or (verb.startswith(":") and name.endswith(_BODIES))
            or _TRADE_OFFICES.fullmatch(name) is not None
        )
        and re.search(r"(?:^|[。;!\n])[ \t\u3000]*$", sh[max(0, start - 4) : start]) is not None
    )


#: A collective of one trade's offices in each place (各区卫生健康局, 各县市区教育局), not the places (各县区) or their
#: governments.
_TRADE_OFFICES: Final = re.compile(
    r"各(?:县|区|市|县区|区县|县市区|乡镇)[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|院|中心)"
)


#: The endings of a collective's bodies by their full names (各镇人民政府, 各街道办事处), not places (各乡镇).
_BODIES: Final = ("人民政府", "政府", "办事处", "管委会")


#: A sentence opening with whom its unit works with (联合区教育局开展…, 会同区财政局…): no subject of its own.
_WORKING_WITH: Final = re.compile(r"(?:联合|会同|协同)")
#: A sentence opening with the office the place helps (配合县教育局完成…, 协助市住建局…).
_HELPING_OTHERS: Final = re.compile(r"(?:配合|协助)")
#: An office named as helping another before the work (镇农业服务中心配合镇村建办完成…).
_HELPER_FIRST: Final = re.compile(r"(?P<helper>[^、配协]{2,20}?)(?:配合|协助)(?P<lead>[^配协]{2,40})")
#: A word between an office's name and its verb (镇经发办同时负责…): no part of the name.
_ALSO: Final = re.compile(r"同时$")
#: Words that may open a clause before its subject.
_LEAD_IN: Final = re.compile(r"(?:今年|明年|全年|年内|同时|并且?|另外|此外|届时|[一二三四五六七八九十]是)")
#: What a thing built does of itself (…研发中心要于9月份建成。): the subject is what is built, no unit.
_BUILT_ITSELF: Final = re.compile(
    r"(?:\d{1,2}月份?(?:底|末)?前?)?(?:建成|投产|竣工|完工|开工|开业|投用|建成投产|建成投用|投入使用|投入运营|投入运行)"
    r"\s*(?=[,;。]|$)"
)
#: Subjects that exhort rather than name a lead: collectives addressed (各乡镇要…, 有关部门要…) and
#: the roles of a breakdown (牵头单位要…, 责任单位要…).
_ADDRESSED: Final = re.compile(
    r"(?:各|全|每|相关|有关|其他|其余|所有|按照|根据|依据|对照)|"
    r"(?:牵头|配合|责任|协办|主责|主办|参与)(?:单位|部门|科室|处室|股室|站所)$"  # 责任科室:…, 主办处室:…: labels
)
