"""Privacy and faults of `hfs-desktop export`, run as a real process: patient data reaches only
the chosen PDF, and a process killed while writing leaves no partial file at the destination."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hfs_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "Zebediah-Quillfeather"


def env_in(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("HOME", "TMPDIR", "HFS_DESKTOP_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    return env


def session_file(tmp: Path) -> Path:
    data = json.loads(resource_path("examples", "after-surgery-3-months.json").read_text("utf-8"))
    data["patient"]["name"] = MARKER
    data["notes"] = f"Notes about {MARKER}"
    path = tmp / "in" / "s.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def files_mentioning(folder: Path, needle: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            hits.append(path)
    return hits


def test_export_writes_patient_data_only_to_the_chosen_file(tmp_path: Path) -> None:
    env = env_in(tmp_path)
    src = session_file(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "hfs_desktop", "export", str(src), "-o", str(out_dir / "h.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert MARKER not in proc.stdout + proc.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["h.pdf"]
    for name in ("home", "tmpdir", "xdg_config_home", "xdg_cache_home"):
        folder = tmp_path / name
        assert list(folder.rglob("*")) == [], f"{name} got files"
    # The app's own folder gets only its cache of parsed fonts, and no patient text.
    home = tmp_path / "hfs_desktop_home"
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == ["cache/fonts/DejaVuSans-Bold.face", "cache/fonts/DejaVuSans.face"]
    assert files_mentioning(home, MARKER) == []
    assert files_mentioning(home, "Notes about") == []
    # The name is in the PDF's (compressed) page content only, not in its metadata.
    assert files_mentioning(out_dir, MARKER) == []


KILL_DURING_WRITE = """
import os, signal, sys
import hfs_desktop.storage.atomic as atomic
def die(fd):
    os.kill(os.getpid(), signal.SIGKILL)
atomic.os.fsync = die
from hfs_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_killed_mid_export_leaves_earlier_file(tmp_path: Path) -> None:
    env = env_in(tmp_path)
    src = session_file(tmp_path)
    out = tmp_path / "h.pdf"
    out.write_bytes(b"earlier handout")
    proc = subprocess.run(
        [sys.executable, "-c", KILL_DURING_WRITE, "export", str(src), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == -9
    assert out.read_bytes() == b"earlier handout"
    # The half-written temporary file is hidden (".h.pdf.*.part"), never the destination.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert all(name.startswith(".h.pdf.") for name in leftovers)
