"""cnstats.quantity and the unit registry: every unit a figure can carry converts as it should."""

import json
import math
import subprocess
import sys
from importlib import resources

import pint
import pytest

import cnstats
from cnstats import Figure, Kind
from cnstats.units import _PINT_NAMES as PINT_NAMES
from cnstats.units import quantity, registry


def fig(kind, value, unit, upper=None, text="x"):
    return Figure(text=text, start=0, end=len(text), kind=Kind(kind), value=value, upper=upper, unit=unit)


def units_json():
    return json.loads((resources.files("cnstats") / "data" / "units.json").read_text("utf-8"))


@pytest.mark.parametrize("kind", ["money", "measure", "time"])
def test_every_canonical_unit_of_the_lexicon_is_defined(kind):
    for canonical in sorted(set(units_json()[kind].values())):
        q = quantity(fig("measure" if kind == "time" else kind, 2.0, canonical))  # a length of time is a measure
        assert isinstance(q, pint.Quantity), canonical
        assert q.magnitude == 2.0
        assert q.units == registry().parse_units(PINT_NAMES.get(canonical, canonical))


@pytest.mark.parametrize("amount, unit, target, expected", [
    (15, "亩", "公顷", 1.0),
    (1, "公顷", "亩", 15.0),
    (1, "平方公里", "公顷", 100.0),
    (1, "平方公里", "亩", 1500.0),
    (2, "斤", "公斤", 1.0),
    (1, "吨", "公斤", 1000.0),
    (1, "吨", "斤", 2000.0),
    (1, "公里", "米", 1000.0),
    (1, "千瓦时", "joule", 3.6e6),
    (1, "吨标准煤", "GJ", 29.3076),
    (1000, "升", "立方米", 1.0),
    (1, "兆瓦", "千瓦", 1000.0),
    (1, "吨公里", "kilogram * kilometer", 1000.0),
    (1, "亩", "meter ** 2", 2000 / 3),
    (1, "公顷", "are", 100.0),
    (1, "英亩", "亩", 6.0702846),
    (36, "公里/小时", "meter / second", 10.0),
    (1, "吨/日", "公斤/小时", 1000 / 24),
    (1, "桶", "升", 158.987295),
    (1, "盎司", "克", 31.1034768),
    (1, "海里", "米", 1852.0),
])
def test_conversions(amount, unit, target, expected):
    assert math.isclose(registry().Quantity(amount, unit).to(target).magnitude, expected, rel_tol=1e-6)


def test_prices_rates_and_temperatures():
    assert math.isclose(quantity(fig("money", 3.0, "元/斤")).to("元/公斤").magnitude, 6.0)
    assert str(quantity(fig("money", 80.0, "美元/桶")).units) == "美元 / 桶"
    assert math.isclose(quantity(fig("measure", 36.0, "公里/小时")).to("米/秒").magnitude, 10.0)
    assert math.isclose(quantity(fig("measure", 25.0, "℃")).to("kelvin").magnitude, 298.15)
    assert quantity(fig("money", 5.0, "元/人")).dimensionality != quantity(fig("money", 5.0, "元/股")).dimensionality
    assert math.isclose(registry().Quantity(1, "元/月").to("元/年").magnitude, 12.0)


def test_magnitude_prefixes():
    ureg = registry()
    assert ureg.Quantity(28, "万吨").to("吨").magnitude == 280000
    assert ureg.Quantity(1.5, "亿元").to("元").magnitude == 150000000
    assert math.isclose(ureg.Quantity(2, "万亿元").to("亿元").magnitude, 20000)
    assert ureg("3 万亩").to("亩").magnitude == 30000


def test_currencies_are_separate_dimensions_with_no_rates():
    ureg = registry()
    yuan, dollar = ureg.Quantity(1, "元"), ureg.Quantity(1, "美元")
    assert yuan.dimensionality != dollar.dimensionality
    with pytest.raises(pint.DimensionalityError):
        yuan.to("美元")
    with pytest.raises(pint.DimensionalityError):
        yuan + dollar
    assert (yuan + ureg.Quantity(2, "CNY")).magnitude == 3
    for code in ("USD", "HKD", "EUR", "JPY", "GBP"):
        assert ureg.Quantity(1, code).dimensionality != yuan.dimensionality


def test_percent_and_percentage_points():
    rate = quantity(fig("growth_rate", 69.9, "%"))
    assert str(rate.units) == "percent" and rate.magnitude == 69.9
    assert math.isclose(rate.to("dimensionless").magnitude, 0.699)
    points = quantity(fig("percentage_point", -1.5, "百分点"))
    assert str(points.units) == "百分点" and points.magnitude == -1.5
    assert math.isclose((quantity(fig("percent", 65.2, "%")) + points).to("percent").magnitude, 63.7)
    assert quantity(fig("share", 5.0, "%")).magnitude == 5.0
    assert quantity(fig("ratio", 249.45, "%")).to("dimensionless").magnitude == pytest.approx(2.4945)
    assert quantity(fig("ratio", 1.5, "倍")).to("dimensionless").magnitude == 1.5


@pytest.mark.parametrize("kind, unit", [("count", "个"), ("count", "人"), ("ranking", None), ("number", None)])
def test_counts_rankings_and_numbers_have_no_quantity(kind, unit):
    assert quantity(fig(kind, 3.0, unit)) is None


def test_unreadable_value_and_missing_upper_give_none():
    assert quantity(fig("money", None, "元")) is None
    assert quantity(fig("money", 5.0, "元")) is not None
    assert quantity(fig("money", 5.0, "元"), upper=True) is None


def test_upper_bound_of_a_range():
    ranged = fig("money", 5e6, "元", upper=5e7)
    assert quantity(ranged).magnitude == 5e6
    assert quantity(ranged, upper=True).magnitude == 5e7


def test_from_extracted_figures():
    text = "全县耕地面积3万亩,粮食产量28万吨,增长5.2%,贷款余额45.38亿元,志愿者708万人,排全市第1位。"
    got = {f.text: quantity(f) for f in cnstats.extract(text)}
    assert got["3万亩"].to("公顷").magnitude == pytest.approx(2000)
    assert got["28万吨"].to("公斤").magnitude == pytest.approx(2.8e8)
    assert str(got["45.38亿元"].units) == "元" and got["45.38亿元"].magnitude == pytest.approx(4.538e9)
    assert str(got["5.2%"].units) == "percent"
    assert got["708万人"] is None
    assert got["第1位"] is None


def test_unknown_unit_is_a_clear_error():
    with pytest.raises(ValueError, match="no unit definition for '亩2'"):
        quantity(fig("measure", 1.0, "亩2"))


def test_not_a_figure():
    with pytest.raises(TypeError, match="Figure"):
        quantity("3万亩")


def test_lazy_exports_and_registry_is_shared():
    assert cnstats.quantity is quantity
    assert cnstats.unit_registry() is registry()
    q = cnstats.quantity(fig("measure", 1.0, "亩"))
    assert q._REGISTRY is registry()


def test_import_cnstats_does_not_import_pint_or_pandas():
    code = "import sys, cnstats; print(sorted(m for m in ('pint', 'pandas', 'tqdm') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_definitions_redefine_nothing_of_pint(caplog):
    """Our names and aliases must not shadow pint's (a redefinition is logged as a warning)."""
    import logging

    registry.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            ureg = registry()
        assert not [r for r in caplog.records if "Redefining" in r.getMessage()]
        fresh = pint.UnitRegistry()
        ours = []
        text = (resources.files("cnstats") / "data" / "units.txt").read_text("utf-8")
        for line in text.splitlines():
            line = line.split("#")[0].strip()
            if line and not line.startswith("@") and not line.split("=")[0].strip().endswith("-"):
                parts = [p.strip() for p in line.split("=")]
                ours += [parts[0], *(p for p in parts[2:] if p != "_")]
        assert len(ours) > 50
        assert [n for n in ours if fresh.parse_unit_name(n)] == []  # nor a name pint derives (mu = milli-u)
        assert ureg.Quantity(1, "mu").to("dalton").magnitude == pytest.approx(0.001)
    finally:
        registry.cache_clear()
