"""Small helpers over word lists, shared by the classify and context stages.

Spans are (lo, hi) offsets into one text, so that what is cut from the folded text can be
taken from the source as written.
"""

from __future__ import annotations

from collections.abc import Iterable

CLAUSE_BREAKS = frozenset("，,；;。！？!?：:\n\r")
SENTENCE_BREAKS = frozenset("；;。！？!?\n\r")


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


def strip_tail(text: str, words: Iterable[str], lo: int = 0, hi: int | None = None) -> tuple[int, list[str]]:
    """Drop words from the end of text[lo:hi] while any matches: the new hi and the words dropped."""
    hi = len(text) if hi is None else hi
    ordered = longest_first(words)
    removed: list[str] = []
    while hi > lo:
        word = next((w for w in ordered if text.endswith(w, lo, hi)), None)
        if word is None:
            break
        hi -= len(word)
        removed.append(word)
    return hi, removed


def strip_head(text: str, words: Iterable[str], lo: int, hi: int, keep: Iterable[str] = (),
               heads: Iterable[str] = ()) -> int:
    """Drop words from the start of text[lo:hi] while any matches (never all of it): the new lo.

    Words in `keep` are whole words that merely begin like a dropped one (有效 is not 有 + 效);
    a word that would leave only one of `heads` names the noun and stays (救助资金).
    """
    ordered = longest_first(words)
    kept, headed = tuple(keep), frozenset(heads)
    while lo < hi and not text.startswith(kept, lo, hi):
        word = next((w for w in ordered if text.startswith(w, lo, hi) and lo + len(w) < hi
                     and text[lo + len(w):hi] not in headed), None)
        if word is None:
            break
        lo += len(word)
    return lo


def ends_with(text: str, words: Iterable[str], lo: int = 0, hi: int | None = None) -> str | None:
    """The longest word that text[lo:hi] ends with, if any."""
    hi = len(text) if hi is None else hi
    found = [w for w in words if text.endswith(w, lo, hi)]
    return max(found, key=len) if found else None


def clause_start(text: str, position: int, breaks: frozenset[str] = CLAUSE_BREAKS, limit: int = 60) -> int:
    """Where the clause holding `position` begins, looking back at most `limit` characters."""
    floor = max(0, position - limit)
    for i in range(position - 1, floor - 1, -1):
        if text[i] in breaks:
            return i + 1
    return floor


def clause_end(text: str, position: int, breaks: frozenset[str] = CLAUSE_BREAKS, limit: int = 60) -> int:
    """Where the clause holding `position` ends, looking ahead at most `limit` characters."""
    ceiling = min(len(text), position + limit)
    for i in range(position, ceiling):
        if text[i] in breaks:
            return i
    return ceiling
