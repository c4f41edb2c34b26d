"""Bundled TrueType fonts and per-character font fallback for reportlab.

reportlab's built-in Helvetica prints a box for anything beyond Latin-1, so every text run
goes through ``with_fallback``: each character is printed with the first bundled font that
has a glyph for it (DejaVu Sans, then Droid Sans Fallback for Chinese/Japanese/Korean, then
Noto Sans Arabic and Hebrew). Arabic and Hebrew letters go to their Noto font first (DejaVu
Sans has bare Arabic and Hebrew glyphs too, but Noto's are the ones made to be joined and
marked); those runs are shaped and put in right-to-left order by ``bidi.BidiParagraph``. All
fonts are embedded (as subsets) in the PDF.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Container
from functools import cache, cached_property

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from hfs_desktop.domain.palette import colors
from hfs_desktop.handout.font_cache import cached_ttfont
from hfs_desktop.handout.shaping import measure_shaped
from hfs_desktop.resources import resource_path

_TAG_RE = re.compile(r"(<[^>]*>)")

# Scripts printed with their own font before the chain is tried (chain key -> code point
# ranges): Hebrew (with its presentation forms) and Arabic (with its supplements and forms).
SCRIPT_FONTS: dict[str, tuple[tuple[int, int], ...]] = {
    "hebrew": ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    "arabic": (
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ),
}


def _script_font(code: int) -> str | None:
    for key, ranges in SCRIPT_FONTS.items():
        if any(low <= code <= high for low, high in ranges):
            return key
    return None


class FontSet:
    """The main family (``regular``/``bold``) and the fallback chain, loaded on first need.

    Parsing the CJK and Korean fonts takes most of a second, so a handout in Latin script never
    loads them: a fallback font is registered only when a character is missing from every
    font before it in the chain (or, for Arabic and Hebrew, when a letter of its script comes).
    """

    def __init__(self, chain: list[tuple[str, str, str]]) -> None:
        self._pending = list(chain)  # (key, regular file, bold file), in chain order
        self._order = [f"HFS-{key}" for key, _, _ in chain]
        self._loaded: list[tuple[str, Container[int]]] = []  # (font, characters it has)
        self._by_key: dict[str, tuple[str, Container[int]]] = {}
        self._cache: dict[str, str | None] = {}
        self.regular = self._load_next()
        self.bold = f"{self.regular}-Bold"
        # Fonts whose runs are shaped with HarfBuzz (their regular and bold names).
        self.shaped: set[str] = {f"HFS-{key}{cut}" for key in SCRIPT_FONTS for cut in ("", "-Bold")}

    def _load_next(self, key: str | None = None) -> str:
        index = next((i for i, p in enumerate(self._pending) if p[0] == key), 0)
        key, regular_file, bold_file = self._pending.pop(index)
        regular, bold = f"HFS-{key}", f"HFS-{key}-Bold"
        font = cached_ttfont(regular, resource_path("fonts", regular_file))
        faces = [font]
        if bold_file == regular_file:  # no bold cut (CJK, Korean): parse the file once
            bold = regular
        else:
            faces.append(cached_ttfont(bold, resource_path("fonts", bold_file)))
        for face in faces:
            if key in SCRIPT_FONTS:  # lines are broken by the width of the shaped text
                measure_shaped(face)
            pdfmetrics.registerFont(face)
        for italic in (0, 1):  # no italic files: italic prints upright, bold stays bold
            for face in (regular, bold):
                addMapping(face, 0, italic, regular)
                addMapping(face, 1, italic, bold)
        self._by_key[key] = (regular, font.face.charToGlyph.keys())
        self._loaded.append(self._by_key[key])
        self._loaded.sort(key=lambda loaded: self._order.index(loaded[0]))  # chain order
        return regular

    def _script_choice(self, code: int) -> str | None:
        key = _script_font(code)
        if key is None:
            return None
        if key not in self._by_key and any(p[0] == key for p in self._pending):
            self._load_next(key)
        name, cover = self._by_key.get(key, ("", ()))
        return name if code in cover else None

    @cached_property
    def ascii_in_regular(self) -> bool:
        """Whether the main font prints every ASCII character itself (DejaVu Sans does): then
        ASCII text, most of an English handout, needs no run splitting (7 ms an export)."""
        return all(self.font_for(chr(c)) in (None, self.regular) for c in range(32, 127))

    def font_for(self, char: str) -> str | None:
        """The first font in the chain with a glyph for ``char`` (None: no bundled font)."""
        if char in self._cache:
            return self._cache[char]
        code = ord(char)
        found = self._script_choice(code) or next(
            (name for name, cover in self._loaded if code in cover), None
        )
        while found is None and self._pending:
            name = self._load_next()
            if code in self._by_key[name.removeprefix("HFS-")][1]:
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


# Kept in the run they are in: spaces, and the zero-width (non-)joiners, which only mean
# something to the shaping of the letters around them.
_SPACE_LIKE = {"\u00a0", " ", "\t", "\u200c", "\u200d"}


def _runs(text: str, fonts: FontSet) -> str:
    """Wrap characters that the main font lacks in <font> tags; ``text`` is unescaped."""
    if text.isascii() and fonts.ascii_in_regular:
        return html.escape(text, quote=False)
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


def font_runs(text: str, main: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font, characters) runs for drawing straight on a canvas (running
    header, footer, picture labels): characters of the main family stay in ``main``, the
    others go to the first bundled font with their glyph (its bold cut when ``bold`` and there
    is one), so Chinese prints its characters, not empty boxes."""
    fonts = register_fonts()
    registered = set(pdfmetrics.getRegisteredFontNames())
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ch.isspace() and runs:
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
            continue
        font = fonts.font_for(ch) or fonts.regular
        if font == fonts.regular:
            font = main
        elif bold and f"{font}-Bold" in registered:
            font = f"{font}-Bold"
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs
