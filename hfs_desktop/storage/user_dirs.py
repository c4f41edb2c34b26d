"""Where the app keeps its own files: one rule for settings and the cache.

``$HFS_DESKTOP_HOME`` (tests, benchmarks, portable installs) holds both; otherwise the
platform's user config and cache folders, named ``hfs-desktop``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "HFS_DESKTOP_HOME"
APP_DIR_NAME = "hfs-desktop"


def config_dir() -> Path:
    """``$HFS_DESKTOP_HOME`` when set, else the user config folder (settings.json lives here)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """``$HFS_DESKTOP_HOME/cache`` when set, else the user cache folder."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "cache"
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))
