"""The GUI child's instruments: run the event loop until something happened, see when a
QPdfView has painted a new document, measure the lateness of a 5 ms timer, type text.

Used by ``child_gui.py`` for the app and for the floor, so both are measured the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtPdf import QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

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


def typing_run(
    probe: LatenessProbe,
    editor: QPlainTextEdit,
    on_last_key: Callable[[], None] = lambda: None,
    until: Callable[[], bool] = lambda: True,
) -> dict[str, float]:
    """Type TYPED into ``editor`` with ``probe`` running until the last key is typed and
    ``until()`` holds; returns the run's events (start, last_key). The caller stops the probe."""
    events: dict[str, float] = {}
    finished: dict[str, bool] = {}

    def on_key(i: int) -> None:
        if i == len(TYPED) - 1:
            events["last_key"] = time.perf_counter()
            on_last_key()
            finished["typed"] = True

    probe.start()
    events["start"] = time.perf_counter()
    type_text(editor, TYPED, on_key)
    wait_for(lambda: finished.get("typed", False) and until())
    return events
