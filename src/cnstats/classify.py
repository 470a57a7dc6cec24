"""A candidate and its neighbourhood -> its kind and sign, or the reason it is not a statistic.

Named rules, tried in order. Only the folded text and the candidate are read; nothing is written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .kinds import (
    BY_VALUE,
    COUNT,
    GROWTH_RATE,
    MEASURE,
    MONEY,
    NUMBER,
    PERCENT,
    PERCENTAGE_POINT,
    RANKING,
    RATIO,
    SHARE,
)
from .lexicon import INDEX, TIME, Sense, change_words, lexicon
from .numerals import NumberError, Reading, read_number
from .record import Kind
from .scan import Candidate, bare
from .text import (
    ABBREVIATION,
    COMPARISON,
    DEFINITION,
    HAN,
    INDEX_BASE,
    LATIN_ABBREVIATION,
    SENTENCE_LIMIT,
    Clause,
    Occurrences,
    alternation,
    currency_before,
    cuts,
    ends_with,
    list_head,
    per_one,
    ranked_before,
    searchable,
    sentence_start,
    strip_head,
    strip_tail,
    words,
)

PERCENT_UNITS = frozenset({"%", "‰"})
MULTIPLE = "倍"


class Verdict(NamedTuple):
    """Kind and sign of a figure, or `why` it is not a statistic (kind None)."""

    kind: Kind | None
    sign: int = 1
    why: str | None = None


def not_statistic(why: str) -> Verdict:
    return Verdict(None, why=why)


def _change(left: str) -> int:
    """+1 / -1 when the clause ends in a verb of increase / decrease (adverbs allowed), else 0.
    The longest verb decides; a word listed both ways decreases."""
    if ends_with(left, _changes_to_a_level()):  # 缩短为3个工作日: to a level, though 为 alone may follow a
        return 0  # verb and its rate (同比增长为5%)
    verbs, decreasing = _change_verbs()
    hi, _ = strip_tail(left, _adverbs_and_bounds())  # 保有率不低于35% is a bound, not a fall
    verb = ends_with(left, verbs, 0, hi)
    if verb is None or ends_with(left, _not_changes(), 0, hi):  # 飞机起降52.7万架次, 降水最少为3毫米: no decrease
        return _verb_first(left)
    # 拉低全市税收增幅3.4个百分点: a verb of decrease before the object decides over the 增幅 it ends with
    return -1 if verb in decreasing else _verb_first(left) or 1


def _verb_first(left: str) -> int:
    """-1 when a verb of decrease opens the clause and its object alone stands between it and the figure
    (下调存款准备金率0.5个百分点, 相当于减少二氧化碳排放约420万吨), else 0: the amount is the fall. Only
    the verbs of cues.json's decrease_before_object: 减免增值税2.35亿元 is a relief, 减淹耕地26万亩 land spared."""
    verbs = words(lexicon().cues["decrease_before_object"])
    first = verbs.search(left)  # the cheap test first: most have none
    if first is None:
        return 0
    verb = [*verbs.finditer(left, first.start())][-1]  # the last: 减少材料62%、减少跑动次数75%
    # it opens the clause, after leading words and adverbs (平均减少), or an item of a list (、减少)
    opens = strip_head(left, _leading_and_adverbs(), 0, len(left)) == verb.start() or left.endswith("、", 0, verb.start())
    # 减少二氧化碳排放2580万吨、二氧化硫排放0.31万吨: the object of a later item of the verb's list
    item = left.rfind("、", verb.end()) + 1
    obj = item if item and _DIGIT_OR_UNIT_END.search(left, verb.end(), item - 1) else verb.end()
    if not opens or not 2 <= len(left) - obj <= _OBJECT_LIMIT or "的" in left[obj:] or "占" in left[obj:] \
            or cuts(left, lexicon().cues["keep_words"], verb.start(), verb.end(), len(left)):  # 压缩机产量: a noun
        return 0
    if obj > verb.end() and ends_with(left, _change_verbs()[0], obj):  # 减少用工120人、投资增加3000万元
        return 0
    # 减少的原因有3项, 降低成本为120亿元: a level after the object, not an amount of the fall
    return 0 if strip_tail(left, lexicon().cues["level_verbs"], verb.end())[0] < len(left) else -1


_OBJECT_LIMIT = 12
_DIGIT_OR_UNIT_END = re.compile(r"\d[^、\d]{0,4}$")  # an item before 、 that ends in a figure (2580万吨)


@cache
def _leading_and_adverbs() -> tuple[str, ...]:
    """What may stand before a verb that opens its clause: leading words, adverbs, the scope (全省压减)."""
    return (*lexicon().cues["leading_words"], *lexicon().cues["change_adverbs"], *lexicon().cues["subject_scopes"])


@cache
def _not_changes() -> tuple[str, ...]:
    """Words that end like a verb of change and are none: nouns (起降), superlatives (最少, 最高)."""
    return (*lexicon().cues["change_nouns"], *lexicon().cues["superlatives"])


@cache
def _adverbs_and_bounds() -> tuple[str, ...]:
    """What may stand between a verb of change and its figure: 同比增长, 增长不低于."""
    return (*lexicon().cues["change_adverbs"], *lexicon().approx_bounds)


@cache
def _held_at() -> tuple[str, ...]:
    """The verbs of level that say where a measure was brought or held (控制在, 缩短到); not 为 or 到 alone,
    which state a term (挂职期限一般为2年, 年龄可放宽到40周岁)."""
    return tuple(v for v in lexicon().cues["level_verbs"] if len(v) >= 3)


@cache
def _changes_to_a_level() -> tuple[str, ...]:
    """The verbs of level that begin with a verb of change (缩短为, 下降至)."""
    verbs, _ = _change_verbs()
    return tuple(v for v in lexicon().cues["level_verbs"] if v.startswith(verbs))


@cache
def _change_verbs() -> tuple[tuple[str, ...], frozenset[str]]:
    return change_words(), frozenset(lexicon().cues["decrease"])


def is_loss(text: str, lo: int, hi: int) -> bool:
    """归母净利润亏损1.32亿元: a profit stated as a loss (净亏损2.87亿元 names the loss itself)."""
    loss = lexicon().cues["loss_words"]
    word = ends_with(text, loss, lo, hi)
    return bool(word) and ends_with(text, lexicon().cues["profit_words"], lo, hi - len(word or "")) is not None


def _change_after(text: str, cand: Candidate) -> int:
    """保持8%以上的增速, 约8%至10%增长的预测: the rate is named after the figure (not 由3.4%下降至: a verb)."""
    cues = lexicon().cues
    of = text.startswith("的", cand.end)
    for sign, nouns in ((-1, cues["decrease_nouns"]), (1, cues["increase_nouns"])):
        noun = next((n for n in nouns if text.startswith(n, cand.end + of)), None)
        if noun and (of or text.startswith("的", cand.end + len(noun))):
            return sign
    return 0


def _named_change(text: str, end: int) -> int:
    """1 if text[:end] ends with the name of a rate of increase (升幅, 增速), -1 one of decrease (降幅), else 0."""
    cues = lexicon().cues
    if ends_with(text, cues["increase_nouns"], 0, end):
        return 1
    return -1 if ends_with(text, cues["decrease_nouns"], 0, end) else 0


def _percent_kind(text: str, cand: Candidate, left: str, bounds: Clause, reading: Reading | None) -> Verdict:
    cues = lexicon().cues
    wide = bounds.wide
    sign = _change(left) or _change_after(text, cand)
    if not sign and (ranked := ranked_before(text, bounds.clause)) and strip_tail(left, cues["trailing_strip"])[0] == 0:
        sign = _change(text[ranked[0]:ranked[1]])  # 地产建筑业指数跌幅最大，达28.5%: the change the clause before ranks
    if sign and text.startswith("的", cand.end) and ends_with(left, cues["above_verbs"]):
        sign = 0  # 低于10%的规定上限: the value of what it is compared with, no change
    if sign:
        return Verdict(GROWTH_RATE, sign)
    if (came := came_from().search(left)) and (sign := _named_change(left, came.start())):
        return Verdict(GROWTH_RATE, sign)  # 增速由上年的8.4%提升至15.8%: both rates of change
    if recovered(left, 0, len(left)):
        return Verdict(RATIO)  # 恢復至2018年同期約七成, 较疫情前恢复近八成: a ratio to the level recovered to
    # the cheap test first: _named reads the clause's end several ways, and most percents have no 比 before them
    if "比" in left and (named := _named(left)) and named.endswith("比") and _named_kinds()[named] == RATIO:
        return Verdict(RATIO)  # 成本收入比为29.85%, 存贷比72.3%: a ratio's name, its value in percent (比率 is disputed)
    whole = reading is None or reading.value <= 100  # 风险覆盖率为248.6%: a part never exceeds its whole
    if left.endswith("的") and not ends_with(left, cues["superlatives"], 0, len(left) - 1):  # 最低的48.7%: no ratio
        if compared := compared_level().search(left):  # 比上年同期的26.1%: the level compared with, of the sentence's kind
            if sign := _named_change(left, compared.start()):
                return Verdict(GROWTH_RATE, sign)  # 升幅较四月份的8.5%扩大: a rate of change compared with
            before = text[sentence_start(text, cand.start, wide):cand.start]
            return Verdict(SHARE if whole and any(cue in before for cue in cues["share"]) else PERCENT)
        clause = text[wide:cand.start]
        if whole and any(cue in clause for cue in cues["share"]):
            return Verdict(SHARE)
        if whole and lexicon().tenths in (_part(text, cand, "number") or "") \
                and not any(verb in clause for verb in cues["ratio_verbs"]) and not _rate_named(left, came):
            return Verdict(SHARE)  # 毕业回来的不到一成: tenths of those named, no ratio's verb (是…的八成)
        if whole and ends_with(left, cues["wholes"], 0, len(left) - 1):
            return Verdict(SHARE)  # 研发投入不低于营业收入的5%, 新车销量达到总销量的48.9%: a part of a whole it names
        if not came:  # 损耗率由过去的20%降至8%: what it was, not a ratio to it
            return Verdict(RATIO)
    hi, _ = strip_tail(left, cues["change_adverbs"])
    if whole and (ends_with(left, cues["share"], 0, hi) or (text[cand.end:cand.end + 1] == "的" and not _LEVEL_NEXT.match(text, cand.end))
                  or _SHARE_OF.search(left)):
        return Verdict(SHARE)
    clause = text[wide:cand.start]
    if whole and any(cue in clause for cue in cues["share_levels"]):  # 市场份额由12.3%提升至15.6%
        return Verdict(SHARE)
    if lexicon().tenths in (_part(text, cand, "number") or "") and not _rate_named(left, came):
        return Verdict(SHARE)  # 九成以上: tenths tell a part of a whole, unless a rate is named (入住率能有八成多)
    return Verdict(PERCENT)


def _rate_named(left: str, came: re.Match[str] | None) -> bool:
    """入住率能有八成多, 办理率由上年的4成提高到6成: a rate named just before the figure, or before `came`
    (came_from's 由/从 phrase in `left`, found once by the caller)."""
    return _RATE_NAMED.search(left) is not None or (came is not None and _RATE_NAMED.search(left, 0, came.start()) is not None)


def _ranked(text: str, cand: Candidate, left: str) -> bool:
    """第1位 always ranks; 第一 and 前三 rank only after a scope or a ranking verb."""
    cues = lexicon().cues
    if "rank_tail" in cand.groups and text[cand.start] == "第":
        return True
    hi, _ = strip_tail(left, ("在", "中", "内"))
    if ends_with(left, cues["scopes"], 0, hi) or ends_with(left, cues["rank_verbs"], 0, hi):
        return True
    # 均位居同类产品第一: a ranking verb shortly before, with the population between
    if any(verb in left[-12:] for verb in cues["rank_verbs_strong"]):
        return True
    # 居全国高校第28位、全省高校第一: a ranking listed after one
    if _RANK_LISTED.search(left):
        return True
    # 居全省各园区首位, 接待量居全市景区首位, 总市值居各板块第一: 居, the population between (not 居民,
    # 居住, 定居 …); 满意度排全市县级医院第二: 排 so (not 排放, 排查, 安排 …)
    return _JU_RANKS.search(left) is not None or _PAI_RANKS.search(left) is not None


# 占整体约25%, 占全市25%: 占 and the whole, with no 的 (not 占比, 占有率, 占地, 占用)
_SHARE_OF = re.compile(r"占(?!比|有?率|地|用)[^，,；;。:：占\d%]{1,10}$")
_RATE_NAMED = re.compile(r"率[^，,；;。率]{0,4}$")  # 入住率达到, 出租率: a rate named just before
_RANK_LISTED = re.compile(r"第[\d一二三四五六七八九十]+[位名][^，,；;。]{0,8}$")
_JU_RANKS = re.compile("(?<![家新故民安定聚邻寓旧同分移])居(?![民住家委室所间然中多])[^，,；;。]{0,11}$")
_PAI_RANKS = re.compile("(?<![安编彩并])排(?![放查除污水队练序涝灌])[^，,；;。]{0,11}$")


@cache
def _named_kinds() -> dict[str, Kind]:
    """The names that make a bare number a statistic, and its kind: a ratio's (城乡居民收入比为2.13) or an
    index's, a statistic with no unit (居民消费价格指数为102.1, PMI为49.5)."""
    cues = lexicon().cues
    return {**dict.fromkeys(cues["index_nouns"], NUMBER), **dict.fromkeys(cues["ratio_nouns"], RATIO)}


@cache
def number_names() -> tuple[str, ...]:
    """The names of ratios and indexes (基尼系数, 指数, PMI), which make a bare number a statistic."""
    return tuple(_named_kinds())


class NumberNames(Occurrences):
    """The names of ratios and indexes in one folded text, for `hopeless`."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__(_names_searched(), text)


@cache
def _names_searched() -> re.Pattern[str]:
    return searchable(number_names())


def hopeless(text: str, cand: Candidate, names: NumberNames) -> bool:
    """Whether a candidate is a bare number (1,234, 1.1, 三: no unit, noun, magnitude or approximate word,
    not a percent, no currency before it) with no ratio's or index's name in the 200 characters before it. Such a number is a
    statistic only as a ratio or an index named in its clause or sentence (城乡居民收入比为2.13，比上年缩小0.04),
    so `classify` would find none: the cheap test that lets text made of numbers skip reading them, and the
    clause and context work. `names` are the text's names, found once: text made of numbers has a candidate
    every few characters. Only a number written otherwise than in digits is read, to tell a percent (三成)."""
    if not bare(text, cand) or names.last(max(0, cand.start - SENTENCE_LIMIT), cand.start) is not None \
            or currency_before(text, cand.start):  # 港元20,500: an amount
        return False
    start, end = cand.groups["number"]
    if _DIGITS.fullmatch(text, start, end):
        return True
    try:
        return not read_number(text[start:end]).percent and not _spoken_money(text, cand.start, cand.end)
    except NumberError:
        return True  # unreadable and bare: no statistic either way


_DIGITS = re.compile(r"[\d.,\s]+")  # digits, separators and the spaces of PDF text: never a percent


def classify(text: str, cand: Candidate, reading: Reading | None, bounds: Clause) -> Verdict:
    """The kind of a candidate found in folded `text`, judged from the candidate and its clause
    (`bounds`: where its sentence and clause begin)."""
    lex = lexicon()
    if cand.kind == "doubling":
        return Verdict(GROWTH_RATE)
    if "proportion" in cand.groups:  # 8.0:38.6:53.4
        return Verdict(RATIO)
    if cand.kind == "ranking":
        return Verdict(RANKING) if _ranked(text, cand, _left(text, cand, bounds.clause)) else not_statistic("ordinal")
    if text[cand.start - 1:cand.start] == "第":
        return not_statistic("ordinal")  # 全县第3所九年一贯制学校: a number after 第 counts nothing
    unit = _part(text, cand, "unit")
    if reading is not None and reading.percent or unit in PERCENT_UNITS:
        return _percent_kind(text, cand, _left(text, cand, bounds.clause), bounds, reading)
    if unit in lex.points:
        left = _left(text, cand, bounds.clause)
        return Verdict(PERCENTAGE_POINT, _change(left) or (-1 if _below().search(left) else 1))
    if unit == MULTIPLE:
        sign = _change(_left(text, cand, bounds.clause))
        return Verdict(GROWTH_RATE, sign) if sign else Verdict(RATIO)
    number = _part(text, cand, "number") or ""
    after = text[cand.end:cand.end + 4]
    has_magnitude = "万" in number or "亿" in number
    if number and "before" not in cand.groups and not _numeric().search(number) \
            and not (len(number) > 1 and unit is not None and lex.units[unit][0] == "money" and text[cand.start - 1:cand.start] != "/"):
        return not_statistic("other")  # 万家, 百强, 万元户, 吨/百万元: a magnitude word alone is not a number; 千亿元 is
    if "noun" in cand.groups and not (has_magnitude or _DIGIT.search(number)):
        return not_statistic("other")  # 陆川县广大党员: a noun after a bare numeral is a name
    if unit is None and "noun" not in cand.groups:
        for why, listed in lex.non_figure_after.items():  # 连跌8周: a duration, though an index is named
            if after.startswith(listed):
                return not_statistic(why)
        if currency_before(text, cand.start):
            return Verdict(MONEY)  # 票務收入港元12.8億, 收入中位數為港元20,500: the currency written before the amount
        # 城乡居民收入比为2.13, PMI为49.5: a ratio or an index is written with no unit
        return _of_a_name(text, cand, bounds) or (
            Verdict(MONEY) if _SPOKEN_AMOUNT.search(number) and not _DIGIT.search(number) and reading is not None
            and not reading.percent and _spoken_money(text, cand.start, cand.end)
            else Verdict(NUMBER) if has_magnitude else not_statistic("other"))
    if unit is not None and lex.units[unit][0] == INDEX:  # 上证指数报3,068.52点; 8点 is a time of day
        return _of_a_name(text, cand, bounds) or not_statistic("other")
    sense = lex.senses.get(unit or "")
    left = _left(text, cand, bounds.clause)
    # 两块五毛, 一块钱: tenths of a 块, or 钱 after it, make it money whatever the clause says; so do its cues
    # (两块屏: what follows it may make it a count whatever the clause says)
    in_sense = sense is not None and not text.startswith(sense.not_after, cand.end) and (
        "dime" in cand.groups or text.startswith(sense.after, cand.end) or any(cue in left for cue in sense.cues)
        or _sense_before(text, cand, unit, bounds, sense)
        or (sense.kind == "money" and (_per_one_before().search(left) is not None
                                       or _TO_AMOUNT.match(text, cand.end) is not None or _money_talked(text, cand.start))))
    if sense is not None and not sense.alone and not in_sense:
        return not_statistic("other")  # 三毛: 毛 is a 元's tenth only where money is spoken of (五毛钱)
    if number == "一" and "before" not in cand.groups and not in_sense and (
            not unit or lex.units[unit][0] == "count" or unit in lex.measure_words_after_one
            or _PRICE_NEXT.match(text, cand.end)):
        # 一个, 一批: an article, not a count (一元 is an amount, and 高出一块); 一吨三百元, 一升七块八毛: what a price is for
        return not_statistic("other")
    if unit is not None and lex.units[unit][0] == TIME:
        return _timed(text, cand, unit, left, bounds.wide)
    kind = BY_VALUE[sense.kind] if sense and in_sense else BY_VALUE[lex.units[unit][0]] if unit else COUNT
    return Verdict(kind, -1 if _change(left) < 0 or is_loss(left, 0, len(left)) or _below().search(left) else 1)


_LEVEL_NEXT = re.compile("的[低高较]?水平")  # 维持在1.3%的水平: a level, not 65%的税收 (a share of it)
_COUNTED_NEXT = re.compile(f"(?![的了就都也还呢吧啊呀嘛吗不没是在够到得和或比能可才又])[{HAN}]")  # a measure word no unit list has
_SPOKEN_AMOUNT = re.compile("[十百千万亿]")  # 七八百, 五千, 三四万 (not 七七八八: no place, no amount)
_CHANGED_TO = re.compile(r"\d[^\d，,；;。]{0,4}[至到]$")  # a change and its figure, then what it reached
_TO_AMOUNT = re.compile(r"[到至~～][\d一二三四五六七八九十两]{1,3}[块元]")  # 五毛到一块: the range's other end is money
_ADVERB = "[才就只也都]?"  # between a price and what it is per: 一吨才一百二十块
_PRICE_NEXT = re.compile(_ADVERB + r"[\d零〇一二两三四五六七八九十]")  # a number right after 一 and its unit


def _of_a_name(text: str, cand: Candidate, bounds: Clause) -> Verdict | None:
    """The kind of a number that is a ratio's or an index's (城乡居民收入比为2.13, PMI为49.5), or a change of
    one its sentence names (…收入比为2.14，比上年缩小0.04), else None. The cheap search first: the name must
    be near."""
    names = _names_searched()
    left = _left(text, cand, bounds.clause)
    if found := names.search(text, bounds.clause, cand.start):
        if named := _named(left):
            return Verdict(_named_kinds()[named])
        if _CHANGED_TO.search(left):  # 指數按年下跌10.4點至82.6: the level the change reached
            return Verdict(_named_kinds()[found.group()])
    sign = _change(left)
    if sign and (named_before := names.search(text, sentence_start(text, cand.start, bounds.wide), cand.start)):
        return Verdict(_named_kinds()[named_before.group()], sign)
    return None


@cache
def _per_one_before() -> re.Pattern[str]:
    """苗子一棵十二块, 运价一吨才一百二十块, 一辆电动车两三千块, 一把好剪子得八九百块: what a price is per before
    the amount (and what is bought, and 得 or 要) makes 块 money; not 一个教室装了两块, where a verb stands between."""
    return re.compile(f"(?:{per_one()})(?:(?![了有是在装放摆挂用])[{HAN}]){{0,4}}?(?:得|要)?{_ADVERB}$")


def _sense_before(text: str, cand: Candidate, unit: str | None, bounds: Clause, sense: Sense) -> bool:
    """人均纯收入一万八千多块，比前年多了两千来块: the unit in its second sense earlier in the sentence, its
    cue there with it; a unit with no other reading needs its cue alone (收购均价每斤2.75元，比上年低2毛左右)."""
    before = text[sentence_start(text, cand.start, bounds.wide):bounds.clause]
    return unit is not None and (unit in before or not sense.alone) and any(cue in before for cue in sense.cues)


def _timed(text: str, cand: Candidate, unit: str, left: str, wide: int) -> Verdict:
    """A length of time or an age is a statistic where a count of time names it (优良天数320天: a count)
    or a time measure does (人均预期寿命78.5岁, 平均住院日缩短至7.6天: a measure), or where one names the
    sentence of a change or a level (…，比上年减少5天; …，农村控制在25分钟左右); anywhere else it is a
    duration, an age or a date (历时3天, 连续3年, 60岁以上), for the reason non_figures.json gives."""
    lex = lexicon()
    sign = _change(left)
    ends = _name_ends(left, _to_the_figure())
    # …反应时间缩短到12分钟以内，农村地区也控制在了25分钟左右: a change, or a level verb, of a time named before
    at_level = not sign and ends_with(left, _held_at(), 0, len(left) - left.endswith("了"))
    sentence = text[sentence_start(text, cand.start, wide):cand.start] if sign or at_level else ""
    for kind, names in ((COUNT, lex.cues["time_counts"]), (MEASURE, lex.cues["time_measures"])):
        if any(ends_with(left, names, 0, end) for end in ends) or any(name in sentence for name in names):
            return Verdict(kind, -1 if sign < 0 else 1)
    # 平均结案时间1.3天，较上年缩短0.2天: an average time, whatever it times, names a measure too
    if any((named := _AVERAGE_TIME.search(left, 0, end)) and named.end() == end for end in ends) \
            or _AVERAGE_TIME.search(sentence):
        return Verdict(MEASURE, -1 if sign < 0 else 1)
    return not_statistic(next((why for why, listed in lex.non_figure_after.items() if unit in listed), "duration"))


_AVERAGE_TIME = re.compile(r"平均[^，,；;。]{0,10}时间")


def _name_ends(left: str, between: tuple[str, ...]) -> tuple[int, ...]:
    """Where the name of the figure may end in its clause `left`: before the words `between` it and the
    figure (and before or inside an abbreviation in brackets there), and before a 由 or 从 phrase
    (受教育年限由10.21年提高至10.58年: the name stands before 由)."""
    hi, _ = strip_tail(left, between)
    # 价格指数（2020年=100）, 高温日数（日最高气温≥35℃）: a base or a definition in brackets, after the name
    based = (INDEX_BASE.search(left, 0, hi) or DEFINITION.search(left, 0, hi)) if left[hi - 1:hi] in (")", "）") else None
    hi = based.start() if based else hi
    abbreviated = ABBREVIATION.search(left, 0, hi)
    latin = None if abbreviated else LATIN_ABBREVIATION.search(left, 0, hi)
    # 电能利用效率（PUE）降至: the name before the brackets, or the abbreviation inside them (指数CCL: or after it)
    ends = (abbreviated.start(), abbreviated.end() - 1) if abbreviated else (latin.start(), hi) if latin else (hi,)
    came = came_from().search(left, 0, ends[0])
    return (*ends, came.start()) if came else ends


def recovered(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """较疫情前恢复近八成, 恢复至2018年同期约七成: text[lo:hi] ends where a level recovered to what it was at
    a time or state it names (group `ref`): the figure is a ratio to that. Not 入住率恢复至86%: no reference."""
    return next((match for pattern in _recoveries() if (match := pattern.search(text, lo, hi))), None)


@cache
def _recoveries() -> tuple[re.Pattern[str], ...]:
    verbs = alternation(lexicon().cues["recovery_verbs"])
    return (re.compile(f"较(?P<ref>[^，,；;。较]{{1,12}}?)(?:{verbs})$"),
            re.compile(f"(?:{verbs})(?![至到])(?P<ref>[^，,；;。]{{1,12}}?)的?$"))


@cache
def came_from() -> re.Pattern[str]:
    """A 由 or 从 phrase ending the clause, up to 48 characters (由10.21年提高至, 由2024年11月至2025年1月的3.1%
    上升至2024年12月至2025年2月的); not 从业, 从事. The context reads it too: what a share was before
    (占营业收入的比重由上年的38.5%提高到)."""
    return re.compile(f"(?!{alternation(lexicon().cues['not_came_from'])})[由从][^，,；;。由从]{{1,48}}$")


def _spoken_money(text: str, start: int, end: int) -> bool:
    """一个月工资到手五千出头, 房租七八百, 一年能攒个三四万: speech leaves out the 块 of an amount that
    a word of money (cues.json money_talk) says, in its clause just before it (or in the clause before, where
    a verb of change or level leads the amount), and nothing is counted after it (一天能卖二三十板鸡蛋: 板 counts)."""
    return _money_talked(text, start) and not _COUNTED_NEXT.match(text, end)


def _money_talked(text: str, start: int) -> bool:
    """Whether money is spoken of just before `start` (_money_talk), in a window that holds the clause before."""
    return _money_talk().search(text, max(0, start - 40), start) is not None


@cache
def _money_talk() -> re.Pattern[str]:
    # a word of money, or a price's 一 and unit right before the amount (饲料一吨三千多, 增氧机一台四千五); or a
    # word of money in the clause before and a verb of change or level right before it (房租一年七八万，去年又涨了五千)
    talk = alternation(lexicon().cues["money_talk"])
    return re.compile(f"(?:(?:{talk})[^，,；;。！？!?：:\\d]{{0,8}}|{per_one()}"
                      f"|(?:{talk})[^；;。！？!?\\d]{{0,20}}[，,][^，,；;。！？!?：:\\d]{{0,6}}?(?:{alternation(_to_the_figure())})了?)$")


@cache
def compared_level() -> re.Pattern[str]:
    """较去年同期的: what a figure is compared with, then 的 (the level that figure had then). The context
    reads it too: the comparison of the change after that level (…的5.5%下降0.4个百分点)."""
    return re.compile(f"{COMPARISON}(?:[^，,；;。\\d比较与的]|\\d{{4}}年){{1,12}}的$")  # 較2022年的: a year, no figure


@cache
def _below() -> re.Pattern[str]:
    """仍低于全国平均水平0.19个百分点: a gap below what it is compared with."""
    return re.compile(f"(?:{alternation(lexicon().cues['below_verbs'])})[^，,；;。\\d]{{1,16}}$")


@cache
def _to_the_figure() -> tuple[str, ...]:
    """What may stand between a measure's name and its figure: 达到, 同比, 缩短至, 不低于, where it is
    measured (高温日数全省平均为19.6天), and in speech a modal (加班时长能到八十多个小时)."""
    cues = lexicon().cues
    return (*cues["level_verbs"], *_adverbs_and_bounds(), *_change_verbs()[0], *cues["scopes"], *cues["spoken_modals"])


_DIGIT = re.compile(r"\d")  # the scanner's digits are decimal digits: str.isdigit() and \d agree on them


@cache
def _numeric() -> re.Pattern[str]:
    """A character that makes a number of a span: a digit, a numeral, a vague word, 十, or a word of
    approximation inside it (百余, 百多, 百来, 百把)."""
    lex = lexicon()
    return re.compile(f"[\\d{re.escape(lex.digits + lex.vague_words + ''.join(lex.approx_mid))}十]")


def _named(left: str) -> str | None:
    """The ratio's or index's name that ends the clause, before, perhaps, a verb of level (收入比为,
    基尼系数达到, 指数报)."""
    for end in _name_ends(left, _level_or_adverb()):
        named = ends_with(left, number_names(), 0, end)
        if named:
            return named
    return None


@cache
def _level_or_adverb() -> tuple[str, ...]:
    """What may stand between a ratio's or index's name and its number: 为, 达到, 回升至 (指数（NMI）回升至54.2)."""
    return (*lexicon().cues["level_verbs"], *lexicon().cues["change_adverbs"])


def _left(text: str, cand: Candidate, clause_from: int) -> str:
    """The clause before a candidate (from `clause_from`), without the figures listed before it
    (分别增长18.2%和…), nor the spaces before the candidate (增长 12.5%: text converted from PDF)."""
    return text[clause_from:list_head(text, clause_from, cand.start)].rstrip()


def _part(text: str, cand: Candidate, name: str) -> str | None:
    span = cand.groups.get(name)
    return text[span[0]:span[1]] if span else None
