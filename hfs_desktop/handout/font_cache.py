"""Parsed TrueType faces kept on disk, so a large font is parsed once per install, not per run.

reportlab parses a whole TrueType file before it can measure a single character: for the
4 MB Chinese/Japanese font that is 100-200 ms, as long as laying out the whole handout. The
parsed tables (character map, widths, glyph offsets) are plain data, so they are stored in the
user's cache folder after the first parse and read back in a few milliseconds.

What is stored: font metrics only, never any text of a handout. The file is keyed by the font
file's size and modification time, the reportlab version and the Python version; any
mismatch, unreadable or damaged file means the font is parsed again and the cache rewritten.
Writing is best effort (atomic; a read-only or full disk only costs speed). The cache is read
with an unpickler that builds plain data only, so a planted file cannot run code.
"""

from __future__ import annotations

import io
import pickle
import sys
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from functools import cached_property
from pathlib import Path
from typing import Any, overload
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from hfs_desktop.storage.user_cache import file_key, store
from hfs_desktop.storage.user_dirs import cache_dir

FORMAT = "hfs-face-4"
# Not stored as they are: the file's bytes and a function are rebuilt on loading
# (``_restore``); the glyph -> characters map is packed (``CachedFace``).
_DERIVED = ("_ttf_data", "_pdfScale", "glyphToChar")


def _key(font_file: Path) -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return file_key(font_file, FORMAT, reportlab.Version, python)


class _DataOnly(pickle.Unpickler):
    """Builds dicts, lists, numbers and strings, and reportlab's name strings; nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("reportlab.pdfbase.ttfonts", "TTFNameBytes"):
            return TTFNameBytes
        if (module, name) == ("builtins", "bytes"):
            return bytes
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a font cache")


class _Metrics(Sequence[tuple[float, int]]):
    """reportlab's ``hmetrics`` list of (advance, left side bearing), one per glyph, kept in
    two flat arrays: the Chinese font has 49,382 glyphs, and a handout reads a few dozen.

    Advances are ints in the file's units, except that reportlab stores the scaled float for
    glyphs past the last full metric; ``is_int`` keeps each value's own type.
    """

    def __init__(self, packed: tuple[bytes, bytes, bytes]) -> None:
        self.advance, self.bearing = array("d"), array("l")
        self.advance.frombytes(packed[0])
        self.bearing.frombytes(packed[1])
        self.is_int = packed[2]

    @staticmethod
    def pack(metrics: Sequence[tuple[float, int]]) -> tuple[bytes, bytes, bytes]:
        advance = array("d", (m[0] for m in metrics))
        bearing = array("l", (m[1] for m in metrics))
        is_int = bytes(isinstance(m[0], int) for m in metrics)
        return advance.tobytes(), bearing.tobytes(), is_int

    def __len__(self) -> int:
        return len(self.bearing)

    @overload
    def __getitem__(self, index: int) -> tuple[float, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[float, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[float, int] | list[tuple[float, int]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        advance = self.advance[index]
        return (int(advance) if self.is_int[index] else advance), self.bearing[index]


class CachedFace(TTFontFace):
    """A parsed face read from the cache.

    reportlab builds ``glyphToChar`` while parsing and (in 5.1) never reads it afterwards.
    Unpickling it as a dict of lists was half the cache's reading time, so it is stored as
    flat (glyph, character) pairs and rebuilt, exactly, only if something asks for it. The
    per-glyph tables ``hmetrics`` and ``glyphPos`` are flat arrays (see ``_Metrics``).
    """

    _glyph_char_pairs: bytes

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 (reportlab's name)
        pairs = array("L")
        pairs.frombytes(self._glyph_char_pairs)
        glyph_to_char: dict[int, list[int]] = {}
        for i in range(0, len(pairs), 2):
            glyph_to_char.setdefault(pairs[i], []).append(pairs[i + 1])
        return glyph_to_char


def _pack_glyph_to_char(glyph_to_char: dict[int, list[int]]) -> bytes:
    pairs = array("L")
    for glyph, chars in glyph_to_char.items():
        for char in chars:
            pairs.extend((glyph, char))
    return pairs.tobytes()


def _restore(face: TTFontFace, font_file: Path) -> None:
    """Rebuild what was left out of the cache: the file's bytes, the unit scaler, and the
    per-glyph tables from their packed arrays."""
    face.hmetrics = _Metrics(face.hmetrics)
    positions = array("L")
    positions.frombytes(face.glyphPos)
    face.glyphPos = positions
    face._ttf_data = font_file.read_bytes()
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)


def _read(path: Path, key: str, font_file: Path) -> TTFontFace | None:
    try:
        with path.open("rb") as fh:
            stored_key, state = _DataOnly(fh).load()
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
        return None
    if stored_key != key or not isinstance(state, dict):
        return None
    face = CachedFace.__new__(CachedFace)
    face.__dict__.update(state)
    _restore(face, font_file)
    return face


def _write(path: Path, key: str, face: TTFontFace) -> None:
    state = {k: v for k, v in face.__dict__.items() if k not in _DERIVED}
    state["_glyph_char_pairs"] = _pack_glyph_to_char(face.glyphToChar)
    state["hmetrics"] = _Metrics.pack(face.hmetrics)
    state["glyphPos"] = array("L", face.glyphPos).tobytes()
    buffer = io.BytesIO()
    try:
        pickle.dump((key, state), buffer, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # only speed is lost
    store(path, buffer.getvalue())


class CachedTTFont(TTFont):
    """A TTFont around an already parsed face: what ``TTFont.__init__`` sets, minus the parse.

    A test compares its attributes with a freshly parsed TTFont, so a reportlab release that
    adds one fails the suite rather than a handout.
    """

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)


def cached_ttfont(font_name: str, font_file: Path) -> TTFont:
    """A reportlab TTFont for ``font_file``, from the face cache when it is current."""
    key = _key(font_file)
    path = cache_dir() / "fonts" / f"{font_file.stem}.face"
    face = _read(path, key, font_file)
    if face is not None:
        return CachedTTFont(font_name, face)
    font = TTFont(font_name, str(font_file))
    _write(path, key, font.face)
    return font
