"""Smoke test of a built bundle, for the Windows and macOS CI runners (Linux has
``tests/packaging/test_bundle.py``, which also installs it).

    python3 -m uv run python packaging/smoke_test.py dist/hfs-counsel

Exports every example session in ``resources/examples/`` with the bundled executable and with
the source, compares the PDFs' text (pypdf), then opens the window headless and waits until it
closes itself once complete (``HFS_DESKTOP_CLOSE_WHEN_READY``), in English and with a Spanish
system language (the bundled translations load), and checks that nothing in the bundle folder
changed. Runs the bundle with a PATH that has no Python on it. Exit 0 when all is well, 1 with
the problems listed. ``tests/packaging/test_bundle.py`` runs the bundle with the same helpers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from subprocess import CompletedProcess

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


def export(exe: Path, session: Path, pdf: Path, env: dict[str, str]) -> CompletedProcess[str]:
    """``hfs-counsel export`` with the bundled executable (deterministic PDF)."""
    return subprocess.run(
        [str(exe), "export", str(session), "-o", str(pdf), "--deterministic"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def export_from_source(session: Path, pdf: Path) -> CompletedProcess[str]:
    """The same export from the source, with the Python that runs this."""
    return subprocess.run(
        [sys.executable, "-m", "hfs_desktop", "export", str(session), "-o", str(pdf)]
        + ["--deterministic", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def open_window(exe: Path, env: dict[str, str], language: str = "") -> list[str]:
    """Open the window headless until it closes itself, complete; with ``language`` (e.g.
    "es_ES") as the system's language. The problems found ([] when all is well)."""
    extra = {"QT_QPA_PLATFORM": "offscreen", "HFS_DESKTOP_CLOSE_WHEN_READY": "1"}
    if language:
        extra |= {"LANG": f"{language}.UTF-8", "LANGUAGE": language, "LC_ALL": ""}
    run = subprocess.run(
        [str(exe)], env={**env, **extra}, capture_output=True, text=True, timeout=300
    )
    where = f"window ({language or 'default language'})"
    if run.returncode != 0 or "Traceback" in run.stderr:
        return [f"{where}: exit {run.returncode}: {run.stderr}"]
    base = language.split("_")[0] if language else "en"
    expected = {"zh": "zh-Hans"}.get(base, base)
    if f"window ready: language {expected}, Qt's {expected}" not in run.stdout:
        return [f"{where}: not shown in {expected}: {run.stdout} {run.stderr}"]
    return []


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
        }
        if sys.platform == "win32":  # Windows needs its own folders to start any program
            env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
            env["PATH"] += os.pathsep + os.path.join(env["SYSTEMROOT"], "System32")
        for example in sorted(EXAMPLES.glob("*.json")):
            bundled, source = scratch / f"b-{example.stem}.pdf", scratch / f"s-{example.stem}.pdf"
            run = export(exe, example, bundled, env)
            if run.returncode != 0:
                problems.append(f"export {example.name}: exit {run.returncode}: {run.stderr}")
                continue
            export_from_source(example, source).check_returncode()
            if text(bundled) != text(source):
                problems.append(f"export {example.name}: the PDF's text differs from the source's")
        problems += open_window(exe, env) + open_window(exe, env, "es_ES")
    if listing(bundle) != before:
        problems.append(f"something was written inside {bundle}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print("smoke test: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
