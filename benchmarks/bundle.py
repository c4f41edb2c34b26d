"""The app bundle's budgets (issue 14): size on disk, cold start and export against the source.

    uv run python benchmarks/bundle.py                  # measure dist/hfs-counsel/ (5 runs)
    uv run python benchmarks/bundle.py --build          # build it first (timed) in a temp folder
    uv run python benchmarks/bundle.py --quick --build  # 1 run, budgets not checked (CI)
    uv run python benchmarks/bundle.py --bundle DIR     # measure another bundle folder

Budgets: bundle under 150 MB unpacked; start of the bundled app (fresh process until the window
is complete and closed again) within 1.5x the start from source (``hfs-desktop`` of this
environment, bytecode cached); ``export`` of the largest example within 1.2x the source run.
Both run headless (QT_QPA_PLATFORM=offscreen) with HFS_DESKTOP_HOME in a temporary folder;
runs alternate bundle and source. Public tools only: subprocess and time.perf_counter.

Exit codes: 0 every budget met (always with --quick); 1 a budget failed; 3 a run failed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import (
    EXAMPLES,
    ROOT,
    BenchmarkCrash,
    Row,
    cli_command,
    markdown,
    markdown_rows,
    progress,
    run_timed,
)

BUDGET_SIZE_MB = 150.0
BUDGET_START_RATIO = 1.5
BUDGET_EXPORT_RATIO = 1.2

QT_LIBS = "Qt libraries (Core, Gui, Widgets, Pdf, PdfWidgets, PrintSupport, Network, …)"
ICU = "ICU: Unicode tables that Qt Core links to"
QT_PLUGINS = "Qt plugins (xcb, offscreen, input methods, JPEG, CUPS, desktop portal)"
BINDINGS = "PySide6 bindings (PySide6 modules, libpyside6, shiboken6)"
FONTS = "Fonts (DejaVu Sans, Droid Sans Fallback, Nanum Gothic, Noto Arabic/Hebrew)"
CONTENT = "Content, schema, styles, examples"
PYTHON = "Python runtime (libpython, standard-library extension modules)"
PYC = "Python code as .pyc (the app, Jinja2, reportlab, … and the standard library)"
PILLOW = "Pillow and its image libraries (reportlab reads the clinic logo with it)"
OTHER_EXT = "Other extension modules (rl_accel, markupsafe, charset_normalizer)"
EXE = "Executable (PyInstaller's bootloader)"
SYSTEM = "System libraries from the build machine (X11/xcb, fontconfig, GLib, libstdc++, …)"


def part_of(rel: str) -> str:
    """Which part of the bundle the file at ``rel`` (a path inside the bundle) belongs to."""
    if "/" not in rel:
        return EXE
    if rel.endswith(".pyc") or rel == "_internal/base_library.zip":
        return PYC
    for prefix, part in (
        ("_internal/PySide6/Qt/lib/libQt6", QT_LIBS),
        ("_internal/PySide6/Qt/lib/libicu", ICU),
        ("_internal/PySide6/Qt/plugins/", QT_PLUGINS),
        ("_internal/PySide6/", BINDINGS),
        ("_internal/shiboken6/", BINDINGS),
        ("_internal/hfs_desktop/_resources/fonts/", FONTS),
        ("_internal/hfs_desktop/_resources/", CONTENT),
        ("_internal/libpython", PYTHON),
        ("_internal/python3", PYTHON),
        ("_internal/PIL/", PILLOW),
        ("_internal/pillow.libs/", PILLOW),
    ):
        if rel.startswith(prefix):
            return part
    if ".cpython-" in rel or ".abi3." in rel or rel.count("/") >= 2:
        return OTHER_EXT
    return SYSTEM


def part_sizes(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    """Total bytes of the bundle's files (symlinks not counted twice) and bytes per part."""
    sizes: dict[str, int] = {}
    total = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        rel = path.relative_to(bundle).as_posix()
        size = path.stat().st_size
        total += size
        part = part_of(rel)
        sizes[part] = sizes.get(part, 0) + size
    return total, sorted(sizes.items(), key=lambda item: -item[1])


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f}" if size >= 1e6 else f"{size / 1e6:.2f}"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    return run_timed(cmd, env)[0]


def largest_example() -> Path:
    return max(sorted(EXAMPLES.glob("*.json")), key=lambda p: p.stat().st_size)


def build_bundle(into: Path) -> tuple[Path, float]:
    progress("building the bundle (packaging/build.py) …")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(into / "dist"),
         "--work", str(into / "work")],
        check=True, stdout=subprocess.DEVNULL, timeout=1800,
    )  # fmt: skip
    return into / "dist" / "hfs-counsel", time.perf_counter() - started


def measure(bundle: Path, runs: int, scratch: Path) -> dict[str, list[float]]:
    """Alternating bundle and source runs: start (first run: empty app cache) and export."""
    exe = bundle / ("hfs-counsel.exe" if sys.platform == "win32" else "hfs-counsel")
    source = cli_command()
    example = largest_example()
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    envs = {}
    for kind in ("bundle", "source"):
        env = dict(base, HFS_DESKTOP_HOME=str(scratch / f"home-{kind}"))
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")  # source: .pyc written once
        envs[kind] = env
    commands = {"bundle": [str(exe)], "source": source}
    results: dict[str, list[float]] = {}

    def start(kind: str) -> float:
        env = dict(envs[kind], HFS_DESKTOP_CLOSE_WHEN_READY="1")
        return timed(commands[kind], env)

    def export(kind: str) -> float:
        out = scratch / f"{kind}.pdf"
        cmd = [*commands[kind], "export", str(example), "-o", str(out), "-q"]
        return timed(cmd, envs[kind])

    for kind in ("bundle", "source"):  # first start: empty app cache (and .pyc for source)
        results[f"first_start_{kind}"] = [start(kind)]
    for i in range(runs):
        progress(f"run {i + 1}/{runs} …")
        for kind in ("bundle", "source") if i % 2 == 0 else ("source", "bundle"):
            results.setdefault(f"start_{kind}", []).append(start(kind))
            results.setdefault(f"export_{kind}", []).append(export(kind))
    return results


def rows(total: int, results: dict[str, list[float]], build_s: float | None) -> list[Row]:
    med = {key: statistics.median(values) for key, values in results.items()}
    size_mb = total / 1e6
    out = [Row("Bundle size on disk (dist/hfs-counsel/, unpacked)", f"{size_mb:.1f} MB", "—",
               "—", f"< {BUDGET_SIZE_MB:.0f} MB", size_mb < BUDGET_SIZE_MB)]  # fmt: skip
    for key, label, budget in (
        ("start", "Start: process start → window complete (is_ready) → closed", BUDGET_START_RATIO),
        ("export", f"`export {largest_example().name}`, subprocess wall", BUDGET_EXPORT_RATIO),
    ):
        ratio = med[f"{key}_bundle"] / med[f"{key}_source"]
        out.append(Row(label, f"{med[f'{key}_bundle'] * 1000:.0f} ms",
                       f"{med[f'{key}_source'] * 1000:.0f} ms (source)", f"{ratio:.2f}×",
                       f"≤ {budget}×", ratio <= budget))  # fmt: skip
    first = med["first_start_bundle"] / med["first_start_source"]
    out.append(Row("First start after install (empty app cache; source: no .pyc yet)",
                   f"{med['first_start_bundle'] * 1000:.0f} ms",
                   f"{med['first_start_source'] * 1000:.0f} ms (source)", f"{first:.2f}×",
                   "— (info)", None))  # fmt: skip
    if build_s is not None:
        out.append(Row("Build time (packaging/build.py)", f"{build_s:.0f} s", "—", "—",
                       "— (info)", None))  # fmt: skip
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "hfs-counsel")
    parser.add_argument("--build", action="store_true", help="build a bundle first (timed)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1 run, budgets not checked")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    check = not args.quick
    with tempfile.TemporaryDirectory(prefix="hfs-bundle-bench-") as tmp:
        scratch = Path(tmp)
        bundle, build_s = args.bundle, None
        if args.build:
            bundle, build_s = build_bundle(scratch / "build")
        if not bundle.is_dir():
            progress(f"{bundle} is missing: run packaging/build.py first, or pass --build")
            return 3
        total, parts = part_sizes(bundle)
        try:
            results = measure(bundle, runs, scratch)
        except BenchmarkCrash as exc:
            progress(f"a run failed: {exc}")
            return 3
    table = rows(total, results, build_s)
    print(markdown_rows(table, check, "bundle", "reference"))
    print()
    print(markdown(["part of the bundle", "MB", "share"],
                   [[name, megabytes(size), f"{100 * size / total:.0f} %"]
                    for name, size in parts]))  # fmt: skip
    print()
    print(f"Median of {runs} run(s). Machine: {platform.platform()}, {os.cpu_count()} CPUs; "
          f"Python {platform.python_version()}; load average "
          f"{os.getloadavg()[0]:.2f} (1 min).")  # fmt: skip
    failed = [row.measure for row in table if row.ok is False]
    if check and failed:
        progress("budget failed: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
