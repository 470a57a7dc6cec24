"""The lexicon refuses word lists that would silently change what the scanner and the context see."""

from __future__ import annotations

import pytest

from cnstats.lexicon import LexiconError, _words


@pytest.mark.parametrize(("words", "problem"), [
    (["增长", "提高", "增长"], "duplicate entries in 'increase': \\['增长'\\]"),
    (["增长", ""], "an empty word in 'increase'"),
])
def test_a_bad_word_list_is_refused_with_its_name(words, problem):
    with pytest.raises(LexiconError, match=problem):
        _words({"increase": words}, "increase", "cues.json")


def test_a_word_list_is_longest_first():
    assert _words({"increase": ["增", "增长了", "增长"]}, "increase", "cues.json") == ("增长了", "增长", "增")
