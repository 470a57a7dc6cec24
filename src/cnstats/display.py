"""A picture of the figures in a text: every figure marked and coloured by kind.

    >>> import cnstats
    >>> picture = cnstats.highlight("工业投资增长69.9%,排全市第1位。")
    >>> picture            # a notebook shows its `_repr_html_`: the paragraph with each figure marked
    <Highlight: 2 figures in 19 characters>
    >>> print(picture.to_text(color=False))
    工业投资增长[69.9% growth_rate],排全市[第1位 ranking]。

In HTML each figure is one `<mark>` coloured by its kind, with the kind, value, unit, indicator,
baseline, scope and period in its tooltip (`title`) and in `data-*` attributes, and a legend of the
kinds below the paragraph, the way displaCy shows entities. The text is kept exactly: every
character of the input is in the HTML once, escaped, in order (the kind labels drawn beside the
marks are CSS, not text). `to_html_page()` makes a standalone page; `print(picture)` colours the
figures in a terminal (ANSI, when standard output is one and NO_COLOR is unset) and brackets them
otherwise.
"""

from __future__ import annotations

import html
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .extract import extract
from .record import Figure, Kind

COLORS: dict[Kind, str] = {
    Kind.MONEY: "#ffd166",
    Kind.COUNT: "#a8e6a1",
    Kind.MEASURE: "#8fd3f4",
    Kind.GROWTH_RATE: "#ff9f80",
    Kind.SHARE: "#cdb8f5",
    Kind.PERCENTAGE_POINT: "#f7a8d8",
    Kind.RATIO: "#9fe0d0",
    Kind.RANKING: "#dcc49a",
    Kind.PERCENT: "#c5d3f0",
    Kind.NUMBER: "#e0e0e0",
}
"""The background colour of each kind's marks (CSS)."""

ANSI: dict[Kind, int] = {
    Kind.MONEY: 221, Kind.COUNT: 151, Kind.MEASURE: 117, Kind.GROWTH_RATE: 216, Kind.SHARE: 183,
    Kind.PERCENTAGE_POINT: 218, Kind.RATIO: 122, Kind.RANKING: 180, Kind.PERCENT: 153, Kind.NUMBER: 252,
}
"""The background colour of each kind in a terminal (an xterm-256 colour number)."""

STYLE = """\
.cnstats-text { white-space: pre-wrap; line-height: 2.2; font-size: 15px; color: #111; background: #fff;
  font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif; }
.cnstats-text mark { color: #111; padding: 0.15em 0.25em; margin: 0 0.1em; border-radius: 0.3em; white-space: nowrap; }
.cnstats-text mark::after { content: attr(data-kind); font-size: 0.6em; font-weight: bold; margin-left: 0.35em;
  text-transform: uppercase; opacity: 0.65; vertical-align: middle; font-family: sans-serif; }
.cnstats-legend { font: 12px sans-serif; color: #333; margin: 0.6em 0; }
.cnstats-legend span { display: inline-block; padding: 0.1em 0.5em; margin: 0.15em 0.3em 0.15em 0;
  border-radius: 0.3em; color: #111; }
"""
"""The page's CSS; `to_html` carries it too, in a `<style>` element, and colours marks inline as well."""

_PAGE_STYLE = """\
body { max-width: 60em; margin: 2em auto; padding: 0 1em; background: #fff; color: #111; }
h1 { font: bold 20px sans-serif; } h2 { font: bold 15px monospace; margin-top: 2em; }
p.cnstats-text { margin: 0.2em 0; }
p.cnstats-text[data-line]::before { content: attr(data-line); display: inline-block; min-width: 3em;
  color: #999; font: 11px monospace; user-select: none; }
"""


def format_value(value: float | None) -> str:
    """A value for people: `4,538,000,000`, `69.9`, `-10`; `?` when it could not be read."""
    if value is None:
        return "?"
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.12g}"


def describe(figure: Figure) -> str:
    """One line per known field: the tooltip of a mark."""
    amount = format_value(figure.value)
    if figure.upper is not None:
        amount += f" ~ {format_value(figure.upper)}"
    if figure.unit:
        amount += f" {figure.unit}"
    lines = [f"{figure.kind.value}: {amount}"]
    for name in ("approx", "indicator", "baseline", "scope", "period", "flag"):
        value = getattr(figure, name)
        if value is not None:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def _attribute(value: object) -> str:
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def escape(text: str) -> str:
    """Text for HTML: `&`, `<`, `>` escaped, and carriage returns as references (a parser would turn
    a raw one into a line feed)."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def mark(figure: Figure, text: str | None = None) -> str:
    """The `<mark>` of one figure (its text escaped)."""
    data = {"kind": figure.kind.value, "value": "" if figure.value is None else repr(figure.value),
            "unit": figure.unit or "", "indicator": figure.indicator or ""}
    attributes = " ".join(f'data-{name}="{_attribute(v)}"' for name, v in data.items())
    return (f'<mark class="cnstats-figure" {attributes} title="{_attribute(describe(figure))}" '
            f'style="background: {COLORS[figure.kind]}">{escape(figure.text if text is None else text)}'
            "</mark>")


def marked_html(text: str, figures: Sequence[Figure]) -> str:
    """The text, escaped, with every figure in its `<mark>`."""
    parts: list[str] = []
    at = 0
    for figure in figures:
        parts.append(escape(text[at:figure.start]))
        parts.append(mark(figure, text[figure.start:figure.end]))
        at = figure.end
    parts.append(escape(text[at:]))
    return "".join(parts)


def legend_html(kinds: Iterable[Kind], counts: Counter[Kind] | None = None) -> str:
    """A legend: one swatch per kind, in the order of `Kind` (with counts if given)."""
    wanted = set(kinds)
    swatches = []
    for kind in Kind:
        if kind in wanted:
            label = kind.value if counts is None else f"{kind.value} {counts[kind]}"
            swatches.append(f'<span data-kind="{kind.value}" style="background: {COLORS[kind]}">{label}</span>')
    return f'<div class="cnstats-legend">{"".join(swatches)}</div>'


def page_start(title: str = "cnstats") -> str:
    """The opening of a standalone HTML page (with a legend of every kind)."""
    return ("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n<style>\n{STYLE}{_PAGE_STYLE}</style>\n</head>\n<body>\n"
            f"<h1>{html.escape(title)}</h1>\n{legend_html(Kind)}\n")


def page_end() -> str:
    return "</body>\n</html>\n"


def _check(text: str, figures: Sequence[Figure]) -> None:
    end = 0
    for figure in figures:
        if not isinstance(figure, Figure):
            raise TypeError(f"figures must be cnstats Figures, not {type(figure).__name__}")
        if not (end <= figure.start <= figure.end <= len(text)) or text[figure.start:figure.end] != figure.text:
            raise ValueError(f"figure {figure.text!r} at {figure.start}:{figure.end} is not in the text "
                             "(or overlaps the one before): pass the figures extract() found in this text")
        end = figure.end


@dataclass(frozen=True)
class Highlight:
    """A text with its figures, shown marked: HTML in a notebook, colours or brackets in a terminal."""

    text: str
    figures: tuple[Figure, ...]

    def __post_init__(self) -> None:
        _check(self.text, self.figures)

    def to_html(self) -> str:
        """An HTML fragment: the marked text and a legend of the kinds in it."""
        counts = Counter(f.kind for f in self.figures)
        return (f'<div class="cnstats">\n<style>\n{STYLE}</style>\n'
                f'<div class="cnstats-text">{marked_html(self.text, self.figures)}</div>\n'
                f"{legend_html(counts, counts)}\n</div>")

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_html_page(self, title: str = "cnstats") -> str:
        """A standalone HTML page of the marked text."""
        return (page_start(title) + f'<p class="cnstats-text">{marked_html(self.text, self.figures)}</p>\n'
                + page_end())

    def to_text(self, color: bool | None = None) -> str:
        """The text with each figure coloured (ANSI) or bracketed with its kind: `[69.9% growth_rate]`.

        `color=None` colours when standard output is a terminal and NO_COLOR is not set.
        """
        if color is None:
            color = _terminal_colors()
        parts: list[str] = []
        at = 0
        for f in self.figures:
            parts.append(self.text[at:f.start])
            if color:
                parts.append(f"\x1b[30;48;5;{ANSI[f.kind]}m{f.text}\x1b[0m\x1b[2m {f.kind.value}\x1b[0m")
            else:
                parts.append(f"[{f.text} {f.kind.value}]")
            at = f.end
        parts.append(self.text[at:])
        return "".join(parts)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        return f"<Highlight: {len(self.figures)} figures in {len(self.text)} characters>"


def _terminal_colors() -> bool:
    stream = sys.stdout
    return (stream is not None and hasattr(stream, "isatty") and stream.isatty()
            and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb")


def highlight(text: str, figures: Iterable[Figure] | None = None, *,
              kinds: Iterable[str | Kind] | None = None) -> Highlight:
    """The text with its figures marked (found with `extract` unless given); only `kinds` if given."""
    if not isinstance(text, str):
        raise TypeError(f"highlight() takes a str, not {type(text).__name__}")
    found = tuple(extract(text) if figures is None else figures)
    if kinds is not None:
        wanted = {Kind(k) for k in kinds}
        found = tuple(f for f in found if f.kind in wanted)
    return Highlight(text, found)
