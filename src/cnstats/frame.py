"""Figures as a pandas DataFrame: one row per figure, one column per record field.

    >>> import cnstats
    >>> df = cnstats.extract_frame({"a": "工业投资增长69.9%。", "b": "贷款余额45.38亿元,排全市第1位。"})
    >>> df[["source", "text", "kind", "value"]]
      source     text         kind         value
    0      a    69.9%  growth_rate  6.990000e+01
    1      b  45.38亿元        money  4.538000e+09
    2      b      第1位      ranking  1.000000e+00

Columns: `source` (the id of the text the figure comes from) and then every field of `Figure`, in
the record's order; a field added to the record appears here by itself. Dtypes: `start`/`end`
int64, `value`/`upper` float64 (NaN where None), `kind` categorical with every `Kind` as a category
(in the enum's order, so counts per kind include zeros), text fields pandas' string dtype.

pandas is an optional extra: `pip install 'cnstats[pandas]'`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Hashable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from .arrow import missing
from .batch import BatchResult
from .extract import extract
from .optional import require
from .record import Figure, Kind

if TYPE_CHECKING:
    import pandas

SOURCE = "source"
"""The name of the column holding each figure's text id."""

INSTALL_HINT = "pip install 'cnstats[pandas]'"


def _pandas() -> Any:
    return require("pandas", "cnstats tables need pandas", INSTALL_HINT)


@cache
def _field_types() -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(Figure)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(Figure))


def _dtype(pd: Any, annotation: Any) -> Any:
    """The column dtype for a record field's annotation."""
    args = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else {annotation}
    optional = type(None) in args
    args.discard(type(None))
    if args == {Kind}:
        return pd.CategoricalDtype([k.value for k in Kind])
    if args == {float} or args == {int, float}:
        return "float64"
    if args == {int}:
        return "Int64" if optional else "int64"
    if args == {bool}:
        return "boolean" if optional else "bool"
    if args == {str}:
        return pd.Series(["x"]).dtype  # pandas' own string dtype: object before pandas 3, str from 3 on
    return object


def columns() -> tuple[str, ...]:
    """The columns of every frame `extract_frame` returns, in order."""
    return (SOURCE, *(name for name, _ in _field_types()))


def to_frame(figures: Iterable[Figure] | Iterable[BatchResult] | Mapping[Hashable, Iterable[Figure]], *,
             source: Hashable | None = None) -> pandas.DataFrame:
    """A DataFrame with one row per figure and one column per `Figure` field.

    `figures` is an iterable of Figure; or a mapping of text id -> its figures, or the results of
    `extract_many` (then a first column `source` holds each figure's text id; a result with an error
    has no figures, so no rows). With Figures and `source=...`, that `source` column holds the given
    id on every row; with neither there is no `source` column.
    """
    pd = _pandas()
    if isinstance(figures, Mapping):
        return _frame(pd, ((key, f) for key, found in figures.items() for f in found), with_source=True)
    items = list(figures)
    if items and all(isinstance(item, BatchResult) for item in items):
        results = cast(list[BatchResult], items)
        return _frame(pd, ((r.source, f) for r in results for f in r.figures), with_source=True)
    return _frame(pd, ((source, cast(Figure, f)) for f in items), with_source=source is not None)


def extract_frame(texts: Iterable[str] | Mapping[Hashable, str] | pandas.Series[Any], *, workers: int = 1,
                  progress: bool = False) -> pandas.DataFrame:
    """Extract from many texts into one DataFrame, one row per figure, with the text's id in `source`.

    `texts` is a list (ids are positions 0, 1, …), a pandas Series (ids are its index labels) or a
    mapping of id -> text. A missing text (None, NaN, pd.NA) has no figures; anything else that is not
    a str raises TypeError naming its id. `workers` and `progress` are those of `extract_many`.
    """
    pd = _pandas()
    pairs = _pairs(texts, pd)
    if workers == 1 and not progress:
        found = ((key, f) for key, text in pairs if not missing(text) for f in _extract(key, text))
        return _frame(pd, found, with_source=True)
    from .batch import extract_many

    present = [(key, text) for key, text in pairs if not missing(text)]
    for key, text in present:
        if not isinstance(text, str):
            raise TypeError(_not_text(key, text))
    results = extract_many(dict(enumerate(t for _, t in present)), workers=workers, progress=progress)
    keys = [key for key, _ in present]

    def rows() -> Iterable[tuple[Hashable, Figure]]:
        for result in results:
            if result.error is not None:
                raise ValueError(f"text {keys[result.index]!r}: {result.error}")
            for f in result.figures:
                yield keys[result.index], f

    return _frame(pd, rows(), with_source=True)


def _pairs(texts: Any, pd: Any) -> list[tuple[Hashable, Any]]:
    if isinstance(texts, (str, bytes)):
        raise TypeError("extract_frame() takes many texts (a list, a pandas Series or a mapping of id -> text), "
                        "not one; use extract_frame([text]) or to_frame(extract(text))")
    if isinstance(texts, pd.DataFrame):
        raise TypeError("extract_frame() takes a Series or a list of texts, not a DataFrame: pass one column, "
                        "e.g. extract_frame(df['text'])")
    if isinstance(texts, (Mapping, pd.Series)):
        return list(texts.items())
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_frame() takes a list, a pandas Series or a mapping of texts, "
                        f"not {type(texts).__name__}")
    return list(enumerate(texts))


def _not_text(key: Hashable, text: Any) -> str:
    hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    return f"text {key!r} is a {type(text).__name__}, not a str{hint}"


def _extract(key: Hashable, text: Any) -> list[Figure]:
    if not isinstance(text, str):
        raise TypeError(_not_text(key, text))
    return extract(text)


def _frame(pd: Any, rows: Iterable[tuple[Hashable, Figure]], *, with_source: bool) -> pandas.DataFrame:
    fields = _field_types()
    sources: list[Hashable] = []
    values: dict[str, list[Any]] = {name: [] for name, _ in fields}
    for key, figure in rows:
        if not isinstance(figure, Figure):
            raise TypeError(f"to_frame() takes cnstats Figures, not {type(figure).__name__}")
        sources.append(key)
        for name, _ in fields:
            value = getattr(figure, name)
            values[name].append(value.value if isinstance(value, Kind) else value)
    data: dict[str, Any] = {}
    if with_source:
        data[SOURCE] = pd.Series(sources, dtype=None if sources else object)
    for name, annotation in fields:
        data[name] = pd.Series(values[name], dtype=_dtype(pd, annotation))
    frame: pandas.DataFrame = pd.DataFrame(data)
    return frame
