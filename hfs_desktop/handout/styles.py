"""Paragraph and table styles for one edition (normal or large print), built from data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as _rl_paragraph

from hfs_desktop.handout.fonts import FontSet, register_fonts, styles_data


@dataclass(frozen=True)
class HandoutStyles:
    """Fonts, sizes, colours and paragraph styles for one edition (normal or large)."""

    fonts: FontSet
    sizes: dict[str, float]
    colors: dict[str, colors.Color]
    body: ParagraphStyle
    body_muted: ParagraphStyle
    bullet: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle  # table cells: body size, tighter spacing
    lead_in: ParagraphStyle  # a line that introduces a list: kept with it
    term: ParagraphStyle  # glossary terms: never broken inside a word
    h1_free: ParagraphStyle  # a title before a long table (kept by a CondPageBreak instead)

    @property
    def margin_mm(self) -> float:
        return self.sizes["margin_mm"]


# reportlab's CJK line breaking keeps 。、） and friends off the start of a line (they hang in
# the margin instead), but its list misses the full-width comma, colon, semicolon, ! and ?
# that Chinese uses: added once here, so "，" and "：" never start a line either.
_NO_LINE_START = "，：；！？％〉》」』】）"
_rl_paragraph.ALL_CANNOT_START += "".join(
    c for c in _NO_LINE_START if c not in _rl_paragraph.ALL_CANNOT_START
)


def wraps_by_character(language: str) -> bool:
    """Chinese and Japanese lines break between characters (reportlab's ``wordWrap='CJK'``,
    which also keeps 。，、 and closing brackets from starting a line)."""
    return language.split("-")[0].split("_")[0] in ("zh", "ja")


def make_styles(large_print: bool, language: str = "en") -> HandoutStyles:
    data: dict[str, Any] = styles_data()
    sizes = {k: float(v) for k, v in data["large" if large_print else "normal"].items()}
    palette = {k: colors.HexColor(v) for k, v in data["colors"].items()}
    fonts = register_fonts()
    ink, accent, muted = palette["ink"], palette["accent"], palette["muted"]
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        bulletFontName=fonts.regular,  # reportlab's default is an unembedded Helvetica
        fontSize=sizes["body"],
        leading=sizes["leading"],
        textColor=ink,
        alignment=TA_LEFT,
        spaceAfter=sizes["space"],
        splitLongWords=True,
        wordWrap="CJK" if wraps_by_character(language) else None,
    )
    space = sizes["space"]

    def bold(name: str, size: str, leading: float, **extra: Any) -> ParagraphStyle:
        """A bold style on the body at ``sizes[size]`` (the title and the headings)."""
        return ParagraphStyle(
            name,
            parent=body,
            fontName=fonts.bold,
            fontSize=sizes[size],
            leading=sizes[size] * leading,
            **extra,
        )

    h1 = bold(
        "h1",
        "h1",
        1.25,
        textColor=accent,
        spaceBefore=space * 2.5,
        spaceAfter=space,
        keepWithNext=True,
    )

    def small(name: str, size: float, **extra: Any) -> ParagraphStyle:
        """Muted text at ``size`` points (small print and captions)."""
        return ParagraphStyle(
            name, parent=body, fontSize=size, leading=size * 1.35, textColor=muted, **extra
        )

    return HandoutStyles(
        fonts=fonts,
        sizes=sizes,
        colors=palette,
        body=body,
        body_muted=ParagraphStyle("muted", parent=body, textColor=muted),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=sizes["body"] * 1.4,
            bulletIndent=sizes["body"] * 0.2,
            spaceAfter=space * 0.6,
        ),
        title=bold("title", "title", 1.2, textColor=accent, spaceAfter=space * 1.5),
        h1=h1,
        h2=bold(
            "h2", "h2", 1.3, spaceBefore=space * 1.2, spaceAfter=space * 0.5, keepWithNext=True
        ),
        small=small("small", sizes["small"], spaceAfter=space * 0.5),
        label=ParagraphStyle(
            "label", parent=body, fontName=fonts.bold, spaceAfter=0, textColor=muted
        ),
        caption=small("caption", sizes["small"] + 1),
        cell=ParagraphStyle("cell", parent=body, spaceAfter=2),
        lead_in=ParagraphStyle("lead_in", parent=body, keepWithNext=True, spaceAfter=2),
        term=ParagraphStyle("term", parent=body, fontName=fonts.bold, splitLongWords=False),
        h1_free=ParagraphStyle("h1_free", parent=h1, keepWithNext=False),
    )
