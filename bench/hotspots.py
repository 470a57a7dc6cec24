"""Where cnstats.extract spends its time: cProfile over the ×20 texts of bench/run.py.

    python bench/hotspots.py [--top 25] [--scale 20] [--sort tottime|cumulative]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import load_texts, scaled


def profile(name: str, text: str, top: int, sort: str) -> None:
    import cnstats
    cnstats.extract(text[:2000])  # load the lexicon and compile the patterns outside the profile
    begin = time.perf_counter()
    cnstats.extract(text)
    plain = time.perf_counter() - begin
    profiler = cProfile.Profile()
    profiler.runcall(cnstats.extract, text)
    print(f"\n## {name}: {len(text.encode()) / 1024:,.0f} KB, {plain:.2f} s without the profiler\n")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats(sort).print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--text", action="append", default=[], help="another UTF-8 text to profile")
    args = parser.parse_args()
    for name, text in load_texts(args.text).items():
        profile(f"{name} ×{args.scale}", scaled(text, args.scale), args.top, args.sort)


if __name__ == "__main__":
    main()
