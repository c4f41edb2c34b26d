"""Child process for the start-up benchmark: ``python child_startup.py app|bare``.

Starts either the real application (``hfs_desktop.app.run()``, exactly as ``hfs-desktop``
does) or a bare PySide6 QMainWindow with one QLabel, and prints one line
``READY {json}`` as soon as the window is shown, exposed and painted once. The parent
measures the wall time from ``Popen`` to that line. The app then finishes its start-up
(every step built, content loaded, checks run); a second line ``COMPLETE {json}`` gives
when that was done, the peak memory then, and the longest the event loop was held up
meanwhile. Then the event loop quits.

The JSON holds the child's own view: seconds since the top of this script for each phase,
and ``ru_maxrss`` (KiB on Linux) at the moment the window is on screen.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

MODE = sys.argv[1] if len(sys.argv) > 1 else "app"
marks: dict[str, float] = {}


def mark(name: str) -> None:
    marks[name] = time.perf_counter() - T0


def vm_hwm() -> int | None:
    """Linux's own peak RSS of this process image (cross-check for ru_maxrss), in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def report_when_painted(window: object) -> None:
    """Print READY after the window's first paint has been handled, COMPLETE when the
    window is complete, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                mark("first_paint_event")
                QTimer.singleShot(0, finish)  # runs after this paint has been handled
            return False

    def finish() -> None:
        mark("shown")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        payload = {"mode": MODE, "marks": marks, "maxrss_kib": rss, "vmhwm_kib": vm_hwm()}
        print("READY " + json.dumps(payload), flush=True)
        window.removeEventFilter(watch)  # type: ignore[attr-defined]
        wait_until_complete()

    def wait_until_complete() -> None:
        """Keep the event loop running until every step is built (the app finishes start-up
        after its first paint), timing the longest wait of a 5 ms timer meanwhile."""
        from PySide6.QtCore import Qt

        app = QApplication.instance()
        assert app is not None
        ticks = QTimer()
        ticks.setTimerType(Qt.TimerType.PreciseTimer)
        ticks.setInterval(5)
        last = [time.perf_counter()]
        worst = [0.0]

        def tick() -> None:
            now = time.perf_counter()
            worst[0] = max(worst[0], now - last[0] - 0.005)
            last[0] = now
            if MODE == "bare" or window.is_ready():  # type: ignore[attr-defined]
                ticks.stop()
                mark("complete")
                payload = {
                    "complete_s": marks["complete"],
                    "worst_stall_s": max(0.0, worst[0]),
                    "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                }
                print("COMPLETE " + json.dumps(payload), flush=True)
                if MODE == "app":
                    window.model.set_modified(False)  # type: ignore[attr-defined]
                QTimer.singleShot(0, app.quit)

        ticks.timeout.connect(tick)
        ticks.start()
        report_when_painted.ticks = ticks  # type: ignore[attr-defined]  # keep it alive

    watch = PaintWatch()
    window.installEventFilter(watch)  # type: ignore[attr-defined]
    report_when_painted.watch = watch  # type: ignore[attr-defined]  # keep it alive


def main_bare() -> int:
    import hfs_desktop.ui.qt_compat  # noqa: F401  (protect None; imports no Qt)

    mark("compat_imported")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    mark("qt_imported")
    app = QApplication(sys.argv)
    mark("qapp_created")
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("HFS Counsel", window))
    window.resize(1280, 800)
    mark("window_created")
    report_when_painted(window)
    window.show()
    mark("show_called")
    return app.exec()


def main_app() -> int:
    import hfs_desktop.ui  # noqa: F401  (protect None before any Qt object exists)

    mark("compat_imported")
    import hfs_desktop.app as app_module

    mark("app_imported")
    real_create = app_module.create_main_window

    def create_and_watch():  # type: ignore[no-untyped-def]
        mark("qapp_created")
        window = real_create()
        mark("window_created")
        report_when_painted(window)
        return window

    app_module.create_main_window = create_and_watch  # run() looks it up at call time
    return app_module.run()


if __name__ == "__main__":
    code = main_bare() if MODE == "bare" else main_app()
    sys.stdout.flush()
    raise SystemExit(code)
