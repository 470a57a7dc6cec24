"""Properties of the number reader: cn2an's own renderings read back exactly, numbers in context are
found with the same value, and reading never fails with anything but NumberError."""

from decimal import Decimal

import cn2an
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from cnstats import NumberError, Reading, extract, parse_number, read_number

LARGEST = 10**16 - 1  # cn2an.an2cn renders at most 16 integer digits
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

integers = st.integers(min_value=0, max_value=LARGEST)
decimals = st.builds(
    lambda whole, fraction, places: Decimal(whole) + Decimal(fraction % 10**places) / Decimal(10**places),
    st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**8), st.integers(1, 8))


@SETTINGS
@given(integers)
@example(0)
@example(10)
@example(100010)
@example(10**8)
@example(10**12)
@example(LARGEST)
@example(1000000000001)
@example(1000100000000)
def test_cn2an_integers_read_back_exactly(n):
    assert parse_number(cn2an.an2cn(n)) == n
    assert parse_number(cn2an.an2cn(n, "up")) == n
    assert parse_number(cn2an.an2cn(-n)) == -n


@SETTINGS
@given(decimals)
@example(Decimal("0.05"))
@example(Decimal("10.05"))
@example(Decimal("100.5"))
def test_cn2an_decimals_read_back_exactly(d):
    text = format(d, "f")
    assert parse_number(cn2an.an2cn(text)) == d
    assert parse_number(cn2an.an2cn(text, "up")) == d


_SPOKEN = [
    ("二百", "两百"), ("二千", "两千"), ("二万", "两万"), ("二亿", "两亿"),  # 两 before a magnitude
    ("一十", "十"),  # 十二万, not 一十二万, at the start
]


@settings(max_examples=1500, deadline=None)
@given(integers, st.lists(st.sampled_from(_SPOKEN), unique=True), st.booleans())
@example(15000, [], True)
@example(113000, [("一十", "十")], True)
@example(100050000, [], False)
@example(2200, [("二千", "两千"), ("二百", "两百")], False)
@example(1_100_001_011, [], False)  # cn2an raises KeyError reading what it wrote
def test_numerals_as_written_are_read_as_cn2an_reads_them(n, spoken, abbreviated):
    # cnstats reads Chinese numerals itself (cn2an's import alone costs more than the first call may
    # take): numbers as they are written (两千, 十二万, 一万五), wherever cn2an reads them, must read as
    # cn2an reads them.
    core = cn2an.an2cn(n)
    for written, said in spoken:
        if said == "十":  # only at the start: 一万一十 is no 一万十
            core = said + core[len(written):] if core.startswith(written) else core
        else:
            core = core.replace(written, said)
    if abbreviated and len(core) > 2 and core[-1] in "千百" and core[-3] in "万千亿":
        core = core[:-1]  # 一万五千 -> 一万五
    try:
        expected = Decimal(str(cn2an.cn2an(core, "normal")))
    except ValueError:
        return  # a form cn2an does not read (一亿五): the tables of test_numerals.py read those
    except KeyError:  # cn2an 0.5 fails on some of its own output (十一亿一千零一十一): n is the reference there
        if core != cn2an.an2cn(n):
            return
        expected = Decimal(n)
    assert parse_number(core) == expected


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_with_separators_and_full_width_digits(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))) == n
    assert parse_number(f"{n:,}".replace(",", "，")) == n


@SETTINGS
@given(st.integers(1, 9999), st.integers(0, 9999))
def test_mixed_arabic_and_magnitudes(yi, wan):
    assert parse_number(f"{yi}亿{wan}万") == yi * 10**8 + wan * 10**4
    assert parse_number(f"{yi}.{wan:04d}亿") == yi * 10**8 + wan * 10**4


@SETTINGS
@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(["至", "到", "~", "～", "-", "—", "－"]),
       st.sampled_from(["", "万", "亿", "万亿"]))
def test_range_with_the_magnitude_written_once(a, b, sep, magnitude):
    assume(a != b)
    low, high = min(a, b), max(a, b)
    scale = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}[magnitude]
    reading = read_number(f"{low}{sep}{high}{magnitude}")
    assert (reading.value, reading.upper) == (low * scale, high * scale)
    if high % 10 == 0:
        return  # 三至五百万 is 300万..500万 (the 百 written once), while 3至500万 is 3万..500万
    chinese = read_number(f"{cn2an.an2cn(low)}{sep}{cn2an.an2cn(high)}{magnitude}")
    assert (chinese.value, chinese.upper) == (reading.value, reading.upper)


# A number in random prose: the context alphabet holds no numeral, approximate, ordinal, change or date word.
NEUTRAL = "全市共计投资资金项目总额企业单位完成实现收入规模建设城乡居民财政农村社会服务医疗教育文化，"
context = st.text(alphabet=NEUTRAL, max_size=12)


@SETTINGS
@given(context, st.integers(1, 9999), context)
def test_number_in_context_is_found_with_its_value(prefix, n, suffix):
    text = f"{prefix}{cn2an.an2cn(n)}万元{suffix}。"
    money = [f for f in extract(text) if f.unit == "元"]
    assert len(money) == 1, [f.text for f in extract(text)]
    assert money[0].value == n * 10**4 and money[0].flag is None
    assert money[0].text == f"{cn2an.an2cn(n)}万元"


@SETTINGS
@given(context, st.integers(2, LARGEST), st.sampled_from(["元", "吨", "人", "家"]), context)
def test_large_number_in_context_is_found_with_its_value(prefix, n, unit, suffix):
    written = cn2an.an2cn(n)
    figures = [f for f in extract(f"{prefix}{written}{unit}{suffix}。") if f.text == written + unit]
    assert len(figures) == 1
    assert Decimal(repr(figures[0].value)) == Decimal(repr(float(n)))


@SETTINGS
@given(context, decimals, context)
def test_decimal_with_a_magnitude_in_context(prefix, d, suffix):
    written = cn2an.an2cn(format(d, "f")) + "亿元"
    figures = [f for f in extract(f"{prefix}{written}{suffix}。") if f.text == written]
    assert len(figures) == 1
    assert figures[0].value == float(d * 10**8)


NUMERAL_SOUP = "零〇一二两三四五六七八九十百千万亿拾佰仟萬億壹贰叁点點分之成折几数余多来约近超逾上好负-+~至到或%‰,.0123456789 又/个kK"


@SETTINGS
@given(st.one_of(st.text(), st.text(alphabet=NUMERAL_SOUP, max_size=16)))
def test_read_number_returns_a_reading_or_raises_number_error(text):
    try:
        reading = read_number(text)
    except NumberError:
        return
    assert isinstance(reading, Reading)
    assert isinstance(reading.value, Decimal)
    assert reading.upper is None or isinstance(reading.upper, Decimal)
    assert reading.approx in (None, "about", "over", "under")


@SETTINGS
@given(st.text(alphabet=NUMERAL_SOUP + "元人个万亿的是在，。", max_size=40))
def test_extract_never_raises_and_flags_what_it_cannot_read(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text
        assert (f.value is None) == (f.flag is not None)


@pytest.mark.parametrize("n", [1, 12, 105, 1010, 20000, 100001, 12345678, 10**8 + 1])
def test_financial_forms_match_lower_case(n):
    assert parse_number(cn2an.an2cn(n, "up")) == parse_number(cn2an.an2cn(n)) == n


@SETTINGS
@given(integers)
def test_traditional_forms_match_simplified(n):
    written = cn2an.an2cn(n)
    traditional = written.translate(str.maketrans({"万": "萬", "亿": "億", "两": "兩", "点": "點"}))
    assume(traditional != written)
    assert parse_number(traditional) == n


@pytest.mark.parametrize("unit", ["三成", "1,", "1.", "好几", "二十来", "一点", "十余万", "1亿5千", "几", "九成半"])
def test_scanner_stays_linear_on_numeral_runs(unit):
    """The number parts of the scan pattern are bounded or over disjoint classes, and the scanner looks a
    bounded way ahead of each opener (1.1.1.…): 8x text, ~8x time, where n² steps would take 64x."""
    import time

    from cnstats.scan import scan

    list(scan(unit))  # compile outside the timing

    def seconds(k: int) -> float:  # the best of three: a busy machine only ever adds time
        text, best = unit * k, float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for _ in scan(text):
                pass
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(1000), seconds(8000)
    assert large < 24 * small + 0.05
