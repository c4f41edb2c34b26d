"""Windows ``.ico`` and macOS ``.icns`` files made from the committed PNG sizes.

Both formats may hold PNG images as they are, so no image library is needed: the PNGs come
from ``icons/hfs-counsel.svg`` through ``icons/render_icons.py``.
"""

from __future__ import annotations

import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types that hold a PNG of the given pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_bytes(size: int) -> bytes:
    data = (ICONS / f"hfs-counsel-{size}.png").read_bytes()
    if not data.startswith(_PNG_MAGIC):
        raise ValueError(f"hfs-counsel-{size}.png is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        raise ValueError(f"hfs-counsel-{size}.png is {width}x{height}, expected {size}x{size}")
    return data


def ico_bytes() -> bytes:
    """An ICO file (Vista+ PNG entries) holding every size in ``ICO_SIZES``."""
    images = [png_bytes(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """An ICNS file with a PNG chunk for every size in ``ICNS_TYPES``."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data
        for kind, data in ((kind, png_bytes(size)) for size, kind in ICNS_TYPES.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_icons(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    ico, icns = folder / "hfs-counsel.ico", folder / "hfs-counsel.icns"
    ico.write_bytes(ico_bytes())
    icns.write_bytes(icns_bytes())
    return ico, icns
