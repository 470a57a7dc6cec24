"""Bad input gets a clear answer: a TypeError that says what to do, or an empty list, never a crash."""

from __future__ import annotations

import array
import math

import pytest

import cnstats
from cnstats import NumberError, extract, parse_number, read_number


@pytest.mark.parametrize("value, name", [
    (None, "NoneType"),
    (123, "int"),
    (1.5, "float"),
    (["增长5%"], "list"),
    (("增长5%",), "tuple"),
    ({"text": "增长5%"}, "dict"),
    (object(), "object"),
])
def test_extract_rejects_non_text_naming_its_type(value, name):
    with pytest.raises(TypeError) as caught:
        extract(value)
    message = str(caught.value)
    assert f"not {name}" in message
    assert "takes a str" in message


@pytest.mark.parametrize("value", [b"\xe5\xa2\x9e\xe9\x95\xbf5%", bytearray("增长5%".encode()), b""])
def test_extract_rejects_bytes_saying_to_decode_and_which_encodings_the_cli_detects(value):
    with pytest.raises(TypeError) as caught:
        extract(value)
    message = str(caught.value)
    assert f"not {type(value).__name__}" in message
    assert "decode" in message
    # the CLI detects UTF-8 (with or without BOM) and GB18030/GBK: the message names them
    for encoding in ("UTF-8", "GB18030", "GBK"):
        assert encoding in message
    assert "BOM" in message


def test_bytes_message_matches_what_the_cli_really_detects():
    """The encodings the message promises are the ones batch.detect_encoding tries."""
    from cnstats.batch import DETECTED

    with pytest.raises(TypeError) as caught:
        extract(b"x")
    message = str(caught.value).lower()
    for encoding in DETECTED:
        assert encoding.replace("-sig", "") in message


def test_memoryview_and_array_are_not_text():
    for value in (memoryview(b"abc"), array.array("u", "增长5%")):
        with pytest.raises(TypeError, match=f"not {type(value).__name__}"):
            extract(value)


def test_str_subclass_is_text():
    class Page(str):
        pass

    figures = extract(Page("工业投资增长69.9%。"))
    assert [f.text for f in figures] == ["69.9%"]
    assert type(figures[0].text) is str


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n", "\t \u3000\n", "\u200b", "\ufeff", "\x00", " " * 10000,
                                  "\n" * 10000, "\u3000" * 1000])
def test_empty_and_blank_text_give_no_figures(text):
    assert extract(text) == []


@pytest.mark.parametrize("text", ["。", "，，，", "的的的", "abc", "😀" * 50, "&nbsp;&amp;", "<p></p>", "\x7f\x1b[0m"])
def test_text_without_numbers_gives_no_figures(text):
    assert extract(text) == []


def test_lone_surrogates_do_not_break_extraction():
    text = "工业投资增长\ud83d69.9%,\udfff排全市第1位。\ud800"
    figures = extract(text)
    assert [f.text for f in figures] == ["69.9%", "第1位"]
    for figure in figures:
        assert text[figure.start:figure.end] == figure.text


def test_nul_and_control_characters_are_just_characters():
    text = "工业投资增长\x0069.9%\x01,排全市第1位\x1f。"
    figures = extract(text)
    assert [f.text for f in figures] == ["69.9%", "第1位"]


def test_figures_of_a_bom_prefixed_text_keep_source_offsets():
    text = "\ufeff工业投资增长69.9%。"
    (figure,) = extract(text)
    assert text[figure.start:figure.end] == "69.9%"


def test_crlf_line_breaks_give_the_same_figures_as_lf():
    lf = "工业投资增长69.9%。\n民营企业贷款余额45.38亿元。\n"
    crlf = lf.replace("\n", "\r\n")
    as_lf = [(f.text, f.kind, f.value, f.unit) for f in extract(lf)]
    as_crlf = [(f.text, f.kind, f.value, f.unit) for f in extract(crlf)]
    assert as_lf == as_crlf
    assert len(as_lf) == 2


# --- parse_number / read_number


@pytest.mark.parametrize("value", [None, 12, 1.5, b"12", ["12"]])
def test_parse_number_rejects_non_text_naming_its_type(value):
    with pytest.raises(TypeError, match=f"not {type(value).__name__}"):
        parse_number(value)
    with pytest.raises(TypeError, match=f"not {type(value).__name__}"):
        read_number(value)


@pytest.mark.parametrize("text", ["", " ", "\u200b", "abc", "增长", "%", "万万万亿亿", "第", "1" * 5000 + "x",
                                  "\ud800", "😀", "1.2.3", "--5", "三分之零", "零分之一", "nan", "inf", "1e999999"])
def test_parse_number_raises_number_error_or_reads_a_finite_value(text):
    try:
        value = parse_number(text)
    except NumberError as error:
        assert isinstance(error, ValueError)
        assert str(error)
    else:
        assert value.is_finite()


def test_parse_number_errors_are_value_errors():
    with pytest.raises(ValueError):
        parse_number("不是数字")
    assert issubclass(NumberError, ValueError)


def test_huge_numbers_do_not_overflow_values():
    """A 5000-digit number or 亿亿亿…: the figure is still reported, its value finite or None with a flag."""
    for text in ("人口" + "9" * 5000 + "万人。", "贷款余额" + "亿" * 400 + "元。", "增长" + "9" * 400 + "%。",
                 "增长1e999%。", "收入" + "一" * 3000 + "元。"):
        for figure in extract(text):
            assert figure.value is None or math.isfinite(figure.value), (text[:20], figure)
            assert figure.upper is None or math.isfinite(figure.upper), (text[:20], figure)
            if figure.value is None:
                assert figure.flag


def test_public_api_is_importable_without_optional_extras():
    assert callable(cnstats.extract)
    assert callable(cnstats.parse_number)


# --- the command line never loses input silently: every input is in the output or in the error report,
# and the summary line on standard error counts both


def test_cli_accounts_for_every_input(tmp_path, capsys, monkeypatch):
    import io
    import json
    import sys

    from cnstats.cli import main

    good = ["全县工业投资增长69.9%,排全市第1位。", "", "民营企业贷款余额45.38亿元,比年初增4.5亿元。"]
    hostile = "十" * 5000 + "\n" + "1." * 5000 + "\n" + "万亿" * 3000 + "增长5%\n" + '"' * 3000 + "\n"
    files = {
        "utf8.txt": "\n".join(good).encode("utf-8"),
        "bom_crlf.txt": b"\xef\xbb\xbf" + "\r\n".join(good).encode("utf-8"),
        "gbk.txt": "\n".join(good).encode("gbk"),
        "empty.txt": b"",
        "blank.txt": b"\n\n  \n",
        "no_figures.txt": "今天天气很好。\n".encode(),
        "hostile.txt": hostile.encode("utf-8"),
        "control.txt": "增长\x015%\x1b[0m\x7f\u200b,\ud800".encode("utf-8", "replace") + b"\n",
        "nul.txt": "增长\x005%\n".encode(),  # a NUL byte: taken for binary, and said so
        "undecodable.txt": b"\x81\xff\xfa abc \x80",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "empty_folder").mkdir()
    paths = [tmp_path / name for name in files] + [tmp_path / "missing.txt", tmp_path / "empty_folder"]
    failing = {"nul.txt", "undecodable.txt", "binary.txt", "missing.txt", "empty_folder"}

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    status = main([str(p) for p in paths] + ["--json"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]

    assert status == 1  # something failed, and the exit status says so
    reported = {p.name for p in paths if any(line.startswith(f"cnstats: {p}: ") for line in err.splitlines())}
    assert reported == failing  # each failure is named, with its reason; nothing else is
    processed = [p for p in paths if p.name not in failing]
    summary = err.splitlines()[-1]
    assert summary == (f"cnstats: {len(processed)} files processed, {len(failing)} failed, "
                       f"{len(records)} figures")
    assert len(processed) + len(failing) == len(paths)  # every input counted once
    # every figure of every line of every file that was read is in the output, at its place
    for path in processed:
        text = files[path.name].decode("gb18030" if path.name == "gbk.txt" else "utf-8-sig")
        expected = [(number, f.text, f.start, f.end)
                    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1)
                    for f in extract(line)]
        got = [(r["line"], r["text"], r["start"], r["end"]) for r in records if r["file"] == str(path)]
        assert got == expected, path.name


def test_cli_summary_counts_a_file_that_fails_midway(tmp_path, capsys, monkeypatch):
    """Lines before an extraction failure stay in the output; the file is reported with its line."""
    import io
    import json
    import sys

    from cnstats import cli

    real = cli.extract

    def fragile(text):
        if "炸" in text:
            raise RuntimeError("boom")
        return real(text)

    (tmp_path / "a.txt").write_text("增长5%。\n炸\n增长6%。\n", encoding="utf-8")
    monkeypatch.setattr(cli, "extract", fragile)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    status = cli.main([str(tmp_path / "a.txt"), "--json"])
    out, err = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["5%", "6%"]
    assert f"cnstats: {tmp_path / 'a.txt'}: line 2: extraction failed (RuntimeError: boom)" in err
    assert err.splitlines()[-1].endswith("1 failed, 2 figures")


def test_readme_hardening_example_runs_as_written():
    """The README's "Hardening and fuzzing": its `>>>` block runs as written."""
    import doctest
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Hardening and fuzzing", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert block is not None
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README: Hardening", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 3
