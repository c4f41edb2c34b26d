"""The app's cache folder: derived copies of shipped data, never anything about a patient.

Only parsed TrueType faces live here (``fonts/``, written by ``handout.font_cache``), each
rebuilt from the shipped font whenever it changes, and the window's compiled translations
(``translations/``, written by ``storage.qt_translations``). Deleting the folder only costs speed.
Writing is best effort and atomic.
"""

from __future__ import annotations

from pathlib import Path

from hfs_desktop.storage.atomic import SaveError, write_atomic


def file_key(path: Path, *extra: str) -> str:
    """Identifies one version of a file: name, size and modification time, plus ``extra``."""
    stat = path.stat()
    return "|".join([path.name, str(stat.st_size), str(stat.st_mtime_ns), *extra])


def store(path: Path, data: bytes) -> None:
    """Write a cache file atomically; a read-only or full disk only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, SaveError):
        pass
