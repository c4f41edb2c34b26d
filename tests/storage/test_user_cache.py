"""The cache of shipped TOML as JSON: the same data as parsing, and a bad cache costs speed."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from hfs_desktop.domain.content import ContentError, _read
from hfs_desktop.resources import resource_root
from hfs_desktop.storage import user_cache, user_dirs

SHIPPED = sorted(p for p in resource_root().rglob("*.toml"))


def cached_files() -> list[Path]:
    return sorted((user_dirs.cache_dir() / "toml").glob("*.json"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(resource_root())))
def test_cached_data_equals_parsed_data(path: Path) -> None:
    with path.open("rb") as fh:
        parsed = tomllib.load(fh)
    assert user_cache.read_toml(path) == parsed  # first read: parsed, then stored
    assert user_cache.read_toml(path) == parsed  # second read: from the JSON copy


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text('a = "one"\n')
    assert user_cache.read_toml(path) == {"a": "one"}
    path.write_text('a = "two, longer"\n')
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert user_cache.read_toml(path) == {"a": "two, longer"}


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text("n = 3\n")
    user_cache.read_toml(path)
    [copy] = cached_files()
    copy.write_bytes(b'{"key": "')
    assert user_cache.read_toml(path) == {"n": 3}
    copy.write_text('{"key": "not this file", "data": {"n": 99}}')
    assert user_cache.read_toml(path) == {"n": 3}


def test_toml_dates_are_read_but_not_cached(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "d.toml"
    path.write_text("day = 2026-11-22\n")
    assert user_cache.read_toml(path) == {"day": dt.date(2026, 11, 22)}
    assert cached_files() == []


def test_invalid_toml_still_gives_a_clear_content_error(tmp_path: Path) -> None:
    (tmp_path / "meta.toml").write_text('language = "en\n')
    with pytest.raises(ContentError, match=r"meta.toml: not valid TOML"):
        _read(tmp_path, "meta.toml")
    with pytest.raises(ContentError, match="Content file missing"):
        _read(tmp_path, "nothing.toml")


def test_an_unwritable_cache_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HFS_DESKTOP_HOME", str(blocker))
    path = tmp_path / "x.toml"
    path.write_text("n = 1\n")
    assert user_cache.read_toml(path) == {"n": 1}
    assert blocker.read_text() == "not a folder"
