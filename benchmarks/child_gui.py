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
from collections.abc import Callable
from pathlib import Path

import hfs_desktop.ui  # noqa: F401  (protect None before any Qt object exists)

# isort: split
from bool_guard import guard_bools

# isort: split
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QEventLoop, QIODevice, QObject, Qt, QTimer
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

BOOL_GUARD = guard_bools()  # 0 when the app already protects True/False (see bool_guard.py)

TYPED = (
    "Call the clinic if the twitching gets worse or spreads. Keep a short diary of good and "
    "bad days. Bring it to the next visit. We will look at your MRI together. Rest well and "
    "ask us anything you want."
)[:200]
TYPING_INTERVAL_MS = 30
TICK_MS = 5
WAIT_TIMEOUT_MS = 30_000


def wait_for(predicate: Callable[[], bool], timeout_ms: int = WAIT_TIMEOUT_MS) -> None:
    """Run the event loop (not a busy loop: the renderer thread needs the GIL) until true."""
    deadline = time.perf_counter() + timeout_ms / 1000
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("timed out waiting for the preview")
        loop = QEventLoop()
        QTimer.singleShot(2, loop.quit)
        loop.exec()


def idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class ShownWatch(QObject):
    """Tells when a QPdfView has painted a page of its newest document.

    ``arm()`` before the change. Then: ``doc_shown()`` (the new document is set on the view)
    -> the view's QPdfPageRenderer delivers a page image -> the viewport's next Paint event
    -> a zero timer after it (so the paint has been handled) sets ``done_at``.
    """

    def __init__(self, view: QPdfView) -> None:
        super().__init__(view)
        self.view = view
        renderer = view.findChild(QPdfPageRenderer)
        if renderer is None:
            raise RuntimeError("QPdfView has no QPdfPageRenderer child (Qt changed?)")
        renderer.pageRendered.connect(self._page_rendered)
        view.viewport().installEventFilter(self)
        self.arm()

    def arm(self) -> None:
        self.shown_at: float | None = None
        self.rendered_at: float | None = None
        self.painting = False
        self.done_at: float | None = None

    def doc_shown(self, *_args: object) -> None:
        self.shown_at = time.perf_counter()
        self.rendered_at = None

    def _page_rendered(self, *_args: object) -> None:
        if self.shown_at is not None and self.rendered_at is None:
            self.rendered_at = time.perf_counter()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Paint
            and self.rendered_at is not None
            and not self.painting
            and self.done_at is None
        ):
            self.painting = True
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.done_at = time.perf_counter()

    def done(self) -> bool:
        return self.done_at is not None


class LatenessProbe(QObject):
    """A 5 ms PreciseTimer that records how late each tick is (gap minus interval)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.lateness: list[tuple[float, float]] = []  # (when, seconds late)

    def start(self) -> None:
        self.lateness.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append((now, max(0.0, now - self.last - TICK_MS / 1000)))
        self.last = now

    def worst(self) -> tuple[float, float]:
        return max(self.lateness, key=lambda x: x[1]) if self.lateness else (0.0, 0.0)


def type_text(widget: QPlainTextEdit, text: str, on_key: Callable[[int], None]) -> None:
    """Start typing ``text`` into ``widget``, one key every TYPING_INTERVAL_MS (returns at once)."""
    timer = QTimer(widget)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TYPING_INTERVAL_MS)
    state = {"i": 0}

    def key() -> None:
        i = state["i"]
        if i >= len(text):
            timer.stop()
            timer.deleteLater()
            return
        QTest.keyClick(widget, text[i])
        state["i"] = i + 1
        on_key(i)

    timer.timeout.connect(key)
    timer.start()


def stall_summary(probe: LatenessProbe, events: dict[str, float]) -> dict[str, object]:
    when, worst = probe.worst()
    values = sorted(late for _, late in probe.lateness)
    p99 = values[int(0.99 * (len(values) - 1))] if values else 0.0
    start = events.get("start", 0.0)
    return {
        "max_s": worst,
        "p99_s": p99,
        "ticks": len(values),
        "ticks_over_16ms": sum(1 for v in values if v > 0.016),
        "ticks_over_50ms": sum(1 for v in values if v > 0.050),
        "worst_at_s": when - start,
        "events_s": {k: v - start for k, v in events.items()},
        "stalls_over_16ms": [
            [round(t - start, 3), round(late, 4)] for t, late in probe.lateness if late > 0.016
        ][:60],
    }


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
        events: dict[str, float] = {}
        finished: dict[str, bool] = {}

        def on_key(
            i: int, events: dict[str, float] = events, fin: dict[str, bool] = finished
        ) -> None:
            if i == len(TYPED) - 1:
                events["last_key"] = time.perf_counter()
                watch.arm()  # only the preview of the last keystroke counts
                fin["typed"] = True

        probe.start()
        events["start"] = time.perf_counter()
        type_text(notes, TYPED, on_key)
        wait_for(lambda fin=finished: fin.get("typed", False) and watch.done())
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
        events: dict[str, float] = {}
        finished: dict[str, bool] = {}

        def on_key(
            i: int, events: dict[str, float] = events, fin: dict[str, bool] = finished
        ) -> None:
            if i == len(TYPED) - 1:
                events["last_key"] = time.perf_counter()
                fin["typed"] = True

        probe.start()
        events["start"] = time.perf_counter()
        type_text(editor, TYPED, on_key)
        wait_for(lambda fin=finished: fin.get("typed", False))
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
