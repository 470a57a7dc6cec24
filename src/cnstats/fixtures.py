"""Fixture paragraphs: the format, loading with clear errors, recording, and comparing.

A fixture file is JSON (schema: `schema()`, shipped as `cnstats/data/fixture.schema.json`):

    {"theme": "...",                                    # optional: theme, source, note, recorded_with
     "paragraphs": [
       {"id": "report-003",                             # unique in the suite
        "text": "工业投资增长69.9%,排全市第1位。",          # the paragraph, exactly as extract receives it
        "source": "report.txt:3", "note": "...",        # optional
        "figures": [{"text": "69.9%", "start": 6, "end": 11, "kind": "growth_rate", "value": 69.9, ...}],
        "non_figures": [{"text": "...", "start": ..., "end": ..., "why": "date"}]}]}   # optional

A folder of such files (every `*.json` under it) is a suite. An expected figure is matched with a
figure found by its span (start, end); then each compared field must agree, numbers within a
tolerance. A field an expected record leaves out is not compared, and fields a newer cnstats adds to
its output are ignored, so a suite keeps working across versions. `non_figures` are numbers that must
not be reported; one that is shows up as an unexpected figure, marked as such.

The command line (`cnstats fixtures record|check`) and `cnstats.testing` are thin layers over this
module: one comparison, one diff, one rendering.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from .record import CONTRACT_FIELDS, Figure

FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Figure))
"""Every field a Figure has: the fields compared by default (where an expected record carries them)."""

RECORD_FIELDS: tuple[str, ...] = CONTRACT_FIELDS
"""The fields `record` writes for each figure by default."""

DEFAULT_TOLERANCE = 1e-9
"""Relative tolerance for numbers (also used as an absolute one, for values near zero)."""


# ---------------------------------------------------------------------------------------------------
# The format


@dataclass(frozen=True)
class Paragraph:
    """One fixture paragraph and the figures it must yield."""

    id: str
    text: str
    figures: list[dict[str, Any]]
    non_figures: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None
    source: str | None = None
    path: str | None = None

    def __str__(self) -> str:
        return self.id


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a fixture file."""

    path: str
    message: str
    paragraph: str | None = None
    where: str | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.where:
            parts.append(self.where)
        return ": ".join(parts + [self.message])


class FixtureError(ValueError):
    """A fixture file or folder cannot be used; `problems` says every thing wrong, with file and paragraph."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        head = "fixture problem" if len(self.problems) == 1 else f"{len(self.problems)} fixture problems"
        super().__init__(f"{head}:\n" + "\n".join(f"  {p}" for p in self.problems))


def schema() -> dict[str, Any]:
    """The JSON Schema of a fixture file (a fresh copy)."""
    return json.loads(_schema_text())  # type: ignore[no-any-return]


@cache
def _schema_text() -> str:
    return resources.files("cnstats").joinpath("data", "fixture.schema.json").read_text(encoding="utf-8")


def load(path: str | Path) -> list[Paragraph]:
    """The paragraphs of a fixture file, or of every *.json file under a folder (sorted by path).

    Raises FixtureError naming the file, the paragraph and the problem for anything malformed: bad
    JSON, a structure the schema does not allow, a span that does not agree with its paragraph
    (`text[start:end]` is not the record's text), spans repeated or overlapping, ids not unique.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob("*.json"))
        if not files:
            raise FixtureError([Problem(str(path), "no fixture files (*.json) in this folder")])
    elif path.exists():
        files = [path]
    else:
        raise FixtureError([Problem(str(path), "no such file or folder")])
    problems: list[Problem] = []
    paragraphs: list[Paragraph] = []
    for file in files:
        found, wrong = _read(file)
        paragraphs += found
        problems += wrong
    seen: dict[str, Paragraph] = {}
    for p in paragraphs:
        if p.id in seen:
            problems.append(Problem(str(p.path), f"id {p.id!r} is used again (first in {seen[p.id].path}); ids "
                                    "must be unique in a suite", paragraph=repr(p.id)))
        seen.setdefault(p.id, p)
    if problems:
        raise FixtureError(problems)
    return paragraphs


def validate(data: Any, path: str = "<fixture>") -> list[Problem]:
    """Every problem with a fixture document (already parsed JSON); empty when it is well formed."""
    document = schema()
    found = list(_check(data, document, document, ()))
    problems = [_problem(path, data, where, message) for where, message in found]
    if isinstance(data, dict) and isinstance(data.get("paragraphs"), list):
        broken = {where[1] for where, _ in found if len(where) >= 2 and where[0] == "paragraphs"}
        for number, item in enumerate(data["paragraphs"]):
            if number not in broken:
                problems += _check_spans(path, item)
        ids: set[str] = set()
        for number, item in enumerate(data["paragraphs"]):
            ident = item.get("id") if isinstance(item, dict) else None
            if isinstance(ident, str) and ident in ids:
                problems.append(Problem(path, f"id {ident!r} is already used by an earlier paragraph; ids must "
                                        "be unique in a suite", paragraph=f"#{number + 1}"))
            elif isinstance(ident, str):
                ids.add(ident)
    return problems


def _read(file: Path) -> tuple[list[Paragraph], list[Problem]]:
    name = str(file)
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as error:
        return [], [Problem(name, f"not UTF-8 text ({error.reason} at byte {error.start})")]
    except json.JSONDecodeError as error:
        return [], [Problem(name, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")]
    problems = validate(data, name)
    if problems:
        return [], problems
    return [Paragraph(id=item["id"], text=item["text"], figures=[_spans_as_int(r) for r in item["figures"]],
                      non_figures=[_spans_as_int(r) for r in item.get("non_figures", [])],
                      note=item.get("note"), source=item.get("source"), path=name)
            for item in data["paragraphs"]], []


def _spans_as_int(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "start": int(record["start"]), "end": int(record["end"])}


def _problem(path: str, data: Any, where: tuple[str | int, ...], message: str) -> Problem:
    """Name the paragraph by its id and the record by its text when the problem lies inside one."""
    if len(where) >= 2 and where[0] == "paragraphs" and isinstance(where[1], int):
        item = data["paragraphs"][where[1]]
        ident = item.get("id") if isinstance(item, dict) else None
        name = repr(ident) if isinstance(ident, str) and ident else f"#{where[1] + 1}"
        rest = where[2:]
        if len(rest) >= 2 and isinstance(rest[1], int):
            record = item[rest[0]][rest[1]]
            label = f" {record['text']!r}" if isinstance(record, dict) and isinstance(record.get("text"), str) else ""
            inner, rest = f"{rest[0]}[{rest[1]}]{label}", rest[2:]
        elif rest:
            inner, rest = str(rest[0]), rest[1:]
        else:
            inner = None
        return Problem(path, f"{_path(rest)} {message}" if rest else message, paragraph=name, where=inner)
    return Problem(path, f"{_path(where)} {message}" if where else message)


def _path(where: Sequence[str | int]) -> str:
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


_TYPES = {"object": "an object", "array": "a list", "string": "a string", "integer": "an integer",
          "number": "a number", "null": "null", "boolean": "true or false"}


def _is(value: Any, kind: str) -> bool:
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return kind == "number" or isinstance(value, int) or value.is_integer()


SCHEMA_KEYWORDS = frozenset({"$schema", "$id", "$defs", "$ref", "title", "description", "type", "required",
                             "properties", "additionalProperties", "items", "enum", "minLength", "minimum"})
"""The JSON Schema keywords `validate` understands: the schema shipped may use only these."""


def _check(value: Any, node: Mapping[str, Any], root: Mapping[str, Any],
           where: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Validate against the subset of JSON Schema the shipped schema uses (see SCHEMA_KEYWORDS)."""
    if "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        yield from _check(value, target, root, where)
        return
    if "type" in node:
        kinds = [node["type"]] if isinstance(node["type"], str) else node["type"]
        if not any(_is(value, k) for k in kinds):
            wanted = " or ".join(_TYPES[k] for k in kinds)
            yield where, f"must be {wanted}, not {_show(value)}"
            return
    if "enum" in node and value not in node["enum"]:
        yield where, f"{_show(value)} is not one of {', '.join(str(v) if v else _show(v) for v in node['enum'])}"
        return
    if "minLength" in node and isinstance(value, str) and len(value) < node["minLength"]:
        yield where, "must not be empty"
    if "minimum" in node and _is(value, "number") and value < node["minimum"]:
        yield where, f"must be at least {node['minimum']}, not {_show(value)}"
    if isinstance(value, dict):
        properties = node.get("properties", {})
        for key in node.get("required", []):
            if key not in value:
                yield where, f"{key!r} is missing"
        if node.get("additionalProperties", True) is False:
            for key in value:
                if key not in properties:
                    yield where, f"unknown key {key!r} (allowed: {', '.join(properties)})"
        for key, sub in properties.items():
            if key in value:
                yield from _check(value[key], sub, root, (*where, key))
    if isinstance(value, list) and "items" in node:
        for number, item in enumerate(value):
            yield from _check(item, node["items"], root, (*where, number))


def _check_spans(path: str, item: dict[str, Any]) -> list[Problem]:
    """What the schema cannot say: spans agree with the paragraph, and do not repeat or overlap."""
    text = item["text"]
    name = repr(item["id"])
    problems = []
    spans: dict[str, list[tuple[int, int, int]]] = {"figures": [], "non_figures": []}
    for key, kept in spans.items():
        for index, record in enumerate(item.get(key, [])):
            start, end, written = int(record["start"]), int(record["end"]), record["text"]
            where = f"{key}[{index}] {written!r}"
            if end <= start:
                problems.append(Problem(path, f"end {end} is not after start {start}", name, where))
                continue
            if end > len(text):
                problems.append(Problem(path, f"end {end} is past the end of the paragraph ({len(text)} characters)"
                                        + _elsewhere(text, written), name, where))
                continue
            if text[start:end] != written:
                problems.append(Problem(path, f"text[{start}:{end}] is {text[start:end]!r}, not the record's "
                                        f"{written!r}" + _elsewhere(text, written), name, where))
                continue
            kept.append((start, end, index))
    for key, found in spans.items():
        found.sort()
        for (s1, e1, i1), (s2, e2, i2) in pairwise(found):
            if s2 < e1:
                same = "repeats" if (s1, e1) == (s2, e2) else "overlaps"
                problems.append(Problem(path, f"{same} {key}[{i1}] [{s1}:{e1}]", name,
                                        f"{key}[{i2}] {text[s2:e2]!r}"))
    for s1, e1, i1 in spans["non_figures"]:
        for s2, e2, i2 in spans["figures"]:
            if s1 < e2 and s2 < e1:
                problems.append(Problem(path, f"overlaps figures[{i2}] {text[s2:e2]!r} [{s2}:{e2}]: a number is "
                                        "either a figure or a non-figure", name, f"non_figures[{i1}] {text[s1:e1]!r}"))
    return problems


def _elsewhere(text: str, written: str) -> str:
    starts = [i for i in range(len(text)) if text.startswith(written, i)]
    if not starts:
        return f" ({written!r} is not in the paragraph)"
    return " (the paragraph has it at " + ", ".join(f"[{s}:{s + len(written)}]" for s in starts[:3]) + ")"


# ---------------------------------------------------------------------------------------------------
# Recording


def figure_record(figure: Figure, fields: Sequence[str] = RECORD_FIELDS) -> dict[str, Any]:
    """A figure as an expected record: its span, then the chosen fields, in the record's field order."""
    record = figure.to_dict()
    chosen = {"text", "start", "end", *check_fields(fields)}
    return {name: record[name] for name in FIELDS if name in chosen}


def record(lines: Iterable[str], name: str, source: str | None = None,
           fields: Sequence[str] = RECORD_FIELDS) -> dict[str, Any]:
    """A fixture document from a text: one paragraph per non-empty line, expected = what extract finds now.

    Paragraph ids are `{name}-{line number}`; each paragraph's `source` is `{source}:{line number}`.
    Lines are stripped of surrounding whitespace (ASCII and full-width); offsets are into the stripped text.
    """
    from . import __version__
    from .extract import extract

    numbered = [(n, line.strip()) for n, line in enumerate(lines, 1)]
    numbered = [(n, text) for n, text in numbered if text]
    width = max(3, len(str(numbered[-1][0]))) if numbered else 3
    paragraphs = []
    for number, text in numbered:
        paragraph: dict[str, Any] = {"id": f"{name}-{number:0{width}d}", "text": text}
        if source is not None:
            paragraph["source"] = f"{source}:{number}"
        paragraph["figures"] = [figure_record(f, fields) for f in extract(text)]
        paragraph["non_figures"] = []
        paragraphs.append(paragraph)
    document: dict[str, Any] = {}
    if source is not None:
        document["source"] = source
    document["recorded_with"] = f"cnstats {__version__}"
    document["paragraphs"] = paragraphs
    return document


def dumps(document: Mapping[str, Any]) -> str:
    """A fixture document as the project writes it: UTF-8 JSON, one-space indent, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------------
# Comparing


def check_fields(fields: Iterable[str]) -> tuple[str, ...]:
    """The field names, checked against Figure's; ValueError naming any unknown one."""
    names = tuple(fields)
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                         f"a figure has {', '.join(FIELDS)}")
    return names


@dataclass(frozen=True)
class Change:
    """One field of a figure that differs."""

    text: str
    start: int
    end: int
    field: str
    expected: Any
    actual: Any

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def __str__(self) -> str:
        return f"  ~ {self.text} [{self.start}:{self.end}] {self.field} {_show(self.expected)} -> {_show(self.actual)}"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Diff:
    """How the figures found differ from the figures expected.

    `missing`: expected records no figure was found at; `unexpected`: figures found where none was
    expected (as dicts); `changed`: fields that differ at a span both have. `reported_non_figures`:
    pairs (non-figure, figure found over it), each of which is also in `unexpected`.
    """

    missing: list[dict[str, Any]]
    unexpected: list[dict[str, Any]]
    changed: list[Change]
    reported_non_figures: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.unexpected or self.changed)

    def counts(self) -> Counter[str]:
        """How many differences of each kind: `missing`, `unexpected`, and `changed FIELD` per field."""
        counts: Counter[str] = Counter()
        counts["missing"] += len(self.missing)
        counts["unexpected"] += len(self.unexpected)
        counts.update(f"changed {c.field}" for c in self.changed)
        return +counts

    def lines(self) -> list[str]:
        """One line per difference, in the order of the text."""
        why = {(f["start"], f["end"]): n.get("why") for n, f in self.reported_non_figures}
        rows: list[tuple[int, int, int, str]] = []
        for r in self.missing:
            rows.append((r["start"], r["end"], 0, f"  - missing {_brief(r)}"))
        for r in self.unexpected:
            note = ""
            if (r["start"], r["end"]) in why:
                reason = why[(r["start"], r["end"])]
                note = f"  (marked a non-figure{': ' + reason if reason else ''})"
            rows.append((r["start"], r["end"], 1, f"  + unexpected {_brief(r)}{note}"))
        for c in self.changed:
            rows.append((c.start, c.end, 2, str(c)))
        return [line for *_, line in sorted(rows, key=lambda row: row[:3])]

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def to_dict(self) -> dict[str, Any]:
        return {"missing": self.missing, "unexpected": self.unexpected,
                "changed": [c.to_dict() for c in self.changed],
                "reported_non_figures": [{"non_figure": n, "figure": f} for n, f in self.reported_non_figures]}


def _brief(record: Mapping[str, Any]) -> str:
    parts = [f"{record['text']} [{record['start']}:{record['end']}]"]
    parts += [str(record[k]) if k == "kind" else _show(record[k]) for k in ("kind", "value") if k in record]
    if record.get("unit") is not None:
        parts.append(str(record["unit"]))
    return " ".join(parts)


def _show(value: Any) -> str:
    """A value as the diff shows it: numbers compact (1.3096e10), strings quoted, None as null."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            return repr(number)
        if number == 0 or 1e-4 <= abs(number) < 1e6:
            return repr(number).removesuffix(".0")
        mantissa, exponent = f"{Decimal(repr(number)).normalize():e}".split("e")
        return f"{mantissa}e{int(exponent)}"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=str)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same(expected: Any, actual: Any, tolerance: float) -> bool:
    if _number(expected) and _number(actual):
        return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
    return bool(expected == actual)


def compare(expected: Iterable[Mapping[str, Any]], actual: Iterable[Figure | Mapping[str, Any]],
            fields: Sequence[str] | None = None, tolerance: float = DEFAULT_TOLERANCE,
            non_figures: Iterable[Mapping[str, Any]] = ()) -> Diff:
    """Compare expected records with figures found, matching by span, field by field.

    `fields`: the fields to compare (default: all of Figure's); a field an expected record does not
    carry is not compared, and fields only the found figures carry are ignored. Numbers agree within
    `tolerance` (relative, and absolute near zero).
    """
    names = FIELDS if fields is None else check_fields(fields)
    found = {(r["start"], r["end"]): r for r in (a.to_dict() if isinstance(a, Figure) else dict(a) for a in actual)}
    wanted = {(r["start"], r["end"]): dict(r) for r in expected}
    changed = [
        Change(record["text"], span[0], span[1], name, record[name], found[span].get(name))
        for span, record in wanted.items() if span in found
        for name in names if name in record and not _same(record[name], found[span].get(name), tolerance)
    ]
    unexpected = [r for s, r in found.items() if s not in wanted]
    reported = [(dict(n), r) for n in non_figures for r in unexpected
                if r["start"] < n["end"] and n["start"] < r["end"]]
    return Diff(missing=[r for s, r in wanted.items() if s not in found], unexpected=unexpected,
                changed=changed, reported_non_figures=reported)


def check(paragraph: Paragraph, fields: Sequence[str] | None = None, tolerance: float = DEFAULT_TOLERANCE) -> Diff:
    """Run extract on a fixture paragraph and compare with what it expects (non-figures included)."""
    from .extract import extract

    return compare(paragraph.figures, extract(paragraph.text), fields, tolerance, paragraph.non_figures)


def report(paragraph: Paragraph, diff: Diff) -> str:
    """A failing paragraph as `cnstats fixtures check` and `cnstats.testing` show it: header, text, diff."""
    n = len(diff.missing) + len(diff.unexpected) + len(diff.changed)
    where = f"  {paragraph.path}" if paragraph.path else ""
    head = f"FAIL {paragraph.id}{where}  ({n} difference{'s' if n != 1 else ''})"
    return "\n".join([head, f"  | {paragraph.text}", *diff.lines()])


def summary(counts: Counter[str]) -> str:
    """Counts by kind of change: `2 missing, 1 unexpected, 4 changed (value 3, kind 1)`."""
    parts = [f"{counts[k]} {k}" for k in ("missing", "unexpected") if counts[k]]
    fields = [(k.removeprefix("changed "), v) for k, v in counts.items() if k.startswith("changed ") and v]
    if fields:
        order = {name: i for i, name in enumerate(FIELDS)}
        fields.sort(key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        parts.append(f"{sum(v for _, v in fields)} changed ({', '.join(f'{k} {v}' for k, v in fields)})")
    return ", ".join(parts) if parts else "none"
