"""Regenerate src/cnstats/data/fold.json: the 1:1 character folding table.

Folding maps full-width ASCII forms to ASCII and Traditional characters to Simplified, one
character to one character, so offsets found on folded text index the original text unchanged.
The Traditional table comes from OpenCC's character dictionary (t2s, single characters only);
run with OpenCC installed (`pip install opencc`), then commit the JSON.
"""

import json
import pathlib

import opencc

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "cnstats" / "data" / "fold.json"


def table() -> dict[str, str]:
    fold = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
    fold.update({"\u3000": " ", "\u00a0": " ", "〜": "~", "—": "-", "–": "-", "‐": "-", "－": "-", "～": "~",
                 "\u2212": "-", "\ufe63": "-"})  # no-break space; minus signs, as PDFs write them
    t2s = opencc.OpenCC("t2s")
    for cp in range(0x3400, 0xA000):
        simplified = t2s.convert(chr(cp))
        if len(simplified) == 1 and simplified != chr(cp):
            fold[chr(cp)] = simplified
    return fold


if __name__ == "__main__":
    OUT.write_text(json.dumps(table(), ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
