"""Right-to-left text in the handout: Arabic and Hebrew shaped and put in display order.

reportlab breaks a paragraph into lines in logical (typed) order and prints each line left to
right; its own bidi support needs ``rlbidi``, which is not on PyPI. ``BidiParagraph`` keeps
reportlab's line breaking and, only when a line holds right-to-left letters, rebuilds that
line just before drawing it:

1. the Unicode bidi algorithm (python-bidi's pure-Python implementation, which gives the level
   of each character, not only the reordered string, plus rule N0 for bracket pairs, which
   that implementation predates) resolves the levels over the line's text, with the
   paragraph's direction taken from its first strong letter (rules P2-P3);
2. the line is cut into pieces of one font run and one level, and the pieces are laid out in
   display order (rule L2), mirrored brackets included (L4);
3. right-to-left pieces in the Arabic and Hebrew fonts are shaped with HarfBuzz
   (``shaping.shape``): Arabic letters joined, marks placed, glyphs in display order.

Reordering per line after line breaking is what makes a long Arabic note wrap right: its first
words sit on the first line, at the right. A paragraph of several lines that starts with a
right-to-left letter is aligned right; a one-line one (a name beside its label) keeps the
alignment of its style. Lines without Arabic or Hebrew letters are printed exactly as before.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

from hfs_desktop.handout.fonts import register_fonts
from hfs_desktop.handout.shaping import advance, shape

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_OBJECT = "\ufffc"  # stands for an image or other non-text piece of a line


# Bidi_Paired_Bracket pairs (Unicode BidiBrackets.txt, the ones a note is likely to hold).
_OPEN = dict(
    zip(
        "([{\u2045\u207d\u208d\u2329\u27e8\u3008\u300c\u300e\u3010\u3014\uff08\uff3b\uff5b",
        ")]}\u2046\u207e\u208e\u232a\u27e9\u3009\u300d\u300f\u3011\u3015\uff09\uff3d\uff5d",
        strict=True,
    )
)
_CLOSE = {close: open_ for open_, close in _OPEN.items()}
_ISOLATES = ("LRI", "RLI", "FSI", "PDI")


def _strong(bidi_type: str) -> str | None:
    """The direction a resolved type counts as in rule N0 (numbers count as R)."""
    return "L" if bidi_type == "L" else "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 (Unicode 6.3), missing from python-bidi's pure-Python algorithm: a bracket pair
    takes the direction of the text inside it, so "(חדר 3)" prints as a pair, not ")…(".
    """
    for run in storage["runs"]:
        chars = storage["chars"][run["start"] : run["start"] + run["length"]]
        if not chars:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for i, char in enumerate(chars):  # BD16: pair brackets, at most 63 deep
            if char["type"] != "ON":
                continue
            if char["ch"] in _OPEN and len(stack) < 63:
                stack.append((_OPEN[char["ch"]], i))
            elif char["ch"] in _CLOSE:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == char["ch"]:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for start, end in sorted(pairs):
            inside = {_strong(c["type"]) for c in chars[start + 1 : end]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:  # only the opposite direction inside: follow the context before the pair
                before = (_strong(c["type"]) for c in reversed(chars[:start]))
                context = next((d for d in before if d), run["sor"])
                direction = context if context != embedding else embedding
            chars[start]["type"] = chars[end]["type"] = direction


def base_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong letter."""
    from bidi.algorithm import get_base_level  # imported on first need: 5 ms

    return int(get_base_level(text))


def display_levels(text: str, level: int) -> list[tuple[int, int, str]]:
    """(logical index, resolved level, character as displayed) in display order, for one line
    of a paragraph whose base level is ``level``."""
    from bidi.algorithm import (
        apply_mirroring,
        explicit_embed_and_overrides,
        get_embedding_levels,
        get_empty_storage,
        reorder_resolved_levels,
        resolve_implicit_levels,
        resolve_neutral_types,
        resolve_weak_types,
    )

    storage = get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = "LR"[level]
    get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
        if char["type"] in _ISOLATES:  # unknown to this implementation: treated as neutral
            char["type"] = char["orig"] = "ON"
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    _resolve_brackets(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    reorder_resolved_levels(storage, False)
    apply_mirroring(storage, False)
    return [(c["index"], c["level"], c["ch"]) for c in storage["chars"]]


def _is_text(frag: Any) -> bool:
    return not hasattr(frag, "cbDefn") and getattr(frag, "_fkind", 0) == 0


def _width(frag: Any) -> float:
    if not _is_text(frag):
        return 0.0
    text = frag.text
    if isinstance(text, ShapedStr):
        return advance(text, frag.fontSize)
    return float(stringWidth(text, frag.fontName, frag.fontSize))


def visual_words(words: Sequence[Any], level: int, shaped_fonts: set[str]) -> list[Any]:
    """One line's fragments (logical order) as new fragments in display order."""
    owners: list[int] = []
    parts: list[str] = []
    for k, frag in enumerate(words):
        piece = frag.text if _is_text(frag) else _OBJECT
        parts.append(piece)
        owners.extend([k] * len(piece))
    text = "".join(parts)
    out: list[Any] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not run:
            return
        frag = words[owners[run[0][0]]]
        if not _is_text(frag):
            out.append(frag)
        elif run[0][1] % 2 and frag.fontName in shaped_fonts:
            # The logical span, with what the algorithm drops (rule X9) put back: a zero-width
            # non-joiner, say, must still stop two letters from joining.
            indices = [i for i, _, _ in run]
            logical = text[min(indices) : max(indices) + 1]
            shaped = shape(logical, frag.fontName, frag.fontSize)
            out.append(frag.clone(text=shaped))
        else:
            out.append(frag.clone(text="".join(ch for _, _, ch in run)))
        run.clear()

    for item in display_levels(text, level):
        if run and (owners[item[0]] != owners[run[-1][0]] or item[1] != run[-1][1]):
            flush()
        run.append(item)
    flush()
    return out


def _as_frag_lines(bl_para: Any) -> list[Any]:
    """The lines of a paragraph broken in one style (reportlab's kind 0) as styled lines."""
    lines = []
    for extra, words in bl_para.lines:
        frag = bl_para.clone(text=" ".join(words))
        for name in ("lines", "kind"):
            frag.__dict__.pop(name, None)
        lines.append(
            FragLine(
                extraSpace=extra,
                wordCount=len(words),
                lineBreak=False,
                words=[frag],
                fontSize=bl_para.fontSize,
                ascent=bl_para.ascent,
                descent=bl_para.descent,
            )
        )
    return lines


def _line_text(words: Sequence[Any]) -> str:
    return "".join(w.text for w in words if _is_text(w))


class BidiParagraph(Paragraph):
    """A reportlab Paragraph that prints Arabic and Hebrew shaped and in right-to-left order."""

    blPara: Any  # set by reportlab's wrap(): the lines, in logical order
    style: Any
    width: float
    height: float
    # (width, style, frags, the lines wrap() made for them): reused only while all are the same
    _wrapped: tuple[float, Any, Any, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """reportlab lays most paragraphs out two to six times at the same width (to keep
        blocks together, to size table rows, then to place them); the lines depend on the
        width alone, so the same width reuses them. Pays for itself: without it the export
        budget fails (2.08x the floor; see benchmarks/README.md). Reuse only while the style,
        the text and blPara are still the ones wrapped (split() deletes blPara,
        ImageAndFlowables sets its own).
        tests/handout/test_wrap_reuse.py holds this to reportlab (pinned below 5.2)."""
        done = self._wrapped
        if (
            done is not None
            and done[0] == availWidth
            and done[1] is self.style
            and done[2] is self.frags
            and done[3] is self.__dict__.get("blPara")
        ):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        ok = width == availWidth and "blPara" in self.__dict__
        self._wrapped = (availWidth, self.style, self.frags, self.blPara) if ok else None
        return width, height

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab's name)
        bl_para: Any = self.blPara
        if bl_para.kind == 0:
            texts = [" ".join(words) for _, words in bl_para.lines]
        else:
            texts = [_line_text(line.words) for line in bl_para.lines]
        if not any(RTL_RE.search(t) for t in texts):
            super().drawPara(debug)
            return
        level = base_level("".join(texts))
        shaped_fonts = register_fonts().shaped
        lines = _as_frag_lines(bl_para) if bl_para.kind == 0 else bl_para.lines
        visual = []
        for line in lines:
            new = copy.copy(line)
            if RTL_RE.search(_line_text(line.words)):
                new.words = visual_words(line.words, level, shaped_fonts)
                old_width = sum(_width(w) for w in line.words)
                new.extraSpace = line.extraSpace + old_width - sum(_width(w) for w in new.words)
            visual.append(new)
        style: Any = self.style
        try:
            self.blPara = ParaLines(kind=1, lines=visual)
            if level == 1 and len(lines) > 1 and style.alignment == TA_LEFT:
                self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            super().drawPara(debug)
        finally:
            self.blPara, self.style = bl_para, style
