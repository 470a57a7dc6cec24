"""Linear time on hostile text: seconds per MB of `cnstats.extract`, ordinary vs adversarial inputs.

    python bench/adversarial.py                 # every case, 1 KB … 10 MB (a few minutes)
    python bench/adversarial.py --max-mb 1      # quicker: stop at 1 MB
    python bench/adversarial.py --case ten_run --case quotes_open
    python bench/adversarial.py --sweep scan     # hunt super-linear scanning: every opening character and
                                                 # pair, 1500 vs 3000 long (about an hour on a busy machine)

Each input is built to a size in UTF-8 bytes (1 KB, 10 KB, 100 KB, 1 MB, 10 MB) and extracted once,
in one call, as a single string. The table prints seconds per MB at every size, and the ratio of the
largest size's s/MB to ordinary text's: linear time shows as a flat row, and the target is a ratio of
at most 3. A case whose run at one size exceeds --budget seconds stops growing (and is marked `>`),
so a super-linear case shows itself without hanging the benchmark.

Ordinary text is the seed page (../shared/seed/…) or, if that is missing, the fixture paragraphs,
repeated with line breaks to the size. Nothing here is asserted: speed is measured, not tested.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_185869002eba817c.txt"
SIZES_KB = (1, 10, 100, 1000, 10000)


def ordinary_text() -> str:
    if SEED.exists():
        return SEED.read_text(encoding="utf-8")
    paragraphs = []
    for path in sorted((ROOT / "fixtures" / "paragraphs").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")).get("paragraphs", []):
            paragraphs.append(item["text"])
    return "\n".join(paragraphs)


def to_size(unit: str, size: int, joiner: str = "") -> str:
    """`unit` repeated (joined by `joiner`) to `size` UTF-8 bytes, cut at a character."""
    piece = unit + joiner
    count = size // max(1, len(piece.encode())) + 1
    text = piece * count
    # cut to the byte size at a character boundary
    return text.encode()[:size].decode("utf-8", errors="ignore")


def _ordinary(size: int) -> str:
    return to_size(ordinary_text(), size, "\n")


def _one_line(size: int) -> str:
    """The ordinary page with every line break removed: one line of 10 MB."""
    return to_size(ordinary_text().replace("\r", "").replace("\n", ""), size)


def _no_breaks(size: int) -> str:
    """No line, sentence or clause break at all: prose run together with its figures."""
    flat = ordinary_text()
    for ch in "\r\n。；;！？!?，,：:":
        flat = flat.replace(ch, "")
    return to_size(flat, size)


def _soup(alphabet: str) -> Callable[[int], str]:
    """Characters drawn at random (a fixed seed) from `alphabet`: 10 KB of them, repeated to the size, as a
    generator that knows only which characters figures are made of would write."""
    import random

    draw = random.Random(20261207)
    unit = "".join(draw.choice(alphabet) for _ in range(4000))
    return lambda size: to_size(unit, size)


def _pattern_case(unit: str, joiner: str = "") -> Callable[[int], str]:
    return lambda size: to_size(unit, size, joiner)


# name -> (what it is, generator of a text of a given UTF-8 size)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "ordinary": ("the seed page, repeated with line breaks", _ordinary),
    "one_line": ("the seed page as a single line, no line breaks", _one_line),
    "no_breaks": ("the seed page with no line, sentence or clause breaks", _no_breaks),
    "digit_run": ("one run of Arabic digits 0-9", _pattern_case("1234567890")),
    "digit_groups": ("1,234,567,… one comma-grouped number", _pattern_case("1,234")),
    "decimal_dots": ("1.1.1.1… dotted digits", _pattern_case("1.")),
    "spaced_digits": ("1 234 567 … space-grouped digits", _pattern_case("1 234")),
    "numeral_run": ("一二三四五六七八九十百千 repeated", _pattern_case("一二三四五六七八九十百千")),
    "ten_run": ("十十十… one run of 十", _pattern_case("十")),
    "digit_numeral_run": ("二二二… one run of a Chinese digit (cn2an's time grew faster than it)", _pattern_case("二")),
    "wan_run": ("万万万… one run of 万", _pattern_case("万")),
    "wanyi_run": ("万亿万亿…", _pattern_case("万亿")),
    "lone_numerals": ("亿字字字… a numeral no number follows, and no 个 anywhere", _pattern_case("亿字字字")),
    "event_words": ("女子组男子组… the words of a sports event, and no 米 anywhere", _pattern_case("女子组男子组")),
    "numeral_unit": ("一二三四五六七八九十 + 千瓦时, repeated", _pattern_case("一二三四五六七八九十千瓦")),
    "fullwidth_digits": ("１２３４５６７８９０ full-width digits", _pattern_case("１２３４５６７８９０")),
    "approx_words": ("约近余多左右以上超过不足… thousands of approximate words", _pattern_case("约近余多左右以上超过不足将近")),
    "approx_figures": ("约3万余人左右, dense approximate figures", _pattern_case("约3万余人左右")),
    "percent_figures": ("增长1.5%，… one figure every 8 characters", _pattern_case("增长1.5%，")),
    "share_figures": ("占全市的5%… shares with no breaks", _pattern_case("占全市的5%和")),
    "ranges": ("3至5至7至… chained range separators", _pattern_case("3至")),
    "colons": ("1:1.5:1:1.5… numbers and colons, a proportion that never ends", _pattern_case("1:1.5:")),
    "fractions": ("三分之三分之… chained fractions", _pattern_case("三分之")),
    "percent_words": ("百分之百分之…", _pattern_case("百分之")),
    "quotes_open": ('"""… unbalanced straight quotes', _pattern_case('"')),
    "quotes_digits": ('"1"1"1… quotes around digits', _pattern_case('"1')),
    "quotes_cjk": ("“一“一“一… unbalanced CJK quotes with numerals", _pattern_case("“一二")),
    "di_run": ("第第第… one run of 第", _pattern_case("第")),
    "di_numbers": ("第1第2… ordinals with no tail", _pattern_case("第1")),
    "person_nouns": ("5农村人口人口人口… a count with a long noun", _pattern_case("5万农村贫困人口")),
    "english": ("English prose with a few numbers", _pattern_case(
        "The quick brown fox jumps over the lazy dog while GDP grew by 5 percent in 2022. ")),
    "html_markup": ("HTML tags, attributes and URLs around a figure", _pattern_case(
        '<div class="c" style="margin:0"><a href="https://example.com/n/2022/i?id=a1">增长69.9%</a></div>\n')),
    "base64": ("a base64 blob: one long ASCII word with digits", _pattern_case("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3")),
    "han_run": ("a run of Han characters that open no figure", _pattern_case("的是在和了有")),
    "zero_width": ("digits and numerals split by zero-width spaces", _pattern_case("1\u200b万\u200b")),
    "pdf_spaces": ("增长 12.5 %，约 3 万人，… figures with spaces inside, as PDFs give them",
                   _pattern_case("增长 12.5 %，约 3 万人，")),
    "digit_soup": ("random digits, units, 万亿 and approximate words: a figure every 17 characters",
                   _soup("0123456789.%,万亿元个人约余多第年月")),
    "numeral_soup": ("random Chinese numerals, units and approximate words", _soup("一二三四五六七八九十百千万亿两约余多个元%第分之")),
    "mixed_soup": ("random digits, numerals, units, verbs and punctuation", _soup(
        "0123456789一二三十百千万亿.%,，。、约余多近个元人吨第年月日至-~分之成倍增长下降占比\"“”")),
    "mixed_noise": ("emoji, entities, control chars and figures", _pattern_case("😀&amp;\x00\u200d增长3.5%\r\n")),
}


def measure(text: str) -> tuple[float, int]:
    import cnstats

    begin = time.perf_counter()
    figures = cnstats.extract(text)
    return time.perf_counter() - begin, len(figures)


def candidates(text: str) -> int:
    """How many spans the scanner hands on (each costs a number reading and a classification)."""
    from cnstats.lexicon import fold
    from cnstats.scan import scan

    return sum(1 for _ in scan(fold(text)))


def sweep(stage: str, chars: int) -> int:
    """Every character that can open a candidate, alone and in pairs, repeated to `chars` and to twice
    that; a unit whose time more than triples is timed again at 2x and 8x, where more than 8x the time
    is super-linear (linear gives 4x, quadratic 16x). Prints those."""
    import itertools

    import cnstats
    from cnstats.lexicon import fold
    from cnstats.scan import opening_characters, scan

    opening = set(opening_characters())
    alphabet = opening - set("BCDEFGHIJKLMNOPQRSTUVWXYZbcdefghijklmnopqrstuvwxyz23456789")  # one of a kind is enough
    alphabet |= set("。，、；：的人元个%年月日.,分之成余多以左右万亿\u200b\x00😀 \n\t")
    chars_sorted = sorted(alphabet)

    def seconds(text: str) -> float:
        begin = time.perf_counter()
        if stage == "scan":
            for _ in scan(text):
                pass
        else:
            cnstats.extract(text)
        return time.perf_counter() - begin

    units = chars_sorted + [a + b for a, b in itertools.product(chars_sorted, chars_sorted)
                            if a != b and (a in opening or b in opening)]
    print(f"{len(units)} units of {len(chars_sorted)} characters, {stage}, {chars} and {2 * chars} characters")
    found = 0
    for done, unit in enumerate(units):
        if done % 500 == 0:
            print(f"\r{done}/{len(units)}", end="", file=sys.stderr, flush=True)
        small = fold(unit * max(1, chars // len(unit)))
        one = seconds(small)
        if one < 0.002:
            continue
        two = seconds(small + small)
        if two > 3 * one and two > 0.01:  # confirm from 2x to 8x the text, best of three (timings are
            one = min(seconds(small * 2) for _ in range(3))  # noisy, and the smallest texts run faster)
            four = min(seconds(small * 8) for _ in range(3))
            if four > 8 * one:
                found += 1
                print(f"  super-linear: {unit!r}: {one:.4f} s -> {four:.4f} s at 4x the length", flush=True)
    print(f"{found} super-linear units")
    return 1 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", default=[], choices=sorted(CASES), help="run only this case")
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest size in MB (default 10)")
    parser.add_argument("--budget", type=float, default=120.0, help="stop growing a case once one run takes longer")
    parser.add_argument("--sweep", choices=("scan", "extract"),
                        help="instead: look for super-linear scanning over every opening character and pair")
    parser.add_argument("--sweep-chars", type=int, default=1500, help="the smaller text's length in a sweep")
    args = parser.parse_args()
    if args.sweep:
        return sweep(args.sweep, args.sweep_chars)
    import cnstats

    cnstats.extract(ordinary_text()[:3000])  # load the lexicon, compile the patterns, import cn2an
    sizes = [kb for kb in SIZES_KB if kb <= args.max_mb * 1000]
    names = ["ordinary", *(n for n in CASES if n != "ordinary")]
    if args.case:
        names = ["ordinary", *(n for n in args.case if n != "ordinary")]
    header = (f"{'case':<17}" + "".join(f"{_label(kb):>9}" for kb in sizes)
              + f"{'figures':>9}{'cands':>10}{'us/cand':>10}{'ratio':>7}")
    print("seconds per MB of UTF-8 input, one extract() call per size\n")
    print(header)
    print("-" * len(header))
    base = None
    worst = ("", 0.0)
    for name in names:
        _, make = CASES[name]
        cells, last, figures, stopped, count, per_candidate = [], None, 0, False, 0, 0.0
        for kb in sizes:
            if stopped:
                cells.append(f"{'-':>9}")
                continue
            text = make(kb * 1000)
            seconds, figures = measure(text)
            count = candidates(text)
            per_candidate = seconds / max(count, 1) * 1e6
            per_mb = seconds / (len(text.encode()) / 1e6)
            last = per_mb
            over = seconds > args.budget
            cells.append(f"{('>' if over else '') + f'{per_mb:.2f}':>9}")
            stopped = over
            print(f"\r{name:<17}" + "".join(cells), end="", file=sys.stderr, flush=True)
        print("\r", end="", file=sys.stderr)
        if name == "ordinary":
            base = last
        ratio = last / base if base and last is not None else float("nan")
        if name != "ordinary" and ratio > worst[1]:
            worst = (name, ratio)
        mark = " !" if ratio > 3 or stopped else ""
        each = f"{per_candidate:>10.1f}" if count > 100 else f"{'-':>10}"  # a handful: the cost is the text's
        print(f"{name:<17}" + "".join(cells) + f"{figures:>9}{count:>10}{each}{ratio:>7.2f}{mark}",
              flush=True)
    print(f"\nratio: s/MB at the largest size over ordinary text's (target <= 3); worst: {worst[0]} {worst[1]:.2f}")
    print("figures, cands: the figures the largest input gave and the candidate spans the scanner found in it;")
    print("us/cand: microseconds of extract() per candidate. A text dense in numbers costs more per MB than prose")
    print("because it holds more candidates, not because a candidate costs more: compare us/cand with ordinary's.")
    print("`>`: one run exceeded the budget, the case stopped growing.")
    for name in names:
        print(f"  {name:<17} {CASES[name][0]}")
    return 0


def _label(kb: int) -> str:
    return f"{kb // 1000} MB" if kb >= 1000 else f"{kb} KB"


if __name__ == "__main__":
    sys.exit(main())
