"""``_Ctx``: renders content templates for one patient (their name, side, the clinic's
numbers), and cites the clinic when its own figures replaced a published one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup

from hfs_desktop.domain import personalize
from hfs_desktop.domain.clinic_outcomes import SOURCE_ID as CLINIC_SOURCE
from hfs_desktop.domain.clinic_outcomes import with_clinic_outcomes
from hfs_desktop.domain.content import Content
from hfs_desktop.domain.session import Session

FACT_RE = re.compile(r"""fact\(\s*["']([A-Za-z0-9_]+)["']\s*\)""")


class _Ctx:
    """Render helper: one content, one personal context."""

    def __init__(self, session: Session, content: Content) -> None:
        self.session = session
        # the clinic's own figures, when the profile gave some, replace the published ones
        content = with_clinic_outcomes(content, session.clinic.outcomes)
        self.content = content
        side = session.patient.affected_side
        clinic = session.clinic
        words = content.strings
        self.base = {
            "you": session.patient.display_name or str(words.get("you", "you")),
            "side": str(words.get(f"side_word_{side or 'unknown'}", side or "affected")),
            "clinic_phone": clinic.phone.strip(),
            "out_of_hours_phone": clinic.out_of_hours_phone.strip(),
            "emergency_number": clinic.emergency_number.strip(),
        }

    def r(self, template: str, **extra: object) -> Markup:
        return self.content.render(template, **self.base, **extra)

    def s(self, key: str, **extra: object) -> Markup:
        return self.r(self.content.string(key), **extra)

    def srcs(self, ids: Iterable[str], *texts: str) -> tuple[str, ...]:
        """Sorted source ids; a text using a fact the clinic replaced also cites the clinic."""
        cited = list(ids)
        outcomes = self.session.clinic.outcomes
        if outcomes is not None and texts:
            replaced = {fid for fid, _count in outcomes.figures}
            used = {m for t in texts for m in FACT_RE.findall(t)}
            if used & replaced:
                cited.append(CLINIC_SOURCE)
        return self.content.sort_sources(cited)

    def label(self, key: str) -> Markup:
        labels = self.content.strings.get("visit_labels", {})
        return self.r(str(labels.get(key, key)))


def personal_extra(session: Session, content: Content) -> dict[str, object]:
    """The ``date(...)`` and ``months`` names personal templates may use."""
    dates = {d.milestone.id: d.date for d in personalize.milestones(session, content)}

    def date_of(milestone_id: str) -> str:
        day = dates.get(milestone_id)
        return personalize.format_date(day, content) if day else ""

    months = (
        personalize.months_between(session.surgery_date, session.visit_date)
        if session.surgery_date
        else 0
    )
    return {"date": date_of, "months": months}
