"""End to end: the drafted spec loads, quotes the plan exactly, and holds every seed target."""

from __future__ import annotations

import json
import os
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import planengine
from planengine.draft import DraftResult, draft_spec
from planengine.draft.kinds import describe_draft, describe_spec_target, pair
from planengine.draft.tomlout import dumps
from planengine.spec import structure_spec

from .conftest import SEED_SPEC, SHARED


@pytest.fixture(scope="module")
def seed_draft(seed_text: str) -> DraftResult:
    return draft_spec(seed_text, plan_id="yueyanglou-sti", year=2026)


@pytest.fixture(scope="module")
def seed_gold() -> dict[str, Any]:
    return tomllib.loads(SEED_SPEC.read_text(encoding="utf-8"), parse_float=Decimal)


def test_the_seed_draft_validates(seed_draft: DraftResult) -> None:
    plan = structure_spec(seed_draft.spec)
    assert plan.year == 2026 and len(plan.targets) == len(seed_draft.targets)
    assert not [note for note in seed_draft.review if "dropped" in note or "problem" in note]


def test_the_seed_draft_holds_every_target_of_the_seed_spec(seed_draft: DraftResult, seed_gold: dict[str, Any]) -> None:
    keys = [describe_spec_target(t, seed_gold) for t in seed_gold["targets"]]
    drafted = [describe_draft(t) for t in seed_draft.targets]
    found = pair(keys, drafted)
    missing = [keys[i].label for i in range(len(keys)) if i not in {i for i, _ in found}]
    assert missing == []
    assert len(found) / len(drafted) >= 0.9  # precision


def test_the_seed_draft_has_the_seed_task_tree(seed_draft: DraftResult, seed_gold: dict[str, Any]) -> None:
    drafted = {t["number"]: t for t in seed_draft.spec["tasks"]}
    gold = {t["number"]: t for t in seed_gold["tasks"]}
    assert sorted(drafted) == sorted(gold)
    drafted_units = {u["id"]: u["name"] for u in seed_draft.spec["units"]}
    gold_units = {u["id"]: u["name"] for u in seed_gold["units"]}
    for number, task in gold.items():
        assert drafted[number]["title"] == task["title"]
        for role in ("lead", "support"):
            assert [drafted_units[u] for u in drafted[number].get(role, [])] == [
                gold_units[u] for u in task.get(role, [])
            ]


def test_every_quote_is_exact_and_ids_are_ascii(seed_draft: DraftResult, seed_text: str) -> None:
    for target in seed_draft.spec["targets"]:
        assert target["quote"] in seed_text
    for target in seed_draft.targets:
        assert seed_text[target.start : target.end] == target.quote
    for collection in ("units", "metrics", "tasks", "targets"):
        for item in seed_draft.spec[collection]:
            assert re.fullmatch(r"[A-Za-z0-9_./-]+", item["id"]), item["id"]


def test_review_needs_are_marked(seed_draft: DraftResult) -> None:
    assert all(m["description"].startswith("REVIEW:") for m in seed_draft.spec["metrics"])
    by_quote = {t["quote"]: t for t in seed_draft.spec["targets"]}
    assert "亿 is read as 亿元" in by_quote["高新技术产业增加值1亿以上"]["note"]
    assert by_quote["高新技术产业增加值1亿以上"]["params"] == {"value": "1亿元", "comparator": ">="}
    assert any("year" not in note and "title" in note for note in seed_draft.review)


def test_the_seed_encodings(seed_draft: DraftResult) -> None:
    by_quote = {t["quote"]: t for t in seed_draft.spec["targets"]}
    metrics = {m["id"]: m for m in seed_draft.spec["metrics"]}
    assert by_quote["力争净增高新技术企业超10家"]["params"] == {
        "value": "10家",
        "comparator": ">",
        "basis": "net_increase",
    }
    assert metrics[by_quote["力争净增高新技术企业超10家"]["metric"]]["reporting"] == "level"
    assert by_quote["新增就业创业高校毕业生不少于0.2万人"]["params"] == {"value": "0.2万人", "comparator": ">="}
    assert by_quote["发掘和培育5名左右优秀青年人才"]["params"] == {
        "value": "5名",
        "comparator": "approx",
        "tolerance": "1名",
    }
    ceiling = by_quote["科技创新人才项目经费最高可按20%对个人生活进行补助"]
    assert ceiling["params"] == {"value": "20%", "comparator": "<="}
    assert metrics[ceiling["metric"]]["direction"] == "decrease"
    loans = by_quote["力争入库科技型中小企业、“专精特新”企业贷款增速高于全区各项贷款平均增速"]
    assert loans["evaluator"] == "growth-rate" and loans["strive"] is True
    assert metrics[loans["params"]["benchmark"]]["name"] == "全区各项贷款"
    platform = by_quote["力争申报1个省级工业互联网平台"]
    assert (platform["evaluator"], platform["params"]["count"]) == ("milestone", 1)
    assert metrics[platform["metric"]]["unit"] == "阶段"
    assert seed_draft.spec["plugin_evaluators"] == ["milestone"]


def test_toml_and_json_load_to_the_same_plan(seed_draft: DraftResult) -> None:
    plan = structure_spec(seed_draft.spec)
    from_toml = planengine.loads_spec(seed_draft.to_toml(), fmt="toml")
    from_json = planengine.loads_spec(seed_draft.to_json(), fmt="json")
    assert from_toml == plan == from_json
    assert seed_draft.to_toml().startswith("# Drafted by planengine draft")


def test_a_milestone_without_the_plugin_is_allowed_when_listed() -> None:
    result = draft_spec("一、任务\n1.项目。力争开通地铁19号线二期。(市住建局牵头)", year=2023)
    (target,) = result.spec["targets"]
    assert target["evaluator"] == "milestone" and target["strive"] is True
    structure_spec(result.spec)  # the milestone plugin is not installed here
    without = {**result.spec, "plugin_evaluators": []}
    with pytest.raises(planengine.SpecErrors):
        structure_spec(without)


def test_units_the_engine_does_not_know_are_marked() -> None:
    result = draft_spec("实施市管路灯绿色智能照明提升2万盏,新增造林1000公顷。", year=2023)
    params = [t["params"] for t in result.spec["targets"]]
    notes = [t["note"] for t in result.spec["targets"]]
    assert params == [{"value": "20000个", "comparator": ">="}, {"value": "1000", "comparator": ">="}]
    assert "盏" in notes[0] and "公顷" in notes[1]


def test_dated_counts_have_a_schedule() -> None:
    result = draft_spec("3月底前新建成2家;9月底前完成7家建设任务。", year=2022)
    assert [t.get("schedule") for t in result.spec["targets"]] == [
        [{"month": 3, "share": 1}],
        [{"month": 9, "share": 1}],
    ]
    assert [t.kind for t in result.targets] == ["milestone", "milestone"]


def test_growth_wordings_encode_as_the_engine_reads_them() -> None:
    result = draft_spec("单位GDP能耗下降3%以上,居民消费价格涨幅控制在3%左右,地区生产总值增长6%左右。", year=2023)
    params = [t["params"] for t in result.spec["targets"]]
    assert params == [
        {"min_growth": "-3%", "comparator": "<="},
        {"min_growth": "3%", "comparator": "<="},
        {"min_growth": "6%", "comparator": ">="},
    ]
    assert "左右" in result.spec["targets"][2]["note"]
    structure_spec(result.spec)


def test_a_target_the_loader_rejects_is_dropped_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    from planengine.draft import assemble as assemble_module

    original = assemble_module._encode

    def broken(*args: Any, **kwargs: Any) -> dict[str, Any]:
        target = original(*args, **kwargs)
        if "5家" in target["quote"]:
            target["params"] = {"value": "5斤", "comparator": ">="}  # a unit of the wrong dimension
        return target

    monkeypatch.setattr(assemble_module, "_encode", broken)
    result = draft_spec("新增企业5家,新建学校3所。", year=2023)
    assert [t.quote for t in result.targets] == ["新建学校3所"]
    assert any("dropped" in note and "新增企业5家" in note for note in result.review)
    structure_spec(result.spec)


def test_year_title_and_issuer() -> None:
    text = "成都市2023年民生实事工作目标\n一、交通\n1.新增公交线路3条。(牵头单位:市交通运输局)"
    result = draft_spec(text)
    assert (result.spec["title"], result.spec["issuer"], result.spec["year"]) == (
        "成都市2023年民生实事工作目标",
        "成都市",
        2023,
    )
    source = draft_spec("source: http://example.org/plan\n\n新增公交线路3条。", year=2023)
    assert source.spec["source"] == "http://example.org/plan"


# --- the TOML writer --------------------------------------------------------------------------------


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_toml_strings_round_trip(text: str) -> None:
    assert tomllib.loads(dumps({"s": text, "t": [{"q": text, "p": {"v": text}}]})) == {
        "s": text,
        "t": [{"q": text, "p": {"v": text}}],
    }


def test_toml_writer_shapes() -> None:
    data = {
        "format": 1,
        "ok": True,
        "plugins": ["milestone"],
        "empty": [],
        "targets": [{"id": "t/1", "params": {"value": "85家"}, "schedule": [{"month": 3, "share": 1}]}],
    }
    assert tomllib.loads(dumps(data)) == data
    with pytest.raises(TypeError):
        dumps({"x": 1.5})


# --- the corpus, when it is there -------------------------------------------------------------------

CORPUS = SHARED / "corpus"


def _keys(path: Path) -> list[Any]:
    from planengine.draft.kinds import Described

    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Described(
            t["quote"],
            t["kind"],
            t["comparator"],
            None if t["value"] is None else Decimal(str(t["value"])),
            None if t.get("value_high") is None else Decimal(str(t["value_high"])),
        )
        for t in data["targets"]
    ]


@pytest.mark.skipif(
    not CORPUS.is_dir() and not os.environ.get("PLANENGINE_REQUIRE_SHARED"),
    reason="the development corpus is not at ../shared/corpus",
)
def test_the_corpus_is_drafted_with_precision_and_recall_of_at_least_0_9() -> None:
    keys_total = drafted_total = found_total = 0
    for text_path in sorted(CORPUS.glob("*.txt")):
        keys = _keys(text_path.with_suffix(".json"))
        result = draft_spec(text_path.read_text(encoding="utf-8"))
        structure_spec(result.spec)
        drafted = [describe_draft(t) for t in result.targets]
        keys_total, drafted_total = keys_total + len(keys), drafted_total + len(drafted)
        found_total += len(pair(keys, drafted))
    assert found_total / drafted_total >= 0.9
    assert found_total / keys_total >= 0.9


_PLAN_ALPHABET = st.sampled_from(
    list(
        "一二三四五六七八九十两百千万亿零0123456789.%-、,，。;；:：()（）“”《》|\n 年月日底前家个项人名元亩吨"
        "新增建成达到不少于超过以上以内左右力争争取确保增长下降比重率牵头负责单位区局市县街道办申报开通"
    )
)


@given(st.text(alphabet=_PLAN_ALPHABET, max_size=300))
def test_any_text_drafts_to_a_spec_that_loads(text: str) -> None:
    result = draft_spec(text, year=2024)
    structure_spec(result.spec)
    for target in result.targets:
        assert text[target.start : target.end] == target.quote and target.quote


def test_a_doubling_is_described_as_the_corpus_writes_it() -> None:
    # 翻一番 keeps its multiple in the spec, which evaluates it; the corpus writes a relative target's value
    # as null, but for 倍增, which it writes as the multiple
    text = "一、目标\n高新技术企业数量较2023年翻一番。\n科技型企业在2022年的基础上实现“双倍增”。\n"
    targets = draft_spec(text, year=2025).targets
    assert [(t.kind, t.value) for t in targets] == [("relative", Decimal(2)), ("relative", Decimal(2))]
    assert [describe_draft(t).value for t in targets] == [None, Decimal(2)]


@given(st.sampled_from([3, 6, 7, 9, 11, 12]), st.integers(min_value=3, max_value=11))
def test_a_share_that_does_not_end_matches_a_key_rounded_anywhere(parts: int, places: int) -> None:
    """A key may write 三分之一 as 0.333 or 0.3333333333333333; the drafter's twelve places match
    either, while a key one step off at its own places (0.334 against 0.333…) or rounded to one
    place (0.3) does not."""
    from decimal import ROUND_HALF_UP

    from planengine.draft.kinds import Described, matches
    from planengine.draft.numbers import FRACTION_PLACES

    share = Decimal(1) / Decimal(parts)
    drafted = share.quantize(Decimal(1).scaleb(-FRACTION_PLACES))
    keyed = share.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    mine = Described("三分之一以上", "ratio", ">=", drafted)
    assert matches(Described("三分之一以上", "ratio", ">=", keyed), mine)
    off = (keyed + Decimal(1).scaleb(-places)).normalize()
    exponent = off.as_tuple().exponent
    assert isinstance(exponent, int)
    assume(off != share.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP))
    assert not matches(Described("三分之一以上", "ratio", ">=", off), mine)
    rough = share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert not matches(Described("三分之一以上", "ratio", ">=", rough), mine)  # 0.3 is another share
