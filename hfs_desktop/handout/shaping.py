"""HarfBuzz shaping for the Arabic and Hebrew fonts (through reportlab's uharfbuzz support).

``shape`` turns a run of one font, in logical order, into reportlab's ``ShapedStr``: the glyphs
HarfBuzz chose (Arabic letters in their joined forms, ligatures such as lam-alef, marks
placed), in display order. ``measure_shaped`` makes a font measure text as shaped, so that
reportlab breaks lines by the width the text really takes; only the Arabic and Hebrew fonts
get it, so Latin, Greek, Cyrillic and CJK text is measured (and printed) as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeFragWord
from reportlab.pdfgen.textobject import PDFTextObject

# HarfBuzz's default features (which include the Arabic joining forms) plus kerning and the
# standard ligatures; reportlab's own default also turns on discretionary ligatures (dlig),
# which print a plain typed "محمد" as a decorated, vowelled ligature.
FEATURES = {"kern": True, "liga": True}


def shape(text: str, font_name: str, font_size: float) -> ShapedStr:
    """``text`` (one font, logical order) shaped by HarfBuzz: glyphs in display order."""
    word = [0, (ABag(fontName=font_name, fontSize=font_size), text)]
    shaped: ShapedStr = shapeFragWord(word, features=FEATURES, force=True)[1][1]
    return shaped


def advance(shaped: ShapedStr, font_size: float) -> float:
    """How far shaped text moves the pen, in points."""
    return float(sum(sd.x_advance for sd in shaped.__shapeData__)) * font_size / 1000


def measure_shaped(font: TTFont) -> None:
    """Make ``font`` measure plain text by its shaped advance (cached per text and size)."""
    plain = font.stringWidth

    @lru_cache(maxsize=4096)
    def width(text: str, size: float) -> float:
        return advance(shape(text, font.fontName, size), size)

    def string_width(text: Any, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, ShapedStr) or not isinstance(text, str) or not text.strip():
            return float(plain(text, size, encoding))
        return width(str(text), size)

    font.stringWidth = string_width


_reportlab_set_rise = PDFTextObject.setRise


def _set_rise(self: PDFTextObject, rise: float) -> None:
    """reportlab's ``setRise``, safe on an empty operator list.

    reportlab (up to 5.1, pinned below 5.2) draws a shaped run with a fresh operator list and
    calls ``setRise`` for a glyph with a vertical offset before anything is in that list; its
    ``setRise`` then reads the list's last entry and raises IndexError. A vowelled Arabic word
    whose first glyph in display order is a raised mark (e.g. "التَّطْبِيقَاتُ") crashed the
    export. With an empty list there is no earlier rise to merge with, so the rise is simply
    appended, as ``setRise`` itself does in its other branch.
    """
    code: list[str] = self._code
    if code:
        _reportlab_set_rise(self, rise)
        return
    self._rise = rise
    self._y -= rise
    code.append(f"{fp_str(rise)} Ts")


PDFTextObject.setRise = _set_rise
