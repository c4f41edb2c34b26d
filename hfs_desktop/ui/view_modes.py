"""Text size and the patient view: how large the window's words are, and for whom.

The clinician picks a text size (80-200 %, kept in settings). The patient view (F11) shows
the patient's text only, full screen, with body text that grows with the screen so it can be
read from about a metre; Esc brings the clinician's view back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from hfs_desktop.ui.settings import DEFAULT_TEXT_SIZE, TEXT_SIZES
from hfs_desktop.ui.theme import Sizes, stylesheet
from hfs_desktop.ui.window_frame import fit_bar

if TYPE_CHECKING:
    from hfs_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them

PRESENTATION_SCALE = 1.25  # the patient view's least enlargement
# The patient view's body text at 1080 screen lines, read from about a metre: 29 px (the
# issue asks for at least 28); other screens scale in proportion to their height.
PATIENT_BODY_AT_1080 = 29
MAX_PATIENT_SCALE = 3.0


def patient_scale(text_scale: float, screen_height: int) -> float:
    """The patient view's text scale: the clinician's text size, enlarged so the body text
    is PATIENT_BODY_AT_1080 px on a 1080-line screen (in proportion on others), and at
    least PRESENTATION_SCALE times the normal size."""
    screen_factor = screen_height / 1080 * PATIENT_BODY_AT_1080 / Sizes(1.0).body
    return min(MAX_PATIENT_SCALE, text_scale * max(PRESENTATION_SCALE, screen_factor))


def scale(window: MainWindow) -> float:
    base = window.settings.text_size / 100
    if not window.patient_view:
        return base
    screen = window.screen()
    return patient_scale(base, screen.geometry().height() if screen is not None else 1080)


def apply_text_size(window: MainWindow) -> None:
    sizes = Sizes(scale(window))
    window.setStyleSheet(stylesheet(sizes))
    window.nav_panel.setFixedWidth(min(sizes.px(250), 300))
    for page in window.built_pages():
        page.apply_sizes(sizes)
    # Back/Next take their new sizes when the style sheet is applied: fit the bar then.
    QTimer.singleShot(0, window, lambda: fit_bar(window))


def change_text_size(window: MainWindow, step: int) -> None:
    """One size larger (+1), smaller (-1) or normal (0); kept in the settings."""
    current = TEXT_SIZES.index(window.settings.text_size)
    last = len(TEXT_SIZES) - 1
    new = DEFAULT_TEXT_SIZE if step == 0 else TEXT_SIZES[max(0, min(last, current + step))]
    if new == window.settings.text_size:
        return
    window.settings = window.settings.with_text_size(new)
    apply_text_size(window)
    window.statusBar().showMessage(translate("MainWindow", "Text size {n} %").format(n=new), 3000)
    window.store_settings()


def set_patient_view(window: MainWindow, on: bool) -> None:
    """Full screen with the patient's text only (True), or the clinician's view (False).

    The step list, the clinician panel, source tags and tick boxes are hidden; Back/Next and
    every shortcut still work; Esc (or F11, or the button) brings the clinician's view back.
    """
    if on == window.patient_view:
        return
    window.patient_view = on
    window.nav_panel.setVisible(not on)
    for toggle in (window.patient_view_button, getattr(window, "presentation_action", None)):
        if toggle is not None and toggle.isChecked() != on:
            toggle.setChecked(on)  # calls back here, and returns at once
    window.patient_view_button.setText(
        translate("MainWindow", "Clinician view (Esc)")
        if on
        else translate("MainWindow", "Patient view (F11)")
    )
    if hasattr(window, "leave_presentation"):
        window.leave_presentation.setEnabled(on)
    for page in window.built_pages():
        page.set_patient_view(on)
    if on:
        window.was_maximized = window.isMaximized()
        window.showFullScreen()
    elif window.was_maximized:
        window.showMaximized()
    else:
        window.showNormal()
    apply_text_size(window)
