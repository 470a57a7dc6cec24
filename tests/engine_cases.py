"""What the Arrow, Dask and Spark tests share: real texts, and the rows every engine must give."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import cnstats
from cnstats.fixtures import load
from cnstats.record import Figure

ROOT = Path(__file__).resolve().parent.parent


def corpus(sentences_of_every: int = 1) -> list[str]:
    """Real paragraphs (the fixtures and both held-out sets) and the sentences of every n-th one."""
    paragraphs = [p.text for folder in ("fixtures/paragraphs", "bench/holdout", "bench/holdout2")
                  for p in load(ROOT / folder)]
    sentences = [s + "。" for p in paragraphs[::sentences_of_every] for s in p.split("。") if s.strip()]
    return paragraphs + sentences


def expected_rows(pairs: list[tuple[Any, Any]]) -> list[dict[str, Any]]:
    """What every engine must give: `extract` run text by text, written out independently of cnstats.arrow."""
    rows: list[dict[str, Any]] = []
    names = [f.name for f in dataclasses.fields(Figure)]
    for key, text in pairs:
        if text is None:
            continue
        try:
            figures = cnstats.extract(text)
        except Exception as error:  # noqa: BLE001
            rows.append({"source": str(key), **dict.fromkeys(names), "error": f"{type(error).__name__}: {error}"})
            continue
        rows.extend({"source": str(key), **f.to_dict(), "error": None} for f in figures)
    return rows
