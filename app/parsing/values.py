"""Parse the text of foreign CSV/XLSX cells into typed values, or say in two languages why not.

Every ``parse_*`` function returns None for a blank cell ("", "-", "N/A", "无" …) and raises
``ValueProblem`` for text that cannot be the value asked for. They are called once per cell on
files of a million rows, so the common case (plain ASCII) takes a precompiled fast path and
repeated values come from a small cache. Dates live in app.parsing.dates and the shared cell
helpers in app.parsing.cells; both are re-exported here, so callers import every parser from here.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from app.parsing.cells import BLANKS, CACHE_SIZE, clean_text, is_blank
from app.parsing.dates import infer_day_first, parse_date, parse_datetime, parse_time_of_day
from app.parsing.errors import ValueProblem

__all__ = [
    "BLANKS", "CACHE_SIZE", "CENT", "MAX_DIGITS", "ONE", "Phone", "clean_text", "match_key",
    "infer_day_first", "is_blank", "neutralise_formula", "normalise_company_name", "parse_amount",
    "parse_date", "parse_datetime", "parse_email", "parse_money", "parse_percent", "parse_phone",
    "parse_time_of_day", "parse_unit", "restore_formula",
]  # fmt: skip

CENT = Decimal("0.01")
ONE = Decimal(1)
# Integer cents in SQLite top out near 9.2e16 yuan; nothing real comes close to 10**15.
MAX_DIGITS = 15

# Traditional → simplified for the characters of our header and value vocabulary, so one
# synonym list serves files saved in Taiwan or Hong Kong (客戶名稱 → 客户名称).
_T2S_PAIRS = (
    "戶户稱称單单業业號号碼码聯联係系繫系絡络電电話话機机郵邮網网額额約约訂订階阶負负責责銷销屬属"
    "經经區区來来規规員员數数營营務务點点應应備备註注級级職职決决採采購购預预計计結结狀状態态會会"
    "贏赢輸输丟丢敗败產产價价實实際际時时間间內内饋馈驟骤創创簽签門门關关鍵键題题標标幣币種种類类"
    "別别總总貨货賬账帳账線线報报進进蹤踪錄录紀纪歷历與与細细詳详團团訪访議议覽览動动訊讯發发開开"
    "達达專专項项歸归導导資资溝沟談谈審审確确認认見见現现場场優优勢势個个領领維维護护餘余補补還还"
    "統统編编廠厂匯汇體体東东華华廣广雲云啟启啓启樣样長长層层買买賣卖續续轉转換换問问試试驗验證证"
    "齡龄歲岁頭头銜衔崗岗書书處处縣县鎮镇鄉乡樓楼設设獲获運运復复盤盘簡简稅税據据佈布儲储"
)
_T2S = str.maketrans(dict(zip(_T2S_PAIRS[0::2], _T2S_PAIRS[1::2], strict=True)))
_NON_WORD = re.compile(r"[\W_]+")


def match_key(text: str) -> str:
    """Reduce text to a comparison key: NFKC, case-folded, simplified, letters and digits only."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold().translate(_T2S))


# ---------------------------------------------------------------------------------------- money

_CURRENCIES = {
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "人民币": "CNY", "元": "CNY", "块": "CNY", "圆": "CNY",
    "$": "USD", "us$": "USD", "usd": "USD", "美元": "USD", "美金": "USD",
    "€": "EUR", "eur": "EUR", "欧元": "EUR",
    "hk$": "HKD", "hkd": "HKD", "港币": "HKD", "港元": "HKD",
    "£": "GBP", "gbp": "GBP", "英镑": "GBP", "jpy": "JPY", "日元": "JPY", "s$": "SGD", "sgd": "SGD",
    "nt$": "TWD", "twd": "TWD", "新台币": "TWD",
    "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "chf": "CHF", "krw": "KRW", "韩元": "KRW", "mop": "MOP",
}  # fmt: skip
_SCALES = {
    "k": 1000,
    "千": 1000,
    "w": 10**4,
    "万": 10**4,
    "m": 10**6,
    "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
}
_CUR = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_MONEY = re.compile(
    rf"(?P<neg>-)?\s*(?P<pre>[^\d\s-]*?)\s*(?P<neg2>-)?\s*(?P<num>\d[\d,.]*)\s*"
    rf"(?P<scale>{_SCALE})?\s*(?P<post>[^\d\s]*?)\s*整?"
)
_UNIT = re.compile(rf"(?:单位:?)?\s*(?P<pre>{_CUR})?\s*(?P<scale>{_SCALE})?\s*(?P<post>{_CUR})?")
_GROUP_SPACE = re.compile(r"(?<=\d)[\s'](?=\d{3}(?!\d))")
# 12,800.50 as written in China and the US; 1,2800 grouped by 万 as some Chinese sheets do;
# failing those, 12.800,50 or € 12,5 as in a European sheet.
_POINT_DECIMAL = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?")
_WAN_GROUPED = re.compile(r"\d{1,4}(?:,\d{4})+(?:\.\d*)?")
_COMMA_DECIMAL = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d*)?")
_COMMA_CURRENCIES = frozenset({"EUR"})  # written with a decimal comma where they are used


def _bad_amount(text: str) -> ValueProblem:
    return ValueProblem("value.not_amount", text=text)


def _number(num: str, text: str, comma_decimal: bool) -> Decimal:
    if _POINT_DECIMAL.fullmatch(num) or _WAN_GROUPED.fullmatch(num):
        return Decimal(num.replace(",", ""))
    if _COMMA_DECIMAL.fullmatch(num):
        # In a yuan sheet 12,80 may be 1280 mistyped as well as 12.80: said, not guessed.
        if comma_decimal or _DOT_GROUPED.fullmatch(num):
            return Decimal(num.replace(".", "").replace(",", "."))
        raise ValueProblem("value.unclear_comma", text=text)
    raise _bad_amount(text)


def _finish(value: Decimal, text: str, non_negative: bool) -> Decimal:
    if value and value.adjusted() >= MAX_DIGITS:
        raise ValueProblem("value.amount_too_large", text=text)
    if non_negative and value < 0:
        raise ValueProblem("value.amount_negative", text=text)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(
    text: str, *, multiplier: Decimal = ONE, non_negative: bool = False
) -> tuple[Decimal, str | None] | None:
    """Parse an amount (¥12,800.00, 1.2万, USD 5k, (1,200)) into (amount to the cent, currency)."""
    if text.isascii():
        whole, _, cents = text.partition(".")
        if (
            whole.isdigit()
            and len(whole) <= 15
            and len(cents) <= 2
            and (cents.isdigit() or not cents)
        ):
            value = Decimal(f"{whole}.{cents:0<2}")
            return (value if multiplier == ONE else _finish(value * multiplier, text, False)), None
        if _POINT_DECIMAL.fullmatch(text):  # 12,800.50: Excel saves numbers as displayed
            return _finish(Decimal(text.replace(",", "")) * multiplier, text, False), None
    return _money(text, multiplier, non_negative)


# Columns of a big file repeat the same amounts; remember the answers.
@lru_cache(maxsize=CACHE_SIZE)
def _money(text: str, multiplier: Decimal, non_negative: bool) -> tuple[Decimal, str | None] | None:
    s = clean_text(text)
    if s in BLANKS:
        return None
    body = s.replace("−", "-").lower()
    if " " in body or "'" in body:
        body = _GROUP_SPACE.sub("", body)  # 12 800 or 1'234 grouping
    negative = body.startswith("(") and body.endswith(")")
    if negative:
        body = body[1:-1].strip()
    m = _MONEY.fullmatch(body)
    if m is None:
        raise _bad_amount(s)
    pre, post = _CURRENCIES.get(m["pre"]), _CURRENCIES.get(m["post"])
    if (m["pre"] and not pre) or (m["post"] and not post):
        raise _bad_amount(s)
    if pre and post and pre != post:
        raise ValueProblem("value.two_currencies", text=s)
    value = _number(m["num"], s, bool({pre, post} & _COMMA_CURRENCIES))
    if m["scale"]:
        value *= _SCALES[m["scale"]]
    if multiplier != ONE:
        value *= multiplier
    if (negative or m["neg"] or m["neg2"]) and value:
        value = -value
    return _finish(value, s, non_negative), pre or post


def parse_amount(
    text: str, *, multiplier: Decimal = ONE, non_negative: bool = False
) -> Decimal | None:
    """Parse an amount like parse_money, dropping any currency it names."""
    money = parse_money(text, multiplier=multiplier, non_negative=non_negative)
    return None if money is None else money[0]


def parse_unit(text: str) -> tuple[Decimal, str | None] | None:
    """Read a column unit such as 万元, 元, USD or 千美元 into (multiplier, currency), else None."""
    m = _UNIT.fullmatch(clean_text(text).lower())
    if m is None or not (m["pre"] or m["scale"] or m["post"]):
        return None
    scale = _SCALES.get(m["scale"] or "")
    return (Decimal(scale) if scale else ONE), _CURRENCIES.get(m["pre"] or m["post"] or "")


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def parse_percent(text: str) -> Decimal | None:
    """Parse a probability as a percentage 0–100: "40%", "40" and Excel's "0.4" all give 40."""
    s = clean_text(text)
    if s in BLANKS:
        return None
    has_sign = s.endswith("%")
    digits = s[:-1].strip() if has_sign else s
    if not _PLAIN_NUMBER.fullmatch(digits):
        raise ValueProblem("value.not_percentage", text=s)
    value = Decimal(digits)
    # Excel keeps a cell shown as 40% as 0.4, so a bare number up to 1 is a fraction.
    if not has_sign and value <= 1:
        value *= 100
    if not 0 <= value <= 100:
        raise ValueProblem("value.percentage_range", text=s)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------- phones


class Phone(NamedTuple):
    """A phone number as shown to people and as a key for matching records."""

    display: str  # what the user wrote, tidied; Chinese mobiles as "138 0013 8000"
    key: str  # digits only, domestic form for China (+86/0086/86 dropped), no extension
    extension: str | None
    extra: tuple[str, ...] = ()  # further numbers listed in the same cell, as written


_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*([0-9]{1,6})$", re.IGNORECASE)
_PHONE_BODY = re.compile(r"\+?[0-9 \t\-()./]+")
_PHONE_PUNCTUATION = str.maketrans("", "", " \t-()./+")
_PHONE_SPLIT = re.compile(r"\s*[,;、/\n]\s*")
_CN_MOBILE = re.compile(r"1[3-9][0-9]{9}")


def _not_a_phone(text: str) -> ValueProblem:
    return ValueProblem("value.not_phone", text=text)


_MOBILE_HEAD = re.compile(r"1[3-9]")


def _check_mobile_length(key: str, text: str) -> None:
    # A Chinese number starting 13–19 is a mobile, 11 digits long; 9 to 12 digits is one with a
    # digit missing or one too many (service numbers such as 10086 or 95588 start otherwise).
    if 9 <= len(key) <= 12 and len(key) != 11 and _MOBILE_HEAD.match(key):
        raise ValueProblem("value.mobile_digits", text=text, count=len(key))


def _one_phone(text: str) -> Phone:
    # Cheap substring tests first: the extension regex is the slowest step on plain numbers.
    marked = "转" in text or "分机" in text or "#" in text or "x" in text.lower()
    ext = _EXTENSION.search(text) if marked else None
    body = text[: ext.start()] if ext else text
    if not _PHONE_BODY.fullmatch(body):
        raise _not_a_phone(text)
    digits = body.translate(_PHONE_PUNCTUATION)
    international = body.startswith("+") or digits.startswith("00")
    if digits.startswith("00"):
        digits = digits[2:]
    key = digits
    chinese = not international or digits.startswith("86")
    if international and chinese:
        key = digits[2:]
        _check_mobile_length(key, text)
        # Chinese landlines are dialled with a trunk 0 at home (+86 10 … → 010 …).
        if not (_CN_MOBILE.fullmatch(key) or key.startswith("0")):
            key = "0" + key
    elif len(digits) == 13 and digits.startswith("86") and _CN_MOBILE.fullmatch(digits[2:]):
        key = digits[2:]
    if not 5 <= len(key) <= 15:
        raise _not_a_phone(text)
    if chinese and not international:
        _check_mobile_length(key, text)
    if chinese and ext is None and _CN_MOBILE.fullmatch(key):
        return Phone(f"{key[:3]} {key[3:7]} {key[7:]}", key, None)
    return Phone(" ".join(text.split()), key, ext[1] if ext else None)


def parse_phone(text: str) -> Phone | None:
    """Parse a phone cell (+86 138 0013 8000, (010) 6552-1234 转 123); more numbers go to extra."""
    if len(text) == 11 and text.isascii() and _CN_MOBILE.fullmatch(text):
        return Phone(f"{text[:3]} {text[3:7]} {text[7:]}", text, None)
    s = clean_text(text)
    if s in BLANKS:
        return None
    parts = [p for p in _PHONE_SPLIT.split(s) if p] or [s]
    if len(parts) == 1:
        return _one_phone(parts[0])
    try:
        first, *rest = [_one_phone(p) for p in parts]
    except ValueProblem:
        return _one_phone(s)  # a separator inside one number, as in 010/6552 1234
    return Phone(first.display, first.key, first.extension, tuple(p.display for p in rest))


# ------------------------------------------------------------------------------ emails and names

_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s.<>,;]+(?:\.[^@\s.<>,;]+)+")
_ANGLED = re.compile(r"<([^<>]+)>")
_EMAIL_SPLIT = re.compile(r"[\s,;/、]+")


def parse_email(text: str) -> str | None:
    """Lower-case and lightly validate an e-mail cell; of several addresses, keep the first."""
    s = clean_text(text).lower()
    if s in BLANKS:
        return None
    if m := _ANGLED.search(s):
        s = m[1]  # "张三 <zhang@example.com>" as mail clients export it
    s = s.removeprefix("mailto:")
    first = _EMAIL_SPLIT.split(s.strip())[0]
    if not _EMAIL.fullmatch(first):
        raise ValueProblem("value.not_email", text=text.strip())
    return first


_LEGAL_WORDS = frozenset({
    "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "company", "llc",
    "gmbh", "plc", "ag", "sa", "pte", "pty", "bv",
})  # fmt: skip
_LEGAL_ZH = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司")  # longest first


def normalise_company_name(text: str) -> str:
    """Return the matching key of a company name, so 杭州云启科技有限公司 and 杭州云启科技 meet.

    Rule: NFKC (full-width brackets and letters to ASCII), case-folded, traditional characters of
    our vocabulary simplified; trailing English legal words (Co., Ltd., Inc., LLC, GmbH, …)
    dropped; then only letters and digits kept; then the longest trailing Chinese legal form
    dropped (股份有限公司, 有限责任公司, 有限公司, 股份公司, 公司) unless nothing would be
    left or it belongs to a branch (…分公司). 集团 stays: a group and its subsidiary are
    different customers.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_T2S)
    words = _NON_WORD.sub(" ", folded).split()
    while len(words) > 1 and words[-1] in _LEGAL_WORDS:
        words.pop()
    key = "".join(words)
    suffix = next((s for s in _LEGAL_ZH if key.endswith(s)), "")
    stem = key[: len(key) - len(suffix)]
    branch = suffix == "公司" and stem.endswith("分")
    return stem if stem and not branch else key


# ------------------------------------------------------------------------------------- formulas

_FORMULA_START = frozenset("=+-@\t\r'")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")


def _needs_quote(text: str) -> bool:
    # A leading quote is escaped too, so that restore_formula can undo exactly what we added.
    return text[:1] in _FORMULA_START and not _NUMBER.fullmatch(text)


def neutralise_formula(text: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with ' (plain numbers like -12.5 stay)."""
    return "'" + text if _needs_quote(text) else text


def restore_formula(text: str) -> str:
    """Undo neutralise_formula exactly, for re-importing RepBook's own export bundles."""
    return text[1:] if text[:1] == "'" and _needs_quote(text[1:]) else text
