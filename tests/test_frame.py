"""cnstats.to_frame and cnstats.extract_frame: one row per figure, columns and dtypes as documented."""

import dataclasses
import sys

import numpy as np
import pandas as pd
import pytest

import cnstats
from cnstats import Figure, Kind
from cnstats.frame import columns, extract_frame, to_frame

A = "今年上半年,全县工业投资增长69.9%,排全市第1位。"
B = "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%;全县耕地面积3万亩。"
FIELDS = [f.name for f in dataclasses.fields(Figure)]


def is_string(dtype):
    return pd.api.types.is_string_dtype(dtype) or dtype == object


def check_dtypes(df):
    assert df["start"].dtype == np.int64 and df["end"].dtype == np.int64
    assert df["value"].dtype == np.float64 and df["upper"].dtype == np.float64
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert list(df["kind"].cat.categories) == [k.value for k in Kind]
    for name in ("text", "unit", "approx", "indicator", "baseline", "scope", "period", "flag"):
        assert is_string(df[name].dtype), name


def test_extract_frame_from_a_mapping():
    df = extract_frame({"a": A, "b": B})
    assert list(df.columns) == ["source", *FIELDS] == list(columns())
    expected = [("a", f) for f in cnstats.extract(A)] + [("b", f) for f in cnstats.extract(B)]
    assert len(df) == len(expected)
    assert list(df["source"]) == [s for s, _ in expected]
    assert list(df["text"]) == [f.text for _, f in expected]
    assert list(df["kind"]) == [f.kind.value for _, f in expected]
    assert list(df["start"]) == [f.start for _, f in expected]
    check_dtypes(df)
    money = df[df["kind"] == "money"]
    assert list(money["value"]) == [4538000000.0, 450000000.0]
    assert list(money["unit"]) == ["元", "元"]
    assert df["upper"].isna().all()


def test_extract_frame_from_a_list_uses_positions():
    df = extract_frame([A, B])
    assert set(df["source"]) == {0, 1}
    assert df["source"].dtype == np.int64
    assert list(df.index) == list(range(len(df)))


def test_extract_frame_from_a_series_uses_its_labels():
    texts = pd.Series([A, None, B, np.nan], index=["r1", "r2", "r3", "r4"], name="text")
    df = extract_frame(texts)
    assert set(df["source"]) == {"r1", "r3"}  # missing texts have no figures
    assert len(df) == len(cnstats.extract(A)) + len(cnstats.extract(B))
    check_dtypes(df)


def test_duplicate_labels_are_kept():
    df = extract_frame(pd.Series([A, A], index=["x", "x"]))
    assert list(df["source"]) == ["x"] * (2 * len(cnstats.extract(A)))


def test_joins_back_to_the_texts():
    reports = pd.DataFrame({"city": ["甲", "乙"], "text": [A, B]}, index=[10, 20])
    figures = extract_frame(reports["text"])
    joined = figures.join(reports[["city"]], on="source")
    assert set(joined["city"]) == {"甲", "乙"}
    assert (joined.groupby("city")["text"].count() > 0).all()


def test_empty_frame_has_every_column_and_dtype():
    df = extract_frame(["没有数字。"])
    assert len(df) == 0
    assert list(df.columns) == ["source", *FIELDS]
    check_dtypes(df)
    assert df["kind"].value_counts().to_dict() == {k.value: 0 for k in Kind}


def test_kind_counts_include_every_kind():
    counts = extract_frame([A, B])["kind"].value_counts()
    assert set(counts.index) == {k.value for k in Kind}
    assert counts["number"] == 0 and counts["money"] == 2


def test_missing_values_are_nan_and_none_fields_missing():
    df = to_frame(cnstats.extract(A))
    ranking = df[df["kind"] == "ranking"].iloc[0]
    assert ranking["value"] == 1.0 and pd.isna(ranking["unit"]) and ranking["scope"] == "全市"
    unreadable = Figure(text="x", start=0, end=1, kind=Kind.NUMBER, value=None, flag="unreadable number")
    row = to_frame([unreadable]).iloc[0]
    assert np.isnan(row["value"]) and row["flag"] == "unreadable number"


def test_to_frame_sources():
    figures = cnstats.extract(A)
    assert "source" not in to_frame(figures).columns
    assert list(to_frame(figures).columns) == FIELDS
    assert set(to_frame(figures, source="doc-1")["source"]) == {"doc-1"}
    by_id = to_frame({"a": cnstats.extract(A), "b": cnstats.extract(B)})
    assert by_id.columns[0] == "source" and set(by_id["source"]) == {"a", "b"}
    check_dtypes(to_frame(figures))


def test_to_frame_from_extract_many_results():
    results = list(cnstats.extract_many({"a": A, "b": B, "c": None}))
    df = to_frame({r.source: r.figures for r in results})
    assert df.equals(extract_frame({"a": A, "b": B}))
    assert to_frame(results).equals(df)  # the results themselves, errors having no rows
    assert to_frame(cnstats.extract_many(pd.Series([A, A], index=["x", "x"]), workers=2)).equals(
        extract_frame(pd.Series([A, A], index=["x", "x"])))


def test_extract_frame_with_workers_matches():
    texts = [A, B, None] * 5
    assert extract_frame(texts, workers=2).equals(extract_frame(texts))


def test_new_record_fields_become_columns(monkeypatch):
    from cnstats import frame

    @dataclasses.dataclass(frozen=True, slots=True)
    class Wider(Figure):  # the record grown by one field, as the lead may grow it
        confidence: float | None = None
        sentence: int = 0

    monkeypatch.setattr(frame, "Figure", Wider)
    frame._field_types.cache_clear()
    try:
        df = to_frame([Wider(text="5%", start=2, end=4, kind=Kind.GROWTH_RATE, value=5.0, confidence=0.9,
                             sentence=3)], source="a")
        assert list(df.columns) == ["source", *FIELDS, "confidence", "sentence"]
        assert df["confidence"].dtype == np.float64 and df["sentence"].dtype == np.int64
        assert df.loc[0, "confidence"] == 0.9
    finally:
        frame._field_types.cache_clear()


def test_bad_inputs_are_clear_errors():
    with pytest.raises(TypeError, match="text 1 is a bytes, not a str"):
        extract_frame([A, b"\xe5"])
    with pytest.raises(TypeError, match="not one"):
        extract_frame(A)
    with pytest.raises(TypeError, match="DataFrame"):
        extract_frame(pd.DataFrame({"text": [A]}))
    with pytest.raises(TypeError, match="Figure"):
        to_frame(["69.9%"])
    with pytest.raises(TypeError, match="text 'k' is a int"):
        extract_frame({"k": 5}, workers=2)


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'cnstats\[pandas\]'"):
        cnstats.to_frame([])
    with pytest.raises(ImportError, match=r"pip install 'cnstats\[pandas\]'"):
        cnstats.extract_frame([A])


def test_module_examples():
    import doctest

    from cnstats import batch, display, frame, units

    for module in (frame, batch, display, units):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0, module.__name__


def test_readme_where_you_work_examples(tmp_path, monkeypatch):
    """The README's tour runs as written: every `>>>` line of its Python blocks, output compared."""
    import doctest
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Where you work", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 3
    (tmp_path / "report.txt").write_bytes("粮食产量28万吨,增长5.2%。".encode("gb18030"))
    monkeypatch.chdir(tmp_path)
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    test = parser.get_doctest("\n".join(blocks), {}, "README: Where you work", "README.md", 0)
    assert len(test.examples) >= 10
    assert runner.run(test, clear_globs=False).failed == 0
    assert test.globs["rows"] == [(1, "28万吨"), (1, "5.2%")]
