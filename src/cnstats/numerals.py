"""One number as written -> its exact value.

Reads Arabic numbers (separators, decimals, full-width forms), Chinese numerals (零/〇, 两, a leading
十, 廿/卅, the financial forms, 点 decimals), both mixed (`3.3万`, `1亿5千万`, `5千亿`), approximate
words (约, 近, 余, 多, 以上 …), ranges (至, ~, 四五万, 十七八), vague forms (十几, 数百, 上万),
fractions (百分之三十五, 三分之一), tenths (五成, 三成五) and discounts (八折). Every word list is data,
in `data/numerals.json`. Values are computed in Decimal and rounded once, when a caller turns them
into floats.

Percent forms (百分之, 分之, 成, 折, %) read in percent units, as `Figure.value` does:
百分之三十五 -> 35.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from decimal import Context, Decimal, DecimalException, localcontext
from functools import cache, lru_cache
from math import prod

import regex

from .lexicon import LexiconError, _load, fold, lexicon

_CONTEXT = Context(prec=40)  # 10^16 with a dozen decimals, exactly; 1/3 to 40 digits
_HUNDRED = Decimal(100)


class NumberError(ValueError):
    """The text is not a number cnstats can read."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A number as read: exact bounds, how approximate, and how it is scaled."""

    value: Decimal
    upper: Decimal | None = None
    approx: str | None = None
    percent: bool = False  # read in percent units (百分之, 分之, 成, 折, %)
    scale: Decimal = Decimal(1)  # the magnitude words written after the last digit (五百万 -> 10^6)

    def times(self, factor: Decimal, *, percent: bool | None = None) -> Reading:
        value, upper = self.value * factor, self.upper * factor if self.upper is not None else None
        if upper is not None and upper < value:  # -几: -9..-2, a negative factor turns the bounds round
            value, upper = upper, value
        return replace(self, value=value, upper=upper, percent=self.percent if percent is None else percent)


@dataclass(frozen=True)
class _Table:
    """numerals.json as the reader uses it."""

    digits: Mapping[str, int]  # 一 -> 1, 两 -> 2, 〇 -> 0, 叁 -> 3
    magnitudes: Mapping[str, Decimal]  # 十 -> 10 … 亿 -> 10^8, k -> 1000
    informal: Mapping[str, Decimal]  # k -> 1000, w -> 10^4: they scale the whole number before them
    point: str
    rewrites: tuple[tuple[str, str], ...]
    signs: tuple[tuple[str, int], ...]  # longest first: 零下10 is -10
    approx_before: tuple[tuple[str, str], ...]  # longest first
    approx_after: tuple[tuple[str, str], ...]
    approx_mid: Mapping[str, str]
    separators: regex.Pattern[str]
    extra_pairs: frozenset[str]
    vague_words: str
    vague_prefixes: tuple[str, ...]
    vague_after: str
    vague_digits: tuple[str, str, str]  # what 几 stands for: low, low after 十, high
    fraction: str
    slash: str
    mixed: str
    measure_words: tuple[str, ...]
    percent_signs: tuple[tuple[str, Decimal], ...]
    tenths: str
    half: str
    discount: str
    discount_words: Mapping[str, Decimal]


def _longest_first(table: Mapping[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(((k, v) for k, v in table.items() if k != "_doc"), key=lambda kv: -len(kv[0])))


@cache
def _table() -> _Table:
    lex = lexicon()
    data = _load("numerals.json")
    digits = {ch: int(v) for ch, v in data["digit_values"].items()}
    unread = set(lex.digits) - set(digits) - set(lex.rewrites)
    if unread:
        raise LexiconError(f"numerals.json: digits without a value in 'digit_values': {sorted(unread)}")
    magnitudes = {ch: Decimal(v) for ch, v in lex.magnitudes.items()}
    informal = {ch: Decimal(v) for ch, v in data["informal_magnitudes"].items() if ch != "_doc"}
    magnitudes.update(informal)
    separators = "|".join(regex.escape(s) for s in lex.range_separators)  # longest first
    return _Table(
        digits=digits,
        magnitudes=magnitudes,
        informal=informal,
        point=data["decimal_point"],
        rewrites=tuple(lex.rewrites.items()),
        signs=_longest_first(lex.signs),  # type: ignore[arg-type]
        approx_before=_longest_first(lex.approx_before),  # type: ignore[arg-type]
        approx_after=_longest_first({**lex.approx_mid, **lex.approx_after}),  # type: ignore[arg-type]
        approx_mid=lex.approx_mid,
        separators=regex.compile(f"(?<=[^-+eE])(?:{separators})"),
        extra_pairs=frozenset(data["adjacent_pairs"]["extra"]),
        vague_words=lex.vague_words,
        vague_prefixes=lex.vague_prefixes,
        vague_after=data["vague"]["after_ten"],
        vague_digits=(data["vague"]["stand_for"]["low"], data["vague"]["stand_for"]["low_after_ten"],
                      data["vague"]["stand_for"]["high"]),
        fraction=data["fraction"]["word"],
        slash=data["fraction"]["slash"],
        mixed=data["fraction"]["mixed"],
        measure_words=tuple(data["measure_words"]["words"]),
        percent_signs=tuple((k, Decimal(str(v))) for k, v in _longest_first(data["percent_signs"])),
        tenths=lex.tenths,
        half=data["tenths_extra"]["half"],
        discount=data["discount"]["word"],
        discount_words={k: Decimal(v) for k, v in data["discount"]["words"].items()},
    )


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
    outcome = _read(text)
    if isinstance(outcome, str):
        raise NumberError(outcome)
    return outcome


_THOUSANDS = regex.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=4096)
def _read(text: str) -> Reading | str:
    """The reading, or why there is none: a text repeats its numbers, and a failure is remembered as
    well as a reading."""
    try:
        return _parse(text)
    except NumberError as error:
        return str(error)


def _parse(text: str) -> Reading:
    table = _table()
    plain = _plain()
    if plain is not None and plain.fullmatch(text):  # 45.38, 1,234, 3.3万: most numbers, ten times faster
        return _read_plain(text)
    s = fold(text)
    for old, new in table.rewrites:
        s = s.replace(old, new)
    s = _THOUSANDS.sub("", _SPACE.sub("", s))
    if not s:
        raise NumberError("empty number")
    try:
        with localcontext(_CONTEXT):
            approx, s = _strip_approx(s)
            reading = _read_range(s)
    except DecimalException as error:
        raise NumberError(f"{text!r}: {type(error).__name__}") from None
    except RecursionError:
        raise NumberError(f"{text!r}: nested too deeply") from None
    if approx and not reading.approx:
        reading = replace(reading, approx=approx)
    return reading


def _read_plain(text: str) -> Reading:
    """A number _plain() matches, read as the steps of _parse would read it."""
    table = _table()
    s = text.replace(",", "")
    if s[-1] not in table.magnitudes:
        return Reading(Decimal(s))  # as _value reads it, and with no magnitude _tail finds no scale
    tail = _tail(s)  # the magnitude, or nothing where it is a ten (拾)
    try:
        with localcontext(_CONTEXT):  # the product _integer and _sections make, rounded alike
            value = Decimal(s[:-1]) * table.magnitudes[s[-1]]
    except DecimalException as error:  # a million digits and 万: Overflow, as _parse says it
        raise NumberError(f"{text!r}: {type(error).__name__}") from None
    return Reading(value, scale=table.magnitudes[tail] if tail else Decimal(1))


@cache
def _plain() -> re.Pattern[str] | None:
    return _plain_numbers(_table())


def _plain_numbers(table: _Table) -> re.Pattern[str] | None:
    """The numbers _parse reads as the last line of _read_unsigned does, the steps before it left out:
    an Arabic number (12, 45.38, 1,234.5) and at most one magnitude word (3.3万, 708亿). So it may when
    no word, key or character the table holds but the magnitudes is made of the characters of such a
    number, and those fold to themselves: then there is nothing in it to rewrite, strip, split or read
    as a sign, percent, fraction, tenths, discount, vague or adjacent digit. A magnitude has to be a
    power of ten: then _integer's product (3.3万) and _sections' sum of one (708亿), each rounded to the
    context, are the one product _parse makes. None: not even plain digits can be read so."""
    held = [word for field in fields(table) if field.name not in ("magnitudes", "informal")
            for word in _held(getattr(table, field.name))]

    def clear(chars: str) -> bool:
        return fold(chars) == chars and not any(word and set(word) <= set(chars) for word in held)
    if not clear(_ARABIC_CHARS):
        return None
    scales = "".join(re.escape(word) for word, value in table.magnitudes.items() if word not in table.informal
                     and value == Decimal(10) ** value.adjusted() and clear(_ARABIC_CHARS + word))
    return re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)" + (f"[{scales}]?" if scales else ""))


_ARABIC_CHARS = "0123456789.,"


def _held(value: object) -> Iterator[str]:
    """The strings _parse looks for that a field of the table holds: the keys of a mapping or of a
    tuple of pairs (廿 of 廿 -> 二十), the words of a tuple, and a string alone or a pattern's source
    also character by character (a string of characters, such as 几数, is read as a set)."""
    if isinstance(value, regex.Pattern):
        value = value.pattern
    if isinstance(value, str):
        yield value
        yield from value
    elif isinstance(value, (Mapping, tuple)):
        for item in value:
            key = item[0] if isinstance(item, tuple) else item
            if isinstance(key, str):
                yield key


def _strip_approx(s: str) -> tuple[str | None, str]:
    """约3万 -> ('about', '3万'); 12万余 -> ('over', '12万'); 3万余左右 -> ('over', '3万'); a measure word
    goes too (两个 -> 两)."""
    table = _table()
    approx = None
    for word in table.measure_words:
        if s.endswith(word) and len(s) > len(word):
            s = s[: -len(word)]
    for word, kind in table.approx_before:
        if s.startswith(word) and len(s) > len(word):
            approx, s = kind, s[len(word):]
            break
    # 3万余左右: 左右, then 余; the innermost word says how the number is approximate
    while after := next(((w, k) for w, k in table.approx_after if s.endswith(w) and len(s) > len(w)), None):
        word, approx = after
        s = s[: -len(word)]
    return approx, s


# ---------------------------------------------------------------------------------------------------
# Ranges: 3至5亿, 8%~10%, 三至五成, 百分之五到十


def _read_range(s: str) -> Reading:
    parts = _table().separators.split(s, maxsplit=1)
    if len(parts) == 1:
        return _read_single(s)
    low_text, high_text = parts
    if not low_text or not high_text:
        raise NumberError(f"{s!r}: a range needs two ends")
    low_text, low_sign = _percent_sign(low_text)
    high_text, high_sign = _percent_sign(high_text)
    if low_sign is not None and high_sign is None:
        low_sign = None  # 8%~10: the caller holds the unit written last
    elif high_sign is not None and low_sign is None:
        low_sign = high_sign  # 8~10%: the unit written once
    low_text, high_text = _rate_written_once(low_text, high_text)
    low, high = _read_single(low_text), _read_single(high_text)
    if low_sign is not None:
        low = low.times(low_sign, percent=True)
    if high_sign is not None:
        high = high.times(high_sign, percent=True)
    low = _share_magnitude(low_text, low, high_text, high)
    upper = high.upper if high.upper is not None else high.value
    value, upper = min(low.value, upper), max(low.value, upper)  # 5000万-500万: written high to low
    return Reading(value, upper, low.approx or high.approx, low.percent or high.percent, high.scale)


def _percent_sign(s: str) -> tuple[str, Decimal | None]:
    for sign, factor in _table().percent_signs:
        if s.endswith(sign) and len(s) > len(sign):
            return s[: -len(sign)], factor
    return s, None


def _rate_written_once(low: str, high: str) -> tuple[str, str]:
    """三至五成 -> 三成至五成; 百分之五到十 -> 百分之五到百分之十."""
    table = _table()
    if high.endswith(table.tenths) and table.tenths not in low:
        low += table.tenths
    head, word, _ = low.partition(table.fraction)
    if word and table.fraction not in high:
        high = head + word + high
    return low, high


def _share_magnitude(low_text: str, low: Reading, high_text: str, high: Reading) -> Reading:
    """3至5亿: the magnitude words written once, after the high end, apply to the low end too.

    The low end takes the high end's trailing magnitudes above its own largest one (三至五百万 ->
    3百万, 两千到三千万 -> 2千万, 十八至三十万 -> 18万), else only 万/亿, and only where that keeps
    the low end below the high end (8500到3万 stays 8500, 一至一百 stays 1).
    """
    magnitudes = _table().magnitudes
    if any(magnitudes.get(ch, 0) >= 10000 for ch in low_text) or low.percent != high.percent:
        return low
    tail = _tail(high_text)
    own = max((magnitudes[ch] for ch in low_text if ch in magnitudes), default=Decimal(0))
    above = [magnitudes[ch] for ch in tail if magnitudes[ch] > own]
    top = high.upper if high.upper is not None else high.value
    for factor in (prod(above, start=Decimal(1)), prod((m for m in above if m >= 10000), start=Decimal(1))):
        if factor != 1 and abs(low.value * factor) < abs(top):
            return replace(low.times(factor), scale=factor)
    return low


def _tail(s: str) -> str:
    """The magnitude words after the last digit, a 十 that makes the number itself left out:
    五百万 -> 百万, 五十万 -> 万, 十万 -> 万, 3千亿 -> 千亿."""
    table = _table()
    end = len(s)
    while end and s[end - 1] in table.magnitudes:
        end -= 1
    tail = s[end:]
    if tail and (end == 0 or table.magnitudes[tail[0]] == 10):
        tail = tail[1:]
    return tail


# ---------------------------------------------------------------------------------------------------
# One number: sign, fractions, tenths, discounts, vague and adjacent forms, plain numbers


def _read_single(s: str) -> Reading:
    table = _table()
    sign = 1
    for written, factor in table.signs:
        if s.startswith(written) and len(s) > len(written):
            sign, s = factor, s[len(written):]
            break
    reading = _read_unsigned(s)
    return reading.times(Decimal(-1)) if sign < 0 else reading


def _read_unsigned(s: str) -> Reading:
    table = _table()
    s, sign = _percent_sign(s)
    if sign is not None:
        return _read_unsigned(s).times(sign, percent=True)
    if table.fraction in s:
        return _read_fraction(s)
    if table.slash in s:
        numerator, _, denominator = s.partition(table.slash)
        return _read_fraction(denominator + table.fraction + numerator)
    if table.tenths in s:
        return _read_tenths(s)
    if s.endswith(table.discount):
        return _read_discount(s[: -len(table.discount)])
    for prefix in table.vague_prefixes:
        if s.startswith(prefix) and s[len(prefix):len(prefix) + 1] in tuple(table.vague_words):
            s = s[len(prefix):]
    if any(w in s for w in table.vague_words):
        return _read_vague(s)
    approx = None
    for word, kind in table.approx_mid.items():
        inner = s.find(word)
        if 0 < inner < len(s) - 1:  # 十余万, 3千多万
            approx, s = kind, s[:inner] + s[inner + len(word):]
            break
    adjacent = _adjacent_range(s)
    if adjacent is not None:
        return replace(adjacent, approx=approx)
    return Reading(_value(s), approx=approx, scale=prod((table.magnitudes[ch] for ch in _tail(s)), start=Decimal(1)))


def _read_fraction(s: str) -> Reading:
    """X分之Y (and Y/X) -> Y/X in percent units; A又X分之Y adds A wholes."""
    table = _table()
    whole_text, mixed, rest = s.rpartition(table.mixed)
    if mixed:
        whole = _value(whole_text)
        part = _read_fraction(rest)
        return replace(part, value=part.value + whole * _HUNDRED, upper=None)
    denominator_text, _, numerator_text = s.partition(table.fraction)
    denominator = _read_single(denominator_text)
    if denominator.upper is not None or denominator.percent or denominator.value == 0:
        raise NumberError(f"{s!r}: {denominator_text!r} is not a denominator")
    numerator = _read_single(numerator_text)
    if numerator.percent:
        raise NumberError(f"{s!r}: a fraction of a fraction")
    upper = numerator.upper * _HUNDRED / denominator.value if numerator.upper is not None else None
    return replace(numerator, value=numerator.value * _HUNDRED / denominator.value, upper=upper, percent=True)


def _read_tenths(s: str) -> Reading:
    """五成 -> 50, 三成五 -> 35, 三成半 -> 35, 半成 -> 5, 9.5成 -> 95, 七八成 -> 70..80."""
    table = _table()
    head, _, rest = s.partition(table.tenths)
    if rest == table.half:
        extra = Decimal(5)
    elif not rest:
        extra = Decimal(0)
    elif len(rest) == 1 and 0 < table.digits.get(rest, 0):
        extra = Decimal(table.digits[rest])
    else:
        raise NumberError(f"{s!r} is not a number of tenths")
    tens = Reading(Decimal("0.5")) if head == table.half else _read_unsigned(head)
    if tens.percent:
        raise NumberError(f"{s!r} is not a number of tenths")
    reading = tens.times(Decimal(10), percent=True)
    upper = reading.upper + extra if reading.upper is not None else None
    return replace(reading, value=reading.value + extra, upper=upper, scale=Decimal(1))


def _read_discount(s: str) -> Reading:
    """八折 -> 80, 8.5折 -> 85, 七五折 / 75折 -> 75, 对折 -> 50."""
    table = _table()
    if s + table.discount in table.discount_words:
        return Reading(table.discount_words[s + table.discount], percent=True)
    if len(s) == 2 and all(ch in table.digits or ch.isdigit() for ch in s):
        return Reading(_positional(s), percent=True)  # two digits: a percent
    tenths = _value(s)
    if not 0 < tenths < 10:
        raise NumberError(f"{s + table.discount!r} is not a discount")
    return Reading(tenths * 10, percent=True)


def _read_vague(s: str) -> Reading:
    """几/数 stand for 2..9 of their place, 1..9 after 十 or 零: 几十 -> 20..90, 十几万 -> 11万..19万."""
    table = _table()
    low, low_after_ten, high = table.vague_digits
    low_text, high_text = s, s
    for word in table.vague_words:
        for before in table.vague_after:
            low_text = low_text.replace(before + word, before + low_after_ten)
        low_text = low_text.replace(word, low)
        high_text = high_text.replace(word, high)
    scale = prod((table.magnitudes[ch] for ch in _tail(low_text)), start=Decimal(1))
    return Reading(_value(low_text), _value(high_text), "about", scale=scale)


def _adjacent_range(s: str) -> Reading | None:
    """Two digits side by side: 四五万 -> 4万..5万, 十七八 -> 17..18, 五六十 -> 50..60, 三五百 -> 300..500."""
    table = _table()
    spots = [i for i in range(len(s) - 1) if s[i] in table.digits and s[i + 1] in table.digits]
    if len(spots) != 1:
        return None
    i = spots[0]
    if table.point in s[:i]:
        return None  # 零点八九: decimals
    first, second = table.digits[s[i]], table.digits[s[i + 1]]
    magnitude_after = s[i + 2:i + 3] in table.magnitudes
    # 三五百, 三五个: the pairs that are no neighbours, before a magnitude or alone (三五 as 35 is never written)
    if first == 0 or second != first + 1 and not (s[i:i + 2] in table.extra_pairs and (magnitude_after or len(s) == 2)):
        return None
    low_text, high_text = s[:i + 1] + s[i + 2:], s[:i] + s[i + 1:]
    scale = prod((table.magnitudes[ch] for ch in _tail(low_text)), start=Decimal(1))
    return Reading(_value(low_text), _value(high_text), scale=scale)


# ---------------------------------------------------------------------------------------------------
# Plain numbers: 1,234.5 (separators already gone), 一千二百三十四万五千, 1亿5千万, 三点五亿, 二〇二二

_ARABIC = regex.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?")
_TOKEN = regex.compile(r"\d+(?:\.\d+)?|.", regex.DOTALL)


def _value(s: str) -> Decimal:
    """A plain number: digits, magnitude words and a decimal point; no sign, range or approximation."""
    table = _table()
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    if s[-1:] in table.informal and len(s) > 1:
        return _value(s[:-1]) * table.informal[s[-1]]  # 15k, 五十k
    whole, point, decimals = s.partition(table.point)
    if not point:
        return _integer(s)
    end = len(decimals)
    while end and decimals[end - 1] in table.magnitudes:
        end -= 1
    digits, tail = decimals[:end], decimals[end:]
    if not digits or not all(ch in table.digits or ch in "0123456789" for ch in digits):
        raise NumberError(f"{s!r}: no digits after {table.point}")
    fraction = Decimal("0." + "".join(str(table.digits.get(ch, ch)) for ch in digits))
    base = _integer(whole) if whole else Decimal(0)
    return (base + fraction) * prod((table.magnitudes[ch] for ch in tail), start=Decimal(1))


_DECIMAL_SCALED = regex.compile(r"(?P<core>\d+\.\d+)(?P<scale>\D*)")


def _integer(s: str) -> Decimal:
    """Digits and magnitude words: 一千二百三十四万五千, 二〇二二, 一万五, 两万亿, 1亿5千万.

    An Arabic decimal before magnitude words (3.3万, 1.2万亿) is multiplied out here, exactly; the rest
    is read by sections (`_sections`). Not by cn2an: importing it costs 0.3 s (its package builds three
    converters), more than the whole first call may take, and `_sections` reads every core cn2an reads
    as cn2an does (tests/test_number_properties.py holds it to cn2an's readings), and the forms cn2an
    rejects besides (四万万, 一亿五, 兆).
    """
    table = _table()
    if not s:
        raise NumberError("no digits")
    scaled = _DECIMAL_SCALED.fullmatch(s)
    if scaled and all(ch in table.magnitudes for ch in scaled["scale"]):
        return Decimal(scaled["core"]) * prod((table.magnitudes[ch] for ch in scaled["scale"]), start=Decimal(1))
    if all(ch in table.magnitudes for ch in s):  # 百, 千万, 万亿 count one of them; 亿万 is no number
        places = [table.magnitudes[ch] for ch in s]
        if places == sorted(places):
            return prod(places, start=Decimal(1))
    return _sections(s)


def _positional(s: str) -> Decimal:
    """Digits read one by one: 二〇二二 -> 2022, 一二三 -> 123."""
    table = _table()
    written = "".join(str(table.digits[ch]) if ch in table.digits else ch for ch in s)
    if not written.isascii() or not written.isdigit():
        raise NumberError(f"{s!r} is not a number")
    return Decimal(written)


def _sections(s: str) -> Decimal:
    """A Chinese numeral (or Arabic digits between magnitude words) read by sections: 十百千 under 万
    and 亿, which compose (万亿, 四万万, 一亿五).

    A digit after a magnitude word with no 零 between stands for the next place down (一万五 ->
    15000, 三千五 -> 3500); 零 marks a skipped place (一千零五 -> 1005).
    """
    table = _table()
    if not s:
        raise NumberError("no digits")
    tokens = _TOKEN.findall(s)
    if not any(tok in table.magnitudes for tok in tokens):
        return _positional(s)
    total = section = Decimal(0)
    pending: Decimal | None = None
    single = zero = False
    smallest: Decimal | None = None  # the last 十/百/千 in this section
    big: Decimal | None = None  # the multiplier of the last section closed by 万/亿
    last: Decimal | None = None  # the last magnitude word
    gap = False  # a 零 since the last 万/亿
    for tok in tokens:
        if tok in table.digits and table.digits[tok] == 0:
            if pending is not None:
                raise NumberError(f"{s!r}: 零 after a digit")
            zero = gap = True
            continue
        if tok in table.digits or tok[0].isdigit():
            if pending is not None:
                raise NumberError(f"{s!r}: two numbers side by side")
            pending = Decimal(table.digits[tok]) if tok in table.digits else Decimal(tok)
            single = len(tok) == 1
            continue
        if tok not in table.magnitudes:
            raise NumberError(f"{s!r}: {tok!r} is not a digit")
        unit = table.magnitudes[tok]
        if unit < 10000:
            if smallest is not None and unit >= smallest:
                raise NumberError(f"{s!r}: {tok} after a smaller or equal place")
            section += (pending if pending is not None else 1) * unit
            smallest = unit
        else:
            amount = section + (pending if pending is not None else 0)
            if pending is None and section == 0 and not (zero and total == 0 and big is None):
                if big is not None and unit < big:
                    raise NumberError(f"{s!r}: {tok} after a larger magnitude with nothing between")
                total = total * unit if big is not None else unit  # 万亿, 四万万; 万, 亿 alone
            elif big is None:
                total = amount * unit
            elif unit > big or unit == big and (gap or amount >= 1000):
                total = (total + amount) * unit  # 一万二千亿, 一万二千万, 十万零二十万, 一亿五千四百一十亿
            elif unit < big:
                total += amount * unit
            else:
                raise NumberError(f"{s!r}: {tok} twice")  # 一万二万, 十万二十万: two numbers
            big, section, smallest, gap = unit, Decimal(0), None, False
        pending, zero, last = None, False, unit
    if pending is not None:
        down = last / 10 if last is not None and last > 10 and single and not zero else Decimal(1)
        section += pending * down
    return total + section
