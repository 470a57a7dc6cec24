"""The build `pip install .` makes (setup.py: the pipeline compiled by mypyc) gives the figures the
sources give when the interpreter runs them.

The rest of the suite runs on whichever build is installed; CI installs the compiled one. This test
sets it beside the sources, run in a subprocess, over every paragraph the project keeps.
"""

import dataclasses
import json
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import cnstats
from cnstats import pipeline
from cnstats.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMPILED = pipeline.__file__.endswith(tuple(EXTENSION_SUFFIXES))
PARAGRAPH_SETS = ["fixtures/paragraphs", *(f"bench/holdout{n}" for n in ("", *range(2, 116)))]

# Run by the interpreter from the sources: texts on stdin, figures on stdout, as JSON.
PURE = """
import dataclasses, json, sys
sys.path.insert(0, sys.argv[1])
import cnstats, cnstats.pipeline
assert cnstats.pipeline.__file__.endswith(".py"), cnstats.pipeline.__file__
texts = json.load(sys.stdin)
json.dump([[dataclasses.astuple(f) for f in cnstats.extract(t)] for t in texts], sys.stdout)
"""


def _texts() -> list[str]:
    return [p["text"] for folder in PARAGRAPH_SETS for path in sorted((ROOT / folder).glob("**/*.json"))
            for p in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]]


@pytest.mark.skipif(not COMPILED, reason="cnstats is installed uncompiled (editable, or no compiler): one build only")
def test_compiled_build_gives_the_figures_of_the_sources():
    texts = _texts()
    assert len(texts) > 500
    pure = subprocess.run([sys.executable, "-c", PURE, str(ROOT / "src")], input=json.dumps(texts),
                          capture_output=True, text=True, check=True).stdout
    compiled = [[dataclasses.astuple(f) for f in cnstats.extract(t)] for t in texts]
    expected = json.loads(pure)
    assert json.loads(json.dumps(compiled)) == expected
    assert sum(map(len, expected)) > 3000



def test_version_names_the_build_that_runs(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    build = "pipeline compiled by mypyc" if COMPILED else "pure Python"
    assert capsys.readouterr().out.strip() == f"cnstats {cnstats.__version__} ({build})"
