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


class Actions:
    """``Actions.tr("…")``: pyside6-lupdate reads it as a string in context "Actions" (it
    cannot see through a wrapper such as ``_tr(text)``), and the table stays compact."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Actions", text)


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
        ActionSpec("new_action", "file", Actions.tr("&New consultation"),
                   lambda w: w.sessions.new_consultation, ("Ctrl+N",),
                   help=Actions.tr("New consultation")),
        ActionSpec("open_action", "file", Actions.tr("&Open…"), lambda w: w.sessions.open_session,
                   ("Ctrl+O",), help=Actions.tr("Open a consultation")),
        ActionSpec("save_action", "file", Actions.tr("&Save"), lambda w: w.sessions.save,
                   ("Ctrl+S",), help=Actions.tr("Save the consultation"), separator_before=True),
        ActionSpec("save_as_action", "file", Actions.tr("Save &As…"),
                   lambda w: w.sessions.save_as, ("Ctrl+Shift+S",), help=Actions.tr("Save as")),
        ActionSpec("save_pdf_action", "file", Actions.tr("Save handout as &PDF…"),
                   lambda w: w.handouts.save_pdf, ("Ctrl+E",),
                   help=Actions.tr("Save handout as PDF"), separator_before=True),
        ActionSpec("print_action", "file", Actions.tr("P&rint handout…"),
                   lambda w: w.handouts.print_handout, ("Ctrl+P",), help=Actions.tr("Print")),
        ActionSpec("preview_action", "file", Actions.tr("Print pre&view…"),
                   lambda w: w.handouts.print_preview, ("Ctrl+Shift+P",),
                   help=Actions.tr("Print preview")),
        ActionSpec("quit_action", "file", Actions.tr("&Quit"), lambda w: w.close, ("Ctrl+Q",),
                   help=Actions.tr("Quit"), separator_before=True),
        ActionSpec("larger_action", "view", Actions.tr("&Larger text"),
                   lambda w: partial(w.change_text_size, +1), ("Ctrl++", "Ctrl+="),
                   help=Actions.tr("Larger text")),
        ActionSpec("smaller_action", "view", Actions.tr("&Smaller text"),
                   lambda w: partial(w.change_text_size, -1), ("Ctrl+-",),
                   help=Actions.tr("Smaller text")),
        ActionSpec("reset_size_action", "view", Actions.tr("&Normal text size"),
                   lambda w: partial(w.change_text_size, 0), ("Ctrl+0",),
                   help=Actions.tr("Normal text size")),
        ActionSpec("presentation_action", "view", Actions.tr("&Patient view"),
                   lambda w: w.set_presentation, ("F11",), checkable=True,
                   help=Actions.tr("Patient view (Esc leaves it)"), separator_before=True),
        ActionSpec("next_action", "go", Actions.tr("&Next step"), lambda w: w.next_step,
                   ("Alt+Right", "Ctrl+PgDown"), help=Actions.tr("Next step")),
        ActionSpec("previous_action", "go", Actions.tr("&Previous step"),
                   lambda w: w.previous_step, ("Alt+Left", "Ctrl+PgUp"),
                   help=Actions.tr("Previous step")),
        ActionSpec("step_list_action", "go", Actions.tr("Step &list"),
                   lambda w: w.focus_step_list, ("Ctrl+L",), help=Actions.tr("The list of steps")),
    ]  # fmt: skip
    go_to_steps = Actions.tr("Go to step {first}–{last}").format(first=1, last=len(step_titles))
    for i, title in enumerate(step_titles):
        rows.append(
            ActionSpec(
                f"step_action_{i}",
                "go",
                f"&{i + 1} {title.replace('&', '&&')}",
                partial(_go_to_step, i),
                (f"Ctrl+{i + 1}",),
                help=go_to_steps if i == 0 else "",
                separator_before=i == 0,
            )
        )
    rows += [
        ActionSpec("profile_action", "tools", Actions.tr("&Clinic profile…"),
                   lambda w: w.edit_profile),
        ActionSpec("shortcuts_action", "help", Actions.tr("&Keyboard shortcuts"),
                   lambda w: w.show_shortcuts, ("F1",), help=Actions.tr("This list")),
        ActionSpec("about_action", "help", Actions.tr("&About HFS Counsel"),
                   lambda w: w.show_about),
    ]  # fmt: skip
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
