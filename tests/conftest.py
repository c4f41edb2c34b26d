"""Test setup shared by every test: headless Qt, and never the user's real settings folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Before any Qt object exists (pytest-qt's qapp included): see hfs_desktop/ui/qt_compat.py.
from hfs_desktop.ui.qt_compat import protect_none  # noqa: E402

protect_none()

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("hfs-home")
    monkeypatch.setenv("HFS_DESKTOP_HOME", str(home))
    return home
