"""The `cnstats` command: figures from files, folders, standard input, or a built-in sample.

Inputs are streamed line by line (a file is never read whole); every record carries its file, its
line (from 1) and its offsets in that line (`start`, `end`, code points). A file that cannot be
read or decoded is reported on standard error with the reason, the others are still processed,
and the exit status is 1. `cnstats fixtures …` is handed to `cnstats.cli_fixtures`.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import dataclasses
import fnmatch
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any, TextIO, cast

from .batch import DecodeError, extract_many, iter_lines, open_stream, open_text
from .extract import extract
from .record import Figure, Kind

SAMPLE = ("今年上半年,全县工业投资增长69.9%,比上半年预期目标高38.91个百分点,排全市第1位;"
          "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。"
          "2022年9月28日,全省组建志愿服务组织3.3万余个,实名注册志愿者708万人。")

FORMATS = ("table", "jsonl", "csv", "html", "parquet")
DEFAULT_GLOB = "*.txt"
FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
COLUMNS = ("text", "kind", "value", "upper", "unit", "approx", "indicator", "baseline", "scope", "period")
"""The figure fields the table shows (after file, line, start, end); csv and jsonl carry every field."""
TABLE_BLOCK = 200
"""The table's column widths are set by its first this-many rows (it is printed as it goes)."""

EPILOG = f"""\
examples:
  cnstats                                   the figures of a built-in sample paragraph
  cnstats report.txt                        a table of the figures in one file
  cnstats reports/                          every *.txt under reports/, recursively
  cnstats reports/ --glob '*.md' --glob '*.txt' --format csv -o figures.csv
  cat report.txt | cnstats --json           JSON lines from standard input (--json = --format jsonl)
  cnstats report.txt --kinds money,growth_rate
  cnstats report.txt --format html -o report.html    a page with every figure marked by kind
  cnstats reports/ --format parquet -o figures.parquet  rows in cnstats.arrow_schema() (cnstats[arrow])
  cnstats old_reports/ --encoding gb18030   skip detection: every file in this encoding
  cnstats big/ --workers 2                  extract in 2 processes (output order unchanged)
  cnstats fixtures check tests/fixtures     a regression suite of your own (cnstats fixtures --help)

records: csv and jsonl carry file, line (from 1), then every field of the record ({", ".join(FIELDS)});
start and end are code points within the line. The table shows the main fields; html shows every
line with its figures marked.

kinds: {", ".join(k.value for k in Kind)}

encodings: without --encoding each file is checked, whole, as UTF-8 (a UTF-8 or UTF-16 byte order
mark decides first), then as GB18030, which also reads GBK and GB2312 files. Standard input is
detected from its first 64 KiB. A file that is neither (or holds NUL bytes: a binary file) is
reported and skipped; give its encoding with --encoding (big5, utf-16, …).

progress: a bar on standard error when it is a terminal, standard output is not (output goes to a
file or a pipe) and the work takes more than a second; --progress / --no-progress decide instead.

exit status: 0 every input was read; 1 some input could not be read or decoded (the others were
still processed); 2 a usage error.
"""


# ---------------------------------------------------------------------------------------------------
# Arguments


def _kinds(text: str) -> frozenset[Kind]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    valid = {k.value: k for k in Kind}
    unknown = [name for name in names if name not in valid]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown kind {', '.join(map(repr, unknown)) or '(none given)'}; "
                                         f"kinds are {', '.join(valid)}")
    return frozenset(valid[name] for name in names)


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r}") from None


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return value or (os.cpu_count() or 1)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnstats",
        description="Extract statistical figures (money, counts, measures, growth rates, shares, rankings …) "
                    "from Chinese text. With no PATH and nothing piped in, reads a built-in sample paragraph.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="text files, or folders searched recursively for --glob; '-' for standard input")
    parser.add_argument("-f", "--format", choices=FORMATS, default=None,
                        help="table (default): aligned columns; jsonl: one JSON object per figure; csv: a header "
                             "and one row per figure; html: a standalone page with every figure marked; parquet "
                             "(needs --output and pyarrow): rows in cnstats.arrow_schema(), source = FILE:LINE")
    parser.add_argument("--json", action="store_true", help="the same as --format jsonl")
    parser.add_argument("-k", "--kinds", type=_kinds, metavar="KIND,…",
                        help="only figures of these kinds, e.g. money,growth_rate")
    parser.add_argument("-g", "--glob", action="append", metavar="PATTERN",
                        help=f"file names to read in folders (default {DEFAULT_GLOB!r}); repeat for more")
    parser.add_argument("-e", "--encoding", type=_encoding, metavar="ENCODING",
                        help="the encoding of every input (default: detect UTF-8, UTF-8 with BOM, GB18030/GBK)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (UTF-8) instead of standard output")
    parser.add_argument("-j", "--workers", type=_workers, default=1, metavar="N",
                        help="extract in N processes (0: one per CPU); default 1")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="always show a progress bar on standard error (needs tqdm: cnstats[progress])")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show one")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no summary line and no progress bar (failures are still reported)")
    parser.add_argument("--version", action="version", version=f"cnstats {_version()}")
    return parser


def _version() -> str:
    """The version, and which build runs: compiled by mypyc (pip install .) or the sources as written."""
    from . import __version__, pipeline
    build = "pipeline compiled by mypyc" if pipeline.__file__.endswith(tuple(EXTENSION_SUFFIXES)) else "pure Python"
    return f"{__version__} ({build})"


# ---------------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Source:
    name: str
    path: Path | None = None  # None: standard input or the sample
    size: int = 0
    stream: TextIO | None = None  # standard input, when opened already


@dataclass
class Tally:
    read: int = 0
    failed: list[str] = field(default_factory=list)
    figures: int = 0
    bar: Any = None  # the progress bar while it is shown: messages go above it

    def fail(self, name: str, reason: str) -> None:
        if name not in self.failed:
            self.failed.append(name)
        message = f"cnstats: {name}: {reason}"
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, DecodeError):
        return f"{error}; give its encoding with --encoding if it is text"
    if isinstance(error, UnicodeDecodeError):
        return f"cannot be decoded as {error.encoding} (byte 0x{error.object[error.start:error.start + 1].hex()}: " \
               f"{error.reason}); give its encoding with --encoding"
    return str(error)


def _walk(folder: Path, globs: Sequence[str], tally: Tally) -> list[Path]:
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        tally.fail(str(error.filename or folder), _reason(error))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        base = Path(root)
        for name in sorted(files):
            path = base / name
            relative = path.relative_to(folder).as_posix()
            if not any(fnmatch.fnmatch(relative if "/" in g else name, g) for g in globs):
                continue
            if path.is_file():
                found.append(path)
            else:  # a named pipe would block the walk for ever, a device never end: reported, not read
                tally.fail(str(path), "a broken link" if path.is_symlink() and not path.exists() else
                           "not a regular file (a named pipe, a socket or a device): name it alone to read it")
    return sorted(found, key=lambda p: p.relative_to(folder).parts)  # as `find | sort` would list them


def _sources(paths: Sequence[str], globs: Sequence[str], tally: Tally) -> list[Source]:
    sources: list[Source] = []
    for arg in paths:
        if arg == "-":
            sources.append(Source("<stdin>"))
            continue
        path = Path(arg)
        if path.is_dir():
            found = _walk(path, globs, tally)
            if not found:
                tally.fail(arg, f"a folder with no file matching {' or '.join(map(repr, globs))}")
            sources.extend(Source(str(p), p, _size(p)) for p in found)
        elif path.exists() or path.is_symlink():
            sources.append(Source(arg, path, _size(path)))
        else:
            tally.fail(arg, "No such file or directory")
    return sources


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stdin(encoding: str | None) -> TextIO | None:
    """Standard input as text, or None when it is a terminal, closed or empty."""
    stream = sys.stdin
    if stream is None:
        return None
    try:
        if stream.isatty():
            return None
    except (OSError, ValueError):
        return None
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # already text (an io.StringIO in a test or an embedding)
        first = stream.readline()
        return cast(TextIO, _Prepended(first, stream)) if first else None
    text, _ = open_stream(buffer, encoding)
    return text


def _open_stream_path(path: Path, encoding: str | None) -> TextIO | None:
    binary = open(path, "rb")  # noqa: SIM115 - closed with the text stream, or here on failure
    try:
        text, _ = open_stream(binary, encoding, owned=True)
    except BaseException:
        binary.close()
        raise
    if text is None:
        binary.close()
    return text


class _Prepended:
    """A text stream whose first line was read already (what iter_lines needs of one)."""

    def __init__(self, first: str, rest: TextIO) -> None:
        self._first: str | None = first
        self._rest = rest

    def readline(self, limit: int = -1) -> str:
        if self._first is not None:
            line, self._first = self._first, None
            return line
        return self._rest.readline(limit)

    def close(self) -> None:
        """Standard input stays open."""


# ---------------------------------------------------------------------------------------------------
# Outputs


class Writer:
    """Records out, as they come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def line(self, name: str, number: int, column: int, text: str, figures: Sequence[Figure]) -> None:
        for figure in figures:
            if column:
                figure = dataclasses.replace(figure, start=figure.start + column, end=figure.end + column)
            self.record(name, number, figure)

    def record(self, name: str, number: int, figure: Figure) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class ParquetWriter(Writer):
    """Rows in `cnstats.arrow_schema()`, `source` being `file:line`, written a row group at a time."""

    def __init__(self, path: str) -> None:
        import pyarrow.parquet

        from . import arrow

        super().__init__(sys.stdout)
        self.arrow = arrow
        self.rows = arrow.Rows()
        self.file = pyarrow.parquet.ParquetWriter(path, arrow.arrow_schema(), compression="zstd")

    def record(self, name: str, number: int, figure: Figure) -> None:
        self.rows.figure(f"{name}:{number}", figure)
        if len(self.rows) >= self.arrow.ROWS_PER_GROUP:
            self.file.write_table(self.rows.table())
            self.rows = self.arrow.Rows()

    def close(self) -> None:
        self.file.write_table(self.rows.table())
        self.file.close()


class JsonWriter(Writer):
    def record(self, name: str, number: int, figure: Figure) -> None:
        self.out.write(json.dumps({"file": name, "line": number, **figure.to_dict()}, ensure_ascii=False) + "\n")


class CsvWriter(Writer):
    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(("file", "line", *FIELDS))

    def record(self, name: str, number: int, figure: Figure) -> None:
        record = figure.to_dict()
        self.csv.writerow((name, number, *("" if record[c] is None else record[c] for c in FIELDS)))


class TableWriter(Writer):
    """Aligned columns, printed as they come: widths are set by the first rows and only grow."""

    HEADER = ("file", "line", "start", "end", *COLUMNS)

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.pending: list[tuple[str, ...]] | None = [self.HEADER]
        self.widths = [0] * len(self.HEADER)

    def record(self, name: str, number: int, figure: Figure) -> None:
        record = figure.to_dict()
        row = tuple(map(_visible, (name, str(number), str(figure.start), str(figure.end),
                                   *("" if record[c] is None else str(record[c]) for c in COLUMNS))))
        if self.pending is None:
            self._print([row])
            return
        self.pending.append(row)
        if len(self.pending) > TABLE_BLOCK:
            self.close()

    def _print(self, rows: Iterable[tuple[str, ...]]) -> None:
        for row in rows:
            self.widths = [max(w, _width(cell)) for w, cell in zip(self.widths, row)]
            self.out.write("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, self.widths)).rstrip()
                           + "\n")

    def close(self) -> None:
        if self.pending is not None:
            rows, self.pending = self.pending, None
            for row in rows:
                self.widths = [max(w, _width(cell)) for w, cell in zip(self.widths, row)]
            self._print(rows)


def _visible(cell: str) -> str:
    """Control, format and lone surrogate characters escaped (\\x07, \\u200b): a terminal shows them as they
    are, and some would move its cursor."""
    return cell if cell.isprintable() else "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in cell)


def _width(cell: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
               else 1 for ch in cell)


class HtmlWriter(Writer):
    """A standalone page: a section per file, a paragraph per line, every figure marked."""

    def __init__(self, out: TextIO, title: str) -> None:
        from . import display

        super().__init__(out)
        self.display = display
        self.current: str | None = None
        out.write(display.page_start(title))

    def line(self, name: str, number: int, column: int, text: str, figures: Sequence[Figure]) -> None:
        escape = self.display.escape
        if name != self.current:
            if self.current is not None:
                self.out.write("</section>\n")
            self.out.write(f'<section data-file="{escape(name)}">\n<h2>{escape(name)}</h2>\n')
            self.current = name
        where = f' data-line="{number}"' + (f' data-column="{column}"' if column else "")
        self.out.write(f'<p class="cnstats-text"{where}>{self.display.marked_html(text, figures)}</p>\n')

    def close(self) -> None:
        if self.current is not None:
            self.out.write("</section>\n")
        self.out.write(self.display.page_end())


def _writer(kind: str, out: TextIO, title: str, path: str | None = None) -> Writer:
    if kind == "parquet" and path is not None:
        return ParquetWriter(path)
    if kind == "jsonl":
        return JsonWriter(out)
    if kind == "csv":
        return CsvWriter(out)
    if kind == "html":
        return HtmlWriter(out, title)
    return TableWriter(out)


# ---------------------------------------------------------------------------------------------------
# The run


Line = tuple[str, int, int, str]  # file, line number, column, text


def _lines(sources: Sequence[Source], encoding: str | None, tally: Tally, bar: Any) -> Iterator[Line]:
    """Every line of every source, streamed; a source that fails is reported and skipped."""
    for source in sources:
        try:
            if source.name == "<sample>":
                handle: Any = None
            elif source.stream is not None:
                handle = source.stream
            elif source.path is None:
                handle = _stdin(encoding)
            elif source.path.is_file():
                handle = open_text(source.path, encoding)
            else:  # a pipe or a device (/dev/stdin): read once, detected from its start
                handle = _open_stream_path(source.path, encoding)
        except (OSError, DecodeError, LookupError, UnicodeError) as error:
            tally.fail(source.name, _reason(error))
            _advance(bar, source.size)
            continue
        if source.name == "<sample>":
            yield source.name, 1, 0, SAMPLE
            continue
        if handle is None:  # standard input was empty
            tally.read += 1
            continue
        number = 0
        progress = _Progress(bar, handle, source.size)
        try:
            for number, column, text in iter_lines(handle, on_line=progress.line):
                yield source.name, number, column, text
        except (OSError, UnicodeError) as error:
            tally.fail(source.name, f"line {number + 1}: {_reason(error)}")
        else:
            tally.read += 1
        finally:
            handle.close()
            progress.done()


class _Progress:
    """Moves the bar by the bytes read from a file, every few hundred lines."""

    def __init__(self, bar: Any, handle: Any, size: int) -> None:
        self.bar, self.size, self.shown = bar, size, 0
        raw: Any = getattr(getattr(handle, "buffer", None), "raw", None)
        self.tell: Callable[[], int] | None = raw.tell if bar is not None and hasattr(raw, "tell") else None

    def line(self, number: int) -> None:
        if self.tell is not None and number % 256 == 0:
            position = min(self.tell(), self.size)
            _advance(self.bar, position - self.shown)
            self.shown = position

    def done(self) -> None:
        _advance(self.bar, self.size - self.shown)
        self.shown = self.size


def _advance(bar: Any, amount: int) -> None:
    if bar is not None and amount > 0:
        bar.update(amount)


def _extracted(lines: Iterable[Line], workers: int, tally: Tally) -> Iterator[tuple[Line, Sequence[Figure]]]:
    if workers <= 1:
        for item in lines:
            try:
                figures: Sequence[Figure] = extract(item[3])
            except Exception as error:  # noqa: BLE001 - a bug in extraction: report it, keep going
                tally.fail(item[0], f"line {item[1]}: extraction failed ({type(error).__name__}: {error})")
                figures = ()
            yield item, figures
        return
    waiting: deque[Line] = deque()

    def texts() -> Iterator[str]:
        for item in lines:
            waiting.append(item)
            yield item[3]

    for result in extract_many(texts(), workers=workers):
        item = waiting.popleft()
        if result.error is not None:
            tally.fail(item[0], f"line {item[1]}: extraction failed ({result.error})")
        yield item, result.figures


def _progress_bar(wanted: bool | None, quiet: bool, total: int, out_is_stdout: bool) -> Any:
    if quiet or wanted is False or total <= 0:
        return None
    if wanted is None:
        stderr, stdout = sys.stderr, sys.stdout
        if not (stderr is not None and stderr.isatty()) or (out_is_stdout and stdout is not None and stdout.isatty()):
            return None
    try:
        from tqdm import tqdm
    except ImportError:
        if wanted:
            raise
        return None
    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, dynamic_ncols=True, leave=False,
                delay=0 if wanted else 1.0, file=sys.stderr, desc="cnstats")


def _run(args: argparse.Namespace, tally: Tally) -> int:
    globs = args.glob or [DEFAULT_GLOB]
    fmt = "jsonl" if args.json and args.format is None else (args.format or "table")
    if args.json and args.format not in (None, "jsonl"):
        print(f"cnstats: --json and --format {args.format} disagree", file=sys.stderr)
        return 2
    sample = False
    if args.paths:
        sources = _sources(args.paths, globs, tally)
    else:
        try:
            stdin = _stdin(args.encoding)
        except (OSError, DecodeError, LookupError, UnicodeError) as error:
            tally.fail("<stdin>", _reason(error))
            sources = []
        else:
            sample = stdin is None  # nothing given and nothing piped: show what cnstats does
            sources = [Source("<sample>")] if sample else [Source("<stdin>", stream=stdin)]
    total = sum(s.size for s in sources)
    title = "cnstats: " + ", ".join(args.paths) if args.paths else "cnstats"
    with contextlib.ExitStack() as stack:
        out: TextIO = sys.stdout
        if fmt == "parquet" and not args.output:
            print("cnstats: --format parquet writes a file: give it with --output FILE", file=sys.stderr)
            return 2
        if args.output and fmt != "parquet":
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            except OSError as error:
                print(f"cnstats: cannot write {args.output}: {_reason(error)}", file=sys.stderr)
                return 2
        try:
            bar = _progress_bar(args.progress, args.quiet, total, out is sys.stdout)
        except ImportError:
            print("cnstats: --progress needs tqdm: pip install 'cnstats[progress]'", file=sys.stderr)
            return 2
        if bar is not None:
            tally.bar = bar
            stack.callback(bar.close)
        try:
            writer = _writer(fmt, out, title, args.output)
        except ImportError:
            print("cnstats: --format parquet needs pyarrow: pip install 'cnstats[arrow]'", file=sys.stderr)
            return 2
        except OSError as error:
            print(f"cnstats: cannot write {args.output}: {_reason(error)}", file=sys.stderr)
            return 2
        for (name, number, column, text), figures in _extracted(_lines(sources, args.encoding, tally, bar),
                                                                args.workers, tally):
            if args.kinds is not None:
                figures = [f for f in figures if f.kind in args.kinds]
            tally.figures += len(figures)
            writer.line(name, number, column, text, figures)
        writer.close()
        out.flush()
    tally.bar = None
    if not args.quiet and not sample:
        print(f"cnstats: {_plural(tally.read, 'file')} processed, {len(tally.failed)} failed, "
              f"{_plural(tally.figures, 'figure')}", file=sys.stderr)
    return 1 if tally.failed else 0


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["fixtures"]:
        return _fixtures(args_list[1:])
    args = _parser().parse_args(args_list)
    tally = Tally()
    try:
        return _run(args, tally)
    except BrokenPipeError:  # `cnstats … | head`: the reader has gone; stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except KeyboardInterrupt:
        print("cnstats: interrupted", file=sys.stderr)
        return 130


def _fixtures(argv: Sequence[str]) -> int:
    try:
        from . import cli_fixtures
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.cli_fixtures":
            raise
        print("cnstats fixtures: not available in this installation (the module cnstats.cli_fixtures is "
              "missing); to read a file named 'fixtures', write ./fixtures", file=sys.stderr)
        return 2
    return int(cli_fixtures.main(list(argv)))


if __name__ == "__main__":
    sys.exit(main())
