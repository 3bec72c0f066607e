"""Search keys: pinyin (with polyphonic place names), folding and phone digits."""

from __future__ import annotations

from app.derived.search import customer_search_text, search_key
from app.text import fold, phone_key, pinyin_keys


def test_pinyin_keys_give_full_pinyin_and_initials() -> None:
    assert pinyin_keys("杭州云启") == ("hangzhouyunqi", "hzyq")


def test_polyphonic_characters_read_as_in_place_names() -> None:
    # 重 alone reads zhòng, 长 zhǎng, 厦 shà; in these city names they are chóng, cháng, xià.
    assert pinyin_keys("重庆")[0] == "chongqing"
    assert pinyin_keys("长沙")[0] == "changsha"
    assert pinyin_keys("厦门")[0] == "xiamen"


def test_latin_and_digits_pass_through_as_words() -> None:
    assert pinyin_keys("ABC科技2号") == ("abckeji2hao", "akj2h")


def test_fold_makes_full_width_and_case_equal() -> None:
    assert fold("ＡＢＣ公司") == fold("abc公司")


def test_phone_key_drops_country_prefix_separators_and_extension() -> None:
    assert phone_key("+86 138-0013-8000") == "13800138000"
    assert phone_key("0086 13800138000") == "13800138000"
    assert phone_key("(010) 6552-1234 转 123") == "01065521234"
    assert phone_key("") is None
    assert phone_key("n/a") is None


def test_search_text_contains_name_pinyin_and_other_values() -> None:
    text = customer_search_text("杭州云启科技", ["0571-8888"], ["Info@YunQi.cn"], ["王伟"])
    for typed in (
        "杭州云启科技",
        "hangzhouyunqikeji",
        "hzyqkj",
        "0571-8888",
        "info@yunqi.cn",
        "王伟",
        "wangwei",
    ):
        assert search_key(typed) in text
