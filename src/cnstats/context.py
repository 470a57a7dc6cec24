"""Indicator, baseline, scope and period of a figure, read from the clause around it.

Works on the folded text with (lo, hi) offsets, which hold in the source too, so every phrase is
cut from the source as written. Windows are bounded: a clause, at most a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from typing import NamedTuple

import regex

from .classify import came_from, compared_level, is_loss, number_names, recovered
from .kinds import COUNT, GROWTH_RATE, MEASURE, PERCENTAGE_POINT, RANKING, RATIO, SHARE
from .lexicon import change_words, fold, lexicon
from .record import Figure, Kind
from .text import (
    ABBREVIATION,
    COMPARISON,
    DEFINITION,
    HAN,
    INDEX_BASE,
    LATIN_ABBREVIATION,
    PERIOD_BREAKS,
    SENTENCE_LIMIT,
    Clause,
    Occurrences,
    alternation,
    by_first_character,
    by_length,
    clause_end,
    clause_start,
    cuts,
    ends_with,
    list_head,
    longest_first,
    per_one,
    ranked_before,
    sentence_start,
    starts_with,
    strip_head,
    strip_tail,
    words,
    written_currency,
)

CHANGES = frozenset({GROWTH_RATE, PERCENTAGE_POINT})
NOUN_KINDS = frozenset({COUNT, MEASURE})
MAX_INDICATOR = 24
MAX_NOUN = 12


class Context(NamedTuple):
    indicator: str | None
    baseline: str | None
    scope: str | None
    period: str | None
    approx: str | None


_CN = "[〇零一二三四五六七八九十]"
_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
# A date, as (the characters it can begin with, the pattern after its first): the period search looks
# for their first characters (by_first_character). ASCII digits: other scripts' digits start no figure.
_DIGITS = "0123456789"
_DATE_PARTS = (
    # 2023年3月底, 2024年3月份, 2024年1-9月, 2024年2月至4月, 2024年11月至2025年1月; a fiscal year across two (2023至24年度, 2023/24年度)
    (_DIGITS, (r"\d{3}(?:[-/至到]\d{2}(?:\d{2})?)?年(?:\d{1,2}(?:[-~至到]\d{1,2})?月(?:份|[上中下]{1,2}旬|\d{1,2}[日号])?(?:[-~至到](?:\d{4}年)?\d{1,2}月)?)?"
               r"(?:以来|(?:底|末)前?|初|度|间|起)?")),
    (_DIGITS, r"\d{2}年(?:底|末|度)"),  # Taiwan's years (112年底, 113年度)
    (_DIGITS, r"\d?(?:[-~至到]\d{1,2})?月(?:份|[上中下]{1,2}旬|\d{1,2}[日号](?:[-~至到]\d{1,2}[日号])?)?(?:以来|(?:底|末)前?|起)?"),  # 1-9月, 7月下旬, 3月5日, 10月2日至4日
    ("前首", r"(?:\d{1,2}|[两三四五六七八九十][一二]?)个月"),  # 前11个月, 首两个月, 前十一个月; not 比前一个月
    (_DIGITS, r"\d{3}届"),
    ("十", f"[一二]?(?:[-~至到]{_MONTH})?月(?:份)?(?:以来|(?:底|末)前?)?"),  # 十二月份, 十至十二月
    ("一二三四五六七八九", f"(?:[-~至到]{_MONTH})?月(?:份)?(?:以来|(?:底|末)前?)?"),  # 一至九月
    ("每", "(?:户|人|年|月|天|亩|家)+"),
    ("连", "续[\\d一二三四五六七八九十两多]+个?(?:年|季度|月|周|天)"),
    # 二〇二四年三月三十一日, 二零二四年五月份, 二〇二三至二四年度
    ("〇零一二三四五六七八九十", f"{_CN}{{3}}(?:[至到]{_CN}{{2}})?年(?:{_CN}{{1,2}}月(?:份|{_CN}{{1,3}}日)?)?(?:止年度之|止年度|年度|度)?"),
)
_DATE = "|".join(f"[{firsts}]{rest}" for firsts, rest in _DATE_PARTS)
# 五年翻了一番多, 三年来, 三天销售额, 未来五年投资, 未來3至4年: a stretch of time before a name is no part of it (3年期, 一日游 are)
_SPAN = r"(?:近|连续|未来|今后)?[\d一二两三四五六七八九十]{1,3}(?:[至到-][\d一二两三四五六七八九十]{1,3})?个?(?:年|月|天|日)(?:以来|来|间|内)?(?![期制级游])"
_TAG = r"<[^<>\n\r]{0,200}>"  # markup left in scraped text: <td>, <a href="…">
_LED_BY = "代表|主|重点|核心|主体|龙头"  # 以超细旦长丝为代表的: what a class is led by
_LONGEST_SCOPE = 12  # 在国内化学制药行业: the characters from 在 to a scope word it opens
_BRACKETED_END = re.compile(r"[(（][^()（）]*[)）]$")


@cache
def _period_pattern() -> re.Pattern[str]:
    """A date or a named period, as `re` searches fastest: by the first characters (by_first_character),
    where `regex` tries the whole alternation at every position (2-3 times slower)."""
    periods = longest_first(lexicon().cues["periods"])
    named = ((word[0], re.escape(word[1:]) + "(?:末|初|底)?") for word in periods)  # 第三季末, 一季度末, 去年底
    return re.compile(by_first_character((*_DATE_PARTS, *named)), re.ASCII)


@cache
def _patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    """The context's patterns: `re`, twice as fast per call, except those searched backwards from the end
    of a window ((?r)), which only `regex` can do."""
    cues = lexicon().cues
    periods = alternation(cues["periods"])
    kept = alternation(cues["keep_words"])
    events = alternation(cues["event_times"])  # 疫情期间, 好的时候, 上市以来
    modals, adverbs, per, verbs, complements = (alternation(cues[f"spoken_{key}"])
                                                for key in ("modals", "adverbs", "per", "verbs", "complements"))
    return {
        # 每户补助标准, 每月津贴金额: part of the name it leads, unless a modal or another 每 follows (每年可节省);
        # a named period with its 末 or 初 (第三季末) and one in quotes (“十四五”末) lead too, and what is left of
        # one after the period is taken out; so do a time told by an event (疫情期间, 好的时候) and a news
        # digest's heading (【菜篮子】), and what a class is led by (以超细旦长丝为代表的)
        "lead": re.compile(f"(?:(?!每[户人年月天亩家]+(?![可为将能均每]))(?:{_DATE})|(?:{periods})(?:末|初|底)?|[“\"‘]?(?:{periods})[”\"’](?:期间|假期|以来|末|初)?|[”’](?:期间|假期|以来|末|初)|【[^】\\n\\r]{{0,12}}】|(?!{kept}){_SPAN}|(?:[“\"‘][^”\"’\\n\\r]{{1,8}}[”\"’]|[{HAN}]{{1,6}}?)(?:{events})|截至|(?!{kept})[到至]|[按以][^，,；;。]{{0,10}}?(?:折算|计算|计)(?:为|成)?|以[^，,；;。以]{{1,20}}?为(?:{_LED_BY})的|[，,、的\\s)）”’」』]|之(?![后前内外间中])|[(（][^)）\\n\\r]{{0,8}}[)）]|{_TAG})+"),
        "tag_at_end": regex.compile(f"(?r){_TAG}$"),
        "compared_with": re.compile(r"(?:与|同|和|跟)[^，,；;。与]{1,16}$"),  # 与上年同月(比较): its opening
        # 平均上网电价（含税）, 化肥使用量（折纯）: a qualifier in brackets ending a name is no part of it
        "qualifier_at_end": re.compile(f"[(（](?:{alternation(cues['bracket_qualifiers'])})[^()（）]{{0,10}}[)）]$"),
        "baseline": re.compile(f"{COMPARISON}[^，,；;。比较与]{{1,16}}"),
        # 与2020年相比，…: a comparison that is a clause of its own, opening the sentence
        # 从环比看，…; 八大类价格同比“七升一降”：…: a sentence framed by its comparison
        "compared": re.compile(r"\s*(?:(?P<baseline>(?:与|同|和|跟)[^，,；;。]{1,16}?相比)|从(?P<frame>同比|环比)来?看)[，,]"
                               r"|[^，,；;。：:\d]{0,12}?(?P<heading>同比|环比)[^，,；;。：:\d]{0,10}[：:]"),
        # Searched backwards from the end ((?r)): a forward search tries the lazy reference from every
        # 占 of the window, and text dense with shares has one every few characters.
        # 占比, 占有率 and 市占率 are share words, not 占 + the whole, nor is 了 (占了三成); 的比重, 的百分比 (share_of_heads) name
        # the share, not the whole; 比重首次超过, 比重保持在, 比重分别为, 比重不低于: up to two level words, adverbs or bounds.
        "share_of": regex.compile(f"(?r)占(?:到了|到|了)?(?!比|有?率)(?P<ref>(?![了到])[^，,；;。占]+?)的?(?:{alternation(cues['share_of_heads'])})?(?:{alternation((*cues['level_verbs'], *cues['change_adverbs'], *lexicon().approx_bounds))}){{0,2}}的?$"),
        "streak": re.compile(r"连续第?(?:[\d一二三四五六七八九十两多]+)个?年$"),  # 连续五年, 连续第四年
        "owner": re.compile(f"(?:所辖|下辖)?[{HAN}]{{0,6}}?[省市县区镇乡村]的"),
        "above": re.compile(f"(?<!不)(?!{kept})(?:{alternation(cues['above_verbs'])})(?P<ref>[^，,；;。\\d]{{1,16}}?)的?$"),
        "from": re.compile(f"(?!{alternation(cues['not_came_from'])})(?:由|从)[^，,；;。]{{0,24}}?的?$"),  # not 从业
        "per_head": re.compile(f"每[十百千万]?名?[{HAN}]{{0,3}}?(?:人口|人|户|家庭)$"),
        # 收入从…增长到去年的1500万元: the change's verb and its period name nothing
        "reached": regex.compile(f"(?r)(?:{alternation((*cues['increase'], *cues['decrease']))})(?:到|至)(?:{_DATE}|{periods})?的?$"),
        # 增速在全国沿海主要港口中排名: the whole 在…中 phrase is where it ranks (verbs after it allowed)
        "where": re.compile(f"在(?P<where>[^在，,；;。]{{2,20}}?)[中内里](?:{alternation(_rank_words())})*$"),
        # 高标准农田累计建成: an adverb and a verb between the noun and its figure
        "done": re.compile(f"(?:{alternation(cues['tail_adverbs'])})"
                           f"(?:{alternation((*cues['head_verbs'], *cues['cut_verbs']))})$"),
        # 是全国平均水平的1.3倍, 不低于当地低保标准的1.3倍 (a bound: at least)
        # not the 为 of 以…为代表的 (以超细旦长丝为代表的产品销量是上年的: 是)
        "ratio_of": re.compile(f"(?!为(?:{_LED_BY})的)(?:{alternation((*cues['ratio_verbs'], *lexicon().approx_bounds))})(?P<ref>[^，,；;。]+?)的$"),
        # 楼面价每平方米1.42万元, 租金为每月每平方米48.6元, 路网密度为每百平方公里102.3公里: the unit's denominator,
        # no part of the name
        # as is 一 and a unit (汽油一升七块八毛, 工钱一个人一天一百二十块), not after 上, 前 (比上一年) and the like
        "per_unit": regex.compile(f"(?r)(?:每[十百千万]?(?:{alternation(('月', '年', '周', '天', '日', '晚', '股', *lexicon().units))})"
                                  f"|{per_one()})+$"),
        "about": re.compile(r"(?:约|大约|大概)(?:占|为|是|有|达|合)"),
        # 按首次公开招股集资额计，香港交易所位列全球第六: a sentence that opens with what it ranks by
        "ranked_by": re.compile(r"按(?P<by>[^，,；;。按]{2,16}?)(?:计算|计|排名|排序)[，,]"),
        # 一斤卖个, 光卖蜜就收, 想再扩, 得跑, 差评一次罚, 还压着: speech puts a modal, an adverb or a "per" before
        # a one-character verb, or a complement or a vague 个 after it, between a name and its figure
        "spoken": re.compile(f"(?:(?:{modals})(?:{adverbs})?|(?:{adverbs})(?:{modals})?|{per})(?:{verbs})(?:{complements})?$"
                             f"|(?:{verbs})个$"),
        "noun": re.compile(f"[{HAN}\"“'‘A-Za-z](?:[(（][^)）\\n\\r]{{0,10}}[)）]|、(?=[{HAN}])|[{HAN}\"“”‘’'A-Za-z·\\-])*"),
    }


@cache
def _verb_tail() -> tuple[str, ...]:
    """What may stand between an indicator and its figure: verbs, adverbs, 同比 (工业投资同比增长), bounds
    (保有率不低于), superlatives (单日票房最高达)."""
    cues = lexicon().cues
    return (*cues["trailing_strip"], *cues["change_adverbs"], *cues["increase"], *cues["decrease"],
            *lexicon().approx_bounds, *cues["superlatives"], *cues["compared_closers"])


@cache
def _change_words() -> frozenset[str]:
    return frozenset(change_words())


@cache
def _tail_keep() -> tuple[str, ...]:
    """Whole words that end like a word `_verb_tail` drops: 起降 (not 起 + 降), 许可 (not 许 + 可)."""
    return (*lexicon().cues["change_nouns"], *lexicon().cues["tail_keep"])


def _unqualified(text: str, lo: int, hi: int) -> int:
    """text[lo:hi] without the approximate word it ends with (火灾约占, 人数接近): the new hi. Not the 约 of
    签约 or 节约."""
    return strip_tail(text, lexicon().cues["approx_tail"], lo, hi, lexicon().not_approx)[0]


@cache
def _approx_after() -> tuple[str, ...]:
    return tuple(lexicon().approx_after)


@cache
def _rank_words() -> tuple[str, ...]:
    return (*lexicon().cues["rank_verbs"], "在", "中", "内", "里", "稳", "稳定", "连续多年", "分别", "均")


class Periods(Occurrences):
    """The period expressions (2023年, 今年以来, 前三季度) of one folded text, read once, left to right,
    as far as the figures ask. Searching each figure's window again instead cost every figure a pass
    over up to 150 characters: a quarter of a figure's cost in text dense with figures."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__(_period_pattern(), text)
        # PM2.5月均浓度, PM10月均浓度: digits that end a code (after a letter or a point) begin no date
        self._found = (match for match in self._found
                       if not (match.start() and text[match.start()] in _DIGITS and text[match.start() - 1] in _CODE_TAIL))


_CODE_TAIL = frozenset(".ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def describe(text: str, source: str, start: int, end: int, kind: Kind, unit: str | None,
             found: Sequence[Figure], periods: Periods, bounds: Clause, noun: bool = False) -> Context:
    """Context of the figure at [start, end) of `text` (folded) / `source` (as written), whose sentence
    and clause begin at `bounds`.

    `found` holds the figures found before this one, in order; `periods` are the text's period
    expressions; `noun` says the figure's unit is a noun that names what is counted (8.72万残疾贫困人口).
    """
    cues = lexicon().cues
    pats = _patterns()
    clause_from, wide_from = bounds
    sentence_from = sentence_start(text, start, wide_from)
    earlier = _since(found, sentence_from)
    lo = max(earlier[-1].end, clause_from) if earlier else clause_from  # ends grow with starts: no overlaps
    counted = earlier[-1].indicator if earlier and earlier[-1].kind in NOUN_KINDS else None
    if counted and earlier[-1].end + len(counted) < start and source.startswith(counted, earlier[-1].end) \
            and ends_with(counted, cues["counted_heads"]) and text[earlier[-1].end + len(counted)] != "的":
        lo = max(lo, earlier[-1].end + len(counted))  # 十八个行政村集体经济总收入: the count's noun is its own
    hi = start - len(written_currency(text, start) or "")  # 收入港元12.8億: the currency names nothing
    while hi > lo and text[hi - 1].isspace():  # 增长 12.5%: a space before the figure (text from PDF)
        hi -= 1
    baseline = scope = None
    changed = False  # whether a verb of change stands before the figure (增加41.26万人)
    level = False  # whether the figure is the level a comparison is made with (比上年同期的5.5%)
    compared_at = start  # where the comparison is written; a period after it belongs to it (恢复到2019年的95%)
    # 翻了一番多: the approximate word ending a span the number reader does not read (a doubling)
    last = ends_with(text, _approx_after(), start, end) if kind == GROWTH_RATE else None
    approx = lexicon().approx_after[last] if last else "about" if pats["about"].search(text, wide_from, start) else None

    of = None
    head = list_head(text, wide_from, start)  # 占…的30.86%和11.2%: the list shares the reference
    if kind == SHARE or (kind == RATIO and text.endswith("的", wide_from, head)):
        of_pattern = pats["share_of" if kind == SHARE else "ratio_of"]
        # 占营业收入的比重由上年的38.5%提高到40.2%: what it was before, and its verb, name no part of the whole
        came = came_from().search(text, wide_from, head) if kind == SHARE else None
        of = (came and of_pattern.search(text, wide_from, came.start())) or of_pattern.search(text, wide_from, head) \
            or (pats["ratio_of"].search(text, wide_from, head) if kind == SHARE and text.endswith("的", wide_from, head) else None)
    elif kind == RATIO:
        of = recovered(text, wide_from, head)  # 较疫情前恢复近八成: the ratio is to 疫情前
    if of:
        ref_lo = max(of.start("ref"), text.rfind("、", wide_from, of.end("ref")) + 1)
        baseline = _without_figures(source, ref_lo, of.end("ref"), earlier)
        # 不低于全国平均水平的, 占…的比重不低于: a bound before the whole or after its share's name
        limits, tail = lexicon().approx_bounds, text[of.end("ref"):of.end()]
        approx = approx or limits.get(text[of.start():of.start("ref")]) or next((a for w, a in limits.items() if w in tail), None)
        compared_at = of.start()
        # what is measured stands before 占 (and its adverbs: 技改投资只占); the rest names the whole
        hi, _ = strip_tail(text, cues["trailing_strip"], lo, _unqualified(text, lo, of.start()), _tail_keep())
        lo = min(max(lo, clause_from), hi)
    else:
        hi, removed = _strip_predicate(text, lo, hi)
        stripped_at = hi
        hi = _unqualified(text, lo, hi)
        if is_loss(text, lo, hi):  # 净利润亏损: the indicator is the profit
            hi -= len(ends_with(text, cues["loss_words"], lo, hi) or "")
        if kind == SHARE:  # 第二产业增加值比重为38.3%: the word for the share itself names nothing
            hi, _ = strip_tail(text, cues["share_heads"], lo, hi, _tail_keep())  # but 药占比 does
        # the cheap tests first: most names hold no 每, nor a 一 among their last characters
        per = pats["per_unit"].search(text, lo, hi) if text.find("每", lo, hi) >= 0 or text.find("一", max(lo, hi - 6), hi) >= 0 else None
        if per and per.start() > lo + 1:  # 回购价格不超过每股25元, 汽油一升: the verbs before the denominator go too
            hi, more = _strip_predicate(text, lo, per.start())
            removed += more
        elif per and (text[per.start()] == "一" or per.start() == lo):  # 十二条轮胎，一条一千七八百块, 人口密度最高，
            hi = lo  # 每平方公里约有6.3万人: the denominator alone names nothing
        # 环比, and the 按年 of 按年升 (a verb of its own: 升 alone would be the 升 of 每升)
        said = [w if w in cues["baseline_words"] else w[:2] for w in removed
                if w in cues["baseline_words"] or (w[0] == "按" and w[:2] in cues["baseline_words"])]
        changed = any(w in _change_words() for w in removed)
        # 不低于35%: at least; not 低于10%的规定上限, the value of the bound itself
        bound = next((w for w in removed if w in lexicon().approx_bounds), None) if not text.startswith("的", end) else None
        approx = approx or (lexicon().approx_bounds[bound] if bound else None)
        if kind == RANKING and earlier and earlier[-1].kind == RANKING and text.startswith("、", earlier[-1].end) \
                and 2 <= hi - earlier[-1].end - 1 <= _LISTED_SCOPE:
            # 居全国高校第28位、全省高校第一: what it ranks is the one before's; between them, only its population
            lo, scope = hi, source[earlier[-1].end + 1:hi]
        elif kind == RANKING:
            lo, hi, scope = _scope(text, source, lo, hi)
            # 游客接待量居全省设区市第1位，旅游收入居第2位: a ranking's population, written once for the sentence
            scope = scope or next((f.scope for f in reversed(earlier) if f.kind == RANKING and f.scope), None)
        elif text[hi - 1:hi] in ("中", "内"):  # 综合实力在全省排名中上升6位: where, not what
            where = pats["where"].search(text, lo, hi)
            hi = where.start() if where and where.start() > lo + 1 else hi
        elif kind == PERCENTAGE_POINT and (driven := words(cues["contribution_verbs"]).search(text, lo, hi)):
            hi = driven.start()  # 一般贸易拉动全省外贸增长5.9个百分点: the points are the subject's share of the growth
        above = pats["above"].search(text, lo, hi)  # 增速高于全国0.6个百分点
        if above and text[hi - 1] in "(（":  # 低于国家考核标准（9%）: the figure is the level compared with, named
            lo, above = above.start("ref"), None
        if above:
            ref_end = above.end("ref") + (_compared_rate(removed) if above.end("ref") == stripped_at else 0)
            baseline, hi = source[above.start("ref"):ref_end], above.start()
            compared_at = hi
        for match in () if above else pats["baseline"].finditer(text, lo, hi):
            if match.end() == hi:
                # 比上年同期的5.5%: the level compared with has no comparison of its own (the change after it has)
                level = text[hi - 1] == "的" and (kind not in CHANGES or not changed)
                baseline = None if level else _comparison_only(source[match.start():match.end() + (_compared_rate(removed) if hi == stripped_at else 0)])
                compared_at = match.start()
                hi, _ = strip_tail(text, cues["trailing_strip"], lo, match.start())
                break
        else:
            # 與上年同月比較下降0.22個百分點: what it is compared with, closed in the clause
            closer = _closer(text, lo, hi, removed) if hi == stripped_at else None
            opened = pats["compared_with"].search(text, lo, closer[0]) if closer else None
            if opened and closer:
                baseline = source[opened.start():closer[1]]
                compared_at = opened.start()
                hi, _ = strip_tail(text, cues["trailing_strip"], lo, opened.start())
            elif said:  # as the source writes it (環比, not the folded 环比)
                at = text.rfind(said[-1], lo, start)
                baseline = source[at:at + len(said[-1])]

    if text[hi - 1:hi] in (")", "）") and (based := INDEX_BASE.search(text, lo, hi)):
        hi = compared_at = based.start()  # its base year is no period of the index: 价格指数（2020年=100）
    # A period inside the name is no part of it: the name is what the period leads, or ends (每户补助标准
    # keeps its 每户; a period after a verb belongs to a clause inside the name: 市下达全年目标任务).
    inside = periods.last(lo, hi) if hi - lo > 3 else None
    if inside and inside[0] > lo and text[inside[0]] != "每" and text[inside[0] - 2:inside[0]] not in _any_verbs() \
            and not _changed_from(text, *inside):
        # 最低工資已於5月1日起由每小時…調升至: what follows the period is how the figure changed (not 从业人员,
        # nor 由政府投资的项目, who did it)
        changes = inside[1] < hi and text[inside[1]] in _FROM and not starts_with(text, cues["not_came_from"], inside[1]) \
            and text.find("的", inside[1], hi) < 0
        if hi - inside[1] >= 2 and not changes:  # 香港国际机场今年上半年客运量
            lo = inside[1]
        elif (inside[1] == hi or changes) and inside[0] - lo >= 2:  # 就业率连续五年(保持在95%以上), 財政儲備在…日為
            hi, _ = strip_tail(text, cues["trailing_strip"], lo, inside[0], _tail_keep())
    if noun:
        indicator: str | None = source[start:end][_noun_offset(text, start, end):]
    elif kind in NOUN_KINDS:  # 8家工业企业: the noun after a count names what is counted
        indicator = _noun_after(text, source, end) or _name(text, source, lo, hi)
    elif text.endswith("以", 0, start) and (ranked_by := _ranked_by(text, source, end)):
        indicator = ranked_by  # 广东以9.86亿元票房位居全国第一: what the amount is of, named after it
    elif kind == RANKING and all(f.kind == RANKING for f in earlier) \
            and (by := pats["ranked_by"].match(text, sentence_from, clause_from)):
        indicator = source[by.start("by"):by.end("by")]  # not who ranks (香港交易所), but by what (unless a figure
        # before it in the sentence says what ranks: 按保费收入计，市场份额为8.6%，排名第3位)
    else:
        indicator = _name(text, source, lo, hi)
        if indicator is None and (text.startswith("的", end) or kind == SHARE):
            indicator = _noun_after(text, source, end + text.startswith("的", end))  # 七成(的)居民, not 约七成的水平
            indicator = None if indicator in _not_names() else indicator
    if indicator is None:
        indicator = _respectively(text, start, clause_from, earlier) or _respective(text, source, start, clause_from, earlier)
    if indicator is None and lo == clause_from and clause_from > sentence_from and (ranked := ranked_before(text, clause_from)):
        # 工学类本科毕业生平均月薪最高，达7915元: a clause with no name of its own measures what the clause before
        # it says is highest or lowest (指数跌幅最大: its change word goes)
        indicator = _name(text, source, ranked[0], _strip_predicate(text, *ranked)[0])
    if indicator is None:
        # A count or measure continues its own clause's list (6450户7517人) or a figure of its unit
        # (粮食总产量1500万吨,连续5年稳定在1400万吨以上); a rate or an amount may continue the
        # sentence's subject (…45.38亿元,比年初增4.5亿元,增长11%).
        skip_clause = of is not None
        for f in reversed(earlier):  # a loop, not next(genexp): it runs over every figure of a dense sentence
            if f.indicator and not (skip_clause and f.start >= wide_from and f.baseline != baseline) \
                    and (kind not in NOUN_KINDS or baseline or f.start >= clause_from or f.unit == unit):
                indicator = f.indicator
                break
    if indicator and len(indicator) <= _longest_anaphora() and fold(indicator) in _cue_set("anaphora"):
        # 这一比例比改革前提高9.5个百分点: what the figure before measured; 比例, 增速, 最高的 without 这 or 该 only
        # in their own sentence (最好的一个月跑了两千多单 after a sentence about pay points back at nothing)
        indicator = found[-1].indicator if found and (earlier or indicator.startswith(("这", "该"))) else None
    if indicator and "、" in indicator:  # 受灾人次、死亡失踪人数分别下降31.2%和38.6%: one subject each
        indicator = _respective(text, source, start, clause_from, earlier, indicator) or indicator
    first = bisect_left(earlier, head, key=_START) if head < start and (baseline is None or kind == RANKING) \
        else len(earlier)
    if first < len(earlier) and earlier[first].start == head:
        baseline = baseline or earlier[first].baseline  # 比上年分别减少37起、11人: the list's first figure's comparison
        scope = scope or earlier[first].scope  # 分别列参赛代表团第4位和第5位: its population
    # 其中…: a sentence that details the last one takes its subject and its comparison.
    before = found[-len(earlier) - 1] if len(found) > len(earlier) else None
    wanted = (indicator is None and not earlier) or (baseline is None and kind in CHANGES)
    continues = wanted and before is not None and _details(text, start, before)
    if indicator is None and not earlier and continues and before is not None:
        indicator = before.indicator
    if baseline is None and (kind in CHANGES or changed):
        # 与2020年相比，城镇人口增加41.26万人: a comparison that opens the sentence, a clause of its own
        opening = pats["compared"].match(text, sentence_from, clause_from)
        if opening:
            group = next(name for name in ("baseline", "frame", "heading") if opening.group(name))
            baseline = source[opening.start(group):opening.end(group)]
            compared_at = opening.start(group)  # 2020年 is what it is compared with, not its period
    if baseline is None and (kind in CHANGES or changed) and earlier and earlier[-1].start > clause_from:
        # 比上年同期的5.5%下降0.4个百分点: the comparison written before the level the change is counted from
        compared = compared_level().search(text, clause_from, earlier[-1].start)
        baseline = source[compared.start():compared.end() - 1] if compared else None
    if baseline is None and kind in CHANGES:
        # 比上年末增长9.12%；…增长10.56%: a change with no comparison of its own keeps the one before it,
        # that of a change of its kind across semicolons, up to the full stop (增速比目标高2个百分点；
        # 工业投资增长58.4%: a target compared with a rate is no baseline of the next rate)
        # 其中，工业投资增长21.5%: a sentence that details the one before may take a comparison of its kind from it
        detailed = _to_full_stop(text, before.start, found, len(found) - len(earlier)) if continues and before else []
        for f in reversed([*detailed, *earlier] if continues else _to_full_stop(text, start, found)):
            if f.baseline and f.kind not in (SHARE, RATIO) and (f.start >= sentence_from or f.kind == kind):
                baseline = f.baseline  # a change's, not a share's whole
                break
    if baseline is None and kind == SHARE and of is None and (level or _BARE_SHARE.search(text, clause_from, start)):
        # 占常住人口的14.65%；60岁及以上人口1,131.9万人，占23.28%: 占 with no whole keeps the one before it (as
        # does the share it had then: 占…的9.6%，较去年同期的8.1%)
        baseline = next((f.baseline for f in reversed(_to_full_stop(text, start, found))
                         if f.kind == SHARE and f.baseline), None)
    # The sentence again, at most 150 characters back: where the sentence began, or 150 back. A period
    # compared with (比上半年预期目标高…，排全市第1位) is no period of a later figure.
    since = max(sentence_from, start - 150)
    when = periods.last(since, compared_at)
    while when and text[when[0] - 1:when[0]] in _compared_markers():
        when = periods.last(since, when[0])
    period = source[when[0]:when[1]] if when else None
    return Context(indicator, baseline, scope, period, approx)


def _strip_predicate(text: str, lo: int, hi: int) -> tuple[int, list[str]]:
    """What stands between a name and its figure stripped from text[lo:hi] (`strip_tail` of the verb lists'
    words, and of speech's predicates: 槐花蜜一斤卖个): the new hi and the words dropped."""
    removed: list[str] = []
    spoken = _patterns()["spoken"]
    while hi > lo:  # speech first: 能卖 whole, not 卖 as a verb of the lists and 能 left over
        found = spoken.search(text, lo, hi) if text[hi - 1] in _spoken_ends() else None
        if found and cuts(text, _tail_keep(), lo, found.start(), hi):
            found = None  # 钢铁产能达到: 产能 is a word, not 产 + the modal 能
        word = found.group() if found else ends_with(text, _verb_tail(), lo, hi, _tail_keep())
        if not word:
            break
        hi -= len(word)
        removed.append(word)
    return hi, removed


@cache
def _spoken_ends() -> frozenset[str]:
    """The characters a spoken predicate ends with: most names end otherwise, and are not searched."""
    cues = lexicon().cues
    return frozenset(word[-1] for key in ("spoken_complements", "spoken_verbs") for word in cues[key])


def _comparison_only(baseline: str) -> str:
    """What a comparison written as `baseline` compares with: without a period in brackets that ends it
    (較上一期（3月至5月）), nor the 多 or 少 and the verb that end it (比上年多发放, 比打零工多挣)."""
    baseline = _BRACKETED_END.sub("", baseline) or baseline
    for size in (3, 2, 1):
        verb = fold(baseline[-size:])
        if len(baseline) > size + 3 and baseline[-size - 1] in "多少" \
                and (verb in lexicon().verbs or verb in _cue_set("spoken_verbs")):
            return baseline[:-size - 1]
    return baseline


def _compared_rate(removed: list[str]) -> int:
    """How much of the words stripped after a comparison names what it is compared with: 高于各项贷款
    平均增速 (平均增速), 比城镇居民收入增速高 (增速), 高于全县平均 and 比多年平均偏少 (平均)."""
    size = named = 0
    for word in reversed(removed):  # in the order written
        naming = word in _cue_set("generic_indicators") or word in _cue_set("compared_levels")
        if not naming and word not in _cue_set("change_adverbs"):
            break
        size += len(word)
        named = size if naming else named
    return named


_START = attrgetter("start")
@cache
def _compared_markers() -> frozenset[str]:
    """比上年, 较上年同期, 与上周持平: a period after one of these (cues.json baseline_markers) is compared with,
    not when."""
    return frozenset(marker for marker in lexicon().cues["baseline_markers"] if len(marker) == 1)


def _ranked_by(text: str, source: str, end: int) -> str | None:
    """The noun after a figure that a ranking's verb follows (以9.86亿元票房位居): what the figure is of."""
    noun = _noun_after(text, source, end)
    return noun if noun and words(lexicon().cues["rank_verbs"]).match(text, end + len(noun)) else None


def _closer(text: str, lo: int, hi: int, removed: list[str]) -> tuple[int, int] | None:
    """Where the word that closes a comparison in the clause begins and ends: 比较 or 相比, stripped after hi
    (與上年同月比較下降), or a bare 比 ending text[lo:hi] (总收入跟五年前比还多了; not 占比, 收入比)."""
    if removed and removed[-1] in _cue_set("compared_closers"):
        return hi, hi + len(removed[-1])
    if text[hi - 1:hi] == "比" and not ends_with(text, _not_closers(), lo, hi):
        return hi - 1, hi
    return None


@cache
def _not_closers() -> tuple[str, ...]:
    """Names that end in 比: a share's (占比) and a ratio's (收入比, 性别比)."""
    return (*lexicon().cues["share"], *number_names())


def _changed_from(text: str, start: int, end: int) -> bool:
    """Whether the period at text[start:end] inside a name is what it changed from (CPI由上月持平转为):
    no lead of the name. 由2024年5月1日起 is when."""
    return text[start - 1] in _FROM and text[end - 1] != "起"


_FROM = frozenset("由从")


_LISTED_SCOPE = 12  # the longest population written between two rankings of a list
_BARE_SHARE = re.compile(r"占(?:了|到了?)?\s*$")


def _to_full_stop(text: str, start: int, found: Sequence[Figure], stop: int | None = None) -> list[Figure]:
    """The figures of the sentence before `start`, back across semicolons to the full stop (of found[:stop])."""
    return _since(found, clause_start(text, start, PERIOD_BREAKS, SENTENCE_LIMIT), stop)


def _since(found: Sequence[Figure], position: int, stop: int | None = None) -> list[Figure]:
    """The figures that start at or after `position` (the last few of `found`, or of found[:stop]), in
    order: a range of `found`, never a copy of all of it."""
    end = len(found) if stop is None else stop
    return list(found[bisect_left(found, position, 0, end, key=_START):end])


def _details(text: str, start: int, before: Figure) -> bool:
    """Whether the sentence at `start` opens with 其中 and the like, soon after the figure `before`."""
    return (start - before.end < SENTENCE_LIMIT and text[clause_start(text, start, PERIOD_BREAKS, SENTENCE_LIMIT):start]
            .lstrip().startswith(lexicon().cues["continuations"]))


def _respectively(text: str, start: int, clause_from: int, earlier: Sequence[Figure]) -> str | None:
    """分别增长18.2%和21.6%: the k-th figure after 分别 belongs to the k-th of the subjects before it."""
    at = text.rfind("分别", clause_from, start)
    if at < 0:
        return None
    group_end = clause_end(text, start)
    size = 1 + sum(text.count(sep, at, group_end) for sep in "和与及、")
    after = [f for f in earlier if f.start > at]
    subjects: list[str] = []
    for figure in earlier:
        if figure.start < at and figure.indicator and figure.indicator not in subjects:
            subjects.append(figure.indicator)
    subjects = subjects[-size:]
    if len(subjects) != size or len(after) >= size or (after and after[0].indicator != subjects[0]):
        return None  # 门票收入分别为0.8、1.1亿元: the first figure after 分别 named its own subject
    return subjects[len(after)]


def _respective(text: str, source: str, start: int, clause_from: int, earlier: Sequence[Figure],
                listed: str | None = None) -> str | None:
    """The k-th of the subjects named before 分别 (受灾人次、死亡失踪人数分别…) for the k-th figure after
    it, when they pair up; `listed` is the name, when the figure has it already."""
    at = text.rfind("分别", clause_from, start)
    if at < 0:
        return None
    # 道路交通事故起数、死亡人数较上年分别下降…: the comparison before 分别 is no part of the last name
    compared = next((m.start() for m in _patterns()["baseline"].finditer(text, clause_from, at) if m.end() == at), at)
    compared, _ = strip_tail(text, lexicon().cues["change_adverbs"], clause_from, compared)  # 冰箱销量同比分别
    listed = listed or _name(text, source, clause_from, compared)
    # 事故起数、死亡人数、受伤人数和直接财产损失: the last joined by 和 (split only in a list of three or more:
    # 城镇和农村居民人均可支配收入 is one name)
    subjects = _LAST_JOINED.split(listed) if listed and "、" in listed else [listed] if listed else []
    if listed and len(subjects) == 1 and len(pair := _PAIRED.split(listed)) == 2 and min(map(len, pair)) >= 3:
        # 事故起数和死亡人数分别下降18.3%和15.6%: two names joined once (not 城镇和农村居民收入: a qualifier first)
        subjects = pair
    subjects = _ordinals(subjects) or subjects
    group_end = clause_end(text, start)
    size = 1 + sum(text.count(sep, at, group_end) for sep in "和与及、")
    if listed and len(subjects) != size and listed.count("、") == size - 1:
        subjects = listed.split("、")  # 汽车类、石油及制品类商品零售额, …电力热力燃气及水生产和供应业: 及, 和 inside the last name
    position = sum(1 for f in earlier if f.start > at)
    if not (len(subjects) == size > 1 and position < size and all(subjects)):
        return None
    return subjects[position] if position == size - 1 else subjects[position] + _shared_head(subjects)


def _shared_head(subjects: list[str]) -> str:
    """稻谷、小麦、玉米产量: the head noun written once, after the last subject, is each one's (稻谷产量); ''
    when the last has none of shared_heads, or the others all have their own (事故起数、死亡人数; not
    化学需氧量、氨氮、氮氧化物减排量, where 氨氮 has none: 化学需氧量减排量)."""
    last = fold(subjects[-1])
    head = ends_with(last, lexicon().cues["shared_heads"])
    # 城镇、农村居民人均可支配收入, 小学、初中专任教师学历比例: modifiers of two characters share all that
    # follows the last one's, where no listed head ends it soon after one (风电、太阳能发电量: 发电量)
    if len(last) > 3 and all(len(s) == 2 for s in subjects[:-1]) and (head is None or len(last) - len(head) > 3):
        return subjects[-1][2:]
    # 云岭县、石门县一般公共预算收入: subjects alike in length and last character (县) share what follows the last one
    width = len(subjects[0])
    if len(last) > width + 1 and all(len(s) == width and fold(s)[-1] == last[width - 1] for s in subjects[:-1]):
        return subjects[-1][width:]
    if head is None or len(last) - len(head) < 2 or all(ends_with(fold(s), _own_heads()) for s in subjects[:-1]):
        return ""
    # 劳动社保、市场监管类诉求: 劳动社保类诉求 (汽车类、石油及制品类商品零售额: 汽车类商品零售额)
    size = len(head) + (last.endswith("类", 0, -len(head)) and not any(s.endswith("类") for s in subjects[:-1]))
    return subjects[-1][-size:]  # as written


def _ordinals(subjects: list[str]) -> list[str] | None:
    """第一、二、三产业增加值: ordinals written once, each the name the last one ends with (第二产业增加值);
    None when the subjects are no such list."""
    if len(subjects) < 2:
        return None
    first, *middle, last = subjects
    named = _ORDINAL_NAME.fullmatch(last)
    if not (named and _ORDINAL.fullmatch(first) and all(_ORDINAL.fullmatch("第" + s) for s in middle)):
        return None
    return [first + named["name"], *("第" + s + named["name"] for s in middle), "第" + last]


_ORDINAL = re.compile("第[一二三四五六七八九十]")
_ORDINAL_NAME = re.compile("[一二三四五六七八九十](?P<name>.+)")


@cache
def _own_heads() -> tuple[str, ...]:
    """The heads a subject of a list may end with already (受灾人次、死亡失踪人数: 人次): built once, so that
    `ends_with` finds its compiled word list by identity."""
    return (*lexicon().cues["shared_heads"], *lexicon().cues["nominal_heads"])


_PAIRED = re.compile("[和与及]")
_LAST_JOINED = re.compile(r"、|[和及与](?=[^、]*$)")


def _noun_offset(text: str, start: int, end: int) -> int:
    """Where the noun begins inside a figure like 43万农村少年儿童 (after the number)."""
    i = end
    while i > start and not (text[i - 1].isdigit() or text[i - 1] in "万亿千百十"):
        i -= 1
    return i - start


def _scope(text: str, source: str, lo: int, hi: int) -> tuple[int, int, str | None]:
    """The population a ranking ranks in, cut out of the clause: 排全市第1位 -> 全市."""
    scopes = lexicon().cues["scopes"]
    where = _patterns()["where"].search(text, lo, hi)
    if where and not _measures_rank(text, where.start("where"), where.end("where")):
        return lo, _unranked(text, lo, where.start()), source[where.start("where"):where.end("where")]
    hi = _unranked(text, lo, hi)
    at = hi
    while found := ends_with(text, scopes, lo, at):  # 国内同行业: scopes written one after another are one
        at -= len(found)
    if at < hi:  # 连续五年位居行业前三: the streak and the verbs before the scope go too
        # 在国内化学制药行业排名, 居国内化学制药行业: 在 or the ranking verb opens the whole scope
        verb = max((m.end() for m in words(lexicon().cues["rank_verbs"]).finditer(text, max(lo, at - _LONGEST_SCOPE), at)),
                   default=-1)
        opened = max(text.rfind("在", max(lo, at - _LONGEST_SCOPE), at) + 1, verb)
        if opened > 0 and not any(mark in text[opened:at] for mark in "，,；;、由从的进为是"):  # not 排名由上年的全国第12位
            at = opened
        return lo, _unranked(text, lo, at - (text[at - 1:at] == "在")), source[at:hi]  # as written: 全國
    segment = text[lo:hi]
    for word in by_length(scopes):
        at = segment.find(word)
        if at >= 0:
            at += lo
            if ends_with(text, _rank_words(), lo, at) and not _measures_rank(text, at, hi):
                # 位居全市县(区)第一: what follows the scope narrows it (以地级市测评总成绩第一: it is measured)
                return lo, _unranked(text, lo, at), source[at:hi]
            return at + len(word), _unranked(text, at + len(word), hi), source[at:at + len(word)]
    opens = words(lexicon().cues["rank_verbs"]).match(text, lo, hi)  # 居商品类投诉首位: whom it ranks follows
    if opens and hi - opens.end() >= 2:
        return lo, lo, source[opens.end():hi]
    # 金牌数列参赛代表团第5位: what ranks, its verb, whom it ranks among
    verbs = list(words(lexicon().cues["rank_verbs"]).finditer(text, lo + 2, hi - 2))
    if verbs:
        return lo, _unranked(text, lo, verbs[-1].end()), source[verbs[-1].end():hi]
    if "以" in segment:
        lo += segment.rindex("以") + 1
    return lo, hi, None


def _measures_rank(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names what a ranking measures (全省文明指数测评), not whom it ranks."""
    return any(word in text[lo:hi] for word in lexicon().cues["rank_measures"])


def _unranked(text: str, lo: int, hi: int) -> int:
    """text[lo:hi] without the ranking verbs and streaks (连续五年位居) it ends with: the new hi."""
    rank_words = _rank_words()
    streak = _patterns()["streak"]
    scopes = lexicon().cues["scopes"]  # 排名国内前三: the 内 of 国内 is no 在…内
    while True:
        hi, _ = strip_tail(text, rank_words, lo, hi, scopes)
        hi, _ = strip_tail(text, lexicon().cues["rank_adverbs"], lo, hi)  # 奖牌总数均居, 总市值继续居
        run = streak.search(text, lo, hi)
        if not run:
            return hi
        hi = run.start()


def _name(text: str, source: str, lo: int, hi: int) -> str | None:
    """The indicator named in text[lo:hi], if it names one."""
    if hi - lo < 2:
        return None  # a name has two characters at least, and every step below only narrows the span
    close = _QUOTES.get(text[lo])
    if close and text.find(close, lo + 1, hi) < 0:  # “村集体收入…: the quote opens a speech, not the name
        lo += 1
    cues = lexicon().cues
    pats = _patterns()
    lead = pats["lead"]
    heads = _cue_set("nominal_heads")
    if text[lo:hi] in _cue_set("cut_verbs"):
        return None  # only a verb: the noun, if any, follows the figure
    qualifier = (pats["qualifier_at_end"].search(text, lo, hi) or DEFINITION.search(text, lo, hi)) if text[hi - 1] in ")）" else None
    hi = qualifier.start() if qualifier else hi  # first, or the verbs of the name are judged with it
    # 配备专职扑火队员: the noun follows the first verb. A verb that ends the phrase (研发投入), or all
    # but one character of it (安置房), heads a noun (救助资金) or opens a relative clause (种植猕猴桃的农户)
    # is part of the name.
    relative = text.find("的", lo, hi)
    cut_verbs = words(cues["cut_verbs"])
    kept = cues["keep_words"]  # 建成区 is a noun, not 建成 + 区
    per_head = pats["per_head"]  # 每万人拥有公共充电桩: the verb is part of a ratio's name
    # The tail first, or a verb inside the name would be cut for it (累计建成, 投入强度由…)
    done = pats["done"].search(text, lo, hi)
    if done and done.start() > lo + 1 and not cuts(text, kept, lo, done.start(), hi) \
            and not ((time := lead.match(text, lo, done.start())) and time.end() == done.start()):
        hi = done.start()  # not 更 + 新改造 (a kept word), nor 一季度 + 累计交付 (a time before the verb names nothing)
    reached = pats["reached"].search(text, lo, hi) if text[hi - 1] in "的到至" else None
    if reached:
        hi = reached.start()
    origin = pats["from"].search(text, lo, hi)  # 收入由当年的不足2万元增加到…
    if origin and origin.start() > lo:  # and the adverb before it (损耗率已由过去的)
        hi, _ = strip_tail(text, cues["trailing_strip"], lo, origin.start(), _tail_keep())
    while (cut := next((m.end() for m in cut_verbs.finditer(text, lo, hi)
                        if m.end() < hi - 1 and (text[m.end():hi] not in heads or m.group() in _cue_set("light_verbs"))
                        and not m.start() < relative  # 民营经济实现增加值: 实现 heads nothing
                        and not text.startswith("及", m.end())  # 演出及展览活动: 及 lists nouns (和 verbs too)
                        and text[m.end():hi] not in _not_names()  # 招录计划: 计划 alone names nothing
                        and not starts_with(text, cues["verb_suffixes"], m.end())  # 经营性资产: no verb
                        and not cuts(text, kept, lo, m.end(), hi) and not per_head.search(text, lo, m.start())
                        and not ends_with(text, kept, lo, m.end())),  # 研究与试验发展: the verb ends a kept word
                       None)) is not None:
        lo = cut
    # 港口已开通国际集装箱航线, 运动员共获得金牌: an adverb before a verb opens the predicate; the noun follows
    # (not in 公共服务, 创新服务: the adverb's character ends a kept word)
    for adverb in _word_patterns()["adverbs"].finditer(text, lo, hi):
        verb_end = _verb_end(text, adverb.end(), hi)  # not after an adverb the verb before took (全年新增发电)
        if adverb.start() >= lo and verb_end > lo and hi - verb_end >= 2 and not adverb.start() < relative \
                and not ends_with(text, kept, lo, adverb.end()) and not cuts(text, kept, lo, verb_end, hi):  # 新增发电
            lo = verb_end
    for where in _WHERE_DONE.finditer(text, lo, hi):  # 运动员在国际比赛中获得金牌: who, where, the verb; the noun follows
        verb_end = _verb_end(text, where.end(), hi)
        if verb_end > 0 and hi - verb_end >= 2 and not where.start() < relative:
            lo = verb_end
    before = -1
    while lo != before:  # time, subject, light verb, verb, scope: in whatever order they come
        before = lo
        match = lead.match(text, lo, hi)
        if match and match.end() > lo and not starts_with(text, kept, lo):  # 九年义务教育
            lo = match.end()
        lo = strip_head(text, cues["leading_words"], lo, hi, cues["keep_words"])
        light = strip_head(text, cues["light_verbs"], lo, hi, cues["keep_words"])
        if text[lo:light] in _cue_set("relative_verbs") and text.find("的", light, hi) >= 0:
            light = lo  # 有研发活动的企业: 有 opens a relative clause (but 实现归属于股东的净利润 is 实现 + the name)
        lo = _unless_longer_verb(text, lo, hi, light)
        if text.find("的", lo, hi) < 0:  # a verb before a 的 opens a relative clause: 开展改造的企业
            lo = _unless_longer_verb(text, lo, hi, strip_head(text, cues["head_verbs"], lo, hi, cues["keep_words"], heads))
            verb_end = _verb_at(text, lo, min(hi, lo + 4))  # 配备专职扑火队员: a verb before the noun
            if verb_end > 0 and verb_end + 1 < hi and not starts_with(text, kept, lo) \
                    and not text.startswith("及", verb_end) and not cuts(text, kept, lo, verb_end, hi):
                # not 帮扶车间, 控股装机容量 (kept), 演出及展览活动 (listed), 为民营企业 (为民 cuts 民营)
                lo = verb_end
        subject = _word_patterns()["persons"].match(text, lo, hi)  # 患者节省医疗费用: who, then the verb
        if subject:
            verb_end = _verb_end(text, strip_head(text, cues["leading_words"], subject.end(), hi), hi)
            if verb_end > 0 and hi - verb_end >= 2 and not cuts(text, kept, lo, verb_end, hi):  # 旅客满意度
                lo = verb_end
        scope = words(cues["subject_scopes"]).match(text, lo, hi)
        if scope and not words(cues["title_heads"]).match(text, scope.end(), hi):
            lo = scope.end()
    verb_end = _verb_at(text, lo, hi)  # 发布的发展指数: a verb alone before 的 tells nothing of what is named
    if verb_end > 0 and text.startswith("的", verb_end) and hi - verb_end > 4:  # not 减少的原因
        lo = verb_end + 1
    owner = pats["owner"].match(text, lo, hi)  # 所辖安平县的茶叶产量: whose, then what
    if owner and owner.end() < hi - 1:
        lo = owner.end()
    while hi > lo:  # spaces, commas, markup and abbreviations at the end: 工业投资</td><td>, 指数（PMI）, 指数CCL
        tag = pats["tag_at_end"].search(text, lo, hi) if text[hi - 1] == ">" else \
            ABBREVIATION.search(text, lo, hi) if text[hi - 1] in ")）" else _latin_after_a_name(text, lo, hi)
        if tag is None and text[hi - 1] not in " ，,、(（":  # 文書支援人員（1.8萬港元）: a bracket the figure opens
            break
        hi = tag.start() if tag else hi - 1
    lo = max(lo, text.rfind(">", lo, hi) + 1)  # the end of a tag whose start a clause break cut off
    listed = text.rfind("等", lo, hi)  # 农具、老照片等展品: the kind, not the examples (not 等价物, 高等教育)
    if listed >= 0 and hi - listed > 2 and not starts_with(text, kept, listed) and not ends_with(text, kept, lo, listed + 1):
        lo = listed + 1
    while lo < hi and not text[lo].isprintable():  # control and zero-width characters, lone surrogates
        lo += 1
    while hi > lo and not text[hi - 1].isprintable():
        hi -= 1
    name = text[lo:hi]
    if len(name) < 2 or name in _not_names() or not _WORD_CHARACTER.search(name):
        return None  # a listed word, or no word at all (control and zero-width characters, markup)
    lo = max(lo, hi - MAX_INDICATOR * (2 if "、" in name else 1))  # a list's subjects are paired with figures later
    return source[lo:hi]


def _latin_after_a_name(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """中原城市领先指数CCL: capitals after a ratio's or index's name abbreviate it (not 全市GDP: no name)."""
    if not text[hi - 1:hi].isupper():
        return None
    latin = LATIN_ABBREVIATION.search(text, lo, hi)
    return latin if latin and ends_with(text, number_names(), lo, latin.start()) else None


_WHERE_DONE = re.compile("在[^在，,；;。]{1,14}?[中上]")
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"'}  # opening quote -> its closing one
_WORD_CHARACTER = re.compile(r"[^\W_]")  # a letter, a digit or a Han character: what str.isalnum() says


@cache
def _not_names() -> frozenset[str]:
    """Words that name no indicator when they stand alone (but 培训, 救助: an activity names what it counts)."""
    return frozenset().union(*(_cue_set(key) for key in ("leading_words", "head_verbs", "generic_indicators"))) \
        - _cue_set("activity_verbs")


@cache
def _longest_anaphora() -> int:
    """The length of the longest anaphora (这一比例): a longer name is none, and is not folded to ask."""
    return max(map(len, _cue_set("anaphora")), default=0)


@cache
def _cue_set(key: str) -> frozenset[str]:
    """A cue list as a set, for asking whether a whole phrase is one of its words."""
    return frozenset(lexicon().cues[key])


def _unless_longer_verb(text: str, lo: int, hi: int, stripped: int) -> int:
    """`stripped`, where a word was stripped from lo, unless a longer verb begins at lo (达成协议: the
    verb 达成, cut as a verb, not the light verb 达)."""
    return lo if lo < stripped < _verb_at(text, lo, hi) else stripped


def _verb_end(text: str, i: int, hi: int) -> int:
    """The end of the longest verb of the cue lists or of verbs.txt that starts at i (达成, not 达), or -1;
    a verb before a lone nominal head names the noun with it (累计种植面积, 投入资金)."""
    listed = _word_patterns()["verbs"].match(text, i, hi)
    end = max(listed.end() if listed else -1, _verb_at(text, i, hi))
    return -1 if end < 0 or text[end:hi] in _cue_set("nominal_heads") else end


@cache
def _any_verbs() -> frozenset[str]:
    """Every verb the lexicon knows, those that head nouns too (下达, 支出)."""
    return lexicon().verbs | _cue_set("verb_exclusions") | _cue_set("head_verbs")


@cache
def _word_patterns() -> dict[str, re.Pattern[str]]:
    """Word lists of the name rules as compiled alternations, looked up once (the hot path)."""
    cues = lexicon().cues
    return {"adverbs": words(cues["tail_adverbs"]), "persons": words(lexicon().person_nouns),
            "verbs": words((*cues["head_verbs"], *cues["cut_verbs"]))}


def _verb_at(text: str, i: int, hi: int) -> int:
    """The end of the verb that starts at i and ends by hi (the longest), or -1; a verb heading a noun
    (种植面积) is no verb."""
    if text[i:i + 2] not in _verb_heads():  # most positions: one set look-up instead of three
        return -1
    lex = lexicon()
    hi = min(hi, len(text))  # at the end of the text a slice comes short: 增长 is no three-character verb
    for size in (4, 3, 2):
        if i + size <= hi and text[i:i + size] in lex.verbs and not starts_with(text, _not_after_a_verb(), i + size):
            return i + size
    return -1


@cache
def _not_after_a_verb() -> tuple[str, ...]:
    """What makes a verb part of a noun when it follows: a nominal head (种植面积), a suffix (示范性)."""
    return (*lexicon().cues["nominal_heads"], *lexicon().cues["verb_suffixes"])


@cache
def _verb_heads() -> frozenset[str]:
    """The first two characters of the verbs `_verb_at` can find (two to four characters long)."""
    return frozenset(verb[:2] for verb in lexicon().verbs if 2 <= len(verb) <= 4)


def _first_verb(text: str, lo: int, hi: int) -> int:
    """Where the first verb in text[lo:hi] begins, or -1."""
    return next((i for i in range(lo, hi - 1) if _verb_at(text, i, hi) > 0), -1)


def _noun_after(text: str, source: str, end: int) -> str | None:
    """The noun a count or measure is of, when it follows the figure: 8家工业企业 -> 工业企业."""
    cues = lexicon().cues
    match = _patterns()["noun"].match(text, end, min(len(text), end + MAX_NOUN))
    if not match:
        return None
    person = words(lexicon().person_nouns).match(text, end, match.end())
    if person:  # 237名残疾人申领护理补贴: the people, not what they do (选手 is a verb too)
        return source[end:person.end()]
    stops = words(cues["noun_stops"])
    if stops.match(text, end, match.end()) or _verb_at(text, end, end + 3) == end + 2 \
            or text.startswith(_TO_A_LEVEL, end + 1) or text.startswith("至", end + 2):
        return None  # a verb or a stop word follows the figure, not a noun (由4个精简至2个, 从二十多户减到七八户,
        # 由12.8%降至: a verb to a level; not 到 two characters on, 选派215名干部到村)
    hi = match.end()
    kept = words(cues["keep_words"]).match(text, end, hi)  # 国家和地区, 规上: no stop word inside
    after = kept.end() if kept else end + 1
    stop = stops.search(text, after, hi)
    verb = _first_verb(text, after, hi)  # 残疾人就近务工: the noun ends where a verb begins
    hi = min(hi, stop.start() if stop else hi, verb if verb >= 0 else hi)
    if hi == match.end() and (hi == end + MAX_NOUN or text[hi:hi + 1].isdigit()) and not _BRACKET_OR_LIST.search(text, end, hi):
        # 十八个行政村集体经济总收入一千三百六十万元: the noun runs on into the next figure's name; what is
        # counted ends with the last word that names a kind of place or body (行政村, 设区市, 重点夜市商圈), one
        # character long only after two more (城镇 is a word) and not doubled (行政村村集体: the second begins a
        # word), none in brackets (县(市、区))
        hi = next((at for at in range(hi, end + 1, -1) if (head := ends_with(text, cues["counted_heads"], end, at))
                   and (len(head) > 1 or (at - end >= 3 and text[at - 2] != head))
                   and not cuts(text, cues["keep_words"], end, at, hi)), hi)
    while hi > end and text[hi - 1] == "、":
        hi -= 1
    return source[end:hi] if hi > end else None


_TO_A_LEVEL = ("至", "到")
_BRACKET_OR_LIST = re.compile("[(（、]")  # 县(市、区), 队员、村“两委”: brackets and lists, where a noun runs on


def _without_figures(source: str, start: int, end: int, earlier: Sequence[Figure]) -> str | None:
    """source[start:end] without the figures inside it: the longest piece between them (完成任务52.5亿元的
    -> 完成任务), never pieces joined into a phrase the text does not hold."""
    pieces, at = [], start
    for figure in earlier:
        if start <= figure.start and figure.end <= end:
            pieces.append(source[at:figure.start].strip(_AROUND_A_FIGURE))
            at = figure.end
    pieces.append(source[at:end].strip(_AROUND_A_FIGURE))
    return max(pieces, key=len) or None


_AROUND_A_FIGURE = " (（)）"  # 文書支援人員（1.8萬港元）: the brackets a figure stood in
