"""cnstats: statistical figures from Chinese prose, as typed records.

    >>> import cnstats
    >>> [f.text for f in cnstats.extract("工业投资增长69.9%,排全市第1位。")]
    ['69.9%', '第1位']

Tables, pictures, units, batches and Arrow (`to_frame`, `extract_frame`, `highlight`, `quantity`,
`unit_registry`, `extract_many`, `extract_file`, `arrow_schema`, `to_arrow`, `to_parquet`,
`extract_arrow`) are imported on first use, so `import cnstats` stays light: pandas, pint, tqdm and
pyarrow are loaded only by the functions that need them (Dask and Spark: `cnstats.dask`,
`cnstats.spark`, which live in `cnstats.engines`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .extract import extract
from .numerals import NumberError, Reading, parse_number, read_number
from .record import Figure, Kind

if TYPE_CHECKING:
    from .arrow import arrow_schema, extract_arrow, to_arrow, to_parquet
    from .batch import BatchResult, detect_encoding, extract_file, extract_many
    from .display import Highlight, highlight
    from .frame import extract_frame, to_frame
    from .units import quantity
    from .units import registry as unit_registry

_LAZY = {
    "to_frame": ("frame", "to_frame"),
    "extract_frame": ("frame", "extract_frame"),
    "highlight": ("display", "highlight"),
    "Highlight": ("display", "Highlight"),
    "quantity": ("units", "quantity"),
    "unit_registry": ("units", "registry"),
    "extract_many": ("batch", "extract_many"),
    "extract_file": ("batch", "extract_file"),
    "detect_encoding": ("batch", "detect_encoding"),
    "BatchResult": ("batch", "BatchResult"),
    "arrow_schema": ("arrow", "arrow_schema"),
    "to_arrow": ("arrow", "to_arrow"),
    "to_parquet": ("arrow", "to_parquet"),
    "extract_arrow": ("arrow", "extract_arrow"),
}

__all__ = ["BatchResult", "Figure", "Highlight", "Kind", "NumberError", "Reading", "arrow_schema", "detect_encoding",
           "extract", "extract_arrow", "extract_file", "extract_frame", "extract_many", "highlight", "parse_number",
           "quantity", "read_number", "to_arrow", "to_frame", "to_parquet", "unit_registry"]
__version__ = "0.1.0"


# `cnstats.dask.extract(ddf, …)`, `cnstats.spark.extract(df, …)`: the engines, by their short names.
_ENGINES = {"dask": "engines.dask", "spark": "engines.spark"}


def __getattr__(name: str) -> Any:
    """The lazy exports: import their module on first access."""
    if name in _ENGINES:
        engine = import_module(f".{_ENGINES[name]}", __name__)
        globals()[name] = engine
        return engine
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'cnstats' has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_ENGINES))
