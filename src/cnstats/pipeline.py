"""The pipeline: scan -> numerals -> classify -> context -> Figure records.

Compiled by mypyc where the install can (setup.py), with the stages it calls: its inputs are checked
by `extract`, in pure Python, which names what was passed instead of it.
"""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal
from itertools import islice

from .classify import NumberNames, classify, hopeless
from .context import Periods, describe
from .kinds import GROWTH_RATE, MONEY, PERCENT, PERCENTAGE_POINT, RANKING, RATIO, SHARE
from .lexicon import fold, lexicon
from .numerals import NumberError, Reading, read_number
from .record import Figure, Kind, new_figure
from .scan import NOT_STATISTIC, Candidate, scan
from .text import Clause, clause_bounds, currency_before


def records(text: str) -> list[Figure]:
    """Every statistical figure in `text`, ordered by start, never overlapping."""
    folded = fold(text)
    figures: list[Figure] = []
    paragraph: list[Figure] = []  # the figures since the last line break: all the context may see
    periods = Periods(folded)
    number_names = NumberNames(folded)
    found = scan(folded)
    # Stage by stage over a batch of candidates rather than candidate by candidate: each stage's
    # patterns and code stay in the processor's caches, which makes extraction a sixth faster.
    while batch := list(islice(found, _BATCH)):
        # Dates, codes, ordinals, slogans: the scanner names them so that their numerals are passed over;
        # a bare number with no ratio's name before it is none either: passed over before it is read.
        read = [(cand, _read(folded, cand)) for cand in batch
                if not cand.kind.startswith(NOT_STATISTIC) and not hopeless(folded, cand, number_names)]
        bounds = [clause_bounds(folded, cand.start) for cand, _ in read]  # read by classify and context
        verdicts = [classify(folded, cand, reading, clause) for (cand, (reading, _)), clause in zip(read, bounds)]
        for (cand, (reading, flag)), verdict, clause in zip(read, verdicts, bounds):
            if verdict.kind is None:
                continue
            if paragraph and _line_break(folded, paragraph[-1].end, cand.start):
                paragraph = []  # a paragraph reads the same alone as inside a document
            figure = _figure(text, folded, cand, verdict.kind, verdict.sign, reading, flag, paragraph, periods, clause)
            figures.append(figure)
            paragraph.append(figure)
    return figures


_BATCH = 1024


def _line_break(folded: str, lo: int, hi: int) -> bool:
    """Whether a line break lies in folded[lo:hi]: two str.find, a fraction of a pattern search's cost."""
    return folded.find("\n", lo, hi) >= 0 or folded.find("\r", lo, hi) >= 0


def _read(folded: str, cand: Candidate) -> tuple[Reading | None, str | None]:
    """The number of a candidate; None with a flag when it cannot be read."""
    lex = lexicon()
    try:
        if cand.kind == "doubling":
            times = lex.doublings[folded[cand.start:cand.end]]
            return Reading(Decimal(2) ** times * 100 - 100), None
        if cand.kind == "ranking" and folded[cand.start:cand.end] in lex.cues["rank_words"]:
            return Reading(Decimal(1)), None  # 居全市首位
        if cand.kind == "ranking":
            return read_number(folded[cand.start + 1:cand.start + _rank_len(folded, cand)]), None
        start, end = cand.groups["number"]
        before = cand.groups.get("before")
        after = cand.groups.get("after")
        inner = cand.groups.get("unit1")  # 8%~10%: the unit written after the first end too
        number = folded[start:inner[0]] + folded[inner[1]:end] if inner else folded[start:end]
        scale = cand.groups.get("scale")  # 1.2、1.5万人: the magnitude written once, after the last
        number += folded[scale[0]:scale[1]] if scale else ""
        text = (folded[before[0]:before[1]] if before else "") + number + (folded[after[0]:after[1]] if after else "")
        reading = read_number(text)
        unit = cand.groups.get("unit")  # 三个半月, 两个多小时: a half or an approximate word inside the unit
        inside = folded[unit[0] + 1] if unit is not None and unit[1] - unit[0] > 2 else ""
        if inside == lex.half and reading.upper is None:
            reading = replace(reading, value=reading.value + _HALF)
        elif inside in lex.approx_mid:
            reading = replace(reading, approx=reading.approx or lex.approx_mid[inside])
        dime = cand.groups.get("dime")  # 四块五: 4.5; 一块一毛五: 1.15; 三毛五: 3.5 毛; 一块六七: 1.6-1.7
        if dime and reading.upper is None:
            cent = cand.groups.get("cent")
            tenths = read_number(folded[dime[0]:dime[1]])
            coins = tenths.value / 10 + (read_number(folded[cent[0]:cent[1]]).value / 100 if cent else 0)
            upper = reading.value + tenths.upper / 10 if tenths.upper is not None else None
            reading = replace(reading, value=reading.value + coins, upper=upper)
        return reading, None
    except NumberError as error:
        why = str(error)  # it quotes the number, which can be a whole run of numerals: cut it short
        return None, f"unreadable number: {why if len(why) <= _LONGEST_FLAG else why[:_LONGEST_FLAG] + '…'}"


_LONGEST_FLAG = 200


def _rank_len(folded: str, cand: Candidate) -> int:
    tail = cand.groups.get("rank_tail")
    end = tail[0] if tail else cand.end
    if folded[end - 1] == "强":
        end -= 1
    return end - cand.start


def _figure(text: str, folded: str, cand: Candidate, kind: Kind, sign: int, reading: Reading | None,
            flag: str | None, found: list[Figure], periods: Periods, bounds: Clause) -> Figure:
    unit = _unit(folded, cand, kind, reading is not None and reading.percent)
    value = upper = None
    approx = reading.approx if reading else None
    if reading is not None:
        written = _part(folded, cand, "unit")
        scale = _HUNDRED if kind == GROWTH_RATE and unit == "%" and written == "倍" else lexicon().scales.get(written or "")
        # 下降8%~10%: -10..-8, the bounds in order. Most figures are neither scaled nor signed: no arithmetic.
        signed = reading if sign == 1 and scale is None else reading.times(sign * (scale or _ONE))
        value = float(signed.value)
        upper = float(signed.upper) if signed.upper is not None else None
        if not (math.isfinite(value) and (upper is None or math.isfinite(upper))):
            value = upper = None  # 99999…万人 with 400 digits: reported, with why it has no value
            flag = flag or "number out of range: too large for a float"
    if kind == RANKING and folded[cand.start] == "前":
        approx = "under"
    context = describe(folded, text, cand.start, cand.end, kind, unit, found, periods, bounds, "noun" in cand.groups)
    return new_figure(
        text=text[cand.start:cand.end], start=cand.start, end=cand.end, kind=kind,
        value=value, upper=upper, unit=unit, approx=approx or context.approx,
        indicator=context.indicator, baseline=context.baseline, scope=context.scope,
        period=context.period, flag=flag,
    )


_ONE, _HUNDRED, _HALF = Decimal(1), Decimal(100), Decimal("0.5")


def _part(folded: str, cand: Candidate, name: str) -> str | None:
    span = cand.groups.get(name)
    return folded[span[0]:span[1]] if span else None


def _unit(folded: str, cand: Candidate, kind: Kind, percent: bool) -> str | None:
    """The canonical unit: magnitude stripped, currency and measure names canonical; `percent` says the
    number is written as one (百分之九十五)."""
    if kind == RANKING:
        return None
    written = _part(folded, cand, "unit")
    if kind == PERCENTAGE_POINT:
        return lexicon().points.get(written or "", "百分点")
    if kind in (GROWTH_RATE, SHARE, PERCENT) or (kind == RATIO and written != "倍"
                                                                  and (written or percent)):
        return "%"
    if written == "倍":
        return "倍"
    if written:
        sense = lexicon().senses.get(written)
        return sense.unit if sense and kind == sense.kind else lexicon().units[written][1]
    if "noun" in cand.groups:
        return "人"
    return (currency_before(folded, cand.start) or "元") if kind == MONEY else None  # 房租七八百: speech's 块
