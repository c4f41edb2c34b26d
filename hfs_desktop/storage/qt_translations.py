"""The window's own words in other languages: Qt Linguist sources compiled on first need.

``resources/translations/hfs_<language>.ts`` (made with ``pyside6-lupdate`` from
``hfs_desktop/ui``, translated, kept in git) is compiled to a ``.qm`` in the cache folder the
first time the window asks for that language, with the ``lrelease`` that PySide6 ships; no
compiled file is committed. The ``.qm`` name carries a fingerprint of its ``.ts``
(``hfs_es-<16 hex>.qm``), so an updated translation is compiled again. The app bundle, which
has no lrelease, compiles them at build time (``packaging/build.py``) under the same names
beside their ``.ts``; one found there is used first. No Qt import here: the window loads the
file with a ``QTranslator`` (see ``docs/content-format.md``, "The window's language").

Refresh the sources after the window's strings change::

    pyside6-lupdate $(find hfs_desktop/ui -name '*.py') -ts resources/translations/hfs_es.ts \\
        resources/translations/hfs_zh_Hans.ts
"""

from __future__ import annotations

import logging
import os
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
    import importlib.util
    import shutil

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
    import subprocess  # here, not at the top: the window's start-up (English) needs none

    source = translation_sources().get(_qt_name(language))
    if source is None:
        return None
    built = source.with_name(compiled_name(source))  # compiled at bundle time, beside it
    if built.is_file():
        return built
    target = cache_dir() / "translations" / built.name
    if target.is_file():
        return target
    try:
        compile_translation(source, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("The window's %s translation could not be compiled (%s)", language, exc)
        return None
    return target


def compiled_name(source: Path) -> str:
    """The .qm's name for a .ts: its name and a fingerprint of its text."""
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return f"{source.stem}-{digest}.qm"


def compile_translation(source: Path, target: Path) -> None:
    """Compile ``source`` (.ts) to ``target`` (.qm) atomically with lrelease; OSError when
    there is no lrelease, SubprocessError when it fails."""
    import subprocess
    import sys
    import tempfile

    command = lrelease()
    if command is None:
        raise FileNotFoundError("no lrelease found (PySide6's, or one on the PATH)")
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
