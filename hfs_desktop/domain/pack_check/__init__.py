"""Check a translated content pack against the English one: ``hfs-desktop check-pack es``.

A pack (``resources/content/<language>/``) must say everything English says, in the same
shape, and change nothing but the words. One module per concern:

- ``files``: every file, key, list entry, id, source list and condition of ``en`` is there,
  unchanged; every Jinja placeholder (``{{ fact("…") }}``, ``{{ date("…") }}``, ``{% if … %}``)
  and every ``{field}`` of a format string is kept, and no digit is typed that English does
  not type; every picture word (``domain/pictures/common.py`` ``WORDS``) has its translation;
- ``text``: no English is left (a string identical to English, or English stop-words / mostly
  Latin words where the language is not written in Latin letters);
- ``formats``: dates and numbers print the language's way (known forms for shipped languages);
- ``readability``: the text reads easily: Spanish by Fernández-Huerta (textstat 0.7.4,
  offline syllables from pyphen), Chinese by characters per sentence; budgets beside the
  English grade budget;
- ``report``: the findings, scores and notes.

Run ``python3 -m hfs_desktop.domain.pack_check es`` (or ``hfs-desktop check-pack es``); exit
status 0 when the pack passes. ``tests/domain/test_pack_check.py`` runs it on every pack.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from hfs_desktop.domain.content import ContentError, load_content
from hfs_desktop.domain.pack_check.files import REFERENCE, compare_files, english_digest
from hfs_desktop.domain.pack_check.formats import check_formats
from hfs_desktop.domain.pack_check.readability import (
    check_readability,
    fernandez_huerta,
    fernandez_huerta_vowels,
    han_per_sentence,
    section_texts,
    spanish_syllables,
)
from hfs_desktop.domain.pack_check.report import Finding, PackReport, Readability
from hfs_desktop.domain.pack_check.text import english_left
from hfs_desktop.resources import content_languages

__all__ = [
    "REFERENCE",
    "Finding",
    "PackReport",
    "Readability",
    "check_pack",
    "english_digest",
    "english_left",
    "fernandez_huerta",
    "fernandez_huerta_vowels",
    "han_per_sentence",
    "main",
    "section_texts",
    "spanish_syllables",
]


def check_pack(language: str) -> PackReport:
    """Check one pack against English; see the module docstring for what is checked."""
    report = PackReport(language)
    if language not in content_languages():
        report.findings.append(
            Finding(language, f"no content pack; available: {', '.join(content_languages())}")
        )
        return report
    if language != REFERENCE:
        compare_files(language, report)
    try:
        content = load_content(language)
    except ContentError as exc:
        report.findings.append(Finding(language, f"does not load: {exc}"))
        return report
    if language != REFERENCE and content.translation is None:
        report.findings.append(Finding("meta.toml", "no [translation] status"))
    check_formats(content, report)
    check_readability(content, report)
    if content.translation is not None:
        report.notes.append(f"translation status: {content.translation.summary}")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``hfs-desktop check-pack [LANGUAGE …]``: print each report; 1 if any pack fails."""
    parser = argparse.ArgumentParser(
        prog="hfs-desktop check-pack",
        description="Check a translated content pack against the English one.",
    )
    parser.add_argument("languages", nargs="*", help="e.g. es zh-Hans (default: every pack)")
    args = parser.parse_args(argv)
    languages = args.languages or [x for x in content_languages() if x != REFERENCE]
    failed = False
    for language in languages:
        report = check_pack(language)
        print(f"== {language}: {'passes' if report.ok else 'FAILS'}")
        for note in report.notes:
            print(f"   {note}")
        for r in report.readability:
            print(f"   readability {r}")
        for finding in report.findings:
            print(f"   {finding}")
        failed = failed or not report.ok
    return 1 if failed else 0
