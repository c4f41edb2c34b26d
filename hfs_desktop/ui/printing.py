"""Print the handout: each PDF page rendered as an image into the printer, at 300 dpi or less.

Qt cannot send a PDF to a printer as vectors; rendering QPdfDocument pages at the printer's
resolution (capped at 300 dpi, plenty for 14 pt text and keeps spool files small) is the
approach the Qt PDF module supports. Pages keep their aspect and are centred on the paper.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


def page_size_for(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def prepare_printer(printer: QPrinter, paper: str, pages: int) -> None:
    printer.setPageSize(page_size_for(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFromTo(1, max(1, pages))
    printer.setDocName("HFS handout")  # never the patient's name: spoolers show doc names


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages into ``printer``; returns the number of pages printed."""
    count = document.pageCount()
    if count <= 0:
        return 0
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:  # 0 means "all pages"
        first, last = 1, count
    first, last = max(1, first), min(count, last)
    dpi = min(MAX_PRINT_DPI, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        options = QPdfDocumentRenderOptions()
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points: QSizeF = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, pixels, options)
            target = QRectF(painter.viewport())
            scale = min(target.width() / pixels.width(), target.height() / pixels.height())
            w, h = pixels.width() * scale, pixels.height() * scale
            painter.drawImage(
                QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image
            )
            printed += 1
    finally:
        painter.end()
    return printed
