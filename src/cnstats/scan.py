"""The scanner: compiled patterns, one left-to-right pass, candidate spans.

Built from the lexicon on first use. One search finds the next character that can open an
alternative; there the alternatives that can start with that character are tried, in order: a
proportion (8.0:38.6:53.4, handed on as one quantity per part); the spans that are known not to be
statistics (dates, codes, ordinals, slogans, list markers, fixed phrases), so that they consume their
numerals; then rankings, doublings (翻一番), and quantities (approximate word, number, unit). Bare
numbers listed before a unit written once take it (分别增长8.2、6.5和4.1%). The patterns are compiled
once per set of alternatives, never per call. Runs on folded text (same offsets as the source). Every
repetition is bounded or over disjoint character classes, so matching stays linear.

Two engines, each for what it does best: `regex` builds the tables (which characters open which
alternatives, and what may follow them) by partial matching, which `re` lacks; `re` matches, at twice
the speed on these patterns. Both read the patterns alike: ASCII classes, the Han script spelled out,
lookbehinds of fixed width.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from .lexicon import BEFORE_ONLY, LexiconError, _load, change_words, lexicon
from .text import HAN, alternation

NOT_STATISTIC = "nf_"


class Candidate(NamedTuple):
    """A span the scanner found; `groups` maps part names to their (start, end) in the text."""

    kind: str  # 'quantity', 'ranking', 'doubling', or a reason it is not a statistic
    start: int
    end: int
    groups: dict[str, tuple[int, int]]


def as_regex(pattern: str) -> regex.Pattern[str]:
    """A pattern of the scanner compiled by `regex`, with the flags it is matched with: for the partial
    matching that builds the scanner's tables, and for tests. ASCII: \\d is 0-9 (other scripts' digits
    are read by nothing), and both engines then agree on every class."""
    return regex.compile(pattern, regex.ASCII)


def _filled(pattern: str, fill: dict[str, str]) -> str:
    """A pattern of non_figures.json with its placeholders ({han}, {line_start}, …) filled in."""
    for name, value in fill.items():
        pattern = pattern.replace(name, value)
    return pattern


def _line_start(most: int = 8) -> str:
    """Where a list marker (一、 2.) may stand: at the start of the text or after a line, sentence or
    clause break, with up to `most` blanks of indent. Lookbehinds of fixed width, as `re` requires."""
    breaks = "[^\\n\\r。；;：:]"
    indented = (f"(?<=[ \\t]{{{n}}})(?<!{breaks}[ \\t]{{{n}}})" for n in range(1, most + 1))
    return f"(?:{'|'.join((f'(?<!{breaks})', *indented))})"


def _not_after(word: str, not_words: tuple[str, ...], words: Iterable[str]) -> str:
    """An approximate word or a sign (one of `words`), unless it ends a word listed as none (签约, 村规民约,
    纠正): the longest of `words` that the listed word ends with (放大约 blocks 大约, not 约)."""
    heads = [w[: -len(word)] for w in not_words if len(w) > len(word)
             and max((v for v in words if w.endswith(v)), key=len, default=None) == word]
    return "".join(f"(?<!{same})" for same in _by_width(heads)) + regex.escape(word)


def _by_width(listed: Iterable[str]) -> list[str]:
    """Words as one alternation per length: `re` looks behind by a fixed width only (签约, 村规民约)."""
    listed = set(listed)
    return [alternation(w for w in listed if len(w) == size) for size in sorted({len(w) for w in listed})]


@cache
def alternatives() -> tuple[tuple[frozenset[str], str], ...]:
    """The scanner's alternatives in the order they are tried, each with the characters it can start with."""
    return tuple(zip(_tables().firsts, branches()))


@cache
def branches() -> tuple[str, ...]:
    """The scanner's alternatives, as patterns, in the order they are tried."""
    lex = lexicon()
    digit = lex.digits
    cn_char = f"[{regex.escape(digit)}十百千拾佰仟万亿]"
    # A magnitude word must not eat the head of a unit: 864.2亿千瓦时 is 亿 + 千瓦时.
    unit_heads = alternation(u for u in lex.units if u[0] in "十百千万亿")
    # 2.72兆元: 兆 is 10^12 before a currency (as Taiwan writes), and a unit's head anywhere else (兆瓦, 千兆宽带)
    money = alternation(written for written, (kind, _) in lex.units.items() if kind == "money")
    heads_guard = f"(?!{unit_heads})" if unit_heads else ""
    mag = f"(?:{heads_guard}[十百千万亿]|兆(?={money}|\\d{{1,4}}(?:,\\d{{3}})?[万亿]|\\d[千百][万亿]))"  # 2兆1,617億元, 4兆6千億元: the 亿 under a 兆
    vague = f"[{regex.escape(lex.vague_words)}]"
    arabic = r"(?<![\d.])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?(?![\d.])|\d+(?:,\d{3})*(?:\.\d+)?"
    # A lone financial digit is a word (陆川, 队伍), not a number: 壹佰 is, 陆 is not, nor is 伍 in 队伍二百
    # (financial numbers are written in financial numerals throughout).
    financial = f"[{regex.escape(lex.financial)}]"
    financial_next = f"[{regex.escape(lex.financial)}拾佰仟万亿零〇]"
    numerals = _load("numerals.json")  # the keys the lexicon does not serve
    vague_prefix = f"(?:(?:{alternation(lex.vague_prefixes)})(?={vague}))?" if lex.vague_prefixes else ""
    # 一百千瓦, 十万千米: a numeral character must not eat the head of a unit either.
    cn_num = f"(?:{heads_guard}{cn_char})"
    chinese = (f"{vague_prefix}(?!{financial}(?!{financial_next})|{vague}(?!{mag}))"
               f"(?:{cn_num}|{vague}(?={mag})|(?<={mag}){vague})+(?:点[{regex.escape(digit)}]+)?")
    core = f"(?:{arabic}|{chinese})"
    # 1亿5千万, 5万4千6百: Arabic digits between magnitude words (bounded).
    mixed = f"(?:{arabic})(?:{mag}{{1,2}}(?:\\d{{1,4}}|\\d,\\d{{3}})(?={mag})){{0,3}}"
    # 6萬4,823元, 10万2376: a count of 万 and the four digits under it, as Taiwan and Hong Kong write amounts
    under_wan = r"(?<![\d.,])\d{1,4}万(?:\d{4}|\d,\d{3})(?![\d,.万亿])"
    fraction = f"(?:{alternation(lex.fractions)}|(?>{core})分之){core}"  # atomic: 分之 cannot begin in a core
    # 五成, 三成五, 三成半, 9.5成, 八点五成, 半成, 八成五以上; not 三五成群, 一成不变, 半成品.
    half = numerals["tenths_extra"]["half"]
    tenths = (f"(?:(?<![\\d.])\\d{{1,2}}(?:\\.\\d+)?|[{regex.escape(digit)}十]{{1,3}}(?:点[{regex.escape(digit)}])?|{half})"
              f"{lex.tenths}(?!{alternation(numerals['tenths_not_before'])})(?:[一二三四五六七八九](?!(?!{alternation(lex.approx_after)}|的)[{HAN}])|{half})?")
    percent_units = f"%|‰|{alternation(lex.points)}"
    # 86.7分 but not 十分重要: some units only right after an Arabic digit (or the space a PDF puts there),
    # and not after a clock's hour (9时30分, 3点15分)
    clock = "".join(f"(?<!{mark}\\d)(?<!{mark}\\d\\d)" for mark in "时点")
    digits_only = f"|(?:(?<=\\d)|(?<=\\d )|(?<=\\d[余多])){clock}(?:{alternation(lex.units_after_digits)})" if lex.units_after_digits else ""
    units = f"(?:{alternation(u for u in lex.units if u not in lex.units_after_digits)}{digits_only})"
    # 3000人年均增收: the longer unit is not taken where the word after it says so (人 + 年均)
    guards = "|".join(f"(?<={regex.escape(unit)})(?:{alternation(after)})" for unit, after in lex.unit_not_before.items())
    unit_guard = f"(?!{guards})" if guards else ""
    # 12万余, 3千多万, 十来万, 二十来个, 两万来块 (来 only after a digit or 十百千万, before a magnitude or unit);
    # 百把人, 千把万块 (把, about, only after 百千万: 十把椅子 is ten chairs).
    mid = f"(?:(?:[余多]|(?<=[\\d十百千万])来(?={mag}|{units}|倍)|(?<=[百千万])把(?={mag}|{units})){mag}*)"
    # Text converted from PDF or OCR puts spaces inside a figure (约 3 万人, 3.2 亿元, 3 至 5, 12.5 %):
    # one space is taken between its parts, where the next part follows it.
    gap = "[ ]?"  # the ideographic space and the no-break space fold to it
    one = f"(?:{fraction}|{tenths}|{under_wan}{mid}?|(?:{mixed}|{chinese})(?:个(?=多?亿)|{gap}(?={mag}))?{mag}*{mid}?)"
    separators = alternation(lex.range_separators)
    # 8%~10%, 40元至120元, 3万吨至5万吨: the unit may be written after the first end too; a unit other
    # than a percent only when the second end has the same one (3吨至5公斤 is no range).
    # 下降0.6个百分点至27.1%, 下降3.2%至89.6亿元: points or a percent after the first end and anything else
    # after the second are two figures. A space before a hyphen and none after it make a minus sign, no range
    # (a table's row: 26,287 -4.35%).
    points = alternation(lex.points)
    signs = "|".join(_not_after(w, lex.not_signs, lex.signs) for w in sorted(lex.signs, key=len, reverse=True))
    number = (f"(?:(?:{signs})(?=\\d))?{one}(?:(?:{gap}(?P<unit1>(?P<pct>%|‰)|(?P<points>{points})|(?P<same>{units})))?"
              f"(?! -\\d){gap}(?:{separators}){gap}{one}(?(same){gap}(?=(?P=same)))(?(points){gap}(?={points}))(?(pct){gap}(?=[%‰])))?")
    # 上万人, 小两万: some approximate words are one only before a magnitude word or a Chinese numeral
    # (上 before 十 only as 上十万: 一个学期上十六节课)
    ahead = dict(zip(BEFORE_ONLY, (f"(?:(?!十){mag}|十[万亿])", f"[{regex.escape(digit)}十百千]"), strict=True))
    before = "|".join(_not_after(w, lex.not_approx, lex.approx_before) + (f"(?={ahead[lex.approx_before_only[w]]})" if w in lex.approx_before_only else "")
                      for w in sorted(lex.approx_before, key=len, reverse=True))
    after = alternation(w for w in lex.approx_after if w not in lex.approx_mid)
    noun_prefix = f"(?:(?![的和与及在是为有将被对从把向岁年月日届周])[{HAN}]){{0,6}}"
    person = f"{noun_prefix}(?:{alternation(lex.person_nouns)})"
    # 十二块五一斤: 一 and a measure word after the price say what it is paid for, and start no number
    # (土鸡一百二十块一只: nor are they tenths of the 块); the words units.json's 块 is money before
    bought = (w for w in lex.senses["块"].after if w.startswith("一"))
    each = alternation({*(f"一{w}" for w in lex.measure_words_after_one), *bought})
    # 八成年轻人: 成 is a unit of its own (tenths); no other unit or noun follows it. 三成多, 三倍多, 三分之一多;
    # 六公里多的水泥路: 多 after any unit where the phrase ends, and before the noun it measures after a measure or
    # 块 (两亩多地, 五块多钱; not 5块多功能板), as 来 is (两亩来地, 一米来高). 四块五: a digit after 块 is its tenths, in 毛; 一块一毛五: and its
    # hundredths, in 分; 三毛五: a digit after 毛 is its tenths too; 一块六七: two neighbouring digits, a range of them.
    dimes = "|".join(f"{low}{high}" for low, high in zip("一二三四五六七八", "二三四五六七八九")) + "|[一二三四五六七八九]"
    more_units = "(?:" + "|".join(f"(?<={same})" for same in _by_width(
        u for u, (kind, _) in lex.units.items() if kind == "measure" or (u in lex.senses and lex.senses[u].kind == "money"))) + ")"
    after_unit = numerals["after_unit"]
    more_not, come = alternation(after_unit["more_not_before"]), alternation(after_unit["come_before"])
    quantity = (f"(?P<quantity>(?:(?P<before>{before}){gap})?(?P<number>{number})"
                f"(?:(?<!成){gap}(?P<unit>{percent_units}|倍|{units}){unit_guard}|(?<!成)(?P<noun>{person}))?"
                f"(?:(?<=[块毛])(?!{each})(?P<dime>{dimes})(?:(?<![一二三四五六七八九]{{2}})毛(?!{each})(?P<cent>[一二三四五六七八九])分?(?![十百千万亿点\\d])|毛?(?:(?={each})|(?![{regex.escape(digit)}十百千万亿点\\d]))))?(?:{gap}(?P<after>{after}|(?<=[成倍])多|(?:(?<=分之[一二三四五六七八九十])|(?<=分之[一二三四五六七八九十]{{2}})|(?<=分之[一二三四五六七八九十]{{3}}))多(?!数)|{more_units}(?:多(?!{more_not})|来(?={come}))|(?(unit)多(?=的|[,，。、；;:：！!？?)）」”\\x22\\s]|\\Z)|(?!))))?)")
    # 居全省前三的是…: a ranking, as is 挤进前三了; 排名前三的影片: a name; 第一、二、三产业: ordinals listed, none a ranking
    rank_num = r"(?:\d+|[一二三四五六七八九十百零两]+)"
    ranking = (f"(?P<ranking>(?:第|前){gap}{rank_num}(?:{gap}(?P<rank_tail>{alternation(lex.cues['rank_tails'])})"
               f"|(?![{HAN}\\d.%‰]|、[一二三四五六七八九十])|(?=的(?:是|为|依次|分别))|(?=了(?:[，,。；;！!？?”」]|$)))|前" + rank_num + f"强|(?:{alternation(lex.cues['rank_words'])})(?!位))")
    doubling = f"(?P<doubling>{alternation(lex.doublings)})"
    # 三次产业结构为8.0:38.6:53.4: parts of a whole, each a figure (split after matching); one part at
    # least has decimals, or it would be a time (8:30). Bounded, lookahead too: on 1:1:1:… an unbounded
    # lookahead ran to the end of the run from every 1 (quadratic).
    # A ratio to one after its name (竞争比为2107:1, 之比约为29:1) needs no decimals: no time is written so.
    proportion = (r"(?P<proportion>(?=[\d:：]{0,60}\.\d)\d{1,6}(?:\.\d{1,4})?(?:[:：]\d{1,6}(?:\.\d{1,4})?){1,4}(?![\d.:：])"
                  r"|(?:(?<=比)|(?<=比为)|(?<=比达)|(?<=比约)|(?<=比约为))\d{1,6}(?:\.\d{1,4})?[:：]1(?![\d.:：]))")
    # “三个一批”, “十四五”: a short quote with a number is a slogan; not speech that says an amount, with a
    # magnitude, a currency or a share after its number (“今年分红3万多元”, “收入翻了一番”, “能占到四成”),
    # unless it counts its items first (“3个100%”).
    quote = (r"[\"“「『](?=[^\"”」』\n\r]{0,12}[\"”」』])"
             r"(?:(?=[\d一二三四五六七八九十两]+个)|(?![^\"”」』\n\r]{0,11}?[\d一二三四五六七八九十百千两](?:[万亿%％元块成倍番])))"
             r"[^\"”」』\n\r。，,；;]*?[\d一二三四五六七八九十百千万两][^\"”」』\n\r。，,；;]*?[\"”」』]")
    # 120MW, 500GB: Latin letters after a number are a code (5G, 3D) unless they spell a unit.
    latin = alternation(u for u in lex.units if u.isascii() and u.isalpha())
    fill = {"{latin_units}": f"(?:{latin})(?![A-Za-z])", "{han}": HAN, "{line_start}": _line_start()}
    skips = {why: [_filled(p, fill) for p in pats] for why, pats in lex.non_figure_patterns.items()}
    for why, phrases in lex.non_figure_phrases.items():
        skips.setdefault(why, []).append(alternation(phrases))
    skips["slogan"].insert(0, quote)
    # The patterns led by a digit first (dates and codes before quantities), then the rest, in order.
    named = [(p.startswith("\\d"), _named(why, p)) for why, pats in skips.items() for p in pats]
    return (proportion, *(p for led, p in named if led), *(p for led, p in named if not led), ranking, doubling, quantity)


class Tables(NamedTuple):
    """What partial matching finds out about the alternatives: the characters each can start with; for
    each of those, the characters that can follow it; for each alternative but the quantity that starts
    with a digit, the characters that can follow its run of digits and dots (None: any)."""

    firsts: tuple[frozenset[str], ...]
    seconds: dict[str, frozenset[str] | None]
    after_digits: dict[int, frozenset[str] | None]


TABLES = "scan_tables.json"


@cache
def _tables() -> Tables:
    """The tables stored in data/scan_tables.json when they were made from these very patterns (its
    fingerprint says so), else worked out now: partial matching costs the first call two seconds, and
    a stale file only that (tests/test_scan.py says when to run tools/make_scan_tables.py)."""
    stored = _load(TABLES)
    if stored.get("fingerprint") != fingerprint(branches(), listed_openers()):
        return build_tables(branches(), listed_openers())
    return Tables(tuple(frozenset(chars) for chars in stored["firsts"]),
                  {ch: None if chars is None else frozenset(chars) for ch, chars in stored["seconds"].items()},
                  {int(i): None if chars is None else frozenset(chars) for i, chars in stored["after_digits"].items()})


def fingerprint(patterns: tuple[str, ...], starts: frozenset[str]) -> str:
    return hashlib.sha256("\n".join((*patterns, "".join(sorted(starts)))).encode()).hexdigest()


def build_tables(patterns: tuple[str, ...], starts: frozenset[str]) -> Tables:
    """The tables of the patterns, by partial matching against the characters of `starts`."""
    firsts = tuple(_opening_chars(pattern, starts) for pattern in patterns)
    seconds = {ch: _second_chars(ch, [p for p, chars in zip(patterns, firsts) if ch in chars])
               for ch in sorted(frozenset().union(*firsts))}
    after_digits = {i: _after_digits(pattern) for i, (pattern, chars) in enumerate(zip(patterns[:-1], firsts))
                    if not chars.isdisjoint(string.digits)}
    return Tables(firsts, seconds, after_digits)


@cache
def listed_openers() -> frozenset[str]:
    """The characters a figure or a non-figure may start with, as the lexicon lists them: the scanner
    tries nothing anywhere else (not at ٣ or other digits of other scripts), and passes over ordinary
    prose at the speed of a search. non_figures.json lists the first characters of its patterns."""
    lex = lexicon()
    starts = set("0123456789第前翻\"“「『上十百千拾佰仟万亿点") | set(lex.digits) | set(lex.vague_words)
    starts |= {w[0] for w in lex.signs}
    starts |= {w[0] for w in lex.vague_prefixes} | {_load("numerals.json")["tenths_extra"]["half"]}
    starts |= {w[0] for w in (*lex.approx_before, *lex.cues["rank_words"])} | set(lex.non_figure_first_chars)
    starts |= {w[0] for phrases in lex.non_figure_phrases.values() for w in phrases}
    return frozenset(starts)


def _opening_chars(branch: str, starts: frozenset[str]) -> frozenset[str]:
    """The characters of `starts` a branch can begin with."""
    compiled = [as_regex(branch)]
    firsts = frozenset(ch for ch in starts if _can_begin(compiled, ch))
    if not firsts:
        raise LexiconError(f"the scanner's alternative {branch[:60]!r} can start with no listed character")
    return firsts


def _can_begin(compiled: list[regex.Pattern[str]], text: str) -> bool:
    """Whether `text` (after a start of text, a full stop, a digit or a magnitude, for the lookbehinds)
    is the beginning of a match of one of the patterns: a partial match, in `regex`'s terms."""
    return any(c.match(before + text, pos=len(before), partial=True)
               for c in compiled for before in (_CONTEXTS if "(?<" in c.pattern else ("",)))


_CONTEXTS = ("", "。", "1", "万")
# Characters no pattern names, one of each kind a class may take (Han, digit, Latin, space, other):
# when one of them can come second, a class stands there and any character may.
_UNNAMED = ("龘", "٣", "é", " ", "\u3000", "\ue000")


def _second_chars(ch: str, branches: list[str]) -> frozenset[str] | None:
    """The characters that can follow `ch` in a match of one of the branches; None when any can.

    Most openers that are words of prose (大 of 大约, 不 of 不到, 上 of 上万, 工 of 工号) are
    followed by something else nearly everywhere: one look at the next character spares the match.
    """
    compiled = [as_regex(branch) for branch in branches]
    if any(_can_begin(compiled, ch + other) for other in _UNNAMED):
        return None
    return frozenset(c for c in _named_chars("".join(branches)) if _can_begin(compiled, ch + c))


def _named_chars(source: str) -> set[str]:
    """The characters a pattern names, and the printable ASCII: those worth trying after a prefix. The Han
    script is one class, which 龘 of _UNNAMED stands for."""
    source = source.replace(HAN, "")
    named = set(source) | set(string.printable)
    named |= {chr(int(code, 16)) for code in regex.findall(r"\\[ux]([0-9a-fA-F]{2,4})", source)}
    for low, high in regex.findall(r"(.)-(.)", source):  # a range such as [一-九] names only its ends
        if 0 < ord(high) - ord(low) < 0x3000:
            named |= {chr(code) for code in range(ord(low), ord(high) + 1)}
    return named


_RUN = "0123456789."  # a run of digits and dots: what a number opened by a digit begins with
_LONGEST_RUN = 12  # the longest run the tables answer for (_digit_runs); a longer one is tried against all
_LONG_RUN = "run"  # the key of that case among the characters after a run


def _after_digits(branch: str) -> frozenset[str] | None:
    """The characters that can follow the run of digits and dots a branch begins with (None: any): at
    1,286.4万吨 or 23.2%, most alternatives that begin with a digit (dates, codes) cannot match, and the
    scanner does not try them. "" stands for the end of the text. The runs tried are `_digit_runs`."""
    compiled = [as_regex(branch)]
    runs = [run for run in _digit_runs(branch) if _can_begin(compiled, run)]  # most fail inside the run
    named = _named_chars(branch) - set(_RUN)
    if any(_can_begin(compiled, run + other) for run in runs for other in _UNNAMED if other not in named) \
            or any(compiled[0].match(run) for run in runs):  # a match that may end with the run: any character
        return None
    return frozenset(ch for ch in named if any(_can_begin(compiled, run + ch) for run in runs))


def _digit_runs(branch: str) -> set[str]:
    """Runs of digits and dots standing for all: each digit repeated one to twelve times, in two or three
    groups joined by dots, and the digits the branch names (1美元兑, 1[3-9]) with each digit repeated
    before and after them; each also with a dot or two after it."""
    literals = regex.findall(r"(?<![{,\\\d])\d+(?![\d,]*})", branch)  # not a bound ({1,2}) nor an escape
    runs: set[str] = set()
    for d in string.digits:
        runs |= {d * n for n in range(1, 13)} | {f"{d * a}{dots}{d * b}" for a in range(1, 7) for b in range(1, 7)
                                                 for dots in (".", "..")}
        runs |= {f"{d * a}.{d * b}.{d * c}" for a in (1, 2, 4) for b in (1, 2) for c in (1, 2)}
        runs |= {run for digits in literals for n in range(13) for run in (digits + d * n, d * n + digits)}
    return runs | {run + dots for run in runs for dots in (".", "..")}  # 1. 2.: a list's numbers


@cache
def _opener() -> re.Pattern[str]:
    """The positions where some alternative can start, with the character after each opener that it
    can be followed by: most openers that are words of prose (大 of 大约, 不 of 不到, 工 of 工号) are
    followed by something else nearly everywhere, and the search passes them over without a try. A
    Latin letter opens only a code (GDP2022, 5G): only where a word begins, so that English and HTML pass
    as quickly as prose. `re`, not `regex`: for these classes it is faster, and it runs over all the text.
    The class of every opener up front lets the engine skip ahead to them."""
    chars = opening_characters()
    letters = {ch for ch in chars if ch.isascii() and ch.isalpha()}
    by_second: dict[frozenset[str] | None, list[str]] = {}
    for ch in sorted(chars - letters):
        by_second.setdefault(_tables().seconds[ch], []).append(ch)
    branches = [_class(firsts) if second is None else f"{_class(firsts)}(?={_class(second)}|\\Z)"
                for second, firsts in by_second.items()]
    branches += ["(?<![A-Za-z])[A-Za-z]"] if letters else []
    return re.compile(f"(?={_class(chars)})(?:{'|'.join(branches)})")


def _class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def opening_characters() -> frozenset[str]:
    """Every character at which the scanner tries a match."""
    return frozenset().union(*(firsts for firsts, _ in alternatives()))


@dataclass(frozen=True, slots=True)
class _Matcher:
    match: Callable[[str, int], re.Match[str] | None]
    parts: tuple[tuple[str, int], ...]  # the part names the pipeline reads, with their group numbers
    kinds: dict[str, str]  # the group of each alternative -> the kind it names


@cache
def _compiled(indices: tuple[int, ...]) -> _Matcher:
    """Alternatives as one pattern of `re`, which matches these patterns twice as fast as `regex`
    (`extract` -14% on the seed page). `re` wants each group name once: an alternative's group is
    named by its place in the list, and mapped back to its kind."""
    kinds: dict[str, str] = {}
    branches: list[str] = []
    for i in indices:
        branch = alternatives()[i][1]  # (?P<kind>…)
        opened = branch.index(">") + 1
        kinds[f"_{i}"] = branch[len("(?P<"):opened - 1]
        branches.append(f"(?P<_{i}>{branch[opened:]}")
    # Not `regex`: where the alternatives share a literal they require (个 of the duration, 米 of a sports
    # event) it searches the rest of the text for it at every try, and text without it scans in
    # quadratic time (亿字字…亿字字…: bench/adversarial.py's lone_numerals and event_words). `re` does not.
    compiled = re.compile("|".join(branches), re.ASCII)
    index = compiled.groupindex
    return _Matcher(compiled.match, tuple((name, index[name]) for name in _PARTS if name in index), kinds)


def _dispatch(ch: str) -> tuple[_Matcher, ...]:
    """The alternatives that can start with `ch`, in order, compiled into as few patterns as possible.

    Trying only these is what makes the scanner fast: the engine pays for every alternative it enters
    (a failed try at 工 or 成 walked all twenty of them); but not the few that begin with another digit
    or numeral than `ch`, which fail at their first character. The quantity alternative, the largest by far,
    is compiled once on its own instead of into each character's pattern; it comes last, so trying it
    after the others keeps the order.
    """
    peers = _peers(ch)
    chosen = tuple(i for i, (firsts, _) in enumerate(alternatives()) if not firsts.isdisjoint(peers))
    last = len(alternatives()) - 1
    small = tuple(i for i in chosen if i != last)
    return (*([_compiled(small)] if small else []), *([_compiled((last,))] if last in chosen else []))


def _dispatch_after_digits(after: str) -> tuple[_Matcher, ...]:
    """What `_dispatch` gives at a digit, less the alternatives that cannot be followed by `after` where
    the run of digits and dots ends (_after_digits): at 23.2% four of some thirty are tried, a third of
    the time a failed try took. After a run longer than the tables answer for (_LONG_RUN), all of them."""
    if after == _LONG_RUN:
        return _dispatch("0")
    last = len(alternatives()) - 1
    small = tuple(i for i, chars in sorted(_tables().after_digits.items()) if chars is None or after in chars)
    return (*([_compiled(small)] if small else []), _compiled((last,)))


def prepare() -> None:
    """Compile the alternatives tried at every opening character, and at a digit for every character
    that can end its run, at once. `extract` compiles each when a text first needs it; a process that
    forks workers (extract_many) calls this first, so that they inherit them all, where each worker
    compiled those its texts met (60 ms a worker on the seed page)."""
    for ch in opening_characters():
        if ch not in _DISPATCHES:
            _DISPATCHES[ch] = _dispatch(ch)
    named = frozenset().union(*(chars for chars in _tables().after_digits.values() if chars is not None))
    for after in (*named, "", _UNNAMED[0], _LONG_RUN):  # 龘: a character no alternative names
        if after not in _AFTER_DIGITS:
            _AFTER_DIGITS[after] = _dispatch_after_digits(after)


def _peers(ch: str) -> str:
    """The characters whose alternatives `ch` shares: all the digits, or all the Chinese numerals. A few
    alternatives begin with one digit only (1美元兑…); trying them at another fails at once, and one
    pattern for all the digits is compiled once instead of three times (a first call's time)."""
    for group in (string.digits, _numeral_chars()):
        if ch in group:
            return group
    return ch


@cache
def _numeral_chars() -> str:
    return lexicon().digits + "十百千"


def _named(why: str, pat: str) -> str:
    return f"(?P<{NOT_STATISTIC}{why}>{pat})"


_PARTS = ("before", "number", "unit1", "same", "unit", "noun", "dime", "cent", "after", "rank_tail")


def scan(folded: str) -> Iterator[Candidate]:
    """Candidate spans of a folded text, left to right, never overlapping."""
    return _shared_units(folded, _split(folded, _matched(folded)))


def _split(folded: str, found: Iterator[Candidate]) -> Iterator[Candidate]:
    """The matches that are more than one figure, split: the parts of a proportion, and a change with
    the level it reached."""
    for cand in found:
        if cand.kind == "proportion":
            yield from _parts(folded, cand)
        elif "same" in cand.groups and folded.endswith(change_words(), 0, cand.start - (folded[cand.start - 1:cand.start] == " ")):
            yield from _change_and_level(folded, cand)
        else:
            yield cand


def _parts(folded: str, cand: Candidate) -> Iterator[Candidate]:
    """8.0:38.6:53.4 -> three bare numbers, each marked as a part of its proportion."""
    for part in _NUMBER.finditer(folded, cand.start, cand.end):
        yield Candidate("quantity", part.start(), part.end(),
                        {"number": part.span(), "proportion": (cand.start, cand.end)})


def _change_and_level(folded: str, cand: Candidate) -> Iterator[Candidate]:
    """净增47家至1,306家, 增加约4.6万人至373万人: after a change verb, two ends that each write the same unit
    (not a percent) are the change and the level it reached (至/到 between them). 增长8%至12% stays a range."""
    groups = cand.groups
    same = groups["same"]
    at = same[1] + (folded[same[1]] == " ")
    if folded[at] not in _TO:
        yield cand
        return
    at += 1 + (folded[at + 1] == " ")
    first = {"number": (groups["number"][0], same[0]), "unit": same}
    if "before" in groups:
        first["before"] = groups["before"]
    yield Candidate(cand.kind, cand.start, same[1], first)
    second = {name: span for name, span in groups.items() if name not in _FIRST_ONLY}
    yield Candidate(cand.kind, at, cand.end, {**second, "number": (at, groups["number"][1])})


_TO = frozenset("至到")
_FIRST_ONLY = frozenset(("before", "unit1", "same"))


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_CHARS = frozenset(string.digits)


def _shared_units(folded: str, found: Iterator[Candidate]) -> Iterator[Candidate]:
    """分别增长8.2、6.5和4.1%, 分别高2.1、3.5个百分点: numbers listed bare before a figure take the unit
    written once after the last (their `unit` part is its span there), and its magnitude when the last
    number ends in one (分别为1.2、1.5万人: 1.2万; their `scale` part)."""
    waiting: list[Candidate] = []  # bare numbers, each joined to the one before by 、 和 与 及
    for cand in found:
        if waiting and folded[waiting[-1].end:cand.start] not in _LIST_JOINS:
            yield from waiting
            waiting = []
        if folded[cand.end:cand.end + 1] in _LIST_JOINS and _unitless(cand):  # the cheap test first
            waiting.append(cand)
            continue
        if waiting:
            unit = cand.groups.get("unit")
            if unit is not None and "unit1" not in cand.groups:
                scale = _scale(folded, cand.groups["number"])
                last_magnitude = _magnitude(folded, cand.groups["number"])
                waiting = [_sharing(folded, c, unit, scale, last_magnitude) for c in waiting]
            yield from waiting
            waiting = []
        yield cand
    yield from waiting


_LIST_JOINS = frozenset("、和与及")


def _sharing(folded: str, cand: Candidate, unit: tuple[int, int], scale: tuple[int, int] | None,
             last_magnitude: bool) -> Candidate:
    """A number listed before the figure that writes the unit: with the unit, and with the magnitude too
    when the number has none of its own (1.2、1.5万人); a number with its own magnitude takes the unit only
    where the last one has a magnitude as well (8.6万、3.2万、1.05万亩)."""
    if _magnitude(folded, cand.groups["number"]):
        return cand._replace(groups={**cand.groups, "unit": unit}) if last_magnitude else cand
    if scale or not last_magnitude:
        return cand._replace(groups={**cand.groups, "unit": unit, **({"scale": scale} if scale else {})})
    return cand


def _unitless(cand: Candidate) -> bool:
    """A number with no unit, noun or approximate word after it (a magnitude word it may have)."""
    groups = cand.groups
    return (cand.kind == "quantity" and "unit" not in groups and "noun" not in groups and "after" not in groups
            and "unit1" not in groups and "proportion" not in groups)


def bare(folded: str, cand: Candidate) -> bool:
    """A number with nothing after it: no unit, noun or approximate word, no magnitude word."""
    return _unitless(cand) and not _magnitude(folded, cand.groups["number"])


def _scale(folded: str, number: tuple[int, int]) -> tuple[int, int] | None:
    """The magnitude words that end a number and hold all of its magnitude (15万, 3.2万亿; not 1亿5千万,
    nor 3万余), as a span."""
    start, end = number
    at = end
    while at > start and folded[at - 1] in "万亿":
        at -= 1
    return (at, end) if start < at < end and not _magnitude(folded, (start, at)) else None


def _magnitude(folded: str, number: tuple[int, int]) -> bool:
    start, end = number
    return folded.find("万", start, end) >= 0 or folded.find("亿", start, end) >= 0


# The dispatch of every opening character met so far (146 at most), built on first sight: a dict
# lookup costs half a call to a cached function, and it runs at every opener of every text.
_DISPATCHES: dict[str, tuple[_Matcher, ...]] = {}


# At a digit, the same by the character after its run of digits and dots.
_AFTER_DIGITS: dict[str, tuple[_Matcher, ...]] = {}


def _matched(folded: str) -> Iterator[Candidate]:
    search = _opener().search
    found = search(folded)
    size = len(folded)
    while found is not None:
        at = found.start()
        ch = folded[at]
        if ch in _DIGIT_CHARS:
            end = at + 1  # at most _LONGEST_RUN characters on: 1.1.1.1… must not cost n² steps
            while end < size and folded[end] in _RUN and end - at <= _LONGEST_RUN:
                end += 1
            after = _LONG_RUN if end - at > _LONGEST_RUN else folded[end] if end < size else ""
            dispatch = _AFTER_DIGITS.get(after)
            if dispatch is None:
                dispatch = _AFTER_DIGITS[after] = _dispatch_after_digits(after)
        else:
            dispatch = _DISPATCHES.get(ch)
            if dispatch is None:
                dispatch = _DISPATCHES[ch] = _dispatch(ch)
        for matcher in dispatch:
            hit = matcher.match(folded, at)
            if hit is not None:
                regs = hit.regs  # every group's span at once: a third of the cost of asking by name
                yield Candidate(matcher.kinds[hit.lastgroup or ""], at, regs[0][1],
                                {name: regs[i] for name, i in matcher.parts if regs[i][0] >= 0})
                found = search(folded, regs[0][1])  # the openers inside a candidate are passed over
                break
        else:
            found = search(folded, at + 1)
