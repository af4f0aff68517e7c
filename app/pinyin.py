"""Pinyin search keys for customer names, computed once on write (never per keystroke)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin without tones or spaces, initials), lower case: 和泰电器 -> ("hetaidianqi", "htdq")."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: list(chars))
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in syllables if s).lower()
    return full, initials
