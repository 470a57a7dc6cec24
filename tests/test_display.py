"""cnstats.highlight: the HTML picture parsed back, and the terminal rendering."""

from html.parser import HTMLParser

import pytest

import cnstats
from cnstats import Figure, Kind
from cnstats.display import COLORS, Highlight, highlight

PARAGRAPH = ("今年上半年,全县工业投资增长69.9%,比上半年预期目标高38.91个百分点,排全市第1位;"
             "民营企业贷款余额45.38亿元,比年初增4.5亿元,增长11%。")
NASTY = '<b>"标题" & \'引号\'</b>\r\n全县耕地面积3万亩 <script>alert(1)</script>,增长5% & 10%;\n\t排全市第1位。'


class Picture(HTMLParser):
    """Collects the text inside the element with class `cls`, and every <mark> in it."""

    def __init__(self, cls="cnstats-text"):
        super().__init__(convert_charrefs=True)
        self.cls = cls
        self.depth = 0          # > 0 while inside the text element
        self.text = []
        self.marks = []         # (attrs, text) per mark
        self.mark = None
        self.legend = []
        self.in_legend = 0
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        classes = (attrs.get("class") or "").split()
        if self.depth:
            self.depth += 1
            if tag == "mark":
                assert self.mark is None, "a mark inside a mark"
                self.mark = (attrs, [])
        elif self.cls in classes:
            self.depth = 1
        if self.in_legend:
            self.in_legend += 1
            if tag == "span":
                self.legend.append(attrs["data-kind"])
        elif "cnstats-legend" in classes:
            self.in_legend = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if tag == "mark":
                self.marks.append((self.mark[0], "".join(self.mark[1])))
                self.mark = None
        if self.in_legend:
            self.in_legend -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            if self.mark is not None:
                self.mark[1].append(data)


def parse(html, cls="cnstats-text"):
    picture = Picture(cls)
    picture.feed(html)
    picture.close()
    return picture


@pytest.mark.parametrize("text", [PARAGRAPH, NASTY, "没有数字的句子。", ""])
def test_every_figure_marked_once_and_text_preserved(text):
    figures = cnstats.extract(text)
    picture = parse(highlight(text)._repr_html_())
    assert "".join(picture.text) == text
    assert [t for _, t in picture.marks] == [f.text for f in figures]
    for (attrs, _), figure in zip(picture.marks, figures):
        assert attrs["data-kind"] == figure.kind.value
        assert COLORS[figure.kind] in attrs["style"]
        assert figure.kind.value in attrs["title"]
        assert (attrs["data-unit"] or None) == figure.unit
        assert (attrs["data-indicator"] or None) == figure.indicator
        assert float(attrs["data-value"]) == figure.value
    assert picture.legend == [k.value for k in Kind if k in {f.kind for f in figures}]


def test_tooltip_carries_value_unit_and_indicator():
    picture = parse(highlight(PARAGRAPH).to_html())
    titles = {text: attrs["title"] for attrs, text in picture.marks}
    assert titles["45.38亿元"].splitlines()[0] == "money: 4,538,000,000 元"
    assert "indicator: 民营企业贷款余额" in titles["45.38亿元"].splitlines()
    assert "baseline: 比年初" in titles["4.5亿元"].splitlines()
    assert titles["69.9%"].startswith("growth_rate: 69.9 %")
    assert "scope: 全市" in titles["第1位"].splitlines()


def test_special_characters_are_escaped():
    html = highlight(NASTY).to_html()
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "\r" not in html.split("<div class=\"cnstats-text\">", 1)[1]  # a raw CR would become LF when parsed
    picture = parse(html)
    assert picture.tags.count("script") == 0
    assert "".join(picture.text) == NASTY


def test_attributes_are_escaped():
    text = "增长5%"
    odd = Figure(text="5%", start=2, end=4, kind=Kind.GROWTH_RATE, value=5.0, unit="%",
                 indicator='a"b<c>&\'d')
    picture = parse(highlight(text, [odd]).to_html())
    assert picture.marks[0][0]["data-indicator"] == 'a"b<c>&\'d'
    assert 'indicator: a"b<c>&\'d' in picture.marks[0][0]["title"]


def test_standalone_page():
    page = highlight(PARAGRAPH).to_html_page(title="报告 <1>")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page and "<title>报告 &lt;1&gt;</title>" in page
    picture = parse(page)
    assert "".join(picture.text) == PARAGRAPH
    assert len(picture.marks) == len(cnstats.extract(PARAGRAPH))
    assert picture.legend == [k.value for k in Kind]  # a page's legend lists every kind
    assert page.rstrip().endswith("</html>")


def test_terminal_brackets_and_colours():
    picture = highlight("工业投资增长69.9%,排全市第1位。")
    assert picture.to_text(color=False) == "工业投资增长[69.9% growth_rate],排全市[第1位 ranking]。"
    coloured = picture.to_text(color=True)
    assert "\x1b[30;48;5;" in coloured and "69.9%" in coloured and coloured.endswith("。")
    assert str(picture) == picture.to_text(color=False)  # standard output is not a terminal under pytest


def test_no_color_environment(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdout", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[" in str(highlight("增长5%"))
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in str(highlight("增长5%"))


def test_kinds_filter_and_given_figures():
    only = highlight(PARAGRAPH, kinds=["money"])
    assert [f.kind for f in only.figures] == [Kind.MONEY, Kind.MONEY]
    assert [t for _, t in parse(only.to_html()).marks] == ["45.38亿元", "4.5亿元"]
    given = cnstats.extract(PARAGRAPH)[:1]
    assert highlight(PARAGRAPH, given).figures == tuple(given)


def test_figures_from_another_text_are_refused():
    figure = cnstats.extract("增长5%")[0]
    with pytest.raises(ValueError, match="not in the text"):
        highlight("下降10%", [figure])
    with pytest.raises(ValueError):
        highlight("增长5%", [figure, figure])  # overlapping
    with pytest.raises(TypeError, match="str"):
        highlight(b"\xe5\xa2\x9e")
    with pytest.raises(ValueError):
        highlight(PARAGRAPH, kinds=["money", "dollars"])


def test_repr_and_lazy_export():
    picture = cnstats.highlight("增长5%")
    assert isinstance(picture, Highlight) and cnstats.Highlight is Highlight
    assert repr(picture) == "<Highlight: 1 figures in 4 characters>"
