"""Numbers as plans write them: Arabic and Chinese numerals, 万/亿 scales, measure words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft.numbers import (
    FRACTION_PLACES,
    SCALES,
    cn_decimal,
    cn_integer,
    cn_numeral,
    find_quantities,
    five_year_plan,
    parse_number,
)
from planengine.draft.text import shadow

_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """The standard Chinese numeral of 0 <= n < 10**12 (written here, independently of cn2an)."""
    if n == 0:
        return "零"

    def group(g: int) -> str:
        out, zero = "", False
        for unit_value, unit_char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = g // unit_value % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + unit_char
        return out

    result, pending_zero = "", False
    for value, suffix in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            pending_zero = bool(result)
            continue
        if result and (pending_zero or value < 1000):
            result += "零"
        result += group(value) + suffix
        pending_zero = False
    return result[1:] if result.startswith("一十") else result


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13", Decimal(13)),
        ("0.2万", Decimal(2000)),
        ("1,200", Decimal(1200)),
        ("13亿", Decimal(1300000000)),
        ("5000万", Decimal(50000000)),
        ("0.24亿", Decimal(24000000)),
        ("两", Decimal(2)),
        ("十", Decimal(10)),
        ("一亿", Decimal(100000000)),
        ("两万", Decimal(20000)),
        ("三千五百万", Decimal(35000000)),
        ("二十三", Decimal(23)),
        ("一百零五", Decimal(105)),
        ("5千万", Decimal(50000000)),
    ],
)
def test_parse_number(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十四五x", "一一", "两三", "1.2.3"])
def test_parse_number_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_digit_strings_are_not_numerals() -> None:
    """一一 and 两三 (about two or three) are not read as 11 and 23."""
    assert cn_integer("一一") is None
    assert cn_integer("两三") is None
    assert cn_integer("十四五") is None


@given(st.integers(min_value=1, max_value=99))
def test_a_headings_number_in_numerals_reads_back(n: int) -> None:
    """(十二) is heading 12: cn_numeral writes what cn_integer reads, as headings write it (十, not 一十)."""
    written = cn_numeral(n)
    assert cn_integer(written) == n
    assert not written.startswith("一十")


@pytest.mark.parametrize("n", [0, 100, -3])
def test_a_headings_number_outside_1_to_99_is_refused(n: int) -> None:
    with pytest.raises(ValueError, match="1 to 99"):
        cn_numeral(n)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_read_back_exactly(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=2, max_value=9).map(lambda d: d * 1000) | st.just(2) | st.just(20000))
def test_liang_reads_as_two(n: int) -> None:
    text = to_chinese(n)
    assert parse_number("两" + text[1:] if text.startswith("二") else text) == n


@given(
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(SCALES)),
)
def test_arabic_numbers_with_a_scale_expand_exactly(number: Decimal, scale: str) -> None:
    written = format(number, "f")
    assert parse_number(written + scale) == number.scaleb(SCALES[scale])


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["家", "个", "人", "项", "亩", "吨", "公里"]))
def test_a_chinese_count_is_found_with_its_measure_word(n: int, unit: str) -> None:
    found = find_quantities(f"新增{to_chinese(n)}{unit}")
    assert [(q.low, q.unit, q.chinese) for q in found] == [(Decimal(n), unit, True)]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "scale"),
    [
        ("达到85家", "85", None, "家", ""),
        ("13亿元以上", "1300000000", None, "元", "亿"),
        ("0.2万人", "2000", None, "人", "万"),
        ("增长10%", "0.10", None, "%", ""),
        ("1-2项", "1", "2", "项", ""),
        ("3到5户", "3", "5", "户", ""),
        ("1至2个", "1", "2", "个", ""),
        ("10%-15%", "0.10", "0.15", "%", ""),
        ("0.24亿斤", "24000000", None, "斤", "亿"),
        ("200万个", "2000000", None, "个", "万"),
        ("两个", "2", None, "个", ""),
        ("十家", "10", None, "家", ""),
        ("一亿元", "100000000", None, "元", ""),
        ("1万例以上", "10000", None, "例", "万"),
        ("提高2个百分点", "0.02", None, "个百分点", ""),
        ("下降到4.0‰", "0.0040", None, "‰", ""),
        ("10/10万", "0.0001", None, "/10万", ""),
        ("1亿以上", "100000000", None, "", "亿"),
        ("35微克/立方米", "35", None, "微克/立方米", ""),
    ],
)
def test_find_quantities(text: str, low: str, high: str | None, unit: str, scale: str) -> None:
    (q,) = find_quantities(shadow(text))
    assert (q.low, q.high, q.unit, q.scale) == (Decimal(low), Decimal(high) if high else None, unit, scale)


def test_full_width_digits_and_percent_are_read() -> None:
    (q,) = find_quantities(shadow("增长１０．５％"))
    assert q.low == Decimal("0.105") and q.unit == "%"


@pytest.mark.parametrize(
    "text",
    [
        "2022年",
        "(2023—2027年)",
        "2022-05-30",
        "8号线",
        "5G基站",
        "PM2.5浓度",
        "S3线",
        "第一幼儿园",
        "十四五",
        "19:30",
        "浏览量:186来源",
        "8300安置小区",
        "附件1",
        "1.4月底前",
    ],
)
def test_numbers_that_are_not_quantities(text: str) -> None:
    assert find_quantities(shadow(text)) == []


def test_more_than_words_between_number_and_unit() -> None:
    (q,) = find_quantities("10余家")
    assert q.more and q.low == 10 and q.unit == "家"


@given(st.integers(min_value=0, max_value=9999), st.text(alphabet=_DIGITS, min_size=1, max_size=3))
def test_a_chinese_numeral_with_decimals_reads_exactly(whole: int, decimals: str) -> None:
    """一点二 is 1.2, 三点一四 3.14: the numeral before 点, then each digit after it."""
    expected = Decimal(f"{whole}.{''.join(str(_DIGITS.index(ch)) for ch in decimals)}")
    assert cn_decimal(f"{to_chinese(whole)}点{decimals}") == expected
    assert parse_number(f"{to_chinese(whole)}点{decimals}") == expected


@given(st.integers(min_value=1, max_value=100))
def test_a_share_in_words_is_a_percentage(n: int) -> None:
    """百分之九十五 is 95%: a rate, whatever its numeral."""
    (quantity,) = find_quantities(f"达到百分之{to_chinese(n)}")
    assert (quantity.low, quantity.unit) == (Decimal(n).scaleb(-2), "%")


def test_a_point_that_is_no_decimal_point_makes_no_number() -> None:
    """两点一线, 重点, 一点: 点 with no numeral after it, or nothing measured, is no figure."""
    assert cn_decimal("一点") is None
    assert find_quantities("坚持两点一线,抓好重点工作") == []


@pytest.mark.parametrize("text", ["对二次供水泵站进行系统改造", "防止二次污染", "推进老旧厂房二次开发"])
def test_second_as_a_word_counts_no_times(text: str) -> None:
    """二次供水 (secondary water supply), 二次污染: a word of its own, not twice."""
    assert find_quantities(text) == []


def test_times_in_chinese_numerals_still_count() -> None:
    assert [q.low for q in find_quantities("每年开展应急演练二次")] == [Decimal(2)]


@pytest.mark.parametrize(("numeral", "years"), [("一", (2006, 2010)), ("三", (2016, 2020)), ("四", (2021, 2025))])
def test_a_five_year_plan_s_years_follow_from_its_number(numeral: str, years: tuple[int, int]) -> None:
    assert five_year_plan(numeral) == years


@given(st.integers(min_value=1, max_value=6))
def test_five_year_plans_follow_each_other_without_a_gap(n: int) -> None:
    first, last = five_year_plan("一二三四五六"[n - 1])
    assert last - first == 4
    if n > 1:
        assert first == five_year_plan("一二三四五六"[n - 2])[1] + 1


def test_a_count_after_a_latin_name_and_a_blank_is_read_but_a_glued_one_is_not() -> None:
    assert [(q.low, q.unit) for q in find_quantities("公共场所新增配置AED 120台")] == [(Decimal(120), "台")]
    assert find_quantities("建设G 5高速") == []  # a road's name, its number after a blank, no measure word
    assert find_quantities("新增配置AED120台") == []


@given(st.integers(min_value=2, max_value=10), st.data())
def test_a_fraction_in_words_is_the_share_it_names(parts: int, data: st.DataObject) -> None:
    """三分之二 is 2/3 of one, carried to FRACTION_PLACES places when it does not end."""
    of = data.draw(st.integers(min_value=1, max_value=parts))
    (quantity,) = find_quantities(f"完成{to_chinese(parts)}分之{to_chinese(of)}以上")
    exact = Decimal(of) / Decimal(parts)
    assert quantity.unit == "%"
    assert abs(quantity.low - exact) <= Decimal(1).scaleb(-FRACTION_PLACES) / 2
    assert -quantity.low.as_tuple().exponent <= FRACTION_PLACES  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("淘汰退出一半以上", Decimal("0.5"), "%"),
        ("半数以上的村建成示范村", Decimal("0.5"), "%"),
        ("婴儿死亡率控制在千分之五以内", Decimal("0.005"), "‰"),
        ("四分之一", Decimal("0.25"), "%"),
    ],
)
def test_halves_and_parts_per_thousand_are_shares(text: str, low: Decimal, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.low, quantity.unit) == (low, unit)


def test_more_than_half_leaves_its_more_than_outside_the_figure() -> None:
    """9月底前完成改造小区过半: 过 is the comparator (more than), 半 the figure."""
    (quantity,) = find_quantities("完成改造小区过半")
    assert "完成改造小区过半"[quantity.start : quantity.end] == "半"


@pytest.mark.parametrize(
    "text",
    [
        "上半年实现“双过半”",
        "实现时间过半任务过半",
        "时间过半、任务过半",
        "通过半年努力",
        "经过半个月",
        "十分之重要",
        "五分之六",
    ],
)
def test_halves_that_are_no_share_make_no_figure(text: str) -> None:
    """双过半 or 时间过半任务过半 (half the year, half the work), 通过半年 (through half a year), an improper fraction."""
    assert find_quantities(text) == []
