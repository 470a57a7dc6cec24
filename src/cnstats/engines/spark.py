"""cnstats on Spark: a Spark DataFrame of texts -> a Spark DataFrame of figures.

    >>> from cnstats.engines import spark as cnstats_spark
    >>> texts = spark.read.parquet("reports/")                       # columns id, text
    >>> figures = cnstats_spark.extract(texts, text_column="text", id_column="id")
    >>> figures.write.parquet("figures/")

Built on `mapInArrow`: every executor's Python worker extracts its partitions' record batches (cnstats
must be installed where the executors run Python). The schema is `schema()`, the Spark form of
`cnstats.arrow_schema()` — `source`, every `Figure` field, `error` — so Parquet written here reads the
same as Parquet written by `cnstats.to_parquet` or by Dask.

A missing or empty text gives no rows; a text that is not a string (a binary or numeric column), or
one whose extraction fails, gives one row whose `error` says why: a bad text never fails the job.

Needs `pip install 'cnstats[spark]'` (pyspark, pyarrow, pandas) and Java 17 or later.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import arrow
from ..optional import require

INSTALL_HINT = "pip install 'cnstats[spark]'"
TEXT, ID = "__cnstats_text", "__cnstats_id"


def _sql() -> Any:
    return require("pyspark.sql", "cnstats.engines.spark needs pyspark", INSTALL_HINT)


def schema() -> Any:
    """`cnstats.arrow_schema()` as a Spark `StructType` (string, long, double, boolean; all nullable)."""
    types = _sql().types
    pa = arrow._pyarrow()
    spark_types = {pa.string(): types.StringType(), pa.int64(): types.LongType(),
                   pa.float64(): types.DoubleType(), pa.bool_(): types.BooleanType()}
    return types.StructType([types.StructField(field.name, spark_types[field.type], True)
                             for field in arrow.arrow_schema()])


def _batches(batches: Iterator[Any]) -> Iterator[Any]:
    """On a Spark worker: figure rows for each record batch of (text, id)."""
    return arrow.extract_batches(batches, TEXT, ID)


def extract(df: Any, text_column: str = "text", id_column: str | None = None) -> Any:
    """A Spark DataFrame of figures, one row per figure (or error), from a Spark DataFrame of texts.

    `id_column` is required: Spark rows have no stable position, so name a column that identifies
    each text (`df.withColumn("id", F.monotonically_increasing_id())` makes one); `source` holds its
    value as a string.
    """
    sql = _sql()
    if not isinstance(df, sql.DataFrame):
        raise TypeError(f"cnstats.engines.spark.extract() takes a Spark DataFrame, not {type(df).__name__}")
    if id_column is None:
        raise ValueError("cnstats.engines.spark.extract() needs an id_column: Spark rows have no stable "
                         "position (df.withColumn('id', F.monotonically_increasing_id()) makes one)")
    for name, kind in ((text_column, "text"), (id_column, "id")):
        if name not in df.columns:
            raise KeyError(f"no {kind} column {name!r}: the columns are {df.columns}")
    functions = sql.functions
    texts = df.select(functions.col(_quoted(text_column)).alias(TEXT), functions.col(_quoted(id_column)).alias(ID))
    return texts.mapInArrow(_batches, schema())


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"
