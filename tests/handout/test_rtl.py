"""Arabic and Hebrew in the handout: joined, in display order, on the right lines; text layer.

The PDF is read back operator by operator: each string drawn is decoded through its font's
ToUnicode map, so a test sees the characters in the order they are painted, left to right.
Arabic is checked glyph by glyph against HarfBuzz run directly on the bundled Noto Sans
Arabic; Hebrew and mixed lines against python-bidi's display order (its Rust implementation,
not the pure-Python one the handout uses).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from unicodedata import bidirectional

import pytest
import uharfbuzz
from bidi import get_display
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from hfs_desktop.domain.session import Clinic, Patient, Session
from hfs_desktop.handout.bidi import (
    BidiParagraph,
    _as_frag_lines,
    _width,
    display_levels,
    visual_words,
)
from hfs_desktop.handout.fonts import register_fonts, with_fallback
from hfs_desktop.handout.render import render_handout
from hfs_desktop.resources import resource_path

NAME_AR = "محمد"
DOCTOR = f"Dr. {NAME_AR} Ali"
NAME_HE = "דוד כהן 2024"
MIXED_AR = "Can I drive after the operation (سيارة 3 أيام)?"
NOTE_AR = (
    "تم التخطيط للعملية الجراحية في بداية العام المقبل. يرغب المريض في أن يأتي ابنه معه إلى"
    " زيارة ما قبل العملية. أحضر قائمة الأدوية التي تتناولها الآن. اتصل بالعيادة إذا زادت"
    " الرعشة أو ظهرت أعراض جديدة. سنراك مرة أخرى بعد ثلاثة أشهر لمراجعة النتائج معا."
)


@dataclass
class Run:
    font: str  # BaseFont without the subset tag, e.g. "NotoSansArabic-Regular"
    text: str  # the characters drawn, decoded through ToUnicode, in painting order
    line: tuple[int, float]  # (text block, baseline y in the block): one printed line


def _to_unicode(font: object) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")  # type: ignore[index]
    table: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, start in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(int(start, 16) + i)
    return table


def _raw(part: object) -> bytes:
    """A string operand's bytes (pypdf decodes some as text, some as bytes); numbers: none."""
    if isinstance(part, bytes):
        return bytes(part)
    get = getattr(part, "get_original_bytes", None)
    return bytes(get()) if isinstance(part, str) and get else b""


def runs(pdf: bytes) -> list[Run]:
    reader = PdfReader(io.BytesIO(pdf))
    out: list[Run] = []
    block = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        maps = {name: _to_unicode(f.get_object()) for name, f in fonts.items()}
        names = {n: str(f.get_object()["/BaseFont"]).split("+", 1)[1] for n, f in fonts.items()}
        current, y, leading = "", 0.0, 0.0
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"BT":
                block += 1
            elif op == b"Tf":
                current = operands[0]
            elif op == b"Tm":
                y = float(operands[5])
            elif op == b"Td":
                y += float(operands[1])
            elif op == b"TL":
                leading = float(operands[0])
            elif op == b"T*":
                y -= leading
            elif op in (b"Tj", b"TJ"):
                parts = operands[0] if op == b"TJ" else [operands[0]]
                raw = b"".join(_raw(p) for p in parts)
                text = "".join(maps[current].get(b, "\ufffd") for b in raw)
                out.append(Run(names[current], text, (block, round(y, 1))))
    return out


def hb_glyphs(text: str, font_file: str = "NotoSansArabic-Regular.ttf") -> list[int]:
    """Glyph ids HarfBuzz gives ``text`` in the bundled font, in display order."""
    blob = uharfbuzz.Blob(resource_path("fonts", font_file).read_bytes())
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    return [info.codepoint for info in buf.glyph_infos]


def pdf_glyphs(text: str, font_name: str = "HFS-arabic") -> list[int]:
    """The glyph ids behind characters read from the PDF (via the printing font's own map)."""
    char_to_glyph = pdfmetrics.getFont(font_name).face.charToGlyph
    return [char_to_glyph[ord(c)] for c in text]


def session(**kw: object) -> Session:
    base: dict[str, object] = dict(
        patient=Patient(name=NAME_AR, preferred_name=NAME_AR, affected_side="left"),
        visit_date=dt.date(2026, 11, 21),
        stage="before_surgery",
        clinician=DOCTOR,
        clinic=Clinic(name="Riverside Clinic", phone="0161 555 0142"),
        notes=NOTE_AR,
        questions=[NAME_HE, "Room (חדר 3 ב) today", MIXED_AR],
    )
    base.update(kw)
    return Session(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_handout(session(), deterministic=True).pdf


@pytest.fixture(scope="module")
def drawn(pdf: bytes) -> list[Run]:
    return runs(pdf)


def lines(drawn: list[Run]) -> dict[tuple[int, float], str]:
    """The text painted on each line (runs in painting order)."""
    out: dict[tuple[int, float], str] = {}
    for run in drawn:
        out[run.line] = out.get(run.line, "") + run.text
    return out


def test_arabic_and_hebrew_letters_print_in_their_noto_fonts() -> None:
    markup = with_fallback(f"{DOCTOR} {NAME_HE}")
    fonts = register_fonts()
    assert f'<font name="HFS-arabic">{NAME_AR} </font>' in markup
    assert '<font name="HFS-hebrew">דוד כהן </font>' in markup
    assert fonts.font_for("A") == fonts.regular


def test_the_check_can_fail() -> None:
    # Joined glyphs differ from the letters' own (isolated) glyphs and from their reverse:
    # a PDF with unjoined or logical-order Arabic fails the tests below.
    shaped = hb_glyphs(NAME_AR)
    char_to_glyph = register_fonts() and pdfmetrics.getFont("HFS-arabic").face.charToGlyph
    isolated = [char_to_glyph[ord(c)] for c in NAME_AR]
    assert shaped != isolated and shaped != isolated[::-1]


def test_arabic_name_prints_joined_in_display_order(drawn: list[Run]) -> None:
    def is_name(text: str) -> bool:  # the name's letters, in any order or form
        return sorted(unicodedata.normalize("NFKC", text)) == sorted(NAME_AR)

    arabic = [r for r in drawn if r.font == "NotoSansArabic-Regular" and is_name(r.text)]
    assert len(arabic) >= 2, "the name (title block) and the clinician's line"
    expected = hb_glyphs(NAME_AR)
    assert all(pdf_glyphs(r.text) == expected for r in arabic)


def test_mixed_line_keeps_latin_left_and_arabic_joined_between(drawn: list[Run]) -> None:
    i = next(i for i, run in enumerate(drawn) if run.text.startswith("Dr. "))
    line = [run for run in drawn[i:] if run.line == drawn[i].line]
    assert line[0].text == "Dr. " and line[0].font == "DejaVuSans"
    assert line[1].font == "NotoSansArabic-Regular"
    assert pdf_glyphs(line[1].text) == hb_glyphs(NAME_AR)
    assert "".join(run.text for run in line[2:]) == " Ali"


@pytest.mark.parametrize("typed", [NAME_HE, "Room (חדר 3 ב) today"])
def test_hebrew_lines_print_in_display_order(drawn: list[Run], typed: str) -> None:
    # Hebrew letters take no joining, so the painted characters are the letters themselves.
    assert get_display(typed) in lines(drawn).values()


def test_arabic_with_a_number_in_brackets_inside_an_english_question(drawn: list[Run]) -> None:
    # Joined letters read back through NFKC are the typed letters, still in display order:
    # the whole line must be python-bidi's display order ("(أيام 3 سيارة)" reversed as a run).
    shown = [unicodedata.normalize("NFKC", text) for text in lines(drawn).values()]
    assert get_display(MIXED_AR) in shown
    assert MIXED_AR not in shown


def test_hebrew_name_is_not_printed_in_typed_order(drawn: list[Run]) -> None:
    assert NAME_HE not in lines(drawn).values() and get_display(NAME_HE) != NAME_HE


def test_long_arabic_note_wraps_with_its_first_words_on_the_top_line(drawn: list[Run]) -> None:
    note_block = next(r.line[0] for r in drawn if "ﻢﺗ" in r.text)  # "تم", the first word
    by_line: dict[float, list[Run]] = {}
    for run in drawn:
        if run.line[0] == note_block and run.font == "NotoSansArabic-Regular" and run.text:
            by_line.setdefault(run.line[1], []).append(run)
    assert len(by_line) >= 3, "the note wraps onto several lines"
    top, bottom = by_line[max(by_line)], by_line[min(by_line)]
    # Right to left, then down: the first typed word is the rightmost on the top line and
    # the last one the leftmost on the bottom line (reordering the whole paragraph before
    # breaking it would put the last words on top).
    first, last = hb_glyphs(NOTE_AR.split()[0]), hb_glyphs(NOTE_AR.split()[-1].rstrip("."))
    assert pdf_glyphs(top[-1].text)[-len(first) :] == first
    assert pdf_glyphs(bottom[0].text)[: len(last)] == last


def _paragraph_lines(text: str, width: float) -> list[float]:
    """Widths of the printed (shaped, reordered) lines of ``text`` wrapped at ``width``."""
    style = ParagraphStyle("t", fontName=register_fonts().regular, fontSize=11, leading=15)
    para = BidiParagraph(with_fallback(text), style)
    para.wrap(width, 1000)
    fonts = register_fonts().shaped
    return [
        sum(_width(w) for w in visual_words(line.words, 1, fonts)) for line in para.blPara.lines
    ]


def test_arabic_lines_are_broken_by_their_shaped_width() -> None:
    # Measured unshaped, Arabic letters take a quarter more room than joined: lines would
    # stop well short of the margin. Measured shaped, every line but the last is nearly full
    # and none overflows (beyond reportlab's 5 % space shrinkage).
    widths = _paragraph_lines(NOTE_AR, 300)
    assert len(widths) >= 4
    assert all(w <= 300 + 3 for w in widths)
    assert all(w > 300 * 0.85 for w in widths[:-1])


def test_latin_and_cjk_paragraphs_print_as_plain_reportlab() -> None:
    # Text without Arabic or Hebrew takes the plain Paragraph path: the same PDF operators.
    text = "Zoë Łukasz Ελένη Людмила 王小明 山田花子 김민준"
    style = ParagraphStyle("t", fontName=register_fonts().regular, fontSize=11, leading=15)
    streams = []
    for cls in (Paragraph, BidiParagraph):
        canvas = Canvas(io.BytesIO(), pageCompression=0, invariant=1)
        para = cls(with_fallback(text), style)
        para.wrap(120, 500)
        para.drawOn(canvas, 0, 0)
        streams.append(canvas.getpdfdata())
    assert streams[0] == streams[1]


def test_bidi_levels_match_python_bidi_display() -> None:
    # python-bidi's Rust get_display reorders but does not mirror brackets: compare the order.
    for text in [DOCTOR, NAME_HE, "Room (חדר 3 ב) today", "(שלום) 12", "a (b [ג] ד) e", NOTE_AR]:
        for level in (0, 1):
            order = "".join(text[i] for i, _, _ in display_levels(text, level))
            assert order == get_display(text, base_dir="LR"[level])


_X9_REMOVED = ("RLE", "LRE", "RLO", "LRO", "PDF", "BN")


def test_zero_width_non_joiner_still_stops_joining() -> None:
    # Persian "می‌خواهم": the ZWNJ after "می" keeps it apart from "خواهم".
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    style = ParagraphStyle("t", fontName=register_fonts().regular, fontSize=11, leading=15)
    para = BidiParagraph(with_fallback(word), style)
    para.wrap(300, 100)
    (line,) = _as_frag_lines(para.blPara)  # one font, one line: reportlab's plain kind
    (shaped,) = visual_words(line.words, 1, register_fonts().shaped)
    assert pdf_glyphs(shaped.text) == hb_glyphs(word)


def test_hebrew_with_vowel_points_is_shaped() -> None:
    # "שָׁלוֹם" with its points: the glyphs HarfBuzz picks in Noto Sans Hebrew, right to left.
    word = "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd"
    style = ParagraphStyle("t", fontName=register_fonts().regular, fontSize=11, leading=15)
    para = BidiParagraph(with_fallback(word), style)
    para.wrap(300, 100)
    (line,) = _as_frag_lines(para.blPara)
    (shaped,) = visual_words(line.words, 1, register_fonts().shaped)
    expected = hb_glyphs(word, "NotoSansHebrew-Regular.ttf")
    assert pdf_glyphs(shaped.text, "HFS-hebrew") == expected
    assert any(sd.x_offset or sd.y_offset for sd in shaped.text.__shapeData__), "points placed"


def test_any_text_gets_a_display_order() -> None:
    # Every bidi class, explicit embeddings and isolates included: a permutation, no crash.
    rng = random.Random(13)
    alphabet = "aש م1٣ (.,)[]-+#\u0301\t\u2029" + "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    alphabet += "\u2066\u2067\u2068\u2069"  # the isolates
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        for level in (0, 1):
            order = [i for i, _, _ in display_levels(text, level)]
            # Every character once, but the invisible controls that rule X9 removes.
            kept = [i for i, c in enumerate(text) if bidirectional(c) not in _X9_REMOVED]
            assert sorted(order) == kept


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    shown = "".join(ch for _, _, ch in display_levels("(שלום) 12", 1))
    assert shown == "12 (םולש)"


def test_text_layer_yields_the_typed_letters(pdf: bytes, tmp_path: object) -> None:
    # The text layer holds the joined glyphs' own code points (Arabic presentation forms):
    # NFKC, which PDF viewers apply when searching, gives back exactly the typed letters.
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    normal = unicodedata.normalize("NFKC", text)
    assert NAME_AR in normal
    assert all(word.strip(".") in normal for word in NOTE_AR.split())
    assert "דוד כהן" in normal
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text), "no private-use characters"


def test_vowelled_arabic_starting_with_a_raised_mark_exports() -> None:
    # In display order this word starts with a raised vowel mark: reportlab <5.2 raised
    # IndexError in setRise (see handout/shaping.py); it must print, in a table cell too.
    vowelled = "مُنَاقَشَةُ فِي التَّطْبِيقَاتُ"
    pdf = render_handout(
        session(clinic=Clinic(name="Clinic", phone=vowelled), notes=vowelled, questions=[vowelled])
    ).pdf
    fonts = set(re.findall(rb"/BaseFont /[A-Z]+\+NotoSansArabic", pdf))
    assert fonts, "the Arabic font is embedded: the vowelled text was printed"
