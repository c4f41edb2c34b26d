"""What the benchmark scripts share: paths, timed child processes, the result table.

``run.py`` (the app against its floors) and ``bundle.py`` (the bundle against the source run)
both run children with a time limit, print progress to stderr and a Markdown table of rows
to stdout; the children import nothing from here.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "resources" / "examples"
CHILD_TIMEOUT_S = 180


class BenchmarkCrash(RuntimeError):
    """A child exited non-zero, hung, or never said it was ready."""


@dataclass
class Row:
    """One line of a result table; ``ok`` None: information, no budget."""

    measure: str
    value: str
    floor: str
    ratio: str
    budget: str
    ok: bool | None  # None: informational, no budget

    def cells(self, check: bool) -> list[str]:
        if self.ok is None:
            verdict = "—"
        elif not check:
            verdict = "(not checked)"
        else:
            verdict = "yes" if self.ok else "**NO**"
        return [self.measure, self.value, self.floor, self.ratio, self.budget, verdict]


def markdown(header: Sequence[str], table: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in table]
    return "\n".join(lines)


def markdown_rows(
    rows: Sequence[Row], check: bool, value: str = "value", floor: str = "floor"
) -> str:
    """``rows`` as a Markdown table (verdicts "(not checked)" unless ``check``)."""
    header = ["measure", value, floor, "ratio", "budget", "pass"]
    return markdown(header, [row.cells(check) for row in rows])


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def ratio_text(value: float, floor: float) -> str:
    return f"{value / floor:.2f}×" if floor > 0 else "—"


def run_timed(
    cmd: list[str], env: dict[str, str], ready_prefix: str | None = None
) -> tuple[float, str, float]:
    """Run ``cmd``; return (seconds from Popen to the ready line or exit, that line, total)."""
    at, line, total, _rest = run_timed_full(cmd, env, ready_prefix)
    return at, line, total


def run_timed_full(
    cmd: list[str], env: dict[str, str], ready_prefix: str | None = None
) -> tuple[float, str, float, str]:
    """As ``run_timed``, plus the child's stdout after the ready line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )
    line, at = "", 0.0
    try:
        if ready_prefix is not None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                if raw.startswith(ready_prefix):
                    at = time.perf_counter() - started
                    line = raw[len(ready_prefix) :].strip()
                    break
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        proc.kill()
        proc.communicate()
        raise BenchmarkCrash(f"{' '.join(cmd)} timed out after {CHILD_TIMEOUT_S} s") from exc
    total = time.perf_counter() - started
    if proc.returncode != 0 or (ready_prefix is not None and not line):
        tail = "\n".join((err or "").strip().splitlines()[-25:])
        raise BenchmarkCrash(
            f"{' '.join(cmd)} exited with {proc.returncode}"
            f"{'' if line or ready_prefix is None else ' before it was ready'}:\n{tail}"
        )
    if ready_prefix is None:
        at, line = total, (out or "").strip()
    return at, line, total, out or ""


def cli_command() -> list[str]:
    """The installed ``hfs-desktop`` console script of this interpreter's environment."""
    bindir = Path(sys.executable).parent
    script = shutil.which("hfs-desktop", path=str(bindir))
    return [script] if script else [sys.executable, "-m", "hfs_desktop"]
