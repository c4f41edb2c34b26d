"""Reading the content's TOML files: one error type that names the file and the key."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class ContentError(ValueError):
    """A content file is missing or malformed; the message names the file and the key."""


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"Content file missing: {path}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise ContentError(f"{path}: not valid TOML ({exc})") from None


def _need(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ContentError(f"{where}: missing key {key!r}")
    return table[key]


def _srcs(table: Mapping[str, Any], where: str, known: set[str]) -> tuple[str, ...]:
    ids = tuple(_need(table, "sources", where))
    unknown = [s for s in ids if s not in known]
    if not ids or unknown:
        raise ContentError(f"{where}: sources must name ids from meta.toml, got {list(ids)}")
    return ids
