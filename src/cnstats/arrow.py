"""Figures as Arrow tables and Parquet files, in one declared schema shared by every engine.

    >>> import cnstats, pyarrow as pa
    >>> texts = pa.table({"id": ["a", "b"], "text": ["工业投资增长69.9%。", "贷款余额45.38亿元。"]})
    >>> cnstats.extract_arrow(texts, text_column="text", id_column="id").select(["source", "text", "value"])
    pyarrow.Table
    source: string
    text: string
    value: double
    ...

`arrow_schema()` is the schema of every figure table cnstats writes, whichever path wrote it
(`to_arrow`, `to_parquet`, `extract_arrow`, the command's `--format parquet`, `cnstats.engines.dask`,
`cnstats.engines.spark`), so a result written by one reads the same in another. It is flat:

- `source` (string): the id of the text the row comes from, as a string (an id column's value
  `42` is `"42"`; without an id column, the text's position);
- one column per field of `Figure`, in the record's order, derived from the record itself (a field
  the record gains appears by itself): str -> string, int -> int64, float -> float64, bool -> bool;
  `kind` is a plain string (`"money"`, …), not an Arrow dictionary: Spark has no dictionary type and
  pandas would read a dictionary as a categorical in one engine and a string in another, while
  Parquet dictionary-encodes a string column on disk anyway;
- `error` (string): null on figure rows; on an error row, why the text gave no figures (a text that
  is not a str: `TypeError: extract() takes a str, not bytes…`, or an error inside extraction).
  Every other column of an error row but `source` is null.

Every column is nullable (an error row has no `text`, `start` …). A missing text (null, None, NaN)
or an empty one gives no rows at all; a text that cannot be extracted gives one error row — never
an exception that fails the whole job.

pyarrow is an optional extra: `pip install 'cnstats[arrow]'`.
"""

from __future__ import annotations

import dataclasses
import math
import os
import types
import typing
from collections.abc import Hashable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from .batch import BatchResult
from .extract import extract
from .optional import require
from .record import Figure, Kind

SOURCE = "source"
"""The column holding each row's text id."""
ERROR = "error"
"""The column saying why a text gave no figures (null on figure rows)."""
INSTALL_HINT = "pip install 'cnstats[arrow]'"
ROWS_PER_GROUP = 65_536
"""`to_parquet` writes a row group every this-many rows, so memory does not grow with the input."""


def _pyarrow() -> Any:
    return require("pyarrow", "cnstats' Arrow and Parquet output needs pyarrow", INSTALL_HINT)


# ---------------------------------------------------------------------------------------------------
# The schema


@cache
def _record_fields() -> tuple[tuple[str, str], ...]:
    """(field name, Arrow type name) for every field of `Figure`, in the record's order."""
    hints = typing.get_type_hints(Figure)
    out = []
    for field in dataclasses.fields(Figure):
        annotation = hints[field.name]
        args = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else {annotation}
        args.discard(type(None))
        if args == {Kind} or args == {str}:
            arrow_type = "string"
        elif args == {bool}:
            arrow_type = "bool"
        elif args == {int}:
            arrow_type = "int64"
        elif args == {float} or args == {int, float}:
            arrow_type = "float64"
        else:  # a field of a new type: say so here rather than write something engines disagree on
            raise TypeError(f"cnstats.arrow has no Arrow type for Figure.{field.name}: {annotation!r}")
        out.append((field.name, arrow_type))
    return tuple(out)


def columns() -> tuple[str, ...]:
    """The columns of every figure table, in order: `source`, every `Figure` field, `error`."""
    return (SOURCE, *(name for name, _ in _record_fields()), ERROR)


@cache
def arrow_schema() -> Any:
    """The `pyarrow.Schema` of every figure table and Parquet file cnstats writes (see the module)."""
    pa = _pyarrow()
    types_by_name = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(SOURCE, pa.string()),
                      *(pa.field(name, types_by_name[kind]) for name, kind in _record_fields()),
                      pa.field(ERROR, pa.string())])


# ---------------------------------------------------------------------------------------------------
# Rows


def source_id(key: Any) -> str | None:
    """A text id as the `source` column holds it: a str as is, None/NaN as null, anything else `str()`."""
    if key is None or isinstance(key, str):
        return key
    if isinstance(key, float) and math.isnan(key):
        return None
    if type(key).__name__ in ("NAType", "NaTType"):
        return None
    return str(key)


def missing(text: Any) -> bool:
    """A missing text (None, NaN, pandas' NA), which gives no rows."""
    if text is None:
        return True
    if isinstance(text, float) and math.isnan(text):
        return True
    return type(text).__name__ in ("NAType", "NaTType")


def describe(problem: BaseException) -> str:
    """An error row's `error`: `TypeError: extract() takes a str, not bytes…`."""
    return f"{type(problem).__name__}: {problem}"


class Rows:
    """Figure and error rows gathered column by column, then made a table or a record batch."""

    def __init__(self) -> None:
        self.names = columns()
        self.fields = tuple(name for name, _ in _record_fields())
        self.data: dict[str, list[Any]] = {name: [] for name in self.names}
        self.positions: list[int] = []
        """For each row, the position of its text in the input (engines use it for the index)."""

    def __len__(self) -> int:
        return len(self.positions)

    def figure(self, source: str | None, figure: Figure, position: int = 0) -> None:
        if not isinstance(figure, Figure):
            raise TypeError(f"cnstats.to_arrow() takes cnstats Figures, not {type(figure).__name__}")
        data = self.data
        data[SOURCE].append(source)
        for name in self.fields:
            value = getattr(figure, name)
            data[name].append(value.value if isinstance(value, Kind) else value)
        data[ERROR].append(None)
        self.positions.append(position)

    def error(self, source: str | None, message: str, position: int = 0) -> None:
        data = self.data
        data[SOURCE].append(source)
        for name in self.fields:
            data[name].append(None)
        data[ERROR].append(message)
        self.positions.append(position)

    def text(self, key: Any, text: Any, position: int = 0) -> None:
        """The rows of one input text: its figures, none if it is missing, or one error row."""
        if missing(text):
            return
        source = source_id(key)
        try:
            figures = extract(text)
        except Exception as problem:  # noqa: BLE001 - a text that fails is an error row, never a failed job
            self.error(source, describe(problem), position)
            return
        for figure in figures:
            self.figure(source, figure, position)

    def table(self) -> Any:
        return _pyarrow().Table.from_pydict(self.data, schema=arrow_schema())

    def batch(self) -> Any:
        return _pyarrow().RecordBatch.from_pydict(self.data, schema=arrow_schema())


def extract_pairs(pairs: Iterable[tuple[Any, Any]]) -> Rows:
    """The rows of every (id, text) pair, in order (a missing text has none, a bad one an error row)."""
    rows = Rows()
    for position, (key, text) in enumerate(pairs):
        rows.text(key, text, position)
    return rows


# ---------------------------------------------------------------------------------------------------
# Figures and results you have -> Arrow, Parquet


def _rows_of(items: Any, source: Hashable | None) -> Iterator[Rows]:
    """Rows of figures / results / a mapping, in blocks of about ROWS_PER_GROUP rows."""
    rows = Rows()
    if isinstance(items, (str, bytes)):
        raise TypeError(f"cnstats.to_arrow() takes figures or extract_many results, not a {type(items).__name__}")
    if isinstance(items, Mapping):
        pairs: Iterable[tuple[Any, Any]] = ((key, f) for key, found in items.items() for f in found)
        for key, figure in pairs:
            rows.figure(source_id(key), figure)
            if len(rows) >= ROWS_PER_GROUP:
                yield rows
                rows = Rows()
        yield rows
        return
    default = source_id(source)
    for item in items:
        if isinstance(item, BatchResult):
            key = source_id(item.source)
            if item.error is not None:
                rows.error(key, item.error, item.index)
            for figure in item.figures:
                rows.figure(key, figure, item.index)
        else:
            rows.figure(default, item)
        if len(rows) >= ROWS_PER_GROUP:
            yield rows
            rows = Rows()
    yield rows


def to_arrow(figures: Iterable[Figure] | Iterable[BatchResult] | Mapping[Hashable, Iterable[Figure]], *,
             source: Hashable | None = None) -> Any:
    """A `pyarrow.Table` in `arrow_schema()`: one row per figure, one error row per failed result.

    `figures` is an iterable of Figure (their `source` is the given `source`, else null), a mapping of
    text id -> its figures, or the results of `extract_many` (a result with an error is one error
    row; note that `extract_many` counts a None text as an error, `extract_arrow` as no text).
    """
    pa = _pyarrow()
    tables = [rows.table() for rows in _rows_of(figures, source)]
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)


def to_parquet(figures: Any, path: str | os.PathLike[str], *, compression: str = "zstd") -> int:
    """Write figures to a Parquet file in `arrow_schema()`; return the number of rows written.

    `figures` is what `to_arrow` takes — read lazily, so `to_parquet(extract_many(corpus), path)` writes
    row group after row group without holding the corpus's figures in memory — or a table of figure
    rows (from `extract_arrow`, `to_arrow`), which must have the declared schema.
    """
    pa = _pyarrow()
    import pyarrow.parquet as pq

    schema = arrow_schema()
    if isinstance(figures, (pa.Table, pa.RecordBatch)):
        if not figures.schema.equals(schema):
            raise ValueError("to_parquet() takes a table in cnstats.arrow_schema(), not one with columns "
                             f"{figures.schema.names}")
        pq.write_table(pa.Table.from_batches([figures]) if isinstance(figures, pa.RecordBatch) else figures,
                       path, compression=compression)
        return int(figures.num_rows)
    written = 0
    with pq.ParquetWriter(path, schema, compression=compression) as writer:
        for rows in _rows_of(figures, None):
            if len(rows) or not written:
                writer.write_table(rows.table())
            written += len(rows)
    return written


# ---------------------------------------------------------------------------------------------------
# Arrow tables of texts -> figures


def _column_values(data: Any, name: str | None, kind: str) -> Any:
    if name is None:
        return None
    if name not in data.schema.names:
        raise KeyError(f"no {kind} column {name!r}: the table's columns are {data.schema.names}")
    return data.column(name)


def extract_batches(batches: Iterable[Any], text_column: str = "text",
                    id_column: str | None = None) -> Iterator[Any]:
    """A `pyarrow.RecordBatch` of figure rows (`arrow_schema()`) for each record batch of texts.

    Without `id_column`, `source` is each text's position in the whole stream. This is what
    `cnstats.engines.spark` runs on the workers (through `mapInArrow`).
    """
    offset = 0
    for batch in batches:
        texts = _column_values(batch, text_column, "text").to_pylist()
        ids_column = _column_values(batch, id_column, "id")
        ids = ids_column.to_pylist() if ids_column is not None else range(offset, offset + len(texts))
        offset += len(texts)
        yield extract_pairs(zip(ids, texts)).batch()


def extract_arrow(table: Any, text_column: str = "text", id_column: str | None = None) -> Any:
    """Extract from every text of an Arrow table (or record batch): a `pyarrow.Table` in `arrow_schema()`.

    One row per figure, in the table's order; `source` is the row's `id_column` value as a string,
    or without `id_column` the row's position (`"0"`, `"1"`, …). A null or empty text has no rows;
    a text that is not a string (a binary or numeric column) gives an error row.
    """
    pa = _pyarrow()
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if not isinstance(table, pa.Table):
        raise TypeError(f"extract_arrow() takes a pyarrow Table or RecordBatch, not {type(table).__name__}")
    _column_values(table, text_column, "text")
    _column_values(table, id_column, "id")
    batches = list(extract_batches(table.to_batches(max_chunksize=4096), text_column, id_column))
    return pa.Table.from_batches(batches, schema=arrow_schema())


def to_pandas(table: Any) -> Any:
    """A figure table as pandas, the same dtypes whatever the rows: int64 columns as nullable `Int64`
    (an error row has no `start`), float64 as float64 (NaN for null), strings as pandas' string dtype."""
    import pandas

    pa = _pyarrow()
    return table.to_pandas(types_mapper={pa.int64(): pandas.Int64Dtype()}.get)
