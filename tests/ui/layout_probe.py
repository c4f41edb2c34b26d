"""Reach every step as a clinician would and check, without grabbing, that nothing is cut off.

Grabbing a widget re-lays it out, which hid the "topic page shows a third of its content"
defect from the tests; these checks only read geometry the window already has. Used in
process (offscreen) by ``test_ui_layout.py`` and, run as a script, on a real X server.

Run as a script: ``python tests/ui/layout_probe.py`` prints one line per problem and exits 1
if there are any (0 if none).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

SIZES = ((1366, 768), (1920, 1080))
WAYS = ("next", "shortcut", "list")
SLACK = 1  # px of rounding


def settle(app: QApplication, ms: int = 60) -> None:
    """Let queued layout requests and paints run (as the event loop would between keys)."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def wait_until(app: QApplication, condition: Callable[[], bool], ms: int = 20_000) -> None:
    end = time.monotonic() + ms / 1000
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get ready in time")
        app.processEvents()


def page_problems(page: QWidget, where: str) -> list[str]:
    """Wrapped labels shorter than their text, and overflowing pages that cannot scroll."""
    problems: list[str] = []
    for label in page.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.width() > 0):
            continue
        need = label.heightForWidth(label.width())
        if need > 0 and label.height() + SLACK < need:
            text = label.text()[:40].replace("\n", " ")
            problems.append(f"{where}: label {text!r} is {label.height()} px of {need} px")
    for area in page.findChildren(QScrollArea):
        inner = area.widget()
        if not (area.isVisible() and inner is not None):
            continue
        view = area.viewport()
        need = (
            inner.heightForWidth(view.width())
            if inner.hasHeightForWidth()
            else inner.sizeHint().height()
        )
        name = area.objectName() or area.accessibleName() or "scroll area"
        if need > view.height() + SLACK:
            scroll = area.verticalScrollBar()
            if scroll.maximum() <= 0 or inner.height() + SLACK < need:
                problems.append(
                    f"{where}: {name} needs {need} px, shows {inner.height()} px in a "
                    f"{view.height()} px view and scrolls {scroll.maximum()} px"
                )
    return problems


def reach_steps(window: object, app: QApplication, way: str) -> list[str]:
    """Visit every step once by ``way`` and collect the problems on each page as it is shown.

    ``window`` is a ready ``MainWindow`` on step 1 whose pages have never been shown.
    """
    from hfs_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    count = window.stack.count()
    problems: list[str] = []
    for index in range(count):
        if index > 0:
            if way == "next":
                QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
            elif way == "shortcut":
                key = Qt.Key(int(Qt.Key.Key_1) + index)
                QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            else:
                nav = window.navigator
                rect = nav.visualItemRect(nav.item(index))
                QTest.mouseClick(
                    nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center())
                )
        settle(app)
        if window.current_step() != index:
            problems.append(f"{way}: expected step {index + 1}, on {window.current_step() + 1}")
            continue
        where = f"{way} {window.width()}x{window.height()} step {index + 1}"
        problems += page_problems(window.stack.currentWidget(), where)
    return problems


def fresh_window(app: QApplication, width: int, height: int) -> object:
    from hfs_desktop.app import create_main_window

    window = create_main_window()
    window.resize(width, height)
    window.show()
    window.activateWindow()
    wait_until(app, window.is_ready)
    settle(app, 100)
    return window


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    problems: list[str] = []
    for width, height in SIZES:
        for way in WAYS:
            window = fresh_window(app, width, height)
            problems += reach_steps(window, app, way)
            window.model.set_modified(False)  # type: ignore[attr-defined]
            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            settle(app, 20)
    print(f"platform {app.platformName()}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from hfs_desktop.ui.qt_compat import protect_none

    protect_none()
    sys.exit(main())
