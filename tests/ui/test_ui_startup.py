"""Start-up order: the frame paints first, then step 1, the checks and the other steps.

The timings are in ``benchmarks/``; these tests hold the structure that makes them possible
(nothing heavy on the first-paint path) and check that a window is complete once ready.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from hfs_desktop.ui.main_window import MainWindow

FIRST_PAINT_PROBE = r"""
import json, sys
import hfs_desktop.ui
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from hfs_desktop.app import create_main_window

app = QApplication(sys.argv)
window = create_main_window()
window.resize(1280, 800)
report = {}

def heavy():
    names = ("jinja2", "reportlab", "hfs_desktop.domain.content",
             "hfs_desktop.handout", "PySide6.QtPdf", "PySide6.QtPrintSupport")
    loaded = sorted(n for n in names if n in sys.modules)
    if "Qt" in core.__dict__:
        loaded.append("PySide6.QtCore.Qt")
    return loaded

def built():
    stack = window.stack
    return [stack.widget(i).objectName().startswith("Page-") for i in range(stack.count())]

class Watch(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            report["first_paint"] = {
                "heavy": heavy(),
                "built": built(),
            }
            QTimer.singleShot(10, poll)
        return False

def poll():
    if not window.is_ready():
        QTimer.singleShot(10, poll)
        return
    report["ready"] = {
        "built": built(),
        "marks": [window.navigator.marks(r) for r in range(1, 5)],
        "actions": len(window.actions()),
    }
    window.model.set_modified(False)
    print(json.dumps(report), flush=True)
    app.quit()

watch = Watch()
window.installEventFilter(watch)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_first_paint_needs_nothing_heavy_and_the_rest_follows(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HFS_DESKTOP_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    first, ready = report["first_paint"], report["ready"]
    # The frame is on screen before any content, PDF or printing code is loaded ...
    assert first["heavy"] == []
    assert first["built"] == [False] * 8
    # ... and a moment later every step is built, marked and has its shortcuts.
    assert ready["built"] == [True] * 8
    assert ready["marks"] == [[True, False], [True, False], [False, False], [False, False]]
    assert ready["actions"] >= 20


def test_a_step_is_built_when_asked_for_before_start_up_ends(qtbot: QtBot) -> None:
    from hfs_desktop.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    assert not window.is_ready()
    window.go_to(5)  # e.g. a click in the step list during the first moments
    assert window.current_step() == 5
    assert window.stack.currentWidget() is window.questions_page
    qtbot.keyClicks(window.questions_page.notes, "typed early")
    # typing before the first paint starts the rest of start-up; nothing typed is lost
    assert window._started
    qtbot.waitUntil(window.is_ready)
    assert window.navigator.marks(1) == (True, False)
    assert window.current_step() == 5
    assert window.model.session.notes == "typed early"


def test_unset_surgery_date_calendar_opens_at_the_visit_month(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QDate, QPoint, Qt

    page = window.patient_page
    page.visit_date.setDate(QDate(2026, 3, 14))
    edit = page.surgery_date
    edit.setEnabled(True)  # as after choosing an after-surgery stage
    arrow = QPoint(edit.width() - 12, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down button
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    calendar.window().hide()


def test_the_window_style_arrives_and_check_boxes_grow_with_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QApplication, QCheckBox, QStyle

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.style().objectName() == "comfort"  # installed after the first paint
    box = window.topic_pages[1].findChild(QCheckBox)
    assert box is not None

    def indicator() -> int:
        return app.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)

    small = indicator()
    assert small >= box.fontMetrics().height()
    for _ in range(3):
        window.change_text_size(+1)
    qtbot.waitUntil(lambda: indicator() > small)
    window.change_text_size(0)
