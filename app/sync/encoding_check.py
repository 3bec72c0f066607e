"""Does decoded text look like the right encoding? Simple, explainable rules, not statistics.

RepBook decodes a sheet by rule (BOM, strict UTF-8, then GB18030; see csv_source). Bytes in
another encoding can still decode — most Big5 byte pairs are valid GB18030 — and would be
stored as nonsense. Three checks, each of which a person can verify by hand:

- Read as GB18030, real Chinese text is nearly all GB2312 hanzi (the 6,763 everyday characters)
  and common punctuation. Big5 bytes read as GB18030 give private-use code points, kana, Greek
  and rare hanzi instead. When more than RARE_SHARE of the non-ASCII characters are of that
  kind and the same bytes read as Big5 give ordinary characters, the file is Big5: refused,
  naming Big5 (storing it either way round would be a guess). Without a better reading: warned.
- Read as UTF-8, text that was once UTF-8 read as GBK and saved again (鍏徃 for 公司) turns back
  into ordinary text when encoded as GB18030 and decoded as UTF-8; real Chinese almost never
  does. Likewise UTF-8 read as Latin-1/Windows-1252 (Ã¤ for ä). Warned, naming the encodings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from app.text import visible

RARE_SHARE = 0.2  # of the non-ASCII characters; everyday Chinese sheets stay far below it
MOJIBAKE_SHARE = 0.5  # of the non-ASCII runs that turn back into text
MIN_CHARACTERS = 4  # fewer non-ASCII characters are too few to judge
_RUNS = re.compile(r"[^\x00-\x7f]+")
_COMMON_PUNCTUATION = set("，。、；：？！“”‘’（）《》【】—…·￥％＃＆＊－＋＝／～　")


@dataclass(frozen=True)
class EncodingDoubt:
    """Why the text looks mis-decoded: a catalogue code, its parameters, and whether to refuse."""

    code: str
    params: dict[str, Any]
    refuse: bool


def _everyday_gb(char: str) -> bool:
    if char in _COMMON_PUNCTUATION or unicodedata.category(char).startswith("Z"):
        return True
    if not "\u4e00" <= char <= "\u9fff":
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _everyday_big5(char: str) -> bool:
    if char in _COMMON_PUNCTUATION or unicodedata.category(char).startswith("Z"):
        return True
    return "\u4e00" <= char <= "\u9fff"


def _rare_share(text: str, everyday: Any) -> tuple[float, int]:
    chars = [c for c in text if not c.isascii() and not c.isspace()]
    if not chars:
        return 0.0, 0
    return sum(not everyday(c) for c in chars) / len(chars), len(chars)


def _big5_reading(raw: bytes) -> str | None:
    # The sample may end inside a character; judge what is complete.
    for cut in range(4):
        try:
            return raw[: len(raw) - cut].decode("big5")
        except UnicodeDecodeError:
            continue
    return None


def _example(text: str) -> str:
    run = next((r for r in _RUNS.findall(text) if len(r) >= 2), "")
    return run[:8]


def gb18030_doubt(text: str, raw: bytes) -> EncodingDoubt | None:
    """Judge text decoded as GB18030 from raw: Big5 (refuse), doubtful (warn), or fine."""
    share, count = _rare_share(text, _everyday_gb)
    if count < MIN_CHARACTERS or share <= RARE_SHARE:
        return None
    percent = round(share * 100)
    big5 = _big5_reading(raw)
    if big5 is not None:
        big5_share, _ = _rare_share(big5, _everyday_big5)
        if big5_share < share / 2:
            return EncodingDoubt(
                "file.looks_like_big5",
                {"percent": percent, "sample": _example(big5), "garbled": _example(text)},
                refuse=True,
            )
    return EncodingDoubt("file.doubtful_gb18030", {"percent": percent}, refuse=False)


def _as_bytes(run: str, wrong: str) -> bytes:
    if wrong != "cp1252":
        return run.encode(wrong)
    # Windows-1252 leaves five bytes undefined (0x81 0x8D 0x8F 0x90 0x9D) and programs read them
    # as the C1 controls of Latin-1; nearly every Chinese character's UTF-8 holds one of them.
    return b"".join(c.encode("latin-1") if ord(c) < 256 else c.encode("cp1252") for c in run)


def _original(run: str, wrong: str) -> str | None:
    try:
        return _as_bytes(run, wrong).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _short_sample(run: str, wrong: str, longest: int = 24) -> tuple[str, str]:
    # The longest prefix that still turns back whole (a cut may split a character's bytes).
    for end in range(min(len(run), longest), 1, -1):
        original = _original(run[:end], wrong)
        if original:
            return run[:end], original
    return run, _original(run, wrong) or ""


def _turns_back(run: str, wrong: str) -> bool:
    original = _original(run, wrong)
    return original is not None and any(not c.isascii() for c in original)


def utf8_doubt(text: str) -> EncodingDoubt | None:
    """Judge text decoded as UTF-8: mojibake of UTF-8 once read as GBK or Latin-1 is warned."""
    runs = [run for run in _RUNS.findall(text) if len(run) >= 2]
    if sum(len(run) for run in runs) < MIN_CHARACTERS:
        return None
    for wrong, name in (("gb18030", "GBK/GB18030"), ("cp1252", "Latin-1/Windows-1252")):
        back = [run for run in runs if _turns_back(run, wrong)]
        if len(back) / len(runs) >= MOJIBAKE_SHARE:
            sample, meant = _short_sample(back[0], wrong)
            sample = visible(sample)  # a C1 control could steer the user's terminal
            return EncodingDoubt(
                "file.mojibake", {"wrong": name, "sample": sample, "meant": meant}, refuse=False
            )
    return None
