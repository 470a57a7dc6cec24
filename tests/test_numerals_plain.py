"""An Arabic number with at most one magnitude word (12, 45.38, 1,234.5, 3.3万, 708亿) is read without
the word-by-word steps of the reader, and reads the same as through them: the shortcut holds while no
word of numerals.json is made of its characters, which the reader checks when it builds its table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnstats import numerals

MAGNITUDES = "".join(numerals._table().magnitudes)
plain = st.tuples(
    st.one_of(
        st.integers(0, 10**60).map(str),
        st.integers(0, 10**60).map(lambda n: f"{n:,}"),
        st.tuples(st.integers(0, 10**45), st.integers(0, 10**9)).map(lambda p: f"{p[0]}.{p[1]}"),
        st.tuples(st.integers(0, 10**12), st.integers(0, 10**9)).map(lambda p: f"{p[0]:,}.{p[1]}"),
        st.text("0123456789.,", min_size=1, max_size=12),  # also what is not plain: 1,2345  1..2  ,5
    ),
    st.one_of(st.just(""), st.sampled_from(MAGNITUDES), st.text(MAGNITUDES, max_size=3)),
).map("".join)


@given(plain)
def test_a_plain_number_reads_as_through_every_step(text):
    assert _outcome(text) == _slow(text)


def test_a_million_digits_overflow_alike():
    for text in ("1" * 1_000_001 + "万", "9" * 999_999 + "亿", "0." + "0" * 1_000_000 + "1万"):
        assert _outcome(text) == _slow(text)


def _outcome(text: str) -> numerals.Reading | str:
    try:
        return numerals._parse(text)
    except numerals.NumberError as error:
        return str(error)


def _slow(text: str) -> numerals.Reading | str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numerals, "_plain", lambda: None)
        return _outcome(text)


def test_the_shortcut_takes_the_common_magnitudes():
    plain = numerals._plain()
    assert plain is not None
    assert all(plain.fullmatch(text) for text in ("1,234.5", "3.3万", "708亿", "5千"))
    assert not plain.fullmatch("3十")  # 十 is a word of the vague forms (十几)


@pytest.mark.parametrize("change", [
    {"measure_words": ("个", "0")},  # 100 would lose its last 0
    {"approx_mid": {"余": "over", "5": "over"}},
    {"digits": {"一": 1, "1": 1}},  # 12 would be an adjacent range
    {"rewrites": (("廿", "二十"), ("00", "0"))},
    {"separators": numerals.regex.compile(r"\.")},
])
def test_a_word_made_of_digits_turns_the_shortcut_off(change):
    assert numerals._plain_numbers(replace(numerals._table(), **change)) is None


def test_a_word_made_of_digits_and_a_magnitude_leaves_that_magnitude_out():
    table = numerals._table()
    plain = numerals._plain_numbers(replace(table, approx_after=(*table.approx_after, ("万", "over"))))
    assert plain is not None and plain.fullmatch("3亿") and not plain.fullmatch("3万")
    tenfold = numerals._plain_numbers(replace(table, magnitudes={**table.magnitudes, "万": numerals.Decimal(20000)}))
    assert tenfold is not None and not tenfold.fullmatch("3万")
