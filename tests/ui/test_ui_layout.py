"""Every step, reached by Next, by shortcut and by the step list, shows all of its content.

The checks read geometry only (no grab: grabbing re-lays a window out and hid the defect where
topic pages opened cut off at a third of their height). Offscreen in process, and on a real
X server (Xvfb, xcb) in a child process when ``xvfb-run`` is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.view_modes import MAX_PATIENT_SCALE, patient_scale
from tests.ui.layout_probe import (
    LARGE_TEXT,
    SIZES,
    WAYS,
    fresh_window,
    patient_view_problems,
    reach_steps,
)

PROBE = Path(__file__).with_name("layout_probe.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("way", WAYS)
def test_every_step_shows_all_its_content_offscreen(
    qtbot: QtBot, qapp: QApplication, way: str, size: tuple[int, int]
) -> None:
    window = fresh_window(qapp, *size)
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    assert reach_steps(window, qapp, way) == []


@pytest.mark.parametrize("size", LARGE_TEXT, ids=lambda s: f"{s[0]}x{s[1]}-{s[2]}pct")
def test_large_text_clips_nothing_offscreen(
    qtbot: QtBot, qapp: QApplication, size: tuple[int, int, int]
) -> None:
    window = fresh_window(qapp, *size)
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    assert reach_steps(window, qapp, "next") == []


@pytest.mark.parametrize("language", ["es", "zh-Hans"])
@pytest.mark.parametrize("size", [(1366, 768, 100), (1366, 768, 200), (1920, 1080, 200)])
def test_spanish_and_chinese_clip_nothing_offscreen(
    qtbot: QtBot, qapp: QApplication, size: tuple[int, int, int], language: str
) -> None:
    """The window and the handout in Spanish (about 30 % longer) or Chinese."""
    from hfs_desktop.ui import window_language

    window = fresh_window(qapp, *size, language=language)
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    try:
        assert window.next_button.text() != "Next →"  # the window is translated
        assert reach_steps(window, qapp, "next") == []
    finally:
        window_language.install("en")


def test_patient_view_shows_the_patients_text_only(qtbot: QtBot, qapp: QApplication) -> None:
    window = fresh_window(qapp, 1366, 768)
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    assert patient_view_problems(window, qapp) == []
    assert not window.patient_view_button.isChecked()


@pytest.mark.parametrize(("height", "least"), [(1080, 28), (1440, 37), (768, 23), (720, 23)])
def test_patient_view_text_grows_with_the_screen(height: int, least: int) -> None:
    assert Sizes(patient_scale(1.0, height)).body >= least
    # The clinician's own text size counts too, up to a ceiling.
    assert patient_scale(2.0, height) == min(MAX_PATIENT_SCALE, 2 * patient_scale(1.0, height))


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_every_step_shows_all_its_content_on_a_real_x_server() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, str(PROBE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert "platform xcb" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]


def test_patient_labels_sit_beside_wide_fields_and_above_narrow_ones(
    qtbot: QtBot, qapp: QApplication
) -> None:
    window = fresh_window(qapp, 1366, 705)
    qtbot.addWidget(window, before_close_func=lambda w: w.model.set_modified(False))
    page = window.patient_page
    qtbot.waitUntil(lambda: not page.card._stacked)  # normal text on a laptop: beside
    window.change_text_size(+1)
    for _ in range(6):
        window.change_text_size(+1)  # up to 200 %
    qtbot.waitUntil(lambda: page.card._stacked)  # large text: the labels go above the fields
