"""Atomic file writes: the destination holds either the old file or the whole new one.

The bytes go to a hidden temporary file in the destination's own folder (same file system),
are flushed to disk, and then replace the destination in one rename. On any failure the
temporary file is removed and the earlier file is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path


class SaveError(OSError):
    """A file could not be written; the message says why in plain words and how to fix it."""


def _plain_reason(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno == errno.ENOENT:
        return f"the folder {folder} does not exist. Choose an existing folder."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"you are not allowed to write in {folder}. Choose another folder."
    if exc.errno == errno.ENOSPC:
        return "the disk is full. Free some space or choose another drive."
    if exc.errno == errno.EISDIR:
        return f"{path} is a folder. Choose a file name."
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return f"{path.name} is open in another program. Close it and try again."
    return exc.strerror or str(exc)


# As tempfile.mkstemp opens its files (importing tempfile costs ~6 ms of every start).
_PART_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _create_part_file(target: Path) -> tuple[int, str]:
    """A new, private (0600) ``.NAME.random.part`` file beside ``target``: (fd, its path)."""
    folder = target.parent or Path(".")
    for _attempt in range(100):
        name = str(folder / f".{target.name}.{os.urandom(6).hex()}.part")
        try:
            return os.open(name, _PART_FLAGS, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "No unused temporary file name", str(folder))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash or error never leaves a partial file."""
    target = Path(path)
    if target.is_dir():
        raise SaveError(errno.EISDIR, f"Could not save: {target} is a folder. Choose a file name.")
    tmp_name: str | None = None
    try:
        fd, tmp_name = _create_part_file(target)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            # the part file is 0600; give the new file the usual permissions.
            umask = os.umask(0)
            os.umask(umask)
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise SaveError(
            exc.errno or 0, f"Could not save {target.name}: {_plain_reason(exc, target)}"
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
