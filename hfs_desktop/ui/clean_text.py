"""Pasted text without the characters nobody can see: control and direction-override codes.

Text copied from e-mail, PDFs or other records can carry control characters and Unicode
direction overrides (U+202E turns "Anna" into a name that prints backwards after it). They
are invisible in the field, so asking the user to "retype the name" cannot work: the field
removes them itself and says how many it removed.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tab and line breaks are handled by the caller), the bidi embeddings,
# overrides and isolates, and the invisible direction marks.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]")


def clean(text: str, one_line: bool) -> tuple[str, int]:
    """``text`` without hidden characters (and, ``one_line``, with breaks as spaces), and how
    many hidden characters were removed."""
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    cleaned, removed = _HIDDEN.subn("", text)
    return cleaned, removed
