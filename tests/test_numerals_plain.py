"""A plain Arabic number (12, 45.38, 1,234.5) is read without the word-by-word steps of the reader,
and reads the same as through them: the shortcut holds while no word of numerals.json is made of its
characters, which the reader checks when it builds its table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnstats import numerals

plain = st.one_of(
    st.integers(0, 10**30).map(str),
    st.integers(0, 10**30).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 10**12), st.integers(0, 10**9)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(0, 10**12), st.integers(0, 10**9)).map(lambda p: f"{p[0]:,}.{p[1]}"),
    st.text("0123456789.,", min_size=1, max_size=12),  # also what is not plain: 1,2345  1..2  ,5
)


@given(plain)
def test_a_plain_number_reads_as_through_every_step(text):
    fast = _outcome(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numerals, "_plain_as_written", lambda: False)
        assert _outcome(text) == fast


def _outcome(text: str) -> numerals.Reading | str:
    try:
        return numerals._parse(text)
    except numerals.NumberError as error:
        return str(error)


def test_the_shortcut_is_taken_with_the_shipped_words():
    assert numerals._plain_as_written()
    assert numerals._PLAIN.fullmatch("1,234.5")


@pytest.mark.parametrize("change", [
    {"measure_words": ("个", "0")},  # 100 would lose its last 0
    {"approx_mid": {"余": "over", "5": "over"}},
    {"digits": {"一": 1, "1": 1}},  # 12 would be an adjacent range
    {"rewrites": (("廿", "二十"), ("00", "0"))},
    {"separators": numerals.regex.compile(r"\.")},
])
def test_a_word_made_of_digits_turns_the_shortcut_off(change):
    assert not numerals._reads_as_written(replace(numerals._table(), **change))
