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
from collections.abc import Container
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from hfs_desktop.domain.palette import colors
from hfs_desktop.handout.font_cache import cached_ttfont
from hfs_desktop.resources import resource_path

_TAG_RE = re.compile(r"(<[^>]*>)")


class FontSet:
    """The main family (``regular``/``bold``) and the fallback chain, loaded on first need.

    Parsing the CJK and Korean fonts takes most of a second, so a handout in Latin script never
    loads them: a fallback font is registered only when a character is missing from every
    font before it in the chain.
    """

    def __init__(self, chain: list[tuple[str, str, str]]) -> None:
        self._pending = list(chain)  # (key, regular file, bold file), in chain order
        self._loaded: list[tuple[str, Container[int]]] = []  # (font, characters it has)
        self._cache: dict[str, str | None] = {}
        self.regular = self._load_next()
        self.bold = f"{self.regular}-Bold"

    def _load_next(self) -> str:
        key, regular_file, bold_file = self._pending.pop(0)
        regular, bold = f"HFS-{key}", f"HFS-{key}-Bold"
        font = cached_ttfont(regular, resource_path("fonts", regular_file))
        pdfmetrics.registerFont(font)
        if bold_file == regular_file:  # no bold cut (CJK, Korean): parse the file once
            bold = regular
        else:
            pdfmetrics.registerFont(cached_ttfont(bold, resource_path("fonts", bold_file)))
        for italic in (0, 1):  # no italic files: italic prints upright, bold stays bold
            for face in (regular, bold):
                addMapping(face, 0, italic, regular)
                addMapping(face, 1, italic, bold)
        self._loaded.append((regular, font.face.charToGlyph.keys()))
        return regular

    def font_for(self, char: str) -> str | None:
        """The first font in the chain with a glyph for ``char`` (None: no bundled font)."""
        if char in self._cache:
            return self._cache[char]
        code = ord(char)
        found = next((name for name, cover in self._loaded if code in cover), None)
        while found is None and self._pending:
            name = self._load_next()
            if code in self._loaded[-1][1]:
                found = name
        self._cache[char] = found
        return found


@cache
def styles_data() -> dict[str, object]:
    """resources/styles/handout.toml, with ``colors`` from the one palette (palette.toml)."""
    with resource_path("styles", "handout.toml").open("rb") as fh:
        data: dict[str, object] = tomllib.load(fh)
    data["colors"] = colors()
    return data


@cache
def register_fonts() -> FontSet:
    """Register the main font with reportlab once per process; fallbacks follow on demand."""
    fonts = styles_data()["fonts"]
    assert isinstance(fonts, dict)
    chain = [(key, *fonts[key]) for key in fonts["chain"]]
    return FontSet(chain)


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
