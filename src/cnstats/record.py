"""The record contract: `Figure` and `Kind`. Nothing else lives here.

Field names and meanings are public API. Grow the record by adding fields; never rename or
repurpose one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, make_dataclass
from enum import Enum
from operator import attrgetter
from typing import Any, cast


class Kind(str, Enum):
    """What a figure measures."""

    MONEY = "money"
    COUNT = "count"
    MEASURE = "measure"
    GROWTH_RATE = "growth_rate"
    SHARE = "share"
    PERCENTAGE_POINT = "percentage_point"
    RATIO = "ratio"
    RANKING = "ranking"
    PERCENT = "percent"
    NUMBER = "number"

    def __str__(self) -> str:
        return self.value


CONTRACT_FIELDS = ("text", "start", "end", "kind", "value", "upper", "unit", "approx",
                   "indicator", "baseline", "scope")


@dataclass(frozen=True, slots=True)
class Figure:
    """One statistical figure found in a text.

    `source[start:end] == text` always holds. `value` has the magnitude applied, in the unit's
    base (`130.96亿元` -> 13096000000.0, `69.9%` -> 69.9); changes stated as decreases are
    negative. `value` is None only when the number could not be read; `flag` then says why.
    """

    text: str
    start: int
    end: int
    kind: Kind
    value: float | None
    upper: float | None = None
    unit: str | None = None
    approx: str | None = None
    indicator: str | None = None
    baseline: str | None = None
    scope: str | None = None
    period: str | None = None
    flag: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict with JSON-ready values (the kind as its string)."""
        record = asdict(self)
        record["kind"] = self.kind.value
        return record

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled as its field values: unpickling figures is the parent's share of a batch's work
        # (extract_many, Dask, Spark), so they are rebuilt the fast way.
        return new_figure, _fields_of(self)


_fields_of = attrgetter(*(f.name for f in fields(Figure)))
# Figure's twin, unfrozen, with the same slots: filled by plain stores, an instance then becomes a Figure.
_Unfrozen = make_dataclass("_Unfrozen", [(f.name, f.type, field(default=f.default)) for f in fields(Figure)],
                           slots=True)


def new_figure(*values: Any, **named: Any) -> Figure:
    """`Figure(...)` at a third of the cost, for the places that make figures by the thousand (the
    pipeline, unpickling): a frozen dataclass's __init__ sets each field through object.__setattr__."""
    figure = _Unfrozen(*values, **named)
    figure.__class__ = Figure
    return cast(Figure, figure)
