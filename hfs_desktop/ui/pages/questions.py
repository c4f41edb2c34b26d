"""Step 6, Questions & notes: questions to take home, and the care team's own words.

Limits are shown as counters and never enforced by cutting text: what is typed stays, the
counter turns red, and saving explains what is too long.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.session import Session
from hfs_desktop.domain.validation import Problem, ProblemCode, field_limit
from hfs_desktop.ui.accessibility import label_for
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.pages.base import Page
from hfs_desktop.ui.reading_level import PLAIN_LANGUAGE_GRADE, reading_level
from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.widgets import (
    Counter,
    FieldMessage,
    WrapCheckBox,
    muted_label,
    set_invalid,
    set_role,
)

NOTES_LIMIT = field_limit("notes")
QUESTIONS_LIMIT = field_limit("questions")
QUESTION_CHARS = field_limit("questions[]")


CARDS_SIDE_BY_SIDE = 860  # px at 100 %: a narrower page puts the notes under the prompts


def split_questions(text: str) -> list[str]:
    """One question per line; blank lines and surrounding spaces do not count."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _card(parent: QWidget, spacing: int) -> tuple[QFrame, QVBoxLayout]:
    """A card (a framed panel) and its column."""
    card = QFrame(parent)
    card.setObjectName("Card")
    column = QVBoxLayout(card)
    column.setContentsMargins(20, 16, 20, 16)
    column.setSpacing(spacing)
    return card, column


def _section(text: str, parent: QWidget) -> QLabel:
    """A card's section heading (it wraps at large text sizes)."""
    label = QLabel(text, parent)
    label.setProperty("role", "section")
    label.setWordWrap(True)
    return label


def _heading_row(label: QLabel, counter: Counter) -> QVBoxLayout:
    """The heading, then its counter under it (side by side, large text clipped the counter)."""
    row = QVBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    row.addWidget(label)
    row.addWidget(counter)
    return row


class QuestionsPage(Page):
    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(model, title, parent)
        self._loading = False
        col = self.scrolling_column(
            1200,
            self.tr(
                "Everything here prints in the handout: the questions under "
                "“Questions you want to ask”, the notes in a box marked as your own words."
            ),
        )

        cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        cards.setSpacing(16)
        self.cards = cards
        col.addLayout(cards, 1)

        # Prompt list -------------------------------------------------------------------------
        left, lv = _card(self, 8)
        lv.addWidget(_section(self.tr("Questions the patient may want to ask"), left))
        lv.addWidget(muted_label(self.tr("Tick the ones they choose."), left))
        self.prompts: dict[str, WrapCheckBox] = {}
        content = model.content
        titles = {tid: str(content.render(t.title)) for tid, t in content.topics.items()}
        self._prompt_order = [p.id for p in content.prompts]
        # Prompts in groups, one per topic; the groups follow the patient's stage (the topics
        # recommended for it first), so someone after surgery starts with recovery questions.
        self._groups: dict[str, list[QWidget]] = {}
        for prompt in content.prompts:
            group = self._groups.get(prompt.topic)
            if group is None:
                group = self._groups[prompt.topic] = []
                if prompt.topic in titles:
                    header = QLabel(titles[prompt.topic], left)
                    header.setProperty("role", "muted")
                    header.setContentsMargins(0, 8, 0, 0)
                    header.setWordWrap(True)
                    group.append(header)
            box = WrapCheckBox(str(content.render(prompt.text)), parent=left)
            box.setObjectName(f"prompt-{prompt.id}")
            box.toggled.connect(lambda on, pid=prompt.id: self._prompt_toggled(pid, on))
            self.prompts[prompt.id] = box
            group.append(box)
        self._prompt_layout = lv
        self._groups_start = lv.count()
        self._group_order: list[str] = []
        self._order_groups()
        lv.addStretch(1)
        cards.addWidget(left, 1)

        # Own questions and notes ---------------------------------------------------------------
        right, rv = _card(self, 6)
        q_label = _section(self.tr("&Own questions, one per line"), right)
        self.questions_counter = Counter(QUESTIONS_LIMIT, self.tr("questions"), right)
        rv.addLayout(_heading_row(q_label, self.questions_counter))
        self.questions = QPlainTextEdit(right)
        self.questions.setPlaceholderText(self.tr("In the patient's own words"))
        self.questions.setTabChangesFocus(True)
        self.questions.setMinimumHeight(120)
        label_for(q_label, self.questions)
        rv.addWidget(self.questions, 2)
        self.questions_message = FieldMessage(right)
        rv.addWidget(self.questions_message)

        rv.addSpacing(10)
        n_label = _section(self.tr("&Notes from the care team"), right)
        self.notes_counter = Counter(NOTES_LIMIT, self.tr("characters"), right)
        rv.addLayout(_heading_row(n_label, self.notes_counter))
        rv.addWidget(
            muted_label(self.tr("Short sentences and everyday words read best at home."), right)
        )
        self.notes = QPlainTextEdit(right)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(160)
        label_for(n_label, self.notes)
        rv.addWidget(self.notes, 3)
        self.reading = QLabel(right)
        self.reading.setObjectName("ReadingLevel")
        self.reading.setWordWrap(True)
        self.reading.setProperty("role", "hint")
        rv.addWidget(self.reading)
        self.notes_message = FieldMessage(right)
        rv.addWidget(self.notes_message)
        cards.addWidget(right, 1)

        self.questions.textChanged.connect(self._write_questions)
        self.notes.textChanged.connect(self._write_notes)
        self.load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_cards()

    def apply_sizes(self, sizes: Sizes) -> None:
        super().apply_sizes(sizes)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Prompts and notes side by side, or one above the other when the page is narrow."""
        wide = self.width() >= self.sizes.px(CARDS_SIDE_BY_SIDE)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.cards.direction() != direction:
            self.cards.setDirection(direction)

    def first_focus(self) -> QWidget:
        return self.questions

    # Model -> widgets --------------------------------------------------------------------------
    def on_changed(self, aspect: str) -> None:
        if aspect == "visit":  # the stage may have changed
            self._order_groups()

    def group_order(self) -> list[str]:
        """The prompt groups' topics as shown, top first."""
        return list(self._group_order)

    def _order_groups(self) -> None:
        """Recommended topics' questions first, in the order of the steps; then the rest."""
        recommended = [t for t in self.model.recommended() if t in self._groups]
        order = recommended + [t for t in self._groups if t not in recommended]
        if order == self._group_order:
            return
        self._group_order = order
        index = self._groups_start
        for topic in order:
            for widget in self._groups[topic]:
                self._prompt_layout.removeWidget(widget)
                self._prompt_layout.insertWidget(index, widget)
                index += 1

    def load(self) -> None:
        self._order_groups()
        s = self.model.session
        self._loading = True
        try:
            chosen = set(s.question_prompts)
            for pid, box in self.prompts.items():
                box.setChecked(pid in chosen)
            self.questions.setPlainText("\n".join(s.questions))
            self.notes.setPlainText(s.notes)
        finally:
            self._loading = False
        self._update_meters()

    # Widgets -> model --------------------------------------------------------------------------
    def _prompt_toggled(self, prompt_id: str, on: bool) -> None:
        if not self._loading:
            self.model.set_marked(
                "question_prompts", prompt_id, on, self._prompt_order, aspect="questions"
            )

    def _write_questions(self) -> None:
        self._update_meters()
        if self._loading:
            return
        questions = split_questions(self.questions.toPlainText())

        def change(s: Session) -> None:
            s.questions = questions

        self.model.edit("questions", change)

    def _write_notes(self) -> None:
        self._update_meters()
        if self._loading:
            return
        notes = self.notes.toPlainText()

        def change(s: Session) -> None:
            s.notes = notes

        self.model.edit("notes", change)

    def _update_meters(self) -> None:
        questions = split_questions(self.questions.toPlainText())
        self.questions_counter.set_count(len(questions))
        text = self.notes.toPlainText()
        self.notes_counter.set_count(len(text))
        level = reading_level(text)
        if level is None:
            self.reading.setText(self.tr("Reading level: shown as you type."))
            set_role(self.reading, "hint")
        elif level.plain:
            self.reading.setText(
                self.tr("Reading level: grade {grade}. Easy to read.").format(grade=level.rounded)
            )
            set_role(self.reading, "ok")
        else:
            self.reading.setText(
                self.tr(
                    "Reading level: grade {grade}. Try shorter sentences and everyday words "
                    "(aim for grade {aim} or below)."
                ).format(grade=level.rounded, aim=PLAIN_LANGUAGE_GRADE)
            )
            set_role(self.reading, "warning")

    # Validation --------------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem], strict: bool) -> None:
        q_lines, n_lines = [], []
        for problem in problems:
            if problem.field.startswith("questions"):
                q_lines.append(self._question_words(problem))
            elif problem.field == "notes":
                n_lines.append(self._notes_words(problem))
        self.questions_message.show_message("\n".join(q_lines))
        self.notes_message.show_message("\n".join(n_lines))
        set_invalid(self.questions, bool(q_lines))
        set_invalid(self.notes, bool(n_lines))
        self.questions.setAccessibleDescription(" ".join(q_lines))  # read with the field
        self.notes.setAccessibleDescription(" ".join(n_lines))

    def problem_text(self, problem: Problem) -> str | None:
        if problem.field.startswith("questions"):
            return self._question_words(problem)
        if problem.field == "notes":
            return self._notes_words(problem)
        return None

    def _question_words(self, problem: Problem) -> str:
        field, message = problem.field, problem.message
        if field.startswith("questions[") and problem.code == ProblemCode.TOO_LONG:
            number = int(field[len("questions[") : -1]) + 1
            length = len(split_questions(self.questions.toPlainText())[number - 1])
            return self.tr(
                "Question {n} is {length:,} characters long; the limit is {limit:,}."
            ).format(n=number, length=length, limit=QUESTION_CHARS)
        if field == "questions" and problem.code == ProblemCode.TOO_MANY:
            return self.tr("There are more than {limit} questions; remove some.").format(
                limit=QUESTIONS_LIMIT
            )
        return message[:1].upper() + message[1:]

    def _notes_words(self, problem: Problem) -> str:
        if problem.code == ProblemCode.TOO_LONG:
            return self.tr("The notes are too long; the limit is {limit:,} characters.").format(
                limit=NOTES_LIMIT
            )
        return problem.message[:1].upper() + problem.message[1:]
