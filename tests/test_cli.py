"""The cnstats command: files, folders, standard input, formats, kinds, encodings, failures."""

import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cnstats
from cnstats import batch, cli
from cnstats.cli import SAMPLE, main

A = ["今年上半年,全县工业投资增长69.9%,排全市第1位;", "", "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。"]
B = ["粮食产量28万吨,增长5.2%;全县耕地面积3万亩。", "实名注册志愿者708万人。"]
FIELDS = ["text", "start", "end", "kind", "value", "upper", "unit", "approx", "indicator", "baseline", "scope",
          "period", "flag"]


class Stdin(io.TextIOWrapper):
    def __init__(self, data: bytes, tty: bool = False):
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self.tty = tty

    def isatty(self):
        return self.tty


@pytest.fixture
def run(capsys, monkeypatch):
    """main(argv) with standard input given as bytes: (exit status, stdout, stderr)."""

    def go(*argv, stdin=b"", tty=False):
        monkeypatch.setattr(sys, "stdin", Stdin(stdin, tty))
        status = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return status, out, err

    return go


@pytest.fixture
def folder(tmp_path):
    """A folder of reports: UTF-8, UTF-8 with BOM and CRLF, GB18030, GBK, one undecodable, one binary."""
    root = tmp_path / "reports"
    (root / "2023" / "q1").mkdir(parents=True)
    (root / "a.txt").write_bytes("\n".join(A).encode("utf-8"))
    (root / "2023" / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(B).encode("utf-8"))
    (root / "2023" / "q1" / "gb.txt").write_bytes("\n".join(B).encode("gb18030"))
    (root / "2023" / "q1" / "gbk.txt").write_bytes("\n".join(A).encode("gbk"))
    (root / "2023" / "bad.txt").write_bytes(b"\xff\xfa\xfb\x81 abc")
    (root / "notes.md").write_text("增长7%", encoding="utf-8")
    (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return root


def records(out):
    return [json.loads(line) for line in out.splitlines()]


def lines_of(path):
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    raise AssertionError(path)


# --------------------------------------------------------------------------------- the basics


def test_no_input_prints_the_sample_table(run):
    status, out, _ = run()
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split() == ["file", "line", "start", "end", "text", "kind", "value", "upper", "unit", "approx",
                              "indicator", "baseline", "scope", "period"]
    assert len(rows) == len(cnstats.extract(SAMPLE)) and all(r.startswith("<sample>") for r in rows)
    assert "69.9%" in out and "growth_rate" in out


def test_a_terminal_on_stdin_is_not_read(run):
    status, out, _ = run(stdin=b"this would block", tty=True)
    assert status == 0 and "<sample>" in out


def test_console_script_with_dev_null():
    """What CI runs: `cnstats </dev/null`."""
    done = subprocess.run([sys.executable, "-m", "cnstats.cli"], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "<sample>" in done.stdout and "45.38亿元" in done.stdout


def test_standard_input_jsonl(run):
    status, out, err = run("--json", stdin="\n".join(A).encode("utf-8"))
    assert status == 0
    got = records(out)
    expected = [(n + 1, f) for n, line in enumerate(A) for f in cnstats.extract(line)]
    assert [(r["line"], r["text"], r["start"]) for r in got] == [(n, f.text, f.start) for n, f in expected]
    assert {r["line"] for r in got} == {1, 3}
    assert all(r["file"] == "<stdin>" for r in got)
    for r in got:
        assert A[r["line"] - 1][r["start"]:r["end"]] == r["text"]
        assert list(r) == ["file", "line", *FIELDS]
    assert err.strip() == f"cnstats: 1 file processed, 0 failed, {len(expected)} figures"


def test_standard_input_in_gb18030_and_dash(run):
    status, out, _ = run("-", "--format", "jsonl", stdin="\n".join(B).encode("gb18030"))
    assert status == 0
    assert [r["text"] for r in records(out)] == [f.text for line in B for f in cnstats.extract(line)]


def test_undecodable_standard_input(run):
    status, out, err = run("--json", stdin=b"\xff\xfa\xfb\x81 abc")
    assert status == 1 and out == ""
    assert "cnstats: <stdin>: not UTF-8" in err and "--encoding" in err


# --------------------------------------------------------------------------------- folders and failures


def test_a_folder_with_mixed_encodings_and_bad_files(run, folder):
    status, out, err = run(folder, "--format", "jsonl")
    assert status == 1
    got = records(out)
    files = sorted({r["file"] for r in got})
    assert files == sorted(str(folder / p) for p in ("a.txt", "2023/bom.txt", "2023/q1/gb.txt", "2023/q1/gbk.txt"))
    for r in got:  # every record points at its text: file, line, offsets
        assert lines_of(r["file"])[r["line"] - 1][r["start"]:r["end"]] == r["text"]
    by_file = {f: [r["text"] for r in got if r["file"] == f] for f in files}
    assert by_file[str(folder / "2023/q1/gbk.txt")] == by_file[str(folder / "a.txt")]
    assert by_file[str(folder / "2023/q1/gb.txt")] == by_file[str(folder / "2023/bom.txt")]
    assert "notes.md" not in out
    err_lines = err.splitlines()
    assert any(line.startswith(f"cnstats: {folder / '2023/bad.txt'}: not UTF-8") for line in err_lines)
    assert any(line.startswith(f"cnstats: {folder / 'picture.txt'}: binary data") for line in err_lines)
    assert err_lines[-1] == f"cnstats: 4 files processed, 2 failed, {len(got)} figures"


def test_walk_order_is_sorted_and_recursive(run, folder):
    _, out, _ = run(folder, "--json", "-q")
    order = list(dict.fromkeys(r["file"] for r in records(out)))
    assert order == [str(folder / p) for p in ("2023/bom.txt", "2023/q1/gb.txt", "2023/q1/gbk.txt", "a.txt")]


def test_glob(run, folder):
    status, out, _ = run(folder, "--glob", "*.md", "--json")
    assert status == 0
    assert [(r["file"], r["text"]) for r in records(out)] == [(str(folder / "notes.md"), "7%")]
    _, out, _ = run(folder, "-g", "*.md", "-g", "gb*.txt", "--json")
    assert {Path(r["file"]).name for r in records(out)} == {"notes.md", "gb.txt", "gbk.txt"}
    _, out, _ = run(folder, "-g", "2023/q1/*.txt", "--json")
    assert {Path(r["file"]).name for r in records(out)} == {"gb.txt", "gbk.txt"}


def test_missing_file_and_empty_folder(run, tmp_path, folder):
    (tmp_path / "empty").mkdir()
    status, out, err = run(tmp_path / "nothing.txt", tmp_path / "empty", folder / "a.txt", "--json")
    assert status == 1
    assert {r["file"] for r in records(out)} == {str(folder / "a.txt")}
    assert f"cnstats: {tmp_path / 'nothing.txt'}: No such file or directory" in err
    assert f"cnstats: {tmp_path / 'empty'}: a folder with no file matching '*.txt'" in err
    assert err.splitlines()[-1].startswith("cnstats: 1 file processed, 2 failed")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_or_broken_link_in_a_folder_is_reported_not_read(run, tmp_path):
    # reading a named pipe found in a folder blocked the command for ever (found by an independent probe)
    root = tmp_path / "d"
    root.mkdir()
    (root / "a.txt").write_text("增长7%", encoding="utf-8")
    os.mkfifo(root / "fifo.txt")
    (root / "gone.txt").symlink_to(root / "missing")
    status, out, err = run(root, "--json")
    assert status == 1 and [r["text"] for r in records(out)] == ["7%"]
    assert f"{root / 'fifo.txt'}: not a regular file" in err
    assert f"{root / 'gone.txt'}: a broken link" in err
    assert err.splitlines()[-1].startswith("cnstats: 1 file processed, 2 failed")


def test_the_table_escapes_control_characters(run, tmp_path):
    # raw control characters of a scraped page reached the terminal (found by an independent probe)
    path = tmp_path / "ctl.txt"
    path.write_text("\x1b[2J贷\x07款增长7%", encoding="utf-8")
    status, out, _ = run(path)
    assert status == 0 and "7%" in out
    assert "\x1b" not in out and "\x07" not in out and "\\x07" in out


def test_a_file_named_explicitly_is_read_whatever_its_name(run, folder):
    status, out, _ = run(folder / "notes.md", "--json")
    assert status == 0 and [r["text"] for r in records(out)] == ["7%"]


def test_explicit_encoding(run, folder):
    status, out, err = run(folder / "2023/q1/gbk.txt", "--encoding", "gbk", "--json")
    assert status == 0 and len(records(out)) == sum(len(cnstats.extract(line)) for line in A)
    status, out, err = run(folder / "2023/q1/gbk.txt", "--encoding", "utf-8", "--json")
    assert status == 1 and out == "" and "not UTF-8" in err
    with pytest.raises(SystemExit) as stop:
        run(folder, "--encoding", "klingon")
    assert stop.value.code == 2


def test_a_failing_line_does_not_sink_the_run(run, folder, monkeypatch):
    real = cli.extract

    def fragile(text):
        if "708万人" in text:
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(cli, "extract", fragile)
    status, out, err = run(folder / "2023/bom.txt", folder / "a.txt", "--json")
    assert status == 1
    assert f"{folder / '2023/bom.txt'}: line 2: extraction failed (RuntimeError: boom)" in err
    assert {r["file"] for r in records(out)} == {str(folder / "2023/bom.txt"), str(folder / "a.txt")}


# --------------------------------------------------------------------------------- formats


def test_csv(run, folder):
    status, out, _ = run(folder / "a.txt", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["file", "line", *FIELDS]
    figures = [(n + 1, f) for n, line in enumerate(A) for f in cnstats.extract(line)]
    assert [(int(r["line"]), r["text"], r["kind"], int(r["start"]), int(r["end"])) for r in rows] == \
        [(n, f.text, f.kind.value, f.start, f.end) for n, f in figures]
    assert rows[0]["upper"] == ""
    assert [float(r["value"]) for r in rows if r["text"] == "4.5亿元"] == [450000000.0]


def test_table(run, folder):
    status, out, _ = run(folder / "a.txt")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.startswith("file") and len(rows) == sum(len(cnstats.extract(line)) for line in A)
    assert all(row.startswith(str(folder / "a.txt")) for row in rows)
    # columns line up in a terminal: each column starts at the same display position in every row
    for column in range(1, 6):
        starts = {cli._width(re.match(rf"(\S+\s+){{{column}}}", row).group(0)) for row in out.splitlines()}
        assert len(starts) == 1, column


def test_table_streams_beyond_its_first_block(run, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "TABLE_BLOCK", 3)
    path = tmp_path / "many.txt"
    path.write_text("\n".join(["增长5%。"] * 10), encoding="utf-8")
    _, out, _ = run(path)
    assert len(out.splitlines()) == 11


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.marks, self.sections = [], [], []
        self.current = None
        self.in_mark = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.sections.append(attrs["data-file"])
        if tag == "p" and "data-line" in attrs:
            self.current = [self.sections[-1], int(attrs["data-line"]), ""]
            self.lines.append(self.current)
        if tag == "mark":
            self.in_mark = True
            self.marks.append([attrs["data-kind"], ""])

    def handle_endtag(self, tag):
        if tag == "p":
            self.current = None
        if tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.current is not None:
            self.current[2] += data
            if self.in_mark:
                self.marks[-1][1] += data


def test_html_page(run, folder, tmp_path):
    target = tmp_path / "out.html"
    status, out, err = run(folder / "a.txt", folder / "2023/q1/gb.txt", "--format", "html", "-o", target)
    assert status == 0 and out == "" and "2 files processed, 0 failed" in err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    parsed = Page()
    parsed.feed(page)
    assert parsed.sections == [str(folder / "a.txt"), str(folder / "2023/q1/gb.txt")]
    assert [(f, n, t) for f, n, t in parsed.lines] == \
        [(str(folder / "a.txt"), n + 1, t) for n, t in enumerate(A)] + \
        [(str(folder / "2023/q1/gb.txt"), n + 1, t) for n, t in enumerate(B)]
    assert [(k, t) for k, t in parsed.marks] == [(f.kind.value, f.text) for line in A + B
                                                 for f in cnstats.extract(line)]


def test_html_escapes(run):
    status, out, _ = run("--format", "html", stdin="<script>x</script> & 增长5%".encode())
    assert status == 0
    assert "<script>x" not in out and "&lt;script&gt;x&lt;/script&gt; &amp; 增长" in out


def test_kinds(run, folder):
    status, out, _ = run(folder / "a.txt", "--kinds", "money,growth_rate", "--json")
    assert status == 0
    kinds = [f.kind.value for line in A for f in cnstats.extract(line)]
    assert [r["kind"] for r in records(out)] == [k for k in kinds if k in ("money", "growth_rate")]
    assert {"ranking", "money", "growth_rate"} <= set(kinds)
    with pytest.raises(SystemExit) as stop:
        run(folder / "a.txt", "--kinds", "money,dollars")
    assert stop.value.code == 2


def test_json_alias_and_conflict(run, folder):
    assert run(folder / "a.txt", "--json")[1] == run(folder / "a.txt", "--format", "jsonl")[1]
    status, _, err = run(folder / "a.txt", "--json", "--format", "csv")
    assert status == 2 and "disagree" in err


def test_workers_give_the_same_output(run, folder):
    one = run(folder, "--json", "-q")
    two = run(folder, "--json", "-q", "--workers", "2")
    assert one == two and one[0] == 1


def test_long_lines_keep_line_offsets(run, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "LINE_LIMIT", 64)
    line = "工业投资增长69.9%,排全市第1位。" * 20
    (tmp_path / "long.txt").write_text(line + "\n增长5%", encoding="utf-8")
    status, out, _ = run(tmp_path / "long.txt", "--json")
    assert status == 0
    got = records(out)
    assert [(r["line"], r["start"], r["text"]) for r in got] == \
        [(1, f.start, f.text) for f in cnstats.extract(line)] + [(2, 2, "5%")]


def test_quiet(run, folder):
    status, _, err = run(folder / "a.txt", "-q")
    assert status == 0 and err == ""


# --------------------------------------------------------------------------------- progress


def test_progress_forced(run, folder):
    status, _, err = run(folder, "--progress", "--json")
    assert status == 1
    total = sum(p.stat().st_size for p in folder.rglob("*.txt"))  # the bar counts bytes over every file
    assert f"cnstats:   0%|          | 0.00/{total}" in err
    count = 2 * sum(len(cnstats.extract(line)) for line in A + B)
    assert err.splitlines()[-1].endswith(f"cnstats: 4 files processed, 2 failed, {count} figures")


def test_no_progress_bar_unless_stderr_is_a_terminal(run, folder):
    assert cli._progress_bar(None, False, 10**9, True) is None  # stderr is captured: not a terminal
    assert cli._progress_bar(False, False, 10**9, True) is None
    assert cli._progress_bar(True, True, 10**9, True) is None  # --quiet wins


def test_progress_needs_tqdm(run, folder, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    status, _, err = run(folder / "a.txt", "--progress")
    assert status == 2 and "pip install 'cnstats[progress]'" in err
    assert run(folder / "a.txt")[0] == 0  # without --progress, no tqdm is needed


# --------------------------------------------------------------------------------- the rest


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for needle in ("examples:", "--format", "--kinds", "--encoding", "--glob", "GB18030", "exit status",
                   "cnstats reports/", "cnstats fixtures"):
        assert needle in text


def test_fixtures_are_delegated(capsys, monkeypatch):
    calls = []
    fake = type(sys)("cnstats.cli_fixtures")
    fake.main = lambda argv: calls.append(argv) or 7
    monkeypatch.setitem(sys.modules, "cnstats.cli_fixtures", fake)
    monkeypatch.setattr(cnstats, "cli_fixtures", fake, raising=False)
    assert main(["fixtures", "check", "x"]) == 7
    assert calls == [["check", "x"]]


def test_fixtures_missing_is_a_clear_error(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "cnstats.cli_fixtures", None)
    monkeypatch.delattr(cnstats, "cli_fixtures", raising=False)
    assert main(["fixtures", "check"]) == 2
    assert "cnstats.cli_fixtures is missing" in capsys.readouterr().err


def test_output_that_cannot_be_written(run, folder, tmp_path):
    status, _, err = run(folder / "a.txt", "-o", tmp_path / "no" / "such" / "dir.csv")
    assert status == 2 and "cannot write" in err


def test_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("\n".join(A * 3000), encoding="utf-8")
    script = "import sys; from cnstats.cli import main; sys.exit(main())"
    process = subprocess.Popen([sys.executable, "-c", script, str(path), "--json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(timeout=300)
    assert json.loads(first)["text"] == "69.9%"
    assert "Traceback" not in err


def test_a_pipe_given_as_a_path(run, tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as writer:
            writer.write("\n".join(B).encode("gb18030"))

    feeder = threading.Thread(target=feed)
    feeder.start()
    status, out, _ = run(fifo, "--json")
    feeder.join(timeout=60)
    assert status == 0
    assert [r["text"] for r in records(out)] == [f.text for line in B for f in cnstats.extract(line)]
