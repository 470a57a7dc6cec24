"""Figures as pint quantities: the units of Chinese statistics in a unit registry.

    >>> import cnstats
    >>> area = cnstats.quantity(cnstats.extract("全县耕地面积3万亩。")[0])
    >>> area
    <Quantity(30000.0, '亩')>
    >>> area.to("hectare")
    <Quantity(2000.0, 'hectare')>

The registry is pint's default one (SI and the usual English units) plus the definitions shipped in
`cnstats/data/units.txt`: 亩, 公顷, 平方公里, 公斤, 斤, 吨, 公里, 千瓦时, 吨标准煤, 立方米, 标准箱, 吨公里 …,
every currency as a dimension of its own (元 and 美元 do not convert into each other: cnstats
invents no exchange rate), `百分点` (a percentage point, 0.01) and `倍` (a multiple, 1). 万, 亿 and
万亿 are prefixes, so `registry().Quantity(28, "万吨")` is 280000 吨. The registry is built once, on
first use; `import cnstats` does not import pint.

Which figures have a quantity (`quantity(figure)`):

- `money` and `measure`: value in their unit (`45.38亿元` -> 4538000000.0 元, `28万吨` -> 280000.0 吨);
- `growth_rate`, `share`, `percent` and `ratio` in percent: value in `percent` (`69.9%` -> 69.9 percent);
- `percentage_point`: value in `百分点`; `ratio` in 倍: value in `倍`;
- `count`, `ranking` and `number`: None. A measure word (个, 家, 人) is not a unit of measurement and a
  rank is a position, not an amount; use `figure.value` for them. A figure whose value could not be
  read (`figure.value is None`) has no quantity either.

Quantities from this module belong to `registry()`: to combine them with quantities of your own,
make it the application registry (`pint.set_application_registry(cnstats.unit_registry())`) or
create yours with `registry().Quantity`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .record import Figure, Kind

if TYPE_CHECKING:
    import pint

DEFINITIONS = "units.txt"
"""The definitions file inside the package's data folder."""

_QUANTIFIED = frozenset({Kind.MONEY, Kind.MEASURE, Kind.GROWTH_RATE, Kind.SHARE, Kind.PERCENT,
                         Kind.PERCENTAGE_POINT, Kind.RATIO})
_PINT_NAMES = {"%": "percent", "℃": "degree_Celsius", "°C": "degree_Celsius"}


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The unit registry of cnstats: pint's defaults plus `cnstats/data/units.txt`, built once."""
    import pint

    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry()
    with resources.as_file(resources.files("cnstats") / "data" / DEFINITIONS) as path:
        ureg.load_definitions(str(path))
    return ureg


def quantity(figure: Figure, *, upper: bool = False) -> pint.Quantity[Any] | None:
    """The figure's value (or with `upper=True` its range's upper bound) as a pint Quantity.

    None for counts, rankings and plain numbers, for a figure whose value is None, and for the upper
    bound of a figure that is not a range. Raises ValueError if the figure's unit has no definition
    in the registry (add one with `registry().define(...)`).
    """
    if not isinstance(figure, Figure):
        raise TypeError(f"quantity() takes a cnstats Figure, not {type(figure).__name__}")
    magnitude = figure.upper if upper else figure.value
    if magnitude is None or figure.kind not in _QUANTIFIED:
        return None
    unit = figure.unit
    if unit is None:
        raise ValueError(f"figure {figure.text!r} ({figure.kind}) has no unit")
    name = _PINT_NAMES.get(unit, unit)
    ureg = registry()
    return ureg.Quantity(magnitude, _unit(ureg, name, figure.text))


_UNITS: dict[tuple[int, str], pint.Unit] = {}


def _unit(ureg: pint.UnitRegistry[Any], name: str, text: str) -> pint.Unit:
    """The registry's unit for a unit as `Figure.unit` writes it (a rate such as 公里/小时 or a price
    such as 元/吨 parsed into its parts)."""
    unit = _UNITS.get((id(ureg), name))
    if unit is None:
        import pint

        try:
            unit = ureg.parse_units(name)
        except (pint.PintError, ValueError, AttributeError, SyntaxError) as error:
            raise ValueError(f"no unit definition for {name!r} (figure {text!r}): cnstats/data/{DEFINITIONS} "
                             f"lacks it; add one with cnstats.unit_registry().define('{name} = ...')") from error
        _UNITS[(id(ureg), name)] = unit
    return unit
