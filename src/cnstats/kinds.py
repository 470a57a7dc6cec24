"""The members of `record.Kind` as constants, for the compiled stages.

On Python 3.11 every `Kind.SHARE` runs the enum metaclass's attribute hook (0.1 µs), and every
`Kind("money")` its call (0.4 µs); the stages ask some thirty times a figure. `Final` names of a module
compiled by mypyc are C statics, read at no cost.
"""

from __future__ import annotations

from typing import Final

from .record import Kind

MONEY: Final = Kind.MONEY
COUNT: Final = Kind.COUNT
MEASURE: Final = Kind.MEASURE
GROWTH_RATE: Final = Kind.GROWTH_RATE
SHARE: Final = Kind.SHARE
PERCENTAGE_POINT: Final = Kind.PERCENTAGE_POINT
RATIO: Final = Kind.RATIO
RANKING: Final = Kind.RANKING
PERCENT: Final = Kind.PERCENT
NUMBER: Final = Kind.NUMBER

BY_VALUE: Final[dict[str, Kind]] = {kind.value: kind for kind in Kind}  # "money" -> Kind.MONEY
