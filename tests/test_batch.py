"""extract_many (ordered, processes, progress, failures isolated), extract_file and encodings."""

import codecs
import io
import itertools
import multiprocessing
import os
import sys

import pandas as pd
import pytest

import cnstats
from cnstats import batch
from cnstats.batch import (
    BatchResult,
    DecodeError,
    detect_encoding,
    extract_file,
    extract_many,
    iter_lines,
    open_stream,
    open_text,
)

TEXTS = ["今年上半年,全县工业投资增长69.9%,排全市第1位。",
         "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。",
         "没有数字。",
         "全省组建志愿服务组织3.3万余个,实名注册志愿者708万人。"]
GBK_TEXT = "粮食产量28万吨,增长5.2%;全县耕地面积3万亩,占全市的四成。"


def expected(texts):
    return [tuple(cnstats.extract(t)) for t in texts]


# --------------------------------------------------------------------------------- extract_many


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_input_order(workers):
    texts = TEXTS * 25
    results = list(extract_many(texts, workers=workers, chunksize=3))
    assert [r.index for r in results] == list(range(len(texts)))
    assert [r.source for r in results] == list(range(len(texts)))
    assert [r.figures for r in results] == expected(texts)
    assert all(r.ok and r.error is None for r in results)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_input_does_not_sink_the_batch(workers):
    texts = [TEXTS[0], None, b"\xe5\xa2\x9e", 42, TEXTS[1], float("nan"), TEXTS[3]]
    results = list(extract_many(texts, workers=workers, chunksize=2))
    assert [r.index for r in results] == list(range(len(texts)))
    bad = {r.index: r.error for r in results if not r.ok}
    assert set(bad) == {1, 2, 3, 5}
    assert bad[1] == "TypeError: extract() takes a str, not NoneType"
    assert bad[2].startswith("TypeError: extract() takes a str, not bytes: decode it first")
    assert all(r.figures == () for r in results if not r.ok)
    good = [r for r in results if r.ok]
    assert [r.figures for r in good] == expected([TEXTS[0], TEXTS[1], TEXTS[3]])


def test_an_error_inside_extract_is_that_input_s_error(monkeypatch):
    real = batch.extract

    def fragile(text):
        if "炸" in text:
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(batch, "extract", fragile)
    results = list(extract_many(["增长5%", "炸", "增长6%"]))
    assert [r.error for r in results] == [None, "RuntimeError: boom", None]
    assert batch._work(["炸", "增长5%", None]) == ["RuntimeError: boom", tuple(real("增长5%")), ()]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the monkeypatched extract reaches worker processes only when they are forked")
def test_a_worker_that_dies_fails_only_its_text(monkeypatch):
    real = batch.extract

    def deadly(text):
        if text == "致命":
            os._exit(3)
        return real(text)

    monkeypatch.setattr(batch, "extract", deadly)
    texts = TEXTS * 3 + ["致命"] + TEXTS * 3
    results = list(extract_many(texts, workers=2, chunksize=2))
    assert [r.index for r in results] == list(range(len(texts)))
    assert [r.index for r in results if not r.ok] == [12]
    assert results[12].error.startswith("worker process died")
    assert [r.figures for r in results if r.ok] == expected(TEXTS * 6)


def test_mapping_and_series_ids():
    by_id = {"a": TEXTS[0], "b": TEXTS[1]}
    assert [(r.index, r.source) for r in extract_many(by_id)] == [(0, "a"), (1, "b")]
    series = pd.Series([TEXTS[0], None], index=[10, 20])
    results = list(extract_many(series, workers=2))
    assert [(r.source, r.ok) for r in results] == [(10, True), (20, False)]


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_lazily(workers):
    endless = itertools.cycle(TEXTS)  # never ends: only a lazy reader gets the first results
    first = list(itertools.islice(extract_many(endless, workers=workers, chunksize=4), 10))
    assert [r.figures for r in first] == expected((TEXTS * 3)[:10])


def test_progress_bar_on_stderr(capsys):
    results = list(extract_many(TEXTS, progress=True))
    assert len(results) == len(TEXTS)
    err = capsys.readouterr().err
    assert "4/4" in err and "text" in err


def test_progress_needs_tqdm(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(ImportError, match=r"pip install 'cnstats\[progress\]'"):
        list(extract_many(TEXTS, progress=True))
    assert len(list(extract_many(TEXTS))) == len(TEXTS)  # no bar, no tqdm needed


def test_bad_arguments():
    with pytest.raises(ValueError, match="workers"):
        list(extract_many(TEXTS, workers=0))
    with pytest.raises(TypeError, match="workers"):
        list(extract_many(TEXTS, workers=2.5))
    with pytest.raises(ValueError, match="chunksize"):
        list(extract_many(TEXTS, chunksize=0))
    with pytest.raises(TypeError, match="not one str"):
        list(extract_many(TEXTS[0]))
    with pytest.raises(TypeError, match="iterable"):
        list(extract_many(5))


def test_results_are_records():
    result = next(extract_many([TEXTS[0]]))
    assert isinstance(result, BatchResult) and cnstats.BatchResult is BatchResult
    assert cnstats.extract_many is extract_many
    with pytest.raises(AttributeError):
        result.error = "x"


# --------------------------------------------------------------------------------- encodings


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding, data, detected", [
    ("utf-8", GBK_TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-sig", codecs.BOM_UTF8 + GBK_TEXT.encode("utf-8"), "utf-8-sig"),
    ("gb18030", GBK_TEXT.encode("gb18030"), "gb18030"),
    ("gbk", GBK_TEXT.encode("gbk"), "gb18030"),
    ("gb2312", GBK_TEXT.encode("gb2312"), "gb18030"),
    ("utf-16", GBK_TEXT.encode("utf-16"), "utf-16"),
    ("ascii", b"growth 5%", "utf-8"),
])
def test_detect_encoding(tmp_path, encoding, data, detected):
    path = write(tmp_path, f"{encoding}.txt", data)
    assert detect_encoding(path) == detected
    assert [f for _, f in extract_file(path)] == cnstats.extract(data.decode(detected))


def test_detection_reads_the_whole_file(tmp_path):
    # UTF-8 for the first 2 MiB, then one GBK character: the file is not UTF-8 after all
    utf8 = ("增长5%。" * 100_000).encode("utf-8")
    path = write(tmp_path, "late.txt", utf8 + "吨".encode("gbk"))
    with pytest.raises(DecodeError, match=rf"not UTF-8 \(byte 0x\w\w at offset {len(utf8)}"):
        detect_encoding(path)
    gbk = ("增长5%。" * 100_000).encode("gbk")
    assert detect_encoding(write(tmp_path, "gbk.txt", gbk)) == "gb18030"


def test_undecodable_and_binary_files(tmp_path):
    bad = write(tmp_path, "bad.txt", b"\xff\xfa\xfb\x81\x20abc")
    with pytest.raises(DecodeError) as caught:
        detect_encoding(bad)
    assert "not UTF-8 (byte 0xff at offset 0" in str(caught.value)
    assert "not GB18030 (byte 0xff at offset 0" in str(caught.value)
    binary = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="binary data, not text \\(a NUL byte at offset 8\\)"):
        detect_encoding(binary)
    with pytest.raises(DecodeError):
        next(extract_file(bad))  # fails before yielding anything
    with pytest.raises(FileNotFoundError):
        detect_encoding(tmp_path / "missing.txt")


def test_explicit_encoding_is_checked_first(tmp_path):
    path = write(tmp_path, "gbk.txt", GBK_TEXT.encode("gbk"))
    assert [f for _, f in extract_file(path, encoding="gbk")] == cnstats.extract(GBK_TEXT)
    with pytest.raises(DecodeError, match="not UTF-8"):
        list(extract_file(path, encoding="utf-8"))
    with pytest.raises(LookupError):
        list(extract_file(path, encoding="no-such-codec"))
    bom = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"x")
    with open_text(bom, "utf-8") as handle:  # utf-8 given: a BOM is still dropped
        assert handle.read() == "x"


def test_stream_detection():
    for data, encoding in [(GBK_TEXT.encode("gb18030"), "gb18030"), (GBK_TEXT.encode("utf-8"), "utf-8"),
                           (codecs.BOM_UTF8 + GBK_TEXT.encode("utf-8"), "utf-8-sig")]:
        stream, found = open_stream(io.BytesIO(data))
        assert found == encoding and stream.read() == GBK_TEXT
    assert open_stream(io.BytesIO(b"")) == (None, "")
    with pytest.raises(DecodeError):
        open_stream(io.BytesIO(b"\xff\xfa\xfb" * 10))
    late = ("增长5%\n" * 20_000).encode("utf-8") + b"\xff\n"  # beyond the 64 KiB sniffed
    stream, found = open_stream(io.BytesIO(late))
    assert found == "utf-8"
    with pytest.raises(UnicodeDecodeError):
        stream.read()


def test_a_character_cut_by_the_sniff_is_not_an_error():
    data = "a" * (64 * 1024 - 1) + "增长5%"  # the 64 KiB prefix ends inside 增
    stream, found = open_stream(io.BytesIO(data.encode("utf-8")))
    assert found == "utf-8" and stream.read() == data


# --------------------------------------------------------------------------------- files and lines


def test_extract_file_lines_and_offsets(tmp_path):
    lines = [TEXTS[0], "", TEXTS[1], TEXTS[3]]
    path = write(tmp_path, "r.txt", "\r\n".join(lines).encode("gb18030"))
    found = list(extract_file(path))
    assert {n for n, _ in found} == {1, 3, 4}
    for number, figure in found:
        assert lines[number - 1][figure.start:figure.end] == figure.text
    assert [f for n, f in found if n == 3] == cnstats.extract(TEXTS[1])


def test_lines_are_streamed():
    class Endless:
        """A text stream that never ends: reading it whole would never return."""

        def readline(self, limit=-1):
            return "增长5%。\n"

    first = list(itertools.islice(iter_lines(Endless()), 3))
    assert first == [(1, 0, "增长5%。"), (2, 0, "增长5%。"), (3, 0, "增长5%。")]


def test_long_lines_come_in_pieces(tmp_path, monkeypatch):
    sentence = "工业投资增长69.9%,排全市第1位。"
    line = sentence * 50
    pieces = list(iter_lines(io.StringIO(line + "\n次行增长5%"), limit=100))
    assert all(len(text) <= 100 for _, _, text in pieces)
    assert "".join(text for n, _, text in pieces if n == 1) == line
    assert all(text.endswith("。") for n, _, text in pieces if n == 1)  # cut after a sentence break
    assert [(c, t) for n, c, t in pieces if n == 1][1][0] == len(pieces[0][2])
    assert pieces[-1] == (2, 0, "次行增长5%")

    monkeypatch.setattr(batch, "LINE_LIMIT", 100)
    path = write(tmp_path, "long.txt", (line + "\n").encode("utf-8"))
    found = [f for _, f in extract_file(path)]
    assert [(f.text, f.start, f.end) for f in found] == [(f.text, f.start, f.end) for f in cnstats.extract(line)]
    assert all(line[f.start:f.end] == f.text for f in found)


def test_a_line_with_no_break_is_cut_anyway():
    pieces = list(iter_lines(io.StringIO("5" * 250), limit=100))
    assert [len(t) for _, _, t in pieces] == [100, 100, 50]
    assert [c for _, c, _ in pieces] == [0, 100, 200]


def test_explicit_wide_encodings_are_not_taken_for_binary(tmp_path):
    for encoding in ("utf-16-le", "utf-32"):
        path = write(tmp_path, f"{encoding}.txt", GBK_TEXT.encode(encoding))
        assert [f for _, f in extract_file(path, encoding=encoding)] == cnstats.extract(GBK_TEXT)
