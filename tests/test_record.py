"""The record itself: frozen, slotted, and the same after a trip through pickle or copy."""

import copy
import dataclasses
import pickle

import pytest

import cnstats
from cnstats import Figure, Kind

FIGURES = cnstats.extract("民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%;排全市第1位。人口" + "9" * 400 + "万人。")


def test_figures_are_frozen_and_slotted():
    figure = FIGURES[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 1.0  # type: ignore[misc]
    assert not hasattr(figure, "__dict__")


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_gives_back_equal_figures(protocol):
    again = pickle.loads(pickle.dumps(FIGURES, protocol=protocol))
    assert again == FIGURES
    assert [type(f.kind) for f in again] == [Kind] * len(FIGURES)
    assert any(f.flag for f in again) and any(f.baseline for f in again)  # the optional fields survive too


def test_copies_are_equal():
    assert copy.copy(FIGURES) == FIGURES
    assert copy.deepcopy(FIGURES) == FIGURES
    assert isinstance(copy.deepcopy(FIGURES[0]), Figure)


def test_new_figure_makes_the_figure_the_constructor_makes():
    from cnstats.record import new_figure

    for figure in FIGURES:
        fields = {f.name: getattr(figure, f.name) for f in dataclasses.fields(Figure)}
        made = new_figure(**fields)
        assert type(made) is Figure and made == Figure(**fields) and hash(made) == hash(figure)
    least = new_figure(text="5%", start=0, end=2, kind=Kind.PERCENT, value=5.0)
    assert least == Figure(text="5%", start=0, end=2, kind=Kind.PERCENT, value=5.0)  # the defaults are Figure's
    with pytest.raises(dataclasses.FrozenInstanceError):
        least.value = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        new_figure(text="5%")  # a field without a default is missing, as with Figure(...)
