"""Regression suites as a feature: the fixture format and schema, `cnstats fixtures record|check`, and
`cnstats.testing`, exercised the way a user would, on paragraphs written here."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnstats import cli_fixtures, extract
from cnstats.fixtures import (
    FIELDS,
    SCHEMA_KEYWORDS,
    Change,
    FixtureError,
    compare,
    dumps,
    figure_record,
    load,
    record,
    schema,
    validate,
)
from cnstats.record import CONTRACT_FIELDS
from cnstats.testing import assert_figures, assert_paragraph, fixture_cases

PROJECT_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "paragraphs"

REPORT = """\
今年上半年,全县工业投资增长69.9%,比上半年预期目标高38.91个百分点,排全市第1位。

　　民营企业贷款余额130.96亿元,比年初增4.5亿元,增长11%。
全省组建志愿服务组织3.3万余个,实名注册志愿者708万人。
"""
NEWS = "全市粮食总产量28万吨,同比下降2.5%,播种面积1500亩。\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_fixtures.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def suite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two text files recorded into tmp_path/suite, as a user would."""
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    code, _, err = run(capsys, "record", str(tmp_path / "report.txt"), str(tmp_path / "news.txt"),
                         "--into", str(tmp_path / "suite"))
    assert code == 0, err
    return tmp_path / "suite"


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(dumps(document), encoding="utf-8")


def first_of_kind(document: dict, kind: str) -> dict:  # type: ignore[type-arg]
    return next(f for p in document["paragraphs"] for f in p["figures"] if f["kind"] == kind)


# --- the format and its schema -------------------------------------------------------------------------


def test_schema_ships_in_the_package_and_is_a_valid_json_schema():
    document = schema()
    jsonschema.Draft202012Validator.check_schema(document)
    assert document is not schema()  # a fresh copy: callers may change theirs


def test_schema_uses_only_keywords_the_builtin_validator_understands():
    def keywords(node, inside_properties=False):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            for key, value in node.items():
                if not inside_properties:
                    yield key
                yield from keywords(value, inside_properties=key in ("properties", "$defs") and not inside_properties)
        elif isinstance(node, list):
            for item in node:
                yield from keywords(item)

    assert set(keywords(schema())) <= SCHEMA_KEYWORDS


def test_the_schema_knows_every_kind_and_every_figure_field():
    figure = schema()["$defs"]["figure"]
    from cnstats import Kind

    assert set(figure["properties"]["kind"]["enum"]) == {k.value for k in Kind}
    assert set(FIELDS) <= set(figure["properties"])


def test_project_fixtures_follow_the_schema():
    validator = jsonschema.Draft202012Validator(schema())
    files = sorted(PROJECT_FIXTURES.glob("*.json"))
    assert files
    for file in files:
        document = json.loads(file.read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(document)), file
        assert validate(document, str(file)) == []
    assert len(load(PROJECT_FIXTURES)) == sum(len(json.loads(f.read_text(encoding="utf-8"))["paragraphs"])
                                              for f in files)


GOOD = {"paragraphs": [{"id": "a", "text": "增长6.2%", "figures": [
    {"text": "6.2%", "start": 2, "end": 6, "kind": "growth_rate", "value": 6.2, "added_in_a_later_version": 1}]}]}


def broken(change):  # type: ignore[no-untyped-def]
    document = json.loads(json.dumps(GOOD))
    change(document)
    return document


MALFORMED = {
    "not an object": [],
    "no paragraphs": {"theme": "x"},
    "unknown top-level key": broken(lambda d: d.update(paragraph=[])),
    "paragraph without id": broken(lambda d: d["paragraphs"][0].pop("id")),
    "empty id": broken(lambda d: d["paragraphs"][0].update(id="")),
    "misspelt figures": broken(lambda d: d["paragraphs"][0].update(figuers=d["paragraphs"][0].pop("figures"))),
    "unknown kind": broken(lambda d: d["paragraphs"][0]["figures"][0].update(kind="grwoth_rate")),
    "value as a string": broken(lambda d: d["paragraphs"][0]["figures"][0].update(value="6.2")),
    "start as a float": broken(lambda d: d["paragraphs"][0]["figures"][0].update(start=2.5)),
    "negative start": broken(lambda d: d["paragraphs"][0]["figures"][0].update(start=-1)),
    "figure without end": broken(lambda d: d["paragraphs"][0]["figures"][0].pop("end")),
    "unknown approx": broken(lambda d: d["paragraphs"][0]["figures"][0].update(approx="roughly")),
    "non-figure with unknown key": broken(lambda d: d["paragraphs"][0].update(
        non_figures=[{"text": "增", "start": 0, "end": 1, "reason": "x"}])),
}


@pytest.mark.parametrize("document", MALFORMED.values(), ids=MALFORMED.keys())
def test_builtin_validation_and_the_schema_agree_on_malformed_documents(document):
    assert list(jsonschema.Draft202012Validator(schema()).iter_errors(document))
    assert validate(document, "x.json")


def test_a_well_formed_document_passes_both_and_may_carry_fields_of_later_versions():
    jsonschema.validate(GOOD, schema())
    assert validate(GOOD) == []


def write(path: Path, document) -> Path:  # type: ignore[no-untyped-def]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(path: Path) -> str:
    with pytest.raises(FixtureError) as caught:
        load(path)
    return str(caught.value)


def test_a_span_that_does_not_match_its_paragraph_is_named_with_file_paragraph_and_place(tmp_path):
    file = write(tmp_path / "mine.json", broken(lambda d: d["paragraphs"][0]["figures"][0].update(start=3)))
    message = problems_of(file)
    assert str(file) in message
    assert "paragraph 'a'" in message
    assert "figures[0] '6.2%'" in message
    assert "text[3:6] is '.2%', not the record's '6.2%'" in message
    assert "[2:6]" in message  # where the text really is


def test_structure_problems_name_the_paragraph_and_the_field(tmp_path):
    file = write(tmp_path / "mine.json", MALFORMED["unknown kind"])
    message = problems_of(file)
    assert "paragraph 'a': figures[0] '6.2%': kind \"grwoth_rate\" is not one of money," in message
    message = problems_of(write(tmp_path / "mine.json", MALFORMED["misspelt figures"]))
    assert "'figures' is missing" in message and "unknown key 'figuers'" in message


def test_every_problem_of_a_folder_is_reported_at_once(tmp_path):
    write(tmp_path / "a.json", MALFORMED["unknown kind"])
    (tmp_path / "b.json").write_text('{"paragraphs": [\n  {"id": "x",}]}', encoding="utf-8")
    write(tmp_path / "c.json", broken(lambda d: d["paragraphs"][0]["figures"].append(
        dict(d["paragraphs"][0]["figures"][0]))))
    with pytest.raises(FixtureError) as caught:
        load(tmp_path)
    assert [Path(p.path).name for p in caught.value.problems] == ["a.json", "b.json", "c.json"]
    text = str(caught.value)
    assert "not valid JSON" in text and "line 2" in text
    assert "repeats figures[0] [2:6]" in text


def test_overlapping_figures_and_non_figures_over_figures_are_rejected(tmp_path):
    overlapping = broken(lambda d: d["paragraphs"][0]["figures"].append({"text": "2%", "start": 4, "end": 6}))
    assert "overlaps figures[0]" in problems_of(write(tmp_path / "a.json", overlapping))
    both = broken(lambda d: d["paragraphs"][0].update(non_figures=[{"text": "6.2", "start": 2, "end": 5}]))
    assert "either a figure or a non-figure" in problems_of(write(tmp_path / "a.json", both))


def test_ids_must_be_unique_across_the_suite(tmp_path):
    write(tmp_path / "a.json", GOOD)
    write(tmp_path / "b.json", GOOD)
    message = problems_of(tmp_path)
    assert "id 'a' is used again" in message and str(tmp_path / "a.json") in message
    twice = broken(lambda d: d["paragraphs"].append(d["paragraphs"][0]))
    assert "already used by an earlier paragraph" in problems_of(write(tmp_path / "a.json", twice))


def test_a_missing_path_or_an_empty_folder_is_an_error_not_an_empty_suite(tmp_path):
    assert "no such file or folder" in problems_of(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    assert "no fixture files" in problems_of(tmp_path / "empty")
    with pytest.raises(FixtureError):
        fixture_cases(tmp_path / "empty")


# --- record ------------------------------------------------------------------------------------------


def test_record_writes_one_file_per_input_with_what_extract_finds_now(suite):
    assert sorted(p.name for p in suite.iterdir()) == ["news.json", "report.json"]
    document = json.loads((suite / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema())
    lines = [line.strip() for line in REPORT.splitlines()]
    assert [p["text"] for p in document["paragraphs"]] == [line for line in lines if line]
    assert [p["source"].rsplit(":", 1)[1] for p in document["paragraphs"]] == ["1", "3", "4"]
    assert len({p["id"] for p in document["paragraphs"]}) == 3
    for paragraph in document["paragraphs"]:
        found = extract(paragraph["text"])
        assert found, paragraph["text"]
        assert paragraph["figures"] == [figure_record(f) for f in found]
        assert all(tuple(f) == CONTRACT_FIELDS for f in paragraph["figures"])
        assert paragraph["non_figures"] == []


def test_record_does_not_overwrite_reviewed_fixtures_unless_forced(suite, tmp_path, capsys):
    before = (suite / "news.json").read_text(encoding="utf-8")
    code, _, err = run(capsys, "record", str(tmp_path / "news.txt"), "--into", str(suite))
    assert code == 2 and "exists" in err and "--force" in err
    assert (suite / "news.json").read_text(encoding="utf-8") == before
    code, _, _ = run(capsys, "record", str(tmp_path / "news.txt"), "--into", str(suite), "--force")
    assert code == 0


def test_record_refuses_two_inputs_that_would_share_a_fixture_file(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(NEWS, encoding="utf-8")
    code, _, err = run(capsys, "record", str(tmp_path / "a/report.txt"), str(tmp_path / "b/report.txt"),
                         "--into", str(tmp_path / "suite"))
    assert code == 2 and "both" in err
    assert not (tmp_path / "suite").exists()


def test_record_with_chosen_fields(tmp_path, capsys):
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    code, _, _ = run(capsys, "record", str(tmp_path / "news.txt"), "--into", str(tmp_path), "--fields", "value,unit")
    assert code == 0
    figures = json.loads((tmp_path / "news.json").read_text(encoding="utf-8"))["paragraphs"][0]["figures"]
    assert figures and all(tuple(f) == ("text", "start", "end", "value", "unit") for f in figures)


# --- check -------------------------------------------------------------------------------------------


def test_record_then_check_passes(suite, capsys):
    code, out, err = run(capsys, "check", str(suite))
    assert code == 0, out + err
    assert "FAIL" not in out
    paragraphs = load(suite)
    assert f"{len(paragraphs)} paragraphs, {sum(len(p.figures) for p in paragraphs)} expected figures" in out
    assert f"{len(paragraphs)} passed, 0 failed" in out


def test_an_edited_value_fails_with_a_diff_and_restoring_it_passes(suite, capsys):
    file = suite / "report.json"
    original = file.read_text(encoding="utf-8")
    money = first_of_kind(json.loads(original), "money")
    edit(file, lambda d: first_of_kind(d, "money").update(value=money["value"] / 10))

    code, out, _ = run(capsys, "check", str(suite))
    assert code == 1
    line = str(Change(money["text"], money["start"], money["end"], "value", money["value"] / 10, money["value"]))
    assert line in out.splitlines()
    assert "FAIL " in out and str(file) in out
    assert "0 failed" not in out and "differences: 1 changed (value 1)" in out

    file.write_text(original, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(suite))
    assert code == 0 and "FAIL" not in out


def test_values_in_the_diff_are_compact():
    assert str(Change("130.96亿元", 8, 16, "value", 13096000000.0, 1309600000.0)) == \
        "  ~ 130.96亿元 [8:16] value 1.3096e10 -> 1.3096e9"
    assert str(Change("69.9%", 14, 19, "value", 69.9, 6.0)) == "  ~ 69.9% [14:19] value 69.9 -> 6"
    assert str(Change("第1位", 0, 3, "scope", "全市", None)) == '  ~ 第1位 [0:3] scope "全市" -> null'


def test_the_summary_counts_differences_by_kind_of_change(suite, capsys):
    file = suite / "report.json"

    def damage(document):  # type: ignore[no-untyped-def]
        first, second = document["paragraphs"][0], document["paragraphs"][1]
        first["figures"].pop()                                   # found but no longer expected: unexpected
        text = second["text"]
        second["figures"].append({"text": text[0], "start": 0, "end": 1, "kind": "count"})  # missing
        second["figures"][0]["kind"] = "ratio" if second["figures"][0]["kind"] != "ratio" else "share"
        second["figures"][1]["value"] = -1.5

    edit(file, damage)
    code, out, _ = run(capsys, "check", str(suite))
    assert code == 1
    assert "differences: 1 missing, 1 unexpected, 2 changed (kind 1, value 1)" in out
    assert sum(line.startswith("  - missing ") for line in out.splitlines()) == 1
    assert sum(line.startswith("  + unexpected ") for line in out.splitlines()) == 1
    assert out.count("FAIL ") == 2


def test_fields_limits_what_is_compared(suite, capsys):
    edit(suite / "news.json", lambda d: d["paragraphs"][0]["figures"][0].update(indicator="something else"))
    code, out, _ = run(capsys, "check", str(suite))
    assert code == 1 and 'indicator "something else" -> ' in out
    code, out, _ = run(capsys, "check", str(suite), "--fields", "value,kind,unit")
    assert code == 0, out
    assert "compared value, kind, unit" in out
    code, out, _ = run(capsys, "check", str(suite), "--fields", "value,indicator")
    assert code == 1


def test_an_unknown_field_is_a_usage_error(suite, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_fixtures.main(["check", str(suite), "--fields", "value,valeu"])
    assert exit_.value.code == 2
    assert "unknown field 'valeu'" in capsys.readouterr().err


def test_tolerance_for_values(suite, capsys):
    file = suite / "news.json"
    value = json.loads(file.read_text(encoding="utf-8"))["paragraphs"][0]["figures"][0]["value"]
    edit(file, lambda d: d["paragraphs"][0]["figures"][0].update(value=value * (1 + 1e-7)))
    assert run(capsys, "check", str(suite))[0] == 1
    assert run(capsys, "check", str(suite), "--tolerance", "1e-6")[0] == 0
    assert run(capsys, "check", str(suite), "--tolerance", "1e-8")[0] == 1
    with pytest.raises(SystemExit):
        cli_fixtures.main(["check", str(suite), "--tolerance", "-1"])


def test_fields_an_expected_record_leaves_out_or_only_the_output_has_are_not_compared(tmp_path, capsys):
    text = NEWS.strip()
    found = extract(text)
    figures = [{"text": f.text, "start": f.start, "end": f.end, "value": f.value} for f in found]
    figures[0]["a_field_of_a_later_version"] = "anything"
    write(tmp_path / "lean.json", {"paragraphs": [{"id": "lean", "text": text, "figures": figures}]})
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0, out


def test_expected_integers_match_float_values():
    found = extract(NEWS.strip())
    whole = next(f for f in found if f.value is not None and f.value.is_integer())
    assert not compare([{"text": whole.text, "start": whole.start, "end": whole.end, "value": int(whole.value)}],
                       [whole])


def test_a_reported_non_figure_is_marked_in_the_diff(tmp_path, capsys):
    text = NEWS.strip()
    figure = extract(text)[0]
    others = [figure_record(f) for f in extract(text)[1:]]
    non_figure = {"text": figure.text, "start": figure.start, "end": figure.end, "why": "code"}
    write(tmp_path / "nf.json", {"paragraphs": [{"id": "nf", "text": text, "figures": others,
                                                 "non_figures": [non_figure]}]})
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1
    assert f"  + unexpected {figure.text} [{figure.start}:{figure.end}]" in out
    assert "(marked a non-figure: code)" in out


def test_jsonl_gives_one_object_per_paragraph_and_a_summary(suite, capsys):
    money = first_of_kind(json.loads((suite / "report.json").read_text(encoding="utf-8")), "money")
    edit(suite / "report.json", lambda d: first_of_kind(d, "money").update(value=1.0))
    code, out, _ = run(capsys, "check", str(suite), "--format", "jsonl")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    paragraphs, summary = rows[:-1], rows[-1]
    assert len(paragraphs) == len(load(suite)) and {r["type"] for r in paragraphs} == {"paragraph"}
    failed = [r for r in paragraphs if r["status"] == "fail"]
    assert len(failed) == 1
    assert failed[0]["changed"] == [{"text": money["text"], "start": money["start"], "end": money["end"],
                                     "field": "value", "expected": 1.0, "actual": money["value"]}]
    assert summary["type"] == "summary" and summary["failed"] == 1 and summary["errors"] == 0
    assert summary["passed"] == len(paragraphs) - 1 and summary["differences"] == {"changed value": 1}


def test_check_on_a_malformed_fixture_exits_2_with_the_problem(suite, capsys):
    edit(suite / "news.json", lambda d: d["paragraphs"][0]["figures"][0].update(start=0))
    code, out, err = run(capsys, "check", str(suite))
    assert code == 2
    assert str(suite / "news.json") in err and "paragraph 'news-001'" in err and "text[0:" in err
    code, out, err = run(capsys, "check", str(suite), "--format", "jsonl")
    assert code == 2 and json.loads(out)["type"] == "error"


def test_a_paragraph_that_breaks_extract_is_reported_and_the_others_still_run(suite, capsys, monkeypatch):
    module = importlib.import_module("cnstats.extract")  # the module, not the function cnstats exports
    real = module.extract

    def fragile(text: str):  # type: ignore[no-untyped-def]
        if "志愿" in text:
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(module, "extract", fragile)
    code, out, _ = run(capsys, "check", str(suite))
    assert code == 1
    assert "ERROR report-004" in out and "RuntimeError: boom" in out and ", 1 errors" in out


# --- cnstats.testing ---------------------------------------------------------------------------------


def test_fixture_cases_are_pytest_params_named_by_paragraph_id(suite):
    cases = fixture_cases(suite)
    assert [c.id for c in cases] == [p.id for p in load(suite)]
    assert all(len(c.values) == 1 and c.values[0].id == c.id for c in cases)


def test_assert_paragraph_fails_with_the_diff_check_prints(suite, capsys):
    money = first_of_kind(json.loads((suite / "report.json").read_text(encoding="utf-8")), "money")
    edit(suite / "report.json", lambda d: first_of_kind(d, "money").update(value=1.0))
    paragraph = next(p for p in load(suite) if money in [dict(f, value=money["value"]) for f in p.figures])
    with pytest.raises(AssertionError) as caught:
        assert_paragraph(paragraph)
    _, out, _ = run(capsys, "check", str(suite))
    assert str(caught.value) in out
    assert str(caught.value).startswith(f"FAIL {paragraph.id}")
    assert_paragraph(paragraph, fields=("kind", "unit"))  # value not compared


def test_assert_figures_fails_with_the_same_diff_lines(suite, capsys):
    text = NEWS.strip()
    expected = [figure_record(f) for f in extract(text)]
    assert_figures(text, expected)
    expected[0]["value"] = expected[0]["value"] * 10
    del expected[1]
    with pytest.raises(AssertionError) as caught:
        assert_figures(text, expected)
    message = str(caught.value)
    assert message.startswith("figures differ from the expected ones (2 differences)")
    assert f"  ~ {expected[0]['text']} [{expected[0]['start']}:{expected[0]['end']}] value " in message
    assert "  + unexpected " in message
    # the lines are the ones `check` prints for the same paragraph
    write(suite / "news.json", {"paragraphs": [{"id": "n", "text": text, "figures": expected}]})
    _, out, _ = run(capsys, "check", str(suite / "news.json"))
    assert all(line in out.splitlines() for line in message.splitlines()[2:])


def test_assert_figures_with_fields_and_tolerance():
    text = NEWS.strip()
    expected = [figure_record(f) for f in extract(text)]
    nudged = [dict(r, value=r["value"] * (1 + 1e-7), indicator="不同") for r in expected]
    with pytest.raises(AssertionError, match="value"):
        assert_figures(text, nudged, fields=("value",))
    assert_figures(text, nudged, fields=("value",), tolerance=1e-6)
    assert_figures(text, nudged, fields=("kind", "unit"))
    with pytest.raises(ValueError, match="unknown field"):
        assert_figures(text, expected, fields=("valeu",))


def test_a_users_pytest_suite_shows_the_diff_and_passes_once_restored(suite, tmp_path):
    """As a user would: a test module over their fixture folder, run by pytest itself."""
    module = tmp_path / "test_mine.py"
    module.write_text(textwrap.dedent(f"""
        import pytest
        from cnstats.testing import assert_paragraph, fixture_cases

        @pytest.mark.parametrize("paragraph", fixture_cases({str(suite)!r}))
        def test_paragraph(paragraph):
            assert_paragraph(paragraph)
    """), encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
               str(module)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    file = suite / "report.json"
    original = file.read_text(encoding="utf-8")
    money = first_of_kind(json.loads(original), "money")
    edit(file, lambda d: first_of_kind(d, "money").update(value=money["value"] / 10))

    failing = subprocess.run(command, check=False, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert f"~ {money['text']} [{money['start']}:{money['end']}] value " in failing.stdout
    assert "1 failed" in failing.stdout

    file.write_text(original, encoding="utf-8")
    passing = subprocess.run(command, check=False, capture_output=True, text=True, cwd=tmp_path, env=env)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert f"{len(load(suite))} passed" in passing.stdout


# --- a property: whatever is recorded checks clean -----------------------------------------------------

PIECES = ["增长", "下降", "同比", "全市", "排", "第", "位", "占", "的", "亿元", "万人", "个", "%", "吨",
          "约", "近", "余", "收入", "企业", ",", "。", "1", "2", "3.5", "69.9", "708", "十二", "三成",
          "百分之五", "2023年", "　"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), max_size=4))
def test_recorded_fixtures_always_validate_and_check_clean(lines):
    document = json.loads(dumps(record(lines, "prop", source="prop.txt")))
    assert validate(document) == []
    jsonschema.validate(document, schema())
    for item in document["paragraphs"]:
        assert_figures(item["text"], item["figures"], non_figures=item["non_figures"])


def test_the_readme_example_is_a_valid_fixture(tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Keep a regression suite of your own paragraphs", 1)[1].split("\n## ", 1)[0]
    example = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    jsonschema.validate(example, schema())
    assert validate(example) == []
    assert [p.id for p in load(write(tmp_path / "example.json", example))] == ["communique-001"]


def test_record_writes_nothing_when_an_input_cannot_be_read(tmp_path, capsys):
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    code, _, err = run(capsys, "record", str(tmp_path / "news.txt"), str(tmp_path / "missing.txt"),
                       "--into", str(tmp_path / "suite"))
    assert code == 2 and "missing.txt" in err
    assert not (tmp_path / "suite").exists()


def test_record_reads_standard_input(tmp_path, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(NEWS))
    code, _, _ = run(capsys, "record", "-", "--into", str(tmp_path))
    assert code == 0
    [paragraph] = load(tmp_path / "stdin.json")
    assert paragraph.text == NEWS.strip() and paragraph.source == "<stdin>:1"
    assert paragraph.figures == [figure_record(f) for f in extract(NEWS.strip())]


def test_python_dash_m_runs_the_command(suite):
    done = subprocess.run([sys.executable, "-m", "cnstats.cli_fixtures", "check", str(suite)], check=False,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 failed" in done.stdout


def test_the_scenario_through_the_cnstats_command(tmp_path):
    """As a new user would, through `cnstats fixtures …`: record, check, break one value, check, restore."""
    script = Path(sys.executable).with_name("cnstats")
    cnstats = [str(script)] if script.exists() else [sys.executable, "-m", "cnstats.cli"]

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cnstats, "fixtures", *argv], check=False, capture_output=True, text=True,
                              cwd=tmp_path)

    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    recorded = cli("record", "report.txt", "--into", "suite")
    assert recorded.returncode == 0, recorded.stderr
    assert "wrote suite/report.json" in recorded.stdout.replace("\\", "/")
    assert cli("check", "suite").returncode == 0

    file = tmp_path / "suite" / "report.json"
    original = file.read_text(encoding="utf-8")
    money = first_of_kind(json.loads(original), "money")
    edit(file, lambda d: first_of_kind(d, "money").update(value=money["value"] / 10))
    failed = cli("check", "suite")
    assert failed.returncode == 1
    line = str(Change(money["text"], money["start"], money["end"], "value", money["value"] / 10, money["value"]))
    assert line in failed.stdout.splitlines()
    assert "differences: 1 changed (value 1)" in failed.stdout

    file.write_text(original, encoding="utf-8")
    assert cli("check", "suite").returncode == 0
