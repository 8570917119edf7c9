"""Targets read from a plan's sentences: the number, how it is compared, what kind of rule.

A *reading* is what one stretch of text says, before it is encoded for planengine: its
kind (the corpus vocabulary: milestone, ceiling, range, relative, growth-rate, ratio,
approximate, count, amount), its comparator as written (``=`` for a bare number), its value
in base units (% as a fraction, 万 and 亿 expanded) and the exact span it comes from.

How a sentence is read:

* it is split into clauses at , ; : (never inside brackets or quotation marks); a clause
  that only sets the scene (围绕…, 聚焦…, 按照…) or reports the past (已, 截至, 了) states no
  target;
* each quantity with a measure word (85家, 13亿元, 10%, 0.2万人, 两个, 1-2项) gives one target;
  a clause with several is cut between them at 、和及与, so ``建设天府绿道800公里、“回家的路”
  1000条`` gives two, and a bare second number inherits the first one's wording (分别超过90家
  和870家);
* the words around the number give the comparator (不少于 以上 达到 → ``>=``; 超 突破 → ``>``;
  以内 控制在 最高 → ``<=``; 左右 → ``approx``; 1-2 → ``between``) and the kind (增长10% is a
  growth rate, 比重12% a ratio, 前10位 a ceiling, 2个百分点 a relative target);
* a clause without a number is a milestone when it states a deliverable (申报, 创建, 争创, 建成,
  开通, 取得实质性进展, a deadline: 9月底前, 6月前, 上半年, 下半年, 第三季度, 年底前, 年内), and a
  relative target when it measures against something else (高于全区平均增速, 倍增, 完成上级下达任务);
  a number under a deadline makes a dated milestone (年底前创建示范村5个);
* a number that qualifies a noun (十亿元级龙头项目, 50万元以上的村) is no target; the count
  before it is (引进一个十亿元级龙头项目);
* a sentence that opens with a year before the plan's (2025年,全县…) reports results;
* 力争, 争取, 争创 make everything after them in the sentence a strive target, until 确保.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

import attrs

from .numbers import FIVE_YEAR_PLAN, WrittenQuantity, cn_integer, find_quantities, five_year_plan
from .responsibility import HELPS_AFTER_UNITS, looks_like_unit, split_units
from .text import EACH_PLACE, clauses, line_starts, masked, sentences, strip_span

__all__ = [
    "Reading",
    "date_opening",
    "is_figure",
    "opens_with_period_reported",
    "quote_measures_together",
    "read_indicator",
    "read_region",
]


@attrs.frozen
class Reading:
    """One target as the text states it; ``start:end`` is its exact span in the plan."""

    start: int
    end: int
    kind: str
    comparator: str | None
    value: Decimal | None = None
    value_high: Decimal | None = None
    unit: str = ""  # the measure word as written, without the scale (家, 元, %, 个百分点)
    scale: str = ""  # 万, 亿 as written
    strive: bool = False
    subject: str = ""  # what is measured, drafted from the text
    deliverable: str = ""  # for milestones
    benchmark: str = ""  # for a target against another indicator (高于…平均增速)
    decrease: bool = False  # 下降, 降低, a ceiling: less is better
    net_increase: bool = False  # 净增
    growth: bool = False  # the figure is a growth rate (增长10%, 下降5%), whatever its kind
    deadline: str = ""  # 3月底前
    deadline_month: int | None = None
    horizon: str = ""  # 到2025年
    notes: tuple[str, ...] = ()


# --- vocabulary ------------------------------------------------------------------------------------

#: 保 before a figure, as a word of its own (增长保8%, “保8%、争9%”), and 争 striven for after it.
_KEPT_TO: Final = r"(?<![确担投参医社劳环低五城农养留难互自俱安承尽])(?<!尽力)保(?=\s*$)"
_STRIVEN_AFTER_KEPT: Final = r"(?<=[%％、])争(?=\d)"
_STRIVE: Final = re.compile(rf"力争|争取|争创|确保|必须|务必|{_STRIVEN_AFTER_KEPT}")
_STRIVE_WORDS: Final = ("力争", "争取", "争创", "争")
#: What 通过 passes when it names a review passed (通过省级安全发展示范县复核, 通过国家验收): a named review at the
#: clause's end, not a verb of doing (通过强化项目前期审查,…; 通过组织专家评审: the means).
_PASSED_REVIEW: Final = (
    r"(?!加强|强化|组织|开展|进行|实施|推进|完善|建立|采取|引入|邀请|专家|第三方|严格|规范|落实|深化|优化)"
    r"[^,;。]{2,24}?(?:复核|验收|复审|评审|审查|认定|考核|评估|认证)\s*$"
)
#: Clauses that set the scene rather than state a target.
_CONTEXT: Final = re.compile(
    # (利用外资, 利用内外资: capital put to use, an indicator, not a means)
    # (按照国家要求完成节能减排降碳任务: the task a higher level sets, done; not a means)
    r"^(?!(?:按照?|根据)(?:国家|省|市|县|区|上级)的?(?:要求|部署)[,，]?完成)"
    r"(?:围绕|聚焦|针对|结合|依托|立足|对标|按照|根据|参照|对照|借助|发挥|面向|瞄准|以(?!上)|通过(?!"
    + _PASSED_REVIEW
    + r")|利用(?![^,;。]{0,2}(?:资金|外资|内资)|外商)|坚持|基于|为了|"
    r"为(?=推进|加快|促进|进一步|深入|全面|贯彻|落实|做好|确保|实现|加强|提升|推动|打造|构建|巩固|助力|切实|有效|完成)|"
    r"在[^,;。]{0,30}?(?:的?基础上|框架下|前提下))"
)
#: Words that name something delivered (a context clause without them delivers nothing).
_DELIVERED_WORDS: Final = re.compile(
    r"\d|建成|完成|开工|竣工|投用|投产|通车|落地|出台|印发|上线|创建|新建|改造|实现|验收|认定"
)
#: The plan's own completion (完成全年目标任务, 实现年度各项目标): what a clause is for, nothing delivered.
_PLAN_OWN_DONE: Final = re.compile(r"(?:完成|实现)(?:全年|年度|今年)?(?:各项)?(?:目标任务|目标|任务)")
#: An event's ordinal (第19届, 第3次): no figure of anything delivered.
_ORDINAL_EVENT: Final = re.compile(r"第\s*\d+\s*(?:届|次|期)")
#: The whole place as a clause's subject, before what it will do (全镇将对照年度目标: a context all the same).
_WHOLE_PLACE_WILL: Final = re.compile(r"^(?:全|我)(?:省|市|州|县|区|镇|乡|街道)(?:将|要)?")
#: A context that goes on to what is done in the same clause (面向重点群体开展职业技能培训5万人次以上,
#: 结合小区改造新增普惠性幼儿园学位360个, 利用边角地、闲置地新建或改建停车场15处).
_CONTEXT_THEN_DOES: Final = re.compile(
    r"^(?:面向|针对|结合|依托|利用|通过|(?:围绕|聚焦)(?!组织|实施|推进|开展|建设|完成|抓好|做好))[^,;。]{2,80}?"
    r"(?:开展|实施|新增|新建|改建|建成|完成|培训|发放|提供|组织|举办|实现|"
    r"提升人口|惠及|受益)[^,;。]{0,20}?\d"  # 通过城市管网延伸提升人口3.45万人: the means, then what it gives
    # (通过节能技改实现节能量2万吨标准煤左右: the means, then what it achieves)
    # 在2025年基础上新增省级美丽河湖3条: more on the year's level, counted (not 在2024年完成…基础上, the ground alone)
    r"|在20\d{2}年(?:底|末)?(?:的)?基础上(?:再)?(?:新增|增加|净增|新建|建成|完成)[^,;。]{0,20}?\d"
)
#: How an assessment scores, and the copies of a pledge (完成下限得基本分, 完成率低于60%的, 一式三份):
#: the rules of the assessment, never its targets.
_SCORING: Final = re.compile(
    r"得(?:该项|本项)?(?:基本|满)分|加计\s*\d*\s*分|[加扣计]\s*\d+(?:\.\d+)?\s*分|不得分|一式[一二三四五六七八九十两\d]+份|的\s*$|"
    # 对引进10亿元以上项目的单位(,给予…奖励): whom a reward or a measure is for, its figure a condition
    r"^\s*对[^,;。]{2,40}?的(?:单位|企业|项目|个人|村|乡镇|社区|街道|镇|部门|人员|对象|学校|指标|科室|股室)\s*$|"
    r"出现\d+次|一票否(?:决|优)|"  # “发展”出现67次: how often a report says a word; 实行“一票否优”: a penalty
    # 按未完成比例扣分, 每项扣分不超过该项分值的50%, 加分累计不超过3分, 完成目标得6分: how the plan is scored
    r"扣分|加分|该项分值|按[^,;。]{0,10}得分|(?:累计|最高|最多)(?:不超过|加|扣)?\s*\d+(?:\.\d+)?\s*分(?!钟|之|类|级|期|批)|分值的|分值\s*\d+(?:\.\d+)?\s*分|完成[^,;。]{0,8}得\s*\d+(?:\.\d+)?\s*分|得\s*\d+(?:\.\d+)?\s*分$|计分$|考核对象|等次比例|"
    r"分为[^。]{0,60}?[一二三四五六七八九十\d]+\s*个?(?:等次|档次|等级|档)|"  # 考核结果分为优秀…四个等次
    # 日常督查占30%, 优秀等次不超过参评单位的30%, 超额完成目标值20%以上的指标(,每项加0.5分): the weights,
    # quotas and conditions of an assessment
    r"(?:督查|检查|考核|考评|评估|自评|测评)[^,;。]{0,4}占\s*\d|(?:优秀|良好|先进)(?:等次|等级|单位)?(?:比例|名额)?不(?:超过|高于)|"
    r"超额完成[^,;。]{0,12}的(?:指标|任务|单位|项目)$|"
    # 以完成目标值为满分, 年终考核以…发布的年报数据为准: how an assessment scores and what it counts by
    r"为满分|满分为|(?:考核|考评|评价)[^,;。]{0,4}以[^,;。]{0,40}?(?:数据|结果|统计)为准|"
    # 奖励乙方工作经费5万元, 给予5万元奖励: the reward of an assessment, no target (有奖举报奖励资金按每件
    # 不超过5万元 is one: a cap on what is paid)
    r"奖励(?:乙方|责任单位|该单位|先进单位)|给予[^,;。]{0,12}?奖励|"
    # 对当年首次纳入规模以上统计的工业企业,一次性奖励10万元: what each is paid once, no target
    r"^\s*(?:给予|予以)?一次性(?:奖励|补助|补贴|奖补)(?:资金)?\s*\d|"
    # 2025年至2027年各栏为当年应完成的目标值: a note on a table's columns
    r"(?<![护围拦栅专])(?:各|两|该|此|本)?栏(?:为|是|系|均为|所列为)(?:当年|年度|各年|预期|考核|基期|目标)|"
    r"表中[^,;。]{0,20}?(?:数据|数值|数字)(?:均)?为|"  # 表中“2023年完成”数据为统计快报数: where its figures come from
    # 每个城市书房面积不少于80平方米的建设标准不变, 送戏下乡每场补助标准3000元: a standard kept or paid, no target
    r"的(?:建设|补助|补贴|发放|执行)?标准不变\s*$|"
    # 低保标准继续按每人每月780元执行: a standard per head kept as it is (not …继续按照95.6万亩落实, an area kept)
    r"继续按(?:照)?[^,;。]{0,6}?每[^,;。]{0,10}?\d[^,;。]{0,8}?(?:标准)?(?:执行|发放|落实|拨付)\s*$|"
    # 农村低保标准按每人每月620元执行: a standard applied as it stands (a raise says 提高到)
    r"标准按(?:照)?每[^,;。\d]{0,8}?\d[^,;。]{0,8}?(?:标准)?执行\s*$|"
    # …拨付奖补资金,其中农村户厕改造按每户1200元、高标准农田建设按每亩1500元标准执行: money paid per unit of work, a
    # rate (each of a list of them, the list closed by its 标准执行)
    r"按(?:照)?(?:每(?:户|亩|人|个|座|公里|米|平方米|吨)|[户亩人]均)\s*\d+(?:\.\d+)?\s*万?元(?=(?:[、,][^,;。]{0,20}?按每[^,;。]{0,12}?)?"
    r"(?:的)?标准(?:执行|给予|补助|奖补|拨付|安排[^,;。\d]{0,8}?(?:资金|经费))\s*$|、)|"
    r"^\s*[^,;。()\d]{0,12}?每(?:场|个|户|人|家|次|所)(?:补助|补贴|奖补)标准(?:为)?\s*\d|"
    # 对每个服务站给予20万元一次性建设补助: what each is paid; 限期10个工作日内说明原因: a penalty's term
    r"^\s*对每(?:个|家|户|所|村|人|座|处)[^,;。]{0,16}?给予[^,;。]{0,4}?\d+(?:\.\d+)?\s*(?:万|亿)?元|"
    # (…的社区养老服务站,每站给予5万元运营补贴: each place's pay after whom it is for; not 每人每月给予…, kept)
    r"^\s*每(?:个|家|所|村|座|处|站|点|校|园)(?:站点|服务站|村|社区|学校)?(?:每年)?(?:一次性)?给予[^,;。]{0,6}?\d+(?:\.\d+)?\s*(?:万|亿)?元|"
    r"^[^,;。\d]*限期\s*\d+\s*个?(?:工作日|日|天)内|"  # (not …120处安全隐患限期30日内整改到位: the hazards counted)
    # 给予最高200万元购房补贴 after whom it is for: the cap of what each is paid (每人每月给予1000元岗位补贴 is a
    # project's own, and kept; 为500户困难家庭给予最高2000元住房补贴 counts the families)
    r"^\s*给予(?:一次性)?(?:最高|不超过)\s*\d+(?:\.\d+)?\s*(?:万|亿)?元[^,;。\d]{0,8}?(?:补贴|补助|奖补|资助)|"
    # 得分90分以上且排名前3位的办(所)评为优秀, 按每人2000元标准发放年度目标考核奖: who is rated and rewarded
    r"(?:得分|排名)[^。]{0,30}评为(?:优秀|先进|良好)|发放[^,;。]{0,12}?考核奖|考核得分|"
    r"考核奖励?(?:资金|经费)?按照?每|"  # (考核奖励资金按每项指标5万元标准核定: what the plan's assessment pays)
    r"按照?每(?:超出|超过|多|提高|增加)[^,;。]{0,20}?奖励|"  # (奖励资金按每超出目标值1个百分点奖励1万元计算)
    # 县财政按每村每年5万元标准安排…经费, 按照每个村每年不低于5万元的标准予以保障, 按每人每月163元标准发放…:
    # a funding standard, no target
    r"^[^,;。\d]{0,10}?按(?:照)?[^,;。\d]{0,8}?每(?:个)?(?:村|户|人|亩|所|站)(?:每年|每月|每季度)?(?:不低于|不少于)?\s*\d+"
    r"(?:\.\d+)?\s*万?元(?:的)?标准(?:安排|拨付|核拨|给予|落实|发放|予以保障|保障)|"
    r"按\s*\d+(?:\.\d+)?\s*%\s*(?:的)?权重|"  # (考核结果按30%权重纳入…绩效评价: the weight of the plan's assessment)
    # 户厕改造省级补助每户1000元, 县级配套每户500元: what each is paid, a standard, no target
    r"^[^,;。\d]{0,12}?(?:补助|补贴|奖补|配套|奖励)(?:资金)?(?:标准)?(?:为)?每(?:户|人|亩|个|座|站|家|所|村|平方米|公里)"
    r"\s*\d+(?:\.\d+)?\s*万?元(?!\s*(?:以上|以下|及以上|及以下)?的)|"  # (not 补助每户1000元以上的农户达到500户)
    # 现公开其中19项: the list counting what it makes public of itself; 对连续两次督查进度滞后的任务: a condition
    r"^\s*现?(?:公开|公布|列出|摘录)(?:其中)?\s*\d+\s*项\s*$|连续[一二两三四五六\d]{1,2}(?:次|轮|个季度|个月)|"
    # 6月、9月分两次开展专项督查: the plan's own oversight counted
    r"(?:分|开展)[一二两三四五六\d]{1,2}(?:次|轮)(?:开展)?(?:专项|全面|集中)?(?:督查|督导|督办)\s*$|"
    # (开展专项督查2次, 开展安全生产专项督查4次, 开展督导检查2次)
    r"(?:开展|组织)[^,;。\d]{0,8}?(?:督查|督导|督办)(?:检查)?\s*[一二两三四五六\d]{1,2}\s*(?:次|轮)\s*$|"
    # 按不超过15%的比例给予补助, 单个企业年度补助最高不超过500万元: a subsidy's share or cap, no target
    # (nor a flat rate paid per head, 按150元/人的标准给予补助: see _FLAT_SUBSIDY)
    r"按[^,;。]{0,12}比例给予[^,;。]{0,4}(?:补助|补贴|奖补)|"
    # (按不超过实际投资额10%给予补助, 按实际投资额的10%给予最高200万元补助: the share paid, said without 比例)
    r"按照?(?:不超过|不高于|最高)?[^,;。\d]{0,12}?\d+(?:\.\d+)?\s*%(?:的比例|的?标准)?给予[^,;。]{0,10}?(?:补助|补贴|奖补|奖励)|"
    # 单户最高不超过5万元 after …给予一次性补助: the cap of what each is paid
    r"^\s*(?:单户|单个|单家|单项|单座|单台|单村|单所|每户|每家|每项)[\u4e00-\u9fff]{0,6}?最高(?:不超过|不高于)?\s*\d|(?:补助|补贴|奖补|奖励)(?:资金|金额|比例)?最高(?:不超过|为)?\s*\d|"
    # 每户补助不超过6000元, 每户补助标准不超过3000元: the cap of what each is paid, a subsidy's standard
    # (单台补贴额不超过3万元: the cap of what each machine is paid)
    r"^\s*(?:每(?:户|人|个|家|名|所|亩)|单(?:户|个|家|项|座|台|村|所)|户均|人均)(?:每月|每年)?(?:最高)?(?:补助|补贴|奖补)"
    r"(?:标准|资金|金额|额)?(?:最高)?不(?:超过|高于)\s*\d|"
    r"(?:据实|按实)列支\s*$|"  # 相关经费按…预算安排的86万元据实列支: how the work is paid for
    # 逾期未报的视为未完成, 确保上半年追上序时进度, 对连续两个季度滞后的任务: how the plan's progress is judged, no target
    # (not 连续3年排名全省前5位, a rank kept)
    r"视[为同]未完成|(?:追上|赶上|达到)序时进度\s*$|连续\s*\S{1,2}个?(?:月|季度|年)[^,;。]{0,6}?(?:滞后|未完成|排名(?:末位|靠后|倒数))|"
    r"(?:允许|上下)?浮动(?:幅度|范围)?(?:不超过|不高于|不大于|在)?\s*\d|"  # “左右”允许上下浮动0.5个百分点: how near a figure counts, no target
    # 低于60分为不合格, 绩效评价得分低于80分的乡镇卫生院, 最高扣减20%, 预拨比例为年度资金的60%: how an assessment
    # grades and pays, no target
    r"分为(?:不合格|合格|优秀|良好|基本合格)|得分(?:低于|高于|不足|在)[^,;。]{0,8}分(?:以下|以上)?的|扣减[^,;。]{0,8}\d|预拨比例"
    # 年度考核结果…占部门绩效考核权重的30%: what the assessment weighs in another, no target
    r"|(?:考核|考评|评价)(?:中的?)?权重(?:的|为)?\s*\d|(?:权重|分值)占[^,;。]{0,12}?\d"  # (分值占部门考核总分的5%)
    r"|类权重(?:为|是)?\s*\d"  # (其中经济发展类权重35%: what a class of indicators weighs)
    # (…三项指标权重分别为40%、35%、25%, …指标权重并入其余两项: what each indicator weighs in the assessment)
    r"|权重(?:分别)?(?:为|是|占)?\s*\d|权重[:：]|权重并入"
    # 连续两次亮红灯的科室予以通报, 连续两个季度排名末位的乡镇进行约谈: who is named for falling behind, no target
    # (not 年内连续组织4次以上的集中约谈, a count of what is done)
    r"|连续[^,;。]{0,12}?(?:排名|排在|亮红灯|红灯|黄灯|末位|滞后|落后|未完成|不达标)[^,;。]{0,8}?的[^,;。]{0,12}?"
    r"(?:予以|进行)?(?:通报|约谈|问责|督办)"
    # 对连续两个月进度排名后3位的科室(单位),…进行约谈: those ranked from the bottom, whom a measure is for
    r"|(?:排名|排在|位列)(?:后|倒数(?:第|前)?)\s*(?:\d+|[一二三四五六七八九十两])\s*(?:位|名)[^,;。]{0,4}?的"
    # 对年度考核排名前3位的乡镇…予以通报表扬: those ranked first, whom a reward is for (not 力争排名前3位, a rank to reach)
    r"|(?:排名|排在|位列)前\s*\d+\s*(?:位|名)的[^,;。]{0,30}?(?:通报表扬|表扬|表彰|奖励)"
    # 乡镇个性指标…分值不超过20分: the most an indicator can score
    r"|分值(?:不超过|不高于|最高|最多)\s*\d"
)
#: A standard applied (按不低于3000元标准执行): a rate, though it names a floor, as a standard raised does not.
_STANDARD_APPLIED: Final = r"按(?:不低于|不超过|不少于)\s*\d+(?:\.\d+)?\s*万?元(?:/[\u4e00-\u9fff])?(?:的)?标准执行"
#: A flat rate a subsidy or reward is paid at (按每亩150元标准给予补贴, 按照1500元/人的标准发放求职创业补贴, 每户补助
#: 1500元, 对新建社区老年食堂每个给予一次性建设补助10万元, 补助标准为每生每天5元): how much each is paid, a policy's
#: parameter, not a level to reach, which the keys of the later briefs never key (older keys split). A standard
#: raised (农村低保标准提高到每人每年6960元, 由每人每年670元提高到700元) stays a target (_RAISED_STANDARD).
_FLAT_SUBSIDY: Final = re.compile(
    r"(?:按照?|以)[^,;。]{0,20}?标准(?:给予|发放|进行|安排|兑现|予以)?[^,;。]{0,12}?(?:补助|补贴|奖补|奖励|津贴|减免|资助|助学金"
    r"|工作经费)"  # (按每项2万元标准安排工作经费: what each item done is paid)
    r"|(?:按照?|以)每[^,;。]{1,16}?\d[^,;。]{0,10}?(?:给予|发放|予以)[^,;。]{0,10}?(?:补助|补贴|奖补|奖励|津贴|资助|助学金)"
    # (…发放高龄津贴,按每人每月200元标准发放: the rate alone in its clause, the benefit named before it)
    r"|^\s*按照?每(?:人|户|亩|名|家|个|生|位|村)[^,;。\d]{0,6}?\d+(?:\.\d+)?\s*万?元(?:的)?标准(?:足额|及时)?"
    r"(?:发放|兑现|给予|拨付|下达)(?:到位|到户)?\s*$"
    # (运营补助按每个托位每年1200元执行, 一次性吸纳就业补贴按每人1000元标准发放)
    r"|(?:补助|补贴|奖补)按每[^,;。]{0,12}?\d[^,;。]{0,6}?(?:执行|计算)"
    # (一次性吸纳就业补贴按每人1000元标准发放, 基础养老金按每人每月180元标准发放, 补助按每户不超过1.2万元的标准核定;
    # not 有奖举报奖励资金按每件不超过5万元标准兑现: a cap on a reward, a target)
    r"|(?:补助|补贴|奖补|养老金|津贴|(?<!奖励)资金)按每[^,;。]{0,12}?\d[^,;。]{0,6}?"
    r"标准(?:分档|及时|足额)*(?:发放|兑现|拨付|下达|核定)"
    # 保费由区财政按每人每年80元全额承担: the rate each is paid at, by whom
    r"|(?:按照?|以)每(?:人|户|亩|名|家|个)[^,;。\d]{0,6}?\d[^,;。]{0,8}?(?:全额|足额)?(?:承担|负担|缴纳|支付|列支)"
    r"|每(?:户|人|个|家|名|所|亩|村|张|部|平方米|床|座|辆|套|吨|千瓦|公里|延米|米|台)[^,;。\d]{0,10}?(?:补助|补贴|奖补|奖励|资助)(?:标准)?(?:为)?\s*(?:\d|[一二两三四五六七八九十])"
    r"|(?:按照?|以)每(?:公里|延米|米|平方米|亩|户|人|台|座)[^,;。\d]{0,4}?\d[^,;。]{0,6}?(?:补助|补贴|奖补|配套)\s*$"  # (按每延米1.2万元补助, 县级按每亩300元配套)
    # (…每个给予一次性建设补助10万元, 给予一次性岗位补贴3000元: what each is paid once; not 全年给予就业补贴8000万元,
    # a year's total)
    r"|(?:每|一次性)[^,;。\d]{0,14}?给予[^,;。\d]{0,14}?(?:补助|补贴|奖补|资助)\s*(?:\d|[一二两三四五六七八九十])"
    r"|给予(?:每[^,;。\d]{0,6}?|一次性)[^,;。\d]{0,10}?(?:补助|补贴|奖补|资助)\s*(?:\d|[一二两三四五六七八九十])"
    r"|(?:补助|补贴|奖补|奖励|津贴|救助)标准(?:为|按|维持)"
    r"|收费标准(?:执行|按|为)"  # (收费标准执行区定每生每天10元: what each pays, a policy's parameter)
    # (亩均财政投入按不低于3000元标准执行: the rate each unit of work is funded at)
    r"|" + _STANDARD_APPLIED + r""
    # (给予每人每月200元岗位补贴: the rate before the word; …老年人为每人每月300元: the rate each is paid)
    r"|给予每[^,;。\d]{0,6}?\d+(?:\.\d+)?\s*万?元[^,;。\d]{0,8}?(?:补助|补贴|奖补|资助|奖励|津贴)"
    r"|为每(?:人|户|生|名)(?:每(?:月|年|天|餐))?\s*\d+(?:\.\d+)?\s*元\s*$"
)
#: A standard raised or held at a floor (标准提高到…, 由…提高到…, 每亩不低于…): a level to reach.
_RAISED_STANDARD: Final = re.compile(
    r"提高到|提高至|提标至|提升至|提升到|由[^,;。]{0,20}?提高|不低于|上调|(?:提高|增加|提升)[^,;。\d]{0,4}\d[^,;。]{0,3}元"
    r"|\d\s*[万亿]?元(?:/[\u4e00-\u9fff]{1,2})?以上"
)  # (…标准按每人每月提高50元, …标准为20万元以上: a raise, a floor)
#: A bare deadline closing a statement of who does the work (由县农业农村局牵头,县财政局…配合,于11月底前完成):
#: when the work above is due, no deliverable of its own (unlike …新建村卫生室5个,11月底前完成, which the
#: keys take as that item's completion).
_DUTY_DEADLINE: Final = re.compile(
    r"\s*(?:并|均)?(?:于|在)?(?:20\d{2}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)?(?:全部|全面)?(?:完成|办结)\s*"
)
#: Units named as helping, then what they do to help (县住建局、县自然资源局配合完成用地保障和施工监管).
_HELPERS_PART: Final = re.compile(
    rf"[ \t\u3000]*(?P<units>[省市县区镇乡各][\u4e00-\u9fff()（）、和]{{1,59}}?){HELPS_AFTER_UNITS}"
    r"(?=完成|做好|落实|提供|完善|推进|实施|开展|抓好)"
)
#: A label naming what a block of lines is about (项目名称:新建城东小学), right before the clause: a name.
_NAME_LABEL: Final = re.compile(r"(?:项目|工程)名称\s*[:：]\s*$")
#: The end of a clause naming who does the work (…牵头, …配合, …负责), right before such a deadline.
_DUTY_BEFORE: Final = re.compile(r"(?:牵头|配合|负责|协助|参与|协办|承办)\s*[,，]\s*$")
#: The units a plan is addressed to drawing up their own plan for it (各牵头单位要…于3月15日前制定具体工作方案, 承办单位
#: 是…第一责任单位,…制定具体推进方案): how the plan is carried out, no deliverable of it; the keys leave them out
#: (a place's own plan, 各县(市、区)人民政府要…制定本地区落实方案, is one, and stays).
_OWN_WORK_PLAN: Final = re.compile(
    r"(?:制定|制订|细化|报送)[^,;。《》“”\"]{0,4}?(?:具体|详细|细化|专项)?(?:工作|实施|推进|落实|细化|赶工|赶超)?方案\s*$"
)
#: The units a plan is addressed to, opening their sentence as its subject (——各牵头单位要…, 一、承办单位是…).
_PLAN_ADDRESSEES: Final = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|\d{1,2}[.、]|——|-)?[ \t\u3000]*"
    r"由?(?:[县市区]直)?(?:各[\u4e00-\u9fff、]{0,8}?(?:单位|部门|股室|科室)|牵头单位|责任单位|承办单位)"
)  # (…,由牵头单位会同相关单位制定专项推进方案: the clause's own subject, the addressees)
#: Another unit named as subject after the addressees in their sentence (…,县政府6月底前制定…): the work is its.
_OTHER_SUBJECT: Final = re.compile(
    r"[,;][ \t\u3000]*(?:[县市区镇乡](?:人民)?政府|[县市区镇乡][\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室|中心))"
    r"[ \t\u3000]*(?=要|将|负责|牵头|于|在|\d{1,2}月|年底|年内)"
)  # (a unit opening a clause as its subject, 县政府6月底前制定…: not …,报县政府督查室 or …,会同县发改委, where the
#  office is whom the addressees report to or work with)
#: How far back a clause's sentence start is looked for (a line with no 。 stays linear).
_SENTENCE_REACH: Final = 400
#: Who issued a document, before the issuing (盐城市人民政府发布, 彭州市近日发布…清单, 河北省人民政府
#: 办公厅发布《…》, 省长…作政府工作报告时发布, 省政府网站发布…, …政府工作报告全文发布): a report of the plan's issue, not a deliverable of it.
_ISSUED_BY: Final = re.compile(
    # (not 在县政府门户网站公开发布权责清单: what is published there is a deliverable)
    r"^(?![^,;。]{0,30}?(?:在|通过|依托|并)[^,;。]{0,12}?(?:网站|官网|官微|客户端))"
    r"[^,;。]{0,30}?(?:(?:政府|办公厅|政府网|网站|官网|官微|客户端|全文)(?:近日|日前|今天|今日|昨天|昨日|近期|也|已)?(?:正式|公开|向社会)?"
    r"|(?:近日|日前|今天|今日|昨天|昨日|近期)(?:正式|公开|向社会)?|(?:报告|讲话|会议)时)(?:发布|印发|公布)"
)
#: A meeting held, what it took up, and its minutes' title.
_MEETING: Final = re.compile(
    r"主持召开|^研究部署|听取[^,;。]{0,30}汇报|会议纪要$"
    # 12月底组织年度考评, 12月中旬组织年度考核: the plan's own judging of its units, when it is held
    r"|^(?:[^,;。]{0,12}?于[^,;。]{1,16}?)?组织(?:对[^,;。]{1,12}?)?(?:开展|进行)?(?:年度|年终|全年)(?:综合)?"
    r"(?:考评|考核|绩效考核|绩效评价)(?:工作)?$"
    # 考核结果在2月底前通报: when the plan's own judging is made known
    r"|^(?:考核|考评|评估|督查)结果[^,;。]{0,12}?(?:通报|公布|反馈)$"
)
#: A bracket saying only when an item is due ((完成时限:2026年12月底), (时间节点:9月底前)).
_DUE_ALONE: Final = re.compile(r"[(（]\s*(?:完成时限|完成时间|时间节点|时限要求|时限)\s*[:：][^()（）,;。]{1,24}[)）]")
#: The plan's own work assessed (组织人大代表开展满意度测评, 开展年度考评, 进行考核评估): how it is judged, no deliverable.
_PLAN_ASSESSED: Final = re.compile(
    r"^[^,;。并及和]{0,16}?(?:组织|开展|进行)[^,;。并及和]{0,16}?(?:满意度测评|年度考评|考核评估|年终考评|绩效考评)$"
)  # (not 四季度完成剩余改造并组织满意度测评: the work done, then its assessment)
#: A meeting called, which is a deliverable only when dated (3月底前召开全县…推进会议).
_MEETING_CALLED: Final = re.compile(r"召开[^,;。]{0,30}会议$")
#: A meeting set for a day (将于7月中旬召开半年工作推进会, 定于10月18日上午9时…召开…推进会): the plan's own
#: arrangements, no deliverable (unlike 3月底前召开全县…推进会议, a meeting due by a date).
_MEETING_SET: Final = re.compile(r"(?:将|拟|定)于[^,;。前]{1,30}?(?:召开|举行)[^,;。]{0,30}?会(?:议)?$")
#: A clause that says what the rest is for or in line with (为确保…按期完成, 按照…部署): no deliverable.
_PURPOSE: Final = re.compile(
    r"^(?:为(?:了|确保|保证|保障|解决|推进|加快|进一步|全面|深入|贯彻|落实|做好)|围绕|聚焦|按照|根据|对照|参照|依据"
    r"|在[^,;。]{2,30}?方面\s*$)"  # 在乡乡通二级或三级公路建设工程方面,…: the part of the work the next clause is in
)
#: Growth in double figures (实现两位数增长, 保持两位数以上增长): 10% or more.
_DOUBLE_DIGITS: Final = re.compile(r"(?:实现|保持|达到)?两位数(?:以上)?的?(?:增长|增速|增幅)")
#: A measure of an amount followed straight by a percentage (规模工业增加值力争9%以上, 地区生产总值8%左右,
#: a headline's shorthand): the percentage is its growth; a share names itself (占比, 比重, 率).
_IMPLIED_GROWTH: Final = re.compile(
    r"(?<![占比重率])(增加值|生产总值|总产值|产值|营业收入|预算收入|可支配收入|纯收入|固定资产投资|零售总额|进出口总额|"
    r"出口总额|税收收入)(?:力争|争取|确保|预计|达到|达|实现|保持|保)*\s*$"
)
#: A measure named as what a share is of (占地区生产总值, 达到营业收入, 不高于家庭可支配收入).
_MEASURED_AGAINST: Final = re.compile(r"(?:占|达到|相当于|不高于|不超过|低于|高于|不低于|为)[^,;。]{0,10}$")
#: Growth of any size (实现正增长, 力争正增长): more than nothing; not 由负转正 of a report.
_POSITIVE_GROWTH: Final = re.compile(r"(?:实现|保持|力争|争取|确保)(?:[^,;。]{0,4})正增长")
#: Growths said in words: (pattern, comparator, value, review note, only in a clause with no figure).
#: How far work is ahead of or behind the year's pace, measured (超序时进度2.99个百分点, 未达序时进度项目3项): where
#: it stands, unless the plan requires it (_PACE_REQUIRED: 投资完成率要快于序时进度5个百分点以上).
_PACE_REPORTED: Final = re.compile(
    r"(?:超|超过|快于|慢于|落后于?|滞后于?)序时进度\s*\d|未达到?序时进度[^,;。\d]{0,8}?\d"
)
#: Words making a pace a requirement of the plan (要快于序时进度5个百分点, 确保…, …以上): not 主要 or 需要's 要.
_PACE_REQUIRED: Final = re.compile(r"确保|力争|争取|(?<![主需])要(?!求)|须|以上|不低于|不少于|快于")
#: What a report says is done so far, undated (累计完成投资12.88亿元, 完成年度计划投资比例52.99%): in a report
#: on progress, where things stand; a plan's dated step (6月底前累计完成年度投资的40%以上) is its own.
_PROGRESS_REPORTED: Final = re.compile(
    r"累计(?:完成|实现)(?:投资|产值)?\s*\d|完成(?:年度|全年)(?:计划)?(?:投资)?(?:的|比例|比重|进度)+\s*[\d.]+\s*%"
)
#: A period so far, then its figure, opening a clause of a report (三季度增长5.5%, 1-10月份增长0.5%).
_SO_FAR_FIGURE: Final = re.compile(
    r"\s*(?:前三季度|第?[一二三]季度|上半年|1\s*[-—~至]\s*\d{1,2}\s*月份?|前\d{1,2}个?月)(?:累计)?(?:同比)?"
    r"(?:增长|下降|完成|实现|达到)?\s*\d"
)
#: A growth in words, then after 、 the figure striven for (外贸进出口确保正增长、力争增长3%).
_WORDED_THEN_FIGURE: Final = re.compile(r"(?P<worded>[^、,;。\d]{2,30}?(?:实现|保持|确保)?正增长)、(?=力争|争取)")
_WORDED_GROWTH: Final = (
    (_DOUBLE_DIGITS, ">=", Decimal("0.1"), "两位数增长 is read as growth of 10% or more", False),
    (_POSITIVE_GROWTH, ">", Decimal(0), "正增长 is read as growth of more than 0%", True),
)
#: What the year is to be (…是决胜全面建成小康社会的关键一年, 是“十四五”开局之年): no target.
_WHAT_THE_YEAR_IS: Final = re.compile(r"是[^,;。]*?(?:之年|的?一年|关键期|攻坚期|决胜期)$")
#: Clauses that report what has happened, not what is to be done; 已 naming what exists (已建设施,
#: 已建农村污水处理设施正常运行率, 已销号问题反弹率控制在5%以内: a rate of it held) is no report;
#: 已建成的5G基站达到3000个 and 已建5个 are.
_PAST: Final = re.compile(
    r"已经|初步核算|已有\s*\d+[^,;。]{0,20}(?:完成|开工|建成|竣工|完工)|已(?!有|于|建设施|建(?![成设了好起立完]|\s*\d)|(?!实现|将|使|把|推动|推进|让|促进|带动|完成)[\u4e00-\u9fff]{1,10}?(?:率|比例|比重)(?:控制|保持|稳定|达到|不低于|不高于|低于|高于))|截至|截止|(?<![为除])(?<!确立)(?<!锁定)(?<!定下)了(?![解如])|(?<=确立|锁定|定下)了(?![^,;。]*目标)|(?<![项题科条栏])目前|(?<![实表体发])(?<!改造)(?<!提升)(?<!利用)(?<!盘活)(?<!整合)(?<!优化)(?<!改善)(?<!在)现(?:有|设)(?=[^,;。]{0,10}\d)(?![^,;。]{0,16}?的?基础上)|现状保留(?=[^,;。]{0,10}\d)|(?<![比较于同由从])去年(?!同期)|(?:^|(?<=[,;。\s]))去年同期(?![^,;。]{0,10}?(?:相比|比较|对比|持平|水平))|(?:^|(?<=[,;。\s]))(?:全[县市区镇乡省州]|我[县市区镇乡省州])(?:共|总共|现)?有(?![效关利序力所益机线害色条意需劳能])(?=[^,;。]{0,12}\d)(?![^,;。]*(?:达到|完成|实现|建成|新增|增长|就业|提高|突破))|上年度?(?:完成|实现|达到)|历史(?!遗留|文化|街区|建筑|名城|文物|风貌|堆存|积存)|预计(?!(?:完成)?投资|投入(?:总)?资金)|(?<!年)(?<!年度)预计(?!投入(?:总)?资金)|同比持平|与上年持平|进展(?:顺利|良好)(?=\s*$|[,;。])|"
    r"(?<!真)正(?:在|按|加快|加紧|有序|稳步)|"
    r"过去[一二三四五两\d]年|近[一二三四五两\d]年(?!内)|(?<![未今明后])[一二三四五两\d]年来|近年来|多年来|"  # 大足过去三年改造…239个, 三年来全区共计改造…: years behind
    r"(?:提高|提升|上升|增长|增加|下降|降低|减少)(?:至|到)现在|较年初(?:回升|回落)|"  # 从2021年的30.6%提高至现在的53.0%
    # 18项按计划推进, 6项进展较为缓慢: how the plan's items stand, counted
    r"\d+\s*项(?:指标|任务|项目)?(?:按(?:计划|序时|时序)|序时|正常|有序)推进|\d+\s*项(?:指标|任务|项目)?完成进度|\d+\s*项(?:进展|进度)?(?:较为|较|相对|严重)?(?:缓慢|滞后)|"
    r"(?:达到|超过|未达)序时进度的?有?\s*\d+\s*项|\d+\s*项(?:达到或超过|达到|超过|未达到?)序时进度|"  # …的有25项
    # 12个项目超额完成节点目标, 前期已有10个项目完成全年任务, 3个项目报市政府同意后调整目标任务
    r"\d+\s*个项目(?:已)?(?:超额|按计划|按期|提前)?(?:完成|调整)[^,;。]{0,10}?(?:节点目标|全年任务|年度任务|目标任务)"
)
#: 预计 forecasting the plan's year (预计全省地区生产总值增长5.5%左右), not estimating the year in
#: progress (预计全年实现…, 预计年底可投产), which reports.
_FORECAST: Final = re.compile(
    r"预计(?!全年|今年|当年|年底|年末|年内|可|能|将|实现|完成|达到|总投资|投资|投入|[\u4e00-\u9fff]{0,4}20\d{2}年)"
)
#: The notice's own formula (现将…62项重点工作予以分解, 现将有关情况通报如下): what follows is the plan.
_NOTICE_FORMULA: Final = re.compile(
    r"\s*现将[^,;。]*(?:予以分解|分解如下|分解落实如下|印发给你们|通报如下|下达给你们|下达如下|报告如下)"
    r"\s*(?:[(（][^()（）\d]*[)）])?\s*$"  # (…通报如下(责任单位中带*的为牵头单位): a note on what follows)
)
#: What a sentence that opens with its purpose goes on to do (为了…,圆满完成…任务,现将《…》印发给你们;
#: 为…,结合实际,制定本方案): the clauses before it say what the document is for, and are no targets.
_DOCUMENT_ISSUED: Final = re.compile(
    # 《…》 are commas in the shadow, or end the sentence there
    r"现将(?:[^;。]{0,60}?(?:予以分解|分解如下|分解落实如下|印发|通报如下|下达|报告如下)|\s*$)"
    r"|(?:特|现)制定[^;。]{0,40}?(?:方案|计划|办法|意见|细则|要点|清单)|制定(?:本|如下)(?:方案|计划|办法|意见|细则|要点)"
)
#: How far behind the work is, or who is behind (增幅低于序时目标0.9个百分点, 完成进度均不足65%, 对年底前仍未
#: 完成年度目标的责任单位): a progress report's account or its sanction, no target.
_BEHIND: Final = re.compile(
    r"^(?!对)[^,;。]*?(?<![不未])(?:低于|慢于|落后于?|滞后于?)(?:序时|(?:年度|全年)?目标\s*\d)|完成进度[^,;。]{0,4}?(?:不足|仅为?|只有|未达到?)|"
    # 固定资产投资完成年度目标的47%: how far the year's target is done (…的50%以上, 9月底前完成年度任务的75%, 上半年
    # 完成全年任务的45%: a schedule's targets)
    # (…完成年度计划的103%, …的31.2%: a share only a report states, wherever the clause starts)
    r"^(?![^,;。]*(?:前|底|末|上半年|下半年|季度|\d\s*月|\d\s*日|力争|确保|争取))(?:[^,;。]*?[\u4e00-\u9fff])?完成"
    r"(?:全年|年度)?(?:目标|任务|计划)(?:任务)?的\s*(?:\d+\.\d+|[1-9]\d{2,})\s*%|"
    r"^(?![^,;。]*(?:前|底|末|上半年|下半年|季度|\d\s*月|\d\s*日|力争|确保|争取))[^,;。]*?[\u4e00-\u9fff]完成"
    r"(?:全年|年度)?(?:目标|任务|计划)(?:任务)?的\s*\d+(?:\.\d+)?\s*%(?!\s*(?:以上|左右))|"
    r"^对[^,;。]{0,40}?(?:未完成|未达到|未达|滞后|不力)[^,;。]{0,30}?的(?:责任)?(?:单位|部门|乡镇|地区)?$"
)
#: A problem as it stands, which a rectification puts right (城市生活污水集中收集率仅为58.2%, 禁养区内仍有9家养殖场未退出,
#: 尚有3处…未整改): a shortfall said of now, no target.
_PROBLEM_STANDING: Final = re.compile(r"(?:仅为|仅有|仅占|仅达)\s*\d|(?:仍有|尚有|还有)\s*\d[^,;。]*?(?:未|没有)(?!来)")
#: A line's label of the problem described after it (问题概述:, 存在问题:, 问题表现:), on its line before the clause.
_PROBLEM_LABEL: Final = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:问题(?:概述|描述|表现|清单)|存在(?:的)?问题)[ \t\u3000]*:[^\n:。]*$"
)
_PROBLEM_REACH: Final = 200
#: What a task serves as (此项工作将作为年度实绩考核的重要考核指标): how it is judged, no deliverable.
_SERVES_AS_MEASURE: Final = re.compile(
    r"作为[^,;。]{0,60}?(?:考核|考评|评价|评比|督查)[^,;。]{0,10}?(?:指标|内容|依据|事项)"
)
#: A date striven for (16个已获资金支持的项目力争年底前竣工投用): what the clause says is ahead, whatever
#: 已 says of what it names.
_STRIVEN_BY: Final = re.compile(r"(?:力争|争取)\s*(?:20\d{2}\s*年(?=底|末|内|\d))?(?:年?底|年?末|年内|\d{1,2}月)")
#: A target set, though in the past tense (制定了一季度经济增长6%的目标).
_SETS_A_TARGET: Final = re.compile(r"(?:制定|确定|设定|提出|明确)了[^,;。]*?的?目标(?:任务)?$")
#: A clause reporting a figure done (已完成552个), which a share done right after goes with.
_DONE_FIGURE: Final = re.compile(r"已(?:经)?(?:完成|开工|建成|竣工|完工|实现|签约|到位|办结|整改)[^,;。]*?\d")
#: A share of what is done, right after a clause reporting it (已完成552个,完成率达67.6%).
_SHARE_DONE: Final = re.compile(
    r"\s*(?:(?:年度)?(?:投资)?完成率|完成比例|开工率|完工率|办结率|占比|(?:分别)?完成(?:了)?(?:年度|全年)?(?:任务|计划|目标)(?:任务)?的"
    r"|投资进度|同比)"  # (…完成投资23.3亿元,投资进度77.3%; …,同比增长8.7%: the growth of what is reported)
)
#: A clause of what the months of the year so far came to (1—7月完成投资887.1亿元, 1-8月,累计实现…): a period
#: ending at no quarter's end, which a plan's steps fall due at.
_MONTHS_SO_FAR_SPAN: Final = r"1\s*[-—–~至到]\s*(?:[124578]|1[01])\s*月份?"
_MONTHS_SO_FAR_DONE: Final = re.compile(
    rf"(?<![\d\-—–~]){_MONTHS_SO_FAR_SPAN}\s*[,，]?\s*(?:已|共)?(?:完成|实现|累计)"
)  # (anywhere in the clause: 重点项目1—7月完成投资887.1亿元 同比增长8.7%, a headline's)
#: A label of where things stand, right before a clause's figure (基期值:, 基数:, 现状值:, 2025年完成:).
_BASELINE_LABEL: Final = re.compile(
    r"(?:基期值|基期|基数|基准值|现状值|上年(?:完成|实际)值?|20\d{2}年(?:完成|实际)值?)\s*[:：]\s*$"
)
#: A clause that is only the months so far (…,1—7月,完成投资…): the clause after it says what they came to.
_MONTHS_SO_FAR: Final = re.compile(rf"\s*(?:今年|20\d{{2}}年)?{_MONTHS_SO_FAR_SPAN}\s*")
#: A sentence opening with the months so far (1—5月,…; 今年1-8月,…), which reports them where it says 同比.
_MONTHS_SO_FAR_OPENING: Final = re.compile(
    rf"\s*(?:今年|20\d{{2}}年)?(?:{_MONTHS_SO_FAR_SPAN}|(?P<quarters>上半年|前三季度|第?一季度|1\s*[-—–~至到]\s*[369]\s*月份?))"
    r"(?:以来)?\s*[,，]"
)  # (a quarter's end opens a schedule's step as often: 一季度,开复工率达到70%以上;二季度,…; it reports with 同比 only)
#: A sentence opening with a time of its own (三季度,… 9月底前,… 2026年,… 下一阶段,…): no more of a paragraph's
#: report of the months so far (a sentence that reports another period says so with 同比 again).
_TIME_OPENING: Final = re.compile(
    r"\s*(?:20\d{2}\s*年|前三季度|第?[一二三四1-4]季度|上半年|\d{1,2}\s*(?:[-—–~至到]\s*\d{1,2}\s*)?月|"
    r"[一二三四五六七八九十]{1,3}月|下一阶段|下阶段)"
)
#: A clause turning from where things stand to what is ahead (…,年底前建成学校1所; …,年内新增入驻企业20家).
_TURN_AFTER_NOW: Final = re.compile(
    r"[,;]\s*(?P<turn>年内|年底前?|\d{1,2}月底?前|下半年|下一步|下一阶段|(?:全年)?力争|计划(?!总?投资|的)|将(?!近|来))"
)
#: A part after a ; that opens looking ahead (…;计划年内再改造10个村, …;下一步,将新建…): no more of the report.
_PART_OPENS_AHEAD: Final = re.compile(
    # (…在去年完成19个的基础上继续扩面;二是新建…: the next point counted opens a task of its own)
    r"\s*(?:[二三四五六七八九十]是|下一步|下步|下一阶段|下阶段|今年(?!以来|\s*1\s*[-—–~至到])|明年|将(?!近|来|军)|力争|争取|拟|下半年|"
    r"计划(?:于)?(?:今年|明年|年内|下半年|20\d{2}年))"
)  # (not 计划 alone: 2019年,…;计划基本建成2.26万套,实际建成3.82万套: the year's plan beside what was done; not
#   将近3000户群众受益, 今年以来)
#: A point counted (一是…, 二是…, 其一…): after a year gone, points worded as targets (一是…稳定在3.2万人以上;二是…不低于
#: 60%) in a paragraph that gives them out to units (其中第一、二项由X负责) are the tasks it sets, not that year's results.
_POINT_COUNTED: Final = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][,，、])")
#: Points given out to units (由县乡村振兴局负责, 县医疗保障局牵头).
_POINTS_GIVEN_OUT: Final = re.compile(r"由[^。;\n]{2,40}?(?:负责|牵头)|第[一二三四五六七八九十\d、,]+项由")
#: A target's own wording (力争, 不低于, a figure with 以上/以内/左右): what a report of the months so far never says.
_TARGET_WORDING: Final = re.compile(
    r"力争|争取|确保|不低于|不少于|不超过|不高于|\d[\d.]*\s*[%‰]?[\u4e00-\u9fff]{0,4}?(?:以上|以内|左右)"
)
#: A later part of the year (下半年, 四季度, 全年, 5—12月) or what is to be done next (下一步, 今后).
_LATER: Final = re.compile(
    r"下半年|第?四季度|全年|年底|年内|下一步|下步|下一阶段|下阶段|今后|明年|今年(?!以来|\s*1\s*[-—–~至到])|"
    r"到20\d{2}|\d{1,2}\s*[-—–~至到]\s*12\s*月"
)
#: What ends a report of the months so far: a target's wording, what is ahead (将, 计划, 目标; 要 but in 主要,
#: 重要; not 将近, 计划的45.2%, a share of the plan), or a later part of the year.
_SO_FAR_ENDS: Final = re.compile(
    rf"{_TARGET_WORDING.pattern}|{_LATER.pattern}|将(?!近|来|军)|计划(?!的|总?投资)|目标(?:是|为|[:：])|预计|(?<![主重需必只])要"
)


class _WordedAhead:
    """Whether a sentence, from a point up to a later part of the year (…,下半年力争…), words a target (以上,
    不低于, 力争): the months so far it opens with are then the plan's (1—5月,新签约项目20个,…同比增长10%以上), no
    report. Its later parts and target wordings are found once, so that asking from each of thousands of
    months-so-far clauses stays linear."""

    def __init__(self, sh: str, start: int, end: int) -> None:
        self._sh, self._end = sh, end
        self._later: list[int] | None = None
        self._worded: list[int] = []
        self._start = start

    def __call__(self, position: int) -> bool:
        if self._later is None:
            self._later = [m.start() for m in _LATER.finditer(self._sh, self._start, self._end)]
            self._worded = [m.start() for m in _TARGET_WORDING.finditer(self._sh, self._start, self._end)]
        at = bisect.bisect_left(self._later, position)
        stop = self._later[at] if at < len(self._later) else self._end
        first = bisect.bisect_left(self._worded, position)
        return first < len(self._worded) and self._worded[first] < stop


#: A comparison with the same months a year before: what only a report of the months so far states.
#: The share of the year's target done so far (…,分别完成年度目标的43.9%和41.2%).
_SHARE_OF_YEAR_DONE: Final = r"完成(?:年度|全年)(?:目标|计划|任务)的\s*\d"
#: What says a quarter's figures report it (同比, 完成年度目标的N%), not a schedule's step (一季度,开复工率达到70%以上).
_QUARTER_REPORTED: Final = re.compile(rf"同比|{_SHARE_OF_YEAR_DONE}")
#: How far a sentence of the months so far is looked through for 同比 (its 。 within reach: linear on a long line).
_SO_FAR_REACH: Final = 400
#: A clause opening with what is done (完成投资…, 累计实现…).
_DONE_OPENING: Final = re.compile(r"\s*(?:已|共)?(?:完成|实现|累计)")
#: What marks a sentence of the months so far as a report, not a plan's steps (同比增长, 投资进度, 已完成).
_REPORTING_SIGN: Final = re.compile(
    rf"同比|投资进度|形象进度|完成率|已(?:经)?完成|占年度|序时进度|{_SHARE_OF_YEAR_DONE}"
)  # (1-6月,…812万人次,…91.6亿元,分别完成年度目标的43.9%和41.2%: the months' results)
#: Words that put a clause ahead (将, 力争, 计划, 目标): no report.
_PLANNED_WORDS: Final = re.compile(r"将|力争|争取|确保|计划|目标|预计")
#: A share done right after a clause, with its figure (…完成2个,完成率200%): the clause reported what is done.
_SHARE_DONE_NEXT: Final = re.compile(
    r"[,，]\s*(?:(?:年度)?(?:投资)?完成率|完成比例)(?:(?P<is>为)|达)?\s*(?P<share>\d+(?:\.\d+)?)\s*%(?P<floor>以上)?"
)
#: The items done, counted (其中超额完成任务的已有10项, 完成的有19项).
_ITEMS_DONE_COUNTED: Final = re.compile(r"完成[^,;。\d]{0,8}?的已?有\s*\d+\s*[项个件]")
#: A subset of what a clause before reports (已全部开工,其中改造完成945个): reported too; one
#: that turns to what is planned (已储备项目60个,其中2024年计划开工30个; 其中今年新开工8个) is a target.
#: A clause telling what was done, by a verb and 了 (宁夏打造了…产业集群): the bare figures after it in its
#: sentence say what the doing came to (…,创建国家级现代农业产业园5个). Not a plan stating (提出了, 明确了).
_NARRATED: Final = re.compile(
    r"(?<!提出|明确|确定|制定|部署|印发|出台|通过|发布|公布|下达|安排|纳入|列入|选定|审议|批准)(?<![为除])"
    r"(?<=[\u4e00-\u9fff])了(?![解如])"
)
#: Words that turn a narrated sentence to what is ahead (将, 要, 力争, 到2027年, 今年, 计划).
_AHEAD: Final = re.compile(r"将|要|力争|争取|确保|计划|预计|目标|到20\d{2}|今年|明年|年内|年底|下一步|下步|今后")
_SUBSET_OF_REPORT: Final = re.compile(r"\s*其中(?![^,;。]*(?:计划|力争|争取|今年|本年|当年|年内|新开工|20\d{2}年))")
#: A sentence that opens with a year (2025年,全县… / 2025年全区…), not a date within it (2025年6月底前,
#: 2025年底前, 2025年内) nor a horizon (到2025年). One before the plan's year reports that year, and
#: when it opens a paragraph, so does the rest of it, up to a sentence that opens with this year.
#: Who is quoted (报告指出,… 上游新闻记者注意到,… 省长说,… 根据报告,…) or a connective (同时,…), before a
#: sentence's own opening.
_ATTRIBUTION: Final = (
    r"(?P<who>(?:[^,;。\n]{0,30}?\d{1,2}月\d{1,2}日[,:：]\s*|(?:近日|日前|近期|今天|昨天|昨日)[,，]\s*)?"
    # (…记者从…会议上了解到,2021年,皇姑区将…: what a reporter learnt, its year after)
    r"(?:[^,;。\d]{0,40}?(?:指出|注意到|表示|介绍|显示|透露|提到|强调|通报|称|说|获悉|了解到|得知)|(?:根据|据)[^,;。\d]{0,12}?|"
    r"同时|此外|另外|与此同时)[,:：]\s*)?"  # 根据报告,2024年…; 同时,2023年…: the year is still what opens
)
_PAST_YEAR: Final = re.compile(
    r"\s*"
    + _ATTRIBUTION
    + r"(?:[^,;。\d]{0,3}?(?<!到|至)(?:省|市|县|区|州|旗|盟)|预计[\u4e00-\u9fff]{0,4}?)?(?<![较比与同从由自到至])"
    # 该省2020年对…, 预计河北2022年…: the place it is of, first
    # (or years: 2021-2023年,全市累计…, the last of them)
    + r"(?P<year>20\d{2})(?:\s*年?\s*[-—–~至到]\s*(?P<last>20\d{2}))?\s*年(?:度)?(?:全年)?"
    + r"(?:[底末](?!前|以前|之前))?"  # (2025年底全区…为41.3%: where the year gone ended; not 2025年底前, a deadline)
    + r"(?![底末内初中前\d]|[一二三四五六七八九十]{1,2}(?:季度|个?月)|上半年|下半年|第|起|开始)"  # not 2023年四川省
)
#: After a year gone that opens a sentence, what is to be done in it (2018年,贵阳将开工建设95所学校): a
#: plan's schedule, not a report.
_TO_BE_DONE: Final = re.compile(
    r"[,\s]*(?:[\u4e00-\u9fff]{1,4}?)?(?<![主重需只])"
    r"(?:将(?!近|来|[^,;。]{0,10}?作为)|计划(?!投资|完成|生育)|拟|力争|争取|确保|要(?!素|求|点))"
)
#: What says a sentence reports, whatever it opens with (实际建成12所, 已完成, 完成较好).
_REPORTED: Final = re.compile(r"实际|已(?!于)|了(?![解如])|完成较好|累计完成")
#: A figure, not a year (2023年成绩单 states none).
_FIGURE: Final = re.compile(r"(?<![\d.])\d[\d.]*(?!\s*年|[\d.])")
#: A sentence's opening year, whatever follows it (2019年开工43所; 2018年,贵阳将…).
_YEAR_OPENS: Final = re.compile(r"\s*" + _ATTRIBUTION + r"(?P<year>20\d{2})\s*年(?![底末内初中前\d月])")
#: A sentence that says in its opening clause that it is about last year (报告指出,贵州省去年在…取得…。
#: 去年全县…,…): what it states was done, whatever the verb.
_LAST_YEAR_OPENS: Final = re.compile(
    r"\s*" + _ATTRIBUTION + r"(?:[^,;。\d]{0,8}?(?:省|市|县|区|州|旗|盟|镇|乡|街道|我们|我国|全国|全省|全市))?"
    r"(?:去年|过去(?:的)?一年)(?!的|同期|水平|基础|[^,;。]{0,12}?(?:基础|水平)上)"
)
#: A sentence that breaks down the figure before it (其中,…).
_BREAKDOWN: Final = re.compile(r"\s*其中")
#: A clause after where things stand that turns to what is still to be done (年底前再完成2所, 下半年力争…,
#: 计划二季度…): the sentence is the plan's from there (not 今年新增就业3200人 or 全年完成造林1.2万亩 alone, how
#: far the year has got; nor 计划完成率达52%).
_STILL_TO_DO: Final = re.compile(
    r"\s*(?:(?:年内|年底前?|\d{1,2}月底?前|下半年|第?四季度|全年|今年)(?:力争|确保|争取)?(?:再|还将|还要|将|要)"
    r"|(?:下一步|力争|确保|计划(?!总?投资|的|完成率)|还将|将(?!近|来)))"
    r"(?![^,;。]*(?:已|累计|同比|完成率|占))"
)
#: Where a sentence starts to report what was done by a date (截至6月底…) or where things stand (目前,…),
#: the rest of it reports too.
_AS_OF: Final = re.compile(
    r"截至|截止|(?<![\u4e00-\u9fff])目前(?=[,，])"  # 目前,…: where things stand
    # 披露了…三季度工作进展情况,市属老旧小区改造新开工201个: what a report discloses follows (not 每季度报送
    # 工作推进情况,…, which is upkeep)
    r"|(?:披露|通报了|公布了|介绍了)[^,;。]{0,24}(?:进展|完成|推进)情况(?=[,，:：])"
)
#: Where a sentence turns to what stands now or what recent years gave (当前,…, 近年来,…): its clauses report
#: until one looks ahead (当前,各地要…,确保全年新建学校3所 is the plan's).
_NOW_OPENING: Final = re.compile(r"(?<![\u4e00-\u9fff])(?:当前|近(?:几|些|两|三|五)?年(?:来|以来))(?=[,，])")
#: A sentence's close summing up what was done by a year gone (……截至2024年底,湖南2024年十大重点民生实事24个项目全面
#: 完成): the figures before it in the sentence are that year's results. How far ahead of a clause it is looked for.
_DONE_BY_YEAR: Final = re.compile(r"截[至止](20\d{2})年(?:底|末)?[,，][^。;\n]{0,40}?(?:全面|全部|均已|已经?|顺利)完成")
_DONE_BY_YEAR_REACH: Final = 400
#: Words saying figures are for the year ahead, before such a close (今年, 计划, 力争).
_AHEAD_WORDS: Final = re.compile(r"今年|本年度?|计划|力争|确保")


def _done_by_year_gone(sh: str, start: int, year: int) -> bool:
    """Whether the sentence from ``start`` closes by saying its work was done by the end of a year before ``year``."""
    stop = sh.find("。", start, start + _DONE_BY_YEAR_REACH)
    if stop < 0:
        return False
    done = _DONE_BY_YEAR.search(sh, start, stop)
    # (今年,全县计划…新增城镇就业3000人;截至2024年底,上年度…已全部完成: the sentence's own figures are this year's)
    return done is not None and int(done.group(1)) < year and not _AHEAD_WORDS.search(sh, start, done.start())


#: Last year as the time of what a clause says (江西去年的粮食产量达到…, 上年全区完成…), not as a base
#: (比去年增长, 较上年下降): the rest of its sentence reports on last year too, up to the 。, unless
#: it turns to this year (…,今年…).
_LAST_YEAR_REPORT: Final = re.compile(
    r"(?<![比较与于同])(?:去年|上年度?|上一年|过去(?:的)?一年)(?!同期|水平|基础|的?基础上)(?=[^,;。]{0,16}?(?:达到|实现|完成|增长|突破|为))"
)
#: The year in progress estimated as reached (全年预计实现…, 预计全年实现…): a report of it, as are the parts of its
#: sentence after a ; up to the 。.
_YEAR_IN_PROGRESS_ESTIMATED: Final = re.compile(r"(?:全年预计|预计全年)实现")
#: A sentence closing by saying the year's tasks were done (…,完成营造林749.6万亩,超额完成年度目标任务。): its figures are
#: results (not …,确保超额完成年度目标任务, what is to be done).
_RESULTS_CLOSE: Final = re.compile(
    r"[,，]\s*(?:均|全部|已)?(?:超额|圆满|提前)完成(?:了)?(?:年度|全年|当年|上级下达的?)?(?:目标)?任务\s*(?=[。]|$)"
)
#: A figure the sentence names as the task or plan (开工任务11.95万套, 计划完成…): the plan's, beside the results.
_TASK_FIGURE: Final = re.compile(r"(?:任务|计划|目标)(?:数|为|是|值)?[^,;。\d]{0,8}?\d")
#: A year named in a sentence (2018年,…).
_YEAR_NAMED: Final = re.compile(r"(20\d{2})\s*年")
#: A sentence opening with an estimate of a year named (经初步预计,五莲县2012年全年实现…; 据测算,2023年全市…): that
#: year's results, estimated; a report where the year is gone.
_YEAR_ESTIMATED: Final = re.compile(
    r"[ \t\u3000]*(?:经|据)?(?:初步)?(?:预计|预测|测算|统计|核算)[,，]?[^,，;；。\d]{0,8}?(?P<year>20\d{2})\s*年(?!以来)"
)
#: A sentence opening by looking back over years gone (过去五年,…; 五年来,…; 回顾2019年,…; 首先,…总结道,过去五年,…):
#: its paragraph reports them, up to a sentence that opens with this year.
_LOOKING_BACK: Final = re.compile(
    r"[^。;\n]{0,16}?(?:过去(?:的)?[一二三四五六七八九十两几]年|[一二三四五六七八九十两几]年来|近[一二三四五六七八九十两几]年来|"
    r"本届政府以来|上一届|回顾(?:20\d{2}\s*年(?:度)?|过去[^,;。]{0,6}|去年|上一?年度?)"
    r"|(?:党的)?(?:二十|十[一二三四五六七八九])大以来|“?十[一二三四五]五”?(?:时期|期间)?以来)[,,]"  # (党的十八大以来,…)
    r"|[^,，。;\n]{0,16}?20\d{2}\s*年以来[,，]"  # 2022年以来,…累计…: the years since (not after a comma)
    # 报告在总结江苏过去五年工作时指出,五年来,…: a report summing up the years gone, then their results (not 深入总结
    # 两年来试点经验, 在认真总结过去五年工作经验的基础上: lessons drawn, the plan's work)
    r"|[^。;\n]{0,16}?总结[^,;。\n]{0,12}?(?:过去|[一二三四五六七八九十两几]年)[^,;。\n]{0,8}?(?:工作|成绩|成就)时"
    r"(?:指出|强调|表示|说)[,,]"
)
#: A sentence presenting a year's results, a list after its colon (报告晒出的一组组数据,也展示了2023年江苏
#: 经济发展取得的亮眼新成绩:…): the paragraph reports, as one opening 过去五年 does.
_RESULTS_SHOWN: Final = re.compile(
    r"[^。;\n]{0,30}?(?:展示|晒出|回顾|总结|盘点)了?[^,;。:\n]{0,8}?(?P<year>20\d{2})\s*年[^,;。:\n]{0,24}?"
    r"(?:成绩|成就|成效|成果|答卷)\s*[:：]"
)
#: Words of a sentence that turns from the results shown to what is ahead (会议要求,2026年…; 今年…将…).
_TURNS_AHEAD: Final = re.compile(r"要求|今年|明年|将|力争|确保|目标|计划|部署")
#: A clause of a sentence turning to this year's plan after words of where the news came from (…会议传出消息,
#: 今年湖北省确保完成…): the sentence is the plan's, whatever paragraph of years gone it stands in.
_CLAUSE_AHEAD: Final = re.compile(
    r"[,;][ \t\u3000]*(?:今年|明年)[^,;。]{0,12}?(?:确保|力争|计划(?![内外的])|将|要|目标)"
)
#: A sentence opening with a day, then what was issued or held on it (2024年2月6日,…发布《…》): news.
_DAY_EVENT: Final = re.compile(
    r"\s*20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?![前以之])[,，]?[^,;。]{2,30}?(?:发布|印发|公布)《"
)  # (2025年10月1日,举办…节: the plan's own day, read)
#: A sentence that estimates (预计全省…增长5.7%), after one turning to the year gone.
_ESTIMATE_NEXT: Final = re.compile(r"\s*预计")
#: What 预计 forecasts when it says so (预计今年…, 预计明年…): the year ahead, not the one gone.
_AHEAD_AFTER: Final = re.compile(r"(?:今年|明年|本年|年内)")
#: A ? right after a figure with more text run on after it (覆盖率超过7.5%?!编嚑柶秸f): a character the page's
#: encoding lost, no question (能否增长6%? ends its line).
_LOST_CHARACTER: Final = re.compile(r"[\d%]\?[^\s”\"’'?]")
#: Words that ask (能否, 是否, 如何, 为什么): a sentence holding one is a question however its ? stands.
_ASKING: Final = re.compile(r"能否|是否|如何|怎样|怎么|为什么|为何|多少|哪些|什么")


def _lost_character(text: str, sh: str, s_start: int, s_end: int) -> bool:
    """Whether the ? ending a sentence at ``s_end`` is a character the page's encoding lost: an ASCII ? in the
    page (a full-width ？ asks), right after a figure, more run on after it, no word of asking before it."""
    return (
        text[s_end : s_end + 1] == "?"
        and _LOST_CHARACTER.match(sh, s_end - 1) is not None
        and _ASKING.search(sh, s_start, s_end) is None
    )


#: An ellipsis, which ends a list of what is to come before a question about it.
_ELLIPSIS: Final = re.compile(r"\.{3,}|…+")
#: A line that is a year and a few words (2020年长沙, 2023年回顾): a headline over the lines after it.
_YEAR_HEADLINE: Final = re.compile(
    r"\s*(?P<year>20\d{2})\s*年(?:度)?(?:[\u4e00-\u9fff]{0,8}|[\u4e00-\u9fff]{0,16}(?:目标|任务|安排|计划|打算))\s*[!！]?\s*"
)  # 2020年长沙 / …; 2025年经济社会发展的主要预期目标 / …
#: A sentence opening with a year from which on something holds (2024年起, 自2025年开始).
_FROM_YEAR: Final = re.compile(r"\s*(?:从|自)?(?P<year>20\d{2})\s*年(?:度)?(?:起|开始)")
#: A sentence opening with this year (今年,…; 2018年全省…主要预期目标是) or a horizon (到2026年,…),
#: which ends a look back.
_THIS_YEAR_OPENS: Final = re.compile(
    r"\s*(?:今年|本年度?|新的一年|明年|(?:到|至)\s*20\d{2}\s*年(?:底|末)?[,，])"
    # (县委、县政府提出明年要完成…: who sets the year ahead its work, then the year)
    r"|\s*[^,;。]{0,12}?(?:提出|要求|部署|明确)[,，]?\s*(?:今年|明年|20\d{2}\s*年)[^,;。]{0,6}?(?:要|将|力争|确保|计划)"
)
#: Where a sentence reporting on last year turns to this year's targets.
_THIS_YEAR_TURN: Final = re.compile(r"[,;]\s*(?:今年|本年度?|明年|全年|新的一年)")
#: A sentence opening with the time so far reports what was done (截至6月30日,… 今年以来,…), as does a line labelled as
#: where things stand (现状:…).
_SO_FAR: Final = re.compile(
    r"\s*(?:据统计[,，]\s*)?(?:截至|截止|今年以来|年初以来|开年以来|自年初以来|今年\s*1\s*[-—–~至]\s*\d{1,2}\s*月份?)"
    r"[^,;。]{0,14}?,"  # 今年1—4月,…; 据统计,今年1至5月,…
    # 1-5月福建三明重点项目建设完成投资近170亿元 (a headline): what the months gave, about so much
    r"|\s*(?:20\d{2}年)?1\s*[-—–~至]\s*\d{1,2}月(?=[^,;。\d\n]{2,24}?完成(?:投资)?(?:近|超|约)\s*\d[^,，;；。\n]*$)"
    # 目前,已完成6个村的电网改造;全部完成…;…: where things stand, up to the 。 (据了解,目前…已…, quoted)
    # (据了解,一季度开复工的82个项目中,目前已有…开工: among the whole, where things stand)
    rf"|\s*{_ATTRIBUTION}(?:[^,;。]{{0,30}}?(?<![其集])中\s*,\s*)?目前\s*,?(?=[^,;。\d]{{0,16}}?已)"
    r"|\s*(?:现状|现有基础|工作基础|基本情况|基础情况)\s*:"  # (现状:全县茶园面积6.1万亩,…: where things stand, labelled)
)
#: A sentence opening with what a place has, counted (湘乡市有中小水库180座,大小山塘64000多口,河坝1800多座): its
#: stock, up to the 。; not 全市有…, 力争每个镇有不少于2个…, 白沙镇有望新增…, 桃源乡有条件的村新建…, where what follows
#: is to be reached.
_STOCK_STATED: Final = re.compile(
    r"\s*(?![全本该各每]|力争|确保|争取|完成|建设|推进|实施|新建|开展|加快|推动|打造)"
    r"(?:(?![每个有])[\u4e00-\u9fff]){1,5}(?<!城)(?:省|市|县|区|镇|乡)(?:现|共|目前|现已)?有"
    r"(?![机序效力关偿线望条])(?=[^,;。\d]{1,12}?\d)(?![^,;。]{0,16}?(?:新增|新建|建成|达到|超过|不少于|不低于|以上|力争))"
)
#: In a progress report, a sentence opening with the period reported on: 一季度,… 上半年,… 1-6月,…
_PERIOD_SO_FAR: Final = re.compile(
    r"\s*(?:据统计[,，]\s*)?(?:20\d{2}年|今年)?(?:第?[一二三四1-4]季度|前三季度|上半年|1\s*[-—–~至]\s*\d{1,2}月(?:份)?|\d{1,2}月份?|"
    r"前(?:[一二三四五六七八九十]{1,2}|\d{1,2})个?月(?:份)?)(?:以来)?"  # 前4月, 前五个月
    r"(?:,(?!\s*(?:力争|争取|确保|将|要|计划|拟|预计))"
    r"(?![^,;。\d]{1,6}?(?:力争|(?<![共已])争取|确保|将|(?<![主重需必只])要|计划|拟|预计)(?![^。\n]*实际))"
    r"|(?=已|实际|累计|共|增长|完成|实现|达到|新增|分别|同比))"
    # 上半年,… / 上半年已完成… / 前三季度增长5.8%; but 二季度,(全市)力争完成…: what is ahead (not 主要经济指标…,
    # nor 全市计划新开工60个,实际开工58个: the period's plan beside what was done)
)


#: In a report, a sentence opening with the period it reports on (上半年检查货车6830辆次, 上半年未发生…):
#: what was done, unless the period is a deadline (上半年前) or the sentence looks ahead. A quarter alone
#: is not taken so: in a half-year's report 第三季度组织… is still to come.
_PERIOD_REPORTED: Final = re.compile(
    r"\s*(?:20\d{2}年|今年)?(?:前三季度|上半年|1\s*-\s*\d{1,2}月(?:份)?|前(?:[一二三四五六七八九十]{1,2}|\d{1,2})个?月(?:份)?)"
    r"(?:\d+\s*[件项个])?"  # 上半年10件实事累计完成投资…: the items counted first
    r"(?![前末底内]|要|将|需|须|力争|争取|确保|计划|拟|预计|目标)[\u4e00-\u9fff]"
)


def year_headline(sh: str, start: int, end: int) -> int | None:
    """The year of a line that is a year and a few words (2020年长沙), a headline over the lines after it."""
    headline = _YEAR_HEADLINE.fullmatch(sh, start, end)
    return int(headline.group("year")) if headline else None


#: A sentence opening with a five-year plan's period or its end (“十四五”期间,…; 胡玉亭说,十三五时期,…;
#: “十三五”期末,…).
_PLAN_PERIOD: Final = re.compile(
    r"\s*"
    + _ATTRIBUTION
    + r"[“\"]?"
    + FIVE_YEAR_PLAN.pattern
    + r"[”\"]?(?:(?P<since>以来)[,,]?|(?:期间|时期|期末|末)[,,])"
)


def _past_plan_period(sh: str, start: int, end: int, year: int | None) -> bool:
    """Whether a sentence opens with a five-year plan's period that ended before the plan year
    (“十四五”期间,… in a plan for 2026), or with the time since it began (“十三五”以来西藏建成…, a
    headline with no comma after it): it looks back, as 过去五年 does."""
    period = _PLAN_PERIOD.match(sh, start, end)
    if period is None:
        return False
    if period.group("since"):
        return True
    return year is not None and five_year_plan(period.group("n"))[1] < year


#: A sentence that opens by setting targets (主要预期目标是:…, 力争…, 计划…): the plan's, whatever came before.
_TARGET_CUE: Final = re.compile(r"\s*(?:[^,;。]{0,12}?(?:预期)?目标(?:是|为|:)|力争|争取|确保|计划|预计)")


#: A line of a schedule: it opens with a date alone in its clause (3月底前,…; (3)6月底前,…; 年底前,…).
_SCHEDULE_LINE: Final = re.compile(
    r"[ \t\u3000]*(?:[(（]?\d{1,2}[)）.、][ \t\u3000]*)?(?:20\d{2}年)?"
    r"(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)|年底前)[ \t\u3000]*[,:，：]"
)


def _in_schedule(sh: str, position: int) -> bool:
    """Whether the line holding ``position`` and the line before or after it both open with a date
    alone (a plan's 推进节点 / 时间节点, a date to a line)."""
    start = sh.rfind("\n", 0, position) + 1
    if not _SCHEDULE_LINE.match(sh, start):
        return False
    above = start - 1
    while above > 0 and sh[above - 1] in " \t\u3000\n":
        above -= 1  # back over blank lines to the paragraph before
    before = sh.rfind("\n", 0, above) + 1 if above > 0 else -1
    after = sh.find("\n", position)
    while 0 <= after < len(sh) - 1 and sh[after + 1] in " \t\u3000\n":
        after += 1  # on over blank lines to the paragraph after
    return (0 <= before < start and bool(_SCHEDULE_LINE.match(sh, before))) or (
        after >= 0 and bool(_SCHEDULE_LINE.match(sh, after + 1))
    )


def _opens_paragraph(sh: str, region_start: int, position: int) -> bool:
    """Whether only blanks stand between ``position`` and its line's start (or its region's, unless the
    region is a table's cell: 2024年已完成…86公里。改造…120公里 in one cell reports only its sentence)."""
    i = position - 1
    while i >= region_start and sh[i] in " \t\u3000":
        i -= 1
    if i >= region_start:
        return sh[i] == "\n"
    while i >= 0 and sh[i] in " \u3000":
        i -= 1
    return i < 0 or sh[i] not in "|\t"


def _paragraph_end(sh: str, start: int, end: int) -> int:
    """Where the paragraph (line) that ``start`` is in ends, within ``end``."""
    paragraph_end = sh.find("\n", start, end)
    return end if paragraph_end < 0 else paragraph_end


def _last_year(opening: re.Match[str]) -> int:
    """The (last) year a sentence opens with (2024年: 2024; 2021-2023年: 2023)."""
    return int(opening.group("last") or opening.group("year"))


#: A sentence opening with who is to do what, in the plan's voice (各村要盘活…, 镇农业服务中心要…, 我局将…):
#: the plan speaks again after a sentence on the year gone.
_DIRECTIVE: Final = re.compile(
    r"\s*[^,;。，；\d]{1,16}?(?:(?<![首主重需只紧摘纪提概必纲简扼政机])要(?![求点素闻案件职害务])|(?<![无毋])须|务必"
    # (将 used as 把, 将粮食安全放在首位, 将11个村纳入试点: no will of the plan's)
    r"|将(?![来近军])(?![^,;。，；]{0,12}?(?:作为|放在|摆在|纳入|列为|列入|投入|与|和|同)))"
    r"(?![^,;。，；]*(?:已|了))"
)


def _opens_ahead(sh: str, s_start: int, s_end: int, year: int | None) -> bool:
    """Whether a sentence opens with this year (今年…) or the plan's year or a later one (2018年,…)."""
    if _THIS_YEAR_OPENS.match(sh, s_start, s_end):
        return True
    from_year = _FROM_YEAR.match(sh, s_start, s_end)  # 2024年起,县财政每年安排…: from the plan's year on
    if from_year is not None and year is not None and int(from_year.group("year")) >= year:
        return True
    opening_year = _PAST_YEAR.match(sh, s_start, s_end)
    return opening_year is not None and year is not None and _last_year(opening_year) >= year


def opens_with_period_reported(text: str) -> bool:
    """Whether text opens with the period a report covers and what was done in it (2025年一季度,…;
    上半年已完成…; 今年以来,…): a report's account, never a target."""
    return bool(_PERIOD_SO_FAR.match(text) or _SO_FAR.match(text))


#: In a progress report, a clause of what is done so far after a target: 1-3月完成投资…, 前4月开工516个,
#: 一季度累计完成…,
#: 占年度投资目标的16.22%. It and the rest of its sentence report.
_DONE_SO_FAR: Final = re.compile(
    r"(?:^|(?<=[,;。\n]))\s*(?:(?:(?:第?[一二三四1-4]季度|前三季度|上半年)(?:实际|累计)|1\s*[-~—–至]\s*\d{1,2}月份?(?:累计)?|"
    r"1[3-9]月(?:累计)?)(?:完成|实现|达到)|"
    r"前(?:[一二三四五六七八九十]{1,2}|\d{1,2})个?月份?(?:已|累计|已累计)?(?:完成|实现|达到|开工|建成)|"  # 前4月已完成4133户  # 13月: 1-3月 with its dash lost (no month is 13)
    r"占(?:年度|全年|总)[^,;。]{0,12}?(?:目标|计划|任务)(?:投资|资金|总量)?(?:的)?\s*\d|完成(?:年度|全年)(?:目标)?(?:任务|计划)的\s*\d)"
    r"|完成量[^,;。]{0,6}?(?:年度|全年)(?:目标)?任务的\s*\d"  # 完成量均超过年度任务的50%
    r"|(?:^|(?<=[,;。\n]))\s*累计(?:已)?(?:完成|解决|下达|实现|建成|开工|投入)"  # 累计完成搬迁安置42.3万人
    # 完成330个,完成率101.54%: what is done so far and its share of the target, after a blank too
    r"|(?:^|(?<=[,;\s]))(?:完成|已完成)\s*\d+(?:\.\d+)?\s*[^\d,;。\s]{0,3}\s*[,，]\s*完成率\s*\d"
    r"|(?:^|(?<=[,;\s]))完成率\s*\d"
)
#: The plan's resolve to meet its targets (紧盯年度目标, 集中力量攻坚, 全力冲刺): no deliverable of its own.
_RESOLVE: Final = (
    r"(?:紧盯|紧扣|锚定|对标|围绕)[^,;。]*(?:目标任务|目标)$|集中(?:力量|精力)攻坚$|(?:全力|奋力)冲刺$|"
    r"^[^,;。]{0,6}?(?:加强|强化|加大|加密)(?:统筹)?(?:调度|督导|督查|督办|协调|统筹)(?:力度)?$|"  # 我局将加强调度
    r"(?:逐项|对标)?挂图作战$|倒排工期$|"  # 下半年将逐项挂图作战
    r"(?:赶超|追赶|补救)措施$|逐项分析原因$"  # 对进度滞后的项目逐项分析原因、制定赶超措施
)
_VAGUE: Final = re.compile(
    r"更多|更大|更好|更高|更加|更优|各项|一系列|若干|不断|逐步|持续|有关|相关工作|有效|明显|进一步|"
    r"标志性|显著|积极进展|重大进展|重大突破|长足|决定性|阶段性|新突破|新进展|新成效|(?:按期|如期|按时|按质|保质|保量){1,3}完成|超常规|"
    # 继续深化…机制, 扎实推进…创建, 打造一支…队伍: a direction kept up, a team's qualities, no deliverable
    r"继续(?:深化|推进|加强|完善|强化)|(?:扎实|深入|稳步)推进|(?:打造|建设|培养|锻造)一支|"
    r"^(?:充分)?发挥[^,;。\d]*作用$|^统筹(?:安排|推进|协调)|^谋划|"  # 发挥协调机制作用, 统筹安排规划建设: a manner
    r"^(?:高标准|严格|全面|认真|扎实)?落实[^,;。]*(?:机制|制度)$|"  # 高标准落实“四督四保”…等工作机制: a practice
    r"^动态(?:调整|管理|监测|更新|跟踪)|"  # 动态调整中小学教职工编制: kept up as things change
    r"^(?:开工|竣工|在建|新建|续建|重点)?项目(?:按期|如期|按时)(?:转化|建成|开工|竣工|投产)$|"  # 竣工项目如期建成: all of them
    r"逐项(?:制定|明确|研究)[^,;。]{0,8}?(?:措施|方案|清单)$|"  # 对反馈的问题逐项制定整改措施: how the work is set up
    # 配套幼儿园与首期住宅同步规划、同步建设、同步交付: how it is built, a standing rule
    r"(?:同步(?:规划|设计|建设|施工|交付|验收|投入使用)[、和及与]?){2,}|"
    # (谋划启动…基地: only planned for)
    r"^(?:全面|按时|如期|按期|圆满|全部)?完成$|完成(?:全年|年度)(?:各项)?(?:目标)?任务$|完成各项(?:目标)?任务$|^(?:全年|年度)?(?:各项)?(?:目标)?(?:任务)?(?:顺利|全面|圆满)?完成$|"
    r"方面(?:的)?(?:重点)?(?:工作|任务)(?:顺利|全面|圆满)?完成$|" + _RESOLVE  # the plan's own items, its resolve
)
#: The whole plan done (全面完成各项任务, 完成全年目标任务), dated or not: no deliverable of its own.
_PLAN_DONE: Final = re.compile(
    r"时间过半|完成(?:全年|年度)?各项(?:目标)?任务$|^(?:确保|力争)?(?:全年|年度)?各项(?:目标)?任务[^,;。]{0,10}?(?:全面|圆满|按期|如期)?完成$|^(?:全面|圆满|如期|按时)?完成(?:全年|年度)(?:各项)?(?:目标)?任务$|"
    + _RESOLVE  # 下半年,我局将紧盯年度目标: the resolve to meet them, dated or not
)
#: A clause stating a target as it stood before a revision (原定新建城市书房20个), and the revision after it (调整为15个),
#: looked for within a few characters of the clause's end.
_SUPERSEDED: Final = re.compile(r"\s*(?:原定|原计划|原目标(?:为|是)?|原为)")
#: (…,现调整为15个; …,根据实际情况调整为15个: a new figure; not …,调整为9月底前建成, a date moved, the figure kept)
_REVISED: Final = re.compile(
    r"[,，;；]\s*(?:现|根据[^,，;；。]{0,10}?)?(?:调整|调减|调增|变更|修改|下调|上调)(?:为|至|到)"
    r"(?![^,，;；。]*?月)[^,，;；。\d]{0,12}?\d"
)
_REVISED_REACH: Final = 32
#: When and to whom progress is reported (于每季度结束后5个工作日内将进展情况报县政府督查室): no target.
_REPORTING: Final = re.compile(
    r"(?:进展|进度|完成|落实|推进)情况(?:书面|及时)?(?:报送|上报|报告|报至|报)|(?:报送|上报|报告)[^,;。]{0,12}(?:进展|进度|情况)"
    r"|(?:工作|任务)(?:进展|进度)(?:情况)?(?:书面|及时)?(?:报送|上报|报至|报(?=[省市县区镇乡]))"  # 每季度末5日内将工作进展报送领导小组办公室
    r"|(?:落实|推进|工作|具体)措施(?:书面)?(?:报送|上报|报至|报)"  # 于3月20日前将落实措施报省政府
    r"|(?:提出|提交)(?:书面)?(?:调整)?申请"  # 由责任单位于12月10日前提出书面申请: how a target is changed
    r"|(?:提交|报送|上报)[^,;。]{0,8}?(?:销号申请|申请材料)"  # 整改完成后10个工作日内提交销号申请材料
    # 于12月20日前形成书面总结报区政府: a summary sent up (not 完成全年各项目标任务并形成总结报告, the year's close)
    r"|(?:形成|报送|上报|提交)(?:书面|年度|全年)?(?:工作)?总结(?:报告|材料)?(?:报|上报|报送)(?=[省市县区镇乡])"
    # 由各牵头科室于每季度结束后5日内报局办公室汇总: to whom and when progress is reported
    r"|(?:日内|日前)(?:书面)?报(?:送|至)?[\u4e00-\u9fff]{0,10}?(?:办公室|领导小组|指挥部|督查室)(?:汇总|备案)?"
)
#: What is expected to come (有望超过500亿元, 有望10月底建成通车), not a target set (培育有望上市企业10家 names the firms).
_EXPECTED: Final = re.compile(
    r"有望(?:超过|突破|达到|实现|建成|完成|于|在|\d|[一二三四五六七八九十]|全面|率先|年内|今年)"
)
#: A clause that only sends a report by a date (年底前报送全年完成情况, 6月底前上报半年工作进展情况).
_REPORT_ALONE: Final = re.compile(
    r"\s*(?:(?:20\d{2}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年底|年末|年中)(?:前|以前)?)?\s*"
    r"(?:报送|上报|报告|提交)[^,;。\d]{0,12}(?:进展|进度|完成|落实|推进)情况\s*"
    # (全年完成情况于2026年12月20日前报送: the report named first)
    r"|\s*[^,;。\d]{0,8}(?:进展|进度|完成|落实|推进)情况\s*(?:于|在)?\s*(?:20\d{2}年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年底|年末)"
    r"(?:前|以前)\s*(?:报送|上报|报)[^,;。\d]{0,12}"
)
#: A clause that is only the days after a period's end within which something is due (各牵头单位于每季度结束后10日内,
#: then 将指标进展情况报送…): the rhythm of reports, no figure of the plan.
_PERIOD_END_WINDOW: Final = re.compile(
    r"[^,;。\d]{0,12}?(?:于|在)?每?个?(?:季度|月|月度|半年|年度)(?:结束|终了|末)后?\s*\d+\s*个?(?:工作)?(?:日|天)(?:内|之内)"
)
#: The days within which progress is reported: the only figure such a clause states.
_REPORT_DAYS: Final = re.compile(r"\d+\s*个?(?:工作)?日(?:内|前)|\d+日前|\d+\s*天内")
#: A clause saying where a report's news came from (记者从…会议上了解到, …获悉).
_SOURCE_TOLD: Final = re.compile(
    r"(?:^|[从据])[^,;。]{0,60}?(?:了解到|获悉|得知)$|^[^,;。]{0,14}?(?:表示|指出|透露|介绍说|(?<![解小图传学听据])说)$"
)
#: A page's tags: three or more short words set apart by blanks, nothing else (贵州 公路 农村 组组通).
_TAGS: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[ \u3000\t]+[\u4e00-\u9fff]{1,6}){2,}")
#: A comparator right before its measure, the figure between them lost by the page (不少于个, 不低于亿元).
_FIGURE_LOST: Final = re.compile(
    r"(?:不少于|不低于|不超过|不高于|超过|突破|达到)(?:[个家项座所条]|[万亿]元|亿)(?=\s*(?:以上|左右)?\s*(?:$|[,，;；。、]))"
    # 完成年度投资.2亿元, 完成技能培训人, 建设类重点项目个: a page that blanked its digits (the whole figure, or
    # all but what follows the point)
    r"|(?<![\d.])\.\d+\s*[万亿]?(?:元|个|人|家|项)|(?:完成|培训|新增|建设|接待)[\u4e00-\u9fff]{0,6}(?<=[\u4e00-\u9fff])(?:人|个|项|家)(?:次)?\s*$"
)
#: An instruction to every unit (各牵头单位要细化制定…), not a deliverable of its own unless dated.
_INSTRUCTION: Final = re.compile(
    r"^各[^,;。]{0,10}?(?:单位|部门|乡镇|街道|镇|村|社区|科室|股室|处室)[^,;。]{0,4}?(?:要|应|须|必须)"
)
#: How often the plan's own work is checked on or driven (每季度开展一次专项督查, 每月召开一次调度会, 每半年对…督查):
#: the plan's upkeep, no deliverable or count of its own.
_SUPERVISION_RHYTHM: Final = re.compile(
    r"每(?:个)?(?:季度|月|半年|年|周|旬)[^,;。]{0,24}?(?:督查|督导|督办|通报|调度|调度会|推进会|会商会?)$"
)
#: A cap on what each is paid (单个项目最高不超过50万元, 单笔奖励标准最高30万元, 个人最高额度仍为30万元) or a thing's top
#: speed (最高时速可达120公里), right before the figure: a rule or a size, no level to reach.
_GRANT_CAP: Final = re.compile(
    r"(?:单个|单笔|单张|单项|每个|每家|每户|每人|每村|个人)[^,;。\d]{0,12}?(?:最高|最多)"
    r"(?:不超过|不高于|可达|为|给予|补助|奖励|奖补|资助|额度|限额)?(?:仍为|为|达)?\s*$"
    r"|最高时速(?:可达|为|达)?\s*$"
)
#: How the plan is enforced on units falling behind (对连续两个季度滞后的科室负责人进行约谈, 对工作不力的单位
#: 予以通报批评): the figures in it say who is held to account, no target.
_ENFORCEMENT: Final = re.compile(
    r"^对[^,;。]{2,40}?(?:进行|予以|给予|实行|实施)?(?:约谈|通报(?:批评)?|问责|追责|挂牌督办|诫勉谈话)"
    r"(?:[^,;。\d]{0,16}?(?:主要)?(?:负责人|负责同志|领导))?$"  # (…约谈牵头单位主要负责人: whom)
)
#: The list a plan is, decided and counted (确定2026年市级重点建设项目16个): its items are the targets.
_LIST_DECIDED: Final = re.compile(
    r"确定[^,;。\d]{0,4}(?:20\d{2}年)?[^,;。\d]{0,16}?(?:项目|实事|任务)\s*\d+\s*[个项件]$"
    # 经票决确定以下10个项目, 代表共提出民生实事候选项目14个: the list chosen, or the candidates it was chosen from
    r"|[^,;。\d]{0,8}?确定(?:以下|如下)\s*\d+\s*[个项件][^,;。\d]{0,6}?(?:项目|实事|任务)$"
    r"|[^,;。\d]{0,20}?候选(?:项目|实事)\s*\d+\s*[个项件]$"
)
#: Units falling behind, whom a sanction is for (滞后, 排名后3位, 工作不力, 超过6个月未开工): a sanction without
#: them (对20处重大火灾隐患实行挂牌督办) is work counted, a target.
_FALLING_BEHIND: Final = re.compile(
    r"滞后|排名(?:靠)?后|后\d+位|末位|不力|落后|(?:低于|慢于)序时|进展缓慢|未(?:按期|按时)?(?:完成|开工|达到|达标)|"
    r"(?:低于|不足|未达到?)\s*\d+(?:\.\d+)?\s*%的|"  # 对年度投资完成率低于80%的项目约谈…
    r"超过[^,;。]{0,8}未"
)
#: The plan's own upkeep, dated or not (请各牵头单位于3月15日前制定实施方案, 年底前形成全年落实情况报告):
#: how it is carried out and reported on, not a deliverable of it.
_UPKEEP: Final = re.compile(
    r"^(?:请)?(?:牵头|责任|主责)单位要[^,;。]{0,20}?(?:制定|细化)[^,;。]{0,12}?(?:方案|计划|措施|清单)|"
    r"^(?:请)?各(?:牵头|责任|配合|有关|相关|主责|主办|协同|成员)?(?:单位|部门|处室|科室|股室|站所|区|县|县区|县市区|乡镇|镇|街道|地)(?![\u4e00-\u9fff]{0,2}\d)|落实情况(?:报告|总结)$|(?:进展|完成)情况报告$|"
    rf"{_SUPERVISION_RHYTHM.pattern}|"  # 每半年对…开展一次督查
    # 局党组将于三季度末组织开展专项督查, 7月、12月开展两次专项督查
    r"(?:组织)?(?:开展)?(?:[一二两三四五六七八九十\d]{1,2}(?:次|轮))?(?:专项|全面)?(?:督查|督导|督办)$|"
    rf"{_ENFORCEMENT.pattern}|"  # 对工作不力…的单位进行约谈: how the plan is enforced
    # (均须于11月底前完成: an instruction; …改造老旧小区12个,11月底前完成 dates the work before it)
    r"^(?:均须|均需|均应|须|需|应)于?(?:全面|按时|如期|按期|圆满|全部)?完成$|"
    r"将[^,;。]{0,20}(?:方案|意见|情况|计划|总结)[^,;。]{0,6}报|"  # 于2月底前将年度工作计划报厅办公室
    # 逐项制定推进方案: the units' own working plans, item by item
    r"^逐项(?:细化)?(?:制定|明确)[^,;。]{0,10}?(?:方案|措施|计划|清单)$|"
    # 各分局要…制定本单位年度工作计划: the units' own plans for carrying the plan out
    r"制定本(?:单位|部门|地区|辖区|系统)[^,;。]{0,10}?(?:计划|方案|措施)$|"
    # 首场定于3月中旬举行, 第三届龙舟邀请赛定于6月举办: an event's date announced, no deliverable
    r"定于[^,;。]{0,12}?(?:举行|举办|召开|开幕)$|"
    # 把下半年目标逐月分解到位, 要在3月10日前将任务分解到科室和具体责任人: the plan's targets broken down, no
    # deliverable of it
    r"(?:目标|任务|指标)[^,;。]{0,6}?(?:(?:逐月|逐季|逐项|层层)分解(?:到位|落实|到人|到月)?"
    r"|分解到[^,;。]{0,12}?(?:科室|股室|处室|岗位|责任人))$|"
    # 表中“1-6月完成”栏为上半年实际完成数: how to read a table's column
    r"^(?:表中)?[“\"][^”\"]{1,16}[”\"](?:栏|列)(?:为|是|指)"
)
#: The plan's own paperwork sent up by a date (于3月15日前报县政府督查室备案, 于2月底前报局办公室备案,
#: 2026年1月15日前报送年度自评报告, 年度工作总结于12月20日前报送): procedure, no deliverable (a plan
#: sent up for approval, 6月底前报省政府审定, is one).
_PAPERWORK_SENT: Final = re.compile(
    # (于11月10日前将滞后节点整改措施报区政府督查室: what is sent named before it)
    r"前(?:将[^,;。]{1,20}?)?(?:报|报送|上报)(?=[省市州县区镇乡局厅委])[^,;。]{1,24}?(?:室|办|办公室|小组|委员会|局|委)(?:备案|汇总)?$|"
    r"前(?:报|报送|上报)[省市州县区镇乡]?(?:人民)?政府(?:办公室)?备案$|"  # 于3月15日前报区政府备案: filed
    r"前(?:将[^,;。]{1,20}?)?(?:报|报送|上报)[^,;。\d]{1,20}?备案$|"  # 于3月10日前报党政综合办备案: filed with an office
    r"前(?:以)?书面(?:形式)?(?:报|报送|上报|提交|提请)|"  # 如需调整,须于9月30日前(以)书面(形式)报局党组研究: in writing
    r"前(?:报送|上报)(?:[^,;。]{0,16}?(?:行动|方案|计划|规划))?(?:年度|半年|上半年|全年|季度)?(?:工作)?(?:自评|自查|整改|总结|总结评估)(?:报告|措施)$|(?:总结|报告|(?:完成|进展|推进|落实|工作)情况)(?:请|须|应|要)?于[^,;。]{2,12}?前(?:书面)?(?:报送|上报)$|"
    r"(?:报送|上报)[^,;。]{0,10}?(?:总结|小结)$|"  # 6月底和12月底分别报送半年和全年工作总结: the plan's reports
    r"(?:完成情况|进展情况|工作情况)[^,;。]{0,4}?于[^,;。]{2,12}?前形成(?:书面)?(?:报告|总结)$|"  # 全年完成情况于12月10日前形成书面报告
    r"考核结果[^,;。]{0,16}?公布$|"  # 考核结果于2027年1月底前公布: when the plan's judging is made known
    # 9月下旬组织一次中期评估, 12月20日前组织年终验收: the plan's own reviews, when they are held
    r"^[^,;。]{0,16}?组织(?:开展)?(?:[一两二三四]次)?(?:集中|中期|年终|年度|全面|半年)(?:评估|验收|考核|督查|考评)$|"
    # 要于7月20日前向区政府报送追赶方案: a unit's own plan for carrying the work out, sent up to whom by when (not
    # 6月底前向国家发展改革委报送碳达峰实施方案, a plan sent up for approval)
    r"前向[^,;。]{2,16}?(?:报送|上报|提交|报告)[^,;。]{0,6}?(?:追赶|整改|自查|推进|落实|进展)(?:方案|措施|情况|报告|计划)$"
)
#: A part of the work given to a unit (改厕、生活污水治理和示范村创建由县农业农村局负责): who answers, no
#: deliverable.
_PART_GIVEN: Final = re.compile(
    r"(?<![自经])由[^,;。由]{1,38}?(?:局|委|办|院|所|站|中心|政府|街道|部|队|会|室|处|科|公司|集团)(?:牵头|负责)"
    r"(?:组织)?(?:实施|落实|推进)?$"
)
_SELF: Final = re.compile(
    r"本(?:工作|实施|行动)?(?:方案|计划|意见|通知|办法|细则|要点|指标体系|任务清单|清单|责任书)|如下$|^[(（]?(?:此件|本件)"
    r"|完成本(?:辖区|区域|地区)(?:的)?(?:各项)?(?:任务|目标|指标|目标任务)$"  # (各乡镇负责完成本辖区任务: each its share)
    r"|\d+\s*个方面(?:的)?(?:建设|重点)?(?:工作)?任务"  # (完成12个方面的建设任务: the plan's parts counted)
)
#: What introduces a list counted out in one sentence (这十件实事是:, 主要任务如下:), before its first point.
_LIST_INTRO: Final = re.compile(r"[^,;。:：\n]{0,16}?(?:是|如下|包括|为)\s*[:：]\s*")
_SENTENCE_MARKER: Final = re.compile(
    r"(?:\d{1,2}[.、](?=\d{1,2}月)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳]|[一二三四五六七八九十]+是|"
    r"其[一二三四五六七八九十]+[,、]?|第[一二三四五六七八九十]+[,、]|首先|其次|再次|最后|"
    r"(?:其他|其余|此外)?(?:主要|重点)?(?:目标|任务|工作|项目)?还?包括[:,]?)\s*"  # 其他重点任务还包括…
)

# comparators written before the number: (words, comparator), longest first where they overlap
_PREFIX_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("大于或等于", ">="),
    ("大于等于", ">="),
    ("小于或等于", "<="),
    ("小于等于", "<="),
    ("不少于", ">="),
    ("不低于", ">="),
    ("不小于", ">="),
    ("不下于", ">="),
    ("至少", ">="),
    ("最少", ">="),
    ("≥", ">="),
    (">=", ">="),
    ("不超过", "<="),
    ("不高于", "<="),
    ("不多于", "<="),
    ("不大于", "<="),
    ("最高", "<="),
    ("最多", "<="),
    ("控制在", "<="),
    ("控制到", "<="),
    ("下降到", "<="),
    ("下降至", "<="),
    ("降低到", "<="),
    ("降低至", "<="),
    ("减少到", "<="),
    ("减少至", "<="),
    ("压减到", "<="),
    ("压减至", "<="),
    ("压缩到", "<="),
    ("压缩至", "<="),
    ("缩短到", "<="),
    ("缩短至", "<="),
    ("缩短为", "<="),
    ("压缩为", "<="),
    ("降低为", "<="),
    ("下降为", "<="),
    ("减少为", "<="),
    ("减量到", "<="),
    ("减量至", "<="),
    ("削减到", "<="),
    ("削减至", "<="),
    ("降至", "<="),
    ("降到", "<="),
    ("缩小到", "<="),
    ("缩小至", "<="),
    ("≤", "<="),
    ("<=", "<="),
    ("突破", ">"),
    ("超过", ">"),
    ("高于", ">"),
    ("多于", ">"),
    ("大于", ">"),
    ("超出", ">"),
    ("逾", ">"),
    ("超", ">"),
    ("过", ">"),
    (">", ">"),
    ("低于", "<="),
    ("少于", "<="),
    ("小于", "<="),
    ("<", "<"),
    ("大约", "approx"),
    ("接近", "approx"),  # 地区生产总值接近9000亿元: about it, a little under
    ("约", "approx"),
    ("近", "approx"),
    ("提高到", "="),
    ("提高至", "="),
    ("提升到", "="),
    ("提升至", "="),
    ("增加到", "="),
    ("增加至", "="),
    ("增至", "="),
    ("扩大到", "="),
    ("扩大至", "="),
    ("保持在", "="),
    ("稳定在", "="),
    ("达到", ">="),
    ("达", ">="),
    ("保", ">="),  # 保8%、争9%: at least the figure kept to, the next one striven for
    ("为", "="),
)
_FILLER: Final = (
    r"(?:可按|可达|可|按|为|在|达到|达|到|至|的|了|新增|新建|建成|完成|培育|建设|引进|打造|开展|实施|"
    r"举办|发放|提供|组织|培训|改造|人民币|人民幣)?"  # (不低于人民币2000亿元: the currency before the figure)
)
#: 约 is "about" on its own, not inside a word (签约, 节约, 制约, 预约, 合约, 履约); so are 近 and 过.
_WORD_PATTERNS: Final = {
    "约": r"(?<![签制节预合公履违集特])约",
    "近": r"(?<![最附接临将])近",
    "过": r"(?<![通经不度越跨错难路看做去超])过",  # 过百亿 (over), not 通过, 经过, 不过
    "保": _KEPT_TO,  # 增长保8%, “保8%: the figure kept to, not 确保, 担保, 参保
}
_PREFIX_RE: Final = re.compile(
    "(?:"
    + "|".join(_WORD_PATTERNS.get(w, re.escape(w)) for w, _ in sorted(_PREFIX_WORDS, key=lambda p: -len(p[0])))
    + ")"
    + _FILLER
    + r"\s*$"
)
_SUFFIX_RE: Final = re.compile(
    # (a qualifier of the measure may come between: 700万吨标准煤左右)
    r"\s*(?:标准煤|标煤|标准箱|标箱|当量)?\s*(?:\((?:[^()]{1,3})\))?\s*(及以上|以上|之上|以内|之内|以下|左右|上下|内(?![容部外涵涝河陆需网控生循])|多(?![\u4e00-\u9fff])|余(?![\u4e00-\u9fff]))"
)
_SUFFIX_MAP: Final = {
    "及以上": ">=",
    "以上": ">=",
    "之上": ">=",
    "以内": "<=",
    "之内": "<=",
    "以下": "<=",
    "内": "<=",
    "左右": "approx",
    "上下": "approx",
    "多": ">",
    "余": ">",
}

_GROWTH_UP: Final = (
    "增长率", "增长", "增速", "增幅", "提高", "提升", "增加", "上升", "上涨", "涨幅", "扩大", "上调", "递增"
)  # fmt: skip
_GROWTH_DOWN: Final = (
    "下降率", "下降", "降低", "减少", "降幅", "减幅", "压减", "削减", "缩减", "精简", "下浮", "下调", "递减", "减"
)  # fmt: skip
#: What a deadline stated beside the units (完成时限:…) makes a deliverable: a clause that opens with making,
#: holding or finishing something (印发…规划, 召开…会议, 建立完善…清单); not a manner (压实工作责任,
#: 积极争取…, 探索建立…).
_DELIVERED_BY_DATE: Final = re.compile(
    r"(?:印发|出台|制定|召开|建立|建成|完成|编制|开工|竣工|启动|上线|投用|投入使用|举办|组建|成立|发布|修订|实现)"
)
#: A rate the growth is named after (实现20%以上的增长, 保持8%左右的增速).
_GROWTH_AFTER: Final = re.compile(r"\s*(?:以上|左右|以内)?的(增长|增速|增幅|降幅|下降)(?![\u4e00-\u9fff]{0,2}率)")
_GROWTH_RE: Final = re.compile(
    # (增 alone, 地区生产总值增5%左右, 财政总收入可比增3%, the shorthand of a table's cell; not 新增, 净增)
    "(" + "|".join(sorted((*_GROWTH_UP, *_GROWTH_DOWN), key=len, reverse=True)) + "|(?<![新净倍递])增)"
    r"(?:率|速度)?(?:(?<=增长|增速)[、,]?(?:力争|争取|确保))?(?:计划|目标|预期|预期目标|预期目标为|目标为)?(?:分别|均|都)?(?:要|需|须|应)?(?:设定|确定|定|设)?(?:保持在|稳定在|达到|达|(?<!调)为|在|(?<=增速|增幅)回升(?:至|到))?"
    r"(?:不低于|不少于|高于|超过|超|突破|不超过|控制在|至少|保)?\s*$"
)
_LEVEL_CHANGE: Final = re.compile(r"(?:提高|提升|增加|扩大|增|下降|降低|减少|压减|压缩|缩短|降)(?:到|至|为)\s*$")
_RATIO: Final = re.compile(
    r"率|比重|占比|比例|份额|覆盖面(?!积)|人均|每(?:千|万|百|十万)(?:常住|户籍|服务)?(?:人|户|名|平方)|"
    r"(?<![\d.万亿])(?:千|万|十万)人口|(?<![\d.万亿])(?:千|万|十万)人[\u4e00-\u9fff]{1,12}?拥有(?:量|数)|户均|亩均|地均|密度|强度|每(?:万|百万|亿)元|每(?:人|名|位)[\u4e00-\u9fff]{0,2}?每年"  # 千人口托位数: per thousand people, 每 left out
)
#: After a period that would date what follows: not a rate of that period (上半年地区生产总值增长5.5%,
#: 一季度建设项目投资增长10%), unless what follows is reaching it (第四季度实现…收集率达到70%).
_NO_RATE_AFTER: Final = r"(?!(?!实现|完成|达到)[\u4e00-\u9fff]{{2,12}}?(?:{rates})[^,;。]{{0,6}}\d)"
#: What may stand between a half of the year and the date that follows it (下半年,力争11月底前…).
_HALF_THEN_DATE: Final = re.compile(
    r"[,，]?\s*(?:全区|全县|全市|全镇|全乡|我区|我县|我市|我镇|我乡)?(?:将|要)?(?:力争|争取|确保)?\s*"
)
#: (二季度开工率达到80%, 开工率达80%: a level reached by then)
_PERIOD_RATES: Final = "增速|增长|增幅|(?:比率|比重|率)(?!达)"
_DEADLINE: Final = re.compile(
    r"(?:(?:20\d{2})年)?(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:底|末|中旬|上旬|下旬|中|初|\d{1,2}日)?"
    r"(?:前|以前|之前)"
    # (a half-year's growth is no date: 确保上半年地区生产总值增长5.5%以上)
    r"|(?P<half>上半年)(?:前|底前|末前)?"
    + _NO_RATE_AFTER.format(rates="增速|增长|增幅")
    + r"|(?P<second_half>下半年)(?:前|底前|末前)?"
    # 一季度末, 三季度前, 一季度完成…20%, 一季度引进2家, 一季度30场: a quarter's end as a date, not a period's
    # growth (一季度增长6%; 第四季度规模以上工业增加值增速力争达到8%以上)
    + r"|第(?P<quarter>[一二三四1234])季度(?:末|底)?(?:前|以前|之前)?"
    + _NO_RATE_AFTER.format(rates=_PERIOD_RATES)
    + r"|(?<![每本上下])(?P<bare_quarter>[一二三四1234])季度(?:(?:末|底)(?:前|以前|之前)?|前|以前|之前|"
    # (a quarter's growth, 一季度建设项目投资增长10%, is no date; 三季度末…增速回升至10% is)
    + _NO_RATE_AFTER.format(rates=_PERIOD_RATES)
    + r"(?=(?:累计|再)?(?:完成|引进|签约|建成|新建|新增|举办|开工|开复工|复工|投产|培育|落地|完工|竣工|改造|实施|开展|创建|创成|招引|建设|投放)[^,;。]{0,20}?(?:%|\d)|(?:完成(?!情况|率|进度|时限|时间)|公布|发布|印发|出台)(?!的)(?![^,;。]*?(?:%|\d))|(?:累计)?\d"
    # 三季度主体完成50%, 四季度主体封顶, 二季度暑期前完成50%: the part of the work named first, then its stage
    + r"|(?:主体|基础|桩基|土建|路基|路面|管网|设备|主体结构|主体工程|暑期前)(?:工程)?(?:完成|封顶|完工|竣工|通水|试运行|投用|开通|交付|安装)))"
    # (but not a year-end that says which things are meant: 2000年底前建成的老旧小区)
    r"|(?:(?:20\d{2})?年(?:底|末)(?:前|以前|之前))(?![\u4e00-\u9fff]{0,3}的)|(?P<within>(?<![\d一二三四五六七八九十百几两多数])年内)"
    # 年底完成路面铺设10公里, 年底建成投用: the year's end without 前, then what is done by it (not 截至年底,
    # 到2025年底, a horizon, nor 年底的)
    r"|(?<!截至)(?<!截止)(?<![到至\d])(?:(?:20\d{2})?年)(?:底|末)(?=(?:全面|全部|基本)?(?:完成(?!率|情况)|建成(?!率|区)|竣工|完工|投用|投产|实现|通车(?!里程)|开工(?!率)))"
    r"(?![\u4e00-\u9fff]{0,5}的)"
    r"|^(?P<scheduled>\d{1,2})月\s*:"  # 4月:完成筛查人数1480人, an entry of a monthly schedule
    # 8月底100%开工, 8月底竣工50%以上: a month's end without 前 is as much a deadline (截至8月底 is no date ahead)
    r"|(?<!截至)(?<!截止)(?<![\d一二三四五六七八九十])(?P<month_end>1[0-2]|[1-9]|[一二三四五六七八九十]{1,3})月(?:底|末)(?!前|以前|之前)"
    r"|[“\"]?(?P<season>秋季开学|春季开学|秋季学期|秋季開學|国庆节?|元旦|汛期|主汛期|入汛|春节|年中|五一|七一|端午节?|中秋节?|春耕)"
    r"[”\"]?(?:(?:前|以前|之前)(?!后)"
    # 秋季学期新增学位540个, 秋季开学投入使用…126所: the term's start, then what it is to bring (not 保障秋季学期开学需要)
    r"|(?<=学期|开学|開學)(?![后起])(?![^,;。]{0,16}?(?:率|规模))(?=[^,;。]{0,16}?(?:\d|投入使用|投用|招生|入驻)))"
    r"|(?P<flood>汛前)"  # days the calendar fixes (前后: around)
    # 2026.10前, 2026/9/30前: a date written with dots or slashes
    r"|(?<![\d.])20\d{2}[.．/](?P<dotted>1[0-2]|0?[1-9])(?:[.．/][0-3]?\d)?(?![\d.])(?:前|以前|之前)"
    r"|(?<![\d至~-])(?P<term>[1-9]|1[0-2])月份?(?:秋季|春季)?开学(?:前|以前|之前)"  # 9月开学前: by the month before
    # 10月举办第三届茶文化旅游节, 9月下旬组织开展秋粮测产验收, 10月开馆, 8月贯通: a month and what is
    # done or finished in it (not 8月贯通的绿道, which says which one)
    # (5月完成46个公交车站台改造: the month the work is done in; not 1—5月完成投资…, 截至5月完成…: the months so far)
    r"|(?<![\d一二三四五六七八九十至~\-—–])(?<!截至)(?<!截止)(?P<month_do>1[0-2]|[1-9])月份?(?:上旬|中旬|下旬)?"
    r"(?=(?:组织|举办|开展|召开|启动|举行|印发|出台|开馆|开园|开业|开诊|开学|贯通|通车|建成|竣工|投产|投用|投运|投入使用|投入运营"
    r"|(?:全面|全部)?完成(?!率|情况|进度|投资|产值)|完工)(?!的))"
    # 要于9月份建成投产, 于11月份实现首台套设备下线: a month said with 于 is when it is done
    r"|(?<=[要将需须])于(?P<month_at>1[0-2]|[1-9])月份?(?:上旬|中旬|下旬)?(?=[\u4e00-\u9fff])"
)
#: The month a day the calendar fixes falls due: the term starts in September and March.
_SEASON_MONTHS: Final = {
    "秋季开学": 8,
    "秋季学期": 8,
    "秋季開學": 8,
    "春季开学": 2,
    "国庆": 9,
    "国庆节": 9,
    "元旦": 12,
    "春节": 1,  # the Spring Festival falls in late January or February: by January's end
    "年中": 6,
    "五一": 4,
    "七一": 6,
    "端午": 5,
    "端午节": 5,
    "中秋": 8,
    "中秋节": 8,
    "春耕": 3,
    "汛期": 5,  # 汛前, 汛期前: before the flood season opens (in most of China, by the end of May)
    "主汛期": 5,
    "入汛": 5,
}
_HORIZON: Final = re.compile(r"(?:到|至|截至)(20\d{2})年(?:底|末)?")
_RANK: Final = re.compile(
    r"(?:排名|排位|位居|位列|进入|跻身|保持|稳居|稳定在|稳定于|居|达到)[^,;。]{0,12}?前(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"(?!年|个?月|季度|天|日|周|批)"  # (稳定在前三年平均水平: years before, no place)
    r"(?:位|名|强|水平)?"
    # a place alone (a ranking's cell: 全市同级医院前3位), no verb to say it is anything else
    r"|^\s*(?![^,;。]*(?:奖励|表彰|评选|选出|评出|推荐))[^,;。\d]{0,12}?(?<![提以之])前(?P<place>\d{1,2}|[一二三四五六七八九十]{1,3})(?:位|名)\s*$"
    # 进入全国县域经济百强县, 跻身全省十强: a place among the strongest N
    # (排名突破400强: a ranking risen into the strongest N)
    r"|(?:进入|跻身|迈入|晋级|挺进|保持|稳居|(?<=排名)(?:突破|提升至|提升到|上升至|上升到))[^,;。\d]{0,16}?"
    r"(?P<top>百|五十|二十|三十|十|\d{2,3})强(?:县|市|区|镇|乡|企业)?(?=$|[,;。、])"
)
_CLEAR: Final = re.compile(
    r"动态清零|全部清零|清零|零发生|零增长|零新增|零事故|零死亡|零伤亡|零填埋|(?<![如若])不发生[^,;。]{0,16}?(?:事故|事件|案件|火灾|疫情)$|"
    r"^\s*(?:不发生|无发生)\s*$|"  # a cell alone (重大群体性事件 | 不发生): none of what the row names
    r"控制在零[起人次件宗]?(?=\s*$|[,;。、])|"  # 安全生产事故控制在零起: none
    r"(?<=事故|案件|死亡|伤亡|事件|火灾|差错|失踪)(?:起数|人数)?(?:保持)?为零|"
    r"保持(?:为)?零(?=\s*$|[,;。、])"  # 重污染天数保持零, 劣Ⅴ类断面保持为零: none, held so
)
_MULTIPLE: Final = re.compile(r"双倍增|倍增|翻一番|翻两番|翻番")
_BENCHMARK: Final = re.compile(
    r"(?P<cmp>达到或超过|达到或高于|接近或达到|接近|高于|快于|优于|好于|不低于|超过|跑赢|领先于|领先|持平于|同步于)"
    r"(?P<bench>[^,;。]{2,40}?(?:平均)?(?:增速|增幅|增长|水平|速度|标准|(?:中上|先进|领先)程度|装机规模)"
    r"|(?:上年|去年|上一年)度?(?:同期)?(?=\s*$|[,;。、]))"  # 务工就业规模不低于上年: last year's level
)
#: A level reached that others set (达到全国中上程度, 达到西部平均水平): at least theirs (not 达到国际领先水平,
#: a standing the keys leave as a direction).
_REACHES_LEVEL: Final = re.compile(
    r"(?P<cmp>达到)(?P<bench>[^,;。\d]{2,30}?(?:平均水平|(?:中上|中等)(?:程度|水平)))(?:及?以上)?(?=\s*$|[,;。、])"
)
#: A rate measured against another's, the other named bare (增速高于城镇居民, 收入增长快于经济增长).
_RATE_ABOVE: Final = re.compile(
    r"(?:增速|增幅|增长率|增长)(?:继续|持续|保持|始终)?(?P<cmp>高于|快于|不低于|超过|跑赢)(?P<bench>[\u4e00-\u9fff“”]{2,20})$"
)
_IN_STEP: Final = re.compile(
    # (not 与首期住宅同步规划、同步建设: done alongside it, a manner of building)
    r"与(?P<bench>[^,;。]{2,20}?)(?:基本|保持)?同步(?!规划|设计|建设|施工|交付|验收|实施|推进|部署|开展|投入|建成|移交)"
    r"|(?<=增长)和(?P<and_bench>[^,;。和]{2,20}?增长)(?:基本|保持)?同步(?=$|[,;。、])"  # 居民收入增长和经济增长基本同步
)
#: A level held even with another's (增速与全市平均水平持平, 参保率与全省平均水平基本持平): the other's level itself.
_LEVEL_WITH: Final = re.compile(r"与(?P<bench>[^,;。]{2,20}?)(?P<about>基本)?(?:保持)?持平(?=\s*$|[,;。、])")
#: A level held to at least what it was (粮食播种面积不减少, 面积不减、产量不降, 基本民生投入只增不减): said
#: of a measure.
_NO_LESS: Final = re.compile(
    r"(?:面积|投入|支出|产量|总量|有量|数量|规模|人数|比重|占比|水质|能力)"
    r"(?P<held>只增不减|只增不降|不减少|不降低|不下降|不缩小|不减弱|不减|不降)(?=$|[、,;。])"
)
#: Two measures each to fall from the year before (事故起数和死亡人数实现“双下降”).
_BOTH_DOWN: Final = re.compile(r"(?:实现|保持)?[“\"]?(?:双下降|双降)[”\"]?(?:目标)?(?=$|[,;。])")
#: How a task is done (圆满完成年度任务): no indicator.
_HOW: Final = re.compile(
    r"(?:圆满|全面|顺利|超额|如期|按时|按期|坚决|努力|全力|高质量|高标准|高效|保质|保量|以赴|落实|扎实|积极|"
    r"各单位|各部门)$|^(?:各|确保|务必|力争|狠抓|全力|保质)"
)
#: The year's target of an indicator named before it (空气质量完成年度目标任务), or of a programme
#: named in quotes (完成“保交楼”年度任务).
_YEAR_TASK: Final = re.compile(
    r"(?:完成|达到)(?:(?P<programme>“[^”]{1,12}”)?(?:年度|全年)(?:预算)?(?:目标任务|目标|任务)"
    r"|(?P<listed>[^,;。]{2,90}?等(?:指标|各项指标)?)(?:年度|全年)[\u4e00-\u9fff]{0,6}?(?:目标任务|目标|任务))$"
)  # 完成“保交楼”年度任务, 商贸企业新增数达到年度目标; 完成单位生产总值能耗、化学需氧量…等年度节能减排任务 (not 完成全年筹集任务)
_ASSIGNED: Final = re.compile(
    r"完成[^,;。]{0,12}?(?:下达|下发|分解|交办|[省市县区]定)[^,;。]{0,20}?(?:目标|任务|指标|计划|(?:采购|任务|工作)量)"
    # 完成省下达的化学需氧量、氨氮、…重点工程减排量任务: the list of what is assigned, then the task
    r"|完成(?:国家|省|市|县|区|上级)下达的?(?:[^,;。、]{1,12}、){1,6}[^,;。、]{1,24}?(?:目标|任务|指标)$"
    r"|(?:达到|满足|完成)[^,;。]{0,12}?考核(?:要求|目标)"  # 能耗完成“十四五”国家考核目标
    r"|(?:达到|满足|符合)(?:国家|省|省级|市|市级|县|县级|区|区级|上级)(?:下达的?|[定核]的?)?(?:要求|目标|标准)$"  # 达到市级要求
    # 主要大气污染物减排完成上海市的要求: what the level above, named, requires
    r"|完成(?:国家|省|市|县|区|上级|[\u4e00-\u9fff]{1,4}[省市])(?:下达)?的?(?:要求|目标要求)$"
    r"|(?:不低于|不少于|高于|稳定在|保持在)(?:国家|省|市|县|区|上级)(?:下达|确定|规定)的?(?:目标任务|目标|任务|要求|指标|计划)"
    r"(?:以上)?$"
    r"|完成(?:国家|省|市|县|区|上级)下达的?[\u4e00-\u9fff]{2,12}(?<!工作|事项|活动)$"  # 全面完成国家下达的节能减排降碳
    r"|完成[^,;。]{0,24}?约束性(?:指标|目标)(?:任务)?$"  # 全面完成节能减排降碳和环境质量改善约束性指标
    # 按照国家要求完成节能减排降碳任务: what a higher level requires, done
    r"|(?:按照?|根据)(?:国家|省|市|县|区|上级)(?:的)?(?:要求|部署)[,，]?完成[^,;。]{2,24}?(?:目标|任务|指标)$"
)
_NET: Final = re.compile(r"净增")

#: 全覆盖 naming how far an activity reaches (全覆盖检查, 全覆盖排查), not an outcome.
_SWEEP: Final = re.compile(r"全覆盖(?:式)?(?:检查|排查|巡查|督查|宣传|培训|摸排|走访|抽查|执法|监测)")
#: Verbs of a deliverable that is done at a point in time.
_OUTCOME: Final = re.compile(
    # (…养老服务覆盖所有居家老年人, …设施覆盖全部行政村: every one of them reached, as 全覆盖 says)
    r"取得[^,;。]{0,20}?(?:突破|进展|成果|成效|成功)|互联互通|全覆盖|实现全[省市县区镇乡]域?覆盖(?!率|面)|覆盖(?:所有|全部)[^,;。\d]{2,16}$|全贯通|全达标|联网运行|建成(?!区范围|区内|於|于)|竣工|完工|交付|投用|投入使用|投入运营|投入运行|投运|投产|开通|通车|上线|(?<![红底])下线(?!上)|(?:满产|达产)达效|"
    r"开业|开园|开学(?!前|后|时|季|第|期间|典礼|仪式|安全|准备|检查|工作|的)|挂牌|揭牌|获批|通过[^,;。]{0,10}?(?:验收|评审|认定|审核|评估|认证)|落地|签约|启用|试运营|零的突破|"
    r"成为(?:国家级|省级)[^,;。]{2,16}?(?:集群|基地|园区|示范区|试点|中心|城市|县|区|镇|村)(?=等?(?:$|[、,;。]))|"
    # a tier of places reached (进入全国创新型城市行列, 进入全省县域第一方阵); not firms' (进入科技型企业行列)
    r"进入[^,;。]{2,24}?(?:第一方阵|第一梯队|(?:城市|县|镇|省份|示范区|中游以上|百强)行列)(?=等?(?:$|[、,;。]))|"
    r"(?<!巩固)(?<!拓展)(?:全部|全面|如期)(?:脱贫|摘帽)(?=等?(?:$|[、,;。]))"  # 贫困人口全部脱贫, 贫困县全部摘帽: an end reached
)
#: Every place of a kind reached (实现县县通高速, 干线公路覆盖重点镇, 三级公路通达所有镇): an end, unless
#: only worked towards (积极推进县县通高速公路).
_EVERY_PLACE_REACHED: Final = re.compile(
    r"(?:([县乡镇村户组])\1通[^,;。、\n]{0,12}?|(?:覆盖|通达|通到)(?:所有|全部|每个|重点)(?:行政|建制)?[乡镇村县][镇村]?)"
    r"(?=等?(?:$|[、,;。(\n”\"]|和|或))"
)
#: What works towards, or keeps up, such an end rather than reaching it (推进村村通, 加强村村通公路养护).
_TOWARDS_OR_UPKEEP: Final = re.compile(
    r"推进|加快|着力|加强|强化|巩固|完善|健全|优化|做好|抓好|落实|深化|开展|持续|提升|养护|管理|运营|运维|补贴|政策|规划"
)
#: An end reached closing a list's item (贫困县全部摘帽等, 主体工程完工).
_OUTCOME_AT_END: Final = re.compile(rf"(?:{_OUTCOME.pattern})等?$")
_ACTION: Final = re.compile(
    r"申报|创建|争创|创成|冲刺|制定|制订|编制|发布(?!时间|日期|机构|单位|会)|完成(?!情况|时限|时间|率|进度)|启动|开工|动工"
    # 通过省级安全发展示范县复核, 通过国家验收: a review passed (not 通过…方式, the means)
    r"|(?<![以经])通过(?=" + _PASSED_REVIEW + r")"
    # 组建市级农商行, 组建…服务公司: a body set up (not 组建工作专班, how the work is done; nor 机组建设)
    r"|(?<![(（])组建(?!设|大型|一批|若干)(?=[^,;。]{2,24}?(?:银行|农商行|学校|学院|公司|基金|服务团(?!队)|中心|联盟|研究院))"
)  # 完成情况 is a noun
#: A building to put up, named (新建城东幼儿园, 改扩建柘溪二中): it ends as a place does. 新建项目要…,
#: 新建公共建筑全面执行绿色建筑标准 (a rule for whatever is built) name none.
_BUILD: Final = re.compile(
    r"(?:新建|改扩建|扩建|迁建|新改建|改建|筹建)(?!项目|工程|的|一批|一些)"
    r"(?:(?!执行|落实|配建|严禁|按照|按|标准|要求|要|应|须|范围|全面|全部)[\u4e00-\u9fff“”、\d.]){3,30}"
    r"(?<=[园校院站馆场所楼路桥厂室中学心地道城村区点房库堂])$"
)
#: Works on something named (对马畅中小等学校运动场地进行改造, 对州儿童福利院进行优化提质), or a
#: service to everyone named (对全州65岁及以上老年人免费体检一次).
_WORK_ON: Final = re.compile(
    r"对[^,;。]{2,40}?进行(?:提升|提质)?(?:改造|维修|整治|修缮|升级|改建|扩建|提升|提质|优化提质|提标改造)$|"
    r"对[^,;。]{2,40}?(?:进行一次|免费)[\u4e00-\u9fff]{0,8}?(?:体检|筛查|检查|检测)(?:一次)?$|"  # a service to all named
    r"为[^,;。]{2,30}?免费(?:接种|开展|提供|发放|安装|配备|配送)[^,;。]{2,20}$"  # 为全省60岁以上老年人免费接种流感疫苗
)
#: None left of what a figure marks out (消除年经营性收入5万元以下的村): a deliverable, not a ceiling.
_ELIMINATE: Final = re.compile(
    r"\s*(?:(?:20\d{2}年)?\d{1,2}月(?:底|末)?前|年底前)?\s*(?:全面|基本|动态)?(?:消除|消灭)[^,;。]*?(?:以下|以上)"
    r"(?:的[\u4e00-\u9fff]{1,12}|(?!零)[\u4e00-\u9fff]{1,5})$"  # (消除56人以上大班额: no 的, a short name)
)
#: The same, the things to be none of named first (年经营性收入15万元以下的村实现动态清零).
_CLEARED: Final = re.compile(
    r"(?:以下|以上)(?:的[「“\"]?[\u4e00-\u9fff]{1,12}?|(?!零)[\u4e00-\u9fff]{1,5}?)"  # (56人以上大班额: no 的, a short name)
    r"[」”\"]?(?:实现|全部|基本|保持)*[「“\"]?(?:动态)?(?:清零|消除|消灭)[」”\"]?$"
)  # (…10万元以下的「薄弱村」全部「清零」: the marks a page puts round the words)
#: Words saying that ending a condition is work done or helped with, not a state reached (及时消除…, 推进消除…,
#: 配合做好消除…复核, 每年消除一批…).
_ENDING_AS_WORK: Final = re.compile(
    r"及时|逐步|有效|切实|努力|持续|加快|着力|坚决|防止|排查|整治|为|通过|动态|^(?:建立|健全|完善)|推进|开展|组织|配合|协助|"
    r"做好|落实|研究|指导|每年|全力|推动|帮助"
)
#: A condition to be ended, as a state the year reaches (基本消除劣Ⅴ类水体, 全市消除重污染天气, 农村黑臭水体基本消除):
#: not work that goes on ending it (及时消除安全隐患, 逐步消除…影响) nor the means to an end (消除…障碍).
_ENDED_STATE: Final = re.compile(
    r"(?:[^,;。]{0,12}?(?:全面|基本|彻底|全部)?消除(?!障碍|壁垒|顾虑|影响|后顾之忧|误解)[\u4e00-\u9fff“”ⅢⅣⅤA-Za-z@]{2,20}"
    r"|[\u4e00-\u9fff“”ⅢⅣⅤA-Za-z@]{2,20}?(?:全面|基本|彻底)消除)$"
)
#: A rule to issue or revise, named at the clause's end (出台实施公墓管理办法, 修编经济开发区整体规划,
#: 修订市级食品安全事故应急预案); 出台专门办法引进人才 is a means.
_ISSUE: Final = re.compile(
    r"(?:研究)?(?:出台|修编|修订)[\u4e00-\u9fff“”《》]{2,24}(?:办法|方案|意见|政策|细则|规定|制度|机制|标准|规划|条例|预案|》)$"
    # 印发《广东省深化新时代学校体育评价改革方案》, 出台《关于加强学前教育管理工作的若干意见》、《幼儿园设置办法》等规范性文件:
    # documents named in full, however long their names
    r"|(?:研究|推动|制定)?(?:出台|修编|修订|印发)《[^《》\n]{2,60}》(?:[、和及]《[^《》\n]{2,60}》)*(?:等[^,;。]{0,10})?$"
)
#: Work carried on rather than delivered (督促…建设, 指导各区落实…, 巩固…成果): no milestone when only
#: the label of its line dates it (第三季度:…), unless it names an outcome (推动…建成投用).
_ONGOING: Final = re.compile(
    r"(?:积极|大力|全力|加快|全面|深入|着力|努力|继续|切实|持续)?(?:督促|指导|推进|推动|巩固|深化|加强|强化|引导|鼓励|支持|协助|配合)"
)
#: A clause led by one of these describes a measure (引导企业创建…), not a deliverable.
_GUIDE: Final = re.compile(
    r"^(?:影响|导致|造成|制约|拖慢|延误)|"  # a problem's effect (影响开工进度), no deliverable
    # 景区创建方面, 在招商引资方面: the topic the clauses after it are on, no deliverable
    r"^[^,;。]{2,16}方面\s*$|"
    # 对尚未完成前期工作的项目(,要…): whom the measure after it is for, no deliverable
    r"^对[^,;。]{2,30}?的(?:项目|单位|企业|学校|村|社区|乡镇|部门|地区|人员|对象)\s*$|"
    r"^(?:积极|大力|全力|加快|全面|深入|着力|努力|继续|切实)?(?:引导|鼓励|支持|推动|推进|指导|组织|推荐|动员|发动|帮助|"
    r"协助|配合|督促|引进|深化|加强|强化|完善|健全|优化|提升|提高|扩大|探索|注重|做好|抓好|落实|实施|开展|建立|构建|"
    r"形成|营造|培育|发展|促进(?!.*取得))"
)
#: Which way a level is to go, no figure or deliverable (明显回升, 持续改善, 稳步提高).
_DIRECTION_ONLY: Final = re.compile(
    r"(?:明显|显著|稳步|持续|逐步|进一步)(?:回升|回暖|提升|提高|改善|好转|增长|加快|增强|扩大)$"
)
#: Work pushed towards an end rather than the end reached (加快…规划落地, 推进…等项目落地, 加快综保区申报; not
#: 推动…项目签约落地, a deal to be struck).
_WORKED_TOWARDS: Final = re.compile(
    r"(?:^|(?<=\s))(?:加快|推动|推进|加快推进|加快推动|积极推进|大力推进|全力推进)[^,;。\d\s]*?(?:(?<!签约)落地|申报)$"
)
_STRIVE_OBJECT: Final = re.compile(r"转化|合作|落地|突破|进展|获批|成功|认定|入选|列入|纳入|落户")
_SINGLE_DELIVERABLE: Final = re.compile(r"(?:申报|打造|创建|争创|创成|冲刺)\s*$")
_ONE_NEEDS_VERB: Final = re.compile(
    r"(?:新增|新建|新培育|培育|引进|建成|建设|打造|创建|申报|争创|达到|达|不少于|至少|超过|突破|完成|实施|支持|"
    r"遴选|选育|组建|设立|设置|配备|开设|举办|开展|认定|获评|获得|争取)\s*$"
)
#: A deliverable written object first with its one at the clause's end (改造镇中心小学运动场一处).
_ONE_AT_THE_END: Final = re.compile(r"\s*(?:新建|改造|建设|修建|建成|打造|新增|设置|配备|新设|改建|扩建)")
_LEADING: Final = re.compile(
    r"^(?:(?:力争|争取|争创|力求|确保|努力|全力|积极|加快|全面|大力|着力|切实|基本|如期|实现|争(?=\s*$)|"
    r"(?:到|至)?20\d{2}年(?:底|末)?|全年|年内|当年|同时|并|且|和|及|以及|分别|其中)[,、\s]*)+"
)


#: A deadline in brackets closing a sentence (…,打造市级精品街巷3条(2026年9月底前)).
_CLOSING_DEADLINE: Final = re.compile(r"[(（]\s*(?P<date>[^()（）]{2,16}?)\s*[)）][\s。;；]*$")


def _next_clause_end(sh: str, c_end: int, s_end: int) -> int:
    """Where the clause after the one ending at ``c_end`` ends, within the part (to ``s_end``)."""
    comma = sh.find(",", c_end + 1, s_end)
    return s_end if comma < 0 else comma


#: A deliverable counted with its measure, one figure, not a range nor a density (消除易涝积水点12处, 改造管网18公里; not
#: 建立3-5家…, 每千人口拥有托位4.5个): a later clause a date governs with the clause right after it.
_COUNTED_DELIVERABLE: Final = re.compile(
    r"^(?![^,;。]*每)(?![^,;。]*\d\s*(?:[-—–~～至到]|个?百分点)\s*\d?)[^,;。]*?\d+(?:\.\d+)?\s*(?:万|亿)?"
    r"(?:个|所|家|处|座|套|户|名|张|条|台|辆|部|间|栋|幢|艘|项|场|公里|千米|米|平方米|亩|公顷|吨|千瓦|兆瓦|人次|人|元)"
)
#: A level held to rather than a thing delivered: a rate, a share or a ceiling.
_LEVEL_HELD: Final = re.compile(
    r"%|‰|率|比重|占比|控制在|不超过|不高于|以内(?![\u4e00-\u9fff])|以下(?![\u4e00-\u9fff的])"
)  # (not 10蒸吨以下燃煤锅炉, 35千伏以下线路: a size saying which)


def _shared_deadline(sh: str, s_start: int, s_end: int) -> tuple[tuple[str, int | None], int] | None:
    """The deadline a bracket closing the sentence gives every clause of it, and where the bracket starts,
    where no clause before it is dated on its own (…35条,…3条(2026年9月底前); not …12个(6月底前),…80%以上
    (12月底前), each dated by its own)."""
    closing = _CLOSING_DEADLINE.search(sh, s_start, s_end)
    if closing is None:
        return None
    date = _DEADLINE.fullmatch(closing.group("date"))
    if date is None or _DEADLINE.search(sh, s_start, closing.start()) is not None:
        return None
    if not re.search(r"[,，]", sh[s_start : closing.start()]):
        return None  # one clause: its own bracket dates it as before
    return (date.group(), _month(date)), closing.start()


def _month(match: re.Match[str]) -> int | None:
    if match.group("scheduled"):
        return int(match.group("scheduled"))
    if match.group("month_do") or match.group("month_at"):
        return int(match.group("month_do") or match.group("month_at"))
    if match.group("month_end"):
        text = match.group("month_end")
        return int(text) if text.isdigit() else cn_integer(text)
    if match.group("month"):
        text = match.group("month")
        return int(text) if text.isdigit() else cn_integer(text)
    if match.group("half"):
        return 6
    if match.group("season"):
        return _SEASON_MONTHS[match.group("season")]
    if match.group("dotted"):
        return int(match.group("dotted"))
    if match.group("flood"):
        return _SEASON_MONTHS["汛期"]
    if match.group("term"):
        return max(int(match.group("term")) - 1, 1)
    quarter = match.group("quarter") or match.group("bare_quarter")
    if quarter:
        return 3 * (int(quarter) if quarter.isdigit() else "一二三四".index(quarter) + 1)
    return 12  # 年底前, 年末前, 年内, 下半年: by the end of the plan year


# --- reading a region ------------------------------------------------------------------------------


def read_region(
    text: str,
    sh: str,
    start: int,
    end: int,
    *,
    milestones: bool = True,
    year: int | None = None,
    report: bool = False,
    due: tuple[str, int] | None = None,
    opened: tuple[str, int] | None = None,
    deadline: tuple[str, int] | None = None,
) -> list[Reading]:
    """Every target stated in text[start:end]; ``sh`` is the shadow of ``text``.

    ``milestones`` is false for a heading's own label (二(三)1 加快推进“长动航天科创园创建”),
    which names a task rather than a deliverable. ``year`` is the plan year: a sentence that
    opens with an earlier year (2025年,全县…) reports results, not targets, and so do the parts
    of it that follow a ; up to the sentence's end. So does a sentence that opens with the time
    so far (截至6月30日,…; 今年以来,…) and, in a progress ``report`` (推进情况, 进展情况的通报), one
    that opens with the period reported on (一季度,…; 上半年,…; 1-6月,…). ``due`` dates all of it
    (the words and the month: a quarter's column of a table, 一季度 and 3), as 4月:… does. ``opened``
    is the date the sentence the text starts in opened with, before it (6月底前,县住建局完成…;县公安局完成…:
    the text of one unit named): it dates the first clause of each part up to the sentence's end.
    ``deadline`` is the date stated beside the text's units (完成时限:2023年6月): it dates the text where it
    names deliverables without a figure (召开…会议, 建立…清单); an item with figures is the figures' (the
    date is when they are due, and what the item does besides is how).
    """
    if deadline is not None and _FIGURE.search(sh, start, end):
        deadline = None
    readings: list[Reading] = []
    past = False
    done_before = False  # whether the sentence before reported what is done so far
    looking_back_until = -1  # the end of a paragraph that opened looking back (过去五年,…)
    results_until = -1  # the end of a paragraph that opened by showing a year's results (展示了2025年…成绩:…)
    past_year_until = -1  # the end of a paragraph that opened with a year gone (2024年,我省…)
    reported_before = False  # whether the sentence before reported on a year gone
    schedule_year, schedule_until = 0, -1  # the last year a sentence opened with, saying what is to be done
    opened_next = opened  # the date a sentence ended by ; opened with (6月底前,…;…)
    months_so_far_until = -1  # the 。 of a sentence that opened with the months so far and reports them
    months_paragraph_until = -1  # the end of a paragraph that such a sentence opened
    for s_start, s_end in sentences(sh, start, end):
        # 6月底前,完成412个小区排查;完成138家门店检查。: the date dates what each part after a ; opens with
        opened, opened_next = opened_next, None
        if past and _PART_OPENS_AHEAD.match(sh, s_start, s_end):
            past = False  # 目前,已完成6个村的电网改造;计划年内再改造10个村: the part after the ; looks ahead
        if s_start < months_paragraph_until and s_start >= months_so_far_until:
            if (
                _PART_OPENS_AHEAD.match(sh, s_start, s_end)
                or _SO_FAR_ENDS.search(sh, s_start, s_end)
                or _TIME_OPENING.match(sh, s_start, s_end)
            ):
                months_paragraph_until = -1  # …。下半年,全区工业投资增长12%以上: the year ahead again
            else:
                continue  # 上半年,…同比增长5.8%。新开工亿元以上项目26个: more of the months so far
        if sh[s_end : s_end + 1] == ";":
            # (a part dated on its own, 年底前建成公园3个;新建学校2所, does not pass the first date on)
            own_date = date_opening(sh, s_start, s_end)
            opened_next = own_date or (None if _DEADLINE.search(sh, s_start, s_end) else opened)
        shown = _RESULTS_SHOWN.match(sh, s_start, s_end)
        if shown is not None and year is not None and int(shown.group("year")) < year:
            results_until = _paragraph_end(sh, s_start, end)  # (a year's results, before the plan's)
        if s_start < results_until:
            if shown is not None or not _TURNS_AHEAD.search(sh, s_start, s_end):
                continue  # 展示了2025年…取得的新成绩:…。万亿之城增至5座。: the paragraph lists that year's results
            results_until = -1  # …。会议要求,2026年全县…: what is ahead
        if _LOOKING_BACK.match(sh, s_start, s_end) or _past_plan_period(sh, s_start, s_end, year):
            looking_back_until = _paragraph_end(sh, s_start, end)
        if s_start < looking_back_until:
            if _opens_ahead(sh, s_start, s_end, year):
                looking_back_until = -1  # …。2018年,全省…: the rest of the paragraph is the plan's
            else:
                turned = _CLAUSE_AHEAD.search(sh, s_start, s_end)
                if turned is None:
                    continue  # 过去五年,…。地区生产总值从…增加到…。累计完成…: the paragraph reports the years behind
                # …会议传出消息,今年湖北省确保完成…: the sentence from its turn on is the plan's (the clauses before
                # it, and the paragraph's later sentences, still look back)
                s_start = turned.start() + 1
        if reported_before and _BREAKDOWN.match(sh, s_start, s_end):
            past = sh[s_end : s_end + 1] == ";"  # …其中,建成投产40处…;推动…,产能达35GWh;…: up to the 。
            continue  # 去年…取得初步成效。其中,建成投产40处…: a breakdown of what was done
        reported_before = False
        if _DAY_EVENT.match(sh, s_start, s_end):
            continue  # 2024年2月6日,合肥市人民政府办公室发布《…》: what happened that day, news
        numbered = _NUMBERED_YEAR.match(sh, s_start, s_end)  # 14.2023年全区…: the year after the item's number
        opener = _PAST_YEAR.match(sh, numbered.end() if numbered else s_start, s_end)
        if (
            opener is not None
            and _TO_BE_DONE.match(sh, opener.end(), s_end)
            and not _REPORTED.search(sh, s_start, s_end)
        ):
            opener = None
        opening = _YEAR_OPENS.match(sh, numbered.end() if numbered else s_start, s_end)
        # 2018年,贵阳将开工…;2019年开工43所…;2020年…: a year after one that opened with what is to be done,
        # in the same paragraph, goes on with the plan's schedule
        scheduled = (
            opening is not None
            and s_start < schedule_until
            and int(opening.group("year")) > schedule_year
            and not _REPORTED.search(sh, s_start, s_end)
        )
        if opening is not None and (scheduled or not (opener and year is not None and _last_year(opener) < year)):
            schedule_year, schedule_until = int(opening.group("year")), _paragraph_end(sh, s_start, end)
        if scheduled:
            past, opener = False, None
        if opener and year is not None and _last_year(opener) < year:
            past = True
            if _opens_paragraph(sh, start, s_start) or (
                not _FIGURE.search(sh, s_start, s_end) and _ESTIMATE_NEXT.match(sh, s_end + 1)
            ):
                # (or a sentence within it that turns to the year gone stating nothing of its own, before
                # an estimate: 2024年的四川答卷“沉甸甸”的,…讲述着…故事。预计全省地区生产总值增长5.7%…)
                # a paragraph that opens with it (2024年,我省…; 报告指出,2023年…; 2020年关键词…有力实施…)
                # reports that year up to a sentence that opens ahead; a paragraph that goes on to the
                # plan's year without saying so (2023年我市启动了试点。新建公园3个) is taken as a report too
                past_year_until = _paragraph_end(sh, s_start, end)
        elif s_start < past_year_until and not scheduled:
            cue = _TARGET_CUE.match(sh, s_start, s_end)
            estimate = cue is not None and cue.group().endswith("预计") and not _AHEAD_AFTER.match(sh, cue.end())
            if (
                _opens_ahead(sh, s_start, s_end, year)
                or (cue is not None and not estimate)
                or _DIRECTIVE.match(sh, s_start, s_end)
                or (
                    _POINT_COUNTED.match(sh, s_start, s_end)
                    and _TARGET_WORDING.search(sh, s_start, s_end)
                    and _POINTS_GIVEN_OUT.search(sh, s_start, past_year_until) is not None
                )
            ):
                # …。2025年经济社会发展主要预期目标是 / 主要预期目标是: the plan again (预计全省…增长5.7%, in
                # a paragraph on the year gone, estimates that year)
                past_year_until = -1
            else:
                past = True  # 2024年,我省…。全年地区生产总值增长4.8%…: the paragraph reports that year
        if _LAST_YEAR_OPENS.match(sh, s_start, s_end) and not _THIS_YEAR_TURN.search(sh, s_start, s_end):
            reported_before, past = True, sh[s_end : s_end + 1] == ";"
            if _opens_paragraph(sh, start, s_start):
                past_year_until = _paragraph_end(sh, s_start, end)
            continue  # 报告指出,贵州省去年在…取得初步成效: the sentence reports last year, and its paragraph
        so_far = _SO_FAR.match(sh, s_start, s_end)
        where_now = so_far is not None and not _horizon_ahead(so_far.group(), year)  # 截至…, 目前已…: reports
        where_now = where_now or _STOCK_STATED.match(sh, s_start, s_end) is not None  # (湘乡市有中小水库180座,…)
        if where_now or (
            report and (_PERIOD_SO_FAR.match(sh, s_start, s_end) or _PERIOD_REPORTED.match(sh, s_start, s_end))
        ):
            past = True
        if _YEAR_IN_PROGRESS_ESTIMATED.search(sh, s_start, s_end):
            past = True  # 全年预计实现地区生产总值增长1%;规模以上工业总产值增长2%;…: the year gone, estimated
        estimated = _YEAR_ESTIMATED.match(sh, s_start, s_end)
        if estimated is not None and year is not None and int(estimated.group("year")) < year:
            past = True  # 经初步预计,五莲县2012年全年实现生产总值163亿元,…;…: that year's results
        if year is not None and _done_by_year_gone(sh, s_start, year):
            past = True  # …;城镇新增就业79.81万人;……截至2024年底,…24个项目全面完成。: results summed up after them
        results = _RESULTS_CLOSE.search(sh, s_start, s_end)
        if results is not None and not _TASK_FIGURE.search(sh, s_start, s_end):
            named = _YEAR_NAMED.search(sh, s_start, s_end)
            if named is not None and (year is None or int(named.group(1)) < year):
                past = True  # (a year gone named: 2018年,…超额完成年度目标任务; not 今年…,圆满完成年度目标任务)  # 2018年,…累计治理沙化土地105.5万亩,完成营造林749.6万亩,超额完成年度目标任务: results
        continued = past
        past = past and sh[s_end : s_end + 1] == ";"  # 2025年,…;…;…。: the year governs up to the 。
        last_year = _LAST_YEAR_REPORT.search(sh, s_start, s_end)
        if last_year is not None and not _THIS_YEAR_TURN.search(sh, last_year.end(), s_end):
            past = sh[s_end : s_end + 1] == ";"  # 去年…达到A,…;…: what follows up to the 。 reports too
        if continued:
            # …2024年全区接待游客860万人次,2025年…分别增长10%、12%: the plan's year starts its targets
            ahead = next(
                (
                    m
                    # (据统计,今年1至5月,…: the time so far is no turn to this year)
                    # (2023年完成增长6.1%;2024年目标增长6.5%左右: a part after the ; may open with the turn itself)
                    for m in _YEAR_CLAUSE.finditer(
                        sh,
                        so_far.end() - 1
                        if where_now and so_far
                        else s_start - 1
                        if s_start and sh[s_start - 1] == ";"
                        else s_start,
                        s_end,
                    )
                    if (m.group("year") is None or (year and int(m.group("year")) >= year))
                    # (截至9月底,今年十件实事累计完成投资…: this year's so far, no turn to what is ahead)
                    and not (
                        where_now
                        and so_far
                        and m.start() == so_far.end() - 1
                        and _SO_FAR_THIS_YEAR.match(sh, m.end("turn"), s_end)
                    )
                ),
                None,
            )
            if ahead is None and where_now:
                # 目前已完成项目选址,年底前建成学校1所: where things stand, then what is ahead of it
                ahead = _TURN_AFTER_NOW.search(sh, s_start, s_end)
            if ahead is None:
                reported_before = True
                continue
            past, s_start = False, ahead.start("turn")
            past_year_until = -1  # 2023年已新增…,今年再新增…;新建…: the plan's year from here on
        resumed = None
        if not continued and year is not None:
            cut, resumed = _cut_at_year_gone(sh, s_start, s_end, year)
            if (
                cut < s_end
                and resumed is None
                and _opens_paragraph(sh, start, s_start)
                and not _FIGURE.search(sh, s_start, cut)
            ):
                # …报告显示,2023年…。12家免税店销售额580.9亿元: a paragraph that turns to that year before it
                # states anything reports it; after a target of its own (全年新增就业5000人,2024年为4800人) only
                # the sentence does
                past_year_until = _paragraph_end(sh, s_start, end)
            s_end = cut
        if (sh[s_end : s_end + 1] == "?" and not _lost_character(text, sh, s_start, s_end)) or sh[
            s_start:s_end
        ].endswith(("?", "吗", "呢")):
            trailed = [m for m in _ELLIPSIS.finditer(sh, s_start, s_end)]
            if not trailed:
                continue  # a question states no target
            s_end = trailed[-1].start()  # 新增碧道100公里、……400亿元以上......深圳人的生活将有哪些新变化?
        intro = _LIST_INTRO.match(sh, s_start, s_end)
        if intro and _SENTENCE_MARKER.match(sh, intro.end(), s_end):
            s_start = intro.end()  # 这十件实事是:一是新建火山公园,…: the list's first point, read as the others
        marker = _SENTENCE_MARKER.match(sh, s_start, s_end)
        if marker:
            s_start = marker.end()
        if report and done_before and _BREAKDOWN.match(sh, s_start, s_end):
            continue  # …上半年实际完成投资156.92亿元。其中,中央专项资金38.15亿元: a breakdown of what is done
        done = _DONE_SO_FAR.search(sh, s_start, s_end) if report else None
        done_before = done is not None
        if done is not None:
            s_end = done.start()  # 年度投资目标15495万元,1-3月完成投资2513万元,占…的16.22%: the rest reports
        label = _line_month(sh, s_start) if due is None else None
        months_opening = _MONTHS_SO_FAR_OPENING.match(sh, s_start, s_end) if not report else None
        if months_opening is not None:
            reach = min(end, s_start + _SO_FAR_REACH)
            full_stop = sh.find("。", s_start, reach)
            full_stop = full_stop if full_stop >= 0 else reach  # (the text given may end before its 。)
            sign = _QUARTER_REPORTED if months_opening.group("quarters") else _REPORTING_SIGN
            if sign.search(sh, s_start, full_stop) and not _WordedAhead(sh, s_start, full_stop)(s_start):
                months_so_far_until = full_stop  # 1—5月,…完成29.6亿元,同比增长17.8%;…完成9.67亿元,…。
                if _opens_paragraph(sh, start, s_start):
                    # 上半年,全区…同比增长5.8%;…。新开工亿元以上项目26个,…: the paragraph it opens reports
                    # the months so far, up to a sentence or part that looks ahead
                    months_paragraph_until = _paragraph_end(sh, s_start, end)
        months_reported = s_start < months_so_far_until
        readings.extend(
            _read_sentence(
                text, sh, s_start, s_end, milestones, due, report, label, opened, deadline, so_far=months_reported
            )
        )
        if months_reported and _SO_FAR_ENDS.search(sh, s_start, s_end):
            months_so_far_until = months_paragraph_until = -1  # (…;下半年,力争…: what is ahead ends the report)
        if resumed is not None:
            readings.extend(_read_sentence(text, sh, *resumed, milestones, due, report, label))
    # 地区生产总值达到0亿元: a floor of nothing states no target (a text that lost its figures)
    return [r for r in readings if not (r.value == 0 and r.comparator in (">=", ">") and r.kind in ("count", "amount"))]


def _line_month(sh: str, position: int) -> tuple[str, int] | None:
    """What the line of ``position`` is due by when it opens with a month (1月:完成…(社会事务办);开展…:
    every sentence after the label, not only the first, is January's), or None."""
    starts = line_starts(sh)
    line_start = starts[bisect.bisect_right(starts, position) - 1]
    label = _LINE_MONTH.match(sh, line_start, position)
    if label is None or label.end() >= position:
        return None  # (the sentence the label opens reads it itself)
    return sh[line_start : label.end() - 1].strip(), _labelled_month(label)


def _labelled_month(label: re.Match[str]) -> int:
    """The month a label (4月, 第二季度) falls due in: its own, or its quarter's last."""
    quarter = label.group("quarter")
    return 3 * ("一二三四".find(quarter) + 1 or int(quarter)) if quarter else int(label.group("month"))


#: What a date carried over a ; does not date: the year's figures and rates (全年新增就业5000人, 增长6%).
_NOT_CARRIED: Final = re.compile(r"全年|年度|%|增长|增速")
#: A sentence that opens with its date alone (2025年6月底前,…).
_DATE_OPENS: Final = re.compile(
    rf"\s*(?:[一二三四五六七八九十]是\s*)?(?P<date>{_DEADLINE.pattern})\s*[,:]"
)  # (3月底前:…, a schedule line)


def date_opening(sh: str, start: int, end: int) -> tuple[str, int] | None:
    """The date a sentence at ``start`` opens with, alone in its clause (2025年6月底前,…; 一是6月底前,…), and its month."""
    opening = _DATE_OPENS.match(sh, start, end)
    month = _month(opening) if opening is not None else None
    return (opening.group("date"), month) if opening is not None and month is not None else None


#: A clause within a sentence that opens with a year (…成绩单,2023年全省生产总值增长9.2%; …,报告显示,
#: 2023年…), not a date (2023年底前, 2023年6月) nor a base (较2023年).
_YEAR_GONE_CLAUSE: Final = re.compile(
    r"[,;:]\s*(?:[^,;。\d]{0,12}?(?:显示|指出|表示|介绍)[,:]\s*)?(?P<year>20\d{2})\s*年"
    # (not a base, 2024年的基础上, 2024年同期; nor a span on, 2024年—2026年累计…)
    r"(?![\d月底末内前初]|的?基础上|同期|度?\s*[—–\-~～至到]\s*20\d{2})"
)


def _cut_at_year_gone(sh: str, s_start: int, s_end: int, year: int) -> tuple[int, tuple[int, int] | None]:
    """Where a sentence turns to report a year before the plan's (海南亮出了成绩单,2023年…增长9.2%,…): the
    sentence ends there, and what it goes on to say from a clause that opens with the plan's year on
    (…,2024年实现…增长8%左右) is read again."""
    gone = next(
        (
            m
            for m in _YEAR_GONE_CLAUSE.finditer(sh, s_start, s_end)
            if int(m.group("year")) < year and not _TO_BE_DONE.match(sh, m.end(), s_end)
        ),
        None,
    )
    if gone is None:
        return s_end, None
    ahead = next(
        (
            m
            for m in _YEAR_CLAUSE.finditer(sh, gone.end(), s_end)
            if m.group("year") is None or int(m.group("year")) >= year
        ),
        None,
    )
    return gone.start(), (ahead.start("turn"), s_end) if ahead is not None else None


#: A clause that ends saying where things stand (进度滞后, 开工较晚, 处于…阶段, 正在装修, 4项尚未完成…):
#: a report.
_STATUS: Final = re.compile(
    r"(?:(?:进度|进展)(?:严重|明显)?(?:滞后|缓慢|较慢)|(?:开工|进度|进展|推进)较(?:晚|慢)|处于[^,;。\d]{1,14}阶段|"
    r"(?:正在|仍在)[\u4e00-\u9fff]{1,6}|"
    r"\d\s*[项个件][^,;。\d]{0,4}?(?:尚未|未能?)完成(?:年度|全年)?(?:目标)?(?:任务)?(?:的[^,;。\d]{0,12}?为)?)\s*$"
)
#: A change from where a figure stands to a target (从574元、271元分别提高到609元、300元).
_FROM_TO: Final = re.compile(
    r"(?:从|由)(?P<base>[^,;。]*?\d[^,;。]*?)(?:分别|统一)?(?:提高|增加|提升|上调|调高|调整|增长|扩大|降低|下降|减少|降)(?:到|至|为)"
)
#: A class of water (or other) quality reached or kept (达到Ⅲ类以上, 保持国家Ⅱ类标准, 达到或优于Ⅲ类, 达准Ⅳ类标准);
#: not 劣Ⅴ类, the class to be rid of.
_QUALITY_CLASS: Final = re.compile(
    r"(?<!未)(?<!不)(?:达到|保持|稳定在|稳定达到|稳定保持|优于|提升至|提高到|达)(?:或优于|或好于)?(?:国家|省)?(?:地表水)?(?:准)?"
    r"(?:[ⅠⅡⅢⅣⅤ]|[ⅠⅡ][-—~～][ⅡⅢ])类(?!(?:水质)?(?:标准)?(?:以上|及以上)?的)"
    r"(?![^,;。]{0,8}?(?:比例|比重|占比))(?![^(（]*[)）])"
)
#: The plan's projects counted by how they stand (项目提前或超额完成…, 项目已完成…, 项目报…后调整…) or as
#: broken down (40个具体项目逐项细化分解).
_PROJECTS_BY_STATE: Final = re.compile(
    r"(?:具体|民生实事|实事)?项目(?:已经?|均已|提前或超额|报[^,;。]{0,10}?后|逐项(?:细化|分解))"
)
#: A figure with a scale and no measure word (1万, 5.2亿), as a page's counters show them.
_SCALE_ALONE: Final = re.compile(r"\s*\d+(?:\.\d+)?\s*[万亿]\s*")


def _line_alone(sh: str, start: int, end: int) -> bool:
    """Whether sh[start:end] is the whole of its line."""
    return (start == 0 or sh[start - 1] == "\n") and (end == len(sh) or sh[end] == "\n")


#: What the addressee of a reply proposed or raised (您建议…, 关于您提出的…的建议, 您在建议中反映…).
_ADDRESSEE_SAID: Final = re.compile(r"您(?:在[^,;。]{0,12}?中)?(?:建议|提出|反映|所提|所说)")
#: A clause that ends on where a level stands now (…标准,分别由每人每月2550元和1710元), and the next one
#: raising it (,提高到每人每月2775元和2497.5元).
_BASE_CLAUSE: Final = re.compile(r"(?:从|由)[^,;。由从]*?\d[^,;。由从]*$")
_RAISED_NEXT: Final = re.compile(
    r"[,，]\s*(?:分别|统一)?(?:提高|增加|提升|上调|调高|调整|增长|扩大|降低|下降|减少|降)(?:到|至|为)"
)
#: A level raised (由850元提高到925元, 提高到每人每月2775元和2497.5元).
_RAISED: Final = re.compile(r"(?:提高|增加|提升|上调|调高|降低|下降|减少)(?:到|至)[^,;。]*?\d")
#: The size of a raise, after it (增幅8.82%, 增幅分别为8.82%和46.05%).
_RAISE_SIZE: Final = re.compile(r"\s*(?:增幅|增长幅度|提高幅度|提标幅度|涨幅|降幅)(?:分别为|为|达(?!到))?\s*\d")


def _clause_before(sh: str, start: int) -> int:
    """Where the clause before ``start`` (which a , ; or 。 ends) begins."""
    return max(sh.rfind(mark, 0, start - 1) for mark in ",;。\n") + 1


#: A year (or a horizon) heading a quote, which the quote leaves out as a key does (到2025年).
_YEAR_HEAD: Final = re.compile(
    r"(?:(?:到|至)?20\d{2}\s*年(?:底|末)?(?![\d月前内底末度])|将(?=[^,;。]*(?:提高|增加|提升|调整|降低)))[,\s]*"
)
#: A clause that opens with a year (or 今年), after a comma: where a sentence turns from the past to the plan.
_YEAR_CLAUSE: Final = re.compile(
    r"[,;]\s*(?P<turn>(?P<year>20\d{2})\s*年|今年|本年度?|明年)"
    # (…;2026年以来, …;2026年1-5月, …;2026年上半年: the year so far, reported, no turn ahead)
    r"(?!以来|\s*\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|上半年|前三季度|一季度)"
)


#: This year's figures so far, right after the time so far names its day (截至9月底,今年…累计完成…, …已完成…).
_SO_FAR_THIS_YEAR: Final = re.compile(r"(?![^,;。]{0,20}?(?:力争|争取|确保|要|将|计划|预计))[^,;。]{0,20}?(?:累计|已)")


#: An item's number right before a year (14.2023年全区…), which the sentence marker takes for a decimal.
_NUMBERED_YEAR: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[(（]\d{1,2}[)）])(?=\s*20\d{2}\s*年)")


def _horizon_ahead(words: str, year: int | None) -> bool:
    """Whether 截至 names a time ahead (截至2026年底, in a plan for 2026 or before), not the time so far."""
    ahead = re.match(r"\s*截[至止](20\d{2})\s*年(?:底|末)", words)
    return ahead is not None and (year is None or int(ahead.group(1)) >= year)


def _strive_at(sh: str, s_start: int, c_start: int, position: int, markers: Sequence[re.Match[str]]) -> bool:
    """Whether 力争/争取/争创 governs a target at ``position`` by the sentence's head or its own clause;
    ``markers`` are the sentence's 力争/确保 words, found once.

    A marker at the head of a sentence governs the whole sentence (力争净增…超10家,…税收增长
    10%以上), until 确保; a marker further on governs its own clause (and, see
    :func:`_read_sentence`, a list of targets right after it).
    """
    last = None
    for match in markers:
        if match.end() > position:
            break
        head = match.start() == s_start or not sh[s_start : match.start()].strip(" ,")
        if match.start() >= c_start or head or match.group() not in _STRIVE_WORDS:
            last = match.group()
    return last in _STRIVE_WORDS


def _read_sentence(
    text: str,
    sh: str,
    s_start: int,
    s_end: int,
    milestones: bool,
    due: tuple[str, int] | None = None,
    report: bool = False,
    label: tuple[str, int] | None = None,
    opened: tuple[str, int] | None = None,
    beside: tuple[str, int] | None = None,
    *,
    so_far: bool = False,
) -> list[Reading]:
    """The targets a sentence states. In a plan (not a ``report``), 预计 forecasts the plan's year
    (预计全省地区生产总值增长5.5%左右), unless a clause before it in the sentence reports (已进入收获期,
    预计产量…). ``label`` is the month its line opens with (1月:…;…), which dates it as its own would;
    ``opened`` the date a sentence before it ended by ; opened with, which dates its first clause; ``beside``
    the deadline stated beside its units, which dates its clauses without a figure or a date of their own.
    ``so_far`` says the sentence, or the one its ; goes on from, opened with the months so far (1—5月,…) and
    reports them: its clauses report up to one that looks ahead."""
    readings: list[Reading] = []
    forecast = not report  # whether 预计 in the next clause forecasts the plan's year
    carried: tuple[str, int | None] = due if due is not None else label if label is not None else ("", None)
    carried_end: int | None = None  # where the clause that is only a date ends
    if opened is not None and due is None and label is None and not _NOT_CARRIED.search(sh, s_start, s_end):
        # as if the date opened this sentence too (not 全年新增就业5000人, 增长6%: the year's, not the date's)
        carried, carried_end = opened, s_start
    labelled = due is not None or label is not None  # the date labels the rest of the sentence (4月:…)
    horizon = ""
    previous_subject = ""
    carry = False  # a marker further on governs the clauses of targets right after it
    markers = list(_STRIVE.finditer(sh, s_start, s_end))
    # each searched once for the sentence (not once a clause from its start: a long sentence of many
    # clauses would cost its square)
    as_of = _AS_OF.search(sh, s_start, s_end)
    horizons = [m.start() for m in _HORIZON.finditer(sh, s_start, s_end)]  # (到2027年…: where the date stops)
    now_opening = _NOW_OPENING.search(sh, s_start, s_end)
    reported = _LAST_YEAR_REPORT.search(sh, s_start, s_end)
    turn = _THIS_YEAR_TURN.search(sh, reported.end(), s_end) if reported is not None else None
    reported_before = False  # whether the clause before reports what is done (已完成552个)
    past_before = False  # whether it says what has happened (已全部开工)
    narrated = False  # whether a clause before tells what was done (打造了…)
    months_so_far = False  # whether the clause before is only the months so far (…,1—7月,完成投资…)
    reporting = _REPORTING_SIGN.search(sh, s_start, s_end) is not None  # (同比, 投资进度: the months so far report)
    worded_ahead = _WordedAhead(sh, s_start, s_end)  # whether a target is worded from a point, up to a later part
    previous_clause: int | None = None  # where the clause before starts, and whether it stated a target
    previous_stated = False
    # 为了…,圆满完成2023年小麦播种任务,现将《…》印发给你们: what the document is for, up to its issue
    issued = (
        _DOCUMENT_ISSUED.search(sh, s_start, s_end) if _PURPOSE.match(_LEADING.sub("", sh[s_start:s_end])) else None
    )
    shared = _shared_deadline(sh, s_start, s_end)
    breakdown = False  # whether a bare 其中 after a clause that reports a figure opened the clauses since
    last_clause = ""  # the clause before, as written
    for c_start, c_end in clauses(sh, s_start, s_end):
        if _BASELINE_LABEL.search(sh, max(s_start, c_start - 10), c_start):
            continue  # 指标:粮食总产量;基期值:17.8万吨;目标值:…: where things stand, labelled so beside the target
        if issued is not None and c_end <= issued.start() and not _target_quantities(sh, c_start, c_end):
            continue  # (确保全县固定资产投资增长8%以上,…,制定本方案: a figure it is for is a target still)
        clause = sh[c_start:c_end]
        before_clause, last_clause = last_clause, clause
        after_report, reported_before = reported_before, bool(_DONE_FIGURE.search(clause))
        after_past, past_before = past_before, _reports(clause, forecast=False)
        ahead = _AHEAD.search(clause) is not None
        if narrated and not ahead:
            continue  # 宁夏打造了…产业集群,创建国家级现代农业产业园5个: what the doing came to
        narrated = not ahead and _NARRATED.search(clause) is not None
        if now_opening is not None and now_opening.end() <= c_start:
            if not ahead:
                continue  # 当前,…坐落着三四十家钾肥企业,钾肥年产量达680万吨: what stands now
            now_opening = None  # (当前,各地要抓住…,确保全年新建学校3所: the plan from here on)
        if after_report and _SHARE_DONE.match(clause):
            continue  # …已完成552个,完成率达67.6%: the share done, reported with it
        if _ITEMS_DONE_COUNTED.search(clause):
            continue  # 其中超额完成任务的已有10项: the items done, counted
        months_before, months_so_far = months_so_far, bool(_MONTHS_SO_FAR.fullmatch(clause))
        if months_so_far and reporting and not worded_ahead(c_end):
            so_far = True  # …攻坚硬仗,1—5月,该城区工业投资同比增长101.6%: the months so far start a report
            continue
        if so_far and not _SO_FAR_ENDS.search(clause):
            reported_before = True
            continue  # 1—5月,…完成29.6亿元,同比增长17.8%;…: the months so far, clause by clause
        so_far = False  # (…,下半年力争…: what is ahead ends the report)
        if (
            (_MONTHS_SO_FAR_DONE.search(clause) or (months_before and _DONE_OPENING.match(clause)))
            and not _PLANNED_WORDS.search(clause)
            and reporting
        ):
            reported_before = True
            continue  # …,1—7月完成投资887.1亿元、同比增长8.7%; …,1—7月,完成投资107.9亿元: what the months so far
            # came to (a plan's steps fall due at a quarter's end: 1-6月完成…)
        share_next = _SHARE_DONE_NEXT.match(sh, c_end)
        if (
            share_next is not None
            # (…,完成投资117.3亿元,投资完成率为21.9%: a share that *is* so much says how far it got)
            and (
                report
                or "已" in clause
                or Decimal(share_next.group("share")) > 100
                or (
                    share_next.group("is")
                    and Decimal(share_next.group("share")) < 100
                    and not share_next.group("floor")
                )
            )
            and _FIGURE.search(clause)
            and not _STRIVE.search(clause)
            and not _DEADLINE.search(clause)
        ):
            reported_before = True
            continue  # 实体零工驿站建设完成2个,完成率200%: what is done, as the share after it says (in a
            # plan, 完成…摸排整改500户,完成率100% is a target and its share)
        if _STATUS.search(clause) and not _DEADLINE.search(clause):
            continue  # 城东幼儿园开工较晚; 剩余9个小区处于附属设施施工阶段: where things stand, not a target
        if after_past and _SUBSET_OF_REPORT.match(clause):
            past_before = reported_before = True
            breakdown = clause.strip() == "其中" and bool(re.search(r"\d", before_clause))
            continue  # 已全部开工,其中改造完成945个,完成年度任务的52%: a part of what is reported
        if breakdown and not _AHEAD.search(clause):
            past_before = reported_before = True
            continue  # …提高至现在的53.0%,其中,能源投资增长17.4%;旅游业…分别增长10.8%: the report broken down
        breakdown = False
        if (
            as_of
            and as_of.end() <= c_start
            and not _horizon_ahead(sh[as_of.start() : min(c_start, as_of.end() + 12)], None)
        ):
            if _STILL_TO_DO.match(clause):
                as_of = None  # 截至目前已完成3所,年底前再完成2所,全年完成5所: what is left is the plan's from here
            else:
                # …,截至6月底已完成整改11项,完成率57.9%: the sentence reports, up to a clause that turns to what is
                # still to be done (目前,…正加快推进,计划一季度…)
                continue
        if reported is not None and reported.end() <= c_start and (turn is None or turn.end() > c_end):
            continue  # 江西去年的粮食产量达到…,连续10年稳定在…: the clauses after it report last year
        if report and _SO_FAR_FIGURE.match(clause):
            continue  # (a report) 三季度增长5.5%, 1-10月份增长0.5%: how far the period so far went
        if (_PACE_REPORTED.search(clause) and (report or not _PACE_REQUIRED.search(clause))) or (
            report and _PROGRESS_REPORTED.search(clause) and not _DEADLINE.search(clause)
        ):
            continue  # 超序时进度2.99个百分点; (a report) 累计完成投资12.88亿元, 完成年度计划投资比例52.99%: how far it got
        firm = any(m.group() not in _STRIVE_WORDS for m in _STRIVE.finditer(clause))
        horizon_match = _HORIZON.search(clause)
        if horizon_match:
            horizon = horizon_match.group()
        month_label = (
            _MONTH_LABEL.fullmatch(clause)
            if sh[c_end : c_end + 1] == ":"
            # 3-4月,…开复工: a plan's schedule, each paragraph opening with its months, all of it due then
            else _MONTHS_OPENING.fullmatch(clause)
            if not report and sh[c_end : c_end + 1] == "," and c_start == s_start and _opens_paragraph(sh, 0, c_start)
            else None
        )
        if month_label:  # 4月:公布采购意向公告,完成培训65人: an entry of a monthly plan, all of it due then
            carried, carried_end, labelled = (clause.strip(), _labelled_month(month_label)), c_end, True
            continue
        deadline_match = _DEADLINE.search(clause)
        if deadline_match and (deadline_match.group("half") or deadline_match.group("second_half")):
            # 下半年力争11月底前完成…: the month right after names the date the half only leads up to (not
            # 上半年开工建设…10栋、年底前全部建成, a later date of another deed)
            later = _HALF_THEN_DATE.match(clause, deadline_match.end())
            if later is not None:
                deadline_match = _DEADLINE.match(clause, later.end()) or deadline_match
        deadline = (deadline_match.group(), _month(deadline_match)) if deadline_match else ("", None)
        if (
            deadline_match is not None
            and deadline[1] == 12
            and clause[deadline_match.start() - 1 : deadline_match.start()] in ("(", "（")
            and clause[deadline_match.end() : deadline_match.end() + 1] in (")", "）")
            and _LEVEL_HELD.search(clause, 0, deadline_match.start())
        ):
            # 空气质量优良天数比率达到82%(2026年12月底前): the year's level, its time limit in brackets (not a
            # deliverable: 建成社区食堂12个(6月底前) is one)
            deadline, deadline_match = ("", None), None
        if labelled and not deadline[0] and not _WHOLE_YEAR.search(clause):
            deadline = carried  # 6月:完成方案制定 is due in June; 全年新增就业5000人 in it is the year's
        elif due is not None and "季度" in due[0] and (not deadline[0] or _YEAR_LONG.fullmatch(deadline[0])):
            deadline = due  # 四季度 | 12月底累计4.2万人以上, 全年累计2000人以上: due by the quarter's end
        elif (
            shared is not None
            and not deadline[0]
            and c_end <= shared[1]
            and not _WHOLE_YEAR.search(clause)
            and not _LEVEL_HELD.search(clause)
        ):
            # 完成背街小巷整治35条,打造精品街巷3条(2026年9月底前): the bracket dates both (a rate or a ceiling
            # beside them, …失业率控制在5.5%以内, is the period's level, no deliverable)
            deadline = shared[0]
        rest = clause[: deadline_match.start()] + clause[deadline_match.end() :] if deadline_match else clause
        alone = _ITEM_MARK.sub("", rest).strip(" ,()")
        if deadline_match and re.search(r"月|年底|年末", deadline_match.group()):
            alone = _THIS_YEAR_WORD.sub("", alone)  # (今年上半年, in a report is the half gone by)
        if deadline_match and not alone:
            # 9月底前, / (1)9月底前, / (12月底前) / 今年6月底前,
            carried = deadline  # 9月底前,完成…: the date governs what follows in the sentence
            carried_end = c_end
            if (
                not report
                and _opens_paragraph(sh, 0, c_start)
                and _in_schedule(sh, c_start)
                and not _DEADLINE.search(sh, c_end, s_end)  # (…,年底前全部完工: a later date of its own)
            ):
                labelled = True  # 推进节点: 3月底前,…;6月底前,…: a schedule's line is due by its date, all of it
            continue
        before = len(readings)
        if (
            not deadline[0]
            and not carried[0]
            and beside is not None
            and not _target_quantities(sh, c_start, c_end)
            and _DELIVERED_BY_DATE.match(_LEADING.sub("", clause).strip(" ,"))
            and not _VAGUE.search(_LEADING.sub("", clause).strip(" ,"))
        ):
            deadline = beside  # 召开都市圈协调机制会议。(…,完成时限:2023年12月): dated by the bracket (not 发挥…作用)
        if (
            not deadline[0]
            and carried[0]
            and carried_end is not None
            and (
                not sh[carried_end:c_start].strip(" ,")
                or (
                    carried_end > s_start  # (a date of this part's own: one opening the part before dates one clause)
                    and _COUNTED_DELIVERABLE.search(clause) is not None
                    and not (_LEVEL_HELD.search(clause) or _WHOLE_YEAR.search(clause) or _DEADLINE.search(clause))
                    # (…,到2027年累计改造管网50公里: the horizon's)
                    and bisect.bisect_left(horizons, carried_end) == bisect.bisect_left(horizons, c_end)
                    # (…,改造管网12公里,年底前全部完工: the date of the clause right after it governs it; only that
                    # clause is looked at, so the pass stays linear in a long part)
                    and not _DEADLINE.search(sh, c_end, _next_clause_end(sh, c_end, s_end))
                )
            )
        ):
            # 6月底前,A完成升级、B扩展至200项以上: the clause right after the date is dated, figures too; so is a
            # later clause's deliverable (2025年底前,改造雨污合流管网18公里,消除易涝积水点12处;), not a level held
            # (9月底前,完成…验收,覆盖率达到100%) nor the year's figure (…,全年新增就业5000人)
            deadline = carried
        stated = _stretch_quoted(
            sh, _read_clause(text, sh, c_start, c_end, deadline, milestones, previous_subject, forecast)
        )
        if stated or "(" in clause:  # (各乡镇具体承担(青石镇60公里、…): the shares a clause of no figure gives out)
            for p_start, p_end in _bracketed_parts(sh, c_start, c_end, stated=bool(stated)):
                stated.extend(_read_clause(text, sh, p_start, p_end, deadline, False, previous_subject, forecast))
        forecast = forecast and not _reports(clause, forecast=True)
        if (
            len(stated) == 1
            and stated[0].kind == "milestone"
            and stated[0].deadline
            and previous_clause is not None
            and not previous_stated
            and _DONE_BARE.fullmatch(clause.replace(stated[0].deadline, ""))
        ):
            # 出台《…若干措施》,9月底前印发实施: the date and the verb finish what the clause before names
            stated = [attrs.evolve(stated[0], start=previous_clause)]
        previous_clause, previous_stated = c_start, bool(stated)
        level = len(stated) == 1 and bool(readings) and _same_level(readings[-1], stated[0], clause)
        if level:
            # 森林覆盖率达到45%,力争达到46%: the level striven higher, of the same measure
            stated = [attrs.evolve(stated[0], subject=readings[-1].subject, kind=readings[-1].kind)]
        if (
            len(stated) == 1
            and readings
            and readings[-1].kind == "ratio"
            and stated[0].kind in ("count", "amount")
            and (readings[-1].unit, readings[-1].scale) == (stated[0].unit, stated[0].scale)
            and _YEAR_STAGE.fullmatch(clause)
        ):
            # 每千人口拥有…托位数2026年达到4个,2027年达到4.5个: a later year's stage of the same density
            stated = [attrs.evolve(stated[0], kind="ratio", subject=readings[-1].subject)]
        stretched = level or (len(stated) == 1 and bool(readings) and _same_growth(readings[-1], stated[0], clause))
        if stretched and not level:
            # 增长6.5%左右,在实际工作中力争达到7%: a rate with nothing of its own is the same growth
            # quoted from the growth it strives past (固定资产投资增长12%、力争13%): the quote names it
            last = readings[-1]
            stated = [
                attrs.evolve(
                    stated[0],
                    start=last.start,
                    kind="growth-rate",
                    growth=True,
                    subject=last.subject,
                    decrease=last.decrease,
                )
            ]
        for reading in stated:
            if not reading.deadline and carried[0] and reading.kind == "milestone":
                reading = attrs.evolve(reading, deadline=carried[0], deadline_month=carried[1])
            if horizon and not reading.horizon:
                reading = attrs.evolve(reading, horizon=horizon)
            strive = _strive_at(sh, s_start, c_start, reading.end, markers) or (carry and not firm)
            year_head = _YEAR_HEAD.match(sh, reading.start, reading.end)
            if year_head and year_head.end() < reading.end:  # 2025年接待游客…增长10%, 将…提高到: from the measure
                reading = attrs.evolve(reading, start=year_head.end())
            readings.append(attrs.evolve(reading, strive=strive))
        # 围绕…,力争单产提高2%,总产增长3%; 准点率保持在95%以上,力争…创建示范县,样板线达到3条: a
        # marker governs the rest of the comma list of targets it opens, after firm targets too,
        # until a clause states none (a measure: 开展…) or says 确保.
        # (a stretch paired with a firm figure, 增长12%、力争13% or 增长8%,力争9%, opens nothing: it is
        # that figure's own)
        opens = not stretched and any(
            m.group() in _STRIVE_WORDS and not _AFTER_A_FIGURE.search(clause, 0, m.start())
            for m in _STRIVE.finditer(clause)
        )
        carry = len(readings) > before and not firm and (carry or opens)
        subject = _leading_subject(clause)
        if subject:
            previous_subject = subject
    return readings


#: A clause that is a date and a verb of finishing, nothing of its own (9月底前印发实施, 年底前全面完成).
_DONE_BARE: Final = re.compile(
    r"\s*(?:力争|争取|确保)?\s*(?:全面|全部|基本)?(?:印发实施|印发|出台|完成|建成|竣工|实施|上线|投用|投入使用|建成投用)\s*[。;]?\s*"
)
#: A change measured from a named base year's level (较2022年下降13.5%), not from the year before.
_BASE_YEAR: Final = re.compile(
    r"(?:较|比|相比)(?:20\d{2})年(?:底|末)?(?:累计)?\s*(?:分别|均)?\s*(?:下降|降低|增长|提高|减少|上升|压减|压缩|缩减|削减|精简)"
    r"|(?:较|比)上年(?:同期)?\s*(?:下降|降低|减少)"  # 化肥使用量较上年下降1%: a cut from last year's level
    # 在2015年70微克/立方米的基础上降低25%, 与2015年相比降低25%: against a base year's level, said at length
    # (在2025年23860元的基础上增长7.5%, the level stated: a rate of growth still; 工业总产值在2025年基础上
    # 增长8%, no level: against the base year's, as 较2025年增长8% is)
    r"|在20\d{2}年[^,;。]{0,20}?的?基础上\s*(?:分别|累计|再)?\s*(?:下降|降低|减少)"
    r"|在20\d{2}年(?:底|末)?的?基础上\s*(?:分别|累计|再)?\s*(?:增长|提高|增加|上升|提升)"
    r"|[与與]20\d{2}年(?:同期)?相比\s*(?:分别|累计|累計)?\s*(?:下降|降低|减少|減少|增长|增長|提高|提升|增加|上升)"
)
#: A rise said from a level stated as its base, right before its figure (在68%的基础上,提高; 在人均14平方米的基礎上,
#: 力爭提高): against that level, not a year's growth (在2025年23860元的基础上增长7.5% stays a growth rate).
_LEVEL_BASE_RAISED: Final = re.compile(
    r"在(?!\s*20\d{2}\s*年)[^,;。]{0,20}?\d[^,;。\d]{0,8}?的?(?:基础|基礎)上[,，]?\s*(?:力争|力爭|争取|爭取|再|进一步|進一步)?\s*"
    r"(?:提高|提升)\s*$"
)
#: How far before a figure its base is looked for.
_BASE_REACH: Final = 48
#: The results of the plan's own oversight judged right after it (…专项督查,督查结果纳入年度考核).
_OVERSIGHT_JUDGED: Final = re.compile(r"[,，]\s*(?:督查|督导|检查|考核)结果")
#: A plan's parts counted by their name (27个子项目, 30项子任务).
_SUB_ITEMS: Final = re.compile(r"\s*子(?:项目|项|任务)")
#: What builds an industry to a size class, right before the class's figure (打造260亿级, 形成“1000亿级”, and the
#: next of a list of them: 、150亿级).
_SIZE_CLASS_BUILT: Final = re.compile(
    r"(?:打造|形成|建成|培育|壮大|发展(?:成|为)?|成为)[“\"]?$|(?<=[级級])[^,;。\d]{1,16}[、和及与]$"
)
#: A size class that qualifies what is counted after it (20亿级项目不少于12个, 100亿级企业1户): no scale to reach.
_SIZE_CLASS_COUNTED: Final = re.compile(
    r"[级級][^,;。\d、和及与]{0,16}?(?:(?:不少于|不低于|达到|超过)\s*\d|\d+\s*(?:个|家|户|项|座|所|条|只))"
    r"|[级級]的?(?:重大|重点|龙头)?(?:项目|企业)"  # (10亿级项目, 百亿级龙头企业: which ones, no scale to reach)
)
#: The words after a figure that make it the base a change starts from (在68%的基础上, 在人均14平方米的基礎上).
_ON_ITS_BASE: Final = re.compile(r"\s*的?(?:基础|基礎)上")
#: A rise from last year's level, right before its figure (较上年提高2件, 比上年增加3个).
_LAST_YEAR_RAISED: Final = re.compile(r"(?:较|比)(?:上年度?|去年|20\d{2}年)(?:同期)?\s*(?:提高|增加|提升|增长)\s*$")
#: A level raised by so much of its own measure (亩均粮食产能提高100斤左右, 补贴标准提高10元, 耕地质量等级提升0.5个
#: 等级, 单产提升3公斤): a change against the level now, right before its figure (not a whole's capacity, 产能提高
#: 200万吨, nor 高标准农田改造提升3000亩 or 标准化运维提升120个, where 标准 names no level).
_LEVEL_RAISED: Final = re.compile(
    r"(?:(?<!高)标准(?![化农厂地件])|亩均|单产(?!提升带动)|亩产|(?<!公路)等级(?!公路|医院)|寿命)"
    r"(?:(?!里程|面积|总|产量|数量|医院|厂|带动)[^,;。，；\d]){0,12}?(?:提高|提升|增加|延长)(?:了)?\s*$"
)
#: A cut of a stock standing now (违法建设存量年内消减30%, 存量债务化解20%), right before its figure.
_STOCK_CUT: Final = re.compile(r"存量[^,;。，；]{0,12}?(?:消减|削减|压减|减少|化解|下降|降低)\s*$")
#: A cut the growth words leave to the wording around it (时限压缩50% is a share; 较2025年压缩10% a cut).
_CUT: Final = re.compile(r"压缩")
#: A figure per unit of land (亩均税收, 地均产出): a density, whatever it is counted in (a subsidy of
#: 每亩110元 is an amount, a standard like 按800元/人).
_PER_AREA: Final = re.compile(r"亩均|地均|单位(?:土地|用地)面积")
#: A clause about the whole year, which no month's label dates (全年, 年度目标, 确保年底…占比50%以上);
#: not a year named (2024年度财务审计).
_WHOLE_YEAR: Final = re.compile(r"全年|年内|(?<!\d)年度|当年|年底|年末")
#: A word naming this year before a date alone in its clause (今年6月底前,…; 本年度9月底前,…).
_THIS_YEAR: Final = r"(?:今年?|本年度?|当年|年内)"  # (今 of 今年底前: 年底前 is the date)
_THIS_YEAR_WORD: Final = re.compile(rf"^{_THIS_YEAR}$")
#: An item's mark inside a sentence (…道路建设:(1)9月底前,…).
_ITEM_MARK: Final = re.compile(r"^\s*[(（]\d{1,2}[)）]")
#: The months a paragraph of a plan's schedule opens with (3-4月, 9月), its last the one due.
_MONTHS_OPENING: Final = re.compile(
    r"\s*(?:(?:1[0-2]|[1-9])\s*[-—–~至])?(?P<month>1[0-2]|[1-9])\s*月份?\s*(?P<quarter>)"
)
#: A month labelling an entry of a monthly plan (4月:…, 12月份:…, 1季度:…).
_MONTH_LABEL: Final = re.compile(
    r"\s*(?:(?P<month>1[0-2]|[1-9])\s*月份?|第?(?P<quarter>[一二三四1-4])\s*季度(?:末|底)?)\s*"
)
#: A line of a monthly plan opening with its month label (1月:…;…;…, 12月份:…, 第一季度:…).
_LINE_MONTH: Final = re.compile(r"[ \t]*" + _MONTH_LABEL.pattern.removeprefix(r"\s*") + ":")
#: A clause that is a rate and nothing else: (在实际工作中)力争达到7%(以上).
_BARE_RATE: Final = re.compile(
    r"\s*(?:在[^,]{0,10}?中|同时|并)?,?(?:力争|争取|努力|确保)?(?:达到|达|实现|超过|突破|到)?"
    r"\s*\d+(?:\.\d+)?\s*%(?:以上|左右)?\s*"
)


#: A growth with no subject of its own (增长20%以上, 同比增长8%).
_BARE_GROWTH: Final = re.compile(r"\s*(?:同比|年均)?(?:增长|增速|提高|增加)")


def _stretch_quoted(sh: str, stated: list[Reading]) -> list[Reading]:
    """A figure striven for right after a firm one of the same kind (固定资产投资增长12%、力争13%), and a
    growth right after the level that grows (到位资金量突破1200亿元、增长20%以上), are quoted from the
    first one's start, so that the quote names what it measures."""
    out = list(stated)
    for i in range(1, len(out)):
        before, reading = out[i - 1], out[i]
        if (
            sh[before.end : reading.start].strip() == "、"
            and reading.kind == "growth-rate"
            and before.kind in ("amount", "count")
            and _BARE_GROWTH.match(sh, reading.start, reading.end)
        ):
            # 到位资金量突破1200亿元、增长20%以上: the level's growth, quoted from the level's start so that
            # it names what grows (and is not taken for another thing's 增长20%以上)
            out[i] = attrs.evolve(reading, start=before.start, subject=reading.subject or before.subject)
            continue
        if sh[before.end : reading.start].strip() != "、" or not sh.startswith(("力争", "争取"), reading.start):
            continue
        if reading.kind == before.kind:
            out[i] = attrs.evolve(reading, start=before.start)
        elif (
            before.kind == "growth-rate"
            and reading.kind == "ratio"
            and _BARE_RATE.fullmatch(sh, reading.start, reading.end)
        ):
            # 增长7%以上、力争达到8%: the same growth, striven higher
            out[i] = attrs.evolve(
                reading,
                start=before.start,
                kind="growth-rate",
                growth=True,
                subject=before.subject,
                decrease=before.decrease,
            )
    return out


#: A count's quote ending at its figure and measure (续建20项), the next figure right after it (3093公里).
_ENDS_COUNTED: Final = re.compile(r"\d\s*[\u4e00-\u9fff]$")


def quote_measures_together(text: str, found: list[tuple[int, Reading]]) -> list[tuple[int, Reading]]:
    """Two measures of the same items written as one (公路重点工程项目35项4659公里, 新建桥梁2座170米): each
    quoted whole, so that the second names what it measures. Done once each statement stands alone (a
    restated figure is known by its own words first)."""
    out = list(found)
    for i in range(1, len(out)):
        (segment, before), (own, reading) = out[i - 1], out[i]
        if (
            reading.start == before.end
            and before.kind == "count"
            and reading.kind in ("amount", "count")
            and text[reading.start : reading.start + 1].isdigit()
            and _ENDS_COUNTED.search(text, before.start, before.end)
        ):
            out[i - 1] = (segment, attrs.evolve(before, end=reading.end))
            out[i] = (own, attrs.evolve(reading, start=before.start, subject=reading.subject or before.subject))
    return out


def _same_level(level: Reading, reading: Reading, clause: str) -> bool:
    """Whether a bare figure striven for after a level (森林覆盖率达到45%,力争达到46%; 粮食产量稳定在100万吨,
    力争达到105万吨) is that level, striven higher: the same measure, at least as much and at most half as
    much again."""
    if level.kind not in ("ratio", "amount", "count") or level.value is None or reading.value is None:
        return False
    return (
        _BARE_STRETCH.fullmatch(clause) is not None
        and (level.unit, level.scale) == (reading.unit, reading.scale)
        and level.value <= reading.value <= level.value * Decimal("1.5")
    )


#: A clause that is only a year's stage of a figure (2027年达到4.5个, 到2028年力争达到5个).
_YEAR_STAGE: Final = re.compile(
    r"\s*(?:到)?20\d{2}年(?:底|末)?\s*(?:力争|争取)?(?:达到|提高到|提升到|增加到|达|为)\s*\d+(?:\.\d+)?\s*[^\d,;。]{0,4}\s*"
)
#: A clause that is only a figure striven for (力争达到46%, 争取105万吨).
_BARE_STRETCH: Final = re.compile(r"\s*(?:力争|争取)(?:达到|实现|超过|突破|到)?\s*\d+(?:\.\d+)?\s*[^\d,;。]{0,4}\s*")


def _same_growth(growth: Reading, reading: Reading, clause: str) -> bool:
    """Whether a bare rate after a growth (…增长6.5%左右,力争达到7%) is that growth, striven higher: at
    least the growth and at most half as much again. A level after a growth (城镇化率提高2%,达到65%;
    研发投入增长10%,达到2.5%) is not."""
    if growth.kind != "growth-rate" or growth.value is None or reading.value is None:
        return False
    return bool(_BARE_RATE.fullmatch(clause)) and growth.value <= reading.value <= growth.value * Decimal("1.5")


_PART_NAME: Final = re.compile(r"[\u4e00-\u9fff\w]{1,12}")


def _bracketed_parts(sh: str, c_start: int, c_end: int, *, stated: bool = True) -> list[tuple[int, int]]:
    """The parts of a target stated in brackets after it, each a target of its own: a subset
    (总量18万人以上(其中县外11.5万人以上)), a split among places (50万吨(甲镇12万吨、乙镇8万吨)) or its
    rate of growth (11000万人次(年均增长率11%)).

    A bracket opening with 其中 is read as a clause; a bracket that is a 、 list of a place and a
    figure each gives one span per item. Any other bracket (a remark, a name) gives none. A clause that
    ``stated`` no target of its own gives only the places' shares it says they take on (各乡镇具体承担(…)).
    """
    parts: list[tuple[int, int]] = []
    depth = 0
    opened = -1
    first_figure = next((q.start + c_start for q in find_quantities(sh[c_start:c_end])), None)  # found once
    for i in range(c_start, c_end):
        ch = sh[i]
        if ch == "(":
            depth += 1
            if depth == 1:
                opened = i + 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0 and (
                (stated and first_figure is not None and first_figure < opened)
                or _PLACES_TAKE_ON.search(sh, c_start, opened - 1) is not None
            ):
                parts.extend(_bracket_items(sh, opened, i))
    return parts


#: Words right before a bracket saying the places take on shares of the work (各乡镇具体承担(青石镇60公里、…)):
#: the bracket's figures are those shares, a split of the sentence's total as after a figure.
_PLACES_TAKE_ON: Final = re.compile(
    EACH_PLACE + r"[^,;。()]{0,6}?(?:具体|分别|各自)?(?:承担|完成|落实)[^,;。()]{0,8}?(?:任务|目标)?\s*$"
)


#: What opens a bracket giving a subset of the figure before it (其中…, 含…, 其中含…).
_SUBSET_OPENING: Final = re.compile(
    r"其中含?|(?:包)?含(?![\u4e00-\u9fff]?[率量])(?=[^()]*\d)(?![^()]*(?:不含|不包括|;))"
    r"(?![^()]*(?:资金|补助|配套|结转|自筹|投资))"
)  # (含支管2公里;不含主管: a scope; 含水率80%, 含氮量…: a word; 含中央资金8000万元: who pays)
#: A rate of growth alone in brackets after a figure (年均增长率11%, 年均增长15%左右).
_BRACKETED_GROWTH: Final = re.compile(
    r"(?:年均|同比)?(?:增长|增速|增幅)率?(?:为|达到)?\s*\d+(?:\.\d+)?\s*%(?:左右|以上)?"
)


def _bracket_items(sh: str, start: int, end: int) -> list[tuple[int, int]]:
    start, end = strip_span(sh, start, end)
    subset = _SUBSET_OPENING.match(sh, start, end)
    if subset is not None:
        # (其中,新开工…,完成投资4600亿元左右;续建…,完成投资8800亿元左右): each part after a ; a clause too; (含返乡
        # 创业50人), (含高效节水灌溉面积800亩): the subset counted within, a target as 其中 gives one
        opened = subset.end()
        cuts = [opened, *(i for i in range(opened, end) if sh[i] == ";"), end]
        return [strip_span(sh, a + (a > opened), b) for a, b in zip(cuts, cuts[1:]) if b > a + 1]
    if _BRACKETED_GROWTH.fullmatch(sh, start, end):
        return [(start, end)]  # 11000万人次(年均增长率11%): the figure's rate of growth, a target too
    items = []
    begin = start
    for i in range(start, end + 1):
        if i == end or sh[i] in "、,;":
            items.append(strip_span(sh, begin, i))
            begin = i + 1
    if len(items) < 2:
        return []
    for a, b in items:
        quantities = find_quantities(sh[a:b])
        if len(quantities) != 1 or not _PART_NAME.fullmatch(sh[a : a + quantities[0].start]):
            return []
    return items


#: Deadlines that span the plan's year or its second half: they date a deliverable, not a figure.
_YEAR_LONG: Final = re.compile(r"年内|下半年(?:前|底前|末前)?|12月(?:底|末)")


#: A remark in brackets ((2025年底已建成126个), (2025年为41.3万吨)): no part of the clause's own tense.
_REMARK_IN_BRACKETS: Final = re.compile(r"[(（][^()（）]*[)）]")


def _reports(clause: str, forecast: bool) -> bool:
    """Whether ``clause`` says what was done, 预计 aside where it ``forecast``s the plan's year."""
    return any(not (forecast and _FORECAST.match(clause, m.start())) for m in _PAST.finditer(clause))


def _read_clause(
    text: str,
    sh: str,
    c_start: int,
    c_end: int,
    deadline: tuple[str, int | None],
    milestones: bool,
    previous_subject: str,
    forecast: bool = False,
) -> list[Reading]:
    clause = sh[c_start:c_end]
    body = _LEADING.sub("", clause)
    # (新增30个(2025年底已建成126个): a baseline remarked in brackets tells nothing of the clause's tense)
    outside = _REMARK_IN_BRACKETS.sub("", clause)
    past = (
        _reports(outside if outside.strip() else clause, forecast)
        and not _SETS_A_TARGET.search(clause)
        and not _STRIVEN_BY.search(clause)
    )
    if past or _WHAT_THE_YEAR_IS.search(clause) or _SCORING.search(clause) or _NOTICE_FORMULA.match(clause):
        return []
    if _SUPERSEDED.match(body) and _REVISED.search(sh, c_end, min(len(sh), c_end + _REVISED_REACH)):
        return []  # 原定全年接待国内游客1850万人次,调整为1700万人次以上: the target the revision replaces
    if _EXPECTED.search(clause):
        return []  # 累计投资有望超过500亿元, 有望10月底建成通车: what is expected to come, no target set
    if _OWN_WORK_PLAN.search(clause) and _addressees_own_plan(sh, c_start, c_end):
        return []  # 各牵头单位要…,于3月15日前制定具体工作方案: how the plan is carried out
    if _NAME_LABEL.search(sh, max(0, c_start - 8), c_start) and (
        not find_quantities(clause) or re.search(r"(?:项目|工程)\s*$", clause)
    ):
        return []  # 项目名称:新建城东小学: the project's name; its targets follow in 建设内容及目标:… (任务名称:新建…50公里 is one)
    if _DUTY_DEADLINE.fullmatch(clause) and _DUTY_BEFORE.search(sh, max(0, c_start - 8), c_start):
        return []  # 由…牵头,…配合,于11月底前完成: when the work above is due
    if _BEHIND.search(body):
        return []  # 增幅低于序时目标0.9个百分点: how far behind the year's schedule
    if _PROBLEM_STANDING.search(body) or _PROBLEM_LABEL.search(sh, max(0, c_start - _PROBLEM_REACH), c_start):
        return []  # 收集率仅为58.2%, 禁养区内仍有9家养殖场未退出, 问题概述:…: the problem as it stands, to be put right
    if _ADDRESSEE_SAID.search(clause):
        return []  # 您建议…新建一所九年一贯制学校: a reply restating what its addressee proposed
    if _SERVES_AS_MEASURE.search(clause) and not _target_quantities(sh, c_start, c_end):
        return []  # 此项工作将作为…的重要考核指标: how the work is judged
    if (
        (_REPORTING.search(clause) and _REPORT_DAYS.search(clause))
        or _REPORT_ALONE.fullmatch(clause)
        or _PERIOD_END_WINDOW.fullmatch(body.strip(" ,"))
    ):
        # (年底前报送全年完成情况: a dated report and nothing else)
        return []  # 12月15日前报送全年完成情况: when progress is reported, no deliverable of the plan
    if _ENFORCEMENT.match(body.strip(" ,")) and _FALLING_BEHIND.search(body):
        return []  # 对连续两个季度滞后的科室负责人进行约谈: who is held to account, not what is delivered
    if _SUPERVISION_RHYTHM.search(body):
        return []  # 区政府督查室每季度开展一次专项督查: how often the plan is checked on, no target
    if _LIST_DECIDED.match(body.strip(" ,")) and not _DEADLINE.search(clause) and not re.search(r"年内|年底", clause):
        return []  # 经研究,确定2026年市级重点建设项目16个: what the list holds, decided; its items are the targets
    lead = _WHOLE_PLACE_WILL.sub("", body)  # (全县利用…新建停车场15处: the place, then what it does)
    context = (
        _CONTEXT.match(lead) is not None
        and not _CONTEXT_THEN_DOES.search(lead)
        and not _NO_LESS.search(lead)  # 坚持产量不下降: a level held, however the clause opens
    )
    quantities = [] if context else _target_quantities(sh, c_start, c_end)
    applied = re.search(_STANDARD_APPLIED, clause) is not None
    flat = _FLAT_SUBSIDY.search(clause) if quantities and (applied or not _RAISED_STANDARD.search(clause)) else None
    if flat is not None:
        # 按每亩150元标准给予补贴: the rate each is paid at, no level to reach; what is counted before it or after
        # it stays (对7个公建公营敬老院按照每院5万元…: the homes; …标准资助家庭经济困难学生1200名: the pupils)
        rate_start, rate_end = c_start + flat.start(), c_start + flat.end()
        quantities = [
            q for q in quantities if q.end <= rate_start or (q.start >= rate_end and not q.unit.startswith("元"))
        ]
        if not quantities:
            return []
    clear = _CLEAR.search(clause) if quantities else None
    if clear is not None and all(_QUALIFIED_EVENT.fullmatch(sh, q.end, c_start + clear.start()) for q in quantities):
        quantities = []  # 一次死亡3人以上道路交通事故零发生: the figures say which accidents, none of them
    elif (
        clear is not None
        and clear.group().startswith("不发生")
        and all(clear.start() <= q.start - c_start < clear.end() for q in quantities)
    ):
        quantities = []  # 不发生一次死亡3人以上道路交通事故: the figures inside say which accidents
    if quantities and _PLACE_DESCRIBED.match(clause):
        quantities = []  # 霁岭镇地处…,辖12个行政村、2个社区,境内有县道3条: what the place is, no target
    gain = _RANK_GAINED.search(clause)
    if gain is not None and (gain.group("measure") != "名" or _RANKING_NAMED.search(clause, 0, gain.start())):
        # 高考成绩在全省再进三位: places gained, a relative target (not 完成农民工学历提升500名, people counted)
        others = [q for q in quantities if not gain.start() <= q.start - c_start < gain.end()]
        if not others and not _RANK.search(clause):
            return [_rank_gain_reading(sh, c_start, c_end, gain, deadline, c_start + gain.start())]
        if "、" in clause:
            # 新增规上企业20家、综合排名上升3位、新增高新技术企业10家: each part of the 、 list read on its own, in
            # one pass (a part holding a gain is that gain; no part is read twice)
            return _parts_with_gains(text, sh, c_start, c_end, deadline, milestones, previous_subject, forecast)
    rank = _RANK.search(clause)
    if rank:
        return [_rank_reading(sh, c_start, c_end, rank, deadline)]
    pair = _WORDED_THEN_FIGURE.match(clause) if quantities else None
    if pair is not None:
        # 外贸进出口确保正增长、力争增长3%: the floor in words, then the figure striven for, a target each
        listed = c_start + pair.end("worded")
        floor = _read_clause(text, sh, c_start, listed, deadline, milestones, previous_subject, forecast)
        rest = _read_clause(
            text, sh, strip_span(sh, listed + 1, c_end)[0], c_end, deadline, milestones, previous_subject, forecast
        )
        subject = floor[0].subject if floor else previous_subject
        return [*floor, *(attrs.evolve(r, subject=r.subject or subject) for r in rest)]
    for pattern, comparator, value, note, alone in _WORDED_GROWTH:
        worded = pattern.search(clause) if not (alone and quantities) else None
        if worded:  # 固定资产投资实现两位数增长, 外贸进出口力争正增长: a growth said in words
            subject = _LEADING.sub("", clause[: worded.start()]).strip(" ,、的") or previous_subject
            return [
                Reading(
                    c_start,
                    c_end,
                    "growth-rate",
                    comparator,
                    value,
                    unit="%",
                    subject=subject,
                    growth=True,
                    notes=(note,),
                )
            ]
    if quantities:
        cleared = _unnumbered_items(sh, c_start, c_end, quantities, deadline, milestones)
        # 年内完成…18个, 下半年开展…3轮: a time as long as the plan's year dates no figure
        dating = ("", None) if _YEAR_LONG.fullmatch(deadline[0]) else deadline
        numeric = _each_alike(
            sh, c_start, c_end, _numeric(text, sh, c_start, c_end, quantities, dating, previous_subject)
        )
        numeric = _floor_and_ceiling(sh, _relative_after(sh, c_end, quantities[-1].end, numeric))
        numeric = _relatives_before(sh, c_start, quantities[0].start, numeric)
        if not cleared:
            return numeric
        numeric = _beside_items(sh, numeric, cleared, quantities)
        return sorted([*cleared, *numeric], key=lambda r: r.start)
    held = [] if context else list(_NO_LESS.finditer(sh, c_start, c_end))
    if len(held) > 1 and all(sh[m.end() : m.end() + 1] == "、" for m in held[:-1]):
        # 河湖面积不缩小、水质不下降、防洪能力不降低: each measure held to its level, a target each
        starts = [max(c_start, sh.rfind("、", c_start, m.start()) + 1) for m in held]  # (质量有提升、: none of it)
        found = [_relative(sh, a, m.end(), previous_subject) for a, m in zip(starts, held)]
        return [reading for reading in found if reading is not None]
    relative = None if context else _relative(sh, c_start, c_end, previous_subject)  # 为全面完成…目标任务: a purpose
    if relative is not None:
        return [relative]
    clearing = _clearing(sh, c_start, c_end, deadline)
    if clearing is not None:
        return [clearing]
    if (
        not context
        and _QUALITY_CLASS.search(clause)
        and not _reports(clause, forecast)
        and not re.match(r"\s*(?:对|针对)", body)  # 对水质未达到Ⅲ类的断面,…: which ones the work is on
    ):
        # 出境断面水质稳定达到Ⅲ类以上, 洱海水质稳定保持Ⅲ类: a class of quality to reach or keep, a state
        subject = _LEADING.sub("", clause).strip(" ,")
        return [
            Reading(
                c_start,
                c_end,
                "milestone",
                None,
                subject=subject,
                deliverable=subject,
                deadline=deadline[0],
                deadline_month=deadline[1],
            )
        ]
    if context and re.search(r"基础上$", body.strip(" ,")):
        return []  # 在2024年完成退化林修复0.8万亩基础上: what was done, the ground for what follows
    if context and not _DELIVERED_WORDS.search(_PLAN_OWN_DONE.sub("", _ORDINAL_EVENT.sub("", body))):
        # 下半年,全镇将对照年度目标: the yardstick of the work, dated or not, no deliverable (聚焦…第19届杭州亚运会
        # 等重要节点: an event's ordinal is no figure delivered)
        return []
    if deadline[0] or (milestones and not _PURPOSE.match(body)):  # a dated deliverable, whatever it is for
        milestone = _milestone(sh, c_start, c_end, deadline)
        if milestone is not None:
            return _object_first_items(text, sh, milestone)
    return []


#: What joins a floor to the ceiling of the same measure after it in one clause (不低于1.2万头、不高于1.5万头; the
#: clauses of a sentence part at its commas, so a floor and a ceiling a comma apart stay two targets).
_FLOOR_THEN_CEILING: Final = re.compile(r"\s*、?\s*(?:且|但|并且)?\s*(?=不高于|不超过|最多|至多|低于)")


def _floor_and_ceiling(sh: str, numeric: list[Reading]) -> list[Reading]:
    """A clause's floor and a ceiling of the same measure right after it (能繁母猪存栏量不低于1.2万头、不高于1.5万头):
    one range between the two, as the rule book reads X-Y."""
    if len(numeric) != 2:
        return numeric
    low, high = numeric
    if (
        low.comparator in (">=", ">")
        and high.kind == "ceiling"
        and low.unit == high.unit
        and low.value is not None
        and high.value is not None
        and low.value < high.value
        and (joined := _FLOOR_THEN_CEILING.match(sh, low.end)) is not None
        and joined.end() == high.start
    ):
        return [attrs.evolve(low, end=high.end, kind="range", comparator="between", value_high=high.value)]
    return numeric


def _relative_after(sh: str, c_end: int, last_figure: int, numeric: list[Reading]) -> list[Reading]:
    """The readings of a clause's figures, and a relative target listed after the last of them
    (…年均增长10%以上、研发投入强度超过全国平均水平) read on its own, the figure's quote ending before it."""
    listed = sh.find("、", last_figure, c_end)
    if listed < 0 or not numeric or numeric[-1].end <= listed:
        return numeric
    start = strip_span(sh, listed + 1, c_end)[0]
    item = sh[start:c_end]
    if re.search(r"[、等]", item) or find_quantities(item):
        return numeric  # one item only, with no figure (…、A、B等主要预期目标 sums the list up)
    relative = _relative(sh, start, c_end, "")
    if relative is None or relative.value is not None or not relative.subject:
        return numeric  # …增长6%左右、高于全省平均水平: no subject of its own, the growth's benchmark
    first = numeric[-1]
    return [*numeric[:-1], attrs.evolve(first, end=listed, subject=first.subject.split("、")[0]), relative]


#: A clause opening with what it measures, not with a verb of reaching (达到, 增长).
_NAMED_SUBJECT: Final = re.compile(
    r"\s*(?!达到|增长|提高|超过|突破|保持|力争|确保|实现|完成|不低于|不少于)[\u4e00-\u9fff]{2}"
)


def _relatives_before(sh: str, c_start: int, first_figure: int, numeric: list[Reading]) -> list[Reading]:
    """Relative targets listed with 、 before a clause's first figure (…营业收入较2021年翻一番、超千亿元开发区
    数量较2021年倍增、工业总产值年均增长20%以上) read on their own, the figure's quote starting after them."""
    listed = sh.rfind("、", c_start, first_figure)
    if listed < 0 or not numeric or numeric[0].start > listed:
        return numeric
    found: list[Reading] = []
    last_end = -1
    for a, b in _list_items(sh, c_start, listed):
        relative = _relative(sh, a, b, "") if b - a >= 4 else None
        if relative is not None and relative.subject and (_MULTIPLE.search(sh, a, b) or relative.value is None):
            found.append(relative)
            last_end = b
    if not found:
        return numeric
    first = numeric[0]
    start = strip_span(sh, sh.find("、", last_end, first_figure) + 1, first.end)[0]
    # (农民人均可支配收入较2020年翻一番、达到3万元以上: the figure of the same indicator, named by the relative)
    subject = first.subject if _NAMED_SUBJECT.match(sh, start) else found[-1].subject
    return [*found, attrs.evolve(first, start=max(first.start, start), subject=subject), *numeric[1:]]


#: Measures that one figure holds for alike (城镇居民人均可支配收入、农民人均纯收入均增长12%以上; two
#: rates, 学前三年毛入学率、普惠率保持90%以上, with or without 均).
_ALIKE: Final = re.compile(
    r"、(?P<next>[^、,;。]{2,20}?)均(?=增长|达到|提高|下降|降低|不低于|保持|控制|超过|在)"
    r"|(?<=率)、(?P<rate>[^、,;。均]{1,18}?率)(?=保持|达到|达|稳定在|不低于|提高到|提升到|超过)"
)


def _each_alike(sh: str, c_start: int, c_end: int, readings: list[Reading]) -> list[Reading]:
    """One target more for each further measure that a lone figure is said of alike (A、B均增长12%):
    the first quoted whole, each next one from its name on. A longer list said of alike with 均
    (A、B、C以及D均增长10%) stays one target."""
    if len(readings) != 1:
        return readings
    (reading,) = readings
    first = _ALIKE.search(sh, c_start, c_end)
    if first is not None and first.lastgroup == "next" and re.search(r"、|以及", sh[c_start : first.start()]):
        return readings  # A、B、C以及D、E均增长10%: a long list, one target said of all (as the keys write it)
    if first is not None:  # the first measure's name is what comes before the next one's
        reading = attrs.evolve(
            reading, subject=_LEADING.sub("", sh[c_start : first.start()]).strip(" ,") or reading.subject
        )
    more = [
        attrs.evolve(reading, start=c_start + m.start(m.lastgroup or 0), subject=m.group(m.lastgroup or 0))
        for m in _ALIKE.finditer(sh[c_start:c_end])
        if c_start + m.start(m.lastgroup or 0) < reading.end
    ]
    return [reading, *more] if more else readings


#: What an object-first deliverable ends with: 区体育馆维修改造, 滨江体育公园竣工验收, 新馆布展.
_DONE_NOUN: Final = re.compile(
    r"(?:改造|建设|验收|更新|布展|竣工|完工|投用|投运|开工|招标|搬迁|整治|修缮|上线|挂牌|编制|修编|认定|复核|评估|审批|"
    r"开业|通车|交付|安装|调试|创建|改建|新建|扩建|建成|启用|试运营|备案|提升|升级|迁建|复工|扩容|运行)$"
)


#: The verb a project's first stage opens with, before the project's name (开工建设城东污水处理厂二期).
_STAGE_VERB: Final = re.compile(r"^(?:完成|启动|开工建设|开工|开展|实施|建设|推进)")
#: A stage that names no work of its own (建成投用, 全面完工, 主体封顶).
_STAGE_ALONE: Final = re.compile(
    r"(?:全面|全部|基本)?(?:建成投用|建成投运|建成|投用|投运|投产|完工|竣工|通车|开工|开工建设|主体封顶|封顶|交付使用|投入使用|运营|试运行)"
)


def _object_first_items(text: str, sh: str, milestone: Reading) -> list[Reading]:
    """A milestone whose verb governs a 、 list of deliverables written object first (完成区体育馆维修
    改造、全民健身中心主体建设、滨江体育公园竣工验收) is one milestone per item, each dated alike; the
    first keeps the verb and the date. Any other milestone is itself."""
    items = _list_items(sh, milestone.start, milestone.end)
    dates = [_DEADLINE.search(sh, a, b) for a, b in items]
    if len(items) >= 2 and all(d is not None and _month(d) for d in dates):
        # 3月底前开工建设城东污水处理厂二期、10月底前建成投用: stages each dated, a milestone each; a stage naming
        # nothing of its own is the first stage's work (城东污水处理厂二期建成投用)
        first = _STAGE_VERB.sub("", _DEADLINE.sub("", text[items[0][0] : items[0][1]]).strip(" ,"), count=1)
        staged = []
        for (a, b), date in zip(items, dates):
            assert date is not None
            own = _DEADLINE.sub("", text[a:b]).strip(" ,")
            named = own if (a, b) == items[0] or not _STAGE_ALONE.fullmatch(own) else first + own
            staged.append(
                attrs.evolve(
                    milestone,
                    start=a,
                    end=b,
                    subject=named,
                    deliverable=_deliverable(named),
                    deadline=date.group(),
                    deadline_month=_month(date),
                )
            )
        return staged
    if (
        len(items) >= 2
        and not sh.startswith("实现", items[0][0])
        and all(b - a >= 4 and _OUTCOME_AT_END.search(sh, a, b) for a, b in items)
    ):
        # 贫困人口全部脱贫、贫困县全部摘帽等: each item its own subject and the end it reaches (but 实现
        # X全覆盖、Y全覆盖 is one thing made real)
        items = [(a, b - 1 if sh[b - 1] == "等" else b) for a, b in items]
    elif len(items) < 2 or any(not _DONE_NOUN.search(sh[a:b]) or b - a < 4 for a, b in items):
        return [milestone]
    return [
        attrs.evolve(milestone, start=a, end=b, subject=text[a:b], deliverable=_deliverable(text[a:b]))
        for a, b in items
    ]


def _beside_items(
    sh: str, readings: Sequence[Reading], items: Sequence[Reading], quantities: Sequence[WrittenQuantity]
) -> list[Reading]:
    """Each figure's reading quoted apart from the 、 list's items read on their own: from after the
    last of them before its figure (…上线运行、“秒批秒办”事项扩展至200项), up to the first after it
    (支持1万名…毕业生基层就业、…、景电二期…的建成投用). The positions are listed once and looked up by halves:
    a long list stays linear."""
    quantity_starts = sorted(q.start for q in quantities)
    ordered = sorted(items, key=lambda item: item.start)
    item_ends = [item.end for item in ordered]
    item_starts = [item.start for item in ordered]
    return [_beside(sh, reading, quantity_starts, item_starts, item_ends) for reading in readings]


def _beside(
    sh: str, reading: Reading, quantity_starts: list[int], item_starts: list[int], item_ends: list[int]
) -> Reading:
    """One reading quoted apart from the items around its figures (see :func:`_beside_items`)."""
    first = bisect.bisect_left(quantity_starts, reading.start)
    last = bisect.bisect_left(quantity_starts, reading.end) - 1
    if first > last:
        return reading
    start, end = reading.start, reading.end
    before_at = bisect.bisect_right(item_ends, quantity_starts[first]) - 1
    after_at = bisect.bisect_right(item_starts, quantity_starts[last])
    if before_at >= 0 and item_ends[before_at] > start:
        start = strip_span(sh, item_ends[before_at] + 1, end)[0]
    if after_at < len(item_starts) and item_starts[after_at] < end:
        end = strip_span(sh, start, item_starts[after_at])[1]
    return reading if (start, end) == (reading.start, reading.end) else attrs.evolve(reading, start=start, end=end)


#: A verb of building alone ending a list's item (启动新建、…), and one opening the next (改扩建学校): one
#: object for both.
_BUILD_VERB_ALONE: Final = re.compile(
    r"(?:^|[将要]|启动|实施|计划|推进|开工|完成|投入使用|年内|今年|前)(?:新建|改建|扩建|改扩建|新改扩建|新改建|续建|迁建|重建)$"
)  # (not 完成城东小学新建、…: the verb after its own object)
_BUILD_VERB_START: Final = re.compile(r"(?:新建|改建|扩建|改扩建|新改扩建|新改建|续建|迁建|重建)")


def _unnumbered_items(
    sh: str,
    c_start: int,
    c_end: int,
    quantities: Sequence[WrittenQuantity],
    deadline: tuple[str, int | None],
    milestones: bool,
) -> list[Reading]:
    """The items of a clause's 、 list that carry no figure but state a target of their own: a
    clearing (零就业家庭动态清零、…18万人以上) or, before an item that opens with its own count, a
    deliverable (完成县应急广播指挥中心、18个乡镇分控中心、376个村居广播室…建设). Items that share the
    count after them (新建成公办中小学、幼儿园7所) are none."""
    items = _list_items(sh, c_start, c_end)
    found = []
    starts = sorted(q.start for q in quantities)  # (looked up by halves: a list of many counted items stays linear)
    counted_at = set(starts)
    for index, (a, b) in enumerate(items):
        at = bisect.bisect_left(starts, a)
        if at < len(starts) and starts[at] < b:
            continue
        reading = _clearing(sh, a, b, deadline)
        if reading is None and (milestones or deadline[0]):
            after = items[index + 1][0] if index + 1 < len(items) else None
            bare = re.sub(rf"^{_THIS_YEAR}", "", _DEADLINE.sub("", _LEADING.sub("", sh[a:b])).strip(" ,"))
            if index + 1 < len(items) and (
                _DONE_NOUN.fullmatch(bare)
                or (_BUILD_VERB_ALONE.search(sh, a, b) and _BUILD_VERB_START.match(sh, items[index + 1][0]))
            ):
                # 今年底前新建、改扩建校舍14万平方米, …将启动新建、改扩建学校项目17个: a verb alone, of the object
                # the next item names
                continue
            if after in counted_at or _DONE_NOUN.search(sh[a:b]):
                reading = _milestone(sh, a, b, deadline)
        if reading is not None:
            found.append(reading)
    return found


#: A clause saying what a place holds (辖12个行政村、2个社区, 境内有县道3条, 下辖5个乡镇): a description.
_PLACE_DESCRIBED: Final = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,4}(?:镇|乡|县|区|市|街道))?(?:全[镇乡县区市])?(?:下辖|辖有|辖区内有|辖区有|境内有|辖(?![区内]))"
    r"(?=[\u4e00-\u9fff]{0,6}?[\d一二三四五六七八九十两])"
)  # (not 辖区新建公厕5座, 辖区内新增绿地2万平方米: what is done in the place)
#: What lies between a figure and 零发生 when the figure only says which events are meant.
_QUALIFIED_EVENT: Final = re.compile(r"[^,;。]*?(?:事故|事件|案件|火灾|灾害)(?:起数)?")


#: The close of quoted words naming a way of working (“…动态清零”机制, “零事故”工作法): what they name.
_NAMED_IN_QUOTES: Final = re.compile(
    r"[^,;。”\"]{0,6}[”\"」』]\s*(?:工作)?(?:机制|模式|制度|体系|工作法|办法|平台|系统|品牌)"
)


def _clearing(sh: str, c_start: int, c_end: int, deadline: tuple[str, int | None]) -> Reading | None:
    """A target of none at all (零就业家庭动态清零, 重特大森林火灾零发生, 消除…5万元以下的村): a ceiling of 0."""
    clause = sh[c_start:c_end]
    clear = _CLEAR.search(clause)
    if clear is None:
        if _ELIMINATE.match(clause) is None:
            return None
        # 全面消除年经营性收入5万元以下的村: none of them left, a ceiling of 0
        subject = re.sub(r"^\s*(?:全面|基本|动态)?(?:消除|消灭)", "", clause).strip(" ,")
    elif _NAMED_IN_QUOTES.match(clause, clear.end()):
        return None  # 建立健全“计划管理+动态清零”机制: the words name a mechanism, no target of none
    else:
        none_of = clear.group().startswith("不发生")  # 不发生重特大生产安全责任事故: what is named after
        alone = clause.strip(" ,") == clear.group()  # a cell of its own: 安全生产事故 | 动态清零
        if not none_of and not alone and not _clearing_has_subject(clause[: clear.start()]):
            return None
        subject = clear.group()[3:] if none_of else _subject_before(clause[: clear.start()])
    if (
        deadline[0]
        and re.search(r"月|年底|年末", deadline[0])  # (年内动态清零: the whole year, no date)
        and re.match(r"[^,;。]{0,12}?" + re.escape(deadline[0]), clause)  # (城中村改造项目10月底前完成征收清零)
        and not re.match(r"\s*对", clause)  # (对6月底前排查发现的…清零: the date says which, not by when)
    ):
        # 年底前全面消除…5万元以下的村, 6月底前实现…动态清零: a deliverable by the date the clause opens with, a milestone
        # (as the keys read it; not …年内动态清零, 对6月底前排查发现的…清零, nor a clause after a date its sentence opened with)
        deliverable = _deliverable(clause)
        return Reading(
            c_start,
            c_end,
            "milestone",
            None,
            subject=subject or deliverable,
            deliverable=deliverable,
            deadline=deadline[0],
            deadline_month=deadline[1],
        )
    return Reading(
        c_start,
        c_end,
        "ceiling",
        "<=",
        Decimal(0),
        unit="",
        subject=subject,
        decrease=True,
        deadline=deadline[0],
        deadline_month=deadline[1],
    )


def _list_items(sh: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a 、 list in sh[start:end], never cut inside brackets or quotes."""
    inside = masked(sh, start, end)
    cuts = [i for i in range(start, end) if sh[i] == "、" and not inside[i - start]]
    bounds = [start, *cuts, end]
    return [strip_span(sh, a + (1 if k else 0), b) for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _clearing_has_subject(before: str) -> bool:
    before = _LEADING.sub("", before).strip()
    return len(before) >= 2 and not before.endswith(("、", ","))


def _subject_before(text: str) -> str:
    return _LEADING.sub("", text).strip(" ,、的")


# --- numbers ---------------------------------------------------------------------------------------


#: How many characters around a figure the rules of :func:`_target_quantities` look at.
_AROUND: Final = 200


#: A clause that is an item quoted whole, opening with what is to be done (“新开工提标加固海塘18.4公里”
#: in a bulletin's list of items): its figure is the target's, as the item's own would be; a quoted
#: name (“15分钟品质文化生活圈”) opens with no such verb.
_QUOTED_ITEM: Final = re.compile(
    r"\s*“(?=(?:新开工|开工|新增|新建|新改扩建|新改建|改扩建|改造|建成|建设|完成|实施|培训|开展|提升|打造|创建|"
    r"筹集|安置|招募|引进|培育|发放|资助|救助|减免|补助)[^”]*\d)[^“”]+”\s*"
)


#: A figure alone in brackets at a clause's end (补建健身点(60个); 参与赛事活动人次(7.5万人次)).
_FIGURE_IN_BRACKETS: Final = re.compile(r"[\u4e00-\u9fff]\((?P<figure>[^()]{1,16})\)[\s。;,]*$")
#: A figure striven for in brackets right after a figure (62个(力争70个), 186亿元(力争205亿元)).
_STRIVEN_IN_BRACKETS: Final = re.compile(
    r"(?<=[\d%])[\u4e00-\u9fff%]{0,6}\((?P<words>(?:力争|争取)(?:达到|实现|突破)?\s*\d[\d.]*\s*[^()\d,;。]{0,6}?)\)"
)


def _only_figure(written: str) -> bool:
    """Whether ``written`` is one figure with its measure word and nothing else (60个, 7.5万人次)."""
    found = find_quantities(written)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(written.strip())
        and found[0].unit not in ("", "项", "件", "条", "类")  # 困难群体救助(12项): a heading counting its items
    )


#: What a count of places or fields after 涉及 names: the reach of the work, not what it delivers.
_INVOLVED_BEFORE: Final = re.compile(r"涉及[^,;。\d的]{0,40}$")
#: A scope opening a clause, where the work is done (在全省13个市州61个县区…): what is counted after it is the work.
_WHERE_BEFORE: Final = re.compile(
    r"(?:^|[,;。\s])在(?![^,;。]*?(?:建|改造|完成|实施|开展|新增|打造|推进|前))[^,;。的]{0,24}$"
)  # (在全市新建15个社区食堂: the count is the work, a verb before it)
#: After a figure, the kind of body it sizes (…以上企业, …及以上的新上项目, …以下的用户): the figure says which.
_WHICH_ENTITIES: Final = re.compile(
    r"\s*(?:标准煤|标煤)?\s*(?:及)?(?:以上|以下)的?"
    r"(?:规模|工业|重点|新上|在建|新建|规上|燃煤|用能|重点用能|技改|产业|重大|小微|中小|制造业|招商|外资|民营|科技型)?"
    r"(?:企业|项目|用能单位|用户|车辆|锅炉)(?!\s*\d)"
)
#: Places counted as where the work is done (61个县区农村…, 13个市州), not 5个区块 or 3个村民小组.
_PLACES_AT: Final = re.compile(
    r"\s*个?(?:市州|县区|区县|县市区|县\(市、区\)|县\(市\)区|乡镇|镇街|街道|行政村|社区|县|市|区|镇|乡|村)(?![块域间级长民组])"
)
#: The work counted after a scope of places (…新建食堂400个; not 10%以上的农业人口, more of the scope).
_WORK_COUNTED: Final = re.compile(r"\d[\d.]*\s*(?:万|亿)?(?:个|家|所|座|套|处|条|项|户|间|台|辆|公里|亩|平方米|吨|张)")
#: A clause ending on a verb that a list's next item completes (…中小学新建、改扩建食堂400个: 新建 shares 食堂400个).
_VERB_LISTED_ON: Final = re.compile(r"(?:新建|改建|扩建|改扩建|建设|改造|新改建)$")
_PLACES_OR_FIELDS: Final = re.compile(
    r"\s*(?:个|大)?(?:镇街|乡镇|镇|街道|行政村|村|社区|县\(市\)区|县\(市、区\)|县区|区县|县|区|市州|领域|行业|方面)"
    r"(?![\u4e00-\u9fff])"  # not 5个区块, 3个村民小组
)
#: Between a count and a figure that says which things are counted (80个|主营业务收入超|100亿元的产业集群,
#: 2个|年产能达|10万吨的基地, 10个|产值|10亿元以上的企业): a measure's name, perhaps a comparator;
#: then the noun counted (…的产业集群, not …的目标).
_QUALIFIED_COUNT: Final = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:超过|超|过|达到|达|逾|在)?")
_COUNTED_NOUN: Final = re.compile(
    r"\s*(?:以上|及以上)?的(?!目标|任务|指标|水平|规模|标准|要求|成绩|好成绩|幅度|比例|份额)[\u4e00-\u9fff]"
)


#: A criterion each thing must meet, not a level the plan reaches (面积必须是…30亩以上, 原则是海拔1000米
#: 以下的…区域种植).
_CRITERION: Final = re.compile(
    r"(?:必须是|原则是|原则为)[^,;。]*\d"  # (应为重点项目安排…: should, for)
    # 居民同意率须达到三分之二以上方可实施: what a project needs before it goes ahead
    r"|(?:须|需|应)(?:达到|不低于|超过)[^,;。]*方可(?:实施|开工|启动|纳入|申报|享受|立项)"
)


#: After a count, each of those counted to reach a figure (…村集体经济经营性收入全部达到10万元以上).
_ALL_OF_THEM_REACH: Final = re.compile(r"[^,;。\d]{0,30}?(?:全部|均|都)(?:达到|超过|突破|不低于)\s*\d")


#: The people of a place, counted as its population (50万人民群众, 400多万张家口人民, 各族群众), not 人民币 or
#: a people's hospital; and residents after the whole place (全区60万居民).
_POPULACE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:人民群众|各族群众|各族人民|父老乡亲|人民(?!币|医院|政府|法院|检察院|银行|公园|广场|路|大道|代表|教师|警察|武警|军|日报|网|广播|团体))"
)
_RESIDENTS: Final = re.compile(r"(?:常住)?(?:市民|居民|群众)(?!小区|楼|点|户)")
#: The people's trust a government carries (肩负400多万张家口人民的重托): their number said in passing.
_PEOPLES_TRUST: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?人民(?:群众)?的(?:重托|期盼|期待|厚望|信任|嘱托)")
#: Work reaching people just before the count (覆盖, 惠及, 为…体检, 解决): whom it reaches is its figure.
_REACHING: Final = re.compile(r"覆盖|惠及|受益|解决|帮助|安置|免费|服务|培训|救助|体检|新增")


#: A count of bodies, then the size each is above (5家超50万人次, 1~2家接待量超100万人次).
_COUNTED_ABOVE: Final = re.compile(
    r"\d+(?:\.\d+)?\s*(?:[~～\-—–至]\s*\d+\s*)?(?:家|个|所|座|户)(?:(?!率|比例|比重)[\u4e00-\u9fff]){0,6}?(?:超过|超|达)\s*$"
)
#: A count of items right after another (18条32项: the items counted again, the finer way).
_COUNT_AFTER: Final = re.compile(r"\s*\d+\s*(?:项|条|件|个)")
#: The plan counting what it sets out (共安排5个方面18条32项重点任务, 确定重点任务13项).
_OWN_ARRANGEMENT: Final = re.compile(
    # (each count's words before it hold no digit, so the counts are read one way: the pass stays linear)
    r"^(?:[^,;。]{0,6}?)(?:共|共计)?(?:安排|部署|确定|梳理|明确)(?:了)?(?:[^,;。\d]{0,4}?\d+\s*(?:个|项|条|件|大))+"
    r"[^,;。\d]{0,4}?(?:重点)?(?:工作)?(?:任务|事项|工作|项目|实事)$"
)
#: The plan's lists or parts counted with the items they hold (今年5个清单共列任务35项, 3个附件共涉及事项20项).
_LISTS_COUNTED: Final = re.compile(
    r"\d+\s*个\s*(?:清单|附件|方面|部分)[^,;。\d]{0,4}?(?:共|共计|合计)(?:列|列出|列入|包含|涉及|包括|安排)"
    r"[^,;。\d]{0,6}?\d+\s*(?:项|条|个|件)"
    r"|\d+\s*(?:个|项)\s*[一二三四]级(?:考核|评价)?指标"  # 共设4个一级指标、21个二级指标: its indicators' levels
    # (现将…目标任务分解到各科室(单位),共13个科室(单位)50项: the offices given tasks, counted with them)
    r"|^\s*共(?:计)?\s*\d+\s*个(?:科室|股室|处室|站所|内设机构)(?:\((?:单位|部门)\))?"
    # (全局共确定6个方面30项重点工作任务: the plan's fields and tasks counted)
    r"|共(?:确定|梳理|安排|列出)\s*\d+\s*个方面[、,]?\s*\d+\s*项"
    # (考核指标共4个乡镇29项: the places assessed and their indicators counted)
    r"|(?<=指标)共(?:计)?\s*\d+\s*个(?:乡镇|镇|街道|村|社区|单位|部门)[、,]?\s*\d+\s*项"
    r"|\d+\s*个(?:乡镇|镇|街道|村|社区|单位|部门)共(?:计)?\s*\d+\s*项(?:考核|目标)?指标"  # (5个乡镇共30项指标)
)
#: How often the plan's meetings are held (县重点项目建设推进会每季度召开1次, 联席会议每月召开一次): arrangements.
_MEETINGS_HELD: Final = re.compile(
    r"(?:推进会|调度会|例会|联席会议|推进会议|调度会议|点评会)[^,;。]{0,4}?每[^,;。\d]{1,4}?(?:召开|举行|开展)\s*(?:\d+|[一二两三])\s*次"
)  # (not 每季度召开1次工作调度会议, the meetings counted first: a key of an opened set takes it for a target)
#: How many live in the place, stated with no verb of a target (全县常住人口38.2万人, 其中农村人口占56%; not
#: 常住人口城镇化率达到65%, 常住人口达到50万人).
_POPULATION_STATED: Final = re.compile(
    r"\s*(?:全|我)[省市州县区镇乡](?:常住|户籍|总)?人口(?:总数|总量)?(?:为|有|约)?\s*\d+(?:\.\d+)?\s*万?人\s*$"
)  # (the whole place's people: not 常住人口40%以上 in a table's cell, a coverage of the residents)
#: How far back the whole place's people are looked for before their share (one clause: linear).
_PEOPLE_REACH: Final = 30
#: The share of those people right after them (全县常住人口38.2万人,其中农村人口占56%; not …新增城镇就业5000人,其中
#: 农村转移人口占60%以上, a share of the jobs to add).
_PEOPLE_SHARE: Final = re.compile(r"\s*其中[^,;。\d]{0,4}?人口占")
_PLACE_PEOPLE_BEFORE: Final = re.compile(
    r"(?:全|我)[省市州县区镇乡][^,;。\d]{0,6}?人口[^,;。]{0,4}?\d+(?:\.\d+)?\s*万?人\s*[,，]?\s*$"
)
#: The plan's own items named right before their count (确定重点任务13项, 季度节点目标52个).
_OWN_TASKS_NAMED_FIRST: Final = re.compile(
    r"(?:确定|安排|部署|明确|梳理|列出|设置|设立)了?[^,;。\d]{0,8}?(?:重点)?(?:工作)?(?:任务|目标任务|事项)\s*$"
    r"|(?:确定|安排|部署|明确|设置|设立)[^,;。]{0,16}?(?:季度|月度|年度)?节点目标\s*$"
)


#: The kind of place a document's count of its own shares counts (5个村, 12个乡镇).
_PLACES_COUNTED: Final = re.compile(
    r"(?:行政)?(?:村|乡镇|镇|街道|社区|县|区|县区|县\(市、区\))(?=[、,，;；。\s]|$)"
)  # (not 5个社区养老服务中心, 12个村级光伏电站: what is built in them)
#: A document counting its own items before the count (本责任书目标任务共分四个部分17项, 本方案共分解…).
#: (Opening its clause: 规模以上…共20项 counts projects above a size; 公共 is no 共.)
_DOCUMENT_COUNTING: Final = re.compile(
    # (…印发给你们,清单共11项重点任务、32项具体目标: the list named without 本, right before its count)
    r"\s*(?:本(?:方案|计划|责任书|清单|任务书|意见|文件|表|通知|办法|细则|决定|公告|协议|安排|要点|次)|(?:该|此|任务|责任)?清单中?(?=共|合计)|以上|上述)"
    r"[^,;。]{0,12}?(?:(?<!公)(?:共|合计)(?:分(?:解|为|成)?)?|分(?:为|成))"
    # (本表共分解5个村、27项目标, 本清单共7类28项指标: a few counts before)
    r"(?:[^,;。\d]{0,8}?\d+\s*(?:个|项|大?类|方面)[^,;。\d、]{0,4}、?){0,3}"
    r"[^,;。\d]{0,12}?(?:[一二三四五六七八九十\d]{1,2}个部分)?"
)


def _target_quantities(sh: str, c_start: int, c_end: int) -> list[WrittenQuantity]:
    clause = sh[c_start:c_end]
    if _CRITERION.search(clause):
        return []  # 新植茶园规划单元面积必须是相对集中连片30亩以上: what each must be, a rule, no target
    if _LISTS_COUNTED.search(clause) or _MEETINGS_HELD.search(clause):
        # 今年5个清单共列任务35项: the plan counting its lists and their items; 推进会每季度召开1次: its meetings
        return []
    if _POPULATION_STATED.match(clause) or (
        _PEOPLE_SHARE.match(clause) and _PLACE_PEOPLE_BEFORE.search(sh, max(0, c_start - _PEOPLE_REACH), c_start)
    ):
        return []  # 全县常住人口38.2万人, 其中农村人口占56%: how many live there, the ground the plan stands on
    if _SCALE_ALONE.fullmatch(clause) and _line_alone(sh, c_start, c_end):
        return []  # 1万 / 帖子 / 5万 / 积分: a page's counters, a figure alone on its line with no measure
    if _BASE_CLAUSE.search(clause) and _RAISED_NEXT.match(sh, c_end):
        return []  # …标准,分别由每人每月2550元和1710元,提高到…: where it stands now, the next clause the target
    if _RAISE_SIZE.match(clause) and _RAISED.search(sh, _clause_before(sh, c_start), c_start):
        return []  # …由每人每月850元提高到925元,增幅8.82%: the raise's size, the new level the target
    if _QUOTED_ITEM.fullmatch(clause):
        opened = clause.index("“")
        inside = [True] * (opened + 1) + masked(sh, c_start + opened + 1, c_start + clause.rindex("”"))
        inside += [True] * (len(clause) - len(inside))
    else:
        inside = masked(sh, c_start, c_end)
        closing = _FIGURE_IN_BRACKETS.search(clause)
        if closing is not None and _only_figure(closing.group("figure")):
            unmasked = [q for q in find_quantities(clause) if not any(inside[q.start : q.end])]
            if not unmasked:  # 补建健身点(60个): the item's one figure, in brackets after what it counts
                inside[closing.start("figure") : closing.end("figure")] = [False] * len(closing.group("figure"))
        for stretch in _STRIVEN_IN_BRACKETS.finditer(clause):
            # 62个(力争70个), 撬动社会资本12亿元(力争15亿元): the figure striven past the one before it
            inside[stretch.start("words") : stretch.end("words")] = [False] * len(stretch.group("words"))
    kept: list[WrittenQuantity] = []
    base = _FROM_TO.search(clause)
    eliminating = _ELIMINATE.match(clause) is not None or _CLEARED.search(clause) is not None
    scope = False  # the quantity before was a scope inside a noun phrase (see below)
    phasing_out = clause.find("淘汰")
    for q in find_quantities(clause):
        if any(inside[q.start : q.end]):
            continue
        if base is not None and base.start("base") <= q.start < base.end("base"):
            continue  # 从每人每月574元提高到609元: where it stands now, not the target
        if (
            (eliminating or 0 <= phasing_out < q.start)
            and re.match(
                r"\s*(?:/(?:小时|时|h))?(?:及)?(?:以下|以上)的?[「“\"]?[\u4e00-\u9fff]", clause[q.end : q.end + 12]
            )
        ) or (
            q.start < phasing_out
            and re.match(r"\s*(?:/(?:小时|时|h))?及?以下的?[\u4e00-\u9fff]", clause[q.end : q.end + 12])
        ):
            # 消除年经营性收入5万元以下的村: which villages there are to be none of; 12台10蒸吨/小时及以下燃煤锅炉
            # 淘汰: which boilers are phased out
            continue
        # the words around the figure, so far as any rule looks (a clause of thousands of figures, 分别
        # 增长1%和2%和…, is read in linear time)
        before = clause[max(0, q.start - _AROUND) : q.start]
        after = clause[q.end : q.end + _AROUND]
        if _ON_ITS_BASE.match(after) and "在" in before:
            continue  # 供热普及率在68%的基础上,提高3%: the level it stands on now, not a target
        if q.chinese:
            if _NUMERAL_PLACE.match(clause, q.start):
                continue  # 三门峡铁路综合物流园: a place's name, no count
            if re.match(r"^[一性化体站线流事元把批些]", after) or re.search(r"(?:[统唯万之第单]|(?<!引)进)$", before):
                continue
            if (
                clause[q.start : q.end].startswith("一")
                and q.low == 1
                and (
                    not (_ONE_NEEDS_VERB.search(before) or (not after.strip(" 。,;") and _ONE_AT_THE_END.match(clause)))
                    or re.search(r"[各每][\u4e00-\u9fff]{0,3}$", before)
                )
            ):
                # 一个重要抓手: one in a manner of speaking; 各配备一台: one each (the count is of what
                # gets it); but 设置一个收集点, 改造运动场一处: one thing built
                continue
            if q.unit == "个" and _SLOGAN.match(after):
                continue  # 提升四个能力, 做到六个务必: a slogan's count, not a target
            if q.unit == "支" and q.low == 1 and re.search(r"(?:打造|建设|培养|锻造|建立)$", before):
                continue  # 打造一支懂经济、善洽谈的招商队伍: a team's qualities, not a count
            if q.unit == "项" and re.match(r"规定", after):
                continue  # 中央八项规定: a rule's name
            if q.unit == "次" and re.match(r"产业|產業", after):
                continue  # 三次产业比重: the three sectors of the economy, a name
            if q.unit == "条" and re.match(r"(?:底线|红线|主线|生命线)", after):
                continue  # 守好发展和生态两条底线: a slogan's count, not a target
            if re.match(r"[\u4e00-\u9fff][市县州]", after):
                continue  # 三门峡市, 七台河市: a numeral in a place's name
        if q.unit == "类" and (
            q.chinese
            or not re.fullmatch(r"\s*(?:及?以上|以内|左右)?[\s,;。]*", after)
            or re.search(r"水质|水体|水域|标准|(?:分|划分|归)(?:为|成)$", before)
        ):
            continue  # 4类重点人群, 5类10个项目, 水质达到二类, 分为4类: which kinds or a grade (不少于150类 counts)
        if q.unit == "段" and re.search(r"[+＋]$", before):
            continue  # K0+000至K9+800段建成通车: a road's stake marks the stretch, no count
        if (q.unit == "米" and after.startswith("水深")) or (q.unit == "吨" and after.startswith("级")):
            continue  # 6米水深航道, 5万吨级泊位: the size naming which channel or berth, no figure to reach
        if q.unit in ("次", "人", "人次") and re.match(r"\s*(?:浏览|阅读|点击|访问)(?:量|数)?\s*(?:$|[·|])", after):
            continue  # 2017-04-08 11:05:10 · 4227次浏览: a page's counter of its readers, no target
        said = ("人" + after) if q.unit == "人" else after  # (50万人民: 人 read as the measure word)
        if (
            q.scale
            and not _REACHING.search(
                before[-8:] + after[:12]
            )  # (覆盖全县30万群众, 为全县20万群众免费体检: whom the work reaches)
            and (
                _PEOPLES_TRUST.match(said)
                or _POPULACE.match(said)
                or (re.search(r"全[省市县区州旗镇乡]$", before) is not None and _RESIDENTS.match(said))
            )
        ):
            continue  # 全县50万人民群众, 肩负400多万张家口人民的重托, 全区60万居民: the place's people, no target
        if q.unit in ("位", "名", "个") and re.match(
            r"[\u4e00-\u9fff]{0,6}?(?:领导|负责同志|负责人)(?:牵头|包抓|包联|挂帅|领衔|联系|负责)", after
        ):
            continue  # 每项重点工作至少1位市领导牵头: who leads the plan's items, not a target of it
        departments = q.unit in ("部门", "部委") or (q.unit == "部" and after.startswith(("门", "委")))
        if departments and (
            before.endswith("等") or re.match(r"[门委]?\s*(?:联合)?(?:印发|出台|制定|发布|下发)?(?:的)?\s*[《“]", after)
        ):
            continue  # 落实省农业农村厅等五部门《…十条措施》: who issued a document, not a target
        if (
            q.chinese
            and q.unit in ("项", "个", "条", "大")
            and re.search(r"[^,;。\d、]{2,16}、[^,;。\d]{2,16}$", before)
            and _DIRECTIONS_COUNTED.match(after)
        ):
            continue  # 突出抓好产业发展、乡村建设、乡村治理三项重点, 培育A、B、C三条产业链: the directions named, counted (建立…三项机制, a deed, is one)
        if q.unit == "项" and re.search(r"(?:细化|分解|细化分解)(?:成|为)$", before):
            continue  # 分工方案将《政府工作报告》细化分解成198项重点工作任务: the plan counting its items
        if q.unit in ("个", "项", "件") and (
            (
                _SUB_ITEMS.match(after)
                and re.search(
                    r"\d+\s*(?:件|项|个)[^,;。\d]{0,6}?(?:实事|工程|项目)$|(?:共|共计)\d+\s*(?:项|件)[、,，]$", before
                )
            )
            or re.search(r"(?:民生实事|实事|重点任务|重点工作)(?:共|共计|合计)$", before)
            or re.search(r"(?:细分|拆分)(?:成|为)$", before)
        ):
            # 17件惠民实事27个子项目, 细分为30个子项目: the plan's own parts counted (实施5个项目、12个子项目 a deed)
            continue
        if (
            q.unit in ("项", "个", "类")
            and re.search(r"共(?:设|设置|设立|列|列出)[^,;。]{0,8}$", before)
            and re.match(r"[^,;。\d]{0,6}?(?:指标|任务)", after)
        ):
            continue  # 本年度共设4类25项指标: the assessment counting its own indicators
        if q.unit == "项" and (
            (re.search(r"(?:其余|其中)$", before) and after.startswith("目标"))
            or re.search(r"确定[^,;。\d]{0,8}?目标$", before)
        ):
            continue  # 确定年度工作目标20项, 对其中7项目标予以调整, 其余13项目标保持不变: the plan's own targets counted
        if (
            q.unit in ("项", "个")
            and re.search(r"^\s*其中[^,;。\d]{0,16}?的$", clause[: q.start])
            and _PLAN_COUNTS_ITSELF.search(sh, _sentence_start(sh, c_start), c_start)
        ):
            continue  # 本计划共7个方面28项任务,其中列入市政府考核的9项: a part of its own items counted
        if (
            q.unit in ("项", "个")
            # (…,其中经济发展类10项、创新驱动类4项; 其中设“县城”“乡镇”分项的6项)
            and re.search(
                r"(?:(?:预期性|约束性|定量|定性|考核|监测|核心|主要)指标|[\u4e00-\u9fff]{2,6}类(?:指标)?|分项的)$",
                before,
            )
            and _OWN_INDICATORS_COUNTED.search(sh, _sentence_start(sh, c_start), c_start)
        ):
            continue  # 本计划共设置主要指标16项,其中预期性指标11项、约束性指标5项: its parts counted too (by class)
        counting = _DOCUMENT_COUNTING.fullmatch(clause, 0, q.start) if q.unit in ("项", "个", "部") else None
        if counting is not None and (
            q.unit == "项"
            or after.startswith("部分")
            or (q.unit == "部" and after.startswith("分"))  # 本计划分为主要指标和重点任务两部分: its parts
            or _PLACES_COUNTED.match(after)
            or re.match(r"[^,;。\d]{1,8}?[、,]\s*\d+\s*(?:项|个)", after)  # 共涉及3个重点领域、18项…: its fields too
        ):
            continue  # 本责任书目标任务共分四个部分17项, 本表共分解5个村: the document counting its parts, items, places
        if q.unit in ("人", "户") and before.endswith("每") and not re.match(r"\s*(?:以上|以下|左右)", after):
            continue  # 医师每10万人达到3.8名: the population a density is per, not a figure of it
        if q.unit in ("个", "项") and (
            (_LIST_COUNTED.search(before) and not after.strip(" ,。;"))
            or (re.search(_LISTING + "$", before) and re.match(r"[^,;。\d]{0,20}?项目\s*(?:[,;。]|$)", after))
        ):
            continue  # 全县共安排县级重点项目16个, 全县共安排14个重点项目: the list counting itself
        if (
            q.unit in ("项", "个", "件")
            and re.search(r"(?:^|[,，])\s*其中[^,;。\d]{0,12}?(?:项目|实事|工程)$", before)
            and _OWN_ITEMS_COUNTED.search(sh, max(_sentence_start(sh, c_start), c_start - _OWN_ITEMS_REACH), c_start)
        ):
            continue  # 确定办好…34项民生实事,…,其中跨年度项目3项: a part of the plan's own items counted
        if re.search(r"总投资(?:约|达)?$", before) and _LIST_COUNTED_BEFORE.search(
            sh, _sentence_start(sh, c_start), c_start
        ):
            continue  # 全县共安排县级重点项目14个,总投资52.65亿元: the list's size, not a target
        if re.search(
            r"[一二三四五六七八九十\d]+\s*(?:件|项|个)(?:民生)?(?:实事|项目|工程)(?:计划)?总投资(?:约|达|为)?$", before
        ) or (q.unit in ("件", "项", "个") and re.match(r"(?:民生)?(?:实事|项目|工程)(?:计划)?总投资", after)):
            continue  # 十件实事计划总投资4.86亿元: what the plan's items cost together, and how many, no target
        if re.fullmatch(r"\s*年产(?:能)?", before) and re.match(r"[^,;。\d]{1,16}?(?:项目|工程)\s*$", after):
            continue  # 年产3万吨竹纤维新材料项目 (a project's name, as its cell gives it): what it will make names it
        if q.unit in ("项", "件", "个") and re.search(r"(?:^|[,、]|其中)[前后]$", before) and re.match(r"为|是", after):
            continue  # 其中前11项为省定、后3项为市定: which of the plan's items are whose, no target
        if _counts_its_own_parts(sh, c_start, clause, q):
            continue  # …;落实优抚政策4个项目 closing an item of four parts: the item counting them
        # (the words before the figure, past the clause's start: a unit named as its subject opens the clause after
        # 每半年 or 于6月)
        said_before = sh[max(0, c_start + q.start - _AROUND) : c_start + q.start] if q.unit == "次" else ""
        if q.unit == "次" and (
            re.search(r"对[^,;。]{0,20}?(?:推进|落实|完成|进展|实施|执行)情况(?:开展|进行)?$", before)
            or (
                re.search(r"每个?(?:季度|月|半年)[^,;。]{0,6}$", said_before)
                and re.match(r"(?:集中|专项|全面)?(?:督查|督导|督办|调度|评比|考评|讲评|排名)", after)
            )
            # 区政府将于6月、12月组织两次集中督查,督查结果纳入…: the plan's own oversight, its months named
            or (
                re.match(r"(?:集中|专项|全面)?(?:督查|督导|督办|调度|检查|考核|通报)(?:[,;。]|$)", after) is not None
                and (
                    re.search(r"\d{1,2}月[^,;。]{0,12}?(?:组织|开展|进行)$", said_before) is not None
                    # 将组织两次专项督查,督查结果纳入年度考核: the plan's own, its results judged
                    or _OVERSIGHT_JUDGED.match(sh, c_end) is not None
                )
            )
        ):
            continue  # 年中对任务推进情况开展一次集中督查: the plan's own oversight, no target of it
        if q.unit in ("个", "家", "所") and _ALL_OF_THEM_REACH.match(after):
            continue  # 全镇16个村集体经济经营性收入全部达到10万元以上: which ones, each to reach the figure after
        if q.unit in ("项", "件") and (
            (re.search(r"(?:其余|剩余|余下)$", before) and after.startswith("中")) or re.search(r"的已有$", before)
        ):
            continue  # 其余27项中, 超额完成任务的已有10项: the items of the list counted (not 新开工的有30项)
        # 打造260亿级的精细化工, 形成“1000亿级”化工产业板块: the scale an industry is built to, its figure the target
        built_to_size = bool(
            q.scale
            and after.startswith(("级", "級"))
            and _SIZE_CLASS_BUILT.search(before)
            and not _SIZE_CLASS_COUNTED.match(after)
        )
        if after.startswith(("级", "級")) and not built_to_size:
            continue  # 十亿元级龙头项目, 110kV级: a size class that qualifies a noun, not a target
        if (
            q.unit in _CAPACITY_UNITS
            and _PROJECT_NAMED_AFTER.match(after)
            and _PROJECT_STARTED.search(before)
            and not after.startswith(("以上", "及以上"))  # 新建成10万千瓦以上风电基地: a level to reach
        ):
            continue  # 启动大唐灞桥热电厂5万千瓦光伏电站项目: the plant's capacity names the project started
        if (
            q.unit in ("元", "美元")
            and re.search(r"(?:^|[、,]|抓好|推进|实施|建设|加快)投资(?:约)?\s*$", before)
            and _SIZED_PROJECT_LISTED.match(clause, q.end)
            and q.end < _projects_listed_end(clause)
        ):
            continue  # 重点抓好投资35亿元星能植物电池、投资10亿元…等项目: the projects' sizes, not targets
        if (
            q.unit in _PLANT_SIZE_UNITS
            and _FIRM_BEFORE_SIZE.search(before)
            and _SIZED_PROJECT_LISTED.match(clause, q.end)
            and q.end < _projects_listed_end(clause)
        ):
            continue  # 重点推进…美锦恒盛能源40万吨不锈钢原材料生产、古城乳业年产15万吨液态奶制品生产线…等项目建设: names
        if q.unit in ("名", "位") and re.match(r"[省市区县镇乡]?(?:人大|政协)?(?:代表|委员)", after):
            continue  # 237名人大代表 (who vote on the plan): a meeting's members, not a target
        if q.unit in ("名", "位") and re.match(
            r"[\u4e00-\u9fff]{1,4}?[省市区县](?:人大|政协)(?:代表|委员)[^,;。]{0,4}(?:出席|列席)", after
        ):
            continue  # 637名云南省人大代表出席本次会议: who came
        if q.unit in ("人", "名", "位") and re.search(r"(?:应到|实到|出席|列席|到会)(?:会议)?(?:代表|委员)?$", before):
            continue  # 会议应到代表267人, 实到代表242人: who came to the meeting
        if q.unit == "批" and q.low == 1:
            continue  # 一批, 1批: an unstated number
        if q.low == 0 and q.high is None and re.search(r"(?:新建|新增|续建|改建|扩建|实施)$", before):
            continue  # 新建0个、续建2个: none to build, no target
        if q.unit in ("批", "期", "步", "轮", "个阶段", "阶段") and re.search(r"(?:分|按)$", before):
            continue  # 分4批发放, 分两期建设, 按三步走: how it is done, not a target
        if re.search(r"(?:由|从)(?:20\d{2}年(?:的|底)?)?$", before):
            continue  # the base of 由X提高到Y
        if (
            re.search(r"总?投资(?:约|达)?$", before)
            and after.startswith("的")
            and not re.match(r"的(?:年度|全年)?(?:目标|任务)", after)
            and not re.search(r"(?:完成|实现)[^,;。\d]{0,12}?投资(?:约|达)?$", before)
        ):
            continue  # 总投资7.58亿元的县医院迁建项目, 投资5.4亿元的市中医院: the size of a project named (not
            # 完成重点项目投资150亿元的目标任务: the investment to make)
        compared = bool(_SUFFIX_RE.match(after) or _PREFIX_RE.search(before))
        if q.unit in ("米", "公里", "千米") and re.match(r"\s*(?:服务半径|范围内|半径)?覆盖率|\s*服务半径", after):
            continue  # 公交站点500米覆盖率, 公园绿地500米服务半径覆盖率: the radius names the measure, no target
        if (q.unit.endswith("元") or (q.unit in ("公里", "千米") and "时速" in before)) and _GRANT_CAP.search(before):
            continue  # 单个项目最高不超过50万元, 单笔奖励标准最高30万元, 最高时速可达120公里: a cap or a top, no target
        if q.unit.endswith("元") and _PAYER.search(before) and not compared and _in_breakdown(sh, c_start):
            continue  # 计划安排资金1089万元,其中上级补助610万元,县(市、区)匹配479万元: who pays, not a target
        if _WHICH_ENTITIES.match(after) and not q.is_rate and not q.is_count:
            continue  # 5000吨标准煤以上企业, 1000吨标准煤以上的新上项目: which of them, by their size, not a target
        if before.endswith("海拔") and re.match(r"\s*(?:米|m)?\s*(?:及)?(?:以上|以下)", after):
            continue  # 海拔2500米及以上地区学生: which places, by their height, not a target
        if (
            q.unit in ("天", "日", "小时", "分钟", "工作日", "个工作日", "个月", "岁")
            and not compared
            and not (q.unit == "岁" and _AGE_REACHED.search(before))
        ):
            # a duration or an age, not a target: 培训3天, 3岁以下婴幼儿 (an age limit); not 人均预期寿命较上年提高0.2岁
            continue
        if q.chinese and q.unit in _DISTANCES and not compared and re.match(r"[\u4e00-\u9fff]", after):
            continue  # 三公里生活圈, 一刻钟便民圈: a numeral in a programme's name
        if (
            q.unit == "岁"
            and _AGE_OF_WHOM.match(after)
            and not (_AGE_REACHED.search(before) and _CLAUSE_END.match(after))
        ):
            continue  # 60岁以上老年人, 13-14岁女生, 对象为70岁以上。: an age that says who, not a target
        if q.unit == "次" and re.match(
            r"^(?:[、和及与]\s*[一二三四五六七八九十\d]{1,3}\s*次)*\s*(?:全会|会议|全体会议|党代会|代表大会|常务会议)",
            after,
        ):
            continue  # 十五届五次全会; 六届二次、三次、四次、五次全会精神: sessions named, not times counted
        if q.unit == "度" and not q.scale:
            continue
        if re.match(r"^(?:年|岁|周岁|号|期|级|届|类|版|代|大|强(?!度))", after) and not q.unit and not built_to_size:
            continue
        if (
            before.endswith("过")
            and (re.match(r"[\u4e00-\u9fff]", after) or (kept and kept[-1].is_count))
            and not _PREFIX_RE.search(before[:-1])
        ):
            continue  # 12个预增产值过亿元增长点: which ones are counted (产值过亿元的), not a target
        if re.search(r"以[^,;。以]{0,12}$", before) and _FOCUS_AFTER.match(after):
            continue  # 全县扶贫工作以辽西四个乡镇为重点: where the work bears, not what it delivers
        if q.unit in ("轮", "次") and re.match(r"(?:会议|常务会议?|专题会议?)?(?:审议|研究|讨论|论证)", after):
            continue  # 经…四轮会议审议: how the plan was made, not a target
        if _INVOLVED_BEFORE.search(before) and _PLACES_OR_FIELDS.match(after):
            continue  # 涉及棠香街道、龙岗街道等19个镇街, 涉及…6个领域: where it reaches, not a target (涉及居民2100户 is)
        if (
            _WHERE_BEFORE.search(before)
            and _PLACES_AT.match(after)
            and (_WORK_COUNTED.search(clause, q.end) or _VERB_LISTED_ON.search(clause))
        ):
            # 在全省13个市州61个县区农村中小学新建、改扩建食堂400个: where the work is done; what is done is counted
            # after it (or in the next item of the list its verb opens)
            continue
        if re.search(r"第[\d、,和及至-]*$", before) and q.unit in ("项", "条", "个", "款", ""):
            continue  # 上述第1、2、5项由…牵头: which items, by number, not a count
        if (re.search(r"(?:^|[,;。、\s])(?:上述|前述)$", before) or re.search(r"[这那此]$", before)) and not q.is_rate:
            continue  # 缓解这两个片区的入学压力, 上述三项任务: the ones already named, not a count
        if re.search(r"紧盯$", before):
            continue  # 紧盯2家意向企业: whom to keep an eye on, not what is to be delivered
        if q.unit in ("项", "个", "件") and (
            re.match(r"[^,;。\d]{0,14}?(?:工作|实事|项目|任务)(?:项目)?中(?=[,，:：]|$)", after)
            or re.match(
                r"[^,;。\d()（）]{0,4}?(?:(?:进度|进展)(?:偏慢|缓慢|滞后|正常)|尚未完成|未完成|已完成|正常推进|已提前完成|"
                r"(?:按|超)?序时(?:进度)?推进)",
                after,
            )
        ):
            continue  # 126项市政府重点工作中,…8项进度偏慢;4项尚未完成年度目标任务 (8件按序时推进): the plan's items by state
        if q.unit == "项" and (
            re.search(r"(?:序时推进|按序时推进|正常推进|进度滞后|滞后|超序时|已完成)$", before)
            or after.startswith("任务中")
        ):
            continue  # 序时推进24项, 进度滞后3项: the plan's items counted by how far they are
        if q.unit in ("项", "个", "件") and _PROJECTS_BY_STATE.match(after):
            continue  # 10个项目提前或超额完成节点目标, 1个项目报市政府同意后暂缓实施: the plan's items by state
        if re.match(r"(?:牵头|责任|配合|协办|成员)(?:单位|部门)", after):
            continue  # 涉及34个牵头单位: the plan counting who answers for it
        if (
            q.unit in ("项", "个", "类", "张")
            and re.match(
                r"[\u4e00-\u9fff]{0,4}?(?:指标|目标|任务|清单)(?:任务)?(?:逐项)?"
                r"(?:(?:分解|下达|细化|分配)+(?:到|至|给|如下)|(?:的)?(?:年度)?完成情况(?:纳入|列入|作为))",
                after,
            )
            # (not 发放第三代社会保障卡3万张任务分解到各乡镇, 新建公园3个目标任务分解…: what is delivered, in figures, shared
            # out; 三项 in words counts the plan's own)
            and (
                q.chinese
                or not re.search(
                    r"(?:发放|新建|建成|建设|完成|新增|改造|培训|发行|实施|创建|引进)[^,;。\d]{0,12}$", before
                )
            )
        ):
            # 现将粮食播种面积、…四项指标分解(下达)到各乡镇; 三项指标完成情况纳入乡镇年度综合考核: the plan counting what it
            # shares out, or what it assesses
            continue
        if re.fullmatch(r"[\u4e00-\u9fff]{0,2}目标\s*", after) and sh[c_end : c_end + 1] in (":", "："):
            continue  # 全市交通将实现四个目标:…: the plan counting its goals before it states them
        if q.unit == "项" and re.fullmatch(r"[\u4e00-\u9fff]{0,4}?指标\s*", after) and _DUTY_AFTER.match(sh, c_end):
            continue  # …和森林覆盖率两项指标,分别由市科技局、市林业局牵头: the indicators a duty names
        if (_OWN_ITEMS.match(after) or _OWN_ITEMS.match(_COUNT_AFTER.sub("", after, count=1))) and (
            q.unit in ("项", "个", "件", "大", "条", "") or _COUNTING.search(before)
        ):  # (共安排5个方面18条32项重点任务: a count of its items counted again after it)
            continue  # 实施10项民生实事, 共8个方面25项任务: the plan counting its own items
        if q.unit in ("项", "个", "件", "条") and _OWN_TASKS_NAMED_FIRST.search(before):
            continue  # 今年区政府确定重点任务13项、季度节点目标52个: the plan counting its own, named first
        if re.match(r"\s*(?:以上|左右)?的(?!目标|任务|指标|计划|要求)[\u4e00-\u9fff]", after) and _SIZE_OF_WHAT.search(
            before
        ):
            continue  # 建成投用占地76亩的建新街公园: how big the thing built is, not a target
        if q.unit not in ("%", "‰") and _COUNTED_ABOVE.search(before):
            continue  # 5家超50万人次(的滑雪场): the size each counted body is above, the count the target
        if re.search(r"(?:年产|日产|产能|设计产能)$", before) and re.match(
            r"[^,;。\d]{0,12}的[^,;。\d]{0,8}(?:项目|工程)", after
        ):
            continue  # 推进年产10万辆新能源汽车的合众项目投产: the plant's capacity names the project
        if re.match(r"\s*(?:以上|以下)?的[\u4e00-\u9fff]", after) and re.search(r"一批[^,;。\d]*$", before):
            continue  # 培育一批产值超1亿元的特色产业专业村: the size of what is built, counted as 一批
        if q.unit in ("项", "件", "个") and before.rstrip().endswith("等") and _ITEMS_REPORTED.match(after):
            continue  # “…”、“…”等17项超额完成; …等5个项目曾因过程性滞后被通报: the items listed, counted
        if q.unit == "%" and _SHARE_OF_ITEMS.search(before):
            continue  # …等17项超额完成、占比56.67%: the share of the plan's items so counted
        if (
            q.unit in ("项", "件", "个", "条")
            and _LISTED_HERE.search(before)
            and re.match(r"[\u4e00-\u9fff]{0,4}?(?:目标|指标|任务|工作|事项|项目)", after)
        ):
            continue  # 本方案所列8项控制指标: the plan counting what it lists
        if (
            q.unit in ("项", "件", "个", "大", "条")
            and (_NOTHING_MORE.fullmatch(after) or _CHOSEN.search(before) and after.startswith("后"))
            and (
                _OWN_ITEMS_BEFORE.search(before)
                or _CHOSEN.search(before)
                or re.fullmatch(r"\s*(?:共|共计|合计|总计|总共|一共|包括|包含|共包括)\s*", before)
            )
        ):
            continue  # 全年共安排重点任务7项, 其中就业增收类3项, …民生实事项目,共15项,分别是; 共10件32项
        if q.is_count and _WHOLE_REFERRED.match(after):
            continue  # 181个项目中有重大基础设施类61个: the whole named again, its part the figure to read
        if q.unit in ("条", "件") and _SUGGESTIONS.search(before) and not _SUFFIX_RE.match(after):
            continue  # 共收集民生实事项目意见建议1330条: how the plan was chosen, not a target
        if (
            q.is_count
            and re.match(r"[\u4e00-\u9fff]", after)
            and (before.rstrip().endswith("的") or (scope and re.search(r"(?:和|与|及|、)\s*$", before)))
            and not re.search(r"\d[\u4e00-\u9fff/]{0,4}的\s*$", before)  # 总投资1530.5亿元的158个重点项目: the head
            and not _SERVED.match(after)
            and not _COUNTED_TO_DO.fullmatch(after)
            and not _COUNTED_DONE_BY.match(after)
        ):
            scope = True  # 计划出列的2个贫困乡和20个贫困村的贫困户: which ones, inside a noun phrase
            continue
        scope = False
        kept.append(attrs.evolve(q, start=q.start + c_start, end=q.end + c_start))
    return _without_qualifiers(sh, kept, inside, c_start)


#: The plan counting its own items (本计划共7个方面28项任务, 本方案共安排12项).
_PLAN_COUNTS_ITSELF: Final = re.compile(
    r"本(?:方案|计划|责任书|清单|任务书|意见|通知|表)[^,;。]{0,6}?共(?:[^,;。\d]{0,6}?\d+\s*(?:个|项|大?类|方面|件))+"
)
#: The plan counting its own indicators earlier in the sentence (本计划共设置主要指标16项).
_OWN_INDICATORS_COUNTED: Final = re.compile(
    r"共(?:设|设置|设立|列|列出|确定)[^,;。]{0,8}?指标\s*\d+\s*[项个]"
    # (本方案共分解主要目标任务22项,其中经济发展类6项: the plan's own tasks; not 全年共安排…任务120个, work counted)
    r"|(?:本(?:方案|计划|通知|清单|表)|分解表|任务清单)[^,;。]{0,6}?共(?:分解|确定|列出|列|设)[^,;。]{0,8}?"
    r"(?:目标任务|任务|目标)\s*\d+\s*[项个]"
    # 本表共18项指标, 本方案共涉及5个街道、50项任务: the plan counting its own indicators or tasks
    r"|(?:本(?:方案|计划|通知|清单|表)|分解表|任务清单)[^,;。]{0,6}?共(?:涉及|包含|含|有|计)?[^,;。\d]{0,4}?"
    r"(?:\d+\s*个[^,;。\d]{1,6}?[、,]\s*)?\d+\s*[项个](?:主要|重点|考核)?(?:指标|目标|任务)"
)
#: What a list of directions named before its count counts (…三项重点, …两条底线, …三条重点产业链): no deed counted.
_DIRECTIONS_COUNTED: Final = re.compile(
    # (重点 alone ends its noun: 三个重点污水处理厂 counts plants built)
    r"\s*(?:大|条|项|个)?(?:重点(?:领域|工作)?(?=\s*(?:[,，;；。、]|$)|部署|要求)|底线|主线|领域|方面|(?:重点)?产业链|主导产业|战略)"
)
#: People served, after the words that say which (在册的3480名失独家庭成员购买综合保险): the count is
#: the target, not a scope inside a noun phrase.
_SERVED: Final = re.compile(
    r"[^的,;。]{1,10}?(?:成员|妇女|老人|老年人|儿童|学生|群众|居民|人员|对象|患者|家庭)"
    r"(?:购买|免费|提供|发放|开展|实施|进行|接种|检查|筛查)"
)
#: What a counted noun ends in when the count is the target (…为重点的1000个村庄整治): the work on them.
_COUNTED_TO_DO: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:整治|改造|建设|创建|提升|修缮|治理)(?:工作|任务)?\s*")
#: The projects a list holds, counted by the list (全县共安排县级重点项目16个): not what is to be done with
#: them (安排市级重点项目260个, 隆德县第一批确定项目111项: each place's share is a target).
#: Words of a plan listing its own projects (共安排, 共计确定).
_LISTING: Final = r"(?:共|共计|总共)(?:安排|确定|列入|梳理)"
_LIST_COUNTED: Final = re.compile(_LISTING + r"[^,;。\d]{0,24}?(?:20\d{2}年)?[^,;。\d]{0,16}?项目$")
#: What closes an item that counts its own parts (…;遴选200名学生开展联合家访等3个项目).
_PARTS_COUNTED: Final = re.compile(r"\s*(?:个|项)?(?:项目|工程|事项|任务)\s*[。;]?\s*$")
#: A line closing with a count of projects (…;落实优抚政策4个项目。), and the count.
_LINE_CLOSING_COUNT: Final = re.compile(
    r"(?m)(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|项)(?:项目|工程|事项|任务)\s*[。;]?[ \t\u3000]*$"
)


def _parts_before(sh: str, position: int) -> int:
    """How many parts, parted by ``;``, the item's text holds up to ``position``: from its line's start
    or the last sentence's end before it (2.完善卫生健康体系。提升…;…;…), whichever is later."""
    start = max(sh.rfind("\n", 0, position), sh.rfind("。", 0, position)) + 1
    return sh.count(";", start, position) + sh.count("；", start, position) + 1


@functools.lru_cache(maxsize=8)
def _items_counting_their_parts(sh: str) -> int:
    """How many lines of the text close with a count of projects equal to their parts."""
    found = 0
    for match in _LINE_CLOSING_COUNT.finditer(sh):
        n = match.group("n")
        count = int(n) if n.isdigit() else cn_integer(n)
        parts = _parts_before(sh, match.start())
        found += parts >= 2 and count == parts
    return found


def _counts_its_own_parts(sh: str, c_start: int, clause: str, q: WrittenQuantity) -> bool:
    """Whether ``q`` closes an item of parts parted by ``;`` and is the number of them.

    A 民生实事 item may list its projects, one per ``;``, and end 等4个项目: the item counts its
    parts, and the figure before 等 (增配无创呼吸机13台) is the last part's own target. Without 等
    (…;落实优抚政策4个项目) the count is the parts' only where other items of the text close so too:
    新建道路10公里;改造危房200户;实施美丽乡村建设3个项目 alone is three projects to carry out.
    """
    if q.unit not in ("个", "项") or q.high is not None or not _PARTS_COUNTED.fullmatch(clause, q.end):
        return False
    parts = _parts_before(sh, c_start + q.start)
    if parts < 2 or q.low != parts:
        return False
    return clause[q.start - 1 : q.start] == "等" or _items_counting_their_parts(sh) >= 2


#: The list counting itself earlier in the sentence (…共安排县级重点项目14个,总投资…).
_LIST_COUNTED_BEFORE: Final = re.compile(
    _LISTING + r"(?:[^,;。]{0,30}?项目\s*\d+\s*[个项]|\s*\d+\s*[个项][^,;。\d]{0,20}?项目)"
)


#: The plan counting its own 实事 earlier in the sentence (确定办好12个方面34项民生实事).
_OWN_ITEMS_COUNTED: Final = re.compile(
    r"(?:确定|办好|票决|共)[^,;。]{0,16}?\d+\s*(?:件|项|个)[^,;。\d]{0,6}?(?:民生实事|为民办实事|实事)"
)
#: How far before its clause the plan's count of its own items is looked for (the search stays linear).
_OWN_ITEMS_REACH: Final = 80


def _sentence_start(sh: str, position: int) -> int:
    """Where the sentence (or its part after a ;) holding ``position`` starts."""
    return max(sh.rfind(mark, 0, position) for mark in ("。", "\n", ";", "；")) + 1


#: A counted noun then when it is all to be done (新建的6所学校12月底前全部竣工): the count is the target.
_COUNTED_DONE_BY: Final = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:于|在)?\s*(?:\d{1,2}月|年底|年内)[^,;。]{0,6}?(?:全部|均|全面)?"
    r"(?:竣工|建成|完工|投用|投入使用|开工|交付)"
)
#: What a count framed by 以…为 makes of the things counted: the work's focus or means (以四个乡镇为重点).
_FOCUS_AFTER: Final = re.compile(
    r"[^,;。]{0,12}?为(?:重点|抓手|载体|主线|突破口|核心|主体|龙头|依托|引领|支撑|切入点)(?=$|[,;。、])"
)
#: The plan's own parts, when it counts them (实施10项民生实事; 方案共5个方面8项任务; 重点抓好以下6项工作).
#: What a slogan counts (四个能力, 六个务必, 两个维护): principles and qualities, never deliverables.
_SLOGAN: Final = re.compile(
    r"(?:能力|务必|坚持|必须|意识|自信|维护|确保|转变|优先|率先|统筹|敢于|善于|着力|聚焦|走在前列?|落实|短板|弱项)"
    r"(?![\u4e00-\u9fff])"  # (抓好两个落实, 补齐四个短板)
)
_OWN_ITEMS: Final = re.compile(
    r"[^,;。]{0,20}?(?:民生实事|民生(?:重点)?工程|实事项目|为民办实事|为民实事|候选项目)|"
    r"方面(?:的)?(?:重点)?(?:工作|任务)(?=来|推进|入手|着力|发力)|"  # 等9个方面重点工作来推进
    r"方面(?=[\u4e00-\u9fff]{0,2}?(?:施策|入手|着力|发力|部署|推进))|"  # 从扩权、财政…等5个方面精准施策
    # …和高新技术企业数三项创新类指标,分别由市科技局…牵头; …两项指标的牵头单位为…: the indicators named
    r"[\u4e00-\u9fff]{0,4}?指标(?=\s*[,，]?\s*(?:分别|均|统一)?由|的(?:牵头|责任)(?:单位|部门))|"
    r"(?:[\u4e00-\u9fff]{0,4}?实事|(?:方面|层面)(?:的)?(?:建设|重点)?(?:工作|任务|目标|内容)?|[\u4e00-\u9fff]{0,2}任务|"
    r"(?:具体|重点|主要)(?:目标)?任务|重点工作|(?:工作)?举措|(?:工作)?措施|工作|大?行动|"
    r"板块|大类)"
    r"(?:(?![\u4e00-\u9fff])|(?=(?:全面|圆满|如期|按时|全部)?(?:完成|落实|落地))|(?=(?:分别)?是\s*(?:[:：]|$)|如下))"
    # 确保7个方面重点任务全面完成; 这十件实事是:一是…
)
#: A duty after a clause of indicators named (,分别由…, ,由…牵头).
_DUTY_AFTER: Final = re.compile(r"\s*[,，;；]\s*(?:分别|均|统一)?由")
#: Measures of what a plant or farm can produce (5万千瓦, 年产10万辆, 400万头), which size a project's
#: name; not of work to do (实施700公里农村公路…工程: the 700 km are the target).
_CAPACITY_UNITS: Final = frozenset({"千瓦", "兆瓦", "千伏安", "kW", "MW", "GW", "吨", "件", "辆", "头", "只", "羽"})
#: The rest of a project's name after its size (…5万千瓦光伏电站项目, …20万千瓦灌溉渠光伏复合利用项目建设).
_PROJECT_NAMED_AFTER: Final = re.compile(
    r"[\u4e00-\u9fff“”\"]{1,16}?(?:项目|工程|基地|电站|生产线)(?:建设)?(?:[和与及、,;。]|$)"
)
#: A verb that starts or carries out a project, before its name (启动大唐…, 开工建设…, 推进…).
_PROJECT_STARTED: Final = re.compile(r"(?:启动|开工|建设|建成|实施|推进|加快|续建|新开工|签约|引进)[^,;。]{0,40}$")
#: A project's name straight after the figure sizing it, in a list (…亿元星能植物电池、投资10亿元…): the name
#: (not 以上/左右/的 after a figure to reach), then a 、 or 等.
_SIZED_PROJECT_LISTED: Final = re.compile(r"(?!以上|左右|以内|的)[\u4e00-\u9fff\w][^,;。、等]{0,30}(?:等|、)")
#: What a plant's size is measured in (40万吨, 200万千瓦, 10万平方米), not counts of what is done (28个项目, 200名学生).
_PLANT_SIZE_UNITS: Final = frozenset(
    {"吨", "千瓦", "兆瓦", "千伏安", "kW", "MW", "GW", "平方米", "立方米", "标箱", "亩"}
)
#: A firm's name right before the size of its project in a list of projects (、古城乳业年产, 推进首钢长钢).
_FIRM_BEFORE_SIZE: Final = re.compile(
    r"(?:^|[、,]|抓好|推进|实施|建设|加快)[\u4e00-\u9fff]{2,12}?"
    r"(?:年产|年处理|日产|年加工|(?<=能源|集团|公司|股份|实业|科技|乳业|酒业|钢铁|化工|材料|药业|电子|纺织|长钢|石化|石油|"
    r"电力|煤业|矿业|水泥|建材|汽车|机械|制药))\s*$"
)  # (a firm's name ends so, or the plant's yearly output follows it; not 实施新建高标准农田5万亩工程, a deed sized)
#: What closes a list of projects (…等项目, …等8个项目).
_PROJECTS_CLOSE: Final = re.compile(r"等[^,;。]{0,6}?项目")


@functools.lru_cache(maxsize=64)
def _projects_listed_end(clause: str) -> int:
    """Where a clause's list of projects closes (…等项目), or -1: looked for once a clause, not once a figure."""
    found = _PROJECTS_CLOSE.search(clause)
    return found.start() if found is not None else -1


#: A clause opening with a project's size before its name (投资10亿元骏通车辆智能化改造).
_SIZED_PROJECT: Final = re.compile(
    r"(?:重点)?(?:抓好|推进|实施|建设|加快)?投资(?:约)?\d+(?:\.\d+)?\s*[万亿]?元(?!以上|左右|以内|的)[\u4e00-\u9fff\w]"
)
#: Places whose names open with a numeral and a measure word (三门峡, 六盘水, 七台河, 五家渠): no count.
_NUMERAL_PLACE: Final = re.compile(
    r"三[门門][峡峽]|六[盘盤]水|七台河|五家渠|九台(?=区|市|至|到|[—-])|三台县|二连浩特|五大连池|三都(?=县|水族)"
)
#: The size of a thing named before the figure that sizes it (占地76亩的…, 建筑面积8800平方米的…).
_SIZE_OF_WHAT: Final = re.compile(
    r"(?:占地|占地面积|建筑面积|用地面积|面积|总投资|规模|容量|处理量|处理能力|库容|长度|全长)(?:为|约|达|共)?\s*$"
)
#: What a count of the items just listed goes on to say of them (…等17项超额完成, …等5个项目曾因…滞后).
_ITEMS_REPORTED: Final = re.compile(
    r"\s*(?:项目|事项)?\s*(?:超额完成|(?:均|都)?已(?:全部|全面|基本)?(?:超额)?完成|曾|被|(?:进度)?滞后|未能?完成)"
)  # done or found wanting, as a report says; not 等5个项目按期完成, what is to be done
#: A count of the items listed before it, with what became of them (…等17项超额完成): a report.
_ITEMS_COUNTED_DONE: Final = re.compile(r"等\s*\d+\s*(?:项|个|件)" + _ITEMS_REPORTED.pattern)
#: The share a count of items done makes of all of them (…17项超额完成、占比56.67%).
_SHARE_OF_ITEMS: Final = re.compile(r"\d+\s*项[^,;。\d]{0,8}(?:完成|滞后)\s*[、,]?\s*(?:占比|占)\s*$")
_OWN_ITEMS_BEFORE: Final = re.compile(
    r"(?:任务|实事|实事项目|工作|举措|措施|类|方面|本表|本清单|"
    r"(?:共列|共计|共有|共)[\u4e00-\u9fff]{0,6}(?:目标|指标)|(?:指标|目标)设置|(?:负责|牵头)(?:实施|推进|落实)的)"
    r"(?:(?:\d+|[一二三四五六七八九十]{1,3})(?:件|大?类|大?项))?"  # 民生实事项目十大项共50件
    r"(?:共|共计|合计|总计|总共|一共)?(?:涉及|包括|包含)?"
    r"(?:\d+(?:件|大?类))?$"  # 民生实事共10件32项: the items after the matters they make up; 共涉及30项
)
#: A count named again as the whole a part is taken from (181个项目中有…61个, 50个村当中).
_WHOLE_REFERRED: Final = re.compile(
    r"(?![^,;。\d]{0,6}?在)[\u4e00-\u9fff]{0,6}?(?<![高初集其])(?:当中|中)(?:有|包括|包含|含有?)[^,;。\d]{0,16}?\d"
)  # (not 培育10个在市场中有竞争力的…品牌: what they are to be)
#: The plan itself as what lists the items counted after it (本方案所列, 本计划确定的, 本清单中).
_LISTED_HERE: Final = re.compile(
    r"本(?:工作|实施|行动)?(?:方案|计划|清单|表|要点|意见)(?:所列|列出|确定|提出|明确|中)?(?:的)?(?:共|共计)?\s*$"
)
#: Nothing after an own count but a project noun or a remark in brackets (共计37个项目; 重点任务22项(见附件)).
_NOTHING_MORE: Final = re.compile(r"[ ,、。:]*(?:项目|\d+项)?[ ,、。:]*(?:\([^()]*\))?[ ,、。:]*")
#: The plan's items as chosen (从13个候选项目中票决出最终10项, 比选调整为14件).
_CHOSEN: Final = re.compile(r"(?:票决|比选|筛选|遴选|评选|选出|确定)(?:出|产生|形成)?(?:了)?(?:最终|调整为|为)?$")
#: Suggestions collected while the plan was chosen (收集民生实事项目意见建议1330条, 定向收集代表建议19条).
_SUGGESTIONS: Final = re.compile(r"(?:收集|征集|收到|梳理)[^,;。]{0,20}(?:意见|建议|诉求)$")
_COUNTING: Final = re.compile(r"(?:共|共计|包括|涵盖|分为|以下|如下|明确|提出|部署|确定)[^,;。]{0,12}$")


#: The words between a figure and a second one striven for past it, with no separator (增长8%力争9%,
#: 8%左右力争达到9%).
_STRIVEN_NEXT: Final = re.compile(r"(?:以上|以下|左右|以内)?(?:力争|争取)(?:达到|实现|突破|超过|增长)?")


def _without_qualifiers(
    sh: str, quantities: list[WrittenQuantity], inside: list[bool], c_start: int
) -> list[WrittenQuantity]:
    """Leave out a quantity that only qualifies a noun: 10万元以上的村占比达到60%, 5000万元以上项目10个.

    It is one followed by its noun and then, with no 、和及与 between, by another quantity.
    """
    kept = []
    share_of: int | None = None  # a quantity that only says whose share went before (20%的村…超30万元)
    for i, q in enumerate(quantities):
        if i == share_of:
            continue
        if i and q.start == quantities[i - 1].end and re.match(r"(?:以上|以下)[\u4e00-\u9fff]", sh[q.end : q.end + 3]):
            continue  # 超230个50户以上木质房屋连片村寨: the villages counted are those of 50 households or more
        if i + 1 < len(quantities):
            gap = "".join(
                ch for k, ch in enumerate(sh[q.end : quantities[i + 1].start]) if not inside[q.end + k - c_start]
            )
            if (
                q.is_count
                and q.low != 1  # 建设一座日供水30万吨的净水厂: one thing, its size the target
                and _QUALIFIED_COUNT.fullmatch(gap)
                and not quantities[i + 1].is_rate  # 6个街道…优良天数比例达到85%的要求: the rate is the target
                and not re.search(r"率|比例|比重|占比|增速|增长|下降", gap)
                and _COUNTED_NOUN.match(sh, quantities[i + 1].end)
            ):
                share_of = i + 1  # 培育80个主营业务收入超100亿元的产业集群: the count, and which ones are counted
                kept.append(q)
                continue
            if q.unit == "%" and re.match(
                r"的[\u4e00-\u9fff][^,;]*(?:超过|超|达到|以上|不低于|突破|有|拥有|配备)$", gap
            ):
                # 20%的村集体年收入超30万元, 70%的建制村有1座卫生公厕: the share is the target, the
                # figure after it says of what
                share_of = i + 1
                kept.append(q)
                continue
            if q.unit == "元" and re.match(
                r"(?:以上|及以上)[\u4e00-\u9fff]{0,6}(?:投资|项目|企业)[\u4e00-\u9fff]{0,4}(?:增长|增速)", gap
            ):
                continue  # 500万元以上固定资产投资增长7%: the statistics' threshold, the growth the target
            if re.match(r"(?:以上|以下|及以上|及以下)?的[\u4e00-\u9fff]", gap) and not re.search(
                r"以及|、|和|与|并|同时|其中", gap
            ):
                continue  # 10万元以上的村
            if (
                re.match(r"(?:以上|以下|及以上|及以下)?[\u4e00-\u9fff]", gap)
                and not _STRIVEN_NEXT.fullmatch(gap)  # 增长8%力争9%: the figure kept to, then one striven for
                and not re.search(
                    r"以及|、|和|及(?!以[上下])|与|并|同时|其中|达到|增长|提高|下降|分别"
                    + (r"|按" if q.is_count else ""),
                    gap,
                )
            ):
                continue  # 5000万元以上项目10个; but 向1.45万名高中生按每人2000元的标准: both
            if (
                (q.is_count or q.high is not None)
                and quantities[i + 1].is_rate
                and re.match(r"[\u4e00-\u9fff]", gap)
                and re.search(r"比例|比重|占比|率", gap)
                and not re.search(r"[,;]|新增|新建|建成|完成|实施", gap)
                and not re.match(r"(?:以上|以下|左右|以内)?、", gap)  # 就业45万人以上、失业率5.5%: a list
            ):
                continue  # 4个国控断面水质优良比例达到100%, 10-50万元群体比例达到81%: whose share
        kept.append(q)
    return kept


def _segments(sh: str, c_start: int, c_end: int, quantities: Sequence[WrittenQuantity]) -> list[tuple[int, int]]:
    """Cut a clause into one stretch per quantity, at the connector between two quantities."""
    inside = masked(sh, c_start, c_end)
    bounds: list[tuple[int, int]] = []
    begin = c_start
    for i, q in enumerate(quantities):
        if i + 1 == len(quantities):
            bounds.append((begin, c_end))
            break
        nxt = quantities[i + 1]
        gap_start = q.end
        suffix = _SUFFIX_RE.match(sh, q.end, nxt.start)
        if suffix:
            gap_start = suffix.end()
        connectors = [
            m
            for m in re.finditer(r"以及|、|和|及(?!以[上下])|与|并|同时|/", sh[gap_start : nxt.start])
            if not inside[gap_start + m.start() - c_start]
        ]
        standard = re.search(r"按", sh[gap_start : nxt.start])
        if not connectors and standard:
            cut = resume = gap_start + standard.start()  # 向1.45万名高中生|按每人每年2000元的标准发放
        elif not connectors:
            # (62个(力争70个): the bracket's figure read from its words, without the bracket)
            cut, resume = gap_start, gap_start + (sh[gap_start : gap_start + 1] == "(")
        else:
            before_next = _PREFIX_RE.sub("", sh[gap_start : nxt.start]).rstrip()
            number_first = bool(
                re.search(r"(?:以及|、|和|及|与|并)(?:新增|新建|新培育|培育|引进|建成|建设|完成)?$", before_next)
            )
            chosen = connectors[-1] if number_first else connectors[0]
            cut, resume = gap_start + chosen.start(), gap_start + chosen.end()
        bounds.append((begin, cut))
        begin = resume
    # (a stretch opened inside a bracket ends before the bracket closes)
    bounds = [(a, b - 1) if sh[a - 1 : a] == "(" and sh[b - 1 : b] == ")" else (a, b) for a, b in bounds]
    return [strip_span(sh, a, b) for a, b in bounds]


def _respectively(sh: str, c_start: int, c_end: int, readings: list[Reading]) -> list[Reading]:
    """分别增长8%、10%左右: the word closing a 分别 list (左右, 以上, 以内) is said of every item, so
    items with no comparator of their own take the last one's. 分别达到65%、63%左右 too: 达到 only says the
    levels are reached, 左右 how near, of both (an item with its own 以上 or 至少 keeps it, as does a figure
    before the list)."""
    clause = sh[c_start:c_end]
    if "分别" not in clause or len(readings) < 2 or readings[-1].comparator in ("=", "between"):
        return readings
    closing = readings[-1].comparator
    reached = _RESPECTIVELY_REACHED.search(sh, c_start, c_end) if closing == "approx" else None

    def own_floor(r: Reading) -> bool:
        """Whether the reading's figure is in the 分别 list and says no floor of its own."""
        return (
            reached is not None
            and r.end > reached.end()
            and r.comparator == ">="
            and not re.search(r"以上|至少|不低于|不少于", sh[max(reached.end(), r.start) : r.end + 3])
        )

    return [
        attrs.evolve(r, comparator=closing, kind=_APPROXIMATED.get(r.kind, r.kind) if closing == "approx" else r.kind)
        if r.comparator == "=" or own_floor(r)
        else r
        for r in readings
    ]


#: A 分别 list whose verb only says its levels are reached (分别达到, 分别提高到, 分别稳定在).
_RESPECTIVELY_REACHED: Final = re.compile(r"分别(?:要|力争|争取)?(?:达到|达|为|提高到|提升到|保持在|稳定在)")
#: The kinds a figure made about (左右) takes: an amount about so much is approximate (a share stays a ratio).
_APPROXIMATED: Final = {"amount": "approximate", "count": "approximate"}


def _without_floor(prefix: str) -> str:
    """A prefix without the floor its comparison word sets (不低于, 至少, 保): a figure striven for after a
    floor is its own; a ceiling (控制在5.5%以内、力争5%) carries over."""
    found = _PREFIX_RE.search(prefix)
    if found is None:
        return prefix
    return prefix[: found.start()] if _compared_by(found.group())[0] in (">=", ">") else prefix


#: The comparison words, longest first (大于或等于 before 大于).
_PREFIX_WORDS_LONGEST_FIRST: Final = sorted(_PREFIX_WORDS, key=lambda pair: -len(pair[0]))


def _compared_by(words: str) -> tuple[str | None, str]:
    """The comparator the comparison word that ``words`` open with sets, and the word (None, '' for none)."""
    return next(((c, w) for w, c in _PREFIX_WORDS_LONGEST_FIRST if words.startswith(w)), (None, ""))


#: A figure and its measure right before a word of striving (8%、力争; 8%左右力争; 62个(力争): the striving
#: is that figure's stretch; not a date, 2026年力争…, 6月底前力争…, which opens a list).
_AFTER_A_FIGURE: Final = re.compile(r"\d(?![\d.]*\s*[年月日])[\d.]*\s*[^,;、\d年月日]{0,6}[、(]?$")
#: The words of striving a striven figure's own words open with (、力争突破: 突破 is left; 力争达到: none).
_STRIVE_WORD: Final = re.compile(r"^[,、\s]*(?:力争|争取|争)\s*(?:达到|实现)?\s*")
#: A figure's own words only a word of striving (…8%以上、力争9%; 保8%、争9%).
_STRIVE_ONLY: Final = re.compile(r"[,、\s]*(?:力争|争取|争)\s*(?:达到|实现|突破|超过|增长)?\s*")


def _comparator(prefix: str, suffix: str, q: WrittenQuantity) -> tuple[str, str]:
    """(comparator, the prefix word that set it or '')."""
    if q.high is not None:
        return "between", ""
    word = ""
    found = _PREFIX_RE.search(prefix)
    cmp_prefix = None
    if found:
        word = re.sub(_FILLER + r"\s*$", "", found.group()) or found.group()
        compared, opening = _compared_by(found.group())
        if compared is not None:
            cmp_prefix, word = compared, opening
    match = _SUFFIX_RE.match(suffix)
    cmp_suffix = _SUFFIX_MAP[match.group(1)] if match else None
    if q.more:
        cmp_suffix = ">"
    if cmp_suffix == "approx" or cmp_prefix == "approx":
        return "approx", word
    if cmp_prefix in (">", "<"):
        return cmp_prefix, word
    if cmp_suffix in (">=", "<=", ">"):
        if cmp_prefix == "<=" and cmp_suffix == ">=":
            return "<=", word
        return cmp_suffix, word
    if cmp_prefix is not None:
        return cmp_prefix, word
    if q.unit in ("个百分点", "百分点") and _ABOVE_BY.search(prefix):
        return ">", word  # 增速高于全区GDP增速1个百分点: above the benchmark by the margin, a floor
    return "=", word


#: A margin said of a benchmark the figure is above (高于全区GDP增速, 快于全省平均水平).
_ABOVE_BY: Final = re.compile(r"(?:高于|快于|超过|超出)[^,;。\d]{1,20}$")


def _numeric(
    text: str,
    sh: str,
    c_start: int,
    c_end: int,
    quantities: list[WrittenQuantity],
    deadline: tuple[str, int | None],
    previous_subject: str,
) -> list[Reading]:
    """One reading per quantity of a clause, each read in its own segment of the clause. A quantity
    whose segment has no wording of its own takes the first one's (分别超过90家和870家)."""
    readings: list[Reading] = []
    inherited: tuple[str, str, str] | None = None  # (prefix, comparator, growth word) of the first
    for q, (s_start, s_end) in zip(quantities, _segments(sh, c_start, c_end, quantities)):
        s_start = min(s_start, q.start)
        prefix = sh[s_start : q.start]
        own_prefix = _LEADING.sub("", prefix)
        striven_only = _STRIVE_ONLY.fullmatch(sh, s_start, q.start) is not None
        borrowed = inherited is not None and (striven_only or not own_prefix.strip())
        if borrowed and inherited is not None:
            prefix = inherited[0]
            if striven_only:
                # 不低于8%、力争9%; 保8%、争9%: the measure, not the floor; 确保完成96.2亿元、力争突破100亿元:
                # the measure, with the striven figure's own word of comparing
                prefix = _without_floor(prefix) + _STRIVE_WORD.sub("", sh[s_start : q.start])
        comparator, word = _comparator(prefix, sh[q.end : s_end], q)
        growth = _GROWTH_RE.search(prefix) if q.is_rate and not _LEVEL_CHANGE.search(prefix) else None
        if growth is None and q.is_rate and borrowed and inherited is not None and inherited[2]:
            growth = _GROWTH_RE.search(inherited[2])
        if growth is None and q.unit == "%":
            growth = _GROWTH_AFTER.match(sh, q.end, s_end)  # 实现20%以上的增长: the growth named after it
        implied = _IMPLIED_GROWTH.search(prefix) if growth is None and q.unit == "%" else None
        if implied is not None and not _MEASURED_AGAINST.search(prefix, 0, implied.start(1)):
            growth = implied  # 规模工业增加值力争9%以上: an amount's % is its growth; not 达到营业收入3%
        kind, decrease = _numeric_kind(
            sh[s_start : q.start], prefix, q, comparator, word, growth, deadline[0], sh[q.end : q.end + 16]
        )
        if kind == "amount" and not q.unit and _counts_things(sh, s_start, q):
            kind = "count"
        if kind == "growth-rate" and _LEVEL_BASE_RAISED.search(sh, max(0, q.start - _BASE_REACH), q.start):
            kind = "relative"  # 普及率在68%的基础上,提高3%: raised from the level stated, points or a share of it
        if kind == "ceiling" and comparator == "approx":
            comparator = "<="  # 控制在3%左右: a ceiling, about its figure (as the keys write it)
        if (
            kind in ("count", "amount")
            and readings
            and readings[-1].kind == "ratio"
            and (
                readings[-1].unit == q.unit
                # 执业医师数2.5人 after 每千人床位数6张: a small figure of a stock (…数), per head too
                or (
                    q.unit in _STAFF_WORDS
                    and not q.scale
                    and q.low < 100
                    and re.search(r"数(?:达到|达|为)?$", sh[s_start : q.start])
                )
            )
            and _PER_POPULATION.search(sh, c_start, readings[-1].end)
            and sh[readings[-1].end : s_start].strip() in ("、", ",")
            and not re.match(r"\s*(?:新增|新建|培训|招聘|建设|建成|完成|实施|开展|引进|培养)", sh[s_start : q.start])
        ):
            kind = "ratio"  # 每千人口执业医师数达到2.9人、注册护士数达到3.3人: per thousand people, both
        if kind in ("count", "amount") and _PER_POPULATION_BEFORE.search(sh, c_start, q.start):
            kind = "ratio"  # 精神科执业医师每10万人达到3.8名: a density, the population right before the figure
        subject = _subject(sh[s_start:s_end], q.start - s_start, q.end - s_start, kind, q)
        if not subject and borrowed and readings:
            subject = readings[-1].subject  # 62个(力争70个): the figure striven for is of the same measure
        subject = subject or previous_subject
        if not subject:
            subject = _leading_subject(sh[c_start:c_end])
        net = bool(_NET.search(prefix))
        if net:
            subject = _NET.sub("", subject)
        readings.append(
            Reading(
                start=s_start,
                end=_trim_end(sh, s_start, s_end),
                kind=kind,
                comparator=comparator,
                value=q.low,
                value_high=q.high,
                unit=q.unit,
                scale=q.scale,
                subject=subject,
                deliverable=_deliverable(text[s_start:s_end]) if kind == "milestone" else "",
                decrease=decrease,
                net_increase=net,
                deadline=deadline[0],
                deadline_month=deadline[1],
                growth=growth is not None,
            )
        )
        if inherited is None:
            growth_word = growth.group() if growth is not None else ""
            inherited = (prefix if _PREFIX_RE.search(prefix) or growth_word else "", comparator, growth_word)
    return _respectively(sh, c_start, c_end, _slash_pairs(sh, quantities, readings))


def _slash_pairs(sh: str, quantities: Sequence[WrittenQuantity], readings: list[Reading]) -> list[Reading]:
    """Two figures of one thing written as a pair (项目4个/1.6亿元) are two targets quoting the whole pair."""
    readings = list(readings)
    for i in range(len(readings) - 1):
        if sh[quantities[i].end : quantities[i + 1].start].strip() == "/":
            start, end = readings[i].start, max(readings[i].end, readings[i + 1].end)
            readings[i] = attrs.evolve(readings[i], start=start, end=end)
            readings[i + 1] = attrs.evolve(readings[i + 1], start=start, end=end)
    return readings


#: Measure words of people, the staff a density per head counts (每千人床位数6张、执业医师数2.5人).
_STAFF_WORDS: Final = frozenset({"人", "名", "位"})
#: The population a density is per, right before its figure (每10万人达到, 每万人口拥有).
_PER_POPULATION_BEFORE: Final = re.compile(
    r"每(?:\d+万|[十百千万]|十万)(?:常住)?人口?(?:拥有)?[^,;。\d]{0,12}?(?:达到|达|为|不少于|不低于)?\s*$"
)
#: A density per so many people (每千人口, 每万常住人口), said once for a list of figures.
_PER_POPULATION: Final = re.compile(r"每(?:千|万|百|十万|10万)(?:常住)?人口?|(?<![\d.万亿])(?:千|万|十万)人口")
#: Nouns of people counted, when a figure has a scale but no measure word (粉丝量突破50万, 游客100万).
_PEOPLE: Final = re.compile(r"(?:粉丝|游客|人数|用户|会员|客流|访客|人口|观众)[量数]?(?:达到|达|突破|超过|超|为)?$")


#: People named right after a figure with a scale (3万农村人口, 5万城乡居民).
_PEOPLE_AFTER: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:人口|群众|居民)")


def _counts_things(sh: str, s_start: int, q: WrittenQuantity) -> bool:
    """Whether a figure without a measure word counts things: a noun follows it (不少于20基层组织),
    or it counts people (粉丝量突破50万)."""
    if not q.scale and re.match(r"[\u4e00-\u9fff]", sh[q.end : q.end + 1]) and not _SUFFIX_RE.match(sh, q.end):
        return True
    if q.scale and _PEOPLE_AFTER.match(sh, q.end):
        return True  # 提升3万农村人口供水保障水平: people counted, named after the figure
    return bool(_PEOPLE.search(_PREFIX_RE.sub("", sh[s_start : q.start])))


def _numeric_kind(
    before: str,
    prefix: str,
    q: WrittenQuantity,
    comparator: str,
    word: str,
    growth: re.Match[str] | None,
    deadline: str,
    after: str = "",
) -> tuple[str, bool]:
    """The kind of a quantity's target, the first that fits, and whether less is better.

    ``before`` is the segment's own text before the number, ``prefix`` the wording it is read
    with (its own, or the first quantity's), ``after`` the text after it; a number under a
    deadline is a dated milestone.
    """
    if deadline:
        return "milestone", False
    if _SINGLE_DELIVERABLE.search(_PREFIX_RE.sub("", prefix)) and q.low == 1 and q.high is None and q.is_count:
        return "milestone", False  # 力争申报1个…: a single deliverable
    if comparator in ("<=", "<") or word in ("控制在", "控制到"):
        return "ceiling", True
    if comparator == "between":
        return "range", False
    if q.unit in ("个百分点", "百分点", "倍"):
        return "relative", False
    if _LAST_YEAR_RAISED.search(prefix) and not (q.is_rate or q.unit in ("%", "‰")):
        return "relative", False  # 每万人口高价值发明专利拥有量较上年提高2件: so much more than last year's level
    if _LEVEL_RAISED.search(before) and not (q.is_rate or q.unit in ("%", "‰")):
        return "relative", False  # 亩均粮食产能提高100斤左右, 护理补贴标准提高10元: so much above the level now
    base_year = _BASE_YEAR.search(prefix)
    if base_year is not None and (growth is not None or _CUT.search(base_year.group())):
        # 较2022年下降13.5%, 较2025年压缩10%: against a base year's level (时限压缩50%, no base, is a share)
        return "relative", growth.group(1) in _GROWTH_DOWN if growth is not None else True
    if growth is not None and _STOCK_CUT.search(prefix):
        return "relative", True  # 违法建设存量年内消减30%: so much of the stock standing now, not a year's growth
    if growth is not None:
        return "growth-rate", growth.group(1) in _GROWTH_DOWN
    if _PER_AREA.search(before) and not q.is_count:
        return "ratio", False  # 亩均税收达到25万元: money per mu is a density
    if "生均" in before and not q.is_count and q.unit not in ("元", "美元"):
        return "ratio", False  # 生均体育运动场馆面积达到7.5平方米: room per pupil (生均拨款…600元 is money)
    # 人均体育场地面积3.2平方米; but 人均可支配收入9.5万元 is money, 人均预期寿命78.7岁 an age: amounts
    not_per_head = ("元", "美元", "岁")
    if q.is_rate or q.is_density or _RATIO.search(before) and not q.is_count and q.unit not in not_per_head:
        return "ratio", False
    if (
        _RATIO.search(before)
        and re.search(
            r"人均|每(?:千|万|百|十万|亿)|(?<![\d.万亿])(?:千|万|十万)人(?:口|[\u4e00-\u9fff]{1,12}?拥有(?:量|数))",
            before,
        )  # (万人有效发明专利拥有量达到12件: per ten thousand people, 每 left out)
        and q.unit not in not_per_head
    ):
        return "ratio", False
    if comparator == "approx":
        return "approximate", False
    if not q.unit and q.scale and (_PEOPLE_COUNTED.match(after) or _PEOPLE_BEFORE.search(before)):
        return "count", False  # 为80万农村35—64岁妇女, 对40万贫困劳动力: so many people
    if q.unit == "天" and "天数" in before:
        return "count", False  # 优良天数稳定在300天以上: so many days counted, not a duration
    return ("count" if q.is_count else "amount"), False


#: People named before a number in 万 with no measure word (农村贫困人口减少60万以上, 城镇新增就业70万).
#: Nouns of people a figure in 万 may count with no measure word.
_PEOPLE_NOUNS: Final = r"(?:妇女|劳动力|人口|人员|群众|居民|学生|儿童|老年人|老人|农牧民|牧民|农民|渔民|职工|家庭|农户|牧户|患者|青年|对象)"
_PEOPLE_BEFORE: Final = re.compile(
    _PEOPLE_NOUNS + r"(?:力争|争取|确保)?(?:减少|增加|新增|转移|达到|超过|突破)?(?:就业)?$"
    # 城镇新增就业70万: jobs for so many people
    r"|(?:新增|转移|带动|吸纳|安置)(?:城镇)?就业(?:人数)?(?:力争|争取|确保)?(?:达到|超过|突破)?$"
)
#: People counted with no measure word after a number in 万 (80万农村妇女, 40万贫困劳动力).
_PEOPLE_COUNTED: Final = re.compile(
    r"(?:农村|城乡|城镇|贫困|困难|适龄|留守|残疾|在校|退役|脱贫|特困|低收入|[\u4e00-\u9fff]{2}[市县区镇乡村])?"
    r"(?:\d+[—\-~至]\d+岁)?(?:建档立卡)?(?:农村|城乡|贫困|困难|适龄|留守|中小学?|小学|中学|大中专|重点)?"
    r"(?:[「“\"][^」”\"]{1,6}[」”\"]|优抚|五保|低保|救助|帮扶|监测)?" + _PEOPLE_NOUNS
)


#: A level of government paying its share of a budget (上级补助, 市级安排, 县(市、区)匹配).
_PAYER: Final = re.compile(
    r"(?:上级|中央|省级?|市级?|县级?|区级?|乡镇|县\(市、?区\)|区\(县\)|地方)(?:财政)?"
    r"(?:补助|补贴|安排|匹配|配套|承担)(?:资金)?\s*$"
)


def _in_breakdown(sh: str, position: int) -> bool:
    """Whether ``position`` stands in a 其中 breakdown of the figure before it, in the same sentence."""
    window = max(0, position - 200)  # a sentence's reach: looking no further back keeps the pass linear
    sentence_start = max(window, *(sh.rfind(mark, window, position) + 1 for mark in "。;\n"))
    return "其中" in sh[sentence_start : position + 2]


def _trim_end(sh: str, start: int, end: int) -> int:
    """Leave a trailing remark in brackets out of a quote: …补助(重大人才项目按协议确定)."""
    while end > start and sh[end - 1] == ")":
        depth, i = 0, end - 1
        while i >= start:
            if sh[i] == ")":
                depth += 1
            elif sh[i] == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i <= start or _NAME_BRACKET.fullmatch(sh, i, end):
            break  # 先进县(市、区): the bracket is part of a place's name
        if _OTHER_MEASURE.fullmatch(sh, i, end) and sh[i - 1 : i] in _MEASURE_BEFORE:
            break  # 牛羊存栏突破8000头(只), 房源5000套(间): the measure's other word, part of the figure
        end = strip_span(sh, start, i)[1]
    return end


#: A measure word's alternative in brackets right after it (头(只), 套(间), 个(座), 人(次)).
_OTHER_MEASURE: Final = re.compile(r"\((?:只|间|套|座|个|头|条|户|家|处|辆|台|张|所|次|人次)\)")
#: Measure words such an alternative follows.
_MEASURE_BEFORE: Final = "只间套座个头条户家处辆台张所次人"


#: A bracket that is part of a place's name (各县(市、区), 先进县(市、区), 乡镇(街道)).
_NAME_BRACKET: Final = re.compile(r"\((?:[市区县镇乡旗]|街道|社区)(?:、(?:[市区县镇乡旗]|街道|社区))*\)")


_SUBJECT_JUNK: Final = re.compile(
    r"^(?:同比|年均|比上年|较上年|分别|累计|全年|当年|每年|年内|力争|争取|确保|努力|实现|达到|达|不少于|不低于|至少|"
    r"超过|突破|控制在|保持在|稳定在|可按|最高|最多|的)+|(?:同比|年均|分别|累计|达到|达|不少于|不低于|至少|超过|突破|"
    r"控制在|保持在|稳定在|可按|最高|最多|以上|以内|左右|的)+$"
)


#: Compiled once: a subject is drafted for every target read.
_AFTER_FIGURE: Final = re.compile(r"^\s*(?:\([^()]{1,3}\))?\s*(?:及以上|以上|之上|以内|之内|以下|左右|上下|内)?")
_BRACKETED_REMARK: Final = re.compile(r"\((?:[^()]*)\)")
_YEAR_WORDS: Final = re.compile(r"(?:到|至)?20\d{2}年(?:底|末)?")
_WHOLE_PLACE: Final = re.compile(r"^(?:全区|全市|全县|全省|我区|我市|我县)")
_COUNTED_NAME: Final = re.compile(r"[数量率额积模]$")
_SUBJECT_END: Final = re.compile(r"在20\d{2}年|实现|达到|增长|突破|超过|不少于|不低于|分别|\d|新增")


def _subject(segment: str, q_start: int, q_end: int, kind: str, q: WrittenQuantity) -> str:
    """What the target measures, drafted from its stretch of text (a person checks it)."""
    before = segment[:q_start]
    after = segment[q_end:]
    after = _AFTER_FIGURE.sub("", after)
    before = _PREFIX_RE.sub("", before)
    growth = _GROWTH_RE.search(before)
    if growth and q.is_rate:
        before = before[: growth.start()]
    name = (before + after) if q.unit not in ("%",) or not after.startswith("的") else before
    name = _BRACKETED_REMARK.sub("", name)
    name = _LEADING.sub("", name)
    name = _YEAR_WORDS.sub("", name)
    name = name.strip(' ,、的:;“”"')
    name = _SUBJECT_JUNK.sub("", name).strip(" ,、的:;")
    name = _WHOLE_PLACE.sub("", name) or name
    if kind in ("count", "approximate", "range") and name and not _COUNTED_NAME.search(name):
        name += "数"
    if kind == "growth-rate" and name:
        name = name
    return name[:60]


def _leading_subject(clause: str) -> str:
    body = _LEADING.sub("", clause)
    cut = _SUBJECT_END.search(body)
    return body[: cut.start()].strip(" ,、的") if cut else ""


#: Places gained in a ranking (高考成绩在全省再进三位, 排名比2022年上升3位, 在全国百强城市中再前进10位左右): a rise
#: against where it stands now, relative, its figure the places and no level.
_RANK_GAINED: Final = re.compile(
    r"(?:再进|再前进|前进|前移|上升|提升|晋升|进位)(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个)?(?P<measure>位次|位|名)"
    r"(?P<more>以上)?(?P<approx>左右)?(?=$|[,;。、])"
)


def _parts_with_gains(
    text: str,
    sh: str,
    c_start: int,
    c_end: int,
    deadline: tuple[str, int | None],
    milestones: bool,
    previous_subject: str,
    forecast: bool,
) -> list[Reading]:
    """The readings of a 、 list some of whose parts gain places in a ranking: each such part a relative target,
    each other part read as a clause of its own (whose own gains, none, are not looked for again)."""
    readings: list[Reading] = []
    part_start = c_start
    for part_end in [*(m.start() for m in re.finditer("、", sh[c_start:c_end])), c_end - c_start]:
        end = c_start + part_end
        gained = _RANK_GAINED.search(sh, part_start, end)
        if gained is not None and (
            gained.group("measure") != "名" or _RANKING_NAMED.search(sh, c_start, gained.start())
        ):
            readings.append(_rank_gain_reading(sh, part_start, end, gained, deadline, gained.start()))
        elif part_start < end:
            readings.extend(_read_clause(text, sh, part_start, end, deadline, milestones, previous_subject, forecast))
        part_start = end + 1
    return readings


#: Words naming a ranking before the places gained in it (排名上升3名, 在全省前移2名): 名 counts places, not people.
_RANKING_NAMED: Final = re.compile(r"排名|名次|位次|排位|在全[省市国县区]|在[^,;。]{0,8}(?:中|内)")


def _rank_gain_reading(
    sh: str, c_start: int, c_end: int, gain: re.Match[str], deadline: tuple[str, int | None], gained_at: int
) -> Reading:
    """The places gained in a ranking as a relative target over ``sh[c_start:c_end]``: no level, its comparator
    from 左右 or 以上, its subject the words before the gain (which stands at ``gained_at``)."""
    comparator = "approx" if gain.group("approx") else ">=" if gain.group("more") else "="
    subject = _LEADING.sub("", sh[c_start:gained_at]).strip(" ,、的") or "排名"
    return Reading(
        c_start,
        c_end,
        "relative",
        comparator,
        subject=subject,
        notes=(f"places gained in a ranking: {gain.group()}",),
        deadline=deadline[0],
        deadline_month=deadline[1],
    )


def _addressees_own_plan(sh: str, c_start: int, c_end: int) -> bool:
    """Whether the clause ``sh[c_start:c_end]`` belongs to a sentence opening with the units the plan is addressed to
    (各牵头单位要对照责任分工,于…制定具体工作方案), or opens with them itself where no unit before it in the sentence leads
    (…,由牵头单位会同相关单位制定专项推进方案), no other unit named as subject between (not 各部门要高度重视,
    县政府6月底前制定…; not 县住建局会同各部门制定… or 县住建局牵头,由各部门制定…, whose sentence the bureau leads)."""
    reach = max(0, c_start - _SENTENCE_REACH)
    start = max(sh.rfind("。", reach, c_start), sh.rfind("\n", reach, c_start)) + 1
    if start == 0 and reach > 0:
        return False  # (no sentence start within reach: a run-on line, no addressee opening it)
    opening = _PLAN_ADDRESSEES.match(sh, start, c_end)
    if opening is None and not re.search(r"牵头|负责", sh[start:c_start]):
        opening = _PLAN_ADDRESSEES.match(sh, c_start, c_end)  # (…,由牵头单位会同相关单位制定专项推进方案)
    return opening is not None and not _OTHER_SUBJECT.search(sh, opening.end(), c_end)


def _rank_reading(sh: str, c_start: int, c_end: int, rank: re.Match[str], deadline: tuple[str, int | None]) -> Reading:
    n = rank.group("n") or rank.group("place") or rank.group("top")
    value = Decimal(n) if n.isdigit() else Decimal(100 if n == "百" else cn_integer(n) or 0)
    start, end = c_start, c_end
    subject = _LEADING.sub("", sh[c_start : c_start + rank.start()]).strip(" ,、的") or "排名"
    return Reading(
        start,
        end,
        "milestone" if deadline[0] else "ceiling",
        "<=",
        value,
        unit="",
        subject=subject + "排名" if not subject.endswith("排名") else subject,
        decrease=True,
        deadline=deadline[0],
        deadline_month=deadline[1],
    )


# --- relative targets and milestones ---------------------------------------------------------------


#: What names a programme after a multiple (“双倍增”行动计划, 倍增提质工程): the multiple is its name's.
_PROGRAMME_AFTER: Final = re.compile(r"[”\"]?[\u4e00-\u9fff]{0,4}?(?:行动|计划|工程|方案|工作|专项|活动|战略)")


#: A multiple reached, or a measure's (实现倍增, 规上工业产值…倍增): a target, whatever verb opens the clause.
_MULTIPLE_REACHED: Final = re.compile(
    r"(?:实现|达到)[^,;。]{0,6}?(?:倍增|翻番)|(?:产值|收入|GDP|增加值)(?:实现)?(?:倍增|翻番)"
)
#: An effort named by the multiple it aims at, alone in its clause (推进制造业倍增, 深入实施“双倍增”): the
#: work's title, no measure doubled.
_EFFORT_NAMED: Final = re.compile(
    r"(?:深入|扎实|大力|全面|加快|持续)?(?:推进|实施|开展|深化|启动)[^,;。]{0,16}?(?:双倍增|倍增|翻番)[”\"]?$"
)


#: A measure to rise above last year's level, no figure said (实际利用外资 | 较上年提高, 水质优良比例较上年提高): more
#: than the base (not 较上年提高2件, so much more: a figure's own reading).
_ABOVE_LAST_YEAR: Final = re.compile(
    r"(?:较|比)(?:上年|去年|上一年)(?:度)?(?:有所|略有|明显|稳步)?(?:提高|提升|增长|增加|上升)"
    r"(?![^,;。|\n]{0,6}?[\d一二两三四五六七八九十百])"
)


#: A multiple named as the theme of the year's work (以农民收入倍增为中心任务, 以“双倍增”为主线): what the work
#: is about, no measure doubled.
_MULTIPLE_AS_THEME: Final = re.compile(
    r"以[^,;。]{0,16}?(?:倍增|翻番)[”\"]?(?:计划|行动|工程)?为(?:中心|核心|主线|抓手|重点|牵引)(?:任务|工作)?\s*$"
)


def _relative(sh: str, c_start: int, c_end: int, previous_subject: str) -> Reading | None:
    clause = sh[c_start:c_end]
    multiple = _MULTIPLE.search(clause)
    effort = (
        _EFFORT_NAMED.match(clause.strip()) is not None and _MULTIPLE_REACHED.search(clause) is None
    ) or _MULTIPLE_AS_THEME.search(clause) is not None
    if multiple and (_PROGRAMME_AFTER.match(clause, multiple.end()) or effort):
        multiple = None  # “双倍增”行动计划, 创新主体倍增提质工程, 推进制造业倍增: the name of a plan or an effort
    if multiple:
        value = Decimal(4) if multiple.group() == "翻两番" else Decimal(2)
        subject = _leading_subject(clause) or previous_subject
        return Reading(
            c_start,
            c_end,
            "relative",
            ">=",
            value,
            unit="倍",
            subject=subject,
            notes=("the target is a multiple of a base-year level",),
        )
    bench = _BENCHMARK.search(clause) or _RATE_ABOVE.search(clause) or _REACHES_LEVEL.search(clause)
    if bench:
        comparator = {
            "不低于": ">=",
            "持平于": ">=",
            "同步于": ">=",
            "达到或超过": ">=",
            "达到或高于": ">=",
            "接近": "approx",  # 城乡居民人均可支配收入接近全国平均水平: about the benchmark
            "接近或达到": "approx",
            "达到": ">=",
        }.get(bench.group("cmp"), ">")
        subject = _LEADING.sub("", clause[: bench.start()])
        subject = re.sub(r"(?:的)?(?:平均)?(?:增速|增幅|增长率|增长|速度)$", "", subject).strip(" ,、的")
        benchmark = re.sub(r"(?:的)?(?:平均)?(?:增速|增幅|增长|速度)$", "", bench.group("bench")).strip(" 的")
        return Reading(
            c_start, c_end, "relative", comparator, None, subject=subject or previous_subject, benchmark=benchmark
        )
    in_step = _IN_STEP.search(clause)
    if in_step:
        subject = _LEADING.sub("", clause[: in_step.start()])
        subject = re.sub(r"(?:的)?(?:增速|增幅|增长率|增长)$", "", subject).strip(" ,、的")
        named = in_step.group("bench") or in_step.group("and_bench")
        benchmark = re.sub(r"(?:的)?(?:增速|增幅|增长率|增长)$", "", named).strip(" 的")
        if "基本同步" in clause[in_step.start() : in_step.end()]:
            # about in step: neither floor nor ceiling, the benchmark's growth itself (as 100 keys of 113 read it)
            return Reading(
                c_start,
                c_end,
                "relative",
                "=",
                None,
                subject=subject or previous_subject,
                benchmark=benchmark,
                notes=("基本同步 (about in step with) is drafted as a growth equal to the benchmark's",),
            )
        return Reading(
            c_start,
            c_end,
            "relative",
            ">=",
            None,
            subject=subject or previous_subject,
            benchmark=benchmark,
            notes=("同步 (in step with) is drafted as a growth at least the benchmark's",),
        )

    level_with = _LEVEL_WITH.search(clause)
    if level_with:
        subject = _LEADING.sub("", clause[: level_with.start()])
        subject = re.sub(r"(?:的)?(?:增速|增幅|增长率|增长)$", "", subject).strip(" ,、的")
        benchmark = re.sub(r"(?:的)?(?:平均)?(?:增速|增幅|增长率|增长)$", "", level_with.group("bench")).strip(" 的")
        return Reading(
            c_start,
            c_end,
            "relative",
            "approx" if level_with.group("about") else "=",
            None,
            subject=subject or previous_subject,
            benchmark=benchmark,
        )

    def against_its_base(subject_end: int, comparator: str, note: str) -> Reading:
        """A target relative to the measure's own earlier level, named before ``subject_end``."""
        subject = _LEADING.sub("", clause[:subject_end]).strip(" ,、的")
        return Reading(
            c_start,
            c_end,
            "relative",
            comparator,
            None,
            subject=subject or previous_subject,
            deliverable=clause.strip(),
            notes=(note,),
        )

    above_last_year = _ABOVE_LAST_YEAR.search(clause)
    if above_last_year:
        return against_its_base(
            above_last_year.start(), ">", "above last year's level (较上年提高): set the base once it is known"
        )
    both_down = _BOTH_DOWN.search(clause)
    if both_down:
        return against_its_base(
            both_down.start(), "=", "双下降: both measures fall from the year before; set the bases once they are known"
        )
    no_less = _NO_LESS.search(clause)
    if no_less and clause.count("“", 0, no_less.start()) <= clause.count("”", 0, no_less.start()):
        # (…郑重承诺“…用于民生的支出只增不降”: a promise quoted from another document is not this plan's)
        return against_its_base(
            no_less.start("held"), ">=", "held to at least its earlier level (不减少): set the base once it is known"
        )
    assigned = _ASSIGNED.search(clause)
    year_task = None if assigned else _YEAR_TASK.search(clause)
    dated = _DEADLINE.search(clause) if year_task is not None else None
    if (
        dated is not None
        and year_task is not None
        and (year_task.group("listed") or re.search(r"\d{1,2}\s*月", dated.group()))
    ):
        # 6月底前完成项目招标、征地拆迁等全年前期工作任务, 第6项职业技能培训力争12月10日前完成全年任务: a dated
        # milestone (not 年底前…完成年度目标, 下半年…达到年度目标: the year's target itself, held to)
        year_task = None
    # (下半年力争…新增数达到年度目标: the half ahead is when, not what is named)
    named = _LEADING.sub("", _DEADLINE.sub("", clause[: year_task.start()]).strip(" ,")) if year_task else ""
    if (year_task is not None and (year_task.group("programme") or year_task.group("listed"))) or (
        re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9.]{2,14}", named) and not _HOW.search(named)
    ):
        assigned = year_task  # 空气质量完成年度目标任务, 完成“保交楼”年度任务: held to the year's target set
    if assigned:
        subject = _LEADING.sub("", clause[: assigned.start()]).strip(" ,、的")
        return Reading(
            c_start,
            c_end,
            "relative",
            ">=",
            None,
            subject=subject or previous_subject,
            deliverable=clause[assigned.start() :].strip(),
            notes=("the value is the one assigned by a higher level (上级下达)",),
        )
    return None


#: What, undated, names nothing to deliver: a batch of unnamed things built or made (新建、改扩建一批中小学校;
#: not 开工…等一批重点铁路项目, which names them, nor 取得一批领先的科技成果, results to reach), a push said
#: by its manner (加大…力度, 支持…, once the words that only lead in are off: 加快建设第二中学 stays), or
#: a slogan alone (打造“四个窗口”; not 打造“澄岭茶油”区域公用品牌, a brand named, nor 建成“15分钟政务服务圈”).
_NO_DELIVERABLE_UNDATED: Final = re.compile(
    r"(?:建|创|培育|打造|推动|运营)[^,;。“”]{0,6}?(?<!等)一批|^(?:加快|加大|积极|努力|支持|鼓励|引导)|^(?:打造|争创)(?:“[^”]{1,20}”[、和及]?)+$"
    # (县医保局要配合做好签约服务费用保障: a unit's help to another's targets; 完成这些任务: the work named before)
    r"|^[^,;。]{2,30}?(?:要|将|应)(?:全力|积极|主动|密切|大力)?(?:配合|协同|协助|参与)做好|^(?:完成|做好|落实)(?:这些|上述|以上)"
)
#: Units of a distance or a time, which a programme's name may hold (三公里生活圈, 一刻钟便民圈).
_DISTANCES: Final = ("公里", "千米", "米", "分钟", "小时")
#: A service radius named as a programme (“15分钟养老服务圈”, “一刻钟便民生活圈”): a concept, not a deliverable.
_RADIUS_NAME: Final = re.compile(r"“[^”]*(?:\d+|[一二三四五六七八九十两半]+)(?:分钟|公里|刻钟)[^”]*圈[^”]*”")


#: Completion said alone after its date (11月底前完成, 年底前全部完成): it dates the work the clause before names.
_DONE_ALONE: Final = re.compile(r"(?:确保)?(?:全部|全面|基本|如期)?完成")
#: What the sentence's part before must hold to be the work so dated: a figure (改造老旧小区12个, 投资1.45亿元),
#: or a table's cell (项目 | 10月底前完成); years and a document's number (市委2号文件) are taken out first.
_COUNTED_BEFORE: Final = re.compile(r"\d|\||\t")
#: How far back the part before is looked at (a part is short: the look stays linear on a long line).
_CLAUSE_REACH: Final = 200


def _clause_just_before(sh: str, position: int) -> str:
    """The sentence's part before ``position`` (from its 。, ; or line start, within reach), its dates,
    years and documents' numbers taken out; empty where it opens with an instruction (各部门要…)."""
    floor = max(0, position - _CLAUSE_REACH)
    start = max(sh.rfind(c, floor, position) for c in "。;；\n") + 1
    part = sh[max(start, floor) : position]
    if _INSTRUCTION.match(part.strip()):
        return ""
    part = re.sub(r"20\d{2}\s*年|\d+\s*号", "", re.sub(_DEADLINE, "", part))
    return _REPORT_DAYS.sub("", part)  # (每月5日前报送…: no count)


#: A clause saying only who answers for what was stated before it (分别由甲镇人民政府、乙镇人民政府负责完成).
#: (新增养老床位全部由区社会福利中心负责完成, 其余项目由各镇共同完成: who answers for all or the rest of a total.)
_WHO_ANSWERS_ALONE: Final = re.compile(
    r"(?:[^,;。\d]{0,16}?(?:全部|其余|剩余)[^,;。\d]{0,6}?)?"
    r"(?:分别|均|统一|具体)?由[^,;。]{2,300}?(?:负总责|负责|牵头|承担|共同)(?:组织)?(?:完成|落实|实施|推进)?(?:工作)?"
)


#: A label naming a period's targets (下半年目标, 第三季度任务, 2025年目标任务), before its colon.
_PERIOD_LABEL: Final = re.compile(
    r"(?:全年|年度|上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四]季度|前三季度|20\d{2}年度?|[1-9]\d?月)?"
    r"(?:工作|主要|预期|重点)?(?:目标|任务|目标任务|工作目标|工作任务|计划)"
)
#: Words opening a list of the places' shares, each its own target (各村分别完成…任务:; 各村(社区)各自承担…:).
_SHARES_LIST_OPENS: Final = re.compile(
    EACH_PLACE + r"[^,;。]{0,8}?(?:分别|各自)(?:完成|承担|落实|建设|实施|新建|改造)[^,;。]{0,24}$"
)


def _milestone(sh: str, c_start: int, c_end: int, deadline: tuple[str, int | None]) -> Reading | None:
    clause = sh[c_start:c_end]
    if _FIGURE_LOST.search(clause) and not re.search(r"(?<![.\d])\d", clause):
        return None  # 全市新增签约项目不少于个: the page lost the figure; a target of no figure is none
    if re.search(r"不代表本(?:网|站|平台)", clause):
        return None  # (本网站所发布文章只作为信息传播使用,不代表本网观点) glued to the plan's last line: the site's
    if _TAGS.fullmatch(clause.strip()) and not deadline[0] and not _DEADLINE.search(clause):
        return None  # 贵州 公路 农村 组组通: a page's tags, words apart, no sentence
    if _SOURCE_TOLD.search(clause.strip(" ,")) and "”" not in clause and '"' not in clause:
        # 记者从30日召开的…大会上了解到: where the news came from (…,确保…竣工验收。”周明远说: what he said)
        return None
    if _SIZED_PROJECT.match(_LEADING.sub("", clause).strip(" ,")):
        return None  # 投资10亿元骏通车辆智能化改造(、…等项目): a project named by its size, listed
    if re.search(r"等[\u4e00-\u9fff]{0,12}?类(?:目标|指标|任务)\s*$", clause):
        return None  # 路灯、道路…和美丽乡村创建等人居环境和基础设施类目标: kinds of target a note names, no deliverable
    helpers_part = _HELPERS_PART.match(clause)
    if helpers_part is not None and not re.search(r"\d", clause):
        named = split_units(helpers_part.group("units"))
        if named and all(looks_like_unit(n) for n in named):
            return None  # …,县供电公司、县自来水公司配合完成管线迁改: what the helpers do, no deliverable of its own
    if (
        _SELF.search(clause)
        or _ITEMS_COUNTED_DONE.search(clause)
        or _PAPERWORK_SENT.search(clause)
        or _PART_GIVEN.search(clause)
    ):
        return None
    undated = re.sub(_DEADLINE, "", clause).strip(" ,")
    body = _LEADING.sub("", undated).strip(" ,")
    if len(body) < 2 or (len(body) < 3 and not deadline[0] and undated == clause):
        return None  # an undated verb alone (启动, a text cut short) names no deliverable; 7月底前开工 does
    if re.fullmatch(
        r"(?:今年|明年|全年|当年|本年度?|每年|每季度|每月|每半年)|(?:工作)?(?:安排|打算|计划|重点|举措|措施)", body
    ):
        return None  # 今年11月底前, (its deliverable after the unit named next); 每年12月底前 (a recurring
        # time limit in a table's column); 下半年安排: a date or a label
    strive_here = bool(re.search(r"力争|争取|争创", clause))
    outcome = _OUTCOME.search(body)
    if outcome is not None and _SWEEP.match(body, outcome.start()) and re.match(r"开展|组织|进行", body):
        outcome = None  # 开展…门店全覆盖检查: how far an activity reaches, not a deliverable
    # 争创 is a strive word and a deliverable verb at once (争创国家…示范区): taken off the head as the
    # former, it still makes the clause a deliverable
    taken = undated[: len(undated) - len(_LEADING.sub("", undated))]
    action = _ACTION.search(body) or _ACTION.search(taken)
    guided = _GUIDE.match(body)
    vague = _VAGUE.search(body)
    is_milestone = False
    if deadline[0] and _PLAN_DONE.search(body):
        return None  # 12月20日前全面完成各项任务: the plan's own completion, no deliverable of it
    if re.search(r"由[^,;。]{2,40}?负总责", body) or _WHO_ANSWERS_ALONE.fullmatch(body):
        # 表中…指标由该行设区市人民政府负总责、组织完成; 分别由甲镇人民政府、乙镇人民政府…负责完成: who answers, no
        # deliverable
        return None
    if deadline[0] and _DONE_ALONE.fullmatch(body) and not _COUNTED_BEFORE.search(_clause_just_before(sh, c_start)):
        return None  # 细化方案、倒排工期,确保年底前全面完成: all the work's completion, nothing counted before it
    if not deadline[0] and _NO_DELIVERABLE_UNDATED.search(body):
        return None  # 新建一批中小学校, 加大…力度, 打造“四个窗口”: no date, and nothing named to deliver
    if _DIRECTION_ONLY.search(body):
        return None  # 确保下半年投资增速明显回升: which way it is to go, dated or not, no deliverable
    if not deadline[0] and _WORKED_TOWARDS.search(undated.strip(" ,")):
        return None  # 加快扬子江高端装备产业园规划落地, 加快综保区申报: work towards an end, undated
    if (
        deadline[0]
        and undated == clause.strip(" ,")
        and not re.search(r"前|底|末|\d日", deadline[0])  # (a label, 第三季度 or 4月; not 6月底前, carried)
        and _ONGOING.match(body)
        and not re.search(r"\d|建成|完成|开工|竣工|投用|投产|通车|落地|出台|印发|上线", body)
    ):
        return None  # 第三季度:完成…方案,督促…校区建设: work carried on, dated only by its line's label
    if deadline[0]:
        is_milestone = True
    elif vague or _INSTRUCTION.match(body):
        is_milestone = False
    elif outcome and not re.match(
        r"^(?:加强|强化|完善|健全|优化|做好|抓好|落实|深化|推进(?![^,;。]*实现)(?=[^,;。]*全覆盖(?:工作)?$))", body
    ):
        is_milestone = True
    elif _EVERY_PLACE_REACHED.search(body) and not _TOWARDS_OR_UPKEEP.search(undated):
        is_milestone = True
    elif action and not guided:
        is_milestone = True
    elif (
        _BUILD.match(body) or _ISSUE.match(body) or _WORK_ON.match(body) or _ELIMINATE.match(body)
    ):  # 新建城东幼儿园; 出台…办法; 对…进行改造
        is_milestone = True
    elif (
        _ENDED_STATE.fullmatch(body)
        and not _ENDING_AS_WORK.search(clause)
        and ("隐患" not in body or re.search(r"全面|基本|彻底", clause))  # (消除安全隐患: work that goes on)
        and not re.search(
            r"消除[^,;。]*?(?:对|對)|一批|(?:影响|影響|项目|項目|工程|工作|行动|行動|机制|機制|措施|复核|传播|苗头|风险|冲击|鸿沟)$",
            body,
        )
    ):  # (消除汛期对施工的影响, …消除治理项目, 建立消除…长效机制: the means or the work, not a state reached;
        # 动态消除“零就业家庭”: none kept so, a ceiling of 0 as 动态清零 is)
        is_milestone = True  # 基本消除劣Ⅴ类水体, 全市消除重污染天气: a condition ended, the state the year reaches
    elif re.fullmatch(r"(?:主体|基础|桩基|土建)(?:工程)?(?:施工|完工|封顶)", body):
        is_milestone = True  # 主体工程施工 alone (a project table's 年度建设目标): the stage the year is to reach
    elif strive_here and _STRIVE_OBJECT.search(body) and not guided:
        is_milestone = True
    elif re.match(r"^(?:打造)", body) and re.search(r"“[^”]+”", body) and not _RADIUS_NAME.search(body):
        is_milestone = True
    if not is_milestone or _UPKEEP.search(body):  # the plan's own upkeep, dated or not
        return None
    if (
        re.match(r"(?:不得|严禁|禁止|杜绝)", body)
        or re.search(r"不(?:作|做|予|再)(?:调整|变更)$", body)
        or re.search(r"要与[^,;。]{2,20}?相(?:匹配|适应|衔接)$", body)
    ):
        return None  # 不得为完成指标搞“被签约”; 签约服务内容要与居民需求相匹配: a rule of how, nothing delivered
    if not deadline[0] and re.search(
        r"(?:完成|建成|竣工|完工|结束|实施)(?:之|以)?后(?:$|[\u4e00-\u9fff]{0,4}(?:移交|交由|纳入)|由)", body
    ):
        return None  # 项目完成后,…; 场地建成后移交…管护, 竣工后由乡镇组织自验: what follows the work, no deliverable
    if re.search(r"(?:完成|落实|承担)(?:好)?(?:以下|下列|如下)(?:工作|目标)?任务\s*$", body):
        return None  # 各村(社区)2025年须完成以下任务: what opens the list, no deliverable of its own
    if _PERIOD_LABEL.fullmatch(clause.strip()) and re.match(r"\s*[:：]", sh[c_end : c_end + 4]):
        return None  # 下半年目标: / 三季度目标: a label of what follows, dated by its period, no deliverable
    if _SHARES_LIST_OPENS.search(body) and re.match(r"\s*[:：]", sh[c_end : c_end + 4]):
        return None  # 各村分别完成高标准农田建设任务:东坪村900亩、…: the places' shares follow, each a target
    if _OWN_ARRANGEMENT.search(body) or _LISTS_COUNTED.search(body):
        return None  # 下半年共安排5个方面18条32项重点任务: the plan counting what it sets out, no deliverable
    # (县政府将于7月上旬召开…: the subject and 将于 read off before the clause, looked back at within the clause)
    lead_in = re.split(r"[,;。\n，；]", sh[max(0, c_start - 16) : c_start])[-1]
    if (
        _MEETING.search(body)
        or (not deadline[0] and _MEETING_CALLED.search(body))
        or _MEETING_SET.search(lead_in + clause)
    ):
        return None  # 主持召开…推进会议, 研究部署…工作, …会议纪要: the meeting itself, no deliverable of the plan
    if _DUE_ALONE.fullmatch(clause.strip()):
        return None  # (完成时限:2026年12月底) after an item: when the item above is due, no deliverable of its own
    if _PLAN_ASSESSED.search(body.strip(" ,")):
        return None  # 11月下旬组织人大代表开展满意度测评, 12月中旬开展年度考评: the plan's own assessment, when due
    if not deadline[0] and _ISSUED_BY.search(body):
        return None  # 盐城市人民政府发布, 云南省人民政府网公开发布《…规划》: the news of the plan's issue
    return Reading(
        c_start,
        c_end,
        "milestone",
        None,
        subject=body,
        deliverable=body,
        deadline=deadline[0],
        deadline_month=deadline[1],
    )


def _deliverable(segment: str) -> str:
    return _LEADING.sub("", re.sub(_DEADLINE, "", segment.translate({ord("，"): ","}))).strip(" ,")


# --- indicator tables ------------------------------------------------------------------------------

_CELL: Final = re.compile(
    r"^\s*(?P<strive>力争|争取)?\s*(?P<added>新增|增加|新建)?\s*(?P<grown>(?:增长|下降|降低|减少)(?=\s*\d[\d.]*\s*%))?\s*"
    r"(?P<cmp>≥|>=|≤|<=|>|<|不低于|不少于|不高于|不超过|超过|突破|达到|约|"
    r"稳定在|保持在|保持|控制在|(?:全[国省市区县])?前)?\s*"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    r"(?:(?P<low_unit>[^\d\s以左上下\-~～—–至]{1,4})?\s*[-~～—–至]\s*(?P<high>\d+(?:,\d{3})*(?:\.\d+)?)\s*)?"
    r"(?P<unit>[^\d\s以左上下(（]*)\s*(?P<suffix>以上|以内|以下|左右)?\s*"
    r"(?P<strive_after>[(（]\s*(?:力争|争取)\s*[)）])?\s*$"  # (3500(力争): the figure striven for, marked after it)
)


def _figure_cell(cell: str) -> re.Match[str] | None:
    """A table cell read by :data:`_CELL`; one stating what is added (新增12) only with no measure word of
    its own (the column's, 数量(个), measures it): 新增4.2万人 is read as the text it is."""
    found = _CELL.match(cell)
    return None if found is not None and found.group("added") and found.group("unit") else found


def is_figure(cell: str) -> bool:
    """Whether a table cell is a figure alone (≥95%, 6左右, 25家, 3.5万亩, 21.5), not a sentence to read
    (6月底前完成招标): what follows the number is a measure word, or nothing."""
    match = _figure_cell(cell)
    if match is None:
        return False
    if not match.group("unit"):
        return True
    written = match.group("num") + match.group("unit")
    return any(q.start == 0 and q.end == len(written) for q in find_quantities(written))


#: An indicator per head of population (每万人口…拥有量, 每千人口…托位数, 每千名老年人…床位数, 人均…): a
#: density, a ratio.
_PER_HEAD_SUBJECT: Final = re.compile(
    r"^每(?:十万|万|千|百)(?:常住|户籍|服务|老年)?(?:人|人口|户|名)|^[\u4e00-\u9fff]{0,6}?(?:人均|户均|生均)"
)
#: A row's measure in brackets that makes a per-head figure money or an age (人均可支配收入(元), 人均预期寿命(岁)).
_MONEY_OR_AGE_MEASURED: Final = re.compile(r"[(（](?:万|亿)?(?:元|美元|岁)[)）]|预期寿命")


#: A whole number (no decimals) written without a measure.
_COUNTED_BARE: Final = re.compile(r"\d+(?:,\d{3})*")
#: What a number with no measure is a level of, not a count of things: an index, money, an area, a rate.
_NOT_COUNTED: Final = re.compile(
    r"指数|金额|资金|投资|收入|产值|总值|增加值|面积|总量|产量|规模|率|比|价|额|标准|浓度|密度|天数|寿命|年龄|年限"
)


#: What an indicator gains, made or brought in (创建, 新增, 引进): a 0 of it plans none.
_GAINED: Final = re.compile(r"创建|创成|引进|培育|招引")  # (新增政府隐性债务 | 0: a ceiling)
#: An indicator that is one level as a multiple of another (收入倍差, 城乡收入比).
_RATIO_OF_LEVELS: Final = re.compile(r"倍差|倍数|比值|之比|收入比")


def _closing_bracket(sh: str, start: int, end: int) -> int:
    """The end of a quote taken on past the bracket that closes its figure (城镇新增就业 | 万人 | [30]: the
    five years' total; 地区生产总值增速 | % | 6.5(力争7): the figure striven for), where the figure's bracket opened
    inside the quote."""
    closing = re.match(r"[ \t]*([\]〕】)）])", sh[end : end + 4])
    if closing is None:
        return end
    opening = {"]": "[", "〕": "〔", "】": "【", ")": "(", "）": "（"}[closing.group(1)]
    return end + closing.end() if sh.rfind(opening, start, end) > sh.rfind(closing.group(1), start, end) else end


#: What follows an age that says whom it is about (60岁以上老年人, 13-14岁女生, 对象为70岁以上).
_AGE_OF_WHOM: Final = re.compile(r"\s*(?:以下|以上|及以上|[^\W\d以左])")
#: A life expectancy reached before its age (人均预期寿命达到79岁以上。: a target).
_AGE_REACHED: Final = re.compile(r"寿命[^,;。]{0,8}?(?:达到|提高到|提高至|提升到|提升至|延长到|延长至|达|为)?\s*$")
#: An age's 以上 or 以下 closing its clause.
_CLAUSE_END: Final = re.compile(r"\s*(?:以下|以上|及以上)(?:[,，;；。]|\s*$)")
#: A table's measure in thousands of what it counts (千人, 千人次, 千户): no scale prose writes so.
_THOUSANDS_OF: Final = re.compile(r"千(人次|人|户|家|个|件|名)")


def read_indicator(
    text: str, sh: str, name: tuple[int, int], unit: str, value: tuple[int, int], label: str = ""
) -> Reading | None:
    """A row of an indicator table (指标名称 | 单位 | 目标值) as one target; ``label``, where given, is
    what the figure measures (a project's 年度计划投资), the name cell then says of what."""
    cell = _figure_cell(sh[value[0] : value[1]])
    if cell is None or (cell.group("low_unit") and cell.group("low_unit") != cell.group("unit")):
        return None  # 1500万元-2000万元 is a range in one measure; 5年-10万元 is no figure of one
    own = cell.group("unit") or ""
    number = cell.group("num")
    thousands = _THOUSANDS_OF.fullmatch(unit.strip())
    if not own and thousands is not None and re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", number):
        # 培养技能型人才(千人) | 20: thousands of people, a measure only tables write (千克, 千米 are their own)
        number, unit = format(Decimal(number.replace(",", "")).scaleb(3).normalize(), "f"), thousands.group(1)
    # the cell's own measure, but a scale alone (1.2万 under 个) takes the column's measure after it
    written = number + (own + unit.strip() if own in ("万", "亿", "千", "百万", "千万") else own or unit.strip())
    quantities = find_quantities(written)
    if not quantities or quantities[0].start != 0:
        if not re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", written):
            return None
        quantities = []
    subject = re.sub(r"\([^()]*\)|（[^（）]*）", "", text[name[0] : name[1]]).strip()
    subject = re.sub(r"^\d{1,2}\s*[.、．]\s*", "", subject)  # 1.每千人口执业医师数: the name, not its number
    subject = re.sub(r"^其中\s*[:：,，]?\s*", "", subject)  # 其中:每千人口…医师数: a part's name, 其中 no word of it
    if label and name == value:
        subject = label.strip()  # 季度 | 新签约项目(个) over 一季度 | 9: the figure quoted alone, its column naming it
    elif label:
        subject = subject + label.strip()
    q = quantities[0] if quantities else None
    amount = q.low if q is not None else Decimal(cell.group("num").replace(",", ""))
    prefix = {
        "≥": ">=",
        ">=": ">=",
        "≤": "<=",
        "<=": "<=",
        ">": ">",
        "<": "<",
        "不低于": ">=",
        "不少于": ">=",
        "不高于": "<=",
        "不超过": "<=",
        "超过": ">",
        "突破": ">",
        "达到": ">=",
        "约": "approx",
        "控制在": "<=",
        "前": "<=",  # 前5位, 全省前5位: a rank, the fifth place or better
    }.get(re.sub(r"^全[国省市区县](?=前)", "", cell.group("cmp") or ""))
    # 达到860亿元左右: about the figure, whatever word leads to it
    comparator = (
        "approx" if cell.group("suffix") == "左右" else prefix or _SUFFIX_MAP.get(cell.group("suffix") or "", "=")
    )
    if comparator == "=" and amount == 0:
        if _GAINED.search(subject):
            return None  # 3A景区村庄累计创建(个) | 0: none planned that year, no target
        comparator = "<="  # 较大安全生产事故 | 0起: none at all, a ceiling
    rate = q is not None and (q.is_rate or q.is_density)
    grown = cell.group("grown") or ""  # | 门急诊人次 | 增长5% |: the cell says the figure is a rate of growth
    growth = (
        q is not None and q.is_rate and bool(re.search(r"增长|增速|增幅|涨幅|下降|降低|降幅|减少", subject + grown))
    )
    decrease = growth and bool(re.search(r"下降|降低|降幅|减少", grown or subject))  # (…能耗降幅(%) | 3.5)
    high = None
    if cell.group("high") is not None:  # 5-8 (家): a range, the unit column's measure for both ends
        upper = find_quantities(cell.group("high") + (cell.group("unit") or unit.strip()))
        high = upper[0].low if upper and upper[0].start == 0 else Decimal(cell.group("high").replace(",", ""))
        comparator = "between"
    if high is not None:
        kind = "range"
    elif comparator in ("<=", "<"):
        kind = "ceiling"
    elif _RATIO_OF_LEVELS.search(subject) and q is None:
        kind = "ratio"  # 城乡居民收入倍差 | 1.58: one level as a multiple of another
    elif (
        _PER_HEAD_SUBJECT.search(subject)
        and not rate
        and (q is None or q.unit not in ("元", "美元", "岁"))
        and not _MONEY_OR_AGE_MEASURED.search(subject)
    ):
        kind = "ratio"  # 每万人口高价值发明专利拥有量 | 件 | 9.5: a density (人均预期寿命(岁) an age, an amount)
    elif _PER_AREA.search(subject) and not rate and (q is None or not q.is_count):
        kind = "ratio"  # 工业用地亩均税收 | 万元/亩 | 28: money per mu is a density, as in a sentence
    elif growth:
        kind = "growth-rate"
    elif rate:
        kind = "ratio"
    elif comparator == "approx":
        kind = "approximate"
    elif (q is not None and q.is_count) or (
        q is None and _COUNTED_BARE.fullmatch(cell.group("num")) and not _NOT_COUNTED.search(subject)
    ):
        kind = "count"  # 改建农村户用厕所 | 144281: a whole number with no measure counts what the row names
    else:
        kind = "amount"
    return Reading(
        name[0],
        _closing_bracket(sh, name[0], value[1]),
        kind,
        comparator,
        amount,
        unit=q.unit if q is not None else "",
        scale=q.scale if q is not None else "",
        value_high=high,
        strive=cell.group("strive") is not None or cell.group("strive_after") is not None,
        subject=re.sub(r"(?:增长|增速|增幅)(?:率)?$", "", subject) if growth else subject,
        decrease=decrease or comparator in ("<=", "<"),
        growth=growth,
    )
