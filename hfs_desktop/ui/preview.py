"""Render the handout off the GUI thread, debounced, newest edit wins.

``schedule()`` is called after every edit. The first edit after a quiet spell is rendered at
once (a single change shows in about the time of one render); edits that follow within
``DEBOUNCE_MS`` are coalesced and rendered once typing pauses for ``DEBOUNCE_MS`` (a
"leading and trailing edge" debounce). A worker renders a deep copy of the session (the GUI
keeps editing the original) and hands the PDF bytes back to the GUI thread: it puts them in a
Qt signal of the renderer, which lives in the GUI thread (a queued connection). A
generation counter drops results that an edit made stale;
at most one render runs at a time, and a stale finish starts the next one at once. Nothing
touches the disk: the bytes stay in memory.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from hfs_desktop.domain.session import Session
from hfs_desktop.ui.errors import describe

if TYPE_CHECKING:
    from hfs_desktop.handout.render import RenderedHandout

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400


def render_handout(session: Session, *, logo: str = "") -> RenderedHandout:
    """``handout.render.render_handout``, imported on first use: reportlab takes about half a
    second to import, which the window's start-up should not pay."""
    from hfs_desktop.handout.render import render_handout as render

    return render(session, logo=logo or None)


@dataclass(frozen=True)
class _Result:
    """What a background render sends back to the window."""

    generation: int
    pdf: bytes | None  # None: the render failed
    pages: int = 0
    seconds: float = 0.0
    error: str = ""  # exception type name only


class _RenderJob(QRunnable):
    def __init__(
        self,
        generation: int,
        session: Session,
        to: PreviewRenderer,
        logo: str = "",
    ) -> None:
        super().__init__()
        self.generation = generation
        self.session = session
        self.logo = logo
        self.to = to
        self.setAutoDelete(True)

    def run(self) -> None:
        started = time.perf_counter()
        try:
            rendered = render_handout(self.session, logo=self.logo)
        except Exception as exc:  # reported in the window; logged without its message
            log.error("Preview render failed: %s", describe(type(exc), exc.__traceback__))
            result = _Result(self.generation, None, error=type(exc).__name__)
        else:
            seconds = time.perf_counter() - started
            result = _Result(self.generation, rendered.pdf, rendered.pages, seconds)
        # queued to the GUI thread; RuntimeError: the window was destroyed while this ran
        with contextlib.suppress(RuntimeError):
            self.to._result.emit(result)


class PreviewRenderer(QObject):
    """Debounced background rendering of one session's handout.

    Signals ``ready(pdf, pages)`` with the newest session's handout, ``failed(kind)``, and
    ``busyChanged(busy)``.
    """

    ready = Signal(bytes, int)
    failed = Signal(str)
    busyChanged = Signal(bool)  # noqa: N815 (Qt's naming)
    _result = Signal(object)  # a _Result, from the worker thread

    def __init__(self, session_source: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = session_source  # anything with a ``session`` attribute
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._result.connect(self._deliver)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._wanted = 0  # generation of the newest edit
        self._running: int | None = None  # generation being rendered
        self._current: tuple[int, bytes, int] | None = None  # (generation, pdf, pages)
        self.last_seconds = 0.0
        self._last_edit = 0.0  # perf_counter() of the last schedule()
        self._closed = False
        self.logo_path = ""  # the clinic profile's logo (not patient data)

    # Public --------------------------------------------------------------------------------
    def schedule(self, immediate: bool = False) -> None:
        """The session changed: render it now if all was quiet, else after a quiet moment."""
        if self._closed:
            return
        self._wanted += 1
        quiet = (
            not self._timer.isActive()
            and self._running is None
            and time.perf_counter() - self._last_edit >= DEBOUNCE_MS / 1000
        )
        self._last_edit = time.perf_counter()
        if immediate or quiet:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()  # (re)start the quiet period: the trailing render
        self.busyChanged.emit(True)

    def request_now(self) -> None:
        """Skip the quiet moment: the PDF is needed now (Handout step, save, print)."""
        if self._closed or self.current_pdf() is not None:
            return
        if self._timer.isActive():
            self._timer.stop()
            self._start()
        elif self._running is None:
            self._wanted += 1  # e.g. the last attempt failed: try again
            self.busyChanged.emit(True)
            self._start()
        # else: a render is running; its finish starts the newest one if it was stale

    def current_pdf(self) -> bytes | None:
        """The PDF for the session as it is now, or None while that is still being made."""
        if self._current is not None and self._current[0] == self._wanted:
            return self._current[1]
        return None

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._running is not None

    def clear(self) -> None:
        """Forget the last result (new consultation): no old patient's PDF stays in memory."""
        self._current = None
        self._wanted += 1  # anything still running is now stale
        self._timer.stop()

    def shutdown(self) -> None:
        """Stop scheduling and wait for a running render (window closing)."""
        self._closed = True
        self._timer.stop()
        self._pool.waitForDone()
        self._current = None

    # Internals -----------------------------------------------------------------------------
    def _start(self) -> None:
        if self._closed or self._running is not None:
            return  # the running job's finish starts the next one
        generation = self._wanted
        snapshot = copy.deepcopy(self._source.session)  # type: ignore[attr-defined]
        self._running = generation
        self._pool.start(_RenderJob(generation, snapshot, self, self.logo_path))

    def _deliver(self, result: _Result) -> None:
        if result.pdf is None:
            self._failed(result.generation, result.error)
        else:
            self._finished(result.generation, result.pdf, result.pages, result.seconds)

    def _after(self, generation: int) -> bool:
        """Bookkeeping when a job ends; True when its result is the newest."""
        self._running = None
        if generation == self._wanted:
            self.busyChanged.emit(False)
            return True
        if not self._timer.isActive() and not self._closed:
            self._start()  # an edit came in while rendering: render again now
        return False

    def _finished(self, generation: int, pdf: bytes, pages: int, seconds: float) -> None:
        if self._after(generation):
            self._current = (generation, pdf, pages)
            self.last_seconds = seconds
            self.ready.emit(pdf, pages)

    def _failed(self, generation: int, kind: str) -> None:
        if self._after(generation):
            self._current = None
            self.failed.emit(kind)
