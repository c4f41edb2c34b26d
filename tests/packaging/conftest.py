"""Markers for the packaging tests."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds the app bundle with PyInstaller (about a minute); .ci/run runs it"
    )
