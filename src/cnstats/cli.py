"""The `cnstats` command: figures from files, standard input, or a built-in sample."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Sequence

from .extract import extract
from .record import Figure

SAMPLE = ("今年上半年,全县工业投资增长69.9%,比上半年预期目标高38.91个百分点,排全市第1位;"
          "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。"
          "2022年9月28日,全省组建志愿服务组织3.3万余个,实名注册志愿者708万人。")

COLUMNS = ("text", "kind", "value", "upper", "unit", "approx", "indicator", "baseline", "scope")


def _table(rows: Iterable[tuple[str, int, Figure]]) -> str:
    lines = [("source", "line", *COLUMNS)]
    for name, line, figure in rows:
        record = figure.to_dict()
        lines.append((name, str(line), *("" if record[c] is None else str(record[c]) for c in COLUMNS)))
    widths = [max(_width(row[i]) for row in lines) for i in range(len(lines[0]))]
    return "\n".join("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip()
                     for row in lines)


def _width(cell: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in cell)


def _inputs(paths: Sequence[str]) -> Iterable[tuple[str, Iterable[str]]]:
    if not paths:
        first = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.readline()
        if first:
            yield "<stdin>", itertools.chain([first], sys.stdin)
        else:  # nothing given and nothing piped: show what cnstats does
            yield "<sample>", [SAMPLE]
        return
    for path in paths:
        if path == "-":
            yield "<stdin>", sys.stdin
            continue
        with open(path, encoding="utf-8-sig") as handle:
            yield path, handle


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cnstats",
        description="Extract statistical figures from Chinese text. With no FILE and no piped input, "
                    "reads a built-in sample paragraph.",
        epilog="examples:\n  cnstats report.txt\n  cat report.txt | cnstats --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files ('-' for standard input)")
    parser.add_argument("--json", action="store_true", help="write one JSON object per figure (JSON lines)")
    args = parser.parse_args(argv)
    rows = []
    for name, lines in _inputs(args.files):
        for number, line in enumerate(lines, 1):
            for figure in extract(line.rstrip("\r\n")):
                rows.append((name, number, figure))
    if args.json:
        for name, number, figure in rows:
            print(json.dumps({"source": name, "line": number, **figure.to_dict()}, ensure_ascii=False))
    else:
        print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
