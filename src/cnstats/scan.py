"""The scanner: one compiled pattern, one left-to-right pass, candidate spans.

Built from the lexicon on first use. At each position the alternatives are tried in order: the
spans that are known not to be statistics (dates, codes, ordinals, slogans, list markers, fixed
phrases) first, so that they consume their numerals; then rankings, doublings (翻一番), and
quantities (approximate word, number, unit). Runs on folded text (same offsets as the source).
Every repetition is bounded or over disjoint character classes, so matching stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import LexiconError, _load, lexicon
from .text import alternation

NOT_STATISTIC = "nf_"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span the scanner found; `groups` maps part names to their (start, end) in the text."""

    kind: str  # 'quantity', 'ranking', 'doubling', or a reason it is not a statistic
    start: int
    end: int
    groups: dict[str, tuple[int, int]]


def _not_after(word: str, not_approx: tuple[str, ...]) -> str:
    """An approximate word, unless it ends a word listed as not approximate (签约, 村规民约)."""
    heads = [w[: -len(word)] for w in not_approx if w.endswith(word) and len(w) > len(word)]
    guard = f"(?<!{alternation(heads)})" if heads else ""
    return guard + regex.escape(word)


@cache
def pattern() -> regex.Pattern[str]:
    lex = lexicon()
    digit = lex.digits
    cn_char = f"[{regex.escape(digit)}十百千拾佰仟万亿]"
    # A magnitude word must not eat the head of a unit: 864.2亿千瓦时 is 亿 + 千瓦时.
    unit_heads = alternation(u for u in lex.units if u[0] in "十百千万亿")
    mag = f"(?:(?!{unit_heads})[十百千万亿])" if unit_heads else "[十百千万亿]"
    vague = f"[{regex.escape(lex.vague_words)}]"
    arabic = r"(?<![\d.])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?(?![\d.])|\d+(?:,\d{3})*(?:\.\d+)?"
    # A lone financial digit is a word (陆川, 队伍), not a number: 壹佰 is, 陆 is not.
    financial = f"[{regex.escape(lex.financial)}]"
    numerals = _load("numerals.json")  # the keys the lexicon does not serve
    vague_prefix = f"(?:(?:{alternation(lex.vague_prefixes)})(?={vague}))?" if lex.vague_prefixes else ""
    # 一百千瓦, 十万千米: a numeral character must not eat the head of a unit either.
    cn_num = f"(?:(?!{unit_heads}){cn_char})" if unit_heads else cn_char
    chinese = (f"{vague_prefix}(?!{financial}(?!{cn_char})|{vague}(?!{mag}))"
               f"(?:{cn_num}|{vague}(?={mag})|(?<={mag}){vague})+(?:点[{regex.escape(digit)}]+)?")
    core = f"(?:{arabic}|{chinese})"
    # 1亿5千万, 5万4千6百: Arabic digits between magnitude words (bounded).
    mixed = f"(?:{arabic})(?:{mag}{{1,2}}\\d{{1,4}}(?={mag})){{0,3}}"
    fraction = f"(?:{alternation(lex.fractions)}|{core}分之){core}"
    # 五成, 三成五, 三成半, 9.5成, 八点五成, 半成; not 三五成群, 一成不变, 半成品.
    half = numerals["tenths_extra"]["half"]
    tenths = (f"(?:(?<![\\d.])\\d{{1,2}}(?:\\.\\d+)?|[{regex.escape(digit)}十]{{1,3}}(?:点[{regex.escape(digit)}])?|{half})"
              f"{lex.tenths}(?!{alternation(numerals['tenths_not_before'])})(?:[一二三四五六七八九](?!\\p{{Han}})|{half})?")
    percent_units = "%|‰|个百分点|百分点"
    units = alternation(lex.units)
    # 12万余, 3千多万, 十来万, 二十来个 (来 only after a digit or 十百千, before a magnitude or unit).
    mid = f"(?:[余多]{mag}*|(?<=[\\d十百千])来(?={mag}|{units}))"
    one = f"(?:{fraction}|{tenths}|(?:{mixed}|{chinese})(?:个(?=亿))?{mag}*{mid}?)"
    separators = alternation(lex.range_separators)
    number = f"(?:[-+负](?=\\d))?{one}(?:(?P<unit1>{percent_units})?(?:{separators}){one})?"
    before = "|".join(_not_after(w, lex.not_approx) for w in sorted(lex.approx_before, key=len, reverse=True)
                      if w != "上") + f"|上(?={mag})"
    after = alternation(w for w in lex.approx_after if w not in lex.approx_mid)
    noun_prefix = r"(?:(?![的和与及在是为有将被对从把向岁年月日届周])\p{Han}){0,6}"
    person = f"{noun_prefix}(?:{alternation(lex.person_nouns)})"
    quantity = (f"(?P<quantity>(?P<before>{before})?(?P<number>{number})"
                f"(?:(?P<unit>{percent_units}|倍|{units})|(?<!成)(?P<noun>{person}))?(?P<after>{after})?)")
    rank_num = r"(?:\d+|[一二三四五六七八九十百零两]+)"
    ranking = (f"(?P<ranking>(?:第|前){rank_num}(?:(?P<rank_tail>{alternation(lex.cues['rank_tails'])})"
               r"|(?![\p{Han}\d.]))|前" + rank_num + f"强|{alternation(lex.cues['rank_words'])})")
    doubling = f"(?P<doubling>{alternation(lex.doublings)})"
    quote = r"[\"“「『](?=[^\"”」』\n]{0,12}[\"”」』])[^\"”」』\n。，,；;]*?[\d一二三四五六七八九十百千万两][^\"”」』\n。，,；;]*?[\"”」』]"
    skips = {why: list(pats) for why, pats in lex.non_figure_patterns.items()}
    for why, phrases in lex.non_figure_phrases.items():
        skips.setdefault(why, []).append(f"(?={_first_chars(phrases)})(?:{alternation(phrases)})")
    skips["slogan"].insert(0, quote)
    # Atomic: giving digits back to {mag}* cannot help (they are digits or magnitudes it takes anyway),
    # and trying every split of a run of 万/千 before failing at 个 is quadratic (十十十…, 万亿万亿…).
    skips["duration"] = [f"(?>{core}){mag}*[余多]?个(?:多|半)?(?:月|工作日|季度|小时|星期|年头)"]
    # Dispatch on the first character: the patterns led by a digit are tried only at a digit
    # (duplicate group names are allowed by `regex`: the reason stays the group's name).
    digit_led = {why: [p for p in pats if p.startswith("\\d")] for why, pats in skips.items()}
    letter_led = {why: [p for p in pats if p.startswith(_LETTER_LED)] for why, pats in skips.items()}
    others = {why: [p for p in pats if not p.startswith(("\\d", *_LETTER_LED))] for why, pats in skips.items()}
    for pat in (p for pats in others.values() for p in pats):  # they are never tried at a letter
        if any(regex.match(pat, probe) for probe in ("A1", "a1", "AB12", "Ab1c", "GDP2022")):
            raise LexiconError(f"non_figures.json: {pat!r} may start with a letter: begin it with "
                               f"{' or '.join(_LETTER_LED)}")
    not_statistic = f"(?=\\d)(?:{_named(digit_led)})|{_named(others)}"
    # Every alternative starts with one of these characters: testing it first lets the engine
    # pass over ordinary prose one character at a time without trying thirty alternatives.
    starts = set("0123456789-+负第前翻\"“「『上") | set(digit) | set("十百千拾佰仟万亿点") | set(lex.vague_words)
    starts |= {w[0] for w in lex.vague_prefixes} | {half}
    starts |= {w[0] for w in (*lex.approx_before, *lex.cues["rank_words"])} | set(lex.non_figure_first_chars)
    starts |= {w[0] for phrases in lex.non_figure_phrases.values() for w in phrases}
    # A Latin letter opens only a code (GDP2022, 5G): tried where a word begins, never inside one, so
    # that English and HTML markup pass as quickly as prose (else every letter tries every pattern).
    letters = {ch for ch in starts if ch.isascii() and ch.isalpha()}
    first = _first_chars(tuple(starts - letters))
    body = f"(?={first})(?:{not_statistic}|{ranking}|{doubling}|{quantity})"
    if any(letter_led.values()):
        body = f"(?=(?<![A-Za-z])[A-Za-z])(?:{_named(letter_led)})|{body}"
    return regex.compile(body)


def _first_chars(words: tuple[str, ...]) -> str:
    return "[" + "".join(regex.escape(ch) for ch in sorted({w[0] for w in words})) + "]"


def _named(skips: dict[str, list[str]]) -> str:
    return "|".join(f"(?P<{NOT_STATISTIC}{why}>{'|'.join(pats)})" for why, pats in skips.items() if pats)


_LETTER_LED = ("[A-Za-z]", "(?<![A-Za-z])[A-Za-z]")  # the code patterns: GDP2022, A1
_PARTS = ("before", "number", "unit1", "unit", "noun", "after", "rank_tail")


@cache
def _part_groups() -> tuple[tuple[str, int], ...]:
    index = pattern().groupindex
    return tuple((name, index[name]) for name in _PARTS)


def scan(folded: str) -> Iterator[Candidate]:
    """Candidate spans of a folded text, left to right, never overlapping."""
    parts = _part_groups()
    for match in pattern().finditer(folded):
        regs = match.regs  # every group's span at once: a third of the cost of asking by name
        groups = {name: regs[i] for name, i in parts if regs[i][0] >= 0}
        yield Candidate(match.lastgroup or "", regs[0][0], regs[0][1], groups)
