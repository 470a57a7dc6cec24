"""`extract`, the public entry point: it checks its input and runs the pipeline over it.

Pure Python even where the pipeline is compiled (setup.py): a compiled function rejects a non-str on
its own terms, and this one says what it was given and what to do about it.
"""

from __future__ import annotations

from .pipeline import records
from .record import Figure


def extract(text: str) -> list[Figure]:
    """Every statistical figure in `text`, ordered by start, never overlapping."""
    if not isinstance(text, str):
        raise TypeError(_type_message(text))
    return records(text)


def _type_message(text: object) -> str:
    name = type(text).__name__
    if isinstance(text, (bytes, bytearray)):
        return (f"extract() takes a str, not {name}: decode it first, e.g. data.decode('utf-8') "
                "or data.decode('gb18030'); the cnstats command line and cnstats.extract_file(path) "
                "detect UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK by themselves")
    return f"extract() takes a str, not {name}"
