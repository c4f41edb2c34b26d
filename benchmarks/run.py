"""Performance budget of HFS Counsel: medians of several runs, each against a floor.

    uv run python benchmarks/run.py            # 5 runs, budgets checked, exit 1 if one fails
    uv run python benchmarks/run.py --runs 9   # more runs
    uv run python benchmarks/run.py --quick    # 1 run, no budget check (smoke test, < 60 s)
    uv run python benchmarks/run.py --json raw.json         # also keep the raw numbers
    uv run python benchmarks/run.py --no-bytecode-cache     # children compile every import

Every measure runs against a floor measured in the same run on the same machine, so the
ratios travel between machines better than the absolute numbers. Qt runs headless
(QT_QPA_PLATFORM=offscreen) and HFS_DESKTOP_HOME points at a temporary folder, so no real
settings are read or written. Public tools only: time.perf_counter, resource.getrusage,
subprocess. See benchmarks/README.md for what each measure means.

Exit codes: 0 all budgets met (or --quick); 1 a budget failed; 3 a benchmark crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import (
    HERE,
    BenchmarkCrash,
    cli_command,
    markdown_rows,
    progress,
    run_timed,
    run_timed_full,
)
from report import Variant, build_rows, code_line, details, load_text, machine_line


# ------------------------------------------------------------------------------------ helpers
def child_env(home: Path, pycache: Path | None) -> dict[str, str]:
    """Headless Qt, a throw-away settings folder, and (unless ``pycache`` is None) a bytecode
    cache in the temp folder: Python writes .pyc files there on the warm-up run and reads them
    afterwards, as an installed app does, and nothing is written into the project or venv."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HFS_DESKTOP_HOME"] = str(home)
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # every import compiles its source: the cold case
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


# ------------------------------------------------------------------------------------ measures
def measure_renders(runs: int, env: dict[str, str]) -> tuple[list[Variant], Variant, dict]:
    """Every example's pages and size, and warm in-process render times (in a child)."""
    _, line, _ = run_timed(
        [sys.executable, str(HERE / "child_render.py"), str(runs)], env, "RESULT "
    )
    data = json.loads(line)

    def variant(v: dict) -> Variant:
        return Variant(Path(v["example"]), v["large"], v["saved_large"], v["pages"], v["size"])

    variants = [variant(v) for v in data["variants"]]
    chosen = next(
        v
        for v in variants
        if (v.example, v.large) == (Path(data["chosen"]["example"]), data["chosen"]["large"])
    )
    return variants, chosen, data


def measure_startup(runs: int, env: dict[str, str], warmup: bool) -> dict[str, list]:
    script = str(HERE / "child_startup.py")
    data: dict[str, list] = {
        "app": [],
        "bare": [],
        "app_info": [],
        "bare_info": [],
        "app_complete": [],
        "bare_complete": [],
    }
    if warmup:  # writes the .pyc files and fills the page cache, so run 1 is not an outlier
        for mode in ("app", "bare"):
            run_timed([sys.executable, script, mode], env, "READY ")
    for i in range(runs):
        progress(f"start-up run {i + 1}/{runs}")
        for mode in ("app", "bare"):
            at, line, _, rest = run_timed_full([sys.executable, script, mode], env, "READY ")
            data[mode].append(at)
            data[f"{mode}_info"].append(json.loads(line))
            done = [r for r in rest.splitlines() if r.startswith("COMPLETE ")]
            if not done:
                raise BenchmarkCrash(f"start-up child ({mode}) never reported COMPLETE")
            data[f"{mode}_complete"].append(json.loads(done[0][len("COMPLETE ") :]))
    return data


def measure_export(
    runs: int, env: dict[str, str], variant: Variant, out_dir: Path, warmup: bool
) -> dict[str, list[float]]:
    app_cmd = [*cli_command(), "export", str(variant.example), "-o", str(out_dir / "app.pdf"), "-q"]
    if variant.large:
        app_cmd.append("--large-print")
    floor_cmd = [
        sys.executable,
        str(HERE / "floor_pdf.py"),
        str(variant.pages),
        str(out_dir / "floor.pdf"),
    ]
    data: dict[str, list[float]] = {"app": [], "floor": []}
    if warmup:
        run_timed(app_cmd, env)
        run_timed(floor_cmd, env)
    for i in range(runs):
        progress(f"export run {i + 1}/{runs}")
        data["app"].append(run_timed(app_cmd, env)[0])
        data["floor"].append(run_timed(floor_cmd, env)[0])
    return data


def measure_gui(runs: int, env: dict[str, str], variant: Variant) -> dict[str, dict]:
    script = str(HERE / "child_gui.py")
    args = [str(variant.example), "1" if variant.large else "0", str(runs)]
    out = {}
    for mode in ("app", "floor"):
        progress(f"GUI {mode}: preview latency and typing stalls, {runs} run(s)")
        _, line, _ = run_timed([sys.executable, script, mode, *args], env, "RESULT ")
        out[mode] = json.loads(line)
    return out


# --------------------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 run, no budget check")
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (default 5)")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="children compile every module from source (PYTHONDONTWRITEBYTECODE=1), as on an "
        "install whose folder is read-only and was not byte-compiled",
    )
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(1, args.runs)
    check = not args.quick
    begun = time.perf_counter()
    load_before = load_text()
    if hasattr(os, "getloadavg") and os.getloadavg()[0] >= 0.75:
        progress(f"warning: the machine is busy ({load_before}); the numbers will be noisy")

    with tempfile.TemporaryDirectory(prefix="hfs-bench-") as tmp:
        tmpdir = Path(tmp)
        home = tmpdir / "home"
        home.mkdir()
        os.environ["HFS_DESKTOP_HOME"] = str(home)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        env = child_env(home, None if args.no_bytecode_cache else tmpdir / "pycache")
        try:
            progress("rendering every example; render_handout() in process")
            variants, chosen, render = measure_renders(runs, env)
            startup = measure_startup(runs, env, warmup=True)
            export = measure_export(runs, env, chosen, tmpdir, warmup=True)
            gui = measure_gui(runs, env, chosen)
            rows = build_rows(startup, export, render, gui, variants, chosen)
        except BenchmarkCrash as exc:
            print(f"benchmark crashed: {exc}", file=sys.stderr)
            return 3

    title = "quick run, 1 run, budgets not checked" if args.quick else f"median of {runs} runs"
    if args.no_bytecode_cache:
        title += "; no bytecode cache"
    print(f"## HFS Counsel performance ({title})\n")
    print(markdown_rows(rows, check))
    print()
    print(machine_line(not args.no_bytecode_cache))
    print()
    print(f"{code_line()}. Machine load before the run: {load_before}; after: {load_text()}.")
    print()
    for line in details(startup, export, render, gui):
        print(f"- {line}")
    elapsed = time.perf_counter() - begun
    print(f"\nBenchmark took {elapsed:.0f} s.")
    if args.json:
        raw = {
            "runs": runs,
            "machine": machine_line(not args.no_bytecode_cache),
            "chosen": chosen.label,
            "startup": startup,
            "export": export,
            "renders": render,
            "gui": gui,
        }
        args.json.write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    failed = [r.measure for r in rows if r.ok is False]
    if check and failed:
        print(f"\n{len(failed)} budget(s) failed.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
