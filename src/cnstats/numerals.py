"""One number as written -> its exact value.

Reads Arabic numbers (separators, decimals, full-width forms), Chinese numerals (through cn2an,
which only ever sees a clean numeral core), magnitude words (万, 亿, 万亿, 千亿), approximate
words (约, 近, 余, 多, 以上 …), ranges (至, ~, 四五万), vague forms (十几, 数百, 上万), fractions
(百分之三十五, 三分之一) and tenths (五成). Values are computed in Decimal and rounded once, when
a caller turns them into floats.

Percent forms (百分之, 分之, 成) read in percent units, as `Figure.value` does: 百分之三十五 -> 35.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache, lru_cache

import regex

from .lexicon import fold, lexicon


class NumberError(ValueError):
    """The text is not a number cnstats can read."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A number as read: exact bounds, how approximate, and how it is scaled."""

    value: Decimal
    upper: Decimal | None = None
    approx: str | None = None
    percent: bool = False  # read in percent units (百分之, 分之, 成)
    scale: Decimal = Decimal(1)  # the trailing magnitude (万 -> 10000), shared by a range's ends


@cache
def _grammar() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], str, str]:
    lex = lexicon()
    digits = regex.escape(lex.digits + "十百千拾佰仟")
    mags = regex.escape("".join(lex.magnitudes))
    arabic = regex.compile(r"(?P<core>\d+(?:\.\d+)?)(?P<scale>[" + mags + r"]*)")
    chinese = regex.compile(r"(?P<core>[" + digits + r"万亿]+?(?:点[" + digits + r"]+)?)(?P<scale>[万亿]*)")
    separators = "|".join(regex.escape(s) for s in lex.range_separators)
    range_split = regex.compile(r"(?<=.)(?:" + separators + ")")
    return arabic, chinese, range_split, lex.digits, "一二三四五六七八九"


def parse_number(text: str) -> Decimal:
    """The exact value of a number as written: `parse_number("一千二百万") == 12000000`.

    A range gives its lower bound; percent forms give percent units (`百分之三十五` -> 35).
    Raises NumberError (a ValueError) when the text is not a number.
    """
    return read_number(text).value


def read_number(text: str) -> Reading:
    """Read a number with its bounds and approximation. Raises NumberError if unreadable."""
    if not isinstance(text, str):
        raise TypeError(f"read_number() takes a str, not {type(text).__name__}")
    return _read(text)


@lru_cache(maxsize=4096)
def _read(text: str) -> Reading:
    lex = lexicon()
    s = fold(text).strip()
    for old, new in lex.rewrites.items():
        s = s.replace(old, new)
    s = regex.sub(r"(?<=\d)[,\s](?=\d{3})", "", s)
    if not s:
        raise NumberError("empty number")
    approx, s = _strip_approx(s)
    reading = _read_range(s)
    if approx and not reading.approx:
        reading = replace(reading, approx=approx)
    return reading


def _strip_approx(s: str) -> tuple[str | None, str]:
    lex = lexicon()
    approx = None
    for word in sorted(lex.approx_before, key=len, reverse=True):
        if s.startswith(word) and len(s) > len(word):
            approx, s = lex.approx_before[word], s[len(word):]
            break
    for word in sorted(lex.approx_after, key=len, reverse=True):
        if s.endswith(word) and len(s) > len(word):
            approx, s = lex.approx_after[word], s[: -len(word)]
            break
    return approx, s


def _read_range(s: str) -> Reading:
    _, _, range_split, _, _ = _grammar()
    parts = range_split.split(s, maxsplit=1)
    if len(parts) == 2:
        low, high = _read_single(parts[0]), _read_single(parts[1])
        if low.scale == 1 and high.scale != 1:
            low = replace(low, value=low.value * high.scale, scale=high.scale)
        if high.percent and not low.percent:  # 三至五成: the unit is written once
            low = _read_single(parts[0] + lexicon().tenths) if s.endswith(lexicon().tenths) else low
        return Reading(low.value, high.upper or high.value, low.approx or high.approx,
                       high.percent, high.scale)
    return _read_single(s)


def _read_single(s: str) -> Reading:
    lex = lexicon()
    sign = 1
    if s[:1] in lex.signs and len(s) > 1:
        sign, s = lex.signs[s[:1]], s[1:]
    reading = _read_unsigned(s)
    if sign < 0:
        upper = -reading.upper if reading.upper is not None else None
        reading = replace(reading, value=-reading.value, upper=upper)
    return reading


def _read_unsigned(s: str) -> Reading:
    lex = lexicon()
    for prefix, whole in lex.fractions.items():
        if s.startswith(prefix):
            part = _read_unsigned(s[len(prefix):])
            factor = Decimal(100) / whole
            upper = part.upper * factor if part.upper is not None else None
            return replace(part, value=part.value * factor, upper=upper, percent=True)
    if "分之" in s:
        whole_text, _, part_text = s.partition("分之")
        whole = _read_unsigned(whole_text).value
        if whole == 0:
            raise NumberError(f"{s!r}: a fraction of zero")
        with localcontext() as ctx:
            ctx.prec = 28
            return Reading(_read_unsigned(part_text).value * 100 / whole, percent=True)
    if lex.tenths in s:
        tens, _, ones = s.partition(lex.tenths)
        low = _read_unsigned(tens)
        extra = _core_value(ones) if ones else Decimal(0)
        upper = low.upper * 10 + extra if low.upper is not None else None
        return Reading(low.value * 10 + extra, upper, low.approx, percent=True)
    for prefix in lex.vague_prefixes:
        if s.startswith(prefix) and any(w in s for w in lex.vague_words):
            s = s[len(prefix):]
    if any(w in s for w in lex.vague_words):
        return _read_vague(s)
    approx = None
    for word, kind in lex.approx_mid.items():
        inner = s.find(word)
        if 0 < inner < len(s) - 1:
            approx, s = kind, s[:inner] + s[inner + 1:]
            break
    adjacent = _adjacent_range(s)
    if adjacent is not None:
        return replace(adjacent, approx=approx)
    value, scale = _scaled(s)
    return Reading(value, approx=approx, scale=scale)


def _read_vague(s: str) -> Reading:
    lex = lexicon()
    low_text, high_text = s, s
    for word in lex.vague_words:
        after_ten = "十" + word
        low_text = low_text.replace(after_ten, "十一").replace(word, "二")
        high_text = high_text.replace(word, "九")
    low, high = _scaled(low_text), _scaled(high_text)
    return Reading(low[0], high[0], "about", scale=low[1])


def _adjacent_range(s: str) -> Reading | None:
    """四五万 -> 40000..50000: two consecutive digits written side by side."""
    _, chinese, _, _, ones = _grammar()
    match = chinese.fullmatch(s)
    if not match or len(match["core"]) != 2:
        return None
    first, second = ones.find(match["core"][0]), ones.find(match["core"][1])
    if first < 0 or second != first + 1:
        return None
    scale = _scale(match["scale"])
    return Reading(Decimal(first + 1) * scale, Decimal(second + 1) * scale, scale=scale)


def _scale(magnitudes: str) -> Decimal:
    lex = lexicon()
    scale = Decimal(1)
    for ch in magnitudes:
        scale *= lex.magnitudes[ch]
    return scale


def _scaled(s: str) -> tuple[Decimal, Decimal]:
    """A number with its trailing magnitude words: (value, scale)."""
    arabic, chinese, _, _, _ = _grammar()
    match = arabic.fullmatch(s)
    if match:
        scale = _scale(match["scale"])
        return Decimal(match["core"]) * scale, scale
    match = chinese.fullmatch(s)
    if not match:
        raise NumberError(f"{s!r} is not a number")
    core, scale_text = match["core"], match["scale"]
    if not any(ch in lexicon().digits for ch in core) and "点" not in core:
        return _scale(core + scale_text), Decimal(1)  # 百, 千万, 百亿: a bare magnitude
    if "点" not in core and ("万" in core or "亿" in core):
        return _core_value(s), Decimal(1)  # 一百二十三亿四千五百万: cn2an reads the whole
    scale = _scale(scale_text)
    return _core_value(core) * scale, scale


@lru_cache(maxsize=4096)
def _core_value(core: str) -> Decimal:
    """A clean Chinese or Arabic numeral core, without magnitude or approximate words."""
    if regex.fullmatch(r"\d+(?:\.\d+)?", core):
        return Decimal(core)
    import cn2an  # imported on first use: it costs ~0.2 s

    try:
        value = cn2an.cn2an(core, "normal")
    except (ValueError, KeyError, IndexError) as error:
        raise NumberError(f"{core!r}: {error}") from None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise NumberError(f"{core!r} read as {value!r}") from None
