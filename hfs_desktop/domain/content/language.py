"""How one language prints dates and numbers, and whether its pack has been reviewed
(``meta.toml`` [dates], [numbers], [translation])."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any

from hfs_desktop.domain.content.toml_files import ContentError, _need


@dataclass(frozen=True)
class DateStyle:
    """How this language prints a date, e.g. "3 June 2027" (``meta.toml`` [dates])."""

    pattern: str  # uses {day}, {month} and {year}
    months: tuple[str, ...]  # January ... December

    def format(self, day: dt.date) -> str:
        return self.pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)


_DATE_FIELDS = {"day", "month", "year"}


@dataclass(frozen=True)
class NumberStyle:
    """How this language prints a whole number (``meta.toml`` [numbers]): "1,105" in English.

    Digits are grouped in threes with ``group`` when the number has ``group_from`` digits or
    more (Spanish: a space from five digits on, so "1105" but "12 000").
    """

    group: str = ","
    group_from: int = 4

    def format(self, number: int) -> str:
        digits = str(abs(number))
        if len(digits) >= self.group_from and self.group:
            head = len(digits) % 3 or 3
            parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
            digits = self.group.join(parts)
        return f"-{digits}" if number < 0 else digits


@dataclass(frozen=True)
class TranslationStatus:
    """Whether a translated pack has been checked by a qualified medical translator.

    ``line`` is printed on the handout (near the title and with the sources) in the pack's
    language; ``summary`` is the same in English, for the clinician's window before printing.
    """

    language: str
    translated_from: str
    reviewer: str
    reviewed_on: dt.date | None
    line: str

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewer) and self.reviewed_on is not None

    @property
    def summary(self) -> str:
        if self.reviewed and self.reviewed_on is not None:
            return (
                f"translated from {self.translated_from}, reviewed by {self.reviewer} "
                f"on {self.reviewed_on.isoformat()}"
            )
        return "translated, not yet reviewed by a qualified medical translator"


def _translation(meta: Mapping[str, Any], language: str) -> TranslationStatus | None:
    """``meta.toml`` [translation] (absent in the source language): who reviewed it, and the
    printed line: ``unreviewed`` until a reviewer and a date are recorded, then ``reviewed``."""
    table = meta.get("translation")
    if table is None:
        return None
    where = "meta.toml [translation]"
    reviewer = str(table.get("reviewer", "")).strip()
    raw_date = str(table.get("reviewed_on", "")).strip()
    try:
        reviewed_on = dt.date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise ContentError(f"{where}: reviewed_on must be YYYY-MM-DD, got {raw_date!r}") from None
    if bool(reviewer) != (reviewed_on is not None):
        raise ContentError(f"{where}: give both reviewer and reviewed_on, or neither")
    source = str(_need(table, "from", where))
    if reviewer and reviewed_on is not None:
        line = str(_need(table, "reviewed", where)).format(reviewer=reviewer, date="{date}")
    else:
        line = str(_need(table, "unreviewed", where))
    return TranslationStatus(language, source, reviewer, reviewed_on, line)


def _date_style(meta: Mapping[str, Any]) -> DateStyle:
    table = _need(meta, "dates", "meta.toml")
    pattern, months = (
        _need(table, "pattern", "meta.toml [dates]"),
        _need(table, "months", "meta.toml [dates]"),
    )
    fields: set[str] | None = None
    if isinstance(pattern, str):
        try:
            fields = {name for _text, name, _spec, _conv in Formatter().parse(pattern) if name}
            pattern.format(day=1, month="m", year=2000)
        except (ValueError, KeyError, IndexError, AttributeError):  # stray or odd braces
            fields = None
    if fields != _DATE_FIELDS:
        raise ContentError(
            "meta.toml [dates]: pattern must use {day}, {month} and {year}, e.g. "
            f'"{{day}} {{month}} {{year}}"; got {pattern!r}'
        )
    if not (
        isinstance(months, list)
        and len(months) == 12
        and all(isinstance(m, str) and m.strip() for m in months)
    ):
        raise ContentError("meta.toml [dates]: months must list the 12 month names in order")
    return DateStyle(pattern, tuple(months))


def _number_style(meta: Mapping[str, Any]) -> NumberStyle:
    table = meta.get("numbers", {})
    group, group_from = table.get("group", ","), table.get("group_from", 4)
    if (
        not isinstance(group, str)
        or any(c.isdigit() for c in group)
        or not (isinstance(group_from, int) and group_from >= 4)
    ):
        raise ContentError('meta.toml [numbers]: group is a separator such as ","; group_from >= 4')
    return NumberStyle(group, group_from)
