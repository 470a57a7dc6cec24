"""Loads the lexicons in `data/` once, validates them and serves them as frozen tables.

Every word list the pipeline uses is data: adding a unit or a cue is an edit of a JSON file.
The stages read these tables; nothing writes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, NamedTuple

APPROX_KINDS = frozenset({"about", "over", "under"})
FIGURE_KINDS = ("money", "measure", "count")
TIME = "time"  # units of time and age: a figure only where a time measure names them (classify)
INDEX = "index"  # units of an index's level (点): a figure only where an index is named (classify)
NON_FIGURE_REASONS = frozenset({"date", "duration", "age", "ordinal", "slogan", "code", "list", "other"})


class LexiconError(ValueError):
    """A data file under cnstats/data is malformed."""


def _load(name: str) -> dict[str, Any]:
    text = resources.files("cnstats").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    data.pop("_doc", None)
    return data


def _words(data: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    """A word list, longest first (so alternations prefer the longest spelling), unique."""
    words = data[key]
    if len(set(words)) != len(words):
        dupes = sorted({w for w in words if words.count(w) > 1})
        raise LexiconError(f"{source}: duplicate entries in {key!r}: {dupes}")
    if "" in words:
        raise LexiconError(f"{source}: an empty word in {key!r} would match everywhere")
    return tuple(sorted(words, key=len, reverse=True))


def _approx_table(data: Mapping[str, Any], key: str) -> Mapping[str, str]:
    table: dict[str, str] = data[key]
    bad = {w: k for w, k in table.items() if k not in APPROX_KINDS}
    if bad:
        raise LexiconError(f"numerals.json: unknown approx kinds in {key!r}: {bad}")
    return MappingProxyType(table)


# What may follow a word of approx_before_only for it to be approximate (the scanner spells each out)
BEFORE_ONLY = ("magnitude", "numeral")


def _before_only(numerals: Mapping[str, Any]) -> Mapping[str, str]:
    table = {w: where for w, where in numerals["approx_before_only"].items() if w != "_doc"}
    bad = {w: where for w, where in table.items() if where not in BEFORE_ONLY or w not in numerals["approx_before"]}
    if bad:
        raise LexiconError(f"numerals.json: 'approx_before_only' takes words of approx_before and one of {BEFORE_ONLY}: {bad}")
    return MappingProxyType(table)


class Sense(NamedTuple):
    """A unit's second reading (块 as money), taken when one of `cues` stands in the clause before it, or
    one of `after` follows it (三五百块钱), unless one of `not_after` does (两块屏: what is counted); its only
    reading when not `alone` (五毛钱: 三毛 is no figure)."""

    kind: str
    unit: str
    cues: tuple[str, ...]
    after: tuple[str, ...]
    alone: bool = True
    not_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    fold: Mapping[int, str]
    units: Mapping[str, tuple[str, str]]  # written -> (a figure kind, TIME or INDEX; canonical)
    senses: Mapping[str, Sense]  # written -> the reading its cues call for
    scales: Mapping[str, Decimal]  # ‰ -> 0.1, 毛 -> 0.1: what the number before the unit is multiplied by
    points: Mapping[str, str]  # 个百分点 -> 百分点, 个基点 -> 基点: the units of a change in points
    person_nouns: tuple[str, ...]
    measure_words_after_one: frozenset[str]
    unit_not_before: Mapping[str, tuple[str, ...]]  # 人年 -> 均: 3000人年均增收 is 3000人, 23.6万人年 is a unit
    units_after_digits: frozenset[str]  # 分: a score after 86.7, a word after 十 (十分重要)
    digits: str
    financial: str
    not_approx: tuple[str, ...]
    not_signs: tuple[str, ...]  # 纠正: no sign before the number after it
    magnitudes: Mapping[str, int]
    rewrites: Mapping[str, str]
    approx_before: Mapping[str, str]
    approx_before_only: Mapping[str, str]  # 上 -> magnitude, 小 -> numeral: what must follow for them to be one
    approx_after: Mapping[str, str]
    approx_mid: Mapping[str, str]
    approx_bounds: Mapping[str, str]  # 不低于, 不超过: a bound before the figure, outside its span
    range_separators: tuple[str, ...]
    vague_words: str
    vague_prefixes: tuple[str, ...]
    fractions: Mapping[str, int]
    tenths: str
    half: str  # 半: a half (三成半, 三个半月)
    signs: Mapping[str, int]
    cues: Mapping[str, tuple[str, ...]]
    verbs: frozenset[str]
    doublings: Mapping[str, int]
    non_figure_patterns: Mapping[str, tuple[str, ...]]
    non_figure_phrases: Mapping[str, tuple[str, ...]]
    non_figure_after: Mapping[str, tuple[str, ...]]
    non_figure_first_chars: str


def _units(data: Mapping[str, Any]) -> Mapping[str, tuple[str, str]]:
    units: dict[str, tuple[str, str]] = {}
    for kind in (*FIGURE_KINDS, TIME, INDEX):
        for written, canonical in data[kind].items():
            if written in units:
                raise LexiconError(f"units.json: {written!r} is listed as both {units[written][0]} and {kind}")
            units[written] = (kind, canonical)
    return MappingProxyType(units)


def _after_digits(data: Mapping[str, Any], units: Mapping[str, tuple[str, str]]) -> frozenset[str]:
    unknown = sorted(w for w in data["after_digits_only"] if w not in units)
    if unknown:
        raise LexiconError(f"units.json: 'after_digits_only' takes listed units, not {unknown}")
    return frozenset(data["after_digits_only"])


def _senses(data: Mapping[str, Any], units: Mapping[str, tuple[str, str]]) -> Mapping[str, Sense]:
    senses = {}
    for written, sense in data["senses"].items():
        alone = sense.get("alone", True)
        if written not in units or sense["kind"] not in FIGURE_KINDS or (alone and sense["kind"] == units[written][0]):
            raise LexiconError(f"units.json: the sense of {written!r} must be another kind of a listed unit")
        senses[written] = Sense(sense["kind"], sense["unit"], _words(sense, "cues", "units.json senses"),
                                _words(sense, "after", "units.json senses"), alone is not False,
                                _words(sense, "not_after", "units.json senses") if "not_after" in sense else ())
    return MappingProxyType(senses)


def _scales(data: Mapping[str, Any]) -> Mapping[str, Decimal]:
    try:
        return MappingProxyType({written: Decimal(scale) for written, scale in data["scales"].items()})
    except (ArithmeticError, TypeError) as error:
        raise LexiconError(f"units.json: 'scales' takes numbers written as strings: {error}") from error


def _grouped(data: Mapping[str, Any], source: str) -> Mapping[str, tuple[str, ...]]:
    unknown = set(data) - NON_FIGURE_REASONS
    if unknown:
        raise LexiconError(f"{source}: unknown reasons {sorted(unknown)}")
    return MappingProxyType({why: tuple(items) for why, items in data.items()})


@cache
def lexicon() -> Lexicon:
    """The lexicon, built on first use and shared afterwards."""
    units = _load("units.json")
    numerals = _load("numerals.json")
    cues = _load("cues.json")
    non_figures = _load("non_figures.json")
    fold = {ord(k): v for k, v in _load("fold.json").items()}
    if any(len(v) != 1 for v in fold.values()):
        raise LexiconError("fold.json: every character must fold to exactly one character")
    doublings = cues.pop("doublings")
    listed = resources.files("cnstats").joinpath("data").joinpath("verbs.txt").read_text(encoding="utf-8")
    verbs = frozenset(w for w in listed.split() if not w.startswith("#")) | set(cues["cut_verbs"])
    cue_lists = MappingProxyType({key: _words(cues, key, "cues.json") for key in cues})
    unit_table = _units(units)
    return Lexicon(
        fold=MappingProxyType(fold),
        units=unit_table,
        senses=_senses(units, unit_table),
        scales=_scales(units),
        points=MappingProxyType(dict(units["points"])),
        person_nouns=_words(units, "person_nouns", "units.json"),
        measure_words_after_one=frozenset(units["measure_words_after_one"]),
        unit_not_before=MappingProxyType({unit: tuple(after) for unit, after in units["not_before"].items()}),
        units_after_digits=_after_digits(units, unit_table),
        digits=numerals["digits"],
        financial=numerals["financial"],
        not_approx=_words(numerals, "not_approx", "numerals.json"),
        not_signs=_words(numerals, "not_signs", "numerals.json"),
        magnitudes=MappingProxyType(numerals["magnitudes"]),
        rewrites=MappingProxyType(numerals["rewrites"]),
        approx_before=_approx_table(numerals, "approx_before"),
        approx_before_only=_before_only(numerals),
        approx_after=_approx_table(numerals, "approx_after"),
        approx_mid=_approx_table(numerals, "approx_mid"),
        approx_bounds=_approx_table(numerals, "approx_bounds"),
        range_separators=_words(numerals, "range_separators", "numerals.json"),
        vague_words=numerals["vague"]["words"],
        vague_prefixes=tuple(numerals["vague"]["prefixes"]),
        fractions=MappingProxyType(numerals["fractions"]),
        tenths=numerals["tenths"],
        half=numerals["tenths_extra"]["half"],
        signs=MappingProxyType(numerals["signs"]),
        cues=cue_lists,
        verbs=verbs,
        doublings=MappingProxyType(doublings),
        non_figure_patterns=_grouped(non_figures["patterns"], "non_figures.json patterns"),
        non_figure_phrases=_grouped(non_figures["phrases"], "non_figures.json phrases"),
        non_figure_after=MappingProxyType({k: tuple(v) for k, v in non_figures["after"].items()}),
        non_figure_first_chars=non_figures["first_chars"],
    )


def fold(text: str) -> str:
    """Full-width and Traditional forms folded 1:1 per character, and markup's character references
    (`&nbsp;`, `&#12288;`) blanked: spaces of their own length. Offsets are unchanged."""
    table = lexicon().fold
    # Most text has few such characters: translating only their runs is several times faster than
    # `str.translate` over the whole text, which looks every character up in the table.
    folded = _foldable().sub(lambda run: run.group().translate(table), text)
    # Scraped text: a reference's `;` would end a clause (增长&nbsp;5.1%) and its digits make a number.
    return _reference().sub(_blank, folded) if "&" in folded else folded


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


@cache
def _reference() -> re.Pattern[str]:
    return re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


@cache
def _foldable() -> re.Pattern[str]:
    # `re`, not `regex`: on a class of 3,860 characters `regex` is two hundred times slower.
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(lexicon().fold)) + "]+")


@cache
def change_words() -> tuple[str, ...]:
    """Every verb of change, of increase and of decrease (cues.json), for the stages that ask whether one
    stands before a figure."""
    cues = lexicon().cues
    return (*cues["increase"], *cues["decrease"])
