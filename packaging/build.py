"""Build the HFS Counsel app bundle with PyInstaller.

    python3 -m uv run python packaging/build.py            # dist/hfs-counsel/
    python3 -m uv run python packaging/build.py --archive  # + the archive clinic IT installs

The bundle is one folder, ``dist/hfs-counsel/``, whose executable ``hfs-counsel`` takes the
same arguments as ``hfs-desktop`` (no argument: the window; ``export …``: the handout). It needs
no Python on the target machine. macOS also gets ``dist/HFS Counsel.app``.

``--archive`` adds, on Linux, ``dist/hfs-counsel-VERSION-linux-ARCH.tar.gz`` (the bundle, the
desktop entry, the icons and ``install.sh``/``uninstall.sh``); on Windows and macOS a ``.zip``
of the bundle or the ``.app``. Scratch files go to ``build/`` (both folders are git-ignored).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from icon_formats import write_icons  # noqa: E402

NAME = "hfs-counsel"
SPEC = HERE / "hfs-counsel.spec"
LINUX_FILES = HERE / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_version() -> str:
    text = (ROOT / "hfs_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([0-9]+(?:\.[0-9]+){0,3})"$', text, re.MULTILINE)
    if not match:
        raise SystemExit('hfs_desktop/__init__.py: no __version__ = "X.Y.Z" line')
    return match.group(1)


def windows_version_info(version: str) -> str:
    """PyInstaller's version resource (file properties on Windows), as its Python literal."""
    numbers = tuple(int(n) for n in version.split("."))
    quad = (numbers + (0, 0, 0, 0))[:4]
    strings = {
        "CompanyName": "HFS Counsel",
        "FileDescription": "HFS Counsel",
        "FileVersion": version,
        "InternalName": NAME,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": "HFS Counsel",
        "ProductVersion": version,
    }
    items = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{items}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def compile_translations(folder: Path) -> list[Path]:
    """The window's translations compiled now (the bundle has no lrelease), under the names
    ``storage.qt_translations`` looks for beside their sources; a build artefact only."""
    from hfs_desktop.storage.qt_translations import (
        compile_translation,
        compiled_name,
        translation_sources,
    )

    built = []
    for source in translation_sources().values():
        target = folder / compiled_name(source)
        compile_translation(source, target)
        built.append(target)
    return built


def run_pyinstaller(dist: Path, work: Path, extras: Path) -> None:
    env = dict(os.environ, HFS_BUNDLE_WORK=str(extras))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def linux_archive(dist: Path, version: str) -> Path:
    """The tarball clinic IT unpacks: the bundle, desktop entry, icons, install scripts."""
    top = f"{NAME}-{version}"
    archive = dist / f"{top}-linux-{platform.machine()}.tar.gz"

    def as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(dist / NAME, arcname=f"{top}/{NAME}", filter=as_root)
        for name in ("install.sh", "uninstall.sh", "install-common.sh", f"{NAME}.desktop"):
            tar.add(LINUX_FILES / name, arcname=f"{top}/{name}", filter=as_root)
        tar.add(HERE / "icons" / f"{NAME}.svg", arcname=f"{top}/icons/{NAME}.svg")
        for size in ICON_SIZES:
            png = HERE / "icons" / f"{NAME}-{size}.png"
            tar.add(png, arcname=f"{top}/icons/{png.name}", filter=as_root)
    return archive


def zip_archive(dist: Path, version: str, folder: Path, label: str) -> Path:
    archive = dist / f"{NAME}-{version}-{label}.zip"
    if sys.platform == "darwin":  # ditto keeps the .app's symlinks and signatures
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(archive)], check=True)
        return archive
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, Path(folder.name) / path.relative_to(folder))
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", action="store_true", help="also make the installable archive")
    parser.add_argument(
        "--archive-only",
        action="store_true",
        help="only make the archive of the bundle already in --dist (after signing it)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = app_version()
    started = time.perf_counter()

    bundle = dist / NAME
    exe = bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not args.archive_only:
        extras = work / "bundle-extras"
        write_icons(extras)
        compile_translations(extras / "translations")
        (extras / "version_info.txt").write_text(windows_version_info(version), encoding="utf-8")
        run_pyinstaller(dist, work / "pyinstaller", extras)
        if not exe.is_file():
            raise SystemExit(f"the build did not produce {exe}")
        took = time.perf_counter() - started
        print(f"Built {bundle} ({folder_size(bundle) / 1e6:.1f} MB) in {took:.0f} s")
    elif not exe.is_file():
        raise SystemExit(f"--archive-only: there is no bundle at {bundle}")

    if args.archive or args.archive_only:
        if sys.platform.startswith("linux"):
            archive = linux_archive(dist, version)
        elif sys.platform == "darwin":
            archive = zip_archive(dist, version, dist / "HFS Counsel.app", "macos")
        else:
            archive = zip_archive(dist, version, bundle, "windows-x64")
        print(f"Archive {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
