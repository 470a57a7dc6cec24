"""Write a seed corpus for the fuzzer: every fixture paragraph, and its sentences, one file each.

    python fuzz/seed_corpus.py fuzz/corpus      # then: python fuzz/fuzz_extract.py fuzz/corpus …

Starting from real paragraphs lets atheris reach the classify and context stages at once instead of
discovering Chinese figures byte by byte. The corpus directory is not committed (fuzz/.gitignore).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    found = []
    for path in sorted((ROOT / "fixtures" / "paragraphs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data.get("paragraphs", []) if isinstance(data, dict) else data
        for item in items:
            text = item["text"]
            found.append(text)
            found += [s for s in re.split(r"(?<=[。；;！？])", text) if len(s) > 4]
    return found


def main() -> int:
    into = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
    into.mkdir(parents=True, exist_ok=True)
    count = 0
    for text in texts():
        data = text.encode("utf-8")
        (into / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"{count} seeds in {into}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
