"""The window's own words in other languages: Qt Linguist sources compiled on first need.

``resources/translations/hfs_<language>.ts`` (made with ``pyside6-lupdate`` from
``hfs_desktop/ui``, translated, kept in git) is compiled to a ``.qm`` in the cache folder the
first time the window asks for that language, with the ``lrelease`` that PySide6 ships (an
installer or the app bundle may compile it beforehand, beside its ``.ts``: that one is used
when it is not older than the source); no compiled file is committed. The ``.qm`` name
carries a fingerprint of its ``.ts``, so an updated translation is compiled again. No Qt
import here: the window loads the file with a ``QTranslator`` (see
``docs/content-format.md``, "The window's language").

Refresh the sources after the window's strings change::

    pyside6-lupdate $(find hfs_desktop/ui -name '*.py') -ts resources/translations/hfs_es.ts \\
        resources/translations/hfs_zh_Hans.ts
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hfs_desktop.resources import ResourceNotFoundError, resource_path
from hfs_desktop.storage.user_dirs import cache_dir

log = logging.getLogger(__name__)


def _qt_name(language: str) -> str:
    """The file suffix Qt uses: "zh-Hans" → "zh_Hans"."""
    return language.replace("-", "_")


def translation_sources() -> dict[str, Path]:
    """Every shipped window translation by its Qt name, e.g. {"es": …/hfs_es.ts}."""
    try:
        folder = resource_path("translations")
    except ResourceNotFoundError:
        return {}
    return {p.stem.removeprefix("hfs_"): p for p in sorted(folder.glob("hfs_*.ts"))}


def lrelease() -> list[str] | None:
    """The command that compiles a .ts file: PySide6's own lrelease, else one on the PATH."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    for folder in spec.submodule_search_locations or [] if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(folder) / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_translation(language: str) -> Path | None:
    """The window's .qm for ``language`` ("es", "zh-Hans"), compiled now if not cached yet.

    None when the language has no translation (English needs none) or it cannot be compiled
    (no lrelease, a read-only cache): the window then stays in English.
    """
    name = _qt_name(language)
    source = translation_sources().get(name)
    if source is None:
        return None
    built = source.with_suffix(".qm")  # compiled at install or bundle time, beside its source
    if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / "translations" / f"hfs_{name}-{digest}.qm"
    if target.is_file():
        return target
    command = lrelease()
    if command is None:
        log.warning("No lrelease found: the window stays in English")
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            part = Path(tmp) / target.name
            subprocess.run(
                [*command, "-silent", str(source), "-qm", str(part)],
                check=True,
                capture_output=True,
                timeout=60,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)
                if sys.platform == "win32"
                else 0,
            )
            os.replace(part, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("The window's %s translation could not be compiled (%s)", name, exc)
        return None
    return target
