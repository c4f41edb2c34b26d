"""Checking the consultation: validation problems and readiness checks, shown where they
belong (the field, the step list, the preview, Review & finish), and the refusals that say
what to fix before a save or a handout goes out."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfs_desktop.ui.readiness import Check, handout_checks
from hfs_desktop.ui.steps import Step

if TYPE_CHECKING:
    from hfs_desktop.domain.validation import Problem
    from hfs_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them


def validate(window: MainWindow) -> list[Problem]:
    """Re-check the session and show the results on every built page and in the step list."""
    problems = window.problems = window.model.problems()
    checks = window.checks = handout_checks(
        window.model.session, window.model.included(), dt.date.today()
    )
    for page in window.built_pages():
        page.checks = checks
        page.show_problems(problems, window.strict)
    # The step list marks steps to check; an empty name is not flagged there (the field
    # already asks for it, and every new consultation starts without one).
    steps = {check.step for check in checks if check.code != "no_name"}
    for row in range(window.navigator.count()):
        window.navigator.set_attention(row, row in steps)
    return problems


def ready_to_save(window: MainWindow, what: str) -> bool:
    """Check the session; if it has problems, show them all and open the first one."""
    problems = window.model.problems()
    if not problems:
        return True
    window.strict = True
    validate(window)
    lines, first = [], None
    for problem in problems:
        step, text = locate(window, problem)
        lines.append(f"{window.step_titles[step]}: {text}")
        first = step if first is None else first
    window._problem_box(
        translate("MainWindow", "Please check a few things"),
        translate("MainWindow", "The consultation cannot be {what} yet:").format(what=what),
        lines,
    )
    if first is not None:
        window.go_to(first, focus=True)
    return False


def refuse_for_checks(window: MainWindow, checks: list[Check], doing: str) -> None:
    """Refuse a handout that is not ready, saying what to fix, and open Review & finish."""
    window._problem_box(
        translate("MainWindow", "The handout is not ready"),
        translate("MainWindow", "The handout cannot be {doing} yet. Please fix:").format(
            doing=doing
        ),
        [f"{window.step_titles[c.step]}: {c.message}" for c in checks],
    )
    window.go_to(Step.REVIEW, focus=True)


def locate(window: MainWindow, problem: Problem) -> tuple[int, str]:
    """Which step shows this problem, and its plain words."""
    for step in Step:
        text = window.page(step).problem_text(problem)
        if text is not None:
            return step, text
    owners = {"causes_relevant": Step.RECURRENCE, "risks_discussed": Step.SECOND_SURGERY}
    found = owners.get(problem.field.split("[")[0])
    if found is None:
        found = Step.HANDOUT if problem.field.startswith("handout") else Step.PATIENT
    return found, str(problem)
