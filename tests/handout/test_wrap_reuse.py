"""The two speed-ups the export budget needs (benchmarks/README.md), held to what they rely on.

``BidiParagraph.wrap`` reuses a paragraph's lines when reportlab lays it out again at the same
width; that relies on reportlab's ``Paragraph.wrap`` setting ``width``, ``height`` and
``blPara`` from the width alone. ``fonts._runs`` skips run splitting for ASCII text when the
main font has every ASCII glyph. If reportlab (pinned below 5.2) or the fonts change, these
tests fail before a handout prints differently.
"""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from hfs_desktop.domain.session import Patient
from hfs_desktop.handout import fonts
from hfs_desktop.handout.bidi import BidiParagraph
from hfs_desktop.handout.render import render_handout
from hfs_desktop.handout.styles import make_styles
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

EXAMPLE = "considering-second-surgery.json"


def _lines(p: Paragraph) -> list[object]:
    bl = p.blPara
    if bl.kind == 0:
        return [(round(extra, 6), list(words)) for extra, words in bl.lines]
    return [(round(line.extraSpace, 6), [w.text for w in line.words]) for line in bl.lines]


def _renders() -> dict[str, bytes]:
    session = load_session(resource_path("examples") / EXAMPLE)
    arabic = dataclasses.replace(
        session, patient=Patient(name="ليلى حداد Layla", affected_side="left")
    )
    return {
        "en large": render_handout(session, large_print=True, deterministic=True).pdf,
        "es + en": render_handout(
            session, language="es", second_language="en", deterministic=True
        ).pdf,
        "zh-Hans": render_handout(session, language="zh-Hans", deterministic=True).pdf,
        "arabic name": render_handout(arabic, deterministic=True).pdf,
    }


def test_reuse_prints_the_same_bytes_as_reportlab_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = _renders()
    with monkeypatch.context() as m:
        m.setattr(BidiParagraph, "wrap", Paragraph.wrap)
        m.setitem(fonts.register_fonts().__dict__, "ascii_in_regular", False)
        slow = _renders()
    for name in fast:
        assert fast[name] == slow[name], f"{name}: the reused wrap or the ASCII path differs"


def test_reportlab_wraps_by_width_alone() -> None:
    """Wrapping at another width and back gives the lines a fresh paragraph gets."""
    st = make_styles(False)
    text = "Twitching may come back for a short while after a few quiet days. " * 4
    fresh, moved = BidiParagraph(text, st.body), BidiParagraph(text, st.body)
    fresh.wrap(300, 800)
    moved.wrap(300, 800)
    moved.wrap(180, 800)
    assert _lines(moved) != _lines(fresh)  # the narrow width did break differently
    assert moved.wrap(300, 800) == (fresh.width, fresh.height)
    assert _lines(moved) == _lines(fresh)


def test_a_paragraph_is_broken_into_lines_once_per_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without reuse reportlab broke 913 paragraphs' lines for 373 paragraphs (2.4 each)."""
    calls: dict[int, int] = {}
    original = Paragraph.breakLines

    def counting(self: Paragraph, widths: list[float]) -> object:
        key = id(self)
        calls[key] = calls.get(key, 0) + 1
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    session = load_session(resource_path("examples") / EXAMPLE)
    render_handout(session, large_print=True, deterministic=True)
    assert sum(calls.values()) <= len(calls) * 1.1


def test_a_new_style_breaks_the_lines_again() -> None:
    """Nothing in reportlab 5.1 restyles a laid-out paragraph, but if anything did, the
    lines must follow the new style rather than the reused ones."""
    st = make_styles(False)
    p = BidiParagraph("Twitching may come back for a short while. " * 6, st.body)
    p.wrap(300, 800)
    before = len(p.blPara.lines)
    p.style = ParagraphStyle("indented", parent=st.body, leftIndent=120)  # a narrower column
    p.wrap(300, 800)
    assert len(p.blPara.lines) > before


def test_split_paragraphs_wrap_again() -> None:
    """split() deletes blPara when nothing fits; the next wrap must break lines again."""
    st = make_styles(False)
    p = BidiParagraph("A line that wraps. " * 30, st.body)
    p.wrap(200, 800)
    assert p.split(200, 1) == []  # no room: reportlab drops its lines
    assert "blPara" not in p.__dict__
    p.wrap(200, 800)
    assert p.blPara.lines


def test_ascii_needs_no_fallback_font() -> None:
    fontset = fonts.register_fonts()
    assert fontset.ascii_in_regular
    text = "Call 999 <at once> & don't wait: 100% of {these}."
    fast = fonts._runs(text, fontset)
    fontset.__dict__["ascii_in_regular"] = False
    try:
        assert fonts._runs(text, fontset) == fast
    finally:
        fontset.__dict__["ascii_in_regular"] = True
