"""What a reader sees of a content string, and whether it is still English.

Placeholders (``{{ fact("…") }}``, ``{% if … %}``), ``{fields}`` of format strings and markup
tags are not words: the comparisons and the English-left test look past them.
"""

from __future__ import annotations

import re
from collections import Counter

JINJA = re.compile(r"\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}", re.S)
FORMAT_FIELD = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
TAG = re.compile(r"<[^>]+>")
DIGITS = re.compile(r"\d+")


def word_set(text: str) -> frozenset[str]:
    """A long list of words written as one string, so that it reads as a list of words."""
    return frozenset(text.split())


# Words that are English and not Spanish (short words such as "a", "no", "me" are both).
ENGLISH_STOP_WORDS = word_set(
    """
    the and you your yours with this that these those is are was were be been will would
    can could should have has had not for after before from what when where which who how
    people out about it its they them their there or if at by may more than some most into
    over only also very just because while does do did get gets back
    """
)


def jinja_parts(text: str) -> Counter[str]:
    """The Jinja expressions and statements of ``text``, whitespace normalised."""
    return Counter(" ".join((a or b).split()) for a, b in JINJA.findall(text))


def literal(text: str) -> str:
    """The words a reader sees: no Jinja, no {fields}, no markup tags."""
    return TAG.sub(" ", FORMAT_FIELD.sub(" ", JINJA.sub(" ", text)))


def plain(text: str) -> str:
    """Rendered markup as plain text (tags dropped, ``&amp;`` back to ``&``)."""
    return TAG.sub("", text).replace("&amp;", "&")


def is_latin_script(language: str) -> bool:
    return language.split("-")[0] not in ("zh", "ja", "ko", "ar", "he", "ru", "el", "th")


def english_left(text: str, english: str, language: str, same: frozenset[str] = frozenset()) -> str:
    """Why ``text`` looks untranslated, or "" when it does not. ``same``: words the pack
    declares are written the same in both languages (``[translation] same_as_english``)."""
    seen, ref = literal(text), literal(english)
    letters = [c for c in seen if c.isalpha()]
    if len(letters) < 4:
        return ""
    normal = " ".join(seen.lower().split())
    if normal == " ".join(ref.lower().split()) and normal not in same:
        return "same as the English"
    words = re.findall(r"[A-Za-z']+", seen)
    if is_latin_script(language):
        stop = [w for w in words if w.lower() in ENGLISH_STOP_WORDS]
        if len(stop) >= 2:
            return f"English words left: {', '.join(sorted(set(stop)))}"
        return ""
    latin = sum(len(w) for w in words if len(w) > 1)
    if len([w for w in words if len(w) > 1]) >= 3 and latin > 0.3 * len(letters):
        return f"mostly Latin letters: {' '.join(words[:8])}"
    return ""
