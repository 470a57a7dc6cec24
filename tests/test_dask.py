"""cnstats.engines.dask on the distributed scheduler (a LocalCluster of two worker processes), compared row for
row with `extract` run text by text, malformed texts included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd
import pyarrow.parquet as pq
import pytest
from engine_cases import corpus, expected_rows

import cnstats
from cnstats.engines import dask as cnstats_dask

TIMEOUT = 180  # seconds: a hung cluster fails the test instead of blocking CI
BAD: list[tuple[str, Any]] = [("none", None), ("empty", ""), ("blank", "   "), ("plain", "没有数字。"),
                              ("bytes", "增长5%".encode()), ("int", 42), ("float", 1.5), ("list", ["增长5%"])]




def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain dicts, NaN/NA as None and Int64 as int."""
    out = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return [{k: int(v) if k in ("start", "end") and v is not None else v for k, v in row.items()} for row in out]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       timeout=TIMEOUT)
    client = distributed.Client(cluster, timeout=TIMEOUT)
    try:
        yield client
    finally:
        client.close(timeout=30)
        cluster.close(timeout=30)


def compute(client: Any, collection: Any) -> Any:
    return client.compute(collection).result(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def texts() -> pd.DataFrame:
    real = corpus(3)
    return pd.DataFrame({"id": [f"p{i:04d}" for i in range(len(real))], "text": real})


def test_dataframe_on_two_worker_processes_equals_extract(client: Any, texts: pd.DataFrame) -> None:
    assert len(texts) > 300
    ddf = dd.from_pandas(texts, npartitions=6)
    figures = cnstats_dask.extract(ddf, text_column="text", id_column="id")
    assert list(figures.columns) == cnstats.arrow_schema().names
    assert figures.dtypes.equals(cnstats_dask.meta().dtypes)
    assert figures.divisions == ddf.divisions  # rows keep their text's index label
    result = compute(client, figures)
    assert result.dtypes.equals(cnstats_dask.meta().dtypes)
    assert len({w for w in client.run(lambda: 1)}) == 2
    assert records(result) == expected_rows(list(zip(texts["id"], texts["text"])))
    assert (texts.loc[result.index, "id"].to_numpy() == result["source"].to_numpy()).all()


def test_malformed_texts_give_error_rows_or_none(client: Any, texts: pd.DataFrame) -> None:
    frame = pd.DataFrame({"id": [key for key, _ in BAD] + ["p1", "p2"],
                          "text": [text for _, text in BAD] + list(texts["text"][:2])})
    with dask.config.set({"dataframe.convert-string": False}):  # keep bytes and numbers as they are
        ddf = dd.from_pandas(frame, npartitions=3)
        result = compute(client, cnstats_dask.extract(ddf, "text", "id"))
    rows = records(result)
    assert rows == expected_rows(list(zip(frame["id"], frame["text"])))
    assert [row["source"] for row in rows if row["error"]] == ["bytes", "int", "float", "list"]
    # dask's default turns object columns into strings first: missing texts stay missing, and no job fails
    result = compute(client, cnstats_dask.extract(dd.from_pandas(frame, npartitions=2), "text", "id"))
    assert "none" not in set(result["source"]) and "empty" not in set(result["source"])


def test_without_an_id_column_source_is_the_index_label(client: Any) -> None:
    frame = pd.DataFrame({"text": ["工业投资增长69.9%。", None, "贷款余额45.38亿元。"]}, index=[10, 20, 30])
    result = compute(client, cnstats_dask.extract(dd.from_pandas(frame, npartitions=2), "text"))
    assert list(result["source"]) == ["10", "30"] and list(result.index) == [10, 30]


def test_bag_of_texts_and_pairs(client: Any, texts: pd.DataFrame) -> None:
    pairs = list(zip(texts["id"][:120], texts["text"][:120]))
    bag = db.from_sequence(pairs + BAD, npartitions=4)
    result = compute(client, cnstats_dask.extract_bag(bag))
    assert result.dtypes.equals(cnstats_dask.meta().dtypes)
    assert records(result) == expected_rows(pairs + BAD)
    plain = db.from_sequence(["增长5%。", "贷款45亿元。", None, b"x"], npartitions=2)
    rows = records(compute(client, cnstats_dask.extract_bag(plain)))
    assert [(row["source"], row["text"]) for row in rows] == [("0:0", "5%"), ("0:1", "45亿元"), ("1:1", None)]
    assert rows[-1]["error"].startswith("TypeError")


def test_parquet_in_and_out(client: Any, texts: pd.DataFrame, tmp_path: Path) -> None:
    texts[:150].to_parquet(tmp_path / "texts.parquet")
    ddf = dd.read_parquet(tmp_path / "texts.parquet", columns=["id", "text"])
    figures = cnstats_dask.extract(ddf, "text", "id")
    out = tmp_path / "figures"
    compute(client, figures.to_parquet(out, schema=cnstats.arrow_schema(), write_index=False, compute=False))
    table = pq.read_table(out)
    assert table.schema.equals(cnstats.arrow_schema())
    assert table.to_pylist() == expected_rows(list(zip(texts["id"][:150], texts["text"][:150])))
    frame = pd.read_parquet(out)
    assert list(frame.columns) == cnstats.arrow_schema().names and len(frame) == table.num_rows


def test_refusals() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["增长5%"]}), npartitions=1)
    with pytest.raises(KeyError, match="no text column 'body'"):
        cnstats_dask.extract(ddf, "body")
    with pytest.raises(KeyError, match="no id column 'key'"):
        cnstats_dask.extract(ddf, "text", "key")
    with pytest.raises(TypeError, match="extract_bag"):
        cnstats_dask.extract(db.from_sequence(["增长5%"]), "text")


def test_the_engine_answers_to_its_short_name():
    import cnstats
    import cnstats.engines.dask

    assert cnstats.dask is cnstats.engines.dask
    assert cnstats.dask.extract is cnstats.engines.dask.extract
