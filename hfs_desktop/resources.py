"""The one place that turns a resource name into a path.

Installed wheels carry the data as ``hfs_desktop/_resources``; a source checkout keeps it in the
top-level ``resources/`` folder; the app bundle (``packaging/``, PyInstaller) puts it at
``hfs_desktop/_resources`` inside the bundle's own folder (``sys._MEIPASS``). The bundle reads
its resources only: nothing is ever written there. Nothing else in the code base builds
resource paths by hand.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> tuple[Path, ...]:
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle_dir, str):
        return (Path(bundle_dir) / "hfs_desktop" / "_resources",)
    return (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources")


class ResourceNotFoundError(LookupError):
    """A named resource does not exist; the message names it and where it was looked for."""


@cache
def resource_root() -> Path:
    """Return the folder that holds every shipped resource."""
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = " and ".join(str(c) for c in candidates)
    raise ResourceNotFoundError(
        f"The resources folder is missing: looked in {looked}. Reinstall HFS Counsel."
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises ResourceNotFoundError (naming the resource) when it is not there, so a typo or a
    broken install fails loudly at the first use instead of producing an empty handout.
    """
    if not parts or any(not p or p in {".", ".."} or "/" in p or "\\" in p for p in parts):
        raise ResourceNotFoundError(f"Not a valid resource name: {'/'.join(parts)!r}")
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise ResourceNotFoundError(f"Unknown resource {'/'.join(parts)!r} (looked for {path})")
    return path


def content_languages() -> list[str]:
    """Languages that have a content folder, e.g. ``["en"]``."""
    root = resource_path("content")
    return sorted(p.name for p in root.iterdir() if (p / "meta.toml").is_file())
