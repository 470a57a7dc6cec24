"""Helpers for keeping a regression suite of your own paragraphs under pytest.

    from cnstats.testing import assert_figures, fixture_cases

    @pytest.mark.parametrize("paragraph", fixture_cases("fixtures/"), ids=lambda p: p.id)
    def test_paragraph(paragraph):
        assert_figures(paragraph.text, paragraph.figures)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .extract import extract
from .fixtures import Paragraph, compare, load
from .record import CONTRACT_FIELDS


def fixture_cases(path: str | Path) -> list[Paragraph]:
    """Every paragraph of a fixture file or folder, for `pytest.mark.parametrize`."""
    return load(path)


def assert_figures(text: str, expected: Iterable[dict[str, Any]], fields: Sequence[str] = CONTRACT_FIELDS,
                   tolerance: float = 1e-9) -> None:
    """Fail with a readable diff unless `extract(text)` yields exactly the expected figures."""
    diff = compare(list(expected), extract(text), fields, tolerance)
    if diff:
        raise AssertionError(f"figures differ from the expected ones:\n{diff}")
