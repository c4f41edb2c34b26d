"""The parsed-font cache: same fonts, same PDF bytes, and a bad cache file costs only speed."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from hfs_desktop.handout import font_cache
from hfs_desktop.handout.font_cache import CachedTTFont, cached_ttfont
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.user_dirs import cache_dir

SMALL_FONT = "NotoSansHebrew-Regular.ttf"
CJK_FONT = "DroidSansFallbackFull.ttf"


@pytest.fixture
def font_copy(tmp_path: Path) -> Path:
    """A private copy of a small font, so tests can change its file."""
    target = tmp_path / "fonts" / SMALL_FONT
    target.parent.mkdir()
    shutil.copy(resource_path("fonts", SMALL_FONT), target)
    return target


def cache_file(font_file: Path) -> Path:
    return cache_dir() / "fonts" / f"{font_file.stem}.face"


def test_cache_lives_in_the_app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HFS_DESKTOP_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "cache"


def test_first_use_parses_and_stores_then_the_cache_is_used(font_copy: Path) -> None:
    first = cached_ttfont("T-first", font_copy)
    assert type(first) is TTFont and cache_file(font_copy).is_file()
    second = cached_ttfont("T-second", font_copy)
    assert isinstance(second, CachedTTFont) and second.fontName == "T-second"


@pytest.mark.parametrize("name", [SMALL_FONT, CJK_FONT])
def test_a_cached_font_is_the_parsed_font(name: str) -> None:
    path = resource_path("fonts", name)
    parsed = TTFont("T-parsed", str(path))
    cached_ttfont("T-warm", path)  # writes the cache if this test runs first
    cached = cached_ttfont("T-cached", path)
    assert isinstance(cached, CachedTTFont)
    # TTFont.__init__'s attributes: a reportlab release that adds one fails here, not in a PDF
    assert set(vars(cached)) == set(vars(parsed))
    assert cached.shapable == parsed.shapable
    assert cached._asciiReadable == parsed._asciiReadable
    face, fresh = cached.face, parsed.face
    for key, value in vars(fresh).items():
        if key == "_pdfScale":
            assert face._pdfScale(731) == value(731)
        elif key in ("hmetrics", "glyphPos"):  # flat arrays behind the same indexing
            assert len(getattr(face, key)) == len(value)
            assert [getattr(face, key)[i] for i in range(len(value))] == value, key
            pairs = zip(face.hmetrics, fresh.hmetrics, strict=True)
            assert all(type(a[0]) is type(b[0]) for a, b in pairs)  # ints stay ints
        elif key != "glyphToChar":
            assert getattr(face, key) == value, key
    assert face.glyphToChar == fresh.glyphToChar  # derived on demand, equal all the same
    assert face.name.ustr == fresh.name.ustr  # reportlab's name strings keep their text


def test_export_gives_the_same_bytes_with_and_without_the_cache(tmp_path: Path) -> None:
    example = resource_path("examples", "after-surgery-twitching-returned.json")  # Chinese
    env = dict(os.environ, HFS_DESKTOP_HOME=str(tmp_path / "home"))
    outputs = []
    for run in ("cold", "warm"):
        out = tmp_path / f"{run}.pdf"
        subprocess.run(
            [sys.executable, "-m", "hfs_desktop.cli", "export", str(example), "-o", str(out)]
            + ["--deterministic", "-q"],
            env=env,
            check=True,
        )
        outputs.append(out.read_bytes())
        if run == "cold":
            stored = sorted(p.name for p in (tmp_path / "home" / "cache" / "fonts").iterdir())
            assert stored == [
                "DejaVuSans-Bold.face",
                "DejaVuSans.face",
                "DroidSansFallbackFull.face",
            ]
    assert outputs[0] == outputs[1]


def test_a_damaged_cache_file_is_parsed_again_and_rewritten(font_copy: Path) -> None:
    cached_ttfont("T-1", font_copy)
    path = cache_file(font_copy)
    path.write_bytes(path.read_bytes()[:100])  # truncated, e.g. by a full disk
    font = cached_ttfont("T-2", font_copy)
    assert type(font) is TTFont
    assert isinstance(cached_ttfont("T-3", font_copy), CachedTTFont)  # rewritten whole


def test_a_changed_font_file_is_parsed_again(font_copy: Path) -> None:
    cached_ttfont("T-1", font_copy)
    os.utime(font_copy, ns=(1_000_000_000, 1_000_000_000))  # e.g. an updated font
    assert type(cached_ttfont("T-2", font_copy)) is TTFont


def test_a_planted_cache_file_cannot_run_code(font_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    cached_ttfont("T-1", font_copy)
    path = cache_file(font_copy)
    key = font_cache._key(font_copy)
    path.write_bytes(pickle.dumps((key, {"charToGlyph": Payload()})))
    font = cached_ttfont("T-2", font_copy)
    assert type(font) is TTFont  # refused, parsed again
    assert not marker.exists()


def test_an_unwritable_cache_only_costs_speed(
    font_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("HFS_DESKTOP_HOME", str(blocker))
    font = cached_ttfont("T-1", font_copy)
    assert type(font) is TTFont and font.face.charToGlyph
    assert blocker.read_text() == "a file where the cache folder should be"


def test_the_reportlab_internals_the_cache_relies_on_are_unchanged() -> None:
    """font_cache re-implements ``TTFont.__init__`` and stores ``TTFontFace``'s parsed tables,
    so reportlab is pinned below 5.2 in pyproject.toml. A release that moves what the cache
    uses fails here, naming it: re-check font_cache.py, then raise the pin."""
    import inspect

    import reportlab
    from reportlab.pdfbase import ttfonts

    version = tuple(int(part) for part in reportlab.Version.split(".")[:2])
    assert version < (5, 2), f"reportlab {reportlab.Version}: re-check font_cache.py first"
    assert list(inspect.signature(TTFont.__init__).parameters)[:3] == ["self", "name", "filename"]
    assert hasattr(ttfonts, "TTFNameBytes") and hasattr(ttfonts, "TTEncoding")
    face = TTFont("T-probe", str(resource_path("fonts", SMALL_FONT))).face
    assert type(face) is ttfonts.TTFontFace
    for name in font_cache._DERIVED + ("charToGlyph", "hmetrics", "glyphPos", "unitsPerEm"):
        assert name in vars(face), f"reportlab {reportlab.Version}: TTFontFace has no {name}"
    assert face._pdfScale(face.unitsPerEm) == 1000
