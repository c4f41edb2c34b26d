"""Settings hold the clinic profile and text size only; patient data never lands on disk."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hfs_desktop.ui import settings as settings_mod
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.profile_dialog import ClinicProfileDialog, logo_problem
from hfs_desktop.ui.settings import ClinicProfile, Settings, load_settings, save_settings


def home() -> Path:
    return Path(os.environ["HFS_DESKTOP_HOME"])


def accept_profile_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[ClinicProfileDialog], None]
) -> None:
    def exec_(dialog: ClinicProfileDialog) -> int:
        fill(dialog)
        return ClinicProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ClinicProfileDialog, "exec", exec_)


def test_settings_live_in_hfs_desktop_home() -> None:
    assert settings_mod.settings_path() == home() / "settings.json"
    save_settings(Settings(profile=ClinicProfile(clinic_name="North Clinic"), text_size=130))
    data = json.loads((home() / "settings.json").read_text(encoding="utf-8"))
    assert set(data) == {"format", "version", "clinic", "ui"}
    assert set(data["clinic"]) == {
        "name",
        "phone",
        "out_of_hours_phone",
        "emergency_number",
        "outcomes_path",
        "clinician",
        "paper",
        "logo_path",
    }
    assert data["ui"] == {"text_size": 130, "language": ""}  # "": the system's language
    assert load_settings().profile.clinic_name == "North Clinic"


def test_broken_settings_file_falls_back_to_defaults() -> None:
    home().mkdir(parents=True, exist_ok=True)
    (home() / "settings.json").write_bytes(b"{not json")
    assert load_settings() == Settings()
    (home() / "settings.json").write_text('{"clinic": {"paper": "A0"}, "ui": {"text_size": 999}}')
    loaded = load_settings()
    assert loaded.profile.paper == "a4" and loaded.text_size == 200


def test_profile_is_kept_and_fills_new_consultations(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()

    def fill(dialog: ClinicProfileDialog) -> None:
        dialog.clinic_name.setText("Clínica Sur")
        dialog.phone.setText("+34 900 000 000")
        dialog.out_of_hours.setText("+34 900 000 111")
        dialog.emergency.setText("112")
        dialog.clinician.setText("Dra. Ruiz")
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))

    accept_profile_dialog(monkeypatch, fill)
    window.profile_action.trigger()
    # The consultation had not started: it takes the profile at once.
    s = window.model.session
    assert (s.clinic.name, s.clinic.phone, s.clinician) == (
        "Clínica Sur",
        "+34 900 000 000",
        "Dra. Ruiz",
    )
    assert (s.clinic.out_of_hours_phone, s.clinic.emergency_number) == ("+34 900 000 111", "112")
    assert s.handout.paper == "letter"
    assert window.patient_page.clinician.text() == "Dra. Ruiz"
    assert "Clínica Sur" in window.patient_page.clinic.text()

    second = make_window()  # a new window (a new day) reads the saved profile
    assert second.settings.profile.clinic_name == "Clínica Sur"
    assert second.model.session.clinician == "Dra. Ruiz"
    assert second.handout_page.paper.currentData() == "letter"


def test_profile_change_leaves_a_started_consultation_alone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.patient_page.name.setText("Started Already")
    accept_profile_dialog(monkeypatch, lambda d: d.clinician.setText("Dr New"))
    window.edit_profile()
    assert window.model.session.patient.name == "Started Already"
    assert window.model.session.clinician == ""
    assert window.settings.profile.clinician == "Dr New"


def test_text_size_is_remembered(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.larger_action.trigger()
    window.larger_action.trigger()
    assert window.settings.text_size == 130
    assert make_window().settings.text_size == 130
    window.reset_size_action.trigger()
    assert load_settings().text_size == 100


def test_no_patient_data_in_the_settings_folder(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    dialogs: object,
    wait_preview: Callable[[MainWindow], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    accept_profile_dialog(monkeypatch, lambda d: d.clinic_name.setText("Riverside"))
    window = make_window()
    window.edit_profile()
    name, note = "Wiesława Ŝtępień-Secretname", "Private note about Secretname"
    window.patient_page.name.setText(name)
    window.questions_page.notes.setPlainText(note)
    window.questions_page.questions.setPlainText("Secretname question?")
    window.change_text_size(+1)
    window.go_to(6)
    wait_preview(window)
    dialogs.pdf = tmp_path / "out" / "handout.pdf"  # type: ignore[attr-defined]
    (tmp_path / "out").mkdir()
    assert window.save_pdf()
    window.model.set_modified(False)
    window.close()
    found = []
    for path in home().rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for secret in ("Secretname", "Wiesława", "Ŝtępień"):
                if secret.encode("utf-8") in raw:
                    found.append((path.name, secret))
    assert found == []
    assert sorted(p.name for p in home().iterdir()) == ["settings.json"]
    # and no stray temporary files beside the PDF that was saved
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["handout.pdf"]


def test_pdf_metadata_and_title_do_not_carry_the_name(
    window: MainWindow, dialogs: object, tmp_path: Path, wait_preview: Callable
) -> None:
    from pypdf import PdfReader

    window.patient_page.name.setText("Metadata Secretname")
    wait_preview(window)
    dialogs.pdf = tmp_path / "m.pdf"  # type: ignore[attr-defined]
    assert window.save_pdf()
    meta = PdfReader(str(tmp_path / "m.pdf")).metadata or {}
    assert all("Secretname" not in str(v) for v in meta.values())
    assert "Secretname" not in window.windowTitle()


def _image(path: Path, width: int, height: int, fmt: str) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5fa8"))
    assert image.save(str(path), fmt)
    return path


def test_logo_is_checked(qtbot: QtBot, tmp_path: Path) -> None:
    assert logo_problem("") is None
    assert logo_problem(str(_image(tmp_path / "ok.png", 200, 80, "PNG"))) is None
    assert logo_problem(str(_image(tmp_path / "ok.jpg", 200, 80, "JPEG"))) is None
    assert "PNG or JPEG" in (logo_problem(str(_image(tmp_path / "x.bmp", 200, 80, "BMP"))) or "")
    assert "pixels" in (logo_problem(str(_image(tmp_path / "tiny.png", 4, 4, "PNG"))) or "")
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    assert logo_problem(str(fake)) is not None
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"0" * (5 * 1024 * 1024 + 1))
    assert "5 MB" in (logo_problem(str(big)) or "")
    assert "not found" in (logo_problem(str(tmp_path / "nope.png")) or "")
    dialog = ClinicProfileDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    dialog.logo.setText(str(fake))
    assert (
        not dialog.buttons.buttons()[0].isEnabled()
        or not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    )
    dialog.logo.setText(str(tmp_path / "ok.png"))
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.profile().logo_path == str(tmp_path / "ok.png")
