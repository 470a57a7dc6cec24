"""The lexicon refuses word lists that would silently change what the scanner and the context see; fold keeps offsets."""

from __future__ import annotations

import pytest

from cnstats import extract
from cnstats.lexicon import LexiconError, _after_digits, _before_only, _senses, _words, fold


@pytest.mark.parametrize(("words", "problem"), [
    (["增长", "提高", "增长"], "duplicate entries in 'increase': \\['增长'\\]"),
    (["增长", ""], "an empty word in 'increase'"),
])
def test_a_bad_word_list_is_refused_with_its_name(words, problem):
    with pytest.raises(LexiconError, match=problem):
        _words({"increase": words}, "increase", "cues.json")


def test_a_word_list_is_longest_first():
    assert _words({"increase": ["增", "增长了", "增长"]}, "increase", "cues.json") == ("增长了", "增长", "增")


@pytest.mark.parametrize("sense", [
    {"块": {"kind": "count", "unit": "块", "cues": ["花"]}},  # the kind it already has
    {"块": {"kind": "rate", "unit": "元", "cues": ["花"]}},  # no kind of figure
    {"斤两": {"kind": "money", "unit": "元", "cues": ["花"]}},  # no listed unit
])
def test_a_unit_sense_must_be_another_kind_of_a_listed_unit(sense):
    with pytest.raises(LexiconError, match="must be another kind of a listed unit"):
        _senses({"senses": sense}, {"块": ("count", "块")})


@pytest.mark.parametrize(("text", "kind", "unit"), [
    ("全市影院银幕达到1246块", "count", "块"),  # no money cue: a measure word
    ("春节期间一家人花了三五百块", "money", "元"),
    ("月工资涨到六千块", "money", "元"),
])
def test_a_unit_with_two_senses_reads_by_its_clause(text, kind, unit):
    (figure,) = extract(text)
    assert (figure.kind.value, figure.unit) == (kind, unit)


@pytest.mark.parametrize("only", [
    {"小": "letter"},  # neither 'magnitude' nor 'numeral'
    {"大": "numeral"},  # no approximate word
])
def test_an_approximate_word_is_limited_only_to_what_can_follow_it(only):
    with pytest.raises(LexiconError, match="approx_before_only"):
        _before_only({"approx_before": {"小": "under", "上": "over"}, "approx_before_only": only})


@pytest.mark.parametrize(("text", "figures"), [
    ("三十年下来省了小两万", [("小两万", "under")]),  # before a Chinese numeral: just under
    ("大小3个", [("3个", None)]),  # not before digits
    ("投资上亿元", [("上亿元", "over")]),  # 上 before a magnitude word
    ("上3万人", [("3万人", None)]),
])
def test_shang_and_xiao_are_approximate_only_before_what_data_says(text, figures):
    assert [(f.text, f.approx) for f in extract(text)] == figures


def test_a_unit_after_digits_only_must_be_a_listed_unit():
    with pytest.raises(LexiconError, match="after_digits_only.*'分钱'"):
        _after_digits({"after_digits_only": ["分钱"]}, {"分": ("measure", "分")})
    assert _after_digits({"after_digits_only": ["分"]}, {"分": ("measure", "分")}) == {"分"}



@pytest.mark.parametrize(("text", "folded"), [
    ("增长&nbsp;5.1%", "增长      5.1%"),
    ("１２３，４５６億元", "123,456亿元"),
    ("研发&amp;设计&#12288;&#x3000;", "研发" + " " * 5 + "设计" + " " * 16),
    ("AT&T增长3%；R&D投入&nbsp", "AT&T增长3%;R&D投入&nbsp"),  # no reference without its ;
])
def test_fold_keeps_every_offset(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)
