"""Bundled TrueType fonts and per-character font fallback for reportlab.

reportlab's built-in Helvetica prints a box for anything beyond Latin-1, so every text run
goes through ``with_fallback``: each character is printed with the first bundled font that
has a glyph for it (DejaVu Sans, then Droid Sans Fallback for Chinese/Japanese/Korean, then
Noto Sans Arabic and Hebrew). All fonts are embedded (as subsets) in the PDF.
"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass
from functools import cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hfs_desktop.resources import resource_path

_TAG_RE = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True)
class FontSet:
    """Registered font names: ``regular``/``bold`` are the main family, ``chain`` the fallbacks."""

    regular: str
    bold: str
    chain: tuple[tuple[str, frozenset[int]], ...]  # (font name, code points it covers)

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        for name, cover in self.chain:
            if code in cover:
                return name
        return None


@cache
def styles_data() -> dict[str, object]:
    with resource_path("styles", "handout.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def register_fonts() -> FontSet:
    """Register the bundled fonts with reportlab once per process."""
    fonts = styles_data()["fonts"]
    assert isinstance(fonts, dict)
    chain: list[tuple[str, frozenset[int]]] = []
    for key in fonts["chain"]:
        regular_file, bold_file = fonts[key]
        regular, bold = f"HFS-{key}", f"HFS-{key}-Bold"
        reg_font = TTFont(regular, str(resource_path("fonts", regular_file)))
        pdfmetrics.registerFont(reg_font)
        pdfmetrics.registerFont(TTFont(bold, str(resource_path("fonts", bold_file))))
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
        addMapping(bold, 0, 0, regular)
        addMapping(bold, 1, 0, bold)
        addMapping(bold, 0, 1, regular)
        addMapping(bold, 1, 1, bold)
        chain.append((regular, frozenset(reg_font.face.charToGlyph)))
    main = chain[0][0]
    # reportlab graphics start every Drawing with this font; keep it one we embed.
    STATE_DEFAULTS["fontName"] = main
    return FontSet(regular=main, bold=f"{main}-Bold", chain=tuple(chain))


_SPACE_LIKE = {"\u00a0", " ", "\t"}


def _runs(text: str, fonts: FontSet) -> str:
    """Wrap characters that the main font lacks in <font> tags; ``text`` is unescaped."""
    out: list[str] = []
    current: str | None = None
    buf: list[str] = []

    def flush() -> None:
        if not buf:
            return
        chunk = html.escape("".join(buf), quote=False)
        if current is None or current == fonts.regular:
            out.append(chunk)
        else:
            out.append(f'<font name="{current}">{chunk}</font>')
        buf.clear()

    for ch in text:
        # Spaces and combining marks stay in the run they belong to.
        font = current if ch in _SPACE_LIKE and current else fonts.font_for(ch) or fonts.regular
        if font != current:
            flush()
            current = font
        buf.append(ch)
    flush()
    return "".join(out)


def with_fallback(markup: str, fonts: FontSet | None = None) -> str:
    """Add per-character font runs to reportlab paragraph markup (tags are kept as they are)."""
    fonts = fonts or register_fonts()
    parts = _TAG_RE.split(markup)
    for i in range(0, len(parts), 2):  # even items are text between tags
        if parts[i]:
            parts[i] = _runs(html.unescape(parts[i]), fonts)
    return "".join(parts)
