"""What `extract` gives on a fixed comparison set, written down, so that a speed change can be shown to
change nothing: write a snapshot before the change, compare after it.

    python bench/snapshot.py write /tmp/before.jsonl
    python bench/snapshot.py compare /tmp/before.jsonl      # exit 1 and the first differences if any

The set: every fixture and held-out paragraph, the seed page (when present), a 6 KB sample of every
case of bench/adversarial.py, and random strings drawn from a fixed seed over the characters the
scanner and the context stage care about (so that they are dense in figures and in near-misses).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from adversarial import CASES, SEED

import cnstats

PARAGRAPH_SETS = ("fixtures/paragraphs", *(f"bench/holdout{n}" for n in ("", *range(2, 116))))
ALPHABET = ("0123456789.,%万亿千百十一二三四五六七八九两零余多约近超过以上左右第前位名强倍个百分点成分之"
            "元人家吨亩年月日比同上增长下降减少占全市县的和、，。；：\n “”\"（）() 　")
RANDOM_TEXTS = 4000


def texts() -> Iterator[tuple[str, str]]:
    """(label, text) of the comparison set, always in the same order."""
    for folder in PARAGRAPH_SETS:
        for path in sorted((ROOT / folder).glob("**/*.json")):
            for item in json.loads(path.read_text(encoding="utf-8")).get("paragraphs", []):
                yield f"{path.relative_to(ROOT)}:{item['id']}", item["text"]
    if SEED.exists():
        yield "seed", SEED.read_text(encoding="utf-8")
    for name, (_, make) in CASES.items():
        yield f"adversarial:{name}", make(6000)
    draw = random.Random(20261206)
    for i in range(RANDOM_TEXTS):
        yield f"random:{i}", "".join(draw.choice(ALPHABET) for _ in range(draw.randint(1, 120)))


def rows() -> Iterator[str]:
    for label, text in texts():
        yield json.dumps({"label": label, "figures": [f.to_dict() for f in cnstats.extract(text)]},
                         ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", type=int, default=5, help="how many differing texts to print")
    args = parser.parse_args()
    if args.action == "write":
        lines = list(rows())
        args.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} texts to {args.path}")
        return 0
    before = args.path.read_text(encoding="utf-8").splitlines()
    after = list(rows())
    if len(before) != len(after):
        print(f"the comparison set changed: {len(before)} texts then, {len(after)} now")
        return 1
    differing = [(old, new) for old, new in zip(before, after) if old != new]
    for old, new in differing[:args.show]:
        print(f"- {old}\n+ {new}\n")
    print(f"{len(after)} texts, {len(differing)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
