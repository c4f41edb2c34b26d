"""The packaging parts that need no build: what ships, the icon files, the desktop entry,
and the resource locator inside a frozen bundle."""

from __future__ import annotations

import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hfs_desktop import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_filter  # noqa: E402
import icon_formats  # noqa: E402
from build import app_version, windows_version_info  # noqa: E402


@pytest.mark.parametrize(
    ("dest", "ships"),
    [
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # libQt6Pdf links to it
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/printsupport/libcocoaprintersupport.dylib", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("libcups.so.2", False),
        ("libdbus-1.so.3", False),
        ("libxkbcommon.so.0", True),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/translations/qtbase_fr.qm", False),
        # Qt's own words in the window's languages, and the window's (compiled at build time).
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qt_es.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
        ("hfs_desktop/_resources/translations/hfs_es-0123456789abcdef.qm", True),
        ("hfs_desktop/_resources/translations/hfs_es.ts", True),
        ("hfs_desktop/_resources/fonts/DejaVuSans.ttf", True),
    ],
)
def test_what_ships(dest: str, ships: bool) -> None:
    assert bundle_filter.ships(dest) is ships


def test_ico_and_icns_hold_every_png_size() -> None:
    ico = icon_formats.ico_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icon_formats.ICO_SIZES))
    for i, size in enumerate(icon_formats.ICO_SIZES):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert width == (0 if size == 256 else size)
        assert ico[offset : offset + length] == icon_formats.png_bytes(size)

    icns = icon_formats.icns_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    found, pos = {}, 8
    while pos < len(icns):
        kind_bytes, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        found[kind_bytes] = icns[pos + 8 : pos + length]
        pos += length
    assert found == {k: icon_formats.png_bytes(s) for s, k in icon_formats.ICNS_TYPES.items()}


def test_icon_pngs_are_rendered_from_the_svg(tmp_path: Path) -> None:
    """The committed PNGs are what render_icons.py makes of the SVG today."""
    script = PACKAGING / "icons" / "render_icons.py"
    copy = tmp_path / "icons"
    copy.mkdir()
    (copy / "render_icons.py").write_bytes(script.read_bytes())
    (copy / "hfs-counsel.svg").write_bytes((PACKAGING / "icons" / "hfs-counsel.svg").read_bytes())
    code = "import sys; sys.path.insert(0, sys.argv[1]); import render_icons as r; r.render_all()"
    subprocess.run([sys.executable, "-c", code, str(copy)], check=True, timeout=60)
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        fresh = QImage(str(copy / f"hfs-counsel-{size}.png"))
        committed = QImage(str(PACKAGING / "icons" / f"hfs-counsel-{size}.png"))
        assert (committed.width(), committed.height()) == (size, size)
        a = fresh.convertToFormat(QImage.Format.Format_ARGB32).constBits().tobytes()
        b = committed.convertToFormat(QImage.Format.Format_ARGB32).constBits().tobytes()
        assert len(a) == len(b) == size * size * 4
        # Same picture; a unit or two of antialiasing may differ between CPUs' SIMD paths.
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 2, size


def test_desktop_entry_keys() -> None:
    lines = (PACKAGING / "linux" / "hfs-counsel.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in lines[1:] if line)
    assert keys["Type"] == "Application" and keys["Name"] == "HFS Counsel"
    assert keys["Icon"] == "hfs-counsel" and keys["Terminal"] == "false"
    assert keys["Categories"].endswith(";")


def test_windows_version_info_carries_the_app_version() -> None:
    version = app_version()
    from hfs_desktop import __version__

    assert version == __version__
    text = windows_version_info(version)
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert "filevers=(" in text


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resource_root.cache_clear()
    yield tmp_path
    resources.resource_root.cache_clear()


def test_frozen_bundle_reads_its_own_resources(frozen: Path) -> None:
    font = frozen / "hfs_desktop" / "_resources" / "fonts" / "DejaVuSans.ttf"
    font.parent.mkdir(parents=True)
    font.write_bytes(b"font")
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == font


def test_frozen_bundle_never_falls_back_to_a_source_checkout(frozen: Path) -> None:
    with pytest.raises(resources.ResourceNotFoundError) as caught:
        resources.resource_path("fonts", "DejaVuSans.ttf")
    assert str(frozen / "hfs_desktop" / "_resources") in str(caught.value)
    assert str(ROOT / "resources") not in str(caught.value)


def test_runtime_hook_sets_qt_plugin_path_off_linux_only() -> None:
    import rth_qt

    env: dict[str, str] = {}
    rth_qt.set_qt_plugin_path("/b", "linux", env)
    assert env == {}
    rth_qt.set_qt_plugin_path("/b", "darwin", env)
    assert env == {"QT_PLUGIN_PATH": str(Path("/b/PySide6/Qt/plugins"))}
    rth_qt.set_qt_plugin_path("C:/b", "win32", env)
    assert Path(env["QT_PLUGIN_PATH"]) == Path("C:/b/PySide6/plugins")


def test_runtime_hook_gives_child_processes_their_own_library_path() -> None:
    import rth_qt

    env = {"LD_LIBRARY_PATH": "/opt/hfs-counsel/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/x"}
    rth_qt.restore_library_path(env)
    assert env == {"LD_LIBRARY_PATH": "/usr/x"}
    env = {"LD_LIBRARY_PATH": "/opt/hfs-counsel/_internal"}
    rth_qt.restore_library_path(env)
    assert env == {}
