"""Atomic writes: a failure leaves the earlier file exactly as it was, and no debris."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hfs_desktop.storage import atomic
from hfs_desktop.storage.atomic import SaveError, write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_missing_folder_message(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "a.pdf", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="not allowed"):
            write_atomic(tmp_path / "a.pdf", b"x")
    finally:
        tmp_path.chmod(0o700)


def test_failure_mid_write_keeps_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"earlier")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(SaveError, match="disk is full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="is a folder"):
        write_atomic(tmp_path, b"x")


def test_permission_denied_message_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CI runs as root, which ignores folder permissions: simulate the refusal instead."""

    def refuse(_target: Path) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic, "_create_part_file", refuse)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(SaveError, match="not allowed to write"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"


def test_part_files_are_private_unique_and_hidden(tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    names = set()
    for _ in range(20):
        fd, name = atomic._create_part_file(target)
        os.close(fd)
        assert Path(name).name.startswith(".handout.pdf.") and name.endswith(".part")
        assert (os.stat(name).st_mode & 0o777) == 0o600
        names.add(name)
    assert len(names) == 20


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    write_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~umask)
    assert [p.name for p in tmp_path.iterdir()] == ["new.pdf"]


def test_file_busy_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(_src: str, _dst: object) -> None:
        raise OSError(16, "Device or resource busy")

    monkeypatch.setattr(atomic.os, "replace", busy)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(SaveError, match="open in another program"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert os.listdir(tmp_path) == ["a.pdf"]
