"""The command-line contract: exit codes, messages naming the field, no file on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hfs_desktop.cli import main
from hfs_desktop.resources import resource_path

EXAMPLE = resource_path("examples", "after-surgery-3-months.json")


def test_export_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--paper", "letter", "--large-print"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "pages" in capsys.readouterr().out


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_invalid_session_exits_2_and_names_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["surgery_date"] = "2026-13-45"
    out = tmp_path / "out.pdf"
    assert main(["export", str(write(tmp_path, data)), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "surgery_date" in err and "not a date (YYYY-MM-DD)" in err
    assert not out.exists()


def test_failure_leaves_existing_output_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"earlier")
    bad = write(tmp_path, {"format": "hfs-session", "version": 9})
    assert main(["export", str(bad), "-o", str(out)]) == 2
    assert out.read_bytes() == b"earlier"


def test_unknown_language_and_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--language", "xx"]) == 2
    assert "--language" in capsys.readouterr().err
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["causes_relevant"] = ["bad_luck"]
    assert main(["export", str(write(tmp_path, data)), "-o", str(out)]) == 2
    assert "causes_relevant[0]" in capsys.readouterr().err
    assert not out.exists()


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--paper", "a3"])
    assert info.value.code == 2
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert main(["export", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_python_main_py_runs_the_same_cli(tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), "export", str(EXAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), "export", str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "-o" in proc.stderr
