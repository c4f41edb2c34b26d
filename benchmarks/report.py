"""The table ``run.py`` prints: one row a measure against its floor and budget, then where
the time went, which machine and which code the numbers belong to."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from common import ROOT, Row, median, mib, ms, ratio_text

BUDGET_STARTUP_RATIO = 1.5
BUDGET_EXPORT_RATIO = 2.0
BUDGET_LATENCY_MS = 300.0
BUDGET_STALL_MS = 50.0
BUDGET_MEMORY_RATIO = 2.0
BUDGET_PDF_KB = 400.0
BUDGET_KEYS_BEFORE_CRASH = 1e9


@dataclass
class Variant:
    """One example as rendered (as saved, or in large print): its pages and bytes."""

    example: Path
    large: bool
    saved_large: bool  # the session file's own setting
    pages: int
    size: int

    @property
    def label(self) -> str:
        flag = " --large-print" if self.large and not self.saved_large else ""
        return f"{self.example.name}{flag}"


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
