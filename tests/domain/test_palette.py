"""One palette (resources/styles/palette.toml) for the window, the pictures and the handout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hfs_desktop.domain import palette
from hfs_desktop.domain.scene import PALETTE

PACKAGE = Path(palette.__file__).resolve().parents[1]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_no_colour_is_written_in_the_code() -> None:
    """Every colour comes from the palette file, so screen and paper cannot drift apart."""
    found = [
        f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


def test_pictures_name_palette_colours_and_a_grey() -> None:
    colours = palette.colors()
    assert palette.picture_colors() == PALETTE
    assert PALETTE["primary"][0] == colours["accent"]  # the handout's accent, on screen too
    for name, (colour, grey) in PALETTE.items():
        assert colour in colours.values(), name
        red, green, blue = (int(grey[i : i + 2], 16) for i in (1, 3, 5))
        assert red == green == blue, f"{name}: {grey} is not a grey"


def test_the_handout_styles_read_the_same_colours() -> None:
    from hfs_desktop.handout.styles import make_styles

    st = make_styles(False)
    for name in ("ink", "muted", "accent", "rule", "key_fill", "notes_fill", "contact_fill"):
        assert st.colors[name].hexval() == "0x" + palette.color(name)[1:], name


def test_an_unknown_colour_is_named() -> None:
    with pytest.raises(KeyError, match="'no-such-colour'"):
        palette.color("no-such-colour")
