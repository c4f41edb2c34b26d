"""Child process for the GUI-thread benchmarks (preview latency, typing stalls).

``python child_gui.py app  EXAMPLE.json LARGE(0|1) RUNS``
    The real window (``create_main_window()``) at 1280x800 with the example session loaded
    and the Handout step visible. Measures, RUNS times each:
      latency  one keystroke into the notes editor -> the preview shows the new PDF
               (renderer.ready -> QPdfView's page renderer delivered a page image -> the
               viewport's next paint has been handled);
      stall    200 keystrokes, one every 30 ms, while a 5 ms PreciseTimer measures its own
               lateness, until the preview shows the PDF of the last keystroke.
``python child_gui.py floor EXAMPLE.json LARGE(0|1) RUNS``
    The same session without the window: a warm ``render_handout()`` on the calling thread
    plus loading those bytes into a bare QPdfView of the preview's size until it painted a
    page (the latency floor), and the same typing harness on a bare QPlainTextEdit (the
    stall floor: timer and platform noise).

Prints one line ``RESULT {json}``. The notes editor lives on the Questions step; with the
Handout step on screen it is hidden, and key events are sent to it directly (QTest), as the
brief asks for "typing with the preview visible".
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import hfs_desktop.ui  # noqa: F401  (protect None before any Qt object exists)

# isort: split
from bool_guard import guard_bools

# isort: split
from gui_harness import (
    TYPED,
    LatenessProbe,
    ShownWatch,
    idle,
    stall_summary,
    typing_run,
    wait_for,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

BOOL_GUARD = guard_bools()  # 0 when the app already protects True/False (see bool_guard.py)


# --------------------------------------------------------------------------------- app mode
def find_notes(window: QMainWindow) -> QPlainTextEdit:
    """The notes editor: ``questions_page.notes``, else the editor whose name says "Notes"."""
    notes = getattr(getattr(window, "questions_page", None), "notes", None)
    if isinstance(notes, QPlainTextEdit):
        return notes
    for editor in window.findChildren(QPlainTextEdit):
        if "notes" in editor.accessibleName().lower():
            return editor
    raise RuntimeError("no notes editor found (questions_page.notes or accessibleName 'Notes')")


def find_preview(window: QMainWindow) -> QPdfView:
    view = getattr(getattr(window, "handout_page", None), "view", None)
    if isinstance(view, QPdfView):
        return view
    views = window.findChildren(QPdfView)
    if not views:
        raise RuntimeError("no QPdfView in the window")
    return views[0]


def handout_step(window: QMainWindow, view: QPdfView) -> int:
    """Index of the step whose page holds the preview (the Handout step)."""
    pages = list(getattr(window, "pages", []))
    for index, page in enumerate(pages):
        if page.isAncestorOf(view):
            return index
    return len(pages) - 1 if pages else 6


def run_app(example: Path, large: bool, runs: int) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication

    from hfs_desktop.app import APP_NAME, ORGANIZATION, create_main_window
    from hfs_desktop.storage.session_file import load_session

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    app = QApplication.instance() or QApplication(sys.argv)
    window = create_main_window()
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)

    session = load_session(example)
    session.handout.large_print = large
    view = find_preview(window)
    notes = find_notes(window)
    watch = ShownWatch(view)
    window.renderer.ready.connect(watch.doc_shown)  # connected after HandoutPage._show_pdf
    window.model.replace(session, example)  # what File > Open does after its checks
    window.go_to(handout_step(window, view))
    started = time.perf_counter()
    wait_for(watch.done)
    first_preview = time.perf_counter() - started
    idle(500)
    if not view.isVisible():
        raise RuntimeError("the preview is not on screen on the Handout step")
    notes_visible = notes.isVisible()  # False in this window: the notes are on step 6

    latency: list[dict[str, float]] = []
    for i in range(runs):
        watch.arm()
        before = notes.toPlainText()
        t0 = time.perf_counter()
        QTest.keyClick(notes, "abcdefghij"[i % 10])
        keyed = time.perf_counter()
        wait_for(watch.done)
        assert notes.toPlainText() != before and window.renderer.current_pdf() is not None
        assert watch.shown_at is not None and watch.rendered_at is not None
        assert watch.done_at is not None
        latency.append(
            {
                "total_s": watch.done_at - t0,
                "keystroke_handler_s": keyed - t0,
                "to_pdf_shown_s": watch.shown_at - t0,
                "render_s": getattr(window.renderer, "last_seconds", 0.0),
                "page_image_s": watch.rendered_at - watch.shown_at,
                "paint_s": watch.done_at - watch.rendered_at,
            }
        )
        idle(700)  # let QPdfView finish rendering the other pages

    stalls: list[dict[str, object]] = []
    probe = LatenessProbe()
    true_refs_before = sys.getrefcount(True)
    for _ in range(runs):
        idle(500)
        watch.arm()
        # only the preview of the last keystroke counts
        events = typing_run(probe, notes, on_last_key=watch.arm, until=watch.done)
        events["preview_shown"] = watch.done_at or 0.0
        probe.stop()
        stalls.append(stall_summary(probe, events))

    lost_per_key = (true_refs_before - sys.getrefcount(True)) / (runs * len(TYPED))
    refs_unguarded = true_refs_before - BOOL_GUARD
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.model.set_modified(False)
    window.close()
    app.processEvents()
    return {
        "mode": "app",
        "first_preview_s": first_preview,
        "latency": latency,
        "stall": stalls,
        "maxrss_kib": rss,
        "notes_chars": len(notes.toPlainText()),
        "notes_visible_with_preview": notes_visible,
        "bool_guard_applied": bool(BOOL_GUARD),
        "true_refs_lost_per_key": lost_per_key,
        "true_refs_unguarded": refs_unguarded,
        "keys_until_bool_crash": (refs_unguarded / lost_per_key) if lost_per_key > 0.5 else None,
    }


# ------------------------------------------------------------------------------- floor mode
def run_floor(example: Path, large: bool, runs: int) -> dict[str, object]:
    from hfs_desktop.handout.render import render_handout
    from hfs_desktop.storage.session_file import load_session

    session = load_session(example)
    session.handout.large_print = large
    session.notes += "a"
    render_handout(session)  # warm: fonts registered, content loaded, modules imported

    # A bare QPdfView of the preview's size (the window's view at 1280x800 is ~ 830x700).
    host = QMainWindow()
    view = QPdfView(host)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    view.setPageSpacing(14)
    host.setCentralWidget(view)
    host.resize(1280, 800)
    host.show()
    QTest.qWaitForWindowExposed(host)
    watch = ShownWatch(view)
    docs = [QPdfDocument(host), QPdfDocument(host)]
    buffers: list[QBuffer] = []

    latency: list[dict[str, float]] = []
    for i in range(runs):
        watch.arm()
        t0 = time.perf_counter()
        session.notes += "b"
        result = render_handout(session)
        rendered = time.perf_counter()
        buffer = QBuffer(host)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        buffers.append(buffer)
        doc = docs[i % 2]
        doc.close()
        doc.load(buffer)
        view.setDocument(doc)
        watch.doc_shown()
        wait_for(watch.done)
        assert watch.done_at is not None
        latency.append(
            {
                "total_s": watch.done_at - t0,
                "render_s": rendered - t0,
                "view_s": watch.done_at - rendered,
            }
        )
        idle(700)

    # Typing into a bare editor: what the timer and the platform cost without the app.
    editor_host = QMainWindow()
    editor = QPlainTextEdit(editor_host)
    editor_host.setCentralWidget(editor)
    editor_host.resize(1280, 800)
    editor_host.show()
    QTest.qWaitForWindowExposed(editor_host)
    stalls: list[dict[str, object]] = []
    probe = LatenessProbe()
    for _ in range(runs):
        idle(300)
        events = typing_run(probe, editor)
        idle(100)
        probe.stop()
        stalls.append(stall_summary(probe, events))

    return {
        "mode": "floor",
        "latency": latency,
        "stall": stalls,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def main() -> int:
    mode, example, large, runs = (
        sys.argv[1],
        Path(sys.argv[2]),
        sys.argv[3] == "1",
        int(sys.argv[4]),
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv)
    result = run_app(example, large, runs) if mode == "app" else run_floor(example, large, runs)
    from hfs_desktop.ui import preview

    result["debounce_ms"] = preview.DEBOUNCE_MS
    result["median_latency_s"] = statistics.median(x["total_s"] for x in result["latency"])  # type: ignore[index, union-attr]
    print("RESULT " + json.dumps(result), flush=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
