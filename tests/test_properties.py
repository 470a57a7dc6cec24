"""Properties of `extract` on any text: arbitrary strings, and Chinese figures mixed with noise.

For every input: no exception; offsets valid and `source[start:end] == text`; figures sorted and
non-overlapping; values finite or None (None only with a flag); the same answer twice; and a
paragraph gives the same figures alone as inside a longer document, when a paragraph break
separates it from its neighbours. The same checks are the atheris fuzz target's
(fuzz/fuzz_extract.py); `test_fuzz_target_on_random_bytes` runs that target here, bounded, on
every CI run.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cnstats import extract
from cnstats.lexicon import lexicon

_FUZZ = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_extract.py"
_spec = importlib.util.spec_from_file_location("fuzz_extract", _FUZZ)
assert _spec is not None and _spec.loader is not None
fuzz_extract = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_extract)
check_extract = fuzz_extract.check_extract

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------------------------------
# Text: any code point (lone surrogates too), and a grammar of figures with noise

any_char = st.one_of(
    st.characters(),  # hypothesis' default: every category but surrogates
    st.integers(0xD800, 0xDFFF).map(chr),  # lone surrogates, as a bad decode or JSON leaves them
    st.sampled_from("0123456789一二三四五六七八九十百千万亿两零〇第约近余多%．，。；\n\r\u200b\ufeff\x00"),
)
arbitrary_text = st.text(any_char, max_size=200)

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"]
EMOJI = ["😀", "📈", "🇨🇳", "👍🏽", "1️⃣", "❤️"]
ENTITIES = ["&nbsp;", "&amp;", "&lt;", "&#20159;", "&#x4e07;", "&#37;", "&yen;", "<br/>", "<p>", "</td><td>"]
QUOTES = list("\"'“”‘’「」『』《》()（）[]【】")
BREAKS = ["\n", "\r\n", "\r", "。", "；", "，", "、", "！", "？", "：", " ", "\t", "\u3000"]
WORDS = ["全县", "工业投资", "同比", "增长", "下降", "比上年", "比年初", "占全市", "的", "排全市", "位居全国",
         "实名注册志愿者", "贷款余额", "其中", "分别", "和", "与", "达到", "完成", "约", "近", "超过", "不足",
         "左右", "以上", "余", "多", "上半年", "2022年", "1-6月", "第", "前", "届", "号", "岁", "年", "月", "日",
         "电话", "工号：", "十四五", "两不愁三保障", "翻一番", "个百分点", "倍", "成", "分之", "百分之", "至", "~", "-"]
FULL_WIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")


@st.composite
def arabic(draw: st.DrawFn) -> str:
    whole = draw(st.one_of(st.integers(0, 10**6), st.integers(0, 10**40)))
    text = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if draw(st.booleans()):
        text += "." + str(draw(st.integers(0, 10**6)))
    if draw(st.integers(0, 4)) == 0:
        text = text.translate(FULL_WIDTH)
    return text


@st.composite
def chinese(draw: st.DrawFn) -> str:
    digits = "零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖"
    places = "十百千拾佰仟"
    parts = draw(st.lists(st.tuples(st.sampled_from(digits), st.sampled_from(["", *places])), min_size=1, max_size=6))
    text = "".join(d + p for d, p in parts)
    return text + draw(st.sampled_from(["", "万", "亿", "万亿", "点五", "几", "多", "来"]))


@st.composite
def figure(draw: st.DrawFn) -> str:
    units = sorted(lexicon().units)
    number = draw(st.one_of(arabic(), chinese(), st.sampled_from(["几十", "数百", "上万", "十几", "四五万", "三成",
                                                                  "百分之三十五", "三分之一", "八折", "1亿5千万"])))
    if draw(st.integers(0, 5)) == 0:
        number = f"{number}{draw(st.sampled_from(['至', '~', '-', '到']))}{draw(arabic())}"
    before = draw(st.sampled_from(["", "", "约", "近", "超过", "不足", "增长", "下降", "占", "排全市第", "比上年高"]))
    unit = draw(st.one_of(st.sampled_from(["", "%", "‰", "个百分点", "倍", "位", "万元", "亿元", "万人"]),
                          st.sampled_from(units)))
    after = draw(st.sampled_from(["", "", "左右", "以上", "余", "多"]))
    return before + number + unit + after


noise = st.one_of(
    st.sampled_from(ZERO_WIDTH + CONTROL + EMOJI + ENTITIES + QUOTES),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.integers(1, 400).map(lambda n: "9" * n),  # very long numbers
    st.integers(1, 60).map(lambda n: "万" * n),  # 万万万…
    st.integers(1, 30).map(lambda n: "万亿" * n),
    st.integers(1, 60).map(lambda n: "十" * n),
    st.text(st.sampled_from("0123456789"), min_size=1, max_size=80),  # digit runs
    st.text(st.sampled_from("一二三四五六七八九十百千万亿"), min_size=1, max_size=40),  # numeral runs
    st.integers(1, 30).map(lambda n: "约" * n),
    st.integers(1, 30).map(lambda n: "第" * n),
    st.text(st.characters(), max_size=5),
)
token = st.one_of(figure(), figure(), st.sampled_from(WORDS), st.sampled_from(BREAKS), noise)
messy_text = st.lists(token, max_size=40).map("".join)
# A paragraph: no paragraph break inside (a line, as the command line reads it)
# (often opening with a word that continues the last sentence: 其中 …)
paragraph = st.tuples(st.sampled_from(["", "", "其中", "其中，", "分别"]), messy_text).map("".join).map(
    lambda text: text.replace("\r", "").replace("\n", "").replace("\u2028", "")
                           .replace("\u2029", "").replace("\x85", "").replace("\x0b", "").replace("\x0c", ""))


def shifted(figures: list, by: int) -> list:
    return [dataclasses.replace(f, start=f.start + by, end=f.end + by) for f in figures]


# ---------------------------------------------------------------------------------------------------
# The contract holds on anything


@SETTINGS
@given(arbitrary_text)
def test_any_text_keeps_the_contract(text):
    check_extract(text)


@SETTINGS
@given(messy_text)
def test_figures_with_noise_keep_the_contract(text):
    check_extract(text)


@SETTINGS
@given(st.lists(figure(), min_size=1, max_size=8), st.sampled_from(["，", "；", "。", "、", "\n"]))
def test_listed_figures_keep_the_contract(figures, separator):
    text = "全县" + separator.join(figures) + "。"
    check_extract(text)


@SETTINGS
@given(messy_text)
def test_same_answer_twice(text):
    assert extract(text) == extract(text)
    assert extract(text) == extract(str(text))


@SETTINGS
@given(messy_text)
@example("營業收入環比增長5%，出口額居全國第一。")  # the baseline and the scope were the folded 环比, 全国
@example("占０零%排全市第三成")  # the whole was two pieces joined (０排全市第)
def test_figure_text_is_the_source_as_written(text):
    """Folding (full width, Traditional) never shows: every span is cut from the input, and every phrase
    is made of its characters (a name may be put together: 第一、二产业增加值 -> 第二产业增加值)."""
    for figure in extract(text):
        assert figure.text == text[figure.start:figure.end]
        for phrase in (figure.indicator, figure.baseline, figure.scope, figure.period):
            assert phrase is None or set(phrase) <= set(text)
        assert figure.baseline is None or figure.baseline in text  # a baseline is always one piece


@SETTINGS
@given(messy_text)
def test_no_figure_spans_a_line_break(text):
    for figure in extract(text):
        assert "\n" not in figure.text and "\r" not in figure.text


# ---------------------------------------------------------------------------------------------------
# A paragraph is read the same alone and inside a document


@SETTINGS
@given(paragraph, messy_text, messy_text, st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_paragraph_alone_or_in_a_document(para, before, after, brk):
    doc = before + brk + para + brk + after
    at = len(before) + len(brk)
    inside = [f for f in extract(doc) if f.start < at + len(para) and f.end > at]
    for figure in inside:
        assert at <= figure.start and figure.end <= at + len(para), ("a figure crosses the paragraph break", figure)
    assert inside == shifted(extract(para), at)


@SETTINGS
@given(st.lists(paragraph, min_size=2, max_size=6))
def test_document_is_its_paragraphs(paragraphs):
    doc = "\n".join(paragraphs)
    expected, at = [], 0
    for para in paragraphs:
        expected += shifted(extract(para), at)
        at += len(para) + 1
    assert extract(doc) == expected


# ---------------------------------------------------------------------------------------------------
# The fuzz target, bounded: what atheris runs for hours runs here on every CI run


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_target_on_random_bytes(data):
    fuzz_extract.test_one_input(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_text)
def test_fuzz_target_on_messy_text_as_bytes(text):
    data = text.encode("utf-8", errors="surrogatepass")
    fuzz_extract.test_one_input(data)
    fuzz_extract.test_one_input(text.encode("gb18030", errors="replace"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(arbitrary_text, figure(), chinese(), arabic(), noise))
def test_parse_number_reads_or_raises_number_error(text):
    fuzz_extract.check_number(text)


@SETTINGS
@given(st.lists(st.one_of(token, st.sampled_from(sorted((*lexicon().cues["ratio_nouns"], *lexicon().cues["index_nouns"])))), max_size=40).map("".join))
def test_a_hopeless_candidate_is_one_classify_rejects(text):
    """extract passes over the candidates `hopeless` names before their clause is read: each must be one
    that classify would reject anyway (bare numbers, near a ratio's name or not)."""
    from cnstats.classify import NumberNames, classify, hopeless
    from cnstats.lexicon import fold
    from cnstats.pipeline import _read
    from cnstats.scan import NOT_STATISTIC, scan
    from cnstats.text import clause_bounds

    folded = fold(text)
    names = NumberNames(folded)
    for cand in (cand for cand in scan(folded) if not cand.kind.startswith(NOT_STATISTIC)):
        if hopeless(folded, cand, names):
            reading, _ = _read(folded, cand)
            assert classify(folded, cand, reading, clause_bounds(folded, cand.start)).kind is None
