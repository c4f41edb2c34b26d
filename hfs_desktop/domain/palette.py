"""The one palette: colours by name for the window, the pictures and the printed handout.

``resources/styles/palette.toml`` holds every colour the app paints with; the window's theme,
the scene colours (with their greys for black-and-white print) and the PDF styles read it
here, so screen and paper cannot drift apart.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from hfs_desktop.resources import resource_path

_HEX = re.compile(r"^#[0-9a-f]{6}$")


class PaletteError(ValueError):
    """The palette file names a colour badly; the message says which and where."""


@cache
def _data() -> dict[str, Any]:
    with resource_path("styles", "palette.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def colors() -> dict[str, str]:
    """Every named colour, as ``#rrggbb``."""
    table = _data()["colors"]
    for name, value in table.items():
        if not (isinstance(value, str) and _HEX.match(value)):
            raise PaletteError(f"palette.toml [colors] {name} = {value!r}: not a #rrggbb colour")
    return dict(table)


def color(name: str) -> str:
    """One named colour (``#rrggbb``); an unknown name raises KeyError naming it."""
    try:
        return colors()[name]
    except KeyError:
        raise KeyError(f"Unknown colour {name!r}; palette.toml [colors] has no such name") from None


@cache
def picture_colors() -> dict[str, tuple[str, str]]:
    """Picture colour name -> (colour, grey): the greys stay apart in black-and-white print."""
    result: dict[str, tuple[str, str]] = {}
    for name, (base, grey) in _data()["pictures"].items():
        if base not in colors() or not _HEX.match(grey):
            raise PaletteError(f"palette.toml [pictures] {name} = {[base, grey]!r}")
        result[name] = (colors()[base], grey)
    return result
