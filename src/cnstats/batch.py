"""Many texts and large files: ordered batches over processes, progress bars, encodings, streaming.

    >>> import cnstats
    >>> for result in cnstats.extract_many(["增长5%。", None, "贷款45亿元。"]):
    ...     print(result.index, [f.text for f in result.figures], result.error)
    0 ['5%'] None
    1 [] TypeError: extract() takes a str, not NoneType
    2 ['45亿元'] None

`extract_many` yields one `BatchResult` per input, in input order, however many worker processes
run; an input that fails (not a str, or an error inside extract) gives a result whose `error` says
why, and the others go on. `extract_file` streams a text file line by line, so that memory does
not grow with the file; `detect_encoding` tells UTF-8 (with or without BOM) from GB18030/GBK.
"""

from __future__ import annotations

import codecs
import io
import os
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO

from .extract import extract
from .optional import require
from .record import Figure

if TYPE_CHECKING:
    from concurrent.futures import Future

# ---------------------------------------------------------------------------------------------------
# Batches


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one input of a batch gave: its figures, or why there are none."""

    index: int
    """The input's position in the batch (0-based)."""
    source: Hashable
    """The input's id: its key for a mapping, its index label for a pandas Series, else `index`."""
    figures: tuple[Figure, ...] = ()
    error: str | None = None
    """None, or what went wrong (`TypeError: extract() takes a str, not NoneType`); figures are then empty."""

    @property
    def ok(self) -> bool:
        return self.error is None


PROGRESS_HINT = "pip install 'cnstats[progress]'"
CHUNK_CHARS = 64_000
"""A chunk sent to a worker process holds texts adding up to about this many characters (some 30 ms of
work: every chunk costs the pool's threads and the pipe a fixed toll, and chunks of 32,000 characters and
256 texts gave two workers 1.45x, these 1.60x, on the seed page x200 in 24,600 lines) ..."""
CHUNK_TEXTS = 1024
"""... and at most this many texts (unless `chunksize` says otherwise)."""

_Item = tuple[int, Hashable, Any, "str | None"]  # index, source, text, error found before extracting
_Done = list["tuple[Figure, ...] | str"]  # what a worker returns for a chunk: each text's figures or error


def extract_many(texts: Iterable[Any] | Mapping[Hashable, Any], *, workers: int | None = 1,
                 progress: bool = False, chunksize: int | None = None) -> Iterator[BatchResult]:
    """Extract from every text, yielding a `BatchResult` per input, in input order.

    `texts`: any iterable of str (read lazily: a generator over a huge corpus is fine), a mapping of
    id -> text, or a pandas Series (ids are its index labels). `workers`: 1 runs in this process;
    more run that many worker processes, sending texts in chunks (`chunksize` texts at most; by
    default chunks of about 64,000 characters); None uses every CPU. `progress=True` shows a tqdm
    progress bar on standard error (`pip install 'cnstats[progress]'`).

    A bad input (None, bytes, a number) or an error while extracting gives that input a result with
    `error` set; the batch goes on. A worker process that dies fails only the texts it held.
    """
    if isinstance(workers, bool) or not (workers is None or isinstance(workers, int)):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    if chunksize is not None and (isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_many() takes many texts (an iterable, a mapping or a Series), not one "
                        f"{type(texts).__name__}; use extract_many([text]) or extract(text)")
    total = len(texts) if isinstance(texts, Sized) else None
    if progress:
        _progress_bar(0, disable=True).close()  # fail now, not midway, if tqdm is missing
    bar = None
    try:
        items = _items(texts)
        results = _serial(items) if workers == 1 else _parallel(items, workers, chunksize)
        for result in results:
            yield result
            if progress:
                if bar is None:  # made after the pool has started: no thread in a process that forks
                    bar = _progress_bar(total, unit="text", initial=0)
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _items(texts: Any) -> Iterator[_Item]:
    pairs: Iterable[tuple[Hashable, Any]]
    if isinstance(texts, Mapping) or (hasattr(texts, "items") and hasattr(texts, "index")):  # a pandas Series
        pairs = texts.items()
    elif isinstance(texts, Iterable):
        pairs = enumerate(texts)
    else:
        raise TypeError(f"extract_many() takes an iterable or a mapping of texts, not {type(texts).__name__}")
    for index, (source, text) in enumerate(pairs):
        error = None
        if not isinstance(text, str):
            try:
                extract(text)
            except Exception as problem:  # noqa: BLE001 - the message extract gives for this input
                error = _describe(problem)
            else:  # pragma: no cover - extract accepts only str
                error = f"TypeError: not a str: {type(text).__name__}"
            text = None
        yield index, source, text, error


def _describe(problem: BaseException) -> str:
    return f"{type(problem).__name__}: {problem}"


def _one(item: _Item) -> BatchResult:
    index, source, text, error = item
    if error is None:
        try:
            return BatchResult(index, source, tuple(extract(text)))
        except Exception as problem:  # noqa: BLE001 - any failure is this input's error record
            error = _describe(problem)
    return BatchResult(index, source, (), error)


def _serial(items: Iterable[_Item]) -> Iterator[BatchResult]:
    for item in items:
        yield _one(item)


def _work(texts: list[str | None]) -> _Done:
    """In a worker process: the figures of each text of a chunk (None: one found bad before), or the error."""
    out: _Done = []
    for text in texts:
        try:
            out.append(() if text is None else tuple(extract(text)))
        except Exception as problem:  # noqa: BLE001 - any failure is this input's error record
            out.append(_describe(problem))
    return out


def _chunks(items: Iterable[_Item], chunksize: int | None) -> Iterator[list[_Item]]:
    limit = chunksize or CHUNK_TEXTS
    chunk: list[_Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item[2]) if item[2] is not None else 0
        if len(chunk) >= limit or (chunksize is None and chars >= CHUNK_CHARS):
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _parallel(items: Iterable[_Item], workers: int, chunksize: int | None) -> Iterator[BatchResult]:
    """Chunks to a process pool, a bounded number in flight, results in input order.

    If a worker process dies (killed, out of memory, a crash in a C extension), the pool breaks and
    every chunk in flight with it. A new pool takes over the chunks still waiting, and the chunk whose
    result was due is run again one text at a time in a pool of its own: a text that kills its
    worker there gets an error record, the others their figures.
    """
    from concurrent.futures import Future, ProcessPoolExecutor  # here: multiprocessing costs 15 ms to import
    from concurrent.futures.process import BrokenProcessPool

    from .scan import prepare

    chunks = _chunks(items, chunksize)
    in_flight = workers * 3
    extract("增长5%。")  # load the lexicon and compile the scanner once, here: forked workers inherit them
    prepare()  # and every alternative the scanner may try, which a text compiles as it meets them
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[_Item], Future[_Done]]] = deque()

    def submit(chunk: list[_Item]) -> None:
        try:
            future = pool.submit(_work, [text for _, _, text, _ in chunk])
        except BrokenProcessPool as problem:  # broken while we were yielding: handled when this one is due
            future = Future()
            future.set_exception(problem)
        pending.append((chunk, future))

    try:
        for chunk in chunks:
            submit(chunk)
            if len(pending) >= in_flight:
                break
        while pending:
            chunk, future = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                waiting = list(pending)
                pending.clear()
                for again, was in waiting:  # results the old pool finished are kept, the rest go again
                    if was.done() and not was.cancelled() and was.exception() is None:
                        pending.append((again, was))
                    else:
                        submit(again)
                done = _quarantine(chunk)
            for (index, source, _, error), figures in zip(chunk, done):
                if isinstance(figures, str):
                    yield BatchResult(index, source, (), figures)
                else:
                    yield BatchResult(index, source, figures, error)
            for more in chunks:  # refill one
                submit(more)
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _quarantine(chunk: list[_Item]) -> _Done:
    """The texts of a chunk whose pool broke, each alone in a one-worker pool."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done: _Done = []
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        for _, _, text, _ in chunk:
            try:
                done.extend(pool.submit(_work, [text]).result())
            except BrokenProcessPool as problem:
                done.append(f"worker process died: {problem}")
                pool.shutdown(wait=False)
                pool = ProcessPoolExecutor(max_workers=1)
    finally:
        pool.shutdown(wait=True)
    return done


def _progress_bar(total: int | None, **options: Any) -> Any:
    tqdm = require("tqdm", "progress bars need tqdm", PROGRESS_HINT).tqdm
    return tqdm(total=total, dynamic_ncols=True, **options)


# ---------------------------------------------------------------------------------------------------
# Encodings


class DecodeError(ValueError):
    """A file or stream is not text in the encoding given, or in any encoding detected."""


DETECTED = ("utf-8", "gb18030")
"""Tried in this order when no encoding is given (after a byte order mark, which decides)."""
_BLOCK = 1 << 20
_SNIFF = 1 << 16


def detect_encoding(path: str | os.PathLike[str]) -> str:
    """The encoding of a text file: `utf-8-sig` (a UTF-8 BOM), `utf-16` (a UTF-16 BOM), `utf-8` or
    `gb18030` (which reads GBK and GB2312 too), checked over the whole file without holding it.

    Raises DecodeError saying why each failed (`not UTF-8 (byte 0xb9 at offset 12 …); not GB18030 …`),
    or that the file is binary (it holds NUL bytes); OSError if the file cannot be read. Give such a
    file's encoding yourself (`extract_file(path, encoding="big5")`, `cnstats --encoding big5`).
    """
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            candidates: tuple[str, ...] = ("utf-8-sig",)
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            candidates = ("utf-16",)
        else:
            candidates = DETECTED
        reasons = []
        for encoding in candidates:
            handle.seek(0)
            reason = _check(handle, encoding)
            if reason is None:
                return encoding
            reasons.append(reason)
            if reason.startswith("binary"):
                break
    raise DecodeError("; ".join(reasons))


def _label(encoding: str) -> str:
    return {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "utf-16": "UTF-16"}.get(
        encoding, encoding)


def _check(handle: IO[bytes], encoding: str, limit: int | None = None, nul_is_binary: bool = True) -> str | None:
    """None if the bytes decode strictly, else why not. With `limit`, only that many bytes are read
    and they may end inside a character (a prefix of a stream). A NUL byte means a binary file
    (if `nul_is_binary`: a guessed 8-bit encoding; never for UTF-16)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    binary_possible = nul_is_binary and not encoding.startswith("utf-16")
    while True:
        size = _BLOCK if limit is None else min(_BLOCK, limit - offset)
        block = handle.read(size) if size > 0 else b""
        nul = block.find(0) if binary_possible else -1
        if nul >= 0:
            return f"binary data, not text (a NUL byte at offset {offset + nul})"
        pending = len(decoder.getstate()[0])  # bytes of a character the last block ended inside
        try:
            decoder.decode(block, final=not block and limit is None)
        except UnicodeDecodeError as error:
            bad = error.object[error.start:error.start + 1].hex()
            at = offset - pending + error.start
            return f"not {_label(encoding)} (byte 0x{bad} at offset {at}: {error.reason})"
        if not block:
            return None
        offset += len(block)


def check_encoding(path: str | os.PathLike[str], encoding: str) -> None:
    """Raise DecodeError unless the whole file decodes strictly in `encoding` (LookupError if unknown)."""
    codecs.lookup(encoding)
    with open(path, "rb") as handle:
        reason = _check(handle, encoding, nul_is_binary=False)
    if reason is not None:
        raise DecodeError(reason)


def open_text(path: str | os.PathLike[str], encoding: str | None = None) -> TextIO:
    """A text file opened for streaming: strict decoding, universal newlines, a BOM dropped.

    Without `encoding` the encoding is detected (`detect_encoding`); with one, the file is checked
    against it first, so that a file that cannot be decoded fails before any of it is used.
    """
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        check_encoding(path, encoding)
        if codecs.lookup(encoding).name == "utf-8":
            encoding = "utf-8-sig"
    return open(path, encoding=encoding, errors="strict", newline=None)


class _Prefixed(io.RawIOBase):
    """A byte stream whose first bytes were already read: those, then the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO, owned: bool = False) -> None:
        super().__init__()
        self._prefix = prefix
        self._rest = rest
        self._owned = owned

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if self._owned and not self.closed:
            self._rest.close()
        super().close()

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._prefix:
            n = min(len(view), len(self._prefix))
            view[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read1 = getattr(self._rest, "read1", None)
        data = read1(len(view)) if read1 is not None else self._rest.read(len(view))
        view[:len(data)] = data
        return len(data)


def open_stream(binary: BinaryIO, encoding: str | None = None, *, owned: bool = False) -> tuple[TextIO | None, str]:
    """A byte stream (standard input) as text: (stream, encoding), or (None, "") if it is empty.

    With `owned=True`, closing the text stream closes `binary` too.

    Without `encoding`, it is detected from the first 64 KiB (a BOM, else UTF-8, else GB18030); bytes
    later in the stream that do not decode raise UnicodeDecodeError while reading.
    """
    prefix = binary.read(_SNIFF)
    if not prefix:
        return None, ""
    if encoding is None:
        if prefix.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif prefix.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            reasons = []
            for candidate in DETECTED:
                reason = _check(io.BytesIO(prefix), candidate, limit=len(prefix))
                if reason is None:
                    encoding = candidate
                    break
                reasons.append(reason)
            else:
                raise DecodeError("; ".join(reasons))
    codecs.lookup(encoding)
    raw = io.BufferedReader(_Prefixed(prefix, binary, owned))
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline=None), encoding


# ---------------------------------------------------------------------------------------------------
# Streaming files

LINE_LIMIT = 1 << 20
"""A line longer than this many characters is cut at a sentence break and extracted in pieces."""
_SENTENCE = "。；！？;!?"
_CLAUSE = "，,、：:）)"


def iter_lines(handle: TextIO, limit: int | None = None,
               on_line: Callable[[int], None] | None = None) -> Iterator[tuple[int, int, str]]:
    """(line number from 1, column where the piece starts, text without its line end) per line.

    A line longer than `limit` characters (default LINE_LIMIT) comes in pieces of at most `limit`,
    cut after a sentence break (else a clause break, else anywhere), each with its column, so memory
    stays bounded whatever the input.
    `on_line(n)` is called after each line with its number (for progress).
    """
    if limit is None:
        limit = LINE_LIMIT
    number, column, buffer = 1, 0, ""
    while True:
        chunk = handle.readline(limit - len(buffer))  # the buffer never holds more than `limit`
        if not chunk:
            if buffer:
                yield number, column, buffer
            return
        buffer += chunk
        if buffer.endswith("\n"):
            yield number, column, buffer[:-1]
            if on_line is not None:
                on_line(number)
            number, column, buffer = number + 1, 0, ""
        elif len(buffer) >= limit:
            cut = _cut(buffer, limit)
            yield number, column, buffer[:cut]
            column, buffer = column + cut, buffer[cut:]


def _cut(text: str, limit: int) -> int:
    floor = limit // 2
    for breaks in (_SENTENCE, _CLAUSE):
        at = max(text.rfind(ch) for ch in breaks)
        if at >= floor:
            return at + 1
    return len(text)


def extract_file(path: str | os.PathLike[str], encoding: str | None = None) -> Iterator[tuple[int, Figure]]:
    """(line number from 1, figure) for every figure of a text file, streamed line by line.

    Offsets (`start`, `end`) are code points within the line. The encoding is detected unless given
    (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM); a file that does not decode raises
    DecodeError before anything is yielded. Peak memory does not depend on the file's size.
    """
    path = Path(path)
    with open_text(path, encoding) as handle:
        for number, column, text in iter_lines(handle):
            for figure in extract(text):
                if column:
                    figure = replace(figure, start=figure.start + column, end=figure.end + column)
                yield number, figure
