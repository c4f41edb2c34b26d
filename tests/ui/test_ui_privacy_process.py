"""A whole consultation in a separate process whose HOME, TMPDIR, config and cache folders are
fresh: afterwards the patient's name is found only in the two files the clinician saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Quillfeather-Zebediah"

SCRIPT = r"""
import sys
from pathlib import Path
import hfs_desktop.ui  # applies qt_compat before Qt starts
from PySide6.QtWidgets import QApplication, QMessageBox
from PySide6.QtCore import QCoreApplication
from hfs_desktop.app import create_main_window
from hfs_desktop.ui import files
out = Path(sys.argv[1]); marker = sys.argv[2]
app = QApplication([])
QCoreApplication.setOrganizationName("HFS Counsel")
QCoreApplication.setApplicationName("HFS Counsel")
from hfs_desktop.ui.settings import ClinicProfile, Settings, save_settings
save_settings(Settings(profile=ClinicProfile(
    clinic_name="Riverside", phone="01632 960000", emergency_number="999"
)))
w = create_main_window(); w.resize(1280, 800); w.show()
w.patient_page.name.setText(marker)
w.questions_page.notes.setPlainText("Notes for " + marker)
for step in range(7):
    w.go_to(step); app.processEvents()
answers = iter([out / "session.json", out / "handout.pdf"])
files.ask_save_path = lambda *a, **k: next(answers)
assert w.save_as(), "session not saved"
while w.renderer.current_pdf() is None:  # the preview's handout, made in the background
    app.processEvents()
assert w.save_pdf(), "pdf not saved"
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
assert w.new_consultation()
app.processEvents()
texts = [c.text() for c in w.findChildren(type(w.patient_page.name))]
assert marker not in " ".join(texts), "a widget still shows the name"
w.renderer.shutdown()
print("done")
"""


def test_consultation_leaves_patient_data_only_in_chosen_files(tmp_path: Path) -> None:
    env = dict(os.environ)
    folders = {}
    for name in (
        "HOME",
        "TMPDIR",
        "HFS_DESKTOP_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_DATA_HOME",
        "XDG_RUNTIME_DIR",
    ):
        folders[name] = tmp_path / name.lower()
        folders[name].mkdir(mode=0o700)
        env[name] = str(folders[name])
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = tmp_path / "chosen"
    out.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out), MARKER],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "done" in proc.stdout
    assert MARKER not in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["handout.pdf", "session.json"]
    assert MARKER in (out / "session.json").read_text(encoding="utf-8")
    leaks = [
        str(path)
        for folder in folders.values()
        for path in folder.rglob("*")
        if path.is_file() and MARKER.encode() in path.read_bytes()
    ]
    assert leaks == []
    # Nothing at all is left in the temp folder.
    assert list(folders["TMPDIR"].rglob("*")) == []
