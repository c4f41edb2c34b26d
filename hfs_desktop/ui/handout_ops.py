"""The handout's way out: save as PDF, print, print preview, open it, show it in its folder.

Each first checks the handout is ready (``ui/readiness.py``) and says what to fix if not.
When the preview is not yet current, the PDF is made in the background (the preview's own
worker) with a progress dialog, and the command continues in a callback when it arrives —
like Anki's ``QueryOp`` — never in a nested event loop, so the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from hfs_desktop.storage.atomic import SaveError, write_atomic
from hfs_desktop.ui import files

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

    from hfs_desktop.ui.main_window import MainWindow

PDF_WAIT_MS = 60_000


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


class PdfOp:
    """Run ``then(pdf)`` once the handout for the session as it is now exists.

    At once when the preview is current; otherwise after the renderer's next result, with a
    progress dialog (shown after 300 ms) and a time limit. ``failed()`` is called instead if
    the render fails or times out.
    """

    def __init__(
        self, window: MainWindow, then: Callable[[bytes], object], failed: Callable[[], object]
    ) -> None:
        self.window, self.then, self.failed = window, then, failed
        self.done = False
        self.progress: QProgressDialog | None = None

    def run(self) -> bool:
        """Start; True if the PDF was ready and ``then`` has already run."""
        renderer = self.window.renderer
        pdf = renderer.current_pdf()
        if pdf is not None:
            self.done = True
            self.then(pdf)
            return True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(
            translate("Handout", "Preparing the handout…"), "", 0, 0, self.window
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        renderer.ready.connect(self._ready)
        renderer.failed.connect(self._failed)
        QTimer.singleShot(PDF_WAIT_MS, self._timeout)
        renderer.request_now()
        return False

    def _finish(self) -> bool:
        if self.done:
            return False
        self.done = True
        renderer = self.window.renderer
        renderer.ready.disconnect(self._ready)
        renderer.failed.disconnect(self._failed)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        return True

    def _ready(self, *_args: object) -> None:
        pdf = self.window.renderer.current_pdf()
        if pdf is None:
            return  # an older render finished; the current one is on its way
        if self._finish():
            self.then(pdf)

    def _failed(self, *_args: object) -> None:
        if self._finish():
            self.failed()

    def _timeout(self) -> None:
        if self._finish():
            self.failed()


class HandoutOps:
    """The window's handout commands."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.saved_pdf: Path | None = None  # the last PDF saved in this consultation
        self.pending: PdfOp | None = None

    def _refuse_if_not_ready(self, doing: str) -> bool:
        """True (and says what to fix) if the handout must not go out yet."""
        if not self.window.ready_to_save(doing):
            return True
        checks = self.window.checks
        if not checks:
            return False
        self.window.problem_box_for_checks(checks, doing)
        return True

    def _with_pdf(self, then: Callable[[bytes], object]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        def failed() -> None:
            QMessageBox.warning(
                self.window,
                translate("Handout", "Handout not ready"),
                translate(
                    "Handout", "The handout could not be made. Your work is safe; please try again."
                ),
            )

        self.pending = PdfOp(self.window, then, failed)
        return self.pending.run()

    # Save -------------------------------------------------------------------------------------
    def save_pdf(self) -> bool:
        """Ask where, then save. True if saved now; when the handout is still being made, it
        is saved when ready (the return value is then False: nothing saved yet)."""
        if self._refuse_if_not_ready(translate("Handout", "saved as a PDF")):
            return False
        saved: list[bool] = []
        self._with_pdf(lambda pdf: saved.append(self._save_pdf_bytes(pdf)))
        return bool(saved and saved[0])

    def _save_pdf_bytes(self, pdf: bytes) -> bool:
        from PySide6.QtWidgets import QMessageBox

        path = files.ask_save_path(
            self.window,
            translate("Handout", "Save the handout as PDF"),
            files.suggested_pdf_name(self.window.model.session.visit_date),
            pdf=True,
        )
        if path is None:
            return False
        try:
            write_atomic(path, pdf)
        except SaveError as exc:
            QMessageBox.warning(self.window, translate("Handout", "PDF not saved"), str(exc))
            return False
        self.saved_pdf = path
        self.window.pdf_saved(path)
        self.window.statusBar().showMessage(
            translate("Handout", "Handout saved as {name}.").format(name=path.name), 8000
        )
        return True

    def open_pdf(self) -> bool:
        """Open the saved PDF in the system's PDF reader."""
        return self._open_url(self.saved_pdf)

    def show_in_folder(self) -> bool:
        """Open the folder that holds the saved PDF."""
        return self._open_url(self.saved_pdf.parent if self.saved_pdf else None)

    def _open_url(self, path: Path | None) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if path is None or not path.exists():
            self.window.statusBar().showMessage(
                translate("Handout", "The saved PDF is no longer there."), 6000
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # Print ------------------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from hfs_desktop.ui.printing import prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pages = self.window.handout_page.pages
        prepare_printer(printer, self.window.model.session.handout.paper, pages)
        return printer

    def print_handout(self) -> bool:
        if self._refuse_if_not_ready(translate("Handout", "printed")):
            return False
        return self._with_pdf(lambda _pdf: self._print_dialog())

    def _print_dialog(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setMinMax(1, max(1, self.window.handout_page.pages))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_preview(self) -> bool:
        if self._refuse_if_not_ready(translate("Handout", "printed")):
            return False
        return self._with_pdf(lambda _pdf: self._preview_dialog())

    def _preview_dialog(self) -> bool:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(self._printer(), self.window)
        dialog.setWindowTitle(translate("Handout", "Print preview"))
        dialog.paintRequested.connect(self.print_to)
        dialog.exec()
        return True

    def print_to(self, printer: QPrinter) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from hfs_desktop.ui.printing import print_document

        try:
            print_document(self.window.handout_page.document(), printer)
        except OSError as exc:
            QMessageBox.warning(self.window, translate("Handout", "Not printed"), str(exc))
            return False
        return True
