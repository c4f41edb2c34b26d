"""Page layout: paper sizes, margins, running header and the "Page X of Y" footer."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from hfs_desktop.handout.fonts import FontSet, font_runs
from hfs_desktop.handout.styles import HandoutStyles

PAPER_SIZES = {"a4": A4, "letter": LETTER}


def numbered_canvas(
    fonts: FontSet, label: str, footer_size: float, color: Any, header: str
) -> type[Canvas]:
    """A canvas class that knows the page count: it keeps each page until the end, then
    stamps "Page X of Y" (and the running header) on every page before saving."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this reportlab puts an unembedded Helvetica in every page's resources.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._stamp(total)
                super().showPage()
            super().save()

        def _stamp(self, total: int) -> None:
            width, height = self._pagesize
            margin = 15 * mm
            self.saveState()
            self.setFillColor(color)
            text = label.format(page=self._pageNumber, pages=total)
            runs = font_runs(text, fonts.regular)
            line = sum(stringWidth(chunk, font, footer_size) for font, chunk in runs)
            self._draw_runs(runs, (width - line) / 2, margin * 0.6)
            if self._pageNumber > 1 and header:
                self._draw_runs(font_runs(header, fonts.regular), margin, height - margin * 0.7)
            self.restoreState()

        def _draw_runs(self, runs: list[tuple[str, str]], x: float, y: float) -> None:
            """One line in per-character font runs (Chinese in the CJK font, and so on)."""
            for font, chunk in runs:
                self.setFont(font, footer_size)
                self.drawString(x, y, chunk)
                x += stringWidth(chunk, font, footer_size)

    return NumberedCanvas


def make_doc_template(
    target: Any, paper: str, st: HandoutStyles, title: str, deterministic: bool
) -> BaseDocTemplate:
    """A document template whose metadata never holds patient data."""
    pagesize = PAPER_SIZES[paper]
    margin = st.margin_mm * mm
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * mm,
        title=title,
        author="HFS Counsel",
        subject="Patient handout",
        creator="HFS Counsel",
        producer="HFS Counsel (ReportLab)",
        keywords="",
        invariant=1 if deterministic else 0,
        allowSplitting=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
