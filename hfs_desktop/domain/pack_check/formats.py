"""Dates and numbers in a pack print the language's way (known forms for shipped languages)."""

from __future__ import annotations

import datetime as dt

from hfs_desktop.domain.content import Content
from hfs_desktop.domain.pack_check.report import Finding, PackReport
from hfs_desktop.domain.pack_check.text import word_set

SAMPLE_DATE = dt.date(2027, 6, 3)
SAMPLE_NUMBERS = (1105, 12000)
# How the languages we ship write the sample date and numbers (checked against the pack).
KNOWN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("3 June 2027", ("1,105", "12,000")),
    "es": ("3 de junio de 2027", ("1105", "12\u00a0000")),
    "zh-Hans": ("2027年6月3日", ("1,105", "12,000")),
}
ENGLISH_MONTHS = word_set(
    "January February March April May June July August September October November December"
)


def check_formats(content: Content, report: PackReport) -> None:
    """The sample date and numbers as the pack prints them, and every fact's numbers."""
    lang = content.language
    date, numbers = (
        content.dates.format(SAMPLE_DATE),
        tuple(content.format_number(n) for n in SAMPLE_NUMBERS),
    )
    report.notes.append(f"date {SAMPLE_DATE.isoformat()} prints {date!r}; numbers {numbers}")
    if lang in KNOWN_FORMS:
        want_date, want_numbers = KNOWN_FORMS[lang]
        if date != want_date:
            report.findings.append(
                Finding("meta.toml [dates]", f"{date!r}, expected {want_date!r}")
            )
        if numbers != want_numbers:
            report.findings.append(
                Finding("meta.toml [numbers]", f"{numbers}, expected {want_numbers}")
            )
    elif not lang.startswith("en") and any(m in date for m in ENGLISH_MONTHS):
        report.findings.append(Finding("meta.toml [dates]", f"English month name in {date!r}"))
    for fact in content.facts.values():
        for n in fact.numbers:
            if content.format_number(n) not in fact.words:
                report.findings.append(
                    Finding(f"facts.toml [{fact.id}]", f"{n} not printed the language's way")
                )
