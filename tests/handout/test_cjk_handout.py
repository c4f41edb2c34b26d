"""Chinese in the handout body: the CJK font embedded as subsets, and a size budget.

A Chinese handout uses some hundreds of distinct characters; the note here uses 2,000 (more
than a whole translated handout would), so the budget holds with room to spare.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from hfs_desktop.domain.session import Clinic, Patient, Session
from hfs_desktop.handout.render import render_handout
from hfs_desktop.resources import resource_path

BUDGET = 1024 * 1024  # a Chinese handout under 1 MB
CHARS = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 2000))  # 2,000 distinct ideographs
NOTE = "。".join(CHARS[i : i + 40] for i in range(0, len(CHARS), 40)) + "。"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    session = Session(
        patient=Patient(name="王小明", preferred_name="小明", affected_side="left"),
        visit_date=dt.date(2026, 11, 21),
        stage="before_surgery",
        clinician="李医生",
        clinic=Clinic(name="仁和医院神经外科", phone="010 5555 0142"),
        notes=NOTE,
        questions=["我需要住院多长时间？", "手术后多久可以开车？", "术后听力会受影响吗？"],
    )
    return render_handout(session, deterministic=True).pdf


def embedded(pdf: bytes) -> dict[str, int]:
    """Embedded font programs: subset name -> bytes of the font file."""
    out: dict[str, int] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
            out[str(font["/BaseFont"])] = len(program.get_data())
    return out


def test_chinese_handout_is_under_one_megabyte(pdf: bytes) -> None:
    assert len(pdf) < BUDGET, f"{len(pdf) / 1024:.0f} KB"


def test_cjk_font_is_embedded_as_subsets(pdf: bytes) -> None:
    cjk = {name: size for name, size in embedded(pdf).items() if "DroidSansFallback" in name}
    assert len(cjk) >= 8, "2,000 characters take several 256-glyph subsets"
    assert all(name[7] == "+" and name[1:7].isupper() for name in cjk)  # /ABCDEF+Name
    whole = resource_path("fonts", "DroidSansFallbackFull.ttf").stat().st_size
    assert sum(cjk.values()) < whole / 8  # subsets, not the 4 MB font


def test_chinese_note_is_in_the_text_layer(pdf: bytes) -> None:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "王小明" in text or "小明" in text
    assert all(ch in text for ch in CHARS[::97])
