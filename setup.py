"""Builds cnstats with its pipeline compiled by mypyc where it can; pyproject.toml says the rest.

The pipeline's modules are plain, type-checked Python (mypy --strict); mypyc compiles them to C
extensions, which extract about 1.4 times as fast (bench/run.py). The sources and the answers are the
same: the test suite runs on the compiled build in CI. Pure Python stays
- in an editable install (pip install -e), so that a change to the sources shows at once;
- when CNSTATS_PURE_PYTHON=1 is set;
- when mypyc or the C compiler fails: the install goes on, with a warning.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import BaseError, CCompilerError

# The stages that run once per candidate or figure. Not the record (frame and arrow read its type
# hints), nor numerals or extract, whose public functions name a wrong argument's type themselves.
COMPILED = ["pipeline", "scan", "classify", "context", "text", "lexicon", "kinds"]


def _pure(error: BaseException) -> None:
    print(f"cnstats: installing pure Python, as compiling with mypyc failed: {error}", file=sys.stderr)


def _extensions() -> list[Extension]:
    # Only a wheel is compiled (pip install ., python -m build): not the metadata steps, which would
    # wait half a minute for mypyc's C, nor an editable install (editable_wheel).
    if os.environ.get("CNSTATS_PURE_PYTHON") == "1" or "bdist_wheel" not in sys.argv:
        return []
    try:
        from mypyc.build import mypycify

        # The modules it compiles are checked as in CI; those they import (the users of pandas and
        # pint, which the build environment lacks) only for the types they lend.
        return mypycify(["--follow-imports=silent", *(f"src/cnstats/{name}.py" for name in COMPILED)], opt_level="3",
                        group_name="cnstats")  # the shared runtime: cnstats__mypyc, not a hash
    except (ImportError, SystemExit) as error:  # no mypy, or a type error: mypyc exits
        _pure(error)
        return []


class OptionalBuildExt(build_ext):
    def run(self) -> None:
        try:
            super().run()
        except (CCompilerError, BaseError, OSError) as error:  # no compiler, no headers
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)  # a compiled module without the others would fail to import
            _pure(error)


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
