"""One table of the window's commands: it builds the menus and the F1 list of shortcuts.

Each row names the window attribute the action is kept in, its menu, its words, its keys and
what it does. The F1 list is made from the same rows, so it cannot drift from the real keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from hfs_desktop.ui.main_window import MainWindow


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    attr: str  # the window keeps the QAction as this attribute
    menu: str  # "file", "view", "go", "tools", "help"
    text: str
    slot: Callable[[MainWindow], Callable[..., object]]
    keys: tuple[str, ...] = ()
    checkable: bool = False
    help: str = ""  # the F1 list's words; "" keeps it out of the list
    separator_before: bool = False


def _go_to_step(index: int, window: MainWindow) -> Callable[..., object]:
    return partial(window.go_to, index, focus=True)


def action_table(step_titles: list[str]) -> list[ActionSpec]:
    """Every command of the window, in menu order."""
    rows = [
        ActionSpec(
            "new_action",
            "file",
            translate("Actions", "&New consultation"),
            lambda w: w.sessions.new_consultation,
            ("Ctrl+N",),
            help=translate("Actions", "New consultation"),
        ),
        ActionSpec(
            "open_action",
            "file",
            translate("Actions", "&Open…"),
            lambda w: w.sessions.open_session,
            ("Ctrl+O",),
            help=translate("Actions", "Open a consultation"),
        ),
        ActionSpec(
            "save_action",
            "file",
            translate("Actions", "&Save"),
            lambda w: w.sessions.save,
            ("Ctrl+S",),
            help=translate("Actions", "Save the consultation"),
            separator_before=True,
        ),
        ActionSpec(
            "save_as_action",
            "file",
            translate("Actions", "Save &As…"),
            lambda w: w.sessions.save_as,
            ("Ctrl+Shift+S",),
            help=translate("Actions", "Save as"),
        ),
        ActionSpec(
            "save_pdf_action",
            "file",
            translate("Actions", "Save handout as &PDF…"),
            lambda w: w.handouts.save_pdf,
            ("Ctrl+E",),
            help=translate("Actions", "Save handout as PDF"),
            separator_before=True,
        ),
        ActionSpec(
            "print_action",
            "file",
            translate("Actions", "P&rint handout…"),
            lambda w: w.handouts.print_handout,
            ("Ctrl+P",),
            help=translate("Actions", "Print"),
        ),
        ActionSpec(
            "preview_action",
            "file",
            translate("Actions", "Print pre&view…"),
            lambda w: w.handouts.print_preview,
            ("Ctrl+Shift+P",),
            help=translate("Actions", "Print preview"),
        ),
        ActionSpec(
            "quit_action",
            "file",
            translate("Actions", "&Quit"),
            lambda w: w.close,
            ("Ctrl+Q",),
            help=translate("Actions", "Quit"),
            separator_before=True,
        ),
        ActionSpec(
            "larger_action",
            "view",
            translate("Actions", "&Larger text"),
            lambda w: partial(w.change_text_size, +1),
            ("Ctrl++", "Ctrl+="),
            help=translate("Actions", "Larger text"),
        ),
        ActionSpec(
            "smaller_action",
            "view",
            translate("Actions", "&Smaller text"),
            lambda w: partial(w.change_text_size, -1),
            ("Ctrl+-",),
            help=translate("Actions", "Smaller text"),
        ),
        ActionSpec(
            "reset_size_action",
            "view",
            translate("Actions", "&Normal text size"),
            lambda w: partial(w.change_text_size, 0),
            ("Ctrl+0",),
            help=translate("Actions", "Normal text size"),
        ),
        ActionSpec(
            "presentation_action",
            "view",
            translate("Actions", "&Patient view"),
            lambda w: w.set_presentation,
            ("F11",),
            checkable=True,
            help=translate("Actions", "Patient view (Esc leaves it)"),
            separator_before=True,
        ),
        ActionSpec(
            "next_action",
            "go",
            translate("Actions", "&Next step"),
            lambda w: w.next_step,
            ("Alt+Right", "Ctrl+PgDown"),
            help=translate("Actions", "Next step"),
        ),
        ActionSpec(
            "previous_action",
            "go",
            translate("Actions", "&Previous step"),
            lambda w: w.previous_step,
            ("Alt+Left", "Ctrl+PgUp"),
            help=translate("Actions", "Previous step"),
        ),
        ActionSpec(
            "step_list_action",
            "go",
            translate("Actions", "Step &list"),
            lambda w: w.focus_step_list,
            ("Ctrl+L",),
            help=translate("Actions", "The list of steps"),
        ),
    ]
    for i, title in enumerate(step_titles):
        rows.append(
            ActionSpec(
                f"step_action_{i}",
                "go",
                f"&{i + 1} {title.replace('&', '&&')}",
                partial(_go_to_step, i),
                (f"Ctrl+{i + 1}",),
                help=translate("Actions", "Go to step {first}–{last}").format(
                    first=1, last=len(step_titles)
                )
                if i == 0
                else "",
                separator_before=i == 0,
            )
        )
    rows += [
        ActionSpec(
            "profile_action",
            "tools",
            translate("Actions", "&Clinic profile…"),
            lambda w: w.edit_profile,
        ),
        ActionSpec(
            "shortcuts_action",
            "help",
            translate("Actions", "&Keyboard shortcuts"),
            lambda w: w.show_shortcuts,
            ("F1",),
            help=translate("Actions", "This list"),
        ),
        ActionSpec(
            "about_action",
            "help",
            translate("Actions", "&About HFS Counsel"),
            lambda w: w.show_about,
        ),
    ]
    return rows


def build_actions(window: MainWindow, rows: list[ActionSpec]) -> list[tuple[str, str]]:
    """Make each row's QAction, keep it on the window, add it to its menu; return the F1 list
    as (what, keys) pairs, the keys written as Qt shows them on this system."""
    from PySide6.QtGui import QAction, QKeySequence

    help_rows: list[tuple[str, str]] = []
    for row in rows:
        action = QAction(row.text, window)
        action.setShortcuts([QKeySequence(key) for key in row.keys])
        action.setCheckable(row.checkable)
        slot = row.slot(window)
        if row.checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        setattr(window, row.attr, action)
        menu = window.menus[row.menu]
        if row.separator_before:
            menu.addSeparator()
        menu.addAction(action)
        if row.help:
            keys = " / ".join(
                QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                for key in row.keys
            )
            if row.attr == "step_action_0":
                last = QKeySequence(f"Ctrl+{sum(r.attr.startswith('step_action_') for r in rows)}")
                keys += " … " + last.toString(QKeySequence.SequenceFormat.NativeText)
            help_rows.append((row.help, keys))
    return help_rows


def step_actions(window: MainWindow) -> list[QAction]:
    """The Go menu's "go to step N" actions, in order."""
    found = []
    i = 0
    while hasattr(window, f"step_action_{i}"):
        found.append(getattr(window, f"step_action_{i}"))
        i += 1
    return found
