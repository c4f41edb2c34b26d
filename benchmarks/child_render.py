"""Child process: the in-process handout measures (no Qt).

``python child_render.py RUNS`` renders every example in resources/examples as saved and in
large print (page count, PDF size), picks the largest (most pages, then most bytes), and
times RUNS warm ``render_handout()`` calls of it against RUNS warm builds of the bare
reportlab floor of the same page count. Prints ``RESULT {json}``.

This runs in a child so that the parent stays a small stdlib-only process: on Linux a
child's ru_maxrss starts from its parent's high-water mark (kept across fork and exec), so a
parent that had rendered PDFs would inflate every memory figure.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from floor_pdf import build_floor_pdf

from hfs_desktop.handout.render import render_handout
from hfs_desktop.storage.session_file import load_session

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"


def main() -> int:
    runs = int(sys.argv[1])
    t0 = time.perf_counter()
    variants = []
    for example in sorted(EXAMPLES.glob("*.json")):
        session = load_session(example)
        saved = session.handout.large_print
        for large in sorted({saved, True}):
            started = time.perf_counter()
            result = render_handout(session, large_print=large, deterministic=True)
            variants.append(
                {
                    "example": str(example),
                    "large": large,
                    "saved_large": saved,
                    "pages": result.pages,
                    "size": len(result.pdf),
                    "seconds": time.perf_counter() - started,
                }
            )
    first_render = variants[0]["seconds"]
    chosen = max(variants, key=lambda v: (v["pages"], v["size"]))
    floor_sizes = {}
    for v in variants:
        if v["pages"] not in floor_sizes:
            floor_sizes[v["pages"]] = len(build_floor_pdf(v["pages"])[0])  # also warms it

    session = load_session(Path(chosen["example"]))
    app, floor = [], []
    for _ in range(runs):
        started = time.perf_counter()
        render_handout(session, large_print=chosen["large"])
        app.append(time.perf_counter() - started)
        started = time.perf_counter()
        build_floor_pdf(chosen["pages"])
        floor.append(time.perf_counter() - started)
    out = {
        "variants": variants,
        "chosen": chosen,
        "floor_sizes": floor_sizes,
        "render_app": app,
        "render_floor": floor,
        "first_render_cold_s": first_render,
        "total_s": time.perf_counter() - t0,
    }
    print("RESULT " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
