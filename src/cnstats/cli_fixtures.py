"""`cnstats fixtures record|check`: keep a regression suite of your own paragraphs.

    cnstats fixtures record report.txt --into tests/fixtures     # one fixture file per input file
    cnstats fixtures check tests/fixtures                        # exit 0 only when every paragraph matches

Exit status: 0 all match (or recorded), 1 some paragraph differs, 2 a usage or fixture-file problem.
`main(argv)` takes the arguments after `fixtures`; `python -m cnstats.cli_fixtures` runs it too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .fixtures import (
    DEFAULT_TOLERANCE,
    FIELDS,
    RECORD_FIELDS,
    FixtureError,
    Paragraph,
    check,
    check_fields,
    dumps,
    load,
    record,
    report,
    summary,
)

OK, DIFFERENT, PROBLEM = 0, 1, 2


def _fields(text: str) -> tuple[str, ...]:
    try:
        return check_fields(name.strip() for name in text.split(",") if name.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _tolerance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnstats fixtures",
        description="Keep a regression suite of your own paragraphs: record what cnstats finds now, review "
                    "and correct it, then check that every later version still finds exactly that.",
        epilog="examples:\n"
               "  cnstats fixtures record report.txt --into tests/fixtures\n"
               "  cnstats fixtures check tests/fixtures\n"
               "  cnstats fixtures check tests/fixtures --fields value,kind,unit --tolerance 1e-6\n\n"
               "exit status: 0 all match, 1 some paragraph differs, 2 usage or fixture-file problem",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{record,check}")

    rec = commands.add_parser(
        "record", help="write fixtures from what extract finds now, for review",
        description="One fixture file per input file (DIR/NAME.json); each non-empty line is a paragraph, "
                    "its expected figures what extract finds now. Review and correct them before committing.")
    rec.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, one paragraph a line ('-': stdin)")
    rec.add_argument("--into", required=True, metavar="DIR", help="folder to write the fixture files into")
    rec.add_argument("--fields", type=_fields, default=RECORD_FIELDS, metavar="F,F,…",
                     help=f"fields to record besides the span (default: {','.join(RECORD_FIELDS[3:])})")
    rec.add_argument("--force", action="store_true", help="overwrite fixture files that exist")

    chk = commands.add_parser(
        "check", help="run every fixture, print a diff per differing paragraph and a summary",
        description="Run extract on every paragraph and compare with its expected figures, matched by span. "
                    "Fields an expected record leaves out, and fields newer versions add, are not compared.")
    chk.add_argument("paths", nargs="+", metavar="DIR", help="fixture folders (every *.json under them) or files")
    chk.add_argument("--fields", type=_fields, default=None, metavar="F,F,…",
                     help=f"compare only these fields (default: all a record carries, of {','.join(FIELDS)})")
    chk.add_argument("--tolerance", type=_tolerance, default=DEFAULT_TOLERANCE, metavar="X",
                     help=f"relative tolerance for numbers (default: {DEFAULT_TOLERANCE:g})")
    chk.add_argument("--format", choices=("text", "jsonl"), default="text",
                     help="text for people (default); jsonl: one JSON object per paragraph, then a summary")
    chk.add_argument("-v", "--verbose", action="store_true", help="list the paragraphs that pass too")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "record":
        return _record(args.files, Path(args.into), args.fields, args.force)
    return _check(args.paths, args.fields, args.tolerance, args.format, args.verbose)


def _record(files: Sequence[str], into: Path, fields: Sequence[str], force: bool) -> int:
    targets: dict[Path, str] = {}
    for name in files:
        target = into / f"{'stdin' if name == '-' else Path(name).stem}.json"
        if target in targets:
            return _fail(f"{name} and {targets[target]} would both be recorded into {target}; rename one")
        if target.exists() and not force:
            return _fail(f"{target} exists (reviewed fixtures are not overwritten; --force to record anew)")
        targets[target] = name
    texts: dict[Path, list[str]] = {}
    for target, name in targets.items():  # read every input before writing anything
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            return _fail(f"{name}: {error}")
        texts[target] = text.splitlines()
    into.mkdir(parents=True, exist_ok=True)
    for target, name in targets.items():
        document = record(texts[target], target.stem, source="<stdin>" if name == "-" else name, fields=fields)
        target.write_text(dumps(document), encoding="utf-8")
        figures = sum(len(p["figures"]) for p in document["paragraphs"])
        print(f"wrote {target}: {len(document['paragraphs'])} paragraphs, {figures} figures")
    print(f"review the expected figures (correct what is wrong, add non_figures), then: cnstats fixtures check {into}")
    return OK


def _fail(message: str) -> int:
    print(f"cnstats fixtures: {message}", file=sys.stderr)
    return PROBLEM


def _check(paths: Sequence[str], fields: Sequence[str] | None, tolerance: float, form: str, verbose: bool) -> int:
    paragraphs: list[Paragraph] = []
    problems = []
    for path in paths:
        try:
            paragraphs += load(path)
        except FixtureError as error:
            problems += error.problems
    if problems:
        print(FixtureError(problems), file=sys.stderr)
        if form == "jsonl":
            _line({"type": "error", "problems": [{"path": p.path, "paragraph": p.paragraph, "where": p.where,
                                                  "message": p.message} for p in problems]})
        return PROBLEM
    counts: Counter[str] = Counter()
    status: Counter[str] = Counter()
    for paragraph in paragraphs:
        try:
            diff = check(paragraph, fields, tolerance)
        except Exception as error:  # noqa: BLE001 - one paragraph that breaks extract must not hide the others
            status["error"] += 1
            message = f"{type(error).__name__}: {error}"
            if form == "jsonl":
                _line({"type": "paragraph", "id": paragraph.id, "path": paragraph.path, "status": "error",
                       "error": message})
            else:
                print(f"ERROR {paragraph.id}  {paragraph.path}\n  | {paragraph.text}\n  ! {message}\n")
            continue
        counts += diff.counts()
        status["fail" if diff else "pass"] += 1
        if form == "jsonl":
            _line({"type": "paragraph", "id": paragraph.id, "path": paragraph.path,
                   "status": "fail" if diff else "pass", **diff.to_dict()})
        elif diff:
            print(report(paragraph, diff) + "\n")
        elif verbose:
            print(f"ok   {paragraph.id}  {paragraph.path}")
    figures = sum(len(p.figures) for p in paragraphs)
    if form == "jsonl":
        _line({"type": "summary", "paragraphs": len(paragraphs), "figures": figures, "passed": status["pass"],
               "failed": status["fail"], "errors": status["error"], "differences": dict(counts),
               "fields": list(fields) if fields else None, "tolerance": tolerance})
    else:
        scope = f"; compared {', '.join(fields)}" if fields else ""
        line = (f"{len(paragraphs)} paragraphs, {figures} expected figures{scope}: "
                f"{status['pass']} passed, {status['fail']} failed")
        print(line + (f", {status['error']} errors" if status["error"] else ""))
        if counts:
            print(f"differences: {summary(counts)}")
    return OK if status["pass"] == len(paragraphs) else DIFFERENT


def _line(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
