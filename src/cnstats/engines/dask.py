"""cnstats on Dask: a DataFrame (or a bag) of texts -> a Dask DataFrame of figures.

    >>> import dask.dataframe as dd
    >>> from cnstats.engines import dask as cnstats_dask
    >>> texts = dd.read_parquet("reports/*.parquet", columns=["id", "text"])
    >>> figures = cnstats_dask.extract(texts, text_column="text", id_column="id")
    >>> figures.to_parquet("figures/", schema=cnstats.arrow_schema())   # or compute(), groupby …

Built on `map_partitions` (`from_delayed` for bags): each partition is extracted where it lives, by
any scheduler, the distributed one included (cnstats must be installed on the workers). The
columns are those of `cnstats.arrow_schema()` — `source`, every `Figure` field, `error` — with the
dtypes of `meta()`: `start`/`end` nullable Int64, `value`/`upper` float64, the rest strings.

A missing or empty text gives no rows; a text that is not a str, or one whose extraction fails,
gives one row whose `error` says why: a bad text never fails the job.

Needs `pip install 'cnstats[dask]'` (dask[distributed], pyarrow, pandas).
"""

from __future__ import annotations

from typing import Any

from .. import arrow
from ..optional import require

INSTALL_HINT = "pip install 'cnstats[dask]'"


def _dask_dataframe() -> Any:
    return require("dask.dataframe", "cnstats.engines.dask needs dask", INSTALL_HINT)


def meta() -> Any:
    """An empty pandas DataFrame with the columns and dtypes of every figure partition."""
    return arrow.to_pandas(arrow.arrow_schema().empty_table())


def extract_partition(frame: Any, text_column: str = "text", id_column: str | None = None) -> Any:
    """The figure rows of one pandas partition of texts.

    Each row's index label is that of its text (as `explode` does), so the input's divisions still
    hold and `figures.join(texts, …)` finds the text; `source` is the `id_column` value as a string,
    or without `id_column` the text's index label as a string.
    """
    texts = frame[text_column].tolist()
    keys = frame[id_column].tolist() if id_column is not None else frame.index.tolist()
    rows = arrow.extract_pairs(zip(keys, texts))
    out = arrow.to_pandas(rows.table())
    out.index = frame.index.take(rows.positions)
    return out


def extract(ddf: Any, text_column: str = "text", id_column: str | None = None) -> Any:
    """A Dask DataFrame of figures, one row per figure (or error), from a Dask DataFrame of texts.

    `text_column` names the texts, `id_column` their ids (default: the index labels). Rows keep
    the index label of their text, so the input's divisions carry over.
    """
    dd = _dask_dataframe()
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"cnstats.engines.dask.extract() takes a dask DataFrame, not {type(ddf).__name__}; "
                        "for a bag of texts use extract_bag()")
    for name, kind in ((text_column, "text"), (id_column, "id")):
        if name is not None and name not in ddf.columns:
            raise KeyError(f"no {kind} column {name!r}: the columns are {list(ddf.columns)}")
    empty = extract_partition(ddf._meta, text_column, id_column)  # the meta, with the input's index type
    return ddf.map_partitions(extract_partition, text_column, id_column, meta=empty)


def _bag_partition(items: Any, number: int) -> Any:
    pairs = []
    for position, item in enumerate(items):
        if isinstance(item, (tuple, list)) and len(item) == 2:
            pairs.append((item[0], item[1]))
        else:
            pairs.append((f"{number}:{position}", item))
    return arrow.to_pandas(arrow.extract_pairs(pairs).table())


def extract_bag(bag: Any) -> Any:
    """A Dask DataFrame of figures from a Dask bag of texts, or of (id, text) pairs.

    An item that is a tuple or list of two is an (id, text) pair; any other item is a text, whose
    `source` is then `"partition:position"` (`"0:0"`, `"0:1"`, … `"3:17"`): give pairs for ids of
    your own. The result's index restarts in every partition; its divisions are unknown.
    """
    dd = _dask_dataframe()
    import dask.bag
    from dask.delayed import delayed

    if not isinstance(bag, dask.bag.Bag):
        raise TypeError(f"extract_bag() takes a dask Bag, not {type(bag).__name__}")
    partitions: list[Any] = bag.to_delayed()  # type: ignore[no-untyped-call]
    parts = [delayed(_bag_partition)(part, number) for number, part in enumerate(partitions)]
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)
