"""Review & finish: what was covered, what is missing, and the handout's way out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.settings import ClinicProfile, Settings, save_settings
from hfs_desktop.ui.steps import Step


def _codes(window: MainWindow) -> list[str]:
    return [check.code for check in window.checks]


def test_save_and_print_are_refused_until_the_handout_is_ready(
    window: MainWindow, dialogs: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(window, "_problem_box", lambda title, intro, lines, *d: shown.append(lines))
    window.patient_page.name.setText("   ")  # only spaces: no name to print
    assert not window.save_pdf()
    assert not window.handouts.print_handout()
    assert window.current_step() in (Step.PATIENT, Step.REVIEW)
    assert shown and any("name" in line for line in shown[0])


def test_no_clinic_phone_is_named_with_where_to_add_it(
    make_window: Callable[[], MainWindow],
) -> None:
    save_settings(
        Settings(profile=ClinicProfile(clinic_name="Riverside", phone="", emergency_number="112"))
    )
    window = make_window()
    window.patient_page.name.setText("Ana")
    assert _codes(window) == ["no_clinic_phone"]
    window.go_to(Step.REVIEW)
    review = window.review_page
    assert "Clinic profile" in review.checks_grid.itemAt(0).widget().text()
    assert not review.ready_line.text().startswith("✓")
    go = review.findChild(type(review.save_button), "fix-no_clinic_phone")
    assert go is not None and go.text() == "Go to Patient && visit"  # shown as "Patient & visit"
    go.click()
    assert window.current_step() == Step.PATIENT


def test_no_emergency_number_stops_the_handout_but_no_night_number_does_not(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The "Get help now" box needs the local emergency number (domain readiness, required);
    # an out-of-hours number is advised only: the wording then points to the emergency number.
    save_settings(Settings(profile=ClinicProfile(clinic_name="Riverside", phone="01632 960000")))
    window = make_window()
    window.patient_page.name.setText("Ana")
    assert _codes(window) == ["emergency_number_missing"]
    shown: list[list[str]] = []
    monkeypatch.setattr(window, "_problem_box", lambda title, intro, lines, *d: shown.append(lines))
    assert not window.save_pdf()
    assert shown and any("emergency number" in line for line in shown[0])


def test_ticks_in_a_left_out_section_offer_to_include_it(qtbot: QtBot, window: MainWindow) -> None:
    window.patient_page.name.setText("Ana")
    assert window.checks == []
    recurrence = window.topic_pages[2]  # not recommended before surgery: left out
    window.go_to(Step.RECURRENCE)
    first = next(iter(recurrence.view.check_boxes))
    recurrence.view.check_boxes[first].setChecked(True)
    assert _codes(window) == ["ticks_left_out:recurrence"]
    assert window.navigator.attention(Step.RECURRENCE)
    window.go_to(Step.REVIEW)
    review = window.review_page
    fix = review.findChild(type(review.save_button), "fix-ticks_left_out:recurrence")
    assert fix is not None and fix.text() == "Include this section"
    fix.click()
    assert "recurrence" in window.model.included()
    assert window.checks == [] and review.ready_line.text().startswith("✓")


def test_after_a_save_the_pdf_opens_and_its_folder_shows(
    window: MainWindow,
    dialogs: object,
    wait_preview: Callable[[MainWindow], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    window.patient_page.name.setText("Ana")
    window.go_to(Step.REVIEW)
    review = window.review_page
    assert not review.open_button.isEnabled() and not review.folder_button.isEnabled()
    assert "follow-up" in review.session_line.text() and "not saved" in review.session_line.text()
    wait_preview(window)
    dialogs.pdf = tmp_path / "ana.pdf"  # type: ignore[attr-defined]
    review.save_button.click()
    assert (tmp_path / "ana.pdf").is_file()
    assert review.open_button.isEnabled() and "ana.pdf" in review.pdf_line.text()
    review.open_button.click()
    review.folder_button.click()
    assert opened == [str(tmp_path / "ana.pdf"), str(tmp_path)]
    dialogs.session = tmp_path / "ana.json"  # type: ignore[attr-defined]
    review.save_session_button.click()
    assert "Saved as ana.json" in review.session_line.text()
    review.next_patient_button.click()  # saved: no question
    assert window.model.session.patient.name == "" and window.current_step() == Step.PATIENT
    assert not review.open_button.isEnabled()
    assert QUrl is not None


def test_covered_lists_discussed_topics_and_teach_back(qtbot: QtBot, window: MainWindow) -> None:
    surgery = window.topic_pages[0]
    window.go_to(Step.SURGERY)
    surgery.discussed.setChecked(True)
    first = next(iter(surgery.teach_back))
    surgery.teach_back[first].setChecked(True)
    window.go_to(Step.REVIEW)
    text = window.review_page.covered.text()
    total = len(surgery.teach_back)
    assert f"✓ The surgery: discussed, in the handout, teach-back 1 of {total}" in text
    assert "If twitching returns: not marked discussed, left out" in text


def test_covered_lines_read_naturally_in_chinese(qtbot: QtBot, window: MainWindow) -> None:
    """No English ", " or ": " between Chinese words: the separators are translated too."""
    from hfs_desktop.ui import window_language
    from tests.ui.test_ui_language import switch_window_language

    try:
        switch_window_language(window, qtbot, "zh-Hans", "下一步 →")
        surgery = window.topic_pages[0]
        window.go_to(Step.SURGERY)
        surgery.discussed.setChecked(True)
        window.go_to(Step.REVIEW)
        lines = window.review_page.covered.text().splitlines()
        first = lines[0]
        assert first.startswith("✓ ") and "：已讨论、已纳入资料、复述 0/" in first
        assert not any(", " in line or ": " in line for line in lines)
    finally:
        window_language.install("en")


def test_recommended_topics_are_listed_with_chinese_separators(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The Handout step's "recommended" note joined Chinese titles with an English ", "."""
    from hfs_desktop.ui import window_language
    from tests.ui.test_ui_language import switch_window_language

    try:
        switch_window_language(window, qtbot, "zh-Hans", "下一步 →")
        window.go_to(Step.HANDOUT)
        note = window.handout_page.recommended_note.text()
        assert note.startswith("这个阶段推荐：") and "、" in note and ", " not in note
    finally:
        window_language.install("en")
