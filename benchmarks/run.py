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
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "resources" / "examples"
CHILD_TIMEOUT_S = 180

BUDGET_STARTUP_RATIO = 1.5
BUDGET_EXPORT_RATIO = 2.0
BUDGET_LATENCY_MS = 300.0
BUDGET_STALL_MS = 50.0
BUDGET_MEMORY_RATIO = 2.0
BUDGET_PDF_KB = 400.0
BUDGET_KEYS_BEFORE_CRASH = 1e9


class BenchmarkCrash(RuntimeError):
    pass


@dataclass
class Row:
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


# ------------------------------------------------------------------------------------ helpers
def median(values: Sequence[float]) -> float:
    return statistics.median(values)


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


def progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def ratio_text(value: float, floor: float) -> str:
    return f"{value / floor:.2f}×" if floor > 0 else "—"


def machine_line(bytecode_cache: bool = True) -> str:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    cpu = platform.processor() or platform.machine()
    return (
        f"Machine: {platform.platform()} ({cpu}), {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()} ({platform.python_implementation()}); "
        f"PySide6 {version('PySide6-Essentials')}, PySide6-Pdf {version('PySide6-Pdf')}, "
        f"reportlab {version('reportlab')}; QT_QPA_PLATFORM=offscreen; "
        + (
            "bytecode cached (.pyc)"
            if bytecode_cache
            else "no bytecode cache (PYTHONDONTWRITEBYTECODE=1)"
        )
    )


def code_line() -> str:
    """Which code the numbers belong to: git commit, uncommitted changes, a hash of the sources."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "hfs_desktop").rglob("*.py")) + sorted(
        p for p in (ROOT / "resources").rglob("*") if p.is_file()
    ):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "hfs_desktop", "resources"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        head, dirty = "?", ""
    state = " + uncommitted changes" if dirty else ""
    return (
        f"Code: git {head or '?'}{state}; hfs_desktop + resources sha256 {digest.hexdigest()[:12]}"
    )


def load_text() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def cli_command() -> list[str]:
    """The installed ``hfs-desktop`` console script of this interpreter's environment."""
    bindir = Path(sys.executable).parent
    script = shutil.which("hfs-desktop", path=str(bindir))
    return [script] if script else [sys.executable, "-m", "hfs_desktop"]


# ------------------------------------------------------------------------------------ measures
@dataclass
class Variant:
    example: Path
    large: bool
    saved_large: bool  # the session file's own setting
    pages: int
    size: int

    @property
    def label(self) -> str:
        flag = " --large-print" if self.large and not self.saved_large else ""
        return f"{self.example.name}{flag}"


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


# ---------------------------------------------------------------------------------- reporting
def build_rows(
    startup: dict[str, list],
    export: dict[str, list[float]],
    render: dict,
    gui: dict[str, dict],
    variants: list[Variant],
    chosen: Variant,
) -> list[Row]:
    rows: list[Row] = []

    app_s, bare_s = median(startup["app"]), median(startup["bare"])
    rows.append(
        Row(
            "Start-up: process start → main window shown and painted",
            ms(app_s),
            f"{ms(bare_s)} (bare QMainWindow + QLabel)",
            ratio_text(app_s, bare_s),
            f"≤ {BUDGET_STARTUP_RATIO}×",
            app_s / bare_s <= BUDGET_STARTUP_RATIO,
        )
    )

    complete = startup["app_complete"]
    done_s = median(
        [
            c["complete_s"] - i["marks"]["shown"]
            for c, i in zip(complete, startup["app_info"], strict=True)
        ]
    )
    rows.append(
        Row(
            "Start-up, continued: window shown → all eight steps built, content loaded, checks run",
            ms(done_s),
            "—",
            "—",
            "— (info)",
            None,
        )
    )
    stall = median([c["worst_stall_s"] for c in complete])
    rows.append(
        Row(
            "Longest wait of the event loop while start-up completes (a 5 ms timer's lateness)",
            ms(stall),
            "—",
            "—",
            "— (info)",
            None,
        )
    )

    exp_app, exp_floor = median(export["app"]), median(export["floor"])
    rows.append(
        Row(
            f"`hfs-desktop export` {chosen.label} ({chosen.pages} pages), subprocess wall",
            ms(exp_app),
            f"{ms(exp_floor)} (bare reportlab, {chosen.pages} pages, DejaVu Sans)",
            ratio_text(exp_app, exp_floor),
            f"≤ {BUDGET_EXPORT_RATIO}×",
            exp_app / exp_floor <= BUDGET_EXPORT_RATIO,
        )
    )
    r_app, r_floor = median(render["render_app"]), median(render["render_floor"])
    rows.append(
        Row(
            f"`render_handout()` in process, warm ({chosen.pages} pages)",
            ms(r_app),
            f"{ms(r_floor)} (same bare reportlab, in process)",
            ratio_text(r_app, r_floor),
            "— (info)",
            None,
        )
    )

    lat = gui["app"]["median_latency_s"]
    lat_floor = gui["floor"]["median_latency_s"]
    debounce = gui["app"].get("debounce_ms", "?")
    rows.append(
        Row(
            f"Preview refresh: one keystroke in the notes after a pause → new PDF painted "
            f"(DEBOUNCE_MS = {debounce})",
            ms(lat),
            f"{ms(lat_floor)} (warm render + bare QPdfView load & paint)",
            ratio_text(lat, lat_floor),
            f"≤ {BUDGET_LATENCY_MS:.0f} ms",
            lat * 1000 <= BUDGET_LATENCY_MS,
        )
    )

    trailing = median(
        [s["events_s"]["preview_shown"] - s["events_s"]["last_key"] for s in gui["app"]["stall"]]
    )
    rows.append(
        Row(
            "Preview refresh after the last of 200 keystrokes typed 30 ms apart",
            ms(trailing),
            f"{ms(lat_floor)} (as above)",
            ratio_text(trailing, lat_floor),
            "— (info)",
            None,
        )
    )

    stall = median([s["max_s"] for s in gui["app"]["stall"]])
    stall_floor = median([s["max_s"] for s in gui["floor"]["stall"]])
    rows.append(
        Row(
            "Longest GUI-thread stall, typing 200 chars (30 ms apart) until preview refreshed",
            ms(stall),
            f"{ms(stall_floor)} (bare QPlainTextEdit, same typing)",
            ratio_text(stall, stall_floor),
            f"≤ {BUDGET_STALL_MS:.0f} ms",
            stall * 1000 <= BUDGET_STALL_MS,
        )
    )

    keys = gui["app"].get("keys_until_bool_crash")
    lost = gui["app"].get("true_refs_lost_per_key", 0.0)
    rows.append(
        Row(
            "Keystrokes in the notes until Python's `True` refcount hits 0 "
            "(PySide6 `Signal.emit` steals a reference; the process aborts)",
            keys_text(keys, lost),
            "—",
            "—",
            f"≥ {BUDGET_KEYS_BEFORE_CRASH:.0e} (never)",
            keys is None or keys >= BUDGET_KEYS_BEFORE_CRASH,
        )
    )

    mem_app = median([x["maxrss_kib"] for x in startup["app_complete"]])
    mem_bare = median([x["maxrss_kib"] for x in startup["bare_complete"]])
    rows.append(
        Row(
            "Peak memory (ru_maxrss), main window with all eight steps built",
            mib(mem_app),
            f"{mib(mem_bare)} (bare window)",
            ratio_text(mem_app, mem_bare),
            f"≤ {BUDGET_MEMORY_RATIO}×",
            mem_app / mem_bare <= BUDGET_MEMORY_RATIO,
        )
    )
    mem_used = gui["app"]["maxrss_kib"]
    rows.append(
        Row(
            f"Peak memory after the preview benchmarks ({chosen.pages}-page preview)",
            mib(mem_used),
            f"{mib(mem_bare)} (bare window)",
            ratio_text(mem_used, mem_bare),
            "— (info)",
            None,
        )
    )

    floor_sizes = {int(k): n for k, n in render["floor_sizes"].items()}
    for v in variants:
        if v.large != v.saved_large and v is not chosen:
            continue  # each example as saved, plus the export variant if it is another one
        kb = v.size / 1024
        rows.append(
            Row(
                f"PDF size, {v.label} ({v.pages} pages{', large print' if v.large else ''})",
                f"{kb:.0f} KB",
                f"{floor_sizes[v.pages] / 1024:.0f} KB (bare reportlab, same pages)",
                ratio_text(v.size, floor_sizes[v.pages]),
                f"≤ {BUDGET_PDF_KB:.0f} KB",
                kb <= BUDGET_PDF_KB,
            )
        )
    return rows


def keys_text(keys: float | None, lost: float) -> str:
    """ "never" when no reference is lost, or when so few are lost against ``True``'s count
    (``qt_compat`` adds 2**40) that no session could type that many keys; the raw figure too."""
    if keys is None:
        return "never"
    if keys >= BUDGET_KEYS_BEFORE_CRASH:
        return f"never (≈ {keys:.1e}; {lost:.1f} refs lost per key, True made immortal)"
    return f"≈ {keys:,.0f} ({lost:.1f} refs lost per key)"


def markdown_table(rows: list[Row], check: bool) -> str:
    header = ["measure", "value", "floor", "ratio", "budget", "pass"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(row.cells(check)) + " |")
    return "\n".join(lines)


def details(
    startup: dict[str, list], export: dict[str, list[float]], render: dict, gui: dict[str, dict]
) -> list[str]:
    """Where the time goes: medians of the children's own marks."""

    def med_mark(infos: list[dict], key: str) -> float:
        return median([i["marks"].get(key, float("nan")) for i in infos])

    app_i, bare_i = startup["app_info"], startup["bare_info"]
    app_wall, bare_wall = median(startup["app"]), median(startup["bare"])
    out = [
        "Start-up, inside the app child (s since its first line): "
        f"`import hfs_desktop.app` done {med_mark(app_i, 'app_imported'):.3f}, "
        f"QApplication {med_mark(app_i, 'qapp_created'):.3f}, "
        f"create_main_window() done {med_mark(app_i, 'window_created'):.3f}, "
        f"painted {med_mark(app_i, 'shown'):.3f}; interpreter start before that line "
        f"≈ {app_wall - med_mark(app_i, 'shown'):.3f}.",
        "Start-up, bare child: "
        f"PySide6.QtWidgets imported {med_mark(bare_i, 'qt_imported'):.3f}, "
        f"painted {med_mark(bare_i, 'shown'):.3f}; interpreter start "
        f"≈ {bare_wall - med_mark(bare_i, 'shown'):.3f}.",
    ]
    lat = gui["app"]["latency"]
    out.append(
        "Preview refresh, medians: keystroke handler "
        f"{ms(median([x['keystroke_handler_s'] for x in lat]))}, "
        f"keystroke → PDF on the view {ms(median([x['to_pdf_shown_s'] for x in lat]))} "
        f"(of which the worker's render {ms(median([x['render_s'] for x in lat]))}), "
        f"page image {ms(median([x['page_image_s'] for x in lat]))}, "
        f"paint {ms(median([x['paint_s'] for x in lat]))}; "
        f"first preview after opening the session {ms(gui['app']['first_preview_s'])}."
    )
    for n, s in enumerate(gui["app"]["stall"], start=1):
        ev = s["events_s"]
        out.append(
            f"Typing run {n}: worst stall {ms(s['max_s'])} at {s['worst_at_s']:.2f} s "
            f"(last key {ev.get('last_key', 0):.2f} s, preview shown "
            f"{ev.get('preview_shown', 0):.2f} s); p99 {ms(s['p99_s'])}; "
            f"ticks > 16 ms: {s['ticks_over_16ms']}, > 50 ms: {s['ticks_over_50ms']}."
        )
    out.append(
        f"render_handout() cold, first call in a fresh process (fonts parsed, content "
        f"loaded): {ms(render['first_render_cold_s'])}; warm runs (s): "
        f"{[round(x, 3) for x in render['render_app']]}."
    )
    vm = [i.get("vmhwm_kib") for i in app_i], [i.get("vmhwm_kib") for i in bare_i]
    if all(vm[0]) and all(vm[1]):
        out.append(
            f"Peak RSS cross-check (/proc VmHWM, median): app {mib(median(vm[0]))}, "
            f"bare {mib(median(vm[1]))}."
        )
    out.append(
        f"Export subprocess runs (s): app {[round(x, 3) for x in export['app']]}, "
        f"floor {[round(x, 3) for x in export['floor']]}."
    )
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
    print(markdown_table(rows, check))
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
