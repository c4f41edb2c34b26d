"""The window's Spanish and Chinese: Qt Linguist sources in resources/translations, compiled
to .qm in the cache folder on first need (nothing compiled is committed)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from hfs_desktop.storage.qt_translations import compiled_translation, translation_sources

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
