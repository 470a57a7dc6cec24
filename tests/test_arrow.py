"""cnstats.arrow: one declared schema; Arrow tables and Parquet files in and out; the command's --format parquet."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from engine_cases import ROOT, corpus, expected_rows

import cnstats
from cnstats.record import Figure

A = "今年上半年,全县工业投资增长69.9%,排全市第1位。"
B = "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。"




def test_schema_is_source_every_record_field_and_error() -> None:
    schema = cnstats.arrow_schema()
    assert schema.names == ["source", *(f.name for f in dataclasses.fields(Figure)), "error"]
    types = dict(zip(schema.names, schema.types))
    assert types["source"] == types["text"] == types["kind"] == types["unit"] == types["error"] == pa.string()
    assert types["start"] == types["end"] == pa.int64()
    assert types["value"] == types["upper"] == pa.float64()
    assert all(field.nullable for field in schema)
    assert cnstats.arrow_schema() is schema  # declared once


def test_import_cnstats_stays_light() -> None:
    code = ("import sys, cnstats; cnstats.arrow_schema; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyarrow', 'pandas', 'dask', 'pyspark'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_arrow_matches_extract_text_by_text() -> None:
    texts = corpus()[:300]
    ids = [f"p{i}" for i in range(len(texts))]
    table = cnstats.extract_arrow(pa.table({"id": ids, "text": texts}), text_column="text", id_column="id")
    assert table.schema.equals(cnstats.arrow_schema())
    assert table.to_pylist() == expected_rows(list(zip(ids, texts)))
    assert table.num_rows > 1000


def test_extract_arrow_empty_missing_and_malformed() -> None:
    table = pa.table({"id": [1, 2, 3, 4, 5], "text": [A, None, "", "   ", "没有数字。"]})
    rows = cnstats.extract_arrow(table, id_column="id").to_pylist()
    assert {row["source"] for row in rows} == {"1"} and rows == expected_rows([(1, A)])
    binary = cnstats.extract_arrow(pa.table({"text": pa.array([A.encode(), None], pa.binary())}))
    assert binary.num_rows == 1
    row = binary.to_pylist()[0]
    assert row["source"] == "0" and row["text"] is None and row["error"].startswith("TypeError: extract() takes a str")
    numbers = cnstats.extract_arrow(pa.table({"text": [7, 8]}))
    assert numbers.column("error").to_pylist() == ["TypeError: extract() takes a str, not int"] * 2
    assert numbers.column("source").to_pylist() == ["0", "1"]


def test_extract_arrow_positions_and_batches() -> None:
    texts = [A, B] * 2100  # more than one record batch (4096 texts each)
    table = cnstats.extract_arrow(pa.table({"text": texts}))
    assert table.column("source").to_pylist()[-1] == str(len(texts) - 1)
    assert table.to_pylist() == expected_rows(list(enumerate(texts)))
    batch = pa.RecordBatch.from_pydict({"text": [A]})
    assert cnstats.extract_arrow(batch).to_pylist() == expected_rows([(0, A)])


def test_extract_arrow_names_a_missing_column() -> None:
    with pytest.raises(KeyError, match="no text column 'body'"):
        cnstats.extract_arrow(pa.table({"text": [A]}), text_column="body")
    with pytest.raises(KeyError, match="no id column 'key'"):
        cnstats.extract_arrow(pa.table({"text": [A]}), id_column="key")
    with pytest.raises(TypeError):
        cnstats.extract_arrow([A])


def test_to_arrow_from_figures_mapping_and_results() -> None:
    figures = cnstats.extract(A)
    table = cnstats.to_arrow(figures)
    assert table.schema.equals(cnstats.arrow_schema())
    assert table.column("source").to_pylist() == [None] * len(figures)
    assert cnstats.to_arrow(figures, source="doc").column("source").to_pylist() == ["doc"] * len(figures)
    assert cnstats.to_arrow({"a": figures, "b": cnstats.extract(B)}).to_pylist() == expected_rows([("a", A), ("b", B)])
    results = list(cnstats.extract_many({"a": A, "x": b"bytes", "b": B}))
    rows = cnstats.to_arrow(results).to_pylist()
    assert rows == expected_rows([("a", A), ("x", b"bytes"), ("b", B)])
    assert cnstats.to_arrow([]).num_rows == 0
    with pytest.raises(TypeError):
        cnstats.to_arrow(["not a figure"])


def test_parquet_reads_back_with_the_declared_schema(tmp_path: Path) -> None:
    texts = corpus()[:200] + [None, b"\xff", ""]  # type: ignore[list-item]
    path = tmp_path / "figures.parquet"
    written = cnstats.to_parquet(cnstats.extract_many(texts), path)
    table = pq.read_table(path)
    assert table.schema.equals(cnstats.arrow_schema())
    assert table.num_rows == written
    rows = table.to_pylist()
    assert rows[:-2] == expected_rows(list(enumerate(texts[:200])))
    assert [row["source"] for row in rows[-2:]] == ["200", "201"] and all(row["error"] for row in rows[-2:])
    frame = pd.read_parquet(path)
    assert list(frame.columns) == cnstats.arrow_schema().names
    assert len(frame) == written
    assert frame["value"].dtype == "float64"
    assert frame.astype(object).where(frame.notna(), None).to_dict("records") == rows  # 6.0 == 6: start as float


def test_to_parquet_writes_row_groups_and_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnstats import arrow

    monkeypatch.setattr(arrow, "ROWS_PER_GROUP", 50)
    texts = corpus()[:60]
    path = tmp_path / "groups.parquet"
    written = cnstats.to_parquet(cnstats.extract_many(texts), path)
    assert pq.ParquetFile(path).metadata.num_row_groups > 2
    assert pq.read_table(path).to_pylist() == expected_rows(list(enumerate(texts))) and written > 100
    table = cnstats.extract_arrow(pa.table({"text": texts}))
    assert cnstats.to_parquet(table, tmp_path / "t.parquet") == table.num_rows
    assert pq.read_table(tmp_path / "t.parquet").equals(table)
    empty = tmp_path / "empty.parquet"
    assert cnstats.to_parquet([], empty) == 0
    assert pq.read_table(empty).schema.equals(cnstats.arrow_schema())
    with pytest.raises(ValueError, match="arrow_schema"):
        cnstats.to_parquet(pa.table({"x": [1]}), tmp_path / "bad.parquet")


def test_to_pandas_dtypes_do_not_depend_on_the_rows() -> None:
    from cnstats.arrow import to_pandas

    empty = to_pandas(cnstats.arrow_schema().empty_table())
    mixed = to_pandas(cnstats.extract_arrow(pa.table({"text": [A, None], "n": [1, 2]})))
    errors = to_pandas(cnstats.extract_arrow(pa.table({"text": [1]})))
    assert empty.dtypes.equals(mixed.dtypes) and empty.dtypes.equals(errors.dtypes)
    assert str(empty["start"].dtype) == "Int64"


def test_command_writes_parquet(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(f"{A}\n\n{B}\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    done = subprocess.run([sys.executable, "-m", "cnstats.cli", str(report), "--format", "parquet", "-o", str(out)],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    assert table.schema.equals(cnstats.arrow_schema())
    name = str(report)
    assert table.to_pylist() == expected_rows([(f"{name}:1", A), (f"{name}:3", B)])
    refused = subprocess.run([sys.executable, "-m", "cnstats.cli", str(report), "--format", "parquet"],
                             check=False, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "--output" in refused.stderr


def test_readme_section_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's "More than one machine": its `>>>` block runs as written."""
    import doctest
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## More than one machine", 1)[1].split("\n## ", 1)[0]
    block = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)[0]
    pq.write_table(pa.table({"id": ["县A", "县B"], "text": ["全县工业投资增长69.9%,排全市第1位。", "贷款余额45.38亿元。"]}),
                   tmp_path / "reports.parquet")
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(block, {}, "README: More than one machine", "README.md", 0)
    assert len(test.examples) >= 6
    assert doctest.DocTestRunner().run(test).failed == 0
    assert pq.read_table(tmp_path / "figures.parquet").schema.equals(cnstats.arrow_schema())
