"""How the drafter's time grows with the size of the text: it must be linear.

    python benchmarks/bench_draft_scale.py            # 0.5, 1, 2 and 5 MB
    python benchmarks/bench_draft_scale.py --quick    # 0.25, 0.5 and 1 MB
    python benchmarks/bench_draft_scale.py --sizes 0.5 8
    python benchmarks/bench_draft_scale.py --long-line 2000 16000   # clauses on one line

The texts are built from plans: the development corpus (``../shared/corpus``), the seed plan
and the development set of tables of every shape (``benchmarks/plans/dev``), each without its
source line, repeated end to end until the text has the size
asked for (in MB of UTF-8). A repeated plan is what a long compilation of plans looks like
to the drafter: numbering that restarts, many titles, tables after prose. Each size is drafted
once by ``planengine.draft.draft_spec`` (which also validates the draft), timed with
``time.perf_counter``.

Printed: size, seconds, seconds per MB, targets and tasks drafted, and the ratio of each
size's seconds per MB to the smallest size's. A linear drafter keeps that ratio near 1 (noise
on a shared machine moves it by a few tenths); a quadratic one doubles it with each doubling
of the size. Aim (issue 12): linear, and 5 MB in under 30 s. With ``--check`` the script
exits 1 when the largest size's ratio is over 2 (a clearly super-linear growth).

Tables copied from a PDF come one cell a line, their long cells wrapped onto more lines; each row
is parted into the header's columns by the best fit of its lines. ``--wrapped-rows N ...`` drafts
such a table of N rows and prints the time per thousand rows against the smallest N: the parting is
done row by row, so it must not grow with the table.

Pages copied from the web sometimes hold a whole section on one line. ``--long-line N ...``
drafts, instead, one line of N clauses, each naming a unit and its figure
(``市发展改革委要完成投资7亿元;``), and prints the time per thousand clauses against the
smallest N: work done per unit named must not grow with the line. ``--labelled-sentences N ...``
drafts one paragraph of N sentences each closed by its own label of units
(``新建公园3个。责任单位:县住建局(牵头),县城管局。``), which the drafter parts into lines of their own:
the work per sentence must not grow with the paragraph either. ``--legend-marks N ...`` drafts one line of N
targets each closed by a legend's number (``新建道路3公里（2）``) with the legend after it: each target's number
is looked up once, not searched for along the line. ``--half-year N ...`` drafts a half year's report whose one
line holds N pairs of sentences (``上半年,…。下半年,将…。``): each target's opening is found by halves, not by a
scan from the line's start. ``--shares N ...`` drafts one paragraph of a total and its lead, then N shares each
followed by a sentence of the total's own (``其中,柳河镇负责完成25公里。同步实施安全工程20公里。``): the total's lead
is found for each such sentence by halves, not by walking back over the shares. ``--dated-part N ...`` drafts one
part opened by a date and going on with N deliverables (``2025年底前,改造管网1公里,改造管网2公里,…``): the date dates
each by a look at the clause after it and at the part's horizons found once, not by a search of the rest of the part.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from planengine.draft import draft_spec

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "seeds", ROOT / "benchmarks" / "plans" / "dev"]


def plan_texts() -> list[str]:
    """The plan texts to repeat, each without a leading ``source:`` line."""
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if text.startswith("source:"):
                text = text.split("\n", 1)[1] if "\n" in text else ""
            texts.append(text.strip("\n"))
    return texts


def text_of_size(texts: Sequence[str], megabytes: float) -> str:
    """Whole plans end to end, then characters of the next one, up to ``megabytes`` of UTF-8."""
    limit = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    while True:
        for text in texts:
            encoded = len(text.encode("utf-8")) + 1
            if size + encoded > limit:
                # A part of the next plan, cut at a line end; the size is then a little under.
                cut = text.encode("utf-8")[: limit - size].decode("utf-8", "ignore")
                parts.append(cut[: cut.rfind("\n")] if "\n" in cut else "")
                return "\n".join(parts)
            parts.append(text)
            size += encoded


def long_line(clauses: int) -> str:
    """A plan whose one task line holds ``clauses`` clauses, each a unit and its figure."""
    line = "".join(f"市发展改革委要完成投资{i % 97 + 1}亿元;" for i in range(clauses))
    return f"某市2025年重点工作方案\n一、主要任务\n{line}\n"


WRAPPED_HEADER = "序号\n项目名称\n建设内容\n总投资\n(万元)\n年度推进目标\n区级责任\n领导\n牵头单位\n配合单位\n"


def wrapped_rows(rows: int) -> str:
    """A plan whose one table, copied a cell a line, has ``rows`` rows with wrapped names and units."""
    lines = [f"某县2025年重点项目推进计划\n\n{WRAPPED_HEADER}"]
    for i in range(1, rows + 1):
        lines.append(
            f"{i}\n高端装备制造产业园\n{i}期项目\n新建标准厂房{i % 9 + 1}万平方米\n{86000 + i}\n"
            f"年内完成投资{i % 7 + 1}亿元;9月底前完成3栋厂房主体封顶\n赵明远\n鹿溪高新区\n管委会\n"
            "县发改局、县自然资\n源局、县住建局\n"
        )
    return "".join(lines)


def labelled_sentences(count: int) -> str:
    """A plan whose one paragraph holds ``count`` sentences, each closed by a label of its units."""
    return (
        "一、重点任务\n(一)城市建设。"
        + "".join(f"新建公园{i % 9 + 1}个。责任单位:县住建局(牵头),县城管局。" for i in range(count))
        + "\n"
    )


def closing_helpers(count: int) -> str:
    """A plan whose one item holds ``count`` pairs of sentences, a bracket of units closing the first and helpers
    alone closing the second (…个(区住建局牵头);新增园区…个,区财政局配合。), all on one line."""
    return (
        "（一）稳住工业基本盘（区工信局牵头）\n"
        + "".join(f"新增项目{i + 1}个（区住建局牵头）；新增园区{i + 1}个，区财政局配合。" for i in range(count))
        + "\n"
    )


def legend_marks(count: int) -> str:
    """A plan whose one line holds ``count`` clauses, each target closed by a legend's number (…1公里（1）,…), and
    the legend naming the numbers' units after it (责任单位：（1）区发改局；…), the shape :mod:`planengine.draft.legend`
    reads."""
    return (
        "一、重点任务\n1."
        + "，".join(f"新建道路{i + 1}公里（{i % 3 + 1}）" for i in range(count))
        + "。\n\n责任单位：（1）区发改局；（2）区交通运输局牵头，区财政局配合；（3）区住建局。\n"
    )


def half_year_report(count: int) -> str:
    """A report of the half year that plans the rest (关于…上半年工作情况和下半年工作安排的报告) whose one line holds
    ``count`` sentences, each reporting the half's figure (上半年,…) and setting the rest's (下半年,将…), the shape
    whose openings the drafter finds once a text."""
    return (
        "某区关于2026年上半年工作情况和下半年工作安排的报告\n\n一、项目建设\n"
        + "".join(f"上半年,新开工项目{i + 1}个。下半年,将新开工项目不少于{i + 2}个。" for i in range(count))
        + "\n"
    )


def shares_after_total(count: int) -> str:
    """A plan whose one paragraph states a total and its lead, then ``count`` shares (其中,X负责完成…) each followed by
    a sentence of the total's own (同步实施…), the shape whose lead the drafter finds once a sentence."""
    return (
        "青禾区2025年民生目标分解\n\n一、农村公路。新改建农村公路40公里，由区交通运输委牵头。"
        + "其中，柳河镇负责完成25公里。同步实施安全工程20公里。" * count
        + "\n二、养老。新增养老床位300张，由区民政局牵头。\n"
    )


def dated_part(count: int) -> str:
    """A plan whose one part opens with a date and goes on with ``count`` deliverables, each dated by it."""
    return "三、排水防涝\n2025年底前," + ",".join(f"改造管网{i + 1}公里" for i in range(count)) + "。\n"


def counted_list(count: int) -> str:
    """A plan whose one sentence counts ``count`` places in a 、 list (本表共分解5个村、5个村、…27项目标), the shape
    a document counting its own shares takes."""
    return "二、目标\n本表共分解" + "5个村、" * count + "27项目标。\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="0.25, 0.5 and 1 MB")
    parser.add_argument("--sizes", type=float, nargs="+", help="the sizes in MB")
    parser.add_argument("--check", action="store_true", help="exit 1 if the growth is clearly super-linear")
    parser.add_argument("--long-line", type=int, nargs="+", metavar="N", help="clauses on one line, instead of sizes")
    parser.add_argument(
        "--wrapped-rows", type=int, nargs="+", metavar="N", help="rows of a table copied a cell a line, instead"
    )
    parser.add_argument(
        "--labelled-sentences", type=int, nargs="+", metavar="N", help="sentences closed by labels, instead"
    )
    parser.add_argument(
        "--closing-helpers", type=int, nargs="+", metavar="N", help="sentence pairs closed by units and helpers"
    )
    parser.add_argument("--counted-list", type=int, nargs="+", metavar="N", help="counts in one 、 list, instead")
    parser.add_argument(
        "--legend-marks", type=int, nargs="+", metavar="N", help="targets on one line marked by a legend's numbers"
    )
    parser.add_argument(
        "--half-year", type=int, nargs="+", metavar="N", help="sentence pairs of a half year's report on one line"
    )
    parser.add_argument(
        "--shares", type=int, nargs="+", metavar="N", help="shares of a total, each followed by the total's sentence"
    )
    parser.add_argument(
        "--dated-part", type=int, nargs="+", metavar="N", help="deliverables of one part opened by a date"
    )
    args = parser.parse_args(argv)
    if args.dated_part:
        return _time_per_item(
            sorted(args.dated_part),
            dated_part,
            "deliverable",
            "deliverables",
            "the longest part",
            "the shortest's",
            check=args.check,
        )
    if args.shares:
        return _time_per_item(
            sorted(args.shares),
            shares_after_total,
            "share",
            "shares",
            "the longest paragraph",
            "the shortest's",
            check=args.check,
        )
    if args.half_year:
        return _time_per_item(
            sorted(args.half_year),
            half_year_report,
            "pair",
            "pairs",
            "the longest line",
            "the shortest's",
            check=args.check,
        )
    if args.legend_marks:
        return _time_per_item(
            sorted(args.legend_marks),
            legend_marks,
            "target",
            "targets",
            "the longest line",
            "the shortest's",
            check=args.check,
        )
    if args.counted_list:
        return _time_per_item(
            sorted(args.counted_list),
            counted_list,
            "count",
            "counts",
            "the longest list",
            "the shortest's",
            check=args.check,
        )
    if args.closing_helpers:
        return _time_per_item(
            sorted(args.closing_helpers),
            closing_helpers,
            "pair",
            "pairs",
            "the longest line",
            "the shortest's",
            check=args.check,
        )
    if args.labelled_sentences:
        return _time_per_item(
            sorted(args.labelled_sentences),
            labelled_sentences,
            "sentence",
            "sentences",
            "the longest paragraph",
            "the shortest's",
            check=args.check,
        )
    if args.long_line:
        return _time_long_lines(sorted(args.long_line), check=args.check)
    if args.wrapped_rows:
        return _time_wrapped_rows(sorted(args.wrapped_rows), check=args.check)
    sizes = args.sizes or ([0.25, 0.5, 1.0] if args.quick else [0.5, 1.0, 2.0, 5.0])
    texts = plan_texts()
    if not texts:
        print("no plan texts under ../shared", file=sys.stderr)
        return 2
    print("| size (MB) | seconds | s per MB | targets | tasks | s per MB vs smallest |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    first_rate = None
    ratio = 1.0
    for megabytes in sorted(sizes):
        text = text_of_size(texts, megabytes)
        actual = len(text.encode("utf-8")) / (1024 * 1024)
        started = time.perf_counter()
        draft = draft_spec(text, year=2026)
        seconds = time.perf_counter() - started
        rate = seconds / actual
        first_rate = first_rate or rate
        ratio = rate / first_rate
        print(
            f"| {actual:.2f} | {seconds:.2f} | {rate:.2f} | {len(draft.targets)} | {len(draft.spec.get('tasks', []))} | {ratio:.2f} |"
        )
    if args.check and ratio > 2:
        print(f"super-linear: the largest size costs {ratio:.2f}x the smallest's time per MB", file=sys.stderr)
        return 1
    return 0


def _time_long_lines(counts: Sequence[int], *, check: bool) -> int:
    return _time_per_item(counts, long_line, "clause", "clauses", "the longest line", "the shortest's", check=check)


def _time_wrapped_rows(counts: Sequence[int], *, check: bool) -> int:
    return _time_per_item(counts, wrapped_rows, "row", "rows", "the largest table", "the smallest's", check=check)


def _time_per_item(
    counts: Sequence[int],
    make_text: Callable[[int], str],
    item: str,
    items: str,
    largest: str,
    smallest: str,
    *,
    check: bool,
) -> int:
    """Draft a text of each count of items and print the time per thousand items beside the fewest's."""
    print(f"| {items} | characters | seconds | s per 1000 {items} | targets | per {item} vs fewest |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    first_rate = None
    ratio = 1.0
    for count in counts:
        text = make_text(count)
        started = time.perf_counter()
        draft = draft_spec(text, year=2025)
        seconds = time.perf_counter() - started
        rate = seconds / count * 1000
        first_rate = first_rate or rate
        ratio = rate / first_rate
        print(f"| {count} | {len(text)} | {seconds:.2f} | {rate:.3f} | {len(draft.targets)} | {ratio:.2f} |")
    if check and ratio > 2:
        print(f"super-linear: {largest} costs {ratio:.2f}x {smallest} time per {item}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
