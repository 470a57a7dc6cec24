"""The fixture suite: every paragraph under fixtures/ yields exactly its expected figures."""

from pathlib import Path

import pytest

from cnstats import extract
from cnstats.testing import assert_figures, fixture_cases

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "paragraphs"
PARAGRAPHS = fixture_cases(FIXTURES)


def test_suite_is_large_enough():
    assert len(PARAGRAPHS) >= 60
    assert sum(len(p.figures) for p in PARAGRAPHS) >= 400


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=lambda p: p.id)
def test_paragraph(paragraph):
    assert_figures(paragraph.text, paragraph.figures)


@pytest.mark.parametrize("paragraph", [p for p in PARAGRAPHS if p.non_figures], ids=lambda p: p.id)
def test_non_statistics_are_not_reported(paragraph):
    spans = [(f.start, f.end) for f in extract(paragraph.text)]
    for number in paragraph.non_figures:
        overlapping = [s for s in spans if s[0] < number["end"] and number["start"] < s[1]]
        assert not overlapping, f"{number['text']} ({number['why']}) reported as a figure"
