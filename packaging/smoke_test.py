"""Smoke test of a built bundle, for the Windows and macOS CI runners (Linux has
``tests/packaging/test_bundle.py``, which also installs it).

    python3 -m uv run python packaging/smoke_test.py dist/hfs-counsel

Exports every example session in ``resources/examples/`` with the bundled executable and with
the source, compares the PDFs' text (pypdf), then opens the window headless and waits until it
closes itself once complete (``HFS_DESKTOP_CLOSE_WHEN_READY``), and checks that nothing in the
bundle folder changed. Runs the bundle with a PATH that has no Python on it. Exit 0 when all
is well, 1 with the problems listed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


def executable(bundle: Path) -> Path:
    for name in ("hfs-counsel-cli.exe", "hfs-counsel.exe", "hfs-counsel"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"no hfs-counsel executable in {bundle}")


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [folder, *folder.rglob("*")]
    }


def text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "hfs-counsel").resolve()
    exe = executable(bundle)
    problems: list[str] = []
    before = listing(bundle)
    with tempfile.TemporaryDirectory(prefix="hfs-smoke-") as tmp:
        scratch = Path(tmp)
        (scratch / "home").mkdir()
        (scratch / "bin").mkdir()
        env = {
            "HOME": str(scratch / "home"),
            "USERPROFILE": str(scratch / "home"),
            "HFS_DESKTOP_HOME": str(scratch / "home" / "hfs"),
            "PATH": str(scratch / "bin"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        if sys.platform == "win32":  # Windows needs its own folders to start any program
            env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
            env["PATH"] += os.pathsep + os.path.join(env["SYSTEMROOT"], "System32")
        for example in sorted(EXAMPLES.glob("*.json")):
            bundled, source = scratch / f"b-{example.stem}.pdf", scratch / f"s-{example.stem}.pdf"
            run = subprocess.run(
                [str(exe), "export", str(example), "-o", str(bundled), "--deterministic"],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            if run.returncode != 0:
                problems.append(f"export {example.name}: exit {run.returncode}: {run.stderr}")
                continue
            subprocess.run(
                [sys.executable, "-m", "hfs_desktop", "export", str(example), "-o", str(source)]
                + ["--deterministic", "-q"],
                check=True,
                timeout=300,
            )
            if text(bundled) != text(source):
                problems.append(f"export {example.name}: the PDF's text differs from the source's")
        window = subprocess.run(
            [str(exe)],
            env={**env, "HFS_DESKTOP_CLOSE_WHEN_READY": "1"},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if window.returncode != 0:
            problems.append(f"window: exit {window.returncode}: {window.stderr}")
    if listing(bundle) != before:
        problems.append(f"something was written inside {bundle}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print("smoke test: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
