"""The scanner's shortcuts change nothing: it finds what trying every alternative everywhere finds.

The scanner opens only at the characters the lexicon lists (`listed_openers`: ASCII digits, numerals,
the first characters of words; not ٣ or other scripts' digits). At each of them `scan` tries only the
alternatives that can start with that character, and skips an opener whose next character cannot follow
it; both sets are worked out by partial matching when the scanner is built. The reference here has no
shortcut: at every listed opener it tries every alternative, in order, as one pattern. It is matched
by `regex`, the scanner by `re`: the same answers show that the two engines read the patterns alike.
"""

from __future__ import annotations

from functools import cache

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import messy_text

from cnstats.lexicon import _load, fold, lexicon
from cnstats.scan import (
    TABLES,
    _matched,
    _tables,
    alternatives,
    as_regex,
    branches,
    build_tables,
    fingerprint,
    listed_openers,
    opening_characters,
    scan,
)


@cache
def _everything() -> regex.Pattern[str]:
    return as_regex("|".join(branch for _, branch in alternatives()))


def reference(folded: str) -> list[tuple[int, int, str]]:
    found, at = [], 0
    openers = listed_openers()
    while at < len(folded):
        match = _everything().match(folded, at) if folded[at] in openers else None
        if match:
            found.append((match.start(), match.end(), match.lastgroup or ""))
            at = match.end()
        else:
            at += 1
    return found


def scanned(folded: str) -> list[tuple[int, int, str]]:
    """What the one-pass scanner matches, before a proportion is split into its parts (0:0.0: the reference
    has no split) and units are shared."""
    return [(cand.start, cand.end, cand.kind) for cand in _matched(folded)]


# Every opening character, and every character the alternatives name, in any order
_LISTED = "".join(sorted(opening_characters() | set("".join(branch for _, branch in alternatives()))))
listed_text = st.text(st.sampled_from(_LISTED), max_size=60)


def _lexicon_words() -> list[str]:
    lex = lexicon()
    phrases = [w for listed in lex.non_figure_phrases.values() for w in listed]
    return sorted({*lex.approx_before, *lex.approx_after, *lex.vague_prefixes, *lex.cues["rank_words"],
                   *lex.doublings, *lex.fractions, *phrases, *lex.units, "电话", "工号", "第", "前", "翻"})


# The words that open alternatives, among numbers and breaks: where a wrong shortcut would show
word_text = st.lists(st.one_of(st.sampled_from(_lexicon_words()), st.sampled_from(list("一三十百万亿两。，、：: ")),
                               st.integers(0, 10**8).map(str)), max_size=25).map("".join)


# Runs of digits and dots among the characters the alternatives name: where the scanner tries at a digit
# only the alternatives that the character after its run allows (Tables.after_digits)
digit_text = st.lists(st.one_of(st.from_regex(r"[0-9][0-9.]{0,14}", fullmatch=True), st.sampled_from(_LISTED)),
                      max_size=20).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(messy_text, word_text, listed_text, digit_text, st.text(max_size=60)))
def test_scan_finds_what_every_alternative_everywhere_finds(text):
    folded = fold(text)
    assert scanned(folded) == reference(folded)


def test_other_scripts_digits_open_nothing():
    assert scanned("增长٣%，共١٢٣人") == reference("增长٣%，共١٢٣人") == []


def test_every_data_phrase_opens_where_it_begins():
    """A phrase listed in non_figures.json is found by the scanner wherever it stands."""
    for phrases in lexicon().non_figure_phrases.values():
        for phrase in phrases:
            assert scanned(f"他说{phrase}。") == reference(f"他说{phrase}。"), phrase


@pytest.mark.parametrize(("text", "marker"), [
    ("一、增长5%", "一、"),             # the start of the text
    ("如下。2.增长5%", "2."),           # after a sentence
    ("要求：\n    3、增长5%", "3、"),    # a line indented by blanks
    ("\n\t\t十、增长5%", "十、"),
    ("\n" + " " * 8 + "4.增长5%", "4."),  # up to 8 blanks
    ("\n" + " " * 9 + "4.增长5%", None),
    ("分别为 3、5个", None),             # inside a clause, even after a blank
    ("共有3、5个", None),
    ("（二）增长5%", "（二）"),           # a bracketed marker stands anywhere
])
def test_a_list_marker_stands_where_a_line_or_sentence_begins(text, marker):
    markers = [text[c.start:c.end] for c in scan(fold(text)) if c.kind == "nf_list"]
    assert markers == ([marker] if marker else [])


def test_the_stored_tables_are_those_of_the_patterns():
    """data/scan_tables.json spares the first call the partial matching: it must hold the tables of the
    patterns as they are now. After changing a pattern, a word list or the table code, run
    `python tools/make_scan_tables.py` and commit the file."""
    assert _load(TABLES)["fingerprint"] == fingerprint(branches(), listed_openers()), "run tools/make_scan_tables.py"
    assert _tables() == build_tables(branches(), listed_openers()), "run tools/make_scan_tables.py"
