"""The fixture suite: every paragraph under fixtures/ yields exactly its expected figures.

It runs through the public machinery a user's suite runs through (`cnstats.testing`, the same
comparison and diff as `cnstats fixtures check fixtures/paragraphs`): one code path.
"""

from pathlib import Path

import pytest

from cnstats.fixtures import check, load
from cnstats.testing import assert_paragraph, fixture_cases

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "paragraphs"
PARAGRAPHS = load(FIXTURES)


def test_suite_is_large_enough():
    assert len(PARAGRAPHS) >= 60
    assert sum(len(p.figures) for p in PARAGRAPHS) >= 400


@pytest.mark.parametrize("paragraph", fixture_cases(FIXTURES))
def test_paragraph(paragraph):
    assert_paragraph(paragraph)


@pytest.mark.parametrize("paragraph", [pytest.param(p, id=p.id) for p in PARAGRAPHS if p.non_figures])
def test_non_statistics_are_not_reported(paragraph):
    reported = check(paragraph).reported_non_figures
    assert not reported, "\n".join(f"{n['text']} ({n.get('why')}) reported as {f['text']} [{f['start']}:{f['end']}]"
                                   for n, f in reported)
