"""The app's cache folder: derived copies of shipped data, never anything about a patient.

Two things live here, each rebuilt from the shipped files whenever they change:
``fonts/`` holds parsed TrueType faces (``handout.font_cache``) and ``toml/`` holds the
content and style TOML files as JSON, which Python reads about ten times faster than TOML
(``read_toml``). Deleting the folder only costs speed. Writing is best effort and atomic.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hfs_desktop.storage.atomic import SaveError, write_atomic
from hfs_desktop.storage.user_dirs import cache_dir

TOML_FORMAT = "hfs-toml-1"


def file_key(path: Path, *extra: str) -> str:
    """Identifies one version of a file: name, size and modification time, plus ``extra``."""
    stat = path.stat()
    return "|".join([path.name, str(stat.st_size), str(stat.st_mtime_ns), *extra])


def store(path: Path, data: bytes) -> None:
    """Write a cache file atomically; a read-only or full disk only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, SaveError):
        pass


def read_toml(path: Path) -> dict[str, Any]:
    """A shipped TOML file's data, from the JSON copy in the cache when it is current.

    Raises ``tomllib.TOMLDecodeError`` (and ``OSError``) exactly as parsing the file would.
    """
    key = file_key(path, TOML_FORMAT)
    name = hashlib.sha1(str(path.resolve()).encode(), usedforsecurity=False).hexdigest()
    cached = cache_dir() / "toml" / f"{path.stem}-{name[:12]}.json"
    try:
        stored = json.loads(cached.read_bytes())
        if isinstance(stored, dict) and stored.get("key") == key:
            data = stored.get("data")
            if isinstance(data, dict):
                return data
    except (OSError, ValueError):
        pass
    import tomllib

    with path.open("rb") as fh:
        data = tomllib.load(fh)
    try:
        encoded = json.dumps({"key": key, "data": data}, ensure_ascii=False).encode()
    except (TypeError, ValueError):  # TOML dates and times have no JSON form: no cache
        return data
    store(cached, encoded)
    return data
