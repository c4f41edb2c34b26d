"""Text measuring and wrapping without a font engine (DejaVu Sans advance widths)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from hfs_desktop.domain.scene import Shape, Text

# --- text measuring (no font engine in the domain: DejaVu Sans advance widths) -------------

# Advance widths of ASCII 32..126 in hundredths of an em, DejaVu Sans and DejaVu Sans Bold.
_W_REGULAR = (
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86,
    75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63,
    62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64,
    34, 64, 84,
)  # fmt: skip
_W_BOLD = (
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70,
    70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100,
    84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72,
    68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71,
    37, 71, 84,
)  # fmt: skip


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width in points of ``text`` set in DejaVu Sans (the handout's font).

    Exact for ASCII; other letters count as a wide Latin letter, East Asian ones as 1 em.
    """
    table = _W_BOLD if bold else _W_REGULAR
    total = 0.0
    for ch in text:
        code = ord(ch)
        if 32 <= code <= 126:
            total += table[code - 32]
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            total += 100
        elif unicodedata.combining(ch):
            continue
        else:
            total += 72 if bold else 66
    return total * size / 100.0


_NO_LINE_START = set("。，、．：；！？）」』】〉》,.:;!?)")


def _pieces(text: str) -> list[tuple[str, str]]:
    """(glue, piece) to wrap: words after a space; Chinese/Japanese one character at a time
    (no glue), a closing mark kept with the character before it."""
    out: list[tuple[str, str]] = []
    for word in text.split():
        if not any(unicodedata.east_asian_width(c) in ("W", "F") for c in word):
            out.append((" ", word))
            continue
        glue = " "
        for ch in word:
            if ch in _NO_LINE_START and out:
                prev_glue, prev = out[-1]
                out[-1] = (prev_glue, prev + ch)
            elif unicodedata.east_asian_width(ch) in ("W", "F") or glue == " " or not out:
                out.append((glue, ch))
            else:  # Latin letters or digits inside a Chinese word stay together
                prev_glue, prev = out[-1]
                if unicodedata.east_asian_width(prev[-1]) in ("W", "F"):
                    out.append(("", ch))
                else:
                    out[-1] = (prev_glue, prev + ch)
            glue = ""
    return out


def wrap_text(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap (Chinese between characters); a word longer than the line keeps a
    line to itself."""
    lines: list[str] = []
    current = ""
    for glue, word in _pieces(text):
        trial = f"{current}{glue}{word}" if current else word
        if current and text_width(trial, size, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def texts_fit(texts: Sequence[str], size: float, max_width: float, max_lines: int) -> bool:
    """Whether every text wraps into at most ``max_lines`` lines no wider than ``max_width``."""
    for text in texts:
        lines = wrap_text(text, size, max_width)
        if len(lines) > max_lines or any(text_width(ln, size) > max_width for ln in lines):
            return False
    return True


def fit_text_size(
    texts: Sequence[str],
    size: float,
    max_width: float,
    *,
    tries: Sequence[tuple[int, float]] = ((2, 0.9), (3, 0.9), (3, 0.75)),
) -> float:
    """The text size for labels that must share narrow columns: for each (max lines, smallest
    share of ``size``) in ``tries``, the largest size at which all texts fit; the last try's
    smallest size when nothing fits. Big type first, a third line before small type."""
    for max_lines, smallest in tries:
        sz = size
        while sz >= size * smallest - 1e-9:
            if texts_fit(texts, sz, max_width, max_lines):
                return sz
            sz -= size * 0.025
    return size * tries[-1][1]


def _text_lines(
    x: float,
    y: float,
    lines: Sequence[str],
    size: float,
    *,
    anchor: str = "start",
    bold: bool = False,
    fill: str = "ink",
    leading: float | None = None,
) -> list[Shape]:
    step = leading if leading is not None else size * 1.25
    return [
        Text(x, y + i * step, line, size=size, anchor=anchor, bold=bold, fill=fill)
        for i, line in enumerate(lines)
    ]
