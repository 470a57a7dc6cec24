"""pytest helpers for keeping a regression suite of your own paragraphs.

    import pytest
    from cnstats.testing import assert_paragraph, fixture_cases

    @pytest.mark.parametrize("paragraph", fixture_cases("tests/fixtures"))
    def test_paragraph(paragraph):
        assert_paragraph(paragraph)                     # or: fields=("value", "kind"), tolerance=1e-6

Or, for a paragraph written in the test itself:

    assert_figures("工业投资增长69.9%。", [{"text": "69.9%", "start": 6, "end": 11, "value": 69.9}])

A failure's message is the diff `cnstats fixtures check` prints: one line per missing, unexpected or
changed figure (`~ 130.96亿元 [18:27] value 1.3096e10 -> 1.3096e9`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .extract import extract
from .fixtures import DEFAULT_TOLERANCE, Paragraph, check, compare, load, report


def fixture_cases(path: str | Path) -> list[Any]:
    """Every paragraph of a fixture file or folder as a `pytest.param`, with the paragraph's id as test id.

    A malformed fixture raises `cnstats.fixtures.FixtureError` (naming file, paragraph and problem) when
    the test module is collected; a folder without fixture files is an error too, so a wrong path cannot
    pass silently.
    """
    import pytest

    return [pytest.param(p, id=p.id) for p in load(path)]


def assert_paragraph(paragraph: Paragraph, fields: Sequence[str] | None = None,
                     tolerance: float = DEFAULT_TOLERANCE) -> None:
    """Fail, with the diff `cnstats fixtures check` prints, unless the paragraph yields exactly its figures.

    `fields`: compare only these (default: every field the expected records carry); `tolerance`:
    relative tolerance for numbers. Non-figures the paragraph lists must not be reported.
    """
    __tracebackhide__ = True
    diff = check(paragraph, fields, tolerance)
    if diff:
        raise AssertionError(report(paragraph, diff))


def assert_figures(text: str, expected: Iterable[Mapping[str, Any]], fields: Sequence[str] | None = None,
                   tolerance: float = DEFAULT_TOLERANCE, non_figures: Iterable[Mapping[str, Any]] = ()) -> None:
    """Fail with a readable diff unless `extract(text)` yields exactly the expected figures.

    `expected`: records as in a fixture file (at least text, start, end; the fields they carry are
    compared). `fields`, `tolerance`, `non_figures`: as in `assert_paragraph`.
    """
    __tracebackhide__ = True
    diff = compare(list(expected), extract(text), fields, tolerance, list(non_figures))
    if diff:
        n = len(diff.missing) + len(diff.unexpected) + len(diff.changed)
        raise AssertionError(f"figures differ from the expected ones ({n} difference{'s' if n != 1 else ''})\n"
                             f"  | {text}\n{diff}")
