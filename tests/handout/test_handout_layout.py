"""Every example prints in both editions on both papers: the safety box with the clinic's
numbers, type sizes, unambiguous ticks, sorted source tags, readable citations."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from hfs_desktop.handout.render import render_handout
from hfs_desktop.handout.styles import make_styles
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

EXAMPLES = sorted(resource_path("examples").glob("*.json"))
CASES = [
    (e, large, paper) for e in EXAMPLES for large in (False, True) for paper in ("a4", "letter")
]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def test_body_type_sizes() -> None:
    assert make_styles(False).body.fontSize >= 12
    assert make_styles(True).body.fontSize >= 14.5
    for large in (False, True):
        st = make_styles(large)
        assert st.cell.fontSize == st.body.fontSize and st.bullet.fontSize == st.body.fontSize


@pytest.mark.parametrize(
    ("example", "large", "paper"), CASES, ids=lambda v: getattr(v, "stem", str(v))
)
def test_example_prints_with_safety_box_and_clear_marks(
    example: Path, large: bool, paper: str
) -> None:
    session = load_session(example)
    session.handout.large_print = large
    session.handout.paper = paper  # type: ignore[assignment]
    text = text_of(render_handout(session, deterministic=True).pdf)
    clinic = session.clinic
    assert "Get help now" in text
    for number in (clinic.phone, clinic.out_of_hours_phone, clinic.emergency_number):
        assert number and number in text
    # unticked causes and risks are plain bullets: no empty box outside the values exercise
    values_at = text.find("What matters most to you?")
    before_values = text if values_at < 0 else text[:values_at]
    assert "\u2610" not in before_values
    if session.risks_discussed:
        assert "\u2611" in text and "Talked about with you at this visit." in text
    # one formatter: every source tag is in meta.toml order (S before E, numbers ascending)
    for tag in re.findall(r"\[((?:[SEC]\d+, )*[SEC]\d+)\]", text):
        ids = tag.split(", ")
        key = [("SEC".index(i[0]), int(i[1:])) for i in ids]
        assert key == sorted(key) and len(set(ids)) == len(ids), tag
    assert "document 00" not in text and "Br J Neurosurg 2012" in text
    assert "Not yet reviewed by a clinician." in text and "No outside funding." in text


def test_tables_never_strand_one_row() -> None:
    from hfs_desktop.handout.flowables import RowsTable

    rows = [[f"row {i}"] for i in range(8)]
    table = RowsTable(rows, colWidths=[200], rowHeights=[20] * 8, repeatRows=1)
    table.wrap(200, 1000)
    for height in range(15, 165, 5):
        parts = table.split(200, height)
        for part in parts:
            body = len(part._cellvalues) - 1  # type: ignore[attr-defined]
            assert body >= 2, (height, [len(p._cellvalues) for p in parts])  # type: ignore[attr-defined]
    assert table.split(200, 45) == []  # room for the header and one row: move on whole
    first, second = table.split(200, 150)  # room for 7 rows would leave 1: keeps 2 back
    assert len(second._cellvalues) - 1 == 2  # type: ignore[attr-defined]


def _page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_get_help_now_prints_whole_on_one_page_in_large_print(paper: str) -> None:
    """Large print on Letter paper: the two narrow columns made the box taller than a page,
    and its title and intro sat alone on a page with the signs on the next one. Now the
    groups stack at full width when side by side does not fit a page. (A clinic's longer
    wording is stood in for by two more same-day signs.)"""
    import dataclasses

    from markupsafe import Markup

    from hfs_desktop.domain.content import load_content
    from hfs_desktop.domain.document import build_document
    from hfs_desktop.handout.layout import make_doc_template
    from hfs_desktop.handout.story import build_story

    session = load_session(resource_path("examples") / "after-surgery-twitching-returned.json")
    content = load_content("en")
    doc = build_document(session, content)
    assert doc.safety is not None
    longer = doc.safety.same_day + (Markup("a sign the clinic added " * 6),) * 2
    doc = dataclasses.replace(doc, safety=dataclasses.replace(doc.safety, same_day=longer))
    st = make_styles(True)
    out = io.BytesIO()
    template = make_doc_template(out, paper, st, title="t", deterministic=True)
    template.build(build_story(doc, st, template.width))
    pages = _page_texts(out.getvalue())
    on = [i for i, t in enumerate(pages) if "After an operation on the brain" in t]
    assert on and "a sudden, very bad" in pages[on[0]], "title and signs on different pages"
    assert "trouble speaking" in pages[on[0]]


def test_a_table_with_rows_too_tall_for_two_on_a_page_still_prints() -> None:
    """RowsTable keeps two rows together, but when a whole page cannot hold the header and
    two rows it splits anyway instead of failing the export (LayoutError)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from hfs_desktop.handout.flowables import RowsTable

    rows = [["head"]] + [[f"row {i}"] for i in range(4)]
    table = RowsTable(rows, colWidths=[200], rowHeights=[20] + [400] * 4, repeatRows=1)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 4


@pytest.mark.parametrize(
    ("example", "large", "paper"),
    [
        c
        for c in CASES
        if c[0].stem
        in ("before-surgery", "considering-second-surgery", "after-surgery-twitching-returned")
    ],
    ids=lambda v: getattr(v, "stem", str(v)),
)
def test_option_grid_lead_in_and_short_lists_stay_with_what_follows(
    example: Path, large: bool, paper: str
) -> None:
    """The grid's decision and intro print on the page where the grid starts (they were left
    alone at a page foot in large print), and "How to read your timeline" keeps its points
    together (its first point printed on one page, the rest on the next)."""
    session = load_session(example)
    session.handout.large_print = large
    session.handout.paper = paper  # type: ignore[assignment]
    pages = _page_texts(render_handout(session, deterministic=True).pdf)
    lead = [t for t in pages if "The choice you face" in t]
    assert len(lead) == 1 and "What it involves" in lead[0]
    assert "There is no single right answer" in lead[0]
    timeline = [t for t in pages if "The line starts on the day of your surgery" in t]
    assert len(timeline) == 1 and "Each mark is a point in recovery" in timeline[0]
    assert "How to read your timeline" in timeline[0]  # the heading was left at a page foot
    values = [t for t in pages if "How much does it matter to you?" in t]
    assert len(values) == 1 and "Being free of twitching for good" in values[0]
