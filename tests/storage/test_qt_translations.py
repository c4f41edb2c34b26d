"""The window's Spanish and Chinese: Qt Linguist sources in resources/translations, compiled
to .qm in the cache folder on first need (nothing compiled is committed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hfs_desktop.storage.qt_translations import compiled_translation, translation_sources

ROOT = Path(__file__).resolve().parents[2]
# PySide6's lupdate, beside the interpreter that runs the tests (the venv's bin folder).
LUPDATE = [str(Path(sys.executable).with_name("pyside6-lupdate"))]
FIELD = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?=[^\s&])")  # "&File": Alt+F (a lone "&" between words is text)


def messages(language: str) -> list[tuple[str, str, str]]:
    root = ET.parse(translation_sources()[language]).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_sources_ship_and_none_is_compiled_in_the_repo() -> None:
    sources = translation_sources()
    assert set(sources) >= {"es", "zh_Hans"}
    folder = next(iter(sources.values())).parent
    assert not list(folder.glob("*.qm"))


@pytest.mark.parametrize("language", ["es", "zh_Hans"])
def test_every_string_is_translated_with_its_fields(language: str) -> None:
    found = messages(language)
    assert len(found) > 100
    root = ET.parse(translation_sources()[language]).getroot()
    assert not [m for m in root.iter("translation") if m.get("type") == "unfinished"]
    for _ctx, source, text in found:
        assert text.strip(), source
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(text)), source
        assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), source


@pytest.mark.parametrize(
    ("language", "words"), [("es", "Perfil del centro"), ("zh-Hans", "诊所资料")]
)
def test_compiled_on_first_need_and_loaded_by_qt(language: str, words: str) -> None:
    from PySide6.QtCore import QTranslator

    path = compiled_translation(language)
    assert path is not None and path.is_file() and path.suffix == ".qm"
    stamp = path.stat().st_mtime_ns
    assert compiled_translation(language) == path  # cached: not compiled again
    assert path.stat().st_mtime_ns == stamp
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("ClinicProfileDialog", "Clinic profile") == words


def test_english_needs_no_translation() -> None:
    assert compiled_translation("en") is None


def test_every_window_string_is_in_the_sources_and_finished(tmp_path: Path) -> None:
    """pyside6-lupdate run again over hfs_desktop/ui (into copies) finds no string the sources
    lack and none unfinished: a new or changed window string fails here until translated."""
    ui = sorted(str(p) for p in (ROOT / "hfs_desktop" / "ui").rglob("*.py"))
    copies = []
    for source in translation_sources().values():
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        copies.append(copy)
    run = subprocess.run(
        [*LUPDATE, *ui, "-no-obsolete", "-ts", *map(str, copies)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    for copy in copies:
        root = ET.parse(copy).getroot()
        missing = [
            m.findtext("source")
            for m in root.iter("message")
            if m.find("translation") is None or m.find("translation").get("type")  # type: ignore[union-attr]
        ]
        assert missing == [], f"{copy.name}: not translated yet: {missing}"
