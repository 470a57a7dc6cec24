"""Regenerate src/cnstats/data/verbs.txt: two-character verbs that end a subject or start a predicate.

context.py cuts an indicator after the last verb before a figure (`配备专职扑火队员460名` ->
`专职扑火队员`) and a following noun at its first verb (`120余名残疾人就近务工` -> `残疾人`). The
list is taken from jieba's dictionary (MIT): two-character words tagged `v` with frequency >= 300,
minus the words that head statistical nouns (listed in cues.json `keep_words` and `verb_exclusions`).
Run with jieba's source unpacked (`pip download jieba`), pass the path of its dict.txt.
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1] / "src" / "cnstats" / "data"

if __name__ == "__main__":
    excluded = set(json.loads((ROOT / "cues.json").read_text(encoding="utf-8"))["verb_exclusions"])
    verbs = []
    for line in pathlib.Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        if tag == "v" and len(word) == 2 and int(freq) >= 300 and word not in excluded:
            verbs.append(word)
    header = "# Two-character verbs, from jieba's dictionary (MIT); regenerate with tools/make_verb_list.py\n"
    (ROOT / "verbs.txt").write_text(header + "\n".join(sorted(verbs)) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs")
