"""Sessions in the window: save, open, new, and the unsaved-changes question."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hfs_desktop.storage.session_file import load_session
from hfs_desktop.ui.main_window import MainWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
Button = QMessageBox.StandardButton


class Answers:
    """Stands in for QMessageBox.question: records what was asked, answers in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: Button) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, parent: object, title: str, text: str, *args: object) -> Button:
        self.asked.append(text)
        return self.answers.pop(0)


@pytest.fixture
def problems_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    shown: list[list[str]] = []
    monkeypatch.setattr(
        window, "_problem_box", lambda title, intro, lines, *details: shown.append(lines)
    )
    return shown


def test_open_shows_every_field_and_marks_nothing_modified(
    window: MainWindow, dialogs: object, tmp_path: Path
) -> None:
    source = EXAMPLES / "considering-second-surgery.json"
    dialogs.open = source  # type: ignore[attr-defined]
    assert window.open_session()
    page = window.patient_page
    assert page.name.text().startswith("Alexandra-Konstantina")
    assert page.preferred.text() == "Alexandra"
    assert page.birth_year.text() == "1949"
    assert page.side_buttons["right"].isChecked()
    assert page.stage.currentData() == "considering_second_surgery"
    assert page.twitching.currentData() == "unchanged"
    assert page.surgery_date.date().toString("yyyy-MM-dd") == "2026-02-28"
    assert window.questions_page.notes.toPlainText().startswith("High-resolution MRI")
    assert window.handout_page.paper.currentData() == "letter"
    assert not window.isWindowModified()
    assert window.model.session.to_json_dict() == load_session(source).to_json_dict()
    # Save (Ctrl+S) writes back to the same file, unchanged in meaning.
    copy = tmp_path / "copy.json"
    shutil.copy(source, copy)
    dialogs.open = copy  # type: ignore[attr-defined]
    assert window.open_session()
    window.questions_page.notes.setPlainText("Changed.")
    assert window.isWindowModified()
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert json.loads(copy.read_text(encoding="utf-8"))["notes"] == "Changed."


def test_open_refuses_a_bad_file_and_lists_every_problem(
    window: MainWindow, dialogs: object, tmp_path: Path, problems_shown: list[list[str]]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "hfs-session",
                "version": 1,
                "patient": {"name": ""},
                "visit_date": "2026-13-01",
                "stage": "after_surgery",
                "causes_relevant": ["no_such_cause"],
            }
        ),
        encoding="utf-8",
    )
    dialogs.open = bad  # type: ignore[attr-defined]
    assert not window.open_session()
    (lines,) = problems_shown
    text = "\n".join(lines)
    for field in ("patient.name", "visit_date", "twitching", "surgery_date"):
        assert field in text
    assert window.model.path is None
    assert window.patient_page.name.text() == ""


def test_new_consultation_clears_every_patient_field(
    window: MainWindow, dialogs: object, monkeypatch: pytest.MonkeyPatch, wait_preview: Callable
) -> None:
    dialogs.open = EXAMPLES / "after-surgery-twitching-returned.json"  # type: ignore[attr-defined]
    assert window.open_session()
    window.go_to(4)
    window.topic_pages[3].view.check_boxes[
        next(iter(window.topic_pages[3].view.check_boxes))
    ].box.click()
    wait_preview(window)
    answers = Answers(monkeypatch, Button.Discard)
    window.new_action.trigger()
    assert len(answers.asked) == 1
    s = window.model.session
    assert s.patient.name == "" and s.notes == "" and s.questions == []
    assert s.discussed == [] and s.risks_discussed == [] and s.stage == "before_surgery"
    assert window.patient_page.name.text() == ""
    assert window.questions_page.notes.toPlainText() == ""
    assert window.questions_page.questions.toPlainText() == ""
    assert window.model.path is None
    assert window.current_step() == 0
    assert "王小明" not in window.questions_page.notes.toPlainText()
    assert not window.isWindowModified()
    assert window.windowTitle() == "HFS Counsel[*]"  # never the patient's name


def test_unsaved_changes_question_cancel_and_save(
    window: MainWindow, dialogs: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.patient_page.name.setText("Maria Šimková")
    answers = Answers(monkeypatch, Button.Cancel)
    assert not window.new_consultation()
    assert window.patient_page.name.text() == "Maria Šimková"  # Cancel keeps everything
    dialogs.open = EXAMPLES / "before-surgery.json"  # type: ignore[attr-defined]
    answers.answers = [Button.Cancel]
    assert not window.open_session()
    assert window.patient_page.name.text() == "Maria Šimková"
    # Save: goes through Save As (no file yet), then starts the new consultation.
    dialogs.session = tmp_path / "maria.json"  # type: ignore[attr-defined]
    answers.answers = [Button.Save]
    assert window.new_consultation()
    assert load_session(tmp_path / "maria.json").patient.name == "Maria Šimková"
    assert window.patient_page.name.text() == ""
    assert len(answers.asked) == 3


def test_close_asks_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.patient_page.name.setText("Close Test")
    answers = Answers(monkeypatch, Button.Cancel, Button.Discard)
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    assert len(answers.asked) == 2
    assert not window.isVisible()


def test_save_as_suggests_a_name_without_the_patient(
    window: MainWindow, dialogs: object, tmp_path: Path
) -> None:
    window.patient_page.name.setText("Jean-Luc Öberg")
    dialogs.session = None  # type: ignore[attr-defined]  # Cancel
    assert not window.save_as()
    assert dialogs.suggested and "Öberg" not in dialogs.suggested[0]  # type: ignore[attr-defined]
    assert dialogs.suggested[0].startswith("hfs-session-")  # type: ignore[attr-defined]
    assert window.isWindowModified()


def test_save_failure_is_explained_and_keeps_the_old_file(
    window: MainWindow, dialogs: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.patient_page.name.setText("Disk Full")
    dialogs.session = tmp_path / "missing-folder" / "x.json"  # type: ignore[attr-defined]
    assert not window.save()
    assert warnings and "does not exist" in warnings[0]
    assert window.isWindowModified()
