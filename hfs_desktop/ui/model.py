"""The window's model: one Session in memory, and signals that say what part of it changed.

Pages read the session, and write user input back through ``edit``; nothing else mutates it.
``changed`` carries an aspect name so pages redo only what depends on it:

- ``"patient"``: name, preferred name, year of birth, side
- ``"visit"``: stage, twitching, surgery and visit dates, clinician, clinic
- ``"marks"``: discussed topics, causes, risks, teach-back
- ``"sections"``: the handout's chosen sections
- ``"questions"``, ``"notes"``: the Questions & notes page
- ``"handout"``: paper, large print, the optional pages and the bilingual edition
- ``"language"``: the handout's language (the content pack: the topic pages' words change)

``reset`` means "a different session": pages reload every field from it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hfs_desktop.domain.session import TOPICS, Session, TopicId

if TYPE_CHECKING:
    from hfs_desktop.domain.content import Content
    from hfs_desktop.domain.validation import Problem

ASPECTS = ("patient", "visit", "marks", "sections", "questions", "notes", "handout", "language")
# Aspects that change the words of the topic pages and the handout (names, dates, side, phone).
TEXT_ASPECTS = frozenset({"patient", "visit"})


class SessionModel(QObject):
    """Signals: ``changed(aspect)``, ``reset()``, ``modifiedChanged(bool)``.

    (Emitting from Python steals a reference to ``True`` in PySide6 6.12 on Python 3.11;
    ``qt_compat`` makes ``True`` immortal, so plain Qt signals are safe.)
    """

    changed = Signal(str)
    reset = Signal()
    modifiedChanged = Signal(bool)  # noqa: N815 (Qt's naming)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # The content (TOML, Jinja2 templates) is read on first use, after the window is on
        # screen: a fresh session's first step needs none of it.
        self._content: Content | None = None
        self._modified = False
        self.path: Path | None = None  # the session file, in memory only (no recent list)

    # Reading -------------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def content(self) -> Content:
        if self._content is None:
            from hfs_desktop.domain.content import load_content

            self._content = load_content(self._session.handout.language)
        return self._content

    @property
    def modified(self) -> bool:
        return self._modified

    def problems(self) -> list[Problem]:
        """Everything a save would refuse, field by field."""
        from hfs_desktop.domain.validation import content_problems, validate_session_dict

        data = self._session.to_json_dict()
        problems = validate_session_dict(data)
        return problems + content_problems(data, self.content)

    def recommended(self) -> list[TopicId]:
        from hfs_desktop.domain.personalize import default_sections

        return default_sections(self._session)

    def included(self) -> list[TopicId]:
        from hfs_desktop.domain.personalize import chosen_sections

        return chosen_sections(self._session)

    # Writing -------------------------------------------------------------------------------
    def edit(self, aspect: str, change: Callable[[Session], object]) -> None:
        """Apply one user edit and tell the pages. ``change`` mutates the session in place."""
        if aspect not in ASPECTS:
            raise ValueError(f"Unknown aspect {aspect!r}")
        change(self._session)
        self.set_modified(True)
        self.changed.emit(aspect)

    def update(self, aspect: str, part: Callable[[Session], object], **values: object) -> None:
        """One edit that sets fields of one part of the session, e.g.
        ``update("handout", lambda s: s.handout, paper="a4", large_print=True)``."""

        def change(s: Session) -> None:
            target = part(s)
            for name, value in values.items():
                setattr(target, name, value)

        self.edit(aspect, change)

    def set_handout_language(self, language: str) -> None:
        """Print the handout (and show the topic pages) in another language's content."""
        from hfs_desktop.domain.content import load_content

        if language == self._session.handout.language:
            return
        self._content = load_content(language)  # ContentError before anything changes
        second = self._session.handout.second_language
        self.update(
            "language",
            lambda s: s.handout,
            language=language,
            second_language="" if second == language else second,
        )

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def replace(self, session: Session, path: Path | None = None) -> None:
        """Start over with another session (new consultation or an opened file)."""
        from hfs_desktop.domain.content import load_content

        self._content = load_content(session.handout.language)
        self._session = session
        self.path = path
        self._modified = False
        self.reset.emit()
        self.modifiedChanged.emit(False)

    # Common edits ----------------------------------------------------------------------------
    def set_included(self, topic: TopicId, include: bool) -> None:
        """The clinician's own section choice; from then on the stage defaults no longer apply."""
        current = set(self.included())
        if include:
            current.add(topic)
        else:
            current.discard(topic)

        def change(s: Session) -> None:
            s.handout.sections = [t for t in TOPICS if t in current]

        self.edit("sections", change)

    def use_recommended_sections(self) -> None:
        def change(s: Session) -> None:
            s.handout.sections = None

        self.edit("sections", change)

    def set_marked(
        self, key: str, item: str, marked: bool, order: list[str], aspect: str = "marks"
    ) -> None:
        """Tick or untick ``item`` in one of the session's id lists, kept in ``order``."""
        current = set(getattr(self._session, key))
        if marked:
            current.add(item)
        else:
            current.discard(item)
        ordered = [i for i in order if i in current] + sorted(current - set(order))

        def change(s: Session) -> None:
            setattr(s, key, ordered)

        self.edit(aspect, change)
