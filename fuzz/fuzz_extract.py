"""Coverage-guided fuzzing of `cnstats.extract` and `cnstats.parse_number` with atheris.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=3600      # an hour; see fuzz/README.md

Each input's bytes are turned into text three ways (UTF-8 with replacement, GB18030 with
replacement, and atheris' own unicode, which yields lone surrogates and any code point), and
every text is checked by `check_extract` and `check_number`. A failure raises, atheris saves the
input as `crash-<sha1>`, and the input becomes a test in tests/test_regressions.py.

The checks are plain functions: tests/test_properties.py runs them on hypothesis-generated text on
every CI run, so the properties the fuzzer holds the code to are the ones the suite tests.
"""

from __future__ import annotations

import math
import sys
from decimal import Decimal

import cnstats
from cnstats import NumberError


def check_extract(text: str) -> list[cnstats.Figure]:
    """`extract(text)` returns records that keep the contract; anything else raises AssertionError."""
    figures = cnstats.extract(text)
    assert isinstance(figures, list)
    previous_end = 0
    for figure in figures:
        assert isinstance(figure, cnstats.Figure), figure
        assert 0 <= figure.start < figure.end <= len(text), figure
        assert text[figure.start:figure.end] == figure.text, figure
        assert figure.start >= previous_end, ("overlapping or unsorted", figure)
        previous_end = figure.end
        assert isinstance(figure.kind, cnstats.Kind), figure
        for name in ("value", "upper"):
            number = getattr(figure, name)
            assert number is None or (isinstance(number, float) and math.isfinite(number)), (name, figure)
        assert figure.value is not None or figure.flag, ("no value and no flag", figure)
        assert figure.upper is None or figure.value is None or figure.value <= figure.upper, ("bounds out of order", figure)
        for name in ("unit", "approx", "indicator", "baseline", "scope", "period", "flag"):
            assert getattr(figure, name) is None or isinstance(getattr(figure, name), str), (name, figure)
        assert figure.approx in (None, "about", "over", "under"), figure
        record = figure.to_dict()
        assert record["kind"] == figure.kind.value
    return figures


def check_number(text: str) -> Decimal | None:
    """`parse_number(text)` gives a finite Decimal or raises NumberError: no other exception."""
    try:
        value = cnstats.parse_number(text)
    except NumberError:
        return None
    assert isinstance(value, Decimal), value
    assert value.is_finite(), (text, value)
    reading = cnstats.read_number(text)
    assert reading.value == value
    assert reading.upper is None or (reading.upper.is_finite() and reading.value <= reading.upper), reading
    return value


def texts_of(data: bytes) -> list[str]:
    """The texts one fuzz input stands for (without atheris: tests call this too)."""
    texts = [data.decode("utf-8", errors="replace"), data.decode("gb18030", errors="replace")]
    if len(data) % 2 == 0:
        # UTF-16 code units, lone surrogates kept: what a mangled JSON or Windows text may hold
        units = [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
        texts.append("".join(map(chr, units)))
    return texts


def test_one_input(data: bytes) -> None:
    for text in texts_of(data):
        check_extract(text)
        check_number(text)
        check_number(text[:40])


def _atheris_one_input(data: bytes) -> None:  # pragma: no cover - runs under atheris only
    import atheris

    test_one_input(data)
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicode(len(data))  # any code point, surrogates included
    check_extract(text)
    check_number(text)


def main() -> None:  # pragma: no cover - runs under atheris only
    import atheris

    cnstats.extract("工业投资增长69.9%,排全市第1位。")  # load the lexicon and compile the patterns first
    cnstats.parse_number("一千二百万")
    atheris.Setup(sys.argv, _atheris_one_input)
    atheris.Fuzz()


if __name__ == "__main__":  # pragma: no cover
    import atheris

    import cnstats.classify
    import cnstats.context
    import cnstats.numerals
    import cnstats.scan  # loaded, so that instrument_all sees every stage

    atheris.instrument_all()  # coverage feedback from every loaded module, cnstats and regex included
    main()
