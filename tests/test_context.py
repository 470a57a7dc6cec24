"""The context stage's period index against a plain search of the whole text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cnstats.context import _DATE, Periods
from cnstats.lexicon import lexicon
from cnstats.text import alternation


def _reference(text: str) -> list[tuple[int, int]]:
    """Every period expression, found by `regex` with no first-character shortcut: a date, or a named period
    with its 末, 初 or 底 (去年底); none whose first digit ends a code (PM2.5月, PM10月)."""
    plain = regex.compile(f"(?:{_DATE}|(?:{alternation(lexicon().cues['periods'])})(?:末|初|底)?)")
    return [match.span() for match in plain.finditer(text)
            if not (match.start() and text[match.start()].isdigit() and regex.match(r"[A-Za-z.]", text[match.start() - 1]))]


@pytest.mark.parametrize("word", lexicon().cues["periods"])
def test_every_listed_period_is_found_whole(word: str) -> None:
    assert Periods(f"据统计{word}增长5%").last(0, 100) == (3, 3 + len(word))


@pytest.mark.parametrize("date", ["2023年", "2023年3月", "3月份", "前5个月", "每户", "连续三年", "二〇二三年度",
                                  "一至九月", "十二月份", "2月10日"])
def test_dates_are_periods(date: str) -> None:
    assert Periods(f"，{date}实现").last(0, 100) == (1, 1 + len(date))


PIECES = ["2023年", "3月", "今年以来", "前三季度", "每户", "连续5年", "二〇二三年", "年", "月", "1", "12", "增长",
          "5%", "，", "。", "以来", "第", "前", "上半年", "十四五期间", "底", "末", "PM", ".", "112年底"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)),
                                                                   max_size=12))
def test_last_is_the_last_expression_in_the_window(pieces: list[str], windows: list[tuple[int, int]]) -> None:
    text = "".join(pieces)
    spans = _reference(text)
    periods = Periods(text)
    for lo, hi in windows:  # in any order: the index reads ahead once and answers from what it read
        inside = [span for span in spans if lo <= span[0] and span[1] <= hi]
        assert periods.last(lo, hi) == (inside[-1] if inside else None)

