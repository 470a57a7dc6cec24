"""Small helpers over word lists, shared by the classify and context stages.

Spans are (lo, hi) offsets into one text, so that what is cut from the folded text can be
taken from the source as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import regex

from .lexicon import lexicon

CLAUSE_BREAKS = frozenset("，,；;。！？!?：:\n\r")  # not 、: a clause runs on across an enumeration comma
SENTENCE_BREAKS = frozenset("；;。！？!?\n\r")
PERIOD_BREAKS = frozenset("。！？!?\n\r")  # a full stop: a 其中 list runs on across semicolons

# The Han script as `regex` 2026.12 has \p{Han}, spelled out for the patterns matched by `re`,
# which has no script classes. Ranges, to go inside a class: [{HAN}].
HAN = ("\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
       "\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e"
       "\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
       "\U00031350-\U00033479")


# 居民消费价格（CPI）, 采购经理指数(PMI): an abbreviation in brackets after a name is no part of it
ABBREVIATION = re.compile(r"[(（][A-Za-z][A-Za-z0-9.&\-]{0,11}[)）]$")
# 中原城市领先指数CCL: or with no brackets, in capitals right after the name
LATIN_ABBREVIATION = re.compile(f"(?<=[{HAN}])[A-Z]{{2,8}}$")
# 比上年, 较上年同期, 与上年相比 — not the 比 of 比重, 占比, 可比, 环比, 比亚迪, 比赛, 比如, nor the 较 of 较快, 较多 (but 较多年同期均值)
COMPARISON = (r"(?:(?<![可占环对评相同之])比(?![重例率较由从亚赛如拼武分特利])|较(?![快大高低好强弱为少]|多(?!年))"
              r"|与(?=[^，,；;。]{1,12}相比))")
# 高温日数（日最高气温≥35℃）: a definition in brackets after a name is no part of it
DEFINITION = re.compile(r"[(（][^()（）\n\r]{2,16}[≥≤>＜<][^()（）\n\r]{1,8}[)）]$")
# 居民消费价格指数（上年=100）: an index's base in brackets after its name is no part of it either
INDEX_BASE = re.compile(r"[(（][^()（）=\n\r]{1,12}=100[)）]$")


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Longest first, then in code point order: the same patterns in every process."""
    return tuple(sorted(set(words), key=lambda word: (-len(word), word)))


class _WordList(NamedTuple):
    words: tuple[str, ...]
    ordered: tuple[str, ...]  # longest first
    head: re.Pattern[str]  # the longest word at a position
    tails: frozenset[str]
    sizes: dict[str, tuple[int, ...]]  # last character -> the lengths of the words ending in it, longest first


def _compiled(words: tuple[str, ...]) -> _WordList:
    # The lists are the lexicon's own tuples, alive as long as it is: looked up by identity, not by
    # hashing a hundred words at every call.
    found = _BY_IDENTITY.get(id(words))
    if found is None or found.words is not words:
        found = _word_list(words)
        if len(_BY_IDENTITY) < 1024:
            _BY_IDENTITY[id(words)] = found
    return found


_BY_IDENTITY: dict[int, _WordList] = {}


@cache
def _word_list(words: tuple[str, ...]) -> _WordList:
    ordered = longest_first(words)
    # `re`, not `regex`: for an alternation of plain words it is three times faster.
    head = re.compile(alternation(ordered))
    sizes: dict[str, set[int]] = {}
    for word in ordered:
        sizes.setdefault(word[-1], set()).add(len(word))
    return _WordList(words, ordered, head, frozenset(ordered),
                     {last: tuple(sorted(lengths, reverse=True)) for last, lengths in sizes.items()})


def alternation(listed: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, so that the longest spelling wins.

    Grouped by first character behind a class of the first characters (元(?:/平方米|人民币|)|人(?:次|)…):
    neither engine does this itself, and a list of two hundred units otherwise costs a failed try at
    each word where none begins, and a walk past the long words to 人 where it does.
    """
    ordered = longest_first(listed)
    if len(ordered) < 2:
        return regex.escape(ordered[0]) if ordered else "(?!)"
    firsts = "".join(regex.escape(first) for first in dict.fromkeys(word[0] for word in ordered))
    return f"(?=[{firsts}])(?:{_word_branches(ordered)})"


def by_first_character(alternatives: Iterable[tuple[str, str]]) -> str:
    """Alternatives, each given as (the characters it can begin with, the pattern after its first), as one
    alternation of branches that each begin with a literal character; the alternatives that share a first
    character are tried in the order given.

    Matching tries only the branch of the character at hand; and `re` searches for a pattern made so by a
    class of its first characters, in a tight loop, where it tries one led by a lookahead (alternation's)
    at every position, four times as slow a character.
    """
    groups: dict[str, list[str]] = {}
    for firsts, rest in alternatives:
        for first in firsts:
            groups.setdefault(first, []).append(rest)
    return "|".join(regex.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                    for first, rests in groups.items())


def searchable(listed: tuple[str, ...]) -> re.Pattern[str]:
    """A word list compiled to be searched for over a whole text (by_first_character), longest words
    first. Compiled at each call: the caller keeps it."""
    return re.compile(_word_branches(longest_first(listed)))


def _word_branches(ordered: tuple[str, ...]) -> str:
    return by_first_character((word[0], regex.escape(word[1:])) for word in ordered)


def words(listed: tuple[str, ...]) -> re.Pattern[str]:
    """A word list as one compiled alternation, longest words first."""
    return _compiled(listed).head


def by_length(listed: tuple[str, ...]) -> tuple[str, ...]:
    """longest_first of a word list, sorted once (not at every call on the hot path)."""
    return _compiled(listed).ordered


def starts_with(text: str, words: tuple[str, ...], lo: int, hi: int | None = None) -> bool:
    """Whether text[lo:hi] begins with a word of `words`: str.startswith with a tuple tries every word
    in turn, the compiled alternation only those with the character at lo (a list of a hundred words:
    a third of the time)."""
    return _compiled(words).head.match(text, lo, len(text) if hi is None else hi) is not None


def ends_with(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None,
              keep: tuple[str, ...] = ()) -> str | None:
    """The longest word that text[lo:hi] ends with, if any; given `keep`, the longest whose drop would
    cut none of its words (自然增长率为: 为, not 增长率为)."""
    hi = len(text) if hi is None else hi
    if hi <= lo:
        return None
    listed = _compiled(words)
    for size in listed.sizes.get(text[hi - 1], ()):  # most often no word ends in that character
        if size <= hi - lo and text[hi - size:hi] in listed.tails and not (keep and cuts(text, keep, lo, hi - size, hi)):
            return text[hi - size:hi]
    return None


def cuts(text: str, keep: tuple[str, ...], lo: int, cut: int, hi: int) -> bool:
    """Whether a word of `keep` in text[lo:hi] begins before `cut` and ends after it (by hi)."""
    listed = _compiled(keep)
    for end in range(cut + 1, hi + 1):  # as many ends as the dropped word has characters
        for size in listed.sizes.get(text[end - 1], ()):  # most often no kept word ends in that character
            if lo <= end - size < cut and text[end - size:end] in listed.tails:
                return True
    return False


def strip_tail(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None,
               keep: tuple[str, ...] = ()) -> tuple[int, list[str]]:
    """Drop words from the end of text[lo:hi] while any matches: the new hi and the words dropped.
    Words in `keep` stay whole: no drop cuts into one (起降 is not 起 + 降)."""
    hi = len(text) if hi is None else hi
    removed: list[str] = []
    while hi > lo and (word := ends_with(text, words, lo, hi, keep)):
        hi -= len(word)
        removed.append(word)
    return hi, removed


_JOINED = ("及", "和", "与")


def strip_head(text: str, words: tuple[str, ...], lo: int, hi: int, keep: tuple[str, ...] = (),
               heads: frozenset[str] = frozenset()) -> int:
    """Drop words from the start of text[lo:hi] while any matches (never all of it): the new lo.

    Words in `keep` are whole words that merely begin like a dropped one (有效 is not 有 + 效);
    a word that would leave only one of `heads` names the noun and stays (救助资金), and so does a
    word that would leave one character, which names nothing alone (安置房 is not 安置 + 房).
    """
    head = _compiled(words).head
    while lo < hi:
        match = head.match(text, lo, hi)
        if match is None or (keep and starts_with(text, keep, lo, hi)):  # the cheap test first: most often no word
            break
        word = match.group()
        if text.startswith(_JOINED, lo + len(word)):
            break  # 服务及销售人员: a noun listed with the next, not a verb before it
        if lo + len(word) >= hi - 1 or text[lo + len(word):hi] in heads:
            # the longest word may not be strippable where a shorter one is
            word = next((w for w in by_length(words) if text.startswith(w, lo, hi) and lo + len(w) < hi - 1
                         and text[lo + len(w):hi] not in heads), "")
            if not word:
                break
        lo += len(word)
    return lo


@cache
def _break_finder(breaks: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(breaks)) + "]")


_BETWEEN_DIGITS = frozenset(",:：")


def _first_break(text: str, breaks: frozenset[str], lo: int, hi: int) -> int:
    """Where the first break of text[lo:hi] is, or -1. Not the thousands separator of 8,091亿千瓦时 nor
    the colon of a time or a ratio (18:00, 1:1): a comma or colon between two digits, which reads the same
    backwards. Checked here, as a class alone lets `re` skip ahead to its characters, where the
    lookarounds in the pattern made it try every position."""
    search = _break_finder(breaks).search
    found = search(text, lo, hi)
    while found is not None and text[found.start()] in _BETWEEN_DIGITS and 0 < found.start() < len(text) - 1 \
            and text[found.start() - 1].isdigit() and text[found.start() + 1].isdigit():
        found = search(text, found.start() + 1, hi)
    return found.start() if found is not None else -1


def clause_start(text: str, position: int, breaks: frozenset[str] = CLAUSE_BREAKS, limit: int = 60) -> int:
    """Where the clause holding `position` begins, looking back at most `limit` characters."""
    floor = max(0, position - limit)
    # The first break of the window reversed is its last: faster than a backward search
    window = text[floor:position][::-1]
    at = _first_break(window, breaks, 0, len(window))
    return position - at if at >= 0 else floor


class Clause(NamedTuple):
    """Where the clause holding a position begins, at most 60 characters back, and the same clause
    read wider, at most 80 back (for the cues of a share)."""

    clause: int
    wide: int


SENTENCE_LIMIT, CLAUSE_LIMIT, WIDE_LIMIT = 200, 60, 80


def clause_bounds(text: str, position: int) -> Clause:
    """Both starts of the clause holding `position`, found by one backward search."""
    at = clause_start(text, position, CLAUSE_BREAKS, WIDE_LIMIT)
    return Clause(max(at, position - CLAUSE_LIMIT), at)


def sentence_start(text: str, position: int, clause: int) -> int:
    """Where the sentence holding `position` begins (at most 200 characters back), given where its
    clause begins: a clause that opens after a full stop or a semicolon opens the sentence."""
    if clause > position - WIDE_LIMIT and (clause == 0 or text[clause - 1] in SENTENCE_BREAKS):
        return clause
    return clause_start(text, position, SENTENCE_BREAKS, SENTENCE_LIMIT)


def clause_end(text: str, position: int, breaks: frozenset[str] = CLAUSE_BREAKS, limit: int = 60) -> int:
    """Where the clause holding `position` ends, looking ahead at most `limit` characters."""
    ceiling = min(len(text), position + limit)
    at = _first_break(text, breaks, position, ceiling)
    return at if at >= 0 else ceiling


def ranked_before(text: str, clause_from: int) -> tuple[int, int] | None:
    """Where the clause before the one at `clause_from` names what ranks highest or lowest, when it ends
    so (工学类本科毕业生平均月薪最高，达7915元 -> 工学类本科毕业生平均月薪), else None."""
    comma = clause_from - 1
    if comma < 1 or text[comma] not in "，," or not (most := ends_with(text, lexicon().cues["superlatives"], max(0, comma - 3), comma)):
        return None
    return clause_start(text, comma), comma - len(most)


def list_head(text: str, lo: int, hi: int) -> int:
    """Where a list of figures that ends at hi begins (分别增长18.2%和 -> before 18.2%); hi if none."""
    found = _listed().match(text[lo:hi][::-1])
    return hi - found.end() if found else hi


@cache
def _listed() -> re.Pattern[str]:
    """分别增长18.2%和21.6%, 分别减少5起、18人, 分别压缩六成和九成, 分别列第4位和第5位: the figures listed before this one, up to the verb that
    governs them all. Matched forwards on the window reversed, from its end: the units' alternation is
    grouped by first character, the last of each unit (a backward search tried every unit at every
    step: eight times slower on a list, and a forward search retried at every start, quadratic)."""
    units = alternation(unit[::-1] for unit in ("%", "‰", "倍", lexicon().tenths, *lexicon().points, *lexicon().units))
    number = r"[万亿]*(?:[-+\d.]+|[零〇一二两三四五六七八九十百千点]+(?:之分百)?)"  # 百分之十五 too
    # 第4位和第5位: rankings too; 增加4.1萬人或0.36%: a change told twice
    return re.compile(f"(?:[和与及、或](?:{units}|[位名])?{number}第?)+")


class Occurrences:
    """The matches of one pattern in one text, found once, left to right, as far as the callers ask:
    one pass over the text, where searching each caller's window again would pass over a window per
    figure."""

    __slots__ = ("_ends", "_found", "_pending", "_starts")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._found = pattern.finditer(text)  # nothing is read before the first caller asks
        self._pending: re.Match[str] | None = None  # read, but past the last place asked about
        self._starts: list[int] = []
        self._ends: list[int] = []

    def last(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The last match that lies within [lo, hi)."""
        ahead = self._pending
        while True:  # read on to the first match that starts at hi or later, and keep it for later
            if ahead is None:
                ahead = next(self._found, None)
            if ahead is None or ahead.start() >= hi:
                break
            self._starts.append(ahead.start())
            self._ends.append(ahead.end())
            ahead = None
        self._pending = ahead
        i = bisect_right(self._ends, hi) - 1  # matches do not overlap: their ends are in order
        return (self._starts[i], self._ends[i]) if i >= 0 and self._starts[i] >= lo else None


def currency_before(text: str, start: int) -> str | None:
    """The canonical unit of a currency written right before a number (港元12.8億 -> 港元), if one is."""
    written = written_currency(text, start)
    return lexicon().units[written][1] if written else None


def written_currency(text: str, start: int) -> str | None:
    """The currency written right before a number, as written (港元, 新台币), if one is."""
    return ends_with(text, _currencies(), 0, start)


@cache
def _currencies() -> tuple[str, ...]:
    """The money units that name a currency (港元, 美元, 澳门元, 人民币), not 元 or 块 alone."""
    return tuple(w for w, (kind, _) in lexicon().units.items() if kind == "money" and len(w) > 1 and "/" not in w)


@cache
def per_one() -> str:
    """A lone 一 and a unit that say what a price or an amount is per (a pattern): a physical quantity
    (汽油一升), a count (网套一套两块多, 工钱一个人) or a time (一天); not after a numeral, nor after 上, 前 and the
    like (比上一年)."""
    units = (*(unit for unit, (kind, _) in lexicon().units.items() if kind in ("measure", "count")), "小时", "天", "晚", "夜", "月", "年")
    return f"(?<![\\d零〇一二两三四五六七八九十百千万上下前后第同单唯统逐])一个?(?:{alternation(units)})"

