"""Reach every step as a clinician would and check, without grabbing, that nothing is cut off.

Grabbing a widget re-lays it out, which hid the "topic page shows a third of its content"
defect from the tests; these checks only read geometry the window already has. Used in
process (offscreen) by ``test_ui_layout.py`` and, run as a script, on a real X server.

Run as a script: ``python tests/ui/layout_probe.py [--language es]`` prints one line per
problem and exits 1 if there are any (0 if none). With a language, the window and the handout
are in it (Spanish runs about 30 % longer than English; Chinese needs its own font).
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QWidget,
)

SIZES = ((1366, 768), (1920, 1080))
WAYS = ("next", "shortcut", "list")
# Large text on small screens, and a laptop less its task bar: (width, height, text size %).
LARGE_TEXT = ((1366, 768, 200), (1280, 720, 200), (1920, 1080, 200), (1366, 705, 100))
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
        if (
            inner.width() > view.width() + SLACK
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            problems.append(f"{where}: {name} is cut off at the right ({inner.width()} px)")
        if need > view.height() + SLACK:
            scroll = area.verticalScrollBar()
            if scroll.maximum() <= 0 or inner.height() + SLACK < need:
                problems.append(
                    f"{where}: {name} needs {need} px, shows {inner.height()} px in a "
                    f"{view.height()} px view and scrolls {scroll.maximum()} px"
                )
    return problems


def _shown(widget: QWidget, page: QWidget) -> bool:
    """Visible, and not inside an item view (their items are checked separately)."""
    if not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


def clipping_problems(page: QWidget, where: str) -> list[str]:
    """Controls narrower than their text: buttons, one-line labels, date edits, combo boxes."""
    problems: list[str] = []
    widgets: list[QWidget] = [
        *page.findChildren(QAbstractButton),
        *page.findChildren(QAbstractSpinBox),
        *page.findChildren(QComboBox),
        *[label for label in page.findChildren(QLabel) if not label.wordWrap() and label.text()],
    ]
    for widget in widgets:
        if not _shown(widget, page) or widget.sizeHint().width() <= 0:
            continue
        need = (
            widget.sizeHint().width()
            if isinstance(widget, (QAbstractButton, QLabel))
            else widget.minimumSizeHint().width()
        )
        if widget.width() + SLACK < need:
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            problems.append(f"{where}: {name!r} is {widget.width()} px wide of {need} px")
    return problems


def step_list_problems(nav: QListWidget, where: str) -> list[str]:
    """Step titles shown in full (wrapped if need be), never cut short."""
    problems: list[str] = []
    font = QFont(nav.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        lines = max(1, rect.height() // max(1, metrics.height()))
        longest = max(metrics.horizontalAdvance(word) for word in item.text().split())
        if longest > rect.width() or metrics.horizontalAdvance(item.text()) > rect.width() * lines:
            problems.append(f"{where}: step {item.text()!r} does not fit {rect.width()} px")
        if rect.bottom() > nav.viewport().height() and nav.verticalScrollBar().maximum() <= 0:
            problems.append(f"{where}: step {item.text()!r} is below the list")
    return problems


def reach_steps(window: object, app: QApplication, way: str) -> list[str]:
    """Visit every step once by ``way`` and collect the problems on each page as it is shown.

    ``window`` is a ready ``MainWindow`` on step 1 whose pages have never been shown.
    """
    from hfs_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    count = window.stack.count()
    problems: list[str] = []
    if way == "next":  # Next passes over topics not in the handout: put them all in
        from hfs_desktop.domain.session import TOPICS

        for topic in TOPICS:
            window.model.set_included(topic, True)
        settle(app)
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
        if page_problems(window.stack.currentWidget(), ""):
            settle(app, 400)  # a late layout pass (pictures re-fitted to the width) may follow
        if window.current_step() != index:
            problems.append(f"{way}: expected step {index + 1}, on {window.current_step() + 1}")
            continue
        where = f"{way} {window.width()}x{window.height()} step {index + 1}"
        page = window.stack.currentWidget()
        problems += page_problems(page, where)
        problems += clipping_problems(page, where)
        problems += clipping_problems(window.nav_panel, where)
        for widget in (window.back_button, window.next_button):
            if widget.width() + SLACK < widget.sizeHint().width():
                problems.append(f"{where}: {widget.text()!r} is cut off")
        problems += step_list_problems(window.navigator, where)
    return problems


def patient_view_problems(window: object, app: QApplication) -> list[str]:
    """F11 on a topic: text only, full width, body text readable from a metre; Esc undoes it."""
    from hfs_desktop.ui.main_window import MainWindow
    from hfs_desktop.ui.pages.topics import TopicPage
    from hfs_desktop.ui.theme import Sizes

    assert isinstance(window, MainWindow)
    problems: list[str] = []
    from hfs_desktop.domain.session import TOPICS

    for topic in TOPICS:  # so that Next goes through all four topics
        window.model.set_included(topic, True)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F11)
    settle(app, 300)
    screen = window.screen().geometry()
    where = f"patient view {screen.width()}x{screen.height()}"
    for step in range(1, 5):
        page = window.stack.currentWidget()
        assert isinstance(page, TopicPage)
        if page.panel_scroll.isVisible() or window.nav_panel.isVisible():
            problems.append(f"{where} step {step + 1}: the clinician's controls are shown")
        shown = [label for label in page.view.findChildren(QLabel) if label.isVisible()]
        if any(re.search(r"\[[SEC]\d+[,\]]", label.text()) for label in shown):
            problems.append(f"{where} step {step + 1}: a source tag is shown")
        if any(box.isVisible() for box in page.view.check_boxes.values()):
            problems.append(f"{where} step {step + 1}: a tick box is shown")
        room = page.text_area.viewport().width()
        if page.view.width() < room - 60:
            problems.append(f"{where} step {step + 1}: text {page.view.width()} of {room} px")
        problems += page_problems(page, f"{where} step {step + 1}")
        if step < 4:
            QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
            settle(app, 150)
    body = Sizes(window.scale()).body
    if screen.height() >= 1080 and body < 28:
        problems.append(f"{where}: body text {body} px, under 28 px")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    settle(app, 200)
    if (
        not window.nav_panel.isVisible()
        or not window.stack.currentWidget().panel_scroll.isVisible()
    ):
        problems.append(f"{where}: Esc did not bring the clinician's view back")
    return problems


def fresh_window(
    app: QApplication, width: int, height: int, text_size: int = 100, language: str = ""
) -> object:
    """A window as the app makes it; with ``language`` ("es", "zh-Hans") the window's words
    and the handout are in that language."""
    from hfs_desktop.app import create_main_window
    from hfs_desktop.ui.settings import Settings, save_settings

    save_settings(Settings(text_size=text_size, window_language=language or "en"))
    window = create_main_window()
    window.resize(width, height)
    window.show()
    window.activateWindow()
    wait_until(app, window.is_ready)
    if language:
        window.model.set_handout_language(language)
        wait_until(app, window.is_ready)
    settle(app, 100)
    return window


def main(language: str = "") -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    problems: list[str] = []
    for width, height in SIZES:
        for way in WAYS:
            window = fresh_window(app, width, height, language=language)
            problems += reach_steps(window, app, way)
            window.model.set_modified(False)  # type: ignore[attr-defined]
            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            settle(app, 20)
    window = fresh_window(app, 1920, 1080, language=language)
    problems += patient_view_problems(window, app)
    window.model.set_modified(False)  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    for width, height, text_size in LARGE_TEXT:
        window = fresh_window(app, width, height, text_size, language)
        problems += reach_steps(window, app, "next")
        window.model.set_modified(False)  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
        window.deleteLater()  # type: ignore[attr-defined]
        settle(app, 20)
    print(f"platform {app.platformName()}, language {language or 'en'}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["HFS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="hfs-layout-")
    from hfs_desktop.ui.qt_compat import protect_none

    protect_none()
    args = sys.argv[1:]
    sys.exit(main(args[1] if args[:1] == ["--language"] and len(args) > 1 else ""))
