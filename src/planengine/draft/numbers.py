"""Numbers as plans write them: Arabic or Chinese numerals, 万/亿 scales, measure words.

``parse_number("0.2万")`` is ``Decimal("2000")``; ``parse_number("两万")`` is 20000;
``parse_number("一亿")`` is 100000000. Chinese numerals are read by ``cn2an`` (integers
only, in its ``normal`` mode, which accepts 两); everything else is exact ``Decimal``
arithmetic here, so no float ever carries a figure.

:data:`QUANTITY` finds a written quantity (number, scale, measure word) in text that has been
through :func:`planengine.draft.text.shadow` (ASCII punctuation and digits).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

import attrs
import cn2an  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "COUNT_WORDS",
    "CN_DIGITS",
    "FRACTION_PLACES",
    "PER_HEAD_WORDS",
    "LATIN_UNITS",
    "NUMBERS_LISTED",
    "NUMBERS_THROUGH",
    "QUANTITY",
    "SCALES",
    "WrittenQuantity",
    "cn_integer",
    "find_quantities",
    "five_year_plan",
    "item_number",
    "listed_numbers",
    "parse_number",
]

#: Chinese digits and the characters that may continue a Chinese numeral.
CN_DIGITS: Final = "零〇一二两三四五六七八九"
_CN_BODY: Final = CN_DIGITS + "十百千万亿"

#: Scales written after an Arabic number (5000万, 0.24亿, 1万).
SCALES: Final[dict[str, int]] = {"万亿": 12, "千万": 7, "百万": 6, "十万": 5, "万": 4, "亿": 8}

#: Measure words that count discrete things (a target in these is a count).
COUNT_WORDS: Final = (
    "人次",
    "家次",
    "户次",
    "车次",
    "架次",
    "班次",
    "道",
    "穴",
    "人",
    "名",
    "位",
    "户",
    "家",
    "个",
    "项",
    "件",
    "所",
    "座",
    "条",
    "套",
    "台",
    "次",
    "场",
    "批次",
    "批",
    "处",
    "例",
    "盏",
    "头",
    "只",
    "辆",
    "张",
    "床",
    "间",
    "栋",
    "幢",
    "棵",
    "株",
    "种",
    "支",
    "部",
    "册",
    "篇",
    "门",
    "艘",
    "架",
    "组",
    "对",
    "枚",
    "宗",
    "笔",
    "份",
    "轮",
    "颗",
    "起",
    "口",  # 7.4万口山坪塘, 打井3口
    "眼",  # 封填自备井60眼, 新打机井25眼
    "块",  # 智能水表1.3万块
    "片",  # 建成20片足球场
    "期",  # 托管服务60期, 培训12期; but 二期 names a phase (see find_quantities)
    "课时",  # 1000课时的课程资源
    "堂",  # 300堂健康知识巡讲
    "类",  # 电子证照归集类型不少于150类
    "尾",  # 投放鱼苗200万尾
    "羽",  # 发展林下养鸡5000羽: poultry counted
    "段",  # 食用菌1.68亿段, 示范河段3段: logs, stretches counted
    "棒",  # 食用菌种植规模扩大到120万棒: mushroom logs counted
    "标箱",  # 集装箱吞吐量85万标箱: containers counted (TEU)
    "标准箱",
)
#: Measure words of amounts (money, area, weight, length, energy, time); % and 个百分点 are rates.
AMOUNT_WORDS: Final = (
    "元",
    "美元",
    "欧元",
    "微克/立方米",
    "毫克/立方米",
    "毫克/升",
    "亩",
    "公顷",
    "平方公里",
    "平方米",
    "立方米",
    "蒸吨",
    "吨",
    "公斤",
    "千克",
    "克",  # 道路尘土残存量控制在每平方米5克以内
    "斤",
    "公里",
    "千米",
    "延长米",  # 新建桥梁1126延米, 800延长米: metres along a bridge or a pipe
    "延米",
    "厘米",  # 河道水体透明度达到40厘米以上
    "米",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "瓦",
    "度",
    "个工作日",
    "个月",
    "工作日",
    "小时",
    "分钟",
    "天",
    "岁",
    "倍",
)
_RATE_WORDS: Final = ("个百分点", "百分点", "%", "‰", "/10万", "/十万", "/万", "/千")
#: Densities per head of population (食品安全抽检量4批次/千人, 3.5名/千人): a ratio, as written.
DENSITY_WORDS: Final = tuple(
    f"{counted}/{per}"
    for counted in ("批次", "人次", "名", "个", "张", "床", "人", "家", "所", "次", "件", "台", "份", "批", "例", "项")
    for per in ("千人口", "万人口", "千人", "万人", "百人", "十万人")
)
#: Standards per head, per household or per mu (按1500元/人的标准, 按800/人): a money figure per unit.
PER_HEAD_WORDS: Final = ("元/人·年", "元/人/年", "元/人次", "元/人", "元/户", "元/亩", "元/月", "/人次", "/人", "/户")
#: Measure words written in Latin letters (energy, power, computing power, length, mass, area, volume). They are read only
#: when no further letter follows (20GWh, 50MW, 12.6km, 300t), so 5G, 4K or PM2.5 are never quantities.
LATIN_UNITS: Final = (
    "TWh",
    "GWh",
    "MWh",
    "kWh",
    "KWh",
    "kwh",
    "TW",
    "GW",
    "MW",
    "kW",
    "KW",
    "Gbps",
    "Mbps",
    "PB",
    "TB",
    "EFlops",
    "PFlops",
    "TFlops",
    "EFLOPS",
    "PFLOPS",
    "TFLOPS",
    "P",
    "mg/L",
    "mg/l",
    "μg/m³",
    "µg/m³",
    "μg/m3",
    "µg/m3",
    "ug/m3",
    "mg/m³",
    "mg/m3",
    "kV",
    "kVA",
    "MVA",
    "km²",
    "km2",
    "km",
    "m²",
    "m³",
    "m",  # 新建或拆建防渗渠道9191m: metres
    "kg",
    "t",
)

# Longest first, so 个百分点 wins over 个 and 平方公里 over 公里.
_UNIT_ALTERNATIVES: Final = sorted(
    {*COUNT_WORDS, *AMOUNT_WORDS, *_RATE_WORDS, *PER_HEAD_WORDS, *DENSITY_WORDS}, key=len, reverse=True
)
#: (a unit of one letter, 300t, 30万t or 5P, right after its figure, or after a blank where a word or a stop
#: follows it (5000 t。); never before a digit or a bracket: 6 t5 f and 4 t) M$, a page's noise, are none)
_LATIN_RE: Final = "|".join(
    re.escape(u)
    if len(u) > 1
    else rf"(?<=[\d万亿千]){re.escape(u)}(?![\d(（)）])|(?<=\d\s){re.escape(u)}(?=[\u4e00-\u9fff,，。;；、]|$)"
    for u in sorted(LATIN_UNITS, key=len, reverse=True)
)
#: Days as a time limit (新发现问题30日内整改到位, 压缩至45日以内): 日 names days only before 内, 以内 or 之内,
#: elsewhere a date's day.
_DAYS_WITHIN: Final = r"日(?=(?:以|之)?内(?![\u4e00-\u9fff]{0,4}率))"  # (not 3日以内办结率: a rate's scope)
_UNIT_RE: Final = "|".join(re.escape(u) for u in _UNIT_ALTERNATIVES) + rf"|(?:{_LATIN_RE})(?![A-Za-z])|{_DAYS_WITHIN}"

_ARABIC: Final = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
_CN: Final = rf"[{CN_DIGITS}十][{_CN_BODY}]*(?:点[{CN_DIGITS}]+)?"  # 一点二亿元: 1.2, with its decimals
#: What 二次 names as a word of its own (二次供水泵站, 二次污染, 二次开发), no count of times.
_SECOND_USE: Final = ("供水", "加压", "污染", "开发", "利用", "创业", "装修", "分配", "元")
#: A share in words (百分之九十五, 百分之六, 百分之百): a percentage; or a span of two (百分之八十五至百分之八十八).
_PERCENT_IN_WORDS: Final = re.compile(
    rf"百分之(?:(?P<low>{_CN})|(?P<whole>百))(?:\s*(?:至|到|[-—–~～])\s*百分之(?:(?P<high>{_CN})|(?P<high_whole>百)))?"
)
#: A share in tenths (七成以上, 九成左右, 八成的村): so many tenths, a percentage.
_TENTHS_IN_WORDS: Final = re.compile(
    r"(?<![一二三四五六七八九十百千万两\d.])(?P<tenths>[一二两三四五六七八九]|[1-9])成(?P<half>五)?"
    r"(?=以上|以下|左右|的|多|[,，;；。、)）”\s]|$|[\u4e00-\u9fff]{0,3}(?:村|户|县|镇|乡|企业|项目|学校|社区|资金))"
)
#: The places a share that does not end (三分之一: 0.333…) is written to: a spec holds ten places,
#: and the share is written there in per cent (33.3333333333), two places fewer.
FRACTION_PLACES: Final = 12
#: A share as a fraction in words (三分之一, 三分之二以上, 千分之三), or a half (一半, 半数, 过半 but
#: not 双过半, which halves the year and the tasks together, nor 通过半年): ``den`` parts, ``num`` of them.
_FRACTION_IN_WORDS: Final = re.compile(
    rf"(?<![{_CN_BODY}])(?P<den>[二三四五六七八九十]{{1,3}}|千|万)分之(?P<num>{_CN})"
    r"|(?P<half>一半|半数|(?<![双通经超])过半(?![年月日天个小百]))"
)
#: The year's time half gone beside its work half done (时间过半、任务过半, 时间进度过半, 序时进度): a
#: pace, no share of anything.
_HALF_THE_TIME: Final = re.compile(r"时间(?:进度)?过半|序时")
_SCALE_RE: Final = "|".join(SCALES)

#: A written quantity: a number (or a range of two), a scale, 余/多, a measure word.
#: Groups: low, high (range; or scaled_high after low_scale, unit_high after low_unit), scale, more
#: (余/多; more_scaled before the scale), unit.
QUANTITY: Final = re.compile(
    rf"(?P<low>{_ARABIC}|{_CN})"
    rf"(?:%?\s*(?:-|~|—|–|至|到)\s*(?P<high>{_ARABIC}|{_CN})|(?P<low_scale>{_SCALE_RE})\s*[-~—–至到]\s*(?P<scaled_high>{_ARABIC})(?![\d.]*\s*年)"
    rf"|(?P<low_unit>{_UNIT_RE})\s*[-~—–至到]\s*(?P<unit_high>{_ARABIC})(?=(?P=low_unit))"
    # 1.9万头至2.1万头: a range whose ends each carry the scale and the measure word
    rf"|(?P<both_scale>{_SCALE_RE})(?P<both_unit>{_UNIT_RE})\s*[-~—–至到]\s*(?P<both_high>{_ARABIC})"
    rf"(?=(?P=both_scale)(?P=both_unit)))?"
    # and before the scale: 3011 万平方米; 余/多 before it too: 40多万吨, 100余万人次
    rf"(?:(?P<more_scaled>余|多)?[ \u3000]?(?P<scale>{_SCALE_RE}))?"
    rf"(?P<more>余|多)?"
    rf"(?:[ \u3000]?(?P<unit>{_UNIT_RE}))?"  # a blank before the measure word: 452 个 (a PDF's spacing)
)


#: A five-year plan by its number (“十四五”, 十三五规划, “十五五”时期).
FIVE_YEAR_PLAN: Final = re.compile(r"十(?P<n>[一二三四五六])(?:个)?五")  # 十四五, 第十四个五年规划


def five_year_plan(numeral: str) -> tuple[int, int]:
    """The first and last year of the five-year plan whose number ends in ``numeral``
    (四 of 十四五: 2021, 2025), counted from 十一五 (2006-2010); a ``ValueError`` for no numeral."""
    ones = cn_integer(numeral)
    if ones is None:
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    last = 2010 + 5 * (ones - 1)
    return last - 4, last


#: What lists item numbers one by one (一、二; 五和六), and what gives a range of them (一至三; 4-6).
NUMBERS_LISTED: Final = ("、", ",", "，", "和", "及")
NUMBERS_THROUGH: Final = ("至", "到", "-", "—", "~")


#: A pattern of item numbers as a duty names them (1、3, 1—6, 2至4), possessive so that a long list is read once.
ITEM_NUMBERS: Final = (
    r"\d{1,2}(?:\s*(?:" + "|".join(re.escape(mark) for mark in (*NUMBERS_LISTED, *NUMBERS_THROUGH)) + r")\s*\d{1,2})*+"
)
_LISTED_APART: Final = re.compile(r"\s*(?:" + "|".join(map(re.escape, NUMBERS_LISTED)) + r")\s*第?")
_THROUGH_APART: Final = re.compile(r"\s*(?:" + "|".join(map(re.escape, NUMBERS_THROUGH)) + r")\s*第?")


def item_number(own: str) -> int | None:
    """An item's number as an integer (三, 12, 一是: a point counted in words); ``None`` for no number."""
    own = own.removesuffix("是")
    return int(own) if own.isdigit() else cn_integer(own)


def listed_numbers(listed: str) -> list[int]:
    """The item numbers a statement lists (一、二; 一至三; 4-6; 1、3、5; 第五和第六): each, a range in full;
    none where any part is no number."""
    numbers: list[int] = []
    for piece in _LISTED_APART.split(listed):
        ends = [item_number(end) for end in _THROUGH_APART.split(piece)]
        if any(end is None for end in ends):
            return []
        low, high = ends[0], ends[-1]
        assert low is not None and high is not None
        numbers.extend(range(low, high + 1) if high >= low else [low])
    return numbers


def cn_integer(text: str) -> int | None:
    """A Chinese numeral (十, 两, 二十三, 一亿, 三千五百万) as an int; ``None`` if it is not one."""
    if not text or any(ch not in _CN_BODY for ch in text) or text[0] not in CN_DIGITS + "十":
        return None
    if len(text) > 1 and not any(ch in "十百千万亿" for ch in text):
        return None  # 一一, 两三 (about two or three), 二〇二二: digit strings, not numerals
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def cn_numeral(value: int) -> str:
    """``value`` (1 to 99) as a heading writes it in Chinese numerals (10: 十, 12: 十二, 20: 二十), the
    inverse of :func:`cn_integer` there; a ``ValueError`` outside that range."""
    if not 1 <= value <= 99:
        raise ValueError(f"a heading's number is 1 to 99, not {value}")
    tens, ones = divmod(value, 10)
    digits = "零一二三四五六七八九"
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")
    return head + (digits[ones] if ones else "")


_DIGIT_VALUES: Final = {ch: "零一二三四五六七八九".find(ch) for ch in "零一二三四五六七八九"} | {"〇": 0, "两": 2}


def cn_decimal(text: str) -> Decimal | None:
    """A Chinese numeral, with decimals after 点 (一点二: 1.2, 九十五: 95); ``None`` if it is not one."""
    whole, _, decimals = text.partition("点")
    integer = 0 if whole in ("零", "〇") else cn_integer(whole)
    if integer is None or (_ and not decimals):
        return None
    digits = "".join(str(_DIGIT_VALUES[ch]) for ch in decimals)
    return Decimal(f"{integer}.{digits}") if digits else Decimal(integer)


def parse_number(text: str) -> Decimal:
    """A number as written (``"13"``, ``"0.2万"``, ``"1,200"``, ``"两"``, ``"一亿"``, ``"5千万"``), exactly.

    Raises ``ValueError`` when the text is not a number.
    """
    text = text.strip()
    scale = 0
    for word, exponent in SCALES.items():
        if text.endswith(word) and len(text) > len(word) and text[-len(word) - 1].isdigit():
            text, scale = text[: -len(word)], exponent
            break
    if re.fullmatch(_ARABIC, text):
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            raise ValueError(f"{text!r} is not a number") from None
    else:
        chinese = cn_decimal(text)
        if chinese is None:
            raise ValueError(f"{text!r} is not a number")
        number = chinese
    return _plain(number.scaleb(scale))


def _plain(number: Decimal) -> Decimal:
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return number.quantize(Decimal(1))
    return number


@attrs.frozen
class WrittenQuantity:
    """A quantity found in a text: where it is, its value(s) in base units, its measure word.

    ``low`` and ``high`` are in the base unit of ``unit`` (万 and 亿 expanded); ``unit`` is the
    measure word as written without the scale (元, 家, %, 个百分点) or ``""`` when the text
    states only a scale (1亿以上) or nothing. ``scale`` is the scale word written (万, 亿).
    """

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    unit: str
    scale: str
    more: bool  # 10余家, 100多个
    chinese: bool  # written in Chinese numerals

    @property
    def is_rate(self) -> bool:
        return self.unit in _RATE_WORDS

    @property
    def is_density(self) -> bool:
        """A count per head of population (4批次/千人): a ratio, never a rate of growth."""
        return self.unit in DENSITY_WORDS

    @property
    def is_count(self) -> bool:
        return self.unit in COUNT_WORDS

    @property
    def is_per_head(self) -> bool:
        """A standard per head (1500元/人, 800/人): a ratio of money to people."""
        return self.unit in PER_HEAD_WORDS


def _value(number: str, scale: str, unit: str) -> Decimal:
    value = parse_number(number)
    if scale:
        value = _plain(value.scaleb(SCALES[scale]))
    if unit == "%" or unit.endswith("百分点"):
        value = value.scaleb(-2)
    elif unit == "‰":
        value = value.scaleb(-3)
    elif unit in _RATE_WORDS and unit.startswith("/"):
        value = value / parse_number(unit[1:].replace("十万", "10万"))
    return value


#: A word before a bare 十, 百, 千 or 万 that makes it loose (数十, 上百, 几千).
_SOME: Final = "数几上"
#: What ends a noun in 数 (人数, 户数, 总数): 数 there is no loose word (景区年接待游客人数十万人次以上).
_NOUN_IN_SHU: Final = "人户总次件个家位床岗量率指"


def _loose(text: str, start: int) -> bool:
    """Whether the word before a Chinese numeral at ``start`` makes it loose (数十, 上百, 几千; not 人数十万)."""
    if start == 0 or text[start - 1] not in _SOME:
        return False
    return not (text[start - 1] == "数" and start > 1 and text[start - 2] in _NOUN_IN_SHU)


def find_quantities(text: str) -> list[WrittenQuantity]:
    """Every number with a scale or measure word in ``text`` (shadowed), in order.

    A number with neither a scale nor a measure word (a year, a serial, 8号线) is not a
    quantity. Chinese numerals need a measure word. Years (2022年), ordinals (第一) and
    numbers glued to Latin letters (5G, PM2.5, S3) are left out, except a Latin measure word
    (20GWh, 50MW, 12.6km: :data:`LATIN_UNITS`) that no further letter follows.
    """
    found: list[WrittenQuantity] = []
    for match in QUANTITY.finditer(text):
        low, high, scale, unit = (match.group(g) or "" for g in ("low", "high", "scale", "unit"))
        more = match.group("more") or match.group("more_scaled") or ""
        low_scale = match.group("low_scale") or ""
        if low_scale:  # 38万-42万头, 5万-1亿元: a range whose ends each carry their scale
            high = match.group("scaled_high")
            scale = scale or low_scale
        if match.group("low_unit"):  # 50元—336元: a range whose ends each carry the measure word
            high = match.group("unit_high")
        if match.group("both_scale"):  # 1.9万头至2.1万头: the ends each carry both
            high = match.group("both_high")
            scale = scale or match.group("both_scale")
        start, end = match.span()
        if unit == "支" and text[end : end + 1] in ("持", "援", "付", "出", "撑"):
            end -= 1  # 5000万支持返乡创业: the verb 支持, not 支 counting teams
            unit = ""
        if unit == "个月" and text[end : end + 1] in ("子", "季", "饼", "嫂", "光", "亮"):
            end -= 1  # 3个月子护理中心, 5个月季花公园: 个 counting them, not months
            unit = "个"
        chinese = not low[0].isdigit()
        if unit == "期" and (chinese or text[end : end + 1] in ("工", "项", "建", "改")):
            continue  # 二期, 3期工程: a phase named, not periods counted
        if chinese and unit == "次" and text[end : end + 2] in _SECOND_USE:
            continue  # 二次供水, 二次污染: a word for what comes second, not times counted
        if chinese and low[:1] in "十百千万" and _loose(text, start):
            continue  # 数十台挖掘机, 上百家企业, 几千人: so many, said loosely, no figure
        if unit == "个" and (text[end : end + 2] == "半小" or (chinese and text[end : end + 2] in ("小时", "钟头"))):
            continue  # 3个半小时, 两个小时后: a time taken, not things counted (不少于40个小时 is read)
        if chinese:
            # a Chinese numeral that swallowed a trailing scale: 两万 is fine, 十万 too; 零 alone is
            # part of a word (零部件, 零售), never a target's figure
            if not unit or cn_decimal(low) is None or low in ("零", "〇"):
                continue
        elif not unit and not scale and _level_reached(text, start, end):
            unit, end = text[end], end + 1  # 平均达到4级, 满意度达到90分以上: a level or a score, an amount
        elif not unit and not scale and not _bare_compared(text, start, end):
            continue
        if high and not unit and not scale:
            continue
        before = text[start - 1] if start > 0 else ""
        if before in (" ", "\u3000") and start > 1:
            before = text[start - 2]  # 第 2 批: a blank between is no break
            if before.isascii() and before.isalpha() and unit and not unit.isascii():
                before = " "  # 配置AED 120台: a name, then a count of them in a measure word of its own
        if before == "/" and start >= 2 and not text[start - 2].isascii():
            before = ""  # 4个/1.6亿元: a second figure of the same thing, not a fraction
        if before and (before.isascii() and (before.isalnum() or before in "._/-")):
            continue
        if unit == "日" and (before == "月" or before.isdigit()):
            continue  # 3月30日内完成: a date's day, not so many days
        if before in ("第", "No", "号") and text[start - 2 : start] != "销号":
            continue  # 第3批, 8号线; but 整治销号210个 counts what is closed
        after = text[end] if end < len(text) else ""
        if after.isascii() and after.isalpha() and not (unit and not unit.isascii()):
            continue  # 5G, 4K: a name; but 30台AED counts 30 of them
        try:
            low_value = _value(low, low_scale or scale, unit)
            high_value = _value(high, scale, unit) if high else None
        except ValueError:
            continue
        found.append(WrittenQuantity(start, end, low_value, high_value, unit, scale, bool(more), chinese))
    for match in _PERCENT_IN_WORDS.finditer(text):
        # 增长百分之六左右, 达到百分之九十五: a share written in words
        value = Decimal(100) if match.group("whole") else cn_decimal(match.group("low"))
        high = Decimal(100) if match.group("high_whole") else cn_decimal(match.group("high") or "")
        if value is not None and not any(q.start <= match.start() < q.end for q in found):
            # (a second share that cannot be read leaves the first alone, quoted to its own end)
            found.append(
                WrittenQuantity(
                    match.start(),
                    match.end() if high is not None else match.end("low") if match.group("low") else match.end("whole"),
                    value.scaleb(-2),
                    high.scaleb(-2) if high is not None else None,
                    "%",
                    "",
                    False,
                    True,
                )
            )
    for match in _TENTHS_IN_WORDS.finditer(text) if "成" in text else ():
        # 财政支出的七成以上用于民生: seven tenths, 70%
        if not any(q.start <= match.start() < q.end for q in found):
            word = match.group("tenths")
            tenths = (
                Decimal(word) if word.isdigit() else Decimal("一二三四五六七八九".index(word.replace("两", "二")) + 1)
            )
            in_tenths = tenths / 10 + (Decimal("0.05") if match.group("half") else 0)
            found.append(WrittenQuantity(match.start(), match.end(), in_tenths, None, "%", "", False, True))
    for match in _FRACTION_IN_WORDS.finditer(text) if "分之" in text or "半" in text else ():
        # 三分之一以上的行政村, 淘汰退出一半以上: a share as a fraction
        if match.group() == "过半" and _HALF_THE_TIME.search(text, max(0, match.start() - 16), match.end() + 8):
            continue  # 实现时间过半、任务过半: half the year gone and half the work done, no share
        share = _fraction(match)
        start = match.start() + match.group().startswith("过")  # 过半: more than half, 过 its comparator
        if share is not None and not any(q.start <= start < q.end for q in found):
            unit = "‰" if match.group("den") == "千" else "%"  # 万分之三: 0.03%
            found.append(WrittenQuantity(start, match.end(), share, None, unit, "", False, True))
    for match in _IMPLICIT_ONE.finditer(text):
        # 突破亿元, 超千万元, 过百亿: one of the scale (a hundred 亿), written without the 1
        hundreds = match.group("hundreds")
        start, end = match.start("hundreds" if hundreds else "scale"), match.end()
        if not any(q.start <= start < q.end for q in found):
            unit, scale = match.group("unit") or match.group("money") or "", match.group("scale")
            one, scale = ("100" if hundreds == "百亿" else "1000", "亿") if hundreds else ("1", scale)
            found.append(WrittenQuantity(start, end, _value(one, scale, unit), None, unit, scale, False, False))
    return sorted(found, key=lambda q: q.start)


def _fraction(match: re.Match[str]) -> Decimal | None:
    """The share a fraction in words names, as a fraction of one (三分之二: 2/3, 一半: 0.5).

    A fraction that does not end (2/3) is kept to :data:`FRACTION_PLACES` places, the most a
    spec holds once the share is written in per cent, so that no figure an office reports (to a
    few places) falls between the rounded share and the share the plan means.
    """
    if match.group("half"):
        return Decimal("0.5")
    parts = cn_integer(match.group("den").replace("千", "一千").replace("万", "一万"))
    of = cn_decimal(match.group("num"))
    if not parts or of is None or of > parts:
        return None
    return (of / parts).quantize(Decimal(1).scaleb(-FRACTION_PLACES)).normalize()


#: Words after which a number needs no measure word: an index level, a score, a rate written bare
#: (满意度指数达到85以上, 死亡率控制在0.012以内, 不少于20家 written 不少于20基层组织).
_BARE_COMPARISON: Final = re.compile(
    r"(?:达到|达|不少于|不低于|不超过|不高于|控制在|保持在|稳定在|超过|突破|高于|低于|提高到|提升到|提高至|提升至|"
    r"降至|降到|下降到|下降至|缩小到|缩小至|缩减到|缩减至|减少到|减少至)\s*$"
)
#: What a bare number must not be followed by: a date (2026年, 3月), a Latin unit, a decimal point.
_NOT_BARE: Final = re.compile(r"\s*(?:年|月|日|号|时|周|星|级|类|档|等|车道|[A-Za-z.:/])")
_IMPLICIT_ONE: Final = re.compile(
    r"(?:突破|超过|超|逾|达到|达|过)(?:(?P<scale>万亿|千万|百万|亿|万)"
    r"(?P<unit>元|美元|吨|亩|人次|人|户|件|次|个|家|项|条|台)"
    # or a hundred (thousand) 亿 closing the clause with no measure word (工业园区过百亿: the money)
    r"|(?P<hundreds>百亿|千亿)(?P<money>元)?(?=[,，;；。\s]|$))"
)


def _level_reached(text: str, start: int, end: int) -> bool:
    """Whether a number is a level or a score to reach (达到4级, 平均达到4级以上, 满意度达到90分以上): 级 or 分
    after it, a word of comparison before (二级以上医院, 三级医院 name a grade, and are written in words)."""
    return (
        text[end : end + 1] in ("级", "分")
        and text[end + 1 : end + 2] not in ("钟", "之", "类", "别")  # (30分钟, 三分之一, 分类, 级别)
        and bool(_BARE_COMPARISON.search(text, max(0, start - 4), start))
    )


def _bare_compared(text: str, start: int, end: int) -> bool:
    """Whether a number without a measure word is a target's figure all the same: it follows a word
    of comparison and is no date (满意度指数达到85以上, 事故死亡率控制在0.012以内)."""
    return bool(_BARE_COMPARISON.search(text, max(0, start - 4), start)) and not _NOT_BARE.match(text, end)
