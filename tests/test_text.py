"""text.alternation: the grouped form matches exactly what the plain longest-first alternation does;
text.clause_bounds and sentence_start: one backward search finds what three did; HAN is the Han script;
text.strip_tail never cuts a kept word."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cnstats.text import (
    CLAUSE_BREAKS,
    HAN,
    SENTENCE_BREAKS,
    alternation,
    clause_bounds,
    clause_start,
    longest_first,
    sentence_start,
    strip_tail,
)

# Few characters, so that words share first characters and prefixes (元, 元/吨, 元人民币) and special
# characters of both engines are among them.
_CHARS = st.sampled_from("元人次吨/.万+-[]^\\")
_WORDS = st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=0, max_size=12)


@st.composite
def _words_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    """A word list and a text made of its words, their prefixes and noise: where the forms could differ."""
    words = draw(_WORDS)
    pieces = st.sampled_from([w[:k] for w in words for k in range(1, len(w) + 1)]) if words else _CHARS
    return words, "".join(draw(st.lists(st.one_of(pieces, _CHARS), max_size=6)))


def _plain(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in longest_first(words)) or "(?!)"


@given(_words_and_text())
def test_grouped_alternation_matches_as_the_plain_one(case):
    words, text = case
    for engine in (re, regex):
        grouped, plain = engine.compile(f"(?:{alternation(words)})"), engine.compile(f"(?:{_plain(words)})")
        for at in range(len(text) + 1):
            found, expected = grouped.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span())


@given(_words_and_text())
def test_grouped_alternation_backtracks_as_the_plain_one(case):
    """Followed by more pattern, a shorter word must still be tried when the longest cannot go on."""
    words, text = case
    grouped = regex.compile(f"(?:{alternation(words)})次")
    plain = regex.compile(f"(?:{_plain(words)})次")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_empty_list_matches_nothing():
    assert regex.compile(alternation([])).search("元人次") is None


# Breaks of both kinds (；ends a sentence, ，only a clause), far apart and near, around the limits.
_PROSE = st.lists(st.tuples(st.integers(0, 120), st.sampled_from("，；。、\n")), max_size=6).map(
    lambda runs: "".join("字" * size + mark for size, mark in runs))


@given(_PROSE, st.integers(min_value=0, max_value=800))
def test_clause_bounds_are_the_three_searches(text: str, position: int) -> None:
    position = min(position, len(text))
    bounds = clause_bounds(text, position)
    assert bounds.clause == clause_start(text, position, CLAUSE_BREAKS, 60)
    assert bounds.wide == clause_start(text, position, CLAUSE_BREAKS, 80)
    assert sentence_start(text, position, bounds.wide) == clause_start(text, position, SENTENCE_BREAKS, 200)


def test_the_spelled_out_han_class_is_regexs_han_script():
    """HAN stands for \\p{Han} in the patterns `re` matches; on the Basic Multilingual Plane the two agree."""
    spelled, script = re.compile(f"[{HAN}]"), regex.compile(r"\p{Han}")
    differ = [hex(code) for code in range(0x10000)
              if (spelled.match(chr(code)) is None) != (script.match(chr(code)) is None)]
    assert differ == []


@pytest.mark.parametrize(("text", "keep", "name"), [
    ("工业投资同比增长", (), "工业投资"),
    ("飞机起降", ("起降",), "飞机起降"),                    # not 起 + the verb 降
    ("人口自然增长率为", ("自然增长率",), "人口自然增长率"),   # the longest word cuts it: the shorter 为 goes
    ("人口增长率为", ("自然增长率",), "人口"),
])
def test_strip_tail_never_cuts_a_kept_word(text, keep, name):
    hi, _ = strip_tail(text, ("降", "为", "增长率为", "同比", "增长"), keep=keep)
    assert text[:hi] == name
