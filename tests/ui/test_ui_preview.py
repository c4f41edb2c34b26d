"""The live preview (debounced, off the GUI thread, newest edit wins), printing, file dialogs."""

from __future__ import annotations

import io
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QSettings, QStandardPaths, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from hfs_desktop.handout import render as render_module
from hfs_desktop.ui import files, preview
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.printing import MAX_PRINT_DPI, prepare_printer, print_document


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Count renders: (thread name, patient name) for each call."""
    calls: list[tuple[str, str]] = []
    real = render_module.render_handout

    def counting(session: object, **kwargs: object) -> object:
        calls.append((threading.current_thread().name, session.patient.name))  # type: ignore[attr-defined]
        return real(session, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(preview, "render_handout", counting)
    return calls


def pdf_text(pdf: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_burst_of_edits_is_coalesced_and_rendered_off_the_gui_thread(
    qtbot: QtBot,
    window: MainWindow,
    renders: list[tuple[str, str]],
    wait_preview: Callable[[MainWindow], None],
) -> None:
    window.go_to(6)
    wait_preview(window)
    qtbot.wait(preview.DEBOUNCE_MS + 50)  # a quiet spell
    before = len(renders)
    edit = window.patient_page.preferred
    for text in ("M", "Ma", "Mar", "Mari", "Marie"):
        edit.setText(text)
    assert window.renderer.current_pdf() is None  # the shown PDF is now out of date
    wait_preview(window)
    # The first edit renders at once; the four that follow are coalesced into one more render.
    assert len(renders) == before + 2
    assert all(thread != threading.main_thread().name for thread, _name in renders)
    assert "Marie" in pdf_text(window.renderer.current_pdf() or b"")
    doc_source = window.handout_page.turns.current_buffer()
    assert isinstance(doc_source, QBuffer)  # loaded from memory, never from a file


def test_an_edit_during_a_render_makes_its_result_stale(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, wait_preview: Callable
) -> None:
    window.go_to(6)
    wait_preview(window)
    real = render_module.render_handout
    started = threading.Event()

    def slow(session: object, **kwargs: object) -> object:
        started.set()
        time.sleep(0.4)
        return real(session, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(preview, "render_handout", slow)
    shown: list[bytes] = []
    window.renderer.ready.connect(lambda pdf, pages: shown.append(pdf))
    window.patient_page.preferred.setText("Quorra")
    qtbot.waitUntil(started.is_set, timeout=5000)
    window.patient_page.preferred.setText("Zebulon")  # while "Quorra" is being rendered
    wait_preview(window)
    assert len(shown) == 1  # the stale "Quorra" result was dropped, never shown
    text = pdf_text(shown[0])
    assert "Zebulon" in text and "Quorra" not in text


def test_preview_refresh_time_is_reasonable(
    qtbot: QtBot, window: MainWindow, wait_preview: Callable
) -> None:
    """One edit after a quiet spell: render + load, no debounce wait; measured."""
    window.go_to(6)
    wait_preview(window)
    times = []
    for name in ("Ann", "Anna", "Annabel"):
        qtbot.wait(preview.DEBOUNCE_MS + 50)
        started = time.perf_counter()
        window.patient_page.preferred.setText(name)
        wait_preview(window)
        times.append(window.handout_page.shown_at - started)
    print(f"preview refresh: {[round(t, 2) for t in times]} s")
    assert max(times) < 3.0


def test_print_renders_every_page_into_the_printer(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    wait_preview: Callable,
) -> None:
    window.patient_page.name.setText("Print Person")
    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.print_action.trigger()  # the handout is made in the background, then printed
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 0, timeout=15_000)
    pages = window.handout_page.pages
    assert pages > 1
    assert len(PdfReader(str(out)).pages) == pages
    # Also straight into a printer at a low resolution, only pages 2-3.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    prepare_printer(printer, "letter", pages)
    printer.setFromTo(2, 3)
    assert print_document(window.handout_page.document(), printer) == 2
    assert len(PdfReader(str(tmp_path / "two.pdf")).pages) == 2
    assert MAX_PRINT_DPI == 300


def test_save_pdf_error_is_explained(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: object,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.patient_page.name.setText("No Folder")
    dialogs.pdf = tmp_path / "no-such-folder" / "h.pdf"  # type: ignore[attr-defined]
    assert not window.save_pdf()  # not yet: the handout is still being made
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)  # then the save, which fails
    assert "does not exist" in warnings[0]


def test_file_dialog_leaves_no_folder_history(qtbot: QtBot, tmp_path: Path) -> None:
    """The real dialog runs; Qt's own settings keep no trace of the folder afterwards."""
    config = tmp_path / "config"
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    try:
        target = tmp_path / "Secret Patient Folder"
        target.mkdir()
        files._last_folder = target

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QFileDialog)
            dialog.accept()  # the suggested name, in the start folder

        QTimer.singleShot(200, answer)
        chosen = files.ask_save_path(None, "Save", "hfs-handout-2026-01-01.pdf", pdf=True)
        assert chosen == target / "hfs-handout-2026-01-01.pdf"
        written = b"".join(p.read_bytes() for p in config.rglob("*") if p.is_file())
        assert b"Secret Patient Folder" not in written
        assert b"Secret%20Patient%20Folder" not in written
    finally:
        files._last_folder = None
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def test_typing_does_not_use_up_references_to_true(
    qtbot: QtBot, window: MainWindow, wait_preview: Callable
) -> None:
    """PySide6 6.12 on Python 3.11 leaks a reference to True per Python-side signal emit;
    qt_compat makes True immortal, or a few hundred keystrokes would crash the window."""
    window.go_to(6)
    wait_preview(window)
    notes = window.questions_page.notes
    before = sys.getrefcount(True)
    typed = "Rest well and call us. " * 20  # 460 real keystrokes
    qtbot.keyClicks(notes, typed)
    wait_preview(window)
    if sys.version_info < (3, 12):  # the window's signals emit per keystroke
        assert before - sys.getrefcount(True) < 10 * len(typed)
        assert sys.getrefcount(True) > 1 << 39  # hfs_desktop.ui.qt_compat.protect_none
    assert window.model.session.notes.endswith("call us. ")


def test_preview_shows_page_numbers_zooms_fits_and_dims_when_outdated(
    qtbot: QtBot, window: MainWindow, wait_preview: Callable
) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    window.patient_page.name.setText("Page Person")
    window.go_to(6)
    wait_preview(window)
    page = window.handout_page
    assert page.page_label.text() == f"Page 1 of {page.pages}"
    assert not page.dim.isVisible()
    page.zoom_in.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = page.view.zoomFactor()
    page.zoom_out.click()
    assert page.view.zoomFactor() < bigger
    page.fit_page.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitInView
    page.fit_width.click()
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    window.patient_page.name.setText("Page Person Two")  # the shown pages are now outdated
    assert page.dim.isVisible()
    wait_preview(window)
    assert not page.dim.isVisible()
