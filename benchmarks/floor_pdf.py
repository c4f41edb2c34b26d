"""The export floor: a bare reportlab document of N pages of plain paragraphs in DejaVu Sans.

``python floor_pdf.py PAGES OUT.pdf`` writes it (used as a subprocess, timed by the parent);
``build_floor_pdf(pages)`` returns the bytes (used in-process). It needs only reportlab and
the bundled font file, so its cost is what any reportlab handout of that length pays:
interpreter start, reportlab import, one TTF font parsed, embedded as a subset, N pages laid out.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DejaVuSans.ttf"

_WORDS = (
    "Your facial nerve moves the muscles of your face. A small blood vessel can press on it "
    "where it leaves the brainstem. The surgery moves the vessel and places a soft pad "
    "between them. Many people get better in the first days; for others the twitching fades "
    "slowly over three to six months. Ask for a check if it gets worse."
)


def build_floor_pdf(pages: int) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    if "FloorSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FloorSans", str(FONT)))
    style = ParagraphStyle("floor", fontName="FloorSans", fontSize=11, leading=15, spaceAfter=8)
    story: list[object] = []
    for page in range(pages):
        # Eight paragraphs of ~60 words fill about two thirds of an A4 page at 11 pt.
        for n in range(8):
            story.append(Paragraph(f"{page + 1}.{n + 1} {_WORDS}", style))
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title="Floor")
    doc.build(story)
    return buffer.getvalue(), int(doc.page)


if __name__ == "__main__":
    wanted, out = int(sys.argv[1]), Path(sys.argv[2])
    pdf, made = build_floor_pdf(wanted)
    out.write_bytes(pdf)
    print(f"pages={made} bytes={len(pdf)}")
    raise SystemExit(0 if made == wanted else 1)
