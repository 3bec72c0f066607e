"""Text keys for search and matching: pinyin, normalised names, phone digits."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from app.parsing.errors import ValueProblem
from app.parsing.values import parse_phone

_MAX_PHRASE = 4
_TONE_MARKS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


@cache
def _tables() -> tuple[dict[str, list[list[str]]], dict[int, str]]:
    # pypinyin's tables take ~0.4 s to load; only searches and imports need them, not start-up.
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    return PHRASES_DICT, PINYIN_DICT


@lru_cache(maxsize=65536)
def _char_syllable(char: str) -> str:
    readings = _tables()[1].get(ord(char))
    return readings.split(",", 1)[0].translate(_TONE_MARKS) if readings else char


def syllables(text: str) -> list[str]:
    """Split text into toneless pinyin syllables, reading known phrases (重庆 → chong qing) whole.

    A greedy longest match over pypinyin's phrase table gives the right reading for the
    polyphonic characters common in company names at a fraction of pypinyin's own cost.
    """
    phrases = _tables()[0]
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if not _is_han(char):
            j = i
            while j < n and not _is_han(text[j]):
                j += 1
            out.extend(part for part in re.split(r"[^0-9a-z]+", text[i:j].lower()) if part)
            i = j
            continue
        for size in range(min(_MAX_PHRASE, n - i), 1, -1):
            phrase = phrases.get(text[i : i + size])
            if phrase:
                out.extend(reading[0].translate(_TONE_MARKS) for reading in phrase)
                i += size
                break
        else:
            out.append(_char_syllable(char))
            i += 1
    return out


def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials) of text, e.g. 杭州云启 → ("hangzhouyunqi", "hzyq")."""
    parts = syllables(text)
    return "".join(parts), "".join(part[0] for part in parts)


def fold(text: str) -> str:
    """Fold width and case so 'ＡＢＣ公司' and 'abc公司' compare equal."""
    return unicodedata.normalize("NFKC", text).casefold()


def phone_key(text: str | None) -> str | None:
    """Return the digits that identify a phone number (the import's key, so both agree)."""
    try:
        phone = parse_phone(text or "")
    except ValueProblem:
        return None
    return phone.key if phone else None


def visible(text: str) -> str:
    """Show control characters as \\xNN, so stored text cannot steer the terminal it prints on."""
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)
