"""The handout's languages as the window names them, and each pack's translation status.

A translated content pack says in ``meta.toml`` whether a qualified medical translator has
reviewed it (``domain.content.translation_status``). The clinician sees that before printing,
in the window's language: beside the handout language in step 1, in the handout step and as
advice (never a stop) on Review & finish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hfs_desktop.resources import content_languages
from hfs_desktop.ui.window_language import WINDOW_LANGUAGES

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them


def language_name(code: str) -> str:
    """A language in the window's words ("Spanish"), else its own name or code."""
    names = {
        "en": translate("Languages", "English"),
        "es": translate("Languages", "Spanish"),
        "zh-Hans": translate("Languages", "Chinese (Simplified)"),
    }
    return names.get(code) or WINDOW_LANGUAGES.get(code, code)


def language_label(code: str) -> str:
    """For a choice of languages: the window's name and the language's own, e.g.
    "Spanish · Español" (just "Español" when the window is in Spanish)."""
    name, own = capital(language_name(code)), WINDOW_LANGUAGES.get(code, "")
    return name if not own or own == name else f"{name} · {own}"


def capital(text: str) -> str:
    """Spanish writes language names small ("inglés"), except at the start of a line."""
    return text[:1].upper() + text[1:]


def handout_language_items() -> list[tuple[object, str]]:
    """(code, label) for every language with a content pack, English first."""
    codes = sorted(content_languages(), key=lambda code: (code != "en", code))
    return [(code, language_label(code)) for code in codes]


def pack_notice(language: str) -> str:
    """What the clinician should know about this language's pack before printing; "" for
    the source language (English) or a pack that cannot be read (validation says so)."""
    from hfs_desktop.domain.content import ContentError, translation_status

    try:
        status = translation_status(language)
    except ContentError:
        return ""
    if status is None:
        return ""
    if status.reviewed and status.reviewed_on is not None:
        return translate(
            "PackStatus", "{language}: translated from {source}, reviewed by {reviewer} on {date}."
        ).format(
            language=capital(language_name(language)),
            source=language_name(status.translated_from),
            reviewer=status.reviewer,
            date=status.reviewed_on.isoformat(),
        )
    return translate(
        "PackStatus",
        "{language}: translated, not yet reviewed by a qualified medical translator. The "
        "handout says so on its first page.",
    ).format(language=capital(language_name(language)))


def unreviewed_notices(languages: list[str]) -> list[str]:
    """The notices of the packs among ``languages`` that no translator has reviewed yet."""
    from hfs_desktop.domain.content import ContentError, translation_status

    notices = []
    for language in languages:
        try:
            status = translation_status(language)
        except ContentError:
            continue
        if status is not None and not status.reviewed:
            notices.append(pack_notice(language))
    return notices
