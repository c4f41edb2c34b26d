"""Paragraphs reuse their line breaks for a width they were just wrapped to; this must not
change a single byte of any handout (pages that split, keep-together groups, table cells)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from hfs_desktop.handout import story
from hfs_desktop.handout.render import render_handout
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

EXAMPLES = sorted(Path(resource_path("examples")).glob("*.json"))


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_wrap_cache_changes_no_byte(
    example: Path, large_print: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = load_session(example)
    cached = render_handout(session, large_print=large_print, deterministic=True)
    monkeypatch.setattr(story, "_Paragraph", Paragraph)
    plain = render_handout(session, large_print=large_print, deterministic=True)
    assert cached.pages == plain.pages
    assert cached.pdf == plain.pdf
