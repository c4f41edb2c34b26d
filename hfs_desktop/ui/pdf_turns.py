"""Two in-memory PDF documents that take turns, so a view keeps showing the last handout
until the next one has loaded (no temporary file: each reads from a QBuffer)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument


class PdfTurns:
    def __init__(self, parent: QObject) -> None:
        self.parent = parent
        self.docs = [QPdfDocument(parent), QPdfDocument(parent)]
        self.buffers: list[QBuffer | None] = [None, None]
        self.blank = QPdfDocument(parent)  # for a view with nothing to show (it needs one)
        self.active = 0

    def current(self) -> QPdfDocument:
        """The document shown now."""
        return self.docs[self.active]

    def current_buffer(self) -> QBuffer | None:
        return self.buffers[self.active]

    def load(self, pdf: bytes) -> QPdfDocument | None:
        """Load ``pdf`` into the spare document and make it the current one; None (and the
        current one kept) when Qt cannot read it."""
        spare = 1 - self.active
        doc = self.docs[spare]
        doc.close()
        old = self.buffers[spare]
        if old is not None:
            old.close()
        buffer = QBuffer(self.parent)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffers[spare] = buffer
        doc.load(buffer)
        if doc.status() != QPdfDocument.Status.Ready:
            return None
        self.active = spare
        return doc

    def clear(self) -> None:
        """Close both documents and drop their bytes (the patient's handout)."""
        for i, doc in enumerate(self.docs):
            doc.close()
            buffer = self.buffers[i]
            if buffer is not None:
                buffer.close()
                buffer.setData(QByteArray())
            self.buffers[i] = None
