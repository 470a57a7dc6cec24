"""Fixture paragraphs: load them, and compare what `extract` finds with what they expect.

The format (one JSON file per theme, see the README and `data/fixture.schema.json`):

    {"theme": "...", "paragraphs": [{"id": "...", "text": "...", "note": "...",
      "figures": [{"text": ..., "start": ..., "end": ..., "kind": ..., "value": ..., ...}],
      "non_figures": [{"text": ..., "start": ..., "end": ..., "why": ...}]}]}

A figure is matched by its span (start, end); then each compared field must agree. Fields an
expected record does not carry are not compared, so records written by older versions still check.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .record import CONTRACT_FIELDS, Figure


@dataclass(frozen=True)
class Paragraph:
    """One fixture paragraph and the figures it must yield."""

    id: str
    text: str
    figures: list[dict[str, Any]]
    non_figures: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Change:
    span: tuple[int, int]
    text: str
    field: str
    expected: Any
    actual: Any

    def __str__(self) -> str:
        return f"  ~ {self.text} [{self.span[0]}:{self.span[1]}] {self.field} {self.expected!r} -> {self.actual!r}"


@dataclass(frozen=True)
class Diff:
    """How the figures found differ from the figures expected."""

    missing: list[dict[str, Any]]
    unexpected: list[dict[str, Any]]
    changed: list[Change]

    def __bool__(self) -> bool:
        return bool(self.missing or self.unexpected or self.changed)

    def __str__(self) -> str:
        lines = [f"  - missing {f['text']} [{f['start']}:{f['end']}] {f.get('kind')} {f.get('value')}"
                 for f in self.missing]
        lines += [f"  + unexpected {f['text']} [{f['start']}:{f['end']}] {f.get('kind')} {f.get('value')}"
                  for f in self.unexpected]
        lines += [str(c) for c in self.changed]
        return "\n".join(lines)


def load(path: str | Path) -> list[Paragraph]:
    """The paragraphs of a fixture file, or of every *.json file under a folder (sorted)."""
    path = Path(path)
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    return [p for f in files for p in _paragraphs(f)]


def _paragraphs(path: Path) -> Iterator[Paragraph]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["paragraphs"]:
        yield Paragraph(id=item["id"], text=item["text"], figures=item.get("figures", []),
                        non_figures=item.get("non_figures", []), note=item.get("note"),
                        source=item.get("source"), path=str(path))


def _same(expected: Any, actual: Any, tolerance: float) -> bool:
    if isinstance(expected, float) and isinstance(actual, float):
        return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
    return bool(expected == actual)


def compare(expected: Iterable[dict[str, Any]], actual: Iterable[Figure | dict[str, Any]],
            fields: Sequence[str] = CONTRACT_FIELDS, tolerance: float = 1e-9) -> Diff:
    """Compare expected records (dicts) with figures found, field by field, matching by span."""
    found = {(r["start"], r["end"]): r for r in (a.to_dict() if isinstance(a, Figure) else a for a in actual)}
    wanted = {(r["start"], r["end"]): r for r in expected}
    changed = [
        Change(span, record["text"], name, record[name], found[span].get(name))
        for span, record in wanted.items() if span in found
        for name in fields if name in record and not _same(record[name], found[span].get(name), tolerance)
    ]
    return Diff(missing=[r for s, r in wanted.items() if s not in found],
                unexpected=[r for s, r in found.items() if s not in wanted],
                changed=changed)
