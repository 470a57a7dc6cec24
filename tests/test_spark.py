"""cnstats.engines.spark in local[2] mode (one SparkSession for the module), compared row for row with `extract`
run text by text, malformed texts included; Parquet written by Spark read back by pyarrow and pandas."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from engine_cases import corpus, expected_rows
from pyspark.sql import SparkSession
from pyspark.sql import types as T

import cnstats
from cnstats.engines import spark as cnstats_spark

pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
TIMEOUT = 240  # seconds for one Spark job: a hang fails the test instead of blocking CI

if not (shutil.which("java") or os.environ.get("JAVA_HOME")):  # pragma: no cover - CI machines have Java 17
    pytest.skip("Spark needs Java (17 or later), and none is installed", allow_module_level=True)




def by_source(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by text, in order within each text (Spark does not promise an order between partitions)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["source"], []).append(row)
    return out


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter, which has cnstats
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("cnstats-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")  # several batches per partition
               .config("spark.driver.memory", "1g")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def collect(spark: SparkSession, df: Any) -> list[dict[str, Any]]:
    """The rows of a Spark DataFrame as dicts; the job is cancelled and the test fails after TIMEOUT seconds."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.extend(row.asDict() for row in df.collect())
        except BaseException as error:  # noqa: BLE001 - raised again in the test's thread
            failure.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    if worker.is_alive():
        spark.sparkContext.cancelAllJobs()
        pytest.fail(f"the Spark job did not finish in {TIMEOUT} s")
    if failure:
        raise failure[0]
    return result


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return [(f"p{i:04d}", text) for i, text in enumerate(corpus(3))]


def test_schema_is_the_declared_one(spark: SparkSession) -> None:
    schema = cnstats_spark.schema()
    assert schema.names == cnstats.arrow_schema().names
    kinds = {field.name: field.dataType for field in schema.fields}
    assert kinds["start"] == T.LongType() and kinds["value"] == T.DoubleType() and kinds["kind"] == T.StringType()


def test_local_mode_equals_extract(spark: SparkSession, texts: list[tuple[str, str]]) -> None:
    assert len(texts) > 300
    df = spark.createDataFrame(texts, "id string, text string").repartition(4)
    figures = cnstats_spark.extract(df, text_column="text", id_column="id")
    assert figures.schema == cnstats_spark.schema()
    rows = collect(spark, figures)
    expected = expected_rows(texts)
    assert len(rows) == len(expected) > 1000
    assert by_source(rows) == by_source(expected)


def test_malformed_texts_give_error_rows_or_none(spark: SparkSession) -> None:
    strings = [("none", None), ("empty", ""), ("blank", "   "), ("plain", "没有数字。"), ("ok", "增长5%。")]
    rows = collect(spark, cnstats_spark.extract(spark.createDataFrame(strings, "id string, text string"),
                                                "text", "id"))
    assert by_source(rows) == by_source(expected_rows(strings))
    binary = [(1, bytearray("增长5%".encode())), (2, None)]
    rows = collect(spark, cnstats_spark.extract(spark.createDataFrame(binary, "id long, text binary"), "text", "id"))
    assert rows == expected_rows([(1, "增长5%".encode())])
    numbers = collect(spark, cnstats_spark.extract(spark.createDataFrame([(7, 3)], "id int, text int"), "text", "id"))
    assert numbers == expected_rows([(7, 3)])
    assert numbers[0]["error"] == "TypeError: extract() takes a str, not int"


def test_parquet_in_and_out(spark: SparkSession, texts: list[tuple[str, str]], tmp_path: Path) -> None:
    pd.DataFrame(texts[:150], columns=["id", "text"]).to_parquet(tmp_path / "texts.parquet")
    df = spark.read.parquet(str(tmp_path / "texts.parquet"))
    out = tmp_path / "figures"
    figures = cnstats_spark.extract(df, "text", "id")
    done = threading.Thread(target=lambda: figures.write.parquet(str(out)), daemon=True)
    done.start()
    done.join(TIMEOUT)
    assert not done.is_alive(), f"the Spark write did not finish in {TIMEOUT} s"
    table = pq.read_table(out)
    assert table.schema.equals(cnstats.arrow_schema())
    assert by_source(table.to_pylist()) == by_source(expected_rows(texts[:150]))
    frame = pd.read_parquet(out)
    assert list(frame.columns) == cnstats.arrow_schema().names and len(frame) == table.num_rows


def test_refusals(spark: SparkSession) -> None:
    df = spark.createDataFrame([("a", "增长5%")], "id string, text string")
    with pytest.raises(ValueError, match="id_column"):
        cnstats_spark.extract(df, "text")
    with pytest.raises(KeyError, match="no text column 'body'"):
        cnstats_spark.extract(df, "body", "id")
    with pytest.raises(TypeError):
        cnstats_spark.extract(pd.DataFrame({"text": ["x"]}), "text", "id")
