"""Optional dependencies: imported on first use, never at `import cnstats`, with an error that says
who needs the missing package and how to install it."""

from __future__ import annotations

from importlib import import_module
from typing import Any


def require(module: str, needs: str, hint: str) -> Any:
    """`module` imported; if it is missing, an ImportError: "{needs}, which is not installed: {hint}"."""
    try:
        return import_module(module)
    except ImportError as error:
        raise ImportError(f"{needs}, which is not installed: {hint}") from error
