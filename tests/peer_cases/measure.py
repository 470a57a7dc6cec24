"""Exact-match rate of cnstats on the peer-case tables in this folder.

Each *.json here holds rows written for cnstats from the forms a peer project's public test suite
covers (Recognizers-Text, cn2an, chinese2digits, JioNLP, Duckling). A reader row (`text`) is read with
`read_number` and must give exactly `value` (and `upper`, `approx`, `percent`); an extract row
(`sentence`) must yield a figure whose text is `text` with that value, bounds, unit and approximation.

    python tests/peer_cases/measure.py          # the rate per table and overall, then every miss
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path

from cnstats import NumberError, extract, read_number

HERE = Path(__file__).resolve().parent


def tables() -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(HERE.glob("*.json"))}


def cases() -> list[tuple[str, bool, dict]]:
    """(table, is_extract_row, row) for every row of every table."""
    return [(name, bool(table.get("extract")), row) for name, table in tables().items() for row in table["cases"]]


def miss(is_extract: bool, row: dict) -> str | None:
    """Why the row is not matched exactly, or None when it is."""
    return _extract_miss(row) if is_extract else _reader_miss(row)


def _reader_miss(row: dict) -> str | None:
    try:
        reading = read_number(row["text"])
    except NumberError as error:
        return f"NumberError: {error}"
    want = (Decimal(row["value"]), Decimal(row["upper"]) if row.get("upper") is not None else None,
            row.get("approx"), bool(row.get("percent")))
    got = (reading.value, reading.upper, reading.approx, reading.percent)
    return None if got == want else f"got {got}, want {want}"


def _close(a: float | None, b: float | None) -> bool:
    return (a is None) == (b is None) and (a is None or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12))


def _extract_miss(row: dict) -> str | None:
    figures = extract(row["sentence"])
    found = [f for f in figures if f.text == row["text"]]
    if not found:
        return f"no figure {row['text']!r}; found {[f.text for f in figures]}"
    f = found[0]
    got = (f.value, f.upper, f.unit, f.approx)
    if (_close(f.value, row["value"]) and _close(f.upper, row.get("upper")) and f.unit == row["unit"]
            and ("approx" not in row or f.approx == row["approx"])):
        return None
    return f"got {got}, want {(row['value'], row.get('upper'), row['unit'], row.get('approx'))}"


def main() -> None:
    total = matched = 0
    misses = []
    for name, table in tables().items():
        rows = table["cases"]
        bad = [(row, why) for row in rows if (why := miss(bool(table.get("extract")), row))]
        total, matched = total + len(rows), matched + len(rows) - len(bad)
        print(f"{name:28} {len(rows) - len(bad):4}/{len(rows):<4} {100 * (len(rows) - len(bad)) / len(rows):6.1f}%")
        misses += [(name, row, why) for row, why in bad]
    print(f"{'overall':28} {matched:4}/{total:<4} {100 * matched / total:6.1f}%")
    for name, row, why in misses:
        print(f"  {name}: {row.get('sentence', row.get('text'))!r}: {why}")


if __name__ == "__main__":
    main()
