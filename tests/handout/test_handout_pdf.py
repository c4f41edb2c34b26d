"""The PDF handout: structure, personal text, fonts, escaping, paper, large print, metadata."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from hfs_desktop.domain.content import load_content
from hfs_desktop.domain.session import Clinic, HandoutOptions, Patient, Session
from hfs_desktop.handout.render import export_handout, render_handout
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

EXAMPLES = resource_path("examples")


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def session(**kw: object) -> Session:
    base: dict[str, object] = dict(
        patient=Patient(name="Ana Lima", preferred_name="Ana", affected_side="left"),
        visit_date=dt.date(2026, 11, 21),
        stage="after_surgery",
        twitching="improving",
        surgery_date=dt.date(2026, 8, 31),
        clinician="Dr Okafor",
        clinic=Clinic(name="Riverside Clinic", phone="0161 555 0142"),
    )
    base.update(kw)
    return Session(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def after_pdf() -> bytes:
    return render_handout(session(), deterministic=True).pdf


def test_structure_in_order(after_pdf: bytes) -> None:
    content = load_content("en")
    text = flat(pdf_text(after_pdf))
    headings = [
        content.string("title"),
        content.string("key_points_title"),
        content.topics["recovery"].title,
        content.string("questions_title"),
        content.string("notes_title"),
        content.contact_title,
        content.string("sources_title"),
        content.disclaimer,
    ]
    positions = [text.find(flat(h)) for h in headings]
    assert all(p >= 0 for p in positions), list(zip(headings, positions, strict=True))
    assert positions == sorted(positions)


def test_visit_block_and_personal_dates(after_pdf: bytes) -> None:
    text = flat(pdf_text(after_pdf))
    for expected in ["Ana", "21 November 2026", "31 August 2026", "Dr Okafor", "Riverside Clinic"]:
        assert expected in text
    # 31 August + 6 months clamps to 28 February; + 1 month to 30 September
    assert "28 February 2027" in text
    assert "30 September 2026" in text
    assert "0161 555 0142" in text


def test_page_x_of_y_on_every_page(after_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(after_pdf))
    total = len(reader.pages)
    assert total >= 2
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {total}" in (page.extract_text() or "")


def test_every_font_is_embedded(after_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(after_pdf))
    fonts = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for _name, ref in resources.get("/Font", {}).items():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for base, font in fonts.items():
        descendant = font.get("/DescendantFonts")
        descriptor = (
            descendant[0].get_object()["/FontDescriptor"]
            if descendant
            else font.get("/FontDescriptor")
        )
        assert descriptor is not None, f"{base} has no descriptor (a non-embedded base-14 font)"
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), base


def test_metadata_has_no_patient_data() -> None:
    s = session(patient=Patient(name="Secret Name", preferred_name="Secret"))
    pdf = render_handout(s, deterministic=True).pdf
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    joined = " ".join(str(v) for v in meta.values())
    assert "Secret" not in joined
    assert b"Secret" not in pdf  # the text itself is in compressed streams only


def test_user_text_markup_prints_literally() -> None:
    nasty = '<b>bold</b> </para> <img src="x.png"/> <a href="http://x">link</a> & &amp; "quotes"'
    s = session(
        patient=Patient(name=nasty, affected_side="right"),
        notes=nasty,
        questions=[nasty],
        clinician=nasty,
        clinic=Clinic(name=nasty, phone="<font color=red>1</font>"),
    )
    text = flat(pdf_text(render_handout(s, deterministic=True).pdf))
    assert text.count("<b>bold</b>") >= 4
    assert '<img src="x.png"/>' in text
    assert "& &amp;" in text
    assert "<font color=red>1</font>" in text


@pytest.mark.parametrize(
    "name",
    [
        "Łukasz Żółć-Świętochowski",
        "Γιώργος Παπαδόπουλος",
        "Ольга Кузнецова",
        "王小明",
        "やまだ たろう 山田太郎",
        "김민준",
        "Zoë Ångström-Nuñez",
    ],
)
def test_names_in_many_scripts_print_exactly(name: str) -> None:
    s = session(patient=Patient(name=name, affected_side="left"))
    text = pdf_text(render_handout(s, deterministic=True).pdf)
    assert name in text


def test_paper_sizes_and_large_print() -> None:
    a4 = PdfReader(io.BytesIO(render_handout(session(), paper="a4").pdf))
    letter = PdfReader(io.BytesIO(render_handout(session(), paper="letter").pdf))
    assert round(float(a4.pages[0].mediabox.width)) == 595
    assert round(float(letter.pages[0].mediabox.width)) == 612
    normal = render_handout(session(), large_print=False)
    large = render_handout(session(), large_print=True)
    assert large.pages > normal.pages


def test_large_print_body_is_at_least_14_points() -> None:
    from hfs_desktop.handout.styles import make_styles

    st = make_styles(True)
    assert st.body.fontSize >= 14
    assert min(st.sizes[k] for k in ("body", "h1", "h2")) >= 14


def test_sections_follow_stage_and_clinician_choice() -> None:
    content = load_content("en")
    before = flat(
        pdf_text(
            render_handout(session(stage="before_surgery", twitching=None, surgery_date=None)).pdf
        )
    )
    assert content.topics["surgery"].title in before
    assert content.topics["second_surgery"].title not in before
    chosen = session(handout=HandoutOptions(sections=["second_surgery"]))
    text = flat(pdf_text(render_handout(chosen).pdf))
    assert content.topics["second_surgery"].title in text
    assert content.topics["recovery"].summary not in text


def test_marked_causes_and_risks_are_shown() -> None:
    content = load_content("en")
    s = session(
        stage="considering_second_surgery",
        twitching="returned",
        causes_relevant=["vessels_lengthen"],
        risks_discussed=["hearing_loss"],
    )
    text = pdf_text(render_handout(s).pdf)
    assert content.string("cause_marked") in flat(text)
    assert "\u2611" in text


def test_deterministic_mode_gives_identical_bytes() -> None:
    a = render_handout(session(), deterministic=True).pdf
    b = render_handout(session(), deterministic=True).pdf
    assert a == b


def test_export_writes_atomically(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    result = export_handout(session(), target, deterministic=True)
    assert target.read_bytes() == result.pdf
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_renders(example: str) -> None:
    s = load_session(EXAMPLES / example)
    result = render_handout(s, deterministic=True)
    text = pdf_text(result.pdf)
    assert s.patient.display_name in text
    assert len(result.pdf) < 400 * 1024


def test_clinic_logo_prints_on_the_first_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (400, 120), (29, 95, 168)).save(logo)
    with_logo = PdfReader(io.BytesIO(render_handout(session(), logo=logo).pdf))
    xobjects = with_logo.pages[0]["/Resources"].get("/XObject", {})
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    # A logo that vanished since the profile was saved is skipped, not a failed handout.
    missing = render_handout(session(), logo=tmp_path / "gone.png")
    assert missing.pages >= 1
