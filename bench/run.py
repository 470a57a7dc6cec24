"""cnstats against its peers, side by side: throughput, scaling, batches, streaming memory.

    python bench/run.py                       # everything (about 15 minutes on 2 cores)
    python bench/run.py --only batch,stream   # some of: peers, scaling, batch, stream
    python bench/run.py --quick               # 5 runs, peers on x1 only, no 100 MB file
    python bench/run.py --text my_report.txt  # add a text of your own to every table

Run it with the peers' virtual environment (see README, "Benchmark"): every tool runs in a fresh
subprocess of this interpreter, so import time, first-call latency and peak memory are its own.
Peers that are not installed are listed as such. Speeds are medians of --runs passes over the text.
Only the standard library is imported here, so that the subprocesses measure their tool alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_185869002eba817c.txt"
SCALES = (1, 20, 200)
# The paragraph timed for first-call latency, right after import.
SAMPLE = ("今年上半年,全县工业投资增长69.9%,比上半年预期目标高38.91个百分点,排全市第1位;"
          "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。")
# The ceiling of a pure-Python scanner: one pass for numerals, Arabic and Chinese.
NUMERALS = r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[〇零一二三四五六七八九十百千万亿两]+"
PARTS = ("peers", "scaling", "batch", "stream")
MIN_SECONDS = 1.0  # each measurement times at least --runs passes and at least this long
REPEAT_SECONDS = 2.0  # a tool slower than this a pass is measured in one round only
TARGETS = {"kbps": 2048, "scaling": 1.2, "import": 0.3, "first": 0.3, "batch": 1.7, "stream_mb": 250}


# ---------------------------------------------------------------- tools (set up inside a worker)

def _cnstats() -> Callable[[str], int]:
    import cnstats
    return lambda s: len(cnstats.extract(s))


def _cnstats_pure() -> Callable[[str], int]:
    """cnstats from the sources in src/, run by the interpreter: what an editable install or a machine
    without a C compiler runs (setup.py)."""
    sys.path.insert(0, str(ROOT / "src"))
    import cnstats
    return lambda s: len(cnstats.extract(s))


def _cnstats_cold() -> Callable[[str], int]:
    """cnstats with its number reader's memory emptied before each call: the speed on text whose numbers
    it has not met yet (a text repeated, or timed pass after pass, reads each number once). The bounded
    caches are the memories of readings; the unbounded ones hold tables built once, and stay."""
    import cnstats
    from cnstats import numerals
    memories = [f for f in vars(numerals).values() if hasattr(f, "cache_info") and f.cache_info().maxsize]

    def call(s: str) -> int:
        for memory in memories:
            memory.cache_clear()
        return len(cnstats.extract(s))
    return call


def _recognizers() -> Callable[[str], int]:
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture
    numbers, units = NumberRecognizer(Culture.Chinese), NumberWithUnitRecognizer(Culture.Chinese)
    models = [numbers.get_number_model(), numbers.get_percentage_model(), numbers.get_ordinal_model(),
              units.get_currency_model(), units.get_dimension_model()]
    return lambda s: sum(len(m.parse(s)) for m in models)


def _jionlp() -> Callable[[str], int]:
    import jionlp
    return lambda s: len(jionlp.ner.extract_money(s)) + len(jionlp.ner.extract_time(s))


def _cn2an() -> Callable[[str], int]:
    import cn2an
    return lambda s: cn2an.transform(s, "cn2an") and 0  # a rewritten string: nothing to count


def _chinese2digits() -> Callable[[str], int]:
    import chinese2digits
    return lambda s: len(chinese2digits.takeNumberFromString(s)["digitsStringList"])


def _regex() -> Callable[[str], int]:
    import regex
    pattern = regex.compile(NUMERALS)
    return lambda s: sum(1 for _ in pattern.finditer(s))


@dataclass(frozen=True)
class Tool:
    name: str
    module: str | None  # None: cannot be installed from the package registry
    feed: str           # 'text': the whole text in one call; 'lines': one call per non-blank line
    setup: Callable[[], Callable[[str], int]] | None
    does: str


TOOLS = [
    Tool("cnstats", "cnstats", "text", _cnstats, "figures: offsets, kinds, value, context"),
    Tool("cnstats per line", "cnstats", "lines", _cnstats, "the same, one call per line (the CLI)"),
    Tool("cnstats, numbers not met before", "cnstats", "text", _cnstats_cold,
         "the same, the number reader's memory emptied before each pass"),
    Tool("cnstats, pure Python", "cnstats", "text", _cnstats_pure, "the same, from src/, not compiled"),
    Tool("Recognizers-Text 1.0.2a2", "recognizers_number_with_unit", "lines", _recognizers,
         "5 zh models: number, %, ordinal, currency, dimension"),
    Tool("Duckling 1.8.0", None, "lines", None, "skipped: needs its Haskell server binary"),
    Tool("JioNLP 1.5.31", "jionlp", "lines", _jionlp, "money and time"),
    Tool("cn2an 0.5.24 transform", "cn2an", "lines", _cn2an, "rewrites numerals, no offsets"),
    Tool("chinese2digits 6.0.2", "chinese2digits", "lines", _chinese2digits, "numbers only, no offsets"),
    Tool("regex finditer", "regex", "text", _regex, "one pass for numerals: the ceiling"),
]
CNSTATS = TOOLS[0]


def units(text: str, feed: str) -> list[str]:
    return [text] if feed == "text" else [line for line in text.splitlines() if line.strip()]


def worker(tool_index: int, path: str, runs: int) -> dict[str, object]:
    """Run in a fresh process: setup (imports), first call, timed passes (at least `runs`, and at least
    MIN_SECONDS in all), peak RSS."""
    tool = TOOLS[tool_index]
    text = Path(path).read_text(encoding="utf-8")
    pieces = units(text, tool.feed)
    start = time.perf_counter()
    call = tool.setup()  # type: ignore[misc]
    imported = time.perf_counter()
    call(SAMPLE)
    first = time.perf_counter()
    times: list[float] = []
    found = 0
    while len(times) < runs or sum(times) < MIN_SECONDS:  # a short text gets more passes: its median steadies
        begin = time.perf_counter()
        found = sum(call(piece) for piece in pieces)
        times.append(time.perf_counter() - begin)
    return {"import": imported - start, "first": first - imported, "seconds": statistics.median(times),
            "found": found, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# ---------------------------------------------------------------- measurements (main process)

def load_texts(extra: list[str]) -> dict[str, str]:
    paragraphs = [p["text"] for f in sorted((ROOT / "fixtures" / "paragraphs").glob("*.json"))
                  for p in json.loads(f.read_text(encoding="utf-8"))["paragraphs"]]
    texts = {"fixtures": "\n".join(paragraphs)}
    if SEED.exists():
        texts["seed"] = SEED.read_text(encoding="utf-8")
    else:
        print(f"(seed page {SEED} absent: skipped)")
    for path in extra:
        texts[Path(path).name] = Path(path).read_text(encoding="utf-8-sig")
    return texts


def scaled(text: str, times: int) -> str:
    return "\n".join([text] * times)


def kb(text: str) -> float:
    return len(text.encode("utf-8")) / 1024


def measure(tool: Tool, text: str, runs: int) -> dict[str, object]:
    """One tool over one text in a fresh subprocess; a dict with `missing` when not installed."""
    if tool.module is None or find_spec(tool.module) is None:
        return {"missing": "skipped" if tool.module is None else "not installed"}
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write(text)
    try:
        out = subprocess.run([sys.executable, __file__, "--worker", str(TOOLS.index(tool)), handle.name,
                              str(runs)], capture_output=True, text=True, check=True).stdout
    except subprocess.CalledProcessError as error:
        return {"missing": "failed: " + (error.stderr.strip().splitlines() or ["?"])[-1]}
    finally:
        os.unlink(handle.name)
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])  # peers may print banners
    result["kbps"] = kb(text) / float(result["seconds"])  # type: ignore[arg-type]
    return result


def peer_table(name: str, text: str, runs: int, rounds: int) -> dict[str, object]:
    """Every tool over the same text, one row each; returns the cnstats row.

    The tools take turns, round after round, and each row is the median of its rounds: a shared
    machine's speed drifts by a third within minutes, and one tool measured in a slow minute is no
    measure of it against the others. A tool that takes over REPEAT_SECONDS a pass runs one round."""
    print(f"\n## {name}: {kb(text):,.0f} KB, {len(units(text, 'lines')):,} lines, median of {rounds} rounds "
          f"taken in turn, each the median of ≥{runs} runs (≥{MIN_SECONDS:g} s)\n")
    print("| tool | fed | KB/s | vs cnstats | import s | first call s | peak MB | found | rounds | what it does |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    taken: dict[str, list[dict[str, object]]] = {tool.name: [] for tool in TOOLS}
    for turn in range(rounds):
        for tool in TOOLS:
            before = taken[tool.name]
            if turn == 0 or ("missing" not in before[0] and float(before[0]["seconds"]) < REPEAT_SECONDS):  # type: ignore[arg-type]
                before.append(measure(tool, text, runs))
    rows = [(tool, _median_row(taken[tool.name])) for tool in TOOLS]
    ours = rows[0][1]
    for tool, r in rows:
        if "missing" in r:
            print(f"| {tool.name} | {tool.feed} | {r['missing']} | | | | | | | {tool.does} |")
            continue
        ratio = float(r["kbps"]) / float(ours["kbps"]) if "kbps" in ours else float("nan")  # type: ignore[arg-type]
        print(f"| {tool.name} | {tool.feed} | {r['kbps']:,.0f} | {ratio:.3g}× | {r['import']:.3f} | "
              f"{r['first']:.3f} | {r['peak_mb']:.0f} | {format(r['found'], ',') if r['found'] else '–'} | "
              f"{len(taken[tool.name])} | {tool.does} |")
    return ours


def _median_row(results: list[dict[str, object]]) -> dict[str, object]:
    """One row from a tool's rounds: the median of each timing, the largest peak memory."""
    if "missing" in results[0]:
        return results[0]
    row = dict(results[-1])
    for key in ("kbps", "seconds", "import", "first"):
        row[key] = statistics.median(float(r[key]) for r in results)  # type: ignore[arg-type]
    row["peak_mb"] = max(float(r["peak_mb"]) for r in results)  # type: ignore[arg-type]
    return row


def scaling(name: str, text: str, runs: int, rounds: int) -> float:
    """cnstats over the whole text at each scale; returns per-MB time at the largest over the smallest.

    The scales take turns, round after round, each in a fresh process, and each row is the median of
    its rounds: measured one after the other, a shared machine's drift between two processes (a third
    within minutes) shows as a change of scale."""
    print(f"\n## cnstats scaling on {name} (one extract call on the whole text; median of {rounds} rounds "
          f"taken in turn, each the median of ≥{runs} runs, ≥{MIN_SECONDS:g} s)\n")
    print("| scale | KB | figures | seconds | KB/s | s per MB | rounds: s per MB |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    texts = {times: scaled(text, times) for times in SCALES}
    taken: dict[int, list[dict[str, object]]] = {times: [] for times in SCALES}
    for _ in range(rounds):
        for times in SCALES:
            taken[times].append(measure(CNSTATS, texts[times], runs))
    per_mb = []
    for times in SCALES:
        megabytes = kb(texts[times]) / 1024
        each = [float(r["seconds"]) / megabytes for r in taken[times]]  # type: ignore[arg-type]
        r = _median_row(taken[times])
        per_mb.append(float(r["seconds"]) / megabytes)  # type: ignore[arg-type]
        print(f"| ×{times} | {kb(texts[times]):,.0f} | {r['found']:,} | {r['seconds']:.3f} | {r['kbps']:,.0f} | "
              f"{per_mb[-1]:.3f} | {', '.join(f'{x:.3f}' for x in each)} |")
    return per_mb[-1] / per_mb[0]


def batch(text: str, runs: int) -> float | None:
    """extract_many over the paragraphs of the text: workers=2 against workers=1; returns the speed-up."""
    import cnstats
    extract_many = getattr(cnstats, "extract_many", None)
    paragraphs = units(text, "lines")
    print(f"\n## Batches: extract_many over {len(paragraphs):,} paragraphs ({kb(text):,.0f} KB), "
          f"median of {runs} runs each, one worker and two taking turns\n")
    if extract_many is None:
        print("cnstats.extract_many does not exist yet: not measured")
        return None
    print(f"load average before: {os.getloadavg()[0]:.2f} (another busy process halves what 2 workers can gain)")
    # One worker and two take turns, run after run: the machine's speed drifts within minutes, and two
    # blocks of runs would compare two moments as much as two settings.
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, tuple[float, float]] = {}
    failed = {1: 0, 2: 0}
    for _ in range(runs):
        for workers in (1, 2):
            begin, used = time.perf_counter(), os.times()
            failed[workers] = sum(not result.ok for result in extract_many(paragraphs, workers=workers))
            times[workers].append(time.perf_counter() - begin)
            spent = [now - then for now, then in zip(os.times(), used)]
            cpu[workers] = (spent[0] + spent[1], spent[2] + spent[3])  # this process, its workers
    seconds = {workers: statistics.median(taken) for workers, taken in times.items()}
    for workers in (1, 2):
        print(f"- workers={workers}: {seconds[workers]:.2f} s, {kb(text) / seconds[workers]:,.0f} KB/s; CPU s: "
              f"this process {cpu[workers][0]:.2f}, workers {cpu[workers][1]:.2f}"
              + (f"; {failed[workers]:,} paragraphs FAILED" if failed[workers] else ""))
    # On an idle machine the two workers run side by side: wall time ≈ the busiest of the three, or all
    # of their CPU time spread over the cores, where there are fewer cores than processes.
    cores = os.cpu_count() or 1
    idle = cpu[1][0] / max(cpu[2][0], cpu[2][1] / 2, (cpu[2][0] + cpu[2][1]) / min(cores, 3))
    print(f"- from the CPU times, what an idle machine would give: ≈ {idle:.2f}× (an upper bound: it leaves out "
          "start-up and contention; the measured figure is in Targets)")
    return seconds[1] / seconds[2]


def streaming(text: str, megabytes: int) -> float | None:
    """Peak RSS of the command line over a generated file of `megabytes` MB, JSON to /dev/null;
    None when the command fails (its measure would not hold)."""
    path = Path(tempfile.gettempdir()) / f"cnstats-bench-{megabytes}mb.txt"
    block = (text.rstrip("\n") + "\n").encode("utf-8")
    if not path.exists() or path.stat().st_size < megabytes * 2**20:
        with path.open("wb") as handle:
            for _ in range(megabytes * 2**20 // len(block) + 1):
                handle.write(block)
    script = shutil.which("cnstats", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "cnstats.cli"]
    begin = time.perf_counter()
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen([*command, str(path), "--json"], stdout=null, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - begin
        errors.seek(0)
        said = errors.read().strip().splitlines()
    peak = usage.ru_maxrss / 1024
    print(f"\n## Streaming: `cnstats FILE --json > /dev/null` on {path.stat().st_size / 2**20:,.0f} MB\n")
    print(f"- exit status {os.waitstatus_to_exitcode(status)}, {seconds:.1f} s "
          f"({path.stat().st_size / 1024 / seconds:,.0f} KB/s), peak RSS {peak:,.0f} MB")
    if said:
        print(f"- it said: {said[-1]}")
    return peak if status == 0 else None


def verdict(label: str, value: float | None, target: float, unit: str, higher_is_better: bool = False) -> None:
    if value is None:
        print(f"- {label}: not measured (target {target}{unit})")
        return
    ok = value >= target if higher_is_better else value <= target
    print(f"- {label}: {value:,.3g}{unit} — target {'≥' if higher_is_better else '≤'} {target}{unit}: "
          f"{'PASS' if ok else 'FAIL'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed passes per measurement (median; ≥5)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the peer and scaling tables, taking turns")
    parser.add_argument("--peer-scale", type=int, default=20, help="the scale the peers run at (default ×20)")
    parser.add_argument("--stream-mb", type=int, default=100, help="size of the streaming file, 0 to skip")
    parser.add_argument("--text", action="append", default=[], help="another UTF-8 text to run on")
    parser.add_argument("--quick", action="store_true", help="peers at ×1, no streaming file")
    parser.add_argument("--only", default=",".join(PARTS), help=f"some of {','.join(PARTS)}")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(int(args.worker[0]), args.worker[1], int(args.worker[2]))))
        return
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parts = set(args.only.split(","))
    if args.quick:
        args.peer_scale, args.stream_mb = 1, 0
    print(f"# cnstats benchmark — Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}, {sys.executable}")
    if find_spec("cnstats") is not None:  # which build the rows named plain "cnstats" run
        print(subprocess.run([sys.executable, "-m", "cnstats.cli", "--version"], capture_output=True,
                             text=True, check=True).stdout.strip())
    texts = load_texts(args.text)
    main_name = "seed" if "seed" in texts else "fixtures"
    ours = {name: peer_table(f"{name} ×{args.peer_scale}", scaled(text, args.peer_scale), args.runs, args.rounds)
            for name, text in texts.items() if "peers" in parts}
    ratios = {name: scaling(name, text, args.runs, args.rounds) for name, text in texts.items() if "scaling" in parts}
    speedup = batch(scaled(texts[main_name], 200), args.runs) if "batch" in parts else None
    peak = streaming(texts[main_name], args.stream_mb) if args.stream_mb and "stream" in parts else None
    print(f"\n## Targets (cnstats, {main_name} text; load average now {os.getloadavg()[0]:.2f})\n")
    first = ours.get(main_name, {})
    if args.peer_scale == 20 and first:
        verdict("extract on the ×20 text", float(first["kbps"]), TARGETS["kbps"], " KB/s", True)
    for name, ratio in ratios.items():
        verdict(f"per-MB time ×200 / ×1 on {name}", ratio, TARGETS["scaling"], "×")
    if first:
        verdict("import cnstats", float(first["import"]), TARGETS["import"], " s")
        verdict("first extract after import", float(first["first"]), TARGETS["first"], " s")
    if "batch" in parts:
        verdict("extract_many workers=2 vs 1 on ×200", speedup, TARGETS["batch"], "×", True)
    if "stream" in parts:
        verdict(f"peak RSS of the CLI on {args.stream_mb} MB", peak, TARGETS["stream_mb"], " MB")


if __name__ == "__main__":
    main()
